"""The command palette's investigation commands (issue 11), kept apart from commands.py (the
actors): show the case file, pin what is selected, save the search, rerun a saved search or a
search from the history (kept in the case file, so it survives restarts), export the focused list.

Titles that carry a user's query or a name are data: shown as plain Content, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from .screens.main import MainScreen
from .widgets.text import one_line

HISTORY_SHOWN = 30  # the newest searches the palette offers again


class CaseFileCommands(Provider):
    """Commands of the main screen's case file, searches and exports."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        screen = self.screen
        if not isinstance(screen, MainScreen):
            return []
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("Show the case file", screen.action_case_file, "What you pinned, with notes, in your order (P)"),
            ("Pin the selected item", screen.action_pin, "Pin the article, quote or actor selected (p)"),
            ("Save this search", screen.save_search, "Keep the query (and the actor filter) under a name"),
        ]
        for saved in screen.saved_searches:
            title = f"Run saved search: {one_line(saved.name)}"
            about = one_line(saved.query) + (f" (actor {one_line(saved.actor)})" if saved.actor else "")
            commands.append((title, partial(screen.rerun, saved.query, saved.actor), about))
        for query in screen.history[:HISTORY_SHOWN]:
            title = f"Search again: {one_line(query)}"
            commands.append((title, partial(screen.rerun, query), "from the search history"))
        return commands

    async def discover(self) -> Hits:
        for title, run, help in self._commands():
            yield DiscoveryHit(Content(title), run, text=title, help=escape(help))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, run, help in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, Content(title), run, text=title, help=escape(help))
