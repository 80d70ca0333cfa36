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
