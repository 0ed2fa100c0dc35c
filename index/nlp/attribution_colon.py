"""Attribution rule: a quotation a colon introduces is the words of its sentence's subject.

"Mr Dean is confident though: “I think if they see real HD ...”": the reporter's sentence says
something of a person and the colon hands over to that person's words, with no speech verb. Only
a person the recogniser names as the main subject counts (not "the report is clear:", not a
pronoun): anything else is left to the other rules, and unattributed is better than wrong. A comma
does the same before a quotation of whole sentences (issue 10, session 20, helper spk20q, on US
news): "Jane Porter reacted coolly to the plan, “I am worried that ...”", "Reed issued a
statement, “Our thoughts are with the families ...”"; not before a phrase or a title the reporter quotes.

`inverted_verb_colon` reads the inverted form, a speech verb that opens its sentence with the
speaker after it: "Said Mr Bysshe: “...”", "Stated Stone:" in a paragraph of its own and the
quotation's paragraph after it. The parser reads a capitalised "Stated" as an adjective or a name
("Stated Stone" one name), so no subject rule sees it (issue 10, session 18, helper spk18c).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import INVERTED_OPENERS, alternation
from .attribution_context import (
    PERSON_NAME_LABELS,
    SPEAKER_LABELS,
    Context,
    Entity,
    Found,
    described,
    named,
    sent_index,
)
from .quotes import QuoteSpan


def colon_before(ctx: Context, q: QuoteSpan) -> Found | None:
    """The main subject of the sentence that ends in a colon right before the quote, when it is a
    person's name ("Mr Dean is confident though: “...”"); or a comma, before a quotation of whole
    sentences (`_whole_sentences`: "Reed issued a statement, “Our thoughts are with ...”")."""
    if not ctx.sents:
        return None
    ps = ctx.text.rfind("\n", 0, q.start) + 1
    before = ctx.text[ps : max(ps, q.start - 1)].rstrip()
    if not before.endswith(":") and not (before.endswith(",") and _whole_sentences(ctx.text, q)):
        return None
    k = sent_index(ctx.sents, ps + len(before) - 1)
    doc = ctx.parsed.get(k)
    if doc is None:
        return None
    base = ctx.sents[k][0]
    colon = next((t for t in doc if base + t.idx == ps + len(before) - 1), None)
    verb = colon.head if colon is not None else None
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # the clause the colon ends, not one inside the quotation
    if verb is None or base + verb.idx >= q.start - 1:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ent = ctx.names.at(base + subj.idx, base + subj.idx + len(subj), PERSON_NAME_LABELS) if subj is not None else None
    if ent is None or described(ctx.text, ent) or re.search(r"[“\"”]", ctx.text[ent.end : ps + len(before)]):
        return None  # no name, or a quotation between the name and the colon: its own attribution's
    return named(ent, ctx.names.fullest(ent), ctx.text[ent.start : ps + len(before)].strip())


def _whole_sentences(text: str, q: QuoteSpan) -> bool:
    """The quotation is a sentence or more of its own: it opens with a capital (or an editor's
    "[I am]"), ends on a full stop, "?" or "!", and has five words or more; not a phrase the
    reporter quotes in his sentence, nor a title, whose longer words all open with a capital
    ("Reed published a book, “Why The Plan Will Fail.”")."""
    body = text[q.start : q.end].strip()
    longer = [w for w in re.findall(r"[A-Za-z][\w’'-]*", body) if len(w) > 3]
    return (
        bool(re.match(r"\[?[A-Z]", body))
        and body.endswith((".", "?", "!"))
        and len(body.split()) >= 5
        and not all(w[0].isupper() for w in longer)
    )


# a sentence of a speech verb, up to six words of the speaker's name and role, and a colon:
# "Said Wales assistant coach Scott Johnson:", "Continued Stone:"
_INVERTED = re.compile(
    r"(?:^|[.!?][\"”’']?\s+)(" + alternation(INVERTED_OPENERS) + r")\s+"
    r"((?:[\w’'.-]+\s+){0,5}[A-Z][\w’'.-]*)\s*:\s*$",
    re.MULTILINE,
)


def inverted_verb_colon(ctx: Context, q: QuoteSpan) -> Found | None:
    """The quotation a sentence "Verb Name:" introduces, in its paragraph or the paragraph before
    it: the name's, a person or a body the recogniser names ending right at the colon."""
    text = ctx.text
    before = text[: q.start - 1].rstrip(" \t\n\"“‘'")
    if not before.endswith(":") or text.count("\n", len(before), q.start) > 2:
        return None
    line = text.rfind("\n", 0, len(before)) + 1
    m = _INVERTED.search(text, line, len(before))
    if m is None:
        return None
    ns, ne = m.start(2), m.end(2)
    # the name that ends at the colon ("Scott Johnson", not "Wales" of "Wales assistant coach")
    at_colon = [e for e in ctx.names.ents if e.label in SPEAKER_LABELS and e.start < ne and abs(e.end - ne) <= 1]
    ent = next((e for e in at_colon if e.end > ns), None) or named_elsewhere(ctx, ns, ne)
    if ent is None:
        return None
    if ent.start < ns:  # "Stated Stone" read as one name: the verb is not the speaker's
        ent = replace(ent, start=ns, text=text[ns : ent.end])
    # not the glued "Stated Stone" as the fullest form of "Stone"
    full = ctx.names.fullest(ent, keep=lambda name: name.split()[0] not in INVERTED_OPENERS)
    return named(ent, full, text[m.start(1) : ne])


def named_elsewhere(ctx: Context, ns: int, ne: int) -> Entity | None:
    """The name words at [ns, ne) as a person the article names elsewhere with them ("Said Stone:"
    after "Roger Stone", where the recogniser missed the one after the verb)."""
    words = ctx.text[ns:ne].split()
    for ent in ctx.names.ents:
        if ent.label in PERSON_NAME_LABELS and ent.text.split()[-len(words) :] == words:
            return Entity(ns, ne, ctx.text[ns:ne], ent.label)
    return None
