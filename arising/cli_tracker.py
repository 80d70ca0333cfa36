"""The tracker's commands: list, show, update (also from an edited CSV), undo, export, report.

Every command reads all records; those that write hold the knowledge base's lock, change items in
memory, and save each changed record once -- a refused change writes nothing. Exit 2 means the
command line was wrong (an unknown id, a bad status or date); exit 1 means the data was (a record
with a typo, a refused CSV row, the lock held by someone else).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys

import click

from arising import reports, tracker
from arising.cli import KB_OPTION, day_option, fail, open_kb, refresh_index, user
from arising.config import slug
from arising.model import ITEM_KINDS, RESPONSES, STATUSES, Document
from arising.store import KBError, KnowledgeBase
from arising.tracker import TrackerError

TABLE_WIDTH = 160
"""The width of the list table when the output is not a terminal."""


# ---- shared helpers -------------------------------------------------------------------------------


def load_documents(kb: KnowledgeBase) -> list[Document]:
    try:
        return kb.documents()
    except KBError as e:
        fail(str(e))


def today() -> dt.date:
    return dt.date.today()


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def choices(values: tuple[str, ...], allowed: tuple[str, ...], option: str) -> set[str]:
    out = set()
    for value in values:
        for part in value.split(","):
            try:
                out.add(tracker.parse_choice(part, allowed, option))
            except TrackerError as e:
                fail(str(e), 2)
    return out


def is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def write_output(data: str | bytes, output: str | None) -> None:
    """To a file (atomically) or to standard output; text is UTF-8 either way."""
    from arising import yamlio

    raw = data.encode("utf-8") if isinstance(data, str) else data
    if output is None or output == "-":
        click.echo(raw, nl=False)  # bytes go to the binary stream as they are
        return
    try:
        yamlio.write_bytes_atomic(output, raw)
    except OSError as e:
        fail(f"{output}: cannot write ({e.strerror}); check the folder exists and you may write to it")


def committee_or_fail(name: str, documents: list[Document], config) -> str:
    known = tracker.known_committees(documents, config)
    canonical = tracker.canonical_committee(name, config)
    if tracker.norm_name(canonical) in {tracker.norm_name(k) for k in known}:
        return next(k for k in known if tracker.norm_name(k) == tracker.norm_name(canonical))
    close = tracker.suggest(name, known, cutoff=50)
    hint = f"did you mean {'; '.join(close)}?" if close else f"known: {'; '.join(known) or 'none'}"
    fail(f"no committee {name!r} in the knowledge base or arising.yml; {hint}", 2)


# ---- list -----------------------------------------------------------------------------------------


@click.command("list")
@click.option("--status", multiple=True, metavar="S", help=f"Only these statuses ({', '.join(STATUSES)}); repeat or comma-separate.")
@click.option("--owner", metavar="O", help="Only this owner (case-insensitive; aliases in arising.yml count).")
@click.option("--committee", metavar="C", help="Only this committee (its name, an alias or its slug).")
@click.option("--kind", multiple=True, metavar="K", help=f"Only these kinds ({', '.join(ITEM_KINDS)}).")
@click.option("--rag", "rag_", multiple=True, metavar="R", help="Only these RAG colours (red, amber, green, grey); tracked items only.")
@click.option("--overdue", is_flag=True, help="Only tracked items past their due date and not resolved.")
@click.option("--since", metavar="D", help="Only items decided on or after this day (a month means its first day).")
@click.option("--until", metavar="D", help="Only items decided on or before this day (a month means its last day).")
@click.option("--limit", type=click.IntRange(min=1), metavar="N", help="At most N items.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--as-of", "as_of", metavar="D", help="Compute RAG and overdue as of this day (default: today).")
@KB_OPTION
def list_items(status, owner, committee, kind, rag_, overdue, since, until, limit, fmt, as_of, kb_dir):
    """List items, oldest meeting first: tracked and untracked, narrowed by the filters. --rag and
    --overdue list tracked items only. The CSV is the one `arising update --from-csv` reads back.

    \b
    Example:
      arising list --committee cssp --status open,in-progress --rag red
    """
    statuses = choices(status, STATUSES, "status")
    kinds = choices(kind, ITEM_KINDS, "kind")
    rags = choices(rag_, tracker.RAG_WORDS, "rag")
    day = day_option(as_of, "--as-of") or today()
    start, end = day_option(since, "--since"), day_option(until, "--until", end=True)
    kb = open_kb(kb_dir)
    documents = load_documents(kb)
    config = kb.config
    if committee:
        committee = committee_or_fail(committee, documents, config)
    vs = []
    for v in tracker.views(documents, config):
        it = v.item
        if statuses and it.status not in statuses or kinds and it.kind not in kinds:
            continue
        if (rags or overdue) and not it.tracked:
            continue
        if rags and tracker.rag(v, day)[0] not in rags or overdue and not tracker.is_overdue(v, day):
            continue
        if owner and not tracker.owner_matches(v, owner, config):
            continue
        if committee and not tracker.committee_matches(v, committee, config):
            continue
        if start and (not v.meeting_date or v.meeting_date < start) or end and (not v.meeting_date or v.meeting_date > end):
            continue
        vs.append(v)
    vs = tracker.oldest_first(vs)
    total = len(vs)
    vs = vs[:limit] if limit else vs
    if fmt == "csv":
        write_output(reports.to_csv([reports.csv_row(v, day, config) for v in vs]), None)
    elif fmt == "json":
        click.echo(json.dumps({"as_of": day.isoformat(), "total": total, "items": [reports.item_json(v, day, config=config) for v in vs]},
                              ensure_ascii=False, indent=1))
    elif not vs:
        click.echo("No items match.")
    else:
        terminal = is_terminal()
        width = os.get_terminal_size().columns if terminal else TABLE_WIDTH
        print_table(reports.table_lines(vs, day, width, config), terminal)
        shown = f"{len(vs)} of {total}" if len(vs) < total else f"{total}"
        click.echo(f"{shown} item(s); RAG as of {day.isoformat()}")


def print_table(lines, terminal: bool) -> None:
    if not terminal:
        for text, _ in lines:
            click.echo(text)
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False, soft_wrap=True)
    for text, span in lines:
        t = Text(text, style="bold" if span is None else "")
        if span:
            t.stylize(reports.RAG_STYLE[span[2]], span[0], span[1])
        console.print(t)


# ---- show -----------------------------------------------------------------------------------------


@click.command()
@click.argument("item_id", metavar="ID")
@click.option("--as-of", "as_of", metavar="D", help="Compute RAG as of this day (default: today).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@KB_OPTION
def show(item_id, as_of, fmt, kb_dir):
    """Show one item: its text, source quote and page, document, status and RAG, history, due
    revisions with their reasons, related and superseding items, and the other documents that publish
    the same decision.

    \b
    Example:
      arising show cssp-2023-09-26-16-a
    """
    day = day_option(as_of, "--as-of") or today()
    kb = open_kb(kb_dir)
    documents = load_documents(kb)
    v = tracker.find_view(documents, kb.config, item_id)
    if v is None:
        fail(tracker.unknown_item_message(item_id, [it.id for d in documents for it in d.items()]), 2)
    items = {it.id: it for d in documents for it in d.items()}
    links = v.item.links
    n = reports.Neighbours(
        superseded_by=items.get(links.superseded_by) if links.superseded_by else None,
        supersedes=tracker.supersedes(item_id, documents),
        related=[items[r] for r in links.related if r in items],
        related_from=[it for it in tracker.related_to(item_id, documents) if it.id not in links.related],
        unknown=[r for r in [links.superseded_by, *links.related] if r and r not in items],
    )
    if fmt == "json":
        out = reports.item_json(v, day, full=True, config=kb.config)
        out["supersedes"] = [it.id for it in n.supersedes]
        out["related_from"] = [it.id for it in n.related_from]
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    click.echo(reports.show_text(v, day, n, config=kb.config), nl=False)


# ---- update and undo --------------------------------------------------------------------------------


@click.command()
@click.argument("item_id", metavar="[ID]", required=False)
@click.option("--status", metavar="S", help=f"One of: {', '.join(STATUSES)}.")
@click.option("--response", metavar="R", help=f"The response to a recommendation: {', '.join(RESPONSES)}.")
@click.option("--owner", metavar="O", help="Who must act (an alias in arising.yml becomes its canonical name).")
@click.option("--due", metavar="D", help="YYYY-MM-DD, a month (YYYY-MM, 'March 2025'), DD/MM/YYYY, next-meeting or future-meeting.")
@click.option("--reason", metavar="TEXT", help="Why the due date is revised (required when it had one).")
@click.option("--note", metavar="TEXT", help="A note for the history.")
@click.option("--evidence", metavar="REF", help="What shows it: a document and page (cabinet-2024-12-12-minutes#p4) or a reference.")
@click.option("--superseded-by", "superseded_by", metavar="ID", help="The later item that replaces this one (sets status superseded).")
@click.option("--related", metavar="ID", help="Link a related item.")
@click.option("--from-csv", "from_csv", metavar="FILE", type=click.Path(dir_okay=False),
              help="Apply the status, response, owner, due (+reason) and note cells changed in an exported CSV.")
@click.option("--by", metavar="NAME", help="Who is making the change (default: $ARISING_USER, else your login name).")
@KB_OPTION
def update(item_id, status, response, owner, due, reason, note, evidence, superseded_by, related, from_csv, by, kb_dir):
    """Change one item, recording who, when and why in its history; or apply a CSV a clerk edited in
    Excel. All or nothing: a refused change or CSV row writes nothing. `arising undo ID` reverts.

    \b
    Example:
      arising update cssp-2023-09-26-16-a --status in-progress --note "Cabinet accepted" \\
          --evidence cabinet-2023-12-14-item-9-foster-carers
      arising update --from-csv tracker.csv --by "L. Moss"
    """
    fields = dict(status=status, response=response, owner=owner, due=due, reason=reason, note=note,
                  evidence=evidence, superseded_by=superseded_by, related=related)
    if from_csv:
        if item_id or any(v is not None for v in fields.values()):
            fail("--from-csv takes its changes from the file; give no ID and no other change options with it", 2)
        return update_from_csv(from_csv, user(by), kb_dir)
    if not item_id:
        fail("give the ID of the item to change, or --from-csv FILE", 2)
    if all(v is None for v in fields.values()):
        fail("nothing to change; give --status, --response, --owner, --due, --note, --evidence, --superseded-by or --related", 2)
    if reason is not None and due is None:
        fail("--reason explains a revised due date; give it with --due", 2)
    try:
        if status is not None:
            fields["status"] = tracker.parse_choice(status, STATUSES, "status")
        if response is not None:
            fields["response"] = tracker.parse_choice(response, RESPONSES, "response")
        if due is not None:
            fields["due"] = tracker.parse_due(due)
    except TrackerError as e:
        fail(f"{item_id}: {e}", 2)
    for name in ("owner", "reason", "note", "evidence"):
        if fields[name] is not None and not fields[name].strip():
            fail(f"--{name} is empty; give the text", 2)
    who = user(by)
    kb = open_kb(kb_dir)
    try:
        with kb.lock("arising update"):
            documents = load_documents(kb)
            ids = {it.id for d in documents for it in d.items()}
            for ref in (item_id, superseded_by, related):
                if ref is not None and ref not in ids:
                    fail(tracker.unknown_item_message(ref, ids), 2)
            if fields["owner"] is not None:
                fields["owner"] = tracker.canonical_owner(fields["owner"], kb.config)
            it, doc, _, _ = tracker.find_item(documents, item_id)
            try:
                change = tracker.apply_change(it, by=who, at=now(), known_ids=ids, **fields)
            except TrackerError as e:
                fail(str(e), 2)
            if change is None:
                click.echo(f"{item_id}: nothing changed (it already has those values)")
                return
            kb.save(doc)
    except KBError as e:
        fail(str(e))
    refresh_index(kb, [item_id], documents)
    for line in change_lines(item_id, change):
        click.echo(line)


def change_lines(item_id: str, change) -> list[str]:
    out = [f"{item_id}: {k} {reports._v(old)} -> {reports._v(new)}" for k, (old, new) in change.changes.items()
           if k != "due_reason"]
    if "due_reason" in change.changes and change.undoes is None and change.changes["due_reason"][1]:
        out.append(f"{item_id}: reason {change.changes['due_reason'][1]}")
    if change.evidence:
        out.append(f"{item_id}: evidence {change.evidence}")
    if change.note and change.undoes is None:
        out.append(f"{item_id}: note {change.note}")
    return out


def update_from_csv(path: str, who: str, kb_dir: str | None) -> None:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        fail(f"{path}: cannot open ({e.strerror}); check the path", 2)
    try:
        rows = reports.read_csv(data, path)
    except reports.CsvError as e:
        fail(str(e))
    kb = open_kb(kb_dir)
    try:
        with kb.lock("arising update --from-csv"):
            documents = load_documents(kb)
            plans, errors = tracker.plan_csv_changes(rows, documents, kb.config)
            if errors:
                for e in errors:
                    click.echo(f"error: {path}: {e}", err=True)
                fail(f"{path}: {len(errors)} row(s) refused; nothing was changed. Fix them and run the update again")
            at = now()
            where = {it.id: (it, d) for d in documents for it in d.items()}
            changed_docs: dict[str, Document] = {}
            for p in plans:
                it, d = where[p.item_id]
                try:
                    tracker.apply_change(it, by=who, at=at, **p.kwargs)
                except TrackerError as e:
                    fail(f"{path}: row {p.row} ({p.item_id}): {e}; nothing was changed")
                changed_docs[d.id] = d
            for d in changed_docs.values():
                kb.save(d)
    except KBError as e:
        fail(str(e))
    refresh_index(kb, [p.item_id for p in plans], documents)
    for p in plans:
        for line in p.lines:
            click.echo(line)
    click.echo(f"{len(plans)} item(s) changed from {len(rows)} row(s)" if plans
               else f"No changes: the {len(rows)} row(s) match the knowledge base")


@click.command()
@click.argument("item_id", metavar="ID")
@click.option("--by", metavar="NAME", help="Who is undoing (default: $ARISING_USER, else your login name).")
@KB_OPTION
def undo(item_id, by, kb_dir):
    """Revert the last change to an item that is not already undone. The undo is itself recorded, so
    the history shows both.

    \b
    Example:
      arising undo cssp-2023-09-26-16-a
    """
    who = user(by)
    kb = open_kb(kb_dir)
    try:
        with kb.lock("arising undo"):
            documents = load_documents(kb)
            found = tracker.find_item(documents, item_id)
            if found is None:
                fail(tracker.unknown_item_message(item_id, [it.id for d in documents for it in d.items()]), 2)
            it, doc, _, _ = found
            try:
                change = tracker.undo(it, by=who, at=now())
            except TrackerError as e:
                fail(str(e))
            kb.save(doc)
    except KBError as e:
        fail(str(e))
    refresh_index(kb, [item_id], documents)
    reverted = it.history[change.undoes]
    click.echo(f"{item_id}: undid the change of {reverted.at:%Y-%m-%d %H:%M} by {reverted.by}")
    for line in change_lines(item_id, change):
        click.echo(line)


# ---- export ---------------------------------------------------------------------------------------


@click.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "ics"]), default="csv", show_default=True)
@click.option("--output", "-o", metavar="FILE", help="Write to FILE (default: standard output).")
@click.option("--as-of", "as_of", metavar="D", help="Compute RAG as of this day (default: today).")
@KB_OPTION
def export(fmt, output, as_of, kb_dir):
    """Export every item. CSV opens cleanly in Excel (UTF-8 with BOM, ISO dates, formula-like cells
    neutralised) and comes back with `arising update --from-csv`; JSON has every field and the full
    history; ICS has one all-day event on the due day of each item whose due is a known date.

    \b
    Example:
      arising export --format csv --output tracker.csv
    """
    day = day_option(as_of, "--as-of") or today()
    kb = open_kb(kb_dir)
    documents = load_documents(kb)
    config = kb.config
    vs = tracker.oldest_first(tracker.views(documents, config))
    if fmt == "csv":
        data = reports.to_csv([reports.csv_row(v, day, config) for v in vs])
    elif fmt == "json":
        data = json.dumps({"council": config.council, "as_of": day.isoformat(),
                           "items": [reports.item_json(v, day, full=True, config=kb.config) for v in vs]},
                          ensure_ascii=False, indent=1) + "\n"
    else:
        from arising import __version__

        domain = f"{slug(config.council)}.arising" if config.council else "arising"
        data = reports.ics(vs, council=config.council, stamp=dt.datetime.now(dt.timezone.utc),
                           uid_domain=domain, version=__version__, config=config)
    write_output(data, output)
    if output and output != "-":
        n = sum(1 for v in vs if v.due_date) if fmt == "ics" else len(vs)
        click.echo(f"Wrote {n} {'event' if fmt == 'ics' else 'item'}(s) to {output}", err=True)


# ---- reports --------------------------------------------------------------------------------------


@click.group()
def report():
    """Reports for a meeting or an officer, as Markdown, CSV or Word.

    \b
    Example:
      arising report matters-arising --committee cssp --format docx --output matters.docx
    """


def emit_report(r: reports.Report, fmt: str, output: str | None) -> None:
    if fmt == "docx":
        if not output or output == "-":
            fail("--format docx writes a Word file; give --output FILE.docx", 2)
        write_output(reports.report_docx(r), output)
    elif fmt == "csv":
        write_output(reports.report_csv(r), output)
    else:
        write_output(reports.report_markdown(r), output)
    if output and output != "-":
        click.echo(f"Wrote {output}", err=True)


FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(["md", "csv", "docx"]), default="md", show_default=True)
OUTPUT_OPTION = click.option("--output", "-o", metavar="FILE", help="Write to FILE (default: standard output; docx needs a file).")


@report.command("matters-arising")
@click.option("--committee", required=True, metavar="C", help="The committee (its name, an alias or its slug).")
@click.option("--meeting-date", "meeting_date", metavar="D",
              help="The meeting the report is for (default: the committee's next known meeting, else today).")
@FORMAT_OPTION
@OUTPUT_OPTION
@KB_OPTION
def matters_arising(committee, meeting_date, fmt, output, kb_dir):
    """What goes on the next agenda under matters arising: every tracked item of the committee, from
    earlier meetings, not yet resolved (open, in progress, or a recommendation still awaiting its
    response), oldest first, with owner, due, RAG as of the meeting and the last update.

    \b
    Example:
      arising report matters-arising --committee "Children's Services Scrutiny Panel" --meeting-date 2026-03-17
    """
    day = day_option(meeting_date, "--meeting-date")
    kb = open_kb(kb_dir)
    documents = load_documents(kb)
    config = kb.config
    name = committee_or_fail(committee, documents, config)
    known = True
    if day is None:
        cal = tracker.meeting_calendar(documents, config)
        day = tracker.next_meeting_on_or_after(name, today(), cal)
        if day is None:
            day, known = today(), False
    vs = tracker.matters_arising(tracker.views(documents, config), config, name, day)
    emit_report(reports.matters_arising_report(vs, committee=name, meeting_date=day, council=config.council,
                                               next_known=known), fmt, output)


@report.command("owner")
@click.option("--owner", required=True, metavar="O", help="The officer or body (case-insensitive; aliases count).")
@click.option("--as-of", "as_of", metavar="D", help="Compute RAG and overdue as of this day (default: today).")
@FORMAT_OPTION
@OUTPUT_OPTION
@KB_OPTION
def owner_report(owner, as_of, fmt, output, kb_dir):
    """What one officer owes, for chasing: their outstanding tracked items grouped by committee,
    overdue first.

    \b
    Example:
      arising report owner --owner "Director of Place" --format docx --output place.docx
    """
    day = day_option(as_of, "--as-of") or today()
    kb = open_kb(kb_dir)
    documents = load_documents(kb)
    config = kb.config
    all_views = tracker.views(documents, config)
    name = tracker.canonical_owner(owner, config)
    known = tracker.known_owners(all_views, config)
    if tracker.norm_name(name) not in {tracker.norm_name(k) for k in known}:
        close = tracker.suggest(owner, known, cutoff=50)
        hint = f"did you mean {'; '.join(close)}?" if close else "`arising list --format csv` shows the owners"
        fail(f"no owner {owner!r} in the knowledge base or arising.yml; {hint}", 2)
    name = next(k for k in known if tracker.norm_name(k) == tracker.norm_name(name))
    groups = tracker.owed_by(all_views, config, name, day)
    emit_report(reports.owner_report(groups, owner=name, as_of=day, council=config.council), fmt, output)


COMMANDS = [list_items, show, update, undo, export, report]
