"""Plain text and Markdown -> title, publication date and clean body.

Web articles saved as text carry a title, a byline, boxes of related links and
tags, and a footer of donation appeals, disclaimers and share links. Extractors
must only see the article itself, so these are removed by general rules (not tuned
to one site), applied paragraph by paragraph, and the byline is read for the
publication date.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, replace
from functools import lru_cache

#: English month abbreviations -> month number (shared with extract.dateline).
MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
#: An English month name or abbreviation, no capture group (shared with extract.dateline).
MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DATE_RES = (
    re.compile(
        rf"\b(?P<m>{MONTH_PATTERN})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I
    ),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_PATTERN}),?\s+(?P<y>\d{{4}})\b",
        re.I,
    ),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
)
# what each of them needs, found quickly (the engine skips to digits): a year's four digits
_FOUR_DIGITS = re.compile(r"\d\d\d\d")
_DATELINE_PREFIX = re.compile(
    r"\W*(?:(?:date of )?(?:publication|published|posted|updated)(?: on)?\W*"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?",
    re.I,
)
_TERMINAL = tuple(".!?:;…\"”’'»")
_BYLINE_START = re.compile(r"^(?:By\s+\S|(?:Posted|Published|Updated|Written)\b)")
_BYLINE_LABEL = re.compile(r"\b(?:Region|Theme|Topics?|Category|Section):")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_BYLINE_WORDS = 8  # words (not numbers) of a byline at most
# a document's own genre, named by its title
_GENRE = re.compile(
    r"\b(?:digest|bulletin|update|report|round-?up|briefing|statement|sitrep)\b", re.IGNORECASE
)
_LIST_ITEM = re.compile(r"^\s{0,3}(?:([-*+])|(\d{1,3}[.)]))\s+(?=\S)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images: alt text is not article text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<((?:https?://|mailto:)[^>\s]+)>"), r"\1"),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"), ""),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),
)
_SPACES = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")  # runs of blanks (a lone space stays as it is)

# Boilerplate: phrases that only appear around an article, never in its reporting. Each
# starts with a plain word (or is anchored with ^), which _LOOSE below relies on for speed.
_BOILERPLATE_RULES = (
    r"\bpaypal\b", r"\bpatreon\b", r"\bplease (?:support|donate)\b",
    r"\bsupport (?:us|our (?:work|journalism|project))\b", r"\bdonate (?:now|today)\b",
    r"\bmake a donation\b", r"\bbuy me a coffee\b",
    r"^\W*disclaimer\b", r"\bdisclaimer:", r"\bare of sole responsibility\b",
    r"\bfair use\b", r"\bcopyrighted material\b", r"\bviews expressed (?:in this|here)\b",
    r"\bcopyright\s*(?:©|\(c\)|\d{4})", r"©", r"^\W*copyright\b",
    r"\ball rights reserved\b", r"\boriginal source of this article\b",
    r"^\W*comment on\b.*\bfacebook\b", r"\blike us on\b", r"\bfollow us on\b",
    r"\bjoin us on\b",
    r"\bon our (?:facebook|twitter|telegram) (?:page|channel|account)\b",
    r"\bbecome a (?:member|subscriber|patron)\b", r"^\W*articles by:",
    r"\bmedia inquiries\b", r"\bpress inquiries\b", r"\bsubscribe (?:to|now|for|here)\b",
    r"\bnewsletter\b", r"\bsign up (?:here|now|(?:for|to) our)\b",
    r"\bwe uses? cookies\b", r"\bthis (?:site|website) uses? cookies\b",
    r"\bcookie (?:policy|settings|preferences|consent)\b", r"\baccept (?:all )?cookies\b",
    r"^\W*share (?:this|on|via)\b", r"^\W*share\W*$", r"\bclick here\b",
    r"^\W*(?:tags|filed under|related(?: \w+)?|read more|see also)\s*(?::|$)",
    r"^\W*(?:https?://|www\.)\S+\W*$",
)  # fmt: skip
_BOILERPLATE = re.compile("|".join(_BOILERPLATE_RULES), re.I)
_WEAK_DONATION = re.compile(r"\bdonat(?:e|es|ion|ions)\b", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|your)\b|https?://|www\.", re.I)
_FOOTER_LINE = re.compile(
    r"^\W*(?:copyright\b|©|all rights reserved|disclaimer\b|subscribe\b|share (?:this|on)\b"
    r"|follow us\b|sign up (?:here|now|(?:for|to) our)\b|https?://\S+$|www\.\S+$)",
    re.I,
)
_MAX_SENTENCE = 200
_MAX_PARAGRAPH = 1500
# end() is where the next sentence starts; no lookbehind, so the engine skips ahead to [.!?]
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
# Page widgets copied with the text: a paragraph closing with "Topic ...", "Related
# <headlines>" or "Tags <keywords>" (after a counter, "... 87"). Headlines and keywords
# carry no sentence end, so the widget reads as one last unpunctuated "sentence".
_WIDGET = re.compile(r"[\s.…]*(?P<count>(?:\d+\s+)*)(?P<label>Topic|Related|Tags)\s")
_TAGS_LABEL = re.compile(r"(?<![\w-])Tags\s")
_READ_MORE = re.compile(r"(?<=[.!?])\s+(?:\.\.\.|…)\s*$")  # "... 87 Related": the link's ellipsis


def _lowered(source: str) -> str:
    """A regex with its literal letters lower-cased (escapes such as \\W stay)."""
    return re.sub(r"\\.|[^\\]+", lambda m: m[0] if m[0][0] == "\\" else m[0].lower(), source)


# A quick, looser test that finds every sentence _BOILERPLATE may match, so the slow
# case-insensitive search (one pass per rule) runs on few sentences: a rule anchored at the
# start is tried there only, the others without their leading \b, all on the lower-cased
# text (the anchored ones after the "^\W*" they begin with, read once for all).
_ANCHOR = r"^\W*"
_ANCHORED = [_lowered(r.removeprefix(_ANCHOR)) for r in _BOILERPLATE_RULES if r[0] == "^"]
_AT_START = re.compile(rf"\W*(?:{'|'.join(_ANCHORED)})")


def _by_first_letter(rules: list[str]) -> str:
    """One alternation of ``rules``, grouped by their first letter: when every branch
    starts with a plain character, the regex engine skips ahead to those characters
    instead of trying every rule at every position. It matches where the plain one does."""
    groups: dict[str, list[str]] = {}
    rest = []
    for rule in rules:
        if rule[:1].isalpha() and rule[1:2] not in ("?", "*", "+", "{"):
            groups.setdefault(rule[0], []).append(rule[1:])
        else:
            rest.append(rule)
    return "|".join([f"{c}(?:{'|'.join(tails)})" for c, tails in groups.items()] + rest)


_LOOSE = re.compile(
    _by_first_letter([_lowered(r.removeprefix(r"\b")) for r in _BOILERPLATE_RULES if r[0] != "^"])
)
# Letters that match an ASCII letter case-insensitively but do not lower-case to it.
_CASE_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")


def _may_be_boilerplate(sentence: str) -> bool:
    """False only when no boilerplate rule can match (never a false negative)."""
    low = sentence.lower()
    if len(low) != len(sentence) or (not sentence.isascii() and _CASE_TRAPS.search(sentence)):
        return True  # lower-casing is no guide to what re.I matches here
    return bool(_AT_START.match(low) or _LOOSE.search(low) or "donat" in low)


def _boilerplate_sentence(sentence: str) -> bool:
    if not _may_be_boilerplate(sentence):
        return False
    if _BOILERPLATE.search(sentence):
        return True
    return bool(_WEAK_DONATION.search(sentence) and _SECOND_PERSON.search(sentence))


@lru_cache(maxsize=64)  # a paragraph is tested as footer, as boilerplate, then stripped
def strip_boilerplate(text: str) -> str:
    """The paragraph without its boilerplate ('' when it is all boilerplate).

    A paragraph whose first sentence is boilerplate is boilerplate. Elsewhere
    only the boilerplate sentences go (text that lost its paragraph breaks
    carries them inline). A "sentence" over 200 characters is article text
    that lost its punctuation, so it is kept whatever it contains.
    """
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    sentences = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]

    def junk(sentence: str) -> bool:
        return len(sentence) <= _MAX_SENTENCE and _boilerplate_sentence(sentence)

    if _is_widget(sentences[-1]):
        sentences.pop()  # related links and tags: other articles' headlines and places
        if not sentences:
            return ""
        sentences[-1] = _READ_MORE.sub("", sentences[-1])
    if len(text) <= _MAX_PARAGRAPH and junk(sentences[0]):
        return ""
    return "".join(s for s in sentences if not junk(s)).strip()


def _is_widget(sentence: str) -> bool:
    """A paragraph's last sentence that is a page's topic, related-links or tags box."""
    widget = _WIDGET.match(sentence)
    if widget is None or sentence.rstrip().endswith(_TERMINAL):
        return False
    # a bare "Tags ..." could be a sentence that lost its full stop: a box has a counter
    labelled = widget["count"] or widget["label"] != "Tags"
    return bool(labelled) and _TAGS_LABEL.search(sentence) is not None


def is_boilerplate(text: str) -> bool:
    """True for a paragraph that belongs to the page around the article."""
    return not strip_boilerplate(text)


def is_footerish(text: str) -> bool:
    """True for what may follow a footer: boilerplate, labels, e-mail addresses."""
    short_label = len(text) < 120 and not text.endswith((".", "!", "?"))
    email = "@" in text and _EMAIL.search(text) is not None  # "@": a quick pre-test
    return short_label or strip_boilerplate(text) != text or email


def starts_footer_line(line: str) -> bool:
    """A line that opens a footer even when no blank line separates it from the body."""
    return bool(_FOOTER_LINE.match(line))


@dataclass(frozen=True)
class Para:
    """One paragraph of the source, with what the layout said about it."""

    text: str
    heading: int = 0  # Markdown heading level, 0 for ordinary text
    lines: int = 1


@dataclass(frozen=True)
class CleanText:
    """What ingestion keeps from a text: its title, its date and its clean body."""

    title: str | None
    published: dt.date | None
    body: str


def find_dates(text: str) -> list[dt.date]:
    """Every full calendar date written in ``text`` (month names in English or ISO)."""
    found: list[tuple[int, dt.date]] = []
    if _FOUR_DIGITS.search(text) is None:
        return []  # (most texts: the month names need not be looked for)
    for regex in _DATE_RES:
        for match in regex.finditer(text):
            day = _to_date(match["y"], match["m"], match["d"])
            if day is not None:
                found.append((match.start(), day))
    return [day for _, day in sorted(found)]


def _to_date(year: str, month: str, day: str) -> dt.date | None:
    month_no = int(month) if month.isdigit() else MONTH_NUMBERS[month[:3].lower()]
    try:
        parsed = dt.datetime.strptime(f"{int(year):04d}-{month_no:02d}-{int(day):02d}", "%Y-%m-%d")
    except ValueError:
        return None
    return parsed.date() if 1900 <= parsed.year <= 2100 else None


def clean_text(text: str, *, markdown: bool, title: str | None = None) -> CleanText:
    """Title, date and body of a text or Markdown article (front matter already removed).

    ``title`` is a title known from elsewhere (front matter): a first paragraph
    repeating it is dropped instead of being taken as a title.
    """
    return clean_paragraphs(split_paragraphs(text, markdown=markdown), title=title)


def clean_paragraphs(paras: list[Para], *, title: str | None = None) -> CleanText:
    """Shared by text, Markdown and HTML: title, byline date, boilerplate, re-joining."""
    paras = [p for p in paras if p.text]
    found_title, paras = _take_title(paras, title)
    published, paras = _take_byline(paras)
    if published is None and paras:
        published = leading_date(paras[0].text)
    kept = _drop_boilerplate(paras)
    body = "\n\n".join(p.text for p in _rejoin(kept))
    return CleanText(title=title or found_title, published=published, body=body)


def split_paragraphs(text: str, *, markdown: bool) -> list[Para]:
    """Blank-line separated blocks, cut further at headings, list items and footer lines."""
    paras: list[Para] = []
    for block in re.split(r"\n[ \t\u00a0]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.rstrip() for line in block.split("\n") if line.strip()]
        for group, level in _cut_block(lines, markdown=markdown, head=not paras):
            joined = " ".join(line.strip() for line in group)
            if markdown:
                joined = reduce_markdown(joined)
            if "\t" in joined or "\u00a0" in joined or "  " in joined:  # else _SPACES finds none
                joined = _SPACES.sub(" ", joined)
            joined = joined.strip()
            if joined:
                paras.append(Para(joined, heading=level, lines=len(group)))
    return paras


def _cut_block(lines: list[str], *, markdown: bool, head: bool) -> list[tuple[list[str], int]]:
    """Split one block into paragraphs; hard-wrapped lines stay together.

    In the first block (``head``), a byline right under the title line is its own paragraph.
    """
    width = max((len(line) for line in lines), default=0)
    groups: list[tuple[list[str], int]] = []
    for i, line in enumerate(lines):
        if markdown and _RULE.match(line) and not (i and _SETEXT.match(line)):
            continue
        if markdown and i and _SETEXT.match(line) and groups and groups[-1][1] == 0:
            last, _ = groups.pop()
            groups.append((last, 1 if line.strip()[0] == "=" else 2))
            continue
        heading = _HEADING.match(line) if markdown else None
        if heading:
            groups.append(([heading[2]], len(heading[1])))
            continue
        item = _LIST_ITEM.match(line)
        if item:
            marker = "- " if item[1] else item[2] + " "
            groups.append(([marker + line[item.end() :]], 0))
            continue
        if markdown:
            line = re.sub(r"^\s{0,3}>\s?", "", line)
        prev = lines[i - 1].strip() if i else ""
        byline = head and (i == 1 or _is_byline(prev)) and _is_byline(line.strip())
        if groups and groups[-1][1] == 0 and not byline and not _new_paragraph(prev, line, width):
            groups[-1][0].append(line)
        else:
            groups.append(([line], 0))
    return groups


def _new_paragraph(prev: str, line: str, width: int) -> bool:
    """True when ``line`` starts a paragraph although no blank line precedes it."""
    if _LIST_ITEM.match(prev):
        return not line[:1].isspace()  # an indented line continues the list item
    if starts_footer_line(line):
        return True
    if not prev.endswith(_TERMINAL):
        return False
    return width > 120 or len(prev) < 0.7 * width


def reduce_markdown(text: str) -> str:
    """Markdown inline markup -> the plain words a reader sees."""
    for regex, repl in _INLINE:
        text = regex.sub(repl, text)
    return html.unescape(text)


def _same(a: str, b: str) -> bool:
    return _SPACES.sub(" ", a).strip().casefold() == _SPACES.sub(" ", b).strip().casefold()


def _take_title(paras: list[Para], known: str | None) -> tuple[str | None, list[Para]]:
    """The title paragraph, if the text starts with one, and the paragraphs after it."""
    if not paras:
        return None, paras
    first = paras[0]
    if known is not None:
        return (None, paras[1:]) if _same(first.text, known) else (None, paras)
    if first.heading in (1, 2):
        return first.text, paras[1:]
    short = first.lines == 1 and len(first.text) < 200 and not first.text.endswith(".")
    # (a dated line naming its genre is a title: "Homs Now - evening digest, Saturday 10 March
    # 2018"; a byline under it is not: "07:00 BULLETIN - TUESDAY 12 SEPTEMBER 2017")
    byline = _is_byline(first.text) and not _GENRE.search(first.text)
    if short and len(paras) > 1 and not byline and not is_boilerplate(first.text):
        return first.text, paras[1:]
    return None, paras


def _is_byline(text: str) -> bool:
    """A byline or dateline: author, outlet, date and section labels, not a sentence."""
    if len(text) > 400 or text.endswith((".", "!", "?")):
        return False
    if _BYLINE_START.match(text) or _BYLINE_LABEL.search(text):
        return True
    # a date with a few labels around it ("Reuters | Monday 12 October 2020 10:32"), not a
    # headline that names a date ("Weekly digest No. 41: documented violations in north-east
    # Syria, 5-11 October 2020")
    return len(text) < 200 and bool(find_dates(text)) and len(_WORDS.findall(text)) <= _BYLINE_WORDS


def leading_date(text: str) -> dt.date | None:
    """A dateline opening the first paragraph ("Wed 05 Apr 2017 The army said ...")."""
    head = text[:60]
    if _FOUR_DIGITS.search(head) is None:
        return None
    for regex in _DATE_RES:
        match = regex.search(head)
        if match and _DATELINE_PREFIX.fullmatch(text[: match.start()]):
            return _to_date(match["y"], match["m"], match["d"])
    return None


def _take_byline(paras: list[Para]) -> tuple[dt.date | None, list[Para]]:
    """Drop the header (deck and byline) near the top; its earliest date is the original one.

    A republished article names the republication date and the original date;
    the earliest is when the text was first published.
    """
    for end in range(min(3, len(paras))):
        if not _is_byline(paras[end].text):
            continue
        last = end
        while last + 1 < len(paras) and _is_byline(paras[last + 1].text):
            last += 1
        if last + 1 == len(paras):
            return None, paras  # nothing after it: the text is all there is
        header = paras[: last + 1]
        if any(p.heading == 0 and p.text.endswith((".", "!", "?")) for p in header[:end]):
            return None, paras  # a sentence before it: this is body, not a header
        dates = [d for p in header[end:] for d in find_dates(p.text)]
        return (min(dates) if dates else None), paras[last + 1 :]
    return None, paras


def _drop_boilerplate(paras: list[Para]) -> list[Para]:
    """Strip boilerplate from each paragraph and drop a trailing footer section."""
    cut = len(paras)
    for i in range(len(paras) - 1, -1, -1):
        if not is_footerish(paras[i].text):
            break
        if is_boilerplate(paras[i].text):
            cut = i
    kept = (replace(p, text=strip_boilerplate(p.text)) for p in paras[:cut])
    return [p for p in kept if p.text]


def _rejoin(paras: list[Para]) -> list[Para]:
    """Re-join a paragraph that a stray blank line broke mid-sentence."""
    out: list[Para] = []
    for para in paras:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.heading
            and not para.heading
            and not prev.text.endswith(_TERMINAL)
            and para.text[0].islower()
        ):
            out[-1] = Para(f"{prev.text} {para.text}", lines=prev.lines + para.lines)
        else:
            out.append(para)
    return out
