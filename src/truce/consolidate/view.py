"""The incident view: what `truce incidents show` prints beside the ``Incident`` itself.

Every consolidated value says which reports it comes from and by which rule, every merge
says why, every claim says who made it, on which side, in which outlet and when. Stored
as JSON with the incident (``Store.replace_incidents(..., views=...)``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Grade(StrEnum):
    CONFIRMED = "confirmed"
    FAIR = "fair"
    WEAK = "weak"
    CONTESTED = "contested"
    DISCOUNTED = "discounted"


class _View(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FieldSource(_View):
    """One consolidated value and the reports it rests on."""

    value: Any = None
    reports: list[str] = Field(default_factory=list)
    rule: str = ""


class MatchNote(_View):
    """How a report joined the incident."""

    report_id: str
    how: str = Field(description="founded, matched, or by hand")
    via: str | None = None
    score: float | None = None
    explanation: str = ""


class SourceNote(_View):
    """One independent voice behind the incident's reports."""

    key: str
    name: str
    credible: bool
    documents: list[str]
    reports: list[str]
    notes: list[str] = Field(default_factory=list)


class LedgerEntry(_View):
    """One claim about the incident: who said what, on which side, where and when."""

    claim_id: str
    claimant: str
    claimant_actor_id: str | None = None
    side: str | None = None
    stance: str
    source: str | None = None
    published: str | None = None
    document_id: str
    report_id: str
    text: str


class IncidentView(_View):
    incident_id: str
    grade: Grade
    grade_reasons: list[str]
    fields: dict[str, FieldSource] = Field(default_factory=dict)
    matches: list[MatchNote] = Field(default_factory=list)
    sources: list[SourceNote] = Field(default_factory=list)
    ledger: list[LedgerEntry] = Field(default_factory=list)
    overrides: list[int] = Field(default_factory=list, description="Manual decisions applied.")

    @property
    def independent_credible(self) -> int:
        return sum(1 for s in self.sources if s.credible)
