"""An act told as what someone blames or accuses others of: a statement that declares a
truce over "accusing rebels of shelling al-Midan" reports two events, and an act known only
from an accusation is alleged until another source bears it out. Each a general rule,
checked on texts written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of, stances_of
from truce.model import DatePrecision, EventType, Flag, Report, Stance

PUBLISHED = dt.date(2016, 5, 8)  # a Sunday


def _reports(body: str) -> list[Report]:
    return reports_of(body, PUBLISHED)


def _one(reports: list[Report], kind: EventType) -> Report:
    found = [r for r in reports if r.type is kind]
    assert len(found) == 1, [r.type for r in reports]
    return found[0]


def _declared_over_and(body: str, kind: EventType) -> tuple[Report, Report]:
    """The truce declared over in ``body`` and the act of ``kind`` it blames."""
    reports = _reports(body)
    return _one(reports, EventType.CEASEFIRE_DECLARED_OVER), _one(reports, kind)


def test_a_truce_declared_over_and_the_act_it_blames_are_two_events() -> None:
    over, act = _declared_over_and(
        "The Syrian army declared the truce in Aleppo over on Sunday, accusing rebels of "
        "shelling the district of al-Midan in an attack that killed two people.",
        EventType.SHELLING,
    )
    assert over.actors == ["syrian-government"]
    assert act.actors == ["opposition"]
    assert act.fatalities is not None and act.fatalities.best == 2
    assert ("syrian-government", Stance.ACCUSES) in {
        (c.claimant_actor_id, c.stance) for c in act.claims
    }
    assert Flag.ALLEGED in act.flags  # known only from the army's charge
    # no day of its own: that day or the day before, for all the words say
    assert (act.date.start, act.date.end) == (dt.date(2016, 5, 7), dt.date(2016, 5, 8))
    assert act.date.precision is DatePrecision.DAYS


def test_a_blamed_act_at_dawn_happened_on_the_day_of_the_words() -> None:
    over, act = _declared_over_and(
        "But the truce collapsed within hours, a tribal commander told reporters on Sunday, "
        "accusing SDF snipers of shooting dead a civilian on the edge of Dhiban at dawn.",
        EventType.ATTACK_ON_CIVILIANS,
    )
    assert (act.date.start, act.date.end) == (PUBLISHED, PUBLISHED)
    assert over.actors == []  # who is accused did not end the truce
    assert over.place.admin1_pcode == act.place.admin1_pcode is not None  # Dhiban's


def test_a_later_account_of_the_blamed_act_is_the_same_event_and_bears_it_out() -> None:
    reports = _reports(
        "The Syrian army declared the truce in Aleppo over on Sunday, accusing rebels of "
        "shelling the district of al-Midan in an attack that killed two people.\n\n"
        "Hours later, warplanes struck the rebel-held district of al-Kallaseh, killing nine "
        "people, the Syrian Observatory for Human Rights said.\n\n"
        "The Observatory confirmed that rebel shells had hit al-Midan late on Saturday."
    )
    act = _one(reports, EventType.SHELLING)
    assert (act.date.start, act.date.end) == (dt.date(2016, 5, 7), dt.date(2016, 5, 7))
    assert Flag.ALLEGED not in act.flags  # the Observatory bears it out
    strike = _one(reports, EventType.AIR_STRIKE)
    assert strike.date.start == strike.date.end == PUBLISHED  # hours after the declaration


def test_an_accused_act_the_accused_calls_an_accident_is_not_merely_alleged() -> None:
    reports = _reports(
        "The Syrian Democratic Forces accused Turkey on Sunday of shelling the village of "
        "Arima, killing six people. A Turkish official said the shells may have hit a house "
        "by mistake."
    )
    act = _one(reports, EventType.SHELLING)
    assert Flag.ALLEGED not in act.flags


def test_an_accused_act_that_is_denied_stays_alleged() -> None:
    reports = _reports(
        "The Syrian Democratic Forces accused Turkey on Sunday of shelling the village of "
        "Arima, killing six people. Turkey denied firing at the village."
    )
    assert Flag.ALLEGED in _one(reports, EventType.SHELLING).flags


@pytest.mark.parametrize(
    "body",
    [
        "The council denies the allegation, broadcast by the regime's media, that fighters "
        "from al-Hirak fired rockets at the city of Izra' on Saturday evening.",
        # what reports say, as a noun
        "Reports circulated by a number of foreign media outlets, citing local activists, that "
        "Russian aircraft shelled a farm near Badama on 8 June do not correspond to reality.",
    ],
)
def test_an_act_told_as_what_an_allegation_says_is_alleged(body: str) -> None:
    assert Flag.ALLEGED in _one(_reports(body), EventType.SHELLING).flags


def test_a_monitor_that_reports_an_act_does_not_make_it_alleged() -> None:
    reports = _reports("The Observatory reports that rockets hit the city of Izra' on Saturday.")
    assert Flag.ALLEGED not in _one(reports, EventType.SHELLING).flags


@pytest.mark.parametrize(
    "body",
    [
        "The army command says the ceasefire in Eastern Ghouta is over, accusing terrorist "
        "groups of firing mortars at army positions near Harasta.",
        # the act a few words past "of"
        "The Syrian army called off a three-day truce in Aleppo on Sunday, accusing rebel "
        "groups of exploiting the lull to shell government-held parts of the city.",
    ],
)
def test_the_declaration_leads_and_the_blamed_act_follows(body: str) -> None:
    reports = _reports(body)
    assert [r.type for r in reports] == [EventType.CEASEFIRE_DECLARED_OVER, EventType.SHELLING]


def test_a_question_asserts_nothing() -> None:
    reports = _reports(
        "Q: Activists in Idlib say Russian jets struck the vegetable market in Maarat al-Numan "
        "on Saturday and killed eleven people. Do you confirm this strike?"
    )
    strike = _one(reports, EventType.AIR_STRIKE)
    assert Stance.CONFIRMS not in {c.stance for c in strike.claims}


@pytest.mark.parametrize(
    ("body", "kind", "denier"),
    [
        (
            "Shells struck a crowded street in Kafr Laha on Saturday, killing three people. "
            "A rebel spokesman said the army had violated the truce nine times. The Syrian "
            "army denied that its units had fired on Kafr Laha.",
            EventType.SHELLING,
            "syrian-government",
        ),
        (
            "Army helicopters dropped barrel bombs on the town of Busra al-Harir on Saturday. "
            "A rebel spokesman said government forces had violated the truce. The Russian "
            "Centre for Reconciliation denied that any aircraft had flown over Daraa on "
            "Saturday.",
            EventType.AIR_STRIKE,
            "russia",
        ),
    ],
)
def test_a_denial_naming_an_act_is_of_that_act_not_of_the_charge_before(
    body: str, kind: EventType, denier: str
) -> None:
    reports = _reports(body)
    accusation = _one(reports, EventType.VIOLATION_ACCUSATION)
    assert (denier, "denies") in stances_of(_one(reports, kind))
    assert (denier, "denies") not in stances_of(accusation)


def test_a_spokesman_described_at_length_answers_the_act_told_before() -> None:
    shelling = _one(
        _reports(
            "On Saturday evening, rockets fired by rebels hit the government-held Midan "
            "district of Aleppo, killing six civilians, state television said.\n\n"
            "A spokesman for the Levant Front, one of the largest rebel factions in the city, "
            "told reporters that its fighters had not targeted civilians."
        ),
        EventType.SHELLING,
    )
    assert ("opposition", "denies") in stances_of(shelling)


def test_weapons_not_handed_over_are_a_term_unmet() -> None:
    term = _one(
        _reports(
            "SANA said the armed groups had not handed over their heavy weapons by Saturday "
            "evening, as the agreement required."
        ),
        EventType.COMMITMENT,
    )
    stances = {stance for _, stance in stances_of(term)}
    assert "commitment_unmet" in stances and "commitment_met" not in stances


def test_what_each_side_says_of_a_withdrawal_is_whether_it_was_kept() -> None:
    term = _one(
        _reports(
            "The SDF said on Monday that the last of its fighters had left Tal Rifaat in May, "
            "as the deal requires. Turkish officials insisted that dozens of YPG fighters were "
            "still there. A Russian officer said the withdrawal had been completed."
        ),
        EventType.COMMITMENT,
    )
    stances = set(stances_of(term))
    assert {("turkey", "commitment_unmet"), ("russia", "commitment_met")} <= stances


def test_an_accuser_described_and_dated_before_its_verb_accuses() -> None:
    attack = _one(
        _reports(
            "The National Front for Liberation, the main Turkish-backed rebel alliance in the "
            "area, on Sunday accused government forces of firing shells filled with chlorine at "
            "its positions near al-Lataminah."
        ),
        EventType.CHEMICAL_WEAPON,
    )
    assert ("opposition", "accuses") in stances_of(attack)
    assert Flag.ALLEGED in attack.flags


def test_what_a_source_says_the_other_side_is_preparing_is_no_charge_of_an_act() -> None:
    attack = _one(
        _reports(
            "The National Front for Liberation on Sunday accused government forces of firing "
            "shells filled with chlorine at its positions near al-Lataminah. A military source "
            "quoted by SANA dismissed the accusation. The source said militants were preparing "
            "to stage a chemical incident in order to blame the army for it."
        ),
        EventType.CHEMICAL_WEAPON,
    )
    assert ("sana", "accuses") not in stances_of(attack)


@pytest.mark.parametrize("speaker", ["A rebel official", "A Faylaq al-Rahman official"])
def test_saying_it_was_the_other_sides_fault_accuses(speaker: str) -> None:
    held = _one(
        _reports(
            f"{speaker} said the delay was the army's fault: soldiers had refused to let Red "
            "Crescent teams into Arbin to register the wounded."
        ),
        EventType.AID_ACCESS,
    )
    assert ("opposition", "accuses") in stances_of(held)
