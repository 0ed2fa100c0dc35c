"""Actors: the people, organisations and places of the corpus, with name variants merged.

Input is every article's mentions and attributed quotes; output is the actor table, with each
mention's `actor` and each quote's `speaker`/`speaker_id` set to the canonical actor.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from .records import Actor, Mention, Quote

TYPES = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place",
         "NORP": "group", "EVENT": "event"}


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


def resolve_actors(mentions: dict[str, list[Mention]], quotes: dict[str, list[Quote]]) -> list[Actor]:
    """Baseline: one actor per exact surface form."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for ms in mentions.values():
        for m in ms:
            groups[m.surface].append(m)
    actors: dict[str, Actor] = {}
    by_surface: dict[str, str] = {}
    for surface, ms in groups.items():
        label = Counter(m.label for m in ms).most_common(1)[0][0]
        typ = TYPES.get(label, "other")
        aid = f"{typ}:{slug(surface)}"
        actor = actors.setdefault(aid, Actor(aid, surface, typ))
        actor.aliases.append(surface)
        actor.mentions += len(ms)
        actor.articles = sorted(set(actor.articles) | {m.article for m in ms})
        for m in ms:
            m.actor = aid
        by_surface[surface] = aid
    for qs in quotes.values():
        for q in qs:
            if q.speaker and q.speaker in by_surface:
                q.speaker_id = by_surface[q.speaker]
                q.speaker = actors[q.speaker_id].name
    return sorted(actors.values(), key=lambda a: (-a.mentions, a.name))
