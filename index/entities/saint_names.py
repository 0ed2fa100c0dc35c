"""Saints' names: "St James' Park", "St Helens", "St Fintian's", "Saint Kitts" name places, schools,
churches, clubs and firms, no living person; NER often calls them people for the given name after
"St" ("St James"). The news names a saint himself seldom (none in the BBC corpus), so a name
whose first word is "St" or "Saint" and whose votes say a person is the next type its votes say,
an organisation where it has an organisation's votes, else a place.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .nodes import Node

_SAINT = re.compile(r"(?:St\.?|Saint)\s+[A-Z]")


def saint_named(ns: list[Node]) -> bool:
    """Every node's name opens with "St" or "Saint" and a capitalised word, none with a title."""
    return bool(ns) and all(_SAINT.match(n.name) and not n.personal for n in ns)


def saint_type(votes: Counter) -> str:
    """The type of a saint's name no person has: an organisation's where its votes say one (a
    school, a club, a firm), else a place."""
    return "org" if votes.get("org", 0) > votes.get("place", 0) else "place"
