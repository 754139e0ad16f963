"""A place description as a person types it ("outside the eastern city of Deir Ezzor",
"10 km north of Hama", "between Homs and Hama") turned into ranked candidate places.

Used by ``truce places resolve``; :func:`adjust` also serves :func:`truce.geocode.geocode`
for the points that a relation describes rather than names.
"""

from __future__ import annotations

import re

from truce.geocode.entries import ACLED_PRECISION
from truce.geocode.gazetteer import HOME, Gazetteer
from truce.geocode.geometry import admin_at, destination, distance_km, midpoint
from truce.geocode.mentions import PlaceMention
from truce.geocode.normalize import relation_cue
from truce.model import Place, PlaceRelation

__all__ = ["adjust", "between", "offset", "resolve_text"]

R = PlaceRelation
OFFSET_KM_NEAR = 50.0  # an offset point up to this far stays "within ~25 km" (where_prec 2)
BETWEEN_KM_NEAR = 50.0  # two places this close: their midpoint is where_prec 2, else 5
_WORD = re.compile(r"\S+")


def adjust(gaz: Gazetteer, place: Place, mention: PlaceMention) -> Place:
    """The point a mention's relation describes: "N km east of X" moves it, "between X and
    Y" takes the midpoint; other relations leave the place as it is."""
    if mention.offset_km is not None and mention.bearing is not None:
        return offset(gaz, place, mention.offset_km, mention.bearing)
    if mention.partner_id and (other := gaz.get(mention.partner_id)):
        return between(gaz, place, gaz.place(other, other.name, R.BETWEEN))
    return place


def offset(gaz: Gazetteer, place: Place, km: float, bearing: float) -> Place:
    """``place`` moved ``km`` on a bearing ("10 km east of X"): a new point, its district,
    and a precision no finer than ~25 km (3 beyond 50 km: direction words are rough)."""
    if place.lat is None or place.lon is None:
        return place
    lat, lon = destination(place.lat, place.lon, bearing, km)
    return _moved(gaz, place, lat, lon, max(place.precision, 2 if km <= OFFSET_KM_NEAR else 3))


def between(gaz: Gazetteer, place: Place, other: Place) -> Place:
    """Half-way between two places ("between X and Y"): where_prec 2 when they are close,
    5 (a stretch of road or front line) when they are far apart."""
    if place.lat is None or place.lon is None or other.lat is None or other.lon is None:
        return place
    lat, lon = midpoint(place.lat, place.lon, other.lat, other.lon)
    far = distance_km(place.lat, place.lon, other.lat, other.lon) > BETWEEN_KM_NEAR
    return _moved(gaz, place, lat, lon, max(place.precision, other.precision, 5 if far else 2))


def _moved(gaz: Gazetteer, place: Place, lat: float, lon: float, precision: int) -> Place:
    """The place at a computed point, with the admin units of that point."""
    unit = admin_at(lat, lon)
    gov = gaz.get(unit.admin1_pcode) if unit else None
    district = gaz.get(unit.admin2_pcode) if unit else None
    return place.model_copy(
        update={
            "lat": lat,
            "lon": lon,
            "precision": precision,
            "acled_geo_precision": ACLED_PRECISION.get(precision),
            "admin1_pcode": unit.admin1_pcode if unit else None,
            "admin1_name": gov.name if gov else None,
            "admin2_pcode": unit.admin2_pcode if unit else None,
            "admin2_name": district.name if district else None,
            "country": HOME if unit else place.country,
        }
    )


def resolve_text(gaz: Gazetteer, text: str, limit: int = 5) -> list[tuple[Place, float]]:
    """Candidate places for a description, best first, with a score (100 = exact name).

    The first place the text names is the one described (a container such as "Syria's" or
    ", Idlib province" only settles which one); the entry the text's context picks comes
    first. Text with no known capitalised name is read word by word from the end
    ("outside deir ezzor"), fuzzy matching included. An unknown name gives [].
    """
    text = " ".join(text.split())
    mentions = gaz.find_mentions(text)
    if not mentions:
        return _loose(gaz, text, limit)
    mention = mentions[0]
    ranked = gaz.candidates(mention.name, mention.relation, limit=max(limit, 10))
    if mention.entry_id:
        chosen = [pair for pair in ranked if pair[0].gazetteer_id == mention.entry_id]
        rest = [pair for pair in ranked if pair[0].gazetteer_id != mention.entry_id]
        if not chosen and (entry := gaz.get(mention.entry_id)):
            effective = R.IN if mention.relation == R.UNKNOWN else mention.relation
            chosen = [(gaz.place(entry, mention.name, mention.relation, effective), 100.0)]
        ranked = chosen + rest
    return [(adjust(gaz, place, mention), score) for place, score in ranked[:limit]]


def _loose(gaz: Gazetteer, text: str, limit: int) -> list[tuple[Place, float]]:
    """The longest tail of the text that names a place, with the relation its words give."""
    for match in _WORD.finditer(text):
        name = text[match.start() :]
        relation = relation_cue(text, match.start(), len(text))
        if ranked := gaz.candidates(name, relation, limit):
            return ranked
    return []
