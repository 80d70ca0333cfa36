"""The Word reader: body order, headings, tables, Word list numbering as printed, and bad input.

Fixture documents are built at test time with python-docx; numbering definitions are written into the
package's numbering part as Word writes them (abstractNum + num, lvlOverride/startOverride).
"""
from __future__ import annotations

import io
import struct
import zipfile

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ingest.lines import ReadError, Text
from ingest.read import read
from ingest.read_docx import MAX_TOTAL_BYTES, format_number, read_docx

W_NS = nsdecls("w")


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, restart: int | None = None) -> str:
    restart_xml = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{restart_xml}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>')


BULLET_CHAR = "\uf0b7"      # Word's Symbol-font bullet

# Word's own shapes: a three-level legal-ish list "1." / "(a)" / "i)", a bullet list, a "%1.%2" list.
NUMBERING = f"""<w:numbering {W_NS}>
  <w:abstractNum w:abstractNumId="10">
    {_lvl(0, "decimal", "%1.")}{_lvl(1, "lowerLetter", "(%2)")}{_lvl(2, "lowerRoman", "%3)")}
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="11">{_lvl(0, "upperLetter", "%1.")}</w:abstractNum>
  <w:abstractNum w:abstractNumId="12">{_lvl(0, "bullet", BULLET_CHAR)}</w:abstractNum>
  <w:abstractNum w:abstractNumId="13">{_lvl(0, "decimal", "%1.")}{_lvl(1, "decimal", "%1.%2")}</w:abstractNum>
  <w:abstractNum w:abstractNumId="14">{_lvl(0, "upperRoman", "%1.")}{_lvl(1, "decimal", "%2.", restart=0)}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="10"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="11"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="12"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="13"/></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="14"/></w:num>
</w:numbering>"""


def numbered(doc, text: str, num_id: int, ilvl: int = 0):
    p = doc.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def to_bytes(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def with_numbering(doc, xml: str = NUMBERING):
    doc.part.numbering_part._element = parse_xml(xml)
    return doc


def texts(t: Text) -> list[str]:
    return [ln.text for ln in t.lines]


# ---------------------------------------------------------------------------------------------------
# numbering

def test_word_numbering_levels_restarts_and_overrides():
    doc = with_numbering(docx.Document())
    doc.add_paragraph("The Committee RESOLVED:")
    numbered(doc, "That the Highways Manager report on road repairs.", 1, 0)
    numbered(doc, "potholes on Mill Lane;", 1, 1)
    numbered(doc, "verges on the Wexcombe bypass;", 1, 1)
    numbered(doc, "north side;", 1, 2)
    numbered(doc, "south side;", 1, 2)
    numbered(doc, "signage near the school.", 1, 1)      # level 2 counter restarts below this
    numbered(doc, "That the Parks Officer review the benches.", 1, 0)
    numbered(doc, "in Riverside Park.", 1, 1)             # (a) again: level 0 advanced
    numbered(doc, "A restarted list.", 2, 0)               # num 2: startOverride 1 on the shared abstract
    numbered(doc, "Its second item.", 2, 0)
    numbered(doc, "Item five of a lettered list.", 3, 0)   # startOverride 5, upper letters
    numbered(doc, "Item six.", 3, 0)
    numbered(doc, "A bullet point.", 4, 0)
    t = read_docx(to_bytes(doc), "minutes.docx")
    assert texts(t) == [
        "The Committee RESOLVED:",
        "1. That the Highways Manager report on road repairs.",
        "(a) potholes on Mill Lane;",
        "(b) verges on the Wexcombe bypass;",
        "i) north side;",
        "ii) south side;",
        "(c) signage near the school.",
        "2. That the Parks Officer review the benches.",
        "(a) in Riverside Park.",
        "1. A restarted list.",
        "2. Its second item.",
        "E. Item five of a lettered list.",
        "F. Item six.",
        "• A bullet point.",
    ]
    assert [ln.para for ln in t.lines] == list(range(1, 15))
    assert [ln.line for ln in t.lines] == list(range(1, 15))
    assert t.format == "docx"


def test_numbering_continues_across_nums_sharing_an_abstract_definition():
    doc = with_numbering(docx.Document())
    numbered(doc, "first", 1, 0)
    numbered(doc, "second", 1, 0)
    numbered(doc, "restarted", 2, 0)
    numbered(doc, "continued", 2, 0)
    assert texts(read_docx(to_bytes(doc), "a.docx")) == ["1. first", "2. second", "1. restarted",
                                                        "2. continued"]


def test_multilevel_template_and_no_restart_level():
    doc = with_numbering(docx.Document())
    numbered(doc, "Finance", 5, 0)
    numbered(doc, "Budget", 5, 1)
    numbered(doc, "Audit", 5, 1)
    numbered(doc, "Housing", 5, 0)
    numbered(doc, "Repairs", 5, 1)
    numbered(doc, "Part one", 6, 0)
    numbered(doc, "a", 6, 1)
    numbered(doc, "Part two", 6, 0)
    numbered(doc, "b", 6, 1)      # lvlRestart 0: never restarts, so 2.
    assert texts(read_docx(to_bytes(doc), "a.docx")) == [
        "1. Finance", "1.1 Budget", "1.2 Audit", "2. Housing", "2.1 Repairs",
        "I. Part one", "1. a", "II. Part two", "2. b"]


def test_numbering_through_a_style():
    # The default template's "List Number" style carries its own numPr.
    doc = docx.Document()
    doc.add_paragraph("Agree the budget.", style="List Number")
    doc.add_paragraph("Note the report.", style="List Number")
    doc.add_paragraph("Loose point.", style="List Bullet")
    assert texts(read_docx(to_bytes(doc), "a.docx")) == ["1. Agree the budget.", "2. Note the report.",
                                                        "• Loose point."]


def test_numid_zero_switches_numbering_off():
    doc = docx.Document()
    p = doc.add_paragraph("Not numbered after all.", style="List Number")
    p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'))
    assert texts(read_docx(to_bytes(doc), "a.docx")) == ["Not numbered after all."]


def test_format_number():
    assert [format_number(n, "lowerRoman") for n in (1, 4, 9, 14, 40)] == ["i", "iv", "ix", "xiv", "xl"]
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27, 28)] == ["a", "z", "aa", "bb"]
    assert format_number(3, "upperLetter") == "C"
    assert format_number(7, "decimalZero") == "07"


# ---------------------------------------------------------------------------------------------------
# body order, headings, tables, title

def test_body_order_headings_tables_and_title():
    doc = docx.Document()
    doc.core_properties.title = "Wexcombe Finance Panel minutes, 4 March 2024"
    doc.add_heading("Borough of Wexcombe", level=0)
    doc.add_heading("Finance Panel", level=1)
    doc.add_paragraph("Present: Councillors Amble and Birch.")
    doc.add_heading("Actions", level=2)
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate([("Action", "Who", "When"),
                             ("Report on car park income", "Head of Finance", "June 2024"),
                             ("Publish the audit plan", "Audit Manager", "next meeting")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("The meeting closed at 8.10 pm.")
    t = read_docx(to_bytes(doc), "panel.docx")
    assert t.title == "Wexcombe Finance Panel minutes, 4 March 2024"
    assert texts(t) == [
        "Borough of Wexcombe", "Finance Panel", "Present: Councillors Amble and Birch.", "Actions",
        "Action | Who | When",
        "Report on car park income | Head of Finance | June 2024",
        "Publish the audit plan | Audit Manager | next meeting",
        "The meeting closed at 8.10 pm.",
    ]
    assert [ln.heading for ln in t.lines] == [1, 1, 0, 2, 0, 0, 0, 0]
    rows = [ln for ln in t.lines if ln.cells]
    assert rows[1].cells == ("Report on car park income", "Head of Finance", "June 2024")
    assert [ln.para for ln in t.lines] == list(range(1, 9))


def test_line_breaks_tabs_and_empty_paragraphs():
    doc = docx.Document()
    p = doc.add_paragraph("Item 4:\tBudget")
    p.add_run().add_break()
    p.add_run("second line of the same paragraph")
    doc.add_paragraph("")
    doc.add_paragraph("   ")
    doc.add_paragraph("Next\u00a0paragraph")
    t = read_docx(to_bytes(doc), "a.docx")
    assert [(ln.text, ln.para, ln.line) for ln in t.lines] == [
        ("Item 4: Budget", 1, 1), ("second line of the same paragraph", 1, 2), ("Next paragraph", 2, 3)]


def test_numbered_paragraphs_inside_table_cells():
    doc = with_numbering(docx.Document())
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Recommendations"
    cell = table.cell(0, 1)
    cell.paragraphs[0].text = "Approve the plan."
    cell.paragraphs[0]._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
    p2 = cell.add_paragraph("Note the risks.")
    p2._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
    t = read_docx(to_bytes(doc), "a.docx")
    assert t.lines[0].cells == ("Recommendations", "1. Approve the plan. 2. Note the risks.")


def test_tracked_deletions_and_hidden_text_are_not_read():
    doc = docx.Document()
    p = doc.add_paragraph("Kept ")
    p._p.append(parse_xml(f'<w:del {W_NS} w:id="1" w:author="x"><w:r><w:delText>deleted </w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {W_NS} w:id="2" w:author="x"><w:r><w:t>inserted</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>'))
    assert texts(read_docx(to_bytes(doc), "a.docx")) == ["Kept inserted"]


def test_paragraphs_inside_content_controls_keep_body_order():
    doc = docx.Document()
    doc.add_paragraph("Before")
    doc.add_paragraph("Inside")
    doc.add_paragraph("After")
    body = doc.element.body
    inside = body[1]
    sdt = parse_xml(f"<w:sdt {W_NS}><w:sdtPr/><w:sdtContent/></w:sdt>")
    inside.addprevious(sdt)
    sdt[1].append(inside)
    assert texts(read_docx(to_bytes(doc), "a.docx")) == ["Before", "Inside", "After"]


def test_read_dispatches_docx_by_content(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Dispatched by the zip signature.")
    path = tmp_path / "minutes.docx"
    path.write_bytes(to_bytes(doc))
    assert texts(read(str(path))) == ["Dispatched by the zip signature."]


# ---------------------------------------------------------------------------------------------------
# bad input

def _one_line(err: ReadError) -> str:
    msg = str(err)
    assert "\n" not in msg
    return msg


def test_not_a_zip():
    with pytest.raises(ReadError) as e:
        read_docx(b"this is plain text pretending to be docx", "notes.docx")
    msg = _one_line(e.value)
    assert msg.startswith("notes.docx: not a valid Word document") and "re-save it from Word as .docx" in msg


def test_corrupt_zip_truncated():
    doc = docx.Document()
    doc.add_paragraph("x" * 500)
    data = to_bytes(doc)
    with pytest.raises(ReadError) as e:
        read_docx(data[: len(data) // 2], "cut.docx")
    assert "not a valid Word document" in _one_line(e.value)


def test_corrupt_document_xml():
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(to_bytes(docx.Document()))) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/document.xml":
                body = body[: len(body) // 2]     # cut mid-element
            dst.writestr(info, body)
    with pytest.raises(ReadError) as e:
        read_docx(buf.getvalue(), "broken.docx")
    assert "broken.docx: not a valid Word document" in _one_line(e.value)


def test_zip_without_word_document():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(ReadError) as e:
        read_docx(buf.getvalue(), "other.docx")
    msg = _one_line(e.value)
    assert "other.docx" in msg and "word/document.xml" in msg


def test_zip_bomb_refused_by_ratio_before_parsing():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    assert len(buf.getvalue()) < 100_000
    with pytest.raises(ReadError) as e:
        read_docx(buf.getvalue(), "bomb.docx")
    assert "zip bomb" in _one_line(e.value)


def test_zip_bomb_refused_by_declared_total_size():
    # A small member whose central directory declares 300 MB: refused from the declaration alone.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document/>")
    data = bytearray(buf.getvalue())
    declared = MAX_TOTAL_BYTES + 100 * 1024 * 1024
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        data[pos + 20:pos + 24] = struct.pack("<I", declared)      # compressed size
        data[pos + 24:pos + 28] = struct.pack("<I", declared)      # uncompressed size
        pos = data.find(b"PK\x01\x02", pos + 4)
    with pytest.raises(ReadError) as e:
        read_docx(bytes(data), "huge.docx")
    assert "zip bomb" in _one_line(e.value)


def test_password_protected_docx():
    # Word saves an encrypted .docx as an OLE compound file holding EncryptionInfo and EncryptedPackage.
    data = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le")
            + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512)
    with pytest.raises(ReadError) as e:
        read_docx(data, "secret.docx")
    msg = _one_line(e.value)
    assert "password-protected" in msg and "unprotected copy" in msg


def test_old_doc_file():
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024 + "WordDocument".encode("utf-16-le")
    with pytest.raises(ReadError) as e:
        read_docx(data, "old.docx")
    assert "re-save it from Word as .docx" in _one_line(e.value)


def test_empty_document():
    doc = docx.Document()
    doc.add_paragraph("")
    doc.add_table(rows=2, cols=2)
    with pytest.raises(ReadError) as e:
        read_docx(to_bytes(doc), "blank.docx")
    assert "empty" in _one_line(e.value)


TEXT_BOX_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
               'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
               'xmlns:v="urn:schemas-microsoft-com:vml"')


def test_text_box_text_follows_its_anchor_paragraph_once():
    # Word writes a text box twice: as DrawingML (mc:Choice) and as VML (mc:Fallback).
    doc = docx.Document()
    p = doc.add_paragraph("Minute 12: Budget")
    box = ('<w:p><w:r><w:t>Key decision</w:t></w:r></w:p>')
    p._p.append(parse_xml(
        f'<w:r {W_NS} {TEXT_BOX_NS}><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx>'
        f'</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>{box}</w:txbxContent>'
        f'</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>'))
    doc.add_paragraph("Minute 13: Close")
    assert texts(read_docx(to_bytes(doc), "a.docx")) == ["Minute 12: Budget", "Key decision", "Minute 13: Close"]


def test_outline_level_marks_a_heading():
    doc = docx.Document()
    p = doc.add_paragraph("PART B - EXEMPT ITEMS")
    p._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W_NS} w:val="1"/>'))
    doc.add_paragraph("Body text.")
    assert [(ln.text, ln.heading) for ln in read_docx(to_bytes(doc), "a.docx").lines] == [
        ("PART B - EXEMPT ITEMS", 2), ("Body text.", 0)]
