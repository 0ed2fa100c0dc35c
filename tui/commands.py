"""The command palette's actors: `Jump to actor: NAME` for every actor of the index."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from dossier.index.records import Actor

from .panes.results import ResultsPane
from .screens.main import MainScreen
from .widgets.text import one_line


class ActorCommands(Provider):
    """Names are data: shown as plain Content, not markup (the system commands provider would
    read a title as markup)."""

    def _commands(self) -> list[tuple[str, Actor, MainScreen]]:
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


class ResultCommands(Provider):
    """Narrow the results to one source of the search shown ("Only source: X", with its count),
    every source again, and sort them by date or score (also `s` in the results)."""

    def _commands(self) -> list[tuple[str, Callable[[], None], str]]:
        screen = self.screen
        if not isinstance(screen, MainScreen):
            return []
        pane = screen.query_one(ResultsPane)
        out = []
        for source in pane.facets.sources if pane.facets else []:
            name = one_line(source.name)
            count = f"{source.articles} article{'s' if source.articles != 1 else ''}"
            out.append((f"Only source: {name}", partial(pane.narrow, (source.name,)), f"{count} of the search"))
        if pane.sources:
            out.append(("All sources", partial(pane.narrow, ()), "Results from every source again"))
        other = "score" if pane.sort == "date" else "date"
        why = "newest first, undated last" if other == "date" else "best first"
        out.append((f"Sort results by {other}", pane.action_toggle_sort, f"{why} (s in the results)"))
        return out

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, run, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, Content(title), run, text=title, help=escape(help_text))

    async def discover(self) -> Hits:
        for title, run, help_text in self._commands():
            yield DiscoveryHit(Content(title), run, text=title, help=escape(help_text))
