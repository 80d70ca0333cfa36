"""Segment a document's lines into meetings and agenda items, and read what the document says about itself.

A clerk reading a set of minutes first finds the front matter (which body met, and when), then the agenda
items (a minute number and a title: "12. Riverside car park", "P/142", "Minute 27", "(Item 4)"), and only
then reads each item's text. This module does those first two steps; :mod:`ingest.classify` does the third.

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
from collections import Counter
from dataclasses import dataclass, field

from ingest.lines import Line, Text

try:  # the date reader is its own stage; without it, dates stay unknown rather than guessed
    from ingest.dates import parse_date as _parse_date
except ImportError:  # pragma: no cover - only while the module is being written
    _parse_date = None


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
_BODY_NOUNS = (r"(?:Committee|Sub-Committee|Panel|Board|Cabinet|Council|Forum|Executive|Authority|Group|"
               r"Commission|Partnership|Assembly|Meeting|Trust|Team|Service)")


def title_like(text: str) -> bool:
    """A heading rather than a sentence: short, no sentence end inside, most words capitalised or ALL CAPS."""
    t = text.strip().rstrip(":").strip()
    if not t or len(t) > 110 or re.search(r"[.!?]\s+[A-Z]", t) or t.endswith((".", ";", ",")):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z’'&-]*", t)
    if not words or len(words) > 16:
        return False
    if t.upper() == t and len(words) >= 1:
        return True
    small = {"and", "of", "the", "for", "to", "in", "on", "a", "an", "at", "by", "with", "from", "or", "&", "as",
             "into", "its", "their", "per", "vs", "via"}
    content = [w for w in words if w.lower() not in small]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    return caps / len(content) >= 0.6


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


# ---- dates in headers --------------------------------------------------------------------------------

_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
_WD = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
DATE_RE = re.compile(
    rf"(?:{_WD}(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MON}\.?,?\s+(?:19|20)\d\d"
    rf"|{_WD}{_MON}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    r"|\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b"
    r"|\b(?:19|20)\d\d-\d\d-\d\d\b)",
    re.I,
)


def find_date(text: str) -> dt.date | None:
    """The first full date written in ``text`` (day, month and year), or None."""
    if _parse_date is None or not text:
        return None
    for m in DATE_RE.finditer(text):
        s = m.group(0)
        if re.fullmatch(r"\d{1,2}/\d{1,2}/\d\d", s):  # 11/30/17: ambiguous short US/UK form
            mm, dd, yy = (int(x) for x in s.split("/"))
            if mm > 12:
                continue
        d = _parse_date(s)
        if d is None and re.search(r"\d{1,2}/\d{1,2}/", s):
            a, b, y = s.split("/")
            if int(b) > 12 >= int(a):  # US month/day/year
                d = _parse_date(f"{b}/{a}/{y}")
        if d is not None:
            return d
    return None


# ---- front matter: committee, date, item, title ---------------------------------------------------

_ICON = re.compile(r"\s*(?:pdf icon\s*)?(?:PDF|DOC|DOCX)\s+[\d.,]+\s*[KM]B\s*$|\s*pdf icon\s*$", re.I)
_MG_MEETING = re.compile(r"^Meeting:\s*(?P<date>\d{1,2}/\d{1,2}/\d{2,4})\s*[-–]\s*(?P<committee>.+?)\s*(?:\(Item\s*(?P<item>[\w./-]+)\))?\s*$", re.I)
_DECIDED_AT = re.compile(r"^Decided at meeting:\s*(?P<date>\d{1,2}/\d{1,2}/\d{2,4})\s*[-–]\s*(?P<committee>.+?)\s*$", re.I)
_DECISION_MAKER = re.compile(r"^Decision Maker:\s*(?P<committee>.+?)\s*$", re.I)
_DATE_OF_DECISION = re.compile(r"^Date of decision:\s*(?P<date>.+?)\s*$", re.I)
_MINUTES_OF = re.compile(
    r"\bMINUTES\s+of\s+(?:a|the)\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?(?P<committee>.+?)\s+"
    r"(?:held|at|in|on)\b", re.I)
_MINUTES_OF_BODY_MEETING = re.compile(r"^Minutes\s+of\s+(?:the\s+)?(?P<committee>.+?)\s+(?:Meeting|meeting)\b", re.I)
_MINUTES_HELD = re.compile(r"^(?:the\s+)?minutes\s+of\s+(?:a|the)\s+(?:\w+\s+)?meeting\s+held\b", re.I)
_MEETING_OF = re.compile(r"^(?:(?:regular|special|annual|extraordinary|ordinary|adjourned)\s+)?meeting\s+of\s+(?:the\s*)?(?P<rest>.*)$", re.I)
_AGENDA_FOR = re.compile(r"^Agenda\s+(?:and minutes\s+)?for\s+(?P<committee>.+?)\s+on\s+(?P<date>.+)$", re.I)
_NAME_DASH_DATE = re.compile(r"^(?P<committee>[A-Z][^–\-]{2,90}?)\s+[-–]\s+(?P<date>" + DATE_RE.pattern + r").*$", re.I)
_ISSUE_DECISION_LINE = re.compile(r"^(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*(?P<title>.+)$")
_BODY_RESOLVED = re.compile(
    r"^(?:The[ \t]+)?(?P<body>(?:[A-Z][\w’'&-]*[ \t]+){0,6}?" + _BODY_NOUNS + r")[ \t]+(?:unanimously[ \t]+)?(?:resolved|RESOLVED|agreed|AGREED|decided)\b", re.M)
# "overview and scrutiny committee recommends that ..." (a body named in lower case as the subject of a decision)
_BODY_DECIDES_LOWER = re.compile(
    r"(?<![\w’'-])(?P<body>(?:[a-z][\w’'-]*[ \t]+){1,4}?(?:committee|panel|board|forum))[ \t]+"
    r"(?:unanimously[ \t]+)?(?:recommends|resolved|RESOLVED|agreed|decided)\b")
_NAMED_BODY = re.compile(
    r"(?<![\w’'])(?P<name>(?:(?:[A-Z][\w’'&-]*|&|and|of|for|the)[ \t]+){0,8}?(?:[A-Z][\w’'&-]*[ \t]+)"
    r"(?:Committee|Sub-Committee|Panel|Board|Cabinet|Forum|Executive|Authority|Commission|Partnership Board|Council))(?![\w-])"
    r"(?![ \t]+(?:Director|Member|Members|Officer|Head|Lead|Leader|Manager|Chair|Chairman|Support|Report|Papers)\b)")
_GENERIC_SUBJECT = re.compile(
    r"(?:^|(?<=[.:;!?]\s)|(?<=\bthen\s)|(?<=\balso\s))(?:The|the)\s+(?P<noun>(?i:Committee|Panel|Board|Cabinet|Forum|Executive|Commission|Council|Authority))\s+"
    r"(?:considered|noted|agreed|resolved|RESOLVED|received|discussed|welcomed|supported|asked|requested|NOTED|heard|was|were|recommends|recommended)\b")


def _clean_committee(s: str | None) -> str | None:
    if not s:
        return None
    s = re.sub(r"\s+", " ", s).strip(" .,:;-–")
    s = re.sub(r"\s*\((?:Item|Minute).*$", "", s, flags=re.I)
    s = re.sub(r"\s+(?:Meeting|Minutes|Meeting Minutes)$", "", s, flags=re.I)
    s = re.sub(r"^(?:(?:Report\s+)?To|From|Meeting|Committee)\s*:\s*", "", s, flags=re.I)
    s = re.sub(r"^(?:the|a)\s+", "", s, flags=re.I)
    if not s or len(s) > 120 or (not s[:1].isupper() and not re.search(_BODY_NOUNS + "$", s, re.I)) or _generic_only(s) or re.fullmatch(r"(?:the|a|an|of|and|for)", s, re.I):
        return None
    if s.isupper():
        s = " ".join(w if len(w) <= 3 and w in {"AND", "OF", "FOR", "THE", "&"} and False else w.capitalize() for w in s.split())
        s = re.sub(r"\b(And|Of|For|The|On|In)\b", lambda m: m.group(0).lower(), s)
        s = s[0].upper() + s[1:]
    return s


def _generic_only(name: str) -> bool:
    """"Committee", "the Panel": a body noun with no name."""
    return bool(re.fullmatch(r"(?:the\s+)?(?:committee|panel|board|council|forum|group|meeting|commission|authority)", name.strip(), re.I))


def _date_iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


@dataclass
class _Front:
    committee: str | None = None
    date: dt.date | None = None
    item: str | None = None
    title: str | None = None
    body: str | None = None


def _front_matter(lines: list[Line], kind_hint: str) -> _Front:
    """Committee, meeting date, item and title from the headers a document prints (ModernGov pages, minutes
    front pages, decision pages). Only what is written; no inference from the running text."""
    f = _Front()
    texts = [ln.text.strip() for ln in lines if ln.text.strip()]
    head = texts[:40]
    # ModernGov issue history: "Meeting: 13/09/2016 - X Panel (Item 40)"
    for i, t in enumerate(texts):
        m = _MG_MEETING.match(t)
        if m:
            f.committee = f.committee or _clean_committee(m.group("committee"))
            f.date = f.date or find_date(m.group("date"))
            f.item = f.item or m.group("item")
            if m.group("item"):
                for nxt in texts[i + 1:i + 4]:
                    mm = re.match(rf"^{re.escape(m.group('item'))}\.?\s+(?P<title>.+)$", nxt)
                    if mm:
                        f.title = _ICON.sub("", mm.group("title")).strip()
                        break
            break
    for t in texts:
        m = _DECIDED_AT.match(t)
        if m:
            f.committee = f.committee or _clean_committee(m.group("committee"))
            f.date = f.date or find_date(m.group("date"))
    for t in texts[:60]:
        m = _DECISION_MAKER.match(t)
        if m and not f.committee:
            f.committee = _clean_committee(m.group("committee"))
        m = _DATE_OF_DECISION.match(t)
        if m and not f.date:
            f.date = find_date(m.group("date"))
    # "Issue - decisions" pages: "18/09/2019 - 2019/20 Budget Monitoring ..."
    for t in head[:8]:
        m = _ISSUE_DECISION_LINE.match(t)
        if m and not f.date:
            f.date = find_date(m.group("date"))
            f.title = f.title or m.group("title").strip()
    # minutes front page: "MINUTES of a meeting of the Cabinet held in ... on Thursday, 9 January 2025."
    joined = " ".join(head[:25])
    m = None
    for k, t in enumerate(head[:25]):
        if re.match(r"^MINUTES\s+of\b", t, re.I):
            m = _MINUTES_OF.match(" ".join(head[k:k + 4]))
            if m:
                joined = " ".join(head[k:k + 6])
                break
    if m and not f.committee:
        name = m.group("committee")
        if len(name.split()) <= 12 and not _generic_only(name):
            f.committee = _clean_committee(name)
        tail = joined[m.end():m.end() + 250]
        f.date = f.date or find_date(tail)
    # "PLACE AND ENVIRONMENT OVERVIEW AND SCRUTINY COMMITTEE" above "Minutes of a meeting held on 5 November 2024"
    for k, t in enumerate(head[:15]):
        if _MINUTES_HELD.match(t):
            f.date = f.date or find_date(" ".join(head[k:k + 2]))
            for prev in reversed(head[max(0, k - 3):k]):
                if not f.committee and title_like(prev) and re.search(_BODY_NOUNS + r"$", prev, re.I):
                    f.committee = _clean_committee(prev)
                    break
            break
    for i, t in enumerate(head):
        if not f.committee:
            m = _MINUTES_OF_BODY_MEETING.match(t)
            if (m and len(m.group("committee").split()) <= 10
                    and not re.match(r"^(?:the\s+)?(?:previous|last|this|that|a|an|each|every)\b", m.group("committee"), re.I)):
                f.committee = _clean_committee(m.group("committee"))
                f.date = f.date or find_date(" ".join(head[i:i + 3]))
        m = _AGENDA_FOR.match(t)
        if m:
            f.committee = f.committee or _clean_committee(m.group("committee"))
            f.date = f.date or find_date(m.group("date"))
            f.title = f.title or t
        m = _NAME_DASH_DATE.match(t)
        if m and not t.lower().startswith(("meeting:", "decided", "date")):
            name = _clean_committee(m.group("committee"))
            if name and not re.match(r"^(?:minutes|agenda|date|time)\b", name, re.I):
                f.committee = f.committee or name
                f.date = f.date or find_date(m.group("date"))
                f.title = f.title or t
        m = _MEETING_OF.match(t)
        if m:
            rest = m.group("rest").strip()
            if not rest and i + 1 < len(head):
                rest = head[i + 1]
            name = _clean_committee(rest)
            if name and not f.committee and len(name.split()) <= 10:
                f.committee = name
            if not f.date:
                f.date = find_date(" ".join(head[i:i + 4]))
    # "Date: 12 February 2014" with the body's name on the line before; or a body name followed by a date line
    for i, t in enumerate(head):
        d = None
        md = re.match(r"^(?:Date(?: of meeting)?\s*:\s*)(?P<d>.+)$", t, re.I)
        if md:
            d = find_date(md.group("d"))
        elif DATE_RE.match(t) and len(t) < 60:
            d = find_date(t)
        if d is None:
            continue
        if not f.date:
            f.date = d
        if not f.committee and i > 0:
            prev = head[i - 1]
            if re.search(r"^Minutes\b", prev, re.I) and i > 1 and len(prev.split()) <= 2:
                prev = head[i - 2]
            generic = re.match(r"^(?P<g>Commission|Board|Committee|Council|Panel)\s+(?:Meeting\s+)?Minutes$", prev, re.I)
            if generic and i > 1:
                prev = f"{head[i - 2]} {generic.group('g')}"
            if re.search(_BODY_NOUNS + r"(?:\s+Meeting)?$", prev, re.I) or (generic is not None):
                f.committee = _clean_committee(prev)
    if f.date is None:
        for t in head[:8]:
            if (len(t) < 100 and re.search(r"\b(?:minutes|meeting|held|date)\b", t, re.I)
                    and not re.search(r"\b(?:last|previous|earlier)\b|^to\s", t, re.I)):
                d = find_date(t)
                if d:
                    f.date = d
                    break
    if f.committee is None:
        # "<Body> Meeting Minutes" / "Commission Meeting Minutes" under the organisation's name
        for i, t in enumerate(head[:6]):
            generic = re.match(r"^(?P<g>Commission|Board|Committee|Council|Panel)\s+Meeting\s+Minutes$", t, re.I)
            if generic and i > 0:
                f.committee = _clean_committee(f"{head[i - 1]} {generic.group('g')}")
                break
            m = re.match(r"^(?P<name>.+?)\s+(?:Meeting\s+)?Minutes$", t)
            if m and re.search(_BODY_NOUNS + "$", m.group("name")) and len(m.group("name").split()) > 1:
                f.committee = _clean_committee(m.group("name"))
                break
    # decision records: the decision maker and number
    if f.item is None:
        for i, t in enumerate(head):
            m = re.search(r"DECISION (?:NUMBER|NO\.?|REFERENCE)\s*:?\s*(?P<n>\d{2}/\d{3,6})?", t, re.I)
            if m:
                n = m.group("n")
                if not n:
                    for nxt in head[i + 1:i + 3]:
                        mm = re.match(r"^(\d{2}/\d{3,6})$", nxt)
                        if mm:
                            n = mm.group(1)
                            break
                f.item = n
                break
    if f.committee is None:
        for t in head:
            m = re.search(r"DECISION TO BE TAKEN BY|Decision taken by", t, re.I)
            if m:
                j = texts.index(t)
                window = " ".join(texts[j:j + 5])
                mm = re.search(r"(Cabinet Member for [A-Z][\w’'&,\- ]+?(?:Services|Service|Portfolio)?)(?=\s+For publication|\s+Key decision|$|\s{2}|\s+[A-Z]{3,}\b)", window)
                if mm:
                    f.committee = mm.group(1).strip()
                break
    if kind_hint == "decision" and f.date is None:
        # a signed record of decision: the date written above "signed date"
        for i, t in enumerate(texts):
            if re.search(r"\bsigned\b.*\bdate\b", t, re.I):
                for back in reversed(texts[max(0, i - 3):i]):
                    d = find_date(back)
                    if d:
                        f.date = d
                        break
    # the council: "KENT COUNTY COUNCIL", "Borough of Wexcombe"
    for t in head[:6]:
        m = re.search(r"\b((?:[A-Z][\w’'-]*\s+){1,4}(?:County|Borough|District|City|Parish|Town|Metropolitan)\s+Council|"
                      r"(?:Borough|City|County) of [A-Z]\w+)\b", t, re.I)
        if m:
            f.body = _clean_committee(m.group(1))
            break
    return f


def infer_committee(lines: list[Line]) -> str | None:
    """The body whose record this is, when no header names it, read only from strong evidence:

    * ``body-decides``: a named body is the subject of a decision ("The Audit Committee RESOLVED",
      "Cabinet resolved to:", "The Schools Forum agreed");
    * ``generic-subject-named-once``: the text makes "The Panel" the subject of its business ("The Panel
      considered ...", "The Cabinet agreed ...") and names exactly one body of that kind ("the Corporate
      Parenting Panel"); two different panels named and it is None.

    A body that is only mentioned ("the recommendations of the Scrutiny Panel") is never taken."""
    text = "\n".join(ln.text for ln in lines)
    deciding = Counter()
    for rx in (_BODY_RESOLVED, _BODY_DECIDES_LOWER):
        for m in rx.finditer(text):
            name = _named(m.group("body"))
            if name:
                deciding[name] += 1
    if deciding:
        return _clean_committee(deciding.most_common(1)[0][0])
    named: dict[str, set[str]] = {}
    for m in _NAMED_BODY.finditer(text):
        name = _named(m.group("name"))
        if name:
            named.setdefault(name.split()[-1].lower(), set()).add(name)
    generic = Counter(m.group("noun").lower() for m in _GENERIC_SUBJECT.finditer(text))
    for noun, _ in generic.most_common():
        names = {n.lower(): n for n in named.get(noun, ())}
        if len(names) == 1:
            return _clean_committee(next(iter(names.values())))
    return None


_HEADING_BODY = re.compile(
    r"^(?:The\s+)?(?P<name>[A-Z][\w&’'\- ]{2,90}?\s(?:Board|Partnership|Panel|Committee|Commission|Forum))(?:’s|'s)?$")


def heading_body(lines: list[Line]) -> str | None:
    """The body a report names in its own headings ("Kent & Medway Civilian-Military Partnership" + "Board"
    printed as a heading; "X Board's" above "Strategic Aims"): the body whose report it is. None if no heading
    names a body."""
    heads: list[str] = []
    prev: Line | None = None
    for ln in lines:
        if ln.heading and ln.cells is None:
            joined = (prev is not None and prev.heading and prev.page == ln.page and ln.line == prev.line + 1)
            if joined and heads:
                heads[-1] = f"{heads[-1]} {ln.text.strip()}"
            else:
                heads.append(ln.text.strip())
        prev = ln
    for h in heads:
        m = _HEADING_BODY.match(h)
        if m and len(m.group("name").split()) >= 2:
            return _clean_committee(m.group("name"))
    return None


def _named(name: str) -> str | None:
    """A body's proper name ("Corporate Parenting Panel", "Cabinet"), or None for "the Panel", "This Committee"."""
    name = re.sub(r"^(?:(?:Members?|Chair(?:man)?|Vice-Chair(?:man)?|Clerk)\s+of\s+)", "", name.strip())
    name = re.sub(r"^(?:(?:the|and|of|for|&)\s+)+", "", name, flags=re.I).strip()
    name = re.sub(r"’s?$|'s?$", "", name)
    if len(name.split()) < 2 and name.lower() not in ("cabinet", "executive"):
        return None
    if re.match(r"^(?:This|That|Our|Its|Their|A|An|Each|Every|Any|All|Local|Previous|Next|Full|New|Whole|Same)\s", name, re.I):
        return None
    return name


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
    front = _front_matter(lines, kind)
    meta_in = text.meta or {}
    committee = meta_in.get("committee") or front.committee
    date = None
    if meta_in.get("date"):
        try:
            date = dt.date.fromisoformat(str(meta_in["date"])[:10])
        except ValueError:
            date = None
    date = date or front.date
    item = meta_in.get("item") or front.item
    title = meta_in.get("title") or front.title or _title_of(lines, text, kind)
    if committee is None:
        committee = infer_committee(lines)
    if committee is None and kind == "annual-report":
        committee = heading_body(lines)
    service = _service_of(title, lines) if kind in ("annual-report", "other", "agenda-item") else None
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
    meta = {"committee": committee, "date": _date_iso(date), "item": item if kind != "minutes" else None,
            "title": title}
    return Segmented(kind=kind, title=title, body=front.body, meetings=[meeting], meta=meta, service=service)


def _title_of(lines: list[Line], text: Text, kind: str) -> str | None:
    texts = [ln.text.strip() for ln in lines]
    # markdown front matter: title: "..."
    for t in texts[:8]:
        m = re.match(r'^title:\s*["\']?(.+?)["\']?\s*$', t)
        if m:
            return m.group(1)
    for i, t in enumerate(texts[:6]):
        if re.match(r"^(?:Agenda item|Decision details|Issue - meetings|Issue - decisions)$", t, re.I):
            for nxt in texts[i + 1:i + 3]:
                if nxt.lower() not in ("agenda item", "issue - meetings") and len(nxt) < 250:
                    return _ICON.sub("", nxt).strip()
    if text.title:
        return text.title
    if kind == "annual-report":
        head = []
        for t in texts[:6]:
            if len(t) > 90 or t.lower().startswith(("table of contents", "contents")):
                break
            head.append(t)
        return " ".join(head) or None
    for t in texts[:3]:
        if 3 < len(t) < 200 and not t.startswith("---") and not re.match(r"^[\w ]{3,30}:\s", t) and t != "Minutes:":
            return re.sub(r"^\d+\s+", "", _ICON.sub("", t.lstrip("·• ")).strip()) if kind != "minutes" else _ICON.sub("", t.lstrip("·• ")).strip()
    return None


def _service_of(title: str | None, lines: list[Line]) -> str | None:
    """The service whose report this is: "Safeguarding and Quality Assurance Service Annual Report" ->
    "Safeguarding and Quality Assurance Service"."""
    if not title:
        return None
    t = re.sub(r"\s+", " ", title)
    m = re.search(r"(?:^|\b)(?P<svc>(?:[A-Z][\w’'&-]*\s+(?:and\s+|&\s+|of\s+|for\s+)?){1,8}?(?:Service|Services|Team|Board|Partnership|Panel|Committee|Unit|Department|Directorate))\s+Annual Report", t)
    if m:
        return m.group("svc").strip()
    m = re.search(r"Annual Report of the (?P<svc>[A-Z][\w’'& -]+?(?:Service|Services|Team|Board|Committee|Panel))\b", t)
    if m:
        return m.group("svc").strip()
    return None
