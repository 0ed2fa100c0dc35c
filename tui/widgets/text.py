"""Untrusted text made safe to show, and the styled lines the panes are built from.

Everything that comes from the corpus (titles, article text, names, quotes, snippets) is data:
it goes into `rich.text.Text` objects with `append`/`stylize`, never into a markup string, so
`[bold]` or `[@click=app.quit]` in an article is shown as written. Control characters (an
escape sequence, a bell, a backspace) are replaced one for one by their visible Unicode
"control pictures", which keeps every offset into the text valid for highlighting.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

# C0 controls (except newline) -> U+2400 block; tab -> space; DEL -> U+2421; C1 -> U+FFFD.
_SAFE = {c: chr(0x2400 + c) for c in range(0x20) if c != 0x0A}
_SAFE[0x09] = " "
_SAFE[0x7F] = "\u2421"
_SAFE.update({c: "\ufffd" for c in range(0x80, 0xA0)})
# Bidirectional overrides could reorder what the terminal shows; show them as a mark instead.
_SAFE.update({c: "\ufffd" for c in (0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069)})
# str.translate looks up every character: a search for the first one to replace is ten times faster.
_UNSAFE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_SAFE)) + "]")


def clean(value: object) -> str:
    """The text with every control character made visible, length unchanged."""
    if value is None:
        return ""
    text = str(value)
    return text.translate(_SAFE) if _UNSAFE.search(text) else text


def one_line(value: object) -> str:
    """Clean text on one line (titles, names): newlines become spaces."""
    return clean(value).replace("\n", " ")


def highlighted(segments: list[tuple[str, bool]], match: Style | str) -> Text:
    """A snippet given as (text, is_match) segments, the matches styled."""
    text = Text(no_wrap=False)
    for part, is_match in segments:
        text.append(one_line(part), match if is_match else None)
    return text


def words_of(query: str) -> list[str]:
    """The plain words of a query (no operators or fields), to mark them in quotes."""
    words = []
    for token in re.findall(r"[\w'’-]+\*?", query):
        if token.upper() in {"AND", "OR", "NOT", "TO"}:
            continue
        if ":" in token:
            continue
        words.append(token.rstrip("*").lower())
    return [w for w in words if len(w) > 1]


def mark_words(text: Text, words: list[str], style: Style | str) -> Text:
    """Style every occurrence of the words (and words that start with them) in the text."""
    if not words:
        return text
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE)
    for m in pattern.finditer(text.plain):
        text.stylize(style, m.start(), m.end())
    return text


# --- wrapping with offsets (the source pane scrolls to a character offset) --------------------

_WORD = re.compile(r"\s*\S+")


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of the text into lines of at most width cells, as (start, end) offsets.

    A line keeps the spaces before the word that ends it; a word longer than the width is folded.
    """
    width = max(width, 1)
    lines: list[tuple[int, int]] = []
    base = 0
    for para in text.split("\n"):
        if not para:
            lines.append((base, base))
            base += 1
            continue
        start = 0
        cells = 0
        for m in _WORD.finditer(para):
            word = m.group()
            w = cell_len(word)
            if cells + w <= width:
                cells += w
                continue
            pos = m.start()
            if cells:
                lines.append((base + start, base + pos))
                lead = len(word) - len(word.lstrip())
                pos += lead
                word = word[lead:]
                w = cell_len(word)
                start = pos
            if w <= width:
                cells = w
                continue
            # Fold a word wider than the line in one pass over its characters (a 100,000
            # character "word" must not cost a slice and a re-measure per line).
            cells = 0
            for j, ch in enumerate(word):
                cw = cell_len(ch)
                if cells + cw > width and cells:
                    lines.append((base + start, base + pos + j))
                    start = pos + j
                    cells = 0
                cells += cw
        lines.append((base + start, base + len(para)))
        base += len(para) + 1
    return lines


def line_of(starts: list[int], offset: int) -> int:
    """The index of the wrapped line holding the offset (starts: each line's start)."""
    return max(bisect_right(starts, offset) - 1, 0)
