"""The candidate batches (eval/candidates) stay loadable and well-formed: each names its
evidence and must-not phrases as words of its own text, so a later session can score them."""

from __future__ import annotations

from pathlib import Path

from truce.evaluate_articles import load_articles
from truce.ingest import document_from_text, titled

CANDIDATES = Path(__file__).resolve().parents[1] / "eval" / "candidates"


def test_every_candidate_loads_and_quotes_its_own_text() -> None:
    articles = load_articles(CANDIDATES)
    assert len({a.id for a in articles}) == len(articles) >= 450
    for article in articles:
        body = document_from_text(titled(article.title, article.text), fmt="text").body
        quoted = [e.evidence for e in article.events] + article.must_not_extract
        missing = [words for words in quoted if words not in body]
        assert not missing, (article.id, missing)
