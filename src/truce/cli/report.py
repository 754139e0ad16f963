"""`truce report`: the daily situation report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from truce.cli._common import handle_errors, open_store, parse_date
from truce.report import write_report


def register(app: typer.Typer) -> None:
    @app.command("report")
    @handle_errors
    def report_cmd(
        ctx: typer.Context,
        date: Annotated[str, typer.Option("--date", help="Report day, YYYY-MM-DD.")],
        out: Annotated[Path | None, typer.Option(help="Output file (.html or .md).")] = None,
        days: Annotated[int, typer.Option(min=1, help="Days covered, ending on --date.")] = 3,
    ) -> None:
        """Write a self-contained situation report for one day.

        Example: truce report --date 2016-09-19 --out report.html
        """
        day = parse_date(date, option="--date")
        target = out or Path(f"report-{day.isoformat()}.html")
        path = write_report(open_store(ctx, create=False), day, target, days=days)
        typer.echo(f"report: {path}")
