"""Grading and independence: the rules of docs/consolidation.md, one case each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from truce.consolidate import DocumentInfo, Grade, consolidate
from truce.consolidate.evaluate import load_scenario
from truce.consolidate.sources import load_sources, parse_sources
from truce.errors import ConfigError
from truce.ids import stable_id
from truce.model import (
    ClaimMention,
    DatePrecision,
    EventDate,
    EventType,
    Flag,
    Place,
    Report,
    Span,
    Stance,
)

FIXTURES = Path(__file__).resolve().parents[1] / "eval" / "scenarios"
DAY = dt.date(2016, 9, 19)
CATALOGUE = parse_sources(
    """
sources:
  - {id: wire, name: Sample Wire}
  - {id: echo, name: Sample Echo, republishes: wire}
  - {id: monitor, name: Sample Monitor, kind: monitor}
  - {id: ministry, name: Sample Ministry, owner: gov}
  - {id: gov-tv, name: Sample State TV, owner: gov}
  - {id: blog, name: Sample Blog, credible: false}
"""
)


def claim(claimant: str, actor: str | None, stance: Stance) -> ClaimMention:
    return ClaimMention(
        claimant=claimant,
        claimant_actor_id=actor,
        stance=stance,
        text=f"{claimant} {stance}",
        span=Span(start=0, end=1),
    )


def strike(
    doc: str,
    *,
    actors: tuple[str, ...] = ("syrian-government",),
    claims: tuple[ClaimMention, ...] = (),
    flags: tuple[Flag, ...] = (),
) -> Report:
    text = "Government helicopters dropped barrel bombs on the market of Dael, killing ten."
    return Report(
        id=stable_id("rep", doc),
        document_id=doc,
        type=EventType.AIR_STRIKE,
        date=EventDate(start=DAY, end=DAY, precision=DatePrecision.DAY),
        place=Place(
            name="Dael",
            gazetteer_id="gn-170959",
            admin1_pcode="SY12",
            admin2_pcode="SY1200",
            lat=32.75355,
            lon=36.13076,
            precision=1,
        ),
        actors=list(actors),
        targets=["civilians"],
        claims=list(claims),
        flags=list(flags),
        evidence=[Span(start=0, end=len(text), text=text, document_id=doc)],
    )


def graded(
    reports: list[Report], sources: dict[str, str], bodies: dict[str, str] | None = None
) -> tuple[Grade, list[str], int]:
    documents = {
        doc: DocumentInfo(source=name, published=DAY, body=(bodies or {}).get(doc))
        for doc, name in sources.items()
    }
    result = consolidate(reports, documents=documents, catalogue=CATALOGUE)
    (incident,) = result.incidents
    view = result.views[incident.id]
    return view.grade, view.grade_reasons, view.independent_credible


def test_two_independent_credible_sources_and_an_actor_are_fair() -> None:
    grade, reasons, independent = graded(
        [strike("d1"), strike("d2")], {"d1": "Sample Wire", "d2": "Sample Monitor"}
    )
    assert (grade, independent) == (Grade.FAIR, 2)
    assert "2 independent credible sources" in reasons[0]


def test_a_republishing_source_is_not_independent() -> None:
    grade, reasons, independent = graded(
        [strike("d1"), strike("d2")], {"d1": "Sample Wire", "d2": "Sample Echo"}
    )
    assert (grade, independent) == (Grade.WEAK, 1)
    assert "single independent source" in reasons[0]


def test_two_outlets_of_one_owner_are_one_source() -> None:
    grade, _, independent = graded(
        [strike("d1"), strike("d2")], {"d1": "Sample Ministry", "d2": "Sample State TV"}
    )
    assert (grade, independent) == (Grade.WEAK, 1)


def test_near_identical_texts_are_one_source_even_from_unrelated_outlets() -> None:
    body = "Barrel bombs hit the market of Dael on Monday, killing ten people. " * 5
    grade, _, independent = graded(
        [strike("d1"), strike("d2")],
        {"d1": "Sample Wire", "d2": "Sample Monitor"},
        bodies={"d1": body, "d2": body + " Photo: archive."},
    )
    assert (grade, independent) == (Grade.WEAK, 1)


def test_non_credible_sources_and_missing_actors_keep_it_weak() -> None:
    grade, _, _ = graded([strike("d1"), strike("d2")], {"d1": "Sample Wire", "d2": "Sample Blog"})
    assert grade == Grade.WEAK
    grade, reasons, _ = graded(
        [strike("d1", actors=()), strike("d2", actors=())],
        {"d1": "Sample Wire", "d2": "Sample Monitor"},
    )
    assert (grade, reasons) == (Grade.WEAK, ["no actor named"])


def test_the_actor_accepting_responsibility_confirms() -> None:
    accepts = claim("Syrian army", "syrian-government", Stance.JUSTIFIES)
    grade, reasons, _ = graded([strike("d1", claims=(accepts,))], {"d1": "Sample Wire"})
    assert grade == Grade.CONFIRMED and "responsibility accepted" in reasons[0]


def test_an_accusation_by_a_third_party_does_not_confirm() -> None:
    accuses = claim("United States", "us", Stance.ACCUSES)
    grade, _, _ = graded([strike("d1", claims=(accuses,))], {"d1": "Sample Wire"})
    assert grade == Grade.WEAK


def test_competing_claims_of_responsibility_are_contested() -> None:
    accuses = claim("United States", "us", Stance.ACCUSES)
    denies = claim("Russia", "russia", Stance.DENIES)
    grade, reasons, _ = graded(
        [strike("d1", claims=(accuses, denies)), strike("d2")],
        {"d1": "Sample Wire", "d2": "Sample Monitor"},
    )
    assert grade == Grade.CONTESTED
    assert reasons == ["United States accuse(s); Russia denies"]
    two_sides = [strike("d1"), strike("d2", actors=("russia",))]
    grade, reasons, _ = graded(two_sides, {"d1": "Sample Wire", "d2": "Sample Monitor"})
    assert grade == Grade.CONTESTED and "different sides" in reasons[0]


def test_shown_not_to_have_happened_is_discounted() -> None:
    negated = (Flag.NEGATED,)
    grade, _, _ = graded(
        [strike("d1", flags=negated), strike("d2", flags=negated)],
        {"d1": "Sample Wire", "d2": "Sample Monitor"},
    )
    assert grade == Grade.DISCOUNTED
    un_denies = claim("United Nations", "un", Stance.DENIES)
    accepts = claim("Syrian army", "syrian-government", Stance.CONFIRMS)
    grade, reasons, _ = graded([strike("d1", claims=(un_denies, accepts))], {"d1": "Sample Wire"})
    assert grade == Grade.DISCOUNTED and reasons == ["United Nations (neutral) denies it"]


def test_fixture_grades() -> None:
    found = load_scenario(FIXTURES / "aleppo.yaml")
    result = consolidate(found.reports, documents=found.documents)
    grades = {tuple(sorted(i.report_ids)): result.views[i.id].grade for i in result.incidents}
    convoy = tuple(sorted(stable_id("rep", "aleppo", k) for k in ("a1", "a2", "a3", "a4")))
    assert grades[convoy] == Grade.CONTESTED  # US accuses, Russia denies
    found = load_scenario(FIXTURES / "deir-ez-zor.yaml")
    result = consolidate(found.reports, documents=found.documents)
    strike_id = stable_id("rep", "deir-ez-zor", "a1")
    (incident,) = [i for i in result.incidents if strike_id in i.report_ids]
    view = result.views[incident.id]
    assert view.grade == Grade.CONFIRMED  # the US called it unintended
    names = {s.name: s for s in view.sources}
    assert not names["Demo Partisan Blog (sample)"].credible
    assert set(names["TASS"].reports) == {stable_id("rep", "deir-ez-zor", k) for k in ("a3", "a4")}


def test_packaged_catalogue_groups_government_outlets() -> None:
    catalogue = load_sources()
    assert catalogue.voice("SANA", "d1").key == catalogue.voice("Syrian army", "d2").key
    assert catalogue.voice("TASS", "d1").key == catalogue.voice("RT", "d2").key
    assert catalogue.voice("CENTCOM", "d1").key == catalogue.voice("State Department", "d2").key
    assert (
        catalogue.voice("Demo Wire (sample)", "d1").key
        != catalogue.voice("Demo Monitor (sample)", "d2").key
    )
    assert not catalogue.voice("Demo Partisan Blog (sample)", "d1").credible
    assert catalogue.voice("Unknown Gazette", "d1").key == "src:unknown-gazette"


def test_catalogue_is_validated() -> None:
    with pytest.raises(ConfigError, match="unknown sources"):
        parse_sources("sources:\n  - {id: a, name: A, republishes: b}\n")
    with pytest.raises(ConfigError, match="duplicate"):
        parse_sources("sources:\n  - {id: a, name: A}\n  - {id: a, name: B}\n")
    with pytest.raises(ConfigError, match="sources"):
        parse_sources("- just a list\n")
