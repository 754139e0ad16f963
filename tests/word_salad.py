"""Random texts made of given words, for tests that check a fast path against a plain one
on many odd inputs (the same seed gives the same texts)."""

from __future__ import annotations

import random
from collections.abc import Sequence


def word_salad(
    words: Sequence[str], seps: Sequence[str], count: int, *, seed: int, most: int
) -> list[str]:
    """``count`` texts of 1 to ``most`` words, each in a random case and followed by a
    random separator."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, most)):
            word = rng.choice(words)
            word = rng.choice([word, word.lower(), word.capitalize(), word.upper()])
            parts.append(word + rng.choice(seps))
        texts.append("".join(parts))
    return texts
