"""The site at scale, side by side with a plain MkDocs build, in one run.

For 1,000 and 10,000 generated meetings (a knowledge base of generated minutes: ~6 agenda items and
~5 items each) prints:

* `arising build`: wall and CPU time (loading records, rendering and staging, mkdocs, Pagefind) and
  site size;
* a plain `mkdocs build` (Material, one-entry nav) of the same number of pages carrying the same
  words, with Material's default search plugin and without it;
* the static search in headless Chromium: bytes loaded and time to first result for five queries,
  each on a fresh page (cold: the search script and index are loaded by the query itself).

The yardstick is fair on content. It used to be one agenda item's text (~500 characters) per page,
while our pages carry much more (a meeting page holds the whole minutes, an item page its facts,
source and timeline, listings their tables), so the comparison was of unequal work. Now each plain
page is written from one of our generated pages: the same headings, the same words of every
paragraph, list item and definition, and its tables as Markdown tables (see
``page_text_as_markdown``): what a person would write by hand in plain Markdown to publish the same
content with MkDocs. Links, badges, marks and Pagefind attributes are left out, which favours the
yardstick. Times are CPU seconds (this process and its children) as well as wall seconds: on a
shared machine CPU time is the steadier measure.

Targets (issue 6): build within 1.5x of the plain build; at 10,000 meetings the static search loads
under 5 MB and answers within 1 s.

usage: python bench/bench_site.py [--sizes 1000,10000] [--keep DIR] [--no-plain] [--no-browser]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
sys.path.insert(0, TOP)

from arising.model import AgendaItem, Document, Found, Meeting, Metric, Source  # noqa: E402
from arising.records import assign_ids, new_item  # noqa: E402
from arising.store import KnowledgeBase  # noqa: E402

COMMITTEES = ["Cabinet", "Planning Committee", "Licensing Committee", "Audit and Governance Committee",
              "Children's Services Scrutiny Panel", "Adult Social Care Scrutiny Panel", "Place Scrutiny Committee",
              "Health and Wellbeing Board", "Housing Scrutiny Committee", "Corporate Overview and Scrutiny Committee",
              "Environment Committee", "Finance Committee", "Standards Committee", "Pensions Committee",
              "Economy and Regeneration Committee", "Community Safety Partnership", "Schools Forum",
              "Transport Committee", "Leisure and Culture Committee", "Employment Committee"]
OWNERS = [f"{role} {area}" for role in ("Director of", "Head of", "Service Manager for")
          for area in ("Place", "Finance", "Housing", "Highways", "Waste", "Children's Services", "Adult Care",
                       "Public Health", "Legal Services", "Parks", "Planning", "Regeneration", "Libraries",
                       "Licensing", "Community Safety", "Transport", "Education", "Revenues", "Property", "HR")]
PLACES = ["Riverside", "Mill Lane", "Tanners Row", "Hallam Road", "Brook Street", "Castle Green", "Market Square",
          "Station Road", "Abbey Fields", "Kingsmead", "Northgate", "Oakwood", "Westfield", "Longridge", "Fairholme"]
TOPICS = ["car park charges", "fostering allowances", "gritting routes", "allotment rents", "fly-tipping enforcement",
          "air quality monitoring", "bus shelter repairs", "library opening hours", "council tax support",
          "care leavers' accommodation", "street lighting", "school admissions", "affordable housing delivery",
          "food waste collection", "flood defences", "leisure centre refurbishment", "planning enforcement",
          "homelessness prevention", "town centre regeneration", "cycle lanes", "pothole repairs",
          "youth services", "domestic abuse support", "taxi licensing", "tree planting", "parking permits"]
VERBS = ["bring a report on", "consult residents on", "review", "publish a plan for", "circulate figures on",
         "arrange a site visit about", "write to the bus operator about", "draft a policy on", "cost options for"]
QUERIES = ["gritting", "allotment rents", "Kingsmead", "fostering allowances", "homelessness"]


def meeting_document(i: int, rnd: random.Random) -> Document:
    committee = COMMITTEES[i % len(COMMITTEES)]
    date = dt.date(2000, 1, 3) + dt.timedelta(days=(i // len(COMMITTEES)) * 14 + (i % len(COMMITTEES)) % 14)
    doc_id = f"m{i:06d}-minutes"
    agendas = []
    for n in range(6):
        topic = rnd.choice(TOPICS)
        place = rnd.choice(PLACES)
        owner = rnd.choice(OWNERS)
        lines = [f"{n + 1}. {topic.upper()} AT {place.upper()}",
                 f"The {owner} presented a report on {topic} at {place}. Members asked about the cost, the timetable "
                 f"and how residents near {place} had been consulted. The report set out three options and the "
                 f"risks of each, with the views of ward councillors and the {rnd.choice(PLACES)} residents' group."]
        items = []
        if n < 4:
            due = (date + dt.timedelta(days=rnd.choice([30, 60, 90, 180]))).isoformat()[:7]
            sentence = f"That the {owner} {rnd.choice(VERBS)} {topic} at {place} by {due}."
            lines += ["RESOLVED:", f"(1) {sentence}"]
            items.append(Found(kind="resolution", label="1", text=sentence, owner=owner, owner_normalised=owner, due=due,
                               tracked=True, source=Source(document=doc_id, page=1 + n // 2, line=10 * n + 4, quote=sentence),
                               rule="resolved-numbered", confidence=0.95))
        elif n == 4:
            sentence = "That the report be noted."
            lines += [f"RESOLVED: {sentence}"]
            items.append(Found(kind="resolution", text=sentence, tracked=False, rule="resolved-inline", confidence=0.9,
                               source=Source(document=doc_id, page=3, line=44, quote=sentence)))
        else:
            value = rnd.randint(40, 99)
            sentence = f"{value}% of {topic} cases had been completed within target, against a target of 90%."
            lines.append(sentence)
            items.append(Found(kind="metric", text=sentence, tracked=False, rule="metric", confidence=0.8,
                               metric=Metric(value=value, unit="%", measure=sentence),
                               source=Source(document=doc_id, page=3, line=50, quote=sentence)))
        agendas.append(AgendaItem(number=str(n + 1), minute=str(n + 1), title=f"{topic.title()} at {place}",
                                  text="\n".join(lines), items=[new_item(f, f"p{n}-{k}") for k, f in enumerate(items)]))
    doc = Document(id=doc_id, file=f"{doc_id}.pdf", sha256=f"{i:064x}", format="pdf", kind="minutes",
                   title=f"Minutes of the {committee}, {date.day} {date:%B %Y}", council="Borough of Benchley", pages=3,
                   meetings=[Meeting(committee=committee, date=date, agenda_items=agendas)])
    return doc


def make_kb(root: str, n: int) -> KnowledgeBase:
    kb = KnowledgeBase.init(root, "Borough of Benchley")
    rnd = random.Random(n)
    config = kb.config
    for i in range(n):
        doc = assign_ids(meeting_document(i, rnd), config)
        # JSON is YAML: written directly, as a generated knowledge base does not need ruamel's round trip
        with open(kb.record_path(doc.id), "w", encoding="utf-8") as f:
            json.dump(doc.model_dump(mode="json"), f)
    return kb


def du(path: str) -> int:
    total = 0
    for r, _, names in os.walk(path):
        for name in names:
            total += os.path.getsize(os.path.join(r, name))
    return total


BLOCKS = "h1, h2, h3, p, li, dt, dd, figcaption, summary, table"


def _words(node) -> str:
    return " ".join(node.text(separator=" ").split()).replace("|", "/")


def page_text_as_markdown(source: str) -> str:
    """The words a generated page shows, written as plain Markdown the way an author would: its
    headings as headings, its tables as Markdown tables, and the text of every other paragraph, list
    item and definition as a paragraph. Links and markup are left out (a generous yardstick)."""
    from selectolax.lexbor import LexborHTMLParser

    body = source.split("\n---\n", 1)[1] if source.startswith("---\n") else source
    tree = LexborHTMLParser(body)
    out = []
    for node in tree.css(BLOCKS):
        up, inside = node.parent, False
        while up is not None:
            if up.tag == "table":
                inside = True
                break
            up = up.parent
        if inside:
            continue
        if node.tag == "table":
            rows = [[_words(c) for c in tr.css("th, td")] for tr in node.css("tr")]
            rows = [r for r in rows if r]
            if rows:
                width = max(len(r) for r in rows)
                rows = [r + [""] * (width - len(r)) for r in rows]
                out.append("\n".join(["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
                                     + ["| " + " | ".join(r) + " |" for r in rows[1:]]))
            continue
        if node.tag in ("p", "li", "dd", "figcaption") and any(
                n.mem_id != node.mem_id for n in node.css("p, li, dd, h2, h3, table")):
            continue  # the text is in its inner blocks
        text = _words(node)
        if text:
            out.append({"h1": "# ", "h2": "## ", "h3": "### "}.get(node.tag, "") + text)
    h1 = next((i for i, t in enumerate(out) if t.startswith("# ")), None)
    out.insert(0, out.pop(h1) if h1 is not None else "# Page")
    return "\n\n".join(out) + "\n"


def plain_project(root: str, sources: list[str], search: bool) -> str:
    """A plain MkDocs Material project (one-entry nav) with one Markdown page per generated page of
    ours, each carrying the same words as that page (see ``page_text_as_markdown``)."""
    docs = os.path.join(root, "docs")
    os.makedirs(os.path.join(docs, "p"), exist_ok=True)
    with open(os.path.join(docs, "index.md"), "w") as f:
        f.write("# Home\n\nA plain site.\n")
    for i, text in enumerate(sources):
        with open(os.path.join(docs, "p", f"{i:06d}.md"), "w") as f:
            f.write(page_text_as_markdown(text))
    cfg = os.path.join(root, "mkdocs.yml")
    with open(cfg, "w") as f:
        f.write("site_name: Plain\ntheme:\n  name: material\n  font: false\nnav:\n  - Home: index.md\n"
                + ("" if search else "plugins: []\n"))
    return cfg


def cpu() -> float:
    """CPU seconds used so far by this process and its finished children: a fair measure on a shared
    machine, where wall time depends on what else runs."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run_plain(cfg: str) -> tuple[float, float]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    t, c = time.perf_counter(), cpu()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", cfg], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t, cpu() - c


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def browser_search(site_dir: str, queries: list[str]) -> list[tuple[str, int, float, int]]:
    """(query, bytes of the search bundle loaded, ms from Enter to the first result on a page opened
    fresh, ms from opening ``search/?q=`` to the first result, results shown) per query."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("  (browser: playwright is not installed; pip install playwright)")
        return []
    if not os.path.exists("/usr/bin/chromium"):
        print("  (browser: /usr/bin/chromium is missing; apt-get install chromium)")
        return []
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "-d", site_dir],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = []
    try:
        time.sleep(0.8)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync"])
            for q in queries:
                ctx = browser.new_context()
                page = ctx.new_page()
                loaded = []
                page.on("response", lambda r: loaded.append(r) if "/pagefind/" in r.url else None)
                page.goto(f"http://127.0.0.1:{port}/search/")
                page.wait_for_selector("#arising-search p")
                page.wait_for_load_state("networkidle")
                t0 = page.evaluate("performance.now()")
                page.fill("#arising-search-q", q)
                page.press("#arising-search-q", "Enter")
                page.wait_for_selector(".arising-results li", timeout=30000)
                t1 = page.evaluate("performance.now()")
                n = page.locator(".arising-results li").count()
                # and cold: opening search/?q= in a fresh page, from navigation to the first result
                cold = ctx.new_page()
                cold.goto(f"http://127.0.0.1:{port}/search/?q={q.replace(' ', '+')}")
                cold.wait_for_selector(".arising-results li", timeout=30000)
                whole = cold.evaluate("performance.now()")
                page.wait_for_timeout(300)
                size = 0
                for r in loaded:
                    try:
                        size += len(r.body())
                    except Exception:
                        pass
                out.append((q, size, t1 - t0, whole, n))
                ctx.close()
            browser.close()
    finally:
        server.terminate()
        server.wait()
    return out


def browser_tracker(site_dir: str) -> tuple[int, float, float] | None:
    """(bytes of tracker.json, ms from opening the tracker to its first rows, ms to filter by status)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not os.path.exists("/usr/bin/chromium"):
        return None
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "-d", site_dir],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.8)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/tracker/")
            page.wait_for_selector("tbody tr", timeout=60000)
            first = page.evaluate("performance.now()")
            t0 = page.evaluate("performance.now()")
            page.select_option("#arising-t-status", "open")
            page.wait_for_function("location.hash.indexOf('status=open') >= 0")
            t1 = page.evaluate("performance.now()")
            browser.close()
        return os.path.getsize(os.path.join(site_dir, "data", "tracker.json")), first, t1 - t0
    finally:
        server.terminate()
        server.wait()


def bench(n: int, work: str, plain: bool, browser: bool) -> None:
    from arising import site

    print(f"\n== {n:,} meetings")
    kb_root = os.path.join(work, f"kb-{n}")
    t = time.perf_counter()
    kb = make_kb(kb_root, n)
    print(f"  generated the knowledge base in {time.perf_counter() - t:.1f} s")
    t, c = time.perf_counter(), cpu()
    built = site.build(kb, as_of=dt.date(2026, 1, 1))
    total, total_cpu = time.perf_counter() - t, cpu() - c
    size = du(built.site_dir)
    pf = du(os.path.join(built.site_dir, "pagefind"))
    tm = built.timings
    print(f"  arising build: {total:.1f} s wall, {total_cpu:.1f} s CPU for {built.pages:,} pages (wall: load+render+stage {tm['stage']:.1f} s, "
          f"mkdocs {tm['mkdocs']:.1f} s, pagefind {tm['search']:.1f} s); site {size / 1e6:.0f} MB "
          f"(search bundle {pf / 1e6:.1f} MB)")
    if plain:
        staged_docs = os.path.join(built.staging, "docs")
        sources = []
        for r, _, names in os.walk(staged_docs):
            for name in sorted(names):
                if name.endswith(".md") and os.path.join(r, name) != os.path.join(staged_docs, "index.md"):
                    with open(os.path.join(r, name), encoding="utf-8") as f:
                        sources.append(f.read())
        results = {}
        for search in (True, False):
            proj = os.path.join(work, f"plain-{n}-{'search' if search else 'nosearch'}")
            cfg = plain_project(proj, sources, search)
            secs, secs_cpu = run_plain(cfg)
            results[search] = (secs, secs_cpu, du(os.path.join(proj, "site")))
            shutil.rmtree(proj)
        (w1, c1, z1), (w0, c0, z0) = results[True], results[False]
        print(f"  plain mkdocs build, {len(sources) + 1:,} pages of the same words: {w1:.1f} s wall, {c1:.1f} s CPU, {z1 / 1e6:.0f} MB with "
              f"Material's search plugin; {w0:.1f} s wall, {c0:.1f} s CPU, {z0 / 1e6:.0f} MB without")
        print(f"  ratio arising/plain (CPU): {total_cpu / c1:.2f}x against plain with search, {total_cpu / c0:.2f}x without; "
              f"(wall: {total / w1:.2f}x, {total / w0:.2f}x)")
    if browser and built.search:
        for q, size, ms, whole, hits in browser_search(built.site_dir, QUERIES):
            print(f"  search {q!r}: {size / 1024:.0f} KB loaded; first result {ms:.0f} ms after Enter, "
                  f"{whole:.0f} ms after opening search/?q= in a new tab ({hits} shown)")
        tr = browser_tracker(built.site_dir)
        if tr:
            print(f"  tracker: data {tr[0] / 1e6:.1f} MB; first rows {tr[1]:.0f} ms after opening the page; "
                  f"filtering by status {tr[2]:.0f} ms")
    shutil.rmtree(kb_root)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and keep it")
    ap.add_argument("--no-plain", action="store_true")
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()
    work = args.keep or tempfile.mkdtemp(prefix="bench-site-")
    os.makedirs(work, exist_ok=True)
    try:
        for n in [int(x) for x in args.sizes.split(",")]:
            bench(n, work, not args.no_plain, not args.no_browser)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
