"""The results pane: the articles a search found, best first."""

from __future__ import annotations

from textual.app import ComposeResult

from dossier.index.results import SearchResult

from ..widgets.lists import ResultList
from .pane import Pane


class ResultsPane(Pane):
    NAME = "Results"

    def compose(self) -> ComposeResult:
        yield ResultList(id="result-list")

    @property
    def rows(self) -> ResultList:
        return self.query_one(ResultList)

    def show(self, result: SearchResult, query: str) -> None:
        self.rows.set_records(result.hits, total=result.total, query=query)
