"""The actor catalogue (``truce/data/actors.yaml``) and finding its names in text.

Reports name actors in many ways ("Washington", "the Pentagon", "CENTCOM"); the
catalogue maps each to one canonical id so that incidents from different outlets
can be matched and agreements can name parties. Matching is longest-first, so
"the US-led international coalition against ISIS" is the coalition and not also
ISIS, and a name used as a modifier ("US-backed", "anti-Assad") is not an actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from truce.errors import ExtractError
from truce.extract.actor_spec import Actor, CatalogueSpec
from truce.extract.lexicon import data_path, validated

ACTORS_FILE = "actors.yaml"

_MODIFIER_AFTER = re.compile(
    r"-(?:backed|led|controlled|allied|supported|trained|sponsored|based|held|run|linked)\b",
    re.IGNORECASE,
)
# "near the Turkish border", "the Turkish town of Kilis": a place, not the state
_PLACE_AFTER = re.compile(
    r"\s+(?:border|frontier|towns?|city|cities|villages?|province|capital|hospitals?)\b"
    r"(?!\s+(?:guards?|police|forces|troops|units|posts?|patrols?))",
    re.IGNORECASE,
)
_ALLIED = re.compile(
    r"\s*,?\s+and\s+(?P<name>(?:its\s+|their\s+)?(?:allied|affiliated)\s+"
    r"(?:militias?|militiamen|forces|fighters|factions|groups))\b",
    re.IGNORECASE,
)
_MODIFIER_BEFORE = re.compile(r"\b(?:anti|pro|non)-$", re.IGNORECASE)
#: Kinds of actor that report events and never take part in them (news media, monitors).
REPORTER_KINDS = frozenset({"media", "monitor"})
_POWER_KINDS = frozenset({"state", "coalition", "un"})
_ARMED_KINDS = frozenset({"state", "coalition", "armed_forces", "armed_group", "militia"})
#: What joins two names into one group: "Russia and Turkey", "Nusra Front and allied rebels",
#: "government troops backed by pro-government militias", "Turkish artillery and
#: Turkish-backed rebels", "rebel factions and fighters of the SDF", "Russian officers and
#: rebel factions".
NAMES_JOINED = re.compile(
    # (where the first side is: "the armed factions in Daraa al-Balad and the government's
    # military command")
    r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:al-)?(?-i:[A-Z])[\w'’-]*){0,2})?"
    # (a side's adjective may come with its people: "Russian officers and rebel factions")
    # ("SDF fighters and National Defence Forces militiamen traded fire")
    r"(?:\s+(?:officers|officials|commanders|negotiators|delegates|representatives|envoys"
    r"|fighters|militiamen|troops|soldiers|units|forces|personnel|air\s+force|armed\s+forces"
    r"|tanks|jets|warplanes|aircraft|artillery|drones|helicopters))?"  # ("Turkish tanks and")
    # ("U.S. Central Command forces, partnered with the Syrian Democratic Forces (SDF),")
    r"\s*(?:,\s*)?(?:and|or|,|-|alongside|together\s+with|partnered\s+with|led\s+by"
    r"|(?:backed|supported|aided)\s+by)\s*"
    # ("Rebel fighters and the Kurdish YPG militia have been fighting")
    r"(?:(?:the|allied|other|affiliated|former|friendly|Kurdish|Arab|Turkmen|Assyrian|local"
    r"|most|many|several|some|all"  # ("The army and most rebel brigades signed up")
    r"|tribal|Syrian|Iraqi|Lebanese|Palestinian|Afghan|Iranian|foreign|[\w.]+-(?:backed|led|allied|supported)"
    r"|(?:fighters|forces|members|units|officers|officials|representatives|commanders?"
    r"|leaders?|head|chief)\s+(?:of|from)"  # ("... and the commander of the SDF", "backed by
    # fighters from Lebanon's Hezbollah")
    # "Syrian government forces and jihadist fighters led by Hayat Tahrir al-Sham clashed"
    r"|(?:[\w-]+\s+)?(?:fighters|forces|militants|rebels|factions|groups|units)\s+"
    r"(?:(?:led|headed|commanded)\s+by|loyal\s+to)"
    # "Army officers and a committee representing the factions signed the truce"
    r"|an?\s+(?:committee|delegation|team)\s+(?:representing|of|from)"
    r"|(?:town|city|village|enclave|area|district)['’]s"  # ("the town's rebel factions")
    r"|(?-i:[A-Z][a-z]+)['’]s)\s+){0,4}"  # ("Government troops and fighters of Lebanon's")
    r"(?:so-called\s+)?[\"“]?",  # ('Jabhat al-Nusra and the so-called "Ahrar al-Sham"')
    re.IGNORECASE,
)


def _with_acronyms(text: str, found: list[Mention]) -> list[Mention]:
    """A name and its acronym in brackets after it ("the Syrian Democratic Forces (SDF)")
    as one mention, so that what is joined to the name is joined to the whole."""
    merged: list[Mention] = []
    for mention in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.actor_id == mention.actor_id
            and text.startswith(" (", last.end)
            and last.end + 2 == mention.start
            and text.startswith(")", mention.end)
        ):
            end = mention.end + 1
            merged[-1] = Mention(last.actor_id, last.start, end, text[last.start : end])
        else:
            merged.append(mention)
    return merged


def coordinated(text: str, names: list[Mention], *, first: bool = False) -> list[Mention]:
    """The last of ``names`` (``first``: the first) and those joined to it in a run
    ("Russian and Syrian aircraft", "government forces and rebels"), in text order."""
    if not names:
        return []
    ordered = names if first else names[::-1]
    chosen = [ordered[0]]
    for mention in ordered[1:]:
        left, right = (chosen[-1], mention) if first else (mention, chosen[-1])
        if not NAMES_JOINED.fullmatch(text, left.end, right.start):
            break
        chosen.append(mention)
    return chosen if first else chosen[::-1]


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor named in a text; offsets are relative to the searched text."""

    actor_id: str
    start: int
    end: int
    text: str


class ActorCatalogue:
    """Canonical actors and a matcher for their aliases."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = {actor.id: actor for actor in actors}
        if len(self.actors) != len(actors):
            raise ExtractError("actor catalogue: duplicate actor id")
        for actor in actors:
            unknown = [ref for ref in actor.related if ref not in self.actors]
            if unknown:
                raise ExtractError(f"actor {actor.id!r}: `related` names unknown ids {unknown}")
            if actor.allies is not None and actor.allies not in self.actors:
                raise ExtractError(f"actor {actor.id!r}: `allies` names an unknown id")
        self._allies = {actor.id: actor.allies for actor in actors if actor.allies}
        self._members = {m.casefold(): (a.id, m) for a in actors for m in a.members}
        self._exact, self._folded = _matchers(actors)
        #: the all-capital words of aliases otherwise read ignoring case, by position
        self._capitals = {
            _key(alias, True): caps
            for actor in actors
            for alias in (*actor.aliases, *actor.members)
            if (caps := _capital_words(alias)) and any(ch.islower() for ch in alias)
        }
        self.adjectives = {word.lower(): actor.id for actor in actors for word in actor.adjectives}
        #: The actor that stands for civilians (the victims named in ", killing a child").
        self.civilians = next((a.id for a in actors if a.kind == "civilians"), None)
        #: other civilians the catalogue names for what they say ("residents said"): when
        #: they are what an act hit ("executed five of its residents"), they are civilians
        self.witnesses = frozenset(
            a.id for a in actors if a.kind == "civilians" and a.id != self.civilians
        )
        self.aid_workers = next((a.id for a in actors if a.kind == "aid"), None)
        #: armed groups, not states: whom "the group" that denies may be
        self.armed_groups = frozenset(a.id for a in actors if a.kind == "armed_group")
        #: jihadist groups: whose people "the militants" and "the terrorists" are
        self.jihadists = frozenset(a.id for a in actors if a.side == "jihadist")
        #: states, coalitions and the UN: the powers whose agreements may reach beyond the
        #: governorate a story is about
        self.powers = frozenset(a.id for a in actors if a.kind in _POWER_KINDS)
        #: those who bear arms (not civilians, aid, the UN or the media): whose own statement's
        #: "our forces" are theirs
        self.armed = frozenset(a.id for a in actors if a.kind in _ARMED_KINDS)
        if len(self.adjectives) != sum(len(actor.adjectives) for actor in actors):
            raise ExtractError("actor catalogue: an adjective names two actors")
        self._lowered = _lowered(self._folded)
        self._ids: dict[tuple[str, bool], str] = {}
        self._speaks_as = {name: actor.id for actor in actors for name in actor.speaks_as}
        names = "|".join(map(re.escape, sorted(self._speaks_as, key=len, reverse=True)))
        # the name opens its clause and only auxiliaries stand between it and the verb
        self._speaker = re.compile(
            rf"(?:^|[,;:\"“(]\s*|\b(?:that|but|while|and|as|since|because)\s+)"
            rf"(?P<name>{names})\s+(?:(?:has|have|had|also|later|then|again)\s+)*$"
        ) if names else None  # fmt: skip

    def speaker_before(self, text: str, verb_start: int) -> Mention | None:
        """A ``speaks_as`` name right before a verb of saying ("Damascus says"), else None."""
        if self._speaker is None:
            return None
        found = self._speaker.search(text, 0, verb_start)
        if found is None:
            return None
        start, end = found.span("name")
        return Mention(self._speaks_as[found["name"]], start, end, found["name"])

    def name(self, actor_id: str) -> str:
        return self.actors[actor_id].name

    def claimant_name(self, actor_id: str, mention: str) -> str:
        """Who made a claim, by name: a member faction's own ("Jaish al-Islam denied"),
        else the actor's catalogue name."""
        own = self._members.get(mention.casefold())
        return own[1] if own is not None and own[0] == actor_id else self.name(actor_id)

    def only_reports(self, actor_id: str) -> bool:
        """A news medium or monitor: it reports events, never acts in them."""
        return self.actors[actor_id].kind in REPORTER_KINDS

    def related(self, actor_id: str) -> set[str]:
        """The actor itself plus the ids it is declared to act or speak for."""
        actor = self.actors.get(actor_id)
        return {actor_id, *(actor.related if actor else [])}

    def opening(self, name: str, *, whole: bool = False) -> str | None:
        """The actor ``name`` opens with ("Russian Ministry of Defence": Russia); ``whole``:
        only if that alias is all of it."""
        named = self.find(name)
        if not named or named[0].start != 0 or (whole and named[0].end != len(name)):
            return None
        return named[0].actor_id

    def find(self, text: str) -> list[Mention]:
        """Actor mentions in ``text``, longest alias first, without overlaps or modifiers."""
        low = text.lower()
        exact = self._mentions(self._exact, False, text, low)
        folded = self._mentions(self._folded, True, text, low)
        # Matches of one alternation never overlap: only two need sorting out.
        chosen = _longest_first([*exact, *folded]) if exact and folded else exact or folded
        found = _with_acronyms(text, [m for m in chosen if not _is_modifier(text, m)])
        if NATION_WORD.search(text) is not None:
            found = [m for m in found if not self._of_another_nation(text, m)]
        if " joint " in low:
            found = _without_the_joint_body(text, found)
        return self._with_allies(text, found) if self._allies else found

    def _of_another_nation(self, text: str, mention: Mention) -> bool:
        """Is ``mention`` a state's forces, government or media named as another nation's,
        one the catalogue does not list ("the Lebanese army", "Lebanon's state news agency",
        "the Iraqi government")? It is not the actor its bare words name."""
        if self.actors[mention.actor_id].kind not in _STATE_KINDS:
            return False
        return another_nation_before(text, mention.start)

    def _with_allies(self, text: str, found: list[Mention]) -> list[Mention]:
        """``found`` and the allies named right after an actor ("and allied militias")."""
        named: list[Mention] = []
        for mention in found:
            named.append(mention)
            ally = self._allies.get(mention.actor_id)
            if ally and (words := _ALLIED.match(text, mention.end)):
                start, end = words.span("name")
                if not any(m.start < end and start < m.end for m in found):
                    named.append(Mention(ally, start, end, words["name"]))
        return named

    def _mentions(self, matcher: _Matcher | None, fold: bool, text: str, low: str) -> list[Mention]:
        if matcher is None:
            return []
        pattern, table = matcher
        # Folded aliases: a case-sensitive search of the lowered text is twice as fast.
        fast = fold and self._lowered is not None and len(low) == len(text)
        search, subject = ((self._lowered or pattern), low) if fast else (pattern, text)
        found: list[Mention] = []
        for match in search.finditer(subject):
            start, end = match.span()
            if found and start < found[-1].end:
                continue  # inside a longer name taken below
            if subject[start : start + 4].lower() == "the ":
                # "the regime forces": the longer name after the article, not "the regime"
                longer = search.match(subject, start + 4)
                if longer is not None and longer.end() > end:
                    start, end = longer.span()
            surface = text[start:end]
            if fold and not self._capitals_kept(surface):
                continue  # "tell us government artillery shelled": not the US government
            found.append(Mention(self._actor_id(table, surface, fold), start, end, surface))
        return found

    def _capitals_kept(self, surface: str) -> bool:
        """Whether ``surface`` keeps the capitals of its alias's all-capital words ("US"
        in "US government"), which name the actor only so written."""
        capitals = self._capitals.get(_key(surface, True))
        if not capitals:
            return True
        words = surface.split()
        return all(words[i] == word for i, word in capitals)

    def _actor_id(self, table: dict[str, str], surface: str, fold: bool) -> str:
        """The id an alias names, remembered by its spelling (a few hundred at most)."""
        key = (surface, fold)
        known = self._ids.get(key)
        if known is None:
            if len(self._ids) >= _MAX_SPELLINGS:
                self._ids.clear()
            known = self._ids[key] = table[_key(surface, fold)]
        return known


_MAX_SPELLINGS = 4096


def _longest_first(found: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, the longest (then earliest) winning, in text order."""
    chosen: list[Mention] = []
    for mention in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if any(m.start < mention.end and mention.start < m.end for m in chosen):
            continue
        chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


#: The kinds of actor whose bare words ("army", "government", "state media") another
#: nation's adjective makes that nation's.
_STATE_KINDS = frozenset({"state", "armed_forces", "media"})
#: Nations whose forces and media the catalogue does not list, named right before a name.
_NATIONS = (
    r"\b(?:Lebanese|Iraqi|Jordanian|Egyptian|Saudi|Qatari|Emirati|Kuwaiti|Libyan"
    r"|(?:Lebanon|Iraq|Jordan|Egypt|Saudi Arabia|Qatar|Kuwait|Libya)['’]s)"
)
NATION_WORD = re.compile(rf"{_NATIONS}\s")
_ANOTHER_NATION = re.compile(rf"{_NATIONS}\s+(?:the\s+)?$")


def another_nation_before(text: str, at: int) -> bool:
    """Does a nation the catalogue does not list qualify the words at ``at`` ("the Lebanese
    army", "Lebanon's state news agency")?"""
    return _ANOTHER_NATION.search(text, max(at - 24, 0), at) is not None


def _is_modifier(text: str, mention: Mention) -> bool:
    start = mention.start
    if _MODIFIER_AFTER.match(text, mention.end) or _PLACE_AFTER.match(text, mention.end):
        return True
    # "anti-US": a hyphen just before (or before a final newline) that the search needs
    if text[start - 1 : start] != "-" and text[max(start - 2, 0) : start] != "-\n":
        return False
    return bool(_MODIFIER_BEFORE.search(text, max(start - 6, 0), start))


# "the Russian party of the Russian-Turkish joint commission": the one party speaks
_ONE_SIDE_OF_A_JOINT_BODY = re.compile(
    r"\b(?:party|side|delegation|component|representatives?) of the "
    r"(?P<body>[\w-]+(?:\s?[-/]\s?|\s+and\s+)[\w-]+ joint)\b",
    re.IGNORECASE,
)


def _without_the_joint_body(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` without the names of a joint body one side of which is named before it."""
    spans = [m.span("body") for m in _ONE_SIDE_OF_A_JOINT_BODY.finditer(text)]
    return [m for m in found if not any(a <= m.start < b for a, b in spans)]


_Matcher = tuple[re.Pattern[str], dict[str, str]]


def _matchers(actors: list[Actor]) -> tuple[_Matcher | None, _Matcher | None]:
    """Two alternations (case-sensitive for all-caps aliases, folded for the rest)."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for actor in actors:
        for alias in (*actor.aliases, *actor.members):
            caseless = any(ch.islower() for ch in alias)
            table, key = (folded, _key(alias, True)) if caseless else (exact, _key(alias, False))
            if table.setdefault(key, actor.id) != actor.id:
                raise ExtractError(f"alias {alias!r} names both {table[key]!r} and {actor.id!r}")
    return _alternation(exact, 0), _alternation(folded, re.IGNORECASE)


def _alternation(table: dict[str, str], flags: int) -> _Matcher | None:
    """Longest alias first, so the regex prefers it at each position."""
    if not table:
        return None
    if not flags and (lead := _lead_regex(list(table))) is not None:
        return re.compile(rf"{lead}(?![\w])"), table
    body = _aliases_regex(list(table), flags)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", flags), table


def _lead_regex(aliases: list[str]) -> str | None:
    """The case-sensitive trie with its "no word character before" check moved past each
    alias's first character: a pattern that starts with literals lets the regex engine
    skip straight to the few capitals that start an alias instead of trying every
    position (about three times as fast). None when the trie would not match the same."""
    trie = _trie(aliases)
    if not _exclusive(trie, 0) or "" in trie or " " in trie:
        return None
    branches = [
        re.escape(token) + r"(?<![\w][\s\S])" + _trie_regex(child)
        for token, child in sorted(trie.items())
    ]
    return "(?:" + "|".join(branches) + ")"


def _lowered(matcher: _Matcher | None) -> re.Pattern[str] | None:
    """The folded matcher without IGNORECASE, for lower-cased text."""
    if matcher is None:
        return None
    body = _aliases_regex([a.lower() for a in matcher[1]], 0)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")


def _aliases_regex(aliases: list[str], flags: int) -> str:
    """The aliases as one alternation, longest first. Written as a trie (aliases that
    start alike share their start) when that matches the same: the regex engine then
    reads each position once instead of once per alias, which is most of the cost."""
    trie = _trie(aliases)
    if not _exclusive(trie, flags):
        return "|".join(_alias_regex(a) for a in sorted(aliases, key=len, reverse=True))
    return _trie_regex(trie)


def _trie(aliases: list[str]) -> _Trie:
    trie: _Trie = {}
    for alias in sorted(aliases, key=len, reverse=True):
        node = trie
        for token in _tokens(alias):
            node = node.setdefault(token, {})
        node[""] = {}  # an alias ends here
    return trie


_Trie = dict[str, "_Trie"]


def _tokens(alias: str) -> list[str]:
    """An alias's characters, with " " for the whitespace between its words."""
    return list(" ".join(alias.split()))


def _trie_regex(node: _Trie) -> str:
    """Children before the end of an alias: at a position where several aliases fit, the
    longest is tried first, as in the flat alternation sorted longest first. Children
    never match the same character (see _exclusive), so their order does not matter."""
    branches = [
        (r"\s+" if token == " " else re.escape(token)) + _trie_regex(child)
        for token, child in sorted(node.items())
        if token
    ]
    if "" in node:
        branches.append("")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _exclusive(node: _Trie, flags: int) -> bool:
    """Can no character match two children of a node (so that the trie finds what the
    flat alternation finds)? Whitespace is only ever the word gap, never a letter."""
    tokens = [t for t in node if t and t != " "]
    if not flags & re.IGNORECASE or all(t.isascii() for t in tokens):
        # distinct characters never match each other; ASCII ones ignoring case only when
        # they lower-case alike
        keys = [t.lower() if flags & re.IGNORECASE else t for t in tokens]
        if len(set(keys)) != len(keys):
            return False
    elif any(
        re.fullmatch(re.escape(a), b, flags) for i, a in enumerate(tokens) for b in tokens[i + 1 :]
    ):
        return False
    return all(_exclusive(child, flags) for child in node.values())


def _alias_regex(alias: str) -> str:
    return r"\s+".join(re.escape(word) for word in alias.split())


def _capital_words(alias: str) -> tuple[tuple[int, str], ...]:
    """The words of ``alias`` written in capitals (two letters or more), by position."""
    return tuple(
        (i, word)
        for i, word in enumerate(alias.split())
        if sum(ch.isalpha() for ch in word) >= 2 and word.isupper()
    )


def _key(text: str, fold: bool) -> str:
    joined = " ".join(text.split())
    return joined.casefold() if fold else joined


@cache
def default_catalogue() -> ActorCatalogue:
    """The packaged catalogue, loaded once per process."""
    return load_catalogue(data_path(ACTORS_FILE))


def load_catalogue(path: Path) -> ActorCatalogue:
    """Validate an actor catalogue file."""
    spec = validated(path, CatalogueSpec, "actor catalogue")
    try:
        return ActorCatalogue(spec.actors)
    except ExtractError as exc:
        raise ExtractError(f"{path}: {exc.message}") from exc
