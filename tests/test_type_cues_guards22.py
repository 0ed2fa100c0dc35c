"""The guards of session 22's type cues, on made-up sentences (no model needed): what the cue
must not read as an organisation or an event.

body_verbs.py: a country or a gazetteer town before ", which represents" keeps its type, and a
work or a product that "sold 10 million copies" is no body. modified_heads.py: a gazetteer place
before a firm's noun ("the Milan stock exchange"), a party ("the Labour party machine"), a
nationality, and words of grammar between a name and the noun ("the Thames near the festival").
Each case has a twin that does vote, so that the guard, not the pattern, is what is tested.
"""

from __future__ import annotations

import pytest

from dossier.index.entities.body_verbs import body_verb_votes
from dossier.index.entities.modified_heads import modified_head_votes
from dossier.index.records import Mention


def _votes(fn, text: str, name: str, label: str = "ORG"):
    start = text.index(name)
    return fn(Mention("a", start, start + len(name), name, label), text)


@pytest.mark.parametrize(
    ("text", "name", "label", "votes"),
    [
        ("He leads Tiga, which represents independent developers.", "Tiga", "GPE", {"org": 3}),
        ("He toured Scotland, which represents a third of the market.", "Scotland", "GPE", {}),
        ("The union praised Nexcom, which sold its plant last year.", "Nexcom", "ORG", {"org": 3}),
        ("The novel Blue Harbour, which sold 10 million copies, is back.", "Blue Harbour", "ORG", {}),
        ("The Zorba X2, which has sold two million units, is cheaper.", "Zorba X2", "PRODUCT", {}),
    ],
)
def test_body_verbs(text, name, label, votes):
    assert dict(_votes(body_verb_votes, text, name, label)) == votes


@pytest.mark.parametrize(
    ("text", "name", "votes"),
    [
        ("Fiat is to buy the Maserati car company.", "Maserati", {"org": 3}),
        ("Shares fell on the Milan stock exchange.", "Milan", {}),
        ("Shares fell on the Milan derivatives exchange.", "Milan", {}),
        ("He won at the Sundance film festival.", "Sundance", {"event": 3}),
        ("The Sundance film festival opened.", "Sundance", {"event": 3}),
        ("They walked along the Thames near the festival.", "Thames", {}),
        ("A row split the Labour party machine group.", "Labour", {}),
        ("He joined the Swiss drugs company.", "Swiss", {}),
    ],
)
def test_modified_heads(text, name, votes):
    assert dict(_votes(modified_head_votes, text, name)) == votes
