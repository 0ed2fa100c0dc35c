"""Attribution: who said each quotation, what words say so, and whether it is a full quote.

Works on the article's entities and sentences (pass 1) and on dependency parses of the few
sentences that need one (pass 2, chosen by `sentences_to_parse`).

Each quotation's speaker is the answer of the first of RULES that gives one (attribution_rules.py
and attribution_speech_verbs.py; each rule reads the quote's attribution region: the sentences it
touches, plus the next sentence when the attribution may follow, plus the previous one when it
introduces the quote). A speech verb's subject becomes a name by
attribution_speech_verbs.SUBJECT_RULES: an entity, an appositive name, a pronoun's antecedent, a description ("the Kremlin aide"); a speaker named anywhere in the article
is given at its fullest form. "he" and "she" pass over anyone the article shows to be of the other
gender (attribution_gender.py) and look first to the subject of the sentence before. Then PASSES
decide from the other quotes of the article, in order: quotes with no attribution of their own
inherit it from the quote they go on from, or take the same words' speaker elsewhere (a headline
repeating a quote), and a description becomes the person the article gave that title, else the
person (or organisation) in focus; a description left is kept as words, never an actor's name.
"you", "what", a passive verb without its agent name nobody. Otherwise the speaker is None:
unattributed is better than wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import attribution_passes as P
from . import attribution_rules as R
from .attribution_speech_verbs import speech_verb
from .attribution_colon import colon_before, inverted_verb_colon
from .attribution_presented_colon import presented_colon
from .attribution_subject_fragment import subject_of_fragment
from .attribution_said_before_added import said_before_added
from .attribution_trailing_name import trailing_name
from .attribution_added_description import added_description
from .attribution_continuation import (
    across_an_aside,
    after_reported_speech,
    between_the_same_speaker,
    reported_speech_sentence,
)
from .attribution_descriptions import resolve_descriptions
from .attribution_document_authors import authors_named_elsewhere
from .attribution_document_bodies import things_of_described_bodies
from .attribution_pronoun_aside import pronoun_aside
from .attribution_pronoun_genders import pronoun_of_the_other_gender
from .attribution_backshifted import backshifted_continuation
from .attribution_reported_fragment import fragment_after_report, reported_sentences_before
from .attribution_honorifics import honorific_people
from .attribution_lower_case_bodies import with_lower_case_bodies
from .attribution_who_names import who_people
from .attribution_aged_names import aged_people
from .attribution_missed_surnames import missed_surnames
from .attribution_sole_person import sole_person_nearby
from .attribution_firms import sentences_back
from .attribution_salience import salience_sentences
from .attribution_coordinated import coordinated_quotes
from .attribution_manner import manner_of_speaking
from .attribution_members import members_speak_for_their_body
from .attribution_reported_paragraph import earlier_reported_sentence, paragraph_before
from .attribution_reported_in_paragraph import reported_in_paragraph, sentences_before_in_paragraph
from .attribution_surnames import surnames_of_people
from .attribution_context import (
    ArticleNames,
    Context,
    Entity,
    Found,
    honorific_names,
    outside,
    possessors_only,
    region,
    sent_index,
    sentence_before,
)
from .quotes import QuoteSpan, find_quotes
from ..lexicon import FIRM_NOUNS, FOCUS_SPEECH_FORMS, SENTENCE_OPENERS, alternation
from ..records import Range

__all__ = ["Attribution", "Entity", "PASSES", "RULES", "attribute", "context", "sentences_to_parse"]

# Who speaks one quote: the first rule that answers.
RULES = (
    inverted_verb_colon,  # "Said Mr Bysshe: “...”", "Stated Stone:" / “...” (attribution_colon)
    R.transcript_label,  # "PENCE: Well, ..."
    R.signature,  # "“...” ― Jane Doe"
    R.headline_colon,  # "Name: Talks ‘Going Nowhere’"
    speech_verb,  # "“...,” Lopez said", "according to Anna Weiss", "She said: “...”"
    R.name_colon,  # "Name: ‘quote’"
    R.colon_intro,  # "Porter made the following comment: “...”"
    presented_colon,  # "Here's Porter in 1992: “...”", "From Reed's Facebook post: “...”" (attribution_presented_colon)
    R.as_characterisation,  # "Avery has gone after Greene as a “weathervane”"
    R.possessive_speech_noun,  # "Greene’s claim that there have been “dozens of closures”"
    R.headline_subject,  # "Ruth Caldwell Speaks ‘Directly To Farmers’"
    R.subject_of_sentence_before,  # "X was keen not to talk about it. “...”"
    colon_before,  # "Mr Dean is confident though: “...”", "Reed issued a statement, “...”" (attribution_colon)
    subject_of_fragment,  # "Michael Howard accepted his decision “with regret”" (attribution_subject_fragment)
)


def continuations(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """The passes of attribution_continuation and previous_speaker, until none adds a speaker: a
    quote they give a speaker may be the one the next goes on from."""
    while True:
        new = after_reported_speech(ctx, found)
        # "X said that ... . <background>. “...”" (attribution_reported_in_paragraph)
        new = reported_in_paragraph(ctx, new)
        new = P.previous_speaker(ctx, across_an_aside(ctx, new))
        new = pronoun_aside(ctx, new)  # "“A.” / And she won't ... . “B.”" (attribution_pronoun_aside)
        if new == found:
            return new
        found = new


# What the article's other quotes decide, in order, each returning every quote's attribution.
PASSES = (
    coordinated_quotes,  # 'added that "A" and "B"': B is A's speaker's (attribution_coordinated)
    manner_of_speaking,  # 'announced “prematurely”': no one's words by that verb
    trailing_name,  # "“...,” thinks Curry.", "“...,” a furious Curry retaliated." (attribution_trailing_name)
    added_description,  # "“A,” said X. “B,” added the researcher": B is X's (attribution_added_description)
    said_before_added,  # "/ “A.” X added: “B.”": A is X's too (attribution_said_before_added)
    P.previous_speaker,  # “A,” X said. “B.”: B's speaker is X
    P.earlier_paragraphs,  # a quotation over paragraphs attributed at its end
    continuations,  # "X says ... . / “...”", "“A.” The firm hopes ... . “B.”" (attribution_continuation)
    between_the_same_speaker,  # "“A,” X said. ... “B.” X added: “C.”": B is X's
    backshifted_continuation,  # "X said ... . The government would “...”" (attribution_backshifted)
    fragment_after_report,  # "..., the UNECE said. In contrast, ... a “lacklustre” ..." (attribution_reported_fragment)
    P.same_words_elsewhere,  # a headline repeating a quote
    members_speak_for_their_body,  # "the MPs said" after a named committee (attribution_members)
    resolve_descriptions,  # "the Kremlin aide" -> the person with that title
    authors_named_elsewhere,  # "the report said", "the ADB report" elsewhere (attribution_document_authors)
    things_of_described_bodies,  # "the council's ruling said" (attribution_document_bodies)
    pronoun_of_the_other_gender,  # "He told Ms Sturgeon" after "the first minister": not her
    P.demonyms_name_nobody,  # "Italian police said": no speaker called "Italian"
    sole_person_nearby,  # the last resort: the one person named around it (attribution_sole_person)
)


@dataclass
class Attribution:
    quote: QuoteSpan
    kind: str  # "full" or "partial"
    cue: str | None = None
    speaker: str | None = None  # the speaker's name as the article gives it most fully
    speaker_start: int | None = None  # the mention naming the speaker (antecedent of a pronoun)
    speaker_end: int | None = None
    speaker_label: str | None = None


def attribute(
    text: str, sents: list[Range], ents: list[Entity], parsed: dict, quotes: list[QuoteSpan]
) -> list[Attribution]:
    """Who said each quotation (None when the article does not say)."""
    ctx = context(text, sents, ents, parsed, quotes)
    found = [_first_answer(ctx, q) for q in quotes]
    for pass_ in PASSES:
        found = pass_(ctx, found)
    out = []
    for q, f in zip(quotes, found):
        a = Attribution(q, _kind(text, sents, q))
        if f is not None:
            a.cue = f.cue
            if f.speaker:
                a.speaker, a.speaker_start, a.speaker_end, a.speaker_label = f.speaker, f.start, f.end, f.label
        out.append(a)
    return out


def context(text: str, sents: list[Range], ents: list[Entity], parsed: dict, quotes: list[QuoteSpan]) -> Context:
    """The article as the rules read it; every span in marks, titles of works included, is marked."""
    marked = sorted({(qq.start, qq.end) for qq in quotes} | {(qq.start, qq.end) for qq in find_quotes(text, True)})
    ents = honorific_people(text, ents)  # "Mr Katwala" is a person whatever the recogniser said
    ents = who_people(text, ents)  # "DiCaprio, who lost out": a person (attribution_who_names)
    ents = aged_people(text, ents)  # "And Edu, 26, added": a person (attribution_aged_names)
    ents = missed_surnames(text, ents)  # "Mauresmo spent" after "Amelie Mauresmo" (attribution_missed_surnames)
    # "the Commons science and technology committee" (attribution_lower_case_bodies)
    ents = with_lower_case_bodies(text, ents)
    names = ArticleNames(text, surnames_of_people(text, possessors_only(ents + honorific_names(text, ents))), quotes)
    return Context(text, sents, names, parsed, quotes, marked)


def _first_answer(ctx: Context, q: QuoteSpan) -> Found | None:
    if not ctx.sents:
        return None
    for rule in RULES:
        found = rule(ctx, q)
        if found is not None:
            return found
    return None


def sentences_to_parse(text: str, sents: list[Range], quotes: list[QuoteSpan]) -> list[int]:
    """Indices of the sentences whose dependency parse attribution needs.

    Only sentences in a quotation's attribution region that have words outside the quotations:
    a sentence wholly inside a quotation has nothing to attribute with. Where the region says
    "he" or "she", or a description speaks ("said the defender"), the sentence with words of the
    reporter's before it too: its subject is whom they most likely stand for.
    """
    wanted: set[int] = set()
    for q in quotes:
        own, prev, nxt = region(text, sents, q, quotes)
        for k in own + [x for x in (prev, nxt) if x is not None]:
            wanted.add(k)
        ks = own + [x for x in (prev, nxt) if x is not None]
        reported = reported_speech_sentence(text, sents, quotes, q)
        if reported is not None:
            wanted.add(reported)  # "X says his firm ... . / “...”" (attribution_continuation)
        wanted.update(sentences_before_in_paragraph(text, sents, quotes, q))  # (attribution_reported_in_paragraph)
        last = paragraph_before(text, sents, quotes, q)
        if last is not None:  # "..., argues X. The hype is over. / “...”" (attribution_reported_paragraph)
            earlier = earlier_reported_sentence(text, sents, quotes, last)
            wanted.update(k for k in (last, earlier) if k is not None)
        # "..., the UNECE said. ... a “lacklustre” ..." (attribution_reported_fragment)
        wanted.update(j for j, _ in reported_sentences_before(text, sents, q, quotes))
        if any(_FOCUS.search(outside(text, *sents[k], quotes)) for k in ks):
            before = sentence_before(text, sents, min(own + ([prev] if prev is not None else [])), quotes)
            if before is not None:
                wanted.add(before)
                wanted.update(_behind_a_description(text, sents, quotes, before))
        for k in ks:
            if _HE_OR_SHE.search(outside(text, *sents[k], quotes)):
                wanted.update(salience_sentences(text, sents, quotes, k))  # (attribution_salience)
        if any(_FIRM_SPEAKS.search(outside(text, *sents[k], quotes)) for k in ks):
            wanted.update(sentences_back(text, sents, quotes, min(own + ([prev] if prev is not None else []))))
    keep = []
    for k in sorted(wanted):
        s, e = sents[k]
        if re.search(r"[A-Za-z]{2}", outside(text, s, e, quotes)):
            keep.append(k)
    return keep


# "he", "she", "said the defender", "the Oscar-nominated actor said": whom they stand for is
# most often the subject of the sentence before.
_SPEECH_FORM = alternation(FOCUS_SPEECH_FORMS)
_FOCUS = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\b|^\s*(?:But |And )?[Tt]he\s|\b"
    + _SPEECH_FORM
    + r"\s+the\s|\b[Tt]he\s+(?:[\w’'-]+,?\s+){1,4}"
    + _SPEECH_FORM
    + r"\b"
)


_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


# "it said", "the company added": the firm a sentence or three before has as its subject
# (attribution_firms), whose parses that needs
_FIRM_SPEAKS = re.compile(
    r"\b(?:[Ii]t|[Tt]he\s+(?:" + "|".join(sorted(FIRM_NOUNS)) + r"))\s+(?:also\s+)?" + _SPEECH_FORM + r"\b"
)


# a sentence that opens on a description ("The Portugal star, who joined ..., is a regular") or
# on "he" or "she" ("However he hopes the new deal will help him")
_OPENS_DESCRIBED = re.compile(r"^\s*(?:" + alternation(SENTENCE_OPENERS) + r",?\s+)?(?:[Tt]he\s|[Hh]e\b|[Ss]he\b)")


def _behind_a_description(text: str, sents: list[Range], quotes: list[QuoteSpan], k: int) -> list[int]:
    """The sentences before sentence k while each opens on a description or a pronoun, up to
    three: whom "the Portugal star" (and a "he" after it) stands for is most often the subject
    of the sentence before (attribution_descriptions.person_in_focus), and a "he" that is the
    subject goes on with the one before its own (attribution_pronouns.gendered_antecedent), so
    they need a parse too."""
    out: list[int] = []
    while len(out) < 3 and _OPENS_DESCRIBED.search(outside(text, *sents[k], quotes)):
        j = sentence_before(text, sents, k, quotes)
        if j is None:
            break
        out.append(j)
        k = j
    return out


def _kind(text: str, sents: list[Range], q: QuoteSpan) -> str:
    """ "full" (a sentence of its own, or after a colon) or "partial" (a fragment in the reporter's
    sentence)."""
    i = sent_index(sents, q.start) if sents else 0
    s = sents[i][0] if sents else 0
    s = max(s, text.rfind("\n", 0, max(0, q.start - 1)) + 1)  # within the quote's paragraph
    before = text[s : q.start - 1].strip()
    body = text[q.start : q.end].strip()
    if not body:
        return "partial"
    first = body.lstrip("([…. ")[:1]
    capital = first.isupper() or first.isdigit()
    if not before or before.endswith((":",)) or q.continued:
        return "full" if capital or q.continued else "partial"
    if before.endswith(",") and capital:
        return "full"
    return "partial"
