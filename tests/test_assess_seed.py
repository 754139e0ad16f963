"""Done-when of the assessment, on the seed article (../shared) and the demo reports:
the Deir ez-Zor strike of 17 Sep 2016, the 6 Dec 2015 strike, the position-data
hand-over and the declared end of the truce, in findings, states and the report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.shared import shared_path
from truce.assess import Assessment, assess
from truce.demo import demo_folder
from truce.model import FindingStatus, Incident, Lifecycle
from truce.pipeline import run
from truce.report import build_sitrep, render
from truce.store import Store

SEPT = "syria-2016-09-us-russia"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    article = shared_path("seed", "article.md")
    db = tmp_path_factory.mktemp("seed") / "seed.db"
    opened = Store(db)
    run(opened, [demo_folder(), article])
    return opened


@pytest.fixture(scope="module")
def result(store: Store) -> Assessment:
    return assess(
        store.incidents(),
        store.agreements(),
        reports=store.reports(),
        claims=store.claims(),
        as_of=dt.date(2016, 9, 20),
        published={d.id: d.published for d in store.documents()},
    )


def strike_on(store: Store, day: dt.date, place: str) -> Incident:
    found = [
        i
        for i in store.incidents()
        if i.type.value == "air_strike"
        and i.date.start is not None
        and i.date.overlaps(day, day)
        and "syrian-government" in i.targets
        and place in (i.place.admin1_pcode or "")
    ]
    assert found, f"no air strike on Syrian government forces on {day} in {place}"
    return found[0]


def test_deir_ez_zor_strike_is_a_contested_possible_violation(
    store: Store, result: Assessment
) -> None:
    strike = strike_on(store, dt.date(2016, 9, 17), "SY09")
    (finding,) = [
        f for f in result.findings if f.incident_id == strike.id and f.agreement_id == SEPT
    ]
    assert finding.status == FindingStatus.POSSIBLE_VIOLATION
    assert finding.contested
    reasons = " | ".join(finding.reasons)
    assert "inside period 'initial'" in reasons
    assert "after 12 Sep 2016 19:00 and before the declared end on 19 Sep 2016" in reasons
    assert "reported target: Syrian government forces (party" in reasons
    assert "actor attribution contested:" in reasons and "says it was accidental" in reasons
    assert any(c.startswith("no-attacks:") for c in finding.clauses)
    assert finding.evidence and all(s.document_id for s in finding.evidence)


def test_strike_of_6_december_2015_is_outside_scope(store: Store, result: Assessment) -> None:
    strike = strike_on(store, dt.date(2015, 12, 6), "SY09")
    findings = [f for f in result.findings if f.incident_id == strike.id]
    assert findings and {f.status for f in findings} == {FindingStatus.OUTSIDE_SCOPE}
    assert all("6 Dec 2015 is before the start" in f.reasons[0] for f in findings)


def test_position_data_hand_over_is_disputed(result: Assessment) -> None:
    (data,) = [c for c in result.states[SEPT].commitments if c.commitment_id == "position-data"]
    assert data.status.value == "disputed"
    stances = {(c["claimant"], c["stance"]) for c in data.claims}
    assert ("United States", "commitment_met") in stances
    assert any(stance == "commitment_unmet" and "Russia" in who for who, stance in stances)


def test_lifecycle_shows_the_declared_end_by_the_syrian_army(result: Assessment) -> None:
    over = [s for s in result.states[SEPT].lifecycle if s.state == Lifecycle.DECLARED_OVER]
    assert [s.date for s in over] == [dt.date(2016, 9, 19)]
    assert "Syrian government forces" in over[0].by
    assert "party: Syrian government forces and allies" in over[0].what
    assert any("Syrian army" in str(e["text"]) for e in over[0].evidence)


def test_report_for_19_september_shows_all_of_it(store: Store, tmp_path: Path) -> None:
    html = render(build_sitrep(store, dt.date(2016, 9, 19)))
    assert 'possible violation</span> <span class="status contested">contested' in html
    assert "after 12 Sep 2016 19:00 and before the declared end on 19 Sep 2016" in html
    assert '<tr id="commitment-syria-2016-09-us-russia-position-data">' in html
    row = html.split('<tr id="commitment-syria-2016-09-us-russia-position-data">')[1]
    assert '<span class="status disputed">disputed</span>' in row.split("</tr>")[0]
    assert "declared over by Syrian government forces" in html
    assert "Standing on 19 Sep 2016: <strong>declared over</strong>" in html
