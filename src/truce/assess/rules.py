"""Incident x agreement -> Finding, with every rule applied written out in plain words.

The order of the rules is the order of the reasons in the finding: when, who
(as reported), what the agreement says about that, and whether the claims
agree. The finding never names a perpetrator: it says "reported actor" and lists
who alleges, denies or calls it an accident.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from truce.assess.groups import Role, display, ref_matches, roles_of
from truce.assess.timing import PeriodWindow, Timing, classify
from truce.assess.zones import is_placed, place_in_zone
from truce.ids import stable_id
from truce.model import (
    VIOLENT_TYPES,
    Actor,
    Agreement,
    Claim,
    Finding,
    FindingStatus,
    Incident,
    ProhibitedAct,
    Report,
    Span,
    Stance,
)

RULES_VERSION = "truce.assess.rules.v2"


@dataclass(frozen=True)
class Context:
    """What the rules need beyond the incident and agreement."""

    catalogue: Mapping[str, Actor]
    windows: Mapping[str, list[PeriodWindow]]
    reports: Mapping[str, Report]
    claims: Mapping[str, list[Claim]]


def _timing(incident: Incident, agreement: Agreement, ctx: Context) -> tuple[Timing, list[str]]:
    results = [classify(incident.date, w, agreement.tz()) for w in ctx.windows[agreement.id]]
    best = min(results, key=lambda r: list(Timing).index(r[0]))
    return best[0], [best[1]]


def _roles(ids: list[str], agreement: Agreement, ctx: Context) -> list[tuple[str, list[Role]]]:
    return [(actor_id, roles_of(actor_id, agreement, ctx.catalogue)) for actor_id in ids]


def _describe(label: str, roles: list[tuple[str, list[Role]]], ctx: Context) -> list[str]:
    out = []
    for actor_id, actor_roles in roles:
        name = display(actor_id, ctx.catalogue)
        if actor_roles:
            kinds = "; ".join(f"{r.kind}: {r.label}" for r in actor_roles)
            out.append(f"{label} {name} ({kinds})")
        else:
            out.append(f"{label} {name} (not named by the agreement)")
    return out


_SAYS = {
    Stance.ACCUSES: "accuses",
    Stance.DENIES: "denies",
    Stance.ACCIDENTAL: "says it was accidental",
    Stance.DISPUTES: "disputes the other version",
    Stance.CONFIRMS: "confirms",
    Stance.JUSTIFIES: "justifies it",
    Stance.ALLEGES: "alleges",
}
CONTESTING = frozenset({Stance.DENIES, Stance.DISPUTES})
DELIBERATE = frozenset({Stance.ACCUSES, Stance.JUSTIFIES})


def is_contested(stances: set[Stance]) -> bool:
    """A denial or a disputed version always contests; an "accident" claim contests
    only when someone also calls it deliberate (accuses, or justifies it)."""
    return bool(stances & CONTESTING) or (
        Stance.ACCIDENTAL in stances and bool(stances & DELIBERATE)
    )


def contest_reason(claims: Sequence[Claim]) -> str | None:
    """A plain-words summary when claims disagree on who did it, how or whether, else None."""
    if not is_contested({c.stance for c in claims}):
        return None
    parts = [f"{c.claimant} {_SAYS[c.stance]}" for c in claims if c.stance in _SAYS]
    return "actor attribution contested: " + "; ".join(dict.fromkeys(parts))


def _act_applies(
    act: ProhibitedAct,
    incident: Incident,
    by: list[tuple[str, list[Role]]],
    against: list[tuple[str, list[Role]]],
    agreement: Agreement,
) -> tuple[Timing | None, list[str]]:
    """INSIDE/POSSIBLY_INSIDE when the act covers the incident, OUTSIDE when only its
    zones exclude it, None when type or groups do not match."""
    if incident.type not in act.event_types:
        return None, []
    by_ok = any(ref_matches(ref, r) for ref in act.by for _, rs in by for r in rs)
    # `against: any` covers targets the agreement does not name, and unknown targets.
    against_ok = "any" in act.against or any(
        ref_matches(ref, r) for ref in act.against for _, rs in against for r in rs
    )
    if not (by_ok and against_ok):
        return None, []
    if not act.zones:
        return Timing.INSIDE, []
    verdicts = [place_in_zone(incident.place, z) for z in agreement.zones if z.id in act.zones]
    best = min((v[0] for v in verdicts), key=list(Timing).index)
    return best, [v[1] for v in verdicts]


def assess_incident(incident: Incident, agreement: Agreement, ctx: Context) -> Finding | None:
    """The finding for one incident under one agreement; None for non-violent incidents."""
    if incident.type not in VIOLENT_TYPES:
        return None
    timing, reasons = _timing(incident, agreement, ctx)
    by = _roles(incident.actors, agreement, ctx)
    against = _roles(incident.targets, agreement, ctx)
    reasons += _describe("reported actor:", by, ctx) + _describe("reported target:", against, ctx)
    clauses: list[str] = []
    status = _status(incident, agreement, timing, by, against, reasons, clauses)
    claims = ctx.claims.get(incident.id, [])
    contest = contest_reason(claims)
    if contest:
        reasons.append(contest)
    return Finding(
        id=stable_id("fnd", incident.id, agreement.id, RULES_VERSION),
        incident_id=incident.id,
        agreement_id=agreement.id,
        status=status,
        contested=contest is not None,
        reasons=reasons,
        clauses=clauses,
        evidence=_evidence(incident, claims, ctx),
        rules_version=RULES_VERSION,
    )


def _status(
    incident: Incident,
    agreement: Agreement,
    timing: Timing,
    by: list[tuple[str, list[Role]]],
    against: list[tuple[str, list[Role]]],
    reasons: list[str],
    clauses: list[str],
) -> FindingStatus:
    if timing == Timing.OUTSIDE:
        return FindingStatus.OUTSIDE_SCOPE
    if any(r.kind == "excluded" for _, rs in by for r in rs):
        reasons.append("the reported actor is excluded from the truce")
        return FindingStatus.OUTSIDE_SCOPE
    target_roles = [r for _, rs in against for r in rs]
    if target_roles and all(r.kind == "excluded" for r in target_roles):
        for allowed in agreement.permitted_acts:
            if incident.type in allowed.event_types:
                clauses.append(f"{allowed.id}: {allowed.clause}")
                reasons.append("action against a group excluded from the truce is permitted")
                return FindingStatus.PERMITTED
        reasons.append("the target is excluded from the truce")
        return FindingStatus.OUTSIDE_SCOPE
    if not any(rs for _, rs in by):
        if target_roles:
            reasons.append("no source identifies an actor the agreement binds")
            return FindingStatus.INSUFFICIENT_INFORMATION
        reasons.append("no party, civilians or aid involved according to the reports")
        return FindingStatus.OUTSIDE_SCOPE
    imprecise: list[str] = []
    for act in agreement.prohibited_acts:
        verdict, notes = _act_applies(act, incident, by, against, agreement)
        reasons.extend(notes)
        if verdict is Timing.INSIDE or (verdict is Timing.POSSIBLY_INSIDE and _placed(incident)):
            clauses.append(f"{act.id}: {act.clause}")
        elif verdict is Timing.POSSIBLY_INSIDE:
            imprecise.append(f"{act.id}: {act.clause}")
    if clauses and (incident.date.start is None or incident.date.end is None):
        reasons.append("the date is too vague to tell whether the act fell in the period")
        return FindingStatus.INSUFFICIENT_INFORMATION
    if clauses:
        return FindingStatus.POSSIBLE_VIOLATION
    if imprecise:
        clauses.extend(imprecise)
        reasons.append("the place is known too vaguely to tell whether a zone clause applies")
        return FindingStatus.INSUFFICIENT_INFORMATION
    reasons.append("no prohibited act of the agreement covers this event as reported")
    return FindingStatus.OUTSIDE_SCOPE


def _placed(incident: Incident) -> bool:
    """Known to ~25 km or better (UCDP precision 1-2): close enough to be 'possibly inside'."""
    return is_placed(incident.place)


def _evidence(incident: Incident, claims: Sequence[Claim], ctx: Context) -> list[Span]:
    spans: dict[tuple[str | None, int, int], Span] = {}
    for report_id in incident.report_ids:
        report = ctx.reports.get(report_id)
        for span in report.evidence if report else []:
            spans[(span.document_id, span.start, span.end)] = span
    for claim in claims:
        span = claim.span.model_copy(update={"document_id": claim.document_id})
        spans[(span.document_id, span.start, span.end)] = span
    return list(spans.values())
