"""The explorer's main screen: search, results, actors, quotes and source.

Wide terminals (100 columns and more) show every pane at once; narrower ones show one pane at
a time under a strip naming them all with their counts, and `tab` switches. Reading the index
happens in thread workers (exclusive per kind, so a newer search cancels an older one); the
screen only ever applies finished answers.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input, Label, ProgressBar, Static
from textual.worker import get_current_worker

from .. import keys
from ..widgets.lists import ActorList, QuoteList, RecordList, ResultList
from ..widgets.search import QueryInput
from ..widgets.source import ACTOR_TYPES, Shown, SourceView, mention_type
from ..widgets.text import one_line

if TYPE_CHECKING:
    from ..app import DossierApp

EMPTY_SOURCE = Text("enter on a result or a quote opens the article here", "dim")
RESULT_LIMIT = 100
QUOTE_LIMIT = 300
DEBOUNCE = 0.2

PANES = ("search", "results", "actors", "quotes", "source")
FOCUS = {
    "search": "#query",
    "results": "#result-list",
    "actors": "#actor-list",
    "quotes": "#quote-list",
    "source": "#source-view",
}
TITLES = {"search": "Search", "results": "Results", "actors": "Actors", "quotes": "Quotes", "source": "Source"}


# Actors listed at once (most mentioned first); filtering by name reaches the others.
MAX_ACTOR_ROWS = 500


@dataclass
class Opened:
    """The article in the source pane and how it was reached."""

    article_id: str
    query: str
    from_pane: str


class MainScreen(Screen):
    BINDINGS = keys.MAIN
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]

    def __init__(self) -> None:
        super().__init__()
        self.query_text = ""
        self.actor = None  # the chosen actor (filter), or None
        self.actor_type: str | None = None  # the actors pane's type filter
        self.all_actors: list = []
        self.titles: dict[str, str] = {}
        self.opened: Opened | None = None
        self.suggestion: str | None = None
        self.active = "search"
        self.hidden: set[str] = set()
        self.counts: dict[str, int | None] = {"results": None, "actors": None, "quotes": None}
        self._timer = None
        self._seq = 0

    @property
    def dossier(self) -> "DossierApp":
        return self.app  # type: ignore[return-value]

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="searchbar"):
            yield Label("/", id="search-label")
            yield QueryInput(
                id="query",
                placeholder="search: words, \"a phrase\", actor:name, speaker:name …  (F1: help)",
                compact=True,
            )
            yield Static("", id="chip")
        yield Static("", id="message")
        yield Static("", id="tabs")
        with Horizontal(id="body"):
            with Vertical(id="actors", classes="pane"):
                yield Input(id="actor-filter", placeholder="filter by name (f)", compact=True)
                yield ActorList(id="actor-list")
            with Vertical(id="middle"):
                with Vertical(id="results", classes="pane"):
                    yield ResultList(id="result-list")
                with Vertical(id="quotes", classes="pane"):
                    yield QuoteList(id="quote-list")
            with Vertical(id="source", classes="pane"):
                yield Static(EMPTY_SOURCE, id="source-header")
                yield SourceView(id="source-view")
        with Horizontal(id="build"):
            yield Label("", id="build-label")
            yield ProgressBar(id="build-bar", show_eta=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#build").display = False
        self._update_titles()
        self.set_active("search")
        self.query_one("#query", Input).focus()
        if self.dossier.reader is not None:
            self.load()
        else:
            self.say("Opening the index…")
            # After the first frame is drawn: the worker holds the GIL while it reads the index.
            self.call_after_refresh(self.dossier.open_index)

    # --- status line -----------------------------------------------------------------------

    def say(self, message: str | Text, kind: str = "message--info") -> None:
        """Show a message under the search box (kind: a class for its colour)."""
        widget = self.query_one("#message", Static)
        widget.update(message if isinstance(message, Text) else Text(message))
        for k in ("message--info", "message--error", "message--hint"):
            widget.set_class(k == kind, k)

    # --- loading from the index ------------------------------------------------------------

    def load(self) -> None:
        """Fill the panes from the (re)opened index: actors, then the current search."""
        self.load_actors()
        self.run_search()
        if self.opened:
            self.open_article(self.opened.article_id, self.opened.query, from_pane=self.opened.from_pane, focus=False)

    @work(thread=True, exclusive=True, group="actors", exit_on_error=False)
    def load_actors(self) -> None:
        reader = self.dossier.reader
        if reader is None:
            return
        try:
            actors = reader.actors()
        except Exception as err:
            self.app.call_from_thread(self.say, f"Could not read the actors: {err}", "message--error")
            return
        titles = {}
        try:
            titles = reader.titles()
        except Exception:  # titles only label quotes; the ids do as well
            pass
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_actors, actors, titles)

    def _show_actors(self, actors: list, titles: dict[str, str]) -> None:
        self.all_actors = actors
        self.titles = titles
        self.query_one(QueryInput).names.set_names([n for a in actors for n in [a.name, *a.aliases]])
        if self.actor is not None:
            self.actor = next((a for a in actors if a.id == self.actor.id), None)
            self._update_chip()
        self.filter_actors()
        quotes = self.query_one(QuoteList)
        if quotes.records:
            quotes.set_records(quotes.records, titles=titles, query=self.query_text)

    def filter_actors(self) -> None:
        words = self.query_one("#actor-filter", Input).value.strip().lower()
        shown = [
            a
            for a in self.all_actors
            if (self.actor_type is None or a.type == self.actor_type)
            and (not words or any(words in n.lower() for n in [a.name, *a.aliases]))
        ]
        # The list holds the most mentioned; the title counts them all, and the name filter (f)
        # or the palette's "jump to actor" reaches every one. Filling a list with 12,000 rows
        # on the UI thread blocked the keys for seconds on a 10,000-article index.
        self.query_one(ActorList).set_records(shown[:MAX_ACTOR_ROWS])
        self.counts["actors"] = len(shown)
        self._update_titles()

    # --- searching -------------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "query":
            self.query_text = event.value
            if self._timer is not None:
                self._timer.stop()
            self._timer = self.set_timer(DEBOUNCE, self.run_search)
        elif event.input.id == "actor-filter":
            self.filter_actors()

    def run_search(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self.dossier.reader is None:
            return
        self._seq += 1
        self.run_worker(
            partial(self._search_work, self.query_text, self.actor.id if self.actor else None, self._seq),
            thread=True,
            exclusive=True,
            group="search",
            name="search",
            exit_on_error=False,
        )

    def _search_work(self, query: str, actor_id: str | None, seq: int) -> None:
        from dossier.index.read import QueryError

        worker = get_current_worker()
        reader = self.dossier.reader
        if reader is None:
            return
        error = None
        result = None
        quotes: list = []
        try:
            answer = self._search_elsewhere(reader, query, actor_id, seq)
            if answer is False:
                return  # a newer query came while an earlier one held the search process
            if answer is not None:
                result, quotes = answer
            else:
                result = reader.search(query, limit=RESULT_LIMIT, actor_id=actor_id)
                if worker.is_cancelled:
                    return
                quotes = reader.quotes(query=query or None, actor_id=actor_id, limit=QUOTE_LIMIT)
        except QueryError as err:
            error = str(err)
        except Exception as err:  # a damaged or vanished index: say so, keep the app
            error = f"the index could not answer ({type(err).__name__}: {err}); ctrl+p → Rebuild index"
        if worker.is_cancelled or seq != self._seq:
            return
        self.app.call_from_thread(self._show_search, query, result, quotes, error, seq)

    def _search_elsewhere(self, reader, query: str, actor_id: str | None, seq: int):
        """(result, quotes) from the search process; False when the query is stale by the time the
        process is free; None when there is no search process (the caller searches here)."""
        from dossier.index.search_process import SearchProcessLost

        process = self.dossier.search_process
        if process is None:
            return None
        try:
            answer = process.search(reader.manifest.generation, query, actor_id, RESULT_LIMIT, QUOTE_LIMIT,
                                    wanted=lambda: seq == self._seq)
        except SearchProcessLost:
            self.app.call_from_thread(self.dossier.search_process_lost)
            return None
        return False if answer is None else answer

    def _show_search(self, query: str, result: Any, quotes: list, error: str | None, seq: int) -> None:
        if seq != self._seq:
            return  # a newer search is under way
        self.suggestion = None
        if error is not None:
            self.say(Text.assemble(("Query error: ", "bold"), error), "message--error")
            self.refresh_bindings()
            return
        results = self.query_one(ResultList)
        results.set_records(result.hits, query=query)
        self.query_one(QuoteList).set_records(quotes, titles=self.titles, query=query)
        self.counts["results"] = result.total
        self.counts["quotes"] = len(quotes)
        self._update_titles()
        message = Text()
        what = "articles" if result.total != 1 else "article"
        if query.strip():
            message.append(f"{result.total} {what} · {len(quotes)} quote{'s' if len(quotes) != 1 else ''}")
        else:
            message.append(f"{result.total} {what} indexed · type to search")
        if self.actor is not None:
            message.append(" · filtered to ")
            message.append(one_line(self.actor.name), "bold")
        kind = "message--info"
        if result.total == 0 and result.suggestion:
            self.suggestion = result.suggestion
            message = Text.assemble("No match. Did you mean ", (one_line(result.suggestion), "bold"), "? (enter)")
            kind = "message--hint"
        elif result.total == 0 and query.strip():
            message = Text("No match. Try fewer words, word* or word~ (F1: the query syntax).")
            kind = "message--hint"
        self.say(message, kind)
        self.refresh_bindings()

    def action_leave_search(self) -> None:
        """enter (or down) in the search box: to the results, or take the "did you mean"."""
        query = self.query_one(QueryInput)
        query.reset_history()
        if self.suggestion and not self.query_one(ResultList).records:
            query.value = self.suggestion
            query.cursor_position = len(query.value)
            self.run_search()
            return
        if self._timer is not None:
            self.run_search()
        query.remember(self.query_text)
        self.focus_pane("results")

    # --- choosing --------------------------------------------------------------------------

    def on_record_list_chosen(self, event: RecordList.Chosen) -> None:
        source = event.source
        if isinstance(source, ResultList):
            self.query_one(QueryInput).remember(self.query_text)
            self.open_article(event.record.id, self.query_text, from_pane="results")
        elif isinstance(source, QuoteList):
            quote = event.record
            self.open_article(quote.article, self.query_text, from_pane="quotes", at=(quote.start, quote.end))
        elif isinstance(source, ActorList):
            self.set_actor(event.record)

    def set_actor(self, actor) -> None:
        self.actor = actor
        self._update_chip()
        self.run_search()
        self.refresh_bindings()
        if actor is not None:
            self.focus_pane("results")

    def _update_chip(self) -> None:
        chip = self.query_one("#chip", Static)
        if self.actor is None:
            chip.update("")
            chip.display = False
        else:
            chip.update(Text.assemble(("actor: ", "dim"), (one_line(self.actor.name), "bold"), (" ✕ esc", "dim")))
            chip.display = True

    def open_article(
        self,
        article_id: str,
        query: str,
        from_pane: str = "results",
        at: tuple[int, int] | None = None,
        focus: bool = True,
    ) -> None:
        self.opened = Opened(article_id, query, from_pane)
        self._load_article(article_id, query, at, focus)

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def _load_article(self, article_id: str, query: str, at: tuple[int, int] | None, focus: bool) -> None:
        reader = self.dossier.reader
        if reader is None:
            return
        try:
            view = reader.article(article_id)
        except Exception as err:
            self.app.call_from_thread(self.say, f"Could not read {article_id!r}: {err}", "message--error")
            return
        try:
            matches = reader.match_ranges(article_id, query) if query.strip() and view else []
        except Exception:  # an unparsable query: the article without highlights
            matches = []
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_article, article_id, view, matches, at, focus)

    def _show_article(self, article_id: str, view: Any, matches: list, at: tuple[int, int] | None, focus: bool) -> None:
        source = self.query_one(SourceView)
        header = self.query_one("#source-header", Static)
        if view is None:
            self.say(f"The article {article_id!r} is no longer in the index.", "message--error")
            return
        article = view.article
        # One line each (title; source · date · url · id), cut with an ellipsis (see the .tcss).
        title = Text(one_line(article.title or self.titles.get(article.id) or article.id), "bold")
        meta = [one_line(x) for x in (article.source, article.date, article.url) if x]
        meta.append(one_line(article.id))
        if meta:
            title.append("\n" + " · ".join(meta), "dim")
        header.update(title)
        shown = Shown(
            article_id=article.id,
            text=article.text,
            junk=[tuple(j) for j in article.junk],
            mentions=[(m.start, m.end, mention_type(m)) for m in view.mentions],
            quotes=[(q.start, q.end) for q in view.quotes],
            matches=sorted(tuple(m) for m in matches),
            focus=at,
        )
        source.show_article(shown, target=at[0] if at else None)
        if focus:
            self.focus_pane("source")
        self.refresh_bindings()

    def on_source_view_match_moved(self, event: SourceView.MatchMoved) -> None:
        pane = self.query_one("#source")
        if event.count:
            where = f"{event.index + 1}/{event.count}" if event.index is not None else f"{event.count}"
            pane.border_subtitle = Content(f"match {where} · n/N")
        else:
            pane.border_subtitle = None

    # --- actors pane -----------------------------------------------------------------------

    def on_actor_list_type_cycled(self, _event: ActorList.TypeCycled) -> None:
        order = [None, *ACTOR_TYPES]
        self.actor_type = order[(order.index(self.actor_type) + 1) % len(order)]
        self.filter_actors()

    def on_actor_list_filter_requested(self, _event: ActorList.FilterRequested) -> None:
        self.query_one("#actor-filter", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "actor-filter":
            self.query_one(ActorList).focus()

    # --- panes and focus -------------------------------------------------------------------

    def pane_of(self, widget: Widget | None) -> str:
        node = widget
        while node is not None and node is not self:
            if node.id == "searchbar":
                return "search"
            if node.id in PANES:
                return node.id
            node = node.parent
        return "search"

    def visible_panes(self) -> list[str]:
        panes = ["search"]
        for name in ("results", "actors", "quotes", "source"):
            if name in self.hidden:
                continue
            if name == "source" and not self.opened:
                continue
            panes.append(name)
        return panes

    def focus_pane(self, name: str) -> None:
        if name in self.hidden:
            self.hidden.discard(name)
            self._apply_hidden()
        self.set_active(name)
        widget = self.query_one(FOCUS[name])
        # At once (Widget.focus waits for the next idle moment, and a key typed right after,
        # say a second enter, would still go to the widget being left); else when it can be.
        self.set_focus(widget)
        if self.focused is not widget:
            widget.focus()

    def set_active(self, name: str) -> None:
        """The pane the user is in; in a narrow terminal the one shown (search shows results)."""
        self.active = name
        shown = "results" if name == "search" else name
        for pane in ("results", "actors", "quotes", "source"):
            self.set_class(pane == shown, f"-show-{pane}")
        self._update_titles()

    def on_descendant_focus(self, event) -> None:
        name = self.pane_of(self.focused)
        if name != self.active:
            self.set_active(name)
        self.refresh_bindings()

    def action_next_pane(self, step: int = 1) -> None:
        panes = self.visible_panes()
        # self.active, not the focused widget: focus moves after this handler returns, and a
        # second tab typed at once must go on from the pane the first one chose.
        current = self.active
        index = panes.index(current) if current in panes else 0
        self.focus_pane(panes[(index + step) % len(panes)])

    def action_focus_search(self) -> None:
        self.focus_pane("search")

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
            if self.query_text:
                self.query_one(QueryInput).value = ""
        else:
            self.focus_pane("search")

    def action_next_match(self) -> None:
        self._move_match(1)

    def action_previous_match(self) -> None:
        self._move_match(-1)

    def _move_match(self, step: int) -> None:
        source = self.query_one(SourceView)
        if source.next_match(step) and self.active != "source":
            self.focus_pane("source")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_match", "previous_match"):
            return bool(self.opened and self.query_one(SourceView).shown.matches)
        return True

    def toggle_pane(self, name: str) -> None:
        """Hide or show a pane (wide terminals; a narrow one shows a pane at a time anyway)."""
        if name in self.hidden:
            self.hidden.discard(name)
        else:
            self.hidden.add(name)
            if self.active == name:
                self.focus_pane("search")
        self._apply_hidden()

    def _apply_hidden(self) -> None:
        for name in ("results", "actors", "quotes", "source"):
            self.query_one(f"#{name}").set_class(name in self.hidden, "-hidden")
        self.query_one("#middle").set_class({"results", "quotes"} <= self.hidden, "-hidden")

    def _update_titles(self) -> None:
        for name in ("results", "actors", "quotes"):
            count = self.counts.get(name)
            title = TITLES[name] + (f" ({count})" if count is not None else "")
            if name == "actors" and self.actor_type:
                title += f" · {self.actor_type}"
            self.query_one(f"#{name}").border_title = Content(title)
        self.query_one("#source").border_title = Content("Source")
        # The strip that names every pane in a narrow terminal.
        strip = Text()
        shown = "results" if self.active == "search" else self.active
        for i, name in enumerate(("results", "actors", "quotes", "source")):
            count = self.counts.get(name)
            label = TITLES[name] + (f" {count}" if count is not None else "")
            if name == "source" and not self.opened:
                label += " –"
            if i:
                strip.append(" │ ", "dim")
            strip.append(f" {label} ", "reverse bold" if name == shown else "")
        strip.append("   tab ⇥", "dim")
        self.query_one("#tabs", Static).update(strip)

    # --- building --------------------------------------------------------------------------

    def show_build(self, label: str, fraction: float | None) -> None:
        box = self.query_one("#build")
        box.display = True
        self.query_one("#build-label", Label).update(Text(label))
        bar = self.query_one("#build-bar", ProgressBar)
        if fraction is None:
            bar.update(total=None)
        else:
            bar.update(total=100, progress=round(fraction * 100))

    def hide_build(self) -> None:
        self.query_one("#build").display = False
