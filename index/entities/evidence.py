"""What the words around a mention say about the name (step 1 of actors.py's module doc).

Each test reads the article text just before or after a mention, never a parse: a person's title
before it ("Chancellor X"), a speech verb after it, a preposition of place before it, a role or an
organisation's word after it ("X manager", "the X administration"), an organisation's noun before
it ("oil firm X"), what "X's ..." has, "X-born"; an event's word after it ("X award") or a
period's possessive before it ("this year's X"); a club player's role after it ("X defender").
The cues of the clause around it (an employer, a venue, a list, an apposition, what is won or
held) are clause_cues.py's; what the noun or verb it is the object of makes of it ("competes in the
X", "a deal with X") role_cues.py's; a plural verb or "which" after a sentence's subject
subjects.py's; a bracket after a player's name brackets.py's. The word lists are in lexicon.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from . import names as N
from .affiliations import affiliation_votes, in_an_of_apposition
from .bare_roles import bare_role_votes
from .body_verbs import body_verb_votes
from .brackets import bracket_votes
from .clause_cues import clause_votes
from .club_towns import club_of_town
from .fixtures import against_a_club, fixture_side
from .modified_heads import modified_head_votes
from .founded_bodies import founded_votes
from .kind_lists import kind_list_votes
from .listed_shares import listed_share_votes
from .member_lists import introduces_members
from .one_of_a_kind import one_of_a_kind_votes
from .performer_words import performer_votes
from .plural_titles import plural_title_votes, under_a_plural_title
from .repeated_names import repeated_word_votes
from .possessed_people import possessed_person_votes
from .role_cues import role_votes
from .subjects import subject_votes
from .team_sheets import team_sheet_votes
from .place_cues import place_context_votes
from ..lexicon import (
    BAND_ROLES_AFTER,
    BAND_WORDS,
    CLUB_ROLES_AFTER,
    EVENT_AFTER,
    EVENT_HEADS,
    EVENT_PERIODS,
    FIRM_COMPOUNDS_BEFORE,
    MATCH_BEFORE,
    NOT_VERBS_AFTER_WHO,
    NATIONALITY_NOUNS,
    ONE_PERSON_HEADS,
    ORG_AFTER_NAME,
    ORG_ONLY_AFTER,
    ORG_POSSESSED,
    PERSON_ROLES,
    PERSON_TITLES_BEFORE,
    PERSONAL_POSSESSED,
    PLACE_AFTER,
    PLACE_OF_NOUNS,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    POSITION_NOUNS,
    PREPOSITIONS,
    ROLES_AFTER,
    SEE_TITLES,
    SPEECH_FORMS_AFTER_NAME,
    alternation,
)
from ..records import Mention

_SPEECH_AFTER = re.compile(r"^[’']?s?\s*,?\s*(?:" + "|".join(SPEECH_FORMS_AFTER_NAME) + r")\b")
_ORG_AFTER = re.compile(r"^\s+(" + "|".join(sorted(ORG_AFTER_NAME)) + r")\b")
_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(PLACE_PREPOSITIONS) + r")\s+(?:the\s+)?$")
_ROLE_AFTER = re.compile(r"^\s+([a-z]+(?:-[a-z]+)?)\b")
# An event's word right after the name, or after one more lower-case word ("MTV Asia music award").
_EVENT_WORD_AFTER = re.compile(r"^\s+(?:[a-z]+\s+(?=(?:" + "|".join(sorted(EVENT_AFTER)) + r")\b))?([a-z]+)\b")
# "X's agent", "Yukos' main shareholders": the first word after the possessive, or the second.
_POSSESSED = re.compile(r"^[’'](?:s)?\s+(\w+)\b(?:\s+([a-z]+)\b)?")
_POSSESSED_WORDS = PERSONAL_POSSESSED | ORG_POSSESSED
# "Yukos claims its", "Yukos, its staff"; not "Beanie Sigel on its roster": after a preposition,
# "its" is the owner of what the phrase hangs on (lexicon.PREPOSITIONS; helper typ18p).
_ITS_AFTER = re.compile(r"^[’']?s?,?\s+(?:(?!" + alternation(PREPOSITIONS) + r"\s)\w+\s+)?its\b")
_BORN_AFTER = re.compile(r"^-(?:born|based)\b")
# "Britney Spears picked up her first ever Grammy": a sentence's subject, then a few lower-case
# words and "his" or "her", is a person (a firm, a club, a band take "its", "their").
_HIS_AFTER = re.compile(r"^\s+(?:[a-z]+\s+){1,3}(?:his|her|himself|herself)\b")
# "Juninho, who has just bought", "Jane, who runs the website": "who" with a singular verb is a
# person's (a club takes "who are", "who play"); not an adverb's "s" ("who always", "who this week").
_WHO_AFTER = re.compile(
    r"^[’']?s?,\s+who\s+(?:is|was|has|had|(?!" + alternation(NOT_VERBS_AFTER_WHO) + r"\b)[a-z]{2,}[^s\W]s)\b"
)
# "the town of Kirkcaldy", "the outskirts of Baghdad", "the constituency of Bethnal Green": a place.
_PLACE_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_OF_NOUNS)) + r")\s+of\s+$")
_MATCH_BEFORE = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in MATCH_BEFORE) + r")\s+$")
# Not the end of a compound: "open-side Martyn Williams" is a flanker, not a club's "side".
_ORG_BEFORE = re.compile(r"(?<![\w-])([a-z]+(?:-[a-z]+)?)\s+(?:the\s+)?$")
# "market leader Diageo", "sector leader Omnicom": two words before a name that make it a firm.
_FIRM_COMPOUND_BEFORE = re.compile(r"(?<![\w-])" + alternation(FIRM_COMPOUNDS_BEFORE) + r"\s+(?:the\s+)?$", re.I)
_PERIOD_BEFORE = re.compile(r"\b(?:this|last|next)\s+(?:" + "|".join(sorted(EVENT_PERIODS)) + r")[’']s\s+$", re.I)
_YEAR_BEFORE = re.compile(r"\bthe\s+(?:19|20)\d\d\s+$", re.I)
_KIND_IN_APPOSITION = re.compile(r"\b([a-z]+),\s+$")
# "Mr X", "Dr. X", "Mr. X": a title right before the name; with a full stop only an abbreviation's
# (capitalised, four letters at most): "... best supporting actress. William Hill and Ladbrokes" is
# a sentence's end, not a title (helper fresh8b)
_TITLE_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+(?:-[A-Za-z]+)?|[A-Z][a-z]{0,3}\.)\s+$")
# A player's or an athlete's position right before a name is a title: "former Wales and Lions prop
# Dai Young", "former England full-back Dusty Hare" (NER: organisations; both quoted at length).
_TITLES_BEFORE = PERSON_TITLES_BEFORE | ONE_PERSON_HEADS | POSITION_NOUNS


def named_with_the(m: Mention, text: str | None, name: str) -> bool:
    """ "The" written with a capital inside a sentence before a one-word name."""
    if text is None or not m.surface.startswith("The ") or " " in name or not name[:1].isupper():
        return False
    return not N.starts_sentence(text, m.start)


def with_organisation_word(m: Mention, text: str, name: str) -> Mention | None:
    """The mention widened over the organisation word after it ("the Trump administration": an
    organisation, not the person), or None."""
    org = _ORG_AFTER.match(text[m.end : m.end + 40])
    if (
        org
        and m.label in ("PERSON", "ORG")
        and not N.strip_possessive(m.surface) != m.surface.strip()
        and len(name.split()) <= 3
        and not N.party_key(name)  # "the Labour government" is the party
    ):
        end = m.end + org.end()
        return replace(m, end=end, surface=text[m.start : end], label="ORG")
    return None


# "Alan Greenspan, 79, who", "Jama, 25, lost her sight": an age in commas is a person's (people7).
_AGE_AFTER = re.compile(r"^[’']?,\s+\d{1,2},\s")


# "Alexandra Tower, a spokeswoman for the bank", "Hiroshi Okuda, the chairman of Toyota": a role
# in apposition right after the name is one person's (NER: a place, its "Tower").
_ROLE_IN_APPOSITION = re.compile(r"^[’']?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?([a-z-]+)(?:\s+(?:for|of|at|with)\b|,)")


def role_in_apposition_votes(after: str) -> Counter:
    """A person's votes from a role of one person in apposition after the name, before "for",
    "of", "at", "with" or a comma ("Tower, a spokeswoman for", "X, the company's chairman,");
    strong enough for a name whose head word says a place ("Tower") or a firm."""
    role = _ROLE_IN_APPOSITION.match(after)
    if role and (role.group(1) in PERSON_ROLES or role.group(1) in ONE_PERSON_HEADS):
        return Counter({"person": 6, "person_cue": 1})
    return Counter()


def age_votes(after: str) -> Counter:
    """A person's votes from an age in commas after the name ("Greenspan, 79, who"). Not
    "N-year-old" before a name: "the 35-year-old Cobh runner" is a place's adjective."""
    if _AGE_AFTER.match(after):
        return Counter({"person": 2, "person_cue": 1})
    return Counter()


def words_around(m: Mention, text: str) -> tuple[bool, Counter]:
    """(a person's title before the mention, the type votes of the words around it: a speech verb
    after it, a preposition of place before it, a role word after it, and the rest below). Each
    voter reads one kind of cue; their votes add up (the flags among them, such as "spoke" or
    "org_cue", are read by make_node as yes or no)."""
    after = text[m.end : m.end + 40]
    before = text[max(0, m.start - 40) : m.start]
    titled = _titled(before)
    placed = bool(_PLACE_BEFORE.search(before))
    # "Bob Wellington, of Torfaen, said": the verb is the person's, not the affiliation's; "sitting
    # with Lords Bingham, Steyn, Hope and Carswell, said": not the last of a titled list's either
    apposed = in_an_of_apposition(m, text) or under_a_plural_title(m, text)
    votes = _speech_and_place_votes(after, placed, apposed)
    votes.update(_clause_votes(m, text, placed, titled))
    votes.update(_word_after_votes(m, text, after))
    votes.update(_word_before_votes(m, text, before))
    votes.update(_match_votes(m, text, before))
    return titled, votes


def _titled(before: str) -> bool:
    """A person's title right before the name ("Mr X", "prop Dai Young"); "writer-director Sofia
    Coppola": a compound's last word is its title. Not after a preposition of place."""
    tb = _TITLE_BEFORE.search(before)
    title = N.bare(tb.group(1)) if tb else ""
    return bool(
        title
        and (title in _TITLES_BEFORE or title.rpartition("-")[2] in PERSON_TITLES_BEFORE)
        and not _PLACE_BEFORE.search(before)
    )


def _speech_and_place_votes(after: str, placed: bool, apposed: bool = False) -> Counter:
    """A speech verb after the name (a person's, weakly), a preposition of place before it. A
    name a preposition of place governs is no subject of the verb after it: "Judith Moritz, in
    Melton Mowbray, said" is Moritz speaking, from the town; nor is a name in a person's ", of X,"
    apposition (affiliations.py: "Bob Wellington, of Torfaen, said") or of a list a plural title
    stands over (plural_titles.py)."""
    votes: Counter = Counter()
    if _SPEECH_AFTER.match(after) and not placed and not apposed:
        votes["person"] += 1
        votes["spoke"] = 1  # read by make_node, not a type
    if placed:
        votes["place"] += 1
    return votes


def _clause_votes(m: Mention, text: str, placed: bool, titled: bool) -> Counter:
    """The cues other modules read in the clause around the name."""
    votes: Counter = Counter()
    votes.update(clause_votes(m, text, placed))
    votes.update(role_votes(m, text))  # "competes in the X": an event; "a deal with X": a firm
    votes.update(subject_votes(m, text, titled))  # "Chester have won", "Novartis, which": no one person
    votes.update(founded_votes(m, text, titled))  # "Def Jam was founded in 1984": a body (founded_bodies.py)
    votes.update(bracket_votes(m, text))  # "Damien Traille (Biarritz)": a player's club
    votes.update(place_context_votes(m, text))  # "from Pease Pottage, West Sussex;"
    votes.update(one_of_a_kind_votes(m, text))  # "Glenmorangie, one of Scotland's premier whisky firms"
    votes.update(possessed_person_votes(m, text))  # "Aston Villa's Mark Delaney": a club's (possessed_people.py)
    votes.update(age_votes(text[m.end : m.end + 40]))
    votes.update(role_in_apposition_votes(text[m.end : m.end + 80]))
    votes.update(team_sheet_votes(m, text))  # "Replacements: Bozzi, Coutts, Riley" (team_sheets.py)
    votes.update(listed_share_votes(m, text))  # "Pernod shares in Paris slipped" (listed_shares.py)
    votes.update(bare_role_votes(m, text))  # "Maeve Sherlock, chief executive of" (bare_roles.py)
    votes.update(repeated_word_votes(m))  # "Duran Duran", "Bafana Bafana": no person (repeated_names.py)
    votes.update(body_verb_votes(m, text))  # "Tiga, which represents": a body (body_verbs.py)
    votes.update(modified_head_votes(m, text))  # "the Maserati car company", "the Sundance film festival"
    votes.update(plural_title_votes(m, text))  # "Lords Bingham, Steyn, Hope and Carswell" (plural_titles.py)
    votes.update(affiliation_votes(m, text))  # "Bob Wellington, of Torfaen, said" (affiliations.py)
    return votes


def _word_after_votes(m: Mention, text: str, after: str) -> Counter:
    """What the words right after the name make of it: a role ("X manager"), an event's word ("X
    award"), what "X's" has, "its", "his", "who", "-born"."""
    votes: Counter = Counter()
    ra = _ROLE_AFTER.match(after)
    if ra and (ra.group(1) in ROLES_AFTER or ra.group(1) in BAND_ROLES_AFTER):
        votes["org"] += 2
    if ra and (ra.group(1) in PLACE_AFTER or ra.group(1) in PLACE_HEADS):
        votes["place"] += 2
    # One word on only after a name of several ("Richard and Judy book award": Judy is no event).
    ea = _EVENT_WORD_AFTER.match(after) if " " in m.surface.strip() else ra
    if ea and ea.group(1) in EVENT_AFTER:
        votes["event"] += 3  # "the Golden Lion award", "the Davis Cup final", "MTV Asia music award"
    if ra and ra.group(1) in ORG_ONLY_AFTER:
        votes["org"] += 2
        votes["org_cue"] = 1  # "A National Football League spokesman", "the Yugansk unit": only firms
        # and bodies have them, whatever the name's head word ("League") or NER's label says
    if ra and (ra.group(1) in CLUB_ROLES_AFTER or ra.group(1) in BAND_ROLES_AFTER):
        votes["member_cue"] = 1  # "Charlton defender X", "Franz Ferdinand frontman X": read by make_node
    owned = _POSSESSED.match(after)
    thing = next((w for w in (owned.groups() if owned else ()) if w in _POSSESSED_WORDS), None)
    if thing in PERSONAL_POSSESSED:
        votes["person"] += 2  # "Fortuyn's murder", "Juninho's father was"
        votes["person_cue"] = 1  # what only a person has: read by make_node, not a type
    elif thing in ORG_POSSESSED:
        votes["org"] += 2  # "Yukos' shareholders"
    if _ITS_AFTER.match(after):
        votes["org"] += 1  # "Yukos claims its", "Yukos, its staff"
    if _HIS_AFTER.match(after) and N.starts_sentence(text, m.start):  # the subject: not "won Wimbledon in his"
        votes["person"] += 2
        votes["person_cue"] = 1
    if _WHO_AFTER.match(after):
        votes["person"] += 2  # "Juninho, who has", not "Manchester City, who are"
        votes["person_cue"] = 1
    if _BORN_AFTER.match(after):
        votes["place"] += 3  # "Ballymena-born", "London-based"
    return votes


def _word_before_votes(m: Mention, text: str, before: str) -> Counter:
    """What the words right before the name make of it: "the town of X", "this year's X", a kind
    noun before a list, "the X" of a one-word name, "oil firm X", a short form in brackets."""
    votes: Counter = Counter()
    votes.update(performer_votes(m, text))  # "star X": a person; "rockers X": a band (performer_words.py)
    if _PLACE_OF_BEFORE.search(before):
        votes["place"] += 2  # "the town of Kirkcaldy", "the constituency of Bethnal Green"
    if _PERIOD_BEFORE.search(before):
        votes["event"] += 3  # "this year's CES", "last year's Mercury Music Prize"
    elif _YEAR_BEFORE.search(before):
        votes["event"] += 2  # "the 1998 World Cup", "the 2000 US Open"
    votes.update(kind_list_votes(m, text))  # "companies such as Nokia, Philips and Alcatel" (kind_lists.py)
    kind = _KIND_IN_APPOSITION.search(before)
    if kind and kind.group(1) in EVENT_HEADS:
        votes["event"] += 3  # "a major mobile industry conference, 3GSM, which"
    # NER's organisation label only where a speech verb follows: "the Bundesbank warned" (it
    # speaks, which votes a person), not "the Oxford factory" (a town before a noun; typ15b)
    spoken = m.label == "ORG" and _SPEECH_AFTER.match(text[m.end : m.end + 40])
    if (
        (m.label == "PERSON" or spoken)
        and _THE_BEFORE.search(before)
        and _ONE_NAME.fullmatch(m.surface)
        and not _CAP_AFTER.match(text[m.end : m.end + 40])
        and N.bare(m.surface) not in SEE_TITLES  # "the Queen", "the Pope": titles used as names
        and not _people_noun(m.surface)  # "the Briton", "the Welshman"
    ):
        # "a consultant to the Tote", "the Bundesbank warned": nobody is named with "the" before a
        # name alone, and a speech verb after it is no person's evidence then
        votes["org"] += 2
    if _short_form_of_an_organisation(m, text):
        votes["org"] += 3
        votes["org_cue"] = 1  # "the Association of Payment Clearing Services (Apacs)": read by make_node
    ob = _ORG_BEFORE.search(before)
    if ob and ob.group(1).lower() in BAND_WORDS and not introduces_members(ob.group(1), text[m.end : m.end + 80]):
        votes["org"] += 4  # "rock band Keane", "oil firm Yukos"
        votes["org_cue"] = 1  # read by make_node, not a type
    elif _FIRM_COMPOUND_BEFORE.search(before):
        votes["org"] += 4  # "market leader Diageo": a market's leader is a firm, as "oil firm Yukos" is
        votes["org_cue"] = 1
    return votes


def _match_votes(m: Mention, text: str, before: str) -> Counter:
    """A match's words around a town's name, or the club its article names with it: its club
    ("beat Newcastle", "Cardiff v Blackburn", "Milan" of "AC Milan")."""
    votes: Counter = Counter()
    if _MATCH_BEFORE.search(before) or fixture_side(m, text):
        votes["club_cue"] = 1  # read by make_node (fixtures.py)
    if against_a_club(m, text) or club_of_town(m, text):
        votes["club_side"] = 1  # a club though the gazetteer's city (make_node): "Cardiff v Blackburn",
        # "Milan" where the article names "AC Milan"
    return votes


# Lower case (not a sentence's "The"), and no venue's "at the", "in the" ("at the Bernabeu").
_THE_BEFORE = re.compile(r"(?<!\bat )(?<!\bin )(?<!\binto )\bthe\s+$")
_ONE_NAME = re.compile(r"[A-Z][\w\-]+")
# "the Tote X", "the Eton and Slough seat", "the Cote d'Azur": a longer name NER cut.
_CAP_AFTER = re.compile(r"^\s+(?:(?:and|&|of|de|du|del|la|le)\s+|d['’])?[A-Z]")


def _people_noun(word: str) -> bool:
    """A word for a person of a nation or a place ("Briton", "Welshman", "Scot", "Parisian")."""
    word = N.strip_possessive(word)
    return N.bare(word) in NATIONALITY_NOUNS or word.endswith(("man", "woman")) or N.looks_demonym(word)


# The capitalised words of a name (with its lower-case joining words) right before "(".
_NAME_BEFORE_BRACKET = re.compile(r"[A-Z][\w’'&\-]*(?:\s+(?:[A-Z][\w’'&\-]*|of|for|and|the|&))*\s+\($")


def _short_form_of_an_organisation(m: Mention, text: str) -> bool:
    """The mention fills the brackets right after a name that its own words make an
    organisation's ("the Association of Payment Clearing Services (Apacs)"): the short form it
    is known by, an organisation's whatever NER says of it alone."""
    if text[m.end : m.end + 1] != ")":
        return False
    before = _NAME_BEFORE_BRACKET.search(text[max(0, m.start - 100) : m.start])
    return bool(before) and N.has_org_word(before.group()[:-1].strip())
