"""Does an incident's date window fall inside an agreement's period?

Dates carry their precision, so the answer has three values: inside, possibly
inside (the window straddles a boundary, e.g. "last weekend" across the start,
or a day-precision event on the day the truce began at 19:00), or outside.
An end declared by a party is known only to the day, so events on that day are
"possibly inside" too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from truce.model import EventDate


class Timing(StrEnum):
    INSIDE = "inside"
    POSSIBLY_INSIDE = "possibly_inside"
    OUTSIDE = "outside"


@dataclass(frozen=True)
class PeriodWindow:
    """A period's bounds; ``end_day`` is a declared end known only to the day."""

    period_id: str
    start: dt.datetime
    end: dt.datetime | None = None
    end_day: dt.date | None = None


_FAR_PAST = dt.datetime(1, 1, 2, tzinfo=dt.UTC)
_FAR_FUTURE = dt.datetime(9999, 12, 30, tzinfo=dt.UTC)


def _midnight(day: dt.date, tz: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=tz)


def fmt_moment(moment: dt.datetime) -> str:
    text = f"{moment.day} {moment:%b %Y}"
    return text if (moment.hour, moment.minute) == (0, 0) else f"{text} {moment:%H:%M}"


def fmt_date(date: EventDate) -> str:
    if date.start is None and date.end is None:
        return "an unknown date"
    if date.start is None:
        return f"an unknown date before {date.end:%d %b %Y}".replace(" 0", " ")
    start = f"{date.start.day} {date.start:%b %Y}"
    if date.end is None or date.end == date.start:
        return start
    return f"{start} – {date.end.day} {date.end:%b %Y}"


def classify(date: EventDate, window: PeriodWindow, tz: ZoneInfo) -> tuple[Timing, str]:
    """Timing of an event against one period, with the reason in plain words."""
    ev_lo = _midnight(date.start, tz) if date.start else _FAR_PAST
    ev_hi = _midnight(date.end + dt.timedelta(days=1), tz) if date.end else _FAR_FUTURE
    if window.end_day is not None:
        end_lo = _midnight(window.end_day, tz)
        end_hi = _midnight(window.end_day + dt.timedelta(days=1), tz)
        end_text = f"the declared end on {window.end_day.day} {window.end_day:%b %Y}"
    elif window.end is not None:
        end_lo = end_hi = window.end
        end_text = f"its end on {fmt_moment(window.end)}"
    else:
        end_lo = end_hi = _FAR_FUTURE
        end_text = "no end declared"
    when = fmt_date(date)
    start_text = fmt_moment(window.start.astimezone(tz))
    if ev_hi <= window.start or ev_lo >= end_hi:
        side = "before the start on " + start_text if ev_hi <= window.start else "after " + end_text
        return Timing.OUTSIDE, f"outside period {window.period_id!r}: {when} is {side}"
    if ev_lo >= window.start and ev_hi <= end_lo:
        return (
            Timing.INSIDE,
            f"inside period {window.period_id!r}: {when} falls after {start_text} and "
            + (f"before {end_text}" if window.end or window.end_day else f"({end_text})"),
        )
    return (
        Timing.POSSIBLY_INSIDE,
        f"possibly inside period {window.period_id!r}: {when} straddles a boundary "
        f"(start {start_text}; {end_text})",
    )
