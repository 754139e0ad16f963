"""The claims ledger: every claim about an incident, with claimant, side, outlet and date.

Claims keep the ids they had before consolidation grew a ledger (report, claimant,
stance, offset), so findings that cite them stay valid. The side comes from the actor
catalogue (data/actors.yaml) when the claimant is a known actor, else from the source
catalogue (a claim made by an outlet in its own voice), else it is unknown: never guessed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from truce.consolidate.facts import ReportFacts
from truce.consolidate.sources import DocumentInfo, SourceCatalogue
from truce.consolidate.view import LedgerEntry, build
from truce.ids import stable_id
from truce.model import Actor, Claim


def claims_of(incident_id: str, reports: Sequence[ReportFacts]) -> list[Claim]:
    """Stored claims of one incident, one per (report, claimant, stance, offset)."""
    claims: dict[str, Claim] = {}
    for report in reports:
        for mention in report.claims:
            claim_id = stable_id(
                "clm", report.id, mention.claimant, mention.stance, mention.span.start
            )
            claims[claim_id] = build(
                Claim,
                id=claim_id,
                incident_id=incident_id,
                document_id=report.document_id,
                report_id=report.id,
                claimant=mention.claimant,
                claimant_actor_id=mention.claimant_actor_id,
                stance=mention.stance,
                text=mention.text,
                span=mention.span,
                commitment_id=None,
            )
    return list(claims.values())


def ledger(
    claims: Sequence[Claim],
    documents: Mapping[str, DocumentInfo],
    actors: Mapping[str, Actor],
    catalogue: SourceCatalogue,
) -> list[LedgerEntry]:
    """Claims side by side, ordered by publication date, then side, then claimant."""
    rows = []
    for claim in claims:
        info = documents.get(claim.document_id, DocumentInfo())
        actor = actors.get(claim.claimant_actor_id or "")
        side = actor.side if actor else catalogue.side(claim.claimant)
        rows.append(
            build(
                LedgerEntry,
                claim_id=claim.id,
                claimant=claim.claimant,
                claimant_actor_id=claim.claimant_actor_id,
                side=side,
                stance=claim.stance.value,
                source=info.source,
                published=info.published.isoformat() if info.published else None,
                document_id=claim.document_id,
                report_id=claim.report_id,
                text=claim.text,
            )
        )
    return sorted(rows, key=lambda e: (e.published or "", e.side or "~", e.claimant, e.claim_id))
