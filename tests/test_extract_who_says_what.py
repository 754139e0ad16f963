"""Who says what of an act told: claims of responsibility, denials and the act each is of,
a speaker set against another, and what is no claim about the act (texts written for this
test)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import claims_of as _stances
from tests.texts import reports_of
from truce.model import EventType, Report, Stance

PUBLISHED = dt.date(2019, 11, 28)  # a Thursday


def _reports(body: str) -> list[Report]:
    return reports_of(body, PUBLISHED, "Syria update")


def test_a_denial_is_of_the_act_on_whom_it_names() -> None:
    body = (
        "On Monday evening, YPG fighters fired mortar rounds at a Turkish base south of Ras "
        "al-Ain, the Turkish defence ministry said. YPG fighters also fired rockets at the town "
        "of Azaz, wounding three civilians, it said.\n\n"
        "The SDF said none of its units had fired at any Turkish base."
    )
    base, town = reports_of(body, dt.date(2022, 6, 21), "Ras al-Ain")
    assert ("sdf", Stance.DENIES) in _stances(base)
    assert ("sdf", Stance.DENIES) not in _stances(town)


def test_a_plain_report_gives_way_to_the_same_claimants_stance() -> None:
    (strike,) = reports_of(
        "Russian jets struck a market in Maarat al-Numan on Sunday, killing eleven people, "
        "activists said. The Russian defence ministry said eleven people had been killed. It "
        "said the strike only targeted militants.",
        PUBLISHED,
    )
    stances = [c.stance for c in strike.claims if c.claimant_actor_id == "russia"]
    assert stances == [Stance.JUSTIFIES]


def test_a_name_described_between_commas_still_speaks() -> None:
    body = (
        "Unknown gunmen abducted a journalist in Idlib city on Saturday.\n\n"
        "Hayat Tahrir al-Sham, the jihadist alliance that controls the city, denied any role "
        "in the abduction."
    )
    (abduction,) = reports_of(body, PUBLISHED)
    assert ("hts", Stance.DENIES) in _stances(abduction)
    assert abduction.targets == ["civilians"]  # a journalist


def test_according_to_the_observatory_is_its_claim() -> None:
    (strike,) = reports_of(
        "Government helicopters dropped barrel bombs on Quneitra on Sunday, killing three "
        "fighters, according to the Observatory.",
        PUBLISHED,
    )
    assert [c.claimant_actor_id for c in strike.claims] == ["sohr"]


@pytest.mark.parametrize(
    ("claim", "actors"),
    [
        ("On Thursday, Islamic State claimed the attack through its Amaq news agency.", ["isis"]),
        ("No group claimed the attack.", []),
    ],
)
def test_who_claimed_the_attack_did_it_by_its_own_claim(claim: str, actors: list[str]) -> None:
    body = (
        "Gunmen ambushed a bus carrying soldiers near al-Sukhnah on Wednesday, killing nine of "
        f"them, the state news agency SANA said.\n\n{claim}"
    )
    (ambush,) = reports_of(body, dt.date(2021, 3, 11), "Bus ambushed near al-Sukhnah")
    assert ambush.actors == actors


def test_a_denial_is_of_the_act_one_is_accused_of_not_one_suffered() -> None:
    body = (
        "Russian air defences at the Hmeimim air base shot down five drones launched by Hayat "
        "Tahrir al-Sham militants on Thursday night, the Russian Defence Ministry said.\n\n"
        "Later on Friday, warplanes bombed the vegetable market in Darkush, killing six people, "
        "local activists said.\n\n"
        "The Russian Defence Ministry flatly rejected the account, saying its pilots had flown "
        "no missions anywhere in the Idlib zone."
    )
    drones, market = reports_of(body, dt.date(2019, 9, 7), "Drones downed over Hmeimim")
    assert ("russia", Stance.DISPUTES) in _stances(market)
    assert all(c.stance is not Stance.DISPUTES for c in drones.claims)


@pytest.mark.parametrize(
    ("body", "published", "said", "not_said"),
    [
        # a charge of using the act as a pretext is no charge of the act
        ("A bomb exploded beside buses carrying evacuees outside Qalaat al-Madiq on Monday, "
         "killing four people.\n\nA member of the government's reconciliation committee told "
         "state television that the government remained committed to the deal and accused the "
         "rebels of using the bombing as an excuse to win more concessions.",
         dt.date(2017, 4, 11), None, ("syrian-government", Stance.ACCUSES)),
        # who "dismissed" a charge denies it; the accuser does not
        ("The SDF accused Turkey of sending a drone to strike a car near Amuda on Monday, "
         "killing two of its fighters. A Turkish defence ministry official dismissed the charge "
         "outright, saying no Turkish drone had crossed into Syrian airspace that day.",
         dt.date(2019, 8, 22), ("turkey", Stance.DENIES), ("sdf", Stance.DENIES)),
        # "the alliance" described before ("X, a Turkish-backed rebel alliance")
        ("Armed men stormed a warehouse of the World Food Programme in Salqin late on Monday, "
         "the UN agency said.\n\nResidents said the gunmen had come from a checkpoint manned by "
         "the National Front for Liberation, a Turkish-backed rebel alliance. The alliance "
         "denied any part in the raid.",
         dt.date(2020, 11, 25), ("opposition", Stance.DENIES), ("activists", Stance.DENIES)),
        # contractions read written out: "hadn't fired" denies as "had not fired" does
        ("Rockets struck the edge of Kessab on Sunday evening, wounding a shepherd, state "
         "television said. A spokesman for the National Front for Liberation said its fighters "
         "hadn't fired that day.",
         dt.date(2019, 3, 4), ("opposition", Stance.DENIES), ("opposition", Stance.REPORTS)),
        # "can't confirm" confirms nothing
        ("Activists said regime helicopters dropped barrel bombs on a school in Kafr Batna on "
         "Tuesday. A State Department spokesman said: \"I can't confirm those specific "
         "reports.\"",
         dt.date(2018, 3, 15), None, ("us", Stance.CONFIRMS)),
        # an account called "a lie" is denied
        ("A roadside bomb exploded beside a Russian patrol near Sarmin on Monday, wounding "
         "three servicemen. Turkey said the bomb had been planted by agents of the regime. A "
         'military source quoted by SANA called the Turkish account "a lie".',
         dt.date(2020, 4, 14), ("sana", Stance.DENIES), ("sana", Stance.REPORTS)),
        # "It said", after a sentence that opened on a speaker and said nothing yet
        ("Syrian state television gave its own account of the night. It said gunmen had fired "
         "rockets at the town of Saraqib shortly after 1 a.m., wounding a civilian.",
         dt.date(2020, 3, 6), ("sana", Stance.REPORTS), None),
        # "the Front" named before as "the National Front for Liberation"
        ("Clashes broke out between National Front for Liberation fighters and regime forces "
         "near Urum al-Kubra on Tuesday. The Front says two of the attackers were killed.",
         dt.date(2020, 8, 25), ("opposition", Stance.REPORTS), None),
        # neither side commenting is no denial
        ("Air strikes hit a street of shops in Ariha on Monday evening, killing 23 people, the "
         "Syrian Observatory for Human Rights said. Residents said they had seen two jets "
         "circling over the town. Neither the Syrian army nor Russia's defence ministry "
         "commented.",
         dt.date(2019, 6, 25), None, ("activists", Stance.DENIES)),
        # an army officer is the army
        ("A government sniper wounded a shepherd on the outskirts of Nawa on Monday night, "
         "local activists said. An army officer in Nawa denied that his men had fired on anyone.",
         dt.date(2017, 10, 18), ("syrian-government", Stance.DENIES), None),
        # a name in brackets before the verb is its subject: the SDF dismissed, not Turkey
        ("Turkey's defence ministry said on Saturday that its troops had struck PKK/YPG "
         "positions near al-Bab with howitzers, an account the Kurdish-led Syrian Democratic "
         "Forces (SDF) dismissed as invented.",
         dt.date(2022, 3, 12), ("sdf", Stance.DENIES), ("turkey", Stance.DENIES)),
        # who denies one thing and accuses of another accuses of that
        ("A spokesman for the rebel factions in the northern Homs countryside denied on Monday "
         "that any rockets had been fired from areas they control, and accused the army of "
         "breaching the de-escalation deal on more than 40 occasions since August began.",
         dt.date(2017, 9, 11), ("opposition", Stance.ACCUSES), ("opposition", Stance.DENIES)),
        # a short relative clause between the name and its verb
        ("On Tuesday evening, three mortar shells fired from the enclave fell on a street in "
         "Jaramana, wounding four civilians, the state news agency SANA said. The rebel factions "
         "that signed the truce denied firing them.",
         dt.date(2017, 7, 26), ("opposition", Stance.DENIES), ("sana", Stance.DENIES)),
        # "no X aircraft had flown", "no violations by the Syrian side": denials
        ("An air strike on the vegetable market in Talbiseh on Tuesday morning killed seven "
         "people, local activists said.\n\nThe Russian Centre for Reconciliation said on Tuesday "
         "evening that no Russian or Syrian aircraft had flown over the zone that day.",
         dt.date(2017, 10, 4), ("russia", Stance.DENIES), ("russia", Stance.REPORTS)),
        ("Government warplanes struck farmland near Saqba on Monday, killing a farmer, local "
         "activists said. Russia's Defence Ministry reported \"no violations by the Syrian side\" "
         "on Monday.",
         dt.date(2017, 7, 26), ("russia", Stance.DENIES), ("russia", Stance.ACCUSES)),
        ("An air strike on the market in Talbiseh killed nine people on Sunday, residents said. "
         "Russia's defence ministry says its aircraft did not fly over the area on Sunday.",
         dt.date(2017, 9, 12), ("russia", Stance.DENIES), ("russia", Stance.REPORTS)),
        # an unnamed source's words, carried by the medium it told
        ("Rebel shells hit Mhardeh on Monday, killing two civilians, a military source told "
         "SANA.", dt.date(2018, 3, 6), ("sana", Stance.REPORTS), None),
        # an official named by a title of the body he speaks for, then his rank and name
        ("Air defence systems at the Hmeimim air base destroyed three drones launched by "
         "militants late on Tuesday, Deputy Head of the Russian Centre for Reconciliation of the "
         "Opposing Sides Rear Admiral Andrei Korovin told journalists on Wednesday.",
         dt.date(2021, 2, 17), ("russia", Stance.REPORTS), None),
        # another's account backed, with the act told again: one act, confirmed
        ("Shells fired by Turkish-backed factions hit Ein Issa on Sunday night, killing a "
         "woman, the SDF said.\n\nRussia's Reconciliation Centre backed that account in a "
         "statement on Monday, saying militants had fired 14 mortar bombs at Ein Issa.",
         dt.date(2020, 12, 8), ("russia", Stance.CONFIRMS), None),
        # whom a coalition fights is part of its name, not who speaks
        ("Turkish and U.S. troops carried out another coordinated patrol near Manbij on "
         "Wednesday, Turkey's General Staff said. A spokesman for the U.S.-led coalition "
         "against Islamic State confirmed the patrol.",
         dt.date(2018, 7, 19), ("us-led-coalition", Stance.CONFIRMS), ("isis", Stance.CONFIRMS)),
        # "had not fired" is a denial
        ("Turkey's defence ministry said on Monday that SDF militants had shelled its posts "
         "near Ein Issa on Sunday. The SDF said it had not fired a single round.",
         dt.date(2020, 12, 8), ("sdf", Stance.DENIES), ("sdf", Stance.REPORTS)),
        # who denies does not also dispute
        ("An air strike hit a camp near Qah on Wednesday, killing 11 people, the Observatory "
         "said. Russia's Defence Ministry said no Russian aircraft had flown over northern Idlib "
         "on Wednesday. The footage from the camp had been staged for propaganda, it said.",
         dt.date(2021, 10, 14), ("russia", Stance.DENIES), ("russia", Stance.DISPUTES)),
        # "none of its fighters had fired" is a denial
        ("Rockets struck the edge of Kessab on Sunday evening, wounding a shepherd, state "
         "television said. A spokesman for the National Front for Liberation said none of its "
         "fighters had fired that day.",
         dt.date(2019, 3, 4), ("opposition", Stance.DENIES), ("opposition", Stance.REPORTS)),
        # a name described by "whose ..." between commas still speaks
        ("A car bomb exploded at a market in Suluk on Friday, killing three people. The Syrian "
         "Democratic Forces, whose largest component is the YPG, said in a statement that "
         "the bomb had been planted by Turkish-backed factions.",
         dt.date(2019, 12, 14), ("sdf", Stance.ACCUSES), None),
        # how the speaker was reached, between commas: "A commander, reached by telephone, said"
        ("Gunmen abducted two teachers near Tal Hamis on Thursday, the SDF said. A National "
         "Defence Forces commander in the area, reached by telephone, denied that his men had "
         "seized anyone.",
         dt.date(2019, 9, 21), ("pro-government-militias", Stance.DENIES), None),
        # the Syrian state's seat at the UN speaks for the government
        ("Rockets hit the town of Mhardeh on Monday, wounding four children. The representative "
         "of the Syrian Arab Republic told the Council that terrorists had fired them.",
         dt.date(2019, 6, 12), ("syrian-government", Stance.REPORTS), None),
        # "That is a lie", "we have never fired at" deny
        ("Rockets hit al-Suqaylabiyah on Tuesday, wounding four civilians, the Russian Centre "
         "for Reconciliation said. The National Front for Liberation said the charge was a lie "
         "and that its fighters had never fired at the town.",
         dt.date(2019, 6, 25), ("opposition", Stance.DENIES), None),
        # "do not correspond to reality", "No strikes were carried out by" deny
        ("Activists said Russian aircraft bombed a farm outside Badama on 8 June, killing five "
         "civilians. The Russian Centre for Reconciliation said these reports did not "
         "correspond to reality.",
         dt.date(2020, 6, 10), ("russia", Stance.DENIES), ("russia", Stance.REPORTS)),
        ("Activists said Russian aircraft bombed a farm outside Badama on 8 June, killing five "
         "civilians. The Russian Centre for Reconciliation said no strikes were carried out by "
         "its aircraft in the zone on that day.",
         dt.date(2020, 6, 10), ("russia", Stance.DENIES), ("russia", Stance.REPORTS)),
        # the author's framing after "X said," is not X's words
        ("Government artillery shelled the village of Kansafra on Tuesday, killing a woman, the "
         "Syrian Observatory for Human Rights said, in one of the deadliest breaches of the "
         "ceasefire.",
         dt.date(2020, 4, 22), ("sohr", Stance.REPORTS), ("sohr", Stance.ACCUSES)),
        # whose positions the fire came from, in a speaker's words, charges them
        ("On Sunday, shells struck the western edge of Jirud, killing a shepherd, the "
         "Observatory said. The factions said the shells had come from army positions on the "
         "hills above al-Qutayfah.",
         dt.date(2018, 5, 2), ("opposition", Stance.ACCUSES), ("opposition", Stance.REPORTS)),
        # a missed term excused by a government official: who is held and why
        ("The government had released only nine of the 25 residents by the deadline, the SDF "
         "said. A government official in Aleppo told reporters that the remaining 16 were wanted "
         "on criminal charges and that their files were being reviewed by the courts.",
         dt.date(2019, 4, 3), ("syrian-government", Stance.JUSTIFIES), None),
        # "the Syrian Observatory" is the Observatory
        ("The Syrian Observatory says four people were killed in fighting between the army "
         "and gunmen east of Busra al-Sham on Tuesday.",
         dt.date(2019, 8, 22), ("sohr", Stance.REPORTS), None),
        # "Not one round was fired towards X" denies
        ("Residents said army artillery shelled farms outside Tafas on Monday, wounding two "
         "boys. The army's spokesman said not one round was fired towards Tafas that day.",
         dt.date(2019, 8, 22), ("syrian-government", Stance.DENIES), None),
        # a condemnation says nothing of who did it or how; one that accuses still does
        ("A bomb went off outside a mosque in Nubl on Friday, killing six worshippers. Iran's "
         "foreign ministry condemned the bombing.",
         dt.date(2018, 2, 17), None, ("iran", Stance.REPORTS)),
        ("Missiles struck a depot near Kisweh on Friday night. Iran's foreign ministry "
         "condemned the strike as a violation of Syrian sovereignty.",
         dt.date(2018, 2, 17), ("iran", Stance.ACCUSES), None),
        # a speaker's words end where an uncatalogued voice answers it
        ("A shepherd was shot dead near Tafas on Monday. Residents blame soldiers at a "
         "checkpoint; a military source says no soldier opened fire.",
         PUBLISHED, ("activists", Stance.ACCUSES), None),
    ],
)  # fmt: skip
def test_who_says_what_of_a_texts_one_event(
    body: str,
    published: dt.date,
    said: tuple[str, Stance] | None,
    not_said: tuple[str, Stance] | None,
) -> None:
    (event,) = reports_of(body, published, "Syria update")
    claims = _stances(event)
    assert said is None or said in claims
    assert not_said is None or not_said not in claims


def test_what_the_strike_did_by_anothers_account_is_no_other_act() -> None:
    body = (
        "A Turkish drone struck a house in Qaramogh, east of Kobani, late on Wednesday, killing "
        "two farmers, the agency's correspondent reported.\n\nTurkish state media claimed that "
        'the strike had "neutralised two PKK terrorists".'
    )
    (strike,) = reports_of(body, dt.date(2022, 10, 13), "Kobani")
    assert strike.fatalities is not None and strike.fatalities.best == 2
    assert "turkey" in {c.claimant_actor_id for c in strike.claims}


def test_a_denial_is_of_an_act_not_of_the_truce_the_denier_agreed() -> None:
    body = (
        "Northern Homs is one of four de-escalation zones that Russia, Turkey and Iran agreed "
        "to set up at talks in Astana in May.\n\nAn air strike on the vegetable market in "
        "Talbiseh on Tuesday morning killed seven people, local activists said.\n\nThe Russian "
        "Centre for Reconciliation said on Tuesday evening that no Russian or Syrian aircraft "
        "had flown over the zone that day."
    )
    zones, strike = reports_of(body, dt.date(2017, 10, 4), "Northern Homs")
    assert ("russia", Stance.DENIES) in _stances(strike)
    assert all(c.stance is not Stance.DENIES for c in zones.claims)


@pytest.mark.parametrize(
    ("body", "published", "denier"),
    [
        (
            "An air strike hit a school near Hass on Friday, killing five children.\n\nAn aid "
            "convoy bound for Maarrat al-Numan was turned back at a checkpoint on Monday, an aid "
            "agency said.\n\nThe Russian Defence Ministry said no Russian or Syrian aircraft had "
            "flown near Hass on Friday.",
            dt.date(2019, 5, 21),
            "russia",
        ),
        # (of the strikes told before, not of a later fight its allies took part in)
        (
            "07:50 - The Observatory reports at least six coalition air strikes on the area "
            "around the National Hospital in Raqqa overnight.\n\n09:15 - SDF fighters overran the "
            "National Hospital after a fight that lasted through the night, an SDF commander "
            "said.\n\n10:30 - A spokesman for the coalition says its aircraft have not conducted "
            "strikes inside the city since Sunday.",
            dt.date(2017, 10, 17),
            "us-led-coalition",
        ),
    ],
)
def test_a_denial_naming_a_kind_of_act_is_of_the_last_act_of_that_kind(
    body: str, published: dt.date, denier: str
) -> None:
    strike, other = reports_of(body, published, "Syria")
    assert (denier, Stance.DENIES) in _stances(strike)
    assert denier not in {c.claimant_actor_id for c in other.claims}


def test_what_a_denier_says_happened_instead_is_not_what_it_denies() -> None:
    body = (
        "An air strike hit a market in Kafranbel on Monday, killing nine people.\n\nA convoy "
        "of aid trucks was shelled near Khan Touman on Tuesday, the UN said. Russia denied any "
        "involvement and said instead that a drone of the coalition was to blame."
    )
    strike, convoy = reports_of(body, dt.date(2016, 9, 21), "Idlib")
    assert "russia" in {c.claimant_actor_id for c in convoy.claims}
    assert "russia" not in {c.claimant_actor_id for c in strike.claims}


def test_a_denial_of_any_role_after_a_term_not_met_is_of_the_act() -> None:
    bomb, term = reports_of(
        "A roadside bomb exploded beside a Russian patrol near Sarmin on Monday, wounding three "
        "servicemen. Russia said the Turkish side had still not cleared the corridor of "
        "terrorists as the protocol requires. Hayat Tahrir al-Sham denied any role.",
        dt.date(2020, 4, 14),
    )
    assert (bomb.type.value, term.type.value) == ("remote_explosive", "commitment")
    assert ("hts", Stance.DENIES) in _stances(bomb)
    assert "hts" not in {c.claimant_actor_id for c in term.claims}


@pytest.mark.parametrize("joint", [", but the", "; the"])
def test_a_speaker_set_against_the_first_does_not_lend_it_its_denial(joint: str) -> None:
    (strike,) = _reports(
        f"The Observatory said jets hit a bakery in Saqba on Sunday{joint} Russian defence "
        "ministry denied involvement."
    )
    assert _stances(strike) == {("sohr", Stance.REPORTS), ("russia", Stance.DENIES)}


def test_speakers_in_the_plural_present_accuse_and_deny() -> None:
    (shelling,) = _reports(
        "Activists in Kafr Nabl accuse the army of shelling the town on Monday; Russia and the "
        "Syrian government deny it."
    )
    assert _stances(shelling) == {
        ("activists", Stance.ACCUSES),
        ("syrian-government", Stance.DENIES),
        ("russia", Stance.DENIES),
    }


def test_who_is_to_blame_is_no_speaker() -> None:
    (shelling,) = _reports(
        "Shells hit Jasim on Monday. A council member said the army was to blame for the delay."
    )
    assert "syrian-government" not in {c.claimant_actor_id for c in shelling.claims}


@pytest.mark.parametrize(
    "sentence",
    [
        "The SDF declared the pause over on Saturday.",
        "The SDF called the truce off on Saturday night.",
        "The SDF declared the Raqqa agreement dead on Saturday.",
    ],
)
def test_who_declares_a_pause_over_or_calls_a_truce_off_declares_it_over(sentence: str) -> None:
    (over,) = _reports(sentence)
    assert _stances(over) == {("sdf", Stance.DECLARES_OVER)}


def test_the_militia_named_so_after_its_name_is_that_militia() -> None:
    body = (
        "Gunmen of the US-backed QSD militia today prevented two trucks loaded with flour from "
        "reaching the bakeries of Hasakah city.\n\nFive days later the militia has not carried "
        "out any of its obligations. Militia gunmen kidnapped four young men from the "
        "al-Nashwa neighbourhood on Monday."
    )
    _trucks, term, seized = reports_of(body, dt.date(2021, 2, 2), "Hasakah", "SANA")
    assert term.actors == seized.actors == ["sdf"]


def test_obligations_not_carried_out_are_a_term_unmet_not_a_denial() -> None:
    (term,) = reports_of(
        "The militia has not carried out any of its obligations, SANA said.",
        dt.date(2021, 2, 2),
        "Hasakah",
    )
    assert term.type is EventType.COMMITMENT
    assert [(c.claimant_actor_id, c.stance) for c in term.claims] == [
        ("sana", Stance.COMMITMENT_UNMET)
    ]


def test_what_a_speaker_expects_to_do_is_no_claim_about_the_act_before() -> None:
    (capture,) = reports_of(
        "SDF fighters captured the village of al-Shafa on Monday, the Observatory said. SDF "
        "commanders say they expect to clear the pocket within weeks.",
        dt.date(2018, 12, 18),
        "Deir ez-Zor",
    )
    assert [c.claimant_actor_id for c in capture.claims] == ["sohr"]
