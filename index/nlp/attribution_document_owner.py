"""Attribution: whose document "the report" is when no owner's name stands beside the word
that says so ("the report adds", "According to the report"): the one who made it, as the article
introduced it, never the person named nearest by proximity.

The nearest earlier mention of the same document noun that is not "the" again (a "the report"
only goes back to it) decides:
- "In its report, the Law Commission said ...", "In a statement, Delta said": the name right
  after the adjunct, the sentence's subject;
- "..., a report says. / The National Audit Office praised ...": the news lead's way of
  introducing a body's report, whose name opens the next sentence.
Else nobody: the description stays words (issue 10, session 13, bbc-politics-080).
"""

from __future__ import annotations

import re

from ..lexicon import DOCUMENT_INTRO_VERBS, DOCUMENT_NOUNS, alternation
from .attribution_context import PERSON_NAME_LABELS, Context, Entity, outside, sent_index

# a document noun with the word that determines it and up to two modifiers ("a new report", "its
# annual report", "the report")
_MENTION = re.compile(
    r"\b(the|a|an|its|his|her|their|this|that)\s+(?:(?!(?:the|a|an)\b)[\w-]+\s+){0,2}?("
    + "|".join(sorted(DOCUMENT_NOUNS))
    + r")\b",
    re.IGNORECASE,
)

# "..., a report says": the verb that has the document speak
_INTRO_VERB = re.compile(r"\s+" + alternation(DOCUMENT_INTRO_VERBS) + r"\b")

# who can make a document: a body, or a person
_OWNER_LABELS = PERSON_NAME_LABELS | {"ORG"}


def document_owner(ctx: Context, start: int, head: str) -> Entity | None:
    """The organisation or person whose document `head` ("report") is, for a description of it
    at `start` that says "the": decided by the nearest earlier mention of the noun that is not
    "the" again; None when that mention names no owner as the module says."""
    if head not in DOCUMENT_NOUNS or not ctx.sents:
        return None
    k = sent_index(ctx.sents, start)
    for j in range(k, -1, -1):
        s, e = ctx.sents[j]
        words = outside(ctx.text, s, min(e, start) if j == k else e, ctx.quotes)
        hits = list(_MENTION.finditer(words))
        hits = [h for h in hits if h.group(2).lower() == head]
        for hit in reversed(hits):
            if hit.group(1).lower() == "the":
                continue  # "the report" again: look further back for where it was introduced
            return _adjunct_owner(ctx, j, words, hit) or _lead_owner(ctx, j, words, hit)
    return None


def _adjunct_owner(ctx: Context, j: int, words: str, hit: re.Match) -> Entity | None:
    """ "In its report, the Law Commission said": the name that opens the clause after the
    adjunct holding the document."""
    if not re.fullmatch(r"\s*(?:(?:But|And|However),?\s+)?[Ii]n\s*", words[: hit.start()]):
        return None
    if hit.group(1).lower() not in ("a", "an", "its", "his", "her", "their"):
        return None
    m = re.compile(r"[^,]{0,40},\s+(?:the\s+)?").match(words, hit.end())
    if m is None:
        return None
    return _name_at(ctx, j, m.end())


def _lead_owner(ctx: Context, j: int, words: str, hit: re.Match) -> Entity | None:
    """ "..., a report says. / The National Audit Office praised ...": a document with "a" that
    speaks in the article's first sentence, and the organisation that opens the second."""
    if j != 0 or len(ctx.sents) < 2 or hit.group(1).lower() not in ("a", "an"):
        return None
    if not _INTRO_VERB.match(words, hit.end()):
        return None
    s1, e1 = ctx.sents[1]
    m = re.match(r"\s*(?:The\s+)?", ctx.text[s1:e1])
    ent = _name_at(ctx, 1, m.end() if m else 0)
    return ent if ent is not None and ent.label == "ORG" else None


def _name_at(ctx: Context, j: int, offset: int) -> Entity | None:
    """The name outside quotations that begins at `offset` of sentence j (with a "The" of its own
    allowed before it)."""
    at = ctx.sents[j][0] + offset
    for ent, inq in zip(ctx.names.ents, ctx.names.inq):
        if not inq and ent.label in _OWNER_LABELS and at - 4 <= ent.start <= at + 4 and ent.end > at:
            return ent
    return None
