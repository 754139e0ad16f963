"""Where a sentence that reports two incidents turns to the second one.

"Russian jets struck Saraqeb on Monday, and government artillery shelled Aleppo" and
"An air strike hit a hospital in Maarat al-Numan while rebels shelled Hamdaniya" report
two incidents in one sentence. A coordinated clause with a subject of its own ("and
government artillery shelled", not "and wounded five") may start a second event; the
reader (truce.extract.rules) keeps it only when the clause has its own trigger and names
a place of its own. So does a statement and the act it blames ("The army declared the
truce over, accusing rebels of shelling al-Midan").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from truce.extract.dates import shifted, undated
from truce.extract.drafts import TRUCE_STATEMENTS
from truce.extract.events import Trigger, find_trigger
from truce.extract.lexicon import Lexicon
from truce.extract.needs import needing
from truce.model import VIOLENT_TYPES, DatePrecision, EventDate, EventType

__all__ = [
    "Split",
    "act_before",
    "agreement_under",
    "blamed_act",
    "coordinated_clauses",
    "has_own_subject",
]


class Split(NamedTuple):
    """A sentence that goes on to a second incident: where the first incident's words end
    (``joint``) and the second's start (``clause``), and each one's trigger (``second``'s
    offsets are within the clause)."""

    joint: int
    clause: int
    first: Trigger
    second: Trigger
    blamed: bool = False  # the second is the act the first statement blames
    earlier: bool = False  # the second came first ("..., hours after rebels shelled ...")
    days_before: int | None = None  # how many days first, when said ("a day after")
    answered: bool = False  # the second is what the first answered ("in response to ...")

    def second_date(self, first: EventDate | None) -> EventDate | None:
        """The date the second incident has when its words give none: the first's, but not
        for a blamed act (it may be older than its blame) or an act the first came after
        (``days_before`` the first's day, when said: "on Tuesday, a day after a bomb ...";
        an act answered is known only to come before)."""
        if first is None or self.blamed:
            return None
        if not self.earlier:
            return first
        if self.answered and first.end is not None:
            return undated(first.end, "before the answer to it")
        if self.days_before is None or first.precision is not DatePrecision.DAY:
            return None
        days = self.days_before
        return shifted(first, -days, "a day after" if days == 1 else f"{days} days after")


#: Statements that may blame an act told in the same sentence.
_BLAMED_FOR = frozenset({EventType.CEASEFIRE_DECLARED_OVER, EventType.VIOLATION_ACCUSATION})
# ", accusing rebels of", ", blaming the QSD for": the act the speaker blames follows
_BLAMING_CLAUSE = re.compile(r",\s+(?:accusing|blaming)\s+", re.IGNORECASE)


def blamed_act(text: str, trigger: Trigger, lexicon: Lexicon) -> Split | None:
    """A truce declared over or a violation charged, and the act blamed for it, told in one
    sentence ("The army declared the truce over, accusing rebels of shelling al-Midan"):
    two events, the statement and the act, whose words start at "accusing"."""
    if trigger.type not in _BLAMED_FOR:
        return None
    found = _BLAMING_CLAUSE.search(text, trigger.core_end)
    if found is None:
        return None
    clause = found.start() + 1
    act = find_trigger(text[clause:], lexicon)
    if act is None or act.toll or act.type not in VIOLENT_TYPES:
        return None
    return Split(found.start(), clause, trigger, act, blamed=True)


# ", under a local agreement reached on 29 April between ...": the agreement an act was
# done under, first told there
_UNDER = r"(?:under|in line with|as part of|in accordance with)\s+an?\s"
_UNDER_AN = re.compile(rf",?\s+(?P<under>{_UNDER})", re.I)
# (the agreement's trigger may start at "under" or at its noun: "under a local agreement")
_UNDER_THE_AGREEMENT = re.compile(rf"(?:{_UNDER}\s*(?:[\w-]+\s+){{0,2}})?", re.I)


def agreement_under(text: str, trigger: Trigger, lexicon: Lexicon) -> Split | None:
    """An act and the new agreement it was done under, told in one sentence ("the first
    group of fighters left Yalda, under a local agreement reached on 29 April between the
    government and the armed groups"): two events, the act and the agreement, whose words
    start at "under" (the lexicon's truce rules say which agreements are news)."""
    if trigger.type is EventType.CEASEFIRE_ANNOUNCED:
        return None
    found = _UNDER_AN.search(text, trigger.core_end)
    if found is None:
        return None
    clause = found.start("under")
    agreement = find_trigger(text[clause:], lexicon)
    if (
        agreement is None
        or agreement.type is not EventType.CEASEFIRE_ANNOUNCED
        or not _UNDER_THE_AGREEMENT.fullmatch(text, clause, clause + agreement.start)
    ):
        return None
    return Split(found.start(), clause, trigger, agreement)


# ", hours after two mortar rounds fired from Syria landed on the Golan": the act answered
_HOURS_AFTER = needing(
    r",?\s+(?:(?:only|just|some|a few|several|(?P<n>two|three|\d+))\s+)?"
    r"(?P<unit>hours|minutes|days)\s+after\s+|,?\s+(?:(?P<day>a day)|shortly|soon)\s+after\s+"
    # "had neutralised 11 militants in response to harassment fire on a Turkish base": the
    # act answered, which may be named by a noun alone
    r"|\s+(?P<answer>in\s+(?:response|retaliation)\s+(?:to|for))\s+(?:an?\s+|the\s+)?",
    re.IGNORECASE,
)
# a truce made or ended after fighting: "agreed to an immediate ceasefire ..., hours after
# overnight clashes at checkpoints", "announced a ceasefire ..., after fighting since Sunday
# ... killed at least 89 people" (not "a week after the fighting began": the fighting told)
_TRUCE_AFTER = needing(
    r"(?<!week)(?<!weeks)(?<!month)(?<!months)(?<!year)(?<!years)"
    r",?\s+(?:(?:only|just|some|a few|several|two|three|\d+)\s+hours\s+|shortly\s+|soon\s+)?"
    r"(?:after|following)\s+(?!(?:the|this|that|these|those|its|their|years|months)\b)",
    re.IGNORECASE,
)
_DAYS = {"two": 2, "three": 3}
_CAME = re.compile(r"(?:\s+on\s+[\w ]+)?\s+(?:came|comes|come)\b")
_ON_FORCES = re.compile(
    r"\s+on\s+(?:an?\s+|the\s+|its\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:base|post|outpost"
    r"|positions?|troops|forces|soldiers|checkpoint)s?\b",
    re.IGNORECASE,
)
# a verb that makes the words after "after" a clause, not a name ("hours after the strike")
_ACT_VERB = re.compile(
    r"\b(?:landed|hit|struck|fell|exploded|shelled|fired|launched|attacked|bombed|targeted|killed"
    r"|wounded|stormed|ambushed|opened fire|tore through|ripped through|went off|blew up)\b"
)


def act_before(text: str, trigger: Trigger, lexicon: Lexicon) -> Split | None:
    """An act told as what the event came after ("Israeli aircraft struck army posts,
    hours after two mortar rounds fired from Syria landed on the Golan"): a second event,
    earlier than the first, whose words start after "after". A truce made or ended after
    fighting has the fighting for its act, named by a noun alone ("after overnight
    clashes")."""
    truce = trigger.type in TRUCE_STATEMENTS
    found = _HOURS_AFTER.search(text, trigger.core_end)
    if found is None and truce:
        found = _TRUCE_AFTER.search(text, trigger.core_end)
    if found is None or _CAME.match(text, trigger.core_end, found.start()):
        return None  # ("The shelling came five days after ...": the act is the one after)
    said = found.groupdict()
    clause = found.end()
    words = text[clause:]
    act = find_trigger(words, lexicon)
    if act is None or act.toll or act.type not in VIOLENT_TYPES:
        return None
    comma = words.find(",")
    end = comma if comma >= 0 else len(words)
    # (an answer to fire on one's own forces: not "in response to a chemical attack on the
    # town", an atrocity the whole story is about)
    answered = (
        said.get("answer") is not None
        and act.start == 0
        and _ON_FORCES.match(words, act.core_end) is not None
    )
    if not answered and (
        not has_own_subject(words, act.start) or not (truce or _ACT_VERB.search(words, 0, end))
    ):
        return None
    days = None
    if said.get("day"):
        days = 1
    elif (said.get("unit") or "").lower() == "days" and (n := said.get("n")):
        days = _DAYS.get(n.lower()) or int(n)
    return Split(
        found.start(), clause, trigger, act, earlier=True, days_before=days, answered=answered
    )


# ", and", "; ", " while ", " whereas " (", and that": reported speech goes on)
# ", and", " while", "; ": read from the comma, space or semicolon it opens with (the
# regex engine skips straight to those)
_JOINT = re.compile(
    r"[,;\s](?:(?<=[,\s])\s*(?:and|while|whereas)\s+(?:that\s+)?|(?<=;)\s+)", re.IGNORECASE
)
_WORD = re.compile(r"[\w'-]+")
_TRIGGER_WITHIN = 60  # characters from the joint to the clause's trigger: a short subject
# a first word that continues the same subject's act ("and then shelled", "and also hit")
_NO_SUBJECT = frozenset({"then", "also", "later", "again", "subsequently"})
_SUBJECT_WORDS = 5
_PREPOSITIONS = frozenset(
    {"in", "on", "at", "by", "of", "for", "from", "with", "to", "into", "after", "before"}
    | {"during", "since", "when", "due", "near"}
)


def coordinated_clauses(text: str, after: int = 0) -> Iterator[tuple[int, int]]:
    """(joint start, clause start) of each joint after ``after`` that is followed by a word
    that may begin a subject: not a verb form ("and wounded five", "while fleeing") or an
    adverb of the same act."""
    for joint in _JOINT.finditer(text, after):
        word = _WORD.match(text, joint.end())
        if word is None:
            continue
        first = word.group().lower()
        if first in _NO_SUBJECT or _verb_form(word.group()):
            continue
        yield joint.start(), joint.end()


def has_own_subject(clause: str, trigger_start: int) -> bool:
    """Only a short subject stands before the clause's trigger: a few words, no comma, no
    preposition or verb form ("and 50 hurt in a mortar attack", "and retaken villages in
    an offensive", "while the Observatory reported strikes" go on with the first act)."""
    if trigger_start > _TRIGGER_WITHIN or "," in clause[:trigger_start]:
        return False
    words = _WORD.findall(clause, 0, trigger_start)
    if len(words) > _SUBJECT_WORDS or (words and words[0][0].isdigit()):
        return False
    return not any(w.lower() in _PREPOSITIONS or _verb_form(w) for w in words)


def _verb_form(word: str) -> bool:
    return word.islower() and "-" not in word and word.endswith(("ed", "ing"))
