"""The case file in a real terminal (tmux): a quote pinned in the explorer, which then quits, is in
`dossier pins --markdown` with its speaker and article (issue 11's "Measure")."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from test_tui_tmux import DOSSIER, Tmux
from tui_fixtures import SEEDS

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def test_a_quote_pinned_in_the_explorer_is_in_the_markdown_report(seeds_index, tmp_path):
    index = Path(shutil.copytree(seeds_index, tmp_path / "index"))
    term = Tmux([str(DOSSIER), "--corpus", str(SEEDS), "--index", str(index)], 80, 24, unset=("NO_COLOR",))
    try:
        term.wait_for("5 articles indexed", timeout=60)
        term.send("seriously", literal=True)
        term.wait_for("2 articles · 2 quotes")
        term.send("Enter")
        term.wait_for("⏎ Open")  # the results focused (a key sent sooner would still go to the box)
        term.send("3")
        term.wait_for("Quotes (2)")
        term.send("p")
        term.wait_for("Pinned the quote")
        term.send("q")
        term.wait_for("EXITED 0")
    finally:
        term.close()
    report = subprocess.run(
        [str(DOSSIER), "pins", "--markdown", "--index", str(index)], capture_output=True, text=True, timeout=60
    )
    assert report.returncode == 0, report.stderr
    assert report.stdout.startswith("# Case file")
    assert "“Until now no one has seriously talked about this idea" in report.stdout
    assert "— Yuri Ushakov" in report.stdout and "000_3b6696d3e34a7f12" in report.stdout
