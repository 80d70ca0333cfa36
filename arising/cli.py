"""The ``arising`` command. Thin click commands over the library; the only place that wires the
stages (read -> segment -> classify -> owners and dates -> records) together. Stage modules are
imported inside commands, so ``arising`` itself imports neither ``ingest`` nor ``search`` at load.

The record model (pydantic), the YAML libraries and rich are imported where they are needed, too:
an ``arising ingest`` that finds every file already ingested hashes the files, reads the catalogue
and answers without them."""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import click

from arising import __version__
from arising.store import KBError, KnowledgeBase, kb_root

if TYPE_CHECKING:
    from arising.config import Config
    from arising.model import Document

EXTRACTOR_SALT = "ARISING_EXTRACTOR_SALT"
"""An environment variable mixed into the extraction stages' fingerprint when set: every record then
counts as written by another extractor, as after a code change (how ``make bench-ingest`` measures
``arising reextract`` for a changed extractor)."""

KB_OPTION = click.option("--kb", "kb_dir", metavar="DIR", help="The knowledge base folder (default: $ARISING_KB, else the current folder).")


def fail(message: str, code: int = 1):
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def open_kb(kb_dir: str | None) -> KnowledgeBase:
    try:
        kb = KnowledgeBase.open(kb_root(kb_dir))
        if not kb.config_checked():  # arising.yml, byte for byte, already validated
            kb.config  # noqa: B018 -- validate arising.yml up front
        return kb
    except (KBError, ValueError) as e:
        fail(str(e))


class ArisingGroup(click.Group):
    """Loads the command modules that live beside the library they drive (``arising/cli_*.py``) only
    when a command is not among the core ones, so a core command starts fast and no import cycles."""

    MODULES = ("cli_tracker", "cli_review", "cli_search", "cli_site")
    _loaded = False

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        import importlib

        for name in self.MODULES:
            try:
                module = importlib.import_module(f"arising.{name}")
            except ModuleNotFoundError as e:
                if e.name == f"arising.{name}":
                    continue  # that part of the product is not in this tree yet
                raise
            for command in module.COMMANDS:
                self.add_command(command)

    def list_commands(self, ctx):
        self._load()
        return super().list_commands(ctx)

    def get_command(self, ctx, name):
        command = super().get_command(ctx, name)
        if command is None:
            self._load()
            command = super().get_command(ctx, name)
        return command


def user(by: str | None) -> str:
    """Who is making a change: --by, else $ARISING_USER, else the login name."""
    name = (by or os.environ.get("ARISING_USER") or "").strip()
    if name:
        return name
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        fail("cannot tell who you are; pass --by NAME or set ARISING_USER", 2)


def day_option(value: str | None, option: str, *, end: bool = False):
    """An option's day (YYYY-MM-DD, or a month for --since/--until), or a one-line usage error."""
    if value is None:
        return None
    from arising import tracker

    try:
        return tracker.parse_day(value, end=end)
    except tracker.TrackerError as e:
        fail(f"{option}: {e}", 2)


@click.group(cls=ArisingGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="arising")
def cli():
    """Arising: council minutes and annual reports into a knowledge base that tracks every
    recommendation, resolution and action until it is resolved.

    \b
    Example:
      arising init minutes-kb && cd minutes-kb && arising ingest ~/minutes
    """


# ---- the pipeline ------------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _fingerprint(readers: bool) -> str:
    """A hash of the ingest modules: the readers (readers=True) or the extraction stages. Computed
    once per process; records written by another version are re-read or re-extracted."""
    import ingest

    h = hashlib.sha256(__version__.encode())
    folder = os.path.dirname(ingest.__file__)
    for name in sorted(os.listdir(folder)):
        is_reader = name.startswith(("read", "ocr", "lines"))
        is_stage = not name.startswith("read")  # the stages, with the shared lines.py and ocr.py
        if name.endswith(".py") and (is_reader if readers else is_stage):
            with open(os.path.join(folder, name), "rb") as f:
                h.update(name.encode() + f.read())
    salt = os.environ.get(EXTRACTOR_SALT, "") if not readers else ""
    if salt:
        h.update(b"\0salt\0" + salt.encode())
    return h.hexdigest()[:12]


def extractor_version() -> str:
    """A fingerprint of the extraction code: records written by another version are re-extracted."""
    return _fingerprint(False)


def reader_version() -> str:
    """A fingerprint of the readers: a file that could not be read is tried again when they change."""
    return _fingerprint(True)


def build_document(text, *, file: str, sha: str, config: Config, url: str | None = None,
                   trace: list | None = None) -> tuple[Document, dict]:
    """Lines -> a Document record (ids not yet aligned to a knowledge base) and the document meta."""
    from arising.model import AgendaItem, Document, Found, Meeting, Metric, Source
    from arising.records import assign_ids, document_id, new_item
    from ingest import classify, dates, owners, segment

    seg = segment.segment(text)
    first = seg.meetings[0] if seg.meetings else None
    committee = config.canonical_committee(first.committee if first else seg.meta.get("committee"))
    doc_id = document_id(
        kind=seg.kind, committee_slug=config.committee_slug(committee), date=first.date if first else None,
        item=seg.meta.get("item"), title=seg.title, file=file,
    )
    aliases = config.owner_aliases()
    meetings, n = [], 0
    for m in seg.meetings:
        agenda_items = []
        for a in m.agenda:
            items = []
            for c in classify.classify(a, m, seg, trace):
                owner = owners.owner_of(c, a, m, seg)
                found = Found(
                    kind=c.kind, label=c.label, text=c.text, owner=owner,
                    owner_normalised=owners.normalise(owner, aliases), due=dates.due_of(c.text, m.date, c.context),
                    tracked=c.tracked, rule=c.rule, confidence=round(float(c.confidence), 2),
                    needs_review=bool(c.needs_review), ocr=text.ocr,
                    source=Source(document=doc_id, quote=c.quote or c.text, **_where(c.line)),
                    metric=Metric(**c.metric) if c.metric else None,
                )
                n += 1
                items.append(new_item(found, f"new-{n}"))
            agenda_items.append(AgendaItem(number=a.number, minute=a.minute, title=a.title,
                                           text="\n".join(ln.text for ln in a.lines), items=items))
        meetings.append(Meeting(committee=config.canonical_committee(m.committee), date=m.date,
                                agenda_items=agenda_items))
    doc = Document(
        id=doc_id, file=file, url=url or text.meta.get("url"), sha256=sha, format=text.format, kind=seg.kind,
        title=seg.title or text.title, council=config.council, body=seg.body, pages=text.pages, ocr=text.ocr,
        warnings=list(text.warnings), extractor=extractor_version(), meetings=meetings,
    )
    return assign_ids(doc, config), dict(seg.meta)


def _where(line) -> dict:
    w = line.where()
    return {"page": w.get("page"), "paragraph": w.get("paragraph"), "line": w.get("line")}


def item_json(it) -> dict:
    f = it.found
    return {
        "id": it.id, "kind": it.kind, "text": it.text, "owner": it.owner, "owner_as_written": f.owner,
        "due": it.due, "tracked": it.tracked, "status": it.status, "response": it.response,
        "source": {"page": f.source.page, "paragraph": f.source.paragraph, "line": f.source.line,
                   "quote": f.source.quote},
        "label": f.label, "rule": f.rule, "confidence": f.confidence, "needs_review": f.needs_review,
        "ocr": f.ocr, "metric": f.metric.model_dump() if f.metric else None,
    }


@dataclass
class Parsed:
    path: str
    name: str
    sha: str = ""
    doc: Document | None = None
    meta: dict = field(default_factory=dict)
    text_json: str | None = None
    error: str | None = None
    not_a_document: bool = False
    trace: list | None = None


def parse_file(path: str, config: Config, ocr: bool = False, url: str | None = None,
               explain: bool = False, keep_text: bool = False) -> Parsed:
    """Read and extract one file. Never raises for a bad document: the error is in the result."""
    from ingest.lines import NotADocument, ReadError
    from ingest.read import read

    name = os.path.basename(path)
    out = Parsed(path=path, name=name)
    try:
        with open(path, "rb") as f:
            out.sha = hashlib.sha256(f.read()).hexdigest()
        text = read(path, ocr=ocr)
    except NotADocument as e:
        out.error, out.not_a_document = str(e), True
        return out
    except ReadError as e:
        out.error = str(e)
        return out
    except OSError as e:
        out.error = f"{name}: cannot open ({e.strerror}); check the path and permissions"
        return out
    except Exception as e:  # a reader bug must cost one document, not the run
        out.error = f"{name}: the reader failed ({type(e).__name__}: {e}); please report this document"
        return out
    return _extract_into(out, text, config, url, explain, keep_text)


def _extract_into(out: Parsed, text, config, url, explain, keep_text) -> Parsed:
    try:
        out.trace = [] if explain else None
        out.doc, out.meta = build_document(text, file=out.name, sha=out.sha, config=config, url=url, trace=out.trace)
        if keep_text:
            out.text_json = text.to_json()
    except Exception as e:  # an extractor bug must cost one document, not the run
        out.error = f"{out.name}: the extractor failed ({type(e).__name__}: {e}); please report this document"
    return out


def reextract_text(text_json: str, name: str, sha: str, config: Config, url: str | None) -> Parsed:
    from ingest.lines import Text

    return _extract_into(Parsed(path=name, name=name, sha=sha), Text.from_json(text_json), config, url, False, False)


def _reextract_stored(text_path: str, name: str, sha: str, config: Config, url: str | None) -> Parsed | None:
    """Extract again from the page-text store (a worker's job); None when there is no stored text."""
    import gzip

    from ingest.lines import Text

    try:
        with gzip.open(text_path, "rt", encoding="utf-8") as f:
            text = Text.from_json(f.read())
    except FileNotFoundError:
        return None
    except Exception as e:  # a damaged store costs one document, not the run
        return Parsed(path=name, name=name, sha=sha, error=f"{name}: the stored page text is damaged ({type(e).__name__}); "
                                                            "ingest the original again with `arising ingest`")
    return _extract_into(Parsed(path=name, name=name, sha=sha), text, config, url, False, False)


class _Later:
    """A job run in this process when its result is asked for (what a pool's future does in parallel)."""

    def __init__(self, fn, *args):
        self.fn, self.args = fn, args

    def result(self):
        return self.fn(*self.args)


@contextlib.contextmanager
def reextraction(kb: KnowledgeBase, n: int, workers: int | None = None):
    """Extraction again from the page-text store, on all cores, for up to ``n`` documents. Yields
    ``submit(sha256, file name, url)``, which returns a job whose ``result()`` is a :class:`Parsed`
    (None: no stored text). Jobs start as soon as they are submitted, so the workers extract while
    the caller is still reading records; the caller stores the results one by one, in order, as
    before. Extraction is pure, so running it elsewhere changes nothing."""
    config = kb.config
    workers = min(workers or os.cpu_count() or 1, n)
    if workers <= 1:
        yield lambda sha, name, url: _Later(_reextract_stored, kb.text_path(sha), name, sha, config, url)
        return
    from concurrent.futures import ProcessPoolExecutor

    import arising.model  # noqa: F401 -- imported and compiled once, before the workers fork
    import arising.records  # noqa: F401
    from ingest import classify, dates, owners, segment  # noqa: F401

    futures = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        def submit(sha, name, url):
            futures.append(pool.submit(_reextract_stored, kb.text_path(sha), name, sha, config, url))
            return futures[-1]

        try:
            yield submit
        finally:
            for fut in futures:
                fut.cancel()


# ---- extract ------------------------------------------------------------------------------------


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True)
@click.option("--explain", is_flag=True, help="Show, line by line, which rule fired.")
@click.option("--ocr", is_flag=True, help="OCR scanned PDFs (needs tesseract-ocr and ocrmypdf).")
def extract(files, fmt, explain, ocr):
    """Parse FILES and print what they decide; writes nothing and needs no knowledge base.

    A document that cannot be read is still listed, with its error and no items.

    \b
    Example:
      arising extract --format json minutes.pdf | jq '.documents[0].items[].text'
    """
    from arising.config import Config

    config = Config()
    documents = []
    for path in files:
        p = parse_file(path, config, ocr=ocr, explain=explain)
        if explain and p.trace is not None:
            _print_trace(p)
        entry = {"source": path, "meta": _meta(p), "items": [item_json(it) for it in p.doc.items()] if p.doc else [],
                 "errors": [p.error] if p.error else [], "warnings": list(p.doc.warnings) if p.doc else []}
        if fmt == "yaml" and p.doc is not None:
            entry["record"] = p.doc.model_dump(mode="json")
        documents.append(entry)
        if p.error:
            click.echo(f"error: {p.error}", err=True)
    if explain:
        return
    if fmt == "json":
        click.echo(json.dumps({"documents": documents}, ensure_ascii=False, indent=1))
    else:
        from arising import yamlio

        click.echo(yamlio.dumps({"documents": documents}), nl=False)


def _meta(p: Parsed) -> dict:
    m = p.meta or {}
    return {"committee": m.get("committee"), "date": m.get("date"), "item": m.get("item"), "title": m.get("title")}


def _print_trace(p: Parsed) -> None:
    click.echo(f"== {p.name}")
    if p.error:
        click.echo(f"   error: {p.error}")
    for line, rule, note in p.trace or []:
        where = f"p{line.page}" if line.page else f"para{line.para}"
        tag = f"[{rule}]" if rule else "[-]"
        extra = f"  -- {note}" if note else ""
        click.echo(f"{where:>7} l{line.line:<4} {tag:<28} {line.text[:90]}{extra}")


# ---- init ---------------------------------------------------------------------------------------


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--council", help="The council's name, written into arising.yml.")
def init(directory, council):
    """Create a knowledge base in DIRECTORY: arising.yml, sources/, records/, and the site's docs/
    and mkdocs.yml for the council to customise.

    \b
    Example:
      arising init wexcombe-kb --council "Borough of Wexcombe"
    """
    try:
        kb = KnowledgeBase.init(directory, council)
    except KBError as e:
        fail(str(e))
    click.echo(f"Created knowledge base {kb.root}")
    click.echo(f"Next: arising ingest --kb {directory} PATH...")


# ---- ingest -------------------------------------------------------------------------------------


PLURAL = {"priority": "priorities"}


@dataclass
class IngestReport:
    outcomes: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    changed_ids: list[str] = field(default_factory=list)
    older: list[str] = field(default_factory=list)
    proposals: object = None


def collect(paths) -> tuple[list[str], list[str], list[str]]:
    """Files to ingest, files skipped (not documents) and failures (named files we cannot take)."""
    from ingest.read import supported

    files, skipped, failures = [], [], []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in sorted(names):
                    if n.startswith("."):
                        continue
                    f = os.path.join(root, n)
                    (files if supported(f) else skipped).append(f)
        elif os.path.isfile(p):
            if supported(p):
                files.append(p)
            else:
                failures.append(f"{os.path.basename(p)}: not a supported document type; give a PDF, HTML, text (.txt) or Word (.docx) file")
        else:
            failures.append(f"{p}: no such file or folder; check the path")
    return files, skipped, failures


@functools.lru_cache(maxsize=None)
def _sha_of(path: str, mtime_ns: int, size: int) -> str | None:
    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return None


def _sha(path: str) -> str | None:
    """The file's sha256 (read once per process while the file is unchanged)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _sha_of(path, st.st_mtime_ns, st.st_size)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@KB_OPTION
@click.option("--ocr", is_flag=True, help="OCR scanned PDFs (needs tesseract-ocr and ocrmypdf).")
@click.option("--url", help="The published address of the document (one file only).")
@click.option("--jobs", type=click.IntRange(1, 64), default=None, help="Worker processes (default: the number of cores).")
def ingest(paths, kb_dir, ocr, url, jobs):
    """Read documents (files or folders, recursively) into the knowledge base.

    In a folder, files that are not documents are skipped and counted; a file named explicitly that
    cannot be read is a failure. One bad document never stops the others. Exit 1 if any failed.

    \b
    Example:
      arising ingest --kb wexcombe-kb ~/minutes/2024 cabinet-2024-03-12.pdf
    """
    kb = open_kb(kb_dir)
    files, skipped, failures = collect(paths)
    if url and len(files) != 1:
        fail("--url names the address of one document; give exactly one file with it", 2)
    def new_report():
        return IngestReport(skipped=[f"{os.path.basename(f)}: not a document type Arising reads" for f in skipped],
                            failures=list(failures))

    report = new_report()
    try:
        if not ocr and _triage(kb, files, report, ocr=False, explicit=set(paths)) == ([], []):
            # everything is already known and nothing would be written: no lock to wait for (a writer replaces
            # catalogue.json atomically, so this reads either the old catalogue or the new one)
            _print_report(report)
            sys.exit(1 if report.failures else 0)
        report = new_report()
        with kb.lock("arising ingest"):
            _ingest_files(kb, files, report, ocr=ocr, url=url, jobs=jobs, explicit=set(paths))
            _after_change(kb, report)
    except KBError as e:
        fail(str(e))
    _print_report(report)
    sys.exit(1 if report.failures else 0)


def _triage(kb: KnowledgeBase, files, report: IngestReport, *, ocr, explicit) -> tuple[list, list]:
    """Sort ``files`` into what the knowledge base already holds (counted in ``report``), what can be
    extracted again from its stored text (``stored``) and what must be read (``todo``)."""
    version, readers = extractor_version(), reader_version()
    catalogue, unreadable = kb.catalogue(), kb.failures()
    todo, stored = [], []
    for f in files:
        sha = _sha(f)
        entry = catalogue.get(sha) if sha else None
        known_bad = unreadable.get(sha) if sha else None
        if known_bad is not None and known_bad["reader"] == readers and not ocr:
            skip = known_bad["not_a_document"] and f not in explicit
            (report.skipped if skip else report.failures).append(known_bad["error"])
        elif entry is not None and entry.get("superseded_by"):
            report.outcomes["older versions (replaced)"] += 1
            report.older.append(f"{os.path.basename(f)}: an older version of {entry['id']}, already replaced by a "
                                "revised version; to go back to it, `arising remove` the document and ingest this file")
        elif entry is not None and entry["extractor"] == version and not ocr:
            report.outcomes["unchanged"] += 1
        elif entry is not None and os.path.exists(kb.text_path(sha)) and not ocr:
            stored.append((f, sha, entry["id"]))
        else:
            todo.append(f)
    return todo, stored


def _ingest_files(kb: KnowledgeBase, files, report: IngestReport, *, ocr, url, jobs, explicit) -> None:
    readers = reader_version()
    todo, stored = _triage(kb, files, report, ocr=ocr, explicit=explicit)
    if not stored and not todo:
        return  # everything already known: no record to read, nothing to extract
    config = kb.config
    results, again = [], []
    with reextraction(kb, len(stored), jobs) as submit:
        for f, sha, doc_id in stored:
            try:
                doc = kb.load(doc_id)
            except KBError as e:
                report.failures.append(str(e))
                continue
            again.append(submit(sha, doc.file, doc.url or url))
        results += [p for p in (job.result() for job in again) if p is not None]
    results += _run_parallel(todo, config, ocr, url, jobs)
    kb.remember_failures({p.sha: {"error": p.error, "reader": readers, "not_a_document": p.not_a_document}
                          for p in results if p.error and p.sha and p.doc is None and "reader failed" not in p.error})
    for p in results:
        if p.error:
            if p.not_a_document and p.path not in explicit:
                report.skipped.append(p.error)
            else:
                report.failures.append(p.error)
            continue
        _store(kb, p, report)
    kb.prune_record_cache()


def _run_parallel(files, config, ocr, url, jobs) -> list[Parsed]:
    if not files:
        return []
    from concurrent.futures import ProcessPoolExecutor

    from rich.progress import Progress

    import arising.model  # noqa: F401 -- imported once, before the workers fork, as every worker needs it
    import arising.records  # noqa: F401

    workers = min(jobs or os.cpu_count() or 1, len(files))
    show = sys.stderr.isatty()
    results = []
    with Progress(transient=True, disable=not show) as progress:
        task = progress.add_task("Reading", total=len(files))
        if workers == 1:
            for f in files:
                results.append(parse_file(f, config, ocr, url, keep_text=True))
                progress.advance(task)
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                futures = [pool.submit(parse_file, f, config, ocr, url, False, True) for f in files]
                for fut in futures:
                    results.append(fut.result())
                    progress.advance(task)
    return results


def _store(kb: KnowledgeBase, p: Parsed, report: IngestReport, old: Document | None = None) -> None:
    ext = os.path.splitext(p.name)[1] or f".{p.doc.format}"
    if p.text_json is not None:
        with open(p.path, "rb") as f:
            kb.keep_source(p.sha, ext, f.read())
        kb.keep_text(p.sha, p.text_json)
    try:
        outcome = kb.upsert(p.doc, old)
    except KBError as e:
        report.failures.append(str(e))
        return
    report.outcomes[outcome.action] += 1
    if outcome.content_changed:
        report.kinds.update(it.kind for it in p.doc.items() if not it.missing)
    report.missing += outcome.missing
    if outcome.content_changed:
        report.changed_ids.append(outcome.doc_id)


def refresh_index(kb: KnowledgeBase, changed_ids, documents=None) -> None:
    """Bring the search index up to date with the records that changed (nothing to do when nobody
    has built an index yet). A failure here is a warning: the records are already safe."""
    changed_ids = list(changed_ids)
    if not changed_ids:
        return
    import search

    try:
        search.update(kb, changed_ids, documents=documents)
    except search.SearchError as e:
        click.echo(f"warning: search index not updated: {e}; run `arising index`", err=True)


def _after_change(kb: KnowledgeBase, report: IngestReport) -> None:
    """What follows new or changed records: follow-up proposals for the clerk to review, and the
    search index."""
    if not report.changed_ids:
        return
    from arising import followup

    documents = kb.documents()
    try:
        report.proposals = followup.update_proposals(kb, report.changed_ids, documents)
    except followup.ProposalError as e:
        report.failures.append(str(e))
    refresh_index(kb, report.changed_ids, documents)


def _print_report(report: IngestReport) -> None:
    rows = []
    for k in ("new", "revised", "updated", "unchanged", "older versions (replaced)"):
        if report.outcomes[k]:
            rows.append((f"documents {k}", str(report.outcomes[k])))
    if report.kinds:
        rows.append(("items in new or changed documents", str(sum(report.kinds.values()))))
    for k, n in sorted(report.kinds.items()):
        rows.append((f"  {PLURAL.get(k, k + 's')}", str(n)))
    rows.append(("skipped (not documents)", str(len(report.skipped))))
    rows.append(("failed", str(len(report.failures))))
    click.echo(table("Ingest summary", ("what", "count"), rows))
    if report.missing:
        click.echo(f"{len(report.missing)} item(s) no longer found by the extractor are kept and flagged missing: "
                   + ", ".join(report.missing[:10]))
    if report.proposals is not None and report.proposals.added:
        click.echo(f"{len(report.proposals.added)} new follow-up proposal(s) from these documents; "
                   f"{report.proposals.pending} pending: review them with `arising review`")
    for line in report.older:
        click.echo(f"not ingested: {line}")
    for f in report.failures:
        click.echo(f"failed: {f}")


def table(title: str, header: tuple[str, str], rows: list[tuple[str, str]]) -> str:
    """A two-column table (left text, right-aligned number) drawn as rich draws one, without
    importing rich: the summary is all an unchanged re-ingest prints."""
    w = [max(len(r[i]) for r in [header, *rows]) for i in (0, 1)]
    bar = lambda left, fill, mid, right: f"{left}{fill * (w[0] + 2)}{mid}{fill * (w[1] + 2)}{right}"  # noqa: E731
    lines = [title, bar("┏", "━", "┳", "┓"), f"┃ {header[0]:<{w[0]}} ┃ {header[1]:>{w[1]}} ┃", bar("┡", "━", "╇", "┩")]
    lines += [f"│ {a:<{w[0]}} │ {b:>{w[1]}} │" for a, b in rows]
    lines.append(bar("└", "─", "┴", "┘"))
    return "\n".join(lines)


# ---- reextract ----------------------------------------------------------------------------------


@cli.command()
@KB_OPTION
def reextract(kb_dir):
    """Run the current extractor again over every document, from the stored page text (no PDF is
    read again). Every human edit is kept; items no longer found are kept and flagged.

    \b
    Example:
      arising reextract --kb wexcombe-kb
    """
    kb = open_kb(kb_dir)
    report = IngestReport()
    try:
        with kb.lock("arising reextract"):
            paths = kb.record_files()
            with reextraction(kb, len(paths)) as submit:
                loaded = []  # (document, its job) or (None, error), in record order
                for path in paths:
                    try:
                        doc = kb.load_file(path)
                    except KBError as e:
                        loaded.append((None, str(e)))
                        continue
                    loaded.append((doc, submit(doc.sha256, doc.file, doc.url)))
                for doc, job in loaded:
                    if doc is None:
                        report.failures.append(job)
                        continue
                    p = job.result()
                    if p is None:
                        report.failures.append(f"{doc.id}: no stored page text; ingest the original again with `arising ingest`")
                        continue
                    if p.error:
                        report.failures.append(p.error)
                        continue
                    _store(kb, p, report, old=doc)
            kb.prune_record_cache()
            _after_change(kb, report)
    except KBError as e:
        fail(str(e))
    _print_report(report)
    sys.exit(1 if report.failures else 0)


# ---- validate -----------------------------------------------------------------------------------


@cli.command()
@KB_OPTION
def validate(kb_dir):
    """Check every record: schema, duplicate ids, dangling references. Prints `file: field: problem`
    for each and exits 1 with the count.

    \b
    Example:
      arising validate --kb wexcombe-kb
    """
    from arising.store import record_problems

    kb = KnowledgeBase(kb_root(kb_dir))
    if not os.path.isfile(kb.config_path):
        fail(f"{kb.root}: not a knowledge base (no arising.yml); run `arising init` or pass --kb DIR")
    problems: list[str] = []
    try:
        kb.config  # noqa: B018
    except ValueError as e:
        problems.append(str(e))
    docs: list[tuple[str, Document]] = []
    for path in kb.record_files():
        found = record_problems(path)
        problems += found
        if not found:
            docs.append((path, kb.load_file(path)))
    seen: dict[str, str] = {}
    for path, doc in docs:
        if os.path.basename(path) != f"{doc.id}.yml":
            problems.append(f"{path}: id: the document id {doc.id!r} does not match the file name")
        for it in doc.items():
            if it.id in seen:
                problems.append(f"{path}: item {it.id}: id: also used in {seen[it.id]}")
            seen[it.id] = path
    for path, doc in docs:
        for it in doc.items():
            refs = [("links.superseded_by", it.links.superseded_by)] + [("links.related", r) for r in it.links.related]
            for fld, ref in refs:
                if ref and ref not in seen:
                    problems.append(f"{path}: item {it.id}: {fld}: no item {ref!r} in the knowledge base")
    for line in problems:
        click.echo(line)
    n = len(kb.record_files())
    if problems:
        click.echo(f"{len(problems)} problem(s) in {n} record(s)")
        sys.exit(1)
    click.echo(f"{n} record(s), {len(seen)} item(s): all valid")


# ---- remove -------------------------------------------------------------------------------------


@cli.command()
@click.argument("doc")
@KB_OPTION
def remove(doc, kb_dir):
    """Take a wrongly ingested document (by id) out of the knowledge base, saying which edited items
    go with it. The original stays in sources/.

    \b
    Example:
      arising remove --kb wexcombe-kb cabinet-2024-03-12-minutes
    """
    kb = open_kb(kb_dir)
    try:
        with kb.lock("arising remove"):
            removed, edited = kb.remove(doc)
    except KBError as e:
        fail(str(e))
    refresh_index(kb, [removed.id])
    n = sum(1 for _ in removed.items())
    click.echo(f"Removed {removed.id} ({removed.file}, {n} item(s))")
    if edited:
        click.echo(f"{len(edited)} edited item(s) removed with it: " + ", ".join(edited))


def main():
    cli()


if __name__ == "__main__":
    main()
