"""An agreement as data: the pydantic models behind the YAML spec.

The JSON Schema published by ``truce agreement schema`` is generated from these
classes, and ``docs/agreements.md`` documents each field; a test keeps the two in
step. Times without an offset are read in the agreement's own ``timezone``, because
truces are announced in local time ("from 19:00 Damascus time").
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from truce.model.taxonomy import EventType

_ID = r"^[a-z0-9][a-z0-9-]*$"
_RELATIVE = re.compile(r"^D([+-])(\d+)$")


class Spec(BaseModel):
    """Base for spec models: unknown keys are errors, so typos do not pass silently."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Group(Spec):
    """A party, broker or excluded group, with the names it goes by in reports."""

    id: str = Field(pattern=_ID, description="Short identifier, e.g. `syrian-government`.")
    name: str = Field(description="Display name.")
    aliases: list[str] = Field(default_factory=list, description="Other names used in reports.")
    actors: list[str] = Field(
        default_factory=list,
        description="Ids from the actor catalogue (`truce/data/actors.yaml`) this group covers.",
    )

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


class Period(Spec):
    """A span of time in which the agreement applies."""

    id: str = Field(pattern=_ID)
    start: dt.datetime = Field(
        description="Start; local time of `timezone` unless an offset is given."
    )
    end: dt.datetime | None = Field(default=None, description="Fixed end, if any.")
    until_declared_over: bool = Field(
        default=False, description="Runs until a party or broker declares it over."
    )
    extendable: bool = Field(default=False, description="May be renewed or extended.")
    note: str | None = None

    @model_validator(mode="after")
    def _end_after_start(self) -> Period:
        # Mixed naive/aware times are compared by the agreement, which knows the zone.
        end, start = self.end, self.start
        if end is not None and (end.tzinfo is None) == (start.tzinfo is None) and end <= start:
            raise ValueError(f"period {self.id!r}: end must be after start")
        return self


class Zone(Spec):
    """An area the agreement names, as GeoJSON geometry (WGS84 lon/lat)."""

    id: str = Field(pattern=_ID)
    name: str
    geometry: dict[str, Any] = Field(description="GeoJSON geometry object (Point, Polygon ...).")
    buffer_km: float = Field(default=0.0, ge=0, description="Buffer around the geometry in km.")
    binds: list[str] = Field(
        default_factory=list, description="Party ids the zone binds; empty = all parties."
    )

    @field_validator("geometry")
    @classmethod
    def _geojson(cls, value: dict[str, Any]) -> dict[str, Any]:
        kinds = {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"}
        if value.get("type") not in kinds:
            raise ValueError(f"geometry type must be one of {sorted(kinds)}")
        if "coordinates" not in value:
            raise ValueError("geometry needs `coordinates`")
        return value


#: Group keywords usable in `by` / `against` besides party ids.
GroupRef = str


class ProhibitedAct(Spec):
    """What parties must not do: event types, by whom, against whom, where, when."""

    id: str = Field(pattern=_ID)
    clause: str = Field(description="The clause in plain words, quoted in findings.")
    event_types: list[EventType] = Field(min_length=1)
    by: list[GroupRef] = Field(
        default_factory=lambda: ["parties"],
        description="Party/broker ids or `parties`, `brokers`, `any`.",
    )
    against: list[GroupRef] = Field(
        default_factory=lambda: ["any"],
        description="Party ids or `parties`, `brokers`, `civilians`, `aid`, `any`.",
    )
    zones: list[str] = Field(default_factory=list, description="Zone ids; empty = anywhere.")
    periods: list[str] = Field(default_factory=list, description="Period ids; empty = all.")


class PermittedAct(Spec):
    """What the agreement expressly allows, e.g. strikes on excluded groups."""

    id: str = Field(pattern=_ID)
    clause: str
    event_types: list[EventType] = Field(min_length=1)
    against: list[GroupRef] = Field(default_factory=lambda: ["excluded"])


class Deadline(Spec):
    """Absolute date/time, or relative to a period start as ``D+7`` (days)."""

    at: dt.datetime | None = None
    relative: str | None = Field(default=None, pattern=r"^D[+-]\d+$")
    period: str | None = Field(default=None, description="Period the `D` refers to.")

    @model_validator(mode="after")
    def _one_form(self) -> Deadline:
        if (self.at is None) == (self.relative is None):
            raise ValueError("a deadline is either `at` (a date) or `relative` (like D+7)")
        return self

    def offset_days(self) -> int:
        match = _RELATIVE.match(self.relative or "")
        if not match:
            return 0
        sign = 1 if match.group(1) == "+" else -1
        return sign * int(match.group(2))


class Commitment(Spec):
    """Something a party undertook to do, by a deadline."""

    id: str = Field(pattern=_ID)
    who: list[str] = Field(min_length=1, description="Party or broker ids.")
    what: str
    deadline: Deadline | None = None
    match_terms: list[str] = Field(
        default_factory=list,
        description="Words that tie a report or claim to this commitment (e.g. `position data`).",
    )


class Agreement(Spec):
    """A ceasefire or truce agreement, validated from YAML."""

    id: str = Field(pattern=_ID)
    name: str
    agreed: dt.date
    timezone: str = Field(description="IANA zone, e.g. `Asia/Damascus`.")
    status: Literal["draft", "published"] = "published"
    brokers: list[Group] = Field(default_factory=list)
    guarantors: list[Group] = Field(default_factory=list)
    parties: list[Group] = Field(min_length=1)
    excluded: list[Group] = Field(default_factory=list)
    periods: list[Period] = Field(min_length=1)
    zones: list[Zone] = Field(default_factory=list)
    prohibited_acts: list[ProhibitedAct] = Field(default_factory=list)
    permitted_acts: list[PermittedAct] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list, description="Where the facts come from.")
    notes: str | None = None

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @model_validator(mode="after")
    def _references_exist(self) -> Agreement:
        groups = {g.id for g in (*self.parties, *self.brokers, *self.guarantors, *self.excluded)}
        keywords = {"parties", "brokers", "excluded", "civilians", "aid", "any"}
        periods = {p.id for p in self.periods}
        zones = {z.id for z in self.zones}
        for act in self.prohibited_acts:
            _check_refs(f"prohibited act {act.id!r}", "by", act.by, groups | keywords)
            _check_refs(f"prohibited act {act.id!r}", "against", act.against, groups | keywords)
            _check_refs(f"prohibited act {act.id!r}", "zones", act.zones, zones)
            _check_refs(f"prohibited act {act.id!r}", "periods", act.periods, periods)
        for period in self.periods:
            if period.end is not None and self.aware(period.end) <= self.aware(period.start):
                raise ValueError(f"period {period.id!r}: end must be after start")
        for zone in self.zones:
            _check_refs(f"zone {zone.id!r}", "binds", zone.binds, groups)
        for commitment in self.commitments:
            _check_refs(f"commitment {commitment.id!r}", "who", commitment.who, groups | keywords)
            deadline = commitment.deadline
            if deadline and deadline.period:
                _check_refs(f"commitment {commitment.id!r}", "period", [deadline.period], periods)
        return self

    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def aware(self, moment: dt.datetime) -> dt.datetime:
        """A spec time as an aware datetime in the agreement's zone."""
        return moment if moment.tzinfo else moment.replace(tzinfo=self.tz())


def _check_refs(where: str, field: str, refs: list[str], known: set[str]) -> None:
    unknown = [ref for ref in refs if ref not in known]
    if unknown:
        raise ValueError(
            f"{where}: `{field}` names unknown id(s) {unknown}; known: {sorted(known)}"
        )


class Lifecycle(StrEnum):
    AGREED = "agreed"
    IN_FORCE = "in_force"
    EXTENDED = "extended"
    VIOLATIONS_ALLEGED = "violations_alleged"
    SUSPENDED = "suspended"
    DECLARED_OVER = "declared_over"
    EXPIRED = "expired"


class LifecycleEvent(Spec):
    """One step in an agreement's life, with who made it happen and the cited text."""

    date: dt.date
    state: Lifecycle
    what: str
    by: list[str] = Field(default_factory=list)
    incident_id: str | None = None
    evidence: list[dict[str, Any]] = Field(default_factory=list)


class CommitmentStatus(StrEnum):
    PENDING = "pending"
    DUE = "due"
    MET = "met"
    LATE = "late"
    UNMET = "unmet"
    DISPUTED = "disputed"


class CommitmentState(Spec):
    """A commitment's status as of a date, and the claims it rests on."""

    commitment_id: str
    who: list[str]
    what: str
    deadline: dt.datetime | None = None
    status: CommitmentStatus
    reasons: list[str] = Field(default_factory=list)
    claims: list[dict[str, Any]] = Field(default_factory=list)
    history: list[dict[str, str]] = Field(
        default_factory=list, description="Each change of status: {date, status}."
    )


class AgreementState(Spec):
    """Derived by `assess`: the lifecycle timeline and commitment statuses."""

    agreement_id: str
    as_of: dt.date | None = None
    lifecycle: list[LifecycleEvent] = Field(default_factory=list)
    commitments: list[CommitmentState] = Field(default_factory=list)
    general_claims: list[dict[str, Any]] = Field(
        default_factory=list,
        description="Claims about commitments in general, tied to no single commitment.",
    )

    def state_on(self, day: dt.date) -> LifecycleEvent | None:
        """The latest lifecycle step on or before a day."""
        steps = [e for e in self.lifecycle if e.date <= day]
        return steps[-1] if steps else None
