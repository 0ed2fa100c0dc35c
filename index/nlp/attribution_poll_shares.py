"""Attribution: a share of a nation's people ("37 percent of Americans say", "The vast majority of
Britons say", "half of Scots said") is a poll's figure, not the words of the nation its "of" names,
which the subject's entity would otherwise make the speaker: no speaker from it, so a cue naming
the poll ("according to a Gallup poll", "the poll finds") speaks instead, or nobody does (issue 10,
session 19, helper spk19w). A share with no nation ("22 percent say", "half of voters say") stays
a description, as PolNeAR's annotators write it; not "the majority leader" (the head is the leader).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from ..entities.names import looks_demonym
from ..lexicon import POLL_SHARES


def poll_share(subj: Token) -> bool:
    """The subject is a share ("percent", "majority", "a third") "of" a nation's people."""
    if subj.lower_ not in POLL_SHARES or subj.pos_ not in ("NOUN", "NUM", "SYM"):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and (g.ent_type_ == "NORP" or looks_demonym(g.text)) for g in c.children)
        for c in subj.children
    )
