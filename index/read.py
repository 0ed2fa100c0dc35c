"""The read API: everything the explorer and the headless commands show comes through here.

A Reader opens the index once and keeps its Whoosh searchers; `reopen()` moves it to a newer
build without disturbing answers already given. It never imports spaCy.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .records import Actor, Article, Mention, Quote, Range


class IndexUnavailable(Exception):
    """No index, or one that cannot be read: the message says how to build it (exit 3)."""


class QueryError(ValueError):
    """A query that cannot be parsed: the message gives the reason (exit 2)."""


@dataclass
class Hit:
    id: str
    title: str
    source: str | None
    date: str | None
    path: str
    score: float
    # The snippet as segments: (text, is_match). Data, never markup: the caller styles it.
    snippet: list[tuple[str, bool]] = field(default_factory=list)

    def snippet_text(self) -> str:
        """The snippet with each match wrapped in [[ and ]] (the JSON contract)."""
        return "".join(f"[[{t}]]" if m else t for t, m in self.snippet)


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[Hit]
    suggestion: str | None = None  # "did you mean", when the query finds nothing


@dataclass
class ArticleView:
    article: Article
    mentions: list[Mention]
    quotes: list[Quote]
