"""The passes of index/entities return what they decide and change no node they are given (the
house rule, helper house13): the list rules (org_lists, place_cues.list_votes) and the speakers'
votes (nodes.speaker_votes) on hand-made mentions, a firm's first word's join (decisions.Join, as
grouping applies it), and lexicon.alternation, which the regexes build their word lists with."""

import re
from collections import Counter, defaultdict

from dossier.index.entities.decisions import Join, Votes, add_votes, join_nodes
from dossier.index.entities.nodes import UnionFind, make_node, speaker_votes
from dossier.index.entities.org_lists import org_list_votes
from dossier.index.entities.place_cues import list_votes
from dossier.index.lexicon import alternation
from dossier.index.records import Mention, Quote


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


def test_speaker_votes_returns_votes_and_changes_no_node():
    text = "EMI said profits fell. “We are disappointed,” the company added. “It was hard,” said Mr Smith."
    by_article = _nodes(text, [("EMI", "ORG"), ("Smith", "PERSON")])
    emi, smith = by_article["a"]
    firm = Quote("q1", "a", "We are disappointed", 24, 43, "EMI", None, "the company added")
    firm.speaker_start, firm.speaker_end = emi.mention.start, emi.mention.end
    person = Quote("q2", "a", "It was hard", 66, 77, "Smith", None, "said Mr Smith")
    person.speaker_start, person.speaker_end = smith.mention.start, smith.mention.end
    before = [(Counter(n.votes), n.spoke) for n in by_article["a"]]
    decided = speaker_votes({"a": [firm, person]}, by_article)
    assert [(Counter(n.votes), n.spoke) for n in by_article["a"]] == before
    assert [(d.node.name, d.votes, d.spoke) for d in decided] == [
        ("EMI", Counter({"org": 1}), False),
        ("Smith", Counter({"person": 1}), True),
    ]


def test_a_join_gives_the_node_its_articles_own_key_and_joins_the_full_names():
    text = "Baikal Finance Group bought the unit. Baikal said it would pay."
    by_article = _nodes(text, [("Baikal Finance Group", "ORG"), ("Baikal", "PERSON")])
    full, word = by_article["a"]
    full.cluster, word.cluster = "O:baikal finance group", "O:baikal"
    uf = UnionFind()
    join_nodes([Join(word, full.cluster)], uf)
    assert word.cluster == "O:baikal@a"
    assert uf.find(word.cluster) == uf.find(full.cluster)
    assert uf.find("O:baikal") == "O:baikal"  # the word's other articles keep their key


def test_alternation_keeps_the_order_written_and_sorts_a_set():
    assert alternation(("upgrade to", "runs")) == r"(?:upgrade\s+to|runs)"
    assert alternation(("more than", "over"), " ") == "(?:more than|over)"
    assert alternation(frozenset({"vs", "v"})) == "(?:v|vs)"
    assert re.fullmatch(alternation(("upgrade to",)), "upgrade  to")
