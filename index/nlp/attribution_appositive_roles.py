"""Attribution: a proper noun the recogniser missed is a person when the sentence sets it off with
a person's role in apposition ("G Money, a presenter on the BBC's urban music station 1Xtra,
thinks ... . “...,” says the DJ": the DJ is G Money, though NER found no person there).

attribution_descriptions.person_in_focus takes the subject of the sentence before for "the DJ"
only when it is a person's name; a name NER missed counts when the article names a person with it
elsewhere, or, by this rule, when its own sentence calls it a role that only people hold (issue
10, session 12, bbc-entertainment-132).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import INSTITUTIONS, PERSON_ROLES, PERSON_TITLES_BEFORE, PORTFOLIO_WORDS, TITLE_WORDS

from .attribution_context import Context, Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc

# the head nouns of an appositive that make the name before it a person's ("a presenter", "the
# club's chairman"); not an institution's ("a spokesman for ..." is one too, but speaks for a body
# named elsewhere) nor a portfolio's word
_ROLE_HEADS = (PERSON_ROLES | PERSON_TITLES_BEFORE | TITLE_WORDS) - INSTITUTIONS - PORTFOLIO_WORDS


def introduced_as_a_person(doc: Doc, base: int, ent: Entity) -> bool:
    """A word of ent (a span of the parsed sentence doc, which starts at base in the article) has
    an appositive after it headed by a person's role, in the singular."""
    for tok in doc:
        if not ent.start <= base + tok.idx < ent.end:
            continue
        for c in tok.children:
            if c.dep_ == "appos" and c.i > tok.i and c.tag_ == "NN" and c.lower_ in _ROLE_HEADS:
                return True
    return False


def introduced_elsewhere(ctx: Context, ent: Entity) -> bool:
    """The words of ent (a proper noun NER missed, "But G Money acknowledges ... . “...,” he
    says") are, in a parsed sentence of the article, a name set off by a person's role in
    apposition ("G Money, a presenter on ..."): a person, whom a "he" may go on with. Only the
    sentences attribution parsed are read (the introduction is one when a quote near it needs it)."""
    words = ent.text.split()
    if not words:
        return False
    for j, doc in ctx.parsed.items():
        base = ctx.sents[j][0]
        for tok in doc:
            if tok.text != words[-1] or base + tok.idx == ent.end - len(words[-1]):
                continue
            a = base + tok.idx + len(tok) - len(ent.text)
            if ctx.text[a : base + tok.idx + len(tok)] != ent.text:
                continue
            if introduced_as_a_person(doc, base, Entity(a, base + tok.idx + len(tok), ent.text, "PERSON")):
                return True
    return False
