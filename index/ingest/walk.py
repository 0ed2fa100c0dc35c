"""Walking: which files make up a corpus, with their digests, and what could not be walked.

Symlinks are followed only inside the corpus folder: a link that leads out of it (to /etc/passwd,
to another folder) is never read, not even hashed, and is reported by name, as is a folder that
cannot be read. Such entries are SourceFiles with a `problem`, so that builds and `index status`
see them the same way each time (their digest is empty).
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterator

from .clean import sanitize

SUFFIXES = (".txt", ".md", ".markdown", ".jsonl")


@dataclass
class SourceFile:
    """A file of the corpus as the build sees it: where it is and what it holds (by hash)."""

    path: Path
    rel: str
    digest: str
    stat: tuple[int, int] = (0, 0)  # size, mtime in ns: an unchanged stat means unchanged bytes
    problem: str | None = None  # why it is not read: a folder that cannot be read, a link that leaves


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def discover(root: Path, problems: list[tuple[Path, str]] | None = None) -> Iterator[Path]:
    """Corpus files under root, in a stable order. Symlinked folders are not followed (no loops).

    What cannot be walked is added to `problems` as (path, why): a folder that cannot be read,
    a symlinked folder that leads out of the corpus. Folders end with "/" in what is reported.
    """

    def unreadable(err: OSError) -> None:
        if problems is not None:
            problems.append((Path(err.filename or root), f"cannot read this folder: {err.strerror or err}"))

    top = real_path(root)
    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        if problems is not None:
            for d in dirs:
                leaves = leaves_corpus(Path(folder) / d, top)
                if leaves:
                    problems.append((Path(folder) / d, leaves))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if name.lower().endswith(SUFFIXES):
                yield Path(folder) / name


def leaves_corpus(path: Path, top: Path | None) -> str | None:
    """The note for a file or folder that is a symlink out of the corpus folder `top` (resolved), else None."""
    if top is not None and path.is_symlink() and _outside(path, top):
        return _leaves(path)
    return None


def _leaves(link: Path) -> str:
    """The note for a symlink that leads out of the corpus (it names where it points)."""
    try:
        target = sanitize(os.readlink(link))
    except OSError:
        target = "a path"
    return f"a link to {target}, outside the corpus folder: not followed"


def real_path(path: Path) -> Path | None:
    """Where path really is (every link followed), or None when it is missing or a link loop."""
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):  # missing, or a symlink loop
        return None


def _outside(path: Path, top: Path) -> bool:
    """Does a symlink (or a path under one) lead out of the corpus folder `top` (resolved)? A
    dangling link or a loop does not: reading it fails and says so."""
    real = real_path(path)
    return real is not None and not real.is_relative_to(top)


def scan(root: Path, known: dict[str, tuple[tuple[int, int], str]] | None = None) -> list[SourceFile]:
    """The corpus files with their content digests (what incremental builds compare).

    `known` maps a file to the stat and digest of the last build: a file whose size and
    modification time are unchanged keeps its digest without being read again.
    """
    known = known or {}
    files = []
    top = real_path(root)
    unwalked: list[tuple[Path, str]] = []
    for path in discover(root, unwalked):
        rel = _rel(path, root)
        leaves = leaves_corpus(path, top)
        if leaves:
            files.append(SourceFile(path, rel, "", (0, 0), leaves))  # never read, not even hashed
            continue
        try:
            st = os.stat(path)
            sig = (st.st_size, st.st_mtime_ns)
            if not stat.S_ISREG(st.st_mode):
                digest = ""
            elif rel in known and tuple(known[rel][0]) == sig and known[rel][1]:
                digest = known[rel][1]
            else:
                digest = file_digest(path.read_bytes())
        except OSError:
            sig, digest = (0, 0), ""
        files.append(SourceFile(path, rel, digest, sig))
    for path, why in unwalked:
        rel = _rel(path, root) + "/" if path != root else "./"
        files.append(SourceFile(path, rel, "", (0, 0), why))
    return files


def _rel(path: Path, root: Path) -> str:
    """A file's name relative to the corpus, as text: bytes of a name that are not UTF-8 are
    written as \\xNN (as `ls -b` does), so that the name can be stored and printed, and two such
    names stay two."""
    return os.fsencode(path.relative_to(root).as_posix()).decode("utf-8", "backslashreplace")


def known_files(files: dict[str, str], stats: dict[str, list[int]]) -> dict[str, tuple[tuple[int, int], str]]:
    """A manifest's files and stats in the shape `scan` takes."""
    return {rel: (tuple(stats[rel]), digest) for rel, digest in files.items() if rel in stats}


def corpus_key(rel: str, line: int | None = None) -> bytes:
    """Where an article stands in the corpus's order, as bytes that sort as `discover` walks:
    a folder's files (by name) before its subfolders, a JSON Lines file's records by line.

    What "article order" means (quotes are listed in it), stored with every article and quote so
    that an index updated in place answers in the order a full build writes (store/order.py)."""
    *folders, name = rel.split("/")
    parts = [b"\x02" + f.encode("utf-8", "surrogatepass") + b"\x00" for f in folders]
    parts.append(b"\x01" + name.encode("utf-8", "surrogatepass") + b"\x00")
    return b"".join(parts) + (line or 0).to_bytes(8, "big")
