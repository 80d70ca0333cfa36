"""A knowledge base is a folder:

``arising.yml``   settings (council, committees and aliases, owner aliases, future meeting dates)
``sources/``      the original documents, named by content hash
``records/``      one YAML file per document, readable and editable by a clerk
``.arising/``     what is derived: the page-text store, review proposals, the search index, the lock,
                  and caches keyed by content hash (a record's validated data, the checked settings)

One lock covers the whole knowledge base: a second writer waits a few seconds, then is told who holds it.

The YAML records are the truth. A cached copy of a record is used only while the record's bytes are
exactly those it was made from (sha256), so a clerk's hand edit is always read. pydantic, the YAML
libraries and filelock are imported on first use: a command with nothing to write starts fast.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gzip
import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from typing import TYPE_CHECKING

from arising import __version__, yamlio

if TYPE_CHECKING:
    from arising.config import Config
    from arising.model import Document

CONFIG = "arising.yml"
LOCK_WAIT = 5.0
RECORD_CACHE = "record-cache"
"""Under ``.arising/``: each record version's validated data as JSON, named by its YAML's sha256."""
CATALOGUE = "catalogue.json"
STALE_CATALOGUE = "catalogue.stale.json"
"""Under ``.arising/``: the catalogue as it was before a writer that has not finished began changing
records (see :meth:`KnowledgeBase._write_catalogue`)."""


class KBError(Exception):
    """A problem with the knowledge base as a whole; ``str()`` is one line with the remedy."""


class RecordError(KBError):
    """A record file that does not validate: ``file: field: problem``."""


def record_problems(path: str) -> list[str]:
    """Every problem of one record file, as ``file: field: problem`` lines (empty when it is valid)."""
    from pydantic import ValidationError

    from arising.model import Document

    try:
        data = yamlio.plain(yamlio.load(path))
    except yamlio.YamlError as e:
        return [str(e)]
    try:
        Document.model_validate(data)
    except ValidationError as e:
        return [f"{path}: {_loc(err['loc'], data)}: {err['msg']}" for err in e.errors()]
    return []


def _loc(loc: tuple, data) -> str:
    """A pydantic error location as a clerk can find it: ``item place-2024-03-11-12-iii: status``."""
    parts, node, item_id = [], data, None
    for p in loc:
        try:
            node = node[p]
        except (KeyError, IndexError, TypeError):
            node = None
        if isinstance(node, dict) and "id" in node and "found" in node:
            item_id = node["id"]
            parts = []
            continue
        parts.append(str(p))
    field = ".".join(parts) or "record"
    return f"item {item_id}: {field}" if item_id else field


@dataclass
class Outcome:
    doc_id: str
    action: str  # new | unchanged | updated | revised
    items: int
    missing: list[str]
    replaced: str | None = None
    content_changed: bool = True
    """False when only the extractor's fingerprint changed: no item, text or place differs."""


class KnowledgeBase:
    def __init__(self, root: str):
        self.root = os.path.abspath(root)
        self.config_path = os.path.join(self.root, CONFIG)
        self.records_dir = os.path.join(self.root, "records")
        self.sources_dir = os.path.join(self.root, "sources")
        self.derived_dir = os.path.join(self.root, ".arising")
        self.text_dir = os.path.join(self.derived_dir, "text")
        self.cache_dir = os.path.join(self.derived_dir, RECORD_CACHE)
        self._config: Config | None = None
        self._locked = 0
        self._cat: dict[str, dict] | None = None  # the catalogue, kept in memory while the lock is held
        self._cat_pending = False  # the in-memory catalogue is newer than catalogue.json (written at unlock)
        self._cached: dict[str, tuple[str, bool]] = {}  # record path -> (sha256, canonical) of its cached copy
        self._canonical: dict[str, tuple[str, bytes]] = {}
        """record path -> (sha256 of its YAML, its data as JSON) for records this process read or wrote
        whose YAML is exactly ``yamlio.dumps_fast`` of that data (see :meth:`save`)."""

    # ---- opening and creating ----------------------------------------------------------------

    @classmethod
    def open(cls, root: str) -> "KnowledgeBase":
        kb = cls(root)
        if not os.path.isfile(kb.config_path):
            raise KBError(f"{kb.root}: not a knowledge base (no {CONFIG}); run `arising init {root}` or pass --kb DIR")
        return kb

    @classmethod
    def init(cls, root: str, council: str | None = None) -> "KnowledgeBase":
        kb = cls(root)
        if os.path.exists(kb.config_path):
            raise KBError(f"{kb.config_path} already exists; this folder is a knowledge base already")
        for d in (kb.records_dir, kb.sources_dir, kb.text_dir):
            os.makedirs(d, exist_ok=True)
        src = skeleton_dir()
        for name in ("mkdocs.yml", "docs"):
            s, t = os.path.join(src, name), os.path.join(kb.root, name)
            if os.path.exists(t):
                continue
            if os.path.isdir(s):
                shutil.copytree(s, t)
            else:
                shutil.copy2(s, t)
        from importlib import resources

        template = resources.files("arising") / "templates" / "arising.yml"
        cfg = yamlio.loads(template.read_text(encoding="utf-8"), CONFIG)
        if council:
            cfg["council"] = council
        yamlio.write_atomic(kb.config_path, yamlio.dumps(cfg))
        return kb

    @property
    def config(self) -> Config:
        """``arising.yml``, validated. Its checked data is cached under ``.arising/`` by the file's
        sha256 (and the reading code's), so an unchanged file is not parsed again; any edit is."""
        if self._config is None:
            from arising.config import Config, load_config

            key = self._config_key()
            cached = self._cached_config(key)
            if cached is not None:
                with contextlib.suppress(ValueError):
                    self._config = Config.model_validate(cached)
            if self._config is None:
                self._config = load_config(self.config_path)
                if key is not None:
                    with contextlib.suppress(OSError):
                        yamlio.write_bytes_atomic(self._config_cache_path(), json.dumps(
                            {"key": key, "data": self._config.model_dump(mode="json")}).encode())
        return self._config

    def config_checked(self) -> bool:
        """True when ``arising.yml`` is byte-for-byte a version already validated (no parsing, no
        pydantic): a command that only needs to know the settings are valid can go on."""
        return self._config is not None or self._cached_config(self._config_key()) is not None

    def _config_cache_path(self) -> str:
        return os.path.join(self.derived_dir, "config.json")

    def _config_key(self) -> str | None:
        h = hashlib.sha256(__version__.encode())
        try:
            with open(self.config_path, "rb") as f:
                h.update(f.read())
            here = os.path.dirname(os.path.abspath(__file__))
            for name in ("config.py", "yamlio.py"):  # the code that reads and checks it
                with open(os.path.join(here, name), "rb") as f:
                    h.update(f.read())
        except OSError:
            return None
        return h.hexdigest()

    def _cached_config(self, key: str | None) -> dict | None:
        if key is None:
            return None
        try:
            with open(self._config_cache_path(), encoding="utf-8") as f:
                cached = json.load(f)
        except (OSError, ValueError):
            return None
        return cached.get("data") if isinstance(cached, dict) and cached.get("key") == key else None

    # ---- the lock ------------------------------------------------------------------------------

    def lock(self, command: str = "arising", wait: float = LOCK_WAIT):
        """Hold the knowledge base's one write lock; after ``wait`` seconds say who holds it."""
        return self._holding(file_lock(os.path.join(self.derived_dir, "lock"), command, wait,
                                       lambda who: KBError(f"{self.root}: the knowledge base is locked by {who}; "
                                                           "wait for it to finish and try again")))

    @contextlib.contextmanager
    def _holding(self, lock):
        with lock:
            self._locked += 1
            done = False
            try:
                yield
                done = True
            finally:
                self._locked -= 1
                if not self._locked:
                    if self._cat_pending:
                        self._cat_pending = False
                        if done:  # after an error, no catalogue: the next reader rebuilds it from the records
                            self._store_catalogue(self._cat)
                    self._cat = None  # another writer may change it once the lock is released

    # ---- records ----------------------------------------------------------------------------------

    def record_path(self, doc_id: str) -> str:
        return os.path.join(self.records_dir, f"{doc_id}.yml")

    def record_files(self) -> list[str]:
        if not os.path.isdir(self.records_dir):
            return []
        return sorted(os.path.join(self.records_dir, f) for f in os.listdir(self.records_dir)
                      if f.endswith(".yml") and not f.startswith("."))

    def load(self, doc_id: str) -> Document:
        return self.load_file(self.record_path(doc_id))

    def load_file(self, path: str) -> Document:
        """A record, validated. Read from its cached validated copy when the YAML's bytes are exactly
        those the copy was made from, else parsed (and the copy refreshed)."""
        from pydantic import ValidationError

        from arising.model import Document

        with open(path, "rb") as f:
            raw = f.read()
        sha = hashlib.sha256(raw).hexdigest()
        doc = self._cached_record(path, sha)
        if doc is not None:
            return doc
        data = None
        try:
            text = _text(raw, path)
            try:
                doc = Document.model_validate(yamlio.loads_fast(text, path))
            except ValidationError:
                # a hand edit YAML 1.1 reads otherwise ("NO", 0123): ask the authoritative reader
                data = yamlio.plain(yamlio.loads(text, path))
                doc = Document.model_validate(data)
        except yamlio.YamlError as e:
            raise RecordError(str(e)) from None
        except ValidationError as e:
            err = e.errors()[0]
            raise RecordError(f"{path}: {_loc(err['loc'], data)}: {err['msg']}; fix it and run `arising validate`") from None
        self._remember(path, sha, doc.model_dump_json().encode(), canonical=False)
        return doc

    def documents(self) -> list[Document]:
        """Every record. A record that does not validate raises RecordError naming its file."""
        return [self.load_file(p) for p in self.record_files()]

    def save(self, doc: Document) -> bool:
        """Write a record, merging into the file on disk so a clerk's comments and order survive.
        Returns False when nothing changed (the file stays byte-identical)."""
        path = self.record_path(doc.id)
        body = doc.model_dump_json().encode()
        try:
            with open(path, "rb") as f:
                raw = f.read()
        except FileNotFoundError:
            raw = None
        text, canonical = None, False
        current = _text(raw, path) if raw is not None else None
        known = self._canonical.get(path)
        # the file is byte for byte what dumps_fast wrote (libyaml writes no comments), so a "#" in
        # it is inside a value: nothing to keep, no merge needed
        ours = raw is not None and known is not None and known[0] == hashlib.sha256(raw).hexdigest()
        if current is not None and not ours and yamlio.has_comments_text(current):
            try:
                old = yamlio.loads(current, path)
            except yamlio.YamlError:
                old = None
            if old is not None:
                text = yamlio.dumps(yamlio.merge(old, doc.model_dump(mode="json")))
        if text is None:
            text = ((self._rewritten(known[1], current, body) if ours else None)
                    or yamlio.dumps_fast(doc.model_dump(mode="json")))
            canonical = True
        changed = yamlio.write_atomic(path, text, current)
        self._remember(path, hashlib.sha256(text.encode("utf-8")).hexdigest(), body, canonical=canonical)
        return changed

    @staticmethod
    def _rewritten(old_json: bytes, current: str, new_json: bytes) -> str | None:
        """The new text of a record whose data differs from what its file holds only in ``extractor``
        (a re-extraction that found the same), without dumping it all again. ``current`` is exactly
        ``dumps_fast(old data)`` (its sha256 is the one this process wrote or read with that data),
        and a top-level scalar's line depends on nothing else, so swapping that one line gives
        byte for byte what ``dumps_fast(data)`` would. ``old_json`` and ``new_json`` are the data
        as ``model_dump_json`` writes it: equal once the one ``"extractor":`` value is swapped means
        equal data but for that value (inside a JSON string every quote is escaped, so the key
        cannot hide in one). None when that cannot be shown."""
        olds, news = _EXTRACTOR_JSON.findall(old_json), _EXTRACTOR_JSON.findall(new_json)
        if len(olds) != 1 or len(news) != 1 or old_json.count(b'"extractor":') != 1 or new_json.count(b'"extractor":') != 1:
            return None
        if old_json.replace(b'"extractor":' + olds[0], b'"extractor":' + news[0], 1) != new_json:
            return None
        was, now = json.loads(olds[0]), json.loads(news[0])
        if not (isinstance(was, str) and isinstance(now, str)):
            return None
        before, after = _top_line("extractor", was), _top_line("extractor", now)
        if before.count("\n") != 1 or after.count("\n") != 1:
            return None
        hits = [0] if current.startswith(before) else []
        at = current.find("\n" + before)
        while at >= 0:
            hits.append(at + 1)
            at = current.find("\n" + before, at + 1)
        if len(hits) != 1:  # a top-level key is on one line at the margin, once
            return None
        return current[:hits[0]] + after + current[hits[0] + len(before):]

    # ---- the record cache: validated data by the sha256 of the YAML it came from --------------

    def _record_cache_path(self, path: str, sha: str) -> str | None:
        """``.arising/record-cache/<sha256 of the YAML>.json``: named by content, so a hand edit
        (new bytes, new name) can never be served stale data, and writing never replaces a file."""
        if os.path.dirname(os.path.abspath(path)) != self.records_dir:
            return None
        return os.path.join(self.cache_dir, f"{sha}.json")

    def _cached_record(self, path: str, sha: str) -> Document | None:
        from arising.model import Document

        cache = self._record_cache_path(path, sha)
        if cache is None:
            return None
        try:
            with open(cache, "rb") as f:
                head, _, body = f.read().partition(b"\n")
            meta = json.loads(head)
            doc = Document.model_validate_json(body)
        except (OSError, ValueError):  # missing or damaged: the YAML is read instead
            return None
        self._cached[path] = (sha, bool(meta.get("canonical")))
        if meta.get("canonical"):
            self._canonical[path] = (sha, body)
        return doc

    def _remember(self, path: str, sha: str, body: bytes, canonical: bool) -> None:
        if canonical:
            self._canonical[path] = (sha, body)
        else:
            self._canonical.pop(path, None)
        cache = self._record_cache_path(path, sha)
        if cache is None:
            return
        before = self._cached.get(path)
        with contextlib.suppress(OSError):  # only a cache: a read-only knowledge base still works
            if before != (sha, canonical) or not os.path.exists(cache):
                yamlio.write_bytes_atomic(cache, json.dumps({"canonical": canonical}).encode() + b"\n" + body)
            self._cached[path] = (sha, canonical)
            if before is not None and before[0] != sha:
                os.unlink(self._record_cache_path(path, before[0]))

    def prune_record_cache(self) -> None:
        """Drop cached copies of record versions that are gone (hand-edited or removed records).
        Call inside ``lock()``."""
        keep = set()
        for p in self.record_files():
            with open(p, "rb") as f:
                keep.add(hashlib.sha256(f.read()).hexdigest() + ".json")
        with contextlib.suppress(OSError):
            for name in os.listdir(self.cache_dir):
                if name.endswith(".json") and name not in keep:
                    with contextlib.suppress(OSError):
                        os.unlink(os.path.join(self.cache_dir, name))

    # ---- the catalogue: sha256 -> (document id, extractor), derived from the records ---------------

    def catalogue(self) -> dict[str, dict]:
        """What is ingested, by content hash, without parsing every record: ``{sha: {"id", "extractor"}}``.
        Derived (rebuilt from the records when missing); an entry whose record is gone is dropped."""
        if self._locked and self._cat is not None:
            return dict(self._cat)  # only this process writes while it holds the lock
        path = os.path.join(self.derived_dir, CATALOGUE)
        try:
            with open(path, encoding="utf-8") as f:
                cat = json.load(f)
        except (OSError, ValueError):
            cat = self._rebuild_catalogue()
        if any("items" not in e for e in cat.values()):
            cat = self._rebuild_catalogue()  # written by an older version
        cat = {sha: e for sha, e in cat.items() if os.path.exists(self.record_path(e["id"]))}
        if self._locked:
            self._cat = cat
        return dict(cat)

    def _rebuild_catalogue(self) -> dict[str, dict]:
        """The catalogue from the records. Older versions that were replaced by a revised one are
        known only to the catalogue: they are taken from the catalogue a writer set aside (one that
        stopped before it wrote the new one), where an entry of a document whose record now holds
        another file is such a version. Written only by the lock's holder."""
        cat, current = {}, {}
        for p in self.record_files():
            with contextlib.suppress(KBError):
                d = self.load_file(p)
                cat[d.sha256] = {"id": d.id, "extractor": d.extractor, "items": [it.id for it in d.items()]}
                current[d.id] = d.sha256
        try:
            with open(os.path.join(self.derived_dir, STALE_CATALOGUE), encoding="utf-8") as f:
                stale = json.load(f)
        except (OSError, ValueError):
            stale = {}
        for sha, e in stale.items() if isinstance(stale, dict) else ():
            if sha in cat or not isinstance(e, dict) or e.get("id") not in current:
                continue
            cat[sha] = {"id": e["id"], "extractor": None, "items": [],
                        "superseded_by": e.get("superseded_by") or current[e["id"]]}
        if self._locked:
            self._store_catalogue(cat)
        return cat

    def _write_catalogue(self, cat: dict) -> None:
        """A new catalogue. While the lock is held it is kept in memory and written once, when the
        lock is released (a bulk ingest or reextract writes it once, not once per document). Before
        the first change, catalogue.json is set aside as catalogue.stale.json: a writer that dies
        before the end leaves no catalogue, so the next reader rebuilds it from the records (which
        are always complete files) -- a stale catalogue is never read as current."""
        if not self._locked:
            self._store_catalogue(cat)
            return
        if not self._cat_pending:
            os.makedirs(self.derived_dir, exist_ok=True)
            with contextlib.suppress(FileNotFoundError):
                os.replace(os.path.join(self.derived_dir, CATALOGUE), os.path.join(self.derived_dir, STALE_CATALOGUE))
            self._cat_pending = True
        self._cat = dict(cat)  # every entry's record exists: callers build it from catalogue()

    def _store_catalogue(self, cat: dict) -> None:
        os.makedirs(self.derived_dir, exist_ok=True)
        yamlio.write_bytes_atomic(os.path.join(self.derived_dir, CATALOGUE),
                                  json.dumps(cat, sort_keys=True, separators=(",", ":")).encode())
        with contextlib.suppress(FileNotFoundError):
            os.unlink(os.path.join(self.derived_dir, STALE_CATALOGUE))

    def _catalogue_put(self, doc: Document, replaced: str | None = None) -> None:
        """Record ``doc``; a version it replaced stays listed as superseded, so ingesting that older
        file again is recognised instead of flipping the record back."""
        current = self.catalogue()
        cat = {sha: e for sha, e in current.items() if e["id"] != doc.id or e.get("superseded_by")}
        if replaced and replaced != doc.sha256:
            cat[replaced] = {"id": doc.id, "extractor": None, "items": [], "superseded_by": doc.sha256}
        cat.pop(doc.sha256, None)
        cat[doc.sha256] = {"id": doc.id, "extractor": doc.extractor, "items": [it.id for it in doc.items()]}
        if cat != current:
            self._write_catalogue(cat)

    def _catalogue_drop(self, doc_id: str) -> None:
        self._write_catalogue({sha: e for sha, e in self.catalogue().items() if e["id"] != doc_id})

    def item_ids(self, exclude: str | None = None) -> set[str]:
        """Every item id in the knowledge base (from the catalogue: no record is parsed)."""
        ids: set[str] = set()
        for e in self.catalogue().values():
            if e["id"] != exclude:
                ids.update(e.get("items", ()))
        return ids

    # ---- documents that could not be read, remembered so a re-run does not read them again ------

    def _failures_path(self) -> str:
        return os.path.join(self.derived_dir, "unreadable.json")

    def failures(self) -> dict[str, dict]:
        """sha256 -> {"error", "reader", "not_a_document"} for files that could not be read."""
        try:
            with open(self._failures_path(), encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return {}

    def remember_failures(self, entries: dict[str, dict]) -> None:
        if entries:
            cat = self.failures() | entries
            yamlio.write_bytes_atomic(self._failures_path(), json.dumps(cat, sort_keys=True, indent=0).encode())

    # ---- sources and page text ---------------------------------------------------------------

    def source_path(self, sha: str, ext: str) -> str:
        return os.path.join(self.sources_dir, f"{sha}{ext.lower()}")

    def keep_source(self, sha: str, ext: str, data: bytes) -> str:
        path = self.source_path(sha, ext)
        if not os.path.exists(path):
            yamlio.write_bytes_atomic(path, data)
        return path

    def text_path(self, sha: str) -> str:
        return os.path.join(self.text_dir, f"{sha}.json.gz")

    def keep_text(self, sha: str, text_json: str) -> None:
        path = self.text_path(sha)
        if not os.path.exists(path):
            yamlio.write_bytes_atomic(path, gzip.compress(text_json.encode("utf-8"), mtime=0))

    def stored_text(self, sha: str) -> str | None:
        try:
            with gzip.open(self.text_path(sha), "rt", encoding="utf-8") as f:
                return f.read()
        except FileNotFoundError:
            return None

    # ---- putting documents in and taking them out -----------------------------------------------

    def upsert(self, doc: Document, old: Document | None = None) -> Outcome:
        """Add a document, or replace the record of the same document (a revised version, or a
        re-extraction) keeping every human edit. Call inside ``lock()``."""
        from arising.records import assign_ids, carry_over

        existing = self.record_path(doc.id)
        replaced = None
        missing: list[str] = []
        # the same file read before under another id (the extractor now reads its committee or date
        # differently): that record is this document's predecessor and is replaced, edits and all
        previous = self.catalogue().get(doc.sha256)
        renamed = previous["id"] if previous and previous["id"] != doc.id and not os.path.exists(existing) else None
        if renamed:
            existing = self.record_path(renamed)
        taken = self.item_ids(exclude=renamed or doc.id)
        assign_ids(doc, self.config, taken)
        before = None
        if os.path.exists(existing):
            old = old if old is not None and old.id == os.path.basename(existing)[:-4] else self.load_file(existing)
            before = old.model_dump(exclude={"extractor"})
            same_extractor = old.extractor == doc.extractor
            if old.sha256 != doc.sha256:
                replaced = old.sha256
            doc, missing = carry_over(old, doc, taken)
            action = "revised" if replaced else "updated"
        else:
            action = "new"
        after = doc.model_dump(exclude={"extractor"}) if before is not None else None
        if before is not None and same_extractor and not renamed and before == after:
            return Outcome(doc.id, "unchanged", sum(1 for _ in doc.items()), missing, replaced, False)
        changed = self.save(doc)
        if renamed:
            os.unlink(existing)
            self._catalogue_drop(renamed)
            changed = True
        self._catalogue_put(doc, replaced)
        if action == "updated" and not changed:
            action = "unchanged"
        content_changed = before is None or renamed is not None or before != after
        return Outcome(doc.id, action, sum(1 for _ in doc.items()), missing, replaced, content_changed)

    def remove(self, doc_id: str) -> tuple[Document, list[str]]:
        """Take a document out. Returns it and the ids of its items that people had edited."""
        path = self.record_path(doc_id)
        if not os.path.exists(path):
            known = ", ".join(os.path.basename(p)[:-4] for p in self.record_files()[:5])
            raise KBError(f"{doc_id}: no such document in {self.records_dir}; known: {known or 'none'}")
        doc = self.load_file(path)
        edited = [it.id for it in doc.items() if it.human_edited or it.status not in ("open", "noted")]
        os.unlink(path)
        self._catalogue_drop(doc_id)
        cached = self._cached.pop(path, None)
        if cached:
            with contextlib.suppress(OSError):
                os.unlink(self._record_cache_path(path, cached[0]))
        return doc, edited


@contextlib.contextmanager
def file_lock(path: str, command: str, wait: float, busy):
    """Hold the lock file ``path``, recording who holds it beside it; after ``wait`` seconds raise
    ``busy(who)``, where ``who`` names the holder's user, command, pid, host and start time."""
    import getpass
    import socket

    from filelock import FileLock, Timeout

    os.makedirs(os.path.dirname(path), exist_ok=True)
    info = path + ".holder"
    lock = FileLock(path)
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        try:
            with open(info, encoding="utf-8") as f:
                h = json.load(f)
            who = f"{h['user']} running `{h['command']}` (pid {h['pid']} on {h['host']}, since {h['since']})"
        except (OSError, ValueError, KeyError):
            who = "another arising process"
        raise busy(who) from None
    try:
        yamlio.write_bytes_atomic(info, json.dumps({
            "user": getpass.getuser(), "command": command, "pid": os.getpid(),
            "host": socket.gethostname(), "since": dt.datetime.now().isoformat(timespec="seconds"),
        }).encode())
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(info)
        lock.release()


_EXTRACTOR_JSON = re.compile(rb'"extractor":("(?:[^"\\]|\\.)*"|null)')


@functools.lru_cache(maxsize=64)
def _top_line(key: str, value: str) -> str:
    """How ``dumps_fast`` writes a top-level ``key: value`` (the same few values, record after record)."""
    return yamlio.dumps_fast({key: value})


def _text(raw: bytes, path: str) -> str:
    """A record's bytes as the text ``open(path, encoding="utf-8").read()`` gives (newlines universal)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise RecordError(f"{path}: not UTF-8 text (byte {e.start}); save it as UTF-8 and run `arising validate`") from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def skeleton_dir() -> str:
    """Where the site's mkdocs.yml and docs/ live: inside the installed package (a wheel), or at the
    top of the source tree (an editable install)."""
    packaged = os.path.join(os.path.dirname(os.path.abspath(__file__)), "skeleton")
    if os.path.isfile(os.path.join(packaged, "mkdocs.yml")):
        return packaged
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if os.path.isfile(os.path.join(top, "mkdocs.yml")):
        return top
    raise KBError("the site skeleton (mkdocs.yml, docs/) is missing from this installation; reinstall arising")


def kb_root(option: str | None) -> str:
    return option or os.environ.get("ARISING_KB") or os.getcwd()
