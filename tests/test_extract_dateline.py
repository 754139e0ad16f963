"""The reference date a text carries itself, and the dates of events that give none.

Calendar: 1 Feb 2015 was a Sunday; 20 Sep 2016 a Tuesday; 5 Apr 2017 a Wednesday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from truce.extract import RuleExtractor
from truce.extract.dateline import find_dateline
from truce.ids import content_hash
from truce.model import DatePrecision, Document, Extraction

D = dt.date


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Wed 05 Apr 2017 Jets struck a market. Nine died.", D(2017, 4, 5)),
        ("Posted on April 19 2017 by Desk Name Six killed in a blast. More.", D(2017, 4, 19)),
        ("Published July 5 2015 Coalition aircraft struck a town.", D(2015, 7, 5)),
        ("24.08.2013 State media accused rebels of an attack.", D(2013, 8, 24)),  # day first
        ("05-09-2013 Car bomb kills four. Four people died.", D(2013, 9, 5)),
        ("07.10.2017(updated 1500 07.10.2017) Get short URL A strike hit.", D(2017, 10, 7)),
        ("Last updated at Apr 232017 BEIRUT An attack killed three.", D(2017, 4, 23)),
        ("Saturday 23 April 2016 17:53 Coalition head said the raids went on.", D(2016, 4, 23)),
        ("Date of publication 3 October 2016 Jets struck a town.", D(2016, 10, 3)),
        # the repeated headline and the agency before the dateline
        ("Blast kills seven in capital Monitor AFP Sunday 1 Feb 2015 At least seven died.",
         D(2015, 2, 1)),
        ("Ten killed in raid on a town in Raqqa 21 November 2016 SANA Aircraft struck.",
         D(2016, 11, 21)),
        # a headline paragraph of its own, then the dateline
        ("Minister urges Intl. inquiry into attack.\n\nApril 10 2017 The minister said.",
         D(2017, 4, 10)),
    ],
)  # fmt: skip
def test_datelines(body: str, expected: dt.date) -> None:
    found = find_dateline(body)
    assert found is not None and found.leading
    assert found.date == expected
    assert str(expected.year) in body[found.start : found.end]  # the span is the date


@pytest.mark.parametrize(
    "body",
    [
        "Jets struck Aleppo on 17 September 2016, a monitor said.",  # an event date
        "Jets killed 20 people Saturday 17 September 2016 in Aleppo.",  # inside a sentence
        "Jets struck Aleppo. Talks resumed on 3 March 2016 in Geneva.",  # after the lead
    ],
)
def test_a_date_in_a_sentence_is_no_dateline(body: str) -> None:
    found = find_dateline(body)
    assert found is not None and not found.leading  # only the weak fallback


def test_no_date_at_all() -> None:
    assert find_dateline("Jets struck Aleppo on Saturday.") is None


def _run(body: str, published: dt.date | None = None) -> Extraction:
    doc = Document(
        id="doc_" + content_hash(body)[:8], raw_text=body, body=body,
        content_hash=content_hash(body), published=published,
    )  # fmt: skip
    return RuleExtractor(use_gazetteer=False).extract(doc, source_name="Desk")


def test_the_dateline_dates_the_document_not_the_event() -> None:
    body = (
        "Bus blast kills seven Monitor AFP Sunday 1 Feb 2015 "
        "A bomb exploded on a bus, a monitor said."
    )
    extraction = _run(body)
    (blast,) = extraction.reports
    assert extraction.published == D(2015, 2, 1)
    # no date in the lead: the day of publication or the day before, never a guessed day
    assert (blast.date.start, blast.date.end) == (D(2015, 1, 31), D(2015, 2, 1))
    assert blast.date.precision is DatePrecision.DAYS
    assert blast.date.basis is None


def test_weekdays_resolve_against_the_dateline() -> None:
    (clash,) = _run("Wed 05 Apr 2017 Rebels clashed with troops on Monday.").reports
    assert clash.date.start == clash.date.end == D(2017, 4, 3)


def test_an_undated_event_outside_the_lead_stays_unknown() -> None:
    body = (
        "Coalition jets struck a depot near Raqqa on Monday. The monitor gave no toll.\n\n"
        "Rebels shelled a district of Aleppo."
    )
    _, shelling = _run(body, published=D(2016, 9, 20)).reports
    assert (shelling.date.start, shelling.date.end) == (None, D(2016, 9, 20))
    assert shelling.date.precision is DatePrecision.UNKNOWN


def test_vague_words_stay_unknown_in_the_lead() -> None:
    (strike,) = _run("Jets struck a depot some time ago.", published=D(2016, 9, 20)).reports
    assert strike.date.start is None and strike.date.precision is DatePrecision.UNKNOWN


def test_no_publication_date_and_no_dateline_claims_no_range() -> None:
    (strike,) = _run("Jets struck a depot, a monitor said.").reports
    assert (strike.date.start, strike.date.end) == (None, None)


def test_a_date_found_only_deep_in_the_text_gives_no_range() -> None:
    body = "Jets struck a depot, a monitor said. Talks resumed on 3 March 2016 in Geneva."
    strike = _run(body).reports[0]
    assert strike.date.start is None  # 3 March 2016 may be anything but the publication date
