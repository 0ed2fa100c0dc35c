"""A speaker named before an apposition that names an employer: '"...," Julio Hegedus, chief
economist with Lopes Filho & Associates consultancy in Rio de Janeiro, told Reuters'.

The subject of "told" is the person; the role in commas after the name describes them, and the
organisation it names ("with Lopes Filho", "at Barclays", "of the CBI") is where they work, not who
speaks. The analysis may take that organisation for the speaker when NER missed the person's name
(a name found only when actors are resolved: cued_names.given_name_runs); a person's mention that
opens the cue, followed by a comma and lower-case role words ending in "with", "at", "of", "for"
or "from" right before the speaker the analysis chose, is the speaker.
"""

from __future__ import annotations

import re

from ..records import Actor, Mention, Quote

# ", chief economist with ", ", an analyst at the ": the role's words, lower case, up to the
# employer's preposition (and an article).
_ROLE_BEFORE_EMPLOYER = re.compile(r",\s+(?:[a-z][\w'-]*\s+){1,5}(?:with|at|of|for|from)\s+(?:the\s+)?")


def appositive_subject(q: Quote, ms: list[Mention], table: dict[str, Actor], text: str) -> Mention | None:
    """The person's mention that opens the quote's cue when the speaker the analysis chose is
    the employer of an apposition right after it (see the module doc), else None."""
    if not text or not q.cue or q.speaker_start is None:
        return None
    for m in ms:
        if m.end > q.speaker_start or not m.actor or table[m.actor].type != "person":
            continue
        if not q.cue.startswith(text[m.start : m.end]):
            continue
        if _ROLE_BEFORE_EMPLOYER.fullmatch(text[m.end : q.speaker_start]):
            return m
    return None
