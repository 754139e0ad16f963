"""`truce init`, `truce ingest`, `truce run`, `truce demo`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from truce.cli._common import (
    FORMAT_OPTION,
    JOBS_OPTION,
    Format,
    err,
    handle_errors,
    open_store,
    print_json,
)
from truce.demo import run_demo
from truce.pipeline import IngestSummary, ensure_agreements, ingest_paths, run


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[item]}"),
        console=err,
        transient=True,
    )


def _say(message: str) -> None:
    err.print(f"… {message}", markup=False)


def _count_files(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        total += sum(1 for p in path.rglob("*") if p.is_file()) if path.is_dir() else 1
    return total


def _ingest_with_progress(store_ctx: typer.Context, paths: list[Path]) -> IngestSummary:
    store = open_store(store_ctx)
    with _progress() as bar:
        task = bar.add_task("ingest", total=_count_files(paths), item="")
        return ingest_paths(
            store, paths, on_file=lambda p: bar.update(task, advance=1, item=p.name)
        )


def _print_ingest(summary: IngestSummary, fmt: Format) -> None:
    if fmt == Format.JSON:
        print_json(
            {
                "stored": [{"id": d.id, "path": d.path, "title": d.title} for d in summary.stored],
                "duplicates": [{"id": d.id, "path": d.path} for d in summary.duplicates],
                "rejected": [
                    {"path": r.path, "reason": r.reason, "line": r.line} for r in summary.rejected
                ],
            }
        )
        return
    for doc in summary.stored:
        typer.echo(f"stored     {doc.id}  {doc.path}  {doc.title or ''}")
    for doc in summary.duplicates:
        typer.echo(f"unchanged  {doc.id}  {doc.path}  (already stored)")
    for rej in summary.rejected:
        where = f"{rej.path}:{rej.line}" if rej.line else rej.path
        err.print(f"rejected   {where}: {rej.reason}", markup=False)
    typer.echo(
        f"{len(summary.stored)} stored, {len(summary.duplicates)} already stored, "
        f"{len(summary.rejected)} rejected"
    )


def register(app: typer.Typer) -> None:
    @app.command("init")
    @handle_errors
    def init_cmd(
        ctx: typer.Context,
        agreements: Annotated[
            bool, typer.Option(help="Also store the packaged agreements.")
        ] = True,
    ) -> None:
        """Create (or migrate) the database.  Example: truce --db monitor.db init"""
        store = open_store(ctx)
        added = ensure_agreements(store) if agreements else []
        typer.echo(f"database ready: {store.url}")
        for agreement_id in added:
            typer.echo(f"agreement added: {agreement_id}")

    @app.command("ingest")
    @handle_errors
    def ingest_cmd(
        ctx: typer.Context,
        paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt .md .html).")],
        fmt: Format = FORMAT_OPTION,
    ) -> None:
        """Store documents, each once; list skipped and rejected files.

        Example: truce ingest reports/ extra/article.md
        Exit code 1 when any input was rejected (the good ones are still stored).
        """
        summary = _ingest_with_progress(ctx, paths)
        _print_ingest(summary, fmt)
        if summary.rejected:
            raise typer.Exit(1)

    @app.command("run")
    @handle_errors
    def run_cmd(
        ctx: typer.Context,
        paths: Annotated[
            list[Path] | None, typer.Argument(help="Optional files or folders to ingest first.")
        ] = None,
        jobs: Annotated[int, JOBS_OPTION] = 1,
        fmt: Format = FORMAT_OPTION,
    ) -> None:
        """Run ingest (if paths), extract, geocode, consolidate, assess.

        Examples: truce run reports/   then   truce report --date 2016-09-19
                  truce run --jobs 0 big-archive/   (extract on every core)
        """
        store = open_store(ctx)
        summary = run(store, paths or [], progress=_say, jobs=jobs)
        if summary.ingest is not None:
            _print_ingest(summary.ingest, Format.TEXT if fmt == Format.TEXT else fmt)
        counts = {
            "documents": summary.documents,
            "reports": summary.reports,
            "incidents": summary.incidents,
            "findings": summary.findings,
        }
        if fmt == Format.JSON:
            print_json(counts)
        else:
            typer.echo(", ".join(f"{v} {k}" for k, v in counts.items()))

    @app.command("demo")
    @handle_errors
    def demo_cmd(
        out: Annotated[Path, typer.Option(help="Where to write the HTML report.")] = Path(
            "demo-output/report-2016-09-19.html"
        ),
        db: Annotated[Path, typer.Option(help="Fresh demo database (replaced).")] = Path(
            "demo-output/demo.db"
        ),
    ) -> None:
        """Run everything on the packaged Sep 2016 demo; write the report."""
        path = run_demo(db=db, out=out, progress=_say)
        typer.echo(f"report: {path}")
