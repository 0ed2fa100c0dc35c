"""Attribution's reading of a document that speaks with its maker named as an agent after it
(helper spk14c, session 14).

"A survey published on the eve of the conference by PricewaterhouseCoopers said four in ten
business leaders were “very confident”", "according to a report published by UK-based research
consultancy Analysys": the words are the document's, and a document's words are its maker's
(bench/gold conventions: "the World Bank report said" has the bank as speaker). The maker is the
agent of a participle of making (lexicon.MAKER_PARTICIPLES) hung on the document, named in the
same clause before the speech verb: no comma, no full stop between (entities/document_makers.made_by,
which the speaker's type votes read too).
"""

from __future__ import annotations

from ..entities.document_makers import made_by
from .attribution_context import SPEAKER_LABELS, Context, Entity, Found


def maker_after(ctx: Context, f: Found) -> Entity | None:
    """The organisation or person a participle of making right after the document's description
    (f) names as its agent, within 100 characters; None when none does."""
    if f.end is None:
        return None
    for ent in ctx.names.ents:
        if ent.start < f.end or ent.label not in SPEAKER_LABELS:
            continue
        if ent.start - f.end > 100:
            return None
        if made_by(ctx.text[f.end : ent.start], after_document=True):
            return ent
    return None
