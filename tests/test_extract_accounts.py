"""Second accounts, witnesses and trends, read as a careful reader would: air defences
meeting an attack, what witnesses heard, where "the missiles" came down, trends over
months, and the wordings of aid convoys and commitments (each a general rule, checked on
sentences written for this test)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of
from truce.extract.casualties import find_figures
from truce.extract.lexicon import default_lexicon
from truce.model import Casualties, EventType, Report

PUBLISHED = dt.date(2019, 5, 21)  # a Tuesday
NONE = Casualties(low=0, best=0, high=0)


def _reports(body: str, title: str = "Syria update") -> list[Report]:
    return reports_of(body, PUBLISHED, title)


@pytest.mark.parametrize(
    ("sentence", "kind", "actors"),
    [
        # who meets an attack with air defences is its target, not its author
        (
            "Russian air defences shot down five drones flying towards the Hmeimim air base.",
            "air_strike",
            [],
        ),
        (
            "Syria's air defences intercepted most of a wave of missiles fired by Israeli jets "
            "at targets near al-Kiswah on Monday.",
            "air_strike",
            ["israel"],
        ),
        ("On Sunday, rockets fired by rebel factions hit a street in Salhab.", "shelling", None),
        ("Gunmen fired on the car of a council member in al-Yadudah.", "attack_on_civilians", []),
        ("The first buses carrying rebel fighters left al-Rastan.", "commitment", None),
        (
            "The agreement, signed by Russia, Turkey and Iran in Astana last month, created four "
            "de-escalation zones in Syria.",
            "ceasefire_announced",
            None,
        ),
        (
            "A UN convoy reached Harasta, but officials had removed most of its medical supplies.",
            "aid_access",
            None,
        ),
        (
            "Government soldiers kept the aid convoy waiting for nine hours near Harasta before "
            "sending it back.",
            "aid_access",
            ["syrian-government"],
        ),
        ("The ministry said the delivery fully met the army's commitments.", "commitment", None),
        ("None of the 29 patients had yet been allowed to leave Harasta.", "commitment", None),
        ("Islamic State killed 20 members of the so-called Free Syrian Army.", "armed_clash", None),
    ],
)  # fmt: skip
def test_kind_and_author(sentence: str, kind: str, actors: list[str] | None) -> None:
    (report,) = _reports(sentence)
    assert report.type.value == kind
    if actors is not None:
        assert report.actors == actors


def test_the_defended_side_is_the_target() -> None:
    (report,) = _reports("Russian air defences shot down five drones near Hmeimim.")
    assert report.targets == ["russia"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Air strikes, which caused most deaths before the deal, have dropped sharply since May.",
        "Syrian and Russian warplanes have stepped up their raids on Idlib since late April.",
        "Mines have killed more than 150 people in Raqqa since the fighting for the city ended.",
        "The truce in Aleppo has sharply reduced air strikes on the city, residents say.",
        '"This story is a pretext for bombing our villages," the rebel spokesman said.',
    ],
)
def test_trends_and_pretexts_are_no_events(sentence: str) -> None:
    assert _reports(sentence) == []


def test_an_event_told_before_a_trend_stands() -> None:
    (report,) = _reports(
        "Islamic State killed 20 fighters in Qalamoun on Monday, as the clashes between "
        "the two sides have intensified in the area."
    )
    assert report.date.start == dt.date(2019, 5, 20)
    assert report.fatalities is not None and report.fatalities.low == 20
    # a toll that has risen is news, not a trend
    lexicon = default_lexicon()
    assert lexicon.trend_clause("The toll from the shelling of Douma has risen to 45.") is None
    assert lexicon.trend_clause("The death toll has risen, the monitor said.") is None


@pytest.mark.parametrize(
    "witnesses",
    [
        "Residents of Binnish said they heard a series of loud explosions shortly after.",
        "Residents of Binnish said the blasts shook their windows for half an hour.",
    ],
)
def test_what_witnesses_heard_is_the_attack_already_told(witnesses: str) -> None:
    (report,) = _reports(f"Jets struck Saraqeb on Monday, killing four people.\n\n{witnesses}")
    assert report.place.name == "Saraqeb"
    assert len(report.evidence) == 2


def test_where_the_missiles_came_down_is_the_strike_already_told() -> None:
    (report,) = _reports(
        "Israeli jets fired missiles at an army position near al-Kiswah on Monday.\n\n"
        "The monitor said the missiles had struck a weapons depot in Sahnaya, killing six "
        "fighters."
    )
    assert report.type is EventType.AIR_STRIKE
    assert report.fatalities is not None and report.fatalities.best == 6


def test_hours_later_and_instead_open_another_event() -> None:
    reports = _reports(
        "A landmine exploded near the railway station in Raqqa on Monday, killing three "
        "children.\n\nHours later, an unexploded mortar bomb went off in the al-Rumaila "
        "district of Raqqa, wounding a boy."
    )
    assert [r.type for r in reports] == [EventType.REMOTE_EXPLOSIVE] * 2
    reports = _reports(
        "Warplanes struck the market in Maarat al-Numan on Monday, killing 16 people.\n\n"
        "Russia's defence ministry denied that its aircraft had flown over the town. Russian "
        "jets had instead destroyed a militant headquarters that afternoon, the ministry said."
    )
    assert len(reports) == 2
    assert reports[1].actors == ["russia"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen fired on his car in al-Yadudah, but he escaped unhurt.",
        "Army artillery fired several shells at farmland near Talbiseh, without causing casualties",
    ],
)
def test_unhurt_and_without_casualties_are_none(sentence: str) -> None:
    figures = find_figures(sentence)
    assert (figures.fatalities, figures.injuries) == (NONE, NONE)


def test_where_a_convoy_was_sent_back_to_is_not_where_it_was_stopped() -> None:
    (report,) = _reports(
        "Soldiers near Harasta kept the aid convoy waiting for nine hours before sending it "
        "back to Damascus."
    )
    assert report.place.name == "Harasta"


def test_a_convoy_sent_back_to_the_capital_took_place_elsewhere() -> None:
    # the only place named is where the convoy was sent back to: it was stopped in the
    # governorate the article is about, not in the capital
    reports = _reports(
        "A UN convoy reached Harasta on Tuesday after weeks of delays.\n\n"
        "Last week, soldiers kept the aid convoy waiting for nine hours before sending it "
        "back to Damascus."
    )
    (held,) = [r for r in reports if "waiting" in r.evidence[0].text]
    assert held.place.admin1_pcode == "SY03"


def test_a_fresh_statement_about_an_old_strike_is_news() -> None:
    # "in August last year" alone would be history; said on Monday it is the news, dated
    # to that month, and what was said about it afterwards stays with it
    reports = _reports(
        "A landmine killed two children in Raqqa on Sunday.\n\n"
        "Separately, the US-led coalition said on Monday that an air strike it carried out on "
        "a building in Raqqa in August last year may have killed three civilians. Residents "
        "told Test Wire at the time that 11 people had died in the raid."
    )
    mine, strike = reports
    assert strike.actors == ["us-led-coalition"]  # "a strike it carried out": the speaker's
    assert (strike.type, strike.date.start, strike.date.end) == (
        EventType.AIR_STRIKE,
        dt.date(2018, 8, 1),
        dt.date(2018, 8, 31),
    )
    assert mine.fatalities is not None and mine.fatalities.best == 2


@pytest.mark.parametrize(
    "body",
    [
        # the same strike with no statement of the day is history
        "A landmine killed two children in Raqqa on Sunday. An air strike on a building in "
        "Raqqa in August last year killed three civilians.",
        # "That same summer" of a year long past
        "A landmine killed two children near Busra al-Sham on Sunday.\n\nIn July 2018 the "
        "town's factions signed a settlement. That same summer, suicide bombers killed more "
        "than 200 people in Suwayda province.",
        # "that September" of a year long past (and not "strikes that may amount to")
        "A landmine killed two children near Busra al-Sham on Sunday.\n\nIn the spring of "
        "2015 rebels drove government forces out of Idlib city. Russian air strikes, which "
        "began that September, hit rebel towns across the north-west.",
        # a day years before the news
        "A landmine killed two children near Busra al-Sham on Sunday.\n\nThe enclave entered "
        "the world's memory on Aug. 21, 2013, when rockets carrying sarin fell on Zamalka "
        "before dawn.",
        # "Within months" of a sentence dated long ago
        "A landmine killed two children near Busra al-Sham on Sunday.\n\nThe Astana talks of "
        "2017 declared Idlib a de-escalation zone. Within months the army was advancing on the "
        "Abu al-Duhur airbase regardless.",
    ],
)
def test_an_old_act_told_as_background_is_no_news(body: str) -> None:
    (report,) = _reports(body)
    assert report.type is EventType.REMOTE_EXPLOSIVE


@pytest.mark.parametrize(
    "sentence",
    [
        "Airwars, a London-based group that tracks civilian deaths from the air campaign, has "
        "long said the coalition undercounts the dead.",
        "The Observatory, a monitor documenting shelling and air strikes across the country, "
        "has reported in the past on violations.",
    ],
)
def test_what_a_group_is_described_as_tracking_is_no_event(sentence: str) -> None:
    assert _reports(sentence) == []


def test_a_group_described_in_an_unclosed_aside_still_reports() -> None:
    (report,) = _reports(
        "The Observatory which tracks violence on all sides said barrel bombs fell on Saraqeb "
        "on Monday."
    )
    assert report.type is EventType.AIR_STRIKE


def test_the_town_told_again_is_the_town_named_before() -> None:
    reports = _reports(
        "Government troops looted homes in the town of Qalaat al-Madiq last month, a rights "
        "group said on Monday.\n\n"
        "Rebel factions had held the town since 2012. Government forces captured it on 9 May, "
        "driving its residents north towards Idlib."
    )
    assert [r.place.name for r in reports] == ["Qalaat al-Madiq", "Qalaat al-Madiq"]
    # ... even after a place named as where people were going ("exams in Damascus")
    reports = _reports(
        "For six years the Kurds and the government have shared the city of Qamishli.\n\n"
        "On Monday, officers of Military Security detained six Kurdish students at a "
        "checkpoint as the young men set off for exams in Damascus. Hours later, the Asayish "
        "detained nine employees of state institutions in the city."
    )
    assert reports[-1].place.name == "Qamishli"


def test_a_toll_update_of_a_bomb_told_before_is_no_new_bomb() -> None:
    """A live page's later entry on "the morning's car bomb" is the suicide car bomb told
    before: its toll risen, not a second bombing."""
    reports = _reports(
        "10:45 — A suicide bomber has driven a car packed with explosives into the army "
        "checkpoint at the grain silos on the northern edge of Palmyra, killing four soldiers, "
        "state television says.\n\n"
        "17:30 — The toll from the morning's car bomb at the grain silos has risen to nine "
        "soldiers, a medical source in Homs tells us."
    )
    assert [r.type for r in reports] == [EventType.SUICIDE_BOMB]
