"""PDF layouts councils publish, read as a clerk would read them (one regression test per form, two variants).

Each PDF is built here with fpdf2 for the fictional Borough of Wexcombe; lines are placed one by one, so a
test knows exactly where each line and column breaks.

* two columns of prose on a page that also holds a ruled table (an annual report's "at a glance" figures):
  each column is read top to bottom, not line by line across the gutter; the running header split either
  side of the gutter is still dropped; the table keeps its cells; a full-width list under the table is read;
* minutes laid out as one ruled table "No. | Minute | Action" whose Minute cells hold paragraphs: read as
  text (the number before the item's title, the paragraph's lines as lines), each Action cell as an
  "Action: ..." line under its minute; a table of values (an action log) keeps its cells.
"""
from __future__ import annotations

from fpdf import FPDF

from ingest.read_pdf import read_pdf

LEFT = [
    "Food safety",
    "The team completed 912 food hygiene",
    "inspections in the year, above the target",
    "of 880, and the backlog of new businesses",
    "waiting for a first rating was cleared.",
    "Noise",
    "We received 1,640 noise complaints and",
    "answered 88% of them within three days.",
]
RIGHT = [
    "Licensing",
    "Licensing decided 97% of applications",
    "within the statutory time and trained",
    "every licensed driver in safeguarding.",
    "Trading standards",
    "Officers seized 12,000 illegal vapes in",
    "joint operations with the police and",
    "helped 21 victims of doorstep crime.",
]
FIGURES = [
    ("Measure", "2024/25", "Target"),
    ("Food hygiene inspections", "912", "880"),
    ("Noise complaints answered in 3 days", "88%", "85%"),
]
PRIORITIES = [
    "1. Extend the out-of-hours noise service to Sunday evenings during the summer months of 2026.",
    "2. Review the enforcement policy and present a revised policy to Cabinet for adoption in 2026.",
]


class _Report(FPDF):
    header_left = "Borough of Wexcombe"
    header_right = "Regulatory Services Annual Report"

    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_xy(20, 8)
        self.cell(60, 5, self.header_left)
        self.set_xy(130, 8)
        self.cell(60, 5, self.header_right, align="R")


def _lines(pdf: FPDF, x: float, y: float, lines: list[str], size: float = 10, step: float = 5.5) -> float:
    for text in lines:
        bold = not text[:1].isdigit() and len(text.split()) <= 3
        pdf.set_font("Helvetica", "B" if bold else "", size)
        pdf.set_xy(x, y)
        pdf.cell(0, 5, text)
        y += step
    return y


def _table(pdf: FPDF, rows, widths, y: float, line_height: float = 6) -> None:
    pdf.set_font("Helvetica", "", 9)
    pdf.set_xy(20, y)
    with pdf.table(col_widths=widths, width=sum(widths), align="L", first_row_as_headings=False,
                   line_height=line_height) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)


def two_column_report(*, table: bool, pages: int = 2) -> bytes:
    """Report pages with a running header (left and right halves), two columns of prose, then (``table``)
    a ruled figures table, then a full-width numbered list."""
    pdf = _Report(format="A4")
    pdf.set_auto_page_break(False)
    for _ in range(pages):
        pdf.add_page()
        _lines(pdf, 20, 25, ["1. The year in brief"], size=13)
        _lines(pdf, 20, 38, LEFT)
        _lines(pdf, 110, 38, RIGHT)
        y = 38 + 5.5 * len(LEFT) + 12
        if table:
            _lines(pdf, 20, y, ["2. Performance at a glance"], size=12)
            _table(pdf, FIGURES, (90, 40, 40), y + 9)
            y += 9 + 6 * len(FIGURES) + 12
        _lines(pdf, 20, y, PRIORITIES, step=7)
    return bytes(pdf.output())


def _texts(data: bytes, name: str = "report.pdf") -> list[str]:
    return [ln.text for ln in read_pdf(data, name).lines]


def _in_order(texts: list[str], wanted: list[str]) -> bool:
    pos = [texts.index(w) for w in wanted]
    return pos == sorted(pos)


# ---- two columns ----------------------------------------------------------------------------------------

def test_two_columns_above_a_table_are_read_column_by_column():
    texts = _texts(two_column_report(table=True))
    assert _in_order(texts, LEFT + RIGHT)                # the whole left column, then the right one
    assert not any("target" in t and "statutory" in t for t in texts)      # no line runs across the gutter
    assert "Food hygiene inspections | 912 | 880" in texts                  # the table keeps its cells
    assert _in_order(texts, ["2. Performance at a glance", "Food hygiene inspections | 912 | 880"] + PRIORITIES)
    assert not any("Borough of Wexcombe" in t or "Annual Report" in t for t in texts)   # running header


def test_two_columns_without_a_table_are_read_column_by_column():
    texts = _texts(two_column_report(table=False, pages=2))
    assert _in_order(texts, LEFT + RIGHT)
    assert not any("target" in t and "statutory" in t for t in texts)
    assert texts.count(LEFT[1]) == 2 and texts.count(PRIORITIES[0]) == 2
    assert not any("Borough of Wexcombe" in t for t in texts)


# ---- minutes laid out as a table ------------------------------------------------------------------------

MINUTES_TABLE = [
    ("No.", "Minute", "Action"),
    ("4.", "Joint Strategy - Annual Progress\nThe Director of Public Health presented progress against the\n"
           "strategy. The Board agreed to note the report and to endorse the\ntimetable for refreshing the "
           "strategy, with a draft in March 2026.",
     "RI to bring the draft strategy to the March 2026 Board"),
    ("5.", "Better Care Fund - Quarter 2 Return\nThe Head of Commissioning presented the return. Members\n"
           "asked for a breakdown of delayed discharges by hospital site to\nbe circulated before the next meeting.",
     "AC - circulate breakdown by site"),
    ("6.", "Date of next meeting\nTuesday 10 March 2026, 2.00 pm, Wexcombe Civic Hall.\nAll members to attend.", ""),
]


def minutes_as_table(rows) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    _lines(pdf, 20, 20, ["Wexcombe Health and Wellbeing Board", "Minutes of the meeting held on 2 December 2025"])
    pdf.set_font("Helvetica", "", 9)
    pdf.set_xy(20, 40)
    with pdf.table(col_widths=(12, 110, 48), width=170, align="L", first_row_as_headings=False,
                   line_height=5) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    return bytes(pdf.output())


def test_minutes_laid_out_as_a_table_read_as_text_with_their_actions():
    lines = read_pdf(minutes_as_table(MINUTES_TABLE), "hwb.pdf").lines
    texts = [ln.text for ln in lines]
    assert "4. Joint Strategy - Annual Progress" in texts
    assert "The Director of Public Health presented progress against the" in texts
    assert "Action: RI to bring the draft strategy to the March 2026 Board" in texts
    assert _in_order(texts, ["4. Joint Strategy - Annual Progress", "Action: RI to bring the draft strategy to the "
                             "March 2026 Board", "5. Better Care Fund - Quarter 2 Return",
                             "Action: AC - circulate breakdown by site", "6. Date of next meeting"])
    assert not any(t.startswith("No.") for t in texts)          # the header row names the columns only
    assert all(ln.cells is None for ln in lines)


def test_a_table_of_values_keeps_its_cells():
    log = [("Ref", "Action", "Owner", "Due"),
           ("AG/25/03", "Report the review of school bank reconciliations", "Head of Audit", "November 2025"),
           ("AG/25/08", "Arrange treasury management training", "Head of Finance", "January 2026")]
    pdf = FPDF(format="A4")
    pdf.add_page()
    _lines(pdf, 20, 20, ["Wexcombe Audit Committee", "Action log"])
    _table(pdf, log, (25, 80, 35, 30), 40)
    lines = read_pdf(bytes(pdf.output()), "log.pdf").lines
    rows = [ln.cells for ln in lines if ln.cells]
    assert ("AG/25/08", "Arrange treasury management training", "Head of Finance", "January 2026") in rows
    assert len(rows) == 3
