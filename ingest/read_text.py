"""Plain text -> lines. UTF-8, falling back to cp1252 with a warning; paragraphs are blank-line separated.

Tables survive as tables: rows copied out of Word or Excel (cells separated by tabs) and text tables drawn
with pipes (``| Action | Owner | Due |``, with ``|---|`` rules and rows wrapped over several lines) and
space-aligned (fixed-width) tables, as ``pdftotext -layout`` or a plain-text email lays them out, become
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


# ---- space-aligned (fixed-width) tables -------------------------------------------------------------

_RUN = re.compile(r"\S+(?: \S+)*")
"""A text run: words separated by single spaces (two or more spaces separate runs)."""
_FIXED_RULE = re.compile(r"^\s*[-=\u2500\u2501]{2,}(?:\s+[-=\u2500\u2501]{2,})*\s*$")
"""A rule of dash runs under a fixed-width table's header (``------  --------  -----``), or closing it."""
_SIGN_RULE = re.compile(r"^[\s_]*_{3,}[\s_]*$")
"""A line of underscores to sign on: the names below it are a signature block, not a table's header."""
_NAME_WORD = re.compile(r"^(?:cllrs?|councillors?|mr|mrs|ms|miss|dr|sir|dame|lord|lady|revd?|prof|[A-Z])\.?$", re.I)
_COLUMN_WORD = re.compile(
    r"\b(?:ref|refs|reference|no|number|id|item|minute|actions?|tasks?|activity|owner|who|lead|officers?|"
    r"responsib\w*|by|due|when|dates?|deadline|target|timescales?|status|progress|updates?|comments?|notes?|"
    r"outcomes?|decisions?|decided|recommendations?|description|details|rag|priority|measures?|indicators?|"
    r"actual|budget|forecast|variance|risks?|score|ward|subject|title|report|response|resolutions?|agreed|"
    r"completed?|cost|amount|total|quarter|q[1-4]|\d{4}(?:[/-]\d{2,4})?)\b", re.I)
"""Words that name a table's columns in council action logs, trackers, registers and performance tables."""
_KEY_HEAD = re.compile(r"^(?:#|no\.?|number|ref\.?|reference|id|item|minute|key|rec\.?)\b", re.I)


def _runs(raw: str) -> list[tuple[int, int, str]]:
    s = _SPACE.sub(lambda m: " " * len(m.group().expandtabs(8)), raw.expandtabs(8))
    return [(m.start(), m.end(), m.group()) for m in _RUN.finditer(s)]


def _header_like(runs: list[tuple[int, int, str]]) -> bool:
    """Three or more short column names: capitalised, no sentence punctuation, not people's names."""
    if len(runs) < 3:
        return False
    caps = 0
    for _, _, t in runs:
        words = t.split()
        if len(words) > 4 or len(t) > 32 or re.search(r"[:;=!?,\"]", t):
            return False
        if t.endswith(".") and not re.fullmatch(r"[A-Za-z]{1,4}\.", t):
            return False
        if any(_NAME_WORD.match(w) for w in words) or not re.match(r"[A-Z0-9#£$%(]", t):
            return False
        caps += t[0].isupper()
    return caps >= 2 and (caps + sum(1 for *_, t in runs if t[0].isdigit())) * 3 >= len(runs) * 2


def _column(a: int, b: int, cols: list[tuple[int, int]]) -> int | None:
    """The column a text run [a, b) belongs to: the one its span overlaps most (a run spilling a character
    or two into the next column still goes to its own); None when it straddles two columns."""
    ov = [max(0, min(b, e) - max(a, s)) for s, e in cols]
    order = sorted(range(len(cols)), key=lambda k: -ov[k])
    if ov[order[0]] == 0:
        return min(range(len(cols)), key=lambda k: min(abs(a - cols[k][1]), abs(cols[k][0] - b)))
    if len(cols) > 1 and ov[order[1]] > 2:
        return None
    return order[0]


def _fixed_cells(runs: list[tuple[int, int, str]], cols: list[tuple[int, int]], ruled: bool) -> list[str] | None:
    """A line's runs put in their columns; None when a run straddles columns (prose, not a row), or, when
    the columns are only the header's words, when two runs fall in one column (a column the header lacks). Under a
    rule the columns are exact, so a run that fills its column and meets the next is split between its
    words, provided every word lies within one column's dashes (give or take a character)."""
    cells: list[list[str]] = [[] for _ in cols]
    for a, b, t in runs:
        k = _column(a, b, cols)
        if k is not None and not (cells[k] and not ruled):
            cells[k].append(t)
            continue
        if not ruled:
            return None  # two runs in one column, or one across two: the header's columns do not fit this line
        for m in re.finditer(r"\S+", t):
            wa, wb = a + m.start(), a + m.end()
            k = next((n for n, (s, e) in enumerate(cols) if s - 1 <= wa and wb <= e + 1), None)
            if k is None:
                return None  # a word across the gap between two columns: prose, not a row
            cells[k].append(m.group())
    return [_tidy(" ".join(c)) for c in cells]


def _fixed_table(raws: list[str], i: int) -> tuple[int, dict[int, list[str] | None]] | None:
    """A space-aligned table whose header is line ``i``: (index after its last line, {line index: cells, or
    None for a rule, a blank or a wrapped line joined into its row}), or None when there is none.

    The columns are the dash runs of a rule under the header, else the header's words' positions (then the
    header must name at least two familiar columns). Rows must fit the columns; a line whose first column is
    blank continues the row above; so does one, when the first column is not a short key (a reference or
    number) but the action itself, that starts in lower case or fills only the first column. A blank line
    stays inside the table only when the next line is a row as full as those above; a rule followed by no
    row closes it.
    """
    if i > 0 and _SIGN_RULE.match(raws[i - 1]):
        return None
    head = _runs(raws[i])
    if not _header_like(head):
        return None
    j, cols = i + 1, None
    if (j + 1 < len(raws) and raws[j].strip() and not _FIXED_RULE.match(raws[j]) and _FIXED_RULE.match(raws[j + 1])
            and all(len(t.split()) <= 3 and not re.search(r"[.:;=,]", t) for *_, t in _runs(raws[j]))):
        head, j = head + _runs(raws[j]), j + 1  # a header wrapped over two lines above its rule
    if j < len(raws) and _FIXED_RULE.match(raws[j]):
        dashes = [(m.start(), m.end()) for m in re.finditer(r"\S+", raws[j].expandtabs(8))]
        if len(dashes) >= 2:
            cols = dashes
        j += 1
    ruled = cols is not None
    if cols is None:
        if sum(1 for *_, t in head if _COLUMN_WORD.search(t)) < 2:
            return None
        starts = [a for a, _, _ in head]
        cols = [(s, starts[k + 1] if k + 1 < len(starts) else 1 << 30) for k, s in enumerate(starts)]
    header = _fixed_cells(head, cols, ruled)
    if header is None or sum(1 for c in header if c) < 3:
        return None

    def row_at(k: int) -> list[str] | None:
        cells = _fixed_cells(_runs(raws[k]), cols, ruled)
        return cells if cells and cells[0] and sum(1 for c in cells if c) >= 2 else None

    found: list[tuple[int, list[str]]] = []
    k, end, gap, least = j, j, False, 3  # least: the fewest cells filled in a row so far (3 at most)
    while k < len(raws):
        raw = raws[k]
        if not raw.strip():
            gap, k = True, k + 1
            continue
        if _FIXED_RULE.match(raw):
            nxt = next((n for n in range(k + 1, len(raws)) if raws[n].strip()), None)
            if nxt is None or row_at(nxt) is None:
                end = k + 1  # a closing rule
                break
            gap, k = True, k + 1  # a rule between rows
            continue
        cells = _fixed_cells(_runs(raw), cols, ruled)
        filled = sum(1 for c in cells or () if c)
        if cells is None or (gap and filled < max(2, least)):
            break  # after a blank line, a row as full as the rows above ("16.  Next item" is a heading)
        if cells[0] and filled >= 2:
            least = min(least, filled)
        found.append((k, cells))
        end, gap, k = k + 1, False, k + 1

    key_col = bool(_KEY_HEAD.match(header[0])) or all(len(c[0]) <= 12 for _, c in found if c[0])
    rows: list[tuple[int, list[str]]] = []
    for k, cells in found:
        if not rows and not cells[0] and all(len(c.split()) <= 3 for c in cells):
            header = [f"{a} {b}".strip() for a, b in zip(header, cells)]  # a header wrapped over two lines
        elif rows and (not cells[0] or (not key_col and (re.match(r"[a-z]{2,}\b", cells[0]) or (
                not any(cells[1:]) and not re.search(r"[.;:]$", rows[-1][1][0]))))):
            rows[-1] = (rows[-1][0], [f"{a} {b}".strip() for a, b in zip(rows[-1][1], cells)])
        else:
            rows.append((k, cells))
    while rows and sum(1 for c in rows[-1][1] if c) < 2:
        end = rows.pop()[0]  # a short line after the table, not a row of it
    while not raws[end - 1].strip():
        end -= 1
    if sum(1 for _, c in rows if sum(1 for x in c if x) >= 2) < 2:
        return None
    out: dict[int, list[str] | None] = {n: None for n in range(i + 1, end)}
    out[i] = header
    out.update(rows)
    if i > 0 and _FIXED_RULE.match(raws[i - 1]):
        out[i - 1] = None  # a rule above the header
    return end, out


def text_to_lines(text: str) -> list[Line]:
    """Split running text into tidied lines with paragraph numbers; blank lines end a paragraph. Runs of
    two or more table rows (tab-separated, pipe-drawn or space-aligned under a header) become lines with
    ``cells``; a table's blank lines, rules and wrapped lines are dropped, so its rows keep one paragraph."""
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
            fixed = _fixed_table(raws, i)
            if fixed is None:
                i += 1
                continue
            i, rows_at = fixed
            table.update({k: (cells, 1) for k, cells in rows_at.items()})
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
