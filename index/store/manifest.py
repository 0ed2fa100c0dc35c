"""The manifest: what the current index holds, and the atomic switch to a new generation.

`manifest.json` is the only file a build replaces in place, with `os.replace`, after the new
generation is complete. Readers read it first and open the generation it names. The switch also
records the checksum of every file of the generation (checksums.py), so that damage inside a
file is found by `index status` and by the next build.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from . import checksums

SCHEMA_VERSION = 3  # bump when what a generation stores changes: older readers then refuse clearly
MANIFEST = "manifest.json"


class ManifestError(Exception):
    pass


@dataclass
class Manifest:
    generation: str
    corpus: str
    model: str
    model_version: str
    files: dict[str, str] = field(default_factory=dict)  # relative path -> sha256 of its bytes
    articles: int = 0
    quotes: int = 0
    actors: int = 0
    skipped: list[str] = field(default_factory=list)
    store_files: dict[str, int] = field(default_factory=dict)  # generation file -> size written
    store_sums: dict[str, list] = field(default_factory=dict)  # generation file -> [mtime ns, sha256]
    stats: dict[str, list[int]] = field(default_factory=dict)  # corpus file -> [size, mtime ns]
    duplicate_texts: list[str] = field(default_factory=list)  # content hashes of texts skipped as copies
    updated: int = 0  # articles changed by incremental builds since the last full one
    corrections: str = ""  # sha256 of the corrections file the build applied ("" for none)
    analysis: str = ""  # the fingerprint of the analysis's code (nlp/fingerprint.py)
    resolution: str = ""  # the fingerprint of the actor resolution's code (nlp/fingerprint.py)
    corrections_file: str = ""  # that file, when it is not corrections.toml in the index folder
    correction_keys: list[str] = field(default_factory=list)  # what each applied correction does (Correction.key)
    built_at: str = ""
    seconds: float = 0.0
    schema: int = SCHEMA_VERSION


def read_manifest(index_dir: Path) -> Manifest:
    """The manifest of index_dir; ManifestError says what is wrong with it."""
    path = index_dir / MANIFEST
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ManifestError(f"no index at {index_dir}") from None
    except OSError as err:
        raise ManifestError(f"cannot read {path}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise ManifestError(f"{path} is damaged (not UTF-8 text)") from None
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except ValueError as err:
        raise ManifestError(f"{path} is damaged ({err})") from None
    schema = data.get("schema")
    if schema != SCHEMA_VERSION:
        newer = isinstance(schema, int) and schema > SCHEMA_VERSION
        raise ManifestError(
            f"{path} has index schema {schema!r}, this dossier reads schema {SCHEMA_VERSION}"
            + (" (the index was built by a newer dossier)" if newer else "")
        )
    try:
        manifest = Manifest(**{k: data[k] for k in Manifest.__dataclass_fields__ if k in data})
    except TypeError as err:
        raise ManifestError(f"{path} is damaged ({err})") from None
    wrong = _wrong_field(manifest)
    if wrong:
        raise ManifestError(f"{path} is damaged ({wrong})")
    return manifest


_TYPES = {
    "generation": str,
    "corpus": str,
    "model": str,
    "model_version": str,
    "files": dict,
    "articles": int,
    "quotes": int,
    "actors": int,
    "skipped": list,
    "built_at": str,
    "seconds": (int, float),
    "store_files": dict,
    "stats": dict,
    "duplicate_texts": list,
    "store_sums": dict,
    "updated": int,
    "corrections": str,
    "analysis": str,
    "resolution": str,
    "corrections_file": str,
    "correction_keys": list,
}


def _wrong_field(m: Manifest) -> str | None:
    for name, kind in _TYPES.items():
        if not isinstance(getattr(m, name), kind):
            return f"field {name!r} has the wrong type"
    if not m.generation.startswith("gen-") or "/" in m.generation or "\\" in m.generation:
        return f"generation {m.generation[:40]!r} is not a generation folder"
    if not all(isinstance(v, int) for v in m.store_files.values()):
        return "field 'store_files' has the wrong type"
    if not all(
        isinstance(v, list) and len(v) == 2 and isinstance(v[0], int) and isinstance(v[1], str)
        for v in m.store_sums.values()
    ):
        return "field 'store_sums' has the wrong type"
    return None


def switch(index_dir: Path, manifest: Manifest) -> None:
    """Point index_dir at manifest.generation, atomically and durably, with the checksum of each
    of its files (those hard-linked from the current generation keep theirs)."""
    manifest = replace(manifest, store_sums=_sums(index_dir, manifest.generation))
    tmp = index_dir / (MANIFEST + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(asdict(manifest), fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / MANIFEST)
    _fsync_dir(index_dir)


def _sums(index_dir: Path, generation: str) -> checksums.Sums:
    try:
        current = read_manifest(index_dir)
    except ManifestError:
        return checksums.record(index_dir / generation)
    return checksums.record(index_dir / generation, current.store_sums, index_dir / current.generation)


def prune_generations(index_dir: Path, keep: set[str]) -> None:
    """Remove generation folders not in keep (the current one and the one before it)."""
    for child in index_dir.glob("gen-*"):
        if child.name not in keep and child.is_dir():
            shutil.rmtree(child, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
