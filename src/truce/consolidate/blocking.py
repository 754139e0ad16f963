"""Which incidents could a report match? Buckets by day, governorate and map cell.

Every report of an incident is filed under each day its window (widened by its slack)
covers, and under its governorate; a report with a point is also filed under the map
cells (0.25 degrees) its distance limit reaches, one without under its governorate's
"no point" list, and under its gazetteer place and district. A report with a point then
looks only at nearby cells and at reports without a point in its governorate; one known
only to the governorate looks at the whole governorate; one with no governorate only at
incidents naming one of its actors or targets; statements look at the whole day; a
report with a window wider than a week only at its place and district (it cannot be
placed by its date). Each lookup returns
a superset of the incidents that pass the hard limits, never fewer.
"""

from __future__ import annotations

import math

from truce.consolidate.config import MatchConfig
from truce.consolidate.features import MatchFeatures
from truce.consolidate.match import KM_PER_DEGREE

CELL_DEGREES = 0.25
Key = str | tuple[str, int, int] | tuple[str, str | None] | None


def cells(lat: float, lon: float, radius_km: float) -> list[Key]:
    """The cells a disc of ``radius_km`` around the point touches (its bounding box)."""
    dlat = radius_km / KM_PER_DEGREE
    dlon = radius_km / (KM_PER_DEGREE * max(math.cos(math.radians(lat)), 0.1))
    rows = range(
        math.floor((lat - dlat) / CELL_DEGREES), math.floor((lat + dlat) / CELL_DEGREES) + 1
    )
    cols = range(
        math.floor((lon - dlon) / CELL_DEGREES), math.floor((lon + dlon) / CELL_DEGREES) + 1
    )
    return [("c", r, c) for r in rows for c in cols]


def _place_keys(item: MatchFeatures) -> list[Key]:
    """Gazetteer place and district: what a wide-window report must share to match."""
    keys: list[Key] = []
    if item.place_id:
        keys.append(("p", item.place_id))
    if item.admin2:
        keys.append(("d", item.admin2))
    return keys


def _party_keys(item: MatchFeatures) -> list[Key]:
    """Actors and targets: what a report without a governorate must share to match."""
    keys: list[Key] = [("a", a) for a in item.actors]
    return keys + [("t", t) for t in item.targets]


class DayIndex:
    """Incident numbers by day and place key; days are forgotten oldest first."""

    def __init__(self, config: MatchConfig) -> None:
        self.config = config
        self._days: dict[int, dict[Key, list[int]]] = {}
        self._oldest: int | None = None

    def _radius(self, item: MatchFeatures) -> float:
        return self.config.radius_km.get(item.precision, 25.0)

    def _keys(self, item: MatchFeatures) -> list[Key]:
        keys: list[Key] = [item.admin1, *_place_keys(item), *_party_keys(item)]
        if item.lat is None or item.lon is None:
            return [*keys, ("v", item.admin1)]
        return [*keys, *cells(item.lat, item.lon, self._radius(item))]

    def add(self, index: int, item: MatchFeatures) -> None:
        """File incident ``index`` under the days and places of one of its reports."""
        keys = self._keys(item)
        first = item.lo - item.slack
        for day in range(first, item.hi + item.slack + 1):
            bucket = self._days.setdefault(day, {})
            for key in keys:
                indexes = bucket.setdefault(key, [])
                if not indexes or indexes[-1] != index:
                    indexes.append(index)
        if self._oldest is None or first < self._oldest:
            self._oldest = first

    def lookup(self, item: MatchFeatures) -> set[int]:
        """Incidents filed on the report's days under a place key it could match."""
        found: set[int] = set()
        keys: list[Key] | None
        if item.width > self.config.wide_window_days:
            keys = _place_keys(item)
            if not keys:
                return found
        elif item.type in self.config.placeless_types:
            keys = None
        elif not item.admin1:
            keys = _party_keys(item)
        elif item.lat is not None and item.lon is not None:
            keys = [("v", item.admin1), None, *cells(item.lat, item.lon, self._radius(item))]
        else:
            keys = [item.admin1, None]
        for day in range(item.lo - item.slack, item.hi + item.slack + 1):
            bucket = self._days.get(day)
            if not bucket:
                continue
            for indexes in bucket.values() if keys is None else (bucket.get(k, ()) for k in keys):
                found.update(indexes)
        return found

    def forget_before(self, day: int) -> None:
        while self._oldest is not None and self._oldest < day:
            self._days.pop(self._oldest, None)
            self._oldest += 1
