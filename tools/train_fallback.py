"""Train the learned fallback trigger (truce.extract.fallback) on annotated articles.

Run (the packaged model: the set and the tuning candidates, the held-out batches left out):

    .venv/bin/python tools/train_fallback.py eval/articles eval/candidates \\
        --hold-out vz --hold-out ua --hold-out ub

Every sentence of every article (split as the reader splits it) is an example: the type
of the first annotated event whose evidence lies in it, else "none". A multinomial
logistic regression over the fallback's features (word unigrams and bigrams seen in at
least two sentences, "has a number", "names a day") is fitted by full-batch Adam with an
L2 penalty, from zeros, a fixed number of steps: same articles -> byte-identical model.

The threshold is 0.5: a type is emitted when it is more likely than all the rest, "no
event" included. ``--cv`` prints, for thresholds 0.30 ... 0.95, what 5-fold
cross-validation by article finds on the sentences no rule reads (the only ones the
fallback sees): how many it fires on, how many tell an annotated event, how many hold a
must-not-extract phrase. On the project's own articles the rules miss few events, so
those figures understate what the fallback finds on new text. ``--never TYPE`` (repeated;
default commitment and aid_access) names a type the fallback never emits.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import yaml

from truce.extract.events import find_trigger
from truce.extract.fallback import MODEL_FILE, NEGATIVE, FallbackModel, features
from truce.extract.lexicon import default_lexicon
from truce.extract.rules import _AGREEMENT_WORD
from truce.extract.sentences import split_sentences
from truce.extract.timeline import Timeline
from truce.ingest import document_from_text, titled
from truce.model import EventType

CLASSES = [NEGATIVE, *sorted(t.value for t in EventType)]
L2, STEPS, RATE, MIN_DF, DIGITS, PRUNE = 1.0, 300, 0.05, 2, 2, 0.03
GRID = [round(0.30 + 0.05 * i, 2) for i in range(14)]

Example = dict  # art, text, label, fires, forbidden


def examples(files: list[Path]) -> list[Example]:
    """One example per sentence of each article (captions left out)."""
    lexicon = default_lexicon()
    out: list[Example] = []
    for path in files:
        a = yaml.safe_load(path.read_text("utf-8"))
        doc = document_from_text(
            titled(a.get("title"), a["text"]), fmt="text", published=a.get("published")
        )
        line = Timeline(doc, []).dateline
        agreed = bool(_AGREEMENT_WORD.search(doc.title or "") or _AGREEMENT_WORD.search(doc.body))
        spans = []
        for event in a.get("events") or []:
            at = doc.body.find(event["evidence"])
            spans.append((at, at + len(event["evidence"]), event["type"]))
        banned = []
        for words in a.get("must_not_extract") or []:
            at = doc.body.find(words)
            banned.append((at, at + len(words)))
        for s in split_sentences(doc.body, (line.start, line.end) if line else None):
            if s.caption:
                continue
            kinds = [k for b, e, k in spans if b < s.end and s.start < e]
            out.append(
                {
                    "art": a["id"],
                    "text": s.text,
                    "label": kinds[0] if kinds else NEGATIVE,
                    "fires": s.heading or find_trigger(s.text, lexicon, agreed=agreed) is not None,
                    "forbidden": any(b < s.end and s.start < e for b, e in banned),
                }
            )
    return out


def fit(data: list[Example]) -> dict[str, dict[str, float]]:
    """Weights per feature: class index -> weight, "none"'s (index 0) being 0."""
    counts = Counter(f for x in data for f in features(x["text"]))
    vocab = sorted(f for f, c in counts.items() if c >= MIN_DF)
    index = {f: i for i, f in enumerate(vocab)}
    X = np.zeros((len(data), len(vocab)), np.float32)
    for row, x in enumerate(data):
        X[row, [index[f] for f in features(x["text"]) if f in index]] = 1.0
    Y = np.eye(len(CLASSES), dtype=np.float32)[[CLASSES.index(x["label"]) for x in data]]
    W = np.zeros((len(vocab), len(CLASSES)), np.float32)
    m, v, n = np.zeros_like(W), np.zeros_like(W), len(data)
    for step in range(1, STEPS + 1):
        Z = X @ W
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        G = X.T @ (P - Y) / n + L2 * W / n
        m = 0.9 * m + 0.1 * G
        v = 0.999 * v + 0.001 * G * G
        W -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    # a constant added to a feature's row changes no probability: each row is shifted so
    # that "none" weighs 0, and only the event classes' weights beyond PRUNE are kept
    out: dict[str, dict[str, float]] = {}
    for f, row in zip(vocab, W.astype(np.float64), strict=True):
        kept = {
            str(i): round(float(w - row[0]), DIGITS)
            for i, w in enumerate(row)
            if i and abs(round(float(w - row[0]), DIGITS)) > PRUNE
        }
        if kept:
            out[f] = kept
    return out


def cross_validated(data: list[Example]) -> list[dict[str, float]]:
    """Per threshold, what models trained on four fifths of the articles fire on among the
    other fifth's sentences that no rule reads."""
    arts = sorted({x["art"] for x in data})
    fold = {a: i % 5 for i, a in enumerate(arts)}
    scored = []
    for k in range(5):
        weights = fit([x for x in data if fold[x["art"]] != k])
        rows = {f: {int(i): w for i, w in row.items()} for f, row in weights.items()}
        model = FallbackModel(classes=tuple(CLASSES), weights=rows, threshold=0.0)
        for x in data:
            if fold[x["art"]] == k and not x["fires"]:
                kind, p = model.best(x["text"])
                scored.append((p, kind.value, x["label"], x["forbidden"]))
    table = []
    for t in GRID:
        hit = [s for s in scored if s[0] >= t]
        table.append(
            {
                "threshold": t,
                "fired": len(hit),
                "events": sum(s[2] != NEGATIVE for s in hit),
                "right_type": sum(s[2] == s[1] for s in hit),
                "forbidden": sum(s[3] for s in hit),
                "missed_events": sum(s[2] != NEGATIVE for s in scored),
            }
        )
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path, nargs="+", help="folders or *.yaml files")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1]
                        / "src" / "truce" / "data" / MODEL_FILE)  # fmt: skip
    parser.add_argument("--hold-out", action="append", default=[], metavar="PREFIX",
                        help="leave out the articles whose file name starts so")  # fmt: skip
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--cv", action="store_true", help="print the cross-validation table")
    parser.add_argument("--never", action="append", default=None, choices=CLASSES[1:])
    args = parser.parse_args(argv)
    never = sorted(set(args.never if args.never is not None else ["commitment", "aid_access"]))
    files = sorted(
        f
        for p in args.articles
        for f in (sorted(p.glob("*.yaml")) if p.is_dir() else [p])
        if not f.name.startswith(tuple(args.hold_out))
    )
    data = examples(files)
    if args.cv:
        for row in cross_validated(data):
            print(json.dumps(row), file=sys.stderr)
    weights = fit(data)
    model = {"classes": CLASSES, "never": never, "threshold": args.threshold, "weights": weights}
    args.out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    print(f"{len(files)} articles, {len(data)} sentences, {len(weights)} features, "
          f"threshold {args.threshold} -> {args.out}", file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
