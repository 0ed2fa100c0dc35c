"""Cleaning: strip what must never reach a terminal, and mark web boilerplate as junk.

Junk is marked, not deleted, so that offsets into the text stay those of the file and the source
pane can still show the lines dimmed. Junk ranges are blanked before analysis and indexing.
"""
from __future__ import annotations

import re

from ..records import Range

# Terminal escape sequences: CSI (colours, cursor), OSC (titles, clipboard, hyperlinks), and the
# two-character ESC forms. Removed whole, so that no fragment such as "[31m" is left behind.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"          # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST (or unterminated)
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"    # DCS, SOS, PM, APC strings
    r"|\x1b[@-Z\\-_]?"                  # other ESC sequences, or a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]"           # 8-bit CSI
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x9c)?"  # 8-bit OSC
)
# C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates, and the
# invisible zero-width characters that can hide text (ZWJ/ZWNJ stay: scripts and emoji need them).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]")

_JUNK_LINES = [
    # "READ MORE", "Read more: <a headline>", "Read more »", "Read more here" (not a sentence
    # that starts with the words "read more").
    r"read (the )?more( here| below| at \S+| on \S+)?\s*[.!…»›>]*(\s*[:|\-–—»›>]\s*.{0,150})?",
    r"(skip |story continues below |continue reading below )?advertisement\s*[.:]?",
    r"advertisement\s*[-–—:|·]\s*.{0,40}",
    r"leave a (comment|reply)\.?",
    r"help us improve\.?",
    r"(share|tweet|email|print)( this( article| story| page| post)?)?( on [\w ()]{1,30}| via \w+)?[:!.]?",
    r"share (on|via) .{0,40}",
    r"copy (the )?link( to (this )?(article|story))?",
    r"(click|tap) here .{0,80}",
    r"(subscribe|sign up|register)\b.{0,80}(newsletter|inbox|updates|subscribe|free|today|now).{0,20}",
    r"subscribe( to [^.]{1,60})?[.!]?",
    r"(get|try) our [^.]{0,40}newsletters?[.!]?",
    r"already (a subscriber|have an account)\?.{0,40}",
    r"follow us on .{0,60}",
    r"(related|recommended|most read|more on this story|watch|listen)( articles?| stories| videos?)?:?",
    r"continue reading\.?",
    r"supported by",
    r"copyright .{0,80}|all rights reserved\.?",
]
_JUNK = re.compile(r"\s*(?:" + "|".join(_JUNK_LINES) + r")\s*", re.IGNORECASE)


def sanitize(text: str) -> str:
    """Text safe to store and display: newlines normalised, escapes and controls removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def junk_ranges(text: str) -> list[Range]:
    """Ranges of boilerplate lines, and of blank lines beyond the first in a run."""
    ranges: list[Range] = []
    pos = 0
    blank_run = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            blank_run += 1
            if blank_run > 1:
                # An extra blank line is its preceding newline; a run merges into one range.
                if ranges and ranges[-1][1] == start - 1:
                    ranges[-1] = (ranges[-1][0], end)
                else:
                    ranges.append((start - 1, end))
            continue
        blank_run = 0
        if len(line) <= 120 and _JUNK.fullmatch(line):
            ranges.append((start, end))
    return ranges


def blank_junk(text: str, junk: list[Range]) -> str:
    """The text with junk replaced by spaces (offsets unchanged), for analysis and indexing."""
    if not junk:
        return text
    chars = list(text)
    for start, end in junk:
        for i in range(start, min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def lead(text: str, size: int = 160) -> str:
    """The start of a text on one line, cut with an ellipsis: a title for articles without one."""
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[: size - 1].rstrip() + "…"
