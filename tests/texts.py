"""Reading short texts written for a test, as a user pasting them with a publication date,
or as the rule extractor alone reads them, with no ingestion."""

from __future__ import annotations

import datetime as dt
from functools import cache

from truce.extract import RuleExtractor
from truce.ids import content_hash
from truce.ingest import document_from_text, titled
from truce.model import Document, Extraction, Report, Stance
from truce.pipeline import extract_document

RULES_PUBLISHED = dt.date(2016, 9, 20)  # a Tuesday


def reports_of(
    body: str, published: dt.date, title: str = "Syria update", source: str | None = None
) -> list[Report]:
    """The reports of ``body`` under ``title``, published on ``published`` (by ``source``)."""
    document = document_from_text(titled(title, body), fmt="text", published=published)
    return list(extract_document(document, source_name=source).reports)


def stances_of(report: Report) -> set[tuple[str | None, str]]:
    """Who says what of ``report``: (claimant id, stance) pairs."""
    return {(c.claimant_actor_id, c.stance.value) for c in report.claims}


def claims_of(report: Report) -> set[tuple[str | None, Stance]]:
    """As ``stances_of``, with each stance a ``Stance`` rather than its value."""
    return {(c.claimant_actor_id, c.stance) for c in report.claims}


@cache
def rules_extractor() -> RuleExtractor:
    """The rule extractor with no gazetteer (one for all tests: loading it takes a while)."""
    return RuleExtractor(use_gazetteer=False)


def rules_document(body: str, *, title: str | None = None) -> Document:
    """``body`` as it stands (no ingestion), published on ``RULES_PUBLISHED``."""
    return Document(
        id="doc_" + content_hash(body)[:8], title=title, raw_text=body, body=body,
        content_hash=content_hash(body), published=RULES_PUBLISHED,
    )  # fmt: skip


def rules_extraction(body: str, *, title: str | None = None) -> Extraction:
    """What the rule extractor alone reads in ``rules_document(body)``, told by "Test Desk"."""
    return rules_extractor().extract(rules_document(body, title=title), source_name="Test Desk")
