"""Consolidation: reports of one happening merge; different happenings stay apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from truce.consolidate import Consolidation, consolidate, load_config
from truce.consolidate.config import parse_config
from truce.consolidate.evaluate import Scenario, load_scenario
from truce.errors import ConfigError
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

FIXTURES = Path(__file__).resolve().parents[1] / "eval" / "scenarios"
SEP17 = dt.date(2016, 9, 17)


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
        place=Place(name="Deir ez-Zor", admin1_pcode=admin1, precision=4),
        actors=list(actors),
        targets=list(targets),
        fatalities=fatalities,
        claims=list(claims),
    )


def scenario(name: str) -> tuple[Scenario, Consolidation, dict[str, str]]:
    """A fixture, its consolidation, and report key -> incident id."""
    found = load_scenario(FIXTURES / f"{name}.yaml")
    result = consolidate(found.reports, documents=found.documents)
    by_report = {rid: i.id for i in result.incidents for rid in i.report_ids}
    keys = {stable_id("rep", name, k): k for k in _keys(name)}
    return found, result, {keys[rid]: inc for rid, inc in by_report.items()}


def _keys(name: str) -> list[str]:
    import yaml

    data = yaml.safe_load((FIXTURES / f"{name}.yaml").read_text())
    return [item["key"] for item in data["reports"]]


def test_several_sources_on_one_strike_merge_into_one_incident() -> None:
    _, result, incident_of = scenario("deir-ez-zor")
    strike = {incident_of[k] for k in ("a1", "a2", "a3", "a4", "a5", "a6")}
    assert len(strike) == 1
    (incident,) = [i for i in result.incidents if i.id in strike]
    assert incident.date.start == SEP17 and incident.date.precision == DatePrecision.DAY
    assert incident.place.admin1_pcode == "SY09"
    # the Russian strikes that followed, IS shelling and Al-Mayadin stay apart
    others = {incident_of[k] for k in ("b1", "c1", "d1")}
    assert len(others) == 3 and not others & strike


def test_every_merge_is_explained() -> None:
    _, result, incident_of = scenario("deir-ez-zor")
    view = result.views[incident_of["a1"]]
    founded = [m for m in view.matches if m.how == "founded"]
    matched = [m for m in view.matches if m.how == "matched"]
    assert len(founded) == 1 and len(matched) == 5
    for note in matched:
        assert note.score is not None and note.score >= load_config().threshold
        assert "similarity" in note.explanation and note.via is not None
    assert any("same day" in m.explanation and "km apart" in m.explanation for m in matched)


def test_different_strikes_same_day_same_governorate_stay_apart() -> None:
    _, _, incident_of = scenario("aleppo")
    # barrel bombs on an eastern district and rocket fire on a western one, 3 km apart
    assert incident_of["b1"] == incident_of["b2"]
    assert incident_of["c1"] == incident_of["c2"]
    assert incident_of["b1"] != incident_of["c1"]
    _, _, incident_of = scenario("damascus-suburbs")
    assert incident_of["a1"] == incident_of["a2"] != incident_of["b1"] == incident_of["b2"]


def test_last_weekend_range_joins_an_incident_dated_on_one_of_its_days() -> None:
    _, result, incident_of = scenario("deir-ez-zor")
    assert incident_of["a5"] == incident_of["a1"]  # "last weekend" = 17-18 Sep
    _, result, incident_of = scenario("idlib-vague")
    assert incident_of["c2"] == incident_of["c1"]
    incident = next(i for i in result.incidents if i.id == incident_of["c1"])
    assert incident.date == EventDate(
        start=dt.date(2016, 10, 23), end=dt.date(2016, 10, 23), precision=DatePrecision.DAY
    )
    date_range = result.views[incident.id].fields["date_range"]
    assert date_range.value == {"start": "2016-10-22", "end": "2016-10-23"}


def test_vague_dates_need_a_shared_place() -> None:
    _, _, incident_of = scenario("idlib-vague")
    # "this week" and "in October" reports of the school in Hass join the day reports
    assert len({incident_of[k] for k in ("a1", "a2", "a3", "a4")}) == 1
    # a month-long summary without a district is left alone
    assert incident_of["d1"] not in {incident_of[k] for k in ("a1", "b1", "c1")}


def test_statements_merge_regardless_of_where_they_were_reported_from() -> None:
    _, _, incident_of = scenario("statements")
    assert len({incident_of[k] for k in ("a1", "a2", "a3")}) == 1
    assert incident_of["b1"] != incident_of["a1"]  # a different kind of statement
    assert incident_of["c1"] != incident_of["d1"]  # different actors, same evening
    assert incident_of["e1"] == incident_of["e2"]  # 9 or 10 Sep by time zone


def test_fatalities_are_a_range_with_provenance() -> None:
    found, result, incident_of = scenario("aleppo")
    incident = next(i for i in result.incidents if i.id == incident_of["a1"])
    # tolls: ~20 (wire), 20-21 (relief), 12 (monitor); low = lowest, high = highest
    assert incident.fatalities == Casualties(low=12, best=20, high=21)
    fields = result.views[incident.id].fields
    keys = dict(zip([r.id for r in found.reports], _keys("aleppo"), strict=True))
    assert [keys[r] for r in fields["fatalities.low"].reports] == ["a3"]
    assert [keys[r] for r in fields["fatalities.high"].reports] == ["a2"]
    assert fields["place"].value["name"] == "Urum al-Kubra"  # precision 1 beats 7


def test_one_government_repeating_a_figure_counts_once_for_best() -> None:
    _, result, incident_of = scenario("deir-ez-zor")
    best = result.views[incident_of["a1"]].fields["fatalities.best"]
    # TASS and RT (one owner) give 62 once; wire 62, monitor 62, digest 62
    assert best.value == 62
    assert len(best.reports) == 4


def test_rerun_and_input_order_give_the_same_ids() -> None:
    found = load_scenario(FIXTURES / "aleppo.yaml")
    first = consolidate(found.reports, documents=found.documents)
    second = consolidate(list(reversed(found.reports)), documents=found.documents)
    assert sorted(i.id for i in first.incidents) == sorted(i.id for i in second.incidents)
    assert {i.id: sorted(i.report_ids) for i in first.incidents} == {
        i.id: sorted(i.report_ids) for i in second.incidents
    }


def test_new_reports_attach_and_ids_carry_over() -> None:
    a = report("doc_a", SEP17, fatalities=Casualties(low=62, best=62, high=62))
    b = report("doc_b", SEP17, fatalities=Casualties(low=60, best=60, high=90))
    first = consolidate([a, b])
    (incident,) = first.incidents
    previous = {rid: incident.id for rid in incident.report_ids}
    # a later report dated a day earlier would found the incident if consolidated from
    # scratch; with the previous run given, it joins and the id stays
    earlier = report("doc_c", SEP17 - dt.timedelta(days=1), SEP17)
    elsewhere = report("doc_d", SEP17, admin1="SY02")
    second = consolidate([a, b, earlier, elsewhere], previous=previous)
    ids = {rid: i.id for i in second.incidents for rid in i.report_ids}
    assert ids[earlier.id] == ids[a.id] == incident.id
    assert ids[elsewhere.id] != incident.id


def test_claims_keep_their_ids_and_carry_side_outlet_and_date() -> None:
    span = Span(start=0, end=5, text="hello", document_id="doc_a")
    mention = ClaimMention(
        claimant="Russia", claimant_actor_id="russia", stance=Stance.ACCUSES, text="x", span=span
    )
    a = report("doc_a", SEP17, claims=(mention,))
    result = consolidate([a, report("doc_b", SEP17)])
    (claim,) = result.claims
    assert claim.id == stable_id("clm", a.id, "Russia", Stance.ACCUSES, 0)
    (entry,) = result.views[claim.incident_id].ledger
    assert (entry.claimant, entry.side, entry.stance) == ("Russia", "russia", "accuses")


def test_undated_mentions_never_merge() -> None:
    undated = Report(
        id="rep_u", document_id="doc_u", type=EventType.AIR_STRIKE, date=EventDate(end=SEP17)
    )
    assert len(consolidate([undated, report("doc_a", SEP17)]).incidents) == 2


def test_config_is_validated() -> None:
    with pytest.raises(ConfigError, match="unknown event types"):
        parse_config('[types]\ncompatible = [["air_strike", "airstrike"]]\n')
    with pytest.raises(ConfigError, match="must be a number"):
        parse_config('[match]\nthreshold = "high"\n')
    assert parse_config("[weights]\ntext = 1.5\n").weight("text") == 1.5
