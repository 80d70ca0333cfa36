"""The one currency between the readers and the extractor: a document as lines with their place.

Every reader turns a file into a :class:`Text`; everything after reading works on ``Text.lines``
and never touches the original file again (so ``arising reextract`` can run from the page-text store).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


def roman(n: int, upper: bool = False) -> str:
    """A list counter as a roman numeral, as Word and browsers print it ("iv", "XII")."""
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                       (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out.append(sym)
            n -= value
    s = "".join(out)
    return s.upper() if upper else s


class ReadError(Exception):
    """A document that cannot be read. ``str(err)`` is one line: what is wrong and the remedy.

    The reader never invents text for such a document; the caller records the error and moves on.
    """


class NotADocument(ReadError):
    """A file of a readable type that holds no document (a redirect stub, a web-service XML response).
    In a folder it is skipped and counted, like a file of an unsupported type; named explicitly it is an error."""


@dataclass(frozen=True)
class Line:
    text: str
    """The line's text, whitespace tidied. List labels (Word numbering, HTML <ol>) are written into
    the text as they would print ("1.", "(a)", "iii)"), so every format reads alike."""
    page: int | None = None
    """1-based page for PDFs; None for HTML, text and DOCX."""
    para: int | None = None
    """1-based paragraph for HTML, text and DOCX (blank-line separated blocks); None for PDFs."""
    line: int = 0
    """1-based line number: within the page for PDFs, within the document otherwise."""
    heading: int = 0
    """Heading level hint from the source (HTML h1-h6, DOCX Heading styles, large/bold PDF type): 0 = body."""
    cells: tuple[str, ...] | None = None
    """For a table row: its cells in column order (``text`` then holds them joined by " | ")."""

    def where(self) -> dict:
        """The place of this line as stored on an item's source."""
        out = {"page": self.page, "paragraph": self.para, "line": self.line}
        return {k: v for k, v in out.items() if v is not None}


@dataclass
class Text:
    lines: list[Line]
    format: str
    """pdf | html | text | docx"""
    pages: int | None = None
    title: str | None = None
    """A title the container states (HTML <title>, DOCX core properties, PDF metadata), if any."""
    meta: dict = field(default_factory=dict)
    """Structured facts a reader found outside the running text (e.g. a ModernGov page's committee,
    meeting date and item number from its markup). Keys: committee, date (YYYY-MM-DD), item, title, url,
    running_header (a PDF's running header lines as its first page prints them, removed from ``lines``)."""
    warnings: list[str] = field(default_factory=list)
    ocr: bool = False
    """True when the text came from OCR: every item it yields is marked as such."""

    def to_json(self) -> str:
        d = asdict(self)
        return json.dumps(d, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, s: str) -> "Text":
        d = json.loads(s)
        d["lines"] = [Line(**{**ln, "cells": tuple(ln["cells"]) if ln.get("cells") is not None else None})
                      for ln in d["lines"]]
        return cls(**d)
