"""Killed builds: `kill -9` of a real `dossier index build` of a few hundred BBC articles at ten
moments (start-up, analysis, actor resolution, writing, the switch). After each kill the previous
index opens and gives the same answers to the same queries, and the next build completes and
holds every article. Kills at or after the switch may leave the new index instead: then it must
be the complete new one, never a mix."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from dossier.index.build import build_index
from dossier.index.read import Reader
from dossier.index.store.manifest import read_manifest

from rel_helpers import QUERIES, StderrLines, answers, bbc_records, consistent, count, start_build, write_bbc

pytestmark = pytest.mark.reliability

BASE = 150  # articles in the first index (190 after the ten rounds)
NEW_PER_ROUND = 4  # new articles each killed build would add

# Fault-injecting wrapper for the switch itself: the real command, with SIGKILL sent to itself
# just before or just after `os.replace` puts the new manifest in place.
SWITCH_WRAPPER = r"""
import os, signal, sys
import dossier.index.store.manifest as m
MODE = {mode!r}
class _Os:
    def __getattr__(self, name):
        return getattr(os, name)
    def replace(self, src, dst):
        if MODE == "before": os.kill(os.getpid(), signal.SIGKILL)
        os.replace(src, dst)
        if MODE == "after": os.kill(os.getpid(), signal.SIGKILL)
m.os = _Os()
from dossier.tui.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _stage(name, where="first"):
    def pred(rec):
        if rec.get("stage") != name:
            return False
        done, total = rec.get("done", 0), rec.get("total", 0)
        if where == "first":
            return True
        if where == "middle":
            return 0 < done < total
        return done >= total  # "last"

    return pred


# (name, how the kill is triggered, may the kill land after the switch?, build options). A few
# new articles make the build an update in place (hard-linked generation, a few documents
# written); `--full` rewrites every index, so its writing stage lasts long enough to be cut.
MOMENTS = [
    ("start-up (timed, 1 s after launch)", ("timed", 1.0), False, ()),
    ("analysis: first batch done", ("line", _stage("analysing", "first")), False, ()),
    ("analysis: half done", ("line", _stage("analysing", "middle")), False, ()),
    ("analysis: last batch done", ("line", _stage("analysing", "last")), False, ()),
    ("resolving actors", ("line", _stage("actors", "first")), False, ()),
    (
        "update: generation being linked and written (timed +20 ms)",
        ("after-line", _stage("writing", "first"), 0.02),
        False,
        (),
    ),
    (
        "full build: articles index half written (timed +0.5 s)",
        ("after-line", _stage("writing", "first"), 0.5),
        False,
        ("--full",),
    ),
    ("writing done, switch imminent (timed +20 ms)", ("after-line", _stage("writing", "last"), 0.02), True, ()),
    ("switch: new manifest written, not yet in place", ("wrapper", "before"), False, ()),
    ("switch: manifest replaced, old generation not yet pruned", ("wrapper", "after"), True, ()),
]


def _kill_at(corpus: Path, index_dir: Path, how, options=()) -> tuple[int, str]:
    kind = how[0]
    wrapper = SWITCH_WRAPPER.format(mode=how[1]) if kind == "wrapper" else None
    proc = start_build(corpus, index_dir, *options, wrapper=wrapper)

    err = StderrLines(proc)
    try:
        if kind == "timed":
            time.sleep(how[1])
            proc.send_signal(signal.SIGKILL)
        elif kind in ("line", "after-line"):
            rec = err.wait_for(how[1], timeout=150)
            assert rec is not None, "the build ended before the moment to kill it: " + err.text()[-2000:]
            if kind == "after-line":
                time.sleep(how[2])
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=150)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, err.text()


@pytest.mark.e2e  # 70-95 s on the shared 2-core machine: twenty real builds
def test_kill_9_at_ten_moments(tmp_path):
    corpus = tmp_path / "corpus"
    index_dir = tmp_path / "index"
    write_bbc(corpus, bbc_records(0, BASE))
    fresh = bbc_records(2, NEW_PER_ROUND * len(MOMENTS))  # other lines of the corpus
    first = build_index(corpus, index_dir, workers=1)
    assert first.articles == BASE
    with Reader(index_dir) as reader:  # a query that finds nothing would compare nothing
        found = {q: reader.search(q).total for q in QUERIES}
    assert all(found.values()), f"queries that find nothing in the corpus: {found}"
    expected = BASE
    compared = losses = unchanged = 0

    for n, (name, how, may_switch, options) in enumerate(MOMENTS):
        batch = fresh[n * NEW_PER_ROUND : (n + 1) * NEW_PER_ROUND]
        new_ids = write_bbc(corpus, batch)
        with Reader(index_dir) as reader:
            before = answers(reader)
            consistent(reader)

        code, stderr = _kill_at(corpus, index_dir, how, options)
        count("faults injected: kill -9 of a build")
        assert code == -signal.SIGKILL, f"{name}: the build was not killed (exit {code}): {stderr[-2000:]}"
        assert "Traceback" not in stderr

        # The index left behind opens and answers as before (or, after the switch, as the new one).
        with Reader(index_dir) as reader:
            consistent(reader)
            after_kill = answers(reader)
            switched = set(new_ids) <= set(reader.article_ids())

        # The next build completes, whatever the kill left behind.
        report = build_index(corpus, index_dir, workers=1)
        expected += len(batch)
        assert report.articles == expected, name
        with Reader(index_dir) as reader:
            consistent(reader)
            now = answers(reader)
            assert set(new_ids) <= set(reader.article_ids()), name
            for aid, rec in zip(new_ids, batch):
                assert reader.article(aid).article.title == rec["title"]
        # Half-written generations are cleared by the next build: one that writes a generation
        # keeps it and the one before (for readers still open on it); an "unchanged" one (the
        # killed build had switched) keeps only the current one.
        gens = sorted(p.name for p in index_dir.glob("gen-*"))
        assert read_manifest(index_dir).generation in gens, name
        assert len(gens) == (1 if report.unchanged else 2), f"{name}: generations left behind: {gens}"
        unchanged += report.unchanged

        if switched:
            assert may_switch, f"{name}: the killed build's articles are in the index"
            diff = [k for k in now if after_kill.get(k) != now[k]]
        else:
            diff = [k for k in before if after_kill.get(k) != before[k]]
        compared += len(before)
        losses += len(diff)
        assert not diff, f"{name}: answers changed after the kill: {diff[:5]}"
    assert unchanged >= 1  # a kill after the switch left a complete index: the next build had nothing to do
    count("results compared after a killed build", compared)
    count("losses after a killed build", losses)
