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
COUNTS = {"articles", "positives", "tp", "fp", "fn"}  # printed as whole numbers


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
        fmt: Format = FORMAT_OPTION,
    ) -> None:
        """Measure extraction accuracy per field, and consolidation's pairwise scores.

        Run from a clone: the consolidation sets (eval/scenarios, eval/pairs) are read
        from the working folder unless given; without them consolidation is not measured.

        Example: truce eval --shared ../shared --floors eval/floors.json
        """
        if not (shared / "seed" / "golden.json").exists():
            raise ConfigError(f"{shared}: no seed/golden.json here", hint="pass --shared PATH")
        results = evaluate(
            shared,
            fakes_limit=limit,
            scenarios=_given_or_default(scenarios, SCENARIOS, "--scenarios"),
            pairs=_given_or_default(pairs, PAIRS, "--pairs"),
        )
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
