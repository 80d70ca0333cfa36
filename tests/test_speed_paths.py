"""The fast paths of ingest and reextract give what the slow ones gave: the record cache never hides a
hand edit, an unchanged re-ingest still reports and exits as before, a changed file or a changed
extractor is still re-read, and parallel re-extraction writes the same bytes as one process."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from arising import yamlio
from arising.cli import EXTRACTOR_SALT, _fingerprint, cli, table
from arising.store import KnowledgeBase

TOP = Path(__file__).resolve().parents[1]
DOCS = TOP / "examples" / "wexcombe" / "documents"


def invoke(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


def row(output: str, label: str) -> int | None:
    """The count in the summary table's row ``label``."""
    for line in output.splitlines():
        cells = [c.strip() for c in line.strip("│ ").split("│")]
        if len(cells) == 2 and cells[0] == label:
            return int(cells[1])
    return None


def records(kb: KnowledgeBase) -> dict[str, bytes]:
    return {os.path.basename(p): open(p, "rb").read() for p in kb.record_files()}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """The example council, ingested once; tests work on copies."""
    root = tmp_path_factory.mktemp("speed") / "kb"
    assert invoke("init", root).exit_code == 0
    shutil.copy(TOP / "examples" / "wexcombe" / "arising.yml", root / "arising.yml")
    result = invoke("ingest", "--kb", root, DOCS)
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture
def kb(ingested, tmp_path):
    target = tmp_path / "kb"
    shutil.copytree(ingested, target)
    return KnowledgeBase.open(str(target))


@pytest.fixture
def salted(monkeypatch):
    """A changed extractor, as after a code change: the stages' fingerprint differs."""
    monkeypatch.setenv(EXTRACTOR_SALT, "test-changed")
    _fingerprint.cache_clear()
    yield
    monkeypatch.delenv(EXTRACTOR_SALT)
    _fingerprint.cache_clear()


def first_open_item(kb):
    for path in kb.record_files():
        text = open(path, encoding="utf-8").read()
        if "status: open" in text:
            return path, text
    raise AssertionError("no open item in the example council")


# ---- the record cache ---------------------------------------------------------------------------


def test_a_cached_record_is_the_record_the_yaml_gives(kb, tmp_path):
    assert len(os.listdir(kb.cache_dir)) == len(kb.record_files())  # ingest left a copy of each
    for path in kb.record_files():
        cached = KnowledgeBase.open(kb.root).load_file(path)
        outside = tmp_path / os.path.basename(path)  # not in records/: parsed, never cached
        shutil.copy(path, outside)
        assert cached == kb.load_file(str(outside)), path


def test_a_hand_edit_after_a_cached_load_is_what_the_next_command_reads(kb):
    path, text = first_open_item(kb)
    before = kb.load_file(path)  # cached
    open(path, "w", encoding="utf-8").write(text.replace("status: open", "status: resolved  # done in May", 1))
    for reader in (kb, KnowledgeBase.open(kb.root)):  # this process, and the next command
        after = reader.load_file(path)
        assert [it.status for it in after.items()] != [it.status for it in before.items()]
        assert "resolved" in [it.status for it in after.items()]


def test_a_hand_edit_with_the_same_size_and_time_is_still_seen(kb):
    path, text = first_open_item(kb)
    kb.load_file(path)
    st = os.stat(path)
    edited = text.replace("status: open\n", "status: done\n", 1)
    assert len(edited) == len(text)
    open(path, "w", encoding="utf-8").write(edited)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    with pytest.raises(Exception, match="status"):  # "done" is not a status: read, not served stale
        KnowledgeBase.open(kb.root).load_file(path)


def test_a_damaged_cache_falls_back_to_the_yaml(kb):
    for name in os.listdir(kb.cache_dir):
        open(os.path.join(kb.cache_dir, name), "wb").write(b'{"canonical": true}\n{"id": "garbage"')
    fresh = KnowledgeBase.open(kb.root)
    assert [d.id for d in fresh.documents()] == [os.path.basename(p)[:-4] for p in fresh.record_files()]


def test_the_cache_is_derived_and_can_be_deleted(kb):
    before = [d.model_dump() for d in kb.documents()]
    shutil.rmtree(kb.cache_dir)
    assert [d.model_dump() for d in KnowledgeBase.open(kb.root).documents()] == before


# ---- writing records ----------------------------------------------------------------------------


def test_a_record_rewritten_for_a_new_extractor_is_byte_for_byte_a_full_dump(kb):
    for path in kb.record_files():
        doc = kb.load_file(path)
        for version in ("0123456789ab", "123456789012", "abcdef012345"):
            doc.extractor = version
            kb.save(doc)
            assert open(path, encoding="utf-8").read() == yamlio.dumps_fast(doc.model_dump(mode="json")), (path, version)


def test_a_real_comment_is_still_kept_when_a_record_is_rewritten(kb):
    path, text = first_open_item(kb)
    open(path, "w", encoding="utf-8").write(text.replace("status: open", "status: open  # chased 3 May", 1))
    fresh = KnowledgeBase.open(kb.root)
    doc = fresh.load_file(path)
    doc.extractor = "changed00000"
    with fresh.lock():
        fresh.save(doc)
    assert "# chased 3 May" in open(path, encoding="utf-8").read()


def test_a_hash_sign_inside_a_value_is_not_a_comment_to_keep(kb):
    path = kb.record_files()[0]
    doc = kb.load_file(path)
    first = next(doc.items())
    first.found.text = "Item #4 deferred to the next meeting"
    kb.save(doc)
    doc.extractor = "changed00000"
    kb.save(doc)  # written by the fast dumper, so nothing in it can be a comment
    assert open(path, encoding="utf-8").read() == yamlio.dumps_fast(doc.model_dump(mode="json"))


# ---- an unchanged re-ingest ----------------------------------------------------------------------


def test_an_unchanged_re_ingest_reports_every_document_unchanged_and_exits_0(kb):
    before = records(kb)
    result = invoke("ingest", "--kb", kb.root, DOCS)
    assert result.exit_code == 0, result.output
    assert row(result.output, "documents unchanged") == len(before)
    assert row(result.output, "documents older versions (replaced)") == 1  # the minutes replaced by their v2
    assert (row(result.output, "skipped (not documents)"), row(result.output, "failed")) == (0, 0)
    assert records(kb) == before


def test_an_unchanged_re_ingest_needs_neither_pydantic_nor_yaml_nor_rich(kb):
    subprocess.run([sys.executable, "-m", "arising.cli", "ingest", "--kb", kb.root, str(DOCS)], capture_output=True,
                   cwd=TOP)  # up to date with the extractor as it is now
    code = ("import sys\nfrom arising.cli import cli\n"
            "try:\n    cli(['ingest', '--kb', sys.argv[1], sys.argv[2]])\nexcept SystemExit as e:\n    code = e.code\n"
            "heavy = sorted(m for m in ('pydantic', 'ruamel.yaml', 'yaml', 'rich', 'ingest.classify') if m in sys.modules)\n"
            "print('EXIT', code, 'HEAVY', heavy)\n")
    out = subprocess.run([sys.executable, "-c", code, kb.root, str(DOCS)], capture_output=True, text=True, cwd=TOP)
    assert "EXIT 0 HEAVY []" in out.stdout, out.stdout + out.stderr


def test_an_unchanged_re_ingest_does_not_wait_for_a_writer_holding_the_lock(kb):
    # a clerk re-running an ingest of files already in the knowledge base is answered at once, even while
    # another command (a reextract, a review) holds the write lock; a changed file still waits for it
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\nfrom arising.store import KnowledgeBase\n"
                               "with KnowledgeBase.open(sys.argv[1]).lock('arising reextract'):\n"
                               "    print('HELD', flush=True)\n    time.sleep(30)\n", kb.root],
                              stdout=subprocess.PIPE, text=True, cwd=TOP)
    try:
        assert holder.stdout.readline().strip() == "HELD"
        out = subprocess.run([sys.executable, "-m", "arising.cli", "ingest", "--kb", kb.root, str(DOCS)],
                             capture_output=True, text=True, cwd=TOP, timeout=20)
        assert out.returncode == 0, out.stdout + out.stderr
        assert row(out.stdout, "documents unchanged") == len(records(kb))
        assert "locked" not in out.stdout + out.stderr
    finally:
        holder.kill()
        holder.wait()


def test_a_changed_file_is_still_ingested(kb, tmp_path):
    import hashlib

    src = tmp_path / "place-2024-11-05-minutes.txt"
    src.write_text((DOCS / "place-2024-11-05-minutes.txt").read_text() + "\nThe meeting closed at 9.15pm.\n")
    result = invoke("ingest", "--kb", kb.root, src)
    assert result.exit_code == 0, result.output
    assert row(result.output, "documents revised") == 1
    assert row(result.output, "documents unchanged") is None
    sha = hashlib.sha256(src.read_bytes()).hexdigest()
    assert sha in KnowledgeBase.open(kb.root).catalogue()


def test_an_edit_to_arising_yml_is_checked_again(kb):
    assert invoke("ingest", "--kb", kb.root, DOCS).exit_code == 0  # the settings, checked and remembered
    with open(kb.config_path, "a", encoding="utf-8") as f:
        f.write("scrutiny:\n  response_due_months: soon\n")
    result = invoke("ingest", "--kb", kb.root, DOCS)
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {kb.config_path}: ")


def test_a_new_committee_alias_in_arising_yml_is_used(kb):
    assert kb.config.committees
    data = yamlio.load(kb.config_path)
    data["committees"][0]["aliases"] = list(data["committees"][0].get("aliases") or []) + ["The Very New Alias"]
    yamlio.write_atomic(kb.config_path, yamlio.dumps(data))
    assert "The Very New Alias" in KnowledgeBase.open(kb.root).config.committees[0].aliases


# ---- a changed extractor --------------------------------------------------------------------------


def test_reextract_with_a_changed_extractor_updates_every_record_and_keeps_edits(kb, salted):
    path, text = first_open_item(kb)
    open(path, "w", encoding="utf-8").write(text.replace("status: open", "status: in-progress  # chased", 1))
    n = len(kb.record_files())
    result = invoke("reextract", "--kb", kb.root)
    assert result.exit_code == 0, result.output
    assert row(result.output, "documents updated") == n
    versions = {d.extractor for d in KnowledgeBase.open(kb.root).documents()}
    assert versions == {_fingerprint(False)}
    kept = open(path, encoding="utf-8").read()
    assert "status: in-progress  # chased" in kept


def test_parallel_reextraction_writes_what_one_process_writes(kb, tmp_path, salted, monkeypatch):
    twin = tmp_path / "twin"
    shutil.copytree(kb.root, twin)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)  # one process: the jobs run here, in order
    assert invoke("reextract", "--kb", kb.root).exit_code == 0
    monkeypatch.setattr(os, "cpu_count", lambda: 2)  # a pool of two workers
    assert invoke("reextract", "--kb", twin).exit_code == 0
    assert records(KnowledgeBase.open(str(twin))) == records(kb)


def test_ingest_after_the_extractor_changed_reextracts_from_stored_text(kb, salted):
    n = len(kb.record_files())
    result = invoke("ingest", "--kb", kb.root, DOCS)
    assert row(result.output, "documents updated") == n
    again = invoke("ingest", "--kb", kb.root, DOCS)
    assert row(again.output, "documents unchanged") == n


def test_a_damaged_page_text_store_costs_one_document_not_the_run(kb):
    doc = kb.documents()[0]
    open(kb.text_path(doc.sha256), "wb").write(b"not gzip at all")
    result = invoke("reextract", "--kb", kb.root)
    assert result.exit_code == 1
    failed = [ln for ln in result.output.splitlines() if ln.startswith("failed: ")]
    assert failed == [f"failed: {doc.file}: the stored page text is damaged (BadGzipFile); "
                      "ingest the original again with `arising ingest`"]
    others = (row(result.output, "documents unchanged") or 0) + (row(result.output, "documents updated") or 0)
    assert others == len(kb.record_files()) - 1  # the others were re-extracted


# ---- the summary table --------------------------------------------------------------------------


def test_the_summary_table_is_drawn_as_rich_draws_it():
    import io

    from rich.console import Console
    from rich.table import Table

    rows = [("documents new", "12"), ("  recommendations", "3"), ("skipped (not documents)", "0"), ("failed", "1")]
    t = Table(title="Ingest summary", show_header=True)
    t.add_column("what")
    t.add_column("count", justify="right")
    for r in rows:
        t.add_row(*r)
    console = Console(file=io.StringIO(), highlight=False, soft_wrap=True)
    console.print(t)
    assert table("Ingest summary", ("what", "count"), rows) + "\n" == console.file.getvalue()


def test_a_file_name_with_brackets_is_printed_as_it_is(kb, tmp_path):
    odd = tmp_path / "[draft] notes.txt"
    odd.write_text("")
    result = invoke("ingest", "--kb", kb.root, odd)
    assert "failed: [draft] notes.txt: " in result.output, result.output


def test_the_catalogue_is_json_that_names_every_record(kb):
    cat = json.load(open(os.path.join(kb.derived_dir, "catalogue.json")))
    assert sorted(e["id"] for e in cat.values() if not e.get("superseded_by")) == sorted(
        os.path.basename(p)[:-4] for p in kb.record_files())
