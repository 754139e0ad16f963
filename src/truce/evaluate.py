"""Accuracy of extraction against golden data, and the floors it must not fall below.

Two corpora: the hand-annotated seed article (events, dates, places, claims, and
sentences that must *not* yield events) and FA-KES, whose labels give each
article's event governorate and date. For FA-KES no publication date is passed:
the extractor must find it in the text, as it must when a user pastes an article.
Floors live in ``eval/floors.json``; they may be raised, never lowered.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from truce.consolidate.evaluate import evaluate_consolidation
from truce.evaluate_articles import evaluate_articles, rests_on
from truce.ingest import document_from_text, titled
from truce.model import EventType, Report
from truce.pipeline import extract_document

Metrics = dict[str, float]

#: FA-KES `location` label -> OCHA admin1 P-codes it covers.
FAKES_GOVERNORATES: dict[str, frozenset[str]] = {
    "damascus": frozenset({"SY01", "SY03"}),
    "aleppo": frozenset({"SY02"}),
    "homs": frozenset({"SY04"}),
    "hama": frozenset({"SY05"}),
    "lattakia": frozenset({"SY06"}),
    "idlib": frozenset({"SY07"}),
    "hasakeh": frozenset({"SY08"}),
    "deir ezzor": frozenset({"SY09"}),
    "tartous": frozenset({"SY10"}),
    "raqqa": frozenset({"SY11"}),
    "daraa": frozenset({"SY12"}),
    "sweida": frozenset({"SY13"}),
    "quneitra": frozenset({"SY14"}),
}

_KIND_TYPES: dict[str, set[EventType]] = {
    "commitment": {EventType.COMMITMENT},
    "truce_end_declared": {EventType.CEASEFIRE_DECLARED_OVER},
    "statement": {EventType.VIOLATION_ACCUSATION, EventType.COMMITMENT},
}


def _locate(body: str, text: str) -> tuple[int, int] | None:
    start = body.find(text)
    if start < 0:
        start = body.find(text[:60])
        return None if start < 0 else (start, start + len(text))
    return start, start + len(text)


def _type_ok(report: Report, gold: dict[str, Any]) -> bool:
    if "acled" in gold:
        return bool(report.acled_sub_event_type == gold["acled"]["sub_event_type"])
    return report.type in _KIND_TYPES.get(gold.get("kind", ""), set())


def _date_ok(report: Report, gold: dict[str, Any]) -> bool:
    def iso(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    return (iso(report.date.start), iso(report.date.end)) == (
        gold["date"]["start"],
        gold["date"]["end"],
    )


def _claim_found(report: Report, who: Callable[[str, str | None], bool], stance: str) -> bool:
    return any(c.stance == stance and who(c.claimant, c.claimant_actor_id) for c in report.claims)


def evaluate_seed(article: Path, golden: Path) -> Metrics:
    """Per-field precision and recall on the hand-annotated seed article."""
    gold = json.loads(golden.read_text(encoding="utf-8"))
    info = gold["document"]
    doc = document_from_text(
        article.read_text(encoding="utf-8"),
        fmt="markdown",
        path=str(article),
        published=dt.date.fromisoformat(info["published"]),
        source=info["author"],
    )
    reports = extract_document(doc, source_name=info["author"]).reports
    matched: dict[str, Report] = {}
    for event in gold["events"]:
        span = _locate(doc.body, event["evidence"])
        hit = next((r for r in reports if span and rests_on(r, span)), None)
        if hit is not None:
            matched[event["id"]] = hit
    spans = [s for e in gold["events"] if (s := _locate(doc.body, e["evidence"]))]
    relevant = [r for r in reports if any(rests_on(r, s) for s in spans)]
    forbidden = [s for m in gold["must_not_extract"] if (s := _locate(doc.body, m["text"]))]
    leaks = [r for r in reports if any(rests_on(r, s) for s in forbidden)]
    events = {e["id"]: e for e in gold["events"]}
    placed = [e for e in gold["events"] if e.get("place", {}).get("admin1_pcode")]
    e1 = matched.get("E1")
    claims_e1 = 0.0
    if e1 is not None:
        us = _claim_found(e1, lambda n, a: a == "us" or "United States" in n, "accidental")
        author = _claim_found(e1, lambda n, a: n == info["author"], "disputes")
        claims_e1 = (us + author) / 2
    return {
        "event_recall": len(matched) / len(events),
        "event_precision": len(relevant) / len(reports) if reports else 0.0,
        "type_accuracy": sum(_type_ok(r, events[k]) for k, r in matched.items()) / len(events),
        "date_accuracy": sum(_date_ok(r, events[k]) for k, r in matched.items()) / len(events),
        "admin1_accuracy": sum(
            matched[e["id"]].place.admin1_pcode == e["place"]["admin1_pcode"]
            for e in placed
            if e["id"] in matched
        )
        / max(len(placed), 1),
        "claims_e1": claims_e1,
        "must_not_extract_clean": 1.0 - len(leaks) / max(len(forbidden), 1),
    }


def fakes_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _label_date(value: str) -> dt.date:
    month, day, year = (int(part) for part in value.split("/"))
    return dt.date(year, month, day)


def evaluate_fakes(path: Path, *, limit: int | None = None) -> Metrics:
    """Share of FA-KES articles whose first event has the labelled governorate and date."""
    total = governorate = dated = with_event = 0
    slack = dt.timedelta(days=1)
    for row in fakes_rows(path):
        if limit is not None and total >= limit:
            break
        total += 1
        doc = document_from_text(titled(row["article_title"], row["article_content"]), fmt="text")
        reports = extract_document(doc, source_name=row.get("source")).reports
        if not reports:
            continue
        with_event += 1
        first = reports[0]
        if first.place.admin1_pcode in FAKES_GOVERNORATES.get(row["location"].strip(), ()):
            governorate += 1
        label = _label_date(row["date"])
        start, end = first.date.start, first.date.end
        if start and end and start - slack <= label <= end + slack:
            dated += 1
    return {
        "articles": float(total),
        "with_event": with_event / total if total else 0.0,
        "governorate": governorate / total if total else 0.0,
        "date": dated / total if total else 0.0,
    }


def _found(shared: Path | None, *parts: str) -> Path | None:
    """The file under ``shared`` if it is there."""
    path = shared.joinpath(*parts) if shared is not None else None
    return path if path is not None and path.exists() else None


def evaluate(
    shared: Path | None,
    *,
    fakes_limit: int | None = None,
    scenarios: Path | None = None,
    pairs: Path | None = None,
    articles: Path | None = None,
) -> dict[str, Metrics]:
    """The seed and FA-KES under a ../shared folder (None: no such folder); with
    ``articles`` (the project's annotated articles) every extracted field; with
    ``scenarios`` (labelled report sets) consolidation, pooled with the FA-KES ``pairs``."""
    results: dict[str, Metrics] = {}
    golden = _found(shared, "seed", "golden.json")
    if golden is not None:
        results["seed"] = evaluate_seed(golden.with_name("article.md"), golden)
    if articles is not None:
        results["articles"] = evaluate_articles(articles)
    fakes = _found(shared, "data", "fakes", "dev.csv")
    if fakes is not None:
        results["fakes"] = evaluate_fakes(fakes, limit=fakes_limit)
    if scenarios is not None:
        with_fakes = pairs is not None and fakes is not None
        results["consolidation"] = evaluate_consolidation(
            sorted(scenarios.glob("*.yaml")),
            pairs if with_fakes else None,
            fakes if with_fakes else None,
        )
    return results


def below_floors(results: dict[str, Metrics], floors: dict[str, Metrics]) -> list[str]:
    """Each metric under its floor, as 'corpus.metric: value < floor' (a metric not
    measured counts as under: a gate must not pass because a corpus was missing)."""
    failures = []
    for corpus, metrics in floors.items():
        for name, floor in metrics.items():
            value = results.get(corpus, {}).get(name)
            if value is None or value + 1e-9 < floor:
                failures.append(f"{corpus}.{name}: {value} < {floor}")
    return failures
