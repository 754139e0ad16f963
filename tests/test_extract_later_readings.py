"""Readings taken from the blind batches released for tuning in the twenty-ninth session
(`vh*` to `vp*`) and from the other tuning candidates' errors: each a general rule, checked
on sentences written for this test, not on the batches' own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of, stances_of
from truce.model import Report

PUBLISHED = dt.date(2015, 6, 11)  # a Thursday


def _reports(body: str) -> list[Report]:
    return reports_of(body, PUBLISHED)


def test_fire_that_came_down_across_the_border_is_not_the_act_told_before() -> None:
    inside, abroad = _reports(
        "Government artillery shelled the town of Talkalakh on Tuesday, residents said.\n\n"
        "On Tuesday evening, three rockets fired from the Syrian side crashed into the Lebanese "
        "village of Wadi Khaled, wounding a shepherd."
    )
    assert (inside.type.value, abroad.type.value) == ("shelling", "shelling")
    assert (inside.place.name, abroad.place.name) == ("Talkalakh", None)  # not in Syria


@pytest.mark.parametrize(
    "intro",
    [
        "Hama, SANA - The General Command of the Army and Armed Forces issued a statement on "
        "Sunday on the operations in the northern countryside. Following is the text of the "
        "statement:",
        "Damascus, SANA - Following is the text of a statement issued on Sunday by the General "
        "Command of the Army and Armed Forces:",
    ],
)
def test_a_statement_printed_after_its_introduction_is_its_issuer_s(intro: str) -> None:
    (strike,) = _reports(
        f"{intro}\n\nOur air force on Saturday destroyed three vehicles of the terrorists of "
        "Jabhat al-Nusra near the village of Kafr Zita."
    )
    assert (strike.type.value, strike.actors) == ("air_strike", ["syrian-government"])
    assert stances_of(strike) == {("syrian-government", "reports")}


def test_the_side_a_statement_denies_acted_is_named_by_its_words() -> None:
    (denied,) = _reports(
        "Damascus, SANA - Following is the text of a statement issued on Sunday by the General "
        "Command of the Army and Armed Forces:\n\nThe General Command categorically denies the "
        "lies spread by terrorist media that army helicopters dropped barrel bombs on the market "
        "of Kafr Zita on Saturday."
    )
    assert (denied.type.value, denied.actors) == ("air_strike", ["syrian-government"])
    assert stances_of(denied) == {("syrian-government", "denies")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lebanese army shelled the gunmen's positions near Arsal on Monday.",
        "Iraqi army bulldozers demolished houses near Albu Kamal on Monday.",
    ],
)
def test_another_nation_s_army_is_not_syria_s(sentence: str) -> None:
    (act,) = _reports(sentence)
    assert act.actors == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Two rockets fired from Syria hit Hermel on Monday, Lebanon's state news agency said.",
        # (a wire's comma lost: the other nation's medium, not the side named before it)
        "Jordanian jets struck Islamic State targets near Raqqa on Thursday Jordanian state TV "
        "reported.",
    ],
)
def test_another_nation_s_state_media_are_not_sana_nor_the_side_named_before(
    sentence: str,
) -> None:
    (act,) = _reports(sentence)
    assert stances_of(act) == set()


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("Rebels ambushed an army column near al-Dabaa on Sunday.", ["syrian-government"]),
        ("Rebels shelled a government garrison in the citadel on Monday.",
         ["syrian-government"]),
    ],
)  # fmt: skip
def test_whose_columns_and_garrisons_were_hit(sentence: str, targets: list[str]) -> None:
    (act,) = _reports(sentence)
    assert act.targets == targets


def test_a_briefing_s_verdict_on_the_report_it_told_is_its_own() -> None:
    (strike,) = reports_of(
        "Moscow, 12 October 2015.\n\nWe have seen reports by Western media, citing activists, "
        "that Russian aircraft struck a hospital in Sarmin on Monday. These reports are a "
        "fabrication.",
        dt.date(2015, 10, 14),
        title="Briefing by the official representative of the Russian Ministry of Defence",
        source="Russian Ministry of Defence",
    )
    assert ("russia", "disputes") in stances_of(strike)


def test_a_name_given_to_the_act_told_before_is_that_act() -> None:
    (killing,) = _reports(
        "Gunmen killed 14 men in Karm al-Zeitoun on Sunday. Activists called it the deadliest "
        "single massacre since the uprising began in March last year."
    )
    assert killing.type.value == "attack_on_civilians"


def test_a_correction_of_a_live_page_s_entry_tells_that_entry_s_event_again() -> None:
    sharakrak, sarrin = _reports(
        "06:55 — The YPG says three of its fighters were killed in clashes with Islamic State "
        "militants at Sharakrak.\n\n11:00 — Fighting continued in Sarrin, where at least nine "
        "militants were killed in clashes, the Observatory says.\n\n17:40 — CORRECTION: Our "
        "06:55 entry said three YPG fighters were killed at Sharakrak. Kurdish officials now "
        "say two fighters were killed and four wounded."
    )
    assert sharakrak.injuries is not None and sharakrak.injuries.best == 4
    assert sarrin.fatalities is not None and sarrin.fatalities.best == 9
    assert sarrin.injuries is None


@pytest.mark.parametrize(
    "reason",
    [
        "Turkish officials said the closure was a security measure.",
        "Turkish officials said the trucks had been searched for security reasons.",
    ],
)
def test_a_reason_of_security_given_for_aid_held_justifies_it(reason: str) -> None:
    (held,) = _reports(
        "Since Monday, 30 aid trucks have been waiting at the Oncupinar crossing to enter "
        f"Syria. {reason}"
    )
    assert ("turkey", "justifies") in stances_of(held)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # "last Saturday" in a Saturday paper: a week before; the act's own possessive day
        ("Last Saturday's government air raid on the market in Anadan killed at least 11 "
         "people, and jets have returned to the town almost daily this month.", 19),
        ("A government air raid on the market in Anadan last Saturday killed four people.", 19),
        ("A government air raid on the market in Anadan last Thursday killed four people.", 24),
    ],
)  # fmt: skip
def test_last_weekday_is_the_one_before_the_paper_s_day(sentence: str, day: int) -> None:
    (raid,) = reports_of(sentence, dt.date(2013, 10, 26))  # a Saturday
    assert (raid.date.start, raid.date.end) == (dt.date(2013, 10, day),) * 2


def test_the_day_a_fight_began_told_in_an_aside_is_not_the_day_it_flared_again() -> None:
    (fight,) = reports_of(
        "Fighting between the two factions, which began on 28 April, flared again on 21 May "
        "in the orchards of Beit Sawa.",
        dt.date(2016, 5, 25),
    )
    assert (fight.date.start, fight.date.end) == (dt.date(2016, 5, 21),) * 2


def test_earlier_in_the_day_is_the_day_of_the_act_told_before() -> None:
    repelled, sorties = reports_of(
        "Army units repelled an attack by terrorists on Tal Tamr on Sunday, a military source "
        "said. The air force had earlier in the day carried out sorties on their dens near "
        "Tal Baz.",
        dt.date(2015, 3, 10),  # a Tuesday
    )
    assert repelled.date.start == sorties.date.start == sorties.date.end == dt.date(2015, 3, 8)


def test_aid_kept_at_a_checkpoint_on_its_way_is_near_the_place_it_was_for() -> None:
    (held,) = _reports(
        "On Monday a Red Crescent convoy of six trucks carrying flour for Talbiseh was stopped "
        "at an army checkpoint on the Homs road."
    )
    assert (held.type.value, held.place.name, held.place.relation.value) == (
        "aid_access",
        "Talbiseh",
        "near",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday a mortar round struck a Red Crescent ambulance at the evacuation point.",
        "Gunmen opened fire on two of its ambulances on the highway outside Palmyra on Monday.",
        "On Monday an ambulance run by a local charity was struck by a guided missile near Ariha.",
    ],
)
def test_ambulances_and_aid_convoys_hit_are_aid_incidents(sentence: str) -> None:
    assert [r.type.value for r in _reports(sentence)] == ["aid_access"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday government troops backed by Russian air strikes broke the siege of the "
        "garrison.",
        "Pro-government fighters - backed by Russian air strikes - retook the village of "
        "Khalasa on Monday.",
    ],
)
def test_the_fire_that_backed_a_ground_act_is_its_support_not_the_act(sentence: str) -> None:
    assert [r.type.value for r in _reports(sentence)] == ["armed_clash"]
