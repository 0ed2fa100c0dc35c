"""Quote groups: the same words reported by several articles share a group id.

Two quotes are the same words when their normalised texts match, or when one speaker's quote
is contained in, or nearly equal to, another of theirs (articles trim and re-punctuate quotes).
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict

from rapidfuzz import fuzz

from .records import Quote

_WORD = re.compile(r"\w+")
# Above this many quotes one speaker's pairwise comparison costs more than it finds.
_MAX_PAIRWISE = 400


def normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def group_quotes(quotes: list[Quote]) -> None:
    """Set `group` on every quote (a singleton group when it is reported once)."""
    parent = list(range(len(quotes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    norms = [normalise(q.text) for q in quotes]
    exact: dict[str, int] = {}
    for i, n in enumerate(norms):
        if n in exact:
            union(exact[n], i)
        else:
            exact[n] = i

    by_speaker: dict[str, list[int]] = defaultdict(list)
    for i, q in enumerate(quotes):
        if q.speaker_id and norms[i]:
            by_speaker[q.speaker_id].append(i)
    for members in by_speaker.values():
        if len(members) > _MAX_PAIRWISE:
            continue
        for a_pos, i in enumerate(members):
            for j in members[a_pos + 1:]:
                if quotes[i].article == quotes[j].article and quotes[i].start == quotes[j].start:
                    continue
                if _same_words(norms[i], norms[j]):
                    union(i, j)

    for i, q in enumerate(quotes):
        root = find(i)
        q.group = "g-" + hashlib.sha1(f"{quotes[root].id}".encode()).hexdigest()[:10]


def _same_words(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    if len(short.split()) >= 2 and f" {short} " in f" {long_} ":
        return True
    return len(short.split()) >= 4 and fuzz.ratio(a, b) >= 90
