"""``arising build``: the knowledge base as a static MkDocs Material site that searches offline."""
from __future__ import annotations

import os

import click

from arising.cli import day_option, KB_OPTION, fail, open_kb
from arising.store import KBError


@click.command()
@KB_OPTION
@click.option("--site-dir", metavar="DIR", help="Where to write the site (default: KB/site, or KB/site-internal with --internal).")
@click.option("--internal", is_flag=True, help="Include confidential documents and exempt items, for an intranet copy.")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Compute RAG and overdue as of this day (default: today).")
def build(kb_dir, site_dir, internal, as_of):
    """Build the static site: home page, tracker, an item page for every item, meeting, committee,
    owner and document pages, performance measures, topics, an RSS feed and offline search.

    Generated pages go into a staging copy of the knowledge base's docs/ (KB/.arising/site-public),
    which `mkdocs build --strict` turns into the site; the knowledge base's own docs/ is never
    written. Confidential documents and exempt items are left out unless --internal.

    \b
    Example:
      arising build --kb wexcombe-kb && python -m http.server -d wexcombe-kb/site
    """
    from arising.site import SiteError, build as build_site

    kb = open_kb(kb_dir)
    day = day_option(as_of, "--as-of")
    try:
        built = build_site(kb, site_dir=site_dir, internal=internal, as_of=day)
    except (SiteError, KBError) as e:
        fail(str(e))
    s = built.site
    where = os.path.relpath(built.site_dir) if not os.path.relpath(built.site_dir).startswith("..") else built.site_dir
    click.echo(f"Built {where}: {len(s.views)} item(s), {len(s.meetings)} meeting(s), {len(s.documents)} document(s), "
               f"{built.pages} page(s); RAG as of {s.as_of.isoformat()}")
    if not internal and (s.withheld_items or s.withheld_documents):
        click.echo(f"Left out as confidential or exempt: {s.withheld_items} item(s), {s.withheld_documents} document(s) "
                   "(--internal includes them)")
    if not built.search:
        click.echo("warning: offline search not built: install Pagefind (pip install 'pagefind[bin]')", err=True)


COMMANDS = [build]
