"""Attribution's reading of a sentence whose subject is a person described, not named, and shown a
person by its own "his" or "her" (helper spk14c, session 14).

"The 22-year-old pipped Maurice Greene on the last leg ... . But individually, the Birchfield
Harrier has yet to build on his World Junior Championship win four years ago. “The gold medal in
Athens has made me realise ...,” he said": the subject of the sentence before the pronoun is "the
Birchfield Harrier" (to the recogniser an organisation; to the parser a proper noun, no role word
of the lexicon), which "his" shows to be a man. The pronoun goes on with the person the
descriptions go back to (the name the paragraph opens with), not with the last person named before
it (Maurice Greene, an object); when no name is found so, the old reading stands (a description
such as "the 25-year-old Dubliner" is left to the people named before).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..lexicon import SENTENCE_OPENERS, SUBJECT_DEPS, alternation
from .attribution_context import Context, Entity, np_span, outside, sentence_before
from .attribution_mislabelled_subjects import possessive_for_it

if TYPE_CHECKING:
    from spacy.tokens import Doc


def described_person(doc: Doc, base: int, marked: list[tuple[int, int]], want: str) -> bool:
    """The first subject of a parsed sentence's last paragraph is written with "the" ("the
    Birchfield Harrier", "the Welshman") and a possessive of the pronoun's gender in its own clause
    shows it to be a person (attribution_mislabelled_subjects.possessive_for_it)."""
    par = doc.text.rstrip().rfind("\n") + 1
    inside = [(a - base, b - base) for a, b in marked]
    for t in doc:
        if t.idx < par or t.dep_ not in SUBJECT_DEPS or any(a - 1 <= t.idx < b + 1 for a, b in inside):
            continue
        if t.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            return False
        a, b = np_span(t)
        return possessive_for_it(Entity(base + a, base + b, doc.text[a:b], "DESC"), doc, base, marked, want)
    return False


# a sentence that opens on a description: "The 22-year-old pipped ...", "But the Welshman ..."
_OPENS_THE = re.compile(r"^\s*(?:" + alternation(SENTENCE_OPENERS) + r",?\s+)?(?:[\w-]+,\s+)?[Tt]he\s")


def named_before_description(
    ctx: Context, j: int, want: str, opening: Callable[[Context, int], Entity | None]
) -> Entity | None:
    """The person a chain of descriptions goes back to: the name the nearest sentence before
    sentence j opens with (opening: attribution_pronouns.opening_name, passed in because
    attribution_pronouns imports this module), passing over up to two
    sentences that open on "the" ("Mark Lewis-Francis says ... . The 22-year-old pipped Maurice
    Greene ... . But individually, the Birchfield Harrier has yet to ... his"): a description
    refers back to the person the paragraph is about, not to someone it names as an object.
    None when a sentence between opens otherwise, or the person is of the other gender."""
    k = j
    for _ in range(3):
        i = sentence_before(ctx.text, ctx.sents, k, ctx.quotes)
        if i is None:
            return None
        ent = opening(ctx, i)
        if ent is not None:
            return ent if ctx.genders.of(ent) in (want, None) else None
        if not _OPENS_THE.search(outside(ctx.text, *ctx.sents[i], ctx.quotes)):
            return None
        k = i
    return None
