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
from dataclasses import dataclass, field, replace

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
_PAGE_NUMBER = re.compile(r"^(?:page \d+(?: of \d+)?|\d+ of \d+|- ?\d+ ?-|\d{1,3})$", re.I)
_PAGE_OF = re.compile(r"\bpage \d+ of \d+$", re.I)
_EDGE = 3
"""How many lines from the top or bottom of a page a running header, footer or page number may stand."""


def _furniture(lines: list[Line], whole: bool = False) -> set[int]:
    """Indices of PDF page furniture among ``lines``: page numbers and running headers/footers.

    The PDF reader removes these by their place on the page (:func:`ingest.read_pdf._drop_running`); this
    pass only catches what a reader without geometry leaves (OCR text, lines built by hand), and it is
    conservative, because minutes repeat real text from page to page (a motion quoted again in each
    amendment, "Amendment lost.", "(Item 4)"):

    * only a page's first or last few lines can be furniture: a page number ("3", "Page 3 of 9", "- 3 -"),
      or a line repeated at the same edge of most pages, with exactly the same text or ending in the
      page's own number ("Planning Committee 3 March 2025 - 7" on page 7);
    * a repeated line that ends a sentence, starts with a list label or is an item reference ("(Item 4)",
      "Minute 12") is text, never furniture.

    ``whole`` says ``lines`` are a whole document, so the last lines of its last page are a page's bottom;
    for a part of one (an agenda item) a page is only known to end where the part runs on to the next page.
    """
    by_page: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.page is not None and ln.text.strip():
            by_page.setdefault(ln.page, []).append(i)
    # a text copy of a printed document keeps its page marks as lines of their own ("Page 7", a footer
    # "Planning Committee - 30.09.25      Page 2 of 3"): they are furniture wherever they stand
    loose = {i for i, ln in enumerate(lines) if ln.page is None and len(ln.text) < 120
             and (re.fullmatch(r"page \d+(?: of \d+)?", ln.text.strip(), re.I) or _PAGE_OF.search(ln.text.strip()))}
    loose |= _around_page_marks(lines, loose)
    # a rule drawn with dashes or underscores in a text copy ("-------", "______   ______" above signatures)
    loose |= {i for i, ln in enumerate(lines) if ln.page is None and ln.cells is None and _RULE_LINE.match(ln.text.strip())}
    if not by_page:
        return loose
    pages = sorted(by_page)
    edge: dict[int, tuple[str, int]] = {}      # index -> (top/bottom, rank from that edge)
    for pg in pages:
        idx = by_page[pg]
        for rank, i in enumerate(idx[:_EDGE]):
            if whole or lines[i].line <= _EDGE:
                edge.setdefault(i, ("t", rank))
        if whole or pg != pages[-1]:
            for rank, i in enumerate(reversed(idx[-_EDGE:])):
                edge.setdefault(i, ("b", rank))
    drop = {i for i in edge if _PAGE_NUMBER.match(lines[i].text.strip())}
    drop |= {i for i, ln in enumerate(lines) if ln.page is not None and _PAGE_OF.search(ln.text.strip())
             and len(ln.text) < 120}
    if len(pages) >= 3:
        seen: dict[tuple, set[int]] = {}
        for i, (where, rank) in edge.items():
            t = lines[i].text.strip()
            if len(t) >= 120 or re.search(r"[.;:,]['’\"”)]*$", t) or parse_label(t)[0] is not None:
                continue
            seen.setdefault((where, rank, t.lower()), set()).add(i)
            if _ITEM_REF.match(t) or _ITEM_WORD.match(t) or _MINUTE_WORD.match(t):
                continue
            m = re.search(r"(?:^|\D)(\d{1,4})$", t)
            if m and int(m.group(1)) == lines[i].page:
                # a page number closing a running line: "Licensing Committee - 12 May 2025 - 7" on page 7
                seen.setdefault((where, rank, t[:m.start(1)].lower()), set()).add(i)
        need = max(3, -(-len(pages) // 2))
        for key, idx in seen.items():
            if len({lines[i].page for i in idx}) >= need:
                drop |= idx
    return drop | loose


_RULE_LINE = re.compile(r"^[-_=~*─━·.]{5,}(?:\s+[-_=~*─━·.]{5,})*$")
_DATE_ONLY = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}$|"
                        r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$|^[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}$")


def _around_page_marks(lines: list[Line], marks: set[int]) -> set[int]:
    """The running header or footer printed with a page mark in a text copy of a printed document: the rules, the
    date and the lines repeating the document's own heading right next to "Page 3", in its paragraph."""
    if not marks:
        return set()
    top = {re.sub(r"\s+", " ", ln.text).strip().lower() for ln in lines[:min(12, min(marks))] if ln.text.strip()}
    out: set[int] = set()
    for i in marks:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= 4 and lines[j].para == lines[i].para and lines[j].page is None:
                t = re.sub(r"\s+", " ", lines[j].text).strip()
                if not (_RULE_LINE.match(t) or _DATE_ONLY.match(t) or (t.lower() in top and len(t) < 80 and title_like(t))
                        or (j in marks)):
                    break
                out.add(j)
                j += step
    return out


def _drop_furniture(lines: list[Line], whole: bool = False) -> list[Line]:
    """``lines`` without their page furniture (see :func:`_furniture`)."""
    drop = _furniture(lines, whole)
    return [ln for i, ln in enumerate(lines) if i not in drop] if drop else lines


def _is_heading_line(ln: Line, t: str, cur: "Block | None", wide: int) -> bool:
    """A reader's heading hint, trusted as given for HTML/DOCX; for a PDF (where bold words inside a paragraph
    are flagged too) only a heading-like line that follows the end of a paragraph."""
    if ln.page is None:
        return True
    if t[:1].islower() or (not title_like(t) and (len(t.split()) > 10 or _TERMINAL.search(t))):
        return False  # a sentence-case heading ("Looking ahead: our priorities for 2026/27") is short and unpunctuated
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

_MINUTES_HEAD = re.compile(
    r"(?P<pre>^.*?)(?:\b(?:minutes|notes) of (?:a |an |the )?(?:[\w-]+ )?meeting\b|\bmeeting (?:minutes|notes)\b)|"
    r"^\s*(?:draft |action |approved |confirmed |unconfirmed |signed )?minutes\b(?!\s*:)(?!\s*\((?:pages?|p\.))",
    re.M | re.I)
"""A heading that says the document is the record of a meeting: "Minutes of a meeting of ...", "MINUTES",
"Action Minutes", "Minutes from Monday ...", "Partnership Board - Notes of Meeting"; not "Minutes:" (the
minutes field of a ModernGov item page) nor an agenda's "Minutes (Pages 1 - 6)"."""


def _minutes_heading(texts: list[str]) -> bool:
    """One of the first lines is a minutes heading; "To confirm the minutes of the meeting held on ..." (a
    sentence about other minutes) is not: the words before the phrase must be a name, not a sentence."""
    for t in texts:
        for m in _MINUTES_HEAD.finditer(t):
            pre = m.group("pre")
            if pre is None or not (re.search(r"(?:^|\s)[a-z]", pre) or re.search(r"\bthe\s*$", pre, re.I)):
                return True
    return False


_REPORT_HEAD = re.compile(
    r"^\s*(?:report (?:of|to|by|from)\b|report author\b|purpose of (?:the |this )?report\b|"
    r"(?:by|from|to|subject|summary|recommendations?)\s*:)", re.I | re.M)
"""Front matter of a report to a meeting: "By: ... / To: Cabinet - 4 March 2025 / Subject: ...",
"Report of the Director of Place", "Purpose of report"."""


def doc_kind(lines: list[Line], text: Text) -> str:
    """What the document is, from its heading first (see :data:`arising.model.DOC_KINDS`): minutes, a
    ModernGov agenda-item / issue / decision page, a record of decision, an annual report, an action log,
    or "other" (a report to a meeting, an agenda, a letter). Mentions further down (a report that quotes
    a "record of decision") do not change what the document says it is at the top."""
    texts = [ln.text.strip() for ln in lines[:60]]
    head = " \n ".join(texts[:12]).lower()
    allt = " \n ".join(ln.text for ln in lines).lower()
    # minutes that end with an action list are still minutes: their heading says so
    minutes_head = _minutes_heading(texts[:12])
    if not minutes_head and any(ln.cells and re.search(r"\baction", " ".join(ln.cells), re.I) and
           re.search(r"\b(who|owner|lead|responsib|by whom)", " ".join(ln.cells), re.I) for ln in lines[:80]):
        return "action-log"
    if re.search(r"issue - (meetings|items at meetings|decisions)|^issue history", head):
        return "issue-history"
    # a report to a meeting (its front matter says whom it is by, to, and about) is not a decision record,
    # whatever earlier decisions it quotes
    report = (len(_REPORT_HEAD.findall(" \n ".join(texts[:10]))) >= 2 and not minutes_head
              and not re.search(r"record of decision|decision details|decision notice", " ".join(texts[:3]), re.I))
    if report:
        if re.search(r"annual report|work programme|priorities for", head):
            return "annual-report"
        return "other"
    if re.search(r"record of decision|decision details|decision maker:|reasons? for decisions?:|"
                 r"other options considered and rejected|decision to be taken by", allt):
        if not re.search(r"\bminutes:|minutes of (a|the) meeting", allt):
            return "decision"
    if re.search(r"^\s*agenda item\s*$", head, re.M):
        return "agenda-item"
    if minutes_head or re.search(r"agenda and minutes|agenda, decisions and (draft )?minutes|"
                                 r"agendas, reports and minutes|\bdraft minutes|meeting details", head, re.M):
        return "minutes"
    if re.search(r"^\s*minutes:", allt, re.M):
        return "agenda-item"
    # "3  ANNUAL REPORT ON MEMBER CONDUCT COMPLAINTS": a numbered item about a report, not the document's title
    # and "The Officer presented the annual report." is a sentence about one, not a title
    own_head = " \n ".join(t for t in texts[:12] if not re.match(r"^\d{1,3}[.)]?\s+\S", t)
                           and not (t.endswith(".") or re.search(r"[.!?]\s+[A-Z]", t))).lower()
    if re.search(r"annual report|work programme|priorities for", own_head) and not re.search(r"^minutes", allt, re.M):
        return "annual-report"
    if re.search(r"\bresolved\b|\bagreed\b", allt) and re.search(r"\bminutes\b|\bapologies\b", allt):
        return "minutes"
    return "other"


# ---- agenda items ------------------------------------------------------------------------------------

_ITEM_REF = re.compile(r"^\(?Item\s+(?P<n>[\w./-]+)\)?$", re.I)
_MINUTE_REF = re.compile(r"^(?P<n>[A-Z]{1,6}/\d{1,4}(?:/\d{1,4})?)$")
_MINUTE_REF_TITLE = re.compile(r"^(?P<n>[A-Z]{1,6}/?\d{1,4}/\d{2,4}|[A-Z]{1,6}/\d{1,4}|[A-Z]{1,4}\.\d{1,4}(?![\d.]))\s*[-–:.]?\s+"
                               r"(?P<title>(?:[A-Z]|\d{2,4}/\d{3,6}/[A-Z]{2,6}\b|[A-Z]{1,4}/\d{2,4}/\d{3,6}\b).{2,})$")
"""A minute reference and its title on one line: "CS14/24 Apologies", "PL/64 24/00942/OUT – Land at Mill Lane"
(a planning application's number opens its title)."""
_YEAR_REF_TITLE = re.compile(r"^(?P<n>(?P<a>\d{1,3})/(?P<b>\d{2,3}))(?![\d/])\s*[-–:.]?\s+(?P<title>[A-Z].{2,})$")
"""A minute numbered within its year: "25/041 Apologies for absence" (a parish's year/number), "26/25 MATTERS
ARISING" (number/year). Read only where the year part recurs on another such line (see :func:`_year_refs`)."""


def _year_refs(texts: list[str]) -> set[int]:
    """Lines numbered "N/YY" or "YY/NNN" whose year part recurs: at least two in the document share it."""
    found: dict[tuple[str, str], list[int]] = {}
    for k, t in enumerate(texts):
        m = _YEAR_REF_TITLE.match(t)
        if m:
            a, b = m.group("a"), m.group("b")
            key = ("year-first", a) if len(b) == 3 else ("year-last", b)
            found.setdefault(key, []).append(k)
    return {k for ks in found.values() if len(ks) >= 2 for k in ks}


_MINUTE_WORD = re.compile(r"^(?:Minute|Min\.?)\s+(?:No\.?\s*)?(?P<n>[\w/.-]+)\s*[-–:.]?\s*(?P<title>.*)$", re.I)
_ITEM_WORD = re.compile(r"^Item\s+(?P<n>\d+[\w.]*)\s*[-–:.]\s*(?P<title>.+)$", re.I)
_NUM_TITLE = re.compile(r"^(?P<n>\d{1,4}(?:-[A-Z])?)[.)]?\s+(?P<title>.+)$")
_US_ITEM = re.compile(r"^(?P<n>\d{1,2}-[A-Z])\s+\S+")
_CAPS_RUN = re.compile(
    r"^(?P<title>[A-Z0-9(][A-Z0-9’'&,/().:–—-]*(?:\s+[A-Z0-9(&–—-][A-Z0-9’'&,/().:–—-]*)+?)"
    r"\s+(?P<rest>[A-Z][a-z][\w’'-]*(?:\s+\S+){2,})$")
"""An item heading in capitals run into its first sentence on one line ("34. BUDGET MONITORING – QUARTER 1 The
Director presented the report ..."): the capitals are the title, the sentence is the item's text."""


_SENTENCE_OPENER = re.compile(
    r"\s(?=(?:The|A|An|Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr|Members|Officers|It|This|There|Following)\s+"
    r"(?:[A-Z][\w’'-]*\s+){0,4}[a-z]{3,}\b[^.]*\.)")


def _run_in_title(title: str) -> str | None:
    """The heading at the start of a line that runs on into a sentence, or None: in capitals ("BUDGET
    MONITORING The Director ..."), or in title case up to the sentence's opening word ("Internal Audit
    Progress Report 2025/26 The Chief Internal Auditor introduced the report.")."""
    m = _CAPS_RUN.match(title)
    if not m:
        for o in _SENTENCE_OPENER.finditer(title):
            head = title[:o.start()].strip(" -–—:")
            if 2 <= len(head.split()) <= 14 and title_like(head) and not re.search(r"[.;:!?]$", head) \
                    and not re.match(r"(?:resolved|agreed|decision|decided|action|noted|recommend|that|to)\b", head, re.I):
                return head
            break
        return None
    head = m.group("title").strip(" -–—:")
    words = re.findall(r"[A-Z]{2,}", head)
    if len(words) < 2 or re.match(r"(?:RESOLVED|AGREED|DECISION|DECIDED|ACTION|NOTED|RECOMMEND)", head):
        return None
    return head
_SUB_ITEM = re.compile(r"^(?P<n>(?P<top>\d{1,3})[A-Z])[.)]\s+(?P<title>[A-Z].+)$")
"""A lettered sub-item of a numbered item: "5A. Approve Meeting Minutes" under "5. Consent Calendar"."""
_PARAGRAPH_NO = re.compile(r"^\(\*?(?P<n>\d{2}-\d{3,4}(?:\s?[A-Z])?)(?:\s+[^()]{1,40})?\)\s+(?P<title>\S.*)$")
"""A US council's paragraph number, its item number: "(13-525) Presentation on ...", "(*13-529) Minutes of ...",
"(13-521 CC/13-021 SACIC) Summary: ..." (an asterisk marks an item passed on consent)."""
_OUTCOME_FIELD = re.compile(r"^(?:ACTION|MOTION|VOTE|DISPOSITION|ACTION TAKEN|BOARD ACTION|COUNCIL ACTION)\s*:")
"""A US action record's outcome lines under each numbered item: "ACTION: Approved.", "MOTION: Walters / ..."."""
_LISTING_HEADER = re.compile(r"^\|?\s*No\.?\s*\|?\s*Item\s*\|?$", re.I)
"""The column header of a ModernGov meeting page's item list ("No. Item", "| No. | Item |")."""
_GLUED_ROW = re.compile(r"^(?P<title>[A-Z][^:|]{2,140}?)\s+(?:Additional documents:\s*)?Minutes:\s*(?P<rest>.*)$")
"""A ModernGov item-list row flattened onto one line: "Apologies for Absence Minutes: Apologies were received ..."."""


_DATE_FIRST = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b", re.I)
"""A line that starts with a date ("30 May 2018 - 10:00 to 11:30"), not with an item number."""
_RUNS_ON = re.compile(r"(?:[,(–-]|\b(?:the|a|an|of|and|or|to|for|in|on|by|with|at|from))$")
"""The end of a line whose sentence runs on to the next."""


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

    def _title_start(i: int, floor: int) -> int:
        """The first line of a title that ends at line ``i`` (just above its "(Item N)"): the lines above
        belong to it while none ends a sentence and they are its numbered first line ("288. Minutes of the
        meetings held on ..." / "and, if in order, approved") or a heading in the same type."""
        first = i
        for _ in range(3):
            if re.match(r"^\d{1,4}[.)]?\s", texts[first]) or first - 1 <= floor:
                break
            prev = texts[first - 1]
            if _TERMINAL.search(prev) or _ITEM_REF.match(prev) or lines[first - 1].cells is not None:
                break
            if re.match(r"^\d{1,4}[.)]?\s", prev) and not _runs_on(first - 1, re.match(r"\d+", prev).group(0)):
                first -= 1
                break
            if lines[first - 1].heading and prev.isupper() == texts[first].isupper():
                first -= 1
                continue
            break
        return first

    def _runs_on(i: int, num: str) -> bool:
        """A number starting line ``i`` is the text of a sentence wrapped onto it, not an item number: a
        year ("1997 Uniform Housing Code") or any number with no "." or ")" after it, when the line before
        ends mid-sentence ("... the" / "... Code," / "... of the")."""
        delimited = texts[i][len(num):len(num) + 1] in (".", ")")
        if not delimited and len(num) == 4 and not (
                heads and heads[-1].number and heads[-1].number.isdigit() and int(num) == int(heads[-1].number) + 1):
            return True          # a year, unless it is the next number of a four-digit sequence
        if i == 0 or lines[i - 1].cells is not None:
            return False
        prev = texts[i - 1]
        same_para = lines[i].para is not None and lines[i - 1].para == lines[i].para
        if not (same_para or lines[i].page is not None):
            return False
        if _RUNS_ON.search(prev):          # "... carried by unanimous vote –" / "... and the"
            return True
        return not delimited and prev[-1:].islower() and not lines[i - 1].heading and not title_like(prev)

    def _action_below(i: int) -> bool:
        """The numbered paragraph at line ``i`` has its outcome lines ("ACTION:", "MOTION:") below it."""
        for j in range(i + 1, min(n, i + 10)):
            if lines[i].para is not None and lines[j].para != lines[i].para:
                return False
            if _OUTCOME_FIELD.match(texts[j]):
                return True
            if _NUM_TITLE.match(texts[j]) and lines[i].para is None:
                return False
        return False

    def _starts_paragraph(i: int) -> bool:
        """Line ``i`` opens its paragraph (a numbered decision inside a RESOLVED block does not)."""
        return i == 0 or lines[i].para is None or lines[i - 1].para != lines[i].para

    us_actions = sum(1 for k in range(n) if _NUM_TITLE.match(texts[k]) and _action_below(k))
    year_refs = _year_refs(texts)
    table_rows = _action_table_rows(lines)

    i = 0
    floor = -1           # the last line an "(Item N)" head took
    while i < n:
        t = texts[i]
        # "Chairman's Announcements" + "(Item 2)"; a title wrapped over up to four lines, then "(Item N)"
        m = _ITEM_REF.match(nxt(i))
        if m and not _ITEM_REF.match(t) and (_is_item_title(t) or (len(t) < 140 and not t.endswith((".", ";", ",")))):
            first = _title_start(i, floor)
            while heads and heads[-1].index >= first:      # a line of this title taken for a head of its own
                heads.pop()
            title = " ".join(texts[first:i + 1])
            mn = _NUM_TITLE.match(title)
            if m.group("n").isdigit():
                last_num = max(last_num, int(m.group("n")))
            if mn:
                heads.append(_Head(first, m.group("n"), mn.group("n"),
                                   re.sub(r"^([A-Z]) (?=[a-z])", r"\1", mn.group("title").strip()), True))
            else:
                heads.append(_Head(first, m.group("n"), None, title, True))
            floor = i + 1
            i += 2
            continue
        # "P/142" then the title
        m = _MINUTE_REF.match(t)
        if m and nxt(i) and len(nxt(i)) < 160:
            heads.append(_Head(i, None, m.group("n"), _ICON.sub("", nxt(i)).strip()))
            i += 2
            continue
        # "CS14/24 Apologies for absence", "P/142 - Minutes": a minute reference and its title on one line
        m = _MINUTE_REF_TITLE.match(t)
        run_in = _run_in_title(m.group("title")) if m else None
        if run_in:        # "PC/43 LAND AT ORCHARD LANE - 14 DWELLINGS The Officer presented ..."
            heads.append(_Head(i, None, m.group("n"), run_in))
            i += 1
            continue
        if m and (_is_item_title(m.group("title"), alone[i]) or (lines[i].heading and len(m.group("title").split()) <= 12
                                                                 and m.group("title")[:1].isupper())
                  or re.fullmatch(r"minutes(?: of (?:the )?(?:last|previous) meeting)?", m.group("title").strip(), re.I)):
            heads.append(_Head(i, None, m.group("n"), m.group("title").strip()))
            i += 1
            continue
        m = _YEAR_REF_TITLE.match(t) if i in year_refs else None
        if m and not re.search(r"\S\s{3,}\S|^[A-Z]{1,6}/\d|\b\d{1,2}/\d{1,2}/\d{2,4}\b", m.group("title")):
            # not a row of an action table copied as text ("24/047  ICB/24/114  Write to ...  HG  31/12/2024  Open")
            title = m.group("title").strip()
            run_in = _run_in_title(title)
            if run_in or _is_item_title(title, alone[i]) or len(title.split()) <= 8:
                heads.append(_Head(i, None, m.group("n"), run_in or title))
                i += 1
                continue
        # "Minute 27 - Title"
        m = _MINUTE_WORD.match(t)
        arising = bool(heads and heads[-1].number and re.search(r"matters arising", heads[-1].title or "", re.I))
        if m and (not m.group("title") or _is_item_title(m.group("title"))) and re.search(r"\d", m.group("n")) \
                and not arising:       # under "Matters arising", "Minute 6 - ..." is the earlier minute it follows up
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
        if m and _is_item_title(nxt(i)) and int(m.group(1)) > last_num - 2 and not _runs_on(i, m.group(1)):
            last_num = int(m.group(1))
            heads.append(_Head(i, m.group(1), m.group(1), _ICON.sub("", nxt(i)).strip()))
            i += 2
            continue
        # "4.1" alone then its title: a sub-item of item 4, as a ModernGov page prints it
        m = re.match(r"^(\d{1,3})\.(\d{1,2})\.?$", t)
        if m and int(m.group(1)) == last_num and nxt(i) and len(nxt(i)) < 160 and not nxt(i)[:1].islower():
            heads.append(_Head(i, t.rstrip("."), t.rstrip("."), _ICON.sub("", nxt(i)).strip()))
            i += 2
            continue
        # "5A. Approve Meeting Minutes" under "5. Consent Calendar"; a title wrapped onto a second heading line
        m = _SUB_ITEM.match(t)
        if m and int(m.group("top")) == last_num and (lines[i].heading or _is_item_title(m.group("title"))):
            title = m.group("title")
            if (lines[i].heading and i + 1 < n and lines[i + 1].heading and not _TERMINAL.search(title)
                    and parse_label(nxt(i))[0] is None and not _SUB_ITEM.match(nxt(i))):
                title = f"{title} {nxt(i)}"
            heads.append(_Head(i, m.group("n"), None, _ICON.sub("", title).strip()))
            i += 1
            continue
        # "(13-525) Presentation on ...": a US paragraph number at the start of a line
        m = _PARAGRAPH_NO.match(t)
        if m and not (i and _RUNS_ON.search(texts[i - 1])):
            heads.append(_Head(i, m.group("n").replace(" ", ""), None, sentences(m.group("title"))[0][:140]))
            i += 1
            continue
        # "7-A 2019-6700" (US agenda numbering) then the title
        m = _US_ITEM.match(t)
        if m:
            heads.append(_Head(i, m.group("n"), None, nxt(i)[:140] or None))
            i += 1
            continue
        # "12. Highlands and Islands Regional Skills Investment Plan", "3.  To Approve/Sign the Minutes ..."
        m = _NUM_TITLE.match(t) if i not in table_rows else None
        if m and not re.match(r"^\d{1,4}\s*(?:%|am|pm|a\.m|p\.m)", t) and not _runs_on(i, m.group("n")) \
                and not _DATE_FIRST.match(t):
            num = int(re.match(r"\d+", m.group("n")).group(0))
            title = _ICON.sub("", m.group("title")).strip()
            head_title = title.split(":")[0] if ":" in title[:60] else title
            run_in = _run_in_title(title)
            if run_in:
                head_title = run_in
            # "33. MINUTES": the item confirming the last minutes, numbered (a bare "Minutes" is a page's label)
            numbered_minutes = bool(re.fullmatch(r"minutes", title, re.I))
            follows = nxt(i)
            in_order = num > last_num or (num >= 20 and num > last_num - 5) or last_num == 0
            # the next number of the minutes' own sequence ("1.", "2.", ...; never a paragraph numbered
            # inside an "(Item N)" item), in sentence case: a heading the reader saw in bold type, or a
            # short title before a colon ("1. Apologies for absence: Cllr Hale")
            next_in_sequence = (num == last_num + 1 and not any(h.by_ref for h in heads)
                                and m.group("n").isdigit() and head_title[:1].isupper()
                                and not re.match(r"(?:resolved|agreed|action|decision|noted|recommend)", head_title, re.I))
            sentence_case = next_in_sequence and (
                (lines[i].heading and len(head_title.split()) <= 12)
                or (head_title != title and len(head_title.split()) <= 6)
                # "42. Internal audit" + "The Head of Audit reported ...": a short title opening its paragraph, its
                # text starting on the next line of a text copy
                or (lines[i].page is None and _starts_paragraph(i) and len(head_title.split()) <= 8
                    and not re.search(r"[.;,:!?]$", head_title) and re.match(r"^[A-Z]", follows) is not None
                    and not re.match(r"^(?:That|To)\b", head_title)))
            # a US action record: the item is its motion, written as a sentence, with its outcome below it
            action_record = (us_actions >= 2 and in_order and m.group("n").isdigit() and _action_below(i)
                             and not (i and texts[i - 1].endswith(":")) and _starts_paragraph(i)
                             and not re.match(r"(?:that|to)\s", title, re.I))
            if action_record:
                head_title = sentences(title)[0][:140]
            if ((_is_item_title(head_title, alone[i]) or sentence_case or action_record or numbered_minutes) and in_order
                    and (not follows[:1].islower() or action_record or re.match(r"^(?:https?://|www\.)", follows)
                         or re.match(r"^[a-h][.)]\s+[A-Z]", follows))):    # "6. CONSENT AGENDA" / "a. Approval of ..."
                last_num = num
                heads.append(_Head(i, m.group("n"), m.group("n") if num >= 20 else None,
                                   re.sub(r"^([A-Z]) (?=[a-z])", r"\1", head_title.strip())))
                i += 1
                continue
        i += 1
    return heads


_ACTION_COLUMN = re.compile(r"^(?:action|actions|who|owner|lead|responsible|by whom|when|due|due date|deadline|"
                            r"target date|status|update)\b", re.I)


def _action_table_rows(lines: list[Line]) -> set[int]:
    """The rows of an action table ("Minute | Action | Who | When") below its header row: a row's number is
    the minute it follows up, not an item of this meeting."""
    rows: set[int] = set()
    in_table = False
    for k, ln in enumerate(lines):
        if ln.cells is None:
            in_table = False
            continue
        if in_table:
            rows.add(k)
        elif sum(1 for c in ln.cells if c and _ACTION_COLUMN.match(c.strip())) >= 2:
            in_table = True
    return rows


def _listing_rows(lines: list[Line]) -> list[Line] | None:
    """A ModernGov meeting page's item list ("No. Item" columns) copied as text, its numbers lost: each row's
    title becomes a heading line of its own, split from the minutes glued after it ("Apologies for Absence
    Minutes: Apologies were received ..."), and the table's empty cells ("|") are dropped. None when the
    document has no such list."""
    at = next((k for k, ln in enumerate(lines[:40]) if _LISTING_HEADER.match(ln.text.strip())), None)
    if at is None:
        return None
    out = list(lines[:at + 1])
    for ln in lines[at + 1:]:
        t = ln.text.strip()
        if re.fullmatch(r"[|\s:-]*", t):
            continue
        m = _GLUED_ROW.match(t)
        if m and _is_item_title(m.group("title")):
            out.append(replace(ln, text=m.group("title").strip(), heading=ln.heading or 3))
            if m.group("rest").strip(" |"):
                out.append(replace(ln, text=m.group("rest").strip(" |"), heading=0))
            continue
        out.append(ln)
    return out


def _listing_heads(lines: list[Line]) -> list[_Head]:
    """The items of a ModernGov item list whose numbers were lost (see :func:`_listing_rows`): after the
    "No. Item" header, a title standing alone as its own paragraph, or a row title split from its minutes."""
    texts = [ln.text.strip() for ln in lines]
    at = next((k for k, t in enumerate(texts[:40]) if _LISTING_HEADER.match(t)), None)
    if at is None:
        return []
    heads = []
    for k in range(at + 1, len(lines)):
        ln, t = lines[k], _ICON.sub("", texts[k]).strip()
        alone = ln.para is not None and (k + 1 == len(lines) or lines[k + 1].para != ln.para) and lines[k - 1].para != ln.para
        if (alone or (ln.heading and ln.page is None)) and _is_item_title(t, alone=True) \
                and not re.match(r"^(?:minutes|additional documents|decision|resolved)\s*:?$", t, re.I):
            heads.append(_Head(k, None, None, t))
    return heads


def _issue_meetings(lines: list[Line]) -> list[tuple[str, dt.date | None, str | None, list[Line]]]:
    """A ModernGov "Issue - meetings" page follows one issue through several meetings, each under its own
    "Meeting: 18/04/2024 - Cabinet (Item 11)" header: (committee, date, item, lines) per meeting, so a
    decision is dated by the meeting that took it (a deferral in April is not a decision of June). The
    lines before the first header (the page's title and issue details) go with the first meeting.
    Empty unless the page names two meetings or more."""
    heads = [(k, m) for k, ln in enumerate(lines) if (m := _MG_MEETING.match(ln.text.strip()))]
    if len(heads) < 2:
        return []
    ends = [k for k, _ in heads[1:]] + [len(lines)]
    return [(m.group("committee"), find_date(m.group("date")), m.group("item"), lines[0 if j == 0 else k:end])
            for j, ((k, m), end) in enumerate(zip(heads, ends))]


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
    # page furniture is judged over the whole document (a line repeated within one long item is its text)
    lines = _drop_furniture(lines, whole=True)
    parts: list[AgendaPart] = []
    if kind in ("minutes",) and not _moderngov_single(texts):
        rows = _listing_rows(lines)
        if rows is not None:
            lines = rows
        heads = _agenda_heads(lines)
        if not heads and rows is not None:
            heads = _listing_heads(lines)
        if heads and heads[0].index > 0:
            parts.append(AgendaPart(None, None, None, lines[:heads[0].index]))
        for k, h in enumerate(heads):
            end = heads[k + 1].index if k + 1 < len(heads) else len(lines)
            parts.append(AgendaPart(h.number, h.minute, h.title, lines[h.index:end]))
    if not parts:
        history = _issue_meetings(lines) if kind == "issue-history" else []
        if history:
            meetings = [MeetingPart(_clean_committee(c) or committee, d or date,
                                    [AgendaPart(n, n, title, ls)]) for c, d, n, ls in history]
            meta = {"committee": committee, "date": date.isoformat() if date else None, "item": item, "title": title}
            return Segmented(kind=kind, title=title, body=m.body, meetings=meetings, meta=meta, service=service)
        parts = [AgendaPart(item, item, title if kind in ("issue-history", "agenda-item", "decision") else None, lines)]
    meeting = MeetingPart(committee, date, parts)
    meta = {"committee": committee, "date": date.isoformat() if date else None,
            "item": item if kind != "minutes" else None, "title": title}
    return Segmented(kind=kind, title=title, body=m.body, meetings=[meeting], meta=meta, service=service)
