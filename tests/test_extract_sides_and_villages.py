"""Who acted, whom it hit and who says so, and where a village the gazetteer lacks lies, in
wordings and readings taken from blind batches once they were released for tuning (each a
general rule, checked on sentences written for this test, not on the batches' own)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of, stances_of
from truce.model import Report

PUBLISHED = dt.date(2015, 6, 11)  # a Thursday


def _reports(body: str) -> list[Report]:
    return reports_of(body, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        # the speaker's own counted act
        ("The US-led coalition said it had conducted nine strikes near Hasakah on Tuesday.",
         ["us-led-coalition"]),
        ("The Russian Defence Ministry said its aircraft had carried out 40 sorties over "
         "Idlib.", ["russia"]),
        # a subject with those among it, between commas
        ("Rebel brigades, among them fighters of the Nusra Front, overran the crossing on "
         "Wednesday.", ["opposition", "jfs"]),
        # two sides named together, with a people's adjective, fighting on
        ("Rebel fighters and the Kurdish YPG militia have been fighting around the council "
         "building since Tuesday.", ["opposition", "sdf"]),
        # a subject and a short aside: "X terrorists, in turn, fired ..."
        ("Nusra Front terrorists, in turn, fired rocket shells at the village of Khan al-Assal "
         "on Saturday.", ["jfs"]),
        # a side shelling, told as going on: an active verb, not a passive one
        ("Government forces were shelling Daraya on Tuesday.", ["syrian-government"]),
        # a partner told in an aside, or joined as a country's fighters
        ("Units of the Syrian Arab Army, with the support of the Russian Aerospace Forces, "
         "took the town of al-Qaryatayn on Sunday.", ["syrian-government", "russia"]),
        ("Government troops and fighters of Lebanon's Hezbollah pushed into Zabadani on "
         "Saturday.", ["syrian-government", "hezbollah"]),
        # a partner the catalogue does not list, described in an aside, leaves the subject
        ("Fighters of Hayat Tahrir al-Sham and the Turkistan Islamic Party, a jihadist "
         "faction, stormed army positions near Kabani on Wednesday.", ["hts"]),
        # ground taken after a fight: who took it (the fight's phrase is how)
        ("On 5 December, after two days of heavy clashes on the approaches to the city, rebel "
         "factions took control of Hama city.", ["opposition"]),
        ("On Tuesday the army drove the remaining fighters out of Samra after a night of "
         "clashes.", ["syrian-government"]),
        ("Army units restored security and stability to Kinsabba on Tuesday, after killing "
         "large numbers of the terrorists.", ["syrian-government"]),
        # a side and the group leading it; a speaker's own units, told with the day's time
        ("Islamist rebels led by Jabhat al-Nusra captured the border crossing on Saturday.",
         ["opposition", "jfs"]),
        ("The army's general command said on Monday evening that its units had repelled an "
         "attack by terrorist groups on the town of Qamhana.", ["syrian-government"]),
        # a bomber "of" a side is that side's
        ("A suicide bomber of the Islamic State blew himself up at a checkpoint near Tal Tamr "
         "on Monday.", ["isis"]),
        # a convoy held at a side's checkpoint: that side held it
        ("A Red Crescent team was turned back on Monday at a checkpoint of the Kurdish "
         "Asayish near Tell Abiad.", ["sdf"]),
        ("A UN convoy of flour was held for six hours at the regime's checkpoint outside Madaya.",
         ["syrian-government"]),
        # an agreement made with a side: both are its parties
        ("Rebel factions near Inkhil agreed with Russian officers on Monday to end the "
         "fighting.", ["opposition", "russia"]),
        ("The Free Syrian Army said it reached an agreement with the army on a truce in "
         "Tafas on Monday.", ["opposition", "syrian-government"]),
        # fire from villages a side holds: that side fired it
        ("Mortar shells fired from the ISIS-held villages across the river fell on Tal Tamr "
         "on Thursday.", ["isis"]),
        ("Rockets fired from rebel-held villages hit a school in al-Zahraa on Wednesday.",
         ["opposition"]),
        # a rebel brigade of the early years, named alone
        ("Northern Storm fighters stormed a checkpoint near Azaz on Monday.", ["opposition"]),
        # the weapons and services only Russia flies or fires in Syria
        ("Su-34 bombers struck a training camp near Raqqa on Tuesday.", ["russia"]),
        ("Ships of the Caspian Flotilla launched Kalibr cruise missiles at targets in Idlib "
         "on Wednesday.", ["russia"]),
    ],
)  # fmt: skip
def test_who_acted(sentence: str, actors: list[str]) -> None:
    (report,) = _reports(sentence)
    assert report.actors == actors


def test_an_unlisted_village_lies_in_the_governorate_named_next_in_its_paragraph() -> None:
    (strike,) = reports_of(
        "Warplanes struck the village of Hass on Wednesday. Air strikes on rebel-held Idlib "
        "province killed 20 people, a monitor said.",
        dt.date(2016, 10, 26),
    )
    assert (strike.place.name, strike.place.admin1_pcode) == ("Hass", "SY07")


def test_a_place_in_the_next_paragraph_does_not_place_an_unlisted_village() -> None:
    first, *_ = reports_of(
        "Shells fired from across the border hit homes in the village of Qasr Hermel on "
        "Sunday, killing two.\n\nOn Monday an ambulance came under fire near Tall Kalakh.",
        dt.date(2025, 3, 18),
    )
    assert first.place.name == "Qasr Hermel"
    assert first.place.admin1_pcode is None


def test_a_clause_opened_by_they_is_the_act_of_the_side_that_acted_just_before() -> None:
    shelling, bombs = reports_of(
        "Islamic State fighters shelled the village of Abu Qalqal on Friday. On Saturday they "
        "sent three suicide car bombs against our positions on the silos road.",
        dt.date(2016, 6, 12),
    )
    assert shelling.actors == bombs.actors == ["isis"]


def test_whom_a_side_clashed_with_is_its_target() -> None:
    (clash,) = _reports(
        "On Friday, rebels overran Ishtabraq, an Alawite village south of Jisr al-Shughur, after "
        "a night of clashes with the National Defence Forces militia."
    )
    assert (clash.actors, clash.targets) == (["opposition"], ["pro-government-militias"])
    # (the village the gazetteer lacks, told as one after its name)
    assert (clash.place.name, clash.place.admin1_pcode) == ("Ishtabraq", "SY07")


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        # another state's army: its convoy is its own, not the Syrian army's
        ("Militants shelled a Turkish army convoy near Bab al-Hawa on Sunday.", ["turkey"]),
        ("Militants shelled an army convoy near Bab al-Hawa on Sunday.", ["syrian-government"]),
    ],
)
def test_whose_convoy_was_hit(sentence: str, targets: list[str]) -> None:
    (report,) = reports_of(sentence, dt.date(2016, 6, 12))
    assert report.targets == targets


@pytest.mark.parametrize(
    ("sentence", "civilians"),
    [
        # where people work or are cared for, and who they are
        ("Russian jets struck an olive press near Kafr Owaid on Tuesday.", True),
        ("Government jets bombed the maternity hospital of Kafr Nabl on Monday.", True),
        ("Shells hit the village's health care centre on Monday night.", True),
        ("A drone struck a pick-up truck near Sarrin on Monday, killing a man and his son.",
         True),
        ("Russian jets struck a quarry west of Jisr al-Shughur, killing three workers.", True),
        ("Mortars hit an aid convoy near Homs on Saturday, wounding four aid workers.", False),
        ("On Monday a refugee and his son were killed when a landmine exploded near Arsal.",
         True),
        # not these: whose driver, or what fighters' post, the act does not say
        ("A drone struck a car near Hadar on Tuesday, killing the driver.", False),
        ("Rebels shelled army positions near Morek on Monday, killing two soldiers.", False),
    ],
)  # fmt: skip
def test_civilians_are_what_the_act_hit(sentence: str, civilians: bool) -> None:
    (report,) = _reports(sentence)
    assert ("civilians" in report.targets) is civilians


def test_a_security_branch_named_alone_is_the_government() -> None:
    (report,) = reports_of(
        "Military Intelligence officers detained two activists at a checkpoint near Shahba on "
        "Monday.",
        dt.date(2016, 6, 12),
    )
    assert report.actors == ["syrian-government"]


def test_a_medium_quoting_a_source_claims_what_the_source_said() -> None:
    (shelling,) = reports_of(
        "SANA quoted a military source as saying that rebels shelled Mhardeh on Monday.",
        dt.date(2019, 5, 22),
    )
    assert any(c.claimant_actor_id == "sana" for c in shelling.claims)


def test_a_checkpoint_just_outside_the_town_is_near_it() -> None:
    (taken,) = reports_of(
        "Security men stopped two students from the town of Shahba at a checkpoint just "
        "outside the town on Monday and drove them away.",
        dt.date(2022, 3, 15),
    )
    assert (taken.place.name, taken.place.relation.value) == ("Shahba", "near")


def test_why_a_strike_was_made_is_said_of_the_strike() -> None:
    strike, *_ = reports_of(
        "Russian Aerospace Forces destroyed a rebel headquarters in Idlib province on Sunday, "
        "the Russian Defence Ministry said.\n\nThe ministry said the strike was in response "
        "to an attack on Russian military police north of Hama on September 19.",
        dt.date(2017, 9, 26),
    )
    assert ("russia", "justifies") in {(c.claimant_actor_id, c.stance.value) for c in strike.claims}


@pytest.mark.parametrize(
    "sentence",
    [
        "In a statement, the negotiating committee accuses the government of breaching the "
        "agreement at least nine times since Monday.",
        # (a count in the document's own voice)
        "Government forces deployed around the town have violated the ceasefire 11 times "
        "since it took effect.",
    ],
)
def test_the_accused_are_a_charge_s_targets_whoever_makes_it(sentence: str) -> None:
    (charge,) = _reports(sentence)
    assert (charge.type.value, charge.actors, charge.targets) == (
        "violation_accusation",
        [],
        ["syrian-government"],
    )


def test_residents_an_act_hit_are_civilians_not_witnesses() -> None:
    (killing,) = _reports(
        "On Wednesday gunmen stormed the village of Maan and executed five of its residents."
    )
    assert killing.targets == ["civilians"]


def test_a_party_s_own_air_force_and_its_partner_in_an_aside_both_struck() -> None:
    (strikes,) = reports_of(
        "Our air force, together with the friendly Russian air force, carried out concentrated "
        "strikes on Wednesday on the terrorists' gatherings in the Hama countryside.",
        PUBLISHED,
        title="Statement of the General Command of the Army and Armed Forces",
        source="General Command of the Army and Armed Forces",
    )
    assert strikes.actors == ["syrian-government", "russia"]


def test_whom_a_speaker_says_it_fought_is_the_target() -> None:
    (taking,) = _reports(
        "Rebel fighters say they took control of al-Rastan overnight after several hours of "
        "clashes with government troops."
    )
    assert (taking.actors, taking.targets) == (["opposition"], ["syrian-government"])


def test_the_gangs_and_the_jihadists_are_the_jihadist_group_named_before() -> None:
    first, gangs, jihadists = _reports(
        "Islamic State fighters attacked the eastern districts of Kobani on Monday.\n\n"
        "On Tuesday the gangs fired 60 mortar shells at the eastern neighbourhoods of the "
        "town.\n\nOn Wednesday the jihadists forced hundreds of civilians into their vehicles."
    )
    assert (first.actors, gangs.actors, jihadists.actors) == (["isis"], ["isis"], ["isis"])


def test_an_unlisted_village_in_a_listed_area_is_the_place() -> None:
    (strike,) = _reports(
        "Government aircraft struck a Turkish army column near the village of Balyun in "
        "Idlib's Jabal al-Zawiya area on Thursday evening."
    )
    assert (strike.place.name, strike.place.relation.value, strike.place.admin1_pcode) == (
        "Balyun",
        "near",
        "SY07",
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("On Monday, a landmine left in a field near Misraba killed two farmers.", "Misraba"),
        ("Government shells killed a shepherd and his son on the outskirts of al-Bara on "
         "Sunday.", "al-Bara"),
    ],
)  # fmt: skip
def test_a_place_the_gazetteer_lacks_told_near_is_kept_near(sentence: str, name: str) -> None:
    (act,) = _reports(sentence)
    assert (act.place.name, act.place.relation.value) == (name, "near")


def test_an_actor_told_near_is_no_place() -> None:
    (shelling,) = _reports("Rebels shelled positions near Hezbollah on Monday, in Qusayr.")
    assert shelling.place.name != "Hezbollah"


def test_a_village_the_gazetteer_lacks_lies_in_the_story_s_governorate() -> None:
    *_, strike = reports_of(
        "Government forces reached the Panorama roundabout in Deir ez-Zor at dawn.\n\n"
        "Russian warplanes struck boats ferrying families across the Euphrates near "
        "al-Husseiniyah, killing at least 18 civilians.",
        PUBLISHED,
        title="Live: Deir ez-Zor",
    )
    assert (strike.place.name, strike.place.admin1_pcode) == ("al-Husseiniyah", "SY09")


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents of al-Ansari and al-Mashhad tell us shells fired from government positions "
        "have been landing every few minutes.",
        "Activists in Binnish, one of the rebel-held towns near al-Fuaa, say an air strike hit "
        "the town's market on Monday.",
    ],
)
def test_speakers_told_with_where_they_are_still_speak(sentence: str) -> None:
    (act,) = _reports(sentence)
    assert ("activists", "reports") in stances_of(act)


def test_an_act_the_fallback_guesses_is_done_by_the_sentence_s_subject() -> None:
    """The learned fallback puts its trigger on its best guess of the act's word ("pulled"
    here); who acted is the subject that opens the sentence, not the name nearest it."""
    (entry,) = _reports(
        "Army troops and National Defence Forces militiamen entered Kessab on Sunday morning, "
        "hours after the last rebel units had pulled out towards the Jabal al-Turkman."
    )
    assert entry.actors == ["syrian-government", "pro-government-militias"]


def test_the_speaker_s_own_positions_hit_make_it_a_target() -> None:
    (shelling,) = _reports(
        "The SDF accused pro-government militias of firing mortar rounds at its positions near "
        "the village of Darnaj on Thursday."
    )
    assert (shelling.actors, shelling.targets) == (["pro-government-militias"], ["sdf"])


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("The US-led coalition said it had carried out 11 strikes near Manbij on Thursday, "
         "destroying Islamic State fighting positions and vehicles.", ["isis"]),
        ("On 18 September units of the Syrian Arab Army seized a bridgehead on the eastern bank "
         "near al-Husseiniyeh, driving ISIS militants from their fortified positions.", ["isis"]),
    ],
)  # fmt: skip
def test_what_an_act_hit_told_after_it(sentence: str, targets: list[str]) -> None:
    (act,) = _reports(sentence)
    assert act.targets == targets


def test_what_a_charge_says_was_targeted_is_not_its_target() -> None:
    (charge,) = _reports(
        "The General Command said that since the truce came into force the terrorist "
        "organisations, led by Jabhat al-Nusra, have violated it 47 times, targeting "
        "residential areas and military posts."
    )
    assert charge.type.value == "violation_accusation" and "civilians" not in charge.targets


def test_ground_taken_after_the_other_side_pulled_out_was_taken_from_it() -> None:
    (taken,) = _reports(
        "The Syrian Democratic Forces say their fighters have taken full control of the Conoco "
        "gas field near Khasham, after Islamic State militants pulled out before dawn."
    )
    assert (taken.type.value, taken.actors, taken.targets) == ("armed_clash", ["sdf"], ["isis"])


def test_the_tell_of_a_place_is_no_one_telling() -> None:
    (taken,) = _reports(
        "On 16 June, Kurdish forces and allied armed groups took control of Tell Abiad town "
        "from ISIL."
    )
    assert (taken.actors, taken.targets, taken.claims) == (["sdf", "opposition"], ["isis"], [])


def test_allied_rebels_of_a_nation_are_joined_to_the_side_named_before() -> None:
    (taken,) = _reports(
        "Kurdish fighters and allied Syrian rebels drove Islamic State out of the border town "
        "of Tal Abyad on Tuesday."
    )
    assert (taken.actors, taken.targets) == (["sdf", "opposition"], ["isis"])


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        # a side's weapons joined to the side named after them
        ("Turkish tanks and Syrian rebels drove Islamic State out of Jarablus on Wednesday.",
         ["turkey", "opposition"]),
        # a speaker's own guns, told "separately"
        ("Turkey's defence ministry said separately that its artillery had fired on YPG "
         "positions near Arima on Tuesday.", ["turkey"]),
    ],
)  # fmt: skip
def test_sides_named_with_their_weapons(sentence: str, actors: list[str]) -> None:
    (act,) = _reports(sentence)
    assert act.actors == actors


def test_a_committee_that_negotiates_for_a_district_speaks_for_its_side() -> None:
    (charge,) = _reports(
        "Members of the opposition committee that negotiates for al-Waer accused the "
        "government on Tuesday of violating the truce agreed for the district in late 2015."
    )
    assert (charge.type.value, charge.actors, charge.targets) == (
        "violation_accusation",
        ["opposition"],
        ["syrian-government"],
    )
    assert stances_of(charge) == {("opposition", "accuses")}


def test_a_partner_told_after_the_act_in_its_clause_acted_too() -> None:
    (stormed,) = _reports(
        "On Wednesday morning rebel fighters stormed the crossing together with Jabhat "
        "al-Nusra and two other brigades."
    )
    assert (stormed.actors, "jfs" in stormed.targets) == (["opposition", "jfs"], False)


def test_the_side_s_minister_and_the_other_side_s_commander_agreed() -> None:
    (truce,) = _reports(
        "Syria's defence minister and the commander of the Kurdish-led Syrian Democratic "
        "Forces (SDF) agreed on Tuesday to an immediate ceasefire on all fronts."
    )
    assert (truce.type.value, truce.actors) == ("ceasefire_announced", ["syrian-government", "sdf"])


def test_an_attack_by_terrorists_of_two_named_groups_foiled() -> None:
    (attack,) = _reports(
        "An army unit foiled an attack by terrorists of Jabhat al-Nusra and the so-called "
        '"Ahrar al-Sham" on military points near Jurin at dawn today.'
    )
    assert (attack.actors, attack.targets) == (["jfs", "opposition"], ["syrian-government"])


def test_in_the_capital_the_ministry_speaks_for_its_state() -> None:
    (charge,) = _reports(
        "In Ankara, the defence ministry accused Syrian government forces on Thursday of "
        "breaching the Idlib ceasefire more than 40 times in the past week."
    )
    assert (charge.actors, charge.targets) == (["turkey"], ["syrian-government"])
    assert stances_of(charge) == {("turkey", "accuses")}


def test_a_name_after_said_that_opens_what_was_said_is_not_the_speaker() -> None:
    (killing,) = _reports(
        "The Popular Front for the Liberation of Palestine - General Command, which fights "
        "alongside the army, said Islamic State militants had executed two young men in the "
        "camp on Friday."
    )
    assert killing.actors == ["isis"] and ("isis", "reports") not in stances_of(killing)


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        # the speaker's own people hit
        ("The SDF accused government artillery of shelling its fighters near al-Kasrah on "
         "Monday, wounding three.", ["sdf"]),
        # those fought, named with what leads them
        ("Turkish-backed Syrian factions seized the town of Tal Rifaat on Sunday after two "
         "days of fighting with the Kurdish-led Syrian Democratic Forces (SDF).", ["sdf"]),
    ],
)  # fmt: skip
def test_who_was_hit_or_fought(sentence: str, targets: list[str]) -> None:
    (act,) = _reports(sentence)
    assert act.targets == targets


def test_the_dead_s_side_and_the_side_it_fought_are_the_clash_s_sides() -> None:
    (clash,) = _reports(
        "The defence ministry also said one Turkish soldier had been killed on Thursday and "
        "three wounded in clashes with YPG fighters east of the Euphrates."
    )
    assert (clash.type.value, clash.actors, clash.targets) == ("armed_clash", ["turkey", "sdf"], [])


def test_peacekeepers_are_the_un_s() -> None:
    (seized,) = _reports(
        "Gunmen detained 43 peacekeepers from Fiji near al-Qunaytirah on Thursday."
    )
    assert (seized.type.value, seized.targets) == ("abduction", ["un"])


def test_a_charge_conveyed_to_the_other_side_is_the_conveyor_s() -> None:
    (charge,) = _reports(
        "UNDOF has conveyed to the Israeli army that the presence of its forces in the area of "
        "separation is a violation of the 1974 disengagement agreement."
    )
    assert (charge.actors, charge.targets) == (["un"], ["israel"])
    assert stances_of(charge) == {("un", "accuses")}


@pytest.mark.parametrize("verb", ["told", "wrote to"])
def test_the_forum_a_charge_is_laid_before_is_not_its_accused(verb: str) -> None:
    (charge,) = _reports(
        f"Israel's ambassador {verb} the Security Council on Friday that Syria had violated the "
        "1974 disengagement agreement."
    )
    assert (charge.actors, charge.targets) == (["israel"], [])
