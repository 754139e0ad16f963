"""A pattern run only where its text has a string it needs finds what the regex finds."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from tests.word_salad import word_salad
from truce.extract.needs import Needy, needing

_MODULES = ("attach", "casualties", "claims", "clauses", "drafts", "events", "locate")
_MORE = ("placing", "referents", "sameness", "timeline", "victims", "voice")
DEMO = Path(__file__).resolve().parents[1] / "src" / "truce" / "data" / "demo"


def _needy() -> list[Needy]:
    found = []
    for name in (*_MODULES, *_MORE):
        module = importlib.import_module(f"truce.extract.{name}")
        found += [v for v in vars(module).values() if isinstance(v, Needy)]
    return found


def _texts(patterns: list[re.Pattern[str]], count: int) -> list[str]:
    """Texts of the patterns' own words in any case, with digits, punctuation and letters
    that lowering changes (the dotted capital I) or matches only case-insensitively; the
    demo reports."""
    words = sorted({w for p in patterns for w in re.findall(r"[A-Za-z]+", p.pattern)})
    words += ["22", "2016", "al-Nusra", "people", "were", "\u0130dlib", "\u017ftrike", "K"]
    seps = [" ", " ", " ", ", ", ". ", "-", " (", ") ", "'s ", "\n", ": "]
    texts = word_salad(words, seps, count, seed=11, most=16)
    for path in sorted(DEMO.glob("*.md")):  # and real news: the demo reports' paragraphs
        texts += path.read_text(encoding="utf-8").split("\n\n")
    return texts


def test_every_search_match_and_finditer_is_the_regexs() -> None:
    needy = _needy()
    assert len(needy) >= 20
    found: set[str] = set()
    for text in _texts([n.regex for n in needy], 900):
        for n in needy:
            for pos, end in ((0, len(text)), (len(text) // 3, len(text)), (2, len(text) - 3)):
                regex = n.regex
                want = regex.search(text, pos, end)
                found |= {regex.pattern} if want is not None else set()
                assert _span(n.search(text, pos, end)) == _span(want), regex.pattern
                assert _span(n.match(text, pos, end)) == _span(regex.match(text, pos, end))
                spans = [m.span() for m in regex.finditer(text, pos, end)]
                assert [m.span() for m in n.finditer(text, pos, end)] == spans
            assert _span(n.search(text)) == _span(n.regex.search(text))
    assert len(found) >= len(needy) // 3  # the texts do exercise the patterns


def test_a_pattern_with_nothing_it_needs_is_always_run() -> None:
    anything = needing(r"\w+")
    assert anything.search("no strings needed") is not None
    assert needing(r"killed|died", re.IGNORECASE).search("Two DIED") is not None
    assert needing(r"killed|died", re.IGNORECASE).search("Two died", 0, 6) is None


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match is not None else None
