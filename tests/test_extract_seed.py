"""The seed article (../shared/seed) against its hand annotation (golden.json).

The article text is read from ../shared, never copied into the project. Each golden
event is found by its evidence sentence, then checked field by field.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest

from tests.shared import shared_path
from truce.extract import RuleExtractor, extract, first_event
from truce.ids import content_hash, stable_id
from truce.model import (
    DatePrecision,
    Document,
    EventType,
    Extraction,
    Flag,
    PlaceRelation,
    Report,
    Stance,
)

PUBLISHED = dt.date(2016, 9, 20)
pytestmark = pytest.mark.shared


def _minimal_document(article: str) -> Document:
    """The article cut before its footer, inline tags dropped: no dependency on ingest."""
    body = re.sub(r"</?u>", "", article[: article.index("If you're able")]).strip()
    return Document(
        id="doc_seed", raw_text=article, body=body, content_hash=content_hash(body),
        published=PUBLISHED,
    )  # fmt: skip


def _ingested_document(article: str) -> Document:
    ingest = pytest.importorskip("truce.ingest")
    if not hasattr(ingest, "document_from_text"):
        pytest.skip("truce.ingest.document_from_text not available")
    document: Document = ingest.document_from_text(article, fmt="markdown", published=PUBLISHED)
    return document


@pytest.fixture(scope="module")
def golden() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(shared_path("seed", "golden.json").read_text("utf-8"))
    return data


@pytest.fixture(scope="module", params=["minimal-body-fallback-places", "ingested-body-gazetteer"])
def seed(request: pytest.FixtureRequest) -> tuple[Document, Extraction]:
    article = shared_path("seed", "article.md").read_text("utf-8")
    if request.param.startswith("minimal"):
        document = _minimal_document(article)
        extractor = RuleExtractor(use_gazetteer=False)
    else:
        document = _ingested_document(article)
        extractor = RuleExtractor()
    return document, extract(document, source_name="South Front", extractor=extractor)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _event(extraction: Extraction, golden: dict[str, Any], event_id: str) -> Report:
    wanted = next(e for e in golden["events"] if e["id"] == event_id)
    evidence = _squash(wanted["evidence"])
    found = [r for r in extraction.reports if evidence in _squash(r.evidence[0].text)]
    assert len(found) == 1, f"{event_id}: expected one report for {evidence!r}, got {found}"
    return found[0]


def _claims(report: Report) -> set[tuple[str | None, Stance]]:
    return {(c.claimant_actor_id, c.stance) for c in report.claims}


def test_seven_events_and_nothing_else(
    seed: tuple[Document, Extraction], golden: dict[str, Any]
) -> None:
    _, extraction = seed
    assert len(extraction.reports) == len(golden["events"]) == 7
    for event in golden["events"]:
        _event(extraction, golden, event["id"])


def test_nothing_from_must_not_extract(
    seed: tuple[Document, Extraction], golden: dict[str, Any]
) -> None:
    _, extraction = seed
    for item in golden["must_not_extract"]:
        for report in extraction.reports:
            assert _squash(item["text"]) not in _squash(report.evidence[0].text), item["why"]


def test_e1_last_weekend_strike(seed: tuple[Document, Extraction], golden: dict[str, Any]) -> None:
    _, extraction = seed
    e1 = _event(extraction, golden, "E1")
    assert first_event(extraction) == e1
    assert e1.type is EventType.AIR_STRIKE
    acled = next(e for e in golden["events"] if e["id"] == "E1")["acled"]
    assert (e1.acled_event_type, e1.acled_sub_event_type) == (
        acled["event_type"],
        acled["sub_event_type"],
    )
    assert (e1.date.start, e1.date.end) == (dt.date(2016, 9, 17), dt.date(2016, 9, 18))
    assert e1.date.precision is DatePrecision.DAYS
    assert e1.actors == ["us-led-coalition"]
    assert e1.targets == ["syrian-government"]  # not ISIS: ", supporting an advance" stops it
    assert e1.place.name is not None and "Deir" in e1.place.name
    assert e1.place.relation is PlaceRelation.NEAR
    assert e1.fatalities is None
    claims = _claims(e1)
    assert ("us", Stance.ACCIDENTAL) in claims
    assert (None, Stance.DISPUTES) in claims
    author = next(c for c in e1.claims if c.stance is Stance.DISPUTES)
    assert author.claimant == "South Front"
    assert "hard to believe" in author.text


def test_e2_dated_strike_in_2015(seed: tuple[Document, Extraction], golden: dict[str, Any]) -> None:
    _, extraction = seed
    e2 = _event(extraction, golden, "E2")
    assert e2.type is EventType.AIR_STRIKE
    assert (e2.date.start, e2.date.end, e2.date.precision) == (
        dt.date(2015, 12, 6), dt.date(2015, 12, 6), DatePrecision.DAY,
    )  # fmt: skip
    assert e2.actors == ["us-led-coalition"]
    assert e2.targets == ["syrian-government"]
    assert ("us", Stance.ACCIDENTAL) in _claims(e2)  # "both incidents were accidental"


def test_e3_russian_strikes_undated(
    seed: tuple[Document, Extraction], golden: dict[str, Any]
) -> None:
    _, extraction = seed
    e3 = _event(extraction, golden, "E3")
    assert e3.type is EventType.AIR_STRIKE
    assert (e3.date.start, e3.date.end) == (None, PUBLISHED)
    assert e3.date.precision is DatePrecision.UNKNOWN
    assert e3.actors == ["russia"]
    assert e3.targets == ["opposition"]


def test_e4_alleged_downing(seed: tuple[Document, Extraction], golden: dict[str, Any]) -> None:
    _, extraction = seed
    e4 = _event(extraction, golden, "E4")
    acled = next(e for e in golden["events"] if e["id"] == "E4")["acled"]
    assert e4.acled_sub_event_type == acled["sub_event_type"]
    assert e4.flags == [Flag.ALLEGED]
    assert e4.targets == ["israel"]
    assert (e4.date.start, e4.date.end) == (None, PUBLISHED)


def test_e5_commitment_disputed(seed: tuple[Document, Extraction], golden: dict[str, Any]) -> None:
    _, extraction = seed
    e5 = _event(extraction, golden, "E5")
    assert e5.type is EventType.COMMITMENT
    assert (e5.date.start, e5.date.end) == (dt.date(2016, 9, 13), dt.date(2016, 9, 13))
    assert e5.actors == ["us"]
    assert ("russia", Stance.COMMITMENT_UNMET) in _claims(e5)
    assert e5.commitment_hint is not None and "data" in e5.commitment_hint


def test_e6_general_staff_statement(
    seed: tuple[Document, Extraction], golden: dict[str, Any]
) -> None:
    _, extraction = seed
    e6 = _event(extraction, golden, "E6")
    assert e6.type in {EventType.VIOLATION_ACCUSATION, EventType.COMMITMENT}
    assert (e6.date.start, e6.date.end) == (dt.date(2016, 9, 19), dt.date(2016, 9, 19))
    assert e6.actors == ["russia"]
    assert ("russia", Stance.COMMITMENT_UNMET) in _claims(e6)


def test_e7_declared_over(seed: tuple[Document, Extraction], golden: dict[str, Any]) -> None:
    _, extraction = seed
    e7 = _event(extraction, golden, "E7")
    assert e7.type is EventType.CEASEFIRE_DECLARED_OVER
    # "A few hours later" than the 19 September briefing, not the 13 September hand-over.
    assert (e7.date.start, e7.date.end) == (dt.date(2016, 9, 19), dt.date(2016, 9, 19))
    assert e7.actors == ["syrian-government"]
    assert (e7.place.name, e7.place.relation) == ("Syria", PlaceRelation.COUNTRY)
    assert ("syrian-government", Stance.DECLARES_OVER) in _claims(e7)
    assert ("syrian-government", Stance.ACCUSES) in _claims(e7)  # "it emphasized that ..."


def test_spans_point_into_the_body(seed: tuple[Document, Extraction]) -> None:
    document, extraction = seed
    for report in extraction.reports:
        first = report.evidence[0]
        assert report.id == stable_id("rep", document.id, first.start, first.end, report.type)
        spans = [*report.evidence, *(c.span for c in report.claims)]
        for span in spans:
            assert span.document_id == document.id
            assert document.body[span.start : span.end] == span.text
    assert sorted(r.salience for r in extraction.reports) == list(range(7))
