"""Commitment statuses over time, from the claims that reference them.

A claim is tied to a commitment by its ``commitment_id`` or by the commitment's
``match_terms`` (whole words, in the claim's sentence or the report's commitment
hint). Claims of delivery and of non-delivery make it ``disputed``: we record
both sides and do not pick one. No claim at all is not evidence of
non-delivery: past its deadline such a commitment is ``due``, not ``unmet``.

A claim counts from the day it became known (its document's publication date,
else the incident's date); a delivery is dated by the incident it reports, so
"handed over on 13 Sep", reported on 20 Sep, is on time for a 19 Sep deadline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from truce.agreements import resolve_deadline
from truce.assess.lifecycle import Extension
from truce.assess.timing import fmt_moment
from truce.model import (
    Agreement,
    Claim,
    Commitment,
    CommitmentState,
    CommitmentStatus,
    Incident,
    Report,
    Stance,
)

COMMITMENT_STANCES = frozenset({Stance.COMMITMENT_MET, Stance.COMMITMENT_UNMET})


@lru_cache(maxsize=256)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})(?:s|es)?\b", re.IGNORECASE)


def mentions(commitment: Commitment, claim: Claim, report: Report | None) -> bool:
    """Is the claim about this commitment (by id, or by one of its terms as a word)?"""
    if claim.commitment_id is not None:
        return claim.commitment_id == commitment.id
    if not commitment.match_terms:
        return False
    pattern = _pattern(tuple(commitment.match_terms))
    hint = report.commitment_hint if report else None
    return bool(pattern.search(claim.text) or (hint and pattern.search(hint)))


@dataclass(frozen=True)
class Dated:
    """A claim with the day it became known and the day of the act it reports."""

    claim: Claim
    known: dt.date | None
    act: dt.date | None


def dated_claims(
    claims: Sequence[Claim],
    incidents: Mapping[str, Incident],
    published: Mapping[str, dt.date | None],
) -> list[Dated]:
    out = []
    for claim in claims:
        if claim.stance not in COMMITMENT_STANCES:
            continue
        incident = incidents.get(claim.incident_id)
        act = incident.date.start if incident else None
        out.append(Dated(claim, published.get(claim.document_id) or act, act))
    return out


def deadline_of(
    agreement: Agreement,
    commitment: Commitment,
    extended: Sequence[Extension],
    as_of: dt.date,
) -> tuple[dt.datetime | None, list[str]]:
    """The deadline as known on ``as_of``: relative ones restart with each extension."""
    deadline = commitment.deadline
    if deadline is None:
        return None, []
    if deadline.at is not None:
        return resolve_deadline(agreement, commitment), []
    period = deadline.period or agreement.periods[0].id
    first = resolve_deadline(agreement, commitment)
    notes = [f"{deadline.relative} from the start of period {period!r}: {_when(first)}"]
    moves = [e for e in extended if e.period_id == period and e.moment.date() <= as_of]
    if not moves:
        return first, notes
    last = moves[-1]
    moved = resolve_deadline(agreement, commitment, extensions={period: last.moment})
    source = "reported" if last.incident else "in the agreement file"
    notes.append(
        f"moved to {_when(moved)} by the extension or restart on {fmt_moment(last.moment)} "
        f"({source})"
    )
    return moved, notes


def _when(moment: dt.datetime | None) -> str:
    return fmt_moment(moment) if moment else "no deadline"


def _status(
    relevant: Sequence[Dated],
    deadline: dt.datetime | None,
    day: dt.date,
    known_by: dt.date | None = None,
) -> CommitmentStatus:
    limit = known_by or day
    known = [d for d in relevant if d.known is None or d.known <= limit]
    met = [d for d in known if d.claim.stance == Stance.COMMITMENT_MET]
    unmet = [d for d in known if d.claim.stance == Stance.COMMITMENT_UNMET]
    due = deadline is not None and day >= deadline.date()
    if met and unmet:
        return CommitmentStatus.DISPUTED
    if met:
        acts = [d.act for d in met if d.act]
        late = deadline is not None and bool(acts) and min(acts) > deadline.date()
        return CommitmentStatus.LATE if late else CommitmentStatus.MET
    if unmet and (deadline is None or due):
        return CommitmentStatus.UNMET
    return CommitmentStatus.DUE if due else CommitmentStatus.PENDING


def commitment_state(
    agreement: Agreement,
    commitment: Commitment,
    claims: Sequence[Dated],
    reports: Mapping[str, Report],
    extended: Sequence[Extension],
    as_of: dt.date,
    known_by: dt.date | None = None,
) -> CommitmentState:
    """Status on ``as_of``, from claims published by ``known_by`` (default ``as_of``; a
    report written later may use later claims about the same acts)."""
    limit = max(known_by or as_of, as_of)
    deadline, reasons = deadline_of(agreement, commitment, extended, as_of)
    relevant = [
        d
        for d in claims
        if mentions(commitment, d.claim, reports.get(d.claim.report_id))
        and (d.known or as_of) >= agreement.agreed
        and (d.known or as_of) <= limit
    ]
    status = _status(relevant, deadline, as_of, limit)
    reasons += [f"{d.claim.claimant}: {d.claim.stance.replace('_', ' ')}" for d in relevant]
    if status == CommitmentStatus.DUE:
        reasons.append("deadline reached; no report of delivery or non-delivery")
    if status == CommitmentStatus.PENDING and relevant:
        reasons.append("non-delivery claimed before the deadline; not yet due")
    return CommitmentState(
        commitment_id=commitment.id,
        who=commitment.who,
        what=commitment.what,
        deadline=deadline,
        status=status,
        reasons=reasons,
        claims=[_claim_row(d) for d in relevant],
        history=_history(relevant, deadline, agreement.agreed, limit),
    )


def _claim_row(dated: Dated) -> dict[str, object]:
    claim = dated.claim
    return {
        "claimant": claim.claimant,
        "stance": claim.stance.value,
        "text": claim.text,
        "document_id": claim.document_id,
        "incident_id": claim.incident_id,
        "known": dated.known.isoformat() if dated.known else None,
    }


def _history(
    relevant: Sequence[Dated], deadline: dt.datetime | None, agreed: dt.date, as_of: dt.date
) -> list[dict[str, str]]:
    """Each change of status up to ``as_of``: the status "over time", by the day each
    claim was published."""
    days = {agreed, *(d.known for d in relevant if d.known)}
    if deadline is not None:
        days.add(deadline.date())
    out: list[dict[str, str]] = []
    for day in sorted(d for d in days if agreed <= d <= as_of):
        status = _status(relevant, deadline, day)
        if not out or out[-1]["status"] != status.value:
            out.append({"date": day.isoformat(), "status": status.value})
    return out
