"""Check genre set H: gold.yml loads, its items are in the scorer's format, and every gold text's words
appear in its document as a reader sees it (pdfplumber for PDFs, python-docx paragraphs + table cells for
DOCX, selectolax body text for HTML, the file itself for .txt).
Run: .venv/bin/python tests/genre_h/check_gold.py"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

SET = Path(__file__).resolve().parent
DOCS = SET / "documents"
KINDS = {"resolution", "recommendation", "action", "commitment", "priority", "metric"}


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9%£$€]+", text.lower())


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    if path.suffix in (".html", ".htm"):
        from selectolax.lexbor import LexborHTMLParser

        return LexborHTMLParser(path.read_text(encoding="utf-8")).body.text(separator=" ")
    return path.read_text(encoding="utf-8")


def main() -> int:
    gold = yaml.safe_load((SET / "gold.yml").read_text(encoding="utf-8"))
    problems = []
    files = {p.name for p in DOCS.iterdir()}
    listed = [d["file"] for d in gold["documents"]]
    if sorted(listed) != sorted(files):
        problems.append(f"documents/ and gold.yml differ: {sorted(set(files) ^ set(listed))}")
    n = 0
    for doc in gold["documents"]:
        assert set(doc["meta"]) == {"committee", "date", "item", "title"}, doc["file"]
        for key in ("date", "item"):
            if not (doc["meta"][key] is None or isinstance(doc["meta"][key], str)):
                problems.append(f"{doc['file']}: meta {key} must be a string or null")
        text_words = set(words(document_text(DOCS / doc["file"])))
        for item in doc.get("items", []):
            n += 1
            if item["tier"] not in ("must", "should") or item["kind"] not in KINDS:
                problems.append(f"{doc['file']}: bad tier/kind {item}")
            due = item["due"]
            if not (due is None or isinstance(due, str)):
                problems.append(f"{doc['file']}: due must be a string (quote dates): {due!r}")
            if not (due is None or due in ("next-meeting", "future-meeting") or re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", str(due))):
                problems.append(f"{doc['file']}: bad due {due!r}")
            if item["kind"] in ("action", "commitment", "recommendation", "priority") and not item["tracked"]:
                problems.append(f"{doc['file']}: {item['kind']} must be tracked")
            if item["kind"] == "metric" and item["tracked"]:
                problems.append(f"{doc['file']}: metric must not be tracked")
            missing = [w for w in words(item["text"]) if w not in text_words]
            if missing:
                problems.append(f"{doc['file']}: {item['text'][:60]!r} missing {missing}")
    for p in problems:
        print("FAIL", p)
    print(f"{len(gold['documents'])} documents, {n} gold items, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
