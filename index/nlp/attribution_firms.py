"""Whom "the company said" stands for when the sentences before name the company: "EMI said two
major albums ... have now had their release dates put back. “...,” the company added" is EMI,
whatever organisation the article opened with (attribution_descriptions.org_in_focus, the
fallback). Used by attribution_descriptions for a definite description headed by a firm noun
("the company", "the firm", "the club", "the group" of lexicon.FIRM_NOUNS).
"""

from __future__ import annotations

from ..lexicon import FIRM_NOUNS
from typing import TYPE_CHECKING

from .attribution_context import Context, Entity, is_speech, main_subject, sent_index, sentence_before

if TYPE_CHECKING:
    from ..records import Range
    from .quotes import QuoteSpan

# how far back the firm may have been named as a subject: the sentences the reporter's words go on
# about it ("Unilever said ... . Sales of ice cream dipped ... . “...,” the company said")
_SENTENCES_BACK = 3


def org_subject_before(ctx: Context, at: int) -> Entity | None:
    """The organisation that is the subject of one of the sentences just before the description's
    (the nearest first), passing over sentences whose subject is no name ("It blamed poor sales",
    "Sales dipped"); none when a person's or a place's name is the subject first: the reporter
    moved on to someone else, and the company may be another. Only a firm that speaks there ("EMI
    said", "Umbro announced"): one the reporter only writes about ("Microsoft is seeking damages
    from OptInRealBig. ... the company said") may be the other firm of the sentence. at: where
    the description (or "it") is."""
    if not ctx.sents:
        return None
    for j in sentences_back(ctx.text, ctx.sents, ctx.quotes, sent_index(ctx.sents, at)):
        doc = ctx.parsed.get(j)
        if doc is None:
            return None
        base = ctx.sents[j][0]
        ent = main_subject(ctx.names, doc, base, {"ORG", "PERSON", "GPE", "NORP"}, proper=True)
        if ent is not None and (ent not in ctx.names.ents or ent.label == "PERSON") and len(ent.text.split()) == 1:
            # one word NER missed or took for a person ("Wimpey said ..."): a firm, when "it" or
            # "the company" goes on about it and the article gives no person that last name
            if _a_person(ctx, ent.text):
                return None  # "Smith said" after "John Smith": the reporter moved on to a person
            ent = Entity(ent.start, ent.end, ent.text, "ORG")
        if ent is not None:
            mine = ent.label == "ORG" and not _a_firm_word(ent.text) and _speaks(doc, base, ent)
            return ent if mine else None
    return None


def sentences_back(text: str, sents: list[Range], quotes: list[QuoteSpan], k: int) -> list[int]:
    """The sentences with words of the reporter's before sentence k, nearest first, as far back
    as org_subject_before looks (attribution.sentences_to_parse parses them)."""
    out: list[int] = []
    while len(out) < _SENTENCES_BACK:
        j = sentence_before(text, sents, k, quotes)
        if j is None:
            break
        out.append(j)
        k = j
    return out


def _a_firm_word(text: str) -> bool:
    """ "Company", "Group": NER's entity for a firm noun, not a name."""
    return text.lower().removeprefix("the ").strip() in FIRM_NOUNS


def _speaks(doc, base: int, ent: Entity) -> bool:
    """The name is the subject of a speech verb of the parsed sentence ("EMI said ...")."""
    return any(
        c.dep_ == "nsubj" and ent.start <= base + c.idx < ent.end for tok in doc if is_speech(tok) for c in tok.children
    )


def _a_person(ctx: Context, word: str) -> bool:
    """The article names a person in full with this last word ("Smith" after "John Smith")."""
    return any(
        e.label == "PERSON" and len(e.text.split()) > 1 and e.text.split()[-1].lower() == word.lower()
        for e in ctx.names.ents
    )
