"""The dates a sentence gives its event before the timeline weighs them: the news default
of an undated lead event, and a sentence's own date with what it governs. Small values the
timeline, the rule reader and the readers of earlier events share."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from truce.model import DatePrecision, EventDate

#: Days before publication an undated lead event may have happened.
NEWS_LAG_DAYS = 1


def news_default(reference: dt.date) -> EventDate:
    """The day of publication or the day before, for a lead event given no date."""
    start = reference - dt.timedelta(days=NEWS_LAG_DAYS)
    return EventDate(start=start, end=reference, precision=DatePrecision.DAYS)


def later_day(a: EventDate, b: EventDate) -> bool:
    """Is day ``a`` after day ``b`` (both days, ``a`` from the words)?"""
    return (
        a.precision is DatePrecision.DAY
        and b.precision is DatePrecision.DAY
        and a.start is not None
        and b.start is not None
        and a.start > b.start
    )


def narrows(default: EventDate, date: EventDate | None) -> bool:
    """True when ``date`` falls inside a news-default range (no words read): a later
    sentence of the same story that says "on Thursday" makes the range a day."""
    return (
        date is not None
        and _news_range(default)
        and default.start is not None
        and default.end is not None
        and date.start is not None
        and date.end is not None
        and default.start <= date.start
        and date.end <= default.end
    )


def _news_range(date: EventDate) -> bool:
    return date.basis is None and date.precision is DatePrecision.DAYS


def from_no_words(date: EventDate) -> bool:
    """True for a date no words gave: unknown, or the news default of a lead event."""
    return takes_news_default(date) or _news_range(date)


def takes_news_default(date: EventDate) -> bool:
    """True for an unknown date read from no words: a lead event may take the news default."""
    return date.precision is DatePrecision.UNKNOWN and date.basis is None


class OwnDate(NamedTuple):
    """A sentence's date for its event: ``anchor``: it sets the narrative time;
    ``governs``: it stands in the event's clause or opens the sentence (not merely the
    nearest date of another clause); ``said``: the date of the words that tell it ("the
    coalition said on Tuesday that a strike in August last year ..."), if the sentence
    gives one."""

    date: EventDate
    anchor: bool
    governs: bool
    said: EventDate | None = None
