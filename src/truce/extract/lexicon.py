"""The rule extractor's vocabulary, loaded from editable YAML in ``truce/data``.

Triggers, status markers, attribution verbs and stance words are data so that an
analyst can add "barrel bomb" or a new spokesman without touching code. The files
are validated on load: a typo is an :class:`~truce.errors.ExtractError` naming the
file, not a silently missing rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from truce.errors import ExtractError
from truce.extract.needs import Needy, needing
from truce.extract.screens import RuleScreens, ScreenSet
from truce.model import EventType, Flag, Stance

SpecModel = TypeVar("SpecModel", bound=BaseModel)

LEXICON_FILE = "event_lexicon.yaml"


# a clause of its own after the act: "stray fire that has repeatedly hit", "an airfield they
# lost ... two years ago"
_ITS_OWN_CLAUSE = re.compile(
    r"\b(?:that|which|who|they|it)\s+(?:\w+\s+)?(?:has|have|had|lost|held|took|seized"
    r"|captured|was|were)\b"
    # ("..., north of the city, where the Observatory says 23 have been killed since")
    r"|,\s*where\b",
    re.IGNORECASE,
)


class _Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EventRuleSpec(_Spec):
    type: EventType
    patterns: list[str] = Field(min_length=1)
    toll: bool = False
    under_agreement: bool = False


class StanceRuleSpec(_Spec):
    stance: Stance
    patterns: list[str] = Field(min_length=1)


class LexiconSpec(_Spec):
    """The YAML layout of ``event_lexicon.yaml`` (documented in the file itself)."""

    version: int
    events: list[EventRuleSpec]
    generic_before: list[str] = Field(default_factory=list)
    background_types: list[EventType] = Field(default_factory=list)
    background_before: list[str] = Field(default_factory=list)
    weapon_types: list[EventType] = Field(default_factory=list)
    weapon_before: list[str] = Field(default_factory=list)
    described_before: list[str] = Field(default_factory=list)
    status: dict[Flag, list[str]] = Field(default_factory=dict)
    restatement: list[str] = Field(default_factory=list)
    new_event: list[str] = Field(default_factory=list)
    background: list[str] = Field(default_factory=list)
    record_before: list[str] = Field(default_factory=list)
    trends: list[str] = Field(default_factory=list)
    attribution_verbs: list[str] = Field(min_length=1)
    stances: list[StanceRuleSpec] = Field(default_factory=list)
    author_stances: list[StanceRuleSpec] = Field(default_factory=list)
    term_stances: list[StanceRuleSpec] = Field(default_factory=list)
    target_breaks: list[str] = Field(default_factory=list)
    nationwide: list[str] = Field(default_factory=list)
    country: str = Field(default="Syria", description="The country `nationwide` refers to.")


@dataclass(frozen=True)
class EventRule:
    type: EventType
    patterns: tuple[re.Pattern[str], ...]
    toll: bool = False
    #: read only in a document that speaks of an agreement (see ``find_trigger``)
    under_agreement: bool = False


@dataclass(frozen=True)
class StanceRule:
    stance: Stance
    patterns: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Lexicon:
    """Compiled lexicon: every pattern is case-insensitive."""

    events: tuple[EventRule, ...]
    generic_before: frozenset[str]
    background_types: frozenset[EventType]
    background_before: re.Pattern[str]
    weapon_types: frozenset[EventType]
    #: (searched for only where the words before a trigger hold a string every match
    #: needs: most hold none)
    weapon_before: Needy
    described_before: Needy
    status: dict[Flag, tuple[re.Pattern[str], ...]]
    restatement: tuple[re.Pattern[str], ...]
    new_event: tuple[re.Pattern[str], ...]
    background: tuple[re.Pattern[str], ...]
    record_before: re.Pattern[str]
    trends: tuple[re.Pattern[str], ...]
    attribution_verb: re.Pattern[str]
    stances: tuple[StanceRule, ...]
    author_stances: tuple[StanceRule, ...]
    #: what a plain report of a term says of it: kept or not ("were still there")
    term_stances: tuple[StanceRule, ...]
    target_break: re.Pattern[str]
    nationwide: re.Pattern[str]
    country: str
    #: Which event and stance rules may match a sentence, read from its words.
    event_screens: RuleScreens = field(init=False, repr=False, compare=False)
    stance_screens: RuleScreens = field(init=False, repr=False, compare=False)
    verb_screens: ScreenSet = field(init=False, repr=False, compare=False)  # attribution_verb
    status_screens: RuleScreens = field(init=False, repr=False, compare=False)  # status order
    author_screens: RuleScreens = field(init=False, repr=False, compare=False)
    background_screens: ScreenSet = field(init=False, repr=False, compare=False)
    new_event_screens: ScreenSet = field(init=False, repr=False, compare=False)
    trend_screens: ScreenSet = field(init=False, repr=False, compare=False)
    nationwide_screens: ScreenSet = field(init=False, repr=False, compare=False)
    restatement_screens: ScreenSet = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        screens = {
            "event_screens": RuleScreens(rule.patterns for rule in self.events),
            "stance_screens": RuleScreens(rule.patterns for rule in self.stances),
            "verb_screens": ScreenSet([self.attribution_verb]),
            "status_screens": RuleScreens(self.status.values()),
            "author_screens": RuleScreens(rule.patterns for rule in self.author_stances),
            "background_screens": ScreenSet(self.background),
            "new_event_screens": ScreenSet(self.new_event),
            "trend_screens": ScreenSet(self.trends),
            "nationwide_screens": ScreenSet([self.nationwide]),
            "restatement_screens": ScreenSet(self.restatement),
        }
        for name, value in screens.items():
            object.__setattr__(self, name, value)  # frozen: derived once, here

    def opens_new_event(self, text: str) -> bool:
        """Does ``text`` announce another event ("Separately, ...", "a second bomb")?"""
        found = self.new_event_screens.hits(text)
        return any(self.new_event[i].search(text) for i in found)

    def says(self, stance: Stance, text: str) -> bool:
        """Do the words of ``stance`` occur in ``text`` (whatever other stance comes first)?
        Only the patterns the stance screens let through are run, as in :func:`first_stance`."""
        screens = self.stance_screens
        return any(
            self.stances[index].stance is stance
            and any(next(screens.screens.finditer(i, text), None) for i in patterns)
            for index, patterns in screens.candidates(text).items()
        )

    def is_background(self, text: str, *, after: int | None = None) -> bool:
        """Does ``text`` place its event in the past story ("since the war began")? Not
        when it only measures a record against it ("the deadliest day ... since the war
        began"), nor, past ``after`` (the end of a dated act's trigger), in a clause of its
        own ("retaking an airfield they lost more than two years ago")."""
        for i in self.background_screens.hits(text):
            found = self.background[i].search(text)
            if found is None or self.record_before.search(
                text, max(found.start() - 80, 0), found.start()
            ):
                continue
            if (
                after is not None
                and found.start() >= after
                # (the clause may open on the background's own words: "stray fire that has
                # repeatedly hit the Israeli side")
                and _ITS_OWN_CLAUSE.search(text, after, found.end())
            ):
                continue
            return True
        return False

    def trend_clause(self, text: str) -> int | None:
        """Where the clause that states a trend ("air strikes have dropped sharply since
        May") starts in ``text``; None: it states none. An event told before that clause
        stands ("killed 20 ..., as the clashes have intensified")."""
        starts = [
            _clause_start(text, found.start())
            for i in self.trend_screens.hits(text)
            for found in self.trends[i].finditer(text)
        ]
        return min(starts, default=None)


# where a clause of its own opens: "..., as the clashes have intensified", "the monitor,
# which has documented shelling since July" (but not an aside closed before the trend:
# "Air strikes, which caused most deaths, have dropped")
_SUBORDINATE = re.compile(r"\b(?:as|while|whereas|when|after|because|which|who)\b|;", re.IGNORECASE)
_ASIDES = frozenset({"which", "who"})


def _clause_start(text: str, at: int) -> int:
    start = 0
    for opener in _SUBORDINATE.finditer(text, 0, at):
        if opener.group().lower() in _ASIDES and "," in text[opener.end() : at]:
            continue
        start = opener.start()
    return start


def data_path(name: str) -> Path:
    """Path of a packaged data file under ``truce/data``."""
    return Path(str(resources.files("truce").joinpath("data", name)))


def read_yaml(path: Path) -> object:
    """Parse a YAML file, turning read and syntax errors into ExtractError."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ExtractError(f"{path}: cannot read extractor data: {exc}") from exc


def validated(path: Path, model: type[SpecModel], what: str) -> SpecModel:
    """A data file read and validated, or an ExtractError naming the file and the problem."""
    try:
        return model.model_validate(read_yaml(path))
    except ValidationError as exc:
        raise ExtractError(f"{path}: invalid {what}: {exc}") from exc


@cache
def default_lexicon() -> Lexicon:
    """The packaged lexicon, compiled once per process."""
    return load_lexicon(data_path(LEXICON_FILE))


def load_lexicon(path: Path) -> Lexicon:
    """Validate and compile a lexicon file."""
    spec = validated(path, LexiconSpec, "lexicon")
    try:
        return _compile(spec)
    except re.error as exc:
        raise ExtractError(f"{path}: bad pattern {exc.pattern!r}: {exc}") from exc


def _compile(spec: LexiconSpec) -> Lexicon:
    verbs = "|".join(sorted((re.escape(v) for v in spec.attribution_verbs), key=len, reverse=True))
    return Lexicon(
        events=tuple(
            EventRule(r.type, _patterns(r.patterns), r.toll, r.under_agreement) for r in spec.events
        ),
        generic_before=frozenset(word.lower() for word in spec.generic_before),
        background_types=frozenset(spec.background_types),
        background_before=_alternation(spec.background_before),
        weapon_types=frozenset(spec.weapon_types),
        weapon_before=_needy_alternation(spec.weapon_before),
        described_before=_needy_alternation(spec.described_before),
        status={flag: _patterns(items) for flag, items in spec.status.items()},
        restatement=_patterns(spec.restatement),
        new_event=_patterns(spec.new_event),
        background=_patterns(spec.background),
        record_before=_alternation(spec.record_before),
        trends=_patterns(spec.trends),
        # "the Nusra Front, which now calls itself ...": a name, not a claim; nor is the
        # "Tell" of a place ("took control of Tell Abiad")
        attribution_verb=re.compile(
            rf"(?<!\bto )\b(?:{verbs})\b(?!(?<=(?-i:Tell))\s+(?-i:[A-Z]))"
            r"(?!\s+(?:itself|themselves|himself|herself)\b)",
            re.IGNORECASE,
        ),
        stances=tuple(_stance_rule(r) for r in spec.stances),
        author_stances=tuple(_stance_rule(r) for r in spec.author_stances),
        term_stances=tuple(_stance_rule(r) for r in spec.term_stances),
        target_break=_alternation(spec.target_breaks),
        nationwide=_alternation(spec.nationwide),
        country=spec.country,
    )


def _patterns(items: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(item, re.IGNORECASE) for item in items)


def _stance_rule(spec: StanceRuleSpec) -> StanceRule:
    return StanceRule(spec.stance, _patterns(spec.patterns))


def _alternation(items: list[str]) -> re.Pattern[str]:
    if not items:
        return re.compile(r"(?!x)x")  # matches nothing
    return re.compile("|".join(f"(?:{item})" for item in items), re.IGNORECASE)


def _needy_alternation(items: list[str]) -> Needy:
    """:func:`_alternation`, run only where the text holds a string every match needs."""
    pattern = _alternation(items)
    return needing(pattern.pattern, pattern.flags)


# "didn't", "hasn't", "can't", "won't" (straight or curly apostrophe)
_CONTRACTED = re.compile(r"\b(ca|wo|[a-z]+)n['’]t\b", re.IGNORECASE)
_IRREGULAR = {"ca": "can", "wo": "will"}


def _written_out(match: re.Match[str]) -> str:
    stem = match.group(1)
    return f"{_IRREGULAR.get(stem.lower(), stem)} not"


def first_stance(
    rules: tuple[StanceRule, ...], text: str, screens: RuleScreens | None = None
) -> Stance | None:
    """The first stance (in lexicon order) whose words occur in ``text``; ``screens``
    (``Lexicon.stance_screens`` when ``rules`` are its ``stances``) skips the rules and
    patterns that cannot match. Contractions are read written out ("didn't strike" as
    "did not strike"): the lexicon's patterns are written for the long forms."""
    if "n't" in text or "n’t" in text:
        text = _CONTRACTED.sub(_written_out, text)
    if screens is not None:
        for index, patterns in screens.candidates(text).items():
            if any(next(screens.screens.finditer(i, text), None) for i in patterns):
                return rules[index].stance
        return None
    for rule in rules:
        if any(pattern.search(text) for pattern in rule.patterns):
            return rule.stance
    return None
