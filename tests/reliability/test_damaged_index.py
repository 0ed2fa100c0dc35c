"""A damaged index: truncated and deleted Whoosh files, a manifest of garbage, a manifest from a
newer schema. Every command that reads it exits 3 with a message that says how to rebuild (no
traceback), and `dossier index build --full` brings back an index that answers as before."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from dossier.index.paths import SEEDS
from dossier.index.read import IndexUnavailable, Reader

from rel_helpers import SEED_QUERIES, answers, count, dossier, no_traceback, screen_text

pytestmark = pytest.mark.reliability


def _seg(gen: Path, name: str) -> Path:
    # A compound segment file, or (segments written uncompounded) the segment's postings file.
    (path,) = list(gen.glob(f"{name}_*.seg")) or list(gen.glob(f"{name}_*.pst"))
    return path


def _truncate(path: Path, keep) -> None:
    size = path.stat().st_size
    os.truncate(path, keep(size))


DAMAGE = {
    "articles segment truncated to half": lambda ix, gen: _truncate(_seg(gen, "articles"), lambda n: n // 2),
    "quotes segment truncated to 0 bytes": lambda ix, gen: _truncate(_seg(gen, "quotes"), lambda n: 0),
    "actors segment missing its last 16 bytes": lambda ix, gen: _truncate(_seg(gen, "actors"), lambda n: n - 16),
    "articles table of contents truncated": lambda ix, gen: _truncate(gen / "_articles_1.toc", lambda n: 40),
    "articles segment deleted": lambda ix, gen: _seg(gen, "articles").unlink(),
    "quotes table of contents deleted": lambda ix, gen: (gen / "_quotes_1.toc").unlink(),
    "generation folder deleted": lambda ix, gen: shutil.rmtree(gen),
    "manifest of random bytes": lambda ix, gen: (ix / "manifest.json").write_bytes(os.urandom(700)),
    "manifest of JSON of the wrong shape": lambda ix, gen: _edit_manifest(ix, generation=7, files="x", articles=[]),
    "manifest from a newer schema": lambda ix, gen: _newer_schema(ix),
}


def _edit_manifest(ix: Path, **changes) -> None:
    data = json.loads((ix / "manifest.json").read_text(encoding="utf-8"))
    data.update(changes)
    (ix / "manifest.json").write_text(json.dumps(data), encoding="utf-8")


def _newer_schema(ix: Path) -> None:
    _edit_manifest(ix, schema=99, generation="gen-from-the-future", shards=["a", "b"])


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A real index of a copy of seeds/, and the answers it gives."""
    root = tmp_path_factory.mktemp("damage")
    corpus = root / "corpus"
    shutil.copytree(SEEDS, corpus)
    index_dir = root / "index"
    proc = dossier("index", "build", "--corpus", corpus, "--index", index_dir, "--workers", "1", "--quiet")
    assert proc.returncode == 0, proc.stderr
    with Reader(index_dir) as reader:
        return corpus, index_dir, answers(reader, SEED_QUERIES)


def _damaged(pristine, tmp_path, kind) -> Path:
    corpus, index_dir, _ = pristine
    ix = tmp_path / "index"
    shutil.copytree(index_dir, ix)
    (gen,) = ix.glob("gen-*")
    DAMAGE[kind](ix, gen)
    count("faults injected: damaged index")
    return ix


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damaged_index_exits_3_and_full_build_recovers(pristine, tmp_path, kind):
    corpus, _, before = pristine
    ix = _damaged(pristine, tmp_path, kind)
    for args in (["search", "Ushakov", "--json"], ["actors", "--json"], ["show", "000_3b6696d3e34a7f12"]):
        proc = dossier(*args, "--index", ix, "--corpus", corpus, timeout=60)
        no_traceback(proc)
        assert proc.returncode == 3, (args, proc.returncode, proc.stderr)
        assert proc.stdout == ""
        assert "dossier index build" in proc.stderr and str(ix) in proc.stderr, proc.stderr
        assert proc.stderr.count("\n") <= 2, proc.stderr  # one clear message, not a dump
    with pytest.raises(IndexUnavailable):
        Reader(ix)

    proc = dossier("index", "build", "--full", "--corpus", corpus, "--index", ix, "--workers", "1", "--quiet")
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    with Reader(ix) as reader:
        after = answers(reader, SEED_QUERIES)
    count("results compared after a damaged index was rebuilt", len(before))
    lost = [k for k in before if after.get(k) != before[k]]
    count("losses after a damaged index was rebuilt", len(lost))
    assert not lost
    proc = dossier("search", "Ushakov", "--json", "--index", ix, "--corpus", corpus, timeout=60)
    assert proc.returncode == 0 and json.loads(proc.stdout)["total"] >= 1


def test_plain_build_recovers_a_damaged_generation(pristine, tmp_path):
    corpus, _, before = pristine
    ix = _damaged(pristine, tmp_path, "articles segment truncated to half")
    proc = dossier("index", "build", "--corpus", corpus, "--index", ix, "--workers", "1", "--quiet")
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    with Reader(ix) as reader:  # raises IndexUnavailable today
        assert answers(reader, SEED_QUERIES) == before


def test_rebuild_hint_names_the_indexed_corpus(pristine, tmp_path, monkeypatch):
    corpus, _, _ = pristine
    ix = _damaged(pristine, tmp_path, "articles segment truncated to half")
    monkeypatch.delenv("DOSSIER_CORPUS", raising=False)
    proc = dossier("search", "Ushakov", "--index", ix, timeout=60)  # no --corpus: as a user would type it
    assert proc.returncode == 3
    assert str(corpus) in proc.stderr, proc.stderr


async def _wait(pilot, app, cond, seconds: float) -> bool:
    for _ in range(int(seconds / 0.1)):
        if cond():
            return True
        await pilot.pause(0.1)
    return cond()


async def test_explorer_on_a_damaged_index_says_so_without_a_corpus(pristine, tmp_path):
    from dossier.tui.app import DossierApp

    ix = _damaged(pristine, tmp_path, "quotes segment truncated to 0 bytes")
    app = DossierApp(ix, None, check_stale=False)
    async with app.run_test(size=(120, 40)) as pilot:
        assert await _wait(pilot, app, lambda: app.open_error is not None, 20)
        await pilot.pause(0.2)
        text = screen_text(app)
        assert "cannot be read" in text and "rebuild" in text, text
        assert app.is_running and app.reader is None
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"ushakov", "enter")  # searching a closed index does nothing bad
        await pilot.pause(0.3)
        assert app.is_running


async def test_explorer_rebuilds_a_damaged_index(pristine, tmp_path):
    from dossier.tui.app import DossierApp

    corpus, _, before = pristine
    ix = _damaged(pristine, tmp_path, "articles segment truncated to half")
    app = DossierApp(ix, corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        assert await _wait(pilot, app, lambda: app.building, 20)
        assert await _wait(pilot, app, lambda: not app.building, 120)
        await pilot.pause(0.3)
        assert app.reader is not None, screen_text(app)
        assert answers(app.reader, SEED_QUERIES) == before
