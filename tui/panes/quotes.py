"""The quotes pane: who said what, in which article (named by its title once the titles are known)."""

from __future__ import annotations

from textual.app import ComposeResult

from dossier.index.records import Quote

from ..widgets.lists import QuoteList
from .pane import Pane


class QuotesPane(Pane):
    NAME = "Quotes"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.titles: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield QuoteList(id="quote-list")

    @property
    def rows(self) -> QuoteList:
        return self.query_one(QuoteList)

    def show(self, quotes: list[Quote], query: str) -> None:
        self.rows.set_records(quotes, titles=self.titles, query=query)

    def set_titles(self, titles: dict[str, str], query: str) -> None:
        """The articles' titles (they label each quote): the rows shown are labelled again."""
        self.titles = titles
        if self.rows.records:
            self.show(self.rows.records, query)
