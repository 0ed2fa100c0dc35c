"""What the read API answers: search results, an article's view, and its two errors.

Kept apart from read.py, which imports Whoosh, so that the explorer can name these types (and
catch these errors) without loading the search engine in its own process.
"""

from __future__ import annotations

import re
from typing import Any
from dataclasses import dataclass, field

from .records import Article, Mention, Quote


# The columns of a hit (Hit.row): `dossier search --json`/`--csv` and the explorer's export.
HIT_FIELDS = ["id", "title", "source", "date", "path", "score", "snippet"]
_MARKUP = re.compile(r"[\\\[\]]")  # what a snippet's text escapes: \ [ ]


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
        """The snippet with each match wrapped in [[ and ]] (the JSON contract); the text's own
        backslashes and brackets escaped with a backslash, so that a [[ or ]] is always a marker."""
        return "".join(f"[[{_escaped(t)}]]" if m else _escaped(t) for t, m in self.snippet)

    def snippet_matches(self) -> tuple[str, list[list[int]]]:
        """The snippet's plain text and its matches as [start, end] offsets into it (characters)."""
        plain, matches = "", []
        for t, m in self.snippet:
            if m:
                matches.append([len(plain), len(plain) + len(t)])
            plain += t
        return plain, matches

    def row(self) -> dict[str, Any]:
        """The hit as `dossier search --json` writes it (and --csv, and the explorer's export)."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "date": self.date,
            "path": self.path,
            "score": self.score,
            "snippet": self.snippet_text(),
        }

    def json_row(self) -> dict[str, Any]:
        """row() with the snippet also as plain text and match offsets (`dossier search --json`)."""
        plain, matches = self.snippet_matches()
        return {**self.row(), "snippet_plain": plain, "snippet_matches": matches}


def _escaped(text: str) -> str:
    return _MARKUP.sub(r"\\\g<0>", text)


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
