"""Attribution: a "he" or "she" never stands for a name inside the question the sentence opens
with ("Asked if Mr Blunkett could return to frontline politics, he replied: “...”": he is the one
asked, not Mr Blunkett). The participle "asked" (or "pressed", "questioned") has as its subject
the main clause's subject, the pronoun; the names in its clause are what the question was about
(issue 10, session 12, bbc-politics-102).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .attribution_context import Entity

# participles that open a sentence with the question its subject answers
_QUESTIONED = frozenset({"ask", "press", "question", "quiz", "challenge"})


def in_asked_clause(ent: Entity, pron: Token, base: int) -> bool:
    """ent lies in an adverbial clause headed by a past participle of asking that hangs on the
    pronoun's verb (pron: the pronoun, subject of that verb; base: where its sentence starts)."""
    if pron.dep_ not in SUBJECT_DEPS:
        return False
    for c in pron.head.children:
        if c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_.lower() in _QUESTIONED and c.i < pron.i:
            if any(ent.start <= base + t.idx < ent.end for t in c.subtree):
                return True
    return False
