"""A speaker named as the maker of a document that speaks is evidence of an organisation (helper
spk14c, session 14).

"A survey published on the eve of the conference by PricewaterhouseCoopers said", "Research
conducted by the EOC last year revealed": attribution gives the document's words to its maker
(nlp/attribution_document_agents). Named speakers vote "person" (entities/nodes.speaker_votes);
this one makes surveys and reports, which firms and bodies do: it votes "org", as "it said" does.
"""

from __future__ import annotations

import re

from ..lexicon import DOCUMENT_NOUNS, alternation

_DOCUMENT = alternation(DOCUMENT_NOUNS)


def document_maker(cue: str, surface: str) -> bool:
    """The cue names the speaker (surface) as the agent ("by X") of a document it says spoke."""
    if not cue or not surface:
        return False
    pattern = r"\b" + _DOCUMENT + r"\b[^.;:]{0,80}?\bby\s+(?:[\w-]+\s+){0,4}" + re.escape(surface) + r"\b"
    return re.search(pattern, cue, re.IGNORECASE) is not None
