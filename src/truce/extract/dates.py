"""When an event happened, read against the document's publication date.

News rarely gives full dates: "last weekend", "on Saturday", "September 19". Each
is resolved against the publication date (the reference) with a precision that
claims no more than the text does: "last weekend" in a Tuesday paper is the
Saturday-Sunday range (precision ``days``), not a guessed day. A date without a
year is the most recent such date not after publication. Narrative links ("a few
hours later") are returned unresolved, with a day shift, for the caller to apply
to the previous event's date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from truce.extract.dateline import find_dateline
from truce.extract.needs import needing
from truce.extract.screens import ScreenSet
from truce.ingest.text import MONTH_PATTERN
from truce.model import DatePrecision, EventDate

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
# Month names are matched capitalised only, so "may have" is never a date.
_MONTH = MONTH_PATTERN
WEEKDAY_PATTERN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY = WEEKDAY_PATTERN
_MONTH_CAPS = (
    r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)"
)
_COUNT = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression in a sentence (offsets relative to that sentence).

    ``date`` is set when the expression resolves on its own; ``shift`` (days) is set
    instead for expressions tied to the previous event ("a few hours later" = 0), or with
    ``to_truce`` to the truce told before ("on the eve of the truce" = -1). ``of_year_told``:
    the words name a time of the year the text last wrote ("That same summer"), which the
    caller reads from the text before.
    """

    start: int
    end: int
    text: str
    date: EventDate | None = None
    shift: int | None = None
    to_truce: bool = False
    of_year_told: bool = False


_Resolver = Callable[[re.Match[str], dt.date | None], EventDate | None]


def find_dates(text: str, reference: dt.date | None) -> list[DateMention]:
    """Temporal expressions in ``text``, earliest first, without overlaps."""
    found: list[DateMention] = []
    for i in sorted(_SCREENS.hits(text)):  # the patterns that may match, in order
        for match in _SCREENS.finditer(i, text):
            start, end = match.span()
            if any(m.start < end and start < m.end for m in found):
                continue
            if i < len(_RULES):
                found.append(_mention(match, _RULES[i][1], reference))
            elif i >= len(_RULES) + len(_LINKS):
                found.append(DateMention(start, end, match.group(), of_year_told=True))
            else:
                _, shift, sign, truce = _LINKS[i - len(_RULES)]
                hours = match.groupdict().get("h")
                days = (
                    shift
                    if shift is not None
                    else int(hours) // 24
                    if hours
                    else sign * count_in(match)
                )
                found.append(DateMention(start, end, match.group(), shift=days, to_truce=truce))
    return sorted(found, key=lambda m: m.start)


def _mention(match: re.Match[str], resolver: _Resolver, ref: dt.date | None) -> DateMention:
    resolved = resolver(match, ref)
    if resolved is None:  # nothing to resolve against: keep the words, claim nothing
        resolved = EventDate(precision=DatePrecision.UNKNOWN)
    return DateMention(
        *match.span(),
        match.group(),
        date=resolved.model_copy(update={"basis": match.group().strip()}),
    )


_UNTIL = re.compile(r"\b(?:until|till)\s+(?:\d{1,2}[:.]\d{2}\s+(?:[A-Za-z]+\s+){0,2}?)?(?:on\s+)?$")


def limit_ahead(text: str, mention: DateMention, reference: dt.date | None) -> bool:
    """ "extended ... until 19:00 on 22 October", a day still to come: how long the act
    holds, not when it was done (a day past stays: "fighting went on until 20 October")."""
    start = mention.date.start if mention.date is not None else None
    return (
        start is not None
        and reference is not None
        and start > reference
        and _UNTIL.search(text, max(mention.start - 24, 0), mention.start) is not None
    )


def undated(reference: dt.date | None, basis: str | None = None) -> EventDate:
    """An event known only to precede publication."""
    return EventDate(start=None, end=reference, precision=DatePrecision.UNKNOWN, basis=basis)


def shifted(anchor: EventDate, days: int, basis: str) -> EventDate:
    """The anchor's date moved by ``days`` ("the next day"), same precision."""
    delta = dt.timedelta(days=days)
    start = anchor.start + delta if anchor.start else None
    end = anchor.end + delta if anchor.end else None
    return EventDate(start=start, end=end, precision=anchor.precision, basis=basis)


def infer_published(body: str) -> dt.date | None:
    """A reference date from the text: its dateline, else the first full date
    (see :func:`truce.extract.dateline.find_dateline`)."""
    found = find_dateline(body)
    return found.date if found else None


# --- resolvers -------------------------------------------------------------------------


_DAYS_AHEAD = 7  # how far after the reference date a day named without its year may lie


def _day(year: str | None, month: str, day: str, ref: dt.date | None = None) -> dt.date | None:
    number = _MONTHS.get(month.lower().rstrip("."))
    if number is None:
        return None
    try:
        if year:
            return dt.date(int(year), number, int(day))
        if ref is None:
            return None
        candidate = dt.date(ref.year, number, int(day))
        # (a day a week or less ahead is this year's, a deadline: "extended until 19:00 on
        # 22 October", published on the 21st)
        if candidate <= ref + dt.timedelta(days=_DAYS_AHEAD):
            return candidate
        return dt.date(ref.year - 1, number, int(day))
    except ValueError:
        return None


def _of_this_month(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    """ "on the 12th": that day of the month of ``ref``, or of the month before when the
    day is still to come."""
    if ref is None:
        return None
    day, year, month = int(match.group("d")), ref.year, ref.month
    if day > ref.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    return EventDate(start=found, end=found, precision=DatePrecision.DAY)


def _explicit(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    day = _day(match.group("y"), match.group("m"), match.group("d"), ref)
    return EventDate(start=day, end=day, precision=DatePrecision.DAY) if day else None


def _iso(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    try:
        day = dt.date.fromisoformat(match.group())
    except ValueError:
        return None
    return EventDate(start=day, end=day, precision=DatePrecision.DAY)


def _slashed(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    """ "14/03/2020" (day first, as the UN and Syrian sources write), "2/22/2015" (month
    first, as US sources do): the order the numbers allow; both allowed, the reading that
    falls latest on or before the reference (day first without one)."""
    first, second, year = (int(match.group(k)) for k in ("a", "b", "y"))
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    if ref is not None and len(readings) == 2:
        before = [d for d in readings if d <= ref]
        readings = [max(before)] if before else readings
    if not readings:
        return None
    return EventDate(start=readings[0], end=readings[0], precision=DatePrecision.DAY)


def _day_range(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    """ "between 10 and 25 May", "from 29 May to 6 June", "1-5 March 2019": the days from
    the first to the last (a last day before the first is in the next year)."""
    first = _day(match.group("y"), match.group("m"), match.group("d"), ref)
    named = match.groupdict()
    last_month = _MONTHS.get((named.get("m2") or named["m"]).lower().rstrip("."))
    if first is None or last_month is None:
        return None
    try:
        last = dt.date(first.year, last_month, int(match.group("d2")))
    except ValueError:
        return None
    if last < first:
        last = last.replace(year=first.year + 1)
    return EventDate(start=first, end=last, precision=DatePrecision.DAYS)


def _month_year(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    month = _MONTHS[match.group("m").lower().rstrip(".")]
    year = int(match.group("y"))
    last = calendar.monthrange(year, month)[1]
    start, end = dt.date(year, month, 1), dt.date(year, month, last)
    return EventDate(start=start, end=end, precision=DatePrecision.MONTH)


def _year(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    year = int(match.group("y"))
    return EventDate(
        start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), precision=DatePrecision.YEAR
    )


def _weekday(match: re.Match[str], ref: dt.date | None, group: str = "wd") -> EventDate | None:
    if ref is None:
        return None
    wanted = WEEKDAYS.index(match.group(group).lower())
    day = ref - dt.timedelta(days=(ref.weekday() - wanted) % 7)
    return EventDate(start=day, end=day, precision=DatePrecision.DAY)


def _last_weekday(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    """ "last Saturday": the latest such day before the reference (in a Saturday paper, the
    Saturday a week before, not the day itself)."""
    if ref is None:
        return None
    back = (ref.weekday() - WEEKDAYS.index(match.group("wd").lower())) % 7 or 7
    day = ref - dt.timedelta(days=back)
    return EventDate(start=day, end=day, precision=DatePrecision.DAY)


def _weekday_last_week(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    if ref is None:
        return None
    monday = ref - dt.timedelta(days=ref.weekday() + 7)
    day = monday + dt.timedelta(days=WEEKDAYS.index(match.group("wd").lower()))
    return EventDate(start=day, end=day, precision=DatePrecision.DAY)


def _since_weekday(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    """ "since Monday": from that day up to the reference."""
    day = _weekday(match, ref)
    if day is None or day.start is None or ref is None:
        return None
    return EventDate(start=day.start, end=ref, precision=DatePrecision.DAYS)


def _days_back(first: int, last: int, precision: DatePrecision) -> _Resolver:
    """A range ``first``..``last`` days before the reference."""

    def resolve(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
        if ref is None:
            return None
        start, end = ref - dt.timedelta(days=first), ref - dt.timedelta(days=last)
        return EventDate(start=start, end=end, precision=precision)

    return resolve


def _days_of(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    """ "Three days of fighting ... killed 17, the monitor said on Saturday": the days
    before the day of the news, that many of them."""
    if ref is None:
        return None
    days = count_in(match)
    return EventDate(
        start=ref - dt.timedelta(days=days),
        end=ref - dt.timedelta(days=1),
        precision=DatePrecision.DAYS,
    )


def _ago(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    if ref is None:
        return None
    count, unit = count_in(match), match.group("unit").lower()
    if unit.startswith("week"):
        middle = ref - dt.timedelta(weeks=count)
        return EventDate(
            start=middle - dt.timedelta(days=3),
            end=min(ref, middle + dt.timedelta(days=3)),
            precision=DatePrecision.WEEK,
        )
    day = ref - dt.timedelta(days=count)
    return EventDate(start=day, end=day, precision=DatePrecision.DAY)


def _last_weekend(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    """The most recent Saturday-Sunday that ended before the reference day."""
    if ref is None:
        return None
    sunday = ref - dt.timedelta(days=(ref.weekday() - 6) % 7 or 7)
    return EventDate(start=sunday - dt.timedelta(days=1), end=sunday, precision=DatePrecision.DAYS)


def _this_weekend(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    """The most recent weekend that had begun by the reference day."""
    if ref is None:
        return None
    saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
    end = min(ref, saturday + dt.timedelta(days=1))
    return EventDate(start=saturday, end=end, precision=DatePrecision.DAYS)


def _last_week(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    if ref is None:
        return None
    monday = ref - dt.timedelta(days=ref.weekday() + 7)
    return EventDate(start=monday, end=monday + dt.timedelta(days=6), precision=DatePrecision.WEEK)


def _this_week(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    if ref is None:
        return None
    return EventDate(
        start=ref - dt.timedelta(days=ref.weekday()), end=ref, precision=DatePrecision.WEEK
    )


def _this_month(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    if ref is None:
        return None
    return EventDate(start=ref.replace(day=1), end=ref, precision=DatePrecision.MONTH)


def _last_month(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    if ref is None:
        return None
    end = ref.replace(day=1) - dt.timedelta(days=1)
    return EventDate(start=end.replace(day=1), end=end, precision=DatePrecision.MONTH)


def _month_name(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    """ "in February": the most recent February not after the reference ("last
    December": strictly before the reference's month)."""
    if ref is None:
        return None
    month = _MONTHS[match.group("m").lower().rstrip(".")]
    strict = match.group().lower().startswith("last")
    year = ref.year if month < ref.month or (month == ref.month and not strict) else ref.year - 1
    first, last = 1, calendar.monthrange(year, month)[1]
    precision = DatePrecision.MONTH
    part = _PART_OF_MONTH.search(match.group())  # "in late August": the 21st to the end
    if week := match.groupdict().get("wk"):  # "in the first week of March": the 1st to 7th
        nth = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(week.lower())
        first, last = (1 + 7 * nth, 7 + 7 * nth) if nth is not None else (last - 6, last)
        precision = DatePrecision.WEEK
    elif part is not None:
        first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}[part[0].lower()]
    start = dt.date(year, month, first)
    end = min(ref, dt.date(year, month, last))
    return EventDate(start=start, end=end, precision=precision)


_PART_OF_MONTH = re.compile(r"\b(?:early|mid|late)\b", _I)


def _weekday_range(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    """ "between Thursday and Saturday": the most recent such days, in order."""
    first, last = _weekday(match, ref), _weekday(match, ref, "wd2")
    if first is None or last is None or first.start is None or last.start is None:
        return None
    start, end = first.start, last.start
    if start > end:  # "from Saturday to Monday" read on a Monday
        start -= dt.timedelta(days=7)
    return EventDate(start=start, end=end, precision=DatePrecision.DAYS)


def _vague(match: re.Match[str], ref: dt.date | None) -> EventDate | None:
    return undated(ref)


def count_in(match: re.Match[str]) -> int:
    """The number a match's group ``n`` gives, in digits or words ("two", "a")."""
    raw = match.group("n").lower()
    return int(raw) if raw.isdigit() else _WORD_NUMBERS.get(raw, 1)


# "The violence erupted on Sunday, a day after gunmen seized a trader": an act told in a
# phrase counted back from the day of the words before it
_DAYS_AFTER = re.compile(rf",\s+{_COUNT}\s+days?\s+after\s+(?:[\w'’-]+\s+){{0,4}}$", _I)


def days_after_before(text: str, trigger_start: int) -> tuple[int, int] | None:
    """(where the phrase starts, its count of days) when the trigger follows ", a day
    after" or ", two days after": the act is that many days before the day told earlier."""
    found = _DAYS_AFTER.search(text, max(trigger_start - 60, 0), trigger_start)
    return (found.start(), count_in(found)) if found else None


_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_DAY2 = r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?"
_RULES: tuple[tuple[re.Pattern[str], _Resolver], ...] = (
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), _iso),
    # "Three days of fighting between ... killed": the days up to the news
    # (not "after 27 days of heavy shelling": what the act came after)
    (re.compile(rf"(?<!after )(?<!following )(?<!over )(?<!during )"
                rf"\b{_COUNT}\s+days\s+of\s+(?:[\w-]+\s+)?(?:fighting|clashes|battles|shelling"
                r"|bombardment|air strikes|strikes)\b", re.IGNORECASE), _days_of),
    (re.compile(r"\b(?<!/)(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])"),
     _slashed),
    # ranges of days: "between 10 and 25 May", "from 29 May to 6 June", "1-5 March 2019",
    # "between May 10 and 25", "from May 29 to June 6"
    (re.compile(rf"\b(?:(?i:between|from)\s+)?{_DAY}\s*(?:[-–]|\s(?i:and|to|until)\s)\s*"
                rf"{_DAY2}\s+(?:of\s+)?(?P<m>{_MONTH})(?!\w){_YEAR}"), _day_range),
    (re.compile(rf"\b(?i:between|from)\s+{_DAY}\s+(?P<m>{_MONTH})\s+(?i:and|to|until)\s+"
                rf"{_DAY2}\s+(?P<m2>{_MONTH})(?!\w){_YEAR}"), _day_range),
    (re.compile(rf"\b(?i:between|from)\s+(?P<m>{_MONTH})\s+{_DAY}\s+(?i:and|to|until)\s+"
                rf"(?:(?P<m2>{_MONTH})\s+)?{_DAY2}\b{_YEAR}"), _day_range),
    (re.compile(rf"\b(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH})\s+{_DAY}\b{_YEAR}"), _explicit),
    # "kidnapped by unidentified gunmen on the 12th", "on the 9th of the current month": a day
    # of this month ("[Oo][Nn]": what "(?i:on)" matches, but the screens see it starts at
    # the word "on" and try it there alone, not all along the sentence)
    (re.compile(r"\b[Oo][Nn] the (?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                r"(?:\s+of\s+(?:the\s+current|this)\s+month\b)?"
                r"(?!\s+(?:of|day|floor|anniversary|century|time))"), _of_this_month),
    # a factbox's capitals: "SUNDAY, DEC 6 - ..."
    (re.compile(rf"\b(?:[A-Z]{{3,6}}DAY,?\s+)?(?P<m>{_MONTH_CAPS})\.?\s+{_DAY}\b{_YEAR}"),
     _explicit),
    (re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:of\s+)?(?P<m>{_MONTH})(?!\w){_YEAR}"),
     _explicit),
    (re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<y>(?:19|20)\d{{2}})\b"), _month_year),
    (re.compile(r"\b(?i:in|during|since)\s+(?:(?i:early|late|mid)-?\s*)?(?P<y>(?:19|20)\d{2})\b"),
     _year),
    # "The Astana talks of 2017 declared Idlib a de-escalation zone": an act of that year
    (re.compile(r"\b(?i:talks|memorandum|agreement|deal|accord|offensive|campaign|truce"
                r"|ceasefire|cease-fire|siege|battle)\s+of\s+(?P<y>(?:19|20)\d{2})\b"), _year),
    # "was spared the violence until 2016, when a wave of bombings killed dozens": that year
    (re.compile(r"\b(?i:until|till)\s+(?P<y>(?:19|20)\d{2})(?=,?\s+(?i:when)\b)"), _year),
    (re.compile(r"\b(?i:the\s+)?(?i:summer|spring|autumn|fall|winter)\s+of\s+(?P<y>(?:19|20)\d{2})\b"),
     _year),
    (re.compile(rf"\b(?:(?i:in|during)\s+(?:(?i:early|late|mid)-?\s*)?|(?i:last)\s+"
                rf"|(?i:in|during)\s+the\s+(?P<wk>(?i:first|second|third|fourth|last|final))\s+"
                rf"(?i:week)\s+of\s+)(?P<m>{_MONTH})(?!\w)(?!\s+\d)"), _month_name),
    # "on Wednesday of last week", "Wednesday last week": that day of the week before
    (re.compile(rf"\b(?P<wd>{_WEEKDAY})\s+(?i:of\s+)?(?i:last\s+week)\b"), _weekday_last_week),
    (re.compile(rf"\b(?i:last)\s+(?P<wd>{_WEEKDAY})\b"), _last_weekday),
    (re.compile(r"\blast weekend\b", _I), _last_weekend),
    (re.compile(r"\b(?:this|over the|at the)\s+weekend\b", _I), _this_weekend),
    (re.compile(r"\blast week\b", _I), _last_week),
    (re.compile(r"\b(?:earlier\s+)?this week\b", _I), _this_week),
    (re.compile(r"\b(?:earlier\s+)?this month\b", _I), _this_month),
    (re.compile(r"\blast month\b", _I), _last_month),
    (re.compile(rf"\b{_COUNT}\s+(?P<unit>days?|weeks?)\s+ago\b", _I), _ago),
    (re.compile(r"\b(?:a few|several|some)\s+days\s+ago\b", _I),
     _days_back(7, 1, DatePrecision.DAYS)),
    (re.compile(r"\b(?:over|in|during|within) the (?:past|last) (?:24|twenty-four) hours\b", _I),
     _days_back(1, 0, DatePrecision.DAYS)),
    (re.compile(r"\b(?:over|in|during|within) the (?:past|last) (?:48 hours|two days)\b", _I),
     _days_back(2, 0, DatePrecision.DAYS)),
    (re.compile(r"\b(?:over|in|during|within) the (?:past|last) (?:72 hours|three days)\b", _I),
     _days_back(3, 0, DatePrecision.DAYS)),
    (re.compile(r"\b(?:over|in|during|within) the (?:past|last) (?:week|seven days)\b", _I),
     _days_back(7, 0, DatePrecision.WEEK)),
    (re.compile(r"\b(?:over|in|during|within) the (?:past|last) (?:few|several) days\b", _I),
     _days_back(7, 0, DatePrecision.DAYS)),
    # "overnight Friday to Saturday", "on the night of Friday to Saturday"
    (re.compile(rf"\b(?i:overnight|the\s+night\s+of)\s+(?i:from\s+)?(?P<wd>{_WEEKDAY})\s+"
                rf"(?i:to|into|and)\s+(?P<wd2>{_WEEKDAY})\b"), _weekday_range),
    # "the night before last": the night of two days ago to yesterday
    (re.compile(r"\bthe night before last\b", _I), _days_back(2, 1, DatePrecision.DAYS)),
    # "late last night": the evening before (an hour past midnight would be "early today")
    (re.compile(r"\blate last night\b", _I), _days_back(1, 1, DatePrecision.DAY)),
    (re.compile(r"\b(?:last night|overnight)\b", _I), _days_back(1, 0, DatePrecision.DAYS)),
    (re.compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b", _I),
     _days_back(2, 2, DatePrecision.DAY)),
    (re.compile(r"\byesterday(?:'s)?\b", _I), _days_back(1, 1, DatePrecision.DAY)),
    (re.compile(r"\b(?:today(?:'s)?|this (?:morning|afternoon|evening)|tonight)\b", _I),
     _days_back(0, 0, DatePrecision.DAY)),
    # a live page's "in the past half hour", "in the last hour": the day it is written
    (re.compile(r"\b(?:over|in|during|within) the (?:past|last) (?:half(?:[ -]an)? hour|hour|"
                r"(?:few|couple of) (?:minutes|hours)|(?:two|three) hours)\b", _I),
     _days_back(0, 0, DatePrecision.DAY)),
    (re.compile(rf"\b(?i:since)\s+(?P<wd>{_WEEKDAY})\b"), _since_weekday),
    (re.compile(rf"\b(?i:between|from)\s+(?P<wd>{_WEEKDAY})\s+(?i:and|to|until)\s+"
                rf"(?P<wd2>{_WEEKDAY})\b"), _weekday_range),
    # "on Tuesday or Wednesday", "on Tuesday and Wednesday": both days
    (re.compile(rf"\b(?i:on)\s+(?P<wd>{_WEEKDAY})\s+(?i:or|and)\s+(?P<wd2>{_WEEKDAY})\b"),
     _weekday_range),
    # "for Thursday", "by Monday", "until Friday": a day ahead, not when something happened
    # (but "claimed responsibility for Sunday's car bomb" is the act's day)
    (re.compile(rf"\b(?<!by )(?<!until )(?<!next )(?:(?<!for )|(?={_WEEKDAY}'s\b))"
                rf"(?P<wd>{_WEEKDAY})(?:'s)?\b"), _weekday),
    (re.compile(r"\b(?:some time ago|a while ago|recently|in recent (?:weeks|months)"
                r"|in the past(?!\s+(?:\d|few|several|two|three|week|month|year|day|hour)))\b", _I),
     _vague),
)  # fmt: skip
# Narrative links: days after the previous event's date (None = read the count, -1: the
# count back, "two days earlier").
# "shortly after the blast", but not "shortly after 1 am" (a time of the day)
_SHORTLY_AFTER = (
    r"\b(?:shortly|soon|immediately) (?:after|afterwards|thereafter)\b"
    r"(?!\s+(?:\d|midnight|noon|midday|dawn|dusk|sunrise|sunset|daybreak|nightfall))"
)
# (the fourth item: counted from the truce told before, not from the previous event)
_IN_FORCE = r"(?:came|entered) into (?:force|effect)"
_TRUCE = r"(?:truce|ceasefire|cease-fire|deadline|cessation of hostilities|agreement|deal|pause)"
_DAY_OF = r"day of (?:the|a|an|its) (?:[\w-]+ ){0,2}?"  # ("of a daily humanitarian pause")
_LINKS: tuple[tuple[re.Pattern[str], int | None, int, bool], ...] = (
    (re.compile(r"\b(?:(?:a few|several|two|three|\d+)\s+)?(?:hours|minutes)\s+later\b", _I), 0, 1,
     False),
    # ("later that day", "Later in the day, coalition aircraft carried out four strikes",
    # "resumed their raids on Douma that afternoon")
    # ("had earlier in the day carried out sorties": the day of the words told before)
    (re.compile(r"\b(?:later|earlier) (?:that|the same) (?:day|morning|afternoon|evening|night)\b"
                r"|\b(?:later|earlier) in the (?:day|afternoon|evening)\b"
                r"|\bthat (?:afternoon|evening)\b", _I),
     0, 1, False),
    # "Hours after the army's announcement": the day of the words told before
    (re.compile(r"\b(?:(?:a few|several|two|three|\d+)\s+)?(?:hours|minutes)\s+after\s+(?:the|its"
                r"|their)\s+(?:[\w'’-]+\s+){0,2}?(?:announcement|statement|declaration|decision)\b",
                _I), 0, 1, False),
    # "On the eve of the truce", "Hours before the deadline": the day of the truce told
    (re.compile(rf"\bon the eve of the {_TRUCE}\b", _I), -1, 1, True),
    (re.compile(rf"\b(?:(?:a few|several|\d+)\s+)?(?:hours|minutes)\s+before\s+the\s+{_TRUCE}\b",
                _I), 0, 1, True),
    # "Exactly 48 hours after the agreement took effect": whole days after the truce's
    (re.compile(rf"\b(?P<h>\d{{2,3}})\s+hours\s+after\s+the\s+{_TRUCE}\s+"
                rf"(?:began|took effect|{_IN_FORCE}|started|was signed)\b", _I),
     None, 1, True),
    # "Less than three hours after the truce began": its first day
    (re.compile(rf"\b(?:less than |within |about |some )?(?:an?|one|two|three|four|five|six|a few|"
                rf"several|\d+)\s+(?:hours?|minutes)\s+after\s+the\s+{_TRUCE}\s+"
                rf"(?:began|took effect|{_IN_FORCE}|started)\b", _I), 0, 1, True),
    # "Within two hours of the start", "within hours of the truce taking effect"
    (re.compile(rf"\bwithin (?:(?:an?|one|two|three|four|five|six|a few|several|\d+)\s+)?"
                rf"(?:hours?|minutes)\s+of\s+(?:the\s+|its\s+)(?:start|beginning"
                rf"|{_TRUCE}(?:'s)?\s+(?:start|beginning|taking effect|coming into (?:force|effect)"
                rf"|starting|beginning))\b", _I), 0, 1, True),
    # "On the first day of the truce", "on its second day"
    (re.compile(rf"\bon the first {_DAY_OF}{_TRUCE}\b", _I), 0, 1, True),
    (re.compile(rf"\bon the second {_DAY_OF}{_TRUCE}\b", _I), 1, 1, True),
    (re.compile(rf"\bon the third {_DAY_OF}{_TRUCE}\b", _I), 2, 1, True),
    # "Hours before the missile strikes, ...": the day of the act told
    (re.compile(r"\b(?:(?:a few|several|\d+)\s+)?(?:hours|minutes)\s+before\s+the\b", _I), 0, 1,
     False),
    (re.compile(r"\b(?:the same (?:day|evening|night|morning|afternoon)"
                r"|that (?:day|evening|night|morning|afternoon)|at the same time)\b", _I), 0, 1,
     False),
    (re.compile(_SHORTLY_AFTER, _I), 0, 1, False),
    (re.compile(r"\bduring the (?:fighting|clashes|battles?|assault)\b", _I), 0, 1, False),
    (re.compile(r"\bthe (?:next|following) (?:day|morning)\b", _I), 1, 1, False),
    (re.compile(r"\b(?:the previous (?:day|evening|night|morning|afternoon)"
                r"|the day before(?!\s+yesterday)|a day earlier)\b", _I), -1, 1, False),
    (re.compile(rf"\b{_COUNT}\s+days?\s+later\b", _I), None, 1, False),
    (re.compile(rf"\b{_COUNT}\s+days?\s+(?:earlier|before(?![ \t]+\w))\b", _I), None, -1, False),
)  # fmt: skip
# "That same summer", "later that year": a time of the year told before
_OF_YEAR_TOLD = re.compile(
    r"\b(?:(?:that|the) same (?:summer|spring|autumn|fall|winter|year)"
    r"|(?:later|earlier) that (?:year|summer|spring|autumn|fall|winter)"
    r"|that (?:summer|spring|autumn|fall|winter)"
    # "Russia's air campaign, which began that September" (after "In the spring of 2015")
    # (months capitalised: "strikes that may amount to war crimes")
    r"|that (?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?!\s*\d))\b",
    _I,
)
_SCREENS = ScreenSet([p for p, _ in _RULES] + [link[0] for link in _LINKS] + [_OF_YEAR_TOLD])


# "Covering Thursday 2 September 2021.", "Period covered: 1 June", "Reporting period:"
_COVERING = needing(  # (run only where one of its words is)
    r"^\W*(?:covering|covers|period covered|reporting period|situation (?:on|as of))\b:?\s*"
    # "Daily field report of the Network, covering Saturday 27 October 2012, the second day"
    r"|\b(?:report|bulletin|update|digest|summary)\b[^.\n]{0,80}?,\s+covering\s+",
    re.IGNORECASE | re.MULTILINE,
)
_COVERING_WITHIN = 300  # characters: a bulletin says what it covers at its head


def covered_day(body: str, reference: dt.date | None) -> EventDate | None:
    """The single day a bulletin's head says it covers, if it says so."""
    head = _COVERING.search(body, 0, _COVERING_WITHIN)
    if head is None:
        return None
    end = body.find("\n", head.end())
    line = body[head.end() : end if end >= 0 else len(body)]
    found = [m.date for m in find_dates(line, reference) if m.date is not None]
    if not found or found[0].precision is not DatePrecision.DAY or found[0].start is None:
        return None
    return found[0].model_copy(update={"basis": head.group().strip() + " " + line.strip()})
