"""Where the index lives and how it is written: built aside, then published with one atomic rename.

    KB/.arising/search/<engine>/CURRENT        the name of the published generation (one line)
    KB/.arising/search/<engine>/gen-000007/    a generation: never changed once published
        engine/              the engine's own files
        meta.json            engine, when built, entry counts, the record files it reflects
        entries.json         key -> fingerprint of each entry (what an update compares)
        vocab.tsv            word <TAB> document frequency (did-you-mean suggestions)
    KB/.arising/search/lock                   one writer at a time (with who holds it)

A reader reads CURRENT and opens that generation; a writer builds a new generation in a private
``tmp-*`` folder (a full build, or a copy of the current one with the changes applied), flushes it to
disk, renames it into place and rewrites CURRENT atomically. A crash leaves the published index as it
was. The generation before the current one is kept, for readers that opened it a moment ago.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field


from arising import yamlio
from arising.store import KBError, KnowledgeBase, file_lock
from search import analysis, units
from search.engines import EngineMissing, fsync_tree, get

FORMAT = 1
WRITE_WAIT = 5.0
UPDATE_WAIT = 120.0
BIG = 20_000  # entries from which a build uses both cores


class SearchError(Exception):
    """A problem a user can fix; ``str()`` is one line with the remedy."""


class IndexMissing(SearchError):
    pass


def search_dir(kb: KnowledgeBase) -> str:
    return os.path.join(kb.derived_dir, "search")


def engine_name(kb: KnowledgeBase, engine: str | None = None) -> str:
    return engine or kb.config.search.engine


def engine_dir(kb: KnowledgeBase, engine: str) -> str:
    return os.path.join(search_dir(kb), engine)


def current(kb: KnowledgeBase, engine: str) -> str | None:
    """The published generation's folder, or None when there is no index."""
    base = engine_dir(kb, engine)
    try:
        with open(os.path.join(base, "CURRENT"), encoding="utf-8") as f:
            name = f.read().strip()
    except OSError:
        return None
    path = os.path.join(base, name)
    return path if name.startswith("gen-") and os.path.isdir(path) else None


def _engine(name: str):
    try:
        return get(name)
    except EngineMissing as e:
        raise SearchError(str(e)) from None


# ---- the writer lock ----------------------------------------------------------------------------


def write_lock(kb: KnowledgeBase, command: str, wait: float | None = None):
    """One writer of the search index at a time; after ``wait`` seconds say who holds it."""
    return file_lock(os.path.join(search_dir(kb), "lock"), command, WRITE_WAIT if wait is None else wait,
                     lambda who: SearchError(f"{kb.root}: the search index is being written by {who}; "
                                             "wait for it to finish and try again"))


# ---- building and updating -----------------------------------------------------------------------


@dataclass
class Report:
    engine: str
    path: str
    items: int = 0
    documents: int = 0
    meetings: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    seconds: float = 0.0
    engine_seconds: float = 0.0
    """Of ``seconds``, the time the engine itself took to build or apply the changes."""
    size: int = 0


def record_stamps(kb: KnowledgeBase) -> dict[str, list[int]]:
    out = {}
    for p in kb.record_files():
        with contextlib.suppress(OSError):
            st = os.stat(p)
            out[os.path.basename(p)] = [st.st_mtime_ns, st.st_size]
    return out


def _documents(kb: KnowledgeBase, documents):
    if documents is not None:
        return list(documents)
    try:
        return kb.documents()
    except KBError as e:
        raise SearchError(f"{e} (the search index was not changed)") from None


def _vocab(entries) -> Counter:
    df: Counter = Counter()
    for e in entries:
        seen = {w for f in ("text", "title", "owner", "committee") for w in analysis.words(e.get(f, ""))
                if len(w) >= 4 and w.isalpha()}
        df.update(seen)
    return df


def _write_sidecars(path: str, meta: dict, sigs: dict, vocab: Counter) -> None:
    """Every sidecar is written to a new file and renamed over the old name, never rewritten in place:
    an updated generation shares the unchanged files of the one before by hard links."""
    yamlio.write_bytes_atomic(os.path.join(path, "entries.json"), json.dumps(sigs, separators=(",", ":")).encode())
    yamlio.write_bytes_atomic(os.path.join(path, "vocab.tsv"),
                              "".join(f"{w}\t{n}\n" for w, n in vocab.most_common()).encode("utf-8"))
    yamlio.write_bytes_atomic(os.path.join(path, "meta.json"), json.dumps(meta, indent=1).encode())


def _link_copy(src: str, dst: str) -> None:
    """Copy a generation by hard links (both engines write new files and never change one in place;
    the sidecars are replaced by rename), falling back to a real copy where links are not possible."""
    def link(a, b):
        try:
            os.link(a, b)
        except OSError:
            shutil.copy2(a, b)

    shutil.copytree(src, dst, dirs_exist_ok=True, copy_function=link,
                    ignore=shutil.ignore_patterns("*LOCK*", "*.lock"))


def _counts(entries) -> dict:
    c = Counter(e["type"] for e in entries)
    return {"items": c["item"], "documents": c["document"], "meetings": c["meeting"]}


def _key_counts(sigs: dict) -> dict:
    c = Counter(k.split(":", 1)[0] for k in sigs)
    return {"items": c["item"], "documents": c["document"], "meetings": c["meeting"]}


def _publish(kb: KnowledgeBase, engine: str, tmp: str) -> str:
    base = engine_dir(kb, engine)
    fsync_tree(tmp)
    gens = sorted(n for n in os.listdir(base) if n.startswith("gen-"))
    n = int(gens[-1][4:]) + 1 if gens else 1
    final = os.path.join(base, f"gen-{n:06d}")
    os.rename(tmp, final)
    yamlio.write_bytes_atomic(os.path.join(base, "CURRENT"), f"gen-{n:06d}\n".encode())
    for old in gens[:-1]:  # keep the one before the new current, for readers that just opened it
        shutil.rmtree(os.path.join(base, old), ignore_errors=True)
    return final


def _tmp(kb: KnowledgeBase, engine: str) -> str:
    base = engine_dir(kb, engine)
    os.makedirs(base, exist_ok=True)
    for n in os.listdir(base):  # a build that crashed: we hold the lock, nobody else is writing
        if n.startswith("tmp-"):
            shutil.rmtree(os.path.join(base, n), ignore_errors=True)
    return tempfile.mkdtemp(prefix="tmp-", dir=base)


def dir_size(path: str) -> int:
    return sum(os.path.getsize(os.path.join(r, n)) for r, _, ns in os.walk(path) for n in ns)


def build(kb: KnowledgeBase, engine: str | None = None, documents=None, command: str = "arising index") -> Report:
    """Build the whole index aside and publish it. Raises SearchError."""
    name = engine_name(kb, engine)
    eng = _engine(name)
    t0 = time.perf_counter()
    with write_lock(kb, command):
        docs = _documents(kb, documents)
        stamps = record_stamps(kb)
        entries = units.entries(docs, kb.config)
        tmp = _tmp(kb, name)
        try:
            os.mkdir(os.path.join(tmp, "engine"))
            t1 = time.perf_counter()
            eng.build(os.path.join(tmp, "engine"), entries, big=len(entries) >= BIG)
            t_engine = time.perf_counter() - t1
            meta = {"format": FORMAT, "engine": name, "built": _now(), "updated": None, **_counts(entries),
                    "records": stamps}
            sigs = {e["key"]: [units.signature(e), e.get("document", [])] for e in entries}
            _write_sidecars(tmp, meta, sigs, _vocab(entries))
            final = _publish(kb, name, tmp)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return Report(name, final, **_counts(entries), added=len(entries), seconds=time.perf_counter() - t0,
                  engine_seconds=t_engine, size=dir_size(final))


def update(kb: KnowledgeBase, changed_ids=(), documents=None, engine: str | None = None,
           wait: float | None = None) -> Report | None:
    """Bring the published index up to date after ``ingest``, ``update``, ``remove`` and the like.

    ``changed_ids``: ids of the documents or items that changed (any mix, removed documents too); they
    are re-indexed, with every entry they can affect whose fingerprint differs from the index's: the
    other documents of the same meetings, and items due ``next-meeting`` anywhere (a new meeting
    resolves them). With no ids, every entry is compared. Either way the index ends equal to a full
    rebuild, except after a change to arising.yml (aliases, committees): run ``arising index`` then.
    ``documents``: the knowledge base's documents, if the caller has them loaded (saves reading
    every record again).

    Returns None when there is no index to keep up to date (nobody ran ``arising index``).
    Raises SearchError (one line) when another writer holds the index longer than ``wait`` seconds.
    """
    name = engine_name(kb, engine)
    if current(kb, name) is None:
        return None
    eng = _engine(name)
    t0 = time.perf_counter()
    with write_lock(kb, "arising index --update", wait=UPDATE_WAIT if wait is None else wait):
        cur = current(kb, name)
        if cur is None:
            return None
        docs = _documents(kb, documents)
        stamps = record_stamps(kb)
        try:
            with open(os.path.join(cur, "entries.json"), encoding="utf-8") as f:
                old = json.load(f)
            with open(os.path.join(cur, "meta.json"), encoding="utf-8") as f:
                meta = json.load(f)
        except (OSError, ValueError):
            raise SearchError(f"{cur}: the search index is damaged; rebuild it with `arising index`") from None
        hinted = set(changed_ids or ())
        doc_ids = {d.id for d in docs}
        item_doc = {it.id: d.id for d in docs for it in d.items()} if hinted else {}
        if hinted and hinted <= doc_ids | item_doc.keys():
            changed = {i for i in hinted if i in doc_ids} | {item_doc[i] for i in hinted if i in item_doc}
            scope = units.affected(docs, kb.config, changed, {k: v[1] for k, v in old.items()})
        else:  # no hint, or a document that is gone: compare every entry
            scope = None
        entries = units.entries(docs, kb.config, only=scope)
        new, upserts, added = {}, [], 0
        for e in entries:
            sig = [units.signature(e), e.get("document", [])]
            new[e["key"]] = sig
            was = old.get(e["key"])
            if was is None or was[0] != sig[0] or e["id"] in hinted:
                upserts.append(e)
                added += was is None
        if scope is None:
            removed = [k for k in old if k not in new]
            sigs = new
        else:
            removed = [k for k, v in old.items() if k not in new and scope.intersection(v[1])]
            sigs = {k: v for k, v in old.items() if k not in removed}
            sigs.update(new)
        counts = _key_counts(sigs)
        meta.update(counts, records=stamps, updated=_now())
        if not upserts and not removed:
            yamlio.write_bytes_atomic(os.path.join(cur, "meta.json"), json.dumps(meta, indent=1).encode())
            return Report(name, cur, **counts, seconds=time.perf_counter() - t0, size=dir_size(cur))
        tmp = _tmp(kb, name)
        try:
            _link_copy(cur, tmp)
            t1 = time.perf_counter()
            eng.apply(os.path.join(tmp, "engine"), upserts, removed)
            t_engine = time.perf_counter() - t1
            vocab = Vocabulary.load(tmp).counts
            vocab.update(_vocab(upserts))
            _write_sidecars(tmp, meta, sigs, vocab)
            final = _publish(kb, name, tmp)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return Report(name, final, **counts, added=added, changed=len(upserts) - added, removed=len(removed),
                  seconds=time.perf_counter() - t0, engine_seconds=t_engine, size=dir_size(final))


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


# ---- the vocabulary (did-you-mean) -------------------------------------------------------------


@dataclass
class Vocabulary:
    counts: Counter = field(default_factory=Counter)
    _by_len: dict | None = None

    @classmethod
    def load(cls, path: str) -> "Vocabulary":
        counts: Counter = Counter()
        with contextlib.suppress(OSError), open(os.path.join(path, "vocab.tsv"), encoding="utf-8") as f:
            for line in f:
                w, _, n = line.rstrip("\n").partition("\t")
                if w:
                    counts[w] = int(n or 1)
        return cls(counts)

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        """Index words within one edit (two for words of eight letters or more; a swap of two letters
        counts one), the most frequent first."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        if self._by_len is None:
            self._by_len = {}
            for w in self.counts:
                self._by_len.setdefault(len(w), []).append(w)
        word = word.lower()
        maxd = 1 if len(word) < 8 else 2
        pool = [w for n in range(len(word) - maxd, len(word) + maxd + 1) for w in self._by_len.get(n, ())]
        found = process.extract(word, pool, scorer=OSA.distance, score_cutoff=maxd, limit=None)
        ranked = sorted(((d, -self.counts[w], w) for w, d, _ in found if w != word))
        return [w for _, _, w in ranked[:limit]]
