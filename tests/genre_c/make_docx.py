"""Writes documents/08_ellesford_corporate_parenting.docx (run once with the venv's python; python-docx).

Kept so the one DOCX of the set can be regenerated and reviewed as text; the gold annotates the DOCX.
"""
from pathlib import Path

from docx import Document

OUT = Path(__file__).resolve().parent / "documents" / "08_ellesford_corporate_parenting.docx"

PARAS = [
    ("Title", "North Ellesford County Council"),
    ("Heading 1", "Corporate Parenting Panel"),
    (None, "Minutes of the meeting held on Wednesday 10 September 2025 at 4.30 pm, Room 3, County Hall"),
    (None, "Present: Councillor Gemma Hollis (Chair), Councillors Amir Baig, Helen Crossley, Philip Dunn and Rosa Lindqvist; "
           "Jade Morris and Kieran Tully (Children in Care Council)"),
    (None, "Officers: Director of Children's Social Care (Andrew Kemp), Head of Service for Children in Care (SB), "
           "Virtual School Headteacher (MF), Participation Lead (TO), Democratic Services Officer"),
    ("Heading 2", "CPP/18 Minutes and matters arising"),
    (None, "RESOLVED: That the minutes of the meeting held on 11 June 2025 be confirmed as a correct record."),
    (None, "Matters arising: the Participation Lead confirmed that the Children in Care Council's pledge had been "
           "reprinted and sent to all foster carers."),
    ("Heading 2", "CPP/19 Voice of the child: report from the Children in Care Council"),
    (None, "Jade and Kieran presented the results of the Children in Care Council's survey of 146 young people. "
           "Young people had asked for more say in where family time takes place and for Wi-Fi in every placement."),
    (None, "The Director of Children's Social Care thanked the young people and said that the service would respond "
           "formally to each of the survey's findings at the December meeting of the Panel."),
    (None, "The Panel agreed that Councillor Crossley would meet the Children in Care Council before the next meeting "
           "to discuss the Wi-Fi request."),
    ("Heading 2", "CPP/20 Performance scorecard: Quarter 1 2025/26"),
    (None, "The Head of Service for Children in Care presented the scorecard. There were 684 children in care at the end of "
           "June 2025. 68% of children in care had been in their current placement for two years or more, and 94% of "
           "children in care had an up-to-date health assessment."),
    (None, "Members were concerned that only 61% of care leavers aged 19 to 21 were in education, employment or "
           "training. SB undertook to bring a care leavers' employment plan to the Panel by January 2026."),
    (None, "RESOLVED: (1) That the performance scorecard be noted. (2) That the Virtual School Headteacher provide a "
           "short report on school exclusions of children in care to the next meeting."),
    ("Heading 2", "CPP/21 Sufficiency Strategy 2025-2028"),
    (None, "The Panel considered the draft Sufficiency Strategy."),
    (None, "RESOLVED: That Cabinet be recommended to approve the Sufficiency Strategy 2025-2028, including the proposal "
           "to open two small children's homes in the county by March 2027."),
    ("Heading 2", "Actions"),
]

ACTIONS = [
    ("No.", "Action", "Lead", "By when"),
    ("1", "Respond to each finding of the Children in Care Council survey", "Director of Children's Social Care", "December 2025 meeting"),
    ("2", "Meet the Children in Care Council about Wi-Fi in placements", "Cllr Crossley", "Next meeting"),
    ("3", "Care leavers' employment plan", "SB", "January 2026"),
    ("4", "Report on school exclusions of children in care", "MF", "Next meeting"),
]


def main() -> None:
    doc = Document()
    for style, text in PARAS:
        doc.add_paragraph(text, style=style) if style else doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in ACTIONS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.add_paragraph("Date of next meeting: Wednesday 10 December 2025 at 4.30 pm")
    doc.add_paragraph("The meeting ended at 6.15 pm.")
    OUT.parent.mkdir(exist_ok=True)
    doc.save(str(OUT))


if __name__ == "__main__":
    main()
