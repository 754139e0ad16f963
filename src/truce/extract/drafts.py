"""Events under construction, and who acted on whom in a trigger sentence.

A :class:`Draft` collects what the document says about one event as the extractor
reads on (later sentences add evidence, claims and casualty figures); it becomes
a frozen :class:`~truce.model.Report` at the end.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from truce.extract.actors import NAMES_JOINED, Mention, another_nation_before, coordinated
from truce.extract.casualties import Figures
from truce.extract.events import Trigger, clause_start, word_before
from truce.extract.lexicon import Lexicon
from truce.extract.needs import Needy, needing
from truce.extract.sentences import Sentence
from truce.extract.subjects import (
    AND_ITS_VERB,
    DATELINE_LEAD,
    PARTNER_AFTER,
    SUBJECT_AT,
    joined_verbs_subject,
    main_subject,
    subject_before_aside,
    taker_subject,
)
from truce.ids import stable_id
from truce.model import (
    VIOLENT_TYPES,
    Casualties,
    ClaimMention,
    Document,
    EventDate,
    EventType,
    Flag,
    Place,
    Report,
    Span,
    Stance,
    acled_types,
)

#: Types whose actor is whoever makes the statement (the claimant), not the sentence subject.
STATEMENT_TYPES = frozenset(
    {
        EventType.CEASEFIRE_ANNOUNCED,
        EventType.CEASEFIRE_DECLARED_OVER,
        EventType.VIOLATION_ACCUSATION,
    }
)
CEASEFIRE_FAMILY = STATEMENT_TYPES
# a truce made or ended (not a charge of breaking one)
TRUCE_STATEMENTS = frozenset({EventType.CEASEFIRE_ANNOUNCED, EventType.CEASEFIRE_DECLARED_OVER})
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PASSIVE_CORE = re.compile(
    r"^(?:was|were|been|has been|have been|came under|comes? under)\b", re.IGNORECASE
)
_VICTIMS = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|hit|struck"
    r"|targeted|bombed|shelled|attacked)\b",
    re.IGNORECASE,
)
_STRUCK_WITH = needing(  # a verb of attack, its object, then "with <the weapon>"
    r"\b(?P<verb>struck|hit|shelled|targeted|attacked|bombarded|pounded)\s+(?!with\b)"
    r"[^.;:]{1,100}?\bwith\s+(?:[\w-]+\s+){0,3}$"
)
_KILLED_IN = needing(  # an active verb of harm and its object, then "in a <trigger>"
    r"(?<!\d )(?<!were )(?<!was )(?<!been )(?<!being )(?<!are )(?<!is )"
    r"\b(?P<verb>killed|wounded|injured)\s+(?:an?|the|at least|more than|about|some|nearly|over"
    r"|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|several|his|her|their)"
    r"\b(?!\s+(?:others?\s+)?(?:killed|wounded|injured|hurt)\b)"  # not "Three killed two injured"
    r"[^.;:]{1,120}?\bin\s+(?:(?:an?|the|its|their|two|three|several|\d+)\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)
_POSTS = ("position", "post", "checkpoint", "troops", "soldiers", "base", "barracks", "patrol",
          "tanks", "units", "headquarters", "targets", "vehicle", "truck", "bus",
          "convoy", "escort", "column", "garrison")  # fmt: skip
# "hit army positions", "shelled rebel checkpoints": whose the hit posts are (not "from")
_ADJECTIVE_OBJECT = re.compile(
    r"(?<!from )(?<!from the )(?<!direction of )"
    # ("a Turkish army convoy": Turkey's, whose army it is, not the Syrian army's)
    r"(?<!Turkish )(?<!Russian )(?<!Israeli )(?<!Iraqi )(?<!Lebanese )(?<!Jordanian )"
    r"(?<!Iranian )(?<!American )(?<!US )"
    r"\b(?P<word>[\w-]+)\s+(?:military\s+)?(?:positions?|posts?"
    r"|checkpoints?|troops|soldiers|bases?|barracks|outposts?|observation\s+posts?|patrols?"
    r"|tanks|units|headquarters|targets|vehicles?|trucks?|bus(?:es)?|convoys?|escorts?"
    r"|columns?|garrisons?)\b",
    re.IGNORECASE,
)
_OWNED = needing(
    r"\b(?:car|vehicle|house|home|office|motorcycle|truck|convoy|ambulance|bus|clinic"
    r"|warehouse)\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+)?$",  # ("of the Kurdish Red Crescent")
    re.IGNORECASE,
)
# who meets an attack with air defences is its target, not its author (run only where one
# of its words is)
_DEFENCES = needing(r"\bair[- ]defen[cs]es?\b|\banti-aircraft\b", re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?by\s+", re.IGNORECASE)
# a noun act told in the passive, its doers after "by": "airstrikes had been carried out
# overnight in rebel-held districts by Syrian regime and Russian warplanes"
_DONE_BY = re.compile(
    r"\s+(?:had\s+|has\s+|have\s+)?(?:been|were|was)\s+(?:carried\s+out|conducted|launched"
    r"|staged|mounted)\b[^.;,]{0,100}?\bby\s+",
    re.IGNORECASE,
)
# "repelled an attack launched by Daesh terrorists on military points": the attack is the
# act, its authors the actors, those who repelled it the attacked
_REPELLED_BY = re.compile(
    # ("repelled on Friday night an attack by terrorists of the so-called \"Islamic State\"")
    r"(?:\s+on\s+(?-i:[A-Z])[a-z]+(?:\s+(?:night|morning|afternoon|evening))?)?"
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:attack|assault|offensive|attempt|infiltration)"
    r"\s+(?:(?:launched|carried\s+out|mounted|made)\s+)?by\s+(?:the\s+)?"
    # ("foiled an attack by terrorists of Jabhat al-Nusra")
    r"(?:(?:terrorists|fighters|militants|gunmen|members|elements|groups)\s+of\s+(?:the\s+)?)?"
    r"(?:so-called\s+)?[\"“]?",
    re.IGNORECASE,
)
# one side of a joint body: "The Turkish side of the Russian-Turkish commission"
_SIDE_OF = re.compile(r"\s+side\s+of\s+(?:the\s+)?", re.IGNORECASE)
_TRUCE_BY = needing(
    r"\b(?:truce|ceasefire|pause|agreement|deal|memorandum)\s+(?:[\w-]+\s+){0,2}?(?:declared"
    r"|announced|brokered|agreed|signed|negotiated|sponsored|guaranteed)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a weapon and its owner: "artillery of the occupation army", "drones of the Turkish army"
_WEAPON_OF = re.compile(r"\s+(?P<of>of)\s+(?:the\s+)?", re.IGNORECASE)
_WEAPON_WORD = re.compile(
    r"(?:artillery|howitzers?|tanks?|drones?|warplanes?|jets?|aircraft|helicopters?|mortars?"
    r"|rockets?|missiles?|snipers?|(?:suicide\s+)?bombers?)",
    re.IGNORECASE,
)
_VICTIM_CLAUSE = re.compile(r",\s+(?:killing|wounding|injuring)\s+", re.IGNORECASE)
# what an act of violence hit, told after it: ", destroying Islamic State fighting positions",
# ", driving ISIS militants from their fortified positions" (not a charge's: "have violated
# it 47 times, targeting residential areas")
_HIT_CLAUSE = re.compile(r",\s+(?:destroying|hitting|engaging|driving|targeting)\s+", re.IGNORECASE)
# "Nine civilians, two of them children, were martyred": who they were, between commas,
# does not cut the victims off their verb
_WHO_THEY_WERE = re.compile(
    r",\s*(?:(?:[\w-]+\s+){0,2}of\s+them|among\s+them|including)\b[^,;:()]{0,40},\s*$",
    re.IGNORECASE,
)
_THEIR_VERB = re.compile(r"\s*(?:was|were|had\s+been|have\s+been|has\s+been)\s", re.IGNORECASE)
# "shelling by rebels", "barrel bombs dropped by government helicopters": who did it
_NOUN_BY = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:[\s-][\w'’-]+)?\s+)?"  # "shelling of Ariha by"
    r"(?:(?:rounds?|shells?|bombs?|rockets?|missiles?)\s+)?"  # "mortar rounds fired by"
    r"(?:(?:(?:\w+ly\s+)?(?:dropped|fired|launched|carried out|conducted|planted|committed"
    r"|perpetrated|left(?:\s+behind)?)\s+)?by"  # ("barrel bombs reportedly dropped by")
    # ("barrel bombs were dropped from army helicopters": a side's aircraft, never a place)
    r"|(?P<aircraft>(?:(?:were|was)\s+)?(?:dropped|fired|launched)\s+from))\s+",
    re.IGNORECASE,
)
_FROM_AREAS_OF = needing(
    # ("the shelling came from the positions of the occupation forces")
    r"\bfrom\s+(?:the\s+)?(?:areas?|positions|territory|zones?)\s+(?:(?:controlled|held)\s+by|of)\s+",
    re.IGNORECASE,
)
_GROUND_RAIDS = frozenset({"raid", "raids"})
_IN_AN_ACT = re.compile(r"\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_ATTRIBUTED_TO = needing(  # (run only where one of its words is)
    r"\s+(?:[\w-]+\s+){0,4}?(?:attributed|ascribed)\s+to\s+(?:an?\s+|the\s+)?", re.IGNORECASE
)
_ADJECTIVE_WEAPON = re.compile(
    r"(?:the\s+|an?\s+)?(?P<word>[\w-]+)\s+(?:artillery|warplanes?|jets?|aircraft|helicopters?"
    r"|drones?|tanks?|forces|troops|gunners|snipers?)\b",
    re.IGNORECASE,
)
_AIRCRAFT = re.compile(r"(?:warplanes?|jets?|aircraft|helicopters?|drones?)$", re.IGNORECASE)
_ADJECTIVE_AND = needing(r"\b(?P<word>[\w-]+)\s*,?\s+and\s+$", re.IGNORECASE)
# where fire came from, and the side's ground it names: "fired from the direction of ...
# positions", "were shelled heavily overnight from Fourth Division positions"
_FIRED_FROM = (
    # ("shells from the Fourth Division's positions on the hills fell on")
    r"\b(?:fired|fire|flown|launched|shells|rockets|(?:shelled|bombarded|pounded|targeted)"
    r"(?:\s+[\w-]+){0,2}?)"
    r"\s+from\s+(?:the\s+)?(?:direction\s+of\s+(?:the\s+)?)?"
)
_POSITIONS = r"(?:positions?|areas?|territory|lines|posts?|bases?|camp|barracks)\b"
# a named place between the side and its ground: "the regime's Wadi al-Deif camp"
_PLACE_NAME = r"(?:(?:(?-i:[A-Z])[\w'’-]*|al-[\w'’-]+)\s+){0,3}?"
FIRED_FROM = needing(  # (or "artillery fire from government positions")
    # ("Government of Syria-held", "from the regime's positions")
    rf"{_FIRED_FROM}(?P<word>\w+)(?:['’]s)?(?:\s+of\s+Syria)?(?:-(?:held|controlled))?\s+"
    rf"{_PLACE_NAME}{_POSITIONS}",
    re.IGNORECASE,
)
# "shells fired from SDF positions", "from the factions' positions": a name, not an adjective
_FIRED_FROM_NAME = needing(rf"{_FIRED_FROM}$", re.IGNORECASE)
_NAMES_POSITIONS = re.compile(rf"(?:['’]s?)?\s+{_POSITIONS}", re.IGNORECASE)
_DOERS = ("bulldozers", "officers", "officials", "units", "soldiers", "troops", "gunners",
          "snipers", "engineers", "patrol", "checkpoint", "guards", "militiamen",
          "fighters", "tanks")  # fmt: skip
# "army bulldozers demolished": an adjective and the doer's noun, right before the act (or
# its auxiliaries: "Army tanks are shelling al-Rastan")
_ADJECTIVE_NOUN = needing(
    r"(?:^|[,;:–—]\s*|\s-\s+|\b(?:the|an?|and|when|after|as|while)\s+)(?P<word>[\w-]+)\s+"
    r"(?:[\w-]+\s+)?(?:bulldozers|officers|officials|units|soldiers|troops|gunners|snipers"
    r"|engineers|patrols?|checkpoints?|guards|militiamen|fighters|tanks)\s+"
    r"(?:(?:had|have|has|also|are|were|is|was|been|still)\s+){0,3}$",
    re.IGNORECASE,
)
# what kind of weapon, between a side's adjective and the weapon: "a government suicide drone"
_WEAPON_KINDS = frozenset({"suicide", "kamikaze", "armed", "attack", "explosive-laden"})
_THAT_PRONOUN = re.compile(r"\s+that\s+(?:it|they)\s+", re.IGNORECASE)
_WEAPONS = frozenset(
    {"artillery", "howitzers", "warplanes", "jets", "aircraft", "helicopters", "drones", "tanks"}
)
_THE = re.compile(r"(?:the\s+)?", re.IGNORECASE)  # "by the factions": a name may omit it
_BETWEEN = re.compile(  # (and a time or a place: "Clashes broke out at dawn between",
    # "Street fighting has flared again in Ghuwayran between")
    r"\s+(?:[\w-]+\s+){0,3}?between\s+|\s+(?:(?:has|have|had)\s+)?(?:broke\s+out|broken\s+out"
    r"|erupted|flared(?:\s+up)?|raged)"
    r"(?:\s+again)?\s+(?:(?:at|before|after)\s+dawn|overnight|(?:late|early)\s+(?:on\s+)?\w+"
    r"|on\s+\w+|in\s+the\s+\w+|(?:in|around|near)\s+(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,2}?)"
    r"\s+between\s+",
    re.IGNORECASE,
)
_OWNER_AND = re.compile(r"\s+(?:[\w-]+\s+){1,2}and\s+", re.IGNORECASE)
_SIDE_AND = re.compile(r"\s+(?:[\w-]+\s+){1,2}and\s+(?:the\s+)?", re.IGNORECASE)
_HINT_WORDS = 20


@dataclass
class Draft:
    """One event as read so far."""

    type: EventType
    sentence: Sentence
    date: EventDate
    place: Place
    actors: list[str]
    targets: list[str]
    flags: list[Flag] = field(default_factory=list)
    evidence: list[Sentence] = field(default_factory=list)
    claims: list[ClaimMention] = field(default_factory=list)
    claimants: set[str] = field(default_factory=set)
    fatalities: Casualties | None = None
    injuries: Casualties | None = None
    commitment_hint: str | None = None
    country_named: bool = False
    context_place: Place | None = None
    # alleged only because an accusation tells it ("accused Turkey of shelling Arima")
    only_accused: bool = False
    # told in passing after the news it is older than ("..., two days after a car bomb
    # killed two soldiers"): "the bomb" in the sentences after is still the news
    aside_of: Draft | None = None

    @property
    def news(self) -> Draft:
        """The event a later "the bomb" means when this one was told last."""
        return self.aside_of or self

    @property
    def paragraph(self) -> int:
        return self.sentence.paragraph

    @property
    def violent(self) -> bool:
        return self.type in VIOLENT_TYPES

    def add_evidence(self, sentence: Sentence) -> None:
        if all(s.start != sentence.start for s in self.evidence):
            self.evidence.append(sentence)

    def add_claim(self, claim: ClaimMention, sentence: Sentence) -> None:
        """Keep one claim per claimant and stance; the first wording is cited. A claimant
        who takes a stance on the event does not also merely report it: its plain report
        gives way to the stance, and a report after a stance adds none (unless it is the
        sentence that tells the event). Who denies the event does not also dispute it."""
        who = claim.claimant_actor_id or claim.claimant  # (a faction speaks as its actor)
        mine = [c for c in self.claims if (c.claimant_actor_id or c.claimant) == who]
        if any(c.stance is claim.stance for c in mine):
            return
        if claim.stance is Stance.REPORTS and mine and not self._tells_it(claim):
            return  # ("It said its security service had opened an investigation": no more)
        if claim.stance is Stance.DISPUTES and any(c.stance is Stance.DENIES for c in mine):
            return  # a denial says more than "the footage had been staged"
        # (and a denial after a dispute takes its place)
        if claim.stance is Stance.DENIES:
            self.claims = [
                c for c in self.claims if c not in mine or c.stance is not Stance.DISPUTES
            ]
        if claim.stance is not Stance.REPORTS:  # (a report in the event's own sentence stays)
            self.claims = [
                c
                for c in self.claims
                if c not in mine or c.stance is not Stance.REPORTS or self._tells_it(c)
            ]
        self.claims.append(claim)
        if claim.claimant_actor_id:
            self.claimants.add(claim.claimant_actor_id)
        self.add_evidence(sentence)

    def _tells_it(self, claim: ClaimMention) -> bool:
        """Is the claim made in the sentence that first tells the event?"""
        return claim.span.start == self.sentence.start

    def add_figures(self, figures: Figures, *, correction: bool = False) -> None:
        """The first figures reported stand (later ones are in the cited claims), unless a
        lower one corrects them ("Earlier reports of twelve dead were revised to nine"; a
        toll "revised to 29" as the wounded die keeps its first figure), or the author
        corrects its own (``correction``: "CORRECTION to our 09:40 entry: ... six people
        were wounded ..., not four as we first wrote")."""
        lower = (
            figures.revised
            and figures.fatalities is not None
            and self.fatalities is not None
            and (figures.fatalities.best or 0) < (self.fatalities.best or 0)
        )
        if self.fatalities is None or lower or (correction and figures.fatalities is not None):
            self.fatalities = figures.fatalities
        if self.injuries is None or (correction and figures.injuries is not None):
            self.injuries = figures.injuries

    def involves(self, ids: set[str]) -> bool:
        return bool(ids & {*self.actors, *self.targets})

    def to_report(self, document: Document, salience: int) -> Report:
        first = self.evidence[0]
        acled_event, acled_sub = acled_types(self.type)
        return Report(
            id=stable_id("rep", document.id, first.start, first.end, self.type.value),
            document_id=document.id,
            type=self.type,
            acled_event_type=acled_event,
            acled_sub_event_type=acled_sub,
            date=self.date,
            place=self.place,
            actors=self.actors,
            targets=self.targets,
            fatalities=self.fatalities,
            injuries=self.injuries,
            claims=self.claims,
            flags=self.flags,
            evidence=[span_of(document, s) for s in self.evidence],
            salience=salience,
            commitment_hint=self.commitment_hint,
        )


def span_of(document: Document, sentence: Sentence) -> Span:
    """The sentence as a report's evidence. Built without pydantic's validation (a few
    per report, each costing more than the rest of this): a sentence's offsets are ints
    of its body, never negative, and its text and the document's id are strings."""
    return Span.model_construct(
        start=sentence.start, end=sentence.end, text=sentence.text, document_id=document.id
    )


def roles(
    text: str,
    trigger: Trigger,
    mentions: list[Mention],
    excluded: set[tuple[int, int]],
    lexicon: Lexicon,
    adjectives: Mapping[str, str] | None = None,
) -> tuple[list[str], list[str]]:
    """Actors (subject side) and targets (object side) of the trigger, as catalogue ids.

    Active voice: the actor is the nearest name before the trigger in its clause (with
    names coordinated to it: "Russian and Syrian aircraft"), the targets are the names
    after it up to a clause break ("..., supporting an advance of ISIS" is not a
    target). Passive voice ("the convoy was struck by ..."): the other way round; so
    for a noun trigger after a passive verb ("nine civilians were killed in Russian air
    strikes"): the names before the verb are targets, those after it or after "by" actors.
    """
    usable = [m for m in mentions if (m.start, m.end) not in excluded]
    start = clause_start(text, trigger.core_start)
    if _THEIR_VERB.match(text, start) and (aside := _WHO_THEY_WERE.search(text, 0, start)):
        start = clause_start(text, aside.start())
    before = [m for m in usable if m.start >= start and m.end <= trigger.core_start]
    owners = _owners(text, before)
    before = [m for m in before if m not in owners]
    defenders: list[Mention] = []
    if before and _DEFENCES.search(text, start, trigger.core_start):
        defenders, before = before, []  # "Russian air defences shot down drones": the attacked
    core = text[trigger.core_start : trigger.core_end].lower()
    if core in _GROUND_RAIDS and _IN_AN_ACT.search(text, 0, trigger.core_start):
        # "X and Y detained a man they described as an IS leader in a night raid": the
        # raid is the clause's subject's, not the name nearest to it
        opening = [m for m in mentions if m.end <= trigger.core_start]  # (a speaker too)
        lead = DATELINE_LEAD.match(text)  # ("DEIR EZ-ZOR, Syria, Feb 17 (Test Wire) - ")
        if opening and SUBJECT_AT.fullmatch(text, lead.end() if lead else 0, opening[0].start):
            before = coordinated(text, opening, first=True)
    aside_subject = not before and bool(
        subject := subject_before_aside(text, start, trigger, usable)
    )
    if aside_subject:  # (the subject and the partner its aside names both act)
        before = subject
    if not before and trigger.toll:
        before = main_subject(text, start, trigger, usable)
    if not before and trigger.type is EventType.ARMED_CLASH:
        before = taker_subject(text, start, trigger, usable)
    and_verb = AND_ITS_VERB.search(text, max(trigger.core_start - 5, 0), trigger.core_start)
    shared = bool(not before and and_verb)
    if shared:  # (the subject the joined verbs share, with those who went with it)
        before = joined_verbs_subject(text, start, usable)
    stop = lexicon.target_break.search(text, trigger.core_end)
    end = stop.start() if stop else len(text)
    hurt = stop and (
        _VICTIM_CLAUSE.match(text, stop.start())  # ", killing nine civilians"
        or (trigger.type in VIOLENT_TYPES and _HIT_CLAUSE.match(text, stop.start()))
    )
    if hurt:
        further = lexicon.target_break.search(text, hurt.end())
        end = further.start() if further else len(text)
    after = [m for m in usable if m.start >= trigger.core_end and m.end <= end]
    agent = _BY_AGENT.match(text, trigger.core_end)
    agents = [m for m in after if agent and m.start >= agent.end()]
    if _is_passive(text, trigger):  # ("rockets were fired at the coalition base": its side's)
        # ("were shelled heavily overnight from Fourth Division positions")
        actors = _ids(agents) or _fired_from(text, start, end, adjectives or {}, usable)
        return actors, _posts_of(text, trigger, end, adjectives, actors, _ids(before))
    if (found := _verb_of_harm(text, trigger, start)) is not None:
        # "its troops had struck PKK/YPG positions near al-Bab with howitzers", "it had
        # killed a senior leader of the Nusra Front in a drone strike": what the verb hit is
        # the act's target (and, with a weapon, those after it too), its subject the actor
        verb, with_weapon = found
        until = trigger.start if with_weapon else trigger.core_start
        hit = [m for m in usable if verb.end("verb") <= m.start and m.end <= until]
        subject = [m for m in before if m.end <= verb.start("verb")] or _before_aside(
            text, verb.start("verb"), trigger, usable
        )
        actors = _ids(_with_owner(text, subject, coordinated(text, subject)))
        also = after if with_weapon else []
        return actors, [t for t in _ids([*hit, *also]) if t not in actors]
    clash = trigger.type is EventType.ARMED_CLASH
    if clash and (repelled := _REPELLED_BY.match(text, trigger.core_end)) is not None:
        attackers = [m for m in after if m.start >= repelled.end()]
        if attackers and attackers[0].start == repelled.end():  # (an attacker not
            # catalogued leaves those who repelled it acting; one named is joined by others)
            actors = _coordinated(text, attackers, first=True)
            return actors, [t for t in _ids(coordinated(text, before)) if t not in actors]
    # (before the victims: "four people were killed in fighting between the army and gunmen")
    if clash and (between := _BETWEEN.match(text, trigger.core_end)):
        sides = [m for m in after if m.start >= between.end()]  # "clashes between X and Y"
        if len(sides) >= 2 and _SIDE_AND.fullmatch(text, sides[0].end, sides[1].start):
            # "between Syrian army positions and National Front for Liberation fighters"
            return list(dict.fromkeys(_ids(sides[:2]))), []
        if sides:  # (none: "attacked an army checkpoint between Tafas and al-Muzayrib")
            return _coordinated(text, sides, first=True), []
    if (done := _DONE_BY.match(text, trigger.core_end)) is not None:
        # "More than a dozen airstrikes had been carried out overnight in ... by Syrian
        # regime and Russian warplanes": who carried them out
        named = [m for m in after if m.start >= done.end()]
        if named and _THE.fullmatch(text, done.end(), named[0].start):
            actors = _coordinated(text, named, first=True)
            hit = [m for m in after if m.end <= done.end()]
            return actors, [t for t in _ids(hit) if t not in actors]
    victims = _VICTIMS.search(text, start, trigger.core_start)
    if victims is not None:  # "nine civilians were killed in Russian air strikes"
        hit = [m for m in before if m.end <= victims.start()]
        by = [m for m in before if m.start >= victims.end()]
        actors = _coordinated(text, by) or _ids(agents)
        if not actors and adjectives:  # "civilians were killed in government air strikes"
            # ("neighbourhoods were shelled overnight from Fourth Division positions")
            actors = _adjective_actor(text, trigger, adjectives) or _fired_from(
                text, start, end, adjectives, usable
            )
        return actors, [t for t in _ids(hit) if t not in actors]
    chosen = before if shared or aside_subject else coordinated(text, before)
    if before and _SIDE_OF.match(text, before[0].end):
        chosen = before[:1]  # "The Turkish side of the Russian-Turkish commission registered"
    chosen = _with_owner(text, before, chosen)
    if (
        chosen
        and chosen[0] is not before[0]
        and _THAT_PRONOUN.fullmatch(text, chosen[-1].end, trigger.core_start)
    ):  # "the Government of Syria informed the UN that it could not approve": the subject
        chosen = coordinated(text, before, first=True)
    actors = _ids(chosen)
    if chosen and adjectives and (joined := _adjective_joined(text, start, chosen[0], adjectives)):
        actors = list(dict.fromkeys([joined, *actors]))  # "Government and Russian warplanes"
    if actors and (joined_after := _joined_to_weapon(text, trigger, after)):
        actors = list(dict.fromkeys([*actors, *joined_after]))
    if not actors and adjectives:
        actors = _adjective_actor(text, trigger, adjectives) or _fired_from(
            text, start, end, adjectives, usable
        )
    if not actors and (held := _FROM_AREAS_OF.search(text, trigger.core_end, end)):
        # "artillery fire from areas controlled by Turkish forces and affiliated groups"
        named = [m for m in after if m.start >= held.end()]
        if named and _THE.fullmatch(text, held.end(), named[0].start):
            actors = _coordinated(text, named, first=True)
    if not actors and (credited := _ATTRIBUTED_TO.match(text, trigger.core_end)):
        # "Air strike on the farm attributed to a Russian aircraft": who is said to have done it
        named = [m for m in after if m.start == credited.end()]
        actors = _ids(named)
    if not actors and (noun_by := _NOUN_BY.match(text, trigger.core_end)):
        named = [m for m in after if m.start >= noun_by.end()]
        by_name = named and not noun_by["aircraft"]  # (a name after "by", not "from")
        if by_name and _THE.fullmatch(text, noun_by.end(), named[0].start):
            actors = _coordinated(text, named, first=True)
        elif (
            adjectives
            and (weapon := _ADJECTIVE_WEAPON.match(text, noun_by.end()))
            and (not noun_by["aircraft"] or _AIRCRAFT.match(weapon.group().rsplit(None, 1)[-1]))
        ):
            # "shelling of Ariha by government artillery"
            side = adjectives.get(weapon.group("word").lower())
            actors = [side] if side else []
    if actors and (aside := PARTNER_AFTER.match(text, trigger.core_end)) is not None:
        # "Government artillery, supported by Russian aircraft, shelled": the partner acts
        partners = [m for m in after if m.end <= aside.end()]
        actors = list(dict.fromkeys([*actors, *_ids(partners)]))
        after = [m for m in after if m not in partners]
    # (who declared or brokered a truce named in passing is not hit: "on the second day of a
    # daily humanitarian pause declared by Russia")
    hit = [m for m in after if not _TRUCE_BY.search(text, max(m.start - 60, 0), m.start)]
    targets = [t for t in _ids([*defenders, *hit]) if t not in actors]
    return actors, _posts_of(text, trigger, end, adjectives, actors, targets)


def _owners(text: str, before: list[Mention]) -> list[Mention]:
    """ "a bomb planted under the car of a National Front for Liberation commander exploded",
    "under an ambulance of the Kurdish Red Crescent": whose it was is what the bomb hit, not
    who planted it (``before``: the names before the trigger in its clause)."""
    return [m for m in before if _OWNED.search(text, max(m.start - 40, 0), m.start)]


def owners_hit(text: str, trigger: Trigger, mentions: list[Mention]) -> list[str]:
    """The parties whose car, ambulance or home the act hit, named before it in its clause."""
    start = clause_start(text, trigger.core_start)
    before = [m for m in mentions if m.start >= start and m.end <= trigger.core_start]
    return _ids(_owners(text, before))


def owner_of_weapon(text: str, trigger: Trigger, mentions: list[Mention]) -> list[str]:
    """The owner named right after a weapon that is the trigger ("artillery of the
    occupation army stationed in Serêkaniyê pounded", "was killed ... by the bullet of a
    sniper of the regime's forces"): the actor when no other is found."""
    owned = _WEAPON_OF.match(text, trigger.core_end)
    if owned is None or not _WEAPON_WORD.fullmatch(text, trigger.core_start, trigger.core_end):
        return []
    return _ids([m for m in mentions if owned.start("of") < m.start <= owned.end()][:1])


def _posts_of(
    text: str,
    trigger: Trigger,
    end: int,
    adjectives: Mapping[str, str] | None,
    actors: list[str],
    targets: list[str],
) -> list[str]:
    """The targets, with the side whose posts the act hit first ("hit army positions",
    "shelled rebel checkpoints"; "attacked a column of army trucks, killing soldiers and
    members of the NDF": both). A convoy stopped "at the government checkpoint" is not
    the checkpoint's side hit: that side acted."""
    if not adjectives or trigger.type is EventType.AID_ACCESS:
        return targets
    object_words = text[trigger.core_end : end].lower()
    if any(word in object_words for word in _POSTS):  # (a plain word test first)
        side = _adjective_in(_ADJECTIVE_OBJECT, text, trigger.core_end, end, adjectives)
        if side and side not in actors and side not in targets:
            return [side, *targets]
    return targets


def _with_owner(text: str, before: list[Mention], chosen: list[Mention]) -> list[Mention]:
    """ "The Turkish occupation army and its mercenaries": "its" names its owner too."""
    owner = [m for m in before if chosen and m.end <= chosen[0].start][-1:]
    if (
        owner
        and chosen[0].text.lower().startswith(("its ", "their "))
        and _OWNER_AND.fullmatch(text, owner[0].end, chosen[0].start)
    ):
        return [*owner, *chosen]
    return chosen


_TRUCE_REGIME = re.compile(
    r"\b(?:ceasefire|cease-fire|truce|calm|silence)\s+regime\s*$", re.IGNORECASE
)


def _adjective_actor(text: str, trigger: Trigger, adjectives: Mapping[str, str]) -> list[str]:
    """ "government air strikes", "rebel shelling", "rebel rockets hit": the word just
    before the trigger word or the trigger phrase; "army bulldozers demolished": the word
    before the subject's noun."""
    if trigger.type in TRUCE_STATEMENTS:
        return []  # "a nationwide Syrian ceasefire": the truce's country, not a side
    for at in dict.fromkeys((trigger.core_start, trigger.start)):
        word = word_before(text, at)
        if word and word.lower() in _WEAPON_KINDS and text[:at].rstrip().endswith(word):
            at = text[:at].rstrip().rfind(word)  # "a government suicide drone": past its kind
            word = word_before(text, at)
        if not word or not text[:at].rstrip().endswith(word):
            continue  # "the government, air strikes ...": not an adjective
        if _TRUCE_REGIME.search(text, max(at - 40, 0), at):
            continue  # "a ceasefire regime came into force": the truce, not the regime
        if named := adjectives.get(word.lower()):
            word_start = len(text[:at].rstrip()) - len(word)
            return [] if another_nation_before(text, word_start) else [named]  # "the Lebanese army"
    before = text[: trigger.core_start].lower()
    if not any(word in before for word in _DOERS):
        return []  # (a plain word test first)
    if (noun := _ADJECTIVE_NOUN.search(text, 0, trigger.core_start)) is not None:
        named = adjectives.get(noun["word"].lower())
        return [named] if named and not another_nation_before(text, noun.start("word")) else []
    return []


def _adjective_joined(
    text: str, start: int, first: Mention, adjectives: Mapping[str, str]
) -> str | None:
    """The actor an adjective joined to the first name stands for: "Government and Russian
    warplanes struck" (the adjective alone names no actor, see _adjective_actor); not a
    noun before "and its ...": "The Turkish occupation army and its mercenaries"."""
    if first.text.lower().startswith(("its ", "their ", "the ")):
        return None
    return _adjective_in(_ADJECTIVE_AND, text, start, first.start, adjectives)


def _joined_to_weapon(text: str, trigger: Trigger, after: list[Mention]) -> list[str]:
    """Names joined to a weapon that is the trigger: "Turkish artillery and Turkish-backed
    rebel factions shelled ..." (the rebels fired too; they are not the target)."""
    if not after or text[trigger.core_start : trigger.core_end].lower() not in _WEAPONS:
        return []
    if not NAMES_JOINED.fullmatch(text, trigger.core_end, after[0].start):
        return []
    return _ids(coordinated(text, after, first=True))


def _fired_from(
    text: str, start: int, end: int, adjectives: Mapping[str, str], names: list[Mention]
) -> list[str]:
    """ "shells fired from government positions hit the market", "shells fired from SDF
    positions": whose side fired (by an adjective, or a name of ``names`` in
    text[start:end])."""
    named = _adjective_in(FIRED_FROM, text, start, end, adjectives)
    if named:
        return [named]
    for name in names:
        if not start <= name.start < end:
            continue
        if _NAMES_POSITIONS.match(text, name.end) and _FIRED_FROM_NAME.search(
            text, max(name.start - 40, 0), name.start
        ):
            return [name.actor_id]
    return []


def _adjective_in(
    pattern: re.Pattern[str] | Needy, text: str, start: int, end: int, adjectives: Mapping[str, str]
) -> str | None:
    """The actor named by the first adjective ``pattern`` finds (its group ``word``) in
    ``text[start:end]`` ("fired from positions held by ... hit an army checkpoint": the
    army's; "from positions" names no one)."""
    at = start
    while (found := pattern.search(text, at, end)) is not None:
        if (side := adjectives.get(found["word"].lower())) is not None:
            return side
        at = found.end("word") + 1  # (overlapping: "on army positions" after "on" fails)
    return None


def _is_passive(text: str, trigger: Trigger) -> bool:
    core = text[trigger.core_start : trigger.core_end]
    if _PASSIVE_CORE.match(core):
        return True
    # (not a verb going on: "X and Y have been fighting since dawn", "were shelling")
    return not core.endswith("ing") and bool(_PASSIVE.search(text, 0, trigger.core_start))


def _before_aside(text: str, verb: int, trigger: Trigger, usable: list[Mention]) -> list[Mention]:
    """The subject of a verb of harm that follows an aside ("Army units, in cooperation with
    Palestinian popular committees, killed dozens of Daesh terrorists ... in clashes")."""
    at_verb = replace(trigger, start=verb, core_start=verb)
    return subject_before_aside(text, clause_start(text, verb), at_verb, usable)


def _verb_of_harm(text: str, trigger: Trigger, start: int) -> tuple[re.Match[str], bool] | None:
    """An active verb whose object the trigger's act hit (its group ``verb``), and whether
    the trigger is the weapon it was done with: "struck PKK/YPG positions with howitzers"
    (from the clause's ``start``), "killed a senior leader of X, an al-Qaeda-linked group,
    in a drone strike"."""
    if (struck := _STRUCK_WITH.search(text, start, trigger.start)) is not None:
        return struck, True
    killed = _KILLED_IN.search(text, max(trigger.core_start - 160, 0), trigger.core_start)
    return (killed, False) if killed is not None else None


def verb_of_the_act(text: str, trigger: Trigger) -> int:
    """Where the verb that tells the act starts: the trigger's own start, or a verb whose
    object the trigger hit or hit it with ("had killed X in a drone strike", "had struck X
    with howitzers"), whose subject is the actor."""
    found = _verb_of_harm(text, trigger, clause_start(text, trigger.core_start))
    return found[0].start("verb") if found else trigger.core_start


def _coordinated(text: str, names: list[Mention], *, first: bool = False) -> list[str]:
    """The ids of :func:`~truce.extract.actors.coordinated`."""
    return _ids(coordinated(text, names, first=first))


def _ids(mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.actor_id for m in mentions))


def commitment_hint(text: str, trigger: Trigger, lexicon: Lexicon) -> str:
    """The words naming what was (not) done: the trigger to its clause end, capped."""
    stop = lexicon.target_break.search(text, trigger.core_end)
    phrase = text[trigger.core_start : stop.start() if stop else len(text)]
    return " ".join(phrase.split()[:_HINT_WORDS]).rstrip(".,;:")
