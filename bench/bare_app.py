"""The start-up baseline: a bare Textual app with the same kinds of widgets as the explorer's main
screen (Label, Input, Static, Horizontal/Vertical panes, three OptionLists, a ScrollView, a
ProgressBar, Footer), a few rows of data, no index and no project imports.

    python bench/bare_app.py
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.scroll_view import ScrollView
from textual.widgets import Footer, Input, Label, OptionList, ProgressBar, Static

CSS = """
#searchbar { height: 1; }
#search-label { width: 2; }
#message, #tabs { height: 1; }
#body { height: 1fr; }
.pane { border: round $primary; }
#actors { width: 30; }
#middle { width: 1fr; }
#source { width: 1fr; }
#build { height: 1; }
"""


class Bare(App):
    CSS = CSS
    BINDINGS = [("q", "quit", "Quit"), ("question_mark", "help", "Help")]

    def compose(self) -> ComposeResult:
        with Horizontal(id="searchbar"):
            yield Label("/", id="search-label")
            yield Input(id="query", placeholder='search: words, "a phrase", actor:name, speaker:name …', compact=True)
            yield Static("", id="chip")
        yield Static("", id="message")
        yield Static("", id="tabs")
        with Horizontal(id="body"):
            with Vertical(id="actors", classes="pane"):
                yield Input(id="actor-filter", placeholder="filter by name (f)", compact=True)
                yield OptionList(*[f"Actor {i}" for i in range(50)], id="actor-list")
            with Vertical(id="middle"):
                with Vertical(id="results", classes="pane"):
                    yield OptionList(*[f"Result {i}" for i in range(50)], id="result-list")
                with Vertical(id="quotes", classes="pane"):
                    yield OptionList(*[f"Quote {i}" for i in range(50)], id="quote-list")
            with Vertical(id="source", classes="pane"):
                yield Static("", id="source-header")
                yield ScrollView(id="source-view")
        with Horizontal(id="build"):
            yield Label("", id="build-label")
            yield ProgressBar(id="build-bar", show_eta=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#build").display = False
        self.query_one("#results").border_title = "Results (50)"
        self.query_one("#actors").border_title = "Actors (50)"
        self.query_one("#query", Input).focus()


if __name__ == "__main__":
    Bare().run()
