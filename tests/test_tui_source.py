"""The source pane on long articles: it draws what the whole text, wrapped and styled at once,
would show (the way it was drawn before it learnt to wrap a block at a time), at the top, after
G, after n/N, after a resize, paging all the way up from the end; and it wraps only what it shows.

The articles are the seeds' real texts, over and over, with the marks a real index of the seeds
gives them (mentions, quotes, junk, the matches of "Ushakov").
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.style import Style
from rich.text import Text
from textual.app import App, ComposeResult
from textual.strip import Strip

from dossier.index.read import Reader
from dossier.tui.widgets.marks import Marks
from dossier.tui.widgets.source import Shown, SourceView, mention_type
from dossier.tui.widgets.text import clean, wrap_offsets
from dossier.tui.widgets.wrapped import BLOCK, WrappedLines, cut_blocks
from tui_fixtures import ROOT, wait_for

QUERY = "Ushakov"


def long_shown(index, size: int, extra: str = "") -> Shown:
    """The seeds' articles one after another (each with its marks) until size characters."""
    parts = []
    with Reader(index) as reader:
        for aid in reader.article_ids():
            view = reader.article(aid)
            parts.append(
                (view.article.text, view.article.junk, view.mentions, view.quotes, reader.match_ranges(aid, QUERY))
            )
    shown = Shown(article_id="long")
    chunks = []
    at = 0
    while at < size:
        for text, junk, mentions, quotes, matches in parts:
            chunks.append(text + "\n\n")
            shown.junk += [(s + at, e + at) for s, e in junk]
            shown.mentions += [(m.start + at, m.end + at, mention_type(m)) for m in mentions]
            shown.quotes += [(q.start + at, q.end + at) for q in quotes]
            shown.matches += [(s + at, e + at) for s, e in matches]
            at += len(text) + 2
    chunks.append(extra + "The last line of the article.")
    shown.text = "".join(chunks)
    return shown


class Reference:
    """The old way: the whole text styled at once and wrapped whole; a line is sliced from it."""

    def __init__(self, view: SourceView, shown: Shown, width: int, current: int | None = None) -> None:
        def style(name: str) -> Style:
            return view.get_component_rich_style(name, partial=True, default=Style())

        text = Text(clean(shown.text), no_wrap=True, end="")
        for s, e in shown.junk:
            text.stylize(style("source--junk"), s, e)
        for s, e in shown.quotes:
            text.stylize(style("source--quote"), s, e)
        for s, e, kind in shown.mentions:
            text.stylize(style(f"source--{kind}"), s, e)
        if shown.focus is not None:
            text.stylize(style("source--focus"), *shown.focus)
        for s, e in shown.matches:
            text.stylize(style("source--match"), s, e)
        self.shown = shown
        self.current = current
        self.current_style = style("source--current")
        self.width = width
        self.lines = wrap_offsets(clean(shown.text), width)
        # text[start:end] for every line at once (one pass over the spans, not one per line)
        self._sliced = text.divide(x for line in self.lines for x in line)[1::2]

    def strip(self, index: int, view: SourceView) -> list:
        start, end = self.lines[index]
        line = self._sliced[index].copy()
        if self.current is not None:  # the current match's style, applied last
            s, e = self.shown.matches[self.current]
            if s < end and e > start:
                line.stylize(self.current_style, max(s, start) - start, min(e, end) - start)
        line.rstrip_end(self.width)
        base = view.rich_style
        strip = Strip(list(line.render(view.app.console)), line.cell_len)
        return list(strip.apply_style(base).crop_extend(0, self.width, base))


def on_screen(view: SourceView) -> list[list]:
    return [list(view.render_line(y)) for y in range(view.size.height)]


class SourceApp(App):
    CSS_PATH = str(ROOT / "tui" / "dossier.tcss")

    def compose(self) -> ComposeResult:
        yield SourceView()


async def opened(pilot, shown: Shown, target: int | None = None) -> SourceView:
    view = pilot.app.query_one(SourceView)
    view.focus()
    view.show_article(shown, target=target)
    await wait_for(pilot, lambda: view._layout is not None and view.size.height > 0)
    await pilot.pause()
    return view


def assert_view_is(view: SourceView, ref: Reference, first: int) -> None:
    """The view shows the reference's lines from `first` on, segment for segment."""
    for y, got in enumerate(on_screen(view)):
        if first + y < len(ref.lines):
            assert got == ref.strip(first + y, view), f"line {first + y} differs"
        else:
            assert "".join(s.text for s in got).strip() == ""


def top_of(view: SourceView, ref: Reference) -> int:
    """The reference's number of the view's top line (the view's own numbering is exact only
    below the blocks it has wrapped)."""
    return ref.lines.index(view._layout.line(int(view.scroll_y)))


# --- the pane on a long article ------------------------------------------------------------------


async def test_the_top_of_a_long_article_is_the_whole_texts_wrap(seeds_index):
    shown = long_shown(seeds_index, 40 * BLOCK)
    app = SourceApp()
    async with app.run_test(size=(70, 20)) as pilot:
        view = await opened(pilot, shown, target=0)
        assert view.current == 0  # the first match is the current one, the view at the top (target 0)
        ref = Reference(view, shown, view.scrollable_content_region.width, current=0)
        assert view.scroll_y == 0
        assert_view_is(view, ref, 0)
        # A few blocks are wrapped, not the forty; the others count as an estimate near the truth.
        layout = view._layout
        assert sum(map(layout.is_wrapped, range(len(layout.counts)))) <= 4
        assert view.virtual_size.height == layout.total
        assert abs(layout.total - len(ref.lines)) < len(ref.lines) / 5


async def test_G_shows_the_last_line_at_the_bottom_and_g_the_first_at_the_top(seeds_index):
    shown = long_shown(seeds_index, 40 * BLOCK, extra="A last paragraph.\n\n")
    app = SourceApp()
    async with app.run_test(size=(70, 20)) as pilot:
        view = await opened(pilot, shown)
        width = view.scrollable_content_region.width
        await pilot.press("G")
        await pilot.pause()
        ref = Reference(view, shown, width, current=view.current)
        assert view.scroll_y == view.max_scroll_y
        assert view.render_line(view.size.height - 1).text.rstrip() == "The last line of the article."
        assert_view_is(view, ref, len(ref.lines) - view.size.height)
        await pilot.press("g")
        await pilot.pause()
        assert view.scroll_y == 0
        assert_view_is(view, ref, 0)


async def test_n_and_N_move_through_the_matches_with_their_styles(seeds_index):
    shown = long_shown(seeds_index, 16 * BLOCK)
    app = SourceApp()
    async with app.run_test(size=(70, 20)) as pilot:
        view = await opened(pilot, shown)
        width = view.scrollable_content_region.width
        matches = shown.matches
        assert view.current == 0 and len(matches) > 10
        ref = Reference(view, shown, width)
        moves = [1] * 3 + [-1] * 5 + [1]  # n, N (the main screen's keys): N past the first wraps to the last
        expected = 0
        for step in moves:
            assert view.next_match(step)
            await pilot.pause()
            expected = (expected + step) % len(matches)
            assert view.current == expected
            line = view.line_for_offset(matches[expected][0])
            assert view.scroll_y <= line < view.scroll_y + view.size.height, expected
            # The lines on screen are the reference's lines at the same place, styles and all.
            ref.current = expected
            assert_view_is(view, ref, top_of(view, ref))
            # and on screen the current match, only it, has the current match's colour
            colour = view.get_component_rich_style("source--current", partial=True).color
            current = "".join(
                s.text
                for y in range(view.size.height)
                for s in view.render_line(y)
                if s.style is not None and s.style.color == colour
            )
            assert current.lower() == QUERY.lower()


async def test_paging_up_from_the_end_shows_every_line_once(seeds_index):
    shown = long_shown(seeds_index, 12 * BLOCK)
    app = SourceApp()
    async with app.run_test(size=(70, 40)) as pilot:
        view = await opened(pilot, shown)
        width = view.scrollable_content_region.width
        ref = Reference(view, shown, width, current=view.current)
        await pilot.press("G")
        await pilot.pause()
        pages: list[list[tuple[int, int]]] = []
        height = view.size.height
        for _ in range(len(ref.lines) // height + 2):
            pages.append([view._layout.line(int(view.scroll_y) + y) for y in range(height)])
            if view.scroll_y == 0:
                break
            await pilot.press("pageup")
            await pilot.pause()
        assert view.scroll_y == 0
        seen: list[tuple[int, int]] = []
        for page in reversed(pages):  # from the top: a page may overlap the one above it (the first)
            seen += page[page.index(seen[-1]) + 1 :] if seen and seen[-1] in page else page
        assert seen == ref.lines  # every line, in order, none skipped or repeated


async def test_a_resize_keeps_the_line_that_was_at_the_top(seeds_index):
    shown = long_shown(seeds_index, 40 * BLOCK)
    app = SourceApp()
    async with app.run_test(size=(90, 20)) as pilot:
        view = await opened(pilot, shown)
        for _ in range(30):
            await pilot.press("pagedown")
        await pilot.pause()
        top = view._layout.line(int(view.scroll_y))
        for size in ((60, 30), (120, 20), (45, 12)):
            await pilot.resize_terminal(*size)
            await wait_for(pilot, lambda: view._layout.width == view.scrollable_content_region.width)
            await pilot.pause()
            start, end = view._layout.line(int(view.scroll_y))
            assert start <= top[0] < max(end, start + 1), size  # the old top's first character is on the top line
            ref = Reference(view, shown, view.scrollable_content_region.width, current=view.current)
            assert_view_is(view, ref, top_of(view, ref))


async def test_opening_at_a_quote_far_down_shows_it_a_third_of_the_way(seeds_index):
    shown = long_shown(seeds_index, 40 * BLOCK)
    quote = shown.quotes[len(shown.quotes) * 3 // 4]
    shown.focus = quote
    app = SourceApp()
    async with app.run_test(size=(70, 21)) as pilot:
        view = await opened(pilot, shown, target=quote[0])
        line = view.line_for_offset(quote[0])
        assert line - int(view.scroll_y) == view.size.height // 3
        ref = Reference(view, shown, view.scrollable_content_region.width)
        assert_view_is(view, ref, top_of(view, ref))


# --- the parts -----------------------------------------------------------------------------------

ranges = st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40), st.sampled_from("abc")), max_size=60)


@given(ranges, st.integers(0, 320), st.integers(1, 50))
@settings(max_examples=300, deadline=None)
def test_marks_touching_finds_what_a_scan_finds(raw, start, length):
    marks = [(s, s + n, k) for s, n, k in raw]
    end = start + length
    expected = [m for m in marks if m[0] < end and m[1] > start]
    assert Marks(marks).touching(start, end) == expected


paragraphs = st.lists(st.text(alphabet=st.sampled_from("ab cd\t\x1b  éé世"), max_size=40), max_size=40)


@given(paragraphs, st.integers(1, 30), st.sampled_from([8, 16, 64]))
@settings(max_examples=300, deadline=None)
def test_blocks_wrapped_one_by_one_are_the_whole_texts_wrap(paras, width, size):
    text = "\n".join(paras)
    blocks = cut_blocks(text, size)
    layout = WrappedLines(text, blocks, width)
    got = [line for b in range(len(blocks)) for line in layout.block_lines(b)]
    cut_inside = any(e == s for e, s in zip(blocks.ends, blocks.starts[1:]))  # a paragraph over 8 * size
    if not cut_inside:
        assert got == (wrap_offsets(clean(text), width) if text else [])
    # every character is in a block, or is the newline between two
    covered = sum(e - s for s, e in zip(blocks.starts, blocks.ends)) + sum(
        1 for e, s in zip(blocks.ends, blocks.starts[1:]) if s == e + 1
    )
    assert covered == len(text)


def test_a_paragraph_too_long_for_a_block_is_cut_at_a_space():
    words = " ".join(random.Random(4).choice(["talks", "Kremlin", "a"]) for _ in range(40_000))
    blocks = cut_blocks(words, 1000)
    assert len(blocks) > 100
    assert all(words[e - 1] == " " for e in blocks.ends[:-1])  # no word split between blocks
