"""Attribution: a wire story's dateline is not its subject. "BERLIN (AP) - Paul Avery said ...",
"Washington (AFP) – Democrat Paul Avery has criticised ..., saying": the parser
takes the place that opens the story for the verb's subject (the name after the dash hangs from it
as an apposition, or is a second subject); the speaker is the name after the dash. A dateline is
the first words of its sentence, proper nouns closed by a dash, the place in capitals or the agency
in brackets (not "John Smith – a former minister – said");
where no name follows the dash, the place still does not speak: the verb has no subject (issue 10,
session 18, helper spk18w; PolNeAR's wire copy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_DASHES = {"-", "--", "—", "–"}
_MAX_DATELINE = 8  # tokens before the dash: "LA CROSSE, Wisc. (AP) —"


def dateline_dash(subj: Token) -> Token | None:
    """The dash that closes the dateline subj opens, or None where subj is no dateline's place."""
    sent = subj.sent
    dash = next((t for t in sent[:_MAX_DATELINE] if t.text in _DASHES), None)
    if dash is None or not (sent.start <= subj.i < dash.i):
        return None
    before = sent.doc[sent.start : dash.i]
    if sum(t.text == "(" for t in before) != sum(t.text == ")" for t in before):
        return None  # "Sen. Ruth Caldwell (D-Ore.) visited": a dash inside brackets
    if not all(t.pos_ == "PROPN" or t.is_punct or t.is_space for t in before):
        return None  # "Police - who said ...", a clause before the dash, not a dateline
    if not (subj.is_upper or any(t.text == "(" for t in before)):
        return None  # "John Smith – a former minister – said": an aside, not a dateline
    return dash


def after_dateline(subj: Token) -> tuple[bool, Token | None]:
    """(is subj a dateline's place, the name after its dash that the verb's subject is instead)."""
    dash = dateline_dash(subj)
    if dash is None:
        return False, None
    verb = subj.head
    candidates = [c for c in subj.children if c.dep_ == "appos"] + [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != subj.i
    ]
    names = [c for c in candidates if c.i > dash.i and c.pos_ == "PROPN"]
    return True, (min(names, key=lambda t: t.i) if names else None)
