"""Build the two DOCX documents of genre set H (fictional councils) with python-docx.
h15 uses real Word list numbering (its own abstractNum/num in numbering.xml, so the numbers are not in
the paragraph text); h16 carries an actions table.  Run: .venv/bin/python tests/genre_h/make_docx.py"""
from __future__ import annotations

import copy
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "documents"
FIXED = datetime(2026, 3, 6, 9, 0, 0)

ABSTRACT = f"""<w:abstractNum {nsdecls('w')} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1701" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>"""


class Numbered:
    """one abstract multilevel list; each call to new_list() makes a num that restarts at 1"""

    def __init__(self, doc):
        self.numbering = doc.part.numbering_part.element
        absnum = parse_xml(ABSTRACT)
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absnum)
        else:
            self.numbering.append(absnum)
        self.next_id = 900

    def new_list(self):
        self.next_id += 1
        num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{self.next_id}"><w:abstractNumId w:val="90"/>'
                        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
        self.numbering.append(num)
        return self.next_id

    @staticmethod
    def item(doc, text, num_id, level=0):
        p = doc.add_paragraph(text, style="List Paragraph")
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
        return p


def base(title_lines):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Democratic Services"
    for i, t in enumerate(title_lines):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(14 if i == 0 else 12)
    return doc


def heading(doc, num, text):
    p = doc.add_paragraph()
    r = p.add_run(f"{num}\t{text}".strip())
    r.bold = True
    return p


def standards():
    doc = base(["HOLLINSMOOR DISTRICT COUNCIL", "STANDARDS COMMITTEE",
                "Minutes of the meeting held on Monday 2 March 2026 at 2.00pm in Committee Room 1, Moor House"])
    nb = Numbered(doc)
    doc.add_paragraph("Present: Councillor Juliet Harcastle (Chair), Councillors Owen Brisk, Ruth Demaine, "
                      "Kamal Hussein and Trevor Spurr. Parish representatives: Mrs Elsie Varcoe (Holme Abbas Parish "
                      "Council) and Mr Neil Tranter (Brigsby Town Council). Independent Person: Mr Harold Penrose.")
    doc.add_paragraph("Officers: Ms Sunita Cole (Monitoring Officer), Mr Adam Greatorex (Deputy Monitoring Officer) "
                      "and Miss Lily Fenwick (Democratic Services Officer).")
    heading(doc, "SC/19", "Apologies for absence")
    doc.add_paragraph("Apologies were received from Councillor Peter Ainsley.")
    heading(doc, "SC/20", "Declarations of interest")
    doc.add_paragraph("None.")
    heading(doc, "SC/21", "Minutes")
    doc.add_paragraph("RESOLVED that the minutes of the meeting held on 1 December 2025 be approved as a correct record.")
    doc.add_paragraph("Matters arising: the Monitoring Officer confirmed that the register of interests guidance note "
                      "had been sent to all parish clerks in January, as requested at the last meeting, and that the "
                      "webpage on how to make a complaint had been updated.")
    heading(doc, "SC/22", "Code of Conduct complaints - half-yearly report")
    doc.add_paragraph("The Deputy Monitoring Officer presented the report covering 1 July to 31 December 2025. "
                      "Fourteen complaints had been received, nine of which concerned parish and town councillors; "
                      "eleven had been concluded at the initial assessment stage, with an average of 23 working days "
                      "from receipt to decision.")
    doc.add_paragraph("Members were concerned about the number of complaints arising from social media exchanges. The "
                      "Monitoring Officer said that she would issue guidance on social media use to all district and "
                      "parish councillors by the end of April.")
    doc.add_paragraph("The Committee noted the report.")
    heading(doc, "SC/23", "Review of the Members' Code of Conduct")
    doc.add_paragraph("The Monitoring Officer introduced the proposed revisions, which followed the consultation with "
                      "town and parish councils held in the autumn. Mrs Varcoe welcomed the clearer definition of "
                      "bullying. Members debated the threshold for registering gifts and hospitality and agreed that it "
                      "should be lowered.")
    doc.add_paragraph("RESOLVED:")
    l1 = nb.new_list()
    nb.item(doc, "That Council be recommended to adopt the revised Members' Code of Conduct at Appendix 1, with the "
                 "following amendments:", l1)
    nb.item(doc, "the threshold for registering gifts and hospitality be reduced from £100 to £50;", l1, 1)
    nb.item(doc, "paragraph 9 be amended to make clear that the Code applies to councillors' use of social media "
                 "whenever they are, or appear to be, acting as councillors.", l1, 1)
    nb.item(doc, "That the Monitoring Officer arrange training on the revised Code for town and parish clerks by "
                 "30 June 2026.", l1)
    nb.item(doc, "That town and parish councils be encouraged to adopt the revised Code within three months of its "
                 "adoption by the District Council.", l1)
    heading(doc, "SC/24", "Appointment of Independent Persons")
    doc.add_paragraph("The Committee was informed that the term of office of one of the two Independent Persons would "
                      "end in July 2026.")
    doc.add_paragraph("RESOLVED:")
    l2 = nb.new_list()
    nb.item(doc, "That the Monitoring Officer be authorised to begin the recruitment of an additional Independent "
                 "Person.", l2)
    nb.item(doc, "That a panel comprising the Chair, Councillor Hussein and one parish representative interview the "
                 "shortlisted candidates and make a recommendation to Council on the appointment.", l2)
    heading(doc, "SC/25", "Work programme")
    doc.add_paragraph("Members are asked to note the Committee's work programme for 2026/27 and to suggest any "
                      "additional items.")
    doc.add_paragraph("The Committee noted the work programme. The Chair requested that a report on the annual "
                      "review of the Council's whistleblowing policy be added for the June meeting.")
    doc.add_paragraph("The meeting closed at 3.25pm.")
    doc.add_paragraph("Chair: ..............................")
    doc.save(OUT / "h15_hollinsmoor-standards-committee-minutes-2026-03-02.docx")


def childrens():
    doc = base(["ARDVANE COUNTY COUNCIL", "Children's Services Scrutiny Committee",
                "Minutes of the meeting held on Wednesday 21 January 2026 at 10.00am, Council Chamber, County Hall"])
    doc.add_paragraph("Members present: County Councillors Gwen Askew (Chair), Rory Beddoes, Nia Colquhoun, "
                      "Stephen Darrow, Felicity Ingleby, Malik Osei and Victor Tremlett. Co-opted members: "
                      "Mrs Ann Scholey (Church of England Diocese), Mr Peter Llewin (parent governor).")
    doc.add_paragraph("In attendance: Mrs Cecily Marchbank (Executive Director of Children's Services) (CM), "
                      "Mr Toby Wren (Director of Education and Inclusion) (TWr), Ms Hayley Dunmore (Assistant Director, "
                      "Children's Social Care) (HD), Mr Ewan Stacey (Scrutiny Officer) (ES).")
    heading(doc, "1.", "Apologies and declarations")
    doc.add_paragraph("Apologies were received from Councillor Deakin. Mr Llewin declared a personal interest in item 4 "
                      "as the parent of a child with an education, health and care plan.")
    heading(doc, "2.", "Minutes of the previous meeting and matters arising")
    doc.add_paragraph("The minutes of the meeting held on 19 November 2025 were agreed as an accurate record.")
    doc.add_paragraph("Progress on actions from previous meetings is shown in the action table below. Action 25/14 "
                      "(foster carer recruitment figures) had been completed and circulated on 2 December 2025.")
    heading(doc, "3.", "Ofsted inspection of local authority children's services (ILACS) - improvement plan")
    doc.add_paragraph("The Executive Director presented the improvement plan prepared in response to the inspection "
                      "in October 2025, which had judged services 'requires improvement to be good'. The plan focused "
                      "on the quality of supervision, the timeliness of pathway plans for care leavers and the "
                      "stability of the social work workforce.")
    doc.add_paragraph("In response to members' questions, HD said that the proportion of agency social workers had "
                      "fallen to 19%, and that the Council expected to reduce it to 12% by the end of the year. 78% of "
                      "care leavers had an up-to-date pathway plan. CM said that the service would report quarterly "
                      "to the Corporate Parenting Board on pathway plan timeliness starting in April.")
    doc.add_paragraph("RESOLVED that the Committee:")
    doc.add_paragraph("(1) notes the improvement plan;")
    doc.add_paragraph("(2) recommends to Cabinet that:")
    doc.add_paragraph("(a) the improvement plan be supported by a recurring investment of £1.1m in the social work "
                      "academy from 2026/27; and")
    doc.add_paragraph("(b) progress against the plan be reported to Cabinet every six months;")
    doc.add_paragraph("(3) asks the Executive Director of Children's Services to present a progress update to this "
                      "Committee in July 2026.")
    heading(doc, "4.", "Special educational needs and disabilities (SEND) sufficiency")
    doc.add_paragraph("The Director of Education and Inclusion reported that 4,206 children and young people had an "
                      "EHC plan, an increase of 14% in a year, and that 41% of new plans had been issued within 20 weeks. "
                      "He confirmed that the new special free school at Lowmarsh would open in September 2027, and that "
                      "the Department for Education had agreed to fund 60 places.")
    doc.add_paragraph("Members asked for a briefing on the use of independent non-maintained special school places and "
                      "their cost. TWr agreed to provide a written briefing before the next meeting.")
    doc.add_paragraph("RESOLVED that the report be noted.")
    heading(doc, "5.", "Elective home education - annual report")
    doc.add_paragraph("The Chair explained that the report had been published late and members had not had time to "
                      "consider it.")
    doc.add_paragraph("RESOLVED that the item be deferred to the meeting on 18 March 2026.")
    heading(doc, "6.", "Work programme")
    doc.add_paragraph("The Committee agreed its work programme. ES to arrange a joint task and finish group with the "
                      "Health Scrutiny Committee on children's mental health, to begin work w/c 9 February.")
    p = doc.add_paragraph()
    p.add_run("Action table").bold = True
    rows = [
        ("Ref", "Action", "Owner", "Deadline", "Status"),
        ("25/14", "Circulate foster carer recruitment and retention figures by locality", "HD", "December 2025",
         "Complete - circulated 2 December"),
        ("25/17", "Provide breakdown of school exclusions by year group and ethnicity", "TWr - Director of Education and Inclusion",
         "21 January 2026", "Carried forward - now due March"),
        ("26/01", "Written briefing on independent non-maintained special school placements and costs",
         "TWr - Director of Education and Inclusion", "Before next meeting", "New"),
        ("26/02", "Arrange joint task and finish group on children's mental health with Health Scrutiny Committee",
         "ES - Scrutiny Officer", "w/c 9 February 2026", "New"),
        ("26/03", "Forward the Committee's recommendations on the ILACS improvement plan to the Cabinet Member for Children",
         "ES - Scrutiny Officer", "30 January 2026", "New"),
    ]
    t = doc.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
            if i == 0:
                t.cell(i, j).paragraphs[0].runs[0].bold = True
    doc.add_paragraph("The meeting ended at 12.40pm.")
    doc.save(OUT / "h16_ardvane-childrens-services-scrutiny-minutes-2026-01-21.docx")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    standards()
    childrens()
