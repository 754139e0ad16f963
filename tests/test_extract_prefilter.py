"""Prefilters and screens (truce.extract.prefilter, truce.extract.screens): the cheap word
tests that let the extractor skip regexes that cannot match. The one property that
matters is that they never skip a pattern that matches and never change its matches;
the texts here are generated from the patterns' own words, so every pattern matches
some of them."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from tests.word_salad import word_salad
from truce.extract import casualties, claims, dates
from truce.extract.events import word_before
from truce.extract.lexicon import default_lexicon
from truce.extract.prefilter import lowering_safe, prefilter
from truce.extract.screens import ScreenSet, contains_any, digit_starts, text_words, word_at

DEMO = Path(__file__).resolve().parents[1] / "src" / "truce" / "data" / "demo"


# --- what the analysis reads off a pattern ---------------------------------------------


def test_whole_first_words() -> None:
    found = prefilter(r"\b(?:air|drone) strikes?\b")
    assert found is not None and found.heads
    assert found.words == {"air", "drone"}
    assert found.prefixes == found.fragments == () and not found.digit


def test_a_word_that_starts_with_a_digit_is_a_head() -> None:
    found = prefilter(r"\b(?:at least )?\d+ (?:people )?killed")
    assert found is not None and found.digit and found.words == {"at"}
    found = prefilter(r"\b\d{4}-\d\d")
    assert found is not None and found.digit and found.words == frozenset()


def test_optional_endings_make_every_whole_word() -> None:
    found = prefilter(r"\bconvoys?\b")
    assert found is not None and found.words == {"convoy", "convoys"}


def test_a_word_that_may_go_on_is_a_prefix() -> None:
    found = prefilter(r"\bshell(?:s|ed)?")  # no \b after it: "shellfire" matches too
    assert found is not None
    assert found.words == frozenset() and set(found.prefixes) == {"shell", "shells", "shelled"}


def test_lookarounds_on_word_characters_are_word_edges() -> None:
    found = prefilter(r"(?<![\w])(?:US|UK)(?![\w])")
    assert found is not None and found.words == {"US", "UK"}


def test_a_match_that_can_start_anywhere_needs_its_inner_words() -> None:
    found = prefilter(r"\d+ (?:people|civilians) killed")
    assert found is not None and not found.heads
    assert found.inner == (" killed",)


def test_every_other_telling_part_is_needed_too() -> None:
    # "2 farmers were killed": the person's word is the best test, the verb a second one
    # ("was"/"were" is in most sentences: not worth looking for)
    found = prefilter(r"\d+ (?:farmers?|shepherds?) (?:was|were) (?:killed|wounded)")
    assert found is not None and found.inner == ("farmer", "shepherd")
    assert found.also == (("killed", "wounded"),)
    screens = ScreenSet([re.compile(r"\d+ (?:farmers?|shepherds?) (?:was|were) killed")])
    assert screens.hits("2 shepherds were killed") == {0}
    assert screens.hits("2 shepherds were arrested") == set()  # a shepherd, but not killed


def test_two_digits_are_inner_strings_enough_where_two_letters_are_not() -> None:
    # "in 2016", "the summer of 2013": the year's first digits rule out most sentences
    found = prefilter(r"\b(?i:the\s+)?(?i:summer|winter)\s+of\s+(?P<y>(?:19|20)\d{2})\b")
    assert found is not None and not found.heads and found.inner == ("19", "20")
    assert prefilter(r"\b(?i:in|at)\s+(?:ab|cd)\w+") is None


def test_start_without_a_word_boundary_is_a_fragment() -> None:
    found = prefilter(r"n't\b")
    assert found is not None and found.fragments == ("n't",) and found.words == frozenset()


@pytest.mark.parametrize("source", [r"\w+", r".", r"(?i)air", r"\d{4}", r"a|\w+b"])
def test_gives_up_on_what_says_nothing(source: str) -> None:
    assert prefilter(source) is None


def test_lowering_is_unsafe_where_ignorecase_matches_more() -> None:
    assert lowering_safe("Air strikes", "air strikes")
    assert not lowering_safe("İdlib", "İdlib".lower())  # the lower case is longer
    assert not lowering_safe("ſtrike", "ſtrike")  # long s matches "s" case-insensitively
    assert re.search("strike", "ſtrike", re.IGNORECASE)


# --- never a false negative, never a different match -----------------------------------


def _lexicon_patterns() -> list[re.Pattern[str]]:
    lexicon = default_lexicon()
    patterns = [p for rule in lexicon.events for p in rule.patterns]
    patterns += [p for rule in (*lexicon.stances, *lexicon.author_stances) for p in rule.patterns]
    patterns += [p for items in lexicon.status.values() for p in items]
    patterns += [*lexicon.background]
    patterns += [p for p, _ in dates._RULES] + [link[0] for link in dates._LINKS]
    patterns += [*casualties._ALL, lexicon.attribution_verb]
    patterns += [claims._ACCORDING, claims._OFFICIAL_ADJ, claims._VERSION_OF, claims._CARRIER]
    return [*patterns, claims._POSSESSIVE_VERSION]


def _texts(patterns: list[re.Pattern[str]], count: int) -> list[str]:
    """Sentences of the patterns' own words, in any case, with digits and punctuation,
    plus the demo reports' sentences."""
    words = sorted({w for p in patterns for w in re.findall(r"[A-Za-z]+(?:'t)?", p.pattern)})
    words += ["22", "2016", "2016-09-19", "Sept.", "U.S.", "al-Nusra", "people", "were"]
    words += ["\u0662\u0662", "5\u00b2", "oneto5", "dozensto3"]  # Arabic digits, a square
    seps = [" ", " ", " ", ", ", ". ", "-", " (", ") ", "'s ", "\n"]
    texts = word_salad(words, seps, count, seed=7, most=14)
    for path in sorted(DEMO.glob("*.md")):
        texts += re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8"))
    # figures that start at a word prefix ("fiveto7") or at a digit of another script
    texts += ["fiveto7 people were killed", "Dozensand12 were wounded", "\u0663 were killed"]
    return texts


def test_screens_never_leave_out_a_match_nor_change_one() -> None:
    patterns = _lexicon_patterns()
    screens = ScreenSet(patterns)
    matched = 0
    for text in _texts(patterns, 1800):
        hits = screens.hits(text)
        for i, pattern in enumerate(patterns):
            expected = [m.span() for m in pattern.finditer(text)]
            matched += bool(expected)
            assert not expected or i in hits, (pattern.pattern, text)
            assert [m.span() for m in screens.finditer(i, text)] == expected, pattern.pattern
    assert matched > 1000  # the texts do exercise the patterns


def test_most_patterns_are_screened_and_most_texts_skip_most_of_them() -> None:
    patterns = _lexicon_patterns()
    screens = ScreenSet(patterns)
    assert sum(f is None for f in screens._filters) <= 3
    sentence = "The UN envoy met officials in Geneva on the humanitarian situation."
    assert len(screens.hits(sentence)) < len(patterns) // 10


# --- small helpers that replace regex scans --------------------------------------------


def test_word_at_finds_whole_words_as_the_regex_engine_has_them() -> None:
    rng = random.Random(11)
    runs = re.compile(r"\w+")
    for _ in range(3000):
        text = "".join(rng.choice("ab_é1 .-’\n") for _ in range(rng.randint(0, 14)))
        for word in ("a", "ab", "b_", "é1", "ab_", "bé1a"):  # short ones: found by a regex
            expected = [m.start() for m in runs.finditer(text) if m.group() == word]
            assert list(word_at(text, word)) == expected, (text, word)


def test_word_before_reads_backwards_what_the_regex_finds() -> None:
    regex = re.compile(r"([A-Za-z]+)\W*$")
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice("ab Z9_é-.\n’',xY") for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        found = regex.search(text, 0, start)
        assert word_before(text, start) == (found.group(1) if found else None), (text, start)


def test_word_at_finds_word_starts_too() -> None:
    rng = random.Random(13)
    for _ in range(2000):
        text = "".join(rng.choice("ab_é1 .-") for _ in range(rng.randint(0, 14)))
        for word in ("a", "ab", "b_", "ab_", "aé1"):
            starts = re.compile(rf"(?<!\w){re.escape(word)}")
            expected = [i for i in range(len(text)) if starts.match(text, i)]
            assert list(word_at(text, word, False)) == expected, (text, word)


def test_digit_starts_are_where_words_start_with_what_backslash_d_matches() -> None:
    for text in ["22 killed", "x22 y", "\u0662\u0662 killed", "5\u00b2", "a-7 b_8 _9", ""]:
        expected = tuple(m.start() for m in re.finditer(r"\b\d", text))
        assert digit_starts(text) == expected, text


def test_contains_any_says_whether_a_text_holds_one_of_the_strings() -> None:
    rng = random.Random(3)
    for count in (0, 1, 3, 12):
        strings = [
            "".join(rng.choice("abc ") for _ in range(rng.randint(1, 4))) for _ in range(count)
        ]
        test = contains_any(strings)
        for _ in range(300):
            text = "".join(rng.choice("abcd ") for _ in range(rng.randint(0, 12)))
            assert test(text) == any(s in text for s in strings), (strings, text)


def test_text_words_are_the_runs_the_regex_finds() -> None:
    rng = random.Random(17)
    runs = re.compile(r"\w+")
    chars = "".join(map(chr, range(128))) + "é’\u0662ſ"
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 20)))
        assert text_words(text) == frozenset(runs.findall(text)), text


def test_a_pattern_anchored_at_the_start_is_tried_as_it_is() -> None:
    anchored = re.compile(r"^\W*(?:separately|meanwhile)\b", re.IGNORECASE)
    screens = ScreenSet([re.compile(r"\bair strikes?\b", re.IGNORECASE), anchored])
    assert screens.hits("Meanwhile, air strikes hit the town.") == {0, 1}
    assert screens.hits("Air strikes hit the town meanwhile.") == {0}
    assert [m.span() for m in screens.finditer(1, "-- Separately, ...")] == [(0, 13)]


def test_an_anchored_pattern_is_not_tried_on_a_text_without_the_strings_it_needs() -> None:
    pair = re.compile(r"^\W*the (?:driver|medic) and a \w+ (?:were|was) (?:wounded|hurt)\b", re.I)
    exact = re.compile(r"^\W*(?:Separately|Meanwhile), (?:jets|drones) struck\b")
    screens = ScreenSet([pair, exact])
    assert screens.hits("The driver and a medic were wounded.") == {0}
    assert screens.hits("The driver and a medic were killed.") == set()  # neither verb
    assert screens.hits("Meanwhile, jets struck Idlib.") == {1}
    assert screens.hits("Meanwhile, jets STRUCK Idlib.") == set()  # written otherwise
    assert screens.hits("THE DRİVER and a medic were wounded.") == {0}  # (İ: not lowered)
    for text in ("THE DRIVER AND A MEDIC WERE HURT", "Separately, drones struck"):
        assert screens.hits(text) == {i for i, p in enumerate([pair, exact]) if p.search(text)}


def test_a_text_without_a_string_every_pattern_needs_one_of_is_matched_by_none() -> None:
    killed = re.compile(r"\d+ (?:people|civilians) killed", re.IGNORECASE)
    shelled = re.compile(r"\bthe army shelled\b", re.IGNORECASE)
    screens = ScreenSet([killed, shelled])
    assert screens.hits("Talks resumed in Geneva on Monday.") == set()
    assert screens.hits("Reports said 12 PEOPLE KILLED.") == {0}
    assert 1 in screens.hits("THE ARMY SHELLED the town.")


def test_matches_before_a_position_are_the_first_of_all_matches() -> None:
    pattern = re.compile(r"\b(?:two|\d+) (?:people|civilians)\b", re.IGNORECASE)
    screens = ScreenSet([pattern])
    text = "Two people died, then 3 civilians, then two people and 12 civilians."
    every = [m.span() for m in pattern.finditer(text)]
    for before in range(len(text) + 1):
        found = [m.span() for m in screens.finditer(0, text, before)]
        assert found[: len([s for s in every if s[0] < before])] == [
            s for s in every if s[0] < before
        ]
        assert all(s in every for s in found)
