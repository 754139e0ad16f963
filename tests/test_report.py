"""The situation report: content, escaping, map, chart, coverage, Markdown, period summary
and the CLI, on the demo reports plus a hostile document written by these tests."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from truce.cli import app
from truce.demo import demo_folder
from truce.ids import stable_id
from truce.model import Claim, Span, Stance
from truce.pipeline import run
from truce.report import build_sitrep, render, write_report
from truce.store import Store

DAY = dt.date(2016, 9, 19)
HOSTILE = """---
title: "Shelling in Aleppo <img src=x onerror=alert(2)>"
published: 2016-09-19
source: "Hostile Desk <script>alert(3)</script> (test)"
source_kind: news
---

On 18 September, Syrian government forces shelled civilians in Aleppo city \
<script>alert(1)</script>, activists said. <img src=x onerror=alert(1)> Rebels denied \
that any truce was in force.
"""
INJECTED = ("<script", "<img")
CLAIM_TEXT = "Witnesses said <script>alert(4)</script> and <img src=x onerror=alert(5)> loudly."


def build_store(folder: Path) -> Path:
    """A store with the demo and one hostile document; returns the database path."""
    docs = folder / "docs"
    docs.mkdir()
    (docs / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    db = folder / "report.db"
    with Store(db) as store:
        run(store, [demo_folder(), docs])
        # Ingest strips tags from bodies; a claim stored as-is tests the report's own escaping.
        target = next(i for i in store.incidents() if i.type.value == "air_strike")
        claim = Claim(
            id=stable_id("clm", "hostile"),
            incident_id=target.id,
            document_id=target.document_ids[0],
            report_id=target.report_ids[0],
            claimant="Hostile <b>claimant</b>",
            stance=Stance.REPORTS,
            text=CLAIM_TEXT,
            span=Span(start=0, end=len(CLAIM_TEXT), text=CLAIM_TEXT),
        )
        store.replace_incidents(store.incidents(), [*store.claims(), claim])
    return db


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def html(db: Path) -> str:
    with Store(db, create=False) as store:
        return render(build_sitrep(store, DAY))


def test_article_text_is_escaped_everywhere(html: str) -> None:
    body = html.split("<body>", 1)[1]
    for raw in INJECTED:
        assert raw not in body
    assert "&lt;img src=x onerror=alert(2)&gt;" in body  # the title, shown as text
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in body  # the source name
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in body  # a claim's sentence
    assert "Hostile &lt;b&gt;claimant&lt;/b&gt;" in body


def test_report_is_self_contained(html: str) -> None:
    assert "default-src 'none'" in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<script" not in html and "<link" not in html


def test_map_has_one_marker_per_placed_incident(db: Path) -> None:
    with Store(db, create=False) as store:
        sitrep = build_sitrep(store, DAY)
    svg = str(sitrep.map_svg)
    markers = re.findall(r'<g class="incident-marker" data-incident="(inc_[0-9a-f]+)"', svg)
    placed = {v.incident.id for v in sitrep.incidents} - {v.incident.id for v in sitrep.unmapped}
    assert set(markers) == placed and len(markers) == len(placed) > 0
    assert svg.count('<path class="admin1"') == 14
    assert '<path class="zone"' in svg  # the Castello Road zone of the September agreement


def test_summary_counts_and_coverage(db: Path) -> None:
    with Store(db, create=False) as store:
        sitrep = build_sitrep(store, DAY)
    assert sitrep.since is not None
    assert sitrep.window.incidents == len(sitrep.incidents)
    assert sitrep.since.incidents == sum(v.new for v in sitrep.incidents)
    assert sitrep.window.possible_violations >= 1
    assert sitrep.window.by_type_area.get(("air strike", "Deir-ez-Zor"), 0) >= 1
    rows = {r.name: r for r in sitrep.coverage.rows}
    assert rows["Deir-ez-Zor"].cells[0] >= 1  # the strike of 17 Sep
    assert "Tartous" in sitrep.coverage.silent_areas
    assert sitrep.coverage.days == [dt.date(2016, 9, 17), dt.date(2016, 9, 18), DAY]


def test_markdown_escapes_markup_and_keeps_the_findings(db: Path) -> None:
    with Store(db, create=False) as store:
        md = render(build_sitrep(store, DAY), fmt="md")
    for raw in INJECTED[:2]:
        assert raw not in md
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in md
    assert "&lt;img src=x onerror=alert(2)&gt;" in md  # the document title
    assert "**possible violation** (contested) under syria-2016-09-us-russia" in md
    assert "| position-data | united-states |" in md


def test_period_summary_has_no_previous_report(db: Path) -> None:
    with Store(db, create=False) as store:
        sitrep = build_sitrep(store, DAY, first=dt.date(2016, 9, 12))
        text = render(sitrep)
    assert sitrep.period and sitrep.since is None
    assert len(sitrep.coverage.days) == 8
    assert "Period summary — 12 Sep 2016 to 19 Sep 2016" in text
    assert "Since the previous report" not in text


runner = CliRunner()


def test_cli_report_date_period_and_markdown(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    result = runner.invoke(
        app, ["--db", str(db), "report", "--date", "2016-09-19", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# Situation report — 19 September 2016")
    week = tmp_path / "week.html"
    args = [
        "--db",
        str(db),
        "report",
        "--from",
        "2016-09-12",
        "--to",
        "2016-09-19",
        "--out",
        str(week),
    ]
    assert runner.invoke(app, args).exit_code == 0
    assert "Period summary" in week.read_text(encoding="utf-8")
    both = runner.invoke(
        app, ["--db", str(db), "report", "--date", "2016-09-19", "--from", "2016-09-12"]
    )
    assert both.exit_code == 2
    backwards = runner.invoke(
        app, ["--db", str(db), "report", "--from", "2016-09-19", "--to", "2016-09-12"]
    )
    assert backwards.exit_code == 1 and "starts" in backwards.stderr


def test_cli_assess_json(db: Path) -> None:
    result = runner.invoke(
        app,
        ["--db", str(db), "assess", "--agreement", "syria-2016-09-us-russia", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    (summary,) = data["agreements"]
    assert summary["commitments"]["position-data"] in {"disputed", "due"}
    assert any(step["state"] == "declared_over" for step in summary["lifecycle"])
    finding = data["findings"][0]
    assert set(finding) >= {
        "incident_id",
        "agreement_id",
        "status",
        "contested",
        "reasons",
        "clauses",
        "evidence",
    }
    assert {f["agreement_id"] for f in data["findings"]} == {"syria-2016-09-us-russia"}
    unknown = runner.invoke(app, ["--db", str(db), "assess", "--agreement", "nope"])
    assert unknown.exit_code == 1 and "no stored agreement 'nope'" in unknown.stderr


def test_write_report_follows_the_suffix(db: Path, tmp_path: Path) -> None:
    with Store(db, create=False) as store:
        html_path = write_report(store, DAY, tmp_path / "a.html")
        md_path = write_report(store, DAY, tmp_path / "a.md")
    assert html_path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert md_path.read_text(encoding="utf-8").startswith("# Situation report")
