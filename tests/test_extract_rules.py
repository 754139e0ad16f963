"""Rule extractor behaviour on short texts written for these tests, published on Tuesday
20 September 2016 (``tests.texts.rules_document``): the stance of each claim, actors,
targets and places, sentences, and its output (order, JSON, the extractor seam, bad data
files)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.texts import claims_of as _claims
from tests.texts import rules_document as _doc
from tests.texts import rules_extraction as _run
from tests.texts import rules_extractor
from truce.errors import ExtractError
from truce.extract import Extractor, RuleExtractor, extract, first_event
from truce.extract.actors import default_catalogue, load_catalogue
from truce.extract.lexicon import load_lexicon
from truce.extract.places import fallback_places
from truce.extract.sentences import split_sentences
from truce.geocode import PlaceMention
from truce.model import Document, EventType, Extraction, PlaceRelation, Stance

RULES = rules_extractor()


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
