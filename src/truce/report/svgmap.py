"""An inline SVG map of incidents over the governorate boundaries: no network, no script.

Projection: equirectangular with x scaled by cos(mid-latitude), good enough to
read at country scale. Honest about places: a point known to ~25 km gets a
dashed 25 km ring; a place known only to its governorate is drawn as a hollow
marker at the governorate's label point; places known only to the country are
not drawn and are counted under the map. Every text is escaped.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import shapely
from markupsafe import Markup, escape
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from truce.assess.timing import fmt_date
from truce.assess.zones import KM_PER_DEG_LAT, NEAR_UNCERTAINTY_KM, admin1_shapes, projected
from truce.model import Agreement
from truce.report.views import IncidentView

WIDTH = 640
MARGIN = 14
COLOURS = {
    "possible_violation": "#c62828",
    "insufficient_information": "#b7950b",
    "permitted": "#2e7d32",
    "outside_scope": "#1565c0",
    "no_finding": "#616161",
}


@dataclass(frozen=True)
class Frame:
    """Lon/lat -> SVG pixels."""

    minx: float
    maxy: float
    scale: float
    kx: float
    height: int

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (
            MARGIN + (lon - self.minx) * self.kx * self.scale,
            MARGIN + (self.maxy - lat) * self.scale,
        )

    def km(self, km: float) -> float:
        return km / KM_PER_DEG_LAT * self.scale


def _frame() -> Frame:
    minx, miny, maxx, maxy = shapely.union_all(
        [a.geometry for a in admin1_shapes().values()]
    ).bounds
    kx = math.cos(math.radians((miny + maxy) / 2))
    scale = (WIDTH - 2 * MARGIN) / ((maxx - minx) * kx)
    height = int(2 * MARGIN + (maxy - miny) * scale)
    return Frame(minx, maxy, scale, kx, height)


def _path(geometry: BaseGeometry, frame: Frame) -> str:
    polygons: Iterable[Polygon] = getattr(geometry, "geoms", [geometry])
    parts = []
    for polygon in polygons:
        for ring in (polygon.exterior, *polygon.interiors):
            points = [frame.xy(x, y) for x, y in ring.coords]
            parts.append("M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in points) + " Z")
    return " ".join(parts)


def _zones(agreements: Sequence[Agreement], frame: Frame) -> list[str]:
    out = []
    for agreement in agreements:
        for zone in agreement.zones:
            proj = projected(zone)
            region = shapely.transform(
                proj.region.buffer(0.5) if proj.region.area == 0 else proj.region,
                lambda xy, p=proj: xy / [p.kx, KM_PER_DEG_LAT] + [p.lon0, p.lat0],
            )
            title = escape(f"zone {zone.name} ({agreement.name}), buffer {zone.buffer_km:g} km")
            out.append(
                f'<path class="zone" d="{_path(region, frame)}"><title>{title}</title></path>'
            )
    return out


def _marker(view: IncidentView, frame: Frame) -> tuple[str, bool]:
    """SVG for one incident, and whether it could be placed at all."""
    place = view.incident.place
    colour = COLOURS[view.worst]
    label = (
        f"{view.number}. {view.incident.type.value.replace('_', ' ')}, "
        f"{fmt_date(view.incident.date)}, {place.name or 'place unknown'}: "
        f"{view.worst.replace('_', ' ')}{' (contested)' if view.contested else ''}"
    )
    admin = admin1_shapes().get(place.admin1_pcode or "")
    extra = ""
    if place.lat is not None and place.lon is not None and place.precision <= 2:
        x, y = frame.xy(place.lon, place.lat)
        style = f'fill="{colour}"'
        if place.precision == 2:
            ring = frame.km(NEAR_UNCERTAINTY_KM)
            extra = (
                f'<circle class="uncertainty" cx="{x:.1f}" cy="{y:.1f}" r="{ring:.1f}" '
                f'stroke="{colour}"/>'
            )
            label += " (place known to ~25 km)"
    elif admin is not None:
        point = admin.geometry.representative_point()
        x, y = frame.xy(point.x, point.y)
        style = f'fill="#fff" stroke="{colour}" stroke-dasharray="2 2"'
        label += f" (place known only to {admin.name} governorate)"
    else:
        return "", False
    return (
        f'<g class="incident-marker" data-incident="{escape(view.incident.id)}">{extra}'
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="7" {style}/>'
        f'<text x="{x:.1f}" y="{y + 3.5:.1f}" class="num">{view.number}</text>'
        f"<title>{escape(label)}</title></g>",
        True,
    )


def incident_map(views: Sequence[IncidentView], agreements: Sequence[Agreement]) -> Markup:
    """The whole <svg> element, ready to inline in the HTML report."""
    frame = _frame()
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 {WIDTH} '
        f'{frame.height}" role="img" aria-labelledby="map-title">',
        '<title id="map-title">Incidents in the report window over Syria\'s governorates</title>',
    ]
    for admin in sorted(admin1_shapes().values(), key=lambda a: a.pcode):
        parts.append(
            f'<path class="admin1" d="{_path(admin.geometry, frame)}">'
            f"<title>{escape(admin.name)}</title></path>"
        )
    for admin in admin1_shapes().values():
        point = admin.geometry.representative_point()
        x, y = frame.xy(point.x, point.y)
        parts.append(
            f'<text class="admin1-label" x="{x:.1f}" y="{y - 10:.1f}">{escape(admin.name)}</text>'
        )
    parts += _zones(agreements, frame)
    for view in sorted(views, key=lambda v: -SEVERITY_RANK[v.worst]):
        parts.append(_marker(view, frame)[0])
    parts.append("</svg>")
    return Markup("".join(parts))


SEVERITY_RANK = {status: rank for rank, status in enumerate(COLOURS)}


def unplaced(views: Sequence[IncidentView]) -> list[IncidentView]:
    """Incidents the map cannot show: no coordinates and no governorate."""
    return [
        v
        for v in views
        if not (
            (v.incident.place.lat is not None and v.incident.place.precision <= 2)
            or v.incident.place.admin1_pcode in admin1_shapes()
        )
    ]
