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

from ..ingest.feed import DIGEST_BYTES, LineEntry, LineTable
from ..ingest.article import SIG_BYTES

_HASH_BYTES = 32  # a content hash: sha256, in hex in the Article


def table_name(rel: str) -> str:
    return "lines-" + hashlib.sha256(rel.encode("utf-8", "surrogatepass")).hexdigest()[:24] + ".json"


def read_table(folder: Path, rel: str) -> LineTable | None:
    """The table of this feed in a generation; None when there is none or it cannot be read
    (the feed is then parsed whole, as a cache miss)."""
    try:
        data = json.loads((folder / table_name(rel)).read_text(encoding="utf-8"))
        if data["rel"] != rel:
            return None
        digests, hashes, sigs = (bytes.fromhex(data[k]) for k in ("digests", "hashes", "sigs"))
        ids, raw, notes = data["ids"], data["raw"], data["notes"]
        table = LineTable(data["fingerprint"])
        for i, aid in enumerate(ids):
            entry = LineEntry(
                raw.get(str(i), aid),
                [tuple(n) for n in notes.get(str(i), [])],
                hashes[i * _HASH_BYTES : (i + 1) * _HASH_BYTES].hex() if aid is not None else "",
                aid or "",
                sigs[i * SIG_BYTES : (i + 1) * SIG_BYTES] if aid is not None else b"",
            )
            table.entries[digests[i * DIGEST_BYTES : (i + 1) * DIGEST_BYTES]] = entry
        return table
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_tables(folder: Path, tables: dict[str, LineTable]) -> None:
    """Write these feeds' tables into a generation being built (replacing any hard link)."""
    for rel, table in tables.items():
        ids, raw, notes = [], {}, {}
        digests, hashes, sigs = [], [], []
        for i, (digest, e) in enumerate(table.entries.items()):
            digests.append(digest)
            article = e.raw_id is not None
            ids.append(e.id if article else None)
            hashes.append(bytes.fromhex(e.content_hash) if article else bytes(_HASH_BYTES))
            sigs.append(e.sig if article else bytes(SIG_BYTES))
            if article and e.raw_id != e.id:
                raw[str(i)] = e.raw_id
            if e.notes:
                notes[str(i)] = [list(n) for n in e.notes]
        doc = {
            "rel": rel,
            "fingerprint": table.fingerprint,
            "digests": b"".join(digests).hex(),
            "ids": ids,
            "hashes": b"".join(hashes).hex(),
            "sigs": b"".join(sigs).hex(),
            "raw": raw,
            "notes": notes,
        }
        path = folder / table_name(rel)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(doc), encoding="ascii")
        os.replace(tmp, path)


def drop_tables(folder: Path, rels: set[str]) -> None:
    """Remove the tables of feeds that went (or are no longer read line by line) from a generation."""
    for rel in rels:
        (folder / table_name(rel)).unlink(missing_ok=True)
