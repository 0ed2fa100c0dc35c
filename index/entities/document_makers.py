"""A document that speaks is its maker's: "a report by X" is X's (helper spk14c, session 14).

"A survey published on the eve of the conference by PricewaterhouseCoopers said", "Research
conducted by the EOC last year revealed": attribution gives the document's words to its maker
(nlp/attribution_document_agents), and a named speaker so found is evidence of an organisation
(entities/nodes.speaker_votes: named speakers vote "person"; this one makes surveys and reports,
which firms and bodies do: it votes "org", as "it said" does). Both read the words before the
maker's name with `made_by`: the analysis right after the document's description, the votes in
the quote's cue (looser there: any words, any case).
"""

from __future__ import annotations

import re

from ..lexicon import DOCUMENT_NOUNS, MAKER_PARTICIPLES, alternation

# " published on the eve of the conference by ", " carried out by the consultancy ": right after
# the document's description, a participle of making (lexicon.MAKER_PARTICIPLES), "by" and at most
# four lower-case words before the name, no comma, no full stop between
_AFTER_DOCUMENT = re.compile(
    r"\s+(?:" + alternation(MAKER_PARTICIPLES) + r"|carried\s+out)\b[^.,;:!?\"“”\n]{0,60}?\bby\s+"
    r"(?:(?:the|[a-z][\w-]*|[A-Z]{2,}-based)\s+){0,4}$"
)
# in a cue: a document's noun, then "by" and at most four words before the name
_IN_CUE = re.compile(r"\b" + alternation(DOCUMENT_NOUNS) + r"\b[^.;:]{0,80}?\bby\s+(?:[\w-]+\s+){0,4}\Z", re.IGNORECASE)


def made_by(before: str, *, after_document: bool) -> bool:
    """The words before a name (`before` ends where the name starts) make it the maker of a
    document: with `after_document`, they are all the words from the end of the document's
    description ("[a survey] published on the eve of the conference by "); without, a document's
    noun anywhere in them opens the phrase ("A survey published ... by ")."""
    if after_document:
        return _AFTER_DOCUMENT.match(before) is not None
    return _IN_CUE.search(before) is not None


def document_maker(cue: str, surface: str) -> bool:
    """The cue names the speaker (surface) as the agent ("by X") of a document it says spoke."""
    if not cue or not surface:
        return False
    at = re.finditer("(?=" + re.escape(surface) + r"\b)", cue, re.IGNORECASE)
    return any(made_by(cue[: m.start()], after_document=False) for m in at)
