"""HTML -> lines, as a browser's copy-as-text of the page would give them.

Block elements become lines in document order (``Line.para`` counts blocks, ``<br>`` starts a new line in the
same block), headings set ``Line.heading``, ordered-list labels are written into the text ("1.", "a.",
"iv."), unordered items get "•", and a data-table row becomes one line with its ``cells``.

Scripts, styles, forms, hidden text and site chrome (header/nav/footer, breadcrumbs, menus, skip links) are
dropped. On a ModernGov page only ``div#modgov`` is read, and ``Text.meta`` gets what the markup states
(committee, meeting date, item number, title, url). The tree is walked with an explicit stack, so deeply
nested markup cannot overflow Python's recursion limit.
"""
from __future__ import annotations

import codecs
import datetime as dt
import re

from selectolax.lexbor import LexborHTMLParser

from ingest.lines import roman, Line, NotADocument, ReadError, Text
from ingest.read_text import decode

# Elements whose content is never page text.
_SKIP = frozenset({
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "base", "svg", "math",
    "iframe", "object", "embed", "canvas", "audio", "video", "source", "track", "map", "area",
    "select", "option", "optgroup", "datalist", "button", "input", "textarea", "dialog",
})
# Elements that start and end a block (a new paragraph).
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol",
    "p", "plaintext", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    "ul", "xmp", "frameset", "noframes",
})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SECTIONING = frozenset({"article", "main", "section", "aside"})
# Inside a table row, any of these makes the row layout (its cells are read as blocks, not as cells).
_LAYOUT_IN_ROW = frozenset({"table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"})
_PARA_IN_CELL = frozenset({"p", "div", "li"})
_MAX_PARAS_IN_DATA_CELL = 3
# ModernGov markers of an agenda item laid out in a table (number cell + item body cell).
_MG_ITEM_CLASSES = frozenset({"mgaititletxt", "mgsubitemtitletxt", "mgwordpara", "mgitemnumbercell"})

# Site chrome and hidden text, by id or class token (lower-cased).
_CHROME_TOKEN = re.compile(
    r"^(?:.*breadcrumb.*|skip(?:-?links?|-?to-?content|-?nav(?:igation)?|-?main)?|.*skiplink.*|"
    r"nav|navbar|navigation|site-?nav|main-?nav|sidenav|side-?menu|mgsidenav|menu|main-?menu|site-?menu|"
    r"cookie.*|site-?header|site-?footer|masthead|mglinks|mgactionlist|mghide|sr-only|visually-?hidden|"
    r"screen-?reader-?(?:text|only)|hidden|hide|print-?only)$"
)
# Said of an id only (as classes these words also mark content, e.g. a table's header cells).
_CHROME_ID = re.compile(r"^(?:(?:page-?|global-?|top-?)?(?:header|footer)|sidebar|banner|topbar)$")
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})

_SPACE = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_NUL_SHARE = 0.01


class _Frame:
    __slots__ = ("tag", "node", "list_kind", "counter", "step", "heading", "sectioning", "row", "cell",
                 "pre")

    def __init__(self, tag, node):
        self.tag = tag
        self.node = node
        self.list_kind = None   # for ol/ul: the label style ("decimal", "lower-alpha", "disc", "none", ...)
        self.counter = 0
        self.step = 1
        self.heading = 0
        self.sectioning = False
        self.row = None         # for a data row: its list of cell texts
        self.cell = None        # for a cell of a data row: its list of text pieces
        self.pre = False


# ----------------------------------------------------------------------------------------------------
# list labels

def _alpha(n: int, upper: bool) -> str:
    if n <= 0:
        return str(n)
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(ord("a") + r) + s
    return s.upper() if upper else s


_TYPE_ATTR = {"1": "decimal", "a": "lower-alpha", "A": "upper-alpha", "i": "lower-roman", "I": "upper-roman",
              "disc": "disc", "circle": "disc", "square": "disc", "none": "none"}
_CSS_KIND = {
    "decimal": "decimal", "decimal-leading-zero": "decimal-leading-zero", "lower-alpha": "lower-alpha",
    "lower-latin": "lower-alpha", "upper-alpha": "upper-alpha", "upper-latin": "upper-alpha",
    "lower-roman": "lower-roman", "upper-roman": "upper-roman", "disc": "disc", "circle": "disc",
    "square": "disc", "none": "none",
}


def _ol_label(kind: str, n: int) -> str:
    if kind == "none":
        return ""
    if kind == "disc":
        return "•"
    if kind == "lower-alpha":
        return _alpha(n, False) + "."
    if kind == "upper-alpha":
        return _alpha(n, True) + "."
    if kind == "lower-roman":
        return roman(n, False) + "."
    if kind == "upper-roman":
        return roman(n, True) + "."
    if kind == "decimal-leading-zero":
        return f"{n:02d}."
    return f"{n}."


def _int(value, default):
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


# ----------------------------------------------------------------------------------------------------
# decoding

def _decode_html(data: bytes, name: str) -> tuple[str, list[str]]:
    warnings: list[str] = []
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), warnings
    nuls = data.count(b"\x00")
    if nuls:
        if nuls > max(16, len(data) * _NUL_SHARE):
            raise ReadError(f"{name}: contains {nuls} NUL bytes, so it is not an HTML page; "
                            "give the page as saved by a browser (UTF-8 HTML)")
        data = data.replace(b"\x00", b"")
        warnings.append(f"{name}: {nuls} NUL byte(s) removed")
    m = _CHARSET.search(data[:4096])
    if m:
        try:
            codec = codecs.lookup(m.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            codec = None
        if codec and codec not in ("utf-8", "utf-16", "utf-32", "ascii"):
            # A declared single-byte charset; browsers read latin-1 as windows-1252.
            if codec in ("latin-1", "iso8859-1"):
                codec = "cp1252"
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                return data.decode(codec, errors="replace"), warnings
    text, more = decode(data, name)
    return text, warnings + more


# ----------------------------------------------------------------------------------------------------
# the walk

def _tidy(s: str) -> str:
    return _SPACE.sub(" ", _INVISIBLE.sub("", s)).strip()


def _attrs(node) -> dict:
    try:
        return node.attributes
    except Exception:  # pragma: no cover - malformed attribute bytes
        return {}


def _is_chrome(tag: str, attrs: dict, in_section: bool) -> bool:
    if tag in ("nav",) or (tag in ("header", "footer") and not in_section):
        return True
    if "hidden" in attrs:
        return True
    if (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    role = (attrs.get("role") or "").strip().lower()
    if role in _CHROME_ROLES:
        return True
    ident = attrs.get("id")
    if ident:
        ident = ident.strip().lower()
        if _CHROME_TOKEN.match(ident) or _CHROME_ID.match(ident):
            return True
    classes = attrs.get("class")
    if classes:
        for token in classes.lower().split():
            if _CHROME_TOKEN.match(token):
                return True
    return False


def _row_is_layout(tr, table_is_layout: bool) -> bool:
    """A row is read as blocks (not cells) when it holds lists, headings or nested tables, ModernGov item
    markup, or a cell with many paragraphs. Scans the row iteratively and stops at the first sign."""
    if table_is_layout:
        return True
    paras: dict[int, int] = {}
    stack = [(tr.child, None)]
    while stack:
        node, cell = stack.pop()
        while node is not None:
            tag = node.tag
            if tag and tag[0] not in "-_#!":
                if tag in _LAYOUT_IN_ROW:
                    return True
                if tag not in _SKIP:
                    attrs = _attrs(node)
                    cls = (attrs.get("class") or "").lower().split()
                    if any(c in _MG_ITEM_CLASSES for c in cls):
                        return True
                    here = cell
                    if tag in ("td", "th"):
                        here = node.mem_id
                    elif tag in _PARA_IN_CELL and cell is not None:
                        paras[cell] = paras.get(cell, 0) + 1
                        if paras[cell] > _MAX_PARAS_IN_DATA_CELL:
                            return True
                    if node.child is not None:
                        stack.append((node.next, cell))
                        node, cell = node.child, here
                        continue
            node = node.next
    return False


class _Walker:
    def __init__(self):
        self.lines: list[Line] = []
        self.para = 0
        self.para_open = False
        self.buf: list[str] = []
        self.label: str | None = None
        self.heading = 0
        self.pre = 0

    # -- output
    def flush(self, *, end_para: bool = True) -> None:
        if not self.buf:
            if end_para:
                self.para_open = False
            return
        raw = "".join(self.buf)
        self.buf = []
        if self.pre:
            pieces = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        else:
            pieces = [raw]
        for piece in pieces:
            text = _tidy(piece)
            if not text:
                continue
            if self.label:
                text = f"{self.label} {text}"
                self.label = None
            self.emit(text)
        if end_para:
            self.para_open = False

    def emit(self, text: str, cells: tuple[str, ...] | None = None) -> None:
        if not self.para_open:
            self.para += 1
            self.para_open = True
        self.lines.append(Line(text=text, para=self.para, line=len(self.lines) + 1, heading=self.heading,
                               cells=cells))

    # -- walking
    def walk(self, root) -> list[Line]:
        stack: list[_Frame] = []
        data_cell: list[str] | None = None   # text pieces of the current data cell, if in one
        in_section = 0
        node = root.child if root is not None else None
        root_frame = _Frame(root.tag if root is not None else "", root)
        stack.append(root_frame)
        while node is not None or len(stack) > 1:
            if node is None:
                # leave the innermost element
                frame = stack.pop()
                data_cell = self._leave(frame, stack, data_cell)
                if frame.sectioning:
                    in_section -= 1
                node = frame.node.next
                continue
            tag = node.tag
            if tag == "-text":
                text = node.text_content
                if text:
                    if data_cell is not None:
                        data_cell.append(text)
                    else:
                        self.buf.append(text)
                node = node.next
                continue
            if not tag or tag[0] in "_#!-":   # comments, doctype, processing instructions
                node = node.next
                continue
            tag = tag.lower()
            if tag in _SKIP:
                node = node.next
                continue
            attrs = _attrs(node)
            if _is_chrome(tag, attrs, in_section > 0):
                node = node.next
                continue
            if tag == "br":
                if data_cell is not None:
                    data_cell.append(" ")
                else:
                    self.flush(end_para=False)
                node = node.next
                continue
            if tag == "img":
                alt = attrs.get("alt")
                if alt and alt.strip():
                    (data_cell if data_cell is not None else self.buf).append(f" {alt.strip()} ")
                node = node.next
                continue
            if tag == "wbr":
                node = node.next
                continue
            frame = _Frame(tag, node)
            data_cell = self._enter(frame, attrs, stack, data_cell)
            if tag in _SECTIONING:
                frame.sectioning = True
                in_section += 1
            stack.append(frame)
            node = node.child
            if node is None:
                # empty element: leave at once
                frame = stack.pop()
                data_cell = self._leave(frame, stack, data_cell)
                if frame.sectioning:
                    in_section -= 1
                node = frame.node.next
        self.flush()
        return self.lines

    def _enter(self, frame: _Frame, attrs: dict, stack: list[_Frame], data_cell):
        tag = frame.tag
        parent = stack[-1]
        if data_cell is not None:
            # inside a cell of a data row: blocks only separate words
            if tag in _BLOCK:
                data_cell.append(" ")
            return data_cell
        if parent.row is not None and tag in ("td", "th"):
            frame.cell = []
            return frame.cell
        if tag in _BLOCK:
            self.flush()
        if tag in _HEADINGS:
            frame.heading = self.heading
            self.heading = _HEADINGS[tag]
        elif tag in ("pre", "xmp", "listing", "plaintext"):
            frame.pre = True
            self.pre += 1
        elif tag in ("ol", "ul", "menu", "dir"):
            kind = _TYPE_ATTR.get((attrs.get("type") or "").strip()) if attrs.get("type") else None
            style = attrs.get("style")
            if style:
                m = _LIST_STYLE.search(style)
                if m and m.group(1).lower() in _CSS_KIND:
                    kind = _CSS_KIND[m.group(1).lower()]
            if kind is None:
                kind = "decimal" if tag == "ol" else "disc"
            frame.list_kind = kind
            if tag == "ol":
                frame.step = -1 if "reversed" in attrs else 1
                default_start = 1
                if frame.step < 0:
                    default_start = self._count_items(frame.node)
                frame.counter = _int(attrs.get("start"), default_start) - frame.step
        elif tag == "li":
            lst = next((f for f in reversed(stack) if f.list_kind is not None), None)
            if self.label:          # an earlier item's label with no text of its own: print it alone
                if self.label != "•":
                    self.emit(self.label)
                    self.para_open = False
                self.label = None
            if lst is None:
                self.label = "•"
            elif lst.tag == "ol":
                value = _int(attrs.get("value"), None)
                lst.counter = value if value is not None else lst.counter + lst.step
                self.label = _ol_label(lst.list_kind, lst.counter) or None
            else:
                self.label = "•" if lst.list_kind != "none" else None
        elif tag == "tr":
            table = next((f for f in reversed(stack) if f.tag == "table"), None)
            table_layout = False
            if table is not None:
                a = _attrs(table.node)
                marks = f"{a.get('class') or ''} {a.get('id') or ''}".lower()
                table_layout = "mgitemtable" in marks or (a.get("role") or "").lower() in ("presentation", "none")
            if not _row_is_layout(frame.node, table_layout):
                frame.row = []
        return None

    def _leave(self, frame: _Frame, stack: list[_Frame], data_cell):
        tag = frame.tag
        if frame.cell is not None:
            stack[-1].row.append(_tidy("".join(frame.cell)))
            return None
        if data_cell is not None:
            if tag in _BLOCK:
                data_cell.append(" ")
            return data_cell
        if frame.row is not None:
            self.flush()
            cells = tuple(frame.row)
            if any(cells):
                self.label = None
                self.emit(" | ".join(cells), cells=cells)
            self.para_open = False
            return None
        if tag in _BLOCK:
            self.flush()
        if tag in _HEADINGS:
            self.heading = frame.heading
        elif frame.pre:
            self.pre -= 1
        if tag == "li" and self.label:
            self.label = None if self.label == "•" else self.label
            if self.label:
                self.emit(self.label)
                self.para_open = False
                self.label = None
        return None

    @staticmethod
    def _count_items(ol) -> int:
        n = 0
        child = ol.child
        while child is not None:
            if child.tag == "li":
                n += 1
            child = child.next
        return n


# ----------------------------------------------------------------------------------------------------
# ModernGov meta

_DATE = r"(\d{1,2})/(\d{1,2})/(\d{4})"
_MEETING = re.compile(rf"^Meeting:\s*{_DATE}\s*-\s*(.+?)(?:\s*\(Item\s+([^)]+)\))?\s*$")
_DECIDED_AT = re.compile(rf"^Decided at meeting:\s*{_DATE}\s*-\s*(.+?)\s*$")
_DECISION_MAKER = re.compile(r"^Decision Maker:\s*(.+?)\s*$")
_DECISION_DATE = re.compile(rf"^Date of decision:\s*{_DATE}\s*$")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
_MEETING_TITLE = re.compile(
    rf"^(.+?)\s+-\s+(?:{_WEEKDAYS}),?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+([A-Za-z]+),?\s+(\d{{4}})\b", re.I)


def _iso(d: str, m: str, y: str) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _moderngov_meta(tree, lines: list[Line]) -> dict:
    meta: dict = {}
    meetings = []
    decided = None
    maker = None
    decision_date = None
    for ln in lines:
        if ln.cells is not None:
            continue
        t = ln.text
        m = _MEETING.match(t)
        if m:
            meetings.append((_iso(m.group(1), m.group(2), m.group(3)), m.group(4), m.group(5)))
            continue
        m = _DECIDED_AT.match(t)
        if m and decided is None:
            decided = (_iso(m.group(1), m.group(2), m.group(3)), m.group(4))
            continue
        m = _DECISION_MAKER.match(t)
        if m and maker is None:
            maker = m.group(1)
            continue
        m = _DECISION_DATE.match(t)
        if m and decision_date is None:
            decision_date = _iso(m.group(1), m.group(2), m.group(3))
    if meetings:
        committees = {c for _, c, _ in meetings}
        if len(committees) == 1:
            meta["committee"] = meetings[0][1]
        if len(meetings) == 1:
            if meetings[0][0]:
                meta["date"] = meetings[0][0]
            if meetings[0][2]:
                meta["item"] = meetings[0][2].strip()
    elif decided is not None:
        meta["committee"] = decided[1]
        if decided[0]:
            meta["date"] = decided[0]
    if maker:
        meta["decision_maker"] = maker
        meta.setdefault("committee", maker)
    if decision_date and "date" not in meta and not meetings:
        meta["date"] = decision_date

    sub = tree.css_first("#modgov .mgSubTitleTxt") or tree.css_first(".mgSubTitleTxt")
    if sub is not None:
        title = _tidy(sub.text(separator=" "))
        m = _MEETING_TITLE.match(title)
        month = _MONTHS.get(m.group(3).lower()) if m else None
        if m and month:
            meta.setdefault("committee", m.group(1).strip())
            iso = _iso(m.group(2), str(month), m.group(4))
            if iso:
                meta.setdefault("date", iso)
        elif title:
            meta["title"] = title
    return meta


def _page_url(tree, is_decision_page: bool) -> str | None:
    for sel, attr in (('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content"),
                      ('meta[name="og:url"]', "content")):
        node = tree.css_first(sel)
        if node is not None:
            value = (node.attributes.get(attr) or "").strip()
            if value.lower().startswith(("http://", "https://")):
                return value
    if is_decision_page:
        links = set()
        for a in tree.css("a[href]"):
            href = (a.attributes.get("href") or "").strip()
            if re.search(r"(?:mg|ie)DecisionDetails\.aspx\?", href, re.I) and href.lower().startswith(
                    ("http://", "https://")):
                links.add(href)
        if len(links) == 1:
            return links.pop()
    return None


# ----------------------------------------------------------------------------------------------------

def read_html(data: bytes, name: str) -> Text:
    """Read an HTML page. Raises :class:`ReadError` (one line) for bad input and :class:`NotADocument`
    for a page with no readable text, such as a redirect stub."""
    text, warnings = _decode_html(data, name)
    tree = LexborHTMLParser(text)
    moderngov = tree.css_first("#modgov, .mgMainTitleTxt, .mgSubTitleTxt, .mgContent, table.mgTabTable, "
                               ".mgLabel, .mgItemTable, #mgItemTable") is not None
    root = tree.css_first("div#modgov")
    if root is None:
        mains = tree.css("main, [role=main]")
        root = mains[0] if len(mains) == 1 else (tree.body or tree.root)
    lines = _Walker().walk(root) if root is not None else []

    if not lines:
        redirect = tree.css_first('meta[http-equiv="refresh" i]') is not None or any(
            re.search(r"\b(?:window\.|document\.)?location(?:\.href)?\s*=|location\.replace\(",
                      s.text() or "") for s in tree.css("script"))
        if redirect:
            raise NotADocument(f"{name}: an HTTP redirect stub with no text of its own, not a document; "
                               "fetch the page it redirects to")
        raise NotADocument(f"{name}: the page has no readable text; nothing to read")

    title_node = tree.css_first("title")
    title = _tidy(title_node.text()) if title_node is not None else ""
    if not title:
        if moderngov:
            sub = tree.css_first(".mgSubTitleTxt")
            title = _tidy(sub.text(separator=" ")) if sub is not None else ""
        if not title:
            h1 = tree.css_first("h1")
            title = _tidy(h1.text(separator=" ")) if h1 is not None else ""

    meta: dict = {}
    if moderngov:
        meta = _moderngov_meta(tree, lines)
        h1 = tree.css_first(".mgMainTitleTxt")
        page_type = _tidy(h1.text()) if h1 is not None else ""
        is_decision = page_type.lower().startswith("decision") or any(
            ln.text.startswith(("Decision Maker:", "Decision status:")) for ln in lines[:50])
        url = _page_url(tree, is_decision)
    else:
        url = _page_url(tree, False)
    if url:
        meta["url"] = url
    return Text(lines=lines, format="html", title=title or None, meta=meta, warnings=warnings)
