"""Optional OCR for PDFs without a usable text layer: OCRmyPDF (PyPI ``ocrmypdf``) driving Debian's tesseract-ocr.

OCRmyPDF runs as a child process (``python -m ocrmypdf``) on a temporary copy, so its worker pool and any
crash stay out of the reader's process. It adds an invisible text layer to the page images and leaves a
page that already has text alone (``--skip-text``); pages whose text layer is garbled are re-read from
their images instead (``--force-ocr`` limited to those pages with ``--pages``).
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

from ingest.lines import ReadError

INSTALL = "apt-get install tesseract-ocr && pip install 'arising[ocr]'"
SECONDS_PER_PAGE = 90
"""Time allowed per page before OCR is given up (tesseract takes a few seconds on an A4 page)."""

# OCRmyPDF's documented exit codes (ocrmypdf.ExitCode).
_EXIT = {
    2: "bad arguments",
    3: "a program it needs is missing",
    4: "it wrote an invalid PDF",
    5: "no permission to write its output",
    6: "the file already has text",
    7: "a child process failed",
    8: "the PDF is encrypted",
    9: "its configuration is invalid",
    10: "it could not make a PDF/A file",
    15: "an internal error",
}


def missing() -> str | None:
    """What OCR lacks on this machine (None when tesseract and OCRmyPDF are both installed)."""
    lacks = []
    if shutil.which("tesseract") is None:
        lacks.append("tesseract-ocr")
    if importlib.util.find_spec("ocrmypdf") is None:
        lacks.append("OCRmyPDF")
    return " and ".join(lacks) or None


def page_ranges(pages: list[int]) -> str:
    """[1, 2, 3, 7] -> "1-3,7" (OCRmyPDF's --pages syntax)."""
    out, start, prev = [], None, None
    for p in sorted(set(pages)):
        if start is None:
            start = prev = p
        elif p == prev + 1:
            prev = p
        else:
            out.append(f"{start}-{prev}" if prev != start else str(start))
            start = prev = p
    if start is not None:
        out.append(f"{start}-{prev}" if prev != start else str(start))
    return ",".join(out)


def ocr_pdf(data: bytes, name: str, *, pages: int, force_pages: list[int] | None = None,
            language: str = "eng") -> bytes:
    """The PDF with an OCR text layer added. ``force_pages`` (1-based) are re-read from their images even
    though they have a (garbled) text layer; other pages are OCR'd only when they have no text.
    Raises :class:`ReadError` (one line) when OCR is not installed or fails."""
    lacks = missing()
    if lacks:
        raise ReadError(f"{name}: no usable text layer, and OCR needs {lacks}, which is not installed: {INSTALL}")
    with tempfile.TemporaryDirectory(prefix="arising-ocr-") as tmp:
        src, dst = os.path.join(tmp, "in.pdf"), os.path.join(tmp, "out.pdf")
        with open(src, "wb") as f:
            f.write(data)
        cmd = [sys.executable, "-m", "ocrmypdf", "--quiet", "--output-type", "pdf", "--optimize", "0",
               "--language", language]
        if force_pages:
            cmd += ["--force-ocr", "--pages", page_ranges(force_pages)]
        else:
            cmd += ["--skip-text"]
        cmd += [src, dst]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace",
                                  timeout=60 + SECONDS_PER_PAGE * max(pages, 1), stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise ReadError(f"{name}: OCR took too long and was stopped; split the document or OCR it "
                            "yourself (ocrmypdf --skip-text in.pdf out.pdf) and ingest the result") from None
        except OSError as e:
            raise ReadError(f"{name}: OCR could not start ({e.strerror}); check the install: {INSTALL}") from None
        if proc.returncode != 0 or not os.path.exists(dst):
            why = _EXIT.get(proc.returncode, f"exit code {proc.returncode}")
            last = next((ln.strip() for ln in reversed(proc.stderr.splitlines()) if ln.strip()), "")
            detail = f"{why}: {last[:160]}" if last else why
            if proc.returncode == 3:
                raise ReadError(f"{name}: OCR failed ({detail}); install what it needs: {INSTALL}")
            raise ReadError(f"{name}: OCR failed ({detail}); OCR the file yourself "
                            "(ocrmypdf --skip-text in.pdf out.pdf) and ingest the result")
        with open(dst, "rb") as f:
            return f.read()
