"""What comes back from the investigation work (tui/casework.py): comparisons, counts of the
articles carrying each quote, and the case file's pins, saved searches and history.

Kept apart from messages.py (the index's own work). Like those, they are posted to the screen
the session is attached to and handled there with `@on`; they do not bubble on to the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from dossier.index.casefile import Pin, SavedSearch
    from dossier.index.compare import Comparison


@dataclass
class CarriersCounted(Message, bubble=False):
    """How many articles carry the words of each quote group (group id -> articles)."""

    counts: dict[str, int]


@dataclass
class ComparisonReady(Message, bubble=False):
    """The comparison of one quote (None: the quote is no longer in the index), or the error."""

    quote_id: str
    comparison: "Comparison | None"
    error: str | None = None


@dataclass
class PinsLoaded(Message, bubble=False):
    """The case file's pins in the user's order, each with its state against the index now
    ('ok', 'changed', 'gone'); `done` says what was just done to them, if anything."""

    pins: list[tuple["Pin", str]] = field(default_factory=list)
    done: str = ""
    error: str | None = None
    seq: int = 0  # case-file work is numbered: an older state arriving late is not shown


@dataclass
class SearchesLoaded(Message, bubble=False):
    """The saved searches and the search history (newest first) of the case file."""

    saved: list["SavedSearch"] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class Exported(Message, bubble=False):
    """A list written to a file (rows of it), or why not."""

    path: str
    rows: int = 0
    error: str | None = None


@dataclass
class CitationReady(Message, bubble=False):
    """A quote with its citation, to copy to the clipboard; or why it cannot be cited."""

    text: str
    error: str | None = None
