"""Fatality and injury figures as UCDP-style low / best / high bounds.

The bounds say exactly what the words say and no more: "at least 22 killed" is a
floor (low = best = 22, no ceiling), "about 100 wounded" is a best guess with no
bounds, "62 killed" is exact, and "dozens" is read as its smallest plausible value
(24) as a floor. Nothing is invented when the text gives no figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import reduce

from truce.extract.literals import one_of
from truce.extract.needs import needing
from truce.extract.screens import ScreenSet, view
from truce.ingest.text import MONTH_PATTERN
from truce.model import Casualties

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a dozen": 12, "half a dozen": 6,
    "two dozen": 24, "three dozen": 36, "four dozen": 48,
    "both": 2,  # ("carrying two of our fighters ... Both were killed")
}  # fmt: skip
# "twenty-four others were wounded", "thirty-seven young men": the tens joined to a unit
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_WORDS |= _TENS | {f"{ten}-{unit}": _TENS[ten] + _WORDS[unit] for ten in _TENS for unit in _UNITS}
#: Plural round words: the smallest value they can mean, used as a floor.
_FLOORS = {"dozens": 24, "scores": 40, "hundreds": 200}
_FLOOR_QUALIFIERS = {"at least", "more than", "over", "no fewer than", "no less than"}
_CEILING_QUALIFIERS = {"up to", "as many as"}

_AMOUNTS = ["a dozen", "dozens", "scores", "hundreds"]
_AMOUNTS += sorted((w for w in _WORDS if w != "a dozen"), key=len, reverse=True)
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + one_of(_AMOUNTS) + ")"
_QUALIFIERS = one_of([
    "at least", "more than", "over", "no fewer than", "no less than", "nearly", "almost",
    "about", "around", "approximately", "some", "roughly", "an estimated", "up to", "as many as",
])  # fmt: skip
_QUALIFIER = rf"(?:(?P<q>{_QUALIFIERS})\s+)?"
_SMALL = one_of(sorted((w for w in _WORDS if " " not in w), key=len, reverse=True))
# "between four and six" is read whole (a range in words); "between 10 and 15" as a figure
# and its top, but "killed 5 and 12 others were wounded" as two figures
_AND_AFTER_BETWEEN = (
    r"(?:(?<=between \d)|(?<=between \d\d)|(?<=between \d\d\d)|(?<=between \d\d\d\d)"
    r"|(?<=between \d,\d\d\d))\s*and"
)
_FIGURE = (  # (not an age: "a girl aged 12 was shot and wounded")
    rf"(?<!\baged )(?<!\bage ){_QUALIFIER}(?:between\s+)?"
    rf"(?P<n>(?<=between )(?:{_SMALL}) and (?:{_SMALL}|\d+)\b|{_NUMBER})"
    rf"(?:\s*(?:-|–|to|{_AND_AFTER_BETWEEN})\s*(?P<hi>\d+))?"
    r"(?!(?<=\bboth)\s+(?:[\w'’-]+\s+){1,3}?and\b)"  # ("killing both civilians and insurgents")
    r"(?![\s-]+years?[\s-]+old\b)"  # ("Khaled, twenty-three years old, ... died": an age)
    # (nor a length: "clashes that lasted five hours, in which three fighters were martyred")
    r"(?!\s+(?:hours?|days?|minutes?|weeks?|months?|kilomet(?:re|er)s?|km|metres?|meters?)\b)"
)
# Words between a figure and its verb: no digits, no "and (at least) <number>", no other
# casualty verb.
_AND_A_FIGURE = rf"and\s+(?:(?:{_QUALIFIERS})\s+)?(?:\d|(?:{_SMALL}|dozens)\b)"
_GAP = (
    rf"(?:(?!{_AND_A_FIGURE}|\d|killed|died|dead|wounded|injured|martyred|executed)"
    r"[\w'’-]+,?\s+){0,6}?"
)
_AUX = r"(?:(?:were|was|have been|had been|are|is|reportedly|also)\s+)*"
_PASSIVE = r"(?:were|was|have been|had been)\s+"
_AUX_SAID = (
    r"(?:(?:reportedly|also)\s+)*(?:were|was|have been|had been|are|is)\s+"
    r"(?:(?:reportedly|also)\s+)*"
)
_DEATH = r"(?:killed|dead|died|deaths|fatalities|lives|executed|martyred)"
_HURT = r"(?:wounded|injured|hurt|injuries)"


@dataclass(frozen=True, slots=True)
class Figures:
    """Fatalities and injuries found in one sentence (None when not stated)."""

    fatalities: Casualties | None = None
    injuries: Casualties | None = None
    #: the fatalities are a revised toll ("revised the death toll to nine"): one lower than
    #: the first corrects it, where a toll that rises keeps its first figure
    revised: bool = False

    @property
    def stated(self) -> bool:
        return self.fatalities is not None or self.injuries is not None


# what may stand between "including" and the verb: no other figure or casualty verb
_NO_OTHER_FIGURE = r"(?:(?!killed|died|dead|wounded|injured|hurt)[^.;:]){0,80}?"


def _patterns(verb: str, gerund: str) -> tuple[re.Pattern[str], ...]:
    # "killed two people and wounded five": a verb after "and" has its own figure, unless
    # an auxiliary makes both verbs the figure's ("41 men were rounded up and executed")
    # (with no auxiliary, a verb that takes an object has the figure as its subject: "Two
    # gunmen shot dead the co-chair", "Two gunmen killed a man")
    return (
        re.compile(
            rf"(?<!no )\b{_FIGURE}\s+(?:{_GAP}{_AUX_SAID}(?<!\band ){verb}\b"
            rf"|{_GAP}{_PASSIVE}{_GAP}{verb}\b|{_GAP}(?<!\band ){verb}\b(?!{_OBJECT}))",
            re.IGNORECASE,
        ),
        re.compile(rf"\b{gerund}\s+(?:(?:his|her|their)\s+)?{_FIGURE}\b", re.IGNORECASE),
        # "Two civilians, a woman and a teenage boy, were wounded": who they were, between
        re.compile(
            rf"(?<!no )\b{_FIGURE}\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+,\s+(?:an?|the|one|two|three"
            rf"|four|five|\d+)\s[^,.;:]{{1,60}}?,\s+{_AUX_SAID}{verb}\b",
            re.IGNORECASE,
        ),
        # "seven people including four women and two children were killed": the total
        re.compile(
            rf"(?<!no )\b{_FIGURE}\s+(?:[\w-]+\s+){{0,2}}?(?:including|among them)\b"
            rf"{_NO_OTHER_FIGURE}"
            rf"\b(?:were|was|have been|had been|are|is)\s+(?:\w+\s+)?{verb}\b",
            re.IGNORECASE,
        ),
    )


# One named person: "killing a child", "a soldier was wounded" (never "a number of").
_PERSONS = (
    "child", "boy", "girl", "schoolboy", "schoolgirl", "woman", "man", "civilian", "person",
    "soldier", "fighter", "journalist", "doctor", "nurse", "policeman", "volunteer", "paramedic",
    "teenager", "baby", "infant", "negotiator", "official", "commander", "activist",
    "photographer", "driver", "priest", "pilot", "son", "daughter", "wife", "husband", "brother",
    "sister", "father", "mother", "grandson", "granddaughter", "grandfather", "grandmother",
    "nephew", "niece", "cousin", "uncle", "teacher", "schoolteacher", "student", "pupil", "farmer",
    "shepherd", "guard",
    "worker", "employee", "engineer", "medic", "rescuer", "officer", "member", "resident",
    "owner", "shopkeeper", "merchant", "trader", "passer-by", "citizen", "patient", "housewife",
    "watchman",
    "leader", "emir", "rider", "passenger", "neighbour", "neighbor", "relative", "co-chair",
    "mayor", "chief", "head", "elder", "headman", "mukhtar",
)  # fmt: skip
# "a local police commander", "his driver": two words may stand before the person
_NOT_A_PERSON = (  # (but "A civilian young man was martyred": a civilian is said of a person)
    rf"(?:number|few|couple|dozen|group|family|total|an?|the|and"
    rf"|{one_of(p for p in _PERSONS if p != 'civilian')})\b"
)
# (up to four words before the person: "a Syrian Arab Red Crescent volunteer"; a name after it:
# "our paramedic Khaled")
_PERSON = rf"(?:(?!{_NOT_A_PERSON})[\w'’-]+ ){{0,4}}?{one_of(_PERSONS)}\b(?-i: [A-Z][\w'’-]+\b)?"
# a person's name: "Ahmad al-Masri", "Mohammed Ahmed Sheikho" (two to four capitalised words)
_NAME = r"(?-i:[A-Z][a-z'’]+(?: (?:(?:al|el|bin|abu|ibn)[- ])?[A-Z][\w'’-]+){1,3})"
_NAMED = re.compile(_NAME)
_THE_ONE = r"(?:an?|the|his|her|their)"
# a verb's object that is its victim: a person ("shot dead the co-chair of the council",
# "killed a man") or a name described after a comma ("shot dead Ahmad al-Masri, a member");
# not a headline's "Killed 12 Injured", nor an unpunctuated "8 killed a monitor said"
_OBJECT = (
    rf"\s+(?:(?:an?|the|his|her|their)\s+{_PERSON}"
    r"|(?-i:[A-Z][a-z]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){0,3},))"
)
_ONE = rf"(?P<q>(?!))?(?P<hi>(?!))?(?P<n>an?|his|her|their|its|our|the) {_PERSON}"
_SINGULAR_AUX = (  # "a man and a woman were"
    r"(?:(?:was|has been|had been|is|reportedly|reported|also|had|has)\s+)*"
)
# whose the first one is: "killing a senior commander of the Syrian Democratic Forces and his
# driver"; where he works: "A teacher at the boys' secondary school was shot dead"
_OF_BODY = r"(?: (?:of|at) (?:the |an? )?(?:[\w'’-]+ ){0,4}?[\w'’-]+)?"
_NOT_MORE = (  # (a name may follow the person: "our paramedic Khaled and his patient")
    rf"(?!(?-i: [A-Z][\w'’-]+)?{_OF_BODY}(?:\s+and|,\s+(?:his|her|their)\s+\w+,?\s+and)\s+"
    r"(?:an?|his|her|their|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
)
# Two named persons after the verb: "killing a woman and her daughter", or one and a number
# ("killing a woman and her three children", "injuring a teacher and 19 others"). Before
# the verb, a pair is read only where it opens a clause (see _GROUP_BEFORE), so that it is
# not taken from the end of a list.
_KIN = r"(?:children|sons|daughters|brothers|sisters|grandchildren|cousins)"
_OTHERS = r"(?:others|neighbou?rs|relatives|friends|colleagues|passers-by)"
_TWO = (
    rf"(?P<q>(?!))?(?P<hi>(?!))?"
    rf"(?P<n>(?:an?|the|his|her|our|its|their) {_PERSON}{_OF_BODY}"
    rf"(?:, (?:his|her|their) {_PERSON})?"  # ("a man, his wife and their three children")
    rf" and (?:(?:an?|the|his|her|their) {_PERSON}"
    rf"|(?:his|her|their) (?:{_SMALL}|\d{{1,2}}) (?:[\w-]+ )?{_KIN}"  # ("her two young sons")
    # ("a woman and two children", "the driver and a passenger")
    rf"|(?:{_SMALL}|\d{{1,3}}) (?:{_OTHERS}|(?:[\w-]+ )?(?:{one_of(_PERSONS)}s|children|men|women))"
    rf"|(?:{_SMALL}|\d{{1,2}}) of (?:his|her|their) {_KIN})\b)"  # ("three of her children")
)


# One more, counted on from those just named: "three children were killed and a fourth was
# badly hurt", "killing two fighters and wounding a third" (not "a third of the town")
_ORDINAL = (
    r"(?P<q>(?!))?(?P<hi>(?!))?(?P<n>an?|the) (?:second|third|fourth|fifth|sixth)\b(?!\s+of\b)"
)


_AT_A_PLACE = r"(?:(?:at|in|near|from|of) (?:the |a |an )?[\w-]+\s+)?"
# what the person was doing there: "A farmer working in a nearby field was wounded"
_DOING = (
    r"(?:[a-z]+ing\s+(?:in|on|at|near|by|along|outside|inside)\s+"
    r"(?:(?:the|a|an|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+)?"
)
# "a girl aged 12 was shot and wounded"
_AGED = r"(?:,?\s+aged\s+\d{1,3},?)?"
# "His brother, who was at the wheel, was seriously wounded"
_ASIDE = r"(?:,\s+(?:who|in|at|on|aged)\b[^,.;]{1,40},)?"


def _one(verb: str, gerund: str) -> tuple[re.Pattern[str], ...]:
    return (
        # "a farmer was badly wounded", "a guard at the station was killed"
        re.compile(
            rf"(?<!\band )\b{_ONE}{_OF_BODY}{_AGED}{_ASIDE}\s+{_DOING}{_AT_A_PLACE}"
            rf"{_SINGULAR_AUX}(?:\w+ly\s+)?"
            rf"(?:shot and\s+)?{verb}\b",  # "a boy was shot and wounded"
            re.IGNORECASE,
        ),
        # "The paramedic and the patient were killed and the driver was injured": one more,
        # after a clause of its own
        re.compile(
            # (or with its verb alone: "Two shepherds were killed and a boy wounded")
            rf"\b(?:killed|died|dead|martyred|wounded|injured)\s+and\s+{_ONE}{_OF_BODY}\s+"
            rf"(?:(?:was|has\s+been|had\s+been)\s+)?(?:\w+ly\s+)?{verb}\b",
            re.IGNORECASE,
        ),
        re.compile(rf"\b{gerund}\s+{_ONE}\b{_NOT_MORE}", re.IGNORECASE),
        re.compile(rf"\b{gerund}\s+{_TWO}\b{_NOT_MORE}", re.IGNORECASE),
        # "The driver and a paramedic were injured": a pair that opens the sentence
        re.compile(
            rf"^\W*(?P<q>(?!))?(?P<hi>(?!))?(?P<n>{_THE_ONE} {_PERSON} and {_THE_ONE} {_PERSON})"
            rf"\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?{verb}\b",
            re.IGNORECASE,
        ),
        re.compile(rf"\b{_ORDINAL}\s+{_SINGULAR_AUX}(?:\w+ly\s+)?{verb}\b", re.IGNORECASE),
        re.compile(rf"\b{gerund}\s+{_ORDINAL}", re.IGNORECASE),
        # "shot dead Ahmad al-Masri, a member of ...", "wounding Ferhad Ali (24)": one person
        # named, then described or aged (not "killing Ali and Omar", nor a place's name)
        re.compile(
            rf"\b{gerund}\s+(?P<q>(?!))?(?P<hi>(?!))?(?P<n>{_NAME})"
            r"(?=,\s+(?:an?|the|aged|\d+)\b|\s+\(\d{1,2}\))",
            re.IGNORECASE,
        ),
        # "killing him on the spot", "wounding her": the one person just named
        re.compile(
            rf"\b{gerund}\s+(?P<q>(?!))?(?P<hi>(?!))?(?P<n>him|her)"
            r"(?=\s*(?:[,.;]|$|\s+(?:on|instantly|outright|immediately|at|in|as)\b"
            r"|\s+and\s+(?:wounding|injuring|leaving)\b))",
            re.IGNORECASE,
        ),
    )


_KILLING = (
    r"(?:killing|killed|kills|martyring|shot dead|shooting dead|murder(?:ing|ed)|behead(?:ing|ed)"
    r"|claim(?:ing|ed) the (?:life|lives) of)"
)
_HURTING = r"(?:wounding|injuring|wounded|injured)"
_FATAL = (
    *_patterns(_DEATH, rf"(?:{_KILLING}|executing|executed)"),
    re.compile(
        rf"\bdeath toll\s+(?:\w+\s+){{0,3}}?(?:to|of|at|reached|stands at)\s+{_FIGURE}\b",
        re.IGNORECASE,
    ),
    # "Our team puts the dead at between two and four soldiers"
    re.compile(rf"\bput(?:s|ting)?\s+the\s+(?:dead|death toll|toll)\s+at\s+{_FIGURE}\b", re.I),
    *_one(
        r"(?:killed|died|martyred|executed|(?:shot |found )?dead)",
        rf"(?:{_KILLING}|executing|executed)",
    ),
    # "killing a family of five"
    re.compile(
        rf"\b{_KILLING}\s+(?:an?|the)\s+family\s+of\s+(?P<q>(?!))?(?P<hi>(?!))?"
        rf"(?P<n>{_SMALL}|\d{{1,2}})\b",
        re.IGNORECASE,
    ),
)
_INJURY = (
    *_patterns(_HURT, _HURTING),
    # "puts the dead at ... and the wounded at no fewer than six"
    re.compile(
        rf"\bput(?:s|ting)?\s+the\s+dead\s+at\b[^.;]{{1,60}}?\band\s+the\s+"
        rf"(?:wounded|injured)\s+at\s+{_FIGURE}\b",
        re.I,
    ),
    # a gas attack's harm: "dozens were treated for breathing difficulties" (but not "killing
    # four and leaving many suffering from ...")
    re.compile(
        rf"\b{_FIGURE}\s+(?:(?!and\b)[\w'’-]+,?\s+){{0,5}}?{_AUX}"
        r"(?:suffer(?:ed|ing)?|treated for)\s+(?:from\s+)?(?:\w+\s+){0,2}?"
        r"(?:breathing|respiratory|suffocation|choking)\b",
        re.IGNORECASE,
    ),
    # ("A passer-by was hit in the shoulder": wounded)
    *_one(
        rf"(?:{_HURT}|hit in the (?:shoulder|arm|leg|head|chest|back|hand|foot|neck|stomach))",
        _HURTING,
    ),
    # "a 14-year-old boy lost a hand": maimed, so wounded
    re.compile(
        rf"(?<!\band )\b{_ONE}\s+{_SINGULAR_AUX}lost (?:an?|his|her|one|both) "
        r"(?:hands?|legs?|arms?|eyes?|feet|foot|fingers?)\b",
        re.IGNORECASE,
    ),
)
# "no one was killed"; "there were no casualties" (neither dead nor wounded)
_NONE_KILLED = re.compile(
    r"\b(?:no (?:deaths|fatalities)(?=\s*[.;])"  # "Two fighters wounded, no deaths."
    r"|no(?:body| one| deaths| fatalities) (?:was|were)(?:\s+(?:(?P<hurt>hurt|injured|wounded"
    r"|harmed)|\w+))?"
    # no casualties, or nobody hurt at all: neither dead nor wounded
    r"|(?P<unhurt>no casualties (?:(?:was|were)(?:\s+\w+)?|reported|recorded)"  # (a log's)
    r"|there (?:were|was) no casualties"
    r"|no casualties(?=\s*[.|])"  # "In the groves. No casualties. - Source", "| no casualties |"
    r"|(?:caused|causing) (?:[\w-]+ ){0,2}?(?:but )?no casualties"
    r"|without (?:causing )?(?:any )?casualties|escaped (?:unhurt|unharmed|uninjured)"
    r"|without (?:hurting|harming|injuring|wounding) (?:anyone|anybody)"
    r"|^\W*no casualties(?=\W*$)"
    r"|(?:hurting|harming|injuring|wounding) no(?: |-)?(?:one|body)))"
    # not "no casualties among X" (but among the civilians: an attack on homes hurt no one)
    r"\b(?!\s+among\s+(?!(?:the\s+)?civilians?\b|(?:the\s+)?civilian\s+population\b))",
    re.IGNORECASE,
)


_NO_FIGURES = Figures()  # (immutable: one for every sentence that states none)
_ALL = (*_FATAL, *_INJURY, _NONE_KILLED)
_SCREENS = ScreenSet(_ALL)  # which patterns may match, read from a sentence's words
_FATAL_AT = range(len(_FATAL))
_INJURY_AT = range(len(_FATAL), len(_FATAL) + len(_INJURY))


def find_figures(text: str) -> Figures:
    """The first fatality and the first injury figure stated in ``text``."""
    hits = _SCREENS.hits(text)
    if hits and not _may_state_a_number(text):
        hits &= {len(_ALL) - 1}  # "no one was killed" is all that can be said
    if not hits:
        return _UNHARMED_ONLY if _unharmed(text) else _NO_FIGURES
    fatalities = _first([i for i in _FATAL_AT if i in hits], text)
    injuries = _first([i for i in _INJURY_AT if i in hits], text)
    if injuries is None and _unharmed(text):  # "He was released unharmed"
        injuries = _UNHARMED_ONLY.injuries
    none = _NONE_KILLED.search(text) if len(_ALL) - 1 in hits else None
    if none is not None:
        zero = Casualties(low=0, best=0, high=0)
        fatalities = fatalities or zero
        if none["hurt"] or none["unhurt"]:  # none hurt: none killed either
            injuries = injuries or zero
    revised = _revised_toll(text)
    if revised is not None:
        return Figures(fatalities=revised, injuries=injuries, revised=True)
    return Figures(fatalities=fatalities, injuries=injuries)


# someone told of as not hurt: no one wounded, and nothing said of the dead ("He was released
# unharmed", "Its driver was not hurt"; not "called for its staff to be freed unharmed")
_UNHARMED = re.compile(
    r"\b(?:was|were|had been|has been|have been)\s+(?:(?:released|freed|found|returned)\s+"
    r"(?:unharmed|unhurt|uninjured)|not\s+(?:hurt|harmed|injured|wounded))\b",
    re.IGNORECASE,
)
_UNHARMED_ONLY = Figures(fatalities=None, injuries=Casualties(low=0, best=0, high=0))


def _unharmed(text: str) -> bool:
    """Is someone told of as not hurt? (plain word tests first: most sentences fail them)"""
    return ("unh" in text or "unin" in text or " not " in text) and bool(_UNHARMED.search(text))


def _revised_toll(text: str) -> Casualties | None:
    if "revised" not in text and "lowered" not in text and "corrected" not in text:
        return None  # (a plain test first)
    fixed = _REVISED.search(text)
    if fixed is None or _OF_THE_DEAD.search(text) is None:
        return None
    return bounds_of(fixed.group("q"), fixed.group("n"), fixed.group("hi"))


# "Earlier reports of twelve dead were revised to nine", "has since revised the death toll
# to nine", "On Tuesday it lowered the figure to nine": an error corrected (not a rising toll)
_REVISED = re.compile(
    rf"\b(?:revised|lowered|corrected)\s+(?:(?:the|its|their)\s+(?:death\s+)?(?:toll|figure|count)"
    rf"\s+)?(?:down(?:wards)?\s+)?to\s+{_FIGURE}\b",
    re.IGNORECASE,
)
_OF_THE_DEAD = re.compile(r"\b(?:dead|death|killed|died|fatalities)\b", re.IGNORECASE)


# A figure has a digit ("22", "fiveto7") or is one of these words ("a dozen": "dozen";
# "a child": "child").
_NUMBER_WORDS = frozenset([*(w for w in _WORDS if " " not in w), "dozen", *_FLOORS, *_PERSONS])
_DIGIT = re.compile(r"\d")


def _may_state_a_number(text: str) -> bool:
    seen = view(text)  # the words the screens read anyway
    if not seen.folds or _DIGIT.search(text) is not None:
        return True
    return not seen.words.isdisjoint(_NUMBER_WORDS)


# "In December 2016 three police officers were wounded": 2016 is a year, not a figure
_YEAR = re.compile(r"(?:19|20)\d\d")
_BEFORE_A_YEAR = re.compile(
    rf"\b(?:in|since|of|until|by|during|{MONTH_PATTERN}),?\s+$", re.IGNORECASE
)


_CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]$")  # the hour of "09:35"
# "on 14 November possibly killed four": 14 is a day of the month
_BEFORE_A_MONTH = re.compile(rf"\s+{MONTH_PATTERN}\b")  # "12 may have died": a count
# "on July 25 killed at least seven people", "the October 13 mortar attack", "DEC 8 - A
# farmer is shot dead": a day after its month (a month's name, not "may")
_AFTER_A_MONTH = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$",
    re.IGNORECASE,
)


def _is_year(match: re.Match[str], text: str) -> bool:
    """Is the figure a year, a day of the month ("14 November", "July 25") or a clock's
    minutes ("09:35 - Gunmen shot dead ...") rather than a count?"""
    start, end = match.span("n")
    if _CLOCK_BEFORE.match(text, max(start - 3, 0), start):
        return True
    if match.group("n").isdigit() and _BEFORE_A_MONTH.match(text, end) is not None:
        return True
    if match.group("n").isdigit() and _AFTER_A_MONTH.search(text, max(start - 12, 0), start):
        return True
    return (
        _YEAR.fullmatch(match.group("n")) is not None
        and _BEFORE_A_YEAR.search(text, max(start - 12, 0), start) is not None
    )


def _counted(match: re.Match[str], text: str) -> re.Match[str] | None:
    """The match, or when its figure is a year or another verb's object, the pattern's next
    match after it."""
    found: re.Match[str] | None = match
    while found is not None and (_is_year(found, text) or _is_object(found, text)):
        found = found.re.search(text, found.end("n"))
    return found


# "killing 15 civilians and 27 fighters", "killing five women and a child": one toll of two
# groups, when nothing after the second makes it a clause of its own ("and 3 others were")
_VICTIMS = (
    "people|civilians|fighters|soldiers|militants|militiamen|members|children|women|men|others"
    "|persons|rebels|troops|policemen|gunmen|attackers|" + one_of(_PERSONS) + "s?"
)  # ("two patients", "three nurses": a person's plural)
_A_GROUP = rf"(?P<more>\d+|{_SMALL}|an?)\s+(?:[\w-]+\s+)?(?:{_VICTIMS})"
_ANY_GROUP = _A_GROUP.replace("P<more>", ":")  # (one of several in a list)
_WORD = r"(?!(?:including|among|of|them|and|killing|wounding|injuring|leaving)\b)[\w-]+"
_AND_A_GROUP = (
    # ("killing three Turkistan Islamic Party fighters and a woman"; "Three SDF fighters, two
    # militiamen and a civilian were killed": the groups between commas count too)
    rf"(?:\s+(?:{_WORD}\s+){{0,4}}?{_WORD})??(?P<mid>(?:,\s+{_ANY_GROUP}\b)+)?"
    rf",?\s+and\s+{_A_GROUP}"
)
_MIDDLE_GROUP = re.compile(_A_GROUP, re.IGNORECASE)
_AND_MORE = re.compile(  # after the verb's figure: not a clause of its own
    rf"{_AND_A_GROUP}\b(?!\s+(?:were|was|are|is|had|have|died)\b|,?\s+among\s+them\b)",
    re.IGNORECASE,
)
_AND_MORE_BEFORE_VERB = re.compile(rf"{_AND_A_GROUP}\s+{_AUX}\w+$", re.IGNORECASE)
# "Three SDF fighters, two militiamen and a civilian were killed": the groups listed before
# the one the verb's figure opens, from the clause's start
_LISTED_BEFORE = re.compile(
    rf"(?:^|[;:]\s*|\b(?:when|after|as|which|whom)\s+)(?P<items>(?:{_ANY_GROUP}"
    r",\s+)+)$",
    re.IGNORECASE,
)
_GROUP_BEFORE = needing(
    # ("fighting in which seven soldiers and four of the attackers were killed")
    # ("said at least 31 Islamic State fighters and 12 SDF fighters had been killed", "It
    # counts four soldiers and two rebel fighters killed so far")
    rf"(?:^|[,;:]\s*|\b(?:when|after|as|which|whom|that|said|says|counts|counted)\s+)"
    rf"{_QUALIFIER}(?P<more>an?|the|\d+|{_SMALL}) (?:[\w-]+ ){{0,2}}?"
    rf"(?:{_VICTIMS}) and (?:(?:his|her|their) )?$",
    re.IGNORECASE,
)


# "killing five soldiers, and two civilians were wounded": five are the object of "killing",
# not the ones wounded
_OBJECT_OF_A_VERB = needing(
    r"\b(?:killing|wounding|injuring)\s+(?:(?!and\b)\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _is_object(match: re.Match[str], text: str) -> bool:
    """Does a figure that comes before its verb follow another casualty verb?"""
    start = match.start()
    return match.end() != match.end("n") and (
        _OBJECT_OF_A_VERB.search(text, max(start - 30, 0), start) is not None
    )


def _first(patterns: list[int], text: str) -> Casualties | None:
    """The earliest figure the patterns find (the first pattern's on a tie). A match that
    starts at or after the best figure so far cannot beat it (what it counts starts there
    or later), so a pattern's later matches are not looked for."""
    best: tuple[int, re.Match[str], Casualties] | None = None
    for i in patterns:
        for match in _SCREENS.finditer(i, text, None if best is None else best[0]):
            if best is not None and match.start() >= best[0]:
                break  # (matches come in order)
            counted = _counted(match, text)
            if counted is None or (best is not None and counted.start() >= best[0]):
                continue
            bounds = bounds_of(counted.group("q"), counted.group("n"), counted.group("hi"))
            if bounds is not None:
                best = (counted.start(), counted, bounds)
    return None if best is None else _with_second_group(best[2], best[1], text)


def _with_second_group(bounds: Casualties, match: re.Match[str], text: str) -> Casualties:
    """The toll plus the groups named with it: after it ("killing 15 civilians and 27
    fighters", "two women and a boy died", "killing two soldiers, four rebels and a child")
    or before it, opening the clause ("a shepherd and his two sons were killed")."""
    if match.group("hi") is not None:
        return bounds
    end = match.end("n")
    groups, first = [bounds], match.start("n")
    if match.end() == end or _VERB_BEFORE.search(text, match.start(), first):
        # the verb came first ("killing 15 civilians", "wounding a nurse, a paramedic and ...")
        more = _AND_MORE.match(text, match.end())
    else:
        more = _AND_MORE_BEFORE_VERB.match(text, end, match.end())
        if more is None:
            more = _GROUP_BEFORE.search(text, max(end - 80, 0), match.start())
        elif listed := _LISTED_BEFORE.search(text, max(match.start() - 120, 0), match.start()):
            groups[:0], first = _figures_of(listed["items"]), listed.start("items")
    if more is not None:
        # "at least 16 civilians and three children": a floor, whichever group it qualifies
        extra = bounds_of(more.groupdict().get("q"), more["more"])
        if extra is None:
            return bounds
        groups += [*_figures_of(more.groupdict().get("mid") or ""), extra]
    if len(groups) > 2 and _ALL_OF_THEM.match(text, first):
        return groups[0]  # "seven people, two women and five children": who the seven were
    return reduce(_plus, groups)


# a list opened by people or civilians says who they were ("nine people, three women and six
# children"); a casualty verb before a figure makes the groups after it its objects
_ALL_OF_THEM = re.compile(r"\w+\s+(?:[\w-]+\s+)?(?:people|persons|civilians)\b", re.IGNORECASE)
_VERB_BEFORE = re.compile(rf"{_KILLING}|{_HURTING}", re.IGNORECASE)


def _figures_of(listed: str) -> list[Casualties]:
    """The figures of the groups in a list ("two militiamen, four rebels")."""
    found = (bounds_of(None, group["more"]) for group in _MIDDLE_GROUP.finditer(listed))
    return [figure for figure in found if figure is not None]


def _plus(bounds: Casualties, extra: Casualties) -> Casualties:
    """Two tolls added, bound by bound (unknown if either is)."""
    both = zip(bounds.model_dump().values(), extra.model_dump().values(), strict=True)
    low, best, high = (None if a is None or b is None else a + b for a, b in both)
    return Casualties(low=low, best=best, high=high)


_WORD_RANGE = re.compile(rf"({_SMALL}) and ({_SMALL}|\d+)")


def bounds_of(qualifier: str | None, number: str, high: str | None = None) -> Casualties | None:
    """Low / best / high for one figure, e.g. ("at least", "22") -> 22 / 22 / None."""
    word = number.lower()
    if (pair := _WORD_RANGE.fullmatch(word)) is not None:  # "four and six" (after "between")
        top = _WORDS.get(pair[2]) or int(pair[2])  # "between eight and 12"
        return Casualties(low=_WORDS[pair[1]], best=_WORDS[pair[1]], high=top)
    if word in _FLOORS:
        return Casualties(low=_FLOORS[word], best=_FLOORS[word])
    value = 1 if _NAMED.fullmatch(number) else _value(word)  # a person's name: one
    if value is None:
        return None
    if high is not None:
        return Casualties(low=value, best=value, high=int(high))
    qualifier = (qualifier or "").lower()
    if qualifier in _FLOOR_QUALIFIERS:
        return Casualties(low=value, best=value)
    if qualifier in _CEILING_QUALIFIERS:
        return Casualties(best=value, high=value)
    if qualifier:
        return Casualties(best=value)
    return Casualties(low=value, best=value, high=value)


def _value(word: str) -> int | None:
    if word in _WORDS:
        return _WORDS[word]
    if word in ("a", "an", "the", "his", "her", "their", "its", "our", "him"):  # a person
        return 1
    if " and " in word:  # one person and one more (_TWO), or a number more
        more = word.rsplit(" and ", 1)[1].split()
        count = more[0] if more[0] not in ("a", "an", "his", "her", "their") else more[1]
        listed = word.rsplit(" and ", 1)[0].count(", ")  # (the kin listed before "and")
        return 1 + listed + (_WORDS.get(count) or (int(count) if count.isdigit() else 1))
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else None
