"""Truce Monitor: ceasefire agreements as data, sourced incident records, neutral findings.

The stage verbs run the pipeline from Python exactly as the CLI does::

    from truce import Store, run, write_report
    store = Store("monitor.db")
    run(store, ["reports/"])
    write_report(store, datetime.date(2016, 9, 19), "report.html")
"""

__version__ = "0.1.0"

from truce.agreements import agreement_schema, load_agreement, parse_agreement
from truce.assess import assess
from truce.consolidate import consolidate
from truce.errors import (
    AgreementError,
    ConfigError,
    ExtractError,
    IngestError,
    NotFoundError,
    ReportError,
    StoreError,
    TruceError,
)
from truce.extract import extract
from truce.geocode import geocode
from truce.ingest import document_from_text, read_documents
from truce.model import (
    Agreement,
    Claim,
    Document,
    Extraction,
    Finding,
    Incident,
    Place,
    Report,
    Source,
)
from truce.pipeline import STAGES, run
from truce.report import write_report
from truce.store import Store

__all__ = [
    "STAGES",
    "Agreement",
    "AgreementError",
    "Claim",
    "ConfigError",
    "Document",
    "ExtractError",
    "Extraction",
    "Finding",
    "Incident",
    "IngestError",
    "NotFoundError",
    "Place",
    "Report",
    "ReportError",
    "Source",
    "Store",
    "StoreError",
    "TruceError",
    "__version__",
    "agreement_schema",
    "assess",
    "consolidate",
    "document_from_text",
    "extract",
    "geocode",
    "load_agreement",
    "parse_agreement",
    "read_documents",
    "run",
    "write_report",
]
