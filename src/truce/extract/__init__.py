"""Extract stage: Document -> Extraction (Reports with dates, places, actors, claims).

``extract`` is pure: it stores nothing and gives the same output for the same
input. The :class:`Extractor` protocol is the seam for other backends (an LLM
extractor would implement the same ``name`` + ``extract``); the default is the
lexicon-driven :class:`RuleExtractor`.
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

from truce.extract.rules import RULES_NAME, RuleExtractor
from truce.model import Document, Extraction, Report


class Extractor(Protocol):
    """Anything that turns one document into an Extraction."""

    name: str

    def extract(self, document: Document, *, source_name: str | None = None) -> Extraction: ...


@cache
def default_extractor() -> RuleExtractor:
    """A shared RuleExtractor (its lexicon and catalogue are loaded once)."""
    return RuleExtractor()


@cache
def rules_only_extractor() -> RuleExtractor:
    """A shared RuleExtractor without the learned fallback: the lexicon's reading alone."""
    return RuleExtractor(learned=False)


def extract(
    document: Document, *, source_name: str | None = None, extractor: Extractor | None = None
) -> Extraction:
    """Reports found in ``document``; ``source_name`` names the author of unattributed claims."""
    return (extractor or default_extractor()).extract(document, source_name=source_name)


def first_event(extraction: Extraction) -> Report | None:
    """The most salient report (salience 0), or None when nothing was extracted."""
    return min(extraction.reports, key=lambda r: r.salience, default=None)


__all__ = [
    "RULES_NAME",
    "Extractor",
    "RuleExtractor",
    "default_extractor",
    "extract",
    "first_event",
    "rules_only_extractor",
]
