"""Transcripts and statements given in full: who speaks in a turn, what "we" and "our"
name, and which question an answer is about (texts written for this test)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of, stances_of
from truce.extract.actors import default_catalogue
from truce.extract.sentences import split_sentences
from truce.extract.voice import Voices
from truce.model import EventType, Report, Stance

PUBLISHED = dt.date(2019, 11, 28)  # a Thursday

BRIEFING = """Ankara, 28 November 2019. Weekly press briefing at the Turkish Defence Ministry.

SPOKESMAN: On Tuesday evening, YPG terrorists fired mortar rounds at one of our bases south \
of Ras al-Ain, wounding two of our soldiers. Our artillery returned fire at once.

QUESTION: The SDF has accused Turkey of killing a woman in a drone strike near Amuda on \
Sunday. Was it a Turkish drone?

SPOKESMAN: No. I can tell you that our aircraft did not carry out any strike near Amuda \
on Sunday. This is the usual black propaganda of the terrorist organisation.
"""

STATEMENT = """DAMASCUS - Following is the text of a statement issued on Wednesday by the \
General Command of the Army and Armed Forces, as carried by SANA.

"On 21 April, terrorists of Jabhat al-Nusra attacked military posts on the outskirts of \
al-Rastan. Our units repelled the attack, killing nine terrorists."

Residents said the town was quiet on Thursday.
"""


def _reports(body: str) -> list[Report]:
    return reports_of(body, PUBLISHED, "Syria update")


def _stances(report: Report) -> set[tuple[str | None, Stance]]:
    return {(c.claimant_actor_id, c.stance) for c in report.claims}


def test_first_person_in_a_turn_names_the_speaker() -> None:
    mortars, returned, _strike = _reports(BRIEFING)
    assert (mortars.actors, mortars.targets) == (["sdf"], ["turkey"])  # "our bases"
    assert returned.actors == ["turkey"]  # "Our artillery returned fire"
    assert ("turkey", Stance.REPORTS) in _stances(mortars)  # the speaker tells of it


def test_a_question_put_to_a_spokesman_names_his_side_by_your() -> None:
    body = (
        "Press briefing by the spokesman of the Syrian Arab Army's Southern Command.\n\n"
        "Q: Residents of Nawa say your artillery shelled farms outside the town on Monday and "
        "wounded two boys. Did the army fire on Nawa?\n\n"
        "A: No. Not one round was fired towards Nawa on Monday.\n\n"
        "Q: If the gunmen do not hand over their weapons, what will happen?\n\n"
        "A: If the armed men who remain there do not hand over their weapons, the army will "
        "enter the area."
    )
    (shelling,) = reports_of(body, dt.date(2019, 8, 22), "Transcript")
    assert shelling.actors == ["syrian-government"]
    assert ("syrian-government", Stance.DENIES) in _stances(shelling)


def test_a_speaker_who_owns_the_act_asked_about_is_its_actor() -> None:
    body = (
        "Interview with a commander of the National Front for Liberation, by telephone.\n\n"
        "Q: State television says gunmen attacked an army checkpoint near Kafr Nabudah "
        "overnight. Was it your men?\n\n"
        "A: Yes. We killed four soldiers at the checkpoint, and all of our men came back safely."
    )
    (attack,) = reports_of(body, dt.date(2019, 6, 25), "Interview")
    assert attack.actors == ["opposition"]


def test_the_one_interviewed_speaks_for_the_side_the_header_gives_her() -> None:
    # the header names another state first; the spokeswoman is the SDF's
    body = (
        "MANBIJ (Test Wire) - For weeks Turkey's ministers have spoken of a new offensive. "
        "Hevin Omar is a spokeswoman for the Syrian Democratic Forces on the Manbij front.\n\n"
        "Q: What happened this week?\n\n"
        "A: On Thursday night a Turkish drone hit a car carrying two of our fighters near Tal "
        "Rifaat. Both were killed."
    )
    (strike,) = reports_of(body, dt.date(2022, 6, 6), "Test Wire")
    assert (strike.actors, strike.targets) == (["turkey"], ["sdf"])
    assert ("sdf", Stance.REPORTS) in _stances(strike)


def test_an_interviews_answers_count_days_from_the_day_it_was_held() -> None:
    body = (
        "MANBIJ (Test Wire) - Hevin Omar is a spokeswoman for the Syrian Democratic Forces. She "
        "spoke to Test Wire by telephone on Saturday, 4 June.\n\n"
        "Q: What happened this week?\n\n"
        "A: Yesterday morning a Turkish drone hit a car carrying two of our fighters near Tal "
        "Rifaat."
    )
    (strike,) = reports_of(body, dt.date(2022, 6, 6), "Test Wire")  # published on the Monday
    assert (strike.date.start, strike.date.end) == (dt.date(2022, 6, 3), dt.date(2022, 6, 3))
    # ... however the header says it was held ("answered our questions ... on Saturday")
    answered = body.replace("spoke to Test Wire by telephone", "answered our questions by voice")
    (strike,) = reports_of(answered, dt.date(2022, 6, 6), "Test Wire")
    assert (strike.date.start, strike.date.end) == (dt.date(2022, 6, 3), dt.date(2022, 6, 3))


def test_a_yes_or_no_question_tells_nothing() -> None:
    body = (
        "Briefing by the spokesman of the US-led coalition, 31 August.\n\n"
        "Q: Have you struck anyone trying to reach the convoy?\n\n"
        "A: I will not go into operational details."
    )
    assert reports_of(body, dt.date(2017, 8, 31), "Transcript") == []


def test_our_forces_in_a_partys_own_statement_are_the_party() -> None:
    body = (
        "Statement of the Ministry of Defence of the Syrian Arab Republic\n\n"
        "On Wednesday morning, terrorists targeted the al-Hamdaniyah neighbourhood of Aleppo "
        "with rocket shells, wounding four civilians.\n\n"
        "The Ministry categorically denies the allegations that our forces shelled a popular "
        "market in the town of Ariha on Wednesday."
    )
    reports = reports_of(
        body,
        dt.date(2024, 1, 18),
        "Statement of the Ministry of Defence",
        "Syrian Ministry of Defence",
    )
    market = next(r for r in reports if r.place.name == "Ariha")
    assert market.actors == ["syrian-government"]
    assert ("syrian-government", Stance.DENIES) in _stances(market)


def test_following_is_the_text_of_the_statement_introduces_its_issuers_words() -> None:
    body = (
        "Damascus, SANA - The General Command of the Army and the Armed Forces issued a "
        "statement on Sunday. Following is the text of the statement:\n\n"
        '"On Friday afternoon, our artillery shelled the positions of the ISIS terrorists on the '
        'outskirts of Qara."'
    )
    (shelling,) = reports_of(body, dt.date(2017, 8, 27), "General Command statement", "SANA")
    assert shelling.actors == ["syrian-government"]
    assert ("syrian-government", Stance.REPORTS) in _stances(shelling)


def test_a_statement_printed_unquoted_after_its_introduction_is_its_issuers() -> None:
    """The issuer named in the lead ("the General Command" in the introduction); its units
    and air force are its own, and the partner joined to them acts too; a toll clause's
    actor is the quoted sentence's subject."""
    body = (
        "Deir ez-Zor, SANA - The General Command of the Army and the Armed Forces announced "
        "on Tuesday evening that the siege of the city was over.\n\n"
        "Following is the text of the statement issued by the General Command:\n\n"
        "Over the past 72 hours, our units advancing along the Sukhnah road took control of "
        "the villages of Kabajeb and al-Shoula, killing dozens of terrorists.\n\n"
        "Overnight, our air force and the friendly Russian air force carried out intensive "
        "strikes on the terrorists' gatherings around the cemetery."
    )
    clash, strike = reports_of(body, dt.date(2017, 9, 5), "General Command statement", "SANA")[-2:]
    assert clash.actors == ["syrian-government"]
    assert strike.actors == ["syrian-government", "russia"]
    assert ("syrian-government", Stance.REPORTS) in _stances(strike)
    quoted = body.replace("Over the past 72 hours, our units", '"Our units').replace(
        "terrorists.\n", 'terrorists."\n'
    )
    clash = reports_of(quoted, dt.date(2017, 9, 5), "General Command statement", "SANA")[-2]
    assert clash.actors == ["syrian-government"]


def test_an_answer_is_about_the_question_it_answers() -> None:
    strike = _reports(BRIEFING)[-1]
    assert strike.type.value == "air_strike"
    assert {("sdf", Stance.ACCUSES), ("turkey", Stance.DENIES)} <= _stances(strike)


def test_a_statement_given_in_full_is_its_issuers_words() -> None:
    (attack,) = _reports(STATEMENT)
    assert attack.actors == ["jfs"]
    assert ("syrian-government", Stance.REPORTS) in _stances(attack)


def test_statements_under_headings_are_their_issuers_words() -> None:
    body = (
        "Texts of two statements issued on Monday, as translated by the agency.\n\n"
        "1. MINISTRY OF NATIONAL DEFENCE OF THE REPUBLIC OF TURKEY - PRESS RELEASE\n\n"
        "On Sunday night, PKK/YPG terrorists fired mortar rounds at our base near Tal Abyad. "
        "Two of our soldiers were lightly wounded.\n\n"
        "2. AUTONOMOUS ADMINISTRATION OF NORTH AND EAST SYRIA - STATEMENT TO PUBLIC OPINION\n\n"
        "On Sunday, a Turkish drone struck a car near Ain Issa, killing two of our security "
        "officers. None of our units fired at any Turkish base on Sunday."
    )
    mortars, drone = reports_of(body, dt.date(2022, 6, 21), "Two statements")
    assert "turkey" in mortars.targets
    assert {("turkey", Stance.REPORTS), ("sdf", Stance.DENIES)} <= _stances(mortars)
    assert ("sdf", Stance.REPORTS) in _stances(drone)


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


def test_the_enemy_is_the_party_a_statement_named_so() -> None:
    body = (
        'The army command said in a statement: "At dawn today, the Israeli enemy fired several '
        "missiles from the occupied Golan at our positions near Quneitra. At the same time, enemy "
        "artillery "
        "shelled the outskirts of the town of Jubata al-Khashab, wounding a shepherd. What the "
        "enemy described as a rocket launch was in fact an air-defence missile that strayed "
        'from its path."'
    )
    strike, shelling = reports_of(body, dt.date(2021, 7, 18), "Quneitra")
    assert strike.actors == shelling.actors == ["israel"]
    assert "israel" not in {c.claimant_actor_id for c in shelling.claims}


def test_voices_only_where_a_transcript_or_statement_says_so() -> None:
    catalogue = default_catalogue()
    article = "SANA: Rebels shelled Aleppo.\n\nWe do not know who fired, residents said."
    for body, expected in (
        (BRIEFING, [None, "turkey", None, "turkey"]),
        (STATEMENT, [None, "syrian-government", None]),
        (article, [None, None]),  # a label with no question turn is no transcript
    ):
        voices = Voices(body, catalogue)
        heard = {s.paragraph: voices.of(s) for s in split_sentences(body)}
        assert list(heard.values()) == expected


def test_a_monitors_own_report_claims_what_it_tells() -> None:
    """A field report tells incidents in its own name: each is its author's claim."""
    body = (
        "Our researchers in Daraa recorded the following incidents.\n\n"
        "On Monday, government forces shelled the town of Tafas, wounding two women."
    )
    (shelling,) = reports_of(body, PUBLISHED, "Daily bulletin: Daraa governorate", "Daraa Watch")
    assert [(c.claimant, c.stance) for c in shelling.claims] == [("Daraa Watch", Stance.REPORTS)]


def test_a_monitors_daily_toll_claims_what_it_tells() -> None:
    body = (
        "A fighter of the National Front for Liberation was killed by sniper fire from "
        "government forces near Qalaat al-Madiq on Monday."
    )
    (killing,) = reports_of(body, PUBLISHED, "Daily death toll | Two killed", "Daraa Watch")
    assert [(c.claimant, c.stance) for c in killing.claims] == [("Daraa Watch", Stance.REPORTS)]


def test_a_news_story_is_not_its_authors_own_report() -> None:
    body = (
        'On Monday, government forces shelled the town of Tafas, wounding two women. "Our '
        'staff treated them," a doctor said.'
    )
    (shelling,) = reports_of(body, PUBLISHED, "Syria update", "Test Wire")
    assert all(c.claimant != "Test Wire" for c in shelling.claims)


def test_an_agencys_own_dispatch_is_its_claim() -> None:
    """ "Provinces, SANA - ...": the state agency's own report, so its incidents are its claims."""
    body = (
        "Provinces, SANA - A citizen was martyred and five others were injured on Wednesday "
        "when terrorist organizations fired mortar shells on Jaramana."
    )
    (shelling,) = reports_of(body, PUBLISHED, "Citizen martyred in Jaramana")
    assert [(c.claimant_actor_id, c.stance) for c in shelling.claims] == [("sana", Stance.REPORTS)]
    assert shelling.fatalities is not None and shelling.fatalities.best == 1  # "a citizen"


def test_a_count_someone_registers_is_their_charge() -> None:
    (count,) = reports_of(
        "The Russian Centre for Reconciliation registered 11 violations of the ceasefire in "
        "Idlib over the past 24 hours.",
        PUBLISHED,
    )
    assert [(c.claimant_actor_id, c.stance) for c in count.claims] == [("russia", Stance.ACCUSES)]


def test_a_statements_ledger_of_terms_kept_broken_and_counted() -> None:
    body = (
        "We, the Local Council of Tafas, owe our people an account of the truce agreed on "
        "Saturday 5 January.\n\n"
        "- Yesterday the water directorate restored the supply to the houses of the town, as "
        "the truce provided.\n"
        "- Not one of the 23 men from our town held in the government's prisons has been "
        "freed.\n"
        "- The 4th Division has still not pulled its men out of the houses it seized on the "
        "Daraa road.\n"
        "- The day before yesterday, a sniper posted in one of those houses shot and wounded a "
        "woman on her roof in Tafas.\n"
        "- Our observers have counted nine breaches of the truce by the 4th Division."
    )
    reports = reports_of(
        body, dt.date(2019, 1, 17), "Statement by the Local Council of Tafas on the truce"
    )
    kinds = [r.type.value for r in reports]
    assert kinds.count("commitment") == 3 and "armed_clash" not in kinds
    assert "attack_on_civilians" in kinds
    (count,) = [r for r in reports if r.type.value == "violation_accusation"]
    assert (count.actors, count.targets) == ([], ["syrian-government"])
    assert "syrian-government" not in {c.claimant_actor_id for c in count.claims}


def test_a_field_report_named_at_its_head_and_our_correspondent() -> None:
    """The genre at the head of the body ("... COMMITTEE Field report No. 14.") makes it
    the committee's own report; "our correspondent reported" is the author's word."""
    body = (
        "NORTHERN HOMS ZONE - CEASEFIRE MONITORING COMMITTEE Field report No. 14.\n\n"
        "Nine artillery shells impacted in a residential quarter of Taldou on 20 August."
    )
    (shelling,) = reports_of(body, PUBLISHED, "Report", "Homs Committee")
    assert [(c.claimant, c.stance) for c in shelling.claims] == [("Homs Committee", Stance.REPORTS)]
    (clash,) = reports_of(
        "Fighting flared again near Kinsabba on Tuesday, our correspondent in the area reported.",
        PUBLISHED,
        "Syria update",
        "Test Wire",
    )
    assert [(c.claimant, c.stance) for c in clash.claims] == [("Test Wire", Stance.REPORTS)]


def test_a_plain_report_gives_way_to_the_same_claimants_stance() -> None:
    (strike,) = reports_of(
        "Russian jets struck a market in Maarat al-Numan on Sunday, killing eleven people, "
        "activists said. The Russian defence ministry said eleven people had been killed. It "
        "said the strike only targeted militants.",
        PUBLISHED,
    )
    stances = [c.stance for c in strike.claims if c.claimant_actor_id == "russia"]
    assert stances == [Stance.JUSTIFIES]


def test_a_bulletin_in_its_own_name_is_its_sources_claim_over_its_24_hours() -> None:
    """The Russian centre's bulletin, published by the defence ministry: its incidents
    are Russia's claims, and one given no day happened in the 24 hours it covers."""
    body = (
        "Bulletin of the Russian Centre for Reconciliation, 21 March 2017.\n\n"
        "Over the past 24 hours, the centre registered 11 violations of the ceasefire.\n\n"
        "From the area of Jabal al-Akrad, militants of Jabhat al-Nusra shelled the "
        "settlement of Salma with mortars, wounding one serviceman."
    )
    published = dt.date(2017, 3, 21)
    count, shelling = reports_of(body, published, "Syria", "Russian Ministry of Defence")
    assert [c.claimant_actor_id for c in shelling.claims] == ["russia"]
    assert (shelling.date.start, shelling.date.end) == (dt.date(2017, 3, 20), published)
    assert (count.date.start, count.date.end) == (published, published)  # the bulletin's day


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


def test_our_agencys_correspondent_is_the_author() -> None:
    (shelling,) = reports_of(
        "The Turkish army shelled the villages of Saida and Mu'allaq west of Ain Issa yesterday "
        "evening, our agency's correspondent reported.",
        PUBLISHED,
        source="ANHA",
    )
    assert [(c.claimant, c.stance) for c in shelling.claims] == [("ANHA", Stance.REPORTS)]


def test_a_tables_rows_are_incidents_and_their_last_cell_the_source() -> None:
    body = (
        "Our field network logged 17 breaches of the ceasefire during the week. Each line "
        "reads: date | place | what happened | casualties | source.\n\n"
        "7 May | Maarat al-Numan | Russian jets struck the vegetable market | 5 civilians "
        "killed | local activists\n\n"
        "9 May | al-Suqaylabiyah | rockets fired by rebel factions hit a residential street | "
        "1 civilian wounded | SANA"
    )
    count, strike, rockets = reports_of(body, dt.date(2019, 5, 13), "Weekly incident table")
    assert count.type is EventType.VIOLATION_ACCUSATION
    assert [c.claimant_actor_id for c in strike.claims] == ["activists"]
    assert [c.claimant_actor_id for c in rockets.claims] == ["sana"]
    assert strike.targets == ["civilians"] and strike.date.start == dt.date(2019, 5, 7)
    # a digest entry's text that opens with a name is no source cell: its name acts
    (raid,) = reports_of(
        "- QUNEITRA COUNTRYSIDE | 07:50 | Regime warplanes and Russian jets struck the town of "
        "Masharah at dawn, killing three civilians.",
        dt.date(2018, 7, 18),
        "Evening digest",
    )
    assert raid.actors == ["syrian-government", "russia"]
    assert "syrian-government" not in {c.claimant_actor_id for c in raid.claims}


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


def test_a_statement_is_its_issuers_own_account() -> None:
    body = (
        "Translated from Arabic. Statement No. 14, issued by the Local Council of Kansafra.\n\n"
        "First: On Monday, the eastern neighbourhood of our town was struck by a barrage of "
        "eleven rocket and artillery shells, wounding four civilians."
    )
    title = "Statement by the Local Council of Kansafra on the shelling of the town's school"
    (shelling,) = reports_of(body, dt.date(2020, 6, 10), title, "Kansafra Local Council")
    assert ("Kansafra Local Council", Stance.REPORTS) in {
        (c.claimant, c.stance) for c in shelling.claims
    }


def test_a_document_that_says_what_it_is_is_its_authors_account() -> None:
    body = (
        "UN Human Rights Office, Syria update, Geneva, 15 June 2021\n\n"
        "This update lists incidents between 1 and 14 June 2021 in Idleb governorate in which "
        "civilians were killed or injured.\n\n"
        "On 6 June, an air strike hit a poultry farm on the outskirts of Maaret Misreen, "
        "killing a farmer."
    )
    (strike,) = reports_of(body, dt.date(2021, 6, 15), "Civilian casualties", "OHCHR Syria")
    assert ("OHCHR Syria", Stance.REPORTS) in {(c.claimant, c.stance) for c in strike.claims}


def test_the_command_is_the_body_a_joint_command_was_named_of() -> None:
    body = (
        "On Sunday, the joint command of the Syrian Democratic Forces declared the truce in "
        "al-Sur over. In the same statement, the command said the army had violated the truce "
        "23 times since it took effect."
    )
    reports = reports_of(body, dt.date(2023, 8, 21), "Truce over")
    (count,) = [r for r in reports if r.type.value == "violation_accusation"]
    assert count.actors == ["sdf"]


def test_a_statement_quoted_after_its_introduction_is_its_speakers() -> None:
    """ "X issued the following statement" or "carried a statement by X:", then the quoted
    statement: its "our" is X's, and what it tells is X's claim; the story goes on after."""
    body = (
        "ANKARA (Test Wire) - Turkey's Ministry of National Defence issued the following "
        "statement on Thursday.\n\n"
        '"On Wednesday evening, terrorists fired mortar rounds at our positions south of Ras '
        'al-Ain."\n\n'
        "The next day, the Syrian army's General Command carried a statement by its "
        "spokesman:\n\n"
        '"Our units repelled an attack by terrorist groups on positions near Morek on '
        'Thursday."\n\n'
        "On Friday, rebels shelled the town of Mhardeh, a monitor said."
    )
    shelling, clash, rebels = reports_of(body, PUBLISHED, "Syria update", "Test Wire")
    assert shelling.targets == ["turkey"]
    assert ("turkey", "reports") in stances_of(shelling)
    assert clash.actors == ["syrian-government"]
    assert all(c.claimant_actor_id != "syrian-government" for c in rebels.claims)


def test_acts_under_two_place_headings_are_two_acts() -> None:
    """A line of capitals naming a place heads a section: an air strike told under "HOMS
    DESERT" is not the one told under "IDLIB", though the same air force flew both."""
    body = (
        "IDLIB\n\n"
        "Russian warplanes carried out four air strikes on the outskirts of Badama on Monday "
        "morning.\n\n"
        "HOMS DESERT\n\n"
        "Two soldiers were killed when ISIS cells attacked their position east of al-Sukhnah "
        "on Monday. Russian warplanes then carried out more than 20 air strikes on the area."
    )
    kinds = [r.type.value for r in reports_of(body, PUBLISHED, "Daily toll", "Test Wire")]
    assert kinds == ["air_strike", "armed_clash", "air_strike"]


def test_a_daily_toll_dates_its_items_by_the_day_it_documents() -> None:
    body = (
        "The Syrian Observatory for Human Rights has documented the death of two people "
        "across Syria on Monday, August 17, 2020.\n\n"
        "A fighter of the National Front for Liberation was killed by sniper fire near Qalaat "
        "al-Madiq."
    )
    (killing,) = reports_of(
        body, dt.date(2020, 8, 18), "Daily death toll | Two killed", "Syrian Observatory"
    )
    assert (killing.date.start, killing.date.end) == (dt.date(2020, 8, 17), dt.date(2020, 8, 17))


def test_a_summary_of_a_speakers_remarks_is_the_speakers_account() -> None:
    body = (
        "Briefing the Security Council this morning, the UN Special Envoy for Syria said the "
        "truce had given Idlib a reprieve. Below is a summary of his remarks.\n\n"
        "Civilians. On Friday an air strike hit tents in a camp for displaced families near "
        "Qah, killing eight civilians."
    )
    (strike,) = reports_of(body, PUBLISHED, "Envoy briefs the Council", "UN News")
    assert ("un", "reports") in stances_of(strike)


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


def test_letters_read_as_follows_are_the_words_of_the_intros_subject() -> None:
    body = (
        "Damascus, SANA - The Ministry of Foreign Affairs and Expatriates sent a letter on "
        "Monday to the UN Secretary-General about the crimes of the US-led coalition. The "
        "letter read as follows:\n\n"
        '"On Saturday, coalition warplanes bombed a market in the town of Hajin, killing 12 '
        'civilians."'
    )
    (strike,) = _reports(body)
    assert {c.claimant_actor_id for c in strike.claims} == {"syrian-government"}


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
