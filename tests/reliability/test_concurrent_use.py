"""Concurrent use: readers (the read API and the explorer) open while builds switch the index,
and two builds of one index at once."""

from __future__ import annotations

import shutil
import threading
import time

import pytest

from dossier.index.build import build_index
from dossier.index.paths import SEEDS
from dossier.index.read import Reader

from rel_helpers import (
    SEED_QUERIES,
    StderrLines,
    answers,
    consistent,
    count,
    dossier,
    index_opened,
    no_traceback,
    search_for,
    start_build,
    wait_until,
)

pytestmark = pytest.mark.reliability


def _add(corpus, word: str, n: int) -> None:
    for i in range(n):
        (corpus / f"{word}-{i}.txt").write_text(
            f"The {word} report {i}\n\nMinister Anna Example said the {word} summit {i} went on.\n", encoding="utf-8"
        )


@pytest.fixture
def corpus(tmp_path):
    dst = tmp_path / "corpus"
    shutil.copytree(SEEDS, dst)
    return dst


def _hammer(reader, expected, stop, out):
    """Ask the reader the same queries again and again until stop is set: every answer is kept."""
    while not stop.is_set():
        try:
            got = answers(reader, SEED_QUERIES)
            out["queries"] += 1
            if got != expected:
                out["mismatches"] += 1
        except Exception as err:  # noqa: BLE001 - any exception is a failure, reported below
            out["errors"].append(repr(err))
            return


def test_reader_keeps_answering_through_two_switches_and_reopens(corpus, tmp_path):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, workers=1)
    first = Reader(index_dir)  # stays on the first generation throughout
    before = answers(first, SEED_QUERIES)

    stop, out = threading.Event(), {"queries": 0, "mismatches": 0, "errors": []}
    thread = threading.Thread(target=_hammer, args=(first, before, stop, out), daemon=True)
    thread.start()
    try:
        _add(corpus, "marmalade", 3)
        proc = start_build(corpus, index_dir)
        err = StderrLines(proc)
        assert proc.wait(timeout=180) == 0, err.text()
        count("faults injected: a build switched under an open reader")
        second = Reader(index_dir)
        _add(corpus, "quince", 2)  # a second build: the first generation is pruned under `first`
        proc = start_build(corpus, index_dir)
        err = StderrLines(proc)
        assert proc.wait(timeout=180) == 0, err.text()
        count("faults injected: a build switched under an open reader")
    finally:
        stop.set()
        thread.join(timeout=60)
    assert not out["errors"], out["errors"][:3]
    assert out["queries"] >= 1 and out["mismatches"] == 0, out
    count("results compared while builds switched", out["queries"] * len(before))
    count("losses while builds switched", out["mismatches"])

    assert answers(first, SEED_QUERIES) == before  # its generation folder is gone, its files still open
    assert first.search("marmalade").total == 0
    assert first.reopen() is True
    assert second.reopen() is True
    with Reader(index_dir) as fresh:
        now = answers(fresh, SEED_QUERIES)
    for reader in (first, second):
        assert answers(reader, SEED_QUERIES) == now
        assert reader.search("marmalade").total == 3 and reader.search("quince").total == 2
        consistent(reader)
        assert reader.reopen() is False
        reader.close()


def test_two_builds_at_once_one_refuses_clearly(corpus, tmp_path):
    index_dir = tmp_path / "index"
    _add(corpus, "marmalade", 3)
    procs = [start_build(corpus, index_dir), start_build(corpus, index_dir)]
    errs = [StderrLines(p) for p in procs]
    codes = [p.wait(timeout=240) for p in procs]
    texts = [e.text() for e in errs]
    count("faults injected: two builds at once", 1)
    assert sorted(codes) == [0, 1], (codes, texts)
    refused = texts[codes.index(1)]
    assert "another build" in refused and str(index_dir) in refused and "Traceback" not in refused, refused
    with Reader(index_dir) as reader:
        consistent(reader)
        assert reader.search("marmalade").total == 3
        assert len(reader.article_ids()) == 8
    assert len(list(index_dir.glob("gen-*"))) == 1


# The real command, held at its switch (just before `os.replace` puts the new manifest in place)
# until the test says go: the moment a second build is started is then certain, not a race.
HOLD_AT_SWITCH = r"""
import os, sys, time
from pathlib import Path
import dossier.index.store.manifest as m
READY, GO = Path({ready!r}), Path({go!r})
class _Os:
    def __getattr__(self, name):
        return getattr(os, name)
    def replace(self, src, dst):
        READY.touch()
        deadline = time.monotonic() + 300
        while not GO.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        os.replace(src, dst)
m.os = _Os()
from dossier.tui.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_build_started_during_another_builds_switch_refuses(corpus, tmp_path):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, workers=1)
    with Reader(index_dir) as reader:
        before = answers(reader, SEED_QUERIES)
    _add(corpus, "marmalade", 3)
    ready, go = tmp_path / "at-switch", tmp_path / "go"
    first = start_build(corpus, index_dir, wrapper=HOLD_AT_SWITCH.format(ready=str(ready), go=str(go)))
    first_err = StderrLines(first)
    try:
        deadline = time.monotonic() + 180
        while not ready.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists(), "the first build never reached its switch: " + first_err.text()[-2000:]
        second = dossier("index", "build", "--corpus", corpus, "--index", index_dir, "--workers", "1", timeout=120)
    finally:
        go.touch()
    no_traceback(second)
    count("faults injected: two builds at once", 1)
    first_code = first.wait(timeout=180)
    assert second.returncode == 1, ("the second build was not refused", second.returncode, second.stderr)
    assert "another build" in second.stderr and str(index_dir) in second.stderr, second.stderr
    assert first_code == 0, first_err.text()
    with Reader(index_dir) as reader:
        consistent(reader)
        assert reader.search("marmalade").total == 3
        now = answers(reader, SEED_QUERIES)
    # The searches and the articles read as before (the new articles match none of the queries).
    same = [k for k in before if k[0] in ("search", "article")]
    assert [k for k in same if now.get(k) != before[k]] == []


async def test_explorer_keeps_answering_while_a_build_switches(corpus, tmp_path):
    from dossier.tui.app import DossierApp

    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, workers=1)
    app = DossierApp(index_dir, corpus, check_stale=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await index_opened(pilot, app)
        first = app.reader.manifest.generation
        shown = await search_for(pilot, app, "Ushakov")
        assert 0 < len(shown) < len(app.reader.article_ids())  # a real answer, not the full list

        _add(corpus, "marmalade", 2)
        proc = start_build(corpus, index_dir)
        err = StderrLines(proc)
        while proc.poll() is None:  # keep searching while the build runs and switches
            assert await search_for(pilot, app, "Ushakov") == shown
            assert app.is_running
        assert proc.returncode == 0, err.text()
        count("faults injected: a build switched under the open explorer")

        app.start_build("Rebuilding the index")  # the explorer's own rebuild: up to date, then reopen
        await wait_until(pilot, app, lambda: not app.building, "the explorer's rebuild to end", 120)
        assert app.reader.manifest.generation != first  # reopened onto the new build
        assert sorted(await search_for(pilot, app, "marmalade")) == ["marmalade-0", "marmalade-1"]
        assert app.is_running
