"""Who made an agreement: the sides that signed or agreed it, never those who mediated it.

An announcement's actors are usually its subject ("Russia announced a pause"), which the
general role reading finds. An agreement is often told otherwise: its parties named in a
participle ("The memorandum, signed by Russia, Turkey and Iran, took effect"), a relative
clause ("Under a protocol that Russia and Turkey agreed, a ceasefire took effect") or a
subject with a long place phrase ("Government forces and rebel factions in al-Rastan,
Talbiseh and the Houla plain agreed"). Its brokers ("brokered by Russian officers", "with
Russian mediation") are named in the same sentence, but they are neither its parties nor
its targets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from truce.extract.actors import ActorCatalogue, Mention, coordinated
from truce.extract.events import clause_start

# "signed by Russia, Turkey and Iran", "agreed in Astana between ...", "agreed with Russian
# officers", "reached last Wednesday between the rebel factions and Russian officers"
_SIGNED_BY = re.compile(
    r"\b(?:signed|agreed|concluded|reached|struck)\s+"
    # ("reached an agreement with the government's security committee")
    r"(?:(?:an?|the)\s+(?:\w+\s+)?(?:agreement|deal|truce|ceasefire|accord|understanding)\s+"
    r"(?=with\b))?"
    # ("reached last Wednesday", "agreed late last night by")
    r"(?:(?:in|at|on)\s+[^,;:]{1,90}?\s+"
    r"|(?:(?:late|early)\s+)?(?:(?:last|this)\s+\w+|yesterday|overnight)\s+)?"
    r"(?:by|between|(?P<with>with))\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "negotiated by Russian military police officers with rebel factions and army commanders":
# those it was negotiated with are its parties
_NEGOTIATED_WITH = re.compile(
    r"\bnegotiated\s+by\s+[^,;:]{1,60}?\s+with\s+(?:the\s+)?", re.IGNORECASE
)
# "a ceasefire between Turkey and the SDF": who is bound, whoever made it
_BETWEEN = re.compile(  # (a day may come first: "brokered a truce on Friday evening between")
    r"\b(?:ceasefire|cease-fire|truce|agreement|deal|accord|understanding|arrangement"
    r"|cessation\s+of\s+hostilities)\s+(?:on\s+\w+\s+(?:(?:morning|afternoon|evening|night)\s+)?"
    r"|(?:last|this|in)\s+\w+\s+"
    # ("a truce brokered by Russian officers between Kurdish security forces and the NDF")
    r"|(?:brokered|mediated|negotiated|arranged)\s+by\s+[^,;:]{1,60}?\s+"
    r"|(?:that|which)\s+[^,;:]{1,60}?\s+(?:brokered|mediated|negotiated|arranged)\s+)?"
    r"between\s+(?:the\s+)?",
    re.IGNORECASE,
)
# the verbs by which sides make or keep an agreement
_AGREEING = "agreed|signed|announced|renewed|extended|adopted|voted|accepted"
# from the last party to the verb: an unnamed party joined to it ("the QSD and the tribal
# fighters"), where they are ("in al-Rastan, Talbiseh and the Houla plain", "inside Adra"),
# auxiliaries
_THEN_AGREED = re.compile(
    r"(?:\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?"
    r"(?:\s+(?:in|inside|of|from|around|near)\s+[^;:.\"“”]{1,80}?)?"
    # ("The UN Security Council on Saturday unanimously adopted a resolution")
    r"(?:\s+on\s+[A-Z]\w+)?(?:\s+\w+ly)?"
    r"\s+(?:(?:have|has|had|also|finally|formally|jointly)\s+)*(?:" + _AGREEING + ")",
    re.IGNORECASE,
)
# the parties open their clause, perhaps a "that"/"which" clause
_OPENS = re.compile(  # (or opens what a speaker says: "the commander says X and Y have agreed")
    r"\s*(?:[^,]*\b(?:that|which|says|said)\s+)?"
    r"(?:on\s+(?:[\w]+\s+){1,3}?)?(?:the\s+)?",  # ("On February 24 the Security Council voted")
    re.IGNORECASE,
)
_VERB = re.compile(rf"\b(?:{_AGREEING})\b", re.IGNORECASE)
_MEDIATED = re.compile(
    r"\b(?:brokered|mediated|sponsored|guaranteed|negotiated)\s+by\s+(?:the\s+)?"
    r"|\b(?:through\s+)?(?:the\s+)?mediation\s+of\s+(?:the\s+)?"
    # ("accepted at the request of the UN-Arab League envoy, Lakhdar Brahimi")
    r"|\b(?:at\s+the\s+(?:request|proposal|call|urging)|on\s+the\s+(?:proposal|initiative))"
    r"\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
_MEDIATION = re.compile(  # ("Russian officers acting as mediators")
    r"(?:\s+(?:officers|officials|diplomats|envoys|negotiators|delegates|military\s+police))?"
    r"\s+(?:acting\s+as\s+(?:the\s+)?)?(?:mediation|mediators?|brokers?)\b",
    re.IGNORECASE,
)
# "Russia brokered an understanding ... between the SDF and ...": the subject brokered it
_BROKERED = re.compile(  # ("a truce that Russian officers brokered between ...")
    r"(?:\s+(?:officers|officials|diplomats|envoys|negotiators))?\s+(?:(?:has|had|have)\s+)?"
    r"(?:brokered|mediated)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Parties:
    """The sides an agreement names (empty if none found), its mediators, and whether the
    sides made it ("signed by", "X and Y agreed") or are only said to be bound by it ("a
    truce between X and Y": whoever announces it made it)."""

    sides: list[str]
    mediators: set[str]
    made_it: bool
    with_whom: bool = False  # told as "X agreed with Y": X, whoever it is, is a side too

    def speaks_for(self, speakers: list[str]) -> bool:
        """Do the sides, not ``speakers``, make the agreement? They do when they made it,
        and when those who announce "a truce between X and Y" are only its brokers or
        sides ("A truce brokered by Russian officers between ... took hold, a Russian
        officer said")."""
        if self.made_it:
            return True
        return bool(self.sides) and set(speakers) <= self.mediators | set(self.sides)


def agreement_parties(text: str, mentions: list[Mention]) -> Parties:
    """The parties and mediators of the agreement told in sentence ``text``."""
    mediators = _mediators(text, mentions)

    def sides_of(named: list[Mention]) -> list[str]:
        return list(dict.fromkeys(m.actor_id for m in named if m.actor_id not in mediators))

    # ("reached last Thursday with Russian officers acting as mediators": no side named)
    signed_by, with_whom = _named_after(_SIGNED_BY, text, mentions)
    signed = sides_of(signed_by)
    made = (
        signed
        or sides_of(_named_after(_NEGOTIATED_WITH, text, mentions)[0])
        or sides_of(_agreed_subject(text, mentions))
    )
    sides = made or sides_of(_named_after(_BETWEEN, text, mentions)[0])
    with_whom = with_whom and bool(signed)
    return Parties(sides, mediators, made_it=bool(made), with_whom=with_whom)


def _named_after(
    cue: re.Pattern[str], text: str, mentions: list[Mention]
) -> tuple[list[Mention], bool]:
    """The names right after ``cue`` ("signed by Russia, Turkey and Iran", "a truce between
    X and Y"), and whether the cue said "with": "X agreed with Y" names both."""
    for found in cue.finditer(text):
        if run := _run_at(text, mentions, found.end()):
            with_whom = bool(found.groupdict().get("with"))
            if with_whom:
                run = _agreed_subject(text, mentions) + run
            return run, with_whom
    return [], False


_LEAD_WORDS = re.compile(
    r"(?:the\s+)?(?:(?:presidents?|leaders?|(?:foreign|defen[cs]e)\s+ministers?|heads?"
    r"|officers|representatives|delegates|envoys|commanders|members)\s+of"
    r"\s+(?:the\s+)?)?(?:(?-i:[A-Z][\w'’-]+)\s+)?",
    re.IGNORECASE,
)


def _run_at(text: str, mentions: list[Mention], at: int) -> list[Mention]:
    """The names joined in a run that starts right at ``at`` (none if no name starts there)."""
    # (a name may take in the article read before it: "between the army and ...")
    named = [m for m in mentions if m.start >= at or (m.end > at and at - m.start <= 4)]
    # ("between the Barzeh rebels and the government", "between officers of the army's
    # security committee and ...": a word or two may come first)
    if not named or not (named[0].start <= at or _LEAD_WORDS.fullmatch(text, at, named[0].start)):
        return []
    run = coordinated(text, named, first=True)
    if aside := _FOR_WHOM_AND.match(text, run[-1].end) or _WHERE_AND.match(text, run[-1].end):
        run = [*run, *_run_at(text, mentions, aside.end())]
    return run


# where a side is, before the next: "between the armed opposition factions of the south and
# Russian officers"
_WHERE_AND = re.compile(
    r"(?:\s+(?:factions|fighters|forces|groups|units))?\s+(?:of|from|in)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){1,3}?and\s+",
    re.IGNORECASE,
)


# whom a side speaks for, between commas: "between the Central Committee, speaking for our
# quarter, and the government's security committee"
_FOR_WHOM_AND = re.compile(
    r",\s+(?:speaking|acting|negotiating)\s+(?:for|on\s+behalf\s+of)\s+[^,;.]{1,50},\s+and\s+",
    re.IGNORECASE,
)


def _agreed_subject(text: str, mentions: list[Mention]) -> list[Mention]:
    """The names that open a clause and agree, sign or announce it: "Russia and Turkey
    agreed", "the truce, which Russia and the United States announced"."""
    for verb in _VERB.finditer(text):
        before = [m for m in mentions if m.end <= verb.start()]
        for opening in before:  # ("the Russian commander says government forces and ...")
            if not _OPENS.fullmatch(text, clause_start(text, opening.start), opening.start):
                continue
            run = coordinated(text, [m for m in before if m.start >= opening.start], first=True)
            if _THEN_AGREED.fullmatch(text, run[-1].end, verb.end()):
                return run
    return []


def _mediators(text: str, mentions: list[Mention]) -> set[str]:
    """Names after "brokered by", "through the mediation of", or before "mediation"."""
    found: set[str] = set()
    for cue in _MEDIATED.finditer(text):
        found.update(m.actor_id for m in _run_at(text, mentions, cue.end()))
    found.update(
        m.actor_id
        for m in mentions
        if _MEDIATION.match(text, m.end) or _BROKERED.match(text, m.end)
    )
    return found


# a term of an agreement: who "is to free 20 detainees"
_OWED = (
    r"detainees|prisoners|hostages|captives|weapons|tanks|road|crossing|checkpoints|patients"
    r"|convoy|trucks"
)
_OBLIGATION = re.compile(
    r"(?P<who>[^.;:]{1,60}?)\s+(?:(?:is|are|was|were)\s+(?:also\s+)?to|shall|must)\s+(?:free|release|withdraw"
    r"|hand\s+over|reopen|open|lift|pull\s+back|remove|deliver|let|allow|admit)\b[^.;]{0,60}?\b"
    rf"(?P<what>{_OWED})\b",
    re.IGNORECASE,
)
_OWED_WORD = re.compile(rf"\b(?:{_OWED})\b", re.IGNORECASE)


def obliged_party(before: str, said: str, catalogue: ActorCatalogue) -> list[str]:
    """Who the terms told earlier (in ``before``) oblige to do what ``said`` says was (not)
    done: "Under its terms the government is to free 20 detainees", then "The deadline for
    freeing the 20 detainees passes without a single release" (or what the same term goes
    on to owe: "was to let 29 patients leave ..., and to let an aid convoy into Kafr
    Batna", then "The aid convoy ... never reached Kafr Batna")."""
    told = said.lower()
    for term in reversed(list(_OBLIGATION.finditer(before))):
        end = before.find(".", term.end())
        owed = _OWED_WORD.findall(before, term.start("what"), end if end >= 0 else len(before))
        if any(word.lower().rstrip("s") in told for word in owed):
            named = catalogue.find(term.group("who"))
            return [named[-1].actor_id] if named else []
    return []
