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

``choose`` applies the rules once; ``build_incident`` and ``field_sources`` read the
choice (the incident is kept for every incident, its provenance only while a view is read).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple, TypeVar

from truce.consolidate.facts import Figures, PlaceValues, ReportFacts, place_json, place_of
from truce.consolidate.view import FieldSource, build
from truce.model import Casualties, EventDate, EventType, Flag, Incident

DOUBTFUL = frozenset({Flag.NEGATED, Flag.HYPOTHETICAL, Flag.INTENDED, Flag.RECOMMENDED})
_PRECISION_RANK = ("day", "days", "week", "month", "year", "unknown")
_RULES = {
    note: (
        f"lowest low of {note}",
        f"highest high of {note}",
        f"lower median of the best figures of {note}, one per independent source",
    )
    for note in ("credible reports", "all reports (none credible)")
}


class Traced(NamedTuple):
    """A field's value, the reports it rests on and the rule that chose it."""

    value: Any
    reports: list[str]
    rule: str


@dataclass(slots=True)
class Choice:
    """Every field of one incident as the rules chose it, with its provenance."""

    type: EventType
    date: EventDate
    place: PlaceValues
    fatalities: Casualties | None
    traced: dict[str, Traced]


def _unique(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))


_TYPE_RULE = "the type most reports give"
_DATE_RULE = "the narrowest window any report gives, then the one most reports give"
_PLACE_RULE = "best UCDP precision, then the place most reports give"
_PRECISION_ORDER = {p: i for i, p in enumerate(_PRECISION_RANK)}
K = TypeVar("K", bound=Hashable)


def _count(keys: Iterable[K]) -> dict[K, int]:
    """``Counter(keys)`` without its cost for the two or three keys of an incident."""
    counts: dict[K, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    return counts


def _type(reports: Sequence[ReportFacts]) -> tuple[EventType, Traced]:
    if len(reports) == 1:
        only = reports[0]
        return only.type, Traced(only.type.value, [only.id], _TYPE_RULE)
    counts = _count(r.type for r in reports)
    first: dict[EventType, int] = {}
    for i, r in enumerate(reports):
        first.setdefault(r.type, i)
    best = max(counts, key=lambda t: (counts[t], -first[t]))
    ids = [r.id for r in reports if r.type == best]
    return best, Traced(best.value, ids, _TYPE_RULE)


def _date_key(date: EventDate) -> tuple[dt.date | None, dt.date | None, str]:
    return (date.start, date.end, date.precision.value)


def _date_value(date: EventDate) -> dict[str, Any]:
    return {"start": _iso(date.start), "end": _iso(date.end), "precision": date.precision}


def _date(reports: Sequence[ReportFacts]) -> tuple[EventDate, Traced]:
    if len(reports) == 1 and reports[0].date.start is not None and reports[0].date.end is not None:
        only = reports[0]
        return only.date, Traced(_date_value(only.date), [only.id], _DATE_RULE)
    dated = [r for r in reports if r.date.start is not None and r.date.end is not None]
    if not dated:
        return reports[0].date, Traced(None, [reports[0].id], "no report gives a date window")
    counts = _count(_date_key(r.date) for r in dated)

    def rank(r: ReportFacts) -> tuple[int, int, int, dt.date]:
        assert r.date.start is not None and r.date.end is not None
        width = (r.date.end - r.date.start).days
        precision = _PRECISION_ORDER[r.date.precision.value]
        return (width, precision, -counts[_date_key(r.date)], r.date.start)

    chosen = min(dated, key=rank).date
    key = _date_key(chosen)
    return chosen, Traced(
        _date_value(chosen), [r.id for r in dated if _date_key(r.date) == key], _DATE_RULE
    )


def _iso(value: dt.date | None) -> str | None:
    return _day(value) if value else None


@lru_cache(maxsize=4096)
def _day(value: dt.date) -> str:
    """ISO day, one string per day for all the incidents that give it."""
    return value.isoformat()


def _date_range(reports: Sequence[ReportFacts]) -> Traced | None:
    starts = [(r.date.start, r.id) for r in reports if r.date.start is not None]
    ends = [(r.date.end, r.id) for r in reports if r.date.end is not None]
    if not starts or not ends:
        return None
    first, last = min(d for d, _ in starts), max(d for d, _ in ends)
    return Traced(
        {"start": _day(first), "end": _day(last)},
        _unique([i for d, i in starts if d == first] + [i for d, i in ends if d == last]),
        "earliest start and latest end across all reports",
    )


def _place(reports: Sequence[ReportFacts]) -> tuple[PlaceValues, Traced]:
    # the Traced value is the place's values: ``field_sources`` shows them as its JSON
    if len(reports) == 1:
        return reports[0].place, Traced(reports[0].place, [reports[0].id], _PLACE_RULE)
    keys = [r.place_key for r in reports]
    counts = _count(keys)
    index = min(range(len(reports)), key=lambda i: (reports[i].precision, -counts[keys[i]], i))
    chosen = reports[index].place
    same = [r.id for r, key in zip(reports, keys, strict=True) if key == keys[index]]
    return chosen, Traced(chosen, same, _PLACE_RULE)


def _named(reports: Sequence[ReportFacts], attr: Callable[[ReportFacts], Sequence[str]]) -> Traced:
    by_name: dict[str, list[str]] = {}
    for report in reports:
        for name in attr(report):
            by_name.setdefault(name, []).append(report.id)
    ordered = sorted(by_name, key=lambda n: -len(by_name[n]))
    return Traced(
        {name: by_name[name] for name in ordered},
        _unique([rid for name in ordered for rid in by_name[name]]),
        "every one named, most-named first",
    )


def _figures(report: ReportFacts) -> Figures | None:
    value = report.fatalities
    if value is None or Flag.NEGATED in report.flags:
        return None
    given_low, best, given_high = value
    low = given_low if given_low is not None else best
    high = given_high if given_high is not None else best
    if low is None and high is None and best is None:
        return None
    return low, best, high


def _fatalities(
    reports: Sequence[ReportFacts],
    voice_of: Mapping[str, str],
    credible: Callable[[ReportFacts], bool],
) -> tuple[Casualties | None, dict[str, Traced]]:
    rows = [(r, f) for r in reports if (f := _figures(r)) is not None]
    if not rows:
        return None, {}
    trusted = [(r, f) for r, f in rows if credible(r) and not DOUBTFUL & r.flags]
    basis, note = (
        (trusted, "credible reports") if trusted else (rows, "all reports (none credible)")
    )
    out: dict[str, Traced] = {}
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
    rules = _RULES[note]
    if low is not None:
        out["fatalities.low"] = Traced(low, [i for v, i in lows if v == low], rules[0])
    if high is not None:
        out["fatalities.high"] = Traced(high, [i for v, i in highs if v == high], rules[1])
    if best is not None:
        out["fatalities.best"] = Traced(best, [i for _, i in sorted(per_voice.values())], rules[2])
    return build(Casualties, low=low, best=best, high=high), out


def choose(
    reports: Sequence[ReportFacts],
    *,
    voice_of: Mapping[str, str] | None = None,
    credible: Callable[[ReportFacts], bool] | None = None,
) -> Choice:
    """Apply the rules to the incident's reports (founding report first).

    ``voice_of`` maps report id -> independent source key (default: its document);
    ``credible`` says whether a report's source counts for figures (default: all do).
    """
    kind, type_field = _type(reports)
    date, date_field = _date(reports)
    place, place_field = _place(reports)
    fatalities, fatality_fields = _fatalities(
        reports, voice_of or {}, credible or (lambda _r: True)
    )
    traced = {"type": type_field, "date": date_field, "place": place_field}
    if (span := _date_range(reports)) is not None:
        traced["date_range"] = span
    traced["actors"] = _named(reports, lambda r: r.actors)
    traced["targets"] = _named(reports, lambda r: r.targets)
    traced |= fatality_fields
    return Choice(kind, date, place, fatalities, traced)


def build_incident(incident_id: str, reports: Sequence[ReportFacts], choice: Choice) -> Incident:
    """The incident as chosen, linking its reports and documents."""
    return build(
        Incident,
        id=incident_id,
        type=choice.type,
        date=choice.date,
        place=place_of(choice.place),
        actors=list(choice.traced["actors"].value),
        targets=list(choice.traced["targets"].value),
        fatalities=choice.fatalities,
        report_ids=[r.id for r in reports],
        document_ids=_unique([r.document_id for r in reports]),
    )


def field_sources(choice: Choice) -> dict[str, FieldSource]:
    """The provenance of every field, as the incident view shows it."""
    out = {}
    for name, (value, reports, rule) in choice.traced.items():
        shown = place_json(value) if name == "place" else value
        out[name] = build(FieldSource, value=shown, reports=reports, rule=rule)
    return out
