"""Ranges of an article to style (mentions, quotes, matches ...), found by position.

The source pane styles only the lines it draws, so it asks for the ranges that touch one line. The
ranges stay in the order they were given: where two overlap, the later one's style wins, as it did
when the whole text was styled at once.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import islice
from operator import itemgetter, le, sub
from collections.abc import Sequence


class Marks:
    """Ranges (start, end, ...) sorted by start once (a pass over them when they already are),
    with the longest one's length: a range that touches a line starts at most that far before it."""

    def __init__(self, ranges: Sequence[tuple]) -> None:
        self.ranges = ranges
        starts = list(map(itemgetter(0), ranges))
        if all(map(le, starts, islice(starts, 1, None))):
            self.order: Sequence[int] = range(len(ranges))
        else:
            self.order = sorted(range(len(ranges)), key=starts.__getitem__)
            starts = [starts[i] for i in self.order]
        self.starts = starts
        self.reach = max(map(sub, map(itemgetter(1), ranges), map(itemgetter(0), ranges)), default=0)

    def touching(self, start: int, end: int) -> list[tuple]:
        """The ranges that overlap [start, end), in their given order."""
        first = bisect_left(self.starts, start - self.reach)
        last = bisect_left(self.starts, end)
        found = sorted(i for i in self.order[first:last] if self.ranges[i][1] > start)
        return [self.ranges[i] for i in found]
