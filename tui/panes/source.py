"""The source pane: the article's title and details over its text (widgets/source.py's SourceView)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from dossier.index.records import Range
from dossier.index.results import ArticleView

from ..widgets.source import Shown, SourceView, mention_type
from ..widgets.text import one_line
from .pane import Pane

EMPTY_SOURCE = Text("enter on a result or a quote opens the article here", "dim")


class SourcePane(Pane):
    NAME = "Source"

    def compose(self) -> ComposeResult:
        yield Static(EMPTY_SOURCE, id="source-header")
        yield SourceView(id="source-view")

    @property
    def source_view(self) -> SourceView:
        return self.query_one(SourceView)

    def show(self, view: ArticleView, matches: list[Range], at: Range | None, title: str | None = None) -> None:
        """Show the article, scrolled to `at` (a quote) or its first match; title: the index's
        title for it, when the article has none of its own."""
        article = view.article
        # One line each (title; source · date · url · id), cut with an ellipsis (see the .tcss).
        header = Text(one_line(article.title or title or article.id), "bold")
        meta = [one_line(x) for x in (article.source, article.date, article.url) if x]
        meta.append(one_line(article.id))
        if meta:
            header.append("\n" + " · ".join(meta), "dim")
        self.query_one("#source-header", Static).update(header)
        shown = Shown(
            article_id=article.id,
            text=article.text,
            junk=[tuple(j) for j in article.junk],
            mentions=[(m.start, m.end, mention_type(m)) for m in view.mentions],
            quotes=[(q.start, q.end) for q in view.quotes],
            matches=sorted(tuple(m) for m in matches),
            focus=at,
        )
        self.source_view.show_article(shown, target=at[0] if at else None)

    @on(SourceView.MatchMoved)
    def _match_moved(self, event: SourceView.MatchMoved) -> None:
        if event.count:
            where = f"{event.index + 1}/{event.count}" if event.index is not None else f"{event.count}"
            self.border_subtitle = Content(f"match {where} · n/N")
        else:
            self.border_subtitle = None
