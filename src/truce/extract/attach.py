"""Claims and casualty figures, attached to the event they are about.

A claim is usually not in the sentence that reports the event: "It's hard to
believe ... that both incidents were accidental" comes a paragraph later. The
ledger keeps the little context needed to place it: who spoke last (for "it
said" and reported speech that runs on), which events the previous claim was
about ("both incidents": the last two acts of violence involving the claimant), and
which events are still open in the paragraph. A stance only goes to an
event it can be about: a commitment stance to a commitment, "declared over" to a
ceasefire statement, "accidental" to an act of violence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from truce.extract.actors import REPORTER_KINDS, ActorCatalogue, Mention
from truce.extract.casualties import Figures
from truce.extract.claims import (
    INSTITUTIONS,
    Attribution,
    author_stance,
    mentions_both,
    only_condemns,
    rebutted,
    sentence_stance,
)
from truce.extract.corrections import ENTRY_TIME
from truce.extract.dates import WEEKDAY_PATTERN, WEEKDAYS
from truce.extract.drafts import CEASEFIRE_FAMILY, Draft, span_of
from truce.extract.lexicon import Lexicon, first_stance
from truce.extract.needs import needing
from truce.extract.sentences import Sentence
from truce.model import ClaimMention, Document, EventType, Stance

_COMMITMENT_STANCES = frozenset({Stance.COMMITMENT_MET, Stance.COMMITMENT_UNMET})
# stances that, said of what will be ("they would retaliate if the raids went on"), are
# about no act yet done (a denial or a commitment still is)
_SAID_OF_WHAT_WILL_BE = frozenset(
    {Stance.REPORTS, Stance.JUSTIFIES, Stance.ACCUSES, Stance.CONFIRMS, Stance.ACCIDENTAL}
)


def suits(stance: Stance, draft: Draft) -> bool:
    """Whether a claim with this stance can be about this event."""
    if stance in _COMMITMENT_STANCES:
        return draft.type is EventType.COMMITMENT
    if stance is Stance.DECLARES_OVER:
        return draft.type in CEASEFIRE_FAMILY
    if stance is Stance.ACCIDENTAL:
        return draft.violent
    if stance is Stance.JUSTIFIES:  # "returned fire": an act's reason; "the lists of names
        return draft.violent or draft.type is EventType.COMMITMENT  # were incomplete": a term's
    return True


_NEVER_ACTING = REPORTER_KINDS | {"civilians", "un", "aid"}
_RESPONSIBILITY = re.compile(
    r"\b(?:claimed|claims|claiming|took|accepted)\s+(?:full\s+)?responsibility\b"
    # "Islamic State claimed the attack through its Amaq news agency"
    r"|\b(?:claimed|claims)\s+(?:the|this|that|its)\s+(?:[\w-]+\s+)?(?:attack|ambush|bombing"
    r"|blast|strike|killing|assassination|assault|operation)\b",
    re.I,
)


def claimed_responsibility(draft: Draft, catalogue: ActorCatalogue) -> list[str]:
    """Who claimed responsibility for the event: its actor by its own claim ("Islamic
    State claimed responsibility for the attack"); never a medium, monitor or bystander."""
    return list(
        dict.fromkeys(
            c.claimant_actor_id
            for c in draft.claims
            if c.claimant_actor_id
            and c.stance is Stance.CONFIRMS
            and catalogue.actors[c.claimant_actor_id].kind not in _NEVER_ACTING
            and _RESPONSIBILITY.search(c.text)
        )
    )


#: What another source says that shows an accused act took place.
_BEARS_OUT = frozenset({Stance.REPORTS, Stance.CONFIRMS, Stance.ACCIDENTAL, Stance.JUSTIFIES})


def corroborated(draft: Draft, catalogue: ActorCatalogue) -> bool:
    """Does a source other than the accusers (or those speaking for them) tell that the
    accused act took place: a monitor confirming it, or the accused calling it an accident
    or justified? Then it is not known from the accusation alone."""
    accusers = {c.claimant_actor_id for c in draft.claims if c.stance is Stance.ACCUSES}
    side = set().union(*(catalogue.related(a) for a in accusers if a))
    return any(
        c.claimant_actor_id and c.claimant_actor_id not in side and c.stance in _BEARS_OUT
        for c in draft.claims
    )


# An event named as already known: a claim about it is about the last act of violence.
_THE_EVENT = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:[\w'’-]+\s+)?(?:strikes?|attacks?|raids?|bombing|shelling|blast"
    r"|explosion|massacre|incident|assault|abduction|kidnapping|killing|assassination|ambush"
    r"|operation|arrest)\b",
    re.IGNORECASE,
)


# "accused the rebels of using the bombing as an excuse to win more concessions": a charge
# about what the bombing is used for, not about who set it off
_USED_AS_A_PRETEXT = re.compile(
    r"\baccus\w*\s+(?:[\w-]+\s+){0,4}?of\s+(?:using|exploiting|seeking|looking\s+for|wanting|trying)\b"
    r"[^.;]{0,80}?\b(?:excuse|pretext)\b",
    re.IGNORECASE,
)


_NO_COMMENT = re.compile(
    r"\b(?:(?:did|does|do|would|will) not|declined to|refused to) comment\b|\bno comment\b"
    r"|\bneither\b[^.;]{0,80}?\bnor\b[^.;]{0,80}?\bcommented\b",  # (no denial either)
    re.IGNORECASE,
)
# "the toll had risen to 17", "the death toll climbed to": a count of the act told
_TOLL_RISEN = re.compile(
    r"\b(?:death\s+)?toll\s+(?:had\s+|has\s+)?(?:risen|rose|climbed|reached|jumped)\b",
    re.IGNORECASE,
)
_A_FURTHER_ONE = re.compile(r"\b(?:a second|a third|another|a smaller|a further)\b", re.IGNORECASE)
# "Tuesday's attack": the act of that day
_DAYS_EVENT = needing(
    rf"\b(?P<day>{WEEKDAY_PATTERN})['’]s\s+(?:[\w-]+\s+)?"
    r"(?:strikes?|attacks?|raids?|bombing|shelling|blast|explosion|massacre|incident|assault)\b"
)


def of_the_day_named(text: str, drafts: list[Draft]) -> list[Draft]:
    """The last act of violence of the weekday the text names ("Tuesday's attack")."""
    named = _DAYS_EVENT.search(text)
    if named is None:
        return []
    day = WEEKDAYS.index(named.group("day").lower())
    return [
        d
        for d in drafts
        if d.violent
        and d.date.start is not None
        and d.date.start == d.date.end
        and d.date.start.weekday() == day
    ][-1:]


def _of_the_place_named(text: str, drafts: list[Draft]) -> list[Draft]:
    """The last act of violence at a place the text names ("the incident in Heish"), when
    it is not the last act told (that one the claim would reach anyway)."""
    violent = [d for d in drafts if d.violent]
    if len(violent) < 2 or not _THE_EVENT.search(text):
        return []
    there = _placed_in(text, violent)
    return there[-1:] if there and there[-1] is not violent[-1] else []


def names_a_known_event(text: str) -> bool:
    """ "the strike", "this attack": the text speaks of an event already reported."""
    return _THE_EVENT.search(text) is not None


#: the kinds of act a bomb is, planted or carried by a suicide bomber
BOMBS = frozenset({EventType.REMOTE_EXPLOSIVE, EventType.SUICIDE_BOMB})
_KINDS_NAMED = {
    "strike": frozenset({EventType.AIR_STRIKE}),
    "raid": frozenset({EventType.AIR_STRIKE, EventType.ARMED_CLASH}),
    "shelling": frozenset({EventType.SHELLING}),
    "bombing": BOMBS | {EventType.AIR_STRIKE},
    "blast": BOMBS,
    "explosion": BOMBS,
}


def kind_named(text: str) -> frozenset[EventType]:
    """The kinds of act "the strikes", "the blast" ... in ``text`` can be (none: any)."""
    found = _THE_EVENT.search(text)
    if found is None:
        return frozenset()
    return kinds_of(found.group().split()[-1])


def kinds_of(noun: str) -> frozenset[EventType]:
    """The kinds of act a noun names ("bombing": an air strike's or a bomb's; none: any)."""
    return _KINDS_NAMED.get(noun.lower().rstrip("s"), frozenset())


# what a denial says did not happen, by kind: "denied that its units had fired on Kafr
# Laha", "denied that any aircraft had flown over Daraa"
_DENIED_KINDS = (
    (re.compile(r"\b(?:shell(?:s|ed|ing)?|mortars?|rockets?|artillery|fired|firing)\b", re.I),
     frozenset({EventType.SHELLING, EventType.ARMED_CLASH, EventType.ATTACK_ON_CIVILIANS})),
    (re.compile(r"\b(?:aircraft|jets|warplanes|planes|helicopters|drones?|air\s+strikes?"
                r"|air\s+raids?|flown|flew|barrel\s+bombs)\b", re.I),
     frozenset({EventType.AIR_STRIKE})),
    (re.compile(r"\b(?:bomb|bombs|blast|explosion|explosives)\b", re.I), BOMBS),
    (re.compile(r"\b(?:seized|abduct(?:ed|ing)?|kidnapp?(?:ed|ing)?|detained)\b", re.I),
     frozenset({EventType.ABDUCTION})),
)  # fmt: skip


# what a denier says instead: "denies involvement and instead suggests ... a U.S. drone"
_INSTEAD = re.compile(r"\b(?:instead|rather|but)\b", re.IGNORECASE)


def denied_kinds(text: str) -> frozenset[EventType]:
    """The kinds of act a denial's words name (none: "denied violating the truce"), not
    counting what the denier says happened instead."""
    denied = _INSTEAD.split(text, maxsplit=1)[0]
    return frozenset().union(*(k for words, k in _DENIED_KINDS if words.search(denied)))


def denied_act(text: str, drafts: list[Draft], kinds: frozenset[EventType]) -> list[Draft]:
    """The act a denial is about when its words name the kind of act (``kinds``, from
    :func:`denied_kinds`: "denied that any shells had been fired from their side"): the
    latest act of that kind, at a place the denial names if one is (none when the words
    name no act: "denied violating the truce" is about the charge)."""
    acts = [d for d in drafts if d.violent and d.type in kinds]
    return (_placed_in(text, acts) or acts)[-1:]


# a term carried out named again: "Turkey's defence ministry said the patrol had been
# completed", after another commitment was told
_THE_TERM = re.compile(r"\bthe (patrol|convoy|exchange|handover|hand-over)\b", re.IGNORECASE)


#: what is said of a term carried out (a charge in the same words is of an act: "said the
#: patrol had been suspended and blamed the YPG for planting the bomb")
_OF_A_TERM = frozenset(
    {Stance.REPORTS, Stance.CONFIRMS, Stance.COMMITMENT_MET, Stance.COMMITMENT_UNMET}
)


def _of_the_term_named(text: str, drafts: list[Draft]) -> list[Draft]:
    """The last event told in words with the term ``text`` names ("the patrol"), when it is
    not the last event told (that one the claim would reach anyway)."""
    named = _THE_TERM.search(text)
    if named is None or len(drafts) < 2:
        return []
    # (the one act, not "safe for patrols")
    noun = re.compile(rf"\b{named.group(1)}\b", re.IGNORECASE)
    told = [d for d in drafts if noun.search(d.sentence.text)]
    return told[-1:] if told and told[-1] is not drafts[-1] else []


def _placed_in(text: str, drafts: list[Draft]) -> list[Draft]:
    """The drafts whose place ``text`` names."""
    return [d for d in drafts if d.place.name and d.place.name in text]


# a clause of its own after the act: "..., killing two; Islamic State claimed the attack",
# "..., and SDF officials blamed the arson on ISIS cells"
_NEXT_CLAUSE = re.compile(r";\s|,\s+and\s")


def _before_speakers(text: str, attributions: list[Attribution]) -> str:
    """The words before the clause all the speakers speak in, when they speak only after
    the first clause ("" when not)."""
    joint = _NEXT_CLAUSE.search(text)
    if joint is None or any(a.cue_start <= joint.start() for a in attributions):
        return ""
    return text[: joint.start()]


# a denial of a part in an act: "denied any role", "denied involvement"
_ANY_ROLE = re.compile(
    r"\bden(?:y|ied|ies|ying)\s+(?:any\s+|all\s+)?(?:role|part|involvement|responsibility)\b",
    re.IGNORECASE,
)
# the author correcting its own figures: "10:30 — CORRECTION to our 09:40 entry: ...",
# "..., not four as we first wrote" (run only on a sentence with one of its words)
_OWN_CORRECTION = needing(
    rf"^\W*(?:{ENTRY_TIME})?correction\b"
    r"|\bnot (?:\w+ ){1,2}as (?:we|it) (?:first |initially |earlier |originally )?"
    r"(?:wrote|reported|said|stated)\b",
    re.IGNORECASE,
)
# a speaker named by what it is: "The group rejected the accusation"
_A_GROUP = re.compile(
    r"\W*the\s+(?:[\w-]+\s+)?(?:group|faction|militia|movement|organi[sz]ation)\b", re.IGNORECASE
)
# the author's verdict on what it has just told others say ("We have taken note of reports
# ... that Russian aircraft struck a mosque. This is a fabrication.")
_OF_THE_REPORT = re.compile(
    r"\W*(?:This|That|These|Those|Such|All\s+(?:of\s+)?(?:this|these)|The(?:se)?\s+"
    r"(?:reports?|claims?|allegations?|accounts?|accusations?|stories|story))\b"
)


class ClaimLedger:
    """Claim context of one pass over one document; ``drafts`` is shared with the reader."""

    def __init__(
        self,
        document: Document,
        catalogue: ActorCatalogue,
        lexicon: Lexicon,
        author: str,
        drafts: list[Draft],
        asked: Callable[[Sentence], tuple[int, int] | None] = lambda s: None,
        author_id: str | None = None,
    ) -> None:
        self.document, self.catalogue, self.lexicon = document, catalogue, lexicon
        self.author = author
        self.author_id = author_id  # the author as a catalogued actor ("Provinces, SANA -")
        self.drafts = drafts
        self.asked = asked  # the question a transcript's answer turn replies to
        self.last_attr: tuple[Sentence, list[str]] | None = None
        self.last_claim: tuple[Sentence, list[Draft]] | None = None
        self.pending: list[tuple[Sentence, ClaimMention]] = []
        self.unresolved: Sentence | None = None  # the last sentence with an unknown speaker
        # the actor a sentence with no speaker opened on, and where: (paragraph, index)
        self._opener: tuple[tuple[int, int], str] | None = None

    def resolve(
        self, attributions: list[Attribution], s: Sentence, mentions: list[Mention]
    ) -> list[Attribution]:
        """Give pronoun claimants ("it said") the claimant or actor just before. "The
        ministry said" takes only a state or armed forces: the paragraph's last speaker
        if one, else one named before it in the sentence ("The Russian air force ...,
        the ministry said"), else the actor of the paragraph's latest event; never
        "activists"."""
        out = []
        opener, self._opener = self._opener, None
        for item in attributions:
            if item.actor_id is None:
                kinds = INSTITUTIONS.get(item.name.lower().split()[-1])
                named = [m.actor_id for m in mentions if m.end <= item.start]
                referent = self._referent(s, kinds, named if kinds else [])
                if referent is None and item.name.lower() in ("it", "he", "she", "they"):
                    # "Syrian state television gave its own account of the night. It said
                    # ...": the subject the sentence before opened on
                    referent = (
                        opener[1] if opener and opener[0] == (s.paragraph, s.index - 1) else None
                    )
                if referent is None and item.name.lower() == "the statement" and self.last_attr:
                    # "..., the General Command said in a statement. <paragraph> The statement
                    # said that ...": the last speaker's, in the paragraph before too
                    referent = self.last_attr[1][0]
                if referent is None:
                    self.unresolved = s  # a speaker of its own: not the last one's speech
                    continue
                item = replace(item, actor_id=referent)
            out.append(item)
        if mentions and mentions[0].start <= 1 and not attributions:
            self._opener = ((s.paragraph, s.index), mentions[0].actor_id)
        return out

    def _accused_group(self, speakers: list[str]) -> str | None:
        """The armed group the last ``speakers`` named: who "the group" that denies is
        ("said the bomb had been planted by a cell of Hayat Tahrir al-Sham. The group
        rejected the accusation")."""
        if self.last_attr is None:
            return None
        named = [
            m.actor_id
            for m in self.catalogue.find(self.last_attr[0].text)
            if m.actor_id in self.catalogue.armed_groups and m.actor_id not in speakers
        ]
        return named[-1] if named else None

    def _referent(
        self, s: Sentence, kinds: frozenset[str] | None = None, named: Sequence[str] = ()
    ) -> str | None:
        """The last speaker (of the paragraph, unless ``kinds`` are given), else one of
        ``named``, else the actor of the paragraph's latest event (only actors of
        ``kinds``, when given)."""

        def fitting(ids: Sequence[str]) -> list[str]:
            return [i for i in ids if kinds is None or self.catalogue.actors[i].kind in kinds]

        # an institution ("the ministry") may be the last speaker of the paragraph before
        if self.last_attr and (kinds or self.last_attr[0].paragraph == s.paragraph):
            speakers = fitting(self.last_attr[1])
            if speakers:
                return speakers[0]
        if here := fitting(named):
            return here[-1]
        in_para = [a for d in self.drafts if d.paragraph == s.paragraph if (a := fitting(d.actors))]
        return in_para[-1][0] if in_para else None

    def claims(
        self,
        s: Sentence,
        attributions: list[Attribution],
        *,
        own: bool = False,
        own_voice: bool = False,
    ) -> list[ClaimMention]:
        """Claims of one sentence: attributed ones, the author's, or reported speech;
        ``own``: the document is its author's own report, so an event it tells without
        naming a source is the author's claim; ``own_voice``: the document is its author's
        own account (a briefing, a statement), so its verdict on a report is its own."""
        # speakers in order of their verbs; of "X and Y said", Y (next to it) first
        # "the army said it did not comment on foreign reports"
        if "comment" in s.text and _NO_COMMENT.search(s.text):
            attributions = [a for a in attributions if a.stance is not Stance.REPORTS]
            if not attributions:  # "Neither the army nor Russia commented": nobody said
                return []
        if ("excuse" in s.text or "pretext" in s.text) and _USED_AS_A_PRETEXT.search(s.text):
            # (a plain word test first)
            attributions = [a for a in attributions if a.stance is not Stance.ACCUSES]
        by_verb = sorted(attributions, key=lambda a: (a.cue_start, -a.start))
        ids = list(dict.fromkeys(a.actor_id for a in by_verb if a.actor_id))
        claims = [
            self._claim(a.actor_id, a.stance, s, a.name)
            for a in attributions
            if a.actor_id and not only_condemns(s.text, a) and not rebutted(s.text, a)
        ]
        if s.text.rstrip().endswith("?"):  # "Do you confirm this strike?" asserts nothing
            return claims
        author = author_stance(s.text, attributions, self.lexicon)
        if author is None and own:
            # (the author's own words, before the clause its speakers speak in)
            told = s.text if not attributions else _before_speakers(s.text, attributions)
            if told:
                author = sentence_stance(told, self.lexicon) or Stance.REPORTS
        if author is not None:
            span = span_of(self.document, s)
            claims.append(
                ClaimMention(
                    claimant=self.catalogue.name(self.author_id) if self.author_id else self.author,
                    claimant_actor_id=self.author_id, stance=author, text=s.text, span=span,
                )
            )  # fmt: skip
        elif not attributions and self.unresolved is not s and (self.last_attr or own_voice):
            prev, prev_ids = self.last_attr or (None, [])
            follows = (
                prev is not None and prev.paragraph == s.paragraph and prev.index == s.index - 1
            )
            prev_ids = prev_ids if follows else []
            stance = sentence_stance(s.text, self.lexicon) if follows or own_voice else None
            if stance in (Stance.DENIES, Stance.DISPUTES) and _A_GROUP.match(s.text):
                # "The group rejected the accusation": the group just accused, not its accuser
                prev_ids = [group] if (group := self._accused_group(prev_ids)) else []
            elif (
                stance in (Stance.DENIES, Stance.DISPUTES)
                and own_voice
                and self.author_id
                and self.author_id not in prev_ids
                and _OF_THE_REPORT.match(s.text)
            ):  # "This is a fabrication": the briefing's author on the report it told
                prev_ids = [self.author_id]
            if stance and prev_ids:
                claims += [self._claim(i, stance, s) for i in prev_ids]
                ids = prev_ids  # reported speech goes on
        if ids:
            self.last_attr = (s, ids)
        return claims

    def _claim(self, actor_id: str, stance: Stance, s: Sentence, mention: str = "") -> ClaimMention:
        return ClaimMention(
            claimant=self.catalogue.claimant_name(actor_id, mention), claimant_actor_id=actor_id,
            stance=stance, text=s.text, span=span_of(self.document, s),
        )  # fmt: skip

    def attach(
        self, s: Sentence, draft: Draft | None, claims: list[ClaimMention], future: bool = False
    ) -> list[Draft]:
        """Attach claims to the event they are about; returns the events used. A plain
        report of what will be (``future``: "the army said it would launch an offensive
        if ...", "it will free 25 detainees next week") says nothing of what happened; it
        counts only for a truce ("groups said they would respect the truce")."""
        if not claims:
            return [draft] if draft else []
        targets = [draft] if draft else self._targets(s, claims)
        used: list[Draft] = []
        for claim in claims:
            # A statement's own sentence may say anything about it ("no reason to observe
            # the truce ... commitments not met"); other events take suitable stances only.
            own = draft is not None and not draft.violent
            if future and claim.stance in _SAID_OF_WHAT_WILL_BE:
                if not (chosen := [d for d in targets if d.type in CEASEFIRE_FAMILY]):
                    continue
            else:
                chosen = targets if own else self._fit(claim, targets)
                if draft is None and claim.stance in (Stance.DENIES, Stance.DISPUTES):
                    chosen = self._denied(claim, s, chosen)
            if not chosen:
                self.pending.append((s, claim))
            for target in chosen:
                target.add_claim(self._of_a_term(claim, target), s)
                used += [target] if target not in used else []
        self.last_claim = (s, used)
        return used

    def _of_a_term(self, claim: ClaimMention, draft: Draft) -> ClaimMention:
        """A plain report of a commitment says whether it was kept when its words do
        ("insisted that dozens of YPG cadres were still there")."""
        if claim.stance is not Stance.REPORTS or draft.type is not EventType.COMMITMENT:
            return claim
        stance = first_stance(self.lexicon.term_stances, claim.text)
        return claim if stance is None else claim.model_copy(update={"stance": stance})

    def _denied(self, claim: ClaimMention, s: Sentence, chosen: list[Draft]) -> list[Draft]:
        """A denial of an act, told after the charge that named it, is of that act; so is
        one whose words name a kind of act other than the events chosen, when none of them
        is charged to the claimant ("said no Russian aircraft had flown near Qah", after a
        convoy stopped by others)."""
        if not any(d.violent for d in chosen) and _ANY_ROLE.search(claim.text):
            # "denied any role", after a term not met: a role is played in an act
            violent = [d for d in self.drafts if d.violent]
            return violent[-1:] or chosen
        kinds = denied_kinds(s.text)
        if any(d.violent for d in chosen):
            related = self.catalogue.related(claim.claimant_actor_id or "")
            if not kinds or any(d.type in kinds or related & set(d.actors) for d in chosen):
                return chosen
        return denied_act(s.text, self.drafts, kinds) or chosen

    def _targets(self, s: Sentence, claims: list[ClaimMention]) -> list[Draft]:
        if mentions_both(s.text):
            violent = [d for d in self.drafts if d.violent]
            ids = {c.claimant_actor_id for c in claims if c.claimant_actor_id}
            related = set().union(*(self.catalogue.related(i) for i in ids))
            involved = [d for d in violent if d.involves(related)]
            return (involved if len(involved) >= 2 else violent)[-2:]
        if dated := of_the_day_named(s.text, self.drafts):
            return dated  # "Tuesday's attack was a flagrant violation"
        if placed := _of_the_place_named(s.text, self.drafts):
            return placed  # "the incident in Heish had been staged", told after another act
        if all(c.stance in _OF_A_TERM for c in claims) and (
            term := _of_the_term_named(s.text, self.drafts)
        ):
            return term  # "the patrol had been completed", told after another term
        last = self.last_claim
        if last and last[1] and last[0].paragraph == s.paragraph and last[0].index == s.index - 1:
            return last[1]
        # (an event told again in this paragraph is of it too: "Warplanes struck ... in
        # Sarmin", after the lead said so)
        in_para = [d for d in self.drafts if s.paragraph in {e.paragraph for e in d.evidence}]
        if not in_para and (question := self.asked(s)) is not None:  # "A: No. We did not"
            in_para = [d for d in self.drafts if question[0] <= d.sentence.start < question[1]]
        violent = [d for d in self.drafts if d.violent]
        if not in_para and (names_a_known_event(s.text) or _TOLL_RISEN.search(s.text)):
            # "X said the strike had been meant to", "the toll had risen to 17": the last act,
            # but the story's own one over "a second, smaller bomb" that followed it
            if len(violent) > 1 and _A_FURTHER_ONE.search(violent[-1].sentence.text):
                return violent[-2:-1]
            return [violent[-1].news] if violent else []
        if not in_para and len(violent) == 1 and len(self.drafts) == 1:
            return violent  # a story of one act: "The Observatory said, however, that she ..."
        return in_para[-1:]

    def _fit(self, claim: ClaimMention, targets: list[Draft]) -> list[Draft]:
        """Keep the targets if the stance suits them, else the latest event it suits."""
        if targets and all(suits(claim.stance, d) for d in targets):
            return targets
        if claim.stance is Stance.REPORTS:
            return []
        related = self.catalogue.related(claim.claimant_actor_id or "")
        suited = [d for d in self.drafts if suits(claim.stance, d)]
        if claim.stance in (Stance.DENIES, Stance.DISPUTES):  # a denial is of what one is
            # accused of, not of an attack one suffered ("drones launched at its base"), nor
            # of a truce one agreed ("no Russian aircraft had flown over the zone")
            involved = [
                d
                for d in suited
                if related & set(d.actors) and d.type is not EventType.CEASEFIRE_ANNOUNCED
            ]
            # of those, the act on whom the denial names: "none of its units fired at any
            # Turkish base", after shelling of a Turkish base and of a town
            named = {m.actor_id for m in self.catalogue.find(claim.text)} - related
            involved = [d for d in involved if named & set(d.targets)] or involved
        else:
            involved = [d for d in suited if d.involves(related)]
        chosen = (involved or suited)[-1:]
        # (the news, not an older act told in passing after it, when the claim suits both)
        return [chosen[0].news] if chosen and chosen[0].news in suited else chosen

    def _story_goes_on(self, s: Sentence) -> Draft | None:
        """The act of violence the paragraph before reported, when it was the last event
        read: "The death toll rose to 17 on Friday" opens the next paragraph."""
        last = self.drafts[-1] if self.drafts else None
        return last if last and last.violent and last.paragraph == s.paragraph - 1 else None

    def flush_pending(self, draft: Draft) -> None:
        """Claims read before any event of their paragraph go to its first event."""
        keep = []
        for s, claim in self.pending:
            if s.paragraph == draft.paragraph and suits(claim.stance, draft):
                draft.add_claim(claim, s)
            elif s.paragraph >= draft.paragraph:
                keep.append((s, claim))
        self.pending = keep

    def add_figures(
        self, s: Sentence, draft: Draft | None, targets: list[Draft], figures: Figures
    ) -> None:
        """Figures go to the sentence's event, the one its claim is about, or the
        paragraph's latest act of violence."""
        if figures.fatalities is None and figures.injuries is None:
            return
        if draft is None:
            violent = [d for d in targets if d.violent]
            in_para = [d for d in self.drafts if d.paragraph == s.paragraph and d.violent]
            candidates = violent if len(violent) == 1 else in_para[-1:]
            draft = candidates[0] if candidates else self._story_goes_on(s)
        if draft is not None:
            draft.add_figures(figures, correction=bool(_OWN_CORRECTION.search(s.text)))
            draft.add_evidence(s)
