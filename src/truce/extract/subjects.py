"""Who opens a clause: the subject an act's verb goes back to when something stands between.

The general role reading (``truce.extract.drafts.roles``) takes the names right before a
trigger in its clause. These find the subject further back: before a short aside between
commas ("Regime forces and militias, known locally as shabiha, stormed"), of the main
clause a toll hangs on ("..., killing nine"), of verbs joined by "and" ("rebels
stormed the post and shelled the road"), and of ground taken after a fight ("rebels
entered Qabasin after clashes with ...").
"""

from __future__ import annotations

import re

from truce.extract.actors import Mention, coordinated
from truce.extract.events import Trigger, clause_start

# a wire's dateline: "DEIR EZ-ZOR, Syria, Feb 17 (Test Wire) - "
DATELINE_LEAD = re.compile(r"[A-Z][^.\n]{0,80}?\)\s*[-–—]\s+")
_WENT_WITH = re.compile(r"\s*(?:accompanied|escorted)\s+by\b", re.I)  # (went with, not backed)


def subject_before_aside(
    text: str, start: int, trigger: Trigger, mentions: list[Mention]
) -> list[Mention]:
    """The names ending right before a short aside between commas that the trigger follows
    ("Regime forces and militias, known locally as shabiha, stormed ...")."""
    if not _opens_after_comma(text, start, trigger):
        return []
    aside = clause_start(text, start - 1)
    if (which := _WHICH_BEFORE.search(text, 0, aside)) is not None:
        aside = which.start() + 1  # ", which now calls itself ...,": from its comma on
    if aside < 2 or text[aside - 1] != "," or len(text[aside:start].split()) > _ASIDE_WORDS:
        return []
    subject = clause_start(text, aside - 1)
    named = [m for m in mentions if subject <= m.start and m.end <= aside - 1]
    if not named:
        return []
    # ("army troops and fighters of Liwa al-Quds, a pro-government Palestinian militia,
    # stormed": a partner the catalogue does not list, whom the aside describes)
    unlisted = _AND_UNLISTED.match(text, named[-1].end, aside - 1)
    if not _ITS_PEOPLE.fullmatch(text, unlisted.end() if unlisted else named[-1].end, aside - 1):
        return []
    # the aside may name the subject again ("the Nusra Front, which now calls itself Jabhat
    # Fateh al-Sham, attacked"), or a partner ("U.S. Central Command forces, partnered with
    # the Syrian Democratic Forces (SDF), conducted a helicopter raid"), nobody else
    inside = [m for m in mentions if aside <= m.start < start]
    if unlisted or _PARTNERED.match(text, aside):
        return [*named, *inside]
    return named if {m.actor_id for m in inside} <= {m.actor_id for m in named} else []


_AND_UNLISTED = re.compile(
    r"\s+and\s+(?:(?:fighters|units|members)\s+of\s+)?(?:the\s+)?(?-i:[A-Z][\w'’-]*)"
    r"(?:\s+(?:(?-i:[A-Z][\w'’-]*)|al-[\w'’-]+)){0,4}(?=\s*$)",
    re.IGNORECASE,
)
_ITS_PEOPLE = re.compile(
    r"(?:\s+(?:forces|troops|fighters|personnel|units|soldiers|warplanes|jets|aircraft"
    r"|air\s+force|armed\s+forces"  # ("Our air force, together with the Russian air force,")
    r"|helicopters|drones|artillery|bulldozers|tanks|gunners|snipers|patrols?|militiamen"
    r"|terrorists|militants|gunmen|elements|members|gangs|mercenaries))?\s*"
)
_WITH_PARTNER = (
    r"(?:partnered with|in partnership with|alongside|together with|backed by|supported by"
    r"|in (?:cooperation|coordination|conjunction) with|along with"
    r"|with the (?:support|backing|help|air cover) of)\s"  # ("with the support of the Russian")
)
# (or those among the subject: "Syrian rebels, among them fighters of the Nusra Front, overran")
_PARTNERED = re.compile(rf"\s*(?:{_WITH_PARTNER}|(?:among them|including)\s)", re.IGNORECASE)


# an aside naming a partner right after the trigger's weapon ("Government artillery,
# supported by Russian aircraft, shelled")
PARTNER_AFTER = re.compile(rf",\s*{_WITH_PARTNER}[^,.;]{{1,60}},", re.IGNORECASE)


def _opens_after_comma(text: str, start: int, trigger: Trigger) -> bool:
    """Does the trigger open its clause (``start``), right after a comma (but for an
    auxiliary: "The factions, in turn, have failed to free")?"""
    return (
        start >= 2
        and text[start - 1] == ","
        and _AUXILIARIES.fullmatch(text, start, trigger.core_start) is not None
    )


_ASIDE_WORDS = 8
_AUXILIARIES = re.compile(  # (or a verb that does a noun's act: ", conducted a helicopter raid")
    r"\s*(?:(?:have|has|had|also|then|later)\s+)*"
    r"(?:(?:conducted|carried\s+out|launched|staged|mounted)\s+(?:(?:an?|the)\s+)?"
    r"(?:(?:concentrated|intensive|heavy|several|new|fresh|\d+|two|three|four|five)\s+)?)?",
    re.IGNORECASE,
)
_WHICH_BEFORE = re.compile(r",\s*(?:which|who)\s+$", re.IGNORECASE)
# (a word or two, or what the force used or sent: "helicopters of the US occupation forces")
# (a statement quoted whole opens its sentences on a quotation mark: '"Our units ...')
SUBJECT_AT = re.compile(
    r"\s*[\"“]?(?:(?:\w+\s+){0,2}|(?:helicopters|jets|warplanes|aircraft|drones|units|patrols?"
    r"|troops|members|gunmen|fighters)\s+of\s+(?:the\s+)?)$"
)


_ASIDES_BACK = 3  # clauses back from a toll to the main clause's subject


def main_subject(text: str, start: int, trigger: Trigger, mentions: list[Mention]) -> list[Mention]:
    """The subject of the main clause that a toll clause follows ("Army units carried out
    an operation in Hama, killing 14 terrorists"): a name opening that clause."""
    if not _opens_after_comma(text, start, trigger):
        return []
    # (past asides with no name of their own: "Its fighters stormed two hills near Khan
    # Tuman, south-west of Aleppo, at dawn on Wednesday, killing at least 20 soldiers")
    return _subject_back(text, start, mentions, _ASIDES_BACK)[:1]


# ground taken after a fight: "entered Qabasin, north-east of al-Bab, after brief clashes"
_TAKEN_BEFORE = re.compile(
    r"\b(?:entered|took|captured|seized|retook|recaptured|secured|took\s+control\s+of"
    r"|(?:advanced|pushed|moved)\s+into)\b[^.;]{0,120}?\bafter\s+$",
    re.IGNORECASE,
)
_FIGHT_WORDS = re.compile(
    r"(?:(?:an?|brief|short|heavy|fierce|intense|sporadic|some)\s+)*", re.IGNORECASE
)


def taker_subject(
    text: str, start: int, trigger: Trigger, mentions: list[Mention]
) -> list[Mention]:
    """Who fought, when the fight is how they took ground ("Rebels entered Qabasin after
    clashes with Islamic State"): the subject of the clause the "after" follows (the
    trigger opens its own clause, which names no one before it)."""
    if not _FIGHT_WORDS.fullmatch(text, start, trigger.core_start):
        return []
    if _TAKEN_BEFORE.search(text, max(start - 160, 0), start) is None:
        return []
    return _subject_back(text, start, mentions, _ASIDES_BACK)


# a verb joined to the one before it: "stormed the town ... at dawn and detained 47 men"
AND_ITS_VERB = re.compile(r"\band\s+$")
_VERBS_BACK = 5  # clauses back from a joined verb to the subject of the first


def joined_verbs_subject(text: str, start: int, mentions: list[Mention]) -> list[Mention]:
    """The subject the joined verbs share ("Regime forces and pro-government militias,
    known locally as shabiha, stormed the town of Qudsaya, north-west of Damascus, at dawn
    on Friday and detained at least 47 young men"): names opening a clause before."""
    return _subject_back(text, start, mentions, _VERBS_BACK)


def _subject_back(text: str, start: int, mentions: list[Mention], clauses: int) -> list[Mention]:
    """The names (and those joined to them) opening the nearest of the ``clauses`` clauses
    before ``start`` that names anyone; none if its first name does not open it. Those an
    aside says went with them go too ("helicopters of the US occupation forces, accompanied
    by gunmen of the QSD militia, carried out an airdrop ... and kidnapped three men")."""
    main, end, company = start, start, []
    for _ in range(clauses):
        main = clause_start(text, main - 1)
        first = next((m for m in mentions if main <= m.start and m.end < end), None)
        if first is not None and _WENT_WITH.match(text, main):
            company = [first]  # (the aside's name; the subject is in the clause before)
            end = main
            continue
        if first is not None:
            if not SUBJECT_AT.fullmatch(text, main, first.start):
                return []
            named = [m for m in mentions if first.start <= m.start and m.end < end]
            return [*coordinated(text, named, first=True), *company]
        if main <= 0:
            break
    return []


# what may open a sentence before its subject: a dateline, a live page's clock, a time or
# place phrase and its comma, an article
_OPENING = re.compile(
    rf"(?:{DATELINE_LEAD.pattern})?\W*(?:\d{{1,2}}[:.]\d{{2}}\s*[-–—]?\s*)?"
    r"(?:(?:on|at|in|by|late|early|overnight|last|this|yesterday|earlier|later|meanwhile)\b"
    r"[^,;:.]{0,40},\s*)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)


def opening_subject(text: str, mentions: list[Mention]) -> list[Mention]:
    """The names that open the sentence ("Army troops and NDF militiamen entered Kessab on
    Sunday, hours after the last rebel units had pulled out"): the subject of its main
    clause, for an act whose word is only guessed (none if a name does not open it)."""
    if not mentions or not _OPENING.fullmatch(text, 0, mentions[0].start):
        return []
    return coordinated(text, mentions, first=True)
