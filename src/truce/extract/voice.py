"""Whose words a paragraph is: the speaker of a briefing transcript, or of an official
statement given in full; and whether the whole document is its source's own account.

A news story says who speaks in every sentence ("the ministry said"). A transcript says it
once, in its header ("Briefing by the spokesman of the Russian Defence Ministry"), then
labels each turn ("Q:", "SPOKESMAN:"); a statement printed in full is introduced once
("Following is the text of a statement issued by the General Command ..."). In those
turns "we", "our" and "I" are the speaker, and everything said is the speaker's claim:
"Our artillery returned fire" names who fired, "our aircraft did not carry out any
strike" is the speaker's denial. A question asks; it tells nothing.

A monitor's field report, bulletin or digest ("Field report: Daraa countryside, 1-5 March",
"We recorded 41 breaches", "our researchers") tells incidents in its own name: each one it
tells without naming another source is the monitor's claim, not an established fact. So
does a party's medium under its own dateline ("Provinces, SANA - ..."): what it tells is
SANA's claim.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from truce.extract.actors import REPORTER_KINDS, ActorCatalogue, Mention
from truce.extract.claims import Attribution
from truce.extract.dates import find_dates
from truce.extract.lexicon import Lexicon, first_stance
from truce.extract.needs import needing
from truce.extract.sentences import Sentence
from truce.model import DatePrecision, Stance

if TYPE_CHECKING:
    from truce.extract.drafts import Draft

_ASKING = r"(?:Q|QUESTION|JOURNALIST|REPORTER|INTERVIEWER)"
# a transcript has turns labelled as questions: "Q:", "QUESTION (Reuters):"
_QUESTION_TURN = re.compile(rf"^[ \t]*{_ASKING}\b[^:\n]{{0,40}}:", re.MULTILINE)
# the label of a turn: "A:", "SPOKESMAN:", "OPENING STATEMENT:", "MR. DUJARRIC:"
_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][A-Z.'’ ()-]{0,40}?)\s*:\s")
_QUESTION_LABEL = re.compile(rf"{_ASKING}\b")
_STATEMENT = re.compile(
    r"\btext of (?:a|an|the) (?:[\w-]+ ){0,2}?(?:statement|communiqu[eé]|declaration"
    r"|announcement)\b[^.\n]*?\bby\s+(?:the\s+)?",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")
_OPENING_QUOTE = re.compile(r"\s*[\"“]")
_CLOSING_QUOTE = re.compile(r"[\"”]\s*$")
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|I|[Mm]y)\b")
_NOT_SPEAKING = REPORTER_KINDS | {"civilians"}
# a title naming the document as a report of its own source's: "Field report: ...", "Daily
# bulletin: ...", "Flash Update No. 3", "Weekly ceasefire digest No. 20" (not a wire digest),
# "Syria Conflict Update No. 19"
_OWN_REPORT_TITLE = needing(  # (run only where one of its words is: most titles have none)
    r"(?<!wire )\b(?:field report|daily report|daily bulletin|monitoring report|flash update"
    r"|humanitarian update|access update|situation report|sitrep|situation note|field note"
    r"|information note|press release|press statement|conflict update|update no\.? ?\d+"
    r"|(?:weekly|daily|monthly|morning|evening|nightly) "
    r"(?:[\w-]+ ){0,2}?(?:digest|bulletin|report|toll|update))\b",
    re.IGNORECASE,
)
# "Bulletin of the Russian Centre for Reconciliation ... (21 March 2017)", "Briefing by the
# Deputy Head of the Russian Centre", "Identical letters of the Ministry of Foreign Affairs":
# the document is the bulletin (or letter) itself, not a story
_BULLETIN_OF = re.compile(
    r"\W*(?:daily )?(?:bulletin\b|briefing (?:by|of)\b"
    # "Statement by the Local Council of Kansafra on ...", "Statement No. 14, issued by"
    r"|statement (?:no\.? ?\d+,? )?(?:issued )?by\b|statement (?:of|from) the\b"
    # a ministry's letters to the UN: "Identical letters of the Ministry of Foreign Affairs"
    r"|(?:identical )?letters? (?:of|from|by) the\b)",
    re.IGNORECASE,
)
# the genre at the head of the body, when the title was not kept: a line's first sentence
_OWN_REPORT_HEAD = needing(rf"[^.\n]{{0,100}}?{_OWN_REPORT_TITLE.regex.pattern}", re.IGNORECASE)
# a document that says what it is: "This update lists incidents between 1 and 14 June"
_SELF_DESCRIBED = re.compile(
    r"(?:^|\n)\W*This (?:update|report|bulletin|digest|briefing|note|tally|summary) "
    r"(?:lists|covers|documents|describes|summari[sz]es|records|counts|is issued)\b"
)
# a paragraph that introduces the statement quoted next
_FOLLOWING = re.compile(
    r"\b(?:issued|released|published|put out|sent|carried)\s+the\s+following\s+"
    r"(?:statement|communiqu[eé]|declaration)\b",
    re.IGNORECASE,
)
_SUMMARY_OF = needing(
    r"\b(?:below|what follows) is (?:a|the) summary of (?:his|her|their|the [\w'’ -]{1,40}) "
    r"(?:remarks|briefing|statement|speech)\b",
    re.IGNORECASE,
)
_READ_IN_FULL = re.compile(
    r"(?:\b(?:read|reads|said|says|stated)\s+(?:in\s+full|as\s+follows)"
    # "Following is the text of the statement:"
    # ("Following is the text of a statement issued on Friday by the General Command:")
    r"|\b[Ff]ollowing\s+is\s+the\s+(?:full\s+)?text\s+of\s+(?:the|its|this|a|an)\s+"
    r"(?:statement|communiqu[eé]|declaration)(?:\s+(?:issued|released)\b[^:\n]{1,100})?\s*(?=:)"
    r"|\b(?:statement|communiqu[eé]|declaration)"
    r"\s+(?:by|of|from)\s+[^:\n]{1,120}):\s*$",
    re.IGNORECASE,
)
_OPENER_REACH = 30  # characters into an intro (a dateline first) where its subject may start
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")
# a heading over a statement printed as it was issued: "1. MINISTRY OF NATIONAL DEFENCE OF
# THE REPUBLIC OF TURKEY - PRESS RELEASE", "2. ... - STATEMENT TO PUBLIC OPINION"
_HEADED = re.compile(
    r"\W*(?:\d{1,2}[.)]\s+)?(?P<who>[^\n]{3,120}?)\s+[-–—:]\s+(?:PRESS\s+RELEASE|(?:[A-Z]+\s+)?"
    r"STATEMENT(?:\s+(?:TO|ON|OF)\s+[A-Z][A-Z ]{0,40})?|COMMUNIQU[EÉ]|DECLARATION)\s*"
)
# its own people at work: "We recorded 41 breaches", "Our researchers at the school counted"
# (a medical charity's: "Our medical teams and the hospitals we support ... we received 164
# wounded")
# (run only where one of its words is: most stories have none)
_OWN_WORK = needing(
    r"\b(?:[Ww]e (?:recorded|documented|counted|verified|confirmed|registered|monitored"
    r"|received|treated)"
    r"|[Oo]ur (?:field |medical |mobile |surgical )?(?:researchers|monitors|teams?|staff"
    r"|observers|network)"
    r"|[Oo]ur supported (?:hospitals?|facilities|clinics))\b"
)
_ASKING_WORDS = ("Q:", "QUESTION", "JOURNALIST", "REPORTER", "INTERVIEWER")
# the day an interview was held, in its header: "spoke to Test Wire by telephone on Saturday"
_INTERVIEWED_ON = re.compile(
    # ("He answered our questions by voice messages on Sunday, 14 August")
    r"\b(?:spoke|talked|was interviewed|interviewed|recorded|conducted|answered|replied|sat down)"
    r"\b[^.\n]{0,80}?\bon\s+"
)


# "Provinces, SANA - ", "Damascus, (SANA) – ": a dateline naming the agency that wrote it
_AGENCY_DATELINE = re.compile(r"[A-Z][\w' -]{0,40},\s*\(?(?P<agency>[A-Z][\w-]{1,20})\)?\s*[-–—]\s")


def _agency(body: str, catalogue: ActorCatalogue) -> str | None:
    """The catalogued medium whose dateline opens the body, if any."""
    line = _AGENCY_DATELINE.match(body)
    if line is None:
        return None
    named = catalogue.find(line["agency"])
    if not named or catalogue.actors[named[0].actor_id].kind != "media":
        return None
    return named[0].actor_id


def _own_work(body: str) -> bool:
    """Its own people at work, outside quotations ("our staff" quoted is another's)."""
    return (
        _OWN_WORK.search(body) is not None and _OWN_WORK.search(_QUOTED.sub("", body)) is not None
    )


class Voices:
    """The speaker of each paragraph of one document body (None: the author's own)."""

    def __init__(self, body: str, catalogue: ActorCatalogue, title: str = "") -> None:
        #: the agency whose dateline the document carries, if a catalogued party's medium
        #: ("Provinces, SANA - ..."): the document is its report
        self.agency = _agency(body, catalogue)
        #: the document is its source's own account (a monitor's report, not a news story)
        head = body[:300].split("\n\n", 1)[0]  # "... COMMITTEE Field report No. 14."
        self.own_account = bool(
            self.agency
            or _OWN_REPORT_TITLE.search(title)
            or _BULLETIN_OF.match(title)
            or _BULLETIN_OF.match(head)
            or _OWN_REPORT_HEAD.match(head)
            or _own_work(body)
            or ("This " in body[:1200] and _SELF_DESCRIBED.search(body, 0, 1200) is not None)
        )
        self._starts: list[int] = []
        self._spans: list[tuple[int, int, str | None]] = []
        self._asked: dict[int, tuple[int, int]] = {}  # answer turn start -> its question
        self._answerer: str | None = None  # who a transcript's questions are put to
        self._questions: set[int] = set()  # starts of its question turns' paragraphs
        # (plain word tests first: a news story has neither turns nor a statement's header)
        asking = any(word in body for word in _ASKING_WORDS)
        question = _QUESTION_TURN.search(body) if asking else None
        first_end = body.find("\n")
        header = body if first_end < 0 else body[:first_end]
        statement = _STATEMENT.search(header) if "text of" in header.lower() else None
        if question is None and statement is None:
            if ":" in body or "following" in body or "summary" in body:  # (plain words first)
                self._introduced(body, catalogue)
            if not self._spans and ("RELEASE" in body or "STATEMENT" in body):
                self._headed(body, catalogue)
            return
        paragraphs = _paragraphs(body)
        if question is not None:
            speaker = _first_speaker(body[: _first_label(body, paragraphs, question)], catalogue)
            self._answerer = speaker
            self._turns(body, paragraphs, speaker)
        elif statement is not None:
            named = catalogue.find(header[statement.end() :])
            if not (named and named[0].start == 0):
                return
            rest = paragraphs[1:]
            if (
                rest
                and header.rstrip().endswith(":")
                and not _OPENING_QUOTE.match(body, rest[0][0])
            ):
                self._all_spoken(rest, named[0].actor_id)  # printed unquoted after its header
            else:
                self._quoted(body, rest, named[0].actor_id)

    def author(self, source: str | None, catalogue: ActorCatalogue) -> str | None:
        """The author as a catalogued actor: the party medium of the dateline, or, in a
        source's own account, the source itself when it is named by an actor ("Russian
        Ministry of Defence", "Syrian Observatory for Human Rights")."""
        if self.agency or not self.own_account or not source:
            return self.agency
        return catalogue.opening(source)

    def of(self, sentence: Sentence) -> str | None:
        """The actor whose words ``sentence`` is, if a transcript or statement says so."""
        if not self._spans:
            return None  # (most documents)
        at = bisect_right(self._starts, sentence.start) - 1
        if at < 0:
            return None
        start, end, speaker = self._spans[at]
        return speaker if start <= sentence.start < end else None

    def addressee(self, sentence: Sentence) -> str | None:
        """Whom a question turn of a transcript speaks to ("your artillery shelled farms"):
        the one who answers."""
        if self._answerer is None or not self._questions:
            return None
        at = bisect_right(self._starts, sentence.start) - 1
        return self._answerer if at >= 0 and self._starts[at] in self._questions else None

    def interview_day(self, body: str, published: dt.date | None) -> tuple[int, dt.date] | None:
        """Where an interview's turns start and the day it was held, when its header says
        ("She spoke to Test Wire by telephone on Saturday, 4 June"): the answers' "yesterday"
        and "last week" count from that day, not from the day it was published."""
        if not self._questions:
            return None
        first = min(self._questions)
        for said in _INTERVIEWED_ON.finditer(body, 0, first):
            held = find_dates(body[said.end() : said.end() + 40], published)
            day = held[0].date if held and held[0].start == 0 else None
            if day is not None and day.precision is DatePrecision.DAY and day.start is not None:
                return first, day.start
        return None

    def asked(self, sentence: Sentence) -> tuple[int, int] | None:
        """The body span of the question that the turn of ``sentence`` answers: "No. I
        want to state clearly that ..." is about what was asked."""
        at = bisect_right(self._starts, sentence.start) - 1
        return self._asked.get(self._starts[at]) if at >= 0 else None

    def _add(self, start: int, end: int, speaker: str | None) -> None:
        self._starts.append(start)
        self._spans.append((start, end, speaker))

    def _turns(self, body: str, paragraphs: list[tuple[int, int]], speaker: str | None) -> None:
        """Each answer turn, and the unlabelled paragraphs that go on with it."""
        current: str | None = None
        question: tuple[int, int] | None = None
        for start, end in paragraphs:
            label = _LABEL.match(body, start, end)
            if label is not None:
                asking = _QUESTION_LABEL.fullmatch(label["label"].strip()) is not None
                current = None if asking else speaker
                question = (start, end) if asking else question
            if current is None and question is not None:
                self._questions.add(start)
            if current is not None and question is not None:
                self._asked[start] = question
            self._add(start, end, current)

    def _introduced(self, body: str, catalogue: ActorCatalogue) -> None:
        """Statements quoted whole after a paragraph that introduces them ("The Israel
        Defense Forces statement, issued in English, read in full:", "Turkey's Ministry of
        National Defence issued the following statement"): each is its speaker's words."""
        paragraphs = _paragraphs(body)
        for i, (start, end) in enumerate(paragraphs):
            if (summary := _SUMMARY_OF.search(body, start, end)) is not None:
                # "Below is a summary of his remarks": what follows is the speaker's, told
                if named := _parties_named(body[start : summary.start()], catalogue):
                    self._all_spoken(paragraphs[i + 1 :], named[0].actor_id)
                return
        for (start, end), (after, _) in pairwise(paragraphs):
            done = self._starts and after <= self._starts[-1]  # (inside the statement before)
            if done:
                continue
            if not _OPENING_QUOTE.match(body, after):
                self._printed(body, paragraphs, start, end, catalogue)
                continue
            intro = body[start:end]
            following = _FOLLOWING.search(intro)
            if following is None and not _READ_IN_FULL.search(intro):
                continue
            said = intro[: following.start() if following else len(intro)]
            if named := _parties_named(said, catalogue) or _issuer_in_lead(
                body, paragraphs, start, intro, catalogue
            ):
                # the intro's subject, if it opens on one ("Damascus, SANA - The Ministry of
                # Foreign Affairs sent two letters on the crimes of the coalition ... The
                # letters read as follows:"), else the party named last before the cue
                opener = named[0] if named[0].start <= _OPENER_REACH else named[-1]
                rest = [p for p in paragraphs if p[0] >= after]
                self._quoted(body, rest, opener.actor_id, closed=True)

    def _printed(
        self,
        body: str,
        paragraphs: list[tuple[int, int]],
        start: int,
        end: int,
        catalogue: ActorCatalogue,
    ) -> None:
        """A statement printed unquoted after a paragraph that introduces it ("Following is
        the text of the statement issued by the General Command:"): the rest of the text
        is its issuer's, named there or, as "the General Command", in the lead."""
        intro = body[start:end]
        if not intro.rstrip().endswith(":"):
            return
        if named := _issuer_in_lead(body, paragraphs, start, intro, catalogue):
            self._all_spoken([p for p in paragraphs if p[0] > start], named[0].actor_id)

    def _all_spoken(self, paragraphs: list[tuple[int, int]], speaker: str) -> None:
        """Each of ``paragraphs`` is ``speaker``'s words (a statement or summary that runs
        to the end of the text)."""
        for start, end in paragraphs:
            self._add(start, end, speaker)

    def _headed(self, body: str, catalogue: ActorCatalogue) -> None:
        """Statements printed under headings that name their issuers: each paragraph up
        to the next heading is its issuer's words."""
        speaker: str | None = None
        for start, end in _paragraphs(body):
            if (heading := _HEADED.fullmatch(body, start, end)) is not None:
                named = _parties_named(heading["who"], catalogue)
                speaker = named[0].actor_id if named else None
            self._add(start, end, speaker)

    def _quoted(
        self, body: str, paragraphs: list[tuple[int, int]], speaker: str, *, closed: bool = False
    ) -> None:
        """The paragraphs of the statement, from the one that opens a quotation to the
        one that closes it."""
        inside = False
        for start, end in paragraphs:
            inside = inside or _OPENING_QUOTE.match(body, start, end) is not None
            self._add(start, end, speaker if inside else None)
            if inside and _CLOSING_QUOTE.search(body, start, end):
                inside = False
                if closed:  # (one statement: what follows is the story's again)
                    return


def _issuer_in_lead(
    body: str,
    paragraphs: list[tuple[int, int]],
    start: int,
    intro: str,
    catalogue: ActorCatalogue,
) -> list[Mention]:
    """The issuer an introduction ("Following is the text of the statement issued by the
    General Command:") names right after "by", else, when it names it by a short name the
    catalogue lacks, the parties the lead before it names."""
    if (found := _STATEMENT.search(intro)) is None:
        # "The General Command ... issued a statement on Thursday on ... Following is the
        # text of the statement:": the party the introduction names
        return _parties_named(intro, catalogue)[:1] if _READ_IN_FULL.search(intro) else []
    named = catalogue.find(intro[found.end() :])
    if named and named[0].start == 0:
        return named
    lead_start, lead_end = paragraphs[0]
    return _parties_named(body[lead_start:lead_end], catalogue) if lead_start < start else []


def _paragraphs(body: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph of ``body``."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(body)]


def _parties_named(text: str, catalogue: ActorCatalogue) -> list[Mention]:
    """The actors ``text`` names that may speak for themselves: not a medium or monitor
    that only carries the words ("SANA carried a statement by the General Command")."""
    return [m for m in catalogue.find(text) if not catalogue.only_reports(m.actor_id)]


def _first_label(body: str, paragraphs: list[tuple[int, int]], question: re.Match[str]) -> int:
    """Where the first labelled turn starts: the header is what comes before it."""
    return next((s for s, e in paragraphs if _LABEL.match(body, s, e)), question.start())


# whom the one interviewed speaks for: "Nisrin Ahmed is a spokeswoman for the Syrian
# Democratic Forces" (after "For two weeks Turkey's leaders have said ...")
_ROLE_FOR = re.compile(
    r"\b(?:(?:spokes(?:man|woman|person)|commander|official|leader|negotiator|representative"
    r"|officer|coordinator|director|member)\s+(?:for|of|with|in)|commands|heads|leads)"
    r"\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
# a language or a side of a border, not a party: "Translated from Turkish", "He spoke to us in
# Yayladagi, on the Turkish side of the border"
_TONGUE_BEFORE = re.compile(r"\b(?:translated|interpreted)\s+(?:from|into)\s+$", re.IGNORECASE)
_SIDE_AFTER = re.compile(r"\s+side\s+of\s+the\s+(?:border|frontier)\b", re.IGNORECASE)


def _first_speaker(header: str, catalogue: ActorCatalogue) -> str | None:
    """The actor the header introduces the one interviewed as speaking for, else the first
    actor it names that speaks for itself (no medium or monitor)."""
    speaking = [
        m
        for m in catalogue.find(header)
        if catalogue.actors[m.actor_id].kind not in _NOT_SPEAKING
        and not _TONGUE_BEFORE.search(header, max(m.start - 25, 0), m.start)
        and not _SIDE_AFTER.match(header, m.end)
    ]
    role = next(
        (m for m in speaking if _ROLE_FOR.search(header, max(m.start - 40, 0), m.start)), None
    )
    if role is not None:
        return role.actor_id
    return speaking[0].actor_id if speaking else None


_OUR_REPORTER = re.compile(
    r"\bour (?:own |agency['’]s |channel['’]s |paper['’]s )?(?:correspondents?|reporters?"
    r"|researchers?|team|monitors?)\b",
    re.IGNORECASE,
)


def our_reporter(text: str) -> bool:
    """ "our correspondent in the area reported": the document's own people tell it."""
    return ("our " in text or "Our " in text) and _OUR_REPORTER.search(text) is not None


def first_person(text: str, speaker: str) -> list[Mention]:
    """ "we", "our", "I" in the speaker's words, as mentions of the speaker."""
    return _as_mentions(_FIRST_PERSON, text, speaker)


_YOUR = re.compile(r"\b[Yy]our\b")


def second_person(text: str, addressee: str) -> list[Mention]:
    """ "your" in a question put to ``addressee``, as mentions of it."""
    return _as_mentions(_YOUR, text, addressee)


def _as_mentions(words: re.Pattern[str], text: str, actor_id: str) -> list[Mention]:
    """Each match of ``words`` in ``text`` as a mention of ``actor_id``."""
    return [Mention(actor_id, m.start(), m.end(), m.group()) for m in words.finditer(text)]


def spoken_by(speaker: str, text: str, lexicon: Lexicon) -> Attribution:
    """The speaker's attribution of a sentence of its own turn, with the sentence's stance."""
    stance = first_stance(lexicon.stances, text, lexicon.stance_screens) or Stance.REPORTS
    return Attribution.unworded(speaker, stance)


_UNVERIFIED = needing(  # (run only where one of its words is)
    r"\b(?:status|assessment)\s*:\s*(?:not verified|unverified)\b"
    # the report's own voice: "We could not confirm this incident", "We were unable to
    # verify that attack", "This report could not be independently verified"
    r"|^\W*(?:we|it)\s+(?:could\s+not|cannot|can\s*not|were\s+unable\s+to|was\s+unable\s+to"
    r"|have\s+not\s+been\s+able\s+to)\s+(?:independently\s+)?(?:confirm|verify)\s+"
    r"(?:(?:this|that|the)\s+(?:incident|report|attack|account|claim)\b|(?:this|that|it)\W*$)"
    # a live page's mark after an entry: "The Front says two of the attackers were killed.
    # UNCONFIRMED."
    r"|^\W*(?:unconfirmed|unverified|not\s+(?:yet\s+)?(?:confirmed|verified))\W*$"
    r"|^\W*(?:this|that|the)\s+(?:incident|report|attack|account|claim)\s+(?:could\s+not|cannot)"
    r"\s+be\s+(?:independently\s+)?(?:confirmed|verified)\b",
    re.I,
)


def unverified_item(sentence: Sentence, drafts: Sequence[Draft]) -> Draft | None:
    """The item a report marks "Status: not verified" or "Assessment: Unverified", or the
    report's own "We could not confirm this incident": the last event of the sentence's
    paragraph."""
    text = sentence.text
    if not _UNVERIFIED.search(text):
        return None
    item = [d for d in drafts if d.paragraph == sentence.paragraph]
    return item[-1] if item else None
