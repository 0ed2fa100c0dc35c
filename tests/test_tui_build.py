"""Building the index from the explorer: in a subprocess, in a worker, with progress."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from textual.widgets import Static

from dossier.tui import build_runner
from dossier.tui.app import DossierApp
from dossier.tui.panes.build_bar import BuildBar
from dossier.tui.widgets.lists import ResultList
from tui_fixtures import ROOT, SEEDS, settle, wait_for


def test_parse_progress_lines():
    p = build_runner.parse_line('{"stage": "entities", "done": 2, "total": 5}\n')
    assert isinstance(p, build_runner.Progress) and (p.stage, p.done, p.total) == ("entities", 2, 5)
    assert p.fraction == 0.4
    done = build_runner.parse_line('{"finished": true, "articles": 5, "quotes": 3, "actors": 9, "seconds": 1.5}')
    assert done == {"finished": True, "articles": 5, "quotes": 3, "actors": 9, "seconds": 1.5}
    assert build_runner.parse_line("skipped: a.txt: empty") is None
    assert build_runner.parse_line("{not json") is None
    assert build_runner.parse_line('{"stage": "x", "done": "many"}') is None


def test_the_build_runs_in_a_child_python():
    cmd = build_runner.build_command(Path("c"), Path("i"))
    assert cmd[0] == sys.executable and cmd[-5:] == ["--corpus", "c", "--index", "i", "--progress-jsonl"]
    assert "dossier.index.cli" in " ".join(cmd)


def test_run_build_reports_progress_and_collapses_bursts():
    script = (
        "import sys, json\n"
        "for i in range(200): print(json.dumps({'stage': 'entities', 'done': i + 1, 'total': 200}), file=sys.stderr)\n"
        "print('skipped: x.txt', file=sys.stderr)\n"
        "print(json.dumps({'finished': True, 'articles': 1, 'quotes': 0, 'actors': 0, 'seconds': 0.1}), file=sys.stderr)\n"
    )
    seen = []
    outcome = build_runner.run_build(Path("."), Path("."), seen.append, command=[sys.executable, "-c", script])
    assert outcome.ok and outcome.summary["articles"] == 1
    assert 1 <= len(seen) < 200  # collapsed
    assert seen[-1].done == 200  # the last one always arrives
    assert "skipped: x.txt" in outcome.message


def message(app) -> str:
    return str(app.screen.query_one("#message", Static).render())


async def test_a_missing_index_is_built_with_progress_then_shown(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in sorted(p.name for p in SEEDS.glob("*.txt"))[:2]:
        shutil.copy(SEEDS / name, corpus / name)
    app = DossierApp(tmp_path / "index", corpus)
    progress = []
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.main
        bar = screen.query_one(BuildBar)
        original = bar.show

        def spy(label, fraction):
            progress.append((label, fraction))
            return original(label, fraction)

        bar.show = spy
        for _ in range(600):  # up to a minute on a busy machine
            await pilot.pause(0.1)
            if app.reader is not None and not app.building:
                break
        await settle(pilot)
        assert app.reader is not None
        assert "Index ready: 2 articles" in app.build_report
        assert len(screen.query_one(ResultList).records) == 2
        assert not screen.query_one("#build").display
        assert progress and any(f is not None for _label, f in progress)


async def test_a_failed_build_says_why_and_keeps_the_app(tmp_path, seeds_index):
    script = (
        "import sys\n"
        'print(\'{"stage": "entities", "done": 1, "total": 2}\', file=sys.stderr)\n'
        "print('the corpus folder is unreadable', file=sys.stderr)\n"
        "sys.exit(1)\n"
    )
    app = DossierApp(seeds_index, tmp_path, check_stale=False, build_command=[sys.executable, "-c", script])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.reader is not None
        app.start_build()
        for _ in range(600):
            await pilot.pause(0.1)
            if not app.building:
                break
        await settle(pilot)
        text = message(app)
        assert "The build failed" in text and "unreadable" in text
        assert app.reader is not None  # the old index stays open
        assert len(app.main.query_one(ResultList).records) == 5


async def test_a_failed_build_shows_the_commands_message_only(tmp_path, seeds_index):
    """The explorer's real build command, on a corpus folder that is gone: the explorer shows the
    message the headless command gives, without its "dossier: " and without an exception's name."""
    import subprocess

    gone = tmp_path / "no-such-corpus"
    headless = subprocess.run(
        [
            sys.executable,
            "-m",
            "dossier.tui.cli",
            "index",
            "build",
            "--corpus",
            str(gone),
            "--index",
            str(tmp_path / "ix"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert headless.returncode == 2 and headless.stderr.startswith("dossier: "), headless.stderr
    said = headless.stderr.strip().removeprefix("dossier: ")
    app = DossierApp(seeds_index, gone, check_stale=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.start_build()
        await wait_for(pilot, lambda: not app.session.building, 120)
        await settle(pilot)
        expected = f"The build failed: {said} (ctrl+p → Rebuild index to retry)."
        assert app.session.build_report == expected
        assert message(app) == expected
        assert "Error" not in message(app)
        assert app.reader is not None and len(app.main.query_one(ResultList).records) == 5


async def test_quitting_mid_build_stops_the_build(tmp_path, seeds_index):
    script = (
        'import sys, time\nprint(\'{"stage": "entities", "done": 0, "total": 9}\', file=sys.stderr)\ntime.sleep(60)\n'
    )
    app = DossierApp(seeds_index, tmp_path, check_stale=False, build_command=[sys.executable, "-u", "-c", script])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.start_build()
        for _ in range(1200):
            await pilot.pause(0.05)
            if app.session.build_process is not None:
                break
        process = app.session.build_process
        assert process is not None and process.poll() is None
        assert app.main.query_one("#build").display
    assert process.wait(timeout=10) is not None  # terminated when the app closed
