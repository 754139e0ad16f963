"""The learned fallback trigger: what it fires on, where it puts the trigger, and that the
reader uses it only where no rule reads the sentence (and not at all when told not to)."""

from __future__ import annotations

import datetime as dt

from truce.extract.fallback import FallbackModel, default_model, fallback_trigger
from truce.extract.rules import RuleExtractor
from truce.ingest import document_from_text
from truce.model import EventType

CLASSES = ("none", "armed_clash", "commitment")


def _model(weights: dict[str, dict[int, float]], **extra: object) -> FallbackModel:
    return FallbackModel(classes=CLASSES, weights=weights, threshold=0.5, **extra)  # type: ignore[arg-type]


def test_a_type_more_likely_than_not_gives_a_trigger_on_its_verb() -> None:
    model = _model({"u:convoy": {1: 3.0}, "u:fired": {1: 1.0}, "u:on": {1: 4.0}})
    found = fallback_trigger("Gunmen fired on a convoy.", model)
    # (the verb, not the noun that weighs more, nor a preposition that weighs most)
    assert found is not None and (found.type, found.text) == (EventType.ARMED_CLASH, "fired")
    assert fallback_trigger("Gunmen were seen.", model) is None  # (no word for it: "none")


def test_the_first_verb_that_weighs_for_the_type_is_the_trigger_not_the_heaviest() -> None:
    model = _model({"u:stopped": {1: 0.4}, "u:drove": {1: 0.9}, "u:checkpoint": {1: 2.0}})
    found = fallback_trigger("Officers stopped two men at a checkpoint and drove them away.", model)
    assert found is not None and found.text == "stopped"


def test_a_verb_that_weighs_for_another_act_is_preferred_to_a_noun() -> None:
    # (one type's weights are noisy: "fired" may weigh for shelling and not for a clash)
    model = _model({"u:fired": {2: 1.3}, "u:convoy": {1: 2.0}, "u:army": {1: 1.0}})
    found = fallback_trigger("Militants fired on an army convoy.", model)
    assert found is not None and (found.type, found.text) == (EventType.ARMED_CLASH, "fired")


def test_the_end_of_a_compound_is_no_verb() -> None:
    model = _model({"u:backed": {1: 0.9}, "u:taken": {1: 0.3}, "u:control": {1: 2.0}})
    found = fallback_trigger("Turkish-backed fighters have taken control of the town.", model)
    assert found is not None and found.text == "taken"


def test_a_type_never_emitted_gives_no_trigger() -> None:
    model = _model({"u:pledged": {2: 5.0}}, never=frozenset({"commitment"}))
    assert fallback_trigger("The sides pledged calm.", model) is None


def test_the_packaged_model_is_read_more_likely_than_not_and_never_emits_terms() -> None:
    model = default_model()
    assert model is not None and model.threshold == 0.5
    assert model.threshold_for(EventType.COMMITMENT) is None
    assert model.threshold_for(EventType.AID_ACCESS) is None


SENTENCE = "Gunmen fired on a Turkish army convoy near the border crossing on Sunday."


def test_the_reader_takes_the_fallbacks_event_where_no_rule_reads_the_sentence() -> None:
    document = document_from_text(SENTENCE, fmt="text", published=dt.date(2017, 10, 9))
    (report,) = RuleExtractor().extract(document).reports
    assert report.type is EventType.ARMED_CLASH
    assert report.targets == ["turkey"]  # (after the verb the fallback chose)
    assert report.date.start == dt.date(2017, 10, 8)
    assert RuleExtractor(learned=False).extract(document).reports == []
