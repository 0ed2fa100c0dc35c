"""Snapshots at 80x24 of the views added for the investigation (issue 11): the comparison of a
quote across articles, the case file, and a correction's dialog (splitting names off an actor).

Same corpus and index as tests/test_tui_snapshots.py (tests/fixtures/snapshot_corpus, the real
spaCy model); the case file is written into a copy of the index, so that pins never reach the
other snapshots. Update with `pytest tests/test_tui_snapshots_casework.py --snapshot-update` and
look at the SVGs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dossier.tui.app import DossierApp
from dossier.tui.screens.casefile import CaseFileScreen
from dossier.tui.screens.compare import CompareScreen
from dossier.tui.screens.correct import ChooseForms
from tui_fixtures import settle, wait_for

NARROW = (80, 24)
CORPUS = Path(__file__).parent / "fixtures" / "snapshot_corpus"


@pytest.fixture(scope="module")
def snapshot_index(tmp_path_factory) -> Path:
    from dossier.index.build import build_index

    folder = tmp_path_factory.mktemp("casework-snapshots") / "index"
    build_index(CORPUS, folder, workers=1)
    return folder


async def quiet(pilot) -> None:
    """No toast in the picture: one lives a few seconds, so a busy machine may or may not show it."""
    pilot.app.clear_notifications()
    await settle(pilot)


async def comparison(pilot) -> None:
    await settle(pilot)
    await pilot.press(*"ushakov")
    await settle(pilot)
    await pilot.press("tab", "tab", "tab")  # the quotes pane: Ushakov's quotes
    await quiet(pilot)
    await pilot.press("c")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CompareScreen))
    await quiet(pilot)


async def case_file(pilot) -> None:
    await settle(pilot)
    await pilot.press(*"ushakov")
    await settle(pilot)
    await pilot.press("enter", "p")  # to the results; pin the first article
    await settle(pilot)
    await pilot.press("tab", "tab", "a")  # the quotes pane: pin the first quote with a note
    await settle(pilot)
    await pilot.press(*"check the translation", "enter")
    await settle(pilot)
    await quiet(pilot)  # the toasts of the main screen show under the case file's
    await pilot.press("P")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CaseFileScreen))
    await wait_for(pilot, lambda: len(pilot.app.screen.query_one("PinList").records) == 2)
    await quiet(pilot)


def _footer_shown(pilot) -> bool:
    """The main screen's footer holds its keys. It recomposes after a refresh when its screen's
    bindings change (the palette closing), and the dialog the palette's command opens may come
    first: the main screen under it was then drawn without its footer (CI, session 12). The test
    waits for the keys and redraws the main screen under the dialog."""
    return len(pilot.app.main.query("FooterKey")) > 0


async def correction(pilot) -> None:
    await settle(pilot)
    await pilot.press("tab", "tab", "j")  # the actors pane, the second actor (Yuri Ushakov)
    await settle(pilot)
    await wait_for(pilot, lambda: _footer_shown(pilot))
    await pilot.press("ctrl+p")
    await pilot.press(*"split names")
    await settle(pilot)
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ChooseForms))
    await wait_for(pilot, lambda: _footer_shown(pilot))
    pilot.app.main.refresh(layout=True)  # the main screen under the dialog drawn with its footer
    await quiet(pilot)


def test_comparison_screen(snap_compare, snapshot_index):
    assert snap_compare(DossierApp(snapshot_index, None), terminal_size=NARROW, run_before=comparison)


def test_case_file(snap_compare, snapshot_index, tmp_path):
    index = tmp_path / "index"
    shutil.copytree(snapshot_index, index)
    assert snap_compare(DossierApp(index, None), terminal_size=NARROW, run_before=case_file)


def test_correction_dialog(snap_compare, snapshot_index):
    assert snap_compare(DossierApp(snapshot_index, None), terminal_size=NARROW, run_before=correction)
