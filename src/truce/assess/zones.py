"""Is an incident inside an agreement zone (with its buffer)?

Distances are computed in km on a local equirectangular projection centred on the
zone: accurate to well under 1% at the scale of a ceasefire zone, and it keeps
buffers in km without a projection library. A place's precision bounds what we
may say: an exact point can be inside; a point "near" a town (UCDP 2, ~25 km) can
only be "possibly inside"; a place known only to its governorate is never placed
inside a zone, but it is outside one that does not reach that governorate.

``place_in_zone`` answers for one place with the reason in words; ``zone_codes``
answers for many places at once (STRtree on the zones' search boxes, then exact
distances for the few candidates), with the same thresholds.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import Point, box, shape
from shapely.geometry.base import BaseGeometry

from truce.assess.timing import Timing
from truce.model import Place, Zone

KM_PER_DEG_LAT = 110.574
KM_PER_DEG_LON_EQUATOR = 111.320
#: UCDP where_prec 2 means "within about 25 km of the named place".
NEAR_UNCERTAINTY_KM = 25.0
#: Best precision (UCDP code) at which a point is placed on the map of a zone.
PLACED_PRECISION = 2


@dataclass(frozen=True)
class Admin1:
    pcode: str
    name: str
    geometry: BaseGeometry


@lru_cache(maxsize=1)
def admin1_shapes() -> dict[str, Admin1]:
    """The governorate boundaries shipped with the gazetteer (OCHA, simplified)."""
    path = resources.files("truce").joinpath("data", "gazetteer", "syria_admin1.geojson")
    data = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for feature in data["features"]:
        props = feature["properties"]
        out[props["pcode"]] = Admin1(props["pcode"], props["name"], shape(feature["geometry"]))
    return out


@dataclass(frozen=True)
class Projected:
    """A zone's geometry in km around its centroid, and its buffered extent."""

    lon0: float
    lat0: float
    kx: float
    geometry: BaseGeometry
    region: BaseGeometry

    def to_km(self, lon: Any, lat: Any) -> tuple[Any, Any]:
        return (lon - self.lon0) * self.kx, (lat - self.lat0) * KM_PER_DEG_LAT

    def project(self, geometry: BaseGeometry) -> BaseGeometry:
        origin = np.array([self.lon0, self.lat0])
        scale = np.array([self.kx, KM_PER_DEG_LAT])
        return shapely.transform(geometry, lambda xy: (xy - origin) * scale)


def _freeze(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    return value


@lru_cache(maxsize=1024)
def _projected(geom_type: str, coordinates: Any, buffer_km: float) -> Projected:
    geometry = shape({"type": geom_type, "coordinates": coordinates})
    centre = geometry.centroid
    kx = KM_PER_DEG_LON_EQUATOR * math.cos(math.radians(centre.y))
    plain = Projected(centre.x, centre.y, kx, geometry, geometry)
    local = plain.project(geometry)
    region = local.buffer(buffer_km) if buffer_km > 0 else local
    return Projected(centre.x, centre.y, kx, local, region)


def projected(zone: Zone) -> Projected:
    return _projected(zone.geometry["type"], _freeze(zone.geometry["coordinates"]), zone.buffer_km)


def distance_km(zone: Zone, lon: float, lat: float) -> float:
    """Distance from a point to the zone's geometry (0 inside), in km."""
    proj = projected(zone)
    return float(proj.geometry.distance(Point(proj.to_km(lon, lat))))


@lru_cache(maxsize=4096)
def _reaches(zone_key: tuple[str, Any, float], pcode: str) -> bool | None:
    admin = admin1_shapes().get(pcode)
    if admin is None:
        return None
    proj = _projected(*zone_key)
    return bool(proj.region.intersects(proj.project(admin.geometry)))


def reaches_admin1(zone: Zone, pcode: str | None) -> bool | None:
    """Does the zone (with buffer) reach into the governorate? None when unknown."""
    if pcode is None:
        return None
    key = (zone.geometry["type"], _freeze(zone.geometry["coordinates"]), zone.buffer_km)
    return _reaches(key, pcode)


def is_placed(place: Place) -> bool:
    return place.lat is not None and place.lon is not None and place.precision <= PLACED_PRECISION


def place_in_zone(place: Place, zone: Zone) -> tuple[Timing, str]:
    """Inside / possibly inside / outside, with the reason in plain words."""
    where = f"zone {zone.id!r} ({zone.name}, buffer {zone.buffer_km:g} km)"
    if place.lat is None or place.lon is None or place.precision > PLACED_PRECISION:
        reaches = reaches_admin1(zone, place.admin1_pcode)
        area = place.admin1_name or place.admin1_pcode
        if reaches is False:
            return (
                Timing.OUTSIDE,
                f"outside {where}: the place is known only to lie in {area} governorate, "
                "which the zone does not reach",
            )
        known = f"known only to lie in {area} governorate" if area else "not known precisely"
        return (
            Timing.POSSIBLY_INSIDE,
            f"cannot place in {where}: the location is {known} (precision {place.precision})",
        )
    gap = distance_km(zone, place.lon, place.lat) - zone.buffer_km
    uncertainty = NEAR_UNCERTAINTY_KM if place.precision == 2 else 0.0
    if gap <= 0 and uncertainty == 0:
        return Timing.INSIDE, f"inside {where}"
    if gap > uncertainty:
        return Timing.OUTSIDE, f"outside {where}: {gap:.1f} km beyond the buffer"
    return Timing.POSSIBLY_INSIDE, f"possibly inside {where}: place known only to ~25 km"


def _search_box(zone: Zone) -> BaseGeometry:
    """A lon/lat box that holds every point that could be inside or possibly inside."""
    geometry = shape(zone.geometry)
    reach = zone.buffer_km + NEAR_UNCERTAINTY_KM + 1.0
    minx, miny, maxx, maxy = geometry.bounds
    dlat = reach / KM_PER_DEG_LAT
    lat = min(max(abs(miny), abs(maxy)) + dlat, 89.0)
    dlon = reach / (KM_PER_DEG_LON_EQUATOR * math.cos(math.radians(lat)))
    return box(minx - dlon, miny - dlat, maxx + dlon, maxy + dlat)


def zone_codes(
    zones: Sequence[Zone],
    lon: npt.NDArray[np.float64],
    lat: npt.NDArray[np.float64],
    precision: npt.NDArray[np.int8],
    admin1: npt.NDArray[np.int16],
    admin1_codes: Sequence[str],
) -> npt.NDArray[np.int8]:
    """Codes (0 inside, 1 possibly, 2 outside) for every zone x place: shape (zones, n)."""
    n = lon.shape[0]
    codes = np.full((len(zones), n), 2, dtype=np.int8)
    placed = (precision <= PLACED_PRECISION) & ~np.isnan(lon) & ~np.isnan(lat)
    loose = np.flatnonzero(~placed)
    if loose.size and zones:
        # (zones, admin1 codes + 1): 1 where the zone may reach the governorate; the
        # last column is for "governorate unknown" (code -1), always "possibly".
        reach = np.array(
            [
                [1 if reaches_admin1(z, c) is not False else 2 for c in admin1_codes] + [1]
                for z in zones
            ],
            dtype=np.int8,
        )
        codes[:, loose] = reach[:, admin1[loose]]
    idx = np.flatnonzero(placed)
    if idx.size == 0 or not zones:
        return codes
    tree = shapely.STRtree([_search_box(zone) for zone in zones])
    hits = tree.query(shapely.points(lon[idx], lat[idx]), predicate="intersects")
    order = np.argsort(hits[1], kind="stable")
    point_pos, zone_pos = hits[0][order], hits[1][order]
    for z in np.unique(zone_pos):
        cand = idx[point_pos[zone_pos == z]]
        zone = zones[int(z)]
        proj = projected(zone)
        x, y = proj.to_km(lon[cand], lat[cand])
        gap = shapely.distance(proj.geometry, shapely.points(x, y)) - zone.buffer_km
        near = precision[cand] == 2
        unc = np.where(near, NEAR_UNCERTAINTY_KM, 0.0)
        inside = (gap <= 0) & ~near
        codes[z, cand] = np.where(inside, 0, np.where(gap > unc, 2, 1))
    return codes
