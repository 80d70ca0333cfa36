"""PDF -> lines: pypdfium2 for the text layer, pdfplumber only for the pages whose layout needs it.

Every page is read with pypdfium2 (PDFium's text page: about a hundred times faster than pdfplumber).
A cheap look at the page's drawing decides whether layout matters:

* ruled lines forming a grid (path objects: at least three vertical and two horizontal rules) suggest a
  table: pdfplumber finds it and each row becomes one :class:`Line` with its ``cells``, so an action
  table's "Who" and "When" stay with their action. A table laid out for prose (minutes as "No. | Minute |
  Action", paragraphs in the Minute cells, the numbers in a column of their own) is read as text instead:
  the number before the minute's first line, its lines as lines, then "Action: ..." from the other cells;
* text runs (PDFium's text rectangles) on both sides of an empty vertical band suggest two columns:
  pdfplumber reads each column of each band of the page in turn, instead of PDFium's line that runs
  across the gutter; on a page that also holds a ruled table, the gutter is looked for in the text
  around the table.

Font sizes and weights for headings come from PDFium itself (the character's font size times its text
matrix, the font's weight, flags and name), so they cost nothing extra. Positions are taken in the frame
in which the text reads left to right: the page as displayed (its /Rotate applied), or - for a page
whose text runs sideways even then - the text's own frame.

Then, over the whole document: lines repeating at the top or bottom of many pages (running headers and
footers) and page numbers are dropped; a word broken at a line-end hyphen is mended onto the first line
("recom-" / "mendation" -> "recommendation"), keeping the hyphen of a real compound ("well-being");
lines starting with a list label are never merged into the line before.

Bad input gets a one-line :class:`ReadError` naming the file and the remedy; nothing is invented. Pages
without a text layer (scans) or with a garbled one (fonts without a character map: control characters,
symbol soup) are left out with a warning naming them, or - when no page is readable - the document is
refused and ``--ocr`` suggested. With ``ocr=True`` such pages are read by OCRmyPDF + tesseract
(:mod:`ingest.ocr`).
"""
from __future__ import annotations

import ctypes
import io
import math
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ingest.lines import Line, ReadError, Text

MAX_PAGES = 5000
"""More pages than this is not a committee document: refused before anything is read."""
MIN_WORDS = 12
"""A document with fewer words than this (after running headers and page numbers) is a placeholder."""
SCAN_COVER = 0.5
"""An image covering at least this share of a page with next to no text makes the page a scan."""
SCAN_MAX_CHARS = 40
OUTLINE_PATHS = 150
"""A page with no text but this many drawn shapes has its text as outlines: it needs OCR like a scan."""

# ------------------------------------------------------------------------------------------------
# text tidying

_SPACE = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\ufffe\uffff]")
_DOUBLE_HYPHEN = re.compile(r"[-\u2010\u2011]\u00ad+[-\u2010\u2011]")   # "-", soft hyphen, "‐" (Quartz)
_SOFT = "\u00ad"
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_PUA_BULLET = re.compile(r"^[\ue000-\uf8ff]\s*")                         # Symbol/Wingdings bullets
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_LETTER = re.compile(r"[^\W\d_]")
_BREAK = re.compile(r"\r\n|[\x02\ufffe]")   # PDFium: line end; hyphen at a line end (U+0002 per char, U+FFFE in its text)


def _tidy(s: str) -> str:
    s = _DOUBLE_HYPHEN.sub("-", s).replace(_SOFT, "").translate(_HYPHENS)
    s = _SPACE.sub(" ", _INVISIBLE.sub("", s)).strip()
    if s and "\ue000" <= s[0] <= "\uf8ff":
        s = _PUA_BULLET.sub("• ", s, count=1).strip()
    return s


# ------------------------------------------------------------------------------------------------
# what one page yields

@dataclass
class Row:
    """A line as read off a page, with its place (display coordinates: y grows downwards)."""
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float = 0.0
    bold: bool = False
    cells: tuple[str, ...] | None = None
    heading: int = 0


@dataclass
class Page:
    number: int
    rows: list[Row]
    status: str = "text"
    """text | scanned (image, no text layer) | garbled (unreadable text layer) | blank | error"""
    top: float = 0.0
    """The page's top edge and height in the rows' coordinates."""
    height: float = 0.0


@dataclass
class _Doc:
    pages: list[Page]
    title: str | None
    warnings: list[str] = field(default_factory=list)

    def numbers(self, status: str) -> list[int]:
        return [p.number for p in self.pages if p.status == status]


# ------------------------------------------------------------------------------------------------
# the container

_EOF_TAIL = 4096


def _check_bytes(data: bytes, name: str) -> None:
    if not data:
        raise ReadError(f"{name}: the file is empty (0 bytes); download it again")
    head = data[:1024]
    if b"%PDF-" not in head:
        sniff = head.removeprefix(b"\xef\xbb\xbf").lstrip()[:200].lower()
        if sniff.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
            what = "an HTML or XML page (an error or login page?)"
        elif sniff.startswith(b"pk\x03\x04"):
            what = "a zip package (a Word or Excel file?)"
        elif sniff.startswith(b"\xd0\xcf\x11\xe0"):
            what = "an old Office file"
        elif sniff.startswith((b"\xff\xd8", b"\x89png", b"gif8", b"ii*\x00", b"mm\x00*")):
            what = "an image"
        else:
            what = "something else"
        raise ReadError(f"{name}: not a PDF ({what}); download the PDF itself, or give the file its real type")


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ReadError(f"{name}: encrypted with a password; save an unencrypted copy and ingest that") from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise ReadError(f"{name}: encrypted with an unsupported security handler; save an unencrypted "
                            "copy and ingest that") from None
        if b"%%EOF" not in data[-_EOF_TAIL:]:
            raise ReadError(f"{name}: the PDF is truncated (it stops before its end-of-file marker); "
                            "download it again") from None
        raise ReadError(f"{name}: the PDF is damaged and cannot be opened; download it again, or re-save it "
                        "from a PDF viewer") from None


_GENERIC_TITLE = frozenset("""untitled document documents doc minutes minute agenda report draft final copy cpy
    meeting meetings page slide title heading normal new microsoft word pdf print printed version scan scanned
    file template blank""".split())


def _title(doc: pdfium.PdfDocument) -> str | None:
    """The metadata title when it says something: not a style name, a file name or a generic word."""
    try:
        t = doc.get_metadata_value("Title")
    except (pdfium.PdfiumError, KeyError, ValueError):
        return None
    t = _tidy(t or "")
    t = re.sub(r"^microsoft (word|powerpoint|excel) - ", "", t, flags=re.I)
    t = re.sub(r"\.(docx?|rtf|odt|pdf|xlsx?|pptx?|txt|html?)$", "", t, flags=re.I).strip()
    if not t or "_" in t or "\\" in t or "/" in t and " " not in t:
        return None
    words = re.findall(r"\w+", t.lower())
    if not words or all(w.rstrip("0123456789") in _GENERIC_TITLE or w.isdigit() for w in words):
        return None
    if not _LETTER.search(t) or len(t) > 300:
        return None
    return t


# ------------------------------------------------------------------------------------------------
# PDFium: one page

_C = pdfium_c
_FONT_BOLD_FLAG = 0x40000    # FXFONT_FORCE_BOLD
_PATH, _IMAGE, _FORM = _C.FPDF_PAGEOBJ_PATH, _C.FPDF_PAGEOBJ_IMAGE, _C.FPDF_PAGEOBJ_FORM


class _Display:
    """User space -> display coordinates (origin top-left, y down) following the page's /Rotate as
    pdfminer does, so that pdfplumber crops agree with PDFium positions on unrotated pages."""

    def __init__(self, page: pdfium.PdfPage, rotation: int | None = None):
        l, b, r, t = page.get_bbox()          # the visible box (media box within crop box), inherited
        self.box = (min(l, r), min(b, t), max(l, r), max(b, t))
        self.rotation = (page.get_rotation() if rotation is None else rotation) % 360
        x0, y0, x1, y1 = self.box
        if self.rotation in (90, 270):
            self.width, self.height = y1 - y0, x1 - x0
        else:
            self.width, self.height = x1 - x0, y1 - y0

    def point(self, x: float, y: float) -> tuple[float, float]:
        x0, y0, x1, y1 = self.box
        r = self.rotation
        if r == 0:
            return x, y1 - y                   # pdfplumber's frame: x as in user space
        if r == 90:
            return y - y0, x - x0
        if r == 180:
            return x1 - x, y - y0
        return y1 - y, x1 - x

    def rect(self, l: float, b: float, r: float, t: float) -> tuple[float, float, float, float]:
        ax, ay = self.point(l, b)
        bx, by = self.point(r, t)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _graphics(page: pdfium.PdfPage, disp: _Display) -> tuple[list[tuple[float, float, float, float, int]], float]:
    """Path objects (display bounds and segment count) and the share of the page that images cover.
    Objects inside form XObjects are placed through the forms' matrices."""
    paths: list[tuple[float, float, float, float, int]] = []
    image_area = 0.0
    l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    refs = (ctypes.byref(l), ctypes.byref(b), ctypes.byref(r), ctypes.byref(t))
    fm = _C.FS_MATRIX()
    Matrix = tuple[float, float, float, float, float, float]
    identity: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

    def bounds(obj, m: Matrix) -> tuple[float, float, float, float] | None:
        if not _C.FPDFPageObj_GetBounds(obj, *refs):
            return None
        x0, y0, x1, y1 = l.value, b.value, r.value, t.value
        if m is not identity:
            a_, b_, c_, d_, e_, f_ = m
            xs, ys = [], []
            for x, y in ((x0, y0), (x0, y1), (x1, y0), (x1, y1)):
                xs.append(a_ * x + c_ * y + e_)
                ys.append(b_ * x + d_ * y + f_)
            x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
        return disp.rect(x0, y0, x1, y1)

    def walk(count, get, parent, m: Matrix, depth: int) -> None:
        nonlocal image_area
        for i in range(count(parent)):
            o = get(parent, i)
            typ = _C.FPDFPageObj_GetType(o)
            if typ == _PATH:
                bb = bounds(o, m)
                if bb:
                    paths.append((*bb, _C.FPDFPath_CountSegments(o)))
            elif typ == _IMAGE:
                bb = bounds(o, m)
                if bb:
                    image_area += max(0.0, bb[2] - bb[0]) * max(0.0, bb[3] - bb[1])
            elif typ == _FORM and depth < 4 and _C.FPDFPageObj_GetMatrix(o, fm):
                a2, b2, c2, d2, e2, f2 = fm.a, fm.b, fm.c, fm.d, fm.e, fm.f
                a1, b1, c1, d1, e1, f1 = m
                inner = (a2 * a1 + b2 * c1, a2 * b1 + b2 * d1, c2 * a1 + d2 * c1, c2 * b1 + d2 * d1,
                         e2 * a1 + f2 * c1 + e1, e2 * b1 + f2 * d1 + f1)
                if inner == identity:
                    inner = identity
                walk(_C.FPDFFormObj_CountObjects, _C.FPDFFormObj_GetObject, o, inner, depth + 1)

    walk(_C.FPDFPage_CountObjects, _C.FPDFPage_GetObject, page.raw, identity, 0)
    return paths, min(1.0, image_area / max(disp.width * disp.height, 1.0))


def _distinct(values: list[float], tol: float = 2.0) -> int:
    n, last = 0, None
    for v in sorted(values):
        if last is None or v - last > tol:
            n += 1
        last = v
    return n


def _looks_like_grid(paths: list[tuple[float, float, float, float, int]]) -> bool:
    """Ruled lines forming a grid: at some height, vertical rules at three or more x positions (two
    columns at least), and horizontal rules at two or more y positions. Thin paths are rules; a simple
    rectangle (cell border or shading) gives its four edges. Boxes stacked one above another are not a
    grid."""
    hs: list[float] = []
    vs: list[tuple[float, float, float]] = []
    for l, b, r, t, nseg in paths:
        w, h = r - l, t - b
        if h <= 2.5 and w >= 8:
            hs.append((b + t) / 2)
        elif w <= 2.5 and h >= 8:
            vs.append(((l + r) / 2, b, t))
        elif w >= 8 and h >= 8 and 0 < nseg <= 6:
            hs += [b, t]
            vs += [(l, b, t), (r, b, t)]
    if len(vs) < 3 or _distinct(hs) < 2 or _distinct([v[0] for v in vs]) < 3:
        return False
    for _, b, t in vs[:400]:
        y = (b + t) / 2
        if _distinct([x for x, b2, t2 in vs if b2 - 1 <= y <= t2 + 1]) >= 3:
            return True
    return False


def _gutter(rects: list[tuple[float, float, float, float]], width: float) -> float | None:
    """The x of an empty vertical band between two columns of text runs, or None.

    Both sides must hold many wide runs side by side (two columns of prose, not a label column or a
    narrow "Who" column); at most a fifth of the runs may cross the band (titles spanning both columns)."""
    runs = [r for r in rects if r[2] - r[0] > 2]
    if len(runs) < 16 or width <= 0:
        return None
    n = int(width) + 2
    cover = [0] * (n + 1)
    for x0, _, x1, _ in runs:
        a, b = max(0, int(x0)), min(n, int(x1) + 1)
        if a < b:
            cover[a] += 1
            cover[b] -= 1
    acc, run = 0, []
    for i in range(n):
        acc += cover[i]
        run.append(acc)
    lo, hi = int(width * 0.3), int(width * 0.7)
    best = min(run[lo:hi], default=None)
    if best is None or best > len(runs) // 5:
        return None
    # the widest stretch at that minimum
    start, span, best_span = None, (0, 0), 0
    for i in range(lo, hi + 1):
        if i < hi and run[i] == best:
            start = i if start is None else start
        elif start is not None:
            if i - start > best_span:
                best_span, span = i - start, (start, i)
            start = None
    if best_span < 6:
        return None
    g = (span[0] + span[1]) / 2
    left = [r for r in runs if r[2] <= g]
    right = [r for r in runs if r[0] >= g]
    if len(left) < 6 or len(right) < 6:
        return None
    if (statistics.median(r[2] - r[0] for r in left) < width * 0.25
            or statistics.median(r[2] - r[0] for r in right) < width * 0.25):
        return None
    lt, lb = min(r[1] for r in left), max(r[3] for r in left)
    rt, rb = min(r[1] for r in right), max(r[3] for r in right)
    overlap = min(lb, rb) - max(lt, rt)
    if overlap < 0.5 * min(lb - lt, rb - rt):
        return None
    return g


_STOP = frozenset("""the of and to a in that is was for on be by with as at are this it from or an will which has
    have not were been their its would they he she we our all any had but can may if so no there than
    these those who what when also into per""".split())
_VOWELS = frozenset("aeiouyáéíóúàèìòùâêîôûäëïöü")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff]")
_NONSPACE = re.compile(r"\S")
_ALPHA = re.compile(r"[^\W\d_]")
_SYMBOL_OK = frozenset("•£$€%&+=<>|~^`©®°")


def _garbled(text: str) -> bool:
    """A text layer that is not text: control characters, replacement characters or symbol soup."""
    nonspace = len(_NONSPACE.findall(text))
    if nonspace < 20:
        return False
    if len(_CONTROL.findall(text)) / nonspace > 0.05:
        return True
    letters = len(_ALPHA.findall(text))
    if nonspace >= 50 and letters / nonspace < 0.5:
        symbols = sum(1 for c in text if not c.isspace() and unicodedata.category(c)[0] in "SC"
                      and c not in _SYMBOL_OK)
        if symbols / nonspace > 0.25:
            return True
    lower = text.lower()
    words = re.findall(r"[^\W\d_]{3,}", lower)
    if len(words) >= 40:
        stop = sum(1 for w in re.findall(r"[^\W\d_]+", lower) if w in _STOP)
        vowelless = sum(1 for w in words if not (set(w) & _VOWELS))
        if stop == 0 and vowelless / len(words) > 0.25:
            return True
    return False


def _page_text(raw, n: int) -> str:
    """The page's characters as one string, index for index with PDFium's character list."""
    if n <= 0:
        return ""
    buf = (ctypes.c_ushort * (n + 1))()
    got = _C.FPDFText_GetText(raw, 0, n, buf)
    if got == n + 1:
        text = bytes(memoryview(buf).cast("B"))[: 2 * n].decode("utf-16-le", errors="surrogatepass")
        if len(text) == n:
            return text
    # characters outside the BMP, or characters PDFium leaves out of its text: one by one
    get = _C.FPDFText_GetUnicode
    return "".join(chr(c) if 0 <= c < 0x110000 else "\ufffd" for c in (get(raw, k) for k in range(n)))


def _text_turn(raw, text: str) -> int | None:
    """The quarter turn (0, 90, 180, 270 degrees, anticlockwise) most of the page's text runs at in the
    page's own coordinates; None when the page has no letters."""
    m = _C.FS_MATRIX()
    step = max(1, len(text) // 40)
    turns: Counter = Counter()
    for i in range(0, len(text), step):
        if text[i].isalpha() and _C.FPDFText_GetMatrix(raw, i, m):
            turns[round(math.degrees(math.atan2(m.b, m.a)) / 90) % 4 * 90] += 1
            if sum(turns.values()) >= 24:
                break
    return turns.most_common(1)[0][0] if turns else None


def _pdfium_page(page: pdfium.PdfPage, number: int) -> tuple[Page, list[tuple[float, float, float, float]], bool]:
    """Rows of one page, plus its text runs (for column detection) and whether it looks like a table.

    Rows are placed in the frame in which the text reads left to right: the page as displayed (its
    /Rotate applied) as a rule. A page whose text runs sideways even then is read in its text's own
    frame, top to bottom, by PDFium alone (pdfplumber's lines would be single words)."""
    disp = _Display(page)
    tp = page.get_textpage()
    try:
        raw = tp.raw
        text_all = _page_text(raw, _C.FPDFText_CountChars(raw))
        nonspace = len(_NONSPACE.findall(text_all))
        rows: list[Row] = []
        turn = _text_turn(raw, text_all) if nonspace else None
        upright = turn is None or turn == disp.rotation
        if not upright:
            disp = _Display(page, turn)
        if nonspace:
            rows = _rows(raw, text_all, disp)
            if not upright:
                rows.sort(key=lambda r: (round(r.top), r.x0))
        rects: list[tuple[float, float, float, float]] = []
        if len(rows) >= 8 and upright:
            nr = _C.FPDFText_CountRects(raw, 0, -1)
            l, t, r, b = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
            for i in range(max(nr, 0)):
                if _C.FPDFText_GetRect(raw, i, l, t, r, b):
                    rects.append(disp.rect(l.value, b.value, r.value, t.value))
    finally:
        tp.close()
    paths, cover = _graphics(page, disp)
    result = Page(number=number, rows=rows, top=0.0, height=disp.height)
    if nonspace < SCAN_MAX_CHARS and (cover >= SCAN_COVER or (nonspace == 0 and len(paths) >= OUTLINE_PATHS)):
        result.status = "scanned"
    elif nonspace == 0:
        result.status = "blank"
    elif _garbled(text_all):
        result.status = "garbled"
        result.rows = []
    grid = result.status == "text" and upright and _looks_like_grid(paths)
    return result, rects, grid


def _rows(raw, text: str, disp: _Display) -> list[Row]:
    """Split PDFium's character stream into lines (its CR LF), with place, font size and weight.

    PDFium joins a word broken by a line-end hyphen and marks the hyphen (U+0002, U+FFFE in its page
    text); the line is cut there again (ending in "-") so that mending the word is decided in one place
    for all readers."""
    n = len(text)
    spans: list[tuple[int, int, bool]] = []
    s = 0
    for m in _BREAK.finditer(text):
        spans.append((s, m.start(), m.group() != "\r\n"))
        s = m.end()
    spans.append((s, n, False))

    box = _C.FS_RECTF()
    matrix = _C.FS_MATRIX()
    flags = ctypes.c_int()
    name_buf = ctypes.create_string_buffer(128)
    font_cache: dict[str, bool] = {}

    def char_box(i: int) -> tuple[float, float, float, float] | None:
        if _C.FPDFText_GetLooseCharBox(raw, i, box):
            return box.left, box.bottom, box.right, box.top
        return None

    def style(i: int) -> tuple[float, bool]:
        size = _C.FPDFText_GetFontSize(raw, i)
        if _C.FPDFText_GetMatrix(raw, i, matrix):
            size *= math.hypot(matrix.c, matrix.d) or 1.0
        weight = _C.FPDFText_GetFontWeight(raw, i)
        ln = _C.FPDFText_GetFontInfo(raw, i, name_buf, 128, ctypes.byref(flags))
        font = name_buf.value.decode("latin-1", "replace") if ln else ""
        bold = weight >= 600 or bool(flags.value & _FONT_BOLD_FLAG)
        if not bold:
            if font not in font_cache:
                font_cache[font] = bool(_BOLD_NAME.search(font))
            bold = font_cache[font]
        return size, bold

    rows: list[Row] = []
    for s, e, hyphen in spans:
        line = text[s:e]
        clean = _tidy(line + "-" if hyphen else line)
        if not clean:
            continue
        lead = len(line) - len(line.lstrip())
        ink = [s + lead, e if hyphen else s + len(line.rstrip()) - 1] if line.strip() else ([e] if hyphen else [])
        bx = [bb for bb in (char_box(ink[0]), char_box(ink[-1])) if bb] if ink else []
        if bx:
            x0, top, x1, bottom = disp.rect(min(b[0] for b in bx), min(b[1] for b in bx),
                                            max(b[2] for b in bx), max(b[3] for b in bx))
        else:
            x0 = top = x1 = bottom = 0.0
        letters = [m.start() + s for m in _ALPHA.finditer(line)]
        if letters:
            picks = {letters[0], letters[len(letters) // 2], letters[-1]}
            styles = [style(i) for i in picks]
            size = statistics.median(st[0] for st in styles)
            bold = all(st[1] for st in styles)
        else:
            size, bold = (style(ink[0])[0] if ink else 0.0), False
        rows.append(Row(text=clean, x0=x0, x1=x1, top=top, bottom=bottom, size=round(size, 1), bold=bold))
    return rows


# ------------------------------------------------------------------------------------------------
# pdfplumber: tables and columns

def _plumber_line_row(ln: dict) -> Row | None:
    text = _tidy(ln.get("text", ""))
    if not text:
        return None
    chars = [c for c in ln.get("chars", []) if c.get("text", "").isalpha()]
    if chars:
        picks = [chars[0], chars[len(chars) // 2], chars[-1]]
        size = statistics.median(float(c.get("size", 0.0)) for c in picks)
        bold = all(_BOLD_NAME.search(str(c.get("fontname", ""))) for c in picks)
    else:
        size, bold = 0.0, False
    return Row(text=text, x0=ln["x0"], x1=ln["x1"], top=ln["top"], bottom=ln["bottom"],
               size=round(size, 1), bold=bold)


def _text_lines(region) -> list[Row]:
    out = []
    for ln in region.extract_text_lines(return_chars=True, strip=True):
        row = _plumber_line_row(ln)
        if row:
            out.append(row)
    return out


def _table_rows(ppage, runs: list[tuple[float, float, float, float]] | None = None,
                width: float = 0.0) -> list[Row] | None:
    """The page read around its ruled tables: rows of real tables (>= 2 columns, >= 2 rows) as cells,
    the rest as lines, in top-to-bottom order. None when pdfplumber finds no such table.

    The text around the tables may itself stand in two columns (an annual report's prose above a figures
    table): the gutter is looked for among the text runs outside the tables, and if there is one the rest is
    read column by column (see :func:`_column_rows`) before the table rows are put in their place."""
    found = []
    for t in ppage.find_tables():
        data = t.extract()
        rows = [tuple((c or "").strip() for c in r) for r in data]
        ncols = max((len(r) for r in rows), default=0)
        if ncols < 2 or len(rows) < 2 or not any(sum(1 for c in r if c) >= 2 for r in rows):
            continue
        found.append((t, rows))
    if not found:
        return None
    boxes = [t.bbox for t, _ in found]

    def outside(obj) -> bool:
        if "x0" not in obj or "top" not in obj:
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    rest = ppage.filter(outside)
    free = [r for r in runs or [] if not any(
        x0 - 1 <= r[0] and r[2] <= x1 + 1 and top - 1 <= r[1] and r[3] <= bottom + 1 for x0, top, x1, bottom in boxes)]
    gutter = _gutter(free, width) if free and width else None
    if gutter is not None:
        text = _column_rows(rest, free, gutter)
        below = min(top for _, top, _, _ in boxes)
        # column text above the first table keeps its reading order; the tables and what follows go by position
        head = [r for r in text if r.bottom <= below]
        tail = [r for r in text if r.bottom > below]
    else:
        head, tail = [], _text_lines(rest)
    out = tail
    for t, rows in found:
        prose = _prose_column(rows)
        names = rows[0] if prose is not None and _header_row(rows[0]) else None
        for cells, group in zip(rows, t.rows):
            if not any(cells):
                continue
            x0, top, x1, bottom = group.bbox
            if prose is None:
                out.append(Row(text="", x0=x0, x1=x1, top=top, bottom=bottom, cells=cells))
            elif cells is not names:
                out.extend(_prose_row(cells, prose, names, x0, x1, top, bottom))
    out.sort(key=lambda r: r.top)
    return head + out


_PROSE_CELL = 150
"""A column whose cells run to this many characters on average (and over several lines) holds prose."""
_ROW_LABEL = re.compile(r"^(?:\(?[0-9]{1,3}(?:\.[0-9]{1,2})?[.)]?|\(?[a-zA-Z][.)]|[A-Z]{1,5}\s?\d{1,4}(?:/\d{1,4})?)$")


def _prose_column(rows: list[tuple[str, ...]]) -> int | None:
    """The column of a table laid out for prose (minutes as "No. | Minute | Action"): its cells hold
    paragraphs, not values, and the minute numbers have a column of their own. None for a table of values
    (an action log, a table of figures)."""
    ncols = max(len(r) for r in rows)
    best, col = 0.0, None
    for j in range(ncols):
        cells = [r[j] for r in rows[1:] if j < len(r) and r[j]]
        if len(cells) < 2:
            continue
        mean = sum(len(c) for c in cells) / len(cells)
        lined = sum(1 for c in cells if c.count("\n") >= 2)
        if mean >= _PROSE_CELL and lined * 2 >= len(cells) and mean > best:
            best, col = mean, j
    if col is None:
        return None
    # the minute numbers stand in a column of their own ("4." | "Title / paragraph" | "Action"); a table
    # whose prose cells carry their own numbers ("1. KK presented ..." | "Who/When") is a two-column action
    # table, kept as cells so each action keeps its owner
    body = rows[1:]
    numbered = any(sum(1 for r in body if j < len(r) and _ROW_LABEL.match(r[j])) * 2 >= len(body)
                   for j in range(ncols) if j != col)
    return col if numbered else None


def _header_row(cells: tuple[str, ...]) -> bool:
    return all(len(c) <= 30 and "\n" not in c for c in cells) and sum(1 for c in cells if c) >= 2


def _prose_row(cells: tuple[str, ...], prose: int, head: tuple[str, ...] | None,
               x0: float, x1: float, top: float, bottom: float) -> list[Row]:
    """One row of a prose table read as text: the row's number before the first line of its prose cell
    ("4." + "Joint Strategy - Annual Progress"), the cell's lines as lines, then each other cell as a
    labelled line named by its column's header ("Action: RI to bring the draft to the March Board")."""
    out: list[Row] = []
    label = ""
    for j, c in enumerate(cells):
        if j != prose and c and _ROW_LABEL.match(c) and not label:
            label = c
    lines = [ln.strip() for ln in cells[prose].split("\n") if ln.strip()]
    if label and lines:
        lines[0] = f"{label} {lines[0]}"
    for j, c in enumerate(cells):
        if j == prose or not c or c == label:
            continue
        name = head[j].strip() if head and j < len(head) and head[j].strip() else ""
        value = " ".join(ln.strip() for ln in c.split("\n") if ln.strip())
        lines.append(f"{name.rstrip(':')}: {value}" if name else value)
    step = (bottom - top) / max(len(lines), 1)
    for k, text in enumerate(lines):
        text = _tidy(text)
        if text:
            out.append(Row(text=text, x0=x0, x1=x1, top=top + k * step, bottom=top + (k + 1) * step))
    return out


def _column_rows(ppage, runs: list[tuple[float, float, float, float]], gutter: float) -> list[Row]:
    """Two-column page: read each band of the page left column, then right column.

    The page is first cut into stretches of text at blank strips about two lines high or more (a running
    header above the columns, a heading below them, a table between); a stretch holding a single line of
    text (a running header or footer whose halves sit either side of the gutter) is read across. Within a
    stretch, text runs crossing the gutter (titles, full-width paragraphs) cut it into bands; each band is
    read left column, then right column."""
    x0, top0, x1, bottom0 = ppage.bbox
    heights = sorted(b - t for _, t, _, b in runs if b > t)
    line_h = heights[len(heights) // 2] if heights else 10.0
    gap = max(16.0, 1.8 * line_h)
    stretches: list[list[float]] = []
    for _, t, _, b in sorted(runs, key=lambda r: r[1]):
        if stretches and t <= stretches[-1][1] + gap:
            stretches[-1][1] = max(stretches[-1][1], b)
        else:
            stretches.append([t, b])
    # each stretch reaches halfway to its neighbours, so that no character falls between two
    edges = [top0] + [(a[1] + b[0]) / 2 for a, b in zip(stretches, stretches[1:])] + [bottom0]
    out: list[Row] = []

    def crop(a: float, b: float, l: float, r: float):
        """The characters whose centre lies in the box: PDFium's runs are tight around the glyphs,
        pdfplumber's characters are as tall as the font, so a box cut at a run's edge would lose them."""
        a, b = max(a, top0), min(b, bottom0)
        l, r = max(l, x0), min(r, x1)
        if b - a < 1 or r - l < 1:
            return None

        def inside(obj) -> bool:
            if "x0" not in obj or "top" not in obj:
                return False
            cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
            return l <= cx < r and a <= cy < b

        return ppage.filter(inside)

    def across(a: float, b: float) -> None:
        region = crop(a, b, x0, x1)
        if region is not None:
            out.extend(_text_lines(region))

    def band(a: float, b: float) -> None:
        for l, r in ((x0, gutter), (gutter, x1)):
            region = crop(a, b, l, r)
            if region is not None:
                out.extend(_text_lines(region))

    for (st, sb), a, z in zip(stretches, edges, edges[1:]):
        inside = [r for r in runs if st <= r[1] and r[3] <= sb]
        if inside and max(r[1] for r in inside) - min(r[1] for r in inside) < 0.6 * line_h:
            across(a, z)            # one line: a running header, a heading
            continue
        spans = sorted((t, b) for l, t, r, b in inside if l < gutter - 3 and r > gutter + 3)
        blocks: list[list[float]] = []
        for t, b in spans:
            if blocks and t <= blocks[-1][1] + 2:
                blocks[-1][1] = max(blocks[-1][1], b)
            else:
                blocks.append([t, b])
        cursor = a
        for t, b in blocks:
            band(cursor, t - 0.5)
            across(t - 0.5, b + 0.5)
            cursor = b + 0.5
        band(cursor, z)
    return out


# ------------------------------------------------------------------------------------------------
# reading every page

def _extract(data: bytes, name: str) -> _Doc:
    _check_bytes(data, name)
    doc = _open(data, name)
    plumber = None
    try:
        n = len(doc)
        if n == 0:
            raise ReadError(f"{name}: the PDF has no pages; nothing to read")
        if n > MAX_PAGES:
            raise ReadError(f"{name}: {n} pages is more than the {MAX_PAGES}-page limit; "
                            "split the document and ingest the parts")
        out = _Doc(pages=[], title=_title(doc))
        if b"%%EOF" not in data[-_EOF_TAIL:]:
            out.warnings.append(f"{name}: no end-of-file marker, so the file may be truncated; "
                                "if text is missing, download it again")
        for i in range(n):
            try:
                page = doc[i]
            except pdfium.PdfiumError:
                out.pages.append(Page(number=i + 1, rows=[], status="error"))
                continue
            try:
                result, rects, grid = _pdfium_page(page, i + 1)
                rotation = page.get_rotation() % 360
                width = _Display(page).width
            except pdfium.PdfiumError:
                out.pages.append(Page(number=i + 1, rows=[], status="error"))
                continue
            finally:
                page.close()
            gutter = None
            if result.status == "text" and not grid and rotation == 0:
                gutter = _gutter(rects, width)
            if grid or gutter is not None:
                if plumber is None:
                    plumber = _open_plumber(data)
                if plumber is not False:
                    better = _plumber_page(plumber, i, rects, grid, gutter, width if rotation == 0 else 0.0)
                    if better is not None:
                        result.rows, result.top, result.height = better
            out.pages.append(result)
        return out
    finally:
        if plumber is not None and plumber is not False:
            plumber.close()
        doc.close()


def _open_plumber(data: bytes):
    import pdfplumber

    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception:       # pdfminer cannot parse what PDFium could: keep PDFium's reading
        return False


def _plumber_page(plumber, index: int, runs: list[tuple[float, float, float, float]], grid: bool,
                  gutter: float | None, width: float = 0.0) -> tuple[list[Row], float, float] | None:
    """The page's rows as pdfplumber reads them around its tables or by its columns, with the page's top
    and height in pdfplumber's coordinates; None to keep PDFium's reading."""
    try:
        ppage = plumber.pages[index]
    except Exception:
        return None
    try:
        _, top, _, bottom = ppage.bbox
        if grid:
            got = _table_rows(ppage, runs, width)
            if got is not None:
                return got, top, bottom - top
        if gutter is not None:
            return _column_rows(ppage, runs, gutter), top, bottom - top
        return None
    except Exception:       # a page pdfminer chokes on: PDFium's reading stands
        return None
    finally:
        ppage.close()


# ------------------------------------------------------------------------------------------------
# the whole document: running headers, page numbers, hyphenation, headings

_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|/)\s*\d{1,4})?$"
    r"|^\d{1,4}\s*\|\s*page$|^page\s*\|\s*\d{1,4}$|^p(?:age|g)?\.\s*\d{1,4}$",
    re.I)
_ZONE = 0.2
_EDGE_ROWS = 5
_RUNNING_WORDS = 10     # a line matched numbers aside is short: a body line that differs only in its numbers stays


_SMALL_NUMBER = re.compile(r"(?<![\w/.-])\d{1,4}(?![\w/-])")


def _key(text: str) -> str:
    """A running line's identity: its text without the small numbers that change from page to page
    (page numbers, days), so "TC Minutes 1" and "TC Minutes 2" are one line, while references that
    differ in their long numbers ("APP/C1625/W/15/3011370") stay different."""
    return " ".join(_SMALL_NUMBER.sub(" ", text.lower()).split())


def _is_page_number(text: str) -> bool:
    t = text.strip()
    if not _PAGE_NUMBER.match(t):
        return False
    nums = [int(x) for x in re.findall(r"\d+", t)]
    return all(x < 1000 for x in nums)


def _edges(page: Page) -> tuple[list[int], list[int]]:
    """Indexes of the rows at the top and at the bottom of a page (by position, within the edge zones),
    nearest the edge first."""
    if not page.rows or page.height <= 0:
        return [], []
    order = sorted(range(len(page.rows)), key=lambda i: page.rows[i].top)
    zone = page.height * _ZONE
    top = [i for i in order[:_EDGE_ROWS] if page.rows[i].top - page.top <= zone and page.rows[i].cells is None]
    bottom = [i for i in reversed(order[-_EDGE_ROWS:])
              if page.top + page.height - page.rows[i].bottom <= zone and page.rows[i].cells is None]
    return top, bottom


def _body_size(pages: list[Page]) -> float:
    sizes: Counter = Counter()
    for p in pages:
        for r in p.rows:
            if r.cells is None and r.size > 0:
                sizes[round(r.size * 2) / 2] += len(r.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


# a running line of any length that ends with its page number: "Minutes - Planning Committee Page 2 of 9"
_ENDS_PAGED = re.compile(r"\bpage\s+\d+(?:\s+of\s+\d+)?\s*$", re.I)


def _drop_running(pages: list[Page]) -> list[str]:
    """Drop running headers and footers and page numbers at the top or bottom of pages.

    A running line stands at the same distance from the same edge of several pages with the same text,
    or - when it is short - the same words (numbers aside: page numbers, dates): on 40% of the pages,
    two at least. A line with exactly the same text on just two pages (a footer that changes part-way
    through, such as the name of a second meeting in the same file) must also look like page furniture:
    one of the two lines nearest the edge, or in smaller type than the body; so must a running line of
    a two-page document. Page numbers ("3", "Page 3 of 10", "- 3 -") go when they look like furniture.
    A line in the same small type right against a dropped one goes with it (the rest of the block).
    Returns the running header lines dropped from the first page, top down: often the one place the
    document names its body ("X Special Service Area / Commission Meeting Minutes" atop every page)."""
    header: list[str] = []
    text_pages = [p for p in pages if p.status == "text" and p.rows]
    loose: Counter = Counter()
    exact: Counter = Counter()
    edges = {}
    body = _body_size(text_pages)

    def spot(p: Page, r: Row, where: str) -> int:
        d = r.top - p.top if where == "t" else p.top + p.height - r.bottom
        return round(d / 4)

    for p in text_pages:
        top, bottom = _edges(p)
        edges[p.number] = (top, bottom)
        for where, idx in (("t", top), ("b", bottom)):
            loose.update({(where, _key(p.rows[i].text), spot(p, p.rows[i], where)) for i in idx})
            exact.update({(where, p.rows[i].text.lower(), spot(p, p.rows[i], where)) for i in idx})
    need = max(2, math.ceil(0.4 * len(text_pages)))
    for p in text_pages:
        top, bottom = edges[p.number]
        drop: set[int] = set()
        for where, idx in (("t", top), ("b", bottom)):
            for rank, i in enumerate(idx):
                r = p.rows[i]
                key, at = _key(r.text), spot(p, r, where)
                short = len(r.text.split()) <= _RUNNING_WORDS or _ENDS_PAGED.search(r.text) is not None
                n_loose = sum(loose[(where, key, at + d)] for d in (-1, 0, 1)) if key and short else 0
                n_exact = sum(exact[(where, r.text.lower(), at + d)] for d in (-1, 0, 1))
                furniture = rank < 2 or (body and 0 < r.size <= body * 0.92)
                if (max(n_loose, n_exact) >= need and (len(text_pages) > 2 or furniture)) \
                        or (furniture and (n_exact >= 2 or _is_page_number(r.text))):
                    drop.add(i)
            # the rest of a footer (header) block: a line in the same small type touching a dropped one
            changed = True
            while changed:
                changed = False
                for i in idx:
                    r = p.rows[i]
                    if i in drop or not (body and 0 < r.size <= body * 0.92):
                        continue
                    if any(abs(p.rows[j].size - r.size) <= 0.3 and
                           (_touches(r, p.rows[j]) or _touches(p.rows[j], r)) for j in drop):
                        drop.add(i)
                        changed = True
        if p is text_pages[0]:
            header = [p.rows[i].text for i in sorted(drop & set(top), key=lambda i: p.rows[i].top)
                      if not _is_page_number(p.rows[i].text)]
        if drop:
            p.rows = [r for i, r in enumerate(p.rows) if i not in drop]
    return header


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")
_LABEL = re.compile(r"^(?:\(?[0-9]{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxlcdmIVXLCDM]{1,6}[.)]|\([0-9a-zA-Z]{1,5}\)|[•▪◦‣●○■□➢✓–-])(?:\s|$)")
_BROKEN = re.compile(r"([^\W_]+)-$")
_CONT = re.compile(r"^([^\W_]+)")


def _breaks(pages: list[Page]):
    """Pairs (row with a line-end hyphen, the row that continues it), across page ends too."""
    prev: Row | None = None
    for p in pages:
        for row in p.rows:
            if prev is not None and row.cells is None and not row.heading and not _LABEL.match(row.text):
                yield prev, row
            prev = row if row.cells is None and _BROKEN.search(row.text) and not row.text.endswith(" -") else None


def _vocabulary(pages: list[Page]) -> tuple[set[str], set[str]]:
    """Words and hyphenated compounds that occur whole (not broken at a line end) in the document."""
    cut_last: set[int] = set()
    cut_first: set[int] = set()
    for a, b in _breaks(pages):
        cut_last.add(id(a))
        cut_first.add(id(b))
    words: set[str] = set()
    compounds: set[str] = set()

    def add(text: str) -> None:
        for w in _WORD.findall(text.lower()):
            if "-" in w:
                compounds.add(w)
            else:
                words.add(w)

    for p in pages:
        for row in p.rows:
            if row.cells is not None:
                for cell in row.cells:
                    add(re.sub(r"[^\W_]+-\n[^\W_]+", " ", cell))
                continue
            text = row.text
            if id(row) in cut_last:
                text = text.rsplit(" ", 1)[0] if " " in text else ""
            if id(row) in cut_first:
                text = text.split(" ", 1)[1] if " " in text else ""
            add(text)
    return words, compounds


_PREFIXES = frozenset("""anti bi co counter cross de ex half inter intra mid mini multi non off out over part post
    pre pro quasi re self semi sub super trans tri ultra un under well""".split())


def _mend(pre: str, post: str, words: set[str], compounds: set[str]) -> str:
    """The word broken as "pre-" / "post" at a line end: keep the hyphen of a real compound, drop the
    hyphen that only splits a word. The document itself is the dictionary: a form seen unbroken
    elsewhere wins; a second part that is a word of its own ("sell-" / "out", "non-" / "veterans") or a
    first part that is a prefix which takes a hyphen keeps the hyphen; a fragment ("recom-" / "mendation")
    does not."""
    if not post[:1].islower() or any(c.isdigit() for c in pre):
        return f"{pre}-{post}"                       # "Lord-" / "Lieutenant", "2024-" / "25"
    a, b = pre.lower(), post.lower()
    if f"{a}-{b}" in compounds:
        return f"{pre}-{post}"                       # "well-being" also occurs unbroken
    if a + b in words:
        return pre + post                            # "recommendation" occurs unbroken
    if (len(b) >= 2 and b in words) or a in _PREFIXES:
        return f"{pre}-{post}"
    return pre + post


def _dehyphenate(pages: list[Page]) -> None:
    words, compounds = _vocabulary(pages)
    for a, b in list(_breaks(pages)):
        m1, m2 = _BROKEN.search(a.text), _CONT.match(b.text)
        if not m1 or not m2:
            continue
        pre, post = m1.group(1), m2.group(1)
        joined = _mend(pre, post, words, compounds)
        first, _, rest = b.text.partition(" ")
        a.text = a.text[: m1.start()] + joined + first[len(post):]
        b.text = rest.strip()
    for p in pages:
        for row in p.rows:
            if row.cells is not None:
                row.cells = tuple(_mend_cell(c, words, compounds) for c in row.cells)
                row.text = " | ".join(row.cells)
        p.rows = [r for r in p.rows if r.text or r.cells is not None]


def _mend_cell(cell: str, words: set[str], compounds: set[str]) -> str:
    lines = [ln.strip() for ln in cell.split("\n")]
    out = ""
    for ln in lines:
        if not ln:
            continue
        m1, m2 = _BROKEN.search(out), _CONT.match(ln)
        if out and m1 and m2 and not out.endswith(" -") and not _LABEL.match(ln):
            out = out[: m1.start()] + _mend(m1.group(1), m2.group(1), words, compounds) + ln[len(m2.group(1)):]
        else:
            out = f"{out} {ln}" if out else ln
    return _tidy(out)


def _headings(pages: list[Page]) -> None:
    """Heading levels from type: lines markedly larger than the body (by size, largest first: 1, 2, 3),
    then short blocks set wholly in bold at body size, standing apart from the line above."""
    body = _body_size(pages)
    if not body:
        return
    big = sorted({round(r.size * 2) / 2 for p in pages for r in p.rows
                  if r.cells is None and r.size >= body * 1.15 and _LETTER.search(r.text)}, reverse=True)
    levels: dict[float, int] = {}
    level = 0
    last = None
    for s in big:
        if last is None or last - s > 0.6:
            level = min(level + 1, 3)
        levels[s] = level
        last = s
    bold_level = min(level + 1, 4)
    for p in pages:
        rows = p.rows
        for r in rows:
            s = round(r.size * 2) / 2
            if r.cells is None and s in levels and len(r.text.split()) <= 20 and _LETTER.search(r.text):
                r.heading = levels[s]
        # bold blocks: consecutive bold body-size lines that touch
        i = 0
        while i < len(rows):
            r = rows[i]
            if r.cells is not None or r.heading or not r.bold or r.size < body * 0.95:
                i += 1
                continue
            j = i + 1
            while j < len(rows) and rows[j].bold and rows[j].cells is None and not rows[j].heading \
                    and _touches(rows[j - 1], rows[j]):
                j += 1
            block = rows[i:j]
            above = rows[i - 1] if i > 0 else None
            if _bold_heading(block) and (above is None or not _touches(above, r)):
                for b in block:
                    b.heading = bold_level
            i = j


def _touches(a: Row, b: Row) -> bool:
    """b is the next line of a's paragraph: just below it, no paragraph gap."""
    h = max(b.bottom - b.top, a.bottom - a.top, 1.0)
    gap = b.top - a.bottom
    return -0.5 * h <= gap <= 0.35 * h


_TRAILING = frozenset("a an and or the of to for in on with by that which from as at".split())


def _bold_heading(block: list[Row]) -> bool:
    text = " ".join(r.text for r in block)
    words = text.split()
    if len(block) > 3 or len(words) > 30 or not _LETTER.search(text):
        return False
    if words[-1].lower() in _TRAILING:
        return False                                 # a paragraph that goes on: "... concluding or"
    first = text.lstrip("•(\"'‘“ ")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if text.endswith((",", ";")) or (text.endswith(".") and len(words) > 8):
        return False
    return True


def _page_list(numbers: list[int]) -> str:
    """[1, 2, 3, 7] -> "pages 1-3, 7" for a warning."""
    from ingest.ocr import page_ranges

    label = "page" if len(numbers) == 1 else "pages"
    return f"{label} {page_ranges(numbers).replace(',', ', ')}"


def _them(numbers: list[int]) -> str:
    return "it" if len(numbers) == 1 else "them"


def _finish(doc: _Doc, name: str, *, ocr: bool) -> Text:
    pages = doc.pages
    n = len(pages)
    scanned, garbled = doc.numbers("scanned"), doc.numbers("garbled")
    readable = [p for p in pages if p.status == "text" and p.rows]
    if not readable:
        if ocr:
            raise ReadError(f"{name}: OCR found no text on the page images; check that the scan is legible, "
                            "or OCR it yourself and ingest the result")
        if scanned and garbled:
            raise ReadError(f"{name}: no readable text layer (scanned and garbled pages); run with --ocr")
        if garbled:
            raise ReadError(f"{name}: garbled text layer (fonts without a character map: symbol soup); "
                            "run with --ocr to read the page images instead")
        if scanned:
            raise ReadError(f"{name}: no text layer: scanned? run with --ocr")
        raise ReadError(f"{name}: no text on any of its {n} pages; nothing to read (check the source "
                        "for the full document)")
    header = _drop_running(pages)
    _headings(pages)
    _dehyphenate(pages)
    lines: list[Line] = []
    for p in pages:
        for k, r in enumerate(p.rows, 1):
            lines.append(Line(text=r.text, page=p.number, line=k, heading=r.heading, cells=r.cells))
    nwords = sum(len(re.findall(r"[^\W\d_]{2,}", ln.text)) for ln in lines)
    if nwords < MIN_WORDS and not scanned and not garbled:
        raise ReadError(f"{name}: only {nwords} words of text on {n} pages besides headers and page numbers, "
                        "so it is a placeholder, not the document; find the full document and ingest that")
    warnings = list(doc.warnings)
    if scanned:
        warnings.append(f"{name}: {_page_list(scanned)}: no text layer (scanned?), so not read; "
                        + ("OCR found no text there" if ocr else f"run with --ocr to read {_them(scanned)}"))
    if garbled:
        warnings.append(f"{name}: {_page_list(garbled)}: garbled text layer, so not read; "
                        + ("OCR found no text there" if ocr else f"run with --ocr to read {_them(garbled)} from the page images"))
    errors = doc.numbers("error")
    if errors:
        warnings.append(f"{name}: {_page_list(errors)}: damaged, so not read")
    if nwords < MIN_WORDS:
        warnings.append(f"{name}: only {nwords} words of text were read")
    return Text(lines=lines, format="pdf", pages=n, title=doc.title, warnings=warnings, ocr=ocr,
                meta={"running_header": header} if header else {})


def read_pdf(data: bytes, name: str, *, ocr: bool = False) -> Text:
    """Read a PDF's text. Raises :class:`ReadError` (one line: the file, what is wrong, the remedy)."""
    doc = _extract(data, name)
    scanned, garbled = doc.numbers("scanned"), doc.numbers("garbled")
    if ocr and (scanned or garbled):
        from ingest.ocr import ocr_pdf

        redo = sorted(scanned + garbled)
        done = _extract(ocr_pdf(data, name, pages=len(doc.pages), force_pages=redo if garbled else None), name)
        done.title = done.title or doc.title
        for p in done.pages:
            if p.number in redo:
                for r in p.rows:         # OCR's invisible text has no real type: no headings from it
                    r.size, r.bold = 0.0, False
        done.warnings.append(f"{name}: {_page_list(redo)} read by OCR (tesseract), so the text may hold "
                             "recognition errors")
        return _finish(done, name, ocr=True)
    return _finish(doc, name, ocr=False)
