"""The case file (pins, notes, saved searches, history) and the comparison of a statement, on real
indexes of the seeds: pins survive rebuilds and say when their article changed or went."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.index.build import build_index
from dossier.index.casefile import (
    FILE_NAME,
    SCHEMA_VERSION,
    CaseFile,
    CaseFileError,
    iter_markdown,
    kind_of,
    pin_from_index,
    pin_states,
)
from dossier.index.compare import SIMILAR_MIN, compare, find_quote, similarity, word_diff
from dossier.index.read import Reader


def ushakov_pair(reader: Reader):
    """The two translations of Ushakov's "no one has seriously ..." in two articles (found by
    their words, not by id: the test follows the data)."""
    found = [q for q in reader.quotes(query="seriously") if q.speaker_id == "person:yuri-ushakov"]
    assert len(found) == 2 and found[0].article != found[1].article
    return found


def test_compare_finds_the_same_words_in_other_articles(seeds_index):
    with Reader(seeds_index) as r:
        grouped: dict[str, list] = {}
        for q in r.quotes():
            grouped.setdefault(q.group, []).append(q)
        shared = next(qs for qs in grouped.values() if len({q.article for q in qs}) > 1)
        result = compare(r, shared[0].id)
        assert result is not None
        assert {p.quote.id for p in result.same} == {q.id for q in shared[1:]}
        assert all(p.title for p in [result.quote, *result.same])  # each with its article's title
        doc = result.to_dict()
        assert set(doc) == {"quote", "same", "similar"}
        assert {"title", "source", "date", "id", "speaker", "cue"} <= set(doc["quote"])


def test_compare_links_two_translations_of_one_statement(seeds_index):
    with Reader(seeds_index) as r:
        first, second = ushakov_pair(r)
        assert first.group != second.group  # not the same words: only similarity can join them
        result = compare(r, first.id)
        similar = {p.quote.id: score for p, score in result.similar}
        assert second.id in similar and SIMILAR_MIN <= similar[second.id] < 1.0
        # another speaker's words are never offered as this statement
        assert all(p.quote.speaker_id in (None, first.speaker_id) for p, _ in result.similar)


def test_compare_of_an_unknown_quote_is_none(seeds_index):
    with Reader(seeds_index) as r:
        assert compare(r, "no-such-article#q1") is None
        assert find_quote(r, "nohash") is None


def test_word_diff_marks_the_words_that_differ():
    segments = word_diff("no one has seriously talked about this idea", "no one has seriously discussed this idea")
    assert "".join(t for t, _ in segments) == "no one has seriously discussed this idea"
    assert [t.strip() for t, differs in segments if differs] == ["discussed"]


def test_kind_of_an_id():
    assert kind_of("000_abc#q3") == "quote"
    assert kind_of("person:yuri-ushakov") == "actor"
    assert kind_of("news/2025/item") == "article"


def test_pins_keep_order_notes_and_survive_a_reopen(seeds_index, tmp_path):
    with Reader(seeds_index) as r:
        quote = ushakov_pair(r)[0]
        article = r.article_ids()[-1]
        with CaseFile(tmp_path) as case:
            a = pin_from_index(case, r, quote.id, note="check the translation")
            b = pin_from_index(case, r, "person:yuri-ushakov")
            c = pin_from_index(case, r, article)
            case.move(c.id, -2)
            case.annotate(b.id, "the Kremlin aide")
            again = pin_from_index(case, r, quote.id)  # pinned twice: one pin, its place kept
            assert again.id == a.id
            with pytest.raises(KeyError):
                pin_from_index(case, r, "no-such-article#q9")
        with CaseFile(tmp_path) as case:
            pins = case.pins()
            assert [p.ref for p in pins] == [article, quote.id, "person:yuri-ushakov"]
            assert pins[1].note == "check the translation" and pins[2].note == "the Kremlin aide"
            assert pins[1].text == quote.text and pins[1].speaker == quote.speaker
            case.unpin(pins[0].id)
            assert [p.ref for p in case.pins()] == [quote.id, "person:yuri-ushakov"]


def test_a_pin_says_when_its_article_changed_or_went_and_keeps_what_was_pinned(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir, workers=1)
    with Reader(index_dir) as r:
        first, second = ushakov_pair(r)
    with Reader(index_dir) as r, CaseFile(index_dir) as case:
        pin_from_index(case, r, first.id)
        pin_from_index(case, r, second.article)
    # One article edited, the other deleted; then a full rebuild (the case file is beside the
    # index, not in a generation: it must survive).
    files = {p.stem: p for p in seeds_copy.iterdir()}
    edited = files[first.article]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA new closing line.\n", encoding="utf-8")
    files[second.article].unlink()
    build_index(seeds_copy, index_dir, workers=1, full=True)
    assert (index_dir / FILE_NAME).exists()
    with Reader(index_dir) as r, CaseFile(index_dir) as case:
        states = pin_states(case.pins(), r)
        assert [(p.ref, s) for p, s in states] == [(first.id, "changed"), (second.article, "gone")]
        assert states[0][0].text == first.text  # what was pinned is kept
        report = "\n".join(iter_markdown(states))
        assert first.text in report and "changed since this was pinned" in report
        assert "no longer in the index" in report


def test_saved_searches_and_history(tmp_path):
    with CaseFile(tmp_path) as case:
        case.save_search("talks", "peace talks", actor="person:yuri-ushakov")
        for q in ["ushakov", "ushakov", "  ", "kremlin"]:
            case.remember(q)
    with CaseFile(tmp_path) as case:  # survives a restart
        assert [(s.name, s.query, s.actor) for s in case.searches()] == [
            ("talks", "peace talks", "person:yuri-ushakov")
        ]
        assert case.history() == ["kremlin", "ushakov"]


def test_a_newer_or_broken_case_file_is_refused_with_its_path(tmp_path):
    CaseFile(tmp_path).close()
    db = sqlite3.connect(tmp_path / FILE_NAME)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(CaseFileError, match="newer"):
        CaseFile(tmp_path)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / FILE_NAME).write_bytes(b"not a database at all" * 100)
    with pytest.raises(CaseFileError, match=str(broken)):
        CaseFile(broken)


def _dossier(*args: str, index: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dossier.tui.cli", *args, "--index", str(index)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_compare_and_pins_commands(seeds_index, tmp_path):
    import json
    import shutil

    index = tmp_path / "index"
    shutil.copytree(seeds_index, index)  # the case file is written beside the index
    with Reader(index) as r:
        first, second = ushakov_pair(r)
    out = _dossier("compare", first.id, "--json", index=index)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["quote"]["id"] == first.id
    assert [s["quote"]["id"] for s in doc["similar"]] == [second.id]
    assert isinstance(doc["similar"][0]["score"], float)
    assert _dossier("compare", "nope#q1", index=index).returncode == 2

    assert _dossier("pin", first.id, "--note", "two translations", index=index).returncode == 0
    assert _dossier("pin", "person:yuri-ushakov", index=index).returncode == 0
    bad = _dossier("pin", "nope#q1", index=index)
    assert bad.returncode == 2 and "nope#q1" in bad.stderr
    pins = json.loads(_dossier("pins", "--json", index=index).stdout)
    assert [(p["kind"], p["ref"], p["state"]) for p in pins] == [
        ("quote", first.id, "ok"),
        ("actor", "person:yuri-ushakov", "ok"),
    ]
    report = _dossier("pins", "--markdown", "--by-actor", index=index).stdout
    assert f"“{first.text}”" in report and "two translations" in report and "## Yuri Ushakov" in report
    assert _dossier("unpin", str(pins[0]["id"]), index=index).returncode == 0
    assert _dossier("unpin", "99", index=index).returncode == 2
    assert len(json.loads(_dossier("pins", "--json", index=index).stdout)) == 1


def test_short_quotes_that_share_one_word_are_not_one_statement():
    # Real BBC scare quotes that a character-level ratio alone called similar (0.69 and 0.53).
    assert similarity("hard right agenda", "hard landing") == 0.0
    assert similarity("hard right agenda", "competing agendas") == 0.0
    # Nor is a one-word scare quote the sentence that holds its word.
    assert similarity("significant risk", "significant") == 0.0
    assert similarity("We took the ball into contact, and you know when you do that", "other") == 0.0
    # The same short words in other forms still are; so is a translation (seed 000 / 002).
    assert similarity("competing agendas", "competing agenda") >= SIMILAR_MIN
    assert (
        similarity(
            "Until now no one has seriously talked about this idea",
            "At present, no one has seriously discussed this initiative",
        )
        >= SIMILAR_MIN
    )
    # Scattered function words in common are not common wording.
    assert (
        similarity(
            "He struck the ball very well - he always has done - and I think it was",
            "I think we played quite well and it was a very good game",
        )
        == 0.0
    )
