"""Dates read against the publication date: a table checked by hand with a calendar.

September 2016: Mon 12, Tue 13, ... Sat 17, Sun 18, Mon 19, Tue 20, Wed 21.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of
from truce.extract import RuleExtractor
from truce.extract.dates import find_dates, infer_published
from truce.ids import content_hash
from truce.model import DatePrecision, Document, EventType, Extraction

D = dt.date
TUE = D(2016, 9, 20)
DAY, DAYS, WEEK, MONTH = DatePrecision.DAY, DatePrecision.DAYS, DatePrecision.WEEK, "month"

TABLE = [
    # phrase, published, start, end, precision
    ("Last weekend, jets struck", TUE, D(2016, 9, 17), D(2016, 9, 18), DAYS),
    ("last weekend", D(2016, 9, 19), D(2016, 9, 17), D(2016, 9, 18), DAYS),  # Monday
    ("last weekend", D(2016, 9, 18), D(2016, 9, 10), D(2016, 9, 11), DAYS),  # on a Sunday
    ("over the weekend", D(2016, 9, 18), D(2016, 9, 17), D(2016, 9, 18), DAYS),
    ("yesterday", TUE, D(2016, 9, 19), D(2016, 9, 19), DAY),
    ("the day before yesterday", TUE, D(2016, 9, 18), D(2016, 9, 18), DAY),
    ("overnight Friday to Saturday", TUE, D(2016, 9, 16), D(2016, 9, 17), DAYS),
    ("on the night of Saturday to Sunday", TUE, D(2016, 9, 17), D(2016, 9, 18), DAYS),
    ("yesterday's raid", D(2016, 9, 1), D(2016, 8, 31), D(2016, 8, 31), DAY),
    ("today", TUE, TUE, TUE, DAY),
    ("last night", TUE, D(2016, 9, 19), TUE, DAYS),
    ("on Saturday", TUE, D(2016, 9, 17), D(2016, 9, 17), DAY),
    ("on Saturday", D(2016, 9, 17), D(2016, 9, 17), D(2016, 9, 17), DAY),  # same day
    ("Saturday's strike", D(2016, 9, 18), D(2016, 9, 17), D(2016, 9, 17), DAY),
    ("on Wednesday", TUE, D(2016, 9, 14), D(2016, 9, 14), DAY),
    ("last week", TUE, D(2016, 9, 12), D(2016, 9, 18), WEEK),
    ("on Wednesday of last week", TUE, D(2016, 9, 14), D(2016, 9, 14), DAY),
    ("Monday last week", TUE, D(2016, 9, 12), D(2016, 9, 12), DAY),
    ("earlier this week", TUE, D(2016, 9, 19), TUE, WEEK),
    ("earlier this month", TUE, D(2016, 9, 1), TUE, MONTH),
    ("last month", TUE, D(2016, 8, 1), D(2016, 8, 31), MONTH),
    ("three days ago", TUE, D(2016, 9, 17), D(2016, 9, 17), DAY),
    ("some time ago", TUE, None, TUE, DatePrecision.UNKNOWN),
    ("On December 6, 2015 four warplanes", TUE, D(2015, 12, 6), D(2015, 12, 6), DAY),
    ("on September 19", TUE, D(2016, 9, 19), D(2016, 9, 19), DAY),
    ("on 17 September", TUE, D(2016, 9, 17), D(2016, 9, 17), DAY),
    ("on Sept. 17", TUE, D(2016, 9, 17), D(2016, 9, 17), DAY),
    ("on Saturday, 17 September", TUE, D(2016, 9, 17), D(2016, 9, 17), DAY),
    ("on December 6", TUE, D(2015, 12, 6), D(2015, 12, 6), DAY),  # not after publication
    # a day a week ahead at most is this year's (a deadline), further ahead last year's
    ("on September 21", TUE, D(2016, 9, 21), D(2016, 9, 21), DAY),
    ("on October 21", TUE, D(2015, 10, 21), D(2015, 10, 21), DAY),
    ("in December 2015", TUE, D(2015, 12, 1), D(2015, 12, 31), MONTH),
    ("in 2015", TUE, D(2015, 1, 1), D(2015, 12, 31), DatePrecision.YEAR),
    ("The Astana talks of 2015", TUE, D(2015, 1, 1), D(2015, 12, 31), DatePrecision.YEAR),
    ("on 2016-09-17", TUE, D(2016, 9, 17), D(2016, 9, 17), DAY),
    ("in the past 24 hours", TUE, D(2016, 9, 19), TUE, DAYS),
    ("in the past half hour", TUE, TUE, TUE, DAY),
    ("in the last hour", TUE, TUE, TUE, DAY),
    ("over the last two days", TUE, D(2016, 9, 18), TUE, DAYS),
    ("in the past few days", TUE, D(2016, 9, 13), TUE, DAYS),
    ("in the past week", TUE, D(2016, 9, 13), TUE, WEEK),
    ("since Monday", TUE, D(2016, 9, 19), TUE, DAYS),
    ("since Saturday", TUE, D(2016, 9, 17), TUE, DAYS),
    ("in the past", TUE, None, TUE, DatePrecision.UNKNOWN),
    ("in February", D(2016, 2, 21), D(2016, 2, 1), D(2016, 2, 21), MONTH),  # so far
    ("In mid-March", D(2016, 2, 21), D(2015, 3, 11), D(2015, 3, 20), MONTH),  # last year's
    ("in late August", D(2019, 9, 16), D(2019, 8, 21), D(2019, 8, 31), MONTH),  # 21st to end
    ("between Thursday and Saturday", D(2019, 9, 16), D(2019, 9, 12), D(2019, 9, 14), DAYS),
    ("last December", D(2016, 2, 21), D(2015, 12, 1), D(2015, 12, 31), MONTH),
    ("last September", TUE, D(2015, 9, 1), D(2015, 9, 30), MONTH),  # not the current one
    ("in September", TUE, D(2016, 9, 1), TUE, MONTH),
    # ranges of days, written out or with a dash; the last day may be in the next month/year
    ("between 10 and 25 May", TUE, D(2016, 5, 10), D(2016, 5, 25), DAYS),
    ("between 29 May and 6 June", TUE, D(2016, 5, 29), D(2016, 6, 6), DAYS),
    ("from May 29 to June 6", TUE, D(2016, 5, 29), D(2016, 6, 6), DAYS),
    ("Reporting period 1-5 March 2019", TUE, D(2019, 3, 1), D(2019, 3, 5), DAYS),
    ("between 30 December and 2 January", TUE, D(2015, 12, 30), D(2016, 1, 2), DAYS),
]


@pytest.mark.parametrize(("phrase", "published", "start", "end", "precision"), TABLE)
def test_relative_dates(
    phrase: str, published: dt.date, start: dt.date | None, end: dt.date, precision: str
) -> None:
    found = find_dates(phrase, published)
    assert len(found) == 1, found
    date = found[0].date
    assert date is not None
    assert (date.start, date.end, date.precision) == (start, end, DatePrecision(precision))
    assert date.basis is not None and date.basis in phrase


def test_no_month_in_may_have() -> None:
    assert find_dates("the coalition may have hit 12 soldiers", TUE) == []


def test_narrative_link_is_left_to_the_caller() -> None:
    (link,) = find_dates("A few hours later, the army command declared", TUE)
    assert link.date is None and link.shift == 0
    (nxt,) = find_dates("The next day the convoy left", TUE)
    assert nxt.shift == 1
    (before,) = find_dates("The previous day, jets struck the town", TUE)
    assert before.shift == -1


def test_a_time_of_day_is_no_narrative_link() -> None:
    (sunday,) = find_dates("jets fired missiles shortly after 1 am on Sunday", TUE)
    assert sunday.date is not None and sunday.date.start == D(2016, 9, 18)
    (link,) = find_dates("shortly after the blast, a second bomb went off", TUE)
    assert link.date is None and link.shift == 0


def test_a_day_ahead_is_not_an_event_date() -> None:
    assert find_dates("a humanitarian pause for Thursday, until Friday", TUE) == []


def test_without_reference_relative_dates_claim_nothing() -> None:
    (found,) = find_dates("on Saturday", None)
    assert found.date is not None
    assert (found.date.start, found.date.end) == (None, None)
    (explicit,) = find_dates("on 17 September 2016", None)
    assert explicit.date is not None and explicit.date.start == D(2016, 9, 17)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sun 10 Jul 2016 12.00 BST\n\nJets struck Aleppo on Saturday.", D(2016, 7, 10)),
        ("Jets struck Aleppo. Talks resumed on 3 March 2016 in Geneva.", D(2016, 3, 3)),
        ("Jets struck Aleppo on September 17, 2016.", D(2016, 9, 17)),
        ("Jets struck Aleppo on Saturday.", None),
    ],
)
def test_infer_published(body: str, expected: dt.date | None) -> None:
    assert infer_published(body) == expected


def _doc(body: str, published: dt.date | None = TUE) -> Document:
    return Document(
        id="doc_dates", raw_text=body, body=body, content_hash=content_hash(body),
        published=published,
    )  # fmt: skip


def _run(body: str, published: dt.date | None = TUE) -> Extraction:
    return RuleExtractor(use_gazetteer=False).extract(_doc(body, published), source_name="Desk")


def test_dateline_is_the_reference_without_published_date() -> None:
    extraction = _run("Sun 10 Jul 2016\n\nJets bombed Syrian army positions on Saturday.", None)
    assert extraction.published == D(2016, 7, 10)
    assert extraction.reports[0].date.start == D(2016, 7, 9)


def test_a_few_hours_later_follows_the_main_clause_date() -> None:
    body = (
        "On September 19, Russian officials said there was no reason to observe the truce. "
        "They said the data, handed over on September 13, did not meet the agreement.\n\n"
        "A few hours later, the Syrian army command declared the end of the truce."
    )
    ended = next(r for r in _run(body).reports if r.type is EventType.CEASEFIRE_DECLARED_OVER)
    assert (ended.date.start, ended.date.precision) == (D(2016, 9, 19), DatePrecision.DAY)
    assert ended.date.basis == "A few hours later"


def test_at_the_same_time_is_the_day_of_the_act_before() -> None:
    body = (
        "At 1:15 a.m. on Sunday, enemy warplanes struck army points near Quneitra. At the same "
        "time, enemy artillery shelled the outskirts of Jubata al-Khashab, wounding a shepherd."
    )
    strike, shelling = _run(body).reports
    assert strike.date.start == shelling.date.start == D(2016, 9, 18)
    assert shelling.date.precision is DatePrecision.DAY


def test_same_story_inherits_date_other_stories_do_not() -> None:
    body = (
        "Coalition jets bombed Syrian army positions near Deir Ezzor on Saturday. "
        "Syrian army artillery shelled ISIS positions near Deir Ezzor in response.\n\n"
        "Rebels shelled a district of Aleppo."
    )
    strike, shelling, other = _run(body).reports
    assert strike.date.start == D(2016, 9, 17)
    assert shelling.type is EventType.SHELLING
    assert shelling.date == strike.date  # same paragraph, same place: same story
    assert (other.date.start, other.date.end) == (None, TUE)
    assert other.date.precision is DatePrecision.UNKNOWN


def test_days_counted_from_the_truce_and_from_a_statement() -> None:
    """ "On the eve of the truce" is the day before it; "hours before the deadline" its day;
    "the previous evening, the statement said" the day before the statement."""
    body = (
        "A truce between government forces and rebel factions in Daraa took effect at noon "
        "on Sunday, residents said.\n\n"
        "On the eve of the truce, government helicopters dropped barrel bombs on Tafas.\n\n"
        "Two days earlier, army artillery had shelled farms on the outskirts of Nawa.\n\n"
        "Hours before the deadline, rebel fighters fired rockets at the town of Izra.\n\n"
        "In a statement on Monday, the army's general command accused the rebels of breaching "
        "the truce nine times since it began. A rebel sniper had shot dead a soldier at a "
        "checkpoint in Sheikh Miskin the previous evening, the statement said."
    )
    days = [r.date.start for r in reports_of(body, dt.date(2016, 11, 29))]
    sunday = dt.date(2016, 11, 27)
    assert days == [
        sunday,  # the truce
        dt.date(2016, 11, 26),  # the eve of it
        dt.date(2016, 11, 24),  # two days before the eve
        sunday,  # hours before the deadline
        dt.date(2016, 11, 28),  # the statement's count
        sunday,  # the evening before the statement
    ]


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("14/03/2020", dt.date(2020, 3, 14)),  # day first: 14 is no month
        ("2/22/2015", dt.date(2015, 2, 22)),  # month first: 22 is no month
        ("05/03/2020", dt.date(2020, 3, 5)),  # either: the later one on or before 17 March
    ],
)
def test_dates_written_with_slashes(words: str, day: dt.date) -> None:
    (mention,) = find_dates(f"Date: {words} - shelling", dt.date(2020, 3, 17))
    assert mention.date is not None and (mention.date.start, mention.date.end) == (day, day)


def test_a_reply_to_the_sources_of_fire_is_of_the_day_of_the_fire() -> None:
    body = (
        "The Turkish army shelled the villages of Saida and Mu'allaq west of Ain Issa "
        "yesterday evening.\n\nFighters of the SDF responded to the sources of fire, the SDF "
        "said."
    )
    shelling, reply = reports_of(body, dt.date(2021, 10, 13))
    assert reply.date == shelling.date and shelling.date.start == dt.date(2021, 10, 12)


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        # two nights ago to yesterday
        ("The night before last, Russian warplanes struck Kafr Nabl.", (2018, 9, 5), (2018, 9, 6)),
        # the moment given again in GMT is the same day, not the day before
        (
            "A ceasefire in Idlib came into force at 00:01 local time on Friday (2201 GMT on "
            "Thursday), Russia and Turkey said.",
            (2018, 9, 7),
            (2018, 9, 7),
        ),
    ],
)
def test_nights_and_gmt(body: str, start: tuple[int, int, int], end: tuple[int, int, int]) -> None:
    (report,) = reports_of(body, dt.date(2018, 9, 7))
    assert (report.date.start, report.date.end) == (dt.date(*start), dt.date(*end))


def test_a_correction_at_the_foot_moves_the_day() -> None:
    body = (
        "An air strike on the market of Sarmin on Tuesday killed 11 civilians, rescuers said.\n\n"
        "The strike came a day after government helicopters dropped barrel bombs on Taftanaz, "
        "the Observatory said.\n\n"
        "Hours after the market strike, rebel rockets landed in al-Suqaylabiyah, wounding a "
        "woman, state media said.\n\n"
        "CORRECTION: An earlier version of this article misstated the day of the market strike "
        "in Sarmin as Tuesday; it was Monday."
    )
    strike, bombs, rockets = reports_of(body, dt.date(2019, 12, 4))
    assert (strike.date.start, strike.date.end) == (dt.date(2019, 12, 2), dt.date(2019, 12, 2))
    # the day before the strike, which moves with it; the strike's day
    assert (bombs.date.start, bombs.date.end) == (dt.date(2019, 12, 1), dt.date(2019, 12, 1))
    assert rockets.date == strike.date


@pytest.mark.parametrize(
    "opening",
    [
        "Less than three hours after the truce began",
        "Within two hours of the start",
        "Within hours of the truce taking effect",
    ],
)
def test_hours_after_the_truce_began_is_its_day(opening: str) -> None:
    body = (
        "A ceasefire in Idlib took effect on Friday, Russia and Turkey said.\n\n"
        f"{opening}, government artillery shelled Ihsim."
    )
    truce, shelling = reports_of(body, dt.date(2020, 3, 7))
    assert (shelling.date.start, shelling.date.end) == (truce.date.start, truce.date.end)
    assert truce.date.start == dt.date(2020, 3, 6)


@pytest.mark.parametrize(
    ("body", "published", "day"),
    [
        # a record's "Date:" field dates the description lines under it
        (
            "The committee recorded the following incidents in the Homs zone.\n\n"
            "Incident 1\nDescription: No fire was observed at Talbiseh.\n\n"
            "Incident 2\nDate: 21 August 2017, 16:10-16:50.\nLocation: Tir Maallah, north of "
            "Homs.\nDescription: Exchange of small-arms fire between Syrian army positions and an "
            "outpost of the armed factions.",
            dt.date(2017, 8, 23),
            dt.date(2017, 8, 21),
        ),
        # an answer is of the day its question asks about
        (
            "QAMISHLI - An interview with Nisrin Ahmad, spokeswoman of the Syrian Democratic "
            "Forces.\n\nQ: What happened in Qamishli on Monday?\n\nA: A Turkish drone fired two "
            "missiles at a car in the centre of Qamishli in the evening.",
            dt.date(2022, 8, 18),
            dt.date(2022, 8, 15),
        ),
        # "acknowledged on Wednesday that ... late on Tuesday": the act's day, not the words'
        (
            "QAMISHLI, Syria, Aug 22 (Test Wire) - The US-led coalition acknowledged on "
            "Wednesday that one of its aircraft had mistakenly hit a checkpoint manned by its "
            "SDF allies south of al-Shaddadah late on Tuesday, the latest in a string of "
            "friendly-fire incidents.",
            dt.date(2019, 8, 22),
            dt.date(2019, 8, 20),
        ),
        # a truce is dated by the day it took effect, not by the day of the aside that agreed it
        (
            "A truce in southern Daraa, agreed by the two committees in Bosra on Sunday, took "
            "effect at noon on Monday.",
            dt.date(2019, 11, 20),
            dt.date(2019, 11, 18),
        ),
        # a sentence going on in time takes the day of the longer one just before it
        (
            "The convoy reached the front line at Qalaat al-Madiq, in the northern Hama "
            "countryside, before dawn on Monday. As the buses waited at the crossing point outside "
            "the town, a bomb hidden in a parked pick-up truck exploded beside them.",
            dt.date(2017, 4, 12),
            dt.date(2017, 4, 10),
        ),
    ],
)
def test_the_day_these_texts_give_their_one_event(
    body: str, published: dt.date, day: dt.date
) -> None:
    (report,) = reports_of(body, published)
    assert (report.date.start, report.date.end) == (day, day)


@pytest.mark.parametrize(
    ("body", "published", "days"),
    [
        # items filed on Monday 4 May, published on the 5th: "late on Sunday" is 3 May, and
        # an item with no day of its own is of its day or the one before
        (
            "HAMA, Syria, May 4 (Test Wire) - Rebel rockets hit the town of al-Suqaylabiyah late "
            "on Sunday, wounding two people, state media said.\n\n"
            "QAMISHLI, Syria, May 4 (Test Wire) - A bomb on a motorcycle exploded in a market in "
            "Qamishli, wounding four people.",
            dt.date(2020, 5, 5),
            [
                (dt.date(2020, 5, 3), dt.date(2020, 5, 3)),
                (dt.date(2020, 5, 3), dt.date(2020, 5, 4)),
            ],
        ),
        # "That morning" counts from the day the short sentence before it gives
        (
            "A settlement for Tafas was reached on Sunday, state media said.\n\n"
            "The first steps were taken on Monday. That morning, 37 men handed over rifles at a "
            "settlement centre in Tafas.",
            dt.date(2021, 7, 28),
            [
                (dt.date(2021, 7, 25), dt.date(2021, 7, 25)),
                (dt.date(2021, 7, 26), dt.date(2021, 7, 26)),
            ],
        ),
        # "Before dawn," with no day of its own: the day the story is at
        (
            "A ceasefire in Idlib took effect at midnight on Friday, Russia and Turkey said.\n\n"
            "Before dawn, fighters of Hayat Tahrir al-Sham attacked army positions outside "
            "Saraqeb.",
            dt.date(2020, 3, 6),
            [
                (dt.date(2020, 3, 6), dt.date(2020, 3, 6)),
                (dt.date(2020, 3, 6), dt.date(2020, 3, 6)),
            ],
        ),
        # an hour of the clock in the middle of the sentence: the day the story is at
        (
            "A ceasefire in Idlib took effect at midnight on Friday, Russia and Turkey said.\n\n"
            "Turkey accused government forces of firing mortar rounds at its post near "
            "Taftanaz at around 3 a.m.\n\nShortly before 5 a.m., two rockets landed on "
            "the outskirts of Ariha, wounding a woman.",
            dt.date(2020, 3, 6),
            [
                (dt.date(2020, 3, 6), dt.date(2020, 3, 6)),
                (dt.date(2020, 3, 6), dt.date(2020, 3, 6)),
                (dt.date(2020, 3, 6), dt.date(2020, 3, 6)),
            ],
        ),
        # a count said "in the morning": of the day the story is at
        (
            "A ceasefire in Idlib took effect at midnight on Friday, Russia and Turkey said.\n\n"
            "Russia's Centre for Reconciliation said in the morning that it had recorded four "
            "breaches of the ceasefire since midnight.",
            dt.date(2020, 3, 6),
            [
                (dt.date(2020, 3, 6), dt.date(2020, 3, 6)),
                (dt.date(2020, 3, 6), dt.date(2020, 3, 6)),
            ],
        ),
        # "late last night" is the evening before; "The day after the raid" its day plus one
        (
            "Coalition forces detained a man in a night raid on Thiban late last night, "
            "residents said.\n\nThe day after the raid, a roadside bomb exploded as an SDF "
            "patrol drove near al-Busayrah.",
            dt.date(2022, 2, 16),
            [
                (dt.date(2022, 2, 15), dt.date(2022, 2, 15)),
                (dt.date(2022, 2, 16), dt.date(2022, 2, 16)),
            ],
        ),
        # "the same evening": the day of the act told before
        (
            "Rebels shelled the town of Mhardeh on Sunday, killing two people.\n\n"
            "Air strikes on Kafr Zita resumed the same evening.",
            TUE,
            [(D(2016, 9, 18), D(2016, 9, 18)), (D(2016, 9, 18), D(2016, 9, 18))],
        ),
    ],
)
def test_the_days_of_two_events(
    body: str, published: dt.date, days: list[tuple[dt.date, dt.date]]
) -> None:
    assert [(r.date.start, r.date.end) for r in reports_of(body, published)] == days


def test_a_correction_that_names_no_weekday_moves_nothing() -> None:
    body = (
        "An air strike on the market of Sarmin on Tuesday killed 11 civilians, rescuers said.\n\n"
        "CORRECTION: An earlier version of this article misstated the day of the market strike "
        "in Sarmin as Today; it was Monday."
    )
    (strike,) = reports_of(body, dt.date(2019, 12, 4))
    assert (strike.date.start, strike.date.end) == (dt.date(2019, 12, 3), dt.date(2019, 12, 3))


def test_days_into_the_truce() -> None:
    """ "Exactly 48 hours after the agreement took effect" is two days after the truce's day,
    "on the first day of the truce" its day, whatever was told in between."""
    body = (
        "A truce for Eastern Ghouta that Russian officers and rebel factions agreed in Cairo "
        "took effect at noon on Saturday.\n\n"
        "On Tuesday evening, three mortar shells fell on a street in Jaramana, wounding four "
        "civilians.\n\n"
        "Exactly 48 hours after the agreement took effect, government warplanes struck farmland "
        "between Hamouriyeh and Saqba, killing a farmer.\n\n"
        "On the first day of the truce, 31 buses carried about 4,500 people out of the enclave."
    )
    days = [r.date.start for r in reports_of(body, dt.date(2017, 7, 26))]
    saturday = dt.date(2017, 7, 22)
    assert days == [saturday, dt.date(2017, 7, 25), dt.date(2017, 7, 24), saturday]


def test_a_count_over_this_month_is_charged_on_the_day_its_speaker_spoke() -> None:
    body = (
        "The front denied any part in the rocket attack on al-Haffa late on Tuesday. Its "
        "spokesman said on Wednesday that the front had not fired a single rocket since the "
        "ceasefire took effect. He said government forces had themselves broken the truce more "
        "than 70 times this month."
    )
    reports = reports_of(body, dt.date(2020, 4, 23))
    (count,) = [r for r in reports if r.type is EventType.VIOLATION_ACCUSATION]
    assert (count.date.start, count.date.end) == (dt.date(2020, 4, 22), dt.date(2020, 4, 22))


def test_the_patrol_told_before_is_of_its_day() -> None:
    body = (
        "Gunmen opened fire on a joint Russian-Turkish patrol on the M4 highway near Mhambal on "
        "Wednesday, Russia's Defence Ministry said.\n\n"
        "The state news agency SANA said militants had fired four rockets at al-Haffa late on "
        "Tuesday.\n\n"
        "The patrol, the sixth held under the March protocol, went on to finish its planned "
        "route, the Turkish ministry said."
    )
    attack, _, patrol = reports_of(body, dt.date(2020, 4, 23))
    assert patrol.type is EventType.COMMITMENT
    assert patrol.date == attack.date


def test_a_factbox_day_in_capitals_dates_its_bullet() -> None:
    body = (
        "* SUNDAY, DEC 6 - Army officers and notables sign a truce brokered by Russian officers "
        "in Izra.\n\n"
        "* TUESDAY, DEC 8 - A farmer is shot dead by a sniper on the western edge of Tafas."
    )
    truce, killing = reports_of(body, dt.date(2020, 12, 14), "FACTBOX-Seven days of a truce")
    assert (truce.date.start, killing.date.start) == (dt.date(2020, 12, 6), dt.date(2020, 12, 8))


def test_the_boats_told_of_are_of_their_day() -> None:
    body = (
        "Yesterday at about 21:00, a group of ISIS terrorists crossed the Euphrates in three "
        "boats and attacked a Syrian army post near al-Mayadin. Three Syrian servicemen were "
        "killed. Russian aircraft struck the boats as they withdrew towards the eastern bank."
    )
    raid, strike = reports_of(body, dt.date(2019, 7, 18), "Briefing")
    assert strike.date == raid.date
    assert strike.date.start == dt.date(2019, 7, 17)


def test_the_previous_night_before_anything_else_is_the_night_before_the_news() -> None:
    body = (
        "Fighting flared again in the Jabal al-Akrad mountains of northern Lattakia province "
        "the previous night, when government troops tried to storm rebel positions around "
        "Kinsabba, our correspondent reported."
    )
    (fighting,) = reports_of(body, dt.date(2016, 3, 10))
    assert (fighting.date.start, fighting.date.end) == (dt.date(2016, 3, 9), dt.date(2016, 3, 9))


def test_days_later_count_from_the_last_day_told_not_an_older_anchor() -> None:
    body = (
        "On Saturday 4 November, Russian officers and the rebel factions agreed a truce for "
        "Arbin.\n\nCONVOY\nIts 40 trucks of food and medicine were held at the army's "
        "al-Wafideen checkpoint for six hours on Tuesday 7 November.\n\nSECURITY\nTwo days "
        "later, three mortar shells fell on the main market of Arbin, killing three civilians."
    )
    reports = reports_of(body, dt.date(2017, 11, 10), "Situation update")
    (shells,) = [r for r in reports if r.type is EventType.SHELLING]
    assert shells.date.start == dt.date(2017, 11, 9)


def test_said_on_a_day_they_did_dates_the_words_not_the_act() -> None:
    body = (
        "AMMAN, Feb 7 (Test Wire) - Rebel factions in southern Syria said on Tuesday they had "
        "beaten back an army assault on their positions in the Manshiyeh district of Daraa city "
        "overnight, killing at least eight soldiers."
    )
    (assault,) = reports_of(body, dt.date(2017, 2, 8))
    assert (assault.date.start, assault.date.end) == (dt.date(2017, 2, 6), dt.date(2017, 2, 7))


@pytest.mark.parametrize(
    "body",
    [
        "A university student was kidnapped by unidentified gunmen on the 12th near Inkhil.",
        # translated wording: "of the current month", "of this month"
        "Gunmen kidnapped a pharmacist in Inkhil on the 12th of the current month.",
        "A teacher was abducted near Inkhil on the 12th of this month, his family said.",
        "On the 12th of the current month, gunmen abducted a teacher near Inkhil.",
    ],
)
def test_on_the_12th_is_a_day_of_this_month(body: str) -> None:
    (abduction,) = reports_of(body, dt.date(2023, 3, 18))
    assert (abduction.date.start, abduction.date.end) == (
        dt.date(2023, 3, 12),
        dt.date(2023, 3, 12),
    )


def test_a_count_goes_on_with_the_statement_dated_before_it() -> None:
    body = (
        "Shells fired by Turkish-backed factions hit Ein Issa on Sunday night, killing a woman, "
        "the SDF said.\n\nRussia's Reconciliation Centre backed that account in a statement on "
        "Monday, saying militants had fired 14 mortar bombs at Ein Issa. The centre said it had "
        "recorded 12 breaches of the ceasefire by the factions around the town since Dec 1."
    )
    _, count = reports_of(body, dt.date(2020, 12, 8))
    assert (count.type.value, count.date.start) == ("violation_accusation", dt.date(2020, 12, 7))


def test_a_date_owned_by_another_noun_does_not_date_the_act() -> None:
    body = (
        "Russian and Turkish troops drove their seventh joint patrol under last month's Sochi "
        "memorandum on Wednesday east of al-Darbasiyah."
    )
    (patrol,) = reports_of(body, dt.date(2019, 11, 28))
    assert (patrol.date.start, patrol.date.end) == (dt.date(2019, 11, 27), dt.date(2019, 11, 27))


def test_a_truce_declared_over_saying_why_and_words_of_the_same_statement() -> None:
    body = (
        "Army officers and the town's rebel factions signed the truce on Friday 9 March in "
        "al-Qutayfah.\n\n"
        "The following Tuesday, the joint command of the Jirud factions declared the truce over, "
        'saying the army had "buried it with its shells". In the same statement, the command '
        "said government forces had violated the truce 23 times since it took effect."
    )
    reports = reports_of(body, dt.date(2018, 3, 17), "Jirud truce")
    kinds = [r.type for r in reports]
    assert EventType.CEASEFIRE_DECLARED_OVER in kinds and EventType.SHELLING not in kinds
    (over,) = [r for r in reports if r.type is EventType.CEASEFIRE_DECLARED_OVER]
    (count,) = [r for r in reports if r.type is EventType.VIOLATION_ACCUSATION]
    assert count.date == over.date


def test_on_one_weekday_or_another_is_both_days() -> None:
    body = "Not a single family used the crossing at Abu al-Duhur on Tuesday or Wednesday."
    (event,) = reports_of(body, dt.date(2019, 3, 14))
    assert (event.date.start, event.date.end) == (dt.date(2019, 3, 12), dt.date(2019, 3, 13))


def test_hours_later_counts_from_the_attack_not_from_a_truce_recalled_after_it() -> None:
    body = (
        "Rebels fired mortar shells at Bab Touma in Damascus on Monday morning, killing three "
        "civilians.\n\n"
        "The attack was among the deadliest on the capital since a truce for the rebel-held "
        "eastern Ghouta took effect on July 22.\n\n"
        "Hours later, government artillery shelled the Ghouta town of Ein Tarma."
    )
    mortars, truce, shelling = reports_of(body, dt.date(2017, 8, 21))
    assert truce.date.start == dt.date(2017, 7, 22)
    day = dt.date(2017, 8, 21)
    assert (mortars.date.start, mortars.date.end) == (day, day)
    assert (shelling.date.start, shelling.date.end) == (day, day)


def test_the_day_of_a_victims_own_clause_does_not_date_the_act() -> None:
    (killing,) = reports_of(
        "Islamic State militants have killed a 19-year-old student they abducted in July, "
        "activists said on Thursday.",
        dt.date(2018, 8, 3),  # a Friday
    )
    assert (killing.date.start, killing.date.end) == (dt.date(2018, 8, 2), dt.date(2018, 8, 2))
    # ... nor a link of its own clause to an act told before ("it had captured during the
    # fighting"): the day opening the sentence dates the release
    (release,) = reports_of(
        "Yesterday, Ahrar al-Sham released four HTS members it had captured during the fighting.",
        dt.date(2023, 12, 7),  # a Thursday
    )
    assert (release.date.start, release.date.end) == (dt.date(2023, 12, 6), dt.date(2023, 12, 6))


def test_an_act_a_day_before_the_one_told_is_that_day() -> None:
    """ "The violence erupted on Sunday ..., a day after gunmen seized a trader": the
    seizure is the Saturday."""
    (seizure,) = reports_of(
        "The violence erupted on Sunday in al-Maqwas, a day after gunmen seized a Druze "
        "vegetable trader on the highway, local residents said.",
        dt.date(2025, 7, 15),  # a Tuesday
    )
    assert (seizure.date.start, seizure.date.end) == (dt.date(2025, 7, 12), dt.date(2025, 7, 12))


def test_the_day_a_toll_was_given_does_not_date_the_killing() -> None:
    """ ", the Observatory said on Friday." is the day of the words: the story stays on the
    Thursday its lead told, and the bombing told next is of that day too."""
    body = (
        "HASAKAH, Syria, Jan 21 (Test Wire) - Islamic State fighters stormed the prison in "
        "Hasakah late on Thursday and battled its guards through the night.\n\n"
        "At least 23 people were killed, among them 14 attackers and seven guards, the Syrian "
        "Observatory for Human Rights said on Friday.\n\n"
        "The assault began shortly after 7 p.m., when a suicide bomber rammed a pick-up truck "
        "packed with explosives into the prison's main gate."
    )
    reports = reports_of(body, dt.date(2022, 1, 21), "Islamic State attacks Hasakah prison")
    thursday = dt.date(2022, 1, 20)
    (bomb,) = [r for r in reports if r.type is EventType.SUICIDE_BOMB]
    assert (bomb.date.start, bomb.date.end) == (thursday, thursday)
    assert all(r.date.start is None or r.date.start <= thursday for r in reports)
