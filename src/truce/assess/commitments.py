"""Commitment statuses from the claims that reference them.

A commitment is tied to claims by its ``match_terms``; claims of delivery and of
non-delivery from different claimants make it ``disputed`` — we record both
sides, we do not pick one. No claim at all is not evidence of non-delivery:
past its deadline such a commitment is ``due``, not ``unmet``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from truce.agreements import resolve_deadline
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

_COMMITMENT_STANCES = {Stance.COMMITMENT_MET, Stance.COMMITMENT_UNMET}


def _mentions(commitment: Commitment, claim: Claim, report: Report | None) -> bool:
    text = claim.text.casefold()
    hint = (report.commitment_hint or "").casefold() if report else ""
    return any(t.casefold() in text or t.casefold() in hint for t in commitment.match_terms)


def _claim_date(claim: Claim, incidents: Mapping[str, Incident]) -> dt.date | None:
    incident = incidents.get(claim.incident_id)
    return incident.date.start if incident else None


def commitment_state(
    agreement: Agreement,
    commitment: Commitment,
    claims: Sequence[Claim],
    incidents: Mapping[str, Incident],
    reports: Mapping[str, Report],
    as_of: dt.date,
) -> CommitmentState:
    deadline = resolve_deadline(agreement, commitment)
    relevant = [
        c
        for c in claims
        if c.stance in _COMMITMENT_STANCES
        and _mentions(commitment, c, reports.get(c.report_id))
        and (_claim_date(c, incidents) or as_of) >= agreement.agreed
        and (_claim_date(c, incidents) or as_of) <= as_of
    ]
    met = [c for c in relevant if c.stance == Stance.COMMITMENT_MET]
    unmet = [c for c in relevant if c.stance == Stance.COMMITMENT_UNMET]
    reasons = [f"{c.claimant}: {c.stance.replace('_', ' ')}" for c in relevant]
    if met and unmet:
        status = CommitmentStatus.DISPUTED
    elif met:
        dates = [d for c in met if (d := _claim_date(c, incidents))]
        late = deadline is not None and bool(dates) and min(dates) > deadline.date()
        status = CommitmentStatus.LATE if late else CommitmentStatus.MET
    elif unmet:
        status = CommitmentStatus.UNMET
    elif deadline is not None and as_of > deadline.date():
        status = CommitmentStatus.DUE
        reasons.append("deadline passed; no report of delivery or non-delivery")
    else:
        status = CommitmentStatus.PENDING
    return CommitmentState(
        commitment_id=commitment.id,
        who=commitment.who,
        what=commitment.what,
        deadline=deadline,
        status=status,
        reasons=reasons,
        claims=[
            {
                "claimant": c.claimant,
                "stance": c.stance.value,
                "text": c.text,
                "document_id": c.document_id,
                "incident_id": c.incident_id,
            }
            for c in relevant
        ],
    )
