"""How fast the gazetteer loads, resolves names and finds them in text.

Run: PYTHONPATH=src .venv/bin/python bench/bench_gazetteer.py [--repeat N]

Load time is measured in a fresh interpreter (the real cost of the first geocode call);
the rest runs in this process. Texts are generated here, never copied from ../shared.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMES = [
    "Aleppo", "Deir Ezzor", "Dayr az Zawr", "Idleb", "Hasakeh", "Rural Damascus", "Kobane",
    "Jisr al-Shughur", "Khan Sheikhoun", "Sheikh Maqsoud", "Hameidiyyeh", "حلب", "دير الزور",
    "Jarabulus", "Unknownville", "Idlib province", "Damascus countryside", "Castello Road",
]  # fmt: skip
SENTENCE = (
    "Air strikes hit positions outside the eastern city of Deir Ezzor and in Idlib province "
    "on Monday, while shelling was reported 10 km north of Hama, in rural Damascus and in the "
    "Sheikh Maqsoud district of Aleppo, a monitor said; talks in Geneva went on. "
)
LOAD_SNIPPET = (
    "import time; t = time.perf_counter(); from truce.geocode.gazetteer import Gazetteer; "
    "Gazetteer.from_package(); print(time.perf_counter() - t)"
)


def load_seconds(repeat: int) -> list[float]:
    env = {"PYTHONPATH": str(ROOT / "src")}
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", LOAD_SNIPPET],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        runs.append(float(out.stdout))
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from truce.geocode import default_gazetteer

    loads = load_seconds(args.repeat)
    print(f"load (import + build index, fresh process): median {statistics.median(loads):.3f} s")
    gaz = default_gazetteer()
    print(f"entries: {len(gaz)}")

    n = 2000
    t = time.perf_counter()
    for i in range(n):
        gaz.resolve(NAMES[i % len(NAMES)])
    dt = time.perf_counter() - t
    print(f"resolve: {n / dt:,.0f} names/s (mix of exact, fuzzy and unknown names)")

    text = SENTENCE * 300  # ~75 KB, the size of a long news page
    t = time.perf_counter()
    found = gaz.find_mentions(text)
    dt = time.perf_counter() - t
    print(f"find_mentions: {len(text) / dt / 1000:,.0f} kchars/s, {len(found)} mentions in "
          f"{len(text):,} chars ({dt * 1000:.0f} ms)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
