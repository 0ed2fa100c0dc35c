"""Snapshots of the explorer's main screens at 80x24 and 120x36.

They open a real index of a small fixed corpus (tests/fixtures/snapshot_corpus), built once per
session with the real spaCy model. A deliberate change of the UI, or of what the analysis finds
in those three articles, changes the pictures: update them with
`pytest tests/test_tui_snapshots.py --snapshot-update` and look at the SVGs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.tui.app import DossierApp
from tui_fixtures import settle

WIDE = (120, 36)
NARROW = (80, 24)


CORPUS = Path(__file__).parent / "fixtures" / "snapshot_corpus"
_INDEX: list[Path] = []


@pytest.fixture(scope="module", autouse=True)
def snapshot_index(tmp_path_factory):
    from dossier.index.build import build_index

    folder = tmp_path_factory.mktemp("snapshot-index") / "index"
    build_index(CORPUS, folder, workers=1)
    _INDEX[:] = [folder]
    yield folder
    _INDEX.clear()


def app() -> DossierApp:
    return DossierApp(_INDEX[0], None)


def typed(*keys: str, then: tuple[str, ...] = ()):
    async def run_before(pilot) -> None:
        await settle(pilot)
        if keys:
            await pilot.press(*keys)
            await settle(pilot)
        if then:
            await pilot.press(*then)
            await settle(pilot)

    return run_before


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x36", "80x24"])
def test_start(snap_compare, size):
    assert snap_compare(app(), terminal_size=size, run_before=typed())


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x36", "80x24"])
def test_search_results(snap_compare, size):
    assert snap_compare(app(), terminal_size=size, run_before=typed(*"ushakov"))


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x36", "80x24"])
def test_article_open_at_second_match(snap_compare, size):
    assert snap_compare(app(), terminal_size=size, run_before=typed(*"ushakov", then=("enter", "enter", "n")))


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x36", "80x24"])
def test_actor_filter(snap_compare, size):
    # tab to the actors, the second one (Ushakov after Kremlin), choose it
    assert snap_compare(app(), terminal_size=size, run_before=typed("tab", "tab", "j", "enter"))


def test_quotes_pane_narrow(snap_compare):
    assert snap_compare(app(), terminal_size=NARROW, run_before=typed("tab", "tab", "tab"))


def test_bad_query(snap_compare):
    assert snap_compare(app(), terminal_size=NARROW, run_before=typed(*'"peace'))


def test_help(snap_compare):
    assert snap_compare(app(), terminal_size=NARROW, run_before=typed("tab", "question_mark"))
