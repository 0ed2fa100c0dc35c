"""Actors of the seeds (real index, real model): spellings of a place are one place."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader


@pytest.fixture(scope="module")
def actors(seeds_index):
    with Reader(seeds_index) as r:
        return r.actors()


def test_kyiv_and_kiev_are_one_place(actors):
    # spaCy's small model calls Kyiv a person; the gazetteer and the spelling rule say otherwise.
    holding = [a for a in actors if {"Kyiv", "Kiev"} & set(a.aliases)]
    assert len(holding) == 1 and holding[0].type == "place"
    assert {"Kyiv", "Kiev"} <= set(holding[0].aliases)


def test_a_place_ner_missed_is_found(actors):
    # "the occupied parts of Donetsk and Luhansk": NER finds Luhansk only.
    donetsk = [a for a in actors if "Donetsk" in a.aliases]
    assert len(donetsk) == 1 and donetsk[0].type == "place"
