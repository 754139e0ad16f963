"""Which of several patterns may match a text, and their matches found quickly.

A :class:`ScreenSet` holds the prefilters (:mod:`truce.extract.prefilter`) of a list of
compiled patterns, keyed by their words, so that one sentence is tested against all of
them at once: one ``findall`` of its words (shared by every extraction step through a
small cache) and a set intersection. A pattern whose matches can only start at a few
known words is then tried at those words alone instead of being searched for along the
whole text. Neither ever changes what is found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from truce.extract.prefilter import Prefilter, lowered_source, lowering_safe, prefilter

__all__ = ["RuleScreens", "ScreenSet", "text_words"]

_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=256)  # every gate of every extraction step asks about the same sentence
def text_words(text: str) -> frozenset[str]:
    """The words (runs of word characters) of a text."""
    return frozenset(_WORD_RUN.findall(text))


class _Index:
    """Prefilters of several patterns keyed by their words, so one text is tested against
    all of them with a set intersection instead of one test each."""

    def __init__(self, filters: Iterable[tuple[int, Prefilter | None]]) -> None:
        self.members: set[int] = set()
        self.always: set[int] = set()  # patterns whose start is not known
        self.by_word: dict[str, set[int]] = {}
        self.prefixes: list[tuple[tuple[str, ...], int]] = []
        self.fragments: dict[str, set[int]] = {}
        self.inner: dict[int, re.Pattern[str]] = {}  # patterns that need one of these too
        filters_inner: dict[int, tuple[str, ...]] = {}
        for i, keep in filters:
            self.members.add(i)
            if keep is not None and keep.inner:
                self.inner[i] = _any_of(keep.inner)
                filters_inner[i] = keep.inner
            if keep is None or not keep.heads:
                self.always.add(i)
                continue
            for word in keep.words:
                self.by_word.setdefault(word, set()).add(i)
            if keep.prefixes:
                self.prefixes.append((keep.prefixes, i))
            for fragment in keep.fragments:
                self.fragments.setdefault(fragment, set()).add(i)
        self.any_fragment = _any_of(self.fragments)
        # Patterns of unknown start that all need an inner string: one search says whether
        # any of them can match (most texts have none of those strings).
        self.any_inner: re.Pattern[str] | None = None
        if self.always and all(i in filters_inner for i in self.always):
            self.any_inner = _any_of({f for i in self.always for f in filters_inner[i]})

    def hits(self, text: str) -> set[int]:
        """The patterns that may match ``text``."""
        if not self.members:
            return set()
        found: set[int] = set()
        if self.always and (self.any_inner is None or self.any_inner.search(text)):
            found |= self.always
        words = text_words(text)
        for word in self.by_word.keys() & words:
            found |= self.by_word[word]
        for prefixes, i in self.prefixes:
            if i not in found and any(w.startswith(prefixes) for w in words):
                found.add(i)
        if self.fragments and self.any_fragment.search(text):
            for fragment, ids in self.fragments.items():
                if fragment in text:
                    found |= ids
        for i in found & self.inner.keys():
            if not self.inner[i].search(text):
                found.discard(i)
        return found


def _any_of(strings: Iterable[str]) -> re.Pattern[str]:
    """A search for any of some literal strings (longest first; none: never matches)."""
    ordered = sorted(strings, key=lambda s: (-len(s), s))
    return re.compile("|".join(map(re.escape, ordered)) or r"(?!x)x")


class ScreenSet:
    """Which of several compiled patterns may match a text, from its words: a
    case-insensitive pattern is read (lowered) against the lowered text, the others
    against the text as written. Never leaves out a pattern that matches."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self._patterns = list(patterns)
        self._filters: list[Prefilter | None] = []
        folded: list[tuple[int, Prefilter | None]] = []
        exact: list[tuple[int, Prefilter | None]] = []
        for i, pattern in enumerate(self._patterns):
            if pattern.flags & re.IGNORECASE:
                self._filters.append(prefilter(lowered_source(pattern.pattern)))
                folded.append((i, self._filters[-1]))
            else:
                self._filters.append(prefilter(pattern.pattern, pattern.flags))
                exact.append((i, self._filters[-1]))
        self._folded, self._exact = _Index(folded), _Index(exact)

    def hits(self, text: str, low: str | None = None) -> set[int]:
        """Indices of the patterns that may match ``text`` (``low``: text.lower())."""
        found = self._exact.hits(text) if self._exact.members else set()
        if self._folded.members:
            low = text.lower() if low is None else low
            found |= self._folded.hits(low) if lowering_safe(text, low) else self._folded.members
        return found

    def finditer(self, i: int, text: str, low: str | None = None) -> Iterator[re.Match[str]]:
        """``finditer`` of pattern ``i`` over ``text``, the same matches; a pattern that
        can only start at some words is tried there alone, not searched for."""
        pattern, keep = self._patterns[i], self._filters[i]
        if keep is None or not keep.heads or keep.prefixes or keep.fragments:
            return pattern.finditer(text)
        read = text
        if i in self._folded.members:
            read = text.lower() if low is None else low
            if not lowering_safe(text, read):
                return pattern.finditer(text)
        at = sorted(p for word in keep.words & text_words(read) for p in _word_at(read, word))
        return _matches_at(pattern, text, at)


def _word_at(text: str, word: str) -> Iterator[int]:
    """Where ``word`` (word characters only) stands as a whole word in ``text``."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _is_word(text[at - 1])) and (
            end == len(text) or not _is_word(text[end])
        ):
            yield at
        at = text.find(word, at + 1)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what the regex engine's \w is


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds when matches can only start at ``starts``
    (ascending): each is tried in turn, past the end of the previous match."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            yield match
            end = max(match.end(), start + 1)


class RuleScreens:
    """Which rules (each a tuple of patterns) may match a text, and with which patterns:
    one word test of the text for all patterns of all rules, in rule order."""

    def __init__(self, rules: Iterable[tuple[re.Pattern[str], ...]]) -> None:
        listed = list(rules)
        self._owner = [r for r, patterns in enumerate(listed) for _ in patterns]
        self.screens = ScreenSet(pattern for patterns in listed for pattern in patterns)

    def candidates(self, text: str, low: str | None = None) -> dict[int, list[int]]:
        """Rule index -> the patterns (indices into ``screens``) that may match ``text``,
        rules and patterns in order."""
        found: dict[int, list[int]] = {}
        for i in sorted(self.screens.hits(text, low)):
            found.setdefault(self._owner[i], []).append(i)
        return found
