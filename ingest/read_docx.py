"""Word (.docx) -> lines: paragraphs and tables in body order, with Word's list numbers written in.

python-docx opens the package; the body, the styles and the numbering definitions are then read from its
XML directly, because python-docx neither keeps paragraphs and tables in one sequence inside content controls
nor computes list labels. Numbering follows Word: a ``w:num`` points at a ``w:abstractNum`` whose levels give
the format (``numFmt``), the label template (``lvlText`` such as "%1." or "(%2)"), the ``start`` and when a
level restarts (``lvlRestart``); nums that share an abstract definition share its counters, and a num's
``lvlOverride/startOverride`` restarts a level the first time that num is used. A paragraph takes its
numbering from its own ``numPr`` or from its style's.

The zip is checked before anything is parsed: declared sizes and compression ratios bound what it may
unpack to, so a zip bomb is refused without being inflated.
"""
from __future__ import annotations

import io
import re
import zipfile

from ingest.lines import roman, Line, ReadError, Text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, TBL, TR, TC, R, T = _q("p"), _q("tbl"), _q("tr"), _q("tc"), _q("r"), _q("t")
SDT, SDT_CONTENT, CUSTOM_XML = _q("sdt"), _q("sdtContent"), _q("customXml")
VAL = _q("val")
_FALLBACK = f"{{{MC}}}Fallback"
_TXBX = _q("txbxContent")
_SKIP_IN_PARA = frozenset({_q("del"), _q("moveFrom"), _FALLBACK, _q("pPr"), _q("rPr"), _q("instrText"),
                           _q("delText"), _q("footnoteReference"), _q("endnoteReference")})
_BREAKS = frozenset({_q("br"), _q("cr")})
_CONTAINERS = frozenset({TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML, _q("smartTag")})

MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_MIN_BYTES = 1024 * 1024      # a ratio is only suspicious on a member that unpacks to more than this
MAX_MEMBERS = 10_000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_SPACE = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_HEADING_STYLE = re.compile(r"^heading\s*([1-9])$", re.I)


def _tidy(s: str) -> str:
    return _SPACE.sub(" ", _INVISIBLE.sub("", s)).strip()


def _invalid(name: str) -> ReadError:
    return ReadError(f"{name}: not a valid Word document; re-save it from Word as .docx")


# ----------------------------------------------------------------------------------------------------
# the container

def check_container(data: bytes, name: str) -> None:
    """Refuse what is not a readable .docx package before any XML is parsed (one-line ReadError)."""
    if data.startswith(_OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
            raise ReadError(f"{name}: the document is password-protected; save an unprotected copy from Word "
                            "(File > Info > Protect Document, remove the password) and read that")
        raise ReadError(f"{name}: an old Word 97-2003 (.doc) file, not .docx; re-save it from Word as .docx")
    if not data:
        raise ReadError(f"{name}: the file is empty; nothing to read")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise _invalid(name) from None
    if len(infos) > MAX_MEMBERS:
        raise ReadError(f"{name}: the package holds {len(infos)} files, more than a Word document does; "
                        "refused as a possible zip bomb")
    total = 0
    for info in infos:
        total += info.file_size
        if info.flag_bits & 0x1:
            raise ReadError(f"{name}: the document is password-protected; save an unprotected copy from Word "
                            "and read that")
        if info.file_size > RATIO_MIN_BYTES and (
                info.compress_size == 0 or info.file_size / info.compress_size > MAX_RATIO):
            raise ReadError(f"{name}: {info.filename} would unpack {info.file_size // 2**20} MB from "
                            f"{max(info.compress_size, 1) // 1024} KB (over {MAX_RATIO}:1); "
                            "refused as a possible zip bomb")
    if total > MAX_TOTAL_BYTES:
        raise ReadError(f"{name}: would unpack to {total // 2**20} MB, over the {MAX_TOTAL_BYTES // 2**20} MB "
                        "limit; refused as a possible zip bomb")
    names = {i.filename for i in infos}
    if "xl/workbook.xml" in names:
        raise ReadError(f"{name}: an Excel workbook, not a Word document; save it as PDF or .docx")
    if "ppt/presentation.xml" in names:
        raise ReadError(f"{name}: a PowerPoint presentation, not a Word document; save it as PDF")
    if "[Content_Types].xml" not in names or not any(n.startswith("word/") and n.endswith(".xml")
                                                     for n in names):
        raise ReadError(f"{name}: not a valid Word document (no word/document.xml); re-save it from Word as .docx")


# ----------------------------------------------------------------------------------------------------
# styles

class _Styles:
    """Paragraph styles: name, basedOn, numbering and outline level, resolved along the basedOn chain."""

    def __init__(self, root):
        self.by_id: dict[str, dict] = {}
        self.default: str | None = None
        if root is None:
            return
        for st in root.iterchildren(_q("style")):
            if st.get(_q("type")) not in (None, "paragraph", "numbering"):
                continue
            sid = st.get(_q("styleId"))
            if not sid:
                continue
            name_el = st.find(_q("name"))
            based = st.find(_q("basedOn"))
            ppr = st.find(_q("pPr"))
            num_id = ilvl = outline = None
            if ppr is not None:
                numpr = ppr.find(_q("numPr"))
                if numpr is not None:
                    num_id = _val(numpr.find(_q("numId")))
                    ilvl = _val(numpr.find(_q("ilvl")))
                outline = _val(ppr.find(_q("outlineLvl")))
            self.by_id[sid] = {
                "type": st.get(_q("type")) or "paragraph",
                "name": name_el.get(VAL) if name_el is not None else sid,
                "based": based.get(VAL) if based is not None else None,
                "num": num_id, "ilvl": ilvl, "outline": outline,
            }
            if st.get(_q("default")) in ("1", "true", "on") and st.get(_q("type")) == "paragraph":
                self.default = sid

    def chain(self, sid: str | None):
        seen = set()
        sid = sid or self.default
        while sid and sid not in seen and sid in self.by_id:
            seen.add(sid)
            yield sid, self.by_id[sid]
            sid = self.by_id[sid]["based"]

    def heading(self, sid: str | None, direct_outline: str | None) -> int:
        for _, st in self.chain(sid):
            name = (st["name"] or "").strip()
            m = _HEADING_STYLE.match(name)
            if m:
                return int(m.group(1))
            if name.lower() == "title":
                return 1
        outline = direct_outline
        if outline is None:
            outline = next((st["outline"] for _, st in self.chain(sid) if st["outline"] is not None), None)
        level = _int(outline, 9)
        return level + 1 if 0 <= level < 9 else 0

    def numbering(self, sid: str | None) -> tuple[str | None, str | None]:
        for _, st in self.chain(sid):
            if st["num"] is not None:
                return st["num"], st["ilvl"]
        return None, None


def _val(el) -> str | None:
    return el.get(VAL) if el is not None else None


def _int(value, default):
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


# ----------------------------------------------------------------------------------------------------
# numbering

def _letters(n: int, upper: bool) -> str:
    """Word's letter numbering: a..z, then aa, bb, ... (the letter repeated)."""
    if n <= 0:
        return str(n)
    s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return s.upper() if upper else s


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_number(n: int, fmt: str) -> str:
    """One number in a Word numFmt."""
    if fmt == "lowerLetter":
        return _letters(n, False)
    if fmt == "upperLetter":
        return _letters(n, True)
    if fmt == "lowerRoman":
        return roman(n, False)
    if fmt == "upperRoman":
        return roman(n, True)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        return _ordinal(n)
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return f"{n}."
    if fmt == "none":
        return ""
    return str(n)


class _Level:
    __slots__ = ("start", "fmt", "text", "restart", "legal", "style")

    def __init__(self, el):
        self.start = _int(_val(el.find(_q("start"))), 0)
        self.fmt = _val(el.find(_q("numFmt"))) or "decimal"
        self.text = _val(el.find(_q("lvlText")))
        self.restart = _int(_val(el.find(_q("lvlRestart"))), None)
        self.legal = el.find(_q("isLgl")) is not None and _val(el.find(_q("isLgl"))) not in ("0", "false", "off")
        self.style = _val(el.find(_q("pStyle")))


class _Numbering:
    """List labels as Word prints them, computed paragraph by paragraph in document order."""

    def __init__(self, root, styles: _Styles):
        self.styles = styles
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_link: dict[str, str] = {}     # abstractNumId -> numbering style id (numStyleLink)
        self.nums: dict[str, tuple[str, dict[int, tuple[int | None, _Level | None]]]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.used: set[str] = set()
        if root is None:
            return
        for ab in root.iterchildren(_q("abstractNum")):
            aid = ab.get(_q("abstractNumId"))
            if aid is None:
                continue
            self.abstract[aid] = {_int(lv.get(_q("ilvl")), 0): _Level(lv) for lv in ab.iterchildren(_q("lvl"))}
            link = _val(ab.find(_q("numStyleLink")))
            if link:
                self.style_link[aid] = link
        for num in root.iterchildren(_q("num")):
            nid = num.get(_q("numId"))
            aid = _val(num.find(_q("abstractNumId")))
            if nid is None or aid is None:
                continue
            overrides = {}
            for ov in num.iterchildren(_q("lvlOverride")):
                ilvl = _int(ov.get(_q("ilvl")), 0)
                so = _val(ov.find(_q("startOverride")))
                lv = ov.find(_q("lvl"))
                overrides[ilvl] = (_int(so, None) if so is not None else None,
                                   _Level(lv) if lv is not None else None)
            self.nums[nid] = (aid, overrides)

    def _resolve(self, num_id: str) -> tuple[str, dict] | None:
        """numId -> (abstractNumId, overrides), following a numStyleLink to the num its style names."""
        seen: set[str] = set()
        merged: dict = {}
        while num_id in self.nums and num_id not in seen:
            seen.add(num_id)
            aid, overrides = self.nums[num_id]
            merged = {**overrides, **merged}        # the num the paragraph names wins
            link = self.style_link.get(aid)
            if link and not self.abstract.get(aid):
                linked, _ = self.styles.numbering(link)
                if linked:
                    num_id = linked
                    continue
            return aid, merged
        return None

    def _level(self, aid: str, overrides: dict, ilvl: int) -> _Level | None:
        ov = overrides.get(ilvl)
        if ov is not None and ov[1] is not None:
            return ov[1]
        return self.abstract.get(aid, {}).get(ilvl)

    def _start(self, aid: str, overrides: dict, ilvl: int) -> int:
        ov = overrides.get(ilvl)
        if ov is not None and ov[0] is not None:
            return ov[0]
        lv = self._level(aid, overrides, ilvl)
        return lv.start if lv is not None else 1

    def ilvl_for_style(self, num_id: str, style_id: str | None) -> int:
        res = self._resolve(num_id)
        if res is None or not style_id:
            return 0
        aid, overrides = res
        for ilvl, lv in self.abstract.get(aid, {}).items():
            if lv.style == style_id:
                return ilvl
        return 0

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counters for a numbered paragraph and return its label ("1.", "(a)", "•"), or None."""
        res = self._resolve(num_id)
        if res is None:
            return None
        aid, overrides = res
        ilvl = min(max(ilvl, 0), 8)
        lv = self._level(aid, overrides, ilvl)
        if lv is None:
            return None
        counters = self.counters.setdefault(aid, [None] * 9)
        if num_id not in self.used:
            self.used.add(num_id)
            for o_ilvl, (start, _) in overrides.items():
                if start is not None and 0 <= o_ilvl <= 8:
                    counters[o_ilvl] = None
        start = self._start(aid, overrides, ilvl)
        counters[ilvl] = start if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            dl = self._level(aid, overrides, deeper)
            threshold = deeper if dl is None or dl.restart is None else dl.restart
            if ilvl < threshold:
                counters[deeper] = None
        if lv.fmt == "bullet":
            return "•"
        if lv.text is None:
            return None

        def sub(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            if not 0 <= k <= 8:
                return ""
            ref = self._level(aid, overrides, k)
            n = counters[k] if counters[k] is not None else self._start(aid, overrides, k)
            fmt = ref.fmt if ref is not None else "decimal"
            if lv.legal and fmt not in ("none", "bullet"):
                fmt = "decimal"
            return format_number(n, fmt)

        label = re.sub(r"%([1-9])", sub, lv.text).strip()
        return label or None


# ----------------------------------------------------------------------------------------------------
# the body

def _para_text(p) -> tuple[str, list]:
    """The visible text of a paragraph (line breaks as "\\n") and the paragraphs of its text boxes."""
    out: list[str] = []
    boxes: list = []
    stack = [iter(p)]
    while stack:
        for el in stack[-1]:
            tag = el.tag
            if not isinstance(tag, str):
                continue        # comments, processing instructions
            if tag == T:
                if el.text:
                    out.append(el.text)
            elif tag == _q("tab") or tag == _q("ptab"):
                out.append("\t")
            elif tag in _BREAKS:
                out.append("\n")
            elif tag == _q("noBreakHyphen"):
                out.append("-")
            elif tag in _SKIP_IN_PARA:
                continue
            elif tag == _TXBX:
                boxes.extend(el.iter(P))
            elif tag == R:
                rpr = el.find(_q("rPr"))
                if rpr is not None:
                    vanish = rpr.find(_q("vanish"))
                    if vanish is not None and vanish.get(VAL) not in ("0", "false", "off"):
                        continue
                stack.append(iter(el))
                break
            elif len(el):
                stack.append(iter(el))
                break
        else:
            stack.pop()
    return "".join(out), boxes


def _blocks(container):
    """Paragraphs and tables of a body (or cell) in order, looking inside content controls."""
    stack = [iter(container)]
    while stack:
        for el in stack[-1]:
            tag = el.tag
            if tag == P or tag == TBL:
                yield el
            elif tag in (SDT, CUSTOM_XML, SDT_CONTENT):
                inner = el.find(SDT_CONTENT) if tag == SDT else el
                if inner is not None:
                    stack.append(iter(inner))
                    break
        else:
            stack.pop()


def _cell_paragraphs(tc):
    """Every paragraph of a cell in order, nested tables included (flattened into the cell)."""
    stack = [iter(tc)]
    while stack:
        for el in stack[-1]:
            tag = el.tag
            if tag == P:
                yield el
            elif tag in _CONTAINERS:
                stack.append(iter(el))
                break
        else:
            stack.pop()


def _children(el, tag):
    """Direct children with ``tag``, looking through content controls (rows or cells wrapped in w:sdt)."""
    stack = [iter(el)]
    while stack:
        for ch in stack[-1]:
            if ch.tag == tag:
                yield ch
            elif ch.tag in (SDT, SDT_CONTENT, CUSTOM_XML):
                stack.append(iter(ch))
                break
        else:
            stack.pop()


class _Reader:
    def __init__(self, styles: _Styles, numbering: _Numbering):
        self.styles = styles
        self.numbering = numbering
        self.lines: list[Line] = []
        self.para = 0

    def paragraph(self, p) -> tuple[list[str], int, list]:
        """A paragraph's lines (label written into the first), its heading level and its text boxes."""
        ppr = p.find(_q("pPr"))
        style_id = direct_num = direct_ilvl = direct_outline = None
        if ppr is not None:
            style_id = _val(ppr.find(_q("pStyle")))
            numpr = ppr.find(_q("numPr"))
            if numpr is not None:
                direct_num = _val(numpr.find(_q("numId")))
                direct_ilvl = _val(numpr.find(_q("ilvl")))
            direct_outline = _val(ppr.find(_q("outlineLvl")))
        style_num, style_ilvl = self.styles.numbering(style_id)
        num_id = direct_num if direct_num is not None else style_num
        label = None
        if num_id is not None and num_id != "0":
            ilvl_raw = direct_ilvl if direct_ilvl is not None else style_ilvl
            ilvl = _int(ilvl_raw, None)
            if ilvl is None:
                ilvl = self.numbering.ilvl_for_style(num_id, style_id)
            label = self.numbering.label(num_id, ilvl)
        text, boxes = _para_text(p)
        pieces = [s for s in (_tidy(x) for x in text.split("\n")) if s]
        if pieces and label:
            pieces[0] = f"{label} {pieces[0]}"
        return pieces, self.styles.heading(style_id, direct_outline), boxes

    def emit_paragraph(self, p) -> None:
        queue = [p]
        while queue:
            el = queue.pop(0)
            pieces, heading, boxes = self.paragraph(el)
            if pieces:
                self.para += 1
                for piece in pieces:
                    self.lines.append(Line(text=piece, para=self.para, line=len(self.lines) + 1,
                                           heading=heading))
            queue.extend(boxes)

    def emit_table(self, tbl) -> None:
        for tr in _children(tbl, TR):
            cells = []
            for tc in _children(tr, TC):
                texts = []
                for p in _cell_paragraphs(tc):
                    pieces, _, boxes = self.paragraph(p)
                    texts.extend(pieces)
                    for box in boxes:
                        texts.extend(self.paragraph(box)[0])
                cells.append(_tidy(" ".join(texts)))
            if any(cells):
                self.para += 1
                cells_t = tuple(cells)
                self.lines.append(Line(text=" | ".join(cells_t), para=self.para, line=len(self.lines) + 1,
                                       cells=cells_t))

    def body(self, body) -> list[Line]:
        for el in _blocks(body):
            if el.tag == P:
                self.emit_paragraph(el)
            else:
                self.emit_table(el)
        return self.lines


# ----------------------------------------------------------------------------------------------------

def read_docx(data: bytes, name: str) -> Text:
    """Read a .docx file. Raises :class:`ReadError` with a one-line message for anything unreadable."""
    check_container(data, name)
    import docx  # python-docx; imported here so a text-only run never pays for it
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except ReadError:
        raise
    except Exception:
        raise _invalid(name) from None
    if body is None:
        raise _invalid(name)

    part = document.part
    try:
        styles_root = part.part_related_by(RT.STYLES).element
    except Exception:
        styles_root = None
    try:
        numbering_root = part.part_related_by(RT.NUMBERING).element
    except Exception:
        numbering_root = None
    styles = _Styles(styles_root)
    numbering = _Numbering(numbering_root, styles)
    lines = _Reader(styles, numbering).body(body)
    if not lines:
        raise ReadError(f"{name}: the document is empty (no text in its paragraphs or tables); nothing to read")
    title = None
    try:
        title = _tidy(document.core_properties.title or "") or None
    except Exception:
        title = None
    return Text(lines=lines, format="docx", title=title)
