"""The rule extractor: reads a document sentence by sentence into Reports.

Per sentence: find actor names, attributions and one event trigger; drop events
that did not happen (hypothetical, recommended, intended, negated); give the
event a date, a place, actors and targets; then turn attributions into claims and
attach them (and casualty figures) to the event they are about. A sentence that
restates or continues an event already read ("This was the second time...", a
later sentence of the same statement) adds evidence to it instead of starting a
new one. Reports come out ordered by salience: the event the headline names
first, then document order.
"""

from __future__ import annotations

import re

from truce.extract.actors import ActorCatalogue, Mention, default_catalogue
from truce.extract.attach import ClaimLedger
from truce.extract.casualties import find_figures
from truce.extract.claims import (
    Attribution,
    find_attributions,
)
from truce.extract.dates import DateMention, find_dates, infer_published, shifted, undated
from truce.extract.drafts import (
    STATEMENT_TYPES,
    Draft,
    commitment_hint,
    roles,
)
from truce.extract.events import (
    DROPPED,
    Trigger,
    clause_bounds,
    find_trigger,
    is_restatement,
    status_flags,
)
from truce.extract.lexicon import Lexicon, default_lexicon
from truce.extract.places import PlaceFinder, PlaceHit, default_finder, find_places
from truce.extract.sentences import Sentence, split_sentences
from truce.model import (
    VIOLENT_TYPES,
    Document,
    EventDate,
    EventType,
    Extraction,
    Flag,
    Place,
    PlaceRelation,
    Report,
    Stance,
)

RULES_NAME = "truce.extract.rules.v1"
_LEADING = re.compile(r"\W*(?:[A-Za-z]+\s+){0,2}")
_DATELINE_CHARS = 60
_DATELINE_LEAD = re.compile(r"\W*(?:(?!(?:on|in|since|last|by)\b)[A-Za-z]+\W+){0,4}", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PLACE_MODIFIER = re.compile(
    r"\s+(?:arrangement|deal|agreement|accords?|talks|process|conference|format|truce"
    r"|ceasefire|cease-fire|time)\b",
    re.IGNORECASE,
)


class RuleExtractor:
    """Lexicon-driven extractor; no model, no network, same input -> same output."""

    name: str = RULES_NAME

    def __init__(
        self,
        *,
        lexicon: Lexicon | None = None,
        catalogue: ActorCatalogue | None = None,
        places: PlaceFinder | None = None,
        use_gazetteer: bool = True,
    ) -> None:
        self.lexicon = lexicon or default_lexicon()
        self.catalogue = catalogue or default_catalogue()
        self._places = places
        self._use_gazetteer = use_gazetteer

    def place_finder(self) -> PlaceFinder | None:
        """The finder in use: the one given, else the packaged gazetteer if installed."""
        if self._places is not None or not self._use_gazetteer:
            return self._places
        return default_finder()

    def extract(self, document: Document, *, source_name: str | None = None) -> Extraction:
        return _Reader(self, document, source_name).read()


class _Reader:
    """State of one pass over one document."""

    def __init__(self, rules: RuleExtractor, document: Document, source: str | None) -> None:
        self.lexicon, self.catalogue = rules.lexicon, rules.catalogue
        self.document = document
        self.reference = document.published or infer_published(document.body)
        self.places = find_places(document.body, rules.place_finder())
        self.drafts: list[Draft] = []
        self.headline: set[EventType] = set()
        self.anchor: EventDate | None = None
        self.para_place: dict[int, Place] = {}
        self.ledger = ClaimLedger(
            document, self.catalogue, self.lexicon, source or "the author", self.drafts
        )

    def read(self) -> Extraction:
        if self.document.title:
            self._headline(self.document.title)
        for sentence in split_sentences(self.document.body):
            if sentence.heading:
                self._headline(sentence.text)
            else:
                self._sentence(sentence)
        return Extraction(
            document_id=self.document.id,
            published=self.reference,
            reports=self._reports(),
            extractor=RULES_NAME,
        )

    def _headline(self, text: str) -> None:
        trigger = find_trigger(text, self.lexicon)
        if trigger is not None:
            self.headline.add(trigger.type)

    def _reports(self) -> list[Report]:
        promoted = next((d for d in self.drafts if d.type in self.headline), None)
        ordered = [promoted] if promoted else []
        ordered += [d for d in self.drafts if d is not promoted]
        return [d.to_report(self.document, rank) for rank, d in enumerate(ordered)]

    # --- one sentence -------------------------------------------------------------------

    def _sentence(self, s: Sentence) -> None:
        mentions = self.catalogue.find(s.text)
        found = find_attributions(s.text, mentions, self.lexicon)
        attributions = self.ledger.resolve(found, s)
        trigger = find_trigger(s.text, self.lexicon)
        draft: Draft | None = None
        if trigger is not None:
            flags = status_flags(s.text, trigger, self.lexicon)
            if Flag.NEGATED in flags and any(a.cue_end <= trigger.core_start for a in attributions):
                flags.discard(Flag.NEGATED)  # "X denied its jets did not ..." is a claim
            if flags & DROPPED:
                self._remember_place(s, mentions)
                return
            draft = self._event(s, trigger, flags, mentions, attributions)
        claims = self.ledger.claims(s, attributions)
        targets = self.ledger.attach(s, draft, claims)
        self.ledger.add_figures(s, draft, targets, find_figures(s.text))
        self._remember_place(s, mentions)

    # --- events -------------------------------------------------------------------------

    def _event(
        self,
        s: Sentence,
        trigger: Trigger,
        flags: set[Flag],
        mentions: list[Mention],
        attributions: list[Attribution],
    ) -> Draft | None:
        claimants = list(dict.fromkeys(a.actor_id for a in attributions if a.actor_id))
        speakers = list(
            dict.fromkeys(
                a.actor_id for a in attributions if a.actor_id and a.cue_start < trigger.end
            )
        )
        excluded = {
            a.subject
            for a in attributions
            if a.subject
            and a.cue_end <= trigger.core_start
            and not trigger.start <= a.cue_start < trigger.end
        }
        actors, targets = roles(s.text, trigger, mentions, excluded, self.lexicon)
        if any(a.stance is Stance.DENIES and a.cue_end <= trigger.core_start for a in attributions):
            actors = []  # a denial does not name who did it
        own_date = self._own_date(s, trigger)
        place = self._own_place(s, trigger, mentions)
        if is_restatement(s.text, self.lexicon):
            return self._continue(s, self._latest_of(trigger.type), place)
        merged = self._merge_target(s, trigger.type, own_date, actors, place, claimants)
        if merged is not None:
            return self._continue(s, merged, place)
        if trigger.type in STATEMENT_TYPES and speakers:
            actors, targets = speakers, [t for t in targets if t not in speakers]
        elif trigger.type not in VIOLENT_TYPES and not actors:
            actors = speakers  # "US officials said they had handed over ..."
        date, anchor = own_date or (self._inherited_date(s, actors, targets, place), False)
        if anchor:
            self.anchor = date
        draft = Draft(
            type=trigger.type, sentence=s, date=date,
            place=place or self.para_place.get(s.paragraph) or Place(),
            actors=actors, targets=targets, evidence=[s],
            flags=[Flag.ALLEGED] if Flag.ALLEGED in flags else [],
        )  # fmt: skip
        if trigger.type is EventType.COMMITMENT:
            draft.targets = targets[:1]  # the party it is owed to, not what it is about
            draft.commitment_hint = commitment_hint(s.text, trigger, self.lexicon)
        self.drafts.append(draft)
        self.ledger.flush_pending(draft)
        return draft

    def _continue(self, s: Sentence, draft: Draft | None, place: Place | None) -> Draft | None:
        if draft is not None:
            draft.add_evidence(s)
            if draft.place.name is None and place is not None:
                draft.place = place
        return draft

    def _merge_target(
        self,
        s: Sentence,
        event_type: EventType,
        own_date: tuple[EventDate, bool] | None,
        actors: list[str],
        place: Place | None,
        claimants: list[str],
    ) -> Draft | None:
        """An earlier event this sentence is plainly about, if any."""
        date = own_date[0] if own_date else None
        same = self._latest_of(event_type)
        if same is not None and _compatible(same, date, actors, place):
            return same
        prev = self.drafts[-1] if self.drafts else None
        if (
            prev is not None
            and date is None
            and event_type not in VIOLENT_TYPES
            and not prev.violent
            and prev.paragraph == s.paragraph
            and set(claimants) & {*prev.actors, *prev.claimants}
        ):
            return prev  # the same statement, continued
        return None

    def _latest_of(self, event_type: EventType) -> Draft | None:
        return next((d for d in reversed(self.drafts) if d.type is event_type), None)

    # --- dates and places ---------------------------------------------------------------

    def _own_date(self, s: Sentence, trigger: Trigger) -> tuple[EventDate, bool] | None:
        """The sentence's date for the trigger, and whether it sets the narrative time.

        Preference: a date in the trigger's clause, then a sentence-initial date ("Last
        weekend, ..."), then the nearest one. Only dates that govern the main clause
        become the anchor for "a few hours later".
        """
        mentions = [m for m in find_dates(s.text, self.reference) if not self._dateline(s, m)]
        if not mentions:
            return None
        lo, hi = clause_bounds(s.text, trigger.core_start)
        same = [m for m in mentions if lo <= m.start < hi]
        leading = [m for m in mentions if _LEADING.fullmatch(s.text[: m.start])]
        core = trigger.core_start
        if same:
            chosen = min(same, key=lambda m: abs(m.start - core))
            anchor = chosen.start < core
        elif leading:
            chosen, anchor = leading[0], True
        else:
            chosen, anchor = min(mentions, key=lambda m: abs(m.start - core)), False
        date = self._resolve_date(chosen)
        return date, anchor and date.start is not None

    def _dateline(self, s: Sentence, mention: DateMention) -> bool:
        """A date opening the body ("Date of publication 3 October 2016 ...") dates the
        document, not the event."""
        start = s.start + mention.start
        if start >= _DATELINE_CHARS or mention.date is None or not _YEAR.search(mention.text):
            return False
        lead = _DATELINE_LEAD.fullmatch(self.document.body[:start])
        return lead is not None and mention.date.start == self.reference

    def _resolve_date(self, mention: DateMention) -> EventDate:
        if mention.date is not None:
            return mention.date
        base = self.anchor or next(
            (d.date for d in reversed(self.drafts) if d.date.start is not None), None
        )
        if base is None or mention.shift is None:
            return undated(self.reference, basis=mention.text)
        return shifted(base, mention.shift, basis=mention.text)

    def _inherited_date(
        self, s: Sentence, actors: list[str], targets: list[str], place: Place | None
    ) -> EventDate:
        """The previous event's date when this is plainly the same story, else undated."""
        prev = next((d for d in reversed(self.drafts) if d.paragraph == s.paragraph), None)
        if prev is not None:
            same_place = place is not None and place.name == prev.place.name
            if prev.involves({*actors, *targets}) or same_place:
                return prev.date
        return undated(self.reference)

    def _places_in(self, s: Sentence, mentions: list[Mention]) -> list[PlaceHit]:
        """Places named in the sentence, except inside actor names and as modifiers
        ("the Geneva arrangement" is not where anything happened)."""
        names = [(s.start + m.start, s.start + m.end) for m in mentions]
        body = self.document.body
        return [
            hit
            for hit in self.places
            if s.start <= hit.start < s.end
            and not any(lo < hit.end and hit.start < hi for lo, hi in names)
            and not _PLACE_MODIFIER.match(body, hit.end)
        ]

    def _own_place(self, s: Sentence, trigger: Trigger, mentions: list[Mention]) -> Place | None:
        hits = self._places_in(s, mentions)
        if not hits:
            return self._country() if self.lexicon.nationwide.search(s.text) else None
        after = [h for h in hits if h.start >= s.start + trigger.core_start]
        return _place(after[0] if after else hits[-1])

    def _country(self) -> Place:
        name = self.lexicon.country
        return Place(name=name, relation=PlaceRelation.COUNTRY, country=name, precision=6)

    def _remember_place(self, s: Sentence, mentions: list[Mention]) -> None:
        hits = self._places_in(s, mentions)
        if hits:
            self.para_place[s.paragraph] = _place(hits[-1])
        elif self.lexicon.nationwide.search(s.text):
            self.para_place[s.paragraph] = self._country()


def _compatible(
    draft: Draft, date: EventDate | None, actors: list[str], place: Place | None
) -> bool:
    if date is not None and (date.start, date.end) != (draft.date.start, draft.date.end):
        return False
    if actors and draft.actors and not set(actors) & set(draft.actors):
        return False
    return not (place and place.name and draft.place.name and place.name != draft.place.name)


def _place(hit: PlaceHit) -> Place:
    return Place(name=hit.name, relation=hit.relation, gazetteer_id=hit.entry_id)
