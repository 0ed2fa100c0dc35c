"""The explorer: a Textual app over the read API of index/.

It imports only `dossier.index.records` and `dossier.index.results` at start (the Reader, the
staleness check and the search process are imported by the session when it needs them), never
spaCy: a missing or stale index is built by a `dossier index build` subprocess in a worker, with
its progress shown, and the Reader is then (re)opened without a restart. The app holds the
session (tui/session.py) and the main screen (tui/screens/main.py); the screen asks the session.
"""

from __future__ import annotations

import os
import sys
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.screen import Screen

from . import keys
from .case_commands import CaseFileCommands
from .commands import ActorCommands, ResultCommands
from .corrections import CorrectionCommands
from .screens.main import MainScreen
from .session import Session

if TYPE_CHECKING:
    from dossier.index.read import Reader
    from dossier.index.search_process import SearchProcess

__all__ = ["ActorCommands", "DossierApp", "run_app"]


class DossierApp(App[int]):
    """Search and read a dossier index."""

    TITLE = "dossier"
    CSS_PATH = ["dossier.tcss"]
    BINDINGS = keys.APP
    COMMANDS = App.COMMANDS | {ActorCommands, CorrectionCommands, CaseFileCommands, ResultCommands}

    def __init__(
        self,
        index_dir: Path,
        corpus: Path | None = None,
        *,
        check_stale: bool = True,
        build_command: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.session = Session(index_dir, corpus, check_stale=check_stale, build_command=build_command)
        self.started = time.monotonic()
        self.first_screen_seconds: float | None = None
        self._main: MainScreen | None = None

    @property
    def main(self) -> MainScreen:
        assert self._main is not None, "the main screen exists once the app runs"
        return self._main

    # What the session holds, read where the app is at hand (tests, tools).

    @property
    def reader(self) -> Reader | None:
        return self.session.reader

    @property
    def search_process(self) -> SearchProcess | None:
        return self.session.search_process

    @property
    def open_error(self) -> str | None:
        return self.session.open_error

    @property
    def building(self) -> bool:
        return self.session.building

    @property
    def build_report(self) -> str:
        return self.session.build_report

    # --- start -----------------------------------------------------------------------------

    def get_default_screen(self) -> MainScreen:
        # The main screen is the app's first screen (not pushed over a blank one): drawn in the
        # first frame. It opens the index once it is mounted.
        self._main = MainScreen(self.session)
        return self._main

    def on_mount(self) -> None:
        self.call_after_refresh(self._first_paint)

    def _first_paint(self) -> None:
        self.first_screen_seconds = time.monotonic() - self.started

    # --- actions ---------------------------------------------------------------------------

    def start_build(self, why: str = "Rebuilding the index") -> None:
        """Build the index again from the corpus (the palette's "Rebuild index")."""
        self.main.rebuild(why)

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand("Rebuild index", "Build the index again from the corpus and reopen it", self.start_build)
        if isinstance(screen, MainScreen) and not screen.has_class("-narrow"):
            # (a narrow terminal shows one pane at a time: nothing to hide there)
            for pane in ("results", "actors", "quotes", "source"):
                yield SystemCommand(
                    f"Toggle {pane} pane", f"Show or hide the {pane} pane", partial(screen.toggle_pane, pane)
                )
        if isinstance(screen, MainScreen) and screen.actor is not None:  # at every width
            yield SystemCommand(
                "Clear actor filter", "Show every actor's results again", partial(screen.set_actor, None)
            )
        yield SystemCommand("Switch theme", "Choose another colour theme", self.action_change_theme)
        yield SystemCommand("Help", "Every key and the query syntax", self.action_help)
        yield SystemCommand("Quit", "Quit dossier", self.exit)

    def on_unmount(self) -> None:
        # Quitting mid-build stops the build; the previous index stays as it was.
        self.session.close()


def run_app(index_dir: Path, corpus: Path | None = None) -> int:
    """Open the explorer (the plain `dossier` command); returns the exit code."""
    if sys.stdout.isatty():
        # Textual sizes the screen with shutil.get_terminal_size, which believes COLUMNS and
        # LINES when they are set (some shells and tools export them): the screen would then
        # keep that size and ignore resizes. The terminal itself knows better.
        os.environ.pop("COLUMNS", None)
        os.environ.pop("LINES", None)
    app = DossierApp(index_dir, corpus)
    app.run()
    return app.return_code or 0
