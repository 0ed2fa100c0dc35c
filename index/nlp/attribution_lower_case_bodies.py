"""Attribution's view of the committees written in lower case (entities/lower_case_bodies.py):
an organisation's entity, so that "the Commons science and technology committee added" names a
speaker and "the committee said" after it is that body (attribution_bodies)."""

from __future__ import annotations

from ..entities.lower_case_bodies import lower_case_bodies
from .attribution_context import Entity


def with_lower_case_bodies(text: str, ents: list[Entity]) -> list[Entity]:
    """The entities with each such committee an organisation, in place of the names inside or
    over it ("Commons", "the Commons ... committee")."""
    spans = lower_case_bodies(text)
    if not spans:
        return ents
    kept = [e for e in ents if not any(e.start < t and s < e.end for s, t in spans)]
    return sorted(kept + [Entity(s, t, text[s:t], "ORG") for s, t in spans], key=lambda e: (e.start, e.end))
