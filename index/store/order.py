"""Article order in an index updated in place.

A full build writes articles and quotes in corpus order (walk.corpus_key), so document numbers are
that order and readers need nothing more. An update deletes documents and adds the new ones after
all others (Whoosh cannot insert), so an edited record's document comes last. Every article and
quote stores its corpus key in a column, and a reader of an updated index orders by it: quotes by
key, search hits by score and then by key where a full build's document order would break the
tie. The answers are then the full build's.

The keys are read once per opened index (on the first query that needs them) and turned into a
rank per document number, so that each query then sorts by a list lookup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from whoosh.searching import Results

from collections.abc import Iterable


class CorpusOrder:
    """The corpus order of one index's documents (a searcher's), read when first needed."""

    def __init__(self, searcher):
        self._searcher = searcher
        self._rank: list[int] | None = None

    def _ranks(self) -> list[int]:
        if self._rank is None:
            keys = self._searcher.reader().column_reader("key")
            docnums = sorted(range(self._searcher.doc_count_all()), key=keys.__getitem__)
            rank = [0] * len(docnums)
            for r, docnum in enumerate(docnums):
                rank[docnum] = r
            self._rank = rank
        return self._rank

    def rank(self, docnum: int) -> int:
        """A document's place in corpus order."""
        return self._ranks()[docnum]

    def sort(self, docnums: Iterable[int]) -> list[int]:
        """These documents in corpus order."""
        return sorted(docnums, key=self._ranks().__getitem__)

    def order_hits(self, results: Results, limit: int | None) -> None:
        """Reorder Whoosh results collected without a limit: by score, then corpus order (instead
        of document number), and keep the first `limit`. `len(results)` still counts every match.
        Only runs of equal scores are sorted, up to the limit."""
        top, out, i = results.top_n, [], 0
        rank = None
        while i < len(top) and (limit is None or len(out) < limit):
            j = i + 1
            while j < len(top) and top[j][0] == top[i][0]:
                j += 1
            run = top[i:j]
            if len(run) > 1:
                rank = rank or self._ranks()
                run.sort(key=lambda hit: rank[hit[1]])
            out.extend(run)
            i = j
        results.top_n = out if limit is None else out[:limit]
