"""Where things are by default: the bundled corpus and each corpus' index folder."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from platformdirs import user_data_dir

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def default_corpus() -> Path:
    return Path(os.environ.get("DOSSIER_CORPUS") or SEEDS)


def default_index(corpus: Path) -> Path:
    """`$DOSSIER_INDEX`, else a folder for this corpus under the user's data directory."""
    if os.environ.get("DOSSIER_INDEX"):
        return Path(os.environ["DOSSIER_INDEX"]).expanduser()
    root = corpus.expanduser().resolve()
    tag = hashlib.sha1(str(root).encode()).hexdigest()[:10]
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", root.name) or "corpus"
    return Path(user_data_dir("dossier")) / "indexes" / f"{name}-{tag}"
