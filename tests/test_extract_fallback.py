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
