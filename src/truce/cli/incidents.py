"""`truce incidents list|show` and `truce findings list`."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from truce.cli._common import FORMAT_OPTION, Format, handle_errors, open_store, print_json
from truce.jsonout import finding_json, incident_json
from truce.model import Incident
from truce.store import Store

app = typer.Typer(
    help="Incidents: one real-world happening with all its reports.", no_args_is_help=True
)
findings_app = typer.Typer(help="Findings: incident x agreement assessments.", no_args_is_help=True)


def _incident_rows(store: Store, incidents: list[Incident]) -> list[dict[str, Any]]:
    documents = {d.id: d for d in store.documents()}
    sources = store.sources()
    reports = {r.id: r for r in store.reports()}
    claims = store.claims()
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
        rows.append(incident_json(incident, claims=own, reports=report_rows))
    return rows


@app.command("list")
@handle_errors
def list_cmd(ctx: typer.Context, fmt: Format = FORMAT_OPTION) -> None:
    """List incidents, oldest first.  Example: truce incidents list --format json"""
    store = open_store(ctx, create=False)
    incidents = store.incidents()
    if fmt == Format.JSON:
        print_json({"incidents": _incident_rows(store, incidents)})
        return
    for i in incidents:
        when = i.date.start.isoformat() if i.date.start else "undated"
        place = i.place.name or "-"
        typer.echo(
            f"{i.id}  {when:<10}  {i.type.value:<24}  {place}  ({len(i.report_ids)} reports)"
        )


@app.command("show")
@handle_errors
def show_cmd(
    ctx: typer.Context,
    incident_id: Annotated[str, typer.Argument(help="Incident id.")],
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Show one incident with its reports, claims and findings.

    Example: truce incidents show inc_0123456789abcdef
    """
    store = open_store(ctx, create=False)
    incident = store.incident(incident_id)
    row = _incident_rows(store, [incident])[0]
    row["findings"] = [finding_json(f) for f in store.findings() if f.incident_id == incident_id]
    if fmt == Format.JSON:
        print_json(row)
        return
    _print_incident(incident, row)


def _print_incident(incident: Incident, row: dict[str, Any]) -> None:
    date, place = row["date"], row["place"]
    typer.echo(f"{incident.id}  {incident.type.value}  {date['start']}..{date['end']}")
    typer.echo(f"date precision: {date['precision']}")
    typer.echo(f"place: {place['relation']} {place['name']} {place['admin1_pcode'] or ''}")
    typer.echo(f"place precision (UCDP): {place['precision']}")
    typer.echo(f"reported actors: {', '.join(incident.actors) or '-'}")
    typer.echo(f"reported targets: {', '.join(incident.targets) or '-'}")
    if row["fatalities"]:
        low, best, high = (row["fatalities"][k] for k in ("low", "best", "high"))
        typer.echo(f"fatalities reported: low {low}, best {best}, high {high}")
    for rep in row["reports"]:
        typer.echo(
            f"  report {rep['id']} in {rep['document_id']} ({rep['source']}, {rep['published']})"
        )
    for claim in row["claims"]:
        typer.echo(f"  claim: {claim['claimant']} {claim['stance']}: {claim['text']}")
    for finding in row["findings"]:
        flag = " (contested)" if finding["contested"] else ""
        typer.echo(f"  finding [{finding['agreement_id']}]: {finding['status']}{flag}")
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
