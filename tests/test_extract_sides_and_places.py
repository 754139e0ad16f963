"""Who acted, whom it hit, who says so and where it happened, when the words name them
indirectly ("its fighters", "the outskirts of", a side's checkpoint), in wordings the blind
batches y and z showed (each a general rule, checked on sentences written for this
test)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of, stances_of
from truce.model import Report

PUBLISHED = dt.date(2019, 11, 28)  # a Thursday


def _reports(body: str) -> list[Report]:
    return reports_of(body, PUBLISHED, "Syria update")


def test_a_joint_patrol_is_its_sides_act() -> None:
    (patrol,) = _reports(
        "The first joint Russian-Turkish patrol along the M4 highway was cut short on Thursday."
    )
    assert patrol.actors == ["russia", "turkey"]


def test_an_aid_agency_carrying_out_a_term_is_not_bound_by_it() -> None:
    (evacuation,) = _reports(
        "On Saturday, Syrian Arab Red Crescent ambulances took 14 patients to hospitals in "
        "Damascus."
    )
    assert evacuation.type.value == "commitment"
    assert evacuation.actors == []


def test_the_un_telling_of_a_term_unmet_is_not_bound_by_it() -> None:
    (term,) = _reports(
        "The UN envoy said 58 detainees on the agreed list were still being held on Tuesday."
    )
    assert "un" not in term.actors


def test_a_truce_with_no_place_of_its_own_takes_none_from_its_paragraph() -> None:
    strike, truce = _reports(
        "Air strikes hit al-Mayadin on Monday, killing five people. A US-Russian brokered "
        "truce in force since Monday does not include areas held by Islamic State."
    )
    assert strike.place.admin1_pcode == "SY09"
    assert truce.place.admin1_pcode is None  # it may be nationwide
    # a truce between local sides, with no place of its own, is in the story's governorate
    strike, over = _reports(
        "Air strikes hit the eastern districts of Aleppo on Monday, killing five people. The "
        "army declared the truce over on Tuesday."
    )
    assert over.type.value == "ceasefire_declared_over"
    assert (over.place.admin1_pcode, over.place.relation.value) == ("SY02", "admin")


def test_the_un_never_strikes_and_the_shells_told_are_not_new() -> None:
    strike, *rest = _reports(
        "Members of the Security Council offered conflicting accounts on Thursday of an air "
        "strike on a hospital in Ariha. Shells struck the water station in Aleppo on Monday. "
        "The council accused government forces of firing the shells from their positions in "
        "the Midan district."
    )
    assert strike.actors == []
    assert [r.type.value for r in rest] == ["shelling"]


def test_the_article_before_a_longer_name_and_names_with_the() -> None:
    (clash,) = _reports("Fierce clashes broke out between the regime forces and rebels in Morek.")
    assert sorted(clash.actors) == ["opposition", "syrian-government"]
    (count,) = _reports(
        "The opposition said the regime and the Russians had broken it more than 150 times."
    )
    assert sorted(count.targets) == ["russia", "syrian-government"]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("Army bulldozers demolished at least nine houses in the town of Nawa on Monday.",
         ["syrian-government"]),
        ("Government officials removed most medical supplies from the trucks on Monday.",
         ["syrian-government"]),
        ("The factions, in turn, have failed to free the soldiers they hold in Jayrud.",
         ["opposition"]),
        ("By Friday the factions had given up only four tanks and a handful of mortars in "
         "al-Rastan.", ["opposition"]),
        ("Syrian government forces and jihadist fighters led by Hayat Tahrir al-Sham clashed "
         "overnight near Kafr Nabudah.", ["syrian-government", "hts"]),
        # both sides of "fighting between X and Y" fight
        ("Fighting between Hayat Tahrir al-Sham and the Levant Front killed 17 people around "
         "Jindires on Friday.", ["hts", "opposition"]),
        # the sides of the fighting the dead were killed in (one of them uncatalogued)
        ("Four people were killed in fighting between the army and gunmen in farms east of "
         "Busra al-Sham on Tuesday.", ["syrian-government"]),
        # a toll's actor past asides of place and time
        ("Jabhat al-Nusra fighters stormed two hills overlooking the town of Khan Tuman, "
         "south-west of Aleppo, at dawn on Wednesday, killing at least 20 soldiers.", ["jfs"]),
        # the act of the clause after an opening phrase ("In fresh strikes, ...")
        ("In fresh strikes Russian and Syrian regime jets pounded opposition-held parts of "
         "Aleppo early on Thursday.", ["russia", "syrian-government"]),
        # a truce's parties, not who brokered it
        ("Rebel factions and government negotiators renewed on Tuesday for another month the "
         "truce in Yalda.", ["opposition", "syrian-government"]),
        ("Russia brokered an understanding last month between the SDF and Turkish-backed "
         "factions to halt the fighting around Ein Issa.", ["sdf", "opposition"]),
        # who left the bomb behind
        ("A bomb left behind by Daesh in a house in Tadamon exploded as army sappers were "
         "clearing it.", ["isis"]),
        # announced by its broker, who did not make it
        ("A truce brokered by Russian officers between Kurdish security forces and "
         "pro-government militiamen took hold in Qamishli on Friday, Kurdish officials and a "
         "Russian officer said.", ["sdf", "pro-government-militias"]),
        # the reconciled rebels of a settlement town
        ("Last Sunday the former fighters of the quarter handed over 34 rifles to the Russian "
         "military police in Daraa al-Balad.", ["opposition"]),
        # a side named with whom it speaks for, between commas
        ("The truce was agreed on Saturday between the Central Committee, speaking for the "
         "quarter, and the government's security committee in Daraa al-Balad.",
         ["opposition", "syrian-government"]),
        # whose promise was not kept; whose approval a convoy waited for
        ("None of the 29 critically ill patients whom Russian officers promised last month to "
         "evacuate to hospitals in Damascus has left the enclave.", ["russia"]),
        ("A UN aid convoy of 40 trucks that was due to reach Kafr Batna on Tuesday never left "
         "Damascus because the government had not given its final approval.",
         ["syrian-government"]),
        # a name with its acronym in brackets, then two more sides; "were reported" by no one
        ("On Tuesday clashes between the Syrian Democratic Forces (SDF) and Turkish forces and "
         "affiliated non-State armed groups were reported in villages near Tal Tamer.",
         ["sdf", "turkey", "opposition"]),
        # Turkey's name for the YPG, after "by"
        ("On Tuesday a vehicle laden with explosives by the PKK/YPG blew up at the entrance of "
         "the vegetable market in Tell Abiad, killing five civilians.", ["sdf"]),
        # two sides, each named with its men
        ("On Tuesday evening, SDF fighters and National Defence Forces militiamen traded "
         "machine-gun fire in the streets of Qamishli.", ["sdf", "pro-government-militias"]),
        # who holds the checkpoint a team was turned back at
        ("On Tuesday a Syrian Arab Red Crescent team was turned back at a checkpoint manned by "
         "non-State armed groups east of Ras al-Ain.", ["opposition"]),
        # fighters who "raided" army positions
        ("Before dawn on Tuesday, fighters of Hayat Tahrir al-Sham raided army positions near "
         "Qalaat al-Madiq.", ["hts"]),
        # weapons handed to officers
        ("On Tuesday the factions handed a tank and four mortars to army officers at the "
         "municipal stadium in al-Tall.", ["opposition"]),
        # a truce's two sides: a town's factions, and officers of the other side
        ("A truce was concluded on Sunday in Kanakir between the town's factions and officers "
         "of the regime's Military Security branch.", ["opposition", "syrian-government"]),
        # a force and its partner named in an aside
        ("U.S. Central Command forces, partnered with the Syrian Democratic Forces (SDF), "
         "conducted a helicopter raid near Markadah on Monday.", ["us", "sdf"]),
        ("U.S. Central Command forces and the SDF conducted a helicopter raid near Markadah "
         "on Monday.", ["us", "sdf"]),
        ("The Syrian Arab Air Force, in cooperation with the friendly Russian air force, "
         "carried out concentrated air strikes on Wednesday near Jisr al-Shughur.",
         ["syrian-government", "russia"]),
        # the side whose lines a drone was flown from
        ("On Monday a drone flown from government lines west of Aleppo dropped a munition on a "
         "minibus near Darat Izza.", ["syrian-government"]),
        # the side of the checkpoint a sniper is at
        ("A sniper at an army checkpoint shot dead a civilian riding a motorcycle near Kafr "
         "al-Awamid on Saturday.", ["syrian-government"]),
        # a side's adjective before the weapon's kind
        ("A government suicide drone has hit a minibus carrying farm labourers near al-Atarib.",
         ["syrian-government"]),
        # the sniper's side
        ("A farmer was killed on Monday by the bullet of a sniper of the regime's forces "
         "near Kanakir.", ["syrian-government"]),
        # the army's divisions and security branches named alone
        ("Members of the Fourth Division opened fire on a car carrying a family near Tasil on "
         "Monday.", ["syrian-government"]),
        ("Members of Air Force Intelligence kidnapped a young teacher near al-Quriyah on "
         "Monday.", ["syrian-government"]),
    ],
)  # fmt: skip
def test_who_did_it_when_the_words_name_them_indirectly(sentence: str, actors: list[str]) -> None:
    (report,) = _reports(sentence)
    assert report.actors == actors
    assert report.type.value != "shelling"  # weapons given up are not fired


@pytest.mark.parametrize(
    "sentence",
    [
        # the cue of a place's other name, given before it in brackets
        "Border guards shot dead two young men on the outskirts of Serêkaniyê (Ras al-Ain) on "
        "Monday.",
        # the town named before the act, as where the speakers are
        "Activists in Kafr Batna say a government sniper shot dead a man on the western "
        "outskirts of the town on Monday.",
        # a town's entrance is its edge
        "A sniper shot dead a farmer near the northern entrance of the town of Kanakir on Monday.",
        # hills overlooking a town
        "Nusra Front fighters stormed two hills overlooking the town of Khan Tuman on Monday.",
        # what kind of village it is, between "near" and its name
        "Government troops and rebel fighters clashed near the hilltop village of Kabani on "
        "Monday.",
    ],
)
def test_the_outskirts_are_near_the_place(sentence: str) -> None:
    (report,) = _reports(sentence)
    assert report.place.relation.value == "near"


def test_a_clash_with_the_infiltrators_is_the_infiltration_told() -> None:
    (attempt,) = _reports(
        "On Sunday a group of Jabhat al-Nusra militants tried to infiltrate towards army points "
        "near Suran. Army units clashed with the infiltrators, killing eight of them."
    )
    assert attempt.fatalities is not None and attempt.fatalities.best == 8


def test_near_a_towns_market_is_in_the_town() -> None:
    (bomb,) = _reports("A bomb went off near Manbij's vegetable market on Tuesday evening.")
    assert (bomb.place.name, bomb.place.relation.value) == ("Manbij", "in")


def test_a_river_named_after_a_place_is_not_where_it_happened() -> None:
    (shelling,) = _reports(
        "Turkish-backed factions shelled Assyrian villages on the Khabur river west of Tal "
        "Tamer on Tuesday, killing an elderly man."
    )
    assert shelling.place.name == "Tal Tamer"


def test_where_the_rounds_were_fired_from_is_not_where_they_hit() -> None:
    (shelling,) = _reports(
        "In the capital, mortar rounds and rockets fired from the Ghouta hit Bab Touma on "
        "Sunday, killing a woman, state news agency SANA said."
    )
    assert shelling.place.name == "Bab Touma"


def test_towns_a_road_is_named_after_are_not_where_it_happened() -> None:
    (patrol,) = _reports(
        "On 9 June, the 16th joint Russian-Turkish patrol was carried out on the section of "
        "the M4 Aleppo - Latakia highway between the settlements of Saraqib and Mhambal."
    )
    assert (patrol.place.name, patrol.place.relation.value) == ("Saraqib", "between")


def test_suburbs_named_after_their_city_are_where_it_happened() -> None:
    (truce,) = _reports(
        "Rebel factions renewed the truce in the southern Damascus suburbs of Yalda and Babbila "
        "on Tuesday."
    )
    assert truce.place.name == "Yalda"
    assert truce.place.admin1_pcode == "SY03"


def test_an_items_act_at_the_entrance_of_the_town_is_near_its_heading_place() -> None:
    body = (
        "Daily digest No. 12, covering Saturday 12 February 2022.\n\n"
        "1. Nawa, Saturday, about 23:30. Unknown gunmen shot dead a former commander of an "
        "opposition faction near the grain silos at the eastern entrance of the town."
    )
    (killing,) = reports_of(body, dt.date(2022, 2, 13), "Daily digest")
    assert (killing.place.name, killing.place.relation.value) == ("Nawa", "near")


def test_a_civilian_killed_when_a_mine_exploded_is_its_target() -> None:
    (mine,) = _reports(
        "On Tuesday a farmer was martyred when a landmine planted by terrorists exploded under "
        "his tractor near Mhardeh."
    )
    assert mine.targets == ["civilians"]


def test_the_truce_named_again_is_where_the_truce_told_before_is() -> None:
    renewal, first = reports_of(
        "Rebel factions renewed on Tuesday for another month the truce in Yalda.\n\n"
        "The truce, first agreed last month, has largely held, residents said.",
        dt.date(2017, 2, 15),
        "Truce in Damascus suburbs renewed",
    )
    assert renewal.place.name == first.place.name == "Yalda"


def test_the_base_drones_were_meant_to_attack_is_not_where_the_strike_was() -> None:
    (strike,) = _reports(
        "Russian warplanes struck hills on the outskirts of Jisr al-Shughur overnight, the "
        "Observatory said. The Russian Defence Ministry said its aircraft had destroyed a "
        "workshop where militants assembled drones to attack the Hmeimim air base."
    )
    assert strike.place.name == "Jisr al-Shughur"
    assert ("russia", "confirms") in stances_of(strike)


def test_a_convoy_held_at_a_government_checkpoint_is_held_by_the_government() -> None:
    (held,) = _reports(
        "On Monday the UN convoy to Talbiseh was held for six hours at the last government "
        "checkpoint outside the town and then sent back to Homs city."
    )
    assert held.type.value == "aid_access"
    assert held.actors == ["syrian-government"]
    assert held.targets == ["aid-workers"]  # the UN's convoy: its aid workers


def test_shelling_on_its_outskirts_is_near_the_place_its_item_is_headed_by() -> None:
    (resumed,) = _reports(
        "Daily bulletin No. 9, covering Monday.\n\n"
        "(1) Maarat al-Numan: At about 18:30 the shelling of the city resumed, this time on its "
        "southern outskirts."
    )
    assert (resumed.place.name, resumed.place.relation.value) == ("Maarat al-Numan", "near")


@pytest.mark.parametrize(
    ("body", "relation"),
    [
        # what came down in the place, with the air defences told after it
        ("Israeli missiles slammed into buildings in Damascus's Mazzeh district around "
         "midnight, state media said, adding that air defences had intercepted most of them.",
         "in"),
        # drones aimed at a base that its air defences met came down near it
        ("On Monday, militants launched seven armed drones at the Hmeimim air base, all of "
         "which were destroyed by Russian air defences.", "near"),
    ],
)  # fmt: skip
def test_what_air_defences_met_came_down_near_unless_told_landing_in(
    body: str, relation: str
) -> None:
    (strike,) = _reports(body)
    assert strike.place.relation.value == relation


def test_the_subject_of_joined_verbs_keeps_those_who_went_with_it() -> None:
    (abduction,) = _reports(
        "In Deir Ezzor, helicopters of the US occupation forces, accompanied by gunmen of the "
        "SDF, carried out an airdrop at dawn in the town of Khasham and kidnapped three young "
        "men."
    )
    assert abduction.actors == ["us", "sdf"]


def test_the_side_holding_the_area_the_fire_came_from_fired_it() -> None:
    (rockets,) = _reports(
        "On Tuesday, rockets fired from SDF-held areas near Manbij hit the centre of al-Bab."
    )
    assert rockets.actors == ["sdf"]


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        (
            "Jabhat al-Nusra, al Qaeda's Syrian branch, is not covered by the truce. Its fighters "
            "stormed two hills overlooking the town of Khan Tuman, south-west of Aleppo, at dawn "
            "on Wednesday, killing at least 20 soldiers, the group said in a statement.",
            "jfs",
        ),
        (
            "QAMISHLI, Syria, Jan 18 (Test Wire) - Islamic State has stepped up its attacks south "
            "of Hasakah, the SDF said on Monday. Late on Saturday, the group's fighters ambushed "
            "an SDF patrol on the road linking Hasakah and al-Shaddadah, killing four fighters.",
            "isis",
        ),
        (
            "Clashes between government forces and former rebel fighters in al-Sanamayn killed "
            "nine people. On Monday, the fighters handed over three machine guns and two mortars "
            "to Russian military police.",
            "opposition",
        ),
        # its gunners or security men after a time, one of its bombers, a state's aircraft
        (
            "Hayat Tahrir al-Sham controls most of Idlib. Last week its gunners fired a salvo "
            "of Grad rockets at the government-held town of Maarat al-Numan.",
            "hts",
        ),
        (
            "Hayat Tahrir al-Sham controls most of Idlib. Its security men detained a media "
            "activist, Omar al-Khatib, at a checkpoint in Jisr al-Shughur on Monday.",
            "hts",
        ),
        (
            "Islamic State fighters attacked the airport road on Saturday. One of the group's "
            "suicide bombers blew up an armoured car among regime troops near Harabesh.",
            "isis",
        ),
        (
            "The US-led coalition widened its campaign on Friday. Overnight its aircraft "
            "destroyed about 20 vehicles in the desert south-west of al-Mayadin.",
            "us-led-coalition",
        ),
        # a jihadist group's people, named again by another word for them, after "by" too
        (
            "Islamic State fighters stormed army positions near the airport on Wednesday. "
            "Later, rocket shells fired by the militants slammed into a queue outside a bakery "
            "in al-Joura, killing four people.",
            "isis",
        ),
        # ... and after a time that opens the clause
        (
            "Islamic State fighters stormed the prison gate at dusk on Thursday. Minutes later "
            "the militants detonated a second car bomb beside a fuel depot across the road.",
            "isis",
        ),
        # ... and whom a charge names by "its fighters"
        (
            "The SDF faces questions of its own. Residents of al-Mashlab accuse its fighters of "
            "looting shops and homes in the district last week.",
            "sdf",
        ),
    ],
)
def test_its_fighters_are_the_group_the_sentence_before_opened_on(body: str, actor: str) -> None:
    acts = [r for r in _reports(body) if r.type.value != "ceasefire_announced"]
    assert acts and actor in acts[-1].actors


def test_a_convoy_is_placed_where_it_was_stopped_and_an_item_near_its_heading_place() -> None:
    (convoy,) = _reports(
        "Syrian government troops at a checkpoint on the M4 highway near Tall Tamr turned back "
        "a UN convoy for al-Hol on Sunday."
    )
    assert (convoy.place.name, convoy.place.relation.value) == ("Tall Tamr", "near")
    (shells,) = _reports(
        "2.2 Badama (Idlib), 09:30. Government artillery fired some 30 shells at farmland on "
        "the western outskirts of the town."
    )
    assert (shells.place.name, shells.place.relation.value) == ("Badama", "near")


@pytest.mark.parametrize(
    "sentence",
    [
        # "members of one family" are no fighters; the victims may come after a long place
        "Three days ago, aircraft of the US-led coalition struck a house in the village of "
        "al-Shaafah, in the Hajin pocket still held by the group, killing five members of one "
        "family, local activists said.",
        # a farm, and the farm workers it killed
        "An air strike has hit a poultry farm outside the village of Kansaba, killing two farm "
        "workers, local activists say.",
    ],
)
def test_civilians_hit_by_what_the_words_after_the_act_name(sentence: str) -> None:
    (strike,) = _reports(sentence)
    assert "civilians" in strike.targets


def test_a_claim_of_the_ambush_is_the_ambushs_and_elders_and_workers_are_civilians() -> None:
    ambush, elder, bomb = _reports(
        "Islamic State militants ambushed an army convoy in the desert near al-Mayadin "
        "overnight, killing at least 12 soldiers, a war monitor said on Thursday.\n\n"
        "Islamic State claimed the ambush in a statement on its Telegram channels on Thursday.\n\n"
        "Late on Wednesday, gunmen on a motorcycle shot dead a tribal elder outside his home in "
        "al-Busayrah.\n\n"
        "A roadside bomb exploded under a minibus carrying construction workers near Izra."
    )
    assert ("isis", "confirms") in stances_of(ambush)
    assert elder.targets == ["civilians"] and elder.fatalities is not None
    assert bomb.targets == ["civilians"]


def test_a_claim_of_the_bombing_is_the_bombs_not_an_earlier_air_strikes() -> None:
    strike, bomb = _reports(
        "Coalition air strikes hit a school in al-Mayadin on Monday night, killing 14 "
        "civilians, a war monitor said.\n\n"
        "A suicide bomber blew up a car at an SDF checkpoint near al-Shaddadah on Tuesday, "
        "killing three fighters. Islamic State claimed the bombing hours later."
    )
    assert ("isis", "confirms") in stances_of(bomb)
    assert bomb.actors == ["isis"]
    assert "isis" not in {c.claimant_actor_id for c in strike.claims}


def test_the_two_groups_that_agree_a_truce_are_the_two_that_fought() -> None:
    fighting, truce = _reports(
        "Fighting between Hayat Tahrir al-Sham and the Levant Front killed 17 people around "
        "Jindires on Thursday.\n\n"
        "The two groups agreed late on Friday to a truce mediated by Turkish officers."
    )
    assert truce.type.value == "ceasefire_announced"
    assert sorted(truce.actors) == sorted(fighting.actors) == ["hts", "opposition"]


@pytest.mark.parametrize(
    ("body", "said"),
    [
        # fire that answered an attack
        (
            "Government artillery fired some 30 shells at farmland near Badama on Tuesday. The "
            "government liaison officer said the artillery fire on Badama had answered rocket "
            "launches from the town's outskirts.",
            ("syrian-government", "justifies"),
        ),
        # a convoy turned back with a reason
        (
            "On Monday, Syrian government troops at a checkpoint near Tall Tamr turned back a UN "
            "aid convoy of 12 trucks carrying medicines, UN officials said; Damascus said the "
            "convoy lacked the required permits.",
            ("syrian-government", "justifies"),
        ),
        (
            "On Monday, Syrian government troops at a checkpoint near Tall Tamr turned back a UN "
            "aid convoy of 12 trucks carrying medicines, UN officials said; Damascus said the "
            "convoy was turned back for its own safety.",
            ("syrian-government", "justifies"),
        ),
        # a rule invoked for what was done
        (
            "A UN aid convoy reached al-Rastan on Wednesday, after government security officers "
            "removed medical supplies from the trucks at a checkpoint outside the town, the UN "
            "said. In a letter carried by SANA, the Syrian Foreign Ministry said the medicines "
            "had been held back in line with the usual procedures.",
            ("syrian-government", "justifies"),
        ),
        # Daraa's Central Committee speaks for the former rebels
        (
            "Gunmen attacked an army checkpoint between Tafas and al-Muzayrib on Wednesday "
            "night, killing two soldiers, SANA said. The Central Committee categorically denied "
            "that anyone from the area's former rebel factions had taken part in the attack.",
            ("opposition", "denies"),
        ),
    ],
)
def test_who_says_what_of_the_act_told(body: str, said: tuple[str, str]) -> None:
    assert said in set().union(*(stances_of(r) for r in _reports(body)))


def test_an_army_escort_ambushed_is_the_armys() -> None:
    (ambush,) = _reports(
        "Islamic State militants ambushed a convoy of fuel tankers and their army escort in "
        "the desert near al-Mayadin overnight, killing at least 12 soldiers."
    )
    assert "syrian-government" in ambush.targets


def test_whose_car_a_bomb_was_planted_under_is_not_who_planted_it() -> None:
    (bomb,) = _reports(
        "On Monday a bomb planted under the car of a National Front for Liberation commander "
        "exploded in Ariha."
    )
    assert "opposition" not in bomb.actors


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("On Monday a bomb planted under the car of a National Front for Liberation commander "
         "exploded in Ariha.", "opposition"),
        ("On Sunday a bomb planted under an ambulance of the Kurdish Red Crescent exploded in "
         "al-Busayrah.", "aid-workers"),
    ],
)  # fmt: skip
def test_whose_car_or_ambulance_a_bomb_was_under_is_what_it_hit(sentence: str, hit: str) -> None:
    (bomb,) = _reports(sentence)
    assert hit in bomb.targets


def test_a_clash_reported_in_the_passive_has_no_speaker() -> None:
    (clash,) = _reports(
        "On Tuesday clashes between the army and rebels were reported in villages near Morek."
    )
    assert clash.claims == [] or all(c.claimant_actor_id is None for c in clash.claims)


def test_a_raid_with_detentions_is_the_raiders_and_an_official_sweep_tells_it_again() -> None:
    """ "X stormed the town ... and detained 47 young men": X detained them; state television's
    "army units had cleansed the town of terrorist groups and seized weapons" is the same
    raid in the government's words, and seizing weapons takes no ground."""
    (raid,) = _reports(
        "Regime forces and pro-government militias, known locally as shabiha, stormed the "
        "town of Qudsaya, north-west of Damascus, at dawn on Tuesday and detained at least 47 "
        "young men, activists said.\n\n"
        'State television said army units had "cleansed" Qudsaya of "armed terrorist groups" '
        "and seized weapons and ammunition."
    )
    assert raid.type.value == "abduction"
    assert raid.actors == ["syrian-government", "pro-government-militias"]
    assert "sana" in {c.claimant_actor_id for c in raid.claims}
