"""Search over a knowledge base: every item, document and meeting, behind one query language and two
engines (Whoosh, the default; tantivy, ``pip install arising[tantivy]`` and ``search: {engine: tantivy}``).

    from search import build, update, open_index
    build(kb)                                  # `arising index`: build aside, publish atomically
    update(kb, ["cabinet-2025-02-13-decision"])  # after ingest/update: re-index what changed
    with open_index(kb) as s:
        s.search('riverside "car park" status:open', limit=10)

Imports ``arising``, never ``ingest``.
"""
from __future__ import annotations

import contextlib

from search.index import IndexMissing, Report, SearchError, build, update
from search.query import Filters, QueryError, fields_hint, parse
from search.searcher import Searcher

__all__ = ["build", "update", "open_index", "Searcher", "Filters", "QueryError", "SearchError", "IndexMissing",
           "Report", "parse", "fields_hint", "search"]


@contextlib.contextmanager
def open_index(kb, engine: str | None = None):
    s = Searcher(kb, engine)
    try:
        yield s
    finally:
        s.close()


def search(kb, query: str, filters: Filters | None = None, limit: int = 20, facets: bool = False,
           engine: str | None = None, as_of=None) -> dict:
    with open_index(kb, engine) as s:
        return s.search(query, filters, limit=limit, facets=facets, as_of=as_of)
