"""Knowledge bases for the search tests, built once per test run, and what the index holds.

The example council and the real documents are read in-process (no worker processes, no per-document
record reloading), then saved as records, so every search test file can share them and stay fast.
"""
from __future__ import annotations

import glob
import itertools
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from arising.records import assign_ids
from arising.store import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
WEXCOMBE = ROOT / "examples" / "wexcombe"
SHARED = ROOT.parent / "shared"
QUERIES = Path(__file__).with_name("search_queries.yml")

_CACHE: dict[str, tuple[KnowledgeBase, list]] = {}


def engines() -> list:
    """Both engines as pytest params; tantivy skips with the reason when it is not installed."""
    try:
        import tantivy  # noqa: F401
        have = True
    except ImportError:
        have = False
    return ["whoosh", pytest.param("tantivy", marks=pytest.mark.skipif(
        not have, reason="tantivy is not installed (pip install 'arising[tantivy]')"))]


def wexcombe_files() -> list[str]:
    return [f for f in sorted(glob.glob(str(WEXCOMBE / "documents" / "*"))) if not f.endswith("-v2.pdf")]


def shared_file(name: str) -> str | None:
    for sub in ("seeds", "corpus/pages", "corpus/pdf"):
        p = SHARED / sub / name
        if p.is_file():
            return str(p)
    return None


def read_documents(files: list[str], config) -> list:
    """Extract each file as `arising ingest` does, with ids aligned across the documents."""
    try:
        from arising.cli import parse_file
    except ImportError as e:  # pragma: no cover - the pipeline is part of the tree
        pytest.skip(f"the ingest pipeline cannot be imported: {e}")
    docs, taken, skipped = [], set(), []
    for f in files:
        p = parse_file(f, config)
        if p.error or p.doc is None:
            if f.endswith(".pdf") and "read_pdf" in (p.error or ""):
                skipped.append(os.path.basename(f))
                continue
            raise AssertionError(f"cannot read {f}: {p.error}")
        assign_ids(p.doc, config, taken)
        taken.update(it.id for it in p.doc.items())
        docs.append(p.doc)
    return docs


def make_kb(root: str, files: list[str], config_from: str | None = None) -> tuple[KnowledgeBase, list]:
    kb = KnowledgeBase.init(root, "Borough of Wexcombe")
    if config_from:
        shutil.copy(config_from, kb.config_path)
    kb = KnowledgeBase.open(root)
    docs = read_documents(files, kb.config)
    for d in docs:
        kb.save(d)
    return kb, docs


def wexcombe_kb() -> tuple[KnowledgeBase, list]:
    """The example council (all but the -v2 minutes), built once: (kb, documents). Do not write to it;
    copy it with :func:`copy_kb` first."""
    if "wexcombe" not in _CACHE:
        root = os.path.join(tempfile.mkdtemp(prefix="arising-search-"), "wexcombe-kb")
        _CACHE["wexcombe"] = make_kb(root, wexcombe_files(), str(WEXCOMBE / "arising.yml"))
    return _CACHE["wexcombe"]


def copy_kb(kb: KnowledgeBase, dest) -> KnowledgeBase:
    shutil.copytree(kb.root, dest, ignore=shutil.ignore_patterns("search"))
    return KnowledgeBase.open(str(dest))


# ---- a small knowledge base written by hand (stable ids, for exact-output tests) ----------------

SMALL_CONFIG = """council: Borough of Wexcombe
committees:
  - name: Cabinet
  - name: Place and Environment Overview and Scrutiny Committee
    aliases: [Place Scrutiny Committee]
owners:
  Head of Highways: [O Pritchard]
  Head of Waste and Street Scene: [CB, Colin Barker]
"""
PEOSC = "Place and Environment Overview and Scrutiny Committee"


def small_documents(config) -> list:
    """Three sets of minutes: gritting and fly-tipping in November 2023, a gritting review in March
    2024, Cabinet's waste strategy in June 2024."""
    import datetime as dt

    from arising.model import AgendaItem, Document, Found, Meeting, Source
    from arising.records import new_item

    serial = itertools.count(1)

    def item(doc_id, n, kind, text, owner=None, due=None, tracked=True, page=1):
        return new_item(Found(kind=kind, label=str(n), text=text, owner=owner, owner_normalised=owner, due=due,
                              tracked=tracked, rule="test", confidence=0.9,
                              source=Source(document=doc_id, page=page, line=n, quote=text)), f"new-{next(serial)}")

    def minutes(doc_id, committee, date, agenda):
        return assign_ids(Document(
            id=doc_id, file=f"{doc_id}.pdf", sha256=doc_id[0] * 64, format="pdf", kind="minutes",
            title=f"{committee} - Minutes - {date:%-d %B %Y}", council="Borough of Wexcombe",
            meetings=[Meeting(committee=committee, date=date, agenda_items=[
                AgendaItem(number=n, minute=n, title=title, text=" ".join(i.found.text for i in items), items=items)
                for n, title, items in agenda])]), config)

    a = "peosc-2023-11-14-minutes"
    b = "peosc-2024-03-12-minutes"
    c = "cabinet-2024-06-20-minutes"
    return [
        minutes(a, PEOSC, dt.date(2023, 11, 14), [
            ("24", "Highways winter service plan", [
                item(a, 1, "action", "Publish the revised gritting route map on the Council's website.",
                     "Head of Highways", "2023-12-01", page=2),
                item(a, 2, "resolution", "That the Winter Service Plan 2023-24 be noted.", tracked=False, page=2)]),
            ("25", "Fly-tipping enforcement", [
                item(a, 1, "action", "Circulate fly-tipping figures by ward to all members of the Committee.",
                     "Head of Waste and Street Scene", "2023-12-15", page=3)]),
        ]),
        minutes(b, PEOSC, dt.date(2024, 3, 12), [
            ("40", "Gritting of cycle routes", [
                item(b, 1, "resolution", "That the Head of Highways report on gritting the cycle routes to the next "
                     "meeting.", "Head of Highways", "next-meeting")]),
        ]),
        minutes(c, "Cabinet", dt.date(2024, 6, 20), [
            ("7", "Household waste and recycling strategy", [
                item(c, 1, "resolution", "That the weekly food waste collection be extended to flats from April 2025.",
                     "Head of Waste and Street Scene", "2025-04"),
                item(c, 2, "commitment", "The recycling rate will be reported to Cabinet each quarter.",
                     "Director of Place")]),
        ]),
    ]


def small_kb(root) -> tuple[KnowledgeBase, list]:
    """A fresh copy of the small knowledge base in ``root`` (records saved; no index)."""
    kb = KnowledgeBase.init(str(root), "Borough of Wexcombe")
    Path(kb.config_path).write_text(SMALL_CONFIG, encoding="utf-8")
    kb = KnowledgeBase.open(str(root))
    docs = small_documents(kb.config)
    for d in docs:
        kb.save(d)
    return kb, docs


# ---- what the index holds -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built():
    import search

    kb, docs = wexcombe_kb()
    out = {}
    for eng in ("whoosh", "tantivy"):
        try:
            out[eng] = search.build(kb, engine=eng, documents=docs)
        except search.SearchError:
            continue
    return kb, docs, out


def test_every_item_document_and_meeting_is_indexed(built):
    from arising.tracker import views

    kb, docs, reports = built
    n_items = len(views(docs, kb.config))
    meetings = {(m.committee, m.date) for d in docs for m in d.meetings if m.committee and m.date}
    for r in reports.values():
        assert (r.items, r.documents) == (n_items, len(docs))
        assert 0 < r.meetings <= len(meetings)


@pytest.mark.parametrize("engine", engines())
def test_an_item_hit_shows_its_meeting_document_and_page(built, engine):
    import search

    kb, _, _ = built
    res = search.search(kb, '"gritting route map"', engine=engine)
    top = res["results"][0]
    assert top["type"] == "item" and top["kind"] == "action"
    assert top["owner"] == "Head of Highways"
    assert top["committee"] == "Place and Environment Overview and Scrutiny Committee"
    assert top["meeting_date"] == "2023-11-14"
    assert top["due"] == "2023-12-01" and top["file"] == "place-2023-11-14-minutes.pdf"
    assert top["page"] and top["url"] == f"/items/{top['id']}/"
    assert "<mark>gritting</mark> <mark>route</mark> <mark>map</mark>" in top["snippet"]


@pytest.mark.parametrize("engine", engines())
def test_documents_and_meetings_are_searchable_with_their_site_urls(built, engine):
    import search

    kb, _, _ = built
    docs = search.search(kb, "diffusion tube", search.Filters(kind="document"), engine=engine)["results"]
    assert docs and docs[0]["url"] == f"/documents/{docs[0]['id']}/" and docs[0]["file"] == "place-2024-03-12-minutes.pdf"
    meetings = search.search(kb, "kind:meeting meeting:2024-03-12", engine=engine)["results"]
    assert [m["url"] for m in meetings] == ["/meetings/peosc-2024-03-12/"]
    assert meetings[0]["committee"] == "Place and Environment Overview and Scrutiny Committee"


@pytest.mark.parametrize("engine", engines())
def test_rag_is_computed_for_the_day_asked_not_stored(built, engine):
    import datetime as dt

    import search

    kb, _, _ = built
    before = search.search(kb, '"gritting route map"', engine=engine, as_of=dt.date(2023, 11, 20))["results"][0]
    after = search.search(kb, '"gritting route map"', engine=engine, as_of=dt.date(2024, 1, 10))["results"][0]
    assert (before["rag"], before["rag_reason"]) == ("amber", "due 2023-12-01")
    assert (after["rag"], after["rag_reason"]) == ("red", "overdue since 2023-12-01")
