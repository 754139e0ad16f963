"""Who acted, when a text names several sides at once: the parties of an agreement (not its
mediators) and the forces joined in one subject ("Government and Russian warplanes",
"regime forces and allied militias"). Each a general rule, checked on sentences written
for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of
from truce.extract.actors import default_catalogue
from truce.model import EventType, Report

PUBLISHED = dt.date(2019, 5, 21)  # a Tuesday


def _only(sentence: str) -> Report:
    reports = reports_of(sentence, PUBLISHED)
    assert len(reports) == 1, [r.type for r in reports]
    return reports[0]


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "The memorandum on the four zones, signed by Russia, Turkey and Iran in the Kazakh "
            "capital Astana, took effect on May 6.",
            {"russia", "turkey", "iran"},
        ),
        (
            "Under an additional protocol that Russia and Turkey agreed in Moscow, a ceasefire "
            "took effect across Idlib province on March 6.",
            {"russia", "turkey"},
        ),
        (
            "Government forces and rebel factions in al-Rastan, Talbiseh and the Houla plain "
            "agreed last Wednesday to stop fighting, after talks with Russian officers.",
            {"syrian-government", "opposition"},
        ),
        (
            "On 15 April, the Government of Syria and non-State armed groups agreed, through "
            "the mediation of Iran, to extend the ceasefire in Madaya by six months.",
            {"syrian-government", "opposition"},
        ),
        (
            "On Monday, the QSD and the tribal fighters in Dhiban agreed to a truce mediated by "
            "elders of the Akidat tribe.",
            {"sdf"},
        ),
        (
            "A truce for Eastern Ghouta that Russian officers and rebel factions agreed in Cairo "
            "took effect at noon on Saturday.",
            {"russia", "opposition"},
        ),
        (
            "Elders of two Arab clans brokered a truce on Friday evening between the Syrian "
            "Democratic Forces (SDF) and tribal fighters in al-Sur.",
            {"sdf"},
        ),
        (
            "Army officers and a committee representing the factions signed the truce at 6 p.m. "
            "on Sunday in Suran.",
            {"syrian-government", "opposition"},
        ),
        (
            "Army officers and the town's rebel factions signed the truce on Friday 9 March in "
            "al-Qutayfah.",
            {"syrian-government", "opposition"},
        ),
        # a day before "between"; mediators named after "with"; a "ceasefire regime"
        (
            "The agreement, reached last Thursday between the rebel factions and Russian "
            "officers, took effect in Tafas on Friday.",
            {"opposition", "russia"},
        ),
        (
            "The truce between the Barzeh rebels and the government, reached last Thursday with "
            "Russian officers acting as mediators, took effect on Friday.",
            {"opposition", "syrian-government"},
        ),
        (
            "A ceasefire regime came into force in the zone on Friday, under an agreement signed "
            "by Russia and Turkey.",
            {"russia", "turkey"},
        ),
        (
            "A truce brokered by Russian officers between Kurdish security forces and "
            "pro-government militiamen took effect in Qamishli on Friday.",
            {"sdf", "pro-government-militias"},
        ),
        (
            "The exchange followed a truce that Russian officers brokered between the army and "
            "the rebel factions in Tafas on Friday.",
            {"syrian-government", "opposition"},
        ),
        # (where a side is does not end the list of sides)
        (
            "A temporary truce agreed on 1 July between the armed opposition factions of the "
            "south and Russian officers brought three days of calm.",
            {"opposition", "russia"},
        ),
        # (when, before who: "agreed late last night by")
        (
            "The ceasefire agreed late last night by Syria's defence minister and the SDF "
            "commander appears to be holding.",
            {"syrian-government", "sdf"},
        ),
    ],
)
def test_an_agreement_is_made_by_the_sides_that_signed_or_agreed_it(
    sentence: str, parties: set[str]
) -> None:
    report = _only(sentence)
    assert report.type is EventType.CEASEFIRE_ANNOUNCED
    assert set(report.actors) == parties


def test_who_brokered_an_agreement_is_neither_its_party_nor_its_target() -> None:
    report = _only(
        "Government forces and rebel factions in Talbiseh agreed on Sunday to stop fighting, "
        "under a deal brokered by Russian officers."
    )
    assert set(report.actors) == {"syrian-government", "opposition"}
    assert "russia" not in report.targets


def test_an_announcer_stays_the_actor_of_its_announcement() -> None:
    report = _only("Russia announced an eight-hour humanitarian pause in Aleppo on Monday.")
    assert report.actors == ["russia"]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        # an adjective joined to a name: "Government" names the government here
        (
            "Government and Russian warplanes struck the town of Kafr Nabl on Monday.",
            ["syrian-government", "russia"],
        ),
        # allies named by their ally, and names joined by "backed by" or "fighters of"
        (
            "Regime forces and allied militias stormed the village of al-Hamamiyat on Monday.",
            ["syrian-government", "pro-government-militias"],
        ),
        (
            "Turkish troops and their allied factions stormed the village of Arima on Monday.",
            ["turkey", "opposition"],
        ),
        (
            "Government troops backed by pro-government militias stormed Douma on Monday.",
            ["syrian-government", "pro-government-militias"],
        ),
        (
            "Turkish-backed rebel factions and fighters of the SDF clashed near Arima on Monday.",
            ["opposition", "sdf"],
        ),
        # a weapon as the trigger, and the fighters joined to it: both fired
        (
            "Turkish artillery and Turkish-backed rebel factions shelled villages on the "
            "outskirts of Tal Rifaat on Monday.",
            ["turkey", "opposition"],
        ),
        # where the shells came from names their side
        (
            "On Sunday, shells fired from government positions hit the road between Maarat "
            "al-Numan and Saraqeb.",
            ["syrian-government"],
        ),
        (
            "On Sunday, rockets fired from rebel-held areas hit a street in Mhardeh.",
            ["opposition"],
        ),
        (
            "On Tuesday night, artillery fire from government positions hit the outskirts of "
            "Talbiseh.",
            ["syrian-government"],
        ),
        # what dropped it, after an adverb
        (
            "Two barrel bombs reportedly dropped by a government helicopter fell on Tafas on "
            "Monday.",
            ["syrian-government"],
        ),
        # a bombardment with artillery is shelling, by the army and "its" mercenaries
        (
            "The Turkish occupation army and its mercenaries bombarded the eastern "
            "neighbourhoods of Ain Issa with artillery and mortar shells at dawn on Monday.",
            ["turkey", "opposition"],
        ),
        # a weapon and its owner
        (
            "Artillery of the Turkish army stationed in Ras al-Ain pounded the village of "
            "Um al-Keif on Monday.",
            ["turkey"],
        ),
        # the factions named by their backer
        (
            "Shells fired by Turkish-backed factions from the Ras al-Ain area landed on the "
            "outskirts of Tall Tamr on Monday.",
            ["opposition"],
        ),
        # one shell fired by a name, and positions or a district a name holds
        (
            "On Thursday a mortar shell fired by Daesh from the al-Sinaa district landed in "
            "the yard of the hospital in al-Joura.",
            ["isis"],
        ),
        ("This morning, shells fired from SDF positions hit the market in Deir Hafer.", ["sdf"]),
        # a place shelled from positions a name holds
        (
            "The camp and Tariq al-Sad neighbourhoods were shelled heavily overnight from "
            "Fourth Division positions around the dam.",
            ["syrian-government"],
        ),
        (
            "Shells fired from the factions' positions on the west bank have landed in Sarrin.",
            ["opposition"],
        ),
        (
            "A rocket fired from the Islamic State-held al-Sinaa district hit a minibus in "
            "al-Qusour on Monday.",
            ["isis"],
        ),
        # an aside between the aircraft and their verb
        (
            "Syrian warplanes, backed by Russian jets, struck the town of Kafr Nabl on Monday.",
            ["syrian-government", "russia"],
        ),
        # ... or between the weapon and its verb: the partner it names fired too
        (
            "Government artillery, supported by Russian aircraft, shelled Latamneh on Monday.",
            ["syrian-government", "russia"],
        ),
        # a subject's bulldozers, with an aside before their verb
        (
            "Israeli bulldozers, guarded by two tanks, dug an earth berm across farmland near "
            "Hader.",
            ["israel"],
        ),
        # the sides of a fight told after a time ("before dawn") or a place ("again in X")
        (
            "Heavy fighting broke out before dawn between two rival rebel factions in the town "
            "of Atarib.",
            ["opposition"],
        ),
        (
            "Street fighting has flared again in Ghuwayran between the Asayish and the National "
            "Defence Forces.",
            ["sdf", "pro-government-militias"],
        ),
        # the speaker's own snipers
        ("Hayat Tahrir al-Sham said its snipers had killed three soldiers near Kabani.", ["hts"]),
        # its Arabic initials name the SDF
        ("QSD mortar rounds hit houses in al-Busayrah on Monday.", ["sdf"]),
        # but one side of a joint body acts alone
        (
            "The Turkish side of the Russian-Turkish commission on ceasefire violations "
            "registered three shelling attacks on Monday.",
            ["turkey"],
        ),
    ],
)
def test_sides_joined_in_one_subject_all_acted(sentence: str, actors: list[str]) -> None:
    report = _only(sentence)
    assert report.actors == actors
    assert "bombarded" not in sentence or report.type is EventType.SHELLING


def test_rebels_fired_at_government_positions_are_the_actors() -> None:
    report = _only("On Sunday, rebels fired rockets at government positions near Morek.")
    assert report.actors == ["opposition"]


def test_allied_forces_need_an_ally_with_allies() -> None:
    # only an actor whose catalogue entry names its allies gives "allied militias" an id
    found = default_catalogue().find("Russia and allied militias")
    assert [m.actor_id for m in found] == ["russia"]


def test_who_is_accused_when_a_truce_collapses_did_not_end_it() -> None:
    reports = reports_of(
        "But the truce collapsed within hours, a tribal commander told a reporter on Tuesday, "
        "accusing SDF snipers of shooting dead a civilian.",
        PUBLISHED,
    )
    over = [r for r in reports if r.type is EventType.CEASEFIRE_DECLARED_OVER]
    assert len(over) == 1
    assert over[0].actors == []


def test_it_after_informing_someone_is_who_informed() -> None:
    report = _only(
        "The Government of Syria informed the UN that it could not approve an inter-agency "
        "convoy to the Rukban settlement."
    )
    assert report.actors == ["syrian-government"]


def test_those_a_deal_was_negotiated_with_are_its_parties() -> None:
    (truce,) = reports_of(
        "The local agreement, negotiated by Russian military police officers with rebel "
        "factions and army commanders in the Daraa countryside, came into force at noon on "
        "Saturday.",
        dt.date(2017, 10, 18),
    )
    assert sorted(truce.actors) == ["opposition", "syrian-government"]  # not Russia, its broker


def test_a_term_binds_its_party_to_all_it_owes() -> None:
    reports = reports_of(
        "Under the agreement, the Government of Syria was to let 29 critically ill patients "
        "leave for treatment in Damascus, and to let an aid convoy into Kafr Batna, within 72 "
        "hours of the truce.\n\n"
        "The aid convoy promised under the truce never reached Kafr Batna.",
        dt.date(2017, 11, 10),
    )
    (missed,) = [r for r in reports if r.type is EventType.COMMITMENT]
    assert missed.actors == ["syrian-government"]  # not the aid agency that sent it


def test_the_parties_a_speaker_says_have_agreed() -> None:
    (truce,) = reports_of(
        "At the briefing in Daraa city, the Russian commander says government forces and the "
        "former opposition fighters of Tafas have agreed to a truce from 14:00 today.",
        dt.date(2022, 6, 23),
    )
    assert sorted(truce.actors) == ["opposition", "syrian-government"]  # not Russia, who said so
