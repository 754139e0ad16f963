"""`truce agreement add|list|check|schema`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from truce.agreements import agreement_schema, load_agreement
from truce.cli._common import FORMAT_OPTION, Format, err, handle_errors, open_store, print_json
from truce.errors import AgreementError

app = typer.Typer(
    help="Agreements as data: validate, store, list, JSON Schema.", no_args_is_help=True
)

FILES = typer.Argument(help="Agreement YAML files.")


@app.command("check")
@handle_errors
def check_cmd(files: Annotated[list[Path], FILES]) -> None:
    """Validate agreement files; print each error with its line.

    Example: truce agreement check my.yaml
    """
    failed = 0
    for path in files:
        try:
            agreement = load_agreement(path)
        except AgreementError as exc:
            failed += 1
            err.print(str(exc), markup=False)
            continue
        typer.echo(f"ok  {path}  ({agreement.id})")
    if failed:
        raise typer.Exit(1)


@app.command("add")
@handle_errors
def add_cmd(ctx: typer.Context, files: Annotated[list[Path], FILES]) -> None:
    """Validate and store agreements; nothing is stored if any file is invalid.

    Example: truce agreement add agreements/aleppo-2016.yaml
    """
    loaded = [(path, load_agreement(path)) for path in files]
    store = open_store(ctx)
    for path, agreement in loaded:
        changed = store.add_agreement(agreement, path.read_text(encoding="utf-8"))
        typer.echo(f"{'stored' if changed else 'unchanged'}  {agreement.id}")


@app.command("list")
@handle_errors
def list_cmd(ctx: typer.Context, fmt: Format = FORMAT_OPTION) -> None:
    """List stored agreements.  Example: truce agreement list --format json"""
    agreements = open_store(ctx).agreements()
    if fmt == Format.JSON:
        print_json({"agreements": [a.model_dump(mode="json") for a in agreements]})
        return
    for a in agreements:
        typer.echo(f"{a.id}  agreed {a.agreed}  {a.name}")


@app.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of the agreement YAML format."""
    print_json(agreement_schema())
