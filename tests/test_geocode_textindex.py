"""The words of a text as the place scanner reads them (truce.geocode.textindex): one
split gives the words, where each starts and ends, and the gaps between them; each
distinct spelling's forms are worked out once. Sentences are written for these tests."""

from __future__ import annotations

import random

from truce.geocode import default_gazetteer
from truce.geocode.normalize import _CLAUSE_END, WORD, _clause_before, word_forms
from truce.geocode.textindex import _SPLIT, _SPLIT_ASCII, TextIndex, text_index


def _index() -> TextIndex:
    return text_index(default_gazetteer())


def test_words_offsets_forms_and_gaps() -> None:
    text = "Jets hit Aleppo's Midan, near Deir ez-Zor."
    words = _index().words(text)
    spans = [(s, e) for s, e in zip(words.starts, words.ends, strict=True)]
    assert [text[s:e] for s, e in spans] == [
        "Jets", "hit", "Aleppo", "Midan", "near", "Deir", "ez", "Zor",
    ]  # fmt: skip
    assert words.gaps == [" ", " ", "'s ", ", ", " ", " ", "-", "."]  # the last: after the text
    aleppo = words.forms[2]
    assert (aleppo.low, aleppo.cut, aleppo.cap) == ("aleppo", 2, True)
    assert words.forms[6].article and not words.forms[6].cap  # "ez" in Deir ez-Zor
    assert words.forms[0].may_start is False  # no known name starts with "jets"
    assert words.forms[2].may_start is True


def test_lower_case_words_start_no_name_unless_a_known_spelling_does() -> None:
    words = _index().words("the shelling in rural Damascus")
    may_start = {f.low: f.may_start for f in words.forms}
    assert may_start["the"] is False and may_start["in"] is False
    assert may_start["rural"] is True  # "rural Damascus" is a known lower-case spelling


def test_possessive_without_apostrophe_is_a_stem() -> None:
    words = _index().words("Across Syrias north and ALEPPOS east")
    forms = {f.low: f for f in words.forms}
    assert forms["syrias"].stem is not None  # "Syria" + lost apostrophe
    assert forms["aleppos"].stem is None  # an upper-case S is not a lost possessive


def test_words_agree_with_the_word_regex_on_any_text() -> None:
    rng = random.Random(3)
    alphabet = "Ab al-Zor’s 'sS,.\n9ä حلب"
    index = _index()
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        words = index.words(text)
        found = list(WORD.finditer(text))
        assert words.starts == [m.start() for m in found]
        cuts = [word_forms(m.group())[0] for m in found]
        assert words.ends == [m.end() - cut for m, cut in zip(found, cuts, strict=True)]
        for k in range(len(found) - 1):
            assert words.gaps[k] == text[words.ends[k] : words.starts[k + 1]]


def test_finding_places_again_finds_the_same() -> None:
    gaz = default_gazetteer()
    text = "Shelling hit Aleppo and Idlib province; talks went on in Geneva."
    first = gaz.find_mentions(text)
    assert gaz.find_mentions(text) == first  # the word-form cache changes nothing
    assert [(m.name, m.relation.value) for m in first] == [
        ("Aleppo", "in"), ("Idlib", "admin"), ("Geneva", "in"),
    ]  # fmt: skip


def test_clause_before_is_what_splitting_at_clause_ends_gives() -> None:
    rng = random.Random(1)
    alphabet = "ab 1.,;9!\n“x٣"  # ٣: an Arabic-Indic digit is a digit too
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 130)))
        start = rng.randint(0, len(text))
        window = text[max(0, start - 100) : start]
        assert _clause_before(text, start) == _CLAUSE_END.split(window)[-1], (text, start)


def test_an_ascii_text_is_split_as_any_text() -> None:
    rng = random.Random(3)
    pieces = ["Deir", "ez", "-", "Zor", "_", "x_y", "'s", "'", "12", " ", ",", "\n", "O'Neil"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _SPLIT_ASCII.split(text) == _SPLIT.split(text), text
