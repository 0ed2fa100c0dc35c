"""The command palette's actors: `Jump to actor: NAME` for every actor of the index."""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from dossier.index.records import Actor

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
