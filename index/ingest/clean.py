"""Cleaning: strip what must never reach a terminal, and mark web boilerplate as junk.

Junk is marked, not deleted, so that offsets into the text stay those of the file and the source
pane can still show the lines dimmed. Junk ranges are blanked before analysis and indexing.
"""

from __future__ import annotations

import html
import re

from ..records import Range

# Terminal escape sequences: CSI (colours, cursor), OSC (titles, clipboard, hyperlinks), DCS and the
# other strings, and the two-character ESC forms. Removed whole, so that no fragment such as "[31m"
# is left behind. What does not form a sequence is a lone ESC or C1 character: _CONTROLS drops it
# alone and the text after it stays ("lone \x9b and" keeps "and"). So a space is an intermediate
# byte only after a parameter, a string (OSC, DCS ...) ends at its terminator or, for an OSC that
# opens with its number, at the end of its line, and an ESC (or an 8-bit CSI without parameters)
# before a word is not a sequence ending in the word's first letter.
_ESCAPES = re.compile(
    r"\x1b\[(?:[0-?]+[ -/]*|[!-/]*)[@-~]"  # CSI ... final byte
    r"|\x9b(?:[0-?]+[ -/]*[@-~]|[!-/]*(?:[@\[-`{-~]|[A-Za-z](?![A-Za-z])))"  # 8-bit CSI
    r"|(?:\x1b\]|\x9d)(?:[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)|\d+;[^\x07\x1b\x9c\n]*)"  # OSC
    r"|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x1b\\|\x9c)"  # DCS, SOS, PM, APC strings
    r"|\x1b[!-/]+[0-~]"  # ESC ( B, ESC # 8 ...
    r"|\x1b(?:[0-@\[-`{-~]|[A-Za-z](?![A-Za-z]))"  # ESC and one character
)
# C0 controls but tab and newline, DEL, C1 controls, bidi marks, embeddings, overrides and isolates,
# and the invisible characters that can hide or fake text: zero-width space, word joiner, BOM, soft
# hyphen, invisible operators (U+2061-2064), deprecated format characters (U+206A-206F),
# interlinear annotation (U+FFF9-FFFB), Mongolian vowel separator, tag characters. ZWJ/ZWNJ stay
# (scripts and emoji need them). The one list of what must never be stored or shown raw.
UNSAFE_CHARS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f"
)
_CONTROLS = re.compile(f"[{UNSAFE_CHARS}]")
# Lone surrogates: not text (a cut emoji in JSON, a file name that is not UTF-8); cannot be encoded.
_SURROGATES = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"
_UNUSUAL = re.compile(f"[{UNSAFE_CHARS}\ud800-\udfff]")  # what sanitize removes or replaces

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


# HTML character references written in full, with their semicolon ("communiqu&#233;", "&#163;8m",
# "&amp;"): scraped feeds keep them. "AT&T" and a bare "&copy" are text and stay.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# "America&#191;s": an inverted question mark opens a Spanish question, never sits inside a word;
# there it is an apostrophe that a transcoding lost (the BBC corpus writes three so).
_LOST_APOSTROPHE = re.compile(r"(?<=[^\W\d_])&(?:#191|#[xX]0*[bB][fF]|iquest);(?=[^\W\d_])")


def readable(text: str) -> str:
    """An article's text, title or field as its reader saw it, safe to store and display: HTML
    character references decoded first, so that sanitize then removes what one may stand for (a
    bidi override, "&#x202E;")."""
    return sanitize(decode_references(text))


def decode_references(text: str) -> str:
    """Text with each HTML character reference replaced by its character ("&#233;" is "é"): what
    the page's reader saw, and what a search for "communiqué" must find."""
    if "&" not in text:
        return text
    text = _LOST_APOSTROPHE.sub("'", text)
    return _REFERENCE.sub(lambda m: html.unescape(m.group()), text)


def sanitize(text: str) -> str:
    """Text safe to store and display: newlines normalised (a line or paragraph separator becomes
    one), escapes and controls removed, lone surrogates replaced with U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    if _UNUSUAL.search(text) is None:
        return text  # every escape sequence starts with a control (ESC or C1): the usual text is done
    text = _SURROGATES.sub(REPLACEMENT, text)
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def has_surrogates(text: str) -> bool:
    """Does text hold lone surrogates (which sanitize replaces)? The loader notes where."""
    return _SURROGATES.search(text) is not None


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
