"""Wordings of less common incidents, read as a careful reader would: who says what of which
act, where it happened (not where people came from or were bound for) and on which day
(each a general rule, checked on sentences written for this test)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of, stances_of
from truce.extract.casualties import find_figures
from truce.extract.locate import _NEVER_LEFT
from truce.model import Casualties, EventType, PlaceRelation, Report

PUBLISHED = dt.date(2017, 5, 16)  # a Tuesday


def _reports(body: str, title: str = "Syria update") -> list[Report]:
    return reports_of(body, PUBLISHED, title)


def test_what_a_speaker_will_do_is_no_claim_about_an_attack() -> None:
    reports = _reports(
        "Rebels shelled the town of Mhardeh on Monday, activists said.\n\n"
        "The army said it would launch an offensive if the attacks did not stop."
    )
    assert len(reports) == 1
    assert {c.claimant_actor_id for c in reports[0].claims} == {"activists"}
    assert len(reports[0].evidence) == 1


def test_what_someone_has_promised_to_do_is_no_claim_about_an_attack() -> None:
    (bomb,) = _reports(
        "A roadside bomb hit a pick-up truck near Busra al-Sham on Monday, killing a fighter, "
        "the Observatory said.\n\nRussian officers have promised to station a patrol at the "
        "town's entrance, residents said."
    )
    assert {c.claimant_actor_id for c in bomb.claims} == {"sohr"}


def test_statement_date_anchors_the_day_before() -> None:
    (report,) = _reports(
        "On Saturday, soldiers turned back a Red Crescent convoy near Hama, activists said.\n\n"
        "The army said on Sunday that rebels had fired three mortar rounds at the town of "
        "al-Suqaylabiyah the day before, though no one was hurt."
    )[1:]
    assert report.type is EventType.SHELLING
    assert report.date.start == report.date.end == dt.date(2017, 5, 13)  # Sunday's day before
    zero = Casualties(low=0, best=0, high=0)
    assert (report.fatalities, report.injuries) == (zero, zero)


def test_no_one_killed_says_nothing_of_the_wounded() -> None:
    figures = find_figures("No one was killed in the attack.")
    assert figures.fatalities == Casualties(low=0, best=0, high=0)
    assert figures.injuries is None


def test_places_described_by_another() -> None:
    (declared,) = _reports(
        "The army declared on Saturday that the local truce in the town of al-Dumayr, "
        "north-east of Damascus, was over."
    )
    assert (declared.place.name, declared.place.admin1_pcode) == ("al-Dumayr", "SY03")
    (shelling,) = _reports("Artillery shelled the nearby village of al-Tamanah on Monday.")
    assert shelling.place.relation is PlaceRelation.IN


def test_commitment_takes_the_place_its_title_names() -> None:
    reports = _reports(
        "Prisoners. Rebel factions handed over 11 captured soldiers at the town's southern "
        "crossing on 10 May, as the agreement required.",
        title="Explainer: the Qalaat al-Madiq truce, three weeks on",
    )
    assert [(r.type, r.place.admin1_pcode) for r in reports] == [(EventType.COMMITMENT, "SY05")]


def test_days_earlier_and_number_words() -> None:
    reports = _reports(
        "Jets struck the town of Saraqeb on Monday, killing two people.\n\n"
        "Two days earlier, rebels shelled the town of Mhardeh. A schoolgirl was killed and "
        "two dozen people were wounded."
    )
    shelling = next(r for r in reports if r.type is EventType.SHELLING)
    assert shelling.date.start == dt.date(2017, 5, 13)  # two days before Monday the 15th
    assert shelling.fatalities == Casualties(low=1, best=1, high=1)
    assert shelling.injuries == Casualties(low=24, best=24, high=24)


def test_a_government_speaking_by_its_capital_is_no_place() -> None:
    reports = _reports(
        "Russian and Syrian warplanes struck the district of al-Sukkari in Aleppo on Monday, "
        "killing 16 people. Damascus denied that its aircraft had hit homes."
    )
    assert len(reports) == 1
    assert ("syrian-government", "denies") in {
        (c.claimant_actor_id, c.stance.value) for c in reports[0].claims
    }


def test_dates_of_ranges_and_parts_of_a_month() -> None:
    (between,) = _reports("Rebels attacked army posts near Morek between Friday and Sunday.")
    assert (between.date.start, between.date.end) == (dt.date(2017, 5, 12), dt.date(2017, 5, 14))
    (late,) = _reports("In late April, gunmen abducted seven herders near Palmyra.")
    assert (late.date.start, late.date.end) == (dt.date(2017, 4, 21), dt.date(2017, 4, 30))


def test_date_from_a_short_sentence_or_the_act_just_told() -> None:
    body = (
        "The calm ended on Saturday morning. Shells hit a school in Rastan, killing a teacher.\n\n"
        "Soldiers stormed the town of Qudsaya on Friday and detained 40 men.\n\n"
        "After the arrests, militiamen looted shops in the town's market, activists said."
    )
    school, raid, looting = _reports(body)
    assert school.date.start == dt.date(2017, 5, 13)
    assert raid.date.start == looting.date.start == dt.date(2017, 5, 12)


def test_claims_that_name_the_act_just_reported() -> None:
    (raid,) = _reports(
        "Turkish jets bombed a house in Jindires on Monday, killing five people. The Syrian "
        "foreign ministry called the raid a massacre. SANA put the death toll at 23 and "
        'described the strike as a "new massacre" committed by Turkey.'
    )
    claims = stances_of(raid)
    assert {("syrian-government", "accuses"), ("sana", "accuses")} <= claims
    (shelling,) = _reports(
        "Turkish shells landed beside a Russian post outside Tal Rifaat on Monday, wounding two "
        "officers. The Turkish defence ministry called the incident an accident, saying its "
        "gunners had been returning fire from a YPG mortar team."
    )
    claims = stances_of(shelling)
    assert ("turkey", "accidental") in claims


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # where people fled from is not where they died
        (
            "A coalition air strike hit a house near the village of al-Susah on Monday, killing "
            "four people. The Observatory said 17 civilians had died in the raid, most of them "
            "from families who had fled Hajin.",
            "al-Susah",
        ),
        # where passengers were bound for is not where the bomb went off
        (
            "A car bomb exploded near the bus station in Tell Abiad on Wednesday, killing at "
            "least seven civilians. The blast went off shortly after 10 a.m. as minibuses were "
            "filling up with passengers bound for Raqqa, the Observatory said.",
            "Tell Abiad",
        ),
        # a deal named after its venue
        (
            "The factions in Talbiseh have still not reopened the highway, as the Cairo "
            "understanding requires.",
            "Talbiseh",
        ),
        # where a body that speaks sits
        (
            "The London-based Syrian Observatory for Human Rights said an air strike killed six "
            "people in a market on Monday.",
            None,
        ),
    ],
)
def test_where_people_came_from_or_went_is_not_where_it_happened(
    body: str, place: str | None
) -> None:
    assert [r.place.name for r in _reports(body)] == [place]


def test_another_bomb_is_another_event_the_clashes_are_the_same() -> None:
    bombs = _reports(
        "A car bomb exploded at a checkpoint in Jarablus on Saturday, killing nine people.\n\n"
        "Around two hours after the first explosion, a smaller bomb hidden in a motorcycle "
        "went off near a mosque, wounding three people."
    )
    assert [r.date.start for r in bombs] == [dt.date(2017, 5, 13)] * 2
    (clash,) = _reports(
        "Rebels and SDF fighters fought for several hours near al-Arima on Sunday.\n\n"
        "The clashes killed 11 fighters, the Observatory said on Monday."
    )
    assert clash.date.start == dt.date(2017, 5, 14)
    assert clash.fatalities == Casualties(low=11, best=11, high=11)


def test_entries_of_a_live_page_are_news_of_its_day() -> None:
    reports = _reports(
        "Updates from our desk.\n\n"
        "11:20 — Volunteers in Arbin are digging through a building flattened by an air strike."
        "\n\n17:50 — Activists in Kafr Batna say a sniper shot dead a man."
    )
    assert [(r.date.start, r.date.precision.value) for r in reports] == [(PUBLISHED, "day")] * 2


def test_sana_bulletin_wordings() -> None:
    """A state-agency bulletin: its reporter, its ministries and its command speak."""
    mortars, reply, accusation, deadline = _reports(
        "Two civilians were martyred on Tuesday when terrorists fired mortar shells on "
        "Bab Touma. The shells fell near a school, the reporter added, quoting SANA's "
        "reporter.\n\n"
        "In response to the attack, army units carried out intensive strikes on the positions "
        "of the terrorists in Jobar.\n\n"
        "The General Command of the Army and Armed Forces said the terrorist groups had "
        "violated the agreement more than 40 times. The command added that the terrorist "
        "groups had also failed to withdraw their heavy weapons from the zone by the deadline."
    )
    assert reply.date.start == mortars.date.start == PUBLISHED  # the attack's day
    assert (accusation.type, accusation.actors) == (
        EventType.VIOLATION_ACCUSATION,
        ["syrian-government"],
    )
    assert deadline.type is EventType.COMMITMENT  # a named act: tracked on its own
    assert ("syrian-government", "commitment_unmet") in stances_of(deadline)
    (letter,) = _reports(
        "The Foreign and Expatriates Ministry said the terrorist groups in Jobar had violated "
        "the cessation of hostilities more than 40 times."
    )
    assert ("syrian-government", "accuses") in stances_of(letter)


def test_a_new_name_in_an_aside_and_where_residents_were_driven() -> None:
    (attack,) = _reports(
        "Fighters of the Nusra Front, which now calls itself Jabhat Fateh al-Sham, attacked "
        "regime checkpoints near Morek."
    )
    assert attack.actors == ["jfs"] and attack.claims == []  # "calls itself": no claim
    (capture,) = _reports(
        "Government forces captured Qalaat al-Madiq on 9 May at the end of an offensive that "
        "drove almost all of its residents north towards Idlib."
    )
    assert capture.place.admin1_pcode == "SY05"  # Hama, not Idlib where they went


def test_what_the_jets_fired_is_the_strike_already_told() -> None:
    (strike,) = _reports(
        "Israeli warplanes fired missiles at targets near Damascus on Sunday, state media said. "
        "SANA said the jets had fired from over Lebanese airspace and that one missile had hit "
        "a warehouse."
    )
    assert strike.type is EventType.AIR_STRIKE


def test_the_blast_named_by_its_place_is_that_blast_not_the_last_one_told() -> None:
    tartus, banias = _reports(
        "A bomb exploded beside the main bus station in Tartus on Tuesday, killing four "
        "civilians, two days after a car bomb killed two soldiers on the outskirts of Banias.\n\n"
        "The Observatory said seven people had been killed in the Tartus blast."
    )
    assert (tartus.place.name, banias.place.name) == ("Tartus", "Banias")
    assert "Observatory" in " ".join(c.text for c in tartus.claims)


def test_a_bombing_named_by_a_two_word_place_is_the_bomb_there() -> None:
    (bomb,) = _reports(
        "On Tuesday a car bomb blew up outside the vegetable market in Tell Abiad, killing five "
        "civilians.\n\nThe SDF denied any link to the Tell Abiad bombing, which it condemned."
    )
    assert ("sdf", "denies") in stances_of(bomb)


def test_a_charge_after_an_aside_is_of_the_news_and_the_group_charged_denies() -> None:
    tartus, banias = _reports(
        "A bomb exploded in a car park in Tartus on Tuesday, killing four civilians, two days "
        "after a car bomb killed two soldiers on the outskirts of Banias.\n\n"
        "Syria's Interior Ministry said the bomb had been planted by a cell of Hayat Tahrir "
        "al-Sham that had slipped into the city. The group rejected the accusation."
    )
    claims = stances_of(tartus)
    assert {("syrian-government", "accuses"), ("hts", "denies")} <= claims
    assert not banias.claims


def test_a_claim_for_sundays_bomb_is_of_the_bomb_told_in_passing() -> None:
    tartus, banias = _reports(
        "A bomb exploded in Tartus on Tuesday, killing four civilians, two days after a car "
        "bomb killed two soldiers at a checkpoint on the outskirts of Banias.\n\n"
        "Islamic State claimed responsibility on Wednesday for Sunday's car bomb near Banias "
        "through its Amaq news agency."
    )
    assert banias.actors == ["isis"]
    assert banias.date.start == banias.date.end == tartus.date.start - dt.timedelta(days=2)
    assert not tartus.actors


@pytest.mark.parametrize(
    ("body", "elsewhere"),
    [
        # where patients were to be taken is not where the promise failed
        (
            "None of the 29 critically ill patients whom Russian officers promised last month "
            "to evacuate to hospitals in Damascus has left the enclave, local activists said.",
            "Damascus",
        ),
        # where rounds were fired from, by the compass, is not where they fell
        (
            "Eleven artillery rounds fell in olive groves on Monday, fired from the direction of "
            "government positions south of Maarat al-Numan.",
            "Maarat al-Numan",
        ),
    ],
)
def test_where_people_were_bound_or_fire_came_from_is_not_the_acts_place(
    body: str, elsewhere: str
) -> None:
    (act,) = _reports(body)
    assert act.place.name != elsewhere


def test_a_convoy_kept_from_setting_off_is_placed_where_it_was_going() -> None:
    """ "never left Damascus": where it was kept from setting off is not where it was going;
    "told reporters in Geneva": where the words were said is no place of the act."""
    (convoy,) = _reports(
        "A UN aid convoy of 40 trucks that was due to reach Kafr Batna on Sunday never left "
        "Damascus because the government had not given its final approval, a UN spokeswoman "
        "told reporters in Geneva."
    )
    assert convoy.place.name == "Kafr Batna"


@pytest.mark.parametrize(
    "words", ["never left ", "did not leave the ", "didn't leave ", "hadn’t left "]
)
def test_the_words_of_a_place_not_left_read_contractions(words: str) -> None:
    assert _NEVER_LEFT.search(f"The convoy {words}") is not None


def test_where_released_detainees_came_from_is_not_where_they_were_released() -> None:
    (release,) = _reports(
        "On Saturday the government released 42 detainees from Idlib province at the Morek "
        "crossing in northern Hama, the first release provided for in the extension."
    )
    assert release.place.admin1_pcode == "SY05"


def test_a_digests_timed_entries_are_news_of_its_day() -> None:
    reports = _reports(
        "Round-up of the posts on our channel for Tuesday 16 May 2017.\n\n"
        "- IDLIB | 09:10 | A shell fell on a street in Saraqeb, wounding two men.\n\n"
        "- HAMA | 17:45 | A mortar round landed near the market in Salamiyah, wounding a boy."
    )
    assert [(r.place.name, r.date.start) for r in reports] == [
        ("Saraqeb", PUBLISHED),
        ("Salamiyah", PUBLISHED),
    ]


def test_an_act_with_no_place_is_at_the_place_the_story_named_in_its_governorate() -> None:
    _truce, fighting = _reports(
        "A truce took effect in the north-eastern city of Qamishli on Friday.\n\n"
        "Three days of street fighting between the Asayish and the NDF had killed at least 17 "
        "people, the Observatory said."
    )
    assert (fighting.place.name, fighting.place.relation) == ("Qamishli", PlaceRelation.IN)


def test_an_act_with_no_place_keeps_the_governorate_when_the_place_before_lies_elsewhere() -> None:
    reports = _reports(
        "Jets struck Saraqeb and Ariha on Monday, killing nine people.\n\n"
        "A truce took effect in the north-eastern city of Qamishli on Friday.\n\n"
        "Fighting had killed at least 17 people by Thursday, the Observatory said."
    )
    assert (reports[-1].place.name, reports[-1].place.relation) == ("Idleb", PlaceRelation.ADMIN)


def test_where_the_people_seized_were_on_their_way_to_is_not_where_it_happened() -> None:
    (seized,) = _reports(
        "Security officers detained six students at a checkpoint on the airport road on Monday "
        "as the young men set off for exams in Damascus."
    )
    assert seized.place.relation is not PlaceRelation.IN  # (Damascus, at most its governorate)


def test_the_pause_declared_over_is_the_pause_told_before() -> None:
    pause, over = _reports(
        "The SDF paused its assault on al-Baghuz for 48 hours on Thursday.\n\n"
        "On Saturday the SDF declared the pause over."
    )
    assert over.type is EventType.CEASEFIRE_DECLARED_OVER
    assert over.place.name == pause.place.name == "al-Baghuz"


def test_a_village_the_gazetteer_lacks_is_kept_by_name_in_its_governorate() -> None:
    body = (
        "Government shelling killed two people in Kafr Zita in northern Hama on Monday.\n\n"
        "On Tuesday, shelling hit the village of Qastoun, the UN said.\n\n"
        "Jets struck near the village of Bsanqul on Wednesday."
    )
    _first, shelling, strike = _reports(body)
    assert (shelling.place.name, shelling.place.relation) == ("Qastoun", PlaceRelation.IN)
    assert (strike.place.name, strike.place.relation) == ("Bsanqul", PlaceRelation.NEAR)
    # known no closer than the governorate the story is in
    assert shelling.place.admin1_pcode == strike.place.admin1_pcode == "SY05"
    assert shelling.place.precision == 4


@pytest.mark.parametrize(
    "sentence",
    [
        "A car bomb exploded in the nearby Turkish town of Nusaybin on Tuesday.",
        "In Iraq, militants attacked the town of Haditha on Tuesday.",
    ],
)
def test_a_village_abroad_is_not_placed_in_the_storys_governorate(sentence: str) -> None:
    body = f"Government shelling killed two people in Kafr Zita in northern Hama.\n\n{sentence}"
    assert all(r.place.admin1_pcode in (None, "SY05") for r in _reports(body))
    assert not any(r.place.name in ("Nusaybin", "Haditha") for r in _reports(body))


@pytest.mark.parametrize(
    ("sentence", "village", "relation"),
    [
        ("Coalition aircraft struck a house in the village of Abu al-Hassan, east of Hajin, on "
         "Wednesday, killing 11 civilians.", "Abu al-Hassan", PlaceRelation.IN),
        ("At dawn, gunmen attempted to infiltrate towards the village of Hoshan, east of Ain "
         "Issa, under cover of artillery fire.", "Hoshan", PlaceRelation.NEAR),
    ],
)  # fmt: skip
def test_an_unlisted_village_is_the_place_not_the_town_it_lies_by(
    sentence: str, village: str, relation: PlaceRelation
) -> None:
    (act,) = _reports(sentence)
    assert (act.place.name, act.place.relation) == (village, relation)


def test_the_village_people_were_taken_from_is_where_they_were_taken() -> None:
    (abduction,) = _reports(
        "In Idlib province, Nusra Front members kidnapped a priest from the village of "
        "Yacoubiyeh on Monday, the Observatory said."
    )
    assert (abduction.place.name, abduction.place.relation) == ("Yacoubiyeh", PlaceRelation.IN)
    assert abduction.place.admin1_pcode == "SY07"
    # (but not where it was seen from)
    (strike,) = _reports(
        "Smoke rose after an air strike on eastern Aleppo, seen from the village of Kafr Hamra "
        "on Monday."
    )
    assert strike.place.name == "Aleppo"


def test_the_outskirts_of_the_town_just_named_are_near_it() -> None:
    (shelling,) = _reports(
        "In the town of Rajo, near the Turkish border, Turkish artillery pounded the outskirts "
        "for most of Monday."
    )
    assert (shelling.place.name, shelling.place.relation) == ("Rajo", PlaceRelation.NEAR)


def test_an_act_placed_in_a_governorate_is_the_act_told_later_at_an_unlisted_village() -> None:
    strike, *_ = _reports(
        "Rebels accused government forces on Saturday of dropping barrel bombs on a village in "
        "the northern Hama countryside.\n\nA rebel spokesman said two army helicopters dropped "
        "four barrel bombs on the village of al-Zalaqiyat on Saturday, killing two civilians."
    )
    assert strike.fatalities == Casualties(low=2, best=2, high=2)
