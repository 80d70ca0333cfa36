"""Build the DOCX document of genre set I (python-docx). Run: .venv/bin/python tests/genre_i/make_docx.py"""
import datetime as dt
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "documents" / "I14_kirkby-olverton-parish-council-minutes-2026-02-09.docx"

doc = Document()
cp = doc.core_properties
cp.author = "Parish Clerk"
cp.title = "Kirkby Olverton Parish Council - Minutes 9 February 2026"
cp.created = cp.modified = dt.datetime(2026, 2, 16, 10, 0, 0)
cp.last_modified_by = "Parish Clerk"
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)

H = lambda t: doc.add_paragraph().add_run(t).__setattr__("bold", True)
P = doc.add_paragraph

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Kirkby Olverton Parish Council - DRAFT minutes, subject to approval"
sec.footer.paragraphs[0].text = "Clerk: Mrs H Greenhalgh, The Old Forge, Kirkby Olverton. clerk@kirkbyolverton-pc.example.org.uk"

doc.add_heading("KIRKBY OLVERTON PARISH COUNCIL", level=1)
P("Minutes of the meeting of the Parish Council held on Monday 9 February 2026 at 7.30pm in the Jubilee Room, Kirkby Olverton Village Hall")
P("Present: Cllr M Ashworth (Chair, MA), Cllr D Bellamy (DB), Cllr S Corrigan (SC), Cllr R Duckworth (RD), Cllr J Esterhuizen (JE), Cllr P Foxton (PF).")
P("In attendance: Mrs H Greenhalgh (Clerk and RFO, HG); District Cllr T Lowe; PCSO K Batty; 4 members of the public.")

H("26/01  Apologies for absence")
P("Apologies were received and accepted from Cllr A Gill (work commitments).")
H("26/02  Declarations of interest")
P("Cllr Bellamy declared a non-pecuniary interest in item 26/08 as a member of the Kirkby Olverton Allotment Society.")
H("26/03  Public participation")
P("A resident raised the condition of the footpath between Mill Lane and St Wilfrid's churchyard. The Chair thanked the resident and said the Council would report the footpath to the County Council's Public Rights of Way team.")
H("26/04  Minutes of the meeting held on 12 January 2026")
P("It was RESOLVED that the minutes of the meeting held on 12 January 2026 be approved and signed by the Chair as a true record. Proposed Cllr Corrigan, seconded Cllr Foxton, all in favour.")
H("26/05  Matters arising and progress on actions")
P("The Clerk reported that the replacement bench on the green had been installed on 28 January (action 25/118 completed) and that the insurance renewal had been signed (action 25/121 completed). The quotation for repairs to the bus shelter roof was still awaited; the Clerk would chase the contractor and report before the next meeting.")
H("26/06  Police report")
P("PCSO Batty reported 7 crimes in the parish in December and January, compared with 11 in the same period last year, including 2 thefts from vans. She would arrange a property-marking session at the village hall in the spring.")
H("26/07  Finance")
P("a) It was RESOLVED to approve the payments listed in the schedule, totalling £3,184.52.")
P("b) The bank reconciliation to 31 January 2026 was noted; the balance at that date was £41,906.17.")
P("c) It was RESOLVED to adopt the budget for 2026/27 and to set the precept at £38,500, an increase of 3.2%. The Clerk to notify the District Council of the precept by 20 February 2026.")
H("26/08  Allotments")
P("Members discussed the waiting list, which now stood at 14 households. Cllr Esterhuizen proposed that the Council approach the diocese about leasing part of the glebe field for additional plots. Cllr Duckworth seconded. On a vote, 2 were in favour and 4 against, and the proposal was not carried.")
P("It was agreed that Cllr Bellamy would speak to the Allotment Society about splitting the larger plots, and report at the March meeting.")
H("26/09  Planning")
P("DC/26/0042 - 3 Beck Cottages, rear conservatory. RESOLVED: no objection.")
P("DC/26/0057 - Land at Olverton Grange Farm, erection of agricultural building. RESOLVED: to object on the grounds of the scale of the building and its visual impact on the Olverton Beck valley. The Clerk to submit the Council's comments by the consultation deadline of 19 February 2026.")
H("26/10  Highways and speed watch")
P("The Council noted the speed data from the SID on Main Street: 38% of vehicles exceeded 30mph in January. It was RESOLVED to write to the County Council requesting a formal speed survey on Main Street. Cllr Foxton agreed to recruit volunteers for a Community Speed Watch group by the end of March.")
H("26/11  Correspondence")
P("The Clerk reported receipt of the District Council's consultation on its Local Plan review. Members are asked to note the consultation, which closes on 31 March 2026; a response will be considered at the March meeting.")
H("26/12  Date of next meeting")
P("Monday 9 March 2026 at 7.30pm in the Jubilee Room.")

doc.add_paragraph().add_run("Action list").bold = True
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Who", "By"]):
    c.text = h
rows = [
    ["26/03", "Report Mill Lane - churchyard footpath to County Council PROW team", "HG", "23.02.26"],
    ["26/05", "Chase bus shelter roof quotation", "HG", "Next meeting"],
    ["26/07", "Notify District Council of 2026/27 precept", "HG", "20.02.26"],
    ["26/08", "Discuss splitting larger allotment plots with Allotment Society", "DB", "March meeting"],
    ["26/09", "Submit objection to DC/26/0057", "HG", "19.02.26"],
    ["26/10", "Write to County Council requesting speed survey on Main Street", "HG", "28.02.26"],
    ["26/10", "Recruit Community Speed Watch volunteers", "PF", "31.03.26"],
]
for r in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, r):
        c.text = v
P("")
P("The meeting closed at 9.12pm.")
P("Signed ....................................... (Chair)     Date ..........................")
doc.save(str(OUT))
