"""The packaged demo: sample reports about 12-20 September 2016, run end to end.

The samples in ``data/demo`` are written for this project in its own words from
publicly reported facts; their source names end in "(sample)".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from truce.pipeline import run
from truce.report import write_report
from truce.store import Store

DEMO_DAY = dt.date(2016, 9, 19)


def demo_folder() -> Path:
    return Path(str(resources.files("truce").joinpath("data", "demo")))


def run_demo(
    *,
    db: str | Path,
    out: str | Path,
    day: dt.date = DEMO_DAY,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Fresh store at ``db``, demo ingested and assessed, report for ``day`` at ``out``."""
    db_path = Path(db)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    with Store(db_path) as store:
        run(store, [demo_folder()], progress=progress)
        return write_report(store, day, out)
