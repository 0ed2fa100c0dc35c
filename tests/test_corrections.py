"""The user's corrections to the actors (issue 10, item 4): merge, split, rename, set-type, drop,
kept in one TOML file, applied by every build (full or in place), reported when they no longer
apply. Real seeds index, real builds (the annotations are copied from the session's seeds index,
so no build here re-runs spaCy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.index.build import build_index
from dossier.index.cli import main
from dossier.index.entities.corrections import (
    Correction,
    CorrectionsError,
    append_correction,
    load_corrections,
)
from dossier.index.read import Reader


@pytest.fixture
def index(seeds_built: tuple[Path, Path]) -> tuple[Path, Path]:
    return seeds_built


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def actors(folder: Path) -> dict[str, dict]:
    with Reader(folder) as r:
        return {
            a.id: {"name": a.name, "type": a.type, "aliases": a.aliases, "mentions": a.mentions} for a in r.actors()
        }


def quotes(folder: Path) -> list:
    with Reader(folder) as r:
        return [q.public() for q in r.quotes()]


def mention_ids(folder: Path) -> dict[str, int]:
    """How many mentions in the articles' stored records point at each actor id."""
    counts: dict[str, int] = {}
    with Reader(folder) as r:
        for aid in r.article_ids():
            for m in r.article(aid).mentions:
                if m.actor:
                    counts[m.actor] = counts.get(m.actor, 0) + 1
    return counts


def two_places(folder: Path) -> tuple[str, str]:
    """Two place actors of the seeds with mentions (whichever the resolution made)."""
    places = [i for i, a in actors(folder).items() if a["type"] == "place" and a["mentions"] >= 2]
    assert len(places) >= 2, places
    return places[0], places[1]


def test_merge_survives_full_builds_and_updates(index, capsys):
    corpus, folder = index
    before = actors(folder)
    keep, other = two_places(folder)
    total = before[keep]["mentions"] + before[other]["mentions"]
    code, out, err = run(capsys, "actors", "merge", keep, other, "--index", str(folder))
    assert code == 0, err
    assert "recorded in" in out and str(folder / "corrections.toml") in out

    def merged() -> None:
        now = actors(folder)
        assert other not in now, sorted(now)
        assert now[keep]["mentions"] == total
        assert set(before[other]["aliases"]) <= set(now[keep]["aliases"])
        ids = mention_ids(folder)
        assert other not in ids and ids[keep] == total
        assert all(q["speaker_id"] != other for q in quotes(folder))

    merged()
    # --full re-analyses every article and resolves anew: the correction is applied again.
    report = build_index(corpus, folder, workers=1, full=True)
    assert report.updated == 0
    merged()
    # An article that names neither actor: updated in place, the merge kept.
    (corpus / "zz_new.txt").write_text("Weather\n\nThe harvest in the valley was good this year, farmers said.\n")
    report = build_index(corpus, folder, workers=1)
    assert report.updated == 1, report
    merged()
    # An article naming the merged-away actor's name: done as a full build, the merge applied to it.
    name = before[other]["name"]
    (corpus / "zz_more.txt").write_text(f"More\n\nOfficials met in {name} on Monday to discuss the plan.\n")
    report = build_index(corpus, folder, workers=1)
    assert report.updated == 0, report
    now = actors(folder)
    assert other not in now and now[keep]["mentions"] >= total


def test_set_type_rename_drop_and_split(index, capsys):
    _, folder = index
    before = actors(folder)
    people = sorted((a["mentions"], i) for i, a in before.items() if a["type"] == "person" and len(a["aliases"]) >= 2)
    assert people, "the seeds have people with several names"
    _, person = people[-1]
    spoken = [q for q in quotes(folder) if q["speaker_id"] == person]
    assert spoken, f"{person} is quoted in the seeds"

    assert run(capsys, "actors", "rename", person, "The Named One", "--index", str(folder))[0] == 0
    assert actors(folder)[person]["name"] == "The Named One"
    assert {q["speaker"] for q in quotes(folder) if q["speaker_id"] == person} == {"The Named One"}

    # split: one of its forms leaves for an actor of its own, with its mentions
    form = before[person]["aliases"][-1]
    code, out, err = run(capsys, "actors", "split", person, "--alias", form, "--index", str(folder))
    assert code == 0, err
    now = actors(folder)
    new = [i for i, a in now.items() if i not in before and a["name"] == form]
    assert len(new) == 1, (form, sorted(set(now) - set(before)))
    assert form not in now[person]["aliases"]
    assert now[person]["mentions"] + now[new[0]]["mentions"] == before[person]["mentions"]
    assert now[new[0]]["mentions"] >= 1

    # set-type: the type and the id's prefix follow (the source pane colours by the prefix)
    code, _, err = run(capsys, "actors", "set-type", person, "org", "--index", str(folder))
    assert code == 0, err
    now = actors(folder)
    moved = "org:" + person.split(":", 1)[1]
    assert person not in now and now[moved]["type"] == "org"
    assert all(q["speaker_id"] != person for q in quotes(folder))
    assert mention_ids(folder).get(moved) == now[moved]["mentions"]

    # drop: not an actor; its quotes are unattributed, its mentions no longer marked
    quoted = len([q for q in quotes(folder) if q["speaker_id"] == moved])
    unattributed = len([q for q in quotes(folder) if q["speaker_id"] is None])
    assert run(capsys, "actors", "drop", moved, "--index", str(folder))[0] == 0
    assert moved not in actors(folder) and moved not in mention_ids(folder)
    assert len([q for q in quotes(folder) if q["speaker_id"] is None]) == unattributed + quoted
    # the file holds the four, in order, readable by a person
    text = (folder / "corrections.toml").read_text()
    assert [
        ln.split(" =")[0]
        for ln in text.splitlines()
        if ln and ln[0].isalpha() and ln.split(" =")[0] in ("rename", "split", "set-type", "drop")
    ] == ["rename", "split", "set-type", "drop"]


def test_commands_refuse_unknown_actors_and_forms(index, capsys):
    _, folder = index
    place, _ = two_places(folder)
    code, out, err = run(capsys, "actors", "merge", place, "place:atlantis", "--index", str(folder))
    assert code == 2 and "place:atlantis" in err and out == ""
    code, _, err = run(capsys, "actors", "split", place, "--alias", "Nowhere Land", "--index", str(folder))
    assert code == 2 and "Nowhere Land" in err
    assert not (folder / "corrections.toml").exists()  # nothing recorded


def test_a_correction_whose_actor_is_gone_is_reported_not_fatal(index, capsys):
    corpus, folder = index
    place, other = two_places(folder)
    path = folder / "corrections.toml"
    append_correction(path, Correction("drop", ("person:nobody-at-all",)))
    append_correction(path, Correction("merge", (place, other)))
    code, _, err = run(capsys, "index", "build", "--corpus", str(corpus), "--index", str(folder), "--quiet")
    assert code == 0, err
    line = next(i + 1 for i, ln in enumerate(path.read_text().splitlines()) if "nobody-at-all" in ln) - 1
    assert f"note: {path}:{line}: drop person:nobody-at-all: no actor" in err, err
    assert other not in actors(folder)  # the next correction still applied


@pytest.mark.parametrize(
    "text, where, says",
    [
        ('[[correction]]\nmerge = ["a:b", "a:c"] x\n', 2, "not valid TOML"),
        ('[[correction]]\nmerge = ["a:b"\n', None, "not valid TOML"),
        ('[[correction]]\nmerge = ["a:b", "a:c"]\n\n[[correction]]\nrename = "a:b"\n', 4, "needs name"),
        ('# mine\n[[correction]]\nset-type = "a:b"\ntype = "planet"\n', 2, "type must be one of"),
        ('[[correction]]\ndrop = "a:b"\nname = "x"\n', 1, "does not take 'name'"),
        ('[[correction]]\nmerge = ["a:b"]\n', 1, "at least 2"),
        ("[[correction]]\nfly = 1\n", 1, "exactly one of"),
    ],
)
def test_a_broken_corrections_file_is_named_with_its_line(tmp_path, text, where, says):
    path = tmp_path / "corrections.toml"
    path.write_text(text)
    with pytest.raises(CorrectionsError) as err:
        load_corrections(path)
    assert str(path) in str(err.value) and says in str(err.value), str(err.value)
    if where is not None:  # (TOML's parser gives no line for a document that ends too soon)
        assert f"{path}:{where}:" in str(err.value), str(err.value)


def test_a_broken_file_stops_the_build_with_exit_2_and_keeps_the_index(index, capsys):
    corpus, folder = index
    before = actors(folder)
    (folder / "corrections.toml").write_text('[[correction]]\nmerge = "not a list"\n')
    code, _, err = run(capsys, "index", "build", "--corpus", str(corpus), "--index", str(folder))
    assert code == 2 and "corrections.toml:1" in err, err
    assert actors(folder) == before


def test_a_hand_edit_makes_the_index_stale_and_a_plain_build_applies_it(index, capsys):
    corpus, folder = index
    place, other = two_places(folder)
    code, out, _ = run(capsys, "index", "status", "--corpus", str(corpus), "--index", str(folder), "--json")
    assert json.loads(out)["stale"] is False
    append_correction(folder / "corrections.toml", Correction("merge", (place, other)))
    code, out, _ = run(capsys, "index", "status", "--corpus", str(corpus), "--index", str(folder), "--json")
    doc = json.loads(out)
    assert doc["stale"] is True and doc["corrections_changed"] is True
    assert run(capsys, "index", "build", "--corpus", str(corpus), "--index", str(folder), "--quiet")[0] == 0
    assert other not in actors(folder)
    code, out, _ = run(capsys, "index", "status", "--corpus", str(corpus), "--index", str(folder), "--json")
    assert json.loads(out)["stale"] is False


def test_a_shared_corrections_file_is_remembered(index, tmp_path, capsys):
    corpus, folder = index
    place, other = two_places(folder)
    shared = tmp_path / "team" / "corrections.toml"
    append_correction(shared, Correction("merge", (place, other)))
    argv = ["index", "build", "--corpus", str(corpus), "--index", str(folder), "--quiet"]
    assert run(capsys, *argv, "--corrections", str(shared))[0] == 0
    assert other not in actors(folder)
    assert not (folder / "corrections.toml").exists()
    # A later plain build (the explorer's) keeps using the shared file.
    (corpus / "zz_new.txt").write_text("Weather\n\nThe harvest in the valley was good this year, farmers said.\n")
    assert run(capsys, *argv)[0] == 0
    assert other not in actors(folder)
