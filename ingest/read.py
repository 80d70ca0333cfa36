"""Read any supported file into :class:`ingest.lines.Text`, choosing the reader by content, then name."""
from __future__ import annotations

import os

from ingest.lines import ReadError, Text

SUFFIXES = {
    ".pdf": "pdf",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".aspx": "html",
    ".txt": "text", ".text": "text",
    ".docx": "docx",
}
MAX_BYTES = 200 * 1024 * 1024


def format_of(path: str, head: bytes) -> str | None:
    """The format of a file from its first bytes, else its suffix; None when it is not a document we read."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    suffix = os.path.splitext(path)[1].lower()
    fmt = SUFFIXES.get(suffix)
    if head.startswith(b"PK\x03\x04"):
        return "docx" if fmt in (None, "docx") else fmt
    if fmt is None:
        sniff = head[:1024].lstrip().lower()
        if sniff.startswith((b"<!doctype html", b"<html")):
            return "html"
    return fmt


def supported(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(2048)
    except OSError:
        return False
    return format_of(path, head) is not None


def read(path: str, *, ocr: bool = False) -> Text:
    """Read ``path``. Raises :class:`ReadError` with a one-line message naming the file and the remedy."""
    name = os.path.basename(path)
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise ReadError(f"{name}: {size // 2**20} MB is larger than the {MAX_BYTES // 2**20} MB limit; split the document")
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise ReadError(f"{name}: cannot open ({e.strerror}); check the path and permissions") from None
    fmt = format_of(path, data[:2048])
    if fmt is None:
        raise ReadError(f"{name}: not a supported document type; give a PDF, HTML, text (.txt) or Word (.docx) file")
    if fmt == "pdf":
        from ingest.read_pdf import read_pdf
        return read_pdf(data, name, ocr=ocr)
    if fmt == "html":
        from ingest.read_html import read_html
        return read_html(data, name)
    if fmt == "docx":
        from ingest.read_docx import read_docx
        return read_docx(data, name)
    from ingest.read_text import read_text
    return read_text(data, name)
