"""Updates of a JSON Lines feed cost the records that changed, not the file.

A feed is one file of many articles. Editing, appending or deleting one record must update the
index in place by that record alone (the other records' documents stay as they were written),
and the index must then answer exactly as a full build of the same feed does: `actors --json`,
`quotes --json` and `search '*' --json`, byte for byte, order included.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.index.build import build_index
from dossier.index.cli import main
from dossier.index.paths import SEEDS
from dossier.index.read import Reader

EDITED = "seed-003"  # the Zelenskiy article, fourth of five: an edit in the middle of the feed
MARMALADE = "\n\n“We will not trade our land for marmalade,” Zelenskiy told reporters on Friday.\n"
NEW = {
    "id": "wire-9",
    "title": "Marmalade diplomacy",
    "source": "Test Wire",
    "date": "2025-12-09",
    "text": "Volodymyr Zelenskyy met Steve Witkoff in Berlin on Tuesday.\n\n"
    "“The marmalade talks were useful,” Zelenskyy said after the meeting.\n\n"
    "Kremlin spokesman Dmitry Peskov said: “Nothing has been agreed about marmalade.”\n",
}


def _records() -> list[dict]:
    return [
        {"id": f"seed-{p.name[:3]}", "source": "Seeds", "text": p.read_text(encoding="utf-8")}
        for p in sorted(SEEDS.glob("*.txt"))
    ]


def _write(folder: Path, records: list[dict]) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _answers(index: Path, capsys) -> dict[str, str]:
    """What the commands print, as a user reads it."""
    out = {}
    for name, cmd in {
        "actors": ["actors"],
        "quotes": ["quotes"],
        "search": ["search", "*", "--limit", "100"],
        "said": ["search", "said OR marmalade", "--limit", "100"],
    }.items():
        capsys.readouterr()
        assert main([*cmd, "--json", "--index", str(index)]) == 0
        out[name] = capsys.readouterr().out
    # A ranked search finds the same articles; its scores may differ in the last digits, as
    # Whoosh (like Lucene) counts a deleted document in its term statistics until a merge.
    out["said"] = sorted(h["id"] for h in json.loads(out["said"])["hits"])
    return out


def _docnums(index: Path) -> dict[str, int]:
    """Each indexed article's document number: what a rewrite of its document would change."""
    with Reader(index) as r:
        s = r._searchers["articles"]
        return {s.stored_fields(n)["id"]: n for n in s.document_numbers()}


@pytest.fixture
def feed(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder, _records())
    return folder


def _same_as_full(feed: Path, index: Path, tmp_path: Path, capsys, aliases: str = "exact") -> None:
    """The update answers as a full build of the feed, byte for byte, but for an actor's
    spellings where attach.py (which keeps no counts of them) differs from a full build:
    aliases="order": the same spellings, in another order (a full build ranks them by frequency,
    an update puts new ones last); "kept": those of the full build and perhaps more (an update
    does not take away a spelling that only a removed record used)."""
    reference = tmp_path / "reference"
    assert build_index(feed, reference, workers=1, full=True).updated == 0
    got, want = _answers(index, capsys), _answers(reference, capsys)
    if aliases != "exact":
        mine, full = json.loads(got["actors"]), json.loads(want["actors"])
        assert [a["id"] for a in mine] == [a["id"] for a in full]
        for a, b in zip(mine, full):
            assert (
                set(a["aliases"]) == set(b["aliases"]) if aliases == "order" else set(a["aliases"]) >= set(b["aliases"])
            )
        got["actors"], want["actors"] = (json.dumps([{**a, "aliases": None} for a in x]) for x in (mine, full))
    for name in want:
        assert got[name] == want[name], name


def test_an_edited_record_is_updated_alone_and_answers_as_a_full_build(feed, tmp_path, capsys):
    index = tmp_path / "index"
    build_index(feed, index, workers=1)
    before = _docnums(index)
    records = _records()
    for r in records:
        if r["id"] == EDITED:
            r["text"] += MARMALADE
    _write(feed, records)
    report = build_index(feed, index, workers=1)
    assert (report.updated, report.analysed, report.reused) == (1, 1, 4)
    after = _docnums(index)
    assert {k: v for k, v in after.items() if k != EDITED} == {k: v for k, v in before.items() if k != EDITED}
    assert after[EDITED] != before[EDITED]  # its document alone was replaced
    with Reader(index) as r:
        assert [h.id for h in r.search("marmalade").hits] == [EDITED]
        assert r.manifest.updated == 1
    _same_as_full(feed, index, tmp_path, capsys)


def test_an_appended_record_is_added_alone_and_answers_as_a_full_build(feed, tmp_path, capsys):
    index = tmp_path / "index"
    build_index(feed, index, workers=1)
    before = _docnums(index)
    _write(feed, _records() + [NEW])
    report = build_index(feed, index, workers=1)
    assert (report.updated, report.analysed, report.reused) == (1, 1, 5)
    after = _docnums(index)
    assert {k: v for k, v in after.items() if k != NEW["id"]} == before
    # A spelling only the new record uses finds the indexed articles of that actor too.
    with Reader(index) as r:
        assert len(r.search("speaker:zelenskyy", limit=None).hits) >= 2
    _same_as_full(feed, index, tmp_path, capsys, aliases="order")


def test_a_deleted_record_is_removed_alone_and_answers_as_a_full_build(feed, tmp_path, capsys):
    index = tmp_path / "index"
    build_index(feed, index, workers=1)
    before = _docnums(index)
    _write(feed, [r for r in _records() if r["id"] != "seed-001"])
    report = build_index(feed, index, workers=1)
    assert (report.updated, report.analysed) == (1, 0)
    assert _docnums(index) == {k: v for k, v in before.items() if k != "seed-001"}
    _same_as_full(feed, index, tmp_path, capsys, aliases="kept")


def test_a_group_whose_first_quote_goes_is_renamed_as_a_full_build_names_it(feed, tmp_path, capsys):
    """The same words in two new records make a group named after the first; when that record
    goes, a full build names the group after the other: so must the update."""
    index = tmp_path / "index"
    said = "Kremlin spokesman Dmitry Peskov said: “Nothing has been agreed about marmalade.”\n"
    first = {"id": "wire-1", "title": "Monday", "text": "Moscow, Monday.\n\n" + said}
    second = {"id": "wire-2", "title": "Tuesday", "text": "Moscow, Tuesday.\n\n" + said}
    _write(feed, _records() + [first, second])
    build_index(feed, index, workers=1)
    with Reader(index) as r:
        groups = {q.article: q.group for q in r.quotes(query="marmalade")}
    assert groups["wire-1"] == groups["wire-2"]
    _write(feed, _records() + [second])
    report = build_index(feed, index, workers=1)
    assert (report.updated, report.analysed) == (1, 0)
    with Reader(index) as r:
        assert [q.group != groups["wire-2"] for q in r.quotes(query="marmalade")] == [True]
    _same_as_full(feed, index, tmp_path, capsys, aliases="kept")


def test_a_record_moved_to_another_line_keeps_the_feeds_order(feed, tmp_path, capsys):
    """Order is part of what a full build answers: a record moved up the feed is re-placed."""
    index = tmp_path / "index"
    build_index(feed, index, workers=1)
    records = _records()
    records.insert(0, records.pop(3))
    _write(feed, records)
    report = build_index(feed, index, workers=1)
    assert report.updated and report.analysed == 0
    _same_as_full(feed, index, tmp_path, capsys)
