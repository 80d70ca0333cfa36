"""The tracker: every item as a clerk follows it -- status, response, due date resolved to a real
date, RAG computed on reading, history with undo.

Pure functions over records (``Document`` objects); the CLI loads and saves. RAG depends on the day
it is read, so it is never stored:

* red    -- overdue (tracked, not resolved, past due), or open with no update for six months
* amber  -- due within 30 days, or tracked with no due date
* green  -- on track, or resolved
* grey   -- noted, superseded, or not accepted

The same decision published in several documents (agenda-item page, issue history, printed minutes,
decision notice) is one item with several sources: ``views()`` groups them under the item of the
most authoritative document.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from arising.config import Config
from arising.model import RESPONSES, STATUSES, AgendaItem, Change, Document, Item, Meeting, Source, check_due

RAG_WORDS = ("red", "amber", "green", "grey")
CLOSED = {"resolved", "superseded", "noted"}
STALE_DAYS = 183
SOON_DAYS = 30
# which publication of a decision is the item's home when the same decision appears in several
DOC_RANK = {"minutes": 0, "decision": 1, "agenda-item": 2, "issue-history": 3, "action-log": 4,
            "annual-report": 5, "other": 6}
SAME_DECISION = 0.9


class TrackerError(ValueError):
    """A refused change; ``str()`` is one line naming the item and what is allowed."""


@dataclass
class View:
    item: Item
    document: Document
    meeting: Meeting
    agenda: AgendaItem
    due_date: dt.date | None = None
    """The due resolved to a day: a month's last day, the committee's next meeting date."""
    response_due: dt.date | None = None
    also: list[tuple[Item, Document]] = field(default_factory=list)
    """The same decision published in other documents."""

    @property
    def id(self) -> str:
        return self.item.id

    @property
    def committee(self) -> str | None:
        return self.meeting.committee

    @property
    def meeting_date(self) -> dt.date | None:
        return self.meeting.date

    @property
    def sources(self) -> list[Source]:
        return [self.item.found.source, *self.item.sources, *(o.found.source for o, _ in self.also)]

    def last_update(self) -> dt.date | None:
        """The day of the last recorded change, else the meeting date."""
        if self.item.history:
            return self.item.history[-1].at.date()
        return self.meeting.date


# ---- dates ----------------------------------------------------------------------------------


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def meeting_calendar(documents: list[Document], config: Config) -> dict[str, list[dt.date]]:
    """Every known meeting date by committee (its name in arising.yml, matched case- and apostrophe-
    insensitively): from the minutes ingested and arising.yml's future meetings."""
    out: dict[str, set[dt.date]] = {}
    for d in documents:
        for m in d.meetings:
            if m.committee and m.date:
                out.setdefault(canonical_committee(m.committee, config), set()).add(m.date)
    for name, dates in config.future_meetings.items():
        out.setdefault(canonical_committee(name, config), set()).update(dates)
    return {k: sorted(v) for k, v in out.items()}


def next_meeting(committee: str | None, after: dt.date | None, cal: dict[str, list[dt.date]]) -> dt.date | None:
    if not committee or not after:
        return None
    return next((d for d in cal.get(committee, []) if d > after), None)


def resolve_due(due: str | None, committee: str | None, meeting_date: dt.date | None,
                cal: dict[str, list[dt.date]]) -> dt.date | None:
    """A due as a day: ``2024-05`` -> 2024-05-31; ``next-meeting`` -> the committee's next meeting
    date once known; ``future-meeting`` -> None (no date until the clerk sets one)."""
    if not due:
        return None
    if due == "next-meeting":
        return next_meeting(committee, meeting_date, cal)
    if due == "future-meeting":
        return None
    if len(due) == 7:
        return month_end(int(due[:4]), int(due[5:]))
    return dt.date.fromisoformat(due)


def is_scrutiny(committee: str | None) -> bool:
    name = (committee or "").lower()
    return "scrutiny" in name or "overview" in name or "select committee" in name


# ---- views and RAG ------------------------------------------------------------------------------


def views(documents: list[Document], config: Config, include_untracked: bool = True) -> list[View]:
    """Every item with its place, due resolved, and duplicates of the same decision grouped."""
    cal = meeting_calendar(documents, config)
    out: list[View] = []
    by_meeting: dict[tuple, list[View]] = {}
    ordered = sorted(documents, key=lambda d: (DOC_RANK.get(d.kind, 9), d.id))
    for d in ordered:
        for m in d.meetings:
            for a in m.agenda_items:
                for it in a.items:
                    if not include_untracked and not it.tracked:
                        continue
                    committee = canonical_committee(m.committee, config)
                    key = (committee, m.date)
                    twin = _same_decision(it, by_meeting.get(key, [])) if m.committee and m.date else None
                    if twin is not None and twin.document.id != d.id:
                        twin.also.append((it, d))
                        continue
                    v = View(item=it, document=d, meeting=m, agenda=a)
                    v.due_date = resolve_due(it.due, committee, m.date, cal)
                    if it.kind == "recommendation" and is_scrutiny(m.committee) and m.date:
                        v.response_due = add_months(m.date, config.scrutiny.response_due_months)
                    by_meeting.setdefault(key, []).append(v)
                    out.append(v)
    return out


def _same_decision(it: Item, candidates: list[View]) -> View | None:
    best, score = None, SAME_DECISION
    for v in candidates:
        if v.item.kind != it.kind:
            continue
        s = fuzz.token_sort_ratio(v.item.text, it.text) / 100
        if s >= score:
            best, score = v, s
    return best


def is_overdue(v: View, as_of: dt.date) -> bool:
    return (v.item.tracked and v.item.status not in CLOSED and v.due_date is not None and as_of > v.due_date)


def rag(v: View, as_of: dt.date) -> tuple[str, str]:
    """(colour word, reason), as of ``as_of``."""
    it = v.item
    if it.status in ("noted", "superseded") or it.response == "not-accepted" or not it.tracked:
        return "grey", {"superseded": "superseded", "noted": "noted"}.get(it.status, "not accepted" if it.response == "not-accepted" else "not tracked")
    if it.status == "resolved":
        return "green", "resolved"
    if is_overdue(v, as_of):
        return "red", f"overdue since {v.due_date.isoformat()}"
    last = v.last_update()
    if it.status == "open" and last and (as_of - last).days > STALE_DAYS:
        return "red", f"open with no update since {last.isoformat()}"
    if v.response_due and it.response == "pending" and as_of > v.response_due:
        return "red", f"response overdue since {v.response_due.isoformat()}"
    if v.due_date is None:
        return "amber", "no due date"
    if (v.due_date - as_of).days <= SOON_DAYS:
        return "amber", f"due {v.due_date.isoformat()}"
    return "green", f"on track, due {v.due_date.isoformat()}"


# ---- changes ------------------------------------------------------------------------------------


def apply_change(item: Item, *, by: str, at: dt.datetime, status: str | None = None, response: str | None = None,
                 owner: str | None = None, due: str | None = None, reason: str | None = None,
                 note: str | None = None, evidence: str | None = None, superseded_by: str | None = None,
                 related: str | None = None, proposal: str | None = None,
                 known_ids: set[str] | None = None) -> Change | None:
    """Apply one dated change to ``item`` and record it in its history. Validates everything first,
    so a refused change leaves the item untouched. Returns the Change, or None if nothing changed."""
    if status is not None and status not in STATUSES:
        raise TrackerError(f"{item.id}: status {status!r} is not allowed; use one of: {', '.join(STATUSES)}")
    if response is not None and response not in RESPONSES:
        raise TrackerError(f"{item.id}: response {response!r} is not allowed; use one of: {', '.join(RESPONSES)}")
    if due is not None:
        try:
            check_due(due)
        except ValueError as e:
            raise TrackerError(f"{item.id}: {e}") from None
        if item.due and due != item.due and not (reason or "").strip():
            raise TrackerError(f"{item.id}: revising the due date from {item.due} to {due} needs a reason (--reason TEXT)")
    for ref in (superseded_by, related):
        if ref is not None and known_ids is not None and ref not in known_ids:
            raise TrackerError(f"{item.id}: no item {ref!r} in the knowledge base")
        if ref is not None and ref == item.id:
            raise TrackerError(f"{item.id}: an item cannot refer to itself")
    changes: dict[str, list] = {}

    def put(name, old, new):
        if new is not None and new != old:
            changes[name] = [old, new]

    put("status", item.status, status)
    put("response", item.response, response)
    put("owner", item.owner, owner)
    put("due", item.due, due)
    put("superseded_by", item.links.superseded_by, superseded_by)
    if related is not None and related not in item.links.related:
        changes["related"] = [None, related]
    if superseded_by is not None and status is None and item.status != "superseded":
        changes["status"] = [item.status, "superseded"]
    if not changes and not note and not evidence:
        return None
    if "due" in changes:
        changes["due_reason"] = [item.edits.due_reason, reason]
    _set(item, changes)
    change = Change(at=at, by=by, changes=changes, evidence=evidence, note=note, proposal=proposal)
    item.history.append(change)
    return change


def _set(item: Item, changes: dict[str, list], index: int = 1) -> None:
    """Set each changed field to element ``index`` of its [old, new] pair (1 to apply, 0 to revert)."""
    for name, pair in changes.items():
        value = pair[index]
        if name == "status":
            item.status = value
        elif name == "response":
            item.response = value
        elif name == "owner":
            # reverting to what the extractor found clears the edit, so a later re-extraction shows through
            found = item.found.owner_normalised or item.found.owner
            item.edits.owner = None if index == 0 and value == found else value
        elif name == "due":
            item.edits.due = None if index == 0 and value == item.found.due else value
        elif name == "due_reason":
            item.edits.due_reason = value
        elif name == "superseded_by":
            item.links.superseded_by = value
        elif name == "related":
            if index == 1 and pair[1] not in item.links.related:
                item.links.related.append(pair[1])
            elif index == 0 and pair[1] in item.links.related:
                item.links.related.remove(pair[1])


def undo(item: Item, *, by: str, at: dt.datetime) -> Change:
    """Revert the last change that is not already undone; the undo itself is recorded."""
    undone = {c.undoes for c in item.history if c.undoes is not None}
    for i in range(len(item.history) - 1, -1, -1):
        c = item.history[i]
        if c.undoes is None and i not in undone:
            _set(item, c.changes, index=0)
            reverted = {k: [v[1], v[0]] for k, v in c.changes.items()}
            change = Change(at=at, by=by, changes=reverted, undoes=i,
                            note=f"undo of the change of {c.at.isoformat(timespec='minutes')} by {c.by}",
                            proposal=c.proposal)
            item.history.append(change)
            return change
    raise TrackerError(f"{item.id}: nothing to undo")


# ---- finding items, names and filters -----------------------------------------------------------

OUTSTANDING_STATUSES = ("open", "in-progress")


def norm_name(name: str | None) -> str:
    """A name as compared: case-folded, curly quotes straightened, spaces collapsed."""
    s = (name or "").replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    return " ".join(s.split()).casefold()


def canonical_owner(name: str | None, config: Config) -> str | None:
    """An owner through arising.yml's aliases (case-insensitive); as given when no alias applies."""
    if not name or not name.strip():
        return None
    name = " ".join(name.split())
    aliases = {norm_name(k): v for k, v in config.owner_aliases().items()}
    return aliases.get(norm_name(name), name)


def owner_matches(v: View, owner: str, config: Config) -> bool:
    want = norm_name(canonical_owner(owner, config))
    return bool(v.item.owner) and norm_name(canonical_owner(v.item.owner, config)) == want


_NAMES: dict[int, tuple[Config, dict[str, str]]] = {}


def committee_names(config: Config) -> dict[str, str]:
    """Every way of naming a configured committee (name, alias, id slug; normalised) -> its name.
    Computed once per settings object (views() asks for every item)."""
    cached = _NAMES.get(id(config))
    if cached is not None and cached[0] is config:
        return cached[1]
    out: dict[str, str] = {}
    for c in config.committees:
        for n in (c.name, *c.aliases, c.id_slug()):
            out.setdefault(norm_name(n), c.name)
    _NAMES.clear()
    _NAMES[id(config)] = (config, out)
    return out


def canonical_committee(name: str | None, config: Config) -> str | None:
    """A committee through arising.yml's names, aliases and slugs, case- and apostrophe-insensitively."""
    if not name:
        return None
    return committee_names(config).get(norm_name(name), name)


def committee_matches(v: View, committee: str, config: Config) -> bool:
    return bool(v.committee) and norm_name(canonical_committee(v.committee, config)) == norm_name(
        canonical_committee(committee, config))


def known_committees(documents: list[Document], config: Config) -> list[str]:
    names = {canonical_committee(m.committee, config) for d in documents for m in d.meetings if m.committee}
    names.update(c.name for c in config.committees)
    return sorted(n for n in names if n)


def known_owners(views_: list[View], config: Config) -> list[str]:
    names = {canonical_owner(v.item.owner, config) for v in views_ if v.item.owner}
    names.update(config.owners)
    return sorted(n for n in names if n)


def oldest_first(vs: list[View]) -> list[View]:
    """By meeting date, undated last; a stable sort, so the agenda order within a meeting is kept."""
    return sorted(vs, key=lambda v: (v.meeting_date is None, v.meeting_date or dt.date.min))


def outstanding(v: View) -> bool:
    """Not yet resolved: a tracked item that is open or in progress, or a recommendation still waiting
    for its response (even if implemented). Noted and superseded items are never outstanding."""
    it = v.item
    if not it.tracked or it.status in ("noted", "superseded"):
        return False
    return it.status in OUTSTANDING_STATUSES or (it.kind == "recommendation" and it.response == "pending")


def find_item(documents: list[Document], item_id: str) -> tuple[Item, Document, Meeting, AgendaItem] | None:
    for d in documents:
        for m in d.meetings:
            for a in m.agenda_items:
                for it in a.items:
                    if it.id == item_id:
                        return it, d, m, a
    return None


def find_view(documents: list[Document], config: Config, item_id: str) -> View | None:
    """The view of one item. An item grouped under another publication of the same decision gets a
    view of its own whose ``also`` holds the item it is grouped under and that item's other sources."""
    all_views = views(documents, config)
    for v in all_views:
        if v.id == item_id:
            return v
    for v in all_views:
        for other, d in v.also:
            if other.id == item_id:
                _, _, m, a = find_item([d], item_id)
                twin = View(item=other, document=d, meeting=m, agenda=a, response_due=v.response_due)
                twin.due_date = resolve_due(other.due, canonical_committee(m.committee, config), m.date,
                                            meeting_calendar(documents, config))
                twin.also = [(v.item, v.document)] + [(o, od) for o, od in v.also if o.id != item_id]
                return twin
    return None


def suggest(query: str, choices, limit: int = 3, cutoff: float = 60) -> list[str]:
    """The choices closest to a mistyped name or id, best first."""
    from rapidfuzz import process

    found = process.extract(query, sorted(choices), scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
    best = found[0][1] if found else 0
    return [c for c, score, _ in found if score >= best - 8]


def unknown_item_message(item_id: str, ids) -> str:
    close = suggest(item_id, ids)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `arising list` shows the ids"
    return f"no item {item_id!r} in the knowledge base{hint}"


def supersedes(item_id: str, documents: list[Document]) -> list[Item]:
    """The items that a later item replaced: those whose ``superseded_by`` is ``item_id``."""
    return [it for d in documents for it in d.items() if it.links.superseded_by == item_id]


def related_to(item_id: str, documents: list[Document]) -> list[Item]:
    """Items that name ``item_id`` among their related items."""
    return [it for d in documents for it in d.items() if item_id in it.links.related]


def last_note(item: Item) -> str | None:
    """The latest note in the item's history (what the CSV shows in its note column)."""
    for c in reversed(item.history):
        if c.note:
            return c.note
    return None


@dataclass
class DueRevision:
    at: dt.datetime
    by: str
    old: str | None
    new: str | None
    reason: str | None


def due_revisions(item: Item) -> list[DueRevision]:
    out = []
    for c in item.history:
        if "due" in c.changes:
            old, new = c.changes["due"]
            reason = c.changes.get("due_reason", [None, None])[1] if c.undoes is None else c.note
            out.append(DueRevision(c.at, c.by, old, new, reason))
    return out


# ---- what is owed: matters arising and an officer's list ------------------------------------------


def next_meeting_on_or_after(committee: str | None, day: dt.date, cal: dict[str, list[dt.date]]) -> dt.date | None:
    return next((d for d in cal.get(committee or "", []) if d >= day), None)


def matters_arising(all_views: list[View], config: Config, committee: str, meeting_date: dt.date) -> list[View]:
    """What the clerk puts on the agenda of ``committee``'s meeting on ``meeting_date``: every tracked
    item of that committee, decided before the meeting, not yet resolved; oldest first."""
    out = [v for v in all_views if committee_matches(v, committee, config) and outstanding(v)
           and (v.meeting_date is None or v.meeting_date < meeting_date)]
    return oldest_first(out)


def owed_by(all_views: list[View], config: Config, owner: str, as_of: dt.date) -> list[tuple[str, list[View]]]:
    """What one officer owes, by committee (committees in name order); within each, overdue items
    first, then by due date, then oldest first."""
    mine = [v for v in all_views if owner_matches(v, owner, config) and outstanding(v)]
    groups: dict[str, list[View]] = {}
    for v in mine:
        groups.setdefault(canonical_committee(v.committee, config) or "(no committee)", []).append(v)

    def key(v: View):
        return (not is_overdue(v, as_of), v.due_date or dt.date.max, v.meeting_date or dt.date.min)

    return [(name, sorted(vs, key=key)) for name, vs in sorted(groups.items())]


# ---- values as a person types them (command line, CSV) ------------------------------------------


def parse_choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    """``In Progress`` -> ``in-progress``; anything not allowed raises TrackerError naming the choices."""
    v = "-".join(str(value).strip().lower().replace("_", " ").split())
    if v not in allowed:
        raise TrackerError(f"{what} {str(value).strip()!r} is not allowed; use one of: {', '.join(allowed)}")
    return v


_EXCEL_MONTH = re.compile(r"([A-Za-z]{3})-(\d{2}|\d{4})")


def parse_due(value: str) -> str:
    """A due as typed: ``next-meeting``, ``future-meeting``, or any date form ``ingest.dates.parse_user_date``
    accepts (a month stays a month). Excel's re-saved months (``May-24``) are read as months too."""
    from ingest.dates import MONTHS, parse_user_date

    t = " ".join(str(value).split())
    low = t.lower().replace(" ", "-")
    if low in ("next-meeting", "future-meeting"):
        return low
    m = _EXCEL_MONTH.fullmatch(t)
    if m and m.group(1).lower() in MONTHS:
        year = int(m.group(2)) + (2000 if len(m.group(2)) == 2 else 0)
        return f"{year:04d}-{MONTHS[m.group(1).lower()]:02d}"
    try:
        return parse_user_date(t)
    except ValueError as e:
        raise TrackerError(f"{e}, next-meeting or future-meeting") from None


def parse_day(value: str, *, end: bool = False) -> dt.date:
    """A day as typed (``--as-of``, ``--since``): a month means its first day, or its last with ``end``."""
    from ingest.dates import parse_user_date

    try:
        iso = parse_user_date(" ".join(str(value).split()))
    except ValueError as e:
        raise TrackerError(str(e)) from None
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:])
        return month_end(y, m) if end else dt.date(y, m, 1)
    return dt.date.fromisoformat(iso)


# ---- a clerk's spreadsheet: which cells changed -------------------------------------------------

CSV_EDITABLE = ("status", "response", "owner", "due", "reason", "note")


@dataclass
class RowChange:
    row: int
    item_id: str
    kwargs: dict
    """Keyword arguments for ``apply_change``."""
    lines: list[str]
    """``id: field old -> new`` for each changed cell."""


def plan_csv_changes(rows: list[tuple[int, dict[str, str]]], documents: list[Document],
                     config: Config) -> tuple[list[RowChange], list[str]]:
    """Compare each row's editable cells with the item's current values. Returns the changes to make
    and the refusals (``row N (id): problem; what is allowed``). Nothing is changed here."""
    items = {it.id: it for d in documents for it in d.items()}
    plans: list[RowChange] = []
    errors: list[str] = []
    seen: dict[str, int] = {}
    for row, cells in rows:
        item_id = (cells.get("id") or "").strip()
        if not item_id:
            errors.append(f"row {row}: the id cell is empty; every row needs the id it was exported with")
            continue
        if item_id in seen:
            errors.append(f"row {row} ({item_id}): the same item is on row {seen[item_id]} already; keep one row per item")
            continue
        seen[item_id] = row
        it = items.get(item_id)
        if it is None:
            errors.append(f"row {row}: {unknown_item_message(item_id, items)}")
            continue
        try:
            plan = _plan_row(row, it, cells, config)
        except TrackerError as e:
            errors.append(f"row {row} ({item_id}): {e}")
            continue
        if plan is not None:
            plans.append(plan)
    return plans, errors


def _plan_row(row: int, it: Item, cells: dict[str, str], config: Config) -> RowChange | None:
    cell = {k: " ".join((cells.get(k) or "").split()) for k in CSV_EDITABLE}
    kwargs: dict = {}
    lines: list[str] = []

    def changed(field: str, old, new) -> None:
        lines.append(f"{it.id}: {field} {old if old is not None else '(none)'} -> {new}")

    def required(field: str, current) -> bool:
        """False when the cell is empty and the item has no value either (nothing to compare)."""
        if cell[field]:
            return True
        if current is not None:
            raise TrackerError(f"the {field} cell is empty; it cannot be cleared, so write the {field} the item "
                               f"should have (now {current})")
        return False

    if required("status", it.status):
        status = parse_choice(cell["status"], STATUSES, "status")
        if status != it.status:
            kwargs["status"] = status
            changed("status", it.status, status)
    if required("response", it.response):
        response = parse_choice(cell["response"], RESPONSES, "response")
        if response != it.response:
            kwargs["response"] = response
            changed("response", it.response, response)
    if required("owner", it.owner):
        owner = canonical_owner(cell["owner"], config)
        if norm_name(owner) != norm_name(canonical_owner(it.owner, config)):
            kwargs["owner"] = owner
            changed("owner", it.owner, owner)
    if required("due", it.due):
        due = parse_due(cell["due"])
        if due != it.due:
            kwargs["due"] = due
            changed("due", it.due, due)
    reason = cell["reason"] or None
    if "due" in kwargs:
        if it.due and (not reason or reason == it.edits.due_reason):
            raise TrackerError(f"the due changes from {it.due} to {kwargs['due']}; write the reason for this "
                               f"revision in the reason column")
        if reason:
            kwargs["reason"] = reason
            lines.append(f"{it.id}: reason {reason}")
    elif reason != (" ".join((it.edits.due_reason or "").split()) or None):
        raise TrackerError("the reason cell changed but the due did not; the reason explains a revision of the "
                           "due, so change the due too or put the reason back")
    if cell["note"] and cell["note"] != " ".join((last_note(it) or "").split()):
        kwargs["note"] = cell["note"]
        lines.append(f"{it.id}: note {cell['note']}")
    if not kwargs:
        return None
    return RowChange(row=row, item_id=it.id, kwargs=kwargs, lines=lines)
