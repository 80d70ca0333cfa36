"""Who must act on an item, as written, and the same owner under the knowledge base's aliases.

An owner is read, never guessed: the body a recommendation is made to ("recommend to Cabinet that"), the
officer a power is delegated to, the subject of "That the Head of Planning bring a report", the agent of
"to be maintained by the scrutiny team", initials in "PW to circulate", a Who column, or the officer who gave
a promise in the discussion. The meeting's own body is not the owner of its decisions unless it will itself
act. Spellings that look like one owner are *proposed* to the clerk (:func:`propose_aliases`), never merged.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

_ROLE_WORD = (r"(?:Vice-Chair(?:man)?|Officers?|Director|Directors|Manager|Managers|Head|Heads|Clerk|Chair|Chairman|Chairwoman|Leader|Lead|"
              r"Members|Councillors?|Cllr|Commissioner|Auditor|Advisor|Adviser|Team|team|Service|service|Services|"
              r"Secretary|Executive|Solicitor|Treasurer|Engineer|Planner|Cabinet|Council|Committee|Panel|Board|Group|"
              r"Forum|Partnership|Authority|Commission|IROs?|Governors|Trustees|WG|Coordinator|Co-ordinator|Assistant|Mayor|Reeve)")
_NAME = r"(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.?\s?)*[A-Z][\w’'-]+)"
_PHRASE = rf"(?:(?:the|The)\s+)?(?:[\w&’'/-]+\s+){{0,8}}?{_ROLE_WORD}(?:\s+(?:for|of)\s+(?:[A-Z&][\w&’'-]*\s*)+)?"
_PERSONISH = re.compile(rf"^(?:{_PHRASE}|{_NAME}|[A-Z]{{2,4}}(?:\s*(?:/|&|and|,)\s*[A-Z]{{2,4}})*)$")

_DELEGATE = re.compile(
    r"\b(?i:delegat\w*|remit(?:s|ted)?)\s+(?:[\w ,]{0,80}?\s)??(?:authority\s+)?to\s+(?:the\s+)?(?P<who>[A-Z][\w’'& -]+?)"
    r"(?=,|\s+in\s+consultation|\s+to\b|\s+\(|\s+after\b|\.|;|$)")
# "request the County Executive Officer to analyse ...", "asks the Leader to write ...", "direct the City Manager to"
_ASK_VERB = (r"(?i:request|requests|requested|requesting|ask|asks|asked|asking|direct|directs|directed|directing|instruct|"
             r"instructs|instructed|instructing|invite|invites|invited|inviting|authori[sz]e|authori[sz]es|authori[sz]ed|"
             r"authori[sz]ing|empower|empowers|empowered|call\s+on|calls\s+on|called\s+on|task|tasks|tasked)")
_ASK_TO = re.compile(rf"\b{_ASK_VERB}\s+"
                     r"(?:the\s+)?(?P<who>[A-Z][\w’'&-]*(?:\s+(?:[A-Z&][\w’'&-]*|of|for|and))*?)\s+to\s+[a-z]+")
# the object of a request verb that is not a capitalised title: "asks the Fund's investment consultant to present",
# "directed staff to report back", "asked licensing officers to carry out"
_ASK_TO_LOWER = re.compile(rf"\b{_ASK_VERB}\s+(?:the\s+|all\s+)?(?P<who>(?:[A-Z][\w’'&-]*\s+)?(?:[a-z][\w’'-]*\s+){{0,3}}?"
                           r"(?:officers?|staff|consultants?|advisers?|advisors?|officials?|auditors?|manager|clerk|"
                           r"team|colleagues|partners|members))\s+to\s+[a-z]+")
_RECOMMEND_TO = re.compile(r"\b(?i:recommend(?:s|ed|ation)?)\s+to\s+(?:the\s+)?(?P<who>[A-Z][\w’'& ]+?)\s+that\b")
_BY_AGENT = re.compile(
    r"\b(?:maintained|prepared|undertaken|led|produced|carried\s+out|rectified|delivered|provided|presented|reviewed|"
    r"contacted|written\s+to|notified|informed|consulted|advised|arranged|circulated)\s+by\s+"
    r"(?:the\s+)?(?P<who>(?:[A-Z][\w&’'-]*|[a-z]+)(?:\s+[\w&’'-]+){0,4}?\s*(?:team|Team|services?|Services?|Officers?|Director|Manager|"
    r"Head|Group|Board|Committee|[A-Z]{2,6}))\b")
_ONE_ROLE = (rf"(?:relevant\s+|all\s+)?(?:[A-Z][\w&’'-]*\s+){{0,6}}?(?:{_ROLE_WORD}|Member)"
             r"(?:\s+(?:for|of)\s+[A-Z][\w&’'-]*(?:\s+(?:and\s+)?[A-Z&][\w&’'-]*){0,5})?"
             r"(?:,\s+[A-Z][\w&’'-]*(?:\s+[A-Z&][\w&’'-]*){0,3}(?=\s+[a-z]))?")  # "Service Manager, Leaving Care"
_ONE_WHO = (rf"(?:{_ONE_ROLE}|{_NAME}|officers|staff|"
            # "the premises licence holder be required to", "the applicant be asked to": a party named in lower case
            r"(?:[a-z][\w’'-]*\s+){0,3}?(?:holders?|applicants?|licensees?|operators?|landlords?|developers?|contractors?|"
            r"owners?|occupiers?|appellants?|supervisors?|staff)(?=\s+(?:be|complete|undergo|attend|install|pay|remove|submit|and|should|will|would|must)\s))")
_THAT_SUBJECT = re.compile(
    rf"^(?:That\s+|that\s+)?(?:the\s+)?(?P<who>{_ONE_WHO}(?:,\s+(?:the\s+)?{_ONE_WHO})*(?:,?\s+and\s+(?:the\s+)?{_ONE_WHO})?)\s+"
    r"(?:provide|bring|attend|report|write|select|prepare|submit|circulate|review|consider|arrange|produce|present|"
    r"investigate|explore|develop|update|contact|liaise|look|ensure|work|undertake|seek|meet|continue|agree|be\s+asked|"
    r"complete|undergo|install|pay|remove|issue|"
    r"consult|email|inform|notify|advise|organise|draft|obtain|check|confirm|commission|carry|lead|set|hold|"
    r"be\s+requested|be\s+invited|be\s+instructed|be\s+directed|be\s+required|be\s+tasked|monitor|identify|publish|make|take|share|send|give|include|"
    r"will\s+\w+|would\s+\w+|should\s+\w+|shall\s+(?!not\b)\w+|to\s+\w+|be\s+authori[sz]ed|be\s+delegated|"
    r"is\s+(?:hereby\s+)?(?:directed|requested|authori[sz]ed|asked|instructed))(?:e?s)?\b")
# "... be awarded to X Ltd and the Mayor and Clerk be authorized to sign": a later clause's officers empowered to act
_AND_EMPOWERED = re.compile(
    rf"(?:[,;]|\band)\s+(?:that\s+)?(?:the\s+)?(?P<who>{_ONE_WHO}(?:,?\s+and\s+(?:the\s+)?{_ONE_WHO})?)\s+"
    r"be\s+(?:and\s+(?:are|is)\s+hereby\s+)?(?:authori[sz]ed|empowered|directed|instructed)\s+to\s+[a-z]+")
_PRESENTED_TO = re.compile(
    r"\bbe\s+(?:presented|submitted|referred|reported)\s+to\s+(?:the\s+)?(?:[a-z][\w’']*\s+)?(?:council’s\s+|council's\s+)?"
    r"(?P<who>(?:[A-Z][\w&’'-]*\s+){0,5}(?:Council|Committee|Cabinet|Board|Panel|Executive|Commission))\b")
_PROPOSALS_BY = re.compile(r"\bproposals\s+on\s+how\s+(?P<who>[A-Z][\w ]{1,40}?)\s+intend\b")
_UNDERTOOK = re.compile(r"^(?:\(?\s*)(?:The\s+|the\s+)?(?P<who>[^,]{2,80}?)\s+(?:undertook|agreed|offered|promised|volunteered|"
                        r"will|would|to)\s+(?:to\s+)?\w+")
_DECISION_WORD = re.compile(r"^(?:It\s+was\s+)?(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided)\b\s*(?:[-–—:]+\s*|\s+)(?=that\b|That\b)")
# "a working group of DR, JP and HM be set up": the members named are the owners
_INITIALS_LIST = r"[A-Z]{2,4}(?:\s*,\s*[A-Z]{2,4})*\s*(?:,?\s+and\s+|\s*&\s*|\s*/\s*)[A-Z]{2,4}"
_GROUP_OF = re.compile(rf"\b(?:group|sub-group|panel|party|team)\s+(?:of|comprising|consisting\s+of|made\s+up\s+of)\s+"
                       rf"(?P<who>{_INITIALS_LIST}|{_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})\b")
# "...; the Head of Pensions agreed to write", "The Director of Transport agreed to include": who took the task on
_AGREED_TO = re.compile(rf"(?:^|[.;]\s+|,\s+(?:and\s+)?)(?:the\s+|The\s+)?(?P<who>{_ONE_ROLE}|{_NAME}|[A-Z]{{2,4}})\s+"
                        r"(?:agreed|undertook|offered|promised|volunteered)\s+to\s+[a-z]+")
# a request superseded by who was then asked or agreed to act: "Cllr X asked that ... . The Director agreed to ..."
_REQUEST_FIRST = re.compile(r"\b(?:asked|requested|requests|asks)\b(?:\s+that|\s+for)\b")
_NOT_WHO_WORD = re.compile(r"\b(?:be|that|is|are|was|were|will|would|should|been|whether|if|about|for|it|this|them)\b", re.I)
_SELF_BODY = re.compile(r"(?:(?:County|City|Borough|District|Full|Parish|Town)\s+)?(?:Committee|Panel|Board|Council)")
# the body itself does the task: "that the Council write to the Police Service"
_BODY_TASK = re.compile(r"^(?:That\s+|that\s+)?(?:the\s+)?(?:Council|Committee|Board|Panel)\s+(?:write|writes|lobby|lobbies|contact|contacts|"
                        r"send|sends|respond|responds|make\s+representations)\b")
_PRONOUN = re.compile(r"^(?:they|he|she|it|them|this|these|we|i|you|there|members of the public)$", re.I)


def _tidy(who: str | None) -> str | None:
    if not who:
        return None
    w = re.sub(r"\s+", " ", who).strip(" ,.;:()")
    w = re.sub(r"^(?:The|the|all|All)\s+", "", w)
    w = re.sub(r"\s+(?:and|to|who|which|that)$", "", w)
    w = w.replace("/", " and ") if re.fullmatch(r"[A-Z]{2,4}(?:/[A-Z]{2,4})+", w) else w
    if not w or _PRONOUN.match(w) or len(w) > 100:
        return None
    return w


# "That the Director of Place, in consultation with the Cabinet Member for Environment, be authorised to ..."
_CONSULTATION = re.compile(r",\s*(?:in\s+consultation|after\s+consultation|in\s+conjunction|following\s+consultation)\s+with\s+[^,]{3,120},")
# the decision inside "That the Committee recommends that ...", "RESOLVED also that ...", "noted, and that ..."
_INNER_THAT = re.compile(r"\b(?i:recommends?|recommended|also|and|further|requested|requests|asked|asks|directed|instructed|"
                         r"agreed|agrees)\s+that\s+")
# "That the Chair, with the Panel Lead Officer, send ...": two owners
_WITH = re.compile(r"^((?:That\s+|that\s+)?(?:the\s+)?[A-Z][\w&’' -]{1,60}?),\s+(?:together\s+)?with\s+(?:the\s+)?([A-Z][\w&’' -]{1,60}?),\s+")


def owner_from_text(text: str) -> str | None:
    """An owner the words of an item state, or None."""
    t = re.sub(r"\s+", " ", text or "").strip()
    t = re.sub(r"^(?:Section|SECTION)\s+\d+[A-Za-z]?[.:]\s+", "", t)  # "Section 2. The City Manager is directed to ..."
    t = _CONSULTATION.sub("", t)
    t = _WITH.sub(r"\1 and \2 ", t)
    t = _DECISION_WORD.sub("", t)
    first, dot, rest = t.partition(". ")
    if dot and rest and _REQUEST_FIRST.search(first):
        later = _owner_in(rest, (_AGREED_TO, _ASK_TO, _ASK_TO_LOWER))
        if later:
            return later
    return _owner_in(t, (_RECOMMEND_TO, _DELEGATE, _PROPOSALS_BY, _GROUP_OF, _THAT_SUBJECT, _INNER_THAT, _AND_EMPOWERED, _ASK_TO,
                         _ASK_TO_LOWER, _AGREED_TO, _BY_AGENT, _PRESENTED_TO))


def _owner_in(t: str, rules) -> str | None:
    for rx in rules:
        for m in rx.finditer(t):
            if rx is _INNER_THAT:
                m = _THAT_SUBJECT.match(t[m.end():])
            if not m:
                continue
            who = _tidy(m.group("who"))
            if not who or (rx in (_ASK_TO_LOWER, _AGREED_TO) and _NOT_WHO_WORD.search(who)):
                continue
            if rx is not _RECOMMEND_TO and _SELF_BODY.fullmatch(who) and not (rx is _THAT_SUBJECT and _BODY_TASK.match(t)):
                continue
            return who
    return None


_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Professor|Prof|Sergeant|Sgt|PC|Inspector|Chief\s+Inspector)\.?"
_PERSON = rf"(?:{_TITLE}\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){{0,2}}"
_OFFICE = (r"(?:[A-Z][\w&’'-]*\s+){0,5}?(?:Officer|Manager|Director|Head|Headteacher|Lead|Leader|Member|Chair|Chairman|Clerk|"
           r"Auditor|Engineer|Solicitor|Treasurer|Secretary|Adviser|Advisor|Commissioner|Executive|Coordinator|Co-ordinator|"
           r"Superintendent|Principal|Consultant|Surveyor|Planner|Architect|Accountant|Inspector|Controller)"
           r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&’'-]*){0,5})?")
_INTRODUCED = [
    re.compile(rf"(?P<person>{_PERSON}),\s+(?:the\s+)?(?P<role>{_OFFICE})\s*[,)]"),        # "Angela Voss, Virtual School Headteacher,"
    re.compile(rf"(?:the\s+|The\s+)?(?P<role>{_OFFICE}),\s+(?P<person>{_PERSON})\s*[,)]"),  # "the Place Director, Mark Uttley,"
    re.compile(rf"(?P<person>{_PERSON})\s+\((?:the\s+)?(?P<role>{_OFFICE})\)"),            # "Mr Okafor (Head of Leisure)"
    re.compile(rf"(?:the\s+|The\s+)?(?P<role>{_OFFICE})\s+\((?P<person>{_PERSON})\)"),     # "Head of Leisure (Mr Okafor)"
]
_PERSON_ONLY = re.compile(rf"^{_PERSON}$")
_NOT_PERSON_WORD = re.compile(rf"\b(?:{_ROLE_WORD}|Council|Borough|County|City|District|Town|Parish|Police|Fire|Trust|NHS|"
                              r"Report|Plan|Strategy|Policy|Minutes|Agenda|Item|Meeting)\b")
_roles_cache: tuple[object, dict[str, str]] | None = None
"""(the document, its people's offices): the last document asked about, held so its id cannot be reused."""


def roles_in(text: str) -> dict[str, str]:
    """The people a document introduces with their office ("Angela Voss, Virtual School Headteacher, ...",
    "the Place Director, Mark Uttley, ...", "Mr Okafor (Head of Leisure)"): surname -> office. A surname given two
    different offices is left out."""
    out: dict[str, str | None] = {}
    flat = re.sub(r"\s+", " ", text)
    for rx in _INTRODUCED:
        for m in rx.finditer(flat):
            person, role = m.group("person").strip(), re.sub(r"^(?:The|the)\s+", "", m.group("role").strip())
            # "Head of Risk and David Whittle, Director of ...": the office ends where the next person's name starts
            role = re.split(r"\s+and\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]+(?:\s|$))(?![A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?"
                            r"(?:Services?|Culture|Leisure|Housing|Planning|Regeneration|Environment|Transport|Skills|"
                            r"Education|Health|Care|Wellbeing|Finance|Resources|Assurance|Delivery|Place|Communities|"
                            r"Development|Safeguarding|Partnerships?|Operations|Infrastructure|Economy|Growth|Group|Panel|"
                            r"Board|Committee|Forum|Team|Unit|Network|Strategy|Review)\b)", role)[0]
            bare = re.sub(rf"^{_TITLE}\s+", "", person)
            if _NOT_PERSON_WORD.search(bare) or (bare == person and " " not in bare):
                continue  # "Housing, Head of ..." is no person; a lone word without a title may be anything
            key = bare.split()[-1].lower()
            if out.get(key, role) != role:
                out[key] = None
            else:
                out[key] = role
    return {k: v for k, v in out.items() if v}


def _with_office(owner: str | None, doc) -> str | None:
    """A person named as owner, with the office the document gave them: "Virtual School Headteacher (Ms Voss)"."""
    global _roles_cache
    if not owner or not _PERSON_ONLY.match(owner) or _NOT_PERSON_WORD.search(re.sub(rf"^{_TITLE}\s+", "", owner)):
        return owner
    if _roles_cache is None or _roles_cache[0] is not doc:
        lines = [ln.text for m in getattr(doc, "meetings", []) for a in m.agenda for ln in a.lines]
        _roles_cache = (doc, roles_in("\n".join(lines)))
    role = _roles_cache[1].get(owner.split()[-1].lower())
    return f"{role} ({owner})" if role and role.lower() not in owner.lower() else owner


def owner_of(c, part, meeting, doc) -> str | None:
    """The owner of candidate ``c`` as written (an action table's Who column or a speaker first), or None. A person
    the document introduced with their office is given it: "Head of Leisure (Mr Okafor)"."""
    return _with_office(_owner_of(c, part, meeting, doc), doc)


def _owner_of(c, part, meeting, doc) -> str | None:
    kind = c.kind
    if kind == "metric":
        return None
    text = c.text
    hint = _tidy(c.owner_hint)
    if kind in ("action",) and hint:
        return hint
    from_text = owner_from_text(text)
    if kind in ("resolution", "recommendation"):
        if from_text:
            return from_text
        return hint
    if kind == "priority":
        return hint or from_text or getattr(doc, "service", None)
    if kind == "commitment":
        # a promise in a service's own annual report is the service's
        return hint or from_text or (getattr(doc, "service", None) if getattr(doc, "kind", None) == "annual-report" else None)
    if kind == "action":
        if from_text:
            return from_text
        m = _UNDERTOOK.match(text)
        if m:
            who = _tidy(m.group("who"))
            if who and _PERSONISH.match(who):
                return who
        return None
    return hint or from_text


def _key(s: str) -> str:
    s = re.sub(r"[^\w&’' ]+", " ", s.strip())
    return re.sub(r"\s+", " ", re.sub(r"^(?:the|The)\s+", "", s.strip())).strip().lower()


def normalise(owner: str | None, aliases: dict[str, str]) -> str | None:
    """The canonical spelling of ``owner`` through the alias table (variant -> canonical, case-insensitive);
    the owner as written when no alias applies."""
    if owner is None:
        return None
    if not aliases:
        return owner
    table = {_key(k): v for k, v in aliases.items()}
    table.update({_key(v): v for v in aliases.values()})
    return table.get(_key(owner), owner)


def _initials(s: str) -> set[str]:
    """"Director of Place" -> {"dp", "dop"}: the initialisms a clerk might write."""
    words = re.findall(r"[A-Za-z][\w’'-]*", s)
    return {"".join(w[0] for w in words if w.lower() not in ("and", "of", "for", "the", "&")).lower(),
            "".join(w[0] for w in words if w.lower() not in ("the", "&")).lower()}


def propose_aliases(owners: list[str], known: dict[str, str]) -> list[tuple[str, str, float]]:
    """Pairs (variant, canonical, score 0..1) of spellings that look like one owner, for a clerk to confirm.
    Known aliases are not proposed again; the more frequent (or longer) spelling is proposed as canonical."""
    known_keys = {_key(k) for k in known} | {_key(v) for v in known.values()}
    counts: dict[str, int] = {}
    spelling: dict[str, str] = {}
    for o in owners:
        if not o:
            continue
        k = _key(o)
        counts[k] = counts.get(k, 0) + 1
        spelling.setdefault(k, o.strip())
    keys = sorted(counts, key=lambda k: (-counts[k], -len(k), k))
    out: list[tuple[str, str, float]] = []
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if a == b or (a in known_keys and b in known_keys):
                continue
            score = fuzz.token_sort_ratio(a, b) / 100.0
            if score < 0.85:
                ia, ib = _initials(spelling[a]), _initials(spelling[b])
                if len(b) <= 6 and len(a) > 6 and b.replace(" ", "") in ia and len(b.replace(" ", "")) >= 2:
                    score = 0.9
                elif len(a) <= 6 and len(b) > 6 and a.replace(" ", "") in ib and len(a.replace(" ", "")) >= 2:
                    score = 0.9
                elif fuzz.partial_ratio(a, b) >= 95 and min(len(a), len(b)) >= 8:
                    score = 0.86
            if score >= 0.85:
                canonical, variant = (spelling[a], spelling[b])
                if counts[b] > counts[a] or (counts[b] == counts[a] and len(b) > len(a)):
                    canonical, variant = spelling[b], spelling[a]
                if _key(variant) in known_keys:
                    continue
                out.append((variant, canonical, round(score, 2)))
    out.sort(key=lambda t: -t[2])
    return out
