"""Where an agreement stands over time: agreed, in force, violations alleged, declared over.

A declaration that the truce is over counts when the reported declarer is a
party or broker of the agreement and it comes after a period started; it also
closes periods that run "until declared over", which moves the time rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from truce.agreements import period_bounds
from truce.assess.groups import display, roles_of
from truce.assess.timing import PeriodWindow
from truce.model import (
    Actor,
    Agreement,
    EventType,
    Finding,
    FindingStatus,
    Incident,
    Lifecycle,
    LifecycleEvent,
    Report,
)


def _evidence(incident: Incident, reports: Mapping[str, Report]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for report_id in incident.report_ids:
        report = reports.get(report_id)
        for span in report.evidence[:1] if report else []:
            out.append(span.model_dump(mode="json"))
    return out


def declarations(
    agreement: Agreement,
    incidents: Sequence[Incident],
    catalogue: Mapping[str, Actor],
) -> list[Incident]:
    """Incidents where a party or broker is reported to declare the truce over."""
    first_start = min(period_bounds(agreement, p)[0] for p in agreement.periods).date()
    found = []
    for incident in incidents:
        if incident.type != EventType.CEASEFIRE_DECLARED_OVER or incident.date.start is None:
            continue
        if incident.date.start < first_start:
            continue
        kinds = {r.kind for a in incident.actors for r in roles_of(a, agreement, catalogue)}
        if kinds & {"party", "broker"}:
            found.append(incident)
    return sorted(found, key=lambda i: (i.date.start or dt.date.min, i.id))


def period_windows(agreement: Agreement, declared: Sequence[Incident]) -> list[PeriodWindow]:
    """Each period's bounds, closed by the first declaration after its start if open-ended."""
    windows = []
    for period in agreement.periods:
        start, end = period_bounds(agreement, period)
        end_day = None
        if end is None and period.until_declared_over:
            days = [i.date.start for i in declared if i.date.start and i.date.start >= start.date()]
            end_day = min(days) if days else None
        windows.append(PeriodWindow(period.id, start, end, end_day))
    return windows


def lifecycle(
    agreement: Agreement,
    declared: Sequence[Incident],
    findings: Sequence[Finding],
    incidents: Mapping[str, Incident],
    reports: Mapping[str, Report],
    catalogue: Mapping[str, Actor],
) -> list[LifecycleEvent]:
    """The agreement's timeline, in date order."""
    steps = [LifecycleEvent(date=agreement.agreed, state=Lifecycle.AGREED, what="agreed")]
    for period in agreement.periods:
        start, _ = period_bounds(agreement, period)
        what = f"period {period.id!r} in force from {start:%d %b %Y %H:%M} ({agreement.timezone})"
        steps.append(LifecycleEvent(date=start.date(), state=Lifecycle.IN_FORCE, what=what))
    violations = [
        incidents[f.incident_id]
        for f in findings
        if f.status == FindingStatus.POSSIBLE_VIOLATION and f.incident_id in incidents
    ]
    dated = sorted((i for i in violations if i.date.start), key=lambda i: i.date.start or 0)
    if dated:
        first = dated[0]
        steps.append(
            LifecycleEvent(
                date=first.date.start or agreement.agreed,
                state=Lifecycle.VIOLATIONS_ALLEGED,
                what=f"first possible violation reported ({len(violations)} in all so far)",
                incident_id=first.id,
                evidence=_evidence(first, reports),
            )
        )
    for incident in declared:
        names = [display(a, catalogue) for a in incident.actors]
        steps.append(
            LifecycleEvent(
                date=incident.date.start or agreement.agreed,
                state=Lifecycle.DECLARED_OVER,
                what="declared over by " + ", ".join(names) + " (as reported)",
                by=names,
                incident_id=incident.id,
                evidence=_evidence(incident, reports),
            )
        )
    return sorted(steps, key=lambda s: (s.date, list(Lifecycle).index(s.state)))
