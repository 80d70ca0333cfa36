"""A knowledge base is a folder:

``arising.yml``   settings (council, committees and aliases, owner aliases, future meeting dates)
``sources/``      the original documents, named by content hash
``records/``      one YAML file per document, readable and editable by a clerk
``.arising/``     what is derived: the page-text store, review proposals, the search index, the lock

One lock covers the whole knowledge base: a second writer waits a few seconds, then is told who holds it.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import gzip
import json
import os
import shutil
import socket
from dataclasses import dataclass
from importlib import resources

from filelock import FileLock, Timeout
from pydantic import ValidationError

from arising import yamlio
from arising.config import Config, load_config
from arising.model import Document
from arising.records import assign_ids, carry_over

CONFIG = "arising.yml"
LOCK_WAIT = 5.0


class KBError(Exception):
    """A problem with the knowledge base as a whole; ``str()`` is one line with the remedy."""


class RecordError(KBError):
    """A record file that does not validate: ``file: field: problem``."""


def record_problems(path: str) -> list[str]:
    """Every problem of one record file, as ``file: field: problem`` lines (empty when it is valid)."""
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
        self._config: Config | None = None

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
        template = resources.files("arising") / "templates" / "arising.yml"
        cfg = yamlio.loads(template.read_text(encoding="utf-8"), CONFIG)
        if council:
            cfg["council"] = council
        yamlio.write_atomic(kb.config_path, yamlio.dumps(cfg))
        return kb

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.config_path)
        return self._config

    # ---- the lock ------------------------------------------------------------------------------

    def lock(self, command: str = "arising", wait: float = LOCK_WAIT):
        """Hold the knowledge base's one write lock; after ``wait`` seconds say who holds it."""
        return file_lock(os.path.join(self.derived_dir, "lock"), command, wait,
                         lambda who: KBError(f"{self.root}: the knowledge base is locked by {who}; "
                                             "wait for it to finish and try again"))

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

    @staticmethod
    def load_file(path: str) -> Document:
        data = None
        try:
            try:
                return Document.model_validate(yamlio.load_fast(path))
            except ValidationError:
                pass  # a hand edit YAML 1.1 reads otherwise ("NO", 0123): ask the authoritative reader
            data = yamlio.plain(yamlio.load(path))
            return Document.model_validate(data)
        except yamlio.YamlError as e:
            raise RecordError(str(e)) from None
        except ValidationError as e:
            err = e.errors()[0]
            raise RecordError(f"{path}: {_loc(err['loc'], data)}: {err['msg']}; fix it and run `arising validate`") from None

    def documents(self) -> list[Document]:
        """Every record. A record that does not validate raises RecordError naming its file."""
        return [self.load_file(p) for p in self.record_files()]

    def save(self, doc: Document) -> bool:
        """Write a record, merging into the file on disk so a clerk's comments and order survive.
        Returns False when nothing changed (the file stays byte-identical)."""
        path = self.record_path(doc.id)
        data = doc.model_dump(mode="json", exclude_defaults=False)
        if yamlio.has_comments(path):
            try:
                old = yamlio.load(path)
            except yamlio.YamlError:
                old = None
            if old is not None:
                return yamlio.write_atomic(path, yamlio.dumps(yamlio.merge(old, data)))
        return yamlio.write_atomic(path, yamlio.dumps_fast(data))

    # ---- the catalogue: sha256 -> (document id, extractor), derived from the records ---------------

    def catalogue(self) -> dict[str, dict]:
        """What is ingested, by content hash, without parsing every record: ``{sha: {"id", "extractor"}}``.
        Derived (rebuilt from the records when missing); an entry whose record is gone is dropped."""
        path = os.path.join(self.derived_dir, "catalogue.json")
        try:
            with open(path, encoding="utf-8") as f:
                cat = json.load(f)
        except (OSError, ValueError):
            cat = self._rebuild_catalogue()
        if any("items" not in e for e in cat.values()):
            cat = self._rebuild_catalogue()  # written by an older version
        return {sha: e for sha, e in cat.items() if os.path.exists(self.record_path(e["id"]))}

    def _rebuild_catalogue(self) -> dict[str, dict]:
        cat = {}
        for p in self.record_files():
            with contextlib.suppress(KBError):
                d = self.load_file(p)
                cat[d.sha256] = {"id": d.id, "extractor": d.extractor, "items": [it.id for it in d.items()]}
        self._write_catalogue(cat)
        return cat

    def _write_catalogue(self, cat: dict) -> None:
        os.makedirs(self.derived_dir, exist_ok=True)
        yamlio.write_bytes_atomic(os.path.join(self.derived_dir, "catalogue.json"),
                                  json.dumps(cat, sort_keys=True, indent=0).encode())

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
        if before is not None and same_extractor and not renamed and before == doc.model_dump(exclude={"extractor"}):
            return Outcome(doc.id, "unchanged", sum(1 for _ in doc.items()), missing, replaced, False)
        changed = self.save(doc)
        if renamed:
            os.unlink(existing)
            self._catalogue_drop(renamed)
            changed = True
        self._catalogue_put(doc, replaced)
        if action == "updated" and not changed:
            action = "unchanged"
        content_changed = before is None or renamed is not None or before != doc.model_dump(exclude={"extractor"})
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
        return doc, edited


@contextlib.contextmanager
def file_lock(path: str, command: str, wait: float, busy):
    """Hold the lock file ``path``, recording who holds it beside it; after ``wait`` seconds raise
    ``busy(who)``, where ``who`` names the holder's user, command, pid, host and start time."""
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
