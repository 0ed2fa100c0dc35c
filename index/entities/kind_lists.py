"""A plural kind noun right before a list of names says the kind of each ("companies such as
Nokia, Philips and Alcatel", "start-up companies Gizmondo and Tapwave Zodiac", "singers Joss
Stone and Jamelia"): its type, three votes (lexicon.KIND_NOUNS). Where the noun is the plural of
a firm's, a band's or a club's word (lexicon.FIRM_KIND_PLURALS: "companies", "bands",
"publishers", "airlines"), the names are organisations as surely as after the singular ("oil
firm Yukos", "rock band Keane": evidence.py's organisation cue), and get the same cue: no
person is one of "companies X and Y", no place either. NER labels such one-word names a person
or a place, and a name met once has nothing else: "start-up companies Gizmondo and" (NER: a
GPE, as in its two other mentions of the article, so a tie the place won; helper typ19o). Only in
a list or after "such as", "including", "like": a name alone after the noun may be a relative
clause's subject ("two handmade wedding bands Ozzy gave her", entertainment-141). Not the last
word of a compound ("film-makers Roger Michell, Mike Leigh": the makers of films are people)."""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import FIRM_KIND_PLURALS, KIND_NOUNS
from ..records import Mention

# "companies such as Nokia, Intel, Philips and", "start-up companies Gizmondo and", "GM's main
# European brands are Opel and": a kind noun, then names and their commas.
_LISTED_AFTER = re.compile(
    r"\b([a-z]+)((?:\s+(?:are|were|include|includes|included)\s+|\s+|,\s+(?=such\s+as|including|like))"
    r"(?:(?:such\s+as|including|like)\s+)?"
    r"(?:[A-Z][\w&’'.\-]*(?:\s+(?:of\s+|the\s+)?[A-Z0-9][\w&’'.\-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+))*)$"
)
# ... a list goes on after the name: "companies Gizmondo and Tapwave Zodiac", "firms Nokia, Intel".
_LIST_GOES_ON = re.compile(r"^[’']?s?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)[A-Z]")


def kind_list_votes(m: Mention, text: str) -> Counter:
    """The kind's votes of a name a plural kind noun lists, and the organisation's cue where the
    kind is a firm's, a band's or a club's."""
    window = text[max(0, m.start - 200) : m.start]
    listed = _LISTED_AFTER.search(window)
    if not listed or listed.group(1) not in KIND_NOUNS:
        return Counter()
    votes = Counter({KIND_NOUNS[listed.group(1)]: 3})
    compound = listed.start(1) > 0 and window[listed.start(1) - 1] == "-"
    # A list, or a name "such as", "including", "like" introduce: not a name alone after the noun,
    # which may be a relative clause's subject ("two handmade wedding bands Ozzy gave her").
    in_a_list = bool(listed.group(2).strip()) or bool(_LIST_GOES_ON.match(text[m.end : m.end + 40]))
    if listed.group(1) in FIRM_KIND_PLURALS and not compound and in_a_list:
        votes["org_cue"] = 1  # read by make_node, not a type
    return votes
