"""Consolidation: reports of one happening merge; different happenings stay apart."""

from __future__ import annotations

import datetime as dt

from truce.consolidate import consolidate
from truce.ids import stable_id
from truce.model import (
    Casualties,
    ClaimMention,
    DatePrecision,
    EventDate,
    EventType,
    Place,
    Report,
    Span,
    Stance,
)


def report(
    doc: str,
    start: dt.date,
    end: dt.date | None = None,
    *,
    admin1: str = "SY09",
    actors: tuple[str, ...] = ("us-led-coalition",),
    targets: tuple[str, ...] = ("syrian-government",),
    kind: EventType = EventType.AIR_STRIKE,
    fatalities: Casualties | None = None,
    claims: tuple[ClaimMention, ...] = (),
) -> Report:
    precision = DatePrecision.DAY if end is None else DatePrecision.DAYS
    return Report(
        id=stable_id("rep", doc, start, kind),
        document_id=doc,
        type=kind,
        date=EventDate(start=start, end=end or start, precision=precision),
        place=Place(name="x", admin1_pcode=admin1, precision=4),
        actors=list(actors),
        targets=list(targets),
        fatalities=fatalities,
        claims=list(claims),
    )


SEP17 = dt.date(2016, 9, 17)


def test_several_sources_on_one_strike_merge_with_casualty_range() -> None:
    a = report("doc_a", SEP17, fatalities=Casualties(low=62, best=62, high=62))
    b = report("doc_b", SEP17, fatalities=Casualties(low=60, best=60, high=90))
    c = report("doc_c", SEP17, SEP17 + dt.timedelta(days=1))  # "last weekend"
    result = consolidate([a, b, c])
    (incident,) = result.incidents
    assert sorted(incident.report_ids) == sorted([a.id, b.id, c.id])
    assert incident.date.precision == DatePrecision.DAY and incident.date.start == SEP17
    assert incident.fatalities == Casualties(low=60, best=60, high=90)


def test_different_strikes_same_day_different_governorate_or_target_stay_apart() -> None:
    a = report("doc_a", SEP17)
    b = report("doc_b", SEP17, admin1="SY02")
    c = report("doc_c", SEP17, targets=("civilians",))
    assert len(consolidate([a, b, c]).incidents) == 3


def test_rerun_gives_same_ids_and_claims_are_carried() -> None:
    span = Span(start=0, end=5, text="hello", document_id="doc_a")
    mention = ClaimMention(claimant="Russia", stance=Stance.ACCUSES, text="hello", span=span)
    reports = [report("doc_a", SEP17, claims=(mention,)), report("doc_b", SEP17)]
    first, second = consolidate(reports), consolidate(list(reversed(reports)))
    assert [i.id for i in first.incidents] == [i.id for i in second.incidents]
    (claim,) = first.claims
    assert claim.claimant == "Russia" and claim.incident_id == first.incidents[0].id


def test_undated_mentions_never_merge() -> None:
    undated = Report(
        id="rep_u",
        document_id="doc_u",
        type=EventType.AIR_STRIKE,
        date=EventDate(end=SEP17),
    )
    assert len(consolidate([undated, report("doc_a", SEP17)]).incidents) == 2
