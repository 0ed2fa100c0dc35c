"""A claim dismissed with a particle verb ("brushed off", "shrugged off", "laughed off";
lexicon.SPEECH_WITH_PARTICLE) is answered in words, so its subject speaks; but a phrase quoted
inside a claim a named person made ("The prime minister shrugged off claims from Conservative
leader Michael Howard that he led a “grubby government”") is that person's words, not the
subject's: the verb is no cue for it. (A claim of an organisation, "Labour suggestions ... “by the
back door”", is left to the verb: either reading is defensible there.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import DISMISSAL_PARTICLE_VERBS
from .attribution_context import PERSON_NAME_LABELS, Context

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .quotes import QuoteSpan


def dismisses_someones_words(ctx: Context, q: QuoteSpan, tok: Token, base: int) -> bool:
    """The verb at tok dismisses a claim whose words, quoted after it, a person named between the
    verb and the quote made: it is no cue for that quote."""
    if tok.lemma_.lower() not in DISMISSAL_PARTICLE_VERBS:
        return False
    vend = base + tok.idx + len(tok)
    return vend <= q.start and any(
        vend <= e.start and e.end <= q.start and e.label in PERSON_NAME_LABELS for e in ctx.names.ents
    )
