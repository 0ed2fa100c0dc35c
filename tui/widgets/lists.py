"""The three list panes: results, actors and quotes.

Each is an OptionList whose prompts are `Text` built from the records (never markup). The
records are kept beside the options, so a selection maps back to a record by its index.
Prompts are rebuilt when the styles change (a theme switch), since they carry resolved styles.
"""

from __future__ import annotations

import textwrap
from typing import Any, Generic, TypeVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from dossier.index.records import Actor, Quote
from dossier.index.results import Hit

from .. import keys
from .source import ACTOR_TYPES
from .text import highlighted, mark_words, one_line, words_of

T = TypeVar("T")

# Rows shown at once when a list is set; the rest are added FILL_ROWS at a time, each chunk a
# message of its own, so that keys typed meanwhile are read between chunks. (300 quotes in one
# go held the UI thread for 100-170 ms on a slow machine: measuring each row's height is the cost.)
FILL_ROWS = 40
# A list with more records than it holds (`total`) asks for the next page when the cursor comes
# this close to its last row, or the view to its bottom.
MORE_AHEAD = 20


class RecordList(OptionList, Generic[T]):
    """An OptionList of records, with vi keys and `Chosen` when one is opened."""

    BINDINGS = keys.LIST
    DIVIDERS = False  # a rule between options (for the ones taking several lines)

    class Chosen(Message):
        """A record opened (enter): a Hit, an Actor or a Quote, as `source` lists."""

        def __init__(self, source: "RecordList", record: Any) -> None:
            super().__init__()
            self.source = source
            self.record = record

        @property
        def control(self) -> "RecordList":
            return self.source

    class MoreWanted(Message):
        """The user came near the end of the rows held, and there are more (`total`)."""

        def __init__(self, source: "RecordList") -> None:
            super().__init__()
            self.source = source

        @property
        def control(self) -> "RecordList":
            return self.source

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self.records: list[T] = []
        self.context: dict[str, Any] = {}
        self.total: int | None = None  # how many records there are in all (None: those held)
        self._fill = 0  # which rebuild the pending chunks belong to: a newer one drops them
        self._added = 0  # records that have their option
        self._filling = False  # a chunk is due
        self._asked = False  # MoreWanted sent, its rows not here yet

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True, default=Style())

    FITS_WIDTH = False  # prompts cut to the width: rebuilt when it changes

    def _room(self) -> int | None:
        """The cells a prompt's line has (None before the list has a width)."""
        width = self.scrollable_content_region.width
        return width - 3 if width else None

    def on_show(self) -> None:
        self.on_resize()

    def on_resize(self) -> None:
        # Prompts that fit the width are built again once it is known, and when it changes.
        width = self.scrollable_content_region.width
        if self.FITS_WIDTH and width and width != getattr(self, "_built_width", None):
            self._built_width = width
            if self.records:
                self._rebuild(self.highlighted)

    def prompt(self, record: T) -> Text:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_records(self, records: list[T], total: int | None = None, **context: Any) -> None:
        """Show records (the first `total`, when there are more: MoreWanted asks for them)."""
        self._built_width = self.scrollable_content_region.width
        self.records = list(records)
        self.total = total
        self.context = context
        self._asked = False
        self._rebuild()

    def append_records(self, records: list[T]) -> None:
        """The next page of records, after those held."""
        self.records.extend(records)
        self._asked = False
        # The cursor may still be near the end (a short page): the next one, then.
        self._want_more(self._near_end(self.highlighted or 0))
        if not self._filling and self._added < len(self.records):
            self._filling = True
            self.call_later(self._add_rows, self._fill)

    def set_total(self, total: int) -> None:
        """How many records there are in all, once counted (more are asked for if the user is
        already near the end)."""
        self.total = total
        self._want_more(self._near_end(self.highlighted or 0) or self._at_bottom())

    @property
    def has_more(self) -> bool:
        return self.total is not None and len(self.records) < self.total

    def _want_more(self, near: bool) -> None:
        if near and self.has_more and not self._asked:
            self._asked = True
            self.post_message(self.MoreWanted(self))

    def _rebuild(self, keep: int | None = None) -> None:
        self._fill += 1
        first = max(FILL_ROWS, (keep or 0) + 1)  # the kept row is there at once
        self.set_options(self._row_options(0, first))
        self._added = min(first, len(self.records))
        if self.records:
            self.highlighted = min(keep or 0, len(self.records) - 1)
        self._filling = self._added < len(self.records)
        if self._filling:
            self.call_later(self._add_rows, self._fill)

    def _add_rows(self, fill: int) -> None:
        if fill != self._fill:
            return  # the records changed since
        start = self._added
        end = min(start + FILL_ROWS, len(self.records))
        self.add_options(self._row_options(start, end))
        self._added = end
        self._filling = end < len(self.records)
        if self._filling:
            self.call_later(self._add_rows, fill)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, step: int) -> None:
        """A page down or up; on a row taller than the view, OptionList's page lands on that same
        row and the cursor would never leave it (a long quote): the next row, then."""
        before = self.highlighted
        super().action_page_down() if step > 0 else super().action_page_up()
        if before is not None and self.highlighted == before and 0 <= before + step < self.option_count:
            self.highlighted = before + step

    def _near_end(self, index: int) -> bool:
        return index >= len(self.records) - min(MORE_AHEAD, len(self.records) // 2)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._want_more(self._near_end(event.option_index))

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._want_more(self._at_bottom())

    def _at_bottom(self) -> bool:
        """The view shows the last rows held (a list not on screen shows none)."""
        return self.size.height > 0 and self.scroll_y >= self.max_scroll_y - self.size.height

    def _row_options(self, start: int, end: int) -> list[Option | None]:
        options: list[Option | None] = []
        for record in self.records[start:end]:
            options.append(Option(self.prompt(record)))
            if self.DIVIDERS:
                options.append(None)  # a rule under the option; indexes are unchanged
        return options

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme: object) -> None:
        # Prompts carry resolved styles: rebuild them once the new theme's CSS is applied.
        if self.records:
            self.call_after_refresh(self._rebuild, self.highlighted)

    @property
    def current(self) -> T | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.records)):
            return None
        return self.records[self.highlighted]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.records):
            self.post_message(self.Chosen(self, self.records[event.option_index]))


class ResultList(RecordList[Hit]):
    """Search hits: the title (two lines at most); source, date and score; the snippet with matches
    highlighted. An untitled article's title is its first words, which an unmatched snippet
    repeats: its start is shown once instead (two lines), so every row stays a few lines high
    at 80 columns."""

    COMPONENT_CLASSES = {"results--title", "results--meta", "results--match"}
    DIVIDERS = True
    FITS_WIDTH = True

    def prompt(self, hit: Hit) -> Text:
        room = self._room()
        title = one_line(hit.title or hit.id)
        plain = one_line("".join(part for part, _ in hit.snippet))
        repeats = not any(is_match for _, is_match in hit.snippet) and _starts_alike(plain, title)
        untitled = repeats and title.endswith("…")  # the label is the text's first words
        text = Text(fitted(plain if untitled else title, room, 2), self._style("results--title"))
        snippet = hit.snippet
        if repeats and not untitled:  # the text starts with its title line: the rest, then
            rest = plain.split(None, len(title.split()))[-1] if len(plain.split()) > len(title.split()) else ""
            snippet = [(fitted(rest, room, 2), False)] if rest else []
        meta = [one_line(hit.source) if hit.source else None, one_line(hit.date) if hit.date else None]
        if hit.score is not None and self.context.get("query", "").strip() not in ("", "*"):
            meta.append(f"score {hit.score:.1f}")  # a query with no words ranks nothing: all 1.0
        if any(meta):
            text.append("\n" + " · ".join(m for m in meta if m), self._style("results--meta"))
        if snippet and not untitled:
            text.append("\n")
            text.append_text(highlighted(snippet, self._style("results--match")))
        return text


def _starts_alike(text: str, title: str) -> bool:
    """The text begins with the title (a label cut with an ellipsis counts up to the cut)."""
    words, head = text.split(), title.rstrip("…").split()
    return bool(head) and words[: len(head) - 1] == head[:-1] and (len(words) >= len(head))


def fitted(text: str, width: int | None, lines: int) -> str:
    """The text cut with an ellipsis to fill at most `lines` lines of `width` cells when wrapped
    at spaces (as the list wraps it); whole when the width is not known yet."""
    if not width or width < 8:
        return text
    wrapped = textwrap.wrap(text, width)
    if len(wrapped) <= lines:
        return text
    kept = wrapped[:lines]
    last = kept[-1]
    kept[-1] = (last if cell_len(last) < width else last[: max(1, len(last) - 1)].rstrip()) + "…"
    return " ".join(kept)


class ActorList(RecordList[Actor]):
    """Actors: name, then type, mentions and articles; most mentioned first."""

    BINDINGS = keys.ACTORS
    FITS_WIDTH = True  # the meta line's wording depends on the width

    COMPONENT_CLASSES = {"actors--meta", *(f"actors--{t}" for t in ACTOR_TYPES)}

    class FilterRequested(Message):
        pass

    class TypeCycled(Message):
        pass

    def prompt(self, actor: Actor) -> Text:
        text = Text()
        text.append(one_line(actor.name), self._style(f"actors--{actor.type}"))
        n = len(actor.articles or [])
        m = actor.mentions
        meta = f"{actor.type} · {m} mention{'s' if m != 1 else ''} · {n} article{'s' if n != 1 else ''}"
        room = self._room() or 21
        if len(meta) > room:
            meta = f"{actor.type} · {m}× in {n} art."
        text.append("\n" + meta, self._style("actors--meta"))
        return text

    def action_cycle_type(self) -> None:
        self.post_message(self.TypeCycled())

    def action_filter(self) -> None:
        self.post_message(self.FilterRequested())


class QuoteList(RecordList[Quote]):
    """Quotes: the speaker, the article and how many articles carry the words, then the words
    (the search's words marked). `c` compares a quote across articles, `y` copies it."""

    BINDINGS = keys.QUOTES
    COMPONENT_CLASSES = {
        "quotes--speaker",
        "quotes--unattributed",
        "quotes--meta",
        "quotes--text",
        "quotes--match",
        "quotes--carriers",
    }
    DIVIDERS = True

    class CompareRequested(Message):
        """`c` on a quote: compare it across articles."""

        def __init__(self, quote: Quote) -> None:
            super().__init__()
            self.quote = quote

    class CopyRequested(Message):
        """`y` on a quote: copy it with its citation."""

        def __init__(self, quote: Quote) -> None:
            super().__init__()
            self.quote = quote

    def action_compare(self) -> None:
        if self.current is not None:
            self.post_message(self.CompareRequested(self.current))

    def action_copy(self) -> None:
        if self.current is not None:
            self.post_message(self.CopyRequested(self.current))

    def set_carriers(self, counts: dict[str, int]) -> None:
        """How many articles carry each group's words: the rows shown of those groups say so."""
        carriers = self.context.setdefault("carriers", {})
        carriers.update(counts)
        for i, quote in enumerate(self.records[: self.option_count]):
            if quote.group in counts:
                self.replace_option_prompt_at_index(i, self.prompt(quote))

    def prompt(self, quote: Quote) -> Text:
        titles: dict[str, str] = self.context.get("titles", {})
        text = Text()
        if quote.speaker:
            text.append(one_line(quote.speaker), self._style("quotes--speaker"))
        else:
            text.append("unattributed", self._style("quotes--unattributed"))
        article = titles.get(quote.article) or quote.article
        text.append(" · " + one_line(article), self._style("quotes--meta"))
        carriers = self.context.get("carriers", {}).get(quote.group, 1)
        if carriers > 1:
            text.append(f" · in {carriers} articles", self._style("quotes--carriers"))
        words = Text("“" + one_line(quote.text) + "”", self._style("quotes--text"))
        mark_words(words, words_of(self.context.get("query", "")), self._style("quotes--match"))
        text.append("\n")
        text.append_text(words)
        return text
