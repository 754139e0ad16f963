"""What a sentence's words point back to: the act already reported ("the attack", "the
first missile hit", "accused X of <the act just reported>"), the party a pronoun or an
accusation names ("X said its aircraft", "accused X of"), or nothing at all ("residents
said no shelling had taken place")."""

from __future__ import annotations

import re

from truce.extract.actors import Mention
from truce.extract.claims import Attribution
from truce.extract.drafts import Draft
from truce.extract.events import Trigger
from truce.extract.needs import needing
from truce.model import VIOLENT_TYPES, EventType, Place, Stance

__all__ = [
    "DONE_BY_THEM",
    "FROM_THE_AIR",
    "NO_SUCH",
    "OWN_FORCES",
    "THEY",
    "Descriptions",
    "accused_by",
    "accuses_of",
    "backs_the_account",
    "fires_the_known",
    "heard_from_afar",
    "named_by_place",
    "one_more_of",
    "refers_back",
    "same_place",
    "the_projectiles",
]

# "residents said no shelling had taken place": an absence reported, not a denial
NO_SUCH = re.compile(r"\bno\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# the verb a counted act is done with, before its noun: "had carried out 11 strikes"
_DONE_WITH = r"(?:(?:carried out|conducted|flew|launched|staged)\s+(?:[\w,-]+\s+){0,3})?"
# "said on Tuesday that one of its artillery shells may have hit", "says its armed drones"
OWN_FORCES = needing(
    r"\b(?:said|says|say|stated|announced|added|confirmed)\s+(?:\w+ly\s+)?"  # ("said separately")
    r"(?:on\s+\w+\s+(?:(?:morning|afternoon|evening|night)\s+)?)?(?:that\s+)?"
    r"(?:(?:one|some|two|three)\s+of\s+)?(?P<its>its|their)\s+(?:own\s+)?(?:(?:[\w-]+\s+)?(?:aircraft|jets"
    r"|warplanes|planes|drones|forces|troops|fighters|artillery|tanks|snipers|gunners|units"
    r"|security\s+men)\s+(?:[\w-]+\s+){0,2})?"
    rf"{_DONE_WITH}[\"“‘']?$",  # its forces had "neutralised" ...
    re.IGNORECASE,
)
# ("said it had carried out 11 strikes near Manbij")
THEY = re.compile(rf"\b(?:they|it)\s+(?:had|have|has)?\s*(?:also\s+)?{_DONE_WITH}$", re.IGNORECASE)
# "the coalition said that an air strike it carried out in August ...": the speaker's act
DONE_BY_THEM = needing(  # (run only where one of its words is)
    r"\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:carried out|conducted|launched|staged|fired|made)\b",
    re.IGNORECASE,
)
_ACCUSED = re.compile(r"\s+(?:the\s+)?")
_BLAMING = needing(
    r"\b(?:blaming|accusing)\s+(?:the\s+)?"
    # "state media blamed the blast on Islamic State militants"
    r"|\bblam(?:ed|es|ing)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attacks?|blasts?|bombings?"
    r"|explosions?|strikes?|shelling|killings?|raids?|arson|fires?)\s+on\s+(?:the\s+)?",
    re.IGNORECASE,
)


_CALLED_AGGRESSION = re.compile(
    r"\b(?:called|calling|described\s+as|describing\s+it\s+as|termed)\s+(?:it\s+)?[\"“]?"
    r"(?:an?\s+)?(?:new\s+|flagrant\s+|blatant\s+)?(?P<who>[A-Z][\w-]+)\s+aggression\b"
)


def accused_by(
    text: str, trigger: Trigger, attributions: list[Attribution], mentions: list[Mention]
) -> list[str]:
    """Who a claimant accuses of the event: the name right after "accused"/"blamed", or
    after "blaming"/"accusing" anywhere in the sentence ("..., the monitor said, blaming
    Russian warplanes")."""
    for blame in _BLAMING.finditer(text):
        named = next((m for m in mentions if m.start == blame.end()), None)
        if named is not None:
            return [named.actor_id]
    # 'what SANA called "an Israeli aggression"'
    for called in _CALLED_AGGRESSION.finditer(text) if "aggression" in text else ():
        named = next((m for m in mentions if m.start == called.start("who")), None)
        if named is not None:
            return [named.actor_id]
    for item in attributions:
        if item.stance is not Stance.ACCUSES or item.cue_end > trigger.core_start:
            continue
        gap = _ACCUSED.match(text, item.cue_end)
        at = gap.end() if gap else item.cue_end
        named = next((m for m in mentions if m.start == at and m.end <= trigger.core_start), None)
        if named is not None:
            return [named.actor_id]
    return []


_DEFINITE_FIRST = re.compile(r"\bthe\s+(?:first|second|last|same)\s+$", re.IGNORECASE)
# (a time of day may come between: "killed in the evening raids", "the night's strikes")
_DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those)\s+"
    r"(?:(?:morning|afternoon|evening|night|dawn|earlier|overnight)(?:['’]s)?\s+)?$",
    re.IGNORECASE,
)
# "claimed that the strike had \"neutralised two PKK terrorists\"": what the act just told did
_ACT_AS_SUBJECT = needing(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:strike|raid|attack|bombing|shelling|bombardment"
    r"|operation)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?[\"“]?$",
    re.IGNORECASE,
)
_DEFINITE_ACT = re.compile(
    r"\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|assault|offensive|raid|ambush|incursion)\b"
    # ("Army units clashed with the infiltrators, killing eight of them": those of the act told)
    r"|\s+with\s+the\s+(?:infiltrators|attackers|assailants)\b",
    re.IGNORECASE,
)


# "called the raid a massacre", "described the strike as a \"new massacre\"": a name given
# to the act just reported
_NAMED_AS = needing(
    r"(?:\b(?:called|described|branded|termed|labell?ed)\s+(?:the|this|that|it)\s+(?:[\w-]+\s+){0,2}?"
    # "blamed Daesh for what it called a massacre"
    r"|\bwhat\s+(?:it|they|he|she|the\s+[\w-]+)\s+(?:called|described|branded|termed)\s+)"
    # ("called it the deadliest single massacre since ...")
    r"(?:as\s+)?(?:(?:an?|the)\s+)?[\"“]?(?:(?:new|deliberate|horrific|deadliest|worst|bloodiest"
    r"|latest|single|biggest|largest|most|brutal|heinous|cowardly)\s+){0,3}$",
    re.IGNORECASE,
)


# "called the incident an accident, saying its gunners had been returning fire": what
# follows a name given to an act already reported is about that act
_CALLED_THE_ACT = needing(
    r"\b(?:called|calling|described|describing|branded|termed|labell?ed)\s+(?:the|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:incident|attack|strike|raid|shelling|bombing|explosion|blast"
    r"|killings?|deaths|assault)\s+(?:as\s+)?(?:an?\s+)?[\w\"“]",
    re.IGNORECASE,
)
# "Russia's Reconciliation Centre backed that account in a statement on Monday, saying ...
# had fired 14 mortar bombs": another's account of the act just told, confirmed
_BACKED_THE_ACCOUNT = needing(
    r"\b(?:backed|corroborated|supported|echoed)\s+(?:that|this|the|their|its)\s+"
    r"(?:[\w-]+\s+)?(?:account|version|report)\b",
    re.IGNORECASE,
)


def backs_the_account(text: str, trigger: Trigger) -> bool:
    """Does ``text`` confirm the account just told before telling the act again?"""
    return _BACKED_THE_ACCOUNT.search(text, 0, trigger.start) is not None


# "SANA said the jets had fired from over Lebanon and that one missile had hit a warehouse":
# the aircraft already reported, and what they fired
_THE_AIRCRAFT = needing(  # (run only where one of its words is)
    r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:jets|warplanes|planes|aircraft|helicopters"
    r"|drones|bombers)\b",
    re.IGNORECASE,
)
FROM_THE_AIR = frozenset({EventType.AIR_STRIKE, EventType.SHELLING})
_FIRED_THE = re.compile(
    r"\s+(?:the|these|those)\s+(?:[\w-]+\s+)?(?:shells|rockets|missiles|mortars|bombs|rounds)\b",
    re.IGNORECASE,
)


def fires_the_known(text: str, trigger: Trigger) -> bool:
    """ "accused government forces of firing the shells": the projectiles already told
    (wherever they were fired from)."""
    return trigger.type in FROM_THE_AIR and _FIRED_THE.match(text, trigger.core_end) is not None


def refers_back(text: str, trigger: Trigger) -> bool:
    """A one-word trigger after a definite article ("for the bombing", "the attack"), a
    definite subject of the trigger verb ("the first missile hit"), a battle verb
    with a definite object ("repelled the attack"), or a name given to the act ("called
    the raid a massacre", "called the incident an accident, saying ..."), what "the jets"
    fired, or what "the strike" did ("said the strike had neutralised two fighters")."""
    if trigger.type is EventType.ARMED_CLASH and _DEFINITE_ACT.match(text, trigger.core_end):
        return True
    if fires_the_known(text, trigger):
        return True
    if _NAMED_AS.search(text, max(trigger.core_start - 60, 0), trigger.core_start):
        return True
    if _CALLED_THE_ACT.search(text, 0, trigger.start):
        return True
    if trigger.type in FROM_THE_AIR and _THE_AIRCRAFT.search(text, 0, trigger.start):
        return True
    if _ACT_AS_SUBJECT.search(text, max(trigger.core_start - 40, 0), trigger.core_start):
        return True
    core = text[trigger.core_start : trigger.core_end]
    if " " not in core.strip() and _DEFINITE.search(
        text, max(trigger.core_start - 24, 0), trigger.core_start
    ):
        return True
    return trigger.start < trigger.core_start and bool(
        _DEFINITE_FIRST.search(text, max(trigger.start - 16, 0), trigger.start)
    )


# "residents said they heard a series of loud explosions", "the blasts shook their
# windows": how an attack sounded where the witnesses were, not another attack there
_HEARD_BEFORE = needing(r"\b(?:heard|hear|hearing|felt|feel)\s+(?:[\w-]+\s+){0,5}?$", re.IGNORECASE)
_HEARD_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:shook|rattled|shattered)\s+(?:[\w-]+\s+)?(?:windows|doors|houses"
    r"|homes|buildings)\b",
    re.IGNORECASE,
)
_SOUNDS = frozenset({"blast", "blasts", "explosion", "explosions"})


def heard_from_afar(text: str, trigger: Trigger) -> bool:
    """Blasts that witnesses heard or felt: the sound of an attack, told where they were."""
    if text[trigger.core_start : trigger.core_end].lower() not in _SOUNDS:
        return False
    return bool(
        _HEARD_BEFORE.search(text, max(trigger.core_start - 60, 0), trigger.core_start)
        or _HEARD_AFTER.match(text, trigger.core_end)
    )


# "The shells fell on the al-Joura and al-Qusour neighbourhoods", "It said the missiles had
# struck a weapons depot": where what was just fired came down, told more closely
_THE_PROJECTILES = re.compile(
    r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:missiles?|rockets?|shells|rounds|projectiles"
    r"|barrage|salvo|volley)\b",
    re.IGNORECASE,
)


def the_projectiles(text: str, trigger: Trigger) -> bool:
    """Is the trigger's subject the projectiles already reported?"""
    if trigger.type not in FROM_THE_AIR:
        return False
    named = _THE_PROJECTILES.search(text, max(trigger.start - 24, 0), trigger.core_end)
    return named is not None and named.end() > trigger.start


# "a third missile struck the street": one more of the weapon the act just told used
_ONE_MORE = re.compile(
    r"\b(?:a|another)\s+(?:second|third|fourth|fifth|further)\s+"
    r"(?P<weapon>missile|rocket|(?:barrel\s+)?bomb|shell)s?\b",
    re.IGNORECASE,
)


def one_more_of(text: str, trigger: Trigger, latest: Draft | None) -> bool:
    """ "a warplane fired two missiles into the market ... a third missile struck the
    street": the same weapon fired again, so the same kind of act by the same hands (a
    new act all the same: minutes later, elsewhere)."""
    if latest is None or latest.type is not EventType.AIR_STRIKE:
        return False
    more = _ONE_MORE.search(text, max(trigger.start - 30, 0), trigger.end)
    return more is not None and more["weapon"].lower() in latest.sentence.text.lower()


def accuses_of(trigger: Trigger, accused_end: int, latest: Draft, place: Place | None) -> bool:
    """ "X accused Y of <the act just reported>" (``accused_end``: where the accusing verb
    ends, 0 for none): the same kind of act, or one at the place just named."""
    if trigger.type not in VIOLENT_TYPES or not accused_end:
        return False
    if place is not None:
        return same_place(place, latest)
    return latest.type is trigger.type


# "in the Tartus blast", "the Idlib strike": an act named by its place (one word, a short
# trigger)
_THE_PLACE_BEFORE = re.compile(  # ("the Tartus blast", "the Tell Abiad bombing")
    r"\b[Tt]he\s+(?P<name>(?:al-)?[A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+)?)\s+$"
)


def named_by_place(text: str, trigger: Trigger) -> str | None:
    """The place a known act is named by ("the Tartus blast"), if the trigger is one word."""
    if " " in text[trigger.core_start : trigger.core_end].strip():
        return None
    before = _THE_PLACE_BEFORE.search(text, max(trigger.core_start - 30, 0), trigger.core_start)
    return before.group("name") if before else None


def same_place(place: Place | None, draft: Draft) -> bool:
    """No place said, or the draft's own."""
    if place is None:
        return True
    if place.gazetteer_id is not None and place.gazetteer_id == draft.place.gazetteer_id:
        return True
    return place.name is not None and place.name == draft.place.name


_KINDS = (
    r"(?:alliance|coalition|group|faction|militia|movement|occupation|Centre|Front|command|fighters"
    r"|militants|terrorists|jihadists|gangs|[Mm]inistry|organi[sz]ation|[Cc]ommittee)"
)
# "the National Front for Liberation, a Turkish-backed rebel alliance": what "the alliance"
# names afterwards; "the Turkish occupation army": what "the occupation's drones" names
_DESCRIBED_AS = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?(?P<kind>{_KINDS})s?\b|\s+(?P<kind2>occupation)\b"
)
_THE_KIND = re.compile(
    rf"\b[Tt]he\s+(?P<kind>{_KINDS})\b(?!\s+of\b(?!\s+\w+ing\b))|\b[Aa]n\s+(?P<kind2>occupation)\b(?!\s+of\b)"
    # ("the centre said": the Centre speaking, not a town's centre)
    # ("accused the militia of abducting": the militia; "the group of fighters": not)
    r"|\b[Tt]he\s+(?P<kind3>centre)(?=\s+(?:said|says|added|reported|stated|announced)\b)"
    # ("Militia gunmen kidnapped four young men": the militia's)
    r"|\b(?P<kind4>[Mm]ilitia)(?=\s+(?:gunmen|fighters|members)\b)"
)  # ("an occupation drone struck a vehicle")


# a sentence that opens on its subject (a time or place phrase may come first)
_OPENS_ON = re.compile(  # (after a dateline too: "QAMISHLI, Syria, Jan 18 (Test Wire) - ")
    r"(?:[^()\n]{0,60}\([^)\n]{0,40}\)\s*[-–—]\s+)?"
    r"(?:A:\s+(?:(?:No|Yes)[.,!]\s+)?)?"  # (or an answer's turn: "A: No. The regime broke")
    r"\W*(?:(?:[A-Z][\w'’-]*\s+){0,3}[\w'’-]+,\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# "Its fighters stormed", "Late on Saturday, the group's fighters ambushed": the group the
# sentence before opened on
# ("Last week its gunners fired", "One of the group's suicide bombers blew up", "Its security
# men detained", "its aircraft destroyed")
_ITS_FIGHTERS = re.compile(
    r"\W*(?:[^,.;]{1,40},\s+|(?:last|late|early|later|overnight|yesterday|on|this|that)\b"
    r"[^,.;]{0,25}?\s+)?(?:(?:one|two|three|four|some|several)\s+of\s+)?"
    r"(?P<who>(?P<owner>its|the group['’]s) (?:fighters|militants|gunmen|members|suicide bombers"
    r"|snipers|gunners|security men|aircraft|warplanes|jets|helicopters|drones|artillery|units"
    r"|troops|forces))\b",
    re.IGNORECASE,
)
# "Residents of al-Mashlab accuse its fighters of looting shops": whom a charge names
_ITS_ACCUSED = re.compile(
    r"\baccus(?:e|ed|es|ing)\s+(?P<who>(?P<owner>its|their)\s+(?:fighters|militants|gunmen"
    r"|members|troops|forces|men|soldiers|militiamen))\s+of\b",
    re.IGNORECASE,
)
# a group's people, named again with "the"
_PEOPLE_OF = frozenset({"fighters", "militants", "terrorists", "jihadists", "gangs"})
_PEOPLE_AFTER = re.compile(r" (fighters|militants|terrorists|jihadists|gangs)\b")
# what a name is called after it: "the US-backed QSD militia ... the militia", "the Daesh
# terrorist organization ... the organization"
_KIND_AFTER = re.compile(r"(?: terrorist)? (militia|organi[sz]ation|movement|faction)\b")
# what "the <head>" names after a mention with that head ("a pro-government militia ... the
# militia", "the Foreign and Expatriates Ministry ... The Ministry said")
# ("the Central Committee ... The committee says the Fourth Division has yet to remove")
_NAMED_BY_KIND = frozenset({"militia", "alliance", "faction", "movement", "ministry", "committee"})
_NAMED_BY_HEAD = ("Centre", "Front")
# "the Israeli enemy carried out an air aggression ... enemy artillery shelled": a state
# medium's word for the party it named so
_ENEMY_AFTER = re.compile(r" enemy\b")
_ENEMY = re.compile(r"\b(?:[Tt]he\s+)?[Ee]nemy(?:['’]s)?\b(?!\s+of\b)")
# (as the subject of a clause, after a time that opens it: "Minutes later the militants")
_OPENS_A_CLAUSE = re.compile(
    r"(?:^|[,;:]\s*)\W*(?:(?:(?:minutes|moments|hours|shortly|soon|a day|days)\s+)?"
    r"(?:later|afterwards|after that|then)\s+|(?:at|on|by|overnight|in)\s+(?:the\s+)?"
    r"(?:dawn|dusk|night|morning|evening|afternoon|\w+day)\s+)?$",
    re.IGNORECASE,
)
_COMMAND_OF = needing(r"\b(?:joint |general |military |unified )?command of (?:the )?$", re.I)


class Descriptions:
    """Actors a document has described ("X, a Turkish-backed rebel alliance", "the Turkish
    occupation army"), so that "The alliance denied any part in the raid" names X (the
    latest one described so), "the occupation's drones" Turkey, and "Its fighters" the
    armed group the sentence before opened on."""

    def __init__(
        self, groups: frozenset[str] = frozenset(), jihadists: frozenset[str] = frozenset()
    ) -> None:
        self._named: dict[str, str] = {}
        self._groups = groups  # armed parties, whose fighters "its fighters" may be
        self._jihadists = jihadists  # whose people "the militants" and "the terrorists" are
        self._opening_group: str | None = None  # the one the sentence before opened on

    def named_in(self, text: str, found: list[Mention]) -> list[Mention]:
        """``found`` (the actors ``text`` names) and those it names by a description
        given earlier; learns the descriptions ``text`` gives."""
        more = []
        # "Jabhat al-Nusra ... is not covered by the truce. Its fighters stormed two hills"
        fighters = _ITS_FIGHTERS.match(text) if self._opening_group else None
        if fighters is not None and any(m.start < fighters.end() for m in found):
            fighters = None  # (another name opens the sentence: its "its" is that one's)
        if fighters is None and self._opening_group and ("its " in text or "their " in text):
            # "Residents accuse its fighters of looting": whom the charge names
            fighters = _ITS_ACCUSED.search(text)
            if fighters and any(fighters.start("who") <= m.start < fighters.end() for m in found):
                fighters = None
        if fighters and self._opening_group:
            # (a suicide bomber is the act's own word: the group is named by "its" alone)
            bomber = fighters["who"].lower().endswith("bombers")
            start, end = fighters.span("owner" if bomber else "who")
            more.append(Mention(self._opening_group, start, end, text[start:end]))
        opening = [m for m in found if m.start < 60 and _OPENS_ON.fullmatch(text, 0, m.start)]
        self._opening_group = next(
            (m.actor_id for m in opening if m.actor_id in self._groups), None
        )
        if self._named and ("the " in text or "The " in text or "an occupation" in text.lower()):
            taken = [(m.start, m.end) for m in found]
            for the in _THE_KIND.finditer(text):
                kind = (the["kind"] or the["kind2"] or the["kind3"] or the["kind4"]).lower()
                if (
                    kind in _PEOPLE_OF
                    and not _OPENS_A_CLAUSE.search(text, 0, the.start())
                    and not text.endswith(" by ", 0, the.start())  # ("fired by the militants")
                ):
                    continue  # ("responded to the militants' offensive": not its subject)
                actor = self._named.get(kind)
                if actor and not any(a < the.end() and the.start() < b for a, b in taken):
                    more.append(Mention(actor, the.start(), the.end(), the.group()))
        if "enemy" in self._named and "nemy" in text:
            taken = [(m.start, m.end) for m in [*found, *more]]
            for enemy in _ENEMY.finditer(text):
                if not any(a < enemy.end() and enemy.start() < b for a, b in taken):
                    more.append(Mention(self._named["enemy"], *enemy.span(), enemy.group()))
        for mention in found:
            noun = mention.text.rsplit(" ", 1)[-1].lower()
            if noun in _PEOPLE_OF or noun in _NAMED_BY_KIND:
                # "former rebel fighters ... the fighters handed over"; "a pro-government
                # militia ... accused the militia of"
                self._named[noun] = mention.actor_id
            if kind := _KIND_AFTER.match(text, mention.end):
                self._named[kind[1].lower()] = mention.actor_id
            if people := _PEOPLE_AFTER.match(text, mention.end):  # "PKK/YPG terrorists fired
                # ... The terrorists have still not withdrawn": the same speaker's word for them
                self._named[people[1].lower()] = mention.actor_id
            if mention.actor_id in self._jihadists and (noun in _PEOPLE_OF or people):
                # "Islamic State fighters stormed ... rocket shells fired by the militants":
                # a jihadist group's people, named by any of the words for them
                for word in _PEOPLE_OF:
                    self._named.setdefault(word, mention.actor_id)
            if _ENEMY_AFTER.match(text, mention.end):
                self._named["enemy"] = mention.actor_id
            # "the Russian Reconciliation Centre": "the Centre"; "the National Front for
            # Liberation": "the Front" (capitalised: not a front line)
            for head in _NAMED_BY_HEAD:
                if head in mention.text:
                    self._named[head.lower()] = mention.actor_id
            if _COMMAND_OF.search(text, max(mention.start - 40, 0), mention.start):
                self._named["command"] = mention.actor_id  # "the joint command of the factions"
            if described := _DESCRIBED_AS.match(text, mention.end):
                kind = described["kind"] or described["kind2"]
                self._named[kind.lower()] = mention.actor_id
        return sorted([*found, *more], key=lambda m: m.start) if more else found
