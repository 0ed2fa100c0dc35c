"""Attribution pass for "added the <description>" right after a quotation: "“When I started ...,”
said Gonzalo Frasca, ... . “I must admit ...,” added the Uruguayan-born researcher", "“...,” said
Mr Wallace ... . / “There will be no singing ...,” added the British producer."

"added" (lexicon.GOES_ON_VERBS) says the speaker spoke just before, so a description after it
stands for the person the quotation before was attributed to by name, though no list holds the
description's noun ("researcher", "producer", "30-year-old"). It stops where the reporter's words
between the two quotations report someone else speaking (another person named with a speech
verb in one sentence): unattributed is better than wrong.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..entities.names import fold_case, speaker_name
from ..lexicon import FOCUS_SPEECH_FORMS, GOES_ON_VERBS, alternation
from .attribution_context import PERSON_NAME_LABELS, Context, Found, closes_before_verb, sent_index

# "” added the Uruguayan-born researcher," : the closing mark, the verb, "the" and at most four
# words of a description, then the clause's end
_ADDED_THE = re.compile(
    r"[”\"’']?[ \t]+(" + alternation(GOES_ON_VERBS) + r")[ \t]+the[ \t]+((?:[\w’'-]+[ \t]+){0,3}[\w’'-]+)[ \t]*[.,;]"
)
_SPEECH_FORM = re.compile(r"\b" + alternation(FOCUS_SPEECH_FORMS) + r"\b")


def _last_word(name: str) -> str:
    words = (speaker_name(name) or name).split()
    return fold_case(words[-1]) if words else ""


def _someone_else_speaks(ctx: Context, s: int, e: int, speaker: str) -> bool:
    """A sentence of the reporter's in [s, e) names a person other than the speaker and has a
    speech verb: "added" may then be that person's."""
    last = _last_word(speaker)
    for ent in ctx.names.ents:
        if not (s <= ent.start < e) or ent.label not in PERSON_NAME_LABELS or _last_word(ent.text) == last:
            continue
        a, b = ctx.sents[sent_index(ctx.sents, ent.start)]
        if _SPEECH_FORM.search(ctx.text[max(a, s) : min(b, e)]):
            return True
    return False


def added_description(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """A quote with no attribution followed by "added the <description>": the speaker of the
    quotation before, when a person named and no one else reported speaking in between."""
    out = list(found)
    text = ctx.text
    for n in range(1, len(ctx.quotes)):
        q, prev = ctx.quotes[n], out[n - 1]
        if out[n] is not None or prev is None or prev.how != "name" or prev.label not in PERSON_NAME_LABELS:
            continue
        m = _ADDED_THE.match(text, q.end)
        if m is None or not closes_before_verb(text, q, m.start(1)) or m.group(2).split()[-1][:1].isupper():
            continue  # "added the Guardian": a capitalised last word is a name, not a description
        between = text[ctx.quotes[n - 1].end : q.start]
        if len([p for p in between.split("\n")[1:-1] if p.strip()]) > 0 or not prev.speaker:
            continue  # a whole paragraph of the reporter's between: too far for "added"
        if _someone_else_speaks(ctx, ctx.quotes[n - 1].end, q.start, prev.speaker):
            continue
        out[n] = replace(prev, cue=text[m.start(1) : m.end(2)])
    return out
