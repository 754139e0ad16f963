"""Wordings of less common incidents, read as a careful reader would: their kind, who acted
and whom it hit, and what is no incident (each a general rule, checked on sentences
written for this test)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of
from truce.model import EventType, Report

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


def test_names_given_to_an_act_and_history_are_no_new_events() -> None:
    body = (
        "Turkish jets bombed a house in Jindires on Monday, killing five people.\n\n"
        "The Syrian foreign ministry called the raid a massacre.\n\n"
        "Syria joined the convention in 2013, weeks after a sarin attack near Damascus."
    )
    (raid,) = _reports(body)
    assert raid.type is EventType.AIR_STRIKE


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


def test_those_who_came_under_fire_are_its_targets() -> None:
    (clash,) = _reports("A Turkish patrol came under machine-gun fire near Ain Issa on Monday.")
    assert (clash.actors, clash.targets) == ([], ["turkey"])


def test_a_syrian_ceasefire_is_no_act_of_the_government() -> None:
    (truce,) = _reports("A nationwide Syrian ceasefire came into force on Friday.")
    assert "syrian-government" not in truce.actors
