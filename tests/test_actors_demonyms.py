"""Nationality words are groups, whatever noun follows them: real BBC articles, the real model.

Seen on the 2,225 BBC articles: "British" (419 mentions), "French", "Irish", "Australian" typed
organisations near the top of the actors list, because "British firm" and "the French
government", "British troops", "French singer X" put an organisation's or a member's noun after
them. The rule is for words shaped like nationalities only: NER gives its group label to
companies too (Euronext, Symantec)."""

from __future__ import annotations

import pytest

from dossier.index.entities import names as N
from dossier.index.read import Reader
from helpers import bbc_index


# "British troops" (politics-093); "British singer", "French singer" (entertainment-111);
# "the French striker" (sport-246)
PICKS = ("bbc-politics-093", "bbc-entertainment-111", "bbc-sport-246")
# "The Welsh band", "Welsh quangos": NER labels "Welsh" an organisation, never a group
# (entertainment-107, politics-039); "the way the Scots played" likewise (sport-309).
PICKS += ("bbc-entertainment-107", "bbc-politics-039", "bbc-sport-309")
# "the South African economy" (business-055), "the Spaniard's personality" (sport-118), "behind
# the Swede" (sport-056): NER's group label on a nationality no suffix rule knows.
PICKS += ("bbc-business-055", "bbc-sport-118", "bbc-sport-056")
# "South African flanker Schalk Burger" (sport-331, sport-382): a nationality before a player's
# role is no club.
PICKS += ("bbc-sport-331", "bbc-sport-382")


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "demonyms", lambda r: r["id"] in PICKS)) as reader:
        return {a.name: a for a in reader.actors()}


def test_nationality_words_followed_by_an_organisations_noun_are_groups(actors):
    assert actors["British"].type == "group"
    assert actors["French"].type == "group"


@pytest.mark.parametrize("word", ["Welsh", "Scots", "South African", "Spaniard", "Swede"])
def test_the_lexicons_nationalities_are_groups_whatever_ner_labels_them(actors, word):
    assert actors[word].type == "group"


@pytest.mark.parametrize(
    "word, shaped",
    [("British", True), ("Chinese", True), ("Russians", True), ("Iraqi", True), ("French", True)]
    + [("Euronext", False), ("Symantec", False), ("Valve", False), ("Inbev", False)],
)
def test_the_shape_of_a_nationality_word(word, shaped):
    assert N.looks_demonym(word) is shaped
