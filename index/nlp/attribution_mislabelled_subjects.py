"""Attribution's reading of a subject's possessive pronoun: "Zvonareva has lost both her games so
far, ... . “Sometimes not everything works,” she said" (helper spk14b, session 14).

"he" and "she" look to the subject of the sentence before (attribution_pronouns); a proper name
there that the recogniser missed or mislabelled (Zvonareva: a place) is a candidate only when
something shows it to be a person of the pronoun's gender, such as a subject pronoun later in its
sentence ("Federer admitted he was", `_pronoun_for_it`). A possessive pronoun of the wanted
gender within the name's own clause ("has lost both her games", "announced his retirement"),
where the name is the only one subject or object of the verbs above the pronoun, shows it as well:
otherwise the pronoun went to a woman named earlier.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    PERSON_ROLES,
    POSSESSIVE_DETERMINERS,
    TITLE_WORDS,
)
from .attribution_context import Entity
from .attribution_gender import gender_of_pronoun
from .names_above import names_above

if TYPE_CHECKING:
    from spacy.tokens import Doc

_POSSESSIVES = frozenset(POSSESSIVE_DETERMINERS) & (MALE_PRONOUNS | FEMALE_PRONOUNS)  # his, her


def possessive_for_it(ent: Entity, doc: Doc, base: int, marked: list[tuple[int, int]], want: str) -> bool:
    """A possessive "his" or "her" of gender want after the name, outside marked words, whose
    nearest verb above with a named subject or object has the name (`ent`, from base) as its
    only one: the name is a person of that gender. Not a title the parser took for the subject
    ("Director of rugby Warren Gatland revealed that ... inspired his Wasps side")."""
    if any(w.lower().strip(".,") in TITLE_WORDS | PERSON_ROLES for w in ent.text.split()):
        return False
    inside = [(a - base, b - base) for a, b in marked]
    for t in doc:
        if base + t.idx < ent.end or t.dep_ != "poss" or t.lower_ not in _POSSESSIVES:
            continue
        if gender_of_pronoun(t.text) != want or any(a - 1 <= t.idx < b + 1 for a, b in inside):
            continue
        if t.head.head.i == t.head.i:
            return False
        # the verbs above the possessed noun; "Zvonareva beat Kuznetsova in her ...": either may
        # be hers, so neither
        names = names_above(t.head.head, t)
        return bool(names) and all(ent.start <= base + c.idx < ent.end for c in names)
    return False
