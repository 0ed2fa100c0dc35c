"""A headline's capitals glue its verb onto the name before it ("Obama Says African-American
Museum Will Tell of 'Suffering and Delight.'"): the verb is no part of the name. A real PolNeAR
dev article (read from ../shared/eval at run time, never copied), the real model.

Seen on PolNeAR dev: "Obama Says", a person of 13 mentions apart from Barack Obama, who had
taken the name of that article's Obama."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dossier.index.build import build_index
from dossier.index.read import Reader

ARTICLE = (
    Path(__file__).resolve().parent.parent.parent
    / "shared/eval/polnear-dev/articles/nyt_2016-09-25_obama-says-african-american-muse.txt"
)

pytestmark = pytest.mark.skipif(not ARTICLE.exists(), reason="no PolNeAR dev data")


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    root = tmp_path_factory.mktemp("headlines")
    (root / "corpus").mkdir()
    shutil.copy(ARTICLE, root / "corpus" / ARTICLE.name)
    build_index(root / "corpus", root / "index", workers=1)
    with Reader(root / "index") as reader:
        yield reader


def test_a_headlines_verb_is_no_part_of_a_name(reader):
    (aid,) = reader.article_ids()
    view = reader.article(aid)
    assert view.article.text.startswith("Obama Says")
    assert not [a for a in reader.actors() if "Says" in a.name.split()]
    first = next(m for m in view.mentions if m.start == 0)
    titled = next(m for m in view.mentions if m.surface == "Mr. Obama")
    assert first.surface == "Obama" and first.actor == titled.actor
