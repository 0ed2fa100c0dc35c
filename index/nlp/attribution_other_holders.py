"""Whether someone else holding the title of a description comes between two of its uses.

"“...,” the prime minister told BBC One. ... at a dinner hosted by Deputy Prime Minister John
Prescott he told Mr Brown ... . According to Mr Peston the prime minister said: “...”": the second
"the prime minister" is the person the first stood for. A deputy prime minister holds another
office, and so does a "welfare minister" or a "Tory MP" for "the Labour MP": the head noun
("minister", "MP") written with an office qualifier the description lacks (lexicon.OFFICE_QUALIFIERS:
"deputy", "shadow", "former"), or right after a word other than the one the description puts before
it, introduces nobody the description could be (issue 10, session 17, spk17; bbc-politics-218).
A head with no word of the description before it ("A spokesman for the Home Office said", "an
MP") still may be that person.
"""

from __future__ import annotations

import re

from ..lexicon import ARTICLES, GENERIC_MODIFIERS, OFFICE_QUALIFIERS
from .attribution_context import Context, outside

_WORD = re.compile(r"[\w’'-]+")


def another_holder_between(ctx: Context, a: int, b: int, words: list[str]) -> bool:
    """Someone the description (its words in lower case, the head last, as _Description.low)
    could stand for is introduced between a and b, outside quotations: its head written without
    an office qualifier the description lacks and, where the description has a word of its own
    before the head ("prime", "labour"), right after that word or an article."""
    if not words or not words[-1]:
        return False
    head, own = words[-1], set(words[:-1])
    before = words[-2] if len(words) > 1 and words[-2] not in GENERIC_MODIFIERS else None
    text = outside(ctx.text, a, b, ctx.quotes)
    for hit in re.finditer(r"\b" + re.escape(head) + r"\b", text, re.IGNORECASE):
        pre = [w.lower() for w in _WORD.findall(text[max(0, hit.start() - 60) : hit.start()])][-3:]
        if (set(pre) & OFFICE_QUALIFIERS) - own:
            continue  # "Deputy Prime Minister John Prescott": another office
        if before is not None and pre and pre[-1] != before and pre[-1] not in ARTICLES:
            continue  # "welfare minister Frank Field" is no prime minister
        return True
    return False
