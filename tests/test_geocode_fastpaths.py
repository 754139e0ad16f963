"""The quick forms the place scan uses for speed give what the plain definitions give:
the word split, the clause end, the cue words before a name, and the per-spelling
shortcuts of one-word names. Sentences and random texts are written for these tests."""

from __future__ import annotations

import random
import re

import pytest

from truce.geocode import default_gazetteer
from truce.geocode import normalize as norm
from truce.geocode.textindex import _SPLIT, text_index
from truce.model import PlaceRelation

R = PlaceRelation
_PLAIN_CLAUSE_END = re.compile(r"(?<!\d)[.,]|[.,](?!\d)|[!?;:()\[\]\n\"“”،]")


def _texts(alphabet: str | list[str], n: int, seed: int, most: int = 30) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, most))) for _ in range(n)]


def test_split_gives_the_words_of_the_word_regex() -> None:
    for text in _texts("Ab_ '’ʼsS-9ä,حلب\n", 5000, 1):
        assert _SPLIT.split(text)[1::2] == norm.WORD.findall(text), repr(text)


def test_clause_end_matches_where_the_lookbehind_form_does() -> None:
    for text in _texts("ab 1.,;9!\n“x٣()", 5000, 2):
        quick = [m.start() for m in norm._CLAUSE_END.finditer(text)]
        assert quick == [m.start() for m in _PLAIN_CLAUSE_END.finditer(text)], repr(text)


def _plain_relation_cue(text: str, start: int, end: int) -> PlaceRelation:
    """relation_cue as first written: the clause by splitting at clause ends, its words by
    the word regex; a name in brackets takes the cue of the name before it."""
    if start and text[start - 1] == "(":
        other = re.search(
            r"[A-Z][\w'’-]*(?:[ -](?:a[ln]-)?[A-Z][\w'’-]*){0,2}\s*$", text[: start - 1]
        )
        if other is not None:
            name = other.group().rstrip()
            return _plain_relation_cue(text, other.start(), other.start() + len(name))
    before = _PLAIN_CLAUSE_END.split(text[max(0, start - 100) : start])[-1].lower()
    if norm._OFFSET.search(before):
        return R.OFFSET
    if norm._DIRECTION.search(before):  # (off by the compass, unless it places another name)
        lies = norm._WHERE_IT_LIES.search(text, max(0, start - 80), start)
        return R.NEAR if lies else R.OFFSET
    cue = R.IN
    for word in reversed(re.findall(r"[^\W\d_][\w'-]*", before)[-7:]):
        if norm.is_arabic(word) and word[0] in "وب" and word[1:] in norm._CUES:
            word = word[1:]
        if word in norm._CUES:
            cue = norm._CUES[word]
        elif word in norm._FILLERS or word.endswith(("ern", "-held")):
            continue
        break
    if cue != R.BETWEEN and (after := norm._AFTER.match(text[end : end + 40])):
        word = after.group(1).lower()
        cue = R.NEAR if word in ("outskirts", "suburbs", "environs", "area", "front") else R.ADMIN
    elif (
        cue is R.ADMIN
        and norm._CITY_AFTER.match(text, end)
        and norm._QUARTER_OF.search(text[max(0, start - 100) : start].lower().rpartition("\n")[2])
    ):  # ("the Akrama district of Homs city")
        cue = R.IN
    return cue


def test_relation_cue_reads_as_the_plain_definition() -> None:
    words = [
        "near", "Outside", "between", "province", "rural", "the", "of", "city", "eastern",
        "northern", "rebel-held", "in", "and", "10", "km", "north", "south-east", "of the",
        "x2", "it's", "ريف", "وبين", "بين", "حلب", "é", "İ", "Σ", "-", "_", ".", ",", "3.5",
        ";", "(", "“", "Idlib", "X", "outskirts", "area", "'s", "5 km west of",
    ]  # fmt: skip
    blanks = [" ", " ", " ", "  ", "\t", "\n", "\r", "\u2028", "\x1c", "-", ""]
    rng = random.Random(3)
    seen = set()
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(blanks) for _ in range(rng.randint(0, 40)))
        for start in range(0, len(text) + 1, 3):
            expected = _plain_relation_cue(text, start, start)
            assert norm.relation_cue(text, start, start) == expected, (text, start)
            seen.add(expected)
    assert seen == set(R) - {R.COUNTRY, R.UNKNOWN}


def test_relation_cues_in_sentences() -> None:
    text = "Fighting raged near the besieged town of Daraya, in Idlib and rural Damascus."
    cue = {name: norm.relation_cue(text, text.index(name), text.index(name) + len(name))
           for name in ("Daraya", "Idlib", "Damascus")}  # fmt: skip
    assert cue == {"Daraya": R.NEAR, "Idlib": R.IN, "Damascus": R.ADMIN}


@pytest.mark.parametrize(
    ("text", "name", "relation"),
    [
        # a Russian bulletin's word for a village
        ("Militants fired on army positions near the settlement of Khan al-Assal.",
         "Khan al-Assal", R.NEAR),
        # a quarter named "the X area of" a place is in it
        ("Mortar rounds land in the Bab Sharqi area of the Old City of Damascus.",
         "Bab Sharqi", R.IN),
        # a front named after a place runs near it
        ("Clashes broke out on the Urum al-Kubra front after troops tried to infiltrate.",
         "Urum al-Kubra", R.NEAR),
        # near a site the place's name is given to: near the site, in the place
        ("Shells landed near the Al Atareb primary health care centre on Monday.",
         "Al Atareb", R.IN),
    ],
)  # fmt: skip
def test_the_cue_of_one_name(text: str, name: str, relation: PlaceRelation) -> None:
    start = text.index(name)
    assert norm.relation_cue(text, start, start + len(name)) is relation


def test_one_word_names_and_their_neighbours() -> None:
    """A word's own match is worked out once per spelling; the words around it still
    decide: a capitalised neighbour makes a loose spelling part of another name, and
    "X al-" before it makes it the tail of one."""
    gaz = default_gazetteer()
    index = text_index(gaz)
    aleppo, jets, saraqeb = index.words("Aleppo Jets Saraqeb").forms
    assert aleppo.solo is not None and aleppo.may_start
    assert jets.solo is None and jets.loose is None and not jets.may_start
    assert saraqeb.solo is None and saraqeb.loose is not None  # known by its key only

    def names(text: str) -> list[str]:
        return [m.name for m in gaz.find_mentions(text)]

    assert names("Jets hit Saraqeb and Aleppo.") == ["Saraqeb", "Aleppo"]
    assert names("Ahmad Saraqeb said") == []
    assert names("the Saraqeb Media Center said") == []
    assert names("Jaish al-Douma said") == []
    assert names("Shelling hit Douma.") == ["Douma"]
