"""The query language, parsed and checked once into a small tree that each engine compiles.

    riverside "car park"                 words and phrases; juxtaposed terms must all match
    fostering OR adoption                OR, AND, NOT (upper case), ``-word``, parentheses
    owner:"Director of Place"            an owner, through the knowledge base's owner aliases
    status:open kind:action              exact values, checked against the allowed ones
    committee:cssp                       a committee by name, alias or slug
    due:<2024-01-01  meeting:2024-03     dates: <, <=, >, >=, a year, a month, a day, or A..B
    document:place-2024-11-05-minutes    a document by id or file name; ``id:`` an item

Whoosh's own parser accepts anything and silently searches for the wrong thing; this one answers a
broken query with a :class:`QueryError`, one line that says what is wrong and lists the fields.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from arising.model import ITEM_KINDS, RESPONSES, STATUSES
from arising.tracker import canonical_committee, canonical_owner

MAX_QUERY_CHARS = 500
MAX_CLAUSES = 64
KINDS = (*ITEM_KINDS, "document", "meeting")
FIELDS = ("text", "title", "kind", "status", "response", "owner", "committee", "document", "id",
          "page", "due", "meeting")
FIELD_ALIASES = {"date": "meeting", "doc": "document", "file": "document", "type": "kind"}
DATE_FIELDS = ("due", "meeting")
SCORED_FIELDS = ("text", "title")


class QueryError(ValueError):
    """A query that cannot be searched; ``str()`` is one line."""


def fields_hint() -> str:
    return "valid fields: " + ", ".join(f + ":" for f in FIELDS)


# ---- the tree -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A word typed by the user. ``field`` None means the default fields (text, title, owner, committee)."""
    field: str | None
    text: str


@dataclass(frozen=True)
class Phrase:
    field: str | None
    text: str


@dataclass(frozen=True)
class Match:
    """An exact value of a keyword field (any of ``values``); filters, it does not score."""
    field: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Range:
    """An inclusive range of an integer field (dates as YYYYMMDD); None is open-ended."""
    field: str
    lo: int | None
    hi: int | None


@dataclass(frozen=True)
class And:
    children: tuple
    implicit: bool = False
    """True when the user only juxtaposed terms (no AND typed): the one case where, finding nothing,
    the search may fall back to any of the words."""


@dataclass(frozen=True)
class Or:
    children: tuple


@dataclass(frozen=True)
class Not:
    child: object


@dataclass(frozen=True)
class All:
    pass


Node = Term | Phrase | Match | Range | And | Or | Not | All


# ---- the lexer ----------------------------------------------------------------------------------

QUOTES = {'"': '"', "“": "”", "”": "”", "„": "“"}


@dataclass
class Tok:
    kind: str  # word | phrase | field | ( | ) | AND | OR | NOT | -
    value: str = ""
    pos: int = 0
    field_value: "Tok | None" = None


def _lex(q: str) -> list[Tok]:
    toks: list[Tok] = []
    i, n = 0, len(q)
    while i < n:
        c = q[i]
        if c.isspace():
            i += 1
        elif c in "()":
            toks.append(Tok(c, c, i))
            i += 1
        elif c == "-" and i + 1 < n and not q[i + 1].isspace() and (i == 0 or q[i - 1].isspace() or q[i - 1] == "("):
            toks.append(Tok("-", c, i))
            i += 1
        elif c in QUOTES:
            text, i = _phrase(q, i)
            toks.append(Tok("phrase", text, i))
        else:
            m = re.match(r"([A-Za-z][A-Za-z_]*):(?!//)", q[i:])
            if m:
                tok = _field_tok(q, i, m)
                toks.append(tok)
                i = tok.field_value.pos
                continue
            j = i
            while j < n and not q[j].isspace() and q[j] not in '()"“”':
                j += 1
            word, i = q[i:j], j
            if word in ("AND", "OR", "NOT"):
                toks.append(Tok(word, word, i))
            elif word in ("&&", "||"):
                toks.append(Tok("AND" if word == "&&" else "OR", word, i))
            else:
                toks.append(Tok("word", word, i))
    return toks


def _phrase(q: str, i: int) -> tuple[str, int]:
    close = QUOTES[q[i]]
    ends = {close, '"'} if close != '"' else {'"', "”"}
    j = i + 1
    while j < len(q) and q[j] not in ends:
        j += 1
    if j >= len(q):
        raise QueryError(f"unclosed quote in {q[i:i + 30]!r}: close the phrase with a \"")
    return q[i + 1:j], j + 1


def _field_tok(q: str, i: int, m: re.Match) -> Tok:
    name = m.group(1)
    key = FIELD_ALIASES.get(name.lower(), name.lower())
    if key not in FIELDS:
        raise QueryError(f"unknown field {name + ':'!r}; {fields_hint()}")
    j = i + m.end()
    if j >= len(q) or q[j].isspace() or q[j] == ")":
        raise QueryError(f"{key}: has no value; write it without a space, e.g. {key}:{_example(key)}")
    if q[j] in QUOTES:
        text, end = _phrase(q, j)
        value = Tok("phrase", text, end)
    else:
        k = j
        while k < len(q) and not q[k].isspace() and q[k] not in '()"“”':
            k += 1
        value = Tok("word", q[j:k], k)
    return Tok("field", key, i, value)


def _example(key: str) -> str:
    return {"kind": "action", "status": "open", "response": "accepted", "owner": '"Director of Place"',
            "committee": "cabinet", "document": "DOC-ID", "id": "ITEM-ID", "page": "3",
            "due": "<2024-01-01", "meeting": "2024-03", "text": "riverside", "title": "budget"}[key]


# ---- the parser ---------------------------------------------------------------------------------


class _Parser:
    def __init__(self, toks: list[Tok], config):
        self.toks, self.i, self.config = toks, 0, config

    def peek(self) -> Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> Tok:
        t = self.toks[self.i]
        self.i += 1
        return t

    def parse(self) -> Node:
        node = self.or_expr()
        t = self.peek()
        if t is not None:
            if t.kind == ")":
                raise QueryError("unbalanced ')': there is no '(' to close")
            raise QueryError(f"unexpected {t.value!r}")
        return node

    def or_expr(self) -> Node:
        parts = [self.and_expr()]
        while (t := self.peek()) is not None and t.kind == "OR":
            self.take()
            if self.peek() is None or self.peek().kind in (")", "OR", "AND"):
                raise QueryError("OR needs a term on both sides")
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def and_expr(self) -> Node:
        parts = [self.unary()]
        implicit = True
        while (t := self.peek()) is not None and t.kind not in ("OR", ")"):
            if t.kind == "AND":
                self.take()
                implicit = False
                if self.peek() is None or self.peek().kind in (")", "OR", "AND"):
                    raise QueryError("AND needs a term on both sides")
            parts.append(self.unary())
        return parts[0] if len(parts) == 1 else And(tuple(parts), implicit=implicit)

    def unary(self) -> Node:
        t = self.peek()
        if t is None:
            raise QueryError("the query ends too early")
        if t.kind in ("NOT", "-"):
            self.take()
            if self.peek() is None or self.peek().kind in (")", "OR", "AND"):
                raise QueryError(f"{t.value} needs a term after it")
            return Not(self.unary())
        return self.primary()

    def primary(self) -> Node:
        t = self.take()
        if t.kind == "(":
            if self.peek() is None:
                raise QueryError("unbalanced '(': close it with ')'")
            if self.peek().kind == ")":
                raise QueryError("empty parentheses")
            node = self.or_expr()
            if self.peek() is None or self.peek().kind != ")":
                raise QueryError("unbalanced '(': close it with ')'")
            self.take()
            return node
        if t.kind == ")":
            raise QueryError("unbalanced ')': there is no '(' to close")
        if t.kind in ("AND", "OR"):
            raise QueryError(f"{t.value} needs a term on both sides")
        if t.kind == "phrase":
            if not t.value.strip():
                raise QueryError('empty phrase ""')
            return Phrase(None, t.value)
        if t.kind == "field":
            v = t.field_value
            return field_node(t.value, v.value, self.config, phrase=v.kind == "phrase")
        return Term(None, t.value)


def parse(query: str, config=None) -> Node:
    """Parse and check ``query``. ``config`` (arising.config.Config) resolves owner and committee
    aliases. Raises QueryError."""
    query = (query or "").strip()
    if not query:
        raise QueryError("empty query: give words to search for, or a field such as status:open")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}")
    node = _Parser(_lex(query), config).parse()
    if count_clauses(node) > MAX_CLAUSES:
        raise QueryError(f"the query has more than {MAX_CLAUSES} terms; make it shorter")
    return node


def count_clauses(node: Node) -> int:
    if isinstance(node, (And, Or)):
        return sum(count_clauses(c) for c in node.children)
    if isinstance(node, Not):
        return count_clauses(node.child)
    return 1


# ---- fields -------------------------------------------------------------------------------------


def field_node(name: str, value: str, config=None, phrase: bool = False) -> Node:
    """The node for ``name:value`` (also used for the command line's --kind, --owner, ... options)."""
    key = FIELD_ALIASES.get(name.lower(), name.lower())
    value = value.strip()
    if not value:
        raise QueryError(f"{key}: has no value; e.g. {key}:{_example(key)}")
    if key in SCORED_FIELDS:
        return Phrase(key, value) if phrase else Term(key, value)
    if key in DATE_FIELDS:
        lo, hi = date_range(value, key)
        return Range(key, lo, hi)
    if key == "page":
        lo, hi = _int_range(value)
        return Range("page", lo, hi)
    if key == "kind":
        v = value.lower()
        v = {"actions": "action", "resolutions": "resolution", "recommendations": "recommendation",
             "commitments": "commitment", "priorities": "priority", "metrics": "metric",
             "documents": "document", "meetings": "meeting"}.get(v, v)
        if v not in KINDS:
            raise QueryError(f"kind:{value} is not a kind; use one of: {', '.join(KINDS)}")
        return Match("kind", (v,))
    if key == "status":
        v = value.lower()
        if v in ("closed", "done"):
            return Match("status", ("resolved", "superseded", "noted"))
        if v not in STATUSES:
            raise QueryError(f"status:{value} is not a status; use one of: {', '.join(STATUSES)} (or closed)")
        return Match("status", (v,))
    if key == "response":
        v = value.lower()
        if v not in RESPONSES:
            raise QueryError(f"response:{value} is not a response; use one of: {', '.join(RESPONSES)}")
        return Match("response", (v,))
    if key == "owner":
        canonical = canonical_owner(value, config) if config is not None else value
        return Or((Match("owner_key", (canonical,)), Phrase("owner", value)))
    if key == "committee":
        canonical = canonical_committee(value, config) if config is not None else value
        return Or((Match("committee_key", (canonical,)), Phrase("committee", value)))
    if key == "document":
        return Or((Match("document", (value,)), Match("file", (value,))))
    if key == "id":
        return Match("id", (value,))
    raise QueryError(f"unknown field {name + ':'!r}; {fields_hint()}")  # pragma: no cover - FIELDS is checked first


DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


def _day_span(value: str, key: str, shown: str | None = None) -> tuple[dt.date, dt.date]:
    value, shown = value.strip(), shown or value
    m = DATE_RE.match(value)
    if not m:
        raise QueryError(f"{key}:{shown}: not a date; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. {key}:<2024-01-01")
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            day = dt.date(y, int(mo), int(d))
            return day, day
        if mo:
            first = dt.date(y, int(mo), 1)
            return first, dt.date(y, int(mo), calendar.monthrange(y, int(mo))[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        raise QueryError(f"{key}:{shown}: no such date; write YYYY, YYYY-MM or YYYY-MM-DD") from None


def day_int(d: dt.date | None) -> int | None:
    return d.year * 10000 + d.month * 100 + d.day if d else None


def date_range(value: str, key: str = "meeting") -> tuple[int | None, int | None]:
    """``<2024-01-01`` -> (None, 20231231); ``2024-03`` -> (20240301, 20240331); ``2024..2025-06`` -> ..."""
    v = value.strip()
    if ".." in v:
        a, b = v.split("..", 1)
        lo = day_int(_day_span(a, key, v)[0]) if a else None
        hi = day_int(_day_span(b, key, v)[1]) if b else None
        if lo is None and hi is None:
            raise QueryError(f"{key}:{value}: give at least one end of the range, e.g. {key}:2024-01..2024-06")
        return lo, hi
    m = re.match(r"^(<=|>=|<|>|=)?(.*)$", v)
    op, rest = m.group(1) or "=", m.group(2)
    first, last = _day_span(rest, key, v)
    one = dt.timedelta(days=1)
    return {
        "=": (day_int(first), day_int(last)),
        "<": (None, day_int(first - one)),
        "<=": (None, day_int(last)),
        ">": (day_int(last + one), None),
        ">=": (day_int(first), None),
    }[op]


def _int_range(value: str) -> tuple[int | None, int | None]:
    m = re.match(r"^(<=|>=|<|>|=)?(\d{1,6})$", value.strip())
    if not m:
        raise QueryError(f"page:{value}: not a page number; e.g. page:3 or page:>10")
    op, n = m.group(1) or "=", int(m.group(2))
    return {"=": (n, n), "<": (None, n - 1), "<=": (None, n), ">": (n + 1, None), ">=": (n, None)}[op]


# ---- walking the tree ---------------------------------------------------------------------------


def text_nodes(node: Node, negated: bool = False):
    """Every Term and Phrase that is not under a NOT (what the snippets highlight)."""
    if isinstance(node, (Term, Phrase)):
        if not negated:
            yield node
    elif isinstance(node, (And, Or)):
        for c in node.children:
            yield from text_nodes(c, negated)
    elif isinstance(node, Not):
        yield from text_nodes(node.child, not negated)


def transform(node: Node, fn) -> Node:
    """Rebuild the tree bottom-up, replacing each leaf with ``fn(leaf)``."""
    if isinstance(node, And):
        return And(tuple(transform(c, fn) for c in node.children), node.implicit)
    if isinstance(node, Or):
        return Or(tuple(transform(c, fn) for c in node.children))
    if isinstance(node, Not):
        return Not(transform(node.child, fn))
    return fn(node)


def loosen(node: Node) -> Node | None:
    """For a query of juxtaposed words that matched nothing: any of the words (filters still apply).
    None when the query is not of that shape."""
    if not isinstance(node, And) or not node.implicit:
        return None
    words = [c for c in node.children if isinstance(c, (Term, Phrase)) and c.field is None]
    if len(words) < 2:
        return None
    rest = [c for c in node.children if c not in words]
    return And((Or(tuple(words)), *rest)) if rest else Or(tuple(words))


def combine(node: Node | None, filters: list[Node]) -> Node:
    parts = ([node] if node is not None else []) + list(filters)
    if not parts:
        return All()
    if len(parts) == 1:
        return parts[0]
    if isinstance(node, And):
        return And((*node.children, *filters), node.implicit)
    return And(tuple(parts))


@dataclass
class Filters:
    """The command line's and the API's filter options, as nodes ANDed to the query."""
    kind: str | None = None
    status: str | None = None
    owner: str | None = None
    committee: str | None = None
    since: str | None = None
    until: str | None = None
    extra: list = field(default_factory=list)

    def nodes(self, config=None) -> list[Node]:
        out = []
        for name in ("kind", "status", "owner", "committee"):
            v = getattr(self, name)
            if v:
                out.append(field_node(name, v, config))
        if self.since:
            out.append(Range("meeting", date_range(self.since, "since")[0], None))
        if self.until:
            out.append(Range("meeting", None, date_range(self.until, "until")[1]))
        return out + list(self.extra)
