"""The static site: records -> pages.

Pure render functions turn the records into page sources (Markdown files whose body is escaped
HTML, never Markdown made from document text) and data files; ``stage()`` writes them into a
staging copy of the knowledge base's ``docs/`` beside a generated ``mkdocs.yml``, and ``build()``
runs ``mkdocs build --strict`` on it and indexes the result with Pagefind for offline search.

Nothing generated is written into the knowledge base's own ``docs/``. The staging folder is a plain
MkDocs project (no hooks, no plugins of ours; a theme ``custom_dir`` whose ``main.html`` adds the RSS
link to each page's head), so any builder that reads ``mkdocs.yml`` can build it: MkDocs and Zensical.

Build time: MkDocs hands each page's raw HTML to Python's pure-Python HTML parser twice (once to find
its anchors, once in Python-Markdown's raw-HTML block extraction), so a page costs in proportion to its
tags. The pages are therefore light on markup: facts in words, lists where a table would repeat what
the page or the tracker already shows, a RAG cell coloured by its class rather than a badge inside it.

URLs are fixed (see CONTEXT): ``/items/<id>/``, ``/meetings/<committee-slug>-<date>/``,
``/documents/<doc-id>/``, ``/committees/<slug>/``, ``/owners/<slug>/``. Every link inside a page is
relative, so the site works under any path prefix.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from email.utils import format_datetime
from importlib import resources

from arising.config import Config, slug
from arising.model import AgendaItem, Change, Document, Item, Meeting
from arising.tracker import CLOSED, DOC_RANK, View, is_overdue, meeting_calendar, rag, views

RAG_ORDER = {"red": 0, "amber": 1, "green": 2, "grey": 3}
KIND_WORDS = {"resolution": "Resolution", "recommendation": "Recommendation", "action": "Action",
              "commitment": "Commitment", "priority": "Priority", "metric": "Metric"}
DOC_KIND_WORDS = {"minutes": "Minutes", "agenda-item": "Agenda item", "decision": "Decision notice",
                  "issue-history": "Issue history", "annual-report": "Annual report",
                  "action-log": "Action log", "other": "Document"}
GENERATED_DIRS = ("items", "meetings", "documents", "committees", "owners", "topics")
ASSET_DIR = "assets/arising"
FEED_SIZE = 50
LATEST = 10
TOPIC_ROWS = 500
CLOSED_ROWS = 100

# Topics: a small fixed vocabulary matched against an item's words and its agenda item's title.
TOPICS: dict[str, str] = {
    "Children and families": r"\bchild|\bfoster|care leaver|young people|safeguard|adoption|looked[- ]after|\biros?\b|early help|children's home",
    "Adult social care": r"adult social care|care homes?\b|domiciliary|\bcarers?\b(?! leav)",
    "Housing": r"\bhous|homeless|\btenan|landlord|affordable homes?",
    "Planning": r"\bplanning\b|local plan|planning application|\bdevelopment control",
    "Highways and transport": r"highway|\broads?\b|junction|traffic|\bbus(es)?\b|transport|cycl|pothole|street ?light|gritting|pavement",
    "Parking": r"\bparking\b|car parks?\b",
    "Waste and recycling": r"\bwaste\b|recycl|fly[- ]?tip|\blitter|refuse|\bbins?\b|street scene",
    "Environment and climate": r"climate|carbon|air quality|environment|flood|\btrees?\b|biodiversity|emission",
    "Parks and leisure": r"(?<!car )\bparks?\b|leisure|\bsports?\b|librar|allotment|open spaces?",
    "Finance": r"budget|financ|fees and charges|\bsavings?\b|council tax|\bcharges\b|\bspend|£",
    "Community safety": r"anti-?social|\bcrime|community safety|\bcctv\b",
    "Health and wellbeing": r"\bhealth|\bnhs\b|wellbeing|well-being",
    "Schools and education": r"\bschools?\b|educat|pupil|\bsend\b",
    "Economy and regeneration": r"regenerat|town centre|econom|\bbusiness|employment|\bskills\b|trader",
    "Governance": r"constitution|work programme|terms of reference|governance|\baudit\b|scrutiny review",
}
_TOPIC_RES = {name: re.compile(rx, re.I) for name, rx in TOPICS.items()}

# An agenda item headed as exempt information (Schedule 12A, Local Government Act 1972) or
# confidential. The motion that excludes the press and public names Schedule 12A too but is itself
# public business.
_EXEMPT = re.compile(r"\bexempt\b|schedule\s*12\s*a\b|not\s+for\s+publication|\bpart\s+(ii|2)\b|"
                     r"^\W*(confidential|restricted|private)\s*([:(\[\-–—]|$|(item|appendix|annex|report|minute)s?\b)|[(\[:\-–—]\s*(confidential|restricted)\b", re.I)
_EXCLUSION = re.compile(r"exclusion\s+of\s+(the\s+)?(press|public)|press\s+and\s+public|public\s+and\s+press", re.I)
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")
_LIST_START = re.compile(r"^\s*(\(?[0-9]{1,3}[.)]|\(?[a-z][.)]\s|\(?[ivx]{1,5}[.)]|\([a-z0-9]{1,4}\)|[•▪\-–]\s|"
                         r"RESOLVED|AGREED|ACTION|Action:|Minute\s+\d+)", re.I)


class SiteError(Exception):
    """A problem building the site; ``str()`` is one line with the remedy."""


# ---- escaping -------------------------------------------------------------------------------------


_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "`": "&#96;", "~": "&#126;",
            "{": "&#123;", "}": "&#125;", "$": "&#36;", "\\": "&#92;"}
_ESC = str.maketrans({**_ESCAPES, **{chr(c): None for c in [*range(0, 9), 11, 12, *range(14, 32), 127, 0x2028, 0x2029]}})
_BREAKS = re.compile(r"\s*\n\s*")


def esc(value) -> str:
    """Text as HTML that no later stage can read as markup: HTML-escaped, control characters dropped,
    and the characters Markdown preprocessors and template plugins act on (backtick, tilde, braces,
    dollar, backslash) written as character references."""
    return str(value).translate(_ESC)


def text_html(value) -> str:
    """Escaped text on one line: line breaks become spaces, so no document text ever starts a line of
    the page source."""
    return esc(_BREAKS.sub(" ", str(value)))


def plain_title(value: str, limit: int = 90) -> str:
    """A page title safe in every place a theme puts it unescaped (``<title>``, the header): no angle
    brackets, ampersands, quotes or braces, one line, at most ``limit`` characters."""
    s = _CTRL.sub("", str(value))
    s = s.replace("&", " and ").translate(str.maketrans({"<": "‹", ">": "›", '"': "”", "'": "’", "`": "’",
                                                          "{": "(", "}": ")", "\\": "/", "$": "S"}))
    s = re.sub(r"\s+", " ", s).strip()
    if len(s) > limit:
        s = s[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:. ") + "…"
    return s or "Untitled"


def front_matter(title: str, hide: tuple[str, ...] = ("toc",)) -> str:
    # JSON strings are YAML strings; ensure_ascii keeps the file free of characters YAML treats specially
    lines = ["---", f"title: {json.dumps(plain_title(title))}"]
    if hide:
        lines.append("hide:")
        lines += [f"  - {h}" for h in hide]
    return "\n".join(lines + ["---", ""])


def long_date(d: dt.date | None) -> str:
    return f"{d.day} {d:%B %Y}" if d else "no date"


def short(text: str, n: int = 160) -> str:
    t = re.sub(r"\s+", " ", text).strip()
    return t if len(t) <= n else t[: n - 1].rsplit(" ", 1)[0] + "…"


# ---- what is published -------------------------------------------------------------------------------


def _first_lines(text: str, n: int = 3) -> list[str]:
    """``text.splitlines()[:n]`` without splitting the whole text."""
    parts = text.split("\n", n)
    lines: list[str] = []
    for i, part in enumerate(parts[:n]):
        lines += (part + "\n").splitlines() if i < len(parts) - 1 else part.splitlines()
    return lines[:n]


_EXEMPT_SEEN: dict[tuple[str, str], bool] = {}


def exempt_heading(agenda: AgendaItem) -> bool:
    """True when an agenda item is headed as exempt or confidential: its title, or the first lines
    of its text, say so; the motion excluding the press and public does not count."""
    lines = _first_lines(agenda.text or "")
    key = (agenda.title or "", "\n".join(lines))
    hit = _EXEMPT_SEEN.get(key)
    if hit is None:
        if len(_EXEMPT_SEEN) > 100_000:
            _EXEMPT_SEEN.clear()
        head = " ".join(x for x in [agenda.title or "", *lines] if x)
        if _EXCLUSION.search(agenda.title or "") or (not agenda.title and _EXCLUSION.search(head)):
            hit = False
        else:
            hit = bool(_EXEMPT.search(agenda.title or "")) or any(_EXEMPT.search(line) for line in lines)
        _EXEMPT_SEEN[key] = hit
    return hit


def item_confidential(doc: Document, agenda: AgendaItem, item: Item) -> bool:
    return bool(doc.confidential or item.edits.confidential or exempt_heading(agenda))


def agenda_confidential(doc: Document, agenda: AgendaItem) -> bool:
    """An agenda item whose text must not be published: exempt, or holding a confidential item."""
    return doc.confidential or exempt_heading(agenda) or any(i.edits.confidential for i in agenda.items)


def document_confidential(doc: Document) -> bool:
    """A document whose original must not be published: marked confidential, or with confidential parts."""
    return doc.confidential or any(agenda_confidential(doc, a) for m in doc.meetings for a in m.agenda_items)


# ---- the model of the site -----------------------------------------------------------------------


@dataclass
class MeetingGroup:
    slug: str
    committee: str
    committee_slug: str
    date: dt.date
    parts: list[tuple[Document, Meeting]] = field(default_factory=list)


@dataclass
class Site:
    config: Config
    as_of: dt.date
    internal: bool
    documents: list[Document]
    views: list[View]
    by_id: dict[str, View]
    alias: dict[str, str]
    """The id of an item printed again in another document -> the id of the item it is grouped under."""
    rags: dict[str, tuple[str, str]]
    meetings: dict[str, MeetingGroup]
    committees: dict[str, str]
    owners: dict[str, str]
    originals: dict[str, str]
    """document id -> the original file's path in the site (absent: not published)."""
    withheld_documents: int = 0
    withheld_items: int = 0
    confidential: set[str] = field(default_factory=set)
    """Items shown only because the build is internal."""
    site_url: str | None = None
    name: str = "Council decisions and actions"
    _anchors: dict[str, str] | None = None
    _series: dict | None = None
    _by_owner: dict[str, list[View]] | None = None
    _docs: dict[str, Document] | None = None
    _by_committee: dict[str, list[View]] | None = None

    def rag(self, v: View) -> tuple[str, str]:
        return self.rags[v.id]

    def metric_anchors(self) -> dict[str, str]:
        """item id -> the anchor of its measure on the metrics page."""
        if self._anchors is None:
            self._anchors = {v.id: metric_anchor(name, unit) for (name, unit), pts in metric_series(self).items()
                             for _, _, v in pts}
        return self._anchors

    def tracked(self) -> list[View]:
        return [v for v in self.views if v.item.tracked]

    def by_owner(self) -> dict[str, list[View]]:
        """owner slug -> its items."""
        if self._by_owner is None:
            self._by_owner = defaultdict(list)
            for v in self.views:
                if v.item.owner:
                    self._by_owner[slug(v.item.owner)].append(v)
        return self._by_owner

    def by_committee(self) -> dict[str, list[View]]:
        """canonical committee name -> its items."""
        if self._by_committee is None:
            self._by_committee = defaultdict(list)
            for v in self.views:
                self._by_committee[self.config.canonical_committee(v.committee)].append(v)
        return self._by_committee

    def meeting_slug(self, committee: str | None, date: dt.date | None) -> str | None:
        if not committee or not date:
            return None
        return f"{self.config.committee_slug(committee)}-{date.isoformat()}"

    def committee_slug(self, committee: str | None) -> str | None:
        return self.config.committee_slug(self.config.canonical_committee(committee)) if committee else None

    def target(self, item_id: str) -> str | None:
        """The id of the page an item id is shown on, or None when it is not published."""
        item_id = self.alias.get(item_id, item_id)
        return item_id if item_id in self.by_id else None


def original_name(doc: Document) -> str:
    """The name of the original file in the site: ``files/<sha256><ext>``; an HTML page is published as
    text (``.html.txt``) so it is never served as a page of the site's own origin."""
    ext = (os.path.splitext(doc.file)[1] or f".{doc.format}").lower()
    if ext in (".htm", ".html", ".xhtml", ".mht", ".svg", ".xml") or doc.format == "html":
        ext = (ext if ext.startswith(".htm") else ".html") + ".txt"
    if not re.fullmatch(r"\.[a-z0-9.]{1,12}", ext):
        ext = ".bin"
    return f"files/{doc.sha256}{ext}"


def make_site(documents: list[Document], config: Config, *, as_of: dt.date, internal: bool = False,
              originals: dict[str, str] | None = None, site_url: str | None = None,
              name: str | None = None) -> Site:
    """Everything the pages show, from the records: published documents and items only unless
    ``internal``; RAG as of ``as_of``."""
    documents = sorted(documents, key=lambda d: d.id)
    public = documents if internal else [d for d in documents if not d.confidential]
    vs = views(public, config)
    shown, withheld, confidential = [], 0, set()
    places = {}
    for d in public:
        for m in d.meetings:
            for a in m.agenda_items:
                for it in a.items:
                    places[it.id] = (d, a)
    for v in vs:
        secret = item_confidential(v.document, v.agenda, v.item)
        v.also = [(o, od) for o, od in v.also
                  if internal or not item_confidential(od, places[o.id][1], o)]
        if secret and not internal:
            withheld += 1
            continue
        if secret:
            confidential.add(v.id)
        shown.append(v)
    withheld += sum(1 for d in documents if d.confidential and not internal for _ in d.items())
    by_id = {v.id: v for v in shown}
    alias = {o.id: v.id for v in shown for o, _ in v.also}
    rags = {v.id: rag(v, as_of) for v in shown}
    meetings: dict[str, MeetingGroup] = {}
    committees: dict[str, str] = {}
    for d in public:
        for m in d.meetings:
            if not m.committee:
                continue
            name_c = config.canonical_committee(m.committee)
            cslug = config.committee_slug(name_c)
            committees.setdefault(cslug, name_c)
            if not m.date:
                continue
            key = f"{cslug}-{m.date.isoformat()}"
            g = meetings.setdefault(key, MeetingGroup(key, name_c, cslug, m.date))
            g.parts.append((d, m))
    for g in meetings.values():
        g.parts.sort(key=lambda p: (DOC_RANK.get(p[0].kind, 9), p[0].id))
    owners: dict[str, str] = {}
    for v in shown:
        if v.item.owner:
            owners.setdefault(slug(v.item.owner), v.item.owner)
    if originals is None:
        originals = {d.id: original_name(d) for d in public}
    if not internal:
        secret = {d.id for d in public if document_confidential(d)}
        originals = {k: p for k, p in originals.items() if k not in secret}
    default_name = "Council decisions and actions"
    if name is None:
        name = f"{config.council}: decisions and actions" if config.council else default_name
    return Site(config=config, as_of=as_of, internal=internal, documents=public, views=shown, by_id=by_id,
                alias=alias, rags=rags, meetings=dict(sorted(meetings.items())), committees=dict(sorted(committees.items())),
                owners=dict(sorted(owners.items(), key=lambda kv: kv[1].lower())), originals=originals,
                withheld_documents=len(documents) - len(public), withheld_items=withheld,
                confidential=confidential, site_url=site_url, name=name)


# ---- small pieces of HTML ---------------------------------------------------------------------------


def root_of(path: str) -> str:
    """The relative way back to the site root from the page made of ``path`` (directory URLs)."""
    stem = path[:-3] if path.endswith(".md") else path
    parts = stem.split("/")
    if parts[-1] in ("index", "README"):
        parts = parts[:-1]
    return "../" * len(parts)


def a(href: str, text_: str, cls: str | None = None) -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{esc(href)}"{c}>{text_}</a>'


def rag_badge(word: str, reason: str | None = None, long: bool = False, attrs: str = "") -> str:
    title = f' title="{esc(reason)}"' if reason else ""
    label = word.capitalize() + (f": {esc(reason)}" if long and reason else "")
    return f'<span class="arising-rag arising-rag-{esc(word)}"{title}{attrs}>{label}</span>'


def rag_cell(word: str, reason: str | None = None, long: bool = False) -> str:
    """A table cell coloured by RAG that says its colour in words (a badge without a tag of its own)."""
    title = f' title="{esc(reason)}"' if reason and not long else ""
    label = word.capitalize() + (f": {esc(reason)}" if long and reason else "")
    return f'<td class="arising-rag-{esc(word)}"{title}>{label}</td>'


def status_badge(status: str, attrs: str = "") -> str:
    return f'<span class="arising-status arising-status-{esc(status)}"{attrs}>{esc(status)}</span>'


def pf(kind: str, key: str, value: str | None = None) -> str:
    """A Pagefind filter or meta attribute: ``key:value``, or ``key`` alone to take the element's text.
    One key per attribute (Pagefind reads a comma in a value as part of it)."""
    return f' data-pagefind-{kind}="{esc(key)}' + (f':{esc(value)}"' if value is not None else '"')


def item_href(root: str, item_id: str) -> str:
    return f"{root}items/{item_id}/"


def due_text(v: View) -> str:
    due = v.item.due
    if not due:
        return "no due date"
    if due == "next-meeting":
        return f"next meeting ({long_date(v.due_date)})" if v.due_date else "next meeting (date not yet known)"
    if due == "future-meeting":
        return "a future meeting"
    return long_date(v.due_date) if v.due_date else esc(due)


def page_body(inner: list[str], *, cls: str, index: bool = False, extra: str = "") -> str:
    attrs = f' class="arising {cls}"' + (" data-pagefind-body" if index else "") + extra
    return "\n".join([f"<div{attrs}>", *[p for p in inner if p], "</div>", ""])


def items_table(site: Site, root: str, vs: list[View], *, caption: str | None = None,
                columns: tuple[str, ...] = ("item", "kind", "status", "rag", "owner", "due", "meeting")) -> str:
    heads = {"item": "Item", "kind": "Kind", "status": "Status", "rag": "RAG", "owner": "Owner", "due": "Due",
             "meeting": "Meeting", "response": "Response"}
    out = ['<table>']
    if caption:
        out.append(f"<caption>{esc(caption)}</caption>")
    out.append("<thead><tr>" + "".join(f'<th scope="col">{heads[c]}</th>' for c in columns) + "</tr></thead><tbody>")
    for v in vs:
        word, reason = site.rag(v)
        cells = []
        for c in columns:
            if c == "item":
                cells.append(f'<td>{a(item_href(root, v.id), text_html(short(v.item.text, 140)))}</td>')
            elif c == "kind":
                cells.append(f"<td>{esc(v.item.kind)}</td>")
            elif c == "status":
                cells.append(f"<td>{esc(v.item.status)}</td>")
            elif c == "response":
                cells.append(f"<td>{esc(v.item.response or '')}</td>")
            elif c == "rag":
                cells.append(rag_cell(word, reason))
            elif c == "owner":
                o = v.item.owner
                cells.append(f"<td>{a(f'{root}owners/{slug(o)}/', esc(o)) if o else ''}</td>")
            elif c == "due":
                cells.append(f"<td>{due_text(v)}</td>")
            elif c == "meeting":
                ms = site.meeting_slug(v.committee, v.meeting_date)
                label = esc(f"{v.committee or ''} {long_date(v.meeting_date)}".strip())
                cells.append(f"<td>{a(f'{root}meetings/{ms}/', label) if ms else a(f'{root}documents/{v.document.id}/', esc(v.document.title or v.document.id))}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def item_list(site: Site, root: str, vs: list[View]) -> str:
    """Items as a short list (a link to each and its facts in words): lighter than a table where the
    page's own text or the tracker already has the columns."""
    rows = []
    for v in vs:
        it = v.item
        facts = [esc(it.kind), esc(it.status)] + ([site.rag(v)[0].capitalize()] if it.tracked else [])
        more = ([esc(it.owner)] if it.owner else []) + ([f"due {due_text(v)}"] if it.due else [])
        rows.append(f"<li>{a(item_href(root, v.id), text_html(short(it.text, 140)))} ({', '.join(facts)})"
                    + (f": {'; '.join(more)}" if more else "") + "</li>")
    return '<ul class="arising-itemlist" data-pagefind-ignore>' + "".join(rows) + "</ul>"


def sort_key(site: Site, v: View):
    return (RAG_ORDER[site.rag(v)[0]], v.due_date or dt.date.max, v.id)


# ---- the home page ---------------------------------------------------------------------------------------


def counts(site: Site) -> dict[str, int]:
    tracked = site.tracked()
    return {
        "open": sum(1 for v in tracked if v.item.status == "open"),
        "in-progress": sum(1 for v in tracked if v.item.status == "in-progress"),
        "overdue": sum(1 for v in tracked if is_overdue(v, site.as_of)),
        "resolved": sum(1 for v in tracked if v.item.status == "resolved"),
    }


def rag_bar(site: Site, vs: list[View]) -> str:
    c = Counter(site.rag(v)[0] for v in vs)
    total = sum(c.values())
    if not total:
        return '<p class="arising-empty">No tracked items yet.</p>'
    label = ", ".join(f"{w}: {c[w]}" for w in RAG_ORDER if c[w])
    segs = "".join(
        f'<span class="arising-bar-seg arising-rag-{w}" style="flex-grow:{c[w]}">{w.capitalize()} {c[w]}</span>'
        for w in RAG_ORDER if c[w])
    return f'<div class="arising-bar" role="img" aria-label="RAG of {total} tracked items: {esc(label)}">{segs}</div>'


def render_home(site: Site, intro: str = "") -> str:
    """The home page: the knowledge base's own ``index.md`` (trusted Markdown) and the dashboard."""
    root = ""
    n = counts(site)
    tracked = site.tracked()
    stats = "".join(
        f'<li class="arising-stat"><a href="{root}tracker/#{q}"><span class="arising-stat-n">{n[k]}</span>'
        f'<span class="arising-stat-label">{label}</span></a></li>'
        for k, label, q in (("open", "open", "status=open"), ("in-progress", "in progress", "status=in-progress"),
                            ("overdue", "overdue", "rag=red"), ("resolved", "resolved", "status=resolved")))
    latest = sorted((v for v in site.views if v.item.kind in ("resolution", "recommendation", "action", "commitment")),
                    key=lambda v: (v.meeting_date or dt.date.min, v.id), reverse=True)[:LATEST]
    upcoming = sorted((v for v in tracked if v.due_date and v.due_date >= site.as_of and v.item.status not in CLOSED),
                      key=lambda v: (v.due_date, v.id))[:LATEST]
    body = [
        f'<p class="arising-asof">Status as of {long_date(site.as_of)}. '
        f'{len(tracked)} tracked items from {len(site.meetings)} meetings and {len(site.documents)} documents.</p>',
        f'<form class="arising-searchform" role="search" action="{root}search/"><label for="arising-q">Search decisions</label> '
        f'<input id="arising-q" name="q" type="search" placeholder="e.g. car park charges"> <button type="submit">Search</button></form>',
        '<h2 id="at-a-glance">At a glance</h2>',
        f'<ul class="arising-stats">{stats}</ul>',
        rag_bar(site, tracked),
        f'<p>{a(root + "tracker/", "Open the tracker")} · {a(root + "data/tracker.csv", "download every tracked item (CSV)")} · '
        f'{a(root + "feed.xml", "RSS feed of new decisions and status changes")}</p>',
        '<h2 id="due-next">Due next</h2>',
        items_table(site, root, upcoming, columns=("item", "owner", "due", "rag")) if upcoming
        else '<p class="arising-empty">Nothing with a due date ahead.</p>',
        '<h2 id="latest-decisions">Latest decisions</h2>',
        items_table(site, root, latest, columns=("item", "kind", "meeting", "status")) if latest
        else '<p class="arising-empty">No decisions yet: ingest some minutes.</p>',
    ]
    if not site.internal and (site.withheld_items or site.withheld_documents):
        body.append(f'<p class="arising-note">{site.withheld_items} confidential or exempt item(s) and '
                    f'{site.withheld_documents} confidential document(s) are not published here.</p>')
    if site.internal:
        body.insert(0, '<p class="arising-internal">Internal copy: includes confidential and exempt items. Do not publish.</p>')
    intro = intro.strip()
    if not intro:
        head = front_matter("Home", hide=()) + f"<h1>{esc(site.name)}</h1>\n\n"
    elif intro.startswith("---"):
        head = intro + "\n\n"
    else:
        head = front_matter(first_heading(intro) or "Home", hide=()) + intro + "\n\n"
    if intro and not first_heading(intro):
        body.insert(0, f"<h1>{esc(site.name)}</h1>")
    return head + page_body(body, cls="arising-home")


def first_heading(md: str) -> str | None:
    m = re.search(r"^#\s+(.+)$", md, re.M)
    return m.group(1).strip() if m else None


# ---- the tracker --------------------------------------------------------------------------------------

TRACKER_COLUMNS = ("id", "text", "kind", "status", "response", "rag", "rag_reason", "committee", "owner", "due",
                   "due_date", "meeting_date")
_CODED = ("kind", "status", "response", "rag", "committee", "owner")


def tracker_data(site: Site) -> dict:
    """Every tracked item as compact rows; the repeated values (kind, status, committee, owner...) as
    indexes into ``values``. Read by assets/arising/tracker.js."""
    values: dict[str, list[str]] = {k: [] for k in _CODED}
    index: dict[str, dict[str, int]] = {k: {} for k in _CODED}

    def code(k, val):
        val = val or ""
        if val not in index[k]:
            index[k][val] = len(values[k])
            values[k].append(val)
        return index[k][val]

    rows = []
    for v in sorted(site.tracked(), key=lambda v: sort_key(site, v)):
        word, reason = site.rag(v)
        rows.append([v.id, short(v.item.text, 200), code("kind", v.item.kind), code("status", v.item.status),
                     code("response", v.item.response), code("rag", word), reason, code("committee", site.config.canonical_committee(v.committee)),
                     code("owner", v.item.owner), v.item.due or "", v.due_date.isoformat() if v.due_date else "",
                     v.meeting_date.isoformat() if v.meeting_date else ""])
    return {"as_of": site.as_of.isoformat(), "columns": list(TRACKER_COLUMNS), "coded": list(_CODED),
            "values": values, "rows": rows}


def _cell(value) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    s = "" if value is None else str(value)
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s


def tracker_csv(site: Site, base_url: str = "") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["id", "url", "kind", "status", "response", "rag", "rag_reason", "committee", "meeting_date", "owner",
                "due", "due_date", "text", "document", "page"])
    for v in sorted(site.tracked(), key=lambda v: (v.meeting_date or dt.date.min, v.id)):
        word, reason = site.rag(v)
        src = v.item.found.source
        w.writerow([_cell(x) for x in (
            v.id, f"{base_url}items/{v.id}/", v.item.kind, v.item.status, v.item.response, word, reason,
            site.config.canonical_committee(v.committee),
            v.meeting_date.isoformat() if v.meeting_date else "", v.item.owner, v.item.due,
            v.due_date.isoformat() if v.due_date else "", v.item.text, v.document.id, src.page)])
    return buf.getvalue()


def render_tracker(site: Site) -> str:
    root = "../"
    body = [
        "<h1>Tracker</h1>",
        f'<p class="arising-asof">Every tracked item, with its RAG as of {long_date(site.as_of)}. '
        f'Filter, sort by a column heading, and share the address: it keeps your filters. '
        f'{a(root + "data/tracker.csv", "Download all as CSV")}.</p>',
        f'<div id="arising-tracker" data-src="{root}data/tracker.json" data-root="{root}">',
        '<noscript><p>The tracker table needs JavaScript. Without it, '
        f'{a(root + "data/tracker.csv", "download the tracker as CSV")} or browse by '
        f'{a(root + "committees/", "committee")} or {a(root + "owners/", "owner")}.</p></noscript>',
        '<p class="arising-loading" role="status">Loading the tracker…</p>',
        "</div>",
        f'<script src="{root}{ASSET_DIR}/tracker.js"></script>',
    ]
    return front_matter("Tracker", hide=("toc", "navigation")) + page_body(body, cls="arising-tracker-page")


# ---- item pages ----------------------------------------------------------------------------------------


def source_link(site: Site, root: str, doc_id: str, page: int | None) -> str | None:
    path = site.originals.get(doc_id)
    if not path:
        return None
    return f"{root}{path}" + (f"#page={page}" if page and path.endswith(".pdf") else "")


def _doc(site: Site, doc_id: str) -> Document | None:
    if site._docs is None:
        site._docs = {d.id: d for d in site.documents}
    return site._docs.get(doc_id)


def _where(src) -> str:
    if src.page:
        return f"page {src.page}"
    if src.paragraph:
        return f"paragraph {src.paragraph}"
    return ""


def source_block(site: Site, root: str, src, doc: Document | None) -> str:
    title = esc(doc.title or doc.id) if doc else esc(src.document)
    where = _where(src)
    cite = a(f"{root}documents/{doc.id}/", title) if doc else title
    link = source_link(site, root, doc.id, src.page) if doc else None
    return (f'<figure class="arising-source"><blockquote>{text_html(src.quote)}</blockquote>'
            f"<figcaption>{cite}{', ' + where if where else ''}"
            + (f" · {a(link, 'open the original' + (' at ' + where if where and src.page else ''))}" if link else "")
            + "</figcaption></figure>")


def _value(v) -> str:
    return "none" if v in (None, "", []) else esc(v)


def describe_change(site: Site, root: str, c: Change) -> str:
    bits = []
    for name, (old, new) in c.changes.items():
        if name == "due_reason":
            if new:
                bits.append(f"reason: {esc(new)}")
            continue
        if name in ("related", "superseded_by"):
            ref = new if new is not None else old
            word = "related to" if name == "related" else "superseded by"
            if new is None:
                word = "no longer " + word
            t = site.target(ref) if ref else None
            bits.append(f"{word} {a(item_href(root, t), esc(ref)) if t else esc(ref or 'none')}")
            continue
        bits.append(f"{esc(name.replace('_', ' '))}: {_value(old)} → <strong>{_value(new)}</strong>")
    if c.note:
        bits.append(f"note: {text_html(c.note)}")
    if c.evidence:
        bits.append(f"evidence: {evidence_html(site, root, c.evidence)}")
    return "; ".join(bits) or "no change"


def evidence_html(site: Site, root: str, ref: str) -> str:
    m = re.fullmatch(r"([a-z0-9][a-z0-9-]*)(?:#p(\d+))?", ref.strip())
    if m and _doc(site, m.group(1)):
        page = int(m.group(2)) if m.group(2) else None
        d = _doc(site, m.group(1))
        label = esc(d.title or d.id) + (f", page {page}" if page else "")
        out = a(f"{root}documents/{d.id}/", label)
        link = source_link(site, root, d.id, page)
        return out + (f" ({a(link, 'original')})" if link else "")
    return text_html(ref)


def who(site: Site, root: str, by: str) -> str:
    if by.startswith("document:"):
        d = _doc(site, by.split(":", 1)[1])
        return a(f"{root}documents/{d.id}/", esc(d.title or d.id)) if d else esc(by)
    return esc(by)


def timeline(site: Site, root: str, v: View) -> list[tuple[dt.date, str]]:
    it = v.item
    events: list[tuple[dt.date, int, str]] = []
    if v.meeting_date:
        verb = {"resolution": "Resolved", "recommendation": "Recommended", "action": "Action agreed",
                "commitment": "Committed", "priority": "Priority set", "metric": "Reported"}[it.kind]
        events.append((v.meeting_date, 0, f"{verb} at {esc(v.committee or 'the meeting')}"))
    for o, od in v.also:
        m = next((m for m in od.meetings for ag in m.agenda_items if any(x is o for x in ag.items)), None)
        if m and m.date:
            events.append((m.date, 1, f"Also published in {a(f'{root}documents/{od.id}/', esc(od.title or od.id))}"))
    for i, c in enumerate(it.history):
        events.append((c.at.date(), 2, f"{'Undone' if c.undoes is not None else 'Changed'} by {who(site, root, c.by)}: "
                                       f"{describe_change(site, root, c)}"))
    if v.response_due:
        late = it.response == "pending" and site.as_of > v.response_due and it.status not in CLOSED
        events.append((v.response_due, 3, "Response due" + (" (overdue)" if late else "")))
    if v.due_date:
        late = is_overdue(v, site.as_of)
        events.append((v.due_date, 4, "Due" + (" (overdue)" if late else "")))
    word, reason = site.rag(v)
    events.append((site.as_of, 5, f"Today: {esc(it.status)}; {word.capitalize()}" + (f": {esc(reason)}" if reason else "")))
    events.sort(key=lambda e: (e[0], e[1]))
    return [(d, h) for d, _, h in events]


def topics_of(v: View) -> list[str]:
    found = v.__dict__.get("_arising_topics")
    if found is None:
        words = f"{v.item.text} {v.agenda.title or ''}"
        found = v.__dict__["_arising_topics"] = [name for name, rx in _TOPIC_RES.items() if rx.search(words)]
    return found


def render_item(site: Site, v: View, related_in: dict[str, list[str]], supersedes: dict[str, list[str]]) -> str:
    """An item's page. Lean on markup, as MkDocs reads every tag of a page's HTML twice: the facts once,
    the text once (in the heading, or in full below it when the heading had to shorten it)."""
    root = "../../"
    it = v.item
    word, reason = site.rag(v)
    ms = site.meeting_slug(v.committee, v.meeting_date)
    facts = [
        ("Status", status_badge(it.status, pf("filter", "status", it.status) + pf("meta", "status", it.status))
         + (f" · response: {esc(it.response)}" if it.response else "")),
        ("RAG", rag_badge(word, reason, long=True, attrs=pf("meta", "rag", word))),
        ("Owner", a(f"{root}owners/{slug(it.owner)}/", esc(it.owner)) if it.owner else "none recorded"),
        ("Due", due_text(v) + _due_revisions(it)),
    ]
    if v.response_due:
        facts.append(("Response due", long_date(v.response_due)))
    meeting = []
    if v.committee:
        meeting.append(f'<a href="{esc(root)}committees/{esc(site.committee_slug(v.committee))}/"{pf("filter", "committee")}>'
                       f'{esc(site.config.canonical_committee(v.committee))}</a>')
    if ms:
        label = _agenda_label(v.agenda)
        meeting.append(a(f"{root}meetings/{ms}/#{agenda_anchor(v.document, v.agenda)}", long_date(v.meeting_date))
                       + (f" · {text_html(label)}" if label else ""))
    if meeting:
        facts.append(("Meeting", ", ".join(meeting)))
    tps = topics_of(v)
    if tps:
        facts.append(("Topics", ", ".join(a(f"{root}topics/{slug(t)}/", esc(t)) for t in tps)))
    heading = short(it.text, 120)
    body = [
        f'<p class="arising-kicker" data-pagefind-ignore{pf("filter", "kind", it.kind)}{pf("meta", "kind", it.kind)}>'
        f'{esc(KIND_WORDS[it.kind])} · {esc(it.id)}</p>',
        f"<h1>{text_html(heading)}</h1>",
    ]
    if v.id in site.confidential:
        body.append('<p class="arising-internal">Confidential: shown in the internal copy only.</p>')
    if it.missing:
        body.append('<p class="arising-note">The latest version of the document no longer contains this item; a clerk should check it.</p>')
    if it.found.needs_review:
        body.append('<p class="arising-note">Read with low confidence: check it against the original.</p>')
    body.append('<dl class="arising-facts" data-pagefind-ignore>' + "".join(f"<dt>{k}</dt><dd>{val}</dd>" for k, val in facts) + "</dl>")
    if heading != " ".join(it.text.split()):
        body.append('<h2 id="text" data-pagefind-ignore>What was decided</h2>')
        body.append(f'<p class="arising-text">{text_html(it.text)}</p>')
    if it.found.metric:
        mt = it.found.metric
        body.append(f'<p>Measure: {text_html(mt.measure)}: <strong>{esc(_num(mt.value))}{esc(" " + mt.unit if mt.unit else "")}</strong> '
                    f'({a(root + "metrics/#" + site.metric_anchors().get(v.id, ""), "see the performance measures")})</p>')
    body.append('<h2 id="source" data-pagefind-ignore>Source</h2>')
    body.append(source_block(site, root, it.found.source, v.document))
    # a further source in a document that is not published (confidential, or removed) is not shown
    others = [(src, _doc(site, src.document)) for src in it.sources] + [(o.found.source, od) for o, od in v.also]
    others = [(src, d) for src, d in others if d is not None]
    if others:
        body.append('<h2 id="other-sources" data-pagefind-ignore>Other sources of this decision</h2>')
        body += [source_block(site, root, src, d) for src, d in others]
    body.append('<h2 id="timeline" data-pagefind-ignore>Timeline</h2>')
    body.append('<ol class="arising-timeline" data-pagefind-ignore>' + "".join(
        f'<li><time datetime="{d.isoformat()}">{long_date(d)}</time> {h}</li>' for d, h in timeline(site, root, v)) + "</ol>")
    links = []
    if it.links.superseded_by:
        t = site.target(it.links.superseded_by)
        links.append(f"<li>Superseded by {_item_ref(site, root, t, it.links.superseded_by)}</li>")
    for s in supersedes.get(v.id, []):
        links.append(f"<li>Supersedes {_item_ref(site, root, s, s)}</li>")
    for r in sorted(set(it.links.related) | set(related_in.get(v.id, []))):
        links.append(f"<li>Related: {_item_ref(site, root, site.target(r), r)}</li>")
    if links:
        body.append('<h2 id="related">Related and superseding items</h2>')
        body.append("<ul>" + "".join(links) + "</ul>")
    return (front_matter(f"{KIND_WORDS[it.kind]}: {short(it.text, 70)}")
            + page_body(body, cls="arising-item", index=True, extra=pf("filter", "type", "item")))


def _item_ref(site: Site, root: str, target: str | None, ref: str) -> str:
    if target:
        v = site.by_id[target]
        return a(item_href(root, target), text_html(short(v.item.text, 100))) + f" <code>{esc(target)}</code>"
    return f"<code>{esc(ref)}</code> (not published)" if not site.internal else f"<code>{esc(ref)}</code> (not found)"


def _due_revisions(it: Item) -> str:
    revs = [(c, c.changes["due"]) for c in it.history if "due" in c.changes and c.undoes is None]
    if not revs:
        return ""
    rows = []
    for c, (old, new) in revs:
        reason = (c.changes.get("due_reason") or [None, None])[1]
        rows.append(f"<li>{long_date(c.at.date())}: {esc(old or 'none')} → {esc(new)}"
                    + (f" ({text_html(reason)})" if reason else "") + f", by {esc(c.by)}</li>")
    return '<ul class="arising-revisions">' + "".join(rows) + "</ul>"


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def render_alias(site: Site, alias_id: str, home_id: str) -> str:
    """The permalink of an item printed again in another document: it points at the item it is grouped under."""
    root = "../../"
    target = item_href(root, home_id)
    body = [f'<meta http-equiv="refresh" content="0; url={esc(target)}">',
            "<h1>Recorded under another item</h1>",
            f"<p>This decision (<code>{esc(alias_id)}</code>) is the same as {a(target, esc(home_id))}; "
            "its history is kept there.</p>"]
    return front_matter(f"Item {alias_id}") + page_body(body, cls="arising-alias")


# ---- meeting pages: the minutes with the items marked in place -----------------------------------------------


def agenda_anchor(doc: Document, agenda: AgendaItem) -> str:
    label = agenda.minute or agenda.number
    if label:
        return f"{doc.id}-{slug(label, 20)}"
    for m in doc.meetings:
        for i, ag in enumerate(m.agenda_items):
            if ag is agenda:
                return f"{doc.id}-a{i + 1}"
    return doc.id


def _agenda_label(agenda: AgendaItem) -> str:
    n = agenda.minute or agenda.number
    t = agenda.title or ""
    return f"{n}. {t}".strip(". ") if n else t


_WORD = re.compile(r"\w+")


class Words:
    """A text's words, lower-cased and joined by single spaces, with each word's place in the text:
    quotes are found in it whatever the spacing, line breaks and punctuation between words."""

    def __init__(self, text: str):
        spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        words = [text[a:b].lower() for a, b in spans]
        self.norm = " ".join(words)
        self.lens = [len(w) for w in words]
        self.offsets = []  # the index in norm where each word starts
        pos = 0
        for w in words:
            self.offsets.append(pos)
            pos += len(w) + 1

    def find(self, quote: str, start: int = 0) -> tuple[int, int] | None:
        words = _WORD.findall(quote.lower())
        if not words:
            return None
        import bisect

        begin = bisect.bisect_left(self.starts, start)
        first = self.offsets[begin] if begin < len(self.offsets) else len(self.norm)
        hit = self._whole(" ".join(words), first) or self._whole(" ".join(words), 0)
        if hit is None and len(words) > 12:  # a long quote whose middle differs: its first and last words
            head = self._whole(" ".join(words[:8]), first) or self._whole(" ".join(words[:8]), 0)
            tail = self._whole(" ".join(words[-6:]), head[0]) if head else None
            hit = (head[0], tail[1]) if head and tail else None
        return (self.starts[hit[0]], self.ends[hit[1]]) if hit else None

    def _whole(self, needle: str, start: int) -> tuple[int, int] | None:
        """The first and last word index of ``needle`` found as whole words from ``start``."""
        import bisect

        at = self.norm.find(needle, start)
        while at >= 0:
            i = bisect.bisect_left(self.offsets, at)
            j = i + needle.count(" ")
            if i < len(self.offsets) and self.offsets[i] == at and self.offsets[j] + self.lens[j] == at + len(needle):
                return i, j
            at = self.norm.find(needle, at + 1)
        return None


def find_span(text: str, quote: str, start: int = 0, words: Words | None = None) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text``, ignoring differences of spacing, line breaks and punctuation
    between words (the quote is as extracted; the text as read)."""
    return (words or Words(text)).find(quote, start)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The text's lines joined into readable paragraphs, as character ranges. A new paragraph starts at
    a blank line, at a numbered or lettered label, at RESOLVED and the like, and after a short line that
    ends a sentence."""
    lines = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    width = max((len(r.rstrip()) for _, _, r in lines), default=0)
    out: list[tuple[int, int]] = []
    cur: list[int] | None = None
    prev = ""
    for s, e, raw in lines:
        line = raw.strip()
        if not line:
            if cur:
                out.append((cur[0], cur[1]))
            cur, prev = None, ""
            continue
        brk = cur is None or bool(_LIST_START.match(line)) or (
            prev.rstrip().endswith((".", ":", ";", "?", "!")) and len(prev.rstrip()) < 0.8 * width) or (
            prev.isupper() and len(prev) < 80)
        if brk and cur:
            out.append((cur[0], cur[1]))
            cur = None
        if cur is None:
            cur = [s, e]
        else:
            cur[1] = e
        prev = line
    if cur:
        out.append((cur[0], cur[1]))
    return out


def marked_text(site: Site, root: str, doc: Document, agenda: AgendaItem) -> tuple[str, list[Item]]:
    """The agenda item's text as escaped HTML paragraphs, each extracted item marked where it stands
    and linked to its page. Returns the HTML and the items that could not be placed in the text."""
    text = agenda.text or ""
    spans: list[tuple[int, int, Item]] = []
    unplaced = []
    cursor = 0
    words = Words(text)
    for it in agenda.items:
        if site.target(it.id) is None and not site.internal:
            continue
        sp = words.find(it.found.source.quote, cursor) or words.find(it.found.text, cursor)
        if sp is None or any(s < sp[1] and sp[0] < e for s, e, _ in spans):
            unplaced.append(it)
            continue
        spans.append((sp[0], sp[1], it))
        cursor = sp[1]
    spans.sort(key=lambda t: t[0])
    out = []
    for ps, pe in paragraphs(text):
        pieces, pos = [], ps
        for s, e, it in spans:
            if e <= ps or s >= pe:
                continue
            s2, e2 = max(s, ps), min(e, pe)
            if s2 > pos:
                pieces.append(text_html(text[pos:s2]))
            target = site.target(it.id)
            kind = it.kind
            inner = text_html(text[s2:e2])
            if target:
                inner = a(item_href(root, target), inner)
            pieces.append(f'<mark class="arising-mark arising-k-{esc(kind)}">{inner}</mark>')
            if e2 == e:  # the end of the item: say what it is in words
                v = site.by_id.get(target) if target else None
                label = KIND_WORDS[kind] + (f" · {v.item.status}" if v else "")
                pieces.append(f' <span class="arising-pill" data-pagefind-ignore>{esc(label)}</span>')
            pos = e2
        if pos < pe:
            pieces.append(text_html(text[pos:pe]))
        out.append("<p>" + "".join(pieces).strip() + "</p>")
    return "\n".join(out), unplaced


def render_agenda(site: Site, root: str, doc: Document, agenda: AgendaItem) -> list[str]:
    anchor = agenda_anchor(doc, agenda)
    label = _agenda_label(agenda)
    secret = agenda_confidential(doc, agenda)
    if secret and not site.internal:
        return [f'<section class="arising-agenda" id="{esc(anchor)}">',
                f"<h3>{esc(agenda.minute or agenda.number or '')} Exempt or confidential item</h3>",
                '<p class="arising-note">This item is exempt or confidential and is not published here.</p></section>']
    out = [f'<section class="arising-agenda arising-minutes" id="{esc(anchor)}">',
           f"<h3>{text_html(label) if label else 'Preliminary text'}</h3>"]
    if secret:
        out.append('<p class="arising-internal">Confidential or exempt: internal copy only.</p>')
    html_text, unplaced = marked_text(site, root, doc, agenda)
    out.append(html_text)
    if unplaced:
        out.append('<p class="arising-unplaced">Also recorded under this item:</p><ul>' + "".join(
            f"<li>{_item_li(site, root, it)}</li>" for it in unplaced) + "</ul>")
    out.append("</section>")
    return out


def _item_li(site: Site, root: str, it: Item) -> str:
    t = site.target(it.id)
    txt = text_html(short(it.text, 160))
    return f"{esc(KIND_WORDS[it.kind])}: " + (a(item_href(root, t), txt) if t else txt)


def render_meeting(site: Site, g: MeetingGroup) -> str:
    root = "../../"
    title = f"{g.committee}, {long_date(g.date)}"
    body = [f"<h1>{esc(title)}</h1>",
            f'<p class="arising-kicker" data-pagefind-ignore><a href="{root}committees/{g.committee_slug}/"{pf("filter", "committee")}>{esc(g.committee)}</a> · '
            f'<time datetime="{g.date.isoformat()}">{long_date(g.date)}</time></p>']
    docs = []
    for d, _ in g.parts:
        if d not in docs:
            docs.append(d)
    body.append("<ul class=\"arising-docs\" data-pagefind-ignore>" + "".join(
        f"<li>{esc(DOC_KIND_WORDS[d.kind])}: {a(f'{root}documents/{d.id}/', esc(d.title or d.id))}"
        + (f" · {a(root + site.originals[d.id], 'original')}" if d.id in site.originals else "") + "</li>" for d in docs) + "</ul>")
    vs = [site.by_id[it.id] for d, m in g.parts for ag in m.agenda_items for it in ag.items if it.id in site.by_id]
    tracked = [v for v in vs if v.item.tracked]
    if tracked:
        # a list, not a table: the minutes below mark each item in place, the tracker has the columns
        body.append('<h2 id="decisions" data-pagefind-ignore>Tracked items from this meeting</h2>')
        body.append(item_list(site, root, tracked))
    contents = []
    for d, m in g.parts:
        contents.append(f'<h2 id="{esc(d.id)}">{esc(DOC_KIND_WORDS[d.kind])}: {esc(d.title or d.id)}</h2>')
        for ag in m.agenda_items:
            contents += render_agenda(site, root, d, ag)
    body += contents
    return front_matter(title) + page_body(body, cls="arising-meeting", index=True, extra=pf("filter", "type", "meeting"))


# ---- committee, owner, document, listing pages --------------------------------------------------------------


def next_meeting_date(site: Site, committee: str, documents: list[Document] | None = None) -> dt.date | None:
    cal = meeting_calendar(documents if documents is not None else site.documents, site.config)
    return next((d for d in cal.get(committee, []) if d > site.as_of), None)


def matters_arising(site: Site, committee: str) -> list[View]:
    """What the committee's next meeting should hear about: its tracked items not yet resolved,
    oldest meeting first, then by minute."""
    vs = [v for v in site.by_committee().get(committee, []) if v.item.tracked and v.item.status not in CLOSED]
    return sorted(vs, key=lambda v: (v.meeting_date or dt.date.min, _minute_key(v.agenda), v.id))


def _minute_key(agenda: AgendaItem):
    n = agenda.minute or agenda.number or ""
    m = re.match(r"(\d+)", n)
    return (int(m.group(1)) if m else 10**6, n)


def render_committee(site: Site, cslug: str, name: str) -> str:
    root = "../../"
    nxt = next_meeting_date(site, name)
    ma = matters_arising(site, name)
    meetings = sorted((g for g in site.meetings.values() if g.committee_slug == cslug), key=lambda g: g.date, reverse=True)
    when = long_date(nxt) if nxt else "date not yet known"
    body = [f"<h1>{esc(name)}</h1>",
            f'<p class="arising-noprint">{len(meetings)} meeting(s) · {len(ma)} item(s) outstanding · '
            f'{a(root + "tracker/#committee=" + _frag(name), "these in the tracker")}</p>',
            f'<section class="arising-print" id="matters-arising"><h2>Matters arising for the next meeting ({esc(when)})</h2>',
            f'<p class="arising-asof">Outstanding items from previous meetings, as of {long_date(site.as_of)}. '
            '<button type="button" class="arising-noprint" data-arising-print hidden>Print this list</button></p>']
    if ma:
        body.append('<table><thead><tr><th scope="col">Meeting</th><th scope="col">Minute</th>'
                    '<th scope="col">Item</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th>'
                    '<th scope="col">RAG</th></tr></thead><tbody>')
        for v in ma:
            word, reason = site.rag(v)
            body.append(f"<tr><td>{long_date(v.meeting_date)}</td><td>{esc(v.agenda.minute or v.agenda.number or '')}</td>"
                        f"<td>{a(item_href(root, v.id), text_html(short(v.item.text, 200)))}</td>"
                        f"<td>{esc(v.item.owner or '')}</td><td>{due_text(v)}</td><td>{esc(v.item.status)}</td>"
                        f"{rag_cell(word, reason, long=True)}</tr>")
        body.append("</tbody></table>")
    else:
        body.append('<p class="arising-empty">Nothing outstanding.</p>')
    body.append("</section>")
    body.append('<div class="arising-noprint"><h2 id="meetings">Meetings</h2>')
    if meetings:
        body.append('<table><thead><tr><th scope="col">Date</th><th scope="col">Documents</th>'
                    '<th scope="col">Items</th></tr></thead><tbody>')
        for g in meetings:
            n = sum(1 for d, m in g.parts for ag in m.agenda_items for it in ag.items if it.id in site.by_id)
            body.append(f"<tr><td>{a(f'{root}meetings/{g.slug}/', long_date(g.date))}</td>"
                        f"<td>{esc(', '.join(DOC_KIND_WORDS[d.kind] for d, _ in g.parts))}</td><td>{n}</td></tr>")
        body.append("</tbody></table>")
    body.append("</div>")
    body.append(f'<script src="{root}{ASSET_DIR}/print.js"></script>')
    return front_matter(name) + page_body(body, cls="arising-committee")


def _frag(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")


def render_owner(site: Site, oslug: str, name: str) -> str:
    root = "../../"
    vs = site.by_owner().get(oslug, [])
    open_ = sorted((v for v in vs if v.item.tracked and v.item.status not in CLOSED), key=lambda v: sort_key(site, v))
    outstanding = {v.id for v in open_}
    rest = sorted((v for v in vs if v.id not in outstanding), key=lambda v: (v.meeting_date or dt.date.min), reverse=True)
    body = [f"<h1>{esc(name)}</h1>",
            f"<p>{len(open_)} outstanding item(s), {sum(1 for v in open_ if is_overdue(v, site.as_of))} overdue, "
            f"as of {long_date(site.as_of)} · {a(root + 'tracker/#owner=' + _frag(name), 'these in the tracker')}</p>",
            '<h2 id="outstanding">Outstanding</h2>',
            items_table(site, root, open_, columns=("item", "status", "rag", "due", "meeting")) if open_
            else '<p class="arising-empty">Nothing outstanding.</p>']
    if rest:
        body += ['<h2 id="closed">Resolved, noted and other items</h2>',
                 items_table(site, root, rest[:CLOSED_ROWS], columns=("item", "status", "rag", "meeting"))]
        if len(rest) > CLOSED_ROWS:
            body.append(f"<p>The {CLOSED_ROWS} most recent of {len(rest)}; the "
                        f"{a(root + 'tracker/#owner=' + _frag(name), 'tracker')} has every tracked one.</p>")
    return front_matter(name) + page_body(body, cls="arising-owner")


def render_document(site: Site, d: Document) -> str:
    root = "../../"
    title = d.title or d.id
    facts = [("Kind", esc(DOC_KIND_WORDS[d.kind])), ("Format", esc(d.format.upper())), ("File", esc(d.file))]
    if d.pages:
        facts.append(("Pages", str(d.pages)))
    if d.id in site.originals:
        path = site.originals[d.id]
        label = "the original page, as text" if path.endswith(".txt") and d.format == "html" else "the original"
        facts.append(("Original", f'<a href="{esc(root + path)}" download="{esc(_download_name(d, path))}">Download {label}</a>'))
    elif document_confidential(d) and not site.internal:
        facts.append(("Original", "not published here: it holds confidential or exempt material"))
    if d.url and re.match(r"https?://", d.url):
        facts.append(("Published at", f'<a href="{esc(d.url)}" rel="noopener noreferrer">{esc(d.url)}</a>'))
    if d.ocr:
        facts.append(("Text", "read by OCR: check quotes against the original"))
    meetings = []
    for m in d.meetings:
        ms = site.meeting_slug(m.committee, m.date)
        if ms and ms in site.meetings:
            meetings.append(a(f"{root}meetings/{ms}/", esc(f"{site.config.canonical_committee(m.committee)}, {long_date(m.date)}")))
    if meetings:
        facts.append(("Meetings", ", ".join(meetings)))
    body = [f'<p class="arising-kicker" data-pagefind-ignore>{esc(DOC_KIND_WORDS[d.kind])} · <code>{esc(d.id)}</code></p>',
            f"<h1>{text_html(title)}</h1>"]
    if d.confidential:
        body.append('<p class="arising-internal">Confidential document: internal copy only.</p>')
    body.append('<dl class="arising-facts" data-pagefind-ignore>' + "".join(f"<dt>{k}</dt><dd>{val}</dd>" for k, val in facts) + "</dl>")
    if d.warnings:
        body.append('<h2 id="warnings">Reading warnings</h2><ul>' + "".join(f"<li>{text_html(w)}</li>" for w in d.warnings) + "</ul>")
    vs = [site.by_id[it.id] for it in d.items() if it.id in site.by_id]
    twins = [it for it in d.items() if it.id in site.alias]
    # a short list: the meeting page marks them in the minutes, the tracker has the columns
    body.append('<h2 id="items" data-pagefind-ignore>Items</h2>')
    body.append(item_list(site, root, vs) if vs
                else '<p class="arising-empty" data-pagefind-ignore>No items published from this document.</p>')
    if twins:
        body.append("<p>Also recorded here, under items of other documents: " + ", ".join(
            a(item_href(root, site.alias[it.id]), esc(site.alias[it.id])) for it in twins) + "</p>")
    # a document whose meetings have no meeting page shows its text here
    loose = [m for m in d.meetings if not (site.meeting_slug(m.committee, m.date) in site.meetings)]
    for m in loose:
        body.append('<h2 id="text">Text</h2>')
        for ag in m.agenda_items:
            body += render_agenda(site, root, d, ag)
    return front_matter(title) + page_body(body, cls="arising-document", index=bool(loose))


def _download_name(d: Document, path: str) -> str:
    base = re.sub(r"[^\w.\- ]+", "_", os.path.basename(d.file)) or d.id
    return base + ".txt" if path.endswith(".txt") and not base.endswith(".txt") else base


def render_committees_index(site: Site) -> str:
    root = "../"
    rows = []
    for cslug, name in site.committees.items():
        ms = [g for g in site.meetings.values() if g.committee_slug == cslug]
        ma = matters_arising(site, name)
        last = max((g.date for g in ms), default=None)
        rows.append(f"<tr><td>{a(f'{root}committees/{cslug}/', esc(name))}</td><td>{len(ms)}</td>"
                    f"<td>{long_date(last) if last else ''}</td><td>{len(ma)}</td></tr>")
    body = ["<h1>Committees</h1>",
            '<table><thead><tr><th scope="col">Committee</th><th scope="col">Meetings</th>'
            '<th scope="col">Latest meeting</th><th scope="col">Outstanding items</th></tr></thead><tbody>',
            *rows, "</tbody></table>"]
    return front_matter("Committees") + page_body(body, cls="arising-index")


def render_owners_index(site: Site) -> str:
    root = "../"
    per = site.by_owner()
    rows = []
    for oslug, name in site.owners.items():
        vs = per[oslug]
        out = [v for v in vs if v.item.tracked and v.item.status not in CLOSED]
        late = sum(1 for v in out if is_overdue(v, site.as_of))
        rows.append(f"<tr><td>{a(f'{root}owners/{oslug}/', esc(name))}</td><td>{len(out)}</td><td>{late}</td><td>{len(vs)}</td></tr>")
    body = ["<h1>Owners</h1>", "<p>Everyone who must act on something the council decided.</p>",
            '<table><thead><tr><th scope="col">Owner</th><th scope="col">Outstanding</th>'
            '<th scope="col">Overdue</th><th scope="col">All items</th></tr></thead><tbody>', *rows, "</tbody></table>"]
    return front_matter("Owners") + page_body(body, cls="arising-index")


def render_meetings_index(site: Site) -> str:
    root = "../"
    by_year: dict[int, list[MeetingGroup]] = defaultdict(list)
    for g in site.meetings.values():
        by_year[g.date.year].append(g)
    body = ["<h1>Meetings</h1>"]
    for i, year in enumerate(sorted(by_year, reverse=True)):
        gs = sorted(by_year[year], key=lambda g: (g.date, g.committee), reverse=True)
        body.append(f'<details{" open" if i == 0 else ""}><summary>{year} ({len(gs)} meetings)</summary>')
        body.append('<table><thead><tr><th scope="col">Date</th><th scope="col">Committee</th></tr></thead><tbody>')
        body += [f"<tr><td>{a(f'{root}meetings/{g.slug}/', long_date(g.date))}</td><td>{esc(g.committee)}</td></tr>" for g in gs]
        body.append("</tbody></table></details>")
    if not by_year:
        body.append('<p class="arising-empty">No meetings yet.</p>')
    return front_matter("Meetings") + page_body(body, cls="arising-index")


def render_documents_index(site: Site) -> str:
    root = "../"

    def when(d):
        return max((m.date for m in d.meetings if m.date), default=None)
    by_year: dict[int | None, list[Document]] = defaultdict(list)
    for d in site.documents:
        w = when(d)
        by_year[w.year if w else None].append(d)
    body = ["<h1>Documents</h1>"]
    years = sorted((y for y in by_year if y is not None), reverse=True) + ([None] if None in by_year else [])
    for i, year in enumerate(years):
        ds = sorted(by_year[year], key=lambda d: (when(d) or dt.date.min, d.id), reverse=True)
        label = str(year) if year is not None else "Undated"
        body.append(f'<details{" open" if i == 0 else ""}><summary>{label} ({len(ds)} documents)</summary>')
        body.append('<table><thead><tr><th scope="col">Document</th><th scope="col">Kind</th>'
                    '<th scope="col">Date</th><th scope="col">Items</th></tr></thead><tbody>')
        for d in ds:
            n = sum(1 for it in d.items() if it.id in site.by_id)
            body.append(f"<tr><td>{a(f'{root}documents/{d.id}/', text_html(d.title or d.id))}</td><td>{esc(DOC_KIND_WORDS[d.kind])}</td>"
                        f"<td>{long_date(when(d)) if when(d) else ''}</td><td>{n}</td></tr>")
        body.append("</tbody></table></details>")
    if not years:
        body.append('<p class="arising-empty">No documents yet.</p>')
    return front_matter("Documents") + page_body(body, cls="arising-index")


def render_topics(site: Site) -> tuple[str, dict[str, str]]:
    """The topics index and one page per topic with items."""
    per: dict[str, list[View]] = defaultdict(list)
    for v in site.views:
        for t in topics_of(v):
            per[t].append(v)
    pages = {}
    rows = []
    for t in TOPICS:
        vs = per.get(t)
        if not vs:
            continue
        tslug = slug(t)
        out = [v for v in vs if v.item.tracked and v.item.status not in CLOSED]
        rows.append(f"<tr><td>{a(f'../topics/{tslug}/', esc(t))}</td><td>{len(out)}</td><td>{len(vs)}</td></tr>")
        root = "../../"
        vs_sorted = sorted(vs, key=lambda v: (v.item.status in CLOSED, -(v.meeting_date or dt.date.min).toordinal(), v.id))
        shown = vs_sorted[:TOPIC_ROWS]
        body = [f"<h1>{esc(t)}</h1>", f"<p>{len(out)} outstanding of {len(vs)} item(s) on this topic, outstanding first, "
                "then the most recent.</p>",
                items_table(site, root, shown, columns=("item", "kind", "status", "rag", "meeting"))]
        if len(vs) > len(shown):
            body.append(f'<p>And {len(vs) - len(shown)} older item(s): use the {a(root + "search/", "search")} '
                        f'or the {a(root + "tracker/", "tracker")} to find them.</p>')
        pages[f"topics/{tslug}.md"] = front_matter(t) + page_body(body, cls="arising-topic")
    body = ["<h1>Topics</h1>", "<p>Items by subject, matched on their words.</p>",
            '<table><thead><tr><th scope="col">Topic</th><th scope="col">Outstanding</th>'
            '<th scope="col">All items</th></tr></thead><tbody>', *rows, "</tbody></table>"]
    return front_matter("Topics") + page_body(body, cls="arising-index"), pages


# ---- metrics: each measure over time, drawn at build time -----------------------------------------------------


def metric_anchor(measure: str, unit: str | None) -> str:
    return "m-" + slug(f"{measure} {unit or ''}", 60)


_NUMBERS = re.compile(r"£?\d[\d,]*(\.\d+)?\s*(%|per\s*cent|percent)?|\b(19|20)\d\d(-\d\d)?\b", re.I)
_FILLER = re.compile(r"^(the\s+)?(panel|committee|members?|cabinet|report|director|head)\b[^,]*?\b(heard|noted|said|reported|welcomed|was told|were told|showed|confirmed)( the fact)?( that)?\s+", re.I)
MEASURE_SIMILAR = 72
MAX_FUZZY_METRICS = 3000


def measure_key(measure: str) -> str:
    """A measure's words without its figures, dates and reporting verbs: "78% of single assessments ... in
    2023" and "The Panel heard that 83% of single assessments ..." have the same key words."""
    s = _FILLER.sub("", measure.strip())
    s = _NUMBERS.sub(" ", s)
    return " ".join(re.findall(r"[a-z]+", s.lower()))


def metric_series(site: Site) -> dict[tuple[str, str | None], list[tuple[dt.date | None, float, View]]]:
    """The reported figures grouped into measures over time: figures of the same unit whose sentences
    say the same thing once the numbers are taken out. Named by the latest sentence."""
    if site._series is None:
        site._series = _metric_series(site)
    return site._series


def _metric_series(site: Site) -> dict[tuple[str, str | None], list[tuple[dt.date | None, float, View]]]:
    from rapidfuzz import fuzz, process

    found = [(v, v.item.found.metric) for v in site.views if v.item.kind == "metric" and v.item.found.metric]
    fuzzy = len(found) <= MAX_FUZZY_METRICS
    groups: list[list] = []
    reps: dict[str | None, list[tuple[str, int]]] = defaultdict(list)
    for v, mt in sorted(found, key=lambda p: (p[0].meeting_date or dt.date.min, p[0].id)):
        unit = (mt.unit or "").strip() or None
        key = measure_key(mt.measure)
        hit = None
        cands = reps[unit]
        if fuzzy and cands:
            best = process.extractOne(key, [c for c, _ in cands], scorer=fuzz.token_set_ratio, score_cutoff=MEASURE_SIMILAR)
            hit = cands[best[2]][1] if best else None
        elif cands:
            hit = next((g for c, g in cands if c == key), None)
        if hit is None:
            groups.append([unit, []])
            hit = len(groups) - 1
            cands.append((key, hit))
        groups[hit][1].append((v.meeting_date, mt.value, v))
    series = {}
    for unit, pts in groups:
        name = pts[-1][2].item.found.metric.measure
        series[(name, unit)] = pts
    return dict(sorted(series.items(), key=lambda kv: (-len(kv[1]), kv[0][0].lower())))


def svg_chart(points: list[tuple[dt.date, float]], label: str, unit: str | None, width: int = 640, height: int = 220) -> str:
    """A line chart of dated values as inline SVG, with its title and values in words for screen readers."""
    pts = [(d, y) for d, y in points if d is not None]
    if not pts:
        return ""
    left, right, top, bottom = 64, 16, 16, 36
    xs = [d.toordinal() for d, _ in pts]
    ys = [y for _, y in pts]
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(0.0, min(ys)), max(ys)
    if y1 == y0:
        y1 = y0 + (abs(y0) or 1.0)
    pad = (y1 - y0) * 0.08
    y1 += pad

    def sx(x):
        return left + (0.5 if x1 == x0 else (x - x0) / (x1 - x0)) * (width - left - right)

    def sy(y):
        return top + (1 - (y - y0) / (y1 - y0)) * (height - top - bottom)

    u = _unit(unit)
    desc = "; ".join(f"{long_date(d)}: {_num(y)}{u}" for d, y in pts)
    out = [f'<svg class="arising-chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
           f'aria-labelledby="t-{id(points)}">',
           f'<title id="t-{id(points)}">{esc(label)}: {esc(desc)}</title>',
           f'<line x1="{left}" y1="{sy(y0):.1f}" x2="{width - right}" y2="{sy(y0):.1f}" class="arising-axis"/>',
           f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" class="arising-axis"/>']
    for t in _ticks(y0, y1):
        out.append(f'<line x1="{left - 4}" y1="{sy(t):.1f}" x2="{width - right}" y2="{sy(t):.1f}" class="arising-grid"/>')
        out.append(f'<text x="{left - 6}" y="{sy(t) + 4:.1f}" text-anchor="end">{esc(_num(t))}</text>')
    path = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in zip(xs, ys))
    if len(pts) > 1:
        out.append(f'<polyline points="{path}" class="arising-line"/>')
    for x, y, (d, _) in zip(xs, ys, pts):
        out.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="4" class="arising-point"><title>{long_date(d)}: {esc(_num(y))}{esc(u)}</title></circle>')
    out.append(f'<text x="{sx(x0):.1f}" y="{height - 12}" text-anchor="{"start" if x1 != x0 else "middle"}">{pts[0][0]:%b %Y}</text>')
    if x1 != x0:
        out.append(f'<text x="{sx(x1):.1f}" y="{height - 12}" text-anchor="end">{pts[-1][0]:%b %Y}</text>')
    out.append("</svg>")
    return "".join(out)


def _ticks(lo: float, hi: float, n: int = 4) -> list[float]:
    span = hi - lo
    step = 10 ** math.floor(math.log10(span / n)) if span > 0 else 1
    for m in (1, 2, 5, 10):
        if span / (step * m) <= n:
            step *= m
            break
    first = math.ceil(lo / step) * step
    return [first + i * step for i in range(int((hi - first) / step) + 1)]


def render_metrics(site: Site) -> str:
    root = "../"
    series = metric_series(site)
    multi = {k: p for k, p in series.items() if len({d for d, _, _ in p if d}) > 1}
    once = {k: p for k, p in series.items() if k not in multi}
    body = ["<h1>Performance measures</h1>",
            "<p>Figures reported in the minutes and annual reports. A measure reported at more than one meeting "
            "is plotted over time; the others are listed below with the meeting that heard them.</p>"]
    if not series:
        body.append('<p class="arising-empty">No performance measures have been reported yet.</p>')
    for (measure, unit), pts in multi.items():
        anchor = metric_anchor(measure, unit)
        body.append(f'<section class="arising-metric" id="{esc(anchor)}"><h2>{text_html(short(measure, 140))}</h2>')
        body.append(svg_chart([(d, y) for d, y, _ in pts], measure, unit))
        body.append(_metric_table(root, pts, unit))
        body.append("</section>")
    if once:
        body.append('<h2 id="reported-once">Reported once</h2>')
        body.append('<table><thead><tr><th scope="col">Figure</th><th scope="col">Value</th><th scope="col">Date</th>'
                    '<th scope="col">Reported to</th></tr></thead><tbody>')
        for (measure, unit), pts in sorted(once.items(), key=lambda kv: kv[1][-1][0] or dt.date.min, reverse=True):
            for i, (d, y, v) in enumerate(pts):
                rid = f' id="{esc(metric_anchor(measure, unit))}"' if i == 0 else ""
                body.append(f'<tr{rid}><td>{a(item_href(root, v.id), text_html(short(v.item.found.metric.measure, 160)))}</td>'
                            f"<td>{esc(_num(y))}{esc(_unit(unit))}</td><td>{long_date(d)}</td><td>{esc(v.committee or '')}</td></tr>")
        body.append("</tbody></table>")
    return front_matter("Performance measures") + page_body(body, cls="arising-metrics")


def _unit(unit: str | None) -> str:
    if not unit or unit == "count":
        return ""
    return unit if unit == "%" else f" {unit}"


METRIC_ROWS = 24
"""The most recent figures of a measure tabled under its chart (the chart and its description in words
have them all, and each figure has its item page)."""


def _metric_table(root: str, pts, unit) -> str:
    rows = ['<table><thead><tr><th scope="col">Date</th><th scope="col">Value</th><th scope="col">Reported to</th>'
            '<th scope="col">As written</th></tr></thead><tbody>']
    for d, y, v in pts[-METRIC_ROWS:]:
        rows.append(f"<tr><td>{long_date(d)}</td><td>{esc(_num(y))}{esc(_unit(unit))}</td><td>{esc(v.committee or '')}</td>"
                    f"<td>{a(item_href(root, v.id), text_html(short(v.item.found.metric.measure, 120)))}</td></tr>")
    rows.append("</tbody></table>")
    if len(pts) > METRIC_ROWS:
        rows.append(f"<p>The {METRIC_ROWS} most recent of {len(pts)} figures; the chart shows them all.</p>")
    return "".join(rows)


# ---- search ------------------------------------------------------------------------------------------------


def render_search(site: Site) -> str:
    root = "../"
    body = ["<h1>Search</h1>",
            f'<form id="arising-search-form" class="arising-searchform" role="search" action="{root}search/">'
            '<label for="arising-search-q">Search items and minutes</label> '
            '<input id="arising-search-q" name="q" type="search" autocomplete="off"> '
            '<label for="arising-search-type">Show</label> <select id="arising-search-type" name="type">'
            '<option value="">items and minutes</option><option value="item">items only</option>'
            '<option value="meeting">minutes only</option></select> '
            '<button type="submit">Search</button></form>',
            f'<div id="arising-search" data-root="{root}" aria-live="polite"></div>',
            f'<noscript><p>Search needs JavaScript. Browse the {a(root + "tracker/", "tracker")} or '
            f'{a(root + "committees/", "committees")} instead.</p></noscript>',
            f'<script src="{root}{ASSET_DIR}/search.js"></script>']
    return front_matter("Search") + page_body(body, cls="arising-search-page")


# ---- the feed ------------------------------------------------------------------------------------------------


def rss(site: Site, base_url: str = "") -> str:
    """RSS 2.0: the latest new decisions and status changes. Links are absolute when the site's address
    (``site_url`` in mkdocs.yml) is known, else relative to the feed."""
    from xml.sax.saxutils import escape as xesc

    events = []
    for v in site.views:
        it = v.item
        if v.meeting_date and it.kind != "metric":
            when = dt.datetime.combine(v.meeting_date, dt.time(12), dt.timezone.utc)
            events.append((when, f"{it.id}:new", f"New {it.kind}: {short(it.text, 90)}",
                           f"{v.committee or ''}, {long_date(v.meeting_date)}: {it.text}", it.id))
        for i, c in enumerate(it.history):
            if "status" in c.changes:
                old, new = c.changes["status"]
                when = c.at if c.at.tzinfo else c.at.replace(tzinfo=dt.timezone.utc)
                events.append((when, f"{it.id}:{i}", f"{new}: {short(it.text, 90)}",
                               f"Status changed from {old} to {new} by {c.by}. {c.note or ''}".strip(), it.id))
    events.sort(key=lambda e: (e[0], e[1]), reverse=True)
    link = base_url or ""
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0"><channel>',
           f"<title>{xesc(site.name)}</title>", f"<link>{xesc(link or './')}</link>",
           f"<description>New decisions and status changes from {xesc(site.config.council or 'the council')}</description>",
           "<language>en-gb</language>"]
    for when, guid, title, desc, item_id in events[:FEED_SIZE]:
        out.append("<item>"
                   f"<title>{xesc(_CTRL.sub('', title))}</title><link>{xesc(link + 'items/' + item_id + '/')}</link>"
                   f"<description>{xesc(_CTRL.sub('', desc))}</description>"
                   f'<guid isPermaLink="false">{xesc(guid)}</guid><pubDate>{format_datetime(when)}</pubDate></item>')
    out.append("</channel></rss>")
    return "\n".join(out) + "\n"


# ---- every page --------------------------------------------------------------------------------------------


NAV_SECTIONS = [
    {"Tracker": "tracker.md"},
    {"Search": "search.md"},
    {"Browse": [{"Committees": "committees/index.md"}, {"Meetings": "meetings/index.md"}, {"Owners": "owners/index.md"},
                {"Documents": "documents/index.md"}, {"Topics": "topics/index.md"}, {"Performance measures": "metrics.md"}]},
]


def pages(site: Site, intro: str = "") -> dict[str, str]:
    """Every generated file of the staging docs folder: path -> text."""
    out: dict[str, str] = {}
    related_in: dict[str, list[str]] = defaultdict(list)
    supersedes: dict[str, list[str]] = defaultdict(list)
    for v in site.views:
        for r in v.item.links.related:
            t = site.target(r)
            if t:
                related_in[t].append(v.id)
        if v.item.links.superseded_by:
            t = site.target(v.item.links.superseded_by)
            if t:
                supersedes[t].append(v.id)
    out["index.md"] = render_home(site, intro)
    out["tracker.md"] = render_tracker(site)
    out["search.md"] = render_search(site)
    out["metrics.md"] = render_metrics(site)
    out["committees/index.md"] = render_committees_index(site)
    out["meetings/index.md"] = render_meetings_index(site)
    out["owners/index.md"] = render_owners_index(site)
    out["documents/index.md"] = render_documents_index(site)
    out["topics/index.md"], topic_pages = render_topics(site)
    out.update(topic_pages)
    for v in site.views:
        out[f"items/{v.id}.md"] = render_item(site, v, related_in, supersedes)
    for alias_id, home in site.alias.items():
        if alias_id not in site.by_id:
            out[f"items/{alias_id}.md"] = render_alias(site, alias_id, home)
    for g in site.meetings.values():
        out[f"meetings/{g.slug}.md"] = render_meeting(site, g)
    for cslug, name in site.committees.items():
        out[f"committees/{cslug}.md"] = render_committee(site, cslug, name)
    for oslug, name in site.owners.items():
        out[f"owners/{oslug}.md"] = render_owner(site, oslug, name)
    for d in site.documents:
        out[f"documents/{d.id}.md"] = render_document(site, d)
    base = site.site_url.rstrip("/") + "/" if site.site_url else ""
    out["data/tracker.json"] = json.dumps(tracker_data(site), ensure_ascii=False, separators=(",", ":"))
    out["data/tracker.csv"] = tracker_csv(site, base)
    out["feed.xml"] = rss(site, base)
    return out


# ---- staging and building (the I/O) ----------------------------------------------------------------------


def _yaml():
    from ruamel.yaml import YAML

    y = YAML(typ="rt")
    y.width = 120
    y.preserve_quotes = True
    return y


def read_mkdocs_config(path: str):
    try:
        with open(path, encoding="utf-8") as f:
            data = _yaml().load(f)
    except FileNotFoundError:
        raise SiteError(f"{path}: missing; copy mkdocs.yml from a new knowledge base (`arising init`) into it") from None
    except Exception as e:  # ruamel's many parse errors
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise SiteError(f"{path}: {where}{getattr(e, 'problem', None) or e}; fix the YAML") from None
    if not isinstance(data, dict):
        raise SiteError(f"{path}: not a MkDocs configuration (expected a mapping of settings)")
    return data


def _nav_paths(nav) -> set[str]:
    found = set()
    if isinstance(nav, str):
        found.add(nav)
    elif isinstance(nav, dict):
        for v in nav.values():
            found |= _nav_paths(v)
    elif isinstance(nav, list):
        for v in nav:
            found |= _nav_paths(v)
    return found


def staging_config(user: dict, *, docs: list[str], internal: bool, council: str | None) -> dict:
    """The knowledge base's mkdocs.yml, with what the generated site needs: the fixed nav sections,
    generated pages kept out of the nav, a pruned nav, directory URLs, no Material search (the site
    has its own), no web fonts, our stylesheet and our theme overrides (the RSS link in the head)."""
    cfg = user
    cfg["docs_dir"] = "docs"
    # inside the staging folder, as Zensical requires; `arising build` passes its --site-dir to mkdocs
    cfg["site_dir"] = "site"
    cfg["use_directory_urls"] = True
    if internal:
        cfg["site_name"] = f"{cfg.get('site_name') or 'Council decisions and actions'} (internal)"
    if council and cfg.get("site_name") in (None, "Council decisions and actions"):
        cfg["site_name"] = f"{council}: decisions and actions"
    theme = cfg.get("theme")
    if isinstance(theme, str) or theme is None:
        theme = {"name": theme or "material"}
    theme["font"] = False
    theme["custom_dir"] = OVERRIDES  # the knowledge base's own, copied in by stage(), and our main.html
    feats = list(theme.get("features") or [])
    # prune: a page carries only the visible part of the nav (the quadratic growth). Sections
    # stay collapsed unless the council turns on navigation.sections: expanded, every page of the site
    # carries every entry of every section, which costs build time and bytes on each of its pages.
    if "navigation.prune" not in feats:
        feats.append("navigation.prune")
    theme["features"] = feats
    cfg["theme"] = theme
    plugins = cfg.get("plugins")
    if isinstance(plugins, dict):
        plugins.pop("search", None)
    elif isinstance(plugins, list):
        cfg["plugins"] = [p for p in plugins if not (p == "search" or (isinstance(p, dict) and "search" in p))]
    else:
        cfg["plugins"] = []
    css = list(cfg.get("extra_css") or [])
    if f"{ASSET_DIR}/arising.css" not in css:
        css.append(f"{ASSET_DIR}/arising.css")
    cfg["extra_css"] = css
    nav = cfg.get("nav")
    if nav is None:
        nav = [{"Home": "index.md"}] + [p for p in sorted(docs) if p.endswith(".md") and p != "index.md"]
    nav = list(nav)
    have = _nav_paths(nav)
    add = [s for s in NAV_SECTIONS if not (_nav_paths(s) & have)]
    cfg["nav"] = nav[:1] + add + nav[1:]
    patterns = [f"/{d}/" for d in GENERATED_DIRS]
    old = cfg.get("not_in_nav") or ""
    lines = [ln for ln in str(old).splitlines() if ln.strip()]
    cfg["not_in_nav"] = "\n".join(lines + [p for p in patterns if p not in lines]) + "\n"
    return cfg


THEME_MAIN = "theme-main.html"
"""The asset that becomes ``main.html`` of the staging folder's theme ``custom_dir`` (not a page asset)."""
OVERRIDES = "overrides"


def asset_files() -> dict[str, bytes]:
    """The site's scripts and stylesheet, published under ``assets/arising/``."""
    root = resources.files("arising") / "assets"
    out = {}

    def walk(node, prefix=""):
        for child in node.iterdir():
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            elif not child.name.startswith(".") and f"{prefix}{child.name}" != THEME_MAIN:
                out[f"{prefix}{child.name}"] = child.read_bytes()
    walk(root)
    return out


def override_files(kb_root: str, user_cfg) -> dict[str, bytes | str]:
    """The staging folder's theme ``custom_dir``: the knowledge base's own ``theme.custom_dir`` (if it
    has one), and our ``main.html``, which advertises the RSS feed in every page's head, unless theirs
    has a ``main.html`` already."""
    want: dict[str, bytes | str] = {}
    theme = user_cfg.get("theme")
    theirs = theme.get("custom_dir") if isinstance(theme, dict) else None
    if theirs:
        folder = os.path.join(kb_root, str(theirs))
        if not os.path.isdir(folder):
            raise SiteError(f"{os.path.join(kb_root, 'mkdocs.yml')}: theme.custom_dir {theirs!r} is not a folder; "
                            "create it or remove the setting")
        for r, dirs, names in os.walk(folder):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for n in names:
                if not n.startswith("."):
                    path = os.path.join(r, n)
                    want[os.path.relpath(path, folder).replace(os.sep, "/")] = path
    if "main.html" not in want:
        want["main.html"] = (resources.files("arising") / "assets" / THEME_MAIN).read_bytes()
    return want


def load_documents(kb) -> list[Document]:
    """Every record (the store reads them with libyaml and names the file of any that is invalid)."""
    return kb.documents()


def find_source(kb, doc: Document) -> str | None:
    ext = os.path.splitext(doc.file)[1] or f".{doc.format}"
    p = kb.source_path(doc.sha256, ext)
    if os.path.exists(p):
        return p
    for name in os.listdir(kb.sources_dir) if os.path.isdir(kb.sources_dir) else []:
        if name.startswith(doc.sha256):
            return os.path.join(kb.sources_dir, name)
    return None


@dataclass
class Staged:
    folder: str
    config_file: str
    site: Site
    pages: int


def stage(kb, *, internal: bool, as_of: dt.date, staging: str | None = None) -> Staged:
    """Write the staging project: a copy of the knowledge base's docs/, the generated pages, the
    assets and the originals, and its mkdocs.yml. Returns where it is.

    Python's cycle collector is paused meanwhile: the records are many small objects that live until
    the end, and rendering makes strings, not cycles, so each full collection would walk every record
    for nothing (a tenth of the staging time at 10,000 meetings)."""
    import gc

    paused = gc.isenabled()
    gc.disable()
    try:
        return _stage(kb, internal=internal, as_of=as_of, staging=staging)
    finally:
        if paused:
            gc.enable()


def _stage(kb, *, internal: bool, as_of: dt.date, staging: str | None = None) -> Staged:
    staging = staging or os.path.join(kb.derived_dir, "site-internal" if internal else "site-public")
    user_docs = os.path.join(kb.root, "docs")
    user_cfg = read_mkdocs_config(os.path.join(kb.root, "mkdocs.yml"))
    documents = load_documents(kb)
    originals = {}
    sources = {}
    for d in documents:
        src = find_source(kb, d)
        if src:
            originals[d.id] = original_name(d)
            sources[d.id] = src
    site_url = user_cfg.get("site_url") or None
    site = make_site(documents, kb.config, as_of=as_of, internal=internal, originals=originals,
                     site_url=str(site_url) if site_url else None)
    docs = os.path.join(staging, "docs")
    want: dict[str, bytes | str] = {}  # path in docs/ -> its bytes, or the path of a file to link
    user_md = []
    for r, dirs, names in os.walk(user_docs):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for n in names:
            if not n.startswith("."):
                path = os.path.join(r, n)
                rel = os.path.relpath(path, user_docs).replace(os.sep, "/")
                user_md.append(rel)
                with open(path, "rb") as f:
                    want[rel] = f.read()
    intro = want.get("index.md", b"").decode("utf-8", "replace")
    generated = pages(site, intro)
    want.update((rel, text.encode("utf-8")) for rel, text in generated.items())
    want.update((f"{ASSET_DIR}/{rel}", data) for rel, data in asset_files().items())
    want.update((rel, sources[doc_id]) for doc_id, rel in site.originals.items())
    sync_folder(docs, want)
    sync_folder(os.path.join(staging, OVERRIDES), override_files(kb.root, user_cfg))
    cfg = staging_config(user_cfg, docs=user_md, internal=internal,
                         council=kb.config.council)
    config_file = os.path.join(staging, "mkdocs.yml")
    with open(config_file, "w", encoding="utf-8") as f:
        f.write("# Generated by `arising build` from the knowledge base's mkdocs.yml; edit that file, not this one.\n")
        _yaml().dump(cfg, f)
    return Staged(staging, config_file, site, sum(1 for p in generated if p.endswith(".md")))


def sync_folder(folder: str, want: dict[str, bytes | str]) -> None:
    """Make ``folder`` hold exactly ``want`` (relative path -> bytes, or the path of a file to link or
    copy): unchanged files are left alone and files no longer wanted are removed, so a rebuild touches
    only what changed."""
    have = set()
    for r, _, names in os.walk(folder):
        have.update(os.path.relpath(os.path.join(r, n), folder).replace(os.sep, "/") for n in names)
    for rel in have - set(want):
        os.unlink(os.path.join(folder, rel))
    made = set()
    for rel, content in want.items():
        path = os.path.join(folder, rel)
        d = os.path.dirname(path)
        if d not in made:
            os.makedirs(d, exist_ok=True)
            made.add(d)
        if isinstance(content, bytes):
            if rel in have and os.path.getsize(path) == len(content):
                with open(path, "rb") as f:
                    if f.read() == content:
                        continue
            with open(path, "wb") as f:
                f.write(content)
        else:
            if rel in have and os.path.samefile(path, content):
                continue
            if rel in have:
                os.unlink(path)
            try:
                os.link(content, path)
            except OSError:
                shutil.copyfile(content, path)
    for r, dirs, names in os.walk(folder, topdown=False):
        if r != folder and not dirs and not names:
            os.rmdir(r)


MARKER = ".arising-site"


def default_site_dir(kb, internal: bool = False) -> str:
    """Where ``arising build`` writes and ``arising serve`` serves: KB/site, or KB/site-internal."""
    return os.path.join(kb.root, "site-internal" if internal else "site")


def check_site_dir(kb, site_dir: str) -> None:
    """Refuse a site folder that would wipe something else: mkdocs empties it before building."""
    target = os.path.abspath(site_dir)
    kb_root = os.path.abspath(kb.root)
    for protected in (kb_root, os.path.join(kb_root, "docs"), kb.records_dir, kb.sources_dir, kb.derived_dir):
        if target == protected or protected.startswith(target + os.sep):
            raise SiteError(f"{site_dir}: the site folder would overwrite the knowledge base; choose another --site-dir")
    if target == os.path.abspath(os.path.expanduser("~")) or target == os.path.abspath(os.sep):
        raise SiteError(f"{site_dir}: refusing to build a site over this folder; choose an empty --site-dir")
    if os.path.isdir(target) and os.listdir(target) and not os.path.exists(os.path.join(target, MARKER)) \
            and not os.path.exists(os.path.join(target, "sitemap.xml")):
        raise SiteError(f"{site_dir}: not empty and not a site Arising built; choose an empty or new --site-dir")


def run_mkdocs(config_file: str, site_dir: str) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", config_file,
                           "--site-dir", site_dir],
                          capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        lines = [ln.strip() for ln in (proc.stderr + proc.stdout).splitlines() if ln.strip()]
        problem = next((ln for ln in lines if ln.startswith(("WARNING", "ERROR"))), lines[-1] if lines else "no output")
        problem = " ".join(problem.split())
        raise SiteError(f"{config_file}: mkdocs build --strict failed: {problem}")


def pagefind_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("pagefind") is not None and importlib.util.find_spec("pagefind_bin") is not None


def run_pagefind(site_dir: str) -> bool:
    """Index the built site for offline search; False when Pagefind is not installed."""
    if not pagefind_available():
        return False
    # only the pages that carry searchable text (data-pagefind-body): items, meetings and documents;
    # the listings (committees, owners, topics) are large and would only be read to be skipped
    proc = subprocess.run([sys.executable, "-m", "pagefind", "--site", site_dir, "--silent", "--force-language", "en",
                           "--glob", "{items,meetings,documents}/**/*.html"],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        lines = [ln for ln in (proc.stderr + proc.stdout).splitlines() if ln.strip()]
        raise SiteError(f"{site_dir}: the search index could not be built: {lines[-1] if lines else 'pagefind failed'}")
    return True


@dataclass
class Built:
    site_dir: str
    staging: str
    site: Site
    pages: int
    search: bool
    timings: dict[str, float] = field(default_factory=dict)


def build(kb, *, site_dir: str | None = None, internal: bool = False, as_of: dt.date | None = None) -> Built:
    """Stage the knowledge base's site and build it with ``mkdocs build --strict``, then index it for search."""
    from filelock import FileLock, Timeout

    site_dir = os.path.abspath(site_dir or default_site_dir(kb, internal))
    check_site_dir(kb, site_dir)
    as_of = as_of or dt.date.today()
    os.makedirs(kb.derived_dir, exist_ok=True)
    try:
        with FileLock(os.path.join(kb.derived_dir, "build.lock"), timeout=2):
            t0 = time.perf_counter()
            staged = stage(kb, internal=internal, as_of=as_of)
            t1 = time.perf_counter()
            run_mkdocs(staged.config_file, site_dir)
            t2 = time.perf_counter()
            searchable = run_pagefind(site_dir)
            t3 = time.perf_counter()
            with open(os.path.join(site_dir, MARKER), "w", encoding="utf-8") as f:
                f.write(json.dumps({"built": dt.datetime.now().isoformat(timespec="seconds"), "internal": internal,
                                    "as_of": as_of.isoformat()}) + "\n")
    except Timeout:
        raise SiteError(f"{kb.root}: another `arising build` is running; wait for it to finish") from None
    return Built(site_dir, staged.folder, staged.site, staged.pages, searchable,
                 {"stage": t1 - t0, "mkdocs": t2 - t1, "search": t3 - t2})
