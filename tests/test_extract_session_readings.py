"""Readings taken in the thirty-second session from the tuning candidates' errors: each a
general rule, checked on sentences written for this test, not on the batches' own."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.texts import reports_of, stances_of

# (the texts read as published on a Wednesday)
_reports = partial(reports_of, published=dt.date(2015, 3, 18))


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday, barrel bombs were dropped from army helicopters on the edge of Daraya, "
        "killing two.",
        "Barrel bombs dropped from regime helicopters hit the eastern quarter of Daraa on Monday.",
    ],
)
def test_bombs_dropped_from_a_side_s_aircraft_are_that_side_s(sentence: str) -> None:
    (strike,) = _reports(sentence)
    assert strike.type.value == "air_strike"
    assert strike.actors == ["syrian-government"]
    assert "syrian-government" not in strike.targets


@pytest.mark.parametrize(
    ("before", "act"),
    [
        ("The regime has not kept its promise for a single day.", "On Sunday its helicopters"),
        ("No. The regime broke the truce.", "Late on Sunday, two of its helicopters"),
    ],
)
def test_its_helicopters_are_those_of_the_side_an_answer_opened_on(before: str, act: str) -> None:
    body = (
        "Q: Has the army kept the truce in your area?\n\n"
        f"A: {before} {act} dropped barrel bombs on Rityan, killing three women."
    )
    strike = next(r for r in _reports(body) if r.type.value == "air_strike")
    assert strike.actors == ["syrian-government"]


@pytest.mark.parametrize(
    "charge",
    [
        "the Government was not respecting the cessation of violence",
        "the army is not abiding by the truce",
        "neither the army nor the armed opposition was respecting the ceasefire",
    ],
)
def test_a_truce_said_not_to_be_kept_is_a_charge_of_breaking_it(charge: str) -> None:
    (accusation,) = _reports(f"The head of the UN observers told the Council that {charge}.")
    assert accusation.type.value == "violation_accusation"
    assert stances_of(accusation) == {("un", "accuses")}
    assert "syrian-government" in accusation.targets


def test_an_interview_with_a_rebel_group_armed_by_a_state_speaks_for_the_rebels() -> None:
    body = (
        "ALEPPO (Test Wire) - Abu Khaled is an official of Harakat Hazm, a rebel group that "
        "has received weapons from the United States. He spoke to Test Wire on Monday.\n\n"
        "Q: Is the truce holding?\n\n"
        "A: No. On Saturday their checkpoint near Darat Izza stopped a car carrying six of our "
        "fighters and took all six."
    )
    reports = _reports(body)
    assert reports
    assert all("us" not in r.actors and "us" not in r.targets for r in reports)
    assert all(c.claimant_actor_id != "us" for r in reports for c in r.claims)


@pytest.mark.parametrize("group", ["Harakat Hazm", "the Syria Revolutionaries Front"])
def test_a_group_of_the_armed_opposition_is_named_with_it(group: str) -> None:
    (clash,) = _reports(f"Fighters of {group} clashed with the army near Atarib on Monday.")
    assert "opposition" in clash.actors


def test_members_of_a_group_taken_from_their_homes_are_abducted() -> None:
    (abduction,) = _reports(
        "In Kansafra, a Nusra Front patrol took three former members of the Syria "
        "Revolutionaries Front from their homes on Thursday."
    )
    assert abduction.type.value == "abduction"
    assert abduction.actors == ["jfs"]
    assert abduction.targets == ["opposition"]


@pytest.mark.parametrize(
    "sentence",
    [
        "At noon, shells fired from the regime's Wadi al-Deif camp fell on Maarat al-Numan, "
        "wounding four civilians.",
        "On Tuesday afternoon shells from the Fourth Division's positions on the hills fell on "
        "Beit Jinn and killed two civilians.",
    ],
)
def test_shells_from_a_side_s_camp_or_positions_are_that_side_s(sentence: str) -> None:
    (shelling,) = _reports(sentence)
    assert shelling.actors == ["syrian-government"]
    assert shelling.targets == ["civilians"]


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Jets struck positions around the Syrian town of al-Bab on Monday.", "near"),
        ("Warplanes struck al-Waer, the last rebel-held district of the Syrian city of Homs, "
         "on Tuesday.", "in"),
        ("A car bomb killed 12 people on Monday in a district of the central city of Homs.",
         "in"),
    ],
)  # fmt: skip
def test_a_country_s_name_for_a_town_and_a_town_s_district_keep_the_relation(
    sentence: str, relation: str
) -> None:
    (event,) = _reports(sentence)
    assert event.place.relation.value == relation


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Tuesday (10 March).", 10),
        ("Thursday night (12 March).", 12),
        ("Tuesday (11 March).", None),
    ],
)
def test_a_report_s_item_headed_by_its_day_told_twice_is_of_that_day(
    heading: str, day: int | None
) -> None:
    body = (
        "Weekly field report No. 31, covering 9-15 March 2015.\n\n"
        "INCIDENTS\n\n"
        f"{heading} Clashes broke out between the Nusra Front and Harakat Hazm at a checkpoint "
        "near Khan al-Subul. Two fighters were killed."
    )
    (clash,) = reports_of(body, dt.date(2015, 3, 16))  # the Monday after the week
    if day is None:  # (a weekday and a date that disagree give no day)
        assert clash.date.start != dt.date(2015, 3, 11)
    else:
        assert (clash.date.start, clash.date.end) == (dt.date(2015, 3, day),) * 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Our fire support vehicles immediately struck the sources of the fire, and six "
        "terrorists were neutralised.",
        "Army units responded to the sources of the fire on the outskirts of Latamneh with the "
        "appropriate weapons.",
    ],
)
def test_an_army_s_guns_answering_fire_are_a_shelling(sentence: str) -> None:
    (answer,) = _reports(sentence)
    assert answer.type.value == "shelling"


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia kidnapped 14 young men on Monday in raids on a number of neighbourhoods "
        "in Qamishli city.",
        "The women, whom the militants seized in the village of al-Shabki during their raids "
        "on the eastern edge of the province on Monday, are still held.",
        "The names of 187 civilians seized by ISIS fighters in the raid on the Khabour "
        "villages on Monday were published.",
    ],
)
def test_people_seized_in_raids_are_abducted_not_struck_from_the_air(sentence: str) -> None:
    (seizure,) = _reports(sentence)
    assert seizure.type.value == "abduction"


def test_people_killed_in_raids_are_still_struck_from_the_air() -> None:
    (raid,) = _reports("Two civilians were killed in raids on Douma on Monday.")
    assert raid.type.value == "air_strike"
