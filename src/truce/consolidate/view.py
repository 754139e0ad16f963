"""The incident view: what `truce incidents show` prints beside the ``Incident`` itself.

Every consolidated value says which reports it comes from and by which rule, every merge
says why, every claim says who made it, on which side, in which outlet and when. Stored
as JSON with the incident (``Store.replace_incidents(..., views=...)``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

M = TypeVar("M", bound=BaseModel)
_new = object.__new__
_set = object.__setattr__
#: Per model class: the shared "fields set", and whether it is plain enough to fill directly.
_PLAIN: dict[type[BaseModel], tuple[set[str], bool]] = {}


def _plain(cls: type[BaseModel]) -> tuple[set[str], bool]:
    found = _PLAIN.get(cls)
    if found is None:
        fields = cls.model_fields
        plain = not (
            cls.__pydantic_root_model__
            or cls.__pydantic_post_init__
            or cls.__private_attributes__
            or cls.model_config.get("extra") == "allow"
            or any(f.alias or f.validation_alias for f in fields.values())
        )
        found = _PLAIN[cls] = (set(fields), plain)
    return found


def build(cls: type[M], **values: Any) -> M:
    """A model built here from already validated parts, without validating it again.

    Consolidation builds a dozen models per incident from reports that were validated when
    they were read; validating again costs more than the rest of the view. Every field is
    given, in the model's order, so one shared "fields set" serves every instance of a
    class (``model_copy`` copies it before changing it), and a model without aliases,
    private attributes or post-init hooks is filled as ``model_construct`` would fill it.
    """
    fields, plain = _plain(cls)
    if not plain or len(values) != len(fields):
        return cls.model_construct(fields if len(values) == len(fields) else None, **values)
    model = _new(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", fields)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


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
