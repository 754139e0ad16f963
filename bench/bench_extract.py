"""How fast the extractor reads news articles, next to trafilatura alone on the same texts.

Run: .venv/bin/python bench/bench_extract.py [--repeat N] [--workers N] [--shared PATH]

Reads FA-KES dev (../shared/data/fakes/dev.csv; skipped with a message when absent) and,
on the same articles, times:

- ``extract``: ``truce.ingest.document_from_text`` + the rule extractor + geocoding, the
  work ``truce eval`` does per article (gazetteer and lexicon loaded before timing);
- ``trafilatura``: ``trafilatura.extract`` on each text wrapped as HTML, the cost of
  merely getting text out of a web page, twice: as a bare page (``<article>`` with the
  title and paragraphs, nothing else) and as a news page with what a news site puts
  around an article (header, menu, cookie notice, byline, share links, a "most read"
  box, footer). ../shared/design/performance.md measured trafilatura on pages of the
  second kind (about 3.6 KB); the bare page is the harsher yardstick (trafilatura reads
  it about twice as fast). Both ratios are printed.

Each timing is the median of ``--repeat`` runs in this process. The extractor's CPU time
is then split by stage (ms per article): ingest, the gazetteer's place scan
(``find_mentions`` on body and title), the extraction rules (the rest of ``extract``) and
geocoding. ``--workers N`` (N > 1) also times the extractor over N processes, one chunk
of articles each. Peak memory is this process's ``ru_maxrss`` after the runs. No article
text is written anywhere.
"""

from __future__ import annotations

import argparse
import csv
import html
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_RATE = 100.0  # articles/s
GOAL_RATIO = 3.0  # x trafilatura alone


def load_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [f"{r['article_title']}\n\n{r['article_content']}" for r in csv.DictReader(handle)]


def as_html(text: str) -> str:
    title, _, body = text.partition("\n\n")
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    head = f"<head><title>{html.escape(title)}</title></head>"
    return (
        f"<html>{head}<body><article><h1>{html.escape(title)}</h1>{paras}</article></body></html>"
    )


_MENU = ("World", "Middle East", "Politics", "Business", "Opinion", "Video", "Live")


def as_news_page(text: str, number: int) -> str:
    """``text`` as a news site serves it: the article amid the site's furniture, which
    trafilatura has to read and throw away."""
    title, _, body = text.partition("\n\n")
    head = html.escape(title)
    menu = "".join(f'<li><a href="/{item.lower()}">{item}</a></li>' for item in _MENU)
    most_read = "".join(
        f'<li><a href="/news/{number}-{k}">Most read story {k}: another headline of the day'
        "</a></li>"
        for k in range(6)
    )
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{head} | The Daily Monitor</title>"
        "<script>var queue=[];function track(){queue.push(arguments)}</script>"
        "<style>body{margin:0;font-family:serif}</style></head><body>"
        f"<header><div class='brand'>The Daily Monitor</div><nav><ul>{menu}</ul></nav>"
        "<div class='consent'>This site uses cookies. By continuing you accept them.</div>"
        f"</header><main><article><h1>{head}</h1>"
        "<p class='byline'>By our correspondent, updated today</p>"
        f"{paras}<div class='share'>Share this story: Facebook Twitter WhatsApp Email</div>"
        f"</article><aside><h2>Most read</h2><ul>{most_read}</ul></aside></main>"
        "<footer><p>&copy; The Daily Monitor. All rights reserved.</p><ul><li>About</li>"
        "<li>Contact us</li><li>Privacy</li><li>Terms and conditions</li></ul>"
        "<p>Sign up for our morning briefing.</p></footer></body></html>"
    )


def run_extract(texts: list[str]) -> int:
    from truce.ingest import document_from_text
    from truce.pipeline import extract_document

    return sum(
        len(extract_document(document_from_text(text, fmt="text")).reports) for text in texts
    )


def stages(texts: list[str], repeat: int) -> dict[str, float]:
    """Median CPU seconds of each stage over all texts (inputs of each made beforehand)."""
    from truce.extract import extract
    from truce.geocode import default_gazetteer, geocode
    from truce.ingest import document_from_text

    gazetteer = default_gazetteer()
    docs = [document_from_text(text, fmt="text") for text in texts]
    extractions = [extract(doc) for doc in docs]

    def scan() -> None:
        for doc in docs:
            gazetteer.find_mentions(doc.body)
            if doc.title:
                gazetteer.find_mentions(doc.title)

    ingest = timed(lambda: [document_from_text(text, fmt="text") for text in texts], repeat)
    places = timed(scan, repeat)
    rules = timed(lambda: [extract(doc) for doc in docs], repeat)
    geo = timed(lambda: [geocode(extraction) for extraction in extractions], repeat)
    return {
        "ingest (document_from_text)": ingest[1],
        "place scan (find_mentions)": places[1],
        "extraction rules (the rest)": rules[1] - places[1],
        "geocode": geo[1],
    }


def run_trafilatura(pages: list[str]) -> int:
    import trafilatura

    return sum(1 for page in pages if trafilatura.extract(page))


def timed(work: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``repeat`` runs (CPU time is what the work
    costs even when other processes share the cores)."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def row(label: str, n: int, times: tuple[float, float]) -> None:
    wall, cpu = times
    print(f"{label:28s} {wall:7.2f} {n / wall:8.1f} {cpu:7.2f} {n / cpu:10.1f}")


def parallel(texts: list[str], workers: int) -> float:
    """Wall seconds to extract ``texts`` in ``workers`` processes (data loaded beforehand)."""
    chunks = [texts[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers, initializer=_warm, initargs=(texts[0],)) as pool:
        list(pool.map(_pid, range(workers * 4)))  # every worker has started and loaded
        start = time.perf_counter()
        list(pool.map(run_extract, chunks))
        return time.perf_counter() - start


def _warm(sample: str) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    run_extract([sample])


def _pid(_: int) -> int:
    time.sleep(0.05)
    return os.getpid()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    path = args.shared / "data" / "fakes" / "dev.csv"
    if not path.exists():
        print(f"skipped: {path} not found (FA-KES dev is read-only evaluation material)")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    texts = load_texts(path)
    pages = [as_html(t) for t in texts]
    news_pages = [as_news_page(t, i) for i, t in enumerate(texts)]
    n = len(texts)
    start = time.perf_counter()
    run_extract(texts[:1])  # loads lexicon, actor catalogue and gazetteer
    warm = time.perf_counter() - start
    run_trafilatura(pages[:1] + news_pages[:1])
    reports = run_extract(texts)
    ours = timed(lambda: run_extract(texts), args.repeat)
    theirs = timed(lambda: run_trafilatura(pages), args.repeat)
    theirs_news = timed(lambda: run_trafilatura(news_pages), args.repeat)
    size = sum(map(len, news_pages)) / n / 1024
    loads = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"articles: {n} (FA-KES dev), reports: {reports}, repeat: {args.repeat}")
    print(f"load average at the end: {loads} (2 cores; other work slows the wall clock)")
    print(f"first call (loads lexicon, actors, gazetteer): {warm:.2f} s")
    print(f"{'':28s} {'wall s':>7s} {'art/s':>8s} {'CPU s':>7s} {'art/CPU-s':>10s}")
    row("ingest + extract + geocode", n, ours)
    row("trafilatura, bare page", n, theirs)
    row(f"trafilatura, news page {size:.1f}K", n, theirs_news)
    for label, base in (("bare page", theirs), ("news page", theirs_news)):
        wall, cpu = ours[0] / base[0], ours[1] / base[1]
        verdict = "met" if cpu <= GOAL_RATIO else "NOT met"
        print(
            f"ratio to trafilatura on a {label}: {wall:.1f}x wall, {cpu:.1f}x CPU"
            f" (goal <= {GOAL_RATIO:.0f}x: {verdict})"
        )
    print("CPU ms per article by stage:")
    for label, seconds in stages(texts, args.repeat).items():
        print(f"  {label:30s} {seconds * 1000 / n:6.2f}")
    if args.workers > 1:
        wall = parallel(texts, args.workers)
        print(f"{args.workers} worker processes: {wall:.2f} s wall, {n / wall:.1f} articles/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MiB (ru_maxrss)")
    for label, seconds in (("wall", ours[0]), ("CPU", ours[1])):
        verdict = "met" if n / seconds >= GOAL_RATE else "NOT met"
        print(f"goal >= {GOAL_RATE:.0f} articles/s, one process, by {label} time: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
