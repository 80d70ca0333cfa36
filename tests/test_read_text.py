"""The plain-text reader: encodings, paragraphs, and tables kept as tables (one case per form)."""
from __future__ import annotations

import pytest

from ingest.lines import ReadError
from ingest.read_text import read_text, text_to_lines


def test_paragraphs_are_numbered_and_whitespace_tidied():
    lines = text_to_lines("RESOLVED:\n  (a)  that the\treport be noted.\n\nNext item")
    assert [(ln.text, ln.para, ln.line) for ln in lines] == [
        ("RESOLVED:", 1, 1), ("(a) that the report be noted.", 1, 2), ("Next item", 2, 4)]
    assert all(ln.cells is None for ln in lines)


def test_cp1252_falls_back_with_a_warning():
    t = read_text("Cllr O\u2019Brien to circulate the notes.".encode("cp1252"), "notes.txt")
    assert t.lines[0].text == "Cllr O\u2019Brien to circulate the notes."
    assert t.warnings == ["notes.txt: not UTF-8; read as Windows-1252 (cp1252)"]


def test_nul_bytes_and_empty_files_are_refused_in_one_line():
    with pytest.raises(ReadError, match=r"^scan\.txt: contains NUL bytes"):
        read_text(b"abc\x00def", "scan.txt")
    with pytest.raises(ReadError, match=r"^blank\.txt: the file is empty"):
        read_text(b"\n \n", "blank.txt")


def test_an_actions_log_copied_from_word_keeps_its_columns():
    text = ("Actions log\n"
            "Ref\tAction\tOwner\tDue\n"
            "W1\tCirculate the parking review to members\tHead of Parking\t31 May 2025\n"
            "W2\tArrange a site visit to Mill Lane\t\tNext meeting\n"
            "The Chair thanked officers.\n")
    lines = text_to_lines(text)
    rows = [ln for ln in lines if ln.cells]
    assert [ln.cells for ln in rows] == [
        ("Ref", "Action", "Owner", "Due"),
        ("W1", "Circulate the parking review to members", "Head of Parking", "31 May 2025"),
        ("W2", "Arrange a site visit to Mill Lane", "", "Next meeting")]
    assert rows[2].text == "W2 | Arrange a site visit to Mill Lane | Next meeting"
    assert lines[0].cells is None and lines[-1].cells is None


def test_alignment_tabs_are_read_as_one_separator():
    lines = text_to_lines("Action\t\tWho\tWhen\nOrder new signs\tClerk\t\tMarch 2025\n")
    assert [ln.cells for ln in lines] == [("Action", "Who", "When"), ("Order new signs", "Clerk", "March 2025")]


def test_one_line_with_a_tab_is_not_a_table():
    lines = text_to_lines("Present:\tCllr Ames (Chair)\n\nApologies were received.")
    assert lines[0].cells is None and lines[0].text == "Present: Cllr Ames (Chair)"


def test_a_pipe_table_with_wrapped_rows_joins_each_row():
    text = ("| Ref  | Action                      | Owner        |\n"
            "|------|-----------------------------|--------------|\n"
            "| A1   | Write to the bus operator   | Head of      |\n"
            "|      | about the evening service   | Transport    |\n"
            "| A2   | Publish the survey results  | Clerk        |\n")
    lines = text_to_lines(text)
    assert [ln.cells for ln in lines] == [
        ("Ref", "Action", "Owner"),
        ("A1", "Write to the bus operator about the evening service", "Head of Transport"),
        ("A2", "Publish the survey results", "Clerk")]
    assert [ln.line for ln in lines] == [1, 3, 5]


def test_a_drawn_grid_reads_the_lines_between_rules_as_one_row():
    text = ("+------+--------------------+\n"
            "| Who  | Action             |\n"
            "+======+====================+\n"
            "| JB   | Obtain three       |\n"
            "|      | quotes for the     |\n"
            "|      | bench              |\n"
            "+------+--------------------+\n"
            "| Clerk| Renew insurance    |\n"
            "+------+--------------------+\n")
    lines = text_to_lines(text)
    assert [ln.cells for ln in lines] == [
        ("Who", "Action"), ("JB", "Obtain three quotes for the bench"), ("Clerk", "Renew insurance")]


def test_prose_with_a_pipe_is_not_a_table():
    lines = text_to_lines("Income | expenditure was discussed.\nThe Clerk | reported.")
    assert all(ln.cells is None for ln in lines)


# ---- space-aligned (fixed-width) tables: the Borough of Wexcombe's logs as pdftotext -layout or an email
# lays them out. Helpers: the rows with cells, and every line as (line, cells or text).

def _rows(text):
    return [ln.cells for ln in text_to_lines(text) if ln.cells]


def _plain(text):
    return [ln.text for ln in text_to_lines(text) if ln.cells is None]


def test_a_ruled_action_log_is_sliced_by_its_dash_runs_and_closed_by_its_last_rule():
    text = ("Environment Committee - action log\n"
            "\n"
            "Ref    Action                                  Owner                 Due\n"
            "-----  --------------------------------------  --------------------  -----------\n"
            "E1     Publish the revised street cleansing    Head of Street Scene  31 May 2025\n"
            "E2     Report back on fly-tipping hotspots                           July 2025\n"
            "E3     Write to the bus operator               Clerk                 Complete\n"
            "-----  --------------------------------------  --------------------  -----------\n"
            "The Chair thanked officers for the log.\n")
    lines = text_to_lines(text)
    rows = [ln for ln in lines if ln.cells]
    assert [ln.cells for ln in rows] == [
        ("Ref", "Action", "Owner", "Due"),
        ("E1", "Publish the revised street cleansing", "Head of Street Scene", "31 May 2025"),
        ("E2", "Report back on fly-tipping hotspots", "", "July 2025"),
        ("E3", "Write to the bus operator", "Clerk", "Complete")]
    assert rows[2].text == "E2 | Report back on fly-tipping hotspots | July 2025"
    assert [(ln.line, ln.para) for ln in rows] == [(3, 2), (5, 2), (6, 2), (7, 2)]
    # the rules are dropped; the prose after the closing rule is a line of its own, not a row
    assert [ln.text for ln in lines if ln.cells is None] == [
        "Environment Committee - action log", "The Chair thanked officers for the log."]


def test_a_ruled_register_with_rules_above_and_below_and_cells_that_fill_their_column():
    # "Cabinet Member" fills its column to the last dash, one space short of the next: the rule still splits it
    text = ("==========  ==============================  ==============  ========\n"
            "Date        Decision                        Decided by      Ward\n"
            "==========  ==============================  ==============  ========\n"
            "03/02/2025  Approve the Mill Lane car park  Cabinet Member Eastgate\n"
            "            charging trial\n"
            "17/02/2025  Adopt the tree planting policy  Cabinet         All\n"
            "==========  ==============================  ==============  ========\n")
    lines = text_to_lines(text)
    assert [(ln.line, ln.cells) for ln in lines] == [
        (2, ("Date", "Decision", "Decided by", "Ward")),
        (4, ("03/02/2025", "Approve the Mill Lane car park charging trial", "Cabinet Member", "Eastgate")),
        (6, ("17/02/2025", "Adopt the tree planting policy", "Cabinet", "All"))]


def test_rules_between_rows_of_a_ruled_log_separate_rows_and_the_last_one_closes_it():
    text = ("No.  Action                          Lead           Due\n"
            "---  ------------------------------  -------------  ----------\n"
            "1    Resurface the Quay Street path  Highways       June 2025\n"
            "---  ------------------------------  -------------  ----------\n"
            "2    Renew the CCTV contract         Community      May 2025\n"
            "                                     Safety\n"
            "---  ------------------------------  -------------  ----------\n"
            "\n"
            "Signed ...................... Chair\n")
    assert _rows(text) == [
        ("No.", "Action", "Lead", "Due"),
        ("1", "Resurface the Quay Street path", "Highways", "June 2025"),
        ("2", "Renew the CCTV contract", "Community Safety", "May 2025")]
    assert _plain(text) == ["Signed ...................... Chair"]


def test_an_unruled_log_takes_its_columns_from_the_header_words():
    text = ("Action                        Lead              When          Status\n"
            "Review the allotment rents    Estates Officer   March 2026    Open\n"
            "Replace the play area gate    Parks Team        April 2026\n"
            "\n"
            "Members noted the log and asked for it to be brought back in the spring.\n")
    lines = text_to_lines(text)
    assert [ln.cells for ln in lines if ln.cells] == [
        ("Action", "Lead", "When", "Status"),
        ("Review the allotment rents", "Estates Officer", "March 2026", "Open"),
        ("Replace the play area gate", "Parks Team", "April 2026", "")]
    assert (lines[-1].cells, lines[-1].para) == (None, 2)


def test_an_unruled_table_ends_at_the_first_line_that_does_not_fit_its_columns():
    # the sentence straight after the last row runs across the columns, so it is prose, not a row
    text = ("Indicator                 2023/24    2024/25    Target\n"
            "Missed bin collections    412        365        300\n"
            "Fly-tipping incidents     1,210      1,094      1,000\n"
            "Collections missed fell by a tenth but stayed above the target for the year.\n")
    assert _rows(text) == [
        ("Indicator", "2023/24", "2024/25", "Target"),
        ("Missed bin collections", "412", "365", "300"),
        ("Fly-tipping incidents", "1,210", "1,094", "1,000")]
    assert _plain(text) == ["Collections missed fell by a tenth but stayed above the target for the year."]


def test_an_unruled_table_needs_rows_that_start_in_its_columns():
    # the "rows" start between the header's columns and run across them: not a table
    text = ("Ref    Action          Owner       Due\n"
            "  The clerk will write to      the owners of the      land by May.\n"
            "  Members asked that the       letters be copied      to ward members.\n")
    assert _rows(text) == []


def test_a_tracker_with_rows_wrapped_over_lines_and_separated_by_blank_lines():
    text = ("Recommendations tracker\n"
            "\n"
            "No.  Recommendation                      Lead officer       Target date    Progress\n"
            "\n"
            "1    That the council adopts a tree      Head of Parks      Sept 2025      Open\n"
            "     planting strategy for every ward    and Open Spaces\n"
            "\n"
            "2    That ward budgets are published     Finance Manager    Oct 2025       Not yet\n"
            "     online each quarter                                                   started\n"
            "\n"
            "3    That the youth forum is consulted   Youth Services     Complete       Done\n"
            "\n"
            "The Scrutiny Officer will update the tracker before the next meeting.\n")
    lines = text_to_lines(text)
    rows = [ln for ln in lines if ln.cells]
    assert [ln.cells for ln in rows] == [
        ("No.", "Recommendation", "Lead officer", "Target date", "Progress"),
        ("1", "That the council adopts a tree planting strategy for every ward", "Head of Parks and Open Spaces",
         "Sept 2025", "Open"),
        ("2", "That ward budgets are published online each quarter", "Finance Manager", "Oct 2025",
         "Not yet started"),
        ("3", "That the youth forum is consulted", "Youth Services", "Complete", "Done")]
    assert [ln.line for ln in rows] == [3, 5, 8, 11]
    assert {ln.para for ln in rows} == {2}  # the blank lines inside the table do not break it
    assert lines[-1].text.startswith("The Scrutiny Officer") and lines[-1].para == 3


def test_a_log_whose_first_column_is_the_action_continues_rows_on_lower_case_lines():
    text = ("Action                                Who           By when\n"
            "Write to residents of Elm Close       Clerk         14 March\n"
            "about the resurfacing works\n"
            "Order two new litter bins for the     Cllr Hatton   April\n"
            "recreation ground\n"
            "Book the hall for the annual meeting  Clerk         May\n")
    assert _rows(text)[1:] == [
        ("Write to residents of Elm Close about the resurfacing works", "Clerk", "14 March"),
        ("Order two new litter bins for the recreation ground", "Cllr Hatton", "April"),
        ("Book the hall for the annual meeting", "Clerk", "May")]


def test_a_header_wrapped_over_two_lines_is_one_header_row():
    text = ("Ref    Action                             Responsible       Target\n"
            "                                          officer           date\n"
            "H/1    Survey the empty homes in Eastgate  Housing Manager   June 2025\n"
            "H/2    Report on temporary accommodation  Housing Manager   July 2025\n")
    assert _rows(text) == [
        ("Ref", "Action", "Responsible officer", "Target date"),
        ("H/1", "Survey the empty homes in Eastgate", "Housing Manager", "June 2025"),
        ("H/2", "Report on temporary accommodation", "Housing Manager", "July 2025")]


def test_a_wrapped_cell_spilling_a_character_or_two_past_its_column_stays_in_that_column():
    # "Transport" starts two characters left of the Owner column; "of 2025" one character right of Due's
    text = ("Ref   Action                         Owner           Due\n"
            "T1    Write to the bus operator      Head of         end\n"
            "      about the evening service    Transport          of 2025\n"
            "T2    Publish the survey results     Clerk           June 2025\n")
    assert _rows(text)[1:] == [
        ("T1", "Write to the bus operator about the evening service", "Head of Transport", "end of 2025"),
        ("T2", "Publish the survey results", "Clerk", "June 2025")]


def test_a_spilled_continuation_under_a_rule_goes_to_the_column_it_overlaps_most():
    text = ("Ref  Action                     Owner          Due\n"
            "---  -------------------------  -------------  ---------\n"
            "L1   Agree the lease for the    Estates        Sept 2025\n"
            "      Old Library café           Manager\n"
            "L2   Value the depot site       Estates        Oct 2025\n"
            "                              Manager\n")
    assert _rows(text)[1:] == [
        ("L1", "Agree the lease for the Old Library café", "Estates Manager", "Sept 2025"),
        ("L2", "Value the depot site", "Estates Manager", "Oct 2025")]


@pytest.mark.parametrize("text", [
    # justified prose with the odd double space
    ("The Committee  considered the report of the Head of Planning on the  Local Plan review and\n"
     "noted that the consultation  would close on 14 March. Members  asked that the responses be\n"
     "summarised by ward  so that they could be  discussed at the next meeting of the Committee.\n"),
    # a signature block under a rule of underscores
    ("____________________            ____________________\n"
     "Mayor                           Clerk\n"
     "Date: 12 March 2025             Date: 12 March 2025\n"),
    ("_____________________     _____________________     _____________________\n"
     "Chair                     Vice-Chair                Monitoring Officer\n"
     "Cllr R Okafor             Cllr S Patel              A Greenwood\n"
     "12 March 2025             12 March 2025             12 March 2025\n"),
    # attendance lists in two and three columns of names
    ("Present:\n"
     "Cllr A Ames (Chair)             Cllr D Doyle\n"
     "Cllr B Bell                     Cllr E Evans\n"
     "Cllr C Cole                     Cllr F Fox\n"),
    ("Councillors present\n"
     "Alice Ames        Ben Bell          Cara Cole\n"
     "Dan Doyle         Erin Evans        Fay Fox\n"
     "Gus Green         Hana Hill         Ian Irwin\n"),
    # an address block
    ("Town Hall, High Street          Telephone 01632 960000\n"
     "Wexcombe WX1 2AB                democratic.services@wexcombe.example\n"),
    # a RAG key
    ("Key:  Open = in progress    Closed = complete    Overdue = past its date\n"
     "      Red = at risk         Amber = some risk    Green = on track\n"),
    # one row under a header is not enough
    ("Action                     Owner          Due\n"
     "Circulate the plan         Clerk          May\n"
     "\n"
     "The meeting closed at 8.40pm.\n"),
])
def test_aligned_text_that_is_not_a_table_stays_as_lines(text):
    assert _rows(text) == []


def test_a_header_wrapped_over_two_lines_above_its_rule_keeps_the_rule_s_columns():
    text = ("Ref   Action                       Responsible    Target\n"
            "                                   officer        date\n"
            "----  ---------------------------  -------------  ----------\n"
            "P1    Consult on the parking zone  Parking        Aug 2025\n"
            "      for Elm Road                 Manager\n"
            "P2    Review the permit charges    Parking        Sept 2025\n"
            "                                   Manager\n")
    lines = text_to_lines(text)
    assert [(ln.line, ln.cells) for ln in lines] == [
        (1, ("Ref", "Action", "Responsible officer", "Target date")),
        (4, ("P1", "Consult on the parking zone for Elm Road", "Parking Manager", "Aug 2025")),
        (6, ("P2", "Review the permit charges", "Parking Manager", "Sept 2025"))]


def test_the_next_numbered_heading_after_a_blank_line_is_not_a_row():
    text = ("No.   Action                           Lead              Due\n"
            "1     Repaint the bandstand            Parks Team        May 2025\n"
            "2     Clear the culvert on Mill Lane   Highways          June 2025\n"
            "\n"
            "16.   Recommendations tracker\n"
            "\n"
            "The tracker was noted.\n")
    lines = text_to_lines(text)
    assert [ln.cells for ln in lines if ln.cells][1:] == [
        ("1", "Repaint the bandstand", "Parks Team", "May 2025"),
        ("2", "Clear the culvert on Mill Lane", "Highways", "June 2025")]
    assert [(ln.text, ln.para) for ln in lines if ln.cells is None] == [
        ("16. Recommendations tracker", 2), ("The tracker was noted.", 3)]


def test_a_wrapped_action_that_starts_with_a_capital_still_joins_its_row():
    text = ("Action                                Who           When\n"
            "Write to the owners of the former     Clerk         April\n"
            "Wexcombe Arms about the hoardings\n"
            "Book the Corn Exchange for the fair   Events Team   July\n")
    assert _rows(text)[1:] == [
        ("Write to the owners of the former Wexcombe Arms about the hoardings", "Clerk", "April"),
        ("Book the Corn Exchange for the fair", "Events Team", "July")]


def test_rows_with_a_column_the_unruled_header_lacks_are_not_forced_into_its_columns():
    # the rows carry a minute reference the header has no column for: reading them by the header's words would
    # glue "WX/25/03" to the action, so the lines are left as lines
    text = ("Ref     Action                                        Owner   Deadline\n"
            "25/01  WX/25/03  Circulate the revised mooring tariff    TG      14/03/2025\n"
            "25/02  WX/25/04  Commission a survey of the slipway      LM      April 2025\n")
    assert _rows(text) == []
