"""The PDF reader: what a user would check on small PDFs built at test time (tests/pdf_fixtures.py), on
bad input, and on the real PDFs in ../shared/corpus/pdf (skipped when absent).

One small regression test per bug found while building the reader, as in pdfplumber's test_issues.py.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

import ingest.ocr
import ingest.read_pdf as read_pdf_module
from ingest.lines import ReadError, Text
from ingest.read import read
from ingest.read_pdf import read_pdf
from tests import pdf_fixtures as fx

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "pdf"


def error_of(data: bytes, name: str = "doc.pdf", **kw) -> str:
    with pytest.raises(ReadError) as e:
        read_pdf(data, name, **kw)
    msg = str(e.value)
    assert "\n" not in msg and msg.startswith(f"{name}: "), msg
    return msg


def texts(t: Text) -> list[str]:
    return [ln.text for ln in t.lines]


@pytest.fixture(scope="module")
def minutes() -> Text:
    return read_pdf(fx.minutes_pdf(), "cabinet-2025-03-12.pdf")


# ------------------------------------------------------------------------------------------------
# a multi-page minutes PDF

def test_lines_carry_page_and_line_numbers(minutes):
    assert minutes.format == "pdf" and minutes.pages == 3
    assert {ln.page for ln in minutes.lines} == {1, 2, 3}
    for page in (1, 2, 3):
        numbers = [ln.line for ln in minutes.lines if ln.page == page]
        assert numbers == list(range(1, len(numbers) + 1))
    assert all(ln.para is None for ln in minutes.lines)
    where = next(ln for ln in minutes.lines if ln.text.startswith("The next meeting")).where()
    assert where == {"page": 3, "line": 2}


def test_running_header_footer_and_page_numbers_are_removed(minutes):
    joined = "\n".join(texts(minutes))
    assert fx.RUNNING_HEADER not in joined
    assert not re.search(r"Page \d+ of \d+", joined)
    # and the first line of each page is its own content
    firsts = [next(ln.text for ln in minutes.lines if ln.page == p) for p in (1, 2, 3)]
    assert firsts == ["Minutes of the Cabinet", "3. Health and well-being strategy", "5. Date of next meeting"]


def test_the_running_header_is_kept_as_the_first_pages_header_for_the_metadata(minutes):
    # a body named only in a header printed atop every page (as US commissions do) is still its name
    assert minutes.meta["running_header"] == [fx.RUNNING_HEADER]
    assert Text.from_json(minutes.to_json()).meta == minutes.meta  # kept in the page-text store too


def test_hyphenated_line_break_is_joined(minutes):
    lines = texts(minutes)
    i = next(i for i, t in enumerate(lines) if "recommendation" in t)
    assert lines[i].endswith("The scrutiny panel's recommendation")
    assert lines[i + 1].startswith("to open on Sunday afternoons")
    assert not any(t.endswith("recom-") or t.startswith("mendation") for t in lines)


def test_real_hyphens_are_kept(minutes):
    lines = texts(minutes)
    assert "3. Health and well-being strategy" in lines
    # "well-" / "being" broken at a line end: the compound occurs whole elsewhere, so the hyphen stays
    assert "borough. Members welcomed the focus on the well-being" in lines
    # "re-" / "designed": a prefix that takes a hyphen
    assert any(t.endswith("on the re-designed") for t in lines)


def test_list_labels_start_their_own_lines(minutes):
    lines = texts(minutes)
    for label in ("(a)", "(b)", "(c)"):
        assert sum(t.startswith(label + " ") for t in lines) == 1
    assert "RESOLVED that:" in lines


def test_action_table_row_keeps_who_and_when_together(minutes):
    rows = [ln for ln in minutes.lines if ln.cells]
    assert [ln.cells for ln in rows] == [tuple(r) for r in fx.ACTION_TABLE]
    for ln in rows:
        assert ln.text == " | ".join(ln.cells) and ln.page == 2
    # the table's words are not repeated as loose lines
    assert sum("30 April 2025" in t for t in texts(minutes)) == 1


def test_headings_from_type(minutes):
    by_text = {ln.text: ln for ln in minutes.lines}
    title = by_text["Minutes of the Cabinet"]
    item = by_text["2. Library opening hours"]
    assert title.heading == 1
    assert item.heading > title.heading
    assert by_text["RESOLVED that:"].heading == 0
    assert by_text["Apologies were received from Councillor Rowena Hatch."].heading == 0


def test_title_from_metadata(minutes):
    assert minutes.title == "Cabinet minutes 12 March 2025"
    assert read_pdf(fx.minutes_pdf(title="Microsoft Word - Document1.docx"), "m.pdf").title is None
    assert read_pdf(fx.minutes_pdf(title="Minutes"), "m.pdf").title is None
    assert read_pdf(fx.minutes_pdf(title=None), "m.pdf").title is None


def test_read_dispatches_pdf_by_content(tmp_path):
    path = tmp_path / "minutes.bin"
    path.write_bytes(fx.minutes_pdf())
    t = read(str(path))
    assert t.format == "pdf" and t.pages == 3


# ------------------------------------------------------------------------------------------------
# bad input: one line naming the file and the remedy, no text

def test_encrypted_with_user_password():
    msg = error_of(fx.minutes_pdf(user_password="letmein"), "secret.pdf")
    assert msg == "secret.pdf: encrypted with a password; save an unencrypted copy and ingest that"


def test_owner_password_only_opens_normally():
    t = read_pdf(fx.minutes_pdf(owner_password="chair-only"), "restricted.pdf")
    assert "RESOLVED that the strategy be approved for consultation." in texts(t)


def test_truncated():
    data = fx.minutes_pdf()
    msg = error_of(data[: len(data) * 2 // 3], "cut.pdf")
    assert "truncated" in msg and "download it again" in msg


def test_missing_end_marker_reads_with_a_warning():
    data = fx.minutes_pdf()
    t = read_pdf(data[: data.rindex(b"%%EOF")], "no-eof.pdf")
    assert t.pages == 3 and "RESOLVED that:" in texts(t)
    assert any("may be truncated" in w for w in t.warnings)


def test_damaged():
    data = b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
    msg = error_of(data, "junk.pdf")
    assert "damaged" in msg


def test_empty_file():
    assert "empty" in error_of(b"", "nothing.pdf")


def test_not_really_a_pdf(tmp_path):
    html = b"\xef\xbb\xbf<!DOCTYPE html><html><body>Session expired, please log in</body></html>"
    msg = error_of(html, "minutes.pdf")
    assert "not a PDF" in msg and "HTML" in msg
    # through read(): a .pdf name decides the type, the reader still refuses
    path = tmp_path / "agenda.pdf"
    path.write_bytes(b"Just some text that was saved with the wrong name.")
    with pytest.raises(ReadError, match=r"^agenda\.pdf: not a PDF"):
        read(str(path))


def test_scanned_without_text_layer():
    msg = error_of(fx.image_pdf(pages=2), "scan.pdf")
    assert msg == "scan.pdf: no text layer: scanned? run with --ocr"


def test_garbled_text_layer():
    msg = error_of(fx.garbled_pdf(), "soup.pdf")
    assert "garbled" in msg and "--ocr" in msg


def test_placeholder_is_refused_but_a_short_notice_is_not():
    msg = error_of(fx.placeholder_pdf(), "placeholder.pdf")
    assert "placeholder" in msg
    t = read_pdf(fx.short_notice_pdf(), "notice.pdf")
    assert t.pages == 1 and t.warnings == []
    assert "Decision number: 25/00017" in texts(t)


def test_absurd_page_count(monkeypatch):
    monkeypatch.setattr(read_pdf_module, "MAX_PAGES", 2)
    msg = error_of(fx.minutes_pdf(), "huge.pdf")
    assert "3 pages" in msg and "limit" in msg and "split" in msg


# ------------------------------------------------------------------------------------------------
# partly readable: read what is readable, warn naming the pages

def test_partly_scanned_warns_naming_the_page():
    t = read_pdf(fx.partly_scanned_pdf(), "mixed.pdf")
    assert {ln.page for ln in t.lines} == {1, 3}
    assert any("page 2: no text layer" in w and "--ocr" in w for w in t.warnings)
    assert not t.ocr


def test_partly_garbled_warns_naming_the_pages():
    t = read_pdf(fx.garbled_pdf(pages=3, readable_pages=(1,)), "mixed.pdf")
    assert {ln.page for ln in t.lines} == {1}
    assert fx.BODY[0] in texts(t)
    assert any("pages 2-3: garbled text layer" in w for w in t.warnings)


# ------------------------------------------------------------------------------------------------
# layout

def test_two_columns_are_read_one_after_the_other():
    t = read_pdf(fx.two_column_pdf(), "annual-report.pdf")
    lines = texts(t)
    assert lines[0] == "Annual Report 2024"
    assert not any("Left" in s and "Right" in s for s in lines)
    left = [i for i, s in enumerate(lines) if s.startswith("Left column")]
    right = [i for i, s in enumerate(lines) if s.startswith("Right column")]
    assert len(left) == len(right) == 18 and max(left) < min(right)
    assert lines[left[0]] == "Left column sentence 1 about the parks service."


def test_pdfium_handles_are_closed(monkeypatch):
    opened: list[pdfium.PdfDocument] = []
    real = pdfium.PdfDocument

    def recording(*a, **kw):
        doc = real(*a, **kw)
        opened.append(doc)
        return doc

    monkeypatch.setattr(read_pdf_module.pdfium, "PdfDocument", recording)
    read_pdf(fx.minutes_pdf(), "ok.pdf")
    with pytest.raises(ReadError):
        read_pdf(fx.placeholder_pdf(), "placeholder.pdf")
    monkeypatch.setattr(read_pdf_module, "MAX_PAGES", 1)
    with pytest.raises(ReadError):
        read_pdf(fx.minutes_pdf(), "huge.pdf")
    assert len(opened) == 3 and all(doc.raw is None for doc in opened)


# ------------------------------------------------------------------------------------------------
# regressions

def test_item_lines_near_the_foot_of_pages_are_not_taken_for_footers():
    # "(Item 3)" and "(Item 7)" sit at the same place near the foot of two pages out of five: numbers
    # aside they read alike, but they are content, not a running footer.
    pages = []
    for n in range(1, 6):
        body = [f"Paragraph {k} of page {n}: the panel noted the report and asked questions." for k in range(40)]
        if n in (2, 4):
            body[-1] = f"(Item {n + 1 if n == 2 else n + 3})"
        pages.append(body)
    t = read_pdf(fx.plain_pdf(pages), "items.pdf")
    assert "(Item 3)" in texts(t) and "(Item 7)" in texts(t)


def test_body_lines_that_differ_only_in_numbers_are_not_running_headers():
    # every page opens alike but for its numbers: long lines are body text, only the short one is a header
    pages = [[f"Planning register - page {n}"]
             + [f"Application {n}{k:02d}: the officer recommended approval of the extension at No. {k}."
                for k in range(1, 45)] for n in range(1, 7)]
    t = read_pdf(fx.plain_pdf(pages), "register.pdf")
    assert not any(s.startswith("Planning register") for s in texts(t))
    assert sum(s.startswith("Application ") for s in texts(t)) == 6 * 44


def test_pdfium_hyphen_marker_in_page_text_splits_the_line():
    # PDFium's page text marks a line-end hyphen with U+FFFE (U+0002 per character) and joins the two
    # lines; the reader cuts the line there again.
    t = read_pdf(fx.minutes_pdf(), "m.pdf")
    assert not any("\ufffe" in s or "\x02" in s for s in texts(t))
    assert any(s.startswith("being of older residents") or s.startswith("of older residents") for s in texts(t))


def test_turned_pages_read_upright_with_their_table():
    # content stored a quarter turn round, /Rotate 90 turning it back: the table's ruled lines sit
    # inside a turned form XObject and must still be seen as a grid.
    t = read_pdf(fx.turned_pdf(fx.minutes_pdf()), "turned.pdf")
    assert [ln.cells for ln in t.lines if ln.cells] == [tuple(r) for r in fx.ACTION_TABLE]
    assert texts(t)[:2] == ["Minutes of the Cabinet", "Held at the Civic Centre, Wexcombe, on 12 March 2025 at 10.00 am"]
    assert fx.RUNNING_HEADER not in texts(t)


def test_page_displayed_sideways_is_read_in_its_texts_frame():
    # /Rotate set on upright content: PDFium's line order on such a page runs backwards.
    doc = pdfium.PdfDocument(fx.minutes_pdf())
    try:
        for i in range(len(doc)):
            page = doc[i]
            page.set_rotation(90)
            page.close()
        buf = io.BytesIO()
        doc.save(buf)
    finally:
        doc.close()
    lines = texts(read_pdf(buf.getvalue(), "sideways.pdf"))
    i = lines.index("(a) the Sunday opening trial be approved for six months;")
    assert lines[i + 1].startswith("(b)") and lines[0] == "Minutes of the Cabinet"
    assert any(s.endswith("The scrutiny panel's recommendation") for s in lines)


def test_generic_title_with_a_number_is_dropped():
    assert read_pdf(fx.minutes_pdf(title="Document2"), "m.pdf").title is None


# ------------------------------------------------------------------------------------------------
# OCR (opt-in)

def test_without_ocr_installed_the_error_says_how_to_install(monkeypatch):
    monkeypatch.setattr(ingest.ocr, "missing", lambda: "tesseract-ocr and OCRmyPDF")
    msg = error_of(fx.image_pdf(), "scan.pdf", ocr=True)
    assert "apt-get install tesseract-ocr && pip install 'arising[ocr]'" in msg


needs_ocr = pytest.mark.skipif(ingest.ocr.missing() is not None,
                               reason=f"OCR not installed ({ingest.ocr.missing()}): {ingest.ocr.INSTALL}")


@needs_ocr
def test_ocr_reads_a_rendered_scan():
    t = read_pdf(fx.image_pdf(), "scan.pdf", ocr=True)
    assert t.ocr and t.pages == 1
    lines = texts(t)
    assert "RESOLVED that the bus shelter on Green Lane be repaired." in lines
    assert all(ln.page == 1 for ln in t.lines)
    assert any("read by OCR" in w for w in t.warnings)


@needs_ocr
def test_ocr_fills_in_only_the_scanned_page():
    t = read_pdf(fx.partly_scanned_pdf(), "mixed.pdf", ocr=True)
    assert {ln.page for ln in t.lines} == {1, 2, 3}
    assert fx.BODY[0] in texts(t)
    assert any("Green Lane" in ln.text for ln in t.lines if ln.page == 2)


# ------------------------------------------------------------------------------------------------
# the real PDFs

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} not present")

BAD = {
    "P13": "garbled", "P14": "garbled",
    "P22": "no text layer: scanned? run with --ocr", "P23": "no text layer: scanned? run with --ocr",
    "P24": "no text layer: scanned? run with --ocr",
    "P25": "placeholder",
}


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.pdf")) if CORPUS.is_dir() else []


@needs_corpus
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name[:3])
def test_corpus(path: Path):
    data = path.read_bytes()
    reason = BAD.get(path.name[:3])
    if reason:
        with pytest.raises(ReadError) as e:
            read_pdf(data, path.name)
        assert reason in str(e.value) and str(e.value).startswith(path.name) and "\n" not in str(e.value)
        return
    doc = pdfium.PdfDocument(data)
    n = len(doc)
    doc.close()
    t = read_pdf(data, path.name)
    assert t.pages == n
    assert all(1 <= ln.page <= n and ln.line >= 1 for ln in t.lines)
    words = sum(len(ln.text.split()) for ln in t.lines)
    assert words >= 100
    assert not any(re.fullmatch(r"(Page )?\d{1,3}( of \d+)?", ln.text) for ln in t.lines)
    assert not any("\t" in ln.text or "  " in ln.text.replace(" |  | ", "") for ln in t.lines if not ln.cells)


@needs_corpus
def test_corpus_action_table_keeps_who_and_when():
    path = next(CORPUS.glob("P15_*.pdf"))
    t = read_pdf(path.read_bytes(), path.name)
    row = next(ln for ln in t.lines if ln.cells and "investigate feasibility" in ln.cells[0])
    assert row.page == 1 and len(row.cells) == 2 and row.cells[1].startswith("JN/AC Nov")


@needs_corpus
def test_corpus_running_footer_block_is_removed():
    path = next(CORPUS.glob("P19_*.pdf"))
    t = read_pdf(path.read_bytes(), path.name)
    assert not any(ln.text in ("Alameda City Council", "Regular Meeting", "Special Meeting") for ln in t.lines)


@needs_corpus
@needs_ocr
def test_corpus_scan_with_ocr():
    path = next(CORPUS.glob("P22_*.pdf"))
    t = read_pdf(path.read_bytes(), path.name, ocr=True)
    assert t.ocr and {ln.page for ln in t.lines} == {1, 2}
    assert any("PENSION BOARD" in ln.text.upper() for ln in t.lines)


def test_a_long_running_footer_ending_with_its_page_number_is_removed():
    # regression: "Minutes - <long committee name> Page N" is longer than a short running line, and
    # differs from page to page only in N; it is furniture all the same
    name = "Minutes - Place and Environment Overview and Scrutiny Committee of Wexcombe Page"
    pages = [[f"Paragraph {k} of page {n}: the committee noted the report and asked questions." for k in range(54)]
             + [f"{name} {n}"] for n in range(1, 4)]
    t = read_pdf(fx.plain_pdf(pages), "footer.pdf")
    assert not any(s.startswith("Minutes - Place") for s in texts(t))
    assert sum(s.startswith("Paragraph ") for s in texts(t)) == 3 * 54
