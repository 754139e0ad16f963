"""Reading short texts written for a test, as a user pasting them with a publication date."""

from __future__ import annotations

import datetime as dt

from truce.ingest import document_from_text, titled
from truce.model import Report
from truce.pipeline import extract_document


def reports_of(
    body: str, published: dt.date, title: str = "Syria update", source: str | None = None
) -> list[Report]:
    """The reports of ``body`` under ``title``, published on ``published`` (by ``source``)."""
    document = document_from_text(titled(title, body), fmt="text", published=published)
    return list(extract_document(document, source_name=source).reports)


def stances_of(report: Report) -> set[tuple[str | None, str]]:
    """Who says what of ``report``: (claimant id, stance) pairs."""
    return {(c.claimant_actor_id, c.stance.value) for c in report.claims}
