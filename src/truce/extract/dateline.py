"""The date a news text carries itself: its dateline.

A pasted article usually has no metadata, but it opens with a dateline ("Wed 05 Apr
2017 ...", "Posted on April 19 2017 by ...", "24.08.2013", or the repeated headline and
the agency before it: "... Monitor AFP Sunday 1 Feb 2015 At least ..."). That date is
the reference for "on Sunday" and "yesterday". A full date in the head of the text
counts as a dateline only when it is not part of a sentence about the event: the word
before it is not lower case ("killed 20 people on 1 February 2015" is an event date),
unless it is a label such as "posted on" or "last updated at". Without a dateline, the
first full date anywhere is a weaker fallback (``leading=False``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from truce.extract.sentences import is_abbreviation
from truce.ingest.text import MONTH_NUMBERS, MONTH_PATTERN

_MONTH = rf"(?P<m>{MONTH_PATTERN})"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_D = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_Y = r"(?P<y>(?:19|20)\d\d)"
_HEAD_PATTERNS = (
    re.compile(rf"\b{_WEEKDAY}{_D}\s+(?:of\s+)?{_MONTH}(?!\w),?\s+{_Y}(?!\d)"),
    # "Apr 232017": a month, a day and a year run together
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_D},?\s*{_Y}(?!\d)"),
    re.compile(rf"(?<![\d.-]){_D}(?P<sep>[.-])(?P<mn>\d{{1,2}})(?P=sep){_Y}(?!\d)"),
    re.compile(rf"(?<![\d-]){_Y}-(?P<mn>\d\d)-{_D}(?!\d)"),
)
_ANYWHERE = (
    re.compile(rf"\b{_D}\s+(?:of\s+)?{_MONTH}(?!\w),?\s+{_Y}(?!\d)"),
    re.compile(rf"\b{_MONTH}\s+{_D},?\s+{_Y}(?!\d)"),
)
_HEAD_CHARS = 300
_SENTENCE_END = re.compile(
    r"(?:[.!?][\"”’')\]]*)?\s*\n\s*\n\s*|[.!?][\"”’')\]]*\s+(?=[\"“‘(]?[A-Z0-9])"
)
_LABEL = re.compile(
    r"(?:posted|published|updated|dated?|publication)(?:\s+(?:on|at|in))?\W*$", re.IGNORECASE
)
_WORD_BEFORE = re.compile(r"([\w'’-]+)\W*$")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A date found in the text as its own; offsets index the body."""

    date: dt.date
    start: int
    end: int
    leading: bool


def find_dateline(body: str) -> Dateline | None:
    """The dateline at the head of ``body``, else the first full date anywhere."""
    for offset, head in _heads(body):
        found = [
            (match, day)
            for pattern in _HEAD_PATTERNS
            for match in pattern.finditer(head)
            if (day := _date_of(match)) is not None and _free_standing(head, match.start())
        ]
        if found:
            match, day = min(found, key=lambda item: item[0].start())
            return Dateline(day, offset + match.start(), offset + match.end(), leading=True)
    anywhere = [
        (match, day)
        for pattern in _ANYWHERE
        for match in pattern.finditer(body)
        if (day := _date_of(match)) is not None
    ]
    if anywhere:
        match, day = min(anywhere, key=lambda item: item[0].start())
        return Dateline(day, match.start(), match.end(), leading=False)
    return None


def _heads(body: str) -> list[tuple[int, str]]:
    """Where a dateline may stand: the text before the first sentence ends (at most 300
    characters); after a headline that is a paragraph of its own, the same in the next."""
    end = _sentence_end(body, 0)
    if end is None:
        return [(0, body[:_HEAD_CHARS])]
    heads = [(0, body[: end.start()])]
    if "\n" in end.group():
        following = _sentence_end(body, end.end())
        stop = following.start() if following else end.end() + _HEAD_CHARS
        heads.append((end.end(), body[end.end() : stop]))
    return heads


def _sentence_end(body: str, start: int) -> re.Match[str] | None:
    """The first sentence end within 300 characters of ``start`` (not an abbreviation)."""
    for match in _SENTENCE_END.finditer(body, start, start + _HEAD_CHARS):
        if body[match.start()] != "." or not is_abbreviation(body, match.start()):
            return match
    return None


def _free_standing(head: str, start: int) -> bool:
    """Not inside a sentence: nothing before it, a capitalised word or number, or a label."""
    before = head[:start]
    if _LABEL.search(before):
        return True
    word = _WORD_BEFORE.search(before)
    return word is None or not word.group(1)[0].islower()


def _date_of(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    month = groups.get("m")
    number = MONTH_NUMBERS.get(month[:3].lower()) if month else int(groups["mn"])
    if number is None:
        return None
    try:
        return dt.date(int(match.group("y")), number, int(match.group("d")))
    except ValueError:
        return None


# "HAMA, Syria, May 4 (Test Wire) - ", "DAMASCUS, Sept 16 - ": a wire item's city and day,
# with no year, opening its paragraph
_WIRE = re.compile(
    rf"[A-Z][A-Z'’. -]{{1,30}}(?:,\s*[A-Z][A-Za-z'’. -]{{1,30}})?,\s*{_MONTH}\s+{_D}"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]\s"
)


def wire_dateline(text: str, reference: dt.date) -> tuple[dt.date, int] | None:
    """The day a wire item opening ``text`` was filed, and where its dateline ends: the
    year is the one that puts the day on or before ``reference`` (a story filed on 31
    December and published on 1 January is December's)."""
    match = _WIRE.match(text)
    if match is None:
        return None
    number = MONTH_NUMBERS.get(match.group("m")[:3].lower())
    if number is None:
        return None
    for year in (reference.year, reference.year - 1):
        try:
            day = dt.date(year, number, int(match.group("d")))
        except ValueError:
            return None
        if day <= reference:
            return day, match.end()
    return None
