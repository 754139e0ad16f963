"""Points the text only describes: "10 km east of X", "between X and Y".

Such a point is computed, not looked up, so it needs its own admin codes: the district
(admin2) outline it falls in, from the simplified OCHA outlines shipped with the package,
tested with a small ray-casting routine (no shapely import for one point).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from truce.geocode.entries import read_json

__all__ = ["NEAR_KM", "AdminUnit", "admin_at", "destination", "distance_km", "midpoint", "near"]

EARTH_KM = 6371.0
NEAR_KM = 75  # "near", "north of": within a day's drive, not across the country
Ring = list[tuple[float, float]]  # (lon, lat)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


class Located(Protocol):
    """Anything with a point (a gazetteer entry, an admin unit)."""

    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...


def near(a: Located | None, b: Located | None) -> bool:
    """Both points known and within :data:`NEAR_KM` of each other."""
    if a is None or b is None or a.lat is None or a.lon is None:
        return False
    if b.lat is None or b.lon is None:
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM


def destination(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) on an initial bearing (0 = north, 90 = east)."""
    d, b = km / EARTH_KM, math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(
        math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2)
    )
    return round(math.degrees(p2), 5), round(math.degrees(l2), 5)


def midpoint(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    """Half-way point (plain average: the places compared are at most a few hundred km apart)."""
    return round((lat1 + lat2) / 2, 5), round((lon1 + lon2) / 2, 5)


@dataclass(frozen=True, slots=True)
class AdminUnit:
    """A district and its governorate, as the outline a point falls in gives them."""

    admin1_pcode: str
    admin1_name: str
    admin2_pcode: str
    admin2_name: str


@dataclass(frozen=True, slots=True)
class _Outline:
    unit: AdminUnit
    box: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat
    polygons: tuple[tuple[Ring, ...], ...]  # each: outer ring, then holes


def admin_at(lat: float, lon: float) -> AdminUnit | None:
    """The Syrian district containing the point, or None outside Syria."""
    for outline in _outlines():
        x0, y0, x1, y1 = outline.box
        if (
            x0 <= lon <= x1
            and y0 <= lat <= y1
            and any(_in_polygon(lon, lat, rings) for rings in outline.polygons)
        ):
            return outline.unit
    return None


def _in_polygon(x: float, y: float, rings: tuple[Ring, ...]) -> bool:
    return _in_ring(x, y, rings[0]) and not any(_in_ring(x, y, hole) for hole in rings[1:])


def _in_ring(x: float, y: float, ring: Ring) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


@cache
def _outlines() -> tuple[_Outline, ...]:
    doc = read_json("syria_admin2.geojson")
    out = []
    for feature in doc["features"]:
        props, geom = feature["properties"], feature["geometry"]
        parts = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        polygons = tuple(tuple([(p[0], p[1]) for p in ring] for ring in part) for part in parts)
        xs = [p[0] for part in polygons for p in part[0]]
        ys = [p[1] for part in polygons for p in part[0]]
        unit = AdminUnit(props["admin1_pcode"], props["admin1_name"], props["pcode"], props["name"])
        out.append(_Outline(unit, (min(xs), min(ys), max(xs), max(ys)), polygons))
    return tuple(out)
