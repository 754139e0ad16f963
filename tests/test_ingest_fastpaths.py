"""The quick forms that ingestion uses for speed (truce.ingest.text) give what the plain
regexes they stand for give, on random text full of the characters that matter."""

from __future__ import annotations

import random
import re

from truce.ingest import text as ingest_text

# The definitions the quick forms stand for.
_PLAIN_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_PLAIN_SPACES = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")


def _texts(alphabet: str, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_sentence_ends_are_where_the_lookbehind_form_puts_them() -> None:
    for text in _texts("a.!?\"”’')] \n(“‘[A9b", 5000, 1):
        quick = [m.end() for m in ingest_text._SENTENCE_END.finditer(text)]
        assert quick == [m.end() for m in _PLAIN_SENTENCE_END.finditer(text)], text


def test_sentences_still_split_at_full_stops() -> None:
    text = "Shelling hit Idlib. Two died! Was it (they asked) over? “Yes.” 3 left."
    kept = ingest_text.strip_boilerplate(text)
    assert kept == text  # nothing dropped, and the split itself is checked above
    starts = [0] + [m.end() for m in ingest_text._SENTENCE_END.finditer(text)]
    assert [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)] == [
        "Shelling hit Idlib.", "Two died!", "Was it (they asked) over?", "“Yes.”", "3 left.",
    ]  # fmt: skip


def test_blanks_are_squeezed_only_where_the_spaces_regex_finds_some() -> None:
    for text in _texts("a \t\u00a0b", 5000, 2):
        quick = "\t" in text or "\u00a0" in text or "  " in text  # split_paragraphs' pre-test
        assert quick == bool(_PLAIN_SPACES.search(text)), repr(text)
    paras = ingest_text.split_paragraphs("Title\n\nTwo\u00a0 men\twere  hurt.", markdown=False)
    assert [p.text for p in paras] == ["Title", "Two men were hurt."]


def test_footer_check_still_sees_email_addresses() -> None:
    assert ingest_text.is_footerish("Write to press@example.org for more about this story now.")
    assert not ingest_text.is_footerish(
        "Shelling resumed on the outskirts of the town on Monday, residents told reporters."
    )
