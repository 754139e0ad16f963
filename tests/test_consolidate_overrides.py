"""Manual split and merge: recorded in the audit log, replayed on every later run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from truce.cli import app
from truce.consolidate import consolidate
from truce.consolidate.evaluate import load_scenario
from truce.consolidate.overrides import (
    Override,
    merge_decision,
    replay,
    rewrite_previous,
    split_decision,
)
from truce.errors import NotFoundError, TruceError
from truce.ids import stable_id
from truce.model import Document, Incident
from truce.pipeline import consolidate_stored
from truce.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "eval" / "scenarios"
runner = CliRunner()


def rid(key: str) -> str:
    return stable_id("rep", "deir-ez-zor", key)


def by_report(incidents: list[Incident]) -> dict[str, str]:
    return {r: i.id for i in incidents for r in i.report_ids}


def test_split_survives_a_rerun_and_keeps_the_incident_id() -> None:
    found = load_scenario(FIXTURES / "deir-ez-zor.yaml")
    first = consolidate(found.reports, documents=found.documents)
    strike = next(i for i in first.incidents if rid("a1") in i.report_ids)
    decision = split_decision(strike, [rid("a5"), rid("a6")])
    stored = Override(1, decision.action, decision.incident_id, decision.reports, decision.rest)
    previous = by_report(first.incidents)
    for _ in range(2):  # the run right after the decision, and any later run
        result = consolidate(
            found.reports, documents=found.documents, previous=previous, overrides=[stored]
        )
        ids = by_report(result.incidents)
        assert ids[rid("a1")] == ids[rid("a2")] == strike.id
        assert ids[rid("a5")] == ids[rid("a6")] != strike.id
        assert result.views[ids[rid("a5")]].overrides == [1]
        previous = ids


def test_merge_joins_and_keeps_the_first_id() -> None:
    found = load_scenario(FIXTURES / "deir-ez-zor.yaml")
    first = consolidate(found.reports, documents=found.documents)
    ids = by_report(first.incidents)
    keep, other = ids[rid("a1")], ids[rid("b1")]
    incidents = {i.id: i for i in first.incidents}
    decision = merge_decision([incidents[keep], incidents[other]])
    stored = Override(3, "merge", decision.incident_id, decision.reports, merged=decision.merged)
    result = consolidate(found.reports, documents=found.documents, previous=ids, overrides=[stored])
    after = by_report(result.incidents)
    assert after[rid("b1")] == after[rid("b2")] == after[rid("a1")] == keep
    notes = {m.report_id: m.how for m in result.views[keep].matches}
    assert "by hand" in notes.values()


def test_later_decisions_win() -> None:
    split = Override(1, "split", "inc_x", ("r1",), rest=("r2", "r3"))
    merge = Override(2, "merge", "inc_x", ("r1", "r2", "r3"), merged=("inc_y",))
    assert replay([split]).apart
    pins = replay([split, merge])
    assert not pins.apart and len(set(pins.label.values())) == 1
    previous = {"r1": "inc_x", "r2": "inc_x", "r3": "inc_x", "r4": "inc_y"}
    assert rewrite_previous(previous, [split, merge]) == {
        "r2": "inc_x",
        "r3": "inc_x",
        "r4": "inc_x",
    }


def test_decisions_are_checked() -> None:
    incident = Incident(id="inc_x", type="air_strike", date={}, place={}, report_ids=["r1", "r2"])
    with pytest.raises(NotFoundError, match="no report r9"):
        split_decision(incident, ["r9"])
    with pytest.raises(TruceError, match="each side"):
        split_decision(incident, ["r1", "r2"])
    with pytest.raises(TruceError, match="two different"):
        merge_decision([incident, incident])


def invoke(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def test_cli_split_is_audited_and_respected_by_truce_run(tmp_path: Path) -> None:
    found = load_scenario(FIXTURES / "deir-ez-zor.yaml")
    db = tmp_path / "t.db"
    store = Store(db)
    for doc_id in dict.fromkeys(r.document_id for r in found.reports):
        store.add_documents(
            [Document(id=doc_id, raw_text=doc_id, body=doc_id, content_hash=doc_id)]
        )
        store.replace_reports(
            doc_id, [r for r in found.reports if r.document_id == doc_id], "fixture"
        )
    consolidate_stored(store)
    strike = by_report(store.incidents())[rid("a1")]
    code, out, err = invoke(db, "incidents", "split", strike, "--report", rid("a5"))
    assert code == 0, err
    moved = by_report(store.incidents())[rid("a5")]
    assert moved != strike and f"-> {moved}" in out
    assert [e.action for e in store.audit_log()].count("incident.split") == 1
    consolidate_stored(store)  # what `truce run` does after re-extraction
    assert by_report(store.incidents())[rid("a5")] == moved
    assert by_report(store.incidents())[rid("a1")] == strike
    code, out, _ = invoke(db, "incidents", "show", strike, "--format", "json")
    shown = json.loads(out)
    assert rid("a5") not in [r["id"] for r in shown["reports"]]
    assert shown["provenance"]["date"]["reports"] and shown["matches"][0]["how"] == "founded"
    code, _, err = invoke(db, "incidents", "merge", strike, moved)
    assert code == 0, err
    assert by_report(store.incidents())[rid("a5")] == strike
    code, _, err = invoke(db, "incidents", "split", strike, "--report", "rep_nope")
    assert code == 1 and "no report rep_nope" in err
