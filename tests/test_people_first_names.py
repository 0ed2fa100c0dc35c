"""Full names that share a surname are one person only when their first names are one name: real
BBC articles, the real model.

Seen on the 2,225 BBC articles: the team sheet's "S Williams" fitted Shane Williams (rugby),
Serena Williams (tennis) and Sonny Bill Williams, and made them one actor (it is the Shane Williams
its own article names in full); "Robin Williams" and "Robbie Williams" folded to close keys
("robin", "robie") and were one actor too."""

from __future__ import annotations

import pytest

from dossier.index.entities.people import _first_names_compatible
from dossier.index.read import Reader
from helpers import bbc_index


# sport-312: Wales v Italy, "Shane Williams" in the report and "S Williams" in the team sheet;
# sport-430: Serena Williams; entertainment-095: Robin Williams; entertainment-004: Robbie Williams.
PICKS = ("bbc-sport-312", "bbc-sport-430", "bbc-entertainment-095", "bbc-entertainment-004")


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "first-names", lambda r: r["id"] in PICKS)) as reader:
        actors = list(reader.actors())
    holder = {}
    for actor in actors:
        for alias in actor.aliases:
            holder.setdefault(alias, set()).add(actor.id)
    return holder


def _one(holder, form: str) -> str:
    assert len(holder.get(form, ())) == 1, f"{form!r}: {holder.get(form)}"
    return next(iter(holder[form]))


def test_an_initial_that_fits_two_people_joins_the_one_its_article_names(people):
    # the team sheet's "S Williams" is the Shane Williams its own report names in full, never the
    # Serena Williams of another article (people._join_full_names)
    shane, serena = _one(people, "Shane Williams"), _one(people, "Serena Williams")
    assert shane != serena
    assert _one(people, "S Williams") == shane


def test_close_folded_first_names_are_not_enough(people):
    assert _one(people, "Robin Williams") != _one(people, "Robbie Williams")


@pytest.mark.parametrize(
    "a, b, same",
    [("William", "Willian", True), ("Kirsty", "Kisrty", True), ("J.", "John", True)]
    + [("Robin", "Robbie", False), ("Jason", "Jake", False), ("Shane", "Serena", False)],
)
def test_first_names_compatible(a, b, same):
    assert _first_names_compatible(a, b) is same
