"""Build the six PDF documents of genre set I (fpdf2, core fonts, latin-1 text only).

Reruns are byte-identical: fixed creation date, no random IDs.
Run: /work/main/.venv/bin/python tests/genre_i/make_pdfs.py
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "documents"
FIXED = dt.datetime(2026, 4, 1, 9, 0, 0, tzinfo=dt.timezone.utc)


class Doc(FPDF):
    def __init__(self, head_left, head_right, foot, title):
        super().__init__(format="A4")
        self.head_left, self.head_right, self.foot = head_left, head_right, foot
        self.set_creation_date(FIXED)
        self.set_title(title)
        self.set_author("Democratic Services")
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, 22)
        self.add_page()

    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_y(10)
        self.cell(85, 5, self.head_left)
        self.cell(0, 5, self.head_right, align="R")
        self.ln(8)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"{self.foot}    Page {self.page_no()} of {{nb}}", align="C")

    # blocks
    def title_block(self, lines):
        for i, line in enumerate(lines):
            self.set_font("Helvetica", "B", 14 if i == 0 else 11)
            self.multi_cell(0, 7 if i == 0 else 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def p(self, text, indent=0, style=""):
        self.set_font("Helvetica", style, 10)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def minute(self, num, title):
        if self.get_y() > 250:
            self.add_page()
        self.set_font("Helvetica", "B", 10)
        y = self.get_y()
        self.set_xy(self.l_margin, y)
        self.cell(22, 5, num)
        self.set_xy(self.l_margin + 22, y)
        self.multi_cell(0, 5, title.upper(), new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def mp(self, text, style="", extra=0):
        """Paragraph of a minute body, indented past the margin numbers."""
        self.p(text, indent=22 + extra, style=style)

    def grid(self, headers, rows, widths):
        self.set_font("Helvetica", "", 9)
        self.set_x(self.l_margin)
        with FPDF.table(self, col_widths=widths, text_align="LEFT", line_height=4.5,
                        first_row_as_headings=False, borders_layout="ALL") as t:
            hr = t.row()
            for h in headers:
                hr.cell(h.upper())
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)



def save(pdf: Doc, name: str):
    pdf.alias_nb_pages()
    pdf.output(str(OUT / name))


# --------------------------------------------------------------------------------------------
def planning():
    d = Doc("Pennock Hythe District Council", "Planning Committee - 11 February 2026",
            "Planning Committee minutes 11.02.26", "Planning Committee minutes")
    d.title_block(["PENNOCK HYTHE DISTRICT COUNCIL",
                   "MINUTES of a meeting of the PLANNING COMMITTEE held in the Council Chamber, "
                   "Harbour House, Pennock Hythe on Wednesday 11 February 2026 at 6.00 pm"])
    d.p("PRESENT: Councillor E Strickland (Chair); Councillors M Abara, P Dunkerley, K Fothergill, "
        "L Hendry (Vice-Chair), S Moorcroft, R Pattinson, T Quayle and W Yeadon.")
    d.p("OFFICERS: Mrs C Lindqvist (Development Management Manager), Mr H Okoro (Principal Planning "
        "Officer), Ms F Teesdale (Senior Solicitor) and Mr J Bramall (Democratic Services Officer).")
    d.minute("PC/61", "Apologies for absence")
    d.mp("Apologies were received from Councillor V Riordan. Councillor W Yeadon attended as substitute.")
    d.minute("PC/62", "Declarations of interest")
    d.mp("Councillor K Fothergill declared a pecuniary interest in application 25/01877/FUL (minute PC/66) "
         "as the owner of an adjoining property and left the room during its consideration.")
    d.minute("PC/63", "Minutes")
    d.mp("RESOLVED - That the minutes of the meeting held on 14 January 2026 be approved as a correct "
         "record and signed by the Chair.")
    d.minute("PC/64", "Application 25/01502/OUT - Land east of Saltings Lane, Pennock Hythe")
    d.mp("Outline application for up to 96 dwellings, with all matters reserved except access.")
    d.mp("Mr Okoro presented the report. Since its publication two further objections had been received, "
         "raising drainage and highway safety, and the Lead Local Flood Authority had withdrawn its holding "
         "objection subject to conditions. The proposal would provide 30% affordable housing, 29 homes, "
         "in line with policy H4. Mr A Penhallow spoke in objection on behalf of Saltings Lane Residents' "
         "Group, and Ms D Vaughan (agent) spoke in support.")
    d.mp("Mr Penhallow said that the lane had no footway for most of its length, that children walked "
         "along it to the school bus stop, and that surface water from the site already flooded the "
         "bottom of the lane after heavy rain. He asked Members to visit the site at school drop-off "
         "time. Ms Vaughan replied that the scheme included a new footway along the site frontage, a "
         "contribution towards a crossing on the A259 and attenuation ponds designed for a 1 in 100 year "
         "storm plus 40% for climate change, and that the applicant would accept a condition on the "
         "phasing of the footway.")
    d.mp("Members discussed the capacity of Saltings Lane primary school and the junction with the A259. "
         "The Development Management Manager confirmed that the education contribution would be secured "
         "through the section 106 agreement and that further junction monitoring was not required by "
         "the highway authority. Members were nonetheless concerned that the access arrangements had not "
         "been independently audited. Councillor Dunkerley moved and Councillor Pattinson seconded that "
         "the application be deferred. On being put to the vote the motion was carried (6 for, 2 against, "
         "1 abstention).")
    d.mp("RESOLVED - That application 25/01502/OUT be DEFERRED to the meeting of the Committee on "
         "11 March 2026 to allow an independent road safety audit of the proposed access to be "
         "commissioned by the applicant and reported to Members.", style="B")
    d.minute("PC/65", "Application 25/01744/FUL - The Old Ropewalk, Quay Street, Pennock Hythe")
    d.mp("Change of use of former rope works (Sui Generis) to six holiday lets with associated parking.")
    d.mp("The Principal Planning Officer's report recommended refusal on the grounds of harm to the "
         "character and appearance of the Quay Street Conservation Area and the loss of a non-designated "
         "heritage asset's historic fabric. The applicant, Mr G Lowther, spoke in support. Members "
         "agreed with the officer's assessment.")
    d.mp("RESOLVED - That planning permission be REFUSED for the reasons set out in the report.",
         style="B")
    d.mp("Members asked that the Conservation Officer write to the owner setting out the Council's "
         "concerns about the condition of the building and the grant funding that might be available.")
    d.minute("PC/66", "Application 25/01877/FUL - 4 Gull Rise, Marsh End")
    d.mp("Two-storey side extension and detached garage. Councillor Fothergill had left the meeting.")
    d.mp("The report recommended approval subject to conditions. Members considered the impact on the "
         "neighbouring bungalow at 2 Gull Rise and asked that an additional condition be imposed to "
         "obscure-glaze the first-floor side window.")
    d.mp("RESOLVED - That planning permission be GRANTED subject to:", style="B")
    d.mp("(a) the conditions set out in the report; and", extra=6)
    d.mp("(b) an additional condition requiring the first-floor window in the east-facing side elevation "
         "to be obscure-glazed and fixed shut below 1.7 metres, the precise wording to be delegated to the "
         "Development Management Manager in consultation with the Chair of the Committee.", extra=6)
    d.mp("Councillor Fothergill returned to the meeting.")
    d.minute("PC/67", "Application 25/01920/FUL - Marsh End Recreation Ground, Church Road")
    d.mp("Installation of a floodlit artificial grass pitch, 1.8 m perimeter fencing and eight 15 m "
         "lighting columns.")
    d.mp("Mrs Lindqvist advised that Sport England supported the proposal and that the lighting would be "
         "controlled by condition to switch off by 9.30 pm. Three residents of Church Road spoke in "
         "objection, raising light spill and noise. The Parish Council had also objected. After a full "
         "debate, Councillor Hendry moved approval in line with the recommendation, seconded by "
         "Councillor Abara. On a vote, 5 Members voted for and 4 against.")
    d.mp("RESOLVED - That planning permission be GRANTED subject to the conditions in the report, with an "
         "additional informative advising the applicant to set up a community liaison group before the "
         "pitch is first brought into use.", style="B")
    d.minute("PC/68", "Planning appeals and enforcement update")
    d.mp("The Committee noted the list of appeal decisions received since the last meeting. Of the 11 "
         "appeals determined in the quarter, 8 had been dismissed (73%). Mrs Lindqvist reported that 87% "
         "of minor applications had been determined within eight weeks or an agreed extension.")
    d.mp("The Development Management Manager undertook to circulate the updated enforcement case list, "
         "with target dates for each case, to all Committee members by 27 February 2026.")
    d.mp("RESOLVED - That the report be noted.", style="B")
    d.ln(4)
    d.p("The meeting closed at 8.47 pm.")
    d.p("Chair ........................................    Date .......................")
    save(d, "I06_pennock-hythe-planning-committee-2026-02-11.pdf")


def taxi():
    d = Doc("Cadbury Vale and Oxleigh Borough Council", "Licensing Sub-Committee (Taxis)",
            "LSC(T) 05.03.26", "Licensing Sub-Committee minutes")
    d.title_block(["Cadbury Vale and Oxleigh Borough Council",
                   "Licensing Sub-Committee (Hackney Carriage and Private Hire)",
                   "Minutes of the hearing held on Thursday 5 March 2026 at 10.00 am, Committee Room 2, "
                   "Vale House, Oxleigh"])
    d.p("Members: Councillors N Farrant (Chair), B Ilori and Q Heseltine.")
    d.p("Officers: Licensing Team Leader (Mrs A Kowalczyk), Legal Adviser (Mr S Ebdon), Committee "
        "Officer (Miss R Tanner).")
    d.p("The Chair explained that the press and public would be excluded from the meeting for the "
        "following items under paragraphs 1 and 2 of Part 1 of Schedule 12A to the Local Government "
        "Act 1972, as they contained information relating to individuals. The decision notices below "
        "are published in an anonymised form.")
    d.minute("LSC/19", "Review of a private hire driver's licence - Driver A")
    d.mp("The Licensing Team Leader presented the report. Driver A had accumulated 9 penalty points "
         "for speeding offences since the licence was last renewed, which under the Council's "
         "Suitability Policy (paragraph 7.4) would ordinarily lead to a review. Driver A attended with "
         "a representative and explained the circumstances. He had completed a speed awareness course "
         "in January 2026.")
    d.mp("The Sub-Committee considered the report, the representations made and the Council's "
         "Suitability Policy, and had regard to the Statutory Taxi and Private Hire Vehicle Standards.")
    d.mp("RESOLVED - That:", style="B")
    d.mp("(1) Driver A's private hire driver's licence be suspended for a period of four weeks, under "
         "section 61(1)(b) of the Local Government (Miscellaneous Provisions) Act 1976;", extra=6)
    d.mp("(2) Driver A be required to complete the Council's approved driver improvement course before "
         "the suspension is lifted, with evidence of completion provided to the Licensing Team; and",
         extra=6)
    d.mp("(3) the Licensing Team Leader write to Driver A within five working days confirming the "
         "decision, the reasons for it and the right of appeal to the magistrates' court within 21 days.",
         extra=6)
    d.minute("LSC/20", "Application for the grant of a hackney carriage driver's licence - Applicant B")
    d.mp("Applicant B's enhanced DBS certificate disclosed a conviction for an offence involving "
         "dishonesty in 2019. Applicant B did not attend and had not contacted the Council. The Legal "
         "Adviser advised Members that they could proceed in the applicant's absence, having been "
         "satisfied that the notice of hearing had been served.")
    d.mp("The Sub-Committee decided to proceed in the absence of the applicant.")
    d.mp("RESOLVED - That the application be REFUSED, the Sub-Committee not being satisfied that "
         "Applicant B is a fit and proper person to hold a hackney carriage driver's licence.",
         style="B")
    d.minute("LSC/21", "Application to renew a private hire driver's licence - Driver C")
    d.mp("Members heard that Driver C had failed to declare a caution within 48 hours, as the "
         "Council's conditions require. Driver C accepted the failure and apologised. The Sub-Committee "
         "asked about the Council's safeguarding training, and the Licensing Team Leader confirmed that "
         "the refresher module would be offered to all licensed drivers in the spring.")
    d.mp("RESOLVED - That the licence be RENEWED for one year only, and that Driver C be issued with a "
         "written warning as to his future conduct.", style="B")
    d.minute("LSC/22", "Matters for the Licensing Committee")
    d.mp("Members observed that three of the last five hearings had concerned late declarations of "
         "convictions or cautions.")
    d.mp("RESOLVED - That the Licensing Committee be recommended to review the wording of the "
         "convictions declaration condition in the Private Hire Driver Conditions as part of the 2026/27 "
         "policy review.", style="B")
    d.mp("ACTION: Licensing Team Leader to add the declaration condition to the agenda of the Licensing "
         "Committee on 22 April 2026.")
    d.ln(3)
    d.p("The hearing closed at 12.40 pm.")
    save(d, "I07_cadbury-vale-oxleigh-taxi-licensing-subcommittee-2026-03-05.pdf")


def pension_board():
    d = Doc("Marlbeck and Elsmoor Pension Fund", "Local Pension Board - 20 January 2026",
            "LPB minutes - OFFICIAL", "Local Pension Board minutes")
    d.title_block(["MARLBECK AND ELSMOOR PENSION FUND",
                   "LOCAL PENSION BOARD",
                   "Minutes of the meeting held on Tuesday 20 January 2026, 2.00 pm, "
                   "Committee Room 1, County Hall, Marlbeck (and via Microsoft Teams)"])
    d.p("Present: Mr P Gethin (Chair, scheme member representative), Ms T Abernathy (employer "
        "representative), Councillor D Royle (employer representative), Mrs K Sandhu (scheme member "
        "representative).")
    d.p("In attendance: Head of Pensions (Ms V Callaghan, VC), Pensions Administration Manager (Mr R "
        "Foulds, RF), Governance and Compliance Lead (Miss E Nakamura, EN), Board Secretary (Mr L "
        "Twigg, LT).")
    d.minute("1", "Apologies and declarations of interest")
    d.mp("Apologies were received from Mr J Ostrowski (scheme member representative). Mrs Sandhu "
         "declared that she was a deferred member of the Fund. No other declarations were made.")
    d.minute("2", "Minutes of the last meeting and action log")
    d.mp("The minutes of the meeting held on 14 October 2025 were AGREED as an accurate record.")
    d.mp("The Board reviewed the action log. Action 14/10-1 (publication of the breaches log summary "
         "on the Fund website) had been completed in November 2025. Action 14/10-2 (training needs "
         "questionnaire) had been completed and the results were reported under item 6. Action 14/10-3 "
         "(data improvement plan) was carried forward; see item 4.")
    d.minute("3", "Administration performance report - Quarter 3 2025/26")
    d.mp("RF presented the report. The Fund had processed 94% of retirement quotes within the 10 "
         "working day target in the quarter (Q2: 89%), and 2,140 of 2,312 annual benefit statements "
         "for active members had been issued by the statutory deadline of 31 August 2025, a rate of "
         "92.6%. The backlog of aggregation cases had fallen from 1,180 to 740.")
    d.mp("Members asked about the cases where statements were late. RF explained that most arose from "
         "two employers who had not submitted year-end data on time, and that the Fund had issued "
         "formal notices under its Administration Strategy. He would report whether charges had been "
         "levied on those employers to the next meeting.")
    d.mp("The Board noted the report.")
    d.minute("4", "Data quality and the data improvement plan")
    d.mp("EN reported that the common data score was 97.1% and the scheme-specific data score 88.4%. "
         "The Pensions Regulator expected the Fund to keep a documented data improvement plan. The "
         "plan had been delayed by the migration to the new administration system, and EN confirmed "
         "that the revised plan would be presented to the Pension Committee by 30.06.26, with the Board "
         "sighted on the draft beforehand. The Chair said the Board would want to see the draft in the "
         "spring, and this was agreed.")
    d.mp("The Board AGREED to recommend to the Pension Committee that it receive a quarterly report on "
         "progress against the data improvement plan from September 2026.")
    d.minute("5", "Pensions dashboards connection")
    d.mp("VC updated the Board on the connection of the Fund to the pensions dashboards ecosystem by "
         "the Fund's staged connection date of 31 October 2025, which had been met. Testing of "
         "find-and-match results was continuing. VC would circulate the dashboards risk assessment to "
         "members of the Board before the next meeting.")
    d.mp("Members asked whether the Fund's scheme members had been told about the dashboards. VC said "
         "that a short article had appeared in the autumn newsletter, and that the Fund was waiting for "
         "the national launch date before running a wider campaign, so as not to raise expectations "
         "before members could actually use a dashboard. Mrs Sandhu suggested that employers' HR teams be "
         "briefed first, since many members would ask them.")
    d.minute("6", "Training and knowledge")
    d.mp("LT reported that all but one Board member had completed the Regulator's public service "
         "toolkit. The Board agreed that the remaining member would complete it by the end of the "
         "financial year.")
    d.minute("7", "Risk register")
    d.mp("Members discussed the cyber security risk, which had been re-scored as red. The Head of "
         "Pensions said that a penetration test of the member portal was scheduled for February 2026. "
         "The Board asked that the cyber risk be the subject of a focused session at its next meeting.")
    d.minute("8", "Actions arising from this meeting")
    d.mp("The following actions were recorded:")
    d.grid(["Ref", "Action", "Owner", "Due"], [
        ["20/01-1", "Report whether charges have been levied on late-submitting employers", "RF",
         "Next meeting"],
        ["20/01-2", "Share the draft data improvement plan with Board members", "EN", "April 2026"],
        ["20/01-3", "Circulate the pensions dashboards risk assessment to Board members", "VC",
         "Before next meeting"],
        ["20/01-4", "Arrange a focused session on cyber security risk, with the Fund's IT security adviser",
         "LT / VC", "21 April 2026"],
        ["20/01-5", "Write to the Pension Committee Chair with the Board's recommendation on data "
                    "improvement reporting", "Chair / LT", "28 February 2026"],
    ], (18, 92, 28, 32))
    d.minute("9", "Date of next meeting")
    d.mp("21 April 2026 at 2.00 pm.")
    d.p("The meeting closed at 4.05 pm.")
    save(d, "I08_marlbeck-elsmoor-local-pension-board-2026-01-20.pdf")


def us_county():
    d = Doc("OSSAWINNIE COUNTY BOARD OF SUPERVISORS", "REGULAR MEETING - FEBRUARY 10, 2026",
            "Minutes approved: pending", "Board of Supervisors minutes")
    d.title_block(["OSSAWINNIE COUNTY BOARD OF SUPERVISORS",
                   "Minutes of the Regular Meeting, February 10, 2026, 9:00 a.m.",
                   "Board Room, Ossawinnie County Courthouse, 118 Tamarack Street, Millbrook Falls"])
    d.p("The Board of Supervisors met in regular session. Chair Gwen Haldane called the meeting to order "
        "at 9:02 a.m. Supervisors present: Haldane, Ortiz-Bell, Kristofferson, Mbeki, and Lundqvist. "
        "Also present: County Administrator Dale Whitcombe; County Attorney Rosa Iannucci; Clerk of the "
        "Board Marcy Pohl.")
    d.p("Pledge of Allegiance.")
    d.minute("26-031", "Approval of agenda")
    d.mp("Motion by Mbeki, second by Lundqvist, to approve the agenda as presented. Motion carried 5-0.")
    d.minute("26-032", "Consent agenda")
    d.mp("Motion by Ortiz-Bell, second by Kristofferson, to approve the consent agenda, consisting of: "
         "(a) minutes of the January 27, 2026 regular meeting; (b) claims in the amount of $1,284,917.36; "
         "(c) a liquor license renewal for Tamarack Bowl & Grill. Motion carried 5-0.")
    d.minute("26-033", "Public comment")
    d.mp("Arlo Brenneman, Millbrook Falls, spoke about gravel road maintenance in Pleasant Township. "
         "Chair Haldane asked the County Engineer to contact Mr. Brenneman by the end of the week.")
    d.minute("26-034", "Secondary Roads - FY2027 five-year construction program")
    d.mp("County Engineer Tomasz Wieczorek presented the draft five-year program. 14.2 miles of "
         "hot-mix asphalt resurfacing and three bridge replacements are proposed in FY2027, at an "
         "estimated $6.8 million. Supervisor Lundqvist asked that the Hickory Creek bridge be moved "
         "forward; Wieczorek said it would be re-evaluated after the spring inspection.")
    d.mp("Motion by Kristofferson, second by Haldane, to adopt Resolution 2026-09 approving the FY2027 "
         "Secondary Roads Five-Year Construction Program and authorizing the County Engineer to submit it "
         "to the state Department of Transportation by April 15, 2026. Roll call: Ayes - Haldane, "
         "Ortiz-Bell, Kristofferson, Mbeki, Lundqvist. Nays - none. Motion carried 5-0.")
    d.minute("26-035", "Wind energy ordinance - first consideration")
    d.mp("Planning and Zoning Administrator Beth Aronsen presented proposed Ordinance 78, amending "
         "setbacks for commercial wind energy conversion systems. Six members of the public spoke, four "
         "opposed and two in favor.")
    d.mp("Motion by Mbeki, second by Ortiz-Bell, to approve the first consideration of Ordinance 78 and "
         "to set a public hearing for March 10, 2026 at 10:00 a.m. Roll call: Ayes - Mbeki, Ortiz-Bell. "
         "Nays - Haldane, Kristofferson, Lundqvist. Motion failed 2-3.")
    d.mp("Motion by Lundqvist, second by Kristofferson, to refer Ordinance 78 back to the Planning and "
         "Zoning Commission for further review of setback distances from occupied dwellings, with a "
         "report back to the Board no later than May 12, 2026. Motion carried 4-1 (Mbeki nay).")
    d.minute("26-036", "Sheriff's Office - jail medical services contract")
    d.mp("Sheriff Colleen Rourke requested approval of a three-year contract with Prairie Correctional "
         "Health for inmate medical services at $412,000 per year. Average daily jail population for "
         "calendar year 2025 was 61 inmates.")
    d.mp("Motion by Ortiz-Bell, second by Mbeki, to approve the contract and authorize the Chair to sign. "
         "Motion carried 5-0.")
    d.minute("26-037", "Fiscal Year 2027 budget work session")
    d.mp("Administrator Whitcombe reviewed the maximum property tax levy. The Board directed staff to "
         "prepare a budget scenario holding the levy rate at $7.41 per $1,000 of taxable valuation and "
         "to present it at the February 24 work session.")
    d.mp("Motion by Haldane, second by Lundqvist, to set a public hearing on the FY2027 maximum property "
         "tax levy for March 3, 2026 at 9:30 a.m. and to direct the Auditor to publish notice. Motion "
         "carried 5-0.")
    d.minute("26-038", "Adjournment")
    d.mp("Motion by Kristofferson, second by Mbeki, to adjourn at 11:48 a.m. Motion carried 5-0.")
    d.p("ATTEST: Marcy Pohl, Clerk of the Board                    Gwen Haldane, Chair")
    save(d, "I09_ossawinnie-county-board-of-supervisors-2026-02-10.pdf")


def audit_annual_report():
    d = Doc("Dunmarrow District Council", "Audit and Governance Committee Annual Report 2025/26",
            "Full Council 23 April 2026 - Agenda item 9", "Audit and Governance Committee Annual Report 2025/26")
    d.title_block(["DUNMARROW DISTRICT COUNCIL",
                   "AUDIT AND GOVERNANCE COMMITTEE",
                   "ANNUAL REPORT 2025/26",
                   "Report to Full Council, 23 April 2026"])
    d.p("1. Foreword by the Chair", style="B")
    d.p("I am pleased to present the annual report of the Audit and Governance Committee for the year "
        "April 2025 to March 2026. This has been a demanding year: the delayed sign-off of the 2023/24 "
        "accounts under the national backstop arrangements, a new internal audit provider and the "
        "first year of the Global Internal Audit Standards in the UK public sector. Councillor H Venn, "
        "Chair.")
    d.p("2. Membership and meetings", style="B")
    d.p("The Committee has seven elected members and one independent person, Mrs A Drummond-Hay, who "
        "was appointed in July 2025. The Committee met six times in the year. Average attendance was 86%.")
    d.p("3. The year in figures", style="B")
    d.p("- 24 internal audit reviews were completed against a plan of 26 (92%).")
    d.p("- 71 audit recommendations were made, of which 58 had been implemented by 31 March 2026 and "
        "6 were overdue.")
    d.p("- The Head of Internal Audit gave a 'reasonable' overall opinion on the framework of "
        "governance, risk management and control.")
    d.p("- 3 counter-fraud investigations were concluded, recovering £41,250.")
    d.p("4. Work during the year", style="B")
    d.p("The Committee received the external auditor's annual report, which identified one significant "
        "weakness in arrangements for financial sustainability. The Committee monitored the action plan "
        "in response at each meeting. It also reviewed the Annual Governance Statement, the treasury "
        "management strategy and the risk management framework.")
    d.p("At its meeting on 3 December 2025 the Committee resolved \"that the Director of Resources "
        "report to each meeting on progress against the external auditor's recommendations\". That "
        "reporting has taken place as required.")
    d.p("The Committee carried out a self-assessment against the CIPFA Position Statement in February "
        "2026. The results were broadly positive, with further work needed on skills in treasury "
        "management and on the Committee's oversight of partnerships.")
    d.p("5. Priorities for 2026/27", style="B")
    d.p("In the coming year the Committee will:")
    d.p("(a) Complete a programme of member training on treasury management and the statement of "
        "accounts, to be delivered before the draft 2025/26 accounts are presented in July 2026.",
        indent=6)
    d.p("(b) Review the Council's partnership governance arrangements, including the Dunmarrow Leisure "
        "Trust and the joint waste contract.", indent=6)
    d.p("(c) Oversee the implementation of the new Global Internal Audit Standards and the internal "
        "audit quality assurance and improvement programme.", indent=6)
    d.p("(d) Recruit a second independent member to the Committee.", indent=6)
    d.p("(e) Monitor closely the reduction of overdue audit recommendations, with a target of no "
        "high-priority recommendation overdue by more than three months.", indent=6)
    d.p("6. Recommendation", style="B")
    d.p("That Council notes the annual report of the Audit and Governance Committee for 2025/26.")
    d.p("Contact officer: Mr T Penrose, Head of Internal Audit (Shared Service). Background papers: none.")
    save(d, "I10_dunmarrow-audit-governance-annual-report-2025-26.pdf")


def icb():
    d = Doc("NHS Quenmarsh and Wrayfield Integrated Care Board", "Board meeting in public",
            "Unconfirmed minutes - 13 November 2025", "ICB Board minutes")
    d.title_block(["NHS Quenmarsh and Wrayfield Integrated Care Board",
                   "Minutes of the Board meeting held in public",
                   "Thursday 13 November 2025, 10.00 am, The Wrayfield Centre, Mill Quay, Wrayfield"])
    d.p("Members present: Dame Lorna Pickersgill (Chair, LP); Dr Samir Haddad (Chief Executive, SH); "
        "Mrs Ruth Calloway (Chief Finance Officer, RC); Dr Imogen Fenwick (Chief Medical Officer, IF); "
        "Mr Kwame Asante (Chief Nursing Officer, KA); Ms Joanna Wilde (Non-Executive Member, Audit, JW); "
        "Cllr Peter Ambler (Partner Member, local authorities).")
    d.p("In attendance: Mr Neil Stroud (Board Secretary, NS); Mrs Carys Dunne (Director of Primary Care, CD).")
    d.minute("ICB 25/118", "Welcome, apologies and declarations")
    d.mp("The Chair welcomed members of the public. Apologies were received from Mr Ravi Sethi. No new "
         "interests were declared.")
    d.minute("ICB 25/119", "Minutes of the previous meeting and action log")
    d.mp("The minutes of the meeting held on 11 September 2025 were approved as an accurate record.")
    d.mp("Action 25/097 (winter vaccination uptake by practice) was closed, the data having been "
         "circulated in October. Action 25/101 (dental access plan) remains open; CD confirmed the plan "
         "would be presented in January 2026.")
    d.minute("ICB 25/120", "Finance report - Month 6")
    d.mp("RC reported that the system was forecasting a deficit of £14.6m against a planned break-even "
         "position, driven mainly by prescribing and continuing healthcare costs. The ICB had delivered "
         "£21.3m of its £33.0m efficiency target to date. A recovery plan had been agreed with provider "
         "chief executives and would be monitored weekly by the System Finance Group. RC said the Board "
         "should expect the system to reach financial balance by the end of the financial year only if "
         "the recovery actions were delivered in full.")
    d.mp("The Board:", style="B")
    d.mp("a) noted the Month 6 financial position;", extra=6)
    d.mp("b) approved the system financial recovery plan; and", extra=6)
    d.mp("c) delegated to the Chief Finance Officer, in consultation with the Chair of the Finance and "
         "Performance Committee, authority to agree the final allocation of the recovery funding "
         "between providers.", extra=6)
    d.minute("ICB 25/121", "Urgent and emergency care winter plan")
    d.mp("IF presented the winter plan. 4-hour performance in October was 71.8% against the 78% "
         "national standard. Members asked how the plan would affect ambulance handovers. IF agreed to "
         "bring a revised handover trajectory to the Board before the next meeting, and the Chief "
         "Executive undertook to raise the matter at the regional urgent care board on 2 December 2025.")
    d.mp("RESOLVED: That the Board approves the winter plan and recommends it to the partner "
         "organisations of the Quenmarsh and Wrayfield Health and Care Partnership for adoption.",
         style="B")
    d.minute("ICB 25/122", "Primary care access recovery")
    d.mp("CD reported that 76% of appointments were now booked within two weeks. The Board asked for a "
         "report on the variation between practices to a future meeting.")
    d.minute("ICB 25/123", "Questions from the public")
    d.mp("Two questions had been submitted in advance. Both answers will be published on the ICB "
         "website within 20 working days.")
    d.mp("Summary of actions:", style="B")
    d.grid(["No.", "Action", "Lead", "By"], [
        ["25/124", "Revised ambulance handover trajectory to the Board", "IF", "Before next meeting"],
        ["25/125", "Raise handover delays at the regional urgent care board", "SH", "02/12/2025"],
        ["25/126", "Report on variation in primary care access between practices", "CD",
         "Future meeting"],
        ["25/127", "Publish answers to public questions on the ICB website", "NS", "12/12/2025"],
    ], (20, 100, 20, 30))
    d.p("Date of next meeting: Thursday 15 January 2026.")
    save(d, "I11_quenmarsh-wrayfield-icb-board-2025-11-13.pdf")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    planning()
    taxi()
    pension_board()
    us_county()
    audit_annual_report()
    icb()
