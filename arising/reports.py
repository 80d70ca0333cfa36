"""Pure renderers for the tracker: the ``list`` table, ``show``, the CSV a clerk edits in Excel (and
reads back), JSON, an iCalendar feed of due dates, and the matters-arising and owner reports as
Markdown, CSV and Word.

Functions here take views (``arising.tracker.View``) and return text or bytes; the CLI does the I/O.
RAG is always written as a word; colour (on a terminal) only repeats it.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import textwrap
from dataclasses import dataclass, field

from arising.config import Config
from arising.model import Change, Item
from arising.tracker import View, canonical_committee, due_revisions, is_overdue, last_note, outstanding, rag

RAG_STYLE = {"red": "bold red", "amber": "bold yellow", "green": "green", "grey": "bright_black"}
BOM = "\ufeff"


def item_url(item_id: str) -> str:
    return f"/items/{item_id}/"


def long_date(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def where(source) -> str:
    """``page 3, line 14`` / ``paragraph 12``: where in its document a source was read."""
    parts = []
    if source.page is not None:
        parts.append(f"page {source.page}")
    if source.paragraph is not None:
        parts.append(f"paragraph {source.paragraph}")
    if source.line is not None:
        parts.append(f"line {source.line}")
    return ", ".join(parts)


def due_text(v: View) -> str:
    """The due as written, with the day it resolves to when that differs: ``2024-05 (2024-05-31)``."""
    due = v.item.due
    if not due:
        return ""
    if v.due_date and v.due_date.isoformat() != due:
        return f"{due} ({v.due_date.isoformat()})"
    return due


def status_text(v: View) -> str:
    it = v.item
    return f"{it.status}; response {it.response}" if it.response else it.status


def truncate(text: str, width: int) -> str:
    text = " ".join((text or "").split())
    if len(text) <= width:
        return text
    return text[: max(width - 1, 0)].rstrip() + "…"


# ---- the list table -----------------------------------------------------------------------------

TABLE_COLUMNS = (("id", "ID", None), ("kind", "KIND", 14), ("status", "STATUS", 11), ("rag", "RAG", 5),
                 ("owner", "OWNER", 22), ("due", "DUE", 14), ("committee", "COMMITTEE", 22),
                 ("meeting", "MEETING", 10), ("text", "TEXT", None))
MIN_TEXT = 30
SHRINK = (("committee", 10), ("owner", 12))
DROP = ("committee", "meeting", "kind")


def committee_of(v: View, config: Config | None) -> str:
    """The meeting's committee by its name in arising.yml (as the document wrote it without a config)."""
    return (canonical_committee(v.committee, config) if config else v.committee) or ""


def table_lines(vs: list[View], as_of: dt.date, width: int,
                config: Config | None = None) -> list[tuple[str, tuple[int, int, str] | None]]:
    """The list as aligned columns, the text cut to fit ``width``. Each line comes with the span of its
    RAG word and the colour, for a terminal to paint (``None`` for the header)."""
    rows = []
    for v in vs:
        colour, _ = rag(v, as_of)
        rows.append({"id": v.id, "kind": v.item.kind, "status": v.item.status, "rag": colour,
                     "owner": v.item.owner or "", "due": v.item.due or "", "committee": committee_of(v, config),
                     "meeting": v.meeting_date.isoformat() if v.meeting_date else "", "text": v.item.text})
    natural = {key: min(max([len(head)] + [len(r[key]) for r in rows]), cap or 10**6)
               for key, head, cap in TABLE_COLUMNS[:-1]}

    def room() -> int:
        return width - sum(widths[k] for k, _, _ in columns[:-1]) - 2 * (len(columns) - 1)

    for dropped in range(len(DROP) + 1):
        # too narrow: narrow the committee and owner; then drop what the id already says (the committee's
        # slug and the meeting date), then the kind
        columns = [c for c in TABLE_COLUMNS if c[0] not in DROP[:dropped]]
        widths = dict(natural)
        for key, least in SHRINK:
            if room() < MIN_TEXT and any(c[0] == key for c in columns):
                widths[key] = max(least, widths[key] - (MIN_TEXT - room()))
        if room() >= MIN_TEXT:
            break
    widths["text"] = max(room(), MIN_TEXT // 2)

    def line(cells: dict) -> tuple[str, int]:
        out, rag_at = [], 0
        for key, _, _ in columns:
            if key == "rag":
                rag_at = sum(len(p) + 2 for p in out)
            cell = truncate(cells[key], widths[key])
            out.append(cell if key == "text" else cell.ljust(widths[key]))
        return "  ".join(out).rstrip(), rag_at

    header, _ = line({key: head for key, head, _ in columns})
    lines: list[tuple[str, tuple[int, int, str] | None]] = [(header, None)]
    for r in rows:
        text, at = line(r)
        lines.append((text, (at, at + len(r["rag"]), r["rag"])))
    return lines


# ---- JSON ---------------------------------------------------------------------------------------


def item_json(v: View, as_of: dt.date, full: bool = False, config: Config | None = None) -> dict:
    it, f = v.item, v.item.found
    colour, reason = rag(v, as_of)
    out = {
        "id": it.id, "kind": it.kind, "text": it.text, "tracked": it.tracked, "status": it.status,
        "response": it.response, "rag": colour, "rag_reason": reason, "overdue": is_overdue(v, as_of),
        "owner": it.owner, "due": it.due, "due_date": _iso(v.due_date), "response_due": _iso(v.response_due),
        "committee": committee_of(v, config) or None, "meeting_date": _iso(v.meeting_date), "document": v.document.id,
        "page": f.source.page, "paragraph": f.source.paragraph, "last_update": _iso(v.last_update()),
        "missing": it.missing, "url": item_url(it.id),
    }
    if full:
        out.update({
            "owner_as_written": f.owner, "label": f.label, "minute": v.agenda.minute or v.agenda.number,
            "agenda_title": v.agenda.title, "quote": f.source.quote, "line": f.source.line,
            "rule": f.rule, "confidence": f.confidence, "needs_review": f.needs_review,
            "metric": f.metric.model_dump() if f.metric else None,
            "edits": it.edits.model_dump(exclude_none=True), "links": it.links.model_dump(),
            "history": [c.model_dump(mode="json", exclude_none=True) for c in it.history],
            "sources": [s.model_dump(exclude_none=True) for s in v.sources],
            "also": [o.id for o, _ in v.also],
        })
    return out


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


# ---- the CSV a clerk edits --------------------------------------------------------------------

CSV_COLUMNS = ("id", "kind", "tracked", "committee", "meeting_date", "document", "page", "text", "status",
               "response", "owner", "due", "reason", "due_date", "response_due", "rag", "rag_reason",
               "last_update", "note")
"""Read back by ``arising update --from-csv``: only status, response, owner, due, reason and note."""
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


class CsvError(ValueError):
    """A CSV that cannot be read back; ``str()`` is one line naming the file and what is expected."""


def neutralise(cell: str) -> str:
    """Stop a spreadsheet from running a cell as a formula: a cell that starts with ``= + - @``, a tab or
    a carriage return (after any quotes) gets one leading single quote. ``unneutralise`` undoes it
    exactly, also for text that began with quotes of its own."""
    return "'" + cell if cell.lstrip("'").startswith(DANGEROUS) else cell


def unneutralise(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell.lstrip("'").startswith(DANGEROUS) else cell


def csv_row(v: View, as_of: dt.date, config: Config | None = None) -> dict[str, str]:
    it = v.item
    colour, reason = rag(v, as_of)
    page = it.found.source.page
    return {
        "id": it.id, "kind": it.kind, "tracked": "yes" if it.tracked else "no", "committee": committee_of(v, config),
        "meeting_date": _iso(v.meeting_date) or "", "document": v.document.id,
        "page": str(page) if page is not None else "", "text": it.text, "status": it.status,
        "response": it.response or "", "owner": it.owner or "", "due": it.due or "",
        "reason": it.edits.due_reason or "", "due_date": _iso(v.due_date) or "",
        "response_due": _iso(v.response_due) or "", "rag": colour, "rag_reason": reason,
        "last_update": _iso(v.last_update()) or "", "note": last_note(it) or "",
    }


def to_csv(rows: list[dict[str, str]], columns=CSV_COLUMNS) -> str:
    """CSV text for Excel: a BOM (so Excel reads UTF-8), CRLF line ends, every cell neutralised."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([neutralise(str(r.get(c, "") or "")) for c in columns])
    return BOM + buf.getvalue()


def decode_csv(data: bytes) -> str:
    """UTF-8 (with or without a BOM), else Windows-1252: what Excel's plain "CSV" saves on Windows."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_csv(data: bytes, name: str, columns=CSV_COLUMNS) -> list[tuple[int, dict[str, str]]]:
    """Rows of an exported CSV as ``(spreadsheet row number, {column: cell})``, neutralisation undone.
    The header must be the exported one (columns in any order)."""
    try:
        text = decode_csv(data)
    except UnicodeDecodeError:
        raise CsvError(f"{name}: not a text file; save it from Excel as CSV UTF-8") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as e:
        raise CsvError(f"{name}: row 1: {e}; export a fresh CSV with `arising export --format csv`") from None
    if not header:
        raise CsvError(f"{name}: the file is empty; export a CSV with `arising export --format csv` and edit that")
    header = [h.strip() for h in header]
    if sorted(header) != sorted(columns):
        missing = [c for c in columns if c not in header]
        extra = [h for h in header if h not in columns or header.count(h) > 1]
        what = "; ".join(p for p in (f"missing {', '.join(missing)}" if missing else "",
                                      f"not expected {', '.join(dict.fromkeys(extra))}" if extra else "") if p)
        raise CsvError(f"{name}: row 1: the header was changed ({what}); keep the exported header: "
                       f"{','.join(columns)}")
    rows = []
    try:
        for n, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                raise CsvError(f"{name}: row {n}: {len(cells)} cells where the header has {len(header)}; "
                               f"check for a stray comma or a deleted cell")
            rows.append((n, {h: unneutralise(c) for h, c in zip(header, cells)}))
    except csv.Error as e:
        raise CsvError(f"{name}: row {reader.line_num}: {e}; check the quotes in that row") from None
    return rows


# ---- show ---------------------------------------------------------------------------------------


@dataclass
class Neighbours:
    """Items ``show`` names beside the item: what replaced it, what it replaced, what is related."""

    superseded_by: Item | None = None
    supersedes: list[Item] = field(default_factory=list)
    related: list[Item] = field(default_factory=list)
    related_from: list[Item] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def show_text(v: View, as_of: dt.date, n: Neighbours, width: int = 100, config: Config | None = None) -> str:
    it, f = v.item, v.item.found
    colour, reason = rag(v, as_of)
    out = [f"{it.id}  {it.kind}", *(textwrap.wrap(it.text, width) or [""]), ""]

    def field_(label: str, value: str) -> None:
        if value:
            out.append(f"{label + ':':<14}{value}")

    field_("Status", it.status)
    if it.response or v.response_due:
        field_("Response", (it.response or "none") + (f" (due {v.response_due.isoformat()})" if v.response_due else ""))
    field_("RAG", f"{colour} ({reason}) as of {as_of.isoformat()}")
    owner = it.owner or "none"
    if f.owner and f.owner != it.owner:
        owner += f" (as written: {f.owner})"
    field_("Owner", owner)
    field_("Due", due_text(v) or "none")
    field_("Tracked", "yes" if it.tracked else "no")
    meeting = ", ".join(p for p in (committee_of(v, config), f"meeting of {v.meeting_date.isoformat()}" if v.meeting_date else "") if p)
    minute = v.agenda.minute or v.agenda.number
    if minute or v.agenda.title:
        meeting += f", minute {minute or '-'}" + (f": {v.agenda.title}" if v.agenda.title else "")
    field_("Meeting", meeting)
    doc = f"{v.document.id} ({v.document.file})"
    if where(f.source):
        doc += f", {where(f.source)}"
    field_("Document", doc)
    field_("Quote", f"\"{' '.join(f.source.quote.split())}\"")
    field_("Found by", f"rule {f.rule}, confidence {f.confidence:g}" + ("; needs review" if f.needs_review else "")
           + ("; read by OCR" if f.ocr else ""))
    if it.missing:
        field_("Missing", "no longer found when its document was last read; kept for a clerk to check")
    others = [(s.document, s) for s in it.sources] + [(d.id, o.found.source) for o, d in v.also]
    if others:
        out += ["", "Also published in:"]
        for doc_id, s in others:
            place = f", {where(s)}" if where(s) else ""
            out.append(f"  {doc_id}{place}: \"{truncate(s.quote, width - 8)}\"")
    for title, items in (("Superseded by", [n.superseded_by] if n.superseded_by else []),
                         ("Supersedes", n.supersedes), ("Related", n.related), ("Related from", n.related_from)):
        if items:
            out += ["", f"{title}:"]
            out += [f"  {o.id}  {o.status}  {truncate(o.text, width - len(o.id) - len(o.status) - 6)}" for o in items]
    if n.unknown:
        out += ["", "Links to items not in the knowledge base: " + ", ".join(n.unknown)]
    out += ["", "History:"]
    if not it.history:
        out.append("  none: as extracted")
    for c in it.history:
        out.append(f"  {change_line(c)}")
    revisions = due_revisions(it)
    if revisions:
        out += ["", "Due revisions:"]
        for r in revisions:
            out.append(f"  {r.at:%Y-%m-%d} {r.by}: {r.old or '(none)'} -> {r.new or '(none)'}"
                       + (f"; reason: {r.reason}" if r.reason else ""))
    return "\n".join(out) + "\n"


def change_line(c: Change) -> str:
    parts = [f"{k} {_v(old)} -> {_v(new)}" for k, (old, new) in c.changes.items() if k != "due_reason"]
    if "due_reason" in c.changes and c.changes["due_reason"][1] and c.undoes is None:
        parts.append(f"reason: {c.changes['due_reason'][1]}")
    if c.evidence:
        parts.append(f"evidence: {c.evidence}")
    if c.note:
        parts.append(f"note: {c.note}")
    if c.proposal:
        parts.append(f"proposal {c.proposal}")
    return f"{c.at:%Y-%m-%d %H:%M}  {c.by}: " + ("; ".join(parts) or "no change")


def _v(value) -> str:
    return "(none)" if value is None else str(value)


# ---- iCalendar ----------------------------------------------------------------------------------


def ics_escape(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newline escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line: str) -> str:
    """Fold a content line to at most 75 octets per line (RFC 5545 3.1), never inside a UTF-8 character."""
    out, cur, size = [], "", 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def ics(vs: list[View], *, council: str | None, stamp: dt.datetime, uid_domain: str, version: str,
        config: Config | None = None) -> str:
    """One all-day VEVENT on the due day of every item whose due resolves to a day. UIDs come from the
    item ids, so a re-exported calendar updates the same events."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//Arising//Arising {version}//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:" + ics_escape(f"{council or 'Arising'}: items due")]
    stamp_utc = stamp.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    for v in vs:
        if v.due_date is None:
            continue
        it = v.item
        prefix = "Due" if outstanding(v) else it.status.capitalize()
        summary = f"{prefix}: {truncate(it.text, 100)}" + (f" ({it.owner})" if it.owner else "")
        desc = [it.text, "", f"Item: {it.id}", f"Status: {status_text(v)}", f"Owner: {it.owner or 'none'}",
                f"Due: {it.due}"]
        committee = committee_of(v, config)
        if committee:
            desc.append(f"Committee: {committee}" + (f", meeting of {v.meeting_date.isoformat()}" if v.meeting_date else ""))
        desc.append(f"Document: {v.document.id}" + (f", {where(it.found.source)}" if where(it.found.source) else ""))
        lines += ["BEGIN:VEVENT", f"UID:{it.id}@{uid_domain}", f"DTSTAMP:{stamp_utc}",
                  f"DTSTART;VALUE=DATE:{v.due_date:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{v.due_date + dt.timedelta(days=1):%Y%m%d}",
                  "SUMMARY:" + ics_escape(summary), "DESCRIPTION:" + ics_escape("\n".join(desc))]
        if committee:
            lines.append("CATEGORIES:" + ics_escape(committee))
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(ln) + "\r\n" for ln in lines)


# ---- reports: matters arising, what an officer owes --------------------------------------------

REPORT_COLUMNS = ("Item", "Meeting", "Minute", "Decision", "Owner", "Due", "Status", "RAG", "Last update")


@dataclass
class Report:
    title: str
    intro: str
    sections: list[tuple[str | None, list[list[str]]]]
    columns: tuple[str, ...] = REPORT_COLUMNS
    empty: str = "Nothing is outstanding."


def report_row(v: View, as_of: dt.date) -> list[str]:
    colour, reason = rag(v, as_of)
    it = v.item
    if it.history:
        c = it.history[-1]
        last = f"{c.at:%Y-%m-%d} {c.by}" + (f": {c.note}" if c.note else "")
    else:
        last = "none since the meeting"
    return [it.id, _iso(v.meeting_date) or "", v.agenda.minute or v.agenda.number or "", " ".join(it.text.split()),
            it.owner or "", due_text(v), status_text(v), f"{colour}: {reason}", last]


def matters_arising_report(vs: list[View], *, committee: str, meeting_date: dt.date, council: str | None,
                           next_known: bool) -> Report:
    when = long_date(meeting_date) + ("" if next_known else " (no meeting date known; as of today)")
    intro = (f"{council + ': ' if council else ''}{len(vs)} item(s) from earlier meetings not yet resolved, "
             f"oldest first. RAG as of {meeting_date.isoformat()}.")
    return Report(title=f"Matters arising: {committee}, {when}", intro=intro,
                  sections=[(None, [report_row(v, meeting_date) for v in vs])],
                  empty="No items are outstanding for this committee.")


def owner_report(groups: list[tuple[str, list[View]]], *, owner: str, as_of: dt.date, council: str | None) -> Report:
    n = sum(len(vs) for _, vs in groups)
    late = sum(1 for _, vs in groups for v in vs if is_overdue(v, as_of))
    intro = (f"{council + ': ' if council else ''}{n} item(s) outstanding, {late} overdue, by committee, "
             f"overdue first. RAG as of {as_of.isoformat()}.")
    return Report(title=f"Outstanding for {owner}, as of {long_date(as_of)}", intro=intro,
                  sections=[(name, [report_row(v, as_of) for v in vs]) for name, vs in groups],
                  empty="Nothing is outstanding for this owner.")


def _md_cell(text: str) -> str:
    return " ".join(str(text).split()).replace("\\", "\\\\").replace("|", "\\|")


def report_markdown(r: Report) -> str:
    out = [f"# {r.title}", "", r.intro, ""]
    if not any(rows for _, rows in r.sections):
        return "\n".join(out + [r.empty]) + "\n"
    for heading, rows in r.sections:
        if heading:
            out += [f"## {heading}", ""]
        out.append("| " + " | ".join(r.columns) + " |")
        out.append("|" + "|".join("---" for _ in r.columns) + "|")
        out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
        out.append("")
    return "\n".join(out)


def report_csv(r: Report) -> str:
    grouped = any(h for h, _ in r.sections)
    columns = (("Committee",) if grouped else ()) + r.columns
    rows = [dict(zip(columns, ([h or ""] if grouped else []) + row)) for h, section in r.sections for row in section]
    return to_csv(rows, columns)


def report_docx(r: Report) -> bytes:
    """A Word document: the title, the introduction, and per section a real table with a header row
    that repeats on every page; landscape, so the decision text has room."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading(r.title, level=1)
    d.add_paragraph(r.intro)
    if not any(rows for _, rows in r.sections):
        d.add_paragraph(r.empty)
    for heading, rows in r.sections:
        if heading:
            d.add_heading(heading, level=2)
        table = d.add_table(rows=1, cols=len(r.columns))
        table.style = "Table Grid"
        head = table.rows[0]
        pr = head._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        pr.append(repeat)
        for cell, name in zip(head.cells, r.columns):
            run = cell.paragraphs[0].add_run(name)
            run.bold = True
            run.font.size = Pt(9)
        for row in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row):
                cell.paragraphs[0].add_run(str(value)).font.size = Pt(9)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
