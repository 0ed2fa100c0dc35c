"""What the clause a name stands in says about it, beyond the words right beside it (evidence.py).

A job before "at", "with" or "of" it makes its employer ("architect at Cisco", "co-founder of
Blinkx"); an organisation's noun in apposition an organisation ("bank, Santander", "Pyra Labs,
makers of"); a gathering before "at" it, or "against X at" it, its venue ("a news conference at
Molineux"); a journey before "to" it a place ("a tour to Wadi Rum"); a preposition of place over a
list that starts with a known place each name of the list ("in Madrid and Lievin"); a
constituency's words a place ("MP for X", "The X MP", "contest X", "X, east London"); what is won,
nominated for, annual or held an event ("won the Golden Osella for", "the annual Bloggies", "Asia
Aid will be held"); a country's possessive before a full name NER took for a place a person
("Thailand's Paradorn Srichaphan"). The word lists are in lexicon.py.
"""

from __future__ import annotations

import re
from collections import Counter

from . import names as N
from ..lexicon import (
    BAND_WORDS,
    COMPASS_WORDS,
    CONTEST_VERBS,
    EMPLOYER_ROLES,
    EVENT_ADJECTIVES,
    EVENT_VERBS_AFTER,
    HELD_AUXILIARIES,
    HELD_WHEN_WORDS,
    KIND_NOUNS,
    MEMBER_TITLES,
    NOMINATION_WORDS,
    ORG_APPOSITION_END_WORDS,
    PLACE_AFTER,
    PLACE_HEADS,
    PLACE_NAMES,
    PLACE_OR_FACILITY_LABELS,
    PLACE_PREPOSITIONS,
    REGION_QUALIFIERS,
    TRAVEL_NOUNS,
    VENUE_EVENTS,
    VENUE_VERBS,
    WINNING_VERBS,
    WON_OBJECT_END_WORDS,
    alternation,
)
from ..records import Mention

# "meets in Madrid and Lievin", "in Bangkok, Jakarta or Colombo": the last name of a list that one
# preposition of place governs (not "in January, NTT DoCoMo": a comma alone ends the phrase).
_NAME = r"[A-Z][\w&’'.\-]*(?:\s+[A-Z][\w&’'.\-]*)*"
_PREPOSITION = r"\b(?:" + "|".join(PLACE_PREPOSITIONS) + r")\s+(?:the\s+)?"
_PLACE_LIST_BEFORE = re.compile(_PREPOSITION + "(" + _NAME + r")(?:\s*,\s*" + _NAME + r")*,?\s+(?:and|or)\s+$")
# "at the", "at The", "at London's", "at New York's": what may come between "at" and a venue's name
# ("the ceremony at London's Earls Court", "held at The Sage in Gateshead"; helper typ18e).
_AT_A_VENUE = r"\s+at\s+(?:[Tt]he\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s+)?$"
# "a news conference at Molineux", "against Australia at Murrayfield": the venue, a place.
_VENUE_BEFORE = re.compile(r"(?:\b([a-z]+)|\bagainst\s+" + _NAME + r")" + _AT_A_VENUE)
# "which take place at London's Odeon Leicester Square", "held at the Bristol Academy on": where a
# gathering is held, a venue (a place).
_VENUE_VERB_BEFORE = re.compile(r"\b" + alternation(VENUE_VERBS) + _AT_A_VENUE)
# ... the whole venue: no noun of its own after it ("at the Hellenic Olympic Committee building" is
# the body's building), but a place's word ("the Beverly Hilton hotel") or the clause going on.
_VENUE_ENDS = re.compile(
    r"^(?:[’']?\s*[,.;:)\"”]|\s*$|\s+(?:in|on|near|at|from|until|for|this|next|last|and|which|where)\b|\s+[A-Z0-9]"
    r"|\s+(?P<noun>[a-z]+)\b)"
)
# "a sightseeing tour to Wadi Rum": the destination, a place.
_TRAVEL_BEFORE = re.compile(r"\b([a-z]+)\s+to\s+(?:the\s+)?$")
# "MTV's Asia Aid will be held in Bangkok", "the summit takes place", "the 10-day Berlinale runs
# until": the name's own verb says an event ("in Nottingham, which take place" is the trials').
_TAKES_PLACE_AFTER = re.compile(r"^\s+" + alternation(EVENT_VERBS_AFTER) + r"\b")
_HELD_AFTER = re.compile(r"^\s+" + alternation(HELD_AUXILIARIES) + r"\s+held\s+" + alternation(HELD_WHEN_WORDS) + r"\b")
# "win the Davis Cup.", "won the Golden Osella for": what is won is a competition or a prize, an
# event; not "won the Hartlepool by-election" (a noun follows: the name is no whole object).
_WON_BEFORE = re.compile(r"\b" + alternation(WINNING_VERBS) + r"\s+((?:the|an?)\s+)?$")
_ARTICLE_FIRST = re.compile(r"(?i)(?:the|an?)\s")
# "nominated for a Golden Globe", "the fifth annual Bloggies": an event (not an ordinal alone: "the
# 82nd Airborne Division").
_EVENT_WORDS_BEFORE = re.compile(
    r"\b(?:"
    + alternation(NOMINATION_WORDS)
    + r"\s+for\s+(?:(?:the|an?)\s+)?|"
    + alternation(EVENT_ADJECTIVES)
    + r"\s+)$"
)
_WON_OBJECT_ENDS = re.compile(
    r"^(?:[’']?s?\s*[,.;:!?)\"”]|\s*$|\s+" + alternation(WON_OBJECT_END_WORDS) + r"(?![\w-])|\s+[A-Z0-9])"
)
# "Thailand's Paradorn Srichaphan", "Japan's Ai Sugiyama": a country's possessive before a full name
# NER took for a place (an organisation NER reads as one: "Japan's Nippon Steel").
_POSSESSOR_BEFORE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)[’']s\s+$")
# "Labour MP for Hornsey and Wood Green": a constituency, a place.
_MEMBER_FOR_BEFORE = re.compile(r"\b" + alternation(MEMBER_TITLES) + r"s?\s+for\s+(?:the\s+)?$")
# "The Glasgow Kelvin MP, who was expelled": a constituency before a member's title ("the Labour
# MP" is the party's, by the party's own votes; "the SNP MP" an acronym's, left alone).
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_MEMBER_AFTER = re.compile(r"^\s+" + alternation(MEMBER_TITLES[:-1]) + r"s?\b")  # all but "AM"
# "he would contest Bethnal Green": an election's seat.
_CONTEST_BEFORE = re.compile(r"\b" + alternation(CONTEST_VERBS) + r"\s+$")
# "Brick Lane, east London", "Bethnal Green, in London": a place in a known place; without a
# compass word only for a name NER took for a place: not "Straw, in London for talks", "Shares in
# Vodafone, in London" (anyone and anything is in a place).
_IN_PLACE_AFTER = re.compile(
    r"^,\s+(in\s+)?(?:(" + "|".join(sorted(COMPASS_WORDS)) + r")(?:-\w+)?\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)
# "chief security architect at Cisco", "an analyst with Jupiter Research", "co-founder of
# Blinkx": the employer; the role may be written with a capital in an apposition ("Andrew
# Nachison, Director of the Media Center"; helper typ22).
_EMPLOYER_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][a-z]*(?:-[a-z]+)?)\s+(at|with|of)\s+(?:the\s+)?$")
# What a president, a partner is "of" may be a country, a person: no employer's word with "of".
_NOT_EMPLOYER_OF = frozenset({"president", "partner"})
# "Spain's most powerful bank, Santander": an organisation's noun in apposition before the name ...
_ORG_NOUN_COMMA_BEFORE = re.compile(r"\b([a-z]+),\s+$")
# ... or after it: "Pyra Labs, makers of the Blogger software", "Freddie Mac, the country's other
# largest mortgage firm,", "O2, Britain's other big mobile phone operator,", "Tottenham - the club
# where".
_ORG_NOUN_COMMA_AFTER = re.compile(
    r"^[’']?(?:,|\s+[-–—])\s+(?:(?:the|a|an)\s+)?((?:[A-Za-z][\w’'-]*\s+){0,5}?[a-z][a-z-]*)(?=\s+"
    + alternation(ORG_APPOSITION_END_WORDS)
    + r"\b|\s*[,.;:)]|\s*$)"
)


def _full_name_shape(surface: str) -> bool:
    """Two or three capitalised words with nothing of an organisation's, a place's or an event's
    ("Paradorn Srichaphan", not "West End", "Notting Hill Carnival", "Royal Mail")."""
    words = surface.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and N.bare(words[0]) not in REGION_QUALIFIERS
        and not N.has_org_word(surface)
        and not N.kind_of_name(surface)
        and N.plain(surface) not in PLACE_NAMES
    )


def _held_there(before: str, after: str) -> bool:
    """A verb of a gathering being held before "at" and the name, which ends there or with a
    place's word: the venue ("which take place at London's Odeon Leicester Square", "held at the
    Bristol Academy on 19 February", "staged at Musselburgh Racecourse near Edinburgh")."""
    if not _VENUE_VERB_BEFORE.search(before):
        return False
    ends = _VENUE_ENDS.match(after)
    return bool(ends) and (ends.group("noun") is None or ends.group("noun") in PLACE_AFTER | PLACE_HEADS)


def clause_votes(m: Mention, text: str, placed: bool) -> Counter:
    """The type votes of the clause around the mention (`placed`: a preposition of place is right
    before it already, evidence.words_around's own vote)."""
    after = text[m.end : m.end + 40]
    before = text[max(0, m.start - 40) : m.start]
    votes: Counter = Counter()
    listed = None if placed else _PLACE_LIST_BEFORE.search(text[max(0, m.start - 120) : m.start])
    if listed and N.plain(listed.group(1)) in PLACE_NAMES:
        votes["place"] += 1  # "in Madrid and Lievin": the preposition governs both (not "an
        # investigation into Vodafone and Deutsche Telekom": the first must be a known place)
    employer = _EMPLOYER_BEFORE.search(before)
    possessed = re.match(r"^[’']s?\s", after)  # "director of Liverpool's academy": the academy's
    role = employer.group(1).lower() if employer else ""
    if employer and role in EMPLOYER_ROLES and not (employer.group(2) == "of" and possessed):
        if employer.group(2) != "of" or role not in _NOT_EMPLOYER_OF:
            votes["org"] += 2  # "security expert at Energis", "co-founder of Blinkx": the employer
    venue = _VENUE_BEFORE.search(text[max(0, m.start - 80) : m.start])
    if venue and (venue.group(1) is None or venue.group(1) in VENUE_EVENTS):
        votes["place"] += 2  # "a news conference at Molineux" (not "meeting": "a meeting at Microsoft")
    if _held_there(before, after):
        votes["place"] += 3  # "held at the Bristol Academy on 19 February": a venue
    if _EVENT_WORDS_BEFORE.search(before) and _WON_OBJECT_ENDS.match(after):
        votes["event"] += 2  # "nominated for a Golden Globe.", "the fifth annual Bloggies"
    won = _WON_BEFORE.search(before)
    if won and (won.group(1) or _ARTICLE_FIRST.match(m.surface)) and _WON_OBJECT_ENDS.match(after):
        votes["event"] += 2  # "won the Golden Osella for", "win the Davis Cup."
    owner = _POSSESSOR_BEFORE.search(before)
    if owner and N.plain(owner.group(1)) in PLACE_NAMES and m.label != "ORG" and _full_name_shape(m.surface):
        votes["person"] += 2  # "Thailand's Paradorn Srichaphan"
    if _MEMBER_FOR_BEFORE.search(before):
        votes["place"] += 3  # "Labour MP for Hornsey and Wood Green"
    surface = m.surface.strip()
    if (
        _MEMBER_AFTER.match(after)
        and (_THE_BEFORE.search(before) or re.match(r"(?i)the\s", surface))
        and not N.is_acronym(re.sub(r"(?i)^the\s+", "", surface))
    ):
        # "The Glasgow Kelvin MP"; weakly where no word is a known place: "the Sinn Fein MP" is a
        # party's member, and not every party is in the lexicon.
        votes["place"] += 3 if any(N.plain(w) in PLACE_NAMES for w in surface.split()) else 1
    if _CONTEST_BEFORE.search(before):
        votes["place"] += 2  # "he would contest Bethnal Green"
    located = _IN_PLACE_AFTER.match(after)
    if (
        located
        and (located.group(2) or m.label in PLACE_OR_FACILITY_LABELS)
        and N.plain(located.group(3)) in PLACE_NAMES
        and N.plain(surface) not in PLACE_NAMES
    ):
        votes["place"] += 2  # "Brick Lane, east London"
    travel = _TRAVEL_BEFORE.search(before)
    if travel and travel.group(1) in TRAVEL_NOUNS:
        votes["place"] += 2  # "a sightseeing tour to Wadi Rum"
    if _TAKES_PLACE_AFTER.match(after) or (_HELD_AFTER.match(text[m.end : m.end + 60]) and m.label != "PERSON"):
        votes["event"] += 3  # "Asia Aid will be held in Bangkok" (a person is held in custody)
    noun_before = _ORG_NOUN_COMMA_BEFORE.search(before)
    noun_after = _ORG_NOUN_COMMA_AFTER.match(text[m.end : m.end + 80])
    head = noun_after.group(1).split()[-1] if noun_after else ""
    if (noun_before and noun_before.group(1) in BAND_WORDS) or head in BAND_WORDS or KIND_NOUNS.get(head) == "org":
        votes["org"] += 2  # "Spain's biggest bank, Santander", "Pyra Labs, makers of"
    return votes
