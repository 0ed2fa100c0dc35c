"""An article's wrapped lines, wrapped a block at a time: only what is looked at is wrapped.

A 20 MB article is some 300,000 lines at 60 columns; wrapping all of it takes seconds, again at
each resize. So the text is cut into blocks of whole paragraphs (about BLOCK characters: a `find`
for the newline after each, and a count of newlines, both at C speed), and a block is wrapped (`wrap_offsets`) only when a line of
it is wanted. Until then a block counts as an estimate of its lines. Line numbers come from a
cumulative index over the blocks' counts: the same line always has the same number until a block
above it is wrapped, which is why `prepare` returns where the line the view showed has moved to.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from .text import clean, line_of, wrap_offsets

BLOCK = 8192  # characters a block holds, about: a few milliseconds to wrap
WHOLE = 4  # an article of this many blocks or fewer is wrapped whole: its scrollbar exact at once


@dataclass(frozen=True)
class Blocks:
    """The text cut into blocks: block b is text[starts[b]:ends[b]]. Between two blocks is the
    newline that ended a paragraph, or nothing where a very long paragraph was cut."""

    starts: list[int]
    ends: list[int]
    newlines: list[int]  # in each block, for its estimate

    def __len__(self) -> int:
        return len(self.starts)

    def of(self, offset: int) -> int:
        """The block holding the offset (the one before it when the offset is a newline between)."""
        return max(bisect_right(self.starts, offset) - 1, 0)


def cut_blocks(text: str, size: int = BLOCK) -> Blocks:
    """Blocks of whole paragraphs, of about size characters (a paragraph longer than 8 * size is
    cut at a space). A Python step per block, not per line: 12 ms for 20 MB."""
    blocks = Blocks([], [], [])
    pos, n = 0, len(text)
    while text:
        if n - pos <= size:
            cut = after = n
        elif (cut := text.find("\n", pos + size, pos + 8 * size)) >= 0 or (
            cut := text.rfind("\n", pos, pos + size)
        ) >= 0:
            after = cut + 1  # the newline is between the blocks
        else:
            space = text.rfind(" ", pos + size // 2, pos + size)
            cut = after = space + 1 if space >= 0 else pos + size
        blocks.starts.append(pos)
        blocks.ends.append(cut)
        blocks.newlines.append(text.count("\n", pos, cut))
        if cut == n:
            break
        pos = after
    return blocks


class WrappedLines:
    """The text's lines at one width, as (start, end) offsets, numbered over every block."""

    def __init__(self, text: str, blocks: Blocks, width: int) -> None:
        self.text = text
        self.blocks = blocks
        self.width = max(width, 1)
        per_line = max(self.width - 4, 1)  # greedy wrapping leaves a few cells free on each line
        self.counts = [
            nl + 1 + (end - start - nl) // per_line
            for start, end, nl in zip(blocks.starts, blocks.ends, blocks.newlines)
        ]
        self._lines: dict[int, list[tuple[int, int]]] = {}
        self._first: list[int] | None = None  # cumulative counts: each block's first line number
        if len(self.counts) <= WHOLE:
            for b in range(len(self.counts)):
                self.block_lines(b)

    @property
    def total(self) -> int:
        return self._first_lines()[-1]

    def is_wrapped(self, b: int) -> bool:
        return b in self._lines

    def block_lines(self, b: int) -> list[tuple[int, int]]:
        """Block b's lines, wrapped now if they were not (its count is then exact)."""
        lines = self._lines.get(b)
        if lines is None:
            start, end = self.blocks.starts[b], self.blocks.ends[b]
            lines = [(start + s, start + e) for s, e in wrap_offsets(clean(self.text[start:end]), self.width)]
            self._lines[b] = lines
            if len(lines) != self.counts[b]:
                self.counts[b] = len(lines)
                self._first = None
        return lines

    def first_line(self, b: int) -> int:
        return self._first_lines()[b]

    def _first_lines(self) -> list[int]:
        if self._first is None:
            self._first = [0, *accumulate(self.counts)]
        return self._first

    def locate(self, y: int) -> tuple[int, int]:
        """(block, line within it) of line number y, by the counts as they are (estimates too)."""
        first = self._first_lines()
        y = min(max(y, 0), max(first[-1] - 1, 0))
        b = min(bisect_right(first, y) - 1, len(self.counts) - 1)
        return b, y - first[b]

    def line(self, y: int) -> tuple[int, int]:
        """The offsets of line y (exact once `prepare` has wrapped its block)."""
        b, local = self.locate(y)
        lines = self.block_lines(b)
        return lines[min(local, len(lines) - 1)]

    def line_of(self, offset: int) -> int:
        """The number of the line holding the offset (its block is wrapped)."""
        b = self.blocks.of(offset)
        lines = self.block_lines(b)
        return self.first_line(b) + line_of([s for s, _e in lines], offset)

    def prepare(self, y: int, height: int) -> int:
        """Wrap the blocks a view of height lines from line y shows, and a page above and two below;
        the number the view's top line has afterwards (wrapping the blocks above renumbers it)."""
        if not self.counts:
            return 0
        b, local = self.locate(y)
        if not self.is_wrapped(b):
            # The view lands in a block never shown (a jump): where in it was only an estimate.
            local = min(local, len(self.block_lines(b)) - 1)
        below, c = self.counts[b] - local, b
        while below < 2 * height and c + 1 < len(self.counts):
            c += 1
            below += len(self.block_lines(c))
        above, c = local, b
        while above < height and c > 0:
            c -= 1
            above += len(self.block_lines(c))
        return self.first_line(b) + local

    def last_page(self, height: int) -> int:
        """The top line number that shows the last line at the bottom (the blocks there wrapped)."""
        if not self.counts:
            return 0
        self.block_lines(len(self.counts) - 1)  # the last line is then the last by number
        return max(self.prepare(self.total - 1, height) - height + 1, 0)
