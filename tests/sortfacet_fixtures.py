"""The dated corpus (tests/fixtures/dated_corpus): Markdown articles whose front matter gives
dates and sources, one without a date, one without a source, one source written in capitals;
indexed once per session with the real build. Import with `from sortfacet_fixtures import *`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui_fixtures import _once, build_index

DATED = Path(__file__).resolve().parent / "fixtures" / "dated_corpus"


@pytest.fixture(scope="session")
def dated_index(tmp_path_factory) -> Path:
    return _once("dated", lambda: build_index(DATED, tmp_path_factory.mktemp("dated-index")))


def front_matter(article_id: str) -> dict[str, str]:
    """The fields of an article's front matter, read from its file (not through the index)."""
    lines = (DATED / f"{article_id}.md").read_text(encoding="utf-8").splitlines()
    end = lines.index("---", 1)
    return dict(line.split(": ", 1) for line in lines[1:end])


ARTICLES = sorted(p.stem for p in DATED.glob("*.md"))  # corpus order: the files by name
