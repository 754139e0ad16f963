"""Whether a sentence tells an event already read: the same day, the same parties, the
same place, the same commitment or count.

A story tells one incident in many sentences ("The death toll rose to 17", "the army
denied ..."), and two incidents may look alike ("the patrol was cut short", "the SDF had
pulled its artillery"). These tests keep the two apart without a model: dates, named
parties, places and the words that name an act.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from truce.extract.corrections import CORRECTION_LABEL
from truce.extract.drafts import Draft, commitment_hint
from truce.extract.events import Trigger
from truce.extract.lexicon import Lexicon
from truce.extract.needs import needing
from truce.extract.owndates import narrows
from truce.extract.timeline import opens_entry
from truce.model import DatePrecision, EventDate, EventType, Place, PlaceRelation, Stance

_COUNT = re.compile(
    r"\b(?:\d+|[a-z]+) times\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|dozens) (?:[\w-]+ )?(?:attacks|violations|breaches|provocations|shellings)\b"
)


def another_count(same: Draft, trigger: Trigger, text: str = "") -> bool:
    """A count of violations that the earlier accusation does not give is a charge of its
    own; the same count told again (headline, then body) is the same. The count is the
    trigger's, else one in ``text`` after it ("the commission on ceasefire violations
    registered three shelling attacks")."""
    if trigger.type is not EventType.VIOLATION_ACCUSATION:
        return False
    count = _COUNT.search(trigger.text) or _COUNT.search(text, trigger.end)
    return count is not None and count.group() not in same.sentence.text


#: Fire that came down across the border: "crashed into the Lebanese town of Hermel", "fell
#: on open land outside the Lebanese village of al-Qasr", "landed inside Turkish territory".
_LANDS_ABROAD = re.compile(
    r"\b(?:crashed|landed|fell|slammed|exploded|struck|hit)\b[^.;]{0,50}?\b(?:the )?"
    r"(?:Lebanese|Turkish|Iraqi|Jordanian|Israeli)(?:-[a-z]+)? (?:border )?"
    r"(?:town|village|city|district|territory|side of the border|army post|border post)s?\b"
    r"|\b(?:landed|fell|crashed) (?:in|inside|on|into) (?:Lebanon|Turkey|Iraq|Jordan|Israel)\b",
    re.IGNORECASE,
)


def lands_abroad(text: str, trigger: Trigger | None = None) -> bool:
    """Did the act ``trigger`` tells (or any act ``text`` tells) come down beyond Syria's
    border? It is then not an act inside Syria told again, whatever the day."""
    return _LANDS_ABROAD.search(text, trigger.core_start if trigger else 0) is not None


def another_entry(text: str, paragraph: int, same: Draft) -> bool:
    """Does ``text`` open a live page's later entry ("10:05 — ...") than ``same``'s? An
    entry is the page's news at its own time."""
    # (a correction's entry restates the act it corrects: "16:45 — CORRECTION: In our 09:15
    # entry we reported that 12 people were killed in the Kafranbel market strike")
    return paragraph != same.paragraph and opens_entry(text) and not CORRECTION_LABEL.match(text)


def compatible(
    draft: Draft,
    date: EventDate | None,
    actors: list[str],
    place: Place | None,
    targets: list[str] | None = None,
    same_governorate: Callable[[Place, Place], bool] | None = None,
) -> bool:
    """Could the new words tell ``draft`` again: no other day, no other party, no other
    named place? (Of a clash, either side may tell it: "Nusra fighters attacked army
    checkpoints", then "army units had repelled an attack", with the roles the other way.
    A governorate may tell again an act at a town in it: "its aircraft had struck
    terrorist headquarters in the Idlib countryside", of the strike near Qah.)"""
    if not (same_day(date, draft) or narrows(draft.date, date) or _that_night(date, draft)):
        return False
    parties, known = set(actors), set(draft.actors)
    if draft.type is EventType.ARMED_CLASH and targets is not None:
        parties, known = parties | set(targets), known | set(draft.targets)
    if actors and draft.actors and not parties & known:
        return False
    if not (place and specific(place) and specific(draft.place)):
        return True
    if place.name == draft.place.name:
        return True
    # (and a village the gazetteer lacks, known no closer than its governorate, of an act
    # first placed in that governorate: "barrel bombs on a village in the northern Hama
    # countryside", then "on the village of al-Zalaqiyat")
    return (
        same_governorate is not None
        and (
            place.relation is PlaceRelation.ADMIN
            or (draft.place.relation is PlaceRelation.ADMIN and _governorate_only(place))
        )
        and same_governorate(place, draft.place)
    )


def _governorate_only(place: Place) -> bool:
    """Is the place known no closer than its governorate (a village the gazetteer lacks,
    placed in the governorate the text puts it in)?"""
    return _GOVERNORATE_CODE.fullmatch(place.gazetteer_id or "") is not None


_GOVERNORATE_CODE = re.compile(r"SY\d\d")


_COMMITMENTS_IN_GENERAL = re.compile(
    r"\b(?:commitments?|obligations?|promises?|agreements?|terms|deal|arrangement|accord)\b"
)


def names_an_act(trigger: Trigger) -> bool:
    """A commitment to a named act ("failed to withdraw their heavy weapons by the
    deadline") is tracked on its own; "have not met any of their commitments" goes on with
    the statement it is part of."""
    return trigger.type is EventType.COMMITMENT and not _COMMITMENTS_IN_GENERAL.search(
        trigger.text.lower()
    )


def other_commitment(same: Draft, trigger: Trigger, text: str, lexicon: Lexicon) -> bool:
    """Two commitments that name different acts (their first words differ) are two."""
    if trigger.type is not EventType.COMMITMENT or not same.commitment_hint:
        return False
    if not names_an_act(trigger):
        return False
    hint = commitment_hint(text, trigger, lexicon)
    return _verb_of(hint) != _verb_of(same.commitment_hint)


# ("has been freed" and "has still not pulled its men out" name two acts)
_AUXILIARIES = frozenset({"has", "have", "had", "still", "not", "yet", "been", "was", "were"})


def _verb_of(hint: str) -> str | None:
    """The first word of a commitment's words that is not an auxiliary or a negation."""
    return next((w for w in hint.lower().split() if w not in _AUXILIARIES), None)


def kept_and_broken(same: Draft, trigger: Trigger, text: str, lexicon: Lexicon) -> bool:
    """A term told as kept after terms told as broken ("The militia kept none of its
    promises ... It said it had freed the 11 militiamen on 10 September") is another."""
    if trigger.type is not EventType.COMMITMENT or same.type is not EventType.COMMITMENT:
        return False
    unmet = Stance.COMMITMENT_UNMET
    broken_before = lexicon.says(unmet, same.sentence.text)
    return names_an_act(trigger) and broken_before and not lexicon.says(unmet, text)


_MISSILE_FIRE = frozenset({EventType.SHELLING, EventType.AIR_STRIKE})
_MISSILES_HIT = re.compile(r"missiles?\b.*\b(?:hit|struck|fell|landed|slammed)$", re.IGNORECASE)
_GUNFIRE = frozenset({EventType.ARMED_CLASH, EventType.ATTACK_ON_CIVILIANS})
_OPENED_FIRE = re.compile(r"\b(?:opened fire|fired on|fired at|shot at)\b", re.IGNORECASE)
_BLASTS = re.compile(r"blasts?|explosions?", re.IGNORECASE)
_SWEPT = re.compile(r"cleansed|purged|cleared", re.IGNORECASE)
_RAID = frozenset({EventType.ARMED_CLASH, EventType.ABDUCTION})
_BOMBING = re.compile(r"bombings?", re.IGNORECASE)
_BOMBED = frozenset({EventType.AIR_STRIKE, EventType.REMOTE_EXPLOSIVE, EventType.SUICIDE_BOMB})
_HEARD = frozenset(
    {EventType.REMOTE_EXPLOSIVE, EventType.SHELLING, EventType.AIR_STRIKE, EventType.SUICIDE_BOMB}
)


def told_as(trigger: Trigger) -> frozenset[EventType]:
    """The kinds of event the trigger's words may tell again: missiles that "hit weapons
    depots" may be the air strike's, told by another source."""
    if trigger.type is EventType.SHELLING and _MISSILES_HIT.match(trigger.text):
        return _MISSILE_FIRE  # (not "Hours before the missile strikes, mortar bombs ...")
    if trigger.type is EventType.REMOTE_EXPLOSIVE and _BLASTS.fullmatch(trigger.text):
        return _HEARD  # "a series of loud blasts woke them": the strike's, heard
    if trigger.type in _GUNFIRE and _OPENED_FIRE.search(trigger.text):
        return _GUNFIRE  # "the gunmen had opened fire on the bus": the ambush told
    if trigger.type is EventType.ARMED_CLASH and _SWEPT.match(trigger.text):
        return _RAID  # "state television said army units had cleansed Qudsaya of ...": the raid
    if trigger.type is EventType.AIR_STRIKE and _BOMBING.fullmatch(trigger.text):
        return _BOMBED  # "the rebels had nothing to do with the bombing": the car bomb's too
    return frozenset({trigger.type})


ACCOUNT_DAYS = 2  # a party's own account follows its act within this many days


def _that_night(date: EventDate | None, draft: Draft) -> bool:
    """ "overnight" (two days) around the draft's day: "the army said its aircraft had
    struck ... overnight", of a strike told "late last night"."""
    if date is None or date.precision is not DatePrecision.DAYS:
        return False
    day, start, end = draft.date.start, date.start, date.end
    if draft.date.precision is not DatePrecision.DAY or not (day and start and end):
        return False
    return (end - start).days == 1 and start <= day <= end


def same_day(date: EventDate | None, draft: Draft) -> bool:
    """No date said, or the draft's own."""
    return date is None or (date.start, date.end) == (draft.date.start, draft.date.end)


def specific(place: Place) -> bool:
    """A named place other than the whole country."""
    return place.name is not None and place.relation is not PlaceRelation.COUNTRY


_INTO_THE_TRUCE = needing(
    r"\b(?:into|after|since)\s+the\s+(?:truce|ceasefire|cease-fire)\b", re.IGNORECASE
)


def told_after_a_truce(same: Draft, drafts: Sequence[Draft], text: str) -> bool:
    """ "Two mortar rounds landed ..., more than two hours into the truce": an act after a
    truce told since ``same`` was, so not ``same`` told again."""
    if not _INTO_THE_TRUCE.search(text):
        return False
    later = drafts[next(i for i, d in enumerate(drafts) if d is same) + 1 :]
    return any(d.type is EventType.CEASEFIRE_ANNOUNCED for d in later)
