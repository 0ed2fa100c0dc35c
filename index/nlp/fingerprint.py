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
from functools import lru_cache
from pathlib import Path

_INDEX = Path(__file__).resolve().parent.parent
# The entities modules the analysis imports are part of it (tests/test_analysis_fingerprint.py
# checks that none is left out).
SOURCES = (
    "nlp/*.py",
    "lexicon.py",
    "entities/names.py",
    "entities/knighted_names.py",
    "entities/demonym_titles.py",
    "entities/lower_case_bodies.py",
    "entities/document_makers.py",
)
# What turns the annotations into actors and speakers, and what reads the files into texts: a
# change here needs no new analysis, but the first build after it loads and resolves the whole
# corpus again (the cached annotations serve every text that came out the same) instead of saying
# "up to date" with the old actors, or with texts the new loader reads otherwise ("&#233;" now "é").
RESOLUTION_SOURCES = ("ingest/*.py", "entities/*.py", "lexicon.py")


def _digest(patterns: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(_INDEX.glob(pattern)):
            if path.name in ("cluster.py", "fingerprint.py"):
                continue  # where analysis runs, not what it finds
            digest.update(path.relative_to(_INDEX).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def analysis_fingerprint() -> str:
    return _digest(SOURCES)


@lru_cache(maxsize=1)
def resolution_fingerprint() -> str:
    """The fingerprint of the actor resolution's code (RESOLUTION_SOURCES)."""
    return _digest(RESOLUTION_SOURCES)
