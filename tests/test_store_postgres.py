"""The store on PostgreSQL: same behaviour, and same IDs for the same input, as on SQLite.

The server comes from ``scripts/ensure-postgres`` (a private throwaway cluster on
127.0.0.1:55432) or from ``$TRUCE_TEST_PG_URL``. Without PostgreSQL or psycopg the module
skips, except under CI=true, where it fails. Each test works in a schema of its own,
dropped afterwards, so re-runs (even after a crash) start clean.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, make_url

from tests.test_store import make_document, make_report
from truce.agreements import load_packaged, packaged_agreements
from truce.assess import assess
from truce.consolidate import consolidate
from truce.demo import demo_folder
from truce.model import DatePrecision, EventDate, Source, SourceKind
from truce.pipeline import run
from truce.store import Store
from truce.store.tables import Base

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "ensure-postgres"
TABLES = {table.name for table in Base.metadata.sorted_tables}


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: PostgreSQL tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def pg_url() -> str:
    """URL of a running PostgreSQL database that the tests may create schemas in."""
    if importlib.util.find_spec("psycopg") is None:
        _unavailable("psycopg is not installed: pip install -e '.[postgres]'")
    if url := os.environ.get("TRUCE_TEST_PG_URL"):
        return url
    try:
        proc = subprocess.run(
            [str(SCRIPT)], capture_output=True, text=True, timeout=300, check=False
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{SCRIPT} did not finish within 300 s")
    if proc.returncode == 3:
        _unavailable(f"no PostgreSQL server: {proc.stderr.strip()}")
    if proc.returncode != 0 or not proc.stdout.strip():
        pytest.fail(f"{SCRIPT} failed ({proc.returncode}): {proc.stderr.strip()}")
    return proc.stdout.strip().splitlines()[-1]


@pytest.fixture
def pg_schema_url(pg_url: str) -> Iterator[str]:
    """``pg_url`` with a fresh schema first on its search path; dropped after the test."""
    schema = f"truce_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = make_url(pg_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture
def pg_store(pg_schema_url: str) -> Iterator[Store]:
    with Store(pg_schema_url) as store:
        yield store


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "t.db") as store:
        yield store


def test_migrations_run_in_own_schema_and_match_models(pg_schema_url: str) -> None:
    with Store(pg_schema_url) as store:
        assert store.engine.dialect.name == "postgresql"
        schema = inspect(store.engine).default_schema_name
        assert make_url(pg_schema_url).query["options"] == f"-csearch_path={schema}"
        assert TABLES | {"alembic_version"} <= set(inspect(store.engine).get_table_names())
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    with Store(pg_schema_url, create=False) as reopened:  # migrated already: opens as is
        assert reopened.documents() == []


def test_document_round_trip_and_idempotent_add(pg_store: Store) -> None:
    doc = make_document("Coalition aircraft struck positions near the airport.")
    twin = make_document("Same text, twice in one batch.")
    source = Source(id="src_x", name="Sample Wire", kind=SourceKind.NEWS)
    assert pg_store.add_documents([doc, twin, twin], [source]) == [True, True, False]
    assert pg_store.add_documents([doc], [source]) == [False]
    assert pg_store.documents() == sorted([doc, twin], key=lambda d: d.id)
    assert pg_store.document(doc.id) == doc
    assert pg_store.sources() == {"src_x": source}


def test_reports_replace(pg_store: Store) -> None:
    doc = make_document("Coalition aircraft struck positions near the airport.")
    pg_store.add_documents([doc])
    report = make_report(doc)
    pg_store.replace_reports(doc.id, [report], "test.v1")
    pg_store.replace_reports(doc.id, [report], "test.v1")
    assert pg_store.reports() == [report]
    pg_store.replace_reports(doc.id, [], "test.v1")
    assert pg_store.reports() == []


def test_incidents_and_claims_round_trip(pg_store: Store) -> None:
    doc = make_document("Coalition aircraft struck positions near the airport.")
    result = consolidate([make_report(doc)])
    assert result.incidents and result.claims
    pg_store.replace_incidents(result.incidents, result.claims)
    pg_store.replace_incidents(result.incidents, result.claims)
    assert pg_store.incidents() == result.incidents
    assert pg_store.claims() == result.claims
    incident = result.incidents[0]
    assert pg_store.incident(incident.id) == incident
    assert pg_store.claims(incident.id) == result.claims
    assert pg_store.claims("inc_other") == []


def test_undated_incidents_sort_as_on_sqlite(pg_store: Store, sqlite_store: Store) -> None:
    """``incidents()`` orders by start date; an undated one must land at the same place."""
    dated = make_report(make_document("Dated strike."))
    undated = make_report(make_document("Undated strike.")).model_copy(
        update={"date": EventDate(end=dt.date(2016, 9, 18), precision=DatePrecision.UNKNOWN)}
    )
    result = consolidate([dated, undated])
    assert len(result.incidents) == 2
    for store in (pg_store, sqlite_store):
        store.replace_incidents(result.incidents, result.claims)
    assert [i.id for i in pg_store.incidents()] == [i.id for i in sqlite_store.incidents()]


def test_agreement_add_and_update(pg_store: Store) -> None:
    paths = packaged_agreements()
    agreements = load_packaged()
    assert len(agreements) >= 2
    texts = [path.read_text(encoding="utf-8") for path in paths]
    for agreement, text in zip(agreements, texts, strict=True):
        assert pg_store.add_agreement(agreement, text) is True
        assert pg_store.add_agreement(agreement, text) is False
    assert pg_store.agreements() == sorted(agreements, key=lambda a: a.agreed)
    assert pg_store.add_agreement(agreements[0], texts[0] + "\n# amended\n") is True
    log = [(e.action, e.subject) for e in pg_store.audit_log()]
    assert log == [("agreement.add", a.id) for a in agreements] + [
        ("agreement.update", agreements[0].id)
    ]


def test_findings_round_trip(pg_store: Store) -> None:
    doc = make_document("Coalition aircraft struck positions near the airport.")
    report = make_report(doc)
    result = consolidate([report])
    assessment = assess(
        result.incidents,
        load_packaged(),
        reports=[report],
        claims=result.claims,
        as_of=dt.date(2016, 9, 19),
    )
    assert assessment.findings
    states: dict[str, dict[str, Any]] = {
        key: value.model_dump(mode="json") for key, value in assessment.states.items()
    }
    pg_store.replace_findings(assessment.findings, states)
    pg_store.replace_findings(assessment.findings, states)
    expected = sorted(assessment.findings, key=lambda f: (f.incident_id, f.agreement_id))
    assert pg_store.findings() == expected
    assert pg_store.agreement_states() == states


def test_audit_log_keeps_order(pg_store: Store) -> None:
    subjects = [f"step-{n}" for n in range(12)]
    for n, subject in enumerate(subjects):
        pg_store.audit("test.step", subject, n=n, nested={"list": [n, "x"]})
    log = pg_store.audit_log()
    assert [e.subject for e in log] == subjects
    assert [e.detail for e in log] == [{"n": n, "nested": {"list": [n, "x"]}} for n in range(12)]
    seqs = [e.seq for e in log if e.seq is not None]
    assert len(seqs) == len(log) and seqs == sorted(set(seqs))
    assert all(e.at.tzinfo is not None for e in log)
    assert [e.at for e in log] == sorted(e.at for e in log)


def _snapshot(store: Store) -> dict[str, Any]:
    return {
        "documents": [d.id for d in store.documents()],
        "reports": store.reports(),
        "incidents": store.incidents(),
        "claims": store.claims(),
        "findings": store.findings(),
        "states": store.agreement_states(),
    }


def test_demo_pipeline_gives_same_ids_as_sqlite(pg_store: Store, sqlite_store: Store) -> None:
    """Same input, same IDs: the whole demo run is identical on both backends."""
    pg_summary = run(pg_store, [demo_folder()])
    sqlite_summary = run(sqlite_store, [demo_folder()])
    assert pg_summary.incidents > 0 and pg_summary.findings > 0
    assert (pg_summary.documents, pg_summary.reports, pg_summary.incidents) == (
        sqlite_summary.documents,
        sqlite_summary.reports,
        sqlite_summary.incidents,
    )
    pg, lite = _snapshot(pg_store), _snapshot(sqlite_store)
    assert [i.id for i in pg["incidents"]] == [i.id for i in lite["incidents"]]
    assert [(f.id, f.status) for f in pg["findings"]] == [
        (f.id, f.status) for f in lite["findings"]
    ]
    assert pg == lite
    run(pg_store, [demo_folder()])  # a re-run on PostgreSQL changes nothing
    assert _snapshot(pg_store) == pg
