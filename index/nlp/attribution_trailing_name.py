"""Attribution pass for a name that closes a quotation's sentence with a verb no list knows, or
with none: "“It is totally going to kill the business model of radio,” thinks Curry.", "“...,”
laughs Conti.", "“...,” underlined Mr Saldarriaga.", and the reporter's slip "“Carnival has an
incredibly strong track record,” Mr Champion." (the verb left out).

The words after the closing mark are the quotation's own clause: a quote that ends with a comma,
"?" or "!" and is followed by at most one verb and a name that ends the sentence has that name for
its speaker, whatever the verb (speech lists cannot hold every verb of manner: "laughs", "thinks",
"assured"). Only a name the article gives a person elsewhere, or one another quote is already
attributed to: not "“Sunshine,” starring Kate." of a film list, whose names are no speakers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..entities.names import fold_case, speaker_name
from .attribution_context import PERSON_NAME_LABELS, Context, Found, closes_before_verb
from .attribution_speech_verbs import name_after_verb

# the closing mark, then a verb in -s or -ed ("thinks", "laughs", "underlined") or nothing, then
# the capitalised words of a name and the sentence's full stop
_CLOSING = re.compile(r"[”\"’']?[ \t]+(?:([a-z]+(?:s|ed))[ \t]+)?(?=[A-Z])")
_NAME_THEN_STOP = re.compile(r"((?:[A-Z][\w’'-]*[ \t]+){0,2}[A-Z][\w’'-]*[a-z])[ \t]*\.(?:\s|$)")


def _last_word(name: str) -> str:
    words = (speaker_name(name) or name).split()
    return fold_case(words[-1]) if words else ""


def trailing_name(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """A quote with no attribution whose sentence ends "“...,” [verb] Name.": Name's, when the
    article names that person elsewhere (a PERSON of its entities, or a quote's named speaker)."""
    out = list(found)
    text = ctx.text
    speakers = {_last_word(f.speaker): f for f in found if f is not None and f.speaker and f.how == "name"}
    people = {_last_word(e.text) for e in ctx.names.ents if e.label in PERSON_NAME_LABELS}
    for n, q in enumerate(ctx.quotes):
        if out[n] is not None or len(text[q.start : q.end].split()) < 4:
            continue
        m = _CLOSING.match(text, q.end)
        vpos = (m.start(1) if m.group(1) else m.end() - 1) if m else 0
        if m is None or not closes_before_verb(text, q, vpos):
            continue
        name = _NAME_THEN_STOP.match(text, m.end())
        if name is None:
            continue
        if not speaker_name(name.group(1)):
            continue  # '“...,” Mr.': an honorific alone names no one
        last = _last_word(name.group(1))
        cue = text[m.start() : name.end(1)].strip(" \t”\"’'")
        if last in speakers:
            s = speakers[last]
            out[n] = replace(s, cue=cue)
        elif last in people:
            got = name_after_verb(ctx, q, vpos, len(m.group(1)) if m.group(1) else 0)
            if got is not None and got.label in PERSON_NAME_LABELS:
                out[n] = replace(got, cue=cue)
    return out
