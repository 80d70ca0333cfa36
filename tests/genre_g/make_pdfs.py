"""Generate the PDF documents of genre set G (fictional councils) into documents/.

Run: /work/main/.venv/bin/python tests/genre_g/make_pdfs.py
fpdf2, core fonts only, latin-1 text, fixed creation date: reruns are byte-identical.
"""
from datetime import datetime, timezone

from fpdf import FPDF

FIXED_DATE = datetime(2026, 3, 31, 9, 0, 0, tzinfo=timezone.utc)


VOWELS = set("aeiouyAEIOUY")


def good_break(w, k):
    """Crude VC-CV rule: break between two consonants that sit between vowels."""
    a, b = w[k - 1], w[k]
    if a in VOWELS or b in VOWELS or (a + b).lower() in ("th", "ch", "sh", "ph", "ck", "wh", "gh"):
        return False
    return w[k - 2] in VOWELS and w[k + 1] in VOWELS


def latin1(s):
    s.encode("latin-1")  # raise early on anything outside latin-1
    return s


class CouncilPDF(FPDF):
    """A4 portrait page with running header and footer."""

    def __init__(self, head_left="", head_right="", foot_left="", foot_right=None,
                 first_page_header=False, font="Helvetica", size=10.5, hyphenate=True):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.head_left, self.head_right = head_left, head_right
        self.foot_left = foot_left
        self.foot_right = foot_right  # None -> "Page n of N"
        self.first_page_header = first_page_header
        self.body_font, self.body_size = font, size
        self.hyph = hyphenate
        self.set_margins(20, 24, 20)
        self.set_auto_page_break(False)
        self.set_creation_date(FIXED_DATE)
        self.set_creator("Modern.Gov document export")
        self.set_producer("Council PDF writer")
        self.bottom_limit = 297 - 24
        self.add_page()

    # -- page furniture -------------------------------------------------
    def header(self):
        if self.page_no() == 1 and not self.first_page_header:
            return
        self.set_font(self.body_font, "I", 8.5)
        self.set_xy(20, 10)
        self.cell(120, 5, latin1(self.head_left))
        self.set_xy(110, 10)
        self.cell(80, 5, latin1(self.head_right), align="R")
        self.line(20, 16, 190, 16)
        self.set_y(24)

    def footer(self):
        self.set_y(-17)
        self.set_font(self.body_font, "", 8.5)
        self.line(20, 297 - 19, 190, 297 - 19)
        if self.foot_left:
            self.set_x(20)
            self.cell(120, 5, latin1(self.foot_left))
        txt = self.foot_right if self.foot_right is not None else "Page %d of {nb}" % self.page_no()
        self.set_x(130)
        self.cell(60, 5, latin1(txt), align="R")

    # -- text -----------------------------------------------------------
    def need(self, h):
        if self.get_y() + h > self.bottom_limit:
            self.add_page()

    def wrap(self, text, width):
        words = latin1(text).split()
        lines, cur = [], ""
        for w in words:
            trial = (cur + " " + w) if cur else w
            if self.get_string_width(trial) <= width:
                cur = trial
                continue
            # try to hyphenate w into the remaining space
            if self.hyph and cur and w.isalpha() and len(w) >= 8:
                best = None
                for k in range(len(w) - 3, 3, -1):
                    if not good_break(w, k):
                        continue
                    cand = cur + " " + w[:k] + "-"
                    if self.get_string_width(cand) <= width:
                        best = k
                        break
                if best:
                    lines.append(cur + " " + w[:best] + "-")
                    cur = w[best:]
                    continue
            if cur:
                lines.append(cur)
            cur = w
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, x=38, width=None, style="", size=None, lh=5.0, gap=2.2, label=None,
             label_x=20, label_style="B"):
        size = size or self.body_size
        width = width or (190 - x)
        self.set_font(self.body_font, style, size)
        lines = self.wrap(text, width)
        self.need(lh * min(2, len(lines)))
        first = True
        for ln in lines:
            self.need(lh)
            y = self.get_y()
            if first and label:
                self.set_font(self.body_font, label_style, size)
                self.set_xy(label_x, y)
                self.cell(x - label_x - 1, lh, latin1(label))
                self.set_font(self.body_font, style, size)
            self.set_xy(x, y)
            self.cell(width, lh, ln)
            self.set_y(y + lh)
            first = False
        self.set_y(self.get_y() + gap)

    def heading(self, text, x=38, label=None, size=None):
        self.need(14)
        self.para(text, x=x, style="B", size=size, label=label, gap=1.8)


def bordered_table(pdf, rows, widths, size=9):
    pdf.need(22)
    pdf.set_font(pdf.body_font, "", size)
    pdf.set_x(20)
    pdf.set_auto_page_break(True, margin=24)
    with FPDF.table(pdf, col_widths=widths, width=sum(widths), align="LEFT", text_align="LEFT",
                    line_height=4.6, first_row_as_headings=True, borders_layout="ALL") as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(latin1(c))
    pdf.set_auto_page_break(False)
    pdf.set_y(pdf.get_y() + 3)

def g08(path):
    pdf = CouncilPDF(head_left="Overview and Scrutiny Committee - 23 September 2025",
                     head_right="Marrowby District Council",
                     foot_left="Chairman's initials ..........", font="Helvetica", size=10)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(170, 7, "MARROWBY DISTRICT COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.para("MINUTES of a meeting of the OVERVIEW AND SCRUTINY COMMITTEE held in the Council Chamber, "
             "Marrowby House, Quay Street, Marrowby on Tuesday 23 September 2025 at 6.30 pm", x=20, style="B")
    pdf.para("PRESENT: Councillor J Ellwood (Chairman), Councillor S Pargeter (Vice-Chairman), Councillors "
             "R Anstey, B Coker, D Fenwick, H Iqbal, L Moss, P Quayle and T Whitlock.", x=20)
    pdf.para("Officers: Naomi Birtles (Director of Communities), Craig Hollins (Leisure Contract Manager), "
             "Faye Tindall (Head of Economic Development), Owen Stacey (Democratic Services Officer).", x=20)
    pdf.para("Also present: Councillor A Marsh (Cabinet Member for Health and Leisure) and Mr Lewis Carden "
             "(Area Manager, Carrwood Leisure Trust).", x=20, gap=5)

    pdf.heading("APOLOGIES FOR ABSENCE", label="OS/25/31")
    pdf.para("Apologies for absence were received from Councillors K Bramley and M O'Dowd.")
    pdf.heading("DECLARATIONS OF INTEREST", label="OS/25/32")
    pdf.para("Councillor Quayle declared a non-registrable interest in minute OS/25/34 as a member of the "
             "Marrowby Swimming Club. He remained in the meeting.")
    pdf.heading("MINUTES", label="OS/25/33")
    pdf.para("RESOLVED that the minutes of the meeting of the Committee held on 15 July 2025 be approved as a "
             "correct record and signed by the Chairman.")

    pdf.heading("LEISURE CONTRACT - ANNUAL PERFORMANCE REVIEW 2024/25", label="OS/25/34")
    pdf.para("The Committee received a report of the Director of Communities reviewing the second year of the "
             "leisure management contract with Carrwood Leisure Trust, which operates the Saltings Pool, "
             "Marrowby Sports Centre and the Eastgate Fitness Suite on the Council's behalf.")
    pdf.para("The Leisure Contract Manager summarised the performance of the contract. Total visits across the "
             "three sites had been 612,400, an increase of 9% on the previous year, and customer satisfaction "
             "had been measured at 87%. However, the Saltings Pool had been closed for 41 days during the year "
             "because of plant failures, and complaints about the accessibility of the changing village had "
             "increased.")
    pdf.para("Mr Carden, for the Trust, acknowledged the problems at the pool. He explained that replacement "
             "filtration equipment had been ordered and that the Trust expected it to be installed by the end of "
             "November 2025. The Trust would also be carrying out an independent access audit of all three "
             "sites, in partnership with the Marrowby Disability Forum, and would share the findings with the "
             "Council.")
    pdf.para("Members asked a number of questions, including about concessionary membership for residents on "
             "low incomes, the condition of the sports hall floor at Marrowby Sports Centre and the contract's "
             "carbon reduction targets. In response to a question from Councillor Iqbal, the Leisure Contract "
             "Manager agreed to provide Members with a breakdown of concessionary memberships by ward. The "
             "Director of Communities advised that energy use at the three sites had fallen by 14% since the "
             "baseline year, against a contractual target of 20% by March 2027.")
    pdf.para("Councillor Coker expressed disappointment that the Trust's annual report had not included any "
             "information on the number of school swimming lessons delivered. The Chairman asked that this be "
             "included in future reports, and Mr Carden undertook that it would be.")
    pdf.para("Following discussion, it was")
    pdf.para("RESOLVED to recommend to Cabinet that:", style="B")
    pdf.para("(a) Carrwood Leisure Trust be required to submit an improvement plan for the Saltings Pool, "
             "covering plant reliability and accessibility, by 31 December 2025;", x=46)
    pdf.para("(b) the contract monitoring arrangements be strengthened to include quarterly reporting of "
             "accessibility complaints and unplanned closures; and", x=46)
    pdf.para("(c) the Director of Communities be asked to explore with the Trust the extension of the "
             "concessionary membership scheme to carers, and report the outcome to Cabinet.", x=46, gap=4)

    pdf.heading("CABINET RESPONSE TO THE CAR PARKING TASK AND FINISH GROUP", label="OS/25/35")
    pdf.para("The Committee considered the response of the Cabinet to the final report of the Car Parking Task "
             "and Finish Group. At its meeting on 2 September 2025 the Cabinet had resolved \"that "
             "recommendations 1, 2 and 4 of the Task and Finish Group be accepted, and that recommendation 3 "
             "(free parking after 3 pm in December) be not accepted on financial grounds\".")
    pdf.para("The report asked Members to note the Cabinet's response. Councillor Moss, who had chaired the Task "
             "and Finish Group, welcomed the acceptance of three of the four recommendations but regretted the "
             "decision on recommendation 3. The Head of Economic Development said that footfall data for the "
             "town centre would be available in the new year and that she would share it with the Task and "
             "Finish Group when it was.")
    pdf.para("RESOLVED that the Cabinet's response be noted, and that the Car Parking Task and Finish Group "
             "reconvene in March 2026 to review progress on the implementation of the accepted "
             "recommendations.")

    pdf.heading("WORK PROGRAMME 2025/26", label="OS/25/36")
    pdf.para("The Committee reviewed its work programme. Members noted that the item on the Town Centre "
             "Regeneration Scheme had been moved from October to December because the consultant's viability "
             "study had been delayed. An update on the Eastgate Housing Scheme to a future meeting was also "
             "requested.")
    pdf.para("The Democratic Services Officer agreed to circulate the updated programme to all Members within "
             "the next fortnight.")
    pdf.para("RESOLVED that the work programme be agreed, as amended.")
    pdf.para("The meeting closed at 8.52 pm.", gap=8)
    pdf.para("CHAIRMAN ..........................................            DATE ....................", x=20)
    pdf.output(path)

def g09(path):
    pdf = CouncilPDF(head_left="WCA Transport Committee | 13 January 2026 | Minutes",
                     head_right="Westholme Combined Authority",
                     foot_left="Minutes subject to approval at the next meeting", font="Helvetica", size=10)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(170, 7, "Westholme Combined Authority", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 11.5)
    pdf.cell(170, 6, "Transport Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.para("Minutes of the meeting held on Tuesday 13 January 2026 at 10.30 am at Westholme House, "
             "Canal Wharf, Ridgebury", x=20)
    pdf.para("Present: Councillor Margaret Kershaw (Chair, Ridgebury Metropolitan Borough Council), Councillor "
             "Tahir Mahmood (Vice-Chair, Holmbridge Council), Councillor Dennis Pell (Lowfold), Councillor Ruth "
             "Sayers (Ashburn Vale), Councillor Ian Crowther (Ridgebury), Councillor Lorna Eade (Holmbridge).", x=20)
    pdf.para("Officers in attendance: Matthew Keogh (MK), Director of Transport; Deborah Prentice (DP), Head of "
             "Bus Services; Rob Stirk (RS), Rail Development Manager; Anita Ghosh (AG), Governance Officer.", x=20,
             gap=5)

    pdf.heading("Apologies", label="TC 41/25")
    pdf.para("Apologies were received from Councillor Val Hirst (Lowfold).")
    pdf.heading("Declarations of disclosable pecuniary interests", label="TC 42/25")
    pdf.para("None.")
    pdf.heading("Minutes of the meeting held on 4 November 2025", label="TC 43/25")
    pdf.para("Resolved: That the minutes of the meeting held on 4 November 2025 be approved and signed by the "
             "Chair as a correct record.")

    pdf.heading("Bus Service Performance and Bus Service Improvement Plan Update", label="TC 44/25")
    pdf.para("The Head of Bus Services presented the quarterly performance report for July to September 2025. "
             "Punctuality of frequent services across the Combined Authority area had averaged 81.4%, against a "
             "target of 85%, and 99.2% of scheduled mileage had been operated. Patronage was 4% higher than in "
             "the same quarter of 2024.")
    pdf.para("Members raised concerns about evening reliability on routes serving Lowfold and the Ashburn Vale "
             "estates, where drivers' shortages had led to repeated cancellations. DP explained that the two "
             "operators concerned had agreed a recovery plan, with full evening timetables to be restored by the "
             "end of March 2026. Members asked that route-level punctuality figures be included in future "
             "reports.")
    pdf.para("The Committee discussed the Bus Service Improvement Plan allocation for 2026/27. The Director of "
             "Transport reported that the indicative allocation of £24.7m had been confirmed by the Department "
             "for Transport, and that the detailed programme would require approval by the Combined Authority "
             "Board.")
    pdf.para("Resolved:", style="B")
    pdf.para("(i) That the performance report be noted.", x=46)
    pdf.para("(ii) That the Transport Committee recommends to the Combined Authority Board that the Bus Service "
             "Improvement Plan programme for 2026/27 be approved, with priority given to evening and weekend "
             "frequencies on socially necessary routes.", x=46)
    pdf.para("(iii) That the Chair write to the Department for Transport seeking confirmation of multi-year "
             "funding for the Bus Service Improvement Plan beyond March 2027.", x=46, gap=4)

    pdf.heading("Rail Station Accessibility Programme", label="TC 45/25")
    pdf.para("The Rail Development Manager updated the Committee on the Access for All programme. Step-free "
             "access works at Holmbridge Junction had been completed in November 2025, and works at Lowfold "
             "Central were due to start in spring 2026. Network Rail had not yet confirmed funding for Ridgebury "
             "Low Level. RS would meet Network Rail before the next meeting to press for a decision.")
    pdf.para("Resolved: That the update be noted and that a further report on Ridgebury Low Level be submitted "
             "to the next meeting.")

    pdf.heading("Actions arising from this meeting", label="TC 46/25")
    pdf.para("The Governance Officer summarised the actions agreed during the meeting, as set out below.")
    bordered_table(pdf, [
        ["No.", "Minute", "Action", "Owner", "Due"],
        ["1", "TC 44/25", "Circulate route-level punctuality figures for Lowfold and Ashburn Vale evening services to all Committee members", "DP", "27/02/2026"],
        ["2", "TC 44/25", "Include route-level punctuality in future quarterly performance reports", "DP", "Next meeting"],
        ["3", "TC 44/25", "Draft letter to the Department for Transport on multi-year BSIP funding for the Chair's signature", "MK / AG", "31/01/2026"],
        ["4", "TC 45/25", "Arrange a site visit for members to Holmbridge Junction station", "RS", "March 2026"],
    ], widths=[10, 20, 92, 22, 26])
    pdf.para("The meeting closed at 12.40 pm.", x=20)
    pdf.output(path)

def g10(path):
    pdf = CouncilPDF(head_left="Audit and Governance Committee - 25.02.26",
                     head_right="SALTMERE COUNCIL", foot_left="", font="Times", size=11)
    pdf.set_font("Times", "B", 14)
    pdf.cell(170, 7, "SALTMERE COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "B", 12)
    pdf.cell(170, 6, "AUDIT AND GOVERNANCE COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.para("Minutes of the meeting held at the Guildhall, Saltmere on Wednesday, 25 February 2026 at 2.00 pm", x=20,
             style="I")
    pdf.para("Present: Mr Graham Voss (Independent Chair); Councillors Alder, Benfield, Cho, Dray (substitute for "
             "Councillor Penrose), Hargreaves and Oyelaran; Ms Ruth Kilbride (Independent Member).", x=20)
    pdf.para("Officers: Steven Marsh (Director of Resources and s151 Officer), Katrina Loy (Chief Internal "
             "Auditor), Dev Rajan (Head of Procurement), Joanna Fell (Monitoring Officer), Paul Yeo (Committee "
             "Services). Also attending: Ms Erin Quist, Engagement Lead, Brightmoor Audit LLP (external auditor).",
             x=20, gap=5)

    pdf.heading("1. APOLOGIES AND SUBSTITUTIONS", x=20)
    pdf.para("Apologies were received from Councillor Penrose (substituted by Councillor Dray).", x=20)
    pdf.heading("2. DECLARATIONS OF INTEREST", x=20)
    pdf.para("There were no declarations of interest.", x=20)
    pdf.heading("3. MINUTES OF THE PREVIOUS MEETING", x=20)
    pdf.para("The minutes of the meeting held on 26 November 2025 were agreed as a true record and signed by the "
             "Chair.", x=20)

    pdf.heading("4. ACTION TRACKER", x=20)
    pdf.para("The Committee reviewed the action tracker. The Chair expressed concern that two actions had been "
             "carried forward for a second time. The Head of Procurement apologised for the delay to the review of "
             "contract waivers, which had been caused by the implementation of the Procurement Act 2023, and gave "
             "an assurance that the review would be completed and reported to the Committee in June 2026.", x=20)
    bordered_table(pdf, [
        ["Ref", "Action", "Owner", "Original due", "Revised due", "Status"],
        ["A&G 19", "Report on the review of contract waivers and exemptions, including compliance with the new Procurement Act regime", "Head of Procurement", "Nov 2025", "June 2026", "In progress"],
        ["A&G 22", "Provide members with the list of limited assurance audits from 2024/25 still awaiting follow-up", "Chief Internal Auditor", "Feb 2026", "-", "Complete"],
        ["A&G 24", "Refresh the Council's Anti-Fraud and Corruption Strategy and bring it to Committee for approval", "Monitoring Officer", "Feb 2026", "April 2026", "Delayed - awaiting national guidance"],
        ["A&G 25", "Confirm the timetable for the 2024/25 Statement of Accounts audit opinion", "Director of Resources", "Feb 2026", "-", "Complete - see item 6"],
    ], widths=[17, 64, 28, 21, 20, 20])
    pdf.para("RESOLVED that the action tracker be noted.", x=20)

    pdf.heading("5. INTERNAL AUDIT PROGRESS REPORT 2025/26 (QUARTER 3)", x=20)
    pdf.para("The Chief Internal Auditor presented her report. At the end of December 2025, 68% of the audit "
             "plan had been delivered to at least draft report stage, against a profiled target of 70%. Of the "
             "114 agreed management actions due by that date, 89 (78%) had been implemented. Two audits had "
             "received a limited assurance opinion: Disabled Facilities Grants and Payroll Starters and Leavers.",
             x=20)
    pdf.para("Councillor Cho asked why the Payroll audit had again received limited assurance. The Director of "
             "Resources explained that the replacement HR and payroll system would go live in October 2026 and "
             "that interim manual controls had been put in place. Members asked that the Head of HR attend the "
             "next meeting to explain the interim controls.", x=20)
    pdf.para("RESOLVED that:", x=20)
    pdf.para("(1) the progress report be noted;", x=28)
    pdf.para("(2) in relation to the two limited assurance audits, the Committee:", x=28)
    pdf.para("(a) asks the Chief Internal Auditor to undertake follow-up reviews of both areas and report the "
             "results to the Committee in September 2026; and", x=36)
    pdf.para("(b) requests that the Director of Adult Social Care provide a written update on the Disabled "
             "Facilities Grants action plan to members of the Committee within one month; and", x=36)
    pdf.para("(3) the proposed amendment to the Internal Audit Plan, to replace the audit of Cemeteries and "
             "Crematoria with an audit of the Household Support Fund, be approved.", x=28)

    pdf.heading("6. EXTERNAL AUDIT - 2024/25 AUDIT FINDINGS AND BACKSTOP", x=20)
    pdf.para("Ms Quist of Brightmoor Audit LLP reported that, owing to the national backstop arrangements, the "
             "external auditor expected to issue a disclaimed opinion on the Council's 2024/25 accounts. The "
             "firm would be working with the Council to rebuild assurance over opening balances, and she expected "
             "to present a plan for doing so at the Committee's July meeting.", x=20)
    pdf.para("The Director of Resources had previously advised that a draft recommendation in the auditor's "
             "report - that the Council \"should establish a dedicated closedown team by March 2026\" - was "
             "under consideration by management; no decision had yet been taken on it.", x=20)
    pdf.para("RESOLVED that the Audit Findings Report be noted and that the Committee's thanks to the finance "
             "team for their work on the accounts be recorded.", x=20)
    pdf.para("The meeting ended at 4.15 pm.", x=20, gap=6)
    pdf.para("Chair: ..............................", x=20)
    pdf.output(path)

def flow_columns(pdf, blocks, cols=((20, 82), (108, 82)), lh=4.6):
    """Flow (style, text) blocks down two columns, then on to new pages."""
    ci = 0
    top = pdf.get_y()
    y = top
    for style, text in blocks:
        x, w = cols[ci]
        size = 11 if style == "H" else 9.5
        fstyle = "B" if style == "H" else ""
        indent = 4 if style == "bullet" else 0
        pdf.set_font(pdf.body_font, fstyle, size)
        lines = pdf.wrap(text, w - indent)
        first = True
        for ln in lines:
            need = lh * (3 if (style == "H" and first) else 1)
            if y + need > pdf.bottom_limit:
                if ci == 0:
                    ci = 1
                else:
                    ci = 0
                    pdf.add_page()
                    top = pdf.get_y()
                x, w = cols[ci]
                y = top
                pdf.set_font(pdf.body_font, fstyle, size)
            if style == "bullet" and first:
                pdf.set_xy(x, y)
                pdf.cell(4, lh, "-")
            pdf.set_xy(x + indent, y)
            pdf.cell(w - indent, lh, ln)
            y += lh
            first = False
        y += 1.2 if style == "bullet" else 2.6
    return ci, y


def g11(path):
    pdf = CouncilPDF(head_left="Fellhaven National Park Authority", head_right="Annual Report 2025/26",
                     foot_left="fellhaven-npa.example.org.uk", font="Helvetica", size=9.5)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(170, 10, "Fellhaven National Park Authority", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 15)
    pdf.cell(170, 8, "Annual Report 2025/26", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 9.5)
    pdf.cell(170, 6, "Presented to the National Park Authority meeting on 22 July 2026 - Agenda item 9",
             new_x="LMARGIN", new_y="NEXT")
    pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2)
    pdf.set_y(pdf.get_y() + 6)
    blocks = [
        ("H", "Foreword from the Chair"),
        ("p", "This has been a year of recovery and renewal for the National Park. After the wildfire on Hesket "
              "Moor in the summer of 2024, our ranger teams and volunteers have worked with farmers and "
              "landowners to restore more than 300 hectares of blanket bog. At the same time our visitor numbers "
              "returned to their pre-pandemic level and our planning service was again among the fastest in the "
              "country."),
        ("p", "We could not have done this without the commitment of our staff, our 640 volunteers and our "
              "partners, and I thank them all. - Cllr Ruth Ambrose, Chair of the Authority"),
        ("H", "Conserving and enhancing the landscape"),
        ("p", "The Authority's Farming in Protected Landscapes programme awarded grants to 57 farm businesses "
              "during the year, supporting hedgerow restoration, wildflower meadows and drystone walling. In "
              "total 11.2 km of drystone wall and 6.8 km of hedgerow were restored."),
        ("p", "Peatland restoration continued across the northern fells, with 312 hectares of bare or eroding peat "
              "re-vegetated or rewetted, against a target of 250 hectares."),
        ("H", "Understanding and enjoyment"),
        ("p", "An estimated 1.9 million visitor days were spent in the National Park during 2025, and our three "
              "visitor centres welcomed 214,000 people. Our Fell Explorer bus, run with Dalebeck County Council, "
              "carried 38,500 passengers - 12% more than in the previous season."),
        ("p", "The rights of way team maintained 1,140 km of footpaths and bridleways; 91% of the network was "
              "assessed as easy to use, compared with 88% a year earlier."),
        ("H", "Planning and development"),
        ("p", "We determined 412 planning applications during the year. 94% of major applications and 89% of "
              "other applications were determined within the statutory period or an agreed extension. Only "
              "four appeals were lodged against our decisions, and three of those were dismissed."),
        ("p", "The Local Plan review reached its Regulation 18 stage in January 2026, with more than 700 "
              "comments received."),
        ("H", "Our people and finances"),
        ("p", "Our net expenditure in 2025/26 was £7.86m, within the approved budget of £7.93m. Sickness absence "
              "averaged 5.1 days per full-time employee. The National Park Grant was held at its 2024/25 cash "
              "level, a real-terms reduction, and the Authority will need to make savings of around £350,000 in "
              "2026/27."),
        ("H", "Looking ahead: our priorities for 2026/27"),
        ("p", "The Authority agreed the following priorities for the year April 2026 to March 2027, which form "
              "our Business Plan for the year:"),
        ("bullet", "Adopt the new Fellhaven Local Plan following examination, by March 2027."),
        ("bullet", "Restore a further 250 hectares of degraded peatland on the northern fells."),
        ("bullet", "Launch a Nature Recovery Plan for the National Park with farmers, landowners and partners."),
        ("bullet", "Extend the Fell Explorer bus to run year-round at weekends, subject to funding from Dalebeck "
                   "County Council."),
        ("bullet", "Deliver the £350,000 savings programme while protecting front-line ranger services."),
        ("bullet", "Complete the accessibility improvements to the Brackmoor Visitor Centre by Easter 2027."),
        ("p", "Progress on these priorities will be reported to the Authority's Performance and Resources "
              "Committee each quarter."),
    ]
    flow_columns(pdf, blocks)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(170, 7, "Annex: Key performance indicators 2025/26", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    bordered_table(pdf, [
        ["Indicator", "Target 2025/26", "Actual 2025/26", "Actual 2024/25"],
        ["Major planning applications determined in time", "90%", "94%", "92%"],
        ["Other planning applications determined in time", "85%", "89%", "83%"],
        ["Rights of way network easy to use", "90%", "91%", "88%"],
        ["Peatland restored (hectares)", "250", "312", "198"],
        ["Volunteer days", "7,000", "7,460", "6,910"],
    ], widths=[80, 30, 30, 30])
    pdf.output(path)

def g12(path):
    pdf = CouncilPDF(head_left="Llanferrin Community Council - Minutes - July 2025",
                     head_right="Cyngor Cymuned Llanferrin",
                     foot_left="Signed as a correct record ............ (Chair)", font="Times", size=11.5)
    pdf.set_font("Times", "B", 14)
    pdf.cell(170, 7, "CYNGOR CYMUNED LLANFERRIN / LLANFERRIN COMMUNITY COUNCIL", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.para("Minutes of the Ordinary Meeting of the Council held at Neuadd Goffa, Llanferrin on Tuesday 15th July "
             "2025 at 7.00 pm", x=20, style="B")
    pdf.para("Present: Cllr Gwyn Rees (Chair), Cllr Menna Hughes (Vice Chair), Cllrs Alun Bowen, Tegwen Davies, "
             "Mark Jenkins, Carys Lloyd and Dafydd Price. In attendance: Mrs Anwen Pugh (Clerk and Responsible "
             "Financial Officer); County Borough Cllr Lyn Watkins; two members of the public.", x=20, gap=4)
    pdf.para("Apologies for absence. Apologies were received and accepted from Cllr Huw Ellis.", x=38,
             label="25/071")
    pdf.para("Declarations of interest. Cllr Price declared a personal interest in item 25/076 (planning) as a "
             "neighbour of the applicant.", x=38, label="25/072")
    pdf.para("Minutes. The minutes of the meeting held on 17th June 2025, having been circulated, were "
             "approved as a true record and signed by the Chair, on the proposal of Cllr Hughes, seconded by "
             "Cllr Bowen.", x=38, label="25/073")
    pdf.para("Matters arising. Bus shelter, Heol Fawr: the Clerk reported that the replacement glazing had "
             "been fitted. Defibrillator at the Memorial Hall: the Clerk had again chased the ambulance service "
             "for registration of the unit and would report at the next meeting.", x=38, label="25/074")
    pdf.para("Report of the County Borough Councillor. Cllr Watkins reported that the resurfacing of the "
             "B4418 through the village had been programmed by Cwm Tawelan County Borough Council for October "
             "2025, and that the consultation on the closure of Ysgol Llanferrin infants' annexe would run until "
             "30th September. She agreed to find out whether a public meeting on the school proposals could be "
             "held in the village.", x=38, label="25/075")
    pdf.para("Planning. Application C25/0418 - two-storey extension, Bryn Awel, Ffordd y Capel. (Cllr Price "
             "took no part.) It was resolved to make no objection to the application. Application C25/0433 - "
             "change of use of agricultural building to holiday let, Tyddyn Isaf. It was resolved to object on "
             "the grounds of highway safety at the access onto the lane, and the Clerk was instructed to submit "
             "the Council's response by the closing date of 25th July 2025.", x=38, label="25/076")
    pdf.para("Finance. (a) Payments totalling £2,846.19, as set out in the schedule circulated, were approved. "
             "(b) The bank reconciliation to 30th June 2025 was received and signed by the Chair. (c) The "
             "Clerk reported that the external auditor had requested further information on the Annual "
             "Governance and Accountability Return; it was agreed that the Clerk would reply by 31st July 2025.",
             x=38, label="25/077")
    pdf.para("Play area. The annual inspection report identified two medium-risk items: worn chains on the "
             "junior swings and a loose rubber safety tile. It was resolved that the Clerk obtain quotations for "
             "the repairs and that Cllr Jenkins and Cllr Lloyd be authorised to approve a quotation up to £600 "
             "before the September meeting.", x=38, label="25/078")
    pdf.para("Correspondence. (i) One Voice Wales - training programme for autumn 2025, noted. (ii) Letter from "
             "a resident about dog fouling on the riverside path: it was resolved that the Clerk write to Cwm "
             "Tawelan County Borough Council asking for an additional dog waste bin near the footbridge. "
             "(iii) Invitation to the Sioe Llanferrin show committee meeting - Cllr Davies to attend on behalf "
             "of the Council.", x=38, label="25/079")
    pdf.para("Date of next meeting. Tuesday 16th September 2025 at 7.00 pm at Neuadd Goffa.", x=38,
             label="25/080")
    pdf.para("The meeting closed at 8.40 pm.", x=20, gap=6)
    pdf.output(path)

def g13(path):
    pdf = CouncilPDF(head_left="Corporate Parenting Annual Report 2025/26",
                     head_right="Tarnside Metropolitan Borough Council",
                     foot_left="OFFICIAL", font="Helvetica", size=10, first_page_header=True)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(170, 9, "Corporate Parenting Annual Report 2025/26", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(170, 6, "Report of the Director of Children's Services to the Corporate Parenting Board, 9 June 2026",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.heading("1. Purpose", x=20, size=11)
    pdf.para("1.1 This report summarises how Tarnside Metropolitan Borough Council has met its responsibilities "
             "as corporate parent to children in care and care leavers during April 2025 to March 2026, and "
             "sets out the Children's Services priorities for 2026/27.", x=20)
    pdf.heading("2. Recommendations", x=20, size=11)
    pdf.para("2.1 The Corporate Parenting Board is asked to note the contents of this report and to comment on "
             "the priorities for 2026/27 before the report is presented to Cabinet.", x=20)
    pdf.heading("3. Our children in care", x=20, size=11)
    pdf.para("3.1 On 31 March 2026 Tarnside looked after 486 children, a rate of 92 per 10,000 children, "
             "compared with 471 a year earlier. 18% of children in care were placed more than 20 miles from "
             "Tarnside, down from 23% in 2024/25.", x=20)
    pdf.para("3.2 Placement stability improved: 9.5% of children had three or more placements during the "
             "year, against a target of 10%. 71% of children who had been in care for at least two and a half "
             "years had been in the same placement for two years or more.", x=20)
    pdf.para("3.3 96% of children in care had an up-to-date health assessment and 88% had been seen by a "
             "dentist in the past twelve months. The Virtual School reported that 64% of children in care "
             "achieved the expected standard in reading at Key Stage 2.", x=20)
    pdf.heading("4. Care leavers", x=20, size=11)
    pdf.para("4.1 There were 212 care leavers aged 18 to 21 at the end of the year. 61% were in education, "
             "employment or training, compared with 55% in 2024/25, and 93% were in suitable accommodation.", x=20)
    pdf.para("4.2 The council tax exemption for care leavers was extended to the age of 25 from April 2025. "
             "The Leaving Care Service has begun a review of the Local Offer with young people from the "
             "Children in Care Council, and the revised Local Offer will be published by September 2026.", x=20)
    pdf.heading("5. What children and young people told us", x=20, size=11)
    pdf.para("5.1 The Children in Care Council held eleven sessions with senior managers and members. Young "
             "people told us that changes of social worker were the thing they found most difficult; the "
             "service has therefore set a target to reduce agency social work posts in the Children in Care "
             "teams to below 15% by March 2027.", x=20)
    pdf.heading("6. Priorities for 2026/27", x=20, size=11)
    pdf.para("6.1 Children's Services will focus on the following priorities during 2026/27:", x=20)
    pri = [
        "Open the Council's second in-house children's home, at Moorgate Road, so that more children can live "
        "close to Tarnside.",
        "Recruit 25 new mainstream foster carers, with a focus on carers for teenagers and sibling groups.",
        "Publish a revised Local Offer for care leavers, co-produced with the Children in Care Council.",
        "Reduce the number of care leavers in unsuitable accommodation by expanding supported lodgings.",
        "Improve the timeliness of Personal Education Plans so that 95% are completed within the statutory "
        "timescale.",
        "Deliver corporate parenting training to all elected members and to senior managers in every "
        "directorate.",
    ]
    for i, t in enumerate(pri, 1):
        pdf.para(t, x=30, label="(%d)" % i, label_x=22, label_style="", gap=1.4)
    pdf.para("6.2 Progress against these priorities will be reported to the Corporate Parenting Board every "
             "six months, with the first report in December 2026.", x=20)
    pdf.heading("7. Key measures", x=20, size=11)
    bordered_table(pdf, [
        ["Measure", "2024/25", "2025/26", "Target"],
        ["Children in care at 31 March", "471", "486", "-"],
        ["Three or more placements in year", "11.2%", "9.5%", "10%"],
        ["Up-to-date health assessment", "93%", "96%", "95%"],
        ["Care leavers (18-21) in EET", "55%", "61%", "60%"],
        ["Care leavers in suitable accommodation", "90%", "93%", "95%"],
    ], widths=[80, 30, 30, 30])
    pdf.para("Report author: Helen Quirke, Head of Service, Children in Care and Care Leavers", x=20, style="I")
    pdf.output(path)

def g14(path):
    pdf = CouncilPDF(head_left="Health and Wellbeing Board", head_right="12 February 2026",
                     foot_left="Dalebeck County Council", font="Helvetica", size=10)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(170, 7, "DALEBECK COUNTY COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Minutes of the meeting of the Health and Wellbeing Board held at County Hall, Dalebeck, on "
             "Thursday, 12 February 2026 at 9.30 am.", x=20, style="B")
    pdf.para("Members present: Councillor Sarah Whitcombe (Chair), Dr Imran Bashir (Vice-Chair, Dalebeck and "
             "Fellside Integrated Care Board), Councillor Paul Ings (Cabinet Member for Adult Social Care), "
             "Councillor Gill Foss (Cabinet Member for Children), Dr Yvonne Stott (Director of Public Health), "
             "Martin Lowe (Executive Director of Adults and Health), Clare Denby (Healthwatch Dalebeck), "
             "Superintendent Ray Oduya (Dalebeck Police), Janet Rigg (Dalebeck Community and Voluntary Sector "
             "Alliance).", x=20, gap=4)
    pdf.heading("Apologies and substitutions", label="HWB 33")
    pdf.para("Apologies were received from Andrew Cole (Chief Executive, Dalebeck Hospitals NHS Trust), "
             "represented by Susan Marr.")
    pdf.heading("Minutes of the previous meeting", label="HWB 34")
    pdf.para("The minutes of the meeting held on 13 November 2025 were confirmed as a correct record, subject "
             "to minute HWB 27 being amended to record that the Board had resolved \"to ask the ICB to bring "
             "its winter plan to the Board in January\", rather than December as stated.")
    pdf.heading("Joint Local Health and Wellbeing Strategy - annual progress report", label="HWB 35")
    pdf.para("The Director of Public Health presented the annual progress report on the Joint Local Health "
             "and Wellbeing Strategy 2024-2029. Healthy life expectancy in Dalebeck remained 2.3 years below "
             "the England average for men and 1.8 years below for women. Smoking prevalence among adults had "
             "fallen to 11.6%, the lowest figure recorded locally, but childhood obesity at Year 6 had risen to "
             "24.9%.")
    pdf.para("Board members discussed the gap in outcomes between the coalfield towns and the rest of the "
             "county. Dr Bashir said that the ICB would be allocating £1.2m of its health inequalities funding "
             "to the coalfield neighbourhoods in 2026/27, and that the allocation would be confirmed at the "
             "ICB board in April 2026. Clare Denby asked that the views of residents gathered by Healthwatch be "
             "reflected in the next refresh of the Strategy; the Director of Public Health agreed to meet "
             "Healthwatch to agree how this would be done.")
    pdf.para("The report asked the Board to consider whether the Strategy's priorities remained appropriate. "
             "Members felt that they did, but that more emphasis should be placed on childhood obesity.")
    pdf.para("Resolved:", style="B")
    pdf.para("1. That the annual progress report be received.", x=46)
    pdf.para("2. That childhood healthy weight be added as a priority under the Start Well theme of the "
             "Strategy, and that the Director of Public Health bring an action plan on healthy weight to the "
             "Board in June 2026.", x=46)
    pdf.para("3. That the Board recommends to the Cabinet and to the ICB that the Strategy be adopted as the "
             "shared basis for joint commissioning decisions from 2026/27.", x=46, gap=4)
    pdf.heading("Better Care Fund Quarter 3 return", label="HWB 36")
    pdf.para("Martin Lowe introduced the Quarter 3 Better Care Fund return, which had been submitted to NHS "
             "England on 30 January 2026 under delegated authority. Performance against the discharge metric "
             "was on track, with 92% of people discharged to their usual place of residence. Members are asked "
             "to note the return, as set out in the covering report.")
    pdf.para("Resolved: That the Quarter 3 return be noted, and that authority to sign off the 2026/27 Better "
             "Care Fund plan be delegated to the Executive Director of Adults and Health and the ICB Place "
             "Director, in consultation with the Chair, so that the plan can be submitted by the national "
             "deadline of 31 March 2026.")
    pdf.heading("Pharmaceutical Needs Assessment 2025", label="HWB 37")
    pdf.para("Consideration of this item was deferred to the next meeting, as the final consultation "
             "responses had not yet been analysed.")
    pdf.heading("Forward plan", label="HWB 38")
    pdf.para("The Board noted its forward plan. Superintendent Oduya asked for an item on the Right Care, "
             "Right Person approach to mental health calls; it was agreed this would be scheduled for a future "
             "meeting.")
    pdf.para("The meeting ended at 11.50 am.", gap=6)
    pdf.output(path)


DOCS = [
    ("g08_marrowby-district-overview-scrutiny-minutes-2025-09.pdf", g08),
    ("g09_westholme-combined-authority-transport-committee-2026-01.pdf", g09),
    ("g10_saltmere-audit-governance-committee-minutes-2026-02.pdf", g10),
    ("g11_fellhaven-national-park-annual-report-2025-26.pdf", g11),
    ("g12_llanferrin-community-council-minutes-2025-07.pdf", g12),
    ("g13_tarnside-corporate-parenting-annual-report-2025-26.pdf", g13),
    ("g14_dalebeck-health-wellbeing-board-minutes-2026-02.pdf", g14),
]


def main():
    import os
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "documents")
    os.makedirs(out, exist_ok=True)
    for name, fn in DOCS:
        fn(os.path.join(out, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
