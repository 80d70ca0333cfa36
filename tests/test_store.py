"""The knowledge base folder: records, stable ids, human edits kept across re-extraction, the lock."""
import datetime as dt
import multiprocessing
import os
import time

import pytest
import yaml

from arising import yamlio
from arising.config import Config, Committee, committee_slug
from arising.model import AgendaItem, Change, Document, Edits, Found, Meeting, Source
from arising.records import assign_ids, new_item
from arising.store import KBError, KnowledgeBase


def found(text, kind="resolution", label=None, tracked=True):
    return Found(kind=kind, label=label, text=text, tracked=tracked, rule="test", confidence=0.9,
                 source=Source(document="d", page=1, line=1, quote=text))


def minutes(sha="a" * 64, texts=("That the Director of Place report on car park charges.",
                                 "That the minutes be noted."), labels=("1", "2")):
    items = [new_item(found(t, label=l), f"new-{i}") for i, (t, l) in enumerate(zip(texts, labels))]
    return Document(id="place-2024-03-11-minutes", file="m.pdf", sha256=sha, format="pdf", kind="minutes",
                    meetings=[Meeting(committee="Place Scrutiny Committee", date=dt.date(2024, 3, 11),
                                      agenda_items=[AgendaItem(number="12", minute="12", title="Car parks", items=items)])])


@pytest.fixture
def kb(tmp_path):
    k = KnowledgeBase.init(str(tmp_path / "kb"), "Borough of Wexcombe")
    yamlio.write_atomic(k.config_path, yamlio.dumps({"council": "Borough of Wexcombe",
                                                     "committees": [{"name": "Place Scrutiny Committee", "slug": "place"}]}))
    return KnowledgeBase.open(k.root)


def test_init_creates_the_folders_and_the_site_skeleton(tmp_path):
    k = KnowledgeBase.init(str(tmp_path / "new"), "Borough of Wexcombe")
    for name in ("arising.yml", "records", "sources", ".arising", "mkdocs.yml", "docs/index.md"):
        assert os.path.exists(os.path.join(k.root, name)), name
    assert k.config.council == "Borough of Wexcombe"
    with pytest.raises(KBError, match="already"):
        KnowledgeBase.init(k.root)


def test_opening_a_folder_that_is_not_a_knowledge_base_says_how_to_make_one(tmp_path):
    with pytest.raises(KBError, match="arising init"):
        KnowledgeBase.open(str(tmp_path))


@pytest.mark.parametrize("name,slug", [("Cabinet", "cabinet"), ("Children's Services Scrutiny Panel", "cssp"),
                                        ("Planning Board", "planning-board"),
                                        ("Place and Environment Overview and Scrutiny Committee", "peosc")])
def test_committee_slugs_are_short_enough_to_type(name, slug):
    assert committee_slug(name) == slug


def test_ids_come_from_committee_date_minute_and_label():
    doc = assign_ids(minutes(), Config(committees=[Committee(name="Place Scrutiny Committee", slug="place")]))
    assert [it.id for it in doc.items()] == ["place-2024-03-11-12-1", "place-2024-03-11-12-2"]


def test_items_without_labels_are_numbered_by_kind():
    doc = minutes(labels=(None, None))
    doc.meetings[0].agenda_items[0].items[1].found.kind = "action"
    assign_ids(doc, Config())
    assert [it.id for it in doc.items()] == ["psc-2024-03-11-12-res1", "psc-2024-03-11-12-act1"]


def test_an_id_taken_by_another_document_gets_the_document_kind(kb):
    doc = assign_ids(minutes(), kb.config, taken={"place-2024-03-11-12-1"})
    assert next(doc.items()).id == "place-2024-03-11-12-1-minutes"


def test_saving_twice_is_byte_identical(kb):
    with kb.lock():
        kb.upsert(minutes())
        before = open(kb.record_path("place-2024-03-11-minutes"), "rb").read()
        outcome = kb.upsert(minutes())
    assert outcome.action == "unchanged"
    assert open(kb.record_path("place-2024-03-11-minutes"), "rb").read() == before


def test_a_revised_version_replaces_the_old_one_and_keeps_human_edits_and_comments(kb):
    with kb.lock():
        kb.upsert(minutes())
    path = kb.record_path("place-2024-03-11-minutes")
    # a clerk edits by hand: a status, an owner correction and a comment
    text = open(path).read()
    text = text.replace("status: open", "status: in-progress  # chased at the March meeting", 1)
    data = yamlio.loads(text)
    item = data["meetings"][0]["agenda_items"][0]["items"][0]
    item["edits"]["owner"] = "Head of Parking"
    item["history"].append({"at": "2024-04-01T10:00:00", "by": "J. Clerk", "changes": {"status": ["open", "in-progress"]}})
    yamlio.write_atomic(path, yamlio.dumps(data))

    revised = minutes(sha="b" * 64, texts=("That the Director of Place report on the car park charges.",
                                           "That the minutes be noted."))
    with kb.lock():
        outcome = kb.upsert(revised)
    assert outcome.action == "revised"
    after = open(path).read()
    assert "# chased at the March meeting" in after
    doc = kb.load("place-2024-03-11-minutes")
    first = next(doc.items())
    assert first.text == "That the Director of Place report on the car park charges."
    assert (first.status, first.owner, first.id) == ("in-progress", "Head of Parking", "place-2024-03-11-12-1")
    assert doc.sha256 == "b" * 64


def test_an_item_the_extractor_no_longer_finds_is_kept_and_flagged(kb):
    with kb.lock():
        kb.upsert(minutes())
        outcome = kb.upsert(minutes(sha="c" * 64, texts=("That the minutes be noted.",), labels=("2",)))
    assert outcome.missing == ["place-2024-03-11-12-1"]
    doc = kb.load("place-2024-03-11-minutes")
    kept = {it.id: it for it in doc.items()}
    assert kept["place-2024-03-11-12-1"].missing is True
    assert kept["place-2024-03-11-12-2"].missing is False


def test_remove_names_the_edited_items_that_go_with_it(kb):
    doc = minutes()
    with kb.lock():
        kb.upsert(doc)
        stored = kb.load(doc.id)
        it = next(stored.items())
        it.status = "resolved"
        it.history.append(Change(at=dt.datetime(2024, 4, 1), by="J. Clerk", changes={"status": ["open", "resolved"]}))
        kb.save(stored)
        removed, edited = kb.remove(doc.id)
    assert edited == ["place-2024-03-11-12-1"]
    assert not os.path.exists(kb.record_path(doc.id))
    with pytest.raises(KBError, match="no such document"):
        kb.remove(doc.id)


def _hold_lock(root, ready, release):
    kb = KnowledgeBase.open(root)
    with kb.lock("arising ingest"):
        ready.set()
        release.wait(20)


def test_a_second_writer_is_told_who_holds_the_lock(kb):
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    p = ctx.Process(target=_hold_lock, args=(kb.root, ready, release))
    p.start()
    try:
        assert ready.wait(20)
        with pytest.raises(KBError, match=r"locked by .* running `arising ingest`"):
            with kb.lock(wait=0.2):
                pass
    finally:
        release.set()
        p.join(20)
    with kb.lock(wait=5):
        pass


def test_records_are_plain_yaml_that_pyyaml_reads(kb):
    with kb.lock():
        kb.upsert(minutes())
    data = yaml.safe_load(open(kb.record_path("place-2024-03-11-minutes")))
    assert data["meetings"][0]["agenda_items"][0]["items"][0]["found"]["kind"] == "resolution"
    assert data["meetings"][0]["date"] == "2024-03-11"


def test_a_document_whose_id_changes_on_reextraction_replaces_its_old_record(kb):
    # the extractor now reads the committee differently, so the same file gets a new document id
    with kb.lock():
        kb.upsert(minutes())
        stored = kb.load("place-2024-03-11-minutes")
        first = next(stored.items())
        first.status = "in-progress"  # typed into the YAML by hand: no history
        kb.save(stored)
        renamed = minutes()
        renamed.id = "peosc-2024-03-11-minutes"
        outcome = kb.upsert(renamed)
    assert [os.path.basename(p) for p in kb.record_files()] == ["peosc-2024-03-11-minutes.yml"]
    assert outcome.action == "updated"
    kept = next(kb.load("peosc-2024-03-11-minutes").items())
    assert (kept.id, kept.status) == (first.id, "in-progress")
    assert set(kb.catalogue()) == {"a" * 64}
