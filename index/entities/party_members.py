"""A party's form glued before a person's name: "Tory Dominic Grieve", "Lib Dem Norman Baker",
"Tory Liam Fox" (helper spk14b, session 14).

The recogniser takes the party word into the person's name ("Tory Dominic", "Tory Liam Fox"), so
the person becomes an actor of their own under a name no one else shares, and the party loses a
mention (README conventions: "Tory leader", "Lib Dem spokesman" are mentions of the party). A
person's mention that opens with one of a party's forms (lexicon.PARTY_FORMS, through
names.is_party_form), with a capitalised word left after it, is two mentions: the party's and the
person's. `party_word_off` returns the new records; the mention given is not changed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Mention
from .names import is_party_form

# the party's form: one or two capitalised words ("Tory", "Lib Dem", "Liberal Democrat")
_LEAD = re.compile(r"([A-Z][\w-]*(?: [A-Z][\w-]*)?) (?=[A-Z])")


def party_word_off(m: Mention) -> list[Mention]:
    """[the party's mention, the person's] when a person's mention opens with a party's form
    and a capitalised word follows it; else [m]."""
    if m.label != "PERSON":
        return [m]
    for lead in _leads(m.surface):
        rest = m.surface[len(lead) + 1 :]
        if is_party_form(lead) and rest[:1].isupper() and not is_party_form(rest.split()[0]):
            cut = m.start + len(lead) + 1
            return [
                replace(m, end=m.start + len(lead), surface=lead, label="ORG"),
                replace(m, start=cut, surface=rest),
            ]
    return [m]


def _leads(surface: str) -> list[str]:
    """The one- and two-word openings of the surface that have a capitalised word after them,
    longest first."""
    words = surface.split(" ")
    return [" ".join(words[:n]) for n in (2, 1) if len(words) > n and words[n][:1].isupper()]
