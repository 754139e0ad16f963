"""The accuracy gate: extraction must stay at or above the floors in eval/floors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.shared import shared_path
from truce.evaluate import below_floors, evaluate_fakes, evaluate_seed

FLOORS = json.loads((Path(__file__).resolve().parents[1] / "eval" / "floors.json").read_text())


def test_floors_are_fractions_and_cover_both_corpora() -> None:
    assert {"seed", "fakes"} <= set(FLOORS)
    assert all(0.0 <= v <= 1.0 for metrics in FLOORS.values() for v in metrics.values())


def test_seed_article_meets_floors() -> None:
    results = {
        "seed": evaluate_seed(shared_path("seed", "article.md"), shared_path("seed", "golden.json"))
    }
    assert below_floors(results, {"seed": FLOORS["seed"]}) == []


@pytest.mark.slow
def test_fakes_dev_meets_floors() -> None:
    results = {"fakes": evaluate_fakes(shared_path("data", "fakes", "dev.csv"))}
    assert below_floors(results, {"fakes": FLOORS["fakes"]}) == []


def test_below_floors_reports_each_shortfall() -> None:
    failures = below_floors(
        {"seed": {"a": 0.5, "b": 0.9}}, {"seed": {"a": 0.6, "b": 0.9, "c": 0.1}}
    )
    assert failures == ["seed.a: 0.5 < 0.6", "seed.c: None < 0.1"]
