"""`truce incidents list|show|split|merge` and `truce findings list`."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from truce.cli._common import FORMAT_OPTION, Format, handle_errors, open_store, print_json
from truce.consolidate.overrides import merge_decision, split_decision
from truce.jsonout import finding_json, incident_json
from truce.model import Incident
from truce.pipeline import assess_stored, consolidate_stored
from truce.store import Store

app = typer.Typer(
    help="Incidents: one real-world happening with all its reports.", no_args_is_help=True
)
findings_app = typer.Typer(help="Findings: incident x agreement assessments.", no_args_is_help=True)


def _incident_rows(
    store: Store, incidents: list[Incident], *, detail: bool = False
) -> list[dict[str, Any]]:
    documents = {d.id: d for d in store.documents()}
    sources = store.sources()
    reports = {r.id: r for r in store.reports()}
    claims = store.claims()
    views = store.incident_views()
    rows = []
    for incident in incidents:
        report_rows = []
        for report_id in incident.report_ids:
            report = reports.get(report_id)
            doc = documents.get(report.document_id) if report else None
            source = sources.get(doc.source_id or "") if doc else None
            report_rows.append(
                {
                    "id": report_id,
                    "document_id": report.document_id if report else None,
                    "source": source.name if source else None,
                    "published": doc.published.isoformat() if doc and doc.published else None,
                }
            )
        own = [c for c in claims if c.incident_id == incident.id]
        view = views.get(incident.id)
        rows.append(
            incident_json(incident, claims=own, reports=report_rows, view=view, detail=detail)
        )
    return rows


@app.command("list")
@handle_errors
def list_cmd(ctx: typer.Context, fmt: Format = FORMAT_OPTION) -> None:
    """List incidents, oldest first, with their grade.

    Example: truce incidents list --format json
    """
    store = open_store(ctx, create=False)
    incidents = store.incidents()
    if fmt == Format.JSON:
        print_json({"incidents": _incident_rows(store, incidents)})
        return
    views = store.incident_views()
    for i in incidents:
        when = i.date.start.isoformat() if i.date.start else "undated"
        place = i.place.name or "-"
        grade = views.get(i.id, {}).get("grade") or "-"
        typer.echo(
            f"{i.id}  {when:<10}  {i.type.value:<24}  {grade:<10}  {place}"
            f"  ({len(i.report_ids)} reports)"
        )


@app.command("show")
@handle_errors
def show_cmd(
    ctx: typer.Context,
    incident_id: Annotated[str, typer.Argument(help="Incident id.")],
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Show one incident: each field with the reports it rests on, how each report
    joined, the independent sources, the claims side by side, and the findings.

    Example: truce incidents show inc_0123456789abcdef
    """
    store = open_store(ctx, create=False)
    incident = store.incident(incident_id)
    row = _incident_rows(store, [incident], detail=True)[0]
    row["findings"] = [finding_json(f) for f in store.findings() if f.incident_id == incident_id]
    if fmt == Format.JSON:
        print_json(row)
        return
    _print_incident(row)


def _reconsolidate(store: Store) -> None:
    """Apply a new decision at once: consolidate, then assess (findings cite incidents)."""
    consolidate_stored(store)
    assess_stored(store)


def _incident_of(store: Store, report_id: str) -> str:
    return next((i.id for i in store.incidents() if report_id in i.report_ids), "?")


@app.command("split")
@handle_errors
def split_cmd(
    ctx: typer.Context,
    incident_id: Annotated[str, typer.Argument(help="The incident to split.")],
    report: Annotated[
        list[str], typer.Option("--report", "-r", help="A report to move out (repeatable).")
    ],
    note: Annotated[str | None, typer.Option(help="Why (kept in the audit log).")] = None,
) -> None:
    """Move reports out of an incident into a new one; later runs keep them apart.

    Example: truce incidents split inc_0123456789abcdef --report rep_0123456789abcdef
    """
    store = open_store(ctx, create=False)
    decision = split_decision(store.incident(incident_id), report, note)
    seq = store.add_override(decision.action, decision.incident_id, decision.detail())
    _reconsolidate(store)
    moved_to = _incident_of(store, decision.reports[0])
    typer.echo(f"split #{seq}: {len(decision.reports)} report(s) of {incident_id} -> {moved_to}")


@app.command("merge")
@handle_errors
def merge_cmd(
    ctx: typer.Context,
    incident_ids: Annotated[
        list[str], typer.Argument(help="Incidents to merge; the first keeps its id.")
    ],
    note: Annotated[str | None, typer.Option(help="Why (kept in the audit log).")] = None,
) -> None:
    """Merge incidents that are one happening; later runs keep them together.

    Example: truce incidents merge inc_0123456789abcdef inc_fedcba9876543210
    """
    store = open_store(ctx, create=False)
    decision = merge_decision([store.incident(i) for i in incident_ids], note)
    seq = store.add_override(decision.action, decision.incident_id, decision.detail())
    _reconsolidate(store)
    kept = _incident_of(store, decision.reports[0])
    typer.echo(f"merge #{seq}: {', '.join(dict.fromkeys(incident_ids))} -> {kept}")


def _ids(reports: list[str]) -> str:
    return (
        ", ".join(reports) if len(reports) <= 3 else f"{', '.join(reports[:3])} +{len(reports) - 3}"
    )


def _print_fields(row: dict[str, Any]) -> None:
    prov = row.get("provenance", {})

    def line(label: str, text: str, key: str) -> None:
        src = prov.get(key)
        typer.echo(f"{label}: {text}" + (f"   <- {_ids(src['reports'])}" if src else ""))

    date, place = row["date"], row["place"]
    line("type", row["type"], "type")
    line("date", f"{date['start']}..{date['end']} ({date['precision']})", "date")
    if row.get("date_range"):
        line(
            "reports span",
            f"{row['date_range']['start']}..{row['date_range']['end']}",
            "date_range",
        )
    where = " ".join(str(p) for p in (place["relation"], place["name"], place["admin1_pcode"]) if p)
    line("place", f"{where} (UCDP precision {place['precision']})", "place")
    for key in ("actors", "targets"):
        named = prov.get(key, {}).get("value") or {n: [] for n in row[key]}
        for name, reports in named.items():
            typer.echo(f"reported {key[:-1]}: {name}   <- {_ids(reports)}")
    for key in ("low", "best", "high"):
        if (src := prov.get(f"fatalities.{key}")) is not None:
            typer.echo(
                f"fatalities {key}: {src['value']}   <- {_ids(src['reports'])}  ({src['rule']})"
            )


def _print_incident(row: dict[str, Any]) -> None:
    typer.echo(f"{row['id']}  {row['type']}  grade: {row['grade'] or '-'}")
    for reason in row["grade_reasons"]:
        typer.echo(f"  - {reason}")
    _print_fields(row)
    credible = sum(1 for s in row["sources"] if s["credible"])
    typer.echo(f"independent sources: {len(row['sources'])} ({credible} credible)")
    for source in row["sources"]:
        flag = "" if source["credible"] else " [not counted]"
        notes = f" ({'; '.join(source['notes'])})" if source["notes"] else ""
        typer.echo(f"  {source['name']}{flag}: {_ids(source['documents'])}{notes}")
    joins = {m["report_id"]: m for m in row.get("matches", [])}
    for rep in row["reports"]:
        typer.echo(
            f"report {rep['id']} in {rep['document_id']} ({rep['source']}, {rep['published']})"
        )
        join = joins.get(rep["id"], {})
        if join.get("how") == "matched":
            typer.echo(
                f"    joined via {join['via']}: {join['explanation']} (score {join['score']:.2f})"
            )
        elif join:
            typer.echo(f"    {join['how']} {join.get('explanation') or ''}".rstrip())
    typer.echo("claims (date | side | claimant | stance | outlet):")
    for c in sorted(row["claims"], key=lambda c: (c["published"] or "", c["side"] or "~")):
        typer.echo(
            f"  {c['published'] or '?'} | {c['side'] or '?'} | {c['claimant']} | {c['stance']}"
            f" | {c['source'] or '?'}: {c['text']}"
        )
    for finding in row["findings"]:
        flag = " (contested)" if finding["contested"] else ""
        typer.echo(f"finding [{finding['agreement_id']}]: {finding['status']}{flag}")
        for reason in finding["reasons"]:
            typer.echo(f"    - {reason}")
        for clause in finding["clauses"]:
            typer.echo(f"    clause {clause}")


@findings_app.command("list")
@handle_errors
def findings_cmd(
    ctx: typer.Context,
    agreement: Annotated[str | None, typer.Option(help="Only this agreement id.")] = None,
    fmt: Format = FORMAT_OPTION,
) -> None:
    """List findings.

    Example: truce findings list --agreement syria-2016-09-us-russia --format json
    """
    findings = open_store(ctx, create=False).findings()
    if agreement:
        findings = [f for f in findings if f.agreement_id == agreement]
    if fmt == Format.JSON:
        print_json({"findings": [finding_json(f) for f in findings]})
        return
    for f in findings:
        flag = " contested" if f.contested else ""
        typer.echo(f"{f.incident_id}  {f.agreement_id}  {f.status.value}{flag}")
