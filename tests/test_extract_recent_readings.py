"""Readings taken in the thirty-first session from the tuning candidates' errors: each a
general rule, checked on sentences written for this test, not on the batches' own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of
from truce.model import Report

PUBLISHED = dt.date(2017, 2, 22)  # a Wednesday


def _reports(body: str) -> list[Report]:
    return reports_of(body, PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebel fighters entered Tadef on Tuesday after clashes with Islamic State.",
        "Rebels have entered Qabasin, north-east of al-Bab, after brief clashes with Islamic "
        "State rearguards.",
        "Government troops advanced into the eastern farms on Tuesday after fierce clashes "
        "with the Nusra Front.",
    ],
)
def test_who_took_ground_after_a_fight_fought_it(sentence: str) -> None:
    (fight,) = _reports(f"{sentence}\n\nResidents said the streets were empty.")
    assert fight.type.value == "armed_clash"
    assert fight.actors and not set(fight.actors) & set(fight.targets)
    assert fight.targets in (["isis"], ["jfs"])


@pytest.mark.parametrize("auxiliaries", ["are", "have been", "were still"])
def test_a_side_s_tanks_still_at_it_are_that_side_s(auxiliaries: str) -> None:
    (shelling,) = _reports(
        f"10:30 - Army tanks {auxiliaries} shelling al-Rastan, residents tell us.\n\n"
        "No casualties were reported."
    )
    assert (shelling.type.value, shelling.actors) == ("shelling", ["syrian-government"])
