"""What the index holds: one entry per item, per document and per meeting, as plain dicts.

Pure functions over records. An item entry carries its meeting and document, so a hit shows where it
was decided; dates are integers (YYYYMMDD) so both engines filter them the same way. RAG is not here:
it depends on the day the index is read.

Entry keys (every engine stores the same):
  key          item:<id> | document:<id> | meeting:<committee-slug>-<date>   (unique)
  id, type     the id in its own namespace; item | document | meeting
  kind         the item kind, or "document" / "meeting"
  status, response, tracked ("yes"/"no")
  owner        the owner (canonical through arising.yml's aliases), also searched as words
  committee    the committee's canonical name, also searched as words
  title        the agenda item's title (items), the document's title, "Committee, date" (meetings)
  text         the item's words; the document's full text; the meeting's agenda
  document     the home document id, then the ids of other documents printing the same decision
  file, files  the home document's file name; every file that prints it
  minute, page, paragraph
  meeting, due, response_due, last_update   YYYYMMDD integers (due resolved to a day)
  due_raw      the due as recorded (2024-05, next-meeting, ...)
  url          the page of the site
  public       "no" for what the public site leaves out (confidential or exempt): `arising serve`
               answers without it unless --internal; `arising search` shows it, flagged
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

from arising.config import Config
from arising.model import Document
from arising.tracker import View, committee_names, norm_name, views

try:  # what the public site leaves out (exempt agenda items, confidential documents and items)
    from arising.site import agenda_confidential, item_confidential
except ImportError:  # pragma: no cover - a tree without the site
    def item_confidential(doc, agenda, item) -> bool:
        return bool(doc.confidential or item.edits.confidential)

    def agenda_confidential(doc, agenda) -> bool:
        return bool(doc.confidential or any(i.edits.confidential for i in agenda.items))


class Names:
    """Owner and committee names through arising.yml, as the tracker compares them (case-folded,
    curly apostrophes straightened), with the lookups built once for the whole knowledge base."""

    def __init__(self, config: Config):
        self.owners = {norm_name(k): v for k, v in config.owner_aliases().items()}
        self.committees = committee_names(config)

    def owner(self, name: str | None) -> str | None:
        if not name or not name.strip():
            return None
        name = " ".join(name.split())
        return self.owners.get(norm_name(name), name)

    def committee(self, name: str | None) -> str | None:
        return self.committees.get(norm_name(name), name) if name else None


def day(d: dt.date | None) -> int | None:
    return d.year * 10000 + d.month * 100 + d.day if d else None


def meeting_slug(config: Config, committee: str | None, date: dt.date | None) -> str | None:
    if not committee or not date:
        return None
    return f"{config.committee_slug(committee)}-{date.isoformat()}"


def item_entry(v: View, config: Config, names: Names | None = None) -> dict:
    names = names or Names(config)
    it, d, m, a = v.item, v.document, v.meeting, v.agenda
    owner = names.owner(it.owner)
    committee = names.committee(m.committee)
    src = it.found.source
    secret = item_confidential(d, a, it)
    others = [od for _, od in v.also if od.id != d.id and (secret or not od.confidential)]
    return _clean({
        "key": f"item:{it.id}", "id": it.id, "type": "item", "kind": it.kind, "public": "no" if secret else None,
        "status": it.status, "response": it.response, "tracked": "yes" if it.tracked else "no",
        "owner": owner, "owner_key": owner, "committee": committee, "committee_key": committee,
        "title": a.title or "", "text": it.text,
        "document": [d.id, *dict.fromkeys(od.id for od in others)],
        "file": d.file, "files": [d.file, *dict.fromkeys(od.file for od in others if od.file != d.file)],
        "doc_title": d.title, "minute": a.minute or a.number, "page": src.page, "paragraph": src.paragraph,
        "meeting": day(m.date), "due": day(v.due_date), "due_raw": it.due,
        "response_due": day(v.response_due), "last_update": day(v.last_update()),
        "url": f"/items/{it.id}/",
    })


def document_entry(d: Document, config: Config, names: Names | None = None) -> dict:
    names = names or Names(config)
    first = d.meetings[0] if d.meetings else None
    committee = names.committee(first.committee) if first else None
    # the text of an exempt agenda item is left out: the document's entry is public unless it all is
    body = "\n".join(a.text for m in d.meetings for a in m.agenda_items if a.text and not agenda_confidential(d, a))
    return _clean({
        "key": f"document:{d.id}", "id": d.id, "type": "document", "kind": "document",
        "public": "no" if d.confidential else None,
        "committee": committee, "committee_key": committee,
        "title": d.title or d.file, "text": body or d.title or d.file,
        "document": [d.id], "file": d.file, "files": [d.file], "doc_title": d.title,
        "meeting": day(first.date) if first else None, "page": None,
        "url": f"/documents/{d.id}/",
    })


def meeting_entries(documents: list[Document], config: Config, names: Names | None = None) -> list[dict]:
    """One entry per meeting (committee and date), gathering its agenda from every document."""
    names = names or Names(config)
    groups: dict[str, dict] = {}
    for d in sorted(documents, key=lambda d: d.id):
        if d.confidential:
            continue
        for m in d.meetings:
            committee = names.committee(m.committee)
            key = meeting_slug(config, committee, m.date)
            if key is None:
                continue
            g = groups.setdefault(key, {"committee": committee, "date": m.date, "agenda": {}, "docs": {}})
            g["docs"].setdefault(d.id, d.file)
            for a in m.agenda_items:
                if agenda_confidential(d, a):
                    continue
                line = " ".join(p for p in (a.minute or a.number, a.title) if p)
                if a.title and line not in g["agenda"]:
                    g["agenda"][line] = None
    out = []
    for key, g in sorted(groups.items()):
        title = f"{g['committee']}, {g['date'].day} {g['date']:%B %Y}"
        out.append(_clean({
            "key": f"meeting:{key}", "id": key, "type": "meeting", "kind": "meeting",
            "committee": g["committee"], "committee_key": g["committee"],
            "title": title, "text": "\n".join(g["agenda"]) or title,
            "document": list(g["docs"]), "file": next(iter(g["docs"].values())), "files": list(g["docs"].values()),
            "meeting": day(g["date"]), "url": f"/meetings/{key}/",
        }))
    return out


def entries(documents: list[Document], config: Config, only: set[str] | None = None) -> list[dict]:
    """Every entry of a knowledge base: items (grouped as the tracker groups them), documents, meetings.

    ``only``: the ids of the documents whose entries are wanted (an incremental update); items of other
    documents come too when their due is ``next-meeting`` (a new meeting can resolve it) or when they
    print the same decision as one of those documents."""
    names = Names(config)
    vs = views(documents, config)
    if only is None:
        out = [item_entry(v, config, names) for v in vs]
        out += [document_entry(d, config, names) for d in documents]
        return out + meeting_entries(documents, config, names)
    out = [item_entry(v, config, names) for v in vs
           if v.document.id in only or v.item.due == "next-meeting" or any(d.id in only for _, d in v.also)]
    out += [document_entry(d, config, names) for d in documents if d.id in only]
    return out + meeting_entries([d for d in documents if d.id in only], config, names)


def affected(documents: list[Document], config: Config, changed: set[str], old_links: dict[str, list]) -> set[str]:
    """The documents whose entries a change to ``changed`` can alter: those, the other documents of
    the same meetings (a meeting's entry and its items' grouping span them), now and as indexed."""
    names = Names(config)
    meetings = {(names.committee(m.committee), m.date) for d in documents if d.id in changed for m in d.meetings}
    out = set(changed)
    out |= {d.id for d in documents for m in d.meetings if (names.committee(m.committee), m.date) in meetings}
    for docs in old_links.values():
        if changed.intersection(docs):
            out.update(docs)
    return out


def signature(entry: dict) -> str:
    """A short fingerprint of everything an entry puts in the index: equal means nothing to re-index."""
    return hashlib.blake2b(json.dumps(entry, sort_keys=True, ensure_ascii=False).encode(), digest_size=8).hexdigest()


def _clean(entry: dict) -> dict:
    return {k: v for k, v in entry.items() if v is not None and v != [] and v != ""}
