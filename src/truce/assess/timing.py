"""Does an incident's date window fall inside an agreement's period?

Dates carry their precision, so the answer has three values: inside, possibly
inside (the window straddles a boundary, e.g. "last weekend" across the start,
or a day-precision event on the day the truce began at 19:00), or outside.
An end declared by a party is known only to the day, so events on that day are
"possibly inside" too.

Everything is compared in the agreement's local wall-clock time, in minutes
since 1970-01-01: truces start "at 19:00 Damascus time" and events are dated by
local days. The scalar path (``classify``, which writes the reason) and the
vectorised one (``classify_many``, used for bulk assessment) share the bounds
below, so they cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

import numpy as np
import numpy.typing as npt

from truce.model import EventDate


class Timing(StrEnum):
    INSIDE = "inside"
    POSSIBLY_INSIDE = "possibly_inside"
    OUTSIDE = "outside"


#: Integer codes of the timings for the vectorised path (lower is "more inside").
TIMING_CODES: tuple[Timing, ...] = (Timing.INSIDE, Timing.POSSIBLY_INSIDE, Timing.OUTSIDE)

_EPOCH = dt.date(1970, 1, 1)
_MIN_PER_DAY = 1440
#: Sentinels for "no bound known": far outside any real date, far inside int64.
NEVER_BEFORE = -(2**60)
NEVER_AFTER = 2**60


@dataclass(frozen=True)
class PeriodWindow:
    """A period's bounds; ``end_day`` is a declared end known only to the day."""

    period_id: str
    start: dt.datetime
    end: dt.datetime | None = None
    end_day: dt.date | None = None


@dataclass(frozen=True)
class Bounds:
    """A window in local minutes: ``end_lo..end_hi`` is when the end may fall."""

    start: int
    end_lo: int
    end_hi: int


def day_number(day: dt.date) -> int:
    """Days since 1970-01-01 (negative before)."""
    return (day - _EPOCH).days


def _local_minutes(moment: dt.datetime, tz: ZoneInfo) -> int:
    local = moment.astimezone(tz).replace(tzinfo=None) if moment.tzinfo else moment
    delta = local - dt.datetime(1970, 1, 1)
    return delta.days * _MIN_PER_DAY + delta.seconds // 60


def window_bounds(window: PeriodWindow, tz: ZoneInfo) -> Bounds:
    start = _local_minutes(window.start, tz)
    if window.end_day is not None:
        lo = day_number(window.end_day) * _MIN_PER_DAY
        return Bounds(start, lo, lo + _MIN_PER_DAY)
    if window.end is not None:
        end = _local_minutes(window.end, tz)
        return Bounds(start, end, end)
    return Bounds(start, NEVER_AFTER, NEVER_AFTER)


def event_bounds(date: EventDate) -> tuple[int, int]:
    """First and last possible minute (exclusive) of an event date, local time."""
    lo = day_number(date.start) * _MIN_PER_DAY if date.start else NEVER_BEFORE
    hi = (day_number(date.end) + 1) * _MIN_PER_DAY if date.end else NEVER_AFTER
    return lo, hi


def fmt_moment(moment: dt.datetime) -> str:
    text = f"{moment.day} {moment:%b %Y}"
    return text if (moment.hour, moment.minute) == (0, 0) else f"{text} {moment:%H:%M}"


def fmt_day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def fmt_date(date: EventDate) -> str:
    if date.start is None and date.end is None:
        return "an unknown date"
    if date.start is None:
        return f"an unknown date before {fmt_day(date.end)}" if date.end else "an unknown date"
    if date.end is None:
        return f"an unknown date after {fmt_day(date.start)}"
    if date.end == date.start:
        return fmt_day(date.start)
    return f"{fmt_day(date.start)} – {fmt_day(date.end)}"


def _code(ev_lo: int, ev_hi: int, bounds: Bounds) -> int:
    if ev_hi <= bounds.start or ev_lo >= bounds.end_hi:
        return 2
    if ev_lo >= bounds.start and ev_hi <= bounds.end_lo:
        return 0
    return 1


def classify(date: EventDate, window: PeriodWindow, tz: ZoneInfo) -> tuple[Timing, str]:
    """Timing of an event against one period, with the reason in plain words."""
    ev_lo, ev_hi = event_bounds(date)
    bounds = window_bounds(window, tz)
    if window.end_day is not None:
        end_text = f"the declared end on {fmt_day(window.end_day)}"
    elif window.end is not None:
        end_text = f"its end on {fmt_moment(window.end.astimezone(tz))}"
    else:
        end_text = "no end declared"
    when = fmt_date(date)
    start_text = fmt_moment(window.start.astimezone(tz))
    code = _code(ev_lo, ev_hi, bounds)
    name = f"period {window.period_id!r}"
    if code == 2:
        side = f"before the start on {start_text}" if ev_hi <= bounds.start else f"after {end_text}"
        return Timing.OUTSIDE, f"outside {name}: {when} is {side}"
    if code == 0:
        tail = f"before {end_text}" if bounds.end_lo < NEVER_AFTER else f"({end_text})"
        return Timing.INSIDE, f"inside {name}: {when} falls after {start_text} and {tail}"
    if date.start is None or date.end is None:
        edge = f"before its start on {start_text}" if ev_lo < bounds.start else f"after {end_text}"
        return Timing.POSSIBLY_INSIDE, f"possibly inside {name}: {when} may fall {edge}"
    return (
        Timing.POSSIBLY_INSIDE,
        f"possibly inside {name}: {when} straddles a boundary (start {start_text}; {end_text})",
    )


def classify_many(
    ev_lo: npt.NDArray[np.int64], ev_hi: npt.NDArray[np.int64], windows: list[Bounds]
) -> npt.NDArray[np.int8]:
    """Best timing code (0 inside, 1 possibly, 2 outside) of many events over windows."""
    best = np.full(ev_lo.shape, 2, dtype=np.int8)
    for bounds in windows:
        outside = (ev_hi <= bounds.start) | (ev_lo >= bounds.end_hi)
        inside = (ev_lo >= bounds.start) & (ev_hi <= bounds.end_lo)
        code = np.where(inside, 0, np.where(outside, 2, 1)).astype(np.int8)
        np.minimum(best, code, out=best)
    return best
