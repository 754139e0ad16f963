"""Bulk assessment: 1,000,000 incidents x 20 agreements with 100 zones in all.

Run: .venv/bin/python bench/bench_assess.py [--incidents N] [--agreements M] [--repeat R]

Measures ``truce.assess.assess_many`` (the vectorised classification that
``truce.assess.assess`` uses for every finding's status) on a columnar
``IncidentTable`` built from random arrays, plus building that table. Prints
seconds and peak RSS (``ru_maxrss`` of this process, which includes numpy and
shapely). Goal on the 2-core machine: under 10 s and 1.5 GB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import resource
import statistics
import time

import numpy as np

from truce.actors import load_actors
from truce.assess import IncidentTable, assess_many
from truce.assess.bulk import EVENT_TYPES, STATUSES, stance_bit
from truce.assess.timing import day_number
from truce.model import Agreement, EventType, Stance

ACTORS = ("syrian-government", "opposition", "russia", "us-led-coalition", "isis", "jfs",
          "civilians", "aid-workers", "sdf", "turkey")  # fmt: skip
ADMIN1 = tuple(f"SY{n:02d}" for n in range(1, 15))
ZONES_PER_AGREEMENT = 5


def _zone(rng: np.random.Generator, n: int) -> dict[str, object]:
    lon, lat = float(rng.uniform(36.0, 41.5)), float(rng.uniform(32.8, 36.8))
    kind = n % 3
    if kind == 0:
        geometry: dict[str, object] = {"type": "Point", "coordinates": [lon, lat]}
    elif kind == 1:
        geometry = {"type": "LineString", "coordinates": [[lon, lat], [lon + 0.08, lat - 0.05]]}
    else:
        d = 0.05
        ring = [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]
        geometry = {"type": "Polygon", "coordinates": [ring]}
    return {"id": f"z{n}", "name": f"Zone {n}", "geometry": geometry, "buffer_km": 2.0 + n % 4}


def agreement(n: int, rng: np.random.Generator) -> Agreement:
    start = dt.datetime(2015, 1, 1, 19) + dt.timedelta(days=30 * n)
    zones = [_zone(rng, n * ZONES_PER_AGREEMENT + k) for k in range(ZONES_PER_AGREEMENT)]
    return Agreement.model_validate(
        {
            "id": f"bench-{n}",
            "name": f"Bench truce {n}",
            "agreed": (start - dt.timedelta(days=3)).date(),
            "timezone": "Asia/Damascus",
            "brokers": [{"id": "russia", "name": "Russia", "actors": ["russia"]},
                        {"id": "us", "name": "United States", "actors": ["us-led-coalition"]}],
            "parties": [{"id": "gov", "name": "Government", "actors": ["syrian-government"]},
                        {"id": "opp", "name": "Opposition", "actors": ["opposition"]}],
            "excluded": [{"id": "isis", "name": "Islamic State", "actors": ["isis"]}],
            "periods": [
                {"id": "p1", "start": start, "end": start + dt.timedelta(days=40)},
                {"id": "p2", "start": start + dt.timedelta(days=60), "until_declared_over": True},
            ],
            "zones": zones,
            "prohibited_acts": [
                {"id": "no-attacks", "clause": "no attacks", "by": ["parties", "brokers"],
                 "against": ["parties", "civilians", "aid"],
                 "event_types": ["air_strike", "shelling", "armed_clash"]},
                {"id": "zones", "clause": "no fire in zones", "by": ["parties"],
                 "against": ["any"], "event_types": ["shelling", "attack_on_civilians"],
                 "zones": [z["id"] for z in zones]},
            ],
            "permitted_acts": [{"id": "excl", "clause": "excluded may be struck",
                                "event_types": ["air_strike", "shelling"]}],
        }
    )  # fmt: skip


def table(n: int, rng: np.random.Generator) -> IncidentTable:
    """Random incidents over 2015-2017, a third known to a point, a third to ~25 km."""
    first = day_number(dt.date(2015, 1, 1))
    day = rng.integers(first, first + 3 * 365, n)
    span = rng.choice([0, 0, 0, 1, 2, 6], n)
    undated = rng.random(n) < 0.02
    lo = np.where(undated, -(2**60), day * 1440)
    hi = (day + span + 1) * 1440
    precision = rng.choice(np.array([1, 2, 4, 6], dtype=np.int8), n)
    lon = np.where(precision <= 2, rng.uniform(35.8, 42.0, n), np.nan)
    lat = np.where(precision <= 2, rng.uniform(32.5, 37.2, n), np.nan)
    actors = rng.integers(-1, len(ACTORS), (n, 2), dtype=np.int32)
    targets = rng.integers(-1, len(ACTORS), (n, 2), dtype=np.int32)
    bits = [stance_bit(s) for s in (Stance.ACCUSES, Stance.DENIES, Stance.ACCIDENTAL)]
    stances = rng.choice(np.array([0, *bits], dtype=np.int32), n)
    return IncidentTable(
        event_type=rng.integers(0, len(EVENT_TYPES), n, dtype=np.int16),
        ev_lo=lo.astype(np.int64),
        ev_hi=hi.astype(np.int64),
        lon=lon,
        lat=lat,
        precision=precision,
        admin1=np.where(precision <= 4, rng.integers(0, len(ADMIN1), n), -1).astype(np.int16),
        actors=actors,
        targets=targets,
        stances=stances,
        actor_ids=ACTORS,
        admin1_codes=ADMIN1,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--agreements", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rng = np.random.default_rng(20160919)
    agreements = [agreement(n, rng) for n in range(args.agreements)]
    catalogue = load_actors()
    t0 = time.perf_counter()
    incidents = table(args.incidents, rng)
    build = time.perf_counter() - t0
    runs = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        matrix = assess_many(incidents, agreements, catalogue)
        runs.append(time.perf_counter() - t0)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    zones = sum(len(a.zones) for a in agreements)
    counts = np.bincount(matrix.status[matrix.status >= 0].ravel(), minlength=len(STATUSES))
    print(f"incidents {args.incidents:,}  agreements {len(agreements)}  zones {zones}  "
          f"event types {len(EventType)}")  # fmt: skip
    print(f"random table built in {build:.2f} s (not part of the assessment)")
    print(
        f"assess_many: median {statistics.median(runs):.2f} s "
        f"[{min(runs):.2f}..{max(runs):.2f}] over {len(runs)} run(s); "
        f"{args.incidents * len(agreements) / statistics.median(runs) / 1e6:.1f}M pairs/s"
    )
    print(f"peak RSS {peak_mib:,.0f} MiB ({peak_mib / 1024:.2f} GiB)")
    print(
        "findings: "
        + ", ".join(f"{s.value} {int(c):,}" for s, c in zip(STATUSES, counts, strict=True))
    )
    print(f"contested incidents: {int(matrix.contested.sum()):,}")
    ok = statistics.median(runs) < 10 and peak_mib < 1.5 * 1024 and math.isfinite(build)
    print("goal (< 10 s, < 1.5 GB):", "met" if ok else "NOT met")


if __name__ == "__main__":
    main()
