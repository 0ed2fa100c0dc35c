"""Results stay compact at 80x24 (issue 11, "Also fix"): an untitled article's row showed its first
sentence twice (as title and snippet) and a "score 1.0" line, 7 rows a result. Now its first words
show once, in two lines; a titled article's title once, then the text after it."""

from __future__ import annotations

import re

from dossier.index.read import Reader
from dossier.tui.app import DossierApp
from dossier.tui.widgets.lists import ResultList
from tui_fixtures import settle, wait_for


def rows_on_screen(app, widget) -> list[list[str]]:
    """The list's results as drawn: the lines of each, split at the rules between them."""
    region = widget.content_region
    strips = app.screen._compositor.render_strips()[region.y : region.bottom]
    lines = [strip.crop(region.x, region.right).text.rstrip() for strip in strips]
    rows: list[list[str]] = [[]]
    for line in lines:
        if re.fullmatch(r"\s*─{10,}.*", line):
            rows.append([])
        elif line.strip():
            rows[-1].append(line.strip())
    return [r for r in rows if r]


async def test_untitled_results_take_two_lines_at_80x24(seeds_index):
    with Reader(seeds_index) as r:
        views = [r.article(a) for a in r.article_ids()]
    untitled = [v for v in views if not v.article.title]
    titled = [v for v in views if v.article.title]
    assert untitled and titled  # the seeds have both
    app = DossierApp(seeds_index, None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        results = app.screen.query_one(ResultList)
        await wait_for(pilot, lambda: len(results.records) == len(views))
        await settle(pilot)
        rows = rows_on_screen(app, results)
        assert len(rows) >= 4, rows  # four results or more at once, where there were two
        for row in rows[:-1]:  # the last may be cut by the bottom of the pane
            text = " ".join(row)
            assert len(row) <= 3, row
            assert "score" not in text  # no query: nothing is ranked
            first = " ".join(text.split()[:6])
            assert text.count(first) == 1, row  # the first words once, not as title and snippet
        shown = " ".join(" ".join(row) for row in rows)
        for view in titled:
            if view.article.title in shown:
                assert shown.count(view.article.title) == 1
