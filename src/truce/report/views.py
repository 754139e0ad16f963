"""What one incident and one agreement look like in a report: plain data for templates.

Kept apart from the builder so the map, the chart, the coverage grid and the
summary counts read the same view objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from truce.model import (
    Agreement,
    AgreementState,
    Claim,
    Document,
    Finding,
    FindingStatus,
    Incident,
    Lifecycle,
    LifecycleEvent,
)

#: Most to least serious; the worst status of an incident decides its colour.
SEVERITY: tuple[str, ...] = (
    FindingStatus.POSSIBLE_VIOLATION.value,
    FindingStatus.INSUFFICIENT_INFORMATION.value,
    FindingStatus.PERMITTED.value,
    FindingStatus.OUTSIDE_SCOPE.value,
    "no_finding",
)

#: Lifecycle steps that change where the truce stands (violations alleged does not).
STANDING = frozenset(
    {
        Lifecycle.AGREED,
        Lifecycle.IN_FORCE,
        Lifecycle.EXTENDED,
        Lifecycle.SUSPENDED,
        Lifecycle.DECLARED_OVER,
        Lifecycle.EXPIRED,
    }
)


@dataclass(frozen=True)
class IncidentView:
    number: int
    incident: Incident
    findings: list[Finding]
    claims: list[Claim]
    documents: list[Document]
    actor_names: list[str]
    target_names: list[str]
    new: bool
    earlier: bool

    @property
    def worst(self) -> str:
        statuses = {f.status.value for f in self.findings} or {"no_finding"}
        return min(statuses, key=SEVERITY.index)

    @property
    def contested(self) -> bool:
        return any(f.contested for f in self.findings)

    @property
    def area(self) -> str:
        return self.incident.place.admin1_name or "area not known"

    def on(self, day: dt.date) -> bool:
        date = self.incident.date
        return date.start is not None and date.overlaps(day, day)


@dataclass(frozen=True)
class AgreementView:
    agreement: Agreement
    state: AgreementState
    timeline: list[LifecycleEvent]
    counts: dict[str, int]

    @property
    def standing(self) -> LifecycleEvent | None:
        """Latest step that changes where the truce stands."""
        steps = [e for e in self.timeline if e.state in STANDING]
        return steps[-1] if steps else None

    @property
    def alleged(self) -> list[LifecycleEvent]:
        return [e for e in self.timeline if e.state == Lifecycle.VIOLATIONS_ALLEGED]
