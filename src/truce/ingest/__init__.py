"""Ingest: text, Markdown and HTML files -> clean Documents, or Rejections saying why not.

batch = read_documents(["articles/"])
batch.documents   # truce.model.Document, body stripped of boilerplate
batch.rejected    # Rejection(path, reason, line) for each file that gave none
batch.sources     # truce.model.Source named by the documents, once each
"""

from truce.ingest.files import (
    FORMATS,
    FrontMatterError,
    IngestBatch,
    Rejection,
    build_document,
    document_from_text,
    read_documents,
    titled,
)

__all__ = [
    "FORMATS",
    "FrontMatterError",
    "IngestBatch",
    "Rejection",
    "build_document",
    "document_from_text",
    "read_documents",
    "titled",
]
