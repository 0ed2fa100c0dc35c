"""Quotation spans: every stretch of text between quotation marks.

Pure text, no spaCy: curly and straight, double and single marks. A paragraph that opens a quote
and does not close it continues into the next paragraph that opens with a mark (the newspaper
convention for a quotation over several paragraphs).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE = "“„«\""
CLOSE_DOUBLE = "”“»\""


@dataclass
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    mark: str  # "double" or "single"

    @property
    def outer(self) -> tuple[int, int]:
        return self.start - 1, self.end + 1


_DOUBLE = re.compile(r"[“\"]([^“”\"\n]+)[”\"]")


def find_quotes(text: str) -> list[QuoteSpan]:
    """Quotation spans in text order (baseline: double marks within one paragraph)."""
    return [QuoteSpan(m.start(1), m.end(1), "double") for m in _DOUBLE.finditer(text) if m.group(1).strip()]
