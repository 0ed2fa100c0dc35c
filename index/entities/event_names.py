"""An event's (or a body's) other names: "the Oscars" are the Academy Awards, "the Fed" is the
Federal Reserve (lexicon.NAME_ALIASES, general knowledge no rule derives); "X Awards" meets X
alone ("Grammy Awards", "Grammy") unless X names the body that gives them ("the Academy" of the
Academy Awards, lexicon.AWARD_GIVER_WORDS, or an organisation's word); "X Championship" meets X
when X has two words or more ("Six Nations Championship", "Six Nations"; not "World
Championships", "World"). grouping.other_key asks.
"""

from __future__ import annotations

import re

from . import names as N
from ..lexicon import AWARD_GIVER_WORDS, NAME_ALIASES, ORG_WORDS


def aliased(name: str) -> str:
    """The written name an alias stands for ("Oscars" -> "Academy Awards"), else the name."""
    p = N.plain(name)
    return NAME_ALIASES.get(p.removeprefix("the "), name)


def a_givers_name(stem: str) -> bool:
    """The plain words left of "X Awards" name the body that gives them: a body's word alone
    ("academy"), not a name of its own ("grammy", "bafta")."""
    return stem in AWARD_GIVER_WORDS or stem in ORG_WORDS


_AWARDS = re.compile(r"\s+awards?$")
_CHAMPIONSHIP = re.compile(r"\s+championships?$")


def event_stem(p: str) -> str:
    """The plain words of an event's name that its other writings share: without "awards" (but
    a giver's name) and without "championship" after two words or more; else the words."""
    stem = _AWARDS.sub("", p)
    if stem != p:
        return p if not stem or a_givers_name(stem) else stem
    stem = _CHAMPIONSHIP.sub("", p)
    return stem if stem != p and len(stem.split()) >= 2 else p
