"""Word prefilters for regular expressions: a cheap test that says when one cannot match.

Python's regex engine tries a pattern at every position of a text, so each lexicon
pattern costs microseconds per sentence even when it finds nothing. Most patterns,
though, can only match where a text has one of a few words: ``\\b(?:air|drone)
strikes?\\b`` needs the word "air" or "drone". :func:`prefilter` reads those words off
the parsed pattern; a sentence whose words (one ``findall``, shared by every screen)
include none of them is skipped without running the regex.

Four kinds of head are found: a whole first word (the match starts where a word
starts, and that word is exactly this), a word prefix (the word starts with this), a
word that starts with a digit (``\\b\\d``), and a fragment (the match starts with these
characters, anywhere). The analysis follows the
standard library's parser (``re._parser``); on anything it does not follow it gives up
for that pattern (None), and the caller runs the regex as before. So a prefilter never
changes a result, only how long it takes.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

__all__ = ["Prefilter", "lowered_source", "lowering_safe", "prefilter"]

_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_ESCAPE_OR_CHAR = re.compile(r"\\.|.", re.DOTALL)
# Letters that re.IGNORECASE matches with an ASCII letter but that do not lower-case to it:
# dotless i, long s (the capital dotted I lowers to two characters; the Kelvin sign to k).
_CASE_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")
_WORD_CHAR = re.compile(r"\w")
_MIN_HEAD = 2  # a shorter head would let almost every text through
_MAX_WORD = 24  # a first word this long is kept as a prefix
_MAX_FRAGMENT = 6
_MIN_INNER = 3  # shortest string worth looking for inside a text (or 2 digits: "19", "20")
_MAX_STATES = 5000  # give up on patterns whose start is this varied
_UNSAFE_FLAGS = re.IGNORECASE | re.ASCII | re.LOCALE  # change what literals and \b mean
_ZERO_WIDTH = frozenset({"ASSERT", "ASSERT_NOT"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})


@dataclass(frozen=True)
class Prefilter:
    """What every match of a pattern needs. ``heads`` (when known): it starts with one of
    ``words`` (a whole word), at a word that starts with one of ``prefixes`` or (``digit``)
    with a decimal digit, or with one of ``fragments`` (anywhere). ``inner`` (when known):
    it contains one of these; ``also``: and one of each of these (other parts every match
    has: "killed" and a person's word), so that more texts are ruled out by one test."""

    heads: bool
    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    fragments: tuple[str, ...] = ()
    inner: tuple[str, ...] = ()
    digit: bool = False
    also: tuple[tuple[str, ...], ...] = ()


def lowered_source(source: str) -> str:
    """A case-insensitive pattern as a case-sensitive one for lower-cased text: literal
    letters lower-cased (escapes such as \\W, \\S, \\B stay), group names dropped."""
    body = _GROUP_NAME.sub("(?:", source)
    return "".join(
        tok if tok.startswith("\\") else tok.lower() for tok in _ESCAPE_OR_CHAR.findall(body)
    )


def lowering_safe(text: str, low: str) -> bool:
    """Does the lowered pattern on ``low`` match exactly where the case-insensitive one
    matches ``text``? Not when lowering changed the text's length, or it has a letter
    that matches an ASCII one only case-insensitively."""
    if text.isascii():
        return True
    return len(low) == len(text) and _CASE_TRAPS.search(text) is None


def prefilter(source: str, flags: int = 0) -> Prefilter | None:
    """The prefilter of a pattern, or None when nothing telling is known about its matches."""
    if flags & _UNSAFE_FLAGS:
        return None
    try:
        parser: Any = importlib.import_module("re._parser")
        tree = parser.parse(source, flags)
        if tree.state.flags & _UNSAFE_FLAGS:
            return None
        parts = _required_parts(tree)
        inner = _most_telling(parts)
        try:
            heads = _from_heads(_sequence(tree, _START))
        except _GiveUp:
            heads = Prefilter(heads=False)
    except (_GiveUp, ImportError, AttributeError, re.error, RecursionError):
        return None
    if inner is not None and _telling(inner):
        heads = replace(heads, inner=tuple(sorted(inner)))
        # (a part that holds every string of ``inner`` is found wherever ``inner`` is)
        also = {tuple(sorted(p)) for p in parts if _rare(p) and not inner <= p}
        heads = replace(heads, also=tuple(sorted(also)))
    return heads if heads.heads or heads.inner else None


def _telling(strings: set[str]) -> bool:
    return min(map(len, strings)) >= _MIN_INNER or _digits(strings)


# Words most news sentences have: looked for in every text, they would cost more than the
# patterns they rule out.
_COMMON = frozenset({
    "the", "and", "been", "have", "has", "had", "was", "were", "that", "with", "from", "this",
    "said", "they", "their", "which", "will", "also", "into", "after", "over", "about",
    "other", "more", "than", "some", "when", "what", "there",
})  # fmt: skip


def _rare(strings: set[str]) -> bool:
    """Are these strings worth looking for as a second test: long enough, no common word
    (counted in instructions over FA-KES dev: with the common words the screens cost more
    than they save)?"""
    return all(len(word := s.strip()) >= _MIN_INNER and word not in _COMMON for s in strings)


def _digits(strings: set[str]) -> bool:
    """Strings of two digits or more: rare in a sentence, unlike two letters (a year's
    "19" or "20" rules out most sentences)."""
    return all(len(s) >= 2 and s.isdigit() for s in strings)


def _from_heads(states: _States) -> Prefilter:
    words, prefixes, fragments = set(), set(), set()
    digit = False
    for state in states:
        text, whole, word_mode = state.text, state.whole, state.word_mode
        if text == _DIGIT and word_mode:
            digit = True
            continue
        if not text or (len(text) < _MIN_HEAD and not (word_mode and whole)):
            raise _GiveUp  # a whole word is a fair test however short ("u" of "U.S.")
        if word_mode and whole:
            words.add(text)
        elif word_mode:
            prefixes.add(text)
        else:
            fragments.add(text)
    return Prefilter(
        True, frozenset(words), tuple(sorted(prefixes)), tuple(sorted(fragments)), digit=digit
    )


class _GiveUp(Exception):
    """The pattern uses something the analysis does not follow."""


@dataclass(frozen=True, slots=True)
class _State:
    """How a match may start: ``text`` read so far; ``open`` while more may be read;
    ``bounded`` once a word boundary came before any character; ``word_mode`` when the
    match starts at a word start; ``whole`` when ``text`` is that entire first word."""

    text: str = ""
    open: bool = True
    bounded: bool = False
    word_mode: bool = False
    whole: bool = False

    def add(self, char: str) -> _State:
        if not self.open:
            return self
        is_word = _WORD_CHAR.match(char) is not None
        if not self.text:
            word_mode = self.bounded and is_word
            return _State(char, True, self.bounded, word_mode)
        if self.word_mode:
            if not is_word:
                return _State(self.text, False, True, True, True)
            grown = self.text + char
            return _State(grown, len(grown) < _MAX_WORD, True, True)
        grown = self.text + char
        return _State(grown, len(grown) < _MAX_FRAGMENT, self.bounded, False)

    def boundary(self) -> _State:
        if not self.open:
            return self
        if not self.text:
            return _State("", True, True)
        if self.word_mode:  # \b right after word characters: the word ends here
            return _State(self.text, False, True, True, True)
        return self

    def digit(self) -> _State:
        """A decimal digit, unknown which (``\\d``), comes next."""
        if self.open and not self.text and self.bounded:
            return _State(_DIGIT, False, True, True)  # a word that starts with a digit
        return self.stop()

    def end_word(self) -> _State:
        """A character that is not a word character, unknown which, comes next."""
        if self.open and self.word_mode:
            return _State(self.text, False, True, True, True)
        return self.stop()

    def stop(self) -> _State:
        """Anything may follow: what was read is all that is known."""
        return _State(self.text, False, self.bounded, self.word_mode) if self.open else self


_DIGIT = "\x00"  # the text of a state whose word starts with some decimal digit
_START = frozenset({_State()})
_States = frozenset[_State]


def _sequence(items: Iterable[tuple[Any, Any]], states: _States) -> _States:
    for op, av in items:
        if not any(s.open for s in states):
            break
        states = _item(str(op), av, states)
        if len(states) > _MAX_STATES:
            raise _GiveUp
    return states


def _item(op: str, av: Any, states: _States) -> _States:
    if op == "LITERAL":
        return frozenset(s.add(chr(av)) for s in states)
    if op == "AT":
        if str(av) == "AT_BOUNDARY":
            return frozenset(s.boundary() for s in states)
        return states  # other anchors consume nothing
    if op == "ASSERT_NOT" and _is_word_class(av[1]):  # (?<!\w) / (?!\w): a word edge
        if av[0] < 0:
            return frozenset(s.boundary() if not s.text else s for s in states)
        return frozenset(s.boundary() if s.text else s for s in states)
    if op in _ZERO_WIDTH:
        return states
    if op == "IN":
        chars = _charset(av)
        if chars is not None:
            return frozenset(s.add(c) for s in states for c in chars)
        if _is_digit_class(av):
            return frozenset(s.digit() for s in states)
        if _non_word(av):  # \s, \W: whatever it is, a word ends before it
            return frozenset(s.end_word() for s in states)
        return frozenset(s.stop() for s in states)
    if op == "SUBPATTERN":
        _, add_flags, _, sub = av
        if add_flags & _UNSAFE_FLAGS:
            return frozenset(s.stop() for s in states)
        return _sequence(sub, states)
    if op == "ATOMIC_GROUP":
        return _sequence(av, states)
    if op == "BRANCH":
        return frozenset().union(*(_sequence(branch, states) for branch in av[1]))
    if op in _REPEATS:
        return _repeat(av, states)
    return frozenset(s.stop() for s in states)


def _charset(items: Any) -> list[str] | None:
    chars: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.append(chr(av))
        elif name == "RANGE" and av[1] - av[0] < 16:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # a category, a negation, a wide range
    return chars


def _is_word_class(items: Any) -> bool:
    """Is the pattern just ``\\w`` (or ``[\\w]``)?"""
    if len(items) != 1 or str(items[0][0]) != "IN" or len(items[0][1]) != 1:
        return False
    op, av = items[0][1][0]
    return str(op) == "CATEGORY" and str(av) == "CATEGORY_WORD"


def _is_digit_class(items: Any) -> bool:
    """Is the set just ``\\d``?"""
    return (
        len(items) == 1 and str(items[0][0]) == "CATEGORY" and str(items[0][1]) == "CATEGORY_DIGIT"
    )


def _non_word(items: Any) -> bool:
    """Does the set hold only characters that are not word characters?"""
    for op, av in items:
        name = str(op)
        if name == "CATEGORY" and str(av) in ("CATEGORY_SPACE", "CATEGORY_NOT_WORD"):
            continue
        if name == "LITERAL" and _WORD_CHAR.match(chr(av)) is None:
            continue
        return False
    return True


def _repeat(av: Any, states: _States) -> _States:
    """``low`` copies, then optional ones until nothing is open (a copy that reads no
    character changes nothing, so the states stop changing)."""
    low, high, sub = av
    for _ in range(low):
        if not any(s.open for s in states):
            return states
        nxt = _sequence(sub, states)
        if nxt == states:
            break
        states = nxt
    copies = low
    while copies < high and any(s.open for s in states):
        grown = states | _sequence(sub, frozenset(s for s in states if s.open))
        if grown == states:
            break
        states, copies = grown, copies + 1
    return states


# --- strings every match contains (when how it starts cannot be told) ------------------


def _required(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    """Strings one of which every match contains: the most telling of its parts' sets
    (a run of literals, or a group whose branches each contain one)."""
    return _most_telling(_required_parts(items))


def _required_parts(items: Iterable[tuple[Any, Any]]) -> list[set[str]]:
    """Sets of strings every match contains one of each: its runs of literals, and its
    groups whose branches each contain one."""
    found: list[set[str]] = []
    run = ""
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run += chr(av)
            continue
        if name == "AT" or name in _ZERO_WIDTH:
            continue  # consumes nothing: the literals around it are adjacent
        if run:
            found.append({run})
            run = ""
        if (inner := _required_item(name, av)) is not None:
            found.append(inner)
    if run:
        found.append({run})
    return found


def _most_telling(found: list[set[str]]) -> set[str] | None:
    # the longest shortest string wins, spaces not counted (" the " is no better than "the");
    # digits beat letters as long
    return max(
        found, key=lambda s: (min(len(x.strip()) for x in s), _digits(s), -len(s)), default=None
    )


def _required_item(op: str, av: Any) -> set[str] | None:
    if op == "SUBPATTERN":
        _, add_flags, _, sub = av
        return None if add_flags & _UNSAFE_FLAGS else _required(sub)
    if op == "ATOMIC_GROUP":
        return _required(av)
    if op == "BRANCH":
        union: set[str] = set()
        for branch in av[1]:
            if (inner := _words_of(branch) or _required(branch)) is None:
                return None
            union |= inner
        return union
    if op in _REPEATS and av[0] >= 1:
        return _required(av[2])
    return None


# --- the words of a trie (see truce.extract.literals) ------------------------------------

_MAX_WORDS = 500  # a branch that spells more strings than this is read as before


def _words_of(items: Any) -> set[str] | None:
    """The words a branch written as a trie spells (``s(?:even|ix)``, ``head(?:man|s)??``),
    every one of which it needs whole; None for any other branch (read by its runs of
    literals, as before: ``an?`` still needs "a")."""
    if not any(_nested(str(op), av) for op, av in items):
        return None
    words = _spelled(items)
    return words if words and "" not in words else None


def _nested(op: str, av: Any) -> bool:
    """A group of branches, or an optional group of several characters or branches."""
    return op == "BRANCH" or (op in _REPEATS and av[:2] == (0, 1) and len(av[2]) > 1)


def _spelled(items: Any) -> set[str] | None:
    """Every string ``items`` match, when they are literals, groups of branches of
    literals and optional such groups (at most _MAX_WORDS); else None."""
    words = {""}
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            options: set[str] | None = {chr(av)}
        elif name == "BRANCH":
            options = set()
            for branch in av[1]:
                if (spelled := _spelled(branch)) is None:
                    return None
                options |= spelled
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[:2] == (0, 1):
            options = _spelled(av[2])
            options = None if options is None else options | {""}
        else:
            return None
        if options is None or len(words) * len(options) > _MAX_WORDS:
            return None
        words = {a + b for a in words for b in options}
    return words
