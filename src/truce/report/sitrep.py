"""Stage ⑥: the daily situation report (or a period summary), built from the store.

A daily report for day D covers the ``days`` days ending on D; "since the
previous report" means incidents on D itself or first published on D. A period
summary (``first``..``day``) has no previous report. Each agreement is shown as it
stood on the last day (the assessment is recomputed *as of* that day, so later
steps do not leak into an earlier report's lifecycle or commitment statuses),
with every finding, claim and source; incidents dated earlier, or undated, but
first reported in the window are listed too. Findings use every report in the
store, including those published after the report date; the header says so.

Every text that came from a document is escaped: by Jinja's autoescape in the
templates, by ``markupsafe.escape`` in the SVG builders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from jinja2 import Environment, FunctionLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from truce import __version__
from truce.actors import load_actors
from truce.assess import RULES_VERSION, Assessment, assess
from truce.errors import ReportError
from truce.model import Document, Incident, Source
from truce.report.coverage import Coverage, Summary, coverage, summarise
from truce.report.svgmap import incident_map, unplaced
from truce.report.timeline import timeline_chart
from truce.report.views import AgreementView, IncidentView
from truce.store import Store

#: The chart shows at least this many days, so a one-day report still has context.
CHART_DAYS = 14


@dataclass(frozen=True)
class Sitrep:
    day: dt.date
    first_day: dt.date
    period: bool
    agreements: list[AgreementView]
    incidents: list[IncidentView]
    sources: dict[str, Source]
    undated: int
    window: Summary
    since: Summary | None
    coverage: Coverage
    map_svg: Markup
    chart_svg: Markup
    chart_first: dt.date
    unmapped: list[IncidentView]
    generated_by: str = f"truce-monitor {__version__} ({RULES_VERSION})"


def _shown(
    incident: Incident, docs: list[Document], first: dt.date, last: dt.date
) -> tuple[bool, bool]:
    """(shown, dated earlier or undated): dated in the window, or first reported in it."""
    if incident.date.start is not None and incident.date.overlaps(first, last):
        return True, False
    reported = [d.published for d in docs if d.published]
    return bool(reported) and first <= min(reported) <= last, True


def _views(
    store: Store, assessment: Assessment, first: dt.date, last: dt.date, period: bool
) -> list[IncidentView]:
    catalogue = load_actors()
    claims = store.claims()
    documents = {d.id: d for d in store.documents()}
    views: list[IncidentView] = []
    for incident in store.incidents():
        docs = [documents[d] for d in incident.document_ids if d in documents]
        shown, earlier = _shown(incident, docs, first, last)
        if not shown:
            continue
        first_seen = min((d.published for d in docs if d.published), default=None)
        views.append(
            IncidentView(
                number=len(views) + 1,
                incident=incident,
                findings=[f for f in assessment.findings if f.incident_id == incident.id],
                claims=[c for c in claims if c.incident_id == incident.id],
                documents=docs,
                actor_names=[catalogue[a].name if a in catalogue else a for a in incident.actors],
                target_names=[catalogue[a].name if a in catalogue else a for a in incident.targets],
                new=not period and (first_seen == last or _on(incident, last)),
                earlier=earlier,
            )
        )
    return views


def _on(incident: Incident, day: dt.date) -> bool:
    return incident.date.start is not None and incident.date.overlaps(day, day)


def build_sitrep(
    store: Store, day: dt.date, *, days: int = 3, first: dt.date | None = None
) -> Sitrep:
    """Collect what the report for ``day`` shows: the ``days`` days ending on it, or the
    period ``first``..``day`` when ``first`` is given."""
    if first is not None and first > day:
        raise ReportError(f"the period starts ({first}) after it ends ({day})")
    if days < 1:
        raise ReportError("the report window must be at least one day", hint="use --days 1")
    period = first is not None
    first_day = first if first is not None else day - dt.timedelta(days=days - 1)
    documents = store.documents()
    assessment = assess(
        store.incidents(),
        store.agreements(),
        reports=store.reports(),
        claims=store.claims(),
        as_of=day,
        published={d.id: d.published for d in documents},
        known_by=max((d.published for d in documents if d.published), default=None),
    )
    views = _views(store, assessment, first_day, day, period)
    agreements = _agreements(store, assessment, views, day)
    chart_first = min(first_day, day - dt.timedelta(days=CHART_DAYS - 1))
    return Sitrep(
        day=day,
        first_day=first_day,
        period=period,
        agreements=agreements,
        incidents=views,
        sources=store.sources(),
        undated=sum(1 for i in store.incidents() if i.date.start is None),
        window=summarise(views),
        since=None if period else summarise([v for v in views if v.new]),
        coverage=coverage(views, documents, first_day, day),
        map_svg=incident_map(views, [a.agreement for a in agreements]),
        chart_svg=timeline_chart(
            [v for v in views if not v.earlier]
            + _context(store, assessment, chart_first, first_day),
            agreements,
            chart_first,
            day,
        ),
        chart_first=chart_first,
        unmapped=unplaced(views),
    )


def _context(
    store: Store, assessment: Assessment, first: dt.date, before: dt.date
) -> list[IncidentView]:
    """Incidents dated in the chart's days before the window, for the chart only."""
    if first >= before:
        return []
    return [
        v
        for v in _views(store, assessment, first, before - dt.timedelta(days=1), True)
        if not v.earlier
    ]


def _agreements(
    store: Store, assessment: Assessment, views: Sequence[IncidentView], day: dt.date
) -> list[AgreementView]:
    out = []
    for agreement in store.agreements():
        if agreement.agreed > day:
            continue
        state = assessment.states[agreement.id]
        statuses = [
            f.status.value for v in views for f in v.findings if f.agreement_id == agreement.id
        ]
        counts = {s: statuses.count(s) for s in sorted(set(statuses))}
        timeline = [e for e in state.lifecycle if e.date <= day]
        out.append(AgreementView(agreement, state, timeline, counts))
    return out


def _template(name: str) -> str:
    return resources.files("truce.report").joinpath("templates", name).read_text("utf-8")


def _md(value: object) -> str:
    """Text for Markdown: no raw HTML from articles, no table breaks."""
    text = " ".join(str(value).split())
    for raw, safe in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|")):
        text = text.replace(raw, safe)
    return text


def _environment(html: bool) -> Environment:
    env = Environment(
        loader=FunctionLoader(_template),
        autoescape=select_autoescape(default=html, default_for_string=html),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["label"] = lambda value: str(value).replace("_", " ")
    env.filters["md"] = _md
    env.filters["day"] = lambda d: f"{d.day} {d:%b %Y}"
    return env


def render(sitrep: Sitrep, *, fmt: str = "html") -> str:
    """The report as self-contained HTML (inline CSS and SVG, no scripts) or Markdown."""
    name = {"html": "sitrep.html.j2", "md": "sitrep.md.j2", "markdown": "sitrep.md.j2"}.get(fmt)
    if name is None:
        raise ReportError(f"unknown report format {fmt!r}", hint="use html or md")
    return _environment(fmt == "html").get_template(name).render(r=sitrep)


def write_report(
    store: Store,
    day: dt.date,
    out: str | Path,
    *,
    days: int = 3,
    fmt: str | None = None,
    first: dt.date | None = None,
) -> Path:
    """Build and write the report; the format follows the file suffix unless given."""
    path = Path(out)
    chosen = fmt or ("md" if path.suffix.lower() in (".md", ".markdown") else "html")
    text = render(build_sitrep(store, day, days=days, first=first), fmt=chosen)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ReportError(f"cannot write {path}: {exc}") from exc
    return path.resolve()
