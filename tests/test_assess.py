"""Assessment rules on incidents and agreements written for these tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from truce.agreements import load_packaged, parse_agreement
from truce.assess import Assessment, assess
from truce.ids import stable_id
from truce.model import (
    Actor,
    Agreement,
    Claim,
    CommitmentStatus,
    DatePrecision,
    EventDate,
    EventType,
    FindingStatus,
    Incident,
    Lifecycle,
    Place,
    Report,
    Span,
    Stance,
)

CATALOGUE = {
    a.id: a
    for a in [
        Actor(id="us-led-coalition", name="US-led coalition", kind="coalition", side="us"),
        Actor(id="us", name="United States", kind="state", side="us_coalition"),
        Actor(id="russia", name="Russia", kind="state", side="russia"),
        Actor(
            id="syrian-government",
            name="Syrian government forces",
            kind="armed_forces",
            side="government",
        ),
        Actor(id="isis", name="Islamic State", kind="armed_group", side="jihadist"),
        Actor(id="civilians", name="civilians", kind="civilians", side="neutral"),
    ]
}


def sep2016() -> Agreement:
    return next(a for a in load_packaged() if a.id == "syria-2016-09-us-russia")


def day(y: int, m: int, d: int, end: dt.date | None = None) -> EventDate:
    start = dt.date(y, m, d)
    precision = DatePrecision.DAY if end is None else DatePrecision.DAYS
    return EventDate(start=start, end=end or start, precision=precision)


def incident(
    name: str,
    date: EventDate,
    actors: list[str],
    targets: list[str],
    kind: EventType = EventType.AIR_STRIKE,
    place: Place | None = None,
) -> Incident:
    return Incident(
        id=stable_id("inc", name),
        type=kind,
        date=date,
        place=place or Place(name="Deir ez-Zor", admin1_pcode="SY09", precision=4),
        actors=actors,
        targets=targets,
        report_ids=[stable_id("rep", name)],
    )


def claim(inc: Incident, who: str, stance: Stance, text: str) -> Claim:
    return Claim(
        id=stable_id("clm", inc.id, who, stance),
        incident_id=inc.id,
        document_id="doc_1",
        report_id=inc.report_ids[0],
        claimant=who,
        stance=stance,
        text=text,
        span=Span(start=0, end=len(text), text=text),
    )


DECLARED = incident(
    "declared", day(2016, 9, 19), ["syrian-government"], [], EventType.CEASEFIRE_DECLARED_OVER
)


def run(
    incidents: list[Incident],
    claims: Sequence[Claim] = (),
    agreements: list[Agreement] | None = None,
    as_of: dt.date | None = None,
    reports: Sequence[Report] = (),
) -> Assessment:
    return assess(
        incidents,
        agreements or [sep2016()],
        claims=claims,
        reports=reports,
        catalogue=CATALOGUE,
        as_of=as_of,
    )


def test_deir_ez_zor_strike_is_a_contested_possible_violation() -> None:
    strike = incident(
        "dez", day(2016, 9, 17, dt.date(2016, 9, 18)), ["us-led-coalition"], ["syrian-government"]
    )
    claims = [
        claim(strike, "United States", Stance.ACCIDENTAL, "the strike was unintentional"),
        claim(strike, "South Front", Stance.DISPUTES, "hard to believe it was an accident"),
    ]
    (finding,) = run([strike, DECLARED], claims).findings
    assert finding.status == FindingStatus.POSSIBLE_VIOLATION
    assert finding.contested
    text = " | ".join(finding.reasons)
    assert "inside period 'initial'" in text
    assert "12 Sep 2016 19:00" in text and "declared end on 19 Sep 2016" in text
    assert "reported target: Syrian government forces (party" in text
    assert "actor attribution contested: United States says it was accidental" in text
    assert "South Front disputes the other version" in text
    assert any(c.startswith("no-attacks") for c in finding.clauses)
    assert {s.text for s in finding.evidence} >= {"the strike was unintentional"}


def test_accident_claim_alone_does_not_contest() -> None:
    strike = incident("acc", day(2016, 9, 15), ["us-led-coalition"], ["syrian-government"])
    claims = [claim(strike, "United States", Stance.ACCIDENTAL, "it was a mistake")]
    (finding,) = run([strike], claims).findings
    assert not finding.contested


def test_event_before_any_period_is_outside_scope_for_both_agreements() -> None:
    old = incident("dec2015", day(2015, 12, 6), ["us-led-coalition"], ["syrian-government"])
    findings = run([old], agreements=load_packaged()).findings
    assert len(findings) == 2
    assert {f.status for f in findings} == {FindingStatus.OUTSIDE_SCOPE}
    assert all("before the start" in f.reasons[0] for f in findings)


def test_event_after_declared_end_is_outside_and_on_the_day_is_possible() -> None:
    after = incident("after", day(2016, 9, 21), ["russia"], ["syrian-government"])
    same_day = incident("same", day(2016, 9, 19), ["russia"], ["civilians"])
    findings = {f.incident_id: f for f in run([after, same_day, DECLARED]).findings}
    assert findings[after.id].status == FindingStatus.OUTSIDE_SCOPE
    assert "after the declared end on 19 Sep 2016" in findings[after.id].reasons[0]
    assert findings[same_day.id].reasons[0].startswith("possibly inside")
    assert findings[same_day.id].status == FindingStatus.POSSIBLE_VIOLATION


def test_range_straddling_the_start_is_possibly_inside() -> None:
    weekend = incident(
        "wkd", day(2016, 9, 11, dt.date(2016, 9, 12)), ["russia"], ["syrian-government"]
    )
    (finding,) = run([weekend]).findings
    assert finding.reasons[0].startswith("possibly inside period 'initial'")


def test_excluded_group_as_target_is_permitted_and_as_actor_outside_scope() -> None:
    on_isis = incident("on-isis", day(2016, 9, 14), ["russia"], ["isis"])
    by_isis = incident("by-isis", day(2016, 9, 14), ["isis"], ["syrian-government"])
    findings = {f.incident_id: f for f in run([on_isis, by_isis]).findings}
    assert findings[on_isis.id].status == FindingStatus.PERMITTED
    assert findings[by_isis.id].status == FindingStatus.OUTSIDE_SCOPE
    assert "excluded" in findings[by_isis.id].reasons[-1]


def test_unknown_perpetrator_is_insufficient_information() -> None:
    unknown = incident("unk", day(2016, 9, 14), [], ["civilians"], EventType.SHELLING)
    (finding,) = run([unknown]).findings
    assert finding.status == FindingStatus.INSUFFICIENT_INFORMATION


def test_statements_get_no_finding_but_drive_the_lifecycle() -> None:
    result = run([DECLARED])
    assert result.findings == []
    steps = result.states["syria-2016-09-us-russia"].lifecycle
    assert [s.state for s in steps][:2] == [Lifecycle.AGREED, Lifecycle.IN_FORCE]
    over = [s for s in steps if s.state == Lifecycle.DECLARED_OVER]
    assert over and over[0].date == dt.date(2016, 9, 19)
    assert over[0].by == ["Syrian government forces"]


def test_position_data_commitment_is_disputed() -> None:
    handover = incident("data", day(2016, 9, 13), ["us"], ["russia"], EventType.COMMITMENT)
    claims = [
        claim(handover, "United States", Stance.COMMITMENT_MET, "the US handed over data"),
        claim(handover, "Russia", Stance.COMMITMENT_UNMET, "the data was only a general list"),
    ]
    state = run([handover], claims, as_of=dt.date(2016, 9, 20)).states["syria-2016-09-us-russia"]
    status = {c.commitment_id: c.status for c in state.commitments}
    assert status["position-data"] == CommitmentStatus.DISPUTED


ZONE_AGREEMENT = """
id: test-zone
name: Test zone truce
agreed: 2020-01-01
timezone: UTC
parties:
  - {id: north, name: Northern forces, actors: [russia]}
  - {id: south, name: Southern forces, actors: [syrian-government]}
periods:
  - {id: p1, start: 2020-01-02T00:00:00, until_declared_over: true}
zones:
  - id: corridor
    name: Corridor
    geometry: {type: Point, coordinates: [36.0, 35.0]}
    buffer_km: 5
prohibited_acts:
  - id: no-fire-in-corridor
    clause: no shelling in the corridor
    event_types: [shelling]
    by: [parties]
    against: [any]
    zones: [corridor]
"""


@pytest.mark.parametrize(
    ("lon", "precision", "expected"),
    [
        (36.02, 1, FindingStatus.POSSIBLE_VIOLATION),  # ~1.8 km east: inside the buffer
        (36.2, 1, FindingStatus.OUTSIDE_SCOPE),  # ~18 km east: outside
        (36.02, 4, FindingStatus.INSUFFICIENT_INFORMATION),  # governorate only: can't tell
    ],
)
def test_buffer_zone_hit_missed_and_too_imprecise(
    lon: float, precision: int, expected: FindingStatus
) -> None:
    agreement = parse_agreement(ZONE_AGREEMENT)
    place = Place(name="x", lat=35.0, lon=lon, precision=precision)
    shelling = incident(
        f"z{lon}{precision}",
        day(2020, 1, 5),
        ["russia"],
        ["syrian-government"],
        EventType.SHELLING,
        place,
    )
    (finding,) = run([shelling], agreements=[agreement]).findings
    assert finding.status == expected
