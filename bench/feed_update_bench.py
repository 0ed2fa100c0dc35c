"""Feed updates: one record edited in, appended to and deleted from a JSON Lines feed.

Scrapers append to feeds; an update must cost the records that changed, not the file. For a feed
of N records (the BBC feed, then repeats of it with new ids, bench/corpus.py), this script:

1. writes the feed as one .jsonl file and builds its index once (the annotations are copied, or
   seeded for repeats as bench/bigindex.py does, from an index of the BBC feed: no spaCy for the
   known texts);
2. times a fresh `dossier index build` process (imports and model load included) after: no
   change; one record edited in the middle of the feed (a sentence added: one analysis); one
   record appended (a new text: one analysis); one record deleted from the middle;
3. builds the same feed into a new index (a full build) and compares what users read, byte for byte:
   `actors --json`, `quotes --json`, `search '*' --json`.

    python bench/feed_update_bench.py [--records 2225] [--dossier BIN] [--work DIR]
    python bench/feed_update_bench.py --existing FEED_DIR INDEX_DIR   # e.g. scale_bench's 50,000

`--existing` times the same steps on a feed and its index that are already built (bench/
scale_bench.py's `scale-50000` and `scale-50000-index`: a full build of 50,000 records takes most
of an hour on this machine), without the full builds: first one build that brings the index up to
date with the feed (and writes its line table: ingest/feed.py), then the steps; the feed is
restored at the end and the index brought back to it.

`--dossier` runs another install's command (e.g. /work/main/.venv/bin/dossier: the figures before
the per-record update). Run it with `nice -n 10` on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from _common import DEFAULT_WORK, dossier_bin, run_measured

import bigindex
import corpus as corpus_maker

EDIT = " A spokesman later told reporters that the figures would be revised in the spring."
NEW_TEXT = (
    "Shares in the carmaker rose sharply on Thursday after it said profits would double.\n\n"
    '"We have turned the corner," chief executive Anna Lindqvist told analysts in Stockholm. '
    "The firm, which employs 12,000 people, said demand in China had recovered.\n\n"
    "Analysts at Barclays said the figures were better than expected."
)


def build(binary: str, feed: Path, index: Path, *extra: str) -> tuple[float, dict]:
    """Wall seconds of one `dossier index build` process, and its final report with the CPU
    seconds of the process and its children added (`cpu`: what contention does not inflate)."""
    final: dict = {}

    def on_line(_t: float, line: str) -> None:
        try:
            doc = json.loads(line)
        except ValueError:
            return
        if isinstance(doc, dict) and doc.get("finished"):
            final.update(doc)

    cmd = [binary, "index", "build", "--corpus", str(feed), "--index", str(index), "--progress-jsonl", *extra]
    m = run_measured(cmd, stdout=subprocess.DEVNULL, on_stderr=on_line)
    if m.returncode != 0:
        sys.exit(f"build of {feed} failed ({m.returncode})")
    final["cpu"] = m.cpu_seconds
    return m.seconds, final


def answers(binary: str, index: Path) -> dict[str, bytes]:
    out = {}
    for name, cmd in {
        "actors": ["actors"],
        "quotes": ["quotes"],
        "search *": ["search", "*", "--limit", "100000"],
    }.items():
        out[name] = subprocess.run(
            [binary, *cmd, "--json", "--index", str(index)], capture_output=True, check=True
        ).stdout
    return out


def compare(binary: str, index: Path, reference: Path) -> str:
    got, want = answers(binary, index), answers(binary, reference)
    parts = []
    for name in want:
        if got[name] == want[name]:
            parts.append(f"{name}: identical")
            continue
        note = "differ"
        if name == "actors":
            mine, full = json.loads(got[name]), json.loads(want[name])
            strip = [[{**a, "aliases": None} for a in x] for x in (mine, full)]
            if strip[0] == strip[1]:
                changed = sum(set(a["aliases"]) != set(b["aliases"]) for a, b in zip(mine, full))
                note = f"differ only in aliases ({changed} actor(s) with another set, the rest in another order)"
        if name == "quotes":
            mine, full = json.loads(got[name]), json.loads(want[name])
            if [{**q, "group": None} for q in mine] == [{**q, "group": None} for q in full]:
                renamed = sum(a["group"] != b["group"] for a, b in zip(mine, full))
                same = _groups(mine) == _groups(full)
                note = f"differ only in the ids of groups ({renamed} quotes; the same groups: {same})"
        parts.append(f"{name}: {note}")
    return "; ".join(parts)


def _groups(quotes: list[dict]) -> list[list[str]]:
    """The partition of quotes into groups, whatever the groups are called."""
    parts: dict[str, list[str]] = {}
    for q in quotes:
        parts.setdefault(q["group"], []).append(q["id"])
    return sorted(parts.values())


def base_index(work: Path, binary: str) -> Path:
    """An index of the BBC feed itself, with its annotation cache (built once, with spaCy)."""
    feed = work / "feed-base"
    index = work / "feed-base-index"
    if not (feed / "bbc.jsonl").exists():
        corpus_maker.write_jsonl(bigindex.BASE_N, feed / "bbc.jsonl")
    if not (index / "manifest.json").exists():
        print("building the BBC feed's index once (spaCy: a few minutes) ...", flush=True)
    build(binary, feed, index)
    return index


def seed(feed: Path, base: Path, index: Path) -> None:
    """Copy the base's annotations; for repeats, bigindex's renamed records."""
    if not (index / "annotations").exists():
        shutil.copytree(base / "annotations", index / "annotations")
    if any(re.search(r"-r\d+\"", line) for line in open(feed / "feed.jsonl", encoding="utf-8").readlines()[-3:]):
        _seed_repeats(feed, base, index)


def _seed_repeats(feed: Path, base: Path, index: Path) -> None:
    # bigindex.seed_cache reads its own .txt corpus; a repeat's text is the same in both shapes.
    from dossier.index.ingest.load import load_corpus
    from dossier.index.store.cache import AnnotationCache
    from dossier.index.store.manifest import read_manifest

    model = read_manifest(base).model
    base_cache, cache = AnnotationCache(base / "annotations"), AnnotationCache(index / "annotations")
    loaded = load_corpus(feed)
    by_text = {a.text.rstrip(): a for a in loaded.articles if not re.search(r"-r\d+$", a.id)}
    for art in loaded.articles:
        cut = art.text.rfind("\n\n(Repeat ")
        src = by_text.get(art.text[:cut].rstrip()) if cut > 0 else None
        if src is None or cache._path(art.content_hash).exists():
            continue
        ann = base_cache.get(src.content_hash, model, art.id)
        if ann is not None:
            cache.put(type(ann).from_dict({**ann.to_dict(), "content_hash": art.content_hash}))


def edit_line(record: dict, n: int) -> dict:
    rec = dict(record)
    rec["text"] = rec["text"].rstrip() + EDIT + f" (Revision {n}.)"
    return rec


def _step_line(name: str, secs: float, rep: dict) -> str:
    how = (
        "unchanged" if rep.get("unchanged") else f"in place: {rep['updated']} updated" if rep.get("updated") else "full"
    )
    return f"  {name:30s} {secs:6.1f} s, {rep['cpu']:5.1f} CPU s ({how}; {rep.get('articles')} articles)"


def existing(binary: str, feed: Path, index: Path) -> None:
    """The steps on a built feed and index, restored afterwards."""
    path = next(feed.glob("*.jsonl"))
    original = path.read_bytes()
    lines = original.decode("utf-8").splitlines(keepends=True)
    texts = [json.loads(line)["text"] for line in lines]
    counts: dict[str, int] = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    once = [i for i in range(len(lines) // 2, len(lines) - 1) if counts[texts[i]] == 1]

    def edit(k: int) -> None:
        lines[k] = json.dumps(edit_line(json.loads(lines[k]), 1), ensure_ascii=False) + "\n"

    steps = [
        ("up to date with the feed", lambda: None),
        ("no change", lambda: None),
        ("one record edited (middle)", lambda: edit(once[0])),
        (
            "one record appended",
            lambda: lines.append(json.dumps({"id": "bench-new-1", "title": "Carmaker", "text": NEW_TEXT}) + "\n"),
        ),
        ("one record deleted (middle)", lambda: lines.pop(once[1])),
    ]
    print(f"feed {path} ({len(lines):,} lines), index {index}, {binary} (nice'd on a shared 2-core machine)")
    try:
        for name, change in steps:
            change()
            if name != "up to date with the feed":
                path.write_text("".join(lines), encoding="utf-8")
            secs, rep = build(binary, feed, index)
            print(_step_line(name, secs, rep), flush=True)
    finally:
        path.write_bytes(original)
    secs, rep = build(binary, feed, index)
    print(_step_line("the feed restored", secs, rep), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=bigindex.BASE_N)
    ap.add_argument("--dossier", default=dossier_bin(), help="the dossier command to measure")
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK / "feeds")
    ap.add_argument("--base-dossier", default=dossier_bin(), help="the command that builds the base index")
    ap.add_argument("--existing", nargs=2, type=Path, metavar=("FEED_DIR", "INDEX_DIR"), help="a built feed and index")
    args = ap.parse_args()
    if args.existing:
        existing(args.dossier, *args.existing)
        return
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    base = base_index(work, args.base_dossier)

    tag = Path(args.dossier).parent.parent.parent.name or "dossier"  # the checkout it is installed from
    feed = work / f"feed-{args.records}"
    index = work / f"feed-{args.records}-{tag}"
    reference = work / f"feed-{args.records}-{tag}-full"
    for p in (feed, index, reference):
        shutil.rmtree(p, ignore_errors=True)
    feed.mkdir(parents=True)
    records = list(corpus_maker.articles(args.records))
    path = feed / "feed.jsonl"

    def write(recs: list[dict]) -> None:
        tmp = path.with_suffix(".tmp")
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        tmp.replace(path)

    write(records)
    seed(feed, base, index)
    print(f"feed of {args.records:,} records, {args.dossier} (nice'd on a shared 2-core machine)", flush=True)
    secs, rep = build(args.dossier, feed, index)
    print(
        f"  full build, analysis cached: {secs:6.1f} s, {rep['cpu']:5.1f} CPU s ({rep.get('articles')} articles)",
        flush=True,
    )

    # Records whose text the feed holds once: editing or deleting a text of which a skipped copy
    # exists makes the build full (the copy must be indexed, wherever it is).
    texts = [r["text"] for r in records]
    once = [i for i in range(len(records) // 2, len(records) - 1) if texts.count(texts[i]) == 1]
    middle = once[0]
    steps = [
        ("no change", lambda: None),
        ("one record edited (middle)", lambda: records.__setitem__(middle, edit_line(records[middle], 1))),
        ("one record appended", lambda: records.append({"id": "bench-new-1", "title": "Carmaker", "text": NEW_TEXT})),
        ("one record deleted (middle)", lambda: records.pop(once[1])),
    ]
    for name, change in steps:
        change()
        write(records)
        secs, rep = build(args.dossier, feed, index)
        print(_step_line(name, secs, rep), flush=True)

    shutil.copytree(index / "annotations", reference / "annotations")
    secs, rep = build(args.dossier, feed, reference)
    print(f"  the same feed, a new index:   {secs:6.1f} s, {rep['cpu']:5.1f} CPU s (a full build)", flush=True)
    print(f"  after the updates vs a full build: {compare(args.dossier, index, reference)}", flush=True)


if __name__ == "__main__":
    main()
