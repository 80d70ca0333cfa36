"""``arising review``: the status changes later documents gave evidence for, shown to a clerk who
accepts or rejects each. Nothing detected is ever applied without a person saying so.

An accepted proposal is applied through ``arising.tracker.apply_change`` (by the clerk, with the
evidence ``<doc>#p<page>`` and the proposal's id in the item's history) and can be undone while it is
the item's last change. All decisions given on one command line are checked first and written
together: a refused one writes nothing.
"""
from __future__ import annotations

import datetime as dt
import json
import sys

import click

from arising import followup, tracker
from arising.cli import refresh_index, user
from arising.followup import Proposal
from arising.model import Document, Item

TABLE_WIDTH = 160
"""The width of the table when the output is not a terminal."""
QUOTE_CHARS = 160


def _fail(message: str, code: int = 1):
    from arising.cli import fail

    fail(message, code)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _terminal() -> bool:
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _load(kb) -> tuple[list[Proposal], list[Document]]:
    from arising.store import KBError

    try:
        return followup.load_proposals(kb), kb.documents()
    except (followup.ProposalError, KBError) as e:
        _fail(str(e))


def _items(documents: list[Document]) -> dict[str, tuple[Item, Document]]:
    return {it.id: (it, d) for d in documents for it in d.items()}


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _proposed(p: Proposal) -> str:
    parts = [p.proposed_status] if p.proposed_status else []
    if p.proposed_response:
        parts.append(f"response {p.proposed_response}")
    return ", ".join(parts)


# ---- listing --------------------------------------------------------------------------------------


def _listed(proposals: list[Proposal], items: dict, state: str, documents: set[str]) -> list[Proposal]:
    """The proposals in ``state`` whose item and evidence document are still in the knowledge base."""
    out = [p for p in proposals if (state == "all" or p.state == state) and p.item in items
           and p.evidence.document in documents]
    return sorted(out, key=lambda p: (p.evidence.meeting_date or dt.date.min, p.evidence.document,
                                      p.evidence.page or 0, p.evidence.line or 0, p.item))


def _json(proposals: list[Proposal], items: dict) -> str:
    rows = []
    for p in proposals:
        it, d = items[p.item]
        rows.append({
            "id": p.id,
            "item": {"id": it.id, "text": it.text, "document": d.id},
            "evidence": {"document": p.evidence.document, "page": p.evidence.page, "quote": p.evidence.quote},
            "proposed_status": p.proposed_status,
            "score": p.score,
        })
    return json.dumps({"proposals": rows}, ensure_ascii=False, indent=1)


def _table(proposals: list[Proposal], items: dict) -> None:
    """One row per proposal: its id; the item (id, then text); the evidence (document and page,
    then the quote); the proposed status and response; the score."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(highlight=False, width=None if sys.stdout.isatty() else TABLE_WIDTH)
    table = Table(show_header=True, header_style="bold", show_lines=True)
    table.add_column("id", no_wrap=True)
    table.add_column("item", ratio=1)
    table.add_column("evidence", ratio=1)
    table.add_column("proposed")
    table.add_column("score", justify="right")
    for p in proposals:
        it, _ = items[p.item]
        where = f"{p.evidence.document} {p.evidence.where()}".strip()
        table.add_row(p.id, f"[bold]{escape(p.item)}[/bold]\n{escape(_short(it.text, 200))}",
                      f"[bold]{escape(where)}[/bold]\n“{escape(_short(p.evidence.quote, QUOTE_CHARS))}”",
                      escape(_proposed(p).replace(", ", "\n")), f"{p.score:.2f}")
    console.print(table)


# ---- deciding -------------------------------------------------------------------------------------


class Refused(Exception):
    """A decision that cannot be carried out; ``str()`` is one line."""


def _accept(p: Proposal, it: Item, who: str, at: dt.datetime):
    """Apply an accepted proposal to its item (in memory). Raises Refused."""
    closed = {"superseded": "superseded", "noted": "marked noted"}
    if it.status in closed:
        raise Refused(f"{p.id}: item {it.id} is {closed[it.status]}; reject this proposal, or change the item with `arising update`")
    if p.proposed_status == "in-progress" and it.status == "resolved":
        raise Refused(f"{p.id}: item {it.id} is already resolved and this proposal would set it back to in-progress; reject it")
    status = p.proposed_status if p.proposed_status != it.status else None
    try:
        return tracker.apply_change(it, by=who, at=at, status=status, response=p.proposed_response,
                                    evidence=p.evidence.ref(), note=f"“{_short(p.evidence.quote, 300)}”",
                                    proposal=p.id)
    except tracker.TrackerError as e:
        raise Refused(f"{p.id}: {e}") from None


def _live_changes(it: Item) -> list[int]:
    undone = {c.undoes for c in it.history if c.undoes is not None}
    return [i for i, c in enumerate(it.history) if c.undoes is None and i not in undone]


def _undo(p: Proposal, it: Item, who: str, at: dt.datetime):
    """Revert the change an accepted proposal made (in memory). Raises Refused."""
    if p.state != "accepted":
        raise Refused(f"{p.id}: the proposal is {p.state}, not accepted; only an accepted proposal can be undone")
    live = _live_changes(it)
    mine = [i for i in live if it.history[i].proposal == p.id]
    if not mine:
        return None  # nothing of it left in the history (already undone by `arising undo`)
    if live[-1] != mine[-1]:
        c = it.history[live[-1]]
        what = ", ".join(f"{k} {v[0]} -> {v[1]}" for k, v in c.changes.items() if k != "due_reason") or "a note"
        first = f"arising review --undo {c.proposal}" if c.proposal else f"arising undo {it.id}"
        raise Refused(f"{p.id}: cannot undo: item {it.id} was changed after it ({what}, by {c.by} on "
                      f"{c.at:%Y-%m-%d %H:%M}); undo that first with `{first}`")
    return tracker.undo(it, by=who, at=at)


def _decide(kb, accept: list[str], reject: list[str], undo: list[str], who: str) -> list[str]:
    """Carry out decisions under the lock: all are checked and applied in memory, then written
    together. Returns the messages to print. Raises Refused (nothing written)."""
    with kb.lock("arising review"):
        proposals, documents = _load(kb)
        by_id = {p.id: p for p in proposals}
        items = _items(documents)
        asked = accept + reject + undo
        for pid in asked:
            if pid not in by_id:
                raise Refused(f"{pid}: no such proposal; `arising review --state all` lists them")
            if asked.count(pid) > 1:
                raise Refused(f"{pid}: given more than once; accept, reject or undo a proposal once")
        for pid in accept + reject:
            if by_id[pid].state != "pending":
                raise Refused(f"{pid}: already {by_id[pid].state}" + ("; `arising review --undo` it first" if by_id[pid].state == "accepted" else ""))
        at = _now()
        touched: dict[str, Document] = {}
        messages = []
        for pid in accept + undo:
            p = by_id[pid]
            if p.item not in items:
                raise Refused(f"{pid}: item {p.item} is no longer in the knowledge base; reject this proposal")
            it, doc = items[p.item]
            if pid in accept:
                change = _accept(p, it, who, at)
                what = ", ".join(f"{k} {v[0]} -> {v[1]}" for k, v in (change.changes if change else {}).items()) or "no change"
                messages.append(f"{pid}: accepted; {it.id}: {what} (evidence {p.evidence.ref()})")
                by_id[pid] = p.model_copy(update={"state": "accepted", "decided_by": who, "decided_at": at})
            else:
                change = _undo(p, it, who, at)
                what = ", ".join(f"{k} {v[0]} -> {v[1]}" for k, v in (change.changes if change else {}).items()) or "nothing to revert"
                messages.append(f"{pid}: undone; {it.id}: {what}; the proposal is pending again")
                by_id[pid] = p.model_copy(update={"state": "pending", "decided_by": None, "decided_at": None})
            touched[doc.id] = doc
        for pid in reject:
            by_id[pid] = by_id[pid].model_copy(update={"state": "rejected", "decided_by": who, "decided_at": at})
            messages.append(f"{pid}: rejected")
        for doc in touched.values():
            kb.save(doc)
        followup.save_proposals(kb, [by_id[p.id] for p in proposals])
    refresh_index(kb, list(touched), documents)
    return messages


def _interactive(kb, who: str) -> None:
    proposals, documents = _load(kb)
    items = _items(documents)
    todo = _listed(proposals, items, "pending", {d.id for d in documents})
    if not todo:
        click.echo("No pending proposals.")
        return
    click.echo(f"{len(todo)} pending proposal(s). For each: a = accept, r = reject, s = skip, q = quit.")
    for n, p in enumerate(todo, 1):
        it, d = items[p.item]
        click.echo("")
        click.echo(f"[{n}/{len(todo)}] {p.id}  score {p.score:.2f}  -> {_proposed(p)}")
        click.echo(f"  item      {it.id} ({d.id}), now {it.status}" + (f", response {it.response}" if it.response else ""))
        click.echo(f"            {_short(it.text, 300)}")
        click.echo(f"  evidence  {p.evidence.document} {p.evidence.where()}".rstrip())
        click.echo(f"            “{_short(p.evidence.quote, 400)}”")
        answer = click.prompt("  accept, reject, skip or quit?", type=click.Choice(["a", "r", "s", "q"]),
                              show_choices=True, default="s")
        if answer == "q":
            return
        if answer == "s":
            continue
        try:
            for line in _decide(kb, [p.id] if answer == "a" else [], [p.id] if answer == "r" else [], [], who):
                click.echo(f"  {line}")
        except Refused as e:
            click.echo(f"  error: {e}", err=True)


# ---- the command ----------------------------------------------------------------------------------


@click.command()
@click.option("--kb", "kb_dir", metavar="DIR", help="The knowledge base folder (default: $ARISING_KB, else the current folder).")
@click.option("--accept", "accept", multiple=True, metavar="ID", help="Accept a proposal: apply its status (and response) to the item.")
@click.option("--reject", "reject", multiple=True, metavar="ID", help="Reject a proposal; detection never proposes it again.")
@click.option("--undo", "undo", multiple=True, metavar="ID", help="Revert the change an accepted proposal made (only while it is the item's last change).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--state", type=click.Choice(["pending", "accepted", "rejected", "all"]), default="pending", show_default=True,
              help="Which proposals to list.")
@click.option("--interactive/--no-interactive", default=None,
              help="Decide each pending proposal in turn (the default on a terminal when no ID is given).")
@click.option("--detect", is_flag=True, help="Look through every document again for follow-ups first (ingest does this for new documents).")
@click.option("--by", metavar="NAME", help="Who is deciding (default: $ARISING_USER, else your login name).")
def review(kb_dir, accept, reject, undo, fmt, state, interactive, detect, by):
    """Review the status changes later documents gave evidence for: list the pending proposals, or
    accept, reject or undo them. Accepting applies the proposed status (and response) to the item,
    with the document and page as evidence.

    \b
    Example:
      arising review --kb wexcombe-kb
      arising review --accept p-3fa2c1 --reject p-0b91d4 --by "L. Moss"
    """
    from arising.cli import open_kb
    from arising.store import KBError

    kb = open_kb(kb_dir)
    if detect:
        try:
            with kb.lock("arising review --detect"):
                docs = kb.documents()
                result = followup.update_proposals(kb, [d.id for d in docs], docs)
        except (KBError, followup.ProposalError) as e:
            _fail(str(e))
        click.echo(f"Detection: {len(result.added)} new proposal(s), {len(result.dropped)} dropped, "
                   f"{result.pending} pending", err=fmt == "json")
    if accept or reject or undo:
        try:
            messages = _decide(kb, list(accept), list(reject), list(undo), user(by))
        except Refused as e:
            _fail(str(e))
        except KBError as e:
            _fail(str(e))
        for line in messages:
            click.echo(line)
        return
    if interactive or (interactive is None and fmt == "table" and _terminal()):
        try:
            _interactive(kb, user(by))
        except KBError as e:
            _fail(str(e))
        return
    proposals, documents = _load(kb)
    items = _items(documents)
    shown = _listed(proposals, items, state, {d.id for d in documents})
    if fmt == "json":
        click.echo(_json(shown, items))
        return
    if not shown:
        click.echo("No pending proposals." if state == "pending" else f"No {state} proposals." if state != "all" else "No proposals.")
        return
    _table(shown, items)
    if state == "pending":
        click.echo(f"{len(shown)} pending; accept with `arising review --accept ID`, reject with `--reject ID`.")


COMMANDS = [review]
