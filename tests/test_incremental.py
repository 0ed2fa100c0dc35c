"""Incremental builds: a few changed files are replaced in a copy of the current generation.

The reference is always a full build of the same corpus: an incremental build must answer as it
does (the same articles, quotes, speakers, quote groups and actors), except where attach.py says
it may differ (merges only the whole corpus shows), which these corpora do not exercise.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import dossier.index.build as build
from dossier.index.build import build_index
from dossier.index.read import Reader

ZELENSKY = "003_7e505e72308bf6ca.txt"
QUERIES = (
    "Ushakov",
    "peace talks",
    "actor:zelensky",
    "speaker:peskov",
    "Kremlin OR Kyiv",
    "talk*",
    "actor:witkoff",
    "speaker:zelenskyy",
    "marmalade",
)


def _state(index_dir: Path) -> dict:
    """Everything a user can see, in a form that depends neither on the order documents were
    written nor on the names and ids actors were given (an update keeps an indexed actor's name
    where a full build might now prefer another spelling): actors are compared by the mentions
    they gather, speakers by the quotes they share."""
    with Reader(index_dir) as r:
        ids = r.article_ids()
        quotes = r.quotes()
        views = {aid: r.article(aid) for aid in ids}
        actor_mentions: dict[str, set] = {}
        for aid, view in views.items():
            for m in view.mentions:
                actor_mentions.setdefault(m.actor, set()).add((aid, m.start, m.end))
        actors = {a.id: a for a in r.actors()}
        return {
            "ids": ids,
            "search": {q: sorted(h.id for h in r.search(q, limit=None).hits) for q in QUERIES},
            "quotes": sorted((q.id, q.text, q.kind, q.speaker is None) for q in quotes),
            "speakers": _partition((q.speaker_id, q.id) for q in quotes if q.speaker_id),
            "groups": _partition((q.group, q.id) for q in quotes),
            "actors": sorted(
                (sorted(ms), actors[a].type, actors[a].mentions, actors[a].articles) for a, ms in actor_mentions.items()
            ),
            "actor count": len(actors),
        }


def _partition(pairs) -> list[list[str]]:
    parts: dict[str, list[str]] = {}
    for key, member in pairs:
        parts.setdefault(key, []).append(member)
    return sorted(sorted(p) for p in parts.values())


def _full_state(corpus: Path, tmp_path: Path) -> dict:
    reference = tmp_path / "reference"
    report = build_index(corpus, reference, workers=1, full=True)
    assert report.updated == 0
    return _state(reference)


def _same(got: dict, want: dict) -> None:
    for key in want:
        assert got[key] == want[key], key


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def test_an_edited_article_updates_in_place_as_a_full_build_would(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir, workers=1)
    path = seeds_copy / ZELENSKY
    path.write_text(
        path.read_text(encoding="utf-8") + "\n“We will not trade our land for marmalade,” "
        "Zelenskiy told reporters on Friday.\n",
        encoding="utf-8",
    )
    report = build_index(seeds_copy, index_dir, workers=1)
    assert report.updated == 1 and report.analysed == 1 and report.reused == 4
    got = _state(index_dir)
    assert got["search"]["marmalade"] == [ZELENSKY.removesuffix(".txt")]
    with Reader(index_dir) as r:
        (quote,) = r.quotes(query="marmalade")
        assert "Zelenskiy" in r.actor(quote.speaker_id).aliases
    _same(got, _full_state(seeds_copy, tmp_path))


def test_a_removed_and_an_added_file_update_in_place_as_a_full_build_would(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir, workers=1)
    removed = sorted(seeds_copy.glob("*.txt"))[0]
    removed.unlink()
    (seeds_copy / "new.md").write_text(
        "---\ntitle: Marmalade diplomacy\nsource: Test Wire\ndate: 2025-12-09\n---\n\n"
        "Volodymyr Zelenskyy met Steve Witkoff in Berlin on Tuesday.\n\n"
        "“The marmalade talks were useful,” Zelenskyy said after the meeting.\n\n"
        "Kremlin spokesman Dmitry Peskov said: “Nothing has been agreed about marmalade.”\n",
        encoding="utf-8",
    )
    report = build_index(seeds_copy, index_dir, workers=1)
    assert report.updated == 2 and report.analysed == 1
    got = _state(index_dir)
    assert removed.stem not in got["ids"] and "new" in got["ids"]
    # A spelling only the new article uses finds every article of that actor (names become ids).
    assert len(got["search"]["speaker:zelenskyy"]) >= 2
    _same(got, _full_state(seeds_copy, tmp_path))


def test_articles_added_after_a_build_of_nothing_update_in_place(seeds_copy, tmp_path):
    """A folder whose every file was skipped builds an index with no documents; the next build,
    once articles arrive, reads that one and must not fail on it (Whoosh's reader of an empty
    table had no columns: whoosh_fixes 4)."""
    index_dir, corpus = tmp_path / "index", tmp_path / "empty"
    corpus.mkdir()
    (corpus / "broken.jsonl").write_text("not json\n", encoding="utf-8")
    first = build_index(corpus, index_dir, workers=1)
    assert [(p.path, p.line) for p in first.problems if p.skipped] == [("broken.jsonl", 1)]
    with Reader(index_dir) as r:
        assert r.article_ids() == []
    for seed in sorted(seeds_copy.glob("*.txt")):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    report = build_index(corpus, index_dir, workers=1)
    assert report.analysed == 5
    got = _state(index_dir)
    assert len(got["ids"]) == 5
    (corpus / "broken.jsonl").unlink()
    _same(got, _full_state(corpus, tmp_path))


def test_the_previous_generation_is_untouched_and_stays_readable(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir, workers=1)
    reader = Reader(index_dir)
    before_state = _state(index_dir)
    old_gen = index_dir / reader.manifest.generation
    before = _digests(old_gen)
    path = seeds_copy / ZELENSKY
    path.write_text(path.read_text(encoding="utf-8") + "\nMarmalade was served.\n", encoding="utf-8")
    assert build_index(seeds_copy, index_dir, workers=1).updated == 1
    assert _digests(old_gen) == before  # hard links: no file of the previous generation was written
    assert sorted(h.id for h in reader.search("Ushakov", limit=None).hits) == before_state["search"]["Ushakov"]
    assert reader.reopen()
    assert reader.manifest.generation != old_gen.name
    reader.close()


def test_duplicates_across_an_update(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir, workers=1)
    original = seeds_copy / ZELENSKY
    copy = seeds_copy / "zz-copy.txt"
    copy.write_text(original.read_text(encoding="utf-8"), encoding="utf-8")
    report = build_index(seeds_copy, index_dir, workers=1)
    assert report.updated == 0 or report.analysed == 0  # nothing new to analyse
    assert [str(d) for d in report.duplicates if d.path == "zz-copy.txt"], report.duplicates
    with Reader(index_dir) as r:
        assert "zz-copy" not in r.article_ids()
    # The indexed copy goes: the skipped one must now be indexed (a full build sees to it).
    original.unlink()
    build_index(seeds_copy, index_dir, workers=1)
    got = _state(index_dir)
    assert "zz-copy" in got["ids"] and ZELENSKY.removesuffix(".txt") not in got["ids"]
    _same(got, _full_state(seeds_copy, tmp_path))


def test_past_the_share_of_changes_the_build_is_full(seeds_copy, tmp_path, monkeypatch):
    monkeypatch.setattr(build, "UPDATE_MIN", 1)
    monkeypatch.setattr(build, "UPDATE_SHARE", 0.0)
    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir, workers=1)
    for i in (1, 2):
        (seeds_copy / f"extra-{i}.txt").write_text(f"Extra {i}\n\nMarmalade report number {i}.\n", encoding="utf-8")
    (seeds_copy / "extra-1.txt").unlink()
    assert build_index(seeds_copy, index_dir, workers=1).updated == 1  # one file: in place
    (seeds_copy / "extra-1.txt").write_text("Extra 1\n\nMarmalade report number 1.\n", encoding="utf-8")
    assert build_index(seeds_copy, index_dir, workers=1).updated == 0  # 1 + 1 > 1: full
    (seeds_copy / "extra-3.txt").write_text("Extra 3\n\nMarmalade report number 3.\n", encoding="utf-8")
    assert build_index(seeds_copy, index_dir, workers=1).updated == 1  # counted afresh after the full one


def test_an_id_taken_by_an_unchanged_file_makes_the_build_full(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir, workers=1)
    stem = ZELENSKY.removesuffix(".txt")
    (seeds_copy / f"{stem}.md").write_text(
        "---\ntitle: Same id\n---\n\nA different marmalade text.\n", encoding="utf-8"
    )
    report = build_index(seeds_copy, index_dir, workers=1)
    assert report.updated == 0
    _same(_state(index_dir), _full_state(seeds_copy, tmp_path))


@pytest.mark.parametrize("kill_at", ["actors", "writing"])
def test_a_failed_update_leaves_the_index_as_it_was(seeds_copy, tmp_path, kill_at):
    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir, workers=1)
    before = _state(index_dir)
    (seeds_copy / "extra.txt").write_text("Extra\n\nMarmalade report.\n", encoding="utf-8")

    def fail(stage: str, done: int, total: int) -> None:
        if stage == kill_at and done == total:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        build_index(seeds_copy, index_dir, workers=1, progress=fail)
    assert _state(index_dir) == before
    assert build_index(seeds_copy, index_dir, workers=1).updated == 1
    assert "extra" in _state(index_dir)["ids"]
