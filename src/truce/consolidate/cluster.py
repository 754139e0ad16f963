"""Reports -> groups of reports, greedy and blocked, in a fixed order.

Reports are visited by window end (then narrow windows first, then id) and each joins the
candidate incident whose best-matching report scores highest, if that reaches the
threshold; otherwise it founds a new incident. Candidates come from buckets keyed by day,
governorate and map cell (blocking.py), so each report meets only the incidents of its
own days and surroundings;
incidents whose last day is further back than any window can reach leave the buckets
(and drop their text vectors), so memory follows the busiest month, not the archive.
Hard limits are checked against every report of a candidate (complete linkage), so a
vague report cannot chain two distinct strikes together.

Manual decisions arrive as *pins*: reports with the same pin are forced together, and
pins listed in ``apart`` never share an incident.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from truce.consolidate.blocking import DayIndex
from truce.consolidate.config import MatchConfig
from truce.consolidate.features import MatchFeatures
from truce.consolidate.match import assess, explain, weights
from truce.consolidate.scoring import Row, cheap_scores
from truce.consolidate.text import Grams, TfIdf, grams_many

FOUNDED, MATCHED, BY_HAND = "founded", "matched", "by hand"
#: Text similarity is computed for this many best candidates (by the other evidence).
TEXT_CANDIDATES = 6
#: Reports whose n-grams are hashed together (one numpy pass instead of one per report).
HASH_BATCH = 2048


@dataclass(slots=True)
class Join:
    """How one report entered its incident (kept as the incident's merge explanation)."""

    report_id: str
    how: str
    via: str | None = None
    score: float | None = None
    explanation: str = ""


@dataclass(slots=True)
class Cluster:
    index: int
    joins: list[Join]
    members: list[MatchFeatures]
    labels: set[str] = field(default_factory=set)
    reach: int = -1
    lo_max: int = -(1 << 30)
    hi_min: int = 1 << 30

    @property
    def report_ids(self) -> list[str]:
        return [join.report_id for join in self.joins]


@dataclass(slots=True)
class _Best:
    score: float
    cluster: Cluster
    via: MatchFeatures
    cosine: float


def _rank(row: Row) -> tuple[float, int]:
    return (-row[0], row[1])


class Clusterer:
    """One consolidation run. ``run`` consumes features and returns the clusters."""

    def __init__(self, config: MatchConfig, apart: frozenset[frozenset[str]] = frozenset()) -> None:
        self.config = config
        self.tfidf = TfIdf()
        self.clusters: list[Cluster] = []
        self._apart = apart
        self._index = DayIndex(config)
        self._active: dict[int, Cluster] = {}
        self._reach_heap: list[tuple[int, int]] = []
        self._by_label: dict[str, int] = {}
        self._weights = weights(config)
        self._text_weight = config.weight("text")
        self._max_slack = max(config.slack_days.values(), default=0)
        self._horizon = config.max_window_days + 2 * self._max_slack + 1

    def run(self, features: Iterable[MatchFeatures]) -> list[Cluster]:
        """Count document frequencies, sort, then place each report in turn."""
        items: list[MatchFeatures] = []
        waiting: list[MatchFeatures] = []
        for item in features:
            items.append(item)
            if item.text is not None:
                waiting.append(item)
                if len(waiting) >= HASH_BATCH:
                    self._hash(waiting)
            elif item.grams is not None:
                self.tfidf.add(item.grams)
        self._hash(waiting)
        self.tfidf.finish()
        items.sort(key=MatchFeatures.order, reverse=True)
        while items:
            self._place(items.pop())
        return self.clusters

    def _hash(self, waiting: list[MatchFeatures]) -> None:
        """The n-grams of reports whose text was left to hash in a batch."""
        for item, found in zip(waiting, grams_many([w.text or b"" for w in waiting]), strict=True):
            item.grams, item.text = found, None
            self.tfidf.add(found)
        waiting.clear()

    # -- placing one report ------------------------------------------------------

    def _place(self, item: MatchFeatures) -> None:
        if item.pin is not None and item.pin in self._by_label:
            cluster = self.clusters[self._by_label[item.pin]]
            self._join(cluster, item, Join(item.id, BY_HAND, explanation="kept together by hand"))
            return
        best = self._best(item) if item.matchable else None
        if best is None:
            self._found(item)
        else:
            found = assess(item, best.via, self.config)
            assert found is not None  # it passed the same limits in ``cheap_scores``
            note = explain(item, best.via, found, best.cosine)
            self._join(best.cluster, item, Join(item.id, MATCHED, best.via.id, best.score, note))
        if item.dated:
            self._sweep(item.hi)

    def _best(self, item: MatchFeatures) -> _Best | None:
        """Score every compatible candidate on the cheap evidence, then add text similarity
        for the few best (text costs more than everything else together)."""
        candidates = self._candidates(item)
        if item.pin:
            candidates = [c for c in candidates if not self._kept_apart(item.pin, c)]
        scored = cheap_scores(item, candidates, self.config, self._weights)
        if not scored:
            return None
        scored.sort(key=_rank)  # stable: equal scores of one incident keep its order
        text_weight, threshold = self._text_weight, self.config.threshold
        best: dict[int, _Best] = {}
        for cheap, index, member in scored[:TEXT_CANDIDATES]:
            if cheap + text_weight < threshold:
                break
            cosine = self._cosine(item, member)
            total = cheap + text_weight * cosine
            if index not in best or total > best[index].score:
                best[index] = _Best(total, self.clusters[index], member, cosine)
        ranked = sorted(best.values(), key=lambda b: (-b.score, b.cluster.index))
        if not ranked or ranked[0].score < threshold:
            return None
        if len(ranked) > 1 and ranked[0].score - ranked[1].score < self.config.ambiguity_margin:
            return None  # fits two incidents about equally: joining either would be a guess
        return ranked[0]

    def _kept_apart(self, pin: str, cluster: Cluster) -> bool:
        return any(frozenset((pin, other)) in self._apart for other in cluster.labels)

    def _cosine(self, item: MatchFeatures, member: MatchFeatures) -> float:
        """Text similarity; none between two reports of one document, whose shared words
        are the document's (the extractor already told those mentions apart)."""
        if item.document == member.document:
            return 0.0
        return self.tfidf.cosine(self._vector(item), self._vector(member))

    def _vector(self, item: MatchFeatures) -> tuple[Grams, float]:
        if item.vector is None:
            found = item.grams if item.grams is not None else np.zeros(0, dtype=np.uint32)
            item.vector = self.tfidf.vector(found)
        return item.vector

    # -- bookkeeping -------------------------------------------------------------

    def _candidates(self, item: MatchFeatures) -> list[Cluster]:
        """Active incidents filed under the report's days and places whose date bounds
        leave room for it (a quick test before checking each of their reports)."""
        room = max(item.slack, self._max_slack)
        earliest, latest = item.lo - room, item.hi + room
        active = self._active
        out = []
        # any order: rows are ranked by (score, incident number) and equal ones keep the
        # order of their incident's reports
        for index in self._index.lookup(item):
            cluster = active.get(index)
            if cluster is not None and cluster.hi_min >= earliest and cluster.lo_max <= latest:
                out.append(cluster)
        return out

    def _found(self, item: MatchFeatures) -> None:
        cluster = Cluster(len(self.clusters), [Join(item.id, FOUNDED)], [])
        self.clusters.append(cluster)
        self._add_member(cluster, item)

    def _join(self, cluster: Cluster, item: MatchFeatures, join: Join) -> None:
        cluster.joins.append(join)
        self._add_member(cluster, item)

    def _add_member(self, cluster: Cluster, item: MatchFeatures) -> None:
        cluster.members.append(item)
        if item.pin is not None:
            cluster.labels.add(item.pin)
            self._by_label.setdefault(item.pin, cluster.index)
        if not item.matchable:
            return
        self._index.add(cluster.index, item)
        cluster.lo_max = max(cluster.lo_max, item.lo)
        cluster.hi_min = min(cluster.hi_min, item.hi)
        cluster.reach = max(cluster.reach, item.hi + item.slack)
        self._active[cluster.index] = cluster
        heapq.heappush(self._reach_heap, (cluster.reach, cluster.index))

    def _sweep(self, today: int) -> None:
        """Forget days and incidents that no later report can reach."""
        cutoff = today - self._horizon
        self._index.forget_before(cutoff)
        while self._reach_heap and self._reach_heap[0][0] < cutoff:
            reach, index = heapq.heappop(self._reach_heap)
            cluster = self._active.get(index)
            if cluster is not None and cluster.reach == reach:
                del self._active[index]
                for member in cluster.members:
                    member.vector = member.grams = None
                cluster.members = []
