"""Stage ⑤: incidents x agreements -> findings, commitment statuses and lifecycle.

Order matters: declarations of the end are found first, because they close
open-ended periods and so change which incidents fall inside; then each violent
incident is assessed against each agreement; then the lifecycle (which cites the
first possible violation) and the commitments.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from truce.assess.commitments import commitment_state
from truce.assess.lifecycle import declarations, lifecycle, period_windows
from truce.assess.rules import RULES_VERSION, Context, assess_incident
from truce.model import (
    Actor,
    Agreement,
    AgreementState,
    Claim,
    Finding,
    Incident,
    Report,
)


@dataclass(frozen=True)
class Assessment:
    findings: list[Finding]
    states: dict[str, AgreementState]


def _as_of(incidents: Sequence[Incident]) -> dt.date:
    """Default reference date: the latest incident date, so output is reproducible."""
    dates = [d for i in incidents for d in (i.date.start, i.date.end) if d]
    return max(dates) if dates else dt.date(1970, 1, 1)


def assess(
    incidents: Sequence[Incident],
    agreements: Sequence[Agreement],
    *,
    reports: Sequence[Report] = (),
    claims: Sequence[Claim] = (),
    catalogue: Mapping[str, Actor] | None = None,
    as_of: dt.date | None = None,
) -> Assessment:
    """Assess every incident against every agreement."""
    actors = dict(catalogue) if catalogue is not None else _default_catalogue()
    by_incident: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_incident[claim.incident_id].append(claim)
    report_map = {r.id: r for r in reports}
    incident_map = {i.id: i for i in incidents}
    declared = {a.id: declarations(a, incidents, actors) for a in agreements}
    ctx = Context(
        catalogue=actors,
        windows={a.id: period_windows(a, declared[a.id]) for a in agreements},
        reports=report_map,
        claims=by_incident,
    )
    findings = [
        finding
        for incident in incidents
        for agreement in agreements
        if (finding := assess_incident(incident, agreement, ctx)) is not None
    ]
    day = as_of or _as_of(incidents)
    states = {}
    for agreement in agreements:
        own = [f for f in findings if f.agreement_id == agreement.id]
        states[agreement.id] = AgreementState(
            agreement_id=agreement.id,
            as_of=day,
            lifecycle=lifecycle(
                agreement, declared[agreement.id], own, incident_map, report_map, actors
            ),
            commitments=[
                commitment_state(agreement, c, claims, incident_map, report_map, day)
                for c in agreement.commitments
            ],
        )
    return Assessment(findings=findings, states=states)


def _default_catalogue() -> dict[str, Actor]:
    from truce.actors import load_actors

    return load_actors()


__all__ = ["RULES_VERSION", "Assessment", "assess"]
