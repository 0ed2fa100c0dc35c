"""A possessive NER glued into one name: "Henry's Arsenal", "Brown's Budget", "Gateshead's Sage
Centre", "Usher's Confessions", "Macrovision's Entertainment Technologies Group".

English writes an owner before what it owns with "'s"; NER often takes the two capitalised runs
for one name, which then stands for nobody (an actor "Henry's Arsenal", the person's mention lost).
A name that holds its own possessive is rare ("Queen's Club", "St George's Chapel", "People's
Party", "Alzheimer's Society"), and its first part is never named alone in its article; so the
mention is two, the owner's and the owned name's, when the owner is named on its own elsewhere in
the article (a mention's whole name, or the surname or given name of a person's full name there:
"Thierry Henry ... Henry's Arsenal"), or is a month or a day ("January's Australian Open": a
date, no name). What the owner owns stays a mention unless it names nothing ("Budget"). Not a
name written with "the" ("The Prince's Trust", "the King's Cup": an institution's or a
competition's own name), nor a title of a work ("movie Howl's Moving Castle"), nor a firm's name
the article writes nowhere without its "'s" ("Foster's bought ... Foster's Group").
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import names as N
from ..lexicon import HONORIFICS, MONTHS_AND_DAYS, NOT_NAMES, SEE_TITLES, TITLE_WORDS, WORK_NOUNS, alternation
from ..records import Mention

# The owner's capitalised words, "'s", then the owned name's first capital: "Henry's Arsenal".
_GLUED = re.compile(r"(?P<owner>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})['’]s (?=[A-Z0-9])")
# A work's noun right before the name: "animated movie Howl's Moving Castle" is one title.
_WORK_BEFORE = re.compile(r"\b" + alternation(WORK_NOUNS) + r",?\s+$", re.IGNORECASE)


def split_possessors(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions, each one glued over an owner named alone in the article cut into the owner's
    mention (with the label of its other mentions) and the owned name's (see the module doc)."""
    alone = _named_alone(ms)
    out: list[Mention] = []
    for m in ms:
        glued = _GLUED.match(m.surface)
        owner = glued.group("owner") if glued else ""
        if not glued or not _an_owner(owner, alone) or _work_title(m, text) or not _written_bare(owner, text):
            out.append(m)
            continue
        cut = m.start + glued.end()
        if N.bare(owner) not in MONTHS_AND_DAYS:
            label = alone.get(owner) or alone.get(owner.split()[-1]) or m.label
            out.append(replace(m, end=m.start + len(owner), surface=owner, label=label))
        rest = text[cut : m.end]
        if N.plain(rest) not in NOT_NAMES:
            out.append(replace(m, start=cut, surface=rest))
    return sorted(out, key=lambda x: (x.start, x.end))


def _written_bare(owner: str, text: str) -> bool:
    """The article writes the owner once at least without "'s" after it: "Foster's bought a
    stake ... Foster's Group" is a firm whose name holds its "'s" (a month needs no such test)."""
    if N.bare(owner) in MONTHS_AND_DAYS:
        return True
    return bool(re.search(r"\b" + re.escape(owner) + r"\b(?!['’]s\b|['’])", text))


def _work_title(m: Mention, text: str) -> bool:
    """A work's noun right before the name, here or where the article writes it again: the whole
    is a title ("latest film, Howl's Moving Castle ... Howl's Moving Castle set a record")."""
    starts = [k.start() for k in re.finditer(re.escape(m.surface), text)] or [m.start]
    return any(_WORK_BEFORE.search(text[max(0, k - 30) : k]) for k in starts)


def _named_alone(ms: list[Mention]) -> dict[str, str]:
    """The names the article's mentions give alone, with their labels: each mention's whole name
    written without a possessive, and the surname of a person's full name ("Thierry Henry":
    "Henry")."""
    alone: dict[str, str] = {}
    for m in ms:
        if _GLUED.match(m.surface) or N.strip_possessive(m.surface) != m.surface.strip():
            continue  # "Foster's bought a stake": a firm's name may hold its "'s"
        name = m.surface.strip()
        name = name[4:] if name[:4].lower() == "the " else name
        alone.setdefault(name, m.label)
        words = name.split()
        if m.label == "PERSON" and len(words) >= 2:
            alone.setdefault(words[-1], m.label)
    return alone


def _an_owner(owner: str, alone: dict[str, str]) -> bool:
    """The words before "'s" name an owner: a month or a day, or a name the article gives alone
    that is no title ("the Queen" beside "Queen's Club")."""
    word = N.bare(owner.split()[-1])
    if word in MONTHS_AND_DAYS:
        return True
    if word in HONORIFICS or word in TITLE_WORDS or word in SEE_TITLES or owner.split()[0] in ("The", "the"):
        return False
    return owner in alone or (" " in owner and owner.split()[-1] in alone and alone[owner.split()[-1]] == "PERSON")
