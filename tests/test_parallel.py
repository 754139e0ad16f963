"""--jobs: extraction over worker processes gives the same output, in the same order."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from truce.cli import app
from truce.demo import demo_folder
from truce.ingest import read_documents
from truce.parallel import available_jobs, ordered_map
from truce.pipeline import extract_many


def test_extract_many_over_two_processes_equals_one() -> None:
    documents = read_documents([demo_folder()]).documents
    named = [(d, None) for d in documents]
    alone = [e.model_dump_json() for e in extract_many(named, jobs=1)]
    shared = [e.model_dump_json() for e in extract_many(named, jobs=2)]
    assert shared == alone
    assert len(alone) == len(documents) > 5
    assert [json.loads(e)["document_id"] for e in shared] == [d.id for d in documents]


def test_ordered_map_keeps_order_across_batches() -> None:
    items = [f"{n:04d}" for n in range(700)]  # more than one batch of 2 workers
    assert list(ordered_map(str.upper, items, jobs=1)) == items
    assert list(ordered_map(len, items, jobs=2)) == [4] * 700
    assert available_jobs() >= 1


def test_jsonl_extract_with_jobs_keeps_lines_in_order(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "Shelling killed three civilians in Saraqeb on Tuesday.",
         "published": "2016-09-22"},
        "not json",
        {"id": "c", "text": "Air strikes hit the town of Atareb, activists said."},
    ]  # fmt: skip
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines))
    args = ["extract", "--input-format", "jsonl", str(source), "--format", "jsonl"]
    runner = CliRunner()
    one = runner.invoke(app, args)
    two = runner.invoke(app, [*args, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    ids = [json.loads(line)["id"] for line in two.stdout.splitlines()]
    assert ids == ["a", 2, "c"]
    assert "error" in json.loads(two.stdout.splitlines()[1])
