"""Who says what: attributions in a sentence and the stance of each.

The monitor never decides who did something; it records who *says* so. An
attribution is a claimant plus the words that attribute ("X said", "according to
X", "X's official version", "in a statement released by X"). The stance is read
from the claimant's part of the sentence, so "It's hard to believe in the official
American version that both incidents were accidental" holds two claims: the US
(accidental) and, outside any attributed clause, the author (disputes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from truce.extract.actors import NATION_WORD, Mention, coordinated
from truce.extract.events import QUOTE_MARK
from truce.extract.lexicon import Lexicon, first_stance
from truce.extract.needs import needing
from truce.extract.screens import ScreenSet
from truce.model import Stance

_GAP = re.compile(r"(?:'s|’s)?\)?[^,;:.!?\"“”()\[\]]{0,40}")  # (")": "Forces (SDF) dismissed")
# ", an account the SDF dismissed", ", which Russia denied": another's words on X's
_ANOTHERS_WORD = re.compile(r",\s+(?:an?\s+(?:account|claim|version|charge|report)|which)\b")
# the next speaker set against this one ("Activists said jets hit a bakery, but Moscow denied
# involvement"): its words are its own, not a claim this speaker relays
_SET_AGAINST = re.compile(r"(?:,\s+(?:but|while|whereas|though|although|yet)\b|;)", re.IGNORECASE)
# a short relative clause between the name and its verb, naming no one else ("the
# opposition committee that negotiates for al-Waer accused")
_RELATIVE = re.compile(
    r"(?:\s+(?:committee|council|command|commission|body|delegation|office|alliance))?"
    r"\s+(?:that|who|which)\s+(?!calls?\s|called\s)(?:have\s+|has\s+|had\s+)?[a-z]+(?:ed|s)\s+"
    r"(?:[\w-]+\s+){0,5}"  # (but "The coalition which calls itself Ansar al-Sharia" is not it)
)
# an official named by a title of the body he speaks for, then his rank and name
_TITLE_OF = needing(
    r"\b(?:head|chief|director|commander|spokes(?:wo)?man|deputy|minister|representative)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TITLE_AND_NAME = re.compile(r"(?:\s+(?:(?:of|for|the|and)\s+)*(?-i:[A-Z][\w'’.-]*))+\s+")
_APPOSITION = re.compile(  # (", one of the largest rebel factions in the city, told"; "...
    # alliance in the area, on Friday accused")
    r",\s+(?:the|a|an|which|who|whose|one\s+of|part\s+of|among)\s+[^,;:.!?\"“”()]{1,80},\s+"
    r"(?:(?:late\s+|early\s+)?on\s+[A-Z]\w+\s+)?"
)
# where the speakers are, named after them: "Residents of al-Ansari and al-Mashhad tell us",
# "Activists in Binnish, one of the rebel-held towns near al-Fuaa, say"
_WHERE_THEY_ARE = (
    r"\s+(?:of|in|from)\s+(?:(?:al|el|as|ash|ad|at|ar|az)-)?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?:(?:al|el)-)?(?-i:[A-Z])[\w'’-]*)?"
    r"(?:\s+and\s+(?:(?:al|el|as|ash|ad|at|ar|az)-)?(?-i:[A-Z])[\w'’-]*)?"
)
_THEIR_PLACE = re.compile(_WHERE_THEY_ARE + r"\s+")
_PLACED_APPOSITION = re.compile(_WHERE_THEY_ARE + _APPOSITION.pattern)
# how the speaker was heard, between commas: "A militia commander in Qamishli, reached by
# telephone, said"
_HEARD = re.compile(
    _GAP.pattern + r",\s+(?:reached|contacted|interviewed|speaking)\b[^,;:.!?\"“”()]{0,60},\s+"
)
# ("Israel seldom confirms individual operations", "did not confirm": no word said)
_GAP_STOP = re.compile(
    r"\b(?:that|who|which|and|but|or|if|when|while|seldom|rarely|never|not)\b|n[’']t\b",
    re.IGNORECASE,
)
_STATE = frozenset({"state", "armed_forces", "coalition"})
#: What an institution named without its country ("the ministry said") can stand for.
INSTITUTIONS: dict[str, frozenset[str]] = {
    "government": _STATE, "ministry": _STATE, "army": _STATE, "military": _STATE,
    "command": _STATE, "monitor": frozenset({"monitor"}),
    "agency": frozenset({"media", "aid", "un", "monitor"}),
    "reporter": frozenset({"media"}), "correspondent": frozenset({"media"}),
}  # fmt: skip
# a speaker named by a pronoun or by its office ("it said", "the ministry said")
_SPEAKING_AS = "|".join([*INSTITUTIONS, "statement", r"spokes(?:man|woman|person)", "officials?"])
_PRONOUN = re.compile(
    rf"\b(?P<p>it|they|he|she|the (?:{_SPEAKING_AS}))\s+(?:(?:has|have|had|also|later|then)\s+)*$",
    re.IGNORECASE,
)
_INVERTED_VERBS = frozenset({"said", "says", "stated", "added", "reported", "noted", "told"})
_INVERTED_BEFORE = re.compile(r"[,\"”]\s*$")
_INVERTED_AFTER = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?")
_TRAILING = re.compile(r",\s*(?:the\s+|a\s+|an\s+)?$")  # "..., the UN said"
_ACCUSING = needing(r"\b(?:accus|blam)(?:ed|es|ing)\b", re.IGNORECASE)
_INSTITUTION = re.compile(r"(?:ministry|army|military|government|command|monitor)\b", re.I)
_OPENS = re.compile(
    r"(?:^|[,;:\"“(]|\b(?:that|after|as|when|while|but|and|since|because|where|though|if))"
    r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)
_OFFICIAL_ADJ = re.compile(r"\bofficial\s+(?P<who>[\w-]+)\s+version\b", re.IGNORECASE)
_VERSION_OF = re.compile(r"\b(?:official\s+)?version\s+of\s+(?:the\s+)?", re.IGNORECASE)
_POSSESSIVE_VERSION = re.compile(r"(?:'s|’s)?\s+(?:official\s+)?version\b", re.IGNORECASE)
_CARRIER = re.compile(
    r"\b(?:(?:statement|report|communiqu[eé])\s+(?:\w+\s+){0,2}?)?"
    r"(?:released|issued|published|carried|posted|quoted)\s+by\s+(?:the\s+)?"
    # an unnamed source's words carried by the medium it told: "a military source told SANA"
    r"|\b(?:sources?|officials?|spokesman|commanders?|officers?)(?:\s+[\w-]+){0,3}?\s+told\s+"
    r"(?:the\s+)?(?:state(?:-run)?\s+)?(?:news\s+agency\s+|television\s+|media\s+)?",
    re.IGNORECASE,
)
_PHRASE_SCREENS = ScreenSet([_ACCORDING, _OFFICIAL_ADJ, _VERSION_OF, _CARRIER, _POSSESSIVE_VERSION])


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claimant found in a sentence (offsets relative to the sentence).

    ``actor_id`` is None for a pronoun subject ("it said"), which the caller
    resolves from context. ``cue_start``/``cue_end`` cover the attributing words; the
    stance is read from ``start`` to the next attribution.
    """

    actor_id: str | None
    name: str
    start: int
    cue_start: int
    cue_end: int
    subject: tuple[int, int] | None
    carrier: bool = False
    stance: Stance = Stance.REPORTS
    version: bool = False

    @classmethod
    def unworded(cls, actor_id: str, stance: Stance) -> Attribution:
        """The claim of an actor no words of the sentence name as speaking: the speaker
        of a briefing's turn, the monitor that "registered 23 violations"."""
        return cls(actor_id, actor_id, 0, 0, 0, None, stance=stance)

    def worded_before(self, at: int) -> bool:
        """Do words of the sentence say it, ending by ``at``? (An unworded claim, a speaker's
        own turn, has none: its "they" and its denials name others.)"""
        return 0 < self.cue_end <= at


#: A name that speaks for an actor only as the subject of a saying verb ("Damascus says").
SpeakerFinder = Callable[[str, int], Mention | None]


def find_attributions(
    text: str, mentions: list[Mention], lexicon: Lexicon, speaker: SpeakerFinder | None = None
) -> list[Attribution]:
    """Attributions in reading order; carriers only when nobody else is named."""
    found = [
        *_verb_attributions(text, mentions, lexicon, speaker),
        *_phrase_attributions(text, mentions),
    ]
    if any(not a.carrier for a in found):
        found = [a for a in found if not a.carrier]
    unique: dict[tuple[str | None, int], Attribution] = {}
    for item in sorted(found, key=lambda a: (a.start, a.cue_start)):
        unique.setdefault((item.actor_id, item.start), item)
    ordered = list(unique.values())
    return [_with_stance(text, item, ordered, lexicon) for item in ordered]


_AUTHORS_FRAME = re.compile(
    r"(?:\s+on\s+[A-Z]\w+)?,\s+(?:in\s+(?:one\s+of|the\s+latest)\s|amid\s|days?\s+after\s)"
)
_WHAT_BEFORE = re.compile(r"\b[Ww]hat\s+$")
_IN_TRUTH = re.compile(
    r"\b(?:was|were|is|are)\s+(?:in\s+fact|in\s+truth|in\s+reality|actually|really)\b"
)


def rebutted(text: str, item: Attribution) -> bool:
    """ "What the enemy described as a rocket launch was in fact a stray missile": another's
    words named only to be answered; the sentence is its speaker's, not theirs (but "a video
    of what it said was the effects of shelling" reports the words)."""
    return (
        _WHAT_BEFORE.search(text, max(item.start - 8, 0), item.start) is not None
        and _IN_TRUTH.search(text, item.cue_end) is not None
    )


def only_condemns(text: str, item: Attribution) -> bool:
    """ "Iran condemned the bombing": a judgement of the act that says nothing of who did
    it or how (one that accuses still counts: "condemned the strike as a violation")."""
    return item.stance is Stance.REPORTS and text[item.cue_start : item.cue_end].lower().startswith(
        ("condemn", "decr")
    )


def last_accusation_end(text: str, before: int) -> int:
    """Where the last "accused"/"blamed" before ``before`` ends (0: none): "they would
    fight on and accused Russia of bombing" reports bombing as done; the speakers'
    "would" is about themselves."""
    ends = [m.end() for m in _ACCUSING.finditer(text, 0, before)]
    return max(ends, default=0)


_PASSIVE_CUES = frozenset({"reported", "said"})
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _verb_attributions(
    text: str, mentions: list[Mention], lexicon: Lexicon, speaker: SpeakerFinder | None
) -> list[Attribution]:
    out: list[Attribution] = []
    if not lexicon.verb_screens.hits(text):
        return out  # none of the verbs' words
    for verb in lexicon.verb_screens.finditer(0, text):
        if verb.group().lower() in _PASSIVE_CUES and _BE_BEFORE.search(
            text, max(verb.start() - 16, 0), verb.start()
        ):
            continue  # "clashes between the army and rebels were reported": nobody speaks
        subject = _subject_before(text, mentions, verb.start())
        if subject is not None:
            for name in (*_coordinated_before(text, mentions, subject), subject):
                out.append(_from_mention(name, name.start, verb.start(), verb.end()))
            continue
        named = speaker(text, verb.start()) if speaker else None
        if named is not None:
            out.append(_from_mention(named, named.start, verb.start(), verb.end()))
            continue
        pronoun = _PRONOUN.search(text, 0, verb.start())
        if pronoun:
            out.append(Attribution(None, pronoun.group("p"), pronoun.start(), *verb.span(), None))
            continue
        inverted = _subject_after(text, mentions, verb)
        if inverted is not None:
            out.append(_from_mention(inverted, verb.start(), verb.start(), verb.end()))
    return out


_FIGHTING = re.compile(r"\s+(?:against|fighting|battling)\s+(?:the\s+)?", re.IGNORECASE)


# a wire's "In Ankara, the defence ministry said": the body speaks for the capital's state
_IN_THE_CAPITAL = re.compile(r"\b[Ii]n\s+$")
_ITS_INSTITUTION = re.compile(
    r",\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ministry|government|presidency|general\s+staff"
    r"|foreign\s+office|military|army)\s+(?:\w+ly\s+)?",
    re.IGNORECASE,
)


def _subject_before(text: str, mentions: list[Mention], verb_start: int) -> Mention | None:
    before = [m for m in mentions if m.end <= verb_start]
    if not before:
        return None
    subject = before[-1]
    gap = text[subject.end : verb_start]
    if (
        (_GAP.fullmatch(gap) or _HEARD.fullmatch(gap))
        and not _GAP_STOP.search(gap)
        and not NATION_WORD.search(gap)  # ("... targets on Thursday Jordanian state TV reported")
    ):
        # "A spokesman for the U.S.-led coalition against Islamic State confirmed": the
        # coalition speaks; whom it fights is part of its name
        if len(before) > 1 and _FIGHTING.fullmatch(text, before[-2].end, subject.start):
            return before[-2]
        return subject
    if _IN_THE_CAPITAL.search(text, max(subject.start - 4, 0), subject.start) and (
        _ITS_INSTITUTION.fullmatch(gap)
    ):  # "In Ankara, the defence ministry accused ...": the capital's state speaks
        return subject
    # "The Syrian National Army, the Turkey-backed rebel alliance that holds Azaz, blamed":
    # the name, then a description of it between commas
    described = [
        m
        for m in before
        if _APPOSITION.fullmatch(text, m.end, verb_start)
        or _PLACED_APPOSITION.fullmatch(text, m.end, verb_start)
    ]
    if not described and _THEIR_PLACE.fullmatch(gap):
        return subject
    if not described and _RELATIVE.fullmatch(gap):
        return subject  # "The rebel factions that signed the truce denied firing them"
    titled = _TITLE_OF.search(text, max(subject.start - 30, 0), subject.start) is not None
    if not described and titled and _TITLE_AND_NAME.fullmatch(gap):
        # "Deputy Head of the Russian Centre for Reconciliation of the Opposing Sides Rear
        # Admiral Andrei Korovin told journalists": the body he speaks for
        return subject
    return described[-1] if described else None


def _coordinated_before(text: str, mentions: list[Mention], subject: Mention) -> list[Mention]:
    """Names joined to the subject: "Russia and Turkey announced" is said by both."""
    joined = coordinated(text, [*(m for m in mentions if m.end <= subject.start), subject])[:-1]
    # the group must open its clause: in "used sieges to pressure rebel forces and the UN
    # says", "rebel forces" is the object of another verb
    return joined if joined and _OPENS.search(text, 0, joined[0].start) else []


def _subject_after(text: str, mentions: list[Mention], verb: re.Match[str]) -> Mention | None:
    if verb.group().lower() not in _INVERTED_VERBS:
        return None
    if not _INVERTED_BEFORE.search(text, 0, verb.start()):
        return None
    lead = _INVERTED_AFTER.match(text, verb.end())
    position = lead.end() if lead else verb.end()
    who = next((m for m in mentions if m.start == position), None)
    if who is not None and _CLAUSE_AFTER.match(text, who.end):
        return None  # (", said Islamic State militants had executed": what was said)
    return who


# the name after an inverted verb opens what was said ("..., said Islamic State militants had
# executed two young men"), not the end of the sentence ("..., said the UN.")
_CLAUSE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:had|has|have|was|were|is|are|would|will|could|may|might)\b",
    re.IGNORECASE,
)


def _phrase_attributions(text: str, mentions: list[Mention]) -> list[Attribution]:
    out: list[Attribution] = []
    hits = _PHRASE_SCREENS.hits(text)  # by index: which patterns may match
    for match in _PHRASE_SCREENS.finditer(0, text) if 0 in hits else ():
        who = _mention_at(mentions, match.end())
        if who is not None:
            out.append(_from_mention(who, 0, match.start(), who.end))
        elif body := _INSTITUTION.match(text, match.end()):  # "according to the ministry"
            out.append(Attribution(None, body.group(), 0, match.start(), body.end(), None))
    for match in _PHRASE_SCREENS.finditer(1, text) if 1 in hits else ():
        who = next((m for m in mentions if m.start == match.start("who")), None)
        if who is not None:
            out.append(_from_mention(who, who.start, match.start(), match.end(), version=True))
    for match in _PHRASE_SCREENS.finditer(2, text) if 2 in hits else ():
        who = _mention_at(mentions, match.end())
        if who is not None:
            out.append(_from_mention(who, match.start(), match.start(), who.end, version=True))
    for mention in mentions if 4 in hits else ():
        version = _POSSESSIVE_VERSION.match(text, mention.end)
        if version:
            out.append(
                _from_mention(mention, mention.start, mention.start, version.end(), version=True)
            )
    for match in _PHRASE_SCREENS.finditer(3, text) if 3 in hits else ():
        who = _mention_at(mentions, match.end())
        if who is not None:
            out.append(_from_mention(who, match.start(), match.start(), who.end, carrier=True))
    if text.count(" | ") >= 2:  # a table row's last cell is its source: "... | SANA"
        cell = text.rindex(" | ") + 3
        who = _mention_at(mentions, cell)
        # (the cell holds the name alone, not a digest entry's text that opens with one:
        # "QUNEITRA COUNTRYSIDE | 07:50 | Regime warplanes and Russian jets struck ...")
        if who is not None and who.end >= len(text.rstrip(" .;")) - 1:
            out.append(_from_mention(who, 0, cell - 2, who.end))
    return out


def _mention_at(mentions: list[Mention], position: int) -> Mention | None:
    """The name starting at ``position``, or one that takes in the article read before it
    ("according to the Observatory": the alias is "the Observatory")."""
    return next((m for m in mentions if m.start == position), None) or next(
        (m for m in mentions if m.start < position < m.end and position - m.start <= 4), None
    )


def _from_mention(
    mention: Mention,
    start: int,
    cue_start: int,
    cue_end: int,
    *,
    carrier: bool = False,
    version: bool = False,
) -> Attribution:
    span = (mention.start, mention.end)
    return Attribution(
        mention.actor_id, mention.text, start, cue_start, cue_end, span, carrier, version=version
    )


def _with_stance(
    text: str, item: Attribution, ordered: list[Attribution], lexicon: Lexicon
) -> Attribution:
    """Stance from the claimant's words up to the next claimant; when those only report
    ("SANA reported that the army command called it aggression"), the nested claim's."""
    # "X rejected the American version": a version named as an object stays in X's words.
    later = sorted(a.cue_end if a.version else a.start for a in ordered if a.start > item.start)
    # ("..., the Observatory said, in one of the deadliest breaches of the ceasefire": what
    # follows the speaker's verb after a comma is the author's framing, not the speaker's)
    frame = _AUTHORS_FRAME.match(text, item.cue_end)
    against = _SET_AGAINST.search(text, item.cue_end)  # (its words end where another's begin)
    end = min(frame.start() if frame else len(text), against.start() if against else len(text))
    bounds = [item.start, *(at for at in later if at < end), end]
    for lo, hi in pairwise(bounds):
        if lo > item.start and _ANOTHERS_WORD.search(text, item.cue_end, lo):
            stance = None  # ", an account the SDF dismissed as invented": not X's words
            break
        stance = first_stance(lexicon.stances, text[lo:hi], lexicon.stance_screens)
        if stance is not None:
            break
    if stance is None:
        stance = Stance.REPORTS
        # "<what>, X said": X's words come first (a quotation is left alone: its words
        # are too many and too loose for the stance patterns)
        said = text[: item.start]
        first = not any(a.start < item.start for a in ordered)
        if first and _TRAILING.search(said) and not QUOTE_MARK.search(said):
            stance = first_stance(lexicon.stances, said, lexicon.stance_screens) or stance
    return Attribution(
        item.actor_id, item.name, item.start, item.cue_start, item.cue_end, item.subject,
        item.carrier, stance, item.version,
    )  # fmt: skip


def author_stance(text: str, attributions: list[Attribution], lexicon: Lexicon) -> Stance | None:
    """An evaluative stance of the author: words outside every attributed clause."""
    covered = [(a.start, len(text)) for a in attributions]
    screens = lexicon.author_screens  # the rules and patterns that may match, in order
    for index, patterns in screens.candidates(text).items():
        for i in patterns:
            for match in screens.screens.finditer(i, text):
                if not any(lo <= match.start() < hi for lo, hi in covered):
                    return lexicon.author_stances[index].stance
    return None


def sentence_stance(text: str, lexicon: Lexicon) -> Stance | None:
    """The stance of an unattributed sentence (None when it only reports)."""
    stance = first_stance(lexicon.stances, text, lexicon.stance_screens)
    return None if stance is Stance.REPORTS else stance


_BOTH = re.compile(r"\bboth (?:the )?(?:incidents|strikes|attacks|raids|bombings|cases)\b", re.I)


def mentions_both(text: str) -> bool:
    """True for "both incidents": the claim is about the last two violent events."""
    return _BOTH.search(text) is not None


# (and a party that "remained committed to the agreement": of the deal, not an act)
# (run only on a sentence with one of its words: every sentence is asked, few have one)
_FUTURE = needing(
    r"\b(?:would|will)\b(?! have)|\bremain(?:s|ed)? committed\b"
    # "militants were preparing to stage a chemical incident in order to blame the army"
    r"|\b(?:were|was|are|is) (?:preparing|planning|plotting) to\b"
    # "Russian officers have promised to station a patrol at the entrance"
    r"|\b(?:have|has|had) (?:promised|pledged|vowed|undertaken) to\b"
    # "SDF commanders say they expect to clear it within weeks"
    r"|\b(?:expect|expects|hope|hopes|intend|intends) to\b",
    re.IGNORECASE,
)


def says_what_will_be(text: str) -> bool:
    """ "The army said it would launch an offensive if the attacks did not stop", "The
    army says it will free 25 detainees next week": what a speaker will do reports
    nothing that happened."""
    return _FUTURE.search(text) is not None
