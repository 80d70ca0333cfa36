"""Segmentation: blocks, labels, sentences, front matter and agenda items (fictional Borough of Wexcombe)."""
import datetime as dt
from pathlib import Path

import pytest

from ingest.lines import Line, Text
from ingest.read_text import read_text, text_to_lines
from ingest.segment import blocks, find_date, parse_label, segment, sentences, title_like

FIX = Path(__file__).parent / "fixtures" / "minutes"


def txt(s: str) -> Text:
    return Text(lines=text_to_lines(s), format="text")


def pdf(*pages: str) -> Text:
    lines = []
    for p, page in enumerate(pages, 1):
        for n, t in enumerate(page.strip("\n").split("\n"), 1):
            lines.append(Line(text=t.strip(), page=p, line=n))
    return Text(lines=lines, format="pdf", pages=len(pages))


def fixture(name: str) -> Text:
    return read_text((FIX / name).read_bytes(), name)


# ---- labels and sentences ----------------------------------------------------------------------

def test_labels_of_every_style():
    for raw, value, wrap in [("(iii) That", "iii", "()"), ("2. That", "2", "."), ("a) That", "a", ")"),
                             ("(B) items", "B", "()"), ("5.1.2 the level", "5.1.2", "multi"), ("• Develop", "•", "bullet"),
                             ("- 87% of lessons", "-", "bullet")]:
        lab, rest = parse_label(raw)
        assert lab is not None and (lab.value, lab.wrap) == (value, wrap), raw
        assert rest


def test_words_are_not_labels():
    for s in ["Mr. Smith said", "52% of reports", "A. Jones moved", "Agenda item"]:
        assert parse_label(s)[0] is None, s


def test_roman_and_alpha_are_both_possible_for_i():
    lab, _ = parse_label("(i) Fees and charges")
    assert set(lab.kinds()) == {"roman", "alpha"}


def test_sentences_do_not_break_at_titles_or_initials():
    s = sentences("Mr. Smith said the Z. Maiorca motion passed. Cllr. Hale agreed. The Clerk will write.")
    assert s == ["Mr. Smith said the Z. Maiorca motion passed.", "Cllr. Hale agreed.", "The Clerk will write."]


def test_title_like():
    assert title_like("Riverside Car Park Charges")
    assert title_like("APOLOGIES FOR ABSENCE")
    assert not title_like("The Director of Place introduced the report.")


# ---- blocks ------------------------------------------------------------------------------------------

def test_pdf_wrapped_lines_are_joined_and_labels_start_blocks():
    t = pdf("""RESOLVED that Cabinet note the quarterly report on the Wexcombe leisure
centres and the actions being taken.
(a) That the Director of Place bring a report on the Riverside car park charges
to the next meeting.
(b) That the report be noted.""")
    b = blocks(t.lines)
    assert [x.label.value if x.label else None for x in b] == [None, "a", "b"]
    assert b[0].text.endswith("centres and the actions being taken.")
    assert "charges to the next meeting." in b[1].text


def test_a_lone_label_labels_the_next_paragraph():
    # ModernGov "Resolved that -" pages print "(1)" on its own line
    b = blocks(txt("Resolved that -\n\n(1)\n\nCabinet commends the Wexcombe youth panel;\n\n(2)\n\nthe panel is thanked.").lines)
    assert [(x.label.value if x.label else None, x.text[:7]) for x in b] == [
        (None, "Resolve"), ("1", "Cabinet"), ("2", "the pan")]


def test_pdf_page_furniture_is_dropped():
    body = "The Panel met.\nPage {n} of 3\n"
    b = blocks(pdf(*(body.format(n=n) for n in (1, 2, 3))).lines)
    assert all("Page" not in x.text for x in b)


def test_pdf_bold_words_inside_a_paragraph_do_not_split_it():
    lines = [Line("DELEGATE authority to the Director of Place to agree the Wexcombe bus", page=1, line=1),
             Line("contract, in consultation with the Cabinet Member for Transport", page=1, line=2, heading=2),
             Line("and the Head of Legal Services.", page=1, line=3)]
    b = blocks(lines)
    assert len(b) == 1 and b[0].text.endswith("Head of Legal Services.")


# ---- front matter ------------------------------------------------------------------------------

def test_moderngov_issue_page_meta():
    s = segment(fixture("wexcombe_housing_issue_history.txt"))
    assert s.kind == "issue-history"
    assert s.meta == {"committee": "Wexcombe Housing Panel", "date": "2024-02-05", "item": "7",
                      "title": "Empty homes strategy"}


def test_minutes_front_page_meta():
    s = segment(fixture("wexcombe_place_scrutiny_2024-03-11.txt"))
    assert s.kind == "minutes"
    assert s.meta["committee"] == "Place Scrutiny Committee"
    assert s.meta["date"] == "2024-03-11"
    assert s.meta["item"] is None


def test_minutes_front_page_over_pdf_lines():
    t = pdf("""BOROUGH OF WEXCOMBE
CABINET
MINUTES of a meeting of the Cabinet held in the Guildhall, Market Street,
Wexcombe on Thursday, 30 January 2025.
PRESENT: Cllr A Fenwick (Chair)""")
    s = segment(t)
    assert (s.meta["committee"], s.meta["date"]) == ("Cabinet", "2025-01-30")


def test_name_dash_date_header():
    s = segment(txt("Agenda and minutes\n\nWexcombe Health & Wellbeing Board - Tuesday 21 January 2025 10.00 am\n\n"
                    "1.\n\nAPOLOGIES\n\nNone."))
    assert (s.meta["committee"], s.meta["date"]) == ("Wexcombe Health & Wellbeing Board", "2025-01-21")


def test_us_minutes_header():
    s = segment(fixture("wexcombe_harbor_commission_2024-04-22.txt"))
    assert s.meta["committee"] == "Wexcombe Harbor Commission"
    assert s.meta["date"] == "2024-04-22"


def test_decision_details_page():
    s = segment(fixture("wexcombe_cabinet_decision.txt"))
    assert s.kind == "decision"
    assert (s.meta["committee"], s.meta["date"]) == ("Cabinet", "2024-03-18")


def test_previous_meeting_dates_are_not_the_meeting_date():
    # "To approve the minutes of the meeting held on ..." names an earlier meeting
    s = segment(txt("Agenda item\n\nMinutes of Previous Meeting\n\nTo approve the minutes of the meeting of the "
                    "Committee held on 12th February, 2024\n\nMinutes:\n\nThe minutes were approved as a correct record."))
    assert s.meta["date"] is None
    assert s.meta["committee"] is None


def test_no_committee_or_date_when_the_document_does_not_say():
    s = segment(txt("Agenda item\n\nStreet lighting\n\nMinutes:\n\nRESOLVED: That the report be noted."))
    assert s.meta["committee"] is None and s.meta["date"] is None


def test_reader_meta_is_preferred():
    t = txt("Agenda item\n\nStreet lighting\n\nMinutes:\n\nRESOLVED: That the report be noted.")
    t.meta = {"committee": "Wexcombe Place Scrutiny Committee", "date": "2024-03-11", "item": "12"}
    s = segment(t)
    assert s.meta["committee"] == "Wexcombe Place Scrutiny Committee"
    assert s.meetings[0].date == dt.date(2024, 3, 11)


def test_us_date_with_month_first():
    assert find_date("Minutes from 11/30/17 meeting") is None or find_date("11/30/2017") == dt.date(2017, 11, 30)
    assert find_date("Monday, April 22, 2024") == dt.date(2024, 4, 22)


# ---- agenda items ----------------------------------------------------------------------------------

def test_whole_minutes_split_into_agenda_items():
    s = segment(fixture("wexcombe_place_scrutiny_2024-03-11.txt"))
    titled = [(a.number, a.title) for a in s.meetings[0].agenda if a.title]
    assert titled == [("10", "Minutes of the previous meeting"), ("11", "Amendment to the minutes of 12 February 2024"),
                      ("12", "Riverside car park charges"), ("13", "Street trees")]


def test_kent_style_item_references():
    t = pdf("""MINUTES of a meeting of the Cabinet held at the Guildhall, Wexcombe on Thursday, 9 January 2025.
76. Apologies
(Item 1)
No apologies were received.
77. Capital Programme 2025-35 and Revenue Budget 2025-26 (including
Council Tax Setting 2025/26)
(Item 2)
RESOLVED that the budget be approved.""")
    parts = [(a.number, a.minute, a.title) for a in segment(t).meetings[0].agenda if a.title]
    assert parts == [("1", "76", "Apologies"),
                     ("2", "77", "Capital Programme 2025-35 and Revenue Budget 2025-26 (including Council Tax Setting 2025/26)")]


def test_minute_references_like_p_142():
    t = txt("Agenda and minutes\n\nPlanning Committee\nThursday, 22 February 2024 10.00 a.m.\n\nP/142\n\nMinutes\n\n"
            "RESOLVED – That the minutes be signed.\n\nP/143\n\nDeclarations of Interest\n\nNone.")
    parts = [(a.minute, a.title) for a in segment(t).meetings[0].agenda if a.minute]
    assert parts == [("P/142", "Minutes"), ("P/143", "Declarations of Interest")]


def test_numbered_paragraphs_are_not_agenda_items():
    t = pdf("""Chairman's Announcements
(Item 2)
1. The Chair reminded the Panel of the Wexcombe Christmas
campaign for children in care.
Minutes of the meeting held on 29 October 2024
(Item 3)
RESOLVED that the minutes were a correct record.""")
    titles = [a.title for a in segment(t).meetings[0].agenda if a.title]
    assert titles == ["Chairman's Announcements", "Minutes of the meeting held on 29 October 2024"]


def test_annual_report_service():
    s = segment(fixture("wexcombe_leisure_annual_report.txt"))
    assert s.kind == "annual-report"
    assert s.service == "Wexcombe Leisure Service"


def test_memo_address_lines_and_stop_words_are_not_committees():
    from ingest.segment import _clean_committee
    assert _clean_committee("To: Cabinet") == "Cabinet"
    assert _clean_committee("the") is None
    assert _clean_committee("for period 1st Jan 2013") is None
    assert _clean_committee("overview and scrutiny committee") == "Overview and Scrutiny Committee"


# ---- the committee: stated, or the named subject of the decisions; never a passing mention ----------

def test_committee_heading_above_minutes_of_a_meeting_held_on():
    s = segment(txt("""BOROUGH OF WEXCOMBE

HOUSING AND COMMUNITIES SCRUTINY PANEL

Minutes of a meeting held on Wednesday 2 October 2024 at 6.00 pm, Committee Room 2, Civic Centre, Wexcombe, with the Chair presiding

1. Apologies

None."""))
    assert s.meta["committee"] == "Housing and Communities Scrutiny Panel"
    assert s.meta["date"] == "2024-10-02"


def test_committee_from_a_named_body_making_the_decision():
    s = segment(txt("""Agenda item

Allotment rents

Minutes:

The Wexcombe Allotments Forum agreed that rents should rise by 2%.

RESOLVED: That the report be noted."""))
    assert s.meta["committee"] == "Wexcombe Allotments Forum"


def test_generic_subject_matched_to_the_one_body_of_that_kind_named():
    s = segment(txt("""Agenda item

Fostering annual report

Minutes:

The Panel considered the annual report. Members of the Corporate Parenting Panel thanked the team.

RESOLVED: That the report be noted."""))
    assert s.meta["committee"] == "Corporate Parenting Panel"


def test_a_body_only_mentioned_is_not_the_committee():
    # the decisions are Cabinet's, but the page never says so: a mention of the scrutiny panel is no evidence
    s = segment(txt("""Agenda item

Play areas: recommendations of the Place Scrutiny Panel

Report of the Director of Place responding to the recommendations made by the Place Scrutiny Panel.

Minutes:

Councillor Osei introduced the report. The Vice-Chair of the Panel welcomed the response.

RESOLVED: That the recommendations be accepted."""))
    assert s.meta["committee"] is None


def test_two_different_panels_named_leave_the_committee_unknown():
    s = segment(txt("""Agenda item

Joint working

Minutes:

The Panel considered a note from the Housing Panel and the Leisure Panel.

RESOLVED: That the note be received."""))
    assert s.meta["committee"] is None


def test_an_annual_report_names_its_board_in_a_heading():
    t = Text(lines=[Line("2024 Annual Report", page=1, line=1, heading=2),
                    Line("Wexcombe Veterans’ Partnership", page=2, line=1, heading=1),
                    Line("Board", page=2, line=2, heading=1),
                    Line("The board met four times during the year and is chaired by the Leader.", page=2, line=3),
                    Line("Annual report priorities for 2025", page=3, line=1, heading=1)],
             format="pdf", pages=3)
    s = segment(t)
    assert s.kind == "annual-report"
    assert s.meta["committee"] == "Wexcombe Veterans’ Partnership Board"


def test_a_lower_case_committee_deciding_takes_the_one_committee_the_minutes_name():
    # regression: "The committee agreed" (lower case) with one named committee in the text
    from ingest.lines import Line
    from ingest.segment import infer_committee

    text = ["The committee noted that the Wexcombe Fostering Committee was due to consider the report in May.",
            "The committee agreed that officers would circulate the figures."]
    assert infer_committee([Line(text=t, para=i + 1, line=i + 1) for i, t in enumerate(text)]) == "Wexcombe Fostering Committee"
    two = text + ["The Wexcombe Adoption Committee had asked for the same figures."]
    assert infer_committee([Line(text=t, para=i + 1, line=i + 1) for i, t in enumerate(two)]) is None


def test_minutes_with_an_action_list_are_minutes_split_into_their_items():
    # regression: a Who/When action table at the end of minutes made the whole document an action log
    from ingest.lines import Line, Text
    from ingest.segment import segment

    rows = ["BOROUGH OF WEXCOMBE",
            "MINUTES of a meeting of the Leisure Committee held on Tuesday 4 June 2024 at 7.00 pm",
            "30. APOLOGIES FOR ABSENCE", "Apologies were received from Councillor Dale.",
            "31. SWIMMING POOL OPENING HOURS", "RESOLVED: That the summer opening hours be approved.",
            "ACTION LIST"]
    lines = [Line(text=t, page=1, line=i + 1) for i, t in enumerate(rows)]
    lines += [Line(text="Action | Who | When", page=1, line=9, cells=("Action", "Who", "When")),
              Line(text="Publish the hours | Leisure Manager | 1 July 2024", page=1, line=10,
                   cells=("Publish the hours", "Leisure Manager", "1 July 2024"))]
    seg = segment(Text(lines=lines, format="pdf", pages=1))
    assert seg.kind == "minutes"
    assert [a.minute for a in seg.meetings[0].agenda if a.minute] == ["30", "31"]


# ---- page furniture: judged over the whole document, at the page edges only ----------------------------

def _motion_minutes() -> Text:
    """Full-council minutes over four pages: a motion quoted again in each amendment, then carried."""
    motion = """“This Council:
(1) Welcomes the Wexcombe riverside flood scheme and asks the Leader to write to
the Environment Agency
(2) Notes that the second phase depends on national
funding being confirmed in the spring”"""
    return pdf(f"""BOROUGH OF WEXCOMBE
MINUTES of a meeting of the Wexcombe Borough Council held in the Guildhall, Wexcombe on Thursday, 6 March 2025
41. Riverside flood scheme
(Item 5)
(1) Councillor Hale moved and Councillor Reed seconded the following motion:
{motion}
(2) Councillor Dale moved an amendment to add a third paragraph to the motion.
""", f"""(3) Councillor Amos moved a further amendment, so that the motion would read:
{motion}
(3) Asks for a report to the Cabinet in July.
Amendment lost.
""", f"""(4) Councillor Stoke moved a final amendment to the motion as printed:
{motion}
Amendment lost.
""", f"""(5) The Chair put the substantive motion to the vote.
(6) RESOLVED that this Council:
(1) Welcomes the Wexcombe riverside flood scheme and asks the Leader to write to
the Environment Agency
(2) Notes that the second phase depends on national
funding being confirmed in the spring
""")


def test_a_motion_quoted_on_every_page_is_not_a_running_header():
    # regression: lines repeated in an item's amendments were dropped as page furniture, cutting the
    # final resolution short ("asks the Leader to write to")
    item = [a for a in segment(_motion_minutes()).meetings[0].agenda if a.minute == "41"][0]
    texts = [b.full for b in blocks(item.lines)]
    assert "(1) Welcomes the Wexcombe riverside flood scheme and asks the Leader to write to the Environment Agency" in texts
    assert texts[-1] == "(2) Notes that the second phase depends on national funding being confirmed in the spring"


def test_a_running_header_and_page_numbers_at_the_page_edges_are_still_dropped():
    pages = [f"Wexcombe Borough Council - Licensing Committee - 12 May 2025\nThe Committee heard item {n}.\n"
             f"It agreed to visit the site.\n{n}" for n in range(1, 5)]
    text = pdf(*pages)
    lines = segment(text).meetings[0].agenda[0].lines
    assert [ln.text for ln in lines if ln.page == 2] == ["The Committee heard item 2.", "It agreed to visit the site."]


def test_item_references_at_the_top_of_each_page_are_kept():
    # "(Item 3)" on page 3, "(Item 4)" on page 4: a number that follows the page is not a page number here
    pages = [f"{40 + n}. Grant number {n}\n(Item {n})\nRESOLVED that grant {n} be paid." for n in range(1, 5)]
    pages[0] = "MINUTES of a meeting of the Wexcombe Grants Panel held on 3 June 2025\n" + pages[0]
    text = pdf(*pages)
    titles = [a.title for a in segment(text).meetings[0].agenda if a.title]
    assert titles == [f"Grant number {n}" for n in range(1, 5)]


# ---- item numbers must look like item numbers in context --------------------------------------------

def test_a_year_starting_a_wrapped_line_is_not_an_item_number():
    # regression: "1997 Uniform ..." at the start of a wrapped line split the minutes at a new "item 1997"
    t = pdf("""MINUTES OF THE REGULAR WEXCOMBE HARBOR COMMISSION MEETING
TUESDAY, APRIL 22, 2024
(24-101) Ordinance No. 812, "Amending the Harbor Code to adopt the current state boating rules, the
1998 Mooring Standards, and the 2001 Edition of the Uniform Dock Code." Finally passed.
Commissioner Reyes moved final passage of the ordinance.
2024 Budget Workshop
The Harbor Master presented the draft budget.""")
    agenda = segment(t).meetings[0].agenda
    assert not any(a.number in ("1998", "2024") for a in agenda)
    item = next(a for a in agenda if a.number == "24-101")       # the paragraph number is the item's
    assert any("1998 Mooring Standards" in ln.text for ln in item.lines)


def test_a_vote_count_wrapped_onto_its_own_line_is_not_an_item_number():
    t = pdf("""MINUTES OF THE REGULAR WEXCOMBE HARBOR COMMISSION MEETING
TUESDAY, APRIL 22, 2024
Commissioner Reyes seconded the motion, which carried by unanimous voice vote –
5.
(24-102) Receive Final Report and Recommendations from the Moorings Advisory""")
    assert [a.number for a in segment(t).meetings[0].agenda] == [None, "24-102"]


def test_a_date_line_is_not_an_item_number_and_items_follow_it():
    # a meeting-details page: "30 May 2025 - 10:00 to 11:30" then unpunctuated numbered items
    s = segment(txt("""Meeting Details

Wexcombe Fire Authority
30 May 2025 - 10:00 to 11:30

Agenda Items
1 Election of Chair
RESOLVED that Cllr Hale be elected as Chair for the year.

2 Apologies for Absence
Apologies were received from Cllr Reed.
3 Declarations of Interest (if any)
None were declared."""))
    assert [(a.number, a.title) for a in s.meetings[0].agenda if a.number] == [
        ("1", "Election of Chair"), ("2", "Apologies for Absence"), ("3", "Declarations of Interest (if any)")]


# ---- titles and numbers around "(Item N)" and in sentence case -----------------------------------------

def test_a_title_wrapped_over_several_lines_before_its_item_reference():
    # regression: "288. Minutes of ..." / "and, if in order, ..." / "(Item 3)" lost its number and
    # the first line of its title, which ran into the item before
    t = pdf("""MINUTES of a meeting of the Wexcombe Borough Council held in the Guildhall on Thursday, 6 March 2025
51. Apologies for Absence
(Item 1)
Apologies were received from Cllr Reed.
52. Minutes of the meetings held on 12 December 2024 and 16 January 2025
and, if in order, to be approved as a correct record
(Item 2)
RESOLVED that the minutes be approved as a correct record.
53. 25/00031 - Transfer of the Wexcombe Lido from the Leisure Directorate to the
Community Services and Culture
Directorate
(Item 3)
RESOLVED that the transfer be agreed.""")
    lines = t.lines
    t = Text(lines=[Line(ln.text, page=ln.page, line=ln.line, heading=1 if ln.text[:1].isupper()
                         and not ln.text.startswith(("RESOLVED", "Apologies were", "(Item", "MINUTES")) else 0)
                    for ln in lines], format="pdf", pages=1)
    agenda = segment(t).meetings[0].agenda
    assert [(a.number, a.minute, a.title) for a in agenda if a.title] == [
        ("1", "51", "Apologies for Absence"),
        ("2", "52", "Minutes of the meetings held on 12 December 2024 and 16 January 2025 and, if in order, "
                    "to be approved as a correct record"),
        ("3", "53", "25/00031 - Transfer of the Wexcombe Lido from the Leisure Directorate to the Community "
                    "Services and Culture Directorate")]
    assert agenda[1].lines[-1].text == "Apologies were received from Cllr Reed."


def test_an_unnumbered_heading_wrapped_before_its_item_reference():
    t = Text(lines=[Line("MINUTES of a meeting of the Wexcombe Fostering Panel held on 4 March 2025", page=1, line=1),
                    Line("4. RESOLVED that the Panel note the update.", page=1, line=2),
                    Line("Regional Adoption Agency Annual Report", page=1, line=3, heading=1),
                    Line("2024/2025", page=1, line=4),
                    Line("(Item 6)", page=1, line=5),
                    Line("RESOLVED that the annual report be noted.", page=1, line=6)], format="pdf", pages=1)
    titles = [a.title for a in segment(t).meetings[0].agenda if a.title]
    assert titles == ["Regional Adoption Agency Annual Report 2024/2025"]


def test_numbered_items_in_sentence_case_follow_their_sequence():
    # regression: bold "4. Football club costs" style headings, and "1. Apologies for absence: names",
    # were not items, so one item ran on over the next five
    rows = [("WEXCOMBE COMMUNITY CENTRE", 1), ("Minutes of the Management Committee held on Tuesday 8th October 2024", 0),
            ("1. Apologies for absence: Ann Reed, Tom Hale.", 0),
            ("2. Minutes of the last meeting", 1), ("The minutes were accepted.", 0),
            ("3. Treasurer’s report", 1), ("• Income for the quarter was £2,310.", 0),
            ("4. Boiler replacement and heating costs.", 1), ("• Quotes to be obtained, action Tom.", 0),
            ("5. Any other business", 1), ("None.", 0)]
    t = Text(lines=[Line(x, page=1, line=k + 1, heading=h) for k, (x, h) in enumerate(rows)], format="pdf", pages=1)
    agenda = segment(t).meetings[0].agenda
    assert [(a.number, a.title) for a in agenda if a.number] == [
        ("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Treasurer’s report"),
        ("4", "Boiler replacement and heating costs."), ("5", "Any other business")]


def test_a_minute_reference_and_its_title_on_one_line():
    # "CS14/24 Apologies for absence" in bold: the Wexcombe panel numbers its minutes by panel and year
    t = pdf("""Children’s Services Scrutiny Panel
Minutes of a meeting of the Children’s Services Scrutiny Panel held on Tuesday 24 September 2024
CS14/24 Apologies for absence
Councillor Lowther sent apologies.
CS15/24 Declarations of interest
None were made.
CS16/24 Minutes
RESOLVED – That the minutes of the meeting held on 16 July 2024 be approved.""")
    t.lines = [Line(ln.text, page=ln.page, line=ln.line, heading=2 if ln.text.startswith("CS") else 0) for ln in t.lines]
    s = segment(t)
    assert [(a.minute, a.title) for a in s.meetings[0].agenda if a.minute] == [
        ("CS14/24", "Apologies for absence"), ("CS15/24", "Declarations of interest"), ("CS16/24", "Minutes")]


# ---- regression: item lists as councils print them (round 7) ---------------------------------------

def _items(t: Text) -> list[tuple]:
    return [(a.number, a.minute, a.title) for a in segment(t).meetings[0].agenda if a.title]


def test_a_moderngov_item_list_whose_numbers_were_lost_is_split_at_its_titles():
    # the page's "No." column did not survive the copy: each title stands alone above its minutes
    t = txt("""Agenda and minutes

Wexcombe Health and Wellbeing Board - Tuesday 4 February 2025 2.00 pm

Venue: Council Chamber, Wexcombe Guildhall

No. Item


Welcome and apologies


Apologies were received from Dr Salt.


Minutes of the previous meeting pdf icon PDF 90 KB


The minutes of the meeting held on 12 November 2024 were approved as a correct record.


Healthy Weight Strategy pdf icon PDF 210 KB

To consider the draft strategy.


The Board agreed the draft strategy for consultation.
""")
    assert _items(t) == [(None, None, "Welcome and apologies"), (None, None, "Minutes of the previous meeting"),
                         (None, None, "Healthy Weight Strategy")]
    agenda = segment(t).meetings[0].agenda
    assert any("agreed the draft strategy" in ln.text for ln in agenda[-1].lines)


def test_a_moderngov_item_table_flattened_onto_one_line_per_row():
    # "| No. | Item |" then each row's title and its "Minutes:" on one line, empty cells as "|"
    t = txt("""Agenda for Wexcombe Schools Forum on Monday, 3rd March, 2025, 4.00 pm
Venue: Committee Room 2, Wexcombe Guildhall
| No. | Item |
|---|---|
|
Apologies for Absence Minutes: Apologies were received from Ms Oduya.
|
|
Minutes of Previous Meeting Minutes: The minutes of the meeting held on 9 December 2024 were agreed.
|
|
Early Years Funding Formula Additional documents: Minutes: The Forum NOTED the proposed rates.
|
""")
    agenda = segment(t).meetings[0].agenda
    assert [a.title for a in agenda if a.title] == ["Apologies for Absence", "Minutes of Previous Meeting",
                                                     "Early Years Funding Formula"]
    assert [ln.text for ln in agenda[2].lines] == ["Minutes of Previous Meeting",
                                                   "The minutes of the meeting held on 9 December 2024 were agreed."]


def test_a_sub_item_under_matters_arising_names_the_earlier_minute_in_its_title():
    # "4.1" then "Minute 9 - ...": item 4.1 follows up minute 9 of the last meeting; items after it still count
    t = txt("""Agenda and minutes

Wexcombe Police and Crime Panel - Friday, 7th March, 2025 10.00 am

No. Item

1.

APOLOGIES FOR ABSENCE

Minutes:

None.

2.

MATTERS ARISING FROM THE MINUTES

2.1

Minute 9 - Rural Crime Strategy

Minutes:

The Commissioner agreed to circulate the strategy's targets.

Minute 11 - Custody visiting

Minutes:

The Panel noted the annual report.

3.

POLICE AND CRIME PLAN 2025-29

Minutes:

RESOLVED that the Plan be endorsed.
""")
    assert [(n, ti) for n, _, ti in _items(t)] == [
        ("1", "APOLOGIES FOR ABSENCE"), ("2", "MATTERS ARISING FROM THE MINUTES"),
        ("2.1", "Minute 9 - Rural Crime Strategy"), ("3", "POLICE AND CRIME PLAN 2025-29")]


def test_matters_arising_are_not_items_of_their_own():
    t = txt("""Minutes of the meeting of the Wexcombe Leisure Committee held on 2 April 2025

1. APOLOGIES
None.

2. MATTERS ARISING
Minute 14 - Pool opening hours: the Leisure Manager reported the trial had ended.
Minute 15 - Tennis courts: resurfacing would start in May.

3. FEES AND CHARGES 2025/26
RESOLVED that the fees be approved.
""")
    assert [ti for _, _, ti in _items(t)] == ["APOLOGIES", "MATTERS ARISING", "FEES AND CHARGES 2025/26"]


def test_lettered_sub_items_and_a_link_under_a_heading():
    # a US commission's "5. Consent Calendar" / "5A. ..." and a heading followed by a web link
    page1 = """Wexcombe Harbor Commission Meeting
Wednesday, April 9, 2025
1. Roll Call
Present: Chair Lund and Commissioners Marr and Ode.
2. Staff Communications are available at the link here:
https://wexcombe.example.org/Legislation.aspx?ID=101
3. Consent Calendar
3A. Approve Meeting Minutes – March 12, 2025 (Action Item)
3B. Accept Quarterly Report on Moorings (Action Item)
Commissioner Marr moved approval of the Consent Calendar; the motion passed 3-0.
4. Regular Agenda Items
4A. Recommend City Council Approval of the Dredging Plan for the
Inner Basin (Harbor Master) (Action Item)
The Harbor Master gave a presentation.
5. Adjournment"""
    t = pdf(page1)
    heading = {"3A.", "3B.", "4A.", "Inner", "1.", "2.", "3.", "4.", "5."}
    t.lines = [Line(ln.text, page=1, line=ln.line, heading=1 if ln.text.split()[0] in heading else 0) for ln in t.lines]
    got = [(n, ti) for n, _, ti in _items(t)]
    assert got == [("1", "Roll Call"), ("2", "Staff Communications are available at the link here"),
                   ("3", "Consent Calendar"), ("3A", "Approve Meeting Minutes – March 12, 2025 (Action Item)"),
                   ("3B", "Accept Quarterly Report on Moorings (Action Item)"), ("4", "Regular Agenda Items"),
                   ("4A", "Recommend City Council Approval of the Dredging Plan for the Inner Basin (Harbor Master) "
                          "(Action Item)"),
                   ("5", "Adjournment")]


def test_us_paragraph_numbers_are_item_numbers():
    t = pdf("""MINUTES OF THE REGULAR CITY COUNCIL MEETING
TUESDAY- -MARCH 4, 2025- -7:00 P.M.
CONSENT CALENDAR
Councilmember Ortiz moved approval of the Consent Calendar, which carried – 5.
(*25-101) Minutes of the Regular City Council Meeting Held on February 18, 2025. Approved.
(*25-102) Ratified bills in the amount of $1,204,310.12.
(25-103) Resolution No. 15120, “Appointing Dana Pike to the Library Board.” Adopted.
Councilmember Ortiz moved adoption of the resolution.
(25-104 CC/25-011 SACIC) Summary: Transfers development rights at the former base.""")
    assert [(n, ti) for n, _, ti in _items(t)] == [
        ("25-101", "Minutes of the Regular City Council Meeting Held on February 18, 2025."),
        ("25-102", "Ratified bills in the amount of $1,204,310.12."),
        ("25-103", "Resolution No. 15120, “Appointing Dana Pike to the Library Board.”"),
        ("25-104", "Summary: Transfers development rights at the former base.")]


def test_planning_application_numbers_open_an_items_title():
    t = txt("""MINUTES of a meeting of the PLANNING COMMITTEE held on Thursday 6 March 2025

DP/40  APOLOGIES FOR ABSENCE
None.

DP/41  MINUTES
RESOLVED that the minutes of 6 February 2025 be signed.

DP/42  25/00311/FUL – LAND EAST OF ORCHARD ROAD, WEXCOMBE – ERECTION OF 12 DWELLINGS
RESOLVED that permission be granted.

DP/43  25/00402/HOU – 4 MILL COTTAGES, WEXCOMBE – REAR EXTENSION
RESOLVED that permission be refused.
""")
    assert [m for _, m, _ in _items(t)] == ["DP/40", "DP/41", "DP/42", "DP/43"]
    assert _items(t)[2][2] == "25/00311/FUL – LAND EAST OF ORCHARD ROAD, WEXCOMBE – ERECTION OF 12 DWELLINGS"


def test_us_action_minutes_number_their_items_as_sentences():
    t = txt("""WEXCOMBE COUNTY BOARD OF SUPERVISORS
ACTION MINUTES
Regular Meeting - Tuesday, March 11, 2025 - 9:00 A.M.

CONSENT AGENDA

3. Approve the minutes of the regular meeting of February 25, 2025.
   ACTION: Approved.
   MOTION: Ruiz / SECOND: Park / AYES: 5 / NOES: 0

4. Approve an agreement with Wexcombe Transit for paratransit services
   in an amount not to exceed $310,000.
   ACTION: Approved as recommended.
   MOTION: Ruiz / SECOND: Park / AYES: 5 / NOES: 0

REGULAR AGENDA

9. Receive a report from the Parks Director on trail closures.
   ACTION: Received the report. Directed staff to report back in 30 days.
   MOTION: Park / SECOND: Lee / AYES: 5 / NOES: 0
""")
    assert [(n, ti) for n, _, ti in _items(t)] == [
        ("3", "Approve the minutes of the regular meeting of February 25, 2025."),
        ("4", "Approve an agreement with Wexcombe Transit for paratransit services"),
        ("9", "Receive a report from the Parks Director on trail closures.")]


def test_a_numbered_resolution_with_an_action_line_stays_in_its_item():
    # UK notes: "ACTION:" under a numbered decision inside an item is not a US action record
    t = txt("""Minutes of the Wexcombe Allotments Committee held on 5 May 2025

1. Apologies
None.

2. Water Troughs
RESOLVED:
1. That two troughs be replaced.
ACTION: Clerk
2. That quotes for a third be obtained.
ACTION: Clerk
3. That the Committee be updated in June.
ACTION: Chair
""")
    assert [ti for _, _, ti in _items(t)] == ["Apologies", "Water Troughs"]


# ---- regression: items split wrongly in minutes from other councils (round 8) -----------------------------

def _parts(t: Text) -> list[tuple]:
    """(number or minute, title, the item's own lines) for each agenda item."""
    return [(a.number or a.minute, a.title, [ln.text.strip() for ln in a.lines[1:]])
            for a in segment(t).meetings[0].agenda if a.title]


def test_a_numbered_minutes_item_is_an_item():
    # regression: "12. MINUTES" was not a heading, so the minutes' confirmation ran into the item above
    t = txt("Minutes of a meeting of the Wexcombe Leisure Committee held on 5 May 2025\n\nPresent: Cllr Quill\n\n"
            "11. APOLOGIES\n\nNone.\n\n12. MINUTES\n\nRESOLVED - That the minutes of 1 April 2025 be confirmed.\n\n"
            "13. POOL OPENING HOURS\n\nRESOLVED - That the pool open at 6.30 am from June.\n")
    assert [(n, ti) for n, ti, _ in _parts(t)] == [("11", "APOLOGIES"), ("12", "MINUTES"), ("13", "POOL OPENING HOURS")]


def test_a_heading_run_into_its_first_sentence_is_split_from_it():
    # regression: "14. ALLOTMENT RENTS 2026 The Clerk reported ..." on one line was not an item at all;
    # neither was a title-case heading run into "The ... presented"
    t = txt("Minutes of the Wexcombe Leisure Committee held on 5 May 2025\n\n13. APOLOGIES\n\nNone.\n\n"
            "14. ALLOTMENT RENTS 2026 – HALF PLOTS The Clerk reported that eleven half plots were vacant.\n\n"
            "RESOLVED - That half plot rents be held at £20.\n\n"
            "15. Play Area Inspection Report 2025 Quarter 2 The Parks Officer presented the report. Two swings were "
            "out of use.\n\nRESOLVED - That the report be noted.\n\n"
            "WX/16 BOWLING GREEN LEASE RENEWAL The Estates Manager explained the terms offered by the club.\n")
    got = _parts(t)
    assert [(n, ti) for n, ti, _ in got] == [
        ("13", "APOLOGIES"), ("14", "ALLOTMENT RENTS 2026 – HALF PLOTS"),
        ("15", "Play Area Inspection Report 2025 Quarter 2"), ("WX/16", "BOWLING GREEN LEASE RENEWAL")]
    assert got[1][2] == ["RESOLVED - That half plot rents be held at £20."]


def test_minutes_numbered_within_their_year_are_split_at_each_minute():
    # regression: a parish's "25/101 Apologies" and an Irish council's "14/25 MATTERS ARISING" were not items
    parish = txt("WEXCOMBE MAGNA PARISH COUNCIL\n\nMinutes of the Parish Council meeting held on 2nd June 2025\n\n"
                 "Present: Cllr Ada Quill (Chairman)\n\n25/101 Apologies for absence\nNone.\n\n"
                 "25/102 Village hall roof\nResolved: to accept the quotation of £2,100.\n\n"
                 "25/103 Date of next meeting\n7th July 2025.\n")
    assert [(n, ti) for n, ti, _ in _parts(parish)] == [
        ("25/101", "Apologies for absence"), ("25/102", "Village hall roof"), ("25/103", "Date of next meeting")]
    county = txt("WEXCOMBE COUNTY COUNCIL\n\nMINUTES OF MONTHLY MEETING HELD ON MONDAY 9th JUNE 2025\n\n"
                 "PRESENT: Cllr. A. Quill presiding.\n\n14/25 CONFIRMATION OF MINUTES\nThe minutes were confirmed.\n\n"
                 "15/25 MATTERS ARISING\nNone.\n\n16/25 ROADS PROGRAMME\nThe programme was approved.\n")
    assert [n for n, _, _ in _parts(county)] == ["14/25", "15/25", "16/25"]


def test_a_single_fraction_at_a_line_start_is_not_a_minute():
    t = txt("Minutes of the Wexcombe Leisure Committee held on 5 May 2025\n\n1. Budget\n\n"
            "The outturn was reported.\n24/25 Outturn exceeded the forecast by a small margin.\n\n2. Close\n\nThe meeting closed.\n")
    assert [(n, ti) for n, ti, _ in _parts(t)] == [("1", "Budget"), ("2", "Close")]


def test_minute_references_with_a_dot_are_items():
    # regression: a full council's "C.21 Minutes", "C.22 Mayor's Announcements" were not split at all
    t = txt("Wexcombe Borough Council\n\nMinutes of the Meeting of the Council held on 3 July 2025\n\n"
            "Present: The Mayor\n\nC.21 Minutes\n\nRESOLVED that the minutes be confirmed.\n\n"
            "C.22 Mayor's Announcements\n\nThe Mayor reported on her engagements.\n")
    assert [(n, ti) for n, ti, _ in _parts(t)] == [("C.21", "Minutes"), ("C.22", "Mayor's Announcements")]


def test_lettered_sub_items_under_a_numbered_heading_keep_it_an_item():
    # regression: "6. CONSENT AGENDA" followed by "a. Approval of ..." ran into the item above
    t = txt("City of Wexcombe Springs\nREGULAR MEETING MINUTES\nTuesday, May 6, 2025\n\n1. CALL TO ORDER\n"
            "The Mayor called the meeting to order at 6:00 p.m.\n\n2. CONSENT AGENDA\na. Approval of the April 1 minutes\n"
            "b. Acceptance of the March financial report\nMotion carried 5-0.\n\n3. NEW BUSINESS\n"
            "a. Harbor Street lighting\nMotion carried 4-1.\n")
    assert [(n, ti) for n, ti, _ in _parts(t)] == [("1", "CALL TO ORDER"), ("2", "CONSENT AGENDA"), ("3", "NEW BUSINESS")]


def test_rows_of_an_action_table_are_not_items():
    # regression: "22 | Letter to ... | Chair | 31 October" in the minutes' closing action table became item 22 again
    rows = [("Minute", "Action", "Who", "When"), ("21", "Write to the bus operator", "Chair", "June 2025"),
            ("22", "Add play areas to the work programme", "Scrutiny Officer", "July 2025")]
    lines = [Line(text=x, para=k + 1) for k, x in enumerate([
        "Minutes of the Wexcombe Transport Panel held on 5 May 2025", "21. Bus services",
        "The Panel asked the Chair to write to the operator.", "22. Work programme", "RESOLVED: That it be agreed.",
        "23. Any other business", "None.", "Actions arising"])]
    lines += [Line(text=" | ".join(r), para=10 + k, cells=r) for k, r in enumerate(rows)]
    got = _parts(Text(lines=lines, format="html"))
    assert [(n, ti) for n, ti, _ in got] == [("21", "Bus services"), ("22", "Work programme"),
                                             ("23", "Any other business")]
    assert got[2][2][-1].startswith("22 | Add play areas")


def test_page_marks_in_a_text_copy_are_not_item_text():
    # regression: "Page 2" and "Leisure Committee - 05.05.25   Page 2 of 3" stayed inside the item they interrupted
    t = txt("Minutes of the Wexcombe Leisure Committee held on 5 May 2025\n\n1. Pool charges\n\n"
            "The Manager said the charges would be reviewed\nPage 2\nafter the summer.\n\n"
            "Wexcombe Borough Council - Leisure Committee - 05.05.25          Page 2 of 3\n\n"
            "RESOLVED - That the report be noted.\n")
    assert _parts(t)[0][2] == ["The Manager said the charges would be reviewed", "after the summer.",
                               "RESOLVED - That the report be noted."]


def test_minutes_with_an_item_on_an_annual_report_are_minutes():
    # regression: minutes whose third item discussed "the annual report" were typed an annual report
    t = txt("WEXCOMBE BOROUGH COUNCIL\nAUDIT COMMITTEE\n3 June 2025\n\nPresent: Cllr Quill (Chair)\n\n1 APOLOGIES\n"
            "None.\n\n2 INTERNAL AUDIT ANNUAL REPORT 2024/25\nThe Head of Audit presented the annual report.\n\n"
            "RESOLVED: that the annual report be noted.\n")
    assert segment(t).kind == "minutes"


def test_rows_of_an_action_table_copied_as_text_are_not_year_numbered_minutes():
    t = txt("Minutes of the Wexcombe Health Board held on 5 May 2025\n\nWHB/25/11 Finance report\n\n"
            "The report was noted.\n\nACTION LOG\n\n25/031  WHB/25/09  Publish the dashboard  RT  30/06/2025  Open\n"
            "25/032  WHB/25/11  Circulate the savings plan  SM  31/07/2025  Open\n")
    assert [(n, ti) for n, ti, _ in _parts(t)] == [("WHB/25/11", "Finance report")]


def test_an_issue_history_page_dates_each_decision_by_the_meeting_that_took_it():
    s = segment(txt("""Issue - meetings

Library Opening Hours Review

Meeting: 14/11/2025 - Cabinet (Item 9)

9 Library Opening Hours Review PDF 210 KB

Decision:

RESOLVED: That the revised opening hours be approved from 1 January 2026.

Meeting: 12/09/2025 - Cabinet (Item 4)

4 Library Opening Hours Review

Minutes:

RESOLVED: That consideration of the review be deferred to the meeting of Cabinet on 14 November 2025.
"""))
    assert s.kind == "issue-history"
    assert [(m.committee, m.date, m.agenda[0].number) for m in s.meetings] == [
        ("Cabinet", dt.date(2025, 11, 14), "9"), ("Cabinet", dt.date(2025, 9, 12), "4")]
    assert "deferred" in "\n".join(ln.text for ln in s.meetings[1].agenda[0].lines)
    assert "deferred" not in "\n".join(ln.text for ln in s.meetings[0].agenda[0].lines)
    assert (s.meta["committee"], s.meta["date"], s.meta["item"]) == ("Cabinet", "2025-11-14", "9")


def test_an_issue_history_page_with_one_meeting_is_one_meeting():
    s = segment(txt("""Issue - meetings

Library Opening Hours Review

Meeting: 14/11/2025 - Cabinet (Item 9)

Decision:

RESOLVED: That the revised opening hours be approved.
"""))
    assert len(s.meetings) == 1 and s.meetings[0].date == dt.date(2025, 11, 14)


def test_a_running_header_and_rule_around_a_page_mark_in_a_text_copy_are_furniture():
    # regression: "Audit Committee / 27 January 2026 / Page 3 / -----" stayed at the start of the next paragraph
    t = txt("WEXCOMBE BOROUGH COUNCIL\n\nAUDIT COMMITTEE\n\nMinutes of the meeting held on 27 January 2026\n\n"
            "1. Minutes\n\nThe minutes were approved.\n\n2. External audit\n\nThe auditor presented the report.\n\n"
            "                                        Audit Committee\n                                        27 January 2026\n"
            "Page 3\n" + "-" * 60 + "\nThe Chief Finance Officer said that the plan would be presented in February.\n")
    assert _parts(t)[1][2] == ["The auditor presented the report.",
                               "The Chief Finance Officer said that the plan would be presented in February."]


@pytest.mark.parametrize("numbers", [(1, 2, 3), (41, 42, 43)])
def test_numbered_items_whose_text_starts_on_the_next_line_are_items(numbers):
    # regression: "42. Internal audit" + "The Head of Audit reported ..." in one paragraph was not an item
    a, b, c = numbers
    t = txt(f"WEXCOMBE AUDIT COMMITTEE\nMinutes of the meeting held on 27 January 2026\n\n{a}. Minutes\n"
            f"The minutes were approved.\n\n{b}. Internal audit\nThe Head of Audit said the plan was on track.\n\n"
            f"{c}. Any other business\nThere was none.\n")
    assert [(n, ti) for n, ti, _ in _parts(t)] == [(str(a), "Minutes"), (str(b), "Internal audit"),
                                                   (str(c), "Any other business")]


def test_a_short_sentence_case_heading_in_a_pdf_is_its_own_block():
    # regression: "Looking ahead: our priorities for 2026/27" (bold, not title case) ran into the paragraph under it
    lines = [Line(text="The Authority met eight times.", page=1, line=1),
             Line(text="Looking ahead: our priorities for 2026/27", page=1, line=2, heading=2),
             Line(text="The Authority agreed the following priorities:", page=1, line=3)]
    assert [b.text for b in blocks(lines)] == ["The Authority met eight times.", "Looking ahead: our priorities for 2026/27",
                                               "The Authority agreed the following priorities:"]
