"""The actors pane: every actor, most mentioned first, filtered by name (`f`) and type (`t`);
under the list, the highlighted actor's timeline (mentions per month, or per day over a short
corpus) as a Sparkline with its range, when the articles have dates (nothing when they have none).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.reactive import reactive
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Sparkline, Static

from dossier.index.facets import Timeline

from dossier.index.records import Actor

from .. import keys
from ..widgets.lists import ActorList
from ..widgets.source import ACTOR_TYPES
from .pane import Pane

# Actors listed at once (most mentioned first); filtering by name reaches the others.
MAX_ACTOR_ROWS = 500
# The timeline is read once the cursor rests on an actor this long (not for each actor passed:
# a worker whose actor is no longer the one wanted after the wait returns; none is cancelled,
# which would fail whoever awaits the app's workers).
TIMELINE_AFTER = 0.15


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


def timeline_label(timeline: Timeline) -> str:
    """A timeline's range, then its unit and totals (two lines: the actors pane is narrow):
    `2025-09 – 2025-12` / `per month: 8 mentions, 3 quotes`."""
    mentions = sum(p.mentions for p in timeline.periods)
    quotes = sum(p.quotes for p in timeline.periods)
    return (
        f"{timeline.first} – {timeline.last}\nper {timeline.unit}: "
        f"{mentions} mention{'s' if mentions != 1 else ''}, {quotes} quote{'s' if quotes != 1 else ''}"
    )


class ActorsPane(Pane):
    NAME = "Actors"
    DEFAULT_CSS = """
    ActorsPane #timeline { height: auto; display: none; padding: 0 1; }
    ActorsPane #timeline.-dated { display: block; }
    ActorsPane #timeline-chart { height: 2; }
    ActorsPane #timeline-label { height: 2; color: $text-muted; text-wrap: nowrap; text-overflow: ellipsis; }
    """
    actor_type: reactive[str | None] = reactive(None, init=False)
    # The highlighted actor's timeline (None: none to show: no actor, or no dated article).
    timeline: reactive[Timeline | None] = reactive(None, init=False)

    @dataclass
    class Filtered(Message):
        """How many actors the filters let through (the list shows at most MAX_ACTOR_ROWS)."""

        count: int

    @dataclass
    class TimelineRead(Message):
        """An actor's timeline, read in a worker (periods empty: the corpus has no dates)."""

        actor_id: str
        timeline: Timeline | None

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.actors: list[Actor] = []
        self.shown: list[Actor] = []  # those the filters let through, in the list's order
        self._dated: bool | None = None  # whether the index's articles have dates (None: not known yet)
        self._timelines: dict[str, Timeline] = {}  # read since the index was (re)loaded
        self._wanted: str | None = None  # the actor whose timeline is wanted

    def compose(self) -> ComposeResult:
        yield ActorFilter(id="actor-filter", placeholder="filter by name (f)", compact=True)
        yield ActorList(id="actor-list")
        with Vertical(id="timeline"):
            yield Sparkline([], id="timeline-chart")
            yield Static("", id="timeline-label", markup=False)

    def pane_title(self) -> str:
        return super().pane_title() + (f" · {self.actor_type}" if self.actor_type else "")

    def set_actors(self, actors: list[Actor]) -> None:
        self.actors = actors
        self._dated = None  # a new or rebuilt index
        self._timelines = {}
        self._wanted = None
        self.refilter()
        self._want_timeline()

    # --- the timeline ------------------------------------------------------------------------

    @on(OptionList.OptionHighlighted, "#actor-list")
    def _highlighted(self) -> None:
        self._want_timeline()

    def _want_timeline(self) -> None:
        actor = self.query_one(ActorList).current
        session = getattr(self.app, "session", None)
        if actor is None or self._dated is False or session is None or session.reader is None:
            self.timeline = None
            return
        if actor.id in self._timelines:
            self.timeline = self._timelines[actor.id]
            return
        if self._wanted != actor.id:
            self._wanted = actor.id
            self._read_timeline(actor.id)

    @work(thread=True, group="actor-timeline", exit_on_error=False)
    def _read_timeline(self, actor_id: str) -> None:
        time.sleep(TIMELINE_AFTER)
        reader = self.app.session.reader
        if reader is None or self._wanted != actor_id:
            return
        try:
            timeline: Timeline | None = reader.timeline(actor_id)
        except Exception:  # the index gone or damaged: the screen says so elsewhere
            timeline = None
        self.post_message(self.TimelineRead(actor_id, timeline))

    @on(TimelineRead)
    def _timeline_read(self, event: TimelineRead) -> None:
        event.stop()
        timeline = event.timeline
        if self._wanted == event.actor_id:
            self._wanted = None
        if timeline is not None:
            self._dated = bool(timeline.periods)  # every actor's timeline spans the corpus's dates
            self._timelines[event.actor_id] = timeline
        current = self.query_one(ActorList).current
        if current is not None and current.id == event.actor_id:
            self.timeline = timeline

    def watch_timeline(self, timeline: Timeline | None) -> None:
        box = self.query_one("#timeline")
        dated = timeline is not None and bool(timeline.periods)
        box.set_class(dated, "-dated")
        if timeline is None or not dated:
            return
        self.query_one("#timeline-chart", Sparkline).data = [p.mentions for p in timeline.periods]
        self.query_one("#timeline-label", Static).update(timeline_label(timeline))

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
