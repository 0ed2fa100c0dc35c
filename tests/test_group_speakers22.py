"""A nationality is never a quote's speaker (speakers.resolve_quotes, session 22): real BBC
articles, the real model.

Seen in the 2,225 BBC articles: '"It wasn't the best display but it's all about the result," the
Irishman said' (bbc-sport-150, Robbie Keane after his manager Martin Jol, "the Dutchman"), and
'Lleyton Hewitt shook his hand ..., the Australian said' (bbc-sport-473). NER labels the noun a
nationality, and the quotes went to the group actors "Irishman" and "Australian", which speak
for no one. Unattributed to an actor, the speaker stays the description the article wrote;
"the Dutchman said", which the article ties to Martin Jol, stays his.
"""

from __future__ import annotations

from helpers import picked_index

from dossier.index.read import Reader

IDS = ("bbc-sport-150", "bbc-sport-473")
index = picked_index("groupspeakers22", IDS)


def test_no_quote_is_a_groups(index):
    with Reader(index) as reader:
        groups = {a.id for a in reader.actors() if a.type == "group"}
        quotes = [q for aid in IDS for q in reader.quotes(article=aid)]
    described = [q for q in quotes if q.speaker in ("Irishman", "Australian")]
    assert len(described) >= 3, [(q.speaker, q.text[:30]) for q in quotes]
    assert not [q for q in quotes if q.speaker_id in groups], "a nationality speaks"


def test_a_description_the_article_ties_to_a_person_stays_his(index):
    with Reader(index) as reader:
        jol = [q for q in reader.quotes(article="bbc-sport-150") if "initiative" in q.text]
        people = {a.id: a.name for a in reader.actors() if a.type == "person"}
    assert jol and all(people.get(q.speaker_id) == "Martin Jol" for q in jol), [(q.speaker, q.speaker_id) for q in jol]
