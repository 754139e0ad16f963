"""Rule extractor behaviour on short texts written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from truce.errors import ExtractError
from truce.extract import Extractor, RuleExtractor, extract, first_event
from truce.extract.actors import default_catalogue, load_catalogue
from truce.extract.lexicon import load_lexicon
from truce.extract.places import fallback_places
from truce.extract.sentences import split_sentences
from truce.geocode import PlaceMention
from truce.ids import content_hash
from truce.model import (
    Document,
    EventType,
    Extraction,
    Flag,
    PlaceRelation,
    Report,
    Stance,
)

PUBLISHED = dt.date(2016, 9, 20)
RULES = RuleExtractor(use_gazetteer=False)


def _doc(body: str, *, title: str | None = None) -> Document:
    return Document(
        id="doc_" + content_hash(body)[:8], title=title, raw_text=body, body=body,
        content_hash=content_hash(body), published=PUBLISHED,
    )  # fmt: skip


def _run(body: str, *, title: str | None = None) -> Extraction:
    return RULES.extract(_doc(body, title=title), source_name="Test Desk")


def _claims(report: Report) -> set[tuple[str | None, Stance]]:
    return {(c.claimant_actor_id, c.stance) for c in report.claims}


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


# --- claims ----------------------------------------------------------------------------

EVENT = "Coalition jets struck Syrian army positions near Deir Ezzor on Saturday. "
STANCES = [
    ("The coalition said it may have hit Syrian forces.", "us-led-coalition", Stance.ACCIDENTAL),
    ("CENTCOM said the strike was a mistake.", "us", Stance.ACCIDENTAL),
    ("Russia denied any involvement.", "russia", Stance.DENIES),
    ("SANA accused the coalition of aggression.", "sana", Stance.ACCUSES),
    ("Damascus government officials blamed Washington.", "syrian-government", Stance.ACCUSES),
    ("The Pentagon confirmed the strike.", "us", Stance.CONFIRMS),
    ("The coalition said the positions were a legitimate target.", "us-led-coalition",
     Stance.JUSTIFIES),
    ("According to the Syrian Observatory for Human Rights, 20 soldiers were killed.", "sohr",
     Stance.REPORTS),
    ("Activists reported heavy damage.", "activists", Stance.REPORTS),
    ("The Syrian government rejected the American version of events.", "syrian-government",
     Stance.DISPUTES),
    ("It's hard to believe in the official version.", None, Stance.DISPUTES),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "claimant", "stance"), STANCES)
def test_claim_stance(sentence: str, claimant: str | None, stance: Stance) -> None:
    (report,) = _run(EVENT + sentence).reports
    assert (claimant, stance) in _claims(report)
    claim = next(c for c in report.claims if c.claimant_actor_id == claimant)
    assert claim.claimant == (default_catalogue().name(claimant) if claimant else "Test Desk")
    assert claim.text == sentence


def test_a_capital_speaks_for_its_government_only_as_a_speaker() -> None:
    denied = "Shells hit Jobar on Monday but Damascus has denied firing them."
    (report,) = _run(denied).reports
    assert _claims(report) == {("syrian-government", Stance.DENIES)}
    accuses = _run("Damascus accuses Turkey of shelling the border village of Kassab.").reports
    assert accuses[0].actors == ["turkey"]
    assert ("syrian-government", Stance.ACCUSES) in _claims(accuses[0])
    # a place where others speak, or the object of a verb: not the government
    for text in (
        "Activists in Damascus said shells hit the Jobar district.",
        "Rebel shells hit Damascus said the ministry.",
    ):
        assert all(
            "syrian-government" not in {c.claimant_actor_id for c in r.claims}
            for r in _run(text).reports
        )


def test_one_sentence_two_claims() -> None:
    sentence = "It is hard to believe the official American version that the strike was accidental."
    (report,) = _run(EVENT + sentence).reports
    assert _claims(report) == {("us", Stance.ACCIDENTAL), (None, Stance.DISPUTES)}


def test_both_incidents_and_later_paragraphs() -> None:
    body = (
        "Coalition jets struck Syrian army positions near Deir Ezzor on Saturday. "
        "On December 6, 2015 coalition warplanes hit an army camp outside Deir Ezzor.\n\n"
        "Rebels shelled Aleppo on Sunday.\n\n"
        "The US said both incidents were accidental."
    )
    first, second, shelling = _run(body).reports
    assert ("us", Stance.ACCIDENTAL) in _claims(first)
    assert ("us", Stance.ACCIDENTAL) in _claims(second)
    assert shelling.claims == []


def test_pronoun_and_casualties_from_a_claim_sentence() -> None:
    body = EVENT + (
        "The Russian Defence Ministry said 62 soldiers were killed and about 100 wounded. "
        "It said the strike was deliberate."
    )
    (report,) = _run(body).reports
    # Russia accuses; its plain report of the toll adds no claim (the sentence is evidence)
    assert _claims(report) == {("russia", Stance.ACCUSES)}
    assert report.fatalities is not None and report.fatalities.best == 62
    assert report.injuries is not None and report.injuries.low is None
    assert len(report.evidence) == 3


# --- actors, targets, places -----------------------------------------------------------


def test_longest_alias_and_modifiers() -> None:
    found = default_catalogue().find(
        "the US-led international coalition against ISIS hit US-backed groups; anti-Assad "
        "forces and us, the IS militants"
    )
    assert [(m.actor_id, m.text) for m in found] == [
        ("us-led-coalition", "US-led international coalition against ISIS"),
        ("opposition", "US-backed groups"),
        ("isis", "IS militants"),
    ]
    # the opposition's National Coalition is not the US-led one
    found = default_catalogue().find("The Istanbul-based National Coalition said")
    assert [(m.actor_id, m.text) for m in found] == [("opposition", "National Coalition")]
    # heads of state act for their states; an air force by its full name
    found = default_catalogue().find("Putin and Erdogan agreed; the Syrian Arab Air Force struck")
    assert [m.actor_id for m in found] == ["russia", "turkey", "syrian-government"]
    found = default_catalogue().find("Fighters of Jaish Khalid bin al-Walid attacked")
    assert [m.actor_id for m in found] == ["isis"]  # the Islamic State's Yarmouk basin branch


def test_the_sides_of_a_clash_that_broke_out_at_a_time_between_them() -> None:
    (clash,) = _run("Clashes broke out at dawn between ISIS and regime forces in Yarmouk.").reports
    assert (clash.actors, clash.targets) == (["isis", "syrian-government"], [])


def test_acts_carried_out_by_whom_the_passive_names() -> None:
    (strikes,) = _run(
        "More than a dozen airstrikes had been carried out overnight in rebel-held districts "
        "of east Aleppo by Syrian regime and Russian warplanes."
    ).reports
    assert (strikes.actors, strikes.targets) == (["syrian-government", "russia"], [])


def test_a_monitor_tells_of_a_truce_it_does_not_make() -> None:
    (pause,) = _run(
        "The Observatory says the army halted its offensive on al-Hajar al-Aswad on Saturday."
    ).reports
    assert pause.type is EventType.CEASEFIRE_ANNOUNCED
    assert pause.actors == ["syrian-government"]


def test_actor_before_target_after_and_passive() -> None:
    (active,) = _run("Russian and Syrian warplanes bombed rebel positions, killing 5.").reports
    assert active.actors == ["russia", "syrian-government"]
    assert active.targets == ["opposition"]
    (passive,) = _run("A UN aid convoy was attacked by pro-government forces.").reports
    assert passive.actors == ["pro-government-militias"]
    assert passive.targets == ["aid-workers"]  # a UN convoy's aid workers (not "the UN")


def test_place_inherited_and_nationwide() -> None:
    body = (
        "Heavy fighting broke out in the town of Marea. Rebels shelled the area overnight.\n\n"
        "The army command declared the end of the truce nationwide."
    )
    clash, shelling, ended = _run(body).reports
    assert (clash.place.name, clash.place.relation) == ("Marea", PlaceRelation.IN)
    assert shelling.place.name == "Marea"
    assert (ended.place.name, ended.place.relation) == ("Syria", PlaceRelation.COUNTRY)


class _Finder:
    """A stand-in gazetteer: knows one name."""

    def find_mentions(self, text: str) -> list[PlaceMention]:
        at = text.find("Tharda")
        return [PlaceMention("Tharda", at, at + 6, PlaceRelation.NEAR, "X1")] if at >= 0 else []


def test_gazetteer_mentions_are_used() -> None:
    extractor = RuleExtractor(places=_Finder())
    (strike,) = extractor.extract(_doc("Coalition jets struck the Tharda hills.")).reports
    assert (strike.place.name, strike.place.relation) == ("Tharda", PlaceRelation.NEAR)
    assert strike.place.gazetteer_id == "X1"


@pytest.mark.parametrize(
    ("text", "name", "relation"),
    [
        ("positions outside the eastern city of Deir Ezzor, supporting", "Deir Ezzor", "near"),
        ("at Urum al-Kubra, west of Aleppo", "Urum al-Kubra", "in"),
        ("shelling in Idlib province", "Idlib", "in"),
        ("in the province of Hama", "Hama", "admin"),
        ("10 km west of Aleppo", "Aleppo", "offset"),
        ("strikes in Syria", "Syria", "country"),
    ],
)
def test_fallback_places(text: str, name: str, relation: str) -> None:
    hit = fallback_places(text)[0]
    assert (hit.name, hit.relation) == (name, PlaceRelation(relation))


def test_no_fallback_place_for_months_or_demonyms() -> None:
    assert fallback_places("in September, near Syrian positions") == []


# --- sentences -------------------------------------------------------------------------


def test_sentences_keep_offsets_and_abbreviations() -> None:
    body = (
        "# A Heading\n\nLt. Gen. Sergey Rudskoy spoke. U.S. officials replied.\n"
        "- First item.\n- Second item\n\nWashington is pushing for\n\nbreaching the deal."
    )
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == [
        "A Heading",
        "Lt. Gen. Sergey Rudskoy spoke.",
        "U.S. officials replied.",
        "First item.",
        "Second item",
        "Washington is pushing for\n\nbreaching the deal.",
    ]
    assert sentences[0].heading and not sentences[4].heading
    assert all(body[s.start : s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2, 3, 4]


def test_a_numbered_items_title_heads_its_item_and_tells_no_event() -> None:
    body = (
        "Field note No. 3, issued on 14 October.\n\n"
        "1. Muhasan: a village headman shot dead\n\n"
        "On the night of 9 October, two gunmen shot dead the headman of a village near "
        "Muhasan.\n\n"
        "2. Khasham: mortar fire across the river\n\n"
        "On 11 October, mortar rounds hit houses in Khasham, wounding a woman."
    )
    sentences = split_sentences(body)
    assert [s.text for s in sentences if s.item_title] == [
        "Muhasan: a village headman shot dead",
        "Khasham: mortar fire across the river",
    ]
    killing, mortars = _run(body).reports
    assert (killing.date.start, mortars.date.start) == (dt.date(2015, 10, 9), dt.date(2015, 10, 11))


# --- output ----------------------------------------------------------------------------


def test_headline_event_comes_first() -> None:
    body = "Rebels shelled Aleppo on Monday.\n\nCoalition jets struck Raqqa on Sunday."
    extraction = _run(body, title="Coalition air strikes hit Raqqa")
    first = first_event(extraction)
    assert first is not None and first.type is EventType.AIR_STRIKE
    assert [r.salience for r in extraction.reports] == [0, 1]
    assert first_event(_run("Nothing happened.")) is None


def test_json_round_trip_and_determinism() -> None:
    body = EVENT + "Russia said 62 soldiers were killed. The US said it was a mistake."
    extraction = extract(_doc(body), source_name="Test Desk", extractor=RULES)
    line = json.dumps(extraction.model_dump(mode="json"))
    assert Extraction.model_validate(json.loads(line)) == extraction
    assert extract(_doc(body), source_name="Test Desk", extractor=RULES) == extraction
    assert extraction.extractor == RULES.name == "truce.extract.rules.v2"


def test_extractor_protocol_is_the_seam() -> None:
    class Canned:
        name = "test.canned.v1"

        def extract(self, document: Document, *, source_name: str | None = None) -> Extraction:
            return Extraction(document_id=document.id, extractor=self.name)

    extractor: Extractor = Canned()
    assert extract(_doc("Anything."), extractor=extractor).extractor == "test.canned.v1"


def test_bad_data_files_raise_extract_error(tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text(
        "version: 1\nattribution_verbs: [said]\nevents:\n"
        "  - type: air_strike\n    patterns: ['(unclosed']\n"
    )
    with pytest.raises(ExtractError, match="bad pattern"):
        load_lexicon(lexicon)
    lexicon.write_text("version: 1\nattribution_verbs: [said]\nevents:\n  - type: nonsense\n")
    with pytest.raises(ExtractError, match="invalid lexicon"):
        load_lexicon(lexicon)
    actors = tmp_path / "actors.yaml"
    actors.write_text(
        "version: 1\nactors:\n"
        "  - {id: a, name: A, kind: state, side: neutral, aliases: [Same]}\n"
        "  - {id: b, name: B, kind: state, side: neutral, aliases: [same]}\n"
    )
    with pytest.raises(ExtractError, match="names both"):
        load_catalogue(actors)
    actors.write_text(": not yaml: [")
    with pytest.raises(ExtractError, match="cannot read"):
        load_catalogue(actors)


def test_a_capture_told_with_one_side_is_against_the_foe_the_story_has_it_fighting() -> None:
    body = (
        "SDF fighters clashed with Islamic State militants in the north of Raqqa on Monday.\n\n"
        "On Tuesday, the SDF took control of the al-Nahda neighbourhood."
    )
    _clash, capture = _run(body).reports
    assert (capture.actors, capture.targets) == (["sdf"], ["isis"])
    # (a fight of both sides names no third)
    (fight,) = _run("Rebels and government forces fought near Morek on Tuesday.").reports
    assert fight.targets == []
