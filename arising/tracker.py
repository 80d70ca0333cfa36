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
    """Every known meeting date by committee: from the minutes ingested and arising.yml's future meetings."""
    out: dict[str, set[dt.date]] = {}
    for d in documents:
        for m in d.meetings:
            if m.committee and m.date:
                out.setdefault(config.canonical_committee(m.committee), set()).add(m.date)
    for name, dates in config.future_meetings.items():
        out.setdefault(config.canonical_committee(name), set()).update(dates)
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
                    key = (config.canonical_committee(m.committee), m.date)
                    twin = _same_decision(it, by_meeting.get(key, [])) if m.committee and m.date else None
                    if twin is not None and twin.document.id != d.id:
                        twin.also.append((it, d))
                        continue
                    v = View(item=it, document=d, meeting=m, agenda=a)
                    v.due_date = resolve_due(it.due, config.canonical_committee(m.committee), m.date, cal)
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
            item.edits.owner = value
        elif name == "due":
            item.edits.due = value
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
