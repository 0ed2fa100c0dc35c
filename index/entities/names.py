"""Name normalisation: what an entity mention's words say about the name, stripped of the rest.

- `clean_name(surface, label)`: the bare name: no titles or honorifics ("Mr", "President",
  "Kremlin spokesman", "senior Kremlin aide", "US special envoy"), no leading "the", no
  possessive ("Putin's" -> "Putin"). It also says whether a personal title was seen.
- `fold(name)`: a key under which transliteration variants of a name meet
  (Zelensky / Zelenskiy / Zelenskyy, Witkoff / Witkov / Vitkov, Dmitriev / Dmitriyev).
- `abbreviation_key(name)`: a key under which an abbreviation and its expansion meet
  (US / U.S. / United States, UK / U.K. / United Kingdom, UN / U.N. / United Nations, EU).
- `initials(name)`: the acronym a multi-word name would be shortened to.

The word lists here are generic (titles, roles, months, country and organisation
abbreviations), never the names of a corpus.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass

# Honorifics: a person's name follows, whatever spaCy's label.
HONORIFICS = frozenset("""
mr mrs ms miss mx dr prof sir dame lord lady madam madame monsieur mme mlle herr frau
president rev reverend
""".split())

# Titles and roles that may precede a person's name ("Russian envoy", "Kremlin spokesman",
# "Prime Minister", "Labour leader", "White House press secretary").
TITLE_WORDS = HONORIFICS | frozenset("""
vice prime minister ministers secretary chancellor premier king queen prince princess
pope cardinal bishop archbishop imam rabbi sheikh emir sultan tsar czar
senator sen rep representative congressman congresswoman governor gov mayor
judge justice magistrate attorney prosecutor lawyer
general gen colonel col major maj captain capt lieutenant lt sergeant sgt admiral commander
cmdr corporal private marshal brigadier commodore
chief spokesman spokeswoman spokesperson spokespeople aide aides adviser advisor advisers
envoy envoys ambassador diplomat negotiator negotiators emissary
chairman chairwoman chairperson chair ceo cfo coo cto founder boss director
leader leaders head deputy counterpart counterparts official officials officer
former ex then acting interim late incoming outgoing current
senior special foreign defence defense interior finance home health
press presidential executive managing
coach manager striker midfielder defender goalkeeper captain player star
singer actor actress director producer presenter host comedian author writer
economist analyst professor doctor inspector detective constable superintendent
mp mep msp peer baron baroness earl duke duchess count countess viscount
model designer chef artist musician rapper drummer guitarist poet novelist filmmaker
photographer journalist reporter correspondent editor columnist broadcaster treasurer
rt hon winger forward boxer golfer champion skipper veteran businessman businesswoman
""".split())

# Words before a name that say it is a person's ("Mr X", "Chancellor X", "striker X").
PERSON_TITLES_BEFORE = HONORIFICS | frozenset("""
chancellor minister secretary senator governor mayor spokesman spokeswoman spokesperson aide
adviser advisor envoy ambassador judge king queen prince princess pope archbishop bishop rabbi
imam sheikh general colonel captain lieutenant sergeant chairman chairwoman ceo director
counterpart premier striker midfielder defender goalkeeper winger coach manager boss actor
actress singer lord lady sir dame premier vice-president
""".split())

# Role words after a name that say the name is an organisation or place ("Kremlin spokesman",
# "Manchester United manager").
ROLES_AFTER = frozenset("""
spokesman spokeswoman spokesperson manager coach striker boss chief chairman midfielder
defender goalkeeper winger captain official officials aide aides envoy minister ministers
secretary negotiators negotiator delegation lawmakers legislators forces troops
""".split())

# Words that make a name an organisation ("Trump administration", "Ministry of Defence").
ORG_WORDS = frozenset("""
administration government ministry department office council committee commission party
bank agency union court house association university college school company corporation
corp inc ltd plc llc group league club fund foundation institute authority army navy
forces force police service services parliament senate congress assembly cabinet campaign
board bureau federation organisation organization alliance coalition movement network
team trust centre center society
""".split())

# Portfolio words in "Secretary of State X", "Minister for Foreign Affairs X".
PORTFOLIO_WORDS = frozenset("""
of for the and state foreign affairs home defence defense health finance treasury interior
justice commerce energy education labour labor trade transport agriculture culture economy
environment war security homeland internal external public works development industry
""".split())

MONTHS_AND_DAYS = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split())

# Abbreviations of countries and international bodies, and their expansions (generic).
_ABBREVIATIONS = {
    "united states": ["us", "usa", "united states of america", "america"],
    "united kingdom": ["uk", "great britain", "britain"],
    "united nations": ["un"],
    "european union": ["eu"],
    "united arab emirates": ["uae"],
    "soviet union": ["ussr"],
    "north atlantic treaty organization": ["nato", "north atlantic treaty organisation"],
    "democratic republic of the congo": ["drc", "dr congo"],
    "people's republic of china": ["prc"],
    "international monetary fund": ["imf"],
    "world health organization": ["who", "world health organisation"],
    "world trade organization": ["wto", "world trade organisation"],
    "european central bank": ["ecb"],
    "international criminal court": ["icc"],
}
ABBREVIATION_KEYS: dict[str, str] = {}
for _full, _shorts in _ABBREVIATIONS.items():
    ABBREVIATION_KEYS[_full] = _full
    for _s in _shorts:
        ABBREVIATION_KEYS[_s] = _full

_APOSTROPHES = "'’`´"
_POSSESSIVE = re.compile(r"(?<=\w)[" + _APOSTROPHES + r"]s$|(?<=s)[" + _APOSTROPHES + r"]$")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class CleanName:
    name: str            # the bare name ("" when nothing of a name is left)
    title: str | None    # the words stripped before it ("senior Kremlin aide"), if any
    personal: bool       # a personal title or honorific was stripped: evidence of a person


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip())


def _bare(word: str) -> str:
    w = word.lower().strip(".,")
    w = re.sub(r"-elect$|-designate$|^ex-|^vice-|^deputy-", "", w)
    return w


def _is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


@lru_cache(maxsize=200_000)
def clean_name(surface: str, label: str = "PERSON") -> CleanName:
    """The bare name in an entity mention's words; see the module doc."""
    text = _SPACE.sub(" ", surface.replace("\u00a0", " ")).strip(" \t\n,;:()[]\"“”‘’'")
    text = strip_possessive(text)
    words = text.split(" ") if text else []
    # Leading article.
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    title_words: list[str] = []
    personal = False
    if len(words) >= 2:
        cut = _title_cut(words, label)
        if cut:
            title_words, words = words[:cut], words[cut:]
            personal = True
    # Trailing scores and years ("Wales 13-12", "V Festival 2005") are not part of the name.
    words = [w for w in words if w]
    while len(words) > 1 and re.fullmatch(r"\d+[-–:]\d+|(?:19|20)\d\d", words[-1]):
        words = words[:-1]
    name = strip_possessive(" ".join(words)).strip(" ,;:-–—")
    return CleanName(name, " ".join(title_words) or None, personal)


def _title_cut(words: list[str], label: str) -> int:
    """How many leading words are a title (0 when none), leaving at least one word."""
    lowers = [_bare(w) for w in words]
    person_like = label in ("PERSON", "NORP") or label not in ("GPE", "LOC", "FAC", "ORG", "EVENT")
    last_title = -1
    for i, lw in enumerate(lowers[:-1]):
        allowed = lw in TITLE_WORDS if person_like else lw in HONORIFICS and (
            label == "ORG" or lw in ("mr", "mrs", "ms", "dr", "miss"))
        if allowed:
            last_title = i
    if last_title < 0:
        return 0
    cut = last_title + 1
    # "Secretary of State Marco Rubio", "Minister for Foreign Affairs X".
    if lowers[cut] in ("of", "for"):
        j = cut
        while j < len(words) - 1 and lowers[j] in PORTFOLIO_WORDS:
            j += 1
        if j == cut + 1 or j >= len(words):
            return 0
        cut = j
    rest = words[cut:]
    if not rest or not all(_is_cap(w) or _bare(w) in _PARTICLES for w in rest):
        return 0
    if any(_bare(w) in ORG_WORDS for w in rest):
        return 0
    # The words before the last title must be title-ish modifiers (capitalised adjectives,
    # organisation names, other titles), not a name of their own followed by a role.
    return cut


# Particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle").
_PARTICLES = frozenset("von van der den de del della di da la le lo bin ibn al el dos das du des ter".split())


@lru_cache(maxsize=200_000)
def ascii_fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", text)
    return "".join(c for c in s if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def _fold_word(w: str) -> str:
    w = re.sub(r"[^a-z0-9]", "", ascii_fold(w).lower())
    if not w:
        return w
    w = re.sub(r"(?:iy|yy|yi|ij|ii|y)$", "i", w)     # Zelenskiy / Zelenskyy / Zelensky
    w = re.sub(r"(?:off|ow)$", "ov", w)                # Witkoff / Witkow / Witkov
    w = w.replace("kh", "h").replace("ph", "f").replace("w", "v").replace("y", "i")
    w = w.replace("x", "ks").replace("ck", "k").replace("q", "k")
    w = re.sub(r"(.)\1+", r"\1", w)                    # doubled letters
    return w


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """The transliteration-folding key of a name: words folded and joined by spaces."""
    return " ".join(filter(None, (_fold_word(w) for w in re.split(r"[\s\-]+", name))))


@lru_cache(maxsize=200_000)
def plain(name: str) -> str:
    """Lowercase, accents and dots removed, spaces collapsed: "U.S." -> "us"."""
    s = ascii_fold(name).lower().replace("’", "'")
    s = re.sub(r"(?<=\b\w)\.", "", s)       # dotted initials: u.s. -> us
    s = re.sub(r"[^\w' ]+", " ", s)
    return _SPACE.sub(" ", s).strip()


def abbreviation_key(name: str) -> str | None:
    """The expansion an abbreviation or variant stands for, or None."""
    p = plain(name)
    if p.startswith("the "):
        p = p[4:]
    return ABBREVIATION_KEYS.get(p)


def initials(name: str) -> str:
    """The acronym of a multi-word name: "International Monetary Fund" -> "IMF" ("" if one word)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    caps = [w for w in words if w[0].isupper()]
    if len(caps) < 2:
        return ""
    return "".join(w[0] for w in caps).upper()


def is_acronym(name: str) -> bool:
    s = name.replace(".", "")
    return 2 <= len(s) <= 6 and s.isalpha() and s.isupper()


def looks_plural_demonym(name: str) -> bool:
    """"Ukrainians", "Europeans", "Americans": a group word ending in -ans, -ers, -is, -es."""
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:ans|ers|ites|is|ese|ians)", name)) and name.endswith("s")


def singulars_of(plain_name: str) -> list[str]:
    """Candidate singulars of a plain (lowercase) plural: "tories" -> ["tory", "torie"]."""
    out = []
    if plain_name.endswith("ies"):
        out.append(plain_name[:-3] + "y")
    if plain_name.endswith("s") and not plain_name.endswith("ss"):
        out.append(plain_name[:-1])
    return out
