"""A small inline SVG chart: incidents per day by worst finding, with the truce's steps.

Bars are stacked by status (colour and a legend in words, so it prints in grey
too); the agreement's lifecycle steps are drawn as labelled vertical lines. An
incident dated to a range counts on each day of the range, drawn lighter, because
we do not know which day it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from markupsafe import Markup, escape

from truce.model import Lifecycle
from truce.report.svgmap import COLOURS
from truce.report.views import SEVERITY, AgreementView, IncidentView

WIDTH = 640
HEIGHT = 190
LEFT, RIGHT, TOP, BOTTOM = 30, 10, 34, 40
MARKED = {
    Lifecycle.IN_FORCE: "in force",
    Lifecycle.EXTENDED: "extended",
    Lifecycle.SUSPENDED: "suspended",
    Lifecycle.DECLARED_OVER: "declared over",
    Lifecycle.EXPIRED: "expired",
}


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _stacks(views: Sequence[IncidentView], days: list[dt.date]) -> list[dict[str, list[bool]]]:
    """For each day, per status, one flag per incident: True when dated to that day alone."""
    out: list[dict[str, list[bool]]] = []
    for day in days:
        stack: dict[str, list[bool]] = {}
        for view in views:
            if view.on(day):
                exact = view.incident.date.start == view.incident.date.end
                stack.setdefault(view.worst, []).append(exact)
        out.append(stack)
    return out


def timeline_chart(
    views: Sequence[IncidentView],
    agreements: Sequence[AgreementView],
    first: dt.date,
    last: dt.date,
) -> Markup:
    days = _days(first, last)
    stacks = _stacks(views, days)
    peak = max((sum(len(v) for v in s.values()) for s in stacks), default=0) or 1
    step = (WIDTH - LEFT - RIGHT) / len(days)
    unit = (HEIGHT - TOP - BOTTOM) / peak
    base = HEIGHT - BOTTOM
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
        'role="img" aria-labelledby="chart-title"><title id="chart-title">Incidents per day '
        "by worst finding, with the agreements' steps</title>",
        f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}" class="axis"/>',
        f'<text x="{LEFT - 6}" y="{TOP + 4}" class="tick" text-anchor="end">{peak}</text>',
        f'<text x="{LEFT - 6}" y="{base}" class="tick" text-anchor="end">0</text>',
    ]
    label_every = max(1, -(-len(days) // 8))
    for n, (day, stack) in enumerate(zip(days, stacks, strict=True)):
        x = LEFT + n * step
        height = 0.0
        for status in SEVERITY:
            for exact in stack.get(status, []):
                height += unit
                opacity = "1" if exact else "0.45"
                parts.append(
                    f'<rect class="bar" x="{x + step * 0.15:.1f}" y="{base - height:.1f}" '
                    f'width="{step * 0.7:.1f}" height="{unit - 1:.1f}" fill="{COLOURS[status]}" '
                    f'fill-opacity="{opacity}"><title>{escape(_bar_title(day, status, exact))}'
                    "</title></rect>"
                )
        if n % label_every == 0:
            parts.append(
                f'<text class="tick" x="{x + step / 2:.1f}" y="{base + 14}" '
                f'text-anchor="middle">{day.day} {day:%b}</text>'
            )
    parts += _steps(agreements, first, last, step)
    parts.append("</svg>")
    return Markup("".join(parts))


def _bar_title(day: dt.date, status: str, exact: bool) -> str:
    when = day.isoformat() if exact else f"{day.isoformat()} (one day of a date range)"
    return f"{when}: {status.replace('_', ' ')}"


def _steps(
    agreements: Sequence[AgreementView], first: dt.date, last: dt.date, step: float
) -> list[str]:
    """One dashed line per (day, kind of step), its title naming every agreement."""
    marks: dict[tuple[dt.date, Lifecycle], list[str]] = {}
    for view in agreements:
        for event in view.timeline:
            if event.state in MARKED and first <= event.date <= last:
                marks.setdefault((event.date, event.state), []).append(
                    f"{view.agreement.name}: {event.what}"
                )
    parts = []
    rows: dict[dt.date, int] = {}
    for (day, state), whats in sorted(marks.items()):
        x = LEFT + ((day - first).days + 0.5) * step
        row = rows.get(day, 0)
        rows[day] = row + 1
        anchor, dx = ("end", -3) if x > WIDTH * 0.75 else ("start", 3)
        parts.append(
            f'<g class="step"><line x1="{x:.1f}" y1="{TOP - 8}" x2="{x:.1f}" '
            f'y2="{HEIGHT - BOTTOM}" class="step-line"/><text x="{x + dx:.1f}" '
            f'y="{TOP - 12 - 11 * row}" class="step-label" text-anchor="{anchor}">'
            f"{escape(MARKED[state])}</text>"
            f"<title>{escape(day.isoformat() + ' ' + '; '.join(whats))}</title></g>"
        )
    return parts
