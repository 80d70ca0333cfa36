"""Ingest speed, side by side with its yardsticks, in one run on the same files.

Prints pages per second for `arising ingest` (all cores) next to pdfplumber's bare extract_text and
pdftotext (a process per file, the practical limit); documents per second for HTML/text; and how
much faster `arising reextract` (no PDF read) and an unchanged re-ingest are than the first ingest.

Every figure is a fresh `arising` process, as a user runs it. `arising reextract` is measured for a
CHANGED extractor: ARISING_EXTRACTOR_SALT changes the extraction stages' fingerprint, as a code change
would, so every record is re-extracted and rewritten (the run checks that it reports every document
updated). The unchanged re-ingest must report every document unchanged.

Targets (issue 2): ingest >= 2x bare pdfplumber; reextract >= 20x faster than the first ingest;
unchanged re-ingest >= 100x faster.

usage: python bench/bench_ingest.py [--shared DIR]
"""
from __future__ import annotations

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
BIN = os.path.join(os.path.dirname(sys.executable), "arising")


def pdf_files(shared: str) -> list[str]:
    files = sorted(glob.glob(os.path.join(shared, "corpus", "pdf", "*.pdf")))
    files += sorted(glob.glob(os.path.join(TOP, "examples", "wexcombe", "documents", "*.pdf")))
    return files


def text_files(shared: str) -> list[str]:
    files = sorted(glob.glob(os.path.join(shared, "seeds", "*.txt")))
    files += sorted(glob.glob(os.path.join(shared, "corpus", "pages", "*.txt")))
    files += sorted(glob.glob(os.path.join(shared, "corpus", "html", "*.html")))
    return files


def page_counts(files: list[str]) -> dict[str, int]:
    import pypdfium2 as pdfium

    out = {}
    for f in files:
        try:
            doc = pdfium.PdfDocument(f)
            out[f] = len(doc)
            doc.close()
        except Exception:
            out[f] = 0
    return out


def time_pdfplumber(files: list[str]) -> float:
    import pdfplumber

    t = time.perf_counter()
    for f in files:
        try:
            with pdfplumber.open(f) as pdf:
                for page in pdf.pages:
                    page.extract_text()
        except Exception:
            pass
    return time.perf_counter() - t


def time_pdftotext(files: list[str]) -> float | None:
    if not shutil.which("pdftotext"):
        return None
    t = time.perf_counter()
    for f in files:
        subprocess.run(["pdftotext", "-q", f, "-"], capture_output=True)
    return time.perf_counter() - t


def run(args: list[str], env: dict | None = None) -> tuple[float, str]:
    t = time.perf_counter()
    out = subprocess.run([BIN, *args], capture_output=True, text=True, env=env)
    return time.perf_counter() - t, out.stdout


def count(summary: str, row: str) -> int:
    """A row's count in the ingest summary table (0 when absent)."""
    for line in summary.splitlines():
        cells = [c.strip() for c in line.strip("│┃ ").split("│")]
        if len(cells) == 2 and cells[0] == row:
            return int(cells[1])
    return 0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(TOP, "..", "shared"))
    a = ap.parse_args()
    pdfs, texts = pdf_files(a.shared), text_files(a.shared)
    if not pdfs:
        sys.exit("no PDFs found: put ../shared beside the repository or run make demo first")
    pages = page_counts(pdfs)
    readable = [f for f in pdfs if pages[f]]
    n_pages = sum(pages.values())
    print(f"{len(pdfs)} PDFs, {n_pages} pages; {len(texts)} HTML/text documents; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.1f}")
    if os.environ.get("PYTHONDONTWRITEBYTECODE") and not os.path.isdir(os.path.join(TOP, "ingest", "__pycache__")):
        print("note: PYTHONDONTWRITEBYTECODE is set and ingest/ has no __pycache__: every command compiles the "
              "sources again (~0.07 s), which an installed arising does not")
    print()

    rows = []
    t_plumber = time_pdfplumber(readable)
    t_pdftotext = time_pdftotext(readable)
    with tempfile.TemporaryDirectory() as tmp:
        kb = os.path.join(tmp, "kb")
        subprocess.run([BIN, "init", kb], capture_output=True, check=True)
        t_ingest_pdf, _ = run(["ingest", "--kb", kb, *pdfs])
        t_ingest_text, _ = run(["ingest", "--kb", kb, *texts])
        t_first = t_ingest_pdf + t_ingest_text
        n_docs = len(os.listdir(os.path.join(kb, "records")))
        t_unchanged, out = run(["ingest", "--kb", kb, *pdfs, *texts])
        if count(out, "documents unchanged") != n_docs:
            sys.exit(f"the unchanged re-ingest did not find all {n_docs} documents unchanged:\n{out}")
        salted = {**os.environ, "ARISING_EXTRACTOR_SALT": f"bench-{time.time_ns()}"}
        t_reextract, out = run(["reextract", "--kb", kb], env=salted)
        if count(out, "documents updated") != n_docs:
            sys.exit(f"reextract with a changed extractor did not update all {n_docs} documents:\n{out}")

    rows.append(("arising ingest (PDF, all cores)", f"{n_pages / t_ingest_pdf:8.1f} pages/s", f"{t_ingest_pdf:7.2f} s"))
    rows.append(("pdfplumber extract_text (bare)", f"{n_pages / t_plumber:8.1f} pages/s", f"{t_plumber:7.2f} s"))
    if t_pdftotext:
        rows.append(("pdftotext (process per file)", f"{n_pages / t_pdftotext:8.1f} pages/s", f"{t_pdftotext:7.2f} s"))
    else:
        rows.append(("pdftotext", "not installed (apt-get install poppler-utils)", ""))
    rows.append(("arising ingest (HTML/text)", f"{len(texts) / t_ingest_text:8.1f} docs/s", f"{t_ingest_text:7.2f} s"))
    rows.append(("first ingest, all documents", "", f"{t_first:7.2f} s"))
    rows.append(("arising reextract (changed extractor)", f"{t_first / t_reextract:8.1f}x faster", f"{t_reextract:7.2f} s"))
    rows.append(("unchanged re-ingest", f"{t_first / t_unchanged:8.1f}x faster", f"{t_unchanged:7.2f} s"))
    width = max(len(r[0]) for r in rows)
    for name, rate, secs in rows:
        print(f"{name:<{width}}  {rate:<22} {secs}")
    print()
    print(f"ingest vs bare pdfplumber: {t_plumber / t_ingest_pdf:.1f}x (target >= 2x)")
    print(f"reextract vs first ingest: {t_first / t_reextract:.1f}x (target >= 20x)")
    print(f"unchanged re-ingest vs first ingest: {t_first / t_unchanged:.1f}x (target >= 100x)")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (other work on the machine slows every figure)")


if __name__ == "__main__":
    main()
