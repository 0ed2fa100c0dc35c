"""A fix to whoosh-reloaded 2.7.5 (pinned in pyproject.toml), applied when the store is imported.

While it writes a segment's postings, Whoosh looks up each posting's field length through
`W3PerDocReader._cached_reader`, which caches the reader of a field that has lengths but not the
absence of one: for every posting of a field without lengths (ID and KEYWORD fields, and the
body's spelling words: 490,000 postings for 2,127 articles) it asks the file system again whether
the column file exists. That was 2.5 of the 20 CPU seconds a build spends after spaCy. The column
files of a segment are all written before its postings, so the answer cannot change: it is
cached here. Check it again when the pin moves.
"""
from __future__ import annotations

from whoosh.codec import whoosh3

_original = whoosh3.W3PerDocReader._cached_reader


def _cached_reader(self, fieldname, column):
    if fieldname not in self._readers:
        self._readers[fieldname] = _original(self, fieldname, column)  # None: no such column
    return self._readers[fieldname]


def apply() -> None:
    whoosh3.W3PerDocReader._cached_reader = _cached_reader
