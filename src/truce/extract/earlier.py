"""Which earlier event a sentence tells again: the event it is plainly about (the same
kind, day, parties and place), the latest act of violence a toll is of, the latest event
of some kinds, the act a place's name refers to ("the Tartus blast").

A mixin of the rule reader (:mod:`truce.extract.rules`), which keeps the drafts read so
far and the document's place and time state.
"""

from __future__ import annotations

import re

from truce.extract.actors import ActorCatalogue
from truce.extract.attach import BOMBS, kind_named, kinds_of, names_a_known_event
from truce.extract.casualties import find_figures
from truce.extract.drafts import Draft
from truce.extract.events import Trigger
from truce.extract.lexicon import Lexicon
from truce.extract.locate import Locator
from truce.extract.owndates import OwnDate, from_no_words
from truce.extract.referents import refers_back, same_place
from truce.extract.sameness import (
    ACCOUNT_DAYS,
    another_count,
    another_entry,
    compatible,
    kept_and_broken,
    lands_abroad,
    names_an_act,
    other_commitment,
    specific,
    told_after_a_truce,
    told_as,
)
from truce.extract.sentences import Sentence
from truce.extract.timeline import Timeline, answers_at_once
from truce.model import VIOLENT_TYPES, DatePrecision, EventDate, EventType, Place

__all__ = ["EarlierEvents", "fires_back_at", "kinds_told", "of_its_days"]

#: Acts between armed sides, whose other side a later clash of theirs was likely against.
_FIGHTS = frozenset(
    {EventType.ARMED_CLASH, EventType.SHELLING, EventType.AIR_STRIKE, EventType.SUICIDE_BOMB}
)


class EarlierEvents:
    """The reader's look back over the drafts it has made."""

    catalogue: ActorCatalogue
    drafts: list[Draft]
    lexicon: Lexicon
    locator: Locator
    timeline: Timeline

    def _merge_target(
        self,
        s: Sentence,
        trigger: Trigger,
        own_date: OwnDate | None,
        actors: list[str],
        place: Place | None,
        claimants: list[str],
        targets: list[str],
    ) -> Draft | None:
        """An earlier event this sentence is plainly about, if any."""
        if self.lexicon.opens_new_event(s.text):
            return None  # "Separately, ..."
        event_type = trigger.type
        date = own_date.date if own_date else None
        # one truce is announced by several parties: their actors do not tell truces apart
        parties = [] if event_type is EventType.CEASEFIRE_ANNOUNCED else actors
        # the latest of its kind; else the latest its words may tell again ("a series of
        # loud blasts woke them": the air strike's)
        own = self._latest_of(frozenset({event_type}))
        kin = self._latest_of(told_as(trigger))
        # (and an act told in passing after the news: "claimed responsibility ... for
        # Sunday's car bomb near Banias")
        aside = self._latest_of(frozenset({event_type}), as_news=False)
        # rockets that "crashed into the Lebanese town of Hermel": no act inside Syria again
        abroad = place is None and lands_abroad(s.text, trigger)
        tried: list[Draft] = []
        for same in (own, kin, aside):
            if same is None or any(same is d for d in tried):
                continue
            tried.append(same)
            if self.locator.other_heading(s, same.paragraph):
                return None  # "6. Tafas, approx. 15:20. Two mortar rounds ...": another item
            if another_count(same, trigger, s.text):
                continue  # "He said HTS had violated the ceasefire 287 times": its own charge
            if other_commitment(same, trigger, s.text, self.lexicon) or kept_and_broken(
                same, trigger, s.text, self.lexicon
            ):
                continue  # "the patrol was cut short", then "the SDF had pulled its artillery"
            if same.violent and told_after_a_truce(same, self.drafts, s.text):
                continue  # "two hours into the truce", announced since
            if abroad and not lands_abroad(same.sentence.text):
                continue
            if (
                place is not None
                and specific(place)
                and (
                    another_entry(s.text, s.paragraph, same)
                    or (
                        not specific(same.place)
                        and s.paragraph - same.paragraph >= 2
                        and same.sentence.index not in self.timeline.lead
                    )
                )
                and not refers_back(s.text, trigger)
                and find_figures(s.text).stated
            ):
                # ("Turkish howitzers returned fire on the government positions ...", then
                # a paragraph on: 'It said "terrorist groups" had fired a salvo of rockets at
                # the town of Saraqib ..., wounding two soldiers': an act with a place and
                # victims of its own is not one told with neither, and not in the lead; nor
                # is one in a live page's later entry, "10:05 — ... killing a woman")
                continue
            # (the other side's account follows at once: a roundup's next clash is another)
            told_by_other = targets if s.paragraph - same.paragraph <= 1 else None
            if compatible(same, date, parties, place, told_by_other, self.locator.same_governorate):
                return same
        prev = self.drafts[-1] if self.drafts else None
        if (
            prev is not None
            and date is None
            and event_type not in VIOLENT_TYPES
            and not names_an_act(trigger)
            and not prev.violent
            and prev.paragraph == s.paragraph
            and set(claimants) & {*prev.actors, *prev.claimants}
            and not another_count(prev, trigger, s.text)
        ):
            return prev  # the same statement, continued
        return None

    def _foe_of(self, actors: list[str]) -> list[str]:
        """Whom the story has these actors fighting: the other side of the latest clash or
        attack they took part in ("the SDF took full control of the al-Nahda neighbourhood",
        after the SDF's battles with Islamic State told before)."""
        unarmed = {self.catalogue.civilians, self.catalogue.aid_workers}
        for draft in reversed(self.drafts):
            if draft.type not in _FIGHTS:
                continue
            if set(actors) & set(draft.actors):
                foes = [t for t in draft.targets if t not in unarmed and t not in actors]
            elif set(actors) & set(draft.targets):
                foes = [a for a in draft.actors if a not in actors]
            else:
                continue
            if foes:
                return foes
        return []

    def _latest_violence(self, s: Sentence, place: Place | None) -> Draft | None:
        """The paragraph's latest act of violence (at the toll's place, if it names one of
        them: "Three people were killed in Saraqeb"), unless ``s`` opens another event."""
        if self.lexicon.opens_new_event(s.text):
            return None
        # (an act told on in this paragraph counts too: "The Observatory said two missiles
        # had hit a flat ... Four people were killed, the monitor said")
        violent = [
            d
            for d in self.drafts
            if d.violent and any(e.paragraph == s.paragraph for e in d.evidence)
        ]
        if not violent and ("toll" in s.text or names_a_known_event(s.text)):
            # "The Observatory gave a higher toll, saying that ... were killed", "14 fighters
            # had been killed in the night's strikes": the last act told (of that kind)
            acts = [d for d in self.drafts if d.violent]
            named = kind_named(s.text)
            violent = ([d for d in acts if d.type in named] or acts)[-1:]
        if not violent:  # (a wire's lead, then its toll opening the next paragraph: "At
            # least 23 people were killed, among them 14 attackers, the Observatory said";
            # not a toll at a place of its own: "15:10 - In Hama, ... killing at least four")
            violent = [
                d
                for d in self.drafts
                if d.violent
                and d.sentence.index == s.index - 1
                and (place is None or same_place(place, d))
            ]
        there = [d for d in violent if place is not None and same_place(place, d)]
        return (there or violent)[-1] if violent else None

    def _told_again(
        self, latest: Draft, actors: list[str], own_date: OwnDate | None, place: Place | None
    ) -> bool:
        """Is a party's account of its own forces' act ("the ministry said its aircraft had
        destroyed a workshop in southern Idlib") the act just told of them (by the same
        actors, in the same governorate, dated only by the words, not after them)?"""
        if not set(actors) <= set(latest.actors):
            return False
        if own_date is not None:
            said, act = own_date.said, latest.date
            if said is None or own_date.date != said or act.start is None or said.end is None:
                return False
            if not act.start <= said.end or (said.end - act.start).days > ACCOUNT_DAYS:
                return False
        return place is None or self.locator.same_governorate(place, latest.place)

    def _latest_of(self, kinds: frozenset[EventType], *, as_news: bool = True) -> Draft | None:
        """The latest draft of ``kinds``; ``as_news``: the news it was told in passing after,
        if of those kinds too ("..., two days after a car bomb ...": "the bomb" means the
        news)."""
        latest = next((d for d in reversed(self.drafts) if d.type in kinds), None)
        if as_news and latest is not None and latest.news.type in kinds:
            return latest.news
        return latest

    def _told_at(self, trigger: Trigger, name: str) -> Draft | None:
        """The latest act of the trigger's kind at the place named ("killed in the Tartus
        blast": the bomb in Tartus, not the car bomb near Banias told after it)."""
        kinds = kinds_told(trigger)
        kinds |= kinds_of(trigger.text)  # "the Tell Abiad bombing": a bomb's too
        return next(
            (d for d in reversed(self.drafts) if d.type in kinds and d.place.name == name), None
        )

    def tolled(self, text: str, trigger: Trigger, place: Place | None) -> Draft | None:
        """The act a toll names ("the toll from the overnight Russian raids on Sheikh Maskin
        has risen to nine"): the latest of its kind at the site or place the toll names, else
        of its kind; a massacre or an attack may be any act ("the toll of today's massacre
        at the covered market")."""
        if _ANY_ACT.fullmatch(trigger.text):
            kinds = VIOLENT_TYPES
        else:
            kinds = BOMBS if trigger.type in BOMBS else kinds_told(trigger)
        acts = [d for d in self.drafts if d.type in kinds]
        site = _AT_SITE.match(text, trigger.end)
        if site is not None:
            named = site.group(1).lower()
            here = [d for d in acts if named in d.sentence.text.lower()]
        else:
            here = [d for d in acts if place is not None and place.name and same_place(place, d)]
        found = here or acts
        return found[-1] if found else None


# words that name an act of any kind: "the massacre", "the attack"
_ANY_ACT = re.compile(r"\b(?:massacres?|attacks?|assaults?|killings?)\b", re.IGNORECASE)
# the site a toll names its act by: "the toll of today's massacre at the covered market"
_AT_SITE = re.compile(
    r"\s+(?:at|on|in)\s+the\s+((?:[\w-]+\s+){0,2}?(?:market|hospital|school|mosque|bakery"
    r"|roundabout|square|checkpoint|camp|station|church|queue))\b",
    re.IGNORECASE,
)


def kinds_told(trigger: Trigger) -> frozenset[EventType]:
    """The kinds of act the trigger's words may name again, its own among them."""
    return told_as(trigger) | {trigger.type}


def of_its_days(
    told: Draft | None, trigger: Trigger, day: EventDate | None, place: Place | None
) -> bool:
    """Is ``day`` one of the days the words gave an act of the trigger's kind (not the news
    default's two days), at its place or none?"""
    if told is None or told.type is not trigger.type or day is None or not same_place(place, told):
        return False
    days = told.date
    if days.precision is not DatePrecision.DAYS or from_no_words(days):
        return False
    start, end, first, last = days.start, days.end, day.start, day.end
    if start is None or end is None or first is None or last is None:
        return False
    return start <= first and last <= end


def fires_back_at(
    latest: Draft | None, s: Sentence, trigger: Trigger, actors: list[str], *, own_account: bool
) -> bool:
    """Does the side ``latest`` hit fire back in ``s`` ("blamed "regime elements" and said
    its artillery had returned fire", "Our artillery units immediately returned fire"), an
    act of its own? (Either side tells a clash: not one.)"""
    return (
        (own_account or answers_at_once(s.text))
        and trigger.type is not EventType.ARMED_CLASH
        and latest is not None
        and bool(set(actors) & set(latest.targets))
    )
