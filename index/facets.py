"""What sorting and narrowing answer: a search's facets (sources, dates) and an actor's timeline.

Records only, without Whoosh, so that the explorer can hold them (index/sorting.py computes them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# How search results may be ordered: by relevance, or newest first (articles without a date last,
# in corpus order). The command line's --sort takes these words.
SORTS = ("score", "date")
# A timeline counts per month, or per day when the corpus spans fewer days than this.
DAILY_UNDER_DAYS = 62


@dataclass
class SourceCount:
    name: str  # the source as the first article of it gives it
    articles: int


@dataclass
class Facets:
    """The sources of a search's articles with their counts (most first), and its date range."""

    total: int
    sources: list[SourceCount] = field(default_factory=list)
    unsourced: int = 0  # articles without a source
    first: str | None = None  # the oldest date (ISO: YYYY, YYYY-MM or YYYY-MM-DD)
    last: str | None = None
    undated: int = 0

    def row(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "sources": [{"name": s.name, "articles": s.articles} for s in self.sources],
            "unsourced": self.unsourced,
            "first": self.first,
            "last": self.last,
            "undated": self.undated,
        }


@dataclass
class Period:
    """One month (YYYY-MM) or day (YYYY-MM-DD) of an actor's timeline."""

    period: str
    articles: int = 0  # articles of that period that mention the actor
    mentions: int = 0
    quotes: int = 0  # quotes the actor is the speaker of

    def row(self) -> dict[str, Any]:
        return {"period": self.period, "articles": self.articles, "mentions": self.mentions, "quotes": self.quotes}


@dataclass
class Timeline:
    """An actor's mentions and quotes over the corpus's dated span, every period of it listed
    (empty ones too, so that a chart of it is to scale); what has no date is counted apart."""

    actor_id: str
    unit: str  # "month" or "day"
    periods: list[Period] = field(default_factory=list)
    undated: Period = field(default_factory=lambda: Period("undated"))

    @property
    def first(self) -> str | None:
        return self.periods[0].period if self.periods else None

    @property
    def last(self) -> str | None:
        return self.periods[-1].period if self.periods else None

    def row(self) -> dict[str, Any]:
        undated = self.undated.row()
        undated.pop("period")
        return {
            "actor": self.actor_id,
            "unit": self.unit,
            "first": self.first,
            "last": self.last,
            "periods": [p.row() for p in self.periods],
            "undated": undated,
        }
