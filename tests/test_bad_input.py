"""Bad input, through the real `dossier` command in a subprocess: each bad file gets a clear
message naming it (and the line, for JSON Lines), the build goes on with the rest, and the good
articles are found afterwards. Also: a missing corpus, a damaged index, unparsable queries."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import write

ROOT = Path(__file__).resolve().parent.parent


def dossier(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("dossier")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "dossier.tui.cli"]
    env = {k: v for k, v in os.environ.items() if k != "DOSSIER_DEBUG"}
    return subprocess.run(
        cmd + [str(a) for a in args], capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env
    )


def no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa" + bytes(
    random.Random(3).randrange(256) for _ in range(600)
)


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    """One real build (one worker) of a corpus holding every kind of bad input next to good ones."""
    root = tmp_path_factory.mktemp("bad-input")
    c = root / "corpus"
    # Good articles, each with a word found nowhere else.
    write(c, "good.txt", "Kremlin Talks Go On\nPeskov said the wombatish talks were useful.\n")
    write(c, "with spaces and ünïcödé/Київ звіт 1.txt", "Ushakov said the capybarine talks went on.\n")
    write(c, "fr.txt", "Le président Macron a parlé d’un “dialogue” ibisoïde à l’Élysée — déjà.\n".encode("cp1252"))
    write(
        c,
        "sub/feed.jsonl",
        json.dumps({"id": "ok-1", "title": "Fine", "text": "The narwhalic envoy arrived."})
        + "\n"
        + '{"id": "broken", "text": "unterminated\n'
        + json.dumps({"id": "notext", "title": "No text here"})
        + "\n"
        + "[1, 2, 3]\n"
        + json.dumps({"text": "The second good line mentions a dugongian deal."})
        + "\n",
    )
    write(
        c,
        "broken.md",
        "---\ntitle: Half Broken\nthis line is not a field\nsource: AP\n---\nThe tapirous plan was discussed.\n",
    )
    write(c, "unclosed.md", "---\ntitle: Never closed\nThe okapical body follows.\n")
    # Bad files.
    write(c, "image.txt", PNG)
    write(c, "noise.txt", bytes(random.Random(5).randrange(0x80, 0x100) for _ in range(2000)))
    write(c, "empty.txt", b"")
    write(c, "blank.md", "  \n\n")
    write(c, "empty.jsonl", b"")
    os.symlink("loop", c / "loop")  # a directory-like symlink loop
    os.symlink("..", c / "sub" / "up")  # a symlinked folder pointing back up the tree
    os.symlink("b.txt", c / "a.txt")  # a file symlink loop: a.txt -> b.txt -> a.txt
    os.symlink("a.txt", c / "b.txt")
    os.mkfifo(c / "pipe.txt")  # reading it would block forever
    index = root / "index"
    proc = dossier("index", "build", "--corpus", c, "--index", index, "--workers", "1", timeout=600)
    return c, index, proc


def test_build_succeeds_despite_bad_files(bad_build):
    _, _, proc = bad_build
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr


def test_the_summary_counts_skipped_inputs(bad_build):
    _, _, proc = bad_build
    summary = proc.stderr.strip().splitlines()[-1]
    assert "indexed 7 articles" in summary
    # image, noise, empty.txt, blank.md, empty.jsonl, a.txt, b.txt, pipe.txt + 3 JSON lines
    assert "11 input(s) skipped" in summary


@pytest.mark.parametrize(
    "expected",
    [
        "skipped: image.txt: binary file",
        "skipped: noise.txt: not UTF-8 (bad byte at line 1) and its encoding cannot be told",
        "note: fr.txt: not UTF-8 (line 1): decoded as cp1252",
        "skipped: empty.txt: empty file",
        "skipped: blank.md: empty file",
        "skipped: empty.jsonl: empty file",
        "skipped: sub/feed.jsonl:2: malformed JSON",
        "skipped: sub/feed.jsonl:3: no 'text' field",
        "skipped: sub/feed.jsonl:4: not a JSON object",
        "note: broken.md: malformed front matter (line 3: 'this line is not a field')",
        "note: unclosed.md: front matter opened with '---' but never closed",
        "skipped: a.txt: cannot read: Too many levels of symbolic links",
        "skipped: b.txt: cannot read: Too many levels of symbolic links",
        "skipped: pipe.txt: not a regular file",
    ],
)
def test_each_bad_input_is_named_on_stderr(bad_build, expected):
    _, _, proc = bad_build
    assert any(line.startswith(expected) for line in proc.stderr.splitlines()), proc.stderr


@pytest.mark.parametrize(
    "word, article",
    [
        ("wombatish", "good"),
        ("capybarine", "with spaces and ünïcödé/Київ звіт 1"),
        ("ibisoïde", "fr"),
        ("narwhalic", "ok-1"),
        ("dugongian", "sub/feed:5"),
        ("tapirous", "broken"),
        ("okapical", "unclosed"),
    ],
)
def test_good_articles_are_found_after_the_build(bad_build, word, article):
    _, index, _ = bad_build
    proc = dossier("search", word, "--json", "--index", index)
    assert proc.returncode == 0, proc.stderr
    assert [h["id"] for h in json.loads(proc.stdout)["hits"]] == [article]


def test_malformed_front_matter_keeps_the_fields_it_can_read(bad_build):
    _, index, _ = bad_build
    proc = dossier("show", "broken", "--json", "--index", index)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert (doc["title"], doc["source"]) == ("Half Broken", "AP")
    assert doc["text"] == "The tapirous plan was discussed.\n"


def test_decoded_text_is_stored_as_decoded(bad_build):
    _, index, _ = bad_build
    proc = dossier("show", "fr", "--json", "--index", index)
    assert json.loads(proc.stdout)["text"].startswith("Le président Macron a parlé d’un “dialogue”")


def test_names_with_spaces_and_non_ascii_can_be_shown(bad_build):
    _, index, _ = bad_build
    proc = dossier("show", "with spaces and ünïcödé/Київ звіт 1", "--json", "--index", index)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["path"] == "with spaces and ünïcödé/Київ звіт 1.txt"


def test_symlinked_folders_are_not_followed(bad_build):
    """sub/up -> .. would read every file again, forever deeper; nothing under it is indexed."""
    _, index, proc = bad_build
    assert "sub/up" not in proc.stderr
    ids = json.loads(dossier("search", "", "--json", "--limit", "100", "--index", index).stdout)["hits"]
    assert not any("up/" in h["id"] for h in ids)


def test_a_second_build_is_up_to_date_and_still_lists_nothing_new(bad_build):
    corpus, index, _ = bad_build
    proc = dossier("index", "build", "--corpus", corpus, "--index", index, "--workers", "1")
    no_traceback(proc)
    assert proc.returncode == 0 and "up to date" in proc.stderr


# -- usage errors and damaged indexes ----------------------------------------------------------


def test_a_corpus_folder_that_does_not_exist(tmp_path):
    proc = dossier("index", "build", "--corpus", tmp_path / "nowhere", "--index", tmp_path / "ix", "--workers", "1")
    no_traceback(proc)
    assert proc.returncode == 2
    assert str(tmp_path / "nowhere") in proc.stderr and "does not exist" in proc.stderr


def test_a_corpus_that_is_a_file(tmp_path):
    write(tmp_path, "article.txt", "Just one file.\n")
    proc = dossier("index", "build", "--corpus", tmp_path / "article.txt", "--index", tmp_path / "ix")
    no_traceback(proc)
    assert proc.returncode == 2 and "not a folder" in proc.stderr


def test_no_index_exits_3_with_the_build_command(tmp_path):
    proc = dossier("search", "talks", "--index", tmp_path / "none")
    no_traceback(proc)
    assert proc.returncode == 3
    assert "dossier index build" in proc.stderr


@pytest.mark.parametrize(
    "garbage", [b"\x00\xff garbage {", b"garbage {", b"[1, 2]", b"", b'{"schema": 1}', b'{"schema": 99}']
)
def test_a_manifest_of_garbage_exits_3_with_the_rebuild_command(bad_build, tmp_path, garbage):
    _, index, _ = bad_build
    damaged = tmp_path / "damaged"
    shutil.copytree(index, damaged)
    (damaged / "manifest.json").write_bytes(garbage)
    for args in (["search", "wombatish"], ["actors"], ["quotes"], ["show", "good"]):
        proc = dossier(*args, "--index", damaged)
        no_traceback(proc)
        assert proc.returncode == 3, (args, proc.stderr)
        assert "dossier index build" in proc.stderr and str(damaged) in proc.stderr
        assert proc.stdout == ""


def test_a_garbage_manifest_is_rebuilt_by_the_command_it_names(bad_build, tmp_path):
    corpus, index, _ = bad_build
    damaged = tmp_path / "damaged"
    shutil.copytree(index, damaged)
    (damaged / "manifest.json").write_text("not json at all")
    proc = dossier("index", "build", "--corpus", corpus, "--index", damaged, "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    search = dossier("search", "wombatish", "--json", "--index", damaged)
    assert search.returncode == 0 and json.loads(search.stdout)["total"] == 1


@pytest.mark.parametrize(
    "query, reason",
    [
        ('"unclosed phrase', "quotation mark"),
        ("(talks OR peace", "'('"),
        ("talks)", "')'"),
        ("colour:red", "unknown field 'colour:'"),
    ],
)
def test_an_unparsable_query_exits_2_with_the_reason(bad_build, query, reason):
    _, index, _ = bad_build
    for args in (["search", query], ["search", query, "--json"], ["quotes", query]):
        proc = dossier(*args, "--index", index)
        no_traceback(proc)
        assert proc.returncode == 2, (args, proc.stderr)
        assert reason in proc.stderr and "bad query" in proc.stderr
        assert proc.stdout == ""


@pytest.mark.parametrize(
    "query",
    [
        "AND",
        "NOT",
        "OR OR",
        "*",
        "~",
        "talks~x",
        "title:",
        "date:[2025 TO",
        "^",
        '""',
        "a AND (",
        "\\",
        "[",
        "{}",
        "---",
        "talks^x",
        "%",
    ],
)
def test_odd_queries_answer_or_fail_cleanly(bad_build, query):
    _, index, _ = bad_build
    proc = dossier("search", "--json", "--index", index, "--", query)
    no_traceback(proc)
    assert proc.returncode in (0, 2), proc.stderr
    if proc.returncode == 0:
        assert "hits" in json.loads(proc.stdout)
    else:
        assert proc.stderr.startswith("dossier: bad query")
