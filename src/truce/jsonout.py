"""The stable JSON shapes other programs read (`--format json`), documented in docs/json.md.

They are built explicitly field by field, not dumped from the models, so an
internal field added to a model does not change what scripts receive. Adding a
key is allowed; renaming or removing one needs a new major version.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from truce.model import Casualties, Claim, EventDate, Finding, Incident, Place, Report, Span


def date_json(date: EventDate) -> dict[str, Any]:
    return {
        "start": date.start.isoformat() if date.start else None,
        "end": date.end.isoformat() if date.end else None,
        "precision": date.precision.value,
    }


def place_json(place: Place) -> dict[str, Any]:
    return {
        "name": place.name,
        "relation": place.relation.value,
        "admin1_pcode": place.admin1_pcode,
        "admin1_name": place.admin1_name,
        "admin2_pcode": place.admin2_pcode,
        "admin2_name": place.admin2_name,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "precision": place.precision,
        "acled_geo_precision": place.acled_geo_precision,
    }


def casualties_json(value: Casualties | None) -> dict[str, Any] | None:
    return None if value is None else {"low": value.low, "best": value.best, "high": value.high}


def span_json(span: Span) -> dict[str, Any]:
    out: dict[str, Any] = {"start": span.start, "end": span.end, "text": span.text}
    if span.document_id:
        out["document_id"] = span.document_id
    return out


def event_json(report: Report) -> dict[str, Any]:
    """One extracted event (`truce extract`)."""
    return {
        "id": report.id,
        "type": report.type.value,
        "acled_event_type": report.acled_event_type,
        "acled_sub_event_type": report.acled_sub_event_type,
        "date": date_json(report.date),
        "place": place_json(report.place),
        "actors": list(report.actors),
        "targets": list(report.targets),
        "fatalities": casualties_json(report.fatalities),
        "injuries": casualties_json(report.injuries),
        "claims": [
            {
                "claimant": c.claimant,
                "claimant_actor_id": c.claimant_actor_id,
                "stance": c.stance.value,
                "text": c.text,
                "evidence": span_json(c.span),
            }
            for c in report.claims
        ],
        "flags": [f.value for f in report.flags],
        "evidence": [span_json(s) for s in report.evidence],
    }


def claim_json(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "claimant": claim.claimant,
        "claimant_actor_id": claim.claimant_actor_id,
        "stance": claim.stance.value,
        "text": claim.text,
        "document_id": claim.document_id,
        "evidence": span_json(claim.span),
    }


def _ledger_claim(claim: Claim, entry: Mapping[str, Any]) -> dict[str, Any]:
    return claim_json(claim) | {
        "side": entry.get("side"),
        "source": entry.get("source"),
        "published": entry.get("published"),
    }


def incident_json(
    incident: Incident,
    *,
    claims: list[Claim],
    reports: list[dict[str, Any]],
    grade: str | None = None,
    view: Mapping[str, Any] | None = None,
    detail: bool = False,
) -> dict[str, Any]:
    """One incident (`truce incidents list|show`); ``reports`` are {id, document_id, source,
    published} rows prepared by the caller, who knows the documents. ``view`` is the
    consolidation view stored with the incident (grade, provenance, merges, ledger);
    ``detail`` adds every field's provenance and how each report joined (`show`)."""
    view = view or {}
    fields = view.get("fields", {})
    ledger = {e["claim_id"]: e for e in view.get("ledger", [])}
    out = {
        "id": incident.id,
        "type": incident.type.value,
        "date": date_json(incident.date),
        "date_range": (fields.get("date_range") or {}).get("value"),
        "place": place_json(incident.place),
        "actors": list(incident.actors),
        "targets": list(incident.targets),
        "fatalities": casualties_json(incident.fatalities),
        "grade": grade if grade is not None else view.get("grade"),
        "grade_reasons": list(view.get("grade_reasons", [])),
        "sources": [
            {k: s[k] for k in ("name", "credible", "documents", "notes")}
            for s in view.get("sources", [])
        ],
        "reports": reports,
        "claims": [_ledger_claim(c, ledger.get(c.id, {})) for c in claims],
    }
    if detail:
        out["provenance"] = fields
        out["matches"] = list(view.get("matches", []))
        out["overrides"] = list(view.get("overrides", []))
    return out


def finding_json(finding: Finding) -> dict[str, Any]:
    """One finding (`truce findings list`)."""
    return {
        "id": finding.id,
        "incident_id": finding.incident_id,
        "agreement_id": finding.agreement_id,
        "status": finding.status.value,
        "contested": finding.contested,
        "reasons": list(finding.reasons),
        "clauses": list(finding.clauses),
        "evidence": [span_json(s) for s in finding.evidence],
        "rules_version": finding.rules_version,
    }
