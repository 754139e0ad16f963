"""Store: round trips, idempotence, audit log, ID stability, migrations match the models."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from truce.errors import NotFoundError, StoreError
from truce.ids import content_hash, stable_id
from truce.model import (
    Casualties,
    ClaimMention,
    DatePrecision,
    Document,
    EventDate,
    EventType,
    Place,
    PlaceRelation,
    Report,
    Source,
    SourceKind,
    Span,
    Stance,
)
from truce.store import Store, resolve_url
from truce.store.tables import Base


def make_document(body: str, *, title: str = "A title") -> Document:
    digest = content_hash(body)
    return Document(
        id=stable_id("doc", digest),
        source_id="src_x",
        title=title,
        published=dt.date(2016, 9, 18),
        raw_text=body,
        body=body,
        content_hash=digest,
    )


def make_report(doc: Document) -> Report:
    span = Span(start=0, end=10, text=doc.body[:10], document_id=doc.id)
    return Report(
        id=stable_id("rep", doc.id, 0, 10, "air_strike"),
        document_id=doc.id,
        type=EventType.AIR_STRIKE,
        date=EventDate(
            start=dt.date(2016, 9, 17), end=dt.date(2016, 9, 17), precision=DatePrecision.DAY
        ),
        place=Place(name="Deir ez-Zor", relation=PlaceRelation.NEAR, admin1_pcode="SY09"),
        actors=["us-led-coalition"],
        targets=["syrian-government"],
        fatalities=Casualties(low=62, best=62, high=62),
        claims=[ClaimMention(claimant="Russia", stance=Stance.ACCUSES, text="x", span=span)],
        evidence=[span],
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "t.db")


def test_document_round_trip_and_idempotent_add(store: Store) -> None:
    doc = make_document("Coalition aircraft struck positions near the airport.")
    source = Source(id="src_x", name="Sample Wire", kind=SourceKind.NEWS)
    assert store.add_documents([doc], [source]) == [True]
    assert store.add_documents([doc], [source]) == [False]
    assert store.documents() == [doc]
    assert store.document(doc.id) == doc
    assert store.sources() == {"src_x": source}
    actions = [entry.action for entry in store.audit_log()]
    assert actions == ["ingest"]


def test_same_body_twice_in_one_batch_is_stored_once(store: Store) -> None:
    doc = make_document("Same text.")
    assert store.add_documents([doc, doc]) == [True, False]
    assert len(store.documents()) == 1


def test_report_round_trip_and_replace(store: Store) -> None:
    doc = make_document("Coalition aircraft struck positions near the airport.")
    store.add_documents([doc])
    report = make_report(doc)
    store.replace_reports(doc.id, [report], "test.v1")
    store.replace_reports(doc.id, [report], "test.v1")
    assert store.reports() == [report]


def test_unknown_ids_raise_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.document("doc_missing")
    with pytest.raises(NotFoundError):
        store.incident("inc_missing")


def test_open_without_create_needs_init(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no Truce Monitor database") as exc:
        Store(tmp_path / "absent.db", create=False)
    assert exc.value.hint is not None and "truce init" in exc.value.hint
    assert not (tmp_path / "absent.db").exists()


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "no" / "such" / "dir" / "t.db")


def test_sqlite_runs_in_wal_mode(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_migrations_match_models(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_reopening_migrated_store_keeps_data(tmp_path: Path) -> None:
    doc = make_document("Kept across reopen.")
    Store(tmp_path / "t.db").add_documents([doc])
    assert Store(tmp_path / "t.db").documents() == [doc]


def test_db_url_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TRUCE_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_url() == f"sqlite:///{tmp_path / 'truce.db'}"
    monkeypatch.setenv("TRUCE_DB", str(tmp_path / "env.db"))
    assert resolve_url() == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_ids_are_stable_and_distinct() -> None:
    assert stable_id("doc", "a", 1) == stable_id("doc", "a", 1)
    assert stable_id("doc", "a", 1) != stable_id("doc", "a1")
    assert stable_id("doc", "ab", "c") != stable_id("doc", "a", "bc")
    assert stable_id("doc", "x").startswith("doc_") and len(stable_id("doc", "x")) == 20
