"""Holidays are dates, not actors: real BBC articles, the real model.

Seen in the 2,225 BBC articles' actors: "New Year" an event of 30 mentions, "Christmas Day" 16,
"Boxing Day" 10, each high in the events list. The gold conventions (bench/gold/README.md) count
dates as no mentions."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

HOLIDAYS = {"bbc-politics-063": "New Year", "bbc-business-348": "Christmas Day"}


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "holidays", lambda r: r["id"] in HOLIDAYS)) as reader:
        yield reader


@pytest.mark.parametrize(("article", "holiday"), sorted(HOLIDAYS.items()))
def test_a_holiday_is_no_actor(reader, article, holiday):
    view = reader.article(article)
    assert holiday in view.article.text, f"{article} no longer writes {holiday!r}"
    assert not [m for m in view.mentions if holiday in m.surface]
    assert not [a for a in reader.actors() if holiday in a.name]
    assert [m for m in view.mentions if m.actor], f"{article} lost every mention"
