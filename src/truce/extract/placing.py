"""Where the events that name no specific place of their own happened.

A sentence often reports an act without naming where ("The strike killed nine"): the lead
event and commitments take the place the title names, others the place named before them
in their paragraph; then the document's dominant governorate, then the country if it was
named (see :mod:`truce.extract.locate` for how places are read). Done once every event of
the document is known, since the lead event is only known then.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from truce.extract.drafts import TRUCE_STATEMENTS, Draft
from truce.extract.events import Trigger
from truce.extract.locate import Locator
from truce.extract.needs import needing
from truce.extract.sameness import lands_abroad, specific
from truce.model import EventType, Place, PlaceRelation

#: A truce announced or declared over: with no place of its own it may be nationwide.
_TITLED_TYPES = frozenset({EventType.COMMITMENT, EventType.VIOLATION_ACCUSATION})
# a truce for a place named before: "A settlement for the neighbourhood ... came into force"
_PLACE_BACK = re.compile(
    r"\b(?:the|its) (?:neighbou?rhood|town|city|village|area|enclave|district|pocket|camp"
    r"|suburb|quarter)\b",
    re.IGNORECASE,
)


_EDGE_OF_IT = needing(  # (run only where one of its words is)
    r"(?:\b(?:on|at)\s+the\s+(?:[a-z]+ern\s+)?(?:outskirts|edge|fringes?|entrance)\s+of|\boutside)"
    r"\s+(?:the|this|that)\s+(?:town|village|city|camp|district|neighbou?rhood)\b"
    # "the shelling of the city resumed, this time on its southern outskirts"
    r"|\b(?:on|at)\s+its\s+(?:[a-z]+ern\s+)?(?:outskirts|edge|fringes?)\b",
    re.IGNORECASE,
)
# an act at the edge of somewhere the sentence does not place ("at the entrance to Mesraba",
# "on the eastern edge of the village", "at the foot of Mistenur hill"): near the place the
# story gives it, not in it
_AT_AN_EDGE = needing(
    r"\b(?:on|at|along)\s+(?:the|its|their)\s+(?:[a-z]+ern\s+)?(?:outskirts|edges?|fringes?"
    r"|entrance|approach(?:es)?|gate|foot)\s+(?:of|to)\b",
    re.IGNORECASE,
)
# drones or missiles met by a base's air defences came down near it, not in it
_DEFENDED = needing(
    r"\bair[- ]defen[cs]es?\b|\bair defen[cs]e systems?\b|\banti-aircraft\b", re.IGNORECASE
)


# aid kept at a checkpoint on its way to the place it was for: "a convoy ... for al-Qusayr was
# stopped at a Government checkpoint", "our truck ... for the families who stayed in Tal Tamr
# was stopped at the Asayish checkpoint at the southern entrance of the town": near the place
_KEPT_AT_A_CHECKPOINT = needing(
    r"\b(?:was|were|been)\s+(?:held|stopped|turned\s+back|sent\s+back|turned\s+away|blocked"
    r"|kept|not\s+(?:allowed|permitted)\s+to\s+pass)\b[^.;]{0,60}?\bat\s+(?:an?|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:checkpoint|roadblock|crossing)\b",
    re.IGNORECASE,
)
_CAME_DOWN_IN = re.compile(r"\b(?:slammed|crashed)\s+into\b|\blanded\s+in\b|\bfell\s+on\b", re.I)


def as_told(place: Place | None, text: str, trigger: Trigger) -> Place | None:
    """The place a sentence gives its event, as the sentence tells it: "Activists in Kafr
    Batna say ... on the western outskirts of the town" is near the town; "Air defence
    systems at the Hmeimim air base destroyed two drones" near the base."""
    if place is None or place.relation is not PlaceRelation.IN or place.name is None:
        return place
    edge = place.name in text[: trigger.start] and _EDGE_OF_IT.search(text, trigger.core_end)
    # (but missiles that "slammed into buildings in Mazzeh", with "air defences had
    # intercepted most of them" told after: the ones told hit the place)
    defended = trigger.type is EventType.AIR_STRIKE and (
        _DEFENDED.search(text, 0, trigger.end) is not None
        or (
            _DEFENDED.search(text) is not None
            and not _CAME_DOWN_IN.search(text, trigger.start, trigger.end + 16)
        )
    )
    kept = (
        trigger.type is EventType.AID_ACCESS
        and -1 < text.find(place.name) < trigger.core_start
        and _KEPT_AT_A_CHECKPOINT.search(text, trigger.start) is not None
    )
    if edge or defended or kept:
        return place.model_copy(update={"relation": PlaceRelation.NEAR})
    return place


def settle_places(
    ordered: Sequence[Draft], locator: Locator, *, truce_titled: bool, powers: frozenset[str]
) -> None:
    """Give each event of ``ordered`` (most prominent first) with no specific place the
    best one the document offers; ``truce_titled``: the title speaks of a truce;
    ``powers``: the actors whose truces may reach beyond the story's governorate (a truce
    they make alone, "the cessation of hostilities the US and Russia agreed", takes none)."""
    region = locator.governorate()
    for rank, draft in enumerate(ordered):
        if rank == 0 and draft.violent and specific(draft.place):
            draft.place = locator.headline_place(draft.place)
        if specific(draft.place) or draft.place.relation is PlaceRelation.COUNTRY:
            continue
        if draft.violent and lands_abroad(draft.sentence.text):
            continue  # "crashed into the Lebanese town of Hermel": no place in Syria
        if (told := _truce_told_before(draft, ordered)) is not None:
            draft.place = told.place  # "The truce, first agreed last month, has held"
            continue
        # a commitment is kept at a place ("handed over ... at the town's crossing"): the
        # one the title names, not merely the governorate most places fall in (so is a
        # count of violations, where its paragraph names none)
        titled = (rank == 0 and draft.violent) or draft.type in _TITLED_TYPES
        # "Seventeen days of a truce in northern Quneitra": the truce the title places
        titled = titled or (draft.type in TRUCE_STATEMENTS and truce_titled)
        title = locator.title_place if titled else None
        # a count of violations is where its paragraph is, else where the title says; a
        # truce with no place of its own may be nationwide: it takes none
        counted = draft.type is EventType.VIOLATION_ACCUSATION
        nearer = draft.context_place if counted else None
        local = draft.type not in TRUCE_STATEMENTS or _PLACE_BACK.search(draft.sentence.text)
        # "a settlement for the town", "the guns would fall silent in the enclave": the
        # place named before
        around = draft.context_place if local else None
        if around is None and local and draft.type in TRUCE_STATEMENTS:
            around = locator.place_before(draft.sentence)
        # (a truce among the local sides, not only the powers: the story's governorate)
        local_truce = draft.type in TRUCE_STATEMENTS and bool(set(draft.actors) - powers)
        found = nearer or title or around or (region if draft.violent or local_truce else None)
        if found is not None and found.relation is PlaceRelation.ADMIN and draft.violent:
            # an act with no place of its own, in a story that has named a place in that
            # governorate ("... in the north-eastern city of Qamishli", then "Three days of
            # street fighting ... killed at least 17 people"): that place, not the governorate
            found = _place_before_in(found, draft, locator) or found
        text = draft.sentence.text
        if found is not None and (
            (found.relation is PlaceRelation.IN and _AT_AN_EDGE.search(text))
            or ((found is around or found is title) and _EDGE_OF_IT.search(text))
        ):
            # "2.2 Badama (Idlib), 09:30. Government artillery fired some 30 shells at farmland
            # on the western outskirts of the town": near the place the item is headed by (or
            # the title names: "handed over ... at a checkpoint outside the district")
            found = found.model_copy(update={"relation": PlaceRelation.NEAR})
        if found is None and draft.country_named:
            found = locator.country()
        draft.place = found or draft.place


# "The truce, first agreed last month", "The SDF has declared the pause over": the truce told
# before, by its definite name
_THE_TRUCE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire|agreement|deal|pause)\b", re.IGNORECASE
)


def _place_before_in(governorate: Place, draft: Draft, locator: Locator) -> Place | None:
    """The place named in the paragraphs before ``draft``'s, if it lies in ``governorate``."""
    before = locator.place_before(draft.sentence)
    if before is None or before.relation not in (PlaceRelation.IN, PlaceRelation.NEAR):
        return None
    return before if locator.same_governorate(before, governorate) else None


def _truce_told_before(draft: Draft, ordered: Sequence[Draft]) -> Draft | None:
    """The last truce with a place told before a truce named "the truce" with none."""
    if draft.type not in TRUCE_STATEMENTS or not _THE_TRUCE.search(draft.sentence.text):
        return None
    start = draft.sentence.start
    told = [
        d
        for d in ordered
        if d.type in TRUCE_STATEMENTS and d.sentence.start < start and specific(d.place)
    ]
    return max(told, key=lambda d: d.sentence.start) if told else None
