"""Geocoding: name keys, the packaged gazetteer, finding places in text, and geocode().

Expected P-codes were read from the OCHA shapefiles (syr_admin1.dbf: SY01 Damascus, SY02
Aleppo, SY03 Rural Damascus, SY04 Homs, SY05 Hama, SY06 Lattakia, SY07 Idleb, SY08
Al-Hasakeh, SY09 Deir-ez-Zor, SY10 Tartous, SY11 Ar-Raqqa, SY12 Dar'a, SY13 As-Sweida,
SY14 Quneitra). Sentences below are written for these tests.
"""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from types import ModuleType

import pytest

from tests.shared import shared_path
from truce.geocode import Gazetteer, PlaceMention, default_gazetteer, geocode, normalize_name
from truce.model import EventType, Extraction, Place, PlaceRelation, Report

R = PlaceRelation

VARIANTS = [
    # Deir ez-Zor
    ("Deir ez-Zor", "SY09"), ("Deir Ezzor", "SY09"), ("Deir al-Zour", "SY09"),
    ("Dayr az Zawr", "SY09"), ("Der Ezzor", "SY09"), ("Deir-ez-Zor", "SY09"),
    ("Deir el-Zor", "SY09"), ("دير الزور", "SY09"),
    # Idlib
    ("Idlib", "SY07"), ("Idleb", "SY07"), ("إدلب", "SY07"), ("ادلب", "SY07"),
    # Hasakah
    ("Hasakah", "SY08"), ("Hasakeh", "SY08"), ("Al-Hasakah", "SY08"), ("Hassakeh", "SY08"),
    ("الحسكة", "SY08"),
    # Daraa
    ("Daraa", "SY12"), ("Dar'a", "SY12"), ("Deraa", "SY12"), ("Dar’a", "SY12"), ("درعا", "SY12"),
    # Homs, Hama
    ("Homs", "SY04"), ("Hims", "SY04"), ("حمص", "SY04"), ("Hama", "SY05"), ("Hamah", "SY05"),
    ("حماه", "SY05"), ("حماة", "SY05"),
    # Latakia, Tartus
    ("Latakia", "SY06"), ("Lattakia", "SY06"), ("اللاذقية", "SY06"), ("Tartus", "SY10"),
    ("Tartous", "SY10"), ("طرطوس", "SY10"),
    # Raqqa
    ("Raqqa", "SY11"), ("Ar-Raqqa", "SY11"), ("Rakka", "SY11"), ("Raqqah", "SY11"),
    ("الرقة", "SY11"),
    # Quneitra, Sweida
    ("Quneitra", "SY14"), ("القنيطرة", "SY14"), ("As-Sweida", "SY13"), ("Suwayda", "SY13"),
    ("Sweida", "SY13"), ("السويداء", "SY13"),
    # Aleppo, Damascus, Rural Damascus
    ("Aleppo", "SY02"), ("Halab", "SY02"), ("حلب", "SY02"), ("Damascus", "SY01"),
    ("Dimashq", "SY01"), ("دمشق", "SY01"), ("Rural Damascus", "SY03"),
    ("Damascus countryside", "SY03"), ("Rif Dimashq", "SY03"), ("ريف دمشق", "SY03"),
    ("Eastern Ghouta", "SY03"),
    # places from the curated supplement
    ("Kobani", "SY02"), ("Ain al-Arab", "SY02"), ("Palmyra", "SY04"), ("Tadmur", "SY04"),
    ("Daraya", "SY03"), ("Moadamiyeh", "SY03"), ("Khan Tuman", "SY02"),
    ("Urum al-Kubra", "SY02"), ("Castello Road", "SY02"), ("Jabal al-Tharda", "SY09"),
    ("Tharda mountains", "SY09"), ("Deir ez-Zor airport", "SY09"),
]  # fmt: skip


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


# --- normalize_name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "group",
    [
        ["Deir ez-Zor", "Deir Ezzor", "Deir al-Zour", "Dayr az Zawr", "Der Ezzor", "DEIR EZ-ZOR"],
        ["Idlib", "Idleb"],
        ["Hasakah", "Hasakeh", "Al-Hasakah", "al-Hasakeh", "Hassakeh", "Hasaka"],
        ["Daraa", "Dar'a", "Deraa", "Dar‘a", "Darʿa"],
        ["Latakia", "Lattakia"],
        ["Tartus", "Tartous"],
        ["Raqqa", "Ar-Raqqa", "Rakka", "Raqqah", "al-Raqqa"],
        ["As-Sweida", "Suwayda", "Sweida", "Al-Suwayda"],
        ["Kobani", "Kobane", "Kobanî"],
        ["إدلب", "ادلب", "إِدْلِب"],
        ["حماة", "حماه"],
        ["دير الزور", "دير الزّور", "ديرُ الزور"],
    ],
)
def test_spelling_variants_share_one_key(group: list[str]) -> None:
    assert len({normalize_name(name) for name in group}) == 1, group


@pytest.mark.parametrize(
    ("a", "b"),
    [("Daraa", "Daraya"), ("Deir", "Daraa"), ("Homs", "Hama"), ("Idlib", "Aleppo")],
)
def test_different_places_keep_different_keys(a: str, b: str) -> None:
    assert normalize_name(a) != normalize_name(b)


def test_normalize_name_of_nothing_is_empty() -> None:
    assert normalize_name("") == ""
    assert normalize_name(" - ' ") == ""


# --- resolve -----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "admin1"), VARIANTS)
def test_variants_resolve_to_their_governorate(gaz: Gazetteer, name: str, admin1: str) -> None:
    place = gaz.resolve(name)
    assert place.admin1_pcode == admin1, (name, place)
    assert place.country == "SY"
    assert place.lat is not None and place.lon is not None
    assert place.precision <= 5


def test_at_least_forty_variants_are_checked() -> None:
    assert len(VARIANTS) >= 40
    assert sum(any("\u0600" <= c <= "\u06ff" for c in n) for n, _ in VARIANTS) >= 10


def test_unknown_name_gets_no_point(gaz: Gazetteer) -> None:
    for name in ("Foobarstan", "Deir", "Narnia Heights", ""):
        place = gaz.resolve(name, R.NEAR)
        assert (place.lat, place.lon, place.gazetteer_id) == (None, None, None), name
        assert place.precision == 7
        assert place.relation == R.NEAR


def test_city_point_lies_inside_its_governorate_box(gaz: Gazetteer) -> None:
    # Deir ez-Zor city is on the Euphrates at about 35.33N 40.14E.
    place = gaz.resolve("Deir Ezzor")
    assert place.gazetteer_id == "C5086"
    assert place.lat is not None and abs(place.lat - 35.33) < 0.05
    assert place.lon is not None and abs(place.lon - 40.14) < 0.05


@pytest.mark.parametrize(
    ("name", "relation", "precision", "acled", "level_id"),
    [
        ("Aleppo", R.IN, 1, 1, "C1007"),  # the city, from the neighbourhood layer
        ("Aleppo", R.NEAR, 2, 2, "C1007"),
        ("Aleppo", R.ADMIN, 4, 3, "SY02"),  # the governorate
        ("Idlib province", R.IN, 4, 3, "SY07"),
        ("Manbij", R.IN, 2, 2, "SY020500"),  # sub-district centroid stands in for the town
        ("Al-Bab", R.ADMIN, 3, 3, "SY0202"),  # district
        ("Castello Road", R.IN, 5, 2, "sup-castello-road"),
        ("Syria", R.COUNTRY, 6, None, "SY"),
        ("Urum al-Kubra", R.OFFSET, 2, 2, "sup-urum-al-kubra"),
    ],
)
def test_precision_follows_level_and_relation(
    gaz: Gazetteer,
    name: str,
    relation: PlaceRelation,
    precision: int,
    acled: int | None,
    level_id: str,
) -> None:
    place = gaz.resolve(name, relation)
    assert (place.gazetteer_id, place.precision, place.acled_geo_precision) == (
        level_id,
        precision,
        acled,
    )
    assert place.relation == relation


def test_world_places_carry_their_country(gaz: Gazetteer) -> None:
    moscow = gaz.resolve("Moscow")
    assert (moscow.country, moscow.admin1_pcode, moscow.precision) == ("RU", None, 1)
    assert gaz.resolve("Geneva").country == "CH"
    assert gaz.resolve("Ankara").country == "TR"


def test_context_governorate_settles_a_shared_name(gaz: Gazetteer) -> None:
    # Five cities have a Hameidiyyeh neighbourhood; Tartous has a sub-district of that name.
    assert gaz.resolve("Hameidiyyeh", context_admin1="SY09").admin1_pcode == "SY09"
    assert gaz.resolve("Hameidiyyeh", context_admin1="SY02").admin1_pcode == "SY02"
    without = gaz.resolve("Hameidiyyeh")
    assert without == gaz.resolve("Hameidiyyeh")  # deterministic
    # ... but a context never turns a governorate name into a same-named neighbourhood
    # (Dar'a city has a Quneitra neighbourhood).
    assert gaz.resolve("Quneitra", context_admin1="SY12").gazetteer_id == "SY14"


def test_exact_spelling_beats_a_shared_key(gaz: Gazetteer) -> None:
    # Daraya (Rural Damascus) must never fall onto Daraa, nor Midan onto Maadan (Raqqa).
    assert gaz.resolve("Daraya").admin1_pcode == "SY03"
    assert gaz.resolve("Darayya").admin1_pcode == "SY03"
    assert gaz.resolve("Midan").admin1_pcode == "SY01"
    assert gaz.resolve("Maadan").admin1_pcode == "SY11"


def test_fuzzy_fallback_is_strict(gaz: Gazetteer) -> None:
    assert gaz.resolve("Jarabulus").gazetteer_id == "SY020800"  # one letter off Jarablus
    assert gaz.resolve("Jarabulus").precision == 2
    assert gaz.resolve("Jrbls").precision == 7  # too short to guess


def test_candidates_are_ranked_with_scores(gaz: Gazetteer) -> None:
    ranked = gaz.candidates("Hameidiyyeh", limit=10)
    assert len(ranked) == 6
    assert {score for _, score in ranked} == {100.0}
    assert len({p.gazetteer_id for p, _ in ranked}) == 6
    top, _ = gaz.candidates("Deir Ezzor", R.ADMIN)[0]
    assert top.gazetteer_id == "SY09"
    assert gaz.candidates("Foobarstan") == []


# --- find_mentions -----------------------------------------------------------------------


def _mentions(gaz: Gazetteer, text: str) -> list[tuple[str, PlaceRelation, str | None]]:
    found = gaz.find_mentions(text)
    for m in found:
        assert text[m.start : m.end] == m.name
    return [(m.name, m.relation, m.entry_id) for m in found]


def test_outside_the_eastern_city_is_near(gaz: Gazetteer) -> None:
    text = "Aircraft struck army positions outside the eastern city of Deir Ezzor on Saturday."
    assert _mentions(gaz, text) == [("Deir Ezzor", R.NEAR, "C5086")]


def test_province_and_countryside_are_admin(gaz: Gazetteer) -> None:
    text = "Shelling was reported in Idlib province and in the western Aleppo countryside."
    assert _mentions(gaz, text) == [("Idlib", R.ADMIN, "SY07"), ("Aleppo", R.ADMIN, "SY02")]
    text = "Raids hit the countryside of Hama and rural Homs."
    assert _mentions(gaz, text) == [("Hama", R.ADMIN, "SY05"), ("Homs", R.ADMIN, "SY04")]


def test_possessive_and_arabic_cues(gaz: Gazetteer) -> None:
    text = "Jets struck Aleppo's eastern countryside."
    assert _mentions(gaz, text) == [("Aleppo", R.ADMIN, "SY02")]
    text = "غارات قرب حلب وفي محافظة إدلب"  # near Aleppo and in Idlib governorate
    assert _mentions(gaz, text) == [("حلب", R.NEAR, "C1007"), ("إدلب", R.ADMIN, "SY07")]


def test_rural_damascus_is_its_own_governorate(gaz: Gazetteer) -> None:
    text = "Strikes hit rural Damascus, the Damascus countryside and Damascus itself."
    assert _mentions(gaz, text) == [
        ("rural Damascus", R.ADMIN, "SY03"),
        ("Damascus countryside", R.ADMIN, "SY03"),
        ("Damascus", R.IN, "C1001"),
    ]


def test_city_of_offsets_and_between(gaz: Gazetteer) -> None:
    text = "Clashes in the city of Aleppo; a convoy was hit 10 km north of Hama."
    assert _mentions(gaz, text) == [("Aleppo", R.IN, "C1007"), ("Hama", R.OFFSET, "C2987")]
    text = "Fighting raged on the road between Homs and Hama."
    assert [rel for _, rel, _ in _mentions(gaz, text)] == [R.BETWEEN, R.BETWEEN]
    text = "Rebels shelled the outskirts of Latakia and areas near Daraa."
    assert [rel for _, rel, _ in _mentions(gaz, text)] == [R.NEAR, R.NEAR]


def test_longest_known_name_wins(gaz: Gazetteer) -> None:
    text = "Jets circled over Deir ez-Zor airport and the Tharda mountains."
    assert _mentions(gaz, text) == [
        ("Deir ez-Zor airport", R.IN, "sup-deir-ez-zor-airport"),
        ("Tharda mountains", R.IN, "sup-jabal-al-tharda"),
    ]


def test_country_and_world_places(gaz: Gazetteer) -> None:
    text = "The truce in Syria was discussed in Geneva and Moscow."
    assert _mentions(gaz, text) == [
        ("Syria", R.COUNTRY, "SY"),
        ("Geneva", R.IN, "world-geneva"),
        ("Moscow", R.IN, "world-moscow"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Spokeswoman Maria Zakharova said the talks would go on.",  # not Mare'
        "The Syrian army and Syrian officials denied it.",  # not the sub-district Suran
        "More than twenty people were hurt.",  # not Mare'
        "The Baath party held a meeting at the Industrial Center.",  # neighbourhood names
        "Al-Nusra fighters and the Center said nothing about Sarin.",
        "He prayed at the mosque as Russian jets flew over.",
        "Al Jazeera reported that Al said nothing; Bashar al-Assad met the Free Syrian Army.",
    ],
)
def test_ordinary_words_are_not_places(gaz: Gazetteer, text: str) -> None:
    assert _mentions(gaz, text) == []


def test_english_articles_stay_out_of_the_span(gaz: Gazetteer) -> None:
    text = "Talks at Aleppo stalled as Daraya emptied; the town of al-Bab was shelled."
    assert [name for name, _, _ in _mentions(gaz, text)] == ["Aleppo", "Daraya", "al-Bab"]


def test_arabic_text(gaz: Gazetteer) -> None:
    text = "قصف على ريف حلب الغربي ومدينة إدلب وبالرقة"
    assert _mentions(gaz, text) == [
        ("حلب", R.ADMIN, "SY02"),
        ("إدلب", R.IN, "C3871"),
        ("وبالرقة", R.IN, "C5710"),
    ]


def test_document_context_settles_shared_neighbourhood_names(gaz: Gazetteer) -> None:
    text = "Shells fell on Hameidiyyeh. Residents of Deir Ezzor fled the Jafra area."
    first = gaz.find_mentions(text)[0]
    assert isinstance(first, PlaceMention)
    entry = gaz.get(first.entry_id or "")
    assert entry is not None and entry.admin1_pcode == "SY09"


# --- geocode() -----------------------------------------------------------------------------


def _report(n: int, name: str | None, relation: PlaceRelation) -> Report:
    return Report(
        id=f"rep_{n}",
        document_id="doc_1",
        type=EventType.AIR_STRIKE,
        place=Place(name=name, relation=relation),
    )


def test_geocode_fills_places_and_keeps_name_and_relation() -> None:
    extraction = Extraction(
        document_id="doc_1",
        extractor="test-0",
        reports=[
            _report(1, "Deir Ezzor", R.NEAR),
            _report(2, "Hameidiyyeh", R.IN),
            _report(3, "Narnia", R.IN),
            _report(4, None, R.COUNTRY),
            _report(5, None, R.UNKNOWN),
        ],
    )
    out = geocode(extraction)
    near, shared, unknown, country, empty = (r.place for r in out.reports)
    assert (near.name, near.relation, near.admin1_pcode, near.precision) == (
        "Deir Ezzor",
        R.NEAR,
        "SY09",
        2,
    )
    assert shared.admin1_pcode == "SY09"  # settled by the document's other place
    assert (unknown.name, unknown.precision, unknown.lat) == ("Narnia", 7, None)
    assert (country.name, country.country, country.precision) == (None, "SY", 6)
    assert empty == Place()
    assert extraction.reports[0].place.admin1_pcode is None  # input left untouched
    assert [r.id for r in out.reports] == [r.id for r in extraction.reports]


# --- packaged data -------------------------------------------------------------------------


def _data(name: str) -> str:
    return resources.files("truce").joinpath("data", "gazetteer", name).read_text("utf-8")


def test_packaged_data_is_attributed_and_complete() -> None:
    main = json.loads(_data("syria.json"))
    assert "CC BY-IGO" in main["attribution"]["licence"]
    admin1 = sorted(e["id"] for e in main["entries"] if e["level"] == "admin1")
    assert admin1 == [f"SY{n:02d}" for n in range(1, 15)]
    levels = {e["level"] for e in main["entries"]}
    assert {"admin2", "admin3", "neighbourhood", "town", "country"} <= levels
    supplement = json.loads(_data("supplement.json"))
    for item in supplement["aliases"] + supplement["places"]:
        assert item.get("source"), item
    geojson = _data("syria_admin1.geojson")
    assert len(geojson.encode()) < 150_000
    assert len(json.loads(geojson)["features"]) == 14


def _build_tool() -> ModuleType:
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_files_are_up_to_date() -> None:
    pytest.importorskip("shapefile", reason="pyshp (dev extra) builds the gazetteer")
    src = shared_path("data", "ocha-syria-admin")
    tool = _build_tool()
    assert tool.check(src, tool.DEFAULT_OUT) == []
