"""A regex that is run only where its text has a string every match needs.

Many rules search a few dozen characters before or after a word ("fled from ... <place>",
"hours after ...") for a pattern that almost never matches; the regex engine still tries
it at every position, a few microseconds each time. Most such patterns cannot match
without one of a few strings ("fled", "after", "killed"): :func:`needing` reads those off
the pattern (:func:`~truce.extract.prefilter.prefilter`) and looks for them in the part of
the text the search may match, a much cheaper test. The result is always the regex's own.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import lru_cache

from truce.extract.prefilter import lowered_source, lowering_safe, prefilter
from truce.extract.screens import look_for, strings_in, trie_source

__all__ = ["Needy", "needing"]

_END = sys.maxsize
_LOOP_MAX = 3  # up to this many strings, one ``find`` each; more: one regex (a trie)
_LONG = 1000  # characters: a text this long is a body, not a sentence
# Does text[pos:endpos] have one of the strings (truthy)? None: no strings known, always.
_Has = Callable[[str, int, int], object] | None


@lru_cache(maxsize=256)  # a sentence, or the body many place names are read in
def _lowered(text: str) -> tuple[str, frozenset[str]] | None:
    """``text`` lowered, where a case-insensitive match stands at the same offsets of the
    lowered text (see :func:`~truce.extract.prefilter.lowering_safe`), and the strings
    looked for that it has (one cached call for both); else None."""
    low = text.lower()
    if len(low) == len(text) and lowering_safe(text, low):
        return low, strings_in(low)
    return None


class Needy:
    """``regex`` and the strings one of which its every match contains (read off the
    lowered text for a case-insensitive one): ``search``, ``match`` and ``finditer`` as
    the regex's, run only where the part of the text they read has one. (Called a hundred
    times an article, mostly to find nothing: the test is read in as few calls as can be.)"""

    __slots__ = ("_folded", "_has", "_strings", "regex")

    def __init__(self, regex: re.Pattern[str], has: _Has, strings: frozenset[str]) -> None:
        self.regex = regex
        self._has = has
        self._strings = strings
        self._folded = bool(regex.flags & re.IGNORECASE)
        look_for(strings)

    def _lacks(self, text: str, pos: int, endpos: int) -> bool:
        """Does text[pos:endpos] lack every string a match needs?"""
        has = self._has
        if has is None:
            return False
        size = len(text)
        if size > _LONG:
            start, end = max(pos, 0), min(endpos, size)
            if end - start < _LONG:
                # a few words of a long text (the body before a place name): read alone,
                # not the whole text through the automaton (an ASCII text lowers char by
                # char)
                if not self._folded:
                    return not has(text, start, end)
                window = text[start:end]
                if window.isascii():
                    return not has(window.lower(), 0, end - start)
        # the strings the screens' automaton found in the text (read once for every test
        # of it): most texts have none of these anywhere
        if self._folded:
            lowered = _lowered(text)
            if lowered is None:
                return False
            text, present = lowered
        else:
            present = strings_in(text)
        if present.isdisjoint(self._strings):
            return True
        return (pos > 0 or endpos < size) and not has(text, max(pos, 0), endpos)

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return None if self._lacks(text, pos, endpos) else self.regex.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return None if self._lacks(text, pos, endpos) else self.regex.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        if self._lacks(text, pos, endpos):
            return iter(())
        return self.regex.finditer(text, pos, endpos)


def needing(source: str, flags: int = 0) -> Needy:
    """``re.compile(source, flags)`` with the test of its needed strings (none known: one
    that always passes)."""
    regex = re.compile(source, flags)
    if regex.flags & re.IGNORECASE:
        keep = prefilter(lowered_source(regex.pattern))
    else:
        keep = prefilter(regex.pattern, regex.flags)
    strings = sorted(set(keep.inner), key=lambda s: (-len(s), s)) if keep is not None else []
    return Needy(regex, _finder(tuple(strings)), frozenset(strings))


def _finder(strings: tuple[str, ...]) -> _Has:
    if not strings:
        return None
    if len(strings) <= _LOOP_MAX:

        def has(text: str, pos: int, endpos: int) -> bool:
            for string in strings:  # noqa: SIM110 (a loop: any() of a generator is slower)
                if text.find(string, pos, endpos) >= 0:
                    return True
            return False

        return has
    return re.compile(trie_source(strings)).search  # (a match, or None)
