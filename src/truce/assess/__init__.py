"""Stage ⑤: incidents x agreements -> findings, commitment statuses and lifecycle.

Order matters: declarations of the end are found first, because they close
open-ended periods and so change which incidents fall inside; then every
incident is classified against every agreement at once (``assess_many``, numpy),
and each finding gets its reasons from the per-incident rules; then the
lifecycle (which cites the first possible violation), extensions, and the
commitments, whose relative deadlines move with extensions.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from truce.assess.bulk import IncidentTable, StatusMatrix, assess_many
from truce.assess.commitments import Dated, commitment_state, dated_claims, mentions
from truce.assess.lifecycle import Sources, declarations, extensions, lifecycle
from truce.assess.rules import RULES_VERSION, Context, assess_incident
from truce.assess.timing import PeriodWindow
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
    published: Mapping[str, dt.date | None] | None = None,
    known_by: dt.date | None = None,
) -> Assessment:
    """Assess every incident against every agreement.

    ``published`` maps document ids to publication dates: a claim about a
    commitment counts from the day it was published, up to ``known_by`` (default
    ``as_of``); a report for an earlier day may set it later to use later claims.
    """
    actors = dict(catalogue) if catalogue is not None else _default_catalogue()
    by_incident: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_incident[claim.incident_id].append(claim)
    report_map = {r.id: r for r in reports}
    matrix = assess_many(IncidentTable.from_incidents(incidents, claims), agreements, actors)
    ctx = Context(catalogue=actors, windows=matrix.windows, reports=report_map, claims=by_incident)
    findings = _findings(incidents, agreements, matrix, ctx)
    day = as_of or _as_of(incidents)
    sources = Sources(report_map, by_incident)
    dated = dated_claims(claims, {i.id: i for i in incidents}, published or {})
    states = {
        a.id: _state(
            a, incidents, findings, sources, dated, actors, matrix.windows[a.id], (day, known_by)
        )
        for a in agreements
    }
    return Assessment(findings=findings, states=states)


def _findings(
    incidents: Sequence[Incident],
    agreements: Sequence[Agreement],
    matrix: StatusMatrix,
    ctx: Context,
) -> list[Finding]:
    """Status from the vectorised classification, reasons from the rules."""
    out = []
    for row, incident in enumerate(incidents):
        for agreement in agreements:
            status = matrix.get(row, agreement.id)
            finding = assess_incident(incident, agreement, ctx) if status else None
            if finding is not None and status is not None:
                out.append(finding.model_copy(update={"status": status}))
    return out


def _state(
    agreement: Agreement,
    incidents: Sequence[Incident],
    findings: Sequence[Finding],
    sources: Sources,
    dated: Sequence[Dated],
    catalogue: Mapping[str, Actor],
    windows: Sequence[PeriodWindow],
    days: tuple[dt.date, dt.date | None],
) -> AgreementState:
    day, known_by = days
    limit = max(known_by or day, day)
    own = [f for f in findings if f.agreement_id == agreement.id]
    declared = declarations(agreement, incidents, catalogue)
    extended = extensions(agreement, incidents, sources, windows)
    incident_map = {i.id: i for i in incidents}
    commitments = [
        commitment_state(agreement, c, dated, sources.reports, extended, day, limit)
        for c in agreement.commitments
    ]
    general = [
        d
        for d in dated
        if d.known is not None
        and agreement.agreed <= d.known <= limit
        and not any(
            mentions(c, d.claim, sources.reports.get(d.claim.report_id))
            for c in agreement.commitments
        )
    ]
    return AgreementState(
        agreement_id=agreement.id,
        as_of=day,
        lifecycle=lifecycle(agreement, incident_map, own, declared, extended, sources, catalogue),
        commitments=commitments,
        general_claims=[
            {
                "claimant": d.claim.claimant,
                "stance": d.claim.stance.value,
                "text": d.claim.text,
                "document_id": d.claim.document_id,
                "known": d.known.isoformat() if d.known else None,
            }
            for d in general
        ],
    )


def _default_catalogue() -> dict[str, Actor]:
    from truce.actors import load_actors

    return load_actors()


__all__ = ["RULES_VERSION", "Assessment", "IncidentTable", "StatusMatrix", "assess", "assess_many"]
