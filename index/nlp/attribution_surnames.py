"""People the recogniser labelled otherwise, as attribution reads them (issue 10, session 11,
helper fresh8a).

spaCy's small model often labels a surname said alone an organisation, a product or a place
("said Connors" beside "Jimmy Connors", a person; "said Ferdinand"), and attribution trusts the
label: "he said" then passes over the man just quoted for the last name labelled a person, and
"the central defender added" right after his quotation is not taken for him. Two passes here:
`surnames_of_people` gives such a surname the person's label when the article names a person by
it in full; `only_a_person` says a description's head is a word for one person that no
organisation is ("the central defender", "the 31-year-old"), so the speaker just quoted is the
one described whatever the recogniser called them.
"""

from __future__ import annotations

import re

from ..entities.names import drop_possessive, fold_case
from ..lexicon import CLUB_HEADS, NAME_PARTICLES, ONE_PERSON_HEADS, ORG_WORDS, PLACE_NAMES, POSITION_NOUNS
from .attribution_context import PERSON_NAME_LABELS, ArticleNames, Context, Entity

# The labels a surname said alone is given wrongly (not NORP: "American" is a demonym)
_MISLABELS = frozenset({"ORG", "PRODUCT", "GPE", "FAC", "LOC", "WORK_OF_ART"})
_AGE = re.compile(r"^\d+-year-old$")


def surnames_of_people(text: str, ents: list[Entity]) -> list[Entity]:
    """The entities, each single word labelled an organisation, a product or a place relabelled a
    person when it is the last word of a person's full name in the article ("Connors" beside
    "Jimmy Connors"): one surname, one person. Not an acronym ("BT"), not when the full name reads
    as a club's or a body's ("Manchester United", labelled a person by the model), and not a
    possessor ("Trump’s statement"): what speaks, or "he" stands for, is a subject, and a
    possessor the model took for a firm is left to the rules that read "’s" ("Ford’s profits")."""
    surnames = {fold_case(n.split()[-1]) for n in (full_personal_name(e) for e in ents) if n}
    out = []
    for e in ents:
        word = e.text.strip()
        if (
            e.label in _MISLABELS
            and " " not in word
            and not re.search(r"['’]s?$", word)
            and not re.match(r"['’]", text[e.end : e.end + 1])
            and word[:1].isupper()
            and not word.isupper()
            and fold_case(word) in surnames
        ):
            e = Entity(e.start, e.end, e.text, "PERSON", was=e.label)
        out.append(e)
    return out


def full_personal_name(e: Entity) -> str | None:
    """A person's name of two or more capitalised words (particles aside) with no word of a club,
    a body or a place first ("Jimmy Connors"; not "Manchester United", "Exeter City")."""
    if e.label not in PERSON_NAME_LABELS:
        return None
    words = drop_possessive(e.text.strip()).split()
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words):
        return None
    low = [w.lower() for w in words]
    if low[0] in PLACE_NAMES or low[-1] in CLUB_HEADS or any(w in ORG_WORDS for w in low):
        return None
    return " ".join(words)


def only_a_person(desc: str) -> bool:
    """The description's last word names one person and never an organisation: a player's position
    or an age ("the central defender", "said the 31-year-old", "the Gloucester fly-half")."""
    words = re.findall(r"[\w’'-]+", desc.lower())
    if not words:
        return False
    last = words[-1]
    return last in ONE_PERSON_HEADS or last in POSITION_NOUNS or bool(_AGE.match(last))


def reads_as_a_name(text: str, name: str, start: int) -> bool:
    """The speaker's words are a name as people are written: capitalised words, not an acronym,
    no word of a club or a body, not after "the" ("said Ferdinand", not "said the Glazer Family
    Partnership" or "said BT")."""
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words) or any(w.isupper() for w in words):
        return False
    low = [w.lower() for w in words]
    if low[-1] in CLUB_HEADS or any(w in ORG_WORDS for w in low):
        return False
    return not re.search(r"\b[Tt]he\s+$", text[max(0, start - 4) : start])


def as_recognised(ctx: Context) -> ArticleNames:
    """The article's names with the recogniser's own labels: the rule of "they" (attribution_us)
    looks for the nearest body and gives up when it is a person the model took for one ("Trump’s"
    an organisation): a surname relabelled here must still stop it, not let it reach a body
    further back."""
    ents = [Entity(e.start, e.end, e.text, e.was or e.label) for e in ctx.names.ents]
    return ArticleNames(ctx.text, ents, ctx.quotes)
