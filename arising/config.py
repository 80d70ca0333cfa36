"""``arising.yml``: a knowledge base's settings -- the council, its committees and their aliases, owner
aliases, known future meeting dates, the scrutiny response period and the search engine."""
from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from arising import yamlio

_STOP = {"and", "of", "the", "for", "&", "on", "in", "to", "a"}


def slug(text: str, limit: int = 40) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:limit].rstrip("-") or "x"


def committee_slug(name: str) -> str:
    """A short, typeable slug for a committee: its name if short ("cabinet", "planning-board"),
    else the initials of its significant words ("Children's Services Scrutiny Panel" -> "cssp")."""
    words = [w for w in re.findall(r"[A-Za-z0-9]+", re.sub(r"['’]s\b", "", name)) if w.lower() not in _STOP]
    if not words:
        return "x"
    if len(words) <= 2 and sum(len(w) for w in words) <= 20:
        return slug("-".join(words))
    return "".join(w[0] for w in words).lower()


def _key(name: str) -> str:
    """A committee name compared as people read it: case, curly quotes and spacing do not matter."""
    return " ".join(name.replace("\u2019", "'").replace("\u2018", "'").lower().split())


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Committee(Strict):
    name: str
    aliases: list[str] = Field(default_factory=list)
    slug: str | None = None
    """The short name used in item ids; derived from the name when not given."""

    def id_slug(self) -> str:
        return self.slug or committee_slug(self.name)


class Scrutiny(Strict):
    response_due_months: int = Field(default=2, ge=0, le=24)


class SearchSettings(Strict):
    engine: Literal["whoosh", "tantivy"] = "whoosh"


class Config(Strict):
    council: str | None = None
    committees: list[Committee] = Field(default_factory=list)
    owners: dict[str, list[str]] = Field(default_factory=dict)
    """Owner aliases: canonical name -> the variants that mean the same owner."""
    future_meetings: dict[str, list[dt.date]] = Field(default_factory=dict)
    """Known future meeting dates, by committee name."""
    scrutiny: Scrutiny = Field(default_factory=Scrutiny)
    search: SearchSettings = Field(default_factory=SearchSettings)

    @field_validator("future_meetings", mode="before")
    @classmethod
    def _dates(cls, v):
        return {k: [dt.date.fromisoformat(str(d)) for d in (ds or [])] for k, ds in (v or {}).items()}

    def owner_aliases(self) -> dict[str, str]:
        """variant (lower case) -> canonical owner name."""
        out: dict[str, str] = {}
        for canonical, variants in self.owners.items():
            out[canonical.lower()] = canonical
            for v in variants or []:
                out[str(v).lower()] = canonical
        return out

    def committee(self, name: str | None) -> Committee | None:
        """The configured committee a name (or alias) refers to, case-insensitively."""
        if not name:
            return None
        key = _key(name)
        for c in self.committees:
            if key == _key(c.name) or key in (_key(a) for a in c.aliases):
                return c
        return None

    def canonical_committee(self, name: str | None) -> str | None:
        c = self.committee(name)
        return c.name if c else name

    def committee_slug(self, name: str | None) -> str | None:
        if not name:
            return None
        c = self.committee(name)
        return c.id_slug() if c else committee_slug(name)


class ConfigError(ValueError):
    pass


def load_config(path: str) -> Config:
    """Read ``arising.yml``. Raises ConfigError with one line naming the file, field and problem."""
    data = yamlio.plain(yamlio.load(path)) or {}
    try:
        return Config.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"{path}: {field}: {err['msg']}") from None
    except ValueError as e:  # a bad date in future_meetings
        raise ConfigError(f"{path}: future_meetings: {e}") from None
