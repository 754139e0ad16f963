"""Finding known place names in running text.

One pass over the words of a text finds the longest known names (:class:`Match`); the
context step (:mod:`truce.geocode.context`) then reads each one's relation and settles
which place it is. Latin names must start and end with a capital (or be a known spelling
such as "rural Damascus"); loose spellings must still look like a known one and must not
touch other capitalised words ("Maria Zakharova" is not the town of Mare').
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from truce.geocode.entries import Entry
from truce.geocode.normalize import (
    arabic_key,
    fold_token,
    is_arabic,
    light_key,
    normalize_name,
    tokenize,
    words,
)
from truce.model import PlaceRelation

if TYPE_CHECKING:
    from truce.geocode.gazetteer import Gazetteer

__all__ = ["GENERIC_NAMES", "Match", "PlaceMention", "TextIndex", "find_matches", "scan"]

TEXT_SPELLING_CUTOFF = 78.0  # a loosely spelled one-word name must look this much like a known one
TEXT_SPELLING_CUTOFF_LONG = 65.0  # the same for names of two words or more
GENERIC_SIMILARITY = 85.0  # a place name this close to a generic word is not matched in text
WORLD_ARABIC_MIN = 4  # shorter Arabic names abroad are everyday words (في)
STEM_MIN = 5  # "Syrias", "Aleppos" (apostrophes lost): the name before the s has >= 5 letters

#: OCHA district/neighbourhood names that are ordinary words (or people, groups, nationalities)
#: in news text; such names are not matched in text, though resolve() still knows them.
GENERIC_NAMES = words(
    "Baath Tishrine Tishreen Thawra Nasr Industrial Center Centre Madina Amin Hurriyeh Horrieh "
    "Wihdeh Jihad Shuhada Shuhuda Nahda Istiqlal Furat Quds Andalus Granada Ghernata Riyadi "
    "Mahdi Mansour Gharbi Janoubi Shamali Sharqui Jalaa Sabil Fardos Zahraa Nuzha Karama Rawda "
    "Hamra Assad Jomhouriyeh Maysalun Hettin Qadessiyeh Oumawiyeen Askari Watani Villat Msaken "
    "Takadom Zouhour Zuhour Ourubah Mahatta Mina Malaab Mashtal Sinaha Bahar Southern Sur Oj "
    "Shin Hole Dana Qalaa Furqan Ghazali Basel Arbaine Rabieh Syrian Syrians Assyrian Nusra "
    "Sarin Sharia Nabil Nidal Bilal Fursan Saudi Mohafaza Muhafaza City_Centre Al_Asad "
    "Youth_Housing Abo_Bakr 16_Tashreen 7_Nisan "
    "الثورة البعث تشرين الشهداء الوحدة الحرية النصر الجلاء الكرامة المركز "
    "الاستقلال النهضة الجمهورية الزهراء القدس الأندلس الفردوس المحطة الميناء الملعب المدينة "
    "الجهاد الفرات الأسد العروبة الصناعة الرياضي الغربي الشرقي الشمالي الجنوبي الروضة الحمراء "
    "السبيل النزهة الزهور حطين ميسلون القادسية المحافظة محافظة"
)  # "_" joins the words of a multi-word name
#: Levels whose names are checked against GENERIC_NAMES (towns and cities are not).
_BLOCKABLE = frozenset({"admin2", "admin3", "neighbourhood", "village"})
_JOIN = re.compile(r"[ \u00a0-]{1,3}")
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


@dataclass(frozen=True, slots=True)
class Match:
    """A span of text that spells a known name, and the entries with that name."""

    start: int
    end: int
    entries: list[Entry]


def _bare(light: str) -> str:
    return " ".join(w for w in light.split() if w != "al")


def _add(index: dict[str, list[Entry]], key: str, entry: Entry) -> None:
    bucket = index.setdefault(key, [])
    if not bucket or bucket[-1] is not entry:
        bucket.append(entry)


def text_names(entry: Entry) -> tuple[str, ...]:
    """Names of an entry usable in running text: a world city only by its own name and
    Arabic spellings (GeoNames' other spellings collide with too many words)."""
    if entry.source != "geonames" or entry.country == "SY" or entry.level == "country":
        return entry.names
    return tuple(n for i, n in enumerate(entry.names) if i == 0 or is_arabic(n))


class TextIndex:
    """Names usable in running text, with what the scanner needs to check them fast."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.generic = {_bare(light_key(w)) for w in GENERIC_NAMES}
        generic_by_key: dict[str, list[str]] = {}
        for word in GENERIC_NAMES:
            generic_by_key.setdefault(normalize_name(word), []).append(_bare(light_key(word)))
        self.by_key: dict[str, list[Entry]] = {}
        self.by_light: dict[str, list[Entry]] = {}
        self.lower_start: set[str] = set()  # known spellings that begin in lower case
        self.lower_end: set[str] = set()
        self.first: set[str] = {"al"}
        self.max_tokens = 1
        for entry in entries:
            # World places and villages match only as spelled: their keys collide with too
            # many words and with bigger places' variants.
            loose = entry.country == "SY" and entry.level != "village"
            for name in text_names(entry):
                key, light = normalize_name(name), light_key(name)
                abroad = entry.country != "SY"
                if not key or (abroad and is_arabic(name) and len(key) < WORLD_ARABIC_MIN):
                    continue
                if _bare(light) in self.generic or (
                    (entry.level in _BLOCKABLE or abroad)
                    and any(
                        fuzz.ratio(_bare(light), g) >= GENERIC_SIMILARITY
                        for g in generic_by_key.get(key, ())
                    )
                ):
                    continue
                if loose:
                    _add(self.by_key, key, entry)
                _add(self.by_light, light, entry)
                parts = light.split()
                self.first.update((parts[0], fold_token(parts[0])))
                if parts[0] == "al" and len(parts) > 1:  # "Al Jafra" is often just "Jafra"
                    self.first.update((parts[1], fold_token(parts[1])))
                self.max_tokens = min(6, max(self.max_tokens, len(parts)))
                if name[0].islower():
                    self.lower_start.add(light)
                if re.split(r"[\s-]+", name.strip())[-1][:1].islower():
                    self.lower_end.add(light)


def text_index(gaz: Gazetteer) -> TextIndex:
    """The gazetteer's text index (Syria and the world layer's text names), built once."""
    if gaz._text is None:
        gaz._text = TextIndex([*gaz.entries(), *gaz.world.text_entries()])
    index: TextIndex = gaz._text
    return index


def scan(gaz: Gazetteer, text: str) -> list[PlaceMention]:
    """Known place names in a text, longest match first, with their relation and place."""
    from truce.geocode.context import settle

    return settle(gaz, text, find_matches(gaz, text))


def find_matches(gaz: Gazetteer, text: str) -> list[Match]:
    """Spans that spell known names, left to right, the longest at each position."""
    return _Scanner(gaz, text).scan()


class _Scanner:
    """One pass over a text: tokens, then the longest known n-gram at each token."""

    def __init__(self, gazetteer: Gazetteer, text: str) -> None:
        self.gaz, self.index, self.text = gazetteer, text_index(gazetteer), text
        self.toks = tokenize(text)

    def scan(self) -> list[Match]:
        found: list[Match] = []
        i, toks, first = 0, self.toks, self.index.first
        while i < len(toks):
            tok, hit = toks[i], None
            if tok.arabic or tok.article or tok.low in first or tok.fold in first:
                for j in range(min(len(toks), i + self.index.max_tokens), i, -1):
                    if hit := self._match(i, j):
                        break
            if hit is not None:
                found.append(Match(toks[i].start, toks[j - 1].end, hit))
                i = j
                continue
            if stem := self._stem(i):
                found.append(Match(tok.start, tok.end - 1, stem))
            i += 1
        return found

    def _gap(self, k: int) -> str:
        return self.text[self.toks[k].end : self.toks[k + 1].start]

    def _stem(self, i: int) -> list[Entry] | None:
        """ "Syrias", "Aleppos": a possessive whose apostrophe was lost (exact names only)."""
        tok = self.toks[i]
        if tok.arabic or not tok.cap or len(tok.low) <= STEM_MIN or tok.low[-1] != "s":
            return None
        if self.text[tok.end - 1 : tok.end] != "s":
            return None
        return self.index.by_light.get(tok.low[:-1])

    def _match(self, i: int, j: int) -> list[Entry] | None:
        toks, index = self.toks[i:j], self.index
        if not all(_JOIN.fullmatch(self._gap(k)) for k in range(i, j - 1)):
            return None
        last = len(toks) - 1
        light = " ".join("al" if t.article and k < last else t.low for k, t in enumerate(toks))
        if _bare(light) in index.generic:
            return None
        if toks[0].arabic:
            return self._match_arabic(i, j, light)
        if self._tail_of_name(i):
            return None
        # A lower-case article opens a name only as "al"/"el" or when hyphenated (as-Safira),
        # so English "as", "an", "at" before a capitalised word do not.
        article_start = (
            last > 0
            and toks[0].article
            and toks[1].cap
            and (toks[0].low in ("al", "el") or "-" in self._gap(i))
        )
        start_ok = toks[0].cap or article_start
        end_ok = toks[-1].cap or toks[-1].low.isdigit()
        if (
            (hit := index.by_light.get(light))
            and (start_ok or light in index.lower_start)
            and (end_ok or light in index.lower_end)
        ):
            return hit
        key = "".join(t.fold for k, t in enumerate(toks) if k == last or not t.article)
        if len(toks[0].low) < 2 or not (start_ok and end_ok and len(key) >= 4):
            return None  # "A Raqqa" does not spell Ariqa
        if not (hit := index.by_key.get(key)):
            return None
        if self._capital_next_to(i - 1, i) or self._capital_next_to(j, j - 1):
            return None
        surface = self.text[toks[0].start : toks[-1].end]
        n_words = sum(not t.article for t in toks)
        cutoff = TEXT_SPELLING_CUTOFF if n_words < 2 else TEXT_SPELLING_CUTOFF_LONG
        return hit if self.gaz.spelling_score(surface, hit) >= cutoff else None

    def _match_arabic(self, i: int, j: int, light: str) -> list[Entry] | None:
        if len(light) < 3 or not all(t.arabic for t in self.toks[i:j]):
            return None
        if hit := self.index.by_light.get(light):
            return hit
        word = self.text[self.toks[i].start : self.toks[i].end]
        rest = light.split(" ", 1)[1:]
        for n in (1, 2):  # proclitics: و and, ب in, ل to, ف so
            if not (len(word) > n + 2 and all(c in _CLITICS for c in word[:n])):
                continue
            stripped = " ".join([arabic_key(word[n:]), *rest])
            if stripped not in self.index.generic and (hit := self.index.by_light.get(stripped)):
                return hit
        return None

    def _tail_of_name(self, i: int) -> bool:
        """Does the match at token i end a longer capitalised name ("Bab al-Salama",
        "Jaish al-Islam"): a capitalised word and an article right before it?"""
        a = i if self.toks[i].article else i - 1  # the article
        k = a - 1
        if k < 0 or not self.toks[a].article:
            return False
        if self.toks[a].low not in ("al", "el") and "-" not in self._gap(a):
            return False  # English "at", "as", "an" (at-Tall, as-Safira are hyphenated)
        tok = self.toks[k]
        joined = all(_JOIN.fullmatch(self._gap(g)) for g in range(k, i))
        return joined and tok.cap and tok.low not in _NEIGHBOUR_OK

    def _capital_next_to(self, k: int, inner: int) -> bool:
        """Is token k a capitalised word right next to the match (a longer unknown name)?"""
        if not 0 <= k < len(self.toks):
            return False
        tok = self.toks[k]
        return self._gap(min(k, inner)).strip() == "" and tok.cap and tok.low not in _NEIGHBOUR_OK
