"""Loading: a corpus folder into Article records, with every skipped input reported.

Formats: `.txt` (a first line that reads as a headline is the title), `.md` with YAML-style front
matter (title, source, date, url), `.jsonl` (one article a line: `text` required). Nothing here
raises for bad input: a file that cannot be read becomes a Problem and loading goes on.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .clean import junk_ranges, sanitize
from .records import Article, Problem

SUFFIXES = (".txt", ".md", ".markdown", ".jsonl")
_META_FIELDS = ("title", "source", "date", "url")


@dataclass
class SourceFile:
    """A file of the corpus as the build sees it: where it is and what it holds (by hash)."""

    path: Path
    rel: str
    digest: str


@dataclass
class Loaded:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)


def discover(root: Path) -> Iterator[Path]:
    """Corpus files under root, in a stable order. Symlinked folders are not followed (no loops)."""
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if name.lower().endswith(SUFFIXES):
                yield Path(folder) / name


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, note): UTF-8 when it is; else a detected encoding with a note; None when binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "decoded as UTF-16"
        except UnicodeDecodeError:
            return None, "not UTF-16 although it starts with its byte order mark"
    if b"\x00" in data[:8192]:
        return None, "binary file (NUL bytes), not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        bad = err
    from charset_normalizer import from_bytes  # only needed for the rare non-UTF-8 file

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        line = data[: bad.start].count(b"\n") + 1
        return None, f"not UTF-8 (bad byte at line {line}) and its encoding cannot be told"
    return str(best), f"not UTF-8: decoded as {best.encoding}"


def headline(text: str) -> str | None:
    """The first line if it reads as a headline: short, no final full stop, more text after it."""
    first, _, rest = text.lstrip("\n").partition("\n")
    first = first.strip()
    if not first or not rest.strip():
        return None
    if len(first) > 120 or len(first.split()) > 18 or first[-1] in ".,;:":
        return None
    return first


_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)


def front_matter(text: str) -> tuple[dict[str, str], str, int, str | None]:
    """(fields, body, body offset, problem) for a Markdown file with optional front matter."""
    if not text.startswith("---"):
        return {}, text, 0, None
    m = _FRONT.match(text)
    if not m:
        return {}, text, 0, "front matter opened with '---' but never closed: read as text"
    fields: dict[str, str] = {}
    for n, line in enumerate(m.group(1).split("\n"), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or " " in key.strip():
            return {}, text[m.end():], m.end(), f"malformed front matter at line {n}: {line.strip()[:60]!r}"
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields[key.strip().lower()] = value
    return fields, text[m.end():], m.end(), None


def _article(aid: str, rel: str, text: str, meta: dict, digest_of: str | None = None) -> Article:
    text = sanitize(text)
    title = meta.get("title")
    if not title and not rel.lower().endswith((".md", ".markdown")):
        title = headline(text)
    return Article(
        id=aid,
        path=rel,
        title=sanitize(str(title)).strip() if title else None,
        source=_meta_str(meta, "source"),
        date=_iso_date(meta.get("date")),
        url=_meta_str(meta, "url"),
        text=text,
        junk=junk_ranges(text),
        content_hash=file_digest(text.encode("utf-8")),
    )


def _meta_str(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    return sanitize(str(value)).strip() or None


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


def _iso_date(value) -> str | None:
    """An ISO 8601 date (or its year/month prefix), else None."""
    if value is None:
        return None
    m = _DATE.match(str(value).strip())
    return m.group(0) if m else None


def load_file(path: Path, rel: str, data: bytes) -> Loaded:
    """The articles of one file, and its problems."""
    out = Loaded()
    text, note = decode(data)
    if text is None:
        out.problems.append(Problem(rel, None, note or "unreadable"))
        return out
    if note:
        out.problems.append(Problem(rel, None, note, skipped=False))
    stem = rel.rsplit(".", 1)[0]
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        _load_jsonl(text, rel, stem, out)
        return out
    if not text.strip():
        out.problems.append(Problem(rel, None, "empty file"))
        return out
    if suffix in (".md", ".markdown"):
        meta, body, _, problem = front_matter(text)
        if problem:
            out.problems.append(Problem(rel, None, problem, skipped=False))
        if not body.strip():
            out.problems.append(Problem(rel, None, "no text after the front matter"))
            return out
        out.articles.append(_article(stem, rel, body, meta))
    else:
        out.articles.append(_article(stem, rel, text, {}))
    return out


def _load_jsonl(text: str, rel: str, stem: str, out: Loaded) -> None:
    seen: set[str] = set()
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            out.problems.append(Problem(rel, n, f"malformed JSON: {err.msg} (column {err.colno})"))
            continue
        if not isinstance(record, dict):
            out.problems.append(Problem(rel, n, "not a JSON object"))
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            out.problems.append(Problem(rel, n, "no 'text' field" if "text" not in record else "'text' is empty or not a string"))
            continue
        aid = record.get("id")
        aid = sanitize(str(aid)).strip() if aid not in (None, "") else ""
        if not aid or aid in seen:
            aid = f"{stem}:{n}"
        seen.add(aid)
        out.articles.append(_article(aid, rel, body, record))


def load_corpus(root: Path, files: list[SourceFile] | None = None) -> Loaded:
    """Every article under root; content duplicates are kept once and reported."""
    out = Loaded()
    hashes: dict[str, str] = {}
    for sf in files if files is not None else scan(root):
        try:
            data = sf.path.read_bytes()
        except OSError as err:
            out.problems.append(Problem(sf.rel, None, f"cannot read: {err.strerror or err}"))
            continue
        part = load_file(sf.path, sf.rel, data)
        out.problems.extend(part.problems)
        for art in part.articles:
            first = hashes.get(art.content_hash)
            if first is not None:
                out.duplicates.append(Problem(art.path, None, f"same text as {first}: indexed once ({art.id})"))
                continue
            hashes[art.content_hash] = art.id
            out.articles.append(art)
    return out


def scan(root: Path) -> list[SourceFile]:
    """The corpus files with their content digests (what incremental builds compare)."""
    files = []
    for path in discover(root):
        try:
            digest = file_digest(path.read_bytes())
        except OSError:
            digest = ""
        files.append(SourceFile(path, path.relative_to(root).as_posix(), digest))
    return files
