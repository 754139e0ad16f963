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
#: A bucket key: a map cell (int), a prefixed code or name (str), or None (no governorate).
Key = int | str | None


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
    return [(r << 32) + c for r in rows for c in cols]


def _governorate(admin1: str | None) -> Key:
    return None if admin1 is None else "g:" + admin1


def _place_keys(item: MatchFeatures) -> list[Key]:
    """Gazetteer place and district: what a wide-window report must share to match."""
    keys: list[Key] = []
    if item.place_id:
        keys.append("p:" + item.place_id)
    if item.admin2:
        keys.append("d:" + item.admin2)
    return keys


def _party_keys(item: MatchFeatures) -> list[Key]:
    """Actors and targets: what a report without a governorate must share to match."""
    keys: list[Key] = ["a:" + a for a in item.actors]
    return keys + ["t:" + t for t in item.targets]


class DayIndex:
    """Incident numbers by day and place key; days are forgotten oldest first."""

    def __init__(self, config: MatchConfig) -> None:
        self.config = config
        self._days: dict[int, dict[Key, list[int]]] = {}
        self._oldest: int | None = None
        self._cells: tuple[MatchFeatures | None, list[Key]] = (None, [])

    def _cells_of(self, item: MatchFeatures) -> list[Key]:
        """The item's cells (kept for the ``add`` that follows its ``lookup``)."""
        if self._cells[0] is not item:
            assert item.lat is not None and item.lon is not None
            self._cells = (item, cells(item.lat, item.lon, item.radius))
        return self._cells[1]

    def _keys(self, item: MatchFeatures) -> list[Key]:
        keys: list[Key] = [_governorate(item.admin1), *_place_keys(item), *_party_keys(item)]
        if item.lat is None or item.lon is None:
            return [*keys, "v:" + (item.admin1 or "")]
        return [*keys, *self._cells_of(item)]

    def add(self, index: int, item: MatchFeatures) -> None:
        """File incident ``index`` under the days and places of one of its reports."""
        keys = self._keys(item)
        first = item.lo - item.slack
        days = self._days
        for day in range(first, item.hi + item.slack + 1):
            bucket = days.get(day)
            if bucket is None:
                bucket = days[day] = {}
            for key in keys:
                indexes = bucket.get(key)
                if indexes is None:
                    bucket[key] = [index]
                elif indexes[-1] != index:
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
            keys = ["v:" + item.admin1, None, *self._cells_of(item)]
        else:
            keys = [_governorate(item.admin1), None]
        days = self._days
        for day in range(item.lo - item.slack, item.hi + item.slack + 1):
            bucket = days.get(day)
            if not bucket:
                continue
            if keys is None:
                for indexes in bucket.values():
                    found.update(indexes)
                continue
            for key in keys:
                filed = bucket.get(key)
                if filed is not None:
                    found.update(filed)
        return found

    def forget_before(self, day: int) -> None:
        while self._oldest is not None and self._oldest < day:
            self._days.pop(self._oldest, None)
            self._oldest += 1
