"""Do two reports describe one happening? Hard limits, then a weighted score.

Hard limits (any one fails -> never the same incident): undated, event types that no
config group joins, date windows further apart than their slack, different governorates,
points further apart than their precision allows, different districts when both are known
to district level. Then each piece of evidence scores in [-1, 1] and is weighted:

    date        1 same day ... overlap / wider window ... 0.4 a day apart
    place       1 same point ... 0 at the distance limit; 0.5 same district; 0.2 same
                governorate, or same city when given as one whole-city point; -1 two
                different exact places
    name        place names agree (spelling-folded), 0 .. 1
    actors      1 a shared actor; 0.3 same side; -1 different sides; 0 when either is unknown
    targets     same, without sides
    fatalities  1 ranges overlap; 0.5 within 1.5x; 0 within 3x; -0.5 within 10x; -1 beyond
    text        TF-IDF cosine of the evidence sentences, 0 .. 1
    same_type   1 when the event types are equal (compatible ones score 0)

The numbers are computed for every candidate; the words of the explanation only for the
pair that decided a merge.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rapidfuzz import fuzz

from truce.consolidate.config import MatchConfig
from truce.consolidate.features import MatchFeatures

KM_PER_DEGREE = 111.2
COMPONENTS = ("date", "place", "name", "actors", "targets", "fatalities", "same_type")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Scores of one pair without text similarity (cheap), and the pair's distance."""

    values: tuple[float, ...]
    km: float | None

    def score(self, config: MatchConfig) -> float:
        return self.total(weights(config))

    def total(self, weights: tuple[float, ...]) -> float:
        v, w = self.values, weights
        return (
            w[0] * v[0]
            + w[1] * v[1]
            + w[2] * v[2]
            + w[3] * v[3]
            + w[4] * v[4]
            + (w[5] * v[5] + w[6] * v[6])
        )


def weights(config: MatchConfig) -> tuple[float, ...]:
    """The weights of ``COMPONENTS``, in order."""
    return tuple(config.weight(k) for k in COMPONENTS)


def distance_km(a: MatchFeatures, b: MatchFeatures) -> float | None:
    """Equirectangular distance; exact enough below a few hundred kilometres."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    mean_lat = math.radians((a.lat + b.lat) / 2)
    dx = (a.lon - b.lon) * math.cos(mean_lat)
    return math.hypot(dx, a.lat - b.lat) * KM_PER_DEGREE


def _limit_km(a: MatchFeatures, b: MatchFeatures, config: MatchConfig) -> float:
    return config.radius_km.get(a.precision, 25.0) + config.radius_km.get(b.precision, 25.0)


def gap_days(a: MatchFeatures, b: MatchFeatures) -> int:
    """Days between two windows; 0 or less when they overlap (minus the overlap)."""
    return max(a.lo, b.lo) - min(a.hi, b.hi)


def compatible(a: MatchFeatures, b: MatchFeatures, config: MatchConfig) -> bool:
    """The hard limits (see ``assess``)."""
    return assess(a, b, config) is not None


def _place_allows(a: MatchFeatures, b: MatchFeatures, km: float | None, cfg: MatchConfig) -> bool:
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    if a.precision <= 3 and b.precision <= 3 and a.admin2 and b.admin2 and a.admin2 != b.admin2:
        return False
    return km is None or km <= _limit_km(a, b, cfg)


def _date_score(a: MatchFeatures, b: MatchFeatures, config: MatchConfig) -> float:
    gap = gap_days(a, b)
    if gap > 0:
        return config.adjacent_day_score
    return (1 - gap) / max(a.width, b.width)


BROAD_SCORE = 0.2


def distinct_places(a: MatchFeatures, b: MatchFeatures) -> bool:
    """Two different named places, each given exactly (not a whole city): two events."""
    return (
        a.precision == 1
        and b.precision == 1
        and not (a.broad or b.broad)
        and a.place_id is not None
        and b.place_id is not None
        and a.place_id != b.place_id
    )


def _place_score(a: MatchFeatures, b: MatchFeatures, km: float | None, cfg: MatchConfig) -> float:
    if km is not None:
        if distinct_places(a, b):
            return -1.0
        closeness = max(0.0, 1.0 - km / _limit_km(a, b, cfg))
        return min(closeness, BROAD_SCORE) if a.broad or b.broad else closeness
    if a.place_id and a.place_id == b.place_id:
        return 1.0
    if a.admin2 and a.admin2 == b.admin2:
        return 0.5
    if a.admin1 and a.admin1 == b.admin1:
        return 0.2
    return 0.0


def name_similarity(a: str, b: str) -> float:
    """0..1 for two spelling-folded place names; containment counts ("tarda" in "jabaltarda")."""
    if not a or not b:
        return 0.0
    if a == b or (min(len(a), len(b)) >= 4 and (a in b or b in a)):
        return 1.0
    return max(0.0, (fuzz.ratio(a, b) - 70.0) / 30.0)


def _set_score(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 1.0 if a & b else -1.0


def _actor_score(a: MatchFeatures, b: MatchFeatures) -> float:
    if not a.actors or not b.actors:
        return 0.0
    if a.actors & b.actors:
        return 1.0
    if a.sides & b.sides:
        return 0.3
    return -1.0 if a.sides and b.sides else 0.0


def fatality_score(a: tuple[int, int] | None, b: tuple[int, int] | None) -> float:
    if a is None or b is None:
        return 0.0
    if a[0] <= b[1] and b[0] <= a[1]:
        return 1.0
    low, high = (a, b) if a[1] < b[0] else (b, a)
    ratio = high[0] / max(low[1], 1)
    for limit, value in ((1.5, 0.5), (3.0, 0.0), (10.0, -0.5)):
        if ratio <= limit:
            return value
    return -1.0


def assess(a: MatchFeatures, b: MatchFeatures, config: MatchConfig) -> Evidence | None:
    """None when a hard limit rules the pair out, else its component scores.

    One pass for both, because it runs for every report of every candidate incident.
    """
    if not (a.dated and b.dated):
        return None
    gap = max(a.lo, b.lo) - min(a.hi, b.hi)
    if gap > max(a.slack, b.slack):
        return None
    same_type = a.type == b.type
    if not same_type and not config.compatible_types(a.type, b.type):
        return None
    km = None if a.lat is None or b.lat is None else distance_km(a, b)
    if a.type not in config.placeless_types and not _place_allows(a, b, km, config):
        return None
    broad = a.broad or b.broad
    values = (
        config.adjacent_day_score if gap > 0 else (1 - gap) / max(a.width, b.width),
        _place_score(a, b, km, config),
        0.0 if broad else name_similarity(a.name, b.name),
        _actor_score(a, b),
        _set_score(a.targets, b.targets),
        fatality_score(a.fatalities, b.fatalities),
        1.0 if same_type else 0.0,
    )
    return Evidence(values, km)


def evidence(a: MatchFeatures, b: MatchFeatures, config: MatchConfig) -> Evidence:
    """Component scores of a pair, hard limits aside (for explanations and tests)."""
    found = assess(a, b, config)
    if found is not None:
        return found
    km = distance_km(a, b)
    return Evidence(
        (
            _date_score(a, b, config),
            _place_score(a, b, km, config),
            name_similarity(a.name, b.name),
            _actor_score(a, b),
            _set_score(a.targets, b.targets),
            fatality_score(a.fatalities, b.fatalities),
            1.0 if a.type == b.type else 0.0,
        ),
        km,
    )


def _toll(value: tuple[int, int]) -> str:
    return str(value[0]) if value[0] == value[1] else f"{value[0]}-{value[1]}"


def _date_words(a: MatchFeatures, b: MatchFeatures) -> str:
    gap = gap_days(a, b)
    if gap > 0:
        return f"{gap} day{'s' if gap > 1 else ''} apart"
    if a.width == 1 and b.width == 1:
        return "same day"
    return f"dates overlap ({1 - gap} of {max(a.width, b.width)} days)"


def _place_words(a: MatchFeatures, b: MatchFeatures, km: float | None) -> str | None:
    if km is not None:
        if distinct_places(a, b):
            return f"different places {km:.0f} km apart"
        return "same city" if (a.broad or b.broad) and km < 10 else f"{km:.0f} km apart"
    if a.place_id and a.place_id == b.place_id:
        return "same place"
    if a.admin2 and a.admin2 == b.admin2:
        return "same district"
    if a.admin1 and a.admin1 == b.admin1:
        return "same governorate"
    return None


def _set_words(kind: str, a: frozenset[str], b: frozenset[str], score: float) -> str | None:
    if score > 0.5:
        return f"same {kind} ({', '.join(sorted(a & b))})"
    if score > 0:
        return f"{kind}s on the same side"
    if score < 0:
        return f"different {kind}s ({', '.join(sorted(a))} / {', '.join(sorted(b))})"
    return None


def explain(a: MatchFeatures, b: MatchFeatures, found: Evidence, cosine: float) -> str:
    """The evidence of one decided pair in words: "same day, 4 km apart, same target, ..."."""
    _, _, name, actors, targets, tolls, _ = found.values
    words = [_date_words(a, b), _place_words(a, b, found.km)]
    if name >= 0.5 and words[-1] not in ("same place",):
        words.append("place names agree")
    words.append(_set_words("actor", a.actors, b.actors, actors))
    words.append(_set_words("target", a.targets, b.targets, targets))
    if a.fatalities and b.fatalities:
        verb = "agree" if tolls > 0 else "differ"
        words.append(f"tolls {verb} ({_toll(a.fatalities)} / {_toll(b.fatalities)})")
    words.append(f"similarity {cosine:.2f}")
    return ", ".join(w for w in words if w)
