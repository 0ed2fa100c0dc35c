"""The rows of a comparison: each version of a statement with its article and the words that
differ from the quote compared marked (dossier.index.compare.word_diff)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from dossier.index.compare import Comparison, Placed, word_diff

from .lists import RecordList
from .text import one_line


@dataclass
class Version:
    """One row: the quote compared itself ('this'), the same words elsewhere ('same'), or a
    similar quote ('similar', with its score)."""

    kind: str
    placed: Placed
    score: float | None = None


def versions(comparison: Comparison) -> list[Version]:
    """The rows of a comparison: the quote, then the same words, then the similar ones."""
    rows = [Version("this", comparison.quote)]
    rows += [Version("same", p) for p in comparison.same]
    rows += [Version("similar", p, score) for p, score in comparison.similar]
    return rows


class VersionList(RecordList[Version]):
    """Each version: what it is; title, source, date; speaker and cue; the words, the ones that
    differ from the quote compared marked."""

    COMPONENT_CLASSES = {"compare--kind", "compare--meta", "compare--text", "compare--differs"}
    DIVIDERS = True

    def prompt(self, version: Version) -> Text:
        placed, quote = version.placed, version.placed.quote
        original: str = self.context.get("original", "")
        text = Text()
        label = {"this": "this quote", "same": "same words"}.get(version.kind, f"similar {version.score or 0:.2f}")
        text.append(label, self._style("compare--kind"))
        where = [one_line(placed.title or quote.article), one_line(placed.source or ""), one_line(placed.date or "")]
        text.append(" · " + " · ".join(w for w in where if w), self._style("compare--meta"))
        who = one_line(quote.speaker) if quote.speaker else "unattributed"
        cue = f" ({one_line(quote.cue)})" if quote.cue else ""
        text.append(f"\n{who}{cue}", self._style("compare--meta"))
        words = Text("“", self._style("compare--text"))
        pieces = [(quote.text, False)] if version.kind == "this" else word_diff(original, quote.text)
        for piece, differs in pieces:
            words.append(one_line(piece), self._style("compare--differs" if differs else "compare--text"))
        words.append("”", self._style("compare--text"))
        text.append("\n")
        text.append_text(words)
        return text
