"""A national side's nickname is its country: "the All Blacks", "the Springboks", "the Azzurri".

The news names a national team by its country ("Wales beat France") and by its nickname ("the
All Blacks' defence"); a national side is its country (bench/gold/README.md), so the nickname is
grouped with the country's name (grouping.other_key): one actor, typed by all their votes, a
place. NER calls the nicknames organisations, places or people; one it calls a person ("Pumas")
goes to people.py first and stays apart. The nicknames are lexicon.NATIONAL_SIDE_NICKNAMES.
"""

from __future__ import annotations

from . import names as N
from ..lexicon import NATIONAL_SIDE_NICKNAMES


def national_side(name: str) -> str:
    """The country a national side's nickname names, or the name as it is."""
    return NATIONAL_SIDE_NICKNAMES.get(N.plain(name).removeprefix("the "), name)
