"""Type votes from the places a name is written that NER did not label (its echoes).

NER labels some occurrences of a name and not others: in "Malcolm Seagrave, security expert at
Energis" and "Energis took a similar approach" it found no mention, in "He said Energis also did"
a person. The words around every occurrence say what the name is, so those NER skipped vote too
(evidence.words_around, as for a labelled mention), on the article's first node of that name. No
mention is added here (missed.py adds mentions once actors exist); only the type is informed.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from . import evidence as E
from .decisions import Votes
from ..lexicon import LEAD_WORDS
from ..records import Mention

if TYPE_CHECKING:
    from .nodes import Node

_TYPE_KEYS = ("person", "org", "place", "event")
_CAP_BEFORE = re.compile(r"[A-Z][\w’'&.-]*\s$")


def echo_votes(by_article: dict[str, list[Node]], texts: dict[str, str]) -> list[Votes]:
    """For the first node of each name in an article, the votes of the words around the name's
    other occurrences there that no mention covers and that are no part of a longer name."""
    out: list[Votes] = []
    for aid, ns in by_article.items():
        text = texts.get(aid)
        if not text or not ns:
            continue
        covered = sorted((n.mention.start, n.mention.end) for n in ns)
        first: dict[str, Node] = {}
        for n in ns:
            if len(n.name) >= 2 and n.name[:1].isupper():
                first.setdefault(n.name, n)
        for name, node in first.items():
            for start, end in _echoes(text, name, covered):
                out.append(Votes(node, _votes_at(node.mention, text, start, end)))
    return out


def _echoes(text: str, name: str, covered: list[tuple[int, int]]):
    """(start, end) of each whole-word occurrence of name that no mention overlaps and that is
    no part of a longer capitalised name (a capital word right after it, or before it unless a
    sentence's lead word)."""
    for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-]|[’']\w\w)", text):
        s, e = m.start(), m.end()
        if any(a < e and s < b for a, b in covered):
            continue
        if re.match(r"\s[A-Z]", text[e : e + 2]):
            continue
        cap = _CAP_BEFORE.search(text[max(0, s - 40) : s])
        if cap and cap.group(0).strip().lower() not in LEAD_WORDS:
            continue  # "Q Magazine": a longer name; not "But Yugansk", "Often Pipex"
        yield s, e


def _votes_at(model: Mention, text: str, start: int, end: int) -> Counter:
    """The type votes of the words around one echo (a title before it counts as a person's)."""
    echo = Mention(model.article, start, end, text[start:end], "")
    titled, around = E.words_around(echo, text)
    votes = Counter({k: v for k, v in around.items() if k in _TYPE_KEYS and v > 0})
    if titled:
        votes["person"] += 2
    return votes
