"""The data model: immutability, strictness, and the small behaviours models carry."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from truce.model import (
    ACLED_MAPPING,
    AgreementState,
    DatePrecision,
    EventDate,
    EventType,
    Lifecycle,
    LifecycleEvent,
    Place,
    Span,
)


def test_models_are_frozen_and_reject_unknown_fields() -> None:
    span = Span(start=1, end=5, text="abcd")
    with pytest.raises(ValidationError):
        span.start = 2  # type: ignore[misc]
    with pytest.raises(ValidationError, match="extra"):
        Span(start=1, end=5, txt="typo")  # type: ignore[call-arg]


def test_place_precision_is_bounded_to_ucdp_codes() -> None:
    assert Place().precision == 7  # unknown unless the geocoder knows better
    with pytest.raises(ValidationError):
        Place(precision=9)


@pytest.mark.parametrize(
    ("start", "end", "window", "expected"),
    [
        ((2016, 9, 17), (2016, 9, 18), ((2016, 9, 18), (2016, 9, 20)), True),
        ((2016, 9, 17), (2016, 9, 18), ((2016, 9, 19), (2016, 9, 20)), False),
        (None, (2016, 9, 20), ((2015, 1, 1), (2015, 1, 2)), True),  # undated past: may overlap
        ((2016, 9, 21), None, ((2016, 9, 1), (2016, 9, 20)), False),
        ((2016, 9, 21), None, ((2016, 9, 1), None), True),
    ],
)
def test_event_date_overlap_respects_open_bounds(
    start: tuple[int, int, int] | None,
    end: tuple[int, int, int] | None,
    window: tuple[tuple[int, int, int], tuple[int, int, int] | None],
    expected: bool,
) -> None:
    date = EventDate(
        start=dt.date(*start) if start else None,
        end=dt.date(*end) if end else None,
        precision=DatePrecision.DAYS,
    )
    lo, hi = window
    assert date.overlaps(dt.date(*lo), dt.date(*hi) if hi else None) is expected


def test_every_event_type_has_an_acled_row() -> None:
    assert set(ACLED_MAPPING) == set(EventType)


def test_agreement_state_on_a_day_is_the_latest_step_so_far() -> None:
    steps = [
        LifecycleEvent(date=dt.date(2016, 9, 9), state=Lifecycle.AGREED, what="agreed"),
        LifecycleEvent(date=dt.date(2016, 9, 12), state=Lifecycle.IN_FORCE, what="in force"),
        LifecycleEvent(date=dt.date(2016, 9, 19), state=Lifecycle.DECLARED_OVER, what="over"),
    ]
    state = AgreementState(agreement_id="a", lifecycle=steps)
    assert state.state_on(dt.date(2016, 9, 8)) is None
    step = state.state_on(dt.date(2016, 9, 18))
    assert step is not None and step.state == Lifecycle.IN_FORCE
    step = state.state_on(dt.date(2016, 9, 19))
    assert step is not None and step.state == Lifecycle.DECLARED_OVER
