"""What the words after a sentence's subject say: that it is no one person.

"Chester have won only two", "Korn have enjoyed a moderate", "Duran Duran are currently
promoting": British English gives clubs, bands, firms and parties a plural verb; a person takes
"is", "was", "has". "Novartis, which last month forecast", "Varig, which operates in 18
countries": "which" is a thing's relative pronoun, as "who" is a person's (evidence._WHO_AFTER).

NER labels many firms, clubs and bands as people, and nothing else in the article may say
otherwise. Only a name that opens its sentence (or a quotation) is the subject for sure: after
"and" or a role word it is the last of several ("Knight and drum 'n' bass star Roni Size have"),
after a preposition the object of another clause ("results under Wigley have", "a trumpet which
belonged to Dizzy Gillespie, which is expected to fetch"). Such a subject NER calls a person, with
no title, no given name first and no place of the gazetteer ("Wales are"), votes for an
organisation, the thing the news names most.
"""

from __future__ import annotations

import re
from collections import Counter

from . import names as N
from ..lexicon import PLACE_NAMES, PLURAL_VERBS_AFTER, alternation
from ..records import Mention

_PLURAL_VERB_AFTER = re.compile(r"^\s+" + alternation(PLURAL_VERBS_AFTER) + r"\b(?!\s+to\b)")
# Not "which means", "which is why": a clause about the whole sentence, not the name.
_WHICH_AFTER = re.compile(r"^[’']?s?,\s+which\s+(?!means\b|meant\b|(?:is|was)\s+(?:why|what|how)\b)")
# The start of a sentence, of a paragraph or of a quotation, right before the name.
_OPENS = re.compile(r"(?:^[\"“]?|[.!?][\"”]?\s+[\"“]?|\n\s*[\"“]?|[:,]\s*[\"“])$")


def subject_votes(m: Mention, text: str, titled: bool) -> Counter:
    """The type votes of what follows the mention when it opens its sentence (`titled`: a
    person's title is before it)."""
    votes: Counter = Counter()
    after = text[m.end : m.end + 30]
    if not (_PLURAL_VERB_AFTER.match(after) or _WHICH_AFTER.match(after)):
        return votes
    name = N.clean_name(m.surface, m.label)
    bare = name.name or m.surface.strip()
    if (
        m.label == "PERSON"
        and not titled
        and not name.personal
        and not N.starts_with_given_name(bare)
        and N.plain(bare) not in PLACE_NAMES
        and not N.abbreviation_key(bare)
        and _OPENS.search(text[max(0, m.start - 5) : m.start])
    ):
        votes["org"] += 2
    return votes
