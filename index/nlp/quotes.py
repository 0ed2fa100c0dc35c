"""Quotation spans: every stretch of text between quotation marks.

Pure text, no spaCy: curly and straight, double and single marks. A paragraph that opens a quote
and does not close it continues into the next paragraph that opens with a mark (the newspaper
convention for a quotation over several paragraphs): each paragraph's part is its own span, the
later ones marked `continued`.

Apostrophes are told from single quotation marks by their context: a mark between two letters
("Moscow’s", "don’t") or closing a plural ("players’ union") outside an open single quote is an
apostrophe; a single quote that is not closed within its paragraph was an apostrophe after all.
Quotation marks nested inside a quotation are part of it, not spans of their own.

Some corpora run a quotation's paragraphs together on one line, each still opening with a mark
("...as possible. "I definitely want..."): an opening mark after a sentence's end inside an open
quotation of the same kind starts the next paragraph of that quotation (`_run_on`), not a quote
within it nor the end of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import WORK_TITLE_CUES, alternation

# kind of mark -> (opening characters, closing characters)
_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‚‹"
_SINGLE_CLOSE = "’›"
_OPEN_BEFORE = " \t\n([{—–-/" + _DOUBLE_OPEN + _SINGLE_OPEN + "\"'"
# Every character _scan acts on: the rest of a paragraph is skipped at C speed.
_MARK = re.compile("[" + re.escape(_DOUBLE_OPEN + _DOUBLE_CLOSE + _SINGLE_OPEN + _SINGLE_CLOSE + "\"'") + "]")
# Words that start with an apostrophe rather than a quotation mark.
_ELISION = re.compile(r"(?:em|n|til|cause|tis|twas|bout|round|s|\d0s|\d\d)\b", re.IGNORECASE)


@dataclass
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    mark: str  # "double" or "single"
    closed: bool = True  # False: the paragraph ends before a closing mark (continues or not)
    continued: bool = False  # True: continues a quotation opened in an earlier paragraph

    @property
    def outer(self) -> tuple[int, int]:
        return self.start - 1, self.end + (1 if self.closed else 0)


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _run_on(text: str, s: int, i: int, e: int) -> bool:
    """The mark at i opens the next paragraph of an open quotation run into this one: it follows
    a sentence's end and a space, and a capital (or a digit, or a mark) follows it. The sentence
    may end inside a quotation within the quotation ("... to think: 'This is not my day.' "But
    then ...": the single mark closes the inner one, the double opens the next paragraph)."""
    a = text[i + 1] if i + 1 < e else "\n"
    k = i - 2
    if k - 1 >= s and text[k] in _SINGLE_CLOSE + "'" and text[k - 1] in ".?!":
        k -= 1
    return (
        k >= s and text[i - 1] in " \t" and text[k] in ".?!" and (a.isupper() or a.isdigit() or a in _SINGLE_OPEN + "'")
    )


# A quotation found in a paragraph: (start, end, mark, closed, run_on)
_Found = tuple[int, int, str, bool, bool]


class _Scan:
    """One paragraph's scan, text[s:e]: the quotations open (a stack, innermost last: mark kind
    "d" curly, "D" straight, "s" curly, "S" straight, and where it starts), and the outermost ones
    found. One method a kind of mark says what that mark does."""

    def __init__(self, text: str, s: int, e: int) -> None:
        self.text, self.s, self.e = text, s, e
        self.stack: list[tuple[str, int]] = []
        self.out: list[_Found] = []
        self.run_on: set[int] = set()  # starts of quotations that go on from the one before

    def before(self, i: int) -> str:
        return self.text[i - 1] if i > self.s else "\n"

    def after(self, i: int) -> str:
        return self.text[i + 1] if i + 1 < self.e else "\n"

    def kinds(self) -> list[str]:
        return [k for k, _ in self.stack]

    def close(self, kind: str, i: int) -> None:
        while self.stack and self.stack[-1][0] != kind:
            self.stack.pop()  # an inner single quote left open: it was an apostrophe
        k, start = self.stack.pop()
        if not self.stack and i > start:
            self.out.append((start, i, "double" if k in "dD" else "single", True, start in self.run_on))

    def open_(self, kind: str, i: int) -> None:
        self.stack.append((kind, i + 1))

    def unclosed(self, start: int, end: int) -> None:
        """The quotation opened at start ends at end without a closing mark (spaces trimmed)."""
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if end > start:
            self.out.append((start, end, "double", False, start in self.run_on))

    def next_paragraph(self, kind: str, i: int) -> bool:
        """A run-on paragraph's opening mark: the open quotation ends unclosed, a new one opens."""
        if len(self.stack) != 1 or self.stack[0][0] != kind or not _run_on(self.text, self.s, i, self.e):
            return False
        self.unclosed(self.stack.pop()[1], i)
        self.open_(kind, i)
        self.run_on.add(i + 1)
        return True

    def mark(self, i: int) -> int:
        """Act on the mark at i; where to look for the next one."""
        ch = self.text[i]
        if ch in '“"' and self.next_paragraph("d" if ch == "“" else "D", i):
            pass
        elif ch in _DOUBLE_OPEN:
            self.curly_double_open(ch, i)
        elif ch in _DOUBLE_CLOSE:
            self.curly_double_close(i)
        elif ch == '"':
            self.straight_double(i)
        elif ch in _SINGLE_OPEN:
            self.curly_single_open(i)
        elif ch in _SINGLE_CLOSE:
            if "s" in self.kinds() and not self.before(i).isspace() and not _is_word(self.after(i)):
                self.close("s", i)
        elif ch == "'" and self.after(i) == "'":
            self.two_straight_singles(i)
            return i + 2
        elif ch == "'":
            self.straight_single(i)
        return i + 1

    def curly_double_open(self, ch: str, i: int) -> None:
        b, a = self.before(i), self.after(i)
        if "d" in self.kinds() and ch == "“" and not b.isspace() and not _is_word(a):
            self.close("d", i)  # “ used as a closing mark
        elif not a.isspace() or a == "\n":
            self.open_("d", i)

    def curly_double_close(self, i: int) -> None:
        kinds, b, a = self.kinds(), self.before(i), self.after(i)
        if "d" in kinds:
            self.close("d", i)
        elif kinds[-1:] == ["D"] and not b.isspace():
            self.close("D", i)  # "...” : a straight mark closed by a curly one
        elif not self.stack and (b.isspace() or i == self.s) and _is_word(a):
            self.open_("d", i)  # ” used as an opening mark

    def straight_double(self, i: int) -> None:
        kinds, b, a = self.kinds(), self.before(i), self.after(i)
        if "D" in kinds and not (b.isspace() and _is_word(a) and kinds[-1] != "D"):
            self.close("D", i)
        elif kinds[-1:] == ["d"] and not b.isspace() and not _is_word(a):
            self.close("d", i)  # “...," : a curly mark closed by a straight one
        elif not a.isspace():
            self.open_("D", i)

    def curly_single_open(self, i: int) -> None:
        b, a = self.before(i), self.after(i)
        if "s" in self.kinds() and not b.isspace() and not _is_word(a):
            self.close("s", i)
        elif (b in _OPEN_BEFORE or b.isspace()) and not a.isspace() and not _ELISION.match(self.text, i + 1, self.e):
            self.open_("s", i)

    def two_straight_singles(self, i: int) -> None:
        """Two straight single marks: a double mark."""
        kinds, b = self.kinds(), self.before(i)
        if "D" in kinds and not (b.isspace() and _is_word(self.after(i + 1)) and kinds[-1] != "D"):
            self.close("D", i)
        elif not self.after(i + 1).isspace():
            self.open_("D", i + 1)

    def straight_single(self, i: int) -> None:
        kinds, b, a = self.kinds(), self.before(i), self.after(i)
        if "S" in kinds and not b.isspace() and not _is_word(a):
            self.close("S", i)
        elif (b in _OPEN_BEFORE or b.isspace()) and _is_word(a) and not _ELISION.match(self.text, i + 1, self.e):
            self.open_("S", i)

    def end(self) -> tuple[list[_Found], int | None]:
        """What _scan returns, once the paragraph's marks are read: a single quote still open was
        an apostrophe (its mark's position), a double one ends unclosed."""
        for k, start in self.stack:
            if k in "sS":
                return self.out, start - 1
        if self.stack:
            self.unclosed(self.stack[0][1], self.e)
        return self.out, None


def _scan(text: str, s: int, e: int, ignore: set[int]) -> tuple[list[_Found], int | None]:
    """Outermost quotations in the paragraph text[s:e].

    Returns ([(start, end, mark, closed, run_on)], position of an unclosed single opening mark or
    None); run_on: the quotation goes on from the one before it, run into the same line.
    """
    scan = _Scan(text, s, e)
    i = s
    while (m := _MARK.search(text, i, e)) is not None:
        i = m.start() + 1 if m.start() in ignore else scan.mark(m.start())
    return scan.end()


# Words before a Title Case span that make it a name of a work or a show, not anyone's words:
# "MSNBC’s “Morning Joe”", "on “Face the Nation”", "the documentary “13th”", "titled “Arrogant”".
_TITLE_CUE = re.compile(
    r"(?:['’]s|\b" + alternation(WORK_TITLE_CUES) + r")\s*$",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset("a an the and or but of in on at to for with by from as is are it its nor vs".split())


def title_case(words: list[str]) -> bool:
    """Every word but the small ones capitalised: a title's or a slogan's writing ("Time For
    Change"), not a phrase of speech."""
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(big) and all(w[:1].isupper() or w[:1].isdigit() for w in big)


def _in_headline(text: str, a: int, b: int) -> bool:
    """The span's line is a headline: short, and no sentence ends in it."""
    ls = text.rfind("\n", 0, a) + 1
    le = text.find("\n", b)
    line = text[ls : len(text) if le < 0 else le].strip()
    if len(line.split()) > 20 or re.search(r"[a-z][.!?][”\"’']*\s+[A-Z]", line):
        return False
    if not line.rstrip("”\"’'").endswith((".", "?", "!")):
        return True
    long = [w for w in re.findall(r"[\w’'-]+", line) if len(w) > 3]  # a headline in Title Case
    return bool(long) and sum(w[:1].isupper() or w[:1].isdigit() for w in long) >= 0.7 * len(long)


def not_words(text: str, a: int, b: int) -> bool:
    """A quoted span that is clearly nobody's words (a, b: inside the marks).

    - a markup attribute's value: `author="..."`, `pic="pic.twitter.com/..."`;
    - a stage direction in brackets: "(CROSSTALK)", "[APPLAUSE]";
    - a nickname inside a name: Robert “Bobby” Scott;
    - the title of a show, book, film or song: Title Case words after a possessive or a word
      that names one (NBC’s “Nightly News”, the documentary “13th”), outside headlines.
    """
    body = text[a:b].strip()
    before = text[max(0, a - 40) : a - 1]
    after = text[b + 1 : b + 30]
    if before.endswith("=") or re.match(r"(?:https?://|pic\.twitter\.com|www\.)", body):
        return True
    if re.fullmatch(r"[(\[][^()\[\]]*[)\]][.,]?", body):
        return True
    words = re.findall(r"[\w’'-]+", body)
    if not words:
        return False
    if (
        len(words) == 1
        and re.fullmatch(r"[A-Z][a-z]+", words[0])
        and re.search(r"\b[A-Z][\w.]*\s$", before)
        and re.match(r"\s[A-Z][a-z]", after)
        and not _in_headline(text, a, b)
    ):
        return True
    if (
        len(words) <= 8
        and title_case(words)
        and not re.search(r"[!?]", body)
        and _TITLE_CUE.search(before)
        and not _in_headline(text, a, b)
    ):
        return True
    return False


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_quotes(text: str, keep_not_words: bool = False) -> list[QuoteSpan]:
    """Quotation spans in text order (without those that are clearly nobody's words, unless
    keep_not_words)."""
    spans: list[QuoteSpan] = []
    open_before = False  # the previous paragraph ended inside a quotation
    for s, e in _paragraphs(text):
        ignore: set[int] = set()
        while True:
            found, bad = _scan(text, s, e, ignore)
            if bad is None:
                break
            ignore.add(bad)
        lead = s
        while lead < e and text[lead].isspace():
            lead += 1
        opens_with_mark = lead < e and text[lead] in _DOUBLE_OPEN + '"' + _DOUBLE_CLOSE
        for n, (a, b, mark, closed, run_on) in enumerate(found):
            if not text[a:b].strip():
                continue
            cont = run_on or (open_before and n == 0 and opens_with_mark and a == lead + 1)
            if not cont and not keep_not_words and not_words(text, a, b):
                continue
            spans.append(QuoteSpan(a, b, mark, closed, cont))
        open_before = bool(found) and not found[-1][3]
    return spans
