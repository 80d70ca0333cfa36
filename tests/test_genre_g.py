"""The seventh held-out genre set (tests/genre_g): ModernGov pages as text and council PDFs, the two forms councils
publish most, from councils of kinds the other sets do not cover (metropolitan, Welsh county borough, Scottish,
combined authority, national park, pension fund, schools forum, community council).

tests/genre_g/gold.yml annotates tests/genre_g/documents/ (make_pdfs.py writes the PDFs) in the evaluation's gold
format. It was written and annotated before the extractor was run on it, by a helper who had read neither the
extractor's code nor the other sets. It was kept blind through round 17 and opened for tuning once set H was written blind. It is scored
with ../shared/eval/score.py through tests/genre_b/score_genre_b.py; the scoring tests skip when ../shared is
absent. The floors sit about 0.03 under the blind figures, so a regression on unseen forms fails the suite.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

from tests.genre_common import check_gold_items, floor_tests, words
from tests.genre_common import wrapper as score_genre_b

GENRE_G = Path(__file__).resolve().parent / "genre_g"
_spec = importlib.util.spec_from_file_location("genre_g_check", GENRE_G / "check_gold.py")
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)


def test_every_document_has_gold_in_the_scorer_format_and_its_words_are_in_the_document():
    gold = score_genre_b.load_gold(GENRE_G)
    assert {d["file"] for d in gold} == {p.name for p in (GENRE_G / "documents").iterdir()}
    assert len(gold) == 14
    for doc in gold:
        assert set(doc["meta"]) == {"committee", "date", "item", "title"}, doc["file"]
        text = set(words(check.doc_text(str(GENRE_G / "documents" / doc["file"]))))
        check_gold_items(doc, text)



# measured blind, the first time the extractor saw the set (2026-11-24, after round 13 and the PDF/metadata fixes
# from set E): decisions_F1 0.90 (P 0.96, R 0.85) followups_F1 0.83 (P 0.96, R_must 0.73) owner_acc 0.63
# due_acc 0.86 committee_acc 0.86 date_acc 0.93
FLOORS = {  # opened for tuning after set H was written blind; ~0.03 under round 18's figures
    "decisions_F1": 0.95, "decisions_P": 0.97, "followups_F1": 0.91, "followups_P": 0.96,
    "owner_acc": 0.66, "due_acc": 0.86, "committee_acc": 0.83, "date_acc": 0.90,
}


report, test_genre_g_floor = floor_tests(GENRE_G, FLOORS)
