"""Builds: incremental analysis, removal, the atomic switch, killed builds and the build lock."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from index.build import BuildError, BuildLock, build_index
from index.read import Reader

ROOT = Path(__file__).resolve().parent.parent
ZELENSKY = "003_7e505e72308bf6ca.txt"


def _answers(reader: Reader) -> dict:
    """What a user would see for a few queries: compared before and after faults."""
    return {q: [(h.id, h.snippet_text()) for h in reader.search(q).hits]
            for q in ("Ushakov", "peace talks", "actor:zelensky", "speaker:peskov")}


def test_incremental_build_analyses_only_changed_files(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    first = build_index(seeds_copy, index_dir, workers=1)
    assert first.analysed == 5 and first.reused == 0

    again = build_index(seeds_copy, index_dir, workers=1)
    assert again.unchanged and again.analysed == 0

    path = seeds_copy / ZELENSKY
    path.write_text(path.read_text(encoding="utf-8") + "\nThe talks ended with a marmalade breakfast.\n",
                    encoding="utf-8")
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
    (seeds_copy / "new.txt").write_text("Marmalade summit\n\nThe marmalade summit was held in Dundee.\n",
                                        encoding="utf-8")
    build_index(seeds_copy, index_dir, workers=1)
    assert _answers(reader) == before  # the old generation still answers
    assert reader.search("marmalade").total == 0
    assert reader.reopen() is True
    assert reader.search("marmalade").total == 1
    assert reader.reopen() is False
    reader.close()


def _start_build(corpus: Path, index_dir: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "index", "build", "--corpus", str(corpus), "--index", str(index_dir),
         "--workers", "1", "--progress-jsonl"],
        cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)


@pytest.mark.parametrize("stage", ["entities", "writing"])
def test_killed_build_leaves_previous_index_usable(seeds_copy, tmp_path, stage):
    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir, workers=1)
    with Reader(index_dir) as reader:
        before = _answers(reader)
    for n in range(12):
        (seeds_copy / f"extra{n:02d}.txt").write_text(
            f"Extra report {n}\n\nMinister Anna Example said the harbour reopened on day {n}.\n", encoding="utf-8")

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
