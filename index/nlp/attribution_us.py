"""Whom "they" stands for as a speech verb's subject (a hook of attribution_pronouns), found on US
political news (PolNeAR dev, issue 10).

"they" is many people or a body, never one person's name: the group a name owns as the subject of
its sentence ("Caldwell’s campaign is seeking to set her plan against what they call ...":
Caldwell's camp, under her name), else an organisation or a people named before it, never one the
article also names as a person ("Greene’s" taken for a firm). Else nobody: unattributed is better
than wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from ..entities.names import fold_case, speaker_name
from ..lexicon import SUBJECT_DEPS
from .attribution_context import (
    PERSON_NAME_LABELS,
    ArticleNames,
    Context,
    Entity,
    Found,
    human_noun,
    named,
    subject_before,
)
from .attribution_surnames import as_recognised

_BODY_LABELS = {"ORG", "NORP"}


def they_antecedent(ctx: Context, subj: Token, base: int) -> Found | None:
    """The group or body "they" stands for (see the module's docstring), or None."""
    names = ctx.names
    owner = _owner_of_group_subject(names, subj, base)
    if owner is not None:
        return named(owner, names.fullest(owner), how="pronoun")
    s0 = base + subj.idx
    seen = as_recognised(ctx)  # a person the model took for a body still stops the search
    ent = subject_before(seen, subj, base, _BODY_LABELS) or seen.latest_before(
        s0, _BODY_LABELS, floor=max(0, s0 - 1500)
    )
    if ent is None or a_persons_name(names, ent):
        return None
    return named(ent, names.fullest(ent), how="pronoun")


def _owner_of_group_subject(names: ArticleNames, pron: Token, base: int) -> Entity | None:
    """The name owning a common noun that is a subject before the pronoun in its sentence
    ("Clinton’s campaign ... they"), the last such."""
    best = None
    for t in pron.doc[: pron.i]:
        if t.dep_ not in SUBJECT_DEPS or t.pos_ != "NOUN" or not human_noun(t):
            continue  # "Clinton’s campaign", "Trump’s aides"; not "Trump’s statement"
        for c in t.children:
            if c.dep_ == "poss":
                ent = names.at(base + c.idx, base + c.idx + len(c), PERSON_NAME_LABELS | _BODY_LABELS)
                if ent is not None:
                    best = ent
    return best


def a_persons_name(names: ArticleNames, ent: Entity) -> bool:
    """The article names a person with this entity's last word."""
    last = speaker_name(ent.text).split()[-1:]
    if not last:
        return False
    return any(
        e.label in PERSON_NAME_LABELS and fold_case(speaker_name(e.text).split()[-1]) == fold_case(last[0])
        for e in names.ents
        if speaker_name(e.text)
    )
