"""One incident told by several sources in one story stays one event: another source's
missiles, the blasts residents heard, the other side's account of a clash; and a claim
about "Tuesday's attack" goes to Tuesday's (texts written for this test)."""

from __future__ import annotations

import datetime as dt

from tests.texts import reports_of
from truce.extract.events import Trigger
from truce.extract.sameness import told_as
from truce.model import EventType

PUBLISHED = dt.date(2019, 9, 18)  # a Wednesday


def test_another_sources_missiles_and_the_blasts_heard_are_the_air_strike() -> None:
    body = (
        "Israeli aircraft fired missiles at positions near Damascus International Airport "
        "late on Tuesday, state media said.\n\n"
        "The Syrian Observatory for Human Rights said at least four missiles had hit weapons "
        "depots close to the airport, killing nine fighters.\n\n"
        "People living in Jaramana said a series of loud blasts woke them.\n\n"
        "Israel seldom confirms individual operations."
    )
    (strike,) = reports_of(body, PUBLISHED)
    assert strike.type is EventType.AIR_STRIKE
    assert strike.place.admin1_pcode == "SY03"  # the airport lies in Rural Damascus
    assert strike.fatalities is not None and strike.fatalities.best == 9
    assert "israel" not in {c.claimant_actor_id for c in strike.claims}  # "seldom confirms"


def test_only_missiles_that_hit_may_be_an_air_strike_told_again() -> None:
    """ "at least four missiles had hit weapons depots" may be another source's account of
    the air strike; "Hours before the missile strikes, mortar bombs ..." names it only."""

    def trigger(words: str) -> Trigger:
        return Trigger(EventType.SHELLING, 0, len(words), 0, len(words), words)

    assert EventType.AIR_STRIKE in told_as(trigger("missiles had hit"))
    assert told_as(trigger("missile strikes")) == {EventType.SHELLING}
    assert told_as(trigger("mortars")) == {EventType.SHELLING}


def test_the_other_sides_account_of_a_clash_is_the_same_clash() -> None:
    body = (
        "Fighters of the Nusra Front attacked army checkpoints around the village of Maan "
        "before dawn on Tuesday, the Observatory said.\n\n"
        'State news agency SANA said army units had "repelled an attack by Jabhat al-Nusra '
        'terrorists" on the area.'
    )
    (clash,) = reports_of(body, PUBLISHED)
    assert clash.actors == ["jfs"] and clash.targets == ["syrian-government"]
    assert {c.claimant_actor_id for c in clash.claims} == {"sohr", "sana"}


def test_a_claim_about_tuesdays_attack_is_about_tuesdays() -> None:
    body = (
        "Israeli jets struck positions near al-Kiswah late on Tuesday, state media said.\n\n"
        "Earlier this month, Israeli missiles struck positions near Damascus International "
        "Airport, the Observatory said. Syria's foreign ministry said that Tuesday's attack was "
        'a "flagrant violation" of its sovereignty.'
    )
    tuesday, earlier = reports_of(body, PUBLISHED)
    assert "syrian-government" in {c.claimant_actor_id for c in tuesday.claims}
    assert "syrian-government" not in {c.claimant_actor_id for c in earlier.claims}
