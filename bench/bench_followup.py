"""Follow-up detection speed: what it adds to `arising ingest` of one document, and a full
`arising review --detect`, on the example council and on knowledge bases made larger by copying the
example council's records forward in time (the same committees, three years on per copy).

usage: python bench/bench_followup.py [--copies 1,5,20]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
BIN = os.path.join(os.path.dirname(sys.executable), "arising")
sys.path.insert(0, TOP)

from arising import followup  # noqa: E402
from arising.store import KnowledgeBase  # noqa: E402


def example_kb(root: str) -> KnowledgeBase:
    subprocess.run([BIN, "init", root], check=True, capture_output=True)
    shutil.copy(os.path.join(TOP, "examples", "wexcombe", "arising.yml"), os.path.join(root, "arising.yml"))
    docs = os.path.join(TOP, "examples", "wexcombe", "documents")
    first = [os.path.join(docs, f) for f in sorted(os.listdir(docs)) if "-v2" not in f]
    subprocess.run([BIN, "ingest", "--kb", root, *first], check=True, capture_output=True)
    subprocess.run([BIN, "ingest", "--kb", root, os.path.join(docs, "place-2024-03-12-minutes-v2.pdf")],
                   check=True, capture_output=True)
    return KnowledgeBase.open(root)


def shifted(doc, k: int):
    """A copy of a record ``3 * k`` years on, with its own document and item ids."""
    d = doc.model_copy(deep=True)
    d.id = f"{doc.id}-c{k}"
    d.sha256 = f"{k:04d}" + doc.sha256[4:]
    for m in d.meetings:
        if m.date:
            m.date = m.date.replace(year=m.date.year + 3 * k)
        for a in m.agenda_items:
            for it in a.items:
                it.id = f"{it.id}-c{k}"
    return d


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", default="1,5,20", help="Sizes to try, in copies of the example council.")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        kb = example_kb(os.path.join(tmp, "kb"))
        base = kb.documents()
        print(f"{'documents':>9} {'items':>6} {'one new document':>17} {'all documents':>14} {'proposals':>9}")
        for copies in (int(c) for c in args.copies.split(",")):
            docs = [shifted(d, k) if k else d for k in range(copies) for d in base]
            last = max(docs, key=lambda d: max((m.date or dt.date.min) for m in d.meetings))
            _, one = timed(lambda: followup.Detector(docs, kb.config).propose(last))
            detector, build = timed(lambda: followup.Detector(docs, kb.config))
            ids = [d.id for d in docs]
            found, rest = timed(lambda: [p for d in docs for p in detector.propose(d, skip=ids)])
            items = sum(1 for d in docs for _ in d.items())
            print(f"{len(docs):>9} {items:>6} {one:>16.2f}s {build + rest:>13.2f}s {len(found):>9}")


if __name__ == "__main__":
    main()
