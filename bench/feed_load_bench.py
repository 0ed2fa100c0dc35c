"""Loading a changed feed for an update: parsed whole, against read with its line table.

An in-place update loads each changed file (index/build.py `_update`). For a feed of N records
(bench/corpus.py: the BBC feed, then repeats with new ids) in one JSON Lines file, this times, in
CPU seconds of this process (what contention inflates least; best of `--passes`):

- the load of the whole feed, every line parsed (a full build's load; and an update's before the
  line tables), then the digest of every record (`article_sig`: what an update compares);
- the writing and reading of the feed's line table (store/line_tables.py);
- the load of the feed with one record appended, with the table of the unchanged feed: only the
  appended line is parsed, the others known by the digest of their bytes (ingest/feed.py).

No index and no spaCy: the update's other costs (process start, the model, the Whoosh writes)
are in bench/feed_update_bench.py.

    python bench/feed_load_bench.py [--records 50000] [--work DIR]

Run it with `nice -n 10` on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from _common import DEFAULT_WORK

import corpus as corpus_maker
from feed_update_bench import NEW_TEXT

from dossier.index.ingest.article import article_sig
from dossier.index.ingest.feed import KnownRecord
from dossier.index.ingest.load import load_corpus
from dossier.index.ingest.walk import scan
from dossier.index.store.line_tables import read_table, write_tables


def best(passes: int, fn):
    times, out = [], None
    for _ in range(passes):
        t0 = time.process_time()
        out = fn()
        times.append(time.process_time() - t0)
    return min(times), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=50000)
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK / "feeds")
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args()
    folder = args.work / f"load-{args.records}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "feed.jsonl"
    if not path.exists():
        corpus_maker.write_jsonl(args.records, path)
    original = path.read_bytes()
    print(f"feed of {args.records:,} records, {len(original) / 1e6:.0f} MB (CPU s, best of {args.passes})", flush=True)

    files = scan(folder)
    secs, whole = best(args.passes, lambda: load_corpus(folder, files))
    sig_secs, _ = best(args.passes, lambda: [article_sig(a) for a in whole.articles])
    print(f"  parsed whole: {secs:.2f} s ({whole.parsed:,} lines parsed); the records' digests: {sig_secs:.2f} s")
    tables = folder / "tables"
    tables.mkdir(exist_ok=True)
    w, _ = best(args.passes, lambda: write_tables(tables, whole.tables))
    r, table = best(args.passes, lambda: read_table(tables, "feed.jsonl"))
    print(f"  its line table: written {w:.2f} s, read {r:.2f} s")
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"id": "load-new-1", "title": "Carmaker", "text": NEW_TEXT}) + "\n")
        files = scan(folder)
        secs, part = best(args.passes, lambda: load_corpus(folder, files, {"feed.jsonl": table}))
        changed, _ = best(args.passes, lambda: scan(folder, {}))
        known = sum(isinstance(a, KnownRecord) for a in part.articles)
        print(f"  one record appended, read with the table: {secs:.2f} s ({part.parsed} parsed, {known:,} known)")
        print(f"  (the file's sha256, by which a build sees that it changed: {changed:.2f} s)")
    finally:
        path.write_bytes(original)


if __name__ == "__main__":
    main()
