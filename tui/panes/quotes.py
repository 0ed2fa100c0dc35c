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
        self.carriers: dict[str, int] = {}

    def compose(self) -> ComposeResult:
        yield QuoteList(id="quote-list")

    @property
    def rows(self) -> QuoteList:
        return self.query_one(QuoteList)

    def show(
        self, quotes: list[Quote], query: str, carriers: dict[str, int] | None = None, total: int | None = None
    ) -> None:
        """The quotes (the first `total`); `carriers` counts the articles carrying each group's
        words (as known)."""
        if carriers is not None:
            self.carriers = carriers
        self.rows.set_records(quotes, total=total, titles=self.titles, query=query, carriers=self.carriers)

    def set_carriers(self, counts: dict[str, int]) -> None:
        self.carriers.update(counts)
        self.rows.set_carriers(counts)

    def set_titles(self, titles: dict[str, str], query: str) -> None:
        """The articles' titles (they label each quote): the rows shown are labelled again."""
        self.titles = titles
        if self.rows.records:
            self.show(self.rows.records, query, total=self.rows.total)
