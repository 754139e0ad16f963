"""A learned fallback trigger for sentences no lexicon rule reads.

The rules (``event_lexicon.yaml``) miss events told in words no rule has: on batches
written blind, most missed events were sentences no rule fired on at all. Where
``find_trigger`` finds nothing, a small linear model (multinomial logistic regression over
lower-cased word unigrams and bigrams, plus "has a number" and "names a day or a time of
day") scores the sentence; when its likeliest event type is more likely than not (the
model's threshold, 0.5), the sentence gets a trigger of that type on the verb (else the
word) that weighs most for the type. All later steps (status words, background, trends,
merging, actors, places) read it as any trigger.

Some types are never emitted even when likeliest (the model's ``never``: "commitment" and
"aid_access", whose words are those of the peace talk around every incident). The model
is trained by ``tools/train_fallback.py`` on the project's annotated articles and tuning
candidates, never on held-out batches, and packaged as ``truce/data/fallback_model.json``.
No network, same input -> same output. ``RuleExtractor(learned=False)`` reads without it.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from truce.extract.events import Trigger
from truce.model import EventType

__all__ = ["FallbackModel", "default_model", "fallback_trigger", "features", "load_model"]

MODEL_FILE = "fallback_model.json"
NEGATIVE = "none"  # the model's class for "no event"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)?")
_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
    r"|overnight|tonight|morning|evening|night|dawn)\b"
)
NUMBER = "<n>"
_EXTRAS = ("bias", "num", "day")


_Key = str | tuple[str, ...]  # a word, a pair of words, or an extra's name ("x:day")


def _feature_keys(text: str) -> list[_Key]:
    """The sentence's features, each once, in the order of the text: its lower-cased words
    (every number one word, ``<n>``), its pairs of words, and ``x:bias``, ``x:num`` (a
    number) and ``x:day`` (a day or a time of day)."""
    low = text.lower()
    words = [NUMBER if w[0].isdigit() else w for w in _WORD.findall(low)]
    keys: list[_Key] = [*dict.fromkeys(words), *dict.fromkeys(itertools.pairwise(words))]
    keys.append("x:bias")
    if NUMBER in words:
        keys.append("x:num")
    if _DAY.search(low):
        keys.append("x:day")
    return keys


def _name(key: _Key) -> str:
    """A feature's name in the model file: ``u:word``, ``b:word word`` or ``x:...``."""
    if isinstance(key, tuple):
        return "b:" + " ".join(key)
    return key if key.startswith("x:") else f"u:{key}"


def _key(name: str) -> _Key:
    """The feature a name in the model file stands for (see :func:`_name`)."""
    kind, rest = name[:2], name[2:]
    return rest if kind == "u:" else tuple(rest.split(" ", 1)) if kind == "b:" else name


def features(text: str) -> set[str]:
    """The names of the sentence's features (as the model file and the trainer name them)."""
    return {_name(key) for key in _feature_keys(text)}


@dataclass(frozen=True)
class FallbackModel:
    """Class names (``none`` first), each feature's weights by class index ("none"'s
    always 0, so left out), the decision threshold and the types never emitted."""

    classes: tuple[str, ...]
    weights: dict[str, dict[int, float]]
    threshold: float
    never: frozenset[str] = frozenset()
    _rows: dict[_Key, int] = field(init=False, repr=False, compare=False)
    _matrix: np.ndarray = field(init=False, repr=False, compare=False)

    def threshold_for(self, kind: EventType) -> float | None:
        """The probability ``kind`` needs, None when it is never emitted."""
        if kind.value in self.never:
            return None
        return self.threshold

    def __post_init__(self) -> None:
        # one row of a dense matrix per feature, keyed by its word, its pair of words or
        # its extra's name: a sentence's weights are summed by numpy, not feature by feature
        # in Python (it runs on every sentence no rule reads)
        matrix = np.zeros((len(self.weights) + 1, len(self.classes)))  # (the last: nothing)
        for row, weights in enumerate(self.weights.values()):
            for index, weight in weights.items():
                matrix[row, index] = weight
        rows = {_key(name): row for row, name in enumerate(self.weights)}
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "_matrix", matrix)

    def probabilities(self, text: str) -> list[float]:
        """Softmax over the classes for ``text`` (its features' weights summed)."""
        rows, nothing = self._rows, len(self._rows)
        keys = _feature_keys(text)
        scores = self._matrix[[rows.get(key, nothing) for key in keys]].sum(axis=0)
        exps = np.exp(scores - scores.max())
        return [float(p) for p in exps / exps.sum()]

    def best(self, text: str) -> tuple[EventType, float]:
        """The likeliest event type (of the event classes) and its probability."""
        probs = self.probabilities(text)
        index = max(range(1, len(probs)), key=lambda i: (probs[i], -i))
        return EventType(self.classes[index]), probs[index]

    def trigger_word(self, text: str, kind: EventType) -> tuple[int, int] | None:
        """Offsets of the word to read the act around: the first past-tense verb that
        weighs for ``kind``, else the first that weighs strongly for any act (one kind's
        weight is noisy: "fired" may weigh for shelling and not for a clash), else the word
        that weighs most for ``kind``; None when no word weighs for it. A verb is where
        the reader looks for who acted (before it) and who was hit (after it), and the
        first one is the sentence's main act more often than the heaviest one."""
        column = self.classes.index(kind.value)
        best: tuple[float, int, int] | None = None
        strong_verb: tuple[int, int] | None = None
        for match in _WORD.finditer(text.lower()):
            word = match.group()
            if word[0].isdigit() or len(word) < 4 or word in _NO_ANCHOR:
                continue  # (a preposition or article is nobody's act)
            if text[match.start() - 1 : match.start()] == "-":
                continue  # (nor the end of a compound: "the Turkish-backed factions")
            weights = self.weights.get(f"u:{word}", {})
            weight = weights.get(column, 0.0)
            if _looks_like_a_verb(word):
                if weight > _WEIGHS_FOR_KIND:
                    return match.start(), match.end()
                if strong_verb is None and max(weights.values(), default=0.0) > _WEIGHS_FOR_AN_ACT:
                    strong_verb = match.start(), match.end()
            if weight > 0 and (best is None or weight > best[0]):
                best = (weight, match.start(), match.end())
        if strong_verb is not None:
            return strong_verb
        return (best[1], best[2]) if best else None


_WEIGHS_FOR_KIND = 0.2  # a verb's weight for the act's kind that makes it the act's verb
_WEIGHS_FOR_AN_ACT = 0.5  # ... and for some kind, when no verb weighs for this one


_IRREGULAR = frozenset({
    "hit", "shot", "struck", "fought", "took", "drove", "threw", "blew", "fired", "seized",
    "stormed", "killed", "wounded", "broke", "held", "led", "sent", "stole", "tore", "overran",
    "ran", "bombed", "shelled", "met", "kept", "let", "set", "taken", "retaken", "blown",
    "thrown", "driven", "stolen", "torn", "fallen",
})  # fmt: skip


_NO_ANCHOR = frozenset({
    "with", "from", "near", "into", "onto", "over", "under", "after", "before", "during",
    "that", "this", "these", "those", "their", "there", "which", "while", "about", "since",
    "said", "says", "told", "according",
})  # fmt: skip


def _looks_like_a_verb(word: str) -> bool:
    """A past-tense verb, by its ending or among the irregular ones war reports use."""
    return word in _IRREGULAR or (len(word) > 4 and word.endswith("ed"))


def load_model(path: Path) -> FallbackModel:
    """Read a model written by ``tools/train_fallback.py``."""
    data = json.loads(path.read_text("utf-8"))
    return FallbackModel(
        classes=tuple(data["classes"]),
        weights={f: {int(i): w for i, w in row.items()} for f, row in data["weights"].items()},
        threshold=float(data["threshold"]),
        never=frozenset(data.get("never", [])),
    )


@lru_cache(maxsize=1)
def default_model() -> FallbackModel | None:
    """The packaged model (None when the package ships none)."""
    path = Path(__file__).resolve().parents[1] / "data" / MODEL_FILE
    return load_model(path) if path.is_file() else None


def fallback_trigger(text: str, model: FallbackModel) -> Trigger | None:
    """The model's trigger for a sentence no rule reads, when it is confident enough."""
    kind, probability = model.best(text)
    needed = model.threshold_for(kind)
    if needed is None or probability < needed:
        return None
    span = model.trigger_word(text, kind)
    if span is None:
        return None
    start, end = span
    return Trigger(kind, start, end, start, end, text[start:end], learned=True)
