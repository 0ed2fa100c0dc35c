"""What comes back from the explorer's work: Textual Messages posted by the session's workers.

The session (tui/session.py) reads the index, searches and builds in thread workers; each piece
of work ends by posting one of these to the screen it is attached to (`post_message` is
thread-safe), and the screen handles it with `@on`. They are addressed to that screen and do not
bubble on to the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

from dossier.index.records import Actor, Quote, Range
from dossier.index.results import ArticleView, SearchResult

from .build_runner import Outcome, Progress

if TYPE_CHECKING:
    from dossier.index.read import Reader


@dataclass
class IndexOpened(Message, bubble=False):
    """A Reader of the index, opened (or reopened by a build): the session adopts it."""

    reader: "Reader"


@dataclass
class IndexUnreadable(Message, bubble=False):
    """No index and no corpus to build it from; error says why (and how to build it)."""

    error: str


@dataclass
class BuildNeeded(Message, bubble=False):
    """The index is missing, unreadable or stale, and the corpus is known: build it."""

    why: str


@dataclass
class ActorsLoaded(Message, bubble=False):
    """Every actor (most mentioned first) and the articles' titles; or the error reading them."""

    actors: list[Actor] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    error: str | None = None


@dataclass
class SearchAnswered(Message, bubble=False):
    """The answer to one search: a result and its quotes, or the error (a bad query, a damaged
    index). `seq` numbers the search: only the newest one's answer is shown."""

    query: str
    result: SearchResult | None
    quotes: list[Quote]
    error: str | None
    seq: int


@dataclass
class ArticleLoaded(Message, bubble=False):
    """An article to show (None: no longer in the index), where to open it, or the error reading it."""

    article_id: str
    view: ArticleView | None
    matches: list[Range]
    at: Range | None
    focus: bool
    error: str | None = None


@dataclass
class BuildProgress(Message, bubble=False):
    """A build's stage and how far it is."""

    progress: Progress


@dataclass
class BuildFinished(Message, bubble=False):
    """A build ended: its outcome, and the Reader of the new index (None if it cannot be opened:
    error says why)."""

    outcome: Outcome
    reader: "Reader | None" = None
    error: str | None = None


@dataclass
class QuotesCounted(Message, bubble=False):
    """How many quotes the search `seq` finds in all (the quotes pane lists the first ones)."""

    seq: int
    total: int


@dataclass
class MoreRows(Message, bubble=False):
    """The next rows of a list ('results' or 'quotes') of the search `seq`, as the user scrolls."""

    kind: str
    seq: int
    records: list
    error: str | None = None
