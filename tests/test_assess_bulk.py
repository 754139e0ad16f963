"""The vectorised classification (``assess_many``) against the per-incident rules.

``assess`` takes statuses from the vectorised path and reasons from the rules, so
the two must agree; random incidents (seeded) probe every branch: dates across the
boundaries, excluded and unnamed groups, zones with exact, near and governorate-only
places, and declarations of the end that close periods.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.test_assess import CATALOGUE, sep2016
from tests.test_assess_rules import SECOND, aleppo
from truce.agreements import parse_agreement
from truce.assess import IncidentTable, assess_many
from truce.assess.lifecycle import declarations, period_windows
from truce.assess.rules import Context, assess_incident, is_contested
from truce.ids import stable_id
from truce.model import (
    Claim,
    DatePrecision,
    EventDate,
    EventType,
    Incident,
    Place,
    Span,
    Stance,
)

ACTORS = [*CATALOGUE, "unknown-militia"]
TYPES = [
    EventType.SHELLING,
    EventType.AIR_STRIKE,
    EventType.ARMED_CLASH,
    EventType.AID_ACCESS,
    EventType.CEASEFIRE_DECLARED_OVER,
    EventType.COMMITMENT,
]
PLACES = [
    Place(),
    Place(name="centre", lat=36.20, lon=37.16, precision=1, admin1_pcode="SY02"),
    Place(name="edge", lat=36.226, lon=37.16, precision=1, admin1_pcode="SY02"),
    Place(name="near", lat=36.20, lon=37.38, precision=2, admin1_pcode="SY02"),
    Place(name="far", lat=36.20, lon=37.75, precision=2, admin1_pcode="SY02"),
    Place(name="castello", lat=36.245, lon=37.15, precision=1, admin1_pcode="SY02"),
    Place(name="Aleppo", admin1_pcode="SY02", admin1_name="Aleppo", precision=4),
    Place(name="Deir ez-Zor", admin1_pcode="SY09", admin1_name="Deir-ez-Zor", precision=4),
    Place(name="Syria", lat=35.0, lon=38.5, precision=6),
]
CENTRES = [dt.date(2016, 9, 12), dt.date(2016, 9, 19), dt.date(2020, 3, 5), dt.date(2020, 3, 10)]


def random_incident(rng: random.Random, n: int) -> Incident:
    centre = rng.choice(CENTRES) + dt.timedelta(days=rng.randint(-3, 3))
    span = rng.choice([0, 0, 1, 2])
    start = None if rng.random() < 0.08 else centre
    end = None if rng.random() < 0.04 else centre + dt.timedelta(days=span)
    return Incident(
        id=stable_id("inc", "random", str(n)),
        type=rng.choice(TYPES),
        date=EventDate(start=start, end=end, precision=DatePrecision.DAYS),
        place=rng.choice(PLACES),
        actors=rng.sample(ACTORS, rng.choice([0, 1, 1, 2])),
        targets=rng.sample(ACTORS, rng.choice([0, 1, 1, 2])),
        report_ids=[],
    )


def random_claims(rng: random.Random, incident: Incident) -> list[Claim]:
    stances = rng.sample(list(Stance), rng.choice([0, 1, 2, 3]))
    return [
        Claim(
            id=stable_id("clm", incident.id, s),
            incident_id=incident.id,
            document_id="doc_r",
            report_id="rep_r",
            claimant="someone",
            stance=s,
            text="text",
            span=Span(start=0, end=4, text="text"),
        )
        for s in stances
    ]


def test_vectorised_statuses_match_the_rules_on_random_incidents() -> None:
    rng = random.Random(20160917)
    agreements = [sep2016(), aleppo(), parse_agreement(SECOND)]
    incidents = [random_incident(rng, n) for n in range(3000)]
    claims = [c for i in incidents for c in random_claims(rng, i)]
    matrix = assess_many(IncidentTable.from_incidents(incidents, claims), agreements, CATALOGUE)
    by_incident: dict[str, list[Claim]] = {}
    for claim in claims:
        by_incident.setdefault(claim.incident_id, []).append(claim)
    windows = {
        a.id: period_windows(
            a, [i.date.start for i in declarations(a, incidents, CATALOGUE) if i.date.start]
        )
        for a in agreements
    }
    assert windows == matrix.windows
    ctx = Context(catalogue=CATALOGUE, windows=windows, reports={}, claims=by_incident)
    seen = set()
    for row, incident in enumerate(incidents):
        stances = {c.stance for c in by_incident.get(incident.id, [])}
        assert bool(matrix.contested[row]) == is_contested(stances)
        for agreement in agreements:
            finding = assess_incident(incident, agreement, ctx)
            expected = finding.status if finding else None
            assert matrix.get(row, agreement.id) == expected, (incident, agreement.id)
            seen.add(expected)
    assert len(seen) == 5  # every status and "no finding" were exercised


def test_counts_per_agreement() -> None:
    rng = random.Random(7)
    incidents = [random_incident(rng, n) for n in range(200)]
    matrix = assess_many(IncidentTable.from_incidents(incidents), [aleppo()], CATALOGUE)
    counts = matrix.counts()["aleppo-test"]
    violent = sum(1 for n in range(len(incidents)) if matrix.get(n, "aleppo-test") is not None)
    assert sum(counts.values()) == violent > 0
