"""The accuracy gate: extraction must stay at or above the floors in eval/floors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.shared import shared_path
from truce.errors import ConfigError
from truce.evaluate import below_floors, evaluate_fakes, evaluate_seed
from truce.evaluate_articles import evaluate_articles

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


def test_project_articles_meet_floors() -> None:
    """The project's own annotated articles: no ../shared needed, so every clone runs it."""
    results = {"articles": evaluate_articles(ROOT / "eval" / "articles")}
    assert below_floors(results, {"articles": FLOORS["articles"]}) == []


def test_article_scores_fall_when_the_extraction_is_wrong(tmp_path: Path) -> None:
    """The harness can fail: an annotation the extractor can't meet lowers its field."""
    article = {
        "id": "t1",
        "published": "2016-09-20",
        "text": "Shelling killed three civilians in Saraqeb on Sunday, activists said.",
        "events": [
            {
                "evidence": "Shelling killed three civilians",
                "type": "shelling",
                "date": {"start": "2016-09-18", "end": "2016-09-18", "precision": "day"},
                "fatalities": {"low": 4, "best": 4, "high": 4},  # the text says three
                "claims": [{"claimant": "activists", "stance": "reports"}],
            },
            {"evidence": "activists said", "type": "air_strike"},  # no such event
        ],
        "must_not_extract": ["in Saraqeb on Sunday"],  # the event rests on it: a leak
    }
    (tmp_path / "t1.yaml").write_text(yaml.safe_dump(article))
    scores = evaluate_articles(tmp_path)
    assert scores["date_accuracy"] == scores["claims_recall"] == 1.0
    assert scores["fatalities_accuracy"] == 0.0
    assert scores["event_recall"] == 0.5 and scores["must_not_extract_clean"] == 0.0


def test_a_misspelt_annotation_names_its_file(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("id: x\ntext: Jets struck.\nevents:\n  - evidnce: x\n")
    with pytest.raises(ConfigError, match=r"bad\.yaml"):
        evaluate_articles(tmp_path)


def test_a_claim_by_the_source_named_as_its_actor_is_the_authors(tmp_path: Path) -> None:
    """A UN agency's own update: its claims, which the extractor names by the catalogued UN,
    are the author's."""
    article = {
        "id": "t2",
        "title": "Flash Update No. 3: north-west Syria",
        "published": "2019-05-13",
        "source": "UN OCHA",
        "text": "On 11 May, air strikes hit the vegetable market in Ariha, killing eight people.",
        "events": [
            {
                "evidence": "air strikes hit the vegetable market in Ariha",
                "type": "air_strike",
                "claims": [{"claimant": "author", "stance": "reports"}],
            }
        ],
    }
    (tmp_path / "t2.yaml").write_text(yaml.safe_dump(article))
    scores = evaluate_articles(tmp_path)
    assert scores["claims_recall"] == scores["claims_precision"] == 1.0
