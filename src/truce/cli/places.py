"""`truce places resolve|search`: the gazetteer from the command line."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from truce.cli._common import FORMAT_OPTION, Format, handle_errors, print_json
from truce.geocode import Entry, default_gazetteer, resolve_text
from truce.jsonout import place_json
from truce.model import Place

app = typer.Typer(
    help="Gazetteer: resolve a place description, search place names.", no_args_is_help=True
)

LIMIT = typer.Option("--limit", "-n", min=1, max=100, help="How many candidates at most.")


@app.command("resolve")
@handle_errors
def resolve_cmd(
    text: Annotated[str, typer.Argument(help="A place as a text gives it.")],
    limit: Annotated[int, LIMIT] = 5,
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Rank the places a description may mean; an unknown name gives none.

    Each candidate has the fields of an extracted event's place (docs/json.md) plus its
    gazetteer id and a score (100 = the name exactly as known).

    Example: truce places resolve "outside the eastern city of Deir Ezzor" --format json
    """
    ranked = resolve_text(default_gazetteer(), _nonempty(text), limit)
    if fmt == Format.JSON:
        print_json({"candidates": [candidate_json(place, score) for place, score in ranked]})
        return
    if not ranked:
        typer.echo(f"no known place in {text!r}")
        return
    for place, score in ranked:
        typer.echo(_place_line(place, score))


@app.command("search")
@handle_errors
def search_cmd(
    name: Annotated[str, typer.Argument(help="A place name, any spelling or script.")],
    limit: Annotated[int, LIMIT] = 10,
    fmt: Format = FORMAT_OPTION,
) -> None:
    """List gazetteer entries a name may denote, in Syria and abroad, best first.

    Example: truce places search Hameidiyyeh --format json
    """
    found = default_gazetteer().search(_nonempty(name), limit=limit)
    if fmt == Format.JSON:
        print_json({"places": [entry_json(entry, score) for entry, score in found]})
        return
    if not found:
        typer.echo(f"no place named {name!r}")
        return
    typer.echo(f"{'score':>5}  {'id':<12} {'level':<13} {'admin1':<6} {'cc':<2}  name")
    for entry, score in found:
        typer.echo(
            f"{score:5.1f}  {entry.id:<12} {entry.level:<13} {entry.admin1_pcode or '-':<6} "
            f"{entry.country:<2}  {_entry_name(entry)}"
        )


def candidate_json(place: Place, score: float) -> dict[str, Any]:
    """A resolved place: the event place shape plus ``gazetteer_id`` and ``score``."""
    return {**place_json(place), "gazetteer_id": place.gazetteer_id, "score": score}


def entry_json(entry: Entry, score: float) -> dict[str, Any]:
    """One gazetteer entry as ``truce places search`` prints it."""
    return {
        "id": entry.id,
        "name": entry.name,
        "name_ar": entry.name_ar,
        "level": entry.level,
        "country": entry.country,
        "admin1_pcode": entry.admin1_pcode,
        "admin1_name": entry.admin1_name,
        "admin2_pcode": entry.admin2_pcode,
        "admin2_name": entry.admin2_name,
        "lat": entry.lat,
        "lon": entry.lon,
        "population": entry.population or None,
        "source": entry.source,
        "score": score,
    }


def _nonempty(value: str) -> str:
    if not value.strip():
        raise typer.BadParameter("give a place name or description")
    return value


def _entry_name(entry: Entry) -> str:
    where = ", ".join(p for p in (entry.admin2_name, entry.admin1_name) if p)
    return f"{entry.name} ({where})" if where else entry.name


def _place_line(place: Place, score: float) -> str:
    point = f"{place.lat:.4f},{place.lon:.4f}" if place.lat is not None else "-"
    where = " / ".join(p for p in (place.admin1_name, place.admin2_name) if p) or "-"
    return (
        f"{score:5.1f}  {place.gazetteer_id or '-':<12} {place.relation.value:<8} "
        f"prec {place.precision}  {point:<17}  {place.country or '-':<2}  {where}"
    )
