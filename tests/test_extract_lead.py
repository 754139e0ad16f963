"""The lead of an article: which event comes first, and where and when it happened when
the sentence itself does not say. Texts are written for these tests; the stand-in
gazetteer knows a handful of Syrian names with their governorates (OCHA P-codes)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from truce.extract import RuleExtractor, first_event
from truce.geocode import PlaceMention
from truce.ids import content_hash
from truce.ingest import document_from_text
from truce.model import DatePrecision, Document, EventType, Extraction, PlaceRelation

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
PUBLISHED = dt.date(2016, 9, 20)  # a Tuesday

#: name -> (entry id, admin1 P-code, admin1 name)
PLACES = {
    "Saraqeb": ("T-SARAQEB", "SY07", "Idleb"),
    "Idlib": ("SY07", "SY07", "Idleb"),
    "Aleppo": ("SY02", "SY02", "Aleppo"),
    "Hama": ("SY05", "SY05", "Hama"),
    "Damascus": ("SY01", "SY01", "Damascus"),
    "Syria": ("SY", None, None),
    "Beirut": ("W-BEIRUT", None, None),
}
_NAMES = re.compile(r"\b(?:" + "|".join(PLACES) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Entry:
    admin1_pcode: str | None
    admin1_name: str | None


class _Gazetteer:
    """Finds the names above (any case, as the real one finds "BEIRUT") and knows their
    governorates."""

    def find_mentions(self, text: str) -> list[PlaceMention]:
        found = []
        for m in _NAMES.finditer(text):
            key = next(k for k in PLACES if k.lower() == m.group().lower())
            found.append(
                PlaceMention(m.group(), m.start(), m.end(), PlaceRelation.IN, PLACES[key][0])
            )
        return found

    def get(self, entry_id: str) -> _Entry | None:
        return next((_Entry(a, n) for i, a, n in PLACES.values() if i == entry_id), None)


RULES = RuleExtractor(places=_Gazetteer())


def _run(
    body: str, *, title: str | None = None, published: dt.date | None = PUBLISHED
) -> Extraction:
    doc = Document(
        id="doc_" + content_hash(body)[:8], title=title, raw_text=body, body=body,
        content_hash=content_hash(body), published=published,
    )  # fmt: skip
    return RULES.extract(doc, source_name="Test Desk")


# --- the headline event ----------------------------------------------------------------


def test_the_lead_event_comes_before_a_later_event_of_the_titles_type() -> None:
    body = (
        "Jets struck a market in Saraqeb on Monday, a monitor said. The monitor gave no toll.\n\n"
        "Rebels shelled a district of Aleppo on Sunday."
    )
    extraction = _run(body, title="Rebels shell Aleppo as jets hit Idlib market")
    first = first_event(extraction)
    assert first is not None and first.type is EventType.AIR_STRIKE
    assert [r.type for r in extraction.reports] == [EventType.AIR_STRIKE, EventType.SHELLING]


def test_a_later_event_of_the_titles_type_leads_when_the_lead_has_no_event() -> None:
    body = (
        "The monitor published its monthly figures. Its director spoke to reporters.\n\n"
        "Jets struck a market in Saraqeb on Monday.\n\nRebels shelled Aleppo on Sunday."
    )
    first = first_event(_run(body, title="Rebels shell Aleppo"))
    assert first is not None and first.type is EventType.SHELLING


def test_a_toll_adds_to_the_event_it_follows() -> None:
    body = "Jets struck a market in Saraqeb on Monday. At least 20 civilians were killed."
    (strike,) = _run(body).reports
    assert strike.fatalities is not None and strike.fatalities.low == 20
    assert len(strike.evidence) == 2


def test_a_toll_alone_is_an_event() -> None:
    (clash,) = _run("The army killed 15 militants near Hama on Monday.").reports
    assert clash.type is EventType.ARMED_CLASH
    assert clash.place.name == "Hama"


def test_separately_starts_another_event() -> None:
    body = "Jets struck a market in Saraqeb on Monday. Separately jets struck a school on Monday."
    assert len(_run(body).reports) == 2


def test_a_war_toll_since_the_start_is_not_an_event() -> None:
    assert (
        _run("More than 300000 people have been killed since the war began in 2011.").reports == []
    )


# --- where ------------------------------------------------------------------------------


def test_no_place_in_the_sentence_takes_the_titles_place() -> None:
    body = "Jets struck a crowded market on Monday, a monitor said."
    (strike,) = _run(body, title="Market strike kills nine in Saraqeb").reports
    assert (strike.place.name, strike.place.gazetteer_id) == ("Saraqeb", "T-SARAQEB")


def test_the_country_gives_way_to_the_documents_governorate() -> None:
    body = (
        "Jets struck a crowded market in northern Syria on Monday, a monitor said. "
        "Residents of Saraqeb and of other towns in Idlib buried the dead. Aleppo was calm."
    )
    strike = _run(body).reports[0]
    # Idlib is named twice (Saraqeb, Idlib), Aleppo once: the governorate, not a town
    assert (strike.place.name, strike.place.relation) == ("Idleb", PlaceRelation.ADMIN)
    assert strike.place.gazetteer_id == "SY07"


def test_the_country_stands_when_nothing_more_specific_is_named() -> None:
    (strike,) = _run("Jets struck a crowded market in northern Syria on Monday.").reports
    assert (strike.place.name, strike.place.relation) == ("Syria", PlaceRelation.COUNTRY)


def test_no_place_named_at_all_stays_unknown() -> None:
    (strike,) = _run("Jets struck a crowded market on Monday.").reports
    assert strike.place.name is None


def test_a_truce_across_the_country_is_not_moved_to_a_governorate() -> None:
    body = "A nationwide truce took effect in Syria on Monday. Aleppo and Idlib were quiet."
    truce = next(r for r in _run(body).reports if r.type is EventType.CEASEFIRE_ANNOUNCED)
    assert truce.place.relation is PlaceRelation.COUNTRY


def test_the_headline_event_agrees_with_the_titles_governorate() -> None:
    body = "Jets that struck Aleppo last week struck a market on Monday near Saraqeb."
    title = "Air strikes kill 12 in Aleppo"
    (strike,) = _run(body, title=title).reports
    assert strike.place.name == "Aleppo"  # Saraqeb is in Idlib, which the title never names


def test_the_city_a_report_was_filed_from_is_not_the_event_place() -> None:
    body = "BEIRUT Jets struck a crowded market on Monday near Saraqeb a monitor said."
    (strike,) = _run(body).reports
    assert strike.place.name == "Saraqeb"


def test_a_capital_named_for_its_government_is_not_a_place() -> None:
    body = "Jets struck a market in Saraqeb on Monday despite Damascus promises of calm."
    (strike,) = _run(body).reports
    assert strike.place.name == "Saraqeb"


# --- a pasted article --------------------------------------------------------------------


def test_pasted_article_with_a_dateline_and_no_publication_date() -> None:
    text = (FIXTURES / "pasted-article.txt").read_text(encoding="utf-8")
    doc = document_from_text(text, fmt="text")
    extraction = RULES.extract(doc)
    assert extraction.published == dt.date(2017, 10, 8)  # "AFP Sunday 8 Oct 2017"
    strike, shelling = extraction.reports
    assert strike.type is EventType.AIR_STRIKE
    # no date in the lead sentence: the day of publication or the day before
    assert (strike.date.start, strike.date.end) == (dt.date(2017, 10, 7), dt.date(2017, 10, 8))
    assert strike.date.precision is DatePrecision.DAYS and strike.date.basis is None
    assert strike.place.name == "Saraqeb"  # named in the next sentence of the story
    assert strike.fatalities is not None and strike.fatalities.low == 9
    assert shelling.type is EventType.SHELLING
    assert shelling.date.start == dt.date(2017, 10, 6)  # "on Friday"
    assert shelling.place.name == "Aleppo"


# --- who --------------------------------------------------------------------------------


def test_victims_before_a_passive_verb_are_targets_and_the_speaker_is_neither() -> None:
    body = "At least nine civilians were killed in Russian air strikes on a market, SOHR said."
    (strike,) = _run(body).reports
    assert strike.actors == ["russia"]
    assert strike.targets == ["civilians"]


def test_the_agent_after_by_acts_on_the_victims_before() -> None:
    body = "Twelve civilians were killed in air strikes by the US-led coalition on Monday."
    (strike,) = _run(body).reports
    assert strike.actors == ["us-led-coalition"]
    assert strike.targets == ["civilians"]


# --- photo captions ----------------------------------------------------------------------


def test_photo_captions_are_cut_out_and_marked() -> None:
    from truce.extract.sentences import split_sentences

    body = (
        "A fighter walks past a ruined school in Aleppo Syria May 3 2016 (Reuters Photo) "
        "Shelling killed four people in Hama on Monday. Smoke rises over a town (AA Photo) "
        "Rebels said they held the road.\n\n"
        "A boy stands in a street of Damascus August 21 2013. REUTERS/Some Photographer "
        "The army denied it. BEIRUT (Reuters) - Air strikes hit Idlib on Sunday."
    )
    marked = [(s.text.split()[0], s.caption) for s in split_sentences(body)]
    assert marked == [
        ("A", True), ("Shelling", False), ("Smoke", True), ("Rebels", False),
        ("A", True), ("REUTERS/Some", False), ("BEIRUT", False),
    ]  # fmt: skip


def test_a_captions_date_and_place_do_not_date_the_lead_event() -> None:
    body = (
        "Published September 20 2016 "  # the dateline, as pages print it
        "A checkpoint is seen after rebels shelled it near Aleppo Syria May 3 2016 (Reuters) "
        "Two people were killed when shells hit a village in Hama province, activists said. "
        "The shelling continued into the night."
    )
    first = first_event(_run(body))
    assert first is not None and first.type is EventType.SHELLING
    assert (first.date.start, first.date.end) == (PUBLISHED - dt.timedelta(days=1), PUBLISHED)
    assert first.place.name == "Hama"  # not the photo's Aleppo
    caption_end = body.index("(Reuters)") + len("(Reuters)")
    assert all(span.start >= caption_end for span in first.evidence)  # not the photo's words
