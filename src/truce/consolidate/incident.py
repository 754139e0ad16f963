"""One incident from its reports: each field as a range across them, each value traced.

Rules (docs/consolidation.md):

- type: the type most reports give (ties: the founding report's);
- date: the narrowest window any report gives, then the one most reports give, then the
  earliest; ``date_range`` spans the earliest start to the latest end of all reports;
- place: the best UCDP precision, then the place most reports give, then the earliest;
- actors, targets: every one named, most-named first, each with its reports;
- fatalities: from *credible* reports (not negated, hypothetical, intended or recommended,
  and from a source not marked ``credible: false``); falls back to all reports with figures
  when none is credible. low = the lowest low, high = the highest high, best = the lower
  median of the best figures with one figure per independent source (its highest), so one
  government repeating its own figure through several outlets does not move the median.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from truce.consolidate.view import FieldSource
from truce.model import Casualties, EventDate, Flag, Incident, Place, Report

DOUBTFUL = frozenset({Flag.NEGATED, Flag.HYPOTHETICAL, Flag.INTENDED, Flag.RECOMMENDED})
_PRECISION_RANK = ("day", "days", "week", "month", "year", "unknown")


def _unique(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _type(reports: Sequence[Report]) -> FieldSource:
    counts = Counter(r.type for r in reports)
    best = max(
        counts, key=lambda t: (counts[t], -next(i for i, r in enumerate(reports) if r.type == t))
    )
    return FieldSource(
        value=best.value,
        reports=[r.id for r in reports if r.type == best],
        rule="the type most reports give",
    )


def _date_key(date: EventDate) -> tuple[dt.date | None, dt.date | None, str]:
    return (date.start, date.end, date.precision.value)


def _date(reports: Sequence[Report]) -> tuple[EventDate, FieldSource]:
    dated = [r for r in reports if r.date.start is not None and r.date.end is not None]
    if not dated:
        return reports[0].date, FieldSource(
            value=None, reports=[reports[0].id], rule="no report gives a date window"
        )
    counts = Counter(_date_key(r.date) for r in dated)

    def rank(r: Report) -> tuple[int, int, int, dt.date]:
        assert r.date.start is not None and r.date.end is not None
        width = (r.date.end - r.date.start).days
        precision = _PRECISION_RANK.index(r.date.precision.value)
        return (width, precision, -counts[_date_key(r.date)], r.date.start)

    chosen = min(dated, key=rank).date
    return chosen, FieldSource(
        value={"start": _iso(chosen.start), "end": _iso(chosen.end), "precision": chosen.precision},
        reports=[r.id for r in dated if _date_key(r.date) == _date_key(chosen)],
        rule="the narrowest window any report gives, then the one most reports give",
    )


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date_range(reports: Sequence[Report]) -> FieldSource | None:
    starts = [(r.date.start, r.id) for r in reports if r.date.start is not None]
    ends = [(r.date.end, r.id) for r in reports if r.date.end is not None]
    if not starts or not ends:
        return None
    first, last = min(d for d, _ in starts), max(d for d, _ in ends)
    return FieldSource(
        value={"start": first.isoformat(), "end": last.isoformat()},
        reports=_unique([i for d, i in starts if d == first] + [i for d, i in ends if d == last]),
        rule="earliest start and latest end across all reports",
    )


def _place_key(place: Place) -> str:
    return place.gazetteer_id or (place.name or "").casefold()


def _place(reports: Sequence[Report]) -> tuple[Place, FieldSource]:
    counts = Counter(_place_key(r.place) for r in reports)
    chosen = min(
        enumerate(reports),
        key=lambda ir: (ir[1].place.precision, -counts[_place_key(ir[1].place)], ir[0]),
    )[1].place
    return chosen, FieldSource(
        value=chosen.model_dump(mode="json"),
        reports=[r.id for r in reports if _place_key(r.place) == _place_key(chosen)],
        rule="best UCDP precision, then the place most reports give",
    )


def _named(reports: Sequence[Report], attr: Callable[[Report], list[str]]) -> FieldSource:
    by_name: dict[str, list[str]] = {}
    for report in reports:
        for name in attr(report):
            by_name.setdefault(name, []).append(report.id)
    ordered = sorted(by_name, key=lambda n: -len(by_name[n]))
    return FieldSource(
        value={name: by_name[name] for name in ordered},
        reports=_unique([rid for name in ordered for rid in by_name[name]]),
        rule="every one named, most-named first",
    )


def _figures(report: Report) -> tuple[int | None, int | None, int | None] | None:
    value = report.fatalities
    if value is None or Flag.NEGATED in report.flags:
        return None
    low = value.low if value.low is not None else value.best
    high = value.high if value.high is not None else value.best
    if low is None and high is None and value.best is None:
        return None
    return low, value.best, high


def _fatalities(
    reports: Sequence[Report], voice_of: Mapping[str, str], credible: Callable[[Report], bool]
) -> tuple[Casualties | None, dict[str, FieldSource]]:
    rows = [(r, f) for r in reports if (f := _figures(r)) is not None]
    trusted = [(r, f) for r, f in rows if credible(r) and not DOUBTFUL & set(r.flags)]
    basis, note = (
        (trusted, "credible reports") if trusted else (rows, "all reports (none credible)")
    )
    if not basis:
        return None, {}
    out: dict[str, FieldSource] = {}
    lows = [(f[0], r.id) for r, f in basis if f[0] is not None]
    highs = [(f[2], r.id) for r, f in basis if f[2] is not None]
    per_voice: dict[str, tuple[int, str]] = {}
    for r, f in basis:
        if f[1] is not None:
            key = voice_of.get(r.id, r.document_id)
            if key not in per_voice or f[1] > per_voice[key][0]:
                per_voice[key] = (f[1], r.id)
    low = min(v for v, _ in lows) if lows else None
    high = max(v for v, _ in highs) if highs else None
    best = statistics.median_low(sorted(v for v, _ in per_voice.values())) if per_voice else None
    if low is not None:
        out["fatalities.low"] = FieldSource(
            value=low, reports=[i for v, i in lows if v == low], rule=f"lowest low of {note}"
        )
    if high is not None:
        out["fatalities.high"] = FieldSource(
            value=high, reports=[i for v, i in highs if v == high], rule=f"highest high of {note}"
        )
    if best is not None:
        out["fatalities.best"] = FieldSource(
            value=best,
            reports=[i for _, i in sorted(per_voice.values())],
            rule=f"lower median of the best figures of {note}, one per independent source",
        )
    return Casualties(low=low, best=best, high=high), out


def build_incident(
    incident_id: str,
    reports: Sequence[Report],
    *,
    voice_of: Mapping[str, str] | None = None,
    credible: Callable[[Report], bool] | None = None,
) -> tuple[Incident, dict[str, FieldSource]]:
    """The incident (founding report first in ``reports``) and the provenance of its fields.

    ``voice_of`` maps report id -> independent source key (default: its document);
    ``credible`` says whether a report's source counts for figures (default: all do).
    """
    voices = voice_of or {}
    type_field = _type(reports)
    date, date_field = _date(reports)
    place, place_field = _place(reports)
    actors, targets = _named(reports, lambda r: r.actors), _named(reports, lambda r: r.targets)
    fatalities, fatality_fields = _fatalities(reports, voices, credible or (lambda _r: True))
    fields = {"type": type_field, "date": date_field, "place": place_field}
    if (span := _date_range(reports)) is not None:
        fields["date_range"] = span
    fields |= {"actors": actors, "targets": targets, **fatality_fields}
    incident = Incident(
        id=incident_id,
        type=type_field.value,
        date=date,
        place=place,
        actors=list(actors.value),
        targets=list(targets.value),
        fatalities=fatalities,
        report_ids=[r.id for r in reports],
        document_ids=_unique([r.document_id for r in reports]),
    )
    return incident, fields
