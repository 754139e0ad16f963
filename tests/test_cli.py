"""The CLI end to end, through typer's runner, on files written by these tests and the demo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from truce.cli import app
from truce.demo import demo_folder

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
GOOD_AGREEMENT = ROOT / "tests" / "fixtures" / "agreements" / "good-minimal.yaml"
BAD_AGREEMENT = ROOT / "tests" / "fixtures" / "agreements" / "bad-type.yaml"


def invoke(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    code, _, err = invoke(db, "run", str(demo_folder()))
    assert code == 0, err
    return db


def test_help_lists_every_command_with_examples() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in (
        "init",
        "ingest",
        "extract",
        "run",
        "agreement",
        "incidents",
        "findings",
        "report",
        "eval",
        "demo",
    ):
        assert command in result.stdout
    assert "Examples:" in result.stdout
    sub = runner.invoke(app, ["agreement", "--help"])
    assert all(c in sub.stdout for c in ("add", "list", "check", "schema"))


def test_init_stores_packaged_agreements_once(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    code, out, _ = invoke(db, "init")
    assert code == 0 and "agreement added: syria-2016-09-us-russia" in out
    code, out, _ = invoke(db, "init")
    assert code == 0 and "agreement added" not in out
    code, out, _ = invoke(db, "agreement", "list", "--format", "json")
    ids = [a["id"] for a in json.loads(out)["agreements"]]
    assert sorted(ids) == ["syria-2016-02-cessation", "syria-2016-09-us-russia"]


def test_agreement_check_and_add_reject_bad_files_with_line(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    code, out, _ = invoke(db, "agreement", "check", str(GOOD_AGREEMENT))
    assert code == 0 and out.startswith("ok")
    code, _, err = invoke(db, "agreement", "check", str(BAD_AGREEMENT))
    assert code == 1 and f"{BAD_AGREEMENT}:" in err
    code, _, err = invoke(db, "agreement", "add", str(GOOD_AGREEMENT), str(BAD_AGREEMENT))
    assert code == 1 and "[T300]" in err
    code, out, _ = invoke(db, "agreement", "list", "--format", "json")
    assert json.loads(out)["agreements"] == []  # nothing stored when one file is bad


def test_agreement_schema_is_json_schema() -> None:
    result = runner.invoke(app, ["agreement", "schema"])
    schema = json.loads(result.stdout)
    assert schema["type"] == "object" and "parties" in schema["properties"]


def test_ingest_stores_good_files_and_explains_bad_ones(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.md").write_text("# Shelling reported\n\nShelling hit a market in Idlib.\n")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (folder / "latin1.txt").write_bytes("Caf\xe9 bombed in Homs".encode("latin-1"))
    with (folder / "huge.txt").open("wb") as handle:
        handle.write(b"header\n")
        handle.truncate(50 * 1024 * 1024)
    db = tmp_path / "t.db"
    code, out, err = invoke(db, "ingest", str(folder))
    assert code == 1
    assert "1 stored, 0 already stored, 4 rejected" in out
    for name, why in (
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
        ("latin1.txt", "UTF-8"),
        ("huge.txt", "MB"),
    ):
        line = next(line for line in err.splitlines() if name in line)
        assert why in line, line
    code, out, _ = invoke(db, "ingest", str(folder / "good.md"), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["stored"] == [] and len(data["duplicates"]) == 1


def test_extract_prints_json_and_stores_nothing(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(
        "# Strike\n\nUS-led coalition aircraft struck Syrian army positions near Deir ez-Zor "
        "on Saturday, the Russian Defence Ministry said.\n"
    )
    db = tmp_path / "t.db"
    code, out, err = invoke(db, "extract", str(article), "--published", "2016-09-18")
    assert code == 0, err
    result = json.loads(out)
    (event,) = [e for e in result["events"] if e["type"] == "air_strike"]
    assert event["date"] == {"start": "2016-09-17", "end": "2016-09-17", "precision": "day"}
    assert event["place"]["admin1_pcode"] == "SY09"
    assert not db.exists()


def test_extract_jsonl_keeps_every_line_in_order(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Shelling hit Idlib on Monday.", "published": "2016-09-14"}),
        "{not json",
        json.dumps({"id": "c", "text": "Nothing happened.", "published": "bad-date"}),
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["extract", "--input-format", "jsonl", str(path), "-f", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("id") for r in rows] == ["a", 2, "c"]
    assert "events" in rows[0] and "error" in rows[1] and "error" in rows[2]


def test_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = invoke(tmp_path / "t.db", "report", "--date", "19/09/2016")
    assert code == 2 and "2016-09-19" in err


def test_commands_on_a_missing_store_say_run_init(tmp_path: Path) -> None:
    code, _, err = invoke(tmp_path / "none.db", "incidents", "list")
    assert code == 1 and "truce init" in err


def test_demo_run_is_idempotent(demo_db: Path) -> None:
    before = invoke(demo_db, "incidents", "list", "--format", "json")[1]
    code, out, _ = invoke(demo_db, "run", str(demo_folder()))
    assert code == 0 and "0 stored" in out
    assert invoke(demo_db, "incidents", "list", "--format", "json")[1] == before


def test_demo_deir_ez_zor_strike_is_found_attributed_and_assessed(demo_db: Path) -> None:
    incidents = json.loads(invoke(demo_db, "incidents", "list", "--format", "json")[1])
    strikes = [
        i
        for i in incidents["incidents"]
        if i["type"] == "air_strike"
        and i["date"]["start"] == "2016-09-17"
        and i["place"]["admin1_pcode"] == "SY09"
        and "us-led-coalition" in i["actors"]
    ]
    assert len(strikes) == 1
    strike = strikes[0]
    assert "us-led-coalition" in strike["actors"] and "syrian-government" in strike["targets"]
    stances = {(c["claimant_actor_id"], c["stance"]) for c in strike["claims"]}
    assert ("russia", "accuses") in stances
    assert any(s == "accidental" for _, s in stances)
    findings = json.loads(invoke(demo_db, "findings", "list", "--format", "json")[1])
    (finding,) = [
        f
        for f in findings["findings"]
        if f["incident_id"] == strike["id"] and f["agreement_id"] == "syria-2016-09-us-russia"
    ]
    assert finding["status"] == "possible_violation" and finding["contested"]
    assert finding["evidence"]


def test_demo_report_shows_strike_claims_and_declared_end(demo_db: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "r.html"
    code, _, err = invoke(demo_db, "report", "--date", "2016-09-19", "--out", str(out_file))
    assert code == 0, err
    html = out_file.read_text()
    assert "Deir ez-Zor" in html and "possible violation" in html
    assert "declared over by Syrian" in html
    assert "accuses" in html and "accidental" in html
    assert "<script" not in html
    code, _, _ = invoke(demo_db, "report", "--date", "2016-09-19", "--out", str(tmp_path / "r.md"))
    assert code == 0 and (tmp_path / "r.md").read_text().startswith("# Situation report")


def test_fresh_store_gives_the_same_ids_and_output(demo_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "again.db"
    assert invoke(other, "run", str(demo_folder()))[0] == 0
    for command in (["incidents", "list"], ["findings", "list"]):
        first = invoke(demo_db, *command, "--format", "json")[1]
        assert first == invoke(other, *command, "--format", "json")[1]
