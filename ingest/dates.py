"""When an item is due: UK council wording -> ``YYYY-MM-DD``, ``YYYY-MM``, ``next-meeting``,
``future-meeting`` or None.

The common forms are read by compiled regular expressions (the extractor calls :func:`due_of` for every
item, so the fast path must stay cheap); dateparser is used only as the last resort of :func:`parse_date`
for one stand-alone date written in an unusual form.

Precision comes first: a wrong due is worse than none. A date counts as a due only when a cue ties it to
the future ("by", "until", "due", "deadline", "at its meeting on", "in" with a future verb, ...), never when
it is a past event, the minutes' own meeting date, a report title ("Annual Report 2015-16"), a statute
("Children Act 1989") or a section number. Month names are read only capitalised ("march on", "may",
"now", "second" are words), and "May" only next to a day or a year or after "in"/"by"/"until".
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass

from arising.tracker import add_months, month_end

__all__ = ["due_of", "parse_date", "parse_user_date", "period_end"]

# ---- month and date patterns --------------------------------------------------------------------

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_NAMES = sorted(MONTHS, key=len, reverse=True)
# Running text: capitalised or upper-case month names only ("march on" is a verb, "may" a modal).
_MON_TEXT = "|".join([n.capitalize() for n in _NAMES] + [n.upper() for n in _NAMES])
# A stand-alone string (a CLI option, a cell): any case.
_MON_ANY = "|".join(_NAMES)

_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"


def _date_patterns(mon: str) -> list[str]:
    m = lambda g: rf"(?P<{g}>{mon})(?![a-z])\.?"  # noqa: E731
    return [
        # 27 October 2011, Thursday 9th January 2025, the 16th February, 2018, 1st of June, 9 Jan 2025
        rf"{_WEEKDAY}(?:the\s+)?(?<![\d.,£$])(?P<d1>[0-3]?\d){_ORD}(?:\s+of)?\s+{m('m1')}(?:,?\s+(?P<y1>{_YEAR}))?(?![\d/-])",
        # March 25, 2019 / January 15th (US and some UK writers)
        rf"{_WEEKDAY}{m('m2')}\s+(?P<d2>[0-3]?\d)(?P<o2>st|nd|rd|th)?(?:,?\s+(?P<y2>{_YEAR}))?(?![\d:%.,]\d|[\d%:])",
        # 13/09/2016, 13-09-16, 13.09.2016 (dots only with a four-digit year, so 5.1.13 stays a section)
        r"(?<![\w/.-])(?P<d3>[0-3]?\d)(?P<s3>[/.-])(?P<m3>[01]?\d)(?P=s3)(?P<y3>(?:19|20)?\d\d)(?![\w/-]|\.\d)",
        # 2025-01-09
        r"(?<![\w/-])(?P<y4>(?:19|20)\d\d)-(?P<m4>[01]\d)-(?P<d4>[0-3]\d)(?![\w/-])",
        # Q3 2024/25, Quarter 2 2023-24, 2023/24, 2021 / 22, FY 2024-25
        r"(?<![\w/.-])(?:(?:Q|Quarter\s+)(?P<q5>[1-4])\s+(?:of\s+)?)?(?:FY\s?)?(?P<f5>(?:19|20)\d\d)\s?[/-]\s?(?P<g5>\d\d(?:\d\d)?)(?![\w/-]|\.\d)",
        # Q3 2024 (calendar quarter)
        r"(?<![\w/.-])(?:Q|Quarter\s+)(?P<q6>[1-4])\s+(?P<y6>(?:19|20)\d\d)(?![\w/-])",
        # October 2016, Sept. 2025
        rf"{m('m7')},?\s+(?P<y7>{_YEAR})(?![\w%/-]|[.,]\d)",
        # October (alone: accepted only after a cue, see _Cand)
        rf"(?<![\w-]){m('m8')}",
        # 2030 (alone: accepted only after a strong cue or for a year after the meeting's)
        rf"(?<![\w£$€.,/-])(?P<y9>{_YEAR})(?![\w%/-]|[.,]\d)",
    ]


_TEXT_DATE_RE = re.compile("|".join(_date_patterns(_MON_TEXT)))

# Is there anything in a text that could be a due at all? (the fast path's first test)
_MAYBE_RE = re.compile(
    r"\d|[JFMASOND][a-zA-Z]{2}|(?i:meet|committee|panel|board|commission|forum|council|cabinet|fortnight|week|"
    r"month|year|day|agenda|programme|course|back|later|future)"
)




def _fy_end_year(d: dt.date) -> int:
    """The calendar year in which the UK financial year containing ``d`` ends (31 March)."""
    return d.year if d.month <= 3 else d.year + 1


def _full_year(y: str) -> int:
    return int(y) if len(y) == 4 else 2000 + int(y)


@dataclass
class _Val:
    """A date mention's value: ``day`` or ``month`` or ``year`` granularity; ``year`` None if unstated."""

    gran: str
    year: int | None
    month: int | None = None
    day: int | None = None
    fiscal: bool = False  # a financial year or quarter (its end is a day)

    def end(self) -> dt.date:
        if self.gran == "day":
            return dt.date(self.year, self.month, self.day)
        if self.gran == "month":
            return month_end(self.year, self.month)
        return dt.date(self.year, 12, 31)

    def iso(self) -> str:
        if self.gran == "day":
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.gran == "month":
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-12"


def _value(m: re.Match) -> _Val | None:
    """The value of one match of the date patterns; None when it is not a valid date."""
    g = dict.fromkeys(("m1", "m2", "d3", "y4", "f5", "q6", "m7", "m8", "y9"))
    g.update(m.groupdict())
    try:
        if g["m1"]:
            return _day(g["y1"], MONTHS[g["m1"].lower()], int(g["d1"]))
        if g["m2"]:
            if (not g["y2"] and not g.get("o2") and not re.search(r"\b(?:on|by|before|until)\s+(?:the\s+)?$", m.string[max(0, m.start() - 10):m.start()])
                    and not re.match(r"\s+(?:[\w&'’-]+\s+){0,2}?(?:meeting|deadline|cut-?off)\b", m.string[m.end():m.end() + 40], re.I)):
                return None  # "from April 25" is April 2025 in UK writing; "on April 25" and "April 25th" are days
            return _day(g["y2"], MONTHS[g["m2"].lower()], int(g["d2"]))
        if g["d3"]:
            if g["s3"] == "." and len(g["y3"]) != 4 and not (len(g["d3"]) == 2 and len(g["m3"]) == 2):
                return None  # "5.1.13" is a section; "31.01.26" (two digits each) a date
            d, mo = int(g["d3"]), int(g["m3"])
            if mo > 12 and d <= 12:  # 11/30/17: a US month-first date
                d, mo = mo, d
            return _day(str(_full_year(g["y3"])), mo, d)
        if g["y4"]:
            return _day(g["y4"], int(g["m4"]), int(g["d4"]))
        if g["f5"]:
            y1 = int(g["f5"])
            y2 = _full_year(g["g5"]) if len(g["g5"]) == 4 else (y1 // 100) * 100 + int(g["g5"])
            if y2 != y1 + 1:
                return None
            if g["q5"]:  # UK financial quarters: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar
                q = int(g["q5"])
                end_month, year = ((6, y1), (9, y1), (12, y1), (3, y2))[q - 1]
                e = month_end(year, end_month)
            else:
                e = dt.date(y2, 3, 31)
            return _Val("day", e.year, e.month, e.day, fiscal=True)
        if g["q6"]:
            e = month_end(int(g["y6"]), int(g["q6"]) * 3)
            return _Val("day", e.year, e.month, e.day, fiscal=True)
        if g["m7"]:
            return _Val("month", int(g["y7"]), MONTHS[g["m7"].lower()])
        if g["m8"]:
            return _Val("month", None, MONTHS[g["m8"].lower()])
        if g["y9"]:
            return _Val("year", int(g["y9"]))
    except ValueError:
        return None
    return None


def _day(y: str | None, mo: int, d: int) -> _Val | None:
    if not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    if y is not None:
        dt.date(int(y), mo, d)  # raises ValueError on 31 February
        return _Val("day", int(y), mo, d)
    if d > calendar.monthrange(2024, mo)[1]:
        return None
    return _Val("day", None, mo, d)


def _infer_year(v: _Val, meeting: dt.date, *, strictly_after: bool = False) -> _Val | None:
    """Give a year-less day or month the year of its next occurrence on or after the meeting."""
    if v.year is not None:
        return v
    y = meeting.year
    if v.gran == "day":
        try:
            cand = dt.date(y, v.month, v.day)
        except ValueError:  # 29 February
            cand = None
        if cand is None or cand < meeting or (strictly_after and cand == meeting):
            y += 1
            if v.month == 2 and v.day == 29 and not calendar.isleap(y):
                return None
        return _Val("day", y, v.month, v.day)
    if v.month < meeting.month or (strictly_after and v.month == meeting.month):
        y += 1
    return _Val("month", y, v.month)


# ---- cues ---------------------------------------------------------------------------------------

_STRONG_BEFORE = re.compile(
    r"(?:\bby|\bbefore|\bno\s+later\s+than|\bnot\s+later\s+than|\buntil|\btill|\bprior\s+to|\bw/[cb]|\bweek\s+(?:commencing|beginning)|"
    r"\bdeadline(?:\s+(?:date\s+)?(?:of|is|was|for|set\s+(?:for|at)))?:?|"
    r"\bdeadline\s+(?:date\s+)?(?:for|of)\s+[\w\s'’,-]{1,40}?\s+(?:is|was|will\s+be|would\s+be|had\s+been\s+set\s+(?:for|at)|"
    r"has\s+been\s+set\s+(?:for|at)|set\s+(?:for|at))(?:\s+on)?|"
    r"\b(?:by|before|until)\s+(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|hrs|hours)?|noon|midday|midnight|"
    r"close\s+of\s+(?:play|business))(?:\s+on)?|"
    r"\bdue(?:\s+(?:date|in|on|by|for|at|before|from))?:?|\bclos(?:e|es|ing)(?:\s+on)?|"
    r"\bclosing\s+date(?:\s+(?:of|is|was|will\s+be))?:?(?:\s+on)?|"
    # US continued hearings: "Continued to January 14, 2025", "continued to the meeting of ..."
    r"\bcontinued\s+(?:(?:the\s+)?(?:item|hearing|matter|public\s+hearing|it)\s+)?(?:to|until)(?:\s+(?:the\s+)?(?:\w+\s+)?meeting\s+(?:of|on))?|\bexpir(?:e|es|y|ing)(?:\s+(?:on|in))?|"
    r"\bnext\s+(?:[\w&'’-]+\s+){0,3}?meeting(?:\s*[:–-]|\s+(?:is|will\s+be|would\s+be|to\s+be\s+held|is\s+to\s+be\s+held)"
    r"(?:\s+(?:held\s+)?on)?|\s+on)|"
    r"\breport(?:ing)?\s+back\s+(?:in|on|by)|"
    r"\b(?:in|at|by|before|towards|around)\s+(?:the\s+)?(?:end|close)\s+of|\bend(?:s|ing)?\s+(?:in|on|of))"
    r"\s+(?:the\s+)?(?:(?:end|close|week|latest)\s+(?:of\s+)?(?:the\s+)?)?(?:(?:early|late|mid|middle)[\s-]+)?$",
    re.I,
)
_MEETING_BEFORE = re.compile(
    r"\bmeetings?\s+(?:(?:to\s+be\s+held|scheduled|arranged|planned|set)\s+)?(?:on|in|for|of)\s+(?:the\s+)?$",
    re.I,
)
_WEAK_BEFORE = re.compile(
    r"(?:\bin|\bon|\bat|\bfor|\bduring|\bthroughout|\bover|\baround|\bcirca|"
    r"\b(?:early|late|mid|middle)(?:\s+in|\s+of)?|\b(?:beginning|start)\s+of)\s+(?:the\s+)?(?:(?:early|late|mid|middle)[\s-]+)?$",
    re.I,
)
# A date followed by "meeting(s)": "the March County Council meeting", "their respective November meetings".
_MEETING_AFTER = re.compile(
    r"\s+(?:(?!(?:at|on|in|by|of|to|and|or|was|were|is|are|the|a|an|for|with|from)\b)[\w&'’/-]+\s+){0,4}?"
    r"(?:meetings?|agenda)\b|"
    # "to the March Board", "at the June Cabinet": a capitalised body after the month names its meeting
    r"\s+(?:[A-Z][\w&'’-]+\s+){0,3}?(?-i:Board|Committee|Cabinet|Council|Panel|Forum|Commission|Authority)"
    r"(?!\s+(?-i:[A-Z])|\s+(?:tax|elections?|report|plan|budget|houses?|estates?)\b|[\w-])",
    re.I,
)
# "to the February meeting", "for the March Board": a meeting the item is sent to lies ahead
_DECISION_MARK = re.compile(r"^\W*(?:it\s+was\s+)?(?:AGREED|RESOLVED|DECIDED|Agreed|Resolved|agreed|resolved)\b\s*[-–—:]*\s*(?:that|to)?")
# "the Panel's July meeting", "the Board’s March meeting": a possessive body names whose meeting it is
_POSSESSIVE = r"(?-i:[A-Z][\w&-]*)['’]s\s+"
_TOWARDS_BEFORE = re.compile(rf"\b(?:to|for|until|till|before)\s+(?:the|its|their|(?:the\s+)?{_POSSESSIVE})\s*$", re.I)
_DETERMINER_BEFORE = re.compile(rf"(?:\b(?:the|their|its|his|her|a|an|this|that|next|our|your|respective)\s+|{_POSSESSIVE})$",
                                re.I)
# "either April 2027 or April 2028" - an alternative, not a due.
_EITHER = re.compile(r"\beither\s+(?:in\s+|by\s+)?(?:the\s+)?$", re.I)
# Words that make a following year a title, a statute or a label rather than a time.
_TITLE_BEFORE = re.compile(
    r"\b(?:Act|Acts|Regulations?|Order|Orders|Report|Reports|Plan|Strategy|Statement|Accounts|Charter|Budget|"
    r"Programme|Review|Survey|Return|Policy|Framework|Standards?|Rules|Bill|Code|Awards?|Day|Week|Month|"
    r"Conference|Festival|Games|Census|Settlement|Outturn|Estimates?|Scheme|Calendar|Financials|Levy|Audit|"
    r"Guidance|Edition|Version|Directive|Measure|Statistics|Assessment|Evaluation|Summit|Expo|Show|Fair|"
    r"Minute|Minutes|Item|Page|Pages|para(?:graph)?|section|No\.?|number|ref(?:erence)?|Appendix|Table|Vol(?:ume)?)"
    r"[\s,(]*$",
    re.I,
)
# A bare year or financial year used as an adjective: "the 2025-26 budget", "2018 levy", "2017/18 Financials".
_NOUN_AFTER = re.compile(
    r"\s*[A-Z]|\s+(?:budget|programme|plan|levy|settlement|accounts?|report|strategy|outturn|financials|calendar|"
    r"tax|taxes|figures?|data|position|allocation|grant|capital|revenue|rates?|pay|award|election|elections|"
    r"survey|census|review|audit|statement|process|cycle|round|cohort|intake|season|event|events|levels?|"
    r"baseline|target|targets|performance|monitoring|results|returns|spend|spending|forecasts?|update|"
    r"dashboard|indicators|kpis?|statistics|period|quarter|year)\b"
)

_RANGE_BEFORE = re.compile(
    rf"(?:{_MON_TEXT}|\d)\.?(?:\s+(?:19|20)\d\d)?\s*(?:/|-|–|—|to|until|till|or|and|&)\s*$")
_RECURRING = re.compile(
    r"\b(?:annually|yearly|monthly|quarterly|each|every)\s+(?:(?:in|by|on|during|until)\s+)?(?:the\s+)?$", re.I)
# A date with no cue word counts only as a list entry: "Consultation – 31 March 2025", "Deadline: ...".
_BARE_DAY_BEFORE = re.compile(r"(?:^|[:–—-])\s*$")
_CLAUSE_END = re.compile(r"[;!?]|\.(?=\s|$)|\n")

_FUTURE_OR_PAST = re.compile(
    r"(?P<fut>\b(?:(?:was|were)\s+(?:also\s+)?(?:scheduled|due|expected|planned|anticipated|intended|going)|(?:to\s+)?(?:be|being)(?:\s+(?:then\s+|further\s+|formally\s+)?\w+(?:ed|en|d|t|wn))?|will|would|shall|should|must|(?-i:can|could|may|might)|be|being|to\s+be|due|deadline|"
    r"scheduled|planned|expected|anticipated|intend(?:s|ed)?|aim(?:s|ed)?|going\s+to|asked|requested|"
    r"request|requests|agreed\s+(?:to|that)|proposed|propose|(?-i:next|future|forthcoming|upcoming)|awaited|"
    r"to\s+(?:report|bring|present|submit|provide|consider|review|complete|deliver|return|hold|meet|publish|"
    r"update|circulate|launch|introduce|undertake|prepare|produce|develop|implement|finalise|close|end|"
    r"take\s+place|conclude|achieve|attend|host|run|start|begin|commence|open))\b)"
    r"|(?P<past>\b(?:was|were|had|has\s+been|have\s+been|had\s+been|did|held|took\s+place|published|received|"
    r"raised|launched|started|began|commenced|occurred|happened|issued|circulated|sent|signed|dated|adopted|"
    r"approved|agreed|decided|resolved|noted|reported|considered|discussed|submitted|attended|visited|"
    r"introduced|completed|finished|closed|ended|opened|made|met|presented|since|last|previous|previously|"
    r"earlier|ago|minutes|formerly|historically|recorded|undertaken|carried\s+out|delivered|achieved|took|gave|ran|"
    r"spoke|hosted|announced|welcomed|went|saw|showed|led|joined|highlighted|explained|informed|advised|told|"
    r"thanked|paid|expressed|confirmed|stated|said|updated|provided|shared|outlined|drew|praised|celebrated)\b)",
    re.I,
)


def _tense_before(before: str) -> str | None:
    """'fut' or 'past' from the last tense marker before a date in its clause."""
    last = None
    for m in _FUTURE_OR_PAST.finditer(before):
        last = m
    if last is None:
        return None
    return "fut" if last.group("fut") else "past"


def _tense_after(after: str) -> str | None:
    """'fut' or 'past' from the first tense marker after a date ("On 3 May, Ms Ray visited ...")."""
    m = _FUTURE_OR_PAST.search(after)
    if m is None:
        return None
    return "fut" if m.group("fut") else "past"


def _tense(before: str, after: str) -> str | None:
    """The tense of a date's clause: the last marker before it, else a future after it
    ("the Council on 7 March will decide")."""
    tb = _tense_before(before)
    if tb is not None:
        return tb
    return "fut" if _tense_after(after) == "fut" else None


@dataclass
class _Cand:
    start: int
    end: int
    val: _Val
    cue: str  # strong | meeting | weak | none
    rank: int
    meeting_after: bool


_RANK = {"strong": 3, "meeting": 2, "weak": 1, "none": 0}


def _cue(before: str) -> str:
    tail = before[-70:]
    if _STRONG_BEFORE.search(tail):
        return "strong"
    if _MEETING_BEFORE.search(tail):
        return "meeting"
    if _WEAK_BEFORE.search(tail):
        return "weak"
    return "none"


# ---- relative dues ------------------------------------------------------------------------------

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20,
    "twenty-one": 21, "twenty one": 21, "twenty-eight": 28, "twenty eight": 28, "thirty": 30,
    "forty-five": 45, "sixty": 60, "ninety": 90, "eighteen": 18, "twenty-four": 24,
}
_NUM_WORDS = "|".join(sorted((re.escape(k) for k in _NUMBERS), key=len, reverse=True))
_RELATIVE_RE = re.compile(
    rf"\b(?:(?P<within>within|inside)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?"
    rf"|(?P<in>in)\s+(?:the\s+)?(?P<nx>next\s+|coming\s+|following\s+)?)"
    rf"(?:(?P<n>\d{{1,3}}|{_NUM_WORDS})[\s-]+)?(?P<unit>fortnight|working\s+days?|business\s+days?|days?|weeks?|months?|years?)"
    rf"(?P<time>['’]?s?\s+time)?\b(?!['’]?s?\s+(?:of|from|after|following|before)\b(?!\s+(?:this|the)\s+(?:decision|meeting|grant\s+of\s+(?:the\s+)?(?:licen[cs]e|permission|consent))\b))"
    # "within 20 working days in at least 85% of cases" is a service standard, not a deadline
    rf"(?!\s+(?:in|for)\s+(?:at\s+least\s+|over\s+|more\s+than\s+|almost\s+|nearly\s+)?\d+(?:\.\d+)?\s?%)"
    # "Review records sent within 20 working days | 70% | 61%": a measure and its figures
    rf"(?!\s*[|:,]?\s*\d+(?:\.\d+)?\s?%)",
    re.I,
)
_END_OF_RE = re.compile(
    r"\b(?P<cue>by|before|until|at|towards|in|for|prior\s+to)?\s*(?:the\s+)?end\s+of\s+"
    r"(?P<which>this|the|the\s+current|next|the\s+next|the\s+coming)\s+"
    r"(?P<unit>financial\s+year|municipal\s+year|calendar\s+year|year|month|quarter)\b"
    r"|\b(?P<later>later\s+(?:this|in\s+the)\s+year|before\s+the\s+year\s+(?:is\s+)?out|(?:by|before|in\s+time\s+for)\s+Christmas)\b",
    re.I,
)


def _clause_before(text: str, pos: int) -> str:
    """The words of the sentence before ``pos`` (back to the last full stop, semicolon or line break)."""
    start = max((b.end() for b in _CLAUSE_END.finditer(text, 0, pos)), default=0)
    return text[max(start, pos - _WINDOW):pos]


def _relative(m: re.Match, meeting: dt.date) -> _Val | None:
    if m.group("unit") is None:
        return None
    n_raw = m.group("n")
    unit = m.group("unit").lower()
    if not m.group("within") and not (m.group("nx") or m.group("time")):
        # "in 12 months" is a deadline only in a clause looking ahead ("an update be given in 12 months"),
        # not in "in 6 months the service saw ..."
        if _tense_before(m.string[max(0, m.start() - _WINDOW):m.start()]) != "fut":
            return None
    elif m.group("within") and _tense_before(_clause_before(m.string, m.start())) == "past":
        return None  # "61% of records were sent within 20 working days": what was achieved, not a deadline
    if n_raw is None:
        if unit.endswith("s") and unit != "fortnight":
            return None  # "within days", "in the next few days"
        n = 1
    else:
        n = int(n_raw) if n_raw.isdigit() else _NUMBERS[n_raw.lower()]
    if unit == "fortnight":
        d = meeting + dt.timedelta(days=14 * n)
    elif unit.startswith(("working", "business")):
        d, left = meeting, n
        while left:
            d += dt.timedelta(days=1)
            if d.weekday() < 5:
                left -= 1
    elif unit.startswith("day"):
        d = meeting + dt.timedelta(days=n)
    elif unit.startswith("week"):
        d = meeting + dt.timedelta(weeks=n)
    elif unit.startswith("month"):
        d = add_months(meeting, n)
    else:
        d = add_months(meeting, 12 * n)
    return _Val("day", d.year, d.month, d.day)


# "by the end of Q3", "in quarter 2" with no year: a quarter of the financial year that starts in April (Q1 ends in
# June, Q4 in March), the next such quarter end from the meeting
_QUARTER_RE = re.compile(
    r"\b(?:(?:by|before|until|within)\s+(?:the\s+)?(?:end\s+of\s+)?|(?:towards|for)\s+the\s+end\s+of\s+)"
    r"(?:Q|[Qq]uarter\s+)(?P<q>[1-4])\b"
    r"(?!\s*(?:of\s+)?(?:\d{2,4}|[-/]))")


def _quarter(m: re.Match, meeting: dt.date) -> _Val | None:
    month = {1: 6, 2: 9, 3: 12, 4: 3}[int(m.group("q"))]
    year = meeting.year if month >= meeting.month else meeting.year + 1
    return _Val("month", year, month)


def _end_of(m: re.Match, meeting: dt.date) -> _Val | None:
    if m.group("later"):
        return _Val("month", meeting.year, 12)
    which = re.sub(r"\s+", " ", m.group("which").lower())
    nxt = 1 if "next" in which or "coming" in which else 0
    unit = re.sub(r"\s+", " ", m.group("unit").lower())
    if unit in ("year", "calendar year"):
        return _Val("month", meeting.year + nxt, 12)
    if unit == "financial year":
        return _Val("day", _fy_end_year(meeting) + nxt, 3, 31, fiscal=True)
    if unit == "municipal year":  # runs May to May
        y = meeting.year if meeting.month < 5 else meeting.year + 1
        return _Val("month", y + nxt, 5)
    if unit == "month":
        d = add_months(meeting.replace(day=1), nxt)
        return _Val("month", d.year, d.month)
    # quarter: calendar and financial quarters both end in March, June, September, December
    q_end = ((meeting.month - 1) // 3 + 1) * 3
    d = add_months(dt.date(meeting.year, q_end, 1), 3 * nxt)
    return _Val("month", d.year, d.month)


# ---- meetings -----------------------------------------------------------------------------------

_BODY = r"(?:meeting|meetings|committee|sub-committee|panel|board|forum|cabinet|council|commission|session|group)"
_NEXT_MEETING_RE = re.compile(
    r"\b(?:the|its|their|a)\s+(?:following|subsequent)\s+(?:[\w&'’-]+\s+){0,3}?meetings?\b|"
    r"\bnext\s+"
    r"(?:(?:available|scheduled|ordinary|formal|appropriate|possible|planned|regular|quarterly|public|"
    r"full|special|monthly|annual)\s+)*"
    r"(?:(?:[A-Z][\w&'’.-]*|[A-Z]{2,}|parish|town|district|county|city|borough|full|scrutiny|committee|panel|"
    r"board|cabinet|council|forum|sub-committee|working|steering|task|group|pds|policy)\s+){0,5}?"
    + _BODY + r"\b(?!\s+[Tt]ax)",
    re.I,
)
# "focus their attention next on children" has no body; "next year" is not a meeting.
_FUTURE_MEETING_RES = [
    re.compile(
        r"(?:\b(?:future|later|subsequent|forthcoming|upcoming)|\b(?:a|another)\s+further)\s+"
        r"(?:(?!(?:in|to|of|the|this|that|at|on|and)\b)[\w&'’/.-]+\s+){0,5}?"
        r"(?:meetings?|workshops?|(?:study|workshop|briefing)\s+sessions?|agenda(?:\s+items?)?)\b",
        re.I,
    ),
    re.compile(r"\bat\s+(?:a|some)\s+(?:later|future)\s+(?:date|stage|point)\b", re.I),
    re.compile(
        r"\b(?:will|would|shall|should|to|must)\s+(?:\w+\s+)?(?:receive|consider|see|have)\s+(?:a\s+|an\s+)?"
        r"(?:further|follow-up|follow\s+up|progress|update)\s+(?:report|update|paper)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:come|comes|came|coming|brought|bring|bringing|report|reports|reported|reporting|refer|referred|"
        r"feed|fed|return|returns|returned|returning)\s+back\s+(?:to|before)\s+(?:the\s+|this\s+|a\s+|its\s+|their\s+)?"
        r"(?:[\w&'’-]+\s+){0,4}?(?:committee|sub-committee|panel|board|commission|forum|members|meeting|group|"
        r"cabinet|council)\b",
        re.I,
    ),
    re.compile(r"\b(?:when|once|if|before)\s+(?:it|they|this|these|the\s+\w+)\s+(?:comes?|came|returns?)\s+back\b", re.I),
    re.compile(
        r"\b(?:return|returns|returned|returning)\s+to\s+(?:the\s+|this\s+)(?:[\w&'’-]+\s+){0,4}?"
        r"(?:committee|sub-committee|panel|board|commission|forum)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:be|being|will|would|shall|should|to|must)\s+(?:be\s+)?(?:then\s+)?(?:\w+\s+and\s+)?"
        r"(?:report|reported|brought|submitted|presented|considered|referred|tabled|provided|given|"
        r"put|bring|submit|present|provide|give|update|come)\s+(?:back\s+)?(?:[\w,'’-]+\s+){0,4}?"
        r"(?:to|before|by|at)\s+(?:the\s+|this\s+|a\s+|its\s+|their\s+)?(?:[\w&'’-]+\s+){0,3}?"
        r"(?:committee|sub-committee|panel|board|commission|forum)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:report|reported|update|updates|brought|considered|submitted|presented|committee|panel|board|meeting)"
        r"\b[^.;]{0,80}\bin\s+due\s+course\b|\bin\s+due\s+course\b[^.;]{0,40}\b(?:to|by|at)\s+(?:the\s+)?"
        r"(?:committee|sub-committee|panel|board|commission|forum|members)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:put|placed|added|included|listed|scheduled|brought)\s+(?:on|onto|to|in)\s+"
        r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?!alongside|with|beside|next|and|or)[\w&'’-]+\s+){0,2}?"
        r"(?:agenda|work\s*programme|forward\s+plan)\b",
        re.I,
    ),
]


# ---- the due of an item -------------------------------------------------------------------------

_WINDOW = 300


def _candidates(text: str, meeting: dt.date | None) -> list[_Cand]:
    cands: list[_Cand] = []
    bounds = [(b.start(), b.end()) for b in _CLAUSE_END.finditer(text)]
    starts = [b[0] for b in bounds]
    ends = [b[1] for b in bounds]
    for m in _TEXT_DATE_RE.finditer(text):
        v = _value(m)
        if v is None:
            continue
        s, e = m.span()
        # the date's clause, at most _WINDOW characters either side
        i = bisect.bisect_right(ends, s)
        before = text[max(ends[i - 1] if i else 0, s - _WINDOW):s]
        j = bisect.bisect_left(starts, e)
        after = text[e:min(starts[j] if j < len(starts) else len(text), e + _WINDOW)]
        cue = _cue(before)
        rng = _RANGE_BEFORE.search(before)
        if cue == "none" and rng:  # "October/November", "April - March 2019": the cue of the first
            cue = _cue(before[: rng.start()])
        meeting_after = (v.gran != "year" and not v.fiscal and bool(_MEETING_AFTER.match(after))
                         and bool(_DETERMINER_BEFORE.search(before[-20:])))
        bare_month = v.gran == "month" and v.year is None

        if bare_month:
            # "May" only after in/by/until or before "meeting"; others only after a cue word.
            if not (cue in ("strong", "weak", "meeting") or meeting_after):
                continue
            # "by Jan Harris", "with April Jones": a name, not a month
            if len(m.group("m8")) <= 4 and m.group("m8").lower() not in ("may", "june", "july"):
                continue
            if not meeting_after and re.match(r"\s+[A-Z][a-z]", after):
                continue
            if cue == "weak" and m.group("m8") and m.group("m8") in ("May", "MAY") and not re.search(
                r"\b(?:in|by|until|during|early|late|mid)\s+(?:the\s+)?$", before, re.I
            ):
                continue
        if v.gran == "year" or m.group("f5") or m.group("q6"):
            if _TITLE_BEFORE.search(before[-40:]) or _NOUN_AFTER.match(after):
                continue
        if v.gran == "month" and v.year is not None and _TITLE_BEFORE.search(before[-25:]) and cue == "none":
            continue
        if _RECURRING.search(before[-40:]):
            continue  # "reviewed annually in March", "every April": no one due
        if _EITHER.search(before[-30:]):
            cands.append(_Cand(s, e, v, "either", -1, meeting_after))
            continue

        tense = _tense(before, after)
        inferred = v.year is None
        if inferred:
            if meeting is None:
                if (meeting_after or cue == "meeting") and tense != "past":
                    # "at the November Board meeting", "at its meeting in October": a meeting, year unknown
                    cands.append(_Cand(s, e, v, "meeting-month", 2, True))
                continue
            v = _infer_year(v, meeting, strictly_after=meeting_after)
            if v is None:
                continue
            if cue != "strong":
                # a year-less date is read as the next one only when the clause looks ahead:
                # not "On 17th December, the Leader visited ...", nor "... but in December there were rumours"
                tb, ta = _tense_before(before), _tense_after(after)
                towards = (meeting_after and _TOWARDS_BEFORE.search(before[-20:]) and ta != "past"
                           and _tense_before(_DECISION_MARK.sub("", before)) != "past")
                if not ((tb == "fut" and ta != "past") or (tb is None and ta == "fut") or towards):
                    continue
        if meeting_after and cue != "strong":
            cue = "meeting"
        if meeting is not None:
            end = v.end()
            if end < meeting or (v.gran == "day" and end == meeting):
                continue  # a past event or the meeting itself
        elif tense == "past":
            continue
        # how strong must the cue be for each kind of mention?
        if v.gran == "year":
            if cue == "strong":
                if meeting is not None and v.year < meeting.year:
                    continue
            elif cue == "weak" and meeting is not None and v.year > meeting.year and _tense(before, "") == "fut":
                pass  # "goals for 2025 would include" at a 2024 meeting
            else:
                continue
        elif v.fiscal:
            # a financial year with a deadline cue ("by 2024/25"), or after "in"/"during" in a clause that looks
            # ahead ("a second staff survey is planned in 2024/25"); never a year in passing
            during = re.search(r"\b(?:in|during)\s+(?:the\s+)?$", before, re.I)
            if cue != "strong" and not (during and tense == "fut"):
                continue
        elif v.gran == "month":
            if cue == "none" and re.search(r"\bfrom\s+(?:the\s+)?$", before[-12:]) and _tense_before(before) == "fut":
                cue = "weak"  # "would be shared with the Panel from April 2025": the first due delivery
            if cue == "none":
                continue
            if cue == "weak" and meeting is None and tense != "fut":
                continue
        else:  # a day
            if cue == "none" and (meeting is None or inferred or not _BARE_DAY_BEFORE.search(before)):
                continue  # "from 1 April 2025" is a start; "Survey – closes 31 March 2025" a deadline
            if cue in ("weak", "none") and meeting is None and tense != "fut":
                continue  # "At 7.30pm on Wednesday 10 July 2013", "As at 31 March 2020 there were"
        cands.append(_Cand(s, e, v, cue, _RANK.get(cue, 0), meeting_after))
    return cands


def _merge_ranges(text: str, cands: list[_Cand]) -> list[_Cand]:
    """'October/November', 'April 2027 or April 2028', '1 April 2024 to 31 March 2025': keep the later end."""
    out: list[_Cand] = []
    for c in cands:
        if out:
            p = out[-1]
            gap = text[p.end:c.start]
            if (p.val.year is not None and c.val.year is not None
                    and re.fullmatch(r"\s*(?:/|-|–|—|to|until|till|and|or|&)\s*", gap, re.I)):
                if p.cue == "either" or c.cue == "either":
                    out[-1] = _Cand(p.start, c.end, c.val, "either", -1, c.meeting_after)
                    continue
                out[-1] = _Cand(p.start, c.end, c.val, p.cue if p.rank >= c.rank else c.cue,
                                max(p.rank, c.rank), c.meeting_after)
                continue
        out.append(c)
    return out


def _due_in_text(text: str, meeting: dt.date | None) -> str | None:
    cands = _candidates(text, meeting)
    if meeting is not None:
        for regex, read in ((_RELATIVE_RE, _relative), (_END_OF_RE, _end_of), (_QUARTER_RE, _quarter)):
            for m in regex.finditer(text):
                try:
                    v = read(m, meeting)
                except (ValueError, OverflowError):  # beyond year 9999
                    v = None
                if v is not None:
                    cands.append(_Cand(m.start(), m.end(), v, "strong", 3, False))
    if cands:
        cands.sort(key=lambda c: c.start)
        cands = [c for c in _merge_ranges(text, cands) if c.rank >= 0]
    if cands:
        best = max(cands, key=lambda c: (c.rank, -c.start))
        if best.cue == "meeting-month":
            return "future-meeting"
        return best.val.iso()
    if _NEXT_MEETING_RE.search(text):
        return "next-meeting"
    for r in _FUTURE_MEETING_RES:
        if r.search(text):
            return "future-meeting"
    return None


def due_of(text: str, meeting_date: dt.date | None, context: str | None = None) -> str | None:
    """When the item ``text`` is due, as "YYYY-MM-DD", "YYYY-MM", "next-meeting", "future-meeting" or None.

    ``meeting_date`` is the date of the meeting whose minutes hold the item: it supplies the year of a
    date written without one (the next such date after the meeting), the base of "within two weeks",
    and rules out dates before the meeting as past events. ``context`` is extra text (e.g. an annual
    report heading "Priorities for April 2018 - March 2019"), used only when the item states no due.
    ``meeting_date`` may also be given as an ISO string (as in ``Text.meta["date"]``).
    """
    if isinstance(meeting_date, dt.datetime):
        meeting_date = meeting_date.date()
    elif isinstance(meeting_date, str):  # Text.meta["date"] is "YYYY-MM-DD"
        try:
            meeting_date = dt.date.fromisoformat(meeting_date)
        except ValueError:
            meeting_date = None
    due = None
    if text and _MAYBE_RE.search(text):
        due = _due_in_text(text, meeting_date)
    if due is None and context:
        due = period_end(context)
        if due is None and len(context) <= 40:
            # an action table's When cell: "Next meeting", "Future meeting", "March"
            mm = re.match(r"^\s*(?:by\s+|at\s+|to\s+|for\s+)?(?:the\s+|a\s+)?(?P<w>next|future)\s+(?:[\w&-]+\s+){0,2}?meeting\b",
                          context, re.I)
            if mm:
                return f"{mm.group('w').lower()}-meeting"
            if meeting_date is not None:
                # "Within six weeks", "within 28 days": counted from the meeting
                mr = _RELATIVE_RE.match(context.strip())
                if mr and mr.group("within") and mr.end() >= len(context.strip().rstrip(".")) - 1:
                    v = _relative(mr, meeting_date)
                    due = v.iso() if v else None
                if due is None:
                    due = _cell_due(context, meeting_date)
        if due is not None and meeting_date is not None and due < meeting_date.isoformat()[: len(due)]:
            due = None  # a context period that ended before the meeting is history, not a due
    return due


_CELL_MONTH_RE = re.compile(rf"(?<![A-Za-z])(?P<m>{_MON_ANY})(?![a-z])\.?(?!\s+(?-i:[A-Z][a-z]))", re.I)  # not "Jan Harris"


def _cell_due(cell: str, meeting: dt.date) -> str | None:
    """A "When" cell of an action table that names only a month ("Nov", "by March"): the next such month
    after the meeting. A day is not invented."""
    m = _CELL_MONTH_RE.search(cell)
    if m is None or (m.group("m").lower() == "may" and not re.search(r"\b(?:by|in|end|mid|early|late)\s+may\b|^\s*may\b", cell, re.I)):
        return None
    v = _infer_year(_Val("month", None, MONTHS[m.group("m").lower()]), meeting)
    return v.iso() if v else None


# ---- periods --------------------------------------------------------------------------------------

_YEAR_RANGE_RE = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)\s*(?:-|–|—|to)\s*((?:19|20)\d\d)(?![\w/-])")


def period_end(s: str) -> str | None:
    """The end of the period a heading names: "April 2018 - March 2019" -> "2019-03"; "2023/24" and
    "2024-25" -> "2024-03-31" / "2025-03-31" (a UK financial year ends on 31 March); "Q3 2024/25" ->
    "2024-12-31"; "2025" -> "2025-12"; "the year ahead" -> None."""
    if not s:
        return None
    best: _Val | None = None
    vals: list[tuple[int, _Val]] = []
    for m in _TEXT_DATE_RE.finditer(s):
        v = _value(m)
        if v is not None:
            vals.append((m.start(), v))
    for m in _YEAR_RANGE_RE.finditer(s):
        a, b = int(m.group(1)), int(m.group(2))
        if b > a + 1:  # 2024-2026 (a one-year step is a financial year, read above)
            vals.append((m.start(), _Val("year", b)))
    # a month without a year takes the year of the next dated mention ("April - March 2019")
    for i, (pos, v) in enumerate(vals):
        if v.year is None:
            later = [w for p, w in vals[i + 1:] if w.year is not None]
            if not later:
                continue
            y = later[0].year
            if v.gran == "month" and later[0].month is not None and v.month > later[0].month:
                y -= 1
            v = _Val(v.gran, y, v.month, v.day)
        if best is None or v.end() > best.end():
            best = v
    return best.iso() if best else None


# ---- one date ---------------------------------------------------------------------------------------

_ONE_DATE_RE = re.compile(
    r"(?:" + "|".join(_date_patterns(_MON_ANY)[:4] + [_date_patterns(_MON_ANY)[6]]) + r")",
    re.I,
)


def parse_date(s: str, default_year: int | None = None) -> dt.date | None:
    """One date written in a UK form ("13/09/2016", "Tuesday 9th January 2025", "1st of June",
    "27 October 2011"), day first. A date without a year takes ``default_year``; without one it is None.
    A month without a day ("October 2016") is not a date: None."""
    if not s:
        return None
    t = re.sub(r"\s+", " ", s).strip().strip(".,;:()")
    m = _ONE_DATE_RE.fullmatch(t)
    if m is not None:
        v = _value(m)
        if v is None or v.gran != "day":
            return None
        y = v.year if v.year is not None else default_year
        if y is None:
            return None
        try:
            return dt.date(y, v.month, v.day)
        except ValueError:
            return None
    return _dateparser_date(t, default_year)


_DATEPARSER_WORTHY = re.compile(rf"\b(?:{_MON_ANY})\b|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}", re.I)
_RELATIVE_WORDS = re.compile(r"\b(?:now|today|tomorrow|yesterday|ago|next|last|this|in|after|before)\b", re.I)


def _dateparser_date(t: str, default_year: int | None) -> dt.date | None:
    """Last resort for unusual forms ("Tues. 9th Jan. '25"): dateparser, strictly, day first."""
    if len(t) > 60 or not re.search(r"\d", t) or not _DATEPARSER_WORTHY.search(t) or _RELATIVE_WORDS.search(t):
        return None  # "now 2024", "second", "may": words, not dates
    import dateparser  # slow to import; only needed here

    settings = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "future", "REQUIRE_PARTS": ["day", "month"],
                "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if default_year is not None:
        settings["RELATIVE_BASE"] = dt.datetime(default_year, 1, 1)
    else:
        settings["REQUIRE_PARTS"] = ["day", "month", "year"]
    try:
        got = dateparser.parse(t, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if got is None:
        return None
    if not re.search(r"(?:19|20)\d\d|'\d\d\b", t) and default_year is not None:
        try:
            return got.date().replace(year=default_year)
        except ValueError:
            return None
    return got.date()


def parse_user_date(s: str) -> str:
    """A date given on the command line (``--due``, ``--since``) -> ISO ("YYYY-MM-DD" or "YYYY-MM").

    Accepts YYYY-MM-DD, YYYY-MM, DD/MM/YYYY, "31 March 2025" and "March 2025"; raises ValueError with a
    one-line message naming the allowed forms."""
    t = re.sub(r"\s+", " ", (s or "")).strip()
    msg = (f"not a date: {s!r}; use YYYY-MM-DD, YYYY-MM, DD/MM/YYYY or a day, month and year "
           f"such as '31 March 2025'")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
            return dt.date.fromisoformat(t).isoformat()
        if re.fullmatch(r"\d{4}-\d{2}", t):
            dt.date.fromisoformat(t + "-01")
            return t
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", t)
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        m = re.fullmatch(rf"(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MON_ANY})\.?,?\s+(\d{{4}})", t, re.I)
        if m:
            return dt.date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1))).isoformat()
        m = re.fullmatch(rf"({_MON_ANY})\.?,?\s+(\d{{4}})", t, re.I)
        if m:
            return f"{int(m.group(2)):04d}-{MONTHS[m.group(1).lower()]:02d}"
    except ValueError:
        raise ValueError(msg) from None
    raise ValueError(msg)
