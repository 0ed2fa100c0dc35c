"""Incremental actors: the names of changed articles joined to the actors already indexed.

A full build resolves every name of the corpus together (actors.py): 12 CPU seconds at 10,000
articles, more than a whole one-article update may take. An incremental build resolves the
changed articles on their own, with the same rules, and then joins each of their actors to an
indexed actor that bears one of its names (folded: Zelensky = Zelenskiy), or, for a bare surname,
to the indexed person with that surname who is mentioned most; otherwise it is a new actor.

Indexed actors keep their ids, names and types, so the articles that mention them need no
rewrite; their counts, articles and aliases follow the change. A merge that only the whole corpus
would show (two indexed actors that a new article links) waits for the next full build, which
`build_index` runs once increments have changed a tenth of the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol
from collections.abc import Iterable

from . import names as N
from .actors import resolve_actors
from ..store.previous import Removed
from ..records import Actor, Mention, Quote


class IndexedActors(Protocol):
    def actor(self, actor_id: str) -> Actor | None: ...

    def actors_named(self, name: str) -> list[Actor]: ...


def _keys(names: Iterable[str]) -> set[str]:
    return {N.fold(n) for n in names if N.fold(n)}


@dataclass
class Attachment:
    """What attach_actors decides: the actors to write (changed or new), the ids of indexed actors
    no article mentions any more, and new records of the changed articles' mentions and quotes
    with the ids of the actors they are attached to."""

    actors: list[Actor]
    dropped: set[str]
    mentions: dict[str, list[Mention]]
    quotes: dict[str, list[Quote]]


def attach_actors(
    indexed: IndexedActors,
    removed: list[Removed],
    mentions: dict[str, list[Mention]],
    quotes: dict[str, list[Quote]],
    texts: dict[str, str],
) -> Attachment:
    """Resolve the changed articles' names onto the indexed actors (the records given are not
    changed)."""
    touched: dict[str, Actor] = {}

    def get(actor_id: str) -> Actor | None:
        if actor_id not in touched:
            found = indexed.actor(actor_id)
            if found is None:
                return None
            touched[actor_id] = found
        return touched[actor_id]

    for r in removed:  # what the previous versions of the changed articles contributed
        for actor_id in set(r.mentions) | r.speakers:
            a = get(actor_id)
            if a is None:
                continue
            a.mentions -= r.mentions.get(actor_id, 0)
            a.articles = [x for x in a.articles if x != r.id]

    # A type is voted over the whole corpus: each indexed actor that a name of the changed
    # articles belongs to votes with its mentions, so a name that NER mislabels in these
    # articles is typed as a full build would type it.
    probe = resolve_actors(mentions, quotes, texts=texts)
    prior: dict[str, tuple[str, int]] = {}
    for a in probe.actors:
        found = _match(indexed, a, indexed.actor)
        if found is not None:
            for key in _keys(a.aliases + [a.name]):
                prior[key] = (found.type, max(1, found.mentions))
    local = resolve_actors(mentions, quotes, texts=texts, prior=prior)
    taken = set()
    target: dict[str, Actor] = {}
    for a in local.actors:  # most mentioned first: they claim their names first
        found = _match(indexed, a, get)
        if found is None:
            found = Actor(_free_id(a.id, indexed, touched, taken), a.name, a.type, [], 0, [])
            touched[found.id] = found
        taken.add(found.id)
        found.mentions += a.mentions
        found.articles = sorted(set(found.articles) | set(a.articles))
        found.aliases += [x for x in a.aliases if x not in found.aliases]
        target[a.id] = found

    attached_mentions = {
        aid: [replace(m, actor=target[m.actor].id) if m.actor else m for m in ms] for aid, ms in local.mentions.items()
    }
    attached_quotes = {
        aid: [
            replace(q, speaker_id=target[q.speaker_id].id, speaker=target[q.speaker_id].name) if q.speaker_id else q
            for q in qs
        ]
        for aid, qs in local.quotes.items()
    }
    dropped = {i for i, a in touched.items() if a.mentions <= 0 and not a.articles}
    return Attachment([a for i, a in touched.items() if i not in dropped], dropped, attached_mentions, attached_quotes)


def _match(indexed: IndexedActors, a: Actor, get) -> Actor | None:
    """The indexed actor that a locally resolved actor is, if any."""
    keys = _keys(a.aliases + [a.name])
    candidates: dict[str, Actor] = {}
    for name in dict.fromkeys([a.name] + a.aliases):
        for c in indexed.actors_named(name):
            candidates.setdefault(c.id, c)
    same = [c for c in candidates.values() if _keys(c.aliases + [c.name]) & keys]
    if not same and a.type == "person" and all(len(x.split()) == 1 for x in a.aliases + [a.name]):
        # A bare surname: the indexed person of that surname (full names end with it).
        same = [
            c
            for c in candidates.values()
            if c.type == "person" and any(len(x.split()) >= 2 and N.fold(x.split()[-1]) in keys for x in c.aliases)
        ]
    if not same:
        return None
    best = min(same, key=lambda c: (c.type != a.type, -c.mentions, c.id))
    return get(best.id)


def _free_id(wanted: str, indexed: IndexedActors, touched: dict[str, Actor], taken: set[str]) -> str:
    """wanted, or wanted-2, -3 ...: an id no indexed or new actor has."""
    aid, k = wanted, 2
    while aid in taken or aid in touched or indexed.actor(aid) is not None:
        aid, k = f"{wanted}-{k}", k + 1
    return aid
