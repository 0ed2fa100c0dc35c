"""The investigation part of the main screen (issue 11): one statement across articles, the case
file, saved searches and history, export and copy.

A base class of MainScreen (which composes the panes and holds the session, the case work, the
chosen actor and the article open), kept apart so that the screen's own module reads as what it
composes and routes. Each handler takes what the case work (tui/casework.py) posts back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.screen import Screen

from dossier.index.records import Actor, Quote

from ..case_messages import CarriersCounted, CitationReady, ComparisonReady, Exported, PinsLoaded, SearchesLoaded
from ..panes.quotes import QuotesPane
from ..widgets.lists import ActorList, QuoteList, ResultList

if TYPE_CHECKING:
    from dossier.index.casefile import Pin, SavedSearch

    from ..casework import CaseWork
    from ..panes.search_bar import SearchBar
    from ..session import Session


class InvestigationScreen(Screen):
    """Compare, pin, save, export and copy what the main screen shows."""

    # What MainScreen provides (and say, open_article, set_actor, run_search; focus_pane from
    # navigation.py).
    session: Session
    casework: CaseWork
    actor: Actor | None
    active: str
    opened: object
    saved_searches: list[SavedSearch]
    history: list[str]
    search_bar: SearchBar
    all_actors: list[Actor]

    # --- one statement across articles ------------------------------------------------------

    @on(CarriersCounted)
    def _carriers_counted(self, event: CarriersCounted) -> None:
        self.query_one(QuotesPane).set_carriers(event.counts)

    @on(QuoteList.CompareRequested)
    def _compare(self, event: QuoteList.CompareRequested) -> None:
        self.say("Comparing the quote across the articles…")
        self.casework.compare(event.quote.id)

    @on(ComparisonReady)
    def _comparison_ready(self, event: ComparisonReady) -> None:
        from .compare import CompareScreen, summary

        if event.comparison is None:
            why = event.error or "it is no longer in the index"
            self.say(f"Cannot compare {event.quote_id!r}: {why}", "message--error")
            return
        self.say(summary(event.comparison))
        self.app.push_screen(CompareScreen(event.comparison), self._compared)

    def _compared(self, quote: Quote | None) -> None:
        if quote is not None:
            self.open_article(
                quote.article, self.search_bar.query_text, from_pane="quotes", at=(quote.start, quote.end)
            )

    # --- the case file ---------------------------------------------------------------------

    def selected_ref(self) -> str | None:
        """The id of what is selected in the pane in use: a result's article, a quote, an
        actor, or the article open in the source pane."""
        pane = self.active
        if pane == "source":
            return self.opened.article_id if self.opened else None
        lists = {"results": ResultList, "actors": ActorList, "quotes": QuoteList}
        if pane not in lists:
            return None
        record = self.query_one(lists[pane]).current
        return record.id if record is not None else None

    def action_pin(self) -> None:
        ref = self.selected_ref()
        if ref is None:
            self.say("Select an article, a quote or an actor to pin.", "message--hint")
            return
        self.casework.pin(ref)

    def action_pin_with_note(self) -> None:
        from .ask import AskScreen

        ref = self.selected_ref()
        if ref is None:
            self.say("Select an article, a quote or an actor to pin.", "message--hint")
            return

        def pin(note: str | None) -> None:
            if note is not None:
                self.casework.pin(ref, note)

        self.app.push_screen(AskScreen("Pin with a note", placeholder="your note"), pin)

    def action_case_file(self) -> None:
        from .casefile import CaseFileScreen

        if not isinstance(self.app.screen, CaseFileScreen):
            self.app.push_screen(CaseFileScreen(self.casework), self._case_file_closed)
            self.casework.load()

    def _case_file_closed(self, pin: Pin | None) -> None:
        if pin is None:
            return
        if pin.kind == "actor":
            actor = next((a for a in self.all_actors if a.id == pin.ref), None)
            if actor is None:
                self.say(f"The actor {pin.label!r} is no longer in the index.", "message--error")
            else:
                self.set_actor(actor)
            return
        at = (pin.start, pin.end) if pin.start is not None and pin.end is not None else None
        self.open_article(pin.article or pin.ref, self.search_bar.query_text, from_pane="results", at=at)

    @on(PinsLoaded)
    def _pins_loaded(self, event: PinsLoaded) -> None:
        from .casefile import CaseFileScreen

        if event.seq < self.casework.shown_seq:
            return  # an older state than the one shown
        self.casework.shown_seq = event.seq
        if event.error is not None:
            self.notify(f"Case file: {event.error}", severity="error", markup=False)
            return
        if event.done:
            self.notify(event.done, markup=False)
        for screen in self.app.screen_stack:
            if isinstance(screen, CaseFileScreen):
                screen.show(event.pins)

    # --- saved searches and history (kept in the case file) ------------------------------------

    def remember_query(self, query: str) -> None:
        """A query the user went on from: in the box's history and the case file's."""
        self.search_bar.input.remember(query)
        self.casework.remember(query)

    @on(SearchesLoaded)
    def _searches_loaded(self, event: SearchesLoaded) -> None:
        self.saved_searches = event.saved
        self.history = list(dict.fromkeys(event.history))  # newest first, each once
        box = self.search_bar.input
        if box.browsing_history:
            return  # not under the user's feet
        box.history = list(reversed(self.history))[-50:]

    def save_search(self) -> None:
        """Ask a name for the current search (with its actor filter) and keep it."""
        from .ask import AskScreen

        query = self.search_bar.query_text
        if not query.strip() and self.actor is None:
            self.say("Type a search first: then it can be saved.", "message--hint")
            return
        actor_id = self.actor.id if self.actor else None

        def save(name: str | None) -> None:
            if name and name.strip():
                self.casework.save_search(name.strip(), query, actor_id)

        self.app.push_screen(AskScreen("Save this search as", value=query.strip(), placeholder="a name"), save)

    def rerun(self, query: str, actor_id: str | None = None) -> None:
        """Search again for a saved or remembered query (with its actor filter, if still indexed)."""
        self.actor = next((a for a in self.all_actors if a.id == actor_id), None) if actor_id else None
        box = self.search_bar.input
        if box.value == query:
            self.run_search()
        else:
            box.value = query  # the box's change searches, once the debounce is over
            box.cursor_position = len(query)
        self.remember_query(query)
        self.focus_pane("results")

    # --- export and copy ----------------------------------------------------------------------

    def action_export(self) -> None:
        from .ask import AskScreen

        kind = self.active
        if kind not in ("results", "quotes", "actors"):
            self.say(
                "Focus a list to export it: results, quotes or actors (the case file: P, then e).", "message--hint"
            )
            return
        query, actor_id = self.search_bar.query_text, (self.actor.id if self.actor else None)
        actors = list(self.query_one(ActorList).records) if kind == "actors" else None

        def export(name: str | None) -> None:
            if name and name.strip():
                self.casework.export(kind, name, query, actor_id, actors)

        self.app.push_screen(
            AskScreen(f"Export the {kind} to", value=f"dossier-{kind}.csv", hint="the file: .csv, .json or .md"),
            export,
        )

    @on(Exported)
    def _exported(self, event: Exported) -> None:
        if event.error is not None:
            self.notify(f"Not exported: {event.error}", severity="error", markup=False, timeout=8)
        else:
            self.notify(f"Exported {event.rows} row{'s' if event.rows != 1 else ''} to {event.path}", markup=False)

    @on(QuoteList.CopyRequested)
    def _copy(self, event: QuoteList.CopyRequested) -> None:
        self.casework.cite(event.quote)

    @on(CitationReady)
    def _cited(self, event: CitationReady) -> None:
        if event.error is not None:
            self.notify(f"Not copied: {event.error}", severity="error", markup=False)
            return
        self.app.copy_to_clipboard(event.text)
        self.notify("Copied the quote with its citation.", markup=False)
