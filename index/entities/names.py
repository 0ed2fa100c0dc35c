"""Name normalisation: what an entity mention's words say about the name, stripped of the rest.

The one set of name helpers of the engine (attribution, actors and attach use these):
- `clean_name(surface, label)`: the bare name: no titles or honorifics ("Mr", "President",
  "Kremlin spokesman", "senior Kremlin aide", "US special envoy"), no leading "the", no
  possessive ("Putin's" -> "Putin"). It also says whether a personal title was seen.
- `speaker_name(name)`, `fold_case`, `drop_possessive`: a speaker's name as one article gives it,
  attribution's simpler rules (see the section below for why they are kept apart).
- `fold(name)`: a key under which transliteration variants of a name meet
  (Zelensky / Zelenskiy / Zelenskyy, Witkoff / Witkov / Vitkov, Dmitriev / Dmitriyev).
- `abbreviation_key(name)`: a key under which an abbreviation and its expansion meet
  (US / U.S. / United States, UK / U.K. / United Kingdom, UN / U.N. / United Nations, EU).
- `initials(name)`: the acronym a multi-word name would be shortened to; `slug(name)`: its id form.
- `bare(word)`, `is_particle(word)`, `name_tokens(name)`, `has_org_word`, `has_connector`,
  `looks_like_name`: the words of a name.

The word lists are in lexicon.py.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass

from .demonym_titles import nationality_before_given_name
from .knighted_names import knighted_given_name
from ..lexicon import (
    ABBREVIATIONS,
    ARTICLES,
    CLUB_FIRST,
    CLUB_HEADS,
    CORPORATE_WORDS,
    EVENT_ALONE,
    EVENT_FIRST,
    EVENT_HEADS,
    FEMALE_GIVEN_NAMES,
    GIVEN_PARTICLES,
    IRREGULAR_DEMONYMS,
    MALE_GIVEN_NAMES,
    OTHER_GIVEN_NAMES,
    PARTY_FORMS,
    PLACE_FIRST,
    PLACE_NAMES,
    PLACE_HEADS,
    HONORIFICS,
    LEAD_WORDS,
    MARKET_REGIONS,
    MONTHS_AND_DAYS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NATION_COUNTS,
    NOT_NAMES,
    OFFICE_JOINING_WORDS,
    ORG_ALONE,
    ORG_WORDS,
    TRADE_HEADS,
    PORTFOLIO_WORDS,
    PRESS_HEADS,
    RANK_TITLES,
    REGION_QUALIFIERS,
    SPEAKER_TITLES,
    TITLE_WORDS,
    WEB_DOMAIN_ENDINGS,
    alternation,
)

ABBREVIATION_KEYS: dict[str, str] = {}
for _full, _shorts in ABBREVIATIONS.items():
    ABBREVIATION_KEYS[_full] = _full
    for _s in _shorts:
        ABBREVIATION_KEYS[_s] = _full

_APOSTROPHES = "'’`´"
_POSSESSIVE = re.compile(r"(?<=\w)[" + _APOSTROPHES + r"]s$|(?<=s)[" + _APOSTROPHES + r"]$")
_SPACE = re.compile(r"\s+")
# A website's address as a name: "suprnova.org", "Amazon.com", "napster.no" (web_domains.py).
_WEB_ADDRESS = re.compile(r"[A-Za-z0-9][\w-]*\." + alternation(WEB_DOMAIN_ENDINGS, r"\.") + r"\.?")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;]\s*[\"“”‘’']?\s*|\n\s*[\"“”‘’'\-–—•*]*\s*)$")


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, a quote's or a list item's, where a capital
    says nothing of a name."""
    return bool(_SENTENCE_START.search(text[max(0, start - 6) : start]))


@dataclass(frozen=True)
class CleanName:
    name: str  # the bare name ("" when nothing of a name is left)
    title: str | None  # the words stripped before it ("senior Kremlin aide"), if any
    personal: bool  # a personal title or honorific was stripped: evidence of a person


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip())


# A word written in lower case, whole ("finance", "hard-hitting", "don't"; not the "s" of "Bill's").
_LOWER_CASE_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*")


def lower_case_words(text: str) -> set[str]:
    """The words a text writes in lower case: what tells a common word from a name that a
    sentence's start or a title capitalises (missed.py, determined_names.py)."""
    return set(_LOWER_CASE_WORD.findall(text))


@lru_cache(maxsize=200_000)
def bare(word: str) -> str:
    """A word as the lists are written: lower case, no dots or commas at its ends, no "-elect",
    "-designate", "ex-", "vice-" or "deputy-"."""
    w = word.lower().strip(".,")
    w = re.sub(r"-elect$|-designate$|^ex-|^vice-|^deputy-", "", w)
    return w


_NO_NAME_WORDS = LEAD_WORDS | MONTHS_AND_DAYS | NOT_NAMES


def names_nothing(word: str) -> bool:
    """A capitalised word that is never part of a name found by its shape: a function word a
    sentence opens with ("On Tuesday", "Without Angels"), a month or a day, a time zone or a
    holiday."""
    return bare(word) in _NO_NAME_WORDS


def is_particle(word: str) -> bool:
    """A particle inside a personal name: "von", "de", "bin" ("Ursula von der Leyen")."""
    return bare(word) in NAME_PARTICLES


def _is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


@lru_cache(maxsize=200_000)
def clean_name(surface: str, label: str = "PERSON") -> CleanName:
    """The bare name in an entity mention's words; see the module doc."""
    text = _SPACE.sub(" ", surface.replace("\u00a0", " ")).strip(" \t\n,;:()[]\"“”‘’'")
    text = strip_possessive(text)
    words = text.split(" ") if text else []
    # Leading article; not the capital "A" of a team sheet's "A Jones" (initials.py leaves the
    # "A" before one surname only inside a list of initialled names).
    while words and words[0].lower() in ARTICLES and not initial_a(words):
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
    name = strip_possessive(" ".join(words)).strip(' ,;:-–—"“”‘’«»')  # 'the “War On Drugs
    return CleanName(name, " ".join(title_words) or None, personal)


# A surname as a team sheet writes it after an initial: capitalised, then small letters
# ("Jones", "O'Connell", "McBryde"), no acronym ("A US firm", "A BBC spokeswoman").
_SURNAME = re.compile(r"[A-Z][a-z]*['’]?[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?")


def initial_a(words: list[str]) -> bool:
    """The words are the capital "A" and one surname: an initial and a surname ("A Jones"), as
    the name's only two words are where NER's span holds the "A" at all."""
    return len(words) == 2 and words[0] == "A" and bool(_SURNAME.fullmatch(words[1]))


def _title_cut(words: list[str], label: str) -> int:
    """How many leading words are a title (0 when none), leaving at least one word."""
    lowers = [bare(w) for w in words]
    person_like = label in ("PERSON", "NORP") or label not in ("GPE", "LOC", "FAC", "ORG", "EVENT")
    last_title = -1
    for i, lw in enumerate(lowers[:-1]):
        allowed = (
            lw in TITLE_WORDS
            if person_like
            else lw in HONORIFICS
            and (label == "ORG" or lw in ("mr", "mrs", "ms", "dr", "miss"))
            or knighted_given_name(lowers, i)  # "Dame Julie" labelled a place (knighted_names.py)
        ) or nationality_before_given_name(words, lowers, i)  # "Frenchman Arnaud Clement" (demonym_titles.py)
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
        if len(words) - j == 1 and all(w in OFFICE_JOINING_WORDS for w in lowers[cut:j]):
            return 0  # "Queen of the Sky", "King of the Hill": a title that is a name, no office's
        cut = j
    rest = words[cut:]
    if not rest or not all(_is_cap(w) or is_particle(w) for w in rest):
        return 0
    if all(bare(w) in NAME_SUFFIXES for w in rest):
        return 0  # "Martin Luther King Jnr": the title word is the surname, before its suffix
    if any(bare(w) in ORG_WORDS for w in rest):
        return 0
    # The words before the last title must be title-ish modifiers (capitalised adjectives,
    # organisation names, other titles), not a name of their own followed by a role.
    return cut


def name_tokens(name: str) -> list[str]:
    """The words of a name without suffixes (Jr, III); a name that opens with a particle is a
    surname alone ("Van Nistelrooy" -> ["Nistelrooy"])."""
    toks = [t for t in name.split() if t]
    while len(toks) > 1 and toks[-1].lower().rstrip(",") in NAME_SUFFIXES:
        toks = toks[:-1]
    if (
        len(toks) > 1
        and toks[0].lower() in NAME_PARTICLES
        and not (toks[0][0].isupper() and toks[0].lower() in GIVEN_PARTICLES)
    ):
        toks = toks[-1:]
    return toks


def has_org_word(name: str) -> bool:
    """The name's own words make it an organisation's ("Ministry of Defence", "Government"), or
    its last word is a company's line of business ("Cisco Systems", "Continental Airlines")."""
    words = name.split()
    if len(words) == 1:
        return bare(name) in ORG_ALONE
    return any(bare(w) in ORG_WORDS for w in words) or bare(words[-1]) in TRADE_HEADS


_PARTY_KEYS = {form: key for key, forms in PARTY_FORMS.items() for form in [key, *forms]}


@lru_cache(maxsize=200_000)
def party_key(name: str) -> str | None:
    """The key of a political party under which its forms meet ("Tories", "Conservative Party",
    "the Conservatives" -> "conservative"; "X Party" -> "x" for any X), or None."""
    p = plain(name)
    if p.startswith("the "):
        p = p[4:]
    party = p.endswith(" party")
    if party:
        p = p[: -len(" party")]
    if p in _PARTY_KEYS:
        return _PARTY_KEYS[p]
    return p if party and p else None


def is_party_form(name: str) -> bool:
    """One of the written forms of a party's name (lexicon.PARTY_FORMS), as it stands."""
    return plain(strip_possessive(name)) in _PARTY_KEYS


def without_corporate_words(name: str) -> str:
    """The name without the words companies are named with or without ("Group Menatep",
    "Altria Group" -> "Menatep", "Altria"), when something is left."""
    words = [w for w in name.split() if bare(w) not in CORPORATE_WORDS]
    return " ".join(words) if words else name


def is_title_name(name: str) -> bool:
    """A title used as a name: "Prince of Wales", "Archbishop of Canterbury"."""
    words = [bare(w) for w in name.split()]
    return len(words) >= 3 and words[1] == "of" and words[0] in TITLE_WORDS | RANK_TITLES


@lru_cache(maxsize=200_000)
def kind_of_name(name: str) -> str | None:
    """The type a name's own head word says ("Davis Cup": event, "Carnegie Hall", "River Lagan":
    place, "Manchester United", "Racing Santander", "New York Times", "suprnova.org": org), or None. "X City" is left to the votes: a club or a city."""
    words = [bare(w) for w in name.split()]
    if not words:
        return None
    if _counted_nations(words):
        return "event"  # "the Five Nations", "the Tri-Nations": a tournament of so many nations
    if len(words) == 1:
        if _WEB_ADDRESS.fullmatch(name) and not words[0].startswith("dot."):  # not "dot.com", a word
            return "org"  # a website, whatever NER's label: the gold's convention (typ15b)
        return "event" if words[0] in EVENT_ALONE else None
    if is_title_name(name):
        return "person"  # a title used as a name: "Prince of Wales", "Archbishop of Canterbury"
    last = words[-1]
    if last in EVENT_HEADS or (last in EVENT_ALONE and len(words) <= 2):
        return "event"
    if len(words) >= 4 and words[-3:] == ["of", "the", "year"]:
        return "event"  # an award: "BBC Sports Personality of the Year", "Whitbread Book of the Year"
    if words[0] in EVENT_FIRST and len(words) >= 3 and words[1] in ("de", "of"):
        return "event"  # "Tour de France", "Tour of Britain"
    if (last in CLUB_HEADS and last != "city") or words[0] in CLUB_FIRST:
        return "org"
    if last in PRESS_HEADS and words[0] not in GIVEN_NAMES:
        return "org"  # a newspaper: "New York Times", "Hollywood Reporter" (not "Jim Courier")
    if last in PLACE_HEADS or words[0] in PLACE_FIRST:
        return "place"
    return None


def _counted_nations(words: list[str]) -> bool:
    """The name ends with a count and "Nations" ("Five Nations", "Tri-Nations", "2005 Six
    Nations"): a tournament among so many nations, an event (lexicon.NATION_COUNTS; not "United
    Nations", "First Nations", "League of Nations")."""
    if len(words) == 1:
        count, _, last = words[0].rpartition("-")
    else:
        count, last = words[-2], words[-1]
    return last == "nations" and count in NATION_COUNTS


def regional_arm(name: str) -> bool:
    """ "Nintendo Europe", "AOL UK", "Athletics Ireland": capitalised words before a country or a
    continent that say no part of it ("Eastern Europe", "Latin America") name an organisation's arm
    or national body there, not a place; not a person's name ("Jimmy Wales", "Baroness Scotland")."""
    words = name.split()
    if len(words) < 2 or bare(words[-1]) not in MARKET_REGIONS:
        return False
    before = [bare(w) for w in words[:-1]]
    if not all(w[:1].isupper() for w in words[:-1]) or any(b in REGION_QUALIFIERS for b in before):
        return False
    if any(re.search(r"(?:an|ish|ese|ic)$", b) for b in before):
        return False  # "African America", "Victorian England": an adjective, a part of the place
    first = before[0]
    return not any(first in words for words in (GIVEN_NAMES, TITLE_WORDS, RANK_TITLES, HONORIFICS, LEAD_WORDS))


# The English lists and the other languages' (people7): a given name of any language the news names
# people in marks a person's name as well.
GIVEN_NAMES = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES | OTHER_GIVEN_NAMES


def starts_with_given_name(name: str) -> bool:
    """Two or three capitalised words, the first a common given name (lexicon's lists): a person's
    name more often than anything else's ("Adrian Dunbar", "Mike Leigh"). A surname's particles
    do not count among them ("Rodrigo de Rato", "Luigi del Neri": NER's organisations)."""
    words = name.split()
    named = [w for w in words if not (w[:1].islower() and is_particle(w))]
    return (
        2 <= len(named) <= 3
        and len(words) - len(named) <= 2
        and all(w[:1].isupper() for w in named)
        and words[-1][:1].isupper()
        and bare(words[0]) in GIVEN_NAMES
    )


# A Portuguese diminutive's ending: a footballer's one-word name ("Serginho", "Juninho", "Ronaldinho")
_DIMINUTIVE = re.compile(r"[A-Z][a-z]{2,}inh[oa]s?")


def diminutive_name(name: str) -> bool:
    """One word with a Portuguese diminutive's ending, "-inho", "-inha": how Brazilian and
    Portuguese players are named alone ("Serginho", "Juninho", "Ronaldinho"), a person's name
    whatever NER's label; no firm, club or place in the news is named so."""
    return bool(_DIMINUTIVE.fullmatch(name.strip()))


def club_or_city(name: str) -> bool:
    """ "Exeter City", "Manchester City": two words, the last a club's that is also a city's."""
    words = [bare(w) for w in name.split()]
    return len(words) == 2 and words[-1] == "city" and "city" in CLUB_HEADS


def has_connector(name: str) -> bool:
    """A lowercase word that is not a name particle: "Department for Transport"."""
    return any(w[:1].islower() and not is_particle(w) for w in name.split()[1:])


def looks_like_name(name: str) -> bool:
    """One to five words, each capitalised or a particle, the first capitalised."""
    words = name.split()
    return (
        bool(words)
        and len(words) <= 5
        and all(w[0].isupper() or is_particle(w) for w in words)
        and words[0][0].isupper()
    )


# -- a speaker's name as one article gives it ----------------------------------------------
# Attribution matches the names of one article with rules simpler than clean_name's: its own
# title list (lexicon.SPEAKER_TITLES), every leading lower-case word dropped ("senior union
# official Peter Novak"), a looser possessive, case folding only. They were written apart from
# clean_name and give other answers at the edges; they stay apart until the corpus evidence
# says which answers are right, so that who is said to speak does not change with a refactor.

_SPEAKER_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def drop_possessive(word: str) -> str:
    """word without a final "'s" or apostrophe, after any character (strip_possessive wants a
    word character before "'s", an "s" before a bare apostrophe)."""
    return _SPEAKER_POSSESSIVE.sub("", word)


def speaker_name(name: str) -> str:
    """A speaker's name without leading titles, descriptions in lower case or a possessive."""
    name = re.sub(r"\s+", " ", name).strip(" ,.;:\"“”‘’'()")
    name = drop_possessive(name)
    words = name.split(" ")
    while len(words) > 1 and (
        words[0].lower().rstrip(".") in SPEAKER_TITLES or words[0][:1].islower() or _SPEAKER_POSSESSIVE.search(words[0])
    ):
        words.pop(0)
    return " ".join(words).strip()


def fold_case(word: str) -> str:
    """Lower case, ’ as ': how attribution compares the words of one article's names (no
    transliteration: that is `fold`, for names across the corpus)."""
    return word.lower().replace("’", "'")


@lru_cache(maxsize=200_000)
def ascii_fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", text)
    return "".join(c for c in s if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def _fold_word(w: str) -> str:
    w = re.sub(r"[^a-z0-9]", "", ascii_fold(w).lower())
    if not w:
        return w
    w = re.sub(r"(?:iy|yy|yi|ij|ii|y)$", "i", w)  # Zelenskiy / Zelenskyy / Zelensky
    w = re.sub(r"(?:off|ow)$", "ov", w)  # Witkoff / Witkow / Witkov
    # W for V in a transliteration (Wladimir / Vladimir, Pawel / Pavel), not in a final "-we" after a
    # vowel, English's glide, which no transliteration writes: Howe is no Hove, Rowe no Rove.
    w = re.sub(r"(?<![aeiou])w|w(?!e$)", "v", w.replace("kh", "h").replace("ph", "f")).replace("y", "i")
    w = w.replace("x", "ks").replace("ck", "k").replace("q", "k")
    w = re.sub(r"ie(?=[^aeiou]$)", "i", w)  # Kiev / Kyiv (-> kiiv -> kiv), Lviev / Lviv
    w = re.sub(r"(.)\1+", r"\1", w)  # doubled letters
    return w


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """The transliteration-folding key of a name: words folded and joined by spaces."""
    return " ".join(filter(None, (_fold_word(w) for w in re.split(r"[\s\-]+", name))))


@lru_cache(maxsize=200_000)
def plain(name: str) -> str:
    """Lowercase, accents and dots removed, spaces collapsed: "U.S." -> "us"."""
    s = ascii_fold(name).lower().replace("’", "'")
    s = re.sub(r"(?<=\b\w)\.", "", s)  # dotted initials: u.s. -> us
    s = re.sub(r"[^\w' ]+", " ", s)
    return _SPACE.sub(" ", s).strip()


def place_or_people(name: str, label: str) -> bool:
    """A place the lexicon knows, an abbreviation of one ("USA") or a people (NER's NORP): no
    body's or band's name, whatever the words around it say ("Bangladesh was formed", "pre-race
    favourites USA")."""
    return plain(name) in PLACE_NAMES or bool(abbreviation_key(name)) or label == "NORP"


def abbreviation_key(name: str) -> str | None:
    """The expansion an abbreviation or variant stands for, or None."""
    p = plain(name)
    if p.startswith("the "):
        p = p[4:]
    return ABBREVIATION_KEYS.get(p)


def slug(name: str) -> str:
    """The name as an id's words: ASCII, lower case, hyphens ("Volodymyr Zelensky" ->
    "volodymyr-zelensky")."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


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


def looks_demonym(name: str) -> bool:
    """One word shaped like a nationality or people: "British", "Chinese", "Russian", "Iraqi",
    "Hellenic", their plurals, and the irregular ones of the lexicon ("French", "Dutch")."""
    if name.lower() in IRREGULAR_DEMONYMS:
        return True
    if name.lower() in GIVEN_NAMES:
        return False  # "Adrian", "Brian": a person's, though shaped like "Indian"
    shaped = re.fullmatch(r"([A-Z][a-z]+)(ish|ese|ans?|ic|is?)", name)
    if shaped and shaped.group(2) in ("i", "is"):
        return _of_a_place(shaped.group(1))
    return bool(shaped)


def _of_a_place(stem: str) -> bool:
    """An "-i" word is a nation's when the gazetteer has its stem's place ("Iraqi", "Israelis",
    "Somali"); "Tiscali", "Ferrari", "Malawi", "Helsinki" are no nationality's words."""
    return plain(stem) in PLACE_NAMES or plain(stem + "ia") in PLACE_NAMES


_NATIONALITY_NOUN = re.compile(r"([A-Z][a-z]+?)(?:man|woman|men|women)")


def nationality_noun(word: str) -> bool:
    """ "Frenchman", "Welshwoman", "Irishmen": a nationality's word and "man" or "woman", which
    describes a person and names no one (people7)."""
    hit = _NATIONALITY_NOUN.fullmatch(word)
    return hit is not None and looks_demonym(hit.group(1))


def looks_plural_demonym(name: str) -> bool:
    """ "Ukrainians", "Europeans", "Americans": a group word ending in -ans, -ers, -is, -es; one in
    -is only of a gazetteer place ("Iraqis", not "Stranmillis")."""
    if re.fullmatch(r"[A-Z][a-z]+is", name):
        return _of_a_place(name[:-2]) or name.lower() in IRREGULAR_DEMONYMS
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:ans|ers|ites|ese|ians)", name)) and name.endswith("s")


def singulars_of(plain_name: str) -> list[str]:
    """Candidate singulars of a plain (lowercase) plural: "tories" -> ["tory", "torie"]."""
    out = []
    if plain_name.endswith("ies"):
        out.append(plain_name[:-3] + "y")
    if plain_name.endswith("s") and not plain_name.endswith("ss"):
        out.append(plain_name[:-1])
    return out
