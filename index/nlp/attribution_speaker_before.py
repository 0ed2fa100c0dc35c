"""Attribution's speaker of the sentence before a "he" or "she": "But Mutu has hit out at the
club's decision, saying: “Chelsea have destroyed me.” He told the Sunday Mirror: “...”" (helper
pron17, session 17).

"he" and "she" look to the subject of the sentence before (attribution_pronouns); a proper name
there that the recogniser labelled otherwise (Mutu: an organisation) is a candidate only when
something shows it to be a person's. Speaking there in the first person singular shows it: the
name is the subject of a speech verb ("said", or "saying", "adding" on its own verb) whose quote
in that sentence says "I", "me" or "my", and one person speaks as "I" where a body speaks as
"we". Otherwise the pronoun went past its speaker to a name further back ("Chelsea", a club NER
took for a person elsewhere).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import SINGULAR_FIRST_PERSON, SUBJECT_DEPS
from .attribution_context import Context, Entity, is_speech

if TYPE_CHECKING:
    from spacy.tokens import Doc

# a speech verb's own clause beside the subject's verb: "hit out ..., saying:", "agreed, adding:"
_BESIDE = frozenset({"advcl", "xcomp", "conj"})


def speaks_as_one(ctx: Context, ent: Entity, doc: Doc, base: int) -> bool:
    """The name (`ent`, in parsed sentence doc from base), one the recogniser found as it stands,
    is the subject of a speech verb, or of a verb with a speech verb in a clause of its own beside
    it, and a quote after the name in that sentence speaks in the first person singular."""
    if not any(o.start == ent.start and o.end == ent.end for o in ctx.names.ents):
        return False  # a name the recogniser missed ("Reid" of 'Antonio "LA" Reid'): no speaker of its own
    toks = [t for t in doc if ent.start <= base + t.idx < ent.end]
    head = next((t for t in toks if not (ent.start <= base + t.head.idx < ent.end)), None)
    if head is None or head.dep_ not in SUBJECT_DEPS:
        return False
    verb = head.head
    if not (is_speech(verb) or any(c.dep_ in _BESIDE and is_speech(c) for c in verb.children)):
        return False
    end = base + len(doc.text)
    return any(ent.end <= q.start < end and _first_person(ctx.text[q.start : q.end]) for q in ctx.quotes)


def _first_person(words: str) -> bool:
    """The words say "I", "me", "my" or "myself"."""
    return any(w.lower() in SINGULAR_FIRST_PERSON for w in re.findall(r"[A-Za-z]+", words) if w != "i")
