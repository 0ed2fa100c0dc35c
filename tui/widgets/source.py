"""The source pane's reader: one article, matches highlighted, actors marked, junk dimmed.

A Line API widget that does only what the lines on screen need, whatever the article's size
(a 20 MB article opens, scrolls and quits as fast as a short one): the text is wrapped a block
at a time (`wrapped.WrappedLines`), each wrapped line knowing its offset into the text, which is
what lets `n`/`N` and "open a quote" scroll to an exact place; and a line is cleaned and styled
when it is drawn, from the ranges that touch it (`Marks`). The styles come from the component
classes below, set in the app's .tcss.
"""

from __future__ import annotations

from dossier.index.records import ACTOR_TYPES, LABEL_TYPES, Mention

from bisect import bisect_left
from dataclasses import dataclass, field

from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .. import keys
from .marks import Marks
from .text import clean
from .wrapped import Blocks, WrappedLines, cut_blocks


def mention_type(mention: Mention) -> str:
    actor = getattr(mention, "actor", None) or ""
    prefix = actor.split(":", 1)[0]
    if prefix in ACTOR_TYPES:
        return prefix
    return LABEL_TYPES.get(getattr(mention, "label", ""), "group")


@dataclass
class Shown:
    """What the reader shows: the text (as stored: it is cleaned line by line when drawn) and the
    ranges to mark."""

    article_id: str = ""
    text: str = ""
    junk: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    matches: list[tuple[int, int]] = field(default_factory=list)
    focus: tuple[int, int] | None = None  # the quote opened, if any
    _prepared: Prepared | None = field(default=None, init=False, repr=False, compare=False)

    def prepare(self) -> Prepared:
        """What drawing needs from the text and the ranges, computed once, when the Shown is
        complete. It reads nothing of the app: a worker can call it before the article is shown
        (for a 20 MB article with 400,000 mentions it is some 0.1 s)."""
        if self._prepared is None:
            self._prepared = Prepared(
                cut_blocks(self.text),
                [
                    ("source--junk", Marks(self.junk)),
                    ("source--quote", Marks(self.quotes)),
                    (None, Marks(self.mentions)),  # styled by the mention's type
                    ("source--focus", Marks([self.focus] if self.focus is not None else [])),
                    ("source--match", Marks(self.matches)),
                ],
            )
        return self._prepared


@dataclass(frozen=True)
class Prepared:
    """A Shown's text cut into blocks (for wrapping), and its ranges to style by component class,
    in the order they are applied."""

    blocks: Blocks
    layers: list[tuple[str | None, Marks]]


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
        self._prepared = self.shown.prepare()
        self._layout: WrappedLines | None = None  # the lines at the pane's width, once it is known
        self._styles: dict[str, Style] = {}
        self._strips: dict[tuple[int, int], Strip] = {}  # drawn lines, by their offsets
        # Where the view is kept when the text is wrapped anew (a resize, the scrollbar appearing):
        # the offset scrolled to, a third of the way down; or, once the reader has scrolled away
        # from it (the view no longer at _anchor_y), the offset of the top line, at the top.
        self._anchor: int | None = None
        self._anchor_top = False
        self._anchor_y: float | None = None

    # --- content ---------------------------------------------------------------------------

    def show_article(self, shown: Shown, target: int | None = None) -> None:
        """Show an article; scroll to the offset target (a match or a quote), else the top."""
        self.shown = shown
        self.current = None
        if target is None and shown.matches:
            target = shown.matches[0][0]
        if target is not None and shown.matches and shown.focus is None:
            # The match at (or after) the target is the current one.
            i = bisect_left(shown.matches, (target,))
            self.current = i if i < len(shown.matches) else None
        self._prepared = shown.prepare()
        self._layout = None  # wrapped at the pane's width
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
            layout = self._ensure_layout()
            top = layout.line(int(self.scroll_y))[0] if layout is not None and layout.counts else 0
            after = bisect_left(matches, (top,))
            if step > 0:
                self.current = after if after < len(matches) else 0
            else:
                self.current = (after - 1) % len(matches)
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
        self._anchor, self._anchor_top, self._anchor_y = offset, False, None
        self._apply_anchor()
        self.call_after_refresh(self._apply_anchor, offset)

    def line_for_offset(self, offset: int) -> int:
        layout = self._ensure_layout()
        if layout is None or not layout.counts:
            return 0
        return self._keeping_view(layout, layout.line_of, offset)

    def scroll_to(self, x: float | None = None, y: float | None = None, *, animate: bool = True, **kwargs) -> None:
        """Every scroll at once (keys, scrollbar): an animation's frames would land in blocks not
        yet wrapped, and the animation would undo the renumbering their wrapping brings.

        Forced: an article longer than the one before is scrolled to its match before the layout
        pass that shows its scrollbar, when Textual would otherwise ignore the scroll."""
        kwargs.setdefault("force", True)
        super().scroll_to(x, y, animate=False, **kwargs)

    def action_scroll_end(self) -> None:
        """The last line at the bottom, at once (an animation's end would be an estimate)."""
        layout = self._ensure_layout()
        if layout is not None and self.size.height:
            self._scroll_to_line(layout, layout.last_page(self.size.height))
            self._anchor = None

    def action_scroll_home(self) -> None:
        self._scroll_to_line(self._layout, 0)
        self._anchor = None

    # --- the view ----------------------------------------------------------------------------

    def _ensure_layout(self) -> WrappedLines | None:
        """The lines at the pane's width (re-wrapped, and the view kept, when the width changed)."""
        width = self.scrollable_content_region.width or self.size.width
        if width <= 0:
            return None
        old = self._layout
        if old is not None and old.width == width:
            return old
        if old is not None and old.counts and (self._anchor is None or self._anchor_y != self.scroll_y):
            self._anchor, self._anchor_top = old.line(int(self.scroll_y))[0], True
        layout = self._layout = WrappedLines(self.shown.text, self._prepared.blocks, width)
        self._strips.clear()
        self.virtual_size = Size(width, layout.total)
        if self._anchor is not None and old is not None:
            self._apply_anchor()
        return layout

    def _apply_anchor(self, offset: int | None = None) -> None:
        """Scroll to the anchor: a third of the way down, or at the top for a kept top line."""
        if offset is not None and offset != self._anchor:
            return  # scrolled elsewhere since
        layout = self._ensure_layout()
        height = self.size.height
        if layout is None or not height or self._anchor is None or not layout.counts:
            return
        line = layout.line_of(self._anchor)
        y = layout.prepare(max(line - (0 if self._anchor_top else height // 3), 0), height)
        self._scroll_to_line(layout, y)

    def _scroll_to_line(self, layout: WrappedLines | None, y: int) -> None:
        if layout is not None:
            self.virtual_size = Size(layout.width, layout.total)
        self.scroll_to(y=y, animate=False, immediate=True)
        if self._anchor is not None:
            self._anchor_y = self.scroll_y

    def _keeping_view(self, layout: WrappedLines, work, *args):
        """work(*args) on the layout, the view kept on its top line if blocks above it were wrapped."""
        block, local = layout.locate(int(self.scroll_y))
        result = work(*args)
        y = layout.first_line(block) + local
        if y != int(self.scroll_y) or layout.total != self.virtual_size.height:
            self._scroll_to_line(layout, y)
        return result

    def render_lines(self, crop: Region) -> list[Strip]:
        # Wrap what the view shows (and a page either side) before drawing any of its lines.
        layout = self._ensure_layout()
        if layout is not None and layout.counts and self.size.height:
            y = layout.prepare(int(self.scroll_y), self.size.height)
            if y != int(self.scroll_y) or layout.total != self.virtual_size.height:
                self._scroll_to_line(layout, y)
        return super().render_lines(crop)

    # --- drawing -----------------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._strips.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._strips.clear()

    def on_resize(self) -> None:
        self.refresh()

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(name, partial=True, default=Style())
        return style

    def _build_styled(self, start: int = 0, end: int | None = None) -> Text:
        """The text from start to end (all of it by default), cleaned and styled."""
        shown = self.shown
        end = len(shown.text) if end is None else end
        text = Text(clean(shown.text[start:end]), no_wrap=True, end="")
        layers = self._prepared.layers
        if self.current is not None and self.current < len(shown.matches):
            layers = [*layers, ("source--current", Marks([shown.matches[self.current]]))]
        for name, marks in layers:
            for mark in marks.touching(start, end):
                style = self._style(name or f"source--{mark[2]}")
                text.stylize(style, max(mark[0], start) - start, min(mark[1], end) - start)
        return text

    def render_line(self, y: int) -> Strip:
        layout = self._ensure_layout()
        width = self.scrollable_content_region.width or self.size.width
        base = self.rich_style
        index = int(self.scroll_y) + y
        if layout is None or index >= layout.total:
            return Strip.blank(width, base)
        start, end = layout.line(index)
        strip = self._strips.get((start, end))
        if strip is None:
            line = self._build_styled(start, end)
            line.rstrip_end(width)
            strip = Strip(list(line.render(self.app.console)), line.cell_len)
            if len(self._strips) > 1000:
                self._strips.clear()
            self._strips[start, end] = strip
        return strip.apply_style(base).crop_extend(0, width, base)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self._layout.total if self._layout is not None else 0
