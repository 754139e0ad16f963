"""How many FA-KES date labels can be reached from the article text at all.

The FA-KES ``date`` label comes from a casualty record, not from the article; the
eval counts a hit when the first event's date range covers the label +/- 1 day. This
audit reads every date the article *states* with its own small parser, independent of
the extractor, and sorts each label into:

- ``stated``: within 1 day of a stated date;
- ``week before``: 2-8 days before a stated date (a "Tuesday" or "last week" read
  against a dateline could reach it);
- ``no date in text``: the article states no full date (the year cannot be known);
- ``far``: more than 8 days before, or more than 1 day after, every stated date.

The parser is generous so that the ceiling is an upper bound: day/month order is read
both ways for numeric dates, and any stated date counts, not only the event's. The
share ``stated + week before`` is what any extractor true to the text could score at
most. Run: ``python tools/fakes_date_audit.py [--shared ../shared]``. Prints counts
only; no article text is written anywhere.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
MONTHS = {name[:3]: number for number, name in enumerate(_MONTH_NAMES, start=1)}
MONTHS |= {name: number for number, name in enumerate(_MONTH_NAMES, start=1)} | {"sept": 9}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# Each pattern yields (year, month, day) groups in its own order.
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\.?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s*(\d{{4}})(?!\d)", re.IGNORECASE
)
# Pages glue text to dates ("21.08.2013Get short URL"): a date ends where digits do.
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
CLASSES = ("stated", "week before", "no date in text", "far")


def stated_dates(text: str) -> set[dt.date]:
    """Every calendar date written out in ``text`` (numeric ones read both ways)."""
    found: list[tuple[int, int, int]] = []
    for m in _DAY_MONTH_YEAR.finditer(text):
        found.append((int(m[3]), MONTHS[m[2].lower()], int(m[1])))
    for m in _MONTH_DAY_YEAR.finditer(text):
        found.append((int(m[3]), MONTHS[m[1].lower()], int(m[2])))
    for m in _ISO.finditer(text):
        found.append((int(m[1]), int(m[2]), int(m[3])))
    for m in _NUMERIC.finditer(text):
        found += [(int(m[3]), int(m[2]), int(m[1])), (int(m[3]), int(m[1]), int(m[2]))]
    dates = set()
    for year, month, day in found:
        try:
            dates.add(dt.date(year, month, day))
        except ValueError:
            continue  # "31.02.2016" or a day/month order that does not exist
    return dates


def classify(label: dt.date, dates: Iterable[dt.date]) -> str:
    """Where ``label`` stands against the dates an article states (one of CLASSES)."""
    offsets = [(date - label).days for date in dates]
    if not offsets:
        return "no date in text"
    if any(abs(days) <= 1 for days in offsets):
        return "stated"
    if any(2 <= days <= 8 for days in offsets):
        return "week before"
    return "far"


def audit(rows: Iterable[dict[str, str]]) -> Counter[str]:
    """Count the FA-KES rows of each class."""
    counts: Counter[str] = Counter()
    for row in rows:
        month, day, year = (int(part) for part in row["date"].split("/"))
        text = f"{row['article_title']}\n{row['article_content']}"
        counts[classify(dt.date(year, month, day), stated_dates(text))] += 1
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    path = args.shared / "data" / "fakes" / "dev.csv"
    if not path.exists():
        print(f"skipped: {path} not found (FA-KES dev is read-only evaluation material)")
        return 0
    with path.open(encoding="utf-8", newline="") as handle:
        counts = audit(csv.DictReader(handle))
    total = sum(counts.values())
    print(f"FA-KES dev: {total} articles; date label against the dates each article states")
    for name in CLASSES:
        print(f"  {name:16s} {counts[name]:4d}  {counts[name] / total:.3f}")
    ceiling = (counts["stated"] + counts["week before"]) / total
    print(f"ceiling for the date metric (stated + week before): {ceiling:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
