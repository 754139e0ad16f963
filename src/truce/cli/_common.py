"""What every command shares: opening the store, output, turning errors into exit codes.

The library raises ``TruceError``; ``handle_errors`` is the one place that turns it
into a message on stderr and exit code 1 (a traceback only with ``--debug``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from truce.errors import TruceError
from truce.store import Store

P = ParamSpec("P")
R = TypeVar("R")

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"


FORMAT_OPTION = typer.Option(
    Format.TEXT, "--format", "-f", help="text for people, json for programs."
)
#: For ``Annotated[int, JOBS_OPTION] = 1``: extraction processes (same output for any N).
JOBS_OPTION = typer.Option(
    "--jobs", "-j", min=0, help="Processes for extraction; 0 = one per core.", metavar="N"
)


def state(ctx: typer.Context) -> dict[str, Any]:
    root = ctx.find_root()
    if root.obj is None:
        root.obj = {}
    obj: dict[str, Any] = root.obj
    return obj


def open_store(ctx: typer.Context, *, create: bool = True) -> Store:
    return Store(state(ctx).get("db"), create=create)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n")


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Library errors -> one clear message and exit 1."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except TruceError as exc:
            ctx = next((a for a in args if isinstance(a, typer.Context)), None)
            ctx = ctx or kwargs.get("ctx")  # type: ignore[assignment]
            if isinstance(ctx, typer.Context) and state(ctx).get("debug"):
                raise
            err.print(f"[bold red]error[/] {escape(str(exc))}")
            if exc.hint:
                err.print(f"hint: {exc.hint}", markup=False)
            raise typer.Exit(1) from None

    return wrapper


def parse_date(value: str, *, option: str) -> dt.date:
    """A YYYY-MM-DD option value, or a usage error naming the option."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date like 2016-09-19", param_hint=option
        ) from None
