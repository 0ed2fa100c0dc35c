"""The status line under the search box: counts, hints, errors."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from dossier.index.records import Actor, Quote
from dossier.index.results import SearchResult

from ..widgets.text import one_line

KINDS = ("message--info", "message--error", "message--hint")


class StatusLine(Static):
    def say(self, message: str | Text, kind: str = "message--info") -> None:
        """Show a message (kind: a class for its colour)."""
        self.update(message if isinstance(message, Text) else Text(message))
        for k in KINDS:
            self.set_class(k == kind, k)


def describe_answer(
    query: str, result: SearchResult, quotes: list[Quote], actor: Actor | None, quote_total: int | None = None
) -> tuple[Text, str, str | None]:
    """What the status line says of a search's answer: (message, kind, the "did you mean" offered).
    quote_total: how many quotes in all (None: not counted yet, more than those listed)."""
    message = Text()
    what = "articles" if result.total != 1 else "article"
    if query.strip():
        n = quote_total if quote_total is not None else len(quotes)
        counted = f"{n}" if quote_total is not None else f"{n}+"
        message.append(f"{result.total} {what} · {counted} quote{'s' if n != 1 else ''}")
    else:
        message.append(f"{result.total} {what} indexed · type to search")
    if actor is not None:
        message.append(" · filtered to ")
        message.append(one_line(actor.name), "bold")
    if result.total == 0 and result.suggestion:
        hint = Text.assemble("No match. Did you mean ", (one_line(result.suggestion), "bold"), "? (enter)")
        return hint, "message--hint", result.suggestion
    if result.total == 0 and query.strip():
        return Text("No match. Try fewer words, word* or word~ (F1: the query syntax)."), "message--hint", None
    return message, "message--info", None
