"""Readings taken in the thirtieth session from the tuning candidates' errors: each a general
rule, checked on sentences written for this test, not on the batches' own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of
from truce.model import Report

PUBLISHED = dt.date(2016, 3, 9)  # a Wednesday


def _reports(body: str) -> list[Report]:
    return reports_of(body, PUBLISHED)


@pytest.mark.parametrize(
    "where",
    [
        "on the eastern edge of the village",
        "at the southern entrance to the town",
        "at the foot of the hill that overlooks it",
    ],
)
def test_an_act_at_the_edge_of_an_unplaced_spot_is_near_the_story_s_place(where: str) -> None:
    told, edge = _reports(
        "Army artillery shelled the town of Talbiseh on Monday, activists said.\n\n"
        f"On Tuesday, gunmen fired on a checkpoint {where}, wounding two men."
    )
    assert (told.place.name, told.place.relation.value) == ("Talbiseh", "in")
    assert (edge.place.name, edge.place.relation.value) == ("Talbiseh", "near")
