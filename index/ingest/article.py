"""One article from its text and metadata, as every format makes it, and what loading gives.

Shared by the loader of single files (load.py) and of JSON Lines feeds (feed.py), so that a
record read again from a feed's line is the article a full load makes of it; `article_sig` is the
digest of such an article that the index stores (what an update compares).
"""

from __future__ import annotations

import datetime
import email.utils
import hashlib
import json
import re
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

from .clean import junk_ranges, readable
from .walk import file_digest
from ..records import Article, Problem

if TYPE_CHECKING:
    from .feed import KnownRecord, LineTable

META_FIELDS = ("title", "source", "date", "url")


@dataclass
class Loaded:
    articles: list[Article | KnownRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # JSON Lines articles: id -> line number
    duplicate_hashes: set[str] = field(default_factory=set)  # content hashes of the copies skipped
    # A feed's unchanged lines, when read with the table of an earlier build (feed.py), are
    # KnownRecords in `articles`: their id, hash and digest, not parsed again.
    tables: dict[str, LineTable] = field(default_factory=dict)  # corpus file -> its lines' table
    parsed: int = 0  # lines of feeds parsed (the others were known by their digest)


_CLOSERS = "\"'”’»)]*"


def headline(text: str) -> str | None:
    """The first line if it reads as a headline: short, no final full stop, more text after it."""
    first, _, rest = text.lstrip("\n").partition("\n")
    first = first.strip()
    if not first or not rest.strip():
        return None
    # A final mark inside closing quotes or brackets still ends a sentence: “We will not yield.”
    last = first.rstrip(_CLOSERS) or first
    if len(first) > 120 or len(first.split()) > 18 or last[-1] in ".,;:":
        return None
    return first


def make_article(aid: str, rel: str, text: str, meta: dict) -> Article:
    title = meta.get("title")
    if (title is None or title == "") and not rel.lower().endswith((".md", ".markdown")):
        title = headline(text)
    title = " ".join(readable(str(title)).split()) if title is not None else ""
    return Article(
        id=aid,
        path=rel,
        title=title or None,
        source=meta_str(meta, "source"),
        date=iso_date(meta.get("date")),
        url=meta_str(meta, "url"),
        text=text,
        junk=junk_ranges(text),
        content_hash=file_digest(text.encode("utf-8")),
    )


def meta_str(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    return " ".join(readable(str(value)).split()) or None


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T ]|\b)")
_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%d/%m/%Y", "%Y/%m/%d")


def iso_date(value: object) -> str | None:
    """An ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) from a metadata field, else None.

    Accepts ISO dates and datetimes, RFC 2822 dates (feeds) and written dates ("7 December 2025",
    "Dec 7, 2025"); a month or day out of range is not a date.
    """
    if value is None or isinstance(value, bool):
        return None
    raw = " ".join(str(value).split())
    if not raw:
        return None
    m = _ISO.match(raw)
    if m:
        year, month, day = m.groups()
        try:
            if day:
                return datetime.date(int(year), int(month), int(day)).isoformat()
            if month:
                return f"{year}-{month}" if 1 <= int(month) <= 12 else None
            return year if len(raw) == 4 or not raw[4].isdigit() else None
        except ValueError:
            return None
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
        return parsed.date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):  # "+99999999999999" as a zone overflows
        pass
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", raw.split(" at ")[0].strip(" ,."))
    for fmt in _FORMATS:
        try:
            return datetime.datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def date_note(rel: str, line: int | None, meta: dict, art: Article) -> Problem | None:
    raw = meta.get("date")
    if raw not in (None, "") and art.date is None:
        return Problem(rel, line, f"date {str(raw)[:40]!r} is not a date: ignored", skipped=False)
    return None


SIG_BYTES = 16
# Every field of an Article but its text, which its content hash stands for.
_SIG_FIELDS = tuple(f.name for f in fields(Article) if f.name != "text")


def article_sig(art: Article) -> bytes:
    """The digest of everything an article's document is made from but its analysis (which the
    content hash stands for) and its place: two equal digests need no rewrite of the document."""
    data = json.dumps([getattr(art, name) for name in _SIG_FIELDS], ensure_ascii=False).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=SIG_BYTES).digest()
