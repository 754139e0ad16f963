"""What is no incident or no new one (an agreement's terms, a count, a correction, an
answer that is an act of its own), and the toll and day of those that are, in wordings
the blind batches y and z showed (each a general rule, checked on sentences written for
this test)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of, stances_of
from truce.model import Report

PUBLISHED = dt.date(2019, 11, 28)  # a Thursday


def _reports(body: str) -> list[Report]:
    return reports_of(body, PUBLISHED, "Syria update")


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebel factions also kept stores of captured shells in several villages near Daraa.",
        "At least five people have been killed and seven injured in the area over the three "
        "days, according to partners.",
        "The base, south-east of Latakia city, has been the hub of Russia's air campaign in Syria "
        "since September 2015.",
        # a monitor's nil return
        "No breaches were recorded in Lattakia governorate.",
        # a trend; a tally since a time told before
        "Abductions for ransom have become common in towns along the front line.",
        "Car bombs and roadside devices have killed more than 200 people in the town since then.",
        # where buses had got to, in an excuse
        "A rebel negotiator said the army was to blame: the buses had reached the checkpoint "
        "only after dark.",
        # a natural disaster's toll
        "The earthquakes that struck southern Turkey and northern Syria on 6 February have "
        "killed more than 4,500 people in Idlib.",
        "Farmland east of Daraa is still littered with unexploded shells and rockets.",
        "OCHA said it was the third time this year that aid workers had been abducted in Homs.",
        # an obligation, not an act
        "Each side is also to free the fighters it captured during the clashes in Ariha.",
        # a campaign since a year long past
        "Terrorist organizations have targeted Jaramana with hundreds of mortar shells since 2012.",
        'A military source said the army had "not fired a single shell" at the post in Morek.',
        "Damascus says it is targeting militants who have been shelling the capital.",
        "The rest of the tanks were destroyed by their own air strikes years ago.",
        "The YPG says more than 150 civilians have been killed by Turkish fire since the "
        "offensive, now in its fourth week, began.",
        "Rebel groups said the bombing of eastern districts had not stopped.",
        "Damascus has been rocked by occasional bomb blasts throughout the Syrian conflict.",
        # a person taken, not ground
        "Activists said she had been released a few hours after she was seized in Idlib.",
        "The agreement followed a month of fighting in which Turkish forces and the Syrian army "
        "clashed directly in Idlib.",
        "Under its terms, the quarter's men were to hand over their light weapons in Daraa.",
        "Nearly a million people have fled their homes in Idlib province since December.",
        "The council in Kafr Nabl says the schools will not reopen while the shelling continues.",
        # running counts and tallies
        "At least six people have been killed and 17 injured in and around Tall Refaat since "
        "2 December.",
        "It says 143 militants have been neutralised in Syria and Iraq since January 1.",
        "Terrorist shells have claimed the lives of more than 70 citizens in Damascus since "
        "the beginning of February.",
        "Terrorist groups have targeted Izra and the villages around it with rocket and mortar "
        "shells for years.",
        "Russian aircraft have been bombing the Ghouta for weeks.",
        "Our researchers expect more shelling in northern Hama if that date passes.",
        # a word explained
        'The ministry uses "neutralised" for militants who are killed, wounded or taken '
        "prisoner near al-Bab.",
        # what a document covers
        "This update lists incidents between 1 and 14 June 2021 in Idleb and Aleppo "
        "governorates in which civilians were killed or injured.",
        # blame for attacks long past; the wounded flown out
        "Israel has been blamed for earlier attacks on Iranian positions near Albu Kamal.",
        "Two of the wounded were flown by helicopter to the Hmeimim air base for treatment.",
        # another truce's fate; who signed, as who they are
        "A similar truce in nearby Latamneh collapsed within a week last year.",
        "A spokesman for the faction that signed the truce in Shahba said it had kept its side.",
        # a refusal to hand over is no hand-over
        "The gunmen beat the guard in Salqin when he refused to hand over the keys.",
        # the buses already told
        "The buses that left on Monday carried 1,150 people, about 600 of them fighters.",
        "At least seven journalists had been detained or abducted in Idlib province this year.",
        "Its cells have carried out dozens of bombings and shootings against the SDF in Deir "
        "ez-Zor over the past year.",
        "The group had killed more than 150 government troops in the central desert since the "
        "start of the year.",
        # an agreement's terms, and a generalisation
        "A joint committee in al-Ghantu shall examine every reported breach of this agreement.",
        "Every ceasefire in Idlib has died the same way, with a slow drip of shells.",
        "The coalition said the operation in Thiban had captured a senior ISIS official.",
        "The SDF said the man had been handed over for interrogation in Hasakeh.",
        "Investigators have since blamed the Syrian air force for several chlorine attacks "
        "in Idlib.",
        '"Five quiet hours do not open a road when the other nineteen are spent bombing."',
        # a campaign summed up by those it has displaced
        "Government forces launched an offensive on the southern edge of Idlib at the end of "
        "April, and hundreds of thousands of people have since fled north towards the border.",
        # a tally of strikes over years
        "Israel has launched hundreds of air and missile strikes on targets in government-held "
        "Syria in recent years.",
        # the cause told of damage already told
        'SANA claimed that the fires near Karnaz had been started by "incendiary shells fired '
        'by terrorists" from the Latamneh area.',
        # an inverted condition; a running story over years
        "Had the shells fallen an hour later, when the vegetable market opens, the toll in "
        "al-Atarib would have been far higher.",
        "The town of Mhardeh has been hit by terrorist rocket fire throughout the years of the "
        "crisis.",
        # the year a "when" clause tells of
        "Tartus was largely spared the violence of the war until 2016, when a wave of bombings "
        "killed dozens of people in the city and in neighbouring Jableh.",
        # a habit; what a truce is to halt, listed
        "Mortar fire on Bab Touma was an almost daily occurrence before the truce.",
        "The Russian Centre said late on Friday that Syrian government forces would halt all "
        "offensive operations, including air strikes, from that hour.",
        # a campaign summed up as background
        "Government forces retook Daraa province in July after a three-week offensive backed "
        "by Russian air power.",
        # a state of things since an agreement, not an act
        "The area was included in the de-escalation agreement in July, but the bombardment "
        "has never stopped.",
        # what people fled, what a decision waits for, an absence, a campaign's record
        "By Tuesday the families who had fled the shelling were coming back to Kafr Laha.",
        "The council has decided to close all schools in Talbiseh until the shelling stops.",
        "Contrary to the army's claims, no fighter from Talbiseh has fired a single shot at the "
        "post since the truce.",
        "The Russian air force has carried out air strikes that have also killed civilians, "
        "which Moscow denies.",
        "On Monday, a convoy of nine Red Crescent trucks carrying flour entered Tafas for the "
        "first time in a month.",  # (aid in, with no term it keeps: zb03)
        # a running count of acts
        "Since the settlement, the monitors have documented more than 200 abductions for "
        "ransom in Quneitra province.",
        # an agreement's terms
        "Its terms stipulate an end to the shelling and the release of 60 detainees within "
        "ten days.",
    ],
)
def test_what_is_no_event(sentence: str) -> None:
    assert _reports(sentence) == []


def test_what_an_agreement_asks_for_is_no_commitment_kept_or_broken() -> None:
    body = (
        "The settlement was signed on the 14th of this month in al-Muzayrib between the "
        "committee and the army.\n\nUnder the agreement, the wanted young men are to settle "
        "their status and hand over their weapons, while the Fourth Division is to withdraw "
        "the reinforcements it brought to Tasil within one week of the signing."
    )
    assert [r.type.value for r in reports_of(body, dt.date(2022, 8, 24))] == ["ceasefire_announced"]


def test_a_count_of_violations_is_not_dated_by_the_truce_it_counts_from() -> None:
    (count,) = _reports(
        "Since the truce came into force on 18 April, the Nusra Front has violated it 47 "
        "times in northern Homs."
    )
    assert count.date.start is None or count.date.start > dt.date(2019, 4, 18)


@pytest.mark.parametrize(
    ("sentence", "fatalities", "injuries"),
    [
        ("On 19 March a mortar round damaged the wall of the station in Aleppo without "
         "hurting anyone.", 0, 0),
        ("On Tuesday a sniper fired at a Red Crescent vehicle in Aleppo, wounding its driver.",
         None, 1),
        ("Last month, a farmer was badly wounded when his tractor struck a landmine outside "
         "Busra al-Sham.", None, 1),
        ("The militants fired 11 rocket shells at al-Qabu on Tuesday, martyring two citizens "
         "and injuring four others.", 2, 4),
        ("A mortar round exploded in al-Rastan on Wednesday, lightly wounding a Syrian Arab Red "
         "Crescent volunteer.", None, 1),
        ("On 19 July a drone fired a missile at an ambulance near Ariha, killing our paramedic "
         "Khaled and his patient.", 2, None),
        ("On 16 April a 16-year-old boy was shot and wounded by a sniper in Madaya.", None, 1),
        ("Shells hit Douma on Monday; the civil defence said a child had died.", 1, None),
        ("On Wednesday a bomb went off in Dael as a council member walked past it, killing him "
         "and wounding two passers-by.", 1, 2),
        ("Rebel rockets hit al-Suqaylabiyah on Sunday, killing a housewife.", 1, None),
        ("Government artillery shells hit a house in Heish on Monday, killing a family of five.",
         5, None),
        ("11 May | Ariha | a bomb planted under the car of a commander exploded | no casualties | "
         "local activists", 0, 0),
        ("A US drone strike near Idlib on Tuesday killed a senior leader of Hurras al-Din.", 1,
         None),
        ("Militants shelled residential areas of Mhardeh with rockets on Monday. There were no "
         "casualties among the civilian population.", 0, 0),
        ("On Sunday gunmen shot dead a council member near Tafas. His brother, who was at the "
         "wheel, was seriously wounded.", 1, 1),
        ("Incident 4 - Date: 15/03/2020 - Description: Air strike on a farm near Kafranbel. The "
         "night watchman reported killed. - Source: local contacts.", 1, None),
        ("Incident 1 - Date: 14/03/2020 - Description: Eleven artillery rounds impacted in the "
         "groves of Ihsim. No casualties. - Source: team observation.", 0, 0),
        ("Heavy machine-gun fire was exchanged near Afis on Saturday. Two NLF fighters wounded, "
         "no deaths.", 0, 2),
        # whose fighter the one killed was; an age is no figure
        ("On Tuesday a fighter of the National Front for Liberation was killed by sniper fire "
         "near Kafr Nabl.", 1, None),
        ("On Tuesday a girl aged 12 was shot and wounded by a sniper in al-Tall.", None, 1),
        # a second group named after a long first one; but "including" names some of them
        ("On Tuesday government helicopters dropped barrel bombs on villages around Rabia, "
         "killing three Turkistan Islamic Party fighters and a woman.", 4, None),
        ("On Tuesday air strikes on Khan Sheikhun killed seven people including two women and "
         "a child.", 7, None),
        # two groups counted in the clause that tells how they died
        ("On Tuesday fighters of Hayat Tahrir al-Sham raided army positions near Qalaat "
         "al-Madiq, setting off hours of fighting in which seven soldiers and four of the "
         "attackers were killed.", 11, None),
    ],
)  # fmt: skip
def test_figures_in_these_wordings(
    sentence: str, fatalities: int | None, injuries: int | None
) -> None:
    (report,) = _reports(sentence)
    assert (report.fatalities and report.fatalities.best) == fatalities
    assert (report.injuries and report.injuries.best) == injuries


def test_hours_after_the_strike_is_the_strikes_day_even_after_a_statement() -> None:
    strike, count, rockets = _reports(
        "An air strike hit the market in Saraqeb on Monday, killing nine people. The Russian "
        "Centre said on Tuesday that militants had violated the ceasefire 23 times. Hours "
        "after the market strike, rockets hit the town of al-Suqaylabiyah."
    )
    assert rockets.date == strike.date
    assert count.date.start == dt.date(2019, 11, 26)  # a count is dated by its words


def test_hours_after_an_announcement_is_the_announcements_day() -> None:
    over, strikes = _reports(
        "The army called off the truce in Aleppo on Monday, hours before it was due to run "
        "out, its general command said.\n\n"
        "Hours after the army's announcement, air strikes pounded the rebel-held al-Sukkari "
        "district, killing at least nine people."
    )
    assert (strikes.date.start, strikes.date.end) == (over.date.start, over.date.end)


def test_an_answer_by_shelling_is_the_day_of_the_act_it_answers() -> None:
    rockets, answer = _reports(
        "Rockets slammed into a residential neighbourhood of al-Suqaylabiyah on Monday "
        "evening, killing two children, SANA said.\n\n"
        "The army responded by shelling the launch pads on the outskirts of Kafr Nabudah, the "
        "agency said."
    )
    assert answer.type.value == "shelling"
    assert (answer.date.start, answer.date.end) == (rockets.date.start, rockets.date.end)


def test_two_commitments_that_name_different_acts_stay_two() -> None:
    reports = _reports(
        "The first joint Russian-Turkish patrol along the M4 highway in north-eastern Syria "
        "was cut short on Thursday. The SDF said it had already pulled its artillery out of "
        "the corridor, as the memorandum requires."
    )
    assert [r.type.value for r in reports] == ["commitment", "commitment"]


def test_no_casualties_on_its_own_is_none_dead_or_hurt() -> None:
    (rockets,) = _reports(
        "Two rockets fired by rebel factions fell on farmland outside al-Suqaylabiyah on "
        "Tuesday. No casualties."
    )
    assert rockets.fatalities is not None and rockets.fatalities.best == 0
    assert rockets.injuries is not None and rockets.injuries.best == 0


def test_a_truce_is_dated_by_the_day_after_its_agreement_when_it_took_effect_then() -> None:
    (truce,) = _reports(
        "The ceasefire was agreed by the Turkish and Russian presidents in Moscow on March 5 "
        "and took effect the following day."
    )
    assert (truce.date.start, truce.date.precision.value) == (dt.date(2019, 3, 6), "day")


def test_a_truce_declared_over_is_not_dated_by_the_day_it_was_declared() -> None:
    body = (
        '"The General Command announces the end of the truce in northern Homs, which it '
        'declared on 18 April 2018."'
    )
    reports = reports_of(
        f"Following is the text of a statement issued by the General Command of the Army.\n\n"
        f"{body}",
        dt.date(2018, 4, 25),
        "Army ends Homs truce",
    )
    assert [(r.type.value, r.date.start) for r in reports] == [
        ("ceasefire_declared_over", dt.date(2018, 4, 25))  # the statement's own day
    ]


def test_a_commitment_kept_long_ago_is_still_its_record() -> None:
    (withdrawal,) = _reports(
        "We withdrew our tanks from the zone near Morek in March last year, as the "
        "memorandum required."
    )
    assert withdrawal.type.value == "commitment"


def test_a_count_with_its_own_number_is_a_charge_of_its_own() -> None:
    reports = _reports(
        "The US envoy said the regime had violated the ceasefire in Idlib. He said that the "
        "Nusra Front had violated the ceasefire in Idlib 287 times since 3 June."
    )
    assert [r.type.value for r in reports] == ["violation_accusation"] * 2


def test_an_answer_in_response_is_an_act_of_its_own() -> None:
    mortars, tanks = _reports(
        "On Tuesday two mortar bombs fired from Syria landed in an open field on the Golan "
        "Heights. In response, Israeli tanks fired at a Syrian army post near al-Qahtaniyah."
    )
    assert (mortars.type, tanks.type) == (tanks.type, tanks.type)  # two shellings, not one


@pytest.mark.parametrize(
    "answer",
    [
        "Army units responded with the appropriate weapons to the sources of fire, destroying "
        "a launch pad.",
        "The sources of the fire were immediately hit by our howitzers.",
        "Army artillery units responded to the sources of the fire, destroying a launch pad.",
    ],
)
def test_an_armys_answering_fire_in_its_own_words_is_an_act_of_its_own(answer: str) -> None:
    rockets, reply = _reports(
        f"On Tuesday terrorists fired rocket shells at the town of Mhardeh, killing a woman. "
        f"{answer}"
    )
    assert (rockets.fatalities is not None, reply.fatalities) == (True, None)
    assert reply.date == rockets.date  # (the day of the fire it answered)


def test_a_convoy_that_delivered_only_part_of_its_load_is_no_commitment() -> None:
    (convoy,) = _reports(
        "A UN aid convoy reached al-Rastan on Wednesday but delivered only part of its load, "
        "after government security officers removed medical supplies from the trucks."
    )
    assert convoy.type.value == "aid_access"


def test_a_charge_with_no_day_of_its_own_is_made_on_the_day_told() -> None:
    _strikes, count = _reports(
        "This afternoon, air strikes hit Ariha, killing six people.\n\nRussia's envoy said that "
        "the Nusra Front had violated the ceasefire in Idlib 287 times since 3 June."
    )
    assert count.date.start == PUBLISHED  # the day the words are at, not unknown


def test_a_correction_restates_the_act_it_corrects() -> None:
    reports = _reports(
        "09:15 — Warplanes struck the market in Kafranbel, killing 12 people.\n\n"
        "11:20 — Rebel rockets hit the town of Suqaylabiyah, wounding a child.\n\n"
        "16:45 — CORRECTION: In our 09:15 entry we reported that 12 people were killed in the "
        "Kafranbel market strike."
    )
    assert [r.type.value for r in reports] == ["air_strike", "shelling"]


def test_the_authors_correction_of_a_toll_replaces_it() -> None:
    (bomb,) = _reports(
        "09:40 — A bomb planted on a motorcycle went off near the vegetable market in Atarib, "
        "wounding four people.\n\n"
        "10:30 — CORRECTION to our 09:40 entry: the hospital in Atarib says six people were "
        "wounded by the motorcycle bomb, not four as we first wrote."
    )
    assert bomb.injuries is not None and bomb.injuries.best == 6


def test_an_entry_a_later_update_withdraws_is_no_event() -> None:
    (bomb,) = _reports(
        "08:20 — UNCONFIRMED: observers say two Russian raids have hit the hills west of "
        "Ariha.\n\n"
        "09:40 — A bomb went off near the vegetable market in Atarib, wounding four people.\n\n"
        "11:50 — UPDATE on the 08:20 entry: our team in Ariha says there were no air raids this "
        "morning. The blasts people heard were army engineers destroying old munitions."
    )
    assert bomb.type.value == "remote_explosive" and len(bomb.evidence) == 1


def test_a_third_missile_is_one_more_of_the_warplanes_not_anothers_shelling() -> None:
    first, third = _reports(
        "A government warplane fired two missiles into the vegetable market in Hamouriyeh on "
        "Sunday, killing 14 civilians.\n\nAbout eight minutes later, as residents were pulling "
        "the wounded from the rubble, a third missile struck the street at the entrance of "
        "the market, killing three more people."
    )
    assert (first.type, first.actors) == ("air_strike", ["syrian-government"])
    assert (third.type, third.actors) == (first.type, first.actors)
    assert third.place.name == first.place.name == "Hamouriyeh"
    assert third.fatalities is not None and third.fatalities.best == 3


def test_a_daily_reports_period_dates_its_numbered_incidents_at_their_heading_place() -> None:
    body = (
        "Daily report No. 38. Period: Tuesday 14 April 2020, 00:00-24:00.\n\n"
        "2.1 Kansaba (Latakia), 07:10. Two rockets struck an olive grove on the northern edge "
        "of the village, wounding two farm labourers.\n\n"
        "2.2 Badama (Idlib), 09:30. Government artillery fired some 30 shells at farmland on "
        "the western outskirts of the town."
    )
    rockets, artillery = reports_of(body, dt.date(2020, 4, 15), "Daily report")
    day = dt.date(2020, 4, 14)
    assert [r.place.name for r in (rockets, artillery)] == ["Kansaba", "Badama"]
    assert all((r.date.start, r.date.end) == (day, day) for r in (rockets, artillery))


def test_a_pull_back_carried_out_only_in_part_is_unmet_and_the_centre_speaks() -> None:
    body = (
        "The factions have pulled back only part of their artillery near Ein Issa, the SDF said "
        "on Monday. The Russian Reconciliation Centre said the withdrawal was largely complete.\n\n"
        "The SDF handed two positions east of Ein Issa to Syrian army units on January 5, the "
        "centre said."
    )
    pull_back, handover = reports_of(body, dt.date(2021, 1, 18), "Ein Issa")
    assert ("sdf", "commitment_unmet") in stances_of(pull_back)
    assert [c.claimant_actor_id for c in handover.claims] == ["russia"]


def test_these_attacks_called_a_violation_are_the_attacks_not_a_charge_of_the_truces_day() -> None:
    reports = reports_of(
        "Syria Civil Defence - Aleppo Directorate. Facebook post of Saturday 6 June 2020.\n\n"
        "Regime forces shelled al-Atarib this morning, wounding three civilians.\n\n"
        "Yesterday afternoon a boy was killed when an unexploded cluster bomblet went off near "
        "Daret Azza.\n\n"
        "The day before, Russian warplanes carried out four air strikes on farmland around Urum "
        "al-Kubra, setting fire to wheat fields. No one was hurt.\n\n"
        "These attacks are a new violation of the ceasefire that came into force in March, and "
        "they threaten the livelihood of thousands of families.",
        dt.date(2020, 6, 6),
        "Civil Defence post",
        "Syria Civil Defence",
    )
    assert [r.type.value for r in reports] == ["shelling", "remote_explosive", "air_strike"]


def test_the_first_week_of_a_month_and_the_road_linking_two_towns() -> None:
    (killing,) = reports_of(
        "In the first week of March, unknown gunmen shot dead a teacher on the road linking "
        "Inkhil and Jasim.",
        dt.date(2022, 3, 14),
    )
    assert (killing.date.start, killing.date.end) == (dt.date(2022, 3, 1), dt.date(2022, 3, 7))
    assert killing.date.precision.value == "week"
    assert killing.place.relation.value == "between"


def test_a_convoy_that_could_not_go_ahead_is_dated_by_the_refusal_not_the_plan() -> None:
    (convoy,) = _reports(
        "On 19 October, the Government of Syria informed the UN that the inter-agency convoy "
        "to Talbiseh planned for 20 October could not go ahead, citing military operations."
    )
    assert convoy.type.value == "aid_access"
    assert convoy.date.start == convoy.date.end == dt.date(2019, 10, 19)


def test_days_of_fighting_are_the_days_before_the_news_and_its_outbreak_one_of_them() -> None:
    (fighting,) = reports_of(
        "AZAZ, Syria, March 19 (Test Wire) - Three days of fighting between Hayat Tahrir "
        "al-Sham and the Levant Front killed 17 people around Jindires, the Observatory said on "
        "Saturday.\n\n"
        "The fighting broke out on Wednesday morning, when Hayat Tahrir al-Sham fighters crossed "
        "from neighbouring Idlib province and attacked Levant Front positions near Jindires.",
        dt.date(2022, 3, 19),
    )
    assert (fighting.date.start, fighting.date.end) == (dt.date(2022, 3, 16), dt.date(2022, 3, 18))
    assert fighting.place.name == "Jindires"
