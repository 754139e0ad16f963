"""The shortcuts that let consolidation scale to a million reports give the same answers.

Pair scores computed inline, n-grams hashed in batches, models built without validation,
views built when read, report facts kept instead of reports: each is checked against the
plain version it replaces.
"""

from __future__ import annotations

import gc
import importlib.util
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pydantic import BaseModel, ConfigDict, Field

from truce.consolidate import DocumentInfo, consolidate, load_config
from truce.consolidate.evaluate import load_scenario
from truce.consolidate.facts import Shared, facts_of, place_json, place_of
from truce.consolidate.features import MatchFeatures
from truce.consolidate.match import assess, weights
from truce.consolidate.scoring import cheap_scores
from truce.consolidate.text import grams, grams_many, normalise
from truce.consolidate.view import FieldSource, IncidentView, build
from truce.model import Claim, Incident, Report

FIXTURES = Path(__file__).resolve().parents[1] / "eval" / "scenarios"
BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_consolidate.py"
TYPES = ("air_strike", "shelling", "armed_clash", "ceasefire_announced", "violation_accusation")


class _Group:
    def __init__(self, index: int, members: list[MatchFeatures]) -> None:
        self.index, self.members = index, members


def _random_features(rng: random.Random, n: int) -> MatchFeatures:
    """A report's features with every field drawn so that each scoring branch occurs."""
    config = load_config()
    lo = 736_000 + rng.randrange(6)
    precision = rng.choice((1, 1, 2, 3, 4, 6))
    point = precision <= 2 and rng.random() < 0.9
    gov = rng.choice(("SY02", "SY07", None))
    actors = frozenset(rng.sample(("russia", "isis", "opposition", "us"), rng.randrange(3)))
    return MatchFeatures(
        id=f"rep_{n}",
        document=f"doc_{rng.randrange(40)}",
        type=rng.choice(TYPES),
        lo=lo,
        hi=lo + rng.choice((0, 0, 1, 6, 40)),
        slack=rng.choice((0, 1)),
        admin1=gov,
        admin2=f"{gov}0{rng.randrange(2)}" if gov and precision <= 3 else None,
        place_id=rng.choice(("C1007", "p1", "p2", None)) if precision <= 3 else None,
        lat=36.2 + rng.gauss(0, 0.05) if point else None,
        lon=37.1 + rng.gauss(0, 0.05) if point else None,
        precision=precision,
        name=rng.choice(("", "tarda", "jabaltarda", "urumkubra", "orumkubra", "dir")),
        broad=rng.random() < 0.2,
        actors=actors,
        targets=frozenset(rng.sample(("civilians", "isis", "opposition"), rng.randrange(3))),
        sides=frozenset({"russia"} if "russia" in actors else set()) | {rng.choice(("a", "b"))},
        fatalities=rng.choice((None, (3, 3), (10, 12), (40, 90))),
        grams=None,
    ).limit(config)


def test_inline_pair_scores_are_assess_totals() -> None:
    config, rng = load_config(), random.Random(5)
    w = weights(config)
    items = [_random_features(rng, n) for n in range(300)]
    passed = failed = 0
    for a in items[:100]:
        for k, b in enumerate(items[100:]):
            rows = cheap_scores(a, [_Group(k, [b])], config, w)
            found = assess(a, b, config)
            if not b.matchable or found is None:  # never matched, or ruled out
                assert rows == []
                failed += found is None
            else:
                assert rows == [(found.total(w), k, b)]  # the very same float
                passed += 1
    assert passed > 1000 and failed > 1000


def test_a_group_is_ruled_out_by_any_of_its_reports() -> None:
    config, rng = load_config(), random.Random(9)
    w = weights(config)
    items = [_random_features(rng, n) for n in range(400)]
    a = next(i for i in items if i.matchable and i.type == "air_strike")
    good = [b for b in items if b is not a and b.matchable and assess(a, b, config)]
    bad = next(b for b in items if b.matchable and assess(a, b, config) is None)
    rows = cheap_scores(
        a, [_Group(0, good[:2]), _Group(1, [good[2], bad]), _Group(2, good[3:4])], config, w
    )
    assert [(index, b.id) for _, index, b in rows] == [
        (0, good[0].id),
        (0, good[1].id),
        (2, good[3].id),
    ]


def test_batched_ngrams_are_the_per_text_ngrams() -> None:
    rng = random.Random(3)
    words = ["Deir", "ez-Zor", "air", "strike", "killed", "62", "soldiers", "Jabal", "al-Tharda"]
    texts = [normalise(" ".join(rng.choices(words, k=rng.randrange(12)))) for _ in range(300)]
    texts += [b"", b" ", b"ab", b"abc", b"abcd", b" a b "]
    batched = grams_many(texts)
    assert len(batched) == len(texts)
    for text, found in zip(texts, batched, strict=True):
        expected = grams(text)
        assert found.dtype == expected.dtype and np.array_equal(found, expected)
        assert np.array_equal(expected, np.unique(expected))  # sorted, no repeats


def _reports() -> tuple[list[Report], dict[str, DocumentInfo]]:
    reports: list[Report] = []
    documents: dict[str, DocumentInfo] = {}
    for path in sorted(FIXTURES.glob("*.yaml")):
        found = load_scenario(path)
        reports += found.reports
        documents |= found.documents
    return reports, documents


def test_views_are_built_when_read_and_are_valid_models() -> None:
    found = load_scenario(FIXTURES / "deir-ez-zor.yaml")
    result = consolidate(found.reports, documents=found.documents)
    assert list(result.views) == [i.id for i in result.incidents]
    assert len(result.views) == len(result.incidents)
    some = result.incidents[0].id
    assert result.views[some] is not result.views[some]  # built on each read ...
    assert result.views[some] == result.views[some]  # ... the same each time
    with pytest.raises(KeyError):
        result.views["inc_unknown"]
    assert some in result.views and "inc_unknown" not in result.views
    for view in result.views.values():
        assert IncidentView.model_validate(view.model_dump()) == view
        for entry in view.ledger:
            assert type(entry).model_validate(entry.model_dump()) == entry
    for incident in result.incidents:
        assert Incident.model_validate(incident.model_dump()) == incident
    for claim in result.claims:
        assert Claim.model_validate(claim.model_dump()) == claim
    assert result.claims  # the fixture has claims, so the ledger path ran


def test_build_is_what_validation_would_give() -> None:
    built = build(FieldSource, value={"start": "2016-09-17"}, reports=["rep_a"], rule="r")
    validated = FieldSource(value={"start": "2016-09-17"}, reports=["rep_a"], rule="r")
    assert built == validated and repr(built) == repr(validated)
    assert built.model_fields_set == validated.model_fields_set

    class Aliased(BaseModel):
        model_config = ConfigDict(frozen=True, populate_by_name=True)
        kind: str = Field(alias="type")

    assert build(Aliased, type="x").kind == "x"  # aliases go through model_construct


def test_report_facts_keep_the_place_and_values_shared() -> None:
    reports, _ = _reports()
    shared = Shared()
    facts = [facts_of(r, shared) for r in reports]
    for report, fact in zip(reports, facts, strict=True):
        assert place_of(fact.place) == report.place
        assert place_json(fact.place) == report.place.model_dump(mode="json")
        assert fact.date == report.date and fact.actors == tuple(report.actors)
    same_day = [f for f in facts if f.date == facts[0].date]
    assert len(same_day) > 1 and all(f.date is facts[0].date for f in same_day)


def test_a_stream_of_reports_gives_what_a_list_gives() -> None:
    reports, documents = _reports()

    def stream() -> Iterator[Report]:
        yield from reports

    from_list = consolidate(reports, documents=documents)
    from_stream = consolidate(stream(), documents=documents)
    assert from_list.incidents == from_stream.incidents
    assert from_list.claims == from_stream.claims
    assert dict(from_list.views) == dict(from_stream.views)


def test_the_garbage_collector_is_left_as_it_was() -> None:
    reports, _ = _reports()
    assert gc.isenabled()
    consolidate(reports[:5])
    assert gc.isenabled()

    def broken() -> Iterator[Report]:
        yield reports[0]
        raise RuntimeError("store went away")

    with pytest.raises(RuntimeError):
        consolidate(broken())
    assert gc.isenabled()
    gc.disable()
    try:
        consolidate(reports[:5])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_benchmark_runs_and_finds_the_generated_incidents() -> None:
    spec = importlib.util.spec_from_file_location("bench_consolidate", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # its dataclasses look their module up
    try:
        spec.loader.exec_module(bench)
    finally:
        del sys.modules[spec.name]
    row = bench.run_one(1500, bench.PER_DAY)
    assert row["reports"] == 1500 and 0 < row["incidents"] < 1500
    assert row["precision"] > 0.6 and row["recall"] > 0.7
    assert row["total_s"] > 0 and row["peak_rss_mib"] > 0
