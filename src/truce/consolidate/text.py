"""Text similarity: TF-IDF over hashed character n-grams, in numpy.

Character 4-grams (across word boundaries) survive the spelling variants that break word
matching ("Orum al-Kubra" / "Urum al-Kubra", "Deir Ezzor" / "Deir ez-Zor"); 3- to 5-grams
scored the same on the labelled pairs at three times the cost. The n-grams are hashed into
a fixed number of buckets with a deterministic hash (Python's ``hash`` is salted per
process), so no vocabulary is kept: a report holds a sorted array of bucket numbers. IDF
comes from the reports being consolidated, counted in one pass before matching.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

BUCKETS = 1 << 20
SIZES = (4,)
_FLUSH = 20_000
_NON_WORD = re.compile(r"[^0-9a-z]+")
_MULT = np.uint64(1_000_003)
_MASK = np.uint64(BUCKETS - 1)

Grams = npt.NDArray[np.uint32]


def normalise(text: str) -> bytes:
    """Lower case ASCII letters and digits separated by single spaces (padded)."""
    return f" {_NON_WORD.sub(' ', text.lower()).strip()} ".encode("ascii", "ignore")


def grams(text: bytes, sizes: tuple[int, ...] = SIZES) -> Grams:
    """Sorted unique bucket numbers of the text's character n-grams."""
    codes = np.frombuffer(text, dtype=np.uint8).astype(np.uint64)
    parts = []
    for size in sizes:
        count = len(codes) - size + 1
        if count <= 0:
            continue
        hashed = np.full(count, size, dtype=np.uint64)
        for k in range(size):
            hashed = hashed * _MULT + codes[k : k + count]
        parts.append(((hashed ^ (hashed >> np.uint64(29))) & _MASK).astype(np.uint32))
    if not parts:
        return np.zeros(0, dtype=np.uint32)
    return _sorted_unique(np.concatenate(parts))


def _sorted_unique(values: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """``np.unique(values)``: sorting and dropping repeats is several times faster."""
    values = np.sort(values)
    if len(values) > 1:
        keep = np.empty(len(values), dtype=bool)
        keep[0] = True
        np.not_equal(values[1:], values[:-1], out=keep[1:])
        values = values[keep]
    return values


def grams_many(texts: Sequence[bytes], size: int = SIZES[0]) -> list[Grams]:
    """``[grams(t, (size,)) for t in texts]`` (the same arrays), hashed and sorted in one
    pass over all the texts: per-text numpy calls cost more than the hashing itself."""
    if not texts:
        return []
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    codes = np.frombuffer(b"".join(texts), dtype=np.uint8).astype(np.uint64)
    count = len(codes) - size + 1
    if count <= 0:
        return [np.zeros(0, dtype=np.uint32) for _ in texts]
    hashed = np.full(count, size, dtype=np.uint64)
    for k in range(size):
        hashed = hashed * _MULT + codes[k : k + count]
    hashed = (hashed ^ (hashed >> np.uint64(29))) & _MASK
    starts = np.cumsum(lengths) - lengths
    per_text = np.maximum(lengths - size + 1, 0)
    owner = np.repeat(np.arange(len(texts), dtype=np.uint64), per_text)
    first = np.repeat(starts - np.cumsum(per_text) + per_text, per_text)
    position = np.arange(len(owner), dtype=np.int64) + first
    keys = _sorted_unique((owner << np.uint64(32)) | hashed[position])
    bounds = np.searchsorted(keys >> np.uint64(32), np.arange(len(texts) + 1, dtype=np.uint64))
    values = (keys & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    return [values[bounds[i] : bounds[i + 1]].copy() for i in range(len(texts))]


def overlap(a: Grams, b: Grams) -> float:
    """Binary cosine (Ochiai) of two n-gram sets: near-duplicate detection for documents."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / math.sqrt(len(a) * len(b))


class TfIdf:
    """Document frequencies counted over a stream of texts, then cosine similarity."""

    def __init__(self) -> None:
        self._df = np.zeros(BUCKETS, dtype=np.int64)
        self._pending: list[Grams] = []
        self._count = 0
        self._idf2: npt.NDArray[np.float64] | None = None

    def add(self, found: Grams) -> None:
        """Count one text's n-grams (before ``finish``)."""
        self._pending.append(found)
        self._count += 1
        if len(self._pending) >= _FLUSH:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._df += np.bincount(np.concatenate(self._pending), minlength=BUCKETS)
            self._pending = []

    def finish(self) -> None:
        """Freeze the IDF weights (smoothed, as scikit-learn does)."""
        self._flush()
        idf = np.log((1.0 + self._count) / (1.0 + self._df)) + 1.0
        self._idf2 = idf * idf

    def _weights(self) -> npt.NDArray[np.float64]:
        if self._idf2 is None:
            self.finish()
        assert self._idf2 is not None
        return self._idf2

    def vector(self, found: Grams) -> tuple[Grams, float]:
        """The n-grams and the norm of their TF-IDF vector (binary TF)."""
        norm = math.sqrt(float(self._weights()[found].sum())) if len(found) else 0.0
        return found, norm

    def cosine(self, a: tuple[Grams, float], b: tuple[Grams, float]) -> float:
        if a[1] == 0.0 or b[1] == 0.0:
            return 0.0
        # np.intersect1d(a, b, assume_unique=True), without its checks: this runs a few
        # times for every report
        both = np.concatenate((a[0], b[0]))
        both.sort()
        common = both[:-1][both[1:] == both[:-1]]
        return float(np.add.reduce(self._weights()[common])) / (a[1] * b[1])
