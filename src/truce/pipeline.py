"""The map of the system: six stages, in order, each a function with typed input and output.

    ① ingest       paths            -> Documents (stored once, by content hash)   truce.ingest
    ② extract      Document         -> Extraction (Reports with Claims, Spans)    truce.extract
    ③ geocode      Extraction       -> Extraction (places resolved)               truce.geocode
    ④ consolidate  Reports          -> Incidents + Claims                         truce.consolidate
    ⑤ assess       Incidents x Agreements -> Findings + AgreementStates           truce.assess
    ⑥ report       store + date     -> self-contained HTML / Markdown             truce.report

Stages ①-③ work on one document at a time and are pure; ④-⑥ work across the
store. The functions here connect the pure stages to a ``Store``; each can run
alone (``truce ingest``, ``truce run --stage assess`` ...), and ``run`` runs them
all. Re-running any of them on the same input changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from truce.agreements import load_agreement, packaged_agreements
from truce.assess import Assessment, assess
from truce.consolidate import Consolidation, DocumentInfo, consolidate
from truce.consolidate.overrides import parse_override
from truce.extract import Extractor, default_extractor, extract
from truce.geocode import geocode
from truce.ingest import Rejection, read_documents
from truce.model import Document, Extraction
from truce.parallel import ordered_map
from truce.store import Store

STAGES: tuple[str, ...] = ("ingest", "extract", "geocode", "consolidate", "assess", "report")

Progress = Callable[[str], None]


@dataclass(frozen=True)
class IngestSummary:
    stored: list[Document]
    duplicates: list[Document]
    rejected: list[Rejection]


@dataclass(frozen=True)
class RunSummary:
    ingest: IngestSummary | None
    documents: int
    reports: int
    incidents: int
    findings: int
    agreements: list[str] = field(default_factory=list)


def ingest_paths(
    store: Store, paths: Iterable[str | Path], *, on_file: Callable[[Path], None] | None = None
) -> IngestSummary:
    """① Read files and store the new documents; duplicates and rejections are reported."""
    batch = read_documents(paths, on_file=on_file)
    added = store.add_documents(batch.documents, batch.sources)
    for rejection in batch.rejected:
        store.audit("ingest.reject", rejection.path, reason=rejection.reason, line=rejection.line)
    return IngestSummary(
        stored=[d for d, new in zip(batch.documents, added, strict=True) if new],
        duplicates=[d for d, new in zip(batch.documents, added, strict=True) if not new],
        rejected=batch.rejected,
    )


def extract_document(
    document: Document, *, source_name: str | None = None, extractor: Extractor | None = None
) -> Extraction:
    """② + ③ for one document: extraction (``extractor``, else the default), then places
    resolved."""
    return geocode(extract(document, source_name=source_name, extractor=extractor))


def extract_many(
    documents: Iterable[tuple[Document, str | None]], *, jobs: int = 1
) -> Iterator[Extraction]:
    """② + ③ over (document, source name) pairs, in order; ``jobs`` > 1 spreads them over
    that many processes (0: one per core) with the same output (see truce.parallel)."""
    return ordered_map(_extract_pair, documents, jobs=jobs, warm=warm_extractor)


def _extract_pair(item: tuple[Document, str | None]) -> Extraction:
    return extract_document(item[0], source_name=item[1])


def warm_extractor() -> None:
    """Load the lexicon, actor catalogue and gazetteer once per worker process."""
    default_extractor().place_finder()


def extract_stored(store: Store, *, on_document: Progress | None = None, jobs: int = 1) -> int:
    """② + ③ over every stored document; returns the number of reports."""
    sources = store.sources()
    documents = store.documents()
    named = [(d, s.name if (s := sources.get(d.source_id or "")) else None) for d in documents]
    total = 0
    for document, extraction in zip(documents, extract_many(named, jobs=jobs), strict=True):
        store.replace_reports(document.id, extraction.reports, extraction.extractor)
        total += len(extraction.reports)
        if on_document:
            on_document(document.title or document.id)
    return total


def consolidate_stored(store: Store) -> Consolidation:
    """④ All stored reports -> incidents, claims and views (replacing the previous ones).

    Incident ids carry over from the stored incidents, and the manual split/merge
    decisions (``truce incidents split|merge``) are replayed.
    """
    sources = store.sources()
    documents = {
        d.id: DocumentInfo(
            source=sources[d.source_id].name if d.source_id in sources else None,
            published=d.published,
            body=d.body,
        )
        for d in store.documents()
    }
    previous = {rid: i.id for i in store.incidents() for rid in i.report_ids}
    overrides = [
        parse_override(e.seq or 0, e.action, e.subject, e.detail, e.at) for e in store.overrides()
    ]
    result = consolidate(
        store.reports(), documents=documents, previous=previous, overrides=overrides
    )
    views = {k: v.model_dump(mode="json") for k, v in result.views.items()}
    store.replace_incidents(result.incidents, result.claims, views)
    return result


def ensure_agreements(store: Store) -> list[str]:
    """Store the packaged agreements when the store has none (first run, demo)."""
    if store.agreements():
        return []
    added = []
    for path in packaged_agreements():
        agreement = load_agreement(path)
        if store.add_agreement(agreement, path.read_text(encoding="utf-8")):
            added.append(agreement.id)
    return added


def assess_stored(store: Store, *, as_of: dt.date | None = None) -> Assessment:
    """⑤ Incidents x stored agreements -> findings and agreement states."""
    result = assess(
        store.incidents(),
        store.agreements(),
        reports=store.reports(),
        claims=store.claims(),
        as_of=as_of,
        published={d.id: d.published for d in store.documents()},
    )
    states = {k: v.model_dump(mode="json") for k, v in result.states.items()}
    store.replace_findings(result.findings, states)
    return result


def run(
    store: Store,
    paths: Iterable[str | Path] = (),
    *,
    progress: Progress | None = None,
    on_file: Callable[[Path], None] | None = None,
    jobs: int = 1,
) -> RunSummary:
    """①-⑤ in order; the report (⑥) is written separately for a chosen date.
    ``jobs``: processes for extraction (see :func:`extract_many`)."""
    say = progress or (lambda _msg: None)
    paths = list(paths)
    summary = ingest_paths(store, paths, on_file=on_file) if paths else None
    added = ensure_agreements(store)
    say("extract + geocode")
    reports = extract_stored(store, jobs=jobs)
    say("consolidate")
    consolidation = consolidate_stored(store)
    say("assess")
    assessment = assess_stored(store)
    return RunSummary(
        ingest=summary,
        documents=len(store.documents()),
        reports=reports,
        incidents=len(consolidation.incidents),
        findings=len(assessment.findings),
        agreements=added,
    )
