"""The explorer's main screen: search, results, actors, quotes and source.

Wide terminals (100 columns and more) show every pane at once; narrower ones show one pane at
a time under a strip naming them all with their counts, and `tab` switches. The screen composes
the panes (tui/panes/), asks the session (tui/session.py) for work and routes what comes back
(tui/messages.py) to the pane that shows it. What it watches (the chosen actor, the pane in use,
the article open, the counts) is reactive and bound to the widgets that show it. Comparing,
pinning, saving, exporting and copying are its base class's (investigation.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Footer, Input

from dossier.index.records import Actor

from .. import keys
from ..casework import CaseWork
from ..messages import (
    ActorsLoaded,
    ArticleLoaded,
    BuildFinished,
    BuildNeeded,
    BuildProgress,
    IndexOpened,
    IndexUnreadable,
    MoreRows,
    QuotesCounted,
    SearchAnswered,
)
from ..panes.actors import ActorsPane
from ..panes.build_bar import BuildBar
from ..panes.quotes import QuotesPane
from ..panes.results import ResultsPane
from ..panes.search_bar import SearchBar
from ..panes.source import SourcePane
from ..panes.status import StatusLine, describe_answer
from ..panes.tabs import TabStrip
from .. import session as sessions
from ..session import Session
from ..widgets.lists import ActorList, QuoteList, RecordList, ResultList
from .investigation import InvestigationScreen
from .navigation import PANES, PaneNavigation

if TYPE_CHECKING:
    from dossier.index.casefile import SavedSearch


@dataclass
class Opened:
    """The article in the source pane and how it was reached."""

    article_id: str
    query: str
    from_pane: str


class MainScreen(PaneNavigation, InvestigationScreen):
    BINDINGS = keys.MAIN + keys.GOTO + keys.CASE
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]

    actor: reactive[Actor | None] = reactive(None, init=False, always_update=True)  # the filter, or None
    active: reactive[str] = reactive("search")  # the pane in use
    opened: reactive[Opened | None] = reactive(None, init=False)
    result_count: reactive[int | None] = reactive(None)
    actor_count: reactive[int | None] = reactive(None)
    quote_count: reactive[int | None] = reactive(None)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.casework = CaseWork(session)
        self.titles: dict[str, str] = {}
        self.suggestion: str | None = None
        self.suggested_for: str | None = None  # the query the suggestion answers
        self.hidden: set[str] = set()
        self.answer: SearchAnswered | None = None  # the search shown
        self.saved_searches: list[SavedSearch] = []  # the case file's (the palette offers them)
        self.history: list[str] = []  # the case file's search history, newest first

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield SearchBar(id="searchbar").data_bind(MainScreen.actor)
        yield StatusLine("", id="message")
        yield TabStrip("", id="tabs").data_bind(
            MainScreen.active,
            MainScreen.opened,
            results=MainScreen.result_count,
            actors=MainScreen.actor_count,
            quotes=MainScreen.quote_count,
        )
        with Horizontal(id="body"):
            yield ActorsPane(id="actors", classes="pane").data_bind(count=MainScreen.actor_count)
            with Vertical(id="middle"):
                yield ResultsPane(id="results", classes="pane").data_bind(count=MainScreen.result_count)
                yield QuotesPane(id="quotes", classes="pane").data_bind(count=MainScreen.quote_count)
            yield SourcePane(id="source", classes="pane")
        yield BuildBar(id="build")
        yield Footer(compact=True)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    @property
    def all_actors(self) -> list[Actor]:
        """Every actor of the index (the palette's "jump to actor" offers them all)."""
        return self.query_one(ActorsPane).actors

    def on_mount(self) -> None:
        self.session.attach(self)
        self.query_one("#query", Input).focus()
        if self.session.reader is not None:
            self.load()
        else:
            self.say("Opening the index…")
            # After the first frame is drawn: the worker holds the GIL while it reads the index.
            self.call_after_refresh(self.session.open)

    def say(self, message: str | Text, kind: str = "message--info") -> None:
        """Show a message under the search box (kind: a class for its colour)."""
        self.query_one(StatusLine).say(message, kind)

    # --- the index -------------------------------------------------------------------------

    @on(IndexOpened)
    def _index_opened(self, event: IndexOpened) -> None:
        self.session.use(event.reader)
        self.load()

    @on(IndexUnreadable)
    def _index_unreadable(self, event: IndexUnreadable) -> None:
        self.session.unreadable(event.error)
        # The way out first: the error itself can be longer than the terminal is wide.
        self.say(f"The index cannot be read: rebuild it with ctrl+p → Rebuild index. ({event.error})", "message--error")

    def load(self) -> None:
        """Fill the panes from the (re)opened index: actors, then the current search; the case
        file's saved searches and history."""
        self.session.load_actors()
        self.casework.load()
        self.run_search()
        if self.opened:
            self.open_article(self.opened.article_id, self.opened.query, from_pane=self.opened.from_pane, focus=False)

    @on(ActorsLoaded)
    def _actors_loaded(self, event: ActorsLoaded) -> None:
        if event.error is not None:
            self.say(f"Could not read the actors: {event.error}", "message--error")
            return
        actors = event.actors
        self.titles = event.titles
        self.search_bar.input.names.set_names([n for a in actors for n in [a.name, *a.aliases]])
        if self.actor is not None:
            self.actor = next((a for a in actors if a.id == self.actor.id), None)
        self.query_one(ActorsPane).set_actors(actors)
        self.query_one(QuotesPane).set_titles(event.titles, self.search_bar.query_text)

    @on(ActorsPane.Filtered)
    def _actors_filtered(self, event: ActorsPane.Filtered) -> None:
        self.actor_count = event.count

    # --- searching -------------------------------------------------------------------------

    @on(SearchBar.Typed)
    def _typed(self) -> None:
        if self.search_bar.debouncing:  # else a search since (enter, an actor chosen) covered it
            self.run_search()

    def run_search(self) -> None:
        """Search for what the box holds, filtered to the chosen actor."""
        self.search_bar.flush()
        self.session.search(self.search_bar.query_text, self.actor.id if self.actor else None)

    @on(SearchAnswered)
    def _show_search(self, answer: SearchAnswered) -> None:
        if not self.session.wanted(answer):
            return  # a newer search is under way
        self.suggestion = None
        if answer.error is not None or answer.result is None:
            self.say(Text.assemble(("Query error: ", "bold"), answer.error or ""), "message--error")
            self.refresh_bindings()
            return
        result = answer.result
        self.answer = answer
        self.query_one(ResultsPane).show(result, answer.query)
        # A full first page of quotes may be followed by more: counted apart (QuotesCounted).
        more = len(answer.quotes) >= sessions.QUOTE_LIMIT
        self.query_one(QuotesPane).show(
            answer.quotes, answer.query, self.casework.known_carriers(), total=None if more else len(answer.quotes)
        )
        if more:
            self.session.count_quotes(answer.query, self.actor.id if self.actor else None)
        self.casework.count_carriers(answer.quotes)
        self.result_count = result.total
        self.quote_count = len(answer.quotes)
        message, kind, self.suggestion = describe_answer(
            answer.query, result, answer.quotes, self.actor, None if more else len(answer.quotes)
        )
        self.suggested_for = answer.query
        self.say(message, kind)
        self.refresh_bindings()

    @on(QuotesCounted)
    def _quotes_counted(self, event: QuotesCounted) -> None:
        answer = self.answer
        if not self.session.current(event.seq) or answer is None or answer.result is None:
            return
        self.query_one(QuoteList).set_total(event.total)
        self.quote_count = event.total
        message, kind, _ = describe_answer(answer.query, answer.result, answer.quotes, self.actor, event.total)
        self.say(message, kind)

    @on(RecordList.MoreWanted)
    def _more_wanted(self, event: RecordList.MoreWanted) -> None:
        rows = event.source
        kind = "results" if isinstance(rows, ResultList) else "quotes" if isinstance(rows, QuoteList) else None
        if kind is None or self.answer is None:
            return
        self.session.more(kind, self.answer.query, self.actor.id if self.actor else None, len(rows.records))

    @on(MoreRows)
    def _more_rows(self, event: MoreRows) -> None:
        if not self.session.current(event.seq):
            return
        if event.error is not None:
            self.say(f"Could not read further rows: {event.error}", "message--error")
            return
        rows = self.query_one(ResultList) if event.kind == "results" else self.query_one(QuoteList)
        rows.append_records(event.records)
        if event.kind == "quotes":
            self.casework.count_carriers(event.records)

    def action_leave_search(self) -> None:
        """enter (or down) in the search box: to the results, or take the "did you mean"."""
        bar = self.search_bar
        query = bar.input
        query.reset_history()
        # Only the suggestion for the words in the box: under load, the answer on screen may be
        # for the first letters typed ("Us": did you mean "u.s."?) while the box holds "Ushakov".
        if self.suggestion and self.suggested_for == bar.query_text and not self.query_one(ResultList).records:
            query.value = self.suggestion
            query.cursor_position = len(query.value)
            self.run_search()
            return
        if bar.debouncing:
            self.run_search()
        self.remember_query(bar.query_text)
        self.focus_pane("results")

    # --- choosing --------------------------------------------------------------------------

    @on(RecordList.Chosen)
    def _chosen(self, event: RecordList.Chosen) -> None:
        source = event.source
        query = self.search_bar.query_text
        if isinstance(source, ResultList):
            self.remember_query(query)
            self.open_article(event.record.id, query, from_pane="results")
        elif isinstance(source, QuoteList):
            quote = event.record
            self.open_article(quote.article, query, from_pane="quotes", at=(quote.start, quote.end))
        elif isinstance(source, ActorList):
            self.set_actor(event.record)

    def set_actor(self, actor: Actor | None) -> None:
        """Filter the results and quotes to an actor (None: everyone's again)."""
        self.actor = actor
        self.run_search()
        self.refresh_bindings()
        if actor is not None:
            self.focus_pane("results")

    def open_article(
        self,
        article_id: str,
        query: str,
        from_pane: str = "results",
        at: tuple[int, int] | None = None,
        focus: bool = True,
    ) -> None:
        self.opened = Opened(article_id, query, from_pane)
        self.session.load_article(article_id, query, at, focus, self.actor.id if self.actor else None)

    @on(ArticleLoaded)
    def _show_article(self, event: ArticleLoaded) -> None:
        if event.error is not None:
            self.say(f"Could not read {event.article_id!r}: {event.error}", "message--error")
            return
        if event.view is None:
            self.say(f"The article {event.article_id!r} is no longer in the index.", "message--error")
            return
        article = event.view.article
        self.query_one(SourcePane).show(event.view, event.matches, event.at, self.titles.get(article.id))
        if event.focus:
            self.focus_pane("source")
        self.refresh_bindings()

    # --- building --------------------------------------------------------------------------

    def rebuild(self, why: str = "Rebuilding the index") -> None:
        """Build the index again from the corpus, in the background (the explorer stays usable)."""
        refusal = self.session.start_build()
        if refusal == "running":
            self.notify("A build is already running.")
        elif refusal == "no corpus":
            self.say("No corpus is known to build from: run dossier --corpus DIR.", "message--error")
        else:
            self.query_one(BuildBar).show(f"{why}…", None)
            self.say(f"{why} from {self.session.corpus} (the explorer stays usable).")

    @on(BuildNeeded)
    def _build_needed(self, event: BuildNeeded) -> None:
        self.rebuild(event.why)

    @on(BuildProgress)
    def _build_progress(self, event: BuildProgress) -> None:
        self.query_one(BuildBar).progress(event.progress)

    @on(BuildFinished)
    def _build_finished(self, event: BuildFinished) -> None:
        self.query_one(BuildBar).hide()
        ok = self.session.finish_build(event)
        report = self.session.build_report
        if ok:
            self.notify(report, title="dossier", markup=False)
            self.load()
        else:
            self.notify(report, severity="error", markup=False, timeout=10)
            self.say(report, "message--error")

    # --- keys (moving between panes: navigation.py) -----------------------------------------

    def action_back(self) -> None:
        current = self.active
        actor_filter = self.query_one("#actor-filter", Input)
        if current == "source":
            back = self.opened.from_pane if self.opened else "results"
            self.focus_pane(back if back in PANES else "results")
        elif self.focused is actor_filter:
            if actor_filter.value:
                actor_filter.value = ""
            else:
                self.focus_pane("actors")
        elif self.actor is not None:
            self.set_actor(None)
            self.say("Actor filter removed.")
        elif current == "search":
            if self.search_bar.input.value:
                self.search_bar.input.value = ""
            else:  # out of the box, where q, ? and / are keys again
                self.focus_pane("results")
        else:
            self.focus_pane("search")

    def action_next_match(self) -> None:
        self._move_match(1)

    def action_previous_match(self) -> None:
        self._move_match(-1)

    def _move_match(self, step: int) -> None:
        if self.query_one(SourcePane).source_view.next_match(step) and self.active != "source":
            self.focus_pane("source")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_match", "previous_match"):
            return bool(self.opened and self.query_one(SourcePane).source_view.shown.matches)
        return True
