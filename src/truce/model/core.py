"""The typed vocabulary of the pipeline: what a document, a report, an incident,
a claim and a finding are.

Every stage takes and returns these models, the store maps them to rows and the
JSON output is their ``model_dump(mode="json")``: one definition, so the CLI, the
library and the database can never disagree about a field. Models are frozen so a
stage cannot quietly mutate what an earlier stage produced; use ``model_copy``.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from truce.model.taxonomy import EventType


class Frozen(BaseModel):
    """Base for every model: immutable, and unknown fields are an error, not silence."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class SourceKind(StrEnum):
    NEWS = "news"
    MONITOR = "monitor"
    OFFICIAL = "official"
    DATASET = "dataset"
    UNKNOWN = "unknown"


class Source(Frozen):
    """An outlet or organisation that publishes documents."""

    id: str
    name: str
    kind: SourceKind = SourceKind.UNKNOWN
    affiliation: str | None = Field(
        default=None, description="Owner or government the outlet answers to, if known."
    )
    url: str | None = None


class Actor(Frozen):
    """A canonical actor with the names reports use for it (catalogue: data/actors.yaml)."""

    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str = Field(description="state, coalition, armed_forces, armed_group, civilians, ...")
    side: str = Field(description="government, opposition, us_coalition, russia, neutral, ...")


class Document(Frozen):
    """One ingested text, stored once by the hash of its clean body."""

    id: str
    source_id: str | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = Field(default=None, description="File it was read from, if any.")
    published: dt.date | None = None
    language: str = "en"
    raw_text: str
    body: str = Field(description="Clean body: boilerplate stripped; spans index into it.")
    content_hash: str = Field(description="SHA-256 of the clean body.")


class Span(Frozen):
    """Character offsets into a document's clean body, with the text they cover."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = ""
    document_id: str | None = None


class DatePrecision(StrEnum):
    DAY = "day"
    DAYS = "days"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class EventDate(Frozen):
    """When an event happened, as precisely as the text allows and no more.

    ``start=None`` means "no earlier bound known"; an undated past event
    reported on 20 Sep is ``start=None, end=2016-09-20, precision=unknown``.
    """

    start: dt.date | None = None
    end: dt.date | None = None
    precision: DatePrecision = DatePrecision.UNKNOWN
    basis: str | None = Field(default=None, description="The words the date was read from.")

    def overlaps(self, start: dt.date | None, end: dt.date | None) -> bool:
        """True when this date range may fall inside [start, end] (None = open)."""
        lo = self.start or dt.date.min
        hi = self.end or dt.date.max
        return (end is None or lo <= end) and (start is None or hi >= start)


class PlaceRelation(StrEnum):
    IN = "in"
    NEAR = "near"
    ADMIN = "admin"
    BETWEEN = "between"
    OFFSET = "offset"
    COUNTRY = "country"
    UNKNOWN = "unknown"


class Place(Frozen):
    """Where an event happened. ``precision`` follows UCDP's ``where_prec``:
    1 exact place, 2 within ~25 km of a place, 3 admin2, 4 admin1, 5 linear/area,
    6 country, 7 unknown / outside any country. ``acled_geo_precision`` is 1-3."""

    name: str | None = None
    relation: PlaceRelation = PlaceRelation.UNKNOWN
    gazetteer_id: str | None = None
    admin1_pcode: str | None = None
    admin1_name: str | None = None
    admin2_pcode: str | None = None
    admin2_name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int = Field(default=7, ge=1, le=7)
    acled_geo_precision: int | None = Field(default=None, ge=1, le=3)


class Casualties(Frozen):
    """UCDP-style bounds; ``best`` is the figure the text most supports."""

    low: int | None = None
    best: int | None = None
    high: int | None = None


class Stance(StrEnum):
    ACCUSES = "accuses"
    DENIES = "denies"
    ACCIDENTAL = "accidental"
    DISPUTES = "disputes"
    CONFIRMS = "confirms"
    JUSTIFIES = "justifies"
    ALLEGES = "alleges"
    REPORTS = "reports"
    COMMITMENT_MET = "commitment_met"
    COMMITMENT_UNMET = "commitment_unmet"
    DECLARES_OVER = "declares_over"


class ClaimMention(Frozen):
    """A claim as found in one document: who says what about the event."""

    claimant: str = Field(description="Canonical actor name, or the words naming the claimant.")
    claimant_actor_id: str | None = None
    stance: Stance
    text: str = Field(description="The sentence the claim rests on.")
    span: Span


class Flag(StrEnum):
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    INTENDED = "intended"
    RECOMMENDED = "recommended"
    ALLEGED = "alleged"


class Report(Frozen):
    """One mention of an event in one document, with the spans it rests on."""

    id: str
    document_id: str
    type: EventType
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    date: EventDate = EventDate()
    place: Place = Place()
    actors: list[str] = Field(default_factory=list, description="Canonical actor ids.")
    targets: list[str] = Field(default_factory=list, description="Canonical actor ids.")
    fatalities: Casualties | None = None
    injuries: Casualties | None = None
    claims: list[ClaimMention] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    salience: int = Field(default=0, description="0 = most prominent event of its document.")
    commitment_hint: str | None = Field(
        default=None, description="Words naming a commitment, for events about commitments."
    )


class Extraction(Frozen):
    """What the extract stage returns for one document."""

    document_id: str
    published: dt.date | None = None
    reports: list[Report] = Field(default_factory=list)
    extractor: str = Field(description="Versioned name of the extractor that produced this.")


class Claim(Frozen):
    """A stored claim, attached to an incident (and optionally a commitment)."""

    id: str
    incident_id: str
    document_id: str
    report_id: str
    claimant: str
    claimant_actor_id: str | None = None
    stance: Stance
    text: str
    span: Span
    commitment_id: str | None = None


class Incident(Frozen):
    """One real-world happening, linking every report of it."""

    id: str
    type: EventType
    date: EventDate
    place: Place
    actors: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    fatalities: Casualties | None = None
    report_ids: list[str]
    document_ids: list[str] = Field(default_factory=list)


class FindingStatus(StrEnum):
    POSSIBLE_VIOLATION = "possible_violation"
    OUTSIDE_SCOPE = "outside_scope"
    PERMITTED = "permitted"
    INSUFFICIENT_INFORMATION = "insufficient_information"


class Finding(Frozen):
    """Incident x agreement -> status, with the plain-word reasons and cited spans."""

    id: str
    incident_id: str
    agreement_id: str
    status: FindingStatus
    contested: bool = False
    reasons: list[str]
    clauses: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    rules_version: str


class AuditEntry(Frozen):
    """One line of the append-only audit log."""

    seq: int | None = None
    at: dt.datetime
    action: str
    subject: str
    detail: dict[str, object] = Field(default_factory=dict)
