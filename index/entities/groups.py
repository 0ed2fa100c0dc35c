"""Quote groups: the same words reported by several articles share a group id.

Two quotes are the same words when their normalised texts match, or when one speaker's quote
is contained in, or nearly equal to, another of theirs (articles trim and re-punctuate quotes).
"""

from __future__ import annotations

from collections.abc import Callable

import hashlib
import re
from collections import defaultdict

from rapidfuzz import fuzz

from ..records import Quote

_WORD = re.compile(r"\w+")
# Above this many quotes one speaker's pairwise comparison costs more than it finds.
_MAX_PAIRWISE = 400


def normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def norm_key(text: str) -> str:
    """A digest of the normalised words: what the store indexes to find the same words again."""
    return hashlib.sha1(normalise(text).encode()).hexdigest()[:16]


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
            for j in members[a_pos + 1 :]:
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


def attach_groups(
    quotes: list[Quote],
    same_text: Callable[[str], list[tuple[str, str]]],
    same_speaker: Callable[[str, int], list[tuple[str, str]]],
) -> None:
    """Group the quotes of changed articles, joining the groups of quotes already indexed.

    An incremental build's counterpart of group_quotes: the new quotes are grouped among
    themselves, then each group takes the group of an indexed quote with the same words, found by
    `same_text(norm_key)` and `same_speaker(speaker_id, limit)` (each returns (text, group) pairs
    of indexed quotes). Indexed quotes keep their groups: two groups that a new quote would bridge
    stay apart until the next full build.
    """
    group_quotes(quotes)
    members: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        members[q.group].append(q)
    for qs in members.values():
        found = None
        for q in qs:
            norm = normalise(q.text)
            if not norm:
                continue
            for text, existing in same_text(norm_key(q.text)):
                if normalise(text) == norm:
                    found = existing
                    break
            if found is None and q.speaker_id:
                candidates = same_speaker(q.speaker_id, _MAX_PAIRWISE + 1)
                if len(candidates) <= _MAX_PAIRWISE:
                    found = next((g for text, g in candidates if _same_words(norm, normalise(text))), None)
            if found:
                break
        if found:
            for q in qs:
                q.group = found
