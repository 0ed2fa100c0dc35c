"""Attribution's pass over the next sentence of a run of quotation: "The News of the World reports
that Anelka told a French magazine: “A. “B.”" (helper spk14b, session 14).

B has no words of the reporter's around it, so its cue comes from the sentence before, where the
verb highest in the parse ("reports") outranks the one that introduced A ("told ...:"); A was
given its speaker by the nearer verb. When both were named before A, B is the next sentence of
A's run and goes on with A's speaker: A's attribution is the decision made nearest to it.
"""

from __future__ import annotations

from .attribution_context import Context, Found
from .attribution_passes import next_sentence_of_run


def run_goes_on(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """A quote that is the next sentence of the quote before's run, both attributed to speakers
    named before that quote, takes that quote's attribution; in order, so a run takes its first's."""
    out = list(found)
    for n in range(1, len(ctx.quotes)):
        f, g = out[n], out[n - 1]
        if f is None or g is None or f.start is None or g.start is None or f.start == g.start:
            continue
        before = ctx.quotes[n - 1].start
        if f.start < before and g.start < before and next_sentence_of_run(ctx, n):
            out[n] = g
    return out
