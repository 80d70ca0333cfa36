"""``arising index``, ``arising search`` and ``arising serve``: the search index, the search command and
the local server of the site with its search API (the library is in ``search/``)."""
from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import json
import os
import sys

import click

from arising.cli import day_option, KB_OPTION, fail, open_kb
from arising.model import ITEM_KINDS, STATUSES

KINDS = (*ITEM_KINDS, "document", "meeting")
ENGINE_OPTION = click.option("--engine", type=click.Choice(["whoosh", "tantivy"]),
                             help="Use this engine instead of arising.yml's search.engine.")


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)  # pragma: no cover


# ---- index --------------------------------------------------------------------------------------


@click.command("index")
@KB_OPTION
@ENGINE_OPTION
def index_cmd(kb_dir, engine):
    """Build the search index over every item, document and meeting.

    The index is built aside in KB/.arising/search and swapped in at the end, so searches keep
    working while it builds; a second `arising index` at the same time is refused. `ingest` and
    `update` keep an existing index up to date; run this after changing arising.yml's search engine
    or owner and committee aliases.

    \b
    Example:
      arising index --kb wexcombe-kb && arising search --kb wexcombe-kb "riverside car park"
    """
    from search import SearchError, build

    kb = open_kb(kb_dir)
    try:
        r = build(kb, engine)
    except SearchError as e:
        fail(str(e))
    click.echo(f"Indexed {r.items} item(s), {r.documents} document(s) and {r.meetings} meeting(s) with {r.engine} "
               f"in {r.seconds:.1f} s ({_size(r.size)})")


# ---- search -------------------------------------------------------------------------------------


QUERY_HELP = """\b
Query language:
  riverside "car park"        every word (and phrase) must match
  fostering OR adoption       OR, AND, NOT in capitals; -word excludes
  owner:"Director of Place"   also status: kind: committee: response:
  due:<2024-01-01             dates: due: meeting: with <, <=, >, >=,
                              a year, a month or a day, or A..B
  document:DOC-ID  id:ITEM-ID  title:WORD  text:WORD  page:N
A word of five letters or more that the index does not hold also
searches for the closest words it does. A query that starts with
- goes after --:  arising search -- "-garden waste"
"""


@click.command("search", epilog=QUERY_HELP)
@click.argument("query", required=False, default="")
@click.option("--kind", type=click.Choice(KINDS), help="Only this kind (an item kind, document or meeting).")
@click.option("--status", type=click.Choice(STATUSES), help="Only items with this status.")
@click.option("--owner", metavar="O", help="Only this owner (aliases in arising.yml count).")
@click.option("--committee", metavar="C", help="Only this committee (its name, an alias or its slug).")
@click.option("--since", metavar="D", help="Only meetings on or after D (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="D", help="Only meetings on or before D.")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="At most N results.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--as-of", "as_of", metavar="D", help="Compute RAG as of this day (default: today).")
@ENGINE_OPTION
@KB_OPTION
def search_cmd(query, kind, status, owner, committee, since, until, limit, fmt, as_of, engine, kb_dir):
    """Search items, documents and meetings: best match first, then open before closed and recent
    before old, each with its status, RAG, owner, due date, document and page.

    \b
    Example:
      arising search "riverside car park" --status open
      arising search 'fostering owner:"Director of Children'"'"'s Services"' --format json
    """
    from search import Filters, IndexMissing, QueryError, SearchError, open_index

    day = day_option(as_of, "--as-of")
    kb = open_kb(kb_dir)
    filters = Filters(kind=kind, status=status, owner=owner, committee=committee, since=since, until=until)
    try:
        with open_index(kb, engine) as s:
            stale = s.stale()
            res = s.search(query, filters, limit=limit, facets=fmt == "json", as_of=day or dt.date.today())
    except QueryError as e:
        fail(str(e), 2)
    except IndexMissing as e:
        fail(str(e))
    except SearchError as e:
        fail(str(e))
    if stale:
        click.echo(f"warning: {stale} record file(s) changed since the search index was written; "
                   "run `arising index` to bring it up to date", err=True)
    for note in res["notes"]:
        click.echo(f"note: {note}", err=True)
    if fmt == "json":
        click.echo(json.dumps(res, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        click.echo(_csv(res["results"]), nl=False)
    else:
        _table(res)


CSV_COLUMNS = ("id", "kind", "status", "response", "rag", "rag_reason", "owner", "committee", "meeting_date", "due",
               "due_date", "document", "file", "minute", "page", "url", "confidential", "text")


def _csv(results) -> str:
    from search.analysis import plain

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS + ("snippet",))
    for r in results:
        w.writerow([("" if r.get(c) is None else r.get(c)) for c in CSV_COLUMNS] + [plain(r["snippet"])])
    return buf.getvalue()


def where(r: dict) -> str:
    """``cssp-2023-09-26-minutes p3, minute 16`` -- the document and the place in it."""
    out = r.get("document") or ""
    if r.get("page"):
        out += f" p{r['page']}"
    elif r.get("paragraph"):
        out += f" para {r['paragraph']}"
    if r.get("minute"):
        out += f", minute {r['minute']}"
    if r.get("confidential"):
        out += " (confidential)"
    return out


def _table(res: dict) -> None:
    from search.analysis import plain

    results = res["results"]
    if not results:
        click.echo(f"No results for {res['query']!r}.")
        return
    rows = [(r["id"] or "", r["kind"] or "", r.get("status") or "", r.get("rag") or "", _cut(r.get("owner") or "", 30),
             r.get("due_date") or r.get("due") or "", r.get("meeting_date") or "", where(r)) for r in results]
    head = ("ID", "KIND", "STATUS", "RAG", "OWNER", "DUE", "MEETING", "WHERE")
    widths = [max(len(head[i]), *(len(row[i]) for row in rows)) for i in range(len(head) - 1)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)) + "  " + cells[-1]  # noqa: E731
    click.echo(line(head).rstrip())
    for r, row in zip(results, rows):
        click.echo(line(row).rstrip())
        text = plain(r["snippet"], (click.style("", bold=True, reset=False), click.style("", reset=True)))
        click.echo("    " + text)
    shown = f"{len(results)} of {res['total']}" if len(results) < res["total"] else str(res["total"])
    click.echo(f"{shown} result(s)")


def _cut(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


# ---- serve --------------------------------------------------------------------------------------


@click.command()
@KB_OPTION
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on; 0.0.0.0 shares the site with the whole network.")
@click.option("--site-dir", metavar="DIR", help="The built site to serve (default: KB/site, or KB/site-internal with --internal, as `arising build` writes them).")
@click.option("--internal", is_flag=True,
              help="Serve the intranet copy (`arising build --internal`); its search API answers with confidential documents and exempt items too.")
@ENGINE_OPTION
def serve(kb_dir, port, host, site_dir, internal, engine):
    """Serve the built site and its search API (GET /api/search?q=&kind=&status=&owner=&committee=&limit=)
    on this computer. Like the public site, the API leaves out confidential documents and exempt
    items unless --internal.

    \b
    Example:
      arising build --kb wexcombe-kb && arising serve --kb wexcombe-kb --port 8000
    """
    from search.index import current, engine_name
    from search.server import make_server

    kb = open_kb(kb_dir)
    from arising.site import default_site_dir

    site = os.path.abspath(site_dir or default_site_dir(kb, internal))
    try:
        server = make_server(kb, host, port, site, engine, internal=internal)
    except OSError as e:
        if e.errno == errno.EADDRINUSE:
            fail(f"port {port} is already in use on {host}; stop the other server or choose another port, "
                 f"e.g. --port {port + 1 if port < 65535 else 8001}")
        if e.errno == errno.EACCES:
            fail(f"port {port} needs administrator rights on this system; choose a port above 1023, e.g. --port 8000")
        fail(f"cannot listen on {host}:{port} ({e.strerror or e}); check --host and --port")
    bound = server.server_address[1]
    click.echo(f"Serving {site} with its search API at http://{host}:{bound}/ (Ctrl+C to stop)")
    if not os.path.isdir(site):
        click.echo(f"warning: no site in {site}; run `arising build` (the search API at /api/search works meanwhile)",
                   err=True)
    if current(kb, engine_name(kb, engine)) is None:
        click.echo("warning: no search index; run `arising index` for /api/search to answer", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    sys.exit(0)


COMMANDS = [index_cmd, search_cmd, serve]
