"""Clusters of reports -> incidents, claims and the views read beside them.

The incident and its claims are built for every cluster. Its view (provenance of every
field, how each report joined, the independent sources, the claims ledger and the grade)
is built each time it is read, from the compact facts kept for it: the views of a
million reports would not fit in memory together, and the store writes them one by one.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from truce.consolidate.claims import claims_of, ledger
from truce.consolidate.cluster import Cluster, Join
from truce.consolidate.config import MatchConfig
from truce.consolidate.facts import ReportFacts
from truce.consolidate.grading import grade
from truce.consolidate.incident import Choice, build_incident, choose, field_sources
from truce.consolidate.overrides import Pins
from truce.consolidate.sources import DocumentInfo, SourceCatalogue, Voice, voices
from truce.consolidate.text import Grams, grams, normalise, overlap
from truce.consolidate.view import IncidentView, MatchNote, SourceNote, build
from truce.model import Actor, Claim, Incident

#: Document bodies whose n-grams are kept for near-duplicate tests (incidents are built in
#: date order, so a document's other incidents come soon after; older ones are recomputed).
BODY_CACHE = 4096
_NO_DOCUMENT = DocumentInfo()


@dataclass
class Context:
    """Everything one consolidation run reads besides the reports."""

    config: MatchConfig
    catalogue: SourceCatalogue
    actors: Mapping[str, Actor]
    documents: Mapping[str, DocumentInfo]
    pins: Pins
    bodies: OrderedDict[str, Grams] = field(default_factory=OrderedDict)
    sides: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.sides = {a.id: a.side for a in self.actors.values()}

    def document(self, doc_id: str) -> DocumentInfo:
        return self.documents.get(doc_id, _NO_DOCUMENT)


@dataclass(slots=True)
class _Parts:
    """What one incident's view is built from."""

    incident: Incident
    reports: list[ReportFacts]
    joins: list[Join]
    claims: Sequence[Claim]
    duplicates: dict[str, str] | None


class IncidentViews(Mapping[str, IncidentView]):
    """Incident id -> its view, built when read (keep the ones you need)."""

    def __init__(self, parts: dict[str, _Parts], ctx: Context) -> None:
        self._parts = parts
        self._ctx = ctx

    def __getitem__(self, incident_id: str) -> IncidentView:
        return _view(self._parts[incident_id], self._ctx)

    def __contains__(self, incident_id: object) -> bool:
        return incident_id in self._parts

    def __iter__(self) -> Iterator[str]:
        return iter(self._parts)

    def __len__(self) -> int:
        return len(self._parts)


def assemble_incidents(
    ids: Iterable[str], clusters: Iterable[Cluster], facts: dict[str, ReportFacts], ctx: Context
) -> tuple[list[Incident], list[Claim], IncidentViews]:
    """Incidents and claims for every cluster (``facts`` is emptied on the way)."""
    incidents: list[Incident] = []
    claims: list[Claim] = []
    parts: dict[str, _Parts] = {}
    for incident_id, cluster in zip(ids, clusters, strict=True):
        group = [facts.pop(i) for i in cluster.report_ids]
        doc_ids = _documents(group)
        bodies = [d for d in doc_ids if ctx.document(d).body] if len(doc_ids) > 1 else []
        duplicates = _near_duplicates(bodies, ctx) if len(bodies) > 1 else None
        incident = build_incident(incident_id, group, _choose(group, doc_ids, duplicates, ctx))
        own = claims_of(incident_id, group) if any(r.claims for r in group) else []
        incidents.append(incident)
        claims.extend(own)
        parts[incident_id] = _Parts(incident, group, cluster.joins, own, duplicates or None)
    return incidents, claims, IncidentViews(parts, ctx)


def _documents(group: Sequence[ReportFacts]) -> list[str]:
    return list(dict.fromkeys(r.document_id for r in group))


def _voices(
    doc_ids: Sequence[str], duplicates: Mapping[str, str] | None, ctx: Context
) -> dict[str, Voice]:
    return voices(ctx.documents, doc_ids, ctx.catalogue, duplicates=duplicates)


def _choose(
    group: Sequence[ReportFacts],
    doc_ids: Sequence[str],
    duplicates: Mapping[str, str] | None,
    ctx: Context,
    doc_voice: Mapping[str, Voice] | None = None,
) -> Choice:
    if doc_voice is None:
        doc_voice = _voices(doc_ids, duplicates, ctx)
    return choose(
        group,
        voice_of={r.id: doc_voice[r.document_id].key for r in group},
        credible=lambda r: doc_voice[r.document_id].credible,
    )


def _near_duplicates(doc_ids: Sequence[str], ctx: Context) -> dict[str, str]:
    """Later document -> earlier one whose body is near-identical (republished); only
    documents with a body can be (an empty one shares nothing)."""
    ordered = sorted(doc_ids, key=lambda d: (str(ctx.document(d).published), d))
    out: dict[str, str] = {}
    for j, later in enumerate(ordered):
        for earlier in ordered[:j]:
            if earlier in out:
                continue
            if (
                overlap(_body_grams(later, ctx), _body_grams(earlier, ctx))
                >= ctx.config.republished_similarity
            ):
                out[later] = earlier
                break
    return out


def _body_grams(doc_id: str, ctx: Context) -> Grams:
    found = ctx.bodies.get(doc_id)
    if found is None:
        found = ctx.bodies[doc_id] = grams(normalise(ctx.document(doc_id).body or ""), (5,))
        if len(ctx.bodies) > BODY_CACHE:
            ctx.bodies.popitem(last=False)
    else:
        ctx.bodies.move_to_end(doc_id)
    return found


def _sources(reports: Sequence[ReportFacts], doc_voice: Mapping[str, Voice]) -> list[SourceNote]:
    groups: dict[str, list[ReportFacts]] = {}
    for report in reports:
        groups.setdefault(doc_voice[report.document_id].key, []).append(report)
    notes = []
    for key, members in groups.items():
        docs = _documents(members)
        first = doc_voice[docs[0]]
        extra = [n for d in docs if (n := doc_voice[d].note)]
        notes.append(
            build(
                SourceNote,
                key=key,
                name=first.name,
                credible=all(doc_voice[d].credible for d in docs),
                documents=docs,
                reports=[r.id for r in members],
                notes=list(dict.fromkeys(extra)),
            )
        )
    return notes


def _view(parts: _Parts, ctx: Context) -> IncidentView:
    group, incident = parts.reports, parts.incident
    doc_ids = _documents(group)
    doc_voice = _voices(doc_ids, parts.duplicates, ctx)
    choice = _choose(group, doc_ids, parts.duplicates, ctx, doc_voice)
    entries = ledger(parts.claims, ctx.documents, ctx.actors, ctx.catalogue)
    sources = _sources(group, doc_voice)
    value, reasons = grade(incident, group, entries, sources, ctx.sides)
    return build(
        IncidentView,
        incident_id=incident.id,
        grade=value,
        grade_reasons=reasons,
        fields=field_sources(choice),
        matches=[
            build(
                MatchNote,
                report_id=j.report_id,
                how=j.how,
                via=j.via,
                score=j.score,
                explanation=j.explanation,
            )
            for j in parts.joins
        ],
        sources=sources,
        ledger=entries,
        overrides=sorted({s for r in group for s in ctx.pins.decided.get(r.id, [])}),
    )
