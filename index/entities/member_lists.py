"""A band's word that counts members before names joined by "and" introduces the members, who are
people, not the band (issue 10, session 15, helper typ15a).

"Leicester duo Ollie Smith and Andy Goode", "comedy duo Matt Lucas and David Walliams", "Scotland
duo Gordon Bulloch and Chris Cusiter": the duo is the pair, and each name one of its two people.
evidence.py reads a band's word before a name as an organisation's cue ("rock band Keane"), and a
cue no title answers makes every mention of the name an organisation's (type_votes.py), so one
"duo" turned ten mentions of Ollie Smith into a club's. A counting word (lexicon.GROUP_COUNT_NOUNS:
"duo", "trio", "quartet") followed by the name, then "and" or a comma and another capitalised name,
is no organisation's cue; before one name ("pop duo Erasure") it still is.
"""

from __future__ import annotations

import re

from ..lexicon import GROUP_COUNT_NOUNS

# After the name: more names and commas, then "and" and a capitalised word ("X and Y", "X, Y and Z").
_MORE_NAMES_AFTER = re.compile(r"^[’']?(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*,?\s+and\s+[A-Z]")


def introduces_members(noun: str, after: str) -> bool:
    """`noun` before a name counts a group's members and `after` (the text after the name) joins
    more names to it: the name is a member's, no organisation's."""
    return noun.lower() in GROUP_COUNT_NOUNS and bool(_MORE_NAMES_AFTER.match(after))
