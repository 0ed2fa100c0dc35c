"""The results pane: the articles a search found, best first, or newest first (`s`), and narrowed
to some sources (from the command palette).

Best first over every source is what the screen's search answers; the other views are this
pane's own: it asks the Reader for them in a worker (`Reader.search(sort=, sources=)`), with the
sources and dates of the search (`Reader.facets`) that the palette offers, and takes their pages
itself as the user scrolls. Work comes back as `Viewed` and `Faceted`; an answer older than the
pane's newest request is dropped (no worker is cancelled: a newer request makes an older search
stop, through its `stop`). The facets are read once a search's answer has stayed on screen for
FACETS_AFTER (not for each letter typed): they walk every match, in the explorer's process.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.reactive import reactive

from dossier.index.facets import Facets
from dossier.index.results import Hit, SearchResult

from .. import keys
from .. import session as sessions
from ..widgets.lists import RecordList, ResultList
from .pane import Pane

FACETS_AFTER = 0.3  # seconds


class ResultsPane(Pane):
    NAME = "Results"
    BINDINGS = keys.RESULTS

    sort: reactive[str] = reactive("score", init=False)  # "score" or "date"
    sources: reactive[tuple[str, ...]] = reactive((), init=False)  # () : every source
    facets: reactive[Facets | None] = reactive(None, init=False)  # of the search shown
    shown_total: reactive[int | None] = reactive(None, init=False)  # what the narrowed view counts

    @dataclass
    class Viewed(Message):
        """A page of the pane's own view (sorted by date, or narrowed), from offset."""

        request: int
        offset: int
        hits: list[Hit]
        total: int
        error: str | None = None

    @dataclass
    class Faceted(Message):
        """The sources and dates of the search shown (None: none to offer)."""

        request: int
        facets: Facets | None

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.query_text = ""
        self.actor_id: str | None = None
        self._request = 0  # the newest view asked for
        self._answer: SearchResult | None = None  # the search's own (best-first) answer
        self._searched = 0  # the newest search shown (its facets are wanted)

    def compose(self) -> ComposeResult:
        yield ResultList(id="result-list")

    @property
    def rows(self) -> ResultList:
        return self.query_one(ResultList)

    @property
    def own_view(self) -> bool:
        """Whether the pane shows its own view rather than the search's best-first answer."""
        return self.sort != "score" or bool(self.sources)

    def pane_title(self) -> str:
        title = super().pane_title()
        if self.sources and self.shown_total is not None:
            title = f"{self.NAME} ({self.shown_total} of {self.count if self.count is not None else '?'})"
        if self.sources:
            title += " · " + ", ".join(self.sources)
        return title + (" · by date" if self.sort == "date" else "")

    def show(self, result: SearchResult, query: str) -> None:
        """The search's answer: shown as it is when best first over every source, else the
        pane's view of the same search is asked for. The search's facets are asked for too."""
        self.query_text = query
        actor = getattr(self.screen, "actor", None)  # the filter this answer was searched with
        self.actor_id = actor.id if actor is not None else None
        self._answer = result
        self._request += 1
        if self.own_view:
            self._ask(0)
        else:
            self.shown_total = None
            self.rows.set_records(result.hits, total=result.total, query=query)
        self._searched += 1
        self._facets(self._searched, query, self.actor_id)

    def action_toggle_sort(self) -> None:
        self.sort = "date" if self.sort == "score" else "score"

    def narrow(self, sources: tuple[str, ...]) -> None:
        """Only the articles of these sources (() : every source again)."""
        self.sources = tuple(sources)

    def watch_sort(self) -> None:
        self._view_changed()

    def watch_sources(self) -> None:
        self._view_changed()

    def watch_shown_total(self) -> None:
        self.retitle()

    def _view_changed(self) -> None:
        self.retitle()
        self._request += 1
        if self.own_view:
            self._ask(0)
        elif self._answer is not None:
            # Best first over every source again: the search's own answer (the screen pages it).
            self.shown_total = None
            self.rows.set_records(self._answer.hits, total=self._answer.total, query=self.query_text)

    def _ask(self, offset: int) -> None:
        session = getattr(self.app, "session", None)
        if session is None or session.reader is None:
            return
        self._view(self._request, offset, self.query_text, self.actor_id, self.sort, self.sources)

    @work(thread=True, group="results-view", exit_on_error=False)
    def _view(
        self, request: int, offset: int, query: str, actor_id: str | None, sort: str, sources: tuple[str, ...]
    ) -> None:
        reader = self.app.session.reader
        if reader is None:
            return
        try:
            answer = reader.search(
                query,
                limit=sessions.RESULT_LIMIT,
                actor_id=actor_id,
                offset=offset,
                sort=sort,
                sources=list(sources) or None,
                stop=lambda: request != self._request,
            )
        except Exception as err:  # a newer request (Stopped); a bad query (the screen says so)
            if request == self._request:
                self.post_message(self.Viewed(request, offset, [], 0, f"{type(err).__name__}: {err}"))
            return
        if request == self._request:
            self.post_message(self.Viewed(request, offset, answer.hits, answer.total))

    @work(thread=True, group="results-facets", exit_on_error=False)
    def _facets(self, request: int, query: str, actor_id: str | None) -> None:
        time.sleep(FACETS_AFTER)
        reader = self.app.session.reader
        if reader is None or request != self._searched:
            return
        try:
            facets = reader.facets(query, actor_id=actor_id)
        except Exception:  # a bad query (the screen says so), the index gone: nothing to offer
            facets = None
        self.post_message(self.Faceted(request, facets))

    @on(Viewed)
    def _viewed(self, event: Viewed) -> None:
        event.stop()
        if event.request != self._request or not self.own_view:
            return
        if event.error is not None:
            if not event.error.startswith("Stopped"):
                self.notify(f"Could not sort or narrow the results: {event.error}", severity="error", markup=False)
            return
        if event.offset == 0:
            self.rows.set_records(event.hits, total=event.total, query=self.query_text)
            self.shown_total = event.total
        elif event.offset == len(self.rows.records):
            self.rows.append_records(event.hits)

    @on(Faceted)
    def _faceted(self, event: Faceted) -> None:
        event.stop()
        if event.request == self._searched:
            self.facets = event.facets

    @on(RecordList.MoreWanted, "#result-list")
    def _more(self, event: RecordList.MoreWanted) -> None:
        if self.own_view:  # else the screen pages the search's answer
            event.stop()
            self._ask(len(self.rows.records))
