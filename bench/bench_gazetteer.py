"""How fast the gazetteer loads, resolves place mentions and finds names in text.

Run: .venv/bin/python bench/bench_gazetteer.py [--mentions 100000] [--repeat 3]

* Load: in fresh interpreters (the real cost of the first geocode call): importing
  ``truce.geocode`` (which imports the ``truce`` package), reading the Syrian gazetteer,
  the world layer and building the text index; median of ``--repeat`` runs, and peak RSS.
* Resolve: ``--mentions`` place mentions drawn (fixed seed, Zipf-like repeats as in news)
  from a realistic mix: known Syrian spellings, generated spelling variants (some are
  typos only fuzzy matching finds, some unknown), names with relation words ("X province",
  "countryside of X"), world cities and made-up names. Reported twice: as the pipeline
  runs (the gazetteer caches results) and cold (every distinct mention once, no cache).
* find_mentions: characters per second over a generated ~75 KB news-like text.

Texts and names are generated here from the packaged gazetteer, never copied from ../shared.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

LOAD_SNIPPET = """
import json, resource, time
t0 = time.perf_counter()
from truce.geocode import Gazetteer
t1 = time.perf_counter()
gaz = Gazetteer.from_package()
t2 = time.perf_counter()
len(gaz.world)
t3 = time.perf_counter()
gaz.find_mentions("Shelling hit Aleppo.")
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "syria": t2 - t1, "world": t3 - t2, "text": t4 - t3,
                  "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
MIX = {"syrian": 0.55, "variant": 0.15, "relation": 0.10, "world": 0.10, "unknown": 0.10}
SENTENCE = (
    "Air strikes hit positions outside the eastern city of Deir Ezzor and in Idlib province "
    "on Monday, while shelling was reported 10 km north of Hama, in rural Damascus and in the "
    "Sheikh Maqsoud district of Aleppo, a monitor said; talks in Geneva went on. "
)


def load_runs(repeat: int) -> list[dict[str, float]]:
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
        runs.append(json.loads(out.stdout))
    return runs


def _variant(name: str, rng: random.Random) -> str:
    """A spelling a news desk might use, or a typo."""
    edits = [
        lambda s: s.replace("-", " "),
        lambda s: s.replace("al-", "el-").replace("Al-", "El-").replace("Al ", "El "),
        lambda s: s.replace("ou", "u").replace("ee", "i"),
        lambda s: s.replace("a", "e", 1),
        lambda s: s.lower(),
        lambda s: s.upper(),
        lambda s: s[:-1] if len(s) > 6 else s + "h",  # a dropped or added letter
        lambda s: s[: len(s) // 2] + s[len(s) // 2] + s[len(s) // 2 :],  # a doubled letter
    ]
    return rng.choice(edits)(name)


def _made_up(rng: random.Random) -> str:
    syllables = ["zar", "vok", "min", "tel", "qur", "bash", "nif", "dor", "lem", "ush", "kab"]
    word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()
    return word if rng.random() < 0.6 else f"Tal {word}"


def mention_pools(rng: random.Random) -> dict[str, list[str]]:
    from truce.geocode import default_gazetteer

    gaz = default_gazetteer()
    syrian = sorted({n for e in gaz.entries() for n in e.names if e.level != "country"})
    towns = [e.name for e in gaz.entries() if e.level in ("admin1", "town", "admin2")]
    world = sorted({e.name for e in gaz.world.text_entries() if e.level == "town"})
    words = ["province", "countryside", "governorate", "district"]
    relation = [f"{rng.choice(towns)} {rng.choice(words)}" for _ in range(500)]
    relation += [f"countryside of {t}" for t in towns[:100]] + [f"rural {t}" for t in towns[:50]]
    return {
        "syrian": syrian,
        "variant": [_variant(rng.choice(syrian), rng) for _ in range(3000)],
        "relation": relation,
        "world": world,
        "unknown": [_made_up(rng) for _ in range(3000)],
    }


def draw(pools: dict[str, list[str]], n: int, rng: random.Random) -> list[str]:
    """n mentions; within each pool a few names are frequent (Zipf weights 1/rank)."""
    out = []
    kinds = rng.choices(list(MIX), weights=list(MIX.values()), k=n)
    weights = {k: [1 / (i + 1) for i in range(len(v))] for k, v in pools.items()}
    shuffled = {k: rng.sample(v, len(v)) for k, v in pools.items()}
    for kind, count in sorted(Counter(kinds).items()):
        out += rng.choices(shuffled[kind], weights=weights[kind], k=count)
    rng.shuffle(out)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    runs = load_runs(args.repeat)
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    gazetteer_s = med["syria"] + med["world"] + med["text"]
    print(f"load, fresh process (median of {args.repeat}):")
    print(f"  import truce.geocode (whole truce package): {med['import']:.3f} s")
    print(
        f"  gazetteer incl. world layer and text index: {gazetteer_s:.3f} s "
        f"(Syria {med['syria']:.3f}, world {med['world']:.3f}, text {med['text']:.3f})"
    )
    print(f"  peak RSS after load: {med['rss_mib']:.0f} MiB")

    from truce.geocode import Gazetteer, default_gazetteer
    from truce.geocode.normalize import light_key, normalize_name

    rng = random.Random(20160919)
    mentions = draw(mention_pools(rng), args.mentions, rng)
    gaz = default_gazetteer()
    found = 0
    t = time.perf_counter()
    for name in mentions:
        found += gaz.resolve(name).precision < 7
    dt = time.perf_counter() - t
    print(
        f"resolve {len(mentions):,} mentions (mix {MIX}): {dt:.2f} s, "
        f"{len(mentions) / dt:,.0f} mentions/s; {found / len(mentions):.1%} resolved"
    )

    distinct = list(dict.fromkeys(mentions))
    cold = Gazetteer(list(gaz.entries()), gaz.world)
    normalize_name.cache_clear()
    light_key.cache_clear()
    t = time.perf_counter()
    for name in distinct:
        cold.resolve(name)
    dt = time.perf_counter() - t
    print(
        f"resolve cold, {len(distinct):,} distinct mentions, no cache: {dt:.2f} s, "
        f"{len(distinct) / dt:,.0f} mentions/s"
    )

    text = SENTENCE * 300  # ~75 KB, the size of a long news page
    gaz.find_mentions(SENTENCE)  # the text index is built on first use (counted in load)
    t = time.perf_counter()
    hits = gaz.find_mentions(text)
    dt = time.perf_counter() - t
    print(
        f"find_mentions: {len(text) / dt / 1000:,.0f} kchars/s, {len(hits)} mentions in "
        f"{len(text):,} chars ({dt * 1000:.0f} ms)"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {rss:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
