"""Wordings of less common incidents, read as a careful reader would (each a general rule,
checked on sentences written for this test)."""

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


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Armed men seized three aid volunteers at a checkpoint near Manbij.", "abduction"),
        ("He was seized by unidentified gunmen on the road to Nawa.", "abduction"),
        # a trader seized, men taken from a checkpoint, the army attacked, a sniper placed
        ("Gunmen seized a Druze vegetable trader and his lorry near Shahba.", "abduction"),
        ("Militiamen took two young men from a checkpoint in Harabesh on Monday.", "abduction"),
        ("On Wednesday Daesh attacked the army again near the cemetery.", "armed_clash"),
        ("Fighting since dawn around Umm Shaifa, north-west of Tal Tamr.", "armed_clash"),
        ("The factions and the SDF fought on the western approaches to the dam.", "armed_clash"),
        ("The army said its units had broken the siege of Deir ez-Zor city.", "armed_clash"),
        ("ISIS members set fire to five houses in the village of al-Jafra.", "looting_destruction"),
        (
            "Gunmen stopped three young men at a checkpoint and took them to an unknown place.",
            "abduction",
        ),
        (
            "Fighters at a checkpoint near al-Khafsa opened fire on a car that did not stop.",
            "attack_on_civilians",
        ),
        ("Gunmen fired at the repair crews near Ain al-Fijah on Friday.", "aid_access"),
        (
            "Two technicians of the water directorate were detained by armed men near Khafsa.",
            "abduction",
        ),
        (
            "The YPG has violated the calm around the Tishreen Dam and the Qara Qozak bridge "
            "37 times.",
            "violation_accusation",
        ),
        (
            "Armed men spent the afternoon breaking into homes left by families.",
            "looting_destruction",
        ),
        ("The SDF accused Turkish drones of striking a bakery in Sarrin on Monday.", "air_strike"),
        (
            "The State reached this evening an agreement with the notables of al-Suwayda for a "
            "complete and immediate halt to military operations.",
            "ceasefire_announced",
        ),
        ("Government forces finished pulling out of al-Suwayda city overnight.", "commitment"),
        (
            "Aircraft of the coalition, at the request of our command, struck two sections of "
            "the old wall.",
            "air_strike",
        ),
        ("ISIS used a small commercial drone to drop a grenade on an SDF post.", "air_strike"),
        ("An Israeli quadcopter dropped a small bomb on a car near Jaba.", "air_strike"),
        (
            "Daesh snipers opened fire at dawn on Tuesday on families trying to reach our lines.",
            "attack_on_civilians",
        ),
        ("The soldiers opened fire on them with live ammunition.", "attack_on_civilians"),
        ("Soldiers fired live rounds over the crowd near Kudna.", "attack_on_civilians"),
        ("The soldiers fired several bursts over their heads.", "attack_on_civilians"),
        (
            "Two trucks carrying medical supplies for the camp were held for nine hours at a "
            "checkpoint.",
            "aid_access",
        ),
        ("Over the weekend they took the al-Thakana neighbourhood.", "armed_clash"),
        ("Israeli troops took over abandoned army posts in the buffer zone.", "armed_clash"),
        (
            "The SDF and Islamic State commanders agreed late on Saturday that the last fighting "
            "inside the city will stop.",
            "ceasefire_announced",
        ),
        (
            "An explosive device killed two de-miners in the al-Rumaila district.",
            "remote_explosive",
        ),
        (
            "A device hidden under rubble at the door of a house killed a man and his sons.",
            "remote_explosive",
        ),
        (
            'Netanyahu said the 1974 disengagement agreement with Syria had "collapsed".',
            "ceasefire_declared_over",
        ),
        (
            "The ministry called it a flagrant violation of the sovereignty of Syria and of the "
            "1974 Disengagement of Forces Agreement.",
            "violation_accusation",
        ),
        (
            "Israeli bulldozers flattened a row of five houses in al-Hamidiyah.",
            "looting_destruction",
        ),
        ("Israeli bulldozers dug an earth berm across farmland near Hader.", "looting_destruction"),
        ("Soldiers at a checkpoint held three shepherds for most of the afternoon.", "abduction"),
        (
            'The office of Sheikh Hikmat al-Hijri says the agreement "no longer exists".',
            "ceasefire_declared_over",
        ),
        (
            "Gunmen stopped cars near Qamishli, dragged out four passengers and shot them dead.",
            "attack_on_civilians",
        ),
        (
            "Yesterday a sniper in the Sinaa district shot a girl of nine near the market.",
            "attack_on_civilians",
        ),
        ("Intruders broke into a Red Crescent warehouse in Qabasin.", "looting_destruction"),
        ("Army bulldozers demolished nine houses in the town of Nawa.", "looting_destruction"),
        ("Soldiers turned back a Red Crescent convoy at the crossing near Hama.", "aid_access"),
        ("The army had still not opened the crossing by Friday's deadline.", "commitment"),
        ("Rebels and soldiers fought for several hours around the town of Morek.", "armed_clash"),
        # a convoy hit is an aid-access incident unless it is plainly a military one
        ("A Russian strike hit an aid convoy near Urum al-Kubra.", "aid_access"),
        ("Coalition jets hit a convoy of Islamic State vehicles near Raqqa.", "air_strike"),
        ("An Israeli strike hit a Hezbollah weapons convoy near Qusayr.", "air_strike"),
        ("Fighting flared again in the hills around the village of Kinsabba.", "armed_clash"),
        ("Ten Red Crescent trucks carrying flour were turned back at Madaya.", "aid_access"),
        ("The rebels have failed to free five soldiers they held in Jayrud.", "commitment"),
        ("Gunmen stopped a minibus at the exit of Nawa and took away two young men.", "abduction"),
        ("Fighters near Darat Izza turned back four Red Crescent trucks.", "aid_access"),
        ("Israeli warplanes fired a barrage of missiles at targets near Kiswah.", "air_strike"),
        (
            "The Russian Centre says a ceasefire will take effect across Eastern Ghouta at 15:00.",
            "ceasefire_announced",
        ),
        (
            "Government forces and rebel factions in Talbiseh agreed on 2 June to stop fighting.",
            "ceasefire_announced",
        ),
        ("Army units carried out artillery and rocket strikes on Kafr Zita.", "shelling"),
        # a count of violations is a charge, whatever weapons it names
        (
            "The SDF said Turkey had violated the ceasefire 14 times in its first day, mostly "
            "with artillery and drone strikes around Ras al-Ain.",
            "violation_accusation",
        ),
        (
            "Russia, Turkey and Iran signed a memorandum in Astana on Thursday to set up four "
            "de-escalation zones.",
            "ceasefire_announced",
        ),
        (
            "A five-day ceasefire between Turkey and the SDF, brokered by the United States on "
            "Thursday, was fraying around Ras al-Ain.",
            "ceasefire_announced",
        ),
        (
            "The truce, which Russia and the United States announced on Wednesday, had been due "
            "to last until Monday night.",
            "ceasefire_announced",
        ),
        (
            "The rebel group agreed with Russian officers on Friday to a ceasefire in Arbin.",
            "ceasefire_announced",
        ),
        (
            "A ceasefire in Syria brokered by the US and Russia collapsed.",
            "ceasefire_declared_over",
        ),
        (
            "A truce agreed by Russia and the United States was violated within hours in Aleppo.",
            "violation_accusation",
        ),
        (
            "Exchange of small-arms and heavy machine-gun fire between army positions and a rebel "
            "outpost near Talbiseh.",
            "armed_clash",
        ),
        ("Gunmen stopped a minibus and took away two passengers, both civilians.", "abduction"),
        ("Aircraft of the US-led coalition struck a house in the village of Hajin.", "air_strike"),
        (
            "Soldiers had refused to let Red Crescent teams in to register the wounded in Arbin.",
            "aid_access",
        ),
        (
            "The government informed the UN that it could not approve an inter-agency convoy to "
            "Rukban.",
            "aid_access",
        ),
        (
            "The ministry said 3 PKK/YPG terrorists who tried to infiltrate the region near "
            "al-Arima had been neutralised.",
            "armed_clash",
        ),
        (
            "A ceasefire between the army and the factions in the towns of al-Ruhaybah, Jayrud "
            "and al-Nasiriyah, north-east of Damascus, took effect on Sunday.",
            "ceasefire_announced",
        ),
        # truce wordings: pauses, ends, terms carried out, convoys and evacuations
        ("The aid convoy was not allowed into Madaya on Sunday.", "aid_access"),
        ("Trauma kits had been removed from the trucks at the checkpoint.", "aid_access"),
        ("Three shepherds were wounded by unexploded ordnance near Uqayribat.", "remote_explosive"),
        ("A projectile landed on a school in Jisr al-Shughur.", "shelling"),
        ("A pharmacist was grabbed by Hurras al-Din's men at his shop in Sarmada.", "abduction"),
        ("The army announced an end to the truce in Daraa al-Balad.", "ceasefire_declared_over"),
        ("The factions declared the Astana agreement dead on Monday.", "ceasefire_declared_over"),
        ("The SDF called the pause off on Friday night.", "ceasefire_declared_over"),
        ("A daily pause of five hours took effect in Douma.", "ceasefire_announced"),
        (
            "Elders said they had agreed with the army on a 24-hour halt to the shelling.",
            "ceasefire_announced",
        ),
        ("The army halted its offensive on Khan Sheikhoun for three days.", "ceasefire_announced"),
        (
            "Military police units deployed in Tafas, as provided for by the settlement.",
            "commitment",
        ),
        ("Russian military police set up three checkpoints around Saqba on Friday.", "commitment"),
        (
            "Buses carrying fighters and their families crossed into Turkish-held territory.",
            "commitment",
        ),
        ("About 5,000 people were evacuated from Harasta in 40 buses.", "commitment"),
        ("The last 12 buses left Douma on Thursday night.", "commitment"),
        ("A Turkish patrol came under machine-gun fire near Ain Issa.", "armed_clash"),
        ("Fighting has flared again in the Ghuwayran district of Hasakah.", "armed_clash"),
        ("Militants executed a shepherd they had abducted near Arak.", "attack_on_civilians"),
        # evacuations and their incidents, told as an agency or a flash update tells them
        ("The evacuation of the besieged districts resumed on Monday morning.", "commitment"),
        ("The first batches of fighters and their families left Madaya on Monday.", "commitment"),
        (
            "A convoy of 30 buses carrying the fighters and their relatives drove out of Barzeh.",
            "commitment",
        ),
        ("The first green buses came out through the crossing after midnight.", "commitment"),
        ("Gunmen set fire to six buses waiting near the crossing.", "looting_destruction"),
        ("Soldiers fired on a convoy of ambulances near the crossing.", "aid_access"),
        ("Militiamen stopped a column of 300 evacuees at the checkpoint.", "aid_access"),
        ("The factions breached the terms of the agreement on Monday.", "violation_accusation"),
        ("Gunmen opened fire at dawn on army personnel guarding the crossing.", "armed_clash"),
        ("The SDF completed the clearance of the old city on Tuesday.", "armed_clash"),
        (
            "A booby trap hidden in a washing machine blew up in a flat in Tabqa.",
            "remote_explosive",
        ),
        (
            "A mine exploded in a house in Tabqa as army engineers were clearing it, killing two "
            "of them.",
            "remote_explosive",
        ),
        (
            "Clan elders brokered an agreement between the SDF and the tribal fighters on Monday.",
            "ceasefire_announced",
        ),
        (
            "The Asayish handed 68 captured NDF fighters and soldiers to Russian military police.",
            "commitment",
        ),
        ("The captors killed one of the hostages on Friday.", "attack_on_civilians"),
        ("Gunmen seized nine truffle gatherers near Uqayribat.", "abduction"),
        ("Shots were fired at a SARC vehicle near the camp.", "aid_access"),
        ("An aid truck carrying medicines was turned back at the checkpoint.", "aid_access"),
        (
            "Russia said the United States was violating the deconfliction arrangements.",
            "violation_accusation",
        ),
        (
            "Russian officers had brokered a halt to the fighting by Sunday evening.",
            "ceasefire_announced",
        ),
        (
            "The army and the militia agreed at the airport, with Russian mediation, on a truce.",
            "ceasefire_announced",
        ),
        ("The militia has not carried out any of its obligations.", "commitment"),
        ("Gunmen prevented three trucks loaded with flour from reaching Hasakah.", "aid_access"),
        ("A team of water engineers was stopped at a checkpoint near Alouk.", "aid_access"),
        ("Residents accused the gunmen of storming a checkpoint in Tal Hajar.", "armed_clash"),
        (
            "The SDF cut the power supply to the station, in breach of an understanding.",
            "commitment",
        ),
        (
            "The agreement, reached last Thursday between the factions and Russian officers "
            "after two rounds of talks, halted the bombardment of Busra al-Sham.",
            "ceasefire_announced",
        ),
    ],
)
def test_kind_of_incident(sentence: str, kind: str) -> None:
    assert [r.type.value for r in _reports(sentence)] == [kind]


def test_quoted_words_do_not_hide_a_truce_declared_over() -> None:
    """Quotation marks do not hide the words that make an act of an earlier kind: the truce
    declared "over", then the storming the speaker accuses the other side of."""
    over, clash = _reports(
        'An Asayish commander tells us the truce is "over", accusing NDF gunmen of storming a '
        "checkpoint in Tal Hajar at about 21:30 and killing two of his men."
    )
    assert (over.type, clash.type) == (EventType.CEASEFIRE_DECLARED_OVER, EventType.ARMED_CLASH)


def test_seized_ground_and_weapons_are_no_abduction() -> None:
    assert [r.type for r in _reports("Rebels seized the town of Morek on Monday.")] == [
        EventType.ARMED_CLASH
    ]
    seized = _reports("Rifles and machine guns were seized by the fighters in Manbij.")
    assert EventType.ABDUCTION not in {r.type for r in seized}


def test_weapons_handed_over_fire_nothing() -> None:
    body = (
        "Under the deal, the groups were to surrender their tanks, rocket launchers and "
        "mortars within 96 hours, but they had delivered only two mortars."
    )
    assert _reports(body) == []


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


def test_victims_who_are_plainly_not_fighters_are_civilians() -> None:
    (strike,) = _reports(
        "Jets struck the eastern outskirts of Douma overnight, killing a child and his "
        "father, activists said."
    )
    assert strike.targets == ["civilians"]
    (clash,) = _reports("Jets struck rebel positions near Douma, killing five fighters.")
    assert "civilians" not in clash.targets


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen seized 11 truffle gatherers near the village of Arak on Friday.",
        "Two shepherds were killed when a landmine exploded near al-Kawm on Friday.",
        "The Asayish detained nine employees of the water directorate in Qamishli on Friday.",
        # districts named together are their people too
        "Warplanes pounded the al-Shaar and Marjeh districts of Aleppo overnight.",
    ],
)
def test_gatherers_employees_and_named_districts_hit_are_civilians(sentence: str) -> None:
    (act,) = _reports(sentence)
    assert act.targets == ["civilians"]


def test_commitment_takes_the_place_its_title_names() -> None:
    reports = _reports(
        "Prisoners. Rebel factions handed over 11 captured soldiers at the town's southern "
        "crossing on 10 May, as the agreement required.",
        title="Explainer: the Qalaat al-Madiq truce, three weeks on",
    )
    assert [(r.type, r.place.admin1_pcode) for r in reports] == [(EventType.COMMITMENT, "SY05")]


@pytest.mark.parametrize(
    ("sentence", "kind", "actors"),
    [
        ("Israeli warplanes fired missiles at a convoy near Qatana.", "air_strike", ["israel"]),
        (
            "Army helicopters dropped barrel bombs on Busra al-Harir.",
            "air_strike",
            ["syrian-government"],
        ),
        ("Rebel rockets hit the town of Suqaylabiyah.", "shelling", ["opposition"]),
        ("Nusra fighters stormed an army outpost near Morek.", "armed_clash", ["jfs"]),
        # Hayat Tahrir al-Sham is named as such, not folded into the Nusra Front
        ("HTS fighters shelled the town of Ariha.", "shelling", ["hts"]),
        # the act of the main clause, not the fighting it set off
        (
            "HTS fighters stormed positions of the National Liberation Front in Ariha on "
            "Saturday, setting off three days of fighting between the two rivals.",
            "armed_clash",
            ["hts"],
        ),
        (
            "Illegal armed groups opened fire with large-calibre machine guns and grenade "
            "launchers on positions of government troops near Khan al-Assal.",
            "armed_clash",
            ["opposition"],
        ),
        (
            "Rebels fired improvised rocket launchers at the town of Mhardeh.",
            "shelling",
            ["opposition"],
        ),
        # an acronym in brackets is part of the name
        (
            "Fighters of the Syrian Democratic Forces (SDF) responded to the sources of fire.",
            "armed_clash",
            ["sdf"],
        ),
        # what a state medium called it names who did it
        (
            "A drone fired a missile at a car near Baath city on Thursday, killing the driver, in "
            'what SANA called "an Israeli aggression".',
            "air_strike",
            ["israel"],
        ),
        (
            "Air strike on the poultry farm attributed to a Russian aircraft.",
            "air_strike",
            ["russia"],
        ),
        (
            "Eleven artillery rounds impacted in the groves of Ihsim, fired from the direction of "
            "government positions south of Kafranbel.",
            "shelling",
            ["syrian-government"],
        ),
        (
            "Islamic State militants attacked a column of army trucks on the highway between "
            "al-Sukhnah and Palmyra on Saturday.",
            "armed_clash",
            ["isis"],
        ),
        # the raid of the clause's subject, not of the name nearest to it
        (
            "US-led coalition forces detained a man they described as the leader of an Islamic "
            "State cell in a night raid on the village of Thiban on Tuesday.",
            "armed_clash",
            ["us-led-coalition"],
        ),
        (
            "On 4 December, artillery fire from areas controlled by Turkish forces hit the "
            "town of Tall Refaat.",
            "shelling",
            ["turkey"],
        ),
        # Kurdish media's word for the Turkish-backed factions
        (
            "The Turkish occupation army and its mercenaries shelled the village of Saida.",
            "shelling",
            ["turkey", "opposition"],
        ),
        (
            "Heavy machine-gun and mortar fire exchanged between Syrian army positions and "
            "National Front for Liberation fighters near Afis.",
            "armed_clash",
            ["syrian-government", "opposition"],
        ),
        (
            "Rebels attacked government troops at the artillery academy in Aleppo.",
            "armed_clash",
            ["opposition"],
        ),
        (
            "The army pulled its tanks back from the hills near Busra al-Sham on 3 March, as "
            "the deal required.",
            "commitment",
            ["syrian-government"],
        ),
        ("The rebels have yet to reopen the road to Daraa.", "commitment", ["opposition"]),
        ("Government forces launched an assault on Daraya.", "armed_clash", ["syrian-government"]),
        # a toll clause after a comma: the main clause's subject did it
        (
            "Army units carried out an operation in the countryside of Hama, killing 14 "
            "terrorists.",
            "armed_clash",
            ["syrian-government"],
        ),
        # the one who condemns is the speaker; "committed by" names who did it
        (
            "The Syrian Coalition condemned the massacre committed by Russian aircraft in Idlib.",
            "attack_on_civilians",
            ["russia"],
        ),
        # "Syrian" before the act names the government's forces (and joins another side)
        (
            "Syrian and Russian warplanes struck Kafr Zita on Monday.",
            "air_strike",
            ["syrian-government", "russia"],
        ),
        (
            "Syrian tanks shelled the town of Kafr Zita on Monday.",
            "shelling",
            ["syrian-government"],
        ),
        # the Kurdish internal security forces, counted with the SDF
        (
            "The Asayish detained nine employees of the state bakery in Qamishli.",
            "abduction",
            ["sdf"],
        ),
    ],
)
def test_kind_and_actor(sentence: str, kind: str, actors: list[str]) -> None:
    assert [(r.type.value, r.actors) for r in _reports(sentence)] == [(kind, actors)]


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


def test_subject_before_an_aside_between_commas() -> None:
    (report,) = _reports(
        "Regime forces and pro-government militias, known locally as shabiha, stormed the "
        "town of Qudsaya on Friday."
    )
    assert report.actors == ["syrian-government", "pro-government-militias"]
    (clause,) = _reports(
        "Meanwhile, army units moved on Rastan on Tuesday, killing 14 fighters of Jabhat "
        "al-Nusra, a source said."
    )
    # a whole clause before the comma is no aside; its subject did what the toll tells
    assert clause.actors == ["syrian-government"]


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


def test_names_given_to_an_act_and_history_are_no_new_events() -> None:
    body = (
        "Turkish jets bombed a house in Jindires on Monday, killing five people.\n\n"
        "The Syrian foreign ministry called the raid a massacre.\n\n"
        "Syria joined the convention in 2013, weeks after a sarin attack near Damascus."
    )
    (raid,) = _reports(body)
    assert raid.type is EventType.AIR_STRIKE


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


def test_the_accused_party_failed_not_the_accuser() -> None:
    (report,) = _reports(
        "Rebels in Talbiseh accused the government on Friday of failing to free dozens of "
        "detainees by the deadline set in a local deal."
    )
    assert report.type is EventType.COMMITMENT
    # the accused ("the government") failed, not "opposition": they accuse
    assert report.actors == ["syrian-government"]
    assert [(c.claimant_actor_id, c.stance.value) for c in report.claims] == [
        ("opposition", "commitment_unmet")
    ]


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


@pytest.mark.parametrize(
    "sentence",
    [
        "The office did not say who it held responsible for the breaches, most of which it "
        "described as artillery, rocket and small-arms fire across the front lines.",
        "Shopkeepers in Kafranbel said they feared more raids on the street.",
        "Aid workers in Idlib say kidnappings for ransom have become more common this year.",
        "Terrorist organizations have repeatedly targeted residential neighbourhoods in Damascus "
        "with mortar shells, claiming the lives of hundreds of civilians over the past years.",
        # what a campaign has done since it began is a trend, not an incident
        "Government forces have retaken most of Eastern Ghouta since launching an offensive "
        "in February.",
        "More than 1,000 terrorists have been neutralised since the start of Operation Peace "
        "Spring, the ministry said.",
        # how the fighting already told began, and why
        "The fighting broke out last week after the SDF removed the head of its Deir ez-Zor "
        "Military Council from his post.",
        # what a truce ended, told as a span of time
        "The truce brought to an end nearly a month of bombardment of the enclave.",
        # a deployment still to come
        "Russian military police are to be deployed in the buffer zone.",
    ],
)
def test_descriptions_fears_and_trends_are_no_events(sentence: str) -> None:
    assert _reports(sentence) == []


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


def test_those_who_came_under_fire_are_its_targets() -> None:
    (clash,) = _reports("A Turkish patrol came under machine-gun fire near Ain Issa on Monday.")
    assert (clash.actors, clash.targets) == ([], ["turkey"])


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


def test_a_syrian_ceasefire_is_no_act_of_the_government() -> None:
    (truce,) = _reports("A nationwide Syrian ceasefire came into force on Friday.")
    assert "syrian-government" not in truce.actors


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
