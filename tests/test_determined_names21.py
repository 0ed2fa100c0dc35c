"""A given name right after a determiner is no person (determined_names.py, session 21): real
BBC articles, the real model.

Seen in the 2,225 BBC articles: the BBC writes a bill before Parliament with a capital ("the
government would have 'great difficulty' in getting the Bill through Parliament", bbc-politics-273),
NER labels "Bill" a person, and the bills of the corpus joined the film "Kill Bill" as its surname,
a person of 25 mentions (an organisation "Bill" in a smaller corpus; "No Bill goes through
Parliament", bbc-politics-072, kept one of them). An initial ("A Craig" of a team sheet,
bbc-sport-410) is no determiner.
"""

from __future__ import annotations

from helpers import picked_index

from dossier.index.read import Reader

BILLS = ("bbc-politics-072", "bbc-politics-273", "bbc-politics-133")
IDS = (*BILLS, "bbc-entertainment-347", "bbc-tech-280", "bbc-sport-410")
index = picked_index("determined21", IDS)


def test_the_bill_is_no_persons_name(index):
    with Reader(index) as reader:
        people = {a.id for a in reader.actors() if a.type == "person"}
        bills = [m for aid in BILLS for m in reader.article(aid).mentions if m.surface == "Bill"]
    assert not [m for m in bills if m.actor in people], "'the Bill' is Kill Bill's surname"
    assert not [m for m in bills if m.label == "PERSON"], "'the Bill' is a name"


def test_an_initial_before_a_surname_is_no_determiner(index):
    with Reader(index) as reader:
        surfaces = {m.surface for m in reader.article("bbc-sport-410").mentions}
    assert "A Craig" in surfaces or "Craig" in surfaces
