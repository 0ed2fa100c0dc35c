"""Surnames the recogniser missed (issue 10, session 12, helper spk12c): "Mauresmo spent five weeks
at number one ... / “Since then, I feel very confident ...”" after "Amelie Mauresmo" in the first
sentence. With no entity on "Mauresmo" there, the quotation that follows the sentence about her finds
no person as its subject and stays unattributed. The surname of a person the article names in full,
written alone where no entity covers it, is that person's, for attribution.
"""

from __future__ import annotations

import re

from ..lexicon import stop_words
from .attribution_context import Entity
from .attribution_surnames import full_personal_name  # the full names surnames_of_people reads


def missed_surnames(text: str, ents: list[Entity]) -> list[Entity]:
    """The entities, with a PERSON entity added on each bare surname of a person named in full in
    the article that no entity covers. Not a possessor ("Mauresmo's win": the rules that read "'s"
    take it), not right after another capitalised word (part of another name), not a common word."""
    surnames = set()
    for e in ents:
        full = full_personal_name(e)
        if full:
            last = full.split()[-1]
            if last.lower() not in stop_words() and not last.isupper() and len(last) > 2:
                surnames.add(last)
    added = []
    for name in surnames:
        for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w’'-])", text):
            a, b = m.start(), m.end()
            if any(e.start < b and a < e.end for e in ents):
                continue
            if re.match(r"[’']", text[b : b + 1]) or re.search(r"[A-Z][\w’'-]*\s+$", text[max(0, a - 30) : a]):
                continue
            added.append(Entity(a, b, name, "PERSON"))
    if not added:
        return ents
    return sorted(ents + added, key=lambda e: (e.start, e.end))
