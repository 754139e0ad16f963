"""The actor matcher is one regex written as a trie of the aliases: it must find exactly
what the flat alternation (longest alias first) finds. Texts are generated from the
packaged aliases and from made-up ones that share their starts."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from truce.actors import load_actors
from truce.assess.groups import _matches
from truce.extract.actors import _alias_regex, _aliases_regex, _alternation, default_catalogue
from truce.ingest import document_from_text
from truce.model import Group
from truce.pipeline import extract_document


def _flat(aliases: list[str], flags: int) -> re.Pattern[str]:
    body = "|".join(_alias_regex(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", flags)


def _trie(aliases: list[str], flags: int) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_aliases_regex(aliases, flags)})(?![\w])", flags)


def _texts(aliases: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    seps = [" ", "  ", "-", "'s ", ", ", "", "\n", "x", "."]
    texts = []
    for _ in range(count):
        parts = [rng.choice(aliases) for _ in range(rng.randint(1, 4))]
        parts = [rng.choice([p, p.lower(), p.upper(), p[:-1]]) for p in parts]
        texts.append("".join(p + rng.choice(seps) for p in parts))
    return texts


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_trie_finds_what_the_flat_alternation_finds(flags: int) -> None:
    aliases = ["US", "USA", "US army", "US-led coalition", "Usama", "al-Nusra", "al Nusra Front"]
    aliases += ["the army", "the Syrian army", "the Syrian Arab Army", "Syria", "Syrian"]
    if flags:  # the catalogue folds the aliases it matches case-insensitively
        aliases = [a.casefold() for a in aliases]
    flat, trie = _flat(aliases, flags), _trie(aliases, flags)
    assert trie.pattern != flat.pattern  # it is a trie
    for text in _texts(aliases, 3000, seed=1):
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_packaged_aliases_match_as_before() -> None:
    catalogue = default_catalogue()
    aliases = [a for actor in catalogue.actors.values() for a in (*actor.aliases, *actor.members)]
    caseless = [a.casefold() for a in aliases if any(c.islower() for c in a)]
    flat, trie = _flat(caseless, re.IGNORECASE), _trie(caseless, re.IGNORECASE)
    for text in _texts(aliases, 2000, seed=2):
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


@pytest.mark.parametrize("aliases", [["idlib", "ıdlib town"], ["US", "Usama"]])
def test_aliases_a_character_could_match_two_ways_stay_flat(aliases: list[str]) -> None:
    # Case-insensitively "i" also matches the dotless "ı", and "s" matches "S": a trie
    # would have to try one before the other, so the flat alternation is kept.
    assert _aliases_regex(aliases, re.IGNORECASE) == "|".join(
        _alias_regex(a) for a in sorted(aliases, key=len, reverse=True)
    )
    assert _aliases_regex(aliases, 0) != _aliases_regex(aliases, re.IGNORECASE)


def test_case_sensitive_matcher_checks_the_word_edge_after_the_first_letter() -> None:
    # Written so that the regex engine can skip to the capitals that start an alias; it
    # must still find exactly what the flat alternation finds, at the start of a text too.
    catalogue = default_catalogue()
    aliases = [a for a in catalogue._exact[1] if a.isupper()] if catalogue._exact else []
    aliases += ["US", "USA", "UN", "U.N.", "ISIS", "IS", "AB CD"]
    matcher = _alternation(dict.fromkeys(aliases, "x"), 0)
    assert matcher is not None and not matcher[0].pattern.startswith("(?<!")
    flat = _flat(aliases, 0)
    for text in [*_texts(aliases, 3000, seed=3), "US\nUSA", "xUS US", "_US", "é-IS"]:
        assert [m.span() for m in matcher[0].finditer(text)] == [
            m.span() for m in flat.finditer(text)
        ], text


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # one side of a joint body speaks, not the body's two states
        ("the Russian party of the Russian-Turkish joint commission registered 19 violations",
         ["russia"]),
        ("The Turkish side of the Turkish-Russian joint commission registered none.", ["turkey"]),
        # the body itself still names both
        ("The Russian-Turkish joint commission met on Monday.", ["russia", "turkey"]),
    ],
)  # fmt: skip
def test_one_side_of_a_joint_body_is_that_side_alone(text: str, ids: list[str]) -> None:
    assert [m.actor_id for m in default_catalogue().find(text)] == ids


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # the state after December 2024, and its people by their service or their work
        ("General Security units lifted the concrete blocks at the roundabout.",
         ["syrian-government"]),
        ("The Syrian Presidency announced an immediate ceasefire.", ["syrian-government"]),
        ("Syria's defence minister and the SDF commander agreed on a truce.",
         ["syrian-government", "sdf"]),
        ("Army troops and a government patrol entered the village.",
         ["syrian-government", "syrian-government"]),
        # state media stay state media; security forces others describe as their own stay
        # unnamed
        ("Syrian state TV said 22 were killed.", ["sana"]),
        ("Two drones hit a building used by our internal security forces.", []),
        # one aircraft, or the regime's men by the word its opponents use
        ("A regime helicopter dropped a barrel bomb.", ["syrian-government"]),
        ("Regime elements opened fire on our post.", ["syrian-government"]),
    ],
)  # fmt: skip
def test_names_of_the_syrian_state(text: str, ids: list[str]) -> None:
    assert [m.actor_id for m in default_catalogue().find(text)] == ids


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    doc = document_from_text(text, fmt="text", published=dt.date(2018, 2, 28))
    reports = extract_document(doc, source_name="Test Wire").reports
    return [(c.claimant, c.claimant_actor_id, c.stance.value) for r in reports for c in r.claims]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a faction counted with the armed opposition: the claim is the faction's, by name
        ("Mortar rounds crashed down near the al-Wafideen crossing on Tuesday, a military "
         "source told SANA, accusing Jaish al-Islam of firing them. Jaish al-Islam denied "
         "firing at the crossing.", ("Jaish al-Islam", "opposition", "denies")),
        # who speaks for the Kurdish-led side
        ("Turkish artillery pounded the centre of Afrin on Monday, killing nine civilians, "
         "Kurdish officials said.", ("Syrian Democratic Forces", "sdf", "reports")),
        # a live page's present tense
        ("An Asayish commander tells us the truce is over, accusing NDF gunmen of storming a "
         "checkpoint in Tal Hajar.", ("Syrian Democratic Forces", "sdf", "declares_over")),
    ],
)  # fmt: skip
def test_who_makes_a_claim(text: str, claim: tuple[str, str, str]) -> None:
    assert claim in _claims(text)


def test_a_faction_and_the_opposition_in_one_event_are_one_claimant() -> None:
    # two voices of one catalogued actor: its accusation stands, a later plain report adds none
    claims = _claims(
        "Rebels accused government forces on Saturday of dropping barrel bombs on Kafr Zita. "
        "Jaish al-Izza said two civilians were killed."
    )
    assert [c for c in claims if c[1] == "opposition"] == [
        ("Armed opposition groups", "opposition", "accuses")
    ]


def test_an_agreement_naming_one_faction_does_not_name_the_whole_opposition() -> None:
    catalogue = load_actors()
    faction = Group(id="jaish-al-islam", name="Jaish al-Islam")
    rebels = Group(id="rebels", name="rebel factions")
    assert not _matches(faction, "opposition", catalogue["opposition"])
    assert _matches(rebels, "opposition", catalogue["opposition"])


def test_a_dispute_named_is_no_one_disputing() -> None:
    # the noun, in a statement about an act told before
    claims = _claims(
        "Army artillery fired several shells at farmland north of Tafas on Monday. A Russian "
        "officer told notables the truce would be extended if the checkpoint dispute is settled."
    )
    assert not [c for c in claims if c[2] == "disputes"]


def test_the_statement_said_is_the_last_speakers_in_the_paragraph_after() -> None:
    doc = document_from_text(
        "The evacuation of eastern Aleppo was halted on Friday, the General Command of the Army "
        "and Armed Forces said in a statement.\n\nThe statement said that terrorists opened "
        "fire at dawn on army personnel securing the al-Ramouseh crossing.",
        fmt="text",
        published=dt.date(2016, 12, 16),
    )
    *_, clash = extract_document(doc, source_name="Test Wire").reports
    assert [(c.claimant_actor_id, c.stance.value) for c in clash.claims] == [
        ("syrian-government", "reports")
    ]


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("The US government said its jets struck Raqqa.", ["us"]),
        # the pronoun before a word of the alias is no one
        ("Activists tell us government artillery shelled the town.", ["activists"]),
    ],
)
def test_a_word_in_capitals_names_the_actor_only_in_capitals(text: str, ids: list[str]) -> None:
    assert [m.actor_id for m in default_catalogue().find(text)] == ids


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # the Turkish-backed factions by their army's name, the SDF's councils and Turkey's
        # names for the YPG
        ("SNA fighters and National Army factions entered the town.",
         ["opposition", "opposition"]),
        ("The Manbij Military Council said the PKK militias had left.", ["sdf", "sdf"]),
        ("Ankara blamed the PYD/YPG for the attack.", ["sdf"]),
    ],
)  # fmt: skip
def test_names_of_the_northern_factions_and_the_sdfs_parts(text: str, ids: list[str]) -> None:
    assert [m.actor_id for m in default_catalogue().find(text) if m.actor_id != "turkey"] == ids
