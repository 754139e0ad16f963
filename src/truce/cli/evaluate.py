"""`truce eval`: accuracy against golden data, checked against stored floors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from truce.cli._common import FORMAT_OPTION, Format, handle_errors, print_json
from truce.errors import ConfigError
from truce.evaluate import below_floors, evaluate

SCENARIOS = Path("eval/scenarios")
PAIRS = Path("eval/pairs/fakes-2016.csv")
ARTICLES = Path("eval/articles")
COUNTS = {"articles", "events", "positives", "tp", "fp", "fn"}  # printed as whole numbers


def _given_or_default(given: Path | None, default: Path, option: str) -> Path | None:
    """A path the user gave must exist; the repository default is used when present."""
    if given is None:
        return default if default.exists() else None
    if not given.exists():
        raise ConfigError(f"{given}: not found", hint=f"check {option}")
    return given


def register(app: typer.Typer) -> None:
    @app.command("eval")
    @handle_errors
    def eval_cmd(
        shared: Annotated[
            Path, typer.Option(help="Folder with seed/ and data/fakes/dev.csv.")
        ] = Path("../shared"),
        floors: Annotated[
            Path | None, typer.Option(help="Floors JSON; exit 1 if any metric is below.")
        ] = None,
        limit: Annotated[int | None, typer.Option(help="Only the first N FA-KES rows.")] = None,
        scenarios: Annotated[
            Path | None,
            typer.Option(help=f"Labelled report sets for consolidation [default: {SCENARIOS}]."),
        ] = None,
        pairs: Annotated[
            Path | None,
            typer.Option(help=f"FA-KES same-incident pairs [default: {PAIRS}]."),
        ] = None,
        articles: Annotated[
            Path | None,
            typer.Option(help=f"Hand-annotated articles, every field [default: {ARTICLES}]."),
        ] = None,
        fmt: Format = FORMAT_OPTION,
    ) -> None:
        """Measure extraction accuracy per field, and consolidation's pairwise scores.

        Run from a clone: the project's sets (eval/articles, eval/scenarios, eval/pairs)
        are read from the working folder unless given; a set not found is not measured.

        Example: truce eval --shared ../shared --floors eval/floors.json
        """
        found = shared if (shared / "seed" / "golden.json").exists() else None
        if found is None:
            typer.echo(
                f"note: {shared}: no seed/golden.json; seed and FA-KES not measured", err=True
            )
        results = evaluate(
            found,
            fakes_limit=limit,
            scenarios=_given_or_default(scenarios, SCENARIOS, "--scenarios"),
            pairs=_given_or_default(pairs, PAIRS, "--pairs"),
            articles=_given_or_default(articles, ARTICLES, "--articles"),
        )
        if not results:
            raise ConfigError("nothing to measure", hint="pass --shared PATH or --articles PATH")
        if fmt == Format.JSON:
            print_json(results)
        else:
            for corpus, metrics in results.items():
                for name, value in metrics.items():
                    shown = f"{value:.0f}" if name.rsplit("_")[-1] in COUNTS else f"{value:.3f}"
                    typer.echo(f"{corpus:<13} {name:<24} {shown}")
        if floors is not None:
            failures = below_floors(results, json.loads(floors.read_text(encoding="utf-8")))
            for failure in failures:
                typer.echo(f"below floor: {failure}", err=True)
            if failures:
                raise typer.Exit(1)
