"""Whose surname, between two people of one surname in one article: the one it already named.

"Michael Howard ... Mr Howard later added ... The strategist helped Australia's PM, John Howard,
win four elections. Mr Howard appointed Mr Crosby": a bare surname that the article has already
used alone for one of its people goes on naming that person; a second person of the surname,
brought in by full name, is told apart by that full name and does not take over the bare surname
(people._place_single_names asks; the nearest full name before decides only the first use).
"""

from __future__ import annotations


def already_named(surname: str, people: set[str], named: dict[str, str]) -> str | None:
    """The person among `people` (the article's full names the bare surname fits, as roots) whom
    an earlier bare use of `surname` in the article was placed with ({surname: person}), if any."""
    person = named.get(surname)
    return person if person in people else None
