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
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from truce.geocode.entries import Entry
from truce.geocode.normalize import (
    WORD,
    fold_token,
    is_arabic,
    light_key,
    normalize_name,
    word_forms,
    words,
)

if TYPE_CHECKING:
    from truce.geocode.gazetteer import Gazetteer

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


_SPLIT = re.compile(f"({WORD.pattern})")


@dataclass(frozen=True, slots=True)
class TextWords:
    """The words of a text: their forms, and where each starts and ends."""

    forms: list[WordForm]
    starts: list[int]
    ends: list[int]
    gaps: list[str]  # gaps[k]: the text between word k and word k + 1


@dataclass(frozen=True, slots=True)
class Match:
    """A span of text that spells a known name, and the entries with that name."""

    start: int
    end: int
    entries: list[Entry]


def bare(light: str) -> str:
    """A light key without its articles ("al bab" -> "bab")."""
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
                if bare(light) in self.generic or (
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

    def words(self, text: str) -> TextWords:
        """The words of ``text`` (apostrophes inside a word kept: Dar'a), with their forms.
        One split of the text gives the words and the gaps between them at once."""
        parts = _SPLIT.split(text)
        bounds = list(accumulate(map(len, parts)))
        get = self._forms.get
        forms = [get(w) or self._form(w) for w in parts[1::2]]
        ends = [end - f.cut for end, f in zip(bounds[1::2], forms, strict=True)]
        gaps = [
            text[end:start] if f.cut else gap
            for end, start, f, gap in zip(ends, bounds[2::2], forms, parts[2::2], strict=False)
        ]
        return TextWords(forms, bounds[0:-1:2], ends, gaps)

    def _form(self, word: str) -> WordForm:
        if len(self._forms) >= FORM_CACHE:
            self._forms.clear()
        cut, low, fold, cap, article, arabic = word_forms(word)
        stem = None
        # "s" as written, not "S" or an accented s: len(low) > STEM_MIN guards the indexing
        if not arabic and cap and len(low) > STEM_MIN and low[-1] == word[-cut - 1] == "s":
            stem = self.by_light.get(low[:-1])
        # A name starts with a capital, an article or Arabic, unless it is a known spelling
        # that begins in lower case ("rural Damascus"): "the", "in", "said" start none.
        may_start = arabic or article or low in self.first or fold in self.first
        if not (cap or article or arabic) and low not in self.lower_first:
            may_start = False
        form = WordForm(cut, low, fold, cap, article, arabic, may_start, stem)
        self._forms[word] = form
        return form


def text_index(gaz: Gazetteer) -> TextIndex:
    """The gazetteer's text index (Syria and the world layer's text names), built once."""
    if gaz._text is None:
        gaz._text = TextIndex([*gaz.entries(), *gaz.world.text_entries()])
    index: TextIndex = gaz._text
    return index
