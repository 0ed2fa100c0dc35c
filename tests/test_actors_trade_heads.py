"""A company's line of business as a name's last word makes it an organisation ("Factory
Records", "Michael Foods", "Continental Airlines"): real BBC articles, the real model.

Seen in the 2,225 BBC articles' actors: "Factory Records" and "Michael Foods" were people (NER's
label), "Continental Airlines" a place; on PolNeAR dev, "Platte River Networks" a person."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

COMPANIES = {
    "bbc-entertainment-228": "Factory Records",  # "said the Factory Records founder"
    "bbc-business-448": "Michael Foods",  # "Tim Daly of Michael Foods and Kenneth Bowman"
    "bbc-business-404": "Continental Airlines",
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "trade-heads", lambda r: r["id"] in COMPANIES)) as reader:
        yield reader


@pytest.mark.parametrize(("article", "name"), sorted(COMPANIES.items()))
def test_a_line_of_business_ends_a_companys_name(reader, article, name):
    found = [m for m in reader.article(article).mentions if m.surface == name]
    assert found, f"{article} has no mention {name!r}"
    assert {reader.actor(m.actor).type for m in found} == {"org"}
