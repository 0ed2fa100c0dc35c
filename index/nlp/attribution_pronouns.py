"""Attribution's pronoun rule: whom "he", "she", "they" and "it" stand for (a subject rule of
attribution_speech_verbs.SUBJECT_RULES, through resolve_subject).

"he" and "she" look to the subject of their own sentence (or the described speaker whose verb
reports their clause: "the prime minister said he had ..."), then the subject of the sentence
before, then the person in focus of the main clauses before (attribution_salience: Blair, not
Bland named deep in a subordinate clause), then the people named before them, passing over
anyone the article shows to be of the other gender (attribution_gender.py); a speaker described
rather than named before them ("A spokesman for X said") leaves the pronoun to nobody:
unattributed is better than wrong. A speaker described with "the" ("The chancellor said ... . He
added") hands the pronoun that description, which attribution_descriptions resolves like any
other. A pronoun never stands for a name inside
the words it reports ("Mr Blair has the passion ..., he said": he is not Mr Blair), nor, when
it comes from a sentence before, for a person the quote itself names ("“I feel a bit for Nigel
Worthington,” he said": a speaker does not name himself in his own words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .quotes import QuoteSpan


from ..entities.names import fold_case, speaker_name
from ..lexicon import (
    CLUB_HEADS,
    FIRM_NOUNS,
    HONORIFICS,
    INSTITUTIONS,
    PERSON_ROLES,
    PARTY_FORMS,
    PERSON_TITLES_BEFORE,
    PLACE_NAMES,
    PRONOUN_LABELS,
    ROLES_AFTER,
    SUBJECT_DEPS,
)
from .attribution_firms import org_subject_before
from .attribution_last_clause import last_sentence
from .attribution_described_subjects import described_person, named_before_description
from .attribution_appositive_roles import introduced_elsewhere
from .attribution_asked_clauses import in_asked_clause
from .attribution_described_surnames import a_description
from .attribution_document_it import document_subject_before
from .attribution_us import they_antecedent
from .attribution_spoken_of import speaker_of_the_one_spoken_of
from .attribution_speaker_before import speaks_as_one
from .attribution_salience import reporting_description, salient_person
from .attribution_mislabelled_subjects import possessive_for_it
from .names_above import names_above
from .attribution_gender import gender_of_pronoun, given_name_gender, mention_gender, word_gender
from .attribution_context import (
    PERSON_NAME_LABELS,
    according,
    is_speech,
    Context,
    Entity,
    Found,
    described,
    in_reported_clause,
    main_subject,
    np_span,
    named,
    sent_index,
    sentence_before,
    subject_before,
)


def pronoun_antecedent(ctx: Context, subj: Token, base: int, quote: QuoteSpan | None = None) -> Found | None:
    """ "he", "she", "they", "it": the subject named last before it in its sentence, else the
    latest name before it of a kind the pronoun may stand for; "I" and "we" name nobody here.
    "he" and "she" pass over a person the article shows to be of the other gender
    (`gendered_antecedent`) and anyone the quote names (quote: the words the pronoun's verb
    reports)."""
    low, names = subj.lower_, ctx.names
    s0 = base + subj.idx
    want = PRONOUN_LABELS[low]
    labels = PERSON_NAME_LABELS if want in ("PERSON", "ANY") else {"ORG", "GPE", "NORP"}
    if low in ("i", "we"):
        return None
    if low == "they":  # many people or a body, never one person (attribution_us)
        return they_antecedent(ctx, subj, base)
    if gender_of_pronoun(low):
        ent = gendered_antecedent(ctx, subj, base, quote=quote)
        if ent is None or isinstance(ent, Found):
            return ent
        other = "f" if gender_of_pronoun(low) == "m" else "m"
        return named(ent, names.fullest(ent, keep=lambda name: given_name_gender(name) != other), how="pronoun")
    # a place or a people only as the subject of the pronoun's own sentence ("Russia said it"), never
    # by being the last name before it ("US tycoon Malcolm Glazer ... it said": not the US)
    near = {"ORG"} if want == "ORG" else labels
    ent = subject_before(names, subj, base, labels)
    if ent is None and low == "it":
        document = document_subject_before(ctx, s0)
        if document is not None:
            return document  # "Mr Crosby's statement said: “...” It added": the statement, his
        firm = _firm_before(ctx, s0)
        if firm is not None:
            return firm  # "the club said ... . But it said": the club
        # "Wimpey said the UK housing market ... . “...,” it added": the firm a sentence before has
        # speaking as its subject, before the last organisation named (B&B, of another paragraph)
        ent = org_subject_before(ctx, s0)
    ent = ent or names.latest_before(s0, near, floor=max(0, s0 - 1500))
    if ent is None and want == "ANY":
        ent = names.latest_before(s0, {"ORG"}, floor=max(0, s0 - 1500))
    if ent is None:
        return None
    return named(ent, names.fullest(ent), how="pronoun")


def gendered_antecedent(
    ctx: Context, subj: Token, base: int, depth: int = 0, quote: QuoteSpan | None = None
) -> Entity | Found | None:
    """ "he" or "she": the subject named last before it in its sentence, else the subject of the
    sentence before, else the person in focus of the main clauses before (attribution_salience),
    else the latest person named before it, passing over anyone the article
    shows to be of the other gender. "she" goes first to a woman the article shows as one when
    there is such a candidate (of the pronoun's paragraph, when the subject of the sentence before
    is there): a name of unknown gender is more often a man's in the news. A name
    the recogniser labelled otherwise (an organisation, a building) counts only when its own words
    say it is a person of that gender ("Lord Browne", "Helen Park"), or the article does elsewhere
    ("Ms Fiorina" for the ORG "Carly Fiorina"); a country never does. A
    subject of the sentence before described with "the" ("the chancellor") is returned as that
    description (a Found), for attribution_descriptions to resolve. A person the quote names
    is never a candidate from outside the pronoun's sentence (`named_in_quote`)."""
    s0 = base + subj.idx
    want = gender_of_pronoun(subj.lower_)
    first = subject_before(ctx.names, subj, base, PERSON_NAME_LABELS)
    if first is not None and in_asked_clause(first, subj, base):
        first = None  # "Asked if Mr Blunkett could return, he replied": not Mr Blunkett
    if first is not None and ctx.genders.of(first) in (want, None):
        return first  # the subject of its own sentence ("Clinton told them that she believes")
    if first is None:
        reporter = reporting_description(subj)
        if reporter is not None:  # "the prime minister said he had ...": the prime minister
            return _definite(reporter, base, want)
    cands: list[Entity] = []
    local = None
    if first is None:  # the subject of the sentence before ("X, who ..., said ... . “...,” he said")
        before = _sentence_before(ctx, s0, want, depth, quote)
        if before.decided:
            return before.answer
        if before.is_subject and before.candidate is not None:
            j = sentence_before(ctx.text, ctx.sents, sent_index(ctx.sents, s0), ctx.quotes)
            # "X warned that Y needed ... . Y was ... . “... he ...,” he said": X (attribution_spoken_of)
            other = speaker_of_the_one_spoken_of(ctx, before.candidate, j, want, _reported(ctx, s0, quote))
            if other is not None:
                return other
        if before.candidate is not None:
            cands.append(before.candidate)
            local = before.candidate if before.is_subject else None
        # the person in focus of the main clauses before, over a name inside a clause, a phrase or
        # a possessive (attribution_salience)
        said = _reported(ctx, s0, quote)
        focus = salient_person(
            ctx,
            s0,
            want,
            lambda ent, doc, b, subject: _may_be(ctx, ent, want, doc, b, subject),
            lambda ent: named_in_quote(ctx.text, ctx.names.fullest(ent), said),
        )
        if focus is not None:
            cands.append(focus)
    cands += _people_named_before(ctx, subj, base, s0, want)
    return _by_gender(ctx, cands, local, want, s0, quote)


def _may_be(ctx: Context, ent: Entity, want: str, doc: Doc, base: int, subject: bool) -> bool:
    """A name of a main clause that a "he" or "she" (want) may stand for: a person not shown of
    the other gender nor as something else; a name NER missed or labelled otherwise when its
    own words or the article show it a person's. A subject (subject: True) is read as
    `_sentence_before` reads one; an object or a name in a phrase as `_people_named_before` reads
    the names before ("against West Brom and Aston Villa" is no person's)."""
    if known_as_no_person(ctx, ent) or (ctx.genders.of(ent) or given_name_gender(ent.text)) not in (want, None):
        return False
    known = ctx.names.at(ent.start, ent.end)
    if known is not None and known.label in PERSON_NAME_LABELS:
        return not (
            a_description(ctx.names, ent, described(ctx.text, ent))
            or role_after(ctx.text, ent)
            or not subject
            and (_organisation_elsewhere(ctx, ent) or listed_with_organisations(ctx, ent))
        )
    if _named_person_elsewhere(ctx, ent) or _person_elsewhere(ctx, ent):
        return True  # "Mira Nair" elsewhere, "Andre 3000 thanked fans" after NER's person "Andre"
    if subject and _pronoun_for_it(ctx, ent, doc, base, want):
        return True  # "Baros denied suggestions he wanted ..." (NER: a place)
    if known is not None:
        return False  # an organisation's name, a place's
    return given_name_gender(ent.text) == want or _titled(ent, want) or introduced_elsewhere(ctx, ent)


def _person_elsewhere(ctx: Context, ent: Entity) -> bool:
    """The same words are a person's name elsewhere in the article ("Andre 3000 thanked fans",
    NER's person "Andre" a sentence before)."""
    words = fold_case(ent.text)
    return any(o.label in PERSON_NAME_LABELS and fold_case(o.text) == words for o in ctx.names.ents)


@dataclass
class _SentenceBefore:
    """What the sentence before the pronoun's gives: an answer outright (`decided`: a framing
    speaker, the antecedent of its own pronoun, a description, or nobody), or a candidate among
    the people named before the pronoun; `is_subject` when the candidate is that sentence's
    subject (whose paragraph matters for "she")."""

    decided: bool = False
    answer: Entity | Found | None = None
    candidate: Entity | None = None
    is_subject: bool = False


def _sentence_before(ctx: Context, s0: int, want: str, depth: int, quote: QuoteSpan | None) -> _SentenceBefore:
    """The subject of the sentence before the pronoun's, when its own sentence names none."""
    j = sentence_before(ctx.text, ctx.sents, sent_index(ctx.sents, s0), ctx.quotes)
    doc = ctx.parsed.get(j) if j is not None else None
    if doc is None:
        return _SentenceBefore()
    base = ctx.sents[j][0]
    framing = framing_speaker(ctx, doc, base, want)
    if framing is not None:
        return _SentenceBefore(decided=True, answer=framing)
    doc, base = last_sentence(doc, base)  # "... 6-2. Melzer has now beaten Agassi" read as one
    ent = main_subject(ctx.names, doc, base, PERSON_NAME_LABELS, proper=True)
    if ent is None:
        ent = opening_name(ctx, j)
    if ent is not None and known_as_no_person(ctx, ent):
        ent = None  # "Labour said ... . He added": not Labour
    if (
        ent is not None
        and ent not in ctx.names.ents
        and possessive_for_it(ent, doc, base, ctx.marked, want)
        and not named_in_quote(ctx.text, ent.text, _reported(ctx, s0, quote))
    ):
        # "Zvonareva has lost both her games" (NER: a place): shown of the pronoun's gender, so no
        # woman named earlier comes first (attribution_mislabelled_subjects)
        return _SentenceBefore(decided=True, answer=ent)
    if ent is not None:
        if (
            ent in ctx.names.ents
            or given_name_gender(ent.text) == want
            or _titled(ent, want)
            or _named_person_elsewhere(ctx, ent)
            or _pronoun_for_it(ctx, ent, doc, base, want)
            or introduced_elsewhere(ctx, ent)  # "G Money, a presenter on ..."
            or speaks_as_one(ctx, ent, doc, base)  # "Mutu has hit out ..., saying: “... me.”"
        ):
            return _SentenceBefore(candidate=ent, is_subject=True)
        return _SentenceBefore()
    if depth >= 3:
        return _SentenceBefore()
    # "He said ... . He continued: “...”": the same person as the pronoun before
    same = pronoun_subject(doc, want)
    if same is not None:
        return _SentenceBefore(decided=True, answer=gendered_antecedent(ctx, same, base, depth + 1, quote))
    desc = described_subject(doc)
    named_too = appositive_person(ctx, desc, base) if desc is not None else None
    if named_too is not None and ctx.genders.of(named_too) in (want, None):
        return _SentenceBefore(candidate=named_too)  # "The chairman of X, Sher Khan, said ... ": Sher Khan
    if desc is not None:
        # "A spokesman for X said ... . “...,” he said": someone unnamed; "The chancellor
        # said ... . He added": whom the description stands for
        return _SentenceBefore(decided=True, answer=_definite(desc, base, want))
    if described_person(doc, base, ctx.marked, want):  # "the Birchfield Harrier ... his"
        person = named_before_description(ctx, j, want, opening_name)  # whom the descriptions go back to
        if person is not None:
            return _SentenceBefore(decided=True, answer=person)
    return _SentenceBefore()


def _people_named_before(ctx: Context, subj: Token, base: int, s0: int, want: str) -> list[Entity]:
    """The people named before the pronoun (latest first, within 1,500 characters), outside
    reported words and asked clauses: a PERSON unless described as something else, or a name
    labelled otherwise whose own words or article say it is a person of the pronoun's gender."""
    names, cands = ctx.names, []
    floor = max(0, s0 - 1500)
    for ent, inq in zip(reversed(names.ents), reversed(names.inq)):
        if ent.start >= s0 or inq or not speaker_name(ent.text) or in_reported_clause(ent, subj, base):
            continue
        if in_asked_clause(ent, subj, base):
            continue
        if ent.start < floor:
            break
        if ent.label in PERSON_NAME_LABELS:
            if (
                not a_description(ctx.names, ent, described(ctx.text, ent))
                and not _organisation_elsewhere(ctx, ent)
                and not role_after(ctx.text, ent)
                and not known_as_no_person(ctx, ent)
                and not listed_with_organisations(ctx, ent)
            ):
                cands.append(ent)
        elif (
            ent.label in ("ORG", "NORP", "FAC", "LOC")
            and not known_as_no_person(ctx, ent)
            and want
            in (
                mention_gender(ctx.text, ent.start, ent.end),
                given_name_gender(ent.text),
                ctx.genders.of(ent),  # "Carly Fiorina" an ORG here, "Ms Fiorina" a woman further on
            )
        ):
            cands.append(ent)
    return cands


def _by_gender(
    ctx: Context, cands: list[Entity], local: Entity | None, want: str, s0: int, quote: QuoteSpan | None
) -> Entity | None:
    """The first candidate of the pronoun's gender or of none known, not named in the quote;
    for "she" a woman the article shows as one first."""
    said = _reported(ctx, s0, quote)
    cands = [e for e in cands if not named_in_quote(ctx.text, ctx.names.fullest(e), said)]
    genders = [ctx.genders.of(e) or given_name_gender(e.text) for e in cands]
    if want == "f":
        par = ctx.text.rfind("\n", 0, s0) + 1
        for ent, g in zip(cands, genders):
            if g == "f" and (local is None or local.start < par or ent.start >= par):
                # not over the subject of the sentence before in the pronoun's own paragraph, for a
                # woman of a paragraph before ("Hazel Gilbert, 23, ... gave up ballet ... . “...,”
                # she said" after a paragraph quoting Ms Trew): a new paragraph brings in its speaker
                return ent
    for ent, g in zip(cands, genders):
        if g in (want, None):
            return ent
    return None


def named_in_quote(text: str, name: str, quotes: list[QuoteSpan]) -> bool:
    """The quotes name this person (name: the fullest the article gives) by a word of their name
    ("“I feel a bit for Nigel Worthington,” he said", "“I said to Harry ...,” he said" after
    "Redknapp vowed"): people speak of others by name, of themselves as "I", so the pronoun is
    someone else's."""
    words = {fold_case(w) for w in re.findall(r"[\w-]+", speaker_name(name)) if w[:1].isupper() and len(w) > 1}
    said = {fold_case(w) for q in quotes for w in re.findall(r"[\w-]+", text[q.start : q.end])}
    return bool(words & said)


# what may come before a sentence's subject: a conjunction or a connecting adverb
_OPENERS = r"(?:(?:But|And|Yet|So|Still|However|Meanwhile|Now),?\s+)?"


def opening_name(ctx: Context, j: int) -> Entity | None:
    """The person a sentence opens with, when its parse gives its main verb no subject ("Tait
    himself, at least outwardly, appeared unaffected ... by Gavin Henson": the parser took "Tait"
    for a verb): in English the name a sentence opens with is its subject. Not a possessor
    ("Fowler's double strike", "Matt Williams' side"), nor one of a list ("Tait and Noon"). A
    word the recogniser missed counts when it is the surname of a person the article names in
    full ("Lopez issues a statement" after "Jennifer Lopez", "Stam says Rooney's ..." after "Jaap
    Stam")."""
    s, e = ctx.sents[j]
    s = max(s, ctx.text.rfind("\n", s, e) + 1)  # its last paragraph, as main_subject reads it
    for ent, inq in zip(ctx.names.ents, ctx.names.inq):
        if ent.start < s or inq:
            continue
        if ent.start >= e or ent.label not in PERSON_NAME_LABELS:
            return _surname_opening(ctx, s, e)
        if not re.fullmatch(_OPENERS, ctx.text[s : ent.start]):
            return _surname_opening(ctx, s, e)  # "Stam says Rooney's ...": "Stam" missed
        after = ctx.text[ent.end - 1 : ent.end + 6]  # from the name's last character
        if re.match(r".?['’](?:s\b|\s)|.\s*(?:,\s*[A-Z]|and\b|or\b|&)", after):  # "Fowler's", "Williams' side"
            return None
        return ent
    return _surname_opening(ctx, s, e)


def _surname_opening(ctx: Context, s: int, e: int) -> Entity | None:
    """A capitalised word the sentence [s, e) opens with, before a word in lower case, that is
    the last word of a person the article names in full (`_named_person_elsewhere`)."""
    m = re.match(_OPENERS + r"([A-Z][\w-]+)\s+[a-z]", ctx.text[s:e])
    if m is None or ctx.names.at(s + m.start(1), s + m.end(1)) is not None:
        return None
    ent = Entity(s + m.start(1), s + m.end(1), m.group(1), "PERSON")
    return ent if _named_person_elsewhere(ctx, ent) else None


def role_after(text: str, ent: Entity) -> bool:
    """A role word right after the name ("Norwich boss Nigel Worthington", "a Blair aide"): the
    name is whose role it is, an organisation or a place or a patron, not the person speaking."""
    m = re.match(r"\s+([a-z-]+)\b", text[ent.end : ent.end + 30])
    return m is not None and m.group(1) in ROLES_AFTER


def _reported(ctx: Context, s0: int, quote: QuoteSpan | None) -> list[QuoteSpan]:
    """The words a pronoun at s0 says someone spoke: the quote it is asked about and the quotes
    of the pronoun's own sentence before it (“A,” he said. “B.”: asked about B, the pronoun is
    A's speaker too); not one after it, which another verb may give to someone else ("He
    accused X of “...”, but Parry explained: “...”")."""
    a = ctx.sents[sent_index(ctx.sents, s0)][0]
    return [q for q in ctx.quotes if q is quote or a <= q.end <= s0]


def framing_speaker(ctx: Context, doc: Doc, base: int, want: str) -> Entity | Found | None:
    """The speaker of a sentence that frames a quotation of its own ("Mr Brown's Budget was not
    about ..., but “...,” the Tory leader said"): the subject of its speech verb, not that of
    the words it reports. The reporter's sentence is about whoever speaks in it, and a "he" in
    the sentence after goes on with that speaker. A described speaker ("the Tory leader") is
    handed on as a description (`_definite`); one of the other gender names nobody."""
    par = doc.text.rstrip().rfind("\n") + 1  # its last paragraph (the splitter may run two together)
    s, e = base + par, base + len(doc.text)
    if not any(s <= q.start < e for q in ctx.quotes):
        return None
    inside = [(a - base, b - base) for a, b in ctx.marked]
    for tok in doc:
        if tok.idx < par or any(a - 1 <= tok.idx < b + 1 for a, b in inside) or not is_speech(tok) or according(tok):
            continue
        for c in tok.children:
            if c.dep_ != "nsubj" or c.idx < par or any(a - 1 <= c.idx < b + 1 for a, b in inside):
                continue
            ent = ctx.names.at(base + c.idx, base + c.idx + len(c), PERSON_NAME_LABELS)
            if ent is not None:
                return (
                    ent
                    if ctx.genders.of(ent) in (want, None)
                    and not a_description(ctx.names, ent, described(ctx.text, ent))
                    else None
                )
            if c.pos_ == "NOUN" and (c.lower_ in PERSON_ROLES or c.lower_ in PERSON_TITLES_BEFORE):
                ent = appositive_person(ctx, c, base)
                if ent is not None:  # "The magazine's music editor Mark Robertson said"
                    return ent if ctx.genders.of(ent) in (want, None) else None
                return _definite(c, base, want)
    return None


def appositive_person(ctx: Context, head: Token, base: int) -> Entity | None:
    """The person named in apposition to a described subject ("the chairman of the working party,
    Ambassador Stefan Johannesson", "The magazine's music editor Mark Robertson")."""
    for c in head.children:
        if c.dep_ == "appos" and c.i > head.i:
            for t in c.subtree:
                ent = ctx.names.at(base + t.idx, base + t.idx + len(t), PERSON_NAME_LABELS)
                if ent is not None:
                    return ent
    return None


def _firm_before(ctx: Context, s0: int) -> Found | None:
    """ "it" after a sentence whose subject is an organisation described with "the" ("In a
    statement, the club said ... . But it said"): that description, for attribution_descriptions
    to resolve like the one before."""
    j = sentence_before(ctx.text, ctx.sents, sent_index(ctx.sents, s0), ctx.quotes)
    doc = ctx.parsed.get(j) if j is not None else None
    if doc is None:
        return None
    par = doc.text.rstrip().rfind("\n") + 1
    for root in (t for t in doc if t.dep_ == "ROOT" and t.idx >= par):
        for c in root.children:
            if c.dep_ == "nsubj" and c.idx >= par and c.pos_ == "NOUN" and c.lower_ in FIRM_NOUNS | INSTITUTIONS:
                if any(d.dep_ == "det" and d.lower_ == "the" for d in c.children):
                    a, b = np_span(c)
                    base = ctx.sents[j][0]
                    return Found("", doc.text[a:b].strip(), base + a, base + b, "DESC", "description")
    return None


def described_subject(doc: Doc) -> Token | None:
    """The main verb's subject in the last paragraph of a parsed sentence when it is one person
    described, not named ("A spokesman for the publisher said ...", "the chancellor said")."""
    par = doc.text.rstrip().rfind("\n") + 1
    for root in (t for t in doc if t.dep_ == "ROOT" and t.idx >= par):
        for c in root.children:
            if c.dep_ in SUBJECT_DEPS and c.idx >= par and c.pos_ == "NOUN":
                return c if c.lower_ in PERSON_ROLES or c.lower_ in PERSON_TITLES_BEFORE else None
    return None


def _definite(head: Token, base: int, want: str) -> Found | None:
    """A described subject as the pronoun's answer: a description written with "the" or a
    possessive ("the chancellor", "the party's leader") refers back to someone the article
    named, and is handed on as a description; "a spokesman" is someone new, nobody's name. A
    description whose words say the other gender ("the spokeswoman" for "he") names nobody."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
        c.dep_ == "poss" for c in head.children
    )
    if not definite or word_gender(head.text) not in (want, None):
        return None
    a, b = np_span(head)
    return Found("", head.doc.text[a:b].strip(), base + a, base + b, "DESC", "description")


def _named_person_elsewhere(ctx: Context, ent: Entity) -> bool:
    """A proper name the recogniser missed or mislabelled as the subject ("Safin admitted ...",
    "But Nair said ...", Nair an organisation there) that the article names in full as a person
    elsewhere ("Marat Safin", "Mira Nair"): that person, not whoever was named last before."""
    words = speaker_name(ent.text).split()
    if not words:
        return False
    last = fold_case(words[-1])
    for other, inq in zip(ctx.names.ents, ctx.names.inq):
        ow = speaker_name(other.text).split()
        if (
            not inq
            and other.label in PERSON_NAME_LABELS
            and len(ow) > len(words)
            and fold_case(ow[-1]) == last
            and [fold_case(w) for w in ow[-len(words) :]] == [fold_case(w) for w in words]
        ):
            return True
    return False


def _pronoun_for_it(ctx: Context, ent: Entity, doc: Doc, base: int, want: str) -> bool:
    """A proper name the recogniser missed, as the subject of a sentence that goes on with a
    pronoun of that gender as a subject within it ("Federer admitted he was under extra
    pressure", "Baros ... denied reports ... but claims he is mystified"): a person of that
    gender, when the nearest name above the pronoun in the parse, a subject or an object, is
    that name and no other ("X quoted Mr Clarke telling ... that he wanted": not X)."""
    inside = [(a - base, b - base) for a, b in ctx.marked]
    for t in doc:
        if base + t.idx < ent.end or t.dep_ not in SUBJECT_DEPS or gender_of_pronoun(t.text) != want:
            continue
        if any(a - 1 <= t.idx < b + 1 for a, b in inside):
            continue
        if t.head.dep_ in ("parataxis", "conj"):
            # "Use of games in schools has been patchy she found": a reporting aside; "Microsoft had
            # delivered kits to EA, but he said": a clause of its own
            return False
        names = names_above(t.head, t)  # a subject and an object named there: neither is sure
        return bool(names) and all(ent.start <= base + c.idx < ent.end for c in names)
    return False


def _organisation_elsewhere(ctx: Context, ent: Entity) -> bool:
    """A one-word "person" the article names as an organisation or a place at least as often
    ("Labour" beside "the Labour Party", "Blackburn" the club) and never as a person in full or
    with a title: the recogniser's slip, no one a "he" or "she" stands for."""
    words = ent.text.split()
    if len(words) != 1 or _titled(ent, "m") and mention_gender(ctx.text, ent.start, ent.end):
        return False
    word = fold_case(words[0])
    org = person = 0
    for other in ctx.names.ents:
        ow = [fold_case(w) for w in other.text.split()]
        if word not in ow:
            continue
        if other.label in PERSON_NAME_LABELS:
            if len(ow) > 1 or mention_gender(ctx.text, other.start, other.end):
                return False  # "Rick Parry", "Mr Parry": a person
            person += 1
        elif other.label in ("ORG", "GPE", "FAC", "NORP") and ow[0] == word:
            org += 1
    return org >= person


# what joins the last names of a list or a fixture: "Real Madrid, Barcelona and Valencia", "Burnley v
# Blackburn"; not a comma alone, which may set off an apposition ("the Guildford Four, Gerry Conlon")
_LIST_JOIN = re.compile(r"(?:,\s*|\s+)(?:and|or|&|v|vs)\s+")


def listed_with_organisations(ctx: Context, ent: Entity) -> bool:
    """A "person" NER named in a list, or a fixture, beside an organisation or a place ("linked
    with Spanish trio Real Madrid, Barcelona and Valencia", "against West Brom and Aston Villa"): of
    their kind, no one a "he" or "she" stands for; not when the article names a person in full so."""
    for other in ctx.names.ents:
        if other.label not in ("ORG", "GPE", "FAC", "LOC") or other is ent:
            continue
        a, b = (other.end, ent.start) if other.end <= ent.start else (ent.end, other.start)
        if 0 <= b - a <= 8 and _LIST_JOIN.fullmatch(ctx.text[a:b]):
            return not _named_person_elsewhere(ctx, ent)
    return False


# a party's names and their members' forms ("labour", "lib dems"), as known_as_no_person reads them
PARTY_NAMES = frozenset(PARTY_FORMS) | frozenset(form for forms in PARTY_FORMS.values() for form in forms)


def known_as_no_person(ctx: Context, ent: Entity) -> bool:
    """A name the lexicon knows as a party's ("Labour", "Lib Dems") or a place's ("Sri Lanka"), or
    a club's by its last word ("Bristol Rovers"): NER's "person" there is a slip, and no "he" or
    "she" stands for it. A place's name is a person's when the article names someone in full with
    it ("Houston" after "Whitney Houston")."""
    low = fold_case(speaker_name(ent.text) or ent.text).lower()
    words = low.split()
    if not words or not (low in PARTY_NAMES or low in PLACE_NAMES or (len(words) > 1 and words[-1] in CLUB_HEADS)):
        return False
    return not _named_person_elsewhere(ctx, ent)


def _titled(ent: Entity, want: str) -> bool:
    """A name written with an honorific ("Dr Fox", "Mrs Howard") or a title capitalised as one
    ("Professor Curtice", "Coach Smith") is a person's, of the gender the word says when it says
    one."""
    words = ent.text.split()
    first = words[0].lower().rstrip(".") if words else ""
    titled = first in HONORIFICS or (
        first in PERSON_TITLES_BEFORE | PERSON_ROLES and all(w[:1].isupper() for w in words)
    )
    return titled and len(words) > 1 and word_gender(first) in (want, None)


def pronoun_subject(doc: Doc, want: str) -> Token | None:
    """The main verb's subject in the last paragraph of a parsed sentence when it is a pronoun
    of that gender ("He said the philosopher was ...")."""
    par = doc.text.rstrip().rfind("\n") + 1
    for root in (t for t in doc if t.dep_ == "ROOT" and t.idx >= par):
        for c in root.children:
            if c.dep_ in SUBJECT_DEPS and c.idx >= par and gender_of_pronoun(c.lower_) == want:
                return c
    return None
