"""The actor and speaker scorer (bench/eval_actors.py) on hand-made gold and system output.

No model and no index: the figures of a tiny case worked out by hand, so that the scorer the
extraction is tuned against cannot drift unseen. The last test checks that the gold files are
what bench/gold/annotations.txt says and that their offsets hold in the BBC corpus.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from dossier.index.records import Mention, Quote

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


ev = _load("eval_actors", ROOT / "bench" / "eval_actors.py")
gold_builder = _load("build_gold", ROOT / "bench" / "gold" / "build_gold.py")


def gm(start: int, end: int, actor: str, surface: str = "x") -> dict:
    return {"start": start, "end": end, "surface": surface, "actor": actor}


def sm(article: str, start: int, end: int, actor: str | None) -> Mention:
    return Mention(article, start, end, "x", "PERSON", actor)


def quote(article: str, start: int, end: int, speaker_id: str | None, speaker: str | None = None) -> Quote:
    return Quote(
        f"{article}-{start}", article, "words", start, end, speaker=speaker or speaker_id, speaker_id=speaker_id
    )


ACTORS = {
    "person:ann": {"name": "Ann", "type": "person"},
    "person:bob": {"name": "Bob", "type": "person"},
    "place:rome": {"name": "Rome", "type": "place"},
}


def test_bcubed_of_a_known_example():
    # gold A = {1, 2, 3}, B = {4, 5}; system X = {1, 2}, Y = {3, 4, 5}. By hand: precision of the
    # items 1, 1, 1/3, 2/3, 2/3 and recall 2/3, 2/3, 1/3, 1, 1: both 11/15.
    pairs = [("X", "A"), ("X", "A"), ("Y", "A"), ("Y", "B"), ("Y", "B")]
    p, r, f = ev.bcubed(pairs)
    assert p == pytest.approx(11 / 15)
    assert r == pytest.approx(11 / 15)
    assert f == pytest.approx(11 / 15)
    assert ev.bcubed([("X", "A"), ("Y", "B")]) == (1.0, 1.0, 1.0)
    # One system cluster for everything: recall 1, precision (3 * 3/5 + 2 * 2/5) / 5 = 13/25.
    p, r, _ = ev.bcubed([("Z", g) for _, g in pairs])
    assert (p, r) == (pytest.approx(13 / 25), 1.0)


def _case():
    """Two articles. a1: Ann (twice, once as a bare surname), Bob, Rome; a2: Ann, Bob, Rome."""
    gold = [
        {
            "id": "a1",
            "actors": ACTORS,
            "mentions": [
                gm(0, 8, "person:ann"),
                gm(20, 23, "person:ann"),
                gm(30, 38, "person:bob"),
                gm(50, 54, "place:rome"),
            ],
            "quotes": [
                {"start": 100, "end": 140, "text": "q1", "speaker": "person:ann"},
                {"start": 200, "end": 240, "text": "q2", "speaker": "person:bob"},
                {"start": 300, "end": 340, "text": "q3", "speaker": None},
                {"start": 400, "end": 440, "text": "q4", "speaker": None},
            ],
        },
        {
            "id": "a2",
            "actors": ACTORS,
            "mentions": [gm(0, 8, "person:ann"), gm(10, 18, "person:bob"), gm(30, 34, "place:rome")],
            "quotes": [
                {"start": 100, "end": 140, "text": "q5", "speaker": "person:ann"},
                {"start": 200, "end": 240, "text": "q6", "speaker": None, "also_accept": ["place:rome"]},
                {"start": 300, "end": 340, "text": "q7", "speaker": "person:bob"},
                {"start": 500, "end": 540, "text": "q8", "speaker": "person:bob"},
            ],
        },
    ]
    system = {
        # a1: Ann found (a longer span "Mrs Ann" overlaps), her surname missed; Bob merged into
        # Ann's actor; Rome found but typed person.
        "a1": (
            [
                sm("a1", 0, 12, "person:ann"),
                sm("a1", 30, 38, "person:ann"),
                sm("a1", 50, 54, "person:rome"),
                sm("a1", 60, 66, None),
            ],
            [
                quote("a1", 100, 140, "person:ann"),  # right
                quote("a1", 205, 240, None),  # unattributed, gold Bob: wrong
                quote("a1", 300, 340, None, "a spokesman"),  # a description, gold none: right
                quote("a1", 400, 440, "person:ann"),
            ],
        ),  # named, gold none: wrong
        # a2: Ann and Bob each their own actor here (Bob's a new id: a split), Rome as in a1.
        "a2": (
            [sm("a2", 0, 8, "person:ann"), sm("a2", 10, 18, "person:bob2"), sm("a2", 30, 34, "person:rome")],
            [
                quote("a2", 100, 140, "person:ann"),  # right
                quote("a2", 200, 240, "person:rome"),  # gold none but Rome accepted: right
                quote("a2", 300, 340, "person:nobody"),  # an actor that holds no gold mention: wrong
                quote("a2", 700, 740, "person:bob2"),
            ],
        ),  # no gold quote here; q8 is not found
    }
    types = {"person:ann": "person", "person:bob2": "person", "person:rome": "person"}
    return gold, system, types


def test_mentions_found_by_overlap_and_only_with_an_actor():
    gold, system, types = _case()
    rep = ev.score(gold, system, types)
    assert rep.gold_mentions == 7
    assert rep.found_mentions == 6  # the bare surname at 20-23 has no system mention
    assert rep.mention_recall == pytest.approx(6 / 7)
    assert [m["start"] for m in rep.errors["missed_mentions"]] == [20]
    # A mention without an actor does not count, even when it overlaps.
    gold2 = [{"id": "a1", "actors": ACTORS, "mentions": [gm(60, 66, "place:rome")], "quotes": []}]
    assert ev.score(gold2, system, types).found_mentions == 0


def test_wrong_merge_of_two_people_is_counted():
    gold, system, types = _case()
    rep = ev.score(gold, system, types)
    assert rep.wrongly_merged_people == 1
    (merge,) = rep.errors["wrongly_merged_people"]
    assert merge["actor"] == "person:ann" and merge["people"] == ["person:ann", "person:bob"]
    assert not merge["glued"]  # Bob's own mention went into Ann's actor
    # A split is no merge: Bob over two actors is listed as split.
    assert {s["gold"] for s in rep.errors["split"]} == {"person:bob"}
    # B-cubed over the six found: system {ann: a1 Ann, a1 Bob, a2 Ann}, {bob2: a2 Bob}, {rome: 2}.
    p, r, f = ev.bcubed(
        [
            ("person:ann", "person:ann"),
            ("person:ann", "person:bob"),
            ("person:rome", "place:rome"),
            ("person:ann", "person:ann"),
            ("person:bob2", "person:bob"),
            ("person:rome", "place:rome"),
        ]
    )
    assert (rep.bcubed_precision, rep.bcubed_recall, rep.bcubed_f1) == (p, r, f)
    assert rep.bcubed_precision == pytest.approx((2 / 3 + 1 / 3 + 1 + 2 / 3 + 1 + 1) / 6)
    assert rep.bcubed_recall == pytest.approx((1 + 1 / 2 + 1 + 1 + 1 / 2 + 1) / 6)


def test_one_mention_glued_over_two_names_is_a_merge_marked_glued():
    gold = [{"id": "a1", "actors": ACTORS, "mentions": [gm(0, 4, "person:ann"), gm(6, 9, "person:bob")], "quotes": []}]
    system = {"a1": ([sm("a1", 0, 9, "org:ann-bob")], [])}
    rep = ev.score(gold, system, {"org:ann-bob": "org"})
    assert rep.mention_recall == 1.0
    assert rep.wrongly_merged_people == 1
    assert rep.errors["wrongly_merged_people"][0]["glued"]


def test_type_accuracy_takes_the_type_of_the_main_actor():
    gold, system, types = _case()
    rep = ev.score(gold, system, types)
    # Ann -> person:ann (person) right; Bob -> person:ann or bob2, both person, right; Rome typed person: wrong.
    assert rep.typed_actors == 3
    assert rep.type_accuracy == pytest.approx(2 / 3)
    assert [t["gold"] for t in rep.errors["types"]] == ["place:rome"]
    assert rep.type_accuracy_by_type == {"person": 1.0, "place": 0.0}


def test_speakers_unattributed_is_wrong_when_gold_names_one_and_right_when_it_does_not():
    gold, system, types = _case()
    rep = ev.score(gold, system, types)
    assert rep.gold_quotes == 8
    assert rep.found_quotes == 7  # q8 has no system quote
    # right: q1, q3 (description, gold none), q5, q6 (accepted); wrong: q2, q4, q7.
    assert rep.speaker_accuracy == pytest.approx(4 / 7)
    kinds = {e["text"]: e["kind"] for e in rep.errors["speakers"]}
    assert kinds == {"q2": "unattributed", "q4": "named, gold has none", "q7": "speaker is no gold actor"}
    assert [q["text"] for q in rep.errors["quotes_not_found"]] == ["q8"]


def test_a_merged_speaker_maps_to_the_gold_actor_holding_most_of_it():
    gold, system, types = _case()
    # Bob's quote q2 attributed to the actor that merged him into Ann: it maps to Ann, so wrong.
    system["a1"][1][1] = quote("a1", 205, 240, "person:ann")
    rep = ev.score(gold, system, types)
    assert {e["text"]: e["maps_to"] for e in rep.errors["speakers"]}["q2"] == "person:ann"
    # ... and attributed to Bob's own (split) actor it is right.
    system["a1"][1][1] = quote("a1", 205, 240, "person:bob2")
    assert ev.score(gold, system, types).speaker_accuracy == pytest.approx(5 / 7)


def test_quoted_spans_split_run_together_paragraphs():
    text = 'He said: "We act now. "Those who wait lose." Then "a mess". "Open\nNext'
    spans = [text[s:e] for s, e in gold_builder.quoted_spans(text)]
    assert spans == ["We act now.", "Those who wait lose.", "a mess", "Open"]


@pytest.mark.skipif(not gold_builder.CORPUS.exists(), reason="the BBC corpus is not beside the project")
def test_gold_files_match_their_annotations_and_the_corpus():
    actors, arts = gold_builder.parse_all(gold_builder.SOURCES)
    corpus = gold_builder.load_corpus()
    built = gold_builder.build(actors, arts, corpus)
    for which in ("dev", "heldout"):
        on_disk = [
            json.loads(line)
            for line in (gold_builder.HERE / f"bbc_{which}.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        assert on_disk == built[which], f"bbc_{which}.jsonl is stale: run bench/gold/build_gold.py"
        for art in on_disk:
            text = corpus[art["id"]]["text"]
            for m in art["mentions"]:
                assert text[m["start"] : m["end"]] == m["surface"]
    dev = {a["id"] for a in built["dev"]}
    assert dev.isdisjoint(a["id"] for a in built["heldout"])
