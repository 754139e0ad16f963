"""The few facts of a report that its incident's view reads, kept small.

A ``Report`` is several kilobytes of pydantic objects (a million of them do not fit the
memory budget), and its evidence sentences have done their work once the matcher has its
``MatchFeatures``. ``ReportFacts`` keeps only what the incident fields, the claims ledger
and the grade read, with the values a million reports repeat (dates, names, codes, actor
lists) shared instead of copied. ``Place`` values are kept as a plain tuple and only the
place an incident shows becomes a ``Place`` again.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from truce.consolidate.view import build
from truce.model import ClaimMention, EventDate, EventType, Flag, Place, Report

#: Field order of the place tuple (``Place``'s own order, so it dumps like the model).
PLACE_FIELDS: tuple[str, ...] = tuple(Place.model_fields)
_PRECISION = PLACE_FIELDS.index("precision")
_GAZETTEER = PLACE_FIELDS.index("gazetteer_id")
_NAME = PLACE_FIELDS.index("name")

PlaceValues = tuple[Any, ...]
Figures = tuple[int | None, int | None, int | None]
H = TypeVar("H", bound=Hashable)


class Shared:
    """One object per distinct value: a million reports repeat a few thousand names,
    codes, days and actor lists, each otherwise kept as a copy per report."""

    def __init__(self) -> None:
        self._seen: dict[Hashable, Any] = {}

    def __call__(self, value: H) -> H:
        found: H = self._seen.setdefault(value, value)
        return found

    def date(self, date: EventDate) -> EventDate:
        """An ``EventDate`` equal to ``date`` (the first one seen with its values)."""
        key = ("date", date.start, date.end, date.precision, date.basis)
        found: EventDate = self._seen.setdefault(key, date)
        return found


@dataclass(slots=True)
class ReportFacts:
    """What an incident view needs from one report (see ``truce.consolidate.incident``)."""

    id: str
    document_id: str
    type: EventType
    date: EventDate
    place: PlaceValues
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    fatalities: Figures | None
    flags: frozenset[Flag]
    claims: Sequence[ClaimMention]

    @property
    def precision(self) -> int:
        value: int = self.place[_PRECISION]
        return value

    @property
    def place_key(self) -> str:
        """Same place: same gazetteer entry, else same name."""
        gazetteer: str | None = self.place[_GAZETTEER]
        name: str | None = self.place[_NAME]
        return gazetteer or (name or "").casefold()


def facts_of(report: Report, shared: Shared) -> ReportFacts:
    """The report's facts, with repeated values taken from ``shared``."""
    place = report.place
    given = place.__dict__
    values = tuple(shared(v) if type(v) is str else v for v in map(given.__getitem__, PLACE_FIELDS))
    figures = report.fatalities
    return ReportFacts(
        id=report.id,
        document_id=shared(report.document_id),
        type=report.type,
        date=shared.date(report.date),
        place=shared(values),
        actors=shared(tuple(report.actors)),
        targets=shared(tuple(report.targets)),
        fatalities=None if figures is None else shared((figures.low, figures.best, figures.high)),
        flags=shared(frozenset(report.flags)),
        claims=tuple(report.claims) if report.claims else (),
    )


def place_of(values: PlaceValues) -> Place:
    """The ``Place`` the tuple was taken from (equal values, a new object)."""
    return build(Place, **dict(zip(PLACE_FIELDS, values, strict=True)))


def place_json(values: PlaceValues) -> dict[str, Any]:
    """``place_of(values).model_dump(mode="json")`` without building the model."""
    return {
        k: v.value if isinstance(v, Enum) else v for k, v in zip(PLACE_FIELDS, values, strict=True)
    }
