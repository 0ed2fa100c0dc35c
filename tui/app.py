"""The explorer: a Textual app over the read API of index/.

It imports only `dossier.index.read` and `dossier.index.records` (and `dossier.index.status` to know whether the index
is stale, `dossier.index.search_process` to search in a process of its own), never spaCy: a missing or
stale index is built by a `dossier index build` subprocess in a worker, with its progress shown,
and the Reader is then (re)opened without a restart.
"""
from __future__ import annotations

import os
import sys
import time
from functools import partial
from pathlib import Path
from typing import Iterable

from textual import work
from textual.app import App, SystemCommand
from textual.command import Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape
from textual.screen import Screen
from textual.worker import get_current_worker

from . import keys
from dossier.index.records import STAGE_NAMES

from .build_runner import Outcome, Progress, run_build
from .screens.main import MainScreen
from .widgets.text import one_line


class ActorCommands(Provider):
    """`Jump to actor: NAME` for every actor. Names are data: shown as plain Content, not markup
    (the system commands provider would read a title as markup)."""

    def _commands(self):
        screen = self.screen
        if not isinstance(screen, MainScreen):
            return []
        return [(f"Jump to actor: {one_line(a.name)}", a, screen) for a in screen.all_actors]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, actor, screen in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    Content(title),
                    partial(screen.set_actor, actor),
                    text=title,
                    help=f"{escape(one_line(actor.type))}, {actor.mentions} mention{'s' if actor.mentions != 1 else ''}: filter results and quotes to them",
                )


class DossierApp(App[int]):
    """Search and read a dossier index."""

    TITLE = "dossier"
    CSS_PATH = ["dossier.tcss"]
    BINDINGS = keys.APP
    COMMANDS = App.COMMANDS | {ActorCommands}

    def __init__(
        self,
        index_dir: Path,
        corpus: Path | None = None,
        *,
        check_stale: bool = True,
        build_command: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.index_dir = Path(index_dir)
        self.corpus = Path(corpus) if corpus else None
        self.check_stale = check_stale
        self.build_command = build_command  # tests swap the build for a stand-in
        self.reader = None
        self.open_error: str | None = None
        self.building = False
        self.build_report = ""
        self._build_process = None
        self.search_process = None  # where searches run (index/search_process.py), once the index opens
        self.started = time.monotonic()
        self.first_screen_seconds: float | None = None
        self._main: MainScreen | None = None

    @property
    def main(self) -> MainScreen:
        assert self._main is not None, "the main screen exists once the app runs"
        return self._main

    # --- start -----------------------------------------------------------------------------

    def get_default_screen(self) -> MainScreen:
        # The main screen is the app's first screen (not pushed over a blank one): drawn in the
        # first frame. It opens the index once it is mounted.
        self._main = MainScreen()
        return self._main

    def on_mount(self) -> None:
        self.call_after_refresh(self._first_paint)

    def _first_paint(self) -> None:
        self.first_screen_seconds = time.monotonic() - self.started

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def open_index(self) -> None:
        """Open the index; build it first when it is missing or stale (and the corpus known)."""
        from dossier.index.read import IndexUnavailable, Reader

        try:
            reader = Reader(self.index_dir)
        except IndexUnavailable as err:
            if self.corpus is not None:
                exists = (self.index_dir / "manifest.json").exists()
                why = "The index cannot be read: rebuilding it" if exists else "No index yet: building it"
                self.call_from_thread(self.start_build, why)
            else:
                self.call_from_thread(self._unavailable, str(err))
            return
        self.call_from_thread(self._opened, reader)
        if self.corpus is not None and self.check_stale:
            try:
                from dossier.index.status import is_stale

                stale = is_stale(self.corpus, self.index_dir)
            except Exception:
                stale = False
            if stale and not get_current_worker().is_cancelled:
                self.call_from_thread(self.start_build, "The corpus changed: updating the index")

    def _unavailable(self, message: str) -> None:
        self.open_error = message
        # The way out first: the error itself can be longer than the terminal is wide.
        self.main.say(f"The index cannot be read: rebuild it with ctrl+p → Rebuild index. ({message})",
                      "message--error")

    def _opened(self, reader) -> None:
        old, self.reader = self.reader, reader
        if old is not None and old is not reader:
            old.close()
        self.open_error = None
        if self.search_process is None:
            self.search_process = start_search_process(self.index_dir)
        self.main.load()

    def search_process_lost(self) -> None:
        """The search process ended: searches run in a thread of this process from now on."""
        process, self.search_process = self.search_process, None
        if process is not None:
            process.close()

    # --- building --------------------------------------------------------------------------

    def start_build(self, why: str = "Rebuilding the index") -> None:
        if self.building:
            self.notify("A build is already running.")
            return
        if self.corpus is None:
            self.main.say("No corpus is known to build from: run dossier --corpus DIR.", "message--error")
            return
        self.building = True
        self.main.show_build(f"{why}…", None)
        self.main.say(f"{why} from {self.corpus} (the explorer stays usable).")
        self._build()

    @work(thread=True, exclusive=True, group="build", exit_on_error=False)
    def _build(self) -> None:
        worker = get_current_worker()
        assert self.corpus is not None

        def progress(p: Progress) -> None:
            label = f"{STAGE_NAMES.get(p.stage, p.stage)} {p.done}/{p.total}"
            self.call_from_thread(self.main.show_build, label, p.fraction)

        try:
            outcome = run_build(
                self.corpus, self.index_dir, progress, lambda: worker.is_cancelled,
                command=self.build_command, on_start=self._set_build_process,
            )
        except Exception as err:  # could not start it, or lost it: report, keep the app
            outcome = Outcome(False, 1, message=f"{type(err).__name__}: {err}")
        if worker.is_cancelled or outcome.cancelled:
            return
        reader = None
        error = None
        if outcome.ok:
            from dossier.index.read import IndexUnavailable, Reader

            try:
                if self.reader is not None:
                    self.reader.reopen()
                    reader = self.reader
                else:
                    reader = Reader(self.index_dir)
            except (IndexUnavailable, OSError) as err:
                error = str(err)
        self.call_from_thread(self._built, outcome, reader, error)

    def _set_build_process(self, process) -> None:
        self._build_process = process

    def _built(self, outcome: Outcome, reader, error: str | None) -> None:
        self.building = False
        self.main.hide_build()
        if outcome.ok and reader is not None:
            s = outcome.summary
            self.build_report = (
                f"Index ready: {s.get('articles', '?')} articles, {s.get('actors', '?')} actors, "
                f"{s.get('quotes', '?')} quotes ({s.get('seconds', 0):.1f} s)."
            )
            self.notify(self.build_report, title="dossier", markup=False)
            self._opened(reader)
            return
        reason = error or outcome.message or f"exit code {outcome.code}"
        self.build_report = f"The build failed: {reason} (ctrl+p → Rebuild index to retry)."
        self.notify(self.build_report, severity="error", markup=False, timeout=10)
        self.main.say(self.build_report, "message--error")

    # --- actions ---------------------------------------------------------------------------

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
            if screen.actor is not None:
                yield SystemCommand("Clear actor filter", "Show every actor's results again", partial(screen.set_actor, None))
        yield SystemCommand("Switch theme", "Choose another colour theme", self.action_change_theme)
        yield SystemCommand("Help", "Every key and the query syntax", self.action_help)
        yield SystemCommand("Quit", "Quit dossier", self.exit)

    def on_unmount(self) -> None:
        process = self._build_process
        if process is not None and process.poll() is None:
            # Quitting mid-build stops the build; the previous index stays as it was.
            process.terminate()
        if self.reader is not None:
            self.reader.close()
        if self.search_process is not None:
            self.search_process.close()


def start_search_process(index_dir: Path):
    """A SearchProcess on index_dir; None when one cannot start (searches then run in a thread)."""
    from dossier.index.search_process import SearchProcess

    try:
        return SearchProcess(index_dir)
    except Exception:
        return None


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
