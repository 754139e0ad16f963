"""How well an incident is established, in the spirit of Airwars' grading.

The first rule that applies gives the grade (docs/consolidation.md):

1. ``discounted``: every report says it did not happen, or a neutral party (UN, monitor,
   aid agency: side ``neutral``) denies it.
2. ``confirmed``: a claimant on the side of a reported actor accepted responsibility:
   it confirms, calls it an accident, or justifies it.
3. ``contested``: competing claims of responsibility: reports name actors on different
   sides, or one side accuses and another side denies or disputes.
4. ``fair``: two or more independent credible sources, and an actor is named (standing in
   for Airwars' "actor known to operate there", which this tool has no data for).
5. ``weak``: anything else: a single independent source, or no actor named.

Independence is the source catalogue's (two outlets of one owner, or a republisher and
the outlet it copies, are one source) plus near-identical texts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from truce.consolidate.facts import ReportFacts
from truce.consolidate.features import NON_BELLIGERENT
from truce.consolidate.view import Grade, LedgerEntry, SourceNote
from truce.model import Flag, Incident, Stance

ACCEPTS = frozenset({Stance.CONFIRMS.value, Stance.ACCIDENTAL.value, Stance.JUSTIFIES.value})
ACCUSES = frozenset({Stance.ACCUSES.value, Stance.ALLEGES.value})
DENIES = frozenset({Stance.DENIES.value, Stance.DISPUTES.value})


def _belligerent(side: str | None) -> bool:
    return side is not None and side not in NON_BELLIGERENT


def _discounted(reports: Sequence[ReportFacts], claims: Sequence[LedgerEntry]) -> list[str]:
    if reports and all(Flag.NEGATED in r.flags for r in reports):
        return ["every report says it did not happen"]
    found = [
        f"{c.claimant} ({c.side}) denies it"
        for c in claims
        if c.stance == Stance.DENIES.value and c.side in NON_BELLIGERENT
    ]
    return list(dict.fromkeys(found))


def _confirmed(actor_sides: set[str], actors: set[str], claims: Sequence[LedgerEntry]) -> list[str]:
    found = [
        f"{c.claimant} ({c.side}) {c.stance}: responsibility accepted"
        for c in claims
        if c.stance in ACCEPTS
        and ((c.side is not None and c.side in actor_sides) or c.claimant_actor_id in actors)
    ]
    return list(dict.fromkeys(found))


def _contested(actor_sides: set[str], claims: Sequence[LedgerEntry]) -> list[str]:
    reasons = []
    if len(actor_sides) > 1:
        reasons.append(f"reports name actors on different sides ({', '.join(sorted(actor_sides))})")
    accusers = [c for c in claims if c.stance in ACCUSES and c.side]
    deniers = [c for c in claims if c.stance in DENIES and _belligerent(c.side)]
    for denial in deniers:
        against = sorted({c.claimant for c in accusers if c.side != denial.side})
        if against:
            reasons.append(f"{', '.join(against)} accuse(s); {denial.claimant} {denial.stance}")
    return list(dict.fromkeys(reasons))


def grade(
    incident: Incident,
    reports: Sequence[ReportFacts],
    claims: Sequence[LedgerEntry],
    sources: Sequence[SourceNote],
    sides: Mapping[str, str],
) -> tuple[Grade, list[str]]:
    """The grade and the reasons for it, in plain words."""
    actor_sides = {s for a in incident.actors if (s := sides.get(a)) and _belligerent(s)}
    if reasons := _discounted(reports, claims):
        return Grade.DISCOUNTED, reasons
    if reasons := _confirmed(actor_sides, set(incident.actors), claims):
        return Grade.CONFIRMED, reasons
    if reasons := _contested(actor_sides, claims):
        return Grade.CONTESTED, reasons
    credible = [s for s in sources if s.credible]
    names = ", ".join(s.name for s in credible)
    if len(credible) >= 2 and incident.actors:
        return Grade.FAIR, [f"{len(credible)} independent credible sources ({names})"]
    if len(credible) < 2:
        count = "no credible source" if not credible else f"a single independent source ({names})"
        return Grade.WEAK, [count]
    return Grade.WEAK, ["no actor named"]
