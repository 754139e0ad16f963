"""JSON Lines extraction: one result per line, in order, a readable error for each bad one."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from truce.cli import app
from truce.jsonl import extract_jsonl

GOOD = {
    "id": "good",
    "title": "Shelling kills three in Saraqeb",
    "text": "Shelling killed three civilians in Saraqeb on Tuesday, activists said.",
    "published": "2016-09-22",
    "source": "Test Desk",
}


def _lines(*items: object) -> list[bytes]:
    return [x if isinstance(x, bytes) else json.dumps(x).encode() for x in items]


def test_every_bad_line_says_what_is_wrong_and_keeps_its_id() -> None:
    lines = _lines(
        GOOD,
        b"   ",  # blank: skipped, but still counted
        [1, 2],
        {"id": "no-text"},
        {"id": "bad-date", "text": "Shelling hit Daraa.", "published": "2016-13-40"},
        b"{not json",
        b'{"id": "latin-1", "text": "caf\xe9"}',
        {"id": 7, "text": "x", "published": 20160922},
        {"id": "bad-title", "text": "x", "title": 5},
    )
    results = list(extract_jsonl(lines))
    assert [r["id"] for r in results] == [
        "good", 3, "no-text", "bad-date", 6, 7, 7, "bad-title"
    ]  # fmt: skip
    errors = [r.get("error") for r in results]
    assert errors == [
        None,
        "line 3: expected a JSON object",
        "line 4: `text` must be a string",
        'line 5: `published` must be a date like 2016-09-19, got "2016-13-40"',
        "line 6: not JSON: Expecting property name enclosed in double quotes at column 2",
        "line 7: not UTF-8 text (byte 31 of the line)",
        "line 8: `published` must be a date like 2016-09-19, got 20160922",
        "line 9: `title` must be a string, got 5",
    ]
    (event,) = results[0]["events"]
    assert event["type"] == "shelling" and event["date"]["start"] == "2016-09-20"
    assert event["fatalities"] == {"low": 3, "best": 3, "high": 3}


def test_a_byte_order_mark_on_the_first_line_is_not_an_error() -> None:
    (result,) = extract_jsonl([b"\xef\xbb\xbf" + json.dumps(GOOD).encode()])
    assert result["id"] == "good" and "events" in result


def test_cli_reads_bytes_and_names_a_missing_file(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join(_lines(GOOD, b'{"id": "x", "text": "\xff"}')) + b"\n")
    runner = CliRunner()
    args = ["extract", "--input-format", "jsonl", str(source), "--format", "jsonl"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["good", 2]
    assert rows[1]["error"].startswith("line 2: not UTF-8")
    missing = runner.invoke(app, [*args[:3], str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 1 and "none.jsonl: no such file" in missing.output


# a sentence only the learned fallback reads (see tests/test_extract_fallback.py)
CONVOY = {
    "id": "convoy",
    "text": "Gunmen fired on a Turkish army convoy near the border crossing on Sunday.",
    "published": "2017-10-09",
}


def test_rules_only_reads_with_the_lexicon_alone(tmp_path: Path) -> None:
    assert [len(r["events"]) for r in extract_jsonl(_lines(CONVOY))] == [1]
    assert [len(r["events"]) for r in extract_jsonl(_lines(CONVOY), learned=False)] == [0]
    source = tmp_path / "convoy.txt"
    source.write_text(CONVOY["text"], encoding="utf-8")
    runner = CliRunner()
    args = ["extract", str(source), "--published", "2017-10-09"]
    learned = json.loads(runner.invoke(app, args).stdout)
    alone = json.loads(runner.invoke(app, [*args, "--rules-only"]).stdout)
    assert (len(learned["events"]), len(alone["events"])) == (1, 0)
