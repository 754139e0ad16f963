"""Typo matching: Syrian spellings close to a name that no key matched.

Keys already merge transliterations (:func:`truce.geocode.normalize.normalize_name`), so
what is left for rapidfuzz is real typos. Only names of six letters or more are tried, and
two different places about as close to the name give nothing rather than a guess.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from rapidfuzz import fuzz, process, utils

from truce.geocode.entries import Entry

__all__ = ["FUZZY_CUTOFF", "FUZZY_MIN_KEY", "FuzzyIndex"]

FUZZY_CUTOFF = 90.0  # resolve(): accept a fuzzy match only this close (rapidfuzz ratio, 0-100)
FUZZY_MIN_KEY = 6  # shorter spellings are too easy to hit by accident
_TIE = 2.0  # a second place within this many points of the best makes the match a guess


class FuzzyIndex:
    """Spellings (bare light keys) sorted by length: a ratio cutoff bounds the lengths worth
    comparing, so a query scans a slice, not the whole list."""

    def __init__(self, by_spelling: dict[str, list[Entry]]) -> None:
        self._by_spelling = by_spelling
        processed = ((utils.default_process(s), s) for s in by_spelling if len(s) >= 4)
        by_length = sorted((len(p), p, s) for p, s in processed)
        self._lengths = [n for n, _, _ in by_length]
        self._choices = [p for _, p, _ in by_length]
        self._names = [s for _, _, s in by_length]

    def match(self, spelled: str, cutoff: float) -> list[tuple[Entry, float]]:
        """Entries with a spelling at least ``cutoff`` alike, closest first."""
        if len(spelled.replace(" ", "")) < FUZZY_MIN_KEY:
            return []
        query = utils.default_process(spelled)
        # ratio = 2 * matches / (len1 + len2) >= c needs c/(2-c) <= len2/len1 <= (2-c)/c.
        c = cutoff / 100
        lo = bisect_left(self._lengths, len(query) * c / (2 - c))
        hi = bisect_right(self._lengths, len(query) * (2 - c) / c)
        found = process.extract(
            query, self._choices[lo:hi], scorer=fuzz.ratio, processor=None, limit=5,
            score_cutoff=cutoff,
        )  # fmt: skip
        names = [(self._names[lo + i], float(score)) for _, score, i in found]
        if cutoff >= FUZZY_CUTOFF and len(names) > 1 and names[1][1] >= names[0][1] - _TIE:
            first, second = ({e.id for e in self._by_spelling[n]} for n, _ in names[:2])
            if first != second:
                return []  # two places about as close: refuse to guess
        out: dict[str, tuple[Entry, float]] = {}
        for spelling, score in names:
            for entry in self._by_spelling[spelling]:
                out.setdefault(entry.id, (entry, score))
        return list(out.values())
