"""Place names in the body: from the gazetteer when there is one, else a plain fallback.

Extraction only records the place *as written* and how the event relates to it
("outside the city of Deir Ezzor" is ``near``); the geocode stage later turns the
name into coordinates and admin codes. The gazetteer is imported lazily so the
extractor still works (with lower recall) where ``truce.geocode`` is absent: the
fallback takes a capitalised name after "in", "near", "outside (the eastern city
of)" and similar phrases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from truce.model import PlaceRelation


class PlaceMentionLike(Protocol):
    """What the gazetteer's ``find_mentions`` returns (attributes read, never set)."""

    @property
    def name(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def relation(self) -> object: ...
    @property
    def entry_id(self) -> object: ...


class PlaceFinder(Protocol):
    """Anything that finds place names in a text, like ``truce.geocode.Gazetteer``."""

    def find_mentions(self, text: str) -> Sequence[PlaceMentionLike]: ...


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """A place named in the body (offsets into the body)."""

    name: str
    start: int
    end: int
    relation: PlaceRelation
    entry_id: str | None = None


COUNTRIES = frozenset({"Syria", "Iraq", "Turkey", "Lebanon", "Jordan", "Israel"})


def find_places(body: str, finder: PlaceFinder | None) -> list[PlaceHit]:
    """Place mentions of the whole body, in order; fallback rules when no finder."""
    if finder is None:
        return fallback_places(body)
    hits = []
    for mention in finder.find_mentions(body):
        relation = _relation(mention.relation)
        if mention.name in COUNTRIES:
            relation = PlaceRelation.COUNTRY
        entry = mention.entry_id
        hits.append(
            PlaceHit(
                mention.name, mention.start, mention.end, relation, str(entry) if entry else None
            )
        )
    return sorted(hits, key=lambda hit: hit.start)


@cache
def default_finder() -> PlaceFinder | None:
    """The packaged gazetteer, or None when ``truce.geocode`` is not installed."""
    try:
        from truce.geocode import default_gazetteer
    except ImportError:
        return None
    finder: PlaceFinder = default_gazetteer()
    return finder


def _relation(value: object) -> PlaceRelation:
    if isinstance(value, PlaceRelation):  # the gazetteer's own (the usual case)
        return value
    try:
        return PlaceRelation(str(value))
    except ValueError:
        return PlaceRelation.UNKNOWN


# --- fallback --------------------------------------------------------------------------

_CONNECTOR = r"(?:al|el|ez|az|as|ad|ash|ar|an|at|ed|es|er|ul|bin|ibn|de|du)"
_WORD = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
_NAME = rf"(?P<name>{_WORD}(?:[ -](?:{_CONNECTOR}[- ])?{_WORD})*)"
_PREP = (
    r"(?P<prep>(?i:in|at|near|outside|around|close to|(?:on|in) the outskirts of"
    r"|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? of))"
)
_ADJ = (
    r"(?:(?:eastern|western|northern|southern|central|north-?eastern|north-?western"
    r"|south-?eastern|south-?western|besieged|rebel-held|government-held|opposition-held)\s+)*"
)
_KIND = (
    r"(?:(?P<kind>city|town|village|province|governorate|district|countryside|suburbs?"
    r"|outskirts|neighbou?rhood|area|region)\s+of\s+)?"
)
_FALLBACK = re.compile(rf"\b{_PREP}\s+(?:the\s+)?{_ADJ}{_KIND}{_NAME}")
_NOT_PLACES = frozenset(
    {
        "The", "A", "An", "This", "That", "These", "Those", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Syrian", "Russian",
        "Turkish", "Iranian", "Israeli", "American", "Kurdish", "Iraqi", "Islamic", "It",
    }
)  # fmt: skip
_NEAR = {"near", "outside", "around", "close to"}


def fallback_places(body: str) -> list[PlaceHit]:
    """Capitalised names after a locative phrase ("near Aleppo", "in the town of Marea")."""
    hits: list[PlaceHit] = []
    for match in _FALLBACK.finditer(body):
        name = match.group("name")
        first = name.split()[0].split("-")[0]
        if first in _NOT_PLACES:
            continue
        hits.append(
            PlaceHit(name, match.start("name"), match.end("name"), _fallback_relation(match))
        )
    return hits


def _fallback_relation(match: re.Match[str]) -> PlaceRelation:
    prep, kind = match.group("prep").lower(), (match.group("kind") or "").lower()
    if match.group("name") in COUNTRIES:
        return PlaceRelation.COUNTRY
    if prep in _NEAR or "outskirts" in prep or kind in {"outskirts", "countryside", "suburbs"}:
        return PlaceRelation.NEAR
    if prep.endswith(" of"):
        return PlaceRelation.OFFSET
    if kind in {"province", "governorate", "district", "region"}:
        return PlaceRelation.ADMIN
    return PlaceRelation.IN
