"""Dates of the events of one document, read in order.

The reference date is the publication date when the caller knows it, else the
dateline the text opens with (see :mod:`truce.extract.dateline`), else the first
full date in the text (a weak guess, used only to resolve "on Saturday"). The
dateline itself dates the document, never an event.

An event with no date expression of its own takes the previous event's date when
it is plainly the same story. Otherwise, when it is the news the article leads with
(one of the first body sentences, or the headline event) and the reference is a real
publication date or dateline, it happened on the day of publication or the day
before: ``[reference - 1, reference]``, precision ``days``, no basis. That is the
honest range for "Syrian jets struck the market, a monitor said" in a dated report;
no day is guessed. Everything else without a date stays ``unknown``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from truce.extract.dateline import Dateline, find_dateline, wire_dateline
from truce.extract.dates import (
    DateMention,
    count_in,
    covered_day,
    days_after_before,
    find_dates,
    limit_ahead,
    shifted,
    undated,
)
from truce.extract.events import Trigger, clause_bounds, clause_start
from truce.extract.needs import needing
from truce.extract.owndates import OwnDate, from_no_words, later_day, news_default
from truce.extract.sentences import Sentence
from truce.extract.spoken import SAID_BEFORE, dates_the_words, said_at_the_end
from truce.model import VIOLENT_TYPES, DatePrecision, Document, EventDate, EventType, Place

if TYPE_CHECKING:
    from truce.extract.drafts import Draft

#: Body sentences (headings not counted) that make up an article's lead.
LEAD_SENTENCES = 2
_A_YEAR = re.compile(r"\b((?:19|20)\d{2})\b(?![,.]?\d)")
HISTORY_DAYS = 180  # a month that ended this long before publication is history
HISTORY_DAYS_OF_A_DAY = 3 * 365  # a day this long before it too: an old act recalled
_LEADING = re.compile(r"\W*(?:[A-Za-z]+\s+){0,2}")
_JUST_A_COMMA = re.compile(r"\s*,?\s*")
_OWNED_BY = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?[\w-]+")  # ("last month's Sochi memorandum")
_BEGAN_ASIDE = re.compile(
    r",\s+(?:which|that)\s+(?:first\s+)?(?:began|started|erupted|broke\s+out)\s+(?:on|in)\s+$"
)
_ITS_OWN_CLAUSE = re.compile(
    r"\b(?:whom?|that|they|he|she|it|which)\s+(?:had\s+)?(?:abducted|kidnapped|seized|detained|captured"
    r"|arrested|taken)\s+(?:[\w-]+\s+){0,3}?$"
)


_SINCE_CLAUSE = needing(
    r"\bsince\b[^,;]*$"
    # "a new violation of the ceasefire that came into force in March": the truce's day
    r"|\b(?:ceasefire|cease-fire|truce|agreement|deal|memorandum)\s+(?:that|which)\s+"
    r"(?:came\s+into\s+(?:force|effect)|took\s+effect|was\s+(?:agreed|signed|announced|reached))"
    r"\s+$"
    # "have violated the settlement agreement reached in the province in 2018": its day
    r"|\b(?:ceasefire|cease-fire|truce|agreement|deal|settlement|memorandum|accord)\s+"
    r"(?:reached|signed|concluded|brokered)\s+(?:[\w-]+\s+){0,4}?$",
    re.IGNORECASE,
)
# the day of an agreement an act is said to break: "We regard this shelling as a gross
# violation of the agreements reached in Munich on 12 February"
_AGREEMENT_DAY = needing(
    r"\b(?:ceasefire|cease-fire|truce|agreement|deal|settlement|memorandum|accord|understanding)s?"
    r"\s+(?:reached|signed|concluded|brokered|agreed)\s+(?:[\w-]+\s+){0,4}?$",
    re.IGNORECASE,
)
_WHICH = re.compile(r",\s*(?:which|that)\b", re.IGNORECASE)
_IN_FORCE = re.compile(  # (", came into force on Friday", "and took effect the following day")
    r"(?:,|\band)\s+(?:(?:took|takes) effect|(?:came|went) into (?:force|effect))\b"
)
_COVERS = re.compile(
    r"(?:over|in|during|within) the (?:past|last)\b|(?:this|last) (?:week|month|year)\b",
    re.IGNORECASE,
)
# "the city that has been divided since July 2012": when a state of a place began
_STATE_SINCE = needing(
    r"\b(?:that|which|who|where)\s+(?:has|have|had)\s+(?:been\s+)?(?:[\w-]+\s+){0,3}?since\s+$",
    re.IGNORECASE,
)


class Timeline:
    """Date state of one pass over one document; ``drafts`` is shared with the reader."""

    def __init__(self, document: Document, drafts: Sequence[Draft]) -> None:
        self._body = document.body
        found = find_dateline(document.body)
        self.dateline: Dateline | None = found if found and found.leading else None
        self.reference = document.published or (found.date if found else None)
        #: Whether the reference is a real publication date (not a guess from the text).
        self.dated = document.published is not None or self.dateline is not None
        self.anchor: EventDate | None = None
        self.drafts = drafts
        self.lead: set[int] = set()
        self._dated_sentence: Sentence | None = None
        self._dates: list[DateMention] = []
        self._current: Sentence | None = None
        self._before: Sentence | None = None  # the sentence read before the current one
        self._clock_entry: int | None = None  # the paragraph of the last "14:05 —" entry
        self._wire_line = (0, 0)  # where the last wire item's dateline stands in the body
        self._published = self.reference  # (a wire item's day moves the reference)
        self._record_day: tuple[int, EventDate] | None = None  # a record's "Date:" field
        self._period: EventDate | None = None  # a report's "Period: Tuesday 14 April 2020"
        # "Its spokesman said on Wednesday that ...": the day of a paragraph's words
        self._said_day: tuple[int, EventDate] | None = None
        #: The day a bulletin says it covers ("Covering Thursday 2 September 2021."): what
        #: its items that give no date of their own report on.
        self.covered = covered_day(document.body, self.reference)
        self.period: EventDate | None = None  # see :meth:`own_account`
        self._own_report = False

    def own_account(self, body: str) -> None:
        """The document is its source's own report: its items told "At dawn" or "at 18:30"
        are of its day, and a daily bulletin that counts "over the past 24 hours" at its
        head tells of those 24 hours, so an incident it gives no day of its own happened in
        them (the day before publication or that day)."""
        self._own_report = True
        day = self.reference
        if day is not None and _PAST_DAY.search(body, 0, _PAST_DAY_WITHIN):
            start = day - dt.timedelta(days=1)
            self.period = EventDate(
                start=start, end=day, precision=DatePrecision.DAYS, basis="over the past 24 hours"
            )

    def is_history(self, own: OwnDate) -> bool:
        """The event's own clause dates it to a year or a month long past ("in 2013, a
        chemical attack ..."): background to the news, not an incident it reports. A
        statement made now about it ("said on Tuesday that a strike in August last year
        may have killed ...") is news: the act keeps its old date."""
        date = own.date
        if own.said is not None and not self.is_history(OwnDate(own.said, False, True)):
            return False
        return (
            own.governs
            and self.dated
            and self.reference is not None
            and date.end is not None
            and (
                (date.precision is DatePrecision.YEAR and date.end.year < self.reference.year)
                or (
                    date.precision is DatePrecision.MONTH
                    and (self.reference - date.end).days > HISTORY_DAYS
                )
                # ("The enclave entered the world's memory on Aug. 21, 2013, when rockets
                # carrying sarin fell ...", in 2018)
                or (
                    date.precision in (DatePrecision.DAY, DatePrecision.DAYS)
                    and (self.reference - date.end).days > HISTORY_DAYS_OF_A_DAY
                )
            )
        )

    def only_history(self, s: Sentence, before: int | None = None) -> bool:
        """Every date of the sentence is long past (and, given ``before``, stands before
        that position): its figures are history's too ("In December 2016 three police
        officers were wounded"; "joined the convention in 2013, weeks after an attack")."""
        mentions = self._dates_of(s)
        if before is not None and any(m.start >= before for m in mentions):
            return False
        return bool(mentions) and all(
            self.is_history(OwnDate(self._resolve(m), anchor=False, governs=True)) for m in mentions
        )

    def note_sentence(self, s: Sentence) -> None:
        """Count body sentences so the lead is known; a wire item's dateline ("HAMA,
        Syria, May 4 (Test Wire) - ") makes its day the one its words count from."""
        opens = self._current is None or self._current.paragraph != s.paragraph
        self._before, self._current = self._current, s
        # "Incident 2 Date: 21 August 2017, 16:10." heads a record: it dates the lines below
        if "Date" in s.text[:24] and _DATE_FIELD.search(s.text, 0, 24):
            days = [m.date for m in self._find_dates(s) if m.date and m.date.start]
            self._record_day = (s.paragraph, days[0]) if days else None
        # "Daily report No. 38. Period: Tuesday 14 April 2020, 00:00-24:00.": what the report
        # covers dates the incidents it lists that give no day of their own
        # (or a monitor's own toll that opens "... has documented the death of eight people
        # across Syria on Monday, August 17, 2020")
        period = _PERIOD_FIELD.search(s.text) if "eriod" in s.text else None
        if period is None and self._own_report and s.index == 0:
            period = _DOCUMENTED_ON.search(s.text)
        if period is not None:
            told = [m for m in self._find_dates(s) if m.start >= period.end() and m.date]
            covered = told[0].date if told else None
            self._period = covered if covered and covered.start is not None else None
        filed = None
        if opens and self._published is not None and s.text[:1].isupper():
            filed = wire_dateline(s.text, self._published)
        if filed is not None:
            self.reference = filed[0]
            self._wire_line = (s.start, s.start + filed[1])
        if entry := _CLOCK_ENTRY.match(s.text):  # (a line of its own: the item is the next)
            alone = s.heading or not s.text[entry.end() :].strip()
            self._clock_entry = s.paragraph + 1 if alone else s.paragraph
        if " said on " in s.text or " says on " in s.text or "statement on " in s.text:
            # (the sentence's dates, read once: its own date is read from them next)
            words = [m for m in self._dates_of(s) if dates_the_words(s.text, m, len(s.text))]
            said = self._resolve(words[-1]) if words else None
            if said is not None and said.precision is DatePrecision.DAY:
                self._said_day = (s.paragraph, said)
        if not s.heading and len(self.lead) < LEAD_SENTENCES:
            self.lead.add(s.index)

    def own_date(self, s: Sentence, trigger: Trigger) -> OwnDate | None:
        """The sentence's date for the trigger, and whether it sets the narrative time.

        Preference: a date in the trigger's clause (one that resolves before a vague one:
        "killed Thursday in a town recently captured" is Thursday), then a sentence-initial
        date ("Last weekend, ..."), then the nearest one. Only dates that govern the main
        clause become the anchor for "a few hours later".
        """
        mentions = self._dates_of(s)
        if len(mentions) > 1:  # "drove their seventh joint patrol under last month's Sochi
            # memorandum on Wednesday": a date owned by another noun is not the act's
            # (but "Last Saturday's government air raid": the act's own day)
            mentions = [
                m
                for m in mentions
                if not _OWNED_BY.match(s.text, m.end)
                or _OWNED_BY.fullmatch(s.text, m.end, trigger.core_end)
            ] or mentions
        # "have killed a student they abducted in July": the day of the victim's own clause;
        # "Fighting ..., which began on 28 April, flared again on 21 May": the start's aside
        mentions = [
            m
            for m in mentions
            if not _ITS_OWN_CLAUSE.search(s.text, trigger.core_end, m.start)
            and not (len(mentions) > 1 and _BEGAN_ASIDE.search(s.text, 0, m.start))
        ]
        if any(m.to_truce for m in mentions) and self._last_truce() is None:
            # "on the second day of a daily pause", told before the pause itself: no day yet
            mentions = [m for m in mentions if not m.to_truce]
        if trigger.type is EventType.CEASEFIRE_ANNOUNCED and (
            effect := _IN_FORCE.search(s.text, trigger.core_end)
        ):  # "A ceasefire, agreed in Moscow on Thursday, came into force on Friday": a
            # truce is dated by the day it took effect; the aside's day is the agreement's
            at, end = effect.start() + 1, effect.end()
            trigger = replace(trigger, start=at, end=end, core_start=at, core_end=end)
            after = [m for m in mentions if m.start >= end]
            agreed = [m for m in mentions if m.start < at and m.date is not None]
            if after and after[0].shift is not None and not after[0].to_truce and agreed:
                # "agreed in Moscow on March 5 and took effect the following day"
                day = self._resolve(agreed[-1])
                if day.start is not None and day.precision is DatePrecision.DAY:
                    took = shifted(day, after[0].shift, after[0].text)
                    return OwnDate(took, anchor=True, governs=True)
            mentions = after or mentions
        if trigger.type in VIOLENT_TYPES:
            mentions = [m for m in mentions if not _AGREEMENT_DAY.search(s.text, 0, m.start)]
        counted = trigger.type is EventType.VIOLATION_ACCUSATION
        if counted:  # a count is dated by the charge, not by the time it covers ("since
            # the truce took effect on ...", "over the past 24 hours", "in the past week")
            mentions = [
                m
                for m in mentions
                if not (
                    _SINCE_CLAUSE.search(s.text, 0, m.start)
                    or _COVERS.match(m.text)
                    or m.text.lower().startswith("since ")  # "since Saturday": what it covers
                )
            ]
        if trigger.type is EventType.CEASEFIRE_DECLARED_OVER:  # "announces the end of the
            # truce ..., which it declared on 18 April": that day is the truce's, not its end's
            mentions = [m for m in mentions if not _WHICH.search(s.text, trigger.core_end, m.start)]
        if trigger.toll:  # "At least 23 were killed ..., the Observatory said on Friday.":
            # the day of the words that give the toll, not of the killing
            mentions = [m for m in mentions if not said_at_the_end(s.text, m, trigger.core_end)]
        if not mentions:
            return self._span_after_history(s)
        core = trigger.core_start
        # "accused X on Monday of shelling ...", "said on Monday that its aircraft had
        # struck ... on Sunday": the day of the words, not of the act
        of_words = [m for m in mentions if dates_the_words(s.text, m, core)]
        said: EventDate | None = None  # "said on Sunday that ... the day before": Saturday
        if of_words:
            said = self._resolve(of_words[-1])
            if counted and said.start is not None:  # "said on Tuesday it had recorded 23";
                # what "the statement" goes on to tell counts from that day
                return OwnDate(said, True, True, said)
            if len(of_words) < len(mentions):
                mentions = [m for m in mentions if m not in of_words]
        days_of = [m for m in mentions if _DAYS_OF.search(m.text)]
        if days_of and len(mentions) > 1:
            # "two days of clashes ... on Friday and Saturday": the days named; but "Three days
            # of fighting ..., the Observatory said on Saturday": the days before the words
            spoken = [
                m for m in mentions if SAID_BEFORE.search(s.text, max(m.start - 40, 0), m.start)
            ]
            others = [m for m in mentions if m not in days_of]
            named = [m for m in others if m not in spoken]
            mentions = (others if named else [m for m in mentions if m not in spoken]) or mentions
        if (back := days_after_before(s.text, trigger.start)) is not None and (
            told := [m for m in mentions if m.end <= back[0] and m.date is not None]
        ):  # "erupted on Sunday, a day after gunmen seized a trader": the Saturday
            day = self._resolve(told[-1], said)
            return OwnDate(shifted(day, -back[1], s.text), anchor=False, governs=False)
        lo, hi = clause_bounds(s.text, trigger.core_start)
        same = [m for m in mentions if lo <= m.start < hi]
        leading = [m for m in mentions if _LEADING.fullmatch(s.text[: m.start])] or [
            m for m in mentions if _opens_the_clause(s.text, m, lo)
        ]
        governs = True
        if same:
            dated = [m for m in same if m.date is None or m.date.start is not None]
            chosen = min(dated or same, key=lambda m: abs(m.start - core))
            anchor = chosen.start < core
        elif leading:
            chosen, anchor = leading[0], True
        else:
            chosen, anchor = min(mentions, key=lambda m: abs(m.start - core)), False
            governs = False
        # "The first steps were taken on Monday. That morning, 37 men handed over rifles": the
        # day the short sentence before sets is what "that morning" counts from
        base = said or (self._set_by_sentence_before(s) if chosen.date is None else None)
        date = self._resolve(chosen, base)
        # "In a statement on Monday, the army accused the rebels of breaching the truce nine
        # times": what "the statement" goes on to tell counts from that day
        anchor = anchor or (counted and chosen.start < core)
        return OwnDate(date, anchor and date.start is not None, governs, said)

    def day_named(self, text: str) -> EventDate | None:
        """The one day ``text`` names ("What happened in Qamishli on Monday?"), if one."""
        days = [m.date for m in find_dates(text, self.reference) if m.date is not None]
        if len(days) != 1 or days[0].precision is not DatePrecision.DAY:
            return None
        return days[0]

    def _dates_of(self, s: Sentence) -> list[DateMention]:
        """The sentence's dates outside the dateline (read once per sentence)."""
        if self._dated_sentence is not s:
            self._dates = self._find_dates(s)
            self._dated_sentence = s
        return self._dates

    def _find_dates(self, s: Sentence) -> list[DateMention]:
        return [
            replace(m, date=self._year_told(s.start + m.start, m.text)) if m.of_year_told else m
            for m in find_dates(s.text, self.reference)
            if not self._in_dateline(s, m)
            and not _STATE_SINCE.search(s.text, 0, m.start)
            and not _IN_GMT.search(s.text, max(m.start - 12, 0), m.start)  # (the same day)
            # ("the convoy planned for 20 October could not go ahead": when it was to go)
            and not _PLANNED_FOR.search(s.text, max(m.start - 16, 0), m.start)
            and not limit_ahead(s.text, m, self.reference)
        ]

    def _year_told(self, at: int, words: str) -> EventDate:
        """ "That same summer": the last year written before ``at`` (unknown if none or
        if it is not before the year of the news)."""
        years = _A_YEAR.findall(self._body, 0, at)
        year = int(years[-1]) if years else None
        if year is None or self.reference is None or year >= self.reference.year:
            return undated(self.reference, basis=words)
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return EventDate(start=first, end=last, precision=DatePrecision.YEAR, basis=words)

    def _in_dateline(self, s: Sentence, mention: DateMention) -> bool:
        """A date inside the dateline ("AFP Sunday 1 Feb 2015 ...") dates the document."""
        line = self.dateline
        start, end = s.start + mention.start, s.start + mention.end
        wire_start, wire_end = self._wire_line
        if start < wire_end and wire_start < end:
            return True
        return line is not None and start < line.end and line.start < end

    def _resolve(self, mention: DateMention, base: EventDate | None = None) -> EventDate:
        """The mention's date; a shift ("the day before") from ``base`` if given (and
        dated), else from the narrative's anchor or the last dated event, else (the day
        before) from the day of the news."""
        if mention.date is not None:
            return mention.date
        if mention.to_truce and (truce := self._last_truce()) is not None:
            base = truce  # "on the eve of the truce"
        if base is None or base.start is None:
            base = self.anchor or self._last_dated()
            last = self._last_dated()
            if base is not None and last is not None and later_day(last, base):
                base = last  # "Two days later": after the last day told, not an older anchor
        if base is None and mention.shift == -1 and not mention.to_truce and self.reference:
            # "Fighting flared again ... the previous night", before anything else is told:
            # the night before the day of the news
            day = self.reference
            base = EventDate(start=day, end=day, precision=DatePrecision.DAY)
        if base is None or mention.shift is None:
            return undated(self.reference, basis=mention.text)
        return shifted(base, mention.shift, basis=mention.text)

    def _dated_acts(self) -> list[Draft]:
        """The acts of violence told so far that have a day."""
        return [d for d in self.drafts if d.violent and d.date.start is not None]

    def _last_truce(self) -> EventDate | None:
        """The date of the last truce told, if it has one."""
        truces = [d.date for d in self.drafts if d.type is EventType.CEASEFIRE_ANNOUNCED]
        return truces[-1] if truces and truces[-1].start is not None else None

    def _last_dated(self) -> EventDate | None:
        """The last event's date, one the words gave before a news default ("accusing
        rebels of shelling al-Midan", no day said: not what "hours later" counts from)."""
        dated = [d.date for d in reversed(self._narrated()) if d.date.start is not None]
        return next((d for d in dated if not from_no_words(d)), dated[0] if dated else None)

    def _narrated(self) -> list[Draft]:
        """The drafts that move the story's time: not a truce recalled after later acts
        ("the deadliest since a truce ... took effect on July 22. Hours later, ...": later
        than the attack, not than the truce)."""
        told: list[Draft] = []
        for draft in self.drafts:
            recalled = (
                draft.type is EventType.CEASEFIRE_ANNOUNCED
                and draft.date.end is not None
                and any(d.date.start is not None and draft.date.end < d.date.start for d in told)
            )
            if not recalled:
                told.append(draft)
        return told

    def date_for(
        self,
        s: Sentence,
        own: OwnDate | None,
        shared: set[str],
        place: Place | None,
    ) -> EventDate:
        """The date of a new event in ``s`` (``own``: from :meth:`own_date`); ``shared``
        are its actor and target ids, to tell whether it continues the previous story."""
        if own is not None:
            if own.anchor:
                self.anchor = own.date
            return own.date
        if (set_before := self._set_by_sentence_before(s)) is not None:
            return set_before
        if self._record_day is not None and 0 <= s.paragraph - self._record_day[0] <= _FIELDS:
            return self._record_day[1]  # a record's: its "Date:" field a few lines above
        if self._period is not None:
            return self._period
        # "The strike came a day after government helicopters dropped barrel bombs": the act
        # told is that many days before the one it names
        came = CAME_DAYS_AFTER.search(s.text) if self.drafts else None
        if came and (acts := self._dated_acts()):
            return shifted(acts[-1].date, -count_in(came), came.group().strip())
        # "The day after the raid, a roadside bomb exploded": the act's day, plus one
        next_day = _DAY_AFTER_THE_ACT.match(s.text) if self.drafts else None
        if next_day and (acts := self._dated_acts()):
            return shifted(acts[-1].date, 1, next_day.group().strip(" ,"))
        if self.drafts and (after := _AFTER_THAT.match(s.text) or _AT_ONCE.search(s.text)):
            # "After the arrests, ...", "In response, tanks fired"; "Hours after the market
            # strike, ...": the act it names (of a known day), even if a statement was told
            # since
            acts = [d for d in self.drafts if d.violent] if _names_an_act(after) else []
            dated = self._dated_acts() if acts else []
            # "Hours after the market strike": the strike at the market, if one was told
            named = [d for d in dated if _described(after, d)]
            return (named or dated or acts or self.drafts)[-1].date
        if self.drafts and _SAME_WORDS.search(s.text) and self.drafts[-1].date.start:
            return self.drafts[-1].date  # "In the same statement, the command said ..."
        if self.drafts and (the := _THE_ONE_TOLD.match(s.text)):
            # "The patrol, the sixth held under the protocol, went on to finish its route":
            # the patrol an event of a known day was told of
            noun = the["noun"].lower()
            told = [d for d in self.drafts if d.date.start and noun in d.sentence.text.lower()]
            if told:
                return told[-1].date
        if self.drafts and (the := _THE_ONE_NAMED.search(s.text)):
            # "Russian aircraft struck the boats as they withdrew", "soldiers at the checkpoint
            # held the convoy": the boats or convoy the story just told of, on its day
            noun = the["noun"].lower()
            near = [d for d in self.drafts if s.paragraph - d.paragraph <= 1 and d.date.start]
            if near and noun in near[-1].sentence.text.lower():
                return near[-1].date
        prev = next((d for d in reversed(self.drafts) if d.paragraph == s.paragraph), None)
        if prev is not None:
            same_place = place is not None and place.name == prev.place.name
            if prev.involves(shared) or same_place:
                return prev.date
        # (the day the report covers, if it says: "covering Saturday 27 October")
        day = self.covered.start if self.covered is not None else self.reference
        if self._own_report and day is not None and _ITEM_TIME.search(s.text):
            # a report's item "At dawn, regime artillery shelled ...", "... around midday": of
            # its day
            return EventDate(start=day, end=day, precision=DatePrecision.DAY, basis="at dawn")
        timed = _ITEM_TIME.match(s.text) or _CLOCK_TIME.search(s.text)
        story = self.narrative_day(or_last_told=True) if timed else None
        if story is not None:
            # "Before dawn, fighters attacked ...", in a story at a day of the news: that day
            return story
        if s.paragraph == self._clock_entry and self.dated and self.reference is not None:
            # an entry of a live page ("11:20 — Volunteers in Arbin are digging ...") is
            # news of the day the page was published
            day = self.reference
            return EventDate(start=day, end=day, precision=DatePrecision.DAY, basis="live entry")
        dawn = _AT_DAWN.search(s.text)  # ("carried out four raids on the town at dawn")
        if dawn and self.covered is None and self.dated and self.reference is not None:
            # the dawn of the day the news was published
            day = self.reference
            return EventDate(start=day, end=day, precision=DatePrecision.DAY, basis="at dawn")
        return self.undated_event(lead=s.index in self.lead)

    def _span_after_history(self, s: Sentence) -> OwnDate | None:
        """ "The Astana talks of 2017 declared Idlib a de-escalation zone. Within months the
        army was advancing on ...": a span after a sentence of its paragraph dated long ago
        is as old (its year, for all the words say)."""
        before = self._before
        if before is None or before.paragraph != s.paragraph or not _SPAN_AFTER.match(s.text):
            return None
        for mention in self._find_dates(before):
            date = mention.date
            if date is not None and date.precision in (DatePrecision.YEAR, DatePrecision.MONTH):
                own = OwnDate(date, anchor=False, governs=True)
                return own if self.is_history(own) else None
        return None

    def _set_by_sentence_before(self, s: Sentence) -> EventDate | None:
        """The day a short sentence of its own gives just before the event ("That belief
        was shattered on Wednesday morning. Artillery shells slammed into ..."), when that
        sentence reported no event."""
        before = self._before
        # ("... before dawn on Monday. As the buses waited at the crossing, a bomb ...": a
        # sentence that goes on in time may follow a longer one)
        short = _SHORT_SENTENCE if not _GOES_ON.match(s.text) else _SHORT_SENTENCE * 3
        if (
            before is None
            or self._current is not s
            or before.paragraph != s.paragraph
            or len(before.text.split()) > short
            or any(d.sentence is before for d in self.drafts)
        ):
            return None
        # read without the cache: it holds the current sentence's dates
        mentions = [m.date for m in self._find_dates(before) if m.date is not None]
        # (one day, maybe told twice: "Tuesday (4 November).")
        days = {(m.start, m.end) for m in mentions}
        if len(days) != 1 or mentions[0].precision not in _DAYS_GIVEN:
            return None
        return mentions[0]

    def narrative_day(self, *, or_last_told: bool = False) -> EventDate | None:
        """The day the narrative is at (the last date that set it; ``or_last_told``: else
        the last day the words gave an event), if a single day of the news (the day of
        publication or the day before)."""
        anchor, day = self.anchor, self.reference
        if anchor is None and or_last_told and (last := self._last_dated()) is not None:
            anchor = None if from_no_words(last) else last
        if anchor is None or anchor.start is None or day is None:
            return None
        news = anchor.precision is DatePrecision.DAY and 0 <= (day - anchor.start).days <= 1
        return anchor if news else None

    def said_day(self, s: Sentence) -> EventDate | None:
        """The day the words of the paragraph of ``s`` were said, given earlier in it ("Its
        spokesman said on Wednesday that ... He said government forces had ...")."""
        said = self._said_day
        return said[1] if said is not None and said[0] == s.paragraph else None

    def today(self) -> EventDate | None:
        """The day the document covers or is published, if known: when its own words are
        news."""
        if self.covered is not None:
            return self.covered
        day = self.reference
        return EventDate(start=day, end=day, precision=DatePrecision.DAY) if day else None

    def undated_event(self, *, lead: bool) -> EventDate:
        """An event with no date: the day a bulletin covers, the news default in the lead of
        a dated text, else unknown."""
        if self.covered is not None:
            return self.covered
        if self.period is not None and self.dated:
            return self.period
        if lead and self.dated and self.reference is not None:
            return news_default(self.reference)
        return undated(self.reference)


_DAYS_GIVEN = (DatePrecision.DAY, DatePrecision.DAYS)
# a live page's or a digest's entry: "14:05 — ", "HAMA COUNTRYSIDE | 16:15 | ", or a line
# of its own "#Hajin | 05:10"
_CLOCK_ENTRY = re.compile(
    r"\s*(?:[-•]\s*)?(?:[A-Z][A-Z'’ -]{1,40}\|\s*)?(?:[01]?\d|2[0-3])[:.][0-5]\d\s*"
    r"(?:GMT|UTC|local)?\s*[—–|-]\s"
    r"|[^\w\n]*[^|\n]{1,40}\|[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d[ \t]*(?:GMT|UTC|local)?"
    r"(?:[ \t]*(?:\n|$)|[ \t]+(?=[A-Z]))"
)


def opens_entry(text: str) -> bool:
    """Does ``text`` open a timed entry of a live page or digest?"""
    return _CLOCK_ENTRY.match(text) is not None


_SHORT_SENTENCE = 12  # words: a sentence that only sets the time, not a report of its own
# a sentence opening on the event just told: "After the arrests,", "Following the attack,",
# "In response to the attack,"
_AFTER_THAT = re.compile(
    r"\W*(?:(?:around|about|some|nearly|just)\s+)?(?:(?:an?|one|two|three|four|five|six|several"
    r"|a few|\d+)\s+)?(?:(?:shortly|soon|hours?|minutes?)\s+)?"
    r"(?:after|following|in response to|in retaliation for)\s+"
    r"(?:the|these|those|this|\w+['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<what>[\w-]+),"
    # "In response, Israeli tanks fired ...": the act answers the one just told
    r"|\W*in (?:response|retaliation),"
    # "As they withdrew, the militants took ...": the attackers leaving the scene
    r"|\W*(?:as|when|while) (?:they|the (?:[\w-]+ )?(?:attackers|militants|gunmen|fighters"
    r"|jihadists|troops|soldiers|forces)) (?:withdrew|retreated|pulled out|fled|left)\b",
    re.IGNORECASE,
)


# "at 00:01 local time on Friday (2201 GMT on Thursday)": the same moment told in GMT
_IN_GMT = re.compile(r"\b(?:GMT|UTC)\s+(?:on\s+)?$")
_PLANNED_FOR = re.compile(r"\b(?:planned|scheduled)\s+(?:for|on)\s+$")
#: "The strike came a day after ...": the act told is that many days before the one named
CAME_DAYS_AFTER = needing(
    r"\b(?:the|this|that) (?:strike|attack|raid|bombing|shelling|blast|ambush) came "
    r"(?P<n>a|one|two|three|\d) days? after\b",
    re.IGNORECASE,
)
# a report item's time: "At dawn, regime artillery shelled ...", "at 18:30", "around midday"
_ITEM_TIME = re.compile(
    r"\W*\b(?:at|around|about|before|shortly after|just after) (?:dawn|daybreak|noon|midday|dusk"
    r"|sunset)\b"
    r"|\bat (?:about |around )?\d{1,2}[:.]\d{2}\b",
    re.IGNORECASE,
)
# an act at dawn, no day named, told anywhere in the sentence (_ITEM_TIME reads a report's
# item times, and a story's only at the sentence's start)
_AT_DAWN = re.compile(
    r"\b(?:at|before|around|just after|shortly after) (?:dawn|daybreak|first light)\b", re.I
)
# an hour of the clock anywhere in the sentence: "at around 3 a.m.", "shortly before 5 p.m.";
# words said at a time of the day: "said in the morning that it had recorded four breaches"
_CLOCK_TIME = re.compile(
    r"\b(?:at|before|after|around|about|by|until) (?:about |around )?\d{1,2}(?:[:.]\d{2})?"
    r"\s?[ap]\.?m\b"
    r"|\b(?:said|says|announced|reported|stated) (?:late |early )?in the (?:morning|afternoon"
    r"|evening)\b",
    re.IGNORECASE,
)
# "Within months", "Months later", "A year later": a time after the one told before
_SPAN_AFTER = re.compile(
    r"\W*(?:within (?:a few |several )?(?:weeks|months|a year)|(?:(?:a few|several) )?"
    r"(?:weeks|months|years) later|a (?:month|year) later)\b",
    re.IGNORECASE,
)
_GOES_ON = re.compile(r"\W*(?:As|When|While|Moments later|Minutes later)\b")
_DATE_FIELD = re.compile(r"\bDate\s*:")
_DAYS_OF = re.compile(r"\bdays\s+of\b", re.IGNORECASE)  # "Three days of fighting"
_PERIOD_FIELD = re.compile(r"\b(?:[Rr]eporting )?[Pp]eriod(?: covered)?\s*:")
_DOCUMENTED_ON = re.compile(r"\b(?:documented|recorded|registered|logged)\b[^.]{0,120}?\bon\s")
_FIELDS = 4  # lines of a record after its date: location, description, source, assessment
_DAY_AFTER_THE_ACT = re.compile(
    r"\W*the\s+(?:day|morning|evening|night)\s+after\s+the\s+(?:[\w-]+\s+)?"
    r"(?:raid|strike|attack|bombing|shelling|ambush|blast|explosion|massacre|clashes)\s*,",
    re.IGNORECASE,
)
# words of the statement just told: "In the same statement, the command said ..."
_SAME_WORDS = re.compile(
    r"\b(?:in|during) the same (?:statement|briefing|announcement|communiqu[eé]|speech"
    r"|interview|press conference|letter|report)\b",
    re.IGNORECASE,
)
# a sentence opening on a thing already told of: "The patrol ...", "The convoy ..."
_THE_ONE_TOLD = re.compile(
    r"\W*The\s+(?P<noun>patrol|convoy|buses|evacuation|exchange|delegation|handover)\b"
)
# ... or naming it further on: "struck the boats", "held the convoy", "the remaining trucks"
_THE_ONE_NAMED = needing(  # (run only where one of its words is)
    r"\b(?:the|its|their)\s+(?:(?:remaining|other|same|two|three|four|five)\s+)?"
    r"(?P<noun>convoy|trucks|buses|boats|patrol|gunmen|ambulances|evacuees)\b",
    re.IGNORECASE,
)
_ACTS = frozenset({"strike", "strikes", "attack", "attacks", "blast", "bombing", "shelling", "raid",
                   "raids", "explosion", "ambush", "massacre"})  # fmt: skip


_NOT_DESCRIPTIONS = frozenset(
    {"after", "following", "response", "retaliation", "these", "those", "this"}
)


def _described(after: re.Match[str], act: Draft) -> bool:
    """Do the words naming the act ("the market strike") describe ``act``'s sentence (a
    word before the act's noun is in it: "market")?"""
    if after.groupdict().get("what") is None:
        return False
    before_noun = after.group()[: after.start("what") - after.start()].lower().split()[-2:]
    told = act.sentence.text.lower()
    return any(w not in _NOT_DESCRIPTIONS and len(w) > 3 and w in told for w in before_noun)


def _names_an_act(after: re.Match[str]) -> bool:
    what = after.groupdict().get("what")
    return what is not None and what.lower() in _ACTS


_PAST_DAY = re.compile(r"\b(?:over|in|during|for) the (?:past|last) 24 hours\b", re.IGNORECASE)
_PAST_DAY_WITHIN = 800  # characters: after the bulletin's heading and first section


# an act answering the one just told at once: "howitzers immediately struck ..."
_AT_ONCE = needing(
    r"\bimmediately (?:struck|shelled|fired|hit|responded|retaliated|returned fire)\b"
    # "Our heroic comrades retaliated at once", "the fire was answered at once"
    r"|\b(?:retaliated|responded|replied|returned fire|answered)\s+(?:at\s+once|immediately)\b"
    # "responded to the sources of fire", "retaliated in kind": the reply to the act told
    r"|\b(?:responded|replied) to the sources? of (?:the )?fire\b"
    r"|\b(?:responded|retaliated|replied) with (?:the )?(?:appropriate|suitable) weapons\b"
    r"|\bretaliated\b[\"”’]? [\"“]?in kind\b"
    # "The army responded by shelling their launch pads", "answered by striking"
    r"|(?<!have )(?<!has )\b(?:responded|retaliated|replied|answered) by (?:shelling|striking"
    r"|firing|bombing|targeting|hitting|pounding)\b",
    re.IGNORECASE,
)


def answers_at_once(text: str) -> bool:
    """Does ``text`` tell a reply made at once to the act just told ("our artillery
    immediately struck ...", "responded to the sources of fire")?"""
    return _AT_ONCE.search(text) is not None


def _opens_the_clause(text: str, mention: DateMention, clause: int) -> bool:
    """Does the date stand alone right before the clause ("worse: in 2017, a sarin
    attack ...")?"""
    return _JUST_A_COMMA.fullmatch(text, mention.end, clause) is not None and (
        _LEADING.fullmatch(text, clause_start(text, mention.start), mention.start) is not None
    )
