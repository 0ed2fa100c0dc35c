"""JSON Lines feeds: one article a line, and a table of what each line gave, by its bytes' digest.

Scrapers append to feeds, and a feed of 50,000 records changes by a line or two at a time. Parsing
a line (JSON, sanitising, junk ranges, the content hash, the record's digest) is most of what
loading a feed costs, so a build keeps, per feed, what each line gave (`LineTable`: by the digest
of the line's bytes, the record's own id, its notes, its content hash, and the id and digest of
the article it gave at its place). The next build of a changed feed hashes each line, and a line
whose digest the table holds is not parsed again: its article is a `KnownRecord` (its id, hash and
digest; parsed again only if the article itself is needed). Only what a line's place decides is
worked out again for every line, as a full load does: its line number in the notes, and its id
when it has none or shares it (`_place`).

A table is only a cache: what a line gives is a function of its bytes, its file's name and its
place, so a table from an older build (or from another generation) gives the same answer, and a
table made by other loading code is refused (`fingerprint`: the source of the loading code).
Only files that are UTF-8 throughout get one (then a line's bytes are its text); others are
decoded whole and parsed line by line, as before.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .article import Loaded, article_sig, date_note, make_article
from .clean import has_surrogates, readable, sanitize
from ..records import Article, Problem

_RECORD_STRINGS = ("id", "text", "title", "source", "date", "url")
DIGEST_BYTES = 16
_INDEX = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A digest of the code that turns a line into an article: a table made by other code is not used."""
    digest = hashlib.sha256()
    for path in [*sorted((_INDEX / "ingest").glob("*.py")), _INDEX / "records.py"]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


Note = tuple[str, bool, bool]  # (message, skipped, after the note on its id)


@dataclass
class LineEntry:
    """What one line gave, wherever it stands: no article (raw_id None; its notes say why) or an
    article with the record's own id ("" for none); its content hash."""

    raw_id: str | None
    notes: list[Note] = field(default_factory=list)
    content_hash: str = ""


@dataclass
class LineTable:
    """One feed's non-blank lines, in order, as the build that made it read them: by line, the
    digest of its bytes, the id its article was given there (None: no article), that article's
    content hash and digest (article_sig); the record's own id where it differs from that one, and
    the notes of the lines that have some. Columns: 50,000 lines are read in a few hundredths of a
    second, and a known line costs a few lookups."""

    fingerprint: str
    digests: list[bytes] = field(default_factory=list)
    ids: list[str | None] = field(default_factory=list)
    hashes: list[str] = field(default_factory=list)
    sigs: list[bytes] = field(default_factory=list)
    raw: dict[int, str | None] = field(default_factory=dict)
    notes: dict[int, list[Note]] = field(default_factory=dict)

    def positions(self) -> dict[bytes, int]:
        """Each digest's line in the table (the last, for lines that repeat)."""
        return {d: i for i, d in enumerate(self.digests)}

    def add(self, digest: bytes, entry: LineEntry, aid: str | None, sig: bytes) -> None:
        i = len(self.digests)
        self.digests.append(digest)
        self.ids.append(aid)
        self.hashes.append(entry.content_hash)
        self.sigs.append(sig)
        if entry.raw_id != aid:
            self.raw[i] = entry.raw_id
        if entry.notes:
            self.notes[i] = entry.notes

    def entry(self, i: int) -> LineEntry:
        return LineEntry(self.raw.get(i, self.ids[i]), self.notes.get(i, []), self.hashes[i])


@dataclass(slots=True)
class KnownRecord:
    """The article of a line the table knew: its id, path, content hash and digest, without
    parsing the line again; `article()` parses it when the article itself is needed."""

    id: str
    path: str
    content_hash: str
    sig: bytes
    raw: bytes

    def article(self) -> Article:
        _entry, art = parse_line(self.raw.decode("utf-8"), self.path)
        art.id = self.id
        return art


def parse_line(line: str, rel: str) -> tuple[LineEntry, Article | None]:
    """What one non-blank line gives, whatever its place (its id is set by _place)."""
    entry = LineEntry(None)
    try:
        art = _parse(line, rel, entry)
    except Exception as err:  # one record never fails the build: it is skipped and named
        reason = str(err).split(";")[0][:160]
        entry.notes.append((f"cannot be read ({type(err).__name__}: {reason})", True, False))
        entry.raw_id, art = None, None
    if art is not None:
        entry.content_hash = art.content_hash
    return entry, art


def _parse(line: str, rel: str, entry: LineEntry) -> Article | None:
    notes = entry.notes
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        notes.append((f"malformed JSON: {err.msg} (column {err.colno})", True, False))
        return None
    except RecursionError:
        notes.append(("malformed JSON: nested too deeply", True, False))
        return None
    if not isinstance(record, dict):
        notes.append((f"not a JSON object (a {type(record).__name__})", True, False))
        return None
    body = record.get("text")
    if "text" not in record:
        notes.append(("no 'text' field", True, False))
        return None
    if not isinstance(body, str):
        notes.append((f"'text' is not a string (a {type(body).__name__})", True, False))
        return None
    # A lone surrogate comes only from a \\uD800-\\uDFFF escape: the decoded file holds none.
    escaped = "\\ud" in line or "\\uD" in line
    cut = [k for k in _RECORD_STRINGS if escaped and isinstance(record.get(k), str) and has_surrogates(record[k])]
    if cut:
        notes.append(
            (
                f"{', '.join(repr(k) for k in cut)}: invalid characters (lone "
                "surrogates, as from a cut emoji) replaced with U+FFFD",
                False,
                False,
            )
        )
    body = readable(body)
    if not body.strip():
        notes.append(("'text' is empty", True, False))
        return None
    aid = record.get("id")
    aid = " ".join(sanitize(str(aid)).split()) if aid not in (None, "") and not isinstance(aid, (dict, list)) else ""
    art = make_article(aid, rel, body, record)
    note = date_note(rel, None, record, art)
    if note:
        notes.append((note.message, note.skipped, True))
    entry.raw_id = aid
    return art


def _place(entry: LineEntry, n: int, rel: str, stem: str, seen: set[str], out: Loaded) -> str | None:
    """The line's notes at line n, and the id its article gets there (None: no article)."""
    aid = entry.raw_id
    if aid and not entry.notes and aid not in seen:  # most lines
        seen.add(aid)
        out.lines[aid] = n
        return aid
    out.problems.extend(Problem(rel, n, msg, skipped) for msg, skipped, after in entry.notes if not after)
    if aid is None:
        return None
    if not aid or aid in seen:
        if aid:
            out.problems.append(
                Problem(rel, n, f"id {aid!r} already used in this file: indexed as '{stem}:{n}'", skipped=False)
            )
        aid = f"{stem}:{n}"
    seen.add(aid)
    out.problems.extend(Problem(rel, n, msg, skipped) for msg, skipped, after in entry.notes if after)
    out.lines[aid] = n
    return aid


def read_text(text: str, rel: str, stem: str, out: Loaded) -> None:
    """A feed decoded whole (not UTF-8 throughout): every line parsed, no table."""
    seen: set[str] = set()
    count = 0
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        count += 1
        entry, art = parse_line(line, rel)
        out.parsed += 1
        aid = _place(entry, n, rel, stem, seen, out)
        if art is not None and aid is not None:
            art.id = aid
            out.articles.append(art)
    if not count:
        out.problems.append(Problem(rel, None, "empty file"))


def read_lines(data: bytes, rel: str, stem: str, previous: LineTable | None) -> tuple[Loaded, LineTable] | None:
    """A UTF-8 feed line by line, the lines the previous table knows by their digest only; with
    the table of this reading. None when a line is not UTF-8 (the file is then decoded whole)."""
    usable = previous is not None and previous.fingerprint == fingerprint()
    known = previous.positions() if usable else {}
    out = Loaded()
    table = LineTable(fingerprint())
    seen: set[str] = set()
    count = 0
    sha256 = hashlib.sha256
    for n, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():  # ASCII whitespace only: blank as text too
            continue
        digest = sha256(raw).digest()[:DIGEST_BYTES]  # sha256 has the CPU's SHA instructions: 2x blake2b
        i = known.get(digest)
        art = None
        if i is None:
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                return None
            if not line.strip():
                continue
            entry, art = parse_line(line, rel)
            out.parsed += 1
        else:
            aid = previous.ids[i]
            if aid and aid not in seen and i not in previous.raw and i not in previous.notes:
                # Most lines: known, with their own id and no notes (_place and table.add, inlined).
                count += 1
                seen.add(aid)
                out.lines[aid] = n
                sig, content_hash = previous.sigs[i], previous.hashes[i]
                out.articles.append(KnownRecord(aid, rel, content_hash, sig, raw))
                table.digests.append(digest)
                table.ids.append(aid)
                table.hashes.append(content_hash)
                table.sigs.append(sig)
                continue
            entry = previous.entry(i)
        count += 1
        aid = _place(entry, n, rel, stem, seen, out)
        sig = b""
        if aid is not None:
            if art is None and aid != previous.ids[i]:  # a known line whose id depends on its place
                _, art = parse_line(raw.decode("utf-8"), rel)
                out.parsed += 1
            if art is None:
                sig = previous.sigs[i]
                out.articles.append(KnownRecord(aid, rel, entry.content_hash, sig, raw))
            else:
                art.id = aid
                sig = article_sig(art)
                out.articles.append(art)
        table.add(digest, entry, aid, sig)
    if not count:
        out.problems.append(Problem(rel, None, "empty file"))
    return out, table
