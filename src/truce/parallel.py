"""Per-document work spread over processes, output in input order.

Extraction is pure and CPU-bound (regular expressions and Python, so threads do not
help): on a machine with N cores, N processes read N documents at once. Workers are
*spawned*, not forked, so that no open database connection or file lock of the caller
is carried into them; each loads the lexicon and gazetteer once (``warm``). Items go to
the pool in bounded batches, so a million-line input never sits in memory at once, and
results come back in input order, so ``jobs`` never changes the output.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Items handed to each worker per round trip (amortises pickling and scheduling).
CHUNK = 16


def available_jobs() -> int:
    """Cores this process may use (``--jobs 0`` means this many)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def ordered_map(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int = 1,
    warm: Callable[[], object] | None = None,
) -> Iterator[R]:
    """``map(func, items)``, over ``jobs`` worker processes when ``jobs`` > 1 (0: one per
    core). ``func`` and ``warm`` must be module-level functions (they are sent by name)."""
    jobs = available_jobs() if jobs == 0 else jobs
    if jobs <= 1:
        yield from map(func, items)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=warm) as pool:
        source = iter(items)
        while batch := list(islice(source, jobs * CHUNK * 4)):
            yield from pool.map(func, batch, chunksize=CHUNK)
