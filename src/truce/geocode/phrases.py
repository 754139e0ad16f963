"""A place description as a person types it ("outside the eastern city of Deir Ezzor",
"10 km north of Hama", "between Homs and Hama") turned into ranked candidate places.

Used by ``truce places resolve``; :func:`adjust` also serves :func:`truce.geocode.geocode`
for the points that a relation describes rather than names.
"""

from __future__ import annotations

import re

from truce.geocode.gazetteer import Gazetteer
from truce.geocode.mentions import PlaceMention
from truce.geocode.normalize import relation_cue
from truce.model import Place, PlaceRelation

__all__ = ["adjust", "resolve_text"]

R = PlaceRelation
_WORD = re.compile(r"\S+")


def adjust(gaz: Gazetteer, place: Place, mention: PlaceMention) -> Place:
    """The point a mention's relation describes: "N km east of X" moves it, "between X and
    Y" takes the midpoint; other relations leave the place as it is."""
    if mention.offset_km is not None and mention.bearing is not None:
        return gaz.offset(place, mention.offset_km, mention.bearing)
    if mention.partner_id and (other := gaz.get(mention.partner_id)):
        return gaz.between(place, gaz.place(other, other.name, R.BETWEEN))
    return place


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
