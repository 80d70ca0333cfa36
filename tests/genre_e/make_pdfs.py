"""Build the PDFs of held-out set E (fictional council documents published as PDF).

Run:  /work/main/.venv/bin/python tests/genre_e/make_pdfs.py
Writes tests/genre_e/documents/*.pdf. Every council, person and place here is invented.
Core fonts only (Helvetica / Times, latin-1 text), fixed creation date and producer, so reruns
produce byte-identical files.
"""
from __future__ import annotations

import datetime
import re
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = Path(__file__).resolve().parent / "documents"
FIXED = datetime.datetime(2025, 11, 3, 9, 30, 0, tzinfo=datetime.timezone.utc)
SH = "\u00ad"  # soft hyphen: fpdf2 breaks a long word here and prints a hyphen at the line end

# Long words that may be hyphenated at a line end, as a word processor would.
HYPH = {
    "accommodation": "accom|modation", "recommendations": "recom|menda|tions",
    "recommendation": "recom|menda|tion", "neighbourhood": "neigh|bour|hood",
    "consultation": "consul|tation", "infrastructure": "infra|structure",
    "responsibilities": "respon|sibil|ities", "performance": "perfor|mance",
    "implementation": "imple|menta|tion", "development": "devel|op|ment",
    "safeguarding": "safe|guarding", "procurement": "procure|ment",
    "partnership": "partner|ship", "arrangements": "arrange|ments",
    "representatives": "repre|sent|atives", "improvement": "improve|ment",
    "environmental": "environ|mental", "enforcement": "enforce|ment",
    "commissioning": "commis|sion|ing", "expenditure": "expen|diture",
    "establishment": "estab|lish|ment", "investigation": "investi|gation",
    "Commissioner": "Commis|sioner", "administration": "admin|istra|tion",
    "participation": "partici|pation", "requirements": "require|ments",
    "transformation": "trans|for|mation", "accessibility": "access|ibility",
    "Superintendent": "Superin|tendent", "organisations": "organ|isa|tions",
    "maintenance": "main|ten|ance", "considerations": "consid|era|tions",
    "opportunities": "oppor|tuni|ties", "circulated": "circu|lated",
    "appointments": "appoint|ments", "programme": "pro|gramme",
}
_HYPH_RE = re.compile(r"\b(" + "|".join(sorted(HYPH, key=len, reverse=True)) + r")\b")


def hy(text: str) -> str:
    return _HYPH_RE.sub(lambda m: HYPH[m.group(1)].replace("|", SH), text)


class Doc(FPDF):
    """A council PDF: running header, footer, minute numbers in a left margin column."""

    def __init__(self, header_l, header_r="", footer="page", footer_text="", base="Helvetica",
                 size=10, lh=5.0, justify=True, num_w=20, cover=False):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.hl, self.hr, self.fstyle, self.ftext = header_l, header_r, footer, footer_text
        self.base, self.size, self.lh = base, size, lh
        self.align = "J" if justify else "L"
        self.num_w = num_w
        self.cover = cover
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, 22)
        self.set_creation_date(FIXED)
        self.set_producer("Democratic Services document system")
        self.set_creator("Democratic Services")
        self.set_author("Democratic Services")

    # page furniture ------------------------------------------------------------------------
    def header(self):
        self.set_font(self.base, "", 8)
        self.set_text_color(80, 80, 80)
        self.set_xy(20, 10)
        self.cell(100, 4, self.hl)
        if self.hr:
            self.set_xy(110, 10)
            self.cell(80, 4, self.hr, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(20, 15.5, 190, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font(self.base, "", 8)
        self.set_text_color(80, 80, 80)
        n = self.page_no()
        if self.fstyle == "page":
            self.cell(0, 4, f"Page {n}", align="C")
        elif self.fstyle == "pageofm":
            self.cell(0, 4, f"Page {n} of {{nb}}", align="R")
        elif self.fstyle == "date":
            self.cell(85, 4, self.ftext)
            self.cell(85, 4, f"Page {n}", align="R")
        elif self.fstyle == "initials":
            self.cell(85, 4, f"- {n} -", align="L")
            self.cell(85, 4, self.ftext, align="R")
        self.set_text_color(0, 0, 0)

    # blocks --------------------------------------------------------------------------------
    def font(self, style="", size=None):
        self.set_font(self.base, style, size or self.size)

    def width(self, indent):
        return self.w - self.r_margin - (self.l_margin + indent)

    def need(self, h):
        if self.get_y() + h > self.h - 22:
            self.add_page()

    def para(self, text, indent=0, style="", size=None, align=None, after=2.0, md=False):
        self.font(style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.width(indent), self.lh, hy(text), align=align or self.align,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT, markdown=md)
        self.ln(after)

    def ttl(self, text, size=15, align="C", style="B", after=2.0):
        self.set_font(self.base, style, size)
        self.multi_cell(0, size * 0.5, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def heading(self, text, indent=0, size=None, after=1.5):
        self.need(14)
        self.para(text, indent, "B", size or self.size + 1, align="L", after=after)

    def items(self, entries, indent=0, label_w=8, after=1.0):
        """entries: (label, text) or (label, text, sub_entries)."""
        for e in entries:
            label, text = e[0], e[1]
            self.font()
            y = self.get_y()
            if y + self.lh > self.h - 22:
                self.add_page()
                y = self.get_y()
            self.set_xy(self.l_margin + indent, y)
            self.cell(label_w, self.lh, label)
            self.set_xy(self.l_margin + indent + label_w, y)
            self.multi_cell(self.width(indent + label_w), self.lh, hy(text), align=self.align,
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT, markdown=True)
            self.ln(after)
            if len(e) > 2 and e[2]:
                self.items(e[2], indent + label_w, label_w, after)

    def minute(self, num, head, blocks, sub=""):
        self.need(18)
        y = self.get_y()
        self.font("B", self.size + 0.5)
        self.set_xy(self.l_margin, y)
        self.cell(self.num_w, self.lh + 0.5, num)
        self.set_xy(self.l_margin + self.num_w, y)
        self.multi_cell(self.width(self.num_w), self.lh + 0.5, head, align="L",
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if sub:
            self.para(sub, self.num_w, "I", self.size - 1, after=0.5)
        self.ln(1.5)
        self.render(blocks, self.num_w)
        self.ln(1.5)

    def table(self, headers, rows, widths, indent=0, size=8.5, head_fill=(220, 220, 220)):
        self.set_font(self.base, "", size)
        self.set_x(self.l_margin + indent)
        with super().table(col_widths=widths, width=sum(widths), align="LEFT",
                           line_height=size * 0.5, text_align="LEFT",
                           headings_style=None, first_row_as_headings=False,
                           padding=1.2) as t:
            r = t.row()
            self.set_font(self.base, "B", size)
            for h in headers:
                r.cell(h)
            self.set_font(self.base, "", size)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        self.ln(3)

    def kv(self, rows, indent=0, key_w=52):
        for k, v in rows:
            self.need(10)
            y = self.get_y()
            self.font("B")
            self.set_xy(self.l_margin + indent, y)
            self.multi_cell(key_w, self.lh, k, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
            y1 = self.get_y()
            self.font()
            self.set_xy(self.l_margin + indent + key_w, y)
            self.multi_cell(self.width(indent + key_w), self.lh, hy(v), align="L",
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(2)

    def signature(self, labels=("Chair", "Date")):
        self.need(30)
        self.ln(6)
        self.font()
        for lab in labels:
            self.cell(22, 8, lab)
            self.cell(80, 8, "." * 60, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(3)

    def columns(self, blocks, gutter=8):
        with self.text_columns(ncols=2, gutter=gutter, text_align="J", balance=True) as cols:
            for b in blocks:
                kind, text = b[0], b[1]
                if kind == "h":
                    self.set_font(self.base, "B", self.size + 1)
                    with cols.paragraph(text_align="L", bottom_margin=1.5) as p:
                        p.write(text)
                elif kind == "p":
                    self.set_font(self.base, "", self.size)
                    with cols.paragraph(text_align="J", bottom_margin=2.5) as p:
                        p.write(hy(text))
                elif kind == "li":
                    self.set_font(self.base, "", self.size)
                    with cols.paragraph(text_align="L", bottom_margin=1.5, l_margin=5) as p:
                        p.write(hy(text))
                elif kind == "brk":
                    cols.new_column()
        self.font()

    def render(self, blocks, indent=0):
        for b in blocks:
            k = b[0]
            if k == "p":
                self.para(b[1], indent)
            elif k == "md":
                self.para(b[1], indent, md=True)
            elif k == "b":
                self.para(b[1], indent, "B")
            elif k == "i":
                self.para(b[1], indent, "I")
            elif k == "h":
                self.heading(b[1], indent)
            elif k == "l":
                self.items(b[1], indent, b[2] if len(b) > 2 else 8)
            elif k == "t":
                self.table(b[1], b[2], b[3], indent)
            elif k == "min":
                self.minute(b[1], b[2], b[3], b[4] if len(b) > 4 else "")
            elif k == "sp":
                self.ln(b[1])
            elif k == "pb":
                self.add_page()
            elif k == "kv":
                self.kv(b[1], indent)
            elif k == "sig":
                self.signature(*b[1:])
            elif k == "title":
                self.ttl(b[1], *b[2:])
            elif k == "cols":
                self.columns(b[1])
            else:
                raise ValueError(k)


def build(name, doc: Doc, blocks, title, subject=""):
    doc.set_title(title)
    doc.set_subject(subject or title)
    doc.add_page()
    doc.render(blocks)
    OUT.mkdir(parents=True, exist_ok=True)
    doc.output(str(OUT / name))


DOCS = []


def document(fn):
    DOCS.append(fn)
    return fn


# ============================================================================================
# E01  County council Cabinet minutes: minute numbers in a margin column, resolution block with
#      numbered and lettered sub-decisions, items crossing page breaks, signature block.
# ============================================================================================
@document
def e01():
    d = Doc("MARLSHIRE COUNTY COUNCIL", "Cabinet - 12 June 2025", footer="pageofm", lh=5.2)
    blocks = [
        ("title", "MARLSHIRE COUNTY COUNCIL", 16),
        ("title", "CABINET", 13),
        ("p", "MINUTES of a meeting of the Cabinet held in the Wessel Room, County Buildings, Marlow "
              "Street, Dunsford on Thursday, 12 June 2025 at 10.00 am."),
        ("p", "PRESENT: Councillor H Ashdown-Pryce (Leader of the Council, in the Chair), Councillor "
              "R Okafor (Deputy Leader), Councillors J Bellamy, T Carrick, M Fenwick-Hale, S Gilder, "
              "P Lomax and A Varma."),
        ("p", "IN ATTENDANCE: Mrs L Treharne (Chief Executive), Mr K Odunsi (Director of Finance and "
              "Section 151 Officer), Ms F Castellan (Director of Highways and Transport), Dr N Whitcombe "
              "(Director of Public Health), Mr D Pargeter (Monitoring Officer) and Miss E Rowntree "
              "(Democratic Services Officer)."),
        ("b", "UNRESTRICTED ITEMS"),
        ("min", "41.", "Apologies for Absence", [
            ("p", "An apology for absence was received from Councillor B Quarrie."),
        ], "(Item 1)"),
        ("min", "42.", "Declarations of Interest", [
            ("p", "Councillor Gilder declared a non-registrable interest in Minute 45 as a trustee of "
                  "the Dunsford Community Transport Trust and took no part in the discussion of that item."),
        ], "(Item 2)"),
        ("min", "43.", "Minutes of the meeting held on 15 May 2025", [
            ("p", "RESOLVED that the minutes of the meeting held on 15 May 2025 be approved as a correct "
                  "record and signed by the Chair."),
        ], "(Item 3)"),
        ("min", "44.", "Revenue and Capital Budget Outturn 2024/25", [
            ("l", [("1.", "Mr Odunsi introduced the report, which set out the final outturn position for "
                          "the financial year. The revenue budget had closed with a net overspend of "
                          "£3.8m, down from the £6.1m forecast at quarter three, after management action "
                          "in adult social care and home to school transport. Capital expenditure for the "
                          "year was £142.6m against a revised programme of £171.0m, with slippage of "
                          "£28.4m largely on the highways and schools programmes."),
                   ("2.", "In response to questions from Members it was noted that:", [
                       ("(a)", "the overspend would be met from the Budget Smoothing Reserve, leaving an "
                               "uncommitted balance of £11.2m;"),
                       ("(b)", "the home to school transport pressure was expected to continue into "
                               "2025/26, and officers were reviewing route planning and the eligibility "
                               "policy, with proposals to come to Cabinet in the autumn;"),
                       ("(c)", "the Director of Finance would provide Councillor Lomax with a breakdown "
                               "of the slippage on the schools programme by scheme."),
                   ]),
                   ("3.", "RESOLVED that Cabinet:", [
                       ("(1)", "notes the revenue and capital outturn position for 2024/25;"),
                       ("(2)", "approves the transfer of £3.8m from the Budget Smoothing Reserve to fund "
                               "the revenue overspend;"),
                       ("(3)", "approves the re-phasing of £28.4m of capital budget from 2024/25 into "
                               "2025/26 as set out in Appendix 3; and"),
                       ("(4)", "asks the Director of Finance to report the updated Medium Term Financial "
                               "Strategy, including:", [
                           ("(a)", "the full-year effect of the adult social care pressures;"),
                           ("(b)", "options to rebuild the Budget Smoothing Reserve to at least £15m; and"),
                           ("(c)", "a revised capital financing forecast,"),
                       ]),
                   ]),
                   ("", "to the meeting of Cabinet on 18 September 2025."),
                   ]),
        ], "(Item 4)"),
        ("min", "45.", "Local Transport Plan 5 - Consultation Draft", [
            ("l", [("1.", "Ms Castellan presented the draft Local Transport Plan, which had been shaped by "
                          "the engagement exercise held over the winter. The plan set out the County's "
                          "approach to bus services, active travel, road safety and highway maintenance "
                          "for the period to 2040."),
                   ("2.", "Members welcomed the emphasis on rural bus services. Councillor Carrick asked "
                          "that the consultation material be made available in paper form in libraries "
                          "and parish offices as well as online; Ms Castellan confirmed that this would "
                          "be done before the consultation opened."),
                   ("3.", "Councillor Varma noted that the road safety section did not yet reflect the "
                          "outcome of the 20mph pilot in Hensby and Oldcastle. Ms Castellan undertook to "
                          "include the pilot evaluation in the final plan."),
                   ("4.", "RESOLVED that:", [
                       ("(a)", "the draft Local Transport Plan 5 at Appendix A be approved for public "
                               "consultation for a period of twelve weeks commencing on 1 July 2025;"),
                       ("(b)", "authority be delegated to the Director of Highways and Transport, in "
                               "consultation with the Cabinet Member for Highways, to make minor "
                               "amendments to the consultation document before publication; and"),
                       ("(c)", "the outcome of the consultation and a final plan be reported to Cabinet "
                               "for recommendation to County Council in January 2026."),
                   ]),
                   ]),
        ], "(Item 5)"),
        ("min", "46.", "Public Health Annual Report 2024", [
            ("p", "Dr Whitcombe presented her annual report, which this year focused on the health of "
                  "older people living alone in rural areas. She highlighted that 27% of residents aged "
                  "over 75 lived alone, and that emergency admissions for falls among this group had "
                  "risen by 9% over three years."),
            ("p", "Members discussed the role of parish councils and voluntary groups in reducing "
                  "isolation. The Leader asked that the report be shared with all town and parish "
                  "councils, and Dr Whitcombe agreed to arrange this."),
            ("p", "RESOLVED that the Public Health Annual Report 2024 be noted."),
        ], "(Item 6)"),
        ("min", "47.", "Exclusion of the Press and Public", [
            ("p", "RESOLVED that under section 100A of the Local Government Act 1972 the press and public "
                  "be excluded from the meeting for the following item of business on the grounds that "
                  "it involves the likely disclosure of exempt information as defined in paragraph 3 of "
                  "Part 1 of Schedule 12A of the Act."),
        ], "(Item 7)"),
        ("b", "EXEMPT ITEM (open summary)"),
        ("min", "48.", "Disposal of Former Highways Depot, Crane Lane, Dunsford", [
            ("p", "Cabinet considered an exempt report on the proposed disposal of the former depot."),
            ("p", "RESOLVED that the Director of Property be authorised to complete the disposal of the "
                  "former highways depot at Crane Lane on the terms set out in the exempt report."),
        ], "(Item 8)"),
        ("p", "The meeting closed at 12.04 pm."),
        ("sig",),
    ]
    build("E01_marlshire_cabinet_minutes_2025-06-12.pdf", d, blocks,
          "Marlshire County Council - Cabinet - Minutes - 12 June 2025")


# ============================================================================================
# E02  District council Overview and Scrutiny Committee: cover page, agenda page, then minutes.
# ============================================================================================
@document
def e02():
    d = Doc("Tennford District Council", "Overview and Scrutiny Committee", footer="date",
            footer_text="Overview and Scrutiny Committee - 8 July 2025", base="Times", size=11, lh=5.4,
            num_w=22)
    blocks = [
        ("sp", 40),
        ("title", "TENNFORD DISTRICT COUNCIL", 22),
        ("sp", 6),
        ("title", "Overview and Scrutiny Committee", 17, "C", ""),
        ("sp", 10),
        ("title", "MINUTES", 20),
        ("sp", 6),
        ("title", "Tuesday, 8 July 2025 at 6.30 pm\nCouncil Chamber, Tennford House, Quay Road, Tennford",
         12, "C", ""),
        ("sp", 40),
        ("p", "Published by Democratic Services, Tennford District Council. Contact: Owen Farrant, "
              "Democratic Services Officer, committees@tennford.example.gov.uk"),
        ("pb",),
        ("title", "AGENDA", 15),
        ("l", [("1.", "Apologies for absence and substitutions"),
               ("2.", "Declarations of interest"),
               ("3.", "Minutes - to confirm the minutes of the meeting held on 3 June 2025"),
               ("4.", "Leisure Centre Contract - Annual Performance Review: to consider the report of "
                      "the Head of Communities and make any recommendations to Cabinet"),
               ("5.", "Homelessness and Rough Sleeping Strategy - Progress Update: Members are asked to "
                      "note the progress made"),
               ("6.", "Waste and Recycling Service - Garden Waste Subscriptions: to consider the report"),
               ("7.", "Work Programme 2025/26: to note and agree the work programme"),
               ]),
        ("i", "Please note: the minutes that follow were approved at the meeting of the Committee held on "
              "16 September 2025."),
        ("pb",),
        ("title", "Minutes of the Overview and Scrutiny Committee", 14, "L"),
        ("p", "Present: Councillors G Mottram (Chair), P Ellery (Vice-Chair), C Aldous, D Bhatti, "
              "K Fairweather, L Hoskins, N Ruddock and W Tandy."),
        ("p", "Also present: Councillor S Yelland (Cabinet Member for Communities)."),
        ("p", "Officers: Ms R Penhallow (Head of Communities), Mr T Gorran (Housing Options Manager), "
              "Ms J Kitto (Waste Services Manager) and Mr O Farrant (Democratic Services Officer)."),
        ("min", "OSC/12", "Apologies for Absence and Substitutions", [
            ("p", "Apologies were received from Councillor F Lanyon, for whom Councillor W Tandy "
                  "substituted."),
        ]),
        ("min", "OSC/13", "Declarations of Interest", [
            ("p", "None were declared."),
        ]),
        ("min", "OSC/14", "Minutes", [
            ("p", "It was proposed by Councillor Ellery, seconded by Councillor Aldous and"),
            ("b", "RESOLVED"),
            ("p", "That the minutes of the meeting held on 3 June 2025 be confirmed as a correct record "
                  "and signed by the Chair."),
        ]),
        ("min", "OSC/15", "Leisure Centre Contract - Annual Performance Review", [
            ("p", "The Head of Communities presented the annual review of the leisure management contract "
                  "with Tenvale Leisure Trust. Visits across the three centres had reached 612,000 in "
                  "2024/25, an increase of 7% on the previous year, and membership stood at 5,940. "
                  "Customer satisfaction had fallen to 81% from 86%, which the operator attributed to the "
                  "closure of the Ridgeway pool for five months."),
            ("p", "Members raised concerns about the condition of the changing rooms at Ridgeway and the "
                  "availability of swimming lessons. The Head of Communities advised that the operator "
                  "had committed to refurbishing the Ridgeway changing village by March 2026 as part of "
                  "the contract's lifecycle maintenance plan."),
            ("p", "Following debate, it was proposed by Councillor Bhatti, seconded by Councillor "
                  "Hoskins and"),
            ("b", "RESOLVED"),
            ("l", [("(1)", "That the annual performance review be noted."),
                   ("(2)", "That Cabinet be recommended to require Tenvale Leisure Trust to publish a "
                           "swimming lesson recovery plan, with waiting list figures for each centre, by "
                           "the end of October 2025."),
                   ("(3)", "That the Head of Communities circulate the lifecycle maintenance schedule for "
                           "all three centres to members of the Committee."),
                   ]),
        ]),
        ("min", "OSC/16", "Homelessness and Rough Sleeping Strategy - Progress Update", [
            ("p", "The Housing Options Manager reported that 418 households had been owed a prevention "
                  "or relief duty in 2024/25 and that 61% of prevention cases had ended with "
                  "accommodation secured for at least six months. Temporary accommodation placements "
                  "stood at 74, of which 19 were in bed and breakfast."),
            ("p", "In answer to a question from Councillor Fairweather, the Housing Options Manager "
                  "explained that a bid had been submitted to the Homes for Families fund to purchase "
                  "twelve homes for use as temporary accommodation; the outcome was expected in August."),
            ("p", "The Committee asked that the next update include the average length of stay in bed and "
                  "breakfast accommodation for families with children."),
            ("b", "RESOLVED"),
            ("p", "That the progress update be noted."),
        ]),
        ("min", "OSC/17", "Waste and Recycling Service - Garden Waste Subscriptions", [
            ("p", "The Waste Services Manager introduced the report, which set out options for the garden "
                  "waste charge from April 2026. Subscriptions had reached 21,300 households, a take-up "
                  "of 44%."),
            ("p", "Members debated the options at length. Some Members favoured holding the charge at £52; "
                  "others considered that a concession for residents in receipt of council tax support "
                  "should be introduced."),
            ("p", "On being put to the vote, it was"),
            ("b", "RESOLVED"),
            ("p", "That Cabinet be recommended to hold the garden waste charge at £52 for 2026/27 and to "
                  "introduce a 50% concession for households in receipt of council tax support."),
            ("p", "(Voting: 6 for, 2 against)"),
        ]),
        ("min", "OSC/18", "Work Programme 2025/26", [
            ("p", "The Democratic Services Officer presented the work programme. Members agreed to add a "
                  "review of the Council's use of agency staff, and the Democratic Services Officer was "
                  "asked to schedule it for the November meeting."),
            ("b", "RESOLVED"),
            ("p", "That the work programme, as amended, be agreed."),
        ]),
        ("p", "The meeting ended at 8.41 pm."),
        ("sig",),
    ]
    build("E02_tennford_overview_scrutiny_minutes_2025-07-08.pdf", d, blocks,
          "Tennford District Council - Overview and Scrutiny Committee - Minutes - 8 July 2025")



# ============================================================================================
# E03  London borough Audit and Governance Committee: bordered action log with wrapped cells.
# ============================================================================================
@document
def e03():
    d = Doc("London Borough of Queensmead", "Audit and Governance Committee, 23 September 2025",
            footer="page", lh=5.0, num_w=16)
    log = [
        ["AG/24/19", "Provide Members with a briefing note on the progress of the payroll system "
                     "replacement, including the revised go-live date.", "Director of Resources",
         "Sept 2025", "Complete - note circulated 2 September 2025"],
        ["AG/25/03", "Report the outcome of the review of school bank account reconciliations to the "
                     "Committee.", "Head of Internal Audit", "November 2025", "In progress - fieldwork "
                     "finishes October"],
        ["AG/25/07", "Circulate the updated counter-fraud policy to all Members of the Committee.",
         "Counter Fraud Manager", "July 2025", "Complete"],
        ["AG/25/08", "Arrange a training session for Committee Members on treasury management and "
                     "the prudential indicators.", "Head of Finance (Treasury)", "January 2026",
         "Open - date to be agreed with the Chair"],
        ["AG/25/11", "Bring a report on the housing disrepair claims provision, including the "
                     "numbers of claims outstanding by age.", "Director of Housing", "Next meeting",
         "Open"],
    ]
    blocks = [
        ("title", "LONDON BOROUGH OF QUEENSMEAD", 15),
        ("title", "MINUTES OF THE AUDIT AND GOVERNANCE COMMITTEE", 12),
        ("p", "Held on Tuesday 23 September 2025 at 7.00 pm in Committee Room 2, Queensmead Civic "
              "Centre, Lavender Road, London."),
        ("kv", [("Present:", "Councillor Maryam Adeyemi (Chair), Councillor Gus Whitlock (Vice-Chair), "
                             "Councillors Priya Chandran, Liam Doherty, Beatrix Nwosu and Hal Sorensen; "
                             "Ms Imogen Leckie (Independent Member)."),
                ("Officers:", "Rupert Danvers (Director of Resources), Aisling Moran (Head of Internal "
                              "Audit), Kwame Osei (Director of Housing), Tess Harker (Counter Fraud "
                              "Manager), Yusuf Ebrahim (Governance Officer)."),
                ("External audit:", "Clara Voss (Engagement Lead, Hadley Rowe LLP)."),
                ]),
        ("min", "22.", "APOLOGIES AND DECLARATIONS OF INTEREST", [
            ("p", "Apologies were received from Councillor Ruth Balogun. There were no declarations of "
                  "interest."),
        ]),
        ("min", "23.", "MINUTES OF THE PREVIOUS MEETING AND ACTION LOG", [
            ("p", "RESOLVED: That the minutes of the meeting held on 15 July 2025 be agreed as an accurate "
                  "record."),
            ("p", "The Committee reviewed the action log, which is reproduced below as updated at the "
                  "meeting. Members noted that two actions had been completed since the last meeting."),
            ("t", ["Ref", "Action", "Owner", "Due", "Status"], log, [18, 62, 30, 22, 28], 0),
            ("p", "The Chair asked that action AG/25/08 be completed before the Committee considered the "
                  "Treasury Management Strategy in February."),
        ]),
        ("min", "24.", "EXTERNAL AUDIT - AUDIT FINDINGS REPORT 2024/25", [
            ("p", "Ms Voss presented the draft audit findings. She expected to issue an unqualified "
                  "opinion on the 2024/25 financial statements once the outstanding pension fund "
                  "assurance letter was received, which she anticipated by 17 October 2025. Two "
                  "significant deficiencies in internal control had been identified, relating to "
                  "journal authorisation and the completeness of the fixed asset register."),
            ("p", "The Director of Resources confirmed that management had accepted both "
                  "recommendations and that a new journal approval workflow would be in place by the end "
                  "of December 2025."),
            ("p", "RESOLVED: That the Committee:"),
            ("l", [("(i)", "note the Audit Findings Report 2024/25;"),
                   ("(ii)", "approve the Letter of Representation for signature by the Chair and the "
                            "Director of Resources; and"),
                   ("(iii)", "delegate authority to the Director of Resources, in consultation with the "
                             "Chair, to approve the final Statement of Accounts 2024/25 should any "
                             "further non-material amendments arise before the audit is concluded."),
                   ], 10),
        ]),
        ("min", "25.", "INTERNAL AUDIT PROGRESS REPORT", [
            ("p", "Ms Moran reported that 46% of the 2025/26 audit plan had been delivered to draft report "
                  "stage by the end of August, against a target of 40%. Of the 31 high priority "
                  "recommendations due for implementation, 24 (77%) had been implemented."),
            ("p", "Members expressed concern about the limited assurance opinion on temporary "
                  "accommodation procurement. Mr Osei attended for this item and explained that a new "
                  "framework would go live in January 2026, replacing spot purchasing for most "
                  "placements."),
            ("p", "Action: Head of Internal Audit to carry out a follow-up audit of temporary "
                  "accommodation procurement and report the result to the Committee in March 2026."),
            ("p", "RESOLVED: That the Internal Audit Progress Report be noted."),
        ]),
        ("min", "26.", "ANNUAL GOVERNANCE STATEMENT 2024/25", [
            ("p", "The Governance Officer introduced the final Annual Governance Statement. Councillor "
                  "Nwosu suggested that the statement should say more about the governance of the "
                  "Council's housing company, and officers agreed to strengthen that section before "
                  "publication."),
            ("p", "RESOLVED: That the Annual Governance Statement 2024/25 be approved, subject to the "
                  "amendment agreed at the meeting, for signature by the Leader and the Chief Executive."),
        ]),
        ("min", "27.", "WORK PROGRAMME", [
            ("p", "RESOLVED: That the work programme be noted."),
        ]),
        ("p", "The meeting finished at 9.12 pm."),
        ("sig", ("Chair", "Date")),
    ]
    build("E03_queensmead_audit_governance_minutes_2025-09-23.pdf", d, blocks,
          "London Borough of Queensmead - Audit and Governance Committee - Minutes - 23 September 2025")


# ============================================================================================
# E04  Unitary council annual report in two columns, figures table, numbered priorities.
# ============================================================================================
@document
def e04():
    d = Doc("Rothwick Council", "Regulatory Services Annual Report 2024/25", footer="pageofm",
            size=9.5, lh=4.8)
    figures = [
        ["Food hygiene inspections completed", "1,148", "1,032", "1,100"],
        ["Food businesses rated 3 or above (%)", "95.6%", "94.1%", "95%"],
        ["Noise complaints received", "2,310", "2,596", "-"],
        ["Noise complaints responded to within 3 working days (%)", "91%", "84%", "90%"],
        ["Licensing applications determined within statutory time (%)", "98.2%", "97.5%", "98%"],
        ["Fly-tipping incidents investigated", "3,874", "3,402", "-"],
        ["Fixed penalty notices issued for fly-tipping", "412", "287", "-"],
    ]
    d.add_page()
    d.set_title("Rothwick Council - Regulatory Services Annual Report 2024/25")
    d.set_subject("Regulatory Services Annual Report 2024/25")
    d.ln(30)
    d.ttl("Rothwick Council", 24)
    d.ttl("Regulatory Services", 18, "C", "")
    d.ttl("Annual Report 2024/25", 18, "C", "")
    d.ln(12)
    d.para("Environmental Health, Licensing and Trading Standards", align="C", size=12, style="I")
    d.ln(40)
    d.para("Presented to the Place and Environment Scrutiny Panel, 11 September 2025", align="C")
    d.para("Report author: Marcus Tilling, Head of Regulatory Services", align="C")
    d.add_page()
    d.ttl("1. Foreword", 14, "L")
    d.columns([
        ("p", "This report describes the work of Regulatory Services in the year from April 2024 to "
              "March 2025. It was a year in which demand continued to rise while the service absorbed "
              "a reduction of four posts through the Council's savings programme. I am grateful to "
              "officers across Environmental Health, Licensing and Trading Standards for maintaining "
              "front-line performance."),
        ("h", "Food safety"),
        ("p", "The team completed 1,148 food hygiene inspections during the year, above the target of "
              "1,100, and 95.6% of food businesses in the borough are now rated 3 (generally "
              "satisfactory) or above. The backlog of unrated new businesses, which stood at 240 in "
              "April 2024, was cleared by December."),
        ("h", "Noise and nuisance"),
        ("p", "We received 2,310 noise complaints, 11% fewer than the previous year. 91% of complaints "
              "were responded to within three working days, meeting our target for the first time since "
              "2021/22. The out-of-hours noise service operated on Friday and Saturday nights "
              "throughout the year."),
        ("h", "Licensing"),
        ("p", "Licensing determined 98.2% of applications within the statutory time. Following the "
              "adoption of the new Taxi and Private Hire Licensing Policy in October 2024, all 1,020 "
              "licensed drivers have completed safeguarding awareness training."),
        ("h", "Trading Standards"),
        ("p", "Trading Standards seized 46,000 illicit cigarettes and 1,900 illegal vapes in joint "
              "operations with the police, and supported 37 victims of doorstep crime. The Scams "
              "Prevention Partnership now has 64 member organisations."),
        ("h", "Street scene enforcement"),
        ("p", "3,874 fly-tipping incidents were investigated, and 412 fixed penalty notices were issued, "
              "up from 287 the year before. Nine cases were prosecuted, all successfully."),
        ("h", "Looking ahead"),
        ("p", "The service will continue to face pressure from the new burdens created by the national "
              "reforms to food standards delivery and from the growth of the night-time economy in the "
              "town centre. Our priorities for the coming year are set out in section 3."),
    ])
    d.ln(4)
    d.ttl("2. Performance at a glance", 14, "L")
    d.table(["Measure", "2024/25", "2023/24", "Target 2024/25"], figures, [82, 28, 28, 32])
    d.ttl("3. Our priorities for April 2025 to March 2026", 14, "L")
    d.para("Over the period April 2025 to March 2026 Regulatory Services will:")
    d.items([
        ("1.", "Implement the revised Food Law Code of Practice, moving all low-risk businesses to the "
               "new intervention frequencies."),
        ("2.", "Launch a town centre night-time economy partnership with the police, licensees and the "
               "Business Improvement District."),
        ("3.", "Introduce online applications and payments for all licence types, including temporary "
               "event notices."),
        ("4.", "Review the Enforcement Policy and present a revised policy to Cabinet for adoption."),
        ("5.", "Extend the out-of-hours noise service to Sunday evenings during the summer months."),
        ("6.", "Deliver a targeted campaign against illegal vape sales to under-18s, with test purchasing "
               "at a minimum of 60 premises."),
    ])
    d.ln(3)
    d.para("Members of the Panel are asked to note this report and to comment on the priorities for "
           "2025/26.", style="I")
    OUT.mkdir(parents=True, exist_ok=True)
    d.output(str(OUT / "E04_rothwick_regulatory_services_annual_report_2024-25.pdf"))


# ============================================================================================
# E05  Town council minutes: year-based minute numbers, chair's initials on every page, signature.
# ============================================================================================
@document
def e05():
    d = Doc("HEMBURY TOWN COUNCIL", "Full Council - 14 April 2025", footer="initials",
            footer_text="Chair's initials ..........", base="Times", size=11, lh=5.3, num_w=22,
            justify=False)
    blocks = [
        ("title", "HEMBURY TOWN COUNCIL", 16),
        ("p", "Minutes of the Meeting of the Town Council held on Monday 14 April 2025 at 7.00pm in the "
              "Assembly Room, The Guildhall, Fore Street, Hembury."),
        ("p", "Present: Cllr A Penrose (Town Mayor, Chair), Cllr J Doble (Deputy Mayor), Cllrs M Badcock, "
              "S Heathfield, R Lusk, E Marwood, T Quick and P Yeo."),
        ("p", "In attendance: Mrs C Widdicombe (Town Clerk), Mr B Hext (Deputy Clerk), District "
              "Councillor F Ashby, PCSO Lydia Crang and four members of the public."),
        ("min", "25/041", "Apologies for absence", [
            ("p", "Apologies were received and accepted from Cllrs G Tremlett (work) and W Sowden "
                  "(family commitment)."),
        ]),
        ("min", "25/042", "Declarations of interest and dispensations", [
            ("p", "Cllr Lusk declared a pecuniary interest in item 25/048 (a) as the applicant's "
                  "neighbour and left the room for that item."),
        ]),
        ("min", "25/043", "Public participation", [
            ("p", "A resident of Mill Lane raised the condition of the footpath between Mill Lane and "
                  "the recreation ground, which floods after heavy rain. The Clerk agreed to report the "
                  "drainage problem to the County Council's highways team."),
        ]),
        ("min", "25/044", "Minutes", [
            ("p", "It was RESOLVED that the minutes of the meeting held on 10 March 2025 be approved and "
                  "signed by the Chair as a true record. Proposed Cllr Quick, seconded Cllr Marwood; "
                  "all in favour."),
        ]),
        ("min", "25/045", "Reports from County and District Councillors and the police", [
            ("p", "District Cllr Ashby reported that the district's Local Plan review had reached the "
                  "Regulation 18 stage and that consultation would run until 30 May. PCSO Crang reported "
                  "14 crimes in the parish in March, five of them thefts from vehicles at the Quay car "
                  "park, and said that the neighbourhood team would carry out extra patrols there over "
                  "the Easter holidays."),
        ]),
        ("min", "25/046", "Finance", [
            ("l", [("(a)", "Payments. RESOLVED to approve the schedule of payments for March totalling "
                           "£18,426.90, as circulated."),
                   ("(b)", "Bank reconciliation. The reconciliation to 31 March 2025 was noted and signed "
                           "by Cllr Yeo."),
                   ("(c)", "Internal auditor. RESOLVED to reappoint Moorside Audit Services as internal "
                           "auditor for 2025/26 at a fee of £540."),
                   ("(d)", "Grants. The Council considered the three grant applications received. It was "
                           "RESOLVED to award grants of:", [
                       ("i)", "£500 to Hembury Carnival Committee towards road closure costs;"),
                       ("ii)", "£350 to the Hembury Youth Club for a summer activities programme; and"),
                       ("iii)", "£250 to Friends of St Petrock's Churchyard for the repair of the "
                                "lychgate."),
                   ]),
                   ], 10),
        ]),
        ("min", "25/047", "Play areas and open spaces", [
            ("p", "The Deputy Clerk reported that the annual independent inspection had rated the "
                  "wooden climbing frame at Castle Green as high risk. Members agreed that it should "
                  "remain closed."),
            ("p", "RESOLVED: (1) that the Deputy Clerk obtain three quotations for a replacement climbing "
                  "frame and bring them to the May meeting; (2) that the budget of £12,000 in the play "
                  "equipment reserve be earmarked for the replacement."),
            ("p", "Cllr Heathfield offered to lead a volunteer litter pick on Castle Green on Saturday "
                  "26 April 2025 and would publicise it on social media."),
        ]),
        ("min", "25/048", "Planning applications", [
            ("p", "The Council considered the following applications and agreed the responses to be sent "
                  "to the District Council:"),
            ("l", [("(a)", "25/0311/FUL, 7 Orchard Rise - two-storey rear extension. No objection."),
                   ("(b)", "25/0340/FUL, Land at Pound Farm - erection of 18 dwellings. The Council "
                           "objects on the grounds of highway safety at the Pound Lane junction and the "
                           "loss of the hedgerow, and requests that the application be determined by "
                           "the District Council's Planning Committee."),
                   ("(c)", "25/0352/LBC, The Old Bakery, Fore Street - replacement shopfront. No "
                           "objection subject to the advice of the conservation officer."),
                   ], 10),
        ]),
        ("min", "25/049", "Annual Town Meeting", [
            ("p", "It was noted that the Annual Town Meeting would be held on Wednesday 7 May 2025 at "
                  "7.00pm. The Town Clerk would prepare the annual report and circulate a draft to "
                  "Members by 25 April."),
        ]),
        ("min", "25/050", "Correspondence", [
            ("p", "The list of correspondence was noted. The Clerk was asked to reply to the Rural Bus "
                  "Partnership supporting the retention of the Sunday service on route 57."),
        ]),
        ("min", "25/051", "Date of next meeting", [
            ("p", "The next meeting of the Town Council will be the Annual Meeting on Monday 12 May 2025 "
                  "at 7.00pm."),
        ]),
        ("p", "There being no further business the Chair closed the meeting at 8.52pm."),
        ("sig", ("Signed", "Date")),
        ("p", "Chair, Hembury Town Council"),
    ]
    build("E05_hembury_town_council_minutes_2025-04-14.pdf", d, blocks,
          "Hembury Town Council - Minutes - 14 April 2025")



# ============================================================================================
# E06  Fire and rescue authority minutes.
# ============================================================================================
@document
def e06():
    d = Doc("Carrowmoor Fire and Rescue Authority", "Minutes - 18 July 2025", footer="pageofm",
            size=10, lh=5.0, num_w=18)
    blocks = [
        ("title", "CARROWMOOR FIRE AND RESCUE AUTHORITY", 15),
        ("title", "Minutes of the Meeting of the Fire and Rescue Authority", 12, "C", ""),
        ("p", "held at Service Headquarters, Tolley Road, Carrowmoor on Friday 18 July 2025 commencing at "
              "10.30 am"),
        ("p", "Present: Councillor D Rainsford (Chair), Councillor V Ostler (Vice-Chair), Councillors "
              "B Ackroyd, C Hebden, J Ingleby, K Marchbank, R Nuttall, S Pilling and E Wadsworth."),
        ("p", "Officers: Chief Fire Officer A Kershaw, Deputy Chief Fire Officer M Lumb, Area Manager "
              "G Holroyd (Prevention and Protection), Mrs P Sowerby (Treasurer), Mr N Greenhalgh (Clerk "
              "and Monitoring Officer) and Ms H Binns (Committee Officer)."),
        ("min", "31/25", "Apologies", [
            ("p", "Apologies were received from Councillors T Dyson and L Firth."),
        ]),
        ("min", "32/25", "Declarations of Interest", [
            ("p", "No declarations were made."),
        ]),
        ("min", "33/25", "Minutes of the Previous Meeting", [
            ("p", "RESOLVED that the minutes of the meeting held on 20 June 2025 be confirmed as a correct "
                  "record, subject to the addition of Councillor Pilling to the list of those present."),
        ]),
        ("min", "34/25", "Chief Fire Officer's Update", [
            ("p", "The Chief Fire Officer reported on operational activity in the first quarter of the "
                  "year. Crews had attended 2,946 incidents between April and June, including 1,102 fires, "
                  "of which 388 were deliberate. There had been one fire death, in Bradwell in May, and the "
                  "Authority's sympathies were recorded."),
            ("p", "The wildfire season had started early. The Service had attended 41 wildfires on "
                  "moorland since March, compared with 17 in the same period of 2024. The Chief Fire "
                  "Officer would write to the three landowning estates and the national park authority "
                  "to seek a joint approach to firebreak management before the next season."),
            ("p", "RESOLVED that the update be noted."),
        ]),
        ("min", "35/25", "Community Risk Management Plan 2026-2030 - Approval to Consult", [
            ("p", "The Deputy Chief Fire Officer presented the draft Community Risk Management Plan "
                  "(CRMP). The draft proposed changes to crewing at two stations, a new rescue capability "
                  "at Holme Bridge and the reallocation of prevention resources to the areas of highest "
                  "risk identified in the risk analysis."),
            ("p", "Members debated the proposal to move Whitestone station from wholetime to on-call "
                  "crewing at night. Councillor Nuttall proposed an amendment that the consultation "
                  "should also present the option of retaining wholetime crewing at Whitestone with the "
                  "associated cost. The amendment was seconded by Councillor Ackroyd and, on being put to "
                  "the vote, was carried."),
            ("p", "The substantive motion was then put and it was"),
            ("b", "RESOLVED that:"),
            ("l", [("1.", "the draft Community Risk Management Plan 2026-2030 be approved for public "
                          "consultation, the consultation to include the option of retaining wholetime "
                          "crewing at Whitestone and its cost;"),
                   ("2.", "the consultation run for twelve weeks from 4 August 2025 to 27 October 2025;"),
                   ("3.", "the Chief Fire Officer arrange at least one public meeting in each of the "
                          "districts affected by the proposed changes; and"),
                   ("4.", "the results of the consultation and a final draft plan be reported to the "
                          "Authority at its meeting on 12 December 2025."),
                   ]),
        ]),
        ("min", "36/25", "Revenue Budget Monitoring - Quarter 1", [
            ("p", "The Treasurer reported a forecast underspend of £412,000 against the revenue budget of "
                  "£58.3m, mainly from vacancies in support staff, partly offset by the cost of the 2025 "
                  "pay award, which was 1% above the budgeted figure."),
            ("p", "RESOLVED that:"),
            ("l", [("(a)", "the forecast outturn position be noted;"),
                   ("(b)", "£150,000 of the forecast underspend be transferred to the Wildfire Equipment "
                           "Reserve; and"),
                   ("(c)", "the Treasurer be asked to report on the options for the remaining underspend "
                           "as part of the Quarter 2 monitoring report."),
                   ]),
        ]),
        ("min", "37/25", "His Majesty's Inspectorate - Progress Against Areas for Improvement", [
            ("p", "Area Manager Holroyd reported that 9 of the 14 areas for improvement identified at the "
                  "last inspection had now been closed. The remaining five related to the protection "
                  "programme and to staff development; all were on track to be closed by March 2026."),
            ("p", "Members asked for a short briefing on the backlog of high-risk premises audits. The "
                  "Area Manager agreed to circulate this to all Members within two weeks."),
            ("p", "RESOLVED that progress be noted."),
        ]),
        ("min", "38/25", "Appointments to Outside Bodies", [
            ("p", "RESOLVED that Councillor Ingleby be appointed as the Authority's representative on the "
                  "Local Resilience Forum Strategic Board for the remainder of the municipal year."),
        ]),
        ("p", "The meeting closed at 12.48 pm."),
        ("sig", ("Chair", "Date")),
    ]
    build("E06_carrowmoor_fire_authority_minutes_2025-07-18.pdf", d, blocks,
          "Carrowmoor Fire and Rescue Authority - Minutes - 18 July 2025")


# ============================================================================================
# E07  Police and crime panel minutes.
# ============================================================================================
@document
def e07():
    d = Doc("Eastvale Police and Crime Panel", "9 October 2025", footer="page", base="Times",
            size=11, lh=5.3, num_w=14)
    blocks = [
        ("title", "EASTVALE POLICE AND CRIME PANEL", 15),
        ("p", "MINUTES of the meeting of the Eastvale Police and Crime Panel held at Pendle House, "
              "Ashby Lane, Kirkbarrow on Thursday 9 October 2025 at 2.00 pm.", 0),
        ("p", "MEMBERS PRESENT: Councillor Iris Colclough (Chair, Kirkbarrow City Council), Councillor Ned "
              "Farraday (Vice-Chair, Saltby Borough Council), Councillor Oona Braithwaite (Eastvale County "
              "Council), Councillor Pete Mulvaney (Holderby District Council), Councillor Sunita Rao "
              "(Fenwold District Council), Mr Clive Oddie (Independent Co-opted Member) and Dr Ama "
              "Boateng (Independent Co-opted Member)."),
        ("p", "ALSO PRESENT: Mr Gareth Lowther (Police and Crime Commissioner), Ms Hannah Pym (Chief "
              "Executive, Office of the Police and Crime Commissioner), Mr Ravi Sandhu (Chief Finance "
              "Officer, OPCC), Chief Superintendent Della Crabtree (Eastvale Police) and Ms Zoe Hartigan "
              "(Panel Support Officer, Kirkbarrow City Council)."),
        ("min", "18", "APOLOGIES", [
            ("p", "Apologies were received from Councillor Tom Ferrier (Saltby Borough Council)."),
        ]),
        ("min", "19", "MINUTES OF THE MEETING HELD ON 3 JULY 2025", [
            ("p", "The minutes were agreed as a correct record, subject to the correction of the title of "
                  "Dr Boateng in the list of those present."),
        ]),
        ("min", "20", "PUBLIC QUESTIONS", [
            ("p", "One question had been received, from a resident of Holderby, about the response time "
                  "to non-emergency 101 calls. The Commissioner replied that the average wait in September "
                  "had been 6 minutes 40 seconds, down from 14 minutes a year earlier, and that he would "
                  "send the questioner the monthly figures since January."),
        ]),
        ("min", "21", "POLICE AND CRIME PLAN - PERFORMANCE REPORT, QUARTER 1 2025/26", [
            ("p", "The Commissioner introduced the report. Total recorded crime had fallen by 4.2% compared "
                  "with the same quarter last year. Neighbourhood crime was down 9%, but reported violence "
                  "against women and girls had increased by 6%, which the force partly attributed to "
                  "greater confidence in reporting. The charge rate for rape offences was 8.1%."),
            ("p", "Members questioned the Commissioner on the visibility of neighbourhood policing in rural "
                  "areas. Chief Superintendent Crabtree explained that 38 additional PCSO posts had been "
                  "recruited and that all would be deployed to neighbourhood teams by the end of January "
                  "2026."),
            ("p", "The Panel asked the Commissioner to provide, for its next meeting, a breakdown of "
                  "neighbourhood crime by district council area and an explanation of how rural crime "
                  "is recorded."),
            ("p", "RESOLVED that the performance report be noted."),
        ]),
        ("min", "22", "REVIEW OF THE VICTIMS' SERVICES COMMISSIONING - TASK GROUP REPORT", [
            ("p", "Councillor Braithwaite presented the findings of the Panel's task group, which had met "
                  "on five occasions between April and August 2025 and had heard from victims, the "
                  "commissioned providers and the Victims' Champion."),
            ("p", "The Commissioner welcomed the report and said that he would give the recommendations "
                  "careful consideration, responding formally within the two months required."),
            ("p", "RESOLVED that the Panel endorses the task group's report and makes the following "
                  "recommendations to the Police and Crime Commissioner:"),
            ("l", [("1.", "That the Commissioner publishes the performance data of each commissioned "
                          "victims' service on the OPCC website every quarter, starting with the data for "
                          "October to December 2025."),
                   ("2.", "That the Commissioner aligns the end dates of the domestic abuse and sexual "
                          "violence support contracts so that they can be recommissioned together in "
                          "2027."),
                   ("3.", "That the Commissioner, with the Chief Constable, reviews the process for "
                          "referring victims to support services after the first report, so that no victim "
                          "waits more than 48 hours for contact."),
                   ("4.", "That the Commissioner reports back to the Panel on the progress of these "
                          "recommendations in April 2026."),
                   ]),
        ]),
        ("min", "23", "COMPLAINTS AGAINST THE COMMISSIONER", [
            ("p", "The Panel Support Officer reported that no complaints had been received since the last "
                  "meeting."),
            ("p", "RESOLVED that the report be noted."),
        ]),
        ("min", "24", "WORK PROGRAMME", [
            ("p", "Members discussed the work programme. It was agreed that the January meeting would "
                  "consider the proposed police precept for 2026/27, and that the Panel Support Officer "
                  "would arrange an informal budget briefing for Members in mid-January."),
            ("p", "RESOLVED that the work programme be agreed."),
        ]),
        ("min", "25", "DATE OF NEXT MEETING", [
            ("p", "Thursday 29 January 2026 at 2.00 pm."),
        ]),
        ("sig", ("Chair", "Date")),
    ]
    build("E07_eastvale_police_crime_panel_minutes_2025-10-09.pdf", d, blocks,
          "Eastvale Police and Crime Panel - Minutes - 9 October 2025")


# ============================================================================================
# E08  US city council minutes: moved, seconded, carried with roll-call votes.
# ============================================================================================
@document
def e08():
    d = Doc("City of Alder Point - City Council Minutes", "Regular Meeting, May 6, 2025",
            footer="date", footer_text="Approved: May 20, 2025", size=10, lh=5.0, num_w=0)
    blocks = [
        ("title", "CITY OF ALDER POINT", 15),
        ("title", "MINUTES OF THE REGULAR CITY COUNCIL MEETING\nTUESDAY, MAY 6, 2025 - 6:00 P.M.", 11),
        ("p", "Mayor Dana Kowalczyk called the meeting to order at 6:02 p.m. in the Council Chambers, City "
              "Hall, 210 Harbor Street."),
        ("p", "ROLL CALL - Present: Councilmembers Ferreira, Hollis, Nakamura, Prendergast, Tovar, Mayor "
              "Pro Tem Whitfield and Mayor Kowalczyk - 7. Absent: None."),
        ("p", "Staff present: City Manager Lorraine Ogle, City Attorney Marcus Bream, Public Works "
              "Director Sean Tully, Finance Director Priya Venkat, City Clerk Janet Moss."),
        ("h", "PLEDGE OF ALLEGIANCE"),
        ("h", "AGENDA CHANGES"),
        ("p", "City Manager Ogle requested that item 7-B be heard before item 7-A. There was no objection."),
        ("h", "PUBLIC COMMENT (NON-AGENDA)"),
        ("p", "(25-141) Ruth Castaneda, Alder Point, spoke about speeding on Cedar Avenue near Lincoln "
              "Elementary. Mayor Kowalczyk asked the Public Works Director to look into a traffic study "
              "for Cedar Avenue and report back to the Council."),
        ("h", "CONSENT CALENDAR"),
        ("p", "Councilmember Tovar moved approval of the Consent Calendar. Councilmember Hollis seconded the "
              "motion, which carried by the following vote: Ayes - 7. Noes - 0."),
        ("p", "(*25-142) Minutes of the Regular City Council Meeting held on April 15, 2025. Approved."),
        ("p", "(*25-143) Ratified bills in the amount of $3,418,226.71. Ratified."),
        ("p", "(*25-144) Recommendation to award a contract in the amount of $1,286,400 to Bayline Paving "
              "Inc. for the 2025 Street Resurfacing Project, and authorize the City Manager to execute "
              "the contract. Accepted."),
        ("h", "REGULAR AGENDA ITEMS"),
        ("p", "(25-145) Public Hearing to consider adoption of Resolution No. 2025-31 establishing the "
              "Fiscal Year 2025-26 Master Fee Schedule."),
        ("p", "The Finance Director gave a presentation. She stated that most fees would rise by the "
              "consumer price index of 3.1%, and that building permit fees would rise by 8% to achieve full "
              "cost recovery. Mayor Kowalczyk opened the public hearing. There were no speakers. The public "
              "hearing was closed."),
        ("p", "Councilmember Nakamura moved adoption of the resolution, with the amendment that the "
              "increase in youth sports field rental fees be deferred for one year. Mayor Pro Tem Whitfield "
              "seconded the motion, which carried by the following roll call vote: Ayes: Councilmembers "
              "Ferreira, Hollis, Nakamura, Tovar, Mayor Pro Tem Whitfield and Mayor Kowalczyk - 6. Noes: "
              "Councilmember Prendergast - 1."),
        ("p", "(25-146) Recommendation to introduce an ordinance amending Chapter 9 of the Municipal Code "
              "to prohibit overnight parking of oversized vehicles on residential streets."),
        ("p", "The City Attorney gave a brief presentation. Eleven speakers addressed the Council; seven "
              "spoke in opposition and four in support. Councilmember Ferreira expressed concern about the "
              "effect on unhoused residents living in vehicles and asked that staff return with a safe "
              "parking program before the ordinance takes effect."),
        ("p", "Councilmember Ferreira moved to continue the item and direct staff to return with a safe "
              "parking program proposal at the June 17, 2025 meeting. Councilmember Tovar seconded the "
              "motion, which carried by the following vote: Ayes - 5. Noes: Councilmembers Hollis and "
              "Prendergast - 2."),
        ("p", "(25-147) Status report on the Harbor Street Seawall Repair Project."),
        ("p", "The Public Works Director reported that the design was 90% complete and that construction "
              "was expected to begin in September 2025, with completion in spring 2026. The City had "
              "secured $4.2 million of the $6.9 million project cost from state grants. Staff would apply "
              "for a federal resilience grant for the remaining amount by the July 31 deadline."),
        ("p", "The Council received the report. No action was taken."),
        ("h", "CITY MANAGER COMMUNICATIONS"),
        ("p", "(25-148) City Manager Ogle announced that the library branch on Poplar Street would reopen "
              "on June 2 following its renovation."),
        ("h", "COUNCIL REFERRALS"),
        ("p", "(25-149) Consider directing staff to draft a policy on the use of automated license plate "
              "readers. Councilmember Hollis made the referral. Following discussion, Councilmember Hollis "
              "moved to direct the City Attorney to prepare a draft policy for Council consideration "
              "within 90 days. Councilmember Nakamura seconded the motion, which carried unanimously - 7."),
        ("h", "ADJOURNMENT"),
        ("p", "There being no further business, Mayor Kowalczyk adjourned the meeting at 9:47 p.m."),
        ("p", "Respectfully submitted,"),
        ("p", "Janet Moss, City Clerk"),
        ("p", "The agenda for this meeting was posted in accordance with the Brown Act."),
    ]
    build("E08_alder_point_city_council_minutes_2025-05-06.pdf", d, blocks,
          "City of Alder Point - Regular City Council Meeting Minutes - May 6, 2025")


# ============================================================================================
# E09  Australian shire ordinary council meeting minutes: officer recommendation vs council
#      resolution, moved/seconded, CARRIED 6/1.
# ============================================================================================
@document
def e09():
    d = Doc("Shire of Wattle Creek", "Ordinary Council Meeting Minutes - 26 August 2025",
            footer="pageofm", size=10, lh=5.0, num_w=22)
    blocks = [
        ("sp", 30),
        ("title", "SHIRE OF WATTLE CREEK", 22),
        ("sp", 8),
        ("title", "MINUTES", 18),
        ("title", "Ordinary Council Meeting", 14, "C", ""),
        ("title", "Tuesday 26 August 2025", 14, "C", ""),
        ("sp", 20),
        ("p", "These minutes were confirmed at the Ordinary Council Meeting held on 23 September 2025.", 0),
        ("sp", 4),
        ("p", "Presiding Member: ............................................"),
        ("pb",),
        ("h", "1. DECLARATION OF OPENING"),
        ("p", "The Shire President, Cr Tess Marriner, declared the meeting open at 3.00pm and acknowledged "
              "the Traditional Owners of the land on which the meeting was held."),
        ("h", "2. RECORD OF ATTENDANCE / APOLOGIES / LEAVE OF ABSENCE"),
        ("p", "Councillors: Cr T Marriner (Shire President), Cr B Oakley (Deputy Shire President), Cr L "
              "Duffield, Cr M Gorecki, Cr R Haigh, Cr P Kinsella, Cr W Ng."),
        ("p", "Staff: Mr C Ablett (Chief Executive Officer), Ms J Farquhar (Executive Manager Corporate "
              "Services), Mr S Lidcombe (Executive Manager Infrastructure), Ms A Tran (Governance Officer)."),
        ("p", "Apologies: Nil. Leave of absence: Nil."),
        ("h", "3. CONFIRMATION OF MINUTES"),
        ("b", "COUNCIL RESOLUTION 2025/141"),
        ("p", "Moved: Cr Haigh      Seconded: Cr Ng"),
        ("p", "That the Minutes of the Ordinary Council Meeting held on 22 July 2025 be confirmed as a true "
              "and correct record."),
        ("b", "CARRIED 7/0"),
        ("h", "4. REPORTS OF OFFICERS"),
        ("min", "4.1", "Road Renewal Program 2025/26 - Tender RFT 04/2025", [
            ("kv", [("Author:", "Executive Manager Infrastructure"),
                    ("Attachments:", "Confidential evaluation report")]),
            ("p", "Three tenders were received for the resealing of 34 km of rural roads. The evaluation "
                  "panel recommended the tender from Goldfields Bitumen Pty Ltd as the best value."),
            ("b", "OFFICER RECOMMENDATION"),
            ("p", "That Council accepts the tender from Goldfields Bitumen Pty Ltd for RFT 04/2025 for the "
                  "lump sum of $2,146,380 (ex GST)."),
            ("b", "COUNCIL RESOLUTION 2025/142"),
            ("p", "Moved: Cr Oakley      Seconded: Cr Kinsella"),
            ("p", "That Council:"),
            ("l", [("1.", "Accepts the tender from Goldfields Bitumen Pty Ltd for RFT 04/2025 for the lump "
                          "sum of $2,146,380 (ex GST);"),
                   ("2.", "Authorises the Chief Executive Officer to execute the contract; and"),
                   ("3.", "Requests the Chief Executive Officer to report to Council on the resealing of "
                          "Mulga Downs Road, which was not included in the tender, at the October 2025 "
                          "Ordinary Council Meeting."),
                   ]),
            ("b", "CARRIED 7/0"),
            ("i", "Reason for change: Council wished to have a report on Mulga Downs Road, which carries "
                  "school bus traffic."),
        ]),
        ("min", "4.2", "Monthly Financial Report - July 2025", [
            ("p", "The report showed operating revenue year to date of $6.84 million against a budget of "
                  "$6.71 million, and cash and investments of $14.2 million at 31 July 2025."),
            ("b", "COUNCIL RESOLUTION 2025/143"),
            ("p", "Moved: Cr Duffield      Seconded: Cr Gorecki"),
            ("p", "That Council receives the Monthly Financial Report for the period ending 31 July 2025."),
            ("b", "CARRIED 7/0"),
        ]),
        ("min", "4.3", "Proposed Caravan Park Fees and Charges", [
            ("b", "OFFICER RECOMMENDATION"),
            ("p", "That Council adopts the revised fees for the Wattle Creek Caravan Park as set out in "
                  "Attachment 1, effective 1 October 2025."),
            ("p", "Cr Gorecki foreshadowed an alternative motion."),
            ("b", "COUNCIL RESOLUTION 2025/144"),
            ("p", "Moved: Cr Gorecki      Seconded: Cr Duffield"),
            ("p", "That Council defers consideration of the caravan park fees and requests the Chief "
                  "Executive Officer to consult the local tourism association and report back to the "
                  "November 2025 Ordinary Council Meeting."),
            ("b", "CARRIED 6/1"),
            ("p", "For: Crs Marriner, Oakley, Duffield, Gorecki, Kinsella, Ng. Against: Cr Haigh."),
        ]),
        ("min", "4.4", "Community Grants Round 1 2025/26", [
            ("b", "COUNCIL RESOLUTION 2025/145"),
            ("p", "Moved: Cr Kinsella      Seconded: Cr Marriner"),
            ("p", "That Council approves the community grants as listed below, totalling $38,500:"),
            ("l", [("a)", "Wattle Creek Agricultural Society - $12,000 towards the 2026 Show;"),
                   ("b)", "Wattle Creek Men's Shed - $8,500 for a workshop extension;"),
                   ("c)", "Kurrajong Primary School P&C - $6,000 for shade structures; and"),
                   ("d)", "Wattle Creek Football Netball Club - $12,000 towards lighting upgrades."),
                   ]),
            ("b", "CARRIED 7/0"),
        ]),
        ("h", "5. ELECTED MEMBERS' MOTIONS OF WHICH PREVIOUS NOTICE HAS BEEN GIVEN"),
        ("p", "Nil."),
        ("h", "6. CLOSURE"),
        ("p", "There being no further business, the Shire President declared the meeting closed at 4.37pm."),
    ]
    build("E09_wattle_creek_shire_ordinary_council_minutes_2025-08-26.pdf", d, blocks,
          "Shire of Wattle Creek - Ordinary Council Meeting Minutes - 26 August 2025")



# ============================================================================================
# E10  Record of executive decision (portfolio holder decision notice).
# ============================================================================================
@document
def e10():
    d = Doc("Brinkworth Borough Council", "Record of Executive Decision ED/2025/037", footer="pageofm",
            size=10, lh=5.0)
    blocks = [
        ("title", "BRINKWORTH BOROUGH COUNCIL", 14, "L"),
        ("title", "RECORD OF EXECUTIVE DECISION", 16, "L"),
        ("kv", [("Decision reference:", "ED/2025/037"),
                ("Decision taker:", "Councillor Felicity Ormerod, Cabinet Member for Housing and "
                                    "Regeneration"),
                ("Date of decision:", "4 August 2025"),
                ("Key decision:", "Yes - included in the Forward Plan published on 4 July 2025"),
                ("Subject:", "Acquisition of homes for use as temporary accommodation - Local Authority "
                             "Housing Fund Round 4"),
                ("Report author:", "Sabine Crowther, Head of Housing Solutions"),
                ("Date decision comes into effect:", "12 August 2025, unless called in"),
                ]),
        ("h", "Decision"),
        ("p", "Having considered the report of the Head of Housing Solutions dated 24 July 2025, I have "
              "decided:"),
        ("l", [("1.", "To accept the grant offer of £2,940,000 from the Local Authority Housing Fund Round "
                      "4 and to enter into the memorandum of understanding with the Ministry."),
               ("2.", "To approve the purchase of up to 16 homes on the open market for use as temporary "
                      "accommodation for homeless families, within a total budget of £6,120,000 including "
                      "the grant."),
               ("3.", "To delegate authority to the Director of Place, in consultation with the Director "
                      "of Finance, to agree the purchase of individual properties within the approved "
                      "budget and the criteria set out in paragraph 4.3 of the report."),
               ("4.", "To ask the Head of Housing Solutions to report progress on the acquisitions to the "
                      "Housing Scrutiny Panel in January 2026, including the savings achieved against "
                      "the cost of nightly paid accommodation."),
               ("5.", "That all 16 homes are to be acquired and let by 31 March 2026, in line with the "
                      "conditions of the grant."),
               ]),
        ("h", "Reasons for the decision"),
        ("p", "The Council places an average of 52 households a night in nightly paid accommodation at a "
              "net cost of £1.9m a year. Owning homes for this purpose is expected to save about £9,400 "
              "per home per year and provides better conditions for families."),
        ("h", "Alternative options considered and rejected"),
        ("l", [("(a)", "Not to accept the grant. Rejected because the cost of nightly paid accommodation "
                       "would continue to rise."),
               ("(b)", "To lease homes from a registered provider. Rejected because no provider was able "
                       "to offer the number of homes required in the time available."),
               ]),
        ("h", "Recommendations of the report (as set out in the report)"),
        ("i", "The report recommended that the Cabinet Member (i) accepts the grant, (ii) approves the "
              "purchase of up to 16 homes and (iii) delegates authority to the Director of Place. The "
              "decision above adds item 4 and item 5."),
        ("h", "Conflicts of interest and dispensations"),
        ("p", "None declared by the decision taker or any consulted Member."),
        ("h", "Consultation"),
        ("p", "The Leader of the Council, the Chair of the Housing Scrutiny Panel, the Director of Finance "
              "and the Monitoring Officer were consulted on 28 July 2025."),
        ("sp", 4),
        ("kv", [("Signed:", "F. Ormerod (Cabinet Member for Housing and Regeneration)"),
                ("Date:", "4 August 2025"),
                ("Published:", "5 August 2025"),
                ]),
        ("i", "Call-in: the call-in period for this decision expires at 5.00 pm on 11 August 2025."),
    ]
    build("E10_brinkworth_record_of_executive_decision_ED-2025-037.pdf", d, blocks,
          "Brinkworth Borough Council - Record of Executive Decision ED/2025/037")


# ============================================================================================
# E11  Cabinet agenda pack with a scrutiny recommendations report: nothing has been decided yet.
# ============================================================================================
@document
def e11():
    d = Doc("Lydmouth City Council", "Cabinet - 15 October 2025 - Agenda", footer="page", size=10,
            lh=5.0)
    blocks = [
        ("sp", 25),
        ("title", "Lydmouth City Council", 22),
        ("sp", 4),
        ("title", "CABINET", 18),
        ("sp", 8),
        ("p", "Date: Wednesday, 15 October 2025", 0),
        ("p", "Time: 5.30 pm"),
        ("p", "Venue: The Council Chamber, Guildhall, Lydmouth"),
        ("p", "Members: Councillors Petra Sallis (Leader, Chair), Owen Redfern (Deputy Leader), Gemma "
              "Axford, Rhys Collard, Imran Hafeez, Lucy Tregear and Brian Vosper."),
        ("p", "Contact: Ellen Marsh, Senior Democratic Services Officer, tel. 01632 960 412."),
        ("sp", 6),
        ("i", "Members of the public are welcome to attend. This meeting will be webcast."),
        ("pb",),
        ("title", "AGENDA", 15, "L"),
        ("min", "1.", "Apologies for Absence", []),
        ("min", "2.", "Declarations of Interest", [
            ("p", "Members are asked to declare any interests in items on this agenda."),
        ]),
        ("min", "3.", "Minutes", [
            ("p", "To approve as a correct record the minutes of the meeting held on 17 September 2025. "
                  "(Pages 5 - 12)"),
        ]),
        ("min", "4.", "Recommendations of the Place Scrutiny Commission - Review of Housing Repairs",
         [("p", "To consider the report of the Place Scrutiny Commission. (Pages 13 - 20)")]),
        ("min", "5.", "Medium Term Financial Plan - Update", [
            ("p", "To consider the report of the Director of Finance. (Pages 21 - 34)"),
        ]),
        ("min", "6.", "Forward Plan", [
            ("p", "To note the Forward Plan of key decisions. (Pages 35 - 38)"),
        ]),
        ("pb",),
        ("title", "Agenda Item 4", 10, "R", "B"),
        ("title", "LYDMOUTH CITY COUNCIL", 13, "L"),
        ("kv", [("Report to:", "Cabinet"),
                ("Date:", "15 October 2025"),
                ("Report of:", "Chair of the Place Scrutiny Commission"),
                ("Title:", "Review of Housing Repairs - Recommendations of the Place Scrutiny Commission"),
                ("Wards affected:", "All"),
                ]),
        ("h", "1. Purpose of the report"),
        ("p", "1.1 This report presents to Cabinet the findings and recommendations of the Place Scrutiny "
              "Commission following its review of the council housing repairs service, carried out "
              "between March and July 2025."),
        ("h", "2. Recommendations"),
        ("p", "2.1 Cabinet is asked to consider the recommendations of the Place Scrutiny Commission set "
              "out in paragraph 5 and to agree a response to each of them, to be reported to the "
              "Commission within two months of this meeting."),
        ("h", "3. Background"),
        ("p", "3.1 The Commission agreed in February 2025 to review the repairs service after a rise in "
              "complaints to the Housing Ombudsman and concerns raised by tenants' associations about the "
              "handling of damp and mould cases. The detailed evidence is set out in the Commission's "
              "full report, which is available on the Council's website."),
        ("h", "4. Evidence gathered"),
        ("p", "4.1 The Commission held four evidence sessions, heard from tenants' representatives, the "
              "repairs contractor and the Director of Housing, and visited the call centre."),
        ("h", "5. The Commission's recommendations"),
        ("p", "5.1 The Commission recommends that Cabinet:"),
        ("l", [("R1", "introduces a single point of contact for every damp and mould case, from first "
                      "report to completion;"),
               ("R2", "requires the repairs contractor to offer appointments in the evenings and on "
                      "Saturdays from April 2026;"),
               ("R3", "publishes repairs performance by ward on the Council's website each quarter; and"),
               ("R4", "asks the Director of Housing to report back to the Commission on progress in "
                      "six months."),
               ], 10),
        ("h", "6. Financial implications"),
        ("p", "6.1 The cost of recommendation R2 is estimated at £180,000 a year and would need to be "
              "considered as part of the Medium Term Financial Plan."),
        ("h", "7. Legal implications"),
        ("p", "7.1 Under section 9FE of the Local Government Act 2000 the Cabinet must respond to the "
              "recommendations of an overview and scrutiny committee within two months."),
        ("kv", [("Background papers:", "None"),
                ("Contact officer:", "Ellen Marsh, Senior Democratic Services Officer"),
                ]),
    ]
    build("E11_lydmouth_cabinet_agenda_pack_2025-10-15.pdf", d, blocks,
          "Lydmouth City Council - Cabinet - Agenda - 15 October 2025")


# ============================================================================================
# E12  Licensing sub-committee: one PDF holding the minutes of TWO hearings.
# ============================================================================================
@document
def e12():
    d = Doc("Sedgeworth District Council - Licensing Sub-Committee", "Minutes of Hearings",
            footer="pageofm", base="Times", size=11, lh=5.3, num_w=16)
    blocks = [
        ("title", "SEDGEWORTH DISTRICT COUNCIL", 15),
        ("title", "LICENSING SUB-COMMITTEE", 13),
        ("p", "Minutes of the hearing held on Tuesday 4 March 2025 at 10.00 am in the Council Chamber, "
              "Sedgeworth Town Hall."),
        ("p", "Present: Councillors K Ambler (Chair), F Daintith and H Rowe."),
        ("p", "Officers: Mr S Pritchard (Licensing Team Leader), Ms A Obi (Solicitor, Legal Services) and "
              "Mr L Fenn (Democratic Services Officer)."),
        ("min", "1.", "Election of Chair", [
            ("p", "RESOLVED that Councillor Ambler be elected Chair for the hearing."),
        ]),
        ("min", "2.", "Declarations of Interest", [
            ("p", "None."),
        ]),
        ("min", "3.", "Application for a Premises Licence - The Wharf Kitchen, 3 Canal Street, Sedgeworth",
         [
            ("p", "The Sub-Committee considered an application for a new premises licence to permit the "
                  "sale of alcohol and recorded music until 00.30 on Fridays and Saturdays. "
                  "Representations had been received from Environmental Health and from nine local "
                  "residents, relating to the prevention of public nuisance."),
            ("p", "The applicant, Mr Joel Varney, and his agent addressed the Sub-Committee. During the "
                  "hearing the applicant agreed to reduce the terminal hour to 23.30 and to keep all "
                  "external doors and windows closed after 21.00 except for access."),
            ("p", "Having considered the application, the representations, the Council's Statement of "
                  "Licensing Policy and the statutory guidance, it was"),
            ("p", "RESOLVED that the premises licence be granted, subject to the following conditions in "
                  "addition to the mandatory conditions:"),
            ("l", [("(a)", "the sale of alcohol shall end at 23.30 on Fridays and Saturdays and at 23.00 "
                           "on all other days;"),
                   ("(b)", "no customers shall be permitted in the rear courtyard after 21.00;"),
                   ("(c)", "a noise management plan shall be submitted to and agreed with Environmental "
                           "Health within 28 days of the grant of the licence."),
                   ], 10),
            ("p", "The Solicitor advised that the Licensing Team Leader would send written notice of the "
                  "decision, with the reasons and the right of appeal, to all parties within five "
                  "working days."),
        ]),
        ("sig", ("Chair", "Date")),
        ("pb",),
        ("title", "LICENSING SUB-COMMITTEE", 13),
        ("p", "Minutes of the hearing held on Tuesday 25 March 2025 at 2.00 pm in Committee Room 1, "
              "Sedgeworth Town Hall."),
        ("p", "Present: Councillors M Greaves (Chair), F Daintith and T Ollerenshaw."),
        ("p", "Officers: Mr S Pritchard (Licensing Team Leader), Mr R Kaye (Solicitor) and Mr L Fenn "
              "(Democratic Services Officer)."),
        ("min", "4.", "Election of Chair", [
            ("p", "RESOLVED that Councillor Greaves be elected Chair for the hearing."),
        ]),
        ("min", "5.", "Declarations of Interest", [
            ("p", "Councillor Ollerenshaw declared that she knew one of the objectors socially; having "
                  "taken advice, she remained for the item."),
        ]),
        ("min", "6.", "Review of Premises Licence - Nightjar Bar, 41 Market Row, Sedgeworth", [
            ("p", "The Sub-Committee considered an application by the police for a review of the premises "
                  "licence following an assault outside the premises in January and two test purchase "
                  "failures. Sergeant Wynne presented the police case. The premises licence holder was "
                  "represented by counsel."),
            ("p", "RESOLVED that, in order to promote the licensing objectives of the prevention of crime "
                  "and disorder and the protection of children from harm:"),
            ("l", [("(1)", "the Designated Premises Supervisor, Mr Dale Hutt, be removed from the "
                           "licence;"),
                   ("(2)", "the licence be suspended for a period of four weeks; and"),
                   ("(3)", "the following conditions be added to the licence:", [
                       ("(i)", "a Challenge 25 policy shall operate, with a refusals log inspected by "
                               "the DPS every week;"),
                       ("(ii)", "two SIA registered door supervisors shall be on duty from 21.00 until "
                                "close on Fridays and Saturdays."),
                   ]),
                   ], 10),
            ("p", "The Chair asked the Licensing Team Leader to arrange a compliance visit to the "
                  "premises within one month of the end of the suspension and to report the outcome to "
                  "the Licensing Committee."),
        ]),
        ("p", "The hearing closed at 4.20 pm."),
        ("sig", ("Chair", "Date")),
    ]
    build("E12_sedgeworth_licensing_subcommittee_two_hearings_2025-03.pdf", d, blocks,
          "Sedgeworth District Council - Licensing Sub-Committee - Minutes of hearings, 4 and 25 March 2025")



# ============================================================================================
# E13  Health and wellbeing board minutes laid out as a bordered table with an "Action" column.
# ============================================================================================
@document
def e13():
    d = Doc("Fernley Health and Wellbeing Board", "Minutes - 2 December 2025", footer="date",
            footer_text="Fernley HWB 02.12.25 - DRAFT until approved", size=9.5, lh=4.8)
    rows = [
        ["1.", "Welcome, introductions and apologies\nThe Chair welcomed Members. Apologies were received "
               "from Cllr Tobias Grange and Dr Helen Akinola (Fernley Place, NHS Integrated Care Board), "
               "who was represented by Mark Ellwood.", ""],
        ["2.", "Declarations of interest\nNone.", ""],
        ["3.", "Minutes of the last meeting and matters arising\nThe minutes of the meeting held on 16 "
               "September 2025 were agreed as an accurate record.\nMatters arising: the joint carers' "
               "strategy had been published in October, closing the action from the last meeting.", ""],
        ["4.", "Joint Local Health and Wellbeing Strategy - Annual Progress\nRuth Ibbotson (Director of "
               "Public Health) presented progress against the strategy's three priorities. Smoking "
               "prevalence among adults had fallen to 11.8% from 13.2% in 2023, and uptake of the "
               "NHS Health Check had risen to 48% of those eligible. Childhood obesity at Year 6 "
               "remained above the England average at 25.9%.\nThe Board discussed the gap in healthy "
               "life expectancy between the most and least deprived wards, which was 14 years. Board "
               "members agreed that the refreshed strategy should set a target for reducing the gap.\n"
               "The Board agreed to note the progress report and to endorse the proposed timetable for "
               "refreshing the strategy, with a draft to come to the Board in March 2026.",
         "RI to bring draft refreshed strategy to the March 2026 Board"],
        ["5.", "Better Care Fund 2025/26 - Quarter 2 Return\nAnna Coyle (Head of Integrated "
               "Commissioning) presented the return, which had been submitted under delegated authority. "
               "Delayed discharges had fallen to an average of 31 patients a day, against 44 a year "
               "earlier.\nThe Board ratified the Quarter 2 Better Care Fund return.\nMembers asked "
               "for a breakdown of the reasons for delayed discharge by hospital site to be circulated "
               "before the next meeting.", "AC - circulate breakdown of delayed discharge reasons by site"],
        ["6.", "Pharmaceutical Needs Assessment - Supplementary Statement\nThe Board noted the closure "
               "of two pharmacies in Holmfield since the assessment was published. The Director of "
               "Public Health advised that a supplementary statement would be published by 31 January "
               "2026 and that a full revised assessment was not required at this stage.\nThe Board "
               "delegated approval of the supplementary statement to the Director of Public Health in "
               "consultation with the Chair.", "RI - publish supplementary statement by 31.01.26"],
        ["7.", "Healthwatch Fernley - Report on Access to GP Services\nKaren Wilde (Healthwatch) "
               "presented the findings of the survey of 1,312 patients. 38% had found it difficult to "
               "get through to their practice by phone. The ICB representative said that the ICB would "
               "respond to the recommendations in writing within 20 working days.\nThe Board "
               "recommended that the Integrated Care Board include the Healthwatch findings in its "
               "primary care access recovery plan for Fernley.", "ME / ICB - written response"],
        ["8.", "Forward Plan\nThe forward plan was noted. Items on the children's mental health "
               "pathway and the suicide prevention action plan would be added for March 2026.",
         "Board Manager - update forward plan"],
        ["9.", "Date of next meeting: Tuesday 10 March 2026, 2.00 pm, Fernley Civic Hall.", ""],
    ]
    blocks = [
        ("title", "FERNLEY HEALTH AND WELLBEING BOARD", 14),
        ("title", "Minutes of the meeting held on Tuesday 2 December 2025, 2.00 pm - 4.15 pm\n"
                  "Committee Room A, Fernley Civic Hall", 10, "C", ""),
        ("kv", [("Present:", "Cllr Josephine Maddox (Chair, Fernley Borough Council), Cllr Amir Qureshi "
                             "(Cabinet Member for Adult Social Care), Ruth Ibbotson (Director of Public "
                             "Health) (RI), Anna Coyle (Head of Integrated Commissioning) (AC), Mark Ellwood "
                             "(ICB Fernley Place) (ME), Karen Wilde (Healthwatch Fernley), Supt. Paul Dyer "
                             "(Police), Lorna Beck (Fernley CVS)."),
                ("In attendance:", "Sam Otley (Board Manager)."),
                ], 0),
        ("t", ["No.", "Minute", "Action"], rows, [12, 118, 40]),
    ]
    build("E13_fernley_health_wellbeing_board_minutes_2025-12-02.pdf", d, blocks,
          "Fernley Health and Wellbeing Board - Minutes - 2 December 2025")


# ============================================================================================
# E14  Joint committee of three councils: recommendations to the constituent councils, an
#      amendment to the previous minutes that quotes an earlier resolution.
# ============================================================================================
@document
def e14():
    d = Doc("Saltmarsh Coast Joint Waste Committee", "25 June 2025", footer="pageofm", base="Times",
            size=11, lh=5.3, num_w=18)
    blocks = [
        ("title", "SALTMARSH COAST JOINT WASTE COMMITTEE", 15),
        ("i", "A joint committee of Saltmarsh District Council, Brackley Sands Borough Council and "
              "Oxmoor District Council"),
        ("p", "Minutes of the meeting held at Brackley Sands Town Hall on Wednesday 25 June 2025 at "
              "10.00 am."),
        ("p", "Present: Councillors Y Haddow (Chair, Brackley Sands), E Inchbald (Vice-Chair, Saltmarsh), "
              "R Meakin (Oxmoor), C Stennett (Saltmarsh), D Tulley (Oxmoor) and O Wrenfield (Brackley "
              "Sands)."),
        ("p", "Officers: Mr G Ashurst (Joint Waste Partnership Manager), Ms K Beal (Contract Manager), "
              "Mr J Pollitt (Finance Lead, host authority) and Mrs W Lark (Clerk to the Joint Committee)."),
        ("min", "JWC 1", "Appointment of Chair and Vice-Chair for 2025/26", [
            ("p", "RESOLVED that Councillor Haddow be appointed Chair and Councillor Inchbald Vice-Chair of "
                  "the Joint Committee for the municipal year 2025/26."),
        ]),
        ("min", "JWC 2", "Minutes of the Meeting held on 19 March 2025", [
            ("p", "Councillor Meakin noted that minute JWC 41 did not accurately record the decision on "
                  "bulky waste charges. The minute should read: \"RESOLVED that the bulky waste collection "
                  "charge be harmonised at £35 for up to three items across the three councils from 1 July "
                  "2025, and that the Partnership Manager publicise the change.\""),
            ("p", "RESOLVED that, subject to the amendment above, the minutes of the meeting held on 19 "
                  "March 2025 be approved as a correct record."),
        ]),
        ("min", "JWC 3", "Contract Performance Report 2024/25", [
            ("p", "The Contract Manager reported that the contractor had completed 99.6% of scheduled "
                  "collections, against a contractual standard of 99.5%. The combined recycling rate for "
                  "the three councils was 47.3%, up from 45.8%, and missed bins had averaged 41 per "
                  "100,000 collections."),
            ("p", "Members raised the performance of the Oxmoor rural rounds, where missed bins had been "
                  "three times the average in the winter. The Contract Manager said the contractor had "
                  "agreed to add a second vehicle to the Oxmoor rural rounds from September 2025."),
            ("p", "RESOLVED that the contract performance report be noted and that the Contract Manager "
                  "issue a formal performance notice to the contractor in respect of the Oxmoor rural "
                  "rounds."),
        ]),
        ("min", "JWC 4", "Food Waste Collections - Implementation Plan", [
            ("p", "The Partnership Manager presented the plan for the introduction of weekly food waste "
                  "collections required by national policy. The capital grant received covered the cost "
                  "of vehicles and caddies, but the revenue funding offered fell short of the estimated "
                  "running costs by £640,000 a year across the partnership."),
            ("p", "RESOLVED to RECOMMEND to each of the three constituent councils that:"),
            ("l", [("(a)", "weekly food waste collections be introduced across the partnership area from "
                           "6 April 2026;"),
                   ("(b)", "each council makes provision in its 2026/27 budget for its share of the "
                           "unfunded running costs, calculated on the basis of household numbers; and"),
                   ("(c)", "the councils jointly write to the Secretary of State to seek full funding of "
                           "the new burden."),
                   ], 10),
            ("p", "The Partnership Manager was asked to prepare a communications plan for residents and "
                  "bring it to the September meeting."),
        ]),
        ("min", "JWC 5", "Annual Budget Outturn 2024/25", [
            ("p", "Mr Pollitt reported an underspend of £96,000 on the joint budget, which under the "
                  "agreement would be returned to the councils in proportion to their contributions."),
            ("p", "RESOLVED that the outturn be noted and the underspend be returned to the constituent "
                  "councils."),
        ]),
        ("min", "JWC 6", "Date of Next Meeting", [
            ("p", "Wednesday 24 September 2025 at 10.00 am, Saltmarsh District Council offices."),
        ]),
        ("p", "The meeting closed at 11.52 am."),
        ("sig", ("Chair", "Date")),
    ]
    build("E14_saltmarsh_joint_waste_committee_minutes_2025-06-25.pdf", d, blocks,
          "Saltmarsh Coast Joint Waste Committee - Minutes - 25 June 2025")


if __name__ == "__main__":
    for fn in DOCS:
        fn()
    print(len(DOCS), "documents written to", OUT)
