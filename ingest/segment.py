"""Segment a document's lines into meetings and agenda items.

A clerk reading a set of minutes first finds the front matter (which body met, and when), then the agenda
items (a minute number and a title: "12. Riverside car park", "P/142", "Minute 27", "(Item 4)"), and only
then reads each item's text. This module does those first two steps (the front matter is read by
:mod:`ingest.meta`); :mod:`ingest.classify` does the third.

It also owns the small readers every later stage shares:

* :func:`blocks` re-flows lines into logical paragraphs ("blocks"): a PDF's hard-wrapped lines are joined,
  and a list label ("1.", "(a)", "iii)", "•") always starts a new block, so every format reads alike.
* :func:`parse_label` reads a list label and its style.
* :func:`sentences` splits running text into sentences without breaking at "Mr." or "Z. Maiorca".

Everything here is a pure function of :class:`ingest.lines.Text`; nothing is guessed: a committee or date
the document does not state stays None.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ingest.lines import Line, Text
from ingest.meta import DATE_RE, ICON as _ICON, MG_MEETING as _MG_MEETING, Meta, find_date, read_meta, service_of, title_like
from ingest.meta import clean_committee as _clean_committee, infer_committee  # noqa: F401  (re-exported)

__all__ = ["AgendaPart", "MeetingPart", "Segmented", "Label", "Block", "parse_label", "blocks", "sentences",
           "title_like", "find_date", "DATE_RE", "infer_committee", "doc_kind", "segment"]


# ---- the stage API ---------------------------------------------------------------------------------

@dataclass
class AgendaPart:
    number: str | None
    minute: str | None
    title: str | None
    lines: list[Line]


@dataclass
class MeetingPart:
    committee: str | None
    date: dt.date | None
    agenda: list[AgendaPart]


@dataclass
class Segmented:
    kind: str
    """One of arising.model.DOC_KINDS."""
    title: str | None
    body: str | None
    meetings: list[MeetingPart]
    meta: dict = field(default_factory=dict)
    """{"committee", "date" (YYYY-MM-DD or None), "item", "title"} for the document as a whole."""
    service: str | None = None
    """For a report: the service or body whose report it is (owner of its priorities)."""


# ---- labels ----------------------------------------------------------------------------------------

_ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_BULLETS = "•·▪◦●○■□➢►▶✓✔–—*\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u2043\u2219-"
_LABEL_RE = re.compile(
    r"""^(?:
        \((?P<p>\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\)          # (1) (a) (iv) (A)
      | (?P<c>\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\)             # 1) a) iv)
      | (?P<d>\d{1,3}|[a-z]|[ivxlc]{1,6})\.(?!\d)               # 1. a. iv.
      | (?P<m>\d{1,3}(?:\.\d{1,3}){1,3})\.?(?=\s)               # 5.1.1  4.1
      | (?P<b>[""" + re.escape(_BULLETS) + r"""]|o(?=\s))          # bullets
    )(?:\s+|$)""",
    re.X,
)


@dataclass(frozen=True)
class Label:
    raw: str
    value: str
    """"1", "a", "iv", "5.1.1", or the bullet character."""
    wrap: str
    """"()" | ")" | "." | "multi" | "bullet" """

    def kinds(self) -> tuple[str, ...]:
        """The numbering systems this label can belong to (ambiguous ones, like "i", have two)."""
        v = self.value
        if self.wrap == "bullet":
            return ("bullet",)
        if self.wrap == "multi":
            return ("multi",)
        if v.isdigit():
            return ("decimal",)
        out = []
        if _ROMAN.match(v.lower()):
            out.append("roman" if v.islower() else "ROMAN")
        if len(v) == 1:
            out.append("alpha" if v.islower() else "ALPHA")
        return tuple(out) or ("alpha",)

    def ordinal(self, kind: str) -> int | None:
        v = self.value
        if kind == "decimal":
            return int(v)
        if kind in ("alpha", "ALPHA"):
            return ord(v.lower()) - 96 if len(v) == 1 else None
        if kind in ("roman", "ROMAN"):
            return roman_value(v)
        if kind == "multi":
            return int(v.split(".")[-1])
        return None


def roman_value(s: str) -> int:
    vals = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    s = s.lower()
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total


def parse_label(text: str) -> tuple[Label | None, str]:
    """The list label at the start of ``text`` and the text after it: "(iii) That ..." -> (Label, "That ...")."""
    m = _LABEL_RE.match(text)
    if not m:
        return None, text
    rest = text[m.end():]
    if m.group("p") is not None:
        lab = Label(m.group(0).strip(), m.group("p"), "()")
    elif m.group("c") is not None:
        lab = Label(m.group(0).strip(), m.group("c"), ")")
    elif m.group("d") is not None:
        lab = Label(m.group(0).strip(), m.group("d"), ".")
    elif m.group("m") is not None:
        lab = Label(m.group(0).strip(), m.group("m"), "multi")
    else:
        lab = Label(m.group("b"), m.group("b"), "bullet")
    # "a." / "I)" at the start of a sentence can be a word ("A) ..." is fine, "a. m." is not)
    if lab.wrap in (".", ")") and not lab.value.isdigit() and len(lab.value) > 1 and not _ROMAN.match(lab.value.lower()):
        return None, text
    if lab.wrap != "bullet" and not rest.strip() and len(text.strip()) > len(lab.raw) + 1:
        return None, text
    return lab, rest.strip()


# ---- blocks: logical paragraphs ----------------------------------------------------------------------

@dataclass
class Block:
    text: str
    lines: list[Line]
    label: Label | None = None
    heading: bool = False
    cells: tuple[str, ...] | None = None

    @property
    def line(self) -> Line:
        return self.lines[0]

    @property
    def full(self) -> str:
        """The text with its label, as printed."""
        return f"{self.label.raw} {self.text}".strip() if self.label else self.text


_TERMINAL = re.compile(r"[.!?:;]['’\"”)]*$")
_CAPS_VERB = re.compile(
    r"^(?:APPROVE|APPROVED|AGREE|AGREED|DELEGATE|DELEGATED|NOTE|NOTED|ENDORSE|ENDORSED|REFER|REFERRED|"
    r"RECOMMEND|RECOMMENDED|AUTHORISE|AUTHORISED|AUTHORIZE|AUTHORIZED|ADOPT|ADOPTED|RESOLVED|DEFER|DEFERRED|"
    r"REJECT|REJECTED|ACTION|AGREE|REQUEST|REQUESTED)\b"
)
_FURNITURE = re.compile(
    r"^(?:page \d+(?: of \d+)?|\d+ of \d+|- ?\d+ ?-|\d{1,3}|.*\bpage \d+ of \d+)$", re.I
)
def _drop_furniture(lines: list[Line]) -> list[Line]:
    """PDF page furniture: "Page 3 of 25", and any line repeated on most pages (running headers/footers)."""
    pages = {ln.page for ln in lines if ln.page is not None}
    repeated: set[str] = set()
    if len(pages) >= 3:
        seen: dict[str, set] = {}
        for ln in lines:
            if ln.page is not None:
                seen.setdefault(re.sub(r"\d+", "#", ln.text.strip().lower()), set()).add(ln.page)
        repeated = {k for k, v in seen.items() if len(v) >= max(3, len(pages) // 2) and len(k) < 120}
    out = []
    for ln in lines:
        t = ln.text.strip()
        if ln.page is not None and (_FURNITURE.match(t) or re.sub(r"\d+", "#", t.lower()) in repeated):
            continue
        out.append(ln)
    return out


def _is_heading_line(ln: Line, t: str, cur: "Block | None", wide: int) -> bool:
    """A reader's heading hint, trusted as given for HTML/DOCX; for a PDF (where bold words inside a paragraph
    are flagged too) only a heading-like line that follows the end of a paragraph."""
    if ln.page is None:
        return True
    if not title_like(t) or t[:1].islower():
        return False
    if cur is None:
        return True
    prev = cur.lines[-1].text.strip()
    return bool(_TERMINAL.search(prev)) or cur.heading or (wide and len(prev) < 0.6 * wide)


def blocks(lines: list[Line]) -> list[Block]:
    """Lines -> logical paragraphs. A label, a heading, a table row or a new paragraph starts a block; so does
    a line after one that ended a sentence (a PDF's wrapped lines are joined, its paragraphs are not)."""
    out: list[Block] = []
    cur: Block | None = None
    pending_label: Label | None = None
    pending_lines: list[Line] = []
    lines = _drop_furniture(lines)
    # a printed (PDF) line shorter than most ends its paragraph: it was not wrapped because it was full
    widths = sorted(len(ln.text.strip()) for ln in lines if ln.page is not None)
    wide = widths[int(len(widths) * 0.9)] if len(widths) >= 10 else 0
    for ln in lines:
        t = ln.text.strip()
        if not t:
            continue
        if ln.cells is not None:
            cur = Block(t, [ln], None, False, ln.cells)
            out.append(cur)
            cur = None
            continue
        lab, rest = parse_label(t)
        is_head = bool(ln.heading) and _is_heading_line(ln, rest if lab is not None and rest else t, cur, wide)
        if lab is not None and not rest:
            # a label alone on its line ("(1)", "1.") labels the next line
            pending_label, pending_lines = lab, [ln]
            cur = None
            continue
        new = (
            cur is None or pending_label is not None or lab is not None or is_head or cur.heading
            or (cur.line.para != ln.para)
            or _CAPS_VERB.match(t) is not None
            or (_TERMINAL.search(cur.lines[-1].text.strip()) is not None and not t[:1].islower())
            or (ln.page is not None and wide and len(cur.lines[-1].text.strip()) < 0.6 * wide
                and not t[:1].islower() and not cur.lines[-1].text.strip().endswith((",", "(", "-", "–", "and", "of", "the")))
        )
        if not new and cur is not None:
            cur.text = f"{cur.text} {rest}".strip() if lab is None else f"{cur.text} {t}"
            cur.lines.append(ln)
            continue
        if pending_label is not None and lab is None:
            cur = Block(t, pending_lines + [ln], pending_label, is_head)
            pending_label, pending_lines = None, []
        else:
            if pending_label is not None:  # a lone label followed by another label: keep the first alone
                out.append(Block("", pending_lines, pending_label))
                pending_label, pending_lines = None, []
            cur = Block(rest if lab else t, [ln], lab, is_head)
        out.append(cur)
    if pending_label is not None:
        out.append(Block("", pending_lines, pending_label))
    # hyphenated PDF line breaks: "sub- categories" -> "sub-categories"
    for b in out:
        if len(b.lines) > 1:
            b.text = re.sub(r"(\w)- (\w)", r"\1-\2", b.text)
    return out


# ---- sentences ---------------------------------------------------------------------------------------

_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Cllr|Cllrs|Prof|St|No|Nos|Co|Ltd|Rev|Sr|Jr|Ref|para|paras|approx|e\.g|i\.e|"
    r"etc|vs|cf|Fig|Vol|Cl|Col|Lt|Capt|Maj|Gen|Sgt|Insp|Supt|Supt|Ch|Hon|Rt|Cttee|Dept)|\b[A-Z]|\b[a-z]\.[a-z])\.$"
)


def sentences(text: str) -> list[str]:
    """Split text into sentences at ". ", "? ", "! " followed by a capital, a quote or a digit."""
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"”’')\]]*\s+(?=[A-Z“\"‘'(\d£$])", text):
        piece = text[start:m.start() + 1]
        if _ABBREV.search(piece.rstrip("\"”’')]")):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


# ---- document kind -------------------------------------------------------------------------------

def doc_kind(lines: list[Line], text: Text) -> str:
    texts = [ln.text.strip() for ln in lines[:60]]
    head = " \n ".join(texts[:12]).lower()
    allt = " \n ".join(ln.text for ln in lines).lower()
    # minutes that end with an action list are still minutes: their heading says so
    minutes_head = re.search(r"\bminutes of (?:a |an |the )?(?:[\w-]+ )?meeting\b", head)
    if not minutes_head and any(ln.cells and re.search(r"\baction", " ".join(ln.cells), re.I) and
           re.search(r"\b(who|owner|lead|responsib|by whom)", " ".join(ln.cells), re.I) for ln in lines[:80]):
        return "action-log"
    if re.search(r"issue - (meetings|items at meetings|decisions)|^issue history", head):
        return "issue-history"
    if re.search(r"record of decision|decision details|decision maker:|reasons? for decisions?:|"
                 r"other options considered and rejected|decision to be taken by", allt):
        if not re.search(r"\bminutes:|minutes of (a|the) meeting", allt):
            return "decision"
    if re.search(r"^\s*agenda item\s*$", head, re.M):
        return "agenda-item"
    if re.search(r"agenda and minutes|agenda, decisions and (draft )?minutes|agendas, reports and minutes|"
                 r"^\s*minutes of\b|\bdraft minutes|meeting minutes|^\s*minutes\s*$|meeting details",
                 head, re.M):
        return "minutes"
    if re.search(r"^\s*minutes:", allt, re.M):
        return "agenda-item"
    if re.search(r"annual report|work programme|priorities for", head) and not re.search(r"^minutes", allt, re.M):
        return "annual-report"
    if re.search(r"\bresolved\b|\bagreed\b", allt) and re.search(r"\bminutes\b|\bapologies\b", allt):
        return "minutes"
    return "other"


# ---- agenda items ------------------------------------------------------------------------------------

_ITEM_REF = re.compile(r"^\(?Item\s+(?P<n>[\w./-]+)\)?$", re.I)
_MINUTE_REF = re.compile(r"^(?P<n>[A-Z]{1,6}/\d{1,4}(?:/\d{1,4})?)$")
_MINUTE_WORD = re.compile(r"^(?:Minute|Min\.?)\s+(?:No\.?\s*)?(?P<n>[\w/.-]+)\s*[-–:.]?\s*(?P<title>.*)$", re.I)
_ITEM_WORD = re.compile(r"^Item\s+(?P<n>\d+[\w.]*)\s*[-–:.]\s*(?P<title>.+)$", re.I)
_NUM_TITLE = re.compile(r"^(?P<n>\d{1,4}(?:-[A-Z])?)[.)]?\s+(?P<title>.+)$")
_US_ITEM = re.compile(r"^(?P<n>\d{1,2}-[A-Z])\s+\S+")


@dataclass
class _Head:
    index: int        # line index where the part starts
    number: str | None
    minute: str | None
    title: str | None
    by_ref: bool = False


def _is_item_title(t: str, alone: bool = False) -> bool:
    """An agenda item's title. A line standing alone as its own paragraph may be in sentence case
    ("Riverside car park charges"); a line inside running text must look like a heading."""
    t = _ICON.sub("", t).strip()
    if not t or len(t) > 140:
        return False
    if re.match(r"^(?:minutes|decision|resolved|agreed|present)\s*:?$", t, re.I):
        return False
    if alone and len(t.split()) <= 12 and not re.search(r"[.;,]$", t) and t[:1].isupper() and not re.search(r"[.!?]\s", t):
        return True
    return title_like(t) or (t.isupper() and len(t) > 3)


def _agenda_heads(lines: list[Line]) -> list[_Head]:
    """Where agenda items start in a whole-meeting document, with their number/minute and title."""
    heads: list[_Head] = []
    texts = [ln.text.strip() for ln in lines]
    n = len(texts)
    alone = [ln.para is not None and (k + 1 == n or lines[k + 1].para != ln.para)
             and (k == 0 or lines[k - 1].para != ln.para) for k, ln in enumerate(lines)]
    last_num = 0

    def nxt(i: int) -> str:
        return texts[i + 1] if i + 1 < n else ""

    i = 0
    while i < n:
        t = texts[i]
        # "Chairman's Announcements" + "(Item 2)"
        m = _ITEM_REF.match(nxt(i))
        if (m and heads and heads[-1].index == i - 1 and not heads[-1].by_ref and not _ITEM_REF.match(t)
                and not t.endswith(".")):
            # a numbered title wrapped over two lines, then "(Item N)"
            heads[-1].minute = heads[-1].number
            heads[-1].number = m.group("n")
            heads[-1].title = f"{heads[-1].title} {t}".strip()
            heads[-1].by_ref = True
            i += 2
            continue
        if m and (_is_item_title(t) or (len(t) < 140 and not t.endswith((".", ";", ",")))) and not _ITEM_REF.match(t):
            if m.group("n").isdigit():
                last_num = max(last_num, int(m.group("n")))
            mn = _NUM_TITLE.match(t)
            if mn:
                heads.append(_Head(i, m.group("n"), mn.group("n"), re.sub(r"^([A-Z]) (?=[a-z])", r"\1", mn.group("title").strip()), True))
            else:
                heads.append(_Head(i, m.group("n"), None, t, True))
            i += 2
            continue
        # "P/142" then the title
        m = _MINUTE_REF.match(t)
        if m and nxt(i) and len(nxt(i)) < 160:
            heads.append(_Head(i, None, m.group("n"), _ICON.sub("", nxt(i)).strip()))
            i += 2
            continue
        # "Minute 27 - Title"
        m = _MINUTE_WORD.match(t)
        if m and (not m.group("title") or _is_item_title(m.group("title"))) and re.search(r"\d", m.group("n")):
            heads.append(_Head(i, None, m.group("n"), m.group("title") or None))
            i += 1
            continue
        m = _ITEM_WORD.match(t)
        if m and _is_item_title(m.group("title")):
            heads.append(_Head(i, m.group("n"), None, m.group("title").strip()))
            i += 1
            continue
        # "1." alone then "APOLOGIES FOR ABSENCE"
        m = re.match(r"^(\d{1,4})\.?$", t)
        if m and _is_item_title(nxt(i)) and int(m.group(1)) > last_num - 2:
            last_num = int(m.group(1))
            heads.append(_Head(i, m.group(1), m.group(1), _ICON.sub("", nxt(i)).strip()))
            i += 2
            continue
        # "7-A 2019-6700" (US agenda numbering) then the title
        m = _US_ITEM.match(t)
        if m:
            heads.append(_Head(i, m.group("n"), None, nxt(i)[:140] or None))
            i += 1
            continue
        # "12. Highlands and Islands Regional Skills Investment Plan", "3.  To Approve/Sign the Minutes ..."
        m = _NUM_TITLE.match(t)
        if m and not re.match(r"^\d{1,4}\s*(?:%|am|pm|a\.m|p\.m)", t):
            num = int(re.match(r"\d+", m.group("n")).group(0))
            title = _ICON.sub("", m.group("title")).strip()
            head_title = title.split(":")[0] if ":" in title[:60] else title
            follows = nxt(i)
            if (_is_item_title(head_title, alone[i]) and (num > last_num or (num >= 20 and num > last_num - 5) or last_num == 0)
                    and not follows[:1].islower()):
                last_num = num
                heads.append(_Head(i, m.group("n"), m.group("n") if num >= 20 else None,
                                   re.sub(r"^([A-Z]) (?=[a-z])", r"\1", head_title.strip())))
                i += 1
                continue
        i += 1
    return heads


def _moderngov_single(texts: list[str]) -> bool:
    head = " ".join(texts[:6]).lower()
    return bool(re.search(r"issue - |^agenda item|decision details", head)) or any(_MG_MEETING.match(t) for t in texts[:10])


def segment(text: Text) -> Segmented:
    """A document's lines -> its kind, meta, meetings and agenda items."""
    lines = [ln for ln in text.lines if ln.text.strip()]
    kind = doc_kind(lines, text)
    m: Meta = read_meta(lines, kind, text.meta, text.title)
    committee, date, item, title = m.committee, m.date, m.item, m.title
    service = service_of(title) if kind in ("annual-report", "other", "agenda-item") else None
    if kind == "annual-report" and service is None:
        service = committee
    texts = [ln.text.strip() for ln in lines]
    parts: list[AgendaPart] = []
    if kind in ("minutes",) and not _moderngov_single(texts):
        heads = _agenda_heads(lines)
        if heads and heads[0].index > 0:
            parts.append(AgendaPart(None, None, None, lines[:heads[0].index]))
        for k, h in enumerate(heads):
            end = heads[k + 1].index if k + 1 < len(heads) else len(lines)
            parts.append(AgendaPart(h.number, h.minute, h.title, lines[h.index:end]))
    if not parts:
        parts = [AgendaPart(item, item, title if kind in ("issue-history", "agenda-item", "decision") else None, lines)]
    meeting = MeetingPart(committee, date, parts)
    meta = {"committee": committee, "date": date.isoformat() if date else None,
            "item": item if kind != "minutes" else None, "title": title}
    return Segmented(kind=kind, title=title, body=m.body, meetings=[meeting], meta=meta, service=service)
