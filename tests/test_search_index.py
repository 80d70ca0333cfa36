"""Writing the index: built aside and swapped in, kept up to date incrementally (ending equal to a full
rebuild), one writer at a time, and never a half-built index for a reader."""
from __future__ import annotations

import datetime as dt
import json
import os

import pytest

import search
from arising.model import AgendaItem, Document, Found, Meeting, Source
from arising.records import assign_ids, new_item
from arising.tracker import apply_change
from search import index
from tests.test_search_kb import PEOSC, engines, small_kb


@pytest.fixture(params=engines())
def engine(request):
    return request.param


@pytest.fixture
def kb(tmp_path, engine):
    kb, _ = small_kb(tmp_path / "kb")
    search.build(kb, engine=engine)
    return kb


def status_of(kb, engine, item_id) -> str:
    return search.search(kb, f"id:{item_id}", engine=engine)["results"][0]["status"]


def sigs(kb, engine) -> dict:
    with open(os.path.join(index.current(kb, engine), "entries.json"), encoding="utf-8") as f:
        return json.load(f)


def change(kb, doc_id, item_id, **kw):
    doc = kb.load(doc_id)
    it = next(i for i in doc.items() if i.id == item_id)
    apply_change(it, by="Lucy Moss", at=dt.datetime(2024, 7, 1, 9, 0), **kw)
    with kb.lock("test"):
        kb.save(doc)


def test_update_reindexes_a_changed_item(kb, engine):
    change(kb, "peosc-2023-11-14-minutes", "peosc-2023-11-14-24-1", status="resolved", note="Map published")
    assert status_of(kb, engine, "peosc-2023-11-14-24-1") == "open"
    r = search.update(kb, ["peosc-2023-11-14-24-1"], engine=engine)
    assert status_of(kb, engine, "peosc-2023-11-14-24-1") == "resolved"
    assert (r.added, r.removed) == (0, 0) and r.changed >= 1
    assert r.engine_seconds <= r.seconds


def test_an_update_ends_equal_to_a_full_rebuild(kb, engine, tmp_path):
    change(kb, "cabinet-2024-06-20-minutes", "cabinet-2024-06-20-7-2", status="in-progress")
    search.update(kb, ["cabinet-2024-06-20-7-2"], engine=engine)
    updated = sigs(kb, engine)
    search.build(kb, engine=engine)
    assert updated == sigs(kb, engine)


def test_a_new_meeting_resolves_next_meeting_dues_of_documents_not_named(kb, engine):
    """The gritting report was due at the Committee's next meeting; minutes of that meeting arrive."""
    assert search.search(kb, "id:peosc-2024-03-12-40-1", engine=engine)["results"][0]["due_date"] is None
    doc = Document(id="peosc-2024-06-18-minutes", file="peosc-2024-06-18-minutes.pdf", sha256="d" * 64,
                   format="pdf", kind="minutes", meetings=[Meeting(committee=PEOSC, date=dt.date(2024, 6, 18),
                   agenda_items=[AgendaItem(number="3", title="Apologies", items=[new_item(Found(
                       kind="resolution", text="That the apologies be noted.", tracked=False, rule="t",
                       confidence=0.9, source=Source(document="peosc-2024-06-18-minutes", page=1, quote="x")), "n1")])])])
    with kb.lock("test"):
        kb.save(assign_ids(doc, kb.config))
    r = search.update(kb, ["peosc-2024-06-18-minutes"], engine=engine)
    assert r.added == 3  # the item, the document, the meeting
    hit = search.search(kb, "id:peosc-2024-03-12-40-1", engine=engine)["results"][0]
    assert hit["due_date"] == "2024-06-18"


def test_a_removed_document_leaves_the_index(kb, engine):
    with kb.lock("test"):
        kb.remove("cabinet-2024-06-20-minutes")
    r = search.update(kb, ["cabinet-2024-06-20-minutes"], engine=engine)
    assert r.removed == 4  # two items, the document, the meeting
    assert search.search(kb, "recycling OR waste", engine=engine)["results"][0]["id"] == "peosc-2023-11-14-25-1"
    assert search.search(kb, "recycling", engine=engine)["total"] == 0


def test_update_without_ids_compares_everything(kb, engine):
    change(kb, "peosc-2024-03-12-minutes", "peosc-2024-03-12-40-1", owner="Director of Place")
    r = search.update(kb, engine=engine)
    assert (r.added, r.changed, r.removed) == (0, 1, 0)
    assert search.search(kb, "gritting", search.Filters(owner="Director of Place"), engine=engine)["total"] == 1
    assert search.update(kb, engine=engine).changed == 0


def test_update_without_an_index_does_nothing(tmp_path, engine):
    kb, _ = small_kb(tmp_path / "fresh")
    assert search.update(kb, ["peosc-2023-11-14-minutes"], engine=engine) is None
    assert not os.path.exists(os.path.join(kb.derived_dir, "search", engine))


def test_a_reader_keeps_its_generation_while_a_new_one_is_published(kb, engine):
    before = search.Searcher(kb, engine)
    change(kb, "peosc-2023-11-14-minutes", "peosc-2023-11-14-25-1", status="resolved")
    search.update(kb, ["peosc-2023-11-14-25-1"], engine=engine)
    after = search.Searcher(kb, engine)
    assert not before.is_current() and after.is_current()
    # the update shares files with the previous generation by hard links: that one must be untouched
    assert before.search("id:peosc-2023-11-14-25-1")["results"][0]["status"] == "open"
    assert after.search("id:peosc-2023-11-14-25-1")["results"][0]["status"] == "resolved"
    before.close()
    after.close()


def test_only_the_current_and_previous_generations_are_kept(kb, engine):
    for _ in range(3):
        search.build(kb, engine=engine)
    base = os.path.join(kb.derived_dir, "search", engine)
    gens = sorted(n for n in os.listdir(base) if n.startswith("gen-"))
    assert gens == ["gen-000003", "gen-000004"]
    with open(os.path.join(base, "CURRENT"), encoding="utf-8") as f:
        assert f.read() == "gen-000004\n"


def test_a_build_that_fails_leaves_the_published_index_alone(kb, engine, monkeypatch):
    published = index.current(kb, engine)

    def boom(self, path, entries, big=False):
        with open(os.path.join(path, "half-written"), "w") as f:
            f.write("x")
        raise RuntimeError("disk full")

    monkeypatch.setattr(type(search.engines.get(engine)), "build", boom)
    with pytest.raises(RuntimeError):
        search.build(kb, engine=engine)
    assert index.current(kb, engine) == published
    assert search.search(kb, "gritting", engine=engine)["total"] == 5
    assert not [n for n in os.listdir(os.path.join(kb.derived_dir, "search", engine)) if n.startswith("tmp-")]


def test_a_damaged_index_asks_for_a_rebuild(kb, engine):
    cur = index.current(kb, engine)
    os.unlink(os.path.join(cur, "meta.json"))
    with pytest.raises(search.SearchError, match=r"rebuild it with `arising index`$"):
        search.Searcher(kb, engine)


def test_two_writers_the_second_is_refused(kb, engine):
    with index.write_lock(kb, "arising ingest"):
        with pytest.raises(search.SearchError, match=r"being written by .* running `arising ingest` \(pid \d+"):
            search.update(kb, engine=engine, wait=0.1)


def test_a_record_that_does_not_validate_is_named_and_the_index_kept(kb, engine):
    with open(kb.record_path("peosc-2024-03-12-minutes"), "a", encoding="utf-8") as f:
        f.write("bogus_field: 1\n")
    with pytest.raises(search.SearchError, match=r"peosc-2024-03-12-minutes\.yml.*\(the search index was not changed\)"):
        search.build(kb, engine=engine)
    assert search.search(kb, "gritting", engine=engine)["total"] == 5
