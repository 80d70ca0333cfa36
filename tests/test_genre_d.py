"""The fourth held-out genre set (tests/genre_d): fictional council documents in the forms councils publish most.

tests/genre_d/gold.yml annotates tests/genre_d/documents/ in the evaluation's gold format; the set was written
and annotated before the extractor was run on it, by a helper who had read neither the extractor's code nor
the other genre sets, after rules had been tuned on tests/genre, genre_b and genre_c. It is the honest
generalisation figure. It is scored with ../shared/eval/score.py through the wrapper in
tests/genre_b/score_genre_b.py (imported, not copied); the scoring tests skip when ../shared is absent. The
floors sit about 0.05 below the figures measured when the set was frozen, so a change that makes extraction
worse on unseen documents fails the suite.
"""
from __future__ import annotations

import re
from pathlib import Path

from tests.genre_common import KINDS, document_text as _document_text, floor_tests, words as _words
from tests.genre_common import wrapper as score_genre_b

TESTS = Path(__file__).resolve().parent
GENRE_D = TESTS / "genre_d"


def test_gold_matches_the_documents_and_the_scorer_format():
    gold = score_genre_b.load_gold(GENRE_D)
    files = {p.name for p in (GENRE_D / "documents").iterdir()}
    assert {d["file"] for d in gold} == files
    assert len(files) == 16
    assert {Path(f).suffix for f in files} == {".txt", ".html", ".docx"}
    for doc in gold:
        assert set(doc["meta"]) == {"committee", "date", "item", "title"}, doc["file"]
        date = doc["meta"]["date"]
        assert date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date)), doc["file"]
        text = _document_text(GENRE_D / "documents" / doc["file"])
        words = set(_words(text))
        if date:  # the meeting date is stated in the document (in some written form)
            assert str(date)[:4] in words, (doc["file"], date)
        if doc["meta"]["item"]:
            assert doc["meta"]["item"] in words, (doc["file"], doc["meta"]["item"])
        for item in doc["items"]:
            assert set(item) == {"tier", "kind", "tracked", "owner", "due", "text"}, item
            assert item["tier"] in ("must", "should") and item["kind"] in KINDS, item
            assert isinstance(item["tracked"], bool), item
            assert item["tracked"] is (item["kind"] != "metric") or item["kind"] == "resolution", item
            if item["kind"] == "metric":
                assert item["tier"] == "should", item
            due = item["due"]
            assert due is None or due in ("next-meeting", "future-meeting") or re.fullmatch(
                r"\d{4}-\d{2}(-\d{2})?", str(due)), item
            missing = [w for w in _words(item["text"]) if w not in words]
            assert not missing, (doc["file"], item["text"][:60], missing)
            if item["owner"]:
                missing = [w for w in _words(item["owner"]) if w not in words]
                assert not missing, (doc["file"], item["owner"], missing)


def test_gold_items_are_not_annotated_twice():
    # one item per decision: the scorer matches one to one, so a duplicate would be an unmatched gold item
    for doc in score_genre_b.load_gold(GENRE_D):
        seen = [tuple(_words(i["text"])) for i in doc["items"]]
        dupes = {t for t in seen if seen.count(t) > 1}
        assert not dupes, (doc["file"], dupes)


def test_the_officer_report_document_has_no_items():
    # recommendations of a report the text does not show agreed are not annotated (GUIDELINES)
    gold = {d["file"]: d for d in score_genre_b.load_gold(GENRE_D)}
    report = gold["16_stanlow_cabinet_officer_report.txt"]
    assert report["items"] == [] and report["meta"]["committee"] == "Cabinet"
    assert "RECOMMENDATIONS" in (GENRE_D / "documents" / report["file"]).read_text(encoding="utf-8")



# measured when the set was frozen (2026-11-24):
#   decisions_F1 0.83 decisions_P 0.92 decisions_R 0.75 followups_F1 0.75 followups_P 0.90 followups_R_must 0.64
#   owner_acc 0.82 due_acc 0.89 committee_acc 0.75 date_acc 0.87
FLOORS = {  # raised after round 11 to ~0.03 under its figures then, so any regression fails
    "decisions_F1": 0.90, "decisions_P": 0.93, "followups_F1": 0.80, "followups_P": 0.89,
    "owner_acc": 0.83, "due_acc": 0.94, "committee_acc": 0.85, "date_acc": 0.84,
}


report, test_genre_d_floor = floor_tests(GENRE_D, FLOORS)


def test_wrapper_command_line_scores_the_genre_d_folder(report, capsys):
    # the report fixture ran the extractor already; this checks the printed summary line of the CLI
    assert score_genre_b.main([str(GENRE_D)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("[genre_d] docs=16 docs_missing=0 decisions_P=")
    assert "followups_F1=" in out and "owner_acc=" in out and "counts {" in out
