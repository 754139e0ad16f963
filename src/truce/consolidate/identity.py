"""Incident ids that last: an incident keeps the id it had in the previous run.

A fresh incident is named after its founding report (``stable_id("inc", report id)``), so
the same reports give the same ids on any machine. On later runs each group of reports
takes the previous id most of its reports carried (largest overlap first, each id used
once), so a report arriving later, even one dated earlier than the founder, does not
rename the incident it joins. A name that is already taken (the part split off an
incident has the same founder) falls back to a hash of all its report ids.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from truce.ids import stable_id


def assign_ids(groups: Sequence[Sequence[str]], previous: Mapping[str, str]) -> list[str]:
    """One id per group of report ids (founder first), stable across runs."""
    offers: list[tuple[int, str, int]] = []
    for index, members in enumerate(groups):
        counts = Counter(previous[m] for m in members if m in previous)
        offers.extend((-count, old_id, index) for old_id, count in counts.items())
    assigned: dict[int, str] = {}
    taken: set[str] = set()
    for _, old_id, index in sorted(offers):
        if index not in assigned and old_id not in taken:
            assigned[index] = old_id
            taken.add(old_id)
    for index in (i for i in range(len(groups)) if i not in assigned):
        candidate = stable_id("inc", groups[index][0])
        if candidate in taken:
            candidate = stable_id("inc", *sorted(groups[index]))
        assigned[index] = candidate
        taken.add(candidate)
    return [assigned[i] for i in range(len(groups))]
