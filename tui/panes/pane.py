"""A bordered pane whose title names it and counts what it shows."""

from __future__ import annotations

from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive


class Pane(Vertical):
    """The title follows `count` (bound to the screen's count of what the pane lists)."""

    NAME = ""
    count: reactive[int | None] = reactive(None)

    def pane_title(self) -> str:
        return self.NAME + (f" ({self.count})" if self.count is not None else "")

    def watch_count(self) -> None:
        self.retitle()

    def retitle(self) -> None:
        self.border_title = Content(self.pane_title())
