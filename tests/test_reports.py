"""The tracker's renderers (list table, show, CSV for Excel, iCalendar, reports) and the tracker helpers
they rest on: name matching, what is outstanding, values as a clerk types them, CSV change planning."""
import datetime as dt
import io
import itertools
import re

import pytest
from hypothesis import given, strategies as st

from arising import reports
from arising.config import Config
from arising.model import AgendaItem, Document, Found, Meeting, Source
from arising.records import assign_ids, new_item
from arising.tracker import (
    TrackerError, apply_change, canonical_committee, canonical_owner, find_view, matters_arising, oldest_first,
    outstanding, owed_by, parse_due, plan_csv_changes, views,
)

NOW = dt.datetime(2024, 6, 1, 9, 30)
AS_OF = dt.date(2024, 6, 1)

CONFIG = Config(
    council="Borough of Wexcombe",
    committees=[{"name": "Place Scrutiny Committee", "aliases": ["PSC", "Place Scrutiny"], "slug": "place"},
                {"name": "Children's Services Scrutiny Panel", "aliases": ["CSSP"]},
                {"name": "Cabinet", "aliases": ["The Executive"]}],
    owners={"Director of Place": ["DoP", "Director for Place"], "Head of Waste": ["CB"]},
    future_meetings={"Place Scrutiny Committee": ["2024-09-10"]},
)

CONSULT = "That the Committee recommends that the Director of Place consult traders on a free first hour in Riverside car park."
REPORT = "That the Director of Place bring a report on Riverside car park charges to the next meeting."
NOTED = "That the minutes of the meeting held on 5 February 2024 be noted."
HOSTILE = '=HYPERLINK("http://evil.example/","Circulate") the fly-tipping figures by ward.'
GRITTING = "That the Head of Highways publish the revised gritting route map, by December 2024."
WASTE = "That the Cabinet accept the Committee's recommendation on free first-hour parking, with a review in October 2024."


_N = itertools.count()


def item(doc_id, label, kind, text, *, due=None, owner=None, tracked=True, page=1, line=1):
    return new_item(Found(kind=kind, label=label, text=text, owner=owner,
                          owner_normalised=canonical_owner(owner, CONFIG) if owner else None, due=due,
                          tracked=tracked, rule="test", confidence=0.9,
                          source=Source(document=doc_id, page=page, line=line, quote=text)), f"n-{next(_N)}")


def document(doc_id, committee, date, agenda, kind="minutes", sha="a"):
    d = Document(id=doc_id, file=f"{doc_id}.pdf", sha256=sha * 64, format="pdf", kind=kind,
                 meetings=[Meeting(committee=committee, date=date, agenda_items=agenda)])
    return assign_ids(d, CONFIG)


def example_documents() -> list[Document]:
    """Three meetings of a small fictional council: Place Scrutiny in March and June 2024, Cabinet in July."""
    march = "place-2024-03-11-minutes"
    june = "place-2024-06-11-minutes"
    cabinet = "cabinet-2024-07-18-minutes"
    return [
        document(march, "Place Scrutiny Committee", dt.date(2024, 3, 11), [
            AgendaItem(number="12", minute="12", title="Riverside car park", items=[
                item(march, "1", "recommendation", CONSULT, due="2024-05", owner="DoP", page=2, line=4),
                item(march, "2", "resolution", REPORT, due="next-meeting", owner="Director of Place", page=2, line=9),
            ]),
            AgendaItem(number="13", minute="13", title="Minutes", items=[
                item(march, "1", "resolution", NOTED, tracked=False, page=3, line=1)]),
            AgendaItem(number="14", minute="14", title="Fly-tipping", items=[
                item(march, "a", "action", HOSTILE, due="2024-04-15", owner="CB", page=3, line=20)]),
        ], sha="a"),
        document(june, "Place Scrutiny", dt.date(2024, 6, 11), [
            AgendaItem(number="20", minute="20", title="Winter service", items=[
                item(june, "1", "resolution", GRITTING, due="2024-12", owner="Head of Highways", page=1, line=7)]),
        ], sha="b"),
        document(cabinet, "Cabinet", dt.date(2024, 7, 18), [
            AgendaItem(number="5", minute="5", title="Car parks", items=[
                item(cabinet, "1", "resolution", WASTE, due="2024-10", owner="Director for Place", page=1, line=3)]),
        ], sha="c"),
    ]


@pytest.fixture
def docs():
    return example_documents()


def all_views(docs):
    return oldest_first(views(docs, CONFIG))


def by_id(vs, item_id):
    return next(v for v in vs if v.id == item_id)


# ---- names and what is outstanding ---------------------------------------------------------------


@pytest.mark.parametrize("name,expected", [
    ("psc", "Place Scrutiny Committee"), ("PLACE", "Place Scrutiny Committee"),
    ("Children’s Services Scrutiny Panel", "Children's Services Scrutiny Panel"),  # a curly apostrophe
    ("the executive", "Cabinet"), ("Planning Board", "Planning Board"),
])
def test_a_committee_is_known_by_its_name_alias_or_slug_in_any_case(name, expected):
    assert canonical_committee(name, CONFIG) == expected


def test_next_meeting_is_found_when_the_minutes_print_the_committee_with_a_curly_apostrophe():
    d = document("cssp-2024-01-23-minutes", "Children’s Services Scrutiny Panel", dt.date(2024, 1, 23), [
        AgendaItem(number="3", items=[item("cssp-2024-01-23-minutes", "1", "action", "GN to report back.",
                                           due="next-meeting")])])
    config = CONFIG.model_copy(update={"future_meetings": {"Children's Services Scrutiny Panel": [dt.date(2024, 3, 19)]}})
    (v,) = views([d], config)
    assert v.due_date == dt.date(2024, 3, 19)


def test_an_owner_is_known_by_any_alias_in_any_case():
    assert canonical_owner("director FOR place", CONFIG) == "Director of Place"
    assert canonical_owner("  Head   of Highways ", CONFIG) == "Head of Highways"


def test_outstanding_is_open_or_in_progress_or_a_recommendation_awaiting_its_response(docs):
    vs = views(docs, CONFIG)
    rec = by_id(vs, "place-2024-03-11-12-1")
    assert outstanding(rec)
    rec.item.status = "resolved"
    assert outstanding(rec), "implemented, but Cabinet has not responded yet"
    rec.item.response = "accepted"
    assert not outstanding(rec)
    assert not outstanding(by_id(vs, "place-2024-03-11-13-1"))  # noted: untracked


def test_matters_arising_are_the_committee_s_earlier_unresolved_items_oldest_first(docs):
    vs = views(docs, CONFIG)
    by_id(vs, "place-2024-03-11-12-2").item.status = "resolved"
    got = matters_arising(vs, CONFIG, "PSC", dt.date(2024, 9, 10))
    assert [v.id for v in got] == ["place-2024-03-11-12-1", "place-2024-03-11-14-a", "place-2024-06-11-20-1"]
    assert [v.id for v in matters_arising(vs, CONFIG, "place", dt.date(2024, 6, 11))] == [
        "place-2024-03-11-12-1", "place-2024-03-11-14-a"]  # not the items of the meeting itself


def test_an_officer_s_list_is_grouped_by_committee_overdue_first(docs):
    groups = owed_by(views(docs, CONFIG), CONFIG, "dop", dt.date(2024, 6, 20))
    assert [(name, [v.id for v in vs]) for name, vs in groups] == [
        ("Cabinet", ["cabinet-2024-07-18-5-1"]),
        ("Place Scrutiny Committee", ["place-2024-03-11-12-1", "place-2024-03-11-12-2"]),
    ]  # the May recommendation is overdue on 20 June; the report to the next meeting is due in September


# ---- values as a clerk types them -------------------------------------------------------------


@pytest.mark.parametrize("typed,due", [
    ("2024-09-30", "2024-09-30"), ("2024-09", "2024-09"), ("September 2024", "2024-09"), ("30/09/2024", "2024-09-30"),
    ("30 September 2024", "2024-09-30"), ("Next Meeting", "next-meeting"), ("future-meeting", "future-meeting"),
    ("Sep-24", "2024-09"),  # what Excel writes back for a month it recognised
])
def test_a_due_is_read_in_the_forms_a_clerk_types_and_a_month_stays_a_month(typed, due):
    assert parse_due(typed) == due


@pytest.mark.parametrize("typed", ["31/02/2024", "soon", "2024-13", "Q3 2024"])
def test_a_malformed_due_names_the_forms_allowed(typed):
    with pytest.raises(TrackerError, match=r"^not a date: .*; use YYYY-MM-DD, YYYY-MM, DD/MM/YYYY .*, next-meeting or future-meeting$"):
        parse_due(typed)


# ---- the CSV a clerk edits in Excel ----------------------------------------------------------------


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30))
def test_neutralising_a_cell_is_undone_exactly_and_leaves_no_formula(text):
    safe = reports.neutralise(text)
    assert not safe.startswith(reports.DANGEROUS)
    assert reports.unneutralise(safe) == text


@pytest.mark.parametrize("cell,safe", [
    ("=1+1", "'=1+1"), ("+44 1632 960000", "'+44 1632 960000"), ("-5%", "'-5%"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("'=already quoted", "''=already quoted"), ("Director of Place", "Director of Place"),
    ("'tis the season", "'tis the season"), ("", ""),
])
def test_formula_like_cells_get_one_leading_quote(cell, safe):
    assert reports.neutralise(cell) == safe


def rows_of(docs):
    return [reports.csv_row(v, AS_OF, CONFIG) for v in all_views(docs)]


def test_the_csv_opens_in_excel_utf8_with_bom_and_iso_dates(docs):
    text = reports.to_csv(rows_of(docs))
    assert text.startswith("\ufeffid,kind,tracked,committee,meeting_date,document,page,text,status,response,owner,due,"
                           "reason,due_date,response_due,rag,rag_reason,last_update,note\r\n")
    line = next(ln for ln in text.split("\r\n") if ln.startswith("place-2024-03-11-14-a,"))
    assert line == ("place-2024-03-11-14-a,action,yes,Place Scrutiny Committee,2024-03-11,place-2024-03-11-minutes,3,"
                    "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Circulate\"\") the fly-tipping figures by ward.\","
                    "open,,Head of Waste,2024-04-15,,2024-04-15,,red,overdue since 2024-04-15,2024-03-11,")


def test_an_exported_csv_reads_back_cell_for_cell(docs):
    rows = rows_of(docs)
    back = reports.read_csv(reports.to_csv(rows).encode("utf-8"), "t.csv")
    assert [n for n, _ in back] == [2, 3, 4, 5, 6, 7]
    assert [cells for _, cells in back] == rows


@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20),
                min_size=19, max_size=19))
def test_any_cell_survives_the_csv_round_trip(cells):
    row = dict(zip(reports.CSV_COLUMNS, cells))
    row["id"] = "x"  # a row is skipped only when every cell is blank
    ((_, back),) = reports.read_csv(reports.to_csv([row]).encode("utf-8"), "t.csv")
    assert back == row


def test_a_csv_saved_by_excel_as_windows_1252_is_read():
    text = reports.to_csv([{"id": "x", "owner": "Head of Parks – Café"}]).lstrip("\ufeff")
    ((_, row),) = reports.read_csv(text.encode("cp1252"), "t.csv")
    assert row["owner"] == "Head of Parks – Café"


@pytest.mark.parametrize("header,message", [
    ("ID,kind", "t.csv: row 1: the header was changed (missing id, tracked,"),
    (",".join(reports.CSV_COLUMNS).replace("status", "Status"), "(missing status; not expected Status)"),
    (",".join(reports.CSV_COLUMNS) + ",comments", "(not expected comments)"),
])
def test_a_changed_header_is_refused_naming_what_changed(header, message):
    with pytest.raises(reports.CsvError) as e:
        reports.read_csv(f"{header}\r\nx\r\n".encode(), "t.csv")
    assert message in str(e.value)
    assert str(e.value).endswith("; keep the exported header: " + ",".join(reports.CSV_COLUMNS))


def test_a_row_with_missing_cells_is_refused_with_its_row_number():
    text = ",".join(reports.CSV_COLUMNS) + "\r\n" + ",".join(["a"] * 19) + "\r\n" + "b,c\r\n"
    with pytest.raises(reports.CsvError, match=r"^t.csv: row 3: 2 cells where the header has 19;"):
        reports.read_csv(text.encode(), "t.csv")


def edited(docs, **changes):
    """The exported rows with some cells changed: ``{item_id: {column: value}}``."""
    rows = rows_of(docs)
    for r in rows:
        r.update(changes.get(r["id"], {}))
    return list(enumerate(rows, start=2))


def test_only_the_cells_a_clerk_changed_become_changes(docs):
    rows = edited(docs, **{
        "place-2024-03-11-12-1": {"status": "In Progress", "owner": "Director for Place", "note": "consultation started",
                                  "text": "a clerk retyped the text: not an editable column", "rag": "green"},
        "place-2024-03-11-12-2": {"due": "10/09/2024"},  # the same day as next-meeting? no: a revision without a reason
        "place-2024-06-11-20-1": {"due": "Jan-25", "reason": "contractor delay"},
    })
    plans, errors = plan_csv_changes(rows, docs, CONFIG)
    assert errors == ["row 3 (place-2024-03-11-12-2): the due changes from next-meeting to 2024-09-10; "
                      "write the reason for this revision in the reason column"]
    assert [(p.row, p.item_id, p.kwargs) for p in plans] == [
        (2, "place-2024-03-11-12-1", {"status": "in-progress", "note": "consultation started"}),
        (6, "place-2024-06-11-20-1", {"due": "2025-01", "reason": "contractor delay"}),
    ]
    assert plans[0].lines == ["place-2024-03-11-12-1: status open -> in-progress",
                              "place-2024-03-11-12-1: note consultation started"]


@pytest.mark.parametrize("cells,message", [
    ({"status": "done"}, "status 'done' is not allowed; use one of: open, in-progress, resolved, superseded, noted"),
    ({"response": "yes"}, "response 'yes' is not allowed; use one of: pending, accepted, partially-accepted, not-accepted"),
    ({"due": "31/02/2024"}, "not a date: '31/02/2024'"),
    ({"owner": ""}, "the owner cell is empty; it cannot be cleared, so write the owner the item should have "
                    "(now Director of Place)"),
    ({"reason": "because"}, "the reason cell changed but the due did not"),
])
def test_an_invalid_cell_is_refused_naming_the_row_and_what_is_allowed(docs, cells, message):
    plans, errors = plan_csv_changes(edited(docs, **{"place-2024-03-11-12-1": cells}), docs, CONFIG)
    assert len(errors) == 1 and errors[0].startswith("row 2 (place-2024-03-11-12-1): ")
    assert message in errors[0]


def test_an_unknown_or_repeated_id_is_refused_with_the_closest_ids(docs):
    rows = edited(docs)
    rows[1][1]["id"] = "place-2024-03-11-12-3"
    rows.append((8, dict(rows[0][1])))
    _, errors = plan_csv_changes(rows, docs, CONFIG)
    assert errors == [
        "row 3: no item 'place-2024-03-11-12-3' in the knowledge base; did you mean place-2024-03-11-12-1, "
        "place-2024-03-11-12-2, place-2024-03-11-13-1?",
        "row 8 (place-2024-03-11-12-1): the same item is on row 2 already; keep one row per item",
    ]


def test_a_month_excel_turned_into_mon_yy_is_not_a_change(docs):
    rows = edited(docs, **{"place-2024-06-11-20-1": {"due": "Dec-24"}, "place-2024-03-11-14-a": {"due": "15/04/2024"}})
    assert plan_csv_changes(rows, docs, CONFIG) == ([], [])


# ---- the list table --------------------------------------------------------------------------------


def test_the_table_shows_rag_as_a_word_and_marks_it_for_colour(docs):
    lines = reports.table_lines(all_views(docs), AS_OF, 150, CONFIG)
    assert [text for text, _ in lines] == [
        "ID                      KIND            STATUS  RAG    OWNER              DUE           COMMITTEE           MEETING     TEXT",
        "place-2024-03-11-12-1   recommendation  open    red    Director of Place  2024-05       Place Scrutiny Co…  2024-03-11  That the Committee recommends…",
        "place-2024-03-11-12-2   resolution      open    amber  Director of Place  next-meeting  Place Scrutiny Co…  2024-03-11  That the Director of Place br…",
        "place-2024-03-11-13-1   resolution      noted   grey                                    Place Scrutiny Co…  2024-03-11  That the minutes of the meeti…",
        "place-2024-03-11-14-a   action          open    red    Head of Waste      2024-04-15    Place Scrutiny Co…  2024-03-11  =HYPERLINK(\"http://evil.examp…",
        "place-2024-06-11-20-1   resolution      open    green  Head of Highways   2024-12       Place Scrutiny Co…  2024-06-11  That the Head of Highways pub…",
        "cabinet-2024-07-18-5-1  resolution      open    green  Director of Place  2024-10       Cabinet             2024-07-18  That the Cabinet accept the C…",
    ]
    text, (start, end, colour) = lines[2]
    assert (text[start:end], colour) == ("amber", "amber")
    assert all(len(t) <= 150 for t, _ in lines)


def test_a_narrower_table_drops_what_the_id_already_says_never_the_id(docs):
    lines = reports.table_lines(all_views(docs), AS_OF, 100, CONFIG)
    assert lines[0][0] == "ID                      STATUS  RAG    OWNER            DUE           TEXT"
    assert [t.split()[0] for t, _ in lines[1:]] == [v.id for v in all_views(docs)]
    assert all(len(t) <= 100 for t, _ in lines)
    text, (start, end, colour) = lines[1]
    assert (text[start:end], colour) == ("red", "red")


# ---- show -----------------------------------------------------------------------------------------


def test_show_gives_source_history_and_due_revisions(docs):
    it = by_id(views(docs, CONFIG), "place-2024-03-11-12-1").item
    apply_change(it, by="L. Moss", at=NOW, status="in-progress", note="consultation started",
                 evidence="place-2024-06-11-minutes#p1")
    apply_change(it, by="L. Moss", at=NOW, due="2024-07", reason="consultation extended")
    v = by_id(views(docs, CONFIG), it.id)
    assert reports.show_text(v, AS_OF, reports.Neighbours(), width=80) == """\
place-2024-03-11-12-1  recommendation
That the Committee recommends that the Director of Place consult traders on a
free first hour in Riverside car park.

Status:       in-progress
Response:     pending (due 2024-05-11)
RAG:          red (response overdue since 2024-05-11) as of 2024-06-01
Owner:        Director of Place (as written: DoP)
Due:          2024-07 (2024-07-31)
Tracked:      yes
Meeting:      Place Scrutiny Committee, meeting of 2024-03-11, minute 12: Riverside car park
Document:     place-2024-03-11-minutes (place-2024-03-11-minutes.pdf), page 2, line 4
Quote:        "That the Committee recommends that the Director of Place consult traders on a free first hour in Riverside car park."
Found by:     rule test, confidence 0.9

History:
  2024-06-01 09:30  L. Moss: status open -> in-progress; evidence: place-2024-06-11-minutes#p1; note: consultation started
  2024-06-01 09:30  L. Moss: due 2024-05 -> 2024-07; reason: consultation extended

Due revisions:
  2024-06-01 L. Moss: 2024-05 -> 2024-07; reason: consultation extended
"""


def test_show_names_the_other_publications_of_the_same_decision():
    text = "That the Cabinet approve the Waste Strategy 2024-2029."
    minutes = document("cabinet-2024-06-20-minutes", "Cabinet", dt.date(2024, 6, 20), [
        AgendaItem(number="7", items=[item("cabinet-2024-06-20-minutes", "1", "resolution", text, page=4)])], sha="a")
    decision = document("cabinet-2024-06-20-decision", "Cabinet", dt.date(2024, 6, 20), [
        AgendaItem(number="7", items=[item("cabinet-2024-06-20-decision", "1", "resolution", text, page=None)])],
        kind="decision", sha="b")
    for d in (minutes, decision):  # the two documents' items would share an id inside one knowledge base
        for it in d.items():
            it.id += "-" + d.kind
    home = find_view([decision, minutes], CONFIG, "cabinet-2024-06-20-7-1-minutes")
    assert "Also published in:\n  cabinet-2024-06-20-decision, line 1: \"That the Cabinet approve" in reports.show_text(
        home, AS_OF, reports.Neighbours())
    twin = find_view([decision, minutes], CONFIG, "cabinet-2024-06-20-7-1-decision")
    assert twin.document.id == "cabinet-2024-06-20-decision"
    assert [o.id for o, _ in twin.also] == ["cabinet-2024-06-20-7-1-minutes"]


# ---- iCalendar ------------------------------------------------------------------------------------


def ics_text(docs):
    return reports.ics(all_views(docs), config=CONFIG, council="Borough of Wexcombe",
                       stamp=dt.datetime(2024, 6, 1, 8, 0, tzinfo=dt.timezone.utc),
                       uid_domain="borough-of-wexcombe.arising", version="0.1.0")


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_the_calendar_has_one_all_day_event_per_dated_due(docs):
    text = ics_text(docs)
    lines = unfold(text)
    uids = [ln[4:] for ln in lines if ln.startswith("UID:")]
    # next-meeting resolves to the committee's next meeting, 11 June; the noted item has no due
    assert uids == [f"{i}@borough-of-wexcombe.arising" for i in (
        "place-2024-03-11-12-1", "place-2024-03-11-12-2", "place-2024-03-11-14-a", "place-2024-06-11-20-1",
        "cabinet-2024-07-18-5-1")]
    assert [ln for ln in lines if ln.startswith("DTSTART")][1] == "DTSTART;VALUE=DATE:20240611"
    assert [ln for ln in lines if ln.startswith("DTEND")][1] == "DTEND;VALUE=DATE:20240612"
    assert "SUMMARY:Due: That the Director of Place bring a report on Riverside car park charges to the next " \
           "meeting. (Director of Place)" in lines
    assert text == ics_text(example_documents()), "the same export twice gives the same calendar"


def test_the_calendar_is_valid_rfc5545_folded_escaped_crlf(docs):
    text = ics_text(docs)
    assert text.endswith("END:VCALENDAR\r\n") and "\n" not in text.replace("\r\n", "")
    for physical in text.split("\r\n"):
        assert len(physical.encode("utf-8")) <= 75
    desc = next(ln for ln in unfold(text) if ln.startswith("DESCRIPTION:") and "HYPERLINK" in ln)
    assert desc.startswith('DESCRIPTION:=HYPERLINK("http://evil.example/"\\,"Circulate") the fly-tipping figures '
                           'by ward.\\n\\nItem: place-2024-03-11-14-a\\nStatus: open\\n')
    assert re.search(r"[^\\][,;]", desc.split(":", 1)[1]) is None, "commas and semicolons in TEXT are escaped"


def test_the_calendar_parses_back_with_the_icalendar_library(docs):
    icalendar = pytest.importorskip("icalendar")
    cal = icalendar.Calendar.from_ical(ics_text(docs))
    events = list(cal.walk("VEVENT"))
    assert len(events) == 5
    ev = events[2]
    assert str(ev["UID"]) == "place-2024-03-11-14-a@borough-of-wexcombe.arising"
    assert ev.decoded("DTSTART") == dt.date(2024, 4, 15)
    assert str(ev["DESCRIPTION"]).startswith(HOSTILE + "\n\nItem: place-2024-03-11-14-a\nStatus: open\n")


def test_folding_never_splits_a_character():
    line = "SUMMARY:" + "é" * 80
    folded = reports.ics_fold(line)
    assert all(len(p.encode()) <= 75 for p in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


# ---- reports ----------------------------------------------------------------------------------------


def test_matters_arising_in_markdown(docs):
    vs = matters_arising(views(docs, CONFIG), CONFIG, "psc", dt.date(2024, 9, 10))
    r = reports.matters_arising_report(vs, committee="Place Scrutiny Committee", meeting_date=dt.date(2024, 9, 10),
                                       council="Borough of Wexcombe", next_known=True)
    assert reports.report_markdown(r) == """\
# Matters arising: Place Scrutiny Committee, 10 September 2024

Borough of Wexcombe: 4 item(s) from earlier meetings not yet resolved, oldest first. RAG as of 2024-09-10.

| Item | Meeting | Minute | Decision | Owner | Due | Status | RAG | Last update |
|---|---|---|---|---|---|---|---|---|
| place-2024-03-11-12-1 | 2024-03-11 | 12 | That the Committee recommends that the Director of Place consult traders on a free first hour in Riverside car park. | Director of Place | 2024-05 (2024-05-31) | open; response pending | red: overdue since 2024-05-31 | none since the meeting |
| place-2024-03-11-12-2 | 2024-03-11 | 12 | That the Director of Place bring a report on Riverside car park charges to the next meeting. | Director of Place | next-meeting (2024-06-11) | open | red: overdue since 2024-06-11 | none since the meeting |
| place-2024-03-11-14-a | 2024-03-11 | 14 | =HYPERLINK("http://evil.example/","Circulate") the fly-tipping figures by ward. | Head of Waste | 2024-04-15 | open | red: overdue since 2024-04-15 | none since the meeting |
| place-2024-06-11-20-1 | 2024-06-11 | 20 | That the Head of Highways publish the revised gritting route map, by December 2024. | Head of Highways | 2024-12 (2024-12-31) | open | green: on track, due 2024-12-31 | none since the meeting |
"""


def test_a_pipe_in_a_decision_does_not_break_the_markdown_table():
    r = reports.Report(title="t", intro="i", sections=[(None, [["a | b", "c\nd"]])], columns=("x", "y"))
    assert reports.report_markdown(r).splitlines()[-1] == "| a \\| b | c d |"


def test_an_empty_report_says_so(docs):
    r = reports.owner_report([], owner="Head of Parks", as_of=AS_OF, council=None)
    assert reports.report_markdown(r) == ("# Outstanding for Head of Parks, as of 1 June 2024\n\n"
                                          "0 item(s) outstanding, 0 overdue, by committee, overdue first. "
                                          "RAG as of 2024-06-01.\n\nNothing is outstanding for this owner.\n")


def test_the_owner_report_as_word_has_a_table_per_committee_with_a_header_row(docs):
    docx = pytest.importorskip("docx")
    groups = owed_by(views(docs, CONFIG), CONFIG, "Director of Place", dt.date(2024, 6, 20))
    data = reports.report_docx(reports.owner_report(groups, owner="Director of Place", as_of=dt.date(2024, 6, 20),
                                                    council="Borough of Wexcombe"))
    d = docx.Document(io.BytesIO(data))
    assert [p.text for p in d.paragraphs if p.style.name.startswith("Heading")] == [
        "Outstanding for Director of Place, as of 20 June 2024", "Cabinet", "Place Scrutiny Committee"]
    assert len(d.tables) == 2
    head = d.tables[1].rows[0]
    assert [c.text for c in head.cells] == list(reports.REPORT_COLUMNS)
    assert head._tr.trPr.xpath("./w:tblHeader"), "the header row repeats on every page"
    assert [r.cells[0].text for r in d.tables[1].rows[1:]] == ["place-2024-03-11-12-1", "place-2024-03-11-12-2"]
    assert d.tables[1].rows[1].cells[7].text == "red: overdue since 2024-05-31"


def test_the_owner_report_as_csv_names_the_committee_on_each_row(docs):
    groups = owed_by(views(docs, CONFIG), CONFIG, "Director of Place", dt.date(2024, 6, 20))
    text = reports.report_csv(reports.owner_report(groups, owner="Director of Place", as_of=dt.date(2024, 6, 20),
                                                   council=None))
    lines = text.lstrip("\ufeff").split("\r\n")
    assert lines[0] == "Committee,Item,Meeting,Minute,Decision,Owner,Due,Status,RAG,Last update"
    assert [ln.split(",")[:2] for ln in lines[1:4]] == [
        ["Cabinet", "cabinet-2024-07-18-5-1"], ["Place Scrutiny Committee", "place-2024-03-11-12-1"],
        ["Place Scrutiny Committee", "place-2024-03-11-12-2"]]
