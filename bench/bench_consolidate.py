"""How fast consolidation turns reports into incidents with views, and how memory grows.

Run: .venv/bin/python bench/bench_consolidate.py [--sizes 100000 1000000]

Each size runs in a fresh interpreter (so peak RSS is that run's own). Synthetic reports
are generated lazily, with a realistic spread: 2012-2019 with waves of intensity, the 14
governorates weighted as in the war's event counts, incidents reported 1-8 times with a
day's disagreement, two-day and week windows, governorate-only and unplaced reports,
disagreeing tolls and differently worded sentences. What is timed is the library path of
`truce run` minus the database: ``truce.consolidate.consolidate`` on the stream of reports
(matching, incidents, claims), then every incident's view (provenance, merges, sources,
ledger, grade), read once each as ``consolidate_stored`` does. Report generation is timed
separately and subtracted; turning the views into JSON for the store is timed apart.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from truce.consolidate import consolidate  # noqa: E402
from truce.model import (  # noqa: E402
    Casualties,
    DatePrecision,
    EventDate,
    EventType,
    Place,
    PlaceRelation,
    Report,
    Span,
)

# (P-code, weight, centre lat, centre lon) -- weights roughly follow event counts by governorate
GOVERNORATES = [
    ("SY02", 24, 36.2, 37.2), ("SY07", 17, 35.8, 36.6), ("SY03", 12, 33.6, 36.5),
    ("SY05", 8, 35.2, 36.7), ("SY04", 8, 34.7, 37.5), ("SY12", 7, 32.8, 36.2),
    ("SY09", 6, 35.2, 40.3), ("SY11", 4, 35.9, 39.0), ("SY06", 3, 35.6, 36.0),
    ("SY08", 3, 36.5, 40.8), ("SY01", 2, 33.5, 36.3), ("SY14", 2, 33.1, 35.8),
    ("SY10", 2, 34.9, 36.0), ("SY13", 2, 32.7, 36.6),
]  # fmt: skip
TYPES = (
    [EventType.AIR_STRIKE] * 5
    + [EventType.SHELLING] * 3
    + [
        EventType.ARMED_CLASH,
        EventType.REMOTE_EXPLOSIVE,
        EventType.ATTACK_ON_CIVILIANS,
    ]
)
ACTORS = ["syrian-government", "russia", "us-led-coalition", "opposition", "isis", "sdf", "turkey"]
TARGETS = ["civilians", "opposition", "syrian-government", "isis", "aid-workers"]
VERBS = ["struck", "hit", "bombed", "pounded", "shelled", "targeted", "attacked"]
NOUNS = ["positions", "a market", "homes", "a checkpoint", "a school", "the outskirts", "a road"]
SOURCES = ["a monitor said", "activists said", "state media said", "officials said", ""]
SYLLABLES = ["kafr", "tal", "deir", "ain", "jisr", "khan", "maar", "umm", "beit", "bab"]
ENDINGS = ["abad", "un", "ara", "iya", "ash", "ul", "amra", "una", "ik", "awi"]
START = dt.date(2012, 1, 1).toordinal()
#: Reports per day on average: about 50 events a day (the busiest months of the war in
#: ACLED's counts) told by about three outlets each.
#: The period covered grows with the number of reports (100k ~ 22 months, 1M ~ 18 years),
#: as an archive does; ``--per-day`` changes the density.
PER_DAY = 150


def village(gov: str, town: int) -> str:
    return f"{SYLLABLES[town % 10].title()} {ENDINGS[(town // 10) % 10].title()}{gov[2:]}{town}"


def towns(rng: random.Random) -> dict[str, list[tuple[float, float]]]:
    """60 towns per governorate, spread over about 150 x 150 km around its centre."""
    return {
        gov: [(lat + rng.uniform(-0.7, 0.7), lon + rng.uniform(-0.9, 0.9)) for _ in range(60)]
        for gov, _, lat, lon in GOVERNORATES
    }


#: Events concentrate in a few towns of each governorate (Zipf-like weights).
TOWN_WEIGHTS = [1 / (rank + 1) ** 0.9 for rank in range(60)]


def _day(rng: random.Random, days: int) -> int:
    """Days with waves of intensity (a few offensives a year)."""
    while True:
        day = rng.randrange(days)
        if rng.random() < 0.35 + 0.65 * math.sin(day / 58.0) ** 2:
            return START + day


def _date(rng: random.Random, day: int) -> EventDate:
    roll = rng.random()
    if roll < 0.70:
        lo = hi = day
    elif roll < 0.85:
        lo = hi = day + rng.choice((-1, 1))
    elif roll < 0.95:
        lo, hi = day - rng.randrange(2), day + 1
    elif roll < 0.99:
        lo, hi = day - rng.randrange(7), day + 6
    else:
        first = dt.date.fromordinal(day).replace(day=1)
        lo, hi = first.toordinal(), first.toordinal() + 29
    if lo == hi:
        precision = DatePrecision.DAY
    else:
        precision = DatePrecision.WEEK if hi - lo >= 6 else DatePrecision.DAYS
        precision = DatePrecision.MONTH if hi - lo >= 29 else precision
    start, end = dt.date.fromordinal(lo), dt.date.fromordinal(hi)
    return EventDate.model_construct(start=start, end=end, precision=precision, basis=None)


def _place(rng: random.Random, gov: str, town: int, site: int, lat: float, lon: float) -> Place:
    """Exact site (a district of a big town, or the village), near the town, the
    governorate only, or the country only."""
    roll = rng.random()
    admin1: str | None = gov
    admin2: str | None = f"{gov}{town % 6:02d}"
    gazetteer: str | None = None
    name = village(gov, town) + (f" district {site}" if site else "")
    point: tuple[float | None, float | None] = (None, None)
    if roll < 0.55:
        name = name if rng.random() < 0.85 else name.replace("a", "e", 1)
        precision, gazetteer = 1, f"{gov}-{town}-{site}"
        lat, lon = lat + 0.01 * (site % 3), lon + 0.01 * (site // 3)
        point = (lat + rng.gauss(0, 0.002), lon + rng.gauss(0, 0.002))
    elif roll < 0.75:
        name, precision = f"near {village(gov, town)}", 2
        point = (lat + rng.gauss(0, 0.04), lon + rng.gauss(0, 0.04))
    elif roll < 0.92:
        name, precision, admin2 = f"{gov} province", 4, None
    else:
        name, precision, admin1, admin2 = "Syria", 6, None, None
    return Place.model_construct(
        name=name,
        relation=PlaceRelation.IN,
        gazetteer_id=gazetteer,
        admin1_pcode=admin1,
        admin1_name=None,
        admin2_pcode=admin2,
        admin2_name=None,
        country="SY",
        lat=point[0],
        lon=point[1],
        precision=precision,
        acled_geo_precision=None,
    )


@dataclass(frozen=True)
class _Event:
    """What one event's reports share."""

    actor: str
    target: str
    type: EventType
    detail: str  # a few specific words they all use


def _text(rng: random.Random, event: _Event, place: Place, toll: int) -> str:
    words = [
        event.actor.replace("-", " ").title(),
        rng.choice(VERBS),
        rng.choice(NOUNS),
        f"in {place.name}",
        f"killing {toll}" if toll else "",
        event.detail,
        rng.choice(SOURCES),
    ]
    return " ".join(w for w in words if w) + "."


def _report(rng: random.Random, number: int, k: int, event: _Event, day: int, place: Place,
            toll: int) -> Report:  # fmt: skip
    reported = max(0, toll + rng.choice((0, 0, 0, -1, 1, 2, -toll // 3)))
    text = _text(rng, event, place, reported)
    known = rng.random() < 0.75
    return Report.model_construct(
        id=f"rep_{number:09d}_{k}",
        document_id=f"doc_{number:09d}_{k}",
        type=event.type,
        date=_date(rng, day),
        place=place,
        actors=[event.actor] if known else [],
        targets=[event.target] if rng.random() < 0.6 else [],
        fatalities=Casualties.model_construct(low=reported, best=reported, high=reported)
        if toll
        else None,
        claims=[],
        flags=[],
        evidence=[Span.model_construct(start=0, end=len(text), text=text, document_id=None)],
        salience=0,
    )


def reports(count: int, per_day: int = PER_DAY, seed: int = 7) -> Iterator[Report]:
    """``count`` synthetic reports about ``count / per_day`` days, incidents in random order."""
    rng = random.Random(seed)
    places = towns(rng)
    days = max(1, count // per_day)
    weights = [g[1] for g in GOVERNORATES]
    made = 0
    number = 0
    while made < count:
        gov = rng.choices(GOVERNORATES, weights)[0][0]
        town = rng.choices(range(60), TOWN_WEIGHTS)[0]
        site = rng.randrange(1, 9) if town < 10 else 0  # big towns: eight districts
        lat, lon = places[gov][town]
        day = _day(rng, days)
        toll = int(rng.expovariate(1 / 8)) if rng.random() < 0.7 else 0
        event = _Event(
            rng.choice(ACTORS),
            rng.choice(TARGETS),
            rng.choice(TYPES),
            " ".join(
                f"{rng.choice(SYLLABLES)}{rng.choice(ENDINGS)}{rng.randrange(50)}" for _ in range(3)
            ),
        )
        number += 1
        for k in range(min(1 + int(rng.expovariate(1 / 1.5)), 8, count - made)):
            place = _place(rng, gov, town, site, lat, lon)
            made += 1
            yield _report(rng, number, k, event, day, place, toll)


def _truth(report_id: str) -> str:
    return report_id.rsplit("_", 1)[0]


def _pairs(sizes: Counter[object]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def run_one(size: int, per_day: int) -> dict[str, float]:
    started = time.perf_counter()
    for _ in reports(size, per_day):
        pass
    generate = time.perf_counter() - started
    started = time.perf_counter()
    result = consolidate(reports(size, per_day))
    matched = time.perf_counter() - started
    views = list(result.views)
    started = time.perf_counter()
    grades = Counter(str(result.views[i].grade) for i in views)
    viewed = time.perf_counter() - started
    started = time.perf_counter()
    for i in views[: len(views) // 10]:
        result.views[i].model_dump(mode="json")
    dump = 10 * (time.perf_counter() - started)  # a tenth, scaled: the store's part
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pred = Counter[object]()
    both = Counter[object]()
    truth = Counter[object]()
    for incident in result.incidents:
        for report_id in incident.report_ids:
            pred[incident.id] += 1
            both[(incident.id, _truth(report_id))] += 1
            truth[_truth(report_id)] += 1
    tp, said, real = _pairs(both), _pairs(pred), _pairs(truth)
    return {
        "reports": float(size),
        "incidents": float(len(result.incidents)),
        "generate_s": generate,
        "consolidate_s": max(matched - generate, 1e-9),
        "views_s": viewed,
        "total_s": max(matched - generate, 1e-9) + viewed,
        "dump_s": dump,
        "peak_rss_mib": peak,
        "precision": tp / said if said else 1.0,
        "recall": tp / real if real else 1.0,
        "weak_share": grades["weak"] / max(1, len(views)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--per-day", type=int, default=PER_DAY, help="reports per day")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.per_day)))
        return 0
    rows = []
    for size in sorted(set(args.sizes)):
        command = [sys.executable, __file__, "--one", str(size), "--per-day", str(args.per_day)]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        rows.append(json.loads(done.stdout))
    print("consolidate s: consolidate() on the report stream (generation subtracted);")
    print("views s: building every incident view once; total = both; JSON s: views to JSON")
    print("pair P/R: pairwise precision/recall against the generator's own incidents")
    print(f"{'reports':>10} {'incidents':>10} {'consol. s':>9} {'views s':>8} {'total s':>8} "
          f"{'reports/s':>10} {'peak MiB':>9} {'pair P':>7} {'pair R':>7} {'JSON s':>7} "
          f"{'generate s':>10}")  # fmt: skip
    for row in rows:
        rate = row["reports"] / row["total_s"]
        print(
            f"{row['reports']:>10,.0f} {row['incidents']:>10,.0f} {row['consolidate_s']:>9.1f} "
            f"{row['views_s']:>8.1f} {row['total_s']:>8.1f} {rate:>10,.0f} "
            f"{row['peak_rss_mib']:>9,.0f} {row['precision']:>7.3f} {row['recall']:>7.3f} "
            f"{row['dump_s']:>7.1f} {row['generate_s']:>10.1f}"
        )
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        growth = (last["total_s"] / first["total_s"]) / (last["reports"] / first["reports"])
        print(
            f"time per report, {last['reports']:,.0f} vs {first['reports']:,.0f}: x{growth:.2f}"
            " (1.00 = linear)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
