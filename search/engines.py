"""The two engines behind the query layer: Whoosh (the default, pure Python) and tantivy (optional,
``pip install arising[tantivy]``). Each builds an index from entries (search/units.py), applies
changes to one, and compiles the query tree (search/query.py) to its own query objects.

An engine only ever writes to a folder nobody reads yet: search/index.py builds or copies into a
private folder and publishes it with one atomic rename, so neither engine's own crash safety matters.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from search import analysis
from search.query import All, And, Match, Not, Or, Phrase, Range, Term

# Bare words search these fields with these weights; an owner or committee named in the words counts
# less than the words of the decision itself.
DEFAULT_FIELDS = (("text", 1.0), ("title", 0.8), ("owner", 0.5), ("committee", 0.2))
PHRASE_FIELDS = (("text", 1.0), ("title", 0.8))  # an owner or committee is not searched as a phrase
FACETS = ("kind", "status", "committee_key", "owner_key")
KEYWORD = ("key", "id", "type", "kind", "status", "response", "tracked", "owner_key", "committee_key", "file",
           "public")
TEXT = ("title", "text", "owner", "committee")
INTS = ("meeting", "due", "page")
STORED = ("files", "documents", "doc_title", "minute", "paragraph", "due_raw", "response_due", "last_update", "url")


class EngineMissing(RuntimeError):
    pass


@dataclass
class Hits:
    total: int
    hits: list[tuple[float, dict]]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


def _flat(entry: dict) -> dict:
    """An entry as an engine stores it: ``document`` (a list) searched as keywords, kept as ``documents``."""
    e = dict(entry)
    docs = e.pop("document", [])
    e["documents"] = docs
    e["document"] = docs
    return e


def get(name: str):
    if name == "whoosh":
        return WhooshEngine()
    if name == "tantivy":
        try:
            import tantivy  # noqa: F401
        except ImportError:
            raise EngineMissing("the tantivy search engine is not installed; run `pip install 'arising[tantivy]'` "
                                "or set `search: {engine: whoosh}` in arising.yml") from None
        return TantivyEngine()
    raise EngineMissing(f"unknown search engine {name!r}; use whoosh or tantivy")


def _split(children):
    pos, neg = [], []
    for c in children:
        (neg if isinstance(c, Not) else pos).append(c.child if isinstance(c, Not) else c)
    return pos, neg


# ---- Whoosh -------------------------------------------------------------------------------------


class WhooshEngine:
    name = "whoosh"

    def schema(self):
        from whoosh import fields

        an = analysis.whoosh_analyzer()
        spec = {
            "key": fields.ID(stored=True, unique=True),
            "document": fields.KEYWORD(lowercase=False, commas=False, scorable=False),
        }
        for f in KEYWORD:
            spec.setdefault(f, fields.ID(stored=True))
        for f in TEXT:
            spec[f] = fields.TEXT(analyzer=an, stored=f in ("title", "text"), phrase=True)
        for f in INTS:
            spec[f] = fields.NUMERIC(int, bits=32, stored=True)
        for f in STORED:
            spec[f] = fields.STORED()
        return fields.Schema(**spec)

    @staticmethod
    def _doc(entry: dict) -> dict:
        e = _flat(entry)
        e["document"] = " ".join(e["document"])
        return e

    def build(self, path: str, entries, big: bool = False) -> None:
        from whoosh import index

        ix = index.create_in(path, self.schema())
        w = ix.writer(limitmb=256, procs=2, multisegment=True) if big else ix.writer(limitmb=256)
        for e in entries:
            w.add_document(**self._doc(e))
        w.commit()

    def apply(self, path: str, upserts: list[dict], delete_keys: list[str]) -> None:
        from whoosh import index

        ix = index.open_dir(path)
        w = ix.writer(limitmb=128)
        for k in delete_keys:
            w.delete_by_term("key", k)
        for e in upserts:
            w.delete_by_term("key", e["key"])
            w.add_document(**self._doc(e))
        w.commit()

    def open(self, path: str) -> "WhooshReader":
        from whoosh import index

        return WhooshReader(index.open_dir(path))


class WhooshReader:
    def __init__(self, ix):
        self.ix = ix
        self.an = ix.schema["text"].analyzer
        self.searcher = ix.searcher()
        self._sets: dict[str, dict[str, set[int]]] = {}

    def _facet_sets(self, fieldname: str) -> dict[str, set[int]]:
        """Each value of a facet field with its documents, read once per open index (it never changes)."""
        if fieldname not in self._sets:
            r = self.searcher.reader()
            self._sets[fieldname] = {v: set(r.postings(fieldname, v).all_ids()) for v in r.field_terms(fieldname) if v}
        return self._sets[fieldname]

    def close(self) -> None:
        self.searcher.close()

    def analyze(self, text: str) -> list[str]:
        return [t.text for t in self.an(text)]

    def doc_freq(self, fieldname: str, term: str) -> int:
        return self.searcher.doc_frequency(fieldname, term)

    def compile(self, node):
        from whoosh import query as wq

        if isinstance(node, (Term, Phrase)):
            terms = self.analyze(node.text)
            if not terms:
                return None
            targets = ((node.field, 1.0),) if node.field else DEFAULT_FIELDS if len(terms) == 1 else PHRASE_FIELDS
            qs = [wq.Term(f, terms[0], boost=b) if len(terms) == 1 else wq.Phrase(f, terms, boost=b)
                  for f, b in targets]
            return qs[0] if len(qs) == 1 else wq.Or(qs)
        if isinstance(node, Match):
            qs = [wq.Term(node.field, v) for v in node.values]
            return wq.ConstantScoreQuery(qs[0] if len(qs) == 1 else wq.Or(qs), 0.0)
        if isinstance(node, Range):
            return wq.ConstantScoreQuery(wq.NumericRange(node.field, node.lo, node.hi), 0.0)
        if isinstance(node, All):
            return wq.Every()
        if isinstance(node, Or):
            qs = [q for q in (self.compile(c) for c in node.children) if q is not None]
            return None if not qs else qs[0] if len(qs) == 1 else wq.Or(qs)
        if isinstance(node, Not):
            inner = self.compile(node.child)
            return wq.Every() if inner is None else wq.AndNot(wq.Every(), inner)
        if isinstance(node, And):
            pos, neg = _split(node.children)
            pq = [q for q in (self.compile(c) for c in pos) if q is not None]
            nq = [q for q in (self.compile(c) for c in neg) if q is not None]
            if not pq and not nq:
                return None
            p = wq.Every() if not pq else pq[0] if len(pq) == 1 else wq.And(pq)
            if not nq:
                return p
            return wq.AndNot(p, nq[0] if len(nq) == 1 else wq.Or(nq))
        raise TypeError(node)

    def search(self, node, limit: int, facets: bool = False) -> Hits:
        q = self.compile(node)
        if q is None:
            return Hits(0, [])
        # optimize=False: one pass that scores and counts; block skipping would need a second pass to count
        res = self.searcher.search(q, limit=limit, terms=False, optimize=False)
        out = Hits(len(res), [(h.score or 0.0, dict(h.fields())) for h in res])
        if facets:
            # set intersections in C, not Whoosh's per-document grouping in Python
            matched = set(self.searcher.docs_for_query(q)) if out.total else set()
            for f in FACETS:
                out.facets[f] = {v: n for v, docs in self._facet_sets(f).items() if (n := len(matched & docs))}
        return out


# ---- tantivy ------------------------------------------------------------------------------------


class TantivyEngine:
    name = "tantivy"

    def schema(self):
        import tantivy

        sb = tantivy.SchemaBuilder()
        for f in KEYWORD:
            sb.add_text_field(f, stored=True, tokenizer_name="raw", fast=f in FACETS, index_option="basic")
        sb.add_text_field("document", stored=False, tokenizer_name="raw", index_option="basic")
        for f in TEXT:
            sb.add_text_field(f, stored=f in ("title", "text"), tokenizer_name=analysis.ANALYZER_NAME,
                              index_option="position")
        for f in INTS:
            sb.add_integer_field(f, stored=True, indexed=True, fast=True)
        for f in STORED:
            if f in ("response_due", "last_update", "paragraph"):
                sb.add_integer_field(f, stored=True, indexed=False)
            else:
                sb.add_text_field(f, stored=True, tokenizer_name="raw", index_option="basic")
        return sb.build()

    def _index(self, path: str, create: bool = False):
        import tantivy

        ix = tantivy.Index(self.schema(), path=path, reuse=False) if create else tantivy.Index.open(path)
        ix.register_tokenizer(analysis.ANALYZER_NAME, analysis.tantivy_analyzer())
        return ix

    @staticmethod
    def _doc(entry: dict):
        import tantivy

        e = _flat(entry)
        d = tantivy.Document()
        for k, v in e.items():
            if k in ("minute",):
                v = str(v)
            for one in (v if isinstance(v, list) else [v]):
                if isinstance(one, bool):
                    one = str(one)
                if isinstance(one, int):
                    d.add_integer(k, one)
                else:
                    d.add_text(k, str(one))
        return d

    def build(self, path: str, entries, big: bool = False) -> None:
        ix = self._index(path, create=True)
        w = ix.writer(heap_size=256_000_000 if big else 64_000_000, num_threads=2 if big else 1)
        for e in entries:
            w.add_document(self._doc(e))
        w.commit()
        w.wait_merging_threads()

    def apply(self, path: str, upserts: list[dict], delete_keys: list[str]) -> None:
        ix = self._index(path)
        w = ix.writer(heap_size=32_000_000, num_threads=1)
        for k in list(delete_keys) + [e["key"] for e in upserts]:
            w.delete_documents_by_term("key", k)
        for e in upserts:
            w.add_document(self._doc(e))
        w.commit()
        w.wait_merging_threads()

    def open(self, path: str) -> "TantivyReader":
        return TantivyReader(self._index(path))


class TantivyReader:
    def __init__(self, ix):
        import tantivy

        self.t = tantivy
        self.ix = ix
        self.schema = ix.schema
        self.an = analysis.tantivy_analyzer()
        self.searcher = ix.searcher()

    def close(self) -> None:
        pass

    def analyze(self, text: str) -> list[str]:
        return self.an.analyze(text)

    def doc_freq(self, fieldname: str, term: str) -> int:
        return self.searcher.doc_freq(fieldname, term)

    def _text(self, fieldname: str, text: str, boost: float):
        Q = self.t.Query
        toks = self.an.pre_tokenize(text).tokens
        if not toks:
            return None
        if len(toks) == 1:
            q = Q.term_query(self.schema, fieldname, toks[0].text, index_option="freq")
        else:
            base = toks[0].position
            q = Q.phrase_query(self.schema, fieldname, [(t.position - base, t.text) for t in toks])
        return q if boost == 1.0 else Q.boost_query(q, boost)

    def compile(self, node):
        t, Q = self.t, self.t.Query
        if isinstance(node, (Term, Phrase)):
            if node.field:
                targets = ((node.field, 1.0),)
            else:
                targets = DEFAULT_FIELDS if len(self.an.analyze(node.text)) == 1 else PHRASE_FIELDS
            qs = [q for q in (self._text(f, node.text, b) for f, b in targets) if q is not None]
            if not qs:
                return None
            return qs[0] if len(qs) == 1 else Q.boolean_query([(t.Occur.Should, q) for q in qs])
        if isinstance(node, Match):
            qs = [Q.term_query(self.schema, node.field, v) for v in node.values]
            inner = qs[0] if len(qs) == 1 else Q.boolean_query([(t.Occur.Should, q) for q in qs])
            return Q.const_score_query(inner, 0.0)
        if isinstance(node, Range):
            r = Q.range_query(self.schema, node.field, t.FieldType.Integer, node.lo, node.hi)
            return Q.const_score_query(r, 0.0)
        if isinstance(node, All):
            return Q.all_query()
        if isinstance(node, Or):
            qs = [q for q in (self.compile(c) for c in node.children) if q is not None]
            return None if not qs else qs[0] if len(qs) == 1 else Q.boolean_query([(t.Occur.Should, q) for q in qs])
        if isinstance(node, Not):
            inner = self.compile(node.child)
            if inner is None:
                return Q.all_query()
            return Q.boolean_query([(t.Occur.Must, Q.all_query()), (t.Occur.MustNot, inner)])
        if isinstance(node, And):
            pos, neg = _split(node.children)
            pq = [q for q in (self.compile(c) for c in pos) if q is not None]
            nq = [q for q in (self.compile(c) for c in neg) if q is not None]
            if not pq and not nq:
                return None
            clauses = [(t.Occur.Must, q) for q in (pq or [Q.all_query()])] + [(t.Occur.MustNot, q) for q in nq]
            return clauses[0][1] if len(clauses) == 1 else Q.boolean_query(clauses)
        raise TypeError(node)

    def search(self, node, limit: int, facets: bool = False) -> Hits:
        q = self.compile(node)
        if q is None:
            return Hits(0, [])
        res = self.searcher.search(q, limit=max(1, limit), count=True)
        hits = []
        for score, addr in res.hits:
            d = self.searcher.doc(addr).to_dict()
            hits.append((float(score), {k: (v if k in ("files", "documents") else v[0]) for k, v in d.items() if v}))
        out = Hits(res.count or 0, hits)
        if facets and out.total:
            aggs = {f: {"terms": {"field": f, "size": 500}} for f in FACETS}
            got = self.searcher.aggregate(q, aggs)
            for f in FACETS:
                out.facets[f] = {b["key"]: b["doc_count"] for b in got.get(f, {}).get("buckets", []) if b["key"] != ""}
        elif facets:
            out.facets = {f: {} for f in FACETS}
        return out


def fsync_tree(path: str) -> None:
    """Flush every file of a freshly written index to disk before it is published."""
    for root, _, names in os.walk(path):
        for n in names:
            try:
                fd = os.open(os.path.join(root, n), os.O_RDONLY)
            except OSError:
                continue
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
