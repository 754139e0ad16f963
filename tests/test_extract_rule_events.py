"""Incidents the rule extractor reads, and what it reads as none (threats, plans, negations,
history), in the wordings of the batches it was tuned on: short texts written for these
tests, published on Tuesday 20 September 2016 (``tests.texts.rules_document``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import claims_of as _claims
from tests.texts import rules_extraction as _run
from truce.model import EventType, Flag, Stance

# --- events that did not happen ---------------------------------------------------------

NOT_EVENTS = [
    "The US is ready to answer if Moscow decides to intensify bombing of the opposition.",
    "The coalition would strike the positions again.",
    "The army should shell the rebel positions around the town.",
    "Strengthening of air defences will also help to deter air strikes.",
    "Now, the terrorists are aimed to launch attacks on residential areas.",
    "Militants threatened to shell the town.",
    "IS vowed to carry out suicide bombings in Damascus.",
    "The rebels plan to attack civilians in the city.",
    "Coalition jets did not strike the village.",
    "No aircraft struck the convoy.",
    "Such bombings are a demonstration of unity.",
    "Aid has not arrived since the truce began.",
    # what a statement calls for, in any tense
    "The ministry calls on the Security Council to condemn these massacres.",
    # an anniversary's act, years before
    "Seven years after security forces opened fire on protesters in Daraa, the province is "
    "back under government control.",
    # dangers people face, listed
    "Civilians remaining in Raqqa city face air strikes, shelling, snipers and landmines.",
    # a suspect arrested; a count of hits over a year
    "Police arrested a man suspected of planting the bomb in Jisr al-Shughur on Monday.",
    "Kilis, a town across the frontier, has been hit by rockets more than 70 times this year.",
    # what follows a condition, told with a modal
    "If it fails, analysts warn, the next clash could be far bloodier.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_no_event_from_what_did_not_happen(sentence: str) -> None:
    assert _run(sentence).reports == []


def test_positive_controls() -> None:
    (strike,) = _run("Coalition jets struck the village on Saturday.").reports
    assert strike.type is EventType.AIR_STRIKE and strike.flags == []
    (alleged,) = _run("Israeli jets allegedly struck a depot near Damascus.").reports
    assert alleged.flags == [Flag.ALLEGED]
    # what follows a condition, told as done, is an act
    (shelling,) = _run(
        "If the figures are right, the shelling killed 12 civilians in Ariha."
    ).reports
    assert shelling.flags == []
    assert alleged.actors == ["israel"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kurdish-led forces killed 35 Daesh (outlawed in many states) militants in the north.",
        "Army units eliminated dozens of terrorists east of the city on Sunday.",
        "Twenty-four IS terrorists were eliminated near the dam, the ministry said.",
    ],
)
def test_state_media_tolls_of_fighters_are_clashes(sentence: str) -> None:
    """Wording common in official communiques: "eliminated", an aside in brackets."""
    (clash,) = _run(sentence).reports
    assert clash.type is EventType.ARMED_CLASH


def test_aid_convoy_turned_back_is_an_access_incident() -> None:
    (convoy,) = _run("A UN aid convoy was turned back at a checkpoint near the town.").reports
    assert convoy.type is EventType.AID_ACCESS
    (stopped,) = _run("Soldiers stopped a humanitarian convoy at the bridge on Monday.").reports
    assert stopped.type is EventType.AID_ACCESS
    assert _run("An army convoy was turned back by the storm.").reports == []


def test_unkept_promise_read_from_a_trailing_claimant() -> None:
    """ "<what>, X said": the stance is in the words before the claimant."""
    text = "The army has not opened the corridor it promised for the wounded, the UN said."
    (commitment,) = _run(text).reports
    assert commitment.type is EventType.COMMITMENT
    assert _claims(commitment) == {("un", Stance.COMMITMENT_UNMET)}


def test_claiming_responsibility_confirms_and_its_denial_does_not() -> None:
    body = (
        "A car bomb exploded outside a police station in the town, killing six people. "
        "Islamic State claimed responsibility for the attack."
    )
    (bomb,) = _run(body).reports
    assert ("isis", Stance.CONFIRMS) in _claims(bomb)
    quiet = "A car bomb exploded in the market on Friday. No group has claimed responsibility."
    (bomb,) = _run(quiet).reports
    assert all(c.stance is not Stance.CONFIRMS for c in bomb.claims)


@pytest.mark.parametrize(
    ("sentence", "actors", "targets"),
    [
        # (the town shelled is its people, as the village and the market below)
        ("Shelling by rebels on the old town killed two people.", ["opposition"], ["civilians"]),
        (
            "Clashes between government forces and rebels broke out near the dam.",
            ["syrian-government", "opposition"],
            [],
        ),
        # what was hit: a village, a market (civilians, see test_extract_targets.py)
        (
            "Government helicopters dropped barrel bombs on the village.",
            ["syrian-government"],
            ["civilians"],
        ),
        ("Air strikes by Russian jets hit the market.", ["russia"], ["civilians"]),
    ],
)
def test_who_acted_after_by_between_and_in_plain_names(
    sentence: str, actors: list[str], targets: list[str]
) -> None:
    (report,) = _run(sentence).reports
    assert (report.actors, report.targets) == (actors, targets)


def test_the_government_said_is_never_the_last_speaker_when_that_was_activists() -> None:
    """Misattributing a denial is the worst error a monitor can make."""
    body = (
        "Activists said government aircraft dropped toxic gas on the village on Sunday. "
        "The government denied using chemical weapons."
    )
    (attack,) = _run(body).reports
    assert _claims(attack) == {("activists", Stance.REPORTS), ("syrian-government", Stance.DENIES)}
    body = (
        "Activists said a car bomb exploded in the market on Sunday. "
        "The ministry denied the reports."
    )
    (bomb,) = _run(body).reports
    assert _claims(bomb) == {("activists", Stance.REPORTS)}  # no ministry is known here


def test_a_claim_about_the_bombing_refers_to_the_last_attack() -> None:
    body = (
        "A car bomb exploded near a checkpoint in the town on Saturday, killing 60 people.\n\n"
        "Turkey blamed Islamic State militants for the bombing."
    )
    (bomb,) = _run(body).reports
    assert bomb.type is EventType.REMOTE_EXPLOSIVE
    assert ("turkey", Stance.ACCUSES) in _claims(bomb)


def test_joint_speakers_and_victims() -> None:
    (truce,) = _run("Russia and Turkey announced a ceasefire in the city on Tuesday.").reports
    assert truce.actors == ["russia", "turkey"]
    assert _claims(truce) == {("russia", Stance.REPORTS), ("turkey", Stance.REPORTS)}
    # an object joined to a later speaker is not a speaker
    text = "The army used sieges to pressure rebel forces and the UN says aid is blocked."
    assert all(c.claimant_actor_id != "opposition" for r in _run(text).reports for c in r.claims)
    shelled = (
        "Turkish artillery pounded the town on Monday, killing nine civilians, officials said."
    )
    (shelling,) = _run(shelled).reports
    assert (shelling.actors, shelling.targets) == (["turkey"], ["civilians"])
    (bombing,) = _run("Russia and the Assad regime bombed the city on Monday.").reports
    assert bombing.actors == ["russia", "syrian-government"]


def test_a_military_saying_it_only_hits_militants_justifies() -> None:
    body = (
        "Turkish artillery pounded the town on Monday. Turkey said it only targets "
        "militants and avoids harming civilians."
    )
    (shelling,) = _run(body).reports
    assert ("turkey", Stance.JUSTIFIES) in _claims(shelling)


def test_a_denial_after_the_report_is_a_claim_about_it() -> None:
    body = (
        "An air strike destroyed a hospital in the city on Wednesday, killing 27 people. "
        "The Syrian government denied targeting the hospital. Russia said its aircraft "
        "had not flown any missions over the city."
    )
    (strike,) = _run(body).reports
    assert strike.type is EventType.AIR_STRIKE
    assert _claims(strike) == {("syrian-government", Stance.DENIES), ("russia", Stance.DENIES)}


def test_battles_evacuations_and_the_day_before() -> None:
    body = (
        "Rebel fighters and government troops fought fierce battles north of the city on "
        "Wednesday. The previous day, government forces blocked the evacuation of 40 "
        "wounded from the town."
    )
    battle, blocked = sorted(_run(body).reports, key=lambda r: r.evidence[0].start)
    assert battle.type is EventType.ARMED_CLASH
    assert battle.actors == ["opposition", "syrian-government"]
    assert blocked.type is EventType.AID_ACCESS
    assert blocked.date.start == blocked.date.end == dt.date(2016, 9, 13)


def test_the_main_clause_event_beats_one_after_after() -> None:
    text = "Government forces captured the town on Saturday after heavy Russian air strikes."
    (capture,) = _run(text).reports
    assert (capture.type, capture.actors) == (EventType.ARMED_CLASH, ["syrian-government"])
    # a toll is not a main event of its own: the strike stays the event
    (strike,) = _run("Five civilians were killed after air strikes hit the town.").reports
    assert strike.type is EventType.AIR_STRIKE
    assert _run("This photo captured from the border shows smoke rising.").reports == []


def test_according_to_the_ministry_and_the_accused() -> None:
    body = (
        "Russia's defence ministry said it had registered 23 violations.\n\n"
        "According to the ministry, militants shelled residential areas of the city on "
        "Tuesday, wounding three civilians."
    )
    shelling = next(r for r in _run(body).reports if r.type is EventType.SHELLING)
    assert ("russia", Stance.REPORTS) in _claims(shelling)
    text = "The opposition accused government forces of 15 violations, including air raids."
    (raids,) = _run(text).reports
    assert raids.actors == ["syrian-government"]
    assert _claims(raids) == {("opposition", Stance.ACCUSES)}


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Government air strikes on the town killed 12 people.", "syrian-government"),
        ("Rebel shelling of the district wounded five people.", "opposition"),
    ],
)
def test_an_adjective_before_the_event_names_its_actor(sentence: str, actor: str) -> None:
    (report,) = _run(sentence).reports
    assert report.actors == [actor]


def test_a_truce_taking_effect_and_one_that_took_effect_before() -> None:
    text = "A nationwide ceasefire brokered by Russia and Turkey took effect at midnight."
    (truce,) = _run(text).reports
    assert truce.type is EventType.CEASEFIRE_ANNOUNCED
    earlier = "The centre registered 604 breaches since it came into effect on February 27."
    assert all(r.type is not EventType.CEASEFIRE_ANNOUNCED for r in _run(earlier).reports)


def test_claims_about_the_strike_in_later_paragraphs() -> None:
    body = (
        "Coalition jets struck army positions near the airport on Saturday, killing 62 "
        "soldiers.\n\nThe US military said the strike had been unintentional.\n\n"
        "Russia's UN envoy said the attack put the truce at risk."
    )
    (strike,) = _run(body).reports
    assert ("us", Stance.ACCIDENTAL) in _claims(strike)
    assert ("russia", Stance.REPORTS) in _claims(strike)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Missiles struck the air base early on Monday.", EventType.SHELLING),
        ("The army said on Monday that the truce had ended.", EventType.CEASEFIRE_DECLARED_OVER),
        ("Russia announced a humanitarian pause in the city, saying its jets had stopped "
         "bombing.", EventType.CEASEFIRE_ANNOUNCED),
    ],
)  # fmt: skip
def test_missiles_truce_ended_and_pauses(sentence: str, kind: EventType) -> None:
    (report,) = _run(sentence).reports
    assert report.type is kind


def test_war_totals_and_habits_are_no_events_or_tolls() -> None:
    body = (
        "A car bomb exploded at the market on Sunday, killing 12 people. More than 290,000 "
        "people have been killed since the conflict first erupted in March 2011. Rebels have "
        "regularly launched rockets into the city."
    )
    (bomb,) = _run(body).reports
    assert bomb.fatalities is not None and bomb.fatalities.best == 12


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Russia said its jets had not been near the convoy.", Stance.DENIES),
        ("Russia said its experts had found no trace of chemical substances.", Stance.DISPUTES),
        ("Rebels said the army had never respected the truce.", Stance.ACCUSES),
    ],
)
def test_more_stances(sentence: str, stance: Stance) -> None:
    body = f"Shelling hit the town on Sunday, killing 3 people. {sentence}"
    (shelling,) = _run(body).reports
    assert stance in {c.stance for c in shelling.claims}


def test_batch_six_wordings() -> None:
    """Blind-batch errors, fixed in general (see docs/extraction.md)."""
    (bombs,) = _run("Barrel bombs dropped by government helicopters hit a market.").reports
    assert (bombs.actors, bombs.targets) == (["syrian-government"], ["civilians"])
    (blasts,) = _run("Two bombs exploded near the shrine on Saturday, killing 12 people.").reports
    assert blasts.type is EventType.REMOTE_EXPLOSIVE
    text = "Air strikes hit the market on Monday, the Observatory said, blaming Russian jets."
    (strike,) = _run(text).reports
    assert strike.actors == ["russia"]
    text = "Nusra Front and allied rebels captured the town on Friday."
    (capture,) = _run(text).reports
    assert capture.actors == ["jfs", "opposition"]
    body = (
        "Rebels captured the town on Friday after heavy clashes with government forces. "
        "The government said the attack was a violation of the truce."
    )
    (clash,) = _run(body).reports  # the accusation is about the attack: no new event
    assert clash.type is EventType.ARMED_CLASH


def test_news_media_and_monitors_are_never_parties() -> None:
    text = "Syria's official news agency SANA reported that Syrian jets struck the town."
    (strike,) = _run(text).reports
    assert strike.actors == ["syrian-government"]
    text = "Air strikes hit the market, killing 26 civilians, a monitor and activists said."
    (market,) = _run(text).reports
    assert "sohr" not in market.targets


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Turkish troops launched a ground offensive into the district on Sunday.",
         EventType.ARMED_CLASH),
        ("Russian Aerospace Forces destroyed a command post in the province on Sunday.",
         EventType.AIR_STRIKE),
        ("Officials removed most medical supplies from the trucks before they entered.",
         EventType.AID_ACCESS),
    ],
)  # fmt: skip
def test_batch_seven_wordings(sentence: str, kind: EventType) -> None:
    (report,) = _run(sentence).reports
    assert report.type is kind


def test_what_the_accused_did_is_not_the_accusers_would() -> None:
    text = "Rebels said they would fight on and accused Russia of bombing the districts."
    (bombing,) = _run(text).reports
    assert (bombing.type, bombing.actors) == (EventType.AIR_STRIKE, ["russia"])
    assert _run("The army said it would strike the rebels' positions.").reports == []


def test_batch_eight_wordings() -> None:
    (retaken,) = _run("Kurdish forces said they had retaken the villages on Sunday.").reports
    assert (retaken.type, retaken.actors) == (EventType.ARMED_CLASH, ["sdf"])
    (crowd,) = _run("Security forces fired on crowds of demonstrators in the city.").reports
    assert crowd.type is EventType.ATTACK_ON_CIVILIANS
    text = "State media said the pilot ejected, while the rebels said it had shot down the plane."
    assert all(r.actors != ["sana"] for r in _run(text).reports)  # an agency speaks of others


ACCESS_AND_COMMITMENTS = [
    ("A convoy of trucks carrying flour was held by soldiers at the checkpoint.",
     EventType.AID_ACCESS),
    ("A convoy of 18 trucks was held for nine hours by soldiers at a checkpoint.",
     EventType.AID_ACCESS),
    ("Another 25 buses were held at the entrance after soldiers refused to let them through.",
     EventType.AID_ACCESS),
    ("The UN said the evacuation had been halted at the army checkpoint.", EventType.AID_ACCESS),
    ("The UN's request to deliver aid to the camp was rejected by the authorities.",
     EventType.AID_ACCESS),
    ("The checkpoint, which was to be removed by Monday, remained in place.",
     EventType.COMMITMENT),
    ("The first buses carrying fighters left the besieged town on Monday under a deal.",
     EventType.COMMITMENT),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "kind"), ACCESS_AND_COMMITMENTS)
def test_access_incidents_and_commitments(sentence: str, kind: EventType) -> None:
    assert [r.type for r in _run(sentence).reports] == [kind]


def test_batch_nine_wordings() -> None:
    (bomb,) = _run("A bomb planted under a car exploded in the town on Tuesday.").reports
    assert bomb.type is EventType.REMOTE_EXPLOSIVE
    (accusation,) = _run("Damascus says rebels have broken the truce dozens of times.").reports
    assert accusation.type is EventType.VIOLATION_ACCUSATION
    assert _claims(accusation) == {("syrian-government", Stance.ACCUSES)}
    # an absence reported is no event; a party's denial of its own act stays a claim
    assert _run("Residents told the team that no shelling had taken place overnight.").reports == []
    # the accusation's day is not the shelling's
    text = "The SDF accused Turkey on Monday of shelling the village, last weekend."
    (shelling,) = _run(text).reports
    assert (shelling.date.start, shelling.date.end) == (dt.date(2016, 9, 17), dt.date(2016, 9, 18))


def test_batch_ten_wordings() -> None:
    assert _run("The city is a government stronghold and bombings there are rare.").reports == []
    (strike,) = _run("A coalition air strike reportedly killed seven people.").reports
    assert Flag.ALLEGED in strike.flags
    # an update's hedge for what it has not verified
    text = "On 16 March, reports indicate that several shells landed near a clinic in Atareb."
    (shells,) = _run(text).reports
    assert Flag.ALLEGED in shells.flags


def test_batch_eleven_wordings() -> None:
    (rockets,) = _run("Rockets fired by rebels hit a residential street on Friday.").reports
    assert rockets.type is EventType.SHELLING
    text = "The army command said on Wednesday that the rebels had violated the truce."
    (accusation,) = _run(text).reports
    assert (accusation.actors, accusation.targets) == (["syrian-government"], ["opposition"])


def test_long_stories_refer_back() -> None:
    """Batch twelve (long articles): later sentences about the act already reported."""
    body = (
        "Air strikes hit the market in the town of Hajin on Sunday, killing 34 civilians.\n\n"
        "A witness said the first missile hit the fuel stalls.\n\n"
        "SANA accused the US-led coalition of committing a massacre in Hajin. "
        "The coalition said on Monday that its aircraft had struck positions near Hajin on "
        "Sunday and may have hit the market by mistake."
    )
    (strike,) = _run(body).reports
    assert strike.date.start == dt.date(2016, 9, 18)  # Sunday: "said on Monday" dates words
    assert {("sana", Stance.ACCUSES), ("us-led-coalition", Stance.ACCIDENTAL)} <= _claims(strike)
    body = (
        "Air strikes hit a market in Maarat al-Numan on Tuesday, killing 22 people. "
        "Russia's defence ministry denied that its aircraft had carried out any strikes in "
        "the province of Idlib on Tuesday."
    )
    (market,) = _run(body).reports
    assert ("russia", Stance.DENIES) in _claims(market)
    text = "The coalition said its aircraft had carried out 11 strikes near the town on Sunday."
    (raids,) = _run(text).reports
    assert (raids.type, raids.actors) == (EventType.AIR_STRIKE, ["us-led-coalition"])
    text = "Coalition air strikes destroyed two tunnels and a workshop used to build car bombs."
    assert [r.type for r in _run(text).reports] == [EventType.AIR_STRIKE]


def test_truces_and_evacuations_in_long_sentences() -> None:
    text = (
        "A local truce between government forces and rebel factions in the plain of northern "
        "Homs province took effect at noon on Tuesday, the Russian Centre for Reconciliation said."
    )
    (truce,) = _run(text).reports
    assert (truce.type, truce.actors) == (EventType.CEASEFIRE_ANNOUNCED, ["russia"])
    text = (
        "Four buses left the besieged villages on Tuesday, in the first stage of an evacuation "
        "agreed between the government and the rebels."
    )
    assert [r.type for r in _run(text).reports] == [EventType.COMMITMENT]


def test_a_claim_of_responsibility_names_the_actor_and_tolls_carry_over() -> None:
    body = (
        "A suicide bomber blew himself up at a checkpoint on Sunday.\n\n"
        "The death toll rose to 17 on Monday, the monitor said. "
        "Islamic State claimed responsibility for the attack."
    )
    (bombing,) = _run(body).reports
    assert bombing.actors == ["isis"]
    assert bombing.fatalities is not None and bombing.fatalities.best == 17
    # a denial or a plain report names nobody
    body = "A car bomb exploded in the market on Sunday. No group claimed responsibility."
    assert _run(body).reports[0].actors == []


def test_civilians_never_act() -> None:
    text = "Thirteen civilians including four children were killed in missile attacks on Douma."
    (attack,) = _run(text).reports
    assert attack.actors == []
    (shelling,) = _run("Nine civilians died in rebel shelling on Monday.").reports
    assert shelling.actors == ["opposition"]


def test_history_is_not_news() -> None:
    body = (
        "Shells hit the town on Monday, killing two people. "
        "In 2013, a chemical attack on the town killed hundreds of people. "
        "The war has claimed more than 300,000 lives. "
        "In December 2015 three policemen were wounded there. "
        # (an act in an aside, dated long ago outside its clause)
        "Kurdish fighters, backed by coalition air strikes, took the town from ISIS in "
        "October 2015."
    )
    (shelling,) = _run(body).reports
    assert shelling.fatalities is not None and shelling.fatalities.best == 2
    assert shelling.injuries is None
    # "since July 2012" is a duration, not the date of the incident: it is still news
    body = "Rebel shelling killed two civilians in the city that has been divided since July 2012."
    assert len(_run(body).reports) == 1


def test_justifying_an_act_is_about_the_act() -> None:
    body = (
        "Damascus says rebels have broken the truce dozens of times.\n\n"
        "Artillery shelled farmland near the town on Sunday.\n\n"
        "A military source quoted by SANA said troops had only returned fire."
    )
    accusation, shelling = _run(body).reports
    assert ("sana", Stance.JUSTIFIES) in _claims(shelling)
    assert ("sana", Stance.JUSTIFIES) not in _claims(accusation)


def test_a_denial_is_a_claim_and_names_no_actor() -> None:
    (convoy,) = _run("Russia denied that its aircraft had struck the aid convoy.").reports
    assert convoy.type is EventType.AID_ACCESS
    assert convoy.actors == []
    assert _claims(convoy) == {("russia", Stance.DENIES)}
