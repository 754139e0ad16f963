"""The `truce` command line: parse arguments, call one library function, render.

Commands live one group per module; none holds pipeline logic.
"""

from __future__ import annotations

from typing import Annotated

import typer

from truce import __version__
from truce.cli import agreement, assess, evaluate, extract, incidents, pipeline, places, report
from truce.cli._common import state
from truce.geocode import about

EPILOG = """\b
Examples:
  truce init                          create ./truce.db with the packaged agreements
  truce ingest reports/ article.md    store documents (each once)
  truce run                           extract, geocode, consolidate, assess
  truce report --date 2016-09-19 --out report.html
  truce --db /data/syria.db incidents list --format json
"""

app = typer.Typer(
    name="truce",
    help="Truce Monitor: monitor and verify ceasefires from news, monitors' reports and data.",
    epilog=EPILOG,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"truce-monitor {__version__}")
        for line in about():
            typer.echo(line)
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="TRUCE_DB",
            help="Database file or SQLAlchemy URL (default ./truce.db).",
            show_default=False,
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    """Truce Monitor: agreements as data, sourced incidents, neutral findings."""
    state(ctx).update(db=db, debug=debug)


pipeline.register(app)
extract.register(app)
report.register(app)
assess.register(app)
evaluate.register(app)
app.add_typer(agreement.app, name="agreement")
app.add_typer(incidents.app, name="incidents")
app.add_typer(incidents.findings_app, name="findings")
app.add_typer(places.app, name="places")


def main() -> None:
    app()


__all__ = ["app", "main"]
