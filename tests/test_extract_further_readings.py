"""Readings taken in the thirtieth session from the tuning candidates' errors: each a general
rule, checked on sentences written for this test, not on the batches' own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of, stances_of
from truce.model import Report

PUBLISHED = dt.date(2016, 3, 9)  # a Wednesday


def _reports(body: str) -> list[Report]:
    return reports_of(body, PUBLISHED)


@pytest.mark.parametrize(
    "where",
    [
        "on the eastern edge of the village",
        "at the southern entrance to the town",
        "at the foot of the hill that overlooks it",
    ],
)
def test_an_act_at_the_edge_of_an_unplaced_spot_is_near_the_story_s_place(where: str) -> None:
    told, edge = _reports(
        "Army artillery shelled the town of Talbiseh on Monday, activists said.\n\n"
        f"On Tuesday, gunmen fired on a checkpoint {where}, wounding two men."
    )
    assert (told.place.name, told.place.relation.value) == ("Talbiseh", "in")
    assert (edge.place.name, edge.place.relation.value) == ("Talbiseh", "near")


def test_a_truce_said_to_be_dead_is_declared_over_by_its_speaker() -> None:
    declared, _ = _reports(
        "Deir ez-Zor, Syria - We spoke on Sunday to a commander of a Free Syrian Army "
        "battalion in the city.\n\nQ: Is the truce holding?\n\nA: The truce is dead. It died "
        "on Friday morning when their artillery shelled al-Jubeileh."
    )
    assert declared.type.value == "ceasefire_declared_over"
    assert stances_of(declared) == {("opposition", "declares_over")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Trucks of flour were hit at the crossing on Monday, and two drivers were killed.",
        "An aid convoy was shelled on the road to the town on Monday, killing two drivers.",
    ],
)
def test_aid_trucks_hit_are_an_aid_incident(sentence: str) -> None:
    (hit,) = _reports(f"{sentence}\n\nThe drivers' families buried them the next day.")
    assert (hit.type.value, hit.targets) == ("aid_access", ["aid-workers"])


@pytest.mark.parametrize(
    ("site", "name"),
    [
        ("the Bab al-Salama crossing, north of Azaz", "Bab al-Salama crossing"),
        ("the Yarmouk camp, south of Damascus", "Yarmouk camp"),
    ],
)
def test_a_site_with_its_bearing_from_a_town_is_where_the_act_was(site: str, name: str) -> None:
    (hit,) = _reports(f"Shells hit {site}, on Monday.")
    assert (hit.place.name, hit.place.relation.value) == (name, "in")


def test_a_request_to_bring_in_aid_refused_is_an_aid_incident() -> None:
    (refused,) = _reports(
        "On 14 April, the Government of Syria informed the UN that it could not approve a "
        "request, submitted in March, to add surgical supplies to the cargo flown into the "
        "military airport."
    )
    assert (refused.type.value, refused.actors) == ("aid_access", ["syrian-government"])
    assert not _reports(
        "The ministry said it could not approve a request from the newspaper for an interview."
    )


@pytest.mark.parametrize(
    "update",
    [
        "The toll of today's massacre at the covered market has risen to 21.",
        "The toll from the morning's air strikes on al-Mayadin has risen to 21.",
    ],
)
def test_a_risen_toll_is_of_the_act_it_names_not_the_latest(update: str) -> None:
    market, shooting = _reports(
        "[1] al-Mayadin | 12:10\nRussian warplanes fired missiles at the covered market in "
        "al-Mayadin at midday, killing at least 16 civilians.\n\n"
        "[2] Deir ez-Zor | 15:45\nISIS members shot dead two civilians in the square of the "
        "Harabish district this afternoon.\n\n"
        f"[3] al-Mayadin | 20:30\n{update}"
    )
    assert (market.type.value, shooting.type.value) == ("air_strike", "attack_on_civilians")
    assert len(market.evidence) == 2  # the update told the strike again
    assert market.fatalities is not None and market.fatalities.low == 16  # the first figure


@pytest.mark.parametrize(
    "question", ["Q: When were your villages last bombed?", "Q: How often do the jets strike?"]
)
def test_a_question_of_when_or_how_often_tells_no_act(question: str) -> None:
    assert not _reports(f"{question}\n\nA: I cannot say.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Our monitors expect the air raids to spread to Idlib if the truce formally collapses.",
        "Residents fear that the shelling of the town will resume after the holiday.",
    ],
)
def test_an_act_expected_is_not_yet_an_act(sentence: str) -> None:
    assert not _reports(sentence)


def test_a_side_described_by_what_it_has_done_tells_no_act() -> None:
    assert not _reports(
        "Jabhat al-Nusra, the jihadist group behind several of this year's deadliest suicide "
        "bombings in Damascus and Aleppo, said in a statement that it would not observe the truce."
    )


def test_the_bombing_after_a_car_bomb_is_the_car_bomb() -> None:
    (bomb,) = _reports(
        "11:05 — A car bomb exploded in the Daf al-Shok district of Damascus this morning, "
        "killing at least eight people, state television says.\n\n13:40 — A Free Syrian Army "
        "spokesman in Damascus tells us the rebels had nothing to do with the bombing and "
        "accuses the security services of staging it."
    )
    assert bomb.type.value == "remote_explosive"
    assert ("opposition", "accuses") in stances_of(bomb)


def test_the_air_force_in_lower_case_strikes_from_the_air() -> None:
    (strike,) = _reports(
        "SANA said the air force had targeted a bakery in al-Mayadin on Sunday, killing 14 "
        "civilians."
    )
    assert strike.type.value == "air_strike"


@pytest.mark.parametrize(
    "sentence",
    [
        "ISIL detonated a suicide vehicle-borne improvised explosive device at government "
        "positions on the perimeter of the airport on Monday.",
        "An SVBIED struck an army checkpoint at the airport on Monday, local sources said.",
    ],
)
def test_a_suicide_vehicle_borne_device_is_a_suicide_bomb(sentence: str) -> None:
    (bomb,) = _reports(sentence)
    assert bomb.type.value == "suicide_bomb"


def test_a_person_taken_by_name_from_home_is_abducted() -> None:
    (taken,) = _reports(
        "A: Daesh fighters took Khaled, one of our volunteers, from his home on 16 January."
    )
    assert (taken.type.value, taken.actors) == ("abduction", ["isis"])


def test_they_in_a_speaker_s_own_turn_is_another_side() -> None:
    (strike,) = _reports(
        "Nisrin Ahmed is a spokeswoman for the Syrian Democratic Forces. She spoke to us on "
        "Tuesday.\n\nQ: What happened on Sunday?\n\nA: On Sunday they bombed the outskirts of "
        "Tal Tamr twice in one hour."
    )
    assert strike.actors == []  # not the SDF, who speaks
    assert stances_of(strike) == {("sdf", "reports")}


@pytest.mark.parametrize(
    "header",
    [
        "Translated from Turkish. Abu Hasan commands a Turkmen brigade from the Jabal Turkman.",
        "Abu Hasan commands a Turkmen brigade. He spoke to us in Yayladagi, on the Turkish side "
        "of the border, on Tuesday.",
    ],
)
def test_a_turkmen_brigade_speaks_for_the_opposition_not_turkey(header: str) -> None:
    (strike,) = _reports(
        f"{header}\n\nQ: What happened on Sunday?\n\nA: On Sunday the jets bombed the "
        "outskirts of Yamadi, near the camps, twice in one hour."
    )
    assert stances_of(strike) == {("opposition", "reports")}


def test_the_language_an_interview_was_translated_from_is_no_speaker() -> None:
    (strike,) = _reports(
        "Translated from Turkish. Abu Hasan is a farmer from Yamadi. He spoke to us on "
        "Tuesday.\n\nQ: What happened on Sunday?\n\nA: On Sunday the jets bombed the outskirts "
        "of Yamadi, near the camps, twice in one hour."
    )
    assert "turkey" not in {claimant for claimant, _ in stances_of(strike)}


def test_a_report_covering_a_day_dates_its_undated_incidents() -> None:
    (shelling,) = reports_of(
        "Daily field report of the Monitoring Network, covering Saturday 27 October 2012, the "
        "second day of the truce. Issued on Sunday 28 October.\n\nIDLIB\n- Army tanks shelled "
        "the eastern neighbourhoods of Maarat al-Numan through the morning, killing two "
        "children.",
        dt.date(2012, 10, 28),
    )
    assert (shelling.date.start, shelling.date.end) == (dt.date(2012, 10, 27),) * 2


def test_a_report_s_timed_item_is_of_the_day_it_covers() -> None:
    (strike,) = reports_of(
        "Daily field report of the Monitoring Network, covering Saturday 27 October 2012, the "
        "second day of the truce. Issued on Sunday 28 October.\n\nRURAL DAMASCUS\n- Government "
        "warplanes struck Irbin in the Eastern Ghouta at about 14:00, the first air raid on the "
        "area since the truce began.",
        dt.date(2012, 10, 28),
    )
    assert (strike.date.start, strike.date.end) == (dt.date(2012, 10, 27),) * 2


def test_the_day_and_venue_of_an_agreement_an_act_breaks_are_not_the_act_s() -> None:
    (shelling,) = reports_of(
        "MOSCOW, Feb 16 - Turkish artillery shelled Kinsabba on Monday. We regard this shelling "
        "as a gross violation of the agreements reached in Munich on 12 February.",
        dt.date(2016, 2, 16),
    )
    assert (shelling.place.name, shelling.date.start) == ("Kinsabba", dt.date(2016, 2, 15))


@pytest.mark.parametrize(
    "still",
    [
        "Nine months on, the YPG is still in Manbij.",
        "But the tanks were still dug in on the hills west of the town on Wednesday.",
        "Jaish al-Islam still holds 22 of ours, and it has given no date for freeing them.",
    ],
)
def test_what_is_still_there_under_an_agreement_is_a_term_not_kept(still: str) -> None:
    (unkept,) = _reports(
        "The agreement required the armed groups to withdraw their heavy weapons and fighters "
        f"and to free all prisoners within 30 days.\n\n{still}"
    )
    assert unkept.type.value == "commitment"


def test_sides_storming_a_village_are_its_actors_and_nobody_storming_is_no_act() -> None:
    (storming,) = _reports(
        "Since the early hours of today, the army of Assad and the Hezbollah militia have been "
        "storming the village from three directions under cover of heavy artillery fire."
    )
    assert (storming.type.value, storming.actors) == (
        "armed_clash",
        ["syrian-government", "hezbollah"],
    )
    assert not _reports("The truce has held in the sense that nobody is storming anybody.")


def test_a_side_backed_by_fighters_from_another_acts_with_it() -> None:
    (storm,) = _reports(
        "Syrian government forces backed by fighters from Lebanon's Hezbollah stormed the "
        "town of al-Qusayr on Sunday."
    )
    assert storm.actors == ["syrian-government", "hezbollah"]


def test_sides_joined_with_where_the_first_is_are_both_parties() -> None:
    (halt,) = _reports(
        "The armed factions in Daraa al-Balad and the government's military command in Daraa "
        "al-Mahatta agreed to a ten-hour halt in fighting on Saturday."
    )
    assert (halt.type.value, set(halt.actors)) == (
        "ceasefire_announced",
        {"opposition", "syrian-government"},
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Army units repelled on Monday an attack by ISIS terrorists on military points near "
        "Brigade 137.",
        "Army units repelled on Friday night an attack by terrorists of the so-called "
        '"Islamic State" on the airport.',
    ],
)
def test_an_attack_repelled_on_a_day_is_its_attackers(sentence: str) -> None:
    (attack,) = _reports(sentence)
    assert (attack.actors, attack.targets) == (["isis"], ["syrian-government"])


def test_a_side_and_most_of_another_are_both_parties() -> None:
    (truce,) = _reports("The army and most rebel brigades signed up to the truce last Thursday.")
    assert truce.actors == ["syrian-government", "opposition"]


@pytest.mark.parametrize(
    "denial",
    [
        "Russia's defence ministry said on Wednesday that none of its aircraft had flown over "
        "the area that day.",
        "Russia's defence ministry said on Wednesday that no Russian aircraft operated in the "
        "area that day.",
    ],
)
def test_none_of_its_aircraft_flew_is_a_denial(denial: str) -> None:
    (strike,) = _reports(
        "On Tuesday, residents of a camp outside Khirbet al-Joz said Russian jets had bombed "
        f"the edge of the camp, killing a woman and two of her children. {denial}"
    )
    assert ("russia", "denies") in stances_of(strike)


def test_reports_of_an_act_called_false_in_a_statement_deny_it() -> None:
    (denied,) = _reports(
        "Damascus, SANA - Following is the text of a statement issued on Sunday by the General "
        "Command of the Army and Armed Forces:\n\nReports circulated by instigating satellite "
        "channels that army helicopters dropped barrel bombs on the market of Kafr Zita on "
        "Saturday are false."
    )
    assert stances_of(denied) == {("syrian-government", "denies")}


def test_an_envoy_regretting_neither_side_kept_the_truce_accuses_both() -> None:
    (charge,) = _reports(
        "A spokesman for Lakhdar Brahimi said in Geneva on Monday that the envoy deeply "
        "regretted that neither the government nor the armed opposition had respected the truce."
    )
    assert stances_of(charge) == {("un", "accuses")}


def test_a_truce_accepted_at_an_envoy_s_request_is_not_the_envoy_s() -> None:
    (truce,) = _reports(
        "The truce that the Syrian army and most rebel brigades accepted at the request of the "
        "UN-Arab League envoy, Lakhdar Brahimi, took effect at dawn on Friday."
    )
    assert "un" not in truce.actors


@pytest.mark.parametrize("quote", ["", '"'])
def test_an_act_in_an_opening_since_clause_only_sets_the_time(quote: str) -> None:
    assert not _reports(
        f"{quote}Since the terrorist gangs seized al-Raqqa city in March of last year, the "
        "soldiers of the 93rd Brigade have stood fast at their base."
    )
    (strikes,) = _reports(
        "Since government forces took the town in March, jets have struck its outskirts "
        "again, killing two farmers."
    )
    assert strikes.type.value == "air_strike"
