"""Attribution: a sentence of the reporter's between one speaker's quotations that is about that
speaker, or about a thing, names no one who may speak.

"“The bridge was our lifeline,” said Maria Ruiz, 52, a ferry clerk. Born in Porto, she moved to
the island after the war and votes for Tom Hale every time. “Now it is gone.”": the aside tells
who the speaker is ("she", her), and the name in it is what she spoke of (an object, not a
subject); "“It is a joke,” said Ben Cole. But the giant mayor's portrait over the square has not
hurt trade. “People come to laugh.”": the aside is about a thing. The quotation after it goes on
from the speaker before (attribution_continuation.across_an_aside), which leaves an aside naming
anyone, or with a person's pronoun, alone; this module says when such an aside does not stop it.

The aside is one sentence, parsed, with no word of speaking; its main verb's subject is "he" or
"she" of the speaker's gender (as the article shows it, attribution_gender), or a noun that is no
person, no body and no people ("the portrait", not "critics", "the minister", "the firm"); and no name
of a person or a body, nor any pronoun but the speaker's own, is the subject of any of its verbs
("Her husband, John, says", "Mr Smith disagreed", "They were ..."): otherwise it may be someone
else's turn to speak, and unattributed is better than wrong.
"""

from __future__ import annotations

import re

from ..lexicon import FEMALE_PRONOUNS, FIRM_NOUNS, INSTITUTIONS, MALE_PRONOUNS, RELATIVE_PRONOUNS, SUBJECT_DEPS
from .attribution_context import PERSON_NAME_LABELS, SPEAKER_LABELS, Context, Found, outside
from .attribution_names_someone import PEOPLE_WORDS, PERSON_PRONOUNS, SPEECH_WORDS

_PRONOUN_GENDER = {**{w: "m" for w in MALE_PRONOUNS}, **{w: "f" for w in FEMALE_PRONOUNS}}
# the pronouns of other people; the speaker's own ("she", "her") pass when of their gender
_OTHERS = (PERSON_PRONOUNS | {"you", "us", "me"}) - set(_PRONOUN_GENDER)
# a body may speak next ("The firm hired a new chief executive"): no thing
_BODIES = INSTITUTIONS | FIRM_NOUNS


def aside_about_the_speaker(ctx: Context, k: int, prev: Found) -> bool:
    """Sentence k, between a quotation of prev's (a person by name) and one with no attribution,
    is about prev or about a thing, and names no one else as a subject."""
    doc = ctx.parsed.get(k)
    if doc is None or prev.label not in PERSON_NAME_LABELS or prev.start is None:
        return False
    base = ctx.sents[k][0]
    words = outside(ctx.text, base, ctx.sents[k][1], ctx.quotes)
    if any(w.lower() in SPEECH_WORDS for w in re.findall(r"[A-Za-z]+", words)):
        return False
    gender = _speaker_gender(ctx, prev)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX"):
        return False
    main = next((c for c in roots[0].children if c.dep_ in SUBJECT_DEPS), None)
    if main is None or not _about_them_or_a_thing(ctx, main, base, gender):
        return False
    for t in doc:
        low = t.lower_
        if low in _OTHERS or (low in _PRONOUN_GENDER and _PRONOUN_GENDER[low] != gender):
            return False  # someone else's pronoun anywhere ("they", "him" after a woman)
        if t.dep_ in SUBJECT_DEPS and t.i != main.i and not _about_them_or_a_thing(ctx, t, base, gender):
            return False
    return True


def _speaker_gender(ctx: Context, prev: Found) -> str | None:
    ent = ctx.names.at(prev.start, prev.end or prev.start + 1, PERSON_NAME_LABELS)
    return ctx.genders.of(ent) if ent is not None else None


def _about_them_or_a_thing(ctx: Context, subj, base: int, gender: str | None) -> bool:
    """The subject is "he"/"she" of the speaker's gender, or a noun naming no person, no body
    and no people."""
    low = subj.lower_
    if low in _PRONOUN_GENDER:
        return gender is not None and _PRONOUN_GENDER[low] == gender
    if subj.pos_ == "PRON" and low in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
        # a relative pronoun stands for the noun its clause hangs on: "Ann Hale, who disagrees"
        return subj.head.head.i != subj.i and _about_them_or_a_thing(ctx, subj.head.head, base, gender)
    if subj.pos_ == "PRON":
        return low in ("it", "this", "that")
    if subj.pos_ != "NOUN":
        return False  # a proper noun is a name, the recogniser's or not
    single = low[:-1] if low.endswith("s") else low
    if low in PEOPLE_WORDS or single in PEOPLE_WORDS or low in _BODIES or single in _BODIES:
        return False
    # the head word itself in a name ("the Smith family", "the BBC"), a body, a people; a name
    # before it only modifies a thing ("the giant mayor's portrait", "the Hale poster")
    return ctx.names.at(base + subj.idx, base + subj.idx + len(subj), SPEAKER_LABELS | {"NORP", "GPE"}) is None
