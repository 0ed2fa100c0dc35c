"""The source pane's reader: one article, matches highlighted, actors marked, junk dimmed.

A Line API widget: the article is wrapped here (`wrap_offsets`) so that every wrapped line
knows its offset into the text, which is what lets `n`/`N` and "open a quote" scroll to an exact
place. The styles come from the component classes below, set in the app's .tcss.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .. import keys
from .text import clean, line_of, wrap_offsets

# spaCy labels to the actor types the app colours by.
LABEL_TYPE = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
}
ACTOR_TYPES = ("person", "org", "place", "group", "event")


def mention_type(mention) -> str:
    actor = getattr(mention, "actor", None) or ""
    prefix = actor.split(":", 1)[0]
    if prefix in ACTOR_TYPES:
        return prefix
    return LABEL_TYPE.get(getattr(mention, "label", ""), "group")


@dataclass
class Shown:
    """What the reader shows: the text and the ranges to mark."""

    article_id: str = ""
    text: str = ""
    junk: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    matches: list[tuple[int, int]] = field(default_factory=list)
    focus: tuple[int, int] | None = None  # the quote opened, if any


class SourceView(ScrollView, can_focus=True):
    """The article, wrapped to the pane's width, scrollable by line."""

    BINDINGS = keys.SOURCE

    COMPONENT_CLASSES = {
        "source--match",
        "source--current",
        "source--junk",
        "source--quote",
        "source--focus",
        *(f"source--{t}" for t in ACTOR_TYPES),
    }

    class MatchMoved(Message):
        """The current match changed (index from 0, count)."""

        def __init__(self, index: int | None, count: int) -> None:
            super().__init__()
            self.index = index
            self.count = count

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.shown = Shown()
        self.current: int | None = None  # index into shown.matches
        self._styled: Text | None = None
        self._lines: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._strips: dict[int, Strip] = {}
        self._wrap_width = -1
        self._pending_target: int | None = None
        self._anchor: int | None = None  # the offset last scrolled to

    # --- content ---------------------------------------------------------------------------

    def show_article(self, shown: Shown, target: int | None = None) -> None:
        """Show an article; scroll to the offset target (a match or a quote), else the top."""
        shown.text = clean(shown.text)
        self.shown = shown
        self.current = None
        if target is None and shown.matches:
            target = shown.matches[0][0]
        if target is not None and shown.matches and shown.focus is None:
            # The match at (or after) the target is the current one.
            for i, (start, _end) in enumerate(shown.matches):
                if start >= target:
                    self.current = i
                    break
        self._wrap_width = -1  # wrap the new text
        self._invalidate()
        self.scroll_to_offset(target if target is not None else 0)
        self.post_message(self.MatchMoved(self.current, len(shown.matches)))

    def clear(self) -> None:
        self.show_article(Shown())

    @property
    def has_article(self) -> bool:
        return bool(self.shown.article_id)

    # --- moving between matches ------------------------------------------------------------

    def next_match(self, step: int = 1) -> bool:
        matches = self.shown.matches
        if not matches:
            return False
        if self.current is None:
            # From the top of the view: the first match on screen or below it (or above for N).
            top = self._lines[min(int(self.scroll_y), len(self._lines) - 1)][0] if self._lines else 0
            after = [i for i, (s, _e) in enumerate(matches) if s >= top]
            if step > 0:
                self.current = after[0] if after else 0
            else:
                self.current = (after[0] - 1) % len(matches) if after else len(matches) - 1
        else:
            self.current = (self.current + step) % len(matches)
        self._invalidate()
        self.scroll_to_offset(matches[self.current][0])
        self.post_message(self.MatchMoved(self.current, len(matches)))
        return True

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the line holding the offset sits a third of the way down.

        The offset is kept as the anchor: when the pane is re-wrapped (a resize, the scrollbar
        appearing) the view scrolls to it again, after the new layout is in place.
        """
        self._pending_target = offset
        self._apply_pending()
        self.call_after_refresh(self._apply_pending, offset)

    def line_for_offset(self, offset: int) -> int:
        self._ensure_wrapped()
        return line_of(self._starts, offset)

    # --- rendering -------------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._styled = None
        self._strips.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styled = None
        self._strips.clear()

    def on_resize(self) -> None:
        width = self._wrap_width
        self._ensure_wrapped()
        if self._wrap_width != width and self._anchor is not None:
            self.call_after_refresh(self._apply_pending, self._anchor)

    def _apply_pending(self, offset: int | None = None) -> None:
        target = self._pending_target if offset is None else offset
        if target is None or not self.size.height:
            return
        self._anchor = target
        self._ensure_wrapped()
        line = line_of(self._starts, target)
        self._pending_target = None
        self.scroll_to(y=max(line - self.size.height // 3, 0), animate=False, immediate=True)

    def _ensure_wrapped(self) -> None:
        width = self.scrollable_content_region.width or self.size.width
        if width <= 0:
            return
        if width != self._wrap_width:
            self._wrap_width = width
            self._lines = wrap_offsets(self.shown.text, width) if self.shown.text else []
            self._starts = [s for s, _e in self._lines]
            self._strips.clear()
            self.virtual_size = Size(width, len(self._lines))

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True, default=Style())

    def _build_styled(self) -> Text:
        shown = self.shown
        text = Text(shown.text, no_wrap=True, end="")
        for start, end in shown.junk:
            text.stylize(self._style("source--junk"), start, end)
        for start, end in shown.quotes:
            text.stylize(self._style("source--quote"), start, end)
        for start, end, kind in shown.mentions:
            text.stylize(self._style(f"source--{kind}"), start, end)
        if shown.focus is not None:
            text.stylize(self._style("source--focus"), *shown.focus)
        match_style = self._style("source--match")
        for start, end in shown.matches:
            text.stylize(match_style, start, end)
        if self.current is not None and self.current < len(shown.matches):
            text.stylize(self._style("source--current"), *shown.matches[self.current])
        return text

    def render_line(self, y: int) -> Strip:
        self._ensure_wrapped()
        width = self.scrollable_content_region.width or self.size.width
        base = self.rich_style
        index = int(self.scroll_y) + y
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._strips.get(index)
        if strip is None:
            if self._styled is None:
                self._styled = self._build_styled()
            start, end = self._lines[index]
            line = self._styled[start:end]
            line.rstrip_end(width)
            strip = Strip(list(line.render(self.app.console)), line.cell_len)
            self._strips[index] = strip
        return strip.apply_style(base).crop_extend(0, width, base)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines)
