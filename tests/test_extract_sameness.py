"""One incident told by several sources in one story stays one event: another source's
missiles, the blasts residents heard, the other side's account of a clash; and a claim
about "Tuesday's attack" goes to Tuesday's (texts written for this test)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of
from truce.extract.events import Trigger
from truce.extract.sameness import told_as
from truce.model import EventType, Flag, Stance

PUBLISHED = dt.date(2019, 9, 18)  # a Wednesday


def test_another_sources_missiles_and_the_blasts_heard_are_the_air_strike() -> None:
    body = (
        "Israeli aircraft fired missiles at positions near Damascus International Airport "
        "late on Tuesday, state media said.\n\n"
        "The Syrian Observatory for Human Rights said at least four missiles had hit weapons "
        "depots close to the airport, killing nine fighters.\n\n"
        "People living in Jaramana said a series of loud blasts woke them.\n\n"
        "Israel seldom confirms individual operations."
    )
    (strike,) = reports_of(body, PUBLISHED)
    assert strike.type is EventType.AIR_STRIKE
    assert strike.place.admin1_pcode == "SY03"  # the airport lies in Rural Damascus
    assert strike.fatalities is not None and strike.fatalities.best == 9
    assert "israel" not in {c.claimant_actor_id for c in strike.claims}  # "seldom confirms"


def test_only_missiles_that_hit_may_be_an_air_strike_told_again() -> None:
    """ "at least four missiles had hit weapons depots" may be another source's account of
    the air strike; "Hours before the missile strikes, mortar bombs ..." names it only."""

    def trigger(words: str) -> Trigger:
        return Trigger(EventType.SHELLING, 0, len(words), 0, len(words), words)

    assert EventType.AIR_STRIKE in told_as(trigger("missiles had hit"))
    assert told_as(trigger("missile strikes")) == {EventType.SHELLING}
    assert told_as(trigger("mortars")) == {EventType.SHELLING}


def test_the_other_sides_account_of_a_clash_is_the_same_clash() -> None:
    body = (
        "Fighters of the Nusra Front attacked army checkpoints around the village of Maan "
        "before dawn on Tuesday, the Observatory said.\n\n"
        'State news agency SANA said army units had "repelled an attack by Jabhat al-Nusra '
        'terrorists" on the area.'
    )
    (clash,) = reports_of(body, PUBLISHED)
    assert clash.actors == ["jfs"] and clash.targets == ["syrian-government"]
    assert {c.claimant_actor_id for c in clash.claims} == {"sohr", "sana"}


def test_a_claim_about_tuesdays_attack_is_about_tuesdays() -> None:
    body = (
        "Israeli jets struck positions near al-Kiswah late on Tuesday, state media said.\n\n"
        "Earlier this month, Israeli missiles struck positions near Damascus International "
        "Airport, the Observatory said. Syria's foreign ministry said that Tuesday's attack was "
        'a "flagrant violation" of its sovereignty.'
    )
    tuesday, earlier = reports_of(body, PUBLISHED)
    assert "syrian-government" in {c.claimant_actor_id for c in tuesday.claims}
    assert "syrian-government" not in {c.claimant_actor_id for c in earlier.claims}


def test_a_counter_charge_in_turn_is_an_act_of_its_own() -> None:
    body = (
        "Mortar rounds crashed down near the al-Wafideen crossing on Tuesday, the army said, "
        "accusing Jaish al-Islam. The group in turn accused government forces of shelling Douma "
        "on Tuesday, and the Observatory said shells killed two civilians there."
    )
    kinds = [(r.type, r.place.name) for r in reports_of(body, PUBLISHED)]
    assert (EventType.SHELLING, "Douma") in kinds and len(kinds) == 2


def test_a_reply_in_kind_is_of_the_kind_it_answers() -> None:
    body = (
        "Mortar rounds fired by Syrian regime forces struck a Turkish observation post near "
        'Morek on Tuesday, wounding two Turkish soldiers.\n\nTurkish forces "retaliated in '
        'kind" against regime targets after the attack, the ministry said.'
    )
    attack, reply = reports_of(body, PUBLISHED)
    assert reply.type is attack.type is EventType.SHELLING
    assert reply.actors == ["turkey"] and reply.targets == ["syrian-government"]


def test_who_is_blamed_for_the_blast_and_the_toll_told_later() -> None:
    body = (
        "A landmine exploded under a minibus near Uqayribat on Monday morning, killing ten "
        "truffle hunters, and state media blamed the blast on Islamic State militants.\n\n"
        "Every spring hundreds of families gather truffles in the desert.\n\n"
        "On Tuesday, the Syrian Observatory for Human Rights said the toll had risen to 17."
    )
    (blast,) = reports_of(body, PUBLISHED)
    assert blast.actors == ["isis"]
    assert "sohr" in {c.claimant_actor_id for c in blast.claims}


def test_where_the_jets_flew_from_is_not_where_they_struck() -> None:
    body = (
        "Warplanes bombed the main market of Maarat al-Numan on Tuesday morning, killing 13 "
        "civilians, rescuers said.\n\n"
        "The Syrian Observatory for Human Rights said the raid had been carried out by Russian "
        "jets flying from the Hmeimim air base, which its observers had tracked over the town "
        "minutes before the blasts."
    )
    (strike,) = reports_of(body, PUBLISHED)
    assert strike.place.name == "Maarat al-Numan"
    assert strike.targets == ["civilians"]


def test_a_place_named_as_a_border_or_town_is_no_party() -> None:
    (bomb,) = reports_of(
        "A car bomb exploded in the market of Azaz, a town near the Turkish border, on "
        "Saturday, killing a child.",
        PUBLISHED,
    )
    assert "turkey" not in bomb.targets


def test_a_truce_for_the_enclave_or_the_titles_place() -> None:
    body = (
        "Aid workers in Eastern Ghouta said no one had left on Tuesday.\n\n"
        "Russia's defence minister announced on Monday that the guns would fall silent in "
        "the enclave every day from 9 a.m. to 2 p.m."
    )
    (truce,) = [r for r in reports_of(body, PUBLISHED) if r.type is EventType.CEASEFIRE_ANNOUNCED]
    assert truce.place.admin1_pcode == "SY03"
    (agreed,) = reports_of(
        "12 March: Government forces and rebel factions agree to a truce brokered by Russian "
        "officers.",
        PUBLISHED,
        "Analysis: seventeen days of a truce in northern Quneitra",
    )
    assert agreed.place.admin1_pcode == "SY14"


def test_it_was_the_first_deadly_strike_says_more_of_the_same_one() -> None:
    body = (
        "Rebel rockets slammed into a street of al-Suqaylabiyah late on Sunday, killing a "
        "woman. Residents said it was the first deadly strike on the town since the ceasefire "
        "for Idlib took effect on March 6."
    )
    assert [r.type for r in reports_of(body, PUBLISHED)] == [EventType.SHELLING]


def test_a_denial_of_the_incident_at_a_named_place_goes_to_that_incident() -> None:
    body = (
        "UN investigators said government helicopters had dropped a chlorine cylinder on Heish "
        "on 19 November. Three days later, an air strike hit a hospital in Kafr Nabl.\n\n"
        "The government said the incident in Heish had been staged by terrorist groups. A "
        "doctor could confirm neither account."
    )
    gas, strike = reports_of(body, dt.date(2020, 7, 7))
    assert gas.type is EventType.CHEMICAL_WEAPON
    assert "syrian-government" in {c.claimant_actor_id for c in gas.claims}
    assert "syrian-government" not in {c.claimant_actor_id for c in strike.claims}


def test_the_armys_own_strike_overnight_is_the_strike_of_last_night() -> None:
    body = (
        "An air strike hit a camp for displaced families near Qah late last night, killing "
        "eight people, rescuers said. The Syrian Observatory for Human Rights put the number "
        "of dead at 11.\n\n"
        "Asked about the strike, the Israeli military said it did not comment on such reports. "
        "The Syrian army said its aircraft had struck terrorist headquarters in the Idlib "
        "countryside overnight."
    )
    (strike,) = reports_of(body, dt.date(2021, 10, 14))
    claims = {(c.claimant_actor_id, c.stance) for c in strike.claims}
    assert ("syrian-government", Stance.CONFIRMS) in claims
    assert "sohr" in {c.claimant_actor_id for c in strike.claims}
    assert "israel" not in {c.claimant_actor_id for c in strike.claims}


def test_a_deadline_missed_is_the_commitment_of_who_the_terms_oblige() -> None:
    body = (
        "12 March: Government forces and rebel factions in Quneitra agree to a truce. Under its "
        "terms the government is to free 20 detainees from the area within ten days.\n\n"
        "22 March: The ten-day deadline for freeing the 20 detainees passes without a single "
        "release, rebel officials say."
    )
    (missed,) = [r for r in reports_of(body, PUBLISHED) if r.type is EventType.COMMITMENT]
    assert missed.actors == ["syrian-government"]
    assert ("opposition", Stance.COMMITMENT_UNMET) in {
        (c.claimant_actor_id, c.stance) for c in missed.claims
    }


def test_the_attack_blamed_is_the_main_one_not_the_smaller_second() -> None:
    body = (
        "A car bomb blew up in the market of Azaz on Saturday, killing dozens of people.\n\n"
        "Minutes later, a second, smaller bomb went off outside a mosque, wounding six.\n\n"
        "Turkey's Defence Ministry accused the YPG of the attack."
    )
    car_bomb, second = reports_of(body, PUBLISHED)
    assert "turkey" in {c.claimant_actor_id for c in car_bomb.claims}
    assert "turkey" not in {c.claimant_actor_id for c in second.claims}


@pytest.mark.parametrize(
    "body",
    [
        "Incident 4 - Date: 15/03/2020 - Location: Kafranbel - Description: Air strike on a "
        "poultry farm west of the town. - Source: local contacts - Status: not verified.",
        # the report's own voice, after the item
        "Sunday 21:40: Two rockets fell in the New Aleppo district of Aleppo city, according to "
        "SANA. We could not confirm this incident.",
        # a live page's mark after an entry, or its own words
        "12:35 — Clashes broke out between rebels and regime forces near Urum al-Kubra. The "
        "rebels say two of the attackers were killed. UNCONFIRMED.",
        "15:30 — State media says shells hit the outskirts of Saraqib, wounding a soldier. We "
        "have not been able to verify this.",
    ],
)
def test_an_item_marked_not_verified_is_alleged(body: str) -> None:
    (strike,) = reports_of(body, dt.date(2020, 3, 17))
    assert Flag.ALLEGED in strike.flags


def test_the_excuses_and_charges_of_a_missed_deadline() -> None:
    body = (
        "Under the truce's terms the government is to free 20 detainees from Quneitra within "
        "ten days.\n\n"
        "The deadline for freeing the 20 detainees passed without a single release, rebel "
        "officials say. Government officials say the lists of names were incomplete."
    )
    (missed,) = [r for r in reports_of(body, PUBLISHED) if r.type is EventType.COMMITMENT]
    assert ("syrian-government", Stance.JUSTIFIES) in {
        (c.claimant_actor_id, c.stance) for c in missed.claims
    }


def test_the_parties_of_a_deal_between_them_or_agreed_by_their_presidents() -> None:
    (barzeh,) = reports_of(
        "The agreement between the Barzeh rebels and the government, reached last Thursday "
        "with Russian officers acting as mediators, ended weeks of clashes.",
        PUBLISHED,
    )
    assert set(barzeh.actors) == {"opposition", "syrian-government"}
    (idlib,) = reports_of(
        "A ceasefire in Idlib, agreed by the presidents of Russia and Turkey in Moscow on "
        "Thursday, came into force on Friday.",
        PUBLISHED,
    )
    assert set(idlib.actors) == {"russia", "turkey"}


@pytest.mark.parametrize(
    "body",
    [
        "The UN Security Council on Saturday unanimously adopted a resolution demanding a "
        "cessation of hostilities across Syria, a State Department spokesman said.",
        "On February 24 the Security Council voted for a 30-day ceasefire across Syria, a "
        "State Department spokesman said.",
    ],
)
def test_a_truce_voted_at_the_un_is_the_councils_not_its_reporters(body: str) -> None:
    (truce,) = reports_of(body, dt.date(2018, 3, 1))
    assert truce.actors == ["un"]


def test_the_ambush_told_again_is_the_ambush() -> None:
    body = (
        "Gunmen ambushed a bus carrying soldiers near al-Sukhnah on Tuesday, killing 12 of "
        "them, SANA said.\n\n"
        "SANA said the gunmen had opened fire on the bus with machine guns."
    )
    assert [r.type for r in reports_of(body, PUBLISHED)] == [EventType.ARMED_CLASH]


@pytest.mark.parametrize(
    "item",
    [
        "At dawn, regime artillery shelled the eastern neighbourhoods.",
        # (the time later in the item)
        "Regime helicopters dropped at least six barrel bombs on the eastern neighbourhoods of "
        "the town around midday, killing a woman and her son.",
    ],
)
def test_a_reports_item_at_dawn_is_of_its_day(item: str) -> None:
    body = (
        "Our monitors recorded the following incidents in southern Idlib.\n\n"
        f"(1) Ma'arrat al-Nu'man (Maarat al-Numan, al-Maarra): {item}"
    )
    (act,) = reports_of(body, dt.date(2018, 9, 7), "Daily bulletin: southern Idlib")
    assert (act.date.start, act.date.end) == (dt.date(2018, 9, 7), dt.date(2018, 9, 7))


def test_a_party_that_remains_committed_to_the_deal_says_nothing_of_the_bomb() -> None:
    body = (
        "Rebel commanders in Barzeh agreed to a truce with the government on Thursday.\n\n"
        "On Monday a bomb exploded near buses of evacuees at a crossing in Hama province.\n\n"
        "A government official said the government remained committed to the agreement."
    )
    *_, bomb = reports_of(body, PUBLISHED)
    assert bomb.type is EventType.REMOTE_EXPLOSIVE
    assert "syrian-government" not in {c.claimant_actor_id for c in bomb.claims}


def test_where_the_rockets_came_from_does_not_make_another_attack() -> None:
    """ "fired six rockets from their positions in X and Y on the neighbourhood": X and Y
    are where the fire came from (and Aleppo where the reporter is), so the sentence tells
    the attack just reported."""
    body = (
        "Five civilians were wounded today when militants fired rockets at the Salaheddine "
        "neighbourhood of Aleppo.\n\n"
        "Our reporter in Aleppo said the militants fired six rockets from their positions in "
        "Khan al-Asal and Anadan on the neighbourhood in the early morning hours."
    )
    (attack,) = reports_of(body, dt.date(2019, 11, 20))
    assert attack.place.name == "Salaheddine"
    assert attack.injuries is not None and attack.injuries.best == 5


def test_shelling_that_resumed_is_another_shelling() -> None:
    body = (
        "At dawn, regime artillery shelled the eastern neighbourhoods of Kafr Nabl, wounding "
        "two men.\n\n"
        "At about 17:00 the shelling of the town resumed, this time on its northern edge."
    )
    first, second = reports_of(body, dt.date(2018, 9, 7))
    assert (first.type, second.type) == (EventType.SHELLING, EventType.SHELLING)
    assert second.injuries is None  # the two wounded are the morning's


def test_the_armys_answer_to_rocket_fire_is_an_act_of_its_own() -> None:
    body = (
        "Two civilians were killed today when militants fired rockets at the Salaheddine "
        "neighbourhood of Aleppo.\n\n"
        "Army units responded with appropriate weapons to the sources of the rocket fire near "
        "Khan al-Asal, a military source said."
    )
    attack, answer = reports_of(body, dt.date(2019, 11, 20))
    assert attack.fatalities is not None and attack.fatalities.best == 2
    assert answer.actors == ["syrian-government"] and answer.place.name == "Khan al-Asal"


@pytest.mark.parametrize(
    ("body", "published", "kinds", "days", "governorates"),
    [
        # "hours after": the act answered is an event of its own, not of the strike's day
        # for all the words say (the day before or that day)
        ("Israeli aircraft struck Syrian army positions near Quneitra before dawn on "
         "Wednesday, hours after two mortar rounds fired from Syria landed on the Israeli-held "
         "Golan Heights, the Israeli military said.", dt.date(2019, 6, 19),
         (EventType.AIR_STRIKE, EventType.SHELLING),
         ((dt.date(2019, 6, 19), dt.date(2019, 6, 19)),
          (dt.date(2019, 6, 18), dt.date(2019, 6, 19))),
         ("SY14", "SY14")),
        # the act answered told in the passive: "a projectile was launched from Syria"
        ("Israeli warplanes struck Syrian army positions in Quneitra province early on Sunday, "
         "hours after a projectile was launched from Syria towards the Israeli-occupied Golan "
         "Heights, the Israeli military said.", dt.date(2021, 7, 18),
         (EventType.AIR_STRIKE, EventType.SHELLING),
         ((dt.date(2021, 7, 18), dt.date(2021, 7, 18)),
          (dt.date(2021, 7, 17), dt.date(2021, 7, 18))),
         ("SY14", "SY14")),
        # "a day after": the day before, and its own place
        ("Rebel commanders in the Qaboun district of Damascus suspended a deal to evacuate "
         "fighters on Tuesday, a day after a bomb tore through buses carrying evacuees at a "
         "crossing point in Hama province.", dt.date(2017, 4, 12),
         (EventType.CEASEFIRE_DECLARED_OVER, EventType.REMOTE_EXPLOSIVE),
         ((dt.date(2017, 4, 11), dt.date(2017, 4, 11)),
          (dt.date(2017, 4, 10), dt.date(2017, 4, 10))),
         ("SY01", "SY05")),
    ],
)  # fmt: skip
def test_the_act_an_event_came_after_is_an_event_of_its_own(
    body: str,
    published: dt.date,
    kinds: tuple[EventType, EventType],
    days: tuple[tuple[dt.date, dt.date], ...],
    governorates: tuple[str, str],
) -> None:
    first, earlier = reports_of(body, published, "Syria update")
    assert (first.type, earlier.type) == kinds
    assert tuple((r.date.start, r.date.end) for r in (first, earlier)) == days
    assert (first.place.admin1_pcode, earlier.place.admin1_pcode) == governorates


def test_fire_into_a_truce_told_since_is_another_act() -> None:
    body = (
        "06:45 - Government artillery has been pounding the western neighbourhoods of Tafas "
        "since first light, residents say.\n\n"
        "12:40 - The Russian commander says government forces and the fighters of Tafas have "
        "agreed to a truce from 14:00 today.\n\n"
        "16:40 - Two mortar rounds landed near the main mosque in Tafas, more than two hours "
        "into the truce, residents say."
    )
    kinds = [r.type for r in reports_of(body, dt.date(2022, 6, 23), "Daraa live")]
    assert kinds == [EventType.SHELLING, EventType.CEASEFIRE_ANNOUNCED, EventType.SHELLING]


def test_the_strikes_a_truce_was_declared_dead_after_are_those_told_next() -> None:
    body = (
        "Rebel factions in north-western Syria declared a Russian-Turkish ceasefire dead on "
        "Wednesday, hours after air strikes on the Idlib town of Sarmin killed at least eight "
        "people.\n\n"
        "The ceasefire, brokered by Russia and Turkey, took effect on Sunday.\n\n"
        "Warplanes struck a bakery in Sarmin early on Wednesday morning, the Syrian Observatory "
        "for Human Rights said. Three children were among the dead. The Russian Defence "
        "Ministry said it had conducted no air operations in the Idlib zone since Sunday."
    )
    reports = reports_of(body, dt.date(2020, 1, 16), "Idlib rebels declare truce dead")
    over = [r for r in reports if r.type is EventType.CEASEFIRE_DECLARED_OVER]
    (strikes,) = [r for r in reports if r.type is EventType.AIR_STRIKE]
    assert len(over) == 1 and strikes.place.name == "Sarmin"  # (not the Idlib of "the Idlib town")
    assert strikes.fatalities is not None and strikes.fatalities.low == 8
    assert ("russia", Stance.DENIES) in {(c.claimant_actor_id, c.stance) for c in strikes.claims}


def test_the_fire_a_ministry_answered_is_an_act_before_its_answer() -> None:
    body = (
        "Turkey's Ministry of National Defence said on Saturday that its troops had "
        '"neutralised" 11 PKK/YPG militants in northern Syria in response to harassment fire '
        "on a Turkish base west of al-Bab."
    )
    answer, fire = reports_of(body, dt.date(2022, 3, 12), "Turkey says it hit back")
    assert (answer.type, fire.type) == (EventType.ARMED_CLASH, EventType.SHELLING)
    assert (fire.date.start, fire.date.end) == (None, answer.date.end)  # some time before


def test_a_governorate_may_tell_again_an_act_at_a_town_in_it() -> None:
    body = (
        "An air strike hit a camp for displaced families near Sarmin late on Wednesday, "
        "killing eight people, residents said.\n\n"
        "In a statement read on state television, the Syrian army's general command said its "
        'aircraft had struck "terrorist headquarters" in the Idlib countryside overnight.'
    )
    (strike,) = reports_of(body, dt.date(2021, 10, 14))
    assert strike.place.name == "Sarmin"
    assert ("syrian-government", Stance.CONFIRMS) in {
        (c.claimant_actor_id, c.stance) for c in strike.claims
    }


def test_a_toll_goes_to_the_act_its_paragraph_tells_on() -> None:
    body = (
        "Israeli missiles slammed into buildings in the Mazzeh district of Damascus around "
        "midnight, state media said.\n\n"
        "The Syrian Observatory for Human Rights said two missiles had hit a flat near the Mazzeh "
        "highway. Four people were killed, the Britain-based monitor said."
    )
    (strike,) = reports_of(body, dt.date(2021, 11, 24), "Israeli strike on Damascus")
    assert strike.fatalities is not None and strike.fatalities.best == 4


def test_a_late_toll_goes_to_the_act_of_the_kind_it_names() -> None:
    body = (
        "Unidentified aircraft struck a weapons depot on the outskirts of Albu Kamal on the "
        "night of Saturday to Sunday, our correspondent reported.\n\n"
        "At around dawn, three rockets were fired at the coalition base at the al-Omar field, "
        "the coalition said.\n\n"
        "By Sunday evening, a medical source told our correspondent that 14 fighters had been "
        "killed in the night's strikes."
    )
    strike, rockets = reports_of(body, dt.date(2022, 5, 8), "Albu Kamal")
    assert strike.fatalities is not None and strike.fatalities.best == 14
    assert rockets.fatalities is None


def test_an_act_with_its_own_place_and_victims_is_not_an_unplaced_one_told_before() -> None:
    body = (
        "A ceasefire came into force across Idlib at midnight.\n\n"
        "Turkey accused government forces of firing mortar rounds at its post near Taftanaz "
        "on Friday. Turkish howitzers returned fire on the positions the rounds came from, "
        "the ministry said.\n\n"
        "A military source denied that the army had fired on any Turkish position.\n\n"
        "State television said gunmen had fired a salvo of rockets at the town of Saraqib, "
        "wounding two soldiers and a civilian."
    )
    reports = reports_of(body, dt.date(2020, 3, 6))
    (answer,) = [r for r in reports if r.actors == ["turkey"]]
    assert answer.injuries is None
    (rockets,) = [r for r in reports if r.place.name == "Saraqib"]
    assert rockets.injuries is not None and rockets.injuries.best == 3


def test_a_live_pages_later_entry_with_victims_of_its_own_is_another_act() -> None:
    body = (
        "07:10 — Army artillery has been shelling Saraqeb since dawn, activists say.\n\n"
        "09:40 — Militants fired rockets at the al-Thawra district of Idlib city, killing two "
        "people, state television says."
    )
    assert [r.place.name for r in reports_of(body, PUBLISHED)] == ["Saraqeb", "Idlib"]


def test_victims_of_the_evening_raids_are_the_raids_just_told() -> None:
    body = (
        "20:05 — Warplanes are back over Saraqeb. Residents count three air strikes near the "
        "market.\n\n21:30 — Medics in Saraqeb say four people were killed in the evening raids."
    )
    (strike,) = reports_of(body, PUBLISHED)
    assert strike.fatalities is not None and strike.fatalities.best == 4
