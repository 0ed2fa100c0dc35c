"""Whose bare surname: the person whose articles keep the same company as this one.

A surname alone with no evidence of its own ("Howard" in a Manchester United team sheet) names,
among the people of the corpus with that surname, the one whose articles share the most other
names with its article (Tim Howard's match reports name Manchester United, Alex Ferguson, Paul
Scholes; Michael Howard's articles share at most a city with it), not the one the corpus names
most often. `people._Surnames.person` counts the shared names; this module decides.
"""

from __future__ import annotations


def most_linked(shared: dict[str, int], named_most: str) -> str:
    """The person ({person: how many names one of their articles shares with this article}) who
    shares more names than every other, when that is not the person the corpus names most often
    (`named_most`, whom the caller takes otherwise); else `named_most`. A tie, or no name shared,
    leaves the choice to the count."""
    ranked = sorted(shared.items(), key=lambda kv: -kv[1])
    best, most = ranked[0]
    if most == 0 or (len(ranked) > 1 and ranked[1][1] == most):
        return named_most
    return best
