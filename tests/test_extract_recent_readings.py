"""Readings taken in the thirty-first session from the tuning candidates' errors: each a
general rule, checked on sentences written for this test, not on the batches' own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of, stances_of
from truce.model import Report

PUBLISHED = dt.date(2017, 2, 22)  # a Wednesday


def _reports(body: str) -> list[Report]:
    return reports_of(body, PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebel fighters entered Tadef on Tuesday after clashes with Islamic State.",
        "Rebels have entered Qabasin, north-east of al-Bab, after brief clashes with Islamic "
        "State rearguards.",
        "Government troops advanced into the eastern farms on Tuesday after fierce clashes "
        "with the Nusra Front.",
    ],
)
def test_who_took_ground_after_a_fight_fought_it(sentence: str) -> None:
    (fight,) = _reports(f"{sentence}\n\nResidents said the streets were empty.")
    assert fight.type.value == "armed_clash"
    assert fight.actors and not set(fight.actors) & set(fight.targets)
    assert fight.targets in (["isis"], ["jfs"])


@pytest.mark.parametrize("auxiliaries", ["are", "have been", "were still"])
def test_a_side_s_tanks_still_at_it_are_that_side_s(auxiliaries: str) -> None:
    (shelling,) = _reports(
        f"10:30 - Army tanks {auxiliaries} shelling al-Rastan, residents tell us.\n\n"
        "No casualties were reported."
    )
    assert (shelling.type.value, shelling.actors) == ("shelling", ["syrian-government"])


def test_ambulances_stopped_at_a_checkpoint_are_an_aid_incident() -> None:
    (stopped,) = _reports(
        "On Monday soldiers at the checkpoint by the mill stopped three Red Crescent "
        "ambulances that had come for the wounded and sent them back.\n\n"
        "The wounded were treated in a field clinic."
    )
    assert (stopped.type.value, stopped.targets) == ("aid_access", ["aid-workers"])


@pytest.mark.parametrize(
    "sentence",
    [
        "UNHCR said it had been unable to reach the 9,000 people still in the town since Monday.",
        "Since Monday the WFP has not been able to enter the town or bring any food to it.",
    ],
)
def test_an_aid_agency_kept_out_in_its_own_name_is_an_aid_incident(sentence: str) -> None:
    (kept_out,) = _reports(f"{sentence}\n\nThe town has had no bread for a week.")
    assert kept_out.type.value == "aid_access"


def test_shots_fired_over_ambulances_are_an_aid_incident() -> None:
    (fired,) = _reports(
        "A Red Crescent team waiting at the crossing to take out the wounded pulled back on "
        "Tuesday after shots were fired over its ambulances, a Red Crescent official said."
    )
    assert (fired.type.value, fired.targets) == ("aid_access", ["aid-workers"])


def test_a_term_the_mediators_demanded_kept_is_a_commitment() -> None:
    truce, kept = _reports(
        "Local sheikhs brokered a truce in the camp on Sunday.\n\n"
        "On Monday most of the fighters pulled back into the next town, as the mediators "
        "had demanded, activists said."
    )
    assert truce.type.value == "ceasefire_announced"
    assert (kept.type.value, kept.date.start) == ("commitment", dt.date(2017, 2, 20))


@pytest.mark.parametrize(
    "sentence",
    [
        "The French foreign minister warned that a new massacre could be under way in the town.",
        "The envoy warned of further air strikes on the town.",
    ],
)
def test_a_warning_of_a_new_act_is_not_an_event(sentence: str) -> None:
    assert _reports(f"{sentence}\n\nResidents said the streets were quiet.") == []


def test_acts_done_repeatedly_are_background() -> None:
    assert (
        _reports(
            "The rebels, for their part, have repeatedly fired mortars at the government-held "
            "industrial zone.\n\nThe zone's factories have been closed since the summer."
        )
        == []
    )


def test_a_ministry_s_letters_to_the_un_are_its_own_account() -> None:
    (abduction,) = reports_of(
        "Damascus, 21 February 2017. The Ministry today addressed two identical letters to the "
        "Secretary-General. The following is their text.\n\n"
        "On 19 February, armed terrorist groups abducted seven citizens on the road to the "
        "town, among them two teachers.",
        PUBLISHED,
        "Identical letters of the Ministry of Foreign Affairs and Expatriates to the "
        "Secretary-General on the crimes of armed terrorist groups",
        "Syrian Ministry of Foreign Affairs and Expatriates",
    )
    assert abduction.type.value == "abduction"
    assert {c.claimant_actor_id for c in abduction.claims} == {"syrian-government"}


def test_a_side_no_longer_bound_by_the_truce_declares_it_over() -> None:
    (over,) = _reports(
        "The rebel Free Syrian Army's command said on Monday that its fighters no longer "
        "considered themselves bound by the truce."
    )
    assert over.type.value == "ceasefire_declared_over"
    assert stances_of(over) == {("opposition", "declares_over")}


def test_the_un_observers_head_saying_neither_side_is_respecting_the_truce_accuses() -> None:
    (charge,) = _reports(
        "General Mood told the Council that neither the Government nor the armed opposition "
        "was respecting the cessation of violence."
    )
    assert charge.type.value == "violation_accusation"
    assert stances_of(charge) == {("un", "accuses")}


def test_the_subject_of_a_killing_verb_after_an_aside_fought_the_clash() -> None:
    (clash,) = _reports(
        "Army units, in cooperation with popular committees, killed dozens of Daesh terrorists "
        "on Tuesday in clashes near the camp, a military source said."
    )
    assert (clash.type.value, clash.actors, clash.targets) == (
        "armed_clash",
        ["syrian-government"],
        ["isis"],
    )


def test_sides_named_with_where_they_are_inside_agree_the_truce() -> None:
    (truce,) = _reports(
        "The governor announced last night that the army and the armed groups inside Adra had "
        "agreed to a six-hour pause so that civilians can leave."
    )
    assert truce.type.value == "ceasefire_announced"
    assert sorted(truce.actors) == ["opposition", "syrian-government"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Drones struck a convoy of civilians leaving Tal Rifaat near Deir Hafer on Monday.",
         "Deir Hafer"),
        ("On Monday a UN vehicle carrying observers back from a visit to Tremseh was hit by "
         "gunfire near Mhardeh.", "Mhardeh"),
        ("On Monday gunmen at a checkpoint near Slinfah took three civilians from al-Haffa off "
         "a minibus.", "Slinfah"),
    ],
)  # fmt: skip
def test_where_the_target_was_going_or_came_from_is_not_where_it_was_hit(
    sentence: str, place: str
) -> None:
    (hit,) = _reports(f"{sentence}\n\nNo one has said who was responsible.")
    assert (hit.place.name, hit.place.relation.value) == (place, "near")


def test_a_city_s_district_named_after_it_is_where_it_happened() -> None:
    (strike,) = _reports(
        "Army helicopter gunships fired on the southern Damascus district of al-Qadam on "
        "Monday, activists said."
    )
    assert (strike.place.name, strike.place.relation.value) == ("al-Qadam", "in")


def test_a_district_the_gazetteer_puts_in_another_governorate_keeps_its_city() -> None:
    (shelling,) = _reports(
        "On Sunday, rebels fired rockets at the Damascus neighbourhood of Abbasiyin, wounding "
        "seven people, state media said."
    )
    assert shelling.place.admin1_pcode == "SY01"


def test_an_act_at_dawn_with_no_day_named_is_of_the_day_of_the_news() -> None:
    _, raids = _reports(
        "Government forces shelled the town of Talbiseh on Monday, activists said.\n\n"
        "Russian warplanes carried out four raids on the western part of the town at dawn, "
        "the activists added."
    )
    assert (raids.date.start, raids.date.end) == (PUBLISHED, PUBLISHED)


def test_a_term_kept_as_a_named_state_had_promised_is_a_commitment() -> None:
    truce, kept = _reports(
        "The Kurdish authorities and the Islamic State agreed a truce around the town on "
        "Monday.\n\nThe first group of fighters entered the town on Tuesday through "
        "the border gate, after Turkish troops escorted their convoy, as Ankara had promised."
    )
    assert truce.type.value == "ceasefire_announced"
    assert (kept.type.value, kept.actors) == ("commitment", ["turkey"])


def test_a_dated_act_answering_what_has_repeatedly_happened_is_kept() -> None:
    (strike,) = _reports(
        "On Sunday an Israeli aircraft struck a Syrian army artillery position near Madinat "
        "al-Baath, the Israeli military said, calling it a response to stray fire that has "
        "repeatedly hit the Israeli side."
    )
    assert (strike.type.value, strike.actors) == ("air_strike", ["israel"])


def test_a_suicide_terrorist_with_a_truck_bomb_is_a_suicide_bombing() -> None:
    (bombing,) = _reports(
        "A suicide terrorist blew up a truck laden with explosives at the main gate of the "
        "prison at dawn on Tuesday, a military source said."
    )
    assert bombing.type.value == "suicide_bomb"


def test_a_truce_declared_over_after_its_description_is_over() -> None:
    (over,) = _reports(
        "The army declared the seven-day truce negotiated by the United States and Russia "
        "over on Monday."
    )
    assert (over.type.value, over.date.start) == ("ceasefire_declared_over", dt.date(2017, 2, 20))


def test_a_truce_declared_over_a_holiday_is_not_declared_over() -> None:
    assert all(
        r.type.value != "ceasefire_declared_over"
        for r in _reports("The army declared a truce over the Eid holiday.")
    )


def test_a_convoy_of_buses_of_patients_hit_is_the_shelling_not_an_aid_incident() -> None:
    (shelling,) = _reports(
        "On Monday, rebel mortar shells struck a convoy of buses carrying sick inmates from the "
        "prison to hospitals in the west of the city, killing two of them, state media said."
    )
    assert shelling.type.value == "shelling"


def test_hizbullah_as_ocha_spells_it_is_hezbollah() -> None:
    (clash,) = _reports(
        "Fighting between Government forces, supported by Hizbullah fighters, and non-State "
        "armed groups continued on 20 February on the eastern outskirts of the town."
    )
    assert "hezbollah" in clash.actors


@pytest.mark.parametrize(
    "sentence",
    [
        "What I can tell you is that our staff saw barrel bombs fall on the camp on Monday.",
        "From the roof we could see the shells land on the market on Monday.",
    ],
)
def test_a_speaker_s_means_of_knowing_is_no_hypothetical(sentence: str) -> None:
    (told,) = _reports(f"{sentence}\n\nNo one has said who fired.")
    assert told.type.value in ("air_strike", "shelling")
    assert not told.flags


def test_what_nobody_can_say_stays_unsaid() -> None:
    assert not _reports("Nobody can say how many people died in the battle for the city.")


def test_a_joint_un_sarc_mission_turned_back_is_an_aid_incident() -> None:
    (turned_back,) = _reports(
        "On Monday, a joint UN-SARC mission carrying food parcels, blankets and medicines for "
        "an estimated 30 elderly residents believed to have stayed in the town was turned back "
        "at a government checkpoint."
    )
    assert turned_back.type.value == "aid_access"


def test_shells_that_also_landed_elsewhere_are_another_act() -> None:
    idlib, base = _reports(
        "On Tuesday evening government artillery opened fire on Idlib city, killing eight "
        "civilians, the Observatory said.\n\nGovernment shells also landed near a Turkish "
        "military base at Qminas, south-east of the city, without causing casualties."
    )
    assert (idlib.type.value, base.type.value) == ("shelling", "shelling")
    assert base.targets == ["turkey"]


def test_a_strike_that_also_hit_a_school_is_the_same_strike() -> None:
    (strike,) = _reports(
        "On Tuesday an air strike hit the market of Sarmin, killing six people, activists "
        "said.\n\nThe strike also hit a school next to the market."
    )
    assert strike.type.value == "air_strike"


@pytest.mark.parametrize(
    "sentence",
    [
        "The second convoy left Darayya at seven this morning: 41 green buses carrying 627 "
        "fighters and about 900 members of their families towards Idlib.",
        "Activists say the buses that took Islamic State fighters and their families out of "
        "the city on Sunday carried dozens of foreign fighters.",
    ],
)
def test_a_convoy_told_by_its_buses_is_the_evacuation_carried_out(sentence: str) -> None:
    (left,) = _reports(f"{sentence}\n\nThe streets of the town were empty by the evening.")
    assert left.type.value == "commitment"


def test_a_news_agency_telling_of_a_term_kept_is_not_bound_by_it() -> None:
    (left,) = _reports("11:50 — State television says the first buses have left Darayya.")
    assert left.type.value == "commitment"
    assert left.actors == []


@pytest.mark.parametrize(
    "words",
    [
        "They have freed only five of our seventeen men",
        "Not one truck has reached the town",
        "None of the detainees they promised to free has been released",
    ],
)
def test_a_report_of_a_term_kept_in_part_or_not_at_all_says_it_is_unmet(words: str) -> None:
    truce, term = _reports(
        "The army and the rebels in the town agreed a truce on Monday that included the "
        "release of detainees and the entry of aid.\n\n"
        f'"{words}," a rebel spokesman said on Tuesday.'
    )
    assert truce.type.value == "ceasefire_announced"
    assert term.type.value == "commitment"
    assert stances_of(term) == {("opposition", "commitment_unmet")}
