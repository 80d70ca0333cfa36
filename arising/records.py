"""Records from extraction: stable, typeable ids, and re-extraction that never drops a human edit.

Pure functions. An item id is built from the committee, the meeting date, the minute number and the
item's own label (``place-2024-03-11-12-iii``); an item with no label gets its kind and position
(``cabinet-2025-01-30-7-act1``). On re-extraction the new items are aligned to the previous ones --
by id, then fuzzily by text -- and take over the old id and everything people changed.
"""
from __future__ import annotations

import datetime as dt
import re

from rapidfuzz import fuzz

from arising.config import Config, slug
from arising.model import AgendaItem, Document, Edits, Found, Item, Links, Meeting

KIND_ABBR = {
    "resolution": "res", "recommendation": "rec", "action": "act",
    "commitment": "com", "priority": "pri", "metric": "met",
}
DOC_KIND_ABBR = {
    "minutes": "minutes", "agenda-item": "item", "decision": "decision", "issue-history": "issue",
    "annual-report": "report", "action-log": "actions", "other": "doc",
}


def default_status(found: Found) -> str:
    return "open" if found.tracked else "noted"


def default_response(found: Found) -> str | None:
    return "pending" if found.kind == "recommendation" else None


def _label_part(label: str | None) -> str | None:
    if not label:
        return None
    s = re.sub(r"[^a-z0-9]+", "", label.lower())
    return s or None


def document_id(*, kind: str, committee_slug: str | None, date: dt.date | None, item: str | None,
                title: str | None, file: str) -> str:
    """``cabinet-2025-01-30-minutes``, ``cssp-2024-03-12-item-7``; from the file name when the
    document states no committee and date."""
    if committee_slug and date:
        base = f"{committee_slug}-{date.isoformat()}-{DOC_KIND_ABBR.get(kind, 'doc')}"
        return f"{base}-{slug(item, 12)}" if item and kind != "minutes" else base
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", file)
    return slug(stem, 48)


def meeting_prefix(doc_id: str, committee_slug: str | None, date: dt.date | None) -> str:
    if committee_slug and date:
        return f"{committee_slug}-{date.isoformat()}"
    return doc_id


def assign_ids(doc: Document, config: Config, taken: set[str] | None = None) -> Document:
    """Give every item of ``doc`` its stable id. ``taken`` holds ids used by other documents of the
    knowledge base: a clash gets the document kind as a suffix, then a number."""
    taken = set(taken or ())
    used: set[str] = set()
    for m_i, meeting in enumerate(doc.meetings):
        cslug = config.committee_slug(meeting.committee)
        prefix = meeting_prefix(doc.id, cslug, meeting.date)
        if len(doc.meetings) > 1 and not (cslug and meeting.date):
            prefix = f"{prefix}-m{m_i + 1}"
        for a_i, agenda in enumerate(meeting.agenda_items):
            minute = _label_part(agenda.minute or agenda.number)
            if minute is None and len(meeting.agenda_items) > 1:
                minute = f"a{a_i + 1}"
            counts: dict[str, int] = {}
            for item in agenda.items:
                f = item.found
                own = _label_part(f.label)
                counts[f.kind] = counts.get(f.kind, 0) + 1
                tail = own if own else f"{KIND_ABBR[f.kind]}{counts[f.kind]}"
                base = "-".join(p for p in (prefix, minute, tail) if p)
                new_id = base
                if new_id in taken:
                    new_id = f"{base}-{DOC_KIND_ABBR.get(doc.kind, 'doc')}"
                n = 2
                while new_id in used or new_id in taken:
                    new_id = f"{base}-{n}"
                    n += 1
                used.add(new_id)
                item.id = new_id
    return doc


def _similar(a: str, b: str) -> float:
    return fuzz.token_set_ratio(a, b) / 100.0


def carry_over(old: Document, new: Document, taken: set[str] | None = None) -> tuple[Document, list[str]]:
    """Move everything people did to ``old``'s items onto the matching items of ``new``.

    Matching: same id and similar text first, then the most similar text of the same kind (>= 0.85).
    A matched new item takes the old id, status, response, edits, history, links and extra sources.
    An old item with no match is kept, flagged ``missing``, never deleted. Returns the new document
    and the ids of the old items now missing.
    """
    taken = set(taken or ())
    old_items = list(old.items())
    new_items = list(new.items())
    pairs: dict[int, Item] = {}
    used_old: set[int] = set()
    by_id = {it.id: k for k, it in enumerate(old_items)}
    for n_i, it in enumerate(new_items):
        k = by_id.get(it.id)
        if k is not None and k not in used_old and _similar(it.found.text, old_items[k].found.text) >= 0.6:
            pairs[n_i] = old_items[k]
            used_old.add(k)
    scored = []
    for n_i, it in enumerate(new_items):
        if n_i in pairs:
            continue
        for k, o in enumerate(old_items):
            if k in used_old or o.found.kind != it.found.kind and not o.human_edited:
                continue
            s = _similar(it.found.text, o.found.text)
            if s >= 0.85:
                scored.append((s, n_i, k))
    for s, n_i, k in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if n_i in pairs or k in used_old:
            continue
        pairs[n_i] = old_items[k]
        used_old.add(k)

    new_ids = {it.id for n_i, it in enumerate(new_items) if n_i not in pairs}
    for n_i, it in enumerate(new_items):
        o = pairs.get(n_i)
        if o is None:
            continue
        if o.id not in new_ids:
            it.id = o.id
        _take_human(it, o)

    missing = []
    for k, o in enumerate(old_items):
        if k in used_old:
            continue
        o.missing = True
        missing.append(o.id)
        _home_for(new, old, o).items.append(o)
    return new, missing


def _take_human(it: Item, o: Item) -> None:
    # a status or response a person set -- by command (history) or typed into the YAML -- is kept
    if o.history or o.status != default_status(o.found) or o.response != default_response(o.found):
        it.status = o.status
        it.response = o.response
    else:
        it.status = default_status(it.found)
        it.response = default_response(it.found)
    it.edits = o.edits.model_copy()
    it.history = list(o.history)
    it.links = o.links.model_copy()
    it.sources = list(o.sources)
    it.missing = False


def _home_for(new: Document, old: Document, item: Item) -> AgendaItem:
    """The agenda item of ``new`` where a no-longer-found old item is kept: the same minute or title."""
    for om in old.meetings:
        for oa in om.agenda_items:
            if any(x is item for x in oa.items):
                for m in new.meetings:
                    for a in m.agenda_items:
                        if (a.minute, a.number, a.title) == (oa.minute, oa.number, oa.title):
                            return a
                target = next((m for m in new.meetings if (m.committee, m.date) == (om.committee, om.date)), None)
                if target is None:
                    target = Meeting(committee=om.committee, date=om.date)
                    new.meetings.append(target)
                holder = AgendaItem(number=oa.number, minute=oa.minute, title=oa.title, text="")
                target.agenda_items.append(holder)
                return holder
    raise ValueError(f"item {item.id} is not in document {old.id}")


def new_item(found: Found, provisional_id: str) -> Item:
    """An item as extracted; ``assign_ids`` gives it its stable id once the document is complete."""
    return Item(id=provisional_id, found=found, status=default_status(found), response=default_response(found),
                edits=Edits(), links=Links())
