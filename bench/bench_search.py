"""Search speed: Whoosh, tantivy and SQLite FTS5 (the standard library's yardstick) on the same
synthetic council, in one run.

For 100,000 items and again for 20,000 (a typical council), each engine in its own process:
index build time, index size, peak memory of the build, query latency p50/p95 for 500 mixed queries
(words, phrases, field filters, misspellings) through the search layer (`arising search`: parse, check,
did-you-mean, rank, snippets, RAG) and with the API's facets, and an incremental update of 100
changed items.

Targets (issue 5): p95 < 50 ms for every query type with tantivy and < 100 ms with Whoosh at 20,000
items; an incremental update of 100 changed items < 2 s with either.

The synthetic council: 9 committees meeting monthly, about 20 items a meeting under 4-8 agenda items,
written from minutes-style templates over a council vocabulary, with a long tail of rare words
(street and scheme names, Zipf-distributed) so the vocabulary looks like ten years of real minutes.

usage: python bench/bench_search.py [--sizes 100000,20000] [--engines whoosh,tantivy,fts5] [--queries 500]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
sys.path.insert(0, TOP)

# ---- the synthetic council ----------------------------------------------------------------------

COMMITTEES = [
    ("Cabinet", "cabinet"), ("Children's Services Scrutiny Panel", "cssp"),
    ("Place and Environment Overview and Scrutiny Committee", "peosc"), ("Planning Committee", "planning"),
    ("Audit and Governance Committee", "agc"), ("Health and Wellbeing Board", "hwb"),
    ("Adult Social Care Scrutiny Panel", "ascsp"), ("Licensing Committee", "licensing"),
    ("Corporate Parenting Panel", "cpp"),
]
OWNERS = {
    "Director of Place": ["DoP", "H Marsh"], "Head of Highways": ["O Pritchard"],
    "Head of Waste and Street Scene": ["CB", "C Barker"], "Transport Policy Manager": ["NQ"],
    "Head of Parks and Open Spaces": ["T Farrant"], "Director of Children's Services": ["DCS"],
    "Head of Safeguarding and Quality Assurance": ["F Lacey"], "Performance and Intelligence Manager": ["JT"],
    "Head of Early Help": ["GN"], "Head of Fostering and Adoption": ["S Rai"], "Director of Finance": ["S Leverett"],
    "Head of Planning": ["PL"], "Chief Internal Auditor": ["IA"], "Director of Public Health": ["DPH"],
    "Head of Housing": ["HH"], "Licensing Manager": ["LM2"], "Head of Adult Social Care": ["ASC"],
    "Head of Customer Services": ["CS"], "Environmental Protection Manager": ["EPM"], "Head of Leisure": ["HL"],
}
TOPICS = """car park charges|gritting routes|winter service plan|highways maintenance programme|pothole repairs|
recycling rate|food waste collection|garden waste subscription|fly-tipping enforcement|street cleansing|
LED street lighting|residents parking scheme|bus punctuality|concessionary fares|cycle lanes|footpath repairs|
flood risk management strategy|surface water drainage|parks and open spaces strategy|play area replacement|
leisure centre membership|library opening hours|temporary accommodation|homelessness prevention|
affordable housing delivery|planning enforcement|conservation area appraisal|town centre regeneration|
masterplan consultation|medium term financial strategy|revenue budget monitoring|capital programme|
council tax support scheme|business rates relief|fees and charges|earmarked reserves|procurement strategy|
contract management|internal audit plan|risk register|annual governance statement|complaints and compliments|
ombudsman annual review|scrutiny work programme|task and finish group|care leavers local offer|
foster carer recruitment|fostering allowances|adoption support|placement sufficiency strategy|
children in care reviews|independent reviewing officer caseloads|early help waiting times|single assessments|
school attendance|persistent absence|exclusions and suspensions|special educational needs transport|
elective home education|youth service|adult social care charging|domiciliary care market|carers strategy|
hospital discharge|public health grant|air quality monitoring|diffusion tube results|noise complaints|
taxi licensing policy|street trading|community safety partnership|CCTV replacement|antisocial behaviour|
domestic abuse refuges|climate emergency action plan|carbon reduction|electric vehicle charging points|
solar panels on council buildings|workforce strategy|sickness absence|apprenticeship levy|digital strategy|
customer contact centre|performance dashboard|equality impact assessment|cemetery capacity|allotment waiting list|
market traders|events programme|museum collections|arts grants|swimming pool refurbishment|
voluntary sector grants|mental health support|dementia friendly communities|loneliness|rough sleeping""".replace("\n", "").split("|")
MEASURES = ["reviews held within timescales", "assessments completed on time", "complaints answered within 10 days",
            "invoices paid within 30 days", "planning applications decided in time", "calls answered within 2 minutes",
            "collections made on the scheduled day", "repairs completed within target"]
SYLLABLES = ("ba cor lin dre mo tash vel quin rum sto pel ard wick ton ham ley ford bur gat hol mer nor pen rad "
             "sel tre val wen yar zel brock cran dun fen gil har kel lom mar nes ort pry rill shaw thorn ul vern").split()
STREETS = ("Road", "Street", "Lane", "Avenue", "Close", "Way", "Park", "Green")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


class Words:
    """A long tail of made-up proper names (streets, schemes, sites), drawn Zipf-like."""

    def __init__(self, rng: random.Random, n: int):
        seen: set[str] = set()
        while len(seen) < n:
            seen.add("".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3, 3, 4)))).capitalize())
        self.words = sorted(seen)
        rng.shuffle(self.words)
        self.rng = rng

    def one(self) -> str:
        i = int(self.rng.paretovariate(0.6)) - 1
        return self.words[i % len(self.words)]


def _item_text(rng: random.Random, kind: str, words: Words, owner: str, initials: str, committee: str,
               year: int) -> tuple[str, str | None]:
    topic = rng.choice(TOPICS)
    topic2 = rng.choice(TOPICS)
    place = f"{words.one()} {rng.choice(STREETS)}"
    month = rng.choice(MONTHS)
    when = f"{month} {year + rng.choice((0, 0, 1))}"
    due = f"{year + (0 if rng.random() < 0.7 else 1)}-{rng.randint(1, 12):02d}"
    if kind == "resolution":
        text = rng.choice([
            f"That the report on {topic} be noted.",
            f"That the {owner} bring a report on {topic} at {place} to the {committee} by {when}.",
            f"That the {topic} for {words.one()} be approved, subject to the {topic2} being reviewed.",
            f"That consideration of the {topic} be deferred to the next meeting of the {committee}.",
        ])
        return text, (due if "by" in text else "next-meeting" if "next meeting" in text else None)
    if kind == "recommendation":
        return (f"That the Committee recommends to Cabinet that the {topic} be extended to {place} and that "
                f"the {topic2} be reviewed by {when}.", due)
    if kind == "action":
        return f"{initials} to circulate the {topic} figures for {place} to all members by {when}.", due
    if kind == "commitment":
        return (f"The {owner} undertook to bring the {topic} for the {words.one()} scheme back to the {committee} "
                f"in {when}.", due)
    if kind == "priority":
        return f"Improve the {topic} so that {topic2} in {words.one()} ward meets the target.", None
    pct = rng.randint(40, 99)
    return (f"{pct}% of {rng.choice(MEASURES)} for {topic} at {place}, against a target of {min(99, pct + rng.randint(-10, 15))}%.",
            None)


KINDS = ["resolution"] * 45 + ["recommendation"] * 8 + ["action"] * 20 + ["commitment"] * 10 + ["priority"] * 5 + ["metric"] * 12


def council(n_items: int, seed: int = 5):
    """(config, documents): minutes of monthly meetings of nine committees, ``n_items`` items in all."""
    from arising.config import Config
    from arising.model import AgendaItem, Document, Found, Item, Meeting, Source

    rng = random.Random(seed)
    words = Words(rng, max(2000, n_items // 3))
    config = Config.model_validate({
        "council": "Borough of Benchford",
        "committees": [{"name": n, "slug": s} for n, s in COMMITTEES],
        "owners": OWNERS,
    })
    owners = list(OWNERS)
    docs, made, day = [], 0, dt.date(2015, 1, 6)
    while made < n_items:
        for c_i, (cname, cslug) in enumerate(COMMITTEES):
            if made >= n_items:
                break
            date = day + dt.timedelta(days=c_i * 2)
            doc_id = f"{cslug}-{date.isoformat()}-minutes"
            agenda = []
            for a_i in range(rng.randint(4, 8)):
                minute = str(10 + a_i)
                topic = rng.choice(TOPICS)
                title = f"{topic[0].upper()}{topic[1:]} {words.one()}" if rng.random() < 0.3 else topic.capitalize()
                items = []
                for k in range(rng.randint(1, 6)):
                    kind = rng.choice(KINDS)
                    owner = rng.choice(owners)
                    text, due = _item_text(rng, kind, words, owner, OWNERS[owner][0], cname, date.year)
                    tracked = kind not in ("metric",) and not text.endswith("be noted.")
                    item_id = f"{cslug}-{date.isoformat()}-{minute}-{k + 1}"
                    items.append(Item.model_construct(
                        id=item_id, status="open" if tracked else "noted", response=None,
                        found=Found.model_construct(kind=kind, label=str(k + 1), text=text, owner=owner,
                                                    owner_normalised=owner, due=due, tracked=tracked,
                                                    source=Source.model_construct(document=doc_id, page=1 + a_i // 3,
                                                                                  paragraph=None, line=k + 1, quote=text),
                                                    rule="bench", confidence=0.9, needs_review=False, ocr=False,
                                                    metric=None),
                        **_defaults()))
                    made += 1
                discussion = (f"Members discussed the {topic} and asked about the {rng.choice(TOPICS)} at "
                              f"{words.one()} {rng.choice(STREETS)}.")
                agenda.append(AgendaItem.model_construct(number=minute, minute=minute, title=title,
                                                         text=discussion + "\n" + "\n".join(i.found.text for i in items),
                                                         items=items))
            docs.append(Document.model_construct(
                id=doc_id, file=f"{doc_id}.pdf", url=None, sha256="0" * 64, format="pdf", kind="minutes",
                title=f"{cname} - Minutes - {date.day} {date:%B %Y}", council="Borough of Benchford", body=None,
                pages=3, ocr=False, confidential=False, warnings=[], extractor="bench",
                meetings=[Meeting.model_construct(committee=cname, date=date, agenda_items=agenda)]))
        day += dt.timedelta(days=30)
    return config, docs


def _defaults() -> dict:
    from arising.model import Edits, Links

    return {"edits": Edits(), "history": [], "links": Links(), "sources": [], "missing": False}


# ---- the queries ---------------------------------------------------------------------------------

STOP = {"the", "of", "to", "and", "a", "for", "at", "by", "be", "that", "in", "on", "all", "so", "back"}


def queries(docs, n: int, seed: int = 11) -> list[tuple[str, str]]:
    """(type, query): words, phrases, field filters and misspellings in equal shares."""
    rng = random.Random(seed)
    items = [it for d in docs for it in d.items()]
    vocab = {w.lower() for it in items[:: max(1, len(items) // 20000)] for w in re.findall(r"[A-Za-z]+", it.found.text)}
    out = []
    for i in range(n):
        it = rng.choice(items)
        ws = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]+", it.found.text) if w.lower() not in STOP]
        t = ("words", "phrase", "field", "typo")[i % 4]
        if t == "words":
            q = " ".join(rng.sample(ws, min(len(ws), rng.randint(1, 3))))
        elif t == "phrase":
            raw = it.found.text.rstrip(".").split()
            for _ in range(20):
                j = rng.randrange(0, max(1, len(raw) - 3))
                span = raw[j:j + rng.randint(2, 3)]
                if sum(w.lower().strip(",") not in STOP for w in span) >= 2:
                    break
            q = '"' + " ".join(span).strip(",") + '"'
        elif t == "field":
            owner, cmt = rng.choice(list(OWNERS)), rng.choice(COMMITTEES)[1]
            q = rng.choice([
                f"{rng.choice(ws)} status:open", f'owner:"{owner}" {rng.choice(ws)}', f"kind:action committee:{cmt}",
                f"{rng.choice(ws)} due:<{rng.randint(2016, 2024)}-01-01", f"meeting:{rng.randint(2015, 2024)} {rng.choice(ws)}",
                f"status:open kind:recommendation {rng.choice(ws)}", f"owner:{OWNERS[owner][0]} due:>2020-06",
            ])
        else:
            long = [w for w in ws if len(w) >= 6 and w.isalpha()] or ["gritting"]
            q = _typo(rng, rng.choice(long), vocab)
        out.append((t, q))
    return out


def _typo(rng: random.Random, w: str, vocab: set[str]) -> str:
    for _ in range(20):
        i = rng.randrange(1, len(w) - 1)
        op = rng.choice(("drop", "swap", "sub"))
        if op == "drop":
            t = w[:i] + w[i + 1:]
        elif op == "swap":
            t = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        else:
            t = w[:i] + rng.choice("aeiourstnl") + w[i + 1:]
        if t.lower() not in vocab:
            return t.lower()
    return w.lower() + "x"


# ---- measuring -------------------------------------------------------------------------------------


def rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class Peak:
    """The highest resident memory while the block runs, sampled every 20 ms."""

    def __enter__(self):
        self.base = self.peak = rss()
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()
        return self

    def _run(self):
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, rss())

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()
        self.peak = max(self.peak, rss())

    @property
    def extra(self) -> int:
        return self.peak - self.base


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def worker(engine: str, size: int, n_queries: int) -> dict:
    import search
    from arising.store import KnowledgeBase

    t = time.perf_counter()
    config, docs = council(size)
    qs = queries(docs, n_queries)
    gen = time.perf_counter() - t
    root = tempfile.mkdtemp(prefix=f"bench-search-{engine}-")
    out = {"engine": engine, "size": size, "generate_s": gen}
    try:
        kb = KnowledgeBase.init(os.path.join(root, "kb"))
        kb._config = config
        if engine == "fts5":
            return {**out, **fts5(kb, config, docs, qs)}
        with Peak() as mem:
            r = search.build(kb, engine=engine, documents=docs)
        out.update(build_s=r.seconds, engine_build_s=r.engine_seconds, size_bytes=r.size, peak_extra=mem.extra,
                   peak_rss=mem.peak, entries=r.items + r.documents + r.meetings)
        lat: dict[str, list[float]] = {}
        api: list[float] = []
        with search.open_index(kb, engine) as s:
            for typ, q in qs[:20]:  # warm the caches as a running server would
                s.search(q, limit=20)
            for typ, q in qs:
                t = time.perf_counter()
                s.search(q, limit=20)
                lat.setdefault(typ, []).append((time.perf_counter() - t) * 1000)
            for typ, q in qs:
                t = time.perf_counter()
                s.search(q, limit=20, facets=True)
                api.append((time.perf_counter() - t) * 1000)
        out["latency"] = {k: (statistics.median(v), pct(v, 95)) for k, v in lat.items()}
        allq = [x for v in lat.values() for x in v]
        out["latency"]["all"] = (statistics.median(allq), pct(allq, 95))
        out["api"] = (statistics.median(api), pct(api, 95))
        # an incremental update: 100 items change status and wording
        rng = random.Random(3)
        changed = set()
        pairs = [(d, it) for d in docs for it in d.items()]
        for d, it in rng.sample(pairs, 100):
            it.status = "resolved"
            it.found.text = it.found.text.rstrip(".") + " (completed)."
            changed.add(it.id)
        r = search.update(kb, sorted(changed), documents=docs, engine=engine)
        out.update(update_s=r.seconds, engine_update_s=r.engine_seconds, update_entries=r.added + r.changed + r.removed)
        with search.open_index(kb, engine) as s:
            out["update_ok"] = s.search("completed status:resolved", limit=200)["total"] >= 100
        return out
    finally:
        shutil.rmtree(root, ignore_errors=True)


# ---- SQLite FTS5, the yardstick -------------------------------------------------------------------


def fts5(kb, config, docs, qs) -> dict:
    """The same entries in an FTS5 table (porter stemmer) plus a plain table for the filters; queries
    are the same trees (did-you-mean expanded the same way), compiled to MATCH and WHERE."""
    from search import units
    from search.query import parse

    path = os.path.join(kb.root, "fts.db")
    with Peak() as mem:
        t = time.perf_counter()
        entries = units.entries(docs, config)
        db = sqlite3.connect(path)
        db.executescript("""
            PRAGMA journal_mode=WAL;
            CREATE VIRTUAL TABLE fts USING fts5(text, title, owner, committee, tokenize='porter unicode61');
            CREATE TABLE meta(rowid INTEGER PRIMARY KEY, key TEXT UNIQUE, kind TEXT, status TEXT, owner_key TEXT,
                              committee_key TEXT, meeting INT, due INT, stored TEXT);
        """)
        with db:
            for i, e in enumerate(entries, 1):
                db.execute("INSERT INTO fts(rowid, text, title, owner, committee) VALUES (?,?,?,?,?)",
                           (i, e.get("text", ""), e.get("title", ""), e.get("owner", ""), e.get("committee", "")))
                db.execute("INSERT INTO meta VALUES (?,?,?,?,?,?,?,?,?)",
                           (i, e["key"], e.get("kind"), e.get("status"), e.get("owner_key"), e.get("committee_key"),
                            e.get("meeting"), e.get("due"), json.dumps(e)))
            db.executescript("CREATE INDEX m1 ON meta(kind); CREATE INDEX m2 ON meta(status); "
                             "CREATE INDEX m3 ON meta(owner_key); CREATE INDEX m4 ON meta(committee_key); "
                             "CREATE INDEX m5 ON meta(meeting); CREATE INDEX m6 ON meta(due);")
        build = time.perf_counter() - t
    out = {"build_s": build, "engine_build_s": build, "size_bytes": os.path.getsize(path), "peak_extra": mem.extra,
           "peak_rss": mem.peak, "entries": len(entries)}
    # the did-you-mean expansion comes from a small tantivy/whoosh index's vocabulary: use the same
    # correction step on a Whoosh index of the same entries would cost a build; instead expand typos
    # with the vocabulary of the entries directly (what the other engines' sidecar holds)
    from collections import Counter

    from search import analysis
    from search.index import Vocabulary

    df: Counter = Counter()
    for e in entries:
        df.update({w for w in analysis.words(e.get("text", "") + " " + e.get("title", "")) if len(w) >= 4 and w.isalpha()})
    vocab = Vocabulary(df)
    lat: dict[str, list[float]] = {}
    for typ, q in qs:
        tree = parse(q, config)
        t = time.perf_counter()
        match, where, params = _compile(_expand(tree, vocab, df))
        if match:
            sql = ("SELECT m.stored FROM fts JOIN meta m ON m.rowid = fts.rowid WHERE fts MATCH ?"
                   + (" AND " + where if where else "") + " ORDER BY bm25(fts, 1.0, 0.8, 0.5, 0.2) LIMIT 20")
            rows = db.execute(sql, [match, *params]).fetchall()
        else:
            rows = db.execute("SELECT stored FROM meta m WHERE " + (where or "1") + " ORDER BY meeting DESC LIMIT 20",
                              params).fetchall()
        [json.loads(r[0]) for r in rows]
        lat.setdefault(typ, []).append((time.perf_counter() - t) * 1000)
    out["latency"] = {k: (statistics.median(v), pct(v, 95)) for k, v in lat.items()}
    allq = [x for v in lat.values() for x in v]
    out["latency"]["all"] = (statistics.median(allq), pct(allq, 95))
    t = time.perf_counter()
    with db:
        for e in entries[:100]:
            row = db.execute("SELECT rowid FROM meta WHERE key=?", (e["key"],)).fetchone()[0]
            db.execute("DELETE FROM fts WHERE rowid=?", (row,))
            db.execute("INSERT INTO fts(rowid, text, title, owner, committee) VALUES (?,?,?,?,?)",
                       (row, e.get("text", "") + " (completed)", e.get("title", ""), e.get("owner", ""), e.get("committee", "")))
            db.execute("UPDATE meta SET status='resolved' WHERE rowid=?", (row,))
    out["update_s"] = out["engine_update_s"] = time.perf_counter() - t
    db.close()
    return out


def _expand(tree, vocab, df):
    from search.query import Or, Term, transform

    def fix(leaf):
        if isinstance(leaf, Term) and leaf.field is None and len(leaf.text) >= 5 and leaf.text.isalpha() \
                and leaf.text.lower() not in df:
            alts = vocab.suggest(leaf.text)
            if alts:
                return Or((leaf, *(Term(None, a) for a in alts)))
        return leaf

    return transform(tree, fix)


def _compile(node):
    """(FTS5 MATCH expression or None, SQL WHERE or "", params)."""
    from search.query import And, Match, Not, Or, Phrase, Range, Term

    def fts(n) -> str | None:
        if isinstance(n, (Term, Phrase)):
            s = '"' + n.text.replace('"', '""') + '"'
            return f"{n.field} : {s}" if n.field in ("text", "title", "owner", "committee") else s
        if isinstance(n, Or) and all(isinstance(c, (Term, Phrase)) for c in n.children):
            return "(" + " OR ".join(fts(c) for c in n.children) + ")"
        return None

    def sql(n) -> tuple[str, list]:
        if isinstance(n, Match):
            return f"m.{n.field} IN ({','.join('?' * len(n.values))})", list(n.values)
        if isinstance(n, Range):
            parts, ps = [], []
            if n.lo is not None:
                parts.append(f"m.{n.field} >= ?")
                ps.append(n.lo)
            if n.hi is not None:
                parts.append(f"m.{n.field} <= ?")
                ps.append(n.hi)
            return " AND ".join(parts), ps
        if isinstance(n, Or):
            subs = [sql(c) if not isinstance(c, (Term, Phrase)) else
                    ("m.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)", [fts(c)]) for c in n.children]
            return "(" + " OR ".join(s for s, _ in subs) + ")", [p for _, ps in subs for p in ps]
        if isinstance(n, Not):
            s, ps = sql(n.child)
            return f"NOT ({s})", ps
        raise TypeError(n)

    children = node.children if isinstance(node, And) else (node,)
    matches, wheres, params = [], [], []
    for c in children:
        f = fts(c)
        if f is not None:
            matches.append(f)
        else:
            s, ps = sql(c)
            wheres.append(s)
            params += ps
    return (" AND ".join(matches) or None), " AND ".join(wheres), params


# ---- the report ------------------------------------------------------------------------------------


def mb(n: int) -> str:
    return f"{n / 2 ** 20:.0f} MB"


def report(results: list[dict]) -> None:
    for size in sorted({r["size"] for r in results}, reverse=True):
        rows = [r for r in results if r["size"] == size]
        print(f"\n== {size:,} items ({max(r.get('entries', 0) for r in rows):,} index entries: items, documents, meetings)")
        print(f"{'engine':<8} {'build':>8} {'(engine)':>9} {'size':>8} {'peak mem':>9}   "
              + "   ".join(f"{t + ' p50/p95 ms':>22}" for t in ("words", "phrase", "field", "typo", "all"))
              + f"   {'API p50/p95':>13}   {'update 100':>10} {'(engine)':>9}")
        for r in rows:
            if "error" in r:
                print(f"{r['engine']:<8} failed: {r['error']}")
                continue
            lat = "   ".join(f"{r['latency'][t][0]:>10.1f} / {r['latency'][t][1]:>9.1f}"
                           for t in ("words", "phrase", "field", "typo", "all"))
            api = f"{r['api'][0]:>5.1f} / {r['api'][1]:>5.1f}" if "api" in r else f"{'-':>13}"
            print(f"{r['engine']:<8} {r['build_s']:>7.1f}s {r['engine_build_s']:>8.1f}s {mb(r['size_bytes']):>8} "
                  f"{mb(r['peak_extra']):>9}   {lat}   {api:>13}   {r['update_s']:>9.2f}s {r['engine_update_s']:>8.2f}s")
    print("\nbuild: entries from the records (views, due dates) + the engine + sidecars; (engine): the engine alone.")
    print("peak mem: resident memory above what the process held before the build (the council itself).")
    print("latency: `arising search` path (parse, check, did-you-mean, engine, rank, snippets, RAG), limit 20;")
    print("         FTS5: the SQL alone (no ranking layer, snippets or RAG). API: the same with facets.")
    print("update 100: search.update() with 100 changed items (fingerprints of every entry compared, then the")
    print("         engine applies the changes to a hard-linked copy that is swapped in); (engine): the apply alone.")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,20000")
    ap.add_argument("--engines", default="whoosh,tantivy,fts5")
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--worker", nargs=2, metavar=("ENGINE", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], int(args.worker[1]), args.queries)))
        return
    results = []
    for size in [int(s) for s in args.sizes.split(",")]:
        for engine in args.engines.split(","):
            if engine == "tantivy":
                try:
                    import tantivy  # noqa: F401
                except ImportError:
                    print("tantivy: not installed (pip install 'arising[tantivy]'); skipped", file=sys.stderr)
                    continue
            t = time.perf_counter()
            print(f"running {engine} at {size:,} items ...", file=sys.stderr, flush=True)
            p = subprocess.run([sys.executable, __file__, "--worker", engine, str(size), "--queries", str(args.queries)],
                               capture_output=True, text=True)
            if p.returncode != 0:
                results.append({"engine": engine, "size": size, "error": (p.stderr.strip().splitlines() or ["?"])[-1]})
            else:
                results.append(json.loads(p.stdout.strip().splitlines()[-1]))
            print(f"  done in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    report(results)


if __name__ == "__main__":
    main()
