"""Corrections appended since the last build are applied in place (index/entities/reapply.py),
and give exactly what a full build with the same corrections gives. Real seeds index, real builds
from the cached annotations (no spaCy run)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from dossier.index.build import build_index
from dossier.index.cli import main
from dossier.index.entities.corrections import Correction, append_correction
from dossier.index.read import Reader


def dump(capsys, folder: Path, corpus: Path) -> dict:
    """What a script sees of an index: actors, quotes and every article with its mentions."""
    out = {}
    for cmd in (["actors", "--json"], ["quotes", "--json"], ["search", "*", "--json"]):
        assert main([*cmd, "--index", str(folder), "--corpus", str(corpus)]) == 0
        out[cmd[0]] = json.loads(capsys.readouterr().out)
    with Reader(folder) as r:
        out["mentions"] = {aid: [m.__dict__ for m in r.article(aid).mentions] for aid in r.article_ids()}
    return out


def full_twin(corpus: Path, folder: Path, tmp_path: Path) -> Path:
    """A full build of the same corpus with the same corrections file, from the same cache."""
    twin = tmp_path / "twin"
    twin.mkdir()
    shutil.copytree(folder / "annotations", twin / "annotations")
    shutil.copy(folder / "corrections.toml", twin / "corrections.toml")
    report = build_index(corpus, twin, workers=1)
    assert report.analysed == 0 and report.corrected == 0 and report.updated == 0  # a full build
    return twin


def speakers(folder: Path) -> list[str]:
    """Actor ids that speak in the seeds, most quoted first."""
    with Reader(folder) as r:
        counts: dict[str, int] = {}
        for q in r.quotes():
            if q.speaker_id:
                counts[q.speaker_id] = counts.get(q.speaker_id, 0) + 1
    return sorted(counts, key=lambda i: (-counts[i], i))


def test_each_kind_of_correction_applied_in_place_gives_the_full_builds_index(seeds_built, tmp_path, capsys):
    corpus, folder = seeds_built
    path = folder / "corrections.toml"
    first, second = speakers(folder)[:2]
    with Reader(folder) as r:
        by_id = {a.id: a for a in r.actors()}
        place = next(a for a in r.actors() if a.type == "place" and a.mentions >= 2)
        two_forms = next(a for a in r.actors() if a.type == "person" and len(a.aliases) >= 2 and a.id != first)
    steps = [
        Correction("merge", (first, second)),  # two speakers: their quotes' groups can join
        Correction("rename", (first,), value="Renamed Speaker"),  # only quotes' speaker names change
        Correction("split", (two_forms.id,), forms=(two_forms.aliases[-1],)),
        Correction("set-type", (place.id,), value="org"),
        Correction("drop", (by_id[speakers(folder)[2]].id,)),
        Correction("merge", ("person:nobody-here", first)),  # names no actor: a note, not applied
    ]
    for step in steps:
        append_correction(path, step)
        report = build_index(corpus, folder, workers=1)
        assert report.corrected == 1, step  # applied in place, not by a full build
        assert report.analysed == 0
        assert dump(capsys, folder, corpus) == dump(capsys, full_twin(corpus, folder, tmp_path), corpus), step
        shutil.rmtree(tmp_path / "twin")
    assert any("person:nobody-here" in p.message for p in report.problems)


def test_a_file_edited_otherwise_is_applied_again_by_a_full_build(seeds_built):
    corpus, folder = seeds_built
    path = folder / "corrections.toml"
    first, second, third = speakers(folder)[:3]
    append_correction(path, Correction("merge", (first, second)))
    assert build_index(corpus, folder, workers=1).corrected == 1
    # The user replaces the merge by another one: not an append, so everything is applied again.
    path.write_text(Correction("merge", (first, third)).to_toml(), encoding="utf-8")
    report = build_index(corpus, folder, workers=1)
    assert report.corrected == 0 and report.updated == 0
    with Reader(folder) as r:
        ids = {a.id for a in r.actors()}
    assert second in ids and third not in ids
    # A comment added changes the file but no correction: applied in place, nothing to apply.
    path.write_text("# checked by the desk\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    report = build_index(corpus, folder, workers=1)
    assert report.corrected == 0 and not report.unchanged
    assert build_index(corpus, folder, workers=1).unchanged


@pytest.mark.parametrize("words", [["actors", "merge"], ["actors", "rename"]])
def test_the_cli_says_the_correction_was_applied_in_place(seeds_built, capsys, words):
    corpus, folder = seeds_built
    first, second = speakers(folder)[:2]
    extra = [first, second] if words[1] == "merge" else [first, "Someone Else"]
    assert main([*words, *extra, "--index", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "recorded in" in out and "in place" in out
    with Reader(folder) as r:
        names = {a.id: a.name for a in r.actors()}
    assert (second not in names) if words[1] == "merge" else names[first] == "Someone Else"


def test_merging_two_speakers_joins_their_near_equal_quotes_in_one_group():
    """A quote one article trims is grouped with the full one only under one speaker: a merge
    applied in place must regroup (records as a build stores them; the pass alone)."""
    from dossier.index.entities.corrections import Corrections
    from dossier.index.entities.groups import group_quotes
    from dossier.index.entities.reapply import reapply
    from dossier.index.records import Actor, Article, Mention, Quote
    from dossier.index.store.previous import Whole

    texts = {
        "a": 'Mr Ushakov said: "We will not accept any changes to the plan, and we said so."',
        "b": 'Yuri Ushakov said: "We will not accept any changes to the plan."',
    }
    arts = [
        Article(id=i, path=f"{i}.txt", title=None, source=None, date=None, url=None, text=t) for i, t in texts.items()
    ]
    mentions = {
        "a": [Mention("a", 0, 10, "Mr Ushakov", "PERSON", "person:ushakov")],
        "b": [Mention("b", 0, 12, "Yuri Ushakov", "PERSON", "person:yuri-ushakov")],
    }
    quotes = {
        aid: [Quote(f"{aid}#q1", aid, t.split('"')[1], t.index('"') + 1, t.rindex('"'), m[0].surface, m[0].actor)]
        for (aid, t), m in zip(texts.items(), mentions.values())
    }
    group_quotes([q for aid in texts for q in quotes[aid]])
    assert quotes["a"][0].group != quotes["b"][0].group  # two speakers: two statements
    actors = [
        Actor("person:ushakov", "Mr Ushakov", "person", ["Mr Ushakov"], 1, ["a"]),
        Actor("person:yuri-ushakov", "Yuri Ushakov", "person", ["Yuri Ushakov"], 1, ["b"]),
    ]
    whole = Whole(arts, mentions, quotes, actors, {"a": b"1", "b": b"2"}, {"a#q1": b"10", "b#q1": b"20"})
    merge = Correction("merge", ("person:yuri-ushakov", "person:ushakov"))
    rewrite = reapply(whole, Corrections(Path("corrections.toml"), (merge,)), (merge,))
    written = [q for qs in rewrite.quotes.values() for q in qs] + [q for q, _ in rewrite.requoted]
    assert len({q.group for q in written}) == 1 and len(written) == 2
    assert [a.id for a in rewrite.actors] == ["person:yuri-ushakov"] and rewrite.dropped == {"person:ushakov"}
    assert quotes["a"][0].speaker_id == "person:ushakov"  # the records given are not changed
