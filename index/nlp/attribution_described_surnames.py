"""Attribution: whether a one-word name written as a description ("the 28-year-old Morientes")
is still a name.

attribution_context.described keeps "the 25-year-old Dubliner" from speaking as a name: a word
after "the" and a modifier is most often a description. But the news describes people it has
named in full the same way ("Fernando Morientes ... “...,” admitted the 28-year-old Morientes. He
added: “...”"): a word that is the surname of a person the article names in full is that person,
and a "he" after it goes on with them (issue 10, session 12, bbc-sport-266).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..entities.names import fold_case, speaker_name
from ..lexicon import SPEECH_FORMS_AFTER_NAME

if TYPE_CHECKING:
    from .attribution_context import ArticleNames, Entity


def surname_named_in_full(names: ArticleNames, ent: Entity) -> bool:
    """ent is one word, the last word of a person's name of two words or more that the article
    gives outside quotations."""
    words = speaker_name(ent.text).split()
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    last = fold_case(words[0])
    for other, inq in zip(names.ents, names.inq):
        full = speaker_name(other.text).split()
        if not inq and other.label == "PERSON" and len(full) > 1 and fold_case(full[-1]) == last:
            return True
    return False


_WORD_AFTER = re.compile(r"\s*([a-z]+)\b")
_VERBS_AFTER = frozenset(SPEECH_FORMS_AFTER_NAME) | frozenset("is was has had will would".split())


def a_description(names: ArticleNames, ent: Entity, described: bool) -> bool:
    """What attribution_context.described said of ent (described), unless ent is the surname
    of a person the article names in full and heads its words ("the 28-year-old Morientes.",
    "... Morientes said"): then a name. Not a surname that qualifies a noun after it ("the
    Avery campaign took rural voters for granted": the campaign, not Paul Avery)."""
    after = _WORD_AFTER.match(names.text, ent.end)
    qualifies = after is not None and after.group(1) not in _VERBS_AFTER
    return described and (qualifies or not surname_named_in_full(names, ent))
