"""The strip that names every pane, with its count, in a narrow terminal (one pane shown at a time)."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

TITLES = {"results": "Results", "actors": "Actors", "quotes": "Quotes", "source": "Source"}


class TabStrip(Static):
    """Every reactive is bound to the screen's: the strip redraws when one changes."""

    active: reactive[str] = reactive("search")
    opened: reactive[object] = reactive(None)  # the article in the source pane, if any
    results: reactive[int | None] = reactive(None)
    actors: reactive[int | None] = reactive(None)
    quotes: reactive[int | None] = reactive(None)

    def render(self) -> Text:
        counts = {"results": self.results, "actors": self.actors, "quotes": self.quotes, "source": None}
        strip = Text()
        shown = "results" if self.active == "search" else self.active
        for i, name in enumerate(TITLES):
            count = counts[name]
            label = TITLES[name] + (f" {count}" if count is not None else "")
            if name == "source" and not self.opened:
                label += " –"
            if i:
                strip.append(" │ ", "dim")
            strip.append(f" {label} ", "reverse bold" if name == shown else "")
        strip.append("   tab ⇥", "dim")
        return strip
