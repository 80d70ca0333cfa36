"""The record schema: strict pydantic models for the YAML a knowledge base keeps, one file per document.

A record keeps apart what the extractor found (``Item.found``, refreshed on every re-extraction) and
what people changed (``status``, ``response``, ``edits``, ``history``, ``links``: never touched by the
extractor). The effective value of a field is the person's edit if there is one, else the extractor's.

Every model has an ``EXAMPLE`` below, used by the tests and the docs.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ItemKind = Literal["resolution", "recommendation", "action", "commitment", "priority", "metric"]
DocKind = Literal["minutes", "agenda-item", "decision", "issue-history", "annual-report", "action-log", "other"]
DocFormat = Literal["pdf", "html", "text", "docx"]
Status = Literal["open", "in-progress", "resolved", "superseded", "noted"]
Response = Literal["pending", "accepted", "partially-accepted", "not-accepted"]

ITEM_KINDS: tuple[str, ...] = ItemKind.__args__  # type: ignore[attr-defined]
DOC_KINDS: tuple[str, ...] = DocKind.__args__  # type: ignore[attr-defined]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]
RESPONSES: tuple[str, ...] = Response.__args__  # type: ignore[attr-defined]

DUE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|next-meeting|future-meeting)$")


def check_due(value: str | None) -> str | None:
    """A due is a date (YYYY-MM-DD), a month (YYYY-MM), ``next-meeting``, ``future-meeting`` or None."""
    if value is None:
        return None
    value = str(value)
    if not DUE_RE.match(value):
        raise ValueError(f"due must be YYYY-MM-DD, YYYY-MM, next-meeting or future-meeting, not {value!r}")
    if len(value) == 10:
        dt.date.fromisoformat(value)
    elif len(value) == 7:
        dt.date.fromisoformat(value + "-01")
    return value


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Source(Strict):
    """Where a fact was read: the document, its page (PDF) or paragraph (HTML/text/DOCX), the line, the words."""

    document: str
    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    quote: str


class Metric(Strict):
    value: float
    unit: str | None = None
    measure: str


class Found(Strict):
    """What the extractor read. Replaced wholesale on re-extraction; never edited by hand."""

    kind: ItemKind
    label: str | None = None
    """The item's own label in the document ("iii", "2", "a"), if it has one."""
    text: str
    owner: str | None = None
    """Who must act, as written."""
    owner_normalised: str | None = None
    """The owner through the knowledge base's aliases (``arising.yml``); as written if no alias applies."""
    due: str | None = None
    tracked: bool
    source: Source
    rule: str
    """The name of the classification rule that produced the item."""
    confidence: float = Field(ge=0.0, le=1.0)
    needs_review: bool = False
    ocr: bool = False
    metric: Metric | None = None

    _due = field_validator("due")(classmethod(lambda cls, v: check_due(v)))


class Edits(Strict):
    """A person's corrections to what the extractor found. A field set here wins over ``found``."""

    kind: ItemKind | None = None
    text: str | None = None
    owner: str | None = None
    due: str | None = None
    due_reason: str | None = None
    tracked: bool | None = None
    confidential: bool | None = None

    _due = field_validator("due")(classmethod(lambda cls, v: check_due(v)))


class Change(Strict):
    """One dated change to an item, by a named person or evidenced by a document."""

    at: dt.datetime
    by: str
    """A clerk's name, ``extractor``, or ``document:<id>`` when a later document evidenced it."""
    changes: dict[str, list] = Field(default_factory=dict)
    """field -> [old, new]"""
    evidence: str | None = None
    """A later document and page (``<doc-id>#p4``), or a free reference."""
    note: str | None = None
    proposal: str | None = None
    """The review proposal that made this change, if any."""
    undoes: int | None = None
    """For an undo: the index in the history of the change it reverts."""


class Links(Strict):
    superseded_by: str | None = None
    related: list[str] = Field(default_factory=list)


class Item(Strict):
    id: str
    found: Found
    status: Status = "open"
    response: Response | None = None
    edits: Edits = Field(default_factory=Edits)
    history: list[Change] = Field(default_factory=list)
    links: Links = Field(default_factory=Links)
    sources: list[Source] = Field(default_factory=list)
    """Further sources of the same decision (the same resolution printed in another document)."""
    missing: bool = False
    """True when a re-extraction no longer finds the item: kept and flagged for a clerk, never deleted."""

    @property
    def kind(self) -> str:
        return self.edits.kind or self.found.kind

    @property
    def text(self) -> str:
        return self.edits.text or self.found.text

    @property
    def owner(self) -> str | None:
        return self.edits.owner or self.found.owner_normalised or self.found.owner

    @property
    def due(self) -> str | None:
        return self.edits.due or self.found.due

    @property
    def tracked(self) -> bool:
        return self.found.tracked if self.edits.tracked is None else self.edits.tracked

    @property
    def human_edited(self) -> bool:
        return bool(self.history) or self.edits != Edits() or self.links != Links()


class AgendaItem(Strict):
    number: str | None = None
    minute: str | None = None
    title: str | None = None
    text: str = ""
    items: list[Item] = Field(default_factory=list)


class Meeting(Strict):
    committee: str | None = None
    date: dt.date | None = None
    agenda_items: list[AgendaItem] = Field(default_factory=list)


class Document(Strict):
    id: str
    file: str
    """The original file name."""
    url: str | None = None
    sha256: str
    format: DocFormat
    kind: DocKind = "other"
    title: str | None = None
    council: str | None = None
    body: str | None = None
    pages: int | None = None
    ocr: bool = False
    confidential: bool = False
    warnings: list[str] = Field(default_factory=list)
    extractor: str | None = None
    """The version of the extractor that wrote ``found``; a different one re-extracts on ingest."""
    meetings: list[Meeting] = Field(default_factory=list)

    def items(self):
        for m in self.meetings:
            for a in m.agenda_items:
                yield from a.items

    @model_validator(mode="after")
    def _unique_ids(self):
        seen: set[str] = set()
        for it in self.items():
            if it.id in seen:
                raise ValueError(f"duplicate item id {it.id!r}")
            seen.add(it.id)
        return self


# ---- worked examples (used by tests and docs) -------------------------------------------------

EXAMPLE_SOURCE = Source(
    document="place-2024-03-11-minutes",
    page=3,
    line=14,
    quote="(iii) That the Director of Place bring a report on the Riverside car park charges to the next meeting.",
)

EXAMPLE_ITEM = Item(
    id="place-2024-03-11-12-iii",
    found=Found(
        kind="resolution",
        label="iii",
        text="That the Director of Place bring a report on the Riverside car park charges to the next meeting.",
        owner="Director of Place",
        owner_normalised="Director of Place",
        due="next-meeting",
        tracked=True,
        source=EXAMPLE_SOURCE,
        rule="resolved-numbered",
        confidence=0.95,
    ),
)

EXAMPLE_DOCUMENT = Document(
    id="place-2024-03-11-minutes",
    file="Place Scrutiny minutes 11 March 2024.pdf",
    sha256="0" * 64,
    format="pdf",
    kind="minutes",
    title="Minutes of the Place Scrutiny Committee, 11 March 2024",
    council="Borough of Wexcombe",
    pages=6,
    meetings=[
        Meeting(
            committee="Place Scrutiny Committee",
            date=dt.date(2024, 3, 11),
            agenda_items=[
                AgendaItem(
                    number="12",
                    minute="12",
                    title="Riverside car park charges",
                    text="RESOLVED:\n(iii) That the Director of Place bring a report on the Riverside car park "
                    "charges to the next meeting.",
                    items=[EXAMPLE_ITEM],
                )
            ],
        )
    ],
)
