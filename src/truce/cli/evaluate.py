"""`truce eval`: accuracy against golden data, checked against stored floors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from truce.cli._common import FORMAT_OPTION, Format, handle_errors, print_json
from truce.errors import ConfigError
from truce.evaluate import below_floors, evaluate


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
        fmt: Format = FORMAT_OPTION,
    ) -> None:
        """Measure extraction accuracy per field.

        Example: truce eval --shared ../shared --floors eval/floors.json
        """
        if not (shared / "seed" / "golden.json").exists():
            raise ConfigError(f"{shared}: no seed/golden.json here", hint="pass --shared PATH")
        results = evaluate(shared, fakes_limit=limit)
        if fmt == Format.JSON:
            print_json(results)
        else:
            for corpus, metrics in results.items():
                for name, value in metrics.items():
                    typer.echo(f"{corpus:<6} {name:<24} {value:.3f}")
        if floors is not None:
            failures = below_floors(results, json.loads(floors.read_text(encoding="utf-8")))
            for failure in failures:
                typer.echo(f"below floor: {failure}", err=True)
            if failures:
                raise typer.Exit(1)
