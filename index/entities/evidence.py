"""What the words around a mention say about the name (step 1 of actors.py's module doc).

Each test reads the article text just before or after a mention, never a parse: a person's title
before it ("Chancellor X"), a speech verb after it, a preposition of place before it, a role or an
organisation's word after it ("X manager", "the X administration"), an organisation's noun before
it ("oil firm X"), what "X's ..." has, "X-born"; an event's word after it ("X award") or a
period's possessive before it ("this year's X"); a club player's role after it ("X defender");
a job before "at" it (its employer: "architect at Cisco"); a place's preposition over a list
("in Madrid and Lievin"); an organisation's noun in apposition ("bank, Santander", "Pyra Labs,
makers of"); a gathering or a match before "at" it (its venue: "a news conference at Molineux");
a journey before "to" it ("a tour to Wadi Rum"); "X will be held", "X takes place" (an event).
The word lists are in lexicon.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from . import names as N
from ..lexicon import (
    BAND_ROLES_AFTER,
    BAND_WORDS,
    CLUB_ROLES_AFTER,
    EMPLOYER_ROLES,
    EVENT_AFTER,
    EVENT_HEADS,
    EVENT_PERIODS,
    KIND_NOUNS,
    MATCH_BEFORE,
    ORG_AFTER_NAME,
    ORG_POSSESSED,
    PERSON_TITLES_BEFORE,
    PERSONAL_POSSESSED,
    PLACE_AFTER,
    PLACE_OF_NOUNS,
    PLACE_HEADS,
    PLACE_NAMES,
    PLACE_PREPOSITIONS,
    REGION_QUALIFIERS,
    ROLES_AFTER,
    SPEECH_FORMS_AFTER_NAME,
    TRAVEL_NOUNS,
    VENUE_EVENTS,
)
from ..records import Mention

_SPEECH_AFTER = re.compile(r"^[’']?s?\s*,?\s*(?:" + "|".join(SPEECH_FORMS_AFTER_NAME) + r")\b")
_ORG_AFTER = re.compile(r"^\s+(" + "|".join(sorted(ORG_AFTER_NAME)) + r")\b")
_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(PLACE_PREPOSITIONS) + r")\s+(?:the\s+)?$")
# "meets in Madrid and Lievin", "in Bangkok, Jakarta or Colombo": the last name of a list that one
# preposition of place governs (not "in January, NTT DoCoMo": a comma alone ends the phrase).
_NAME = r"[A-Z][\w&’'.\-]*(?:\s+[A-Z][\w&’'.\-]*)*"
_PREPOSITION = r"\b(?:" + "|".join(PLACE_PREPOSITIONS) + r")\s+(?:the\s+)?"
_PLACE_LIST_BEFORE = re.compile(_PREPOSITION + "(" + _NAME + r")(?:\s*,\s*" + _NAME + r")*,?\s+(?:and|or)\s+$")
# "a news conference at Molineux", "against Australia at Murrayfield": the venue, a place.
_VENUE_BEFORE = re.compile(r"(?:\b([a-z]+)|\bagainst\s+" + _NAME + r")\s+at\s+(?:the\s+)?$")
# "a sightseeing tour to Wadi Rum": the destination, a place.
_TRAVEL_BEFORE = re.compile(r"\b([a-z]+)\s+to\s+(?:the\s+)?$")
# "MTV's Asia Aid will be held in Bangkok", "the summit takes place": the name's own verb says an
# event ("in Nottingham, which take place" is the trials').
_TAKES_PLACE_AFTER = re.compile(r"^\s+(?:will\s+|would\s+)?(?:takes?|took)\s+place\b")
_HELD_AFTER = re.compile(
    r"^\s+(?:will\s+be|is|was|are|were|has\s+been|is\s+being|is\s+to\s+be)\s+held\s+(?:in|at|on|every|annually)\b"
)
# "win the Davis Cup.", "won the Golden Osella for": what is won is a competition or a prize, an
# event; not "won the Hartlepool by-election" (a noun follows: the name is no whole object).
_WON_BEFORE = re.compile(
    r"\b(?:won|win|wins|winning|lift|lifted|lifting|retain|retained|retaining)\s+((?:the|an?)\s+)?$"
)
_ARTICLE_FIRST = re.compile(r"(?i)(?:the|an?)\s")
# "nominated for a Golden Globe", "the fifth annual Bloggies", "the 77th Academy Awards": an event.
_EVENT_WORDS_BEFORE = re.compile(
    r"\b(?:(?:nominated|shortlisted|nomination|nominations)\s+for\s+(?:(?:the|an?)\s+)?|annual\s+|inaugural\s+"
    r"|biennial\s+|\d+(?:st|nd|rd|th)\s+)$"
)
_WON_OBJECT_ENDS = re.compile(
    r"^(?:[’']?s?\s*[,.;:!?)\"”]|\s*$|\s+(?:in|at|on|for|and|or|with|by|after|before|when|last|this|since|but|"
    r"as|to|from|of|which|that|who|whose|is|are|was|were|will|would|has|have|had|twice|again|title|titles|crown|"
    r"trophy|medal)(?![\w-])|\s+[A-Z0-9])"
)
# "Thailand's Paradorn Srichaphan", "Japan's Ai Sugiyama": a country's possessive before a full name
# NER took for a place (an organisation NER reads as one: "Japan's Nippon Steel").
_POSSESSOR_BEFORE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)[’']s\s+$")
# "Labour MP for Hornsey and Wood Green": a constituency, a place.
_MEMBER_FOR_BEFORE = re.compile(r"\b(?:MP|MEP|MSP|MLA|AM)s?\s+for\s+(?:the\s+)?$")
# "The Glasgow Kelvin MP, who was expelled": a constituency before a member's title ("the Labour
# MP" is the party's, by the party's own votes; "the SNP MP" an acronym's, left alone).
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_MEMBER_AFTER = re.compile(r"^\s+(?:MP|MEP|MSP|MLA)s?\b")
# "he would contest Bethnal Green": an election's seat.
_CONTEST_BEFORE = re.compile(r"\b(?:contest|contests|contesting|contested)\s+$")
# "Bethnal Green, in London", "Brick Lane, east London": a place in a known place.
_IN_PLACE_AFTER = re.compile(
    r"^,\s+(?:in\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)(?:-\w+)?\s+)?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)
# "chief security architect at Cisco", "an analyst with Jupiter Research", "co-founder of
# Blinkx": the employer.
_EMPLOYER_BEFORE = re.compile(r"(?<![\w-])([a-z]+(?:-[a-z]+)?)\s+(at|with|of)\s+(?:the\s+)?$")
# What a president, a partner is "of" may be a country, a person: no employer's word with "of".
_NOT_EMPLOYER_OF = frozenset({"president", "partner"})
# "Spain's most powerful bank, Santander": an organisation's noun in apposition before the name ...
_ORG_NOUN_COMMA_BEFORE = re.compile(r"\b([a-z]+),\s+$")
# ... or after it: "Pyra Labs, makers of the Blogger software", "Freddie Mac, the country's other
# largest mortgage firm,".
_ORG_NOUN_COMMA_AFTER = re.compile(
    r"^[’']?,\s+(?:(?:the|a|an)\s+)?((?:[A-Za-z][\w’'-]*\s+){0,4}?[a-z][a-z-]*)(?=\s+(?:of|which|that|based|in|with|whose)\b|\s*[,.;:)]|\s*$)"
)
_ROLE_AFTER = re.compile(r"^\s+([a-z]+(?:-[a-z]+)?)\b")
# An event's word right after the name, or after one more lower-case word ("MTV Asia music award").
_EVENT_WORD_AFTER = re.compile(r"^\s+(?:[a-z]+\s+(?=(?:" + "|".join(sorted(EVENT_AFTER)) + r")\b))?([a-z]+)\b")
# "X's agent", "Yukos' main shareholders": the first word after the possessive, or the second.
_POSSESSED = re.compile(r"^[’'](?:s)?\s+(\w+)\b(?:\s+([a-z]+)\b)?")
_POSSESSED_WORDS = PERSONAL_POSSESSED | ORG_POSSESSED
_ITS_AFTER = re.compile(r"^[’']?s?,?\s+(?:\w+\s+)?its\b")
_BORN_AFTER = re.compile(r"^-(?:born|based)\b")
# "Juninho, who has just bought": "who" with a singular verb is a person's (a club takes "who are").
_WHO_AFTER = re.compile(r"^[’']?s?,\s+who\s+(?:is|was|has|had)\b")
# "the town of Kirkcaldy", "the outskirts of Baghdad", "the constituency of Bethnal Green": a place.
_PLACE_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_OF_NOUNS)) + r")\s+of\s+$")
_MATCH_BEFORE = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in MATCH_BEFORE) + r")\s+$")
# Not the end of a compound: "open-side Martyn Williams" is a flanker, not a club's "side".
_ORG_BEFORE = re.compile(r"(?<![\w-])([a-z]+(?:-[a-z]+)?)\s+(?:the\s+)?$")
_PERIOD_BEFORE = re.compile(r"\b(?:this|last|next)\s+(?:" + "|".join(sorted(EVENT_PERIODS)) + r")[’']s\s+$", re.I)
_YEAR_BEFORE = re.compile(r"\bthe\s+(?:19|20)\d\d\s+$", re.I)
# "companies such as Nokia, Intel, Philips and", "start-up companies Gizmondo and": a kind noun,
# then names and their commas.
_LISTED_AFTER = re.compile(
    r"\b([a-z]+)(?:\s+|,\s+(?=such\s+as|including|like))(?:(?:such\s+as|including|like)\s+)?"
    r"(?:[A-Z][\w&’'.\-]*(?:\s+(?:of\s+|the\s+)?[A-Z0-9][\w&’'.\-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+))*$"
)
_KIND_IN_APPOSITION = re.compile(r"\b([a-z]+),\s+$")
_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;]\s*[\"“”‘’']?\s*|\n\s*[\"“”‘’'\-–—•*]*\s*)$")


def named_with_the(m: Mention, text: str | None, name: str) -> bool:
    """ "The" written with a capital inside a sentence before a one-word name."""
    if text is None or not m.surface.startswith("The ") or " " in name or not name[:1].isupper():
        return False
    return not _SENTENCE_START.search(text[max(0, m.start - 6) : m.start])


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


def words_around(m: Mention, text: str) -> tuple[bool, Counter]:
    """(a person's title before the mention, the type votes of the words around it: a speech verb
    after it, a preposition of place before it, a role word after it)."""
    after = text[m.end : m.end + 40]
    before = text[max(0, m.start - 40) : m.start]
    votes: Counter = Counter()
    tb = _TITLE_BEFORE.search(before)
    titled = bool(tb and tb.group(1).lower() in PERSON_TITLES_BEFORE and not _PLACE_BEFORE.search(before))
    if _SPEECH_AFTER.match(after):
        votes["person"] += 1
        votes["spoke"] = 1  # read by _make_node, not a type
    if _PLACE_BEFORE.search(before):
        votes["place"] += 1
    elif (listed := _PLACE_LIST_BEFORE.search(text[max(0, m.start - 120) : m.start])) and N.plain(
        listed.group(1)
    ) in PLACE_NAMES:
        votes["place"] += 1  # "in Madrid and Lievin": the preposition governs both (not "an
        # investigation into Vodafone and Deutsche Telekom": the first must be a known place)
    employer = _EMPLOYER_BEFORE.search(before)
    if employer and employer.group(1) in EMPLOYER_ROLES:
        if employer.group(2) != "of" or employer.group(1) not in _NOT_EMPLOYER_OF:
            votes["org"] += 2  # "security expert at Energis", "co-founder of Blinkx": the employer
    venue = _VENUE_BEFORE.search(text[max(0, m.start - 80) : m.start])
    if venue and (venue.group(1) is None or venue.group(1) in VENUE_EVENTS):
        votes["place"] += 2  # "a news conference at Molineux", "against Scotland at Murrayfield"
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
        votes["place"] += 3  # "The Glasgow Kelvin MP"
    if _CONTEST_BEFORE.search(before):
        votes["place"] += 2  # "he would contest Bethnal Green"
    located = _IN_PLACE_AFTER.match(after)
    if located and N.plain(located.group(1)) in PLACE_NAMES and N.plain(surface) not in PLACE_NAMES:
        votes["place"] += 2  # "Brick Lane, east London"
    travel = _TRAVEL_BEFORE.search(before)
    if travel and travel.group(1) in TRAVEL_NOUNS:
        votes["place"] += 2  # "a sightseeing tour to Wadi Rum"
    if _TAKES_PLACE_AFTER.match(after) or (_HELD_AFTER.match(text[m.end : m.end + 60]) and m.label != "PERSON"):
        votes["event"] += 3  # "Asia Aid will be held in Bangkok" (a person is held in custody)
    if _PLACE_OF_BEFORE.search(before):
        votes["place"] += 2  # "the town of Kirkcaldy", "the constituency of Bethnal Green"
    ra = _ROLE_AFTER.match(after)
    if ra and (ra.group(1) in ROLES_AFTER or ra.group(1) in BAND_ROLES_AFTER):
        votes["org"] += 2
    if ra and (ra.group(1) in PLACE_AFTER or ra.group(1) in PLACE_HEADS):
        votes["place"] += 2
    # One word on only after a name of several ("Richard and Judy book award": Judy is no event).
    ea = _EVENT_WORD_AFTER.match(after) if " " in m.surface.strip() else ra
    if ea and ea.group(1) in EVENT_AFTER:
        votes["event"] += 3  # "the Golden Lion award", "the Davis Cup final", "MTV Asia music award"
    if ra and (ra.group(1) in CLUB_ROLES_AFTER or ra.group(1) in BAND_ROLES_AFTER):
        votes["member_cue"] = 1  # "Charlton defender X", "Franz Ferdinand frontman X": read by _make_node
    if _PERIOD_BEFORE.search(before):
        votes["event"] += 3  # "this year's CES", "last year's Mercury Music Prize"
    elif _YEAR_BEFORE.search(before):
        votes["event"] += 2  # "the 1998 World Cup", "the 2000 US Open"
    owned = _POSSESSED.match(after)
    thing = next((w for w in (owned.groups() if owned else ()) if w in _POSSESSED_WORDS), None)
    if thing in PERSONAL_POSSESSED:
        votes["person"] += 2  # "Fortuyn's murder", "Juninho's father was"
        votes["person_cue"] = 1  # what only a person has: read by make_node, not a type
    elif thing in ORG_POSSESSED:
        votes["org"] += 2  # "Yukos' shareholders"
    if _ITS_AFTER.match(after):
        votes["org"] += 1  # "Yukos claims its", "Yukos, its staff"
    if _WHO_AFTER.match(after):
        votes["person"] += 2  # "Juninho, who has", not "Manchester City, who are"
        votes["person_cue"] = 1
    if _MATCH_BEFORE.search(before):
        votes["club_cue"] = 1  # "beat Newcastle", "a home tie with Middlesbrough": read by _make_node
    if _BORN_AFTER.match(after):
        votes["place"] += 3  # "Ballymena-born", "London-based"
    listed = _LISTED_AFTER.search(text[max(0, m.start - 200) : m.start])
    if listed and listed.group(1) in KIND_NOUNS:
        votes[KIND_NOUNS[listed.group(1)]] += 3  # "companies such as Nokia, Philips and Alcatel"
    kind = _KIND_IN_APPOSITION.search(before)
    if kind and kind.group(1) in EVENT_HEADS:
        votes["event"] += 3  # "a major mobile industry conference, 3GSM, which"
    noun_before = _ORG_NOUN_COMMA_BEFORE.search(before)
    noun_after = _ORG_NOUN_COMMA_AFTER.match(text[m.end : m.end + 80])
    head = noun_after.group(1).split()[-1] if noun_after else ""
    if (noun_before and noun_before.group(1) in BAND_WORDS) or head in BAND_WORDS or KIND_NOUNS.get(head) == "org":
        votes["org"] += 2  # "Spain's biggest bank, Santander", "Pyra Labs, makers of"
    ob = _ORG_BEFORE.search(before)
    if ob and ob.group(1).lower() in BAND_WORDS:
        votes["org"] += 4  # "rock band Keane", "oil firm Yukos"
        votes["org_cue"] = 1  # read by _make_node, not a type
    return titled, votes
