"""A given name right after a capitalised common word is no person (determined_names.py, session
22): real BBC articles, the real model.

Seen in the 2,225 BBC articles: "A shortened Finance Bill would have to be rushed through"
(bbc-politics-077), "a late stage of the Criminal Justice Bill" (bbc-politics-168). NER labels
"Bill" alone a person, and the bills stayed the film "Kill Bill"'s surname (12 mentions). The
word before is common when the corpus writes it in lower case too: "finance" (bbc-politics-017)
and "justice" (bbc-politics-118) are, so those bills are no person. A first name NER left out of a
person's name is never written in lower case: "Celtic goalkeeper Rab Douglas" (bbc-sport-146)
and "Australian Mamdouh Habib" (bbc-politics-192) keep their people.
"""

from __future__ import annotations

from helpers import picked_index

from dossier.index.read import Reader

BILLS = ("bbc-politics-077", "bbc-politics-168")
IDS = (*BILLS, "bbc-politics-017", "bbc-politics-118", "bbc-sport-146", "bbc-politics-192")
index = picked_index("billnames22", IDS)


def test_a_bill_after_a_common_capitalised_word_is_no_person(index):
    with Reader(index) as reader:
        views = [reader.article(aid) for aid in BILLS]
    assert "shortened Finance Bill" in views[0].article.text and "Criminal Justice Bill" in views[1].article.text
    bills = [(v.article.id, m.surface, m.actor) for v in views for m in v.mentions if "Bill" in m.surface]
    assert not bills, f"a bill before Parliament is a name: {bills}"


def test_a_first_name_ner_left_out_is_no_common_word(index):
    with Reader(index) as reader:
        people = {a.id: a for a in reader.actors() if a.type == "person"}
        douglas = [m for m in reader.article("bbc-sport-146").mentions if m.surface == "Douglas"]
        habib = [m for m in reader.article("bbc-politics-192").mentions if m.surface == "Habib"]
    assert len([m for m in douglas if m.actor in people]) >= 5, "Rab Douglas, the goalkeeper, lost"
    assert [m for m in habib if m.actor in people], "Mamdouh Habib lost"
