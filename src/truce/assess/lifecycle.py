"""Where an agreement stands over time: agreed, in force, extended, violations alleged,
suspended, declared over, expired.

A declaration that the truce is over counts when the reported declarer is a
party or broker of the agreement and it comes after a period started; it closes
periods that run "until declared over", which moves the time rules. Extensions
are known two ways (see docs/assessment.md): a period in the agreement file that
starts before the previous one ends continues it, and a reported announcement
(``ceasefire_announced``) that says the truce was extended, renewed or restarted.
Both restart the clock of relative deadlines (``D+7``) of the period they extend.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from truce.agreements import period_bounds
from truce.assess.groups import display, roles_of
from truce.assess.timing import PeriodWindow, fmt_moment
from truce.model import (
    Actor,
    Agreement,
    Claim,
    EventType,
    Finding,
    FindingStatus,
    Flag,
    Incident,
    Lifecycle,
    LifecycleEvent,
    Report,
    Stance,
)

EXTENSION_WORDS = re.compile(
    r"\b(extend(s|ed|ing)?|extension|renew(s|ed|al)?|prolong(s|ed)?|restart(s|ed)?|"
    r"resum(e|es|ed)|reinstat(e|es|ed))\b",
    re.IGNORECASE,
)
SUSPENSION_WORDS = re.compile(r"\bsuspen(d|ds|ded|sion)\b", re.IGNORECASE)
_UNREAL = {Flag.NEGATED, Flag.HYPOTHETICAL, Flag.INTENDED, Flag.RECOMMENDED}


@dataclass(frozen=True)
class Sources:
    """What the lifecycle cites: reports and claims by id / incident."""

    reports: Mapping[str, Report]
    claims: Mapping[str, Sequence[Claim]]

    def texts(self, incident: Incident) -> list[str]:
        out = [s.text for r in self._reports(incident) for s in r.evidence]
        return out + [c.text for c in self.claims.get(incident.id, [])]

    def real(self, incident: Incident) -> bool:
        """At least one report states it as fact (not negated, hypothetical, intended)."""
        reports = self._reports(incident)
        return not reports or any(not (set(r.flags) & _UNREAL) for r in reports)

    def evidence(self, incident: Incident, stance: Stance | None = None) -> list[dict[str, object]]:
        claims = [c for c in self.claims.get(incident.id, []) if stance and c.stance == stance]
        if claims:
            spans = [c.span.model_copy(update={"document_id": c.document_id}) for c in claims]
        else:
            spans = [r.evidence[0] for r in self._reports(incident) if r.evidence]
        unique = {(s.document_id, s.start, s.end): s for s in spans}
        return [s.model_dump(mode="json") for s in unique.values()]

    def _reports(self, incident: Incident) -> list[Report]:
        return [self.reports[r] for r in incident.report_ids if r in self.reports]


def _first_start(agreement: Agreement) -> dt.date:
    return min(period_bounds(agreement, p)[0] for p in agreement.periods).date()


def _binds(incident: Incident, agreement: Agreement, catalogue: Mapping[str, Actor]) -> bool:
    kinds = {r.kind for a in incident.actors for r in roles_of(a, agreement, catalogue)}
    return bool(kinds & {"party", "broker"})


def declarations(
    agreement: Agreement, incidents: Sequence[Incident], catalogue: Mapping[str, Actor]
) -> list[Incident]:
    """Incidents where a party or broker is reported to declare the truce over."""
    first = _first_start(agreement)
    found = [
        i
        for i in incidents
        if i.type == EventType.CEASEFIRE_DECLARED_OVER
        and i.date.start is not None
        and i.date.start >= first
        and _binds(i, agreement, catalogue)
    ]
    return sorted(found, key=lambda i: (i.date.start or dt.date.min, i.id))


def period_windows(agreement: Agreement, declared: Sequence[dt.date]) -> list[PeriodWindow]:
    """Each period's bounds, closed by the first declaration after its start if open-ended."""
    windows = []
    for period in agreement.periods:
        start, end = period_bounds(agreement, period)
        end_day = None
        if end is None and period.until_declared_over:
            end_day = min((d for d in declared if d >= start.date()), default=None)
        windows.append(PeriodWindow(period.id, start, end, end_day))
    return windows


@dataclass(frozen=True)
class Extension:
    """A period restarted or extended at ``moment``; ``incident`` None = in the spec."""

    period_id: str
    moment: dt.datetime
    what: str
    incident: Incident | None = None


def _chained(agreement: Agreement) -> list[Extension]:
    """Periods in the file that start before the previous one ends continue it."""
    out = []
    bounds = [(p, *period_bounds(agreement, p)) for p in agreement.periods]
    for earlier, e_start, e_end in bounds:
        for later, l_start, _ in bounds:
            if e_end is not None and e_start < l_start <= e_end:
                what = f"period {later.id!r} continues {earlier.id!r} from {fmt_moment(l_start)}"
                out.append(Extension(earlier.id, l_start, what))
    return out


def extensions(
    agreement: Agreement,
    incidents: Sequence[Incident],
    sources: Sources,
    windows: Sequence[PeriodWindow],
) -> list[Extension]:
    """Extensions from the spec and from reported announcements, in time order."""
    found = _chained(agreement)
    tz = agreement.tz()
    for incident in incidents:
        day = incident.date.start
        if incident.type != EventType.CEASEFIRE_ANNOUNCED or day is None:
            continue
        if not sources.real(incident) or not any(
            EXTENSION_WORDS.search(t) for t in sources.texts(incident)
        ):
            continue
        started = [w for w in windows if w.start.astimezone(tz).date() < day]
        if not started:
            continue
        window = max(started, key=lambda w: w.start)
        local_start = window.start.astimezone(tz)
        moment = dt.datetime.combine(day, local_start.time(), tzinfo=tz)
        what = f"period {window.period_id!r} reported extended or restarted on {fmt_moment(moment)}"
        found.append(Extension(window.period_id, moment, what, incident))
    return sorted(found, key=lambda e: (e.moment, e.period_id))


def lifecycle(
    agreement: Agreement,
    incidents: Mapping[str, Incident],
    findings: Sequence[Finding],
    declared: Sequence[Incident],
    extended: Sequence[Extension],
    sources: Sources,
    catalogue: Mapping[str, Actor],
) -> list[LifecycleEvent]:
    """The agreement's timeline, in date order (same-day steps in the enum's order)."""
    steps = [LifecycleEvent(date=agreement.agreed, state=Lifecycle.AGREED, what="agreed")]
    steps += _periods(agreement)
    for ext in extended:
        steps.append(
            LifecycleEvent(
                date=ext.moment.date(),
                state=Lifecycle.EXTENDED,
                what=ext.what + ("" if ext.incident else " (in the agreement file)"),
                by=[display(a, catalogue) for a in ext.incident.actors] if ext.incident else [],
                incident_id=ext.incident.id if ext.incident else None,
                evidence=sources.evidence(ext.incident) if ext.incident else [],
            )
        )
    steps += _violations(agreement, incidents, findings, sources, catalogue)
    steps += _merge([_declared(agreement, i, sources, catalogue) for i in declared])
    order = list(Lifecycle)
    return sorted(steps, key=lambda s: (s.date, order.index(s.state)))


def _periods(agreement: Agreement) -> list[LifecycleEvent]:
    steps = []
    chained = {e.moment for e in _chained(agreement)}
    bounds = [(p, *period_bounds(agreement, p)) for p in agreement.periods]
    for period, start, end in bounds:
        if start not in chained:
            what = f"period {period.id!r} in force from {fmt_moment(start)} ({agreement.timezone})"
            steps.append(LifecycleEvent(date=start.date(), state=Lifecycle.IN_FORCE, what=what))
        continued = any(end is not None and start < s <= end for _, s, _ in bounds)
        if end is not None and not continued:
            what = f"period {period.id!r} ended on {fmt_moment(end)} as the agreement provides"
            steps.append(LifecycleEvent(date=end.date(), state=Lifecycle.EXPIRED, what=what))
    return steps


def _violations(
    agreement: Agreement,
    incidents: Mapping[str, Incident],
    findings: Sequence[Finding],
    sources: Sources,
    catalogue: Mapping[str, Actor],
) -> list[LifecycleEvent]:
    """The first possible violation, and each accusation of violations by a party or broker."""
    possible = [
        incidents[f.incident_id]
        for f in findings
        if f.status == FindingStatus.POSSIBLE_VIOLATION and f.incident_id in incidents
    ]
    dated = sorted((i for i in possible if i.date.start), key=lambda i: (i.date.start, i.id))
    steps = []
    if dated:
        first = dated[0]
        steps.append(
            LifecycleEvent(
                date=first.date.start or agreement.agreed,
                state=Lifecycle.VIOLATIONS_ALLEGED,
                what="first incident assessed as a possible violation",
                incident_id=first.id,
                evidence=sources.evidence(first),
            )
        )
    start = _first_start(agreement)
    for incident in incidents.values():
        day = incident.date.start
        if incident.type != EventType.VIOLATION_ACCUSATION or day is None or day < start:
            continue
        if not _binds(incident, agreement, catalogue):
            continue
        names = [display(a, catalogue) for a in incident.actors]
        steps.append(
            LifecycleEvent(
                date=day,
                state=Lifecycle.VIOLATIONS_ALLEGED,
                what=", ".join(names) + " alleged that commitments or the truce were violated",
                by=names,
                incident_id=incident.id,
                evidence=sources.evidence(incident),
            )
        )
    return steps


def _merge(steps: list[LifecycleEvent]) -> list[LifecycleEvent]:
    """Same-day declarations by the same declarer, reported separately, are one step."""
    merged: dict[tuple[dt.date, Lifecycle, str], LifecycleEvent] = {}
    for step in steps:
        key = (step.date, step.state, step.what)
        if key in merged:
            first = merged[key]
            evidence = first.evidence + [e for e in step.evidence if e not in first.evidence]
            merged[key] = first.model_copy(update={"evidence": evidence})
        else:
            merged[key] = step
    return list(merged.values())


def _declared(
    agreement: Agreement, incident: Incident, sources: Sources, catalogue: Mapping[str, Actor]
) -> LifecycleEvent:
    claimants = [
        c.claimant for c in sources.claims.get(incident.id, []) if c.stance == Stance.DECLARES_OVER
    ]
    names = list(dict.fromkeys(claimants or [display(a, catalogue) for a in incident.actors]))
    roles = {
        f"{r.kind}: {r.label}" for a in incident.actors for r in roles_of(a, agreement, catalogue)
    }
    suspended = any(SUSPENSION_WORDS.search(t) for t in sources.texts(incident))
    verb = "suspended" if suspended else "declared over"
    return LifecycleEvent(
        date=incident.date.start or agreement.agreed,
        state=Lifecycle.SUSPENDED if suspended else Lifecycle.DECLARED_OVER,
        what=f"{verb} by {', '.join(names)} ({'; '.join(sorted(roles))}), as reported",
        by=names,
        incident_id=incident.id,
        evidence=sources.evidence(incident, Stance.DECLARES_OVER),
    )
