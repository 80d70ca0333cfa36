#!/usr/bin/env python3
"""Build the Borough of Wexcombe example documents (PDF and DOCX) from their text sources.

    python examples/make_wexcombe.py           # (re)write examples/wexcombe/documents/*.pdf and *.docx
    python examples/make_wexcombe.py --check   # rebuild in a temporary folder, compare byte for byte, and
                                               # check manifest.yml, expected.yml and followups.yml against
                                               # the documents' text

The Borough of Wexcombe is fictional. Its minutes and reports are written in ``examples/wexcombe/src/``
in a small line-based markup (one line = one paragraph; a blank line = a gap):

    %key: value        document settings at the top: title, header ("left | right"), footer, date
                       (fixes the creation date), font (Helvetica|Times), size, align (L|J), smart
                       (yes: curly quotes and en dashes), format (pdf|docx)
    # text             main heading (large, bold, centred)
    ## text            second heading (bold, centred)
    ### text           minute or section heading (bold)
    - text             bullet; two leading spaces per extra level
    (1) / 1. / (a) / i) / 1.1 text
                       a labelled paragraph (hanging indent); two leading spaces per extra level.
                       In a DOCX, "1." and "(a)" items become real Word list numbering and the
                       labels are removed from the text: Word draws them from numbering.xml.
    | a | b | c |      a row of a ruled table; the first row is the header
    **bold**           inline bold (PDF paragraphs)

The HTML pages and the plain-text minutes in ``documents/`` are written by hand and not generated.
Output is deterministic: fixed creation dates, fixed producer, fixed ZIP timestamps, so running this
script twice gives byte-identical files.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import re
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent / "wexcombe"
SRC = HERE / "src"
OUT = HERE / "documents"

# A revised version of a set of minutes: (new name, source name, [(old text, new text)]), each
# replacement applied exactly once. The manifest records that the new file replaces the old one.
VARIANTS = [
    ("place-2024-03-12-minutes-v2", "place-2024-03-12-minutes",
     [("would be brought back to the Committee by September 2024",
       "would be brought back to the Committee by October 2024")]),
]

LABEL_RE = re.compile(r"^(\(\d+\)|\d+\.\d+|\d+\.|\([a-z]\)|[a-z]\)|\([ivx]+\)|[ivx]+\))\s+(.*)$")


@dataclass
class Block:
    kind: str  # h1 h2 h3 para item bullet table gap
    text: str = ""
    label: str = ""
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Source:
    name: str
    meta: dict
    blocks: list[Block]


def smarten(text: str) -> str:
    """Typographic apostrophes, quotes and dashes, as a word processor would insert them."""
    text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text)
    text = re.sub(r"(\w)'", "\\1\u2019", text)
    text = re.sub(r'"(?=\w)', "\u201c", text)
    text = re.sub(r'(?<=[\w.,!?])"', "\u201d", text)
    text = re.sub(r"(?<=\s)-(?=\s|$)", "\u2013", text)
    return text


def parse(name: str, text: str) -> Source:
    meta: dict = {}
    blocks: list[Block] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines) and lines[i].startswith("%"):
        key, _, value = lines[i][1:].partition(":")
        meta[key.strip()] = value.strip()
        i += 1
    smart = meta.get("smart", "no") == "yes"
    fix = smarten if smart else (lambda s: s)
    for raw in lines[i:]:
        if not raw.strip():
            if blocks and blocks[-1].kind != "gap":
                blocks.append(Block("gap"))
            continue
        indent = (len(raw) - len(raw.lstrip(" "))) // 2
        line = raw.strip()
        if line.startswith("|"):
            cells = [fix(c.strip()) for c in line.strip("|").split("|")]
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells]))
            continue
        m = re.match(r"^(#{1,3}) (.*)$", line)
        if m:
            blocks.append(Block(("h1", "h2", "h3")[len(m.group(1)) - 1], fix(m.group(2))))
            continue
        if line.startswith("- "):
            blocks.append(Block("bullet", fix(line[2:]), label="\u2022", level=indent))
            continue
        m = LABEL_RE.match(line)
        if m:
            blocks.append(Block("item", fix(m.group(2)), label=m.group(1), level=indent))
            continue
        blocks.append(Block("para", fix(line)))
    while blocks and blocks[-1].kind == "gap":
        blocks.pop()
    return Source(name, meta, blocks)


def load_sources() -> list[Source]:
    sources = {p.stem: parse(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SRC.glob("*.txt"))}
    for new, old, replacements in VARIANTS:
        text = (SRC / f"{old}.txt").read_text(encoding="utf-8")
        for a, b in replacements:
            if text.count(a) != 1:
                raise SystemExit(f"{old}.txt: the correction for {new} must match exactly once: {a!r}")
            text = text.replace(a, b)
        sources[new] = parse(new, text)
    return [sources[k] for k in sorted(sources)]


def fixed_date(meta: dict) -> dt.datetime:
    d = dt.date.fromisoformat(meta["date"])
    return dt.datetime(d.year, d.month, d.day, 9, 0, 0, tzinfo=dt.timezone.utc)


# ---- PDF -------------------------------------------------------------------------------------------

def build_pdf(src: Source) -> bytes:
    from fpdf import FPDF

    meta = src.meta
    font = meta.get("font", "Helvetica")
    size = float(meta.get("size", "10.5"))
    align = meta.get("align", "L")
    head_left, _, head_right = (meta.get("header", "") + " | ").partition(" | ")
    head_right = head_right.rstrip(" |")
    footer_text = meta.get("footer", "")
    lh = size * 0.48

    class Doc(FPDF):
        def header(self):
            self.set_font(font, "", 8)
            self.set_text_color(90, 90, 90)
            self.set_y(8)
            self.cell(0, 4, head_left, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, head_right, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_text_color(0, 0, 0)
            self.set_y(20)

        def footer(self):
            self.set_y(-14)
            self.set_font(font, "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, footer_text, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(fixed_date(meta))
    pdf.set_title(meta.get("title", src.name))
    pdf.set_author("Borough of Wexcombe")
    pdf.set_creator("Wexcombe Democratic Services")
    pdf.set_producer("Borough of Wexcombe example generator (fpdf2)")
    pdf.set_lang("en-GB")
    pdf.add_page()
    body_w = pdf.w - pdf.l_margin - pdf.r_margin

    def keep(height: float) -> None:
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()

    for b in src.blocks:
        if b.kind == "gap":
            pdf.ln(lh * 0.6)
        elif b.kind in ("h1", "h2"):
            pdf.set_font(font, "B", size + (6 if b.kind == "h1" else 3))
            pdf.multi_cell(0, lh * 1.5, b.text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif b.kind == "h3":
            keep(lh * 4)
            pdf.set_font(font, "B", size + 1.5)
            pdf.multi_cell(0, lh * 1.2, b.text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif b.kind == "para":
            pdf.set_font(font, "", size)
            pdf.multi_cell(0, lh, b.text, align=align, markdown=True, new_x="LMARGIN", new_y="NEXT")
        elif b.kind in ("item", "bullet"):
            pdf.set_font(font, "", size)
            x = pdf.l_margin + 8 * b.level + (4 if b.kind == "bullet" else 0)
            label_w = max(10.0, pdf.get_string_width(b.label) + 3) if b.kind == "item" else 5.0
            keep(lh)
            pdf.set_x(x)
            pdf.cell(label_w, lh, b.label)
            pdf.multi_cell(body_w - (x - pdf.l_margin) - label_w, lh, b.text, align=align, markdown=True,
                           new_x="LMARGIN", new_y="NEXT")
        elif b.kind == "table":
            pdf.set_font(font, "", size - 1)
            ncol = len(b.rows[0])
            widths = {4: (14, 86, 38, 32), 3: (100, 35, 35)}.get(ncol)
            keep(lh * 2 * len(b.rows))
            with pdf.table(col_widths=widths, line_height=lh * 1.1, text_align="LEFT",
                           borders_layout="ALL", first_row_as_headings=True, padding=1.2) as table:
                for row in b.rows:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(lh * 0.4)
    return bytes(pdf.output())


# ---- DOCX ------------------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ABSTRACT_NUM_ID = 20
NUMBERING_XML = f"""
<w:abstractNum xmlns:w="{W}" w:abstractNumId="{ABSTRACT_NUM_ID}">
  <w:nsid w:val="5A3C2B10"/>
  <w:multiLevelType w:val="multilevel"/>
  <w:tmpl w:val="0E1F2D3C"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3)"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1701" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>
"""


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _word_label(level: int, n: int) -> str:
    """The label Word draws for item ``n`` (1-based) at ``level`` with the abstractNum above."""
    return (f"{n}.", f"({chr(96 + n)})", f"{_roman(n)})")[level]


def build_docx(src: Source) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    meta = src.meta
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(parse_xml(NUMBERING_XML))
    next_num_id = [100]

    def new_list() -> int:
        num_id = next_num_id[0]
        next_num_id[0] += 1
        numbering.append(parse_xml(
            f'<w:num xmlns:w="{W}" w:numId="{num_id}"><w:abstractNumId w:val="{ABSTRACT_NUM_ID}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        return num_id

    section = d.sections[0]
    if meta.get("header"):
        section.header.paragraphs[0].text = meta["header"]
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Page ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    fld.append(run)
    fp._p.append(fld)

    def add_text(par, text: str) -> None:
        for i, part in enumerate(re.split(r"\*\*", text)):
            if part:
                par.add_run(part).bold = bool(i % 2)

    list_id = None
    counters: list[int] = [0, 0, 0]
    for b in src.blocks:
        if b.kind != "item" and b.kind != "gap":
            list_id = None
        if b.kind == "gap":
            continue
        if b.kind == "h1":
            d.add_paragraph(b.text, style="Title")
        elif b.kind == "h2":
            d.add_heading(b.text, level=1)
        elif b.kind == "h3":
            d.add_heading(b.text, level=2)
        elif b.kind == "para":
            add_text(d.add_paragraph(), b.text)
        elif b.kind == "bullet":
            d.add_paragraph(b.text, style="List Bullet")
        elif b.kind == "item":
            if list_id is None:
                list_id = new_list()
                counters = [0, 0, 0]
            counters[b.level] += 1
            for deeper in range(b.level + 1, 3):
                counters[deeper] = 0
            want = _word_label(b.level, counters[b.level])
            if b.label != want:
                raise SystemExit(f"{src.name}: label {b.label!r} in the source, but Word would number it {want!r}")
            par = d.add_paragraph(style="List Paragraph")
            num_pr = par._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = b.level
            num_pr.get_or_add_numId().val = list_id
            add_text(par, b.text)
        elif b.kind == "table":
            table = d.add_table(rows=0, cols=len(b.rows[0]))
            table.style = "Table Grid"
            for row in b.rows:
                cells = table.add_row().cells
                for c, value in zip(cells, row):
                    c.text = value

    when = fixed_date(meta).replace(tzinfo=None)
    cp = d.core_properties
    cp.title = meta.get("title", src.name)
    cp.author = meta.get("author", "Borough of Wexcombe")
    cp.last_modified_by = meta.get("author", "Borough of Wexcombe")
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue(), when)


def _rezip(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite a ZIP with fixed timestamps and attributes so the bytes depend only on the content."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---- build -------------------------------------------------------------------------------------------

def build_all(out: Path) -> dict[str, str]:
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for src in load_sources():
        fmt = src.meta.get("format", "pdf")
        data = build_docx(src) if fmt == "docx" else build_pdf(src)
        path = out / f"{src.name}.{fmt}"
        path.write_bytes(data)
        written[path.name] = hashlib.sha256(data).hexdigest()
    return written


# ---- check -------------------------------------------------------------------------------------------

def document_text(path: Path) -> str:
    """The words of a document, for checking that annotations quote it."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pypdfium2 as pdfium
        pages = []
        pdf = pdfium.PdfDocument(str(path))
        for page in pdf:
            lines = page.get_textpage().get_text_range().splitlines()
            # drop the running header and footer (the first and last line of every page)
            pages.append("\n".join(lines[1:-1]))
        return "\n".join(pages)
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        return "\n".join(p.text for p in d.paragraphs)
    if suffix in (".html", ".htm"):
        from selectolax.lexbor import LexborHTMLParser
        root = LexborHTMLParser(path.read_text(encoding="utf-8")).css_first("#modgov")
        return root.text(separator=" ")
    return path.read_text(encoding="utf-8")


def _words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'")
    return re.findall(r"[a-z0-9%\u00a3]+", text)


def _quoted(needle: str, hay: list[str]) -> bool:
    w = _words(re.sub(r"^\s*(\(?[ivx]+\)|\(?[a-z]\)|\(?\d+[.)])\s+", "", needle))
    if not w:
        return False
    n = len(w)
    return any(hay[i:i + n] == w for i in range(len(hay) - n + 1))


def check() -> int:
    import yaml

    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = build_all(Path(tmp))
        again = build_all(Path(tmp) / "again")
        for name, digest in fresh.items():
            if again[name] != digest:
                problems.append(f"{name}: two builds differ (not deterministic)")
            committed = OUT / name
            if not committed.exists():
                problems.append(f"{name}: not in documents/; run examples/make_wexcombe.py")
            elif hashlib.sha256(committed.read_bytes()).hexdigest() != digest:
                problems.append(f"{name}: documents/ copy is out of date; run examples/make_wexcombe.py")

    manifest = yaml.safe_load((HERE / "manifest.yml").read_text(encoding="utf-8"))
    expected = yaml.safe_load((HERE / "expected.yml").read_text(encoding="utf-8"))
    followups = yaml.safe_load((HERE / "followups.yml").read_text(encoding="utf-8"))
    files = {p.name for p in OUT.iterdir()}
    listed = {d["file"] for d in manifest["documents"]}
    for f in sorted(files ^ listed):
        problems.append(f"{f}: in documents/ but not in manifest.yml" if f in files else f"{f}: in manifest.yml but missing")
    for d in manifest["documents"]:
        if d.get("replaces") and d["replaces"] not in listed:
            problems.append(f"{d['file']}: replaces unknown {d['replaces']}")

    words = {name: _words(document_text(OUT / name)) for name in files}
    annotated = {d["file"]: d for d in expected["documents"]}
    for f in sorted(listed - set(annotated)):
        problems.append(f"{f}: no annotations in expected.yml")
    for d in expected["documents"]:
        for it in d.get("items", []):
            if not _quoted(it["text"], words.get(d["file"], [])):
                problems.append(f"{d['file']}: expected item not found in the text: {it['text'][:70]!r}")
    for fu in followups["followups"]:
        if not _quoted(fu["evidence_quote"], words.get(fu["evidence_file"], [])):
            problems.append(f"{fu['evidence_file']}: evidence quote not found: {fu['evidence_quote'][:70]!r}")
        texts = [it["text"] for it in annotated.get(fu["item_file"], {}).get("items", [])]
        if fu["item_text"] not in texts:
            problems.append(f"{fu['item_file']}: followed-up item is not an expected item: {fu['item_text'][:70]!r}")
    for p in problems:
        print(p)
    n_items = sum(len(d.get("items", [])) for d in expected["documents"])
    print(f"{len(listed)} documents, {n_items} expected items, {len(followups['followups'])} follow-ups: "
          f"{'OK' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify instead of writing")
    args = ap.parse_args(argv)
    if args.check:
        return check()
    for name, digest in build_all(OUT).items():
        print(f"{digest[:12]}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
