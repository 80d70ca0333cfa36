"""The fifth held-out genre set (tests/genre_e): fictional council PDFs, laid out as councils print them.

tests/genre_e/make_pdfs.py writes the PDFs from its own fictional text with fpdf2; tests/genre_e/gold.yml
annotates them in the evaluation's gold format. The set was written and annotated before the extractor was
run on it, by a helper who had read neither the extractor's code nor the other sets, after rules had been
tuned on sets A to D. It is scored with ../shared/eval/score.py through tests/genre_b/score_genre_b.py; the
scoring tests skip when ../shared is absent. The floors sit about 0.03 under the figures measured, so a
change that makes extraction worse on these PDFs fails the suite.
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from tests.genre_common import KINDS, floor_tests, words
from tests.genre_common import wrapper as score_genre_b

GENRE_E = Path(__file__).resolve().parent / "genre_e"
_spec = importlib.util.spec_from_file_location("genre_e_check", GENRE_E / "check_gold.py")
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)


def test_every_pdf_has_gold_in_the_scorer_format_and_its_words_are_in_the_pdf():
    gold = score_genre_b.load_gold(GENRE_E)
    assert {d["file"] for d in gold} == {p.name for p in (GENRE_E / "documents").glob("*.pdf")}
    assert len(gold) == 14
    for doc in gold:
        assert set(doc["meta"]) == {"committee", "date", "item", "title"}, doc["file"]
        readings = [words(t) for t in check.pdf_texts(GENRE_E / "documents" / doc["file"])]
        for item in doc["items"]:
            assert item["tier"] in ("must", "should") and item["kind"] in KINDS, item
            due = item["due"]
            assert due is None or due in ("next-meeting", "future-meeting") or re.fullmatch(
                r"\d{4}-\d{2}(-\d{2})?", str(due)), item
            w = words(item["text"])
            assert any(check.contiguous(w, r) or check.in_order(w, r) for r in readings), (doc["file"], item["text"][:60])


def test_the_agenda_pack_has_no_items():
    gold = {d["file"]: d for d in score_genre_b.load_gold(GENRE_E)}
    assert [f for f, d in gold.items() if not d["items"]] == [f for f in gold if f.startswith("E11")]



# measured blind, the first time the extractor saw the set (2026-11-24, after round 12):
#   decisions_F1 0.83 (P 0.90, R 0.77) followups_F1 0.76 (P 0.87, R_must 0.68) owner_acc 0.85 due_acc 0.97
#   committee_acc 0.64 date_acc 0.93
FLOORS = {  # set E was opened for tuning after set G was written blind; ~0.03 under round 14's figures
    "decisions_F1": 0.90, "decisions_P": 0.88, "followups_F1": 0.84, "followups_P": 0.84,
    "owner_acc": 0.88, "due_acc": 0.83, "committee_acc": 0.97, "date_acc": 0.97,
}


report, test_genre_e_floor = floor_tests(GENRE_E, FLOORS)
