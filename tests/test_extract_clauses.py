"""A sentence that reports two incidents gives two events; one incident told in a long
sentence stays one."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of
from truce.extract.clauses import coordinated_clauses, has_own_subject
from truce.model import EventType, Report

PUBLISHED = dt.date(2016, 10, 4)  # a Tuesday


def _reports(body: str, title: str = "Syria update") -> list[Report]:
    return reports_of(body, PUBLISHED, title)


def _by_place(reports: list[Report]) -> dict[str | None, Report]:
    return {r.place.name: r for r in reports}


def test_two_incidents_joined_by_and_are_two_events() -> None:
    reports = _reports(
        "Russian jets struck the town of Saraqeb in Idlib province on Monday, and government "
        "artillery shelled the Sukkari district of Aleppo, activists said. Three people were "
        "killed in Saraqeb."
    )
    found = _by_place(reports)
    assert set(found) == {"Saraqeb", "Sukkari"}
    strike, shelling = found["Saraqeb"], found["Sukkari"]
    assert (strike.type, strike.actors) == (EventType.AIR_STRIKE, ["russia"])
    assert (shelling.type, shelling.actors) == (EventType.SHELLING, ["syrian-government"])
    # the second incident shares the sentence's date and its speakers
    assert shelling.date.start == strike.date.start == dt.date(2016, 10, 3)
    assert {c.claimant_actor_id for c in shelling.claims} == {"activists"}
    # the toll names Saraqeb: it is the air strike's, not the latest event's
    assert strike.fatalities is not None and strike.fatalities.best == 3
    assert shelling.fatalities is None
    # each event rests on its own words: the shelling on its clause only
    assert [e.text for e in shelling.evidence] == [
        "government artillery shelled the Sukkari district of Aleppo, activists said."
    ]


def test_while_clause_takes_its_own_toll() -> None:
    reports = _reports(
        "An air strike hit a hospital in Maarat al-Numan while rebels shelled the Hamdaniya "
        "district of Aleppo, killing two children."
    )
    assert [r.type for r in reports] == [EventType.AIR_STRIKE, EventType.SHELLING]
    strike, shelling = reports
    assert strike.place.name == "Maarat al-Numan" and strike.fatalities is None
    assert shelling.actors == ["opposition"]
    assert shelling.fatalities is not None and shelling.fatalities.best == 2


def test_rockets_that_wounded_are_a_second_incident() -> None:
    reports = _reports(
        "Government shelling killed two civilians in the rebel-held town of Atareb yesterday "
        "afternoon, while rebel rockets wounded five people in the New Aleppo district of "
        "Aleppo city, the Syrian Observatory for Human Rights says."
    )
    shelling, rockets = reports
    assert (shelling.place.name, shelling.actors) == ("Atareb", ["syrian-government"])
    assert (rockets.type, rockets.place.name, rockets.actors) == (
        EventType.SHELLING, "New Aleppo", ["opposition"]
    )  # fmt: skip
    assert rockets.injuries is not None and rockets.injuries.best == 5


@pytest.mark.parametrize(
    "sentence",
    [
        # a toll and its attack
        "At least 21 people were killed and 50 hurt on Sunday in a rebel mortar attack on "
        "Aleppo, a monitor said.",
        # one subject, two verbs
        "Government forces shelled Harasta and killed three people in Douma.",
        # two attackers of one raid
        "Russian and Syrian jets pounded Aleppo on Thursday.",
        # the second clause has no place of its own
        "Jets struck Saraqeb on Monday, and rockets hit the town again hours later.",
        # a speaker's report, not a second act
        "Jets struck Saraqeb while the Observatory reported strikes on Idlib.",
        # what the act was done with, listed
        "Government forces shelled the centre of Kafr Batna on Saturday with surface-to-surface "
        "missiles and mortar rounds, our correspondent in the besieged Eastern Ghouta reported.",
    ],
)
def test_one_incident_stays_one_event(sentence: str) -> None:
    assert len(_reports(sentence)) == 1


def test_clause_words() -> None:
    text = "Jets struck Saraqeb, and artillery shelled Aleppo and wounded five in Idlib"
    joints = [text[start:] for _, start in coordinated_clauses(text)]
    assert joints == ["artillery shelled Aleppo and wounded five in Idlib"]
    clause = "government artillery shelled the city"
    assert has_own_subject(clause, clause.index("artillery"))
    assert not has_own_subject("50 hurt in a mortar attack", 14)
    assert not has_own_subject("villages in a new offensive", 15)


def test_an_agreement_an_act_was_done_under_is_its_own_event_when_new() -> None:
    departure, agreement = _reports(
        "On Monday, the first group of some 1,600 fighters and their families left Yalda for "
        "the north of Aleppo governorate, under a local agreement reached on 29 September "
        "between the government and the armed groups in the town."
    )
    assert (departure.type, departure.place.name) == (EventType.COMMITMENT, "Yalda")
    assert departure.date.start == dt.date(2016, 10, 3)
    assert agreement.type is EventType.CEASEFIRE_ANNOUNCED
    assert agreement.date.start == dt.date(2016, 9, 29)
    assert agreement.actors == ["syrian-government", "opposition"]
    assert [e.text for e in agreement.evidence] == [
        "under a local agreement reached on 29 September between the government and the "
        "armed groups in the town."
    ]
    # one told before, or long past, is not
    for told in ("under the agreement reached last month", "under a 2015 deal brokered by Moscow"):
        (only,) = _reports(f"On Monday, 300 fighters left Yalda on 11 buses, {told}.")
        assert only.type is EventType.COMMITMENT


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        # the fighting named by a noun alone, "hours after" a truce agreed on a named day
        (
            "Army and SDF commanders agreed on Tuesday to an immediate ceasefire around Aleppo, "
            "hours after overnight clashes at checkpoints in Sheikh Maqsoud.",
            (3, 4),
        ),
        # the fighting of several days, with a verb and a toll of its own
        (
            "The ministry announced a ceasefire in Suwayda on Tuesday morning, after fighting "
            "since Sunday between Druze fighters and Bedouin gunmen killed at least 89 people.",
            (2, 4),
        ),
    ],
)
def test_a_truce_made_after_fighting_tells_the_fighting_too(
    sentence: str, days: tuple[int, int]
) -> None:
    truce, fight = _reports(sentence)
    assert truce.type is EventType.CEASEFIRE_ANNOUNCED
    assert (truce.date.start, truce.date.end) == (PUBLISHED, PUBLISHED)
    assert fight.type is EventType.ARMED_CLASH
    assert (fight.date.start, fight.date.end) == (
        dt.date(2016, 10, days[0]),
        dt.date(2016, 10, days[1]),
    )


def test_a_truce_after_the_fighting_told_before_is_one_event() -> None:
    body = (
        "Heavy clashes broke out in the barrens of Arsal on Tuesday.\n\n"
        "The ceasefire took effect at dawn on Thursday, two days after the fighting began."
    )
    assert [r.type for r in _reports(body)] == [
        EventType.ARMED_CLASH,
        EventType.CEASEFIRE_ANNOUNCED,
    ]


def test_a_truce_declared_dead_after_strikes_comes_first() -> None:
    """(The strikes are told too: the set's zj06 reads them in such a sentence.)"""
    kinds = [
        r.type for r in _reports("Rebels declare Idlib ceasefire dead after air strikes on Sarmin.")
    ]
    assert kinds == [EventType.CEASEFIRE_DECLARED_OVER, EventType.AIR_STRIKE]


def test_a_truce_weeks_after_fighting_tells_no_fighting_of_its_own() -> None:
    kinds = [
        r.type
        for r in _reports(
            "The truce took effect on Tuesday, a week after heavy clashes around the crossing."
        )
    ]
    assert kinds == [EventType.CEASEFIRE_ANNOUNCED]
