"""The headless commands as scripts use them: JSON/CSV shapes and exit codes (real subprocesses)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def dossier(*args: str, index: Path | None = None) -> subprocess.CompletedProcess:
    extra = ["--index", str(index)] if index else []
    return subprocess.run(
        [sys.executable, "-m", "dossier.tui.cli", *args, *extra], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_search_json_shape(seeds_index):
    out = dossier("search", "Ushakov", "--json", index=seeds_index)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["query"] == "Ushakov" and doc["total"] == len(doc["hits"]) == 4
    for hit in doc["hits"]:
        assert set(hit) == {
            "id",
            "title",
            "source",
            "date",
            "path",
            "score",
            "snippet",
            "snippet_plain",
            "snippet_matches",
        }
        assert "[[Ushakov]]" in hit["snippet"]
    assert [h["score"] for h in doc["hits"]] == sorted((h["score"] for h in doc["hits"]), reverse=True)


def test_search_csv(seeds_index):
    out = dossier("search", "Witkoff", "--csv", "--limit", "2", index=seeds_index)
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert out.returncode == 0 and len(rows) == 2 and all("[[Witkoff]]" in r["snippet"] for r in rows)


def test_actors_json_shape(seeds_index):
    out = dossier("actors", "--json", index=seeds_index)
    actors = json.loads(out.stdout)
    assert out.returncode == 0 and actors
    for a in actors:
        assert set(a) == {"id", "name", "type", "aliases", "mentions", "articles"}
        assert a["id"].startswith(a["type"] + ":")
    assert [a["mentions"] for a in actors] == sorted((a["mentions"] for a in actors), reverse=True)
    people = json.loads(dossier("actors", "--type", "person", "--json", index=seeds_index).stdout)
    assert people and all(p["type"] == "person" for p in people)


def test_quotes_json_shape(seeds_index):
    out = dossier("quotes", "--speaker", "Peskov", "--json", index=seeds_index)
    quotes = json.loads(out.stdout)
    assert out.returncode == 0 and quotes
    for q in quotes:
        assert set(q) == {"id", "article", "text", "start", "end", "speaker", "speaker_id", "cue", "kind", "group"}
        assert q["kind"] in ("full", "partial") and q["speaker"].endswith("Peskov")
    everything = json.loads(dossier("quotes", "--json", index=seeds_index).stdout)
    assert len(everything) > len(quotes)


def test_show_json_shape(seeds_index):
    out = dossier("show", "002_1aacff9da795299a", "--json", index=seeds_index)
    doc = json.loads(out.stdout)
    assert out.returncode == 0
    assert {"id", "path", "title", "source", "date", "url", "text", "junk", "mentions", "quotes"} <= set(doc)
    assert doc["text"].startswith("The Kremlin denies") and doc["mentions"] and doc["quotes"]
    missing = dossier("show", "no-such-article", index=seeds_index)
    assert missing.returncode == 2 and "no article" in missing.stderr


def test_index_status_json(seeds_index):
    out = dossier("index", "status", "--json", "--corpus", str(ROOT / "seeds"), index=seeds_index)
    doc = json.loads(out.stdout)
    assert out.returncode == 0 and doc["exists"] and not doc["stale"]
    assert doc["articles"] == 5 and doc["model"].startswith("en_core_web_sm")


@pytest.mark.parametrize("query", ['"unclosed', "(peace", "colour:red"])
def test_bad_query_exits_2_with_reason(seeds_index, query):
    out = dossier("search", query, index=seeds_index)
    assert out.returncode == 2
    assert "bad query" in out.stderr and "Traceback" not in out.stderr


def test_missing_index_exits_3_with_the_build_command(tmp_path):
    out = dossier("search", "peace", index=tmp_path / "none")
    assert out.returncode == 3
    assert "dossier index build" in out.stderr and "Traceback" not in out.stderr


def test_bad_usage_exits_2():
    assert dossier("actors", "--type", "planet").returncode == 2
    assert dossier("frobnicate").returncode == 2


def test_build_lists_duplicates_and_updates_in_place(seeds_copy, tmp_path):
    index = tmp_path / "index"
    assert dossier("index", "build", "--corpus", str(seeds_copy), "--quiet", index=index).returncode == 0
    first = sorted(seeds_copy.glob("*.txt"))[0]
    (seeds_copy / "copy-a.txt").write_bytes(first.read_bytes())
    (seeds_copy / "copy-b.txt").write_bytes(first.read_bytes())
    loud = dossier("index", "build", "--corpus", str(seeds_copy), index=index)
    assert loud.returncode == 0, loud.stderr
    assert loud.stderr.count("duplicate: copy-") == 2, loud.stderr
    assert "updated 2 in place" not in loud.stderr  # nothing new to index: both are copies
    (seeds_copy / "copy-c.txt").write_bytes(first.read_bytes())
    (seeds_copy / "fresh.txt").write_text("Fresh news\n\nThe marmalade summit opened in Geneva.\n", encoding="utf-8")
    quiet = dossier("index", "build", "--corpus", str(seeds_copy), "--quiet", "--progress-jsonl", index=index)
    assert quiet.returncode == 0, quiet.stderr
    assert "duplicate: " not in quiet.stderr and "1 duplicate text(s) indexed once" in quiet.stderr
    finished = json.loads(quiet.stderr.strip().splitlines()[-1])
    assert finished["finished"] and finished["updated"] == 1 and finished["articles"] == 6


def test_quotes_of_an_unknown_speaker_say_so(seeds_index):
    """An empty list alone looked like a failure: the command says that no quote was found, and
    the nearest name when there is one; stdout stays what scripts read."""
    near = dossier("quotes", "--speaker", "ushakovv", index=seeds_index)
    assert near.returncode == 0 and near.stdout == ""
    assert "no quotes of a speaker named 'ushakovv'; did you mean 'ushakov'?" in near.stderr, near.stderr
    none = dossier("quotes", "--speaker", "nobodyxyz", "--json", index=seeds_index)
    assert none.returncode == 0 and json.loads(none.stdout) == []
    assert "no quotes of a speaker named 'nobodyxyz'" in none.stderr and "did you mean" not in none.stderr
    found = dossier("quotes", "--speaker", "Ushakov", index=seeds_index)
    assert found.returncode == 0 and found.stdout and "no quotes" not in found.stderr
    # A speaker who has quotes, none of them with the query's words: not "no quotes of a speaker".
    unmatched = dossier("quotes", "marmalade", "--speaker", "Ushakov", index=seeds_index)
    assert unmatched.returncode == 0 and unmatched.stdout == ""
    assert "none of the quotes of a speaker named 'Ushakov' matches 'marmalade'" in unmatched.stderr, unmatched.stderr


def test_index_status_counts_the_texts_held_twice(seeds_built):
    """The copies a build indexes once are said by `index status`, not only by the build."""
    from dossier.index.build import build_index

    corpus, folder = seeds_built
    first = sorted(corpus.glob("*.txt"))[0]
    (corpus / "copy-of-first.txt").write_bytes(first.read_bytes())
    report = build_index(corpus, folder, workers=1)
    assert len(report.duplicates) == 1
    out = dossier("index", "status", "--corpus", str(corpus), "--json", index=folder)
    assert json.loads(out.stdout)["duplicate_texts"] == 1, out.stdout
    text = dossier("index", "status", "--corpus", str(corpus), index=folder)
    assert "copies  1 text(s) found more than once" in text.stdout, text.stdout
