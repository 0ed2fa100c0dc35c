"""`dossier show 000_xxx.txt` (issue 11, "Also fix"): an id is the path inside the corpus without its
extension, and a file name or path given instead is answered with the id to use (exit 2)."""

from __future__ import annotations

import subprocess
import sys

from dossier.index.paths import SEEDS
from dossier.index.read import Reader
from test_cli import ROOT


def show(arg: str, index) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dossier.tui.cli", "show", arg, "--index", str(index)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_file_name_or_path_gets_the_id_to_use(seeds_index):
    with Reader(seeds_index) as r:
        aid = r.article_ids()[0]
    for given, says in (
        (f"{aid}.txt", "ids drop the extension"),
        (str(SEEDS / f"{aid}.txt"), "ids are paths inside the corpus, without the extension"),
    ):
        out = show(given, seeds_index)
        assert out.returncode == 2 and out.stdout == ""
        assert out.stderr.strip() == f"dossier: no article {given!r}; {says}: try {aid}", out.stderr
    assert show(aid, seeds_index).returncode == 0
    unknown = show("no-such-article.txt", seeds_index)
    assert unknown.returncode == 2 and "try" not in unknown.stderr and "no article" in unknown.stderr
