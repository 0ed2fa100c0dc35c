"""Updates of a JSON Lines feed cost the records that changed, not the file.

A feed is one file of many articles. Editing, appending or deleting one record must update the
index in place by that record alone (the other records' documents stay as they were written),
and the index must then answer exactly as a full build of the same feed does: `actors --json`,
`quotes --json` and `search '*' --json`, byte for byte, order included, and report the same
problems. Only the lines whose bytes changed are parsed again (a digest per line, ingest/feed.py):
the tests count the lines parsed with a spy on the real parser.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from dossier.index.build import BuildReport, build_index
from dossier.index.cli import main
from dossier.index.ingest import feed as feed_module
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


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """The lines the loader parses (the real parser, counted)."""
    calls: list[str] = []
    real = feed_module.parse_line

    def counting(line: str, rel: str):
        calls.append(line)
        return real(line, rel)

    monkeypatch.setattr(feed_module, "parse_line", counting)
    return calls


def _same_as_full(
    feed: Path, index: Path, tmp_path: Path, capsys, aliases: str = "exact", report: BuildReport | None = None
) -> None:
    """The update answers as a full build of the feed, byte for byte, but for an actor's
    spellings where attach.py (which keeps no counts of them) differs from a full build:
    aliases="order": the same spellings, in another order (a full build ranks them by frequency,
    an update puts new ones last); "kept": those of the full build and perhaps more (an update
    does not take away a spelling that only a removed record used)."""
    reference = tmp_path / "reference"
    shutil.rmtree(reference, ignore_errors=True)
    full = build_index(feed, reference, workers=1, full=True)
    assert full.updated == 0
    if report is not None:  # the same problems, each with its line
        assert [str(p) for p in report.problems] == [str(p) for p in full.problems]
        assert [str(p) for p in report.duplicates] == [str(p) for p in full.duplicates]
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


def test_an_edited_record_is_updated_alone_and_answers_as_a_full_build(feed, tmp_path, capsys, parsed):
    index = tmp_path / "index"
    build_index(feed, index, workers=1)
    before = _docnums(index)
    records = _records()
    for r in records:
        if r["id"] == EDITED:
            r["text"] += MARMALADE
    _write(feed, records)
    parsed.clear()
    report = build_index(feed, index, workers=1)
    assert (report.updated, report.analysed, report.reused) == (1, 1, 4)
    assert [json.loads(line)["id"] for line in parsed] == [EDITED]  # the other four lines known by their digest
    after = _docnums(index)
    assert {k: v for k, v in after.items() if k != EDITED} == {k: v for k, v in before.items() if k != EDITED}
    assert after[EDITED] != before[EDITED]  # its document alone was replaced
    with Reader(index) as r:
        assert [h.id for h in r.search("marmalade").hits] == [EDITED]
        assert r.manifest.updated == 1
    _same_as_full(feed, index, tmp_path, capsys)


def test_an_appended_record_is_added_alone_and_answers_as_a_full_build(feed, tmp_path, capsys, parsed):
    index = tmp_path / "index"
    build_index(feed, index, workers=1)
    before = _docnums(index)
    _write(feed, _records() + [NEW])
    parsed.clear()
    report = build_index(feed, index, workers=1)
    assert (report.updated, report.analysed, report.reused) == (1, 1, 5)
    assert [json.loads(line)["id"] for line in parsed] == [NEW["id"]]
    after = _docnums(index)
    assert {k: v for k, v in after.items() if k != NEW["id"]} == before
    # A spelling only the new record uses finds the indexed articles of that actor too.
    with Reader(index) as r:
        assert len(r.search("speaker:zelenskyy", limit=None).hits) >= 2
    _same_as_full(feed, index, tmp_path, capsys, aliases="order")


def test_a_deleted_record_is_removed_alone_and_answers_as_a_full_build(feed, tmp_path, capsys, parsed):
    index = tmp_path / "index"
    build_index(feed, index, workers=1)
    before = _docnums(index)
    _write(feed, [r for r in _records() if r["id"] != "seed-001"])
    parsed.clear()
    report = build_index(feed, index, workers=1)
    assert (report.updated, report.analysed) == (1, 0)
    assert parsed == []  # every line that is left is known
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


def test_a_broken_line_is_reported_at_its_line_until_it_is_fixed(feed, tmp_path, capsys, parsed):
    """A line that cannot be read is named with its line number by every build, also by those
    that do not parse it again (its note comes from the table, at the line where it now is);
    fixed, it is indexed; each step answers as a full build."""
    index = tmp_path / "index"
    build_index(feed, index, workers=1)
    records = _records()
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    broken = '{"id": "wire-7", "text": "Half a record'
    lines.insert(2, broken)
    (feed / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    parsed.clear()
    report = build_index(feed, index, workers=1)
    assert [(p.line, p.skipped) for p in report.problems] == [(3, True)]
    assert "malformed JSON" in report.problems[0].message and parsed == [broken]
    _same_as_full(feed, index, tmp_path, capsys, report=report)

    # A record above it goes: the broken line, not parsed again, is now line 2.
    del lines[1]
    (feed / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    parsed.clear()
    report = build_index(feed, index, workers=1)
    assert report.updated == 1 and parsed == []
    assert [(p.path, p.line, p.skipped) for p in report.problems] == [("feed.jsonl", 2, True)]
    with Reader(index) as r:
        assert r.manifest.skipped == [str(report.problems[0])]
    _same_as_full(feed, index, tmp_path, capsys, aliases="kept", report=report)

    fixed = json.dumps(
        {"id": "wire-7", "title": "Whole", "text": "Kremlin spokesman Dmitry Peskov said: “The marmalade is whole.”\n"},
        ensure_ascii=False,
    )
    lines[1] = fixed
    (feed / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    parsed.clear()
    report = build_index(feed, index, workers=1)
    assert (report.updated, report.problems, parsed) == (1, [], [fixed])
    with Reader(index) as r:
        assert [h.id for h in r.search("whole").hits] == ["wire-7"]
        assert r.manifest.skipped == []
    _same_as_full(feed, index, tmp_path, capsys, aliases="kept", report=report)


def test_records_without_an_id_or_with_a_shared_one_are_renamed_by_their_line(feed, tmp_path, capsys, parsed):
    """A record without an id is `feed:N`, and the second of two with the same id too: when a line
    above them goes, their ids change although their bytes do not (the anonymous one's with its
    line number; the second one's to its own, now that the first one is gone)."""
    index = tmp_path / "index"
    records = _records()
    anonymous = {"title": "No id", "text": "Moscow, Monday.\n\nDmitry Peskov said: “Anonymous marmalade.”\n"}
    again = {"id": "seed-001", "title": "Same id", "text": "Kyiv, Monday.\n\nThe second record with this id.\n"}
    _write(feed, records[:2] + [anonymous] + records[2:] + [again])
    build_index(feed, index, workers=1)
    with Reader(index) as r:
        assert {"feed:3", "feed:7"} <= {h.id for h in r.search("*", limit=None).hits}
    _write(feed, records[:1] + [anonymous] + records[2:] + [again])  # seed-001 goes: "again" takes its id
    parsed.clear()
    report = build_index(feed, index, workers=1)
    assert report.updated
    with Reader(index) as r:
        ids = {h.id for h in r.search("*", limit=None).hits}
    assert {"feed:2", "seed-001"} <= ids and "feed:3" not in ids and "feed:7" not in ids
    with Reader(index) as r:
        assert r.article("seed-001").article.title == "Same id"
    assert sorted(json.loads(line).get("title", "") for line in parsed) == ["No id", "Same id"]
    _same_as_full(feed, index, tmp_path, capsys, aliases="kept", report=report)
    # The table now knows them at their new places: the next update touches the new record only.
    _write(feed, records[:1] + [anonymous] + records[2:] + [again, NEW])
    parsed.clear()
    report = build_index(feed, index, workers=1)
    assert (report.updated, [json.loads(line)["id"] for line in parsed]) == (1, [NEW["id"]])


def test_a_record_moved_and_a_line_that_is_not_utf8_answer_as_a_full_build(feed, tmp_path, capsys):
    """A feed with a byte that is not UTF-8 is decoded whole (no table), then read by lines again
    once it is fixed; every step answers as a full build."""
    index = tmp_path / "index"
    build_index(feed, index, workers=1)
    path = feed / "feed.jsonl"
    good = path.read_bytes()
    latin = json.dumps({"id": "wire-8", "text": "Caf\u00e9 owners in Kyiv said the marmalade was late.\n"})
    path.write_bytes(good + latin.replace("\\u00e9", "\xe9").encode("latin-1") + b"\n")
    report = build_index(feed, index, workers=1)
    assert report.updated == 1 and any("cp1252" in p.message or "latin-1" in p.message for p in report.problems)
    _same_as_full(feed, index, tmp_path, capsys, report=report)
    records = _records()
    records.append(records.pop(0))
    _write(feed, records)
    report = build_index(feed, index, workers=1)
    assert report.updated
    _same_as_full(feed, index, tmp_path, capsys, aliases="kept", report=report)


def test_an_unchanged_feeds_table_is_kept_for_its_next_change(feed, tmp_path, parsed):
    """Two feeds: an update of one keeps the other's table (linked into the new generation), so
    that a later change to the other parses its changed line alone too."""
    index = tmp_path / "index"
    records = _records()
    (feed / "feed.jsonl").unlink()
    _write(feed, records[:3])
    (feed / "feed.jsonl").rename(feed / "a.jsonl")
    _write(feed, records[3:])
    (feed / "feed.jsonl").rename(feed / "b.jsonl")
    build_index(feed, index, workers=1)
    for name, recs in (
        ("a.jsonl", records[:3] + [NEW]),
        ("b.jsonl", records[3:] + [{**NEW, "id": "wire-10", "text": NEW["text"] + MARMALADE}]),
    ):
        _write(feed, recs)
        (feed / "feed.jsonl").replace(feed / name)
        parsed.clear()
        report = build_index(feed, index, workers=1)
        assert report.updated == 1 and len(parsed) == 1, name
