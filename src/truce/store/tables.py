"""Database rows: a few indexed columns for the queries we run, plus the full model
as JSON (``payload``), so a model round-trips exactly and new model fields need no
migration until we want to query them.

Types are portable (no SQLite- or PostgreSQL-only types): the same metadata runs on
both, and Alembic migrations in ``migrations/versions`` must match it (tested).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON}


class SourceRow(Base):
    __tablename__ = "sources"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    payload: Mapped[dict[str, Any]]


class DocumentRow(Base):
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source_id: Mapped[str | None] = mapped_column(String(64), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    path: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    payload: Mapped[dict[str, Any]]


class ReportRow(Base):
    __tablename__ = "reports"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    document_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(40), index=True)
    date_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    admin1_pcode: Mapped[str | None] = mapped_column(String(16))
    incident_id: Mapped[str | None] = mapped_column(String(64), index=True)
    extractor: Mapped[str] = mapped_column(String(80))
    payload: Mapped[dict[str, Any]]


class IncidentRow(Base):
    __tablename__ = "incidents"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    type: Mapped[str] = mapped_column(String(40), index=True)
    date_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    admin1_pcode: Mapped[str | None] = mapped_column(String(16))
    grade: Mapped[str | None] = mapped_column(String(20), index=True)
    payload: Mapped[dict[str, Any]]
    # Consolidation view (truce.consolidate.view): provenance, merges, sources, claims ledger.
    view: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class OverrideRow(Base):
    """Manual split/merge decisions (``truce incidents split|merge``), replayed every run.

    Rows are only ever added; ``seq`` is the order they are replayed in.
    """

    __tablename__ = "incident_overrides"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    action: Mapped[str] = mapped_column(String(20))
    incident_id: Mapped[str] = mapped_column(String(64), index=True)
    detail: Mapped[dict[str, Any]]


class ClaimRow(Base):
    __tablename__ = "claims"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    incident_id: Mapped[str] = mapped_column(String(64), index=True)
    document_id: Mapped[str] = mapped_column(String(64), index=True)
    stance: Mapped[str] = mapped_column(String(30))
    commitment_id: Mapped[str | None] = mapped_column(String(80))
    payload: Mapped[dict[str, Any]]


class AgreementRow(Base):
    __tablename__ = "agreements"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    agreed: Mapped[dt.date] = mapped_column(Date)
    content_hash: Mapped[str] = mapped_column(String(64))
    source_text: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any]]


class FindingRow(Base):
    __tablename__ = "findings"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    incident_id: Mapped[str] = mapped_column(String(64), index=True)
    agreement_id: Mapped[str] = mapped_column(String(80), index=True)
    status: Mapped[str] = mapped_column(String(40))
    contested: Mapped[bool] = mapped_column(Boolean)
    payload: Mapped[dict[str, Any]]


class StateRow(Base):
    """Derived per-agreement state (commitment statuses, lifecycle), replaced by `assess`."""

    __tablename__ = "agreement_state"
    agreement_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    payload: Mapped[dict[str, Any]]


class AuditRow(Base):
    """Append-only: rows are inserted, never updated or deleted (the store has no API for it)."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(Text)
    detail: Mapped[dict[str, Any]]
