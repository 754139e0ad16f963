"""Assessment on agreements and events written for these tests: zones and low-precision
places, undated events, extensions moving relative deadlines, two agreements in force at
once, commitment statuses over time, and the lifecycle steps."""

from __future__ import annotations

import datetime as dt

from tests.test_assess import CATALOGUE, claim, day, incident, run
from truce.agreements import parse_agreement
from truce.assess import assess
from truce.ids import stable_id
from truce.model import (
    Agreement,
    CommitmentStatus,
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

# A truce with a 3 km buffer around a point in Aleppo city (37.16 E, 36.20 N), a fixed
# first period, a second one that starts before the first ends (an extension written in
# the file), and a commitment due seven days after the start of the first period.
ALEPPO = """
id: aleppo-test
name: Aleppo test truce
agreed: 2020-03-01
timezone: Asia/Damascus
parties:
  - {id: north, name: Northern forces, actors: [russia]}
  - {id: south, name: Southern forces, actors: [syrian-government]}
excluded:
  - {id: isis, name: Islamic State, actors: [isis]}
periods:
  - {id: first, start: 2020-03-05T12:00:00, end: 2020-03-10T12:00:00}
zones:
  - id: old-city
    name: Old city
    geometry: {type: Point, coordinates: [37.16, 36.20]}
    buffer_km: 3
prohibited_acts:
  - id: no-shelling-old-city
    clause: no shelling in the old city
    event_types: [shelling]
    by: [parties]
    against: [any]
    zones: [old-city]
commitments:
  - id: withdraw
    who: [north]
    what: withdraw heavy weapons
    deadline: {relative: D+7, period: first}
    match_terms: [heavy weapons, withdraw]
"""

SECOND = """
id: second-test
name: A second truce over the same days
agreed: 2020-03-02
timezone: UTC
parties:
  - {id: gov, name: Government, actors: [syrian-government]}
  - {id: us, name: United States, actors: [us-led-coalition]}
periods:
  - {id: only, start: 2020-03-04T00:00:00, until_declared_over: true}
prohibited_acts:
  - {id: no-strikes, clause: no strikes, event_types: [air_strike, shelling], by: [parties]}
"""


def aleppo(extra: str = "") -> Agreement:
    return parse_agreement(ALEPPO + extra)


def shelling(name: str, place: Place, when: EventDate | None = None) -> Incident:
    return incident(
        name,
        when or day(2020, 3, 7),
        ["russia"],
        ["syrian-government"],
        EventType.SHELLING,
        place,
    )


def status_of(incidents: list[Incident], agreements: list[Agreement]) -> dict[str, str]:
    findings = run(incidents, agreements=agreements).findings
    return {f"{f.incident_id}/{f.agreement_id}": f.status.value for f in findings}


def test_place_known_only_to_a_governorate_the_zone_reaches_is_insufficient() -> None:
    place = Place(name="Aleppo", admin1_pcode="SY02", admin1_name="Aleppo", precision=4)
    (finding,) = run([shelling("gov-aleppo", place)], agreements=[aleppo()]).findings
    assert finding.status == FindingStatus.INSUFFICIENT_INFORMATION
    assert any("known only to lie in Aleppo governorate" in r for r in finding.reasons)


def test_place_known_only_to_a_far_governorate_is_outside_the_zone() -> None:
    place = Place(name="Deir ez-Zor", admin1_pcode="SY09", admin1_name="Deir-ez-Zor", precision=4)
    (finding,) = run([shelling("gov-dez", place)], agreements=[aleppo()]).findings
    assert finding.status == FindingStatus.OUTSIDE_SCOPE
    assert any("which the zone does not reach" in r for r in finding.reasons)


def test_point_near_a_town_close_to_the_zone_is_possibly_inside() -> None:
    # ~20 km east of the zone centre, known to ~25 km: it may be inside the 3 km buffer.
    near = Place(name="x", lat=36.20, lon=37.38, precision=2, admin1_pcode="SY02")
    far = Place(name="y", lat=36.20, lon=37.75, precision=2, admin1_pcode="SY02")
    findings = {
        f.incident_id: f
        for f in run([shelling("near", near), shelling("far", far)], agreements=[aleppo()]).findings
    }
    near_f = findings[stable_id("inc", "near")]
    assert near_f.status == FindingStatus.POSSIBLE_VIOLATION
    assert any("possibly inside zone 'old-city'" in r for r in near_f.reasons)
    assert findings[stable_id("inc", "far")].status == FindingStatus.OUTSIDE_SCOPE


def test_exact_point_at_the_buffer_edge() -> None:
    # 1 degree of latitude is 110.574 km: 0.025 deg ~ 2.8 km (inside 3 km), 0.03 ~ 3.3 km.
    inside = Place(name="in", lat=36.225, lon=37.16, precision=1)
    outside = Place(name="out", lat=36.23, lon=37.16, precision=1)
    statuses = status_of([shelling("in", inside), shelling("out", outside)], [aleppo()])
    assert statuses[f"{stable_id('inc', 'in')}/aleppo-test"] == "possible_violation"
    assert statuses[f"{stable_id('inc', 'out')}/aleppo-test"] == "outside_scope"


def test_fixed_end_at_noon_makes_that_day_possibly_inside_and_the_next_outside() -> None:
    place = Place(name="in", lat=36.20, lon=37.16, precision=1)
    on_end = shelling("end-day", place, day(2020, 3, 10))
    after = shelling("after", place, day(2020, 3, 11))
    findings = {f.incident_id: f for f in run([on_end, after], agreements=[aleppo()]).findings}
    assert findings[on_end.id].reasons[0].startswith("possibly inside period 'first'")
    assert findings[on_end.id].status == FindingStatus.POSSIBLE_VIOLATION
    assert findings[after.id].status == FindingStatus.OUTSIDE_SCOPE
    assert "after its end on 10 Mar 2020 12:00" in findings[after.id].reasons[0]


def test_event_with_no_known_start_is_insufficient_information() -> None:
    place = Place(name="in", lat=36.20, lon=37.16, precision=1)
    vague = shelling("vague", place, EventDate(start=None, end=dt.date(2020, 3, 8)))
    (finding,) = run([vague], agreements=[aleppo()]).findings
    assert finding.status == FindingStatus.INSUFFICIENT_INFORMATION
    assert "may fall before its start on 5 Mar 2020 12:00" in finding.reasons[0]
    assert "too vague" in finding.reasons[-1]


def test_excluded_target_without_permitted_act_is_outside_scope() -> None:
    place = Place(name="in", lat=36.20, lon=37.16, precision=1)
    on_isis = incident("isis", day(2020, 3, 7), ["russia"], ["isis"], EventType.SHELLING, place)
    (finding,) = run([on_isis], agreements=[aleppo()]).findings
    assert finding.status == FindingStatus.OUTSIDE_SCOPE
    assert "the target is excluded from the truce" in finding.reasons


def test_two_agreements_in_force_at_once_each_get_a_finding() -> None:
    """Government shelling of northern forces in the zone breaches both truces; the
    same act by Russia, which the second truce does not name, cannot be judged there."""
    place = Place(name="in", lat=36.20, lon=37.16, precision=1)
    strike = incident(
        "both", day(2020, 3, 7), ["syrian-government"], ["russia"], EventType.SHELLING, place
    )
    statuses = status_of([strike], [aleppo(), parse_agreement(SECOND)])
    assert statuses == {
        f"{strike.id}/aleppo-test": "possible_violation",
        f"{strike.id}/second-test": "possible_violation",
    }
    russian = shelling("russian", place)
    statuses = status_of([russian], [aleppo(), parse_agreement(SECOND)])
    assert statuses[f"{russian.id}/second-test"] == "insufficient_information"


def test_a_declaration_closes_only_the_agreement_whose_party_made_it() -> None:
    # The US is a party only of the second truce: its declaration ends that one alone.
    over = incident(
        "us-over", day(2020, 3, 6), ["us-led-coalition"], [], EventType.CEASEFIRE_DECLARED_OVER
    )
    place = Place(name="in", lat=36.20, lon=37.16, precision=1)
    later = shelling("later", place, day(2020, 3, 8))
    result = run([over, later], agreements=[aleppo(), parse_agreement(SECOND)])
    by_agreement = {f.agreement_id: f for f in result.findings}
    assert by_agreement["second-test"].status == FindingStatus.OUTSIDE_SCOPE
    assert "after the declared end on 6 Mar 2020" in by_agreement["second-test"].reasons[0]
    assert by_agreement["aleppo-test"].status == FindingStatus.POSSIBLE_VIOLATION
    steps = result.states["second-test"].lifecycle
    assert [s.state for s in steps][-1] == Lifecycle.DECLARED_OVER
    assert not any(
        s.state == Lifecycle.DECLARED_OVER for s in result.states["aleppo-test"].lifecycle
    )


def _announcement(name: str, when: dt.date, text: str) -> tuple[Incident, Report]:
    report = Report(
        id=stable_id("rep", name),
        document_id="doc_x",
        type=EventType.CEASEFIRE_ANNOUNCED,
        evidence=[Span(start=0, end=len(text), text=text, document_id="doc_x")],
    )
    inc = Incident(
        id=stable_id("inc", name),
        type=EventType.CEASEFIRE_ANNOUNCED,
        date=day(when.year, when.month, when.day),
        place=Place(),
        actors=["russia"],
        report_ids=[report.id],
    )
    return inc, report


def deadline_on(
    as_of: dt.date, incidents: list[Incident], reports: list[Report], spec: Agreement
) -> tuple[dt.datetime | None, list[str]]:
    state = run(incidents, agreements=[spec], reports=reports, as_of=as_of).states[spec.id]
    (withdraw,) = state.commitments
    return withdraw.deadline, withdraw.reasons


def test_relative_deadline_moves_with_a_reported_extension() -> None:
    spec = aleppo()
    ext, report = _announcement("ext", dt.date(2020, 3, 9), "The truce was extended by 72 hours.")
    before, _ = deadline_on(dt.date(2020, 3, 8), [ext], [report], spec)
    after, reasons = deadline_on(dt.date(2020, 3, 9), [ext], [report], spec)
    assert before is not None and after is not None
    # D+7 from 5 Mar 12:00 is 12 Mar 12:00; restarted on 9 Mar (at the period's hour).
    assert before.replace(tzinfo=None) == dt.datetime(2020, 3, 12, 12, 0)
    assert after.replace(tzinfo=None) == dt.datetime(2020, 3, 16, 12, 0)
    assert any("moved to 16 Mar 2020 12:00" in r and "(reported)" in r for r in reasons)
    steps = run([ext], agreements=[spec], reports=[report]).states[spec.id].lifecycle
    assert any(s.state == Lifecycle.EXTENDED and s.date == dt.date(2020, 3, 9) for s in steps)


def test_an_announcement_that_does_not_say_extended_moves_nothing() -> None:
    spec = aleppo()
    talk, report = _announcement("talk", dt.date(2020, 3, 9), "The parties met in Geneva.")
    deadline, _ = deadline_on(dt.date(2020, 3, 20), [talk], [report], spec)
    assert deadline is not None and deadline.replace(tzinfo=None) == dt.datetime(2020, 3, 12, 12)


def test_a_period_continued_in_the_file_restarts_the_clock_and_is_not_expired() -> None:
    spec = parse_agreement(
        ALEPPO.replace(
            "  - {id: first, start: 2020-03-05T12:00:00, end: 2020-03-10T12:00:00}\n",
            "  - {id: first, start: 2020-03-05T12:00:00, end: 2020-03-10T12:00:00}\n"
            "  - {id: second, start: 2020-03-10T12:00:00, end: 2020-03-20T12:00:00}\n",
        )
    )
    deadline, reasons = deadline_on(dt.date(2020, 3, 11), [], [], spec)
    assert deadline is not None and deadline.replace(tzinfo=None) == dt.datetime(2020, 3, 17, 12)
    assert any("in the agreement file" in r for r in reasons)
    steps = run([], agreements=[spec], as_of=dt.date(2020, 3, 25)).states[spec.id].lifecycle
    kinds = [(s.date, s.state) for s in steps]
    assert (dt.date(2020, 3, 10), Lifecycle.EXTENDED) in kinds
    assert (dt.date(2020, 3, 10), Lifecycle.EXPIRED) not in kinds
    assert (dt.date(2020, 3, 20), Lifecycle.EXPIRED) in kinds


def commitment(
    as_of: dt.date, stances: list[tuple[str, Stance, dt.date]]
) -> tuple[CommitmentStatus, list[dict[str, str]]]:
    act = incident("withdrawal", day(2020, 3, 6), ["russia"], [], EventType.COMMITMENT)
    claims = [
        claim(act, who, stance, f"{who} says heavy weapons {stance.value}").model_copy(
            update={"document_id": f"doc_{who}"}
        )
        for who, stance, _ in stances
    ]
    published = {f"doc_{who}": known for who, _, known in stances}
    result = assess(
        [act], [aleppo()], claims=claims, catalogue=CATALOGUE, as_of=as_of, published=published
    )
    (state,) = result.states["aleppo-test"].commitments
    return state.status, state.history


def test_commitment_statuses_over_time() -> None:
    assert commitment(dt.date(2020, 3, 8), [])[0] == CommitmentStatus.PENDING
    assert commitment(dt.date(2020, 3, 13), [])[0] == CommitmentStatus.DUE
    met = [("north", Stance.COMMITMENT_MET, dt.date(2020, 3, 7))]
    assert commitment(dt.date(2020, 3, 8), met)[0] == CommitmentStatus.MET
    unmet = [("south", Stance.COMMITMENT_UNMET, dt.date(2020, 3, 8))]
    assert commitment(dt.date(2020, 3, 9), unmet)[0] == CommitmentStatus.PENDING
    assert commitment(dt.date(2020, 3, 12), unmet)[0] == CommitmentStatus.UNMET
    status, history = commitment(
        dt.date(2020, 3, 14), [*met, ("south", Stance.COMMITMENT_UNMET, dt.date(2020, 3, 13))]
    )
    assert status == CommitmentStatus.DISPUTED
    assert [h["status"] for h in history] == ["pending", "met", "disputed"]
    assert [h["date"] for h in history] == ["2020-03-01", "2020-03-07", "2020-03-13"]


def test_a_claim_counts_only_from_the_day_it_was_published() -> None:
    met_later = [("north", Stance.COMMITMENT_MET, dt.date(2020, 3, 15))]
    assert commitment(dt.date(2020, 3, 13), met_later)[0] == CommitmentStatus.DUE
    # Delivered on 6 Mar (the incident's date), reported on 15 Mar: met, not late.
    assert commitment(dt.date(2020, 3, 15), met_later)[0] == CommitmentStatus.MET


def test_terms_match_whole_words_only() -> None:
    spec = parse_agreement(ALEPPO.replace("[heavy weapons, withdraw]", "[aid]"))
    act = incident("said", day(2020, 3, 6), ["russia"], [], EventType.COMMITMENT)
    said = claim(act, "south", Stance.COMMITMENT_UNMET, "officials said nothing was done")
    state = assess([act], [spec], claims=[said], catalogue=CATALOGUE, as_of=dt.date(2020, 3, 20))
    (withdraw,) = state.states[spec.id].commitments
    assert withdraw.claims == []
    assert withdraw.status == CommitmentStatus.DUE
    assert [c["claimant"] for c in state.states[spec.id].general_claims] == ["south"]


def test_lifecycle_suspension_and_expiry() -> None:
    text = "Northern forces suspended their observance of the truce."
    report = Report(
        id=stable_id("rep", "susp"),
        document_id="doc_s",
        type=EventType.CEASEFIRE_DECLARED_OVER,
        evidence=[Span(start=0, end=len(text), text=text, document_id="doc_s")],
    )
    susp = Incident(
        id=stable_id("inc", "susp"),
        type=EventType.CEASEFIRE_DECLARED_OVER,
        date=day(2020, 3, 7),
        place=Place(),
        actors=["russia"],
        report_ids=[report.id],
    )
    steps = run([susp], agreements=[aleppo()], reports=[report]).states["aleppo-test"].lifecycle
    states = [(s.date.isoformat(), s.state.value) for s in steps]
    assert states == [
        ("2020-03-01", "agreed"),
        ("2020-03-05", "in_force"),
        ("2020-03-07", "suspended"),
        ("2020-03-10", "expired"),
    ]
    suspended = steps[2]
    assert suspended.by == ["Russia"] and "party: Northern forces" in suspended.what
    assert suspended.evidence[0]["text"] == text
