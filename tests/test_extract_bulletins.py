"""Bulletins, agreements in force and parties' own accounts, read as a careful reader would:
the day a bulletin covers, items headed by their place, settlements and memoranda taking
effect, commitments kept or put off, and a party telling of its own forces' act (each a
general rule, checked on sentences written for this test)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of
from truce.geocode.gazetteer import Gazetteer, default_gazetteer
from truce.model import EventType, PlaceRelation, Report, Stance

PUBLISHED = dt.date(2021, 9, 3)  # a Friday


def _reports(body: str, title: str = "Syria update") -> list[Report]:
    return reports_of(body, PUBLISHED, title)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The memorandum on the four zones, signed by Russia, Turkey and Iran in Astana, took "
            "effect on May 6.",
            "ceasefire_announced",
        ),
        (
            "Putin ordered the daily pause from 9 am to 2 pm in Eastern Ghouta.",
            "ceasefire_announced",
        ),
        (
            "The two sides agreed, through their sponsors, to extend the ceasefire in Madaya by "
            "six months.",
            "ceasefire_announced",
        ),
        ("He accused the army of violating the memorandum 37 times.", "violation_accusation"),
        (
            "But the truce collapsed within hours, a tribal commander said.",
            "ceasefire_declared_over",
        ),
        (
            "The ministry said Turkey had yet to clear the militants from the corridor.",
            "commitment",
        ),
        ("Monitors counted 41 men handing over rifles at the centre in Daraa.", "commitment"),
        (
            "Government forces let a convoy of nine trucks carrying flour into the town through "
            "the crossing, as the settlement requires.",
            "commitment",
        ),
        ("The first round of evacuations, planned for 19 April, has been postponed.", "commitment"),
        (
            "Soldiers at the Wafideen checkpoint held the convoy for almost four hours.",
            "aid_access",
        ),
        (
            "Not a single civilian has left through the corridor at the Wafideen checkpoint.",
            "aid_access",
        ),
        (
            "As they withdrew, the militants took about 30 women and children from the village "
            "with them.",
            "abduction",
        ),
        (
            "A boy was shot and wounded by a sniper on the outskirts of Madaya.",
            "attack_on_civilians",
        ),
        (
            "Fifteen minutes later, a second strike hit the road outside the clinic in Atarib.",
            "air_strike",
        ),
        ("Regime forces are advancing on the village of Hamamiyat near Hama.", "armed_clash"),
        ('The army said it had "neutralised" three terrorists near Qamishli.', "armed_clash"),
        # truces told with a long aside, settlements reached, zones agreed or declared
        ("A truce for Eastern Ghouta that Russian officers and rebel factions agreed in Cairo "
         "took effect at noon on Saturday, bringing the enclave into the Astana plan.",
         "ceasefire_announced"),
        ("A ceasefire between government forces and rebel groups in the remaining "
         "opposition-held districts of eastern Aleppo, brokered by Russia and Turkey to allow "
         "their evacuation, took effect at 05:00 on Thursday.", "ceasefire_announced"),
        ("The settlement agreement for the city of Jasim was reached on Thursday.",
         "ceasefire_announced"),
        ("Northern Homs is one of four de-escalation zones that Russia, Turkey and Iran agreed "
         "to set up at talks in Astana in May.", "ceasefire_announced"),
        ("Russia declared the enclave a de-escalation zone on 22 July.", "ceasefire_announced"),
        # terms kept or missed: an exchange, an evacuation, heavy weapons out, a patrol's route
        ("The armed groups released 22 abductees, among them nine soldiers, in exchange for 40 "
         "detainees near Inkhil.", "commitment"),
        ("On the first day of the truce, 31 buses and 18 ambulances carried about 4,500 people "
         "from the Sheikh Said district to Khan al-Assal.", "commitment"),
        ("None had left al-Fuaa by 09:00 today, although the first departures were due on "
         "Thursday.", "commitment"),
        ("The front said it had finished moving its tanks, artillery and rocket launchers out of "
         "the zone on Monday.", "commitment"),
        ("In Busra al-Sham, the armed groups handed over to the army on Saturday a tank, three "
         "infantry fighting vehicles, two mortar launchers and ammunition.", "commitment"),
        ("The joint patrol, the sixth under the protocol, went on to finish its planned route "
         "near Saraqeb.", "commitment"),
        # a factbox's present tense: terms kept, a deadline missed
        ("Russian military police begin patrolling the road between Tafas and Daraa city, as "
         "the agreement provides.", "commitment"),
        ("Former rebel fighters hand over two mortars, a heavy machine gun and an "
         "anti-aircraft gun to Russian officers in Tafas.", "commitment"),
        ("The five-day deadline for the army's pull-back from Tafas passes with soldiers still "
         "manning two of the three checkpoints.", "commitment"),
        # an agreement's signing, a pause announced, terms kept or missed
        ("Army officers and a committee representing the factions signed the truce at 6 p.m. "
         "on Sunday in Suran.", "ceasefire_announced"),
        ("The Russian Centre for Reconciliation announced on Monday that Russian and Syrian "
         "forces would hold their fire in southern Idlib from 9 a.m. to 2 p.m. daily.",
         "ceasefire_announced"),
        ("The Syrian government has let a deadline pass for freeing 35 detainees from Kafr "
         "Zeita.", "commitment"),
        ("On Monday morning, army bulldozers pushed aside the earth barriers on the road linking "
         "Kafr Zeita and Suran.", "commitment"),
        ("On Tuesday, rebel fighters drove two tanks, an anti-aircraft gun and five mortars to a "
         "Russian military police post outside Kafr Zeita.", "commitment"),
        # weapons driven to a collection point are handed over, not fired (as zb06 has it)
        ("Fighters drove two tanks and seven mortars to the collection point in Zakiyah.",
         "commitment"),
        ("But the buses sat empty at the assembly point near Jubata al-Khashab for more than a "
         "day after the deadline.", "commitment"),
        ("The bus was one of 31 that left an assembly point outside Jubata al-Khashab late on "
         "Tuesday.", "commitment"),
        ("But not a single family used the crossing at Abu al-Duhur on Tuesday or Wednesday.",
         "aid_access"),
        ("The first stage took place on Thursday at the crossing near al-Bab, where the factions "
         "handed 18 captured government soldiers to the Syrian Arab Red Crescent.", "commitment"),
        # gunmen firing on a patrol clash with it; on villagers they attack civilians
        ("Gunmen opened fire on a joint Russian-Turkish patrol on the M4 near Mhambal.",
         "armed_clash"),
        ("Gunmen opened fire on villagers near Mhambal.", "attack_on_civilians"),
    ],
)  # fmt: skip
def test_kind_of_statement_or_incident(sentence: str, kind: str) -> None:
    assert [r.type.value for r in _reports(sentence)] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        # what a unit was doing when it was attacked, a plan, a preparation
        "Rebels are set to hand over light weapons to the authorities on Thursday.",
        "Militants in the area were preparing an attack on army positions, Turkey said.",
        "Gunmen stopped a convoy of seven trucks near Darat Izza and abducted the drivers.",
    ],
)
def test_plans_are_no_events_and_a_stopped_convoy_keeps_its_abduction(sentence: str) -> None:
    kinds = [r.type for r in _reports(sentence)]
    assert EventType.COMMITMENT not in kinds and EventType.ARMED_CLASH not in kinds
    assert EventType.AID_ACCESS not in kinds


def test_a_record_against_the_war_is_no_background() -> None:
    (report,) = _reports(
        "Islamic State militants killed at least 150 people in suicide bombings in Suwayda on "
        "Wednesday, the deadliest day in the province since the war began."
    )
    assert report.type is EventType.SUICIDE_BOMB
    assert report.fatalities is not None and report.fatalities.low == 150


def test_a_bulletin_dates_its_items_to_the_day_it_covers() -> None:
    reports = _reports(
        "Covering Thursday 2 September 2021. Issued 3 September 2021, 08:00.\n\n"
        "1. Daraa al-Balad, 06:10. Government forces shelled the al-Arbaeen quarter.\n\n"
        "6. Tafas, approx. 15:20. Two mortar rounds of unknown origin landed near the silos."
    )
    day = dt.date(2021, 9, 2)
    assert [(r.date.start, r.date.end) for r in reports] == [(day, day), (day, day)]
    # the second item is headed by another place: another shelling, not the first again
    assert [r.place.name for r in reports] == ["Daraa", "Tafas"]


def test_a_party_telling_of_its_own_act_confirms_the_act_told() -> None:
    (strike,) = _reports(
        "On Monday morning, Russian warplanes struck the outskirts of Kafr Nabl, wounding "
        "four civilians, activists said. The ministry said its aircraft had destroyed "
        '"a workshop where terrorists assembled drones" in southern Idlib.'
    )
    assert strike.actors == ["russia"]
    stances = {(c.claimant_actor_id, c.stance) for c in strike.claims}
    assert ("russia", Stance.CONFIRMS) in stances


def test_a_party_telling_of_its_armed_drones_names_itself() -> None:
    (strike,) = _reports(
        "Turkey's defence ministry says its armed drones destroyed two tanks near Saraqib on "
        "Monday."
    )
    assert strike.actors == ["turkey"]


def test_its_own_account_days_later_elsewhere_is_another_act() -> None:
    reports = _reports(
        "On Monday morning, Russian warplanes struck the outskirts of Kafr Nabl. On Thursday, "
        "the ministry said its aircraft had destroyed a depot near Palmyra."
    )
    assert len(reports) == 2


def test_fired_by_names_who_fired() -> None:
    (report,) = _reports("Mortar rounds fired by the factions fell on the town of Suqaylabiyah.")
    assert (report.actors, report.targets) == (["opposition"], ["civilians"])  # a town hit


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compass word before a governorate's capital names the province's part ...
        ("Jets struck targets in southern Idlib.", ("Idlib", PlaceRelation.ADMIN, "SY07")),
        ("Clashes in north-western Hama went on.", ("Hama", PlaceRelation.ADMIN, "SY05")),
        # ... but Aleppo and Damascus are named by their quarters that way
        ("Shells fell on eastern Aleppo.", ("Aleppo", PlaceRelation.IN, "C1007")),
    ],
)
def test_compass_words_before_a_capital(
    gaz: Gazetteer, text: str, expected: tuple[str, PlaceRelation, str]
) -> None:
    (mention,) = gaz.find_mentions(text)
    assert (mention.name, mention.relation, mention.entry_id) == expected


def test_acts_answering_the_act_told_share_its_day() -> None:
    reports = _reports(
        "Israeli jets fired missiles at military positions near Masyaf late on Tuesday.\n\n"
        "Hours before the missile strikes, two mortar bombs fired from Syria landed on the "
        "Golan Heights, the Israeli military said.\n\n"
        "In response, Israeli tanks fired at a Syrian army post near al-Qahtaniyah."
    )
    tuesday = dt.date(2021, 8, 31)
    assert {(r.date.start, r.date.end) for r in reports} == {(tuesday, tuesday)}
    assert reports[-1].type is EventType.SHELLING  # the tanks' answer


def test_nine_hours_before_is_no_link_to_the_act_told() -> None:
    reports = _reports(
        "A UN convoy reached Harasta on Thursday.\n\n"
        "Last week, soldiers kept the aid convoy waiting for nine hours before sending it back."
    )
    (held,) = [r for r in reports if "waiting" in r.evidence[0].text]
    assert held.date.precision.value == "week"


def test_troops_that_took_a_village_fought_for_it() -> None:
    (report,) = _reports(
        "Turkish troops and allied factions took the village of Deir Ballut on Monday."
    )
    assert (report.type, report.date.start) == (EventType.ARMED_CLASH, dt.date(2021, 8, 30))


def test_a_briefing_tells_of_the_24_hours_it_counts() -> None:
    """A "Briefing by ..." is its source's own account: an incident it gives no day of its
    own happened in the 24 hours it counts; two counts are two charges."""
    body = (
        "Briefing by the Deputy Head of the Russian Centre for Reconciliation, 10 September "
        "2020.\n\n"
        "Over the past 24 hours, 26 shelling attacks by the Jabhat al-Nusra terrorist group were "
        "registered in the Idlib de-escalation zone.\n\n"
        "The Turkish side of the Russian-Turkish commission on ceasefire violations registered "
        "three shelling attacks.\n\n"
        "From the area of Jabal al-Zawiya, militants fired mortars at positions of government "
        "troops near Kafr Nabl."
    )
    reports = reports_of(body, dt.date(2020, 9, 10), "Russian Reconciliation Centre")
    kinds = [r.type.value for r in reports]
    assert kinds == ["violation_accusation", "violation_accusation", "shelling"]
    mortars = reports[-1]
    assert (mortars.date.start, mortars.date.end) == (dt.date(2020, 9, 9), dt.date(2020, 9, 10))


def test_a_count_in_a_partys_own_briefing_is_charged_by_that_party() -> None:
    body = (
        "Briefing by the Deputy Head of the Russian Centre for Reconciliation, 10 September "
        "2020.\n\nOver the past 24 hours, 26 shelling attacks by the Jabhat al-Nusra terrorist "
        "group were registered in the Idlib de-escalation zone."
    )
    (count,) = reports_of(body, dt.date(2020, 9, 10), "Briefing", "Russian Ministry of Defence")
    assert count.actors == ["russia"]
    # a monitor's own count is told, not charged, by the monitor
    (told,) = reports_of(
        body, dt.date(2020, 9, 10), "Briefing", "Syrian Observatory for Human Rights"
    )
    assert told.actors == []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A truce for Eastern Ghouta that Russian officers and rebel factions agreed in Cairo "
         "took effect at noon on Saturday, bringing the enclave into the Astana de-escalation "
         "plan.", "Eastern Ghouta"),
        ("After marathon talks in Geneva, the two ministers said a ceasefire would begin on "
         "Monday.", None),
        # nor the place another only lies near (", the besieged enclave east of Damascus")
        ("Hamouriyeh lies in Eastern Ghouta, the besieged enclave east of Damascus that Russia "
         "declared a de-escalation zone on 22 July after talks in Cairo.", "Eastern Ghouta"),
    ],
)  # fmt: skip
def test_where_a_truce_was_talked_over_is_not_its_place(sentence: str, place: str | None) -> None:
    (truce,) = _reports(sentence)
    assert truce.place.name == place


def test_a_correction_at_the_foot_moves_the_act_to_the_right_place() -> None:
    body = (
        "A Turkish drone struck a pick-up carrying farm workers near the town of Suluk, in Raqqa "
        "province, on Monday evening, killing four civilians, the SDF said.\n\n"
        "CORRECTION, Jan 18: An earlier version of this story said the pick-up was hit near "
        "Suluk, in Raqqa province. It was hit on the outskirts of al-Darbasiyah, in Hasakah "
        "province. No strike was reported near Suluk on Monday."
    )
    (strike,) = reports_of(body, dt.date(2022, 1, 18), "Turkish drone strike")
    assert (strike.place.name, strike.place.relation) == ("al-Darbasiyah", PlaceRelation.NEAR)
    assert strike.place.admin1_pcode == "SY08"


def test_a_correction_naming_the_rockets_it_corrects_is_no_act_of_its_own() -> None:
    body = (
        "Late on Wednesday, rockets fired from Douma hit a residential street in Jaramana, "
        "killing a man, state news agency SANA said. On Thursday, army artillery shelled "
        "farmland on the eastern edge of Douma, wounding two farmers.\n\n"
        "CORRECTION, March 30: An earlier version of this story said Wednesday's rockets hit "
        "Jaramana. SANA has since said they fell in the Qusour district of Damascus."
    )
    rockets, shelling = reports_of(body, dt.date(2018, 3, 30), "Douma")
    assert (rockets.type, shelling.type) == (EventType.SHELLING, EventType.SHELLING)


def test_the_centre_is_the_reconciliation_centre_named_before() -> None:
    body = (
        "Deputy Head of the Russian Centre for Reconciliation of the Opposing Sides Rear Admiral "
        "Andrei Korovin told journalists on Wednesday that three drones had been destroyed near "
        "the Hmeimim air base.\n\nHe said that over the past 24 hours the Centre had recorded 21 "
        "violations of the ceasefire regime by Hayat Tahrir al-Sham militants in Idlib province."
    )
    reports = reports_of(body, dt.date(2021, 2, 17), "Drones destroyed")
    (count,) = [r for r in reports if r.type is EventType.VIOLATION_ACCUSATION]
    assert count.actors == ["russia"]


@pytest.mark.parametrize(
    "title",
    [
        "Attacks on health care in Idleb: situation note No. 3 (3-9 May 2019)",
        "Field note No. 4: Deir ez-Zor countryside, 1-7 October",
        "Press release: two of our nurses detained at the crossing",
        "LEVANT SURGICAL RELIEF - PRESS STATEMENT",
        # a dated title naming its genre is no byline
        "Idleb Health Directorate - evening digest, Friday 10 May 2019",
        "Statement of the Idleb Health Directorate on the attacks of 5 May",
        "Syria Conflict Update No. 19: north-west, May 6-12, 2019",
    ],
)
def test_a_note_or_press_release_is_its_issuers_own_account(title: str) -> None:
    (strike,) = reports_of(
        "On 5 May, an air strike hit the surgical hospital in Kafr Nabl, injuring two health "
        "workers.",
        dt.date(2019, 5, 10),
        title,
        source="Idleb Health Directorate",
    )
    assert [(c.claimant, c.stance) for c in strike.claims] == [
        ("Idleb Health Directorate", Stance.REPORTS)
    ]


def test_an_own_account_tells_an_act_whose_blame_others_give_in_a_clause_after_it() -> None:
    (fires,) = reports_of(
        "Fires destroyed some 300 hectares of wheat and barley belonging to local farmers "
        "around Markada between May 8 and May 10, and SDF officials blamed the arson on ISIS "
        "cells.",
        dt.date(2021, 5, 13),
        "Syria Conflict Update No. 19: north-east and east, May 6-12, 2021",
        source="Euphrates Analysis Group",
    )
    assert fires.type is EventType.LOOTING_DESTRUCTION
    assert (fires.actors, fires.targets) == (["isis"], ["civilians"])  # the farmers' crops
    assert [(c.claimant, c.stance) for c in fires.claims] == [
        ("Syrian Democratic Forces", Stance.ACCUSES),
        ("Euphrates Analysis Group", Stance.REPORTS),
    ]


def test_a_term_kept_outside_the_place_the_title_names_is_near_it() -> None:
    body = (
        "The government freed 30 detainees on Sunday evening, who were handed over to their "
        "families at a checkpoint outside the district, SANA reported."
    )
    (freed,) = _reports(body, "Barzeh evacuation: first detainees freed")
    assert (freed.type, freed.place.name, freed.place.relation) == (
        EventType.COMMITMENT,
        "Barzeh",
        PlaceRelation.NEAR,
    )


def test_a_term_kept_told_after_terms_broken_is_another_commitment() -> None:
    body = (
        "The SDF said on Friday that its truce with a pro-government militia in Qamishli was "
        'over.\n\n"The militia kept none of its promises. The checkpoints are still in its '
        'hands," the SDF said. It said it had freed the 11 militiamen on 1 September.'
    )
    broken, kept = (r for r in _reports(body) if r.type is EventType.COMMITMENT)
    assert (broken.actors, kept.actors) == (["pro-government-militias"], ["sdf"])
    assert kept.date.start == dt.date(2021, 9, 1)


@pytest.mark.parametrize(
    "lead",
    [
        "Our medical teams in the enclave have been through three hard days.",
        "On Monday our supported hospitals received 212 wounded people.",
        "On Tuesday we received 164 wounded.",
    ],
)
def test_a_charitys_own_people_at_work_make_it_its_own_account(lead: str) -> None:
    *_, strike = reports_of(
        f"{lead}\n\nOn Wednesday, an air strike hit the surgical hospital in Kafr Batna, "
        "killing one of our anaesthetists.",
        dt.date(2018, 3, 8),
        "Three days in Eastern Ghouta",
        source="Levant Surgical Relief",
    )
    assert ("Levant Surgical Relief", Stance.REPORTS) in [
        (c.claimant, c.stance) for c in strike.claims
    ]


@pytest.mark.parametrize("mark", ["#", "🔹 ", "", "1. "])
def test_a_digest_item_headed_by_its_place_and_hour_is_of_the_digests_day(mark: str) -> None:
    body = (
        "Evening digest of our correspondents for Friday 3 September 2021. Times are local.\n\n"
        f"{mark}Dhiban | 14:30\n"
        "Regime artillery fired at least six shells at SDF positions near the water station.\n\n"
        f"{mark}al-Busayrah | 16:10\n"
        "Gunmen stormed a checkpoint on the road to al-Busayrah and held it for an hour."
    )
    dates = [(r.date.start, r.date.end) for r in _reports(body, "Evening digest")]
    assert dates == [(PUBLISHED, PUBLISHED), (PUBLISHED, PUBLISHED)]
