"""The extraction stages on the example council, scored against hand annotations written independently of the
rules (examples/wexcombe/expected.yml, the gold format of the evaluation set).

The Wexcombe documents were not used to tune any single rule: every rule has its own paraphrased test in
test_classify / test_segment / test_owners / test_dates. This test measures how the whole extractor carries
over to a council's documents, with tests/scoring.py (the evaluation's measures, reimplemented here so the test
runs without ../shared). The floors sit a little below what the stages reach; a regression fails the suite.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ingest import classify, dates, owners, segment
from ingest.lines import ReadError
from ingest.read import read
from tests import scoring

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "wexcombe"


def extract(path: Path) -> dict:
    """What `arising extract --format json` reports for one file (owners as written, before aliases)."""
    try:
        text = read(str(path))
    except (ReadError, ImportError) as e:
        return {"meta": {}, "items": [], "errors": [str(e)]}
    seg = segment.segment(text)
    items = []
    for m in seg.meetings:
        for a in m.agenda:
            for c in classify.classify(a, m, seg):
                items.append({"kind": c.kind, "text": c.text, "tracked": c.tracked,
                              "owner": owners.owner_of(c, a, m, seg), "due": dates.due_of(c.text, m.date, c.context)})
    return {"meta": seg.meta, "items": items, "errors": []}


@pytest.fixture(scope="module")
def scores() -> scoring.Scores:
    gold = yaml.safe_load((EXAMPLE / "expected.yml").read_text(encoding="utf-8"))["documents"]
    sc = scoring.Scores()
    for doc in gold:
        out = extract(EXAMPLE / "documents" / doc["file"])
        assert not out["errors"], out["errors"]
        sc.add(doc["file"], doc, out)
    return sc


FLOORS = {
    "decisions_f1": 0.95,
    "followups_f1": 0.95,
    "followups_recall_must": 0.92,
    "owner": 0.95,
    "due": 0.86,
    "committee": 0.90,
    "date": 0.90,
}


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_example_council_floor(scores, measure):
    got = scores.summary()[measure]
    assert got is not None and got >= FLOORS[measure], (measure, round(got or 0, 3), scores.missed)


# ---- the scorer itself ------------------------------------------------------------------------------

def test_token_f1_ignores_labels_stop_words_and_case():
    assert scoring.token_f1("(a) That the report be NOTED.", "That the report be noted") == 1.0
    assert scoring.token_f1("Circulate the figures", "Publish the map") == 0.0


def test_matching_is_one_to_one_best_first():
    gold = [{"text": "report on car park charges"}, {"text": "report on car park"}]
    pred = [{"text": "report on car park"}]
    assert scoring.match(gold, pred) == [(1, 0)]


def test_scores_count_misses_extras_owner_and_due():
    sc = scoring.Scores()
    gold = {"meta": {"committee": "Place Scrutiny Committee", "date": "2024-03-11"}, "items": [
        {"tier": "must", "kind": "resolution", "tracked": True, "owner": "Director of Place", "due": "next-meeting",
         "text": "That the Director of Place bring a report on parking to the next meeting."},
        {"tier": "must", "kind": "action", "tracked": True, "owner": "PW", "due": None,
         "text": "PW to circulate the survey results to all members."}]}
    out = {"meta": {"committee": "Place Scrutiny Committee", "date": "2024-03-12"}, "items": [
        {"kind": "resolution", "tracked": True, "owner": "Director of Place", "due": "future-meeting",
         "text": "That the Director of Place bring a report on parking to the next meeting."},
        {"kind": "commitment", "tracked": True, "owner": None, "due": None, "text": "The bins would be emptied weekly."}]}
    sc.add("x", gold, out)
    s = sc.summary()
    assert s["decisions_f1"] == 1.0 and s["followups_recall_must"] == 0.5
    assert s["owner"] == 1.0 and s["due"] == 1.0 and s["committee"] == 1.0 and s["date"] == 0.0
    assert sc.missed == [("x", "action", "PW to circulate the survey results to all members.")]
