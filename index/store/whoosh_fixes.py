"""Fixes to whoosh-reloaded 2.7.5 (pinned in pyproject.toml), applied when the store is imported.
Check them again when the pin moves (tests/reliability/test_round2_index.py finds a pickle reader
this misses).

1. No pickle from an index runs code. Whoosh unpickles the schema and the segment list of each
   table of contents (`_articles_1.toc`), stored fields, postings and their positions, with
   `pickle.loads`: an index folder someone shares could name `os.system` in any of them. Every
   module of Whoosh that reads a pickle gets a restricted one here (safe_pickle.py), which builds
   only Whoosh's fields, analyzers, formats and segments and plain data, and the loader of the
   old table of contents format (-110, with an unrestricted unpickler of its own) is removed.

2. Fuzzy words (`ushakof~`, and the "did you mean" of a query that finds nothing) in C. Whoosh
   finds the words within an edit distance by building a Levenshtein automaton in Python for a
   one-segment index (about a second for `government~2`), and by computing the distance to every
   word of the field in Python for an index of several segments (every update in place adds
   one). Here the field's words are read once per open segment reader and compared with
   rapidfuzz, keeping each path's own rule (the automaton: the prefix as typed, Levenshtein on
   the rest, words of the spelling field; the scan: optimal string alignment on whole words of
   the field itself), so that every query answers as before, in milliseconds.

3. Speed: while it writes a segment's postings, Whoosh looks up each posting's field length
   through `W3PerDocReader._cached_reader`, which caches the reader of a field that has lengths
   but not the absence of one: for every posting of a field without lengths (ID and KEYWORD
   fields, and the body's spelling words: 490,000 postings for 2,127 articles) it asks the file
   system again whether the column file exists. That was 2.5 of the 20 CPU seconds a build spends
   after spaCy. The column files of a segment are all written before its postings, so the answer
   cannot change: it is cached here.

4. An index with no documents reads an empty column. Whoosh opens a table with no segment (a
   build of a folder whose every file was skipped) with an EmptyReader, whose `column_reader`
   raises NotImplementedError: the next build, in place, failed reading the previous one.
"""

from __future__ import annotations

from typing import Any, NoReturn

import io
import pickle
import types
from bisect import bisect_left

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

import whoosh.codec.plaintext
import whoosh.columns
import whoosh.compat
import whoosh.externalsort
import whoosh.filedb.fileindex
import whoosh.filedb.structfile
import whoosh.formats
import whoosh.index
import whoosh.multiproc
import whoosh.reading
import whoosh.util.loading
from whoosh.codec import whoosh3

from . import safe_pickle

# What Whoosh's pickles hold: the schema (fields, analyzers and their regular expressions, stop
# word sets, the Porter stemmer), the segments (codec, deleted documents), and data.
WHOOSH = safe_pickle.Allowed(
    classes=(
        "whoosh.fields",
        "whoosh.analysis",
        "whoosh.formats",
        "whoosh.codec.whoosh3",
        "whoosh.codec.base",
        "whoosh.idsets",
    ),
    callables=frozenset(
        {
            ("re", "_compile"),
            ("_codecs", "encode"),
            ("copyreg", "_reconstructor"),
            ("collections", "defaultdict"),
            ("collections", "OrderedDict"),
            ("array", "array"),
            ("array", "_array_reconstructor"),
            ("whoosh.lang.porter", "stem"),
            ("whoosh.columns", "VarBytesColumn"),  # the corpus-key and ident columns (store/order.py)
        }
    ),
)


_Unpickler = safe_pickle.unpickler(WHOOSH)


def loads(data: bytes, *args: Any, **kwargs: Any) -> Any:
    """pickle.loads for Whoosh: only what an index holds."""
    return _Unpickler(io.BytesIO(data)).load()


def load(file: Any, *args: Any, **kwargs: Any) -> Any:
    """pickle.load for Whoosh: only what an index holds."""
    return _Unpickler(file).load()


# Stands in for the `pickle` module in the modules that call pickle.loads through it.
_PICKLE = types.SimpleNamespace(
    loads=loads,
    load=load,
    dumps=pickle.dumps,
    dump=pickle.dump,
    PicklingError=pickle.PicklingError,
    UnpicklingError=pickle.UnpicklingError,
    HIGHEST_PROTOCOL=pickle.HIGHEST_PROTOCOL,
)

_original = whoosh3.W3PerDocReader._cached_reader
# Whoosh's own ways of finding fuzzy words, kept to check that the replacements find the same.
WHOOSH_TERMS_WITHIN = {
    "segment": whoosh.reading.SegmentReader.terms_within,
    "scan": whoosh.reading.IndexReader.terms_within,
}


def _cached_reader(self, fieldname, column):
    if fieldname not in self._readers:
        self._readers[fieldname] = _original(self, fieldname, column)  # None: no such column
    return self._readers[fieldname]


def _words(reader, fieldname: str) -> list[str]:
    """Every word of a field of an open reader, in order; read once per reader."""
    cache = reader.__dict__.setdefault("_dossier_words", {})
    if fieldname not in cache:
        to_text = reader.schema[fieldname].from_bytes
        cache[fieldname] = [to_text(b) for b in reader.lexicon(fieldname)]
    return cache[fieldname]


def _starting(words: list[str], prefix: str) -> list[str]:
    if not prefix:
        return words
    lo = bisect_left(words, prefix)
    hi = bisect_left(words, prefix + "\U0010ffff", lo)
    return words[lo:hi]


def _segment_terms_within(self, fieldname, text, maxdist, prefix=0):
    """SegmentReader.terms_within: the words of the spelling field that begin with text's first
    `prefix` characters and are within maxdist Levenshtein edits of it after them."""
    spellfield = self.schema[fieldname].spelling_fieldname(fieldname)
    if spellfield not in self.schema:
        return []
    head = text[:prefix]
    words = _starting(_words(self, spellfield), head)
    tails = [w[len(head) :] for w in words] if head else words
    return _within(text[len(head) :], words, tails, Levenshtein.distance, maxdist)


def _scan_terms_within(self, fieldname, text, maxdist, prefix=0):
    """IndexReader.terms_within (an index of several segments): the words of the field that begin
    with text's first `prefix` characters and are within maxdist edits of it (transpositions
    counting one, as whoosh.support.levenshtein.distance counts them)."""
    if fieldname not in self.schema:
        return []
    words = _starting(_words(self, fieldname), text[:prefix])
    return _within(text, words, words, OSA.distance, maxdist)


def _within(text: str, words: list[str], compared: list[str], distance, maxdist: int) -> list[str]:
    """The words whose compared form is within maxdist of text, in the field's order (the order
    Whoosh gives them in, so that scores add up in the same order)."""
    found = process.extract(text, compared, scorer=distance, score_cutoff=maxdist, limit=None)
    return [words[i] for i in sorted(i for _, _, i in found)]


def _empty_column(self, fieldname, column=None, reverse=False, translate=True):
    """What SegmentReader gives for a column with no values, over no documents: the field must
    have a column (a mistyped name still fails), and the reader is Whoosh's own."""
    field = self.schema[fieldname]
    column = column or field.column_type
    if not column:
        raise Exception(f"No column for field {fieldname!r} in {self!r}")
    reader = whoosh.columns.EmptyColumnReader(column.default_value(reverse), 0)
    return whoosh.columns.TranslatingColumnReader(reader, field.from_column_value) if translate else reader


def apply() -> None:
    whoosh3.W3PerDocReader._cached_reader = _cached_reader
    whoosh.reading.EmptyReader.column_reader = _empty_column
    whoosh.reading.SegmentReader.terms_within = _segment_terms_within
    whoosh.reading.IndexReader.terms_within = _scan_terms_within
    restrict_pickles()


def restrict_pickles() -> None:
    """Every pickle Whoosh reads goes through the restricted unpickler."""
    for module in (whoosh3, whoosh.columns, whoosh.formats, whoosh.codec.plaintext, whoosh.compat):
        module.loads = loads
    for module in (whoosh.compat, whoosh.externalsort):  # externalsort: the writer's sorting runs
        module.load = load
    whoosh.filedb.structfile.load_pickle = load  # StructFile.read_pickle: the segments, hash tables
    for module in (whoosh.index, whoosh.filedb.fileindex, whoosh.compat, whoosh.multiproc):
        module.pickle = _PICKLE  # the schema of a table of contents: pickle.loads(...)
    whoosh.index.toc_loaders.clear()  # format -110, read with the unrestricted RenamingUnpickler,
    whoosh.util.loading.RenamingUnpickler.find_class = refuse  # which nothing else uses
    whoosh.util.loading.pickle = _PICKLE


def refuse(self: Any, module: str, name: str) -> NoReturn:
    raise safe_pickle.UnsafePickle(f"the pickle names {module}.{name}: this index format is not read")
