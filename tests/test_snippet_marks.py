"""Match markers never collide with the text's own brackets (issue 11, "Also fix"): in `snippet`
the text's `\\`, `[` and `]` are escaped, so `[[`/`]]` are always markers; `--json` also gives the
plain snippet and the matches' offsets."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dossier.index.read import Reader
from tui_fixtures import ROOT, build_index, hostile_corpus, hostile_index  # noqa: F401

BRACKETED = (
    "Royal visit\n\n"
    "The visit of [Prince Charles] to the plant in Derby was brief, a spokesman said on Monday.\n"
    "Workers [[sic]] cheered; a sign read \\o/ and [Charles]] was written on the wall.\n"
)


@pytest.fixture(scope="module")
def bracketed_index(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("bracketed")
    (corpus / "royal.txt").write_text(BRACKETED, encoding="utf-8")
    return build_index(corpus, tmp_path_factory.mktemp("bracketed-index"))


def search_json(query: str, index) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "dossier.tui.cli", "search", query, "--json", "--index", str(index)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def parse(marked: str) -> tuple[str, list[list[int]]]:
    """What a script does with DESIGN.md's rule: `\\x` is x, `[[` opens a match, `]]` closes it."""
    plain, matches, i, start = "", [], 0, None
    while i < len(marked):
        if marked[i] == "\\":
            plain += marked[i + 1]
            i += 2
        elif marked.startswith("[[", i) and start is None:
            start, i = len(plain), i + 2
        elif marked.startswith("]]", i) and start is not None:
            matches.append([start, len(plain)])
            start, i = None, i + 2
        else:
            plain += marked[i]
            i += 1
    assert start is None, f"an unclosed match in {marked!r}"
    return plain, matches


def test_a_match_next_to_a_bracket_parses_back(bracketed_index):
    (hit,) = search_json("prince charles sic", bracketed_index)["hits"]
    plain, matches = parse(hit["snippet"])
    assert (plain, matches) == (hit["snippet_plain"], hit["snippet_matches"])
    assert "[Prince Charles]" in plain and "[[sic]]" in plain and "[Charles]]" in plain and "\\o/" in plain
    assert [plain[a:b] for a, b in matches] == ["Prince", "Charles", "sic", "Charles"]


def test_brackets_in_the_text_are_escaped_and_offsets_given(hostile_index):
    hit = next(h for h in search_json("nothing plan", hostile_index)["hits"] if h["id"] == "hostile")
    assert "[bold]" in hit["snippet_plain"]  # the text has brackets next to a match
    plain, matches = parse(hit["snippet"])
    assert (plain, matches) == (hit["snippet_plain"], hit["snippet_matches"])
    words = {plain[a:b].lower() for a, b in matches}
    assert words == {"nothing", "plan"}, hit["snippet"]


def test_the_terminal_output_carries_the_same_marking(hostile_index):
    out = subprocess.run(
        [sys.executable, "-m", "dossier.tui.cli", "search", "nothing", "--index", str(hostile_index)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    with Reader(hostile_index) as r:
        hit = next(h for h in r.search("nothing").hits if h.id == "hostile")
    assert out.returncode == 0 and "\\[bold\\][[nothing]]\\[/bold\\]" in out.stdout
    assert parse(hit.snippet_text())[0] == "".join(t for t, _ in hit.snippet)
