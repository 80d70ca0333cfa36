"""`arising review`: exact output where a clerk reads it, one-line errors, nothing written on a refusal."""
import json
import os

import pytest
from click.testing import CliRunner

from arising import followup, yamlio
from arising.cli import cli
from arising.store import KnowledgeBase
from arising.tracker import apply_change
from tests.test_followup import CONFIG, january, march, page_lines

JAN, MAR = "place-2024-01-10-minutes", "place-2024-03-06-minutes"
CAR, LIGHT = "place-2024-01-10-12-1", "place-2024-01-10-13-act1"
P_CAR = followup.proposal_id(CAR, MAR)
P_LIGHT = followup.proposal_id(LIGHT, MAR)


def keep_page_text(kb, doc, pages):
    lines = [{"text": t, "page": p, "para": None, "line": n, "heading": 0, "cells": None}
             for t, p, _, n in page_lines(doc, pages)]
    kb.keep_text(doc.sha256, json.dumps({"lines": lines, "format": "pdf"}))


@pytest.fixture
def kb(tmp_path):
    k = KnowledgeBase.init(str(tmp_path / "kb"), "Borough of Wexcombe")
    yamlio.write_atomic(k.config_path, yamlio.dumps(CONFIG.model_dump(mode="json", exclude_defaults=True)))
    k = KnowledgeBase.open(k.root)
    jan, mar = january(), march()
    with k.lock():
        k.upsert(jan)
        k.upsert(mar)
        keep_page_text(k, mar, [1, 1, 1, 2, 2, 2, 2, 2])
        followup.update_proposals(k, [MAR])
    return k


@pytest.fixture
def runner():
    return CliRunner()


def review(runner, kb, *args, **kw):
    return runner.invoke(cli, ["review", "--kb", kb.root, *args], **kw)


def item(kb, item_id):
    return next(it for d in kb.documents() for it in d.items() if it.id == item_id)


def snapshot(kb):
    files = kb.record_files() + [followup.proposals_path(kb)]
    return {f: open(f, "rb").read() for f in files}


def test_the_proposal_ids_are_the_ones_a_clerk_will_type(kb):
    assert sorted(p.id for p in followup.load_proposals(kb)) == sorted([P_CAR, P_LIGHT])
    assert all(len(pid) == 8 for pid in (P_CAR, P_LIGHT))


def test_review_json_is_the_documented_shape(runner, kb):
    r = review(runner, kb, "--format", "json")
    assert r.exit_code == 0
    scores = {p.id: p.score for p in followup.load_proposals(kb)}
    assert json.loads(r.output) == {"proposals": [
        {"id": P_CAR,
         "item": {"id": CAR, "document": JAN, "text": january().meetings[0].agenda_items[0].items[0].text},
         "evidence": {"document": MAR, "page": 1,
                      "quote": "Minute 12 (Riverside car park charges): the consultation with traders and residents on "
                               "a free first hour had started on 1 February and would run until 31 March."},
         "proposed_status": "in-progress", "score": scores[P_CAR]},
        {"id": P_LIGHT,
         "item": {"id": LIGHT, "document": JAN,
                  "text": "The Street Lighting Manager to email members the ward-by-ward schedule of LED works."},
         "evidence": {"document": MAR, "page": 2,
                      "quote": "Minute 13 (street lighting): the ward-by-ward schedule of LED works had been emailed to "
                               "all members on 20 January."},
         "proposed_status": "resolved", "score": scores[P_LIGHT]},
    ]}


TABLE = """\
┏━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━┳━━━━━━━┓
┃ id       ┃ item                                                         ┃ evidence                                                     ┃ proposed    ┃ score ┃
┡━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━╇━━━━━━━┩
│ {p_car} │ place-2024-01-10-12-1                                        │ place-2024-03-06-minutes p1                                  │ in-progress │  {s_car} │
│          │ That the Director of Place consult traders and residents on  │ “Minute 12 (Riverside car park charges): the consultation    │             │       │
│          │ a free first hour at Riverside car park and report the       │ with traders and residents on a free first hour had started  │             │       │
│          │ outcome to the Committee by April 2024.                      │ on 1 February and would run until 31 March.”                 │             │       │
├──────────┼──────────────────────────────────────────────────────────────┼──────────────────────────────────────────────────────────────┼─────────────┼───────┤
│ {p_light} │ place-2024-01-10-13-act1                                     │ place-2024-03-06-minutes p2                                  │ resolved    │  {s_light} │
│          │ The Street Lighting Manager to email members the             │ “Minute 13 (street lighting): the ward-by-ward schedule of   │             │       │
│          │ ward-by-ward schedule of LED works.                          │ LED works had been emailed to all members on 20 January.”    │             │       │
└──────────┴──────────────────────────────────────────────────────────────┴──────────────────────────────────────────────────────────────┴─────────────┴───────┘
2 pending; accept with `arising review --accept ID`, reject with `--reject ID`.
"""


def test_review_lists_pending_proposals_in_a_table(runner, kb):
    r = review(runner, kb)
    assert r.exit_code == 0
    scores = {p.id: f"{p.score:.2f}" for p in followup.load_proposals(kb)}
    assert r.output == TABLE.format(p_car=P_CAR, p_light=P_LIGHT, s_car=scores[P_CAR], s_light=scores[P_LIGHT])


def test_accepting_applies_the_status_with_the_document_and_page_as_evidence(runner, kb):
    r = review(runner, kb, "--accept", P_LIGHT, "--by", "L. Moss")
    assert r.exit_code == 0
    assert r.output == f"{P_LIGHT}: accepted; {LIGHT}: status open -> resolved (evidence {MAR}#p2)\n"
    it = item(kb, LIGHT)
    (change,) = it.history
    assert (it.status, change.by, change.evidence, change.proposal) == ("resolved", "L. Moss", f"{MAR}#p2", P_LIGHT)
    assert change.note.startswith("“Minute 13 (street lighting)")
    states = {p.id: (p.state, p.decided_by) for p in followup.load_proposals(kb)}
    assert states == {P_LIGHT: ("accepted", "L. Moss"), P_CAR: ("pending", None)}
    assert review(runner, kb).output.count("p-") == 1  # only the pending one is listed


def test_accepting_and_rejecting_together(runner, kb):
    r = review(runner, kb, "--accept", P_CAR, "--reject", P_LIGHT, "--by", "L. Moss")
    assert r.exit_code == 0
    assert r.output.splitlines() == [
        f"{P_CAR}: accepted; {CAR}: status open -> in-progress (evidence {MAR}#p1)",
        f"{P_LIGHT}: rejected"]
    assert review(runner, kb).output == "No pending proposals.\n"


def test_an_unknown_id_is_a_one_line_error_and_nothing_is_written(runner, kb):
    before = snapshot(kb)
    r = review(runner, kb, "--accept", P_CAR, "--accept", "p-000000")
    assert r.exit_code == 1
    assert r.output == "error: p-000000: no such proposal; `arising review --state all` lists them\n"
    assert snapshot(kb) == before


def test_a_decided_proposal_cannot_be_decided_again(runner, kb):
    assert review(runner, kb, "--reject", P_CAR).exit_code == 0
    r = review(runner, kb, "--accept", P_CAR)
    assert r.exit_code == 1
    assert r.output == f"error: {P_CAR}: already rejected\n"


def test_a_rejected_proposal_stays_rejected_when_detection_runs_again(runner, kb):
    assert review(runner, kb, "--reject", P_CAR, "--by", "L. Moss").exit_code == 0
    r = review(runner, kb, "--detect", "--format", "json")
    assert r.exit_code == 0
    assert [p["id"] for p in json.loads(r.stdout)["proposals"]] == [P_LIGHT]
    assert {p.id: p.state for p in followup.load_proposals(kb)} == {P_CAR: "rejected", P_LIGHT: "pending"}


def test_an_accepted_proposal_can_be_undone(runner, kb):
    assert review(runner, kb, "--accept", P_CAR, "--by", "L. Moss").exit_code == 0
    r = review(runner, kb, "--undo", P_CAR, "--by", "L. Moss")
    assert r.exit_code == 0
    assert r.output == f"{P_CAR}: undone; {CAR}: status in-progress -> open; the proposal is pending again\n"
    it = item(kb, CAR)
    assert it.status == "open" and [c.undoes for c in it.history] == [None, 0]
    assert {p.id: p.state for p in followup.load_proposals(kb)}[P_CAR] == "pending"


def test_undo_is_refused_when_the_item_changed_after_the_proposal(runner, kb):
    assert review(runner, kb, "--accept", P_CAR, "--by", "L. Moss").exit_code == 0
    with kb.lock():
        doc = kb.load(JAN)
        it = next(i for i in doc.items() if i.id == CAR)
        import datetime as dt
        apply_change(it, by="B. Carver", at=dt.datetime(2030, 1, 2, 10, 0), status="resolved")
        kb.save(doc)
    before = snapshot(kb)
    r = review(runner, kb, "--undo", P_CAR)
    assert r.exit_code == 1
    assert r.output == (f"error: {P_CAR}: cannot undo: item {CAR} was changed after it (status in-progress -> resolved, "
                        f"by B. Carver on 2030-01-02 10:00); undo that first with `arising undo {CAR}`\n")
    assert snapshot(kb) == before


def test_a_proposal_that_would_set_a_resolved_item_back_is_refused(runner, kb):
    with kb.lock():
        doc = kb.load(JAN)
        it = next(i for i in doc.items() if i.id == CAR)
        it.status = "resolved"
        kb.save(doc)
    r = review(runner, kb, "--accept", P_CAR)
    assert r.exit_code == 1
    assert r.output == (f"error: {P_CAR}: item {CAR} is already resolved and this proposal would set it back to "
                        "in-progress; reject it\n")


def test_interactive_review_asks_about_each_pending_proposal(runner, kb):
    r = review(runner, kb, "--interactive", "--by", "L. Moss", input="r\na\n")
    assert r.exit_code == 0, r.output
    assert "accept, reject, skip or quit? (a, r, s, q) [s]:" in r.output
    assert f"  {P_CAR}: rejected" in r.output
    assert f"  {P_LIGHT}: accepted; {LIGHT}: status open -> resolved (evidence {MAR}#p2)" in r.output
    assert {p.id: p.state for p in followup.load_proposals(kb)} == {P_CAR: "rejected", P_LIGHT: "accepted"}


def test_interactive_review_can_stop_without_deciding(runner, kb):
    before = snapshot(kb)
    r = review(runner, kb, "--interactive", input="s\nq\n")
    assert r.exit_code == 0
    assert r.output.startswith("2 pending proposal(s). For each: a = accept, r = reject, s = skip, q = quit.\n")
    assert snapshot(kb) == before


def test_a_proposals_file_with_a_typo_names_the_file(runner, kb):
    path = followup.proposals_path(kb)
    with open(path, "a") as f:
        f.write("  - id: [broken\n")
    r = review(runner, kb)
    assert r.exit_code == 1
    assert r.output.startswith(f"error: {path}: line ") and r.output.count("\n") == 1


def test_a_knowledge_base_without_proposals(runner, tmp_path):
    root = tmp_path / "empty"
    KnowledgeBase.init(str(root))
    r = runner.invoke(cli, ["review", "--kb", str(root)])
    assert (r.exit_code, r.output) == (0, "No pending proposals.\n")
    r = runner.invoke(cli, ["review", "--kb", str(root), "--format", "json"])
    assert json.loads(r.output) == {"proposals": []}
    assert not os.path.exists(os.path.join(str(root), ".arising", "proposals.yml"))
