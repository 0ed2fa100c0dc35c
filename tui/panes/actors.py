"""The actors pane: every actor, most mentioned first, filtered by name (`f`) and type (`t`)."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input

from dossier.index.records import Actor

from .. import keys
from ..widgets.lists import ActorList
from ..widgets.source import ACTOR_TYPES
from .pane import Pane

# Actors listed at once (most mentioned first); filtering by name reaches the others.
MAX_ACTOR_ROWS = 500


def matching(actors: list[Actor], words: str, actor_type: str | None) -> list[Actor]:
    """The actors of the type (None: any) with the words in one of their names."""
    words = words.strip().lower()
    return [
        a
        for a in actors
        if (actor_type is None or a.type == actor_type)
        and (not words or any(words in n.lower() for n in [a.name, *a.aliases]))
    ]


class ActorFilter(Input):
    """The name filter above the actors list: `down` or `enter` go to the list (keys.ACTOR_FILTER)."""

    BINDINGS = keys.ACTOR_FILTER

    def action_to_list(self) -> None:
        self.screen.query_one(ActorList).focus()


class ActorsPane(Pane):
    NAME = "Actors"
    actor_type: reactive[str | None] = reactive(None, init=False)

    @dataclass
    class Filtered(Message):
        """How many actors the filters let through (the list shows at most MAX_ACTOR_ROWS)."""

        count: int

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.actors: list[Actor] = []
        self.shown: list[Actor] = []  # those the filters let through, in the list's order

    def compose(self) -> ComposeResult:
        yield ActorFilter(id="actor-filter", placeholder="filter by name (f)", compact=True)
        yield ActorList(id="actor-list")

    def pane_title(self) -> str:
        return super().pane_title() + (f" · {self.actor_type}" if self.actor_type else "")

    def set_actors(self, actors: list[Actor]) -> None:
        self.actors = actors
        self.refilter()

    def refilter(self) -> None:
        shown = matching(self.actors, self.query_one("#actor-filter", Input).value, self.actor_type)
        # The list holds the most mentioned; the title counts them all, and the name filter (f)
        # or the palette's "jump to actor" reaches every one. Filling a list with 12,000 rows
        # on the UI thread blocked the keys for seconds on a 10,000-article index.
        # The next MAX_ACTOR_ROWS are added as the user scrolls to the end (MoreWanted).
        self.shown = shown
        self.query_one(ActorList).set_records(shown[:MAX_ACTOR_ROWS], total=len(shown))
        self.post_message(self.Filtered(len(shown)))

    @on(ActorList.MoreWanted)
    def _more(self, event: ActorList.MoreWanted) -> None:
        event.stop()
        rows = self.query_one(ActorList)
        held = len(rows.records)
        rows.append_records(self.shown[held : held + MAX_ACTOR_ROWS])

    def watch_actor_type(self) -> None:
        self.refilter()
        self.retitle()

    @on(ActorList.TypeCycled)
    def _cycle_type(self) -> None:
        order = [None, *ACTOR_TYPES]
        self.actor_type = order[(order.index(self.actor_type) + 1) % len(order)]

    @on(ActorList.FilterRequested)
    def _to_filter(self) -> None:
        self.query_one("#actor-filter", Input).focus()

    @on(Input.Changed, "#actor-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.refilter()

    @on(Input.Submitted, "#actor-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()  # (enter is the filter's to_list binding; a Submitted, if any, stops here)
