"""Attribution's reading of a "sentence" that holds two: the subject a "he" or "she" goes on with
is that of the last one before it (helper spk14c, session 14).

The sentence splitter runs two sentences together after a score or an abbreviation ("... Max
Mirnyi 6-7 (2-7) 7-6 (7-3) 6-2. Melzer has now beaten Agassi in two of their three meetings. /
“I had a good game plan ...,” he said"); the parser still gives each its own root. The subject
of the sentence before a pronoun (attribution_pronouns) is then the subject of the last of them,
nearest the pronoun, not of the first (Cyril Saulnier, who beat someone else).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc


def last_sentence(doc: Doc, base: int) -> tuple[Doc, int]:
    """The last of the parser's sentences in doc that has a subject of its root, as a Doc of its
    own with the offset of its first character (base: doc's); doc itself when it holds only
    one such sentence."""
    sents = list(doc.sents)
    for k in range(len(sents) - 1, 0, -1):
        sent = sents[k]
        if any(c.dep_ in SUBJECT_DEPS for c in sent.root.children):
            return sent.as_doc(), base + sent.start_char
    return doc, base
