"""Snippets centred on an actor: the passage where the actor a search is about is mentioned or quoted.

Whoosh's highlighter finds the query's words in the body; an `actor:`/`speaker:` word or an actor
filter matches ids, not words, so it would show the article's first lines. Here the snippet is a
window of the text around the actor's mention (or quote), nearest to the query's words when
there are some, with the actor's places and the query's words in it marked.
"""

from __future__ import annotations

import bisect
import re

from .records import Range

SIZE = 160  # characters of text in a snippet (as Whoosh's fragmenter makes them)
BEFORE = 50  # of which before the mention
ELLIPSIS = "…"
_SPACE = re.compile(r"\s+")

Segments = list[tuple[str, bool]]


def focus(places: list[Range], words: list[Range], after: int = 0) -> Range | None:
    """The actor's place the snippet shows: the one nearest to a query word (the first when the
    query has no words), preferring those after `after` (the title line, which lists show)."""
    places = sorted(places)
    later = [p for p in places if p[0] >= after]
    places = later or places
    if not places:
        return None
    if not words:
        return places[0]
    starts = sorted(a for a, _ in words)

    def distance(place: Range) -> int:
        i = bisect.bisect_left(starts, place[0])
        near = [abs(starts[j] - place[0]) for j in (i - 1, i) if 0 <= j < len(starts)]
        return min(near)

    return min(places, key=lambda p: (distance(p), p[0]))


def window(text: str, place: Range, size: int = SIZE, before: int = BEFORE) -> Range:
    """About `size` characters of text around place, cut between words."""
    start = max(0, place[0] - before)
    if start > 0:
        space = _SPACE.search(text, start, place[0])
        start = space.end() if space else place[0]
    end = min(len(text), start + size)
    if end < len(text):  # back to a space, after the place when it fits (a long quote is cut)
        cut = text.rfind(" ", place[1] if place[1] < end else place[0] + 1, end)
        end = cut if cut > place[0] else end
    return start, end


def segments(text: str, span: Range, marks: list[Range]) -> Segments:
    """text[span] as (text, is_match) segments on one line, the marks (clipped to it) matched,
    with an ellipsis where the article goes on."""
    start, end = span
    merged: list[list[int]] = []
    for a, b in sorted((max(a, start), min(b, end)) for a, b in marks if a < end and b > start):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out: Segments = []
    at = start
    for a, b in merged:
        out += [(text[at:a], False), (text[a:b], True)]
        at = b
    out.append((text[at:end], False))
    out = [(_SPACE.sub(" ", part), is_match) for part, is_match in out if part]
    if out and start > 0:
        out.insert(0, (ELLIPSIS, False))
    if out and end < len(text.rstrip()):
        out.append((ELLIPSIS, False))
    return [(part, is_match) for part, is_match in _joined(out) if part]


def _joined(parts: Segments) -> Segments:
    """Neighbouring segments of the same kind as one; the first and last without outer spaces."""
    out: Segments = []
    for part, is_match in parts:
        if out and out[-1][1] == is_match:
            out[-1] = (out[-1][0] + part, is_match)
        else:
            out.append((part, is_match))
    if out:
        out[0] = (out[0][0].lstrip(), out[0][1])
        out[-1] = (out[-1][0].rstrip(), out[-1][1])
    return out


def around_actor(text: str, places: list[Range], words: list[Range], after: int = 0) -> Segments | None:
    """The snippet of text around the actor's place nearest to the query's words, the actor's
    places and the words marked; None when the actor has no place in the text."""
    place = focus(places, words, after)
    if place is None:
        return None
    span = window(text, place)
    return segments(text, span, places + words)
