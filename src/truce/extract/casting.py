"""Who did what to whom in one event's sentence: its actors and targets, who speaks of it,
and, for a truce, its parties.

The grammar of the clause gives a first reading (:func:`truce.extract.drafts.roles`);
what kind of actor each name is corrects it: civilians never act, the UN and aid agencies
do no harm, the side holding a checkpoint stopped the convoy there, a truce is made by its
parties and not its brokers, a denial names no one, and a speaker telling of "its" forces'
act is their actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from truce.extract.actors import ActorCatalogue, Mention
from truce.extract.claims import Attribution
from truce.extract.drafts import (
    FIRED_FROM,
    STATEMENT_TYPES,
    TRUCE_STATEMENTS,
    owner_of_weapon,
    owners_hit,
    roles,
    verb_of_the_act,
)
from truce.extract.events import Trigger
from truce.extract.lexicon import Lexicon
from truce.extract.needs import needing
from truce.extract.parties import Parties, agreement_parties
from truce.extract.referents import DONE_BY_THEM, OWN_FORCES, THEY, accused_by
from truce.extract.subjects import opening_subject
from truce.extract.victims import civilians_hit
from truce.model import VIOLENT_TYPES, EventType, Stance

__all__ = ["Cast", "Casting"]

_NO_HARM_KINDS = frozenset({"un", "aid"})
_CHECKPOINT_AFTER = re.compile(  # "the army's al-Wafideen checkpoint", "the regime's checkpoint"
    r"(?:['’]s(?:\s+[\w-]+)?)?\s+(?:checkpoints?|crossings?|roadblocks?)\b", re.IGNORECASE
)
_SIDE_CHECKPOINT = re.compile(r"\b(\w+)\s+(?:checkpoints?|roadblocks?)\b")
_AID_CARGO = re.compile(
    r"\b(?:convoys?|trucks|lorries|ambulances?|aid|relief|Red Crescent|Red Cross|humanitarian)\b",
    re.IGNORECASE,
)
# the sick and wounded kept from care: "eight wounded civilians ... were sent back"
_PATIENTS = re.compile(
    r"\b(?:wounded|sick|injured)\s+(?:civilians|people|residents|children|women|men)\b"
    r"|\bpatients\b",
    re.IGNORECASE,
)
# acts done to people or their property, whose victims are civilians unless told otherwise
_DONE_TO_PEOPLE = frozenset(
    {EventType.ATTACK_ON_CIVILIANS, EventType.ABDUCTION, EventType.LOOTING_DESTRUCTION}
)
_AID_WORDS = re.compile(
    r"\b(?:aid|relief|humanitarian|Red Crescent|Red Cross|SARC|ICRC|WFP|UNICEF|UN)\b"
)
_SIDE_MEN = re.compile(r"\b([\w-]+)\s+(?:men|members|youths)\b")
# ("abducting two of its police officers": armed men, not civilians)
_ARMED_VICTIMS = re.compile(
    r"\b(?:police(?:men)?|officers|soldiers|fighters|militiamen|troops|guards|servicemen"
    r"|conscripts|recruits|members\s+of\s+(?:the|its|their))\b",
    re.IGNORECASE,
)
# a name of several words before "-held": "fired from the Islamic State-held al-Sinaa district"
_FIRED_FROM_HELD = re.compile(
    # ("from the Islamic State-held al-Sinaa district", "from the ISIS-held villages",
    # "from rebel-held villages")
    r"\b(?:fired|launched)\s+from\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’]*\s+){0,3}[\w'’]+)"
    r"-(?:held|controlled)\b"
)
_JOINT_PATROL = re.compile(r"\bjoint\b[^.;]{0,40}?\bpatrols?\b", re.IGNORECASE)


def tells_a_joint_patrol(text: str, trigger: Trigger) -> bool:
    """Whether ``trigger`` in sentence ``text`` is a joint patrol run ("The first joint patrol
    set off"): the act of the sides that patrol together, named or not."""
    return (
        trigger.type is EventType.COMMITMENT
        and _JOINT_PATROL.search(text, 0, trigger.core_start) is not None
    )


_CLASHES_WITH = re.compile(
    r"\b(?:clash(?:es|ed)?|fighting|battles?|fought)\s+with\s+(?:the\s+)?"
    r"(?:[\w-]+-(?:led|backed)\s+)?",  # ("fighting with the Kurdish-led SDF")
    re.IGNORECASE,
)


def _fought_with(
    text: str, trigger: Trigger, parties: list[Mention], actors: list[str]
) -> list[str]:
    """Those named right after "clashes with" after the trigger, its sides' foes (or those
    who left the ground before it was taken: "took full control of the Conoco gas field
    ..., after Islamic State militants pulled out before dawn")."""
    starts = {m.start: m.actor_id for m in parties}
    fought = [
        who
        for found in _CLASHES_WITH.finditer(text, trigger.core_end)
        if (who := starts.get(found.end())) is not None and who not in actors
    ]
    left = [
        m.actor_id
        for m in parties
        if m.start >= trigger.core_end
        and m.actor_id not in actors
        and _AFTER_THE.search(text, max(m.start - 12, 0), m.start)
        and _PULLED_OUT.match(text, m.end)
    ]
    return [*fought, *left][:1]


# "..., after Islamic State militants pulled out", "after the jihadists had withdrawn"
_AFTER_THE = re.compile(r"\bafter\s+(?:the\s+)?$", re.IGNORECASE)
_PULLED_OUT = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:had\s+)?(?:pulled\s+(?:out|back)|withdr[ae]wn?|retreated|fled)\b",
    re.IGNORECASE,
)


# a clause opened by a pronoun: "On Saturday they sent three suicide car bombs", "In the
# night it fired rockets" (not "they said", whose verb is no act)
_PRONOUN_OPENS = re.compile(
    r"(?:^|[.;:\u2014]\s*)(?:(?:on|at|in|by|late|early|later|then|before|after|the\s+same|that)\b"
    r"[^,;.]{0,40}?[\s,]+)?(?:they|it)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+|then\s+)?"
    # (the verb a noun's act is done with: "they sent three suicide car bombs")
    r"(?:(?:sent|launched|fired|drove|carried\s+out|staged|set\s+off|detonated)\s+"
    r"(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)


def opened_by_a_pronoun(text: str, trigger: Trigger) -> bool:
    """Whether the act's clause opens with "they" or "it" right before its verb: the side
    told just before acted again ("... seized the village. On Saturday they sent three
    suicide car bombs against our positions")."""
    verb = verb_of_the_act(text, trigger)
    return _PRONOUN_OPENS.search(text, 0, verb) is not None


# a partner told after the act: "together with Jabhat al-Nusra", "alongside the YPG"
_TOGETHER_WITH = re.compile(
    r"\b(?:(?:together|along|jointly)\s+with|alongside)\s+(?:the\s+|fighters\s+of\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_GOES_ON = re.compile(r"[,;:]|\b(?:which|that|who|where|when|while)\b", re.IGNORECASE)
# a term named before the act: "In line with the agreement, ...", "Under the terms of"
_TERM_OPENS = re.compile(r"\W*(?:in|under|as)\b", re.IGNORECASE)
# "broke the government's pledge", "patients whom Russian officers promised to evacuate":
# whose promise a commitment is
_PROMISED = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:pledges?|promises?|commitments?|undertakings?|guarantees?)\b"
    r"|\s+(?:had\s+|has\s+)?(?:promised|pledged|undertook|committed)\b",
    re.IGNORECASE,
)
# "turned back at a checkpoint manned by non-State armed groups"
_MANNED_BY = needing(  # (or "a checkpoint of the Kurdish Asayish")
    r"\b(?:checkpoints?|roadblocks?|crossings?)\s+(?:(?:manned|held|run|controlled|operated)\s+by"
    r"|of)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "never left Damascus because the government had not given its final approval"
_WITHHELD = re.compile(
    r"\s+(?:had|has|have|did)\s+not\s+(?:yet\s+)?(?:give|given|grant|granted|issue|issued)"
    r"\s+(?:(?:its|their|the)\s+)?(?:final\s+)?(?:approval|permission|authori[sz]ation"
    r"|green\s+light|permits?)\b",
    re.IGNORECASE,
)


# ", wounding two soldiers", "killing a serviceman": soldiers no word gives a side
_SOLDIERS_HIT = needing(
    r"[^;]{0,160}?,?\s+(?:killing|killed|wounding|wounded|injuring|injured)\s+"
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
    r"(?:soldiers?|servicem[ae]n)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Cast:
    """One event sentence's cast: ``speakers`` are the claimants whose words tell the event
    (before or at its trigger); ``own_account``: a speaker tells of its own forces' act."""

    actors: list[str]
    targets: list[str]
    claimants: list[str]
    speakers: list[str]
    agreed: Parties | None
    own_account: bool
    denied: bool  # a speaker denies the act: it names no actor


class Casting:
    """Reads the cast of event sentences against one actor catalogue."""

    def __init__(self, catalogue: ActorCatalogue, lexicon: Lexicon) -> None:
        self.catalogue = catalogue
        self.lexicon = lexicon

    def bystander(self, actor_id: str, harm: bool) -> bool:
        """Civilians never act; the UN and aid agencies do no harm (``harm``: an act of
        violence or of blocking aid)."""
        kind = self.catalogue.actors[actor_id].kind
        return kind == "civilians" or (harm and kind in _NO_HARM_KINDS)

    def bound(self, actors: list[str]) -> list[str]:
        """The parties a term binds among ``actors``: not the UN or an aid agency that
        carries it out or tells of it ("Red Crescent ambulances took 14 patients to
        hospitals"), nor civilians, nor a news agency or monitor that tells of it ("State
        television says the first convoy has pulled out")."""
        catalogue = self.catalogue
        return [a for a in actors if not self.bystander(a, True) and not catalogue.only_reports(a)]

    def _held_area_fired_from(self, text: str, trigger: Trigger) -> str | None:
        """The side holding the area the fire came from ("Mortar fire from rebel-held
        areas", "shells fired from Government-controlled areas"): the firer, as the sources
        name it."""
        if "-held" not in text and "-controlled" not in text:
            return None  # (a plain word test first)
        # (the fire-from phrase roles reads for adjectives, with a name held the area)
        held = (
            found["word"]
            for found in FIRED_FROM.finditer(text, max(trigger.start - 40, 0))
            if text.startswith(("-held", "-controlled"), found.end("word"))
        )
        who = next(held, None)
        if who is None:  # "a rocket fired from the Islamic State-held al-Sinaa district"
            named = _FIRED_FROM_HELD.search(text, max(trigger.start - 40, 0))
            who = named["name"] if named else None
        if who is None:
            return None
        return self.catalogue.opening(who, whole=True) or self.catalogue.adjectives.get(who.lower())

    def cast(
        self, text: str, trigger: Trigger, mentions: list[Mention], attributions: list[Attribution]
    ) -> Cast:
        """The cast of the event ``trigger`` tells in sentence ``text``."""
        catalogue = self.catalogue
        claimants = list(dict.fromkeys(a.actor_id for a in attributions if a.actor_id))
        speakers = list(
            dict.fromkeys(
                a.actor_id for a in attributions if a.actor_id and a.cue_start < trigger.end
            )
        )
        if trigger.type in TRUCE_STATEMENTS:  # a monitor or a medium tells of a truce or of
            # its end; it makes neither ("the Observatory says the army halted its offensive")
            speakers = [c for c in speakers if not catalogue.only_reports(c)]
        if not speakers and trigger.type in STATEMENT_TYPES:  # "A truce ... took effect on
            # Tuesday, the Russian centre said" (a news agency only carries the words)
            # (residents and activists tell of a truce; they do not make it)
            speakers = [
                c
                for c in claimants
                if not catalogue.only_reports(c) and not self.bystander(c, True)
            ]
        excluded = {  # "..., a monitor said": the speaker is neither actor nor target
            a.subject
            for a in attributions
            if a.subject and not trigger.start <= a.cue_start < trigger.end
        }
        # news media and monitors report events; they are never who acted or was hit
        parties = [m for m in mentions if not catalogue.only_reports(m.actor_id)]
        actors, targets = roles(
            text, trigger, parties, excluded, self.lexicon, catalogue.adjectives
        )
        if trigger.learned and (
            opening := opening_subject(
                text, [m for m in parties if (m.start, m.end) not in excluded]
            )
        ):  # the learned fallback guesses the act's word: its subject is the sentence's
            actors = list(dict.fromkeys(m.actor_id for m in opening))
            targets = [t for t in targets if t not in actors]
        if not actors and tells_a_joint_patrol(text, trigger):
            # "The joint Russian-Turkish patrol was cut short": the patrolling sides'
            actors, targets = targets, []
        agreed = None
        if trigger.type is EventType.CEASEFIRE_ANNOUNCED:  # its parties, not its brokers
            agreed = agreement_parties(text, parties)
            if set(actors) <= agreed.mediators or set(actors) < set(agreed.sides):
                actors = agreed.sides or actors
            elif agreed.with_whom:  # "rebel factions in Quneitra agreed with Russian officers"
                actors = list(dict.fromkeys([*actors, *agreed.sides]))
            if agreed.with_whom:  # "the committee says it reached an agreement with ..."
                own = self._speakers_own(text, trigger, attributions)
                actors = list(dict.fromkeys([*own, *actors]))
            targets = [t for t in targets if t not in {*agreed.mediators, *agreed.sides}]
            if agreed.sides:  # (a go-between is no party: "accepted at the request of the
                # UN envoy"; but "a US-Russian brokered truce" names no other)
                actors = [a for a in actors if a not in agreed.mediators] or actors
        violent = trigger.type in VIOLENT_TYPES  # (an act of violence or of blocking aid)
        if any(self.bystander(a, violent) for a in actors):  # "Nine civilians died in rebel
            # shelling", "the Security Council ... of an air strike": never who acts
            acting = [m for m in parties if not self.bystander(m.actor_id, violent)]
            actors = roles(text, trigger, acting, excluded, self.lexicon, catalogue.adjectives)[0]
        if not actors and (owner := owner_of_weapon(text, trigger, parties)):
            actors, targets = owner, [t for t in targets if t not in owner]
        if not actors and violent and (holder := self._held_area_fired_from(text, trigger)):
            actors = [holder]  # "rockets fired from SDF-held areas near Manbij hit ..."
        if trigger.type is EventType.ARMED_CLASH and actors and not targets:
            # "rebels overran Ishtabraq, an Alawite village ..., after a night of clashes with
            # the National Defence Forces militia": whom they fought
            targets = _fought_with(text, trigger, parties, actors)
        elif (
            trigger.type is EventType.ARMED_CLASH
            and not actors
            and targets
            and (with_them := _CLASHES_WITH.match(text, trigger.core_start))
            and (foe := [m.actor_id for m in parties if m.start == with_them.end()])
            and not set(foe) & set(targets)
        ):  # "one Turkish soldier had been killed ... in clashes with YPG fighters": the
            # side of the dead and the one it fought are the clash's sides
            actors, targets = list(dict.fromkeys([*targets, *foe])), []
        if partners := [
            m.actor_id
            for m in parties
            if m.start >= trigger.core_end
            and (partner := _TOGETHER_WITH.search(text, max(m.start - 30, 0), m.start))
            and not _CLAUSE_GOES_ON.search(text, trigger.core_end, partner.start())
        ]:  # "We stormed the crossing together with Jabhat al-Nusra": it acted too (not
            # "..., which brokered the swap together with Russian officers")
            actors = list(dict.fromkeys([*actors, *partners]))
            targets = [t for t in targets if t not in partners]
        hit = owners_hit(text, trigger, parties)  # "under an ambulance of the Red Crescent"
        targets = list(dict.fromkeys([*targets, *(t for t in hit if t not in actors)]))
        if trigger.type is EventType.COMMITMENT and (
            promisers := [m.actor_id for m in parties if _PROMISED.match(text, m.end)]
        ):  # whose promise it is, whoever speaks of it
            actors = list(dict.fromkeys(promisers))
            targets = [t for t in targets if t not in actors]
        elif (
            trigger.type is EventType.COMMITMENT
            and not actors
            and targets
            and not text[: trigger.core_start].strip(" ,")
            and _TERM_OPENS.match(text)
        ):  # "In implementation of its commitments, the Syrian Arab Army has withdrawn its
            # units": the term opens the sentence, its subject follows
            actors, targets = targets[:1], targets[1:]
        if trigger.type is EventType.AID_ACCESS:  # "stopped at the government checkpoint":
            # the side holding the checkpoint acted, whatever the grammar
            held = [
                m.actor_id
                for m in parties
                if _CHECKPOINT_AFTER.match(text, m.end)
                or _WITHHELD.match(text, m.end)
                or _MANNED_BY.search(text, max(m.start - 60, 0), m.start)
            ]
            held += [  # "at the last government checkpoint": a side's adjective (not a
                # word of a name: "a Syrian National Army checkpoint")
                catalogue.adjectives[word.group(1).lower()]
                for word in _SIDE_CHECKPOINT.finditer(text)
                if word.group(1).lower() in catalogue.adjectives
                and not any(m.start <= word.start(1) < m.end for m in parties)
            ]
            actors = list(dict.fromkeys([*held, *actors]))
            targets = [t for t in targets if t not in held]
            aid = catalogue.aid_workers
            if aid and not targets and _AID_CARGO.search(text):  # a convoy held: the aid
                targets = [aid]  # workers it carries are what was hit
            elif (
                not targets
                and catalogue.civilians
                and _PATIENTS.search(text, 0, trigger.core_start)
            ):
                targets = [catalogue.civilians]  # the wounded turned back are who was hit
            elif aid:  # "turned back a UN convoy": the aid workers of the UN's convoy
                un = {t for t in targets if catalogue.actors[t].kind == "un"}
                targets = list(dict.fromkeys(aid if t in un else t for t in targets))
        civilians = catalogue.civilians
        if civilians and catalogue.witnesses.intersection(targets):
            targets = list(
                dict.fromkeys(civilians if t in catalogue.witnesses else t for t in targets)
            )
        remote = trigger.type in (EventType.SHELLING, EventType.AIR_STRIKE)
        if (
            civilians
            and civilians not in targets
            and catalogue.aid_workers not in targets  # (the ambulance's crew are its people)
            and violent
            and civilians_hit(text, trigger, remote=remote)
        ):
            targets = [*targets, civilians]  # "abducted a pharmacist", ", killing a child"
        elif (
            civilians
            and not targets
            and trigger.type in _DONE_TO_PEOPLE
            and not _ARMED_VICTIMS.search(text, trigger.core_end, trigger.core_end + 60)
            and not any(  # ("abducted two rebel men")
                word.group(1).lower() in catalogue.adjectives
                for word in _SIDE_MEN.finditer(text, trigger.core_end, trigger.core_end + 60)
            )
        ):
            # "Soldiers fired live rounds over the crowd", "flattened a row of five houses":
            # an attack on civilians, an abduction or a looting that names no one else hit
            # was done to civilians (the drivers of an aid convoy are aid workers)
            aid = catalogue.aid_workers
            targets = [aid] if aid and _AID_WORDS.search(text) else [civilians]
        if violent and claimants and _SOLDIERS_HIT.match(text, trigger.core_end):
            army = self._own_army(claimants[0])  # "wounding two soldiers", told by an army
            if army and army not in actors and army not in targets:  # or its state's media:
                targets = [*targets, army]  # its soldiers
        denied = any(
            a.stance is Stance.DENIES and a.worded_before(trigger.core_start) for a in attributions
        )
        if denied:
            actors = []  # a denial does not name who did it (a statement's own words
            # name whom they deny did it: "denies ... that army artillery shelled")
        elif not actors and trigger.type not in TRUCE_STATEMENTS:  # "The opposition accused
            # government forces of ... air raids" (but "the truce collapsed, ..., accusing QSD
            # snipers of ...": who shot did not end the truce)
            actors = accused_by(text, trigger, attributions, mentions)
            targets = [t for t in targets if t not in actors]
        own_account = False  # the speaker tells of its own forces' act
        if (
            actors
            and violent
            and trigger.type is not EventType.ARMED_CLASH  # (either side tells a clash)
            and (its := _SAID_ITS.search(text, 0, trigger.core_start))
        ):
            # "The Turkish General Staff blamed "regime elements" and said its artillery had
            # returned fire": the speaker's own weapon acted, on those it blamed
            own = self._speaker_of(its.start("its"), attributions)
            if own and own[0] not in actors:
                actors, targets = own, list(dict.fromkeys([*actors, *targets]))
                own_account = True
        if not actors:
            actors = self._speakers_own(text, trigger, attributions)
            own_account = bool(actors)
            if own_account and trigger.type is EventType.ARMED_CLASH and not targets:
                # "Rebel fighters say they took control of al-Rastan after several hours of
                # clashes with government troops"
                targets = _fought_with(text, trigger, parties, actors)
        if violent and (its := _AT_ITS_POSITIONS.match(text, trigger.core_end)) is not None:
            # "the SDF accused pro-government militias of firing mortar rounds at its
            # positions": the speaker's positions were hit
            hit = self._speaker_of(
                its.start("its") if its["its"] else its.start("its2"), attributions
            )
            targets = list(dict.fromkeys([*targets, *(t for t in hit if t not in actors)]))
        if trigger.type is EventType.COMMITMENT:
            actors = self.bound(actors)
        if trigger.type in STATEMENT_TYPES and (
            told := {
                a
                for a in _addressees(text, parties, attributions)
                if catalogue.actors[a].kind == "un"
            }
        ):  # "Israel's ambassador told the Security Council that Syria had violated ...": the
            # forum a charge is laid before is neither its maker nor its accused (but "UNDOF
            # has conveyed to the IDF that the presence of its forces ...": the IDF is)
            actors = [a for a in actors if a not in told or a in speakers]
            targets = [t for t in targets if t not in told]
        return Cast(actors, targets, claimants, speakers, agreed, own_account, denied)

    def _own_army(self, speaker: str) -> str | None:
        """The armed forces ``speaker`` is, or speaks for as their state's media (not a
        state: Russia's bulletins tell of the Syrian army's soldiers)."""
        actor = self.catalogue.actors.get(speaker)
        if actor is None or actor.kind not in ("armed_forces", "media"):
            return None
        if actor.kind == "armed_forces":
            return speaker
        armies = [a for a in actor.related if self.catalogue.actors[a].kind == "armed_forces"]
        return armies[0] if len(armies) == 1 else None

    def _speakers_own(
        self, text: str, trigger: Trigger, attributions: list[Attribution]
    ) -> list[str]:
        """The speaker, when it tells of its own act: "X said they had retaken", "an air
        strike it carried out", "X said its aircraft had struck"."""
        found: list[str] = []
        verb = verb_of_the_act(text, trigger)  # "said it had killed X in a drone strike"
        if they := THEY.search(text, 0, verb):
            found = self._speaker_of(they.start(), attributions)
        if not found and DONE_BY_THEM.match(text, trigger.core_end):
            found = self._speaker_of(trigger.core_start, attributions)
        if not found and (own := OWN_FORCES.search(text, 0, verb)):
            found = self._speaker_of(own.start("its"), attributions)
        return found

    def _speaker_of(self, pronoun: int, attributions: list[Attribution]) -> list[str]:
        """The party that said "they/it": the speaker whose verb comes right before it
        (a news agency or monitor speaks of others, never of itself; one speaking in its own
        turn, with no verb, says "we": its "they bombed the outskirts" is another side)."""
        before = [
            (a.cue_end, a.actor_id) for a in attributions if a.actor_id and a.worded_before(pronoun)
        ]
        if not before:
            return []
        _, nearest = max(before, key=lambda said: said[0])
        return [] if self.catalogue.only_reports(nearest) else [nearest]


def _addressees(text: str, parties: list[Mention], attributions: list[Attribution]) -> set[str]:
    """The parties a speaker told or wrote to ("told the Security Council that", "wrote to
    the UN that")."""
    cues = [a.cue_end for a in attributions if text[a.cue_start : a.cue_end].lower() in _TELLING]
    return {m.actor_id for m in parties for end in cues if _TO_THE.fullmatch(text, end, m.start)}


_TELLING = frozenset({"told", "tell", "tells", "wrote", "conveyed"})
_TO_THE = re.compile(r"\s+(?:to\s+)?(?:the\s+)?", re.IGNORECASE)
# the speaker's own weapon is the act's word: "said its artillery (had returned fire)"
_SAID_ITS = re.compile(
    r"\b(?:said|says|added|stated|announced)\s+(?:that\s+)?(?P<its>its|their)\s+(?:own\s+)?$",
    re.IGNORECASE,
)
# the speaker's own posts, hit: "fired mortar rounds at its positions near Darnaj"
_AT_ITS_POSITIONS = needing(
    r"[^,.;:]{0,80}?\b(?:at|on|towards)\s+(?:one\s+of\s+)?(?P<its>its|their)\s+(?:own\s+)?"
    r"(?:positions?|posts?|checkpoints?|bases?|outposts?|barracks)\b"
    # or its people, right after the act: "accused government artillery of shelling its
    # fighters near al-Kasrah"
    r"|[^,.;:]{0,40}?\b(?:shell(?:ed|ing)|struck|striking|bomb(?:ed|ing)|attack(?:ed|ing)"
    r"|target(?:ed|ing)|hit(?:ting)?|fir(?:ed|ing)\s+on)\s+(?:one\s+of\s+)?(?P<its2>its|their)\s+"
    r"(?:own\s+)?(?:fighters|men|forces|troops|members)\b",
    re.IGNORECASE,
)
# the document's own people counting: "We recorded", "Our observers have counted"
_WE_RECORDED = re.compile(
    r"\b(?:[Ww]e|[Oo]ur (?:[\w-]+ )?(?:observers|monitors|teams?|researchers|staff))\s+"
    r"(?:have\s+|had\s+)?(?:registered|recorded|counted|documented|logged)\b[^.;:]{0,40}?"
    r"\b(?:violations|breaches)\b"
)
_ACCUSED_OF = re.compile(r"\baccus(?:e|es|ed|ing)\s+[^.;:]{1,80}?\s+of\s+$", re.IGNORECASE)
_VIOLATED = re.compile(r"violated|breached|broken|broke", re.IGNORECASE)


def unspoken_charge(text: str, trigger: Trigger, *, own_count: bool) -> bool:
    """A charge no catalogued speaker makes, whose named sides are the accused (its
    targets), not its makers: the document's own count ("Our observers have counted nine
    breaches by the 4th Division", ``own_count``: the document speaks in its own voice), an
    accuser the catalogue does not know ("the committee accuses the government of breaching
    the agreement"), or a count told as fact ("SDF groups have violated the ceasefire 11
    times")."""
    if own_count and _WE_RECORDED.search(text):
        return True
    return trigger.type is EventType.VIOLATION_ACCUSATION and bool(
        _ACCUSED_OF.search(text, 0, trigger.core_start)
        or _VIOLATED.fullmatch(text, trigger.core_start, trigger.core_end)
    )
