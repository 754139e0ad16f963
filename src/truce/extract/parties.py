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

from truce.extract.actors import Mention, coordinated
from truce.extract.events import clause_start

_SIGNED_BY = re.compile(
    r"\b(?:signed|agreed|concluded|reached|struck)\s+(?:(?:in|at|on)\s+[^,;:]{1,40}?\s+)?"
    r"(?:by|between)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# from the last party to the verb: an unnamed party joined to it ("the QSD and the tribal
# fighters"), where they are ("in al-Rastan, Talbiseh and the Houla plain"), auxiliaries
_THEN_AGREED = re.compile(
    r"(?:\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?"
    r"(?:\s+(?:in|of|from|around)\s+[^;:.\"“”]{1,80}?)?"
    r"\s+(?:(?:have|has|had|also|finally|formally|jointly)\s+)*(?:agreed|signed)",
    re.IGNORECASE,
)
# the parties open their clause, perhaps a "that"/"which" clause
_OPENS = re.compile(r"\s*(?:[^,]*\b(?:that|which)\s+)?(?:the\s+)?", re.IGNORECASE)
_VERB = re.compile(r"\b(?:agreed|signed)\b", re.IGNORECASE)
_MEDIATED = re.compile(
    r"\b(?:brokered|mediated|sponsored|guaranteed)\s+by\s+(?:the\s+)?"
    r"|\b(?:through\s+)?(?:the\s+)?mediation\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
_MEDIATION = re.compile(r"\s+(?:mediation|mediators?|brokers?)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Parties:
    """The sides an agreement names (empty if none found) and its mediators."""

    sides: list[str]
    mediators: set[str]


def agreement_parties(text: str, mentions: list[Mention]) -> Parties:
    """The parties and mediators of the agreement told in sentence ``text``."""
    mediators = _mediators(text, mentions)
    sides = [
        m.actor_id
        for m in _signed_by(text, mentions) or _agreed_subject(text, mentions)
        if m.actor_id not in mediators
    ]
    return Parties(list(dict.fromkeys(sides)), mediators)


def _signed_by(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "signed by Russia, Turkey and Iran", "agreed between X and Y"."""
    for found in _SIGNED_BY.finditer(text):
        named = [m for m in mentions if m.start >= found.end()]
        if named and named[0].start == found.end():
            return coordinated(text, named, first=True)
    return []


def _agreed_subject(text: str, mentions: list[Mention]) -> list[Mention]:
    """The names that open a clause and agree or sign: "Russia and Turkey agreed"."""
    for verb in _VERB.finditer(text):
        before = [m for m in mentions if m.end <= verb.start()]
        opening = next(
            (m for m in before if _OPENS.fullmatch(text, clause_start(text, m.start), m.start)),
            None,
        )
        if opening is None:
            continue
        run = coordinated(text, [m for m in before if m.start >= opening.start], first=True)
        if _THEN_AGREED.fullmatch(text, run[-1].end, verb.end()):
            return run
    return []


def _mediators(text: str, mentions: list[Mention]) -> set[str]:
    """Names after "brokered by", "through the mediation of", or before "mediation"."""
    found: set[str] = set()
    for cue in _MEDIATED.finditer(text):
        named = [m for m in mentions if m.start >= cue.end()]
        if named and named[0].start == cue.end():
            found.update(m.actor_id for m in coordinated(text, named, first=True))
    found.update(m.actor_id for m in mentions if _MEDIATION.match(text, m.end))
    return found
