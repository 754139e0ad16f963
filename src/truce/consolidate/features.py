"""What the matcher needs from a report, in a compact form.

A ``Report`` is a rich pydantic object of several kilobytes; a million of them do not fit
the memory budget, so the matcher works on ``MatchFeatures`` (a slotted record with the
date window as day numbers, the place, actor sets and the normalised evidence text) and
the caller can stream reports through ``features_of`` without keeping them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from truce.consolidate.config import MatchConfig
from truce.consolidate.text import Grams, grams, normalise
from truce.geocode.normalize import normalize_name
from truce.model import DatePrecision, Flag, Report

#: Sides that say nothing about who did it (targets and bystanders, not belligerents).
NON_BELLIGERENT = frozenset({"neutral"})
UNDATED = -1


@dataclass(slots=True)
class MatchFeatures:
    """One report as the matcher sees it. ``lo``/``hi`` are ordinal day numbers."""

    id: str
    document: str
    type: str
    lo: int
    hi: int
    slack: int
    admin1: str | None
    admin2: str | None
    place_id: str | None
    lat: float | None
    lon: float | None
    precision: int
    name: str
    broad: bool
    actors: frozenset[str]
    targets: frozenset[str]
    sides: frozenset[str]
    fatalities: tuple[int, int] | None
    grams: Grams | None
    pin: str | None = None
    text: bytes | None = None
    vector: tuple[Grams, float] | None = None
    width: int = 0
    dated: bool = False
    matchable: bool = False
    radius: float = 25.0
    exact: bool = False
    compatible: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.dated = self.lo != UNDATED
        self.width = self.hi - self.lo + 1
        self.exact = self.precision == 1 and not self.broad and self.place_id is not None

    def limit(self, config: MatchConfig) -> MatchFeatures:
        """Set what the settings decide once per report: ``matchable`` (dated and no wider
        than the longest window matched), the distance ``radius`` of its place precision
        and the event types it may match."""
        self.matchable = self.dated and self.width <= config.max_window_days
        self.radius = config.radius_km.get(self.precision, 25.0)
        self.compatible = config.compatible_with(self.type)
        return self

    def order(self) -> tuple[int, int, int, str]:
        """Processing order: by window end, narrow windows first, precise places first, id.

        A report is matched after every report whose window ends earlier, so a vague
        report ("last weekend", "this month", "in Idlib province") meets the precise ones
        already grouped and joins the best of them instead of founding a group.
        """
        return (self.hi if self.dated else 1 << 30, self.width, self.precision, self.id)


@lru_cache(maxsize=8192)
def _frozen(items: tuple[str, ...]) -> frozenset[str]:
    """Shared frozensets: a million reports name only a few hundred actor combinations."""
    return frozenset(items)


def _window(report: Report) -> tuple[int, int]:
    start, end = report.date.start, report.date.end
    if start is None or end is None:
        return UNDATED, UNDATED
    return start.toordinal(), max(end, start).toordinal()


def _fatalities(report: Report) -> tuple[int, int] | None:
    value = report.fatalities
    if value is None or Flag.NEGATED in report.flags:
        return None
    low = value.low if value.low is not None else value.best
    high = value.high if value.high is not None else value.best
    if low is None and high is None:
        return None
    low = low if low is not None else high
    high = high if high is not None else low
    assert low is not None and high is not None
    return (min(low, high), max(low, high))


def sides_of(actor_ids: Iterable[str], sides: Mapping[str, str]) -> frozenset[str]:
    """Belligerent sides named (``neutral`` ones are dropped)."""
    return _frozen(
        tuple(sorted({s for a in actor_ids if (s := sides.get(a)) and s not in NON_BELLIGERENT}))
    )


def features_of(
    report: Report,
    config: MatchConfig,
    sides: Mapping[str, str],
    *,
    pin: str | None = None,
    lead: str = "",
    later: bool = False,
) -> MatchFeatures:
    """The matcher's view of one report; ``sides`` maps actor id -> side (actors.yaml).

    ``lead`` (the headline and first lines of the document) is added to the evidence text
    of a document's most prominent report: that is what the whole article is about.
    ``later``: keep the normalised text and leave its n-grams to ``Clusterer.run``, which
    hashes many reports' texts at once.
    """
    text = normalise(" ".join([*(span.text for span in report.evidence), lead]))
    lo, hi = _window(report)
    place = report.place
    precision = report.date.precision if lo != UNDATED else DatePrecision.UNKNOWN
    return MatchFeatures(
        id=report.id,
        document=report.document_id,
        type=report.type.value,
        lo=lo,
        hi=hi,
        slack=config.slack(precision),
        admin1=place.admin1_pcode,
        admin2=place.admin2_pcode if place.precision <= 3 else None,
        place_id=place.gazetteer_id if place.precision <= 3 else None,
        lat=place.lat if place.precision <= 2 else None,
        lon=place.lon if place.precision <= 2 else None,
        precision=place.precision,
        name=normalize_name(place.name) if place.name and place.precision != 6 else "",
        broad=place.gazetteer_id in config.broad_places,
        actors=_frozen(
            tuple(sorted(a for a in report.actors if sides.get(a) not in NON_BELLIGERENT))
        ),
        targets=_frozen(tuple(sorted(report.targets))),
        sides=sides_of(report.actors, sides),
        fatalities=_fatalities(report),
        grams=None if later else grams(text),
        pin=pin,
        text=text if later else None,
    ).limit(config)


def day(value: int) -> dt.date:
    """Back from an ordinal day number (for explanations)."""
    return dt.date.fromordinal(value)
