"""Stage ④: many reports, one incident.

A first, deterministic matcher: reports are visited in a fixed order (date, then
id) and each joins the best-scoring compatible incident or founds a new one.
Compatible means same event type, overlapping date windows (each widened by a
day for day-precision dates, because sources disagree by a day across midnight
and time zones), no contradicting governorate, and no contradicting actors or
targets. The incident's ID comes from its founding report, so re-running on the
same reports gives the same IDs. Later work deepens scoring and grading.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field

from truce.ids import stable_id
from truce.model import (
    Casualties,
    Claim,
    DatePrecision,
    EventDate,
    Incident,
    Place,
    Report,
)

NAME = "truce.consolidate.rules.v1"
_PRECISION_ORDER = [
    DatePrecision.DAY,
    DatePrecision.DAYS,
    DatePrecision.WEEK,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
    DatePrecision.UNKNOWN,
]


@dataclass(frozen=True)
class Consolidation:
    incidents: list[Incident]
    claims: list[Claim]


@dataclass
class _Cluster:
    reports: list[Report] = field(default_factory=list)


def _window(date: EventDate) -> tuple[dt.date, dt.date]:
    slack = dt.timedelta(days=1 if date.precision == DatePrecision.DAY else 0)
    lo = (date.start - slack) if date.start else dt.date.min
    hi = (date.end + slack) if date.end else dt.date.max
    return lo, hi


def _compatible(report: Report, other: Report) -> bool:
    if report.type != other.type:
        return False
    if report.date.start is None or other.date.start is None:
        # An undated mention can be anything; it never merges by itself.
        return False
    (lo1, hi1), (lo2, hi2) = _window(report.date), _window(other.date)
    if lo1 > hi2 or lo2 > hi1:
        return False
    a1, a2 = report.place.admin1_pcode, other.place.admin1_pcode
    if a1 and a2 and a1 != a2:
        return False
    if report.actors and other.actors and not set(report.actors) & set(other.actors):
        return False
    return not (report.targets and other.targets and not set(report.targets) & set(other.targets))


def _score(report: Report, cluster: _Cluster) -> int:
    best = -1
    for other in cluster.reports:
        if not _compatible(report, other):
            return -1
        shared = len(set(report.actors) & set(other.actors))
        shared += len(set(report.targets) & set(other.targets))
        same_place = report.place.gazetteer_id is not None and (
            report.place.gazetteer_id == other.place.gazetteer_id
        )
        best = max(best, shared + 2 * same_place + (report.date == other.date))
    return best


def _order(report: Report) -> tuple[dt.date, str]:
    return (report.date.start or dt.date.min, report.id)


def cluster_reports(reports: Iterable[Report]) -> list[list[Report]]:
    """Group reports into incidents, deterministically."""
    clusters: list[_Cluster] = []
    for report in sorted(reports, key=_order):
        scored = [(_score(report, cluster), i) for i, cluster in enumerate(clusters)]
        candidates = [(score, -i) for score, i in scored if score >= 0]
        if candidates:
            _, neg_index = max(candidates)
            clusters[-neg_index].reports.append(report)
        else:
            clusters.append(_Cluster([report]))
    return [cluster.reports for cluster in clusters]


def _best_date(reports: list[Report]) -> EventDate:
    return min(
        (r.date for r in reports),
        key=lambda d: (_PRECISION_ORDER.index(d.precision), d.start or dt.date.min),
    )


def _best_place(reports: list[Report]) -> Place:
    return min((r.place for r in reports), key=lambda p: p.precision)


def _merge_casualties(values: list[Casualties | None]) -> Casualties | None:
    """Lowest low, highest high, and the lower median of the reported best figures."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    lows = [v.low for v in known if v.low is not None]
    highs = [v.high for v in known if v.high is not None]
    bests = [v.best for v in known if v.best is not None]
    return Casualties(
        low=min(lows) if lows else None,
        best=statistics.median_low(bests) if bests else None,
        high=max(highs) if highs else None,
    )


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def build_incident(reports: list[Report]) -> Incident:
    founder = reports[0]
    return Incident(
        id=stable_id("inc", founder.id),
        type=founder.type,
        date=_best_date(reports),
        place=_best_place(reports),
        actors=_unique(a for r in reports for a in r.actors),
        targets=_unique(t for r in reports for t in r.targets),
        fatalities=_merge_casualties([r.fatalities for r in reports]),
        report_ids=[r.id for r in reports],
        document_ids=_unique(r.document_id for r in reports),
    )


def claims_of(incident: Incident, reports: list[Report]) -> list[Claim]:
    claims: dict[str, Claim] = {}
    for report in reports:
        for mention in report.claims:
            claim_id = stable_id(
                "clm", report.id, mention.claimant, mention.stance, mention.span.start
            )
            claims[claim_id] = Claim(
                id=claim_id,
                incident_id=incident.id,
                document_id=report.document_id,
                report_id=report.id,
                claimant=mention.claimant,
                claimant_actor_id=mention.claimant_actor_id,
                stance=mention.stance,
                text=mention.text,
                span=mention.span,
            )
    return list(claims.values())


def consolidate(reports: Iterable[Report]) -> Consolidation:
    """Reports from all documents -> incidents with their claims."""
    incidents: list[Incident] = []
    claims: list[Claim] = []
    for group in cluster_reports(reports):
        incident = build_incident(group)
        incidents.append(incident)
        claims.extend(claims_of(incident, group))
    return Consolidation(incidents=incidents, claims=claims)


__all__ = ["NAME", "Consolidation", "build_incident", "cluster_reports", "consolidate"]
