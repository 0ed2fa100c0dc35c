"""A nationality's plural is no contraction of its country's name (fixtures.a_contraction): a
real BBC article, the real model.

Seen on the 2,225 BBC articles after a draw's contracted club names ("Man Utd", "Notts Co")
joined their full names (session 12): "Sri Lanka" joined "Sri Lankans" ("Lanka" read as "Lankans"
cut short), and Sri Lanka became an organisation of 49 mentions."""

from __future__ import annotations

import pytest

from dossier.index.entities.fixtures import a_contraction
from dossier.index.read import Reader
from helpers import bbc_index


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(
        bbc_index(
            tmp_path_factory,
            "contractions",
            lambda r: r["id"] in ("bbc-business-434", "bbc-sport-134", "bbc-sport-298"),
        )
    ) as reader:
        yield reader


def test_a_country_stays_apart_from_its_peoples_plural(reader):
    text = reader.article("bbc-business-434").article.text
    assert "Sri Lankans" in text and "Sri Lanka " in text
    country = next(a for a in reader.actors() if a.name == "Sri Lanka")
    assert country.type == "place"
    assert "Sri Lankans" not in country.aliases


@pytest.mark.parametrize(
    ("short", "full", "joined"),
    [
        ("Man Utd", "Manchester United", True),
        ("Notts Co", "Notts County", True),
        ("Sri Lanka", "Sri Lankans", False),
        ("South Korea", "South Koreans", False),
        ("South Africa", "South African", False),
    ],
)
def test_what_a_contraction_is(short, full, joined):
    assert a_contraction(short, full) is joined
