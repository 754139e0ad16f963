"""Pairwise precision and recall of "same incident", on labelled report sets.

Two kinds of labelled material (both described in eval/pairs/README.md):

- scenarios (``eval/scenarios/*.yaml``): report sets written for this project,
  each report labelled with the incident it belongs to;
- FA-KES pairs (``eval/pairs/fakes-*.csv``): articles from ``../shared/data/fakes/dev.csv``
  (unit ids only, never their text) whose principal events are the same happening. Every
  pair of listed articles not labelled ``1`` is a different happening; ``?`` pairs are left
  out. Articles go through the real extractor, so these figures include its errors.

A pair is predicted "same" when both reports land in one incident; gold pairs are the
transitive closure of the labels.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from truce.consolidate import DocumentInfo, consolidate
from truce.consolidate.config import MatchConfig
from truce.errors import ConfigError
from truce.ids import stable_id
from truce.model import (
    Casualties,
    ClaimMention,
    DatePrecision,
    EventDate,
    EventType,
    Flag,
    Place,
    PlaceRelation,
    Report,
    Span,
    Stance,
)

Metrics = dict[str, float]


@dataclass(frozen=True)
class Scenario:
    name: str
    reports: list[Report]
    documents: dict[str, DocumentInfo]
    gold: dict[str, str]


def pairwise(
    predicted: Mapping[str, str | None],
    gold: Mapping[str, str],
    *,
    ignore: Iterable[frozenset[str]] = (),
) -> Metrics:
    """Precision/recall/F1 over every pair of the gold items (``None`` = matched nothing)."""
    skip = set(ignore)
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        if frozenset((a, b)) in skip:
            continue
        same = gold[a] == gold[b]
        said = predicted.get(a) is not None and predicted.get(a) == predicted.get(b)
        tp += same and said
        fp += said and not same
        fn += same and not said
    return _scores(tp, fp, fn)


def _scores(tp: float, fp: float, fn: float) -> Metrics:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "positives": tp + fn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def pool(*results: Metrics) -> Metrics:
    """Pairwise scores of several evaluations taken together (pairs added up)."""
    return _scores(*(sum(r[k] for r in results) for k in ("tp", "fp", "fn")))


def _date(value: Any, precision: str | None) -> EventDate:
    text = str(value)
    start, _, end = text.partition("/")
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end or start)
    default = DatePrecision.DAY if first == last else DatePrecision.DAYS
    return EventDate(start=first, end=last, precision=DatePrecision(precision or default))


def _casualties(value: Any) -> Casualties | None:
    if value is None:
        return None
    if isinstance(value, int):
        return Casualties(low=value, best=value, high=value)
    low, best, high = value
    return Casualties(low=low, best=best, high=high)


def _report(name: str, item: Mapping[str, Any]) -> Report:
    doc = f"doc_{name}_{item['doc']}"
    text = str(item.get("text", ""))
    span = Span(start=0, end=len(text), text=text, document_id=doc)
    place = dict(item.get("place", {}))
    place["relation"] = PlaceRelation(place.get("relation", "in"))
    claims = [
        ClaimMention(
            claimant=c["claimant"],
            claimant_actor_id=c.get("actor"),
            stance=Stance(c["stance"]),
            text=c.get("text", text),
            span=span,
        )
        for c in item.get("claims", [])
    ]
    return Report(
        id=stable_id("rep", name, item["key"]),
        document_id=doc,
        type=EventType(item["type"]),
        date=_date(item["date"], item.get("precision")),
        place=Place(**place),
        actors=list(item.get("actors", [])),
        targets=list(item.get("targets", [])),
        fatalities=_casualties(item.get("fatalities")),
        claims=claims,
        flags=[Flag(f) for f in item.get("flags", [])],
        evidence=[span],
    )


def load_scenario(path: Path) -> Scenario:
    """A labelled report set from YAML (format: eval/scenarios/README.md)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = path.stem
        documents = {
            f"doc_{name}_{key}": DocumentInfo(
                source=value.get("source"),
                published=value.get("published"),
                body=value.get("body"),
            )
            for key, value in data.get("documents", {}).items()
        }
        reports = [_report(name, item) for item in data["reports"]]
        gold = {
            r.id: str(item["incident"]) for r, item in zip(reports, data["reports"], strict=True)
        }
    except (KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: invalid scenario: {exc}") from exc
    return Scenario(name, reports, documents, gold)


def predicted_incidents(
    reports: list[Report],
    documents: Mapping[str, DocumentInfo],
    config: MatchConfig | None = None,
) -> dict[str, str | None]:
    result = consolidate(reports, documents=documents, config=config)
    return {rid: incident.id for incident in result.incidents for rid in incident.report_ids}


def evaluate_scenarios(paths: Iterable[Path], config: MatchConfig | None = None) -> Metrics:
    """Pairwise metrics over all scenarios (pairs never cross scenario files)."""
    predicted: dict[str, str | None] = {}
    gold: dict[str, str] = {}
    for path in sorted(paths):
        scenario = load_scenario(path)
        predicted |= predicted_incidents(scenario.reports, scenario.documents, config)
        gold |= {rid: f"{scenario.name}:{label}" for rid, label in scenario.gold.items()}
    cross = {
        frozenset((a, b))
        for a, b in combinations(sorted(gold), 2)
        if gold[a].split(":")[0] != gold[b].split(":")[0]
    }
    return pairwise(predicted, gold, ignore=cross)


def read_pairs(path: Path) -> tuple[list[str], dict[str, str], set[frozenset[str]]]:
    """Units, gold labels (closure of the ``1`` pairs) and ``?`` pairs from a pairs CSV."""
    units: list[str] = []
    parent: dict[str, str] = {}

    def root(unit: str) -> str:
        while parent.get(unit, unit) != unit:
            unit = parent[unit]
        return unit

    unclear = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            if row["label"] == "unit":
                units.append(row["unit_a"])
            elif row["label"] == "1":
                parent[root(row["unit_b"])] = root(row["unit_a"])
            elif row["label"] == "?":
                unclear.add(frozenset((row["unit_a"], row["unit_b"])))
            else:
                raise ConfigError(f"{path}: label must be unit, 1 or ?, not {row['label']!r}")
    return units, {u: root(u) for u in units}, unclear


@dataclass(frozen=True)
class Extracted:
    """FA-KES articles run through the extractor once, reused across configurations."""

    reports: list[Report]
    documents: dict[str, DocumentInfo]
    principal: dict[str, str | None]


def extract_units(dev_csv: Path, units: Iterable[str]) -> Extracted:
    """Extract each listed article (title + text, no publication date given, as in
    ``truce.evaluate``); its principal report is its first (most prominent) one."""
    from truce.ingest import document_from_text, titled
    from truce.pipeline import extract_document

    wanted = set(units)
    reports: list[Report] = []
    documents: dict[str, DocumentInfo] = {}
    principal: dict[str, str | None] = {}
    with dev_csv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["unit_id"] not in wanted:
                continue
            doc = document_from_text(
                titled(row["article_title"], row["article_content"]), fmt="text"
            )
            extraction = extract_document(doc, source_name=row["source"])
            documents[doc.id] = DocumentInfo(
                source=row["source"], published=extraction.published, body=doc.body
            )
            reports.extend(extraction.reports)
            principal[row["unit_id"]] = extraction.reports[0].id if extraction.reports else None
    missing = wanted - set(principal)
    if missing:
        raise ConfigError(f"{dev_csv}: units not found: {sorted(missing)}")
    return Extracted(reports, documents, principal)


def evaluate_fakes_pairs(
    extracted: Extracted,
    gold: Mapping[str, str],
    unclear: Iterable[frozenset[str]] = (),
    config: MatchConfig | None = None,
) -> Metrics:
    """Pairwise metrics of the articles' principal reports."""
    incident_of = predicted_incidents(extracted.reports, extracted.documents, config)
    predicted = {
        unit: incident_of.get(rep) if rep is not None else None
        for unit, rep in extracted.principal.items()
    }
    return pairwise(predicted, gold, ignore=unclear)


def evaluate_consolidation(
    scenarios: Iterable[Path], pairs: Path | None = None, dev_csv: Path | None = None
) -> Metrics:
    """The gate's figures, keyed as in eval/floors.json: ``scenarios_*`` always,
    ``fakes_*`` and ``all_*`` (both pooled) when the pairs file and FA-KES dev are given."""
    own = evaluate_scenarios(scenarios)
    result = {f"scenarios_{k}": v for k, v in own.items()}
    if pairs is not None and dev_csv is not None:
        units, gold, unclear = read_pairs(pairs)
        fakes = evaluate_fakes_pairs(extract_units(dev_csv, units), gold, unclear)
        result |= {f"fakes_{k}": v for k, v in fakes.items()}
        result |= {f"all_{k}": v for k, v in pool(fakes, own).items()}
    return result
