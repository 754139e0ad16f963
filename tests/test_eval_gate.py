"""The accuracy gate: extraction must stay at or above the floors in eval/floors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.shared import shared_path
from truce.evaluate import below_floors, evaluate_fakes, evaluate_seed

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text())


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


def test_eval_command_gates_consolidation_too(tmp_path: Path) -> None:
    """`make eval` runs `truce eval --floors eval/floors.json`: every floor there,
    consolidation's included, must be measured, else the gate fails."""
    from typer.testing import CliRunner

    from truce.cli import app

    shared = shared_path()
    scenarios = ROOT / "eval" / "scenarios"
    runner = CliRunner()
    args = ["eval", "--shared", str(shared), "--limit", "2", "--scenarios", str(scenarios)]
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    measured = json.loads(result.stdout)["consolidation"]
    assert set(FLOORS["consolidation"]) - set(measured) == set()
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"consolidation": {"scenarios_f1": 0.5, "missing": 0.1}}))
    result = runner.invoke(app, [*args, "--floors", str(floors)])
    assert result.exit_code == 1 and "consolidation.missing: None < 0.1" in result.stderr
    result = runner.invoke(app, [*args[:-1], str(tmp_path / "nowhere")])
    assert result.exit_code != 0 and "nowhere: not found" in result.stderr
