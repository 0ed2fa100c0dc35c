"""A surname that qualifies a noun is no name of the person: a real PolNeAR article, the real
model.

The reviewer of session 12 found on PolNeAR dev: "... the Clinton campaign took black voters for
granted ... “They have a big problem ...,” she said" went to Hillary Clinton once "the 28-year-old
Morientes" (a surname written as a description, attribution_described_surnames.py) counted her
surname in "the Clinton campaign" as her name. The words are Leslie Wimes's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dossier.index.build import build_index
from dossier.index.read import Reader

ARTICLE = (
    Path(__file__).resolve().parent.parent.parent
    / "shared"
    / "eval"
    / "polnear-dev"
    / "articles"
    / "west-journal_2016-09-28_clinton-campaign-reportedly-scra.txt"
)


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    if not ARTICLE.exists():
        pytest.skip("no PolNeAR dev data")
    root = tmp_path_factory.mktemp("surname-modifiers")
    (root / "corpus").mkdir()
    shutil.copy(ARTICLE, root / "corpus" / ARTICLE.name)
    build_index(root / "corpus", root / "index", workers=1)
    with Reader(root / "index") as reader:
        yield reader


def test_a_surname_before_a_noun_does_not_make_her_speak(reader):
    quote = next(q for q in reader.quotes() if q.text.startswith("They have a big problem"))
    assert "the Clinton campaign" in reader.article(quote.article).article.text
    assert quote.speaker_id is None or "Clinton" not in reader.actor(quote.speaker_id).name
