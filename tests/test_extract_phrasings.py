"""Phrasings of agreements, their terms and the incidents around them that outlets use and
earlier rules missed (each a general rule, checked on sentences written for this test)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of, stances_of
from truce.extract.dates import find_dates
from truce.geocode import default_gazetteer
from truce.model import PlaceRelation, Report

PUBLISHED = dt.date(2019, 3, 14)  # a Thursday


def _reports(body: str) -> list[Report]:
    return reports_of(body, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # agreements made, extended, and the words for them
        ("The factions and the Military Council have agreed to stop firing along the Arima "
         "front.", "ceasefire_announced"),
        ("By decision of the commander, the humanitarian pause has been extended by a further "
         "24 hours.", "ceasefire_announced"),
        ("On 5 March the two presidents agreed in Moscow on an Additional Protocol to the "
         "memorandum.", "ceasefire_announced"),
        ("The rebel group and Russian officers agreed on Friday that the group's fighters and "
         "their families will leave Arbin.", "ceasefire_announced"),
        # charges named by the agreement they say was broken, and counts of them
        ("On Wednesday the ministry accused rebel groups of violating the October pauses 48 "
         "times.", "violation_accusation"),
        ("On Wednesday the ministry accused the YPG of violating the roadmap.",
         "violation_accusation"),
        ('The centre, in its bulletin, put the number of violations by "terrorists" since 6 '
         "March at 112.", "violation_accusation"),
        # terms carried out: armour off a road, patrols that set off or went ahead
        ("On 20 October, army units withdrew their personnel and armour from the Castello road.",
         "commitment"),
        ("The first joint Russian-Turkish patrol has set off from Trumba.", "commitment"),
        ("The 26th patrol of US and Turkish troops along the river went ahead on Friday.",
         "commitment"),
        # aid kept from the people it was for
        ("On 21 October, a joint UN-SARC team that had gone to the crossing to receive patients "
         "came under small-arms fire and withdrew.", "aid_access"),
        ("The planned medical evacuation of sick and wounded people from the east could not "
         "take place during the pause.", "aid_access"),
        # supplies taken off a convoy, aid let in under a resolution
        ("As the convoy was checked at the crossing, security personnel removed trauma kits, "
         "surgical supplies and insulin from the trucks.", "aid_access"),
        ("The agreement was signed on Monday.\n\nOn 9 March, a second convoy of 13 trucks "
         "delivered food parcels to Duma, after the government approved the delivery in line "
         "with resolution 2401.", "ceasefire_announced commitment"),
        # people taken
        ("Security men detained the media activist Omar al-Khatib at a checkpoint near Sarmada.",
         "abduction"),
        ("On 2 February the YPG took two shepherds from our side near the river.", "abduction"),
        # fighting told by its attempt or its reply
        ("Regime forces tried to advance on the Fattira axis at dawn.", "armed_clash"),
        ("On Thursday the factions were driven back after two hours of fighting near al-Dadat.",
         "armed_clash"),
        ("Our units immediately returned fire at the sources of the attack.", "armed_clash"),
        # truces made, and ended, told with their time or their makers in between
        ("Rebels declared an end on Saturday to a ceasefire around the besieged town.",
         "ceasefire_declared_over"),
        ("A: On Thursday we agreed with the Iranians a ceasefire of six months in Zabadani.",
         "ceasefire_announced"),
        ("The General Command announced its approval of a ceasefire in the zone.",
         "ceasefire_announced"),
        ("The ceasefire agreed late last night by the two defence ministers appears to be "
         "holding.", "ceasefire_announced"),
        ("By our count the regime has broken it more than 3,000 times since the end of April.",
         "violation_accusation"),
        # terms carried out or not
        ("The agreement was signed on Monday.\n\nOn 28 December, 126 people left the two towns "
         "in ICRC and SARC vehicles.", "ceasefire_announced commitment"),
        ("The ceasefire was agreed on Monday.\n\nThe army says it handed the bodies of the "
         "three soldiers over to the Syrian side at the crossing.",
         "ceasefire_announced commitment"),
        ("Three days on, not one truck has reached Madaya.", "commitment"),
        # aid and patrols under fire, ground taken
        ("The Red Crescent says its ambulances were turned back from Zabadani on Saturday.",
         "aid_access"),
        ("A Red Cross ambulance carrying injured people from Hawsh al-Sayyid Ali came under fire "
         "on the road.", "aid_access"),
        ("A patrol of the General Security came under fire from clan gunmen near the crossing.",
         "armed_clash"),
        ("Government troops and allied militias took al-Lataminah and Kafr Zita overnight.",
         "armed_clash"),
        # bombs set off, drones sent to explode, a raid on a house
        ("On 29 March, a boy was badly injured when a submunition he had picked up in a "
         "courtyard exploded.", "remote_explosive"),
        ("On Saturday a cell detonated an explosive device on the highway as a convoy passed.",
         "remote_explosive"),
        ("At dawn today, a suicide drone launched from east of the river struck a military "
         "vehicle.", "air_strike"),
        ("The ministry accused the SDF of launching two drones at army positions on Monday.",
         "air_strike"),
        ("On 3 February, US special forces raided a house in Atmeh.", "armed_clash"),
        # people and buses held, goods carried off
        ("Members of the committee tell us the security forces are holding the buses at the "
         "checkpoint.", "aid_access"),
        ("Officers pulled two young men off a bus at the checkpoint and took them away.",
         "abduction"),
        ("On 12 May, soldiers were filmed loading the X-ray machine and the generator of the "
         "health centre in Qalaat al-Madiq onto a military truck.", "looting_destruction"),
        # a pause's end, a memorandum agreed
        ("The pause ended at dawn today.", "ceasefire_declared_over"),
        ("Russia and Turkey have agreed a memorandum on north-east Syria.",
         "ceasefire_announced"),
        # people brought out under a deal, buses leaving or held
        ("The truce was agreed on Monday.\n\nOn Tuesday the authorities evacuated 470 citizens "
         "from the neighbourhoods.", "ceasefire_announced commitment"),
        ("The deal was signed on Monday.\n\nOn Friday, 71 people, many of them elderly, were "
         "carried out on Red Crescent buses.", "ceasefire_announced commitment"),
        ("The ceasefire was agreed on Monday.\n\nThe council says its units have pulled "
         "back to the south bank of the river under the understanding.",
         "ceasefire_announced commitment"),
        ("Television showed three buses carrying fighters pulling out of the Old City.",
         "commitment"),
        ("A commander tells us soldiers are holding the next five buses at an army checkpoint.",
         "aid_access"),
        ("On Monday a convoy of cars and tractors carrying displaced families was stopped at a "
         "checkpoint.", "aid_access"),
        # truces told by their making or their breach
        ("Turkish forces and the SDF have reached a loose agreement to stop shooting at each "
         "other.", "ceasefire_announced"),
        ("US officials said a ceasefire has been reached between the Turkish army and the YPG.",
         "ceasefire_announced"),
        ("The council said Turkish forces had breached the understanding 40 times since 30 "
         "August.", "violation_accusation"),
        # people detained or taken off vehicles
        ("Last week, faction fighters detained a schoolteacher from Manbij at a checkpoint.",
         "abduction"),
        ("Officials accused the fighters of detaining at least 30 civilian men at a checkpoint.",
         "abduction"),
        ("On 3 December, at least 14 displaced men were taken off vehicles at a checkpoint.",
         "abduction"),
        # fire on families walking out, men held out of those screened, shops broken into
        ("On Monday armed groups opened fire on a group of families as they walked towards the "
         "evacuation point.", "attack_on_civilians"),
        ("On 9 February, the security services detained 84 of the 420 men screened there.",
         "abduction"),
        ("On Monday, shops and a grain store in the town centre were broken into and emptied.",
         "looting_destruction"),
        # ground taken, fighting begun or tried, fire answered
        ("Turkish tanks and rebels drove Islamic State out of Jarablus on Wednesday.",
         "armed_clash"),
        ("The army cleared the last PKK/YPG positions in the villages on 3 December.",
         "armed_clash"),
        ('The National Army announced the launch of the "Dawn of Freedom" battle on Wednesday.',
         "armed_clash"),
        ("Yesterday evening, mercenaries tried to cross the river towards the council's "
         "positions.", "armed_clash"),
        ("The positions from which the fire came were immediately struck by our artillery.",
         "shelling"),
    ],
)  # fmt: skip
def test_kind_of_incident(sentence: str, kind: str) -> None:
    assert [r.type.value for r in _reports(sentence)] == kind.split()


@pytest.mark.parametrize(
    "sentence",
    [
        # a side's word on an act told already, not an act of its own
        "The army said it had only returned fire.",
        "The council said the factions had tried to storm its positions.",
        # a tally over months is no charge without a count of breaches
        "Air strikes have killed 300 people since the end of April.",
        # prisoners taken are no ground taken
        "Rebel fighters took Russian prisoners near the town.",
        # a tally of people brought out over days is no one departure
        "Under the evacuation deal, an estimated 15,000 people have been evacuated from "
        "eastern Aleppo since 15 December.",
        # fire on fighters is no attack on civilians
        "The army opened fire on the rebels near the town.",
        # mines cleared are no blast
        "In the past week, 27 improvised explosive devices and 48 mines have been found and "
        "destroyed in Jarablus.",
        "Our engineers have removed 230 mines and improvised explosive devices from the town.",
        # a week's tally of "neutralised" fighters
        "In the last week, 71 terrorists were neutralised in the Euphrates Shield and Peace "
        "Spring regions.",
        # a lull is no agreement
        "On Tuesday the lull ended.",
        # people carried to care, not taken
        "An ambulance took two farmers to hospital in Manbij.",
    ],
)
def test_what_is_no_new_incident(sentence: str) -> None:
    assert _reports(sentence) == []


_PROTOCOL = (
    "Under a protocol that Russia and Turkey agreed in Moscow, a ceasefire took effect across "
    "Idlib province on March 6.\n\n"
    "The first joint patrol set off on schedule on March 15 from the village of Trumba, "
    "Russia's Defence Ministry said. The ministry said Turkey had yet to clear terrorist "
    "groups from the corridor, as the protocol required. Turkey's defence ministry said the "
    "patrol had been completed successfully."
)


def test_a_joint_patrol_with_no_sides_named_is_run_by_the_agreements_sides() -> None:
    reports = reports_of(_PROTOCOL, dt.date(2020, 3, 17))
    patrol = next(r for r in reports if "joint patrol" in r.evidence[0].text)
    assert patrol.type.value == "commitment"
    assert set(patrol.actors) == {"russia", "turkey"}


def test_what_is_said_of_the_patrol_is_of_the_patrol_not_of_the_term_told_after_it() -> None:
    reports = reports_of(_PROTOCOL, dt.date(2020, 3, 17))
    patrol, corridor = (r for r in reports if r.type.value == "commitment")
    assert ("turkey", "reports") in stances_of(patrol)
    assert "turkey" not in {c for c, _ in stances_of(corridor)}


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("until 19:00 on 22 October", dt.date(2016, 10, 22)),  # the day after: this year's
        ("on 28 October", dt.date(2016, 10, 28)),  # a week ahead at most
        ("on 29 October", dt.date(2015, 10, 29)),  # further ahead: last year's
    ],
)
def test_a_day_named_without_its_year_a_week_ahead_at_most_is_this_years(
    words: str, day: dt.date
) -> None:
    (mention,) = find_dates(words, dt.date(2016, 10, 21))
    assert mention.date is not None and mention.date.start == day


def test_how_long_an_extension_holds_does_not_date_it() -> None:
    (pause,) = reports_of(
        "The humanitarian pause in Aleppo has been extended by a further 24 hours, until 19:00 "
        "on 22 October.",
        dt.date(2016, 10, 21),
    )
    assert pause.date.start is not None and pause.date.end == dt.date(2016, 10, 21)
    # (a day past is when the act went on: "until 20 October")
    (strikes,) = reports_of(
        "Government aircraft bombed Binnish until 20 October, killing five civilians.",
        dt.date(2016, 10, 21),
    )
    assert strikes.date.start == strikes.date.end == dt.date(2016, 10, 20)


def test_a_village_named_by_its_first_word_is_the_place_the_gazetteer_lacks() -> None:
    body = (
        "Fighting raged north of Hama on Monday.\n\n"
        "15:50 — The National Front for Liberation says its fighters ambushed a column of "
        "government troops near Tell Malah this afternoon, killing six soldiers."
    )
    clash, ambush = reports_of(body, dt.date(2019, 5, 20))
    # (not "Malah", a place of that name in another governorate)
    assert (ambush.place.name, ambush.place.relation) == ("Tell Malah", PlaceRelation.NEAR)
    assert ambush.place.admin1_pcode == clash.place.admin1_pcode == "SY05"


def test_an_article_written_apart_belongs_to_the_villages_name() -> None:
    (clash,) = reports_of(
        "Government aircraft struck Tal Al Senowbarat, in Idlib province, on Monday.",
        dt.date(2017, 3, 1),
    )
    assert clash.place.name == "Tal Al Senowbarat"


def test_the_tail_of_a_longer_name_is_no_mention_of_a_place() -> None:
    names = [m.name for m in default_gazetteer().find_mentions("Barrel bombs hit Kafr Sijnah.")]
    assert "Sijnah" not in names


def test_where_drones_were_sent_from_is_not_where_they_struck() -> None:
    reports = reports_of(
        "Turkey's defence ministry said YPG/PKK terrorists attacked a Turkish military base "
        "between Azaz and Mare on Sunday. The terrorists sent four kamikaze drones towards the "
        "base from the Tal Rifaat area.",
        dt.date(2022, 6, 13),
    )
    drones = next(r for r in reports if r.type.value == "air_strike")
    assert drones.place.name == "Mare"
    assert all(r.place.name != "Tal Rifaat" for r in reports)


def test_a_reply_made_at_once_is_the_act_of_the_side_hit_on_the_side_that_fired() -> None:
    attack, reply = reports_of(
        "Turkey's defence ministry said YPG terrorists attacked a Turkish base near Mare with "
        "drones late on Sunday, wounding three soldiers.\n\n"
        "Our comrades retaliated at once, and the positions from which the drones were "
        "launched were hit with fire support vehicles.",
        dt.date(2022, 6, 13),
    )
    assert (reply.actors, reply.targets) == (["turkey"], ["sdf"])
    assert reply.date == attack.date  # (the day of the act it answers)


def test_each_side_saying_the_other_started_it_accuses_it() -> None:
    (clash,) = reports_of(
        "Turkish-backed factions and SDF fighters clashed near al-Arima on Sunday, killing 11."
        "\n\nThe SDF said the factions had tried to storm its positions. A rebel spokesman "
        "said the SDF had first opened fire on a rebel outpost. The Observatory could not "
        "establish who had fired first.",
        dt.date(2018, 11, 20),
    )
    assert {("sdf", "accuses"), ("opposition", "accuses")} <= stances_of(clash)
    assert ("sohr", "accuses") not in stances_of(clash)
