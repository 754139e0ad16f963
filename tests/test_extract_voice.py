"""Transcripts, statements and reports in their author's own voice: who speaks in a turn,
what "we" and "our" name, which question an answer is about, and whose account a
statement, bulletin or field report is (texts written for this test)."""

from __future__ import annotations

import datetime as dt

from tests.texts import claims_of as _stances
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
