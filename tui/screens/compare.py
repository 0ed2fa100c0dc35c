"""The comparison of one quote across articles: the same words elsewhere and the quotes that say
nearly the same, each with its article, source, date and cue, the differing words marked.

`enter` closes it and opens the chosen version at its place in the source pane (the screen's
result is that quote); `escape` closes it.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from dossier.index.compare import Comparison
from dossier.index.records import Quote

from .. import keys
from ..widgets.compared import VersionList, versions
from ..widgets.lists import RecordList


def summary(comparison: Comparison) -> str:
    """One line: how many articles carry the words, how many similar quotes."""
    articles = len({comparison.quote.quote.article} | {p.quote.article for p in comparison.same})
    similar = len(comparison.similar)
    return (
        f"The same words in {articles} article{'s' if articles != 1 else ''} · "
        f"{similar} similar quote{'s' if similar != 1 else ''}"
    )


class CompareScreen(ModalScreen[Quote | None]):
    BINDINGS = keys.COMPARE

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def compose(self) -> ComposeResult:
        with Vertical(id="compare-body"):
            yield Static(Text(summary(self.comparison)), id="compare-summary")
            yield VersionList(id="compare-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        body = self.query_one("#compare-body")
        body.border_title = "Compare · enter opens · escape closes"
        rows = self.query_one(VersionList)
        rows.set_records(versions(self.comparison), original=self.comparison.quote.quote.text)
        rows.focus()

    @on(RecordList.Chosen)
    def _chosen(self, event: RecordList.Chosen) -> None:
        event.stop()
        self.dismiss(event.record.placed.quote)
