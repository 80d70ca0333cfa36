"""Plain text -> lines. UTF-8, falling back to cp1252 with a warning; paragraphs are blank-line separated."""
from __future__ import annotations

import re

from ingest.lines import Line, ReadError, Text

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Bytes -> str. UTF-8 (with or without BOM), else cp1252 with a warning. NUL bytes are refused."""
    if b"\x00" in data[:65536]:
        raise ReadError(f"{name}: contains NUL bytes, so it is not a text document; convert it to UTF-8 text, PDF or DOCX")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), [f"{name}: not UTF-8; read as Windows-1252 (cp1252)"]


def text_to_lines(text: str) -> list[Line]:
    """Split running text into tidied lines with paragraph numbers; blank lines end a paragraph."""
    out: list[Line] = []
    para, in_para, n = 0, False, 0
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        n += 1
        s = _SPACE.sub(" ", raw).strip()
        if not s:
            in_para = False
            continue
        if not in_para:
            para += 1
            in_para = True
        out.append(Line(text=s, para=para, line=n))
    return out


def read_text(data: bytes, name: str) -> Text:
    text, warnings = decode(data, name)
    lines = text_to_lines(text)
    if not lines:
        raise ReadError(f"{name}: the file is empty; nothing to read")
    return Text(lines=lines, format="text", warnings=warnings)
