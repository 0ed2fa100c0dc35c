"""Builds: incremental analysis, removal, the atomic switch, killed builds and the build lock."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dossier.index.build import BuildError, BuildLock, build_index
from dossier.index.store.manifest import read_manifest
from dossier.index.read import Reader
from dossier.index.store.whoosh_store import FORK_MIN, open_generation
from reliability.rel_helpers import bbc_records, write_bbc

ROOT = Path(__file__).resolve().parent.parent
ZELENSKY = "003_7e505e72308bf6ca.txt"


def _answers(reader: Reader) -> dict:
    """What a user would see for a few queries: compared before and after faults."""
    return {
        q: [(h.id, h.snippet_text()) for h in reader.search(q).hits]
        for q in ("Ushakov", "peace talks", "actor:zelensky", "speaker:peskov")
    }


def test_incremental_build_analyses_only_changed_files(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    first = build_index(seeds_copy, index_dir, workers=1)
    assert first.analysed == 5 and first.reused == 0

    again = build_index(seeds_copy, index_dir, workers=1)
    assert again.unchanged and again.analysed == 0

    path = seeds_copy / ZELENSKY
    path.write_text(
        path.read_text(encoding="utf-8") + "\nThe talks ended with a marmalade breakfast.\n", encoding="utf-8"
    )
    changed = build_index(seeds_copy, index_dir, workers=1)
    assert changed.analysed == 1 and changed.reused == 4
    with Reader(index_dir) as reader:
        assert [h.id for h in reader.search("marmalade").hits] == ["003_7e505e72308bf6ca"]


def test_removed_file_is_dropped(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir, workers=1)
    (seeds_copy / ZELENSKY).unlink()
    report = build_index(seeds_copy, index_dir, workers=1)
    assert report.articles == 4 and report.analysed == 0
    with Reader(index_dir) as reader:
        assert reader.article("003_7e505e72308bf6ca") is None
        assert "003_7e505e72308bf6ca" not in {h.id for h in reader.search("Kremlin").hits}
        assert all(q.article != "003_7e505e72308bf6ca" for q in reader.quotes())


def test_open_reader_survives_a_rebuild_and_reopens(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir, workers=1)
    reader = Reader(index_dir)
    before = _answers(reader)
    (seeds_copy / "new.txt").write_text(
        "Marmalade summit\n\nThe marmalade summit was held in Dundee.\n", encoding="utf-8"
    )
    build_index(seeds_copy, index_dir, workers=1)
    assert _answers(reader) == before  # the old generation still answers
    assert reader.search("marmalade").total == 0
    assert reader.reopen() is True
    assert reader.search("marmalade").total == 1
    assert reader.reopen() is False
    reader.close()


def _start_build(corpus: Path, index_dir: Path, workers: int = 1) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dossier.tui.cli",
            "index",
            "build",
            "--corpus",
            str(corpus),
            "--index",
            str(index_dir),
            "--workers",
            str(workers),
            "--progress-jsonl",
        ],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )


def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan's zombie may wait for a reaper that never comes here)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_killed_build_leaves_no_worker_behind(seeds_copy, tmp_path):
    """kill -9 of a build mid-analysis: its worker processes, each holding a model, end with it."""
    # Long enough that the analysis is still running when its first batch reports (tiny articles
    # are all analysed before the test can look at the processes).
    for n in range(24):
        body = " ".join(f"Minister Anna Example said the harbour of Port {n} reopened on day {k}." for k in range(120))
        (seeds_copy / f"extra{n:02d}.txt").write_text(f"Extra report {n}\n\n{body}\n", encoding="utf-8")
    proc = _start_build(seeds_copy, tmp_path / "index", workers=2)
    try:
        for line in proc.stderr:
            if line.startswith("{") and json.loads(line).get("stage") == "analysing":
                break
        workers = _children(proc.pid)
        assert len(workers) == 2, f"expected two analysis workers, found {workers}"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    deadline = time.monotonic() + 20
    while any(_running(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _running(w)], "analysis workers outlived the killed build"


@pytest.mark.parametrize("stage", ["analysing", "writing"])
def test_killed_build_leaves_previous_index_usable(seeds_copy, tmp_path, stage):
    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir, workers=1)
    with Reader(index_dir) as reader:
        before = _answers(reader)
    for n in range(12):
        (seeds_copy / f"extra{n:02d}.txt").write_text(
            f"Extra report {n}\n\nMinister Anna Example said the harbour reopened on day {n}.\n", encoding="utf-8"
        )

    proc = _start_build(seeds_copy, index_dir)
    for line in proc.stderr:
        if line.startswith("{") and json.loads(line).get("stage") == stage:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the build finished before it could be killed"

    with Reader(index_dir) as reader:
        assert _answers(reader) == before
        assert reader.search("harbour").total == 0
    report = build_index(seeds_copy, index_dir, workers=1)
    assert report.articles == 17
    with Reader(index_dir) as reader:
        assert reader.search("harbour").total == 12
    assert len(list(index_dir.glob("gen-*"))) <= 2  # the half-written generation was cleared


def test_second_build_refuses_while_one_runs(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    with BuildLock(index_dir):
        with pytest.raises(BuildError, match="another build"):
            build_index(seeds_copy, index_dir, workers=1)


def test_missing_corpus_is_a_usage_error(tmp_path):
    with pytest.raises(BuildError) as err:
        build_index(tmp_path / "nowhere", tmp_path / "index", workers=1)
    assert err.value.code == 2 and "does not exist" in str(err.value)


def test_unchanged_stat_skips_reading_and_full_rereads(seeds_copy, tmp_path):
    """Size and mtime unchanged: the file is taken as unchanged without hashing (fast start-up
    and no-change builds); --full reads everything again."""
    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir, workers=1)
    path = seeds_copy / ZELENSKY
    before = os.stat(path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Witkoff", "Witkovv", 1), encoding="utf-8")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert build_index(seeds_copy, index_dir, workers=1).unchanged
    full = build_index(seeds_copy, index_dir, workers=1, full=True)
    assert not full.unchanged and full.analysed == 5
    with Reader(index_dir) as reader:
        assert reader.search("Witkovv").total == 1


def test_a_full_build_drops_the_cache_files_a_killed_build_left(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir, workers=1)
    entries = sorted((index_dir / "annotations").glob("*/*.json"))
    leftover = entries[0].with_suffix(".12345.tmp")  # as put() names a half-written entry
    leftover.write_text('{"trunc', encoding="utf-8")
    build_index(seeds_copy, index_dir, workers=1, full=True)
    assert not leftover.exists()
    assert sorted((index_dir / "annotations").glob("*/*.json")) == entries


def test_writing_does_not_ask_the_file_system_once_a_posting(seeds_copy, tmp_path, monkeypatch):
    """index/whoosh_fixes.py: without it Whoosh checks a column file's existence for each posting
    of a field without lengths (thousands of checks for the five seeds)."""
    from whoosh.filedb.filestore import FileStorage

    checks = []
    original = FileStorage.file_exists
    monkeypatch.setattr(FileStorage, "file_exists", lambda self, name: checks.append(name) or original(self, name))
    build_index(seeds_copy, tmp_path / "index", workers=1)
    # With the fix: about one check per field of each index written (17 here); without: 1,571.
    assert 0 < len(checks) < 100, len(checks)


def _contents(generation: Path) -> dict:
    """Everything a generation holds: each index's stored documents in order, and every term's
    postings (document numbers with their encoded positions and offsets). The spelling words are
    compared as words: Whoosh files them all under each segment's first document."""
    out = {}
    for name, ix in open_generation(generation).items():
        with ix.reader() as r:
            out[name, "docs"] = [fields for _, fields in r.iter_docs()]
            out[name, "postings"] = {
                (f, t): [] if f.startswith("spell_") else list(r.postings(f, t).all_items()) for f, t in r.all_terms()
            }
    return out


def test_two_process_build_writes_what_one_process_writes(tmp_path):
    """Analysis in a pool of two workers and writing split between two processes give the very
    index that one process gives: the same documents in the same order, the same postings."""
    corpus = tmp_path / "corpus"
    ids = write_bbc(corpus, bbc_records(0, FORK_MIN + 20))
    one = build_index(corpus, tmp_path / "one", workers=1)
    two = build_index(corpus, tmp_path / "two", workers=2)
    assert one.articles == two.articles == len(ids) and one.quotes == two.quotes > 0
    gens = [tmp_path / name / read_manifest(tmp_path / name).generation for name in ("one", "two")]
    single, split = (_contents(g) for g in gens)
    assert single == split
    assert [d["id"] for d in split["articles", "docs"]] == sorted(ids)  # the corpus order
    with open_generation(gens[1])["articles"].reader() as r:
        assert len(list(r.leaf_readers())) == 2, "the articles were not written by two processes"
