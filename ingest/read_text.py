"""Plain text -> lines. UTF-8, falling back to cp1252 with a warning; paragraphs are blank-line separated.

Tables survive as tables: rows copied out of Word or Excel (cells separated by tabs) and text tables drawn
with pipes (``| Action | Owner | Due |``, with ``|---|`` rules and rows wrapped over several lines) become
lines with ``cells``, as the PDF, HTML and DOCX readers give them, so an action table's Owner and Due
stay with their row.
"""
from __future__ import annotations

import re

from ingest.lines import Line, ReadError, Text

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_RULE = re.compile(r"^\s*[|+]?(?:\s*:?-{3,}:?\s*[|+])+\s*:?-*:?\s*[|+]?\s*$|^\s*\+[-=+]+\+\s*$")
"""A table's rule line: ``|----|:---:|`` (Markdown) or ``+-----+-----+`` (a drawn grid)."""


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Bytes -> str. UTF-8 (with or without BOM), else cp1252 with a warning. NUL bytes are refused."""
    if b"\x00" in data[:65536]:
        raise ReadError(f"{name}: contains NUL bytes, so it is not a text document; convert it to UTF-8 text, PDF or DOCX")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), [f"{name}: not UTF-8; read as Windows-1252 (cp1252)"]


def _tidy(s: str) -> str:
    return _SPACE.sub(" ", s).strip()


def _tab_cells(raw: str) -> list[str] | None:
    """A row copied from a Word or Excel table: cells between tabs (two or more of them filled)."""
    if "\t" not in raw.strip():
        return None
    cells = [_tidy(c) for c in raw.strip().split("\t")]
    return cells if sum(1 for c in cells if c) >= 2 else None


def _pipe_cells(raw: str) -> list[str] | None:
    """A row of a text table drawn with pipes: ``| a | b |``."""
    s = raw.strip()
    if not (s.startswith("|") and s.endswith("|")) or s.count("|") < 3:
        return None
    return [_tidy(c) for c in s[1:-1].split("|")]


def _tab_table(rows: list[list[str]]) -> list[list[str]]:
    """Tabs used for alignment leave runs of empty cells; if the rows disagree on their width, or the
    first (header) row has an empty cell, read runs of tabs as one separator."""
    if len({len(r) for r in rows}) > 1 or not all(rows[0]):
        rows = [[c for c in r if c] for r in rows]
    return rows


def _pipe_table(rows: list[tuple[list[str], bool]]) -> list[tuple[list[str], int]]:
    """Join the physical lines of one row. In a grid with a rule between rows, the lines between two rules
    are one row; otherwise a line whose first cell is empty continues the row above when the first column
    is a short key (a reference or number), as in a table wrapped to fit a page."""
    grid = sum(1 for _, rule in rows if rule) > 2
    data = [(cells, i) for i, (cells, rule) in enumerate(rows) if not rule]
    keys = [c[0] for c, _ in data if c and c[0]]
    short_keys = bool(keys) and all(len(k) <= 15 for k in keys[1:] or keys)
    out: list[tuple[list[str], int]] = []
    prev_rule = True
    for i, (cells, rule) in enumerate(rows):
        if rule:
            prev_rule = True
            continue
        cont = out and len(cells) == len(out[-1][0]) and (
            (grid and not prev_rule) or (not grid and short_keys and len(out) > 1 and not cells[0] and any(cells)))
        if cont:
            merged = [f"{a} {b}".strip() for a, b in zip(out[-1][0], cells)]
            out[-1] = (merged, out[-1][1])
        else:
            out.append((cells, i))
        prev_rule = False
    return out


def text_to_lines(text: str) -> list[Line]:
    """Split running text into tidied lines with paragraph numbers; blank lines end a paragraph. Runs of
    two or more table rows (tab-separated or pipe-drawn) become lines with ``cells``."""
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    table: dict[int, tuple[list[str] | None, int]] = {}  # raw index -> (cells or None for a dropped line, span)
    i = 0
    while i < len(raws):
        for kind in ("tab", "pipe"):
            j, rows = i, []
            while j < len(raws):
                raw = raws[j]
                if kind == "pipe" and _RULE.match(raw) and raw.strip():
                    rows.append((None, j))
                    j += 1
                    continue
                cells = _tab_cells(raw) if kind == "tab" else _pipe_cells(raw)
                if cells is None:
                    break
                rows.append((cells, j))
                j += 1
            real = [r for r in rows if r[0] is not None]
            if len(real) >= 2:
                if kind == "tab":
                    for cells, k in zip(_tab_table([c for c, _ in real]), [k for _, k in real]):
                        table[k] = (cells, 1)
                else:
                    joined = _pipe_table([(c or [], c is None) for c, _ in rows])
                    keep = {rows[k][1]: cells for cells, k in joined}
                    for _, k in rows:
                        table[k] = (keep.get(k), 1)
                i = j
                break
        else:
            i += 1
    out: list[Line] = []
    para, in_para = 0, False
    for n, raw in enumerate(raws, start=1):
        row = table.get(n - 1)
        if row is not None and row[0] is None:
            continue  # a rule line, or a wrapped line joined into its row
        s = _tidy(raw)
        if not s:
            in_para = False
            continue
        if not in_para:
            para += 1
            in_para = True
        if row is not None:
            cells = tuple(row[0])
            out.append(Line(text=" | ".join(c for c in cells if c), para=para, line=n, cells=cells))
        else:
            out.append(Line(text=s, para=para, line=n))
    return out


def read_text(data: bytes, name: str) -> Text:
    text, warnings = decode(data, name)
    lines = text_to_lines(text)
    if not lines:
        raise ReadError(f"{name}: the file is empty; nothing to read")
    return Text(lines=lines, format="text", warnings=warnings)
