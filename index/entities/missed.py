"""Mentions NER missed of the actors already found (step 6 of actors.py's module doc).

With the article texts, an actor's names are looked for where no mention covers them: the names
of the actors an article already mentions (a person's surname, an organisation's name without
"Group", a club's last word), and the names of two words or more, and the acronyms, that name one
actor in the whole corpus. A single word at a sentence's start counts only when the article never
writes it in lower case (a capital there says nothing).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from itertools import accumulate
from typing import TYPE_CHECKING

from . import names as N
from ..lexicon import CLUB_HEADS, MONTHS_AND_DAYS
from ..records import Actor, Mention

if TYPE_CHECKING:
    from .nodes import Node

LABEL_OF_TYPE = {"person": "PERSON", "org": "ORG", "place": "GPE", "group": "NORP", "event": "EVENT"}
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;]\s*[\"“”‘’']?\s*|\n\s*[\"“”‘’'\-–—•*]*\s*)$")

_CAP_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][\w]*(?:[’'][\w]+)*")


def _cap_runs(text: str):
    """Maximal runs of capitalised words joined by single spaces: (start, end)."""
    run_start = run_end = None
    for m in _CAP_WORD.finditer(text):
        if run_end is not None and text[run_end : m.start()] == " ":
            run_end = m.end()
            continue
        if run_start is not None:
            yield run_start, run_end
        run_start, run_end = m.start(), m.end()
    if run_start is not None:
        yield run_start, run_end


def missed_mentions(
    resolved: dict[str, list[Mention]],
    texts: dict[str, str],
    by_article: dict[str, list[Node]],
    table: dict[str, Actor],
) -> list[tuple[Mention, str]]:
    """The mentions NER missed of the actors an article already mentions: (the new mention, the
    name it was found under), by article and in text order."""
    found: list[tuple[Mention, str]] = []
    corpus_names = _corpus_names(by_article, resolved)
    for aid, ns in by_article.items():
        text = texts.get(aid)
        if not text:
            continue
        names = {**corpus_names, **_names_here(ns, resolved[aid], table)}
        if names:
            found += _find_names(aid, text, names, resolved[aid], table)
    return found


def _corpus_names(by_article, resolved: dict[str, list[Mention]]) -> dict[str, set[str]]:
    """Names of two words or more, and acronyms, that name one actor in the whole corpus: found
    in any article ("Mavis Staples", "OFHEO"), where a single word would be a guess."""
    names: dict[str, set[str]] = defaultdict(set)
    for aid, ns in by_article.items():
        for n, m in zip(ns, resolved[aid]):
            if len(n.name.split()) >= 2 or (N.is_acronym(n.name) and len(n.name) >= 3):
                names[n.name].add(m.actor)
    return {k: v for k, v in names.items() if len(v) == 1 and N.looks_like_name(k)}


def _names_here(ns: list[Node], ms: list[Mention], table: dict[str, Actor]) -> dict[str, set[str]]:
    """The names of one article's actors (a person's surname too) that name one actor only."""
    names: dict[str, set[str]] = defaultdict(set)
    for n, m in zip(ns, ms):
        names[n.name].add(m.actor)
        a = table[m.actor]
        if a.type == "person" and len(n.tokens) >= 2:
            names[n.tokens[-1]].add(a.id)
        elif a.type == "org" and len(n.tokens) >= 2:
            names[N.without_corporate_words(n.name)].add(a.id)  # "Menatep" of "Group Menatep"
            if N.bare(n.tokens[-1]) in CLUB_HEADS:
                names[n.tokens[-1]].add(a.id)  # "City" of "Manchester City"
    return {k: v for k, v in names.items() if len(v) == 1 and len(k) >= 2 and k.lower() not in MONTHS_AND_DAYS}


def _find_names(
    aid: str, text: str, names: dict[str, set[str]], ms: list[Mention], table: dict[str, Actor]
) -> list[tuple[Mention, str]]:
    """The runs of capitalised words that overlap no mention and are one of names (a single word
    not at the start of a sentence, unless titled)."""
    taken = sorted((m.start, m.end) for m in ms)
    starts = [ts for ts, _ in taken]
    reach = list(accumulate((te for _, te in taken), max))  # the furthest end so far
    found = []
    for s, e in _cap_runs(text):
        before = bisect_left(starts, e)  # the mentions that start before this run ends
        if before and reach[before - 1] > s:  # one of them ends after it starts: overlap
            continue
        cn = N.clean_name(text[s:e], "PERSON")
        if cn.name not in names:
            continue
        start = s + text[s:e].rfind(cn.name) if cn.name in text[s:e] else s
        end = start + len(cn.name)
        single = " " not in cn.name
        if (
            single
            and not cn.personal
            and not N.is_acronym(cn.name)  # "BP said": an acronym is no capital of a sentence's start
            and _SENTENCE_START.search(text[max(0, start - 6) : start])
            and start == s
            # A word the article also writes in lower case may be only a sentence's capital.
            and re.search(r"\b" + re.escape(cn.name.lower()) + r"\b", text)
        ):
            continue
        actor = table[next(iter(names[cn.name]))]
        found.append(
            (Mention(aid, start, end, text[start:end], LABEL_OF_TYPE.get(actor.type, "ORG"), actor.id), cn.name)
        )
    return found
