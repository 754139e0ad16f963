"""Is an incident inside an agreement zone (with its buffer)?

Distances are computed in km on a local equirectangular projection centred on the
zone: accurate to well under 1% at the scale of a ceasefire zone, and it keeps
buffers in km without a projection library. A place's precision bounds what we
may say: an exact point can be inside; a point "near" a town (UCDP 2, ~25 km) can
only be "possibly inside"; a governorate-level place is never placed in a zone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import shapely
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from truce.assess.timing import Timing
from truce.model import Place, Zone

KM_PER_DEG_LAT = 110.574
KM_PER_DEG_LON_EQUATOR = 111.320
#: UCDP where_prec 2 means "within about 25 km of the named place".
NEAR_UNCERTAINTY_KM = 25.0


@dataclass(frozen=True)
class _Projected:
    lon0: float
    lat0: float
    geometry: BaseGeometry

    def to_km(self, lon: float, lat: float) -> tuple[float, float]:
        kx = KM_PER_DEG_LON_EQUATOR * math.cos(math.radians(self.lat0))
        return (lon - self.lon0) * kx, (lat - self.lat0) * KM_PER_DEG_LAT


def _freeze(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    return value


@lru_cache(maxsize=1024)
def _project(geom_type: str, coordinates: Any) -> _Projected:
    geometry = shape({"type": geom_type, "coordinates": coordinates})
    centre = geometry.centroid
    lon0, lat0 = centre.x, centre.y
    scale = np.array([KM_PER_DEG_LON_EQUATOR * math.cos(math.radians(lat0)), KM_PER_DEG_LAT])
    origin = np.array([lon0, lat0])
    return _Projected(lon0, lat0, shapely.transform(geometry, lambda xy: (xy - origin) * scale))


def distance_km(zone: Zone, lon: float, lat: float) -> float:
    """Distance from a point to the zone's geometry (0 inside), in km."""
    projected = _project(zone.geometry["type"], _freeze(zone.geometry["coordinates"]))
    return float(projected.geometry.distance(Point(projected.to_km(lon, lat))))


def place_in_zone(place: Place, zone: Zone) -> tuple[Timing, str]:
    """Inside / possibly inside / outside, with the reason in plain words."""
    where = f"zone {zone.id!r} ({zone.name}, buffer {zone.buffer_km:g} km)"
    if place.lat is None or place.lon is None or place.precision > 2:
        return (
            Timing.POSSIBLY_INSIDE,
            f"location too imprecise to place in {where}: precision {place.precision}",
        )
    gap = distance_km(zone, place.lon, place.lat) - zone.buffer_km
    uncertainty = NEAR_UNCERTAINTY_KM if place.precision == 2 else 0.0
    if gap <= 0 and uncertainty == 0:
        return Timing.INSIDE, f"inside {where}"
    if gap > uncertainty:
        return Timing.OUTSIDE, f"outside {where}: {gap:.1f} km beyond the buffer"
    return Timing.POSSIBLY_INSIDE, f"possibly inside {where}: place known to ~25 km"
