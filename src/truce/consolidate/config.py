"""Matching settings (``data/consolidate.toml``): weights, threshold, slack and radii.

Kept as data so a monitor can tighten or loosen matching without a release, and so the
evaluation can try other weights without touching code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from truce.errors import ConfigError
from truce.model import DatePrecision, EventType

WEIGHT_KEYS = ("date", "place", "name", "actors", "targets", "fatalities", "text", "same_type")


@dataclass(frozen=True)
class MatchConfig:
    """Everything the matcher reads; see data/consolidate.toml for the meaning of each."""

    threshold: float = 2.6
    max_window_days: int = 31
    wide_window_days: int = 7
    adjacent_day_score: float = 0.4
    republished_similarity: float = 0.8
    lead_chars: int = 400
    ambiguity_margin: float = 0.0
    slack_days: dict[str, int] = field(default_factory=lambda: {"day": 1, "days": 1})
    radius_km: dict[int, float] = field(default_factory=lambda: {1: 5.0, 2: 25.0})
    weights: dict[str, float] = field(default_factory=dict)
    type_groups: tuple[frozenset[str], ...] = ()
    placeless_types: frozenset[str] = frozenset()
    broad_places: frozenset[str] = frozenset()

    def weight(self, key: str) -> float:
        return self.weights.get(key, 0.0)

    def slack(self, precision: DatePrecision) -> int:
        return self.slack_days.get(precision.value, 0)

    @cached_property
    def _compatible_pairs(self) -> frozenset[tuple[str, str]]:
        return frozenset((a, b) for group in self.type_groups for a in group for b in group)

    def compatible_types(self, a: str, b: str) -> bool:
        return a == b or (a, b) in self._compatible_pairs

    def compatible_with(self, kind: str) -> frozenset[str]:
        """Every type ``kind`` may match besides itself (its ``[types] compatible`` groups)."""
        found = self._compatible_sets.get(kind)
        return found if found is not None else frozenset()

    @cached_property
    def _compatible_sets(self) -> dict[str, frozenset[str]]:
        out: dict[str, set[str]] = {}
        for a, b in self._compatible_pairs:
            out.setdefault(a, set()).add(b)
        return {k: frozenset(v) for k, v in out.items()}

    def with_weights(self, **weights: float) -> MatchConfig:
        """A copy with some weights changed (used by the evaluation to measure each one)."""
        return replace(self, weights={**self.weights, **weights})


def _number(table: dict[str, Any], key: str, default: float) -> float:
    value = table.get(key, default)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ConfigError(f"consolidate config: {key} must be a number, not {value!r}")
    return float(value)


def parse_config(text: str, *, origin: str = "<string>") -> MatchConfig:
    """Settings from TOML text; unknown event types and non-numbers are errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: invalid TOML: {exc}") from exc
    match = data.get("match", {})
    weights = {k: _number(data.get("weights", {}), k, 0.0) for k in WEIGHT_KEYS}
    known = {t.value for t in EventType}
    groups = []
    for group in data.get("types", {}).get("compatible", []):
        unknown = set(group) - known
        if unknown:
            raise ConfigError(f"{origin}: unknown event types {sorted(unknown)}")
        groups.append(frozenset(group))
    placeless = frozenset(data.get("types", {}).get("placeless", []))
    if placeless - known:
        raise ConfigError(f"{origin}: unknown event types {sorted(placeless - known)}")
    precisions = {p.value for p in DatePrecision}
    slack = {k: int(v) for k, v in data.get("slack_days", {}).items() if k in precisions}
    radius = {int(k): float(v) for k, v in data.get("radius_km", {}).items()}
    return MatchConfig(
        threshold=_number(match, "threshold", 2.6),
        max_window_days=int(_number(match, "max_window_days", 31)),
        wide_window_days=int(_number(match, "wide_window_days", 7)),
        adjacent_day_score=_number(match, "adjacent_day_score", 0.4),
        republished_similarity=_number(match, "republished_similarity", 0.8),
        lead_chars=int(_number(match, "lead_chars", 400)),
        ambiguity_margin=_number(match, "ambiguity_margin", 0.0),
        slack_days=slack,
        radius_km=radius,
        weights=weights,
        type_groups=tuple(groups),
        placeless_types=placeless,
        broad_places=frozenset(str(p) for p in data.get("places", {}).get("broad", [])),
    )


@lru_cache(maxsize=4)
def load_config(path: str | None = None) -> MatchConfig:
    """The packaged settings, or an edited copy given by path."""
    if path is not None:
        return parse_config(Path(path).read_text(encoding="utf-8"), origin=path)
    text = resources.files("truce").joinpath("data", "consolidate.toml").read_text("utf-8")
    return parse_config(text, origin="truce/data/consolidate.toml")
