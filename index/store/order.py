"""Article order in an index updated in place.

A full build writes articles and quotes in corpus order (walk.corpus_key), so document numbers are
that order and readers need nothing more. An update deletes documents and adds the new ones after
all others (Whoosh cannot insert), so an edited record's document comes last. Every article and
quote stores its corpus key in a column (read per document without unpickling anything), and a
reader of an updated index orders by it: quotes by key, search hits by score and then by key
where a full build's document order would break the tie. The answers are then the full build's.
"""

from __future__ import annotations

from collections.abc import Iterable


def in_corpus_order(searcher, docnums: Iterable[int]) -> list[int]:
    """These documents in corpus order (of their `key` column)."""
    keys = searcher.reader().column_reader("key")
    return sorted(docnums, key=keys.__getitem__)


def order_hits(results, searcher, limit: int | None) -> None:
    """Reorder Whoosh results collected without a limit: by score, then corpus order (instead of
    document number), and keep the first `limit`. `len(results)` still counts every match."""
    keys = searcher.reader().column_reader("key")
    results.top_n.sort(key=lambda hit: (-hit[0], keys[hit[1]]))
    if limit is not None:
        del results.top_n[limit:]
