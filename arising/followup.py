"""Follow-up detection: when a later document reports on an earlier open item, propose a status change
with the later document's words as evidence. Proposals are never applied here; ``arising review``
shows them to a clerk, who accepts or rejects each.

How a passage is matched to an item (pure functions over records; no search index):

* **Passages** are the sentences of the later document's minutes text (``AgendaItem.text``): lines
  are joined into paragraphs (a PDF's wrapped lines become one paragraph; labels, bullets, headings
  and ``Minute 27 ...`` lines start new ones) and paragraphs are split into sentences.
* **Candidates** are the tracked, not yet closed items (status ``open`` or ``in-progress``) of
  *earlier* meetings -- the same decision published twice counts once (``tracker.views``).
* **Evidence for a pair** -- an explicit minute reference (``Minute 27``, ``minute 23, 14 November
  2023``, ``(12 March 2024, minute 41)``, ``CS17/24``) that names the item's minute; the item's
  meeting named by committee and date (``Following Cabinet's acceptance ... in June 2024``) or by
  ``last year`` / ``the last meeting``; the label of a recommendation (``recommendation (b)``); text
  similarity (content words weighted by how rare they are in the knowledge base; a word matches the
  word it begins, a near-identical word by rapidfuzz, and the initials of a capitalised name its
  acronym); the relation of the two meetings (the same committee, the body the recommendation was
  made to, a passage that names the item's committee); and whether the passage says something
  happened (``had been sent``, ``achieved``, ``had started``, ``is accepted``).
* A passage reports on the items of one earlier meeting it is most like (at most three items in all);
  each item gets one proposal per evidence document: its best passage.

The proposed status and response come from the wording of the passage's clause most like the item:
``implemented / had been sent / introduced / achieved / closed`` -> resolved; ``started / under way /
would / will / still awaited / partly achieved / postponed`` -> in-progress; ``accepted`` /
``partially accepted`` / ``not accepted`` -> the response to a recommendation.

Where the evidence is: the page (PDF) or paragraph (other formats) and line of the passage come from
the stored page text when it is given (``lines=``), else they are estimated from the nearest item of
the same document whose place is known.

Proposals are kept in ``KB/.arising/proposals.yml`` (see ``load_proposals``/``save_proposals``); a
proposal's id is ``p-`` and six hex digits of a hash of the item id and the evidence document, so
running detection again finds the same ids: it never duplicates a proposal, and a rejected proposal
stays rejected.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import math
import os
import re
from dataclasses import dataclass, field
from typing import Iterable, Literal

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz, process

from arising import yamlio
from arising.config import Config
from arising.model import AgendaItem, Document, Item, Meeting
from arising.tracker import views

PROPOSALS_FILE = "proposals.yml"
OPEN = ("open", "in-progress")

# The score of a (passage, item) pair: 0.8 x text similarity, plus what points from the passage to the
# item (a minute reference, the item's meeting named by committee and date, "last year", the label of
# a recommendation), plus the relation of the two meetings, plus 0.05 when the wording says something
# happened (-0.1 when it says nothing: a restatement), less an allowance for items years old.
THRESHOLD = 0.5
"""The least score a pair needs to be proposed."""
REF_WEIGHT = 0.35
"""What an explicit minute reference adds to the score of the item of that minute it is most like."""
MEETING_WEIGHT = 0.15
"""What naming an earlier meeting (its committee and date) adds, for the item of it the passage is most like."""
RIVALS = 0.15
"""A passage reports on its best-scoring item of a meeting and on any other of that meeting within this much of it."""
MAX_PER_PASSAGE = 3
"""The most items one passage is proposed as evidence for."""
MAX_CANDIDATES = 25
"""Items weighed against one passage: those sharing the most (rare) words with it, and any it names by minute."""
MIN_TEXT = 0.1
"""A pair with less text in common than this is weighed only when a minute reference links them."""

# ---- the proposal record -----------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Evidence(_Strict):
    document: str
    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    quote: str
    committee: str | None = None
    meeting_date: dt.date | None = None

    def ref(self) -> str:
        """``<doc>#p<page>`` (or ``#para<n>``), as a change's evidence."""
        if self.page is not None:
            return f"{self.document}#p{self.page}"
        if self.paragraph is not None:
            return f"{self.document}#para{self.paragraph}"
        return self.document

    def where(self) -> str:
        if self.page is not None:
            return f"p{self.page}"
        if self.paragraph is not None:
            return f"para {self.paragraph}"
        return ""


class Proposal(_Strict):
    id: str
    item: str
    """The id of the item the evidence reports on."""
    item_document: str
    evidence: Evidence
    proposed_status: Literal["in-progress", "resolved"] | None = None
    """None when the passage only records a response (a recommendation not accepted)."""
    proposed_response: Literal["accepted", "partially-accepted", "not-accepted"] | None = None
    score: float = Field(ge=0.0, le=1.0)
    reasons: list[str] = Field(default_factory=list)
    """Why the pair was matched: ``minute 23 of 2023-11-14``, ``same committee``, ``text 0.62``."""
    state: Literal["pending", "accepted", "rejected"] = "pending"
    decided_by: str | None = None
    decided_at: dt.datetime | None = None


def proposal_id(item_id: str, evidence_document: str, taken: dict[str, tuple[str, str]] | None = None) -> str:
    """``p-`` + 6 hex digits of a hash of the item id and the evidence document; lengthened only if
    those digits are already used by another pair (``taken``: id -> (item, document))."""
    digest = hashlib.sha1(f"{item_id}\n{evidence_document}".encode()).hexdigest()
    for n in range(6, len(digest) + 1, 2):
        pid = f"p-{digest[:n]}"
        if taken is None or taken.get(pid, (item_id, evidence_document)) == (item_id, evidence_document):
            return pid
    return f"p-{digest}"


# ---- words and similarity -------------------------------------------------------------------------

STOP = set("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yourself yourselves
shall may might must upon per via within without whether either neither ie eg etc
""".split())
WORD = re.compile(r"\d{4}[-–/]\d{2,4}|[£$]?[a-z0-9]+(?:[.,][0-9]+)?%?")
MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9


def stem(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("sses"):
        return w[:-2]
    if w.endswith("s") and len(w) > 3 and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith("ed") and len(w) > 4 and not w.endswith("eed"):
        w = w[:-2]
    else:
        return w
    if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":  # setting -> set, planned -> plan
        w = w[:-1]
    return w


ACRONYM = "§"
"""Marks the initials of a run of capitalised words: counted only when the other text has them as a word."""
_TITLED = re.compile(r"\b[A-Z][a-z]+(?:['’]s)?(?:\s+(?:of|and|for|the|&)?\s*[A-Z][a-z]+(?:['’]s)?)+")
_SMALL = {"of", "and", "for", "the", "&"}
_LEAD = {"that", "the", "this", "these", "those", "a", "an", "in", "on", "at", "to", "for", "from", "with", "by",
         "as", "if", "when", "and", "but", "following", "after", "before", "all", "any", "each", "every", "its",
         "their", "our", "his", "her", "members", "councillor", "cllr", "mr", "mrs", "ms", "dr"}


def acronyms(text: str) -> list[str]:
    """The initials of each run of capitalised words, so that "IROs" meets "Independent Reviewing
    Officers" and "DoP" meets "Director of Place"."""
    out = []
    for m in _TITLED.finditer(text):
        ws = re.findall(r"[A-Za-z&]+", re.sub(r"['’]s\b", "", m.group(0)))
        while ws and ws[0].lower() in _LEAD:  # "That Independent Reviewing Officers ..."
            ws = ws[1:]
        if len(ws) < 2:
            continue
        big = "".join(w[0] for w in ws if w.lower() not in _SMALL).lower()
        full = "".join(w[0] for w in ws).lower()
        out += [x for x in {big, full} if len(x) >= 2]
    return out


def words(text: str) -> list[str]:
    low = text.lower().replace("’", "'").replace("'s ", " ")
    out = [stem(w.replace("–", "-").replace("/", "-")) for w in WORD.findall(low) if w not in STOP and len(w) > 1]
    return out + [ACRONYM + x for x in acronyms(text)]


PRIOR = 50
"""Rarity is reckoned as if every word were absent from this many more sentences."""


@dataclass
class Vocabulary:
    """Inverse document frequency of words over the sentences of the knowledge base."""
    df: dict[str, int] = field(default_factory=dict)
    n: int = 0

    def add(self, ws: Iterable[str]) -> None:
        self._idf.clear()
        self.n += 1
        for w in set(ws):
            self.df[w] = self.df.get(w, 0) + 1

    def idf(self, w: str) -> float:
        v = self._idf.get(w)
        if v is None:
            # as if every word were absent from PRIOR more sentences: a small knowledge base does not
            # make the words two documents share look common
            v = self._idf[w] = math.log((self.n + PRIOR) / (self.df.get(w, 0) + 0.5))
        return v

    def __post_init__(self):
        self._idf: dict[str, float] = {}


def similarity(a: set[str], b: set[str], vocab: Vocabulary) -> tuple[float, float, float]:
    """(F, coverage of a, coverage of b): the shared weight of two word sets, weighted by rarity.
    A word of ``a`` that is not in ``b`` still counts (at 0.8) when ``b`` has a word it begins
    (exempt, exemption) or one rapidfuzz finds near-identical (a spelling variant, an OCR slip).
    The initials of a run of capitalised words count when the other text uses them ("IROs")."""
    if not a or not b:
        return 0.0, 0.0, 0.0
    pa = {w for w in a if not w.startswith(ACRONYM)}
    pb = {w for w in b if not w.startswith(ACRONYM)}
    ia = {w[1:] for w in a if w.startswith(ACRONYM)} - pa
    ib = {w[1:] for w in b if w.startswith(ACRONYM)} - pb
    pa |= ia & pb  # "Independent Reviewing Officers" meets "IROs"
    pb |= ib & pa
    if not pa or not pb:
        return 0.0, 0.0, 0.0
    wa = {w: vocab.idf(w) for w in pa}
    wb = {w: vocab.idf(w) for w in pb}
    shared = sum(wa[w] for w in pa & pb)
    rest = [w for w in pa - pb if len(w) >= 5]
    pool = [w for w in pb - pa if len(w) >= 5]
    if rest and pool:
        for w in rest:
            hit = next((x for x in pool if x.startswith(w) or w.startswith(x)), None)
            if hit is None and len(w) >= 6:
                found = process.extractOne(w, pool, scorer=fuzz.ratio, score_cutoff=88)
                hit = found[0] if found else None
            if hit is not None:
                shared += 0.8 * min(wa[w], wb[hit])
    ca = shared / sum(wa.values())
    cb = shared / sum(wb.values())
    f = 0.0 if ca + cb == 0 else 2 * ca * cb / (ca + cb)
    return f, ca, cb


# ---- status and response from wording -------------------------------------------------------------

_PAST = (r"(?:sent|circulated|published|introduced|delivered|held|agreed|added|approved|issued|received|"
         r"considered|provided|set up|established|appointed|launched|completed|implemented|given|shared|"
         r"closed|resolved|answered|extended|increased|adopted|put in place|carried out|done|reported|"
         r"presented|written|submitted|signed|installed|commissioned|arranged|updated|accepted|actioned|"
         r"confirmed|replaced|removed|repaired|recruited|filled|paid|awarded|undertaken|finished)")
RESOLVED_CUES = [
    rf"\b(?:had|has|have) (?:now |already |since )?(?:been )?{_PAST}\b",
    r"\b(?:had|has|have) (?:now |already )?been (?!(?:delay|postpon|defer|reschedul|paus|suspend|halt|stall|held up|"
    r"slipp|push|put back|carri(?:ed)? forward)\w*)[a-z]+ed\b",
    rf"\b(?:was|were) (?:now |duly )?{_PAST}\b",
    r"\b(?:had|has|have) (?:now |already )?(?:taken place|happened|written|met)\b",
    r"\b(?:took place|came into (?:force|effect)|went live|now in place|is in place|were in service|now complete|"
    r"is complete|was complete|been implemented|implemented|achieved|completed|discharged|"
    r"no further action)\b",
    r"\b(?:could|can) (?:now )?be closed\b|\bmatter (?:was|is|be) closed\b|\bwas closed\b|\bnow closed\b",
    r"\b(?:presented|received) (?:the|a|an) (?:verbal |written )?(?:report|update)\b",
    r"\bconfirmed that\b|\bhad written\b|\bwrote to\b",
]
DECIDED = re.compile(r"^\W*(?:\(?\w{1,4}[.)]\s*)?(?:resolved\W*)?that\b(?!.*\brecommend).*\bbe (?:set|approved|adopted|"
                     r"implemented|introduced|increased|extended|kept|confirmed)\b", re.I)
"""A later resolution that does the thing ("That ... the garden waste subscription be set at £52")."""
PROGRESS_CUES = [
    r"\b(?:started|begun|began|beginning|commenced|under ?way|ongoing|progressing|in progress|in hand|"
    r"on track|being (?:prepared|developed|drafted|considered|reviewed|taken forward|implemented|explored)|"
    r"consultation (?:had |has )?(?:started|begun|opened|was|is)|would (?:run|begin|start|be)|will (?:now )?(?:be|take|begin|start|run|report)|"
    r"expected|awaited|planned|scheduled|due to|depend(?:s|ed)? on|not yet|still|postponed|delayed|slipped|"
    r"carried forward|deferred (?:to|until)|re-?scheduled|outstanding|chase|pending|working (?:on|towards)|"
    r"would (?:instead )?be reported|to be reported|would (?!have\b)[a-z]+|intend(?:s|ed)? to|undertook to)\b",
]
SCHEDULED = re.compile(r"\b(?:work ?programme|forward plan|work plan|rolling programme)\b", re.I)
LAST_YEAR = re.compile(r"\b(?:last|previous|past) year\b|\ba year ago\b", re.I)
LAST_MEETING = re.compile(r"\b(?:last|previous|preceding) meeting\b", re.I)
_PASS_ON = re.compile(r"\brecommendations?\b.*\b(?:cabinet|executive|council|response|respond)\b|"
                      r"\b(?:response|respond)\b.*\brecommendations?\b", re.I)
RESPONDS = re.compile(r"\b(?:respon(?:se|ses|ded|ding|d)|recommendations?)\b", re.I)
REPORTING = re.compile(r"\b(?:reported|presented|updated|informed|advised|told|explained|set out|circulated)\b", re.I)
ASKS_REPORT = re.compile(r"\b(?:report|update|present|inform|advise|brief|circulate|bring)\w*\b", re.I)
NOT_DONE = r"\b(?:not|partly|partially|part)[ -](?:yet )?(?:been )?(?:achieved|completed|met|implemented|done)\b"
RESPONSE_CUES = [
    ("partially-accepted", r"\b(?:partially|partly|in part)[ -](?:accepted|agreed|supported)\b|\bpartial acceptance\b"),
    ("not-accepted", r"\b(?:not (?:be )?(?:accepted|agreed|supported)|rejected|declined)\b"),
    ("accepted", r"\b(?:accepted|acceptance|agreed the recommendation|supported the recommendation|"
                 r"recommendations? (?:\S+ )?(?:was|were|be|is|are|had been) (?:agreed|approved|supported))\b"),
]
_RESOLVED_RE = [re.compile(p, re.I) for p in RESOLVED_CUES]
_PROGRESS_RE = [re.compile(p, re.I) for p in PROGRESS_CUES]
_NOT_DONE_RE = re.compile(NOT_DONE, re.I)
_RESPONSE_RE = [(r, re.compile(p, re.I)) for r, p in RESPONSE_CUES]


@functools.lru_cache(maxsize=20000)
def status_cue(text: str) -> str | None:
    """``resolved``, ``in-progress`` or None, from the wording of one clause."""
    if _NOT_DONE_RE.search(text):
        return "in-progress"
    done = any(r.search(text) for r in _RESOLVED_RE)
    going = any(r.search(text) for r in _PROGRESS_RE)
    if done and going:
        # "had been sent ... and would be reported": the earlier verb is the report on the item
        first_done = min(m.start() for r in _RESOLVED_RE for m in [r.search(text)] if m)
        first_going = min(m.start() for r in _PROGRESS_RE for m in [r.search(text)] if m)
        return "resolved" if first_done < first_going else "in-progress"
    return "resolved" if done else "in-progress" if going else None


def response_cue(text: str) -> str | None:
    for response, r in _RESPONSE_RE:
        if r.search(text):
            return response
    return None


# ---- minute references ---------------------------------------------------------------------------

_DATE = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
DATE_RE = re.compile(_DATE)
CODE = r"[A-Z]{0,5}\s?\d{1,4}(?:/\d{2,4})?(?:\.\d{1,2})?[a-z]?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
MINUTE_REF = re.compile(rf"\bminutes?\s+(?:no\.?\s*|number\s+)?({CODE}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?!\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s)\d{{1,4}}(?:/\d{{2,4}})?\b)*)", re.I)
SLASH_REF = re.compile(r"\b([A-Z]{1,5}\s?\d{1,4}/\d{2,4})\b(?=\s*(?:\(|[-–—:,]|$))")
REC_LABEL = re.compile(r"\brecommendations?\s+(?:\(([a-z]{1,4}|\d{1,2})\)|([ivx]{1,5})\)|(\d{1,2})\b|([a-z])\))", re.I)


def parse_date(text: str) -> dt.date | None:
    m = re.match(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})", text)
    if m:
        day, month, year = m.group(1), m.group(2), m.group(3)
    else:
        m = re.match(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", text)
        if not m:
            return None
        month, day, year = m.group(1), m.group(2), m.group(3)
    mon = MONTHS.get(month.lower())
    if mon is None:
        return None
    try:
        return dt.date(int(year), mon, int(day))
    except ValueError:
        return None


@dataclass(frozen=True)
class Ref:
    minute: str
    """Normalised: ``27``, ``CS17/24``."""
    date: dt.date | None = None


def norm_minute(code: str | None) -> str | None:
    if not code:
        return None
    s = re.sub(r"\s+", "", str(code)).rstrip(".").upper()
    s = re.sub(r"^(?:MINUTE|MIN\.?)", "", s)
    return s or None


def _numeric(code: str) -> tuple[str | None, str | None]:
    """The minute number and the two-digit year of a code: ``CS17/24`` -> (17, 24); ``27`` -> (27, None)."""
    m = re.match(r"^[A-Z]*(\d+)(?:/(\d{2,4}))?", code)
    if not m:
        return None, None
    return str(int(m.group(1))), (m.group(2)[-2:] if m.group(2) else None)


def find_refs(text: str) -> list[Ref]:
    """Every minute reference in ``text``, each with the meeting date written beside it, if any."""
    out: list[Ref] = []
    spans = []
    for m in MINUTE_REF.finditer(text):
        codes = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", m.group(1))
        for c in codes:
            spans.append((norm_minute(c), m.start(), m.end()))
    for m in SLASH_REF.finditer(text):
        if not any(s <= m.start() < e for _, s, e in spans):
            spans.append((norm_minute(m.group(1)), m.start(), m.end()))
    for code, start, end in spans:
        if not code or not re.search(r"\d", code):
            continue
        date = None
        after = re.match(rf"[\s,]*(?:\([^)]*?\)\s*,?\s*)?(?:of\s+the\s+(?:meeting|panel|committee)\s+(?:held\s+)?on\s+|of\s+|on\s+|dated\s+)?({_DATE})",
                         text[end:end + 70])
        if after:
            date = parse_date(after.group(1))
        if date is None:
            before = re.search(rf"({_DATE})\s*[,(]?\s*(?:at\s+|,\s*)?$", text[max(0, start - 40):start])
            if before:
                date = parse_date(before.group(1))
        out.append(Ref(code, date))
    return out


def rec_labels(text: str) -> set[str]:
    """Labels of recommendations a passage names: "recommendation (a)" -> {"a"}; "Recommendation 2" -> {"2"}."""
    out = set()
    for m in REC_LABEL.finditer(text):
        label = next(g for g in m.groups() if g)
        out.add(label.lower())
    return out


# ---- passages: the sentences of a document --------------------------------------------------------

BULLET = re.compile(r"^\s*[•▪·●○◦■□\-–—*]\s+")
LABEL = re.compile(r"^\s*(?:\(\s*(?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\s*\)|(?:[a-z]|[ivxlc]{1,6})\)|\d{1,3}[.)](?:\d{1,2}\.?)?)\s+", re.I)
STARTS = re.compile(r"^\s*(?:minutes?\s+(?:no\.?\s*)?\d|[A-Z]{1,5}\s?\d{1,4}/\d{2,4}\b|resolved\b|action\b|decision\b|"
                    r"reasons?\b|minutes:|recommendations?:|agreed\b|noted\b)", re.I)
_ABBR = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof|No|Nos|St|Rev|Co|Ltd|approx|para|paras|vs|cf|Sept|[A-Z])\.|\b(?:e\.g|i\.e|p\.m|a\.m)\.)$")
SENT_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9£])")


def _label_style(line: str) -> str | None:
    """The shape of a paragraph's label: ``bullet``, ``(n)``, ``(a)``, ``(i)``, ``n)``, ``a)``, ``n.`` ..."""
    if BULLET.match(line):
        return "bullet"
    m = LABEL.match(line)
    if not m:
        return None
    lab = m.group(0).strip()
    inner = lab.strip("().")
    kind = "n" if inner[:1].isdigit() else "i" if re.fullmatch(r"[ivx]{2,}|i", inner, re.I) else "a"
    return f"({kind})" if lab.startswith("(") else f"{kind})" if lab.endswith(")") else f"{kind}."


@dataclass
class Block:
    lines: list[int]
    """Indexes of the agenda text lines the paragraph is made of."""
    text: str
    offsets: list[int]
    """Where each of ``lines`` starts in ``text``."""
    style: str | None
    refs: list[Ref]


@dataclass
class Passage:
    doc: Document
    meeting: Meeting
    agenda: AgendaItem
    text: str
    block: Block
    first_in_block: bool
    prev: str | None
    nxt: list[str]
    line_index: int
    """Index, in the document's run of agenda text lines, of the line where the passage starts."""
    refs: list[Ref]
    words: set[str]
    labels: set[str]
    context_words: set[str]
    """The words of the passage's paragraph and of its agenda item's title."""
    title_words: set[str] = field(default_factory=set)
    """The words of its agenda item's title."""


def blocks_of(lines: list[str], wrapped: bool = True) -> list[Block]:
    """Join the lines of an agenda item's text into paragraphs. ``wrapped``: the lines are a PDF's
    printed lines (a paragraph runs over several); otherwise each line is a paragraph already."""
    out: list[Block] = []
    width = max((len(x) for x in lines), default=0)
    cur: list[int] = []

    def flush():
        if cur:
            parts, offs, pos = [], [], 0
            for i in cur:
                t = lines[i].strip()
                offs.append(pos)
                parts.append(t)
                pos += len(t) + 1
            text = " ".join(parts)
            text = re.sub(r"(\w)- (\w)", lambda m: m.group(1) + "-" + m.group(2), text)
            out.append(Block(list(cur), text, offs, _label_style(lines[cur[0]]), find_refs(text)))
            cur.clear()

    prev = ""
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            flush()
            prev = ""
            continue
        new = (not cur or not wrapped or BULLET.match(line) or LABEL.match(line) or STARTS.match(line)
               or (prev.rstrip().endswith((".", "!", "?", "”", '"')) and len(prev) < 0.8 * width)
               or (line.isupper() and len(line) > 3) or (prev.isupper() and len(prev) > 3)
               or len(prev) < 0.5 * width)
        if new:
            flush()
        cur.append(i)
        prev = line
    flush()
    # sub-items inherit the references of the paragraph that introduces them ("... minute 41) be as follows:")
    parent: Block | None = None
    for b in out:
        if parent is not None and b.style is not None and b.style != parent.style:
            if not b.refs:
                b.refs = list(parent.refs)
            continue
        parent = b if (b.text.rstrip().endswith(":") and b.refs) else None
    return out


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of a paragraph."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in SENT_END.finditer(text):
        piece = text[start:m.start()]
        if _ABBR.search(piece.rstrip("\"”’)")) or re.fullmatch(r"\W*[\w.]{1,5}[.)]", piece.strip()):
            continue  # "Cllr." or a label ("40.", "1.1.") is not the end of a sentence
        if piece.strip():
            out.append((start, piece.strip()))
        start = m.end()
    if text[start:].strip():
        out.append((start, text[start:].strip()))
    return out


def clauses(sentence: str) -> list[str]:
    parts = re.split(r";\s*|:\s+|,\s+(?:and|but|so|while|although|though|whereas)\s+|\s+but\s+|"
                     r"\s+and\s+(?=(?:had|has|have|was|were|is|are|would|will)\b)", sentence)
    return [p for p in parts if len(p.strip()) > 3]


def _tidy(text: str) -> str:
    text = BULLET.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


# ---- the documents' places: meeting date, committee, minute ----------------------------------------

_HELD = re.compile(rf"(?:held|meeting)\s+on\s+(?:[A-Z][a-z]+day,?\s+)?({_DATE})|date of (?:the )?meeting:?\s*({_DATE})", re.I)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def meeting_date(meeting: Meeting, doc: Document) -> dt.date | None:
    """The meeting's date; when segmentation found none, the date the minutes say the meeting was held
    on, else the date in the file name."""
    if meeting.date:
        return meeting.date
    head = "\n".join(a.text for a in meeting.agenda_items[:2])[:1500]
    m = _HELD.search(head)
    if m:
        d = parse_date(m.group(1) or m.group(2))
        if d:
            return d
    m = _ISO.search(doc.file) or _ISO.search(doc.id)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


def _names(config: Config) -> list[tuple[str, str]]:
    """(name or alias as written, canonical committee name), longest first."""
    out = []
    for c in config.committees:
        for n in [c.name, *c.aliases]:
            out.append((n, c.name))
    return sorted(out, key=lambda t: -len(t[0]))


def committee_of(meeting: Meeting, doc: Document, config: Config, known: Iterable[str] = ()) -> str | None:
    """The meeting's committee through arising.yml's names; when segmentation found none, a committee
    (configured, or ``known`` from other meetings) named in the document's heading."""
    c = config.committee(meeting.committee) if meeting.committee else None
    if c:
        return c.name
    names = _names(config)
    if meeting.committee:  # "Report to: Children's Services Scrutiny Panel"
        return _named(meeting.committee, names) or meeting.committee
    head = (doc.title or "") + "\n" + "\n".join(a.text for a in meeting.agenda_items[:1])[:600]
    return _named(head, names + sorted(((k, k) for k in known if k), key=lambda t: -len(t[0])))


def _plain(text: str) -> str:
    return text.lower().replace("’", "'").replace("‘", "'")


def _named(text: str, names: list[tuple[str, str]]) -> str | None:
    """The canonical name of the first (longest) committee name found in ``text``."""
    low = _plain(text)
    for n, canonical in names:
        if len(n) > 3 and re.search(rf"\b{re.escape(_plain(n))}\b", low):
            return canonical
    return None


_HEADING = re.compile(rf"^\s*(?:minute\s+)?({CODE})\.?\s+(?!that\b)([A-Z][^.]{{2,90}})$", re.I)


def minute_of(agenda: AgendaItem, item: Item) -> str | None:
    """The minute an item sits under: the last numbered heading above the item's line inside its
    agenda item's text (segmentation sometimes runs several minutes together), else the agenda
    item's own minute or number. An action-list row whose first cell is a minute number gives that."""
    own = norm_minute(agenda.minute or agenda.number)
    lines = agenda.text.splitlines()
    if not lines:
        return own
    quote = item.found.source.quote[:60]
    pos = max(range(len(lines)), key=lambda i: fuzz.partial_ratio(quote, lines[i]) if lines[i] else 0)
    row = re.match(rf"^\s*({CODE})\s*\|", lines[pos])
    if row:  # an action list row whose first cell is the minute
        return norm_minute(row.group(1))
    for i in range(pos, 0 if own else -1, -1):
        m = _HEADING.match(lines[i])
        if m and len(lines[i]) < 100:
            return norm_minute(m.group(1))
    return own


# ---- targets -------------------------------------------------------------------------------------

PARTS = re.compile(r";\s*(?:and\s+)?|:\s+(?=\(?[a-z0-9]{1,4}\))|\s(?=\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s)")
"""Where a long item that runs several decisions together divides: "; (b) ...", ": (a) ..."."""


@dataclass
class Target:
    item: Item
    doc: Document
    meeting: Meeting
    agenda: AgendaItem
    committee: str | None
    date: dt.date
    minute: str | None
    words: set[str]
    parts: list[set[str]]
    """The words of each part of a long item ("(a) ...; (b) ..."), when it has parts."""
    title_words: set[str]
    addressees: set[str]
    """Canonical committees the item asks to act (its owner, or "recommend to <body>")."""


def _addressees(item: Item, agenda: AgendaItem, config: Config) -> set[str]:
    out = set()
    if item.owner:
        c = config.committee(item.owner)
        if c:
            out.add(c.name)
    context = agenda.text if item.kind == "recommendation" else item.text
    for m in re.finditer(r"\brecommends?\s+to\s+(?:the\s+)?([A-Z][\w'’&]*(?:\s+[A-Z&][\w'’&]*){0,6})", context):
        phrase = m.group(1).lower()
        for n, canonical in _names(config):
            if phrase.startswith(n.lower().removeprefix("the ")):
                out.add(canonical)
                break
    return out


# ---- the detector --------------------------------------------------------------------------------


@dataclass
class Match:
    target: Target
    passage: Passage
    score: float
    reasons: list[str]
    status: str | None
    response: str | None


class Detector:
    """Built once over a knowledge base's documents; ``propose(doc)`` finds what ``doc`` reports on
    (and, for items of ``doc``, what later documents already report on them)."""

    def __init__(self, documents: list[Document], config: Config,
                 lines: dict[str, list[tuple[str, int | None, int | None, int | None]]] | None = None):
        self.config = config
        self.documents = {d.id: d for d in documents}
        self.lines = lines or {}
        self.known = sorted({config.canonical_committee(m.committee) for d in documents for m in d.meetings
                             if m.committee and len(m.committee) < 100}, key=lambda n: (-len(n), n))
        names = sorted({n for n, _ in _names(config) if len(n) > 3} | {n for n in self.known if len(n) > 3},
                       key=lambda n: -len(n))
        self._names_re = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I) if names else None
        self.vocab = Vocabulary()
        self._patterns: dict[str | None, re.Pattern | None] = {}
        self._passages: dict[str, list[Passage]] = {}
        self._matches: dict[str, list[Match]] = {}
        for d in documents:
            for p in self.passages(d):
                self.vocab.add(p.words)
        self.targets: list[Target] = []
        for v in views(documents, config, include_untracked=False):
            it = v.item
            if it.status not in OPEN or not it.tracked:
                continue
            date = meeting_date(v.meeting, v.document)
            if date is None:
                continue
            self.targets.append(Target(
                item=it, doc=v.document, meeting=v.meeting, agenda=v.agenda,
                committee=committee_of(v.meeting, v.document, config, self.known), date=date,
                minute=minute_of(v.agenda, it), words=self.words(it.text), parts=self.parts(it.text),
                title_words=self.words(v.agenda.title or ""), addressees=_addressees(it, v.agenda, config)))
        self.calendar: dict[str | None, list[dt.date]] = {}
        for d in documents:
            for m in d.meetings:
                day = meeting_date(m, d)
                if day:
                    self.calendar.setdefault(committee_of(m, d, config, self.known), []).append(day)
        self.calendar = {k: sorted(set(v)) for k, v in self.calendar.items()}
        self.by_word: dict[str, list[int]] = {}
        self.by_minute: dict[str | None, list[int]] = {}
        for k, t in enumerate(self.targets):
            for w in t.words:
                self.by_word.setdefault(w, []).append(k)
            if t.minute:
                self.by_minute.setdefault(_numeric(t.minute)[0], []).append(k)
        # an item that itself reports on an earlier minute ("EV charging (minute 43, 12 March 2024) - the
        # report was now expected in January") is also reached by later references to that minute
        self.cites: dict[int, dict[str, dt.date]] = {}
        for k, t in enumerate(self.targets):
            for ref in find_refs(t.item.text):
                if ref.date is not None and ref.date < t.date and ref.minute != t.minute:
                    self.cites.setdefault(k, {})[ref.minute] = ref.date
                    self.by_minute.setdefault(_numeric(ref.minute)[0], []).append(k)

    def words(self, text: str) -> set[str]:
        """The content words of a text, leaving out committee names (the relation of the two meetings
        is weighed on its own)."""
        if self._names_re is not None:
            text = self._names_re.sub(" ", text)
        return set(words(text))

    def parts(self, text: str) -> list[set[str]]:
        """An item that runs several decisions together ("as follows: (a) ...; (b) ...") in parts."""
        pieces = [x for x in PARTS.split(text) if x.strip()]
        sets = [self.words(x) for x in pieces]
        sets = [x for x in sets if len(x) >= 4]
        return sets if len(sets) >= 2 else []

    # -- passages --

    def passages(self, doc: Document) -> list[Passage]:
        if doc.id in self._passages:
            return self._passages[doc.id]
        out: list[Passage] = []
        base = 0
        for m in doc.meetings:
            for a in m.agenda_items:
                lines = a.text.splitlines()
                title = self.words(a.title or "")
                for b in blocks_of(lines, wrapped=doc.format == "pdf"):
                    sents = sentences(b.text)
                    bw = self.words(b.text) | title
                    for k, (off, s) in enumerate(sents):
                        li = next(b.lines[j] for j in range(len(b.lines) - 1, -1, -1) if b.offsets[j] <= off)
                        own = find_refs(s)
                        text = _tidy(s)
                        out.append(Passage(
                            doc=doc, meeting=m, agenda=a, text=text, block=b, first_in_block=k == 0,
                            prev=_tidy(sents[k - 1][1]) if k else None,
                            nxt=[_tidy(x) for _, x in sents[k + 1:k + 3]],
                            line_index=base + li, refs=own or b.refs, words=self.words(text),
                            labels=rec_labels(s), context_words=bw, title_words=title))
                base += len(lines)
        self._passages[doc.id] = out
        return out

    # -- pointers from a passage to an earlier meeting --

    def _ref_targets(self, p: Passage, pdate: dt.date, pcommittee: str | None) -> dict[int, Ref]:
        """Targets whose minute a passage's references name."""
        hits: dict[int, Ref] = {}
        for ref in p.refs:
            num, yy = _numeric(ref.minute)
            cands = []
            for k in self.by_minute.get(num, ()):
                t = self.targets[k]
                if t.date >= pdate:
                    continue
                cited = self.cites.get(k, {}).get(ref.minute)
                if cited is not None:  # reached through the earlier minute the item reports on
                    if ref.date is not None and ref.date != cited:
                        continue
                    if ref.date is None and t.committee != pcommittee:
                        continue
                    cands.append(k)
                    continue
                if t.minute != ref.minute:
                    tnum, tyy = _numeric(t.minute)
                    if tnum is None or tnum != num or (yy and tyy and yy != tyy):
                        continue
                    if yy and not tyy and t.date.year % 100 not in (int(yy), int(yy) - 1):
                        continue
                if ref.date is not None:
                    if t.date != ref.date:
                        continue
                elif t.committee != pcommittee:
                    continue
                cands.append(k)
            if ref.date is None and cands:
                latest = max(self.targets[k].date for k in cands)
                cands = [k for k in cands if self.targets[k].date == latest]
            for k in cands:
                hits.setdefault(k, ref)
        return hits

    def _relation(self, t: Target, pcommittee: str | None, p: Passage, context: str) -> tuple[float, list[str]]:
        """How the passage's meeting relates to the item's: the same committee, the body the item
        was addressed to, a passage that names the item's committee."""
        weight, why = 0.0, []
        if pcommittee and t.committee == pcommittee:
            return 0.1, ["same committee"]
        if pcommittee and pcommittee in t.addressees:
            weight += 0.1
            why.append(f"made to {pcommittee}")
        pattern = self._committee_re(t.committee)
        if pattern is not None and pattern.search(p.block.text):
            # "when it responded to the Place ... Committee": a pointer to that committee's recommendations
            weight += 0.15 if RESPONDS.search(p.block.text) else 0.1
            why.append(f"names {t.committee}")
        elif pattern is not None and pattern.search(context):
            weight += 0.05
            why.append(f"names {t.committee}")
        return (weight, why) if why else (-0.1, [])

    def _date_ref(self, t: Target, p: Passage, pdate: dt.date) -> tuple[float, str | None]:
        """A passage that names the item's meeting date ("on 26 September 2023"), its month
        ("Cabinet's acceptance ... in June 2024"), or points back to it ("recommended last year",
        "at the last meeting")."""
        if LAST_YEAR.search(p.text) and 270 <= (pdate - t.date).days <= 500:
            return 0.1, "last year"
        if LAST_MEETING.search(p.text) and t.date == self.previous_meeting(t.committee, pdate):
            return 0.1, "the last meeting"
        for text, full, month in ((p.text, 0.15, 0.1), (p.block.text, 0.1, 0.05)):
            for m in DATE_RE.finditer(text):
                if parse_date(m.group(0)) == t.date:
                    return full, f"names {t.date.isoformat()}"
            name = t.date.strftime("%B")
            if re.search(rf"\b{name}\s+{t.date.year}\b", text):
                return month, f"names {name} {t.date.year}"
        return 0.0, None

    def previous_meeting(self, committee: str | None, before: dt.date) -> dt.date | None:
        earlier = [d for d in self.calendar.get(committee, []) if d < before]
        return earlier[-1] if earlier else None

    def _committee_re(self, committee: str | None) -> re.Pattern | None:
        """A pattern for a committee's name and aliases (cached)."""
        if committee not in self._patterns:
            names = [n for n, c in _names(self.config) if c == committee and len(n) > 3] or (
                [committee] if committee and len(committee) > 3 else [])
            self._patterns[committee] = re.compile(
                r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I) if names else None
        return self._patterns[committee]

    def _meeting_ref(self, t: Target, p: Passage, same: bool) -> str | None:
        """``sentence`` or ``paragraph`` when the passage names the item's meeting by its committee and
        its date or month together ("Following Cabinet's acceptance ... in June 2024"); in the same
        committee's minutes (where its name is everywhere) only a full date counts."""
        pattern = self._committee_re(t.committee)
        if pattern is None:
            return None
        month = rf"\b{t.date.strftime('%B')}\s+{t.date.year}\b"
        for text, where in ((p.text, "sentence"), (p.block.text, "paragraph")):
            if pattern.search(text) and (not same and re.search(month, text) or any(
                    parse_date(m.group(0)) == t.date for m in DATE_RE.finditer(text))):
                return where
        return None

    # -- scoring --

    def features(self, t: Target, p: Passage, ref: Ref | None, other_refs: bool, pcommittee: str | None,
                 context: str, pdate: dt.date) -> dict | None:
        f, c_item, _ = similarity(t.words, p.words, self.vocab)
        for part in t.parts:  # a passage on one part of an item that runs several together
            f = max(f, 0.9 * similarity(part, p.words, self.vocab)[0])
        # a long passage on a short item is judged by how much of the item it covers
        if len(p.words) > 2 * len(t.words):
            f = max(f, 0.75 * c_item)
        if f < MIN_TEXT and ref is None:
            return None  # nothing in common and no reference: not worth weighing further
        ctx, _, _ = similarity(t.words, p.context_words, self.vocab)
        rel, why = self._relation(t, pcommittee, p, context)
        date_w, date_why = self._date_ref(t, p, pdate)
        status, response, cue = self.classify(t, p)
        meeting = self._meeting_ref(t, p, same=t.committee == pcommittee) if date_w and why and ref is None else None
        return {
            "text": f, "ctx": ctx,
            "ref": ref, "other_refs": other_refs, "rel": rel, "why": why, "date": date_w, "date_why": date_why,
            "meeting": meeting,
            "label": bool(p.labels and t.item.found.label and t.item.found.label.lower() in p.labels),
            "status": status, "response": response, "cue": cue, "age": (pdate - t.date).days,
            "topic": similarity(t.title_words, p.title_words, self.vocab)[0] if t.title_words and p.title_words else 0.0,
        }

    def combine(self, t: Target, x: dict, ref_weight: float) -> tuple[float, list[str]]:
        """The score of a pair from its features, and the reasons shown to a clerk."""
        reasons = []
        text = x["text"]
        s = 0.8 * max(text, 0.5 * text + 0.5 * x["ctx"])
        if x["ref"] is not None:
            s += ref_weight
            reasons.append(f"minute {x['ref'].minute} of {t.date.isoformat()}")
        elif x["other_refs"]:
            s -= 0.1
        if x["date"] and x["rel"] > 0:  # a date alone, in another committee's minutes, is a coincidence
            s += x["date"] if x["ref"] is None else x["date"] / 3
            reasons.append(x["date_why"])
        if x["meeting"] and x.get("meeting_lead"):
            s += MEETING_WEIGHT
            reasons.append(f"names the meeting of {t.date.isoformat()}")
        if x["label"]:
            s += 0.1
            reasons.append(f"recommendation ({t.item.found.label})")
        if x["topic"] >= 0.5:
            s += 0.05
            reasons.append("same subject")
        s += x["rel"]
        reasons += x["why"]
        s += 0.05 if x["cue"] else -0.1  # no word of progress: likely a restatement
        if x["age"] > 548 and x["ref"] is None and not x["date"]:  # minutes seldom report on items years old
            s -= 0.1 * (x["age"] - 548) / 365
        reasons.append(f"text {text:.2f}")
        return max(0.0, min(1.0, s)), reasons

    def classify(self, t: Target, p: Passage) -> tuple[str | None, str | None, bool]:
        """(status, response, whether the wording said anything) a passage reports for an item: from
        its clause most like the item, else the whole sentence, else the sentences around it."""
        cls = clauses(p.text)
        ranked = sorted(cls, key=lambda c: -similarity(t.words, self.words(c), self.vocab)[0]) if len(cls) > 1 else cls
        wants_response = t.item.kind == "recommendation" or t.item.response is not None
        status = response = None
        for c in ranked[:1] + [p.text]:
            status = status or status_cue(c)
            if wants_response:
                response = response or response_cue(c)
        if status is None and DECIDED.search(p.text):
            status = "resolved"
        if status is None and REPORTING.search(p.text) and ASKS_REPORT.search(t.item.text):
            status = "resolved"  # "GN reported that ..." on "GN to report back ..."
        if status is None:
            for c in ([p.prev] if p.prev and len(p.prev) < 80 else []) + p.nxt[:1]:
                status = status_cue(c)
                if status:
                    break
        if status is None and SCHEDULED.search((p.agenda.title or "") + "\n" + p.block.text):
            status = "in-progress"  # put on the work programme: on its way
        cue = status is not None or response is not None
        if status is None:
            status = "resolved" if response in ("accepted", "partially-accepted") else None if response else "in-progress"
        return status, response, cue

    # -- proposing --

    def candidates(self, doc: Document):
        """Every passage of ``doc`` with the features of each earlier item worth weighing against it."""
        for p in self.passages(doc):
            pdate = meeting_date(p.meeting, doc)
            if pdate is None or len(p.words) < 2:
                continue
            pcommittee = committee_of(p.meeting, doc, self.config, self.known)
            context = (p.agenda.title or "") + "\n" + p.agenda.text
            refd = self._ref_targets(p, pdate, pcommittee)
            cand: set[int] = set(refd)
            weight: dict[int, float] = {}
            for w in p.words:
                idf = self.vocab.idf(w)
                for k in self.by_word.get(w, ()):
                    weight[k] = weight.get(k, 0.0) + idf
            ranked = sorted((k for k, wsum in weight.items() if wsum >= 4.0), key=lambda k: -weight[k])
            cand.update(ranked[:MAX_CANDIDATES])
            feats = {}
            for k in cand:
                t = self.targets[k]
                if t.date >= pdate or (t.doc.body and doc.body and t.doc.body != doc.body):
                    continue
                if fuzz.ratio(t.item.text, p.text) > 97 or (
                        len(p.text) < 1.3 * len(t.item.text) and fuzz.partial_ratio(t.item.text, p.text) > 97):
                    continue  # the same words printed again (a decision repeated), not a report on it
                x = self.features(t, p, refd.get(k), bool(p.refs) and k not in refd, pcommittee, context, pdate)
                if x is not None:
                    feats[k] = x
            yield p, feats

    def matches_for(self, doc: Document) -> list[Match]:
        """Every (passage of ``doc``, earlier item) pair worth proposing: for each passage the items
        it reports on, then for each item its best passage."""
        if doc.id not in self._matches:
            self._matches[doc.id] = self._matches_for(doc)
        return self._matches[doc.id]

    def _matches_for(self, doc: Document) -> list[Match]:
        best: dict[str, Match] = {}
        for p, feats in self.candidates(doc):
            # a reference names a minute; of its items, the passage reports on the one it is most like
            by_minute: dict[tuple, list[int]] = {}
            for k, x in feats.items():
                if x["ref"] is not None:
                    t = self.targets[k]
                    by_minute.setdefault((t.doc.id, t.date, t.minute), []).append(k)
            lead = set()
            for ks in by_minute.values():
                top = max(feats[k]["text"] for k in ks)
                # the one open item of the minute named, or those the passage is most like
                lead.update(k for k in ks if feats[k]["text"] >= max(0.2, top - 0.1)
                            or len(ks) == 1 and max(feats[k]["text"], feats[k]["ctx"]) >= 0.1)
                # a response to the recommendations of that minute also answers its promise to pass the
                # recommendations on ("any recommendation would be taken to Cabinet in December")
                if RESPONDS.search(p.text):
                    lead.update(k for k in ks if self.targets[k].item.kind in ("commitment", "action")
                                and _PASS_ON.search(self.targets[k].item.text))
            # a passage that names an earlier meeting reports on the item of that meeting it is most like
            by_meeting: dict[tuple, list[int]] = {}
            for k, x in feats.items():
                if x["meeting"]:
                    t = self.targets[k]
                    by_meeting.setdefault((t.committee, t.date), []).append(k)
            for ks in by_meeting.values():
                top = max(feats[k]["text"] for k in ks)
                for k in ks:
                    feats[k]["meeting_lead"] = feats[k]["text"] >= max(0.1, top - 0.05)
            scored = []
            for k, x in feats.items():
                sc, reasons = self.combine(self.targets[k], x, REF_WEIGHT if k in lead else REF_WEIGHT / 3)
                if sc >= THRESHOLD:
                    scored.append((sc, k, x, reasons))
            if not scored:
                continue
            # items of one meeting compete for a passage; a passage may report on a chain of
            # meetings (a recommendation, then the response to it)
            top: dict[tuple, float] = {}
            for sc, k, *_ in scored:
                key = (self.targets[k].committee, self.targets[k].date)
                top[key] = max(top.get(key, 0.0), sc)
            scored.sort(key=lambda r: -r[0])
            kept = 0
            for sc, k, x, reasons in scored:
                if sc < top[(self.targets[k].committee, self.targets[k].date)] - RIVALS or kept >= MAX_PER_PASSAGE:
                    continue
                kept += 1
                t = self.targets[k]
                m = Match(t, p, sc, reasons, x["status"], x["response"])
                key = t.item.id
                if key not in best or m.score > best[key].score:
                    best[key] = m
        return list(best.values())

    def propose(self, new_doc: Document, skip: Iterable[str] = ()) -> list[Proposal]:
        """Proposals with ``new_doc`` as the evidence for earlier items, and with later documents as
        the evidence for ``new_doc``'s own items (when an older document is ingested late). Later
        documents in ``skip`` are not searched for the second kind (they are being proposed on too)."""
        if new_doc.id not in self.documents:
            raise ValueError(f"{new_doc.id}: build the Detector over a list of documents that includes it")
        out = [self._proposal(m) for m in self.matches_for(new_doc)]
        mine = [k for k, t in enumerate(self.targets) if t.doc.id == new_doc.id]
        skip = set(skip)
        if mine:
            first = min(self.targets[k].date for k in mine)
            for d in self.documents.values():
                if d.id == new_doc.id or d.id in skip:
                    continue
                dates = [meeting_date(m, d) for m in d.meetings]
                if any(x and x > first for x in dates):
                    out += [self._proposal(m) for m in self.matches_for(d) if m.target.doc.id == new_doc.id]
        items = {t.item.id: t.item for t in self.targets}
        out = [p for p in out if _changes(p, items[p.item])]
        return sorted(out, key=lambda p: (p.evidence.meeting_date or dt.date.min, p.evidence.document,
                                          p.evidence.page or 0, p.evidence.paragraph or 0, p.evidence.line or 0, p.item))

    def _proposal(self, m: Match) -> Proposal:
        p = m.passage
        quote = p.text
        if not p.first_in_block and p.prev and len(p.prev) < 60 and status_cue(p.prev):
            quote = f"{p.prev} {quote}"
        page, para, line = self.where(p)
        return Proposal(
            id=proposal_id(m.target.item.id, p.doc.id), item=m.target.item.id, item_document=m.target.doc.id,
            evidence=Evidence(document=p.doc.id, page=page, paragraph=para, line=line, quote=quote,
                              committee=committee_of(p.meeting, p.doc, self.config, self.known),
                              meeting_date=meeting_date(p.meeting, p.doc)),
            proposed_status=m.status, proposed_response=m.response, score=round(m.score, 2), reasons=m.reasons)

    # -- where a passage is --

    def where(self, p: Passage) -> tuple[int | None, int | None, int | None]:
        stored = self.lines.get(p.doc.id)
        if stored:
            runs = [ln for m in p.doc.meetings for a in m.agenda_items for ln in a.text.splitlines()]
            j = 0
            for i, text in enumerate(runs):
                k = j
                while k < len(stored) and k - j < 400 and stored[k][0] != text:
                    k += 1
                if k < len(stored) and stored[k][0] == text:
                    if i == p.line_index:
                        _, page, para, line = stored[k]
                        return page, para, line
                    j = k + 1
                elif i == p.line_index:
                    break
        return self._estimate(p)

    def _estimate(self, p: Passage) -> tuple[int | None, int | None, int | None]:
        """The place of a passage from the nearest item of the same document whose place is known."""
        anchors = []
        base = 0
        for m in p.doc.meetings:
            for a in m.agenda_items:
                lines = a.text.splitlines()
                for it in a.items:
                    s = it.found.source
                    if s.line is None or it.missing or not lines:
                        continue
                    quote = s.quote[:50]
                    i = max(range(len(lines)), key=lambda x: fuzz.partial_ratio(quote, lines[x]) if lines[x] else 0)
                    anchors.append((base + i, s))
                base += len(lines)
        if not anchors:
            return None, None, None
        i = p.line_index
        before = [a for a in anchors if a[0] <= i]
        after = [a for a in anchors if a[0] > i]
        if before:
            k, s = max(before, key=lambda a: a[0])
            if after and s.page is not None:
                k2, s2 = min(after, key=lambda a: a[0])
                if s2.page != s.page and s2.line - (k2 - i) >= 1:
                    return s2.page, None, s2.line - (k2 - i)
            if s.page is not None:
                return s.page, None, s.line + (i - k)
            return None, (s.paragraph + (i - k)) if s.paragraph is not None else None, s.line + (i - k)
        k, s = min(after, key=lambda a: a[0])
        line = s.line - (k - i)
        if s.page is not None:  # before the first known line of its page: an earlier page, line unknown
            return (s.page, None, line) if line >= 1 else (max(1, s.page - 1), None, None)
        para = s.paragraph - (k - i) if s.paragraph is not None else None
        return None, para if para and para >= 1 else None, line if line >= 1 else None


def _changes(p: Proposal, item: Item) -> bool:
    """Whether accepting ``p`` would change ``item`` (an in-progress item reported in progress again would not)."""
    return (p.proposed_status is not None and p.proposed_status != item.status) or (
        p.proposed_response is not None and p.proposed_response != item.response)


def propose(new_doc: Document, documents: list[Document], config: Config,
            lines: dict[str, list[tuple[str, int | None, int | None, int | None]]] | None = None) -> list[Proposal]:
    """The status changes ``new_doc`` gives evidence for, on items of earlier meetings (and, if
    ``new_doc`` is the older document, on its items from later documents already in ``documents``).

    ``lines`` (optional): document id -> its stored lines as (text, page, paragraph, line), to give
    each piece of evidence its exact place; without it the place is estimated."""
    docs = [d for d in documents if d.id != new_doc.id] + [new_doc]
    return Detector(docs, config, lines).propose(new_doc)


# ---- the proposals store: KB/.arising/proposals.yml ---------------------------------------------------


class ProposalError(ValueError):
    """A proposals file that cannot be read; ``str()`` is one line naming the file and the remedy."""


def proposals_path(kb) -> str:
    return os.path.join(kb.derived_dir, PROPOSALS_FILE)


def load_proposals(kb) -> list[Proposal]:
    path = proposals_path(kb)
    if not os.path.exists(path):
        return []
    try:
        data = yamlio.plain(yamlio.load(path)) or {}
        return [Proposal.model_validate(p) for p in data.get("proposals") or []]
    except yamlio.YamlError as e:
        raise ProposalError(str(e)) from None
    except (ValueError, TypeError, AttributeError) as e:
        first = str(e).splitlines()
        raise ProposalError(f"{path}: {first[0] if first else e}; fix it or delete it and run `arising ingest` again") from None


def save_proposals(kb, proposals: list[Proposal]) -> bool:
    data = {"proposals": [p.model_dump(mode="json") for p in proposals]}
    return yamlio.write_atomic(proposals_path(kb), yamlio.dumps(data))


def merge(existing: list[Proposal], fresh: list[Proposal], scope: set[str],
          known_items: set[str] | None = None, known_docs: set[str] | None = None) -> tuple[list[Proposal], list[str], list[str]]:
    """Fold a detection run into the stored proposals. Returns (proposals, ids added, ids dropped).

    * A fresh proposal whose id is stored updates a pending one (quote, place, score) and leaves an
      accepted or rejected one as it is: nothing is duplicated, nothing rejected comes back.
    * A fresh proposal for an item and meeting a rejected proposal already covered (the same decision
      published in another document) is not added.
    * A pending proposal whose evidence or item document is in ``scope`` (the documents just detected
      on) and which the run no longer finds is dropped, as is a pending one whose item or evidence
      document is gone."""
    by_id = {p.id: p for p in existing}
    taken = {p.id: (p.item, p.evidence.document) for p in existing}
    refused = {(p.item, p.evidence.committee, p.evidence.meeting_date) for p in existing if p.state == "rejected"}
    out = list(existing)
    added: list[str] = []
    seen: set[str] = set()
    for f in fresh:
        pid = proposal_id(f.item, f.evidence.document, taken)
        if pid != f.id:
            f = f.model_copy(update={"id": pid})
        seen.add(pid)
        old = by_id.get(pid)
        if old is None:
            if (f.item, f.evidence.committee, f.evidence.meeting_date) in refused:
                continue
            out.append(f)
            by_id[pid] = f
            taken[pid] = (f.item, f.evidence.document)
            added.append(pid)
        elif old.state == "pending":
            updated = f.model_copy(update={"state": "pending"})
            out[out.index(old)] = updated
            by_id[pid] = updated
    dropped = []
    keep = []
    for p in out:
        gone = (known_items is not None and p.item not in known_items) or (
            known_docs is not None and p.evidence.document not in known_docs)
        stale = p.id not in seen and (p.evidence.document in scope or p.item_document in scope)
        if p.state == "pending" and (gone or stale):
            dropped.append(p.id)
            continue
        keep.append(p)
    return keep, added, dropped


def stored_lines(kb, doc: Document) -> list[tuple[str, int | None, int | None, int | None]] | None:
    """A document's lines with their places, from the knowledge base's page-text store."""
    text = kb.stored_text(doc.sha256)
    if text is None:
        return None
    try:
        return [(ln["text"], ln.get("page"), ln.get("para"), ln.get("line")) for ln in json.loads(text)["lines"]]
    except (ValueError, KeyError, TypeError):
        return None


@dataclass
class Update:
    added: list[str]
    dropped: list[str]
    pending: int


def update_proposals(kb, doc_ids: Iterable[str], documents: list[Document] | None = None) -> Update:
    """Run detection for the documents just ingested and fold the result into proposals.yml. Call
    inside ``kb.lock()``, after the records are saved."""
    documents = documents if documents is not None else kb.documents()
    by_id = {d.id: d for d in documents}
    ids = [i for i in dict.fromkeys(doc_ids) if i in by_id]
    lines = {}
    for d in documents:
        got = stored_lines(kb, d)
        if got:
            lines[d.id] = got
    detector = Detector(documents, kb.config, lines)
    fresh: list[Proposal] = []
    for i in ids:
        fresh += detector.propose(by_id[i], skip=ids)
    unique: dict[str, Proposal] = {}
    for p in fresh:
        if p.id not in unique or p.score > unique[p.id].score:
            unique[p.id] = p
    known_items = {it.id for d in documents for it in d.items()}
    proposals, added, dropped = merge(load_proposals(kb), list(unique.values()), set(ids), known_items, set(by_id))
    save_proposals(kb, proposals)
    return Update(added, dropped, sum(1 for p in proposals if p.state == "pending"))
