"""Actors on real US political news: PolNeAR dev articles (read from ../shared/eval at run time,
never copied), the real model.

Seen on PolNeAR dev's actors:
- "Obama Says" (of the headline "Obama Says African-American Museum Will Tell of ..."), a person
  of 13 mentions apart from Barack Obama: a headline's verb is no part of the name before it;
- "Clinton Breaks" (of the headline "Clinton Breaks With Obama On 9/11 Lawsuit Bill."), "Obama
  Seeks", "Gold Star Mom Corners Obama": a Title Case headline's mention counts only where the
  article writes its words again;
- "“War On Drugs", an event named with its quotation mark: quotation marks are no part of a name;
- "Dallas Morning News", an event: "News" ends a newspaper's or a broadcaster's name;
- "RT", the broadcaster, lost its 13 mentions to the rule that a title alone ("rt" of "Rt Hon")
  names no one: an acronym is a name;
- "Hispanics", an organisation of 11 mentions: a people, like "Latinos", is a group."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dossier.index.build import build_index
from dossier.index.read import Reader

ARTICLES = Path(__file__).resolve().parent.parent.parent / "shared/eval/polnear-dev/articles"
HEADLINE = "nyt_2016-09-25_obama-says-african-american-muse.txt"
QUOTED = "huff-post_2016-10-07_ava-duvernay-s-th-explores-the-e.txt"  # the “War On Drugs,”
TITLE_CASE = "west-journal_2016-09-23_clinton-breaks-with-obama-on-law.txt"
BROADCASTER = "nyt_2016-09-19_old-hands-help-russia-navigate-u.txt"  # RT
PAPER = "breitbart_2016-09-30_the-latest-trump-urges-supporter.txt"  # The Dallas Morning News
PEOPLE = (  # "Hispanics"
    "huff-post_2016-09-27_latinos-share-their-most-honest-.txt",
    "breitbart_2016-09-29_politifact-donald-trump-is-right.txt",
    "west-journal_2016-09-26_popular-website-shows-bias-when-.txt",
)

pytestmark = pytest.mark.skipif(not (ARTICLES / HEADLINE).exists(), reason="no PolNeAR dev data")


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    root = tmp_path_factory.mktemp("polnear-actors")
    (root / "corpus").mkdir()
    for name in (HEADLINE, TITLE_CASE, QUOTED, PAPER, BROADCASTER, *PEOPLE):
        shutil.copy(ARTICLES / name, root / "corpus" / name)
    build_index(root / "corpus", root / "index", workers=1)
    with Reader(root / "index") as reader:
        yield reader


def _view(reader, file_name: str):
    (aid,) = [a for a in reader.article_ids() if file_name.startswith(a)]
    return reader.article(aid)


def test_a_headlines_verb_is_no_part_of_a_name(reader):
    view = _view(reader, HEADLINE)
    assert view.article.text.startswith("Obama Says")
    assert not [a for a in reader.actors() if "Says" in a.name.split()]
    first = next(m for m in view.mentions if m.start == 0)
    titled = next(m for m in view.mentions if m.surface == "Mr. Obama")
    assert first.surface == "Obama" and first.actor == titled.actor


def test_a_headlines_capitals_make_no_name(reader):
    view = _view(reader, TITLE_CASE)
    headline = view.article.text.split("\n", 1)[0]
    assert headline.startswith("Clinton Breaks With Obama")
    assert not [a for a in reader.actors() if "Breaks" in a.name.split()]
    # The other headline's "Obama", which the article names again, stays a mention.
    assert next(m for m in _view(reader, HEADLINE).mentions if m.start == 0).surface == "Obama"


def test_quotation_marks_are_no_part_of_a_name(reader):
    assert "“War On Drugs" in _view(reader, QUOTED).article.text
    assert not [a for a in reader.actors() if a.name[:1] in "\"“”‘’'"]


def test_news_ends_a_papers_name(reader):
    view = _view(reader, PAPER)
    found = [m for m in view.mentions if m.surface.endswith("Dallas Morning News")]
    assert found and {reader.actor(m.actor).type for m in found} == {"org"}


def test_a_people_is_a_group(reader):
    found = [m for name in PEOPLE for m in _view(reader, name).mentions if m.surface == "Hispanics"]
    assert found and {reader.actor(m.actor).type for m in found} == {"group"}


def test_an_acronym_is_no_title_alone(reader):
    found = [m for m in _view(reader, BROADCASTER).mentions if m.surface == "RT"]
    assert found and all(m.actor for m in found)
