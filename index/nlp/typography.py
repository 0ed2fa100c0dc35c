"""Typography the tokenizer misreads, mended in both passes' tokenizers (model.load_pipelines).

- A quotation mark glued between a comma and a word (`this year,”Lopez said`, `said,"We`): spaCy
  keeps `,”Clinton` one token, so the name is never a word and the parse has no subject for
  "said". The mark is its own token, and so is the comma before it: the text (and every offset)
  is unchanged, only where tokens end. Not after a full stop (`challenge."Earlier in December`):
  there the sentence would have to end too, and `senter` does not end it for the tokens alone
  (on BBC the speaker of such a quotation was lost).
- An abbreviated military rank (`1st Lt. Dana Ortiz`): spaCy knows "Gen." and "Gov." but
  splits "Lt." into "Lt" and ".", and the sentence ends there, leaving the name a sentence of its
  own with no speech verb. The abbreviations of lexicon.MILITARY_RANKS are each one token.
- A dash the model never learnt: HuffPost writes its dashes as a horizontal bar (U+2015, "a
  “con artist” ― just as he did"), which the model tags a verb, so the phrase in marks became its
  subject and lost the speaker of "pounding Trump as". It reads as the em dash: the bar's word
  takes the em dash's features (the model reads a word by its norm, prefix, suffix and shape),
  while the text and its offsets keep the bar.
"""

from __future__ import annotations

from typing import Any

from ..lexicon import MILITARY_RANKS

_MARKS = '"”'  # not ’: an apostrophe too ("U.S.’s")
_PUNCT = ","
# the comma before a glued mark, and the mark after the comma, when a letter follows
GLUED_MARK = rf"(?<=[^\W\d_])[{_PUNCT}](?=[{_MARKS}][^\W\d_])|(?<=[{_PUNCT}])[{_MARKS}](?=[^\W\d_])"
# dashes the model never learnt, and the dash whose features they take
UNKNOWN_DASHES = {"\u2015": "\u2014"}  # horizontal bar: em dash
# "lt", "capt": the short forms (a full word such as "general" takes no stop)
RANK_ABBREVIATIONS = tuple(sorted(f"{w.capitalize()}." for w in MILITARY_RANKS if len(w) <= 4))


def mend_tokenizer(nlp: Any) -> None:
    """Give the pipeline's tokenizer the glued-mark infix and the rank abbreviations, and its
    vocabulary the dashes it never learnt."""
    from spacy.attrs import ORTH
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, GLUED_MARK]).finditer
    for abbr in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    for dash, known in UNKNOWN_DASHES.items():
        lex, like = nlp.vocab[dash], nlp.vocab[known]
        lex.norm_, lex.prefix_, lex.suffix_, lex.shape_ = like.norm_, like.prefix_, like.suffix_, like.shape_
