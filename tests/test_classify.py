"""Classification rules, one small test per rule or bug, on fictional Borough of Wexcombe minutes."""
from pathlib import Path

import pytest

from ingest.classify import RULES, RULE, Candidate, classify, is_tracked
from ingest.lines import Line, Text
from ingest.read_text import read_text, text_to_lines
from ingest.segment import segment

FIX = Path(__file__).parent / "fixtures" / "minutes"


def run(text: str | Text, fmt: str = "text") -> list[Candidate]:
    t = text if isinstance(text, Text) else Text(lines=text_to_lines(text), format=fmt)
    s = segment(t)
    out = []
    for m in s.meetings:
        for a in m.agenda:
            out += classify(a, m, s)
    return out


def run_fixture(name: str) -> list[Candidate]:
    return run(read_text((FIX / name).read_bytes(), name))


def pdf(text: str) -> Text:
    return Text(lines=[Line(text=t.strip(), page=1, line=n) for n, t in enumerate(text.strip("\n").split("\n"), 1)],
                format="pdf", pages=1)


def kinds(cands):
    return [(c.kind, c.text) for c in cands]


# ---- the table ------------------------------------------------------------------------------------

def test_every_rule_is_named_described_and_produces_a_kind():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    for r in RULES:
        assert r.description and r.produces in ("resolution", "recommendation", "action", "commitment", "priority", "metric")
        assert 0 < r.confidence <= 1


def test_candidates_name_a_rule_from_the_table_and_review_low_confidence():
    cands = run_fixture("wexcombe_place_scrutiny_2024-03-11.txt")
    assert cands and all(c.rule in RULE for c in cands)
    low = Candidate("commitment", None, "x y z", True, "commitment", 0.5, Line("x"), "x y z")
    assert low.needs_review and not cands[0].needs_review


def test_trace_records_each_block_with_its_rule():
    t = read_text((FIX / "wexcombe_housing_issue_history.txt").read_bytes(), "x")
    s = segment(t)
    trace = []
    classify(s.meetings[0].agenda[0], s.meetings[0], s, trace)
    assert any(rule == "resolved-list" for _, rule, _ in trace)
    assert any(note == "agenda text" for _, _, note in trace)


# ---- resolutions ---------------------------------------------------------------------------------

def test_resolved_list_one_item_per_label_with_labels_kept():
    cands = run_fixture("wexcombe_place_scrutiny_2024-03-11.txt")
    riverside = [c for c in cands if c.label in ("i", "ii", "iii")]
    assert [(c.label, c.kind, c.tracked) for c in riverside] == [
        ("i", "resolution", False), ("ii", "resolution", True), ("iii", "recommendation", True)]
    assert riverside[1].text == "That the Director of Place bring a report on the Riverside car park charges to the next meeting."


def test_flattened_html_list_where_every_item_reads_1():
    cands = [c for c in run_fixture("wexcombe_place_scrutiny_2024-03-11.txt") if "tree" in c.text.lower()]
    assert len(cands) == 3
    assert [c.tracked for c in cands] == [False, True, True]


def test_report_noted_is_an_untracked_resolution():
    (c,) = run("Agenda item\n\nLibraries\n\nMinutes:\n\nResolved:\n\nThat the report be noted.")
    assert (c.kind, c.tracked, c.rule) == ("resolution", False, "resolved-unlabelled")


def test_resolved_dash_inline():
    (c,) = run("RESOLVED – That the Wexcombe Youth Strategy be approved.")
    assert (c.kind, c.text, c.rule) == ("resolution", "That the Wexcombe Youth Strategy be approved.", "resolved-inline")


def test_first_item_on_the_trigger_line():
    cands = run("RESOLVED – that (A) the report be received; and\n\n(B) the play area review be included in the work programme.")
    assert [c.text for c in cands] == ["the report be received", "the play area review be included in the work programme."]
    assert [c.tracked for c in cands] == [False, True]


def test_body_resolved_to_with_lowercase_word():
    cands = run("Cabinet resolved to:\n\n(i) Note the forecast outturn;\n\n(ii) Approve the Wexcombe capital additions.")
    assert [c.text for c in cands] == ["Note the forecast outturn", "Approve the Wexcombe capital additions."]


def test_resolved_to_note_keeps_the_verb():
    cands = run("RESOLVED to note:\n\na) The contents of the report;\n\nb) The Ombudsman's findings.")
    assert cands[0].text.startswith("RESOLVED to note:")


def test_nested_bullets_stay_inside_their_parent():
    cands = run("RESOLVED:\n1. That the report be noted.\n2. That the grounds for call-in be:\n· Lack of consultation\n"
                "· New evidence\n3. That a timetable be prepared.")
    assert len(cands) == 3
    assert "New evidence" in cands[1].text


def test_nested_that_clause_is_its_own_decision():
    cands = run("Decision Maker: Wexcombe Scrutiny Committee\n(1) That the annual report be noted;\n"
                "(2) That, subject to the following amendments, the annual report be presented to Council:\n"
                "(i) That a section on webcasting be added\n(3) That the Chair's thanks be recorded.\n"
                "REASON FOR DECISION: To agree the report.")
    assert len(cands) == 4
    assert cands[2].text == "That a section on webcasting be added"


def test_roman_i_after_h_is_the_letter_i():
    letters = "abcdefghij"
    body = "\n".join(f"({x}) The Wexcombe budget line {x} be approved." for x in letters)
    cands = run(pdf("RESOLVED that:\n" + body))
    assert len(cands) == 10


def test_sub_headings_inside_a_decision_list_do_not_end_it():
    cands = run(pdf("RESOLVED that:\nCapital Programme\n(a) The ten-year capital programme be agreed.\n"
                    "Council Tax\n(b) The council tax requirement be agreed.\nIn addition:\n(c) To note the reserves position."))
    assert len(cands) == 3


def test_unlabelled_capitalised_decisions_of_a_record_of_decision():
    cands = run(pdf("Decision:\nAs Cabinet Member for Wexcombe Housing I agree to:\n"
                    "APPROVE the new allocations policy.\nDELEGATE authority to the Director of Housing to agree the\n"
                    "final wording, in consultation with the Cabinet Member\nReason(s) for decision:\nThe old policy is out of date."))
    assert [c.text[:8] for c in cands] == ["APPROVE ", "DELEGATE"]
    assert cands[1].tracked


def test_decision_page_without_a_trigger():
    cands = run_fixture("wexcombe_cabinet_decision.txt")
    assert [c.rule for c in cands] == ["decision-page-list"] * 3
    assert [c.tracked for c in cands] == [False, True, True]


def test_decision_field_and_minutes_repeat_is_kept_once():
    cands = run_fixture("wexcombe_housing_issue_history.txt")
    assert len(cands) == 2


def test_agenda_text_is_not_a_decision():
    cands = run("Agenda item\n\nLeisure fees\n\nTo approve the fees and charges for 2025/26.\n\nMinutes:\n\n"
                "RESOLVED that the fees be approved.")
    assert [c.text for c in cands] == ["That the fees be approved."]


def test_quoted_resolution_of_an_earlier_meeting_is_skipped():
    cands = run_fixture("wexcombe_place_scrutiny_2024-03-11.txt")
    assert not any("bus shelter" in c.text and c.text.startswith("notes") for c in cands)
    amended = [c for c in cands if c.rule == "minutes-approved"]
    assert len(amended) == 1 and "Lindqvist" in amended[0].text and not amended[0].tracked


def test_motion_as_proposed_is_not_the_resolution():
    cands = run(pdf('(4) Cllr Fenwick proposed and Cllr Okafor seconded the following motion:\n'
                    '"(a) The Wexcombe budget be agreed."\n(5) The motion was put to the vote.\n'
                    'Motion carried.\n(6) RESOLVED that the Wexcombe budget be agreed.'))
    assert [c.text for c in cands] == ["That the Wexcombe budget be agreed."]


def test_amendment_agreed_then_resolved_is_kept_once():
    cands = run(pdf("5. Cllr Marsh suggested and the Cabinet agreed to the following amendment:\n"
                    "1. Agree to submit a bid to the Wexcombe Towns Fund\n2. Note the timetable\n"
                    "6. RESOLVED that Cabinet:\n1. Agree to submit a bid to the Wexcombe Towns Fund;\n2. Note the timetable."))
    assert len(cands) == 2


def test_minutes_approved_without_resolved():
    (c,) = run("Minutes of Previous Meeting Minutes: The minutes of the meeting held on 11 March 2024 were confirmed "
               "as a correct record and signed by the Chair.")
    assert (c.kind, c.tracked, c.rule) == ("resolution", False, "minutes-approved")


def test_to_approve_the_minutes_is_agenda_text():
    assert run("To approve as a correct record the minutes of the meeting held on 4 May 2024.") == []


def test_committee_noted_the_report():
    (c,) = run("The Committee noted the various outstanding actions and the updates provided thereon.")
    assert (c.kind, c.rule, c.tracked) == ("resolution", "noted-by-body", False)


def test_the_panel_noted_that_a_fact_is_not_a_resolution():
    assert all(c.kind != "resolution" for c in run("The Panel noted that the Wexcombe pool had reopened in May."))


def test_supported_proposal_with_numbered_conditions_is_one_item():
    cands = run("The Committee supported the Chairman's proposal that late reports would only be considered if there was:\n\n"
                "1) A genuine reason for the delay; and\n\n2) A need to decide at the meeting.")
    assert [c.kind for c in cands] == ["resolution"]


# ---- US and parish forms -------------------------------------------------------------------------

def test_us_motion_runs_to_its_seconder():
    cands = run_fixture("wexcombe_harbor_commission_2024-04-22.txt")
    motion = [c for c in cands if c.rule == "motion-carried"]
    assert len(motion) == 1 and motion[0].text.endswith("Commissioner Blake seconded the motion.")


def test_accepted_amendment_takes_the_suggestion_before_it():
    cands = run_fixture("wexcombe_harbor_commission_2024-04-22.txt")
    amended = [c for c in cands if c.rule == "motion-amended"]
    assert amended and amended[0].text.startswith("Chair Ruiz said she would like the lighting plan")
    assert amended[0].tracked


def test_us_approved_with_mover_and_seconder():
    (c,) = run("• Minutes from the March meeting approved – K. Osei (motion), T. Vale (second)\n"
               "• Meeting called to order at 9:00am – K. Osei (motion), T. Vale (second)")
    assert c.kind == "resolution" and c.text.startswith("Minutes from the March meeting approved")


def test_parish_proposed_seconded_carried():
    cands = run_fixture("wexcombe_parish_minutes_2024-06.txt")
    motions = [c.text for c in cands if c.rule == "motion-carried"]
    assert any(t.endswith("Unanimously Agreed") for t in motions)
    assert any("Carried" in t and "fortnightly" in t for t in motions)
    assert not any("closing the meeting" in c.text for c in cands)


def test_all_in_agreement_takes_the_question_before_it():
    cands = run_fixture("wexcombe_parish_minutes_2024-06.txt")
    (c,) = [c for c in cands if c.rule == "agreement-confirmed"]
    assert c.text.startswith("The Chairman asked if everyone was happy") and c.text.endswith("All in agreement.")


# ---- actions ------------------------------------------------------------------------------------

def test_clerk_to_investigate_takes_the_problem_before_it():
    cands = run_fixture("wexcombe_parish_minutes_2024-06.txt")
    (c,) = [c for c in cands if c.kind == "action"]
    assert c.text == "The bench by the pond is broken. The Clerk to investigate."
    assert c.owner_hint == "Clerk"


@pytest.mark.parametrize("sentence,rule,owner", [
    ("Action: PW to circulate the consultation responses.", "action-marker", "PW"),
    ("JN/AC to investigate the footpath closure.", "initials-to", "JN/AC"),
    ("Officers were asked to provide a breakdown of income by month.", "asked-to", "Officers"),
    ("The Chair asked the Democratic Services Officer to write to the bus operator.", "asked-to",
     "the Democratic Services Officer"),
    ("Officers undertook to speak to Councillor Marsh about the blue badge scheme.", "undertook-to", "Officers"),
    ("An update on the resurfacing works to a future meeting was requested.", "requested", None),
    ("It was agreed that the tariff comparison would be circulated to Members.", "agreed-task", None),
    ("Cabinet Member updates were deferred to the next meeting of the Cabinet.", "deferred", None),
])
def test_action_forms(sentence, rule, owner):
    (c,) = run(sentence)
    assert (c.kind, c.rule, c.tracked) == ("action", rule, True)
    assert c.owner_hint == owner


def test_asked_to_explain_is_a_question_not_a_task():
    assert run("Councillor Okafor asked the Parking Manager to explain the evening tariff.") == []


def test_asked_that_members_be_thanked_is_not_a_task():
    assert all(c.kind != "action" for c in run("The Cabinet asked that the youth panel be thanked for its report."))


def test_action_table_rows_give_owner_and_due():
    lines = [Line("Action | Who | When", cells=("Action", "Who", "When"), para=1, line=1),
             Line("Circulate the play area survey | Clerk | 30 June 2024",
                  cells=("Circulate the play area survey", "Clerk", "30 June 2024"), para=2, line=2),
             Line("Repaint the bus shelter | Cllr Tran | Complete",
                  cells=("Repaint the bus shelter", "Cllr Tran", "Complete"), para=3, line=3)]
    (c,) = run(Text(lines=lines, format="docx"))
    assert (c.kind, c.rule, c.owner_hint, c.context) == ("action", "action-table-row", "Clerk", "30 June 2024")


def test_layout_table_row_action_cell_gives_the_owner():
    lines = [Line("Points discussed | Action Who/When", cells=("Points discussed", "Action Who/When"), page=1, line=1),
             Line("row", cells=("1. The group discussed the survey • It was agreed that JN and AC would draft the "
                                "questions for the Wexcombe survey", "JN/AC Nov"), page=1, line=2)]
    cands = run(Text(lines=lines, format="pdf", pages=1))
    (c,) = [c for c in cands if c.kind == "action"]
    assert c.owner_hint and "JN" in c.owner_hint and c.context == "JN/AC Nov"


# ---- discussion, priorities, metrics --------------------------------------------------------------

def test_commitment_owned_by_the_officer_who_gave_it():
    cands = run_fixture("wexcombe_place_scrutiny_2024-03-11.txt")
    com = [c for c in cands if c.kind == "commitment"]
    assert [c.owner_hint for c in com] == ["Parking Manager", "Parking Manager"]
    assert "installed by the end of May 2024" in com[0].text


def test_commitment_with_this_takes_the_question():
    cands = run("Councillor Marsh asked why the Wexcombe ferry timetable had gaps.\n\n"
                "The Head of Transport replied that this would be resolved through the new contract.")
    (c,) = cands
    assert c.kind == "commitment" and c.text.startswith("Councillor Marsh asked") and c.owner_hint == "Head of Transport"


def test_wishes_are_not_commitments():
    assert run("Councillor Hale said it would be helpful to have more benches.") == []


def test_priorities_under_the_coming_years_heading_only():
    cands = run_fixture("wexcombe_leisure_annual_report.txt")
    pri = [c for c in cands if c.kind == "priority"]
    assert [c.text for c in pri] == ["Reopen the Eastgate pool after its roof repair.", "Launch a concession card for carers.",
                                     "The Sports Development Team to run a summer holiday programme in every ward."]
    assert all(c.tracked and c.context == "Priorities for April 2024 - March 2025" for c in pri)
    assert pri[2].owner_hint == "Sports Development Team"


def test_progress_against_last_years_priorities_is_not_a_priority():
    cands = run("Wexcombe Parks Service Annual Report\n\nProgress against priorities set for 2023-2024\n\n"
                "- Planted 400 trees.\n- Opened the new play area.")
    assert all(c.kind != "priority" for c in cands)


def test_metrics_with_value_unit_and_measure():
    cands = run_fixture("wexcombe_leisure_annual_report.txt")
    met = [c for c in cands if c.kind == "metric"]
    assert met[0].metric["value"] == 87.0 and met[0].metric["unit"] == "%" and not met[0].tracked
    assert "swimming lessons" in met[0].metric["measure"]


# ---- tracking -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,tracked", [
    ("That the report be noted.", False),
    ("That the minutes be signed as a correct record.", False),
    ("That a copy of this report has been circulated to all members.", False),
    ("That the Head of Highways bring a report to the next meeting.", True),
    ("That the matter be added to the work programme.", True),
    ("DELEGATE authority to the Director of Place to agree the contract.", True),
    ("That scrutiny resources are kept under review.", True),
    ("That the provision of paper copies to Wexcombe libraries be agreed.", True),
])
def test_tracked(text, tracked):
    assert is_tracked(text) is tracked


def test_priority_sub_heading_keeps_the_period_of_the_heading_above():
    cands = run(pdf("Looking to 2026\nWexcombe Sports Partnership’s\nStrategic Aims:\nGetting more people active:\n"
                    "• Open two new outdoor gyms.\n• Hold a Wexcombe fun run in every ward."))
    pri = [c for c in cands if c.kind == "priority"]
    assert len(pri) == 2 and all("2026" in c.context for c in pri)


def test_they_takes_the_agent_named_before():
    cands = run("The issue relating to the bench will be rectified by Greenway Grounds. They have also agreed to spray "
                "the weeds near the entrance.")
    act = [c for c in cands if c.kind == "action"]
    assert act and act[0].owner_hint == "Greenway Grounds"


@pytest.mark.parametrize("sentence,owner", [
    ("Greenway Housing are looking into the garage door in Mill Road.", "Greenway Housing"),
    ("Going forward, the children and families service would consider the caseloads.", "children and families service"),
])
def test_commitment_subject_is_the_owner(sentence, owner):
    (c,) = run(sentence)
    assert (c.kind, c.owner_hint) == ("commitment", owner)


def test_passive_request_in_an_officers_answer_goes_to_that_officer():
    (c,) = [c for c in run("In response the Head of Leisure advised that the figures were provisional. An update to a "
                           "future meeting on progress was requested.") if c.kind == "action"]
    assert c.owner_hint == "Head of Leisure"
