"""Event triggers in a sentence, and whether the event actually happened.

A sentence is given at most one event type, the first in lexicon order whose
trigger occurs (see ``event_lexicon.yaml``). Its status is read from the words
before the trigger in the same clause: "if Moscow decides to intensify bombing"
is hypothetical, "aimed to launch attacks" intended, "should strike" recommended,
"did not strike" negated. Those events did not happen and are not reported;
"allegedly downed" is kept with the ``alleged`` flag.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from truce.extract.lexicon import Lexicon
from truce.extract.needs import Needy, needing
from truce.model import VIOLENT_TYPES, EventType, Flag

#: Flags that mean the event did not (yet) happen: such events are not output.
DROPPED = frozenset({Flag.HYPOTHETICAL, Flag.RECOMMENDED, Flag.INTENDED, Flag.NEGATED})
_STATUS_WINDOW = 100
_NEGATION_WINDOW = 40
# (an acronym in brackets is part of the name before it: "the Syrian Democratic Forces (SDF)
# responded")
# (every branch past the character it starts with, which opens the pattern: the regex
# engine then skips straight to those characters instead of trying every position)
_CLAUSE_BREAK = re.compile(
    r"[,;:\[\]–—()\s](?:(?<=[,;:\[\]–—])|(?<=\()(?!(?-i:[A-Z]{2}[\w/-]{0,8})\))"
    r"|(?<=\))(?<!(?-i:[A-Z])\))|(?<=\s)(?:but|after|because|while|since|although|whereas"
    r"|which|who)\s)",
    re.I,
)
_ASCII_LETTERS = frozenset(string.ascii_letters)
# "... after heavy Russian air strikes": a cause or prelude, not the sentence's own event
# (run only where one of its words is: every trigger found asks)
_AFTER = needing(
    r"\b(?:after|following|(?:in|an?|as an?)\s+(?:response|retaliation|reply)\s+(?:to|for))\s+"
    # ("in response to what it called the bombardment of civilians")
    r"(?:what\s+(?:it|they|he|she)\s+(?:called|calls|described\s+as)\s+)?"
    r"[\"“]?(?:[\w-]+\s+){0,3}$"  # (calling the raid 'a response to "the massacre in ...')
    # "says the ceasefire is over, accusing \"terrorist groups\" of firing mortars"
    r"|,\s+(?:accusing|blaming)\s+[^,;.]{0,60}?\b(?:of|for)\s+(?:[\w-]+\s+){0,5}$"
    # "A ceasefire ... came into force on Friday, but a war monitor reported shelling ..."
    r"|,\s+but\s+(?:[\w-]+\s+){0,4}?(?:reported|said|recorded)\s+(?:[\w-]+\s+){0,2}$"
    # "declared the truce over, saying the army had \"buried it with its shells\"": the reason
    r"|,\s+saying\s+[^;.]{0,80}$"
    # "has violated the ceasefire 17 times, using mortars, rockets and anti-tank missiles":
    # the means of the act told before
    r"|,\s+using\s+[^;.]{0,80}$"
    # "A truce ... came into force on Monday, though fighting flared on its fringes": a
    # concession to the news
    r"|,\s+(?:though|although|even\s+though)\s+[^;.]{0,80}$"
    # "under an agreement ..., which provides for ... the handing over of weapons": its terms
    r"|\b(?:which|that)\s+(?:provides|provided|calls|called|stipulates|stipulated)\s+for\s"
    r"[^;.]{0,160}$",
    re.IGNORECASE,
)
_NEGATABLE = VIOLENT_TYPES | {EventType.CEASEFIRE_ANNOUNCED}


@dataclass(frozen=True, slots=True)
class Trigger:
    """The words that make a sentence report an event (offsets within the sentence)."""

    type: EventType
    start: int
    end: int
    core_start: int
    core_end: int
    text: str
    toll: bool = False
    learned: bool = False  # put by the learned fallback, on its best guess of the word


def find_trigger(text: str, lexicon: Lexicon, *, agreed: bool = False) -> Trigger | None:
    """The sentence's event trigger: first type in lexicon order, earliest occurrence
    among that type's rules; but one in an "after ..." or ", accusing X of ..." phrase
    gives way to a (non-toll) trigger of the main clause before it ("Government forces
    captured the town after heavy air strikes", "says the truce is over, accusing rebels
    of firing mortars"). Quotation marks do not hide one: 'rockets fired by "terrorists"
    had hit' is read as the words without them. ``agreed``: the document speaks of an
    agreement, so the rules that tell a term carried out ("left al-Waer on 36 buses",
    "as agreed with the SDF") are read too; elsewhere those words are no term's."""
    if not QUOTE_MARK.search(text):
        return _find_trigger(text, lexicon, agreed)
    # the text without its quotation marks, and where each of its characters was; the
    # words as quoted are read only when the bare words give no trigger
    kept = [i for i, char in enumerate(text) if char not in _QUOTE_MARKS]
    found = _find_trigger("".join(text[i] for i in kept), lexicon, agreed)
    if found is None:
        return _find_trigger(text, lexicon, agreed)
    at = [*kept, len(text)]
    start, end = at[found.start], at[found.end - 1] + 1
    core_start, core_end = at[found.core_start], at[found.core_end - 1] + 1
    return replace(
        found, start=start, end=end, core_start=core_start, core_end=core_end, text=text[start:end]
    )


def trigger_outside_names(
    text: str, lexicon: Lexicon, names: list[tuple[int, int]], *, agreed: bool = False
) -> Trigger | None:
    """:func:`find_trigger`, but never on a capitalised word inside a name the sentence
    gives a side ("Northern Storm fighters attacked a checkpoint": the brigade's name
    storms nothing; the name is read as blank and the trigger looked for again)."""
    found = find_trigger(text, lexicon, agreed=agreed)
    if found is None or not text[found.core_start].isupper():
        return found
    inside = [(a, b) for a, b in names if a < found.core_start < b]
    if not inside:
        return found
    return _found_without(text, inside, lambda masked: find_trigger(masked, lexicon, agreed=agreed))


def _found_without(
    text: str, spans: list[tuple[int, int]], find: Callable[[str], Trigger | None]
) -> Trigger | None:
    """The trigger ``find`` gives on ``text`` with ``spans`` read as blank (offsets kept),
    its words those of ``text``."""
    masked = text
    for a, b in spans:
        masked = masked[:a] + " " * (b - a) + masked[b:]
    again = find(masked)
    return None if again is None else replace(again, text=text[again.start : again.end])


_QUOTE_MARKS = frozenset('"“”')
QUOTE_MARK = re.compile('["“”]')  # (a quotation mark, straight or curly)


def _find_trigger(text: str, lexicon: Lexicon, agreed: bool) -> Trigger | None:
    """:func:`_rules_trigger`, but never inside an opening "Since ..." clause: "Since the
    terrorist gangs seized al-Raqqa city in March of last year, the heroes of the 93rd
    Brigade have stood fast" sets a time; its act is not the sentence's news."""
    found = _rules_trigger(text, lexicon, agreed)
    if found is None or "ince " not in text[:12]:
        return found
    since = _OPENING_SINCE.match(text)
    if since is None or found.core_start >= since.end():
        return found
    return _found_without(text, [(0, since.end())], lambda t: _rules_trigger(t, lexicon, agreed))


# an opening clause that sets the time by an act: "Since the gangs seized the city in March,"
_OPENING_SINCE = re.compile(
    r"\W*(?:ever\s+)?since\s+[^,;.]{1,120}?\b(?:[a-z]+ed|took|fell|began|broke|shot|drove"
    r"|overran|seized|struck|hit|won|lost|left)\b[^,;.]{0,80},\s*",
    re.IGNORECASE,
)


def _rules_trigger(text: str, lexicon: Lexicon, agreed: bool) -> Trigger | None:
    """The trigger of the lexicon's rules; then, where none matched and ``agreed``, of
    its rules for terms carried out (the sentence's words tested once for both)."""
    candidates = lexicon.event_screens.candidates(text)  # (every rule, from the words)
    lead = _opening_after(text)  # where an opening "Hours after the bombing," phrase ends
    found = _first_trigger(text, lexicon, candidates, lead, agreed=False)
    if found is None and agreed:
        return _first_trigger(text, lexicon, candidates, lead, agreed=True)
    return found


def _first_trigger(
    text: str, lexicon: Lexicon, candidates: dict[int, list[int]], lead: int, *, agreed: bool
) -> Trigger | None:
    """The trigger of the candidate rules whose ``under_agreement`` is ``agreed``."""
    aside: tuple[Trigger, int] | None = None  # a trigger after "after", and where that starts
    for index, patterns in candidates.items():
        rule = lexicon.events[index]
        if rule.under_agreement is not agreed:
            continue
        best = _best_match(text, patterns, rule.type, lexicon, lead)
        if best is None:
            continue
        # a later rule of the same kind may match earlier: "stormed positions of X ...,
        # setting off three days of fighting between" is told by "stormed"
        for other, others in candidates.items():
            kin = lexicon.events[other]
            if (
                other > index
                and kin.type is rule.type
                and kin.toll == rule.toll
                and kin.under_agreement is agreed
            ):
                rival = _best_match(text, others, kin.type, lexicon, lead, _core(best)[0])
                best = rival or best
        core_start, core_end = _core(best)
        found = Trigger(
            rule.type, best.start(), best.end(), core_start, core_end, best.group(), rule.toll
        )
        if aside is None:
            after = (
                _AFTER.search(text, 0, core_start)
                or _ground_means(text, core_start, rule.type)
                or _terms_told(text, core_start)
            )
            support = after is None and _SUPPORT.search(text, max(core_start - 50, 0), core_start)
            if after is None and not support and core_start >= lead:
                return found
            # (or inside an opening "after ..." phrase: "after two days of heavy clashes on
            # the approaches to the city, armed groups took control of Hama"; or the fire
            # that backed the act: "troops backed by Russian air strikes broke the siege")
            aside = (found, len(text) if support else after.start() if after else 0)
        elif not rule.toll and (core_start < aside[1] or aside[0].core_start < lead <= core_start):
            return found  # (the main clause's act, before the "after" phrase or after its comma)
    return aside[0] if aside else None


# the fire that backed a ground act, told as its support: "backed by Russian air strikes",
# "supported by air strikes", "under cover of heavy artillery fire"
_SUPPORT = re.compile(
    r"\b(?:(?:backed|supported|covered|aided|assisted)\s+by|(?:with|under)\s+(?:the\s+)?"
    r"(?:support|cover|backing)\s+of|under\s+cover\s+of)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _ground_means(text: str, core_start: int, kind: EventType) -> re.Match[str] | None:
    """A gun in a list of what a ground attack was made with ("attacked our positions ...
    with two tanks, an armoured personnel carrier and mortars"): the attack's means, not
    a bombardment of its own."""
    if kind is not EventType.SHELLING:
        return None
    means = _WITH_MEANS.search(text, max(core_start - 120, 0), core_start)
    return means if means is not None and _GROUND_FORCE.search(means.group()) else None


def _terms_told(text: str, core_start: int) -> re.Match[str] | None:
    """The colon after which an agreement's terms are told ("its notables reached an
    understanding with the security command: gunmen would hand over their weapons"): a
    term there is the agreement's content, not the sentence's act."""
    colon = _THE_TERMS.search(text, 0, core_start)
    return colon if colon is not None and _AGREEMENT_MADE.search(text, 0, colon.start()) else None


_THE_TERMS = re.compile(r":(?=[^:]*$)")
_AGREEMENT_MADE = re.compile(
    r"\b(?:reached|struck|concluded|signed|agreed)\s+(?:on\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agreement|understanding|deal|accord|settlement|truce)\b[^.;:]{0,80}$",
    re.IGNORECASE,
)


_WITH_MEANS = re.compile(r"\bwith\s+(?:[\w-]+,?\s+){1,10}?(?:and\s+)?$", re.IGNORECASE)
_GROUND_FORCE = re.compile(
    r"\b(?:tanks?|armou?red|personnel\s+carriers?|APCs?|bulldozers?|infantry|pick-?ups)\b",
    re.IGNORECASE,
)


def _best_match(
    text: str,
    patterns: list[int],
    kind: EventType,
    lexicon: Lexicon,
    lead: int,
    before: int | None = None,
) -> re.Match[str] | None:
    """The match of a rule's patterns with the earliest core (then the longest), among
    those that tell an event here; ``lead``: where an opening "after ..." phrase ends (see
    _opening_after); ``before``: only one whose core starts before that."""
    screens = lexicon.event_screens.screens
    best: re.Match[str] | None = None
    best_key = (0, 0, 0)
    for i in patterns:
        for match in screens.finditer(i, text, before):
            start = match.start()
            if before is not None and start >= before:
                break  # (matches come in order; a core never starts before its match)
            if (
                _generic(text, start, lexicon)
                or _background(match, kind, lexicon)
                or _handled(match, kind, lexicon)
                or _preceded(match, lexicon.described_before)
                or (kind is EventType.AIR_STRIKE and _raid_of_a_seizure(match))
            ):
                continue
            core = _core(match)[0]
            # earliest core, then longest; but "In fresh strikes, Russian jets pounded ...":
            # the act of the clause after the opening phrase, when the sentence has one
            opening = 1 if core < lead or _OPENING_PHRASE.fullmatch(text, 0, core) else 0
            key = (opening, core, start - match.end())
            if (before is None or core < before) and (best is None or key < best_key):
                best, best_key = match, key
    return best


# "Hours after the bombing, Turkish artillery pounded ...": the act of the clause after the
# comma is the sentence's; the one the phrase names is told elsewhere
_OPENING_AFTER = re.compile(  # (a day may come first: "On 5 December, after two days of")
    r"\W*(?:(?:early\s+|late\s+)?on\s+[^,;.]{1,30},\s*)?"
    r"(?:(?:an?|one|two|three|four|five|several|a few|\d+)\s+)?"
    r"(?:(?:minutes?|hours?|days?|weeks?|moments?)\s+|(?:shortly|soon|just|only)\s+)?"
    r"(?:after|following)\s+[^,;.]{1,80},\s*",
    re.I,
)


def _opening_after(text: str) -> int:
    """Where an opening "after ..." phrase ends (0 if the sentence has none)."""
    if "fter" not in text[:70] and "ollowing" not in text[:70]:
        return 0
    found = _OPENING_AFTER.match(text)
    return found.end() if found else 0


_OPENING_PHRASE = re.compile(
    r"\W*(?:in|amid|with)\s+(?:(?:fresh|new|renewed|further|heavy|intense|more)\s+)?", re.I
)


def _core(match: re.Match[str]) -> tuple[int, int]:
    if "t" in match.re.groupindex and match.start("t") >= 0:
        return match.start("t"), match.end("t")
    return match.span()


def _generic(text: str, start: int, lexicon: Lexicon) -> bool:
    """A generic word before the trigger ("such bombings"), or a trend's noun and "in"
    ("has brought a marked reduction in air strikes")."""
    word = word_before(text, start)
    if word is None:
        return False
    if word.lower() in lexicon.generic_before:
        return True
    if word.lower() != "in":
        return False
    noun = word_before(text, text.rfind(word, 0, start))
    return noun is not None and f"{noun.lower()} in" in lexicon.generic_before


def word_before(text: str, start: int) -> str | None:
    """The ASCII word before ``start``, past non-word characters: what
    ``([A-Za-z]+)\\W*$`` finds in text[:start], read backwards instead of searched for
    from the beginning of the text."""
    end = start
    while end > 0 and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1  # \\W: neither alphanumeric nor "_" (as the regex engine has it)
    begin = end
    while begin > 0 and text[begin - 1] in _ASCII_LETTERS:
        begin -= 1
    return text[begin:end] or None


def _background(match: re.Match[str], event_type: EventType, lexicon: Lexicon) -> bool:
    """ "since the truce began", "since it came into effect": an earlier truce, not news
    (read before the phrase and before its verb); but one told with its calendar day
    ("since the ceasefire ... took effect on December 30") is a dated record of it."""
    if event_type not in lexicon.background_types:
        return False
    text, before = match.string, lexicon.background_before
    return any(
        before.search(text, 0, at) is not None for at in {match.start(), _core(match)[0]}
    ) and not _ON_A_CALENDAR_DAY.match(text, match.end())


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
# "took effect on July 22", "came into force at 12:00 on 18 April"
_ON_A_CALENDAR_DAY = re.compile(
    rf"\s+(?:at\s+[\d:.]+\s*(?:[ap]\.?m\.?\s+)?)?on\s+(?:{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MONTH}\b)"
)


def _handled(match: re.Match[str], event_type: EventType, lexicon: Lexicon) -> bool:
    """ "were to surrender their tanks, rocket launchers and mortars": the weapon is what
    is handed over or seized, not fired."""
    return event_type in lexicon.weapon_types and _preceded(
        match, lexicon.weapon_before, _LIST_WINDOW
    )


# people seized "in raids on" a town, "during their raids": raids on the ground, the
# seizure's own (an abduction), not strikes from the air
_SEIZED_IN = re.compile(
    r"\b(?:kidnapp(?:ed|ing)|abduct(?:ed|ing)|seized|seizing|detained|detaining|arrested"
    r"|rounded\s+up)\b[^.;]{0,100}?\b(?:in|during)\s+(?:the\s+|their\s+|its\s+|an?\s+)?$",
    re.IGNORECASE,
)


def _raid_of_a_seizure(match: re.Match[str]) -> bool:
    core_start, core_end = _core(match)
    text = match.string
    return text[core_start:core_end].lower().startswith("raid") and (
        _SEIZED_IN.search(text, max(core_start - 140, 0), core_start) is not None
    )


def _preceded(match: re.Match[str], words: re.Pattern[str] | Needy, window: int = 80) -> bool:
    """Do ``words`` end right before the match (within a short window)?"""
    at = match.start()
    return words.search(match.string, max(at - window, 0), at) is not None


# "handed over to the army on Saturday a tank, three infantry fighting vehicles, two mortar
# launchers": a list of what is handed over may run longer than a phrase
_LIST_WINDOW = 130


@lru_cache(maxsize=64)  # the status words, the roles and the voice of one trigger ask alike
def clause_start(text: str, position: int) -> int:
    """Start of the clause that contains ``position``."""
    start = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, position):
        start = match.end()
    return start


def clause_bounds(text: str, position: int) -> tuple[int, int]:
    """Start and end of the clause that contains ``position``."""
    after = _CLAUSE_BREAK.search(text, position)
    return clause_start(text, position), after.start() if after else len(text)


def status_flags(text: str, trigger: Trigger, lexicon: Lexicon, after: int = 0) -> set[Flag]:
    """Status words in the clause before the trigger (and inside the trigger phrase), from
    ``after`` on: "they would fight on and accused Russia of bombing" reports bombing that
    happened; the "would" is the speakers' own."""
    begin = max(clause_start(text, trigger.core_start), trigger.core_start - _STATUS_WINDOW, after)
    window = text[begin : trigger.core_start]
    flags: set[Flag] = set()
    screens = lexicon.status_screens  # which status patterns may match, from the words
    hits = screens.candidates(window)
    for index, flag in enumerate(lexicon.status):
        if flag is Flag.NEGATED:
            if trigger.type not in _NEGATABLE:
                continue
            near = window[-_NEGATION_WINDOW:]
            found = (screens.candidates(near) if near is not window else hits).get(index, [])
            if any(next(screens.screens.finditer(i, near), None) for i in found):
                flags.add(flag)
        elif any(next(screens.screens.finditer(i, window), None) for i in hits.get(index, [])):
            flags.add(flag)
    if _ALLEGED_AFTER.match(text, trigger.core_end):  # "an air strike reportedly killed"
        flags.add(Flag.ALLEGED)
    if _ALLEGATION_THAT.search(text, max(trigger.core_start - 160, 0), trigger.core_start):
        flags.add(Flag.ALLEGED)  # "denies the allegation, broadcast by ..., that fighters fired"
    if trigger.type is not EventType.CEASEFIRE_DECLARED_OVER and _goes_on_later(
        text, trigger.core_end
    ):  # "Strikes against ISIS ... will continue" (but "no longer bound by the ceasefire
        # and would resume operations" declares it over now)
        flags.add(Flag.INTENDED)
    # in the condition (a relative clause inside it does not end it), or in what follows it
    # when that is told with a modal: "If it fails, the next clash could be far bloodier"
    if (cond := _OPENS_ON_IF.match(text)) and (
        "," not in text[cond.end() : trigger.core_start]
        or _MODAL_AFTER.match(text, trigger.core_end)
    ):
        flags.add(Flag.HYPOTHETICAL)
    return flags


# a condition that opens the sentence (after a speaker's label): "A: If the armed men who
# remain there do not hand over their weapons, the army will enter the area"
_OPENS_ON_IF = re.compile(r"\W*(?:[A-Z][A-Z.]{0,15}:\s*)?(?:[Ii]f|[Uu]nless)\b")
_MODAL_AFTER = re.compile(r"[^,.;:]{0,40}?\b(?:will|would|could|might|may|shall)\b(?! have\b)")


# the act told as what a charge says: "the allegation, broadcast by the regime's media, that";
# as what reports say: "Reports circulated by a number of foreign media outlets, citing the
# ... organisation, that Russian aircraft bombed" (a noun, not "the Observatory reports that")
_ALLEGATION_THAT = needing(
    r"\b(?:allegations?|accusations?|charges?|(?-i:Reports)|(?:the|these|such) (?:reports|claims))"
    r"(?:\s*,[^,.;]{1,60},|\s+(?:circulated|published|spread|carried|broadcast|aired) by "
    r"[^.;]{1,120}?,?)?\s+that\s+[^,.;]{0,80}$",
    re.IGNORECASE,
)
# the act as the subject of a future: nothing in between tells of harm already done
_WILL_GO_ON = re.compile(
    r"(?:(?!\b(?:killed|killing|hit|struck|wounded|wounding|injured|destroyed|targeted)\b)"
    r"[^.;:]){0,150}?\b(?:will|would|are to|is to) (?:continue|resume|go on|carry on|be "
    r"(?:stepped up|intensified|resumed))\b",
    re.IGNORECASE,
)
_GOING_ON = ("continue", "resume", "go on", "carry on", "stepped up", "intensified")


def _goes_on_later(text: str, at: int) -> bool:
    window = text[at : at + 220].lower()  # (a plain word test first: most fail it)
    return any(w in window for w in _GOING_ON) and _WILL_GO_ON.match(text, at) is not None


_ALLEGED_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:reportedly|allegedly|purportedly)\b", re.I)


def is_restatement(text: str, lexicon: Lexicon) -> bool:
    """Sentences like "In other words, ..." or "This was ..." restate the last event."""
    found = lexicon.restatement_screens.hits(text)  # (most sentences: none may match)
    return any(lexicon.restatement[i].search(text) for i in found)
