"""The shortcuts `arising reextract` takes give what the long way gave: the catalogue is written once
at the end of a run, and a run that dies half-way leaves no catalogue that could be taken for current
(the next command rebuilds it from the records, older replaced versions included); a record whose
data changed beyond its extractor is dumped in full."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from arising import yamlio
from arising.cli import EXTRACTOR_SALT, _fingerprint
from arising.store import KnowledgeBase
from tests.test_speed_paths import invoke, row

TOP = Path(__file__).resolve().parents[1]
DOCS = TOP / "examples" / "wexcombe" / "documents"


def records(root) -> dict[str, bytes]:
    kb = KnowledgeBase.open(str(root))
    return {os.path.basename(p): open(p, "rb").read() for p in kb.record_files()}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("reextract") / "kb"
    assert invoke("init", root).exit_code == 0
    shutil.copy(TOP / "examples" / "wexcombe" / "arising.yml", root / "arising.yml")
    result = invoke("ingest", "--kb", root, DOCS)
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture
def salted(monkeypatch):
    """A changed extractor, as after a code change (here and in the processes the tests start)."""
    monkeypatch.setenv(EXTRACTOR_SALT, "v2")
    _fingerprint.cache_clear()
    yield
    _fingerprint.cache_clear()


@pytest.fixture
def kb_dir(ingested, tmp_path):
    target = tmp_path / "kb"
    shutil.copytree(ingested, target)
    return target


CRASH = """
import multiprocessing, os, sys
import arising.cli as c
done = []
store = c._store
def dying_store(*a, **k):
    store(*a, **k)
    done.append(1)
    if len(done) == int(sys.argv[2]):
        for worker in multiprocessing.active_children():
            worker.kill()
        os._exit(9)  # killed: no finally, no atexit
c._store = dying_store
c.cli(["reextract", "--kb", sys.argv[1]])
"""


def crash_reextract(kb_dir, after: int) -> None:
    out = subprocess.run([sys.executable, "-c", CRASH, str(kb_dir), str(after)], capture_output=True, text=True,
                         cwd=TOP)
    assert out.returncode == 9, out.stdout + out.stderr


def test_a_reextract_killed_half_way_leaves_a_catalogue_rebuilt_like_a_clean_run(kb_dir, tmp_path, salted):
    clean = tmp_path / "clean"
    shutil.copytree(kb_dir, clean)
    assert invoke("reextract", "--kb", clean).exit_code == 0

    crash_reextract(kb_dir, 3)
    assert not os.path.exists(kb_dir / ".arising" / "catalogue.json")  # nothing stale to trust
    # what a user runs next finds the replaced version and every document, no duplicate record
    result = invoke("ingest", "--kb", kb_dir, DOCS)
    assert result.exit_code == 0, result.output
    assert row(result.output, "documents older versions (replaced)") == 1
    assert row(result.output, "documents unchanged") == 3  # re-extracted before the kill
    assert row(result.output, "documents updated") == len(records(kb_dir)) - 3
    assert records(kb_dir) == records(clean)
    assert KnowledgeBase.open(str(kb_dir)).catalogue() == KnowledgeBase.open(str(clean)).catalogue()


def test_the_catalogue_is_rebuilt_when_a_killed_run_revised_a_document(kb_dir, tmp_path):
    """A revision replaces the record's file: the version it replaced must stay known as replaced."""
    v1 = (DOCS / "place-2024-11-05-minutes.txt").read_text()
    revised = tmp_path / "place-2024-11-05-minutes.txt"
    revised.write_text(v1 + "\nThe meeting closed at 9.15pm.\n")
    code = CRASH.replace('c.cli(["reextract", "--kb", sys.argv[1]])', 'c.cli(["ingest", "--kb", sys.argv[1], sys.argv[3]])')
    out = subprocess.run([sys.executable, "-c", code, str(kb_dir), "1", str(revised)], capture_output=True, text=True,
                         cwd=TOP)
    assert out.returncode == 9, out.stdout + out.stderr
    result = invoke("ingest", "--kb", kb_dir, DOCS / "place-2024-11-05-minutes.txt")
    assert result.exit_code == 0, result.output
    assert row(result.output, "documents older versions (replaced)") == 1  # not flipped back to v1


def test_a_finished_reextract_leaves_one_current_catalogue(kb_dir, salted):
    assert invoke("reextract", "--kb", kb_dir).exit_code == 0
    derived = kb_dir / ".arising"
    assert not os.path.exists(derived / "catalogue.stale.json")
    cat = json.load(open(derived / "catalogue.json"))
    kb = KnowledgeBase.open(str(kb_dir))
    current = {e["id"]: e for e in cat.values() if not e.get("superseded_by")}
    assert sorted(current) == sorted(os.path.basename(p)[:-4] for p in kb.record_files())
    assert {e["extractor"] for e in current.values()} == {kb.load(i).extractor for i in current}


def test_a_record_whose_items_changed_with_the_extractor_is_dumped_in_full(kb_dir):
    kb = KnowledgeBase.open(str(kb_dir))
    for path in kb.record_files()[:4]:
        doc = kb.load_file(path)
        kb.save(doc)
        doc.extractor = "changed00000"
        first = next(doc.items(), None)
        if first is not None:
            first.found.text += " (amended)"
        kb.save(doc)
        assert open(path, encoding="utf-8").read() == yamlio.dumps_fast(doc.model_dump(mode="json")), path
        assert KnowledgeBase.open(str(kb_dir)).load_file(path) == doc
