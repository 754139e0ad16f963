"""Which place each name found in a text is, and how the event relates to it.

Context, nearest first:

1. a container the text names: "Aleppo's Midan", "Midan district of Aleppo", "Qusour and
   Joura neighbourhoods in Deir Ezzor", "Douma, Rural Damascus", "Tripoli, Lebanon";
2. the nearest name in the same sentence that fits one governorate only;
3. the governorate (and country) most of the text's unambiguous names point to.

A container that only says where its member lies ("Syria's", "in Aleppo" after a
neighbourhood of Aleppo) is dropped, so the member is what an extractor picks up; its
relation ("near Aleppo's X") passes to the member. A name that still fits several places
gets no entry id (geocoding gives it a vague place, never a guess).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from truce.geocode.entries import Entry
from truce.geocode.geometry import near
from truce.geocode.mentions import Match, PlaceMention
from truce.geocode.normalize import COMPASS, light_key, offset_cue, relation_cue, words
from truce.geocode.textindex import bare, text_index
from truce.model import PlaceRelation

if TYPE_CHECKING:
    from truce.geocode.gazetteer import Gazetteer

__all__ = ["settle"]

R = PlaceRelation
#: Relations that put a place beside its anchor, not inside it ("northwest of Damascus").
_BESIDE = (R.NEAR, R.OFFSET, R.BETWEEN)
Unit = tuple[str | None, str | None]  # (admin1 P-code, country) that a name points to
#: Words that may stand between a member and its container ("the old city of", "northern").
_LINK_WORDS = words(
    "the of neighbourhood neighbourhoods neighborhood neighborhoods district districts quarter "
    "quarters area areas suburb suburbs town village city camp countryside province governorate "
    "region capital second third largest old northern southern eastern western central north "
    "south east west northeastern northwestern southeastern southwestern northeast northwest "
    "southeast southwest besieged rebel-held government-held regime-held embattled"
)
_POSSESSIVE = re.compile(r"^['’]?s\s+((?:[\w-]+\s+){0,3})$")
_CONTAINED = re.compile(r"^((?:\s+[\w-]+){0,2})\s*(,|\s+in|\s+of)\s+((?:[\w-]+\s+){0,4})$")
_LIST = re.compile(r"^\s*(?:,|and|&|,\s*and|و)\s*$")
_BETWEEN_AND = re.compile(r"\s+(?:and|&|و)\s*")
_SENTENCE_END = re.compile(r"[.!?\n]")
_NEAR_CHARS = 300  # a name further away in the sentence gives no context
_NOT_ADMIN = frozenset({"neighbourhood", "site", "road", "area"})
#: Container levels, and the member levels each can hold.
_HOLDS = {
    "country": None,  # any member in the country
    "admin1": None,
    "admin2": None,
    "admin3": None,
    "area": frozenset({"town", "village", "neighbourhood", "site"}),
    "town": frozenset({"neighbourhood", "site"}),
}
_TOWN_PARTS = frozenset({"neighbourhood", "site"})
_UNITS = frozenset({"country", "admin1", "admin2"})
#: Cities whose quarters the news names by compass ("eastern Aleppo" in 2016): Aleppo and
#: Damascus. Another governorate's capital with a compass word names the province's part.
_CITIES_OF_QUARTERS = frozenset({"C1007", "C1001"})
_COMPASS_BEFORE = re.compile(rf"\b{COMPASS}ern\s+$", re.IGNORECASE)


def settle(gaz: Gazetteer, text: str, matches: list[Match]) -> list[PlaceMention]:
    """PlaceMentions of a text's matches, with relations, chosen entries and qualifiers
    dropped."""
    if not matches:
        return []
    index = text_index(gaz)
    units = [index.units(match.entries) for match in matches]
    doc: Unit | None = None  # the whole text's context, worked out when first needed
    containers, worded = _containers(text, matches)
    relations: list[PlaceRelation] = []
    chosen: list[Entry | None] = []
    for i, match in enumerate(matches):
        relation = relation_cue(text, match.start, match.end)
        if (
            i
            and relations[-1] == R.BETWEEN
            and _BETWEEN_AND.fullmatch(text[matches[i - 1].end : match.start])
        ):
            relation = R.BETWEEN
        entry: Entry | None = match.entries[0]
        if len(match.entries) > 1:  # else nothing to choose (Gazetteer.pick gives that one)
            context = _context(text, matches, units, i, containers.get(i))
            if context is None:
                doc = doc or _doc_context(units)
                context = doc
            spelling = light_key(text[match.start : match.end])
            entry = index.pick(gaz, match.entries, relation, context, spelling)
        if relation == R.IN and (region := _compass_region(text, match, entry)) is not None:
            entry, relation = region, R.ADMIN  # "in southern Idlib": the province's south
        relations.append(_level_relation(relation, entry))
        chosen.append(entry)
    _unknown_members(gaz, text, matches, containers, worded, chosen, relations)
    dropped = _qualifiers(containers, worded, chosen, relations)
    return [
        _mention(text, matches, i, relations, chosen)
        for i in range(len(matches))
        if i not in dropped
    ]


def _compass_region(text: str, match: Match, entry: Entry | None) -> Entry | None:
    """The governorate that "southern Idlib" or "north-western Hama" names, when ``entry``
    is its capital; "eastern Aleppo" and "southern Damascus" are parts of those cities."""
    if entry is None or entry.level != "town" or entry.id in _CITIES_OF_QUARTERS:
        return None
    if _COMPASS_BEFORE.search(text, max(match.start - 20, 0), match.start) is None:
        return None
    return next(
        (e for e in match.entries if e.level == "admin1" and e.id == entry.admin1_pcode), None
    )


def _level_relation(relation: PlaceRelation, entry: Entry | None) -> PlaceRelation:
    """The relation as the chosen place's level reads it."""
    if entry is None:
        return relation
    if relation == R.ADMIN and entry.level in _NOT_ADMIN:
        return R.IN  # "the Midan district (of Aleppo)": a city district, not a unit
    if relation == R.IN and entry.level in ("admin1", "admin2"):
        return R.ADMIN
    if relation == R.IN and entry.level == "country":
        return R.COUNTRY
    return relation


def _mention(
    text: str,
    matches: list[Match],
    i: int,
    relations: list[PlaceRelation],
    chosen: list[Entry | None],
) -> PlaceMention:
    match, entry, relation = matches[i], chosen[i], relations[i]
    offset = offset_cue(text, match.start) if relation == R.OFFSET else None
    partner = None
    if relation == R.BETWEEN:
        for j in (i + 1, i - 1):
            if 0 <= j < len(matches) and relations[j] == R.BETWEEN and chosen[j]:
                lo, hi = sorted((i, j))
                if _BETWEEN_AND.fullmatch(text[matches[lo].end : matches[hi].start]):
                    partner = chosen[j]
                    break
    return PlaceMention(
        name=text[match.start : match.end],
        start=match.start,
        end=match.end,
        relation=relation,
        entry_id=entry.id if entry else None,
        offset_km=offset[0] if offset else None,
        bearing=offset[1] if offset else None,
        partner_id=partner.id if partner else None,
    )


def _doc_context(units: list[Unit]) -> Unit:
    """The governorate and country the text's unambiguous names point to most."""
    admin1 = Counter(a for a, _ in units if a)
    country = Counter(c for _, c in units if c)
    best1 = min(admin1, key=lambda code: (-admin1[code], code)) if admin1 else None
    best_c = min(country, key=lambda code: (-country[code], code)) if country else None
    return best1, best_c


def _links_ok(gap_words: str) -> bool:
    return all(w.lower() in _LINK_WORDS for w in gap_words.split())


def _containers(text: str, matches: list[Match]) -> tuple[dict[int, int], set[int]]:
    """Match index -> index of the match the text names as its container, and the members
    linked by words ("X's Y", "Y in X", "Y district of X") rather than by a bare comma."""
    out: dict[int, int] = {}
    worded: set[int] = set()
    listed: list[int] = []
    for i in range(len(matches) - 1):
        gap = text[matches[i].end : matches[i + 1].start]
        if (m := _POSSESSIVE.match(gap)) and _links_ok(m.group(1)):
            out[i + 1] = i
            worded.add(i + 1)
        elif (m := _CONTAINED.match(gap)) and _links_ok(m.group(1) + " " + m.group(3)):
            out[i] = i + 1
            if m.group(2) != ",":
                worded.add(i)
        elif _LIST.match(gap):
            listed.append(i)
    for i in reversed(listed):  # "Qusour and Joura neighbourhoods in Deir Ezzor"
        if i not in out and i + 1 in out:
            out[i] = out[i + 1]
            if i + 1 in worded:
                worded.add(i)
    return out, worded


def _context(
    text: str, matches: list[Match], units: list[Unit], i: int, container: int | None
) -> Unit | None:
    """(admin1, country) from the named container, else from the nearest unambiguous name
    of the same sentence (searched outwards, so a long text costs no more per name);
    None when neither tells."""
    if container is not None:
        found = units[container]
        return found if found != (None, None) else None
    here = matches[i]
    best: tuple[int, str | None, str | None] | None = None
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(matches):
            other = matches[j]
            lo, hi = (other.end, here.start) if j < i else (here.end, other.start)
            if hi - lo > _NEAR_CHARS or _SENTENCE_END.search(text, lo, hi):
                break
            if (admin1 := units[j][0]) is not None:
                if best is None or hi - lo < best[0]:
                    best = (hi - lo, admin1, units[j][1])
                break
            j += step
    return (best[1], best[2]) if best else None


def _inside(member: Entry, container: Entry) -> bool:
    holds = _HOLDS.get(container.level, frozenset())
    if member.id == container.id or (holds is not None and member.level not in holds):
        return False
    if container.level == "country":
        return member.country == container.country and member.level != "country"
    if container.level == "admin2":
        return member.admin2_pcode == container.id
    if container.level == "admin3":
        return member.admin2_pcode == container.admin2_pcode and member.level in _TOWN_PARTS
    return member.admin1_pcode is not None and member.admin1_pcode == container.admin1_pcode


def _unknown_members(
    gaz: Gazetteer,
    text: str,
    matches: list[Match],
    containers: dict[int, int],
    worded: set[int],
    chosen: list[Entry | None],
    relations: list[PlaceRelation],
) -> None:
    """ "al-Rasafa in Raqqa" where no known Rasafa lies in Raqqa: that Rasafa is a place the
    gazetteer lacks, so it is placed at its container's governorate (or country), never at
    a same-named neighbourhood elsewhere. Known cities and towns are never overruled, and
    "northwest of Damascus" is no container: Wadi Barada lies outside the city, but close
    to it (a Safsafeh in Tartus is not the one "east of Tabqa"), unless spelled loosely."""
    for member, container in containers.items():
        inner, outer = chosen[member], chosen[container]
        if member not in worded or outer is None or (inner and _within(inner, outer)):
            continue
        if relations[container] in _BESIDE and near(inner, outer):
            continue
        if outer.level not in _UNITS and not (outer.level == "town" and outer.country == "SY"):
            continue  # "talks on Syria in Geneva": a city abroad holds no Syrian places
        spelled = bare(light_key(text[matches[member].start : matches[member].end]))
        if any(gaz.is_major(e) and spelled in gaz.spellings(e) for e in matches[member].entries):
            continue  # a loose spelling ("Kabani ... in the Lattakia mountains") is no Kobani
        unit = outer if outer.level in ("country", "admin1") else None
        if unit is None and outer.admin1_pcode:
            unit = gaz.get(outer.admin1_pcode)
        chosen[member] = unit


def _within(member: Entry, container: Entry) -> bool:
    """Is the member in the container's country (for a country) or governorate?"""
    if container.level == "country":
        return member.country == container.country
    return member.admin1_pcode is not None and member.admin1_pcode == container.admin1_pcode


def _qualifiers(
    containers: dict[int, int],
    worded: set[int],
    chosen: list[Entry | None],
    relations: list[PlaceRelation],
) -> set[int]:
    """Containers that only say where their member lies; the relation of one linked by
    words passes on ("near Syria's second city Aleppo"), not that of a bare aside ("at
    the Bab al-Salama crossing, north of Azaz" is at the crossing)."""
    dropped = set()
    for member, container in containers.items():
        inner, outer = chosen[member], chosen[container]
        if inner is None or outer is None or not _inside(inner, outer):
            continue
        dropped.add(container)
        # ("the village of Ihsim in the Jabal al-Zawiya area": the region's "area" is its
        # name's, not "near")
        if (
            member in worded
            and relations[member] == R.IN
            and relations[container] in _BESIDE
            and outer.level != "area"
        ):
            relations[member] = relations[container]
    return dropped
