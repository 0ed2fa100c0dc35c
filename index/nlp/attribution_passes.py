"""Attribution's article passes: `pass_(ctx, found) -> found` returns a new list of every quote's
attribution with what it decides from the other quotes of the article (a quote that goes on from
the one before takes its speaker; a quotation over paragraphs attributed at its end; the same words
quoted twice), in the order of attribution.py's PASSES.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution_continuation import reported_speaker
from ..entities.names import looks_demonym, looks_plural_demonym
from ..lexicon import HONORIFICS
from .attribution_context import (
    Context,
    Found,
    in_headline,
    only_quotes,
    own_words,
    sent_index,
)


def previous_speaker(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """A quote with no attribution of its own takes the previous quote's when it goes on from it
    (any of GOES_ON); in order, so a run of such quotes takes the first one's."""
    out = list(found)
    for n in range(1, len(ctx.quotes)):
        if out[n] is None and any(goes_on(ctx, n) for goes_on in GOES_ON) and out[n - 1] is not None:
            out[n] = out[n - 1]
    return out


def continues_quotation(ctx: Context, n: int) -> bool:
    """The quote is the next paragraph of the same quotation."""
    return ctx.quotes[n].continued


def next_sentence_of_run(ctx: Context, n: int) -> bool:
    """ "“A,” X said. “B.”": the next sentence of the same speaker's run, in the same paragraph,
    with no words of the reporter's around it."""
    text, sents, quotes = ctx.text, ctx.sents, ctx.quotes
    p, q = quotes[n - 1], quotes[n]
    pi = sent_index(sents, max(p.start, p.end - 1)) if sents else 0  # where it ends
    qi = sent_index(sents, q.start) if sents else 0
    return (
        "\n" not in text[p.end : q.start]
        and qi - pi <= 1
        and not re.search(r"[A-Za-z]", own_words(text, sents[qi], q, quotes))
    )


def quote_paragraph_after_quote(ctx: Context, n: int) -> bool:
    """A paragraph that opens with a quotation standing as sentences of its own, right after a
    paragraph with a quote: the same speaker goes on ("“A,” X said. / “B.” But X said ...")."""
    text, q = ctx.text, ctx.quotes[n]
    between = text[ctx.quotes[n - 1].end : q.start]
    if not re.fullmatch(r"[^\n]*\n\s*", between[:-1]):
        return False
    if reported_speaker(ctx, q) is not None:
        return False  # "... . The catastrophe was ..., Mr Howard said. / “...”": after_reported_speech's
    if only_quotes(text, q, ctx.quotes):
        return True
    own = ctx.region(q)[0]
    return bool(own) and not any(re.search(r"[A-Za-z]", own_words(text, ctx.sents[k], q, ctx.quotes)) for k in own)


def split_around_its_cue(ctx: Context, n: int) -> bool:
    """ "“The risk,” said Edward Sutton, an economist at the institute, “is that shoppers stay at
    home”": the rest of a quotation the reporter's words split, in the same paragraph; it goes on
    in lower case after the comma that closes those words (session 18, helper spk18u: where the
    parser makes the name the subject of the quotation's own verb, "is", it was unattributed)."""
    text, p, q = ctx.text, ctx.quotes[n - 1], ctx.quotes[n]
    between = text[p.end : q.start]
    body = text[q.start : q.end].lstrip(" .…")
    return (
        "\n" not in between
        and len(between) <= 200
        and text[p.start : p.end].rstrip().endswith(",")
        and bool(re.fullmatch(r"[”\"’']?\s[^.!?;:“”\"]*[^\s.!?;:“”\"],\s*[“\"‘']?", between))
        and body[:1].islower()
    )


def finished_by_the_reporter(ctx: Context, n: int) -> bool:
    """ "“A,” said X, an economist. “They want to spend, but they are not ready yet” to return to
    the high street.", "“... has changed,” because of shifts in prices.": the next sentence of the same run,
    which opens on the quotation and which the reporter's words finish without a clause of their
    own (no finite verb, no name, not "according to"): still the quotation's sentence, so the same
    speaker's (session 18, helper spk18u, on US news)."""
    text, sents, quotes = ctx.text, ctx.sents, ctx.quotes
    p, q = quotes[n - 1], quotes[n]
    pi = sent_index(sents, max(p.start, p.end - 1)) if sents else 0
    qi = sent_index(sents, q.start) if sents else 0
    doc = ctx.parsed.get(qi)
    if doc is None or "\n" in text[p.end : q.start] or not 0 < qi - pi <= 1:
        return False
    s, e = sents[qi]
    if re.search(r"[A-Za-z]", text[s : q.start]) or any(o.start > q.end and o.start < e for o in quotes):
        return False
    after = [t for t in doc if s + t.idx >= q.end and not t.is_punct]
    if any(q.end <= ent.start < e for ent in ctx.names.ents):
        return False  # "“...” Mr Champion.": a name there may be the speaker (attribution_trailing_name)
    return 0 < len(after) <= 8 and not any(t.tag_ in _FINITE_TAGS or t.lower_ == "according" for t in after)


# a finite verb: a clause of the reporter's own ("... ,” he said", "... ” is what they call it")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


GOES_ON = (
    continues_quotation,
    next_sentence_of_run,
    quote_paragraph_after_quote,
    split_around_its_cue,
    finished_by_the_reporter,
)


def earlier_paragraphs(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """A multi-paragraph quotation attributed only at its end: the earlier parts take it too."""
    out = list(found)
    for n in range(len(ctx.quotes) - 1, 0, -1):
        if ctx.quotes[n].continued and out[n] is not None and out[n - 1] is None:
            out[n - 1] = out[n]
    return out


def _norm_words(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def same_words_elsewhere(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """The same words attributed to a name elsewhere in the article: a headline repeating a
    quote, or a quote given only a description, takes that name."""
    text, quotes = ctx.text, ctx.quotes
    by_words: dict[str, Found] = {}
    for q, f in zip(quotes, found):
        if f is not None and f.how in ("name", "pronoun") and not in_headline(text, q):
            by_words.setdefault(_norm_words(text[q.start : q.end]), f)
    out = list(found)
    for n, (q, f) in enumerate(zip(quotes, found)):
        if f is None or f.how == "description" or in_headline(text, q):
            g = by_words.get(_norm_words(text[q.start : q.end]))
            if g is None or (f is not None and g.start == f.start):
                continue
            out[n] = replace(g, cue=f.cue if f else g.cue)
    return out


def demonyms_name_nobody(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """A speaker whose name is a nationality's word ("Italian" of "Italian police said", "British"
    of "they claim") is no one's name: the quote is left unattributed, unattributed being better
    than a speaker called "Italian". Not a surname: one the article gives a person in full ("Mr
    German" after "Mike German") or with an honorific ("said Mr French")."""
    out = list(found)
    for n, f in enumerate(found):
        if f is None or not f.speaker or f.label != "NORP" or len(f.speaker.split()) != 1:
            continue
        word = f.speaker
        if not (looks_demonym(word) or looks_plural_demonym(word)):
            continue
        if any(e.label == "PERSON" and len(e.text.split()) > 1 and e.text.split()[-1] == word for e in ctx.names.ents):
            continue
        before = re.findall(r"[\w.]+", ctx.text[max(0, (f.start or 0) - 12) : f.start or 0])
        if f.start is not None and before and before[-1].lower().rstrip(".") in HONORIFICS:
            continue  # "said Mr French": a surname
        out[n] = replace(f, speaker=None, start=None, end=None, label=None, how="description")
    return out
