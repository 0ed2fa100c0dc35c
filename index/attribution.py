"""Attribution: who said each quotation, what words say so, and whether it is a full quote.

Works on the article's entities and sentences (pass 1) and on dependency parses of the few
sentences that need one (pass 2, chosen by `sentences_to_parse`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .quotes import QuoteSpan
from .records import Range

SPEECH_VERBS = re.compile(
    r"\b(said|says|say|told|tells|added|adds|stated|states|noted|notes|warned|warns|argued|"
    r"according to|asked|replied|explained|insisted|wrote|posted|declared|announced|claimed)\b",
    re.IGNORECASE,
)


@dataclass
class Entity:
    start: int
    end: int
    text: str
    label: str


@dataclass
class Attribution:
    quote: QuoteSpan
    kind: str  # "full" or "partial"
    cue: str | None = None
    speaker: str | None = None  # the speaker's name as the article gives it most fully
    speaker_start: int | None = None  # the mention naming the speaker (antecedent of a pronoun)
    speaker_end: int | None = None
    speaker_label: str | None = None


def sentences_to_parse(text: str, sents: list[Range], quotes: list[QuoteSpan]) -> list[int]:
    """Indices of the sentences whose dependency parse attribution needs."""
    wanted = []
    for i, (s, e) in enumerate(sents):
        if any(q.start < e and q.end > s for q in quotes) or SPEECH_VERBS.search(text, s, e):
            wanted.append(i)
    return wanted


def attribute(text: str, sents: list[Range], ents: list[Entity], parsed: dict, quotes: list[QuoteSpan]) -> list[Attribution]:
    """Baseline: the nearest PERSON entity in the quote's sentence, outside the quote."""
    out = []
    for q in quotes:
        sent = next(((s, e) for s, e in sents if s <= q.start < e), (q.start, q.end))
        inside = text[sent[0]:sent[1]]
        kind = "full" if q.end - q.start > 0.6 * len(inside.strip()) else "partial"
        best = None
        for ent in ents:
            if ent.label == "PERSON" and sent[0] <= ent.start < sent[1] and not (q.start <= ent.start < q.end):
                if best is None or abs(ent.start - q.start) < abs(best.start - q.start):
                    best = ent
        a = Attribution(q, kind)
        if best:
            a.speaker, a.speaker_start, a.speaker_end, a.speaker_label = best.text, best.start, best.end, best.label
        out.append(a)
    return out
