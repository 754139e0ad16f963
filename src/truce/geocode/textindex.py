"""The index of place names usable in running text, and the words of a text as the
scanner (:mod:`truce.geocode.mentions`) reads them.

Everything a name match needs to know about a word (its light and folded forms, whether
a name may start with it, whether it is a possessive "Aleppos") depends on the word
alone, so it is worked out once per distinct spelling and kept in the index
(:class:`WordForm`): news repeats its words, and this is what makes a scan cost little
more than splitting the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate, compress, count
from typing import TYPE_CHECKING, cast

from rapidfuzz import fuzz

from truce.geocode.entries import Entry
from truce.geocode.normalize import (
    fold_token,
    is_arabic,
    light_key,
    normalize_name,
    word_forms,
    words,
)
from truce.model import PlaceRelation

if TYPE_CHECKING:
    from truce.geocode.gazetteer import Gazetteer

_PickKey = tuple[int, PlaceRelation, str | None, str | None, str]

__all__ = [
    "GENERIC_NAMES",
    "Match",
    "TextIndex",
    "TextWords",
    "WordForm",
    "bare",
    "text_index",
    "text_names",
]

TEXT_SPELLING_CUTOFF = 78.0  # a loosely spelled one-word name must look this much like a known one
TEXT_SPELLING_CUTOFF_LONG = 65.0  # the same for names of two words or more
GENERIC_SIMILARITY = 85.0  # a place name this close to a generic word is not matched in text
WORLD_ARABIC_MIN = 4  # shorter Arabic names abroad are everyday words (في)
STEM_MIN = 5  # "Syrias", "Aleppos" (apostrophes lost): the name before the s has >= 5 letters
FORM_CACHE = 200_000  # distinct spellings kept; the cache starts afresh beyond that

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


@dataclass(frozen=True, slots=True)
class WordForm:
    """One spelling of a word, with the forms the name matcher compares."""

    cut: int  # characters of "'s" cut from the end (Aleppo's)
    low: str  # light form: lower case, no accents or apostrophes (Arabic: arabic_key)
    fold: str  # fold_token form (Arabic: same as low)
    cap: bool  # starts with a capital letter or a digit
    article: bool  # a transliterated article (al, el, ash, ...)
    arabic: bool
    may_start: bool  # a known name may start with this word
    stem: list[Entry] | None  # "Syrias": the entries of the name before a lost apostrophe
    grows: bool  # a longer known name may start with this word
    # What the scanner finds for the word alone (Latin script), worked out once per spelling:
    solo: list[Entry] | None  # a name as spelled and cased in the index
    loose: list[Entry] | None  # a name whose key it spells closely (if its neighbours allow)


# WORD as a split pattern, with possessive quantifiers: nothing follows a word in the
# pattern, so giving nothing back changes no match, and the engine tries fewer paths.
_SPLIT = re.compile(r"([^\W_]++(?:['’ʼ][^\W_]++)*+)")
# the same on an ASCII text (most), where [^\W_] is these ranges: a third faster
_SPLIT_ASCII = re.compile(r"([A-Za-z0-9]++(?:['’ʼ][A-Za-z0-9]++)*+)")


@dataclass(frozen=True, slots=True)
class Step:
    """A window of words widened by one: is it a known name, may a longer one start with
    it, and its light and key prefixes (what the next word is added to)."""

    hit: bool
    grows: bool
    light: str
    key: str


@dataclass(slots=True)
class TextWords:
    """The words of a text: their forms, and where each starts and ends.

    Kept as the split gave it (``parts`` alternates gaps and words; ``bounds`` are the
    running offsets of the parts), because a scan looks at few words' offsets and gaps:
    :meth:`start`, :meth:`end` and :meth:`gap` work them out on demand.
    """

    forms: list[WordForm]
    parts: list[str]
    bounds: list[int]
    openers: list[int]  # the words that may start a name or are possessive stems, in order

    def start(self, k: int) -> int:
        return self.bounds[2 * k]

    def end(self, k: int) -> int:
        return self.bounds[2 * k + 1] - self.forms[k].cut

    def gap(self, k: int) -> str:
        """The text between word k and word k + 1 (after the text for the last word)."""
        cut = self.forms[k].cut
        return (
            self.parts[2 * k + 1][-cut:] + self.parts[2 * k + 2] if cut else self.parts[2 * k + 2]
        )

    @property
    def starts(self) -> list[int]:
        return self.bounds[0:-1:2]

    @property
    def ends(self) -> list[int]:
        return [self.end(k) for k in range(len(self.forms))]

    @property
    def gaps(self) -> list[str]:
        return [self.gap(k) for k in range(len(self.forms))]


@dataclass(slots=True)
class Match:
    """A span of text that spells a known name, and the entries with that name."""

    start: int
    end: int
    entries: list[Entry]


def bare(light: str) -> str:
    """A light key without its articles ("al bab" -> "bab")."""
    return " ".join(w for w in light.split() if w != "al")


# an article assimilated to the name's first letter, as transliterations write it
_ASSIMILATED = re.compile(r"(?:[AE][dnrstz]|[AE](?:sh|th|dh))[\s-]", re.IGNORECASE)


def _assimilated_town(name: str, entry: Entry) -> bool:
    """A town's name whose article is spelled as said ("Ad Dana", "As-Safira"): with it,
    the name is no ordinary word, though "Dana" alone is a person's."""
    return entry.level in ("town", "city") and bool(_ASSIMILATED.match(name))


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

    def __init__(
        self, entries: Iterable[Entry], spelling: Callable[[str, list[Entry]], float]
    ) -> None:
        self._spelling = spelling  # how much a text spelling looks like the entries' own
        self.generic = {bare(light_key(w)) for w in GENERIC_NAMES}
        generic_by_key: dict[str, list[str]] = {}
        for word in GENERIC_NAMES:
            generic_by_key.setdefault(normalize_name(word), []).append(bare(light_key(word)))
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
                if (bare(light) in self.generic and not _assimilated_town(name, entry)) or (
                    (entry.level in _BLOCKABLE or abroad)
                    and any(
                        fuzz.ratio(bare(light), g) >= GENERIC_SIMILARITY
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
        # What a longer name can start with, so the scanner stops widening a window early.
        self.light_prefixes = {
            " ".join(parts[:k]) for light in self.by_light for parts in [light.split(" ")]
            for k in range(1, len(parts))
        }  # fmt: skip
        self.key_prefixes = {key[:c] for key in self.by_key for c in range(len(key) + 1)}
        self.lower_first = {light.split(" ")[0] for light in self.lower_start}
        self._forms: dict[str, WordForm] = {}
        self._openers: set[str] = set()  # the words of _forms that may open a match
        self._pairs: dict[tuple[str, str], Step] = {}
        self._units: dict[int, tuple[list[Entry], str | None, str | None]] = {}
        self._picks: dict[_PickKey, tuple[list[Entry], Entry | None]] = {}

    def words(self, text: str) -> TextWords:
        """The words of ``text`` (apostrophes inside a word kept: Dar'a), with their forms.
        One split of the text gives the words and the gaps between them at once; the rest
        runs in C (map, compress, set difference), as a text has hundreds of words and a
        scan looks closely at few of them."""
        parts = (_SPLIT_ASCII if text.isascii() else _SPLIT).split(text)
        words = parts[1::2]
        known = list(map(self._forms.get, words))
        # all(): has every spelling been seen before? (a WordForm is always true)
        forms = cast("list[WordForm]", known) if all(known) else self._new_forms(words)
        openers = list(compress(count(), map(self._openers.__contains__, words)))
        return TextWords(forms, parts, list(accumulate(map(len, parts))), openers)

    def _new_forms(self, words: list[str]) -> list[WordForm]:
        if len(self._forms) + len(words) > FORM_CACHE:
            self._forms.clear()
            self._openers.clear()
        return [self._forms.get(word) or self._form(word) for word in words]

    def _form(self, word: str) -> WordForm:
        cut, low, fold, cap, article, arabic = word_forms(word)
        stem = None
        # "s" as written, not "S" or an accented s: len(low) > STEM_MIN guards the indexing
        if not arabic and cap and len(low) > STEM_MIN and low[-1] == word[-cut - 1] == "s":
            stem = self.by_light.get(low[:-1])
        solo, loose = (
            (None, None) if arabic else self._alone(word[: len(word) - cut], low, fold, cap)
        )
        grows = ("al" if article else low) in self.light_prefixes or (
            "" if article else fold
        ) in self.key_prefixes
        # A name starts with a capital, an article or Arabic, unless it is a known spelling
        # that begins in lower case ("rural Damascus"): "the", "in", "said" start none.
        may_start = arabic or article or low in self.first or fold in self.first
        if not (cap or article or arabic) and low not in self.lower_first:
            may_start = False
        # and only if some window starting here can match at all
        may_start = may_start and (arabic or grows or solo is not None or loose is not None)
        form = WordForm(cut, low, fold, cap, article, arabic, may_start, stem, grows, solo, loose)
        self._forms[word] = form
        if may_start or stem is not None:
            self._openers.add(word)
        return form

    def _alone(
        self, surface: str, low: str, fold: str, cap: bool
    ) -> tuple[list[Entry] | None, list[Entry] | None]:
        """(solo, loose) of a Latin word (see WordForm): what the scanner's match of a
        one-word window gives, before it looks at the words around it."""
        if ("" if low == "al" else low) in self.generic:
            return None, None
        hit = self.by_light.get(low)
        end_ok = cap or low.isdigit()
        if hit and (cap or low in self.lower_start) and (end_ok or low in self.lower_end):
            return hit, None
        if len(low) < 2 or not cap or len(fold) < 4 or not (hit := self.by_key.get(fold)):
            return None, None  # "A Raqqa" does not spell Ariqa
        return None, hit if self._spelling(surface, hit) >= TEXT_SPELLING_CUTOFF else None

    def pair(self, first: str, second: str) -> Step:
        """The window of two joined words (spelled as in the text), kept per pair: a text
        opens many windows that end after a second word, and news repeats its pairs."""
        found = self._pairs.get((first, second))
        if found is None:
            if len(self._pairs) >= FORM_CACHE:
                self._pairs.clear()
            form = self._forms[first]
            start = Step(
                True, True, "al" if form.article else form.low, "" if form.article else form.fold
            )
            found = self.step(start, self._forms[second])
            self._pairs[(first, second)] = found
        return found

    def step(self, window: Step, form: WordForm) -> Step:
        """The window widened by the next word (joined to it)."""
        light, key = window.light + " ", window.key
        hit = light + form.low in self.by_light or key + form.fold in self.by_key
        light += "al" if form.article else form.low
        key += "" if form.article else form.fold
        return Step(hit, light in self.light_prefixes or key in self.key_prefixes, light, key)

    def units(self, entries: list[Entry]) -> tuple[str | None, str | None]:
        """The governorate and the country all of a bucket's entries share (None where they
        differ). Kept per bucket: a bucket (a list of this index) never changes, and the
        cache holds it, so its id() is not reused while the cache holds it."""
        found = self._units.get(id(entries))
        if found is None:
            if len(self._units) >= FORM_CACHE:
                self._units.clear()
            found = (
                entries,
                _one({e.admin1_pcode for e in entries}),
                _one({e.country for e in entries}),
            )
            self._units[id(entries)] = found
        return found[1], found[2]

    def pick(
        self,
        gaz: Gazetteer,
        entries: list[Entry],
        relation: PlaceRelation,
        context: tuple[str | None, str | None],
        spelling: str,
    ) -> Entry | None:
        """:meth:`Gazetteer.pick` for a bucket of this index, kept per bucket and context:
        news names the same few places in the same words over and over."""
        key = (id(entries), relation, context[0], context[1], spelling)
        found = self._picks.get(key)
        if found is None:
            if len(self._picks) >= FORM_CACHE:
                self._picks.clear()
            entry, _ = gaz.pick(entries, relation, context[0], spelling, context[1])
            found = (entries, entry)
            self._picks[key] = found
        return found[1]


def _one(values: set[str | None]) -> str | None:
    return next(iter(values)) if len(values) == 1 else None


def text_index(gaz: Gazetteer) -> TextIndex:
    """The gazetteer's text index (Syria and the world layer's text names), built once."""
    if gaz._text is None:
        gaz._text = TextIndex([*gaz.entries(), *gaz.world.text_entries()], gaz.spelling_score)
    index: TextIndex = gaz._text
    return index
