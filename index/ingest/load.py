"""Loading: a corpus folder into Article records, with every skipped input reported.

Formats: `.txt` (a first line that reads as a headline is the title), `.md` with YAML-style front
matter (title, source, date, url), `.jsonl` (one article a line: `text` required). Nothing here
raises for bad input: a file that cannot be read becomes a Problem and loading goes on.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections import Counter
from pathlib import Path

from . import feed
from .article import Loaded, date_note, headline, iso_date, make_article  # noqa: F401 (headline, iso_date: read here)
from .clean import readable, sanitize
from .feed import KnownRecord, LineTable
from .walk import SUFFIXES, SourceFile, file_digest, known_files, real_path, leaves_corpus, scan  # noqa: F401
from ..records import Article, Problem


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


_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def load_file(path: Path, rel: str, data: bytes, table: LineTable | None = None) -> Loaded:
    """The articles of one file, and its problems. A feed that is UTF-8 throughout is read line by
    line with `table` (its lines as an earlier build read them) and gives the table of this
    reading in `tables`, under rel."""
    given, rel = rel, sanitize(rel)  # a file name is untrusted text too: no escapes reach a terminal
    stem = rel.rsplit(".", 1)[0]
    suffix = path.suffix.lower()
    sample = data[:8192]
    if (
        suffix == ".jsonl"
        and not data.startswith(_BOMS)
        and not _utf16_without_bom(sample)
        and not _looks_binary(sample)
    ):
        read = feed.read_lines(data, rel, stem, table)
        if read is not None:
            read[0].tables[given] = read[1]
            return read[0]
    out = Loaded()
    text, note = decode(data)
    if text is None:
        out.problems.append(Problem(rel, None, note or "unreadable"))
        return out
    if note:
        out.problems.append(Problem(rel, None, note, skipped=False))
    if suffix == ".jsonl":
        feed.read_text(text, rel, stem, out)
        return out
    if not text.strip():
        out.problems.append(Problem(rel, None, "empty file"))
        return out
    text = readable(text)
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
    art = make_article(stem, rel, text, meta)
    note = date_note(rel, None, meta, art)
    if note:
        out.problems.append(note)
    out.articles.append(art)
    return out


def load_corpus(
    root: Path, files: list[SourceFile] | None = None, tables: dict[str, LineTable] | None = None
) -> Loaded:
    """Every article under root; content duplicates are kept once and reported, and an id that
    two files share (`a.txt` and `a.md`) is made unique with the file's extension. `tables`: the
    feeds' line tables of an earlier build, by file (feed.py): their known lines are not parsed
    again, and their articles are KnownRecords."""
    out = Loaded()
    hashes: dict[str, Article | KnownRecord] = {}
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
            part = load_file(sf.path, sf.rel, data, (tables or {}).get(sf.rel))
        except Exception as err:  # one file never fails the build: it is skipped and named
            reason = str(err).split(";")[0][:160]
            out.problems.append(Problem(sanitize(sf.rel), None, f"cannot be read ({type(err).__name__}: {reason})"))
            continue
        out.problems.extend(part.problems)
        out.tables.update(part.tables)
        out.parsed += part.parsed
        for art in part.articles:
            line = part.lines.get(art.id)
            first = hashes.get(art.content_hash)
            if first is not None:
                where = f"{first.path}:{out.lines[first.id]}" if first.id in out.lines else first.path
                out.duplicates.append(Problem(art.path, line, f"same text as {where} (id {first.id!r}): indexed once"))
                out.duplicate_hashes.add(art.content_hash)
                continue
            if art.id in ids:
                if isinstance(art, KnownRecord):
                    art = art.article()  # renamed: its digest changes with its id
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
