"""A sentence's opening word is no part of a name: real BBC articles, the real model.

Seen in the 2,225 BBC articles' actors (session 12):
- "On Tuesday" a person of 22 mentions, "On Wednesday" 20, "In October" 13: a team sheet's rule
  (spans._list_members) read "On Tuesday, Doherty and his three bandmates" as a list of names;
- "Without Angels" a person of 26 mentions: the same rule made "Without Angels, Robbie Williams
  may well not be ..." a list, and the song's 25 other mentions joined it;
- "In July, Diageo, which ...", "Last April, Kelly Holmes spoke": the same, with a month;
- "Nevertheless Franz Ferdinand" (NER glued the sentence's adverb on the band), "Across Wales".
"""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

ARTICLES = (
    "bbc-entertainment-276",
    "bbc-entertainment-253",
    "bbc-entertainment-236",
    "bbc-politics-210",
    "bbc-business-321",
    "bbc-sport-057",
)


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "opening-words", lambda r: r["id"] in ARTICLES)) as reader:
        yield reader


def _names(reader: Reader) -> set[str]:
    return {a.name for a in reader.actors()} | {alias for a in reader.actors() for alias in a.aliases}


@pytest.mark.parametrize(
    ("article", "phrase", "junk"),
    [
        ("bbc-entertainment-276", "On Tuesday, Doherty", "On Tuesday"),
        ("bbc-entertainment-253", "Without Angels, Robbie Williams", "Without Angels"),
        ("bbc-entertainment-236", "Nevertheless Franz Ferdinand", "Nevertheless Franz Ferdinand"),
        ("bbc-politics-210", "Across Wales", "Across Wales"),
        ("bbc-business-321", "In July, Diageo, which", "In July"),
        ("bbc-sport-057", "Last April, Kelly Holmes", "Last April"),
    ],
)
def test_an_opening_word_makes_no_name(reader, article, phrase, junk):
    assert phrase in reader.article(article).article.text, f"{article} no longer writes {phrase!r}"
    assert junk not in _names(reader)


def test_the_name_after_the_opening_word_stays(reader):
    names = _names(reader)
    assert {"Pete Doherty", "Franz Ferdinand", "Wales", "Robbie Williams", "Diageo", "Kelly Holmes"} <= names
    angels = [a for a in reader.actors() if a.name == "Angels"]
    assert angels and angels[0].type != "person", "the song is no person"
