"""A regex alternation of plain words, written so that the regex engine reads it fast.

``one|two|three|...`` (the number words, the persons' words) is tried branch by branch:
in a case-insensitive pattern the engine enters every branch at every position it is
tried at (it skips a branch by its first character only in a case-sensitive one), so
a list of a hundred words costs a hundred jumps. :func:`one_of` writes the same words as
a trie of their characters (``t(?:en|hree|wo)``): the engine follows the text's
characters down it. It matches what the alternation matches, the same words preferred
in the same order, so no match of a pattern built with it changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["one_of"]

_Trie = dict[str, "_Trie"]
_END = ""  # a trie node's key for "a word ends here"


def one_of(words: Iterable[str]) -> str:
    """A regex (a non-capturing group) that matches what ``"|".join(words)`` does, tried
    in the same order.

    The words an alternation can match at one position are prefixes of one another
    ("seventy", "seventy-three"), so its order only ever decides between a word and the
    longer words that start with it: each node of the trie tries the longer words first
    (a greedy ``?``) or the word itself first (a lazy ``??``), as ``words`` lists them.
    Words are literal text without upper-case letters (two branches that differ only in
    case could both match one text); a listing that no trie follows (a word listed
    between two longer words that start with it) is kept as the plain alternation."""
    listed = list(dict.fromkeys(words))  # (a repeated word is never reached again)
    if any(word != word.lower() or not word for word in listed):
        raise ValueError(f"one_of() takes non-empty lower-case words: {listed!r}")
    first = {word: i for i, word in enumerate(listed)}
    lazy: set[str] = set()  # words tried before the longer words that start with them
    for word in listed:
        longer = [first[w] for w in listed if len(w) > len(word) and w.startswith(word)]
        if longer and all(i > first[word] for i in longer):
            lazy.add(word)
        elif longer and any(i > first[word] for i in longer):
            return "(?:" + "|".join(map(re.escape, listed)) + ")"
    trie: _Trie = {}
    for word in listed:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _group(_branches(trie, "", lazy))


def _branches(node: _Trie, prefix: str, lazy: set[str]) -> list[str]:
    """The regexes of the words below ``node`` (reached by ``prefix``), one for each next
    character, without the prefix."""
    found = []
    for char, child in sorted(node.items()):
        if char == _END:
            continue
        below = _branches(child, prefix + char, lazy)
        if not below:
            tail = ""
        elif _END in child:  # the word so far may end here, or go on
            tail = _group(below) + ("??" if prefix + char in lazy else "?")
        else:
            tail = below[0] if len(below) == 1 else _group(below)
        found.append(re.escape(char) + tail)
    return found


def _group(branches: list[str]) -> str:
    return "(?:" + "|".join(branches) + ")"
