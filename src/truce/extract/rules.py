"""The rule extractor: reads a document sentence by sentence into Reports.

Per sentence: find actor names, attributions and one event trigger; drop events
that did not happen (hypothetical, recommended, intended, negated); give the
event a date, a place, actors and targets; then turn attributions into claims and
attach them (and casualty figures) to the event they are about. A sentence that
restates or continues an event already read ("This was the second time...", a
later sentence of the same statement) adds evidence to it instead of starting a
new one; a sentence that only gives a toll adds it to the event it follows. At the
end the lead event is put first (salience 0) and events without a specific place get
one from the title, the paragraph or the document's governorate (truce.extract.locate);
dates are kept by truce.extract.timeline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from truce.extract.actors import ActorCatalogue, Mention, default_catalogue
from truce.extract.attach import (
    ClaimLedger,
    claimed_responsibility,
    corroborated,
    kind_named,
    kinds_of,
    names_a_known_event,
)
from truce.extract.casting import (
    Casting,
    opened_by_a_pronoun,
    tells_a_joint_patrol,
    unspoken_charge,
)
from truce.extract.casualties import Figures, find_figures
from truce.extract.claims import (
    Attribution,
    find_attributions,
    last_accusation_end,
    says_what_will_be,
)
from truce.extract.clauses import (
    Split,
    act_before,
    agreement_under,
    blamed_act,
    coordinated_clauses,
    has_own_subject,
)
from truce.extract.corrections import CORRECTION_LABEL, apply_corrections, entry_told, withdrawn
from truce.extract.drafts import (
    STATEMENT_TYPES,
    Draft,
    commitment_hint,
)
from truce.extract.earlier import EarlierEvents, fires_back_at, kinds_told, of_its_days
from truce.extract.events import (
    DROPPED,
    Trigger,
    find_trigger,
    is_restatement,
    status_flags,
    trigger_outside_names,
)
from truce.extract.fallback import FallbackModel, default_model, fallback_trigger
from truce.extract.lexicon import Lexicon, default_lexicon
from truce.extract.locate import Locator
from truce.extract.needs import needing
from truce.extract.owndates import (
    OwnDate,
    from_no_words,
    narrows,
    news_default,
    takes_news_default,
)
from truce.extract.parties import obliged_party
from truce.extract.places import PlaceFinder, default_finder
from truce.extract.placing import as_told, settle_places
from truce.extract.referents import (
    FROM_THE_AIR,
    NO_SUCH,
    Descriptions,
    accuses_of,
    backs_the_account,
    fires_the_known,
    heard_from_afar,
    named_by_place,
    one_more_of,
    refers_back,
    the_projectiles,
)
from truce.extract.sameness import (
    same_day,
    specific,
    told_as,
)
from truce.extract.sentences import Sentence, split_sentences
from truce.extract.timeline import Timeline, answers_at_once
from truce.extract.voice import (
    Voices,
    first_person,
    our_reporter,
    second_person,
    spoken_by,
    unverified_item,
)
from truce.model import (
    VIOLENT_TYPES,
    DatePrecision,
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

RULES_NAME = "truce.extract.rules.v2"


# a time of the day the words are said: "at dawn", "this morning"
_TIME_OF_DAY = re.compile(
    r"\b(?:at (?:dawn|daybreak|first light|dusk|nightfall)|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
# a title that speaks of a truce: "Seventeen days of a truce in northern Quneitra"
_TRUCE_WORD = re.compile(
    r"\b(?:truce|ceasefire|cease-fire|cessation of hostilities|de-escalation)\b", re.IGNORECASE
)
# an agreement of any kind, whose terms an act may carry out
_AGREEMENT_WORD = re.compile(
    r"\b(?:agreements?|deal|settlement|truce|ceasefire|cease-fire|understanding|memorandum"
    r"|protocol|roadmap|accord|reconciliation|evacuation|commitments)\b",
    re.IGNORECASE,
)
_IN_KIND = re.compile(r"[\"”’]?\s+[\"“]?in kind\b", re.IGNORECASE)
_RECORDED = re.compile(
    r"\b(?:registered|recorded|counted|documented|logged)\b[^.;:]{0,40}?\b(?:violations|breaches)\b",
    re.IGNORECASE,
)
_THE_TWO = re.compile(r"\W*(?:[^,.;]{1,30},\s+)?the two (?:groups|sides|factions|parties)\b", re.I)
_CLAIMED_THE = re.compile(
    r"\bclaim(?:ed|s|ing)\s+(?:responsibility\s+for\s+)?(?:the|this)\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_WAS_AN_ANSWER = needing(  # "the strike was in response to", "came in retaliation for"
    r"\b(?:the|its|their)\s+(?:[\w-]+\s+)?(?P<act>strikes?|raids?|attacks?|operation|shelling|bombing)"
    r"\s+(?:was|were|came)\s+(?:an?\s+)?(?:in\s+)?(?:response|retaliation|reply)\s+(?:to|for)\b"
)
_AND_ACCUSED = re.compile(r"\band\s+(?:also\s+)?accused\b")  # the speaker's second verb


class RuleExtractor:
    """Lexicon-driven extractor, with a small learned fallback for sentences no rule
    reads; no network, same input -> same output."""

    name: str = RULES_NAME

    def __init__(
        self,
        *,
        lexicon: Lexicon | None = None,
        catalogue: ActorCatalogue | None = None,
        places: PlaceFinder | None = None,
        use_gazetteer: bool = True,
        learned: bool = True,
        model: FallbackModel | None = None,
    ) -> None:
        self.lexicon = lexicon or default_lexicon()
        self.catalogue = catalogue or default_catalogue()
        self._places = places
        self._use_gazetteer = use_gazetteer
        #: the learned fallback for sentences no rule reads (``model``, else the packaged
        #: one; none when ``learned`` is False)
        self.fallback = (model or default_model()) if learned else None

    def place_finder(self) -> PlaceFinder | None:
        """The finder in use: the one given, else the packaged gazetteer if installed."""
        if self._places is not None or not self._use_gazetteer:
            return self._places
        return default_finder()

    def extract(self, document: Document, *, source_name: str | None = None) -> Extraction:
        return _Reader(self, document, source_name).read()


class _Reader(EarlierEvents):
    """State of one pass over one document."""

    def __init__(self, rules: RuleExtractor, document: Document, source: str | None) -> None:
        self.lexicon, self.catalogue = rules.lexicon, rules.catalogue
        self.fallback = rules.fallback
        self.document = document
        self.drafts: list[Draft] = []
        self.timeline = Timeline(document, self.drafts)
        self.headline: set[EventType] = set()
        title = self.catalogue.find(document.title) if document.title else []
        self.locator = Locator(document, rules.place_finder(), self.lexicon, title)
        self.voices = Voices(document.body, self.catalogue, document.title or "")
        self._truce_titled = bool(_TRUCE_WORD.search(document.title or ""))
        #: the document speaks of an agreement: its terms may be told carried out
        self._agreed = bool(
            _AGREEMENT_WORD.search(document.title or "") or _AGREEMENT_WORD.search(document.body)
        )
        self.described = Descriptions(self.catalogue.armed, self.catalogue.jihadists)
        self.casting = Casting(self.catalogue, self.lexicon)
        if self.voices.own_account:
            self.timeline.own_account(document.body)
        author = self.voices.author(source, self.catalogue)
        #: the author, when the document is an armed party's own statement
        self._armed_author = author if author in self.catalogue.armed else None
        self.ledger = ClaimLedger(
            document, self.catalogue, self.lexicon, source or "the author", self.drafts,
            self.voices.asked, author,
        )  # fmt: skip

    def read(self) -> Extraction:
        if self.document.title:
            self._headline(self.document.title)
        line = self.timeline.dateline
        span = (line.start, line.end) if line is not None else None
        headings = []
        published = self.timeline.reference
        interview = self.voices.interview_day(self.document.body, published)
        for sentence in split_sentences(self.document.body, span):
            if sentence.caption:
                continue  # a photo's date and place are not the news's
            if interview is not None and sentence.start >= interview[0]:
                self.timeline.reference = interview[1]  # (its answers count days from it)
            self.timeline.note_sentence(sentence)
            self.locator.note_section(sentence)
            if sentence.heading:
                if not sentence.item_title:  # (an item's title heads that item alone)
                    self._headline(sentence.text)
                headings.append(sentence)
            else:
                self._sentence(sentence)
        for heading in headings if not self.drafts else []:
            self._sentence(heading)  # a brief that is all headline reports its event
            if self.drafts:
                break
        return Extraction(
            document_id=self.document.id,
            published=published if interview else self.timeline.reference,
            reports=self._reports(),
            extractor=RULES_NAME,
        )

    def _headline(self, text: str) -> None:
        trigger = find_trigger(text, self.lexicon)
        if trigger is not None:
            self.headline.add(trigger.type)

    def _reports(self) -> list[Report]:
        for draft in self.drafts:
            if draft.violent and not draft.actors:
                draft.actors = claimed_responsibility(draft, self.catalogue)
            if draft.only_accused and corroborated(draft, self.catalogue):
                draft.flags.remove(Flag.ALLEGED)  # not known from the accusation alone
        promoted = self._headline_event()
        ordered = [promoted] if promoted else []
        ordered += [d for d in self.drafts if d is not promoted]
        settle_places(
            ordered, self.locator, truce_titled=self._truce_titled, powers=self.catalogue.powers
        )
        apply_corrections(self.document.body, ordered, self.locator)
        ordered = withdrawn(self.document.body, ordered)
        if ordered and takes_news_default(ordered[0].date):
            ordered[0].date = self.timeline.undated_event(lead=True)  # the news it leads with
        return [d.to_report(self.document, rank) for rank, d in enumerate(ordered)]

    def _headline_event(self) -> Draft | None:
        """The event the article leads with: in its first sentences, of the title's type
        if one is; else the first of the title's type; else None (document order)."""
        lead = [d for d in self.drafts if d.sentence.index in self.timeline.lead]
        titled = [d for d in self.drafts if d.type in self.headline]
        for group in ([d for d in lead if d in titled], lead, titled):
            if group:
                return group[0]
        return None

    # --- one sentence -------------------------------------------------------------------

    def _sentence(self, s: Sentence) -> None:
        mentions = self._mentions(s)
        self._incidents(s, mentions)
        self._remember_place(s, mentions)
        if (item := unverified_item(s, self.drafts)) is not None and Flag.ALLEGED not in item.flags:
            item.flags.append(Flag.ALLEGED)  # "Status: not verified": the report's own word

    def _mentions(self, s: Sentence) -> list[Mention]:
        """The actors ``s`` names ("the alliance" described before too); in a speaker's
        turn, "we" and "our" too."""
        found = self.described.named_in(s.text, self.catalogue.find(s.text))
        if (speaker := self.voices.of(s)) is not None:
            return sorted([*found, *first_person(s.text, speaker)], key=lambda m: m.start)
        if "our" in s.text and (addressee := self.voices.addressee(s)) is not None:
            return sorted([*found, *second_person(s.text, addressee)], key=lambda m: m.start)
        if self._armed_author is not None and _OUR.search(s.text):
            # a party's own statement ("Statement of the Ministry of Defence ..."): "our
            # forces shelled", "the positions of our armed forces" are the party's
            return sorted(
                [*found, *first_person(s.text, self._armed_author)], key=lambda m: m.start
            )
        return found

    def _incidents(
        self,
        s: Sentence,
        mentions: list[Mention],
        told: EventDate | None = None,
        trigger: Trigger | None = None,
    ) -> None:
        """The event of ``s``; then, when ``s`` goes on to a second incident in a clause of
        its own ("..., and government artillery shelled Aleppo"), that one, read the same
        way (``told``: its date unless it gives its own, from the event of the words
        before it; ``trigger``: the clause's, already found)."""
        found = find_attributions(s.text, mentions, self.lexicon, self.catalogue.speaker_before)
        attributions = self.ledger.resolve(found, s, mentions)
        asks = s.text.rstrip().endswith("?") and _ASKS.match(s.text)  # "Have you struck ..?"
        if trigger is None and not asks:
            names = [(m.start, m.end) for m in mentions]
            trigger = trigger_outside_names(s.text, self.lexicon, names, agreed=self._agreed)
            if trigger is None and self.fallback is not None and not s.heading:
                trigger = fallback_trigger(s.text, self.fallback)  # words no rule has
        if trigger is not None and _IN_KIND.match(s.text, trigger.core_end):
            # "retaliated in kind": an act of the kind it answers
            answered = next((d for d in reversed(self.drafts) if d.violent), None)
            trigger = replace(trigger, type=answered.type) if answered else trigger
        speaker = self.voices.of(s)
        if speaker and not attributions and not s.text.rstrip().endswith("?"):
            said = spoken_by(speaker, s.text, self.lexicon)  # a turn of a briefing: its
            if trigger is not None or said.stance is not Stance.REPORTS:  # news or stance
                attributions = [said]
        trend = self.lexicon.trend_clause(s.text) if trigger is not None else None
        in_trend = trigger is not None and trend is not None and trigger.core_start >= trend
        if in_trend:  # the event, if any, is told before the trend's clause: "killed 20 ...,
            # as the clashes have intensified" (none in "Air strikes have dropped since May")
            trigger = find_trigger(s.text[:trend], self.lexicon, agreed=self._agreed)
        split = None
        if trigger is not None:
            split = (
                blamed_act(s.text, trigger, self.lexicon)
                or self._second_incident(s, mentions)
                or act_before(s.text, trigger, self.lexicon)
                or agreement_under(s.text, trigger, self.lexicon)
            )
        head = s
        if split is not None:  # this event rests on the words before the second incident
            head = Sentence(
                s.start, s.start + split.joint, s.text[: split.joint], s.paragraph, s.index
            )
            trigger = split.first
            mentions = [m for m in mentions if m.end <= split.joint]
        draft: Draft | None = None
        happened = not in_trend
        if trigger is not None:
            # "... and accused Russia of": what follows is what Russia is said to have done
            accused = last_accusation_end(s.text, trigger.core_start)
            # "denied that any rockets had been fired ..., and accused the army of breaching
            # the deal": of this act, the speaker accuses
            attributions = [
                replace(a, stance=Stance.ACCUSES)
                if a.stance is Stance.DENIES and _AND_ACCUSED.search(s.text, a.cue_end, accused)
                else a
                for a in attributions
            ]
            flags = status_flags(s.text, trigger, self.lexicon, after=accused)
            if (
                Flag.NEGATED in flags
                and any(a.cue_end <= trigger.core_start for a in attributions)
                and not NO_SUCH.search(s.text, 0, trigger.core_start)
            ):
                flags.discard(Flag.NEGATED)  # "X denied its jets did not ..." is a claim
            own_date = self.timeline.own_date(s, trigger)
            if own_date is None and (question := self.voices.asked(s)) is not None:
                # "Q: What happened in Qamishli on Monday?" "A: A Turkish drone fired ...":
                # the day the question asks about
                asked = self.timeline.day_named(self.document.body[question[0] : question[1]])
                own_date = OwnDate(asked, anchor=True, governs=False) if asked else None
            # (a commitment kept or broken long ago is still the record of that commitment)
            history = (
                own_date is not None
                and trigger.type is not EventType.COMMITMENT
                and (
                    self.timeline.is_history(own_date)
                    or self.timeline.only_history(
                        # ("The SDF, backed by U.S. air strikes, took the town in August
                        # 2016": a date outside the act's clause, long past, is its too)
                        s,
                        before=None if not own_date.governs else trigger.core_start,
                    )
                )
            )
            # "in 2013, a chemical attack killed ...": no event, and its figures are history's
            after = trigger.core_end if own_date is not None else None  # (a dated act)
            background = self.lexicon.is_background(s.text, after=after)
            happened = not (flags & DROPPED or history or background)
            if happened:
                if own_date is None and told is not None:
                    own_date = OwnDate(told, anchor=False, governs=False)
                draft = self._event(
                    s, trigger, flags, mentions, attributions, own_date, accused, head
                )
        if happened:
            # a monitor's own report; "our correspondent in the area reported": the author's
            own = trigger is not None and (self.voices.own_account or our_reporter(s.text))
            if (
                draft is not None
                and trigger is not None
                and not attributions
                and not accused
                and draft.type is EventType.VIOLATION_ACCUSATION
                and _RECORDED.search(s.text, 0, trigger.end)  # (not "X violated it 264 times")
            ):
                attributions = [  # "the Russian Centre registered 23 violations": its charge
                    Attribution.unworded(a, Stance.ACCUSES) for a in draft.actors
                ]
            claims = self.ledger.claims(s, attributions, own=own, own_voice=self.voices.own_account)
            if (
                draft is not None
                and trigger is not None
                and (answered := self._answered(s, trigger))
            ):  # "The ministry said the strike was in response to an attack on ...": the
                # justification is of the strike told before, not of the attack it answers
                self.ledger.attach(s, answered, [c for c in claims if c.stance is Stance.JUSTIFIES])
                claims = [c for c in claims if c.stance is not Stance.JUSTIFIES]
            future = trigger is None and says_what_will_be(s.text)
            targets = self.ledger.attach(s, draft, claims, future=future)
            figures = find_figures(head.text)
            if draft is None and figures.stated and self._past_or_war_wide(s):
                figures = Figures()  # "The war has claimed 300,000 lives", "In 2016 three ..."
            self.ledger.add_figures(s, draft, targets, figures)
        if split is not None:
            at = split.clause
            rest = Sentence(s.start + at, s.end, s.text[at:], s.paragraph, s.index)
            told = split.second_date(draft.date if draft is not None else None)
            self._incidents(rest, self._mentions(rest), told, split.second)
            if split.earlier and draft is not None and self.drafts[-1] is not draft:
                self.drafts[-1].aside_of = draft  # ("..., two days after a car bomb")
            if split.blamed and draft is not None and self.drafts[-1] is not draft:
                self._blamed(draft, self.drafts[-1], rest, s)

    def _blamed(self, statement: Draft, act: Draft, clause: Sentence, s: Sentence) -> None:
        """The act a statement blames ("declared the truce over, accusing rebels of
        shelling al-Midan"): the speaker accuses; with no day of its own, it happened that
        day ("at dawn") or, for all the words say, the day before; with no place of its
        own, the statement takes the act's."""
        if from_no_words(act.date) and statement.date.end is not None:
            same_day = statement.date.precision is DatePrecision.DAY and _TIME_OF_DAY.search(
                clause.text
            )
            act.date = statement.date if same_day else news_default(statement.date.end)
        if statement.place.name is None:
            statement.place = act.place
        for claim in statement.claims:
            if claim.claimant_actor_id:
                act.add_claim(claim.model_copy(update={"stance": Stance.ACCUSES}), s)

    def _answered(self, s: Sentence, trigger: Trigger) -> Draft | None:
        """The act told before that ``s`` says answered ``trigger``'s ("the strike was in
        response to an attack"), if any."""
        said = _WAS_AN_ANSWER.search(s.text, 0, trigger.core_start)
        if said is None:
            return None
        kinds = kinds_of(said["act"]) or frozenset(VIOLENT_TYPES)
        told = (d for d in reversed(self.drafts) if d.type in kinds and d.sentence is not s)
        return next(told, None)

    def _second_incident(self, s: Sentence, mentions: list[Mention]) -> Split | None:
        """Where the second incident's words start, and both triggers: both name a place,
        and a coordinated clause has a subject, a trigger of violence and a place of its
        own; neither trigger only gives a toll ("21 killed and 50 hurt in shelling")."""
        hits = self.locator.specific_places_in(s, mentions)
        if not hits:
            return None
        for joint, start in coordinated_clauses(s.text):
            named_before = {h.name for h in hits if h.end <= s.start + joint}
            later = [h for h in hits if h.start >= s.start + start]
            if not named_before or not later or later[0].name in named_before:
                continue
            clause = s.text[start:]
            second = find_trigger(clause, self.lexicon)
            if second is None or second.toll or second.type not in VIOLENT_TYPES:
                continue
            if not has_own_subject(clause, second.start):
                continue
            if _MEANS_LISTED.search(s.text, max(joint - 60, 0), joint):
                continue  # "shelled the town with surface-to-surface missiles and mortar rounds"
            first = find_trigger(s.text[:joint], self.lexicon)
            if first is not None and not first.toll:
                return Split(joint, start, first, second)
        return None

    def _said_here(self, s: Sentence) -> bool:
        """Are these the words of a briefing's speaker, a statement given in full, or a
        monitor's own report: said on the day the document is published?"""
        return self.voices.own_account or self.voices.of(s) is not None

    def _past_or_war_wide(self, s: Sentence) -> bool:
        return (
            self.lexicon.is_background(s.text)
            or self.lexicon.trend_clause(s.text) is not None
            or self.timeline.only_history(s)
        )

    # --- events -------------------------------------------------------------------------

    def _event(
        self,
        s: Sentence,
        trigger: Trigger,
        flags: set[Flag],
        mentions: list[Mention],
        attributions: list[Attribution],
        own_date: OwnDate | None,
        accused_end: int,
        scope: Sentence,
    ) -> Draft | None:
        violent = trigger.type in VIOLENT_TYPES  # (an act of violence or of blocking aid)
        speaking = [  # "Damascus denied ...": the government speaking, not a place
            Mention(a.actor_id, *a.subject, a.name)
            for a in attributions
            if a.actor_id and a.subject
        ]
        place = as_told(
            self.locator.own_place(scope, trigger, [*mentions, *speaking], violent=violent),
            s.text,
            trigger,
        )
        # ("It was the second time the station had been hit: on 19 March a mortar round ...":
        # after the colon comes news)
        # (but a correction's own label: "CORRECTION, March 30: An earlier version ...")
        label = CORRECTION_LABEL.match(s.text)
        colon = _COLON.search(s.text, label.end() if label else 0, trigger.core_start)
        if is_restatement(s.text, self.lexicon) and colon is None:
            told = (
                entry_told(self.document.body, s.text, self.drafts, trigger.type) if label else None
            )
            return self._continue(s, told or self._latest_of(frozenset({trigger.type})), place)
        if trigger.toll and (told := self._latest_violence(s, place)) is not None:
            return self._continue(s, told, place)  # the toll of the event just reported
        # (the cast is read only now: a restatement or a toll needs none of it)
        cast = self.casting.cast(s.text, trigger, mentions, attributions)
        actors, targets, claimants = cast.actors, cast.targets, cast.claimants
        speakers, agreed, own_account = cast.speakers, cast.agreed, cast.own_account
        denied = cast.denied
        if agreed is not None and not agreed.sides and _THE_TWO.match(s.text):
            # "The two groups agreed late on Friday to a truce mediated by Turkish officers":
            # the two sides of the fighting told before
            fought = (d for d in reversed(self.drafts) if d.type is EventType.ARMED_CLASH)
            if (two := next((d for d in fought if len(d.actors) == 2), None)) is not None:
                actors = list(two.actors)
        if violent and not actors and answers_at_once(s.text):
            # "Our heroic comrades retaliated at once": the side the act answered hit replies,
            # on the side that did it
            answered = next((d for d in reversed(self.drafts) if d.violent), None)
            if answered is not None and answered.actors:
                hit = [t for t in answered.targets if t in self.catalogue.armed]
                actors, targets = hit, targets or list(answered.actors)
        if violent and not actors and opened_by_a_pronoun(s.text, trigger):
            # "On Saturday they sent three suicide car bombs": the side that acted last
            acted = next((d for d in reversed(self.drafts[-2:]) if d.actors), None)
            if acted is not None and acted.paragraph >= s.paragraph - 1:
                actors = [a for a in acted.actors if a not in targets]
        if not actors and tells_a_joint_patrol(s.text, trigger):
            # "The first joint patrol set off on schedule": the sides of the agreement told
            # before, whose term it is
            made = (d for d in reversed(self.drafts) if d.type is EventType.CEASEFIRE_ANNOUNCED)
            if (deal := next((d for d in made if len(d.actors) >= 2), None)) is not None:
                actors = list(deal.actors)
        # ("the shelling of the town resumed": the shelling is known, the act is new)
        about_earlier = denied or (
            refers_back(s.text, trigger) and not self.lexicon.opens_new_event(s.text)
        )
        if trigger.type is EventType.VIOLATION_ACCUSATION:  # "said the attack was a violation"
            about_earlier = about_earlier or names_a_known_event(s.text)
        latest = next((d for d in reversed(self.drafts) if d.violent), None)
        if denied and latest is not None and latest.type not in (kinds := told_as(trigger)):
            # a denial of another kind of act: "coalition aircraft have not conducted strikes",
            # after the SDF overran a hospital, is of the air strikes told before it
            latest = self._latest_of(kinds, as_news=False) or latest
        latest = latest.news if latest is not None else None  # "the bomb": not the aside
        fires_back = fires_back_at(latest, s, trigger, actors, own_account=own_account)
        if latest is not None and backs_the_account(s.text, trigger):
            return self._continue(s, latest, None)  # "backed that account, saying ..."
        if own_account and latest is not None and self._told_again(latest, actors, own_date, place):
            _confirm_own(attributions, actors)
            return self._continue(s, latest, place, actors)
        # "The clashes killed 11, the Observatory said on Monday": Monday dates the words
        governing = own_date.date if own_date is not None and own_date.governs else None
        # "Three days of fighting ... The fighting broke out on Wednesday morning": one of them
        if about_earlier and of_its_days(latest, trigger, governing, place):
            return self._continue(s, latest, place, actors)
        if latest is not None and same_day(governing, latest):
            # "Turkey blamed IS for the bombing", "the government denied targeting the
            # hospital", "denied its aircraft had carried out any strikes in Idlib province
            # on Tuesday", "SANA accused the coalition of a massacre in Hajin": a claim
            # about the last act of violence, not a new one
            vague = place is None or (denied and place.relation is PlaceRelation.ADMIN)
            vague = vague or (latest.type is trigger.type and fires_the_known(s.text, trigger))
            if heard_from_afar(s.text, trigger):  # the witnesses' place is not the attack's
                return self._continue(s, latest, None)
            if latest.type in FROM_THE_AIR and the_projectiles(s.text, trigger):
                latest.actors = latest.actors or actors  # "The barrage was fired by ..."
                return self._continue(s, latest, place, actors)
            if not fires_back and (
                (about_earlier and vague and (governing is None or denied))
                or accuses_of(trigger, accused_end, latest, place)
            ):
                return self._continue(s, latest, place, actors)
        if (named := named_by_place(s.text, trigger)) and (told := self._told_at(trigger, named)):
            return self._continue(s, told, told.place)  # "the Tartus blast", after another bomb
        # "Islamic State claimed the ambush in a statement on Monday": the ambush told
        claimed = _CLAIMED_THE.search(s.text, max(trigger.core_start - 60, 0), trigger.core_start)
        # ("Islamic State claimed the bombing": a bomb's as well as an air strike's)
        if claimed and (told := self._latest_of(kinds_told(trigger) | kind_named(s.text))):
            return self._continue(s, told, None)
        if (
            violent
            and _TOLL_OF_THE.search(s.text, max(trigger.start - 60, 0), trigger.start)
            and (told := self.tolled(s.text, trigger, place))
        ):  # "The toll from the morning's car bomb at the grain silos has risen to nine": the
            # suicide car bomb told before; "the toll of the rocket attack on Latakia city"
            return self._continue(s, told, None)
        merged = None
        if not fires_back:
            merged = self._merge_target(s, trigger, own_date, actors, place, claimants, targets)
        if merged is not None:
            if own_account:
                _confirm_own(attributions, actors)
            if own_date is not None and narrows(merged.date, own_date.date):
                merged.date = own_date.date
            return self._continue(s, merged, place, actors)
        author = self.ledger.author_id if self.voices.own_account else None
        if not speakers and unspoken_charge(s.text, trigger, own_count=self.voices.own_account):
            actors, targets = [], list(dict.fromkeys([*actors, *targets]))  # the accused
        if not speakers and not actors and author and not self.catalogue.only_reports(author):
            speakers = [author]  # a count in a party's own briefing: the party charges it
        if (
            trigger.type in STATEMENT_TYPES
            and speakers
            and not (agreed and agreed.speaks_for(speakers))
        ):
            # "the army said the rebels had violated the truce": the accused are its targets
            accusation = trigger.type is EventType.VIOLATION_ACCUSATION
            accused = [a for a in actors if a not in claimants] if accusation else []
            # (a count's targets are the accused, not those their attacks were against)
            hit = [] if accused else targets
            actors, targets = speakers, [t for t in (*accused, *hit) if t not in speakers]
            targets = list(dict.fromkeys(targets))
        elif (
            trigger.type not in VIOLENT_TYPES
            and not actors
            and not accused_end
            and not self.lexicon.says(Stance.COMMITMENT_UNMET, s.text)
        ):
            # "US officials said they had handed over ...", but "rebels accused the
            # government of failing to free ..." is not about the rebels' own acts, nor is
            # "The terrorists have still not withdrawn" in Ankara's statement about Ankara's
            actors = self.casting.bound(speakers)
        date = self.timeline.date_for(s, own_date, {*actors, *targets}, place)
        if own_date is None and trigger.type in STATEMENT_TYPES and self._said_here(s):
            date = self.timeline.today() or date  # a count or truce the document itself makes
        elif own_date is None and trigger.type is EventType.VIOLATION_ACCUSATION:
            # a charge with no day of its own is made when the words around it are said
            # ("at the meeting this afternoon ... He said that HTS had violated ...", "Its
            # spokesman said on Wednesday ... He said government forces had broken the truce
            # more than 70 times this month")
            date = self.timeline.narrative_day() or self.timeline.said_day(s) or date
        charged = bool(accused_end) and violent  # "accused Turkey of ..."
        kind = trigger.type
        if violent and one_more_of(s.text, trigger, latest) and latest is not None:
            kind, actors = latest.type, actors or latest.actors  # "a third missile struck"
            if place is None or place.relation is PlaceRelation.ADMIN:  # "... the market"
                place = latest.place
        if kind is EventType.ARMED_CLASH and len(actors) == 1 and not targets:
            targets = self._foe_of(actors)  # a capture or a fight told with one side only
        draft = Draft(
            type=kind, sentence=s, date=date,
            place=place or Place(), context_place=self.locator.earlier_place(s),
            actors=actors, targets=targets, evidence=[s],
            flags=[Flag.ALLEGED] if Flag.ALLEGED in flags or charged else [],
            only_accused=charged and Flag.ALLEGED not in flags,
        )  # fmt: skip
        if trigger.type is EventType.COMMITMENT:
            draft.targets = targets[:1]  # the party it is owed to, not what it is about
            draft.commitment_hint = commitment_hint(s.text, trigger, self.lexicon)
            # "The aid convoy promised under the truce never reached Kafr Batna": the party
            # the terms oblige to let it in, not the aid agency that sent it
            if all(self.casting.bystander(a, harm=True) for a in draft.actors):
                obliged = obliged_party(self.document.body[: s.start], s.text, self.catalogue)
                draft.actors = obliged or draft.actors
        self.drafts.append(draft)
        self.ledger.flush_pending(draft)
        return draft

    def _continue(
        self, s: Sentence, draft: Draft | None, place: Place | None, actors: Sequence[str] = ()
    ) -> Draft | None:
        """``s`` tells ``draft`` again; a speaker who names itself among its ``actors`` ("a
        shell from one of our tanks ... struck the house") gives an act no one had done."""
        if draft is not None:
            draft.add_evidence(s)
            speaker = self.voices.of(s)
            if not draft.actors and speaker is not None and speaker in actors:
                draft.actors = [speaker]
            if not specific(draft.place) and draft.context_place is None and place is not None:
                draft.place = place
        return draft

    def _remember_place(self, s: Sentence, mentions: list[Mention]) -> None:
        if self.drafts and self.drafts[-1].sentence is s:
            self.drafts[-1].country_named = self.locator.names_country(s, mentions)
        self.locator.remember(s, mentions, lead=s.index in self.timeline.lead)


# a colon that opens what follows, not one in a time of day ("In our 12:40 entry we said")
_COLON = re.compile(r":(?!\d\d\b)")
# a list of what an act was done with, not a clause of its own
_MEANS_LISTED = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,4}?[\w-]+$", re.IGNORECASE)


_OUR = re.compile(r"\b[Oo]ur\b")
# the toll of an act told before: "The toll from the morning's car bomb has risen to nine"
_TOLL_OF_THE = re.compile(
    r"\b(?:death\s+)?toll\s+(?:from|of|in)\s+(?:the|this|that|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


# a yes-or-no question, after a transcript's label: "Q: Have you struck anyone trying to reach
# the convoy?" asks; it tells nothing
_ASKS = re.compile(  # (or when, or how often: "Q: When were your villages last bombed?")
    r"\W*(?:(?-i:[A-Z][A-Z .()'’-]{0,40}):\s*)?(?:(?:when|how\s+often|how\s+many\s+times)\s+)?"
    r"(?:have|has|had|did|do|does|was|were|is|are"
    r"|will|would|could|can|should)\s",
    re.IGNORECASE,
)


def _confirm_own(attributions: list[Attribution], actors: list[str]) -> None:
    """A party telling of its own forces' act confirms it: its plain report becomes a
    confirmation (in place, as the ledger reads these attributions next)."""
    for i, said in enumerate(attributions):
        if said.actor_id in actors and said.stance is Stance.REPORTS:
            attributions[i] = replace(said, stance=Stance.CONFIRMS)
