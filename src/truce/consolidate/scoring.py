"""The cheap evidence of one report against many candidate incidents, in one loop.

``match.assess`` scores one pair and says why; the matcher needs the weighted total of
every report of every candidate incident, tens of pairs for each report placed, so the
same arithmetic runs here inline (no per-pair calls or objects). Both must give the very
same floats: ``tests/test_consolidate_scale.py`` compares them on thousands of pairs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Protocol

from truce.consolidate.config import MatchConfig
from truce.consolidate.features import MatchFeatures
from truce.consolidate.match import BROAD_SCORE, KM_PER_DEGREE, fatality_score, name_similarity

Row = tuple[float, int, MatchFeatures]


class Group(Protocol):
    """Reports already grouped as one incident (``cluster.Cluster``)."""

    @property
    def index(self) -> int: ...

    @property
    def members(self) -> Sequence[MatchFeatures]: ...


def cheap_scores(
    a: MatchFeatures, groups: Iterable[Group], config: MatchConfig, w: Sequence[float]
) -> list[Row]:
    """``(assess(a, m).total(w), group, m)`` for each matchable member ``m`` of each group
    (an incident's reports), and no rows for a group when any member rules the pair out.

    The same numbers as ``assess``, computed inline because this runs for every report of
    every candidate incident (tens of pairs per report); keep the two in step.
    """
    rows: list[Row] = []
    if not a.dated:
        return rows
    w0, w1, w2, w3, w4, w5, w6 = w
    adjacent = config.adjacent_day_score
    placeless = a.type in config.placeless_types
    a_lo, a_hi, a_slack, a_width, a_type = a.lo, a.hi, a.slack, a.width, a.type
    a_lat, a_lon, a_radius, a_broad, a_exact = a.lat, a.lon, a.radius, a.broad, a.exact
    a_admin1, a_admin2, a_place, a_district = a.admin1, a.admin2, a.place_id, a.precision <= 3
    a_name, a_actors, a_sides, a_targets, a_tolls = (
        a.name,
        a.actors,
        a.sides,
        a.targets,
        a.fatalities,
    )
    compatible = a.compatible
    for group in groups:
        index, start = group.index, len(rows)
        for b in group.members:
            if not b.matchable:
                continue
            low, high = (a_lo if a_lo > b.lo else b.lo), (a_hi if a_hi < b.hi else b.hi)
            gap = low - high
            if gap > (a_slack if a_slack > b.slack else b.slack):
                del rows[start:]
                break
            same_type = a_type == b.type
            if not same_type and b.type not in compatible:
                del rows[start:]
                break
            km = None
            if a_lat is not None and b.lat is not None and a_lon is not None and b.lon is not None:
                dx = (a_lon - b.lon) * math.cos(math.radians((a_lat + b.lat) / 2))
                km = math.hypot(dx, a_lat - b.lat) * KM_PER_DEGREE
            limit = a_radius + b.radius
            if not placeless and (
                (a_admin1 and b.admin1 and a_admin1 != b.admin1)
                or (
                    a_district
                    and b.precision <= 3
                    and a_admin2
                    and b.admin2
                    and a_admin2 != b.admin2
                )
                or (km is not None and km > limit)
            ):
                del rows[start:]
                break
            broad = a_broad or b.broad
            if km is not None:
                if a_exact and b.exact and a_place != b.place_id:
                    place = -1.0
                else:
                    place = 1.0 - km / limit
                    place = place if place > 0.0 else 0.0
                    place = BROAD_SCORE if broad and place > BROAD_SCORE else place
            elif a_place and a_place == b.place_id:
                place = 1.0
            elif a_admin2 and a_admin2 == b.admin2:
                place = 0.5
            elif a_admin1 and a_admin1 == b.admin1:
                place = 0.2
            else:
                place = 0.0
            b_name = b.name
            if broad or not a_name or not b_name:
                name = 0.0
            else:
                name = 1.0 if a_name == b_name else name_similarity(a_name, b_name)
            b_actors = b.actors
            if not a_actors or not b_actors:
                actors = 0.0
            elif not a_actors.isdisjoint(b_actors):
                actors = 1.0
            elif not a_sides.isdisjoint(b.sides):
                actors = 0.3
            else:
                actors = -1.0 if a_sides and b.sides else 0.0
            b_targets = b.targets
            if not a_targets or not b_targets:
                targets = 0.0
            else:
                targets = -1.0 if a_targets.isdisjoint(b_targets) else 1.0
            tolls = fatality_score(a_tolls, b.fatalities)
            day = adjacent if gap > 0 else (1 - gap) / (a_width if a_width > b.width else b.width)
            total = (
                w0 * day
                + w1 * place
                + w2 * name
                + w3 * actors
                + w4 * targets
                + (w5 * tolls + w6 * (1.0 if same_type else 0.0))
            )
            rows.append((total, index, b))
    return rows
