"""Coverage and summary counts: what was reported, where, and where nothing was.

Silence is not compliance: a governorate with no report on a day may have been
quiet or simply unobserved, so the report lists those gaps instead of letting an
empty table read as calm. Counts follow ceasefire monitoring missions' daily
reports: incidents and possible violations since the previous report and over
the window, by type and by area.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from truce.assess.zones import admin1_shapes
from truce.model import Document
from truce.report.views import IncidentView


@dataclass(frozen=True)
class CoverageRow:
    pcode: str
    name: str
    cells: list[int]

    @property
    def silent(self) -> bool:
        return not any(self.cells)


@dataclass(frozen=True)
class Coverage:
    days: list[dt.date]
    rows: list[CoverageRow]
    documents: list[int]
    unplaced: list[int]

    @property
    def silent_areas(self) -> list[str]:
        return [r.name for r in self.rows if r.silent]

    @property
    def silent_days(self) -> list[dt.date]:
        totals = [
            sum(r.cells[n] for r in self.rows) + self.unplaced[n] for n in range(len(self.days))
        ]
        return [d for d, t in zip(self.days, totals, strict=True) if t == 0]


def coverage(
    views: Sequence[IncidentView], documents: Sequence[Document], first: dt.date, last: dt.date
) -> Coverage:
    """Incidents per governorate and day (ranges count on each day they may cover)."""
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    rows = []
    for admin in sorted(admin1_shapes().values(), key=lambda a: a.name):
        own = [v for v in views if v.incident.place.admin1_pcode == admin.pcode]
        rows.append(CoverageRow(admin.pcode, admin.name, [sum(v.on(d) for v in own) for d in days]))
    known = set(admin1_shapes())
    elsewhere = [v for v in views if v.incident.place.admin1_pcode not in known]
    published = Counter(d.published for d in documents if d.published)
    return Coverage(
        days=days,
        rows=rows,
        documents=[published.get(d, 0) for d in days],
        unplaced=[sum(v.on(d) for v in elsewhere) for d in days],
    )


@dataclass(frozen=True)
class Summary:
    """Counts per incident (its worst finding), for one set of incidents."""

    incidents: int
    possible_violations: int
    contested: int
    insufficient: int
    permitted: int
    outside_scope: int
    no_finding: int
    by_type: dict[str, int]
    by_area: dict[str, int]
    by_type_area: dict[tuple[str, str], int]


def summarise(views: Sequence[IncidentView]) -> Summary:
    worst = Counter(v.worst for v in views)
    possible = [v for v in views if v.worst == "possible_violation"]
    kind = [v.incident.type.value.replace("_", " ") for v in possible]
    return Summary(
        incidents=len(views),
        possible_violations=worst["possible_violation"],
        contested=sum(v.contested for v in views),
        insufficient=worst["insufficient_information"],
        permitted=worst["permitted"],
        outside_scope=worst["outside_scope"],
        no_finding=worst["no_finding"],
        by_type=dict(sorted(Counter(kind).items())),
        by_area=dict(sorted(Counter(v.area for v in possible).items())),
        by_type_area=dict(
            sorted(Counter((k, v.area) for k, v in zip(kind, possible, strict=True)).items())
        ),
    )
