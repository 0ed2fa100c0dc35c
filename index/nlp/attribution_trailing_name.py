"""Attribution pass for a name that closes a quotation's sentence with a verb no list knows, or
with none: "“It is totally going to kill the business model of radio,” thinks Curry.", "“...,”
laughs Conti.", "“...,” underlined Mr Saldarriaga.", and the reporter's slip "“Carnival has an
incredibly strong track record,” Mr Champion." (the verb left out).

The words after the closing mark are the quotation's own clause: a quote that ends with a comma,
"?" or "!" and is followed by at most one verb and a name that ends the sentence has that name for
its speaker, whatever the verb (speech lists cannot hold every verb of manner: "laughs", "thinks",
"assured"). Only a name the article gives a person elsewhere, or one another quote is already
attributed to: not "“Sunshine,” starring Kate." of a film list, whose names are no speakers.

The same clause in its usual order, the name first (session 18, helper spk18u, on US news): "“...,”
Sutton barked.", "“...,” Reid notes." (which the parser reads as a noun, "Reid notes"), "“...,”
Smith assured Jones, after ..." (where the recogniser took "Smith assured Jones" for a title), "“...?”
Mr Weingarten pressed." (BBC): a name the article gives a person, then one verb in -s or -ed, then
the sentence's end, a comma, or one adverb in -ly or one name or pronoun as its object before them.
And after a quotation that ends with a full stop (session 19, helper spk19u, on US news): "“... are
missing.” Trump said.", a sentence of a name and a verb of saying alone. The person's mood may stand
between the closing mark and the name (session 20, helper spk20q): "“...,” a furious Porter
retaliated." is Porter's as "“...,” Porter retaliated." is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..entities.names import fold_case, speaker_name
from .attribution_context import PERSON_NAME_LABELS, Context, Entity, Found, closes_before_verb, sent_index
from .attribution_speech_verbs import name_after_verb
from ..lexicon import SPEECH_FORMS_AFTER_NAME

# the closing mark, then a verb in -s or -ed ("thinks", "laughs", "underlined") or nothing, then
# the capitalised words of a name and the sentence's full stop
_CLOSING = re.compile(r"[”\"’']?[ \t]+(?:([a-z]+(?:s|ed))[ \t]+)?(?=[A-Z])")
_NAME_THEN_STOP = re.compile(r"((?:[A-Z][\w’'-]*[ \t]+){0,2}[A-Z][\w’'-]*[a-z])[ \t]*\.(?:\s|$)")
# the name first: "Sutton barked.", "Reid notes.", "Smith assured Jones,", "Smith said quietly.",
# "a furious Porter retaliated." (the person's mood, one word after "a" or "an" and perhaps an
# adverb in -ly before it; not "a spokesman for Porter added", whose speaker is unnamed)
_NAME_THEN_VERB = re.compile(
    r"[”\"’']?[ \t]+(?:an?[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+[ \t]+)?((?:[A-Z][\w’'-]*[ \t]+){0,2}[A-Z][\w’'-]*[a-z])[ \t]+([a-z]+(?:s|ed))"
    r"(?:[ \t]+(?:[a-z]+ly|him|her|them|me|us|[A-Z][\w’'-]*[a-z]))?[ \t]*(?:[.,;](?:\s|$)|$)"
)

# The same clauses going on after the verb (session 25, on US news), where the verb is one of
# saying or in -ed: "“...,” Trump barked and a guard escorted Ramos out", with the speaker
# described between commas before it: "“...,” Gene Sperling, a top outside Clinton adviser, said at
# a recent event"; and the verb first with the name described after it: "“...!” beamed Donald
# Hartley of Madison, Alabama, who ...", "“...,” remembered Roy Verley, HP's former spokesman". A
# verb in -s must be one of saying: not "“Lock her up,” Trump supporters chanted".
_NAME = r"((?:[A-Z][\w’'-]*[ \t]+){0,2}[A-Z][\w’'-]*[a-z])"
_SAYING_OR_PAST = r"(" + "|".join(SPEECH_FORMS_AFTER_NAME) + r"|[a-z]+ed)\b"
_NAME_DESCRIBED_THEN_VERB = re.compile(
    r"[”\"’']?[ \t]+" + _NAME + r"(?:,[ \t]+[^,;:“”\"\n]{3,80}?,)?[ \t]+" + _SAYING_OR_PAST + r"(?![’'-])"
)
_NAME_THEN_DESCRIPTION = re.compile(_NAME + r"(?=,[ \t]|[ \t]+of[ \t]+[A-Z])")

# "” Trump said." and the sentence's end
_NAME_THEN_SAID = re.compile(
    r"[”\"][ \t]+((?:[A-Z][\w’'-]*[ \t]+){0,2}[A-Z][\w’'-]*[a-z])[ \t]+("
    + "|".join(SPEECH_FORMS_AFTER_NAME)
    + r")\.(?:\s|$)"
)


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
        first = _name_first(ctx, q, speakers, people)
        if first is not None:
            out[n] = first
            continue
        m = _CLOSING.match(text, q.end)
        vpos = (m.start(1) if m.group(1) else m.end() - 1) if m else 0
        if m is None or not closes_before_verb(text, q, vpos):
            continue
        name = _NAME_THEN_STOP.match(text, m.end())
        if name is None and m.group(1) and re.fullmatch(_SAYING_OR_PAST, m.group(1)) and _opens_its_sentence(ctx, q):
            name = _NAME_THEN_DESCRIPTION.match(text, m.end())
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


def _opens_its_sentence(ctx: Context, q) -> bool:
    """No words of the reporter's before the quote in its sentence: the clause after it is the
    quotation's own, not the rest of a sentence that quotes a title ("At an event billed as “Hard
    Hats for Hillary,” Clinton unveiled ...")."""
    start = ctx.sents[sent_index(ctx.sents, q.start)][0] if ctx.sents else 0
    start = max(start, ctx.text.rfind("\n", 0, q.start) + 1)
    return not re.search(r"\w", ctx.text[start : q.start])


def _after_mark(text: str, q) -> int:
    """Where the words after the quotation's closing mark begin."""
    return re.compile(r"[”\"’']?[ \t]*").match(text, q.end).end()


def _name_first(ctx: Context, q, speakers: dict[str, Found], people: set[str]) -> Found | None:
    """ "“...,” Sutton barked.": the name of a person of the article, then one verb, closing the
    quotation's clause: that person's."""
    text = ctx.text
    m = _NAME_THEN_VERB.match(text, q.end)
    if m is None and _opens_its_sentence(ctx, q):
        m = _NAME_DESCRIBED_THEN_VERB.match(text, q.end)
    if m is None or "\n" in m.group(0).rstrip() or not closes_before_verb(text, q, _after_mark(text, q)):
        # "“... are missing.” Trump said.": the reporter's slip, a full stop for the comma, before
        # a sentence of a name and a verb of saying alone, which says nothing but who spoke
        m = _NAME_THEN_SAID.match(text, q.end) if text[q.start : q.end].rstrip()[-1:] == "." else None
        if m is None:
            return None
    if not speaker_name(m.group(1)):
        return None
    last = _last_word(m.group(1))
    cue = text[m.start(1) : m.end(2)]
    if last in speakers:
        return replace(speakers[last], cue=cue)
    if last not in people:
        return None
    a, b = m.start(1), m.end(1)
    ent = ctx.names.at(a, b, PERSON_NAME_LABELS)
    if ent is None or ent.start < a or ent.end > b:
        ent = Entity(a, b, text[a:b], "PERSON")
    return Found(cue, ctx.names.fullest(ent), a, b, ent.label, "name")
