"""The search bar: the query box and, beside it, the chosen actor's chip.

Typing is debounced here: `Typed` is posted once the keys pause for DEBOUNCE seconds.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import Input, Label, Static

from dossier.index.records import Actor

from ..widgets.search import QueryInput
from ..widgets.text import one_line

DEBOUNCE = 0.2
PLACEHOLDER = 'search: words, "a phrase", actor:name, speaker:name …  (F1: help)'


class SearchBar(Horizontal):
    actor: reactive[Actor | None] = reactive(None, init=False)  # bound to the screen's

    class Typed(Message):
        """The query changed and the keys paused: time to search."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.query_text = ""  # what the box holds (as of its last Changed)
        self._timer: Timer | None = None
        self._due = False  # the keys paused: Typed is on its way, no search has run since

    def compose(self) -> ComposeResult:
        yield Label("/", id="search-label")
        yield QueryInput(id="query", placeholder=PLACEHOLDER, compact=True)
        yield Static("", id="chip")

    @property
    def input(self) -> QueryInput:
        return self.query_one(QueryInput)

    @on(Input.Changed, "#query")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.query_text = event.value
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, self._paused)

    def _paused(self) -> None:
        self._timer = None
        self._due = True
        self.post_message(self.Typed())

    @property
    def debouncing(self) -> bool:
        """Keys typed and not searched for yet (the pause not over, or its Typed not handled)."""
        return self._timer is not None or self._due

    def flush(self) -> bool:
        """Drop the pending debounce (the caller searches now); whether there was one."""
        pending = self.debouncing
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._due = False
        return pending

    def watch_actor(self, actor: Actor | None) -> None:
        chip = self.query_one("#chip", Static)
        if actor is None:
            chip.update("")
            chip.display = False
        else:
            chip.update(Text.assemble(("actor: ", "dim"), (one_line(actor.name), "bold"), (" ✕ esc", "dim")))
            chip.display = True
