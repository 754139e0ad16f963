"""Finding known place names in running text.

One pass over the words of a text finds the longest known names (:class:`Match`); the
context step (:mod:`truce.geocode.context`) then reads each one's relation and settles
which place it is. Latin names must start and end with a capital (or be a known spelling
such as "rural Damascus"); loose spellings must still look like a known one and must not
touch other capitalised words ("Maria Zakharova" is not the town of Mare').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from truce.geocode.entries import Entry
from truce.geocode.normalize import arabic_key, words
from truce.geocode.textindex import (
    GENERIC_NAMES,
    TEXT_SPELLING_CUTOFF,
    TEXT_SPELLING_CUTOFF_LONG,
    Match,
    TextIndex,
    TextWords,
    WordForm,
    bare,
    text_index,
)
from truce.model import PlaceRelation

if TYPE_CHECKING:
    from truce.geocode.gazetteer import Gazetteer

__all__ = [
    "GENERIC_NAMES",
    "VILLAGE_HEADS",
    "Match",
    "PlaceMention",
    "TextIndex",
    "find_matches",
    "scan",
]

_JOIN = re.compile(r"[ \u00a0-]{1,3}")
#: the first words of villages' names, written before the rest: "Tell", "Kafr", "Deir" ...
VILLAGE_HEADS = (
    "Tell", "Tall", "Tal", "Tel", "Kafr", "Kfar", "Kafar", "Deir", "Dayr", "Dair", "Ain", "Ayn",
    "Ein", "Khirbet", "Khirbat", "Beit", "Bayt", "Umm", "Qasr", "Jisr", "Maarat", "Mazraat",
    "Hawsh", "Hosh",
)  # fmt: skip
_NAME_HEAD = re.compile(rf"\b(?:{'|'.join(VILLAGE_HEADS)}) $")
_HEAD_REACH = max(map(len, VILLAGE_HEADS)) + 1  # (the word and its space, looked at alone)
_CLITICS = "وبلف"
_NEIGHBOUR_OK = words(
    "in at on near outside from to the and of by into around province governorate city "
    "countryside district town village region area airport airbase road mountain mountains "
    "camp north south east west northern southern eastern western central rural greater"
)


@dataclass(frozen=True)
class PlaceMention:
    """A known place name found in a text, with the relation its context words give.

    ``entry_id`` is None when the name fits several places that the text does not tell
    apart. ``offset_km``/``bearing`` come from "10 km east of X"; ``partner_id`` is the
    other end of "between X and Y".
    """

    name: str
    start: int
    end: int
    relation: PlaceRelation
    entry_id: str | None
    offset_km: float | None = None
    bearing: float | None = None
    partner_id: str | None = None


def scan(gaz: Gazetteer, text: str) -> list[PlaceMention]:
    """Known place names in a text, longest match first, with their relation and place."""
    from truce.geocode.context import settle

    return settle(gaz, text, find_matches(gaz, text))


def find_matches(gaz: Gazetteer, text: str) -> list[Match]:
    """Spans that spell known names, left to right, the longest at each position."""
    return _Scanner(gaz, text).scan()


class _Scanner:
    """One pass over a text: its words, then the longest known n-gram at each word that
    may start a name (or a possessive that lost its apostrophe)."""

    def __init__(self, gazetteer: Gazetteer, text: str) -> None:
        self.gaz, self.index, self.text = gazetteer, text_index(gazetteer), text
        self.words: TextWords = self.index.words(text)
        self.forms, self.parts = self.words.forms, self.words.parts
        self.start, self.end, self.gap = self.words.start, self.words.end, self.words.gap

    def scan(self) -> list[Match]:
        # ("near Tell Malah", "on Kafr Sijnah": the tail of a longer name the gazetteer does
        # not know is not the place of that tail's name elsewhere)
        found = [
            m
            for m in self._scan()
            if not _NAME_HEAD.search(self.text, max(m.start - _HEAD_REACH, 0), m.start)
        ]
        if "Bab " not in self.text:
            return found
        # a city gate named after a city abroad ("the Bab Baghdad gate" of Raqqa, "Bab
        # Antakya" in Aleppo) is no mention of that city
        return [
            m
            for m in found
            if not (
                self.text.endswith("Bab ", 0, m.start)
                and all(e.country not in (None, "SY") for e in m.entries)
            )
        ]

    def _scan(self) -> list[Match]:
        found: list[Match] = []
        forms, resume = self.forms, 0
        for i in self.words.openers:
            if i < resume:
                continue  # inside the name just found
            if forms[i].may_start:
                for j in reversed(self._candidates(i)):
                    if hit := self._match(i, j):
                        found.append(Match(self.start(i), self.end(j - 1), hit))
                        resume = j
                        break
                if resume > i:
                    continue
            if (stem := forms[i].stem) is not None:
                found.append(Match(self.start(i), self.end(i) - 1, stem))
        return found

    def _joined(self, k: int) -> bool:
        """May words k and k + 1 belong to one name (a space or hyphen between)? A cut
        "'s" is part of the gap, and an apostrophe never joins."""
        if self.forms[k].cut:
            return False
        gap = self.parts[2 * k + 2]
        return gap == " " or _JOIN.fullmatch(gap) is not None

    def _candidates(self, i: int) -> list[int]:
        """Ends j of the joined windows forms[i:j] whose light form or key is a known name
        (Arabic: every joined window), shortest first: only these can match, and the
        window stops widening once no known name starts with it."""
        forms, index = self.forms, self.index
        stop = min(len(forms), i + index.max_tokens)
        first = forms[i]
        if first.arabic:
            j = i + 1
            while j < stop and self._joined(j - 1):
                j += 1
            return list(range(i + 1, j + 1))
        found = [i + 1] if first.solo is not None or first.loose is not None else []
        if not first.grows or stop < i + 2 or not self._joined(i):
            return found
        step = index.pair(self.parts[2 * i + 1], self.parts[2 * i + 3])
        for j in range(i + 2, stop + 1):
            if step.hit:
                found.append(j)
            if not step.grows or j == stop or not self._joined(j - 1):
                break
            step = index.step(step, forms[j])
        return found

    def _match(self, i: int, j: int) -> list[Entry] | None:
        if j == i + 1 and not self.forms[i].arabic:
            return self._match_one(i)
        forms, index = self.forms[i:j], self.index  # a joined window (see _candidates)
        last = len(forms) - 1
        light = " ".join("al" if f.article and k < last else f.low for k, f in enumerate(forms))
        assimilated = forms[0].article and forms[0].low not in ("al", "el")  # ("Ad Dana")
        if bare(light) in index.generic and not assimilated:
            return None
        if forms[0].arabic:
            return self._match_arabic(i, j, light)
        if self._tail_of_name(i):
            return None
        # A lower-case article opens a name only as "al"/"el" or when hyphenated (as-Safira),
        # so English "as", "an", "at" before a capitalised word do not.
        article_start = (
            last > 0
            and forms[0].article
            and forms[1].cap
            and (forms[0].low in ("al", "el") or "-" in self.gap(i))
        )
        start_ok = forms[0].cap or article_start
        end_ok = forms[-1].cap or forms[-1].low.isdigit()
        if (
            (hit := index.by_light.get(light))
            and (start_ok or light in index.lower_start)
            and (end_ok or light in index.lower_end)
        ):
            return hit
        if len(forms[0].low) < 2 or not (start_ok and end_ok):
            return None  # "A Raqqa" does not spell Ariqa
        key = "".join(f.fold for k, f in enumerate(forms) if k == last or not f.article)
        if len(key) < 4 or not (hit := index.by_key.get(key)):
            return None
        if self._capital_next_to(i - 1, i) or self._capital_next_to(j, j - 1):
            return None
        surface = self.text[self.start(i) : self.end(j - 1)]
        n_words = sum(not f.article for f in forms)
        cutoff = TEXT_SPELLING_CUTOFF if n_words < 2 else TEXT_SPELLING_CUTOFF_LONG
        return hit if self.gaz.spelling_score(surface, hit) >= cutoff else None

    def _match_one(self, i: int) -> list[Entry] | None:
        """_match of the one Latin word i: what the word alone names (WordForm.solo and
        .loose, worked out once per spelling), if the words around it let it."""
        form = self.forms[i]
        if (form.solo is None and form.loose is None) or self._tail_of_name(i):
            return None
        if form.solo is not None:
            return form.solo
        if self._capital_next_to(i - 1, i) or self._capital_next_to(i + 1, i):
            return None
        return form.loose

    def _match_arabic(self, i: int, j: int, light: str) -> list[Entry] | None:
        if len(light) < 3 or not all(f.arabic for f in self.forms[i:j]):
            return None
        if hit := self.index.by_light.get(light):
            return hit
        word = self.text[self.start(i) : self.end(i)]
        rest = light.split(" ", 1)[1:]
        for n in (1, 2):  # proclitics: و and, ب in, ل to, ف so
            if not (len(word) > n + 2 and all(c in _CLITICS for c in word[:n])):
                continue
            stripped = " ".join([arabic_key(word[n:]), *rest])
            if stripped not in self.index.generic and (hit := self.index.by_light.get(stripped)):
                return hit
        return None

    def _tail_of_name(self, i: int) -> bool:
        """Does the match at word i end a longer capitalised name ("Bab al-Salama",
        "Jaish al-Islam"): a capitalised word and an article right before it?"""
        a = i if self.forms[i].article else i - 1  # the article
        k = a - 1
        if k < 0 or not self.forms[a].article:
            return False
        if self.forms[a].low not in ("al", "el") and "-" not in self.gap(a):
            return False  # English "at", "as", "an" (at-Tall, as-Safira are hyphenated)
        form = self.forms[k]
        if not form.cap or form.low in _NEIGHBOUR_OK:
            return False
        return all(self._joined(g) for g in range(k, i))

    def _capital_next_to(self, k: int, inner: int) -> bool:
        """Is word k a capitalised word right next to the match (a longer unknown name)?"""
        if not 0 <= k < len(self.forms):
            return False
        form: WordForm = self.forms[k]
        return form.cap and form.low not in _NEIGHBOUR_OK and self.gap(min(k, inner)).strip() == ""
