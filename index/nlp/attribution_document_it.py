"""Attribution: whom "it" stands for after a sentence whose subject is a document ("Mr Crosby's
statement said: “...” It added: “...”", "The report said ... . It said"): the document, so the
person or body whose document it is, not the organisation named last before (The Times, of the
article's first paragraph). A document with a possessor's name is theirs; one described with
"the" ("the report") is handed on as a description, which attribution_descriptions resolves like
"the report said" (issue 10, session 12, bbc-politics-329).
"""

from __future__ import annotations

from ..lexicon import DOCUMENT_NOUNS
from .attribution_context import (
    SPEAKER_LABELS,
    Context,
    Found,
    named,
    np_span,
    sent_index,
    sentence_before,
)


def document_subject_before(ctx: Context, s0: int) -> Found | None:
    """ "it" at s0: the document that is the main subject of the sentence before (its last
    paragraph), as its owner's name ("Mr Crosby's statement") or as a description ("the
    report"); None when that sentence's subject is no document."""
    j = sentence_before(ctx.text, ctx.sents, sent_index(ctx.sents, s0), ctx.quotes)
    doc = ctx.parsed.get(j) if j is not None else None
    if doc is None:
        return None
    base = ctx.sents[j][0]
    par = doc.text.rstrip().rfind("\n") + 1
    for root in (t for t in doc if t.dep_ == "ROOT" and t.idx >= par):
        for c in root.children:
            if c.dep_ != "nsubj" or c.idx < par or c.tag_ != "NN" or c.lower_ not in DOCUMENT_NOUNS:
                continue
            for d in c.children:
                if d.dep_ == "poss":
                    ent = ctx.names.at(base + d.idx, base + d.idx + len(d), SPEAKER_LABELS)
                    return named(ent, ctx.names.fullest(ent), how="pronoun") if ent is not None else None
            if any(d.dep_ == "det" and d.lower_ == "the" for d in c.children):
                a, b = np_span(c)
                return Found("", doc.text[a:b].strip(), base + a, base + b, "DESC", "description")
    return None
