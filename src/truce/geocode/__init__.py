"""Geocoding: turn the place names an extractor found into codes, points and precision.

The extractor sets ``report.place.name`` and ``relation`` from the text; :func:`geocode`
fills in the rest from the packaged gazetteer (OCHA admin units and neighbourhoods plus a
curated supplement) and never invents a point for a name it does not know.
"""

from __future__ import annotations

from collections import Counter

from truce.geocode.gazetteer import Gazetteer, PlaceMention, default_gazetteer
from truce.geocode.normalize import normalize_name
from truce.model import Extraction, Place, PlaceRelation

__all__ = ["Gazetteer", "PlaceMention", "default_gazetteer", "geocode", "normalize_name"]


def geocode(extraction: Extraction, *, gazetteer: Gazetteer | None = None) -> Extraction:
    """A copy of ``extraction`` whose reports' places are resolved.

    Name and relation stay as the extractor set them. Names shared by several places
    (a neighbourhood name used in five cities) are settled by the governorate most of the
    document's other places fall in. A report with no place name but relation COUNTRY is
    placed in Syria at country precision, since the monitor's scope is Syria.
    """
    gaz = gazetteer or default_gazetteer()
    first = [_resolve(gaz, report.place, None) for report in extraction.reports]
    votes = Counter(p.admin1_pcode for p in first if p.admin1_pcode and p.precision <= 4 and p.name)
    context = min(votes, key=lambda code: (-votes[code], code)) if votes else None
    reports = []
    for report, place in zip(extraction.reports, first, strict=True):
        if context and place.gazetteer_id:
            place = _resolve(gaz, report.place, context)
        reports.append(report.model_copy(update={"place": place}))
    return extraction.model_copy(update={"reports": reports})


def _resolve(gaz: Gazetteer, place: Place, context: str | None) -> Place:
    if place.name:
        return gaz.resolve(place.name, place.relation, context_admin1=context)
    if place.relation == PlaceRelation.COUNTRY and (syria := gaz.get("SY")):
        return gaz.place(syria, "Syria", place.relation, place.relation).model_copy(
            update={"name": None}
        )
    return place
