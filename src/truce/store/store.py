"""The store: persistence only, no pipeline logic.

Each write method is one transaction and writes an audit line in the same
transaction, so the log and the data cannot disagree. Derived data (reports,
incidents, findings) is *replaced* per run: re-running a stage on the same input
gives the same rows, never duplicates.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from truce.errors import NotFoundError, StoreError
from truce.ids import content_hash
from truce.model import (
    Agreement,
    AuditEntry,
    Claim,
    Document,
    Finding,
    Incident,
    Report,
    Source,
)
from truce.store.db import is_initialised, make_engine, migrate, resolve_url
from truce.store.tables import (
    AgreementRow,
    AuditRow,
    ClaimRow,
    DocumentRow,
    FindingRow,
    IncidentRow,
    OverrideRow,
    ReportRow,
    SourceRow,
    StateRow,
)


def _json(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Store:
    """A Truce Monitor database. ``Store(None)`` opens ``$TRUCE_DB`` or ``./truce.db``."""

    def __init__(self, db: str | os.PathLike[str] | None = None, *, create: bool = True) -> None:
        self.url = resolve_url(db)
        missing_file = self.url.startswith("sqlite:///") and not os.path.exists(
            self.url.removeprefix("sqlite:///")
        )
        self.engine: Engine = make_engine(self.url)
        if create:
            migrate(self.engine)
        elif missing_file or not is_initialised(self.engine):
            raise StoreError(
                f"no Truce Monitor database at {self.url}", hint="run `truce init` first"
            )

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error."""
        try:
            with Session(self.engine) as session, session.begin():
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(f"database error: {exc}") from exc

    @staticmethod
    def _audit(session: Session, action: str, subject: str, **detail: object) -> None:
        session.add(AuditRow(at=_now(), action=action, subject=subject, detail=detail))

    def audit(self, action: str, subject: str, **detail: object) -> None:
        with self.session() as session:
            self._audit(session, action, subject, **detail)

    # -- sources and documents -------------------------------------------------

    def add_documents(
        self, documents: Iterable[Document], sources: Iterable[Source] = ()
    ) -> list[bool]:
        """Store documents not seen before (by content hash); True where one was added."""
        added: list[bool] = []
        with self.session() as session:
            for source in sources:
                if session.get(SourceRow, source.id) is None:
                    session.add(
                        SourceRow(
                            id=source.id, name=source.name, kind=source.kind, payload=_json(source)
                        )
                    )
            seen = set(session.scalars(select(DocumentRow.content_hash)))
            for doc in documents:
                if doc.content_hash in seen:
                    added.append(False)
                    continue
                seen.add(doc.content_hash)
                session.add(_document_row(doc))
                self._audit(session, "ingest", doc.id, path=doc.path, title=doc.title)
                added.append(True)
        return added

    def documents(self) -> list[Document]:
        with self.session() as session:
            rows = session.scalars(select(DocumentRow).order_by(DocumentRow.id))
            return [Document.model_validate(row.payload) for row in rows]

    def document(self, document_id: str) -> Document:
        with self.session() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFoundError(f"no document {document_id!r}")
            return Document.model_validate(row.payload)

    def sources(self) -> dict[str, Source]:
        with self.session() as session:
            rows = session.scalars(select(SourceRow))
            return {row.id: Source.model_validate(row.payload) for row in rows}

    # -- reports ---------------------------------------------------------------

    def replace_reports(self, document_id: str, reports: list[Report], extractor: str) -> None:
        """Replace one document's reports with a fresh extraction."""
        with self.session() as session:
            session.execute(delete(ReportRow).where(ReportRow.document_id == document_id))
            for report in reports:
                session.add(
                    ReportRow(
                        id=report.id,
                        document_id=document_id,
                        type=report.type,
                        date_start=report.date.start,
                        date_end=report.date.end,
                        admin1_pcode=report.place.admin1_pcode,
                        extractor=extractor,
                        payload=_json(report),
                    )
                )

    def reports(self) -> list[Report]:
        with self.session() as session:
            rows = session.scalars(select(ReportRow).order_by(ReportRow.id))
            return [Report.model_validate(row.payload) for row in rows]

    # -- incidents and claims --------------------------------------------------

    def replace_incidents(
        self,
        incidents: list[Incident],
        claims: list[Claim],
        views: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> None:
        """Replace all incidents and claims; ``views`` (incident id -> JSON with a
        ``grade``) are the consolidation views kept beside each incident."""
        views = views or {}
        with self.session() as session:
            session.execute(delete(IncidentRow))
            session.execute(delete(ClaimRow))
            for incident in incidents:
                view = views.get(incident.id)
                grade = view.get("grade") if view else None
                session.add(
                    IncidentRow(
                        id=incident.id,
                        type=incident.type,
                        date_start=incident.date.start,
                        date_end=incident.date.end,
                        admin1_pcode=incident.place.admin1_pcode,
                        grade=grade if isinstance(grade, str) else None,
                        payload=_json(incident),
                        view=dict(view) if view else None,
                    )
                )
            for claim in claims:
                session.add(
                    ClaimRow(
                        id=claim.id,
                        incident_id=claim.incident_id,
                        document_id=claim.document_id,
                        stance=claim.stance,
                        commitment_id=claim.commitment_id,
                        payload=_json(claim),
                    )
                )
            self._audit(session, "consolidate", "incidents", incidents=len(incidents))

    def incidents(self) -> list[Incident]:
        with self.session() as session:
            rows = session.scalars(
                select(IncidentRow).order_by(
                    IncidentRow.date_start.asc().nulls_first(), IncidentRow.id
                )
            )
            return [Incident.model_validate(row.payload) for row in rows]

    def incident(self, incident_id: str) -> Incident:
        with self.session() as session:
            row = session.get(IncidentRow, incident_id)
            if row is None:
                raise NotFoundError(
                    f"no incident {incident_id!r}", hint="`truce incidents list` shows the ids"
                )
            return Incident.model_validate(row.payload)

    def incident_views(self) -> dict[str, dict[str, Any]]:
        """Consolidation views (grade, provenance, merges, ledger) by incident id."""
        with self.session() as session:
            rows = session.execute(select(IncidentRow.id, IncidentRow.view))
            return {row.id: row.view for row in rows if row.view is not None}

    # -- manual consolidation decisions ------------------------------------------

    def add_override(self, action: str, incident_id: str, detail: Mapping[str, Any]) -> int:
        """Record a manual split/merge (and its audit line); returns its sequence number."""
        with self.session() as session:
            row = OverrideRow(
                at=_now(), action=action, incident_id=incident_id, detail=dict(detail)
            )
            session.add(row)
            session.flush()
            self._audit(session, f"incident.{action}", incident_id, seq=row.seq, **detail)
            return row.seq

    def overrides(self) -> list[AuditEntry]:
        """Manual decisions in the order they were made (action, incident id, detail)."""
        with self.session() as session:
            rows = session.scalars(select(OverrideRow).order_by(OverrideRow.seq))
            return [_entry(row, row.incident_id) for row in rows]

    def claims(self, incident_id: str | None = None) -> list[Claim]:
        with self.session() as session:
            query = select(ClaimRow).order_by(ClaimRow.incident_id, ClaimRow.id)
            if incident_id is not None:
                query = query.where(ClaimRow.incident_id == incident_id)
            return [Claim.model_validate(row.payload) for row in session.scalars(query)]

    # -- agreements ------------------------------------------------------------

    def add_agreement(self, agreement: Agreement, source_text: str) -> bool:
        """Store or update an agreement; False when the same text is already stored."""
        digest = content_hash(source_text)
        with self.session() as session:
            row = session.get(AgreementRow, agreement.id)
            if row is not None and row.content_hash == digest:
                return False
            values = {
                "name": agreement.name,
                "agreed": agreement.agreed,
                "content_hash": digest,
                "source_text": source_text,
                "payload": _json(agreement),
            }
            if row is None:
                session.add(AgreementRow(id=agreement.id, **values))
            else:
                for key, value in values.items():
                    setattr(row, key, value)
            action = "agreement.add" if row is None else "agreement.update"
            self._audit(session, action, agreement.id, content_hash=digest)
            return True

    def agreements(self) -> list[Agreement]:
        with self.session() as session:
            rows = session.scalars(select(AgreementRow).order_by(AgreementRow.agreed))
            return [Agreement.model_validate(row.payload) for row in rows]

    # -- findings and derived agreement state ----------------------------------

    def replace_findings(self, findings: list[Finding], states: dict[str, dict[str, Any]]) -> None:
        with self.session() as session:
            session.execute(delete(FindingRow))
            session.execute(delete(StateRow))
            for finding in findings:
                session.add(
                    FindingRow(
                        id=finding.id,
                        incident_id=finding.incident_id,
                        agreement_id=finding.agreement_id,
                        status=finding.status,
                        contested=finding.contested,
                        payload=_json(finding),
                    )
                )
            for agreement_id, state in states.items():
                session.add(StateRow(agreement_id=agreement_id, payload=state))
            self._audit(session, "assess", "findings", findings=len(findings))

    def findings(self) -> list[Finding]:
        with self.session() as session:
            rows = session.scalars(
                select(FindingRow).order_by(FindingRow.incident_id, FindingRow.agreement_id)
            )
            return [Finding.model_validate(row.payload) for row in rows]

    def agreement_states(self) -> dict[str, dict[str, Any]]:
        with self.session() as session:
            return {row.agreement_id: row.payload for row in session.scalars(select(StateRow))}

    def audit_log(self) -> list[AuditEntry]:
        with self.session() as session:
            rows = session.scalars(select(AuditRow).order_by(AuditRow.seq))
            return [_entry(row, row.subject) for row in rows]


def _entry(row: AuditRow | OverrideRow, subject: str) -> AuditEntry:
    return AuditEntry(seq=row.seq, at=row.at, action=row.action, subject=subject, detail=row.detail)


def _document_row(doc: Document) -> DocumentRow:
    return DocumentRow(
        id=doc.id,
        content_hash=doc.content_hash,
        source_id=doc.source_id,
        title=doc.title,
        published=doc.published,
        path=doc.path,
        ingested_at=_now(),
        payload=_json(doc),
    )
