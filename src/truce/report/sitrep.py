"""Stage ⑥: the daily situation report, built from the store for one day.

The report covers the ``days`` days ending on the report date, and shows for
each agreement its state on that day (recomputed *as of* the day, so a later
declaration does not leak into an earlier report's lifecycle), its commitments,
and every dated incident in the window with its findings, claims and sources.
Every text that came from a document is escaped by the template engine.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from jinja2 import Environment, FunctionLoader, StrictUndefined, select_autoescape

from truce import __version__
from truce.actors import load_actors
from truce.assess import RULES_VERSION, assess
from truce.errors import ReportError
from truce.model import (
    Agreement,
    AgreementState,
    Claim,
    Document,
    Finding,
    Incident,
    LifecycleEvent,
    Source,
)
from truce.store import Store


@dataclass(frozen=True)
class IncidentView:
    incident: Incident
    findings: list[Finding]
    claims: list[Claim]
    documents: list[Document]
    actor_names: list[str]
    target_names: list[str]


@dataclass(frozen=True)
class AgreementView:
    agreement: Agreement
    state: AgreementState
    current: LifecycleEvent | None
    timeline: list[LifecycleEvent]


@dataclass(frozen=True)
class Sitrep:
    day: dt.date
    first_day: dt.date
    agreements: list[AgreementView]
    incidents: list[IncidentView]
    sources: dict[str, Source]
    undated: int
    generated_by: str = f"truce-monitor {__version__} ({RULES_VERSION})"
    counts: dict[str, int] = field(default_factory=dict)


def _in_window(incident: Incident, first: dt.date, last: dt.date) -> bool:
    return incident.date.start is not None and incident.date.overlaps(first, last)


def build_sitrep(store: Store, day: dt.date, *, days: int = 3) -> Sitrep:
    """Collect what the report for ``day`` shows; ``days`` is the window it covers."""
    if days < 1:
        raise ReportError("the report window must be at least one day", hint="use --days 1")
    first = day - dt.timedelta(days=days - 1)
    catalogue = load_actors()
    incidents = store.incidents()
    claims = store.claims()
    assessment = assess(
        incidents, store.agreements(), reports=store.reports(), claims=claims, as_of=day
    )
    documents = {d.id: d for d in store.documents()}
    shown = [i for i in incidents if _in_window(i, first, day)]
    views = [
        IncidentView(
            incident=i,
            findings=[f for f in assessment.findings if f.incident_id == i.id],
            claims=[c for c in claims if c.incident_id == i.id],
            documents=[documents[d] for d in i.document_ids if d in documents],
            actor_names=[catalogue[a].name if a in catalogue else a for a in i.actors],
            target_names=[catalogue[a].name if a in catalogue else a for a in i.targets],
        )
        for i in shown
    ]
    agreements = [
        AgreementView(
            agreement=a,
            state=assessment.states[a.id],
            current=assessment.states[a.id].state_on(day),
            timeline=[e for e in assessment.states[a.id].lifecycle if e.date <= day],
        )
        for a in store.agreements()
        if a.agreed <= day
    ]
    statuses = [f.status.value for v in views for f in v.findings]
    counts = {s: statuses.count(s) for s in sorted(set(statuses))}
    counts["incidents"] = len(views)
    return Sitrep(
        day=day,
        first_day=first,
        agreements=agreements,
        incidents=views,
        sources=store.sources(),
        undated=sum(1 for i in incidents if i.date.start is None),
        counts=counts,
    )


def _template(name: str) -> str:
    return resources.files("truce.report").joinpath("templates", name).read_text("utf-8")


def _environment() -> Environment:
    env = Environment(
        loader=FunctionLoader(_template),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["label"] = lambda value: str(value).replace("_", " ")
    return env


def render(sitrep: Sitrep, *, fmt: str = "html") -> str:
    """The report as self-contained HTML (inline CSS, no scripts) or Markdown."""
    name = {"html": "sitrep.html.j2", "md": "sitrep.md.j2", "markdown": "sitrep.md.j2"}.get(fmt)
    if name is None:
        raise ReportError(f"unknown report format {fmt!r}", hint="use html or md")
    env = _environment()
    if fmt != "html":
        env.autoescape = False
    return env.get_template(name).render(r=sitrep)


def write_report(
    store: Store, day: dt.date, out: str | Path, *, days: int = 3, fmt: str | None = None
) -> Path:
    """Build and write the report; the format follows the file suffix unless given."""
    path = Path(out)
    chosen = fmt or ("md" if path.suffix.lower() in (".md", ".markdown") else "html")
    text = render(build_sitrep(store, day, days=days), fmt=chosen)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ReportError(f"cannot write {path}: {exc}") from exc
    return path.resolve()
