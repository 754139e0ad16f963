"""The gazetteer: known places, their name variants, and how to turn a name into a Place.

Syria comes in depth (OCHA units and neighbourhoods, GeoNames towns and villages, a curated
supplement; see :mod:`truce.geocode.entries`), the rest of the world at city level
(:mod:`truce.geocode.world`, read on first use). Lookup is an exact match on
:func:`normalize_name` keys first; fuzzy matching runs only for misses, over Syrian spellings,
with a strict cutoff. Several equally good places in different governorates give a vague
result (no point), because a confident wrong point is worse than an honest "unknown".
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from rapidfuzz import fuzz

from truce.geocode.context import settle
from truce.geocode.entries import ACLED_PRECISION, Entry, load_syria, precision_of
from truce.geocode.fuzzy import FUZZY_CUTOFF, FuzzyIndex
from truce.geocode.mentions import PlaceMention, find_matches
from truce.geocode.normalize import descriptors, light_key, normalize_name
from truce.geocode.world import WorldLayer
from truce.model import Place, PlaceRelation

__all__ = ["Gazetteer", "bare", "default_gazetteer"]

R = PlaceRelation
CANDIDATE_CUTOFF = 75.0  # candidates(): show weaker fuzzy matches for review
WORLD_SPELLING = 90.0  # a world name must be spelled about as stored (keys are Arabic-minded)
HOME = "SY"  # the monitor's country: its places come first unless the text points elsewhere
MAJOR_TOWN_POP = 10_000  # a GeoNames town this big is "major" (see _major)
SPELLING_FAR = 80.0  # spellings less alike than this (rapidfuzz ratio) are other names
_CACHE_MAX = 100_000

_ADMIN_ORDER = {"admin1": 0, "admin2": 1, "admin3": 2, "area": 3, "town": 4, "village": 5,
                "site": 6, "road": 7, "neighbourhood": 8, "country": 9}  # fmt: skip
_MAJOR = frozenset({"town", "site", "admin1", "admin2", "country"})
_PLACE_ORDER = {"town": 0, "site": 1, "road": 2, "area": 3, "village": 7, "neighbourhood": 8,
                "country": 9}  # fmt: skip
RankKey = tuple[int, bool, int, int, bool, int, int, str]


def bare(light: str) -> str:
    """A light key without the article "al" (spellings compared letter by letter)."""
    return " ".join(w for w in light.split() if w != "al")


class Gazetteer:
    """Name index over gazetteer entries; build once (see :func:`default_gazetteer`)."""

    def __init__(
        self,
        entries: Iterable[Entry],
        world: WorldLayer | Callable[[], WorldLayer] | None = None,
    ) -> None:
        self._by_id: dict[str, Entry] = {}
        self._by_key: dict[str, list[Entry]] = {}
        self._spellings: dict[str, frozenset[str]] = {}
        self._close: dict[tuple[str, str], float] = {}  # see _closeness
        for entry in sorted(entries, key=lambda e: e.id):
            self._by_id[entry.id] = entry
            for name in entry.names:
                _add(self._by_key, normalize_name(name), entry)
        self._by_key.pop("", None)
        self._by_spelling: dict[str, list[Entry]] = {}
        for entry in self._by_id.values():
            for spelling in self.spellings(entry):
                _add(self._by_spelling, spelling, entry)
        self._fuzzy_index = FuzzyIndex(self._by_spelling)
        self._world_source = world if world is not None else WorldLayer([])
        self._world: WorldLayer | None = None
        self._cache: dict[tuple[str, str, str | None, str | None], Place] = {}
        self._text: Any = None  # the text index of truce.geocode.mentions, built on demand

    @classmethod
    def from_package(cls) -> Gazetteer:
        """The packaged data: Syria now, the world layer when first needed."""
        return cls(load_syria(), WorldLayer.from_package)

    @property
    def world(self) -> WorldLayer:
        if self._world is None:
            source = self._world_source
            self._world = source if isinstance(source, WorldLayer) else source()
        return self._world

    def __len__(self) -> int:
        """Number of Syrian entries (the world layer is counted by ``len(gaz.world)``)."""
        return len(self._by_id)

    def entries(self) -> Iterable[Entry]:
        """The Syrian entries, in id order."""
        return self._by_id.values()

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id: P-code, OCHA code, ``sup-``/``gn-`` id or ISO country."""
        return self._by_id.get(entry_id) or self.world.get(entry_id)

    def is_major(self, entry: Entry) -> bool:
        """A governorate, district, site, city or sizeable town: a name that a text does not
        use for some small place elsewhere."""
        return _major(entry)

    def spellings(self, entry: Entry) -> frozenset[str]:
        """The entry's names as bare light keys (what spelling closeness compares)."""
        found = self._spellings.get(entry.id)
        if found is None:
            found = frozenset(bare(light_key(n)) for n in entry.names)
            self._spellings[entry.id] = found
        return found

    def _closeness(self, spelled: str, entry: Entry) -> float:
        """How alike a bare spelling and the entry's closest spelling are (0-100); kept,
        as news names the same places in the same words over and over."""
        key = (spelled, entry.id)
        close = self._close.get(key)
        if close is None:
            if len(self._close) >= _CACHE_MAX:
                self._close.clear()
            close = max((fuzz.ratio(spelled, s) for s in self.spellings(entry)), default=0.0)
            self._close[key] = close
        return close

    def lookup(self, name: str, *, world: bool = True) -> list[Entry]:
        """Entries whose normalised key equals the name's: Syrian ones in id order, then
        the world layer's (no fuzzy step)."""
        key = normalize_name(name)
        found = list(self._by_key.get(key, ()))
        return found + self.world.lookup_key(key) if world and key else found

    def _lookup(self, name: str, context_country: str | None) -> list[Entry]:
        """Syrian entries, and world ones only when no Syrian place has the name or the
        text points abroad (a Syrian name never loses to a foreign one otherwise)."""
        key = normalize_name(name)
        found = list(self._by_key.get(key, ()))
        if (found and context_country in (None, HOME)) or not key:
            return found
        spelled = bare(light_key(name))
        abroad = [
            e
            for e in self.world.lookup_key(key)
            if max(fuzz.ratio(spelled, s) for s in self.spellings(e)) >= WORLD_SPELLING
        ]
        return found + abroad

    # --- resolving -----------------------------------------------------------------------

    def resolve(
        self,
        name: str | None,
        relation: PlaceRelation = R.IN,
        *,
        context_admin1: str | None = None,
        context_country: str | None = None,
    ) -> Place:
        """A Place for a name: codes, point and precision; precision 7 if unknown.

        ``relation`` is kept on the result; it also decides between same-named entries
        (ADMIN prefers the governorate, other relations the town) and coarsens precision.
        Equally good places in different governorates give a vague place without a point.
        """
        key = (name or "", relation.value, context_admin1, context_country)
        if (hit := self._cache.get(key)) is not None:
            return hit
        effective, entries, _ = self._matches(name or "", relation, FUZZY_CUTOFF, context_country)
        if not entries:
            place = Place(name=name, relation=relation, precision=7)
        else:
            chosen, tied = self.pick(
                entries, effective, context_admin1, light_key(name or ""), context_country
            )
            place = (
                self.place(chosen, name, relation, effective)
                if chosen
                else self.vague(tied, name, relation)
            )
        if len(self._cache) >= _CACHE_MAX:
            self._cache.clear()
        self._cache[key] = place
        return place

    def candidates(
        self,
        name: str,
        relation: PlaceRelation = R.IN,
        limit: int = 5,
        *,
        context_admin1: str | None = None,
        context_country: str | None = None,
        cutoff: float = CANDIDATE_CUTOFF,
    ) -> list[tuple[Place, float]]:
        """Places the name may denote, best first, with a score (100 = exact key match)."""
        effective, found = self._search(
            name, relation, limit, context_admin1, context_country, cutoff
        )
        return [(self.place(e, name, relation, effective), score) for e, score in found]

    def search(
        self,
        name: str,
        relation: PlaceRelation = R.IN,
        limit: int = 10,
        *,
        context_admin1: str | None = None,
        context_country: str | None = None,
        cutoff: float = CANDIDATE_CUTOFF,
    ) -> list[tuple[Entry, float]]:
        """Entries a name may denote, Syrian and abroad, best first, with a score."""
        return self._search(name, relation, limit, context_admin1, context_country, cutoff)[1]

    def _search(
        self,
        name: str,
        relation: PlaceRelation,
        limit: int,
        context_admin1: str | None,
        context_country: str | None,
        cutoff: float,
    ) -> tuple[PlaceRelation, list[tuple[Entry, float]]]:
        effective, entries, scores = self._matches(name, relation, cutoff, "*")
        rank = self.ranking(effective, entries, context_admin1, light_key(name), context_country)
        if scores:  # fuzzy: closest first
            entries.sort(key=lambda e: (-scores[e.id], rank(e)))
            return effective, [(e, scores[e.id]) for e in entries[:limit]]
        # Same key: the ranking decides; the score says how alike the spelling is (90-100).
        entries.sort(key=rank)
        spelled = bare(light_key(name))
        return effective, [(e, self._key_score(spelled, e)) for e in entries[:limit]]

    def _key_score(self, spelled: str, entry: Entry) -> float:
        close = max((fuzz.ratio(spelled, s) for s in self.spellings(entry)), default=0.0)
        return 100.0 if close >= 100 else round(90.0 + close / 10, 1)

    def pick(
        self,
        entries: list[Entry],
        relation: PlaceRelation,
        context_admin1: str | None = None,
        spelling: str = "",
        context_country: str | None = None,
    ) -> tuple[Entry | None, list[Entry]]:
        """The entry a name most likely means among same-keyed ``entries`` (non-empty), and
        the entries tied for first place; the entry is None when they are different places
        that no context, spelling, level or population tells apart."""
        if len(entries) == 1:  # nothing to rank
            return entries[0], [entries[0]]
        rank = self.ranking(relation, entries, context_admin1, spelling, context_country)
        keyed = sorted(((rank(e), e) for e in entries), key=lambda pair: pair[0])
        best = keyed[0][0][:-1]
        tied = [e for key, e in keyed if key[:-1] == best]
        apart = {(e.country, e.admin1_pcode, e.admin2_pcode) for e in tied}
        return (keyed[0][1] if len(apart) == 1 else None), tied

    def ranking(
        self,
        relation: PlaceRelation,
        entries: list[Entry],
        context_admin1: str | None,
        spelling: str,
        context_country: str | None = None,
    ) -> Callable[[Entry], RankKey]:
        """Sort key: in the context country (else Syria); not spelled unlike the name (Midan
        is not Maadan); not a neighbourhood when a city shares the name; in the context
        governorate; spelled exactly so; by level; by population."""
        if relation == R.ADMIN:
            order = _ADMIN_ORDER
        else:
            # A district or sub-district name is usually its seat town, so the most
            # specific admin unit stands in for it, unless a governorate shares the name.
            levels = ("admin1", "admin2", "admin3")
            if "admin1" not in {e.level for e in entries}:
                levels = levels[::-1]
            order = {**_PLACE_ORDER, **{lvl: 4 + i for i, lvl in enumerate(levels)}}
        spelled = bare(spelling)
        home = context_country or HOME
        # The context picks among small places; it never turns a city or governorate
        # name into a neighbourhood of the context governorate.
        major = any(_major(e) for e in entries if e.country == home)

        def key(entry: Entry) -> RankKey:
            minor = int(major and entry.level == "neighbourhood")
            abroad = 0 if entry.country == home else 1 if entry.country == HOME else 2
            miss = int(context_admin1 is not None and entry.admin1_pcode != context_admin1)
            close = self._closeness(spelled, entry)
            far, inexact = (close < SPELLING_FAR, close < 100) if spelled else (False, False)
            size = -int(math.log10(entry.population + 1))
            level = order.get(entry.level, 10)
            return abroad, far, minor, miss, inexact, level, size, entry.id

        return key

    def place(
        self,
        entry: Entry,
        name: str | None,
        relation: PlaceRelation,
        effective: PlaceRelation | None = None,
    ) -> Place:
        """Place record for ``entry`` as named in the text, with the given relation."""
        precision = precision_of(entry, effective or relation)
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

    def vague(self, tied: list[Entry], name: str | None, relation: PlaceRelation) -> Place:
        """What same-named places in different units share: their district, governorate or
        country (no point unless it is a unit's own), never one of them picked at random."""
        units = [(e.admin1_pcode, e.admin2_pcode) for e in tied]
        if len(set(units)) == 1 and units[0][1] and (unit := self._by_id.get(units[0][1])):
            return self.place(unit, name, relation, R.ADMIN)
        if len({u[0] for u in units}) == 1 and units[0][0] and (gov := self._by_id[units[0][0]]):
            return self.place(gov, name, relation, R.ADMIN)
        countries = {e.country for e in tied}
        country = countries.pop() if len(countries) == 1 else None
        return Place(name=name, relation=relation, country=country, precision=6 if country else 7)

    def find_mentions(self, text: str) -> list[PlaceMention]:
        """Known place names in a text with their relation (see :mod:`truce.geocode.mentions`)."""
        return settle(self, text, find_matches(self, text))

    def spelling_score(self, surface: str, entries: list[Entry]) -> float:
        """How much a text spelling looks like the closest known spelling (0-100)."""
        spelled = bare(light_key(surface))
        return max(fuzz.ratio(spelled, s) for e in entries for s in self.spellings(e))

    # --- matching ------------------------------------------------------------------------

    def _matches(
        self, name: str, relation: PlaceRelation, cutoff: float, context_country: str | None
    ) -> tuple[PlaceRelation, list[Entry], dict[str, float]]:
        """Effective relation, matching entries, and fuzzy scores (absent = exact).
        ``context_country`` "*" asks for world entries even when Syria has the name."""
        effective, hits = self._hits(name, relation, context_country)
        if hits:
            return effective, hits, {}
        scored = self._fuzzy(name, cutoff)
        return effective, [e for e, _ in scored], {e.id: s for e, s in scored}

    def _hits(
        self, name: str, relation: PlaceRelation, context_country: str | None
    ) -> tuple[PlaceRelation, list[Entry]]:
        effective = R.IN if relation == R.UNKNOWN else relation
        name = " ".join(name.split())
        if hits := self._lookup(name, context_country):
            return effective, hits
        for core, implied in descriptors(name):
            if hits := self._lookup(core, context_country):
                return (implied if effective == R.IN else effective), hits
        return effective, []

    def _fuzzy(self, name: str, cutoff: float) -> list[tuple[Entry, float]]:
        """Typos: Syrian spellings close to a name no key matched."""
        return self._fuzzy_index.match(bare(light_key(name)), cutoff)


def _major(entry: Entry) -> bool:
    """A place whose name a neighbourhood's never outranks: a governorate, district, site,
    or a city or sizeable town (not a GeoNames village-sized seat)."""
    if entry.level == "town" and entry.source == "geonames":
        return entry.population >= MAJOR_TOWN_POP
    return entry.level in _MAJOR


def _add(index: dict[str, list[Entry]], key: str, entry: Entry) -> None:
    bucket = index.setdefault(key, [])
    if not bucket or bucket[-1] is not entry:
        bucket.append(entry)


@cache
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return Gazetteer.from_package()
