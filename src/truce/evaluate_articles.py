"""Extraction accuracy per field on the project's own hand-annotated articles.

The seed article and FA-KES (in ../shared) measure a few fields on text we may not
ship. ``eval/articles/*.yaml`` are short articles written for this project, each with
every event a careful reader would list and what the extractor must not report, so
every field the issue names (type, date and precision, place, actors, targets,
casualties, claims, flags) is measured in any clone, with no ../shared.

Events are matched one to one: an annotated event is found when a report not matched
yet rests on its sentence (its ``evidence`` text), the report's own sentence first. A
field is scored on found events that annotate it (a key left out is not scored; ``null``
is an annotation: "the text gives none"). Lists (actors, targets, claims) are scored as
precision and recall of their items, pooled over all articles.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from truce.errors import ConfigError
from truce.extract.actors import default_catalogue
from truce.ingest import document_from_text, titled
from truce.model import Casualties, DatePrecision, EventType, Flag, PlaceRelation, Report, Stance
from truce.pipeline import extract_document

__all__ = ["GoldArticle", "evaluate_articles", "load_articles"]

Metrics = dict[str, float]
AUTHOR = "author"  # a claim by the article's own source


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldDate(_Strict):
    start: dt.date | None
    end: dt.date | None
    precision: DatePrecision


class GoldClaim(_Strict):
    claimant: str  # an actor id, or "author"
    stance: Stance | list[Stance]  # a list: any of these stances is right

    def matches(self, report_claimant: str | None, stance: Stance) -> bool:
        allowed = self.stance if isinstance(self.stance, list) else [self.stance]
        return report_claimant == self.claimant and stance in allowed


class GoldEvent(_Strict):
    evidence: str  # words of the sentence that first reports the event
    type: EventType
    date: GoldDate | None = None
    admin1: str | None = None
    relation: PlaceRelation | None = None
    actors: list[str] | None = None
    targets: list[str] | None = None
    fatalities: Casualties | None = None
    injuries: Casualties | None = None
    claims: list[GoldClaim] | None = None
    flags: list[Flag] | None = None


class GoldArticle(_Strict):
    id: str
    title: str | None = None
    published: dt.date | None = None  # None: the extractor finds it in the text
    source: str = "Test Wire"
    text: str
    events: list[GoldEvent]
    must_not_extract: list[str] = []


def load_articles(folder: Path) -> list[GoldArticle]:
    """Every ``*.yaml`` of ``folder``, validated (a bad file names itself and the field)."""
    articles = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            articles.append(GoldArticle.model_validate(yaml.safe_load(path.read_text("utf-8"))))
        except (yaml.YAMLError, ValidationError) as exc:
            raise ConfigError(f"{path}: {exc}") from None
    if not articles:
        raise ConfigError(f"{folder}: no annotated articles (*.yaml)")
    return articles


def evaluate_articles(folder: Path) -> Metrics:
    """Per-field accuracy, precision and recall over the annotated articles."""
    tally: Counter[str] = Counter()
    for article in load_articles(folder):
        _score_article(article, tally)

    def share(hit: str, total: str) -> float:
        return tally[hit] / tally[total] if tally[total] else 1.0

    metrics = {"articles": float(tally["articles"]), "events": float(tally["expected"])}
    metrics["event_recall"] = share("found", "expected")
    metrics["event_precision"] = share("found", "reports")
    for name in ("type", "date", "admin1", "relation", "fatalities", "injuries", "flags"):
        metrics[f"{name}_accuracy"] = share(f"{name}_ok", f"{name}_n")
    for name in ("actors", "targets", "claims"):
        metrics[f"{name}_precision"] = share(f"{name}_tp", f"{name}_got")
        metrics[f"{name}_recall"] = share(f"{name}_tp", f"{name}_want")
    metrics["must_not_extract_clean"] = 1.0 - tally["leaks"] / max(tally["forbidden"], 1)
    return metrics


def _score_article(article: GoldArticle, tally: Counter[str]) -> None:
    text = titled(article.title, article.text)
    doc = document_from_text(text, fmt="text", published=article.published)
    reports = extract_document(doc, source_name=article.source).reports
    tally.update(articles=1, expected=len(article.events), reports=len(reports))
    used: set[int] = set()
    for event in article.events:
        span = _span(doc.body, event.evidence, article.id)
        found = _match(reports, span, used)
        if found is not None:
            tally["found"] += 1
            _score_fields(event, found, article.source, tally)
    for words in article.must_not_extract:
        span = _span(doc.body, words, article.id)
        tally["forbidden"] += 1
        tally["leaks"] += any(rests_on(r, span) for r in reports)


def _span(body: str, words: str, article_id: str) -> tuple[int, int]:
    start = body.find(words)
    if start < 0:
        raise ConfigError(f"{article_id}: {words!r} is not in the article's clean body")
    return start, start + len(words)


def rests_on(report: Report, span: tuple[int, int], *, own: bool = False) -> bool:
    """Does the report rest on ``span`` (``own``: is it the report's own sentence)?"""
    spans = report.evidence[:1] if own else report.evidence
    return any(e.start < span[1] and span[0] < e.end for e in spans)


def _match(reports: list[Report], span: tuple[int, int], used: set[int]) -> Report | None:
    """A report not matched yet that rests on ``span``, its own sentence first."""
    free = [i for i, r in enumerate(reports) if i not in used and rests_on(r, span)]
    own = [i for i in free if rests_on(reports[i], span, own=True)]
    chosen = (own or free)[:1]
    used.update(chosen)
    return reports[chosen[0]] if chosen else None


def _score_fields(event: GoldEvent, report: Report, source: str, tally: Counter[str]) -> None:
    given = event.model_fields_set
    checks: dict[str, Any] = {
        "type": report.type == event.type,
        "date": event.date is not None
        and (report.date.start, report.date.end, report.date.precision)
        == (event.date.start, event.date.end, event.date.precision),
        "admin1": report.place.admin1_pcode == event.admin1,
        "relation": report.place.relation == event.relation,
        "fatalities": report.fatalities == event.fatalities,
        "injuries": report.injuries == event.injuries,
        "flags": set(report.flags) == set(event.flags or []),
    }
    for name, ok in checks.items():
        if name == "type" or name in given:
            tally.update({f"{name}_n": 1, f"{name}_ok": int(bool(ok))})
    for name in ("actors", "targets"):
        if name in given:
            want, got = set(getattr(event, name) or []), set(getattr(report, name))
            tally.update({f"{name}_want": len(want), f"{name}_got": len(got)})
            tally[f"{name}_tp"] += len(want & got)
    if "claims" in given:
        _score_claims(event.claims or [], report, source, tally)


@lru_cache(maxsize=256)
def _source_actor(source: str) -> str | None:
    """The catalogued actor a source's name opens with (as the extractor names its author)."""
    return default_catalogue().opening(source) if source else None


def _score_claims(want: list[GoldClaim], report: Report, source: str, tally: Counter[str]) -> None:
    # a claim by the document's own source is the author's, whether the extractor names it
    # by the source's name or by the catalogued actor the source is ("UN OCHA": the UN)
    own = _source_actor(source)
    got = [
        (
            {c.claimant_actor_id or c.claimant}
            | ({AUTHOR} if c.claimant == source or (own and c.claimant_actor_id == own) else set()),
            c.stance,
        )
        for c in report.claims
    ]
    tally.update(claims_want=len(want), claims_got=len(got))
    free = list(want)
    for claimants, stance in got:
        hit = next((g for g in free if any(g.matches(c, stance) for c in claimants)), None)
        if hit is not None:
            free.remove(hit)
            tally["claims_tp"] += 1
