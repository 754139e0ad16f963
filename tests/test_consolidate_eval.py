"""The consolidation gate: pairwise "same incident" scores stay at or above their floors.

Floors are in eval/floors.json under "consolidation" (raised, never lowered). The
scenarios are ours and always run; the FA-KES pairs need ../shared.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from tests.shared import shared_path
from truce.consolidate.evaluate import (
    Extracted,
    evaluate_fakes_pairs,
    evaluate_scenarios,
    extract_units,
    pairwise,
    pool,
    read_pairs,
)

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text())["consolidation"]
PAIRS = ROOT / "eval" / "pairs" / "fakes-2016.csv"
SCENARIOS = sorted((ROOT / "tests" / "fixtures" / "consolidate").glob("*.yaml"))


def at_least(metrics: dict[str, float], prefix: str) -> list[str]:
    return [
        f"{key}: {metrics[key.removeprefix(prefix)]:.3f} < {floor}"
        for key, floor in FLOORS.items()
        if key.startswith(prefix) and metrics[key.removeprefix(prefix)] + 1e-9 < floor
    ]


def test_pairwise_counts_pairs() -> None:
    gold = {"a": "X", "b": "X", "c": "X", "d": "Y"}
    predicted: dict[str, str | None] = {"a": "1", "b": "1", "c": "2", "d": "2"}
    # gold pairs ab ac bc; predicted ab cd -> tp 1 (ab), fp 1 (cd), fn 2 (ac bc)
    scores = pairwise(predicted, gold)
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 1, 2)
    assert (scores["precision"], scores["recall"], scores["f1"]) == (0.5, 1 / 3, 0.4)
    assert pool(scores, scores)["f1"] == 0.4
    assert pairwise(predicted, gold, ignore=[frozenset(("c", "d"))])["precision"] == 1.0
    assert pairwise({"a": None, "b": None}, {"a": "X", "b": "X"})["recall"] == 0.0


def test_pairs_file_is_consistent() -> None:
    units, gold, unclear = read_pairs(PAIRS)
    assert len(units) == len(set(units)) > 50
    labelled = {u for pair in unclear for u in pair}
    assert labelled <= set(units)
    groups = [u for u in units if list(gold.values()).count(gold[u]) > 1]
    assert len(groups) >= 15  # enough articles with a same-incident partner


def test_scenarios_meet_floors() -> None:
    assert at_least(evaluate_scenarios(SCENARIOS), "scenarios_") == []


@cache
def _fakes() -> tuple[Extracted, dict[str, str], frozenset[frozenset[str]]]:
    units, gold, unclear = read_pairs(PAIRS)
    extracted = extract_units(shared_path("data", "fakes", "dev.csv"), units)
    return extracted, gold, frozenset(unclear)


def test_fakes_pairs_meet_floors() -> None:
    extracted, gold, unclear = _fakes()
    assert at_least(evaluate_fakes_pairs(extracted, gold, unclear), "fakes_") == []


def test_all_pairs_together_meet_floors() -> None:
    extracted, gold, unclear = _fakes()
    fakes = evaluate_fakes_pairs(extracted, gold, unclear)
    assert at_least(pool(fakes, evaluate_scenarios(SCENARIOS)), "all_") == []
