"""Small PDFs for the PDF reader's tests, built at test time (fpdf2, and by hand where fpdf2 cannot).

Everything here is about the fictional Borough of Wexcombe. Each builder returns the PDF as bytes.
Lines are placed one by one (no automatic wrapping), so a test knows exactly where each line breaks.
"""
from __future__ import annotations

import io

from fpdf import FPDF
from fpdf.enums import XPos, YPos

RUNNING_HEADER = "Borough of Wexcombe - Cabinet - 12 March 2025"

# Each page: (lines); a line is (text, style) with style "" (body), "H" (heading) or "B" (bold body).
MINUTES_PAGES: list[list[tuple[str, str]]] = [
    [
        ("Minutes of the Cabinet", "H"),
        ("Held at the Civic Centre, Wexcombe, on 12 March 2025 at 10.00 am", ""),
        ("1. Apologies for absence", "B"),
        ("Apologies were received from Councillor Rowena Hatch.", ""),
        ("2. Library opening hours", "B"),
        ("The Cabinet considered the report of the Head of Libraries on the", ""),
        ("opening hours of the three branch libraries. The scrutiny panel's recom-", ""),
        ("mendation to open on Sunday afternoons was discussed at length.", ""),
        ("RESOLVED that:", ""),
        ("(a) the Sunday opening trial be approved for six months;", ""),
        ("(b) the Head of Libraries report back on visitor numbers; and", ""),
        ("(c) the trial be reviewed by the Cabinet in September 2025.", ""),
    ],
    [
        ("3. Health and well-being strategy", "B"),
        ("The Director of Public Health introduced the draft strategy for the", ""),
        ("borough. Members welcomed the focus on the well-", ""),
        ("being of older residents and on the re-", ""),
        ("designed day centres. Councillor Okafor asked how progress would be", ""),
        ("measured, and the Director undertook to circulate the indicators.", ""),
        ("RESOLVED that the strategy be approved for consultation.", ""),
        ("4. Actions arising", "B"),
    ],
    [
        ("5. Date of next meeting", "B"),
        ("The next meeting will be held on 9 April 2025.", ""),
        ("The meeting closed at 11.40 am.", ""),
    ],
]

# The action table on page 2: a header row and rows whose Who and When must stay with their action.
ACTION_TABLE = [
    ("Action", "Who", "When"),
    ("Circulate the strategy indicators to all members", "Director of Public Health", "30 April 2025"),
    ("Report visitor numbers for the Sunday trial", "Head of Libraries", "September 2025"),
]


class _Minutes(FPDF):
    def __init__(self, header_text: str = RUNNING_HEADER):
        super().__init__(format="A4")
        self.header_text = header_text
        self.set_auto_page_break(False)

    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_xy(self.l_margin, 8)
        self.cell(0, 5, self.header_text, align="C")
        self.set_xy(self.l_margin, 25)

    def footer(self):
        self.set_font("Helvetica", "", 8)
        self.set_xy(self.l_margin, -15)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def _write_lines(pdf: FPDF, lines: list[tuple[str, str]]) -> None:
    for text, style in lines:
        if style == "H":
            pdf.set_font("Helvetica", "B", 18)
            pdf.cell(0, 12, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.set_font("Helvetica", "B" if style == "B" else "", 11)
            pdf.cell(0, 6.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _table(pdf: FPDF, rows, widths=(90, 50, 30)) -> None:
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=widths, width=sum(widths), align="L", first_row_as_headings=False,
                   line_height=6) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)


def _out(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def minutes_pdf(*, title: str | None = "Cabinet minutes 12 March 2025", user_password: str | None = None,
                owner_password: str | None = None) -> bytes:
    """Three pages of Cabinet minutes: running header, "Page N of 3" footer, a large heading, bold item
    headings, a hyphenated line break, real hyphens at line ends, list labels and an action table."""
    pdf = _Minutes()
    if title:
        pdf.set_title(title)
    pdf.set_producer("fpdf2")
    if owner_password or user_password:
        pdf.set_encryption(owner_password=owner_password or "owner-secret", user_password=user_password)
    for i, lines in enumerate(MINUTES_PAGES):
        pdf.add_page()
        _write_lines(pdf, lines)
        if i == 1:
            pdf.ln(3)
            _table(pdf, ACTION_TABLE)
    return _out(pdf)


def short_notice_pdf() -> bytes:
    """A genuine one-page record of decision: short, but not a placeholder."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    _write_lines(pdf, [
        ("Record of Decision", "H"),
        ("Decision taken by: Cabinet Member for Highways", ""),
        ("Decision number: 25/00017", ""),
        ("Subject: Resurfacing of Mill Lane, Wexcombe", ""),
        ("Decision: I agree to award the resurfacing contract to the lowest compliant", ""),
        ("tenderer and delegate the award to the Director of Highways.", ""),
        ("Reason: the carriageway has failed its condition survey two years running.", ""),
        ("Signed: Councillor P. Lindqvist        Date: 4 March 2025", ""),
    ])
    return _out(pdf)


def placeholder_pdf() -> bytes:
    """A two-page placeholder that says nothing but its own title and a page number."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for n in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 14)
        pdf.cell(0, 10, "Meeting Minutes", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_xy(pdf.l_margin, -20)
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(0, 5, f"Page {n}")
    return _out(pdf)


def two_column_pdf() -> bytes:
    """An annual-report page: a full-width title, then two columns written right beside each other,
    so each printed row holds a line of both columns."""
    left = [f"Left column sentence {i} about the parks service." for i in range(1, 19)]
    right = [f"Right column sentence {i} about the waste service." for i in range(1, 19)]
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 14, "Annual Report 2024", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    y0 = pdf.get_y() + 4
    for i, (a, b) in enumerate(zip(left, right)):
        # Interleaved on purpose: left line i, then right line i, as some layout programs write them.
        pdf.set_xy(10, y0 + i * 6)
        pdf.cell(90, 6, a)
        pdf.set_xy(110, y0 + i * 6)
        pdf.cell(90, 6, b)
    return _out(pdf)


def page_png(data: bytes, index: int = 0, dpi: int = 150) -> bytes:
    """The picture of one page (0-based ``index``) of a PDF, as PNG bytes, rendered with pypdfium2."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        page = doc[index]
        try:
            bitmap = page.render(scale=dpi / 72)
            try:
                img = bitmap.to_pil().convert("L")
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        doc.close()
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


SCAN_TEXT = ["WEXCOMBE PARISH COUNCIL", "Minutes of the meeting held on 3 June 2024",
             "RESOLVED that the bus shelter on Green Lane be repaired.",
             "The Clerk to obtain three quotes by July 2024."]


def _text_page_pdf(text: list[str]) -> bytes:
    src = FPDF(format="A4")
    src.add_page()
    src.set_font("Helvetica", "", 16)
    for ln in text:
        src.cell(0, 12, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return _out(src)


def image_pdf(pages: int = 1, text: list[str] | None = None, dpi: int = 150) -> bytes:
    """Image-only pages (a scan without a text layer): text set with fpdf2, rasterised with pypdfium2,
    and placed as a full-page picture in a new PDF."""
    png = page_png(_text_page_pdf(text or SCAN_TEXT), 0, dpi)
    pdf = FPDF(format="A4")
    for _ in range(pages):
        pdf.add_page()
        pdf.image(io.BytesIO(png), x=0, y=0, w=pdf.w, h=pdf.h)
    return _out(pdf)


def partly_scanned_pdf() -> bytes:
    """Three pages: text, a scanned page without a text layer (page 2), text."""
    png = page_png(_text_page_pdf(SCAN_TEXT), 0, 100)
    pdf = FPDF(format="A4")
    for n in (1, 2, 3):
        pdf.add_page()
        if n == 2:
            pdf.image(io.BytesIO(png), x=0, y=0, w=pdf.w, h=pdf.h)
            continue
        pdf.set_font("Helvetica", "", 11)
        for ln in (BODY if n == 1 else BODY_2):
            pdf.cell(0, 6.5, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return _out(pdf)


def turned_pdf(data: bytes) -> bytes:
    """Each page's content turned a quarter turn in the page's own coordinates, with /Rotate 90 turning it
    back for display: how scanners and print drivers often store landscape or rotated pages."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(data)
    dst = pdfium.PdfDocument.new()
    try:
        for i in range(len(src)):
            w, h = src.get_page_size(i)
            xobject = src.page_as_xobject(i, dst)
            obj = xobject.as_pageobject()
            obj.transform(pdfium.PdfMatrix(0, 1, -1, 0, h, 0))
            page = dst.new_page(h, w)
            try:
                page.insert_obj(obj)
                page.gen_content()
                page.set_rotation(90)
            finally:
                page.close()
                xobject.close()
        buf = io.BytesIO()
        dst.save(buf)
        return buf.getvalue()
    finally:
        dst.close()
        src.close()


def raw_pdf(pages: list[bytes], fonts: dict[str, bytes], size=(595, 842)) -> bytes:
    """A PDF written by hand: ``pages`` are content streams, ``fonts`` maps resource names to font
    dictionaries. Offsets in the cross-reference table are computed, so the file is well-formed."""
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    catalog = add(b"")          # filled in below
    pages_obj = add(b"")
    font_refs = {name: add(body) for name, body in fonts.items()}
    font_res = b" ".join(b"/%s %d 0 R" % (name.encode(), ref) for name, ref in font_refs.items())
    kids = []
    for stream in pages:
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                        b"/Resources << /Font << %s >> >> >>" % (pages_obj, size[0], size[1], content, font_res)))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objs[pages_obj - 1] = (b"<< /Type /Pages /Count %d /Kids [%s] >>"
                           % (len(kids), b" ".join(b"%d 0 R" % k for k in kids)))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root %d 0 R >>" % (len(objs) + 1, catalog)
    out += b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _text_stream(lines: list[str], font: bytes = b"F1", size: int = 11) -> bytes:
    ops = [b"BT", b"/%s %d Tf" % (font, size), b"14 TL", b"72 770 Td"]
    for ln in lines:
        esc = ln.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"(%s) Tj T*" % esc)
    ops.append(b"ET")
    return b"\n".join(ops)


PLAIN_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

BODY = [
    "The committee received the quarterly report on the housing repairs service and",
    "noted that the number of outstanding repairs had fallen since the last meeting.",
    "Members asked that the backlog of damp and mould cases be reported separately.",
    "RESOLVED that the Director of Housing report on damp and mould cases in June.",
    "The committee also agreed to visit the repairs depot before the next meeting.",
]
BODY_2 = [
    "The Chair thanked the tenants' panel for its survey of communal repairs.",
    "Members discussed the cost of replacing the lifts at Orchard House and Kiln Court.",
    "RESOLVED that the lift replacement be included in the capital programme.",
    "The Head of Property to report on the procurement timetable in September.",
]
_SOUP = sorted(set("".join(BODY + BODY_2)))


def _garble_font() -> bytes:
    """A font whose codes 1..n are glyphs with made-up names and no Unicode map: what a subset font
    embedded without a /ToUnicode table looks like to a text extractor (PDFium falls back to the raw
    codes, control characters - the symbol soup of real garbled PDFs)."""
    names = b" ".join(b"/g%d" % i for i in range(1, len(_SOUP) + 1))
    return (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
            b"/Differences [1 " + names + b"] >> >>")


def _garble(line: str) -> bytes:
    return b"".join(b"\\%03o" % (_SOUP.index(c) + 1) for c in line)


def garbled_pdf(pages: int = 2, readable_pages: tuple[int, ...] = ()) -> bytes:
    """Pages whose text layer is symbol soup (see :func:`_garble_font`); the pages listed in
    ``readable_pages`` (1-based) use a normal font instead."""
    streams = []
    for n in range(1, pages + 1):
        if n in readable_pages:
            streams.append(_text_stream(BODY + BODY_2, font=b"F2"))
        else:
            ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"72 770 Td"]
            ops += [b"(%s) Tj T*" % _garble(ln) for ln in (BODY + BODY_2) * 2]
            ops.append(b"ET")
            streams.append(b"\n".join(ops))
    return raw_pdf(streams, {"F1": _garble_font(), "F2": PLAIN_FONT})


def plain_pdf(pages: list[list[str]]) -> bytes:
    """Pages of body text in Helvetica, written by hand: 14 pt apart from the top of each page."""
    return raw_pdf([_text_stream(p, font=b"F2") for p in pages], {"F2": PLAIN_FONT})
