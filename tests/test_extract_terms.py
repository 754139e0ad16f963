"""Terms of an agreement carried out, told in words that are a term's only where the
document speaks of an agreement (the lexicon's ``under_agreement`` rules). Sentences
written for this test; the first blind batches of the twenty-third session showed the
kinds."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of
from truce.model import EventType, Report

PUBLISHED = dt.date(2021, 9, 9)  # a Thursday
# the document's word for the agreement, in a sentence of its own that reports nothing
AGREEMENT = "The talks went on for three weeks before the agreement of 1 September."
# the same document without it: a report of the war, with no deal in sight
NO_AGREEMENT = "The talks went on for three weeks."

# acts that tell a term carried out only in a document that speaks of an agreement
ACTS = [
    "On Tuesday, the first group, 1,200 persons, left Tafas on 30 buses.",
    "On Tuesday, some 800 residents were evacuated in 20 green buses to shelters in Izra.",
    "Activists said several foreign fighters were seen boarding the buses on Tuesday.",
    "On Tuesday night, buses hired by the elders took the men out of the town.",
    "A column of 40 vehicles carrying fighters and their families crossed the river on Tuesday.",
    "The committee says fewer than 60 people have been freed since Tuesday.",
    "The prisoner exchange began at the crossing on Tuesday.",
    "On Tuesday, soldiers lifted the concrete blocks and reopened the road to Busra.",
    "On Tuesday, the armed groups allowed the technicians into the pumping station.",
    "Engineers of the water board went into the spring on Tuesday under police escort.",
    "The militia moved 150 detainees to a centre near Izra on Tuesday, as it had promised.",
]
# acts tied to the agreement in their own words, whatever their verb
TIED = [
    "Army units entered three villages north of Tafas on Tuesday, as agreed with the committee.",
    "Military police vehicles drove into the old quarter on Tuesday, in line with the agreement.",
    "On Tuesday the council moved the families to Izra, as the deal required.",
]


def _kinds(body: str) -> list[EventType]:
    return [r.type for r in reports_of(body, PUBLISHED, "Daraa update")]


@pytest.mark.parametrize("sentence", [*ACTS, *TIED])
def test_a_term_carried_out_is_a_commitment_where_an_agreement_is_told(sentence: str) -> None:
    assert _kinds(f"{sentence}\n\n{AGREEMENT}") == [EventType.COMMITMENT]


@pytest.mark.parametrize("sentence", ACTS)
def test_the_same_words_are_no_term_without_an_agreement(sentence: str) -> None:
    assert _kinds(f"{sentence}\n\n{NO_AGREEMENT}") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Army units will enter the villages next week, as agreed with the committee.",
        "The families will be moved to Izra next week, as the deal requires.",
    ],
)
def test_a_term_promised_is_no_act(sentence: str) -> None:
    assert _kinds(f"{sentence}\n\n{AGREEMENT}") == []


def test_words_that_only_frame_a_sentence_tell_no_term() -> None:
    body = (
        "In accordance with the protocol, the ceasefire regime continues to be observed in "
        f"the zone.\n\n{AGREEMENT}"
    )
    assert EventType.COMMITMENT not in _kinds(body)


def test_a_rule_of_any_other_kind_comes_first() -> None:
    """A convoy that reached the town stripped of its medicines is an access incident,
    even though "in line with the agreement" would make its entry a term carried out."""
    body = (
        "A UN aid convoy entered the town on Tuesday, in line with the agreement, after "
        "security officers removed all surgical supplies from the trucks.\n\n" + AGREEMENT
    )
    reports: list[Report] = reports_of(body, PUBLISHED, "Daraa update")
    assert [r.type for r in reports] == [EventType.AID_ACCESS]
