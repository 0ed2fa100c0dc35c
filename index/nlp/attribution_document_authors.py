"""Attribution's pass over a document left speaking ("the report said", "his report said") whose
author the article names with the same noun elsewhere (issue 10, session 16, helper desc16).

A document's words are its author's (bench/gold conventions: "the World Bank report said" has the
bank as speaker). attribution_descriptions looks for the author beside the words that make the
document speak, or at the document's last mention before them; what is left is a "the report"
whose author the article writes with the same noun elsewhere, before or after: "Nearly two
million people ..., the Asian Development Bank (ADB) has said. ... “have survived intact”, the
report said. ... “...,” the ADB report said." (bbc-business-434). A mention of the noun names its
author when it is:
- right after a name, or after a name's possessive and up to two lower-case words ("the ADB
  report", "the NAO's annual report"; not "the Treasury criticised the report");
- right before "by" or "from" and a name, with up to three lower-case words of its description
  between ("the report by telecoms giant BT");
- after a name that speaks in it ("Oxfam says in a report") or in the adjunct that opens the
  name's clause ("In a new report, the Electoral Commission says");
- in the cue of a quote already given a name ("An IAAF statement said", the initials resolved).
The author of the nearest such mention before the description; else, after it, only when every
such mention of the article names the same author. Else the description stays words: unattributed
is better than wrong.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import DOCUMENT_NOUNS, SPEAKS_IN_DETERMINERS, SPEAKS_IN_VERBS, alternation
from .attribution_context import PERSON_NAME_LABELS, Context, Found, named, outside

_NOUNS = alternation(sorted(DOCUMENT_NOUNS))
# "the report", "this latest survey", "his report": a document the article has told of
_TOLD_OF = re.compile(r"(?:the|this|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?(" + _NOUNS + r")", re.IGNORECASE)
# between a name and the noun: "the ADB report", "the NAO's annual report"
_BEFORE_NOUN = re.compile(r"\s+|['’]s\s+(?:[a-z-]+\s+){0,2}")
# "Oxfam says in a report", "X said in its annual report"
_SPEAKS_IN = re.compile(
    r"\s+" + alternation(SPEAKS_IN_VERBS) + r"\s+in\s+" + alternation(SPEAKS_IN_DETERMINERS) + r"\s+(?:[a-z-]+\s+)?"
)
# between the noun and a name: "a report by the World Bank", "the report by telecoms giant BT";
# words of a description only, not a clause to someone else ("a report by the committee chaired
# by Jean Corston")
_BY = re.compile(r"\s+(?:by|from)\s+(?:the\s+)?(?:(?!(?:by|of|for|from|in|on|at|and|to|with)\b)[a-z-]+(?<!ed)\s+){0,3}")
# between the noun and a name: "In a new report, the Electoral Commission says"
_ADJUNCT_AFTER = re.compile(r",\s+(?:the\s+)?")
_ADJUNCT_BEFORE = re.compile(
    r"(?:^|[.\n]\s*)(?:(?:But|And|However),?\s+)?In\s+(?:a|an|its|their)\s+(?:[a-z-]+\s+){0,2}$"
)
# a quote's cue that has the document speak: "An IAAF statement said"
_IN_CUE = r"\b" + alternation(SPEAKS_IN_DETERMINERS) + r"\s+(?:\S+\s+){0,2}?"

# who writes a document: a body or a person ("the Tomlinson report"), not a place ("the UK report")
_AUTHOR_LABELS = PERSON_NAME_LABELS | {"ORG"}


def authors_named_elsewhere(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """Every quote's attribution, a document the article has told of left as the speaker ("the
    report said") given the author the article names with the same noun (see the module)."""
    out = list(found)
    for n, f in enumerate(found):
        if f is None or f.how != "description" or f.start is None or f.end is None:
            continue
        m = _TOLD_OF.fullmatch(ctx.text[f.start : f.end])
        if m is None:
            continue
        author = _author(ctx, found, m.group(1).lower(), f.start)
        if author is not None:
            out[n] = replace(author, cue=f.cue)
    return out


def _author(ctx: Context, found: list[Found | None], noun: str, at: int) -> Found | None:
    """The author of the document `noun` described at `at`: the nearest named with the noun before
    it, else the one every mention after it names (at its fullest: "the Wim report" is Wim Kok's);
    None when none is, or those after differ."""
    mentions = sorted(_authored_mentions(ctx, noun) + _in_cues(ctx, found, noun), key=lambda m: m[0])
    before = [f for pos, f in mentions if pos < at]
    if before:
        return before[-1]
    if not mentions:
        return None
    fullest = max((f for _, f in mentions), key=lambda f: len((f.speaker or "").split()))
    whole = set((fullest.speaker or "").split())
    return fullest if all(set((f.speaker or "").split()) <= whole for _, f in mentions) else None


def _authored_mentions(ctx: Context, noun: str) -> list[tuple[int, Found]]:
    """(where, author) of each mention of the noun outside quotations that names its author."""
    words = outside(ctx.text, 0, len(ctx.text), ctx.quotes)
    authors = [e for e, inq in zip(ctx.names.ents, ctx.names.inq) if not inq and e.label in _AUTHOR_LABELS]
    out: list[tuple[int, Found]] = []
    for hit in re.finditer(r"\b" + re.escape(noun) + r"\b", words, re.IGNORECASE):
        for ent in authors:
            before = hit.start() - 60 <= ent.end <= hit.start() and (
                _BEFORE_NOUN.fullmatch(words[ent.end : hit.start()])
                or _SPEAKS_IN.fullmatch(words[ent.end : hit.start()])
            )
            after = hit.end() <= ent.start <= hit.end() + 40 and (
                _BY.fullmatch(words[hit.end() : ent.start])
                or (
                    _ADJUNCT_AFTER.fullmatch(words[hit.end() : ent.start])
                    and _ADJUNCT_BEFORE.search(words, 0, hit.start())
                )
            )
            if before or after:
                out.append((hit.start(), named(ent, ctx.names.fullest(ent))))
                break
    return out


def _in_cues(ctx: Context, found: list[Found | None], noun: str) -> list[tuple[int, Found]]:
    """(where, speaker) of each quote given a name whose cue has the document speak ("An IAAF
    statement said")."""
    pattern = re.compile(_IN_CUE + re.escape(noun) + r"\b", re.IGNORECASE)
    return [
        (q.start, f)
        for q, f in zip(ctx.quotes, found)
        if f is not None and f.how == "name" and f.speaker and f.cue and pattern.search(f.cue)
    ]
