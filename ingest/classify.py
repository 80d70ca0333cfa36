"""Read an agenda item the way an experienced clerk does: find what was decided, recommended, asked for and
promised, and skip what was only proposed, quoted or put on the agenda.

The work is a table of named rules (:data:`RULES`); every candidate records the rule that produced it and a
confidence (below 0.6 it is flagged for review, never dropped). The reading runs in two layers:

1. **Blocks** (:func:`ingest.segment.blocks`): a resolution trigger ("RESOLVED:", "Decision", "AGREED -",
   "Cabinet resolved to:", "I agree to:", "The Committee agreed:-") opens a list; each top-level sub-decision ((1), 1., i), (a),
   bullets, HTML lists flattened to "1.") is one item, and a nested list stays inside its parent. Quoted
   text (a motion as moved, a resolution of an earlier meeting) and agenda text ("To consider ...") are
   skipped. Work-programme bullets under a "Priorities for ..." heading become priorities.
2. **Sentences** of the remaining prose: "It was agreed that ...", "X was asked to ...", "Action: PW to
   circulate", motions carried, officers' promises ("would be resolved through ...") and performance
   figures. A motion is followed into the next sentences and paragraphs for its second and its vote: a
   lost motion, or one never seconded and replaced by the next, is not a decision.

Each rule is a small pure function; :func:`classify` is the loop that applies them in table order.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ingest.dates import period_end
from ingest.lines import Line
from ingest.segment import (AgendaPart, Block, Label, MeetingPart, Segmented, blocks, parse_label, sentences,
                            title_like)

REVIEW_BELOW = 0.6


# ---- the candidate -----------------------------------------------------------------------------------

@dataclass
class Candidate:
    kind: str
    """resolution | recommendation | action | commitment | priority | metric"""
    label: str | None
    text: str
    tracked: bool
    rule: str
    confidence: float
    line: Line
    quote: str
    context: str | None = None
    """Extra text for the due stage (a priorities heading, an action table's When cell)."""
    owner_hint: str | None = None
    """An owner this stage already knows (a table's Who column, the officer who spoke)."""
    metric: dict | None = None
    group: int = field(default=0, repr=False)
    """Which decision list/sentence produced it (the same decision in two lists is kept once)."""
    speaker: str | None = field(default=None, repr=False)

    @property
    def needs_review(self) -> bool:
        return self.confidence < REVIEW_BELOW


# ---- the rule table ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    name: str
    produces: str
    confidence: float
    description: str


RULES: list[Rule] = [
    # block layer: decision lists
    Rule("resolved-list", "resolution", 0.95,
         "Items of a list opened by RESOLVED / Resolved: / AGREED / Decision / 'Cabinet resolved to:'; one per top-level label."),
    Rule("resolved-inline", "resolution", 0.95,
         "'RESOLVED that ...' (or – / : / to) with the decision on the same line."),
    Rule("resolved-unlabelled", "resolution", 0.85,
         "Unnumbered decisions under a trigger: 'That the report be noted.', 'APPROVE ...', 'DELEGATE ...'."),
    Rule("recommended-list", "recommendation", 0.9,
         "Items under 'RESOLVED to approve the following recommendations:' / RECOMMENDED / 'passed a motion proposing that:'."),
    Rule("recommend-to", "recommendation", 0.9,
         "'RESOLVED to recommend to Cabinet that ...', 'The Panel recommends that ...', 'add its weight to the recommendation'."),
    Rule("decision-page-list", "resolution", 0.8,
         "A decision page's numbered list or 'That ...' clauses before 'Reason(s) for decision', with no trigger printed."),
    Rule("minutes-approved", "resolution", 0.9,
         "Minutes approved/confirmed/signed as a correct record (tracked false)."),
    Rule("noted-by-body", "resolution", 0.8,
         "'The Committee noted the report', 'The Panel considered and noted ...', 'Schools Forum NOTED ...'."),
    Rule("agreed-sentence", "resolution", 0.8,
         "'It was agreed/decided that ...', 'The Board agreed to ...', 'The Board approved the revised fees', "
         "'The Committee supported the Chairman's proposal that ...'."),
    Rule("agreement-confirmed", "resolution", 0.75,
         "'This was agreed.', 'All in agreement.', 'Unanimously agreed', a consent item's 'Approved.' / 'Adopted.' "
         "confirming the sentence before."),
    Rule("planning-response", "resolution", 0.8,
         "A town or parish council's response to a planning application: '25/0311/FUL, 7 Orchard Rise - extension. No objection.'"),
    Rule("register-row", "resolution", 0.8,
         "A decisions register's row carried: 'Title | Action | Result' (Legistar's 'Resolution authorizing ... | adopted | Pass')."),
    Rule("instrument-passed", "resolution", 0.85,
         "A by-law or ordinance read and passed: 'By-law 2026-01, being a by-law to ..., was read a first, second and third "
         "time and passed.'"),
    Rule("motion-carried", "resolution", 0.85,
         "US and parish forms: 'made a motion to ... seconded ... passed', 'X moved approval of ...' with the second and "
         "vote that follow (a lost motion is dropped), 'X proposed ..., seconded by Y. Carried', 'The Board voted 5-0 to ...', "
         "'Minutes approved – A (motion), B (second)', 'APPROVED – ...'. A motion 'to recommend' is a recommendation."),
    Rule("motion-amended", "resolution", 0.7,
         "A condition added to a motion, or a suggested amendment accepted by the mover."),
    # actions
    Rule("action-outcome", "resolution", 0.85,
         "US action minutes: the agenda text with the 'ACTION: Approved as recommended.' line that records its outcome; "
         "a consent calendar item ending '- Approved.' / '- Received and filed.'"),
    Rule("action-marker", "action", 0.9, "'Action: X', 'ACTION – PW to circulate', a trailing '..., action Mags.'."),
    Rule("action-table-row", "action", 0.85, "A row of an action table whose Who/When columns give owner and due."),
    Rule("initials-to", "action", 0.85, "'PW to circulate the notes', 'JN/AC to investigate', 'The Clerk to write', "
         "'Karen to email the rates'."),
    Rule("asked-to", "action", 0.8, "'X was asked to ...', 'asked the Clerk to investigate', 'officers were asked to'."),
    Rule("requested", "action", 0.75,
         "'Members requested that ...', 'An update to a future meeting was requested', 'Information was requested on', "
         "'asked to see the material before it comes back', 'said she would like the plans to come back to the board'."),
    Rule("undertook-to", "action", 0.8, "'Officers undertook to ...', 'X agreed to circulate ...', 'The Clerk will write to ...'."),
    Rule("agreed-task", "action", 0.8, "'It was agreed that the report would be circulated to Members'."),
    Rule("deferred", "action", 0.7, "'... were deferred to the next meeting'."),
    Rule("reminded", "action", 0.6, "'Report authors were reminded that ...'."),
    # discussion
    Rule("commitment", "commitment", 0.6,
         "An officer's or member's promise: 'would be resolved through ...', 'a progress update was due in October', "
         "'will report back', 'work is ongoing to ...'. An active promise needs someone who can keep it as its subject "
         "('officers would circulate', not 'devolution would bring'). Owner = the one named, else the speaker."),
    Rule("priority-list", "priority", 0.85,
         "A bullet under a coming year's programme heading ('Priorities for 2024/25', 'Looking to 2025', 'Work Programme')."),
    Rule("priority-sentence", "priority", 0.6, "'The group's goals for 2025 included ...', 'It was a priority to ...'."),
    Rule("metric", "metric", 0.6, "A performance figure with its measure: '93% of reviews within timescales'."),
    Rule("metric-table-row", "metric", 0.6,
         "A performance table's row: a measure and only figures in the other cells ('Reviews held in time | 91% | 93%')."),
]
RULE = {r.name: r for r in RULES}


# ---- shared vocabulary ----------------------------------------------------------------------------

_BODY = (r"(?:Committee|Sub-Committee|Panel|Board|Forum|Cabinet|Council|Executive|Commission|Group|Authority|"
         r"Assembly|Partnership|Members|members|Governors|Trustees)")
_SUBJECT = rf"(?:(?:The|the|This)\s+)?(?:[A-Z][\w’'&-]*\s+){{0,6}}?{_BODY}"
_TASK = re.compile(
    r"\b(?:bring|brought|(?<!\bthe\s)report(?:ed|s)?\s+(?:back|to|on)|report\s+(?:the|its|their|progress)\b|be\s+reported|circulate\b|be\s+circulated|write\s+to|be\s+written|"
    r"be\s+added|(?<!been\s)added\s+to|add\s+to|(?:draft|report|plan|update|paper)\s+to\s+come\s+(?:back\s+)?to\b|add\s+(?:an?\s+)?(?:item|report|update|briefing)\b|be\s+reviewed|to\s+review|review\s+the\b|kept\s+under\s+review|prepare|be\s+prepared|establish|"
    r"be\s+established|submit|be\s+submitted|present(?:ed)?\s+to|be\s+presented|be\s+considered\s+(?:at|by)|"
    r"considered\s+at|be\s+included|included\s+(?:in|within|on)|provide\s(?!for\b)|attend|delegat(?:e|ed|es|ing)\b(?!\s+(?:budgets?|schools?|funding|grants?|spend))|"
    r"request(?:s|ed)?\s+that|ask(?:s|ed)?\s+that|investigate|explore|develop(?:ed)?\b|undertake|be\s+undertaken|"
    r"monitor(?:ed)?|implement|arrange|contact|liaise|seek|publish|be\s+sent|send|share|be\s+shared|"
    r"refer(?:red)?\s+to|be\s+referred|submit\s+a\s+request|request\s+that|further\s+report|set\s+up|be\s+identified|"
    r"identify|be\s+made|come\s+back|return\s+to|select|refresh(?:ed)?\s+(?:the|its|their|our)\b|be\s+refreshed|enhanced|prioriti[sz]ed|"
    r"be\s+deferred\s+(?:to|until)|addition\s+of\s+(?:an?\s+)?(?:item|report|update)|agree\s+the\s+(?:items|agenda)\b|"
    r"be\s+delayed|remit(?:ted)?\s+to|be\s+marked\s+as\s+(?:complete|completed|closed)|"
    r"be\s+invited\s+to\s+(?:respond|attend|present|report|update|give|provide|explain)\b|"
    r"consult\s+(?:with\s+)?(?:the\s+)?(?:community|communities|residents|public|stakeholders|partners|tenants|businesses)\b|"
    r"removed\s+from\s+the\s+(?:\w+\s+)?(?:tracker|log|register|monitor)|continued\s+(?:the\s+)?(?:public\s+)?(?:hearing|item|matter)\s+(?:to|until)\b|be\s+remitted|be\s+invited\s+to\s+(?:the|a|its)\s+(?:next|future|\w+)\s+meeting|"
    r"(?:continue|defer(?:red)?|adjourn(?:ed)?)\s+(?:consideration\s+of\s+)?[^.;]{0,60}?\bto\s+(?:the|its|a)\s+(?:(?:next|future|\w+)\s+)?meeting|"
    r"\brefer\s+(?:the\s+|its\s+)?[^.;]{0,80}?\s+to\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,4}(?:Committee|Cabinet|Council|Board|Panel|Executive)\b|"
    # recommendations to other bodies, instructions to a named person, deferrals awaiting something, deadlines
    r"recommends?\s+to\b|be\s+recommended\s+to\b|"
    r"(?:asks?|asked|instructs?|instructed|directs?|directed|directing|requests?|requested|authori[sz]es?|authori[sz]ed|authori[sz]ing)\s+(?:the\s+|its\s+|all\s+)?"
    r"(?:[\w’'/-]+\s+){1,6}?to\s+(?!note\b|the\b|a\b)[a-z]+|"
    r"defer(?:s|red)?\b[^.;]{0,80}?\b(?:until|pending)\b|"
    r"continue[sd]?\s+(?:the\s+)?(?:public\s+)?(?:hearing|item|matter)\s+(?:to|until)\b|"
    r"\b(?:hearing|item|matter|application)\s+be\s+(?:continued|deferred|adjourned)\s+(?:to|until)\b|"
    r"issue\s+(?:the\s+|a\s+|an\s+)?(?:[Dd]irections?|guidance|notices?|a\s+press\s+release)\b|be\s+issued\b|"
    r"by\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?:\s+\d{4})?|"
    r"will\s+require|to\s+be\s+maintained|be\s+maintained|provision\s+of|be\s+brought|be\s+updated|"
    r"actions?\b[^.;]*\bbe\s+agreed|be\s+authori[sz]ed\s+to|authority\s+to|(?:will|shall|would)\s+(?:seek|report|bring|provide|review|consider|develop|"
    r"ensure|work|continue|undertake|monitor|write|circulate|be\s+(?:reported|presented|considered|brought|"
    r"circulated|provided|reviewed|submitted|published|added|made|held|sent|updated|undertaken|prepared)))\b",
    re.I,
)
_QUESTION = re.compile(r"\?$|^(?:[\w’' ]{0,60}\s)?(?:asked|queried|questioned|enquired|wondered)\s+(?:whether|if|how|why|what|when|about|for)\b", re.I)
_STOP = set("the a an of to and be that in for on at by with is was were this it as".split())


def _tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9%]+", (text or "").lower()) if w not in _STOP]


def similarity(a: str, b: str) -> float:
    """Token F1 of two texts (the measure the gold scorer uses)."""
    ta, tb = Counter(_tokens(a)), Counter(_tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def is_tracked(text: str) -> bool:
    """A decision that asks someone to do something (bring a report, circulate, review, delegate ...).
    Signing the minutes as a correct record is not a task ("That the Chair be authorised to sign ...")."""
    if re.search(r"\bminutes\b", text, re.I) and re.search(r"\b(?:correct|accurate|true)\s+record\b", text, re.I):
        return False
    if _LICENCE_CONDITIONS.search(text):
        return False  # conditions put on a licence bind the holder; nothing for the meeting to follow up
    if re.match(r"^(?:that\s+)?[^;:]*?\s+be\s+(?:noted|received(?:\s+and\s+noted)?)[.;]?\s*$", text, re.I) \
            and not re.search(r"\band\s+that\b|\b(?:be|is|are)\s+(?!noted|received)\w+ed\b", text, re.I):
        return False  # "that the annual report on member conduct complaints be noted": nothing to follow up
    return (_TASK.search(text) is not None or _DIRECTED_ROLE.match(text) is not None or _DEADLINE.search(text) is not None
            or any(_DIRECTED_ROLE.match(part) for part in re.split(r"[;,]?\s+and\s+(?=that\s)", text)[1:])
            or _TRANSACTION.search(text) is not None)


# "(3) the Audit Manager include in future progress reports ...": an officer told to do something, in the subjunctive
_DIRECTED_ROLE = re.compile(
    r"^(?:That\s+|that\s+)?(?:the\s+|The\s+)?(?:[A-Z][\w’'&-]*\s+){0,4}?(?:Manager|Officer|Director|Head|Clerk|Executive|Lead|"
    r"Leader|Secretary|Treasurer|Solicitor|Engineer|Team|Service|Services|Adviser|Advisor|Co-?ordinator|Superintendent|Chair)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){1,4}?)?\s+(?!be\b|is\b|was\b|were\b|has\b|had\b|are\b|and\b|to\b|"
    r"of\b|for\b|in\b|on\b|at\b|with\b|by\b|who\b|which\b|that\b|the\b|a\b|an\b|should\b|would\b|will\b|may\b|"
    r"could\b|can\b|must\b|shall\b|did\b|does\b|not\b|note\b|receive\b|agree\b|approve\b|endorse\b|accept\b|adopt\b|"
    r"welcome\b|support\b|confirm\b|thank\b|express\b|recognise\b|recognize\b|acknowledge\b|resolve\b|decide\b)"
    r"(?P<verb>[a-z]+)\b(?<!s)(?<!ed)\s")
# "the underspend be returned to the constituent councils": money to be moved, a task to see done
_TRANSACTION = re.compile(r"\bbe\s+(?:returned|repaid|refunded|paid|distributed)\s+(?:to|by|within|on)\b", re.I)
# "complete accredited training within three months of this decision", "to be arranged by the Monitoring Officer"
_DEADLINE = re.compile(r"\bwithin\s+(?:the\s+next\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"fourteen|twenty[- ]\w+|thirty|a|an)\s+(?:working\s+|calendar\s+)?(?:days?|weeks?|months?|years?)\b"
                       r"(?!\s+of\s+(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?(?:written\s+)?notice\b)|"
                       r"\bto\s+be\s+(?:arranged|organised|organized|led|co-?ordinated|prepared|circulated|provided)\s+by\b", re.I)


# "That the following conditions be added to the premises licence: (a) a CCTV system shall be maintained ..."
_LICENCE_CONDITIONS = re.compile(r"\bconditions?\b[^.;:]{0,40}\bbe\s+(?:added|attached|imposed|applied)\s+(?:to|on)\s+"
                                 r"(?:the\s+)?(?:[\w-]+\s+){0,2}(?:licen[cs]e|permit|consent|permission|certificate)\b", re.I)


def _clean(text: str) -> str:
    t = re.sub(r"\s+", " ", text).strip()
    t = re.sub(r"^[\s:;,\-–—]+", "", t)
    t = re.sub(r"\s*(?:;\s*and|;\s*or|,\s*and|\band|;)\s*$", "", t)
    return t.strip()


# ---- triggers --------------------------------------------------------------------------------------

_TRIGGER = re.compile(
    r"^(?:(?:(?:After|Following)\s+(?:\w+\s+)?(?:discussion|debate|consideration)|Thereafter|Accordingly|Thereupon),?\s+"
    r"(?=(?:it\s+was|the|The)\s))?"
    # "Upon being put to the vote it was RESOLVED:", "The substantive motion was put to the vote and it was RESOLVED:"
    r"(?:(?:(?:Up)?[Oo]n\s+being\s+put\s+to\s+(?:the\s+)?vote|Having\s+been\s+put\s+to\s+the\s+vote|On\s+a\s+(?:show\s+of\s+hands|recorded\s+vote)|"
    r"(?:The\s+)?(?:substantive\s+|amended\s+)?(?:[Mm]otion|[Rr]ecommendations?)\s+(?:was|were)\s+(?:then\s+)?put\s+to\s+(?:the\s+)?vote\s+and),?\s+"
    r"(?=it\s+was\s))?"
    r"(?P<pre>(?:[Ii]t\s+was\s+(?:unanimously\s+)?|(?:the|The)\s+)?(?:[A-Z][\w’'&-]*\s+){0,6}?)"
    r"(?P<word>(?:UNANIMOUSLY\s+|Unanimously\s+)?(?:RESOLVED|Resolved|resolved|AGREED|Agreed|agreed|DECIDED|Decided|decided|"
    r"RECOMMENDED|NOTED|DECISIONS?|Decisions?)|I\s+agree\s+to|(?:passed|carried)\s+a\s+motion\s+proposing)"
    r"(?![\w-])(?P<rest>.*)$",
    re.S,
)
_DECISION_FIELD = re.compile(r"^(?:decision|decisions)\s*(?:\(s\))?\s*:?\s*$|^decision\s*:\s*\S", re.I)
_NOT_DECISION_FIELD = re.compile(r"^decision\s+(?:status|maker|details|type|date|number|no|reference|taker|notice|making|to\s+be)", re.I)
_INTRO_ONLY = re.compile(
    r"^(?:(?:to|that)\s*)?[:\-–—]*$|^(?:that\s+)?(?:the\s+)?(?:[A-Z][\w’']*\s*){1,5}[:\-–—]+$|"
    r"\bfollowing\b|\bas\s+follows\b|\brecommendations?\s+[\d.,\sand]+|^to\s+(?:note|agree|approve|endorse|recommend)\s*[:\-–—]*$|"
    r"^that\s+(?:the\s+)?(?:[A-Z][\w’']*\s*){1,5}(?:be|is)?\s*[:\-–—]+$",
    re.I,
)
_REASONS = re.compile(r"^(?:reasons?\s*(?:\(s\))?\s+for\s+(?:the\s+)?decisions?|other options considered|alternative options|"
                      r"any alternatives considered|background|supporting documents|details of any conflict|"
                      r"report author|publication date|date of decision|accompanying documents)", re.I)
# the sections of a decision notice that follow its decisions, as headings standing alone
_SECTION_AFTER = re.compile(r"^(?:reasons?(?:\s+for\s+(?:the\s+)?decisions?)?|right\s+of\s+appeal|appeals?|background|informatives?|"
                            r"notes?|other\s+options\s+considered|alternative\s+options(?:\s+considered)?|"
                            r"date\s+of\s+decision|declarations?\s+of\s+interests?)\s*:?$", re.I)
_PROPOSAL = re.compile(
    r"\b(?:proposed|moved)\b[^.]*\b(?:seconded|second)\b[^.]*\b(?:following|the|a|an)\s+(?:motion|amendment)|"
    r"\bput\s+forward\s+the\s+motion\b|\bthe\s+following\s+(?:motion|amendment)\b[^.]*:\s*$|"
    r"\bseconded\s+the\s+above\s+motion\b", re.I)
_AGENDA_TEXT = re.compile(r"^(?:To\s+(?:consider|receive|note|approve|agree|authorise|elect|confirm|answer|update|bring|"
                          r"review|discuss|sign|report|inform|seek|provide|present|endorse|comment|scrutinise|determine)\b|"
                          r"Report of\b|\(Report attached\)|Additional documents|Members are reminded)", re.I)


# "That the following items be included in the work programme:" introduces separate decisions, one per item
_FOLLOWING_ITEMS = re.compile(r"\bthe\s+following\s+(?:[\w-]+\s+){0,2}?(?:items|matters|topics|reports|subjects|issues|"
                              r"reviews|recommendations|resolutions|decisions|actions|priorities)\b", re.I)


# "OFFICER RECOMMENDATION", "Officers' recommendation:", "STAFF RECOMMENDATION": a report's recommendation that the
# meeting has not yet decided; its decision is recorded below it ("COUNCIL RESOLUTION ... That Council: 1. ...")
_REPORT_REC = re.compile(r"^(?:OFFICERS?['’]?S?|STAFF|DIRECTOR['’]?S?|REPORT|EXECUTIVE|ADMINISTRATION|MANAGEMENT)\s+"
                         r"RECOMMENDATIONS?\b", re.I)


_BARE_OUTCOME = re.compile(r"^\s*(?:unanimously|by\s+(?:a\s+)?(?:majority|\d+\s+votes?[^.]*))?\s*\.\s*$", re.I)


_BODY_INTRO = re.compile(rf"^(?:(?:Thereafter|Accordingly|Thereupon|(?:After|Following)\s+(?:\w+\s+)?(?:discussion|debate|consideration)),?\s+)?"
                         rf"(?:The\s+|This\s+|the\s+)?(?:[A-Z][\w’'&-]*\s+){{0,5}}?{_BODY}\s*(?::-?|:\s*[–—-])\s*$")


# "RESOLVED that for the reasons contained in the report:- (i) ... (ii) ...": a reason before the list, not a clause the
# items complete; each item is its own decision
_PREAMBLE = re.compile(r"^(?:for\s+the\s+reasons?|having\s+(?:regard\s+to|considered|taken\s+into\s+account)|"
                       r"in\s+order\s+to\s+(?:promote|uphold|protect|secure|further|meet)|"
                       r"in\s+(?:the\s+)?(?:light|view)\s+of|on\s+the\s+basis\s+of|after\s+(?:due\s+)?consideration|"
                       r"following\s+(?:consideration|the\s+consultation))\b[^:]*[:\-–—]+$", re.I)


_LEAD_TAIL = re.compile(
    rf"(?:^|[.;!]\s+)(?:That\s+)?(?:[Tt]he\s+|[Tt]his\s+)?(?:[A-Z][\w’'&-]*\s+){{0,4}}?{_BODY}\s+"
    r"(?:therefore\s+|further\s+|also\s+|hereby\s+)?(?:resolves|RESOLVES|agrees|AGREES|decides|DECIDES|commits|COMMITS)"
    r"(?:\s+to)?\s*[:\-–—]+\s*$")


# "granted subject to the conditions ... modified as follows:" + a) b) c): each lettered condition is a decision
_CONDITIONS_LIST = re.compile(r"\bconditions?\b[^:]*\b(?:modified|amended|varied|added|as\s+follows)\b|"
                              r"\bsubject\s+to\s+the\s+following\s+(?:\w+\s+)?conditions\b|"
                              r"\b(?:modified|amended|varied)\s+as\s+follows\b", re.I)
_BE_RECOMMENDED_LEAD = re.compile(
    r"^(?:RESOLVED|Resolved|AGREED|Agreed)?\s*[:\-–—]?\s*(?:That\s+|that\s+)?(?:the\s+|The\s+)?"
    r"(?P<to>[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|for)){0,5})\s+be\s+(?:RECOMMENDED|[Rr]ecommended)\s+to\s*"
    r"(?::-?|[–—])\s*$")


@dataclass
class _Trigger:
    kind: str        # resolution | recommendation
    rule: str
    rest: str        # text after the trigger word
    intro: bool      # opens a list (nothing, or only an intro, after the word)
    combine: bool    # the intro is a clause the items complete: keep as one item
    prefix: str     # words kept before each item ("RESOLVED to note:")
    owner_to: str | None = None
    own: str | None = None
    """A decision of the lead-in itself, before the list it introduces ("That the report be endorsed and that the
    Committee recommends to Cabinet that:" decides the endorsement; the numbered items are the recommendations)."""


_BE_IT_RESOLVED = re.compile(
    r"^(?:NOW,?\s+)?(?:THEREFORE,?\s+)?(?:BE\s+IT\s+(?:FURTHER\s+|ALSO\s+|FINALLY\s+)?|IT\s+IS\s+(?:HEREBY\s+)?)(?:RESOLVED|ORDAINED)\b"
    r"(?:\s+by\s+the\s+[A-Z][\w’'& ]+?(?:\s+of\s+(?:the\s+)?[A-Z][\w’'& ]+?)*(?=\s+(?:as\s+follows|that)\b|\s*[,:]))?"
    r"[\s,:]*(?:that\b[\s,:]*)?(?P<rest>.*)$", re.S | re.I)
_VOTE_RECORD = re.compile(r"^(?:PASSED|ADOPTED|APPROVED)(?:\s+AND\s+(?:ADOPTED|APPROVED))?\s+this\b|\bby\s+the\s+following\s+(?:roll\s+call\s+)?vote\b", re.I)
_MOVERS_LINE = re.compile(
    r"^(?:(?:Moved|MOVED|Proposed|PROPOSED)(?:\s+by)?\s*[:\-–—]?\s*\S[^.]{0,60}?\s+(?:Seconded|SECONDED)(?:\s+by)?\s*[:\-–—]?\s*\S[^.]{0,60}|"
    r"(?:Moved|MOVED|Seconded|SECONDED|Proposed|PROPOSED)(?:\s+by)?\s*[:\-–—]\s*(?:Cr|Cllr|Councillor|Mayor|Deputy\s+Mayor|Trustee|"
    r"Commissioner|Director|Member)\.?\s+[A-Z][^.]{0,40})$")
_NOT_YET = re.compile(r"^(?:(?:Decision|Minutes)\s*:\s*)?(?:RESOLVED\s*[:–—-]?\s*)?(?:[Aa]s\s+(?:set\s+out\s+in|per)\s+the\s+decision\s+above|"
                     r"See\s+(?:the\s+)?decision\s+above|"
                     r"Awaiting\s+(?:decision|minutes|the\s+decision)|Decision\s+(?:awaited|pending|to\s+follow)|"
                     r"(?:The\s+)?[Mm]inutes\s+(?:of|for)\s+this\s+item\s+will\s+be\s+(?:published|available|added|made\s+available)\b|"
                     r"(?:To\s+follow|Not\s+yet\s+(?:published|available|decided))\.?$)", re.I)
_PLANNING_REF = re.compile(r"^(?:(?:Planning\s+)?(?:Application|Ref(?:erence)?)\.?\s*(?:No\.?)?\s*:?\s*)?"
                           r"(?:[A-Z]{1,4}/?)?\d{2,4}/\d{3,6}(?:/[A-Z]{2,6})?\b|^[A-Z]{1,4}/\d{4}/\d{3,6}\b")
_PLANNING_RESPONSE = re.compile(
    r"\b(?:[Nn]o\s+objections?|NO\s+OBJECTIONS?|(?:The\s+)?(?:Town\s+|Parish\s+|Community\s+)?(?:Council|Committee)\s+"
    r"(?:objects?|supports?|has\s+no\s+objection|raises?\s+no\s+objection|recommends?\s+(?:refusal|approval))|"
    r"\b(?:Objection|OBJECTION|Support|SUPPORT|Supported|No\s+comments?|Recommend\s+(?:refusal|approval))\b\s*[.:–-])")
_AMENDMENT_MOVED = re.compile(r"\b(?:moved|proposed|put\s+forward)\s+an\s+amendment\b", re.I)
_RECITAL = re.compile(r"^(?:WHEREAS|Whereas)\b")


# "that the Panel endorses the task group's report and makes the following recommendations to the Commissioner:"
_OWN_AND_MAKES = re.compile(
    r"^(?P<own>.{8,}?)[;,]?\s+and\s+(?:to\s+)?makes?\s+the\s+following\s+recommendations?\s+to\s+(?:the\s+)?"
    r"(?P<to>[A-Z][\w’'& ]+?)(?P<to2>)\s*[:\-–—]*$")
_OWN_AND_RECOMMENDS = re.compile(
    rf"^(?P<own>.+?\bbe\s+\w+.*?)[;,]?\s+and\s+(?:that\s+)?(?:the\s+|this\s+)?(?:[A-Z][\w’'&-]*\s+){{0,5}}?{_BODY}\s+"
    r"(?:also\s+)?(?:recommends?|RECOMMENDS?)\s+(?:to\s+(?:the\s+)?(?P<to>[A-Z][\w’'& ]+?)\s+that|that\s+(?:the\s+)?(?P<to2>[A-Z][\w’'& ]+?))"
    r"\s*[:\-–—]*$")


def _it_was(pre: str) -> bool:
    """'It was' (or 'It was unanimously') before RESOLVED/AGREED; a vote leading up to it ("Upon being put to the vote")
    is consumed by _TRIGGER before ``pre``."""
    return re.match(r"it\s+was(?:\s+unanimously)?$", pre.lower().strip()) is not None


def _trigger(text: str) -> _Trigger | None:
    """A resolution trigger at the start of ``text``, or None."""
    t = text.strip()
    if _NOT_DECISION_FIELD.match(t):
        return None
    if _DECISION_FIELD.match(t):
        rest = re.sub(r"^decisions?\s*(?:\(s\))?\s*:?\s*", "", t, flags=re.I)
        return _Trigger("resolution", "resolved-list", rest, not rest, False, "")
    if _REPORT_REC.match(t):
        return None
    mrec = _BE_RECOMMENDED_LEAD.match(t)
    if mrec:
        # "That Cabinet be RECOMMENDED to:" + (a) (b) (c): one recommendation to that body per item
        return _Trigger("recommendation", "recommended-list", "", True, False, "", mrec.group("to"))
    if _BODY_INTRO.match(t):
        # "The Committee:-" / "Cabinet:" alone on a line: the decisions follow as a list of past-tense verbs
        return _Trigger("resolution", "resolved-list", "", True, False, "")
    mb = _BE_IT_RESOLVED.match(t)
    if mb:
        # US resolutions: "NOW, THEREFORE, BE IT RESOLVED by the City Council ... as follows:" + "Section 1. ..." /
        # "BE IT FURTHER RESOLVED that the City Manager ..."
        rest = mb.group("rest").strip()
        if not rest or re.search(r"\bas\s+follows\s*[:\-–—]*$|[:\-–—]$", rest):
            return _Trigger("resolution", "resolved-list", "", True, False, "")
        return _Trigger("resolution", "resolved-inline", rest[:1].upper() + rest[1:], False, False, "")
    m = _TRIGGER.match(t)
    if not m:
        return None
    pre, word, rest = m.group("pre") or "", m.group("word"), m.group("rest")
    wl = word.lower()
    if "agreed" in wl and _BARE_OUTCOME.match(rest):
        return None  # "Agreed." / "AGREED unanimously." closes the paragraph above: it confirms, it opens no list
    if not re.match(r"^\s*(?:$|[:;,.\-–—(]|that\b|to\b|unanimously\b|as\s+follows|the\s+following|[A-Z(“\"])", rest, re.I) \
            or re.match(r"^\s*(?:at|by|on)\s+meeting\b", rest, re.I):
        return None
    if wl.startswith("decision"):
        return None  # "Decision" inside a sentence is not a heading
    if word in ("resolved",) and not (re.search(_BODY + r"\s*$", pre.strip()) or _it_was(pre)):
        return None
    if word in ("agreed", "decided") and not (
            (re.search(_BODY + r"\s*$", pre.strip()) or _it_was(pre))
            and re.match(r"^\s*(?:that\s*)?(?::-?|[–—-]|as\s+follows|the\s+following\b[^.]*:)\s*(?:\(?[A-Za-z0-9]{1,4}[.)]|$)", rest, re.I)):
        return None  # "The Committee agreed:-" opens a list; "The Committee agreed to grant the licence" is a sentence
    it_was = _it_was(pre)
    if word in ("Resolved", "Agreed", "Decided") and pre.strip() and not re.search(_BODY + r"\s*$", pre.strip()) \
            and not it_was:
        return None
    if word == "NOTED" and not re.search(_BODY + r"\s*$", pre.strip()):
        return None
    if word in ("AGREED", "RECOMMENDED") and pre.strip() and not re.search(_BODY + r"\s*$", pre.strip()) and not it_was:
        return None
    if pre.strip() and len(pre.split()) > 6 and not it_was:
        return None
    kind, rule = "resolution", "resolved-list"
    rest = rest.strip()
    body = re.sub(r"^[\s:;,.\-–—]+", "", rest)
    body = re.sub(r"^that\b[\s:;,\-–—]*", "", body, flags=re.I)
    prefix = ""
    if word.startswith(("RECOMMENDED", "passed", "carried")) or re.match(
            r"^to\s+(?:approve|agree|endorse|make|accept)\s+the\s+following\s+recommendations", body, re.I):
        kind, rule = "recommendation", "recommended-list"
    owner_to = None
    mto = re.match(r"^to\s+(?i:recommend)\s+to\s+(?:the\s+|each\s+of\s+the\s+(?:\w+\s+)?|all\s+(?:the\s+)?)?"
                   r"(?P<to>[A-Z][\w’'& ]+?|(?:constituent|partner|member|district|borough|county|local)\s+[\w’'& ]+?)\s+that\b[\s:,\-–—]*", body)
    if mto:
        kind, rule, owner_to = "recommendation", "recommend-to", mto.group("to")
        body = body[mto.end():]
    elif re.match(r"^to\s+recommend\b", body, re.I):
        kind, rule = "recommendation", "recommend-to"
    mverb = re.match(r"^to\s+(note|agree|approve|endorse|accept|receive)\s*[:\-–—]+\s*$", body, re.I)
    if mverb:
        prefix = f"RESOLVED to {mverb.group(1).lower()}:" if wl.startswith(("resolved", "unanimously")) else f"{word} to {mverb.group(1).lower()}:"
    if word == "NOTED":
        prefix = f"{pre.strip()} NOTED".strip()
    # "Resolved: that the Committee" + "1. agrees ... 2. delegates ...": a bare subject the numbered verbs complete,
    # one decision each
    bare = re.match(rf"^(?:the\s+|The\s+)?(?:[A-Z][\w’'&-]*\s+){{0,5}}?{_BODY}\s*[:\-–—]*$", body) is not None
    intro = (not body) or bare or bool(_INTRO_ONLY.search(body)) or body.endswith((":", ":-", "–", "-")) or bool(mverb)
    if intro and re.match(r"^\(?[A-Za-z0-9]{1,4}[.)]\s+\S", body) and body.rstrip().endswith((".", ";")):
        intro = False  # "RESOLVED – (1) That recommendations 1, 2 and 5 be accepted." is the first decision, not an intro
    combine = False
    mboth = (_OWN_AND_RECOMMENDS.match(body) or _OWN_AND_MAKES.match(body)) if intro else None
    if mboth and not mto:
        # "That the report of the Task and Finish Group be endorsed and that the Committee recommends to Cabinet that:"
        # + 1. 2. 3.: the endorsement is a decision; each numbered item is a recommendation to Cabinet
        return _Trigger("recommendation", "recommend-to", "", True, False, "", (mboth.group("to") or mboth.group("to2")).strip(),
                        own="That " + mboth.group("own").strip(" ,;"))
    if intro and _LEAD_TAIL.search(body):
        # "RESOLVED that this Council notes ... Council resolves to:" + 1. 2. 3.: the motion's preamble only leads
        # in; each numbered clause is the decision
        return _Trigger(kind, rule, "", True, False, "", owner_to)
    if intro and body and not mverb and not bare and (not _INTRO_ONLY.search(body) or re.search(
            r"\b(?:be|were|was|are|is)\b(?![^:]*\bfollowing\s+(?:recommendations|resolutions|decisions))", body)) \
            and not _FOLLOWING_ITEMS.search(body) and not _PREAMBLE.match(body) and not _CONDITIONS_LIST.search(body):
        combine = True  # "That the grounds for call-in be:" + bullets = one decision
    if not intro:
        body = re.sub(r"^[\s:;,.\-–—]+", "", rest)
        if re.match(r"^that\s*[:\-–—]*\s*\(?[A-Za-z0-9]{1,4}[.)]\s", body, re.I):
            body = re.sub(r"^that\s*[:\-–—]*\s*", "", body, flags=re.I)  # "that (A) the report ..."
        body = body[:1].upper() + body[1:]
        if mto:
            body = body[mto.end():] if body.lower().startswith(mto.group(0).lower()) else re.sub(
                r"^to\s+recommend\s+to\s+(?:the\s+)?[A-Z][\w’'& ]+?\s+that\b[\s:,\-–—]*", "", body, flags=re.I)
    return _Trigger(kind, rule if intro else ("recommend-to" if rule == "recommend-to" else
                                              ("recommended-list" if kind == "recommendation" else "resolved-inline")),
                    body, intro, combine, prefix, owner_to)


# ---- list state ----------------------------------------------------------------------------------

@dataclass
class _Item:
    block: Block
    label: Label | None
    parts: list[str]
    subs: list["_Sub"] = field(default_factory=list)
    """Its nested items ((a), (b) or i), ii) under "That the Director of Finance:")."""
    owner: str | None = None
    """Who its introduction asks to act ("This Council agrees to call on the Cabinet Member to: a) ...")."""
    tracked: bool | None = None


@dataclass
class _Sub:
    block: Block
    label: Label
    parts: list[str]


@dataclass
class _List:
    trig: _Trigger
    group: int
    confidence: float
    intro_block: Block
    top: tuple[str, str] | None = None      # (numbering kind, wrap)
    last: int = 0
    flattened: bool = False
    items: list[_Item] = field(default_factory=list)
    unlabelled: bool = True
    intro_text: str = ""
    sub: tuple[str | None, bool | None] = (None, None)
    """(owner, tracked) that the latest introduction inside the list gives the items after it."""


def _first_kind(lab: Label) -> str:
    kinds = lab.kinds()
    if lab.value in ("i", "I") and ("roman" in kinds or "ROMAN" in kinds):
        return "roman" if lab.value == "i" else "ROMAN"
    for k in ("decimal", "multi", "bullet", "alpha", "ALPHA", "roman", "ROMAN"):
        if k in kinds:
            return k
    return kinds[0]


def _continues(lst: _List, lab: Label) -> bool | None:
    """True: a new top-level item; False: nested inside the current item; None: not this list's label."""
    if lst.top is None:
        return True
    kind, wrap = lst.top
    if lab.wrap == wrap and kind not in lab.kinds() and _case_switched(lst, kind, lab):
        return True  # "A) Note ...  b) Note ...  c) Agree ...": one list typed with a stray capital
    if lab.wrap != wrap or kind not in lab.kinds():
        return False
    if kind == "bullet":
        return lab.value == lst.items[-1].label.value if lst.items and lst.items[-1].label else True
    o = lab.ordinal(kind)
    if o is None:
        return False
    if o == lst.last + 1:
        return True
    if o == lst.last == 1 or (lst.flattened and o == 1):
        lst.flattened = True  # an HTML list flattened so every item reads "1."
        return True
    return None


_OTHER_CASE = {"alpha": "ALPHA", "ALPHA": "alpha", "roman": "ROMAN", "ROMAN": "roman"}


def _case_switched(lst: _List, kind: str, lab: Label) -> bool:
    """The next label of the list in the other case ("A)" then "b)"), when the current item has no nested
    list of that case (where "b)" would be its second sub-item)."""
    other = _OTHER_CASE.get(kind)
    if other is None or other not in lab.kinds() or lab.ordinal(other) != lst.last + 1:
        return False
    cur = lst.items[-1] if lst.items else None
    return not (cur and cur.subs and other in cur.subs[0].label.kinds())


# ---- context for one agenda item ----------------------------------------------------------------------

_OFFICER_MAKER = re.compile(r"\b(?:Director|Head|Manager|Officer|Chief\s+Executive|Cabinet\s+Member|Portfolio\s+Holder|"
                            r"Executive\s+Member|Lead\s+Member|Leader|Mayor|Clerk|Solicitor|Treasurer)\b")
# What a delegated decision can set in train
_CARRY_OUT = re.compile(r"(?<!\bnot\s)(?<!\bnot\sto\s)(?<!\bnot\sre-)\b(?:award\w*|enter\w*\s+into|consult(?:s|ed|ing|ation)?\s+(?:on|with)|"
                        r"proceed\w*\s+with|appoint\w*|implement\w*|demoli\w*|procure\w*|purchas\w*|acqui\w*|dispos\w*|"
                        r"lease\w*|extend\w*|undertak\w*|transfer\w*|sell|sale\s+of|install\w*|build|construct\w*)\b", re.I)


@dataclass
class _Ctx:
    part: AgendaPart
    meeting: MeetingPart
    doc: Segmented
    out: list[Candidate] = field(default_factory=list)
    trace: list | None = None
    group: int = 0
    lst: _List | None = None
    quote: bool = False
    proposal: Label | None | bool = None
    report_rec: bool = False
    prev_heading: str | None = None
    """Inside an officer's / report's recommendation ("OFFICER RECOMMENDATION / That Council: 1. ..."): not the decision."""
    after_reasons: bool = False
    priority_head: str | None = None
    priority_doer: str | None = None
    priority_label: tuple | None = None
    priority_punct: bool = False
    speaker: str | None = None
    prev_sentence: str | None = None
    prev_block_text: str | None = None
    skip: int = 0
    last_agent: str | None = None
    prev_produced: bool = False
    period_head: tuple[int, str] | None = None
    speaker_block: int | None = None
    motion: Candidate | None = None
    """The last motion, while its second or vote may still follow."""
    motion_gap: int = 0
    item_text: str | None = None
    """The numbered agenda text above (US action minutes: "5. Approve an agreement ..." then "ACTION: Approved.")."""
    unseconded: list = field(default_factory=list)
    """Motions with no second and no vote recorded: dropped if a later motion replaces them."""
    quoted_motion: tuple[str, int] | None = None
    """A motion quoted in full ("\"That this Council calls on ...\"") and how many items had been found then."""
    responses_agreed: bool = False
    """The agenda item said the meeting agreed its responses (to planning applications) listed below."""
    movers_at: int | None = None
    """Where a line naming only the mover and seconder stood: the "That ..." just below it is the motion."""
    register_rows: dict = field(default_factory=dict)
    """File number -> the item a decisions register's row gave (the motion's own text, if printed, replaces it)."""
    recent: list = field(default_factory=list)
    """The last sentences read, across blocks: where a motion "to adopt Ordinance 2026-14" finds that ordinance's title."""

    def delegated(self) -> bool:
        """A decision page whose decision maker is an officer or a single member (a delegated decision)."""
        maker = (self.meeting.committee or "").strip()
        return (self.doc.kind == "decision" and bool(_OFFICER_MAKER.search(maker))
                and not re.search(r"(?:Committee|Sub-Committee|Board|Panel|Council|Cabinet|Forum|Commission)$", maker))

    def note(self, line: Line, rule: str | None, note: str) -> None:
        if self.trace is not None:
            self.trace.append((line, rule, note))

    def add(self, kind: str, rule: str, text: str, block: Block, *, label: str | None = None,
            tracked: bool | None = None, quote: str | None = None, context: str | None = None,
            owner_hint: str | None = None, metric: dict | None = None, confidence: float | None = None,
            group: int | None = None) -> Candidate | None:
        text = _clean(text)
        if len(_tokens(text)) < 2:
            return None
        mrec = _BE_RECOMMENDED.match(text) if kind == "resolution" else None
        if mrec:
            # "That Cabinet be recommended to approve the strategy": a recommendation made to that body, followed
            kind, rule, tracked = "recommendation", "recommend-to", True
            owner_hint = owner_hint or mrec.group("to")
        if owner_hint and re.fullmatch(r"(?:They|they|He|he|She|she)(?:\s+have|\s+has)?(?:\s+also)?", owner_hint.strip()):
            # "The Head of Highways said ... . She agreed to circulate ...": the person the sentence before names
            owner_hint = _named_subject(self.prev_sentence) or self.last_agent
        if owner_hint is None and rule == "requested" and self.speaker and self.speaker_block == id(block):
            owner_hint = self.speaker
        if tracked is None:
            tracked = kind in ("recommendation", "action", "commitment", "priority") or (
                kind == "resolution" and is_tracked(text))
            if not tracked and kind == "resolution" and self.delegated() and _CARRY_OUT.search(text) \
                    and not re.search(r"\bminutes\b", text, re.I):
                # an officer's delegated decision to do something (award, enter into, consult, demolish) is
                # followed until it is done, by the officer who took it
                tracked, owner_hint = True, owner_hint or self.meeting.committee
        if kind == "metric":
            tracked = False
        conf = RULE[rule].confidence if confidence is None else confidence
        if self.doc.kind == "other":
            conf -= 0.05
        if len(text) > 900:
            conf -= 0.15
        c = Candidate(kind=kind, label=label, text=text, tracked=tracked, rule=rule, confidence=round(max(0.05, min(conf, 0.99)), 2),
                      line=block.line, quote=_clean(quote or text), context=context, owner_hint=owner_hint,
                      metric=metric, group=self.group if group is None else group, speaker=self.speaker)
        self.out.append(c)
        if owner_hint:
            self.last_agent = owner_hint
        self.note(block.line, rule, f"{kind}: {text[:80]}")
        return c


# ---- the list layer ----------------------------------------------------------------------------------

def _open_list(ctx: _Ctx, trig: _Trigger, block: Block) -> None:
    if trig.own:
        ctx.add("resolution", "resolved-inline", trig.own, block)
    ctx.group += 1
    conf = RULE[trig.rule].confidence
    ctx.lst = _List(trig, ctx.group, conf, block, intro_text=trig.rest)
    ctx.note(block.line, trig.rule, "opens a decision list")


def _close_list(ctx: _Ctx) -> None:
    lst = ctx.lst
    ctx.lst = None
    if lst is None:
        return
    trig = lst.trig
    if trig.combine:
        pieces = [trig.rest] + [f"{it.label.raw if it.label else ''} {' '.join(it.parts)}".strip() for it in lst.items]
        text = " ".join(pieces)
        ctx.add(trig.kind, trig.rule if trig.rule != "resolved-list" else "resolved-inline", text, lst.intro_block,
                group=lst.group, owner_hint=trig.owner_to, tracked=False if trig.rule == "minutes-approved" else None)
        return
    for it in lst.items:
        split = _split_parent(it)
        if split is not None:
            _add_subs(ctx, lst, it, split)
            continue
        text = " ".join(it.parts)
        if trig.prefix:
            text = f"{trig.prefix} {text}"
        kind = trig.kind
        rule = trig.rule if it.label is not None else "resolved-unlabelled"
        if kind == "resolution" and _RECOMMEND_SENT.search(text):
            kind, rule = "recommendation", "recommend-to"
        if kind == "recommendation" and rule == "resolved-unlabelled":
            rule = "recommended-list"
        tracked = it.tracked
        if _FOLLOWING_ITEMS.search(lst.intro_text) and is_tracked(lst.intro_text):
            tracked = True  # "the following items be added to the work programme:" + each item
        elif tracked is None and kind == "resolution" and _CONDITIONS_INTRO.search(lst.intro_text or ""):
            # "the premises licence be modified as follows:" + conditions: they bind the holder, and only one with its
            # own deadline ("complete training within three months") is for the meeting to follow up
            tracked = _DEADLINE.search(text) is not None
        ctx.add(kind, rule, text, it.block, label=it.label.value if it.label and it.label.wrap != "bullet" else None,
                group=lst.group, owner_hint=it.owner or trig.owner_to, tracked=tracked,
                confidence=None if it.label is not None or kind != "resolution" else RULE["resolved-unlabelled"].confidence)


_CONDITIONS_INTRO = re.compile(r"\blicen[cs]e\b[^.;:]{0,80}\bbe\s+(?:modified|varied|amended|granted|reviewed)\b|"
                               r"\b(?:subject\s+to|with)\s+the\s+following\s+(?:additional\s+|amended\s+)?conditions\b|"
                               r"\bconditions?\b[^.;:]{0,40}\bbe\s+(?:added|attached|imposed|applied|modified|amended|varied)\b", re.I)


# A top-level decision that only introduces its nested ones: "That the Director of Education:", "the Director
# of Place be authorised to:", "That Cabinet's response to the recommendations be as follows:".
_PARENT_SUBJECT = re.compile(r"^(?:That\s+|that\s+)?(?:the\s+|The\s+)?(?P<who>[^:;.]{2,80}?)\s*[:–—-]+$")
_PARENT_AUTHORISED = re.compile(
    r"^(?:That\s+|that\s+)?(?:the\s+|The\s+)?(?P<who>[^:;.]{2,80}?)\s+(?:be|is|are)\s+(?:authori[sz]ed|asked|requested|"
    r"instructed|invited|given\s+delegated\s+authority|delegated\s+authority|recommended)\s+to\s*[:–—-]*$")
_PARENT_RECOMMEND = re.compile(r"^(?:To\s+|That\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){1,6})?recommends?\s+to\s+(?:the\s+)?"
                               r"(?P<who>[A-Z][\w’'& ]+?)\s+that\s*[:–—-]*$")
_PARENT_DELEGATED = re.compile(
    r"^(?:That\s+|that\s+)?(?:delegated\s+)?authority\s+(?:be|is|was)\s+delegated\s+to\s+(?:the\s+)?(?P<who>[^:;]{2,120}?)"
    r"(?:,?\s+in\s+consultation\s+with\s+[^:;]{2,160}?)?,?\s+to\s*[:–—-]*$")
_PARENT_BODY = re.compile(rf"^(?:[^:;]{{0,120}},\s*)?(?:the\s+|The\s+)?(?:[A-Z][\w’'&-]*\s+){{0,4}}?{_BODY}\s*[:–—-]+$")
_PARENT_FOLLOWS = re.compile(r"\b(?:be|are|is)\s+as\s+follows\s*[:–—-]*$")
# "That the following recommendations be made to Cabinet:", "That the Panel's recommendations to the Executive be as
# follows:": a lead-in that only says to whom the lettered recommendations under it go
_PARENT_RECS_TO = re.compile(
    r"^(?:That\s+|that\s+)?(?:the\s+|The\s+)?(?:following\s+|[\w’'-]+\s+)?recommendations?\s+(?:"
    r"(?:be|are|is)\s+(?:made|submitted|forwarded|referred|sent|put|reported|presented|given)\s+to\s+(?:the\s+)?(?P<who>[A-Z][\w’'& ]+?)|"
    r"to\s+(?:the\s+)?(?P<who2>[A-Z][\w’'& ]+?)\s+(?:be|are|is)\s+as\s+follows)\s*[:–—-]*$")
_VERBISH = re.compile(r"\b(?:be|is|are|was|were|has|have|had|will|would|shall|should|to|that|following)\b", re.I)
_WHO_ROLE = re.compile(r"(?:Director|Directors|Head|Manager|Officer|Officers|officers|Executive|Clerk|Member|Leader|Chair|"
                       r"Team|Service|Secretary|Solicitor|Treasurer|Lead|Cabinet|Council|Committee|Panel|Board)\b")


def _split_parent(it: "_Item") -> tuple[str | None, str | None] | None:
    """(owner or None, kind or None) when the item only introduces its nested sub-decisions, each of which is
    then its own item; None when the nested list stays inside the item (a list of figures, additions, conditions)."""
    if len(it.subs) < 2 or not it.parts:
        return None
    head = it.parts[0].strip()
    m = _PARENT_RECOMMEND.match(head)
    if m:  # "(b) To recommend to Cabinet that:" + i), ii): one recommendation each, made to Cabinet
        return (m.group("who"), "recommendation")
    m = _PARENT_RECS_TO.match(head)
    if m:
        return ((m.group("who") or m.group("who2")).strip(), "recommendation")
    if not all(sub.parts[0][:1].islower() or re.match(r"^That\b", sub.parts[0]) for sub in it.subs):
        return None
    m = _PARENT_DELEGATED.match(head)
    if m:  # "That authority be delegated to the Strategic Director, Place, in consultation with ..., to:" + (a) (b)
        return (m.group("who").strip(" ,"), None)
    if _PARENT_BODY.match(head):  # "in relation to the two audits, the Committee:" + (a) asks ... (b) requests ...
        return (None, None)
    m = _PARENT_AUTHORISED.match(head)
    if m is None:
        m = _PARENT_SUBJECT.match(head)
        if m and _VERBISH.search(m.group("who")):
            m = None
    if m is not None:
        who = m.group("who").strip()
        return (who if _WHO_ROLE.search(who) and len(who.split()) <= 10 else None, None)
    if _PARENT_FOLLOWS.search(head) or (head.endswith(":") and (_CONDITIONS_LIST.search(head) or _LICENCE_CONDITIONS.search(head))):
        return (None, None)  # "(3) the following conditions be added to the licence:" + (i) (ii): one decision per condition
    return None


def _add_subs(ctx: "_Ctx", lst: "_List", it: "_Item", split: tuple[str | None, str | None]) -> None:
    who, kind = split
    head = it.parts[0]
    last = " ".join(it.subs[-1].parts)
    # "i) review the charges; and ii) report the outcome to Cabinet by September 2025": the review is due then too
    report_back = last if re.match(r"^report\b", last) else None
    for sub in it.subs:
        text = " ".join(sub.parts)
        ctx.add(kind or lst.trig.kind, "recommend-to" if kind else "resolved-list", text, sub.block,
                label=sub.label.value, group=lst.group, context=report_back if sub is not it.subs[-1] else None,
                owner_hint=who or lst.trig.owner_to, tracked=kind == "recommendation" or is_tracked(text) or (who is not None and _is_task_clause(text))
                or is_tracked(f"{head} {text}"))


def _is_task_clause(text: str) -> bool:
    """A sub-decision that gives someone a job: "begin public consultation ...", "open negotiations with ..."."""
    return re.match(r"^[a-z]+\b", text) is not None and not re.match(r"^(?:note|notes|noted|be|is|are)\b", text)


_DECISION_START = re.compile(
    r"^(?:That\b|that\b|To\s+(?:note|agree|approve|endorse|delegate|request|ask|authorise|recommend|accept|adopt|"
    r"receive|refer|defer|increase|agree|support|confirm|instruct)\b|(?:Note|Agree|Approve|Endorse|Delegate|Request|"
    r"Ask|Authorise|Refer|Recommend|Accept|Adopt|Support|Confirm|Instruct)\b|[A-Z]{4,}\b|The\s+\S+.*\bbe\s+\w+ed\b)")


# "the report be noted", "that approval be given": the subjunctive of a decision (not "should be confirmed")
_SUBJUNCTIVE = re.compile(
    r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bshould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmust\s)(?<!\bto\s)(?<!\bcan\s)"
    r"(?<!\bmight\s)(?<!\bshall\s)(?<!\bnot\s)\bbe\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|given|made|sent|held|set|kept|put|"
    r"taken|brought|done|paid|met|led|shown|sought|won|lost)\b", re.I)


def _reads_as_decision(text: str) -> bool:
    """A numbered paragraph that states a decision ("That ...", "To note ...", "Approve ...", "the report be
    noted"), not a report's narrative ("The power of call-in was established under ...")."""
    return bool(re.match(r"^(?:That|To|Note|Notes|Agree|Agrees|Approve|Approves)\b", text)
                or _DECISION_START.match(text) and not re.match(r"^The\s", text) or _SUBJUNCTIVE.search(text))


_DECISION_HEADING = re.compile(r"recommend|resolv|decision|decided|agree|approv|delegat|cabinet|council|committee|"
                               r"panel|board|part\s+[a-z0-9]\b|appendix|annex|\d", re.I)


_ENDS_IN_LEAD_IN = re.compile(r"\b(?:RESOLVED|[Rr]esolved|AGREED|DECIDED|[Dd]ecided)\b(?:\s+(?:that|to))?\s*[:–—-]+\s*$")


# Inside one decision, an introduction to the next lettered list: "This Council believes that:", "The Committee
# further agrees to ask the Director of Place to:"
_SUB_INTRO = re.compile(
    rf"^(?:That\s+)?(?:This|The|the)\s+(?:[A-Z][\w’'&-]*\s+){{0,4}}?{_BODY}\s+(?:also\s+|further\s+|therefore\s+)?"
    r"(?:believes|notes|agrees|resolves|calls|asks|requests|instructs|welcomes|recognises|recognizes|acknowledges|"
    r"supports|expresses|affirms|commits|invites|urges|directs)\b[^.]{0,200}[:–—-]\s*$")
_CALL_ON = re.compile(
    r"\b(?:call(?:s)?\s+(?:up)?on|ask(?:s)?|request(?:s)?|instruct(?:s)?|invite(?:s)?|urge(?:s)?|direct(?:s)?)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w’'&,-]*(?:\s+(?:[A-Z&][\w’'&,-]*|and|of|for|the))*?)\s+to\s*[:–—-]*\s*$")
_LIST_JOINER = re.compile(r"^(?:And|and|AND|Further(?:more)?|Also|In\s+addition)\s*[;,:]?\s*$")


_CONSIDERED = re.compile(rf"^(?:The\s+|the\s+)?(?:[A-Z][\w’'&-]*\s+){{0,4}}?{_BODY}\s+(?:has|have|had)\s+(?:carefully\s+|fully\s+)?"
                         r"(?:considered|taken\s+into\s+account|had\s+regard|heard|read)\b")


def _same_subject(prev: str, text: str) -> bool:
    """Two unnumbered decisions in parallel: "Members note all that is being done ..." then "Members continue to
    support the Covenant ..."."""
    a, b = prev.split()[:2], text.split()[:2]
    if len(a) < 2 or len(b) < 2 or not a[0][:1].isupper() or a[0] != b[0]:
        return False
    return a[0] not in ("The", "This", "That", "These", "It") or a[1] == b[1]


def _list_step(ctx: _Ctx, b: Block) -> bool:
    """Feed one block to the open decision list. True when the list consumed it."""
    lst = ctx.lst
    assert lst is not None
    text = b.text
    if b.label is not None:
        if lst.items and all(it.label is None for it in lst.items) and len(text.split()) <= 8 \
                and not re.search(r"[.;,:]$", text) and (title_like(text) or text[:1].isupper()) and not _trigger(text):
            return False  # "R1 ...", "R2 ..." and then "6. Financial implications": the report's next section
        cont = _continues(lst, b.label)
        if cont is None:
            return False
        head_item = next((it for it in reversed(lst.items) if it.label is not None and lst.top is not None
                          and it.label.wrap == lst.top[1] and lst.top[0] in it.label.kinds()), None)
        if cont and head_item is not None and (head_item.subs or head_item is not lst.items[-1]) \
                and _ENDS_IN_LEAD_IN.search(head_item.parts[0]) and not _DECISION_START.match(text):
            # "4. Having considered ..., it RESOLVED:" + (1)-(4), then "5. The Sub-Committee did not consider ...": the
            # notice's next paragraph, read as prose, not as another decision
            return False
        if cont:
            if lst.top is None:
                kind = _first_kind(b.label)
                lst.top = (kind, b.label.wrap)
                lst.last = b.label.ordinal(kind) or 0
            else:
                lst.last = b.label.ordinal(lst.top[0]) or lst.last
            lst.items.append(_Item(b, b.label, [text], owner=lst.sub[0], tracked=lst.sub[1]))
            lst.unlabelled = False
            ctx.note(b.line, lst.trig.rule, "list item")
            return True
        if lst.items:
            if re.match(r"^That\b", text) and not lst.trig.combine:
                lst.items.append(_Item(b, b.label, [text]))  # a nested sub-decision stated in full
            else:
                it = lst.items[-1]
                it.parts.append(f"{b.label.raw} {text}")
                first = it.subs[0].label if it.subs else None
                if first is None or (b.label.wrap == first.wrap and _first_kind(first) in b.label.kinds()):
                    it.subs.append(_Sub(b, b.label, [text]))
                else:
                    it.subs[-1].parts.append(f"{b.label.raw} {text}")  # a deeper level stays in its sub-item
            ctx.note(b.line, lst.trig.rule, "nested in the item above")
            return True
        return False
    # an unlabelled block
    if _LIST_JOINER.match(text) and lst.items:
        ctx.note(b.line, None, "joins two parts of the decision")
        return True
    if _SUB_INTRO.match(text):
        # "This Council believes that:" / "This Council agrees to call on the Cabinet Member for X to:" inside one
        # RESOLVED: each introduces its own lettered list; the second asks someone to act
        m = _CALL_ON.search(text)
        lst.top, lst.last, lst.flattened = None, 0, False
        lst.sub = (m.group("who").strip(" ,") if m else None, True if m or is_tracked(text) else None)
        ctx.note(b.line, None, "introduction to the decisions below")
        return True
    if lst.items and lst.items[-1].label is not None:
        if text[:1].islower() and b.line.page is not None:
            lst.items[-1].parts.append(text)
            if lst.items[-1].subs:
                lst.items[-1].subs[-1].parts.append(text)
            return True
        if b.heading and title_like(text) and not text.endswith(":") and not _DECISION_HEADING.search(text):
            return False  # "Preliminary Matters", "Background": a new section of the document ends the decisions
        if _SECTION_AFTER.match(text):
            return False  # "REASONS", "RIGHT OF APPEAL" standing alone: the decisions are over
        if (title_like(text) and len(text) < 80) or (text.endswith(":") and len(text) < 80 and not _trigger(text)):
            ctx.note(b.line, None, "sub-heading inside a decision list")
            return True
        return False
    if lst.unlabelled:
        mrl = _RECOMMENDS_LEAD.search(text) if not lst.items else None
        if mrl:
            # "RESOLVED:" / "That the Committee RECOMMENDS to Cabinet that:" / (a) ... (b) ...: recommendations to Cabinet
            lst.trig = replace(lst.trig, kind="recommendation", rule="recommend-to",
                               owner_to=(mrl.group("to") or mrl.group("to2")).strip())
            ctx.note(b.line, None, "introduction to the recommendations")
            return True
        if text.endswith(":") and re.search(r"\b(?:agree|resolve|decide|approve|following)\w*\b", text, re.I) and not lst.items:
            ctx.note(b.line, None, "introduction to the decisions")
            return True
        if _trigger(text) or _REASONS.match(text) or _VOTE_RECORD.search(text):
            return False
        if text.startswith("(") and text.endswith(")"):
            return False  # a bracketed note after the decision
        if _CONSIDERED.match(text):
            ctx.note(b.line, None, "what the decision maker considered")  # "The Sub-Committee has considered ..."
            return True
        if (not lst.items or _DECISION_START.match(text) or re.match(r"^(?:Section|SECTION)\s+\d+[A-Za-z]?[.:]\s", text)
                or lst.items[-1].parts[-1].rstrip().endswith(";")
                or (_same_subject(lst.items[-1].parts[0], text) and not title_like(text))):
            if not lst.items and (title_like(text) and len(text) < 60):
                ctx.note(b.line, None, "sub-heading before the decisions")
                return True
            lst.items.append(_Item(b, None, [text]))
            ctx.note(b.line, "resolved-unlabelled", "decision")
            return True
    return False


# ---- the sentence layer -----------------------------------------------------------------------------

_RECOMMEND_SENT = re.compile(
    r"\b(?:recommends?|RECOMMENDS?|recommended)\s+(?:to\s+(?:the\s+)?(?P<to>[A-Z][\w’'& ]+?)\s+)?that\b|"
    r"\badd\s+its\s+weight\s+to\s+the\s+recommendation\b|\bRESOLVED\s+to\s+recommend\b")
_RECOMMENDS_LEAD = re.compile(
    r"\b(?:recommends?|RECOMMENDS?)\s+(?:to\s+(?:the\s+)?(?P<to>[A-Z][\w’'& ]+?)\s+that|that\s+(?:the\s+)?(?P<to2>[A-Z][\w’'& ]+?))"
    r"\s*[:\-–—]+\s*$")
_BE_RECOMMENDED = re.compile(r"^(?:That\s+|that\s+)?(?:the\s+|The\s+)?(?P<to>[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|for)){0,5})"
                             r"\s+be\s+recommended\s+to\s+[a-z]+\b")
_PAST_RECOMMEND = re.compile(r"\b(?:last\s+year|previously|had\s+recommended|earlier|in\s+20\d\d)\b|\breport\s+recommend|officers?\s+recommend", re.I)
_MINUTES_OK = re.compile(
    r"\b(?:minutes?|record|notes)\b.*\b(?:approved|confirmed|agreed|signed|accepted|adopted|APPROVED)\b|"
    r"\b(?:agree|approve|confirm|sign|accept)\s+(?:that\s+)?the\s+minutes\b|"
    r"\b(?:were|was)\s+(?:agreed|approved|confirmed|accepted)\s+as\s+an?\s+(?:accurate|correct|true)\s+record", re.I)
_MINUTES_RECORD = re.compile(r"\b(?:correct|accurate|true)\s+record\b|\b(?:minutes?|notes)\b[^.]*\b(?:approved|APPROVED)\b|"
                             r"\b(?:minutes?|notes)\s+of\s+(?:the\s+)?(?:last\s+|previous\s+)?meeting\b[^.]*\b(?:were|was)\s+(?:agreed|accepted|confirmed)\b|"
                             r"\bminutes\s+of\s+the\s+(?:last|previous|preceding)\b[^;]{0,120}?\b(?:were|was|be)\s+(?:\w+ly\s+)?"
                             r"(?:accepted|approved|confirmed|agreed|adopted|signed)\b", re.I)
_NOTED_BODY = re.compile(
    rf"^{_SUBJECT}\s+(?:NOTED\b|(?:considered\s+and\s+|formally\s+)?noted\s+(?:the|a|an|its|all|each|both|with)\b)")
# "The report was noted.", "Correspondence from the Department ... was noted.": the meeting noting a paper (not "It was
# noted that ...", a remark in the discussion)
_WAS_NOTED = re.compile(r"^(?!It\b|This\s+was\b)(?:\([a-z0-9]{1,3}\)\s+)?(?:The\s+|A\s+|An\s+)?(?:[\w’'-]+\s+){0,3}"
                        r"(?:report|reports|update|presentation|correspondence|letter|letters|minutes|reconciliation|statement|"
                        r"accounts|return|briefing|information|schedule|register|summary|notes|figures|budget|log|plan|programme|"
                        r"tracker|assessment|position|outturn|forecast)\b"
                        r"[^.;]{0,200}?\s+(?:was|were)\s+(?:duly\s+|formally\s+)?"
                        r"(?:noted|received\s+and\s+noted)\.?$")
_AGREED = re.compile(
    rf"^(?:(?:However|Therefore|Finally|Accordingly|In conclusion|After (?:further )?discussion|Following (?:the |further )?"
    rf"(?:debate|discussion)),?\s+)?"
    rf"(?:[Ii]t\s+was\s+(?:\w+\s+)?(?:agreed?|decided|concluded|determined)\b|[^.;]{{3,200}}?,\s+(?:(?:but|and|so)\s+)?it\s+was\s+(?:\w+\s+)?(?:agreed|decided)\b|"
    rf"{_SUBJECT}\s+(?:(?:unanimously|also|then|therefore)\s+)?(?:agreed|AGREED)\b|"
    # "The Board approved the revised fees", "The Panel unanimously endorsed the proposals"
    rf"{_SUBJECT}\s+(?:(?:unanimously|also|then|formally)\s+)?(?:approved|endorsed|adopted|ratified|authori[sz]ed|elected|appointed|"
    r"APPROVED|ENDORSED|ADOPTED|RATIFIED|AUTHORI[SZ]ED)"
    rf"\s+(?!(?:in|on|at|by|last|previously)\b)(?![^.]*\b(?:in|during)\s+(?:\w+\s+)?(?:19|20)\d\d\b)(?![^.]*\b(?:last\s+year|previously|earlier)\b)|"
    rf"{_SUBJECT}\s+supported\s+the\s+[\w’']+\s+(?:proposal|recommendation|suggestion)\b|General\s+agreement\s+that\b|"
    # "The Board delegated approval of the statement to the Director of Public Health"
    rf"{_SUBJECT}\s+(?:(?:unanimously|also|then)\s+)?delegated\s+(?:authority|approval|the\s+\w+|responsibility|power)\b)")
_CONFIRMS = re.compile(r"^(?:This\s+was\s+(?:agreed|supported|approved|accepted)\b.*|All\s+(?:in\s+agreement|agreed)\.?|"
                       r"(?:Unanimously\s+)?(?:Agreed|Carried|AGREED|CARRIED)(?:\s+unanimously)?\.?|Unanimously\s+agreed\.?|"
                       r"(?:Approved|Adopted|Accepted|Ratified|(?:Finally\s+)?[Pp]assed)(?:\s+(?:as\s+(?:amended|presented|submitted)|unanimously))?\.|"
                       r"\*?\*?Unanimously Agreed\*?\*?)$", re.I)
_MOTION = re.compile(
    r"\bmade\s+a\s+motion\s+to\b|\bmoved\s+(?:to|that)\b.*\bseconded\b|^(?:Moved|Motion)\s+by\b|\bsubstitute\s+motion\s+to\b|"
    # "After discussion, motion by Trustee A, second by Trustee B, to approve ..."
    r"^(?:\d{2,4}-\d{2,5}\s+)?(?:(?:After|Following)\s+(?:\w+\s+)?(?:discussion|debate|consideration)\s*,\s*)?(?:[Aa]\s+)?[Mm]otion\s+(?:was\s+made\s+)?by\b[^.]{0,80}?\bsecond(?:ed)?\s+by\b|"
    r"\bmotion\s+to\s+\w+.*\b(?:passed|carried|approved|failed)\b|\bapproved\s+by\s+the\s+following\s+vote\b|"
    # US forms: "Councilmember Tam moved approval of the Consent Calendar.", "It was moved by X and seconded by Y to ...",
    # "On motion of X, seconded by Y, ...", "M/S Cooper/Lee to approve", "The Board voted 5-0 to approve ..."
    r"^(?:(?:After|Following)\s+(?:\w+\s+)?(?:discussion|debate|consideration)\s*,\s*)?"
    r"(?:[A-Z][\w.’'-]*\s+){1,5}moved\s+(?:the\s+)?(?:approval|adoption|acceptance|final\s+passage|introduction|passage|"
    r"ratification|denial|continuance|rejection|to\s+\w+|that)\b|"
    r"^(?:It\s+was\s+)?(?:moved|MOVED)\s+(?:by\b|and\s+seconded\b)|\b(?:on|upon)\s+(?:a\s+)?motion\s+(?:of|by|from)\b|^M/S\b|"
    r"\bvoted\s+(?:unanimously\s+)?(?:\(?\d+\s*[-–]\s*\d+\)?\s+)?to\s+(?:approve|adopt|accept|deny|continue|recommend|"
    r"authori[sz]e|award|reject|support|forward|direct|endorse|refer|table|postpone)\b", re.I)
# After a motion: the second and the vote ("Vice Mayor Ezzy Ashcraft seconded the motion, which carried by
# unanimous voice vote – 5.", "A vote was taken ... and the motion passed 5-0.", "Ayes: ...", "Amendment lost.")
_MOTION_CONT = re.compile(
    r"^(?:[A-Z][\w.’'-]*\s+){0,6}seconded\b|\bseconded\s+(?:the|this|that)\s+motion\b|^SECOND(?:ED)?\b|"
    r"^(?:The\s+)?(?:motion|amendment|substantive\s+motion|substitute\s+motion|resolution)\s+(?:\([^)]*\)\s+)?(?:was\s+)?(?:passed|carried|approved|"
    r"adopted|failed|lost|defeated|fell|withdrawn)\b|^(?:Motion\s+|Amendment\s+)?(?:carried|passed|approved|adopted|failed|lost)\b|"
    r"^(?:Agreed|AGREED)(?:\s+unanimously)?\.?$|"
    r"\bvote\s+was\s+taken\b|\bvoice\s+vote\b|\broll\s+call\s+vote\b|^VOTE\b|"
    r"^(?:Ayes?|Noes?|Nays?|Abstain(?:ed|ing|s)?|Absent|Recused|In\s+favou?r|Opposed)\s*[:(\d–-]|"
    r"^\(?\d+\s*[-–]\s*\d+(?:\s*[-–]\s*\d+)?\)?\.?$|^(?:Unanimous(?:ly)?|All\s+in\s+favou?r)\b", re.I)
_MOTION_OUTCOME = re.compile(r"\b(?:passed|carried|approved|adopted|agreed|failed|lost|defeated|fell|withdrawn|unanimous(?:ly)?|"
                             r"ayes?|\d+\s*[-–]\s*\d+)\b", re.I)
_MOTION_RECOMMEND = re.compile(
    r"\b(?i:motion|moved|voted)\b[^.;]{0,40}?\bto\s+recommend\s+(?:to\s+)?(?:that\s+)?(?:the\s+)?"
    r"(?P<to>(?:[A-Z][\w’'&-]*\s+){0,4}(?:Council|Board|Commission|Cabinet|Committee|Executive|Authority|Commissioners|"
    r"Supervisors))?")
_MOTION_FAILED = re.compile(r"\b(?:motion|amendment|it)\s+(?:was\s+)?(?:lost|failed|defeated|fell|withdrawn)\b|"
                            r"^(?:Motion\s+|Amendment\s+)?(?:lost|failed|defeated)\b|\b(?:failed|lost)\s+(?:\d+\s*[-–]\s*\d+|by\s+\d)|"
                            r"\bdied\s+for\s+(?:lack|want)\s+of\s+a\s+second|\bwhich\s+(?:failed|was\s+lost)\b|"
                            # "The motion was not seconded", "There being no seconder, the motion fell"
                            r"\b(?:was|were)\s+not\s+seconded\b|\bno\s+seconder\b|\b(?:lack|want|absence)\s+of\s+a\s+seconder\b",
                            re.I)
_APPROVED_DASH = re.compile(r"^(?:APPROVED|ADOPTED|PASSED|CARRIED|ACCEPTED)\s*[–—:-]\s*\S|"
                            r"\b(?:approved|adopted|accepted|passed)\s*[–—-]\s*[A-Z]\.?\s*[A-Z][\w-]+\s*\(motion\)", re.I)
_MOTION_LEAD_IN = re.compile(rf"(?:\bThat\s+(?:the\s+|The\s+)?(?:[A-Z][\w’'&-]*\s+){{0,5}}?{_BODY}|\bresolves?\s+to|"
                             r"\bthat\s+the\s+(?:[A-Z][\w’'&-]*\s+){0,5}?[A-Z][\w’'&-]*)\s*:-?\s*$")
# "Minutes are approved at a subsequent regular meeting.", "Minutes will be confirmed at the next meeting": a page
# footer or a note on procedure, not this meeting's approval of minutes
_MINUTES_LATER = re.compile(r"\b(?:are|will\s+be|to\s+be|shall\s+be|would\s+be)\s+(?:approved|confirmed|signed|agreed)\s+"
                            r"(?:at|by)\s+(?:a|the)\s+(?:subsequent|next|following|future)\b", re.I)
# apologies and declarations of interest "Accepted." / "Noted.": attendance, not decisions
_ATTENDANCE = re.compile(r"\bapolog|\bdeclarations?\s+of\s+(?:\w+\s+)?interests?\b|\bdeclared\s+an?\s+(?:\w+\s+){0,3}interest\b", re.I)
_MOVER = r"(?:(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w’'.-]*\s*){1,3}"
_MOVERS_ONLY = re.compile(rf"^(?:Proposed|Moved)(?:\s+by)?\s*:?\s*{_MOVER},?\s*(?:and\s+)?[Ss]econded(?:\s+by)?\s*:?\s*{_MOVER}"
                          r"[,;.]?\s*(?:(?:and\s+)?(?:all\s+in\s+favou?r|unanimously|carried|agreed|resolved)(?:\s+unanimously)?"
                          r"|\(?\d+\s*(?:for|[-–/])\s*\d+[^.]*)?\.?$")
_SUBSTITUTE = re.compile(r"\b(?:offered|made|moved|proposed|introduced)\s+(?:a\s+|the\s+)?substitute\s+motion\b", re.I)
_QUOTED_MOTION_PASSED = re.compile(r"\b(?:the|this)\s+motion\s+was\s+(?:duly\s+|then\s+)?(?:put\s+to\s+the\s+vote\s+and\s+(?:was\s+)?"
                                   r"(?:declared\s+)?)?(?:agreed|carried|adopted|passed|approved)\b", re.I)
_OPERATIVE = re.compile(r"\b(?:(?:This|The)\s+)?(?:Council|Committee|Board|Authority|Cabinet|Assembly)\s+(?:therefore\s+|further\s+|also\s+)?"
                        r"(?:resolves|agrees|calls\s+(?:on|upon)|requests|asks|instructs|commits)\b")
_PROPOSED_SECONDED = re.compile(r"\b(?:on|upon)\s+the\s+proposal\s+of\b.*\bseconded\b|\bproposed\b.*\bseconded\b|\bproposed\s+by\b.*\bseconded\s+by\b|\bmoved\b.*\bseconded\b", re.I)
_PROCEDURAL = re.compile(r"\b(?:clos(?:e|ed|ing)\s+the\s+meeting|meeting\s+(?:be\s+)?(?:re-?opened|closed|adjourned)|"
                         r"adjourn|called\s+to\s+order|re-?open(?:ed)?\s+for|suspend\s+standing\s+orders|"
                         r"(?:motion|amendment|question|matter|recommendations?)\s+(?:\([^)]{0,40}\)\s+)?(?:[\w\s]{0,40}?\s)?(?:be\s+(?:now\s+)?|is\s+|was\s+)?put\s+to\s+(?:the\s+|a\s+)?vote|"
                         r"question\s+be\s+now\s+put|extend\s+the\s+meeting|meeting\s+be\s+extended|"
                         r"(?:continue|extend)\w*\s+(?:the\s+meeting\s+)?beyond\s+\d)", re.I)
# "That By-law 2026-02, being a by-law to confirm the proceedings of Council, be passed and that the meeting adjourn":
# the adjournment rides on a decision
_SUBSTANTIVE = re.compile(r"\b(?:by-?law|bylaw|ordinance|resolution|budget|minutes|report|recommendations?)\b[^.;]*?\bbe\s+"
                          r"(?:passed|adopted|approved|enacted|confirmed|received|noted|agreed)\b", re.I)


_INSTRUMENT_PASSED = re.compile(
    r"^(?:(?:The|the)\s+)?(?:By-?laws?|Bylaws?|Ordinances?|Local\s+Laws?)\s+(?:No\.?\s*)?[\w.-]*\d[\w.-]*\b[^.;]{0,200}?\b(?:was|were)\s+"
    r"(?:(?:read\s+(?:a\s+)?(?:first|second|third|three|1st|2nd|3rd)(?:(?:,|\s+and)\s+(?:second|third|2nd|3rd))*(?:\s+times?)?|"
    r"given\s+(?:its\s+)?(?:first|second|third|three|final)(?:(?:,|\s+and)\s+(?:second|third))*\s+readings?|read)\s+and\s+)?"
    r"(?:finally\s+|duly\s+)?(?:passed|adopted|enacted|approved)\b")


def _procedural(s: str) -> bool:
    """A motion that only runs the meeting (adjourn, close, put the question), deciding nothing."""
    return _PROCEDURAL.search(s) is not None and _SUBSTANTIVE.search(s) is None


_AMENDED = re.compile(r"\badded\s+(?:a|the)\s+condition\b|\baccepted\b[^.]*\b(?:suggested\s+|friendly\s+)?amendments?\b", re.I)

# The outcome an "ACTION:" line of US action minutes records (a decision, not a task)
_OUTCOME_VERB = re.compile(r"^(?:Approved|Adopted|Accepted|Received|Continued|Denied|Authori[sz]ed|Ratified|Introduced|"
                           r"Waived|Tabled|Filed|Referred|Appointed|Confirmed|Awarded|Upheld|Granted|Rejected|Removed|"
                           r"No\s+action|Item\s+(?:pulled|withdrawn))\b")
_OUTCOME_TAIL = re.compile(r"\s[-–—]\s*(?:Approved|Adopted|Received\s+and\s+filed|Accepted|Denied|Ratified|Authori[sz]ed|"
                           r"Approved\s+as\s+(?:recommended|amended|presented))\s*\.?\s*$")
_ACTION_MARK = re.compile(r"^(?:ACTIONS?|Actions?)\s*(?:[:\-–—]|\bpoint\b)\s*(?P<body>.+)$")
# "Action: AC - circulate the breakdown", "Action: ME / ICB – written response", "Action: Board Manager - update the plan"
_WHO_DASH = re.compile(r"^(?P<who>(?:[A-Z]{2,4}|[A-Z][a-z][A-Z]{1,2})(?:\s*(?:/|&|and|,)\s*(?:[A-Z]{2,4}|[A-Z][a-z][A-Z]{1,2}))*|"
                       r"(?:The\s+)?(?:[A-Z][\w&’'-]*\s+){0,4}(?:Officer|Manager|Director|Clerk|Lead|Team|Chair|Secretary|Head))"
                       r"\s+[-–—]\s+\S")
_INITIALS_TO = re.compile(
    r"(?:^|(?<=[.;•]\s))(?P<who>(?:[A-Z]{2,4}|[A-Z][a-z][A-Z]{1,2}|[A-Z]\.\s?[A-Z][a-z]+)"
    r"(?:\s*(?:/|&|and|,)\s*(?:[A-Z]{2,4}|[A-Z][a-z][A-Z]{1,2}|[A-Z]\.\s?[A-Z][a-z]+))*)"
    r"(?:\s+\([^()]{2,80}\))?\s+to\s+(?P<verb>[a-z]+)\b")  # "JH and RT (Rachel Tennant, Assistant Director SEND) to meet"
_ROLE = (r"(?:Clerk|Chair|Chairman|Chairwoman|Chairperson|Vice[- ]Chair(?:man)?|Secretary|Treasurer|Officers?|"
         r"[A-Z][\w&’'-]*(?:\s+[A-Z&][\w&’'-]*){0,5}\s+(?:Officer|Officers|Manager|Director|Team|Group|WG|Lead|Advisor|"
         r"Adviser|Clerk|Auditor|Solicitor|Engineer|Head)|Each\s+WG|each\s+WG|"
         # "Head of Finance to circulate", "Director of Place to report", "Cabinet Member for Housing to write"
         r"(?:Assistant\s+|Deputy\s+|Interim\s+)?(?:Head|Director|Cabinet\s+Member|Portfolio\s+Holder|Lead\s+Member|Chief\s+Officer)"
         r"\s+(?:of|for)\s+[A-Z][\w&’'-]*(?:\s+(?:and\s+)?[A-Z&][\w&’'-]*){0,3}|Chief\s+Executive|"
         # a named member given a task, the parish form: "Cllr Smith to obtain quotes", "Councillor R Patel will inspect"
         r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.?\s)?[A-Z][\w’'-]+)")
_ROLE_TO = re.compile(rf"(?:^|(?<=\s[-–—]\s)|(?<=:\s))(?:The\s+|the\s+)?(?P<who>{_ROLE}(?:\s+and\s+(?:the\s+)?{_ROLE})?)\s+to\s+(?P<verb>(?!(?:the|a|an|this|that|his|her|their|its|our|all)\b)[a-z]+)\b")
_NOT_TASK_VERB = re.compile(r"^(?:explain|clarify|confirm|comment|outline|elaborate|describe|expand|summari[sz]e|introduce|"
                            r"present|address|answer|respond|speak|reflect|note|be|have|do|attend|join|give|make|say|"
                            r"declare|leave|vote|introduce|provide\s+an?\s+overview)\b")
_ASKED_TO = re.compile(
    r"\b(?:asked|requested|instructed|tasked|invited|[Dd]irected)\s+(?P<who>(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,6}?(?:[A-Z][\w’'&-]*|"
    r"(?:(?!the\b)[a-z]+\s+)?(?:officers|staff)|officers|members|"
    r"them|him|her|panel|committee|board|group|forum|staff))\s+to\s+(?P<verb>[a-z]+)\b|"
    r"\b(?P<who2>(?:[A-Z][\w’'&-]*\s+){0,6}?[A-Z]?[\w’'&-]+)\s+(?:was|were)\s+(?:asked|requested|instructed|tasked|directed)\s+to\s+(?P<verb2>[a-z]+)\b")
_REQUESTED = re.compile(r"\b(?:requested|asked)\s+that\b|\b(?:was|were)\s+(?:also\s+)?requested\b|\brequested\s+(?:an?\s+|further\s+)?(?:update|report|information|briefing)\b|"
                        # "Board Member Ruiz asked to see the planting plan before it comes back": a request of the officers
                        r"\b(?:asked|requested)\s+to\s+(?:see|receive|have\s+sight\s+of|be\s+(?:sent|given|provided\s+with|shown|updated|"
                        r"informed|kept\s+informed|told|consulted|briefed))\b", re.I)
_UNDERTOOK = re.compile(
    r"\bundertook\s+to\b|\b(?:agreed|offered|promised|volunteered)\s+to\s+(?:circulate|send|provide|write|contact|investigate|look|lead|organise|organize|host|run|"
    r"report|arrange|share|find|check|liaise|follow|raise|meet|update|review|prepare|speak|discuss|bring|spray|clear|cut|"
    r"repair|email|e-mail|ask|seek|explore|chase|progress|organise|produce|obtain|forward|draft|circulate|put|come\s+back|"
    r"return|get|keep|pass|take)\b")
_WILL_TASK = re.compile(
    rf"(?:^|(?<=[-–;:]\s))(?:The\s+|the\s+)?(?P<who>{_ROLE}(?:\s+and\s+(?:the\s+)?{_ROLE})?)\s+(?:will|would|shall)\s+(?:again\s+|now\s+|also\s+)?"
    r"(?P<verb>write|contact|inspect|arrange|circulate|send|investigate|report|look|speak|chase|follow|prepare|organise|"
    r"obtain|seek|ask|check|email|update|draft|provide|forward|raise|liaise|meet|visit|review|find)\b")
_AGREED_TASK = re.compile(r"\bagreed?\s+that\b.*\b(?:would|will|should|to)\s+(?:be\s+)?(?P<verb>circulated|sent|added|"
                          r"investigate|circulate|send|add|contact|write|arrange|report|prepare|liaise|look|update|provide|"
                          r"bring|forwarded|shared|share|emailed|reported|provided|brought|written|arranged|produced|"
                          r"produce|review|reviewed|discuss|raise|raised|draft|drafted|design|organise|prepared)\b", re.I)
# "It was agreed that the Street Lighting Manager would email ...": a named officer or member given a task
_AGREED_WOULD = re.compile(r"\bagreed\s+that\s+(?:the\s+)?(?P<who>[A-Z]{2,4}(?:\s*(?:,|and|&|/)\s*[A-Z]{2,4})*|"
                           r"(?:[A-Z][\w’'&-]*\s+){0,4}?(?:Officer|Officers|Director|Head|Manager|Clerk|Chair|Chief\s+Executive|"
                           r"Secretary|Treasurer|Leader|Engineer|Harbour\s+Master|Lead|Coordinator|Co-ordinator|Adviser|Advisor|"
                           r"Administrator|Accountant|Solicitor|Surveyor|Planner|Team)"
                           r"(?:\s+(?:of|for)\s+(?:[A-Z][\w’'&-]*\s*){1,4})?|officers|staff)\s+(?:would|will|should)\s+[a-z]+")
_AGREED_AGENT = re.compile(
    r"\bagreed?\s+that\s+(?P<who>(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,5}?(?:Manager|Officer|Officers|Director|Head|Clerk|Chair|"
    r"Chairman|Vice-Chair|Leader|Team|Lead|Secretary|Adviser|Advisor|Engineer|Member|Coordinator|Co-ordinator)"
    r"(?:\s+(?:of|for)\s+(?:[A-Z&][\w’'&-]*\s?)+?)?|officers|[A-Z]{2,4}(?:\s*(?:and|&|/)\s*[A-Z]{2,4})*|"
    r"(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\.?\s+(?:[A-Z]\.?\s)?[A-Z][\w’'-]+|"
    r"(?P<first>[A-Z][a-z]{2,}(?:\s*(?:&|and)\s*[A-Z][a-z]{2,})?))\s+(?:would|will|should|to)\s+(?:also\s+)?(?!be\b)"
    r"(?P<verb>[a-z]+)\b")
# Who made the offer: the person or role just before "offered"/"agreed"/"undertook" ("It was important to challenge
# misinformation and Mrs Chandler offered to circulate links", "Most children were under two, Ms Coombs offered ...")
_OFFERER = re.compile(
    r"(?P<who>(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Staff\s+Member|Board\s+Member|Commissioner|Councilmember)\.?\s+)"
    r"(?:[A-Z]\.?\s)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|(?:[Tt]he\s+)?(?:[A-Z][\w&’'-]*\s+){0,5}?(?:Officers?|Director|Manager|Head|"
    r"Clerk|Chair|Chairman|Chairwoman|Vice-Chair|Leader|Lead|Member|Secretary|Treasurer|Engineer|Adviser|Advisor|Team|"
    r"Service|Commissioner)(?:\s+(?:of|for)\s+[A-Z][\w&’'-]*(?:\s+(?:and\s+)?[A-Z&][\w&’'-]*){0,3})?|officers|"
    r"[A-Z][a-z]+\s+[A-Z][\w’'-]+|[A-Z]{2,4}(?:\s*(?:/|&|and)\s*[A-Z]{2,4})*|[A-Z][a-z]{2,}|She|He|They|she|he|they)"
    r"(?:\s*,\s*[^,]{3,80},)?\s+(?:also\s+|then\s+|kindly\s+)?(?:have\s+|has\s+|had\s+)?(?:also\s+)?"
    r"(?:undertook|agreed|offered|promised|volunteered)\s+to\b")
# A trailing action note, the parish and village-hall style: "..., action Mags.", "c/f action Jon.", "action Mags to check."
_ACTION_TAIL = re.compile(
    r"(?:[,;:.–—-]|\bc/f)\s*(?:c/f\s+)?(?:action|ACTION|Action)(?:ed)?(?:\s+by)?\s*[:\-–—]?\s*"
    r"(?P<who>[A-Z][\w’'-]+(?:\s*(?:/|&|and|,)\s*[A-Z][\w’'-]+){0,3})(?:\s+to\s+[a-z][^.;]*)?\s*[.!]?\s*$")
# "Karen to email round the existing rates", "Still trying to find a date, Karen to keep on the case": a first name
# given a task (the verb must be a task's, so "Thanks to the team" and "Changes to email addresses" stay prose)
_NAME_TO = re.compile(
    r"(?:^|(?<=[.;,]\s))(?P<who>[A-Z][a-z]{2,}(?:\s*(?:&|and)\s*[A-Z][a-z]{2,})?)\s+to\s+(?:also\s+)?(?P<verb>email|e-mail|contact|write|"
    r"send|circulate|arrange|check|investigate|look|speak|chase|follow|prepare|organise|obtain|seek|ask|update|draft|"
    r"forward|raise|liaise|meet|visit|find|book|order|buy|purchase|get|source|phone|call|ring|confirm|bring|clear|"
    r"repair|fix|replace|remove|install|inspect|research|produce|collect|distribute|post|publish|keep|monitor|pursue|"
    r"notify|inform|invite|respond|reply|apply|complete|submit|pay|invoice|sort|progress|report|provide)\b")
_NOT_NAME = re.compile(r"^(?:Members|Officers|Councillors|Thanks|Due|Prior|Subject|Reference|Access|Response|Changes|Amendments|"
                       r"Visits?|Welcome|Letters?|Reports?|Reply|Answers?|Introduction|Return|Additions?|Contributions?|"
                       r"Grants?|Improvements|Damage|Repairs|Updates?|Apologies|Items?|Minutes|Agenda|Transfer|Move|"
                       r"Plans|Proposals?|Ability|Commitment|Needs?|Ways?|Failure|Works?|Also|Similar|According|Next|Back|"
                       r"Both|All|Each|Further|Time|Request|Requests|Approach|Training|Support|Help|Unable|Able|Going|"
                       r"Want|Wish|Agreed|Decided|Resolved|Asked|Invited|Nothing|Something|Everyone|Anyone|Someone|Cllrs?|"
                       r"Continue|Continued|Continues|Ensure|Seek|Aim|Aims|Plan|Plans|Begin|Start|Try|Attempt|Agree|Decide|"
                       r"Remember|Use|Like|Hope|Expect|Intend|Fail|Refuse|Ask|Tell|Allow|Help|Encourage|Consider|Remain|"
                       r"Happy|Pleased|Keen|Important|Difficult|Necessary|Easy|Hard|Possible|Ready|Required|Expected|"
                       r"Proposed|Planned|Scheduled|Intended|Designed|Likely|Unlikely|Going|Order|Failing|Wishing|"
                       r"Staff|Residents|Volunteers|Partners|Schools|Parents|Children|People|Families|Council|Committee|"
                       r"Board|Panel|Cabinet|Group|Team|Service|Services|Government|Ministers?|Funding|Money|Budget)$")
_DEFERRED = re.compile(r"\b(?:was|were)\s+deferred\s+(?:to|until)\b", re.I)
_REMINDED = re.compile(r"\b(?:was|were)\s+reminded\s+(?:that|to)\b", re.I)
_NEED_TO = re.compile(r"^(?P<who>(?:[A-Z]\.\s?[A-Z][\w-]+,?\s*(?:and\s+)?)+)\s+needs?\s+to\s+\w+")

_SPEAKER = re.compile(
    r"^(?:(?:In\s+response(?:\s+to\s+[^,]*)?|(?:On|Regarding|Responding\s+to|In\s+answer\s+to|Asked\s+about)\s+[^,]{3,80}|"
    r"Minute\s+[\w/.]+\s*(?:\([^)]{1,80}\))?\s*[:–—-]),?\s*)?(?P<who>(?:The|the)\s+[A-Z][\w&’'/,-]*(?:\s+(?:[A-Z&][\w&’'/-]*|for|of|and|to|the|-|–))*?"
    r"(?:\s+(?:representative|lead|spokesperson|officer|manager|director))?"
    r"|(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){1,2}|She|He|They|"
    r"[A-Z]{2,3}(?=\s+(?:confirmed|said|explained|advised|reported|stated|replied|agreed|undertook)\b))"
    r"(?:,\s*[^,]{3,80},)?\s+(?:(?:explained|outlined|described|presented|introduced|thanked|welcomed|acknowledged|accepted|"
    r"recognised|recognized|attended)\s+[^.;]{3,120}?\s+and\s+(?:said|added|confirmed|explained|reported|advised)|"
    r"replied|advised|explained|confirmed|stated|said|added|noted|reported|responded|informed|told|shared|"
    r"assured|indicated|highlighted|commented|clarified|undertook|agreed|acknowledged|provided\s+assurance|gave\s+assurance|"
    r"gave\s+notice|(?:had\s+)?given\s+notice)"
    r"(?:\s+(?:the\s+)?(?:Panel|Committee|Board|Cabinet|Members|members|councillors|the\s+meeting))?\s+"
    r"(?:(?:that|to)\b|(?=(?:she|he|they)\s+(?:would|will|could|should)\b))")
# the start of a time a promise is dated by: "by 30 June", "in March", "from September", "before the summer", "next year"
_WHEN_WORD = (r"(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|"
              r"[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|next|early|late|mid)")
_COMMIT = re.compile(
    r"\b(?:would|will|shall)(?:\s*,[^,.;]{3,120},)?\s+(?:now\s+|also\s+|then\s+|still\s+|instead\s+|therefore\s+|continue\s+to\s+)?(?:be\s+)?(?:\w+ly\s+)?"
    r"(?:resolved|reported|brought|presented|considered|discussed|circulated|provided|updated|reviewed|taken\s+forward|"
    r"programmed|finalised|rectified|carried\s+out|passed\s+on|forwarded|put\s+on|submitted|addressed|developed|"
    r"completed|undertaken|published|shared|sent|prepared|held|added|separated|implemented|continue|consider|"
    r"designed|heard|looked\s+(?:at|into)|followed\s+up|taken(?!\s+into\s+account)|"
    r"respond(?:ing)?|report|come\s+back|return|work|look|ensure|seek|monitor|write|circulate|bring|provide|review|"
    r"take|create|inform|incorporate|input|send|share|forward|e-?mail|contact|raise|arrange|organise|check|chase|"
    r"speak|meet|visit|get|find\s+out|follow\s+up|decide|determine|be\s+(?:used|utilised))\b|"
    r"\b(?:was|were|is|are)\s+(?:now\s+|also\s+)?due(?=\s*[.;,]|\s*$|\s+(?:in|on|by|at|before|back|shortly|soon|later|next|for\s+"
    r"(?:completion|renewal|review|publication|consideration|decision))\b|\s+to\s+(?:be|start|begin|launch|open|close|run|report|"
    r"come|return|end|finish|meet|complete|conclude|commence|present|publish|deliver|submit|go|expire|move|transfer|"
    r"take|hold|consult|review|consider|decide)\b)|"
    r"\b(?:is|are|was|were)\s+(?:still\s+)?(?:being\s+looked\s+into|looking\s+into|being\s+addressed|addressing)\b|"
    r"\b[Ww]ork\s+(?:is|was|had\s+been)\s+(?:still\s+)?(?:ongoing|underway|being\s+done|in\s+progress|progressing)\b|"
    r"\b[Dd]iscussions\s+(?:were|are|was|is|had\s+been)\s+(?:still\s+)?(?:ongoing|underway|continuing|taking\s+place)\b|"
    r"\b(?:were|was|are|is)\s+to\s+take\s+place\b|\bplan\s+of\s+action\s+(?:was|is)\s+(?:now\s+)?in\s+place\b|"
    r"\b(?:would|will|shall)\s+(?:now\s+|also\s+|then\s+|still\s+)?be\s+(?:installed|completed|introduced|launched|"
    r"replaced|repaired|extended|appointed|recruited|arranged|organised|delivered|opened|produced|resolved|rolled\s+out)\b|"
    r"\b(?:would|will)\s+need\s+to\s+be\s+in\s+place\b|"
    # a dated promise in any verb: "would go live in January 2025", "would be deployed by the end of November",
    # "would be in post by November 2025", "would apply for the grant by the July 31 deadline"
    r"\b(?:would|will|shall)\s+(?:now\s+|also\s+|then\s+|all\s+)?(?:be\s+)?(?:go\s+live|in\s+post|deployed|apply|reopen(?:ed)?|re-open(?:ed)?|open(?:ed)?|"
    r"take\s+effect|come\s+into\s+(?:force|effect)|"
    r"begin|start|launch(?:ed)?|commence|complete|finish|deliver(?:ed)?|publish(?:ed)?|issue[d]?|install(?:ed)?|appoint(?:ed)?|"
    r"produce[d]?|prepare[d]?|draft(?:ed)?|"
    r"recruit(?:ed)?|introduce[d]?|implement(?:ed)?|operational|available|ready|finali[sz]ed|signed|awarded|procured|"
    r"refurbished|repaired|resurfaced|replaced|upgraded|built|constructed|consulted\s+on)\b"
    rf"(?=[^.;]{{0,80}}?\b(?:by|in|from|before|during|until|on)\s+(?:the\s+)?(?:end\s+of\s+)?(?:{_WHEN_WORD}|Q[1-4]|"
    r"(?:\w+\s+)?(?:deadline|financial\s+year|quarter)))|"
    # a third party's undertaking reported: "the operator had committed to refurbishing ... by March 2026", "the
    # contractor had agreed to add a second vehicle from September 2025"
    r"\b(?:had|has|have)\s+(?:now\s+|also\s+)?(?:committed|agreed|undertaken|promised)\s+to\s+\w+"
    rf"(?=[^.;]{{0,100}}?\b(?:by|in|from|before|during|until)\s+(?:the\s+)?(?:end\s+of\s+)?{_WHEN_WORD})|"
    # "the new tracking system would be in place by the end of March": a dated promise
    r"\b(?:would|will|shall)\s+(?:now\s+|also\s+)?be\s+(?:in\s+place|(?:fully\s+)?operational|live|up\s+and\s+running|ready|"
    r"available|open|reopened)\s+(?=(?:by|in|before|from|within|during)\s)|"
    r"\bintention\s+to\s+\w+|\bhoped\s+(?:this|that)\b[^.]*\bwould\b|\bwere\s+working\s+(?:with|to|on)\b|"
    r"\b(?:is|was)\s+in\s+development\b|\bworks?\s+closely\s+with\b[^.]*\bto\s+address\b|\b[Tt]here\s+was\s+a\s+desire\s+to\b|"
    r"\b[Tt]here\s+was\s+work\s+being\s+done\b|\bstill\s+awaiting\b|\bwould\s+continue\b|"
    # "Cabinet would give a formal response to any recommendations", "she will give an update in May"
    r"\b(?:would|will|shall)\s+(?:now\s+|also\s+)?give\s+(?:a|an|its|their|the)\s+(?:\w+\s+)?(?:response|update|report|briefing|answer)\b|"
    # a revised date for a promised piece of work: "the written report ... was now expected in January 2025",
    # "the works are scheduled to be completed by the end of June"
    r"\b(?:report|update|response|review|plan|strategy|paper|results|findings|works|scheme|survey|audit|consultation)\b"
    r"[^.;]{0,80}?\b(?:was|were|is|are)\s+(?:now\s+expected|(?:now\s+|still\s+)?(?:scheduled|programmed|planned))\s+"
    r"(?:to\s+be\s+\w+\s+|to\s+\w+\s+)?(?:in|by|for|before|at)\s+(?:the\s+)?(?:end\s+of\s+)?(?:early\s+|late\s+|mid-?\s*)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|\d|next|Q[1-4]|spring|summer|"
    r"autumn|winter)")
# Who can promise: a person, a role, a body or a pronoun for one ("officers would circulate", "She will send",
# "the service would consider"). "devolution would bring", "The proposal would provide two dwellings",
# "This would provide a framework": a prediction or an effect, not a promise.
_AGENT_WORD = re.compile(
    r"\b(?:I|we|We|he|He|she|She|they|They|officers?|Officers?|staff|Staff|[Mm]embers?|[Cc]ouncillors?|Cllr|Mr|Mrs|Ms|Miss|Dr|"
    r"[Ss]ervices?|[Tt]eams?|[Cc]ouncil|[Cc]ommittee|[Bb]oard|[Pp]anel|[Gg]roup|[Cc]abinet|[Ee]xecutive|[Pp]artnership|"
    r"[Aa]uthority|[Cc]ommissioner|[Ll]eader|[Dd]irector(?:ate)?|[Mm]anager|[Hh]ead|[Cc]lerk|[Cc]hair(?:man|woman|person)?|"
    r"[Ll]ead|[Cc]oordinator|[Cc]o-ordinator|[Aa]dviser|[Aa]dvisor|[Dd]epartment|[Pp]olice|[Tt]rust|NHS|[Cc]ompany|"
    r"[Cc]ontractor|[Oo]fficer|Mayor|Commission|Secretary|Treasurer|Engineer|Planner|Solicitor|[A-Z]{2,6})\b")
_REPORTED_SPEECH = re.compile(r"^.*\b(?:said|stated|advised|noted|explained|confirmed|added|reported|commented|felt|believed|"
                              r"thought|suggested|stressed|emphasised|emphasized|argued|considered|hoped|expected|"
                              r"anticipated|predicted)\s+(?:that\s+)?", re.S)


def _promise_clause(st: str, mc: re.Match) -> str:
    """The words of the promise's own clause before its modal verb, reported speech removed."""
    before = st[:mc.start()]
    clause = re.split(r"[,;:(]|\bthat\b|\bwhich\b|\bwho\b|\bwhere\b|\bonce\b|\bif\b|\bwhen\b|\bas\b", before)[-1]
    return _REPORTED_SPEECH.sub("", clause).strip()


_PROMISER = re.compile(
    r"(?:^|\band\s+|\bbut\s+)(?:the\s+|The\s+)?(?P<who>(?:[A-Z][\w&’'-]*\s+){0,5}?(?:Officers?|Director|Manager|Head|Clerk|Chair|"
    r"Chairman|Leader|Lead|Member|Secretary|Engineer|Adviser|Advisor|Coordinator|Co-ordinator|Commissioner|Team|Service|"
    r"Council|Cabinet|Committee|Board|Panel|Forum|Authority|Executive)"
    r"(?:\s+(?:of|for)\s+[A-Z][\w&’'-]*(?:\s+(?:and\s+)?[A-Z&][\w&’'-]*){0,3})?|officers|"
    r"(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Staff\s+Member|Board\s+Member|Commissioner|Councilmember)\.?\s+)+[A-Z][\w’'-]+)"
    # "the Council on 7 March will decide", "the Board at its next meeting would consider"
    r"(?:\s+(?:on|in|at|by)\s+(?:its\s+|their\s+|the\s+)?(?:next\s+)?(?:meeting\s+(?:on|in)\s+)?[\w ]{1,25}?)?"
    r"(?:\s+\w+ly)?\s*$")


def _promise_subject(st: str, mc: re.Match) -> str | None:
    """The person or role a promise names as its subject ("and the Director would chase it"), completed from
    a fuller mention earlier in the sentence ("The Director of Place had written ..."); None for a pronoun."""
    if not re.match(r"(?:would|will|shall)\b", mc.group(0)) or re.search(r"\bbe\s", mc.group(0)):
        return None  # "the Board would be consulted": the Board is acted on, not the one acting
    m = _PROMISER.search(_promise_clause(st, mc))
    if not m:
        return None
    who = m.group("who")
    full = re.search(rf"\b{re.escape(who)}\s+(?:of|for)\s+[A-Z][\w&’'-]*(?:\s+(?:and\s+)?[A-Z&][\w&’'-]*){{0,3}}", st)
    return full.group(0) if full else who


def _promise_has_agent(st: str, mc: re.Match) -> bool:
    """An active promise ("would send", "will work with") needs someone who can keep it as its subject."""
    phrase = mc.group(0)
    if (not re.match(r"(?:would|will|shall)\b", phrase) or re.search(r"\bbe\s", phrase)
            or re.match(r"\s+(?:to\s+be\b|place\b)", st[mc.end():])
            or re.search(r"\b(?:come\s+back|return|go\s+live|reopen(?:ed)?|re-open(?:ed)?|open|begin|start|commence|launch(?:ed)?)$", phrase)):
        return True  # passive ("would be reported", "would continue to be monitored"), an event ("will take place")
    before = st[:mc.start()]
    clause = re.split(r"[,;:(]|\bthat\b|\bwhich\b|\bwho\b|\bwhere\b|\bonce\b|\bif\b|\bwhen\b|\bas\b", before)[-1]
    clause = _REPORTED_SPEECH.sub("", clause).strip()
    if not clause or re.fullmatch(r"(?:and|but|also|so)(?:\s+\w+ly)?", clause, re.I):
        clause = _REPORTED_SPEECH.sub("", re.split(r"[,;:]", st)[0])  # "... and would continue": the sentence's subject
    if re.match(r"^(?:this|that|these|those|it|there)\b", clause, re.I):
        return False
    if phrase.endswith("continue") and re.search(r"\b(?:work|discussions?|engagement|monitoring|efforts?|progress|"
                                                 r"dialogue|conversations?|liaison)$", clause, re.I):
        return True  # "Work would continue with all stakeholders"
    return _AGENT_WORD.search(clause) is not None


_NOT_COMMIT = re.compile(r"\b(?:[Mm]eeting|AGM|[Cc]onference|[Ee]vent)\b[^.]{0,40}?\b(?:will|would|is\s+to)\s+be\s+held\b|\bwould\s+(?:like|be\s+(?:useful|helpful|good|beneficial|important|appropriate|interesting|"
                         r"a\b|an\b|the\b|able|willing|happy|grateful|keen|difficult|possible))|\bwould\s+have\b|"
                         r"\bif\s+(?:it|they|this)\s+would\b|(?<!\bfind\sout\s)(?<!\bcheck\s)(?<!\bestablish\s)(?<!\bascertain\s)\bwhether\b|(?<!had\s)(?<!have\s)\basked\b(?!\s+for\s+by\b)|\bwould\s+not\b|\bit\s+would\s+be\b", re.I)
# Narrative that only looks like a promise: "due to a fall in income" (because of), "how this would be taken
# forward" (an indirect question), "If successful these would be used ..." (a condition), "Accepting the
# recommendation will provide ..." (the effect of a decision), "would take twenty years" (a hypothetical),
# agenda order ("would bring item 14 up the agenda", "will be discussed under item 9").
_NOT_PROMISE = re.compile(
    r"\bdue\s+to\s+(?:a|an|the|this|that|these|those|its|their|his|her|our|some|many|higher|lower|increased|reduced|[£$\d])|"
    r"\b(?:how|what)\s+(?:[\w’'-]+\s+){0,8}?(?:would|will)\b|\bwanted\s+to\s+know\b|"
    r"\b(?:know|asked|ask|queried|questioned|wondered|unclear|clarify|clarification\s+(?:on|of)|as\s+to)\s+"
    r"(?:who|when|whether|where|why|which)\s+(?:[\w’'-]+\s+){0,8}?(?:would|will)\b|"
    r"\bwould\s+find\s+it\b|^(?:Stated|Urged|Expressed|Discussed|Submitted|Spoke|Commented|Suggested)\b|"
    r"\bwould\s+take\s+(?:years|months|weeks|decades|time|longer)\b|"
    r"^(?:If|Unless|Should|Were)\b|\bprovided\s+(?:that\s+)?(?:all\s+|the\s+)?[^.]{0,200}?\b(?:were|was|is|are)\s+\w+ed\b[^.]*\bwould\b|"
    r"^(?!(?:Following|Regarding|Concerning|Including|During|Pending|Notwithstanding|Considering)\b)"
    r"[A-Z][a-z]+ing\s+(?:the|this|these|that|a|an)\b[^.]*\b(?:will|would)\b|"
    r"\bwould\s+take\s+(?:more\s+than\s+|over\s+|about\s+|around\s+|up\s+to\s+|at\s+least\s+)?[\w-]+\s+(?:years?|months?|weeks?|days?)\b|"
    r"\bbring\s+(?:[\w’'-]+\s+){1,3}into\s+line\b|\bbe\s+presented\s+as\b|"
    r"\b(?:up|down)\s+the\s+agenda\b|\bunder\s+(?:agenda\s+)?item\s+\d|"
    r"\binform\s+(?:any\s+|the\s+|future\s+)*(?:decisions?|thinking|development|approach|choices?)\b|"
    r"\bthanked\b[^.]*\band\s+hoped\b", re.I)
# Background to the agenda item: "The Committee considered a report ..., which ward councillors had asked it to
# look at"; "presented the strategy, which Cabinet was due to consider". What someone HAD asked is history.
_SITE_WISH = re.compile(r"\basked\s+to\s+(?:see|visit|view)\s+(?:the\s+)?(?:site|premises|location|land)\b", re.I)
# A member of the public's request (public participation, a hearing speaker) asks the meeting; it gives no one a task
_PUBLIC_ASKS = re.compile(r"\b(?:speakers?|residents?|members?\s+of\s+the\s+public|applicant|objectors?|petitioners?|"
                          r"the\s+agent|a\s+supporter)\b[^.;]{0,160}\b(?:asked|requested)\s+that\b", re.I)
# "Residents were reminded to mark their tools": advice to the public, nobody's task
_PUBLIC_REMINDED = re.compile(r"^(?:All\s+|The\s+)?(?:residents?|householders?|members?\s+of\s+the\s+public|the\s+public|public|"
                              r"drivers?|motorists?|parents?|visitors?|dog\s+owners?|users?|tenants?|everyone|people)\b"
                              r"[^.;]{0,40}?\bwere\s+reminded\b", re.I)
# "The Director of Housing agreed to include that ...", "By consensus, the Board directed the County Attorney to ..."
_ROLE_NAME = r"(?:(?:The|the)\s+)?(?:[A-Z][\w’'&-]*\s+){0,4}?[A-Z][\w’'&-]*(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s*){1,3})?"
_TOOK_ON = re.compile(
    rf"^(?:By\s+consensus,\s+|In\s+response,\s+)?(?:(?:The|the)\s+)?(?:[A-Z][\w’'&-]*\s+){{0,4}}?(?:Board|Committee|Council|Commission|Panel)\s+"
    rf"(?:directed|asked|instructed)\s+(?P<who>{_ROLE_NAME})\s+to\s+[a-z]+|"
    rf"^(?P<agent>{_ROLE_NAME})\s+(?:agreed|undertook|offered|promised)\s+to\s+[a-z]+")
_BACKGROUND = re.compile(r"\bhad\s+(?:already\s+|previously\s+)?(?:asked|requested|instructed|tasked|invited)\b", re.I)
_NARRATIVE_WHICH = re.compile(
    r"^[^,]{0,160}?\b(?:presented|introduced|outlined|considered|received|summarised|gave)\b[^,]{0,160},\s+(?:which|who)\b", re.I)
# "The report highlighted ... and identified priorities for 2023/24": a description of the report's contents
_REPORT_SAYS = re.compile(
    r"^(?:[A-Z][\w ]{0,30}:\s+)?(?:(?:The|This)\s+(?:[\w-]+\s+){0,2}?(?:report|presentation|paper|document|strategy|plan|update|"
    r"forecasts?|projections?|figures|data|analysis|survey|modelling|evidence|results)|Forecasts|Projections|Figures)\s+"
    r"(?:highlighted|identified|set\s+out|outlined|summarised|showed|described|detailed|explained|"
    r"included|noted|reflected|covered|gave|indicated|suggested|predicted|projected|estimated)\b|"
    # "Policy CP2 of the Local Plan states that housing will take place ...": what a policy says, not a promise
    r"^(?:[A-Z][\w-]*\s+){0,4}(?:Policy|Policies|Plan|Act|Framework|Guidance|Regulations?|Constitution|Standing\s+Orders?)"
    r"(?:\s+[A-Z0-9][\w./-]*)?(?:\s+of\s+the\s+[\w ]{2,40}?)?\s+(?:states|requires|says|provides|sets\s+out|seeks|expects)\b")
# "Sarah invited Members to visit the centres": an invitation to the meeting, not a task
_INVITATION = re.compile(r"\binvited\s+(?:all\s+)?(?:Members|members|Councillors|councillors|everyone|those\s+present|"
                         r"attendees|the\s+(?:Committee|Panel|Board|public))\s+to\b")
# "She ... asked Cabinet to keep age 25 as its aim": a plea to the meeting in debate; its answer is the decision
_ASKED_BODY = re.compile(
    r"\b(?:asked|urged|requested|encouraged)\s+(?:that\s+)?(?:the\s+)?(?i:committee|sub-committee|cabinet|panel|board|council|commission|forum)"
    r"\s+(?!(?:to\s+)?(?:bring|report|write|circulate|send|review|provide|add|include|arrange|monitor|share|promote|"
    r"publici[sz]e|attend|contribute|visit|complete|forward|email|e-mail|nominate|volunteer|be\s+(?:sent|given|provided))\b)|"
    # "asked Members to recognise that the Council could not go on as it was": a plea in the debate, not a task
    r"\b(?:asked|urged|encouraged)\s+(?:all\s+)?(?:Members|members|Councillors|councillors|colleagues)\s+to\s+(?:recognise|recognize|"
    r"support|back|vote|consider|think|remember|acknowledge|welcome|accept|endorse|approve|agree|reject|oppose|note|bear|"
    r"join\s+(?:him|her|them|me|us)|reflect|seize|imagine|look\s+at\s+the)\b")

_PRIORITY_HEAD = re.compile(
    r"\b(?:priorit(?:y|ies)\s+(?:for|in|going)|work\s+programme|looking\s+(?:to|ahead|forward)|next\s+steps|"
    r"plans?\s+for\s+(?:20\d\d|the\s+(?:coming|next))|key\s+themes|objectives\s+for|areas\s+for\s+(?:development|improvement)|"
    r"improvement\s+plan|forward\s+plan|aims?\s+for|strategic\s+aims|targets\s+for|actions\s+for\s+20|"
    r"focus\s+for|the\s+year\s+ahead|coming\s+year|future\s+priorities|key\s+priorities)\b", re.I)
# A lead-in that opens a list of next period's priorities: "In 2025-26 the Board will:", "Over the coming year we will:",
# "Our priorities for next year are:" (a lead-in about the past -- "Last year the Board:" -- is not one)
_PRIORITY_LEAD = re.compile(
    r"^(?:(?:In|During|For|Over|Throughout|Across)\s+(?:the\s+)?(?:(?:financial\s+)?year\s+)?(?:(?:19|20)\d\d(?:\s?[/–—-]\s?\d\d(?:\d\d)?)?|"
    r"(?:coming|next|following|forthcoming)\s+(?:year|twelve\s+months|\w+\s+months|\w+\s+years|period)|year\s+ahead)\b"
    r"[^:]{0,80}?\b(?:will|shall|(?:plans?|aims?|intends?|is|are)\s+to)|"
    r"(?:Our|Its|Their|The\s+[\w’'&\s-]{2,60}?['’]s?|The)\s+(?:key\s+|main\s+|top\s+)?(?:priorities|aims|objectives|goals)\s+for\s+"
    r"(?:(?:the\s+)?(?:next|coming|following)\s+year|the\s+year\s+ahead|(?:19|20)\d\d(?:\s?[/–—-]\s?\d\d(?:\d\d)?)?)\s+(?:are|will\s+be|include)|"
    # "The priorities of the Virtual School for April 2025 to March 2026 were to:"
    r"(?:Our|Its|Their|The)\s+(?:key\s+|main\s+|top\s+)?(?:priorities|aims|objectives|goals)\s+(?:of\s+[^:]{2,60}?\s+)?for\s+"
    r"[^:]{0,40}?(?:19|20)\d\d[^:]{0,30}?\s+(?:are|were|will\s+be|include|included)(?:\s+to)?"
    r")\s*[:–—-]+\s*$", re.I)
_NOT_PRIORITY_HEAD = re.compile(r"\bprogress\s+(?:against|on|made)\b|\bachievements\b|\blast\s+year\b|\breview\s+of\b", re.I)
# A priority stated with its content ("The group's goals for 2025 included ...", "It was a priority to ..."), not a
# sentence that only refers to one ("This reflects the vacancies, and the service has made it a priority for 2023-24",
# "encouraged people to set healthy goals for 2025")
_PRIORITY_SENT = re.compile(
    r"\b(?:goals|priorities|aims|objectives)\s+for\s+(?:(?:19|20)\d\d(?:\s?[/-]\s?\d\d(?:\d\d)?)?|the\s+(?:coming|next)\s+"
    r"(?:year|twelve\s+months))\s+(?:included?|includes|are|were|will\s+be|would\s+be|comprise[sd]?|focus(?:ed)?\s+on|:)|"
    r"\b(?:the|a|its|our|their)\s+(?:key\s+|main\s+|top\s+|first\s+)?(?:goal|priority|aim|objective)\s+for\s+"
    r"(?:(?:19|20)\d\d(?:\s?[/-]\s?\d\d(?:\d\d)?)?|the\s+(?:coming|next)\s+year)\s+(?:is|was|will\s+be|would\s+be)\s+(?:to\s+)?\w+|"
    r"\bIt\s+was\s+a\s+priority\s+to\b|\bwill\s+aim\s+to\b|\b(?:has|have)\s+arranged\s+to\b", re.I)
_METRIC = re.compile(
    r"(?P<pct>\d+(?:\.\d+)?)\s?%|[£$]\s?(?P<money>\d[\d,]*(?:\.\d+)?)\s?(?P<mult>m|bn|k|million|billion)?\b|"
    r"\b(?P<n1>\d[\d,]*)\s+out\s+of\s+\$?(?P<n2>\d[\d,]*)|"
    r"\bfrom\s+(?!(?:19|20)\d\d\s+(?:to|until)\s+(?:19|20)\d\d\b)(?P<f1>\d[\d,.]*)\s+to\s+(?P<f2>\d[\d,.]*)\b|"
    r"\b(?P<cnt>\d[\d,]*)\+?\s+(?:people|cases|applications|awards|delegates|representatives|downloads|individuals|"
    r"families|incidents?|properties|audits|concerns|children|young\s+people|reviews|visits|referrals|complaints|"
    r"indicators|KPIs|schools|members|volunteers|veterans|applicants)\b", re.I)


def _in_background_clause(st: str, m: re.Match) -> bool:
    """The promise sits in a relative clause describing what was presented ("presented the draft strategy,
    which Cabinet was due to consider in April"): background to the item, not a promise made at it."""
    n = _NARRATIVE_WHICH.match(st)
    return n is not None and m.start() >= n.end()


def _subject_owner(text: str) -> str | None:
    m = _ROLE_TO.match(text) or _WILL_TASK.search(text)
    return m.group("who") if m else None


_SUBJ = re.compile(
    r"^(?:(?:Going forward|In addition|Additionally|However|Also|Further),?\s+)?(?:the\s+|The\s+)?"
    r"(?P<who>[A-Za-z][\w&’'-]*(?:\s+[A-Za-z&][\w&’'-]*){0,5}?)\s+(?:also\s+|still\s+|now\s+)?"
    r"(?:would|will|were|was|is|are|have|has)\b")
_ROLE_END = re.compile(r"(?:officers?|service|services|team|council|committee|board|panel|group|commissioner|leader|"
                       r"director|manager|head|clerk|chair|chairman|cabinet|executive|partnership|authority|iros?)$", re.I)
_NOT_SUBJ = re.compile(r"^(?:it|this|that|there|these|those|they|he|she|we|work|discussions?|report|plan|update|figures?|"
                       r"issue|matter|item|policy|information|consultation|proposal|risk|schedule|budget|number)\b", re.I)


# US discussion style: "President Sullivan said she would like the final layout to come back to the board"
_WANTS_BACK = re.compile(
    r"\b(?:would\s+like|wanted|asked\s+for|requested)\s+(?:to\s+see\s+)?[^.;]{3,150}?\s+(?:to\s+)?"
    r"(?:come|be\s+brought|return|report)\s+back\s+(?:to|before)\s+(?:the|this)\s+"
    r"(?:board|commission|council|committee|panel|members)\b", re.I)
# "Information was requested on the Commissioner's pledge ...": the holder of the pledge is asked
_REQUESTED_OF = re.compile(
    r"\b(?:requested|sought|asked\s+for)\s+(?:on|about|regarding|in\s+relation\s+to)\s+the\s+"
    r"(?P<who>(?:[A-Z][\w&-]*\s+){0,4}?(?:Commissioner|Director|Manager|Officer|Council|Board|Service|Team|Partnership|"
    r"Authority|Trust|Police|Leader|Clerk))(?:’s|'s)\s|"
    # "Members asked that the Head of HR attend the next meeting": the one asked to act
    r"\b(?:asked|requested)\s+that\s+(?:the\s+)?(?P<who2>(?:[A-Z][\w&’'-]*\s+){0,4}?(?:Commissioner|Director|Manager|Officer|Head|"
    r"Lead|Clerk|Leader|Chair|Secretary|Treasurer|Auditor|Engineer|Solicitor)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&’'-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w&’'-]*){0,3})?)\s+(?:attend|provide|report|circulate|write|bring|send|arrange|update|share|"
    r"review|investigate|look|contact|prepare|present|give|supply|confirm|meet|ensure|include|consider|liaise)\b")
# "... still awaiting the letter from NCC": who is to deliver
_AWAITED_FROM = re.compile(r"\bawait(?:ing|ed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,5}?from\s+(?:the\s+)?"
                           r"(?P<who>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,4})")
# "Officers also recognised ... and were working with schools": a role as the subject of the sentence
_ROLE_SUBJ = re.compile(r"^(?:The\s+|the\s+)?(?P<who>(?:[A-Z][\w&’'-]*\s+){0,4}?(?:Officers|Team|Service|Council|Partnership))"
                        r"\s+(?:also\s+|now\s+|still\s+)?[a-z]+(?:ed|s)\b")


def _referent(who: str, before: str, ctx: "_Ctx") -> str:
    """"asked them to" -> the group named just before in the sentence ("drew Members' attention ... and asked
    them to"); "asked him/her to" -> the last speaker. The words as written when there is nothing to refer to."""
    w = who.strip()
    if w.lower() == "them":
        groups = re.findall(r"\b(Members|members|Councillors|councillors|Officers|officers|Governors|Trustees)(?:’|')?(?=\s)", before)
        return groups[-1] if groups else w
    if w.lower() in ("him", "her") and ctx.speaker:
        return ctx.speaker
    return w


def _commit_subject(st: str) -> str | None:
    """The subject of a promise when it names who will act ("Freebridge are looking into ...",
    "the children and families service would consider ...", "Officers ... were working with schools"), or the
    body something is awaited from."""
    m = _AWAITED_FROM.search(st)
    if m:
        return m.group("who")
    m = _SUBJ.match(st)
    if not m:
        m = _ROLE_SUBJ.match(st)
        return m.group("who") if m else None
    who = m.group("who")
    if _NOT_SUBJ.match(who):
        return None
    if re.match(r"\s*(?:due\s+to\s+be|to\s+be|being|be\s+\w+ed)\b", st[m.end():]):
        return None  # "The Risk Register was due to be presented ...": the subject is what is acted on
    words = who.split()
    # a name is capitalised throughout ("Wexcombe Homes"); "New play areas were due to launch" is a thing, not an owner
    if _ROLE_END.search(who) or (who[:1].isupper() and len(words) <= 3 and words[0].lower() not in ("the", "a")
                                 and all(w[:1].isupper() or w in ("&", "and", "of") for w in words)):
        return who
    return None


# "Caroline Smith, Assistant Director, introduced the report": who speaks for the item from here on
_PRESENTER = re.compile(
    r"^(?:\d+\.\s+)?(?P<who>(?:The|the)\s+[A-Z][\w&’'/-]*(?:\s+(?:[A-Z&][\w&’'/-]*|for|of|and|the))*?"
    r"|(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){1,2})"
    r"(?:,\s*[^,]{3,80},)?\s+(?:introduced|presented|thanked|welcomed|outlined|summarised|summarized|highlighted|"
    r"(?:gave|provided)\s+(?:an?\s+)?(?:brief\s+|verbal\s+|short\s+)?"
    r"(?:overview|update|presentation|briefing|report))\b")
# US minutes: "The Public Works Manager responded a violation letter would be sent", "Councilmember Tam stated sites will ..."
_SPEAKER_US = re.compile(
    r"^(?P<who>(?:The|the)\s+[A-Z][\w&’'/-]*(?:\s+(?:[A-Z&][\w&’'/-]*|for|of|and|the|–|-))*?"
    r"|(?:(?:Councillor|Cllr|Councilmember|Council\s+Member|Commissioner|Board\s+Member|Staff\s+Member|Mayor|Vice\s+Mayor|"
    r"Chair|Vice[- ]Chair|President|Mr|Mrs|Ms|Miss|Dr)\.?\s+)+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"\s+(?:responded|stated|said|noted|explained|replied)\s+(?!that\b|to\b|in\s+the\s+(?:affirmative|negative)\b)"
    r"(?!(?:she|he|they|it|we|i|you)\b)(?=[a-z])")


_CAPS_HEAD = re.compile(r"^(?:[A-Z0-9][A-Z0-9’'&,/()-]+\s+){1,10}(?=[A-Z][a-z])")


_NAMED_SUBJECT = re.compile(
    r"^(?:[A-Z][\w ,’'-]{0,60},\s*)?(?P<who>(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|"
    r"(?:The\s+|the\s+)?[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|of|for|and|the|-|–))*)"
    r"(?:,\s*[^,]{3,60},)?\s+(?:had\s+|has\s+|was\s+|also\s+)?(?!(?:of|for|and|the)\b)[a-z]+\b")


def _named_subject(sentence: str | None) -> str | None:
    """The person or role a sentence opens with ("The Head of Highways said ..." -> "Head of Highways"), or None."""
    if not sentence:
        return None
    m = _NAMED_SUBJECT.match(sentence.strip())
    if not m:
        return None
    who = re.sub(r"^(?:The|the)\s+", "", m.group("who")).strip(" ,")
    if not (re.match(r"(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\b", who) or (_WHO_ROLE.search(who) and not re.search(
            r"\b(?:Committee|Panel|Board|Council|Cabinet)\b", who))):
        return None
    return who


def _speaker_of(sentence: str, ctx: _Ctx) -> str | None:
    # "CITY MANAGER'S REPORT City Manager Reyes reported that ...": an item heading run into its first sentence
    sentence = _CAPS_HEAD.sub("", sentence)
    m = _SPEAKER.match(sentence) or _PRESENTER.match(sentence) or _SPEAKER_US.match(sentence)
    if not m:
        return None
    who = m.group("who")
    if who in ("She", "He", "They"):
        return ctx.speaker
    who = re.sub(r"^(?:The|the)\s+", "", who).strip(" ,")
    return who


# "It was agreed to defer a decision to the May meeting, and Cllr Hobbs would ask the contractors to re-quote": the
# meeting's decision and the task someone took on, two items
_AND_SOMEONE = re.compile(
    r",\s+and\s+(?=(?:the\s+)?(?:Chair(?:man)?|Vice[- ]Chair|Clerk|Mayor|Leader|Cllr\.?\s+[A-Z][\w’'-]*|Councillor\s+[A-Z][\w’'-]*|officers|"
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Officer|Manager|Director|Head|Lead))\b[^,;]{0,60}?\b(?:asked|would|will|agreed\s+to|undertook|was\s+asked|"
    r"were\s+asked)\b)")
_BODY_AGREED = re.compile(rf"^(?:It\s+was\s+(?:unanimously\s+)?(?:agreed|resolved|decided)|(?:The\s+)?(?:[A-Z][\w’'&-]*\s+){{0,4}}?{_BODY}\s+"
                          r"(?:unanimously\s+|also\s+|further\s+|then\s+)?(?:agreed|resolved|decided))\s+(?:to|that)\b")


# "The Sub-Committee also agreed that the DPS should attend a course, and asked the Licensing Officer to arrange a
# visit": the same body's second act, a task for someone else
_AND_ASKED = re.compile(r",?\s+and\s+(?:also\s+)?(?=(?:asked|requested|instructed|directed)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}?\s+to\s+[a-z])")


def _split_and_someone(sents: list[str]) -> list[str]:
    out = []
    for s in sents:
        mb = _BODY_AGREED.match(s)
        m = _AND_SOMEONE.search(s) if mb else None
        if m and re.search(r"\b(?:it|them|this|these|that)\b", s[m.end():]):
            m = None  # "..., and the Officer was asked to schedule it": one task, not two
        if m:
            rest = s[m.end():]
            out += [s[:m.start()] + ".", rest[:1].upper() + rest[1:]]
            continue
        mn = re.search(r",?\s+and\s+(?=(?:NOTED|AGREED|APPROVED|RESOLVED|noted|agreed)\s+that\s)", s) if (
            mb or re.search(rf"{_BODY}\s+(?:APPROVED|ENDORSED|ADOPTED|AGREED)\b", s)) else None
        subj = re.search(rf"(?:The\s+|the\s+)?(?:[A-Z][\w’'&-]*\s+){{0,4}}?{_BODY}", s[:mn.start()]) if mn else None
        if mn and subj:
            # "the Committee APPROVED the masterplan ..., and NOTED that the results will be reported to a future meeting"
            out += [s[:mn.start()] + ".", f"{subj.group(0)[:1].upper()}{subj.group(0)[1:]} {s[mn.end():]}"]
            continue
        ma = _AND_ASKED.search(s) if mb else None
        if ma and re.search(r"\b(?:it|them|this|these)\b", s[ma.end():]):
            ma = None
        subj = re.match(rf"^(?:The\s+)?(?:[A-Z][\w’'&-]*\s+){{0,4}}?{_BODY}", s) if ma else None
        if ma and subj:
            out += [s[:ma.start()] + ".", f"{subj.group(0)} {s[ma.end():]}"]
            continue
        out.append(s)
    return out


def _prose(ctx: _Ctx, b: Block) -> None:
    """Apply the sentence rules to a block of running text."""
    sents = _split_and_someone(sentences(b.text))
    prev: str | None = ctx.prev_block_text if len(sents) == 1 else None
    ctx.skip = 0
    for i, s in enumerate(sents):
        if ctx.skip:
            ctx.skip -= 1
            continue
        before = sents[i - 1] if i > 0 else prev
        spk = _speaker_of(s, ctx)
        if spk:
            ctx.speaker = spk
            ctx.speaker_block = id(b)
        n = len(ctx.out)
        _sentence(ctx, b, s, before, sents[i + 1:])
        ctx.prev_produced = len(ctx.out) > n
        ctx.prev_sentence = s
        ctx.recent = ctx.recent[-7:] + [s]


def _merge_before(ctx: _Ctx, before: str | None, s: str, absorb: bool = False) -> str:
    """A short or anaphoric sentence takes the sentence before it ("This was agreed.", "The Clerk to investigate").
    A sentence before that is already an item stays its own item, unless this one confirms it (``absorb``)."""
    if not before:
        return s
    if ctx.prev_produced and not absorb:
        return s
    if (_PUBLIC_ASKS.search(before) or _SITE_WISH.search(before)) and not absorb:
        return s  # a resident's request is not part of the task that answers it
    # a candidate made from the sentence before is absorbed into this one
    for c in list(ctx.out[-2:]):
        if similarity(c.text, before) > 0.8 and c.group == ctx.group:
            ctx.out.remove(c)
    return f"{before} {s}"


# A task written as an instruction ("Review progress on each section. Each WG to present its plan."): the
# assignment after it takes its words; after a sentence reporting what happened, "Clerk to ..." stands alone
_IMPERATIVE = re.compile(r"^(?:Review|Agree|Discuss|Consider|Prepare|Draft|Look|Check|Update|Set\s+up|Arrange|Contact|"
                         r"Write|Circulate|Find|Get|Organise|Organize|Investigate|Chase|Send|Obtain|Produce|Develop|"
                         r"Confirm|Identify|Collate|Research|Finalise|Finalize|Agree|Book|Order|Plan|Progress)\b")


def _short(s: str) -> bool:
    return len(_tokens(s)) <= 9 or re.match(r"^(?:This|They|These|That|All|It\s+(?!was\b))\b", s) is not None


# A recorded vote's list of names ("Mr Baker, Mr Brady, Mrs Bell, ..."): not the text of a decision
_NAMES_LIST = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor|Councilmember)\.?\s+(?:[A-Z]\s)?[A-Z][\w’'-]+"
                         r"(?:\s+[A-Z][\w’'-]+)?(?:\s+[A-Z]{2,4})?\s*,\s*){3,}")


def _open_motion(ctx: _Ctx, c: Candidate | None) -> None:
    """A motion whose vote may follow in the next sentences or paragraphs; a lost one is no decision."""
    if c is None:
        return
    if _MOTION_FAILED.search(c.text):
        ctx.out.remove(c)
        ctx.note(c.line, None, "a motion that was lost")
        return
    ctx.motion = c
    ctx.motion_gap = 0


def _motion_goes_on(ctx: _Ctx, b: Block, st: str) -> bool:
    """The second or the vote of the motion above, written as its own sentence: it joins the motion (or, for
    a lost motion, removes it). False when the sentence is something else, which closes the motion."""
    c = ctx.motion
    if c is None:
        return False
    if _MOTION_FAILED.search(st) and not _MOTION.search(st) and not _PROPOSED_SECONDED.search(st):
        if c in ctx.out:
            ctx.out.remove(c)
        ctx.note(b.line, None, "the motion above was lost")
        ctx.motion = None
        return True
    if re.match(r"^AND\s+(?:FURTHER\s+|FINALLY\s+|ALSO\s+)?THAT\b|^And\s+(?:further\s+|finally\s+|also\s+)?that\b", st):
        c.text = f"{c.text.rstrip(' ;,')}; {st}"  # a continuation clause of the motion: split into its own decision at the end
        ctx.note(b.line, c.rule, "a further clause of the motion above")
        return True
    if (_MOTION_CONT.search(st) and not _MOTION.search(st) and not _PROPOSED_SECONDED.search(st)
            and not _APPROVED_DASH.search(st)):
        c.text = f"{c.text} {st}"
        if _MOTION_FAILED.search(st):
            if c in ctx.out:
                ctx.out.remove(c)
            ctx.note(b.line, None, "the motion above was lost")
            ctx.motion = None
        else:
            ctx.note(b.line, c.rule, "the vote on the motion above")
        return True
    if st and not _MOTION_OUTCOME.search(c.text) and ctx.motion_gap < 2 and len(_tokens(st)) <= 8 \
            and not _MOTION.search(st) and not _PROPOSED_SECONDED.search(st):
        ctx.motion_gap += 1  # "No other nominations were received." between a motion and its "Agreed unanimously."
        return False
    if not re.search(r"\bsecond(?:ed)?\b", c.text, re.I) and not _MOTION_OUTCOME.search(c.text):
        c.confidence = min(c.confidence, 0.5)  # no second and no vote recorded: for a clerk to check
        ctx.unseconded.append(c)
    ctx.motion = None
    return False


# "Motion by X, seconded by Y, to adopt Ordinance 2026-14.": the ordinance named, whose title stands above the motion
_INSTRUMENT_REF = re.compile(r"\bto\s+(?:adopt|approve|pass|enact|introduce|accept|give\s+\w+\s+reading\s+to)\s+(?:the\s+)?"
                             r"(?P<ref>(?:Ordinance|Resolution|By-?law|Bylaw|Bill|Local\s+Law)\s+(?:No\.?\s*)?[\w.-]*\d[\w.-]*)", re.I)


def _instrument_title(ctx: _Ctx, motion: str) -> str | None:
    """The title of the ordinance, resolution or by-law a motion adopts, when it was read out just above the motion
    ("Ordinance 2026-14, an ordinance authorizing the City Manager to ..."); None when it was not."""
    m = _INSTRUMENT_REF.search(motion)
    if m is None:
        return None
    ref = re.escape(re.sub(r"\s+", " ", m.group("ref").rstrip(".")))
    for s in reversed(ctx.recent):
        if s in motion:
            continue  # the motion's own sentence
        s = re.sub(r"^(?:[A-Z][A-Z&'’-]+\s+)+(?=[A-Z][a-z])", "", s)  # a heading run into it: "LEGISLATION Ordinance ..."
        if re.match(rf"^{ref}\b[,:\s–—-]+\S", s, re.I) and len(s.split()) >= 6:
            return s
    return None


def _sentence(ctx: _Ctx, b: Block, s: str, before: str | None, after: list[str]) -> None:
    ctx.group += 1
    st = s.strip().strip("*").strip()
    if ctx.motion is not None and _motion_goes_on(ctx, b, st):
        return
    if _AGENDA_TEXT.match(st) and not re.search(r"\bproposed\b|\bagreed\b", st, re.I):
        ctx.note(b.line, None, "agenda text")
        return
    qm = ctx.quoted_motion
    if qm is not None and qm[1] == len(ctx.out) and _QUOTED_MOTION_PASSED.search(st) and not _MOTION_FAILED.search(st):
        # "\"That this Council calls on the Minister ...\"" + "Seconded by X. Following discussion the motion was agreed."
        ctx.quoted_motion = None
        ctx.add("resolution", "motion-carried", qm[0], b)
        return
    last = ctx.out[-1] if ctx.out else None
    mt = _TOOK_ON.match(st)
    if mt and before and last is not None and last.line is b.line \
            and (last.rule == "requested" or (last.rule == "asked-to" and mt.group("who"))) \
            and last.text.endswith(before.strip()[-40:]):
        # "X asked that the schedule be circulated. The Director agreed to circulate it before Christmas.": one action,
        # owned by the one who took it on
        last.text = f"{last.text} {st}"
        last.owner_hint = re.sub(r"^(?:The|the)\s+", "", (mt.group("who") or mt.group("agent")).strip())
        ctx.note(b.line, last.rule, "the agreement to the request above")
        return
    if _QUESTION.search(st) and not _REQUESTED.search(st) and not _ASKED_TO.search(st):
        ctx.note(b.line, None, "question")
        return
    # "Look at the insurance, action Mick.", "Replacement sink - no progress, c/f action Jon."
    m = _ACTION_TAIL.search(st)
    if m and (re.match(r"^(?:ACTIONS?|Actions?)\b", st) or _NOT_NAME.match(m.group("who").split()[0])
              or re.match(r"(?:Plans?|Logs?|Tracker|Points?|Items?|List|Sheet|Taken|Required|Needed|Notes|Schedule|"
                          r"Programme|Update|Updates|Summary|Arising|Complete|Completed|Closed|Open|Ongoing|None|N/?A)\b",
                          m.group("who"))):
        m = None
    if m:
        text = st
        if len(_tokens(st[:m.start()])) < 2 and before:
            text = f"{before} {st}"
        who = re.sub(r"\s*(?:/|&|,)\s*", " and ", m.group("who"))
        ctx.add("action", "action-marker", text, b, owner_hint=who)
        return
    # US consent calendar: "5.C Authorize the City Manager to execute a contract ... - Approved."
    m = _OUTCOME_TAIL.search(st)
    if m and len(_tokens(st[:m.start()])) >= 4 and not _MINUTES_OK.search(st):
        ctx.add("resolution", "action-outcome", st, b)
        return
    # minutes approved
    if _MINUTES_OK.search(st) and _MINUTES_RECORD.search(st) and not st.lower().startswith("to ") \
            and not _MINUTES_LATER.search(st):
        if re.search(r"subject\s+to\s*:?-?\s*$|following\s+(?:amendments?|corrections?)\s*:?-?\s*$", st) and not after:
            _open_list(ctx, _Trigger("resolution", "minutes-approved", st, True, True, ""), b)
            return
        # "Approved as a correct record." answers the minutes named just above; "The minutes were APPROVED ..." names them
        text = _merge_before(ctx, before, st) if _short(st) and before and not re.search(r"\b(?:minutes|notes)\b", st, re.I) else st
        ctx.add("resolution", "minutes-approved", text, b, tracked=False)
        return
    # 'The minute should read: "RESOLVED that the charge be harmonised ..."': an earlier meeting's decision, quoted
    if re.search(r"[\"“‘]\s*(?:[Ii]t\s+was\s+)?(?:RESOLVED|Resolved|AGREED|Agreed)\b", st):
        ctx.note(b.line, None, "a resolution quoted")
        return
    # "By-law 2026-01, being a by-law to provide for an interim tax levy, was read and passed."
    if _INSTRUMENT_PASSED.match(st):
        ctx.add("resolution", "instrument-passed", st, b)
        return
    # RESOLVED inside running text
    m = re.search(r"\b(?:it\s+was\s+)?(?:UNANIMOUSLY\s+)?RESOLVED\b[\s:–—-]*(?:that\s+)?(?P<rest>.+)", st)
    # parish form inside running text: "Budget - the draft was discussed. It was resolved to defer ..."
    ml = re.search(r"(?:^|[.;:–—-]\s+|,\s+(?:and\s+|so\s+)?)(?P<all>[Ii]t\s+was\s+(?:unanimously\s+|therefore\s+|further\s+)?"
                   r"resolved\s+(?P<rest>(?:that|to)\b.+))", st)
    if m is None and ml is not None:
        m = ml
    if m is None:
        # parish form: "Cllr X - holiday. Resolved: to accept the apologies." / "Resolved - that the quotation be accepted."
        mp = re.match(r"^(?:Resolved|Agreed)\s*(?::|[–—-])\s*(?P<rest>(?:that|to)\b.+)", st)
        if mp and len(_tokens(mp.group("rest"))) >= 2:
            kind, rule = ("recommendation", "recommend-to") if _RECOMMEND_SENT.search(st) else ("resolution", "resolved-inline")
            ctx.add(kind, rule, mp.group("rest"), b)
            return
    if m and len(_tokens(m.group("rest"))) >= 3:
        kind, rule = ("recommendation", "recommend-to") if _RECOMMEND_SENT.search(st) else ("resolution", "resolved-inline")
        text = m.group("all") if m is ml else m.group("rest")
        if len(_tokens(text)) < 6 and _PROPOSED_SECONDED.search(st[:m.start()]):
            text = st  # "It was proposed by A, seconded by B and RESOLVED to approve the payments as listed.": all of it
        ctx.add(kind, rule, text, b)
        return
    # recommendations made or endorsed
    m = _RECOMMEND_SENT.search(st)
    if m and not _PAST_RECOMMEND.search(st) and re.search(rf"{_BODY}|\bwe\b|\bRESOLVED\b|\bagreed\b", st[:m.end() + 5]):
        mlead = _RECOMMENDS_LEAD.search(st) if not after else None
        if mlead:
            # "The Committee recommends to the Trust and the ICB that:" / "... recommends that Cabinet:" + a) b) c):
            # one recommendation per lettered item, made to that body
            _open_list(ctx, _Trigger("recommendation", "recommend-to", "", True, False, "",
                                     (mlead.group("to") or mlead.group("to2")).strip()), b)
            return
        ctx.add("recommendation", "recommend-to", st, b, owner_hint=m.group("to"))
        return
    # the meeting's own agreement
    if _CONFIRMS.match(st):
        if before and not _procedural(before) and not _NAMES_LIST.search(before) \
                and not _ATTENDANCE.search(f"{ctx.part.title or ''} {ctx.prev_heading or ''} {before}"):
            text = _merge_before(ctx, before, st, absorb=True)
            ctx.add("resolution", "agreement-confirmed", text, b)
        return
    if _AMENDED.search(st):
        text = _merge_before(ctx, before, st, absorb=True) if re.search(r"\baccepted\b", st) and before else st
        ctx.add("resolution", "motion-amended", text, b)
        return
    if _MOVERS_ONLY.match(st) and before and ctx.out and ctx.out[-1].line is b.line \
            and ctx.out[-1].kind in ("resolution", "recommendation"):
        # "The minutes ... were approved and signed as a true record. Proposed Cllr A, seconded Cllr B, all in favour.":
        # who moved the decision just recorded, not a second decision
        ctx.note(b.line, None, "the movers of the decision above")
        return
    if (_MOTION.search(st) or _PROPOSED_SECONDED.search(st)) and _AMENDMENT_MOVED.search(st) and not _MOTION_OUTCOME.search(st):
        # "Councillor F moved an amendment, seconded by M, to add at the end: ...": what was proposed; the outcome and
        # the substantive resolution follow
        ctx.note(b.line, None, "an amendment as moved")
        return
    if _MOTION.search(st) or _APPROVED_DASH.search(st):
        if _procedural(st):
            ctx.note(b.line, None, "procedural motion")
            return
        text = st
        if not re.search(r"\bseconded\b", st, re.I) and not _MOTION_OUTCOME.search(st):
            for k, nxt in enumerate(after[:4]):  # the motion runs to "X seconded the motion."
                if _MOTION_CONT.search(nxt):
                    text = " ".join([st] + after[:k + 1])
                    ctx.skip = k + 1
                    break
        while ctx.skip < len(after) and _MOTION_CONT.search(after[ctx.skip]):  # "... The motion passed 5-0."
            text = f"{text} {after[ctx.skip]}"
            ctx.skip += 1
        if _SUBSTITUTE.search(st):
            # "X offered a substitute motion to ...": the original motion it displaces, not yet voted on, is no decision
            for old in reversed(ctx.out):
                if old.rule == "motion-carried" and not re.search(r"\b(?:passed|carried|adopted|failed|lost)\b|\d\s*[-–]\s*\d", old.text):
                    ctx.out.remove(old)
                    break
        for old in ctx.unseconded:  # a motion never seconded nor voted on, replaced by this one
            if old in ctx.out:
                ctx.out.remove(old)
        ctx.unseconded = []
        if _MOTION_LEAD_IN.search(text) and not _MOTION_FAILED.search(text):
            # "Moved: Cr A  Seconded: Cr B  That Council:" + "1. Receives ... 2. Requests ...": the numbered items
            # are the decisions, not the lead-in
            _open_list(ctx, _Trigger("resolution", "resolved-list", "", True, False, ""), b)
            return
        title = _instrument_title(ctx, text)
        if title:
            text = f"{title} {text}"  # what was adopted, then how
        mfile = re.match(r"^(\d{2,4}-\d{2,5})\s", text)
        row = ctx.register_rows.pop(mfile.group(1), None) if mfile else None
        if row is not None and row in ctx.out:
            ctx.out.remove(row)  # the register's row for this matter, told in full by its motion
        # "made a motion to recommend the City Council's approval of ...": a recommendation to that body
        mrec = _MOTION_RECOMMEND.search(text)
        kind = "recommendation" if mrec else "resolution"
        _open_motion(ctx, ctx.add(kind, "motion-carried", text, b, owner_hint=mrec.group("to") if mrec else None))
        return
    if _PROPOSED_SECONDED.search(st) and not _PROPOSAL.search(st):
        if _procedural(st):
            ctx.note(b.line, None, "procedural motion")
            return
        if before and _short(st) and _procedural(before):
            ctx.note(b.line, None, "procedural motion")
            return
        text = st
        for nxt in after[:2]:
            if re.search(r"\b(?:carried|agreed|votes?\s+(?:for|against)|lost|unanimous)", nxt, re.I) and len(_tokens(nxt)) <= 8:
                text = f"{text} {nxt}"
                ctx.skip += 1
            else:
                break
        _open_motion(ctx, ctx.add("resolution", "motion-carried", text, b))
        return
    if _WAS_NOTED.match(st) and len(st.split()) <= 40:
        ctx.add("resolution", "noted-by-body", st, b, tracked=False)
        return
    if _NOTED_BODY.match(st) and not (
            re.match(r"^(?:The\s+)?(?:Members|members)\s+noted\b", st)
            and not re.search(r"^(?:The\s+)?Members\s+noted\s+the\s+(?:report|update|contents|information|progress|"
                              r"position|presentation|minutes|recommendations?|briefing|annual\s+report|work\s+programme)\b", st)):
        # "Members noted the closure of two libraries" is a remark in the discussion; "Members noted the report" a decision
        ctx.add("resolution", "noted-by-body", st, b)
        return
    if _AGREED.match(st):
        if (_REQUESTED.search(st) or _ASKED_TO.search(st)) and not re.search(
                r"\bthat\b[^.]*\b(?:be\s+)?(?:commended|thanked|congratulated|recorded)\b", st):
            ctx.add("action", "requested", st, b)
            return
        m = _AGREED_AGENT.search(st)
        if m and m.group("first") and _NOT_NAME.match(re.split(r"\s", m.group("first"))[0]):
            m = None
        if m and not _NOT_TASK_VERB.match(m.group("verb")):
            ctx.add("action", "agreed-task", st, b, owner_hint=re.sub(r"\s*&\s*", " and ", m.group("who")))
            return
        m = _AGREED_TASK.search(st)
        if m and not re.search(r"\bshould\b", st):
            # "It was agreed that a column would be added ..." names its own subject: it stands alone
            own = re.search(r"\bagreed?\s+that\s+(?!this\b|it\b|they\b|these\b|those\b)\S", st, re.I) and len(_tokens(st)) > 5
            text = _merge_before(ctx, before, st) if _short(st) and before and not own else st
            who = re.search(r"\bthat\s+(?P<who>(?:[A-Z]{2,4}(?:\s*(?:and|&|/)\s*[A-Z]{2,4})*)|(?:the\s+)?[A-Z][\w ]{2,40}?)\s+would\b", st)
            if who and re.search(r"\b(?:meeting|agenda|report|item|review)\b", who.group("who"), re.I):
                who = None  # "that the January meeting would consider ...": a meeting, not who must act
            ctx.add("action", "agreed-task", text, b, owner_hint=who.group("who") if who else None)
            return
        text = _merge_before(ctx, before, st, absorb=True) if _short(st) and before and _PROPOSED_SECONDED.search(before) else st
        if re.search(r"\b(?:were|was)\s+needed\b|\bneed(?:s|ed)?\s+to\s+be\b", st):
            ctx.add("action", "agreed-task", text, b)
            return
        m = _AGREED_WOULD.search(st)
        if m:  # "It was agreed that the Chief Executive would seek two quotes": a task given to someone
            ctx.add("action", "agreed-task", text, b, owner_hint=m.group("who"))
            return
        if ctx.doc.kind == "annual-report":
            ctx.note(b.line, None, "a past decision reported in an annual report")
            return
        ctx.add("resolution", "agreed-sentence", text, b)
        return
    # actions
    m = _ACTION_MARK.match(st)
    if m and _OUTCOME_VERB.match(m.group("body")) and ctx.item_text:
        # US action minutes: "ACTION: Approved as recommended." records the outcome of the agenda text above it
        body = m.group("body")
        text = f"{ctx.item_text} {st}"
        ctx.item_text = None
        ctx.add("resolution", "action-outcome", text, b, tracked=True if is_tracked(text) else None)
        return
    if m:
        body = m.group("body")
        who = _INITIALS_TO.search(body) or _ROLE_TO.match(body) or _WHO_DASH.match(body)
        ctx.add("action", "action-marker", body, b, owner_hint=who.group("who") if who else None)
        return
    m = _INITIALS_TO.search(st) or _ROLE_TO.search(st)
    if m and not _NOT_TASK_VERB.match(m.group("verb")):
        # "PW to action." takes its task from the sentence before; "Clerk to order two more signs." is whole
        text = _merge_before(ctx, before, st) if (_short(st) and before and m.start() == 0 and (
            len(_tokens(st[m.end():])) < 2 or _IMPERATIVE.match(before))) else st
        ctx.add("action", "initials-to", text, b, owner_hint=m.group("who"))
        return
    m = _NEED_TO.match(st)
    if m:
        ctx.add("action", "initials-to", st, b, owner_hint=m.group("who").strip(" ,"))
        return
    m = _NAME_TO.search(st)
    if m and not _NOT_NAME.match(m.group("who")):
        text = _merge_before(ctx, before, st) if _short(st) and before and m.start() == 0 else st
        ctx.add("action", "initials-to", text, b, owner_hint=re.sub(r"\s*&\s*", " and ", m.group("who")))
        return
    m = _ASKED_TO.search(st)
    if m and (_BACKGROUND.search(st) or _INVITATION.search(st) or _ASKED_BODY.search(st)):
        m = None
    if m:
        verb = m.group("verb") or m.group("verb2")
        who = m.group("who") or m.group("who2")
        # "directed the Public Works Director to have the sewer inspected": a command is a task whatever its verb
        if not _NOT_TASK_VERB.match(verb) or re.match(r"(?:instructed|tasked|[Dd]irected)\b", st[m.start():]):
            text = _merge_before(ctx, before, st) if _short(st) and before else st
            ctx.add("action", "asked-to", text, b, owner_hint=_referent(who, st[:m.start()], ctx))
            return
    if _WANTS_BACK.search(st) and not st.endswith("?"):
        ctx.add("action", "requested", st, b)  # "... said she would like the layout to come back to the board"
        return
    if (_REQUESTED.search(st) and not re.search(r"\basked\s+(?:if|whether)\b", st) and not _ASKED_BODY.search(st)
            and not _PUBLIC_ASKS.search(st)
            # "Members asked to see the site": a wish for a site visit, nobody's task
            and not _SITE_WISH.search(st)
            and not _BACKGROUND.search(st)
            and not re.search(r"\bthat\b[^.]*\b(?:be\s+)?(?:commended|thanked|congratulated|recorded)\b", st)):
        text = _merge_before(ctx, before, st) if _short(st) and before else st
        mw = _REQUESTED_OF.search(st)
        owner = (mw.group("who") or mw.group("who2")) if mw else None
        last = ctx.out[-1] if ctx.out and ctx.prev_produced else None
        if (last is not None and before and last.kind == "action" and _short(st) and similarity(last.text, before) > 0.8
                and re.match(r"^(?:An?|Further|The)\s+(?:[\w-]+\s+){0,3}(?:update|report|briefing|information)\b[^.]*\b(?:was|were)\s+requested\b", st)):
            # "Further work was needed on X. An update to a future meeting was requested.": one task, asked for once
            ctx.out.pop()
            text, owner = f"{last.text} {st}", owner or last.owner_hint
        ctx.add("action", "requested", text, b, owner_hint=owner)
        return
    if _UNDERTOOK.search(st):
        m = re.match(r"^\(?(?P<who>[^.;]{2,100}?)\s+(?:undertook|agreed|offered|promised|volunteered|have\s+also\s+agreed|have\s+agreed|had\s+agreed|also\s+agreed)", st)
        who = m.group("who") if m else None
        near = [o for o in _OFFERER.finditer(st) if not _NOT_NAME.match(o.group("who"))]
        if who is None or len(who.split()) > 6 or "," in who or re.search(r"\b(?:and|that|was|were)\b", who):
            if near:
                who = near[-1].group("who")
                if who.lower() in ("she", "he", "they"):
                    who = ctx.speaker or who
            elif _SPEAKER.match(st) or _SPEAKER_US.match(st):
                who = ctx.speaker  # "Mr Read shared that ... and offered to come back to the panel"
            else:
                # "Councillor Fosse said she did not have the figure to hand and undertook to ...": the one who spoke
                ms = re.match(r"^(?P<who>(?:The\s+|the\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|and))*?)\s+"
                              r"(?:said|stated|explained|replied|confirmed|added|reported|acknowledged)\b", who or "")
                if ms:
                    who = re.sub(r"^(?:The|the)\s+", "", ms.group("who"))
        ctx.add("action", "undertook-to", st.strip("()"), b, owner_hint=who)
        return
    m = _WILL_TASK.search(st)
    if m:
        text = _merge_before(ctx, before, st) if _short(st) and before else st
        ctx.add("action", "undertook-to", text, b, owner_hint=m.group("who"))
        return
    if _DEFERRED.search(st):
        ctx.add("action", "deferred", st, b)
        return
    if _REMINDED.search(st) and not _PUBLIC_REMINDED.search(st) and not (re.search(r"\breminded\s+that\b", st)
                                     and not re.search(r"\b(?:should|must|need|needs|needed|would|will|to\s+be|were\s+to)\b", st)):
        ctx.add("action", "reminded", st, b)
        return
    # priorities stated in the discussion
    if _PRIORITY_SENT.search(st) and not _REPORT_SAYS.match(st):
        owner = None
        mo = re.match(r"^(?:In the future\s+)?(?P<who>(?:(?:The|the)\s+)?[\w ’'&-]{2,60}?)(?:’s|'s)?\s+(?:goals|priorities|will\s+aim|have\s+arranged|has\s+arranged)", st)
        if mo:
            owner = re.sub(r"^(?:The|the)\s+", "", mo.group("who"))
        ctx.add("priority", "priority-sentence", st, b, owner_hint=owner or ctx.speaker, context=st)
        return
    # promises in the discussion
    # the first promise in the sentence that someone made ("X would begin in February and she would report ...")
    mc = next((m for m in _COMMIT.finditer(st) if not _in_background_clause(st, m) and _promise_has_agent(st, m)), None)
    if (mc and not _NOT_COMMIT.search(st) and not st.endswith("?") and not _NOT_PROMISE.search(st)
            and not _REPORT_SAYS.match(st)):
        text = st
        clause = re.sub(r"^.*?\b(?:replied|advised|explained|confirmed|stated|said|added|noted|reported|responded|"
                        r"informed)\s+(?:\w+\s+)?that\s+", "", st)
        if re.match(r"^(?:this|these|it|they)\b", clause, re.I) and before:
            text = f"{before} {st}"
        bare = _CAPS_HEAD.sub("", st)
        owner = ctx.speaker if _SPEAKER.match(bare) or _SPEAKER_US.match(bare) or re.match(r"^(?:She|He|They)\b", bare) else None
        mby = re.search(r"\bby\s+(?P<by>[A-Z][\w&]+(?:\s+[A-Z][\w&]+){0,3})\s*\.?$", st)
        if mby:
            owner = mby.group("by")
        subj = _promise_subject(st, mc)
        mthird = re.match(r"(?:.*(?:\bthat\s+|,\s+|\b(?:said|stated|advised|explained|reported|confirmed|added|noted)\s+)|)(?P<who>(?:the\s+|The\s+)?[\w’'&-]+(?:\s+[\w’'&-]+){0,5}?)\s+(?:had|has|have)\s+(?:now\s+|also\s+)?"
                           r"(?:committed|agreed|undertaken|promised)\s+to\s*$", st[:mc.start() + len(re.match(r"\S+\s+(?:\S+\s+)?\S+\s+to\s*", mc.group(0)).group(0))]) \
            if re.match(r"(?:had|has|have)\s", mc.group(0)) else None
        if mthird:
            subj = re.sub(r"^(?:The|the)\s+", "", mthird.group("who"))  # "the operator had committed to ...": the operator's
        if subj and re.fullmatch(r"(?i:she|he|they|we|i)", subj.strip()) and ctx.speaker:
            subj = ctx.speaker  # "City Manager Reyes reported ... He said he would bring back a report": the speaker
        if subj:
            owner = subj  # "..., and the Director would chase it": the one who will act
        if owner is None:
            owner = _commit_subject(st)
        if owner is None and ctx.doc.kind != "annual-report":
            owner = ctx.speaker  # an impersonal promise ("Work would continue ...") is the presenting officer's
        if ctx.doc.kind == "annual-report" and (owner is None or re.search(rf"\b(?:to|before|by)\s+(?:the\s+)?{re.escape(owner)}", st)):
            # "Progress will be reported to the Corporate Parenting Board": the Board hears it; the service reports it
            owner = ctx.priority_doer or getattr(ctx.doc, "service", None)
        ctx.add("commitment", "commitment", text, b, owner_hint=owner)
        return
    # figures
    m = _METRIC.search(st)
    if m and ctx.doc.kind != "annual-report" and not (m.group("pct") or m.group("n1") or m.group("f1")):
        m = None
    if m and len(st) < 400 and not re.search(r"\b(?:attending|present|apologies|balance in bank|statement of account)\b", st, re.I):
        _metric(ctx, b, st, m)
        return
    ctx.note(b.line, None, "no rule")


def _metric(ctx: _Ctx, b: Block, text: str, m: re.Match) -> None:
    if m.group("pct"):
        value, unit = float(m.group("pct")), "%"
    elif m.group("money"):
        value = float(m.group("money").replace(",", ""))
        mult = (m.group("mult") or "").lower()
        unit = ("£" if "£" in m.group(0) else "$") + ({"m": "m", "million": "m", "bn": "bn", "billion": "bn", "k": "k"}.get(mult, ""))
    elif m.group("n1"):
        value, unit = float(m.group("n1").replace(",", "")), "count"
    elif m.group("f1"):
        try:
            value = float(m.group("f2").replace(",", "").rstrip("."))
        except ValueError:
            return
        unit = "count"
    else:
        value, unit = float(m.group("cnt").replace(",", "")), "count"
    measure = _clean(text)[:200]
    ctx.add("metric", "metric", text, b, metric={"value": value, "unit": unit, "measure": measure})


# ---- action tables -----------------------------------------------------------------------------------

def _table_columns(cells: tuple[str, ...]) -> dict | None:
    if any(len(c) > 60 for c in cells):
        return None  # a row of text ("Invite the Director to explain overdue IT access control actions"), not a header
    low = [c.lower() for c in cells]
    col = {}
    item_col = None
    for i, c in enumerate(low):
        if re.search(r"\baction\s+by\b|\bactioned\s+by\b", c):
            col.setdefault("who", i)  # "Action By": who took the step recorded in a legislative history
        elif re.search(r"\baction|\btasks?\b|\bactivity\b|\bdescription\b|\bdeliverable", c) and not re.search(r"\b(?:no|ref|number|date)\b\.?", c):
            col.setdefault("action", i)
        elif c.strip() in ("item", "items", "agreed", "what"):
            item_col = i if item_col is None else item_col  # "Item" is the action only when no Action column
        elif re.search(r"\bwho\b|owner|lead|responsib|by whom|officer", c):
            col.setdefault("who", i)
        elif re.search(r"\bstatus\b|progress|\bupdates?\b|\bcomments?\b|\boutcome\b", c):
            col.setdefault("status", i)  # "Status / update" is not a When column, though "update" holds "date"
        elif re.search(r"\bwhen\b|\bdue\b|deadline|\bdates?\b|by when|timescale|target", c):
            col.setdefault("when", i)
    if "action" not in col and item_col is not None:
        col["action"] = item_col
    return col if "action" in col and ("who" in col or "when" in col) else None


def _register_columns(cells: tuple[str, ...]) -> dict | None:
    """A register of what a meeting did with each matter, one row each (Legistar's "File # | Title | Action |
    Result"): the Title, Action and Result columns."""
    low = [c.strip().lower() for c in cells]
    col = {}
    for i, c in enumerate(low):
        if c in ("title", "subject", "matter", "item title") and "title" not in col:
            col["title"] = i
        elif c in ("action", "action taken", "decision") and "action" not in col:
            col["action"] = i
        elif c in ("result", "outcome", "vote", "vote result") and "result" not in col:
            col["result"] = i
        elif re.match(r"^(?:file|ref|matter)\s*(?:#|no\.?|number)?$", c) and "file" not in col:
            col["file"] = i
    if "title" in col and ("result" in col or "action" in col) and len(col) >= 3:
        return {**col, "register": True}
    return None


_REGISTER_DONE = re.compile(r"^(?:pass|passed|carried|approved|adopted|agreed|accepted|received(?:\s+and\s+filed)?|continued|"
                            r"referred|authori[sz]ed|awarded|ratified|confirmed|granted|deferred|tabled|introduced|"
                            r"approved\s+as\s+amended|adopted\s+as\s+amended)\b", re.I)
_REGISTER_LOST = re.compile(r"^(?:fail|failed|lost|defeated|withdrawn|denied|rejected|no\s+action|presented|noted\s+only)\b", re.I)


def _register_row(ctx: _Ctx, b: Block, cols: dict) -> None:
    """A row of a decisions register: the matter and what was done with it, when it was carried."""
    cells = b.cells or ()

    def cell(k):
        i = cols.get(k)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    title, action, result = cell("title"), cell("action"), cell("result")
    if len(_tokens(title)) < 3 or _REGISTER_LOST.match(result) or _REGISTER_LOST.match(action):
        ctx.note(b.line, None, "a matter not carried")
        return
    if not (_REGISTER_DONE.match(result) or (not result and _REGISTER_DONE.match(action))):
        ctx.note(b.line, None, "a matter with no outcome recorded")
        return
    c = ctx.add("resolution", "register-row", " ".join(x for x in (title, action, result) if x), b)
    if c is not None and cell("file"):
        ctx.register_rows[cell("file")] = c


def _table_row(ctx: _Ctx, b: Block, cols: dict) -> None:
    cells = b.cells or ()

    def cell(k):
        i = cols.get(k)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    text = cell("action")
    if not text or len(_tokens(text)) < 2:
        return
    if _REGISTER_DONE.match(text) or _REGISTER_LOST.match(text) or re.match(r"^(?:recommended|referred|sent|forwarded)\s+(?:for|to)\b", text):
        ctx.note(b.line, None, "an outcome recorded in a history, not a task")
        return
    status = f'{cell("status")} {cell("when")}'.lower()
    if re.search(r"\b(?:complete|completed|closed|done|discharged)\b", status):
        ctx.note(b.line, None, "completed action")
        return
    when = cell("when") or None
    ctx.add("action", "action-table-row", text, b, owner_hint=cell("who") or None, context=when)


_FIGURE_CELL = re.compile(r"^[<>~≈]?\s*[£$]?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|k|m|bn|pp)?$", re.I)


def _figures_only(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(_FIGURE_CELL.match(c.strip()) for c in filled)


def _metric_row(ctx: _Ctx, b: Block) -> None:
    """A performance table's row: a measure and its figures ("Reviews held within timescales | 91% | 93%")."""
    cells = [c.strip() for c in b.cells or () if c.strip()]
    if len(cells) < 2 or not re.search(r"[A-Za-z]{3}", cells[0]) or len(_tokens(cells[0])) < 2:
        return
    figures = cells[1:]
    if not _figures_only(figures):
        return
    m = _METRIC.search(" ".join(figures)) or re.search(r"(?P<cnt>\d[\d,]*)", figures[-1])
    text = " ".join(cells)
    last = figures[-1].replace(",", "")
    num = re.search(r"\d+(?:\.\d+)?", last)
    if num is None or m is None:
        return
    unit = "%" if last.endswith("%") else ("£" if "£" in last else "count")
    ctx.add("metric", "metric-table-row", text, b, metric={"value": float(num.group(0)), "unit": unit, "measure": cells[0]})


_ROW_OWNER = re.compile(r"^(?P<who>[A-Z]{2,4}(?:\s*(?:/|&|,|and)\s*[A-Z]{2,4})*)\b")


def _is_register_header(cells: tuple[str, ...]) -> bool:
    """The header of a tracker of EARLIER recommendations or decisions ("Ref | Recommendation | Made | Response |
    Status"): its rows report progress on items already recorded, they are not new items."""
    low = [c.strip().lower() for c in cells]
    if not low or any(len(c) > 40 for c in low):
        return False
    what = any(re.search(r"\b(?:recommendations?|resolutions?|decisions?)\b", c) for c in low)
    when_made = any(re.search(r"^(?:made|date\s+(?:made|agreed|of\s+(?:meeting|decision))|response|"
                              r"(?:cabinet|executive|officer)\s+response|meeting(?:\s+date)?|original\s+(?:meeting|date))\b", c)
                    for c in low)
    return what and when_made


def _expand_rows(bl: list[Block]) -> list[Block]:
    """A table used for layout (a minutes table of "Points discussed | Action Who/When") is read as text: its
    long cell becomes blocks (split at inline bullets), and its short cell is kept as the row's action note."""
    out: list[Block] = []
    in_action_table = False
    in_register = False
    for b in bl:
        if b.cells is None:
            in_register = False
        elif _is_register_header(b.cells) or in_register:
            in_register = True
            b.register = True  # type: ignore[attr-defined]
            out.append(b)
            continue
        if b.cells is None or _table_columns(b.cells) or _register_columns(b.cells):
            in_action_table = b.cells is not None
            out.append(b)
            continue
        if in_action_table:  # a row under an Action | Who | When header is read by its columns
            out.append(b)
            continue
        cells = [c.strip() for c in b.cells]
        main = max(cells, key=len)
        if (len(main) < 40 or all(title_like(c) or not c for c in cells)
                or _figures_only([c for c in cells if c is not main])):
            out.append(b)  # a heading row, or a measure and its figures
            continue
        # the short cells are the row's action note; a cell that only numbers the row ("7.") is not part of it
        note = " ".join(c for c in cells if c and c is not main and not re.fullmatch(r"\(?[\w.]{1,6}[.)]?", c)) or None
        pieces = [p for p in re.split(r"\s+[•·▪]\s+|\s+(?=(?:ii|iii|iv|v|vi)\.\s)", main) if p.strip()]
        mt = re.match(r"^(?P<t>[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|for|the|to|on|in|-|–)){0,8}?)\s+(?=(?:The|This|These|Members|"
                      r"It|A|An|Councillor|Cllr|Mr|Mrs|Ms|Dr)\s)", pieces[0]) if pieces else None
        if mt and title_like(mt.group("t")) and len(pieces[0]) > len(mt.group(0)) + 20:
            # "Forward Plan The forward plan was noted. ...": the minute's title, run into its text in one cell
            out.append(Block(mt.group("t"), b.lines, None, True))
            pieces[0] = pieces[0][mt.end():]
        row: list[Block] = []
        for p in pieces:
            lab, rest = parse_label(p.strip())
            row.append(Block(rest if lab else p.strip(), b.lines, lab))
        for k, nb in enumerate(row):
            nb.row_note = note  # type: ignore[attr-defined]
            nb.row_first = k == 0  # type: ignore[attr-defined]
            nb.row_last = k == len(row) - 1  # type: ignore[attr-defined]
            nb.row_text = main  # type: ignore[attr-defined]
        out.extend(row)
    return out


def _finish_row(ctx: _Ctx, b: Block, start: int) -> None:
    """Give the actions of a layout-table row the owner and date its action cell names."""
    note = getattr(b, "row_note", None)
    if not note:
        return
    m = _ROW_OWNER.match(note)
    who = re.sub(r"\s*(?:/|&|,)\s*", " and ", m.group("who")) if m else None
    md = _WHO_DASH.match(note)
    if md and not any(c.kind == "action" and similarity(c.text, note) > 0.5 for c in ctx.out[start:]):
        # "ME / ICB - written response", "Board Manager - update forward plan": the action cell is the task itself
        ctx.add("action", "action-table-row", note, b, owner_hint=re.sub(r"\s*(?:/|&|,)\s*", " and ", md.group("who")),
                context=note)
        return
    new = [c for c in ctx.out[start:] if c.kind == "action"]
    if new:
        for c in new:
            if who and not c.owner_hint:
                c.owner_hint = who
            c.context = c.context or note
        return
    if who and not any(c.tracked for c in ctx.out[start:]):
        row = getattr(b, "row_text", b.text)
        lab, rest = parse_label(row)
        row = rest if lab is not None and rest else row  # "8. Need to set up ...": not a sentence "8."
        first = row if len(row) <= 300 else sentences(row)[0]
        text = f"{first} {note}" if re.search(r"\bto\s+[a-z]+", note) else first
        ctx.add("action", "action-table-row", text, b, owner_hint=who, context=note)


# ---- the loop -------------------------------------------------------------------------------------

def _glued_heading(first: str, second: str, label: Label | None = None) -> bool:
    """A short minute heading ("PFC/25/18 Minutes", "7. Exclusion of the Public") on the line above a resolution
    ("Resolved: that ...", "The minutes were APPROVED ...", "Motion by Trustee A, second by ..."), run into one
    paragraph by the layout."""
    if label is not None:
        first = parse_label(first)[1].strip()
        if not first or not (title_like(first) or _short_heading(first)) or not (
                _trigger(second) is not None or _MOTION.match(second) or _INSTRUMENT_PASSED.match(second)):
            return False
        return len(first.split()) <= 10 and not re.search(r"[.;:,]$", first)
    if not first or len(first.split()) > 12 or re.search(r"[.;:,]$|\b(?:and|or|the|that|it|was|were|to|of)$", first, re.I):
        return False
    if not (re.match(r"^(?:[A-Z]{1,6}[/.-]?\d|\d|[A-Z])", first) and (title_like(first) or re.match(r"^\S*\d\S*\s+[A-Z]", first))):
        return False
    if (_trigger(second) is not None or _MOTION.match(second)) and not re.match(r"^(?:Decisions?|DECISIONS?)\b", second):
        return True
    # "ICB/24/114 Joint Forward Plan - 2025/26 refresh", "JC.20 MEMORIAL GARDEN CONSULTATION", "24/25-131 Police report":
    # a minute reference and its title, then the minute's first sentence
    mref = re.match(r"^(?:[A-Z]{1,6}[/.-]\d+(?:[/.-]\d+)*|(?:[A-Z]{1,6}[/.-]?)?\d+[/.-]\d+(?:[/.-]\d+)?)[a-z]?\s+(?P<title>\S.*)$", first)
    if mref and re.match(r"^[A-Z]", second):
        title = mref.group("title")
        return (title_like(title) or _short_heading(title) or title.upper() == title) and not re.search(r"[.;:,]$", title)
    return bool(re.match(r"^The\s+(?:minutes|notes)\b", second) and _MINUTES_RECORD.search(second))


_INLINE_LABEL = re.compile(r"(?:(?<=[.;:])|(?<=;\s(?:and|AND))|(?<=\.\s(?:and|AND)))\s+(?P<lab>\((?P<v>\d{1,2}|[a-z]|[ivx]{1,4})\))\s+(?=\S)")


def _next_label(v: str, w: str) -> bool:
    """``w`` follows ``v`` in one numbering: 1 -> 2, a -> b, i -> ii."""
    if v.isdigit() and w.isdigit():
        return int(w) == int(v) + 1
    romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
    if v in romans and w in romans and romans.index(w) == romans.index(v) + 1:
        return True
    return len(v) == 1 and len(w) == 1 and v.isalpha() and ord(w) == ord(v) + 1


def _split_inline_labels(bl: list[Block]) -> list[Block]:
    """"RESOLVED: (1) That the scorecard be noted. (2) That the Headteacher report ...": numbered decisions written
    in one paragraph are split into one block per label, as if each began its own paragraph."""
    out: list[Block] = []
    for b in bl:
        if b.cells is not None or b.heading:
            out.append(b)
            continue
        text = b.text
        first = b.label.value if b.label is not None else None
        cuts: list[tuple[int, int, str]] = []
        m0 = None
        if first is None:
            m0 = re.search(r"(?:^|[\s:–—-])\((?P<v>1|a|i)\)\s+\S", text)
            first = m0.group("v") if m0 else None
        cur = first
        if b.label is None and m0 is not None and re.search(r"\bto\s*(?::-?|[–—])\s*$", text[:m0.start("v") - 1]):
            # "That Cabinet be RECOMMENDED to: (a) adopt ...; (b) ...": the lead-in stands alone, each lettered verb
            # is one item
            cuts.append((m0.start("v") - 1, m0.start("v") - 1, first))
        for m in _INLINE_LABEL.finditer(text):
            if cur is not None and _next_label(cur, m.group("v")):
                cuts.append((m.start(), m.start("lab"), m.group("v")))
                cur = m.group("v")
        if not cuts:
            out.append(b)
            continue
        prev_end, lab = 0, b.label
        for start, lab_at, _ in cuts:
            out.append(Block(text[prev_end:start].strip(), b.lines, lab, False))
            lab, rest = parse_label(text[lab_at:])
            prev_end = len(text) - len(rest)
        out.append(Block(text[prev_end:].strip(), b.lines, lab, False))
    return out


def _split_section_heads(bl: list[Block], title: str | None = None) -> list[Block]:
    """A heading the reader flagged but that was joined to the paragraph above ("... Monitoring
    Reason(s) for decision:") starts its own block, so the decision above does not swallow it. So does the agenda
    item's own title line ("8. Notice of Motion" + "Councillor B gave notice that ..."), run into its first sentence."""
    out: list[Block] = []
    title = re.sub(r"\s+", " ", title or "").strip()
    for k, b in enumerate(bl):
        if b.cells is None and len(b.lines) >= 2 and (
                _glued_heading(b.lines[0].text.strip(), b.lines[1].text.strip(), b.label)
                or (k == 0 and title and parse_label(b.lines[0].text.strip())[1].strip() == title
                    and re.match(r"^[A-Z]", b.lines[1].text.strip()) is not None)):
            # "PFC/25/18   Minutes" + "Resolved: that the minutes ... be confirmed.": the minute heading stays out of the
            # resolution
            head = b.lines[0].text.strip()
            if b.label is not None:
                head = parse_label(head)[1].strip()
            if head and b.text.startswith(head) and len(b.text) > len(head):
                out.append(Block(head, b.lines[:1], b.label, True))
                b = Block(b.text[len(head):].strip(), b.lines[1:], None, False)
        k = next((i for i, ln in enumerate(b.lines) if i and ln.heading and _REASONS.match(ln.text.strip())), None)
        tail = " ".join(ln.text.strip() for ln in b.lines[k:]) if k else ""
        if not k or b.cells is not None or not b.text.endswith(tail):
            out.append(b)
            continue
        out.append(Block(b.text[: len(b.text) - len(tail)].strip(), b.lines[:k], b.label, b.heading))
        out.append(Block(tail, b.lines[k:], None, True))
    return out


def classify(part: AgendaPart, meeting: MeetingPart, doc: Segmented, trace: list | None = None) -> list[Candidate]:
    """The candidates in one agenda item, in document order."""
    ctx = _Ctx(part, meeting, doc, trace=trace)
    bl = _expand_rows(_split_inline_labels(_split_section_heads(blocks(part.lines), part.title)))
    row_start = 0
    markers = [i for i, b in enumerate(bl) if re.match(r"^(?:Minutes|Decision|Decisions)\s*:", b.text, re.I)
               and not _NOT_DECISION_FIELD.match(b.text)]
    agenda_until = markers[0] if markers and doc.kind != "annual-report" else -1
    table_cols: dict | None = None
    has_trigger = any(_trigger(b.text) for b in bl if b.text)
    margin = _margin_actions(meeting)
    for i, b in enumerate(bl):
        if b.cells is None and b.text:
            rows = _text_action_log(b)
            if rows is not None:
                for row_line, act, who, when in rows:
                    ctx.add("action", "action-table-row", act, Block(act, [row_line]), owner_hint=who, context=when)
                ctx.note(b.line, None, "action log laid out in spaces")
                continue
            if margin:
                mm = _MARGIN_WHO.search(b.text)
                if mm and not b.heading:
                    before = len(ctx.out)
                    b = Block(b.text[:mm.start()].rstrip(), b.lines, b.label, b.heading, b.cells)
                    table_cols = _step(ctx, bl, i, b, agenda_until, has_trigger, table_cols)
                    who = _join_initials(mm.group("who"))
                    new = [c for c in ctx.out[before:] if c.kind != "metric"]
                    if new and any(c.kind in ("resolution", "recommendation", "action") for c in new):
                        for c in new:
                            if c.owner_hint is None and c.tracked:
                                c.owner_hint = who
                    else:
                        # the paragraph the initials stand against is the action, whatever its wording
                        ctx.out[before:] = [c for c in ctx.out[before:] if c.kind == "metric"]
                        body = re.sub(r"^(?:[A-Z][A-Z’'&,/()-]+\s+){1,8}?(?=[A-Z]{2,4}\s+[a-z]|[A-Z][a-z])", "", b.text, count=1)
                        hint = who or next((c.owner_hint for c in new if c.owner_hint), None)
                        ctx.add("action", "action-marker", body, b, owner_hint=hint)
                    continue
        if getattr(b, "row_first", False):
            row_start = len(ctx.out)
        if getattr(b, "row_last", False):
            _step(ctx, bl, i, b, agenda_until, has_trigger)
            _finish_row(ctx, b, row_start)
            continue
        table_cols = _step(ctx, bl, i, b, agenda_until, has_trigger, table_cols)
    if ctx.lst is not None:
        _close_list(ctx)
    if ctx.motion is not None:
        _motion_goes_on(ctx, bl[-1], "")
    return _dedupe(_continuation_clauses(_motions_before_resolved(ctx.out)))


# Canadian resolutions: "THAT Council receive the report; AND THAT the tender be awarded ...; AND FURTHER THAT the
# Mayor and Clerk be authorized to sign": one decision per clause, without the movers and the vote around them
_AND_THAT = re.compile(r"[;,.]?\s+AND\s+(?:FURTHER\s+|FINALLY\s+|ALSO\s+)?THAT\b[\s:,]*|"
                       r"[;.]\s+And\s+(?:further\s+|finally\s+|also\s+)?that\b[\s:,]*")
_MOVERS_HEAD = re.compile(r"^.*?\b(?:Moved|MOVED)\s+by\b.*?\b(?:Seconded|SECONDED)\s+by\b.*?(?=\b(?:THAT|That)\b)", re.S)
_VOTE_TAIL = re.compile(r"[\s.;]*\b(?:CARRIED|Carried|DEFEATED|LOST)\b.*$", re.S)


def _continuation_clauses(cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in cands:
        if c.kind != "resolution" or not (re.search(r"\bTHAT\b", c.text) or _AND_THAT.search(c.text)
                                          or _MOVERS_HEAD.match(c.text)):
            out.append(c)
            continue
        body = _MOVERS_HEAD.sub("", c.text, count=1)
        body = _VOTE_TAIL.sub("", body) if body != c.text else body
        parts = [p for p in _AND_THAT.split(body) if p.strip()]
        if body == c.text and len(parts) < 2:
            out.append(c)
            continue
        for p in parts:
            p = _clean(re.sub(r"^(?:THAT|That)\b\s*", "", p.strip()))
            if not p:
                continue
            that = "THAT" if re.search(r"\bTHAT\b", body) else "That"
            p = f"{that} {p}" if not p.upper().startswith("THAT") else p
            out.append(replace(c, text=p, tracked=is_tracked(p), quote=p))
    return out


_FORMAL = ("resolved-list", "resolved-inline", "resolved-unlabelled", "recommend-to", "recommended-list")


def _motions_before_resolved(cands: list[Candidate]) -> list[Candidate]:
    """UK minutes record the vote, then the decision: "It was proposed by Cllr A and seconded by Cllr B that the
    recommendation be approved. On being put to the vote the motion was carried." followed by "RESOLVED that ...".
    The motion and the RESOLVED are one decision: the formal RESOLVED is kept, the motion just before it dropped."""
    out = []
    for i, c in enumerate(cands):
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if (c.rule == "motion-carried" and nxt is not None and nxt.rule in _FORMAL and nxt.group != c.group
                and re.search(r"\b(?:proposed|moved)\b", c.text, re.I) and re.search(r"\bseconded\b", c.text, re.I)):
            continue
        out.append(c)
    return out


# ---- action logs written with spaces, and right-margin ACTION columns ----------------------------------

_LOG_ACTION = re.compile(r"\b(?:Action|Actions|Task|Description)\b")
_LOG_WHO = re.compile(r"\b(?:Lead|Owner|Who|By\s+whom|Responsible|Officer)\b")
_LOG_WHEN = re.compile(r"\b(?:Due|When|Deadline|Target|Date|By\s+when|Timescale)\b")
_LOG_ROLE = (r"(?:[A-Z][\w&’'-]*\s+){0,3}?(?:Master|Clerk|Manager|Officer|Director|Head|Chair|Chairman|Treasurer|Secretary|"
             r"Lead|Team|Engineer|Mayor|Leader|Solicitor|Coordinator|Co-ordinator|Advisor|Adviser)"
             r"(?:\s+(?:of|for)(?:\s+(?:the\s+)?[A-Z][\w&’'-]*){0,3}|\s+(?:of|for|and))?")
_LOG_WHO_CELL = rf"(?P<who>[A-Z]{{2,4}}(?:\s*[/&,]\s*[A-Z]{{2,4}})*|{_LOG_ROLE})"
_LOG_WHEN_CELL = (r"(?P<when>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?|"
                  r"[A-Z][a-z]{2,8}\.?\s+\d{4}|(?:Next|Future)\s+(?:\w+\s+)?meeting|TBC|Ongoing|Q[1-4](?:\s+\d{4}(?:/\d\d)?)?|"
                  r"[Ww]ithin\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s+(?:working\s+)?(?:days?|weeks?|months?))?)")
# the end of a cell wrapped onto the row's next line: "weeks" of "Within six / weeks", "Estates" of "Head of / Estates"
_LOG_WHEN_TAIL = re.compile(r"\s+(?P<tail>(?:working\s+)?(?:days?|weeks?|months?))$")
_LOG_WHO_TAIL = re.compile(r"\s+(?P<tail>(?:the\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,2})$")
_LOG_ROW = re.compile(rf"^(?P<refs>(?:\S*\d\S*\s+){{0,3}})(?P<act>.+?)\s+{_LOG_WHO_CELL}\s+{_LOG_WHEN_CELL}"
                      r"(?:\s+(?P<status>[A-Z][\w -]{1,25}))?$")


def _text_action_log(b: Block) -> list | None:
    """An action log whose columns were spaces ("No. Minute Action Lead Due Status" then rows "24/044 ICB/24/112
    Circulate the ... OB 13/12/2024 Open" with wrapped lines): one (line, action, who, when) per open row; None when
    the block is not such a log."""
    lines = b.lines
    if len(lines) < 2:
        return None
    head = lines[0].text.strip()
    if not (len(head.split()) <= 10 and not re.search(r"[.;:,]$", head) and _LOG_ACTION.search(head)
            and _LOG_WHO.search(head) and _LOG_WHEN.search(head)):
        return None
    rows: list = []
    for ln in lines[1:]:
        m = _LOG_ROW.match(ln.text.strip())
        if m:
            rows.append([ln, m.group("act"), m.group("who"), m.group("when"), m.group("status") or ""])
        elif rows:
            rest = ln.text.strip()
            last = rows[-1]
            if re.fullmatch(r"[Ww]ithin\s+\S+", last[3]):  # "Within six" + "weeks" on the next line
                mt = _LOG_WHEN_TAIL.search(" " + rest)
                if mt:
                    last[3] += " " + mt.group("tail")
                    rest = rest[:len(rest) - len(mt.group("tail"))].strip()
            if re.search(r"\s(?:of|for|and)$", last[2]):  # "Head of" + "Estates"
                mt = _LOG_WHO_TAIL.search(" " + rest)
                if mt:
                    last[2] += " " + mt.group("tail")
                    rest = rest[:len(rest) - len(mt.group("tail"))].strip()
            if rest:
                last[1] += " " + rest
        else:
            return None
    if not rows:
        return None
    return [(ln, act, _join_initials(who), when) for ln, act, who, when, status in rows
            if not re.search(r"\b(?:closed|complete|completed|done|discharged)\b", status, re.I)]


# "... at the next meeting.      SN": the initials in a right-hand ACTION column, read as the line's last word
_MARGIN_WHO = re.compile(r"(?<=[.)])\s+(?P<who>[A-Z]{2,4}(?:\s*[/&]\s*[A-Z]{2,4})*|ALL|All)\s*$")


def _join_initials(who: str) -> str | None:
    """"DR/JP/HM" -> "DR, JP and HM"; "ALL" -> None (the text says who "all" are)."""
    if who.upper() == "ALL":
        return None
    parts = re.split(r"\s*[/,&]\s*", who)
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def _margin_actions(meeting: MeetingPart) -> bool:
    """The minutes have a right-hand ACTION column: a line that is only "ACTION" (or "Action by") above the items."""
    for part in meeting.agenda[:3]:
        for ln in part.lines[:60]:
            if re.fullmatch(r"\s*(?:ACTIONS?|Actions?|ACTION\s+BY|Action\s+by|WHO|Who)\s*", ln.text):
                return True
    return False


def _short_heading(text: str) -> bool:
    """A short heading in sentence case: "Our priorities for 2025/26", "Looking ahead to 2026"."""
    return (len(text.split()) <= 10 and text[:1].isupper() and not re.search(r"[.;,:]$", text)
            and not re.search(r"\b(?:was|were|is|are|has|have|had|will|would)\b", text))


def _lead_in_doer(text: str, doc) -> str | None:
    """The doer of a priorities lead-in ("The Board will, during ...:", "Over the year the Service will:"): the
    body named, completed from the document's title ("Board" -> "Corporate Parenting Board")."""
    m = re.match(r"^(?:[^:]*?,\s*|[^:]*?\s(?=(?:the|our)\s))?(?:The\s+|the\s+|Our\s+|our\s+)?(?P<who>(?:[A-Z][\w&’'-]*\s+){0,5}?(?:Board|Services?|Team|Panel|"
                 r"Partnership|Group|Committee|Forum|service|team|board|panel|partnership|group))\s+(?:will|aims?|plans?|intends?|is\s+to|shall)\b",
                 text)
    title = " ".join(filter(None, (getattr(doc, "title", None), getattr(doc, "service", None))))
    mof = re.match(r"^(?:The|Our|Its|Their)\s+(?:key\s+|main\s+|top\s+)?(?:priorities|aims|objectives|goals)\s+of\s+(?:the\s+)?"
                   r"(?P<who>[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|and|&|of|for)){0,5}?)\s+for\b", text)
    if mof:
        return mof.group("who")  # "The priorities of the Virtual School for April 2025 to March 2026 were to:"
    if not m:
        # "Over the year April 2025 to March 2026 scrutiny will:": the body of the report's title that the word names
        mw = re.search(r"(?:^|[.,:;]\s+|\b(?:year|period|months?|\d{4})\s+)(?P<w>[A-Za-z][a-z]{3,})\s+will\s*[:\-–—]+\s*$", text)
        if not mw or mw.group("w").lower() in ("we", "they", "this", "that", "it", "which", "who"):
            return None
        full = re.search(rf"\b((?:[A-Z][\w’'-]*\s+(?:(?:and|&)\s+)?){{0,4}}(?i:{re.escape(mw.group('w'))})\s+"
                         r"(?:Committee|Board|Panel|Service|Team|Partnership|Group|Forum))\b", title)
        return full.group(1) if full else None
    who = m.group("who")
    if who.split()[0][:1].isupper() and who.split()[0].isupper() and len(who.split()) <= 3:
        return who  # "the IRO service will:": the owner as written, not expanded from the title
    if " " not in who:
        full = re.search(rf"\b((?:[A-Z][a-z][\w&’'-]*\s+(?:(?:and|&)\s+)?){{1,2}}{re.escape(who)})\b", title)
        if full:
            return full.group(1)
    return who


def _step(ctx: _Ctx, bl: list[Block], i: int, b: Block, agenda_until: int, has_trigger: bool,
          table_cols: dict | None = None) -> dict | None:
    """Read one block: skip it, feed it to a decision list, or apply the rules."""
    doc, meeting = ctx.doc, ctx.meeting
    text = b.text
    if not text and b.label is None:
        return table_cols
    # agenda text before a "Minutes:"/"Decision:" marker is the request, not the outcome
    if i < agenda_until:
        ctx.note(b.line, None, "agenda text")
        return table_cols
    if b.cells is None and _NOT_YET.match(text):
        # a ModernGov page published before the meeting: "Decision: Awaiting decision", "Minutes: Minutes of this
        # item will be published after they have been approved at the next meeting."
        if ctx.lst is not None:
            _close_list(ctx)
        ctx.note(b.line, None, "placeholder: nothing decided yet")
        return table_cols
    if b.cells is not None and getattr(b, "register", False):
        ctx.note(b.line, None, "a tracker of earlier recommendations (not new items)")
        return None
    if b.cells is not None:
        cols = _table_columns(b.cells) or _register_columns(b.cells)
        if cols:
            table_cols = cols
            ctx.note(b.line, None, "decisions register header" if cols.get("register") else "action table header")
        elif table_cols and table_cols.get("register"):
            _register_row(ctx, b, table_cols)
        elif table_cols:
            _table_row(ctx, b, table_cols)
        else:
            _metric_row(ctx, b)
        return table_cols
    table_cols = None
    if re.match(r"^Minutes\s*:\s*$", text, re.I):
        ctx.note(b.line, None, "minutes marker")
        return table_cols
    m_inline = re.match(r"^Minutes\s*:\s*(?P<rest>.+)$", text, re.I)
    if m_inline:
        text = m_inline.group("rest")
        b = Block(text, b.lines, b.label, b.heading, b.cells)
    if _RECITAL.match(text) and ctx.lst is None:
        ctx.note(b.line, None, "a recital (WHEREAS ...): why, not what, is resolved")
        return table_cols
    if b.cells is None and re.search(r"\b(?:agreed|resolved|decided|RESOLVED|AGREED)\b[^.]{0,100}\b(?:responses?|comments?|"
                                     r"observations?|following)\b", text):
        ctx.responses_agreed = True  # "The Council considered the following applications and agreed the responses:"
    if b.cells is None and _PLANNING_REF.match(text) and _PLANNING_RESPONSE.search(text) and (
            ctx.responses_agreed or re.search(r"\b(?:Council|Committee)\s+(?:objects?|supports?|has\s+no|raises?\s+no)\b", text)):
        # a town or parish council's response to a planning application: "25/0311/FUL, 7 Orchard Rise - rear
        # extension. No objection."
        ctx.add("resolution", "planning-response", text, b, tracked=False)
        return table_cols
    # quotations: a motion as moved, a resolution of an earlier meeting
    if ctx.quote and b.heading and not _QUOTE_CLOSE_END.search(text):
        ctx.quote = False  # a quotation never runs past the next heading
    if ctx.quote or _quotation(text):
        whole = not ctx.quote and bool(_QUOTE_CLOSE_END.search(text))
        ctx.quote = not _QUOTE_CLOSE_END.search(text) if ctx.quote else _quote_opens(text)
        inner = text.strip().strip('"“”').strip()
        mo = _OPERATIVE.search(inner) if whole and not re.match(r"^That\b", inner) else None
        # "\"This Council notes that ... Council resolves to provide ...\"": what it resolves is the decision
        ctx.quoted_motion = ((inner, len(ctx.out)) if whole and re.match(r"^That\b", inner)
                             else (inner[mo.start():], len(ctx.out)) if mo else None)
        ctx.note(b.line, None, "quoted text")
        return table_cols
    if ctx.proposal is not None:
        plab = ctx.proposal if isinstance(ctx.proposal, Label) else None
        same = (b.label is not None and plab is not None and b.label.wrap == plab.wrap
                and set(b.label.kinds()) & set(plab.kinds()))
        if not same and not _trigger(text) and (b.label is not None or (not re.match(r"^[A-Z][a-z]", text) or title_like(text))):
            ctx.note(b.line, None, "motion as proposed")
            ctx.prev_block_text = sentences(text)[-1] if text else ctx.prev_block_text  # what an "Agreed." below answers
            return table_cols
        ctx.proposal = None
    if b.heading:
        ctx.prev_heading = text
    if _REPORT_REC.match(text):
        if ctx.lst:
            _close_list(ctx)
        ctx.report_rec = True
        ctx.note(b.line, None, "a report's recommendation (not the decision)")
        return table_cols
    if ctx.report_rec:
        if b.label is not None or re.match(r"^That\b", text):
            ctx.note(b.line, None, "a report's recommendation (not the decision)")
            return table_cols
        ctx.report_rec = False
    if _REASONS.match(text):
        if ctx.lst:
            _close_list(ctx)
        ctx.after_reasons = doc.kind == "decision"
        ctx.note(b.line, None, "end of the decision")
        return table_cols
    if re.match(r"^(?:Supporting|Background)\s+(?:documents|papers)\s*:?$", text, re.I):
        if ctx.lst:
            _close_list(ctx)
        return table_cols
    if (ctx.priority_head and b.label is None and text.rstrip().endswith((":", ":-")) and ctx.lst is None
            and (doc.kind == "annual-report" or _trigger(text) is None)
            and re.search(r"\bpriorit|\bobjectives\b|\baims\b|\bgoals\b|\bplan\b|\bprogramme\b", text, re.I)):
        # "The Authority agreed the following priorities for the year April 2026 to March 2027, which form our
        # Business Plan:" under a priorities heading: the lead-in to the priorities, not a list of decisions
        if period_end(text):
            ctx.priority_head = f"{text} {ctx.priority_head}"
        ctx.priority_doer = _lead_in_doer(text, doc) or ctx.priority_doer
        ctx.note(b.line, None, "introduction to the priorities")
        return table_cols
    if _PROPOSED_SECONDED.search(text) and _MOTION_LEAD_IN.search(text) and not _MOTION_FAILED.search(text):
        # "COUNCIL RESOLUTION 2025/061 Moved: Cr A  Seconded: Cr B  That Council:" + "1. Receives ... 2. Requests ...":
        # the numbered items are the decisions, the lead-in is not one
        if ctx.lst is not None:
            _close_list(ctx)
        _open_list(ctx, _Trigger("resolution", "resolved-list", "", True, False, ""), b)
        return table_cols
    trig = _trigger(text)
    if trig is not None and doc.kind == "other" and re.match(r"^(?:[A-Z][\w’'-]*\s+){0,3}?RECOMMEND(?:ED|ATIONS?)\b", text):
        # an agenda or a report: "RECOMMENDED that the Authority approves ..." is what the report asks the meeting to
        # decide, not a decision
        if ctx.lst is not None:
            _close_list(ctx)
        ctx.report_rec = trig.intro
        ctx.note(b.line, None, "a report's recommendation (not the decision)")
        return table_cols
    if ctx.lst is not None and trig is not None and not trig.intro and b.label is not None and ctx.lst.items \
            and ctx.lst.items[-1].label is not None and _continues(ctx.lst, b.label):
        trig = None  # "2. Agreed that ..." / "(ii) NOTED ...": the next item of a decision list written as a past-tense verb
    if ctx.lst is not None and trig is None and _list_step(ctx, b):
        return table_cols
    if ctx.lst is not None:
        _close_list(ctx)
    if _MOVERS_LINE.match(text):
        ctx.movers_at = i
        ctx.note(b.line, None, "the mover and seconder of the motion below")
        return table_cols
    if trig is None and ctx.movers_at is not None and 0 < i - ctx.movers_at <= 2 and re.match(r"^That\b", text):
        # "COUNCIL RESOLUTION 2025/143" / "Moved: Cr A  Seconded: Cr B" / "That Council receives the report." / "CARRIED"
        ctx.movers_at = None
        if text.rstrip().endswith((":", ":-")):
            _open_list(ctx, _Trigger("resolution", "resolved-list", "", True, False, ""), b)
        else:
            _open_motion(ctx, ctx.add("resolution", "motion-carried", text, b))
        return table_cols
    if ctx.motion is not None and re.match(r"^(?:LOST|Lost|DEFEATED|Defeated|NOT\s+CARRIED|FAILED|Failed)\b", text):
        if ctx.motion in ctx.out:
            ctx.out.remove(ctx.motion)
        ctx.motion = None
        ctx.note(b.line, None, "the motion above was lost")
        return table_cols
    if trig is not None:
        if trig.intro:
            _open_list(ctx, trig, b)
            # "RESOLVED – that (A) the report be received; and": the first item is on the trigger line
            lab, rest = parse_label(trig.rest)
            if lab is not None and rest:
                _list_step(ctx, Block(rest, b.lines, lab))
            return table_cols
        ctx.group += 1
        kind = trig.kind
        rule = trig.rule
        if kind == "resolution" and _RECOMMEND_SENT.search(trig.rest):
            kind, rule = "recommendation", "recommend-to"
        lab, rest = parse_label(trig.rest)
        if lab is not None and rest:
            _open_list(ctx, _Trigger(kind, "resolved-list", "", True, False, trig.prefix, trig.owner_to), b)
            _list_step(ctx, Block(rest, b.lines, lab))
            return table_cols
        body = trig.rest
        if (len(_tokens(body)) <= 3 and ctx.prev_block_text and not ctx.prev_produced
                and re.match(r"^(?:no\s+objections?|(?:to\s+)?object|objection|approved|agreed|refused|granted|(?:not\s+)?supported|"
                             r"support|deferred|noted|carried|accepted|no\s+comments?|comments?\s+as\s+above)\b", body, re.I)):
            # "Resolved: no objection." answers the application (or motion) written just above it
            body = f"{ctx.prev_block_text} {text}"
        ctx.add(kind, rule, body, b, owner_hint=trig.owner_to,
                label=b.label.value if b.label and b.label.wrap != "bullet" else None)
        return table_cols
    if _PROPOSAL.search(text):
        ctx.proposal = b.label if b.label is not None else True
        ctx.note(b.line, None, "a motion or amendment as proposed (its outcome is recorded separately)")
        ctx.prev_block_text = sentences(text)[-1]
        return table_cols
    # work programme / priorities
    nxt = bl[i + 1] if i + 1 < len(bl) else None
    # "5. Priorities for April 2024 – March 2025": a numbered section heading
    numbered_head = (b.label is not None and (b.label.wrap == "multi" or b.label.kinds() == ("decimal",))
                     and (title_like(text) or _short_heading(text)) and _PRIORITY_HEAD.search(text) is not None)
    heading_like = b.heading or numbered_head or (b.label is None and (
        title_like(text) or (text.endswith(":") and len(text) < 160)
        or (len(text.split()) <= 8 and not re.search(r"[.;,]$", text) and nxt is not None and nxt.label is not None)
        # "Looking ahead: our priorities for 2026/27" in sentence case, above its lead-in and list
        or (len(text.split()) <= 10 and not re.search(r"[.;,]$", text) and _PRIORITY_HEAD.search(text) is not None
            and re.search(r"\bpriorit|\blooking\s+(?:ahead|forward)|\bcoming\s+year|\byear\s+ahead|\bwork\s+programme", text, re.I)
            and not _ACTION_MARK.match(text))))
    if heading_like:
        lead = _PRIORITY_LEAD.search(text) is not None
        if (_PRIORITY_HEAD.search(text) or lead) and not _NOT_PRIORITY_HEAD.search(text):
            # a sub-heading ("Strategic Aims:") keeps the period of the heading above it ("Looking to 2025")
            if ctx.period_head and not re.search(r"(?:19|20)\d\d", text) and i - ctx.period_head[0] <= 4:
                text = f"{ctx.period_head[1]} {text}"
            if re.search(r"(?:19|20)\d\d", text):
                ctx.period_head = (i, text)
            ctx.priority_head = text
            ctx.priority_doer = ctx.priority_label = None
            if lead:
                ctx.priority_doer = _lead_in_doer(text, doc)
            ctx.note(b.line, None, "priorities heading")
            return table_cols
        if ctx.priority_head and not text.endswith(":") and len(text) < 80:
            ctx.priority_head = None
        elif ctx.priority_head and text.endswith((":", ":-")):
            # "The Board will, during April 2025 - March 2026:": the lead-in's period and doer apply to the list
            if period_end(text):
                ctx.priority_head = f"{text} {ctx.priority_head}"
            ctx.priority_doer = _lead_in_doer(text, doc)
        if b.label is None and len(text) < 80 and not _trigger(text):
            ctx.note(b.line, None, "heading")
            return table_cols
    if (ctx.priority_head and b.label is not None and ctx.priority_label is not None
            and ((b.label.wrap, b.label.kinds()) != ctx.priority_label or ctx.priority_punct)
            and (title_like(text) or (len(text.split()) <= 8 and not re.search(r"[.;,:]$", text)))):
        ctx.priority_head = ctx.priority_label = None  # "7. How we will measure progress": the next section
        ctx.note(b.line, None, "heading")
        return table_cols
    if ctx.priority_head and b.label is not None and text.endswith((":", ":-")) and len(_tokens(text)) <= 12:
        ctx.note(b.line, None, "introduction to the priorities")  # "5.1 Over the next year the service will:"
        ctx.priority_doer = _lead_in_doer(text, doc) or ctx.priority_doer
        return table_cols
    if (ctx.priority_head and b.label is not None and ctx.priority_label is not None
            and (b.label.wrap != ctx.priority_label[0] or not set(b.label.kinds()) & set(ctx.priority_label[1]))
            and not _PRIORITY_VERB.match(text)):
        ctx.priority_head = ctx.priority_label = None  # "6.2 Progress against these priorities will be reported ...": after them
    if ctx.priority_head and b.label is not None:
        owner = None
        mo = re.match(rf"^(?P<who>(?:The\s+)?(?:(?:[A-Z][\w&’'-]*|&|and)\s+){{1,6}}(?:Task Group|Group|Team|Board|Service|Panel|Committee))"
                      r"\s*(?::|to\b|will\b|shall\b|(?:is|are)\s+to\b|plans?\s+to\b|aims?\s+to\b)", text)
        if mo:
            owner = re.sub(r"^The\s+", "", mo.group("who"))
        if ctx.priority_label is None:
            if ctx.priority_doer is None and ctx.prev_block_text and ctx.prev_block_text.endswith((":", ":-")):
                ctx.priority_doer = _lead_in_doer(ctx.prev_block_text, doc)  # "... Over the year scrutiny will:"
            ctx.priority_label = (b.label.wrap, b.label.kinds())
            ctx.priority_punct = bool(re.search(r"[.;]$", text))  # items end in a stop; a heading does not
        ctx.add("priority", "priority-list", text, b, owner_hint=owner or ctx.priority_doer or doc.service or meeting.committee,
                context=ctx.priority_head, label=b.label.value if b.label.wrap != "bullet" else None)
        return table_cols
    if ctx.priority_head and b.label is None and ctx.priority_label is None and ctx.priority_head.rstrip().endswith((":", ":-")) \
            and _PRIORITY_VERB.match(text) and len(text) < 400:
        # "The priorities for April 2025 to March 2026 were to:" + one line per priority, no bullets printed
        ctx.add("priority", "priority-list", text, b, owner_hint=ctx.priority_doer or doc.service or meeting.committee,
                context=ctx.priority_head)
        return table_cols
    # decision pages with no trigger printed
    if (doc.kind == "decision" and not has_trigger and not ctx.after_reasons and (b.label is not None or re.match(r"^That\b", text))
            and _reads_as_decision(text)):
        _open_list(ctx, _Trigger("resolution", "decision-page-list", "", True, False, ""), b)
        ctx.lst.confidence = RULE["decision-page-list"].confidence
        if not _list_step(ctx, b):
            _close_list(ctx)
        return table_cols
    if b.label is not None and b.label.wrap != "bullet" and not _ACTION_MARK.match(text):
        ctx.item_text = f"{b.label.raw} {text}"
    _prose(ctx, b)
    ctx.prev_block_text = sentences(text)[-1] if text else None
    return table_cols


_PRIORITY_VERB = re.compile(
    r"^(?:Improve|Reduce|Extend|Launch|Develop|Deliver|Increase|Introduce|Review|Establish|Ensure|Strengthen|Embed|Expand|"
    r"Implement|Continue|Support|Promote|Create|Build|Raise|Publish|Complete|Recruit|Roll\s+out|Undertake|Achieve|"
    r"Maintain|Provide|Produce|Tackle|Focus|Monitor|Refresh|Co-produce|Transform|Enhance|Bring|Open|Secure|Adopt)\s+[a-z]")


_QUOTE_CLOSE_END = re.compile(r"[”\"’]\.?\s*$")


def _quote_opens(text: str) -> bool:
    """A block that opens a quotation and does not close it (the quotation goes on in the next blocks)."""
    if text.startswith("“"):
        return text.count("”") < text.count("“")
    if text.startswith('"'):
        return text.count('"') % 2 == 1
    if text.startswith("‘"):
        return not re.search(r"’(?![A-Za-z])", text[1:])
    return False


def _quotation(text: str) -> bool:
    """Quoted text (a motion as moved, a resolution of an earlier meeting): a block that starts with a quote
    mark and is quoted as a whole or opens a quotation. A block that only starts with a quoted name
    ("“My Review” leaflet – achieved.") is not a quotation."""
    if not text.startswith(("“", '"', "‘")) or len(text) < 3:
        return False
    return bool(_QUOTE_CLOSE_END.search(text)) or _quote_opens(text)


def _names_in(text: str) -> set[str]:
    """Capitalised words inside a text (not its first word): the people, bodies and places it is about."""
    words = re.findall(r"(?<=\s)[A-Z][\w’'-]+", text)
    return {w.lower() for w in words if w.lower() not in _STOP}


def _different_names(a: str, b: str) -> bool:
    """Two decisions worded alike about different people or things ("That Mr Phillips be elected as Chairman ...",
    "That Mr Tuthill be elected as Vice-Chairman ..."): each names someone the other does not."""
    na, nb = _names_in(a), _names_in(b)
    return bool(na - nb) and bool(nb - na)


def _request_and_its_resolution(a: Candidate, b: Candidate) -> bool:
    """"Members asked to see the results for each diffusion tube site." then "(2) That the Environmental Protection
    Manager circulate the diffusion tube results for every site ...": the request the resolution makes formal."""
    def is_request(c: Candidate) -> bool:
        return c.rule in ("requested", "asked-to") or (c.rule == "agreement-confirmed" and bool(_REQUESTED.search(c.text)))

    def is_formal(c: Candidate) -> bool:
        return c.kind == "resolution" and c.tracked and (c.rule.startswith("resolved") or c.rule in (
            "decision-page-list", "motion-carried", "motion-amended"))

    req, res = (a, b) if is_request(a) and is_formal(b) else (b, a) if is_request(b) and is_formal(a) else (None, None)
    if req is None:
        return False
    tq, tr = Counter(_tokens(req.text)), Counter(_tokens(res.text))
    common = {w for w in tq if w in tr and len(w) > 3 and w not in ("members", "that", "report", "asked", "requested")}
    return len(common) >= 3 and len(common) / len(set(tq)) >= 0.3


def _motion_and_its_resolution(a: Candidate, b: Candidate) -> bool:
    """"Mr Gough proposed, and Mr Brady seconded that Mr Cooke be elected to chair the meeting." then "RESOLVED that
    Mr Cooke be elected to chair the meeting.": the motion holds every word of the resolution, plus the movers."""
    rules = {a.rule, b.rule}
    if "motion-carried" not in rules or not any(r.startswith("resolved") for r in rules):
        return False
    motion, res = (a, b) if a.rule == "motion-carried" else (b, a)
    tr, tm = Counter(_tokens(res.text)), Counter(_tokens(motion.text))
    return sum(tr.values()) >= 3 and sum((tr & tm).values()) / sum(tr.values()) >= 0.8


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """The same decision printed twice (a Decision field and the minutes; a motion and its resolution): keep
    the better-sourced one. Items of one list are never merged with each other."""
    keep: list[Candidate] = []
    for c in sorted(cands, key=lambda c: -c.confidence):
        dup = False
        for k in keep:
            if k.group == c.group or (k.kind == c.kind == "metric" and k.rule != c.rule):
                continue  # a table's figures and the sentence that comments on them are both kept
            sim = similarity(k.text, c.text)
            if ((sim >= 0.75 and ({k.kind, c.kind} <= {"resolution", "recommendation"})) or sim >= 0.85) \
                    and not _different_names(k.text, c.text):
                dup = True
                break
            if _request_and_its_resolution(k, c):
                if c.kind == "resolution" and c.rule != "agreement-confirmed":
                    keep[keep.index(k)] = c
                dup = True
                break
            if _motion_and_its_resolution(k, c):
                if c.rule.startswith("resolved"):  # keep the formal RESOLVED, drop the motion that led to it
                    keep[keep.index(k)] = c
                dup = True
                break
        if not dup:
            keep.append(c)
    order = {id(c): i for i, c in enumerate(cands)}
    keep.sort(key=lambda c: order[id(c)])
    return keep
