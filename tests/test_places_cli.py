"""`truce places resolve|search` through typer's CliRunner.

Expected codes: OCHA P-codes (SY09 Deir-ez-Zor, SY05 Hama), OCHA city code C5086 (Deir
ez-Zor city), GeoNames' Tripoli, Lebanon (gn-266826); see tests/test_geocode.py.
"""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

from truce.cli import app as main_app
from truce.cli.places import app
from truce.jsonout import place_json
from truce.model import Place

runner = CliRunner()
PLACE_FIELDS = set(place_json(Place()))


def _json(*args: str) -> Any:
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_resolve_ranks_candidates_with_event_place_fields() -> None:
    out = _json("resolve", "outside the eastern city of Deir Ezzor")
    assert list(out) == ["candidates"]
    first, *rest = out["candidates"]
    assert PLACE_FIELDS | {"score", "gazetteer_id"} == set(first)
    assert (first["name"], first["relation"], first["admin1_pcode"]) == (
        "Deir Ezzor",
        "near",
        "SY09",
    )
    assert (first["gazetteer_id"], first["precision"], first["acled_geo_precision"]) == (
        "C5086",
        2,
        2,
    )
    assert abs(first["lat"] - 35.33) < 0.05 and abs(first["lon"] - 40.14) < 0.05
    assert rest and all(c["score"] <= first["score"] for c in rest)
    assert "SY09" in {c["gazetteer_id"] for c in rest}  # the governorate is a candidate too


def test_resolve_lower_case_text_and_relations() -> None:
    first = _json("resolve", "outside deir ezzor")["candidates"][0]
    assert (first["gazetteer_id"], first["relation"]) == ("C5086", "near")
    offset = _json("resolve", "10 km north of Hama")["candidates"][0]
    assert (offset["relation"], offset["admin1_pcode"], offset["precision"]) == (
        "offset",
        "SY05",
        2,
    )
    assert 35.2 < offset["lat"] < 35.25  # Hama is at ~35.135N: 10 km is ~0.09 degrees
    assert _json("resolve", "Tripoli, Lebanon")["candidates"][0]["gazetteer_id"] == "gn-266826"


def test_resolve_unknown_name_gives_an_empty_list() -> None:
    assert _json("resolve", "Narnia Heights") == {"candidates": []}
    result = runner.invoke(app, ["resolve", "Narnia Heights"])
    assert result.exit_code == 0 and "no known place" in result.stdout


def test_resolve_text_output_is_one_line_per_candidate() -> None:
    result = runner.invoke(app, ["resolve", "Idlib province", "--limit", "2"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and "SY07" in lines[0] and "prec 4" in lines[0]


def test_search_lists_entries_in_syria_and_abroad() -> None:
    places = _json("search", "Hameidiyyeh", "--limit", "20")["places"]
    assert {p["country"] for p in places} == {"SY", "IR"}
    neighbourhoods = [p for p in places if p["level"] == "neighbourhood"]
    assert len({p["admin1_pcode"] for p in neighbourhoods}) == 5
    assert {"id", "name", "level", "admin1_pcode", "lat", "lon", "source", "score"} <= set(
        places[0]
    )
    result = runner.invoke(app, ["search", "Hameidiyyeh"])
    assert result.exit_code == 0 and result.stdout.startswith("score")
    assert "N0425" in result.stdout  # Deir ez-Zor's Hameidiyyeh
    assert _json("search", "Foobarstan") == {"places": []}


def test_empty_name_is_a_usage_error() -> None:
    result = runner.invoke(app, ["search", "  "])
    assert result.exit_code == 2


def test_places_is_a_truce_command() -> None:
    result = runner.invoke(main_app, ["places", "resolve", "Idlib", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["candidates"][0]["admin1_pcode"] == "SY07"
