"""Stage ④: many reports, one incident, an honest grade.

    features.py   a report as the matcher sees it (compact, streamable)
    facts.py      a report as its incident's view sees it (compact)
    match.py      hard limits and the weighted score of a pair, with its explanation
    scoring.py    the same scores for every report of every candidate incident, inline
    cluster.py    greedy clustering in a fixed order, complete linkage on the hard limits
    blocking.py   candidate incidents by day x governorate / map cell / place
    text.py       TF-IDF cosine over hashed character 4-grams
    overrides.py  manual split/merge decisions, replayed on every run
    identity.py   incident ids that survive new reports and re-runs
    incident.py   each field as a range across reports, traced to them
    assemble.py   incidents and claims for every cluster; views built when read
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

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from truce.actors import load_actors
from truce.consolidate.assemble import Context, IncidentViews, assemble_incidents
from truce.consolidate.cluster import Cluster, Clusterer
from truce.consolidate.config import MatchConfig, load_config
from truce.consolidate.facts import ReportFacts, Shared, facts_of
from truce.consolidate.features import MatchFeatures, features_of
from truce.consolidate.identity import assign_ids
from truce.consolidate.overrides import Override, replay, rewrite_previous
from truce.consolidate.sources import DocumentInfo, SourceCatalogue, load_sources
from truce.consolidate.view import Grade, IncidentView
from truce.model import Actor, Claim, Incident, Report

NAME = "truce.consolidate.v2"
T = TypeVar("T")


@dataclass(frozen=True)
class Consolidation:
    """Incidents and claims, and each incident's view (built when read: see assemble.py)."""

    incidents: list[Incident]
    claims: list[Claim]
    views: Mapping[str, IncidentView] = field(default_factory=dict)


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while consolidating.

    Consolidation allocates millions of small acyclic objects that live to the end; the
    collector would walk that growing heap again and again for nothing (a quarter of the
    time at 50,000 reports). Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _cluster(
    reports: Iterable[Report], ctx: Context, kept: dict[str, T], keep: Callable[[Report], T]
) -> list[Cluster]:
    """Cluster each distinct report once, keeping ``kept[report id] = keep(report)``."""
    sides = ctx.sides

    def stream() -> Iterator[MatchFeatures]:
        for report in reports:
            if report.id not in kept:
                kept[report.id] = keep(report)
                yield features_of(
                    report,
                    ctx.config,
                    sides,
                    pin=ctx.pins.label.get(report.id),
                    lead=_lead(report, ctx),
                    later=True,
                )

    clusterer = Clusterer(ctx.config, frozenset(ctx.pins.apart))
    return clusterer.run(stream())


def _lead(report: Report, ctx: Context) -> str:
    if report.salience != 0 or not ctx.config.lead_chars:
        return ""
    return (ctx.document(report.document_id).body or "")[: ctx.config.lead_chars]


def _cluster_with_facts(
    reports: Iterable[Report], ctx: Context
) -> tuple[list[Cluster], dict[str, ReportFacts]]:
    """Clusters, and the facts of each report for its view (the shared values table
    goes when clustering is done)."""
    facts: dict[str, ReportFacts] = {}
    shared = Shared()
    clusters = _cluster(reports, ctx, facts, lambda r: facts_of(r, shared))
    return clusters, facts


def cluster_reports(
    reports: Iterable[Report], *, config: MatchConfig | None = None
) -> list[list[Report]]:
    """Group reports into incidents (founding report first), without building views."""
    ctx = _context(config=config)
    by_id: dict[str, Report] = {}
    clusters = _cluster(reports, ctx, by_id, lambda r: r)
    return [[by_id[i] for i in c.report_ids] for c in clusters]


def _context(
    *,
    config: MatchConfig | None = None,
    catalogue: SourceCatalogue | None = None,
    actors: Mapping[str, Actor] | None = None,
    documents: Mapping[str, DocumentInfo] | None = None,
    overrides: Sequence[Override] = (),
) -> Context:
    return Context(
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
    over); ``overrides`` are the manual decisions, oldest first. ``reports`` may be a
    stream: only compact facts of each report are kept. Each view is built when it is
    read (``result.views[incident_id]``), so keep the ones you need.
    """
    ctx = _context(
        config=config, catalogue=catalogue, actors=actors, documents=documents, overrides=overrides
    )
    with _no_gc():
        clusters, facts = _cluster_with_facts(reports, ctx)
        ids = assign_ids(
            [c.report_ids for c in clusters], rewrite_previous(previous or {}, overrides)
        )
        incidents, claims, views = assemble_incidents(ids, clusters, facts, ctx)
    return Consolidation(incidents=incidents, claims=claims, views=views)


__all__ = [
    "NAME",
    "Consolidation",
    "DocumentInfo",
    "Grade",
    "IncidentView",
    "IncidentViews",
    "MatchConfig",
    "Override",
    "SourceCatalogue",
    "cluster_reports",
    "consolidate",
    "load_config",
    "load_sources",
]
