"""Corrections at the foot of a story ("CORRECTION: An earlier version of this article
misstated the day of the market strike in Sarmin as Tuesday; it was Monday."): the events
read from the body move to the day or place the correction gives, so the record keeps
what the publisher stands by, not what it withdrew."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from truce.extract.dates import WEEKDAY_PATTERN, WEEKDAYS, count_in, shifted
from truce.extract.drafts import Draft
from truce.extract.locate import Locator, to_place
from truce.extract.timeline import CAME_DAYS_AFTER
from truce.model import EventType, PlaceRelation

__all__ = [
    "CORRECTION_LABEL",
    "ENTRY_TIME",
    "apply_corrections",
    "corrected_day",
    "corrected_place",
    "entry_told",
    "withdrawn",
]

# a live page's entry time before its words: "10:30 — "
ENTRY_TIME = r"\d{1,2}[:.]\d{2}\s*[—–-]\s*"
# a correction's label, up to its colon: "CORRECTION, March 30:", "16:45 — CORRECTION:"
CORRECTION_LABEL = re.compile(rf"\W*(?:{ENTRY_TIME})?(?:CORRECTION|Correction)\b[^:.]{{0,30}}:")


def apply_corrections(body: str, drafts: Sequence[Draft], locator: Locator) -> None:
    """Move the events a correction in ``body`` names to its day and place."""
    corrected_day(body, drafts)
    corrected_place(body, drafts, locator)


# "CORRECTION: An earlier version of this article misstated the day of the market strike in
# Sarmin as Tuesday; it was Monday."
_CORRECTED_DAY = re.compile(
    rf"\bmisstated the (?:day|date) of (?:the )?[^.;]{{1,60}}?\bas (?P<wrong>{WEEKDAY_PATTERN})\b"
    rf"[;,.]?\s+(?:it|the \w+) (?:was|took place on|happened on) (?P<right>{WEEKDAY_PATTERN})\b"
)


def corrected_day(body: str, drafts: Sequence[Draft]) -> None:
    """A correction at the foot of a story moves the acts dated on the day it names as
    wrong to the day it gives (the nearest such day: "as Tuesday; it was Monday")."""
    if "misstated" not in body:
        return
    for fix in _CORRECTED_DAY.finditer(body):
        wrong = WEEKDAYS.index(fix.group("wrong").lower())
        right = WEEKDAYS.index(fix.group("right").lower())
        shift = (right - wrong + 3) % 7 - 3  # the nearest: Tuesday -> Monday is one back
        moved = set()
        for draft in drafts:
            day = draft.date
            if day.start and day.start == day.end and day.start.weekday() == wrong:
                moved.add(day.start)
                draft.date = shifted(day, shift, f"{day.basis or ''} (corrected)".strip())
        for draft in drafts:  # "The strike came a day after ...": that act moves with it
            day, came = draft.date, CAME_DAYS_AFTER.search(draft.sentence.text)
            if came and day.start and day.start + dt.timedelta(count_in(came)) in moved:
                draft.date = shifted(day, shift, f"{day.basis} (corrected)")


# "CORRECTION, Jan 18: An earlier version of this story said the pick-up was hit near Suluk,
# in Raqqa province. It was hit on the outskirts of al-Darbasiyah, in Hasakah province."
_CORRECTION = re.compile(r"^\W*correction\b", re.IGNORECASE)
_SAID_WRONG = re.compile(r"\b(?:said|reported|stated|misstated|gave)\b", re.IGNORECASE)
_ON_THE_EDGE = re.compile(r"\b(?:outskirts|edge|near|close to)\b[^.;]{0,20}$", re.IGNORECASE)


def corrected_place(body: str, drafts: Sequence[Draft], locator: Locator) -> None:
    """A correction at the foot that moves an act from the place first given to another:
    the acts told at the first place move to the second (near it when the correction
    says "on the outskirts of" or "near")."""
    for para in body.split("\n"):
        if not _CORRECTION.match(para) or not _SAID_WRONG.search(para):
            continue
        start = body.index(para)
        hits = [h for h in locator.hits if start <= h.start < start + len(para)]
        names = list(dict.fromkeys(h.name for h in hits))
        if len(names) < 2 or "," not in para:
            continue
        wrong, after = hits[0], start + para.find(".")
        right = next((h for h in hits if h.name != wrong.name and h.start > after), None)
        if right is None:
            continue
        near = _ON_THE_EDGE.search(body, max(right.start - 30, start), right.start)
        relation = PlaceRelation.NEAR if near else PlaceRelation.IN
        for draft in drafts:
            if draft.place.name == wrong.name:
                draft.place = to_place(right).model_copy(update={"relation": relation})


# "11:50 — UPDATE on the 08:20 entry: our team in Ariha says there were no air raids this
# morning."
_ENTRY_WITHDRAWN = re.compile(
    rf"^\W*{ENTRY_TIME}(?:UPDATE|CORRECTION)\b[^.:]{{0,20}}?\b(?:on|to) "
    r"(?:our |the |this )?(?P<time>\d{1,2}[:.]\d{2}) entry\b[^\n]*?"
    r"\b(?:there (?:was|were|had been) no\b|(?:did|had) not (?:happen|take place|occur)\b"
    r"|(?:was|were) (?:false|wrong|untrue|mistaken)\b)",
    re.IGNORECASE | re.MULTILINE,
)


def withdrawn(body: str, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` without those of a live page's entry that a later entry withdraws
    ("UPDATE on the 08:20 entry: ... there were no air raids this morning"): what the
    page no longer stands by is no event."""
    if "entry" not in body:
        return list(drafts)
    found = list(_ENTRY_WITHDRAWN.finditer(body))
    if not found:
        return list(drafts)
    times = {m["time"].replace(".", ":") for m in found}
    # (the withdrawing entry's own words, "The blasts people heard were Turkish army
    # engineers destroying old munitions", tell of no event either)
    spans = [(m.start(), _line_end(body, m.end())) for m in found]
    kept = []
    for draft in drafts:
        if any(_in_entry(body, draft, time) for time in times):
            continue
        draft.evidence = [
            e for e in draft.evidence if not any(a <= e.start < b for a, b in spans)
        ] or draft.evidence
        kept.append(draft)
    return kept


# "In our 12:40 entry we said ...", "Our 06:55 entry said ...": the entry a correction names
_ENTRY_NAMED = re.compile(
    r"\b(?:our|the|this|an?|earlier)\s+(?P<time>\d{1,2}[:.]\d{2})\s+(?:entry|update|post)\b",
    re.IGNORECASE,
)


def entry_told(body: str, text: str, drafts: Sequence[Draft], kind: EventType) -> Draft | None:
    """The event of the live page's entry a correction's ``text`` names ("Our 06:55 entry
    said three YPG fighters were killed"): of ``kind`` if the entry told several."""
    named = _ENTRY_NAMED.search(text) if "entry" in text or "update" in text else None
    if named is None:
        return None
    time = named["time"].replace(".", ":")
    told = [draft for draft in drafts if _in_entry(body, draft, time)]
    return next((d for d in told if d.type is kind), told[0] if told else None)


def _in_entry(body: str, draft: Draft, time: str) -> bool:
    """Is ``draft`` read from the live page's entry of ``time`` ("06:55 — ...")?"""
    start = draft.sentence.start
    line = body[body.rfind("\n", 0, start) + 1 : start + 8].lstrip()
    return line.startswith(time) or line.startswith(f"0{time}")


def _line_end(body: str, at: int) -> int:
    end = body.find("\n", at)
    return len(body) if end < 0 else end
