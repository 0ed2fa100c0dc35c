"""The feeds' line tables (ingest/feed.py), stored in the generation they were read for.

One file per feed, `lines-<digest of its name>.json`, so that an update reads the tables of the
changed feeds only, and the unchanged feeds' tables are hard-linked with the rest of the
generation (whoosh_store.update_generation). They are files of the generation like the
segments: in the manifest's sizes and checksums, and pruned with it. Whoosh deletes only files
named after its indexes (`articles_...`, `_articles_N.toc`), never these.

Columns, not a list of objects, so that 50,000 lines load in a few hundredths of a second: the
digests, content hashes and article digests as one hex string each, the ids as a list (null: the
line gave no article), and the rare values (a record's own id when it differs from the one it was
given, the notes) by line.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ..ingest.feed import DIGEST_BYTES, LineTable
from ..ingest.article import SIG_BYTES

_HASH_BYTES = 32  # a content hash: sha256, in hex in the Article


def table_name(rel: str) -> str:
    return "lines-" + hashlib.sha256(rel.encode("utf-8", "surrogatepass")).hexdigest()[:24] + ".json"


def read_table(folder: Path, rel: str) -> LineTable | None:
    """The table of this feed in a generation; None when there is none or it cannot be read
    (the feed is then parsed whole, as a cache miss)."""
    try:
        data = json.loads((folder / table_name(rel)).read_text(encoding="ascii"))
        if data["rel"] != rel:
            return None
        ids = data["ids"]
        digests, sigs = bytes.fromhex(data["digests"]), bytes.fromhex(data["sigs"])
        hashes = data["hashes"]
        n, h = len(ids), 2 * _HASH_BYTES
        if len(digests) != n * DIGEST_BYTES or len(sigs) != n * SIG_BYTES or len(hashes) != n * h:
            return None
        return LineTable(
            data["fingerprint"],
            [digests[i : i + DIGEST_BYTES] for i in range(0, n * DIGEST_BYTES, DIGEST_BYTES)],
            ids,
            [hashes[i : i + h] if ids[k] is not None else "" for k, i in enumerate(range(0, n * h, h))],
            [sigs[i : i + SIG_BYTES] for i in range(0, n * SIG_BYTES, SIG_BYTES)],
            {int(k): v for k, v in data["raw"].items()},
            {int(k): [tuple(x) for x in v] for k, v in data["notes"].items()},
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_tables(folder: Path, tables: dict[str, LineTable]) -> None:
    """Write these feeds' tables into a generation being built (replacing any hard link)."""
    for rel, t in tables.items():
        zero = "0" * (2 * _HASH_BYTES)
        doc = {
            "rel": rel,
            "fingerprint": t.fingerprint,
            "digests": b"".join(t.digests).hex(),
            "ids": t.ids,
            "hashes": "".join(h or zero for h in t.hashes),
            "sigs": b"".join(s or bytes(SIG_BYTES) for s in t.sigs).hex(),
            "raw": {str(k): v for k, v in t.raw.items()},
            "notes": {str(k): [list(x) for x in v] for k, v in t.notes.items()},
        }
        path = folder / table_name(rel)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(doc), encoding="ascii")
        os.replace(tmp, path)


def drop_tables(folder: Path, rels: set[str]) -> None:
    """Remove the tables of feeds that went (or are no longer read line by line) from a generation."""
    for rel in rels:
        (folder / table_name(rel)).unlink(missing_ok=True)
