"""The consolidation gate: pairwise "same incident" scores stay at or above their floors.

Floors are in eval/floors.json under "consolidation" (raised, never lowered). The
scenarios are ours and always run; the FA-KES pairs need ../shared.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.shared import shared_path
from truce.consolidate.evaluate import evaluate_consolidation, pairwise, pool, read_pairs
from truce.evaluate import below_floors

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text())["consolidation"]
PAIRS = ROOT / "eval" / "pairs" / "fakes-2016.csv"
SCENARIOS = sorted((ROOT / "eval" / "scenarios").glob("*.yaml"))


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


def _floors(prefix: str) -> dict[str, dict[str, float]]:
    return {"consolidation": {k: v for k, v in FLOORS.items() if k.startswith(prefix)}}


def test_scenarios_meet_floors() -> None:
    results = {"consolidation": evaluate_consolidation(SCENARIOS)}
    assert below_floors(results, _floors("scenarios_")) == []


def test_fakes_pairs_and_all_pairs_meet_floors() -> None:
    dev = shared_path("data", "fakes", "dev.csv")
    results = {"consolidation": evaluate_consolidation(SCENARIOS, PAIRS, dev)}
    assert below_floors(results, {"consolidation": FLOORS}) == []
    assert set(FLOORS) <= set(results["consolidation"])  # every floor is measured
