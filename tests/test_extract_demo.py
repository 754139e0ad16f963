"""The packaged demo corpus (src/truce/data/demo): what the extractor must get from it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from truce.extract import RuleExtractor, extract
from truce.ids import content_hash
from truce.model import Casualties, Document, EventType, Extraction, Report, SourceKind, Stance

DEMO = Path(__file__).resolve().parents[1] / "src" / "truce" / "data" / "demo"
FILES = sorted(DEMO.glob("*.md"))


def _split(path: Path) -> tuple[dict[str, object], str]:
    _, header, body = path.read_text("utf-8").split("---\n", 2)
    meta = yaml.safe_load(header)
    assert isinstance(meta, dict)
    return meta, body.strip()


def _document(path: Path) -> Document:
    """Front matter read here (title, published); the body up to the donation footer."""
    meta, body = _split(path)
    body = body.split("\n\nIf you value")[0]
    published = meta["published"]
    assert isinstance(published, dt.date)
    return Document(
        id=f"doc_{path.stem}", title=str(meta["title"]), published=published,
        raw_text=body, body=body, content_hash=content_hash(body), path=str(path),
    )  # fmt: skip


@pytest.fixture(scope="module")
def demo() -> dict[str, Extraction]:
    extractor = RuleExtractor(use_gazetteer=False)
    return {path.stem: extract(_document(path), extractor=extractor) for path in FILES}


def _only(extraction: Extraction, event_type: EventType) -> Report:
    found = [r for r in extraction.reports if r.type is event_type]
    assert len(found) == 1, found
    return found[0]


def _claims(report: Report) -> set[tuple[str | None, Stance]]:
    return {(c.claimant_actor_id, c.stance) for c in report.claims}


def test_corpus_shape() -> None:
    assert 8 <= len(FILES) <= 10
    kinds = set()
    for path in FILES:
        meta, body = _split(path)
        assert set(meta) == {"title", "published", "source", "source_kind"}, path.name
        assert str(meta["source"]).endswith("(sample)"), path.name
        kinds.add(SourceKind(str(meta["source_kind"])))
        published = meta["published"]
        assert isinstance(published, dt.date)
        assert dt.date(2016, 9, 12) <= published <= dt.date(2016, 9, 21), path.name
        assert 120 <= len(body.split("\n\nIf you value")[0].split()) <= 300, path.name
    assert {SourceKind.NEWS, SourceKind.MONITOR, SourceKind.OFFICIAL} <= kinds


def test_deir_ezzor_strike(demo: dict[str, Extraction]) -> None:
    strike = _only(demo["03-deir-ezzor-strike"], EventType.AIR_STRIKE)
    assert (strike.date.start, strike.date.end) == (dt.date(2016, 9, 17), dt.date(2016, 9, 17))
    assert strike.actors == ["us-led-coalition"]
    assert strike.targets == ["syrian-government"]
    assert strike.fatalities == Casualties(low=62, best=62, high=62)  # the Russian figure
    assert strike.injuries == Casualties(best=100)  # "about 100": no invented bounds
    claims = _claims(strike)
    assert {
        ("russia", Stance.ACCUSES),
        ("us", Stance.ACCIDENTAL),
        ("sana", Stance.ACCUSES),
    } <= claims
    assert strike.place.name == "Deir ez-Zor"


def test_same_strike_in_other_sources(demo: dict[str, Extraction]) -> None:
    for stem in ("04-monitor-deir-ezzor", "07-partisan-blog", "08-security-council"):
        strikes = [r for r in demo[stem].reports if r.actors == ["us-led-coalition"]]
        assert len(strikes) == 1, stem
        assert strikes[0].date.start == dt.date(2016, 9, 17), stem
    partisan = next(r for r in demo["07-partisan-blog"].reports if r.type is EventType.AIR_STRIKE)
    assert partisan.date.end == dt.date(2016, 9, 18)  # "last weekend": a two-day range
    assert (None, Stance.DISPUTES) in _claims(partisan)


def test_declared_over(demo: dict[str, Extraction]) -> None:
    for stem in ("05-army-declares-end", "07-partisan-blog"):
        ended = _only(demo[stem], EventType.CEASEFIRE_DECLARED_OVER)
        assert ended.actors == ["syrian-government"], stem
        assert ended.date.start == ended.date.end == dt.date(2016, 9, 19), stem
    statement = _only(demo["05-army-declares-end"], EventType.CEASEFIRE_DECLARED_OVER)
    assert ("syrian-government", Stance.ACCUSES) in _claims(statement)
    rudskoy = _only(demo["05-army-declares-end"], EventType.VIOLATION_ACCUSATION)
    assert rudskoy.actors == ["russia"]
    assert ("russia", Stance.COMMITMENT_UNMET) in _claims(rudskoy)


def test_aid_convoy(demo: dict[str, Extraction]) -> None:
    convoy = _only(demo["06-aid-convoy"], EventType.AID_ACCESS)
    assert convoy.date.start == dt.date(2016, 9, 19)
    assert convoy.place.name == "Urum al-Kubra"
    assert "aid-workers" in convoy.targets
    assert convoy.actors == []  # the sources disagree on who: only claims name anyone
    assert {("us", Stance.ACCUSES), ("russia", Stance.DENIES)} <= _claims(convoy)
    assert convoy.fatalities == Casualties(best=20)
    monitor = _only(demo["09-monitor-convoy"], EventType.AID_ACCESS)
    assert monitor.date.start == dt.date(2016, 9, 19)
    assert monitor.fatalities == Casualties(best=20)


def test_position_data_commitment(demo: dict[str, Extraction]) -> None:
    handover = _only(demo["02-position-data"], EventType.COMMITMENT)
    assert handover.date.start == handover.date.end == dt.date(2016, 9, 13)
    assert handover.actors == ["us"]
    claims = _claims(handover)
    assert {("us", Stance.COMMITMENT_MET), ("russia", Stance.COMMITMENT_UNMET)} <= claims
    assert handover.commitment_hint is not None and "handed over" in handover.commitment_hint


def test_truce_takes_effect(demo: dict[str, Extraction]) -> None:
    start = _only(demo["01-truce-takes-effect"], EventType.CEASEFIRE_ANNOUNCED)
    assert start.date.start == dt.date(2016, 9, 12)
    assert start.place.name == "Syria"
    # The army's own announcement of a "regime of calm" is the same event, not a second one.
    assert ("syrian-government", Stance.REPORTS) in _claims(start)


def test_background_truce_mention_is_not_an_event(demo: dict[str, Extraction]) -> None:
    types = [r.type for r in demo["08-security-council"].reports]
    assert types == [EventType.AIR_STRIKE]  # "since the truce began" is background


def test_with_gazetteer_when_available() -> None:
    geocode = pytest.importorskip("truce.geocode")
    if not hasattr(geocode, "default_gazetteer"):
        pytest.skip("truce.geocode.default_gazetteer not available")
    extraction = extract(_document(DEMO / "06-aid-convoy.md"), extractor=RuleExtractor())
    convoy = _only(extraction, EventType.AID_ACCESS)
    assert convoy.place.name is not None and "Urum" in convoy.place.name
