"""Manual split and merge decisions, replayed on every run.

A decision is stored with the *report* ids it concerns (report ids derive from the
document text, so they survive re-extraction of unchanged documents; incident ids are
only names). Replaying the decisions in order gives:

- pins: reports that must share an incident carry the same pin label;
- apart: pairs of pin labels that must never share one (a split);
- a rewrite of the previous run's report -> incident mapping, so that after a split the
  reports left behind keep the incident's id and the split-off ones get a new one, and
  after a merge the merged incident keeps the id of the first one named.

Later decisions win: merging what was split earlier joins it again, and so on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from truce.errors import ConfigError, NotFoundError, TruceError
from truce.model import Incident

SPLIT: Literal["split"] = "split"
MERGE: Literal["merge"] = "merge"


@dataclass(frozen=True)
class Override:
    """One manual decision (``truce incidents split|merge``)."""

    seq: int
    action: Literal["split", "merge"]
    incident_id: str
    reports: tuple[str, ...]
    rest: tuple[str, ...] = ()
    merged: tuple[str, ...] = ()
    at: dt.datetime | None = None
    note: str | None = None

    def detail(self) -> dict[str, Any]:
        """The stored form (JSON), read back by ``parse_override``."""
        out: dict[str, Any] = {"reports": list(self.reports)}
        if self.action == SPLIT:
            out["rest"] = list(self.rest)
        else:
            out["merged"] = list(self.merged)
        if self.note:
            out["note"] = self.note
        return out


def parse_override(
    seq: int, action: str, subject: str, detail: Mapping[str, Any], at: dt.datetime | None = None
) -> Override:
    """An ``Override`` from a stored row (action, incident id, JSON detail)."""
    if action not in (SPLIT, MERGE):
        raise ConfigError(f"override #{seq}: unknown action {action!r}")

    def ids(key: str) -> tuple[str, ...]:
        value = detail.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"override #{seq}: {key} must be a list of ids")
        return tuple(value)

    note = detail.get("note")
    return Override(
        seq=seq,
        action=SPLIT if action == SPLIT else MERGE,
        incident_id=subject,
        reports=ids("reports"),
        rest=ids("rest"),
        merged=ids("merged"),
        at=at,
        note=note if isinstance(note, str) else None,
    )


@dataclass
class Pins:
    """The replayed decisions: report -> pin label, and labels kept apart."""

    label: dict[str, str] = field(default_factory=dict)
    apart: set[frozenset[str]] = field(default_factory=set)
    decided: dict[str, list[int]] = field(default_factory=dict)

    def _relabel(self, old: set[str], new_labels: Sequence[str]) -> None:
        """Move apart-constraints of retired labels onto the labels that replace them."""
        for pair in [p for p in self.apart if p & old]:
            self.apart.discard(pair)
            for other in pair - old:
                self.apart.update(frozenset((other, n)) for n in new_labels)

    def merge(self, seq: int, reports: Iterable[str]) -> None:
        label = f"m{seq}"
        members = set(reports)
        old = {self.label[r] for r in members if r in self.label}
        members |= {r for r, lab in self.label.items() if lab in old}
        for report in members:
            self.label[report] = label
            self.decided.setdefault(report, []).append(seq)
        self._relabel(old, [label])

    def split(self, seq: int, moved: Iterable[str], rest: Iterable[str]) -> None:
        moved_label, rest_label = f"s{seq}a", f"s{seq}b"
        moved_set, rest_set = set(moved), set(rest) - set(moved)
        old = {self.label[r] for r in moved_set | rest_set if r in self.label}
        rest_set |= {r for r, lab in self.label.items() if lab in old} - moved_set
        for report in moved_set:
            self.label[report] = moved_label
            self.decided.setdefault(report, []).append(seq)
        for report in rest_set:
            self.label[report] = rest_label
            self.decided.setdefault(report, []).append(seq)
        self._relabel(old, [moved_label, rest_label])
        self.apart.add(frozenset((moved_label, rest_label)))


def replay(overrides: Iterable[Override]) -> Pins:
    """Pins after every decision, oldest first."""
    pins = Pins()
    for override in sorted(overrides, key=lambda o: o.seq):
        if override.action == MERGE:
            pins.merge(override.seq, override.reports)
        else:
            pins.split(override.seq, override.reports, override.rest)
    return pins


def rewrite_previous(previous: Mapping[str, str], overrides: Iterable[Override]) -> dict[str, str]:
    """The previous run's report -> incident mapping, as the decisions would have left it."""
    out = dict(previous)
    for override in sorted(overrides, key=lambda o: o.seq):
        if override.action == SPLIT:
            for report in override.reports:
                if out.get(report) == override.incident_id:
                    del out[report]
        else:
            gone = set(override.merged)
            for report, incident in list(out.items()):
                if incident in gone:
                    out[report] = override.incident_id
    return out


def split_decision(
    incident: Incident, report_ids: Sequence[str], note: str | None = None
) -> Override:
    """A split of ``report_ids`` off ``incident`` (checked: all belong, some remain)."""
    moved = tuple(dict.fromkeys(report_ids))
    unknown = [r for r in moved if r not in incident.report_ids]
    if unknown:
        raise NotFoundError(
            f"{incident.id} has no report {', '.join(unknown)}",
            hint=f"`truce incidents show {incident.id}` lists its reports",
        )
    rest = tuple(r for r in incident.report_ids if r not in moved)
    if not moved or not rest:
        raise TruceError(
            f"a split of {incident.id} must leave at least one report on each side",
            hint="name some, not all, of its reports with --report",
        )
    return Override(0, SPLIT, incident.id, moved, rest=rest, note=note)


def merge_decision(incidents: Sequence[Incident], note: str | None = None) -> Override:
    """A merge of two or more incidents into the first one named."""
    unique = list({i.id: i for i in incidents}.values())
    if len(unique) < 2:
        raise TruceError("a merge needs two different incidents")
    reports = tuple(r for i in unique for r in i.report_ids)
    merged = tuple(i.id for i in unique[1:])
    return Override(0, MERGE, unique[0].id, reports, merged=merged, note=note)
