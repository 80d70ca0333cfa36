"""Meeting metadata: which body met, when, and which agenda item a page holds, as the document states it.

A clerk reads a document's header before its business: the front page of a set of minutes ("Minutes of a
meeting of the Cabinet held on Thursday, 9 January 2025", "Minute of Meeting of the Education Committee"),
a ModernGov page's labelled fields ("Meeting: 13/09/2016 - X Panel (Item 40)", "Decision Maker:", "Date of
decision:"), a US header ("Regular Meeting of the City Council, January 9, 2023"), a "Date: / Time: /
Venue:" block under the body's name. This module reads those; only when no header names the body does it
take the body the text makes decide ("The Audit Committee RESOLVED", "That the Executive note", "The Panel
considered" with exactly one panel named). What the document does not say stays None: never a guess.

The order of trust, for the committee and for the date:

1. ``reader``: facts a reader took from markup (:attr:`ingest.lines.Text.meta`);
2. ``field``: labelled fields ("Meeting:", "Decided at meeting:", "Decision Maker:", "Date of decision:");
3. ``header``: the header zone, the lines before the business starts ("Present:", "Apologies", the first
   agenda item, "Minutes:"). Its first date that is not a publication, previous- or next-meeting date is the
   meeting date;
4. ``text`` (committee only): the body the running text makes decide, or refers to as "the Committee"
   when it names exactly one committee.

Everything here is a pure function of lines; :func:`read_meta` is the entry point.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from ingest.lines import Line

try:  # the date reader is its own stage; without it, dates stay unknown rather than guessed
    from ingest.dates import parse_date as _parse_date
except ImportError:  # pragma: no cover - only while the module is being written
    _parse_date = None


# ---- text shapes -----------------------------------------------------------------------------------

ICON = re.compile(r"\s*(?:pdf icon\s*)?(?:PDF|DOC|DOCX)\s+[\d.,]+\s*[KM]B\s*$|\s*pdf icon\s*$", re.I)
"""ModernGov's document link suffix: "Quarterly report pdf icon PDF 243 KB"."""

_SMALL = {"and", "of", "the", "for", "to", "in", "on", "a", "an", "at", "by", "with", "from", "or", "&", "as",
          "into", "its", "their", "per", "vs", "via"}


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
    # a closing parenthesised qualifier is not the title's own words: "Declarations of Interest (if any)"
    bare = re.findall(r"[A-Za-z][A-Za-z’'&-]*", re.sub(r"\s*\([^()]*\)$", "", t))
    content = [w for w in (bare or words) if w.lower() not in _SMALL]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    return caps / len(content) >= 0.6


# ---- dates in headers ------------------------------------------------------------------------------

_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
_WD = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
DATE_RE = re.compile(
    rf"(?:{_WD}(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+day)?(?:\s+of)?\s+{_MON}\.?,?\s+(?:19|20)\d\d"
    rf"|{_WD}{_MON}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    r"|\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b"
    r"|\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d-\d\d-\d\d\b)",
    re.I,
)


def _dates(text: str, mdy: bool = False):
    """Every full date (day, month and year) written in ``text``: (date, start, end). A numeric date is read
    day first (13/09/2016), month first when ``mdy`` (an American document: 5/6/2025 is May 6), and either way
    the other way round when the first reading is no date (5/13/2025 is month first, 13/5/2025 day first)."""
    if _parse_date is None or not text:
        return
    for m in DATE_RE.finditer(text):
        s = m.group(0)
        if re.fullmatch(r"\d{1,2}/\d{1,2}/\d\d", s):  # 11/30/17: ambiguous short US/UK form
            mm = int(s.split("/")[0])
            if mm > 12:
                continue
        numeric = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2,4})", s)
        d = None
        if numeric and mdy:
            a, b, y = numeric.groups()
            d = _parse_date(f"{b}/{a}/{y}") if int(a) <= 12 else None
        if d is None:
            d = _parse_date(s)
        if d is None and numeric:
            a, b, y = numeric.groups()
            if int(b) > 12 >= int(a):  # US month/day/year
                d = _parse_date(f"{b}/{a}/{y}")
        if d is not None:
            yield d, m.start(), m.end()


def find_date(text: str, mdy: bool = False) -> dt.date | None:
    """The first full date written in ``text`` (day, month and year), or None; numeric dates month first
    when ``mdy`` (see :func:`_dates`)."""
    for d, _, _ in _dates(text, mdy):
        return d
    return None


def _date_from(line: str, following: str = "", mdy: bool = False) -> tuple[dt.date, int] | None:
    """The first date that starts in ``line``, read on into ``following`` when it is split across lines
    ("held on Monday 14th" / "September 2020 at 7pm"); with the offset where the date ends in the join."""
    joined = f"{line} {following}".strip()
    for d, start, end in _dates(joined, mdy):
        if start < len(line):
            return d, end
        break
    return None


# ---- which way round a numeric date is written ---------------------------------------------------------

_US_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|"
              "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maryland|Massachusetts|Michigan|Minnesota|"
              "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York State|"
              "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
              "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Wisconsin|Wyoming")
_US_STRONG = (r"\bCouncil\s?members?\b", r"\bBoard of (?:Supervisors|Aldermen|Selectmen|Commissioners)\b",
              r"\bLegistar\b", r"\bVice[ -]Mayor\b", r"\bMayor Pro[ -]Tem\b", r"\bordinances?\b",
              rf"\b(?:{_US_STATES})\b", r"\bCity (?:Manager|Attorney)\b", r"\bPledge of Allegiance\b")
_US_WEAK = (r"\$\s?\d", r"\b\d{1,2}:\d\d\s*(?:[AP]M\b|[ap]\.m\.)", r"\b(?:Ayes?|Nays?|Noes)\s*:",
            r"\bCity Council\b", r"\bp\.m\.")
_UK_SIGNS = (r"£\s?\d", r"\b(?:Councillors?|Cllrs?|Cr)\b\.?\s+[A-Z]",
             r"\b(?:Borough|District|Parish|Town|Community|Metropolitan|Shire|Regional)\s+Council\b",
             r"\b(?:Scrutiny|Cabinet Member|Portfolio Holder|Chief Executive)\b", r"\b\d{1,2}\.\d\d\s*(?:am|pm)\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(?:19|20)?\d\d\b")


def month_first(texts: list[str]) -> bool:
    """Whether the document writes numeric dates month first, as American ones do ("Meeting date/time:
    5/6/2025 6:00 PM" is May 6). A date that reads only one way settles it (13/5/2025 day first, 5/13/2025
    month first); failing that, the document must read as American: a "Councilmember", a "Board of
    Supervisors", "Legistar", a "Vice Mayor", an ordinance, a state, "$" amounts, "6:00 PM", with more such
    signs than British ones ("£", "Cllr", "Borough Council", "7.30pm"). UK documents stay day first."""
    text = "\n".join(texts)
    day_first = month_first_ = False
    for m in _NUMERIC_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        day_first |= a > 12 >= b
        month_first_ |= b > 12 >= a
    if day_first != month_first_:
        return month_first_
    us = 2 * sum(1 for rx in _US_STRONG if re.search(rx, text)) + sum(1 for rx in _US_WEAK if re.search(rx, text))
    uk = 2 * sum(1 for rx in _UK_SIGNS if re.search(rx, text))
    return us >= 3 and us > uk


# ---- body names ------------------------------------------------------------------------------------

BODY_NOUNS = (r"(?:Committee|Sub-Committee|Subcommittee|Panel|Board|Cabinet|Council|Forum|Executive|Authority|"
              r"Group|Commission|Partnership|Assembly|Body|Court|Conference|Trust)")
_BOARD_OF = r"(?:Board|Court|Council) of (?:(?!the\b)[A-Za-z][\w’'&-]*\s?){1,3}"
_ENDS_BODY = re.compile(rf"(?:\b{BODY_NOUNS}|\b{_BOARD_OF})$", re.I)
_GENERIC_WORDS = {"committee", "sub-committee", "subcommittee", "panel", "board", "council", "forum", "group",
                  "meeting", "commission", "authority", "the"}
_MEETING_ADJ = r"(?:Regular|Adjourned|Extraordinary|Reconvened|Ordinary|Emergency|Continued|Rescheduled|Joint\s+Special)"
_MEETING_TAIL = re.compile(
    r"\s+(?:(?:Regular|Special|Adjourned|Closed|Public|Open|Joint|Extraordinary|Annual)\s+)?"
    r"(?:Meeting|Minutes|Session|Work\s+Session|Study\s+Session|Workshop|Meeting\s+Minutes|Session\s+Minutes)$", re.I)


def _title_case(s: str) -> str:
    out = []
    for i, w in enumerate(s.split()):
        lw = w.lower()
        if i and lw in _SMALL:
            out.append(lw)
        elif not re.search(r"[aeiouy]", lw) and re.fullmatch(r"[a-z&]{2,5}", lw):
            out.append(w.upper())          # NHS, CCG: an acronym stays one
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in lw.split("-")))
    return " ".join(out)


def clean_committee(s: str | None) -> str | None:
    """A body's name as a clerk would write it, or None when what is left is no name ("the", "Committee")."""
    if not s:
        return None
    s = re.sub(r"\s+", " ", s).strip(" .,:;-–—")
    s = re.sub(r"\s*\((?:Item|Minute).*$", "", s, flags=re.I)
    s = re.sub(r"^(?:(?:Report\s+)?To|From|Meeting|Committee|Body|Decision Maker)\s*:\s*", "", s, flags=re.I)
    s = re.sub(r"^(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:minutes|notes|agenda)\s*[-–—:]\s*", "", s, flags=re.I)
    s = re.sub(r"^(?:the|a)\s+", "", s, flags=re.I)
    for _ in range(3):
        s2 = _MEETING_TAIL.sub("", s).strip(" .,:;-–—")
        s2 = re.sub(rf"^{_MEETING_ADJ}\s+", "", s2, flags=re.I)
        s2 = re.sub(r"^Special\s+(?=(?:(?:City|Town|Village|County|Borough|Parish|Full)\s+)?"
                    r"(?:Council|Board|Commission|Committee|Cabinet)\b)", "", s2, flags=re.I)
        if s2 == s:
            break
        s = s2
    s = re.sub(r"^(?:Public|Private|Open|Closed|Part\s+(?:1|2|I|II|A|B))\s+(?=(?:Board|Meeting|Session|Committee|Council)$)", "",
               s, flags=re.I)
    s = re.sub(r"\s+of\s+the\s+(?:City|Town|Village|County|Borough|Township)\s+of\s+.+$", "", s, flags=re.I)
    s = re.sub(r"^(?:the|a)\s+", "", s, flags=re.I)
    if (not s or len(s) > 120 or (not s[:1].isupper() and not _ENDS_BODY.search(s)) or _generic_only(s)
            or re.fullmatch(r"(?:the|a|an|of|and|for)", s, re.I)):
        return None
    if s.isupper() or s.islower():
        s = _title_case(s)
    return s


def _generic_only(name: str) -> bool:
    """"Committee", "the Panel": a body noun with no name."""
    return bool(re.fullmatch(r"(?:the\s+)?(?:committee|panel|board|council|forum|group|meeting|commission|authority)",
                             name.strip(), re.I))


def is_body(name: str | None) -> bool:
    """A body's name: ends with a body noun ("Place Scrutiny Committee", "Board of Supervisors"), at most
    twelve words, not a sentence."""
    if not name or len(name.split()) > 12 or re.search(r"[.!?;]\s", name):
        return False
    if re.search(r"\b(?:Chief|Deputy|Interim|Acting|Assistant)\s+Executive$|^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b", name, re.I):
        return False            # "Amanda Beer, Chief Executive": a person
    return bool(_ENDS_BODY.search(name.strip()))


def _council_line(t: str) -> bool:
    """The council's own name ("KENT COUNTY COUNCIL", "Borough of Wexcombe", "City of Harlow Springs")."""
    return bool(re.fullmatch(r"(?:The\s+)?(?:(?:[A-Z][\w’'-]*|of|and)\s+){0,5}(?:County|Borough|District|City|Parish|"
                             r"Town|Metropolitan|Community|Village|Shire)\s+Council|(?:The\s+)?(?:Borough|City|County|Town|"
                             r"Village|Township|Royal Borough|London Borough) of (?:[A-Z][\w’'-]*\s?){1,4}",
                             _title_case(t.strip()) if t.isupper() else t.strip()))


# ---- the header zone -------------------------------------------------------------------------------

_BUSINESS = re.compile(
    r"^(?:(?:members|councillors|also|others|commissioners|officers|directors|trustees)\s+present\b|present\b|"
    r"in attendance\b|attendance\b|attendees\b|attending\b|sederunt\b|roll call\b|apologies\b|minutes\s*:|"
    r"decision\s*:|items\s*$|no\.?\s+item\b|agenda items?\s*$|those (?:attending|present)\b|"
    r"(?:\(?\w{1,3}[.)]\s+)?(?:that|resolved|agreed|decided)\b)", re.I)
_ITEM_START = re.compile(r"^(?:\d{1,3}[.)]?|[A-Z]{1,5}\s?\d{1,4}/\d{1,4}|\d{1,3}/\d{1,3}|Item\s+\d+[.:]?)(?:\s+[A-Z(\"“‘']|\s*$)")
_ITEM_REF = re.compile(r"^\(?Item\s+[\w./-]+\)?$", re.I)


def _front_matter_end(texts: list[str]) -> int:
    """A markdown post's YAML front matter ("---" ... "---") is the page's, not the meeting's."""
    if texts and texts[0] == "---":
        for k in range(1, min(len(texts), 40)):
            if texts[k] == "---":
                return k + 1
    return 0


_ITEM_PAGE = re.compile(r"^(?:Agenda item|Decision details|Issue - meetings|Issue - decisions|Issue history|"
                        r"Issue - items at meetings)$", re.I)


def header_zone(texts: list[str]) -> tuple[int, int]:
    """The header: from the start (after any front matter) to the line where the business starts. A ModernGov
    page about one item ("Agenda item" / its title) has no meeting header: its title ("Minutes of the Cabinet
    held on 5 March 2024") is an item's, so the header starts after it."""
    start = _front_matter_end(texts)
    while start < len(texts) and _ITEM_PAGE.match(texts[start]):
        start += 2
    end = min(len(texts), start + 25)
    for i in range(start, end):
        t = texts[i]
        nxt = texts[i + 1] if i + 1 < len(texts) else ""
        if (_BUSINESS.match(t) or (_ITEM_START.match(t) and not DATE_RE.match(t)) or _ITEM_REF.match(nxt)
                or _ITEM_REF.match(t)):
            return start, i
    return start, end


_NOT_MEETING_DATE = re.compile(
    r"\b(?:previous|last|earlier|prior|next|future|forthcoming|subsequent|published|publication|despatch(?:ed)?|"
    r"dispatch(?:ed)?|issued?|printed|circulated|deadline|closing|receipt|dated|updated|revised|site visit)\b"
    r"|\b(?:were|was|be|been|being|is|are)\s+(?:approved|agreed|signed|confirmed|adopted|accepted|noted)\b"
    r"|^to\s+(?:approve|confirm|receive|consider|note|agree|sign|adopt|accept)\b|^(?:that|the minutes|resolved|agreed)\b"
    r"|^(?:a\s+|the\s+)?report\s+(?:of|by|from)\b"
    r"|\b(?:reporting|report|review)\s+period\b|^(?:period(?:\s+covered)?|covering)\b|\byear\s+(?:ended|ending)\b"
    r"|\d{4}\s*(?:to|until|[-–—])\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MON + r"\b",
    re.I)
"""Not the meeting's date: a previous, next or publication date, a decision about earlier minutes, or a report's
period ("1 April 2024 to 31 March 2025", "Period covered: ...")."""


_ABOUT_OTHER_MINUTES = re.compile(
    r"^(?:to\s+(?:approve|confirm|receive|consider|note|agree|sign|adopt|accept)\b|(?:that\s+)?the minutes\b)", re.I)
_TERMINAL_END = re.compile(r"[.!?;:]['’\"”)]*$")


def _header_date(texts: list[str], start: int, end: int, cells: list | None = None,
                 strict: bool = False, body_line: int = -1, mdy: bool = False) -> tuple[dt.date, int] | None:
    """The first date in the header that is the meeting's (not a publication, previous or next date). A table
    row's date belongs to the row (a list of decisions), unless the row is a "Date | ..." field. ``strict``
    (a page about one item, a report): only a line that dates a meeting ("Date:", "held on", a date alone,
    "Cabinet - 4 March 2025"), not a date in the item's description, nor the title of an item about earlier
    minutes ("Minutes of the meeting held on 14 January 2020"), unless it stands under the body's name
    (``body_line``) as a printed header does."""
    for i in range(start, end):
        t = texts[i]
        if len(t) > 250 or _NOT_MEETING_DATE.search(t):
            continue
        if strict and _MINUTES_HELD.match(t) and body_line != i - 1:
            continue
        before = texts[i - 1] if i > start else ""     # a header sentence wrapped onto this line
        if before and not _TERMINAL_END.search(before) and _ABOUT_OTHER_MINUTES.match(before):
            continue       # "To confirm the minutes of the meeting of the X" / "Committee held on 20 November 2024"
        if strict and not (re.search(r"\b(?:meeting|minutes|held|date|convened|session|called to order)\b",
                                     f"{before} {t}", re.I)
                           or (DATE_RE.match(re.sub(r"^\W+", "", t)) and len(t) < 80) or _NAME_DASH_DATE.match(t)):
            continue
        if cells and cells[i] is not None and not re.match(r"^(?:date|meeting date|date of meeting)\b", cells[i][0] or "", re.I):
            continue
        nxt = texts[i + 1] if i + 1 < len(texts) and not _NOT_MEETING_DATE.search(texts[i + 1]) else ""
        got = _date_from(t, nxt, mdy)
        if got:
            return got[0], i
    return None


# ---- labelled fields -------------------------------------------------------------------------------

MG_MEETING = re.compile(r"^Meeting:\s*(?P<date>\d{1,2}/\d{1,2}/\d{2,4})\s*[-–]\s*(?P<committee>.+?)\s*"
                        r"(?:\(Item\s*(?P<item>[\w./-]+)\))?\s*$", re.I)
_DECIDED_AT = re.compile(r"^Decided at meeting:\s*(?P<date>\d{1,2}/\d{1,2}/\d{2,4})\s*[-–]\s*(?P<committee>.+?)\s*$", re.I)
_DECISION_MAKER = re.compile(r"^Decision Maker:\s*(?P<committee>.+?)\s*$", re.I)
_TAKEN_BY = re.compile(r"^(?:Decision to be taken by|Decision taken by|Decision maker|Decision taker)\s*:?\s*(?P<rest>.*)$", re.I)
_DATE_OF_DECISION = re.compile(r"^(?:Date of decision|Decision date|Date decision taken)\s*:\s*(?P<date>.+?)\s*$", re.I)
_MEETING_DATE = re.compile(r"^(?:Date of (?:the )?meeting|Meeting date(?:\s*(?:/|and)\s*time)?)\s*:?\s*(?P<date>.+?)\s*$", re.I)
_BODY_FIELD = re.compile(r"^(?:Meeting|Committee|Body|Meeting of|Name of (?:meeting|committee)|Meeting name|Board|Forum|Panel)"
                         r"\s*:\s*(?P<committee>.+?)\s*$", re.I)
_IN_CONTROL = re.compile(r"^In control\s*:\s*(?P<committee>.+?)\s*$", re.I)
_FINAL_ACTION = re.compile(r"^(?:Final action|On agenda)\s*:\s*(?P<date>.+?)\s*$", re.I)
"""A legislation page (Legistar's "File #" record): the body that holds the file and the meeting that acted on it."""
_TO_FIELD = re.compile(r"^(?:Report\s+)?To\s*:\s*(?P<committee>.+?)\s*$", re.I)
_PRESENTED_TO = re.compile(
    r"^(?:(?:this\s+)?(?:report|annual report|it)\s+)?(?:was\s+|is\s+|to\s+be\s+|being\s+)?(?:presented|submitted|reported)\s+to\s+(?:the\s+)?"
    r"(?P<committee>[A-Z][\w’'&,\- ]{2,90}?)(?:\s+(?:(?:at\s+its\s+|at\s+the\s+)?meeting\s+)?(?:on|of|held\s+on|dated)\s+|\s*,\s*(?:on\s+)?)"
    r"(?P<date>" + DATE_RE.pattern + r")", re.I)
"""The meeting a report goes to, as its cover states it: "Presented to the Corporate Parenting Panel on 9 July 2025"."""
_TITLE_WORDS = r"(?-i:[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|for|the|&)){0,10}?)"
"""An officer's or a body's name in title case ("Director of Children's Services", "Corporate Parenting Board")."""
_REPORT_OF_TO = re.compile(
    r"^(?:(?:an?\s+|the\s+)?(?:annual\s+)?report)\s+(?:of|by|from)\s+(?:the\s+)?" + _TITLE_WORDS + r"\s+to\s+(?:the\s+)?"
    r"(?P<committee>" + _TITLE_WORDS + r")(?:\s+(?:(?:at\s+its\s+|at\s+the\s+)?meeting\s+)?(?:on|of|held\s+on|dated)\s+|\s*,\s*(?:on\s+)?)"
    r"(?P<date>" + DATE_RE.pattern + r")", re.I)
"""A report's cover line naming its author and the meeting it goes to: "Report of the Director of Children's
Services to the Corporate Parenting Board, 9 June 2026"."""
_PERSON_BEFORE_ROLE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3},\s+"
    r"(?=(?:Cabinet Member|Leader|Deputy Leader|Executive Member|Lead Member|Portfolio Holder|Corporate Director|"
    r"Director|Strategic Director|Service Director|Head of|Chief)\b)")
_ISSUE_DECISION_LINE = re.compile(r"^(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*(?P<title>.+)$")
_DECISION_NUMBER = re.compile(r"DECISION (?:NUMBER|NO\.?|REFERENCE)\s*:?\s*(?P<n>\d{2}/\d{3,6})?", re.I)
_MG_ITEM_LINE = re.compile(r"^(?P<n>\d{1,4}[a-z]?)\.?\s+(?P<title>.+?)\s*(?:pdf icon\s*)?(?:PDF|DOC|DOCX)\s+[\d.,]+\s*[KM]B$", re.I)


def _label_pairs(text: str) -> list[str]:
    """A table row of labelled fields ("Meeting Name: | City Council | Agenda status: | Final") as one
    "label: value" string per field; any other line as it is."""
    if " | " not in text:
        return [text]
    cells = [c.strip() for c in text.split(" | ")]
    pairs = [f"{c} {cells[i + 1]}" for i, c in enumerate(cells[:-1])
             if c.endswith(":") and cells[i + 1] and not cells[i + 1].endswith(":")]
    return pairs or [text]


# ---- header lines and sentences ----------------------------------------------------------------------

_STOP = re.compile(
    rf"\s+(?:held|at|in|on|via|commencing|which|was|were|convened|to be|called)\b|\s+of\s+(?:the\s+)?(?=[A-Z])|\s*,\s*(?={_WD}(?:the\s+)?\d|{_MON}\b)"
    rf"|\s*[;:(]|\s+[-–—]\s|\s*[-–—]\s*(?=\d)|\s*\.(?:\s|$)|\s*$", re.I)
_RECORD = r"(?:(?:record|schedule|summary|notice)\s+of\s+decisions?|minutes?|notes?|record|summary|decisions?|action\s+notes)"
_MINUTES_OF_MEETING_OF = re.compile(
    r"^(?:(?:(?:draft|unconfirmed|confirmed|approved|signed|public)\s+)?" + _RECORD + r"\s+of\s+"
    r"(?:the\s+proceedings\s+(?:of|at)\s+)?|at\s+)(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(?=\S)", re.I)
_MEETING_OF = re.compile(
    r"^(?:the\s+)?(?:(?:regular|special|annual|extraordinary|ordinary|adjourned|reconvened|joint|emergency)\s+)*"
    r"(?:meeting|session)\s+of\s+(?:the\s+)?(?=\S)", re.I)
_CALLED_TO_ORDER = re.compile(
    r"\b(?:meeting|session)\s+of\s+(?:the\s+)?(?P<c>[A-Z][^,.;]{2,90}?)\s+(?:was|were|is)\s+(?:called|convened|held)\b")
_MINUTES_OF = re.compile(r"^(?:(?:draft|unconfirmed|confirmed|approved|signed|public)\s+)?" + _RECORD + r"\s+of\s+(?:the\s+)?"
                         r"(?!(?:a|an|the|this|that|last|previous)\b)(?=\S)", re.I)
_MINUTES_HELD = re.compile(r"^(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:the\s+)?minutes?\s+of\s+(?:a|an|the)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:meeting|hearing|session|sitting)\s+(?:held|of\s+(?:the\s+)?(?:committee|panel|board|council|"
                           r"sub-committee|forum)\s+held)\b", re.I)
_AGENDA_FOR = re.compile(r"^Agenda\s+(?:and minutes\s+)?for\s+(?P<committee>.+?)\s+on\s+(?P<date>.+)$", re.I)
_NAME_DASH_DATE = re.compile(r"^(?P<committee>[A-Z].{2,90}?)(?:\s+[-–—]\s*|\s*[-–—]\s+)(?P<date>" + DATE_RE.pattern + r").*$",
                             re.I)
_NAME_MINUTES = re.compile(
    r"^(?P<committee>.+?)(?:\s+[-–—]\s+|\s+)(?:(?:draft|approved|unconfirmed|confirmed|signed|action|summary)\s+)?"
    r"(?:(?:regular|special|annual|adjourned)\s+)?(?:meeting\s+)?(?:minutes|notes|action notes|"
    r"(?:minutes|notes|record) of (?:the\s+)?meeting)$", re.I)
_GENERIC_LINE = re.compile(
    r"^(?:(?:draft|approved|unconfirmed|confirmed|signed|public|the|action|summary|official|verbatim)\s+)?"
    r"(?:(?:regular|special|annual|adjourned|extraordinary|ordinary)\s+)?(?:meeting\s+)?(?:minutes?|synopsis|agenda|meeting details|public document pack|"
    r"agenda and minutes|agendas?,? (?:reports|decisions)(?: and (?:draft )?minutes)?|record of (?:the )?meeting|"
    r"notes? of (?:the )?meeting|draft|minutes of meeting|meeting)$", re.I)
_OWN_MINUTES = re.compile(
    r"^(?:(?:draft|unconfirmed|confirmed|approved|action)\s+)?(?:minutes|notes)\s*(?:[-–—:]\s*|of\s+(?:the|a|an)\s+)"
    r"(?:(?:regular|special|annual|extraordinary|ordinary|adjourned|monthly|full|statutory)\s+)*(?:council\s+)?meeting\b",
    re.I)
"""A minutes heading that names no body of its own ("Minutes of the ordinary meeting", "Minutes - Ordinary Council
Meeting"): the body is the one named on the line above it."""
_PAGE_HEADING = re.compile(
    r"^(?:agenda and minutes|agenda,? decisions and (?:draft )?minutes|agendas,? reports and minutes|"
    r"agenda and draft minutes|agenda,? reports and minutes|minutes and decisions)$", re.I)


def _body_after(prefix: re.Match, text: str) -> str | None:
    """The body named after a prefix ("Minutes of a meeting of the "), ending at the first stop ("held",
    "at", a date, the end) that leaves a body's name."""
    rest = text[prefix.end():]
    bare = None
    for m in _STOP.finditer(rest):
        if m.start() == 0:
            continue
        raw = re.sub(r"^(?:the\s+)", "", rest[:m.start()].strip(), flags=re.I)
        if _bare(raw):
            bare = bare or raw.capitalize()     # "of the COUNCIL held": the caller names it; "Board of ..." reads on
            continue
        name = clean_committee(raw)
        if name and re.search(r"\b(?:held|meeting|session|was|were|convened|commencing|which|called|at|via)\b", name, re.I):
            break           # past the name: "meeting held at Wexcombe Town Council" names a place
        if name and (is_body(name) or name.lower() in ("cabinet", "executive")):
            return name
        if m.end() >= len(rest):
            break
    return bare


def _bare_council(name: str) -> str | None:
    """ "Council" (or "the Council") named alone: a council's own meeting, kept as printed."""
    return "Council" if re.fullmatch(r"(?:the\s+)?council", name.strip(), re.I) else None


def _bare(name: str) -> bool:
    return name.lower() in ("board", "commission", "committee", "panel", "council", "authority", "forum", "group")


def _name_bare(noun: str, texts: list[str], k: int, start: int) -> str | None:
    """A bare noun as printed: "the Council" stays "Council" (a council's own meeting); "Board",
    "Commission" take their organisation's name from the line above (see :func:`_with_org`)."""
    if noun.lower() == "council":
        return _local_council_above(texts, k, start) or "Council"
    return _with_org(noun, texts, k, start)


_LOCAL_COUNCIL = re.compile(r"^(?:The\s+)?(?:(?:[A-Z][\w’'-]*|of|and|on|upon|the|-)\s+){1,5}(?:Parish|Town|Community|Village|"
                            r"Neighbourhood)\s+Council$")


def _local_council_above(texts: list[str], k: int, start: int) -> str | None:
    """A parish, town or community council's own minutes ("Minutes of the Ordinary Meeting of the Council")
    under its name ("CYNGOR CYMUNED LLANFERRIN / LLANFERRIN COMMUNITY COUNCIL"): the body is that council,
    named in full. A principal council's own meeting stays "Council"."""
    for j in range(k - 1, max(start, k - 4) - 1, -1):
        for part in reversed(texts[j].split(" / ")):
            part = part.strip()
            name = _title_case(part) if part.isupper() else part
            if _LOCAL_COUNCIL.match(name):
                return clean_committee(name)
    return None


def _with_org(noun: str, texts: list[str], k: int, start: int) -> str | None:
    """A bare body noun ("Commission Meeting Minutes", "Minutes of the Board Meeting") named by the
    organisation line above it: "NHS Wexcombe ICB Board" for "Board", "<SSA name> Commission"."""
    for j in range(k - 1, max(start, k - 3) - 1, -1):
        org = texts[j].strip()
        if not org or _GENERIC_LINE.match(org) or len(org.split()) > 10 or DATE_RE.search(org):
            continue
        if re.search(rf"\b{noun}$", org, re.I):
            return clean_committee(org)
        if _council_line(org) or _ENDS_BODY.search(org) or not title_like(org):
            break
        return clean_committee(f"{org} {noun}")
    return None


def _under_org(name: str | None, texts: list[str], k: int, start: int) -> str | None:
    """A board named by its organisation's head noun ("Partnership Board" under "Westhaven Community Safety
    Partnership", "Trust Board" under "Wexcombe Hospitals NHS Trust") is that organisation's board."""
    words = (name or "").split()
    if len(words) != 2 or not re.fullmatch(BODY_NOUNS, words[1], re.I):
        return name
    for j in range(k - 1, max(start, k - 2) - 1, -1):
        org = texts[j].strip()
        if not org or _GENERIC_LINE.match(org) or DATE_RE.search(org) or not (title_like(org) or org.isupper()):
            continue
        owords = org.split()
        if len(owords) >= 2 and owords[-1].lower() == words[0].lower() and not _council_line(org):
            return clean_committee(f"{org} {words[1]}")
        break
    return name


_MEETING_TYPE_LINE = re.compile(
    r"^(?:Ordinary|Extraordinary|Special|Annual|Statutory|Monthly)\s+(?:Council|General)\s+Meeting$", re.I)
"""A line naming the meeting by its type ("Ordinary Council Meeting"), as councils in New Zealand and Australia
head their minutes: with no committee of its own named above it, that is the meeting's name."""
_COUNCIL_MEETING_LINE = re.compile(
    r"^(?P<name>(?:(?:Full|Extraordinary|Ordinary|Annual|Budget|Statutory|Special|Regular)\s+)?Council)"
    r"(?:\s+Meeting)?(?:\s+(?:Minutes|Agenda))?$", re.I)
"""A council's own meeting heading with no other name ("Council", "Extraordinary Council", "Regular Council Meeting"):
with a date (or a "Minutes" line, then a date) under it, it names the meeting; "Regular"/"Special" go, as
:func:`clean_committee` drops them, the rest is kept as printed."""
_RECORD_LOG = re.compile(r"^(?:action|decision|decisions|recommendations?)\s+(?:log|tracker|register|schedule)\b", re.I)
"""A body's running record of what it agreed ("Action Log", "Decision Tracker"), printed under its name."""


def _body_below(texts: list[str], j: int) -> str | None:
    """The body named on the line under a "Minutes"/"Agenda" heading, when that line names one (not a
    council, a date or a field)."""
    for nt in texts[j:j + 1]:
        if re.match(r"^[\w ’'-]{2,30}\??:", nt) or DATE_RE.search(nt) or _council_line(nt) \
                or not (title_like(nt) or nt.isupper()):
            return None
        name = clean_committee(nt)
        if name and (is_body(name) or name.lower() in ("cabinet", "executive")):
            return name
    return None


_DESCRIBES_BODY = re.compile(
    r"^(?:an?|the)\s+(?:joint\s+|statutory\s+|standing\s+)?(?:committee|sub-committee|panel|board|partnership|"
    r"authority|forum)\s+(?:of|for|between|established|appointed|set up)\b", re.I)
"""A line saying what the body named above it is ("A joint committee of Saltmarsh District Council, ...")."""


def _wraps_on(prev: str) -> bool:
    """A long line with no end punctuation: the line under it is its wrapped tail ("... and Oxmoor District" /
    "Council"), not a heading of its own."""
    return len(prev) >= 60 and not _TERMINAL_END.search(prev.strip())


@dataclass
class _Hit:
    committee: str | None = None
    rule: str = ""
    line: int = -1
    title: str | None = None


def _header_committee(texts: list[str], start: int, end: int) -> _Hit:
    """The body a header names, by the first rule that fires (strongest first)."""
    head = range(start, end)

    def text2(k: int) -> str:
        return " ".join(texts[k:min(k + 2, len(texts))])

    def sentence_title(k: int) -> str:
        joined = " ".join(texts[k:min(k + 3, len(texts))])
        got = _date_from(joined)
        return joined[:got[1]].strip(" ,") if got and got[1] < 220 else texts[k]

    # "Minutes of a meeting of the Cabinet held on ...", "Minute of Meeting of the Education Committee held in"
    for rx, rule in ((_MINUTES_OF_MEETING_OF, "minutes-of-a-meeting-of"), (_MEETING_OF, "meeting-of"),
                     (_MINUTES_OF, "minutes-of")):
        for k in head:
            m = rx.match(texts[k])
            if not m:
                continue
            name = _body_after(m, texts[k]) or _body_after(rx.match(text2(k)), text2(k))
            if name and _bare(name):
                name = _name_bare(name, texts, k, start)
            name = _under_org(name, texts, k, start)
            if name:
                return _Hit(name, rule, k, sentence_title(k))
    for k in head:
        m = _CALLED_TO_ORDER.search(text2(k))
        if m and m.start() < len(texts[k]):
            name = clean_committee(m.group("c"))
            if name and is_body(name):
                return _Hit(name, "called-to-order", k)
    # "Agenda for Schools' Forum on Monday, 10th June, 2024"
    for k in head:
        m = _AGENDA_FOR.match(texts[k])
        if m and clean_committee(m.group("committee")):
            return _Hit(clean_committee(m.group("committee")), "agenda-for", k, texts[k])
    # "Dyfed Powys Police and Crime Panel - Thursday, 16th November, 2017 10.30 am"
    for k in head:
        t = texts[k]
        m = _NAME_DASH_DATE.match(t)
        if m and not re.match(r"^(?:meeting|decided|date|minutes|agenda|time|venue|published)\b", t, re.I):
            raw = re.sub(r"^(?:the\s+)?", "", m.group("committee").strip(), flags=re.I)
            name = clean_committee(raw) or ("Council" if raw.lower() == "council" else None)
            if name and (is_body(name) or name == "Council") and not _council_line(name):
                return _Hit(name, "name-dash-date", k, t)
    # "Place Scrutiny Committee – Minutes", "Commission Meeting Minutes" under the organisation's name
    for k in head:
        m = _NAME_MINUTES.match(texts[k])
        if m:
            raw = m.group("committee").strip(" -–—")
            name = _name_bare(raw, texts, k, start) if _bare(raw) else clean_committee(raw)
            if name and not _bare(raw) and not is_body(name):
                name = None
            name = _under_org(name, texts, k, start)
            if name:
                return _Hit(name, "name-minutes", k)
    # a body's name on its own line, then (past "Minutes", "Agenda") a date, a "Date:" line or
    # "Minutes of a meeting held on ..."; the line nearest the date wins over the council's name above it
    for k in head:
        t = texts[k]
        if (not (title_like(t) or t.isupper()) or re.match(r"^[\w ’'-]{2,30}\??:", t) or _GENERIC_LINE.match(t)
                or re.match(rf"^(?:{_RECORD}|agenda|(?:\w+\s+)?meeting|at\s+a)\s+(?:of|for)\b", t, re.I)):
            continue        # a sentence-form header ("MINUTES OF THE MEETING OF THE COUNCIL") is read above
        if _MEETING_TYPE_LINE.match(t) and any(
                _MINUTES_HELD.match(nt) or re.match(r"^(?:held|date\s*:|on\b)", nt, re.I)
                or (DATE_RE.match(re.sub(r"^\W+", "", nt)) and len(nt) < 80) for nt in texts[k + 1:k + 3]):
            # "Ordinary Council Meeting" / "Held in the Council Chambers ...": the meeting as the council names it
            return _Hit(_title_case(t) if t.isupper() else t, "meeting-type-line", k)
        m = _COUNCIL_MEETING_LINE.match(t.strip())
        if m and not (k > start and _wraps_on(texts[k - 1])):
            below = [nt for nt in texts[k + 1:k + 4] if not _GENERIC_LINE.match(nt)][:1]
            if below and (DATE_RE.match(re.sub(r"^\W+", "", below[0])) and len(below[0]) < 80
                          or re.match(r"^(?:held|date\s*:|on\b)", below[0], re.I) or _MINUTES_HELD.match(below[0])):
                name = re.sub(r"^(?:Special|Regular)\s+", "", m.group("name"), flags=re.I)
                return _Hit(_title_case(name) if name.isupper() or name.islower() else name, "council-meeting-line", k)
        name = clean_committee(t)
        if not name or not is_body(name):
            continue
        for j in range(k + 1, min(k + 4, len(texts))):
            nt = texts[j].split(" / ")[-1].strip() if " / " in texts[j] else texts[j]   # "Cofnodion / Minutes"
            if _GENERIC_LINE.match(nt):
                if re.search(r"minutes|agenda|record|notes", nt, re.I):
                    below = _body_below(texts, j + 1)
                    if _council_line(t) and below:
                        break       # "X District Council" / "Agenda" / "Cabinet": the council publishes, Cabinet meets
                    return _Hit(name, "name-line", k)       # "Wexcombe Leisure Committee" / "Minutes"
                continue
            if _DESCRIBES_BODY.match(nt) or (j > k + 1 and _wraps_on(texts[j - 1]) and len(nt.split()) <= 4):
                continue        # "A joint committee of X, Y and Z" (and its wrapped tail) under the body's name
            if _RECORD_LOG.match(nt):
                return _Hit(name, "name-line", k)           # "X Board" / "Action Log - updated after the meeting ..."
            if _NOT_MEETING_DATE.search(nt) or re.match(r"^(?:time|venue|place|location)\s*:", nt, re.I):
                continue
            nxt_is_body = (title_like(nt) or nt.isupper()) and is_body(clean_committee(nt) or "") and not DATE_RE.search(nt)
            if nxt_is_body:
                break                               # a nearer body line below: it is the better candidate
            if _OWN_MINUTES.match(nt):
                return _Hit(name, "name-line", k, nt)   # "Minutes of the ordinary meeting", "Minutes - Ordinary Council Meeting"
            if _MINUTES_HELD.match(nt) or re.match(r"^(?:date|meeting date|date of meeting)\s*:", nt, re.I) or \
                    (DATE_RE.match(re.sub(r"^\W+", "", nt)) and len(nt) < 80) or re.match(r"^held\b", nt, re.I):
                title = None
                m = DATE_RE.match(nt)
                if m and j == k + 1 and not re.match(r"^date", nt, re.I):
                    title = f"{t} {nt}"
                return _Hit(name, "name-line", k, title)
            break
    return _Hit()


_CONFIRM_MINUTES_OF = re.compile(
    r"\b(?:confirm|approve|sign)\w*\s+(?:as\s+a\s+(?:correct|true)\s+record\s+)?the\s+minutes\s+of\s+(?:the\s+)?"
    r"(?:(?:last|previous|preceding)\s+)?meeting\s+of\s+(?:the\s+)?(?P<c>[A-Z][^,.;()]{2,110}?)"
    r"(?=\s+(?:held|on|dated|of)\b|\s*[,.;(]|\s*$)")


def _confirms_own_minutes(texts: list[str]) -> str | None:
    """A page about one item that confirms a body's earlier minutes ("To confirm the minutes of the meeting of
    the Leisure Scrutiny Committee held on ..."): a body confirms only its own minutes, so that body is the
    one meeting. "To receive the minutes of" (a sub-body's minutes, received for information) is no evidence."""
    joined = " ".join(texts)
    m = _CONFIRM_MINUTES_OF.search(joined)
    if not m:
        return None
    name = clean_committee(m.group("c"))
    return name if name and is_body(name) else None


# ---- the body the text makes decide ------------------------------------------------------------------

_BODY_RESOLVED = re.compile(
    r"^(?:The[ \t]+)?(?P<body>(?:[A-Z][\w’'&-]*[ \t]+){0,6}?" + BODY_NOUNS + r")[ \t]+(?:unanimously[ \t]+)?"
    r"(?:resolved|RESOLVED|agreed|AGREED|decided)\b", re.M)
# "overview and scrutiny committee recommends that ..." (a body named in lower case as the subject of a decision)
_BODY_DECIDES_LOWER = re.compile(
    r"(?<![\w’'-])(?P<body>(?:[a-z][\w’'-]*[ \t]+){1,4}?(?:committee|panel|board|forum))[ \t]+"
    r"(?:unanimously[ \t]+)?(?:recommends|resolved|RESOLVED|agreed|decided)\b")
# "That the Executive note ...", "(1) That the Schools Forum approves ..." (a decision addressed to its body)
_THAT_BODY = re.compile(
    r"(?:^|[;:]\s+|\(\w{1,3}\)\s+|\b\w{1,3}[.)]\s+)That\s+the\s+(?P<body>(?:[A-Z][\w’'&-]*\s+){0,6}?"
    r"(?:Committee|Sub-Committee|Panel|Board|Cabinet|Forum|Executive|Commission|Authority))\s+"
    r"(?:notes?|approves?|agrees?|endorses?|accepts?|receives?|supports?|adopts?|welcomes?|requests?|"
    r"delegates?|authori[sz]es?|resolves?|confirms?|instructs?)\b", re.M)
_NAMED_BODY = re.compile(
    r"(?<![\w’'])(?P<name>(?:(?:[A-Z][\w’'&-]*|&|and|of|for|the)[ \t]+){0,8}?(?:[A-Z][\w’'&-]*[ \t]+)"
    r"(?:Committee|Sub-Committee|Panel|Board|Cabinet|Forum|Executive|Authority|Commission|Partnership Board|Council))(?![\w-])"
    r"(?![ \t]+(?:Director|Member|Members|Officer|Head|Lead|Leader|Manager|Chair|Chairman|Support|Report|Papers)\b)")
_SUB_BODY = re.compile(r"\b(?:its|their)\s+(?P<name>(?:[A-Z][\w’'&-]*\s+){1,6}?" + BODY_NOUNS + r")\b")
_GENERIC_SUBJECT = re.compile(
    r"(?:^|(?<=[.:;!?]\s)|(?<=\bthen\s)|(?<=\balso\s))(?:The|the)\s+(?P<noun>(?i:Committee|Panel|Board|Cabinet|Forum|"
    r"Executive|Commission|Council|Authority))\s+(?:considered|noted|agreed|resolved|RESOLVED|received|discussed|"
    r"welcomed|supported|asked|requested|NOTED|heard|was|were|recommends|recommended)\b")
_MONTHS_WORD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# weaker: the text speaks to or of "the Committee" (capitalised: one particular body) without making it act
_GENERIC_SELF = re.compile(
    r"\b(?:to|by|before|informed|advised|assured|reminded|told|provided|gave|updated|asked)\s+the\s+"
    r"(?P<a>Committee|Sub-Committee|Panel|Board|Forum|Commission)\b(?![ \t]+(?:of|for|on)\b)"
    r"|\bthe\s+(?P<b>Committee|Sub-Committee|Panel|Board|Forum|Commission)(?:’s|'s)\s"
    rf"|\b(?:next|last|previous|future|following|{_MONTHS_WORD})\s+(?P<c>Committee|Sub-Committee|Panel|Board|Forum|"
    r"Commission)\s+meeting\b")


def _unquoted(text: str) -> str:
    """The text without what it quotes: a resolution quoted from an earlier meeting is not this meeting's."""
    text = re.sub(r"“[^”]{0,3000}”", " ", text)
    return re.sub(r"\"[^\"\n]{0,500}\"", " ", text)


def _named(name: str) -> str | None:
    """A body's proper name ("Corporate Parenting Panel", "Cabinet"), or None for "the Panel", "This Committee"."""
    name = re.sub(r"^(?:(?:Members?|Chair(?:man)?|Vice-Chair(?:man)?|Clerk)\s+of\s+)", "", name.strip())
    name = re.sub(r"^(?:(?:the|and|of|for|&)\s+)+", "", name, flags=re.I).strip()
    name = re.sub(r"’s?$|'s?$", "", name)
    if len(name.split()) < 2 and name.lower() not in ("cabinet", "executive"):
        return None
    if re.match(r"^(?:This|That|Our|Its|Their|A|An|Each|Every|Any|All|Local|Previous|Next|Last|Future|Following|"
                r"Full|New|Whole|Same)\s", name, re.I) or re.match(rf"^{_MONTHS_WORD}\s", name):
        return None         # "the next Committee", "the November Board (meeting)": a meeting, not a name
    return name


def infer_committee(lines: list[Line]) -> str | None:
    """The body whose record this is, when no header names it, read only from strong evidence:

    * ``body-decides``: a named body is the subject of a decision ("The Audit Committee RESOLVED",
      "Cabinet resolved to:", "The Schools Forum agreed") or the body a resolution is addressed to
      ("That the Executive note ..."; not "RESOLVED to recommend to Council that the Council approve");
    * ``generic-subject-named-once``: the text makes "The Panel" the subject of its business ("The Panel
      considered ...", "The Cabinet agreed ...") and names exactly one body of that kind ("the Corporate
      Parenting Panel"); two different panels named and it is None;
    * ``generic-self-named-once``: failing that, the text reports to, or decides by, "the Committee" ("the
      last report to the Committee", "be approved by the Committee", "the Forum's recommendations", "the
      November Board meeting") and names exactly one body of that kind.

    A body only mentioned ("the recommendations of the Scrutiny Panel"), one named as another's ("the Board
    and its Finance Committee") and anything inside quotation marks (a resolution quoted from an earlier
    meeting) are no evidence."""
    text = _unquoted("\n".join(ln.text for ln in lines))
    sub = {m.group("name").lower() for m in _SUB_BODY.finditer(text)}
    deciding: Counter = Counter()
    for rx in (_BODY_RESOLVED, _BODY_DECIDES_LOWER, _THAT_BODY):
        for m in rx.finditer(text):
            if rx is _THAT_BODY:
                sentence = text[max(0, text.rfind(".", 0, m.start()) + 1):m.start()]
                if re.search(r"recommend", sentence, re.I):
                    continue
            name = _named(m.group("body"))
            if name and name.lower() not in sub:
                deciding[name] += 1
    if deciding:
        return clean_committee(deciding.most_common(1)[0][0])
    named: dict[str, set[str]] = {}
    for m in _NAMED_BODY.finditer(text):
        name = _named(m.group("name"))
        if name and name.lower() not in sub:
            named.setdefault(name.split()[-1].lower(), set()).add(name)
    generic = Counter(m.group("noun").lower() for m in _GENERIC_SUBJECT.finditer(text))
    weak = Counter((m.group("a") or m.group("b") or m.group("c")).lower() for m in _GENERIC_SELF.finditer(text))
    for counts in (generic, weak):
        for noun, _ in counts.most_common():
            if noun in ("cabinet", "executive") and counts is generic:
                return noun.capitalize()
            names = {n.lower(): n for n in named.get(noun, ())}
            if len(names) == 1:
                return clean_committee(next(iter(names.values())))
            if counts is generic:
                break          # the body the text makes act has no one name: the weaker evidence may
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
            return clean_committee(m.group("name"))
    return None


_REPORT_OF_BODY = re.compile(
    r"\bAnnual Report of the (?P<b>[A-Z][\w’'&,() -]{2,90}?)(?=\s+(?:for\s+)?(?:19|20)\d\d|\s*[-–—:(]|\s*$)"
    r"|^(?:The\s+)?(?P<c>[A-Z][\w’'&,() -]{2,90}?)(?:’s|'s)?\s+Annual Report\b")


# ---- titles ------------------------------------------------------------------------------------------

_SUBJECT_FIELD = re.compile(
    r"^(?:(?:Subject|Title|Report title|Subject matter)\s*:\s*(?P<v>\S.*)"
    r"|(?:Subject matter\s*/\s*)?Title of (?:decision|report|item)\s*(?::\s*(?P<w>\S.*))?)$", re.I)
_LABEL_LINE = re.compile(r"^[\w ’'()/-]{2,40}\??\s*:(?:\s|$)")
_NAV = re.compile(r"^(?:about us|home|local democracy|skip to (?:main )?content|menu|search|back|print|"
                  r"your council|council and democracy|meetings|committees)$", re.I)


def _first_title(texts: list[str], kind: str) -> str | None:
    """A heading among the first lines: title-like or a short line standing alone; never a decision ("(1)
    That ..."), a sentence, a labelled field ("Is Key decision?: No") or the site's navigation."""
    for t in texts[:3]:
        t = ICON.sub("", t.lstrip("·• ")).strip()
        if (len(t) <= 3 or len(t) >= 200 or t.startswith("---") or _LABEL_LINE.match(t) or _NAV.match(t)
                or t.endswith((".", ";", ",", ":")) or re.match(r"^(?:\(?\w{1,3}[.)]\s|to\s|that\s)", t, re.I)
                or re.fullmatch(r"\(.*\)|\[.*\]", t)
                or re.search(r"[.!?]\s+[A-Z]", t)):
            continue
        if title_like(t) or len(t.split()) <= 14:
            return re.sub(r"^\d+\s+", "", t) if kind != "minutes" else t
    return None


def _annual_report_title(texts: list[str]) -> str | None:
    """The title block of a report's cover: its lines up to the period it covers ("2017 – 2018")."""
    head = []
    for t in texts[:6]:
        if not head and _council_line(t):
            continue              # the council's name above the report's own title
        if (len(t) > 90 or t.lower().startswith(("table of contents", "contents")) or t.endswith((".", ";", ","))
                or _LABEL_LINE.match(t)
                or re.match(r"^(?:\(?\w{1,3}[.)]\s|to\s|that\s)", t, re.I)):
            break
        head.append(t)
        if re.fullmatch(r"(?:\w+\s+)?(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?", t.strip()):
            break
    return " ".join(head) or None


def service_of(title: str | None) -> str | None:
    """The service whose report this is: "Safeguarding and Quality Assurance Service Annual Report" ->
    "Safeguarding and Quality Assurance Service"."""
    if not title:
        return None
    t = re.sub(r"\s+", " ", title)
    m = re.search(r"(?:^|\b)(?P<svc>(?:[A-Z][\w’'&-]*\s+(?:and\s+|&\s+|of\s+|for\s+)?){1,8}?(?:Service|Services|Team|Board|"
                  r"Partnership|Panel|Committee|Unit|Department|Directorate))\s+Annual Report", t)
    if m:
        svc = m.group("svc").strip()
        # "DUNMERE CITY COUNCIL Corporate Parenting Board": the council's name printed above is not the service's
        for cut in re.finditer(r"\b(?:Council|COUNCIL)\s+(?=[A-Z])", svc):
            own = svc[cut.end():]
            pre = svc[:cut.end()].strip()
            if pre.isupper() and _council_line(pre) and re.search(r"[a-z]", own) and len(own.split()) >= 2:
                return own
        return svc
    m = re.search(r"Annual Report of the (?P<svc>[A-Z][\w’'& -]+?(?:Service|Services|Team|Board|Committee|Panel))\b", t)
    if m:
        return m.group("svc").strip()
    # "Overview and Scrutiny Annual Report 2025/26": the scrutiny function's own report, whatever meeting it goes to
    m = re.match(r"^(?:The\s+)?(?P<fn>(?:Overview\s+and\s+|Overview\s+&\s+)?Scrutiny)(?:’s|'s)?\s+Annual Report\b", t, re.I)
    if m:
        return _title_case(m.group("fn")) if m.group("fn").isupper() else m.group("fn")
    return None


# ---- the whole ---------------------------------------------------------------------------------------

@dataclass
class Meta:
    committee: str | None = None
    date: dt.date | None = None
    item: str | None = None
    title: str | None = None
    body: str | None = None
    """The council whose document it is ("Kent County Council", "Borough of Wexcombe")."""
    rules: dict = field(default_factory=dict)
    """Which rule gave each value: {"committee": "field:decision-maker", "date": "header", ...}."""


def read_meta(lines: list[Line], kind: str, reader: dict | None = None, container_title: str | None = None) -> Meta:
    """What the document says about itself: committee, meeting date, item and title (see the module doc)."""
    reader = reader or {}
    # a PDF's running header, removed from the page as furniture, is still the top of its first page
    header = [t.strip() for t in reader.get("running_header") or [] if t.strip()]
    texts = header + [ln.text.strip() for ln in lines if ln.text.strip()]
    cells = [None] * len(header) + [ln.cells for ln in lines if ln.text.strip()]
    out = Meta()
    rules = out.rules
    mdy = month_first(texts)

    def fd(text: str) -> dt.date | None:
        return find_date(text, mdy)

    def put(key: str, value, rule: str) -> None:
        if value and getattr(out, key) is None:
            setattr(out, key, value)
            rules[key] = rule

    # 1. the reader's markup
    put("committee", reader.get("committee"), "reader")
    if reader.get("date"):
        try:
            put("date", dt.date.fromisoformat(str(reader["date"])[:10]), "reader")
        except ValueError:
            pass
    put("item", reader.get("item"), "reader")
    put("title", reader.get("title"), "reader")

    # 2. labelled fields
    start, end = header_zone(texts)
    for i, t in enumerate(texts):
        m = MG_MEETING.match(t)
        if m:
            put("committee", clean_committee(m.group("committee")) or _bare_council(m.group("committee")), "field:meeting")
            put("date", fd(m.group("date")), "field:meeting")
            if m.group("item") and out.item is None:
                put("item", m.group("item"), "field:meeting")
                for nxt in texts[i + 1:i + 4]:
                    mm = re.match(rf"^{re.escape(m.group('item'))}\.?\s+(?P<title>.+)$", nxt)
                    if mm:
                        put("title", ICON.sub("", mm.group("title")).strip(), "field:meeting")
                        break
            break
    for t in texts:
        m = _DECIDED_AT.match(t)
        if m:
            put("committee", clean_committee(m.group("committee")) or _bare_council(m.group("committee")), "field:decided-at")
            put("date", fd(m.group("date")), "field:decided-at")
    for i, t in enumerate(texts[:60]):
        m = _DECISION_MAKER.match(t)
        if m:
            put("committee", clean_committee(m.group("committee")) or _bare_council(m.group("committee")), "field:decision-maker")
        m = _TAKEN_BY.match(t)
        if m and out.committee is None:
            value = m.group("rest").strip()
            if not value:
                more = []
                for nxt in texts[i + 1:i + 4]:
                    if nxt.endswith(":") or _LABEL_LINE.match(nxt) or re.match(r"^(?:for publication|key decision)", nxt, re.I):
                        break
                    more.append(nxt)
                value = " ".join(more)
            for nxt in texts[i + 1:i + 3]:      # "..., Cabinet Member for Housing and" / "Regeneration"
                if not re.search(r"\b(?:and|of|for|&|the|to|with)$|,$", value, re.I) or _LABEL_LINE.match(nxt) \
                        or len(nxt.split()) > 8:
                    break
                value = f"{value} {nxt}"
            value = re.split(r"\s+(?:For publication|Key decision|Decision (?:number|no))\b|\s{2,}", value, flags=re.I)[0]
            value = _PERSON_BEFORE_ROLE.sub("", value)
            if value and not _LABEL_LINE.match(value):
                put("committee", clean_committee(value), "field:decision-taken-by")
        m = _DATE_OF_DECISION.match(t)
        if m:
            put("date", fd(m.group("date")), "field:date-of-decision")
    for t in (f for t in texts[start:end] for f in _label_pairs(t)):
        m = _MEETING_DATE.match(t)
        if m:
            put("date", fd(m.group("date")), "field:meeting-date")
        m = _BODY_FIELD.match(t)
        if m and not MG_MEETING.match(t):
            name = clean_committee(m.group("committee"))
            if name and is_body(name):
                put("committee", name, "field:body")
    fields = [f for t in texts[:30] if " | " in t for f in _label_pairs(t)]
    for rx in (_FINAL_ACTION, _IN_CONTROL):       # a legislation page: "In control: | City Council" / "Final action: | 6/3/2025"
        for f in sorted(fields, key=lambda f: not f.lower().startswith("final")):
            m = rx.match(f)
            if m and rx is _FINAL_ACTION:
                put("date", fd(m.group("date")), "field:final-action")
            elif m:
                name = clean_committee(m.group("committee"))
                if name and is_body(name):
                    put("committee", name, "field:in-control")
    for t in texts[:8]:          # "Issue - decisions" pages: "18/09/2019 - 2019/20 Budget Monitoring ..."
        m = _ISSUE_DECISION_LINE.match(t)
        if m and out.date is None:
            put("date", fd(m.group("date")), "field:issue-decision")
            put("title", m.group("title").strip(), "field:issue-decision")

    for t in texts[:60]:             # an annual report "Presented to the Corporate Parenting Panel on 9 July 2025"
        m = _PRESENTED_TO.match(t) or _REPORT_OF_TO.match(t)
        if m:
            name = clean_committee(m.group("committee")) or _bare_council(m.group("committee"))
            if name and is_body(name):
                put("committee", name, "field:presented-to")
                put("date", fd(m.group("date")), "field:presented-to")
                break
    for t in texts[start:end]:       # a report "To: Cabinet" / "Date: 4 March 2025"
        m = _TO_FIELD.match(t)
        if m:
            value = m.group("committee")
            when = DATE_RE.search(value)        # "Report to: Full Council, 10 July 2025": the meeting it goes to
            if when:
                value = value[:when.start()]
            name = clean_committee(re.split(r"\s+[-–—]\s+", value.strip(" ,;-–—"))[0])
            if name and is_body(name):
                put("committee", name, "field:to")
                if when:
                    put("date", fd(when.group(0)), "field:to")

    # 3. the header
    hit = _Hit()
    if header:
        # the page's own header first: the running header is a short reprint of it ("Lydmouth City Council
        # Cabinet - 15 October 2025 - Agenda" over "Lydmouth City Council" / "CABINET"), the one place the
        # body is named only when the page names none
        own = texts[len(header):]
        s0, e0 = header_zone(own)
        hit = _header_committee(own, s0, e0)
        if hit.committee and hit.line >= 0:
            hit.line += len(header)
    if not hit.committee:
        hit = _header_committee(texts, start, end)
    put("committee", hit.committee, f"header:{hit.rule}")
    got = _header_date(texts, start, end, cells, strict=kind not in ("minutes", "action-log"), body_line=hit.line,
                       mdy=mdy)
    if got:
        put("date", got[0], "header")
    if out.item is None:
        for i, t in enumerate(texts[:40]):
            m = _DECISION_NUMBER.search(t)
            if m:
                n = m.group("n")
                for nxt in ([] if n else texts[i + 1:i + 3]):
                    mm = re.match(r"^(\d{2}/\d{3,6})$", nxt)
                    if mm:
                        n = mm.group(1)
                        break
                put("item", n, "field:decision-number")
                break
    if out.item is None and kind != "minutes":
        for t in texts[start:start + 3]:
            m = _MG_ITEM_LINE.match(t)
            if m:
                put("item", m.group("n"), "header:item-line")
                put("title", m.group("title").strip(), "header:item-line")
                break
    if kind == "decision" and out.date is None:
        # a signed record of decision: the date written above "signed date"
        for i, t in enumerate(texts):
            if re.search(r"\bsigned\b.*\bdate\b", t, re.I):
                for back in reversed(texts[max(0, i - 3):i]):
                    d = fd(back)
                    if d:
                        put("date", d, "field:signed")
                        break

    # 4. the text
    if out.committee is None:
        put("committee", infer_committee(lines), "text")
    if out.committee is None and kind != "minutes":
        put("committee", _confirms_own_minutes(texts[start:start + 12]), "text:confirms-own-minutes")
    if out.committee is None and kind == "annual-report":
        put("committee", heading_body(lines), "text:heading")
        for t in texts[start:start + 6]:       # "Annual Report of the Overview and Scrutiny Committee 2023/24"
            m = _REPORT_OF_BODY.search(t)
            name = clean_committee(m.group("b") or m.group("c")) if m else None
            if name and is_body(name):
                put("committee", name, "header:report-of")
                break

    # the title
    _title(out, texts, start, kind, hit, container_title)
    # the council
    for t in texts[start:start + 6]:
        m = re.search(r"\b((?:[A-Z][\w’'-]*\s+){1,4}(?:County|Borough|District|City|Parish|Town|Metropolitan|Community|Shire)\s+Council|"
                      r"(?:Borough|City|County) of [A-Z]\w+)\b", t, re.I)
        if m:
            out.body = clean_committee(m.group(1))
            break
    return out


def _title(out: Meta, texts: list[str], start: int, kind: str, hit: _Hit, container_title: str | None) -> None:
    if out.title:
        return
    for t in texts[:8]:            # markdown front matter: title: "..."
        m = re.match(r'^title:\s*["\']?(.+?)["\']?\s*$', t)
        if m:
            out.title, out.rules["title"] = m.group(1), "front-matter"
            return
    for i, t in enumerate(texts[:6]):
        if re.match(r"^(?:Agenda item|Decision details|Issue - meetings|Issue - decisions|Issue history)$", t, re.I):
            for nxt in texts[i + 1:i + 3]:
                if nxt.lower() not in ("agenda item", "issue - meetings") and len(nxt) < 250:
                    out.title, out.rules["title"] = ICON.sub("", nxt).strip(), "page-heading"
                    return
    for i, t in enumerate(texts[start:start + 30], start):    # a report's "Subject:", a decision's "Title of Decision"
        m = _SUBJECT_FIELD.match(t)
        if m:
            parts = [v.lstrip("| ") for v in (m.group("v") or m.group("w"),) if v and v.lstrip("| ")]
            for nxt in texts[i + 1:i + 3]:
                if (_LABEL_LINE.match(nxt) or nxt.endswith(":") or len(nxt) > 90
                        or (parts and parts[-1].endswith((".", ":")))):
                    break
                parts.append(nxt)
            if parts:
                out.title, out.rules["title"] = " ".join(parts), "field:subject"
                return
    if hit.title and hit.rule in ("name-dash-date", "agenda-for") and not _TO_FIELD.match(hit.title):
        out.title, out.rules["title"] = hit.title, f"header:{hit.rule}"
        return
    for t in texts[start:start + 4]:
        if _PAGE_HEADING.match(t):
            out.title, out.rules["title"] = t, "page-heading"
            return
    if container_title:          # the publisher's own title (PDF or DOCX properties, HTML <title>)
        out.title, out.rules["title"] = container_title, "container"
        return
    if hit.title:
        out.title, out.rules["title"] = hit.title, f"header:{hit.rule}"
        return
    if texts[start:] and re.match(r"^[·•]\s*[A-Z]", texts[start]) and len(texts[start]) < 250:
        # a ModernGov agenda item copied as text: its title is the first line, as a bullet
        out.title, out.rules["title"] = texts[start].lstrip("·• ").rstrip("."), "item-bullet"
        return
    if kind == "annual-report":
        out.title, out.rules["title"] = _annual_report_title(texts[start:]), "report-cover"
        return
    t = _first_title(texts[start:], kind)
    if t and _GENERIC_LINE.match(t) and hit.committee and hit.line >= 0 and \
            texts[hit.line] == texts[min(texts.index(t) + 1, len(texts) - 1)]:
        t = f"{t} - {texts[hit.line]}"     # "Minutes" above "Horsley Neighbourhood Plan Working Group Meeting"
    if t:
        out.title, out.rules["title"] = t, "first-line"
