"""`arising index` and `arising search`: exact output on a small knowledge base written by hand."""
from __future__ import annotations

import csv
import io
import json
import os
import re

import pytest
from click.testing import CliRunner

from arising.cli import cli
from tests.test_search_kb import engines, small_kb


@pytest.fixture
def kb(tmp_path):
    kb, _ = small_kb(tmp_path / "kb")
    return kb


def run(*args, code=0):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == code, (result.output, result.exception)
    return result


def indexed(kb, engine="whoosh"):
    run("index", "--kb", kb.root, "--engine", engine)
    return kb


def test_search_before_index_says_run_arising_index(kb):
    r = run("search", "--kb", kb.root, "gritting", code=1)
    assert r.stderr == f"error: {kb.root}: no search index (whoosh); run `arising index` first\n"
    assert r.stdout == ""


@pytest.mark.parametrize("engine", engines())
def test_index_reports_what_it_indexed(kb, engine):
    r = run("index", "--kb", kb.root, "--engine", engine)
    assert re.fullmatch(rf"Indexed 6 item\(s\), 3 document\(s\) and 3 meeting\(s\) with {engine} in \d+\.\d s "
                        r"\(\d+\.\d KB\)\n", r.stdout)


def test_search_table(kb):
    indexed(kb)
    r = run("search", "--kb", kb.root, "gritting", "--as-of", "2024-01-10")
    assert r.stdout == """\
ID                        KIND        STATUS  RAG    OWNER             DUE           MEETING     WHERE
peosc-2024-03-12-40-1     resolution  open    amber  Head of Highways  next-meeting  2024-03-12  peosc-2024-03-12-minutes p1, minute 40
    That the Head of Highways report on gritting the cycle routes to the next meeting.
peosc-2023-11-14-24-1     action      open    red    Head of Highways  2023-12-01    2023-11-14  peosc-2023-11-14-minutes p2, minute 24
    Publish the revised gritting route map on the Council's website.
peosc-2024-03-12          meeting                                                    2024-03-12  peosc-2024-03-12-minutes
    40 Gritting of cycle routes
peosc-2024-03-12-minutes  document                                                   2024-03-12  peosc-2024-03-12-minutes
    That the Head of Highways report on gritting the cycle routes to the next meeting.
peosc-2023-11-14-minutes  document                                                   2023-11-14  peosc-2023-11-14-minutes
    Publish the revised gritting route map on the Council's website. That the Winter Service Plan 2023-24 be noted. Circulate fly-tipping figures by ward to all members of the Committee.
5 result(s)
"""
    assert r.stderr == ""


def test_filters_narrow_and_owner_aliases_count(kb):
    indexed(kb)
    r = run("search", "--kb", kb.root, "waste", "--owner", "CB", "--kind", "resolution", "--as-of", "2024-07-01")
    assert r.stdout.splitlines()[1:] == [
        "cabinet-2024-06-20-7-1  resolution  open    green  Head of Waste and Street Scene  2025-04-30  2024-06-20  "
        "cabinet-2024-06-20-minutes p1, minute 7",
        "    That the weekly food waste collection be extended to flats from April 2025.",
        "1 result(s)",
    ]
    r = run("search", "--kb", kb.root, "--committee", "Place Scrutiny Committee", "--status", "open", "--until", "2023",
            "--format", "csv")
    assert [row["id"] for row in csv.DictReader(io.StringIO(r.stdout))] == ["peosc-2023-11-14-24-1", "peosc-2023-11-14-25-1"]


def test_json_is_the_api_answer_with_facets(kb):
    indexed(kb)
    r = run("search", "--kb", kb.root, "recycling", "--format", "json", "--as-of", "2024-07-01")
    res = json.loads(r.stdout)
    assert set(res) == {"query", "total", "results", "facets", "corrections", "notes"}
    assert (res["query"], res["total"]) == ("recycling", 4)
    top = res["results"][0]
    assert {k: top[k] for k in ("id", "kind", "snippet", "status", "rag", "rag_reason", "owner", "committee",
                                "meeting_date", "due", "document", "page", "url")} == {
        "id": "cabinet-2024-06-20-7-2", "kind": "commitment",
        "snippet": "The <mark>recycling</mark> rate will be reported to Cabinet each quarter.",
        "status": "open", "rag": "amber", "rag_reason": "no due date", "owner": "Director of Place",
        "committee": "Cabinet", "meeting_date": "2024-06-20", "due": None,
        "document": "cabinet-2024-06-20-minutes", "page": 1, "url": "/items/cabinet-2024-06-20-7-2/"}
    assert res["facets"] == {
        "kind": {"commitment": 1, "document": 1, "meeting": 1, "resolution": 1}, "status": {"open": 2},
        "committee": {"Cabinet": 4}, "owner": {"Director of Place": 1, "Head of Waste and Street Scene": 1}}


def test_csv_has_a_header_and_plain_snippets(kb):
    indexed(kb)
    r = run("search", "--kb", kb.root, '"route map"', "--format", "csv", "--as-of", "2024-01-10")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows[0]["id"] == "peosc-2023-11-14-24-1"
    assert rows[0]["rag_reason"] == "overdue since 2023-12-01"
    assert rows[0]["snippet"] == "Publish the revised gritting route map on the Council's website."


@pytest.mark.parametrize("query,message", [
    ("ownr:smith", "error: unknown field 'ownr:'; valid fields: text:, title:, kind:, status:, response:, owner:, "
                   "committee:, document:, id:, page:, due:, meeting:"),
    ("(gritting OR waste", "error: unbalanced '(': close it with ')'"),
    ('"gritting route', "error: unclosed quote in '\"gritting route': close the phrase with a \""),
    ("gritting AND", "error: AND needs a term on both sides"),
    ("status:closedd", "error: status:closedd is not a status; use one of: open, in-progress, resolved, superseded, "
                       "noted (or closed)"),
    ("due:<2024-13-01", "error: due:<2024-13-01: no such date; write YYYY, YYYY-MM or YYYY-MM-DD"),
    ("the", "error: nothing to search for: 'the' holds only very common words"),
])
def test_a_broken_query_is_one_line_and_exit_2(kb, query, message):
    indexed(kb)
    r = run("search", "--kb", kb.root, query, code=2)
    assert r.stderr == message + "\n"
    assert r.stdout == ""


def test_a_misspelt_word_is_searched_as_the_index_s_closest_word(kb):
    indexed(kb)
    r = run("search", "--kb", kb.root, "grittnig", "--limit", "1", "--as-of", "2024-01-10")
    assert r.stderr == "note: 'grittnig' is not in the index; also searched for 'gritting'\n"
    assert r.stdout.splitlines()[1].startswith("peosc-2024-03-12-40-1 ")


def test_common_words_never_trigger_a_correction(kb):
    indexed(kb)
    r = run("search", "--kb", kb.root, "gritting route", "--format", "json")
    assert json.loads(r.stdout)["corrections"] == {}


def test_a_record_changed_since_indexing_is_flagged(kb):
    indexed(kb)
    path = kb.record_path("cabinet-2024-06-20-minutes")
    with open(path, "a", encoding="utf-8") as f:
        f.write("# a clerk's note\n")
    r = run("search", "--kb", kb.root, "recycling")
    assert r.stderr == ("warning: 1 record file(s) changed since the search index was written; "
                        "run `arising index` to bring it up to date\n")


def test_a_second_writer_is_refused_with_who_holds_the_lock(kb, monkeypatch):
    from search import index

    monkeypatch.setattr(index, "WRITE_WAIT", 0.1)
    with index.write_lock(kb, "arising index"):
        r = run("index", "--kb", kb.root, code=1)
    assert r.stderr.startswith(f"error: {kb.root}: the search index is being written by ")
    assert "running `arising index` (pid " in r.stderr
    assert r.stderr.endswith("; wait for it to finish and try again\n")
    run("index", "--kb", kb.root)  # free again


def test_the_engine_comes_from_arising_yml(kb):
    with open(kb.config_path, "a", encoding="utf-8") as f:
        f.write("search: {engine: tantivy}\n")
    try:
        import tantivy  # noqa: F401
    except ImportError:
        r = run("index", "--kb", kb.root, code=1)
        assert "pip install 'arising[tantivy]'" in r.stderr
        return
    r = run("index", "--kb", kb.root)
    assert " with tantivy in " in r.stdout
    assert os.path.isfile(os.path.join(kb.derived_dir, "search", "tantivy", "CURRENT"))
    r = run("search", "--kb", kb.root, "gritting", "--engine", "whoosh", code=1)
    assert "no search index (whoosh)" in r.stderr


def test_both_engines_rank_the_same(kb):
    pytest.importorskip("tantivy", reason="tantivy is not installed (pip install 'arising[tantivy]')")
    indexed(kb, "whoosh")
    indexed(kb, "tantivy")
    for q in ("gritting", "waste OR recycling", "kind:action", '"route map"', "due:<2024", "status:open -gritting"):
        ids = [json.loads(run("search", "--kb", kb.root, q, "--engine", e, "--format", "json").stdout)["results"]
               for e in ("whoosh", "tantivy")]
        assert [r["id"] for r in ids[0]] == [r["id"] for r in ids[1]], q
