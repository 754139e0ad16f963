"""Name keys that make the many spellings of one Syrian place compare equal, and the
word-level text handling the gazetteer builds on (tokens, relation cue words).

News transliterates Arabic names inconsistently (Deir ez-Zor, Deir Ezzor, Dayr az Zawr,
Der Ezzor), so an exact string lookup misses most mentions. ``normalize_name`` folds a
name to a *key*: articles dropped, vowels folded to one class, doubled letters and common
digraph spellings merged. Keys are for lookup only; they are never shown to a person.

``light_key`` is the gentle counterpart: case, accents and punctuation only. Matching
names in running text uses it for short names, where the aggressive key would collide
with ordinary words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from truce.model import PlaceRelation

__all__ = [
    "COMPASS",
    "DIRECTION_OF",
    "DISTANCE",
    "WORD",
    "descriptors",
    "fold_token",
    "is_arabic",
    "light_key",
    "normalize_name",
    "offset_cue",
    "relation_cue",
    "tokens_key",
    "word_forms",
    "words",
]

R = PlaceRelation


def words(text: str) -> frozenset[str]:
    """A word list written as one space-separated string (keeps long lists readable)."""
    return frozenset(text.split())


#: Transliterated Arabic article forms (sun-letter assimilations included).
ARTICLES = words("al el il ul ad ar as az at an ash ath adh ed er es ez et en esh eth")

_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u02bb\u02bc\u02be\u02bf\u0060\u00b4\u2032]")
_LATIN_TOKEN = re.compile(r"[a-z0-9]+")
_ASSIMILATED = re.compile(r"^[ae]([tdsznrl])\1([a-z]{2,})$")
_JOINED_ARTICLE = re.compile(r"^[ae]l([b-df-hj-np-tv-z][a-z]{3,})$")
_DIGRAPHS = (
    ("sch", "sh"),
    ("dj", "j"),
    ("dh", "d"),
    ("th", "t"),
    ("kh", "k"),
    ("gh", "g"),
    ("ph", "f"),
    ("ch", "sh"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
)
_VOWEL_RUN = re.compile(r"[aeiouyw]+")
_Y_BETWEEN_VOWELS = re.compile(r"(?<=[aeiou])y(?=[aeiou])")
_DOUBLED = re.compile(r"(.)\1+")

# Arabic: diacritics and tatweel go; letter variants fold to one form.
_AR_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ک": "ك",
        "ء": None,
    }
)
_AR_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0671-\u06d3]+")
_AR_ANY = re.compile(r"[\u0600-\u06ff]")


def is_arabic(text: str) -> bool:
    """True when the text holds any Arabic-script letter."""
    return _AR_ANY.search(text) is not None


def _ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _APOSTROPHES.sub("", stripped.casefold().replace("ı", "i"))


def latin_tokens(text: str) -> list[str]:
    """Lower-case ASCII word tokens: hyphens, underscores and slashes separate words."""
    return _LATIN_TOKEN.findall(_ascii_fold(text))


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """One lower-case token reduced to its consonant skeleton with a single vowel class.

    Vowel runs (y and w count as vowels after the first letter, y only next to a
    consonant) become ``a``, so Deir/Dayr/Der and Zor/Zour/Zawr agree while Daraya and
    Daraa stay apart; a final ``h`` after a vowel goes (Hasakah =
    Hasaka); doubled letters merge (Lattakia = Latakia).
    """
    if len(token) >= 5 and (m := _ASSIMILATED.match(token)):
        token = m.group(1) + m.group(2)
    elif m := _JOINED_ARTICLE.match(token):
        token = m.group(1)
    for old, new in _DIGRAPHS:
        token = token.replace(old, new)
    token = _DOUBLED.sub(r"\1", token)
    head, tail = token[:1], token[1:]
    if head in "aeiou":
        head = "a"
    tail = _VOWEL_RUN.sub("a", _Y_BETWEEN_VOWELS.sub("Y", tail)).lower()
    folded = head + tail
    if len(folded) > 2 and folded.endswith("ah"):
        folded = folded[:-1]
    return _DOUBLED.sub(r"\1", folded)


def tokens_key(tokens: list[str]) -> str:
    """Key of already tokenised lower-case words (articles dropped unless last)."""
    last = len(tokens) - 1
    kept = [t for i, t in enumerate(tokens) if i == last or t not in ARTICLES]
    return "".join(fold_token(t) for t in kept)


def _arabic_words(text: str) -> list[str]:
    text = _AR_MARKS.sub("", unicodedata.normalize("NFKC", text)).translate(_AR_LETTERS)
    words = _AR_WORD.findall(text)
    return [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words]


def arabic_key(text: str) -> str:
    """Arabic-script key: no diacritics, one alef/yaa/haa form, articles dropped, no spaces."""
    return "".join(_arabic_words(text))


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Lookup key of a place name, Latin or Arabic script; '' when nothing is left.

    >>> normalize_name("Deir ez-Zor") == normalize_name("Dayr az Zawr")
    True
    """
    if is_arabic(name):
        return arabic_key(name)
    return tokens_key(latin_tokens(name))


@lru_cache(maxsize=65536)
def light_key(name: str) -> str:
    """Gentle key: case, accents, apostrophes and punctuation folded; article spellings
    unified to ``al``; words kept apart. Two names with the same light key are the same
    spelling for a reader."""
    if is_arabic(name):
        return " ".join(_arabic_words(name))
    tokens = latin_tokens(name)
    last = len(tokens) - 1
    return " ".join("al" if t in ARTICLES and i < last else t for i, t in enumerate(tokens))


# --- words of running text ---------------------------------------------------------------

WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
# "." or "," not between two digits, or other punctuation. Each branch starts with a
# character class (the lookbehind comes after the dot), so the regex engine skips ahead.
_CLAUSE_END = re.compile(r"[.,](?:(?!\d)|(?<!\d[.,]))|[!?;:()\[\]\n\"“”،]")
#: "12 km", "5 miles to the": a distance before a compass direction (lowered text)
DISTANCE = (
    r"(?P<n>\d+(?:[.,]\d+)?)\s*-?\s*(?P<unit>km|kms|kilometres?|kilometers?|miles?)"
    r"\s+(?:\w+\s+){0,2}?"
)
#: "north", "south-west", "northeast": a compass point
COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?"
#: "north of the", "south-western of": a compass direction before a place (lowered text)
DIRECTION_OF = rf"(?P<dir>{COMPASS})(?:ern)?\s+of(?:\s+the)?"
_OF_PLACE = r"(?:\s+(?:city|town|village|settlement)\s+of)?\s*$"
_CUE_WORD = re.compile(r"[^\W\d_][\w'-]*")
_OFFSET = re.compile(r"\b" + DISTANCE + DIRECTION_OF + _OF_PLACE)
_DIRECTION = re.compile(r"\b" + DIRECTION_OF + _OF_PLACE)
# a compass bearing right after another name only says where that lies: "the village of
# Hoshan, east of ", "Safsafeh east of ", "the Wadi Barada valley northwest of "
_WHERE_IT_LIES = re.compile(
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?:valley|area|plain|hills?|mountains?|region|district|crossing"
    r"|camp|dam|bridge))?,?\s+"
    r"(?:just\s+)?"
    + COMPASS
    + r"(?:ern)?\s+of(?:\s+the)?(?:\s+(?:city|town|village|settlement)\s+of)?\s*$",
    re.IGNORECASE,
)
_ITS_SITE = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:market|hospital|school|mosque|square|bakery|stadium"
    r"|(?:bus\s+)?station|roundabout|prison|church|university|clinic|(?:health|medical)\s+"
    r"(?:care\s+)?cent(?:re|er))\b",
    re.IGNORECASE,
)
_CITY_AFTER = re.compile(r"\s+city\b", re.IGNORECASE)
_QUARTER_OF = re.compile(r"\b(?:district|neighbou?rhood|quarter)\s+of\s+(?:the\s+)?$")
# a named quarter of a city: "the al-Qassaa district of Damascus", "the al-Sinaa industrial
# district in eastern Raqqa" (in the city, not its governorate)
_NAMED_QUARTER_OF = re.compile(  # (a "district" named as quarters are, not "the Maarat
    # al-Numan district of Idlib", a unit of the governorate)
    r"(?:\b[Tt]he\s+(?:(?:al|el|as|ash|ad|at|ar|az)-|Bab\s+)[\w'’-]+\s+(?:(?:industrial|residential|old"
    r"|commercial)\s+)?district|\b(?-i:[A-Z])[\w'’-]*\s+(?:neighbou?rhood|quarter))"
    r"\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+|central\s+)?$"
)
_AFTER = re.compile(
    r"^(?:['’]?s)?(?:\s+(?:\w+ern|rural))?\s+(province|governorate|countryside|"
    # ("the Bab Sharqi area of the Old City": a quarter of it, in the quarter)
    r"district|region|outskirts|suburbs|environs|area(?!\s+of\s+(?:the\s+)?[A-Z])|front)\b(?!-)",
    re.IGNORECASE,
)
_NEAR_CUES = words(
    # ("near the northern entrance of the town of X": the town's edge; "the entrance of the
    # market in X" is still in X)
    "near outside outskirts vicinity around surroundings environs edge edges close entrance "
    "entrances "
    "suburbs suburb periphery approaches fringes overlooking "
    # ("attempted to infiltrate towards the village of Hoshan": at it, not in it)
    "towards toward "
    "قرب بالقرب محيط أطراف اطراف ضواحي مشارف"
)
_ADMIN_CUES = words("province provinces governorate countryside rural district ريف محافظة ارياف")
_CUES = {**dict.fromkeys(_NEAR_CUES, R.NEAR), **dict.fromkeys(_ADMIN_CUES, R.ADMIN),
         "between": R.BETWEEN, "بين": R.BETWEEN,
         # "on the road linking Hasakah and al-Shaddadah"
         "linking": R.BETWEEN, "connecting": R.BETWEEN}  # fmt: skip
_FILLERS = words(
    "the a an of to nearby city town village villages area areas besieged key strategic embattled "
    "central rebel rebel-held government-held held regime-held opposition-held isis-held "
    "contested small ancient city's town's settlement settlements hamlet locality "
    # what kind of village: "near the hilltop village of Kabani", "the Turkmen village of"
    "hilltop frontline front-line border coastal desert mountain riverside farming "
    "kurdish christian druze alawite turkmen assyrian "
    # whose country: "around the Syrian town of al-Bab", "near the Lebanese village of al-Qaa"
    "syrian lebanese turkish iraqi jordanian israeli "
    "north south east west من مدينة بلدة قرية"
)


# a quarter of a settlement is in it: "the last rebel-held district of the city of Homs"
_SETTLEMENT = words("city town village")
_QUARTER = words("district")


def _cue_of(word: str, settlement: bool) -> PlaceRelation:
    """The relation a cue word gives; ``settlement``: a city, town or village was named
    between it and the place ("a district of the Syrian city of Homs": in the city)."""
    return R.IN if settlement and word in _QUARTER else _CUES[word]


def word_forms(word: str) -> tuple[int, str, str, bool, bool, bool]:
    """(characters cut from the end, low, fold, cap, article, arabic) of one word of running
    text (:mod:`truce.geocode.textindex` keeps them per spelling: folding is costly)."""
    if is_arabic(word):
        low = arabic_key(word)
        return 0, low, low, False, False, True
    cut = 0
    if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS":  # Aleppo's
        word, cut = word[:-2], 2
    low = "".join(latin_tokens(word))
    cap = word[:1].isupper() or word[:1].isdigit()
    return cut, low, fold_token(low), cap, low in ARTICLES, False


_BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
             "southwest": 225.0, "west": 270.0, "northwest": 315.0}  # fmt: skip
_MILE_KM = 1.609344


def _clause_before(text: str, start: int) -> str:
    """The words of the clause before ``start`` (at most 100 characters back): what
    ``_CLAUSE_END.split(window)[-1]`` gives. The pattern reads the same backwards, so it
    is searched for in the reversed window, where the nearest clause end comes first."""
    window = text[max(0, start - 100) : start]
    found = _CLAUSE_END.search(window[::-1])
    return window if found is None else window[len(window) - found.start() :]


def offset_cue(text: str, start: int) -> tuple[float, float] | None:
    """(km, bearing) of "10 km north-east of (the town of) X" for the name at ``start``."""
    before = _clause_before(text, start).lower()
    match = _OFFSET.search(before)
    if match is None:
        return None
    km = float(match["n"].replace(",", "."))
    if match["unit"].startswith("mile"):
        km *= _MILE_KM
    return round(km, 3), _BEARINGS[match["dir"].replace("-", "")]


_DESCRIPTOR_AFTER = re.compile(
    r"^(?P<core>.+?)(?:'s)?\s+(?P<word>province|governorate|countryside|district|region|city|"
    r"town|village|outskirts|suburbs|area)$",
    re.IGNORECASE,
)
_DESCRIPTOR_BEFORE = re.compile(
    r"^(?:the\s+)?(?P<word>city|town|village|province|governorate|countryside|outskirts|suburbs|"
    r"district|rural|محافظة|ريف|مدينة|بلدة|قرية)(?:\s+of)?\s+(?P<core>.+)$",
    re.IGNORECASE,
)
_IMPLIED = {
    "province": R.ADMIN, "governorate": R.ADMIN, "countryside": R.ADMIN, "district": R.ADMIN,
    "region": R.ADMIN, "rural": R.ADMIN, "محافظة": R.ADMIN, "ريف": R.ADMIN,
    "outskirts": R.NEAR, "suburbs": R.NEAR, "area": R.NEAR,
}  # fmt: skip


def descriptors(name: str) -> list[tuple[str, PlaceRelation]]:
    """The name inside a described place and the relation the word implies:
    "Idlib province" -> ("Idlib", ADMIN), "the city of Aleppo" -> ("Aleppo", IN)."""
    found = []
    for pattern in (_DESCRIPTOR_AFTER, _DESCRIPTOR_BEFORE):
        if m := pattern.match(name):
            found.append((m["core"], _IMPLIED.get(m["word"].lower(), R.IN)))
    return found


def _last_cue(words: str) -> PlaceRelation | None:
    """The relation the last words give (a cue word, maybe behind fillers), read from a
    plain split: words of plain ASCII letters between blanks are exactly the words
    _CUE_WORD finds there. None when a word of other characters comes before one decides
    (it may hold a clause end, or read otherwise by _CUE_WORD)."""
    settlement = False  # (a settlement word passed: see _cue_of)
    for word in reversed(words.split()[-7:]):
        if not (word.isascii() and word.isalpha()):
            return None
        if word in _CUES:
            return _cue_of(word, settlement)
        if word not in _FILLERS and not word.endswith("ern"):
            return R.IN
        settlement = settlement or word in _SETTLEMENT
    return R.IN


def _cue_words(before: str) -> PlaceRelation:
    """_cue_before read with _CUE_WORD: up to seven words back, fillers skipped."""
    found: list[str] = _CUE_WORD.findall(before)  # (typed: mypyc cannot reverse Any)
    settlement = False
    for word in reversed(found[-7:]):
        if word[0] in "وب" and word[1:] in _CUES:  # Arabic "and"/"in" joined to the cue
            word = word[1:]
        if word in _CUES:
            return _cue_of(word, settlement)
        if not (word in _FILLERS or word.endswith(("ern", "-held"))):
            break
        settlement = settlement or word in _SETTLEMENT
    return R.IN


def _compass(words: str) -> bool:
    """Does a compass word occur (four substring tests cost less than a regex)?"""
    return "north" in words or "south" in words or "east" in words or "west" in words


# the other name a place is given just before it in brackets: "Girê Spî (Tal Abyad)"
_ALTERNATE = re.compile(r"[A-Z][\w'’-]*(?:[ -](?:a[ln]-)?[A-Z][\w'’-]*){0,2}(?=\s*$)")


def relation_cue(text: str, start: int, end: int) -> PlaceRelation:
    """Relation of the place named at text[start:end], read from the words of its clause.

    "outside (the eastern city of) X", "near X", "10 km north of X" -> NEAR/OFFSET;
    "X province", "countryside of X", "rural X" -> ADMIN; "between X" -> BETWEEN; else IN.
    """
    if text[start - 1 : start] == "(" and (alternate := _ALTERNATE.search(text, 0, start - 1)):
        # "on the outskirts of Serêkaniyê (Ras al-Ain)": the name's cue is its other name's
        return relation_cue(text, alternate.start(), alternate.end())
    # Fast path: the 100 characters before the name (after any line break, a clause end
    # that split() takes for a blank), when they hold no compass word and their last plain
    # words decide, give what the clause in them gives (see _last_cue).
    window = text[max(0, start - 100) : start].lower().rpartition("\n")[2]
    cue = None if _compass(window) else _last_cue(window)
    if cue is None:
        before = _clause_before(text, start).lower()
        if _compass(before):  # both patterns need a compass word (see DIRECTION_OF)
            if _OFFSET.search(before):
                return R.OFFSET
            if _DIRECTION.search(before):
                # "shelled farmland south of Tafas": off the place, by the compass; but "the
                # village of Hoshan, east of Ain Issa" only says where Hoshan lies: near
                lies = _WHERE_IT_LIES.search(text, max(0, start - 80), start)
                return R.NEAR if lies else R.OFFSET
        cue = _cue_words(before)
    if cue != R.BETWEEN and (after := _AFTER.match(text[end : end + 40])):
        word = after.group(1).lower()
        cue = R.NEAR if word in ("outskirts", "suburbs", "environs", "area", "front") else R.ADMIN
    elif cue is R.ADMIN and (
        (_CITY_AFTER.match(text, end) and _QUARTER_OF.search(window))
        or _NAMED_QUARTER_OF.search(text, max(0, start - 80), start)
    ):
        cue = R.IN  # "the Akrama district of Homs city": a quarter of the city, in it
    elif cue is R.NEAR and _ITS_SITE.match(text, end):
        # "went off near Manbij's vegetable market", "near the Al Atareb primary health care
        # centre": near the site, in the town
        cue = R.IN
    return cue
