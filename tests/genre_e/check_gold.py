"""Self-check for set E: every gold text's words occur, in order, in its PDF's text; YAML loads;
every document has a gold entry; reruns of make_pdfs.py are byte-identical (run with --rebuild).

    /work/main/.venv/bin/python tests/genre_e/check_gold.py [--rebuild]
"""
from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import yaml

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
KINDS = {"resolution", "recommendation", "action", "commitment", "priority", "metric"}
DUE = re.compile(r"^(\d{4}-\d{2}(-\d{2})?|next-meeting|future-meeting)$")


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9%£$]+", text.lower())


def pdf_texts(path: Path) -> list[str]:
    """Readings of the PDF a reader could make: whole pages, each half-page column, table cells;
    line-end hyphens joined."""
    out = []
    with pdfplumber.open(str(path)) as pdf:
        pages, lefts, rights, cells = [], [], [], []
        for pg in pdf.pages:
            pages.append(pg.extract_text() or "")
            w = pg.width
            lefts.append(pg.crop((0, 0, w / 2, pg.height)).extract_text() or "")
            rights.append(pg.crop((w / 2, 0, w, pg.height)).extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    cells.extend(c or "" for c in row)
        cols = [x for pair in zip(lefts, rights) for x in pair]
        for t in ("\n".join(pages), "\n".join(cols), "\n".join(cells)):
            out.append(re.sub(r"-\n(?=[a-z])", "", t))
    return out


def in_order(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(any(w == h for h in it) for w in needle)


def contiguous(needle: list[str], hay: list[str]) -> bool:
    n = len(needle)
    s = " ".join(needle)
    return any(" ".join(hay[i:i + n]) == s for i in range(len(hay) - n + 1))


def main() -> int:
    gold = yaml.safe_load((HERE / "gold.yml").read_text(encoding="utf-8"))
    bad = 0
    files = {p.name for p in DOCS.glob("*.pdf")}
    seen = set()
    tally: dict[tuple[str, str], int] = {}
    for doc in gold["documents"]:
        name = doc["file"]
        seen.add(name)
        if name not in files:
            print("MISSING FILE", name)
            bad += 1
            continue
        readings = [words(t) for t in pdf_texts(DOCS / name)]
        for it in doc["items"]:
            tally[(it["tier"], it["kind"])] = tally.get((it["tier"], it["kind"]), 0) + 1
            assert it["kind"] in KINDS and it["tier"] in ("must", "should"), it
            assert it["due"] is None or DUE.match(str(it["due"])), it
            w = words(it["text"])
            if any(contiguous(w, r) for r in readings):
                continue
            if "..." not in it["text"] and any(in_order(w, r) for r in readings):
                print(f"  (gapped) {name}: {it['text'][:70]}")
                continue
            print(f"NOT FOUND {name}: {it['text']}")
            bad += 1
    for f in sorted(files - seen):
        print("NO GOLD FOR", f)
        bad += 1
    total = sum(tally.values())
    print(f"{len(gold['documents'])} documents, {total} items")
    for k in sorted(tally):
        print(f"  {k[0]:6} {k[1]:14} {tally[k]}")
    if "--rebuild" in sys.argv:
        before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in DOCS.glob("*.pdf")}
        subprocess.run([sys.executable, str(HERE / "make_pdfs.py")], check=True)
        after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in DOCS.glob("*.pdf")}
        print("rebuild byte-identical:", before == after)
        bad += before != after
    print("OK" if not bad else f"{bad} PROBLEMS")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
