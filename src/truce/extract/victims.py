"""Civilians as the target of an act, read from what the act hit.

Sources rarely write "civilians" when the victims plainly are: "gunmen abducted a
pharmacist", "a sniper shot dead a woman", "bulldozers demolished nine houses",
"warplanes struck the town of Tafas". A monitor still wants these counted as attacks
on civilians (ACLED's and UCDP's one-sided violence), so the words right after the act,
or the people it was done to in a passive sentence, name the target. Only the head of
what was hit counts: "shelled army positions in the town of X" hit positions.
"""

from __future__ import annotations

import re

from truce.extract.events import Trigger
from truce.extract.screens import trie_source

# what may stand before the head noun: articles, numbers, ages, a few adjectives
_MODIFIERS = (
    r"(?:(?:the|a|an|its|their|his|her|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|several|dozens\s+of|\d+|at\s+least|about|some|main|local|old|nearby|young|elderly|only"
    r"|residential|primary|eastern|western|northern|southern|central|vegetable|crowded|busy"
    r"|tribal|prominent|retired|famil(?:y|ies)['’]s?"
    r"|maternity|surgical|field|children['’]s|women['’]s"  # ("bombed the maternity hospital")
    r"|displaced|civilian|public|[\w-]+-held|[\w-]+-year-old|(?:queue|crowd|group|car|house"
    r"|yard)\s+of(?:\s+(?:the|a|an|his|her))?"
    # "opened fire on a pick-up truck carrying a member of the council"
    r"|(?:car|truck|pick-up(?:\s+truck)?|van|bus|minibus)\s+carrying(?:\s+(?:the|a|an|his|her))?"
    # (a name: "the Bab Touma district"; "Ahmad al-Masri, a member of the committee")
    # (and names joined: "the al-Shaar and Marjeh districts")
    r"|(?-i:(?:al-)?[A-Z][\w'’-]+)(?:,|\s+and)?)\s+){0,4}"
)
# one word naming the people's trade or place before the head noun ("two oil-tanker drivers",
# "a university student"), unless it makes them armed men ("two rebel men")
_COMPOUND = (
    r"(?:(?!(?:armed|army|rebel|regime|government|militia|security|military|police"
    r"|opposition|jihadist|pro-[\w-]+)(?:'s)?\s)[a-z][\w-]*\s+)?"
)
_PEOPLE = _COMPOUND + (
    r"(?:m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|bab(?:y|ies)|famil(?:y|ies)|people"
    r"|residents|villagers|farmers?|shepherds?|herders?|pharmacists?|surgeons?|doctors?"
    r"|(?:school)?teachers?|pupils?|students?|worshippers|shoppers|passengers|drivers?|elders?"
    r"|(?:construction|farm|factory|day|road)\s+(?:workers|labourers)"
    r"|journalists?|reporters?|photographers?|nurses?|paramedics?|hunters|gatherers|pickers"
    r"|employees|refugees"
    r"|civilians?|citizens?|money\s+changers?|shopkeepers?|merchants?|traders?"
    r"|sons?|daughters?|brothers?|sisters?|wife|wives|husbands?|mothers?|fathers?|relatives"
    r"|neighbou?rs"
    r"|member\s+of\s+the\s+(?:[\w']+\s+){0,2}(?:council|committee))"
)
_PROPERTY = (
    r"(?:houses?|homes?|residential\s+\w+|schools?|hospitals?|markets?|bakery|bakeries|farms?"
    r"|mosques?|shops?|farmland|camps?|building|courtyard|yard|water\s+trucks?"
    r"|(?:mini)?bus(?:es)?(?!\s+(?:carrying|with|full\s+of)\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops"
    r"|fighters|militants|personnel))"
    # a farmer's crops: "Fires destroyed some 300 hectares of wheat", "burned crops"
    r"|crops|harvests?|orchards?|olive\s+groves|fields|wheat|barley|hectares|dunams"
    # places where people work or are cared for: "struck an olive press", "a poultry farm"
    r"|olive\s+press(?:es)?|poultry\s+farms?|quarr(?:y|ies)|clinics?"
    r"|health\s+(?:care\s+)?cent(?:re|er)s?|(?:water\s+)?pumping\s+stations?)"
)
# a populated place: hit by a remote attack (shells, bombs from the air) it is its people
_PLACE = (
    r"(?:villages?|towns?|districts?|neighbou?rhoods?|quarters?|outskirts|edges?|city|centre"
    r"|settlements?)"
)
# where a weapon named before its verb lands: "Shells slammed into", "mortar rounds hit"
_LANDED = (
    r"[^,.;()]{0,60}?\b(?:hit|struck|pounded|shelled|bombed|targeted|slammed\s+into"
    # "has been shelling farmland", "put the only hospital in the town out of service"
    r"|shelling|pounding|bombing|targeting|hitting"
    r"|put(?=\s+(?:[\w'’-]+\s+){1,8}?out\s+of\s+(?:service|action|operation)\b)"
    r"|landed\s+in|fell\s+on|crashed\s+into|impacted\s+in|rained\s+down\s+on"
    # "fired improvised rocket launchers at the al-Hamadaniyeh quarter": what it was fired at
    r"|(?:rockets|missiles|shells|rounds|launchers)(?=\s+(?:at|on)\s)"
    # "A landmine exploded under a minibus carrying truffle hunters"
    r"|(?:exploded|detonated|went\s+off)(?=\s+(?:under|beside|among|next\s+to|in)\s)"
    # "set fire to a school", "dropped two small bombs on a family's house"
    r"|set\s+fire\s+to|dropped\s+(?:[\w-]+\s+){0,3}?(?:bombs?|grenades?|munitions?|shells?)(?=\s+on\s))"
)
_WHAT_WAS_HIT = (
    # (who did it may come first: "a rocket attack by terrorist groups on the town of X")
    r"(?:\s+by(?:\s+[\w-]+){1,3}?(?=\s+on\s))?"
    rf"\s+(?:(?:on|into|at|in|under|beside|among|next\s+to)\s+)?{_MODIFIERS}"
    rf"(?:{_PEOPLE}|{_PROPERTY}|(?P<place>{_PLACE}))\b"
)
_HIT = re.compile(rf"(?:\s+dead\b)?{_WHAT_WAS_HIT}", re.IGNORECASE)
_LANDED_ON = re.compile(rf"{_LANDED}{_WHAT_WAS_HIT}", re.IGNORECASE)
_LANDING_WORDS = ("hit", "struck", "pounded", "shelled", "bombed", "targeted", "slammed",
                  "shelling", "pounding", "bombing", "targeting", "put",
                  "landed", "fell", "crashed", "impacted", "rained", "rockets", "missiles",
                  "shells", "rounds", "launchers", "exploded", "detonated", "went off",
                  "set fire", "dropped")  # fmt: skip
_DONE_TO = re.compile(  # (and an age: "a girl aged 12 was shot and wounded by a sniper"; where
    # one works: "A teacher at the boys' secondary school was shot dead")
    rf"\b{_MODIFIERS}{_PEOPLE}(?:\s+and\s+{_MODIFIERS}{_PEOPLE})?(?:,?\s+aged\s+\d{{1,3}},?)?"
    r"(?:\s+at\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r"\s+(?:was|were|had\s+been|have\s+been|has\s+been|is|are)\s+$",
    re.IGNORECASE,
)
# "the camp and Tariq al-Sad neighbourhoods were shelled": a populated place or property a
# remote attack was done to
_PLACE_DONE_TO = re.compile(
    rf"\b{_MODIFIERS}(?:{_PROPERTY}|{_PLACE})(?:\s+and\s+{_MODIFIERS}(?:{_PROPERTY}|{_PLACE}))?"
    r"\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+$",
    re.IGNORECASE,
)
# stems of every head noun above: what was hit is named only if one of them is there
_HEADS = ("man", "men", "wom", "child", "boy", "girl", "bab", "famil", "people", "resident",
          "villager", "farmer", "shepherd", "herder", "pharmacist", "surgeon", "doctor",
          "teacher", "pupil", "student", "worshipper", "shopper", "passenger", "driver", "elder",
          "civilian", "citizen", "changer", "shopkeeper", "merchant", "trader", "member",
          "journalist", "reporter",
          "worker", "labourer",
          "photographer", "nurse", "paramedic", "son", "daughter", "brother", "sister", "wife",
          "wives", "husband", "mother", "father", "relative", "neighbo",
          "hunter", "gatherer", "picker", "employee", "refugee",
          "house", "home", "residential", "school", "hospital", "market",
          "baker", "mosque", "shop", "farmland", "camp", "building", "yard", "village", "town",
          "truck", "bus",
          "district", "neighbo", "quarter", "outskirts", "edge", "city", "centre",
          "settlement", "crop", "harvest", "orchard", "grove", "field", "wheat", "barley",
          "hectare", "dunam",
          "press", "poultry", "quarr", "clinic", "health", "pumping")  # fmt: skip
# the same tests, each one regex (a trie: the engine reads every position once)
_A_HEAD = re.compile(trie_source(_HEADS))
_A_LANDING_WORD = re.compile(trie_source(_LANDING_WORDS))
_PASSIVE_END = re.compile(r"\b(?:was|were|been|is|are)\s+$", re.IGNORECASE)
_DONE_TO_REACH = 120  # characters before the act that may name who it was done to
# ", killing a child and his father", ", wounding three women": people no one takes for fighters
_CIVILIAN_VICTIMS = re.compile(
    # (a description may come first: "killing its driver, a farmer", "the driver, a boy")
    # ("killing three Turkistan Islamic Party fighters and a woman")
    r"[^.;]{0,180}?,?\s+(?:killing|wounding|injuring|killed|wounded|injured)\s+(?:[\w-]+,?\s+){0,7}?"
    r"(?:child|children|"
    r"boys?|girls?|bab(?:y|ies)|infants?|wom[ae]n|mothers?|fathers?|famil(?:y|ies)|pupils|"
    r"students|worshippers|shoppers|patients|passers-by|passersby|bystanders|farmers?"
    r"|shepherds?|teachers?|nurses?|(?:farm|construction|factory|day)\s+(?:workers|labourers)"
    # ("wounding two workers", "killing a refugee and his son"; not "the driver": whose?)
    r"|(?<!aid\s)(?<!relief\s)(?<!rescue\s)(?<!humanitarian\s)workers|labourers|refugees?|traders?"
    r"|(?:an?|one)\s+(?:man|woman)\s+and\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sons?|daughters?|children|wife|husband|brothers?|sisters?|mother|father)"
    r"|members\s+of\s+(?:one|a|the\s+same)\s+family)\b",
    re.IGNORECASE,
)

# "killed five pro-regime forces": what was hit is told, and it is not civilians
_FIGHTERS_HIT = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:soldiers|troops|fighters|militants|members(?!\s+of\s+(?:one|a|the\s+same|his|her|their)"
    r"\s+family)|forces|militiamen|rebels|jihadists"
    r"|gunmen|personnel|officers|soldier|serviceman|servicemen|fighter)\b",
    re.IGNORECASE,
)


# "Two citizens were martyred and nine others were injured today when ...": the sentence
# opens on the civilians its act killed
_CIVILIANS_FIRST = re.compile(
    # (after a live page's clock, "17:30 - ", or an opening date, "On 23 October, ")
    r"\W*(?:\d{1,2}[:.]\d{2}\W+)?(?:(?:on|early\s+on|late\s+on|at|in)\s+[^,.;]{1,30},\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:civilians|citizens|children|women|residents|villagers"
    r"|shepherds|farmers|herders|gatherers|hunters|students|passengers)"
    # "Earlier this month, a shepherd and his two sons were killed ... when": named persons
    r"|(?:[^,.;]{1,30}?,?\s+)?(?:an?|the)\s+(?:[\w-]+\s+)?(?:shepherd|farmer|herder|teacher|nurse"
    r"|doctor|woman|girl|boy|child|pharmacist|refugee|worker|trader"
    r"|man(?=\s+and\s))(?:\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:sons?|daughters?|children|wife|husband|brothers?|sisters?|mother|father|family))?)\s+"
    # ("On Tuesday a farmer was martyred when a landmine ... exploded")
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:badly|seriously|critically"
    r"|severely|lightly|slightly|fatally)\s+)?(?:killed|martyred|wounded|injured)\b",
    re.IGNORECASE,
)
# "targeted residential neighborhoods in New Aleppo with rocket shells": what the weapon
# named after its verb was fired at
_HIT_WITH = re.compile(
    rf"\b(?:targeted|hit|struck|shelled|bombarded|attacked){_WHAT_WAS_HIT}"
    r"[^.;]{0,80}?\bwith\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_WITH_REACH = 160  # characters before a weapon's name that may say what it hit


def civilians_hit(text: str, trigger: Trigger, *, remote: bool) -> bool:
    """Did the act of ``trigger`` hit people, homes or (for a ``remote`` attack: shelling,
    an air strike) a populated place, or go on to kill people no one takes for fighters?"""
    after = text[trigger.core_end : trigger.core_end + 200].lower()  # (plain word tests
    # first: most fail them)
    harmed = "kill" in after or "wound" in after or "injur" in after
    if harmed and _CIVILIAN_VICTIMS.match(text, trigger.core_end):
        return True
    if harmed and _FIGHTERS_HIT.search(text, trigger.core_end):
        return False
    if _A_HEAD.search(after, 0, 160):  # (a plain word test first)
        hit = _HIT.match(text, trigger.core_end)
        near = after[:60]
        if hit is None and _A_LANDING_WORD.search(near):
            hit = _LANDED_ON.match(text, trigger.core_end)  # "Shells slammed into a street"
        if hit is not None and (remote or hit.group("place") is None):
            return True
    # (the plain test first: the pattern's open start is slow to fail)
    if text.find(" when ", 0, trigger.start) > 0 and _CIVILIANS_FIRST.match(text):
        return True
    if (
        remote
        and text.endswith("with ", max(trigger.start - 8, 0), trigger.start)
        and _HIT_WITH.search(text, max(trigger.start - _WITH_REACH, 0), trigger.start) is not None
    ):
        return True
    # (the verb's start: "a shepherd was wounded by gunfire" matches from "shepherd")
    verb = trigger.start if _PASSIVE_END.search(text, 0, trigger.start) else trigger.core_start
    if not _PASSIVE_END.search(text, max(verb - 12, 0), verb):
        return False
    # "two young men were shot dead by": who it was done to, just before
    start = max(verb - _DONE_TO_REACH, 0)
    if _DONE_TO.search(text, start, verb) is not None:
        return True
    return remote and _PLACE_DONE_TO.search(text, start, verb) is not None
