"""Stage ④: many reports, one incident, an honest grade.

    features.py   a report as the matcher sees it (compact, streamable)
    match.py      hard limits and the weighted score of a pair, with its explanation
    cluster.py    greedy clustering in a fixed order, complete linkage on the hard limits
    blocking.py   candidate incidents by day x governorate / map cell / place
    text.py       TF-IDF cosine over hashed character 4-grams
    overrides.py  manual split/merge decisions, replayed on every run
    identity.py   incident ids that survive new reports and re-runs
    incident.py   each field as a range across reports, traced to them
    claims.py     the claims ledger; sources.py who is independent of whom
    grading.py    confirmed / fair / weak / contested / discounted
    view.py       what is stored beside each incident (grade, provenance, merges, ledger)
    config.py     weights and threshold from data/consolidate.toml
    evaluate.py   pairwise precision/recall on labelled report sets

See docs/consolidation.md for the rules.

``consolidate`` recomputes the grouping from all reports each run (so the result depends
on the reports and the manual decisions, not on the order documents arrived in) and
carries incident ids over from the previous run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from truce.actors import load_actors
from truce.consolidate.claims import claims_of, ledger
from truce.consolidate.cluster import Cluster, Clusterer
from truce.consolidate.config import MatchConfig, load_config
from truce.consolidate.features import MatchFeatures, features_of
from truce.consolidate.grading import grade
from truce.consolidate.identity import assign_ids
from truce.consolidate.incident import build_incident
from truce.consolidate.overrides import Override, Pins, replay, rewrite_previous
from truce.consolidate.sources import (
    DocumentInfo,
    SourceCatalogue,
    Voice,
    load_sources,
    voices,
)
from truce.consolidate.text import Grams, grams, normalise, overlap
from truce.consolidate.view import Grade, IncidentView, MatchNote, SourceNote
from truce.model import Actor, Claim, Incident, Report

NAME = "truce.consolidate.v2"


@dataclass(frozen=True)
class Consolidation:
    incidents: list[Incident]
    claims: list[Claim]
    views: dict[str, IncidentView] = field(default_factory=dict)


@dataclass
class _Context:
    config: MatchConfig
    catalogue: SourceCatalogue
    actors: Mapping[str, Actor]
    documents: Mapping[str, DocumentInfo]
    pins: Pins
    bodies: dict[str, Grams] = field(default_factory=dict)

    @property
    def sides(self) -> dict[str, str]:
        return {a.id: a.side for a in self.actors.values()}


def _cluster(reports: Iterable[Report], ctx: _Context) -> tuple[list[Cluster], dict[str, Report]]:
    by_id: dict[str, Report] = {}
    sides = ctx.sides

    def stream() -> Iterator[MatchFeatures]:
        for report in reports:
            if report.id not in by_id:
                by_id[report.id] = report
                yield features_of(
                    report,
                    ctx.config,
                    sides,
                    pin=ctx.pins.label.get(report.id),
                    lead=_lead(report, ctx),
                )

    clusterer = Clusterer(ctx.config, frozenset(ctx.pins.apart))
    return clusterer.run(stream()), by_id


def _lead(report: Report, ctx: _Context) -> str:
    if report.salience != 0 or not ctx.config.lead_chars:
        return ""
    body = ctx.documents.get(report.document_id, DocumentInfo()).body or ""
    return body[: ctx.config.lead_chars]


def cluster_reports(
    reports: Iterable[Report], *, config: MatchConfig | None = None
) -> list[list[Report]]:
    """Group reports into incidents (founding report first), without building views."""
    ctx = _context(config=config)
    clusters, by_id = _cluster(reports, ctx)
    return [[by_id[i] for i in c.report_ids] for c in clusters]


def _near_duplicates(doc_ids: Sequence[str], ctx: _Context) -> dict[str, str]:
    """Later document -> earlier one whose body is near-identical (republished)."""
    ordered = sorted(
        doc_ids, key=lambda d: (str(ctx.documents.get(d, DocumentInfo()).published), d)
    )
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


def _body_grams(doc_id: str, ctx: _Context) -> Grams:
    if doc_id not in ctx.bodies:
        body = ctx.documents.get(doc_id, DocumentInfo()).body or ""
        ctx.bodies[doc_id] = grams(normalise(body), (5,))
    return ctx.bodies[doc_id]


def _sources(reports: Sequence[Report], doc_voice: Mapping[str, Voice]) -> list[SourceNote]:
    groups: dict[str, list[Report]] = {}
    for report in reports:
        groups.setdefault(doc_voice[report.document_id].key, []).append(report)
    notes = []
    for key, members in groups.items():
        docs = list(dict.fromkeys(r.document_id for r in members))
        first = doc_voice[docs[0]]
        extra = [n for d in docs if (n := doc_voice[d].note)]
        notes.append(
            SourceNote(
                key=key,
                name=first.name,
                credible=all(doc_voice[d].credible for d in docs),
                documents=docs,
                reports=[r.id for r in members],
                notes=list(dict.fromkeys(extra)),
            )
        )
    return notes


def _view(
    incident_id: str, cluster: Cluster, group: list[Report], ctx: _Context
) -> tuple[Incident, list[Claim], IncidentView]:
    doc_ids = list(dict.fromkeys(r.document_id for r in group))
    duplicates = _near_duplicates(doc_ids, ctx) if len(doc_ids) > 1 else {}
    doc_voice = voices(ctx.documents, doc_ids, ctx.catalogue, duplicates=duplicates)
    voice_of = {r.id: doc_voice[r.document_id].key for r in group}
    incident, fields = build_incident(
        incident_id, group, voice_of=voice_of, credible=lambda r: doc_voice[r.document_id].credible
    )
    claims = claims_of(incident_id, group)
    entries = ledger(claims, ctx.documents, ctx.actors, ctx.catalogue)
    sources = _sources(group, doc_voice)
    value, reasons = grade(incident, group, entries, sources, ctx.sides)
    decided = sorted({s for r in group for s in ctx.pins.decided.get(r.id, [])})
    view = IncidentView(
        incident_id=incident_id,
        grade=value,
        grade_reasons=reasons,
        fields=fields,
        matches=[
            MatchNote(
                report_id=j.report_id,
                how=j.how,
                via=j.via,
                score=j.score,
                explanation=j.explanation,
            )
            for j in cluster.joins
        ],
        sources=sources,
        ledger=entries,
        overrides=decided,
    )
    return incident, claims, view


def _context(
    *,
    config: MatchConfig | None = None,
    catalogue: SourceCatalogue | None = None,
    actors: Mapping[str, Actor] | None = None,
    documents: Mapping[str, DocumentInfo] | None = None,
    overrides: Sequence[Override] = (),
) -> _Context:
    return _Context(
        config=config or load_config(),
        catalogue=catalogue or load_sources(),
        actors=actors if actors is not None else load_actors(),
        documents=documents or {},
        pins=replay(overrides),
    )


def consolidate(
    reports: Iterable[Report],
    *,
    documents: Mapping[str, DocumentInfo] | None = None,
    previous: Mapping[str, str] | None = None,
    overrides: Sequence[Override] = (),
    config: MatchConfig | None = None,
    catalogue: SourceCatalogue | None = None,
    actors: Mapping[str, Actor] | None = None,
) -> Consolidation:
    """Reports from all documents -> incidents, claims and views (grade, provenance).

    ``documents`` gives each document's source name, publication date and body (for
    independence); ``previous`` maps report id -> incident id of the last run (ids carry
    over); ``overrides`` are the manual decisions, oldest first.
    """
    ctx = _context(
        config=config, catalogue=catalogue, actors=actors, documents=documents, overrides=overrides
    )
    clusters, by_id = _cluster(reports, ctx)
    groups = [c.report_ids for c in clusters]
    ids = assign_ids(groups, rewrite_previous(previous or {}, overrides))
    incidents, claims, views = [], [], {}
    for incident_id, cluster in zip(ids, clusters, strict=True):
        incident, own, view = _view(
            incident_id, cluster, [by_id[i] for i in cluster.report_ids], ctx
        )
        incidents.append(incident)
        claims.extend(own)
        views[incident_id] = view
    return Consolidation(incidents=incidents, claims=claims, views=views)


__all__ = [
    "NAME",
    "Consolidation",
    "DocumentInfo",
    "Grade",
    "IncidentView",
    "MatchConfig",
    "Override",
    "SourceCatalogue",
    "cluster_reports",
    "consolidate",
    "load_config",
    "load_sources",
]
