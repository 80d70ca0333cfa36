"""Build the six PDF documents of genre set H (fictional councils). Core fonts, latin-1 text only, fixed
creation date, so reruns are byte-identical.  Run: .venv/bin/python tests/genre_h/make_pdfs.py"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF, FontFace

OUT = Path(__file__).resolve().parent / "documents"
FIXED = datetime(2026, 2, 20, 9, 0, 0, tzinfo=timezone.utc)


class Minutes(FPDF):
    def __init__(self, head_left="", head_right="", foot="", page_fmt="Page {n} of {nb}", margin_nums=False):
        super().__init__(format="A4")
        self.head_left, self.head_right, self.foot, self.page_fmt = head_left, head_right, foot, page_fmt
        self.margin_nums = margin_nums
        self.set_creation_date(FIXED)
        self.set_producer("Democratic Services")
        self.set_margins(20, 22, 18)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()
        self.add_page()

    def header(self):
        if not (self.head_left or self.head_right):
            return
        self.set_font("Helvetica", "I", 8)
        self.set_y(10)
        self.cell(0, 4, self.head_left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, self.head_right, align="R")
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        if self.foot:
            self.cell(0, 4, self.foot, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 4, self.page_fmt.format(n=self.page_no(), nb="{nb}"), align="R")

    # -- blocks -------------------------------------------------------------------------------------
    def title_block(self, *lines, size=13):
        for i, line in enumerate(lines):
            self.set_font("Helvetica", "B", size if i == 0 else size - 2)
            self.multi_cell(0, 6.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def para(self, text, indent=0, style="", size=10, gap=2.2, h=5):
        self.set_font("Helvetica", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.w - self.l_margin - self.r_margin - indent, h, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def labelled(self, label, text, indent=14, size=10):
        """a hanging label such as '(a)' or '1.' with wrapped text beside it"""
        self.set_font("Helvetica", "", size)
        y = self.get_y()
        if y > self.page_break_trigger - 10:
            self.add_page()
        self.set_x(self.l_margin + indent)
        self.cell(10, 5, label)
        self.multi_cell(self.w - self.l_margin - self.r_margin - indent - 10, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def minute(self, num, title):
        if self.get_y() > self.page_break_trigger - 25:
            self.add_page()
        self.ln(2)
        self.set_font("Helvetica", "B", 10)
        if self.margin_nums:
            self.set_x(6)
            self.cell(14, 5, num)
            self.set_x(self.l_margin)
            self.multi_cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        else:
            self.multi_cell(0, 5, f"{num}  {title}", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def grid(self, headers, rows, widths, size=8.5):
        self.set_font("Helvetica", "", size)
        with self.table(width=sum(widths), align="LEFT", col_widths=widths, text_align="LEFT", line_height=4.6, first_row_as_headings=True,
                        headings_style=FontFace(emphasis="BOLD"), borders_layout="ALL") as t:
            r = t.row()
            for h in headers:
                r.cell(h)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        self.ln(3)

    def save(self, name):
        self.output(str(OUT / name))


def planning():
    p = Minutes("Baskerlea District Council", "Planning Committee - 13 November 2025",
                "Minutes subject to confirmation at the next meeting")
    p.title_block("BASKERLEA DISTRICT COUNCIL", "PLANNING COMMITTEE",
                  "Minutes of the meeting held at the Council Offices, Ridding Street, Baskerlea on Thursday 13 November 2025 at 6.00 pm")
    p.para("Present: Councillor R Haverthwaite (Chair); Councillors J Amberley, K Bostock, F Coyle, D Elmstead, "
           "L Garside (Vice-Chair), S Kettlewell, P Norland and T Quarmby.")
    p.para("Officers: Mrs Anwen Hollis (Head of Planning and Building Control), Mr Jacob Farrant (Principal Planning Officer), "
           "Ms Leona Skerry (Senior Lawyer, Planning), Mr Oliver Dunstable (Highways Development Control, Ardvane County Council) "
           "and Mrs Gail Witter (Democratic Services).")
    p.minute("PL/61", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS")
    p.para("Apologies were received from Councillor M Pybus. There were no substitutions.")
    p.minute("PL/62", "DECLARATIONS OF INTEREST")
    p.para("Councillor Coyle declared that he had been lobbied on application 25/0533/OUT (land east of Sallow Lane) "
           "but had not expressed a view. Councillor Kettlewell declared a disclosable pecuniary interest in application "
           "25/0609/HOU as the applicant is a family member, and left the room for that item.")
    p.minute("PL/63", "MINUTES")
    p.para("RESOLVED - That the minutes of the meeting held on 16 October 2025 be confirmed as a correct record and "
           "signed by the Chair.")
    p.minute("PL/64", "25/0412/FUL - FORMER GASWORKS SITE, WHARF ROAD, BASKERLEA")
    p.para("Erection of 86 dwellings, including 26 affordable homes, with associated access, open space and a "
           "riverside footpath.")
    p.para("The Principal Planning Officer presented the report and the late representations, which included a further "
           "objection from the Baskerlea Civic Society about the height of the four-storey block fronting Wharf Road. "
           "He advised that the Environment Agency had withdrawn its holding objection following receipt of an amended "
           "flood risk assessment on 3 November 2025.")
    p.para("Mr Nathan Crabtree spoke in objection on behalf of residents of Tannery Close, and Ms Julia Ferrer (agent) "
           "spoke in support of the application. Councillor E Lowther spoke as ward member.")
    p.para("Members discussed at length the level of affordable housing, which at 30% was below the 35% sought by "
           "policy H4, and the viability appraisal, which had been independently reviewed on behalf of the Council. "
           "Several members were concerned about the remediation of the site; the Head of Planning and Building Control "
           "confirmed that a phased remediation strategy would be secured by condition and that no dwelling could be "
           "occupied until the verification report had been approved. Members also asked about construction traffic "
           "on Wharf Road. Mr Dunstable said that the construction management plan would restrict HGV movements to "
           "between 9.30am and 3.00pm on school days, and that the County Council would review the parking restrictions "
           "on Wharf Road once the development was occupied.")
    p.para("Councillor Garside asked that the riverside footpath be made available for public use before the "
           "occupation of the 50th dwelling rather than the 70th as proposed. The applicant's agent indicated that this "
           "was acceptable.")
    p.para("It was moved by Councillor Amberley and seconded by Councillor Norland that the application be approved "
           "in accordance with the officer recommendation, with the footpath trigger amended. On being put to the vote "
           "this was carried (6 for, 2 against, 1 abstention).")
    p.para("RESOLVED -")
    p.labelled("(1)", "That the Head of Planning and Building Control be authorised to GRANT planning permission, subject to:")
    p.labelled("(a)", "the completion of a section 106 agreement to secure 26 affordable dwellings, a contribution of "
               "£412,000 towards secondary education and a contribution of £58,000 towards off-site sports provision; and", indent=24)
    p.labelled("(b)", "the conditions set out in the report, with condition 19 amended so that the riverside footpath "
               "is provided before the occupation of the 50th dwelling.", indent=24)
    p.labelled("(2)", "That if the section 106 agreement has not been completed by 31 March 2026, the Head of Planning "
               "and Building Control be authorised to refuse the application on the grounds that the necessary "
               "infrastructure and affordable housing have not been secured.")
    p.labelled("(3)", "That the Head of Planning and Building Control, in consultation with the Chair, be authorised to "
               "make minor amendments to the wording of the conditions before the decision notice is issued.")
    p.minute("PL/65", "25/0533/OUT - LAND EAST OF SALLOW LANE, KNAPTHORPE")
    p.para("Outline application for up to 140 dwellings with all matters reserved except access.")
    p.para("The Principal Planning Officer reported that the recommendation was for approval subject to a section 106 "
           "agreement. Members expressed concern that they could not assess the impact of the proposed access on the "
           "narrow section of Sallow Lane near the church without seeing it. Councillor Bostock proposed, and "
           "Councillor Quarmby seconded, that the application be deferred for a site visit.")
    p.para("RESOLVED - That consideration of the application be DEFERRED to the meeting of the Committee on "
           "8 January 2026 to allow members to visit the site, and that officers seek further information from the "
           "applicant on the width of the carriageway at the proposed access.")
    p.minute("PL/66", "25/0609/HOU - 14 BECK ROW, ORMBY")
    p.para("(Councillor Kettlewell had left the meeting.)")
    p.para("Two-storey side extension and detached garage.")
    p.para("RESOLVED - That planning permission be REFUSED for the following reasons:")
    p.labelled("1.", "The extension, by reason of its height, bulk and siting close to the boundary, would have an "
               "overbearing effect on 12 Beck Row, contrary to policy D2 of the Baskerlea Local Plan.")
    p.labelled("2.", "The garage would result in the loss of the open frontage which is characteristic of Beck Row, "
               "contrary to policy D1.")
    p.para("(Councillor Kettlewell returned to the meeting.)")
    p.minute("PL/67", "APPEAL DECISIONS")
    p.para("The Committee received a report listing the appeal decisions issued since the last meeting. Of the five "
           "appeals determined, four had been dismissed. Members noted that the appeal at Hobb's Farm had been allowed "
           "and costs awarded against the Council. The Head of Planning and Building Control undertook to bring a "
           "short report on the lessons from that appeal to a future meeting.")
    p.para("RESOLVED - That the report be noted.")
    p.minute("PL/68", "PLANNING PERFORMANCE")
    p.para("Mrs Hollis reported that 91% of major applications and 88% of minor applications had been determined "
           "within the statutory period or an agreed extension in the year to September 2025.")
    p.para("The meeting closed at 8.52 pm.")
    p.para("Chair ............................................          Date ........................")
    p.save("h07_baskerlea-planning-committee-minutes-2025-11-13.pdf")


def audit():
    p = Minutes("QUENBY BOROUGH COUNCIL", "Audit and Governance Committee", "AGC 27.11.25", page_fmt="{n}")
    p.title_block("QUENBY BOROUGH COUNCIL", "AUDIT AND GOVERNANCE COMMITTEE",
                  "MINUTES of the meeting held on Thursday, 27 November 2025 at 10.00 am in the Mayor's Parlour, Quenby Town Hall")
    p.para("Members present: Councillor H Mottram (Chair), Councillors A Brearley, C Dacre, W Ings and P Yelland; "
           "Mr S Vaughan-Price (Independent Member).")
    p.para("Also present: Mr C Ebbridge (Director of Finance and Resources), Ms R Oduya (Head of Internal Audit), "
           "Mr T Lisle (Monitoring Officer), Ms F Garrow (Key Audit Partner, Harrod Leach LLP), and "
           "Mr N Pask (Committee Officer).")
    p.minute("24.", "Apologies")
    p.para("Apologies were received from Councillor G Tuckey.")
    p.minute("25.", "Minutes of the last meeting and action log")
    p.para("The minutes of the meeting held on 25 September 2025 were agreed and signed as a correct record.")
    p.para("The Committee reviewed the action log. Actions 17 and 19 had been completed: the revised anti-fraud policy "
           "had been circulated on 3 October and the Chair had met the external auditor. Action 21 (the report on "
           "the use of agency staff) was carried forward and is shown in the table at the end of these minutes.")
    p.minute("26.", "External Audit - Audit Findings Report 2024/25")
    p.para("Ms Garrow presented the Audit Findings Report. She expected to issue an unqualified opinion on the "
           "2024/25 financial statements, but the value for money work had identified a significant weakness in "
           "arrangements for the management of the housing repairs contract.")
    p.para("The Director of Finance and Resources said the management response had been agreed with the Cabinet "
           "Member for Housing and that a contract improvement plan would be in place by 31 January 2026. Members "
           "asked to see the plan once it was approved.")
    p.para("RESOLVED:")
    p.labelled("(a)", "That the Audit Findings Report 2024/25 be noted.")
    p.labelled("(b)", "That the Statement of Accounts 2024/25 be approved, and the Chair and the Director of Finance "
               "and Resources be authorised to sign the letter of representation.")
    p.labelled("(c)", "That the Director of Housing attend the next meeting to present the housing repairs contract "
               "improvement plan.")
    p.minute("27.", "Internal Audit Progress Report")
    p.para("Ms Oduya reported that 62% of the 2025/26 audit plan had been delivered to draft report stage. Two "
           "limited assurance opinions had been issued, on payroll starters and leavers and on the council tax "
           "reduction scheme. There were 11 overdue high-priority recommendations, four of them more than six "
           "months overdue.")
    p.para("Members expressed frustration that several overdue actions related to IT access controls and had been "
           "reported as overdue at each of the last three meetings. The Chair asked that the Director of Digital "
           "Services be invited to the February meeting to explain the delay. Ms Oduya agreed to add a column to the "
           "tracker showing the original due date of each recommendation.")
    p.para("The progress report was noted.")
    p.minute("28.", "Annual Governance Statement - action plan update")
    p.para("The Monitoring Officer reported on the six actions in the Annual Governance Statement action plan. "
           "Recommendation 2.2 of the report (\"That the Committee approves the revised Code of Corporate Governance at "
           "Appendix 2\") was not put, as the revised Code had not been finalised in time for the meeting.")
    p.para("Members asked for reassurance on the member training programme. Mr Lisle said the mandatory training on "
           "the Code of Conduct for all members would run in the new year, and attendance figures would be reported "
           "to the Standards Committee.")
    p.para("RESOLVED that the update be noted and that the revised Code of Corporate Governance be submitted to the "
           "Committee in March 2026.")
    p.minute("29.", "Work programme")
    p.para("The Committee agreed its work programme for 2025/26, adding a session on treasury management for "
           "members before the budget is set.")
    p.ln(2)
    p.para("ACTIONS ARISING", style="B")
    p.grid(["Ref", "Minute", "Action", "Owner", "Due"], [
        ["21", "18 (Sept)", "Report on the use of agency staff across the Council, including spend by directorate",
         "Director of People and Organisational Development", "February 2026"],
        ["22", "26", "Circulate the housing repairs contract improvement plan to Committee members once approved",
         "Director of Finance and Resources", "31 January 2026"],
        ["23", "27", "Invite the Director of Digital Services to explain overdue IT access control actions",
         "Committee Officer (NP)", "Next meeting"],
        ["24", "27", "Add original due date column to the internal audit recommendations tracker", "Head of Internal Audit (RO)",
         "Next meeting"],
        ["25", "29", "Arrange treasury management briefing session for all members", "Director of Finance and Resources",
         "Before Budget Council, 24 February 2026"],
    ], widths=(10, 17, 77, 40, 28))
    p.para("The meeting ended at 12.15 pm.")
    p.para("CHAIR")
    p.save("h08_quenby-audit-governance-committee-minutes-2025-11-27.pdf")


def trust_board():
    p = Minutes("Thurnaby Fen Hospitals NHS Foundation Trust", "Board of Directors (Public) - 4 December 2025",
                "Approved by the Board on: (to be confirmed)", page_fmt="Page {n} of {nb}", margin_nums=False)
    p.title_block("Thurnaby Fen Hospitals NHS Foundation Trust",
                  "Minutes of the Meeting of the Board of Directors held in Public",
                  "Thursday 4 December 2025, 09:30 - 12:45, Education Centre, Thurnaby Fen General Hospital")
    p.grid(["Present", ""], [
        ["Dame Celia Rutherford (CR)", "Chair"],
        ["Mr Adebayo Okonjo (AO)", "Chief Executive"],
        ["Dr Miriam Falk (MF)", "Chief Medical Officer"],
        ["Ms Shona Pettigrew (SP)", "Chief Nursing Officer"],
        ["Mr Lewis Harte (LH)", "Chief Finance Officer"],
        ["Ms Tegan Wolsey (TW)", "Chief Operating Officer"],
        ["Mr Rupert Cane (RC)", "Non-Executive Director"],
        ["Prof. Hana Idris (HI)", "Non-Executive Director"],
        ["In attendance: Mr Gideon Brett (GB)", "Trust Secretary (minutes)"],
    ], widths=(75, 95))
    p.minute("TB 25/141", "Welcome, apologies and declarations of interest")
    p.para("The Chair welcomed members of the public and the governors observing. Apologies were noted from "
           "Mrs Ruth Kinsey (Non-Executive Director). No new interests were declared.")
    p.minute("TB 25/142", "Minutes of the previous meeting and action log")
    p.para("The minutes of the meeting held on 2 October 2025 were approved as an accurate record.")
    p.para("Action log: TB 25/118 (ward staffing review) - complete, presented to the People Committee in November. "
           "TB 25/121 (patient story follow-up letter) - complete. All other actions are shown in the log at the end "
           "of these minutes.")
    p.minute("TB 25/143", "Patient story")
    p.para("The Board heard from a carer about her father's discharge from Ward 9. The Chief Nursing Officer thanked "
           "her and said that the discharge lounge would extend its hours to 8pm from w/c 12 January.")
    p.minute("TB 25/144", "Chief Executive's report")
    p.para("AO highlighted the continued pressure in the emergency department: 71.4% of patients were seen within "
           "four hours in October against the national target of 78% by March 2026. Ambulance handovers over 60 minutes "
           "had fallen to 38 in October from 112 in July.")
    p.para("RC asked how the Trust would reach the four-hour target. TW said that the new same-day emergency care "
           "unit would open in February, and that the winter plan was expected to recover performance to 76% by the "
           "end of Q4. The Board noted the report.")
    p.minute("TB 25/145", "Integrated Performance Report - Month 7")
    p.para("The Board reviewed the report. The referral to treatment waiting list stood at 41,870, with 412 patients "
           "waiting more than 65 weeks. TW confirmed that all 65-week waiters other than those choosing to wait would be "
           "treated by 31.03.26.")
    p.para("HI asked for the cancer 62-day performance to be shown by tumour site in future reports. MF agreed; "
           "Action: MF/TW to include tumour-site breakdown in the IPR from the February meeting.")
    p.para("The Board noted the Integrated Performance Report.")
    p.minute("TB 25/146", "Finance report and financial recovery plan")
    p.para("LH reported a year-to-date deficit of £6.2m, £1.4m adverse to plan, driven by premium staffing costs. "
           "The recovery plan included a vacancy control panel and a reduction in agency spend of 30%.")
    p.para("The Board:")
    p.labelled("a)", "noted the month 7 financial position;")
    p.labelled("b)", "approved the financial recovery plan as set out in appendix 1;")
    p.labelled("c)", "delegated to the Finance and Investment Committee authority to approve the business case for the "
               "electronic rostering upgrade, up to a value of £1.2m; and")
    p.labelled("d)", "asked the Chief Finance Officer to report progress against the recovery plan at each public "
               "Board meeting until the end of the financial year.")
    p.minute("TB 25/147", "Maternity and neonatal safety report")
    p.para("SP presented the quarterly report, including the perinatal mortality review findings. There had been no "
           "Healthcare Safety Investigation referrals in the quarter. The Board's maternity safety champion, HI, "
           "confirmed that she had completed the required walk-rounds.")
    p.para("The Board confirmed that it had received the assurance required under Safety Action 9 of the Maternity "
           "Incentive Scheme and approved the submission of the Year 7 declaration, to be signed by the Chief "
           "Executive before the deadline.")
    p.minute("TB 25/148", "Guardian of Safe Working Hours - quarterly report")
    p.para("The report was received. The Guardian will present her annual report to the Board in the new year.")
    p.minute("TB 25/149", "Questions from the public")
    p.para("A member of the public asked about car parking charges for blue badge holders. LH explained the current "
           "policy and agreed to send a written reply within ten working days.")
    p.ln(2)
    p.para("Action log - Board of Directors (Public)", style="B")
    p.grid(["Ref", "Action", "Lead", "Due", "Status"], [
        ["TB 25/097", "Present refreshed clinical strategy following public engagement", "MF", "March 2026", "On track"],
        ["TB 25/124", "Report on outcome of the stroke services consultation", "TW", "Feb 2026 Board", "Open"],
        ["TB 25/145", "Include cancer 62-day performance by tumour site in IPR", "MF/TW", "Feb 2026", "New"],
        ["TB 25/149", "Written reply to public question on blue badge parking charges", "LH", "18/12/2025", "New"],
        ["TB 25/118", "Ward staffing review to People Committee", "SP", "Nov 2025", "Complete - close"],
    ], widths=(22, 78, 17, 25, 28))
    p.save("h09_thurnaby-fen-trust-board-public-minutes-2025-12-04.pdf")


def police_panel():
    p = Minutes("Ardvane and Pellowick Police and Crime Panel", "5 February 2026",
                "Ardvane County Council hosts the Panel on behalf of the constituent authorities")
    p.title_block("ARDVANE AND PELLOWICK POLICE AND CRIME PANEL",
                  "MINUTES of a meeting held at County Hall, Ardvane, on Thursday 5 February 2026 at 10.30 am")
    p.para("PRESENT: Councillor Morwenna Steel (Chair) (Pellowick Borough Council), Councillor Idris Fennimore "
           "(Vice-Chair) (Ardvane County Council), Councillors Yusuf Bray, Carys Moult, Dominic Oakes, Harriet Pegg, "
           "Selwyn Rudd, and Independent Co-opted Members Mrs Bethan Lowry and Mr Ravi Chandrakant.")
    p.para("ALSO PRESENT: Mr Gerallt Hume (Police and Crime Commissioner), Ms Pippa Stroud (Chief Executive, Office "
           "of the PCC), Mr Warren Acland (Chief Finance Officer, OPCC), Chief Constable Leah Brannigan.")
    p.minute("1.", "MINUTES")
    p.para("The minutes of the meeting held on 20 November 2025 were approved as a correct record and signed by the Chair.")
    p.minute("2.", "PROPOSED POLICE PRECEPT 2026/27")
    p.para("The Commissioner presented his proposal to increase the police element of council tax by £14.00 for a "
           "Band D property, the maximum permitted without a referendum, which would raise an additional £4.9m. "
           "He said the increase would protect neighbourhood policing and allow the recruitment of 24 additional "
           "police staff investigators.")
    p.para("Members questioned the Commissioner on the savings plan and on the use of reserves. The Chief Finance "
           "Officer said that £2.3m of savings had been identified for 2026/27 and that a further £1.8m would need to "
           "be found by 2027/28. The Commissioner undertook to publish a revised medium-term financial plan before the "
           "summer, including the outcome of the estates review.")
    p.para("Councillor Rudd moved, seconded by Councillor Oakes, that the Panel veto the proposed precept. Following "
           "advice from the Panel's legal adviser on the consequences of a veto, the motion was put to the vote and "
           "was lost (2 in favour, 7 against).")
    p.para("RESOLVED that the Panel:")
    p.labelled("(1)", "supports the precept of £271.50 for a Band D property for 2026/27 as proposed by the Police and Crime Commissioner;")
    p.labelled("(2)", "recommends to the Commissioner that a breakdown of how the additional precept income is spent, "
               "including the number of neighbourhood officers in each local policing area, be reported to the Panel "
               "in the autumn; and")
    p.labelled("(3)", "recommends to the Commissioner that he consults the Panel on the scope of the estates review "
               "before any decision is taken to close a police station front counter.")
    p.para("Action: the Panel Support Officer to send the Panel's report on the precept to the Commissioner by "
           "8 February 2026, as required by the Police and Crime Panels (Precepts and Chief Constable Appointments) "
           "Regulations 2012.")
    p.minute("3.", "POLICE AND CRIME PLAN - PERFORMANCE REPORT Q3")
    p.para("The Commissioner presented the quarterly performance report. 999 calls answered within 10 seconds had "
           "improved to 91%. The charge rate for domestic abuse offences remained low at 7.8%.")
    p.para("Mrs Lowry asked about the backlog of digital forensic examinations. The Chief Constable said that the "
           "backlog had been reduced from 640 to 410 devices and she expected it to be cleared by the end of Q2 "
           "2026/27. The Commissioner agreed to provide the Panel with a written update on the rape and serious "
           "sexual offences improvement plan.")
    p.para("The Panel noted the performance report.")
    p.minute("4.", "COMPLAINTS AGAINST THE COMMISSIONER")
    p.para("The Panel noted that no complaints had been received in the period.")
    p.minute("5.", "WORK PROGRAMME")
    p.para("The Panel agreed its work programme, adding a session on the violence against women and girls strategy "
           "for the meeting in June 2026.")
    p.save("h10_ardvane-pellowick-police-crime-panel-minutes-2026-02-05.pdf")


def fire_annual_report():
    p = Minutes("Wyndle and Baskerlea Fire and Rescue Authority", "Annual Report 2025/26",
                "www.wbfire.gov.example", page_fmt="{n}", margin_nums=False)
    p.ln(30)
    p.title_block("Wyndle and Baskerlea Fire and Rescue Service", "Annual Report 2025/26",
                  "Presented to the Fire and Rescue Authority, 16 June 2026", size=18)
    p.add_page()
    p.para("Foreword from the Chief Fire Officer", style="B", size=12)
    p.para("This report looks back on a year in which our firefighters responded to more incidents than at any "
           "time in the last decade, driven largely by the wildfires of the dry summer of 2025. I am proud of the way "
           "our crews, control staff and support teams rose to that challenge. It also sets out what we will focus on "
           "in the year ahead, as the second year of our Community Risk Management Plan 2025-2029.")
    p.para("Kerenza Moyle, Chief Fire Officer", style="I")
    p.para("Our year in numbers", style="B", size=12)
    p.para("In 2025/26 the Service:")
    for t in ["attended 7,214 incidents, an increase of 11% on 2024/25;",
              "attended 1,036 wildfires and grass fires, compared with 402 the previous year;",
              "arrived at 74% of life-risk incidents within 10 minutes of the call being answered;",
              "completed 9,880 Safe and Well visits, 68% of them to households referred by partners;",
              "carried out 1,412 fire safety audits of business premises;",
              "kept on-call appliance availability at 81%, below our target of 85%."]:
        p.labelled("-", t, indent=6)
    p.para("Accidental dwelling fires fell to 298, the lowest number on record, and there were three fire deaths in "
           "the year.")
    p.para("Progress against our 2025/26 priorities", style="B", size=12)
    p.para("Last year we committed to five priorities. We completed the move of Control to the shared facility with "
           "Ardvane, introduced the new station duty system at Wyndle Central, and opened the training tower at "
           "Hobb's Cross. The on-call recruitment campaign did not achieve its target and is carried forward below. "
           "The replacement of our breathing apparatus sets was delayed by the supplier and will complete in 2026/27.")
    p.para("Case study: the Marsh End fire", style="B", size=11)
    p.para("On 14 August 2025 crews from eleven stations attended a fire covering 60 hectares of heathland at Marsh "
           "End. Working with the landowner and the Environment Agency, crews protected 40 homes on the edge of the "
           "village. A multi-agency debrief identified the need for better access to water on open land, which is "
           "reflected in our priorities for the coming year.")
    p.para("Our priorities for 2026/27", style="B", size=12)
    p.para("During April 2026 to March 2027 we will:")
    pri = [
        "Recruit and train 40 new on-call firefighters, with a focus on the Ormby and Knapthorpe stations where daytime availability is lowest.",
        "Complete the replacement of all breathing apparatus sets and the associated training for operational staff.",
        "Publish a wildfire strategy with landowners, the National Park and water companies, including an open-water access map for crews.",
        "Increase Safe and Well visits to 11,000, prioritising people aged over 80 who live alone.",
        "Introduce a new risk-based inspection programme for high-rise residential buildings and care homes.",
        "Deliver the actions in our response to the HMICFRS inspection, in particular on the handling of misconduct cases.",
    ]
    for i, t in enumerate(pri, 1):
        p.labelled(f"{i}.", t, indent=6)
    p.para("How we are funded", style="B", size=12)
    p.para("The Authority's net revenue budget for 2025/26 was £48.3m, of which 61% was funded through council tax. "
           "The Authority set a Band D precept of £96.21 for 2026/27.")
    p.para("The Authority is asked to note this report and approve its publication.", style="I")
    p.save("h11_wyndle-baskerlea-fire-annual-report-2025-26.pdf")


def irish_council():
    p = Minutes("Dromvarra County Council", "Minutes - Monthly Meeting - 19 January 2026", "", page_fmt="Page {n}",
                margin_nums=True)
    p.title_block("COMHAIRLE CHONTAE DHROIM BHEARRA / DROMVARRA COUNTY COUNCIL",
                  "Minutes of the Monthly Meeting of Dromvarra County Council held in the Council Chamber, "
                  "Aras an Chontae, Dromvarra, on Monday 19th January 2026 at 2.00 p.m.")
    p.para("Cathaoirleach: Cllr. Siobhan Ni Dhuibhir presiding.")
    p.para("Members present: Cllrs. P. Brennock, M. Carrigan, T. Dalgan, E. Fahy, N. Keaveney, J. Lonergan, "
           "R. MacEoin, D. O'Halloran, B. Quealy, A. Ruane, C. Tierney.")
    p.para("Officials present: Mr. Fergal Hession, Chief Executive; Ms. Una Brophy, Director of Services, Housing; "
           "Mr. Colm Garvey, Director of Services, Roads and Transportation; Ms. Aoife Kinsella, Head of Finance; "
           "Ms. Grainne Toal, Meetings Administrator.")
    p.minute("1.", "Votes of Sympathy")
    p.para("Votes of sympathy were extended to the families of the late Mr. Sean Cullinan, former member of the "
           "Council, and the late Mrs. Kathleen Dunne, Rathmoy.")
    p.minute("2.", "Confirmation of Minutes")
    p.para("On the proposal of Cllr. Fahy, seconded by Cllr. Lonergan, the minutes of the Monthly Meeting held on "
           "15th December 2025 were confirmed.")
    p.minute("3.", "Disposal of property - Section 183 of the Local Government Act 2001")
    p.para("On the proposal of Cllr. Dalgan, seconded by Cllr. Ruane, it was resolved that the Council approve the "
           "disposal of 0.12 hectares of land at Knockaun, Ballinure, to Mr. Declan Foley for the sum of EUR 9,500, "
           "in accordance with the notice circulated on 5th January 2026.")
    p.minute("4.", "Housing Delivery Report")
    p.para("Ms. Brophy presented the report. 214 social homes were delivered in 2025 against a target of 240. "
           "Members raised the number of vacant Council houses in Castlegar and the time taken to re-let them. "
           "Ms. Brophy stated that the voids programme would return 38 units to use by the end of Q2 2026 and that "
           "a full list of vacant properties by Municipal District would be circulated to members.")
    p.para("Cllr. Keaveney asked that the Housing Strategic Policy Committee examine the rural resettlement scheme. "
           "The Cathaoirleach agreed that the matter be referred to the SPC at its next meeting.")
    p.para("The report was noted.")
    p.minute("5.", "Roads Programme 2026")
    p.para("Mr. Garvey outlined the draft schedule of municipal district works. He confirmed that the R-477 "
           "resurfacing at Carrowbeg would go to tender in March and that the Department of Transport had been asked "
           "for additional funding for the Glenard bridge.")
    p.para("It was proposed by Cllr. O'Halloran, seconded by Cllr. Tierney, and agreed, that the Council write to "
           "the Minister for Transport seeking the restoration of the Community Involvement Scheme allocation for 2026.")
    p.minute("6.", "Notice of Motion - Cllr. M. Carrigan")
    p.para("Cllr. Carrigan moved the following motion, seconded by Cllr. Quealy: \"That Dromvarra County Council "
           "calls on the HSE to reopen the minor injuries unit at St. Brigid's, Rathmoy, at weekends.\"")
    p.para("Cllr. MacEoin proposed an amendment, seconded by Cllr. Brennock, to insert after 'weekends' the words "
           "'and to meet with members of the Council within two months to set out its plans for the unit'. The "
           "amendment was accepted by the proposer and seconder.")
    p.para("The motion as amended was put and carried unanimously:")
    p.para("\"That Dromvarra County Council calls on the HSE to reopen the minor injuries unit at St. Brigid's, "
           "Rathmoy, at weekends and to meet with members of the Council within two months to set out its plans for "
           "the unit.\"", indent=10)
    p.para("It was agreed that the Meetings Administrator would forward the resolution to the HSE Regional "
           "Executive Officer and to the Oireachtas members for the constituency.")
    p.minute("7.", "Notice of Motion - Cllr. A. Ruane")
    p.para("Cllr. Ruane moved, seconded by Cllr. Tierney: \"That this Council introduces free parking in all "
           "Council car parks on Saturdays in December.\" Cllr. Lonergan proposed an amendment to limit the measure "
           "to the two weeks before Christmas. A vote was taken on the amendment: For 5, Against 8, Abstain 0. The "
           "amendment was defeated. The Chief Executive advised that the motion, if passed, would have a revenue "
           "cost of approximately EUR 85,000 which would need to be met in the 2027 budget. Following discussion, "
           "Cllr. Ruane agreed to withdraw the motion on the understanding that the Head of Finance would bring a "
           "costed options paper to the Corporate Policy Group before the budget process.")
    p.minute("8.", "Correspondence")
    p.para("Correspondence from the Minister for Housing regarding the vacant property refurbishment grant was noted.")
    p.para("This concluded the business of the meeting.")
    p.para("Signed: ______________________  Cathaoirleach            Date: ______________")
    p.save("h12_dromvarra-county-council-monthly-minutes-2026-01-19.pdf")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    planning()
    audit()
    trust_board()
    police_panel()
    fire_annual_report()
    irish_council()
