"""Reading a terminal's screen with its escape sequences (tmux `capture-pane -e`, or Textual strips
rendered by the app's console): which colours it uses, and the style of each character. The tests
of 16 colours and NO_COLOR ask what the terminal would draw, not what the app meant to draw."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

SGR = re.compile(r"\x1b\[([0-9;:]*)m")
# The 16 ANSI colours by index: black, silver, grey and white have no hue.
GREY_INDEXES = {0, 7, 8, 15}


@dataclass(frozen=True)
class Colour:
    kind: str  # "16", "256" or "rgb"
    value: tuple[int, ...]

    @property
    def is_16(self) -> bool:
        return self.kind == "16" or (self.kind == "256" and self.value[0] < 16)

    @property
    def is_grey(self) -> bool:
        if self.kind == "rgb":
            return len(set(self.value)) == 1
        n = self.value[0]
        if n < 16:
            return n in GREY_INDEXES
        if n >= 232:
            return True  # the greyscale ramp
        n -= 16
        return n // 36 == (n // 6) % 6 == n % 6  # the colour cube's diagonal


@dataclass(frozen=True)
class Style:
    fg: Colour | None = None
    bg: Colour | None = None
    bold: bool = False
    dim: bool = False
    italic: bool = False
    underline: bool = False
    reverse: bool = False


def _codes(params: str) -> list[int]:
    return [int(p) if p else 0 for p in re.split("[;:]", params)] if params else [0]


def _colour(codes: list[int], i: int) -> tuple[Colour | None, int]:
    """The colour that codes[i] (38 or 48) introduces, and the index after it."""
    if i + 1 < len(codes) and codes[i + 1] == 5 and i + 2 < len(codes):
        return Colour("256", (codes[i + 2],)), i + 3
    if i + 1 < len(codes) and codes[i + 1] == 2 and i + 4 < len(codes):
        return Colour("rgb", tuple(codes[i + 2 : i + 5])), i + 5
    return None, i + 1


def _apply(style: Style, codes: list[int]) -> tuple[Style, list[Colour]]:
    colours: list[Colour] = []
    i = 0
    while i < len(codes):
        c = codes[i]
        i += 1
        if c == 0:
            style = Style()
        elif c in (38, 48):
            colour, i = _colour(codes, i - 1)
            if colour is not None:
                colours.append(colour)
                style = replace(style, **{"fg" if c == 38 else "bg": colour})
        elif 30 <= c <= 37 or 90 <= c <= 97:
            colour = Colour("16", (c - 30 if c < 90 else c - 90 + 8,))
            colours.append(colour)
            style = replace(style, fg=colour)
        elif 40 <= c <= 47 or 100 <= c <= 107:
            colour = Colour("16", (c - 40 if c < 100 else c - 100 + 8,))
            colours.append(colour)
            style = replace(style, bg=colour)
        elif c == 39:
            style = replace(style, fg=None)
        elif c == 49:
            style = replace(style, bg=None)
        elif c in (1, 2, 3, 4, 7):
            style = replace(style, **{{1: "bold", 2: "dim", 3: "italic", 4: "underline", 7: "reverse"}[c]: True})
        elif c == 22:
            style = replace(style, bold=False, dim=False)
        elif c in (23, 24, 27):
            style = replace(style, **{{23: "italic", 24: "underline", 27: "reverse"}[c]: False})
    return style, colours


def colours(screen: str) -> list[Colour]:
    """Every colour the escape sequences set, in order."""
    found: list[Colour] = []
    for params in SGR.findall(screen):
        found += _apply(Style(), _codes(params))[1]
    return found


def styled_lines(screen: str) -> list[list[tuple[str, Style]]]:
    """Each line as (character, style) pairs. A style holds until changed, across lines too (tmux
    writes only the changes)."""
    lines = []
    style = Style()
    for line in screen.split("\n"):
        cells, pos = [], 0
        for m in SGR.finditer(line):
            cells += [(ch, style) for ch in line[pos : m.start()]]
            style = _apply(style, _codes(m.group(1)))[0]
            pos = m.end()
        cells += [(ch, style) for ch in line[pos:]]
        lines.append(cells)
    return lines


def word_styles(screen: str, word: str, skip_lines: int = 0) -> list[tuple[Style, set[Style]]]:
    """For each line (after the first skip_lines) that shows word: the style of the word (when all
    its letters share one) and the styles of the line's other letters."""
    out = []
    for cells in styled_lines(screen)[skip_lines:]:
        text = "".join(ch for ch, _ in cells)
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(word), text)]
        if not spans:
            continue
        inside = {i for s, e in spans for i in range(s, e)}
        others = {st for i, (ch, st) in enumerate(cells) if i not in inside and ch.isalpha()}
        for s, e in spans:
            styles = {cells[i][1] for i in range(s, e)}
            if len(styles) == 1:
                out.append((styles.pop(), others))
    return out
