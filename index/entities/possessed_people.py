"""A name whose possessive holds a person is an organisation: "Aston Villa's Mark Delaney",
"Everton's Thomas Gravesen", "Oxfam's Barbara Stocking", "Coldplay's Chris Martin", "ABN Amro's
Eddie Wong". A club's player, a band's singer, a firm's or a charity's officer are written so; NER
calls many of these clubs, bands and firms people (Everton, Aston Villa, Oxfam on the BBC corpus).
A person's possessive holds a work or a character more often than a person ("Mike Leigh's Vera
Drake", "Charles Dickens' Oliver Twist"), so a name that begins with a given name is left alone, as
is a name of two words or more NER calls a person ("Susanna Clarke's Jonathan Strange") and the
gazetteer's places ("Britain's Rod Stewart": a country, already a place)."""

from __future__ import annotations

import re
from collections import Counter

from . import names as N
from ..lexicon import PLACE_NAMES
from ..records import Mention

# "'s Mark Delaney", "' David Slager": a given name, then a capitalised surname.
_POSSESSIVE_AFTER = re.compile(r"^[’']s?(?=\s)")
_PERSON_AFTER = re.compile(r"^\s+([A-Z][a-z]+)\s+(?:Mc|Mac|O')?[A-Z][a-z]+\b")


def possessed_person_votes(m: Mention, text: str) -> Counter:
    """An organisation's vote for a name whose possessive holds a person's full name."""
    votes: Counter = Counter()
    after = text[m.end : m.end + 40]
    if not re.search(r"[’']s?$", m.surface):  # the possessive is in the mention or right after it
        possessive = _POSSESSIVE_AFTER.match(after)
        if not possessive:
            return votes
        after = after[possessive.end() :]
    owned = _PERSON_AFTER.match(after)
    if not owned or N.bare(owned.group(1)) not in N.GIVEN_NAMES:
        return votes
    name = N.clean_name(m.surface, m.label)
    bare = name.name or m.surface.strip()
    if name.personal or N.starts_with_given_name(bare) or N.plain(bare) in PLACE_NAMES:
        return votes
    if m.label == "PERSON" and len(bare.split()) >= 2:
        return votes  # "Susanna Clarke's Jonathan Strange": a full name the given names lack
    votes["org"] += 3  # as strong as a firm's noun before it: a member is named so only by his body
    return votes
