"""Meeting metadata across the genre: the headers councils print, in forms the real corpus lacks.

Every case is a fictional council written for this file. What a clerk checks: the committee and the
meeting date the document states (as printed), and null where the document does not say; never the date
of a previous meeting, the agenda's publication date or the next meeting's date.
"""
import pytest

from ingest.lines import Line, Text
from ingest.read_text import text_to_lines
from ingest.segment import segment


def txt(s: str) -> Text:
    return Text(lines=text_to_lines(s), format="text")


def pdf(s: str) -> Text:
    """Hard-wrapped PDF lines; a form feed starts a new page."""
    lines = []
    for p, page in enumerate(s.strip("\n").split("\f"), 1):
        for n, t in enumerate(page.strip("\n").split("\n"), 1):
            if t.strip():
                lines.append(Line(text=t.strip(), page=p, line=n))
    return Text(lines=lines, format="pdf", pages=s.count("\f") + 1)


CASES = [
    # ---- parish and town councils -------------------------------------------------------------------
    ("parish-one-line-ordinal", pdf("""
Minutes of the meeting of Little Marden Parish Council held at the Village Hall on Tuesday 3rd March 2020 at 7.30pm
Present: Cllr J Hale (Chairman), Cllr P Stoke, Cllr R Amos
1. Apologies for absence
Apologies were received from Cllr Wren.
2. Minutes of the meeting held on 4th February 2020
RESOLVED: that the minutes be signed as a correct record.
"""), "Little Marden Parish Council", "2020-03-03"),
    ("parish-date-split-across-lines", pdf("""
LITTLE MARDEN PARISH COUNCIL
Minutes of the Parish Council meeting held in the Reading Room on Monday 14th
September 2020 at 7pm
Present: Cllrs Hale, Stoke and Amos; the Clerk
20/45 Apologies
None.
"""), "Parish Council", "2020-09-14"),   # as printed: the council's own name is the document's body
    ("town-council-full-council", txt("""ASHGROVE TOWN COUNCIL

Minutes of the Full Council Meeting held on Monday 12th April 2021 at 7pm via Zoom

Present: Cllr M Osei (Town Mayor), Cllr D Pike, Cllr L Frost

FC21/01 Apologies
Cllr Grant sent apologies.
"""), "Full Council", "2021-04-12"),
    ("parish-body-line-then-minutes-of-meeting-held", pdf("""
Brackenford Parish Council
Minutes of the meeting held on Wednesday 6th January 2021 at 7.00 pm
in the Church Rooms
1. To receive apologies
None.
"""), "Brackenford Parish Council", "2021-01-06"),
    ("parish-dotted-date", pdf("""
Minutes of Brackenford Parish Council
held on Tuesday 08.10.2019 at 7.30pm, Brackenford Village Hall
Present: Cllr Moss (Chair), Cllr Patel
"""), "Brackenford Parish Council", "2019-10-08"),
    ("village-hall-committee-minutes-of-x", pdf("""
BRACKENFORD VILLAGE HALL
Minutes of Village Hall Management Committee
held on Tuesday 8th October 2019 at 7.30pm, Brackenford Village Hall
Present: A Moss (Treasurer), B Patel (Secretary)
1. Apologies for absence: none.
2. Minutes of the last meeting on 16.7.19 were accepted.
"""), "Village Hall Management Committee", "2019-10-08"),
    # ---- principal councils, England -------------------------------------------------------------------
    ("cabinet-caps-minutes-of-the-x-meeting", pdf("""
BOROUGH OF WEXCOMBE
MINUTES of the CABINET meeting held on Wednesday, 14 October 2020 at 6.00 pm
in the Council Chamber, Wexcombe Guildhall
PRESENT: Councillor Fenwick (Leader), Councillors Abbott, Ng and Rhodes
45. MINUTES
The minutes of the meeting held on 16 September 2020 were agreed.
"""), "Cabinet", "2020-10-14"),
    ("public-document-pack-heading", pdf("""
Public Document Pack
Licensing Sub-Committee
Minutes of a meeting held on 2 August 2021 at 2.00 pm at the Civic Centre, Wexcombe
Present: Councillors Ibe (Chair), Lowe and Marsh
1 Election of Chair
"""), "Licensing Sub-Committee", "2021-08-02"),
    ("date-time-venue-block", txt("""Borough of Wexcombe

Audit and Governance Committee

Date: Thursday, 23 September 2021
Time: 7.00 pm
Venue: Committee Room 1, Wexcombe Guildhall

Minutes

Present: Councillors Ward (Chair), Quinn and Yusuf

12. Minutes of the previous meeting

The minutes of the meeting held on 22 July 2021 were approved.
"""), "Audit and Governance Committee", "2021-09-23"),
    ("meeting-and-date-fields", txt("""Meeting: Wexcombe Standards Committee
Date: 9 March 2022
Venue: Guildhall

Minutes

1. Declarations of interest

None were declared.
"""), "Wexcombe Standards Committee", "2022-03-09"),
    ("publication-date-before-meeting-date", txt("""Wexcombe Overview and Scrutiny Management Board

Agenda published: 2 March 2022

Date of meeting: Thursday 10 March 2022

Minutes

1. Apologies

None.
"""), "Wexcombe Overview and Scrutiny Management Board", "2022-03-10"),
    ("body-dash-minutes-then-date", pdf("""
Place Scrutiny Committee – Minutes
12 January 2022
Present: Councillors Okafor (Chair), Lee, Grant
"""), "Place Scrutiny Committee", "2022-01-12"),
    ("body-nodash-space-date", pdf("""
CORPORATE PARENTING PANEL– 29 October 2024
MINUTES of the meeting held in the Kennet Room, Wexcombe Guildhall.
PRESENT: Cllr Lowe (Chair), Cllr Ibe
1. Minutes of the meeting held on 30 July 2024
RESOLVED that the minutes were a correct record.
"""), "Corporate Parenting Panel", "2024-10-29"),
    ("no-date-in-header-only-previous-and-next", txt("""Wexcombe Leisure Committee

Minutes

Present: Councillors Dale (Chair), Ross and Tan

1. Minutes of the previous meeting

The minutes of the meeting held on 4 June 2024 were approved as a correct record.

2. Date of next meeting

The next meeting will be held on 3 September 2024.
"""), "Wexcombe Leisure Committee", None),
    # ---- Scotland and Wales ------------------------------------------------------------------------------
    ("scottish-minute-of-meeting", pdf("""
THE GLENMORRA COUNCIL
Minute of Meeting of the Education Committee held in the Council Chamber, Glenmorra
House, Inverlochy on Thursday, 21 November 2019 at 10.30 am.
Present:
Mr A MacLeod, Mrs B Fraser, Dr C Munro
1. Apologies for Absence
"""), "Education Committee", "2019-11-21"),
    ("scottish-minute-singular-with-date-block", txt("""GLENMORRA COUNCIL

MINUTE of the meeting of the Communities and Place Committee

Date: Wednesday 5 February 2020

Sederunt: Councillor Grant (Convener); Councillors Bain, Cowie, Dunn

1. Declarations of Interest

None.
"""), "Communities and Place Committee", "2020-02-05"),
    ("welsh-bilingual-caps", pdf("""
CYNGOR SIR LLANFENNI
LLANFENNI COUNTY COUNCIL
MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD AT COUNTY HALL, LLANFENNI
ON MONDAY, 5 JULY 2021 AT 10.00 AM
PRESENT: Councillor E. Pryce (Chair)
"""), "Planning Committee", "2021-07-05"),
    # ---- police, fire, NHS ---------------------------------------------------------------------------------
    ("police-and-crime-panel", pdf("""
WEXSHIRE POLICE AND CRIME PANEL
Minutes of a meeting of the Wexshire Police and Crime Panel held at County Hall, Wexford
Road, on Friday, 5th February 2021
Present: Councillor Hart (Chairman)
"""), "Wexshire Police and Crime Panel", "2021-02-05"),
    ("nhs-board-meeting-held-in-public", txt("""NHS Wexcombe Integrated Care Board

Minutes of the Board Meeting held in Public

Date: Thursday 6 May 2021
Time: 10:00
Venue: Microsoft Teams

Present: Dr R Lamb (Chair), Ms T Ochoa (Chief Executive)

ICB 21/30 Welcome and apologies
"""), "NHS Wexcombe Integrated Care Board", "2021-05-06"),
    ("fire-authority-full-authority", txt("""Meeting Details

Wexshire Fire and Rescue Authority

Thursday, 17 June 2021 10:30

Documents

1 Election of Chair
"""), "Wexshire Fire and Rescue Authority", "2021-06-17"),
    # ---- United States --------------------------------------------------------------------------------------
    ("us-regular-meeting-of-the-city-council-comma-date", pdf("""
Regular Meeting of the City Council, January 9, 2023
City of Harlow Springs
Mayor Dunn called the meeting to order at 6:00 p.m.
ROLL CALL: Present: Councilmembers Avila, Brook, Chen
"""), "City Council", "2023-01-09"),
    ("us-minutes-of-the-regular-city-council-meeting", pdf("""
MINUTES OF THE REGULAR CITY COUNCIL MEETING
TUESDAY- -FEBRUARY 7, 2023- -7:00 P.M.
Mayor Dunn convened the meeting at 7:02 p.m.
"""), "City Council", "2023-02-07"),
    ("us-board-of-supervisors", pdf("""
COUNTY OF MESA VERDE
MINUTES OF THE BOARD OF SUPERVISORS
Tuesday, March 7, 2023
9:00 a.m.
The Board of Supervisors met in regular session.
"""), "Board of Supervisors", "2023-03-07"),
    ("us-board-of-education-special-meeting", pdf("""
HARLOW SPRINGS UNIFIED SCHOOL DISTRICT
BOARD OF EDUCATION
SPECIAL MEETING MINUTES
April 18, 2023
"""), "Board of Education", "2023-04-18"),
    ("us-two-line-body-then-generic-minutes", pdf("""
Harlow Springs Special Service Area #4
Commission Meeting Minutes
Minutes from Monday, January 30, 2023 – 9:00am at the Library
• Meeting called to order at 9:05am
• Minutes from 12/14/22 meeting approved
"""), "Harlow Springs Special Service Area #4 Commission", "2023-01-30"),
    ("us-called-to-order-sentence", pdf("""
The Regular Meeting of the Harlow Springs City Council was called to order by Mayor Dunn at
7:00 p.m. on January 9, 2023, in the Council Chambers.
Present: Councilmembers Avila, Brook, Chen
"""), "Harlow Springs City Council", "2023-01-09"),
    ("us-day-of-month-formal", pdf("""
MINUTES OF THE TOWN BOARD OF THE TOWN OF CEDAR HOLLOW
held on the 9th day of January, 2023, at Town Hall
PRESENT: Supervisor Keane; Councilmen Ruiz and Ortega
"""), "Town Board", "2023-01-09"),
    ("us-work-session", pdf("""
MINUTES
CITY COUNCIL WORK SESSION
Monday, February 6, 2023 – 5:30 PM
Council Chambers, Harlow Springs City Hall
"""), "City Council", "2023-02-06"),
    ("us-planning-and-zoning-commission", pdf("""
CITY OF HARLOW SPRINGS
PLANNING AND ZONING COMMISSION
REGULAR MEETING MINUTES
Thursday, June 1, 2023 at 6:30 PM
"""), "Planning and Zoning Commission", "2023-06-01"),
    ("us-stacked-header-regular-meeting", pdf("""
MINUTES
REGULAR MEETING
HARLOW SPRINGS CITY COUNCIL
JANUARY 9, 2023
CALL TO ORDER
Mayor Dunn called the meeting to order at 6:00 p.m.
"""), "Harlow Springs City Council", "2023-01-09"),
    ("us-board-of-directors-of-a-district", pdf("""
Minutes of the Regular Meeting of the Board of Directors of the Harlow Springs Water District
held on Wednesday, March 15, 2023 at 5:00 p.m.
Directors present: Avila, Brook
"""), "Board of Directors", "2023-03-15"),
    ("us-regular-meeting-was-held-sentence", pdf("""
The regular meeting of the Harlow Springs Planning Commission was held on Monday, May 8, 2023 in the
Council Chambers.
COMMISSIONERS PRESENT: Avila, Brook, Chen
"""), "Harlow Springs Planning Commission", "2023-05-08"),
    # ---- older and rarer UK forms ---------------------------------------------------------------------------
    ("at-a-meeting-of", pdf("""
At a meeting of the Wexcombe Licensing Committee held at the Guildhall on Monday 5 July 2021 at 10.00 am
PRESENT: Councillor Ibe (Chair)
"""), "Wexcombe Licensing Committee", "2021-07-05"),
    ("committee-of-the-council-held", pdf("""
MINUTES of a meeting of the Overview and Scrutiny Committee of Wexcombe Borough Council held at the
Guildhall on Tuesday 16 November 2021
"""), "Overview and Scrutiny Committee", "2021-11-16"),
    ("record-of-decisions", pdf("""
Record of Decisions of the Cabinet meeting held on Wednesday 8 December 2021
Decisions are subject to call-in until 15 December 2021.
"""), "Cabinet", "2021-12-08"),
    ("caps-council-name-then-committee-then-date", pdf("""
WEXCOMBE BOROUGH COUNCIL
AUDIT COMMITTEE
3 MARCH 2021
MINUTES
Present: Councillors Ward (Chair), Quinn
"""), "Audit Committee", "2021-03-03"),
    ("nhs-trust-board-held-in-public", pdf("""
Wexcombe Hospitals NHS Foundation Trust
Minutes of the Trust Board Meeting held in Public
on Thursday 2 December 2021 at 09:30, Boardroom, Wexcombe General Hospital
Present: Mr K Rao (Chair)
"""), "Wexcombe Hospitals NHS Foundation Trust Board", "2021-12-02"),
    ("partnership-board-notes-of-meeting", txt("""Wexcombe Community Safety Partnership

Partnership Board - Notes of Meeting

Wednesday 12 March 2025, 10.00am, Guildhall

Present: Insp A Rowe (Chair); B Lyle, Community Safety Manager
"""), "Wexcombe Community Safety Partnership Board", "2025-03-12"),
    ("nhs-public-board-meeting", pdf("""
NHS Wexcombe Integrated Care Board
Minutes of the Public Board Meeting held on 6 May 2021
Present: Dr R Lamb (Chair)
"""), "NHS Wexcombe Integrated Care Board", "2021-05-06"),
    ("site-navigation-above-a-moderngov-meeting-page", txt("\n\n".join(
        ["Skip to content", "Home", "Your council", "Councillors", "Meetings", "Committees", "Calendar",
         "Decisions", "Forward plans", "Outside bodies", "Elections", "Search", "Subscribe", "Help", "Contact us",
         "Privacy", "Accessibility", "Agenda and minutes",
         "Wexcombe Cabinet - Tuesday, 9 January 2024 6.30 pm", "Venue: Guildhall", "Items", "1. Apologies"])),
     "Wexcombe Cabinet", "2024-01-09"),
    ("moderngov-printed-minutes-agenda-item-stamp", pdf("""
Public Document Pack
Agenda Item 3
CABINET
Minutes of the meeting held on Tuesday, 14 January 2020 at 6.30 pm
PRESENT: Councillors Fenwick (Chair), Abbott and Ng
"""), "Cabinet", "2020-01-14"),
    ("us-call-to-order-sentence-carries-the-date", pdf("""
HARLOW SPRINGS PLANNING COMMISSION
MINUTES
CALL TO ORDER
The meeting was called to order at 7:00 p.m. on Monday, January 9, 2023 by Chair Avila.
ROLL CALL
"""), "Harlow Springs Planning Commission", "2023-01-09"),
    ("a-report-heading-with-a-date-is-no-committee", txt("""Budget monitoring - 3 March 2024

Report of the Director of Finance

The forecast outturn is an overspend of £1.2m."""), None, "2024-03-03"),
    ("us-action-minutes-under-the-board-name", txt("""MESA VERDE COUNTY BOARD OF SUPERVISORS

ACTION MINUTES

Special Meeting - Tuesday, April 4, 2023 - 1:30 P.M.

Supervisors present: Keane, Ruiz, Ortega
"""), "Mesa Verde County Board of Supervisors", "2023-04-04"),
    ("minutes-of-the-meeting-of-the-council-is-council", pdf("""
WEXCOMBE BOROUGH COUNCIL
MINUTES OF THE MEETING OF THE COUNCIL
held on Wednesday, 16 October 2024 at 7.00 pm in the Council Chamber
PRESENT: The Mayor (Councillor Ibe) in the Chair
"""), "Council", "2024-10-16"),
    # ---- ModernGov pages -------------------------------------------------------------------------------------
    ("moderngov-issue-history", txt("""Issue - meetings

Verge cutting contract

Meeting: 04/03/2021 - Wexcombe Environment Panel (Item 23)

23 Verge cutting contract PDF 120 KB

RESOLVED: That the contract be extended.
"""), "Wexcombe Environment Panel", "2021-03-04"),
    ("moderngov-agenda-for", txt("""Agenda for Wexcombe Schools Forum on Wednesday, 6th October, 2021, 4.00 pm

Agenda and minutes

Venue: Wexcombe Guildhall

1. Apologies
"""), "Wexcombe Schools Forum", "2021-10-06"),
]


@pytest.mark.parametrize("name,text,committee,date", CASES, ids=[c[0] for c in CASES])
def test_committee_and_date_as_printed(name, text, committee, date):
    meta = segment(text).meta
    assert (meta["committee"], meta["date"]) == (committee, date)


# ---- the body is read from what the text makes it do, never from a passing mention -----------------------

def test_decision_page_that_the_executive_note_names_the_executive():
    s = segment(txt("""That the Executive note the recommendations of the Wexcombe Housing Scrutiny Committee held on
3 May 2022.

Other options considered and rejected by the Executive:

None."""))
    assert s.meta["committee"] == "Executive"
    assert s.meta["date"] is None  # the date is the scrutiny meeting's, not this decision's


def test_a_recommendation_to_council_does_not_make_council_the_committee():
    s = segment(txt("""Agenda item

Budget 2022/23

Minutes:

RESOLVED to recommend to Council that the Council approve the budget for 2022/23."""))
    assert s.meta["committee"] is None


def test_the_forums_own_recommendations_name_the_one_forum():
    s = segment(txt("""Agenda and minutes

1. Matters arising

The Business Manager reported that Cabinet would decide on the Forum's recommendations on 7 March, and
thanked the Wexcombe Schools Forum for its work.

Resolved - That progress be noted."""))
    assert s.meta["committee"] == "Wexcombe Schools Forum"


def test_a_body_reported_to_and_deciding_by_the_committee_is_the_one_committee_named():
    s = segment(txt("""12 Treasury management update PDF 200 KB

The Treasurer gave the Committee an update. The terms of reference require the Wexcombe Audit Committee
to approve the strategy each year.

RESOLVED - that the strategy be approved by the Committee."""))
    assert s.meta["committee"] == "Wexcombe Audit Committee"


def test_a_sub_committee_named_as_its_is_not_the_body():
    s = segment(txt("""Agenda item

Outstanding actions

The Committee noted the outstanding actions. Progress would be reported at the June Board meeting.

A Member noted that the list covered both the Wexcombe Museums Board and its Finance Committee."""))
    assert s.meta["committee"] == "Wexcombe Museums Board"


def test_a_committee_named_only_inside_a_quoted_resolution_is_not_evidence():
    s = segment(txt("""Agenda item

Minutes of Previous Meeting

The minutes of the meeting of the Committee held on 4 May 2022 were approved, subject to the amendment of
item 6 as follows:- “RESOLVED: That the Committee notes the report of the Wexcombe Tenancy Committee.”"""))
    assert s.meta["committee"] is None
    assert s.meta["date"] is None


def test_lower_case_body_is_written_as_a_name():
    s = segment(txt("""Minutes:

RESOLVED:

1. That in respect of call-in, overview and scrutiny committee recommends that any three members can
request a call-in."""))
    assert s.meta["committee"] == "Overview and Scrutiny Committee"


# ---- titles --------------------------------------------------------------------------------------------

def test_a_decision_list_or_a_sentence_is_not_a_title():
    for body in ["(1) That the annual report be noted;\n\n(2) That the charter be approved.",
                 "To consider a report on complaints received in the quarter.\n\nRESOLVED that the report be noted.",
                 "Members were advised that two audits were finalised.\n\nResolved: That the report be noted.",
                 "Decision Maker: Wexcombe Audit Committee\n\nIs Key decision?: No\n\n(1) That the report be noted."]:
        assert segment(txt(body)).meta["title"] is None, body


def test_the_page_heading_of_a_minutes_page_is_its_title_not_the_site_navigation():
    s = segment(txt("""Local democracy

Agenda, decisions and draft minutes

Venue: Wexcombe Guildhall

754. Disclosures of interest

None."""))
    assert s.meta["title"] == "Agenda, decisions and draft minutes"


def test_meeting_details_title_is_the_body_and_its_date():
    s = segment(txt("""About Us

Meeting Details

Wexshire Fire and Rescue Authority

17 June 2021 - 10:30 to 12:00

Documents"""))
    assert s.meta["title"] == "Wexshire Fire and Rescue Authority 17 June 2021 - 10:30 to 12:00"
    assert s.meta["date"] == "2021-06-17"


def test_an_annual_report_title_stops_at_its_period():
    s = segment(txt("""Wexcombe Leisure Service

Annual Report

2023 – 2024

Overview report

The service ran four leisure centres. Priorities for 2024/25 are set out below."""))
    assert s.meta["title"] == "Wexcombe Leisure Service Annual Report 2023 – 2024"


# ---- regressions: one per bug found on real documents (rewritten for the fictional council) -----------------

def test_decision_to_be_taken_by_on_the_next_lines_without_the_persons_name():
    s = segment(pdf("""
BOROUGH OF WEXCOMBE – RECORD OF DECISION
DECISION TO BE TAKEN BY:
Mrs Ada Quinn, Cabinet Member for Leisure and
Culture
DECISION NUMBER:
25/00017
Subject Matter / Title of Decision
Swimming pool opening hours
Decision:
As Cabinet Member for Leisure and Culture I agree to extend the opening hours.
"""))
    assert s.meta["committee"] == "Cabinet Member for Leisure and Culture"
    assert s.meta["item"] == "25/00017"
    assert s.meta["title"] == "Swimming pool opening hours"


def test_a_proposed_decision_names_the_body_on_the_line_below_its_label():
    s = segment(pdf("""
BOROUGH OF WEXCOMBE – PROPOSED RECORD OF DECISION
DECISION TO BE TAKEN BY:
Cabinet
DECISION NUMBER:
25/00021
"""))
    assert s.meta["committee"] == "Cabinet"
    assert s.meta["date"] is None


def test_an_appeal_decision_is_dated_by_its_decision_date_not_the_refusal_it_quotes():
    s = segment(pdf("""
Appeal Decision
Site visit made on 3 December 2024
Decision date: 14 January 2025
Appeal Ref: APP/X0000/W/24/0000001
• The application, dated 2 May 2024, was refused by notice dated 20 June 2024.
"""))
    assert s.meta["date"] == "2025-01-14"
    assert s.meta["committee"] is None


def test_a_report_to_full_council_from_the_chief_executive():
    s = segment(pdf("""
From: Ada Quinn, Leader of the Council
Tom Ryder, Chief Executive
To: Full Council
Date: 20 March 2025
Subject: Annual report of the Wexcombe Veterans' Partnership
Classification: Unrestricted
"""))
    assert (s.meta["committee"], s.meta["date"]) == ("Full Council", "2025-03-20")
    assert s.meta["title"] == "Annual report of the Wexcombe Veterans' Partnership"


def test_dates_in_a_list_of_decisions_are_not_a_meeting_date():
    lines = [Line("Decisions published", para=1, line=1),
             Line("Title | Date", para=2, line=2, cells=("Title", "Date")),
             Line("Admission of the public | 03/11/2025", para=3, line=3, cells=("Admission of the public", "03/11/2025"))]
    s = segment(Text(lines=lines, format="html"))
    assert s.meta["date"] is None


def test_a_blog_posts_front_matter_date_is_not_the_meeting_date():
    s = segment(txt("""---
title: "Little Marden Parish Council Minutes May 2021"
date: "2021-06-02"
---
Minutes of Little Marden Parish Council Meeting held in the Reading Room

At 7.30pm on Tuesday 11 May 2021

1. Apologies: none."""))
    assert (s.meta["committee"], s.meta["date"]) == ("Little Marden Parish Council", "2021-05-11")
    assert s.meta["title"] == "Little Marden Parish Council Minutes May 2021"


def test_a_moderngov_item_heading_gives_the_item_number_and_title():
    s = segment(txt("""23 Verge cutting contract PDF 120 KB

To receive the report.

Minutes:

RESOLVED - that the contract be extended."""))
    assert (s.meta["item"], s.meta["title"]) == ("23", "Verge cutting contract")


def test_a_page_about_earlier_minutes_or_a_dated_report_has_no_meeting_date():
    for page in ["Agenda item\n\nMinutes of the meeting held on 14 January 2020\n\nMinutes:\n\n"
                 "RESOLVED that the minutes be approved as a correct record.",
                 "Agenda item\n\nLibrary opening hours\n\nReport of the Director of Place, 3 March 2020.\n\n"
                 "Minutes:\n\nRESOLVED that the report be noted."]:
        assert segment(txt(page)).meta["date"] is None, page


def test_an_annual_report_of_a_committee_names_that_committee():
    t = Text(lines=[Line("Borough of Wexcombe", para=1, line=1, heading=1),
                    Line("Annual Report of the Wexcombe Audit Committee 2024/25", para=2, line=2, heading=1),
                    Line("Foreword", para=3, line=3, heading=2),
                    Line("The Committee met five times. Priorities for 2025/26 are set out below.", para=4, line=4)],
             format="docx")
    s = segment(t)
    assert s.kind == "annual-report"
    assert s.meta["committee"] == "Wexcombe Audit Committee"


def test_an_item_page_about_another_bodys_minutes_names_neither_body_nor_date():
    s = segment(txt("Agenda item\n\nMinutes of the Cabinet held on 5 March 2024\n\nMinutes:\n\n"
                    "RESOLVED that the minutes of the Cabinet be received."))
    assert (s.meta["committee"], s.meta["date"]) == (None, None)
    assert s.meta["title"] == "Minutes of the Cabinet held on 5 March 2024"


def test_each_value_records_the_rule_that_read_it():
    from ingest.meta import read_meta

    t = pdf("""
BOROUGH OF WEXCOMBE
MINUTES of a meeting of the Cabinet held in the Guildhall on Thursday, 30 January 2025.
PRESENT: Cllr A Fenwick (Chair)
""")
    m = read_meta(t.lines, "minutes")
    assert (m.committee, m.date.isoformat(), m.body) == ("Cabinet", "2025-01-30", "Borough of Wexcombe")
    assert m.rules == {"committee": "header:minutes-of-a-meeting-of", "date": "header",
                       "title": "header:minutes-of-a-meeting-of"}
    assert m.title == "MINUTES of a meeting of the Cabinet held in the Guildhall on Thursday, 30 January 2025"


def test_a_body_named_only_in_the_pdfs_running_header():
    # the PDF reader drops "Hollin Brook Business Improvement District / Board Meeting Minutes" from every
    # page as furniture and hands the first page's copy over as the running header
    t = pdf("""
Minutes from Tuesday, March 4, 2025 - 8:30am at the Brookside Library
Directors Present: A. Lowe, B. Chen, C. Ortiz
Meeting called to order at 8:34am
""")
    t.meta["running_header"] = ["Hollin Brook Business Improvement District", "Board Meeting Minutes"]
    meta = segment(t).meta
    assert (meta["committee"], meta["date"]) == ("Hollin Brook Business Improvement District Board", "2025-03-04")


# ---- what kind of document it is: from what its heading says -------------------------------------------

def test_a_report_to_cabinet_quoting_a_record_of_decision_is_a_report():
    # regression: a call-in report that mentions the "Record of Decision" it is about was typed a decision
    t = pdf("""
By: Democratic Services Officer
To: Cabinet - 14 April 2025
Subject: Reconsideration of Decision 25/00012 - Wexcombe Lido opening hours
Summary: The Scrutiny Committee has referred this decision back to the Cabinet Member.
Introduction
1. The Record of Decision was published on 2 April 2025 and called in by two Members.
2. The Scrutiny Committee agreed to refer the decision back with comments.
Recommendation: Cabinet is asked to confirm, amend or rescind the decision.
""")
    assert segment(t).kind == "other"


def test_a_record_of_decision_is_still_a_decision():
    t = pdf("""
BOROUGH OF WEXCOMBE - RECORD OF DECISION
Decision to be taken by: Cabinet Member for Leisure
Decision no: 25/00012
Subject: Wexcombe Lido opening hours
Decision: As Cabinet Member for Leisure, I agree to extend the summer opening hours.
""")
    assert segment(t).kind == "decision"


@pytest.mark.parametrize("heading", [
    "Partnership Board - Notes of Meeting",
    "ACTION MINUTES",
    "Minutes from Monday, March 3, 2025 - 8:30am at the Brookside Library",
    "Minutes - Wexcombe Allotments Working Group Meeting",
])
def test_notes_and_action_minutes_are_minutes(heading):
    # regression: "Notes of Meeting" that set the coming year's priorities were typed an annual report;
    # minutes whose actions sit in a Who/When table were typed an action log
    t = Text(lines=[Line(text=x, para=k + 1, line=k + 1) for k, x in enumerate([
        "Wexcombe Community Safety Partnership", heading, "Thursday 6 March 2025, 2.00pm",
        "1. Strategic assessment",
        "Agreed: that the Partnership's priorities for 2025/26 will be road safety and shop theft."])]
        + [Line(text="Action | Who | When", para=6, line=6, cells=("Action", "Who", "When")),
           Line(text="Circulate the assessment | SP | March", para=7, line=7,
                cells=("Circulate the assessment", "SP", "March"))],
        format="docx")
    assert segment(t).kind == "minutes"


def test_an_agendas_minutes_item_does_not_make_it_minutes():
    t = txt("""Wexcombe Borough Council

NOTICE OF MEETING

Licensing Committee

AGENDA

1. Apologies for absence

2. Minutes (Pages 1 - 4)
   To confirm the minutes of the meeting held on 3 February 2025.""")
    assert segment(t).kind == "other"


# ---- regression: council names and headers councils print (round 7) ------------------------------------

def test_a_bilingual_heading_names_the_council_above_it():
    s = segment(txt("CYNGOR CYMUNED LLANFAIR WEXCOMBE\nLLANFAIR WEXCOMBE COMMUNITY COUNCIL\n\n"
                    "Cofnodion y cyfarfod misol / Minutes of the monthly meeting\n"
                    "held in the Church Hall on Tuesday 8 April 2025 at 7pm\n\n"
                    "Yn bresennol / Present: Cllr Non Evans (Chair), Cllr Ifan Roberts\n\n"
                    "25/26-01  Ymddiheuriadau / Apologies\nNone.\n"))
    assert (s.meta["committee"], s.meta["date"]) == ("Llanfair Wexcombe Community Council", "2025-04-08")
    assert s.meta["title"] == "Minutes of the monthly meeting"


def test_minutes_of_an_ordinary_council_meeting_name_the_council_not_the_heading():
    s = segment(txt("WEXCOMBE VALE SHIRE COUNCIL\nMINUTES - ORDINARY COUNCIL MEETING\n"
                    "Tuesday 22 April 2025, commencing 6.00pm\n\nPRESENT: Mayor Cr Ada Quill (Chair)\n\n"
                    "1.  APOLOGIES\nNil.\n"))
    assert (s.meta["committee"], s.meta["date"]) == ("Wexcombe Vale Shire Council", "2025-04-22")


def test_minutes_headed_by_a_committee_under_the_council_name_the_committee():
    s = segment(txt("WEXCOMBE BOROUGH COUNCIL\nMinutes - Leisure Committee\nTuesday 22 April 2025\n\n"
                    "Present: Cllr Ada Quill (Chair)\n\n1. Apologies\nNone.\n"))
    assert s.meta["committee"] == "Leisure Committee"


def test_an_item_page_confirming_its_own_previous_minutes_names_that_committee_but_no_date():
    s = segment(txt("Agenda item\n\nMinutes of the last meeting\n\n"
                    "To confirm the minutes of the meeting of the Wexcombe Parks and Open Spaces Scrutiny\n"
                    "Committee held on 4 February 2025, and to note progress on matters arising.\n\n"
                    "Minutes:\n\nThe minutes of the meeting held on 4 February 2025 were confirmed.\n\n"
                    "Minute 12 - Play areas: the Parks Manager undertook to report back within the next fortnight.\n"))
    assert s.meta["committee"] == "Wexcombe Parks and Open Spaces Scrutiny Committee"
    assert s.meta["date"] is None        # 4 February is the previous meeting, not this one


def test_an_annual_report_to_council_names_the_meeting_it_goes_to_and_its_own_board():
    s = segment(txt("WEXCOMBE BOROUGH COUNCIL\n\nFostering Panel\nAnnual Report 2024/25\n\n"
                    "Report to: Full Council, 17 July 2025\nReport of: Chair of the Fostering Panel\n\n"
                    "1. Purpose of the report\n\n1.1 This report sets out the Panel's work and its priorities for 2025/26.\n"))
    assert s.kind == "annual-report"
    assert (s.meta["committee"], s.meta["date"]) == ("Full Council", "2025-07-17")
    assert s.meta["title"] == "Fostering Panel Annual Report 2024/25"
    assert s.service == "Fostering Panel"          # owner of its priorities, not the council printed above it


def test_a_service_named_council_tax_keeps_its_name():
    from ingest.meta import service_of

    assert service_of("Council Tax Support Team Annual Report 2024/25") == "Council Tax Support Team"


# ---- regression: headers councils print (round 8) ---------------------------------------------------------

@pytest.mark.parametrize("header,committee,date", [
    ("Wexcombe Borough Council\n\nLicensing Sub-Committee\n\n"
     "Minutes of a hearing held on Friday, 7 March 2025 at 2.00 pm in the Mayor's Parlour",
     "Licensing Sub-Committee", "2025-03-07"),
    ("BOROUGH OF WEXCOMBE\nAppeals Panel\nMinutes of the sitting held on Wednesday 12 February 2025, Town Hall",
     "Appeals Panel", "2025-02-12"),
])
def test_minutes_of_a_hearing_under_the_panel_name_that_panel(header, committee, date):
    # regression: "Minutes of a hearing held on ..." was not read as the line dating the body above it
    s = segment(txt(header + "\n\nMembers: Cllr Ada Quill (Chair), Cllr Ben Orme\n\n"
                    "1. Election of Chair\n\nRESOLVED that Cllr Quill chair the hearing.\n"))
    assert (s.meta["committee"], s.meta["date"]) == (committee, date)


@pytest.mark.parametrize("heading", [
    "Action Log - updated after the meeting held on 5 March 2025",
    "DECISION TRACKER (as at 5 March 2025)",
])
def test_an_action_log_under_a_board_name_names_that_board(heading):
    # regression: a log headed by its board's name and "Action Log - updated ..." named no committee
    s = segment(txt(f"Wexcombe Children's Partnership Board\n\n{heading}\n\n"
                    "Ref\tAction\tOwner\tDue\tStatus\n"
                    "CPB/25/01\tCirculate the early help strategy to members\tHead of Early Help\t30/04/2025\tOpen\n"))
    assert s.meta["committee"] == "Wexcombe Children's Partnership Board"


@pytest.mark.parametrize("council,body", [
    ("Wexcombe Borough Council", "Cabinet"),
    ("WEXCOMBE VALE DISTRICT COUNCIL", "Planning and Licensing Committee"),
])
def test_an_agenda_names_the_body_under_the_heading_not_the_council_above(council, body):
    # regression: council name / "Agenda" / "Cabinet" / "Date: ..." named the council, not Cabinet
    s = segment(txt(f"{council}\n\nAgenda\n\n{body}\n\nDate: Thursday 6 March 2025\nTime: 7.00 pm\n"
                    "Venue: Council Chamber, Wexcombe\n\nAGENDA\n\n1. Apologies for absence\n"
                    "To receive any apologies for absence.\n"))
    assert (s.meta["committee"], s.meta["date"]) == (body, "2025-03-06")


def test_an_agenda_under_the_council_name_alone_still_names_the_council():
    s = segment(txt("Wexcombe Borough Council\n\nAgenda\n\nDate: Thursday 6 March 2025\n\n"
                    "1. Apologies for absence\nTo receive any apologies for absence.\n"))
    assert s.meta["committee"] == "Wexcombe Borough Council"


@pytest.mark.parametrize("heading,when", [
    ("Ordinary Council Meeting", "Held in the Council Chambers, 4 Quay Street, Wexcombe\non Wednesday 9 April 2025 at 1.00pm"),
    ("EXTRAORDINARY COUNCIL MEETING", "Wednesday 9 April 2025, commencing 1.00pm"),
])
def test_a_meeting_type_heading_under_a_bilingual_council_name_is_the_meeting(heading, when):
    # regression: "Ordinary Council Meeting" under the council's name in two languages and "MINUTES" named nothing
    s = segment(txt(f"Wexcombe Harbour District Council\nTe Kaunihera o Wexcombe\n\nMINUTES\n\n{heading}\n{when}\n\n"
                    "PRESENT: Mayor Ada Quill (Chairperson), Cr Ben Orme\n\n1. APOLOGIES\nNil.\n"))
    assert s.meta["committee"] == _title(heading)
    assert s.meta["date"] == "2025-04-09"


def _title(s: str) -> str:
    return " ".join(w.capitalize() for w in s.split())


# ---- forms from a blind held-out set, rewritten as fictional variants -------------------------------------

_BUSINESS_BELOW = "\n\n1. Apologies for Absence\nApologies were received from Cllr Rook.\n\n2. Budget 2026/27\nRESOLVED: That the budget be approved.\n"


@pytest.mark.parametrize("header,committee,date", [
    ("Council - Thursday, 12th March, 2026 7.00 pm\n\nVenue: The Guildhall, Wexcombe", "Council", "2026-03-12"),
    ("Council\nThursday, 12th March, 2026 7.00 pm\n\nVenue: The Guildhall, Wexcombe", "Council", "2026-03-12"),
    ("Wexcombe Borough Council\n\nExtraordinary Council\nMonday 9 March 2026, 6.30 pm", "Extraordinary Council", "2026-03-09"),
    ("Wexcombe Borough Council\n\nMeeting of the Full Council\n\nHeld on Wednesday 4 February 2026 at 7pm", "Full Council",
     "2026-02-04"),
])
def test_a_full_council_meeting_names_the_council(header, committee, date):
    # regression: a council's own meeting heading ("Council", "Extraordinary Council") named no committee
    meta = segment(txt(header + _BUSINESS_BELOW)).meta
    assert (meta["committee"], meta["date"]) == (committee, date)


@pytest.mark.parametrize("header", [
    "The Corporation of the Town of Wexcombe Falls\nRegular Meeting of Council\nMinutes\nTuesday, March 3, 2026\n7:00 p.m.\n"
    "Council Chambers",
    "THE CORPORATION OF THE TOWNSHIP OF WEXCOMBE\nMinutes\nRegular Council Meeting\nTuesday, March 3, 2026\n7:00 p.m.",
    "Town of Wexcombe Falls\nSpecial Council Meeting Minutes\nMarch 3, 2026\nCouncil Chambers",
])
def test_canadian_council_minutes_name_the_council(header):
    # regression: "The Corporation of the Town of X" / "Regular Council Meeting" / "Minutes" named nothing
    s = segment(pdf(header + "\nPresent: Mayor J. Tremblay, Councillor A. Roy\n1. Call to Order\n"
                    "The Mayor called the meeting to order at 7:00 p.m.\n2. Adoption of Agenda\nMoved by Councillor Roy\n"
                    "That the agenda be adopted. Carried.\n"))
    assert (s.meta["committee"], s.meta["date"]) == ("Council", "2026-03-03")


@pytest.mark.parametrize("heading", ["Declarations of Interest", "Work Programme", "Forward Plan", "Urgent Business"])
def test_a_section_heading_is_never_the_committee(heading):
    # regression: a Word minutes document's section heading was taken as its committee
    lines = [Line(text=t, para=i) for i, t in enumerate(
        ["Wexcombe Housing Panel", "Minutes of the meeting held on 14 January 2026", heading,
         "There were none.", "RESOLVED: That the report be noted."], 1)]
    meta = segment(Text(lines=lines, format="docx")).meta
    assert meta["committee"] == "Wexcombe Housing Panel"
    assert meta["date"] == "2026-01-14"


@pytest.mark.parametrize("cover,committee", [
    ("Wexcombe Borough Council\nVirtual School Annual Report\n1 April 2024 to 31 March 2025\n"
     "Presented to the Corporate Parenting Panel on 9 July 2025", "Corporate Parenting Panel"),
    ("Report to: Corporate Parenting Panel\nDate: 9 July 2025\nFostering Service Annual Report 1 April 2024 to 31 March 2025",
     "Corporate Parenting Panel"),
    ("Independent Reviewing Service Annual Report\nPeriod covered: 1 April 2024 to 31 March 2025\nMeeting date: 9 July 2025\n"
     "Committee: Wexcombe Children's Services Scrutiny Committee", "Wexcombe Children's Services Scrutiny Committee"),
])
def test_an_annual_report_is_dated_by_the_meeting_it_goes_to_not_its_period(cover, committee):
    # regression: the report period's first day was read as the meeting date
    meta = segment(pdf(cover + "\n1. Introduction\nThe service supports children in care.\n")).meta
    assert (meta["committee"], meta["date"]) == (committee, "2025-07-09")


def test_an_annual_report_with_only_its_period_has_no_meeting_date():
    meta = segment(pdf("Wexcombe Borough Council\nAdoption Service Annual Report\n1 April 2024 to 31 March 2025\n"
                       "1. Introduction\nThe service placed twelve children.\n")).meta
    assert meta["date"] is None


# ---- PDFs: cover pages, running headers, wrapped header lines (built with fpdf2) -------------------------

def _pdf_doc(pages: list[list[str]], running: str | None = None) -> Text:
    """A PDF built here (fpdf2) with one line per string, read by the PDF reader; ``running`` is printed at
    the top of every page (a running header, dropped by the reader as page furniture)."""
    from fpdf import FPDF

    from ingest.read_pdf import read_pdf

    doc = FPDF(format="A4")
    doc.set_auto_page_break(False)
    for lines in pages:
        doc.add_page()
        if running:
            doc.set_font("Helvetica", "", 8)
            doc.set_xy(20, 8)
            doc.cell(0, 5, running)
        y = 22
        for t in lines:
            doc.set_font("Helvetica", "", 10)
            doc.set_xy(20, y)
            doc.cell(0, 5, t)
            y += 6
    return read_pdf(bytes(doc.output()), "doc.pdf")


_BUSINESS_PAGE = [
    "1. Apologies for absence",
    "Apologies were received from Councillor Hatch.",
    "2. Library opening hours",
    "The report of the Head of Libraries on branch opening hours was considered.",
    "RESOLVED that the Sunday opening trial be approved for six months.",
]


@pytest.mark.parametrize("running,cover,committee,date", [
    # the running header reprints the council's name and the body on one line; the page heads them apart
    ("Dunmere City Council Cabinet - 15 October 2025 - Agenda",
     ["Dunmere City Council", "CABINET", "Date: Wednesday, 15 October 2025", "Time: 5.30 pm",
      "Venue: The Guildhall, Dunmere"], "Cabinet", "2025-10-15"),
    ("Shire of Kellerby Ordinary Council Meeting Minutes - 26 August 2025",
     ["SHIRE OF KELLERBY", "MINUTES", "Ordinary Council Meeting", "Tuesday 26 August 2025",
      "These minutes were confirmed at the Ordinary Council Meeting held on 23 September 2025."],
     "Ordinary Council Meeting", "2025-08-26"),
], ids=["council-then-cabinet", "shire-ordinary-meeting"])
def test_the_cover_page_names_the_body_before_the_running_header(running, cover, committee, date):
    meta = segment(_pdf_doc([cover, _BUSINESS_PAGE], running=running)).meta
    assert (meta["committee"], meta["date"]) == (committee, date)


@pytest.mark.parametrize("head", [
    ["WEXCOMBE AND DUNMERE JOINT WASTE COMMITTEE",
     "A joint committee of Wexcombe Borough Council, Dunmere District Council and Kellerby District",
     "Council",
     "Minutes of the meeting held at Wexcombe Town Hall on Wednesday 25 June 2025 at 10.00 am."],
    ["Wexcombe and Dunmere Joint Waste Committee",
     "A joint committee of Wexcombe Borough Council and Dunmere District Council",
     "Minutes of the meeting held on Wednesday 25 June 2025 at 10.00 am."],
], ids=["wrapped-description", "one-line-description"])
def test_a_joint_committee_is_not_named_by_the_wrapped_tail_of_its_description(head):
    meta = segment(_pdf_doc([head + _BUSINESS_PAGE])).meta
    assert (meta["committee"], meta["date"]) == ("Wexcombe and Dunmere Joint Waste Committee", "2025-06-25")


@pytest.mark.parametrize("fields,committee", [
    (["Decision taker: Councillor Amy Ormerod, Cabinet Member for Housing and", "Regeneration"],
     "Cabinet Member for Housing and Regeneration"),
    (["Decision taker: Councillor Ravi Dhillon, Portfolio Holder for", "Leisure and Culture"],
     "Portfolio Holder for Leisure and Culture"),
], ids=["role-wraps-after-and", "role-wraps-after-for"])
def test_the_decision_taker_on_a_record_of_executive_decision(fields, committee):
    lines = (["WEXCOMBE BOROUGH COUNCIL", "RECORD OF EXECUTIVE DECISION", "Decision reference: ED/2025/037"]
             + fields + ["Date of decision: 4 August 2025", "Subject: Acquisition of homes for temporary use",
                         "Decision", "I have decided:",
                         "1. To approve the purchase of up to 16 homes for use as temporary accommodation.",
                         "2. To delegate authority to the Director of Place to agree each purchase."])
    meta = segment(_pdf_doc([lines])).meta
    assert (meta["committee"], meta["date"]) == (committee, "2025-08-04")


@pytest.mark.parametrize("line,committee,date", [
    ("Presented to the Place and Environment Scrutiny Panel, 11 September 2025",
     "Place and Environment Scrutiny Panel", "2025-09-11"),
    ("Presented to the Corporate Parenting Board, Tuesday 3 June 2025", "Corporate Parenting Board", "2025-06-03"),
], ids=["comma-date", "comma-weekday-date"])
def test_an_annual_report_is_dated_by_the_meeting_it_is_presented_to(line, committee, date):
    cover = ["Borough of Wexcombe", "Regulatory Services", "Annual Report 2024/25", line,
             "Report author: Marcus Hale, Head of Regulatory Services"]
    body = ["1. Foreword", "This report describes the work of the service in the year from April 2024 to March 2025.",
            "The team completed 1,148 food hygiene inspections during the year, above the target of 1,100.",
            "Our priorities for April 2025 to March 2026 are to extend the noise service and review the policy."]
    meta = segment(_pdf_doc([cover, body])).meta
    assert (meta["committee"], meta["date"]) == (committee, date)


# ---- regression: US numeric dates, legislation pages, local councils, reports to a board (round 8) ----------

def _html(body: str) -> Text:
    from ingest.read_html import read_html
    return read_html(f"<html><head><title>Wexcombe</title></head><body>{body}</body></html>".encode(), "page.html")


_LEGISTAR_MEETING = """<h1>City of Wexcombe Falls</h1><h2>Meeting Details</h2>
<table><tr><td>Meeting Name:</td><td>{body}</td><td>Agenda status:</td><td>Final</td></tr>
<tr><td>Meeting date/time:</td><td>{when}</td><td>Minutes status:</td><td>Final</td></tr>
<tr><td>Meeting location:</td><td>Council Chambers, City Hall</td></tr></table>
<table><tr><th>File #</th><th>Type</th><th>Title</th><th>Action</th><th>Result</th></tr>
<tr><td>25-0101</td><td>Resolution</td><td>Resolution approving a contract for street lighting in an amount not to exceed $1,200,000</td><td>adopted</td><td>Pass</td></tr>
<tr><td>25-0102</td><td>Ordinance</td><td>Second reading of an Ordinance amending Chapter 4 of the Municipal Code</td><td>adopted</td><td>Pass</td></tr></table>
<p>25-0101 A motion was made by Councilmember Ashe, seconded by Vice Mayor Quill, that this Resolution be adopted.
The motion carried by the following vote: Aye: 6 Nay: 0</p>
<p>City of Wexcombe Falls | Powered by Legistar</p>"""


@pytest.mark.parametrize("body,when,committee,date", [
    ("City Council", "5/6/2025 6:00 PM", "City Council", "2025-05-06"),
    ("Planning Commission", "3/4/2025 7:00 PM", "Planning Commission", "2025-03-04"),
], ids=["city-council-may-6", "planning-commission-march-4"])
def test_an_american_meeting_page_writes_its_numeric_date_month_first(body, when, committee, date):
    meta = segment(_html(_LEGISTAR_MEETING.format(body=body, when=when))).meta
    assert (meta["committee"], meta["date"]) == (committee, date)


@pytest.mark.parametrize("header,date", [
    # no American signs: a date that reads only month first is month first
    ("WEXCOMBE FALLS TOWNSHIP BOARD\nMinutes of the regular meeting\nDate: 5/13/2025\n", "2025-05-13"),
    # American signs, but the date reads only day first
    ("CITY OF WEXCOMBE FALLS\nCITY COUNCIL\nDate: 13/5/2025 at 6:00 PM\n"
     "Councilmember Ashe moved, seconded by Vice Mayor Quill, to adopt the ordinance.\n", "2025-05-13"),
], ids=["month-first-only-reading", "day-first-only-reading"])
def test_a_numeric_date_that_reads_only_one_way_is_read_that_way(header, date):
    s = segment(txt(header + "\nPresent: Ashe, Quill, Ng\n\n1. Approval of the agenda\nApproved.\n"))
    assert s.meta["date"] == date


@pytest.mark.parametrize("header,date", [
    ("BOROUGH OF WEXCOMBE\nLICENSING COMMITTEE\nDate: 3/4/2025\nTime: 7.00pm\n", "2025-04-03"),
    ("WEXCOMBE TOWN COUNCIL\nPlanning Committee\nDate of meeting: 07/06/2025\n", "2025-06-07"),
], ids=["borough-committee", "town-council-committee"])
def test_a_british_numeric_date_stays_day_first(header, date):
    s = segment(txt(header + "\nPresent: Cllr A Quill (Chair), Cllr B Ng\n\n1. Apologies\nNone.\n"
                    "2. Payments\nPayments of £1,240.00 were approved.\n"))
    assert s.meta["date"] == date


_LEGISTAR_FILE = """<h1>City of Wexcombe Falls</h1><h2>Legislation Details (With Text)</h2>
<table><tr><td>File #:</td><td>25-0412</td><td>Version:</td><td>1</td><td>Name:</td><td>{name}</td></tr>
<tr><td>Type:</td><td>Resolution</td><td>Status:</td><td>Adopted</td></tr>
<tr><td>File created:</td><td>4/22/2025</td><td>In control:</td><td>{body}</td></tr>
<tr><td>On agenda:</td><td>{when}</td><td>Final action:</td><td>{when}</td></tr></table>
<p>NOW, THEREFORE, BE IT RESOLVED by the {body} of the City of Wexcombe Falls that the plan is adopted.</p>
<p>AYES: Councilmembers Ashe, Ng and Mayor Quill. NOES: None.</p>"""


@pytest.mark.parametrize("name,body,when,date", [
    ("Storm drain plan", "City Council", "6/3/2025", "2025-06-03"),
    ("Tree canopy plan", "Board of Supervisors", "9/10/2025", "2025-09-10"),
], ids=["city-council", "board-of-supervisors"])
def test_a_legislation_page_names_the_body_in_control_and_the_final_action_date(name, body, when, date):
    meta = segment(_html(_LEGISTAR_FILE.format(name=name, body=body, when=when))).meta
    assert (meta["committee"], meta["date"]) == (body, date)


@pytest.mark.parametrize("council,heading,committee", [
    ("CYNGOR CYMUNED LLANWEX / LLANWEX COMMUNITY COUNCIL", "Minutes of the Ordinary Meeting of the Council held at the",
     "Llanwex Community Council"),
    ("WEXCOMBE MAGNA TOWN COUNCIL", "Minutes of the Meeting of the Council held at the", "Wexcombe Magna Town Council"),
], ids=["welsh-community-council", "english-town-council"])
def test_a_local_councils_own_minutes_name_that_council_in_full(council, heading, committee):
    s = segment(pdf(f"""
{council}
{heading} Memorial Hall on Tuesday
15th July 2025 at 7.00 pm
Present: Cllr Gwyn Rees (Chair), Cllr Mari Hughes, Cllr Alun Bowen
25/071 Apologies for absence. None.
25/072 Finance. Payments of £846.19 were approved.
"""))
    assert (s.meta["committee"], s.meta["date"]) == (committee, "2025-07-15")


def test_a_principal_councils_own_minutes_stay_council():
    s = segment(pdf("""
WEXCOMBE BOROUGH COUNCIL
Minutes of the Ordinary Meeting of the Council held at the Guildhall on Wednesday
16th July 2025 at 7.00 pm
Present: The Mayor (Cllr Ada Quill), Cllrs Ng, Hale and Amos
1. Apologies for absence. None.
"""))
    assert (s.meta["committee"], s.meta["date"]) == ("Council", "2025-07-16")


@pytest.mark.parametrize("line,committee,date", [
    ("Report of the Director of Children's Services to the Corporate Parenting Board, 9 June 2026",
     "Corporate Parenting Board", "2026-06-09"),
    ("Report of the Head of Regulatory Services to the Place Scrutiny Panel on 14 October 2025",
     "Place Scrutiny Panel", "2025-10-14"),
], ids=["comma-date", "on-date"])
def test_a_report_of_an_officer_to_a_board_is_dated_by_that_meeting(line, committee, date):
    cover = ["Wexcombe Annual Report 2025/26", line, "1. Purpose",
             "1.1 This report summarises the work of the service during April 2025 to March 2026."]
    body = ["2. Recommendations", "2.1 Members are asked to note the contents of this report.",
            "3. Priorities for 2026/27", "The service will publish a revised local offer by September 2026."]
    meta = segment(_pdf_doc([cover, body])).meta
    assert (meta["committee"], meta["date"]) == (committee, date)


@pytest.mark.parametrize("lines,committee,date", [
    (["Borough of Wexcombe", "Overview and Scrutiny Annual Report 2025/26", "To be presented to Council on 22 April 2026",
      "Foreword by the Chair of the Overview and Scrutiny Management Board"], "Council", "2026-04-22"),
    (["Agenda item", "Pay Policy Statement 2025/26", "Meeting: 27/02/2025 - Council (Item 9)",
      "9 Pay Policy Statement 2025/26 pdf icon PDF 241 KB"], "Council", "2025-02-27"),
], ids=["annual-report-to-be-presented-to-council", "moderngov-item-at-council"])
def test_council_named_alone_as_the_meeting_is_council(lines, committee, date):
    s = segment(txt("\n".join(lines) + "\n\nThis has been a busy year. Members are asked to note the report.\n"
                    "Recommendation\nThat Council approves the statement.\n"))
    assert (s.meta["committee"], s.meta["date"]) == (committee, date)


@pytest.mark.parametrize("title,service", [
    ("Overview and Scrutiny Annual Report 2025/26", "Overview and Scrutiny"),
    ("SCRUTINY ANNUAL REPORT 2024-25", "Scrutiny"),
], ids=["overview-and-scrutiny", "scrutiny-caps"])
def test_a_scrutiny_annual_report_is_the_scrutiny_functions_own(title, service):
    from ingest.meta import service_of

    assert service_of(title) == service
