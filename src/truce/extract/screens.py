"""Which of several patterns may match a text, and their matches found quickly.

A :class:`ScreenSet` holds the prefilters (:mod:`truce.extract.prefilter`) of a list of
compiled patterns, keyed by their words, so that one sentence is tested against all of
them at once: a set intersection with its words. What every screen reads off a text (its
lowered form, its words) is worked out once per text (:func:`view`, a small cache), since
every extraction step asks about the same sentence. A pattern whose matches can only
start at a few known words is then tried at those words alone instead of being searched
for along the whole text, and at none after the last of the strings every match of it
contains; one anchored at the text's start is simply tried. Neither ever changes what is
found.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ahocorasick_rs import AhoCorasick, Implementation

from truce.extract.prefilter import Prefilter, lowered_source, lowering_safe, prefilter

__all__ = [
    "RuleScreens",
    "ScreenSet",
    "TextView",
    "look_for",
    "strings_in",
    "text_words",
    "trie_source",
    "view",
]

_WORD_RUN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_WORD_DIGIT = re.compile(r"\d(?<!\w\d)")  # (the digit first: the engine skips to digits)


# ASCII characters that are not word characters (what \w is not), each made a space
_NOT_WORD = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) == "_"))
_ASCII_GAPS = bytes.maketrans(_NOT_WORD, b" " * len(_NOT_WORD))


@lru_cache(maxsize=256)  # every screen of every extraction step asks about the same text
def text_words(text: str) -> frozenset[str]:
    """The words (runs of word characters) of a text. An ASCII text (most) is split in C
    where its non-word characters were made spaces: four times as fast as the regex."""
    if text.isascii():
        return frozenset(text.encode("ascii").translate(_ASCII_GAPS).decode("ascii").split())
    return frozenset(_WORD_RUN.findall(text))


@dataclass(slots=True, eq=False)  # (not frozen: made for every text read, and never changed)
class TextView:
    """A text as the screens read it. ``folds``: a case-insensitive pattern matches the
    text where its lowered form matches ``low`` (see
    :func:`~truce.extract.prefilter.lowering_safe`); ``aligned``: lowering kept every
    character's offset, so a word of the text stands, lowered, at the same offset of
    ``low``; ``present``: the strings looked for that ``low`` has (:func:`strings_in`,
    which every screen asks for)."""

    low: str
    words: frozenset[str]  # of ``low``
    folds: bool
    aligned: bool
    present: frozenset[str]


@lru_cache(maxsize=256)
def view(text: str) -> TextView:
    """The view of ``text`` every screen shares (one lowering, one word list, one read
    of the automaton)."""
    low = text.lower()
    aligned = len(low) == len(text)
    return TextView(low, text_words(low), lowering_safe(text, low), aligned, strings_in(low))


@lru_cache(maxsize=256)
def digit_starts(text: str) -> tuple[int, ...]:
    """Where the words of a text that start with a decimal digit start."""
    if _DIGIT.search(text) is None:  # most sentences: one quick scan
        return ()
    return tuple(m.start() for m in _WORD_DIGIT.finditer(text))


_SHORT = 2  # words this short are looked for by a regex (see _word_finder)


@lru_cache(maxsize=1024)  # patterns that start at the same word look for it in a text
def word_at(text: str, word: str, whole: bool = True) -> tuple[int, ...]:
    """Where ``word`` (word characters only) stands in ``text`` as a whole word
    (``whole=False``: at the start of a word)."""
    if len(word) <= _SHORT:  # "a", "in": found everywhere inside words, checked in C
        return tuple(m.start() for m in _word_finder(word, whole).finditer(text))
    found = []
    size, end = len(word), len(text)
    at = text.find(word)
    while at >= 0:
        after = at + size
        # a word character is what the regex engine's \w is: alphanumeric or "_"
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")) and (
            not whole or after == end or not (text[after].isalnum() or text[after] == "_")
        ):
            found.append(at)
        at = text.find(word, at + 1)
    return tuple(found)


@lru_cache(maxsize=512)
def _word_finder(word: str, whole: bool) -> re.Pattern[str]:
    """``word``, then (``whole``) no word character, and none before it: the edge test
    after the word, so that the regex engine can look for its first letter quickly."""
    end = r"(?!\w)" if whole else ""
    return re.compile(rf"{re.escape(word)}{end}(?<!\w.{{{len(word)}}})", re.DOTALL)


_Test = Callable[[str], bool]


class _Index:
    """Prefilters of several patterns keyed by their words, so one text is tested against
    all of them with a few operations instead of one test each. The strings they need
    inside a text (and the fragments and prefixes they may start with) are looked for
    all at once, by one automaton in C (:func:`strings_in`), instead of one test each.
    With ``fold``, words and prefixes are keyed lower-cased, to be read off the lowered
    text. A set of patterns is kept as an int, bit i for pattern i: the unions and
    differences of a text's test are then a few machine words each, not set operations
    on every pattern a common word lets through (a third of the test's time)."""

    def __init__(self, filters: Iterable[tuple[int, Prefilter | None]], fold: bool = False) -> None:
        self.fold = fold
        self.members: set[int] = set()
        always: set[int] = set()  # patterns whose start is not known
        by_word: dict[str, set[int]] = {}
        by_prefix: dict[str, set[int]] = {}  # patterns that may start at a prefix
        digit: set[int] = set()  # patterns that may start at a word's first digit
        fragments: dict[str, set[int]] = {}
        by_inner: dict[str, set[int]] = {}  # inner string -> patterns it lets through
        inner_ids: set[int] = set()  # patterns that need one of their inner strings
        also: dict[int, tuple[frozenset[str], ...]] = {}  # and one of each of these
        for i, keep in filters:
            self.members.add(i)
            if keep is not None and keep.also:
                also[i] = tuple(map(frozenset, keep.also))
            if keep is not None and keep.inner and not _implied(keep):
                inner_ids.add(i)
                for string in keep.inner:
                    by_inner.setdefault(string, set()).add(i)
            if keep is None or not keep.heads:
                always.add(i)
                continue
            for word in keep.words:
                by_word.setdefault(word.lower() if fold else word, set()).add(i)
            for prefix in keep.prefixes:
                by_prefix.setdefault(prefix.lower() if fold else prefix, set()).add(i)
            if keep.digit:
                digit.add(i)
            for fragment in keep.fragments:
                fragments.setdefault(fragment, set()).add(i)
        self.mask = _bits(self.members)
        self.always = _bits(always)
        self.by_word = {word: _bits(ids) for word, ids in by_word.items()}
        self.by_prefix = {prefix: _bits(ids) for prefix, ids in by_prefix.items()}
        self.digit = _bits(digit)
        self.fragments = {fragment: _bits(ids) for fragment, ids in fragments.items()}
        self.by_inner = {string: _bits(ids) for string, ids in by_inner.items()}
        self.inner_ids = _bits(inner_ids)
        self.also = {1 << i: groups for i, groups in also.items()}  # (keyed by the bit)
        self.also_ids = _bits(also)
        self.keys = frozenset(by_word)  # intersected with a text's words
        self.inner_keys = frozenset(by_inner)
        self.fragment_keys = frozenset(fragments)
        self.prefix_keys = frozenset(by_prefix)
        # Patterns of unknown start that all need an inner string: unless the text has one
        # of those strings (most have none), none of them can match.
        self.always_strings: frozenset[str] | None = None
        if always and always <= inner_ids:
            self.always_strings = frozenset(
                f for f, ids in by_inner.items() if not always.isdisjoint(ids)
            )
        also_keys = {string for groups in also.values() for g in groups for string in g}
        look_for(self.inner_keys | self.fragment_keys | self.prefix_keys | also_keys)

    def hits(self, text: str, words: frozenset[str], read: str, known: frozenset[str]) -> int:
        """The patterns that may match ``text`` (as bits); ``words`` are those of ``read``
        (the text itself, or lowered when the index folds), ``known`` its strings
        (:func:`strings_in`)."""
        found = 0
        by_word = self.by_word
        for word in words & self.keys:
            found |= by_word[word]
        # the strings looked for in ``text``
        present: frozenset[str] | None = known if text is read else None
        if self.always:
            if self.always_strings is None:
                found |= self.always
            else:
                present = strings_in(text)
                if not present.isdisjoint(self.always_strings):
                    found |= self.always
        if self.by_prefix:
            for prefix in known & self.prefix_keys:
                found |= self.by_prefix[prefix]
        if self.digit and digit_starts(read):
            found |= self.digit
        if self.fragments:
            present = strings_in(text) if present is None else present
            for fragment in present & self.fragment_keys:
                found |= self.fragments[fragment]
        # a pattern found that needs one of its inner strings, but the text has none
        if needy := found & self.inner_ids:
            present = strings_in(text) if present is None else present
            for string in present & self.inner_keys:
                needy &= ~self.by_inner[string]
            found ^= needy
        # a pattern found that needs other strings too: one of each set, or it cannot match
        checked = found & self.also_ids
        if checked:
            present = strings_in(text) if present is None else present
            also = self.also
            while checked:
                bit = checked & -checked  # (the lowest)
                checked ^= bit
                for strings in also[bit]:
                    if present.isdisjoint(strings):
                        found ^= bit
                        break
        return found


def _bits(ids: Iterable[int]) -> int:
    """A set of pattern indices as an int: bit i for pattern i."""
    mask = 0
    for i in ids:
        mask |= 1 << i
    return mask


_NONE: frozenset[int] = frozenset()


@lru_cache(maxsize=1024)  # a screen's texts let the same few sets of patterns through
def _indices(mask: int) -> frozenset[int]:
    """The pattern indices of the bits of ``mask`` (immutable: the answer is shared)."""
    found = set()
    while mask:
        bit = mask & -mask
        found.add(bit.bit_length() - 1)
        mask ^= bit
    return frozenset(found)


# Every string some index looks for, and one automaton that finds them all: a text is
# read once however many indexes ask about it (each keeps the strings it knows of).
_STRINGS: set[str] = set()
_FINDER: list[Callable[[str, bool], list[str]]] = []  # the automaton's search, once built


def look_for(strings: Iterable[str]) -> None:
    new = set(strings) - _STRINGS  # (never empty: a prefilter's strings have 2 characters)
    if new:
        _STRINGS.update(new)
        _FINDER.clear()  # built anew, with these too, when next asked
        strings_in.cache_clear()
        view.cache_clear()  # (a view keeps what the automaton found)


@lru_cache(maxsize=256)  # every index of every screen asks about the same text
def strings_in(text: str) -> frozenset[str]:
    """The strings looked for (see :func:`look_for`) that ``text`` contains: one pass of
    an Aho-Corasick automaton in C finds them all, overlapping ones too. A contiguous NFA:
    a DFA reads a text faster while its tables stay in the CPU's caches, but in an
    extraction the other work between two texts evicts them (its 1300 strings), and the
    compact NFA costs less there (FA-KES dev, 5 rounds each: 3.81-3.86 against
    3.86-3.94 CPU ms per article). It keeps its strings (``store_patterns``): the ones it
    finds are handed back as they are, not cut anew from the text and hashed again."""
    if not _FINDER:
        if not _STRINGS:
            return frozenset()
        automaton = AhoCorasick(
            sorted(_STRINGS), implementation=Implementation.ContiguousNFA, store_patterns=True
        )
        _FINDER.append(automaton.find_matches_as_strings)
    return frozenset(_FINDER[0](text, True))


def _implied(keep: Prefilter) -> bool:
    """Does every start word of the pattern contain one of its inner strings (so that
    finding the word is enough)?"""
    return (
        keep.heads
        and not keep.prefixes
        and not keep.fragments
        and not keep.digit
        and all(any(f in word for f in keep.inner) for word in keep.words)
    )


_LOOP_MAX = 16  # up to this many strings, one ``in`` test each (more: the automaton)


def contains_any(strings: Iterable[str]) -> _Test:
    """A test whether a text contains any of some literal strings (none: never). Many are
    looked for by the automaton (:func:`strings_in`): the texts asked about are mostly
    ones the screens have had it read already, and a regex of many strings with common
    first letters is tried at most positions of a text."""
    ordered = tuple(sorted(set(strings), key=lambda s: (-len(s), s)))
    if len(ordered) > _LOOP_MAX and "" not in ordered:
        wanted = frozenset(ordered)
        look_for(wanted)
        return lambda text: not strings_in(text).isdisjoint(wanted)
    if len(ordered) == 1:
        (only,) = ordered
        return lambda text: only in text

    def test(text: str) -> bool:
        for string in ordered:  # noqa: SIM110 (a loop: any() of a generator is slower)
            if string in text:
                return True
        return False

    return test


_Trie = dict[str, "_Trie"]


def trie_source(strings: Iterable[str]) -> str:
    """A regex that finds any of ``strings``, written as a trie of their characters: the
    regex engine skips to the characters that start one and reads each position once
    (a string that another starts with is enough on its own: "kill" for "killed")."""
    trie: _Trie = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def source(node: _Trie) -> str:
        if "" in node or not node:
            return ""
        parts = [re.escape(char) + source(child) for char, child in sorted(node.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return source(trie) if trie else r"(?!x)x"


class ScreenSet:
    """Which of several compiled patterns may match a text, from its words: a
    case-insensitive pattern is read (lowered) against the lowered text, the others
    against the text as written. Never leaves out a pattern that matches."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self._patterns = list(patterns)
        self._filters: list[Prefilter | None] = []
        # A pattern anchored at the text's start is its own screen: the regex engine tries
        # it at one position, quicker than any word test (unless the text lacks the
        # strings it needs, see _Anchored).
        self._at_start: list[_Anchored] = []
        folded: list[tuple[int, Prefilter | None]] = []
        exact: list[tuple[int, Prefilter | None]] = []
        for i, pattern in enumerate(self._patterns):
            if pattern.flags & re.IGNORECASE:
                keep, index = prefilter(lowered_source(pattern.pattern)), folded
            else:
                keep, index = prefilter(pattern.pattern, pattern.flags), exact
            self._filters.append(keep)
            if _at_start(pattern):
                self._at_start.append(_Anchored.of(i, pattern, keep))
            else:
                index.append((i, keep))
        # Case-sensitive patterns whose start words are ASCII are screened by the lowered
        # text's words too (lowering an ASCII word is lowering it anywhere): one word
        # list per sentence.
        fold = all(keep is None or _ascii_heads(keep) for _, keep in exact)
        self._folded, self._exact = _Index(folded), _Index(exact, fold)
        searched = {a.index for a in self._at_start}  # (tried as they are, see finditer)
        self._starts = [_Starts.of(keep, fold=i not in self._exact.members or fold)
                        if i not in searched else None
                        for i, keep in enumerate(self._filters)]  # fmt: skip
        self._exact_starts = {i: _Starts.of(keep, fold=False) for i, keep in exact}
        # Strings one of which every match of a pattern contains (lowered for a folded
        # one): a match cannot start after the last of them in the text (see finditer).
        self._inner = [
            tuple(filter(None, (keep.inner, *keep.also))) if keep is not None else ()
            for keep in self._filters
        ]
        look_for(string for sets in self._inner for strings in sets for string in strings)
        # When every pattern is case-insensitive and needs one of some strings, a lowered
        # text with none of them all matches none: most texts most screens are asked about
        # (one test, not the indexes' several).
        self._any_of: frozenset[str] | None = None
        folds = all(p.flags & re.IGNORECASE for p in self._patterns)  # (anchored ones too)
        if folds and all(keep is not None and keep.inner for keep in self._filters):
            self._any_of = frozenset(s for keep in self._filters if keep for s in keep.inner)
            look_for(self._any_of)
        # The strings the anchored patterns need, when all are case-insensitive and need
        # some: a lowered text with none of them matches none (one test, not one each).
        self._anchored_need: frozenset[str] | None = None
        if self._at_start and all(a.folded and a.needs for a in self._at_start):
            self._anchored_need = frozenset().union(*(a.needs or () for a in self._at_start))

    def hits(self, text: str) -> frozenset[int]:
        """Indices of the patterns that may match ``text``."""
        seen = view(text)
        if self._any_of is not None and seen.folds and seen.present.isdisjoint(self._any_of):
            return _NONE
        found = 0
        if self._exact.members:
            if not self._exact.fold:
                found = self._exact.hits(text, text_words(text), text, strings_in(text))
            elif seen.aligned:  # a word of the text is, lowered, a word of ``low``
                found = self._exact.hits(text, seen.words, seen.low, seen.present)
            else:
                found = self._exact.mask
        if self._folded.members:
            if seen.folds:
                found |= self._folded.hits(seen.low, seen.words, seen.low, seen.present)
            else:
                found |= self._folded.mask
        anchored_need = self._anchored_need
        if anchored_need is None or not (seen.folds and seen.present.isdisjoint(anchored_need)):
            for anchored in self._at_start:
                if not anchored.lacks(text, seen) and anchored.pattern.search(text) is not None:
                    found |= 1 << anchored.index
        return _indices(found)

    def finditer(self, i: int, text: str, before: int | None = None) -> Iterator[re.Match[str]]:
        """``finditer`` of pattern ``i`` over ``text``, the same matches; a pattern that
        can only start at some words is tried there alone, not searched for (and, given
        ``before``, not at or after it: matches that start there may be left out)."""
        pattern, starts = self._patterns[i], self._starts[i]
        if starts is None:
            return pattern.finditer(text)
        if i in self._folded.members:
            seen = view(text)
            if not seen.folds:
                return pattern.finditer(text)
            read, words = seen.low, seen.words
        elif self._exact.fold:
            seen = view(text)
            read, words = seen.low, seen.words
            if not seen.aligned:
                read, words, starts = text, text_words(text), self._exact_starts[i]
        else:
            read, words = text, text_words(text)
        at = starts.positions(read, words) if starts else ()
        if before is not None and at and at[-1] >= before:
            at = at[: bisect_left(at, before)]
        if len(at) > 1 and (inner := self._inner[i]):
            # (a casualty pattern starts at every number, "a" and "at": most of them come
            # after the sentence's last "killed" or "wounded", where none can match)
            where = read if i in self._folded.members else text
            present = strings_in(where)
            bound = len(where)
            for strings in inner:
                last = -1
                for string in present.intersection(strings):
                    last = max(last, where.rfind(string))
                bound = min(bound, last)
            if at[-1] > bound:
                at = at[: bisect_right(at, bound)]
        return _matches_at(pattern, text, at) if at else iter(())


@dataclass(frozen=True, slots=True)
class _Anchored:
    """A pattern anchored at the text's start; ``needs``: strings one of which every match
    contains (read off the lowered text when ``folded``), so that a text without any is
    not tried ("The driver and a paramedic were injured" needs "injured" or the like)."""

    index: int
    pattern: re.Pattern[str]
    needs: frozenset[str] | None
    folded: bool

    @classmethod
    def of(cls, index: int, pattern: re.Pattern[str], keep: Prefilter | None) -> _Anchored:
        needs = frozenset(keep.inner) if keep is not None and keep.inner else None
        if needs is not None:
            look_for(needs)
        return cls(index, pattern, needs, bool(pattern.flags & re.IGNORECASE))

    def lacks(self, text: str, seen: TextView) -> bool:
        """Does ``text`` (seen as ``seen``) lack every string the pattern needs?"""
        if self.needs is None or (self.folded and not seen.folds):
            return False
        return (seen.present if self.folded else strings_in(text)).isdisjoint(self.needs)


def _at_start(pattern: re.Pattern[str]) -> bool:
    return pattern.pattern.startswith("^") and not pattern.flags & re.MULTILINE


def _ascii_heads(keep: Prefilter) -> bool:
    return all(w.isascii() for w in (*keep.words, *keep.prefixes))


@dataclass(eq=False)
class _Starts:
    """Where a pattern's matches may start: at some whole words, at words with some
    prefixes, at words that start with a digit. Patterns with the same starts share one
    (:meth:`of`), which keeps its last answer: the casualty patterns that start at every
    figure are tried on a sentence one after another (a quarter of the questions)."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    has_prefix: _Test
    digit: bool
    last: tuple[str, tuple[int, ...]] = ("", ())  # (read, its positions): one assignment

    @classmethod
    def of(cls, keep: Prefilter | None, *, fold: bool) -> _Starts | None:
        """None: the pattern has to be searched for (its start is not known)."""
        if keep is None or not keep.heads or keep.fragments:
            return None
        case: Callable[[str], str] = str.lower if fold else str
        words = frozenset(map(case, keep.words))
        prefixes = tuple(map(case, keep.prefixes))
        key = (words, prefixes, keep.digit)
        if (known := _STARTS.get(key)) is None:
            known = _STARTS[key] = cls(words, prefixes, contains_any(prefixes), keep.digit)
        return known

    def positions(self, read: str, words: frozenset[str]) -> tuple[int, ...]:
        """Where in ``read`` (whose words are ``words``, always its own) a match may start,
        in order."""
        last = self.last
        if last[0] == read:
            return last[1]
        found = self.words & words  # (most texts have none of the words)
        at = [p for word in found for p in word_at(read, word)] if found else []
        if self.prefixes and self.has_prefix(read):
            at += [p for prefix in self.prefixes for p in word_at(read, prefix, False)]
        if self.digit:
            at += digit_starts(read)
        positions = tuple(sorted(set(at)) if len(at) > 1 else at)
        self.last = (read, positions)
        return positions


_STARTS: dict[tuple[frozenset[str], tuple[str, ...], bool], _Starts] = {}


def _matches_at(
    pattern: re.Pattern[str], text: str, starts: tuple[int, ...]
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds when matches can only start at ``starts``
    (ascending): each is tried in turn, past the end of the previous match."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            yield match
            end = max(match.end(), start + 1)


class RuleScreens:
    """Which rules (each a tuple of patterns) may match a text, and with which patterns:
    one word test of the text for all patterns of all rules, in rule order."""

    def __init__(self, rules: Iterable[tuple[re.Pattern[str], ...]]) -> None:
        listed = list(rules)
        self._owner = [r for r, patterns in enumerate(listed) for _ in patterns]
        self.screens = ScreenSet(pattern for patterns in listed for pattern in patterns)

    def candidates(self, text: str) -> dict[int, list[int]]:
        """Rule index -> the patterns (indices into ``screens``) that may match ``text``,
        rules and patterns in order."""
        found: dict[int, list[int]] = {}
        owner = self._owner
        for i in sorted(self.screens.hits(text)):
            found.setdefault(owner[i], []).append(i)
        return found
