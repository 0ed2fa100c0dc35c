"""Loading: a corpus folder into Article records, with every skipped input reported.

Formats: `.txt` (a first line that reads as a headline is the title), `.md` with YAML-style front
matter (title, source, date, url), `.jsonl` (one article a line: `text` required). Nothing here
raises for bad input: a file that cannot be read becomes a Problem and loading goes on.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import os
import re
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .clean import has_surrogates, junk_ranges, sanitize
from .walk import SUFFIXES, SourceFile, file_digest, known_files, real_path, leaves_corpus, scan  # noqa: F401
from ..records import Article, Problem

_META_FIELDS = ("title", "source", "date", "url")


@dataclass
class Loaded:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # JSON Lines articles: id -> line number
    duplicate_hashes: set[str] = field(default_factory=set)  # content hashes of the copies skipped


_BINARY_CONTROLS = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))
# Characters of Western European text that Windows-1252 / Latin-1 bytes decode to.
_WESTERN = set(chr(c) for c in range(0xC0, 0x100)) - {"\u00d7", "\u00f7"}
_WESTERN_PUNCT = set("\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿×÷€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")


def _looks_binary(sample: bytes) -> bool:
    """Many control bytes (NUL above all) where text has almost none."""
    if not sample:
        return False
    controls = sum(sample.count(b) for b in _BINARY_CONTROLS)
    return sample.count(0) * 50 > len(sample) or controls * 10 > len(sample)


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the NULs fall on every other byte (ASCII-range UTF-16)."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _western(text: str) -> bool:
    """Does this read as Western European text (as Windows-1252 or Latin-1 bytes decode)?"""
    letters = 0
    foreign = 0
    for ch, count in Counter(text).items():
        if ch.isalpha():
            letters += count
            if ord(ch) > 0x7F:
                if ch not in _WESTERN and ch not in "ŠšŒœŽžŸƒ":
                    return False
                foreign += count
        elif ord(ch) > 0x7F and ch not in _WESTERN_PUNCT:
            return False
    # Accented letters are a small share of the letters of French, German, Spanish...; text in
    # another script misread as Latin-1 is made of little else.
    return letters > 0 and foreign <= 0.3 * letters


_ESCAPED = re.compile("[\udc80-\udcff]")


def _utf8_with_cp1252(data: bytes) -> tuple[str, int] | None:
    """A mostly UTF-8 file with a few Windows-1252 bytes: (text, number of such bytes)."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = _ESCAPED.findall(text)
    if not bad:
        return None
    valid = sum(1 for ch in text if ord(ch) > 0x7F and not _ESCAPED.match(ch))
    if valid < len(bad):
        return None  # mostly not UTF-8 (a few byte pairs of KOI8-R or GB18030 can look valid)
    try:
        fixed = {ch: bytes([ord(ch) - 0xDC00]).decode("cp1252") for ch in set(bad)}
    except UnicodeDecodeError:
        return None
    if not all(ch in _WESTERN or ch in _WESTERN_PUNCT or ch in "ŠšŒœŽžŸƒ" for ch in fixed.values()):
        return None
    return _ESCAPED.sub(lambda m: fixed[m.group(0)], text), len(bad)


def _plausible(text: str) -> bool:
    """Does a guessed decoding read as text? Every script's prose has spaces or punctuation
    (CJK: 。，、) every few dozen characters, and no unassigned or private-use characters; random
    bytes that a multi-byte Asian encoding happens to accept have neither."""
    if not text.strip():
        return False
    separators = 0
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Cn", "Co", "Cs") or (cat == "Cc" and ch not in "\n\r\t"):
            return False
        if ch.isspace() or cat[0] in "PZ":
            separators += 1
    return separators >= 0.015 * len(text)


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, note): UTF-8 when it is; else a detected encoding with a note; None when binary or
    when the encoding cannot be told (the note says which)."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec), None if codec == "utf-8-sig" else "decoded as UTF-16"
            except UnicodeDecodeError:
                return None, f"starts with a {codec.upper()} byte order mark but is not {codec.upper()}"
    sample = data[:8192]
    codec = _utf16_without_bom(sample)
    if codec:
        try:
            return data.decode(codec), f"decoded as {codec.upper()} (no byte order mark)"
        except UnicodeDecodeError:
            return None, "binary file (NUL bytes), not text"
    if _looks_binary(sample):
        return None, "binary file (control bytes), not text"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        bad = err
    line = data[: bad.start].count(b"\n") + 1
    if 0 in sample:
        return None, "binary file (NUL bytes and no text encoding), not text"
    mixed = _utf8_with_cp1252(data)
    if mixed is not None:
        return mixed[0], (f"not UTF-8 throughout: {mixed[1]} byte(s) from line {line} on decoded as cp1252")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _western(text):
        name = "cp1252" if any(0x80 <= b <= 0x9F for b in data) else "latin-1"
        return text, f"not UTF-8 (line {line}): decoded as {name} (Western European)"
    from charset_normalizer import from_bytes  # only needed for the rare non-UTF-8 file

    best = from_bytes(data).best()
    if best is None or best.encoding is None or best.chaos > 0.2 or not _plausible(str(best)):
        return None, f"not UTF-8 (bad byte at line {line}) and its encoding cannot be told"
    return str(best), f"not UTF-8 (line {line}): decoded as {best.encoding}"


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


_FRONT = re.compile(r"\A---[ \t]*\n(?:(.*?)\n)??(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY = re.compile(r"[A-Za-z_][\w-]*\Z")


def front_matter(text: str) -> tuple[dict[str, str], str, int, str | None]:
    """(fields, body, body offset, problem) for a Markdown file with optional front matter.

    YAML-style: `key: value` lines; indented lines and list items (`- a`) belong to the key above
    and are ignored (only scalar fields are read). A line that is neither is reported and
    skipped; the fields that could be read are kept.
    """
    if not re.match(r"---[ \t]*(\n|\Z)", text):
        return {}, text, 0, None
    m = _FRONT.match(text)
    if not m:
        return {}, text, 0, "front matter opened with '---' but never closed: read as text"
    fields: dict[str, str] = {}
    bad: list[str] = []
    for n, line in enumerate((m.group(1) or "").split("\n"), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t" or line.startswith("- "):
            continue  # a value continued, or a list item of the key above
        key, sep, value = line.partition(":")
        if not sep or not _KEY.match(key.strip()):
            bad.append(f"line {n}: {line.strip()[:60]!r}")
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        elif " #" in value:
            value = value.split(" #", 1)[0].rstrip()  # a YAML comment
        fields[key.strip().lower()] = value
    problem = None
    if bad:
        problem = (
            "malformed front matter ("
            + "; ".join(bad[:3])
            + ("; ..." if len(bad) > 3 else "")
            + "): those lines ignored"
        )
    return fields, text[m.end() :], m.end(), problem


def _article(aid: str, rel: str, text: str, meta: dict) -> Article:
    title = meta.get("title")
    if (title is None or title == "") and not rel.lower().endswith((".md", ".markdown")):
        title = headline(text)
    title = " ".join(sanitize(str(title)).split()) if title is not None else ""
    return Article(
        id=aid,
        path=rel,
        title=title or None,
        source=_meta_str(meta, "source"),
        date=iso_date(meta.get("date")),
        url=_meta_str(meta, "url"),
        text=text,
        junk=junk_ranges(text),
        content_hash=file_digest(text.encode("utf-8")),
    )


def _meta_str(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    return " ".join(sanitize(str(value)).split()) or None


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


def _date_note(rel: str, line: int | None, meta: dict, art: Article) -> Problem | None:
    raw = meta.get("date")
    if raw not in (None, "") and art.date is None:
        return Problem(rel, line, f"date {str(raw)[:40]!r} is not a date: ignored", skipped=False)
    return None


def load_file(path: Path, rel: str, data: bytes) -> Loaded:
    """The articles of one file, and its problems."""
    rel = sanitize(rel)  # a file name is untrusted text too: no escapes reach a terminal
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
    text = sanitize(text)
    meta: dict = {}
    if suffix in (".md", ".markdown"):
        meta, text, _, problem = front_matter(text)
        if problem:
            out.problems.append(Problem(rel, None, problem, skipped=False))
        if not text.strip():
            out.problems.append(Problem(rel, None, "no text after the front matter"))
            return out
    elif not text.strip():
        out.problems.append(Problem(rel, None, "no text (only control characters or escape sequences)"))
        return out
    art = _article(stem, rel, text, meta)
    date_note = _date_note(rel, None, meta, art)
    if date_note:
        out.problems.append(date_note)
    out.articles.append(art)
    return out


_RECORD_STRINGS = ("id", "text", *_META_FIELDS)


def _load_jsonl(text: str, rel: str, stem: str, out: Loaded) -> None:
    seen: set[str] = set()
    lines = 0
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        lines += 1
        try:
            _jsonl_record(line, n, rel, stem, seen, out)
        except Exception as err:  # one record never fails the build: it is skipped and named
            reason = str(err).split(";")[0][:160]
            out.problems.append(Problem(rel, n, f"cannot be read ({type(err).__name__}: {reason})"))
    if not lines:
        out.problems.append(Problem(rel, None, "empty file"))


def _jsonl_record(line: str, n: int, rel: str, stem: str, seen: set[str], out: Loaded) -> None:
    """One line of a JSON Lines file: an article added to `out`, or a problem."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        out.problems.append(Problem(rel, n, f"malformed JSON: {err.msg} (column {err.colno})"))
        return
    except RecursionError:
        out.problems.append(Problem(rel, n, "malformed JSON: nested too deeply"))
        return
    if not isinstance(record, dict):
        out.problems.append(Problem(rel, n, f"not a JSON object (a {type(record).__name__})"))
        return
    body = record.get("text")
    if "text" not in record:
        out.problems.append(Problem(rel, n, "no 'text' field"))
        return
    if not isinstance(body, str):
        out.problems.append(Problem(rel, n, f"'text' is not a string (a {type(body).__name__})"))
        return
    # A lone surrogate comes only from a \\uD800-\\uDFFF escape: the decoded file holds none.
    escaped = "\\ud" in line or "\\uD" in line
    cut = [k for k in _RECORD_STRINGS if escaped and isinstance(record.get(k), str) and has_surrogates(record[k])]
    if cut:
        out.problems.append(
            Problem(
                rel,
                n,
                f"{', '.join(repr(k) for k in cut)}: invalid characters (lone "
                "surrogates, as from a cut emoji) replaced with U+FFFD",
                skipped=False,
            )
        )
    body = sanitize(body)
    if not body.strip():
        out.problems.append(Problem(rel, n, "'text' is empty"))
        return
    aid = record.get("id")
    aid = " ".join(sanitize(str(aid)).split()) if aid not in (None, "") and not isinstance(aid, (dict, list)) else ""
    if not aid or aid in seen:
        if aid:
            out.problems.append(
                Problem(rel, n, f"id {aid!r} already used in this file: indexed as '{stem}:{n}'", skipped=False)
            )
        aid = f"{stem}:{n}"
    seen.add(aid)
    art = _article(aid, rel, body, record)
    out.lines[aid] = n
    date_note = _date_note(rel, n, record, art)
    if date_note:
        out.problems.append(date_note)
    out.articles.append(art)


def load_corpus(root: Path, files: list[SourceFile] | None = None) -> Loaded:
    """Every article under root; content duplicates are kept once and reported, and an id that
    two files share (`a.txt` and `a.md`) is made unique with the file's extension."""
    out = Loaded()
    hashes: dict[str, Article] = {}
    ids: dict[str, str] = {}
    top = real_path(root)
    for sf in files if files is not None else scan(root):
        problem = sf.problem or leaves_corpus(sf.path, top)  # checked again: a link may change after the scan
        if problem is not None:
            out.problems.append(Problem(sanitize(sf.rel), None, problem))
            continue
        try:
            if not stat.S_ISREG(os.stat(sf.path).st_mode):
                out.problems.append(Problem(sanitize(sf.rel), None, "not a regular file (a pipe, socket or device)"))
                continue
            data = sf.path.read_bytes()
        except OSError as err:
            out.problems.append(Problem(sanitize(sf.rel), None, f"cannot read: {err.strerror or err}"))
            continue
        try:
            part = load_file(sf.path, sf.rel, data)
        except Exception as err:  # one file never fails the build: it is skipped and named
            reason = str(err).split(";")[0][:160]
            out.problems.append(Problem(sanitize(sf.rel), None, f"cannot be read ({type(err).__name__}: {reason})"))
            continue
        out.problems.extend(part.problems)
        for art in part.articles:
            line = part.lines.get(art.id)
            first = hashes.get(art.content_hash)
            if first is not None:
                where = f"{first.path}:{out.lines[first.id]}" if first.id in out.lines else first.path
                out.duplicates.append(Problem(art.path, line, f"same text as {where} (id {first.id!r}): indexed once"))
                out.duplicate_hashes.add(art.content_hash)
                continue
            if art.id in ids:
                new_id = art.path if line is None else f"{art.path.rsplit('.', 1)[0]}:{line}"
                n = 2
                while new_id in ids:
                    new_id, n = f"{art.path}#{n}", n + 1
                out.problems.append(
                    Problem(
                        art.path,
                        line,
                        f"id {art.id!r} is already used by {ids[art.id]}: indexed as {new_id!r}",
                        skipped=False,
                    )
                )
                art.id = new_id
            ids[art.id] = art.path
            if line is not None:
                out.lines[art.id] = line
            hashes[art.content_hash] = art
            out.articles.append(art)
    return out
