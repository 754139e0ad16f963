"""Targets read from what was hit: civilians when the words name people or homes, not
the word "civilians"; a side when they name its positions (sentences written for this
test)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of
from truce.model import PlaceRelation

PUBLISHED = dt.date(2018, 3, 6)  # a Tuesday


def _targets(sentence: str) -> list[str]:
    reports = reports_of(sentence, PUBLISHED, "Syria update")
    assert len(reports) == 1, [r.type for r in reports]
    return reports[0].targets


@pytest.mark.parametrize(
    "sentence",
    [
        "Masked gunmen abducted a pharmacist and his son from their shop in Binnish on Monday.",
        "A sniper shot dead a woman on Palestine Street in Yarmouk on Monday.",
        "Army bulldozers demolished at least nine houses in the town of Nawa on Monday.",
        "Turkish warplanes bombed a residential building in Jindires on Monday.",
        "Government warplanes struck the rebel-held town of Tafas on Monday.",
        "Shells slammed into a residential street in Hamouriyah on Monday.",
        "Two young men were shot dead by border guards near Ras al-Ain on Monday.",
        "Gunmen on a motorcycle shot dead a member of the local council of Dael on Monday.",
        # a named district, and a landing told well after the weapon
        "Rebel mortar rounds have landed in the Bab Touma district of Damascus on Monday.",
        "Mortar rounds fired by armed groups in the Jobar district hit the yard of a primary "
        "school in the Old City of Damascus on Monday.",
        # what a weapon was fired at; a district named with "al-"
        "Militants fired improvised rocket launchers at the al-Hamadaniyeh residential "
        "quarter of Aleppo on Monday.",
        # what the weapon named after its verb was fired at
        "Militants targeted residential neighbourhoods of Mhardeh with rocket shells on Monday.",
        # the civilians the sentence opens on
        "Three citizens were martyred on Monday when terrorists fired a barrage of rockets on "
        "government positions near Mhardeh.",
        # a person and kin, named first, killed when the act happened
        "Earlier this month, a shepherd and his two sons were killed outside the town of "
        "al-Qaryatayn when their pick-up truck ran over a landmine.",
        "Two brothers were shot dead by border guards near Ras al-Ain on Monday.",
        # ... after a live page's clock or an opening date
        "17:30 - Two shepherds were killed and a boy wounded when a landmine exploded near "
        "al-Sukhnah on Monday, state television says.",
        "On 23 October, two children were killed and their father was injured when an "
        "explosive device detonated inside their home in al-Qaryatayn.",
        # a victim described after a comma; a present passive; farms shelled
        "A landmine exploded under a tractor near al-Mansurah on Monday, killing the driver, a "
        "17-year-old boy.",
        "A farmer is shot dead by a sniper on the western edge of Tafas on Monday.",
        "Residents of Nawa say an army tank shelled farms on the edge of the town on Monday.",
        # a trade before the head noun; a named man and what he was; "badly wounded"
        "Unknown gunmen abducted two oil-tanker drivers near al-Mayadin on Monday.",
        "A university student was kidnapped by unidentified gunmen near Inkhil on Monday.",
        "Gunmen shot dead Ahmad al-Masri, a member of the Tafas reconciliation committee, on "
        "Monday.",
        "A farmer was badly wounded when his tractor struck a landmine outside Musayfirah on "
        "Monday.",
        # an age after the victim
        "On Monday a girl aged 12 was shot and wounded by a sniper in al-Tall.",
        # the victims told far after the weapon, past where it came from and what it hit
        "On Tuesday morning, two artillery shells fired from the regime's positions on the hills "
        "south of the town struck the yard of the Martyrs' School in Kafr Laha during the "
        "morning break, wounding seven pupils.",
        # a settlement shelled; who attacked, named before where
        "Terrorists shelled the settlement of Kansaba in Latakia province with rockets on Monday.",
        "A rocket attack by terrorist groups on the town of Mhardeh killed two people on Monday.",
        # a victim named before the passive verb of a rule that starts at the victim
        "On Monday a shepherd was wounded by gunfire from Israeli positions west of Hadar.",
        # where the victim worked, between the victim and the verb; a merchant
        "A teacher at the boys' secondary school was shot dead by gunmen in Tafas on Monday.",
        "Gunmen in two cars kidnapped a grain merchant outside his shop in Shahba on Monday.",
        # who the victims were, between commas before their verb
        "Six civilians, two of them children, were killed and nine others were injured when a "
        "car bomb exploded in a market in Tell Abiad on Monday.",
        # a school set on fire, a family's house, a water truck, buses of evacuees, and
        # districts shelled in the passive
        "On Monday, shells fired from army positions set fire to a school in al-Waer.",
        "On Monday a drone dropped two small bombs on a family's house in Ashrafiyeh.",
        "On Monday an explosive device detonated beside a water truck near Tafas.",
        "On Monday a bomb tore through buses carrying evacuees at a crossing in Hama province.",
        "The camp and Tariq al-Sad neighbourhoods were shelled heavily overnight on Monday.",
        # a town's edge, an orchard, farmland shelled as it goes on, a hospital put out of use
        "On Monday a regime helicopter dropped two barrel bombs on the edge of Taftanaz.",
        "On Monday an unexploded shell went off in an orchard on the outskirts of al-Qasr.",
        "Turkish artillery has been shelling farmland around the village of Tokhar since dawn.",
        "Air strikes on Monday put the only hospital in the town of al-Habit out of service.",
    ],
)
def test_who_or_what_was_hit_makes_civilians_the_target(sentence: str) -> None:
    assert "civilians" in _targets(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # what was hit is a military position, even if it lies in a town
        "Rebels shelled army positions in the town of Morek on Monday.",
        # a place only counts for a remote attack; fighters storming a town are a clash
        "Rebel fighters clashed with troops in the town of Morek on Monday.",
        # the dead are told, and they are fighters
        "An Israeli strike on a village near Quneitra killed five pro-government fighters.",
        # a word before the head noun that makes them armed men
        "Unknown gunmen abducted two rebel men near Inkhil on Monday.",
        # one serviceman wounded where a settlement was shelled
        "Militants shelled the settlement of Salma in Latakia province with mortars on Monday, "
        "wounding one serviceman of the Syrian Arab Army.",
        # soldiers told first, after an opening date
        "On Monday, two soldiers were killed when a landmine exploded near Palmyra.",
        # a bus that carries soldiers
        "On Monday, a roadside bomb went off beside a bus carrying soldiers near Palmyra.",
    ],
)
def test_military_targets_and_fighters_are_not_civilians(sentence: str) -> None:
    assert "civilians" not in _targets(sentence)


def test_an_aid_crew_hit_is_the_aid_workers_not_civilians_besides() -> None:
    assert _targets(
        "Armed men abducted a driver of the Syrian Arab Red Crescent at a checkpoint on the "
        "road between Mahin and al-Qaryatayn on Monday."
    ) == ["aid-workers"]
    # an ambulance under fire is an aid-access incident, whoever it carried
    assert _targets(
        "On 18 October one of our ambulances came under machine-gun fire near Mabrouka "
        "while carrying a wounded farmer to Tal Tamr."
    ) == ["aid-workers"]


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Rockets fired by rebel factions hit army positions near Morek on Monday.",
         "syrian-government"),
        ("Islamic State fighters stormed government checkpoints near Palmyra on Monday.",
         "syrian-government"),
        ("Russian jets pounded rebel positions near Hader on Monday.", "opposition"),
        # a side's vehicles: an army bus, an army convoy
        ("A roadside bomb exploded under an army bus near Nawa on Monday, killing three "
         "soldiers.", "syrian-government"),
        ("Rebels ambushed an army convoy near Morek on Monday.", "syrian-government"),
        ("A roadside bomb hits an army truck near Tafas on Monday, wounding four soldiers.",
         "syrian-government"),
        # the first side's post, past "from positions held by ..."
        ("Late on Monday, three artillery shells fired from positions held by armed opposition "
         "groups west of Jubata al-Khashab hit an army checkpoint.", "syrian-government"),
        # in the passive too; the coalition's base
        ("At around dawn on Monday, three rockets were fired at the coalition base at the "
         "al-Omar field.", "us-led-coalition"),
        ("Mortar rounds were fired at army positions near Morek on Monday.",
         "syrian-government"),
        # "between" two places, not two sides
        ("Gunmen attacked an army checkpoint between Tafas and al-Muzayrib on Monday.",
         "syrian-government"),
    ],
)  # fmt: skip
def test_positions_named_by_a_sides_adjective_make_it_the_target(sentence: str, side: str) -> None:
    assert _targets(sentence) == [side]


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        # soldiers no word gives a side, told by the state's media or its army: its own
        ('State media said "terrorists" fired shells at Saraqib on Monday, wounding a soldier.',
         ["syrian-government"]),
        ("The army's general command said terrorists fired rockets at Morek on Monday, killing "
         "two soldiers.", ["syrian-government"]),
        ('State media said "terrorists" fired rockets at Saraqib shortly after 1 a.m., '
         "wounding two soldiers.", ["syrian-government"]),
        # told by others, the soldiers stay unknown
        ("Activists said shells hit Saraqib on Monday, wounding a soldier.", []),
    ],
)  # fmt: skip
def test_soldiers_hit_told_by_their_side_are_its_own(sentence: str, targets: list[str]) -> None:
    assert _targets(sentence) == targets


def test_a_checkpoint_that_stops_a_convoy_is_not_its_target() -> None:
    """The convoy was stopped "at the government checkpoint": that side acted."""
    sentence = "An aid convoy for Kafr Batna was stopped at the government checkpoint on Monday."
    assert "syrian-government" not in _targets(sentence)


def test_a_state_a_place_has_been_in_since_a_date_does_not_date_the_act() -> None:
    """ "the city that has been divided since July 2012" says when the division began."""
    body = (
        "Rebel bombardment of government-held districts killed two civilians in Aleppo, "
        "a city that has been divided since July 2012, a monitor said."
    )
    (report,) = reports_of(body, PUBLISHED, "Syria update")
    assert report.date.start is not None and report.date.start.year == 2018
    assert report.type.value == "shelling"  # rebels' bombardment is not from the air


def test_those_who_tell_of_a_truce_do_not_make_it() -> None:
    """Residents who say a truce took effect are no party to it; the sides it binds are."""
    (truce,) = reports_of(
        "A truce between government forces and rebel factions in Daraa took effect at noon "
        "on Sunday, residents said.",
        PUBLISHED,
        "Syria update",
    )
    assert sorted(truce.actors) == ["opposition", "syrian-government"]


def test_a_convoy_held_at_a_sides_checkpoint_was_held_by_that_side() -> None:
    (held,) = reports_of(
        "On Monday the UN said its aid convoy for Kafr Batna had been stopped for seven hours "
        "at the government checkpoint at al-Wafideen.",
        PUBLISHED,
        "Syria update",
    )
    assert held.actors == ["syrian-government"]
    assert "syrian-government" not in held.targets


def test_a_counts_targets_are_the_accused_not_whom_they_attacked() -> None:
    (count,) = reports_of(
        "Turkey's defence ministry said the YPG had carried out 16 attacks against Turkish "
        "troops and the Syrian National Army in the past week.",
        PUBLISHED,
        "Syria update",
    )
    assert count.targets == ["sdf"]


def test_a_convoy_stopped_at_a_checkpoint_a_name_holds_was_stopped_by_that_name() -> None:
    """A convoy "stopped at a Syrian National Army checkpoint": an access incident of the
    factions (the name's "Army" is no side's adjective), the aid workers it carries hit."""
    (convoy,) = reports_of(
        "On 19 October, a convoy of four ambulances and a truck of medical supplies sent to "
        "evacuate the wounded from the hospital in Ras al-Ain was stopped at a Syrian National "
        "Army checkpoint at the southern entrance of the town.",
        PUBLISHED,
        "Syria update",
    )
    assert (convoy.type.value, convoy.actors, convoy.targets) == (
        "aid_access",
        ["opposition"],
        ["aid-workers"],
    )


def test_a_convoy_held_hits_the_aid_workers_it_carries() -> None:
    (held,) = reports_of(
        "A second convoy of 18 trucks bound for Kafr Batna was held for nine hours by "
        "government forces at a checkpoint outside the town on 15 June.",
        PUBLISHED,
        "Syria update",
    )
    assert held.targets == ["aid-workers"]


def test_shelling_of_a_town_by_a_sides_guns_killing_a_family() -> None:
    (shelling,) = reports_of(
        "Last Tuesday's shelling of Ariha by government artillery killed four members of one "
        "family as they sat down to eat.",
        PUBLISHED,
    )
    assert shelling.actors == ["syrian-government"] and shelling.targets == ["civilians"]


def test_army_trucks_are_the_armys() -> None:
    (attack,) = reports_of(
        "Islamic State militants attacked a column of army trucks near Palmyra on Saturday.",
        PUBLISHED,
    )
    assert attack.targets == ["syrian-government"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two masked men opened fire on a pick-up truck carrying a member of the local "
        "reconciliation committee near Tafas on Sunday.",
        "A landmine exploded under a minibus carrying truffle hunters near Uqayribat on Monday.",
        "A bomb went off in Dael on Wednesday, killing a council member and wounding two "
        "passers-by.",
    ],
)
def test_who_was_in_the_vehicle_or_passing_by(sentence: str) -> None:
    assert "civilians" in _targets(sentence)


def test_gunmen_seized_the_security_forces() -> None:
    (seized,) = reports_of(
        "On Saturday gunmen seized four members of the security forces at a roadblock near Ariqa.",
        PUBLISHED,
    )
    assert seized.targets == ["syrian-government"]


def test_citizens_martyred_and_a_money_changer_taken() -> None:
    assert "civilians" in _targets(
        "Two citizens were martyred and nine others were injured on Monday when terrorist "
        "groups targeted New Aleppo with rocket shells."
    )
    assert "civilians" in _targets(
        "Masked gunmen kidnapped a money changer from his shop in Khan Shaykhun on Monday."
    )


@pytest.mark.parametrize(
    ("sentence", "actors", "targets"),
    [
        # the speaker's own act: "it" killed, the strike hit whom it killed
        ("The U.S. military said on Monday that it had killed a senior commander of the Nusra "
         "Front, the group's former name, in a drone strike near Idlib.", ["us"], ["jfs"]),
        ("Fighters of the Syrian Democratic Forces killed 13 Islamic State militants in clashes "
         "near Tabqa on Monday.", ["sdf"], ["isis"]),
        # what a verb struck "with" the weapon that names the act is its target
        ("Turkey's defence ministry said on Monday that its troops had struck PKK/YPG "
         "positions near al-Bab with howitzers.", ["turkey"], ["sdf"]),
        ("Activists said rebels attacked government forces near Aleppo with two suicide car "
         "bombs on Monday.", ["opposition"], ["syrian-government"]),
        # the UN's name for the government, in a side's "-controlled areas"
        ("On Monday, shells fired from Government of Syria-controlled areas hit a house in "
         "Ariha, killing a man.", ["syrian-government"], ["civilians"]),
        # an attack repelled is the attackers' act, when they are named
        ("Army units on Monday evening repelled an attack launched by Daesh terrorists on "
         "military points on the outskirts of Tasil.", ["isis"], ["syrian-government"]),
        ("An army unit foiled an attempt by terrorist groups to infiltrate towards military "
         "posts near Abu Dali on Monday.", ["syrian-government"], []),
        # "that" of a time does not end the act's clause
        ("PKK/YPG militants had fired rockets earlier that evening at Turkish troops stationed "
         "outside Jarablus.", ["sdf"], ["turkey"]),
        # passive and headline forms leave the victims before the verb as they were
        ("Nine civilians were killed and two others wounded in Russian air strikes on Saraqeb "
         "on Monday.", ["russia"], ["civilians"]),
        ("Between 94 and 100 civilians were killed in government air strikes on Douma on "
         "Monday.", ["syrian-government"], ["civilians"]),
    ],
)  # fmt: skip
def test_who_killed_whom_in_an_act(sentence: str, actors: list[str], targets: list[str]) -> None:
    (report,) = reports_of(sentence, PUBLISHED, "Syria update")
    assert (report.actors, report.targets) == (actors, targets)


def test_a_militia_named_once_is_the_militia_accused_after() -> None:
    body = (
        "Talks between the Kurdish-led SDF and a pro-regime militia in al-Hasakah broke down "
        "on Sunday.\n\nOn Monday the SDF accused the militia of kidnapping three civilians at "
        "a roadblock in the Ghuwayran district."
    )
    (kidnapping,) = reports_of(body, PUBLISHED, "Hasakah talks fail")
    assert kidnapping.actors == ["pro-government-militias"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Terrorists fired rockets at Mhardeh on Monday, SANA said.\n\nThe Foreign and "
         "Expatriates Ministry sent a letter to the UN Secretary-General on Tuesday. The "
         "Ministry said that Turkey has not fulfilled its obligations under the Sochi "
         "agreement.", "syrian-government"),
        ("The Central Committee, which negotiates for Daraa al-Balad, accused the army of "
         "shelling the district on Monday.\n\nThe committee says the Fourth Division has yet "
         "to remove the earth barriers at the Saraya crossing.", "opposition"),
    ],
)  # fmt: skip
def test_a_ministry_or_committee_named_once_is_the_one_that_speaks_after(
    body: str, speaker: str
) -> None:
    _, unmet = reports_of(body, PUBLISHED, "Syria update")
    assert {(c.claimant_actor_id, c.stance.value) for c in unmet.claims} == {
        (speaker, "commitment_unmet")
    }


@pytest.mark.parametrize(
    ("words", "actors"),
    [
        # the speaker's word for a party it named: theirs, the term unmet
        ('"The terrorists have still not withdrawn from Tal Tamer," the ministry said.', ["sdf"]),
        # a term unmet, told by a speaker, is not the speaker's own
        ("The ministry said the checkpoints had still not been handed over.", []),
    ],
)
def test_who_has_not_withdrawn_is_not_who_says_so(words: str, actors: list[str]) -> None:
    body = (
        "Turkey's defence ministry said on Monday that PKK/YPG terrorists had fired mortar "
        f"rounds at Ras al-Ain. {words}"
    )
    _, unmet = reports_of(body, PUBLISHED, "Ankara says YPG still in Tal Tamer")
    assert unmet.actors == actors


def test_a_convoy_held_at_a_sides_checkpoint_is_held_by_that_side_there() -> None:
    body = (
        "The convoy was due in Kafr Batna on Monday.\n\n"
        "Its 40 trucks of food and medicine were held at the army's al-Wafideen checkpoint for "
        "six hours on Tuesday and then sent back to Damascus."
    )
    reports = reports_of(body, PUBLISHED, "Ghouta update")
    (held,) = [r for r in reports if r.type.value == "aid_access"]
    assert held.actors == ["syrian-government"]
    assert held.place.admin1_pcode == "SY03"  # Kafr Batna, not Damascus it was sent back to


@pytest.mark.parametrize(
    ("body", "name", "admin1"),
    [
        # where a load came from is not where it was held
        ("On Monday, soldiers at the checkpoint on the southern edge of Izra held our truck of "
         "surgical supplies from Damascus for six hours.", "Izra", "SY12"),
        # an office named after its city is not where its crew went
        ("Clashes broke out around the spring of Ain al-Fijah on Sunday.\n\nOn Monday, gunmen "
         "fired on a team of technicians from the Damascus Water Supply Authority near the "
         "spring.", "Ain al-Fijah", "SY03"),
        # the camp is the camp named before
        ("Inside the Yarmouk Palestinian refugee camp, which adjoins al-Hajar al-Aswad, "
         "conditions are dire. A Palestinian faction said militants had executed two young men "
         "in the camp on Monday.", "Yarmouk", "SY01"),
        # ... and the valley the valley, even where only witnesses were
        ("Air strikes on Friday hit the pumping station at the spring, rebels and activists in "
         "the Wadi Barada valley said.\n\nDamascus tells a different story. Its ministry said "
         "on Monday that armed groups in the valley had contaminated the spring with diesel fuel "
         "on Sunday.", "Wadi Barada valley", "SY03"),
    ],
)  # fmt: skip
def test_the_place_of_the_last_act_told(body: str, name: str, admin1: str) -> None:
    act = reports_of(body, PUBLISHED, "Syria update")[-1]
    assert (act.place.name, act.place.admin1_pcode) == (name, admin1)


def test_where_mortars_were_fired_from_is_not_where_they_fell() -> None:
    (shells,) = reports_of(
        "On Monday, three mortar shells fired from army positions on the edge of Harasta fell "
        "on the main market of Arbin, killing three civilians.",
        PUBLISHED,
    )
    assert shells.place.name == "Arbin"


def test_where_drones_were_launched_from_is_not_where_they_were_downed() -> None:
    (drones,) = reports_of(
        "On Monday, air defence systems at the Hmeimim air base destroyed two unmanned aerial "
        "vehicles launched by terrorists from the Idlib de-escalation zone.",
        PUBLISHED,
    )
    assert drones.place.admin1_pcode == "SY06"  # Latakia, where the base is; not Idlib
    # and they came down near the base its air defences guard, not in it
    assert (drones.place.name, drones.place.relation) == ("Hmeimim air base", PlaceRelation.NEAR)


def test_where_fire_came_from_the_direction_of_is_not_where_it_hit() -> None:
    (fire,) = reports_of(
        "On Monday militants fired mortar shells from the direction of Arima at a Turkish base.",
        PUBLISHED,
    )
    assert fire.place.name != "Arima"


def test_the_occupation_is_who_a_text_called_the_occupation_before() -> None:
    body = (
        "A drone of the Turkish occupation army struck a car near Kobani on Sunday, wounding "
        "two citizens.\n\nAt dawn on Monday, the occupation's drones struck again, targeting "
        "a motorcycle on the road to Serrin. The city has been shelled since the occupation "
        "of Afrin."
    )
    first, again = reports_of(body, PUBLISHED, "Kobani update")[:2]
    assert first.actors == again.actors == ["turkey"]
    body = (
        "A drone of the Turkish occupation army struck a car near Kobani on Sunday.\n\n"
        "On Monday, an occupation drone struck a vehicle carrying fighters near Ain Issa."
    )
    first, again = reports_of(body, PUBLISHED, "Kobani update")[:2]
    assert again.actors == ["turkey"]


def test_who_fired_the_barrage_told_before() -> None:
    body = (
        "The day before yesterday, the eastern neighbourhood of our town was struck by a "
        "barrage of eleven rocket and artillery shells. The barrage was fired by the forces of "
        "the Assad regime stationed in the town of Kafr Nabl. Four civilians were wounded."
    )
    (shelling,) = reports_of(body, dt.date(2020, 6, 10), "Kansafra council")
    assert shelling.actors == ["syrian-government"]
    assert shelling.place.name != "Kafr Nabl"  # where it was fired from


def test_who_declared_a_truce_named_in_passing_is_not_hit() -> None:
    (strike,) = reports_of(
        "An air strike hit a crowded vegetable market in the town of Heish on Monday, on the "
        "second day of a daily humanitarian pause declared by Russia, killing four civilians.",
        PUBLISHED,
    )
    assert strike.targets == ["civilians"]


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Artillery shells fired from the regime's positions in Kherbet Ghazala fell on houses "
         "in al-Hirak on Monday, wounding a woman.", "syrian-government"),
        ("On Monday the shelling of Ain Issa came from the positions of the Turkish army north "
         "of the town.", "turkey"),
    ],
)  # fmt: skip
def test_the_side_whose_positions_the_fire_came_from_fired_it(sentence: str, side: str) -> None:
    (shelling,) = reports_of(sentence, PUBLISHED, "Syria update")
    assert shelling.actors == [side]
    assert side not in shelling.targets


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        # an attack on civilians, an abduction or a looting that names no one else hit
        ("Soldiers fired live rounds over the crowd near Kudna on Monday.", ["civilians"]),
        ("Israeli bulldozers flattened a row of five houses in al-Hamidiyah.", ["civilians"]),
        ("Two lorry drivers from Shahba were kidnapped on Thursday near Izra.", ["civilians"]),
        # ... but the drivers of an aid convoy are aid workers, police officers no civilians
        (
            "Gunmen stopped a convoy of seven trucks carrying food aid near Atarib and "
            "abducted two of its drivers.",
            ["aid-workers"],
        ),
        ("The SDF accused the militia of abducting two of its police officers.", []),
    ],
)
def test_acts_done_to_people_hit_civilians_unless_told_otherwise(
    sentence: str, targets: list[str]
) -> None:
    assert _targets(sentence) == targets
