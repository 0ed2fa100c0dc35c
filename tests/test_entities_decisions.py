"""The passes of index/entities return what they decide and change no node they are given (the
house rule, helper house13): the list rules (org_lists, place_cues.list_votes) on hand-made
mentions, and lexicon.alternation, which the regexes build their word lists with."""

import re
from collections import Counter, defaultdict

from dossier.index.entities.decisions import Votes, add_votes
from dossier.index.entities.nodes import make_node
from dossier.index.entities.org_lists import org_list_votes
from dossier.index.entities.place_cues import list_votes
from dossier.index.lexicon import alternation
from dossier.index.records import Mention


def _nodes(text: str, labelled: list[tuple[str, str]]):
    by_article = defaultdict(list)
    for surface, label in labelled:
        start = text.index(surface)
        by_article["a"].append(make_node(Mention("a", start, start + len(surface), surface, label), text))
    return by_article


def test_org_list_votes_returns_votes_and_changes_no_node():
    text = "The six factories were Leisure Garments, Modern Garments, Precious Six Garments and Lesotho Hats."
    labelled = [
        ("Leisure Garments", "ORG"),
        ("Modern Garments", "ORG"),
        ("Precious Six Garments", "ORG"),
        ("Lesotho Hats", "PERSON"),
    ]
    by_article = _nodes(text, labelled)
    before = [Counter(n.votes) for n in by_article["a"]]
    decided = org_list_votes(by_article, {"a": text})
    assert [n.votes for n in by_article["a"]] == before
    assert all(isinstance(d, Votes) for d in decided)
    assert [d.node.name for d in decided] == ["Lesotho Hats"]
    add_votes(decided)
    assert by_article["a"][3].votes["org"] == before[3]["org"] + 3


def test_list_votes_changes_no_node():
    text = "The marginals are Aberdeen South, Dumfriesshire, Dundee East and Ochil."
    labelled = [("Aberdeen South", "GPE"), ("Dumfriesshire", "GPE"), ("Dundee East", "GPE"), ("Ochil", "PERSON")]
    by_article = _nodes(text, labelled)
    before = [Counter(n.votes) for n in by_article["a"]]
    decided = list_votes(by_article, {"a": text})
    assert [n.votes for n in by_article["a"]] == before
    assert [(d.node.name, d.votes) for d in decided] == [("Ochil", Counter({"place": 2}))]


def test_alternation_keeps_the_order_written_and_sorts_a_set():
    assert alternation(("upgrade to", "runs")) == r"(?:upgrade\s+to|runs)"
    assert alternation(("more than", "over"), " ") == "(?:more than|over)"
    assert alternation(frozenset({"vs", "v"})) == "(?:v|vs)"
    assert re.fullmatch(alternation(("upgrade to",)), "upgrade  to")
