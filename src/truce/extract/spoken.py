"""When the words were said, and when the act they tell happened: a date that belongs to
the saying ("said on Monday that ...", "accused X on Monday of shelling ...", "..., the
Observatory said on Friday.") does not date the act the words report."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from truce.extract.claims import last_accusation_end
from truce.extract.needs import needing

if TYPE_CHECKING:
    from truce.extract.dates import DateMention

__all__ = ["SAID_BEFORE", "dates_the_words", "said_at_the_end"]

# "accused Turkey on Monday of shelling ... last weekend": Monday dates the accusation
# when the accusing verb stands this close before it, in the same clause
_ACCUSED_WITHIN = 60
_CLAUSE_MARK = re.compile(r"[,;.]")
SAID_BEFORE = needing(
    r"\b(?:said|says|told|reported|announced|stated|added|confirmed|denied|claimed"
    r"|acknowledged|admitted|insisted|conceded|in\s+a\s+statement)"
    r"(?:\s+[\w-]+){0,3}?\s+$",
    re.IGNORECASE,
)
_THAT_AFTER = re.compile(r"\s*(?:that\b|,|(?=(?:it|they|its|their)\b))")  # ("said on Monday it")
_OF_THE_ACT = re.compile(r"\s*(?:of|for)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
_ONLY_THE_STOP = re.compile(r"\W*")  # (nothing but the full stop after the date)


def dates_the_words(text: str, mention: DateMention, core: int) -> bool:
    """Is the date, before the act's words at ``core``, the accusation's or statement's
    own ("accused X on Monday of shelling", "said on Monday that ...")?"""
    if mention.end > core:
        return False
    if _OF_THE_ACT.fullmatch(text, mention.end, core) is not None:
        verb_end = last_accusation_end(text, mention.start)
        return (
            verb_end > 0
            and mention.start - verb_end <= _ACCUSED_WITHIN
            and _CLAUSE_MARK.search(text, verb_end, mention.start) is None
        )
    return (
        SAID_BEFORE.search(text, max(mention.start - 40, 0), mention.start) is not None
        and _THAT_AFTER.match(text, mention.end) is not None
    )


def said_at_the_end(text: str, mention: DateMention, act_end: int) -> bool:
    """Does the date close the sentence right after a verb of saying that follows the act
    (", the Observatory said on Friday.")? It is the day of the words: the act may be
    older."""
    return (
        _ONLY_THE_STOP.fullmatch(text, mention.end) is not None
        and SAID_BEFORE.search(text, max(mention.start - 40, act_end), mention.start) is not None
    )
