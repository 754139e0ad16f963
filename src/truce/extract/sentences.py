"""Paragraphs and sentences with offsets into the clean body.

Evidence spans must point into ``document.body`` exactly, so the splitter never
rewrites text: it only finds boundaries. Plain rules are enough for news prose
(and need no language model): blank lines, list items and headings start
paragraphs; a paragraph cut mid-sentence (the next one starts in lower case) is
joined back; a sentence ends at ``.!?`` before an upper-case start unless the dot
belongs to an abbreviation such as "Lt." or "U.S.".

Photo captions are cut out and marked: web pages leave them in the text ("A fighter
walks past ... Aleppo Syria August 1 2016 (Reuters Photo) Ten civilians were killed
..."), often without a full stop, and the date and place of a photo are not the
news's. A caption ends at a photo credit ("(AA Photo)", "(AP Photo/Name)"), at an
agency credit right after a year ("... June 6 2015 (Reuters)"), or is the dated
sentence a "REUTERS/Name" credit follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LIST_MARK = re.compile(r"^[ \t]{0,3}(?:[-*+•]|\d{1,3}[.)])[ \t]+(?=\S)")
_HEADING_MARK = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+")
_TERMINAL = '.!?…"”’)]'
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?")
_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "lt", "gen", "col", "maj", "capt", "sgt", "cpl", "brig",
        "adm", "cmdr", "gov", "sen", "rep", "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "etc", "approx",
        "dept", "est", "inc", "ltd", "co", "corp", "jr", "sr", "rev", "intl", "govt",
    }
)  # fmt: skip
_HEADING_MAX_WORDS = 40
_AGENCIES = r"Reuters|AP|AFP|AA|DHA|IHA|EPA|Anadolu(?: Agency)?|Getty Images"
_CREDIT = re.compile(
    rf"\((?:{_AGENCIES})(?: |/)?Photos?\b[^()\n]{{0,40}}\)"  # (AA Photo), (AP Photo/Name)
    rf"|\b(?:19|20)\d\d\.?\s*\((?:{_AGENCIES})\)",  # ... June 6 2015 (Reuters)
    re.IGNORECASE,
)
_SLASH_CREDIT = re.compile(r"(?:REUTERS|AFP PHOTO|AP Photo|AFP)\s?/\s?[A-Z]")
_ENDS_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d\.?$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence (or heading line) of the body; ``start``/``end`` index the body."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int
    heading: bool = False
    caption: bool = False
    item_title: bool = False  # a numbered item's title ("2. Muhasan: a headman shot dead")


@dataclass(frozen=True, slots=True)
class _Block:
    start: int
    end: int
    heading: bool
    listed: bool


def split_sentences(body: str, dateline: tuple[int, int] | None = None) -> list[Sentence]:
    """All sentences of ``body`` in order, each tagged with its paragraph number.

    ``dateline`` (start, end offsets) ends the headline: the text before it and the
    dateline itself are heading lines, the lead starts after it.
    """
    out: list[Sentence] = []
    blocks = _join_broken(body, _blocks(body))
    if dateline is not None:
        blocks = _cut_at(body, blocks, *dateline)
    for number, block in enumerate(blocks):
        text = body[block.start : block.end]
        if block.heading or _looks_like_heading(text, block.listed):
            item = block.listed and not block.heading
            out.append(
                Sentence(
                    block.start, block.end, text, number, len(out), heading=True, item_title=item
                )
            )
            continue
        for start, end, caption in _captions(text, _sentence_bounds(text)):
            at, sentence = block.start + start, text[start:end]
            out.append(Sentence(at, block.start + end, sentence, number, len(out), caption=caption))
    return out


def _captions(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The sentence bounds with photo captions cut off and marked (see module doc)."""
    out: list[tuple[int, int, bool]] = []
    for start, end in bounds:
        # (a credit has a bracket: most sentences have none, found sooner than by the regex)
        while text.find("(", start, end) >= 0 and (credit := _CREDIT.search(text, start, end)):
            out.append((start, credit.end(), True))
            rest = _trim(text, credit.end(), end)
            if rest is None:
                break
            start = rest[0]
        else:
            if _SLASH_CREDIT.match(text, start) and out and not out[-1][2]:
                last = out[-1]
                if _ENDS_WITH_YEAR.search(text[last[0] : last[1]]):
                    out[-1] = (last[0], last[1], True)
            out.append((start, end, False))
    return out


def _blocks(body: str) -> list[_Block]:
    """Paragraph-like blocks: blank lines, list items and headings start a new one."""
    blocks: list[_Block] = []
    current: _Open | None = None
    offset = 0
    for line in body.splitlines(keepends=True):
        line_start, stripped = offset, line.rstrip("\r\n")
        offset += len(line)
        if not stripped.strip():
            _close(blocks, current)
            current = None
            continue
        mark = _HEADING_MARK.match(stripped) or _LIST_MARK.match(stripped)
        if mark:
            _close(blocks, current)
            heading = mark.re is _HEADING_MARK
            current = _Open(
                line_start + mark.end(), line_start + len(stripped), heading, not heading
            )
            if heading:
                _close(blocks, current)
                current = None
        elif current is not None:
            current.end = line_start + len(stripped)
        else:
            lead = len(stripped) - len(stripped.lstrip())
            current = _Open(line_start + lead, line_start + len(stripped))
    _close(blocks, current)
    return blocks


@dataclass(slots=True)
class _Open:
    start: int
    end: int
    heading: bool = False
    listed: bool = False


def _close(blocks: list[_Block], current: _Open | None) -> None:
    if current is not None and current.end > current.start:
        blocks.append(_Block(current.start, current.end, current.heading, current.listed))


def _join_broken(body: str, blocks: list[_Block]) -> list[_Block]:
    """Rejoin a paragraph cut mid-sentence: no end punctuation, next starts lower-case."""
    out: list[_Block] = []
    for block in blocks:
        if out and not block.heading and not block.listed:
            prev = out[-1]
            tail = body[prev.start : prev.end].rstrip()
            head = body[block.start : block.end].lstrip()
            if not prev.heading and tail and tail[-1] not in _TERMINAL and head[:1].islower():
                out[-1] = _Block(prev.start, block.end, False, prev.listed)
                continue
        out.append(block)
    return out


def _cut_at(body: str, blocks: list[_Block], start: int, end: int) -> list[_Block]:
    """Split the block holding ``start``-``end``: heading before and at it, body after."""
    out: list[_Block] = []
    for block in blocks:
        if not block.start <= start < block.end or block.heading:
            out.append(block)
            continue
        stop = min(end, block.end)
        parts = [
            _Block(block.start, start, True, block.listed),
            _Block(start, stop, True, block.listed),
            _Block(stop, block.end, False, block.listed),
        ]
        for part in parts:
            bounds = _trim(body, part.start, part.end)
            if bounds is not None:
                out.append(_Block(*bounds, part.heading, part.listed))
    return out


_ITEM_TITLE = re.compile(r"[A-Z][\w'’ -]{1,40}:\s+\S+(?:\s+\S+){0,9}")


def _looks_like_heading(text: str, listed: bool) -> bool:
    """Titles, subtitles and bylines: short, and no sentence punctuation at the end."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] in _TERMINAL:
        return False
    if listed:  # a numbered item's title: "2. Muhasan: a village headman shot dead"
        return _ITEM_TITLE.fullmatch(stripped) is not None
    if stripped.count(" | ") >= 2:  # a table's row ("6 May | al-Lataminah | ...") is a record
        return False
    return len(stripped.split()) <= _HEADING_MAX_WORDS


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if is_abbreviation(text, match.start()):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return [trimmed for b in bounds if (trimmed := _trim(text, *b)) is not None]


def is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation ("Lt.", "U.S."), not a sentence."""
    if text[dot] != ".":
        return False
    word_start = max(text.rfind(" ", 0, dot), text.rfind("\n", 0, dot)) + 1
    word = text[word_start:dot].lstrip("(\"“'")
    if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return True
    return bool(word) and "." in word and _INITIALISM.fullmatch(word + ".") is not None


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
