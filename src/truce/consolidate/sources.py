"""Who stands behind a source (``data/sources.yaml``), and which sources are independent.

Grading counts *independent* sources: two outlets of one government, or an outlet that
republishes another, are one voice. Ownership and republishing are editable data; a
source missing from the catalogue counts as its own owner. Documents whose texts are
near-identical count as one source as well, whatever their outlets, because that is what
republishing looks like when nobody has written it down yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from truce.errors import ConfigError
from truce.ids import slug


class SourceEntry(BaseModel):
    """One outlet or office, with who owns it and whether it only republishes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    name: str
    owner: str | None = Field(default=None, description="Sources with one owner are one voice.")
    kind: str = "unknown"
    side: str | None = None
    credible: bool = True
    republishes: str | None = Field(default=None, description="Id of the source it copies.")
    aliases: list[str] = Field(default_factory=list)
    note: str | None = None


@dataclass(frozen=True)
class DocumentInfo:
    """What consolidation needs to know about a document besides its reports."""

    source: str | None = None
    published: dt.date | None = None
    body: str | None = None


@dataclass(frozen=True)
class Voice:
    """The independent source a document counts as, and why."""

    key: str
    name: str
    credible: bool
    note: str | None = None


class SourceCatalogue:
    """Lookup by name or alias (case-insensitive) and the independence key of a source."""

    def __init__(self, entries: Iterable[SourceEntry]) -> None:
        self.entries = {entry.id: entry for entry in entries}
        self._names: dict[str, SourceEntry] = {}
        for entry in self.entries.values():
            for name in (entry.id, entry.name, *entry.aliases):
                self._names.setdefault(name.casefold(), entry)

    def lookup(self, name: str | None) -> SourceEntry | None:
        return self._names.get(name.casefold()) if name else None

    def side(self, name: str | None) -> str | None:
        entry = self.lookup(name)
        return entry.side if entry else None

    def voice(self, name: str | None, document_id: str) -> Voice:
        """The independent voice behind a source name (the document itself if unnamed)."""
        if not name:
            return Voice(f"doc:{document_id}", "unnamed source", True, "no source named")
        entry = self.lookup(name)
        if entry is None:
            return Voice(f"src:{slug(name)}", name, True)
        notes = []
        seen = {entry.id}
        while entry.republishes and entry.republishes in self.entries:
            notes.append(f"{entry.name} republishes {self.entries[entry.republishes].name}")
            entry = self.entries[entry.republishes]
            if entry.id in seen:
                break
            seen.add(entry.id)
        key = entry.owner or entry.id
        if entry.owner:
            notes.append(f"owned by {entry.owner}")
        return Voice(key, entry.name, entry.credible, "; ".join(notes) or None)


def _entries(data: Any, origin: str) -> list[SourceEntry]:
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise ConfigError(f"{origin}: expected a mapping with a `sources:` list")
    try:
        entries = [SourceEntry.model_validate(item) for item in data["sources"]]
    except ValidationError as exc:
        raise ConfigError(f"{origin}: invalid source entry: {exc}") from exc
    ids = [e.id for e in entries]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ConfigError(f"{origin}: duplicate source ids {dupes}")
    missing = sorted({e.republishes for e in entries if e.republishes and e.republishes not in ids})
    if missing:
        raise ConfigError(f"{origin}: `republishes` names unknown sources {missing}")
    return entries


def parse_sources(text: str, *, origin: str = "<string>") -> SourceCatalogue:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{origin}: invalid YAML: {exc}") from exc
    return SourceCatalogue(_entries(data, origin))


@lru_cache(maxsize=4)
def load_sources(path: str | None = None) -> SourceCatalogue:
    """The packaged catalogue, or an edited copy given by path."""
    if path is not None:
        return parse_sources(Path(path).read_text(encoding="utf-8"), origin=path)
    text = resources.files("truce").joinpath("data", "sources.yaml").read_text("utf-8")
    return parse_sources(text, origin="truce/data/sources.yaml")


def voices(
    documents: Mapping[str, DocumentInfo],
    document_ids: Iterable[str],
    catalogue: SourceCatalogue,
    *,
    duplicates: Mapping[str, str] | None = None,
) -> dict[str, Voice]:
    """document id -> voice; ``duplicates`` maps a document to an earlier near-identical one."""
    out: dict[str, Voice] = {}
    for doc_id in document_ids:
        info = documents.get(doc_id, DocumentInfo())
        out[doc_id] = catalogue.voice(info.source, doc_id)
    for doc_id, original in (duplicates or {}).items():
        if doc_id in out and original in out and out[doc_id].key != out[original].key:
            first = out[original]
            note = f"near-identical text to {original} ({first.name})"
            out[doc_id] = Voice(first.key, first.name, first.credible, note)
    return out
