"""Check genre set I: gold.yml loads, every documents/ file is annotated, and every gold text's words
appear in its document's text (pdfplumber for PDF, python-docx paragraphs + tables for DOCX, selectolax
body text for HTML, the file itself for TXT). Also re-checks that make_pdfs.py reruns byte-identically.

Run: /work/main/.venv/bin/python tests/genre_i/check_gold.py
"""
from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
KINDS = {"resolution", "recommendation", "action", "commitment", "priority", "metric"}


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9%£$€]+", text.lower().replace("\u2019", "'"))


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
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
    gold = yaml.safe_load((HERE / "gold.yml").read_text(encoding="utf-8"))
    problems = []
    files = {d["file"] for d in gold["documents"]}
    on_disk = {p.name for p in DOCS.iterdir()}
    if files != on_disk:
        problems.append(f"gold/documents mismatch: {sorted(files ^ on_disk)}")
    counts: dict[tuple[str, str], int] = {}
    for doc in gold["documents"]:
        assert set(doc["meta"]) == {"committee", "date", "item", "title"}, doc["file"]
        doc_words = set(words(document_text(DOCS / doc["file"])))
        for item in doc["items"]:
            if item["tier"] not in ("must", "should") or item["kind"] not in KINDS:
                problems.append(f"{doc['file']}: bad tier/kind {item}")
            due = item["due"]
            if not (due is None or due in ("next-meeting", "future-meeting")
                    or re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", str(due))):
                problems.append(f"{doc['file']}: bad due {due!r}")
            if not isinstance(item["tracked"], bool):
                problems.append(f"{doc['file']}: tracked not bool")
            missing = [w for w in words(item["text"]) if w not in doc_words]
            if missing:
                problems.append(f"{doc['file']}: {item['text'][:60]!r} missing {missing}")
            counts[(item["tier"], item["kind"])] = counts.get((item["tier"], item["kind"]), 0) + 1
    # byte-identical PDF rebuild
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in DOCS.glob("*.pdf")}
    subprocess.run([sys.executable, str(HERE / "make_pdfs.py")], check=True)
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in DOCS.glob("*.pdf")}
    if before != after:
        problems.append("make_pdfs.py rerun is not byte-identical")
    for p in problems:
        print("FAIL", p)
    total = sum(counts.values())
    print(f"{len(gold['documents'])} documents, {total} gold items")
    for key in sorted(counts):
        print(f"  {key[0]:6} {key[1]:14} {counts[key]}")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
