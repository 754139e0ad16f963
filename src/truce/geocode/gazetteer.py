"""The Syria gazetteer: known places, their name variants, and how to turn a name into a Place.

Data: ``truce/data/gazetteer/syria.json`` (generated from OCHA boundaries by
``tools/build_gazetteer.py``) plus the hand-curated ``supplement.json``. Lookup is an exact
match on :func:`normalize_name` keys first; fuzzy matching runs only for misses, with a
strict cutoff, because a confident wrong point is worse than an honest "unknown".
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz, process, utils

from truce.errors import ConfigError
from truce.geocode.normalize import (
    arabic_key,
    fold_token,
    light_key,
    normalize_name,
    relation_cue,
    tokenize,
    words,
)
from truce.model import Place, PlaceRelation

__all__ = ["Entry", "Gazetteer", "PlaceMention", "default_gazetteer"]

R = PlaceRelation
FUZZY_CUTOFF = 90.0  # resolve(): accept a fuzzy key only this close (rapidfuzz ratio, 0-100)
CANDIDATE_CUTOFF = 75.0  # candidates(): show weaker fuzzy matches for review
FUZZY_MIN_KEY = 6  # shorter spellings are too easy to hit by accident
TEXT_SPELLING_CUTOFF = 78.0  # a loosely spelled one-word name must look this much like a known one
TEXT_SPELLING_CUTOFF_LONG = 65.0  # the same for names of two words or more
GENERIC_SIMILARITY = 85.0  # a place name this close to a generic word is not matched in text

#: UCDP where_prec of an exact hit by level; relations can only make it coarser.
BASE_PRECISION = {
    "town": 1,
    "site": 1,
    "neighbourhood": 1,
    "admin3": 2,
    "admin2": 3,
    "admin1": 4,
    "area": 5,
    "road": 5,
    "country": 6,
}
ACLED_PRECISION = {1: 1, 2: 2, 3: 3, 4: 3, 5: 2}
_ADMIN_ORDER = {
    "admin1": 0,
    "admin2": 1,
    "admin3": 2,
    "area": 3,
    "town": 4,
    "site": 5,
    "road": 6,
    "neighbourhood": 7,
    "country": 8,
}
_MAJOR = frozenset({"town", "site", "admin1", "admin2"})
_PLACE_ORDER = {"town": 0, "site": 1, "road": 2, "area": 3, "neighbourhood": 8, "country": 9}
_DESCRIPTOR_AFTER = re.compile(
    r"^(?P<core>.+?)(?:'s)?\s+(?P<word>province|governorate|countryside|district|region|city|"
    r"town|outskirts|suburbs|area)$",
    re.IGNORECASE,
)
_DESCRIPTOR_BEFORE = re.compile(
    r"^(?:the\s+)?(?P<word>city|town|village|province|governorate|countryside|outskirts|suburbs|"
    r"district|rural|محافظة|ريف|مدينة|بلدة|قرية)(?:\s+of)?\s+(?P<core>.+)$",
    re.IGNORECASE,
)
_IMPLIED = {
    "province": R.ADMIN,
    "governorate": R.ADMIN,
    "countryside": R.ADMIN,
    "district": R.ADMIN,
    "region": R.ADMIN,
    "rural": R.ADMIN,
    "محافظة": R.ADMIN,
    "ريف": R.ADMIN,
    "outskirts": R.NEAR,
    "suburbs": R.NEAR,
    "area": R.NEAR,
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place. ``names`` holds every spelling it is known by."""

    id: str
    name: str
    level: str
    country: str
    lat: float | None = None
    lon: float | None = None
    name_ar: str | None = None
    admin1_pcode: str | None = None
    admin1_name: str | None = None
    admin2_pcode: str | None = None
    admin2_name: str | None = None
    precision: int | None = None
    names: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class PlaceMention:
    """A known place name found in a text, with the relation its context words give."""

    name: str
    start: int
    end: int
    relation: PlaceRelation
    entry_id: str | None


class Gazetteer:
    """Name index over gazetteer entries; build once (see :func:`default_gazetteer`)."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._by_id: dict[str, Entry] = {}
        self._by_key: dict[str, list[Entry]] = {}
        self._spellings: dict[str, frozenset[str]] = {}
        for entry in sorted(entries, key=lambda e: e.id):
            self._by_id[entry.id] = entry
            self._spellings[entry.id] = frozenset(_bare(light_key(n)) for n in entry.names)
            for name in entry.names:
                _add(self._by_key, normalize_name(name), entry)
        self._by_key.pop("", None)
        self._by_spelling: dict[str, list[Entry]] = {}
        for entry in self._by_id.values():
            for spelling in self._spellings[entry.id]:
                _add(self._by_spelling, spelling, entry)
        self._fuzzy_spellings = sorted(s for s in self._by_spelling if len(s) >= 4)
        self._text = _TextIndex(self._by_id.values())

    @classmethod
    def from_package(cls) -> Gazetteer:
        """Load the packaged OCHA-derived data and the curated supplement."""
        base = resources.files("truce").joinpath("data", "gazetteer")
        try:
            main = json.loads(base.joinpath("syria.json").read_text(encoding="utf-8"))
            extra = json.loads(base.joinpath("supplement.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(
                f"gazetteer data unreadable: {exc}",
                hint="reinstall truce-monitor or rerun tools/build_gazetteer.py",
            ) from exc
        return cls(entries_from_json(main["entries"], extra))

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id (P-code, neighbourhood code or ``sup-``/``world-`` id)."""
        return self._by_id.get(entry_id)

    def lookup(self, name: str) -> list[Entry]:
        """Entries whose normalised key equals the name's, in id order (no fuzzy step)."""
        return list(self._by_key.get(normalize_name(name), ()))

    def resolve(
        self, name: str | None, relation: PlaceRelation = R.IN, *, context_admin1: str | None = None
    ) -> Place:
        """A Place for a name: codes, point and precision, or precision 7 if unknown.

        ``relation`` is kept on the result; it also decides between same-named entries
        (ADMIN prefers the governorate, other relations the town) and coarsens precision.
        """
        ranked = self.candidates(
            name or "", relation, limit=1, context_admin1=context_admin1, cutoff=FUZZY_CUTOFF
        )
        return ranked[0][0] if ranked else Place(name=name, relation=relation, precision=7)

    def candidates(
        self,
        name: str,
        relation: PlaceRelation = R.IN,
        limit: int = 5,
        *,
        context_admin1: str | None = None,
        cutoff: float = CANDIDATE_CUTOFF,
    ) -> list[tuple[Place, float]]:
        """Places the name may denote, best first, with a score (100 = exact key match)."""
        effective, hits = self._hits(name, relation)
        scored: list[tuple[Entry, float]] = [(e, 100.0) for e in hits]
        if not scored:
            scored = self._fuzzy(name, cutoff)
        order = self._ranking(effective, [e for e, _ in scored], context_admin1, light_key(name))
        scored.sort(key=lambda pair: (-pair[1], order(pair[0])))
        return [(self.place(e, name, relation, effective), s) for e, s in scored[:limit]]

    def choose(
        self,
        entries: list[Entry],
        relation: PlaceRelation,
        context_admin1: str | None = None,
        spelling: str = "",
    ) -> Entry:
        """The entry a name most likely means among same-keyed ``entries`` (non-empty):
        not a neighbourhood if a city or admin unit has the name, then in the context
        governorate, spelled most alike, by level, by id."""
        return min(entries, key=self._ranking(relation, entries, context_admin1, spelling))

    def place(
        self, entry: Entry, name: str | None, relation: PlaceRelation, effective: PlaceRelation
    ) -> Place:
        """Place record for ``entry`` as named in the text, with the given relation."""
        precision = _precision(entry, effective)
        return Place(
            name=name,
            relation=relation,
            gazetteer_id=entry.id,
            admin1_pcode=entry.admin1_pcode,
            admin1_name=entry.admin1_name,
            admin2_pcode=entry.admin2_pcode,
            admin2_name=entry.admin2_name,
            country=entry.country,
            lat=entry.lat,
            lon=entry.lon,
            precision=precision,
            acled_geo_precision=ACLED_PRECISION.get(precision),
        )

    def find_mentions(self, text: str) -> list[PlaceMention]:
        """Known place names in a text, longest match first, with their relation.

        Latin names must start and end with a capital (or be a known spelling such as
        "rural Damascus"); loose spellings must still look like a known one and must not
        touch other capitalised words ("Maria Zakharova" is not the town of Mare').
        """
        return _MentionScanner(self, text).scan()

    def _hits(self, name: str, relation: PlaceRelation) -> tuple[PlaceRelation, list[Entry]]:
        effective = R.IN if relation == R.UNKNOWN else relation
        name = " ".join(name.split())
        if hits := self.lookup(name):
            return effective, hits
        for pattern in (_DESCRIPTOR_AFTER, _DESCRIPTOR_BEFORE):
            if (m := pattern.match(name)) and (hits := self.lookup(m["core"])):
                implied = _IMPLIED.get(m["word"].lower(), R.IN)
                return (implied if effective == R.IN else effective), hits
        return effective, []

    def _fuzzy(self, name: str, cutoff: float) -> list[tuple[Entry, float]]:
        """Typos: spellings (not keys, which already merge transliterations) close to it."""
        spelling = _bare(light_key(name))
        if len(spelling.replace(" ", "")) < FUZZY_MIN_KEY:
            return []
        found = process.extract(
            spelling,
            self._fuzzy_spellings,
            scorer=fuzz.ratio,
            processor=utils.default_process,
            limit=5,
            score_cutoff=cutoff,
        )
        if cutoff >= FUZZY_CUTOFF and len(found) > 1 and found[1][1] >= found[0][1] - 2:
            first, second = ({e.id for e in self._by_spelling[f[0]]} for f in found[:2])
            if first != second:
                return []  # two places about as close: refuse to guess
        out: dict[str, tuple[Entry, float]] = {}
        for match, score, _ in found:
            for entry in self._by_spelling[match]:
                out.setdefault(entry.id, (entry, float(score)))
        return list(out.values())

    def _ranking(
        self,
        relation: PlaceRelation,
        entries: list[Entry],
        context_admin1: str | None,
        spelling: str,
    ) -> Callable[[Entry], tuple[Any, ...]]:
        if relation == R.ADMIN:
            order = _ADMIN_ORDER
        else:
            # A district or sub-district name is usually its seat town, so the most
            # specific admin unit stands in for it, unless a governorate shares the name.
            levels = ("admin1", "admin2", "admin3")
            if "admin1" not in {e.level for e in entries}:
                levels = levels[::-1]
            order = {**_PLACE_ORDER, **{lvl: 4 + i for i, lvl in enumerate(levels)}}
        bare = _bare(spelling)
        # The context picks among small places; it never turns a city or governorate
        # name into a neighbourhood of the context governorate.
        major = any(e.level in _MAJOR for e in entries)

        def key(entry: Entry) -> tuple[int, int, int, int, str]:
            minor = int(major and entry.level == "neighbourhood")
            miss = int(context_admin1 is not None and entry.admin1_pcode != context_admin1)
            close = max(fuzz.ratio(bare, s) for s in self._spellings[entry.id]) if bare else 0
            return minor, miss, (close < 100) + (close < 80), order.get(entry.level, 10), entry.id

        return key

    def spelling_score(self, surface: str, entries: list[Entry]) -> float:
        """How much a text spelling looks like the closest known spelling (0-100)."""
        bare = _bare(light_key(surface))
        return max(fuzz.ratio(bare, s) for e in entries for s in self._spellings[e.id])


def _bare(light: str) -> str:
    return " ".join(w for w in light.split() if w != "al")


def _add(index: dict[str, list[Entry]], key: str, entry: Entry) -> None:
    bucket = index.setdefault(key, [])
    if not bucket or bucket[-1] is not entry:
        bucket.append(entry)


def _precision(entry: Entry, relation: PlaceRelation) -> int:
    base = entry.precision or BASE_PRECISION.get(entry.level, 4)
    if entry.level == "country":
        return 6
    if relation == R.ADMIN and entry.level == "admin3":
        return 3
    if relation in (R.NEAR, R.OFFSET, R.BETWEEN, R.ADMIN) and base < 2:
        return 2
    return base


def entries_from_json(raw: list[dict[str, Any]], supplement: Mapping[str, Any]) -> list[Entry]:
    """Entries of ``syria.json`` with the supplement's aliases and places merged in."""
    extra: dict[str, list[str]] = {}
    for alias in supplement.get("aliases", []):
        for target in alias["of"]:
            extra.setdefault(target, []).extend(alias["names"])
    admin_names = {e["id"]: e["name"] for e in raw if e["level"] in ("admin1", "admin2")}
    out = []
    for item in [*raw, *supplement.get("places", [])]:
        names = [
            item["name"],
            item.get("name_ar"),
            *item.get("alt_names", []),
            *extra.pop(item["id"], []),
        ]
        a1, a2 = item.get("admin1_pcode"), item.get("admin2_pcode")
        out.append(
            Entry(
                id=item["id"],
                name=item["name"],
                level=item["level"],
                country=item.get("country", "SY"),
                lat=item.get("lat"),
                lon=item.get("lon"),
                name_ar=item.get("name_ar"),
                admin1_pcode=a1,
                admin1_name=item.get("admin1_name") or admin_names.get(a1 or ""),
                admin2_pcode=a2,
                admin2_name=item.get("admin2_name") or admin_names.get(a2 or ""),
                precision=item.get("precision"),
                names=tuple(dict.fromkeys(n for n in names if n)),
            )
        )
    if extra:
        raise ConfigError(f"gazetteer supplement aliases name unknown ids: {sorted(extra)}")
    return out


# --- finding names in running text -----------------------------------------------------

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
_BLOCKABLE = frozenset({"admin2", "admin3", "neighbourhood"})
_JOIN = re.compile(r"[ \u00a0-]{1,3}")
_CLITICS = "وبلف"
_NEIGHBOUR_OK = words(
    "in at on near outside from to the and of by into around province governorate city "
    "countryside district town village region area airport airbase road mountain mountains "
    "camp north south east west northern southern eastern western central rural greater"
)


class _TextIndex:
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
            for name in entry.names:
                key, light = normalize_name(name), light_key(name)
                if not key or (
                    entry.level in _BLOCKABLE
                    and any(
                        fuzz.ratio(_bare(light), g) >= GENERIC_SIMILARITY
                        for g in generic_by_key.get(key, ())
                    )
                ):
                    continue
                _add(self.by_key, key, entry)
                _add(self.by_light, light, entry)
                words = light.split()
                self.first.update((words[0], fold_token(words[0])))
                self.max_tokens = min(6, max(self.max_tokens, len(words)))
                if name[0].islower():
                    self.lower_start.add(light)
                if re.split(r"[\s-]+", name.strip())[-1][:1].islower():
                    self.lower_end.add(light)


class _MentionScanner:
    """One pass over a text: tokens, longest known n-grams, then the relation of each."""

    def __init__(self, gazetteer: Gazetteer, text: str) -> None:
        self.gaz, self.index, self.text = gazetteer, gazetteer._text, text
        self.toks = tokenize(text)

    def scan(self) -> list[PlaceMention]:
        found: list[tuple[int, int, list[Entry]]] = []
        i, toks, first = 0, self.toks, self.index.first
        while i < len(toks):
            tok, hit = toks[i], None
            if tok.arabic or tok.article or tok.low in first or tok.fold in first:
                for j in range(min(len(toks), i + self.index.max_tokens), i, -1):
                    if hit := self._match(i, j):
                        break
            if hit is None:
                i += 1
                continue
            found.append((toks[i].start, toks[j - 1].end, hit))
            i = j
        # Names shared by places in several governorates (a neighbourhood name used in
        # five cities) go to the governorate the text's unambiguous names point to.
        votes = Counter(
            entries[0].admin1_pcode
            for _, _, entries in found
            if len({e.admin1_pcode for e in entries}) == 1 and entries[0].admin1_pcode
        )
        context = min(votes, key=lambda code: (-votes[code], code)) if votes else None
        out: list[PlaceMention] = []
        for start, end, entries in found:
            out.append(self._mention(start, end, entries, out[-1] if out else None, context))
        return out

    def _gap(self, k: int) -> str:
        return self.text[self.toks[k].end : self.toks[k + 1].start]

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
        if not (start_ok and end_ok and len(key) >= 4 and (hit := index.by_key.get(key))):
            return None
        if self._capital_next_to(i - 1, i) or self._capital_next_to(j, j - 1):
            return None
        surface = self.text[toks[0].start : toks[-1].end]
        words = sum(not t.article for t in toks)
        cutoff = TEXT_SPELLING_CUTOFF if words < 2 else TEXT_SPELLING_CUTOFF_LONG
        return hit if self.gaz.spelling_score(surface, hit) >= cutoff else None

    def _match_arabic(self, i: int, j: int, light: str) -> list[Entry] | None:
        if len(light) < 3 or not all(t.arabic for t in self.toks[i:j]):
            return None
        if hit := self.index.by_light.get(light):
            return hit
        word = self.text[self.toks[i].start : self.toks[i].end]
        rest = light.split(" ", 1)[1:]
        for n in (1, 2):  # proclitics: و and, ب in, ل to, ف so
            clitic = len(word) > n + 2 and all(c in _CLITICS for c in word[:n])
            if clitic and (hit := self.index.by_light.get(" ".join([arabic_key(word[n:]), *rest]))):
                return hit
        return None

    def _capital_next_to(self, k: int, inner: int) -> bool:
        """Is token k a capitalised word right next to the match (a longer unknown name)?"""
        if not 0 <= k < len(self.toks):
            return False
        tok = self.toks[k]
        return self._gap(min(k, inner)).strip() == "" and tok.cap and tok.low not in _NEIGHBOUR_OK

    def _mention(
        self,
        start: int,
        end: int,
        entries: list[Entry],
        prev: PlaceMention | None,
        context: str | None,
    ) -> PlaceMention:
        relation = relation_cue(self.text, start, end)
        if (
            prev
            and prev.relation == R.BETWEEN
            and re.fullmatch(r"\s+(?:and|&|و)\s*", self.text[prev.end : start])
        ):
            relation = R.BETWEEN
        entry = self.gaz.choose(entries, relation, context, light_key(self.text[start:end]))
        if relation == R.IN and entry.level in ("admin1", "admin2"):
            relation = R.ADMIN
        elif relation == R.IN and entry.level == "country":
            relation = R.COUNTRY
        return PlaceMention(self.text[start:end], start, end, relation, entry.id)


@cache
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return Gazetteer.from_package()
