"""Which place an event happened at, from the places a document names.

The place of an event is the first specific place named after its trigger in its
sentence, else the last one before it ("Jets struck the market in Saraqeb" is in
Saraqeb). The country ("in northern Syria", "Syrias") is not specific: it counts only
when nothing better is known. A sentence without a specific place takes the last
one named earlier in its paragraph. When that fails too, the event is placed in the
document's dominant governorate: the one its places fall in most, counting names in
the title three times and names in the lead twice. That place is the governorate
itself (relation ``admin``, so precision 4 after geocoding): the document says the
story is about Idlib, not where in Idlib. Only then the country, if it was named;
"nationwide" and "across Syria" always mean the country.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from typing import Protocol, cast

from truce.extract.actors import Mention
from truce.extract.events import Trigger
from truce.extract.lexicon import Lexicon
from truce.extract.needs import needing
from truce.extract.places import PlaceFinder, PlaceHit, find_places
from truce.extract.screens import ScreenSet
from truce.extract.sentences import Sentence
from truce.geocode.geometry import near
from truce.geocode.mentions import VILLAGE_HEADS
from truce.geocode.normalize import DIRECTION_OF, DISTANCE, relation_cue
from truce.model import Document, Place, PlaceRelation

# A place name used as a modifier ("the Geneva arrangement") or for its government
# ("despite Damascus promises") is not where anything happened.
_PLACE_MODIFIER = re.compile(
    r"\s+(?:arrangement|deal|agreement|accords?|talks|process|conference|format|truce"
    r"|ceasefire|cease-fire|time|promises?|pledges?|government|regime|authorities)\b",
    re.IGNORECASE,
)
_CAPS = re.compile(r"[A-Z][A-Z -]{3,}")
# "the town" told of again, not "the town of Binnish"
_THE_TOWN = needing(r"\b(?:the|this) (town|city|village|camp|valley)\b(?!\s+of\b)", re.IGNORECASE)
# a camp or valley named by its name first: "the Yarmouk Palestinian refugee camp", "the
# Barada valley" (or "Wadi Barada"); not a district: "in the district" is as often one named
# in the same breath that the gazetteer lacks
_KIND_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(camp|valley)\b", re.IGNORECASE)
_TOWN_OF = re.compile(
    r"\b(town|city|village) of (?:the )?(?=(?-i:[A-Z]|[a-z]{1,3}-[A-Z]))", re.IGNORECASE
)
_TOWN_OF_SCREEN = ScreenSet([_TOWN_OF])  # (most sentences have none of its words)
# a section heading: a short line in capitals ("HOMS DESERT", "IDLIB AND THE \"DE-ESCALATION
# ZONE\"")
_SECTION_HEADING = re.compile(r"\s*(?-i:[A-Z][A-Z'’\"“”-]*(?:\s+[A-Z'’\"“”-]+){0,7})\s*")
_HEADING_WORDS = 6  # a paragraph's first sentence this short, naming a place, heads it
# "returned to Damascus", "drove the residents north towards Idlib": where people went
_GONE_TO = needing(
    r"\b(?:returned|went back|headed back|fled|withdrew|retreated|were taken|was taken)"
    r"(?: back)? to (?:the )?(?:[\w-]+ ){0,2}?$"
    r"|\b(?:drove|driven|driving|pushed|forced|fled|displaced|sent)\s+(?:[\w,'’-]+\s+){0,8}?"
    r"towards? (?:the )?(?:[\w-]+ ){0,2}?$"
    r"|\b(?:sent|sending|turned|turning) (?:it|them|(?:the )?(?:[\w-]+ )?(?:convoys?|trucks|buses))"
    r" back to (?:the )?(?:[\w-]+ ){0,2}?$"
    r"|\b(?:were|was|then|and) sent back to (?:the )?(?:[\w-]+ ){0,2}?$"
    # "a workshop where militants assembled drones to attack the Hmeimim air base": a target
    # intended, not where anything happened
    r"|\b(?:drones|rockets|missiles|weapons|bombs)\s+(?:[\w-]+\s+)?to\s+(?:attack|strike|target|hit"
    r"|bomb|shell)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
    # "minibuses filling up with passengers bound for Raqqa": where people were going (not
    # a convoy "bound for Kafr Batna" held outside the town)
    r"|\b(?:passengers|travell?ers|pilgrims|commuters) (?:[\w-]+ )?(?:bound|destined|heading"
    r"|headed|en route) (?:for|to) (?:the )?(?:[\w-]+ ){0,2}?$"
    # "as the young men set off for exams in Damascus": where people were on their way to
    r"|\b(?:set (?:off|out)|on (?:their|his|her) way|travell?ing|heading|headed) (?:for|to)"
    r" (?:[\w-]+ ){0,2}?(?:in )?(?:the )?(?:[\w-]+ ){0,2}?$"
    # "a UN spokeswoman told reporters in Geneva": where the words were said
    r"|\b(?:told|briefed|addressed) (?:reporters|journalists|the press|a news conference) in $"
    # "patients whom Russian officers promised to evacuate to hospitals in Damascus"
    r"|\bto (?:[\w-]+ )?(?:hospitals?|clinics?|medical facilities) in (?:the )?(?:[\w-]+ ){0,2}?$"
    # "held our truck of surgical supplies from Damascus": where the load came from
    r"|\b(?:supplies|aid|medicines?|flour|food|fuel|goods|trucks?|lorr(?:y|ies)|convoys?)"
    r" from (?:the )?$",
    re.IGNORECASE,
)
# "a UN aid convoy that was due to reach Kafr Batna never left Damascus": where it was kept
# from setting off is not where it was going (apart: its words are too short to look for,
# and _GONE_TO, without it, is searched only where one of its own words is)
_NEVER_LEFT = re.compile(  # (no word boundary inside "didn't")
    r"(?:\b(?:never|not)|n['’]t) (?:yet )?(?:left|leave) (?:the )?(?:[\w-]+ ){0,2}?$",
    re.IGNORECASE,
)
_BOUND_FOR = needing(
    r"\b(?:convoys?|trucks|lorries|buses)\s+(?:[\w-]+\s+){0,2}?(?:bound\s+|headed\s+)?(?:for|to)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# where the one hit was going or coming from, in the words describing it: "a convoy of
# civilians leaving Tal Rifaat near Deir Hafer", "observers back from a visit to Tremseh",
# "an ambulance taking two women ... to Tabqa", "took three civilians from al-Haffa off a
# minibus" (dropped only when the sentence names another place)
_ON_ITS_WAY = needing(
    r"\b(?:leaving|visit(?:ing)?\s+to|on\s+(?:its|their|his|her)\s+way\s+(?:to|from)"
    r"|(?:taking|carrying|bringing|driving|ferrying)\s+(?:[\w,'’-]+\s+){0,8}?(?:to|from)"
    r"|(?:coming|returning|travell?ing)\s+(?:back\s+)?from"
    r"|(?:civilians|men|women|people|residents|families|children|passengers)\s+from)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LIVING_IN = re.compile(
    r"\b(?:(?:people|residents|inhabitants|families|witnesses)\s+(?:living|who\s+live|based)"
    r"|(?:reporter|correspondent)s?)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LIVING_WORDS = ("live", "living", "based", "reporter", "correspondent")  # (a quick test first)
_THEN_SAID = re.compile(r"[^.;]{0,80}?\b(?:said|say|says|told|reported|described)\b")
# "families who had fled Hajin", "displaced from Raqqa": where people came from, not where
# anything happened to them
_CAME_FROM = needing(
    r"\b(?:fled|escaped|displaced\s+from|evacuated\s+from|came\s+from|come\s+from"
    r"|originally\s+from|natives?\s+of"
    # aircraft and drones: where they came from ("jets flying from the Hmeimim air base")
    r"|flying\s+from|flew\s+from|took\s+off\s+from|taking\s+off\s+from|launched\s+from"
    # fighters "crossed from neighbouring Idlib province and attacked ... Jindires"
    r"|crossed\s+(?:over\s+)?from|infiltrated\s+from"
    # where they came into a place from: "drove into Damascus from Beirut"
    r"|into\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?from"
    r"|from\s+the\s+direction\s+of"
    # "fired from the direction of government positions south of Kafranbel"
    r"|from\s+the\s+direction\s+of\s+(?:[\w-]+\s+){0,3}?(?:positions?|bases?|posts?)\s+"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of"
    # where those who fired are: "fired by the forces of the regime stationed in Kafr Nabl"
    r"|stationed\s+(?:in|at|near|around)"
    # rockets and guns: where they were fired from ("fired six rocket shells from their
    # positions in the areas of Khan al-Asal ... on the two neighbourhoods")
    r"|from\s+(?:their\s+|its\s+|his\s+|the\s+)?(?:[\w-]+\s+)?(?:positions?|bases?|posts?"
    r"|launch\s+pads?)\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:in|at|near|around"
    r"|on\s+the\s+(?:edge|outskirts)\s+of)"
    # "drones launched by terrorists from the Idlib zone", "rockets fired by rebels from"
    r"|(?:launched|fired)\s+by\s+(?:[\w-]+\s+){1,3}?from"
    # "sent four kamikaze drones towards the base from the Tal Rifaat area": where they
    # came from, told after where they went (a drone's, far off; "fired rockets at army
    # positions from the area around Morek" is the fighting's place)
    r"|(?:drones?|UAVs?)\s+(?:towards|toward|at)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+from\s)"
    # "mortar rounds and rockets fired from the Ghouta hit Bab Touma"
    r"|(?:launched|fired)\s+from(?=\s+(?:the\s+)?$)"
    # people from a place: "released 42 detainees from Idlib province at the Morek crossing"
    r"|(?:detainees|prisoners|captives|abductees|residents|families|patients)\s+from)"
    r"\s+(?:from\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")  # "X, Y and Z"
# Damascus city and its countryside are two governorates ("the southern Damascus suburbs of
# Yalda and Babbila" lie in Rural Damascus)
_ONE_CITY = frozenset({"SY01", "SY03"})
_NAMES_ITS_TOWN = re.compile(
    r"\s+(?:towns?|city|villages?|districts?|suburb|neighbou?rhoods?|quarter)\s+of\s+"
    r"(?:[A-Z]|[a-z]{1,3}-[A-Z])"  # ("the southern Damascus district of al-Qadam")
    # "the southern Damascus suburbs of Yalda and Babbila" (not "the Ghouta suburbs of Damascus")
    r"|\s+suburbs\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+[A-Z]"
)
# where a truce was negotiated: "agreed in Cairo", "at talks in Astana", "the Sochi summit"
_VENUE_BEFORE = needing(
    r"\b(?:talks|negotiations|summit|meeting|conference|agreed|signed|brokered|reached|concluded|struck)\s+in\s+$",
    re.IGNORECASE,
)
# ("as the Cairo understanding requires", "the Sochi memorandum": the deal's name)
# (and where a body sits: "The Istanbul-based National Coalition said")
_PROCESS_AFTER = re.compile(
    r"\s+(?:de-escalation\s+)?(?:plan|process|talks|format|summit|conference|understanding"
    r"|memorandum|agreement|accord|protocol)\b|-based\b"
    # an office named after its city: "technicians from the Damascus Water Supply and
    # Sewerage Authority", "engineers of the Damascus water establishment"
    r"|\s+(?:water|electricity|power)\s+(?:supply\s+)?(?:authority|establishment|company"
    r"|directorate|board|department)\b|\s+(?:Water|Electricity)\s+Supply\b",
    re.IGNORECASE,
)
_CAME_FROM_REACH = 60  # characters before a place that may say the fire came from it
# ("the Aleppo-Latakia highway", "the M4 Aleppo - Latakia highway")
_ROAD_AFTER = re.compile(r"(?:\s?[-–]\s?[\w-]+)?\s+(?:road|highway|motorway)\b", re.IGNORECASE)
_RIVER_AFTER = re.compile(r"\s+river\b", re.IGNORECASE)  # "villages on the Khabur river"
# ", north-east of", ", about 20 km south of the city of": an apposition placing a town
# (", the besieged enclave east of Damascus": a description may come first)
_WHERE_IT_LIES = re.compile(
    rf",\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?)?(?:about\s+|some\s+)?(?:{DISTANCE})?"
    rf"{DIRECTION_OF}\s+(?:(?:city|town|province)\s+of\s+)?"
    r"|\s*\(",  # "2.1 Kansaba (Latakia), 07:10.": its governorate in brackets
    re.IGNORECASE,
)
# the outskirts of the place named before: "pounded the outskirts for most of Monday"
# ("pounded the outskirts", "at a checkpoint just outside the town": the place told before)
_ITS_OUTSKIRTS = needing(
    r"\bthe\s+(?:[\w-]+\s+)?outskirts\b(?!\s+of\b)"
    r"|\b(?:just\s+)?outside\s+the\s+(?:town|city|village)\b(?!\s+of\b)",
    re.IGNORECASE,
)
# where a village lies: ", east of ", ", about 10 km south-west of "
_LIES = (  # (", an Alawite village south of ...")
    r",\s+(?:an?\s+(?:[\w-]+\s+)?(?:village|hamlet|town)\s+)?"
    r"(?:(?:about|some|around|nearly)\s+)?(?:\d+\s*(?:km|kilomet(?:re|er)s)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:(?:town|city"
    r"|village)\s+of\s+)?"
)
_IN_AREA = r"\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?"  # (" in Idlib's Jabal al-Zawiya")
# where a photo was taken "from the village of X" is not where the act was, but the town
# people were "kidnapped ... from the town of al-Shuhayl" is
_FROM_THE = re.compile(r"\bfrom\s+the\s+$")
_TAKEN = re.compile(
    r"\b(?:kidnapp|abduct|arrest|detain|seiz|took|taken|rounded\s+up)\w*\b[^.;]{0,80}$",
    re.IGNORECASE,
)
# a village named as one: "the village of Qastoun", "the town of Urum al-Jawz"
# (not abroad: "the nearby Turkish town of Nusaybin"; a name of two words, and a third with
# its article: "Urum al-Jawz", "Tal Abu al-Hassan")
# (not "Umm", which opens people's names too: "Umm Ahmad said")
_HEADS = "|".join(head for head in VILLAGE_HEADS if head != "Umm")
_VILLAGE_NAME = (
    r"(?:(?:al|el|as|ash|ad|at|ar|az)-)?"
    # (an article written apart is the next word's: "Tal Al Senowbarat")
    r"[A-Z][\w'’-]+(?:\s+(?:(?:al|el)-|(?:Al|El)\s+)?(?!(?:Al|El)\b)[A-Z][\w'’-]+)?"
    r"(?:\s+(?:al|el)-[A-Z][\w'’-]+)?"
)
_NAMED_VILLAGE = re.compile(
    r"(?<!Turkish )(?<!Iraqi )(?<!Lebanese )(?<!Jordanian )(?<!Israeli )(?<!border )"
    # (or a name that starts as villages' names do: "near Tell Malah", "on Kafr Sijnah")
    rf"\b(?:(?:village|town|hamlet|settlement)s?\s+of\s+|(?=(?-i:{_HEADS})\s+(?:(?:al|el)-)?[A-Z])"
    # (or one told as a village after it: "overran Ishtabraq, an Alawite village")
    rf"|(?<=\s)(?={_VILLAGE_NAME},\s+an?\s+(?:[\w-]+\s+)?(?:village|hamlet)\b))"
    rf"(?P<name>{_VILLAGE_NAME})"
)
_NAME_HEADS = re.compile(rf"\b(?:{_HEADS})\s")
# a name the gazetteer lacks, told as where something was: "a landmine left in a field near
# Misraba", "on the outskirts of al-Bara" (a name alone, then a pause or a time: not "near
# Hezbollah positions", whose name is an actor's anyway)
_NEAR_NAME = re.compile(
    r"(?:(?<=\bnear )|(?<=\boutside )|(?<=\boutskirts of )|(?<=\bedge of ))"
    rf"(?P<name>{_VILLAGE_NAME})"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|and|early|late|this|last|yesterday|overnight|before"
    r"|after|when|as|shortly|since|during|until|killing|wounding|injuring|with|was|were"
    r"|[a-z]+ed)\b)"
)
TITLE_WEIGHT = 3
LEAD_WEIGHT = 2


class AdminUnit(Protocol):
    """What a gazetteer entry tells about its governorate (read only)."""

    @property
    def admin1_pcode(self) -> str | None: ...
    @property
    def admin1_name(self) -> str | None: ...
    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...


class AdminLookup(Protocol):
    """A place finder that can also say which governorate an entry is in."""

    def get(self, entry_id: str) -> AdminUnit | None: ...


_LOOKS_UP: dict[type, bool] = {}


def _looks_up(finder: object) -> bool:
    """Is ``finder`` an :class:`AdminLookup`: does its class have a ``get`` (what
    ``issubclass`` against the protocol made runtime-checkable checked; mypyc compiles no
    runtime-checkable protocol)? Asked once per type."""
    kind = type(finder)
    found = _LOOKS_UP.get(kind)
    if found is None:
        found = _LOOKS_UP[kind] = getattr(kind, "get", None) is not None
    return found


class Locator:
    """Place state of one pass over one document."""

    def __init__(
        self, document: Document, finder: PlaceFinder | None, lexicon: Lexicon, title: list[Mention]
    ) -> None:
        self.body = document.body
        self.hits = find_places(document.body, finder)
        # The hits that may be where something happened ("the Geneva arrangement" is not),
        # and where each starts, so a sentence finds its own by bisection.
        self._located = [h for h in self.hits if not _PLACE_MODIFIER.match(self.body, h.end)]
        self._starts = [hit.start for hit in self._located]  # sorted, as find_places sorts
        self.lexicon = lexicon
        self.lookup = cast(AdminLookup, finder) if _looks_up(finder) else None
        self.para_place: dict[int, PlaceHit] = {}  # made a Place only when asked for
        self.named_as: dict[str, PlaceHit | None] = {}  # "the town of X", for "the town"
        self._para_starts: dict[int, int] = {}
        self._happens: dict[tuple[int, int], bool] = {}  # (see _where_it_happens)
        #: A place that heads a paragraph on its own ("6. Tafas, approx. 15:20."): where
        #: the item's events are, as a bulletin lists them.
        self.heading_place: dict[int, PlaceHit] = {}
        #: Section headings, a line of capitals of their own ("HOMS DESERT"): the paragraph
        #: each opens and its words; the paragraphs down to the next are its items.
        self._sections: list[tuple[int, str]] = []
        self.votes: Counter[str] = Counter()
        self.first_seen: dict[str, int] = {}
        self.names: dict[str, str] = {}
        self._count = 0
        self.title_place: Place | None = None
        self.title_admin1: set[str] = set()
        if document.title:
            self._read_title(document.title, finder, title)

    def _read_title(self, text: str, finder: PlaceFinder | None, title: list[Mention]) -> None:
        """The title's first specific place, its governorates, and its (weighty) votes."""
        spans = [(m.start, m.end) for m in title]
        found = find_places(text, finder)
        hits = [h for h in found if not _inside(h, spans) and _specific(h)]
        # "Violations of Geneva Deal" is no place of the news; "al-Dumayr truce" is
        hits = [
            h for h in hits if self._admin1(h.entry_id) or not _PLACE_MODIFIER.match(text, h.end)
        ]
        self.title_place = to_place(hits[0]) if hits else None
        self.title_admin1 = {c for h in hits if (c := self._admin1(h.entry_id))}
        self._vote(hits, TITLE_WEIGHT)

    def places_in(self, s: Sentence, mentions: list[Mention]) -> list[PlaceHit]:
        """Places named in the sentence, except inside actor names and as modifiers
        ("the Geneva arrangement" is not where anything happened)."""
        lo = bisect_left(self._starts, s.start)
        hi = bisect_left(self._starts, s.end, lo)
        if not mentions or lo == hi:  # (most sentences name no place)
            return self._located[lo:hi]
        names = [(s.start + m.start, s.start + m.end) for m in mentions]
        return [hit for hit in self._located[lo:hi] if not _inside(hit, names)]

    def specific_places_in(self, s: Sentence, mentions: list[Mention]) -> list[PlaceHit]:
        """The sentence's places other than the whole country."""
        return [h for h in self.places_in(s, mentions) if _specific(h)]

    def own_place(
        self, s: Sentence, trigger: Trigger, mentions: list[Mention], *, violent: bool
    ) -> Place | None:
        """The place the sentence gives the event: the first named after the trigger, else
        the last before it. The country counts for an act of violence only when the
        sentence says "nationwide": otherwise a more specific place is looked for later.
        A village the gazetteer lacks, named as one ("the village of Qastoun in the Ghab
        plain"), is where it happened when nothing more precise is named: its name is kept,
        placed no closer than its governorate."""
        hits = [
            h
            for h in self._where_it_may_happen(self.places_in(s, mentions))
            # "held outside the town and sent back to Damascus": not where it happened
            if not _gone_elsewhere(self.body, h.start)
        ]
        known = self._known_place(s, trigger, hits, violent=violent)
        if known is None or known.relation is PlaceRelation.ADMIN:
            village = self._unlisted_village(s, trigger, hits, mentions)
            if village is not None and village.gazetteer_id is None and known is not None:
                # (placed no closer than the governorate the sentence gave the act)
                unit = self._admin1(known.gazetteer_id) or known.gazetteer_id
                village = village.model_copy(update={"gazetteer_id": unit})
            known = village or known
        elif (
            (village := self._unlisted_village(s, trigger, hits, mentions)) is not None
            and village.name
            and known.name
            and re.search(
                rf"\b{re.escape(village.name)}(?:{_LIES}|{_IN_AREA}){re.escape(known.name)}\b",
                s.text,
            )
        ):  # "the village of Abu al-Hassan, east of Hajin", "the village of Balyun in Idlib's
            # Jabal al-Zawiya area": the village, not where it lies
            known = village
        if (
            known is not None
            and known.relation is PlaceRelation.IN
            and _ITS_OUTSKIRTS.search(s.text, trigger.core_start)
        ):  # "In the town of Rajo, ... artillery pounded the outskirts": near the town
            known = known.model_copy(update={"relation": PlaceRelation.NEAR})
        return known

    def _unlisted_village(
        self, s: Sentence, trigger: Trigger, hits: list[PlaceHit], mentions: list[Mention]
    ) -> Place | None:
        """ "the village of X" (or "near X", "on the outskirts of X") where X is no place
        the gazetteer knows: X, as told, in the governorate a unit the sentence names lies
        in (or the document's)."""
        if (
            "of " not in s.text
            and "village" not in s.text
            and "near " not in s.text
            and "outside " not in s.text
            and not _NAME_HEADS.search(s.text)
        ):
            return None  # (a plain word test first: most sentences name none)
        actors = [(s.start + m.start, s.start + m.end) for m in mentions]
        found = [
            m
            for m in sorted(
                [
                    *_NAMED_VILLAGE.finditer(self.body, s.start, s.end),
                    *_NEAR_NAME.finditer(self.body, s.start, s.end),
                ],
                key=lambda m: m.start("name"),
            )
            if not any(h.start < m.end("name") and m.start("name") < h.end for h in self.hits)
            and not any(a < m.end("name") and m.start("name") < b for a, b in actors)
            and not (
                _FROM_THE.search(self.body, s.start, m.start())
                and not _TAKEN.search(self.body, s.start, m.start())
            )
        ]
        if not found or any(self._abroad(h) for h in hits):
            return None  # ("In Iraq, ... an attack on the town of Haditha")
        after = [m for m in found if m.start() >= s.start + trigger.core_start]
        named = after[0] if after else found[-1]
        start, end = named.span("name")
        relation = relation_cue(self.body, start, end)
        # (the unit it lies in, named next to it: "... of Qastoun in the Al-Ghab plain")
        nearest = sorted(hits, key=lambda h: abs(h.start - end))
        unit = next((code for h in nearest if (code := self._admin1(h.entry_id))), None)
        if unit is None and (document := self.governorate()) is not None:
            unit = document.gazetteer_id
        if unit is None:  # ("... in the village of Hass", told before "Idlib province")
            unit = self._first_unit_after(end)
        return Place(
            name=named["name"],
            relation=PlaceRelation.IN if relation is PlaceRelation.UNKNOWN else relation,
            gazetteer_id=unit,
        )

    @staticmethod
    def _abroad(hit: PlaceHit) -> bool:
        return hit.relation is PlaceRelation.COUNTRY and hit.name != "Syria"

    def _known_place(
        self, s: Sentence, trigger: Trigger, hits: list[PlaceHit], *, violent: bool
    ) -> Place | None:
        if not hits:
            return self.country() if self.nationwide(s) else None
        if violent and not self.nationwide(s):
            hits = [h for h in hits if _specific(h)]
            if not hits:
                return None
        # a road or river named after a place is not where it happened, if a place is named
        towns = [
            h
            for h in hits
            if _ROAD_AFTER.match(self.body, h.end) is None
            and _RIVER_AFTER.match(self.body, h.end) is None
        ] or hits
        # "turned back a UN convoy for al-Hol near Tall Tamr": where it was going, when the
        # sentence says where it was stopped too
        towns = [
            h for h in towns if not _BOUND_FOR.search(self.body, max(h.start - 40, 0), h.start)
        ] or towns
        towns = [
            h for h in towns if not _ON_ITS_WAY.search(self.body, max(h.start - 120, 0), h.start)
        ] or towns
        # "the Idlib town of Sarmin": the town, not the province that names it
        # ("the Damascus neighbourhood of Abbasiyin": unless the gazetteer puts the name in
        # another governorate, a namesake elsewhere)
        towns = [
            h
            for h, then in zip(towns, [*towns[1:], None], strict=True)
            if not (_NAMES_ITS_TOWN.match(self.body, h.end) and self._holds(h, then))
        ] or towns
        after = [h for h in towns if h.start >= s.start + trigger.core_start]
        hit = after[0] if after else self._described(towns)
        if hit.relation is PlaceRelation.IN and _ROAD_AFTER.match(self.body, hit.end):
            hit = replace(hit, relation=PlaceRelation.NEAR)  # "the Khanasser road"
        return to_place(hit)

    def earlier_place(self, s: Sentence) -> Place | None:
        """The last specific place named before ``s`` in its paragraph; but "the city" the
        sentence itself names is the city named so before ("the city of Qamishli ... the
        Asayish detained nine employees of state institutions in the city")."""
        here = _THE_TOWN.search(self.body, s.start, s.end)
        if here is not None and (named := self.named_as.get(here.group(1).lower())) is not None:
            return to_place(named)
        hit = self.para_place.get(s.paragraph)
        if hit is None and (told := _THE_TOWN.search(self.body, self._para_start(s), s.end)):
            # "Rebel factions had held the town since 2012. Government forces captured it
            # on 9 May": the place last named "the town of ..." in an earlier paragraph
            hit = self.named_as.get(told.group(1).lower())
        return to_place(hit) if hit is not None else None

    def place_before(self, s: Sentence) -> Place | None:
        """The last specific place named in the paragraphs before that of ``s``."""
        before = [p for p in self.para_place if p < s.paragraph]
        return to_place(self.para_place[max(before)]) if before else None

    def other_heading(self, s: Sentence, paragraph: int) -> bool:
        """Is the paragraph of ``s`` headed by a place ("Tafas, approx. 15:20.") other than
        the one heading ``paragraph`` (an item of a bulletin about another place)?"""
        here, there = self.heading_place.get(s.paragraph), self.heading_place.get(paragraph)
        if paragraph != s.paragraph and self._section(s.paragraph) != self._section(paragraph):
            return True  # "IDLIB ..." then "HOMS DESERT": items of two sections
        return (
            paragraph != s.paragraph
            and here is not None
            and (there is None or here.name != there.name)
        )

    def _section(self, paragraph: int) -> str | None:
        """The words of the section heading above ``paragraph``, if any."""
        above = [words for start, words in self._sections if start <= paragraph]
        return above[-1] if above else None

    def note_section(self, s: Sentence) -> None:
        """A line of capitals of its own naming a place ("HOMS DESERT") opens a section of
        the items below."""
        end = self.body.find("\n", s.end)
        alone = not self.body[s.end : len(self.body) if end < 0 else end].strip()
        # (a place's section: not "RESPONSES OF THE PARTIES", which is about them all)
        if (
            alone
            and self._para_start(s) == s.start
            and _SECTION_HEADING.fullmatch(s.text)
            and any(s.start <= hit.start < s.end for hit in self._located)
        ):
            self._sections.append((s.paragraph, s.text.strip()))

    def _para_start(self, s: Sentence) -> int:
        return self._para_starts.setdefault(s.paragraph, s.start)

    def names_country(self, s: Sentence, mentions: list[Mention]) -> bool:
        return any(h.relation is PlaceRelation.COUNTRY for h in self.places_in(s, mentions))

    def nationwide(self, s: Sentence) -> bool:
        """Does ``s`` say "nationwide" (its words screened first: one search of the
        sentence for four case-insensitive phrases is not cheap)?"""
        if not self.lexicon.nationwide_screens.hits(s.text):
            return False
        return self.lexicon.nationwide.search(s.text) is not None

    def country(self) -> Place:
        name = self.lexicon.country
        return Place(name=name, relation=PlaceRelation.COUNTRY, country=name, precision=6)

    def remember(self, s: Sentence, mentions: list[Mention], *, lead: bool) -> None:
        """Note the sentence's places: the paragraph's latest, and governorate votes."""
        hits = self.specific_places_in(s, mentions)
        located = [h for h in hits if self._where_it_happens(h)]
        opens = self._para_start(s) == s.start
        if located:
            self.para_place[s.paragraph] = self._described(located)
            if opens and len(s.text.split()) <= _HEADING_WORDS:
                self.heading_place[s.paragraph] = located[-1]
        at = {h.start: h for h in located}
        for named in _TOWN_OF_SCREEN.finditer(0, s.text):  # "the village of X" (None: unknown)
            self.named_as[named.group(1).lower()] = at.get(s.start + named.end())
        for hit in hits:  # "the Yarmouk camp ... executed two young men in the camp" (named
            # where witnesses are too: "activists in the Wadi Barada valley said")
            if kind := _KIND_AFTER.match(self.body, hit.end):
                self.named_as[kind.group(1).lower()] = hit
            elif hit.name.lower().endswith(" camp"):
                self.named_as["camp"] = hit
            elif hit.name.lower().startswith("wadi "):
                self.named_as["valley"] = hit
        self._vote(hits, LEAD_WEIGHT if lead else 1)

    def _described(self, hits: list[PlaceHit]) -> PlaceHit:
        """The last place, unless it only says where the one before lies ("the town of
        al-Dumayr, north-east of Damascus")."""
        last = hits[-1]
        if len(hits) > 1 and _WHERE_IT_LIES.fullmatch(self.body, hits[-2].end, last.start):
            return hits[-2]
        return last

    def _where_it_may_happen(self, hits: list[PlaceHit]) -> list[PlaceHit]:
        """The hits where something may happen; a place listed with one that is not goes
        with it ("from their positions in Khan al-Asal and al-Rashideen")."""
        kept, left_out = [], None
        for hit in hits:
            listed = left_out is not None and _LISTED.fullmatch(self.body, left_out.end, hit.start)
            if listed or not self._where_it_happens(hit):
                left_out = hit
            else:
                kept.append(hit)
        return kept

    def _where_it_happens(self, hit: PlaceHit) -> bool:
        """Neither a dateline, nor where people came from, nor where a truce was talked
        over ("agreed in Cairo", "the Astana de-escalation plan"). Read off the body
        around the name alone, so asked once per name (a sentence's places are read
        when it is noted and again when its event is placed)."""
        key = (hit.start, hit.end)
        found = self._happens.get(key)
        if found is None:
            found = self._happens[key] = self._happens_at(hit)
        return found

    def _happens_at(self, hit: PlaceHit) -> bool:
        if self._agency_dateline(hit):
            return False
        if _VENUE_BEFORE.search(self.body, max(hit.start - 40, 0), hit.start) or (
            _PROCESS_AFTER.match(self.body, hit.end)
        ):
            return False
        if _CAME_FROM.search(self.body, max(hit.start - _CAME_FROM_REACH, 0), hit.start):
            return False
        # "People living in Jaramana ... said a series of loud blasts woke them": where the
        # witnesses are, not where it happened
        before = self.body[max(hit.start - 40, 0) : hit.start]
        return not (
            " in" in before
            and any(word in before for word in _LIVING_WORDS)
            and _LIVING_IN.search(before)
            and _THEN_SAID.match(self.body, hit.end)
        )

    def _agency_dateline(self, hit: PlaceHit) -> bool:
        """ "BEIRUT -", "MOSCOW (Sputnik)": the city the report was filed from, written in
        capitals, is not where the event happened."""
        return _CAPS.fullmatch(self.body, hit.start, hit.end) is not None

    def _holds(self, container: PlaceHit, inner: PlaceHit | None) -> bool:
        """May ``inner`` lie in ``container``: not in another known governorate?"""
        if inner is None:
            return True
        outer, code = self._admin1(container.entry_id), self._admin1(inner.entry_id)
        return outer is None or code is None or outer == code or {outer, code} <= _ONE_CITY

    def admin1_of(self, place: Place) -> str | None:
        """The governorate code of a place found in the text, if the finder knows it."""
        return self._admin1(place.gazetteer_id)

    def same_governorate(self, a: Place, b: Place) -> bool:
        """Do both places lie in one known governorate?"""
        code = self._admin1(a.gazetteer_id)
        return code is not None and code == self._admin1(b.gazetteer_id)

    def _first_unit_after(self, at: int) -> str | None:
        """The governorate of the first place named after ``at`` in its paragraph that lies
        in one: where a village the gazetteer lacks is, when the text has named no
        governorate yet (a place in the next paragraph may be across a border)."""
        ends = self.body.find("\n\n", at)
        until = bisect_left(self._starts, ends if ends >= 0 else len(self.body))
        after = self._located[bisect_left(self._starts, at) : until]
        return next((code for h in after if (code := self._admin1(h.entry_id))), None)

    def _admin1(self, entry_id: str | None) -> str | None:
        if self.lookup is None or entry_id is None:
            return None
        entry = self.lookup.get(entry_id)
        return entry.admin1_pcode if entry is not None else None

    def headline_place(self, place: Place) -> Place:
        """The lead event's place must agree with the title: a place outside every
        governorate the title names gives way to the title's (first) place."""
        if self.title_place is None:
            return place
        ours = self.admin1_of(place)
        if not ours or not self.title_admin1 or ours in self.title_admin1:
            return place
        # "near Damascus" in the title, al-Kiswah (Rural Damascus) in the lead: it agrees
        near = self.title_place.relation in (PlaceRelation.NEAR, PlaceRelation.OFFSET)
        return place if near and self._within_reach(place, self.title_place) else self.title_place

    def _within_reach(self, place: Place, anchor: Place) -> bool:
        """Both places known to the gazetteer, and "near" each other."""
        if self.lookup is None or place.gazetteer_id is None or anchor.gazetteer_id is None:
            return False
        return near(self.lookup.get(place.gazetteer_id), self.lookup.get(anchor.gazetteer_id))

    def governorate(self) -> Place | None:
        """The document's dominant governorate as a place, or None when it names none."""
        if not self.votes:
            return None
        code = min(self.votes, key=lambda c: (-self.votes[c], self.first_seen[c]))
        return Place(name=self.names[code], relation=PlaceRelation.ADMIN, gazetteer_id=code)

    def _vote(self, hits: list[PlaceHit], weight: int) -> None:
        if self.lookup is None:
            return
        for hit in hits:
            entry = self.lookup.get(hit.entry_id) if hit.entry_id else None
            if entry is None or not entry.admin1_pcode or not entry.admin1_name:
                continue
            self.votes[entry.admin1_pcode] += weight
            self.names.setdefault(entry.admin1_pcode, entry.admin1_name)
            self.first_seen.setdefault(entry.admin1_pcode, self._count)
            self._count += 1


def to_place(hit: PlaceHit) -> Place:
    return Place(name=hit.name, relation=hit.relation, gazetteer_id=hit.entry_id)


def _gone_elsewhere(body: str, at: int) -> bool:
    """Do the words before ``at`` say that what was told went there, or never left it?"""
    start = max(at - 80, 0)
    return (
        _GONE_TO.search(body, start, at) is not None
        or _NEVER_LEFT.search(body, start, at) is not None
    )


def _specific(hit: PlaceHit) -> bool:
    return hit.relation is not PlaceRelation.COUNTRY


def _inside(hit: PlaceHit, spans: list[tuple[int, int]]) -> bool:
    return any(lo < hit.end and hit.start < hi for lo, hi in spans)
