"""Geocoding: turn the place names an extractor found into codes, points and precision.

The extractor sets ``report.place.name`` and ``relation`` from the text (and the gazetteer
entry when it found the name with :meth:`Gazetteer.find_mentions`); :func:`geocode` fills in
the rest from the packaged gazetteer (OCHA admin units and neighbourhoods, GeoNames towns
and world cities, a curated supplement) and never invents a point for a name it does not
know or cannot tell apart.
"""

from __future__ import annotations

from collections import Counter

from truce.geocode.entries import Entry
from truce.geocode.gazetteer import Gazetteer, default_gazetteer
from truce.geocode.mentions import PlaceMention
from truce.geocode.normalize import normalize_name
from truce.geocode.phrases import adjust, resolve_text
from truce.model import Extraction, Place, PlaceRelation, Report

__all__ = [
    "ATTRIBUTION",
    "Entry",
    "Gazetteer",
    "PlaceMention",
    "about",
    "default_gazetteer",
    "geocode",
    "normalize_name",
    "resolve_text",
]

R = PlaceRelation

#: What the data sources ask to be credited with, one line each.
ATTRIBUTION = (
    "Administrative boundaries: UN OCHA (CC BY-IGO)",
    "Populated places: GeoNames, geonames.org (CC BY 4.0)",
)


def about() -> list[str]:
    """Attribution lines for ``truce --version`` (the gazetteer's data sources)."""
    return [f"Gazetteer data: {line}" for line in ATTRIBUTION] + [
        "See docs/geocoding.md for sources and how the gazetteer is built."
    ]


def geocode(extraction: Extraction, *, gazetteer: Gazetteer | None = None) -> Extraction:
    """A copy of ``extraction`` whose reports' places are resolved.

    Name and relation stay as the extractor set them. An entry the extractor already
    matched is used as is; other names are settled by the governorate most of the
    document's places fall in. "10 km east of X" and "between X and Y" are read again
    from the report's evidence to move the point. A report with no place name but relation
    COUNTRY is placed in Syria at country precision, since the monitor's scope is Syria.
    """
    gaz = gazetteer or default_gazetteer()
    first = [_resolve(gaz, report, None) for report in extraction.reports]
    votes = Counter(p.admin1_pcode for p in first if p.admin1_pcode and p.precision <= 4 and p.name)
    context = min(votes, key=lambda code: (-votes[code], code)) if votes else None
    reports = []
    for report, place in zip(extraction.reports, first, strict=True):
        if context and place.name and not report.place.gazetteer_id:
            place = _resolve(gaz, report, context)
        reports.append(report.model_copy(update={"place": place}))
    return extraction.model_copy(update={"reports": reports})


def _resolve(gaz: Gazetteer, report: Report, context: str | None) -> Place:
    place = report.place
    entry = gaz.get(place.gazetteer_id) if place.gazetteer_id else None
    if entry is not None:
        effective = R.IN if place.relation == R.UNKNOWN else place.relation
        resolved = gaz.place(entry, place.name, place.relation, effective)
    elif place.name:
        resolved = gaz.resolve(place.name, place.relation, context_admin1=context)
    elif place.relation == R.COUNTRY and (syria := gaz.get("SY")):
        return gaz.place(syria, "Syria", place.relation).model_copy(update={"name": None})
    else:
        return place
    if place.relation in (R.OFFSET, R.BETWEEN) and place.name:
        return _described(gaz, report, resolved)
    return resolved


def _described(gaz: Gazetteer, report: Report, place: Place) -> Place:
    """The point the evidence describes relative to the place: offset or midpoint."""
    for span in report.evidence:
        for mention in gaz.find_mentions(span.text):
            if mention.name == place.name and (mention.offset_km or mention.partner_id):
                return adjust(gaz, place, mention)
    return place
