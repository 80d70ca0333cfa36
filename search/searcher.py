"""Answering a query: parse and check it, correct typos from the index's own words, run it on the
engine, rank (relevance, then open before closed, recent before old), and dress each hit with its
RAG (computed for today, never stored), a highlighted snippet and its place in the site."""
from __future__ import annotations

import datetime as dt
import json
import math
import os
import threading
from types import SimpleNamespace

from arising.store import KnowledgeBase
from arising.tracker import rag
from search import analysis
from search.index import IndexMissing, SearchError, Vocabulary, current, engine_name, record_stamps
from search.engines import EngineMissing, get
from search.query import (And, Filters, Match, Not, Or, Phrase, QueryError, Term, combine, loosen, parse,
                          text_nodes, transform)

MIN_FUZZY = 5
MAX_LIMIT = 1000
TYPE_WEIGHT = {"item": 1.0, "meeting": 0.6, "document": 0.5}
BANDS = 20  # hits within 5% of each other's relevance are ordered by status, then date
OPEN = {"open": 0, "in-progress": 0}


def _iso(n) -> str | None:
    if not n:
        return None
    n = int(n)
    return f"{n // 10000:04d}-{n // 100 % 100:02d}-{n % 100:02d}"


def _date(n) -> dt.date | None:
    return dt.date.fromisoformat(_iso(n)) if n else None


class _RagView:
    """What arising.tracker.rag reads of a View, rebuilt from the stored fields of a hit."""

    def __init__(self, f: dict):
        self.item = SimpleNamespace(status=f.get("status"), response=f.get("response"),
                                    tracked=f.get("tracked") == "yes")
        self.due_date = _date(f.get("due"))
        self.response_due = _date(f.get("response_due"))
        self._last = _date(f.get("last_update")) or _date(f.get("meeting"))

    def last_update(self):
        return self._last


class Searcher:
    """An open index. Thread-safe (queries take turns); cheap to keep open in a server."""

    def __init__(self, kb: KnowledgeBase, engine: str | None = None):
        self.kb = kb
        self.engine = engine_name(kb, engine)
        self.path = current(kb, self.engine)
        if self.path is None:
            raise IndexMissing(f"{kb.root}: no search index ({self.engine}); run `arising index` first")
        try:
            eng = get(self.engine)
        except EngineMissing as e:
            raise SearchError(str(e)) from None
        try:
            with open(os.path.join(self.path, "meta.json"), encoding="utf-8") as f:
                self.meta = json.load(f)
            self.reader = eng.open(os.path.join(self.path, "engine"))
        except (OSError, ValueError) as e:
            raise SearchError(f"{self.path}: the search index cannot be read ({e}); rebuild it with `arising index`") from None
        except Exception as e:  # an engine's own error on a damaged index
            raise SearchError(f"{self.path}: the search index is damaged ({type(e).__name__}); rebuild it with "
                              f"`arising index`") from None
        self.vocab = Vocabulary.load(self.path)
        self._lock = threading.Lock()
        self._known: dict[str, bool] = {}

    def close(self) -> None:
        self.reader.close()

    def is_current(self) -> bool:
        return current(self.kb, self.engine) == self.path

    def stale(self) -> int:
        """How many record files were added, changed or removed since the index was written."""
        now, then = record_stamps(self.kb), self.meta.get("records", {})
        return sum(1 for k in now.keys() | then.keys() if now.get(k) != then.get(k))

    # ---- typos ------------------------------------------------------------------------------

    def known(self, word: str) -> bool:
        if word not in self._known:
            terms = self.reader.analyze(word)
            self._known[word] = bool(terms) and any(self.reader.doc_freq(f, terms[0]) for f in ("text", "title", "owner"))
        return self._known[word]

    def _fixable(self, w: str) -> bool:
        return len(w) >= MIN_FUZZY and w.isalpha() and not self.known(w)

    def correct(self, node, corrections: dict[str, list[str]]):
        """A word of five letters or more that the index does not hold also searches for the index's
        closest words (so a common word never costs a fuzzy scan)."""

        def fix(leaf):
            if isinstance(leaf, Term) and leaf.field in (None, "text", "title") and self._fixable(leaf.text):
                alts = corrections.setdefault(leaf.text, self.vocab.suggest(leaf.text))
                if alts:
                    return Or((leaf, *(Term(leaf.field, a) for a in alts)))
            if isinstance(leaf, Phrase) and leaf.field in (None, "text", "title"):
                words = leaf.text.split()
                fixed = list(words)
                for i, w in enumerate(words):
                    bare = w.strip(".,;:!?'’()").lower()
                    if self._fixable(bare):
                        alts = corrections.setdefault(bare, self.vocab.suggest(bare))
                        if alts:
                            fixed[i] = alts[0]
                if fixed != words:
                    return Or((leaf, Phrase(leaf.field, " ".join(fixed))))
            return leaf

        return transform(node, fix)

    # ---- searching --------------------------------------------------------------------------

    def search(self, query: str, filters: Filters | None = None, limit: int = 20, facets: bool = False,
               as_of: dt.date | None = None, public: bool = False) -> dict:
        """The API's answer: ``{"query", "total", "results", "facets", "corrections", "notes"}``.
        ``public``: leave out what the public site leaves out (confidential and exempt items).
        Raises QueryError for a query that cannot be searched."""
        limit = max(1, min(int(limit), MAX_LIMIT))
        config = self.kb.config
        tree = parse(query, config) if query and query.strip() else None
        extra = (filters or Filters()).nodes(config)
        if tree is None and not extra:
            raise QueryError("empty query: give words to search for, or a filter such as --status open")
        if public:
            extra.append(Not(Match("public", ("no",))))
        full = combine(tree, extra)
        notes: list[str] = []
        corrections: dict[str, list[str]] = {}
        fetch = max(limit * 3, 60)
        with self._lock:
            run = self.correct(full, corrections)
            if tree is not None and _only_stop_words(tree, self.reader):
                raise QueryError(f"nothing to search for: {query.strip()!r} holds only very common words")
            hits = self.reader.search(run, fetch, facets)
            ranked, total, shown = _rank(hits.hits), hits.total, hits
            loose = loosen(full) if hits.total < limit else None
            if loose is not None:
                wide = self.correct(loose, corrections)
                more = self.reader.search(wide, fetch, facets)
                seen = {f.get("key") for _, f in hits.hits}
                partial = [(sc, f) for sc, f in more.hits if f.get("key") not in seen]
                if partial:
                    ranked += _rank(partial)
                    total, shown, run = more.total, more, loose
                    notes.append(f"{hits.total} result(s) hold every word; the others hold some of them" if hits.total
                                 else "no result holds every word; showing those that hold the most")
        corrections = {w: alts for w, alts in corrections.items() if alts}
        for w, alts in corrections.items():
            notes.append(f"{w!r} is not in the index; also searched for {', '.join(repr(a) for a in alts)}")
        marks = _hit_terms(self.correct(run, {}) if corrections else run)
        results = [self._result(score, f, marks, as_of or dt.date.today()) for score, f in ranked[:limit]]
        out = {"query": query, "total": total, "results": results}
        if facets:
            names = {"kind": "kind", "status": "status", "committee_key": "committee", "owner_key": "owner"}
            out["facets"] = {names[k]: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0])))
                             for k, v in shown.facets.items()}
        out["corrections"] = corrections
        out["notes"] = notes
        return out

    def _result(self, score: float, f: dict, marks: set[str], as_of: dt.date) -> dict:
        typ = f.get("type")
        colour = reason = None
        if typ == "item":
            colour, reason = rag(_RagView(f), as_of)
        text = f.get("text", "")
        docs = f.get("documents") or []
        if isinstance(docs, str):
            docs = docs.split()
        return {
            "id": f.get("id"), "type": typ, "kind": f.get("kind"),
            "text": text if typ == "item" else f.get("title", ""),
            "snippet": analysis.snippet(text, marks),
            "status": f.get("status"), "response": f.get("response"), "rag": colour, "rag_reason": reason,
            "owner": f.get("owner_key"), "committee": f.get("committee_key"),
            "meeting_date": _iso(f.get("meeting")), "due": f.get("due_raw"), "due_date": _iso(f.get("due")),
            "document": docs[0] if docs else None, "file": f.get("file"), "files": _list(f.get("files")),
            "title": f.get("title"),
            "minute": f.get("minute"), "page": f.get("page"), "paragraph": f.get("paragraph"),
            "url": f.get("url"), "confidential": f.get("public") == "no", "score": round(score, 4),
        }


def _list(v) -> list[str]:
    return [] if v is None else [v] if isinstance(v, str) else list(v)


def _rank(hits):
    """Relevance first (items weigh more than the documents and meetings that contain them); within
    5% of each other, open before closed, then the most recent meeting first."""
    weighted = [(s * TYPE_WEIGHT.get(f.get("type"), 1.0), f) for s, f in hits]
    top = max((s for s, _ in weighted), default=0.0)

    def key(sf):
        s, f = sf
        band = math.floor(s / top * BANDS + 1e-9) if top > 0 else 0
        state = OPEN.get(f.get("status"), 1 if f.get("type") != "item" else 2)
        return (-band, state, -(int(f.get("meeting") or 0)), -s, f.get("key", ""))

    return sorted(weighted, key=key)


def _hit_terms(node) -> set[str]:
    out: set[str] = set()
    for n in text_nodes(node):
        if n.field in (None, "text", "title"):
            out.update(analysis.terms(n.text))
    return out


def _only_stop_words(node, reader) -> bool:
    """True when every word of the query is dropped by the analyzer and nothing else constrains it."""
    leaves = []

    def walk(n):
        if isinstance(n, (And, Or)):
            for c in n.children:
                walk(c)
        elif hasattr(n, "child"):
            walk(n.child)
        else:
            leaves.append(n)

    walk(node)
    return bool(leaves) and all(isinstance(n, (Term, Phrase)) and not reader.analyze(n.text) for n in leaves)
