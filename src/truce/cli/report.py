"""`truce report`: the daily situation report, or a period summary."""

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
        date: Annotated[str | None, typer.Option("--date", help="Report day, YYYY-MM-DD.")] = None,
        first: Annotated[
            str | None, typer.Option("--from", help="Period summary: first day, YYYY-MM-DD.")
        ] = None,
        last: Annotated[
            str | None, typer.Option("--to", help="Period summary: last day, YYYY-MM-DD.")
        ] = None,
        out: Annotated[
            Path | None, typer.Option(help="Output file; .md for Markdown, else HTML.")
        ] = None,
        days: Annotated[int, typer.Option(min=1, help="Days covered, ending on --date.")] = 3,
    ) -> None:
        """Write a self-contained situation report (HTML, or Markdown for a .md file).

        Examples:

          truce report --date 2016-09-19 --out report.html

          truce report --date 2016-09-19 --out report.md

          truce report --from 2016-09-12 --to 2016-09-19 --out week.html
        """
        if date is not None and (first or last):
            raise typer.BadParameter("give --date, or --from and --to, not both")
        if date is None and not (first and last):
            raise typer.BadParameter("give --date D, or --from A --to B for a period summary")
        day = parse_date(date or last or "", option="--date" if date else "--to")
        start = parse_date(first, option="--from") if first else None
        name = f"report-{day.isoformat()}" if start is None else f"summary-{start}-to-{day}"
        target = out or Path(f"{name}.html")
        path = write_report(open_store(ctx, create=False), day, target, days=days, first=start)
        typer.echo(f"report: {path}")
