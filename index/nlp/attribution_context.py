"""What attribution's rules read: the article's names, sentences and parses, and a quote's region.

`Context` holds one article for the rules of attribution_rules.py (and its siblings); `Found` is what a rule decides
about one quote. The helpers here read the text and the parses and decide nothing on their own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

import re
from dataclasses import dataclass, field

from ..entities.names import fold_case, speaker_name
from ..lexicon import (
    CLAUSE_DEPS,
    DOCUMENT_NOUNS,
    FIRM_NOUNS,
    HONORIFICS,
    HUMAN_NOUNS,
    INVERTED_SPEECH,
    NAME_PARTICLES,
    NAME_PART_DEPS,
    ORG_WORDS,
    POSSESSIVE_DETERMINERS,
    PRESS_NOUNS,
    PRONOUN_LABELS,
    RELATIVE_PRONOUNS,
    SAYING_THINGS,
    SPEECH_LEMMAS,
    SPEECH_WITH_PARTICLE,
    SUBJECT_DEPS,
    TITLE_WORDS,
)
from ..records import Range
from .attribution_described_surnames import a_description
from .attribution_gender import Genders
from .attribution_datelines import after_dateline
from .attribution_relative_who import name_before_who
from .attribution_reporter_participle import comma_participle, reported_clause, reporter_as_pronoun
from .quotes import QuoteSpan

PERSON_NAME_LABELS = {"PERSON"}
# Whom a quote may be attributed to by name: a person or an organisation.
SPEAKER_LABELS = PERSON_NAME_LABELS | {"ORG"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}


@dataclass
class Entity:
    start: int
    end: int
    text: str
    label: str
    was: str = field(default="", compare=False)  # the recogniser's label, where attribution changed it


@dataclass(frozen=True)
class Found:
    """A quote's attribution as a rule decides it."""

    cue: str
    speaker: str | None
    start: int | None
    end: int | None
    label: str | None
    how: str  # "name", "pronoun" or "description": how the speaker was found


def named(ent: Entity, speaker: str, cue: str = "", how: str = "name") -> Found:
    """The attribution to an entity of the article, under the speaker's name."""
    return Found(cue, speaker, ent.start, ent.end, ent.label, how)


# ----------------------------------------------------------------------------- sentences


def sent_index(sents: list[Range], pos: int) -> int:
    """The sentence that holds pos (the last one starting at or before it)."""
    lo, hi = 0, len(sents) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sents[mid][0] <= pos:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best


def outside(text: str, s: int, e: int, quotes: list[QuoteSpan]) -> str:
    """The text of [s, e) with every quotation (and its marks) blanked."""
    chars = list(text[s:e])
    for q in quotes:
        a, b = max(s, q.start - 1), min(e, q.end + 1)
        for k in range(a, b):
            chars[k - s] = " "
    return "".join(chars)


def own_words(text: str, sent: Range, q: QuoteSpan, quotes: list[QuoteSpan]) -> str:
    """The words outside quotations in q's sentence, within q's paragraph."""
    s, e = sent
    ps = text.rfind("\n", 0, q.start) + 1
    pe = text.find("\n", q.end)
    pe = len(text) if pe < 0 else pe
    return outside(text, max(s, ps), min(e, pe), quotes)


def in_headline(text: str, q: QuoteSpan) -> bool:
    """The quote is in a headline: a short line without a final full stop."""
    ps = text.rfind("\n", 0, q.start) + 1
    pe = text.find("\n", q.end)
    line = text[ps : len(text) if pe < 0 else pe].strip()
    return len(line.split()) <= 16 and not line.endswith((".", "”", '"', "?", "!", ":"))


def only_quotes(text: str, q: QuoteSpan, quotes: list[QuoteSpan]) -> bool:
    """q's paragraph has no words outside quotation marks."""
    ps = text.rfind("\n", 0, q.start) + 1
    pe = text.find("\n", q.end)
    pe = len(text) if pe < 0 else pe
    return not re.search(r"[A-Za-z]", outside(text, ps, pe, quotes))


def region(
    text: str, sents: list[Range], q: QuoteSpan, quotes: list[QuoteSpan] = ()
) -> tuple[list[int], int | None, int | None]:
    """(sentences the quote touches, previous sentence to look at, next sentence to look at).

    The previous sentence is looked at when it ends with a colon or comma, and when the quote's
    own sentences have no words of the reporter's in its paragraph and that sentence is in the
    same paragraph ("..., Lopez said. “Quote.”": the speaker of the sentence before). The next
    one when the quote ends its sentence and the attribution may follow ("...,” / senior aide X
    said").
    """
    if not sents:
        return [], None, None
    i = sent_index(sents, q.start)
    j = sent_index(sents, max(q.start, q.end - 1))
    own = list(range(i, j + 1))
    return own, _previous_sentence(text, sents, q, quotes, i, own), _next_sentence(text, sents, q, j)


def sentence_before(text: str, sents: list[Range], k: int, quotes: list[QuoteSpan]) -> int | None:
    """The nearest sentence before sentence k with words of the reporter's (outside quotations),
    at most three sentences back and one paragraph break away."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if len(re.findall(r"\n\s*\S", text[sents[j][0] : sents[k][0]])) > 1:
            return None
        if re.search(r"[A-Za-z]{2}", outside(text, *sents[j], quotes)):
            return j
    return None


def _previous_sentence(text, sents, q, quotes, i: int, own: list[int]) -> int | None:
    before = text[sents[i][0] : q.start - 1].rsplit("\n", 1)[-1]
    if i == 0 or before.strip(" \t\n\"“‘'(—–-"):
        return None
    ptxt = text[sents[i - 1][0] : sents[i - 1][1]].rstrip()
    if ptxt.endswith((":", ",")) or not ptxt:
        return i - 1
    if (
        quotes
        and "\n" not in text[sents[i - 1][1] : q.start].rstrip()
        and not any(re.search(r"[A-Za-z]{2}", own_words(text, sents[k], q, quotes)) for k in own)
    ):
        return i - 1
    return None


def _next_sentence(text, sents, q, j: int) -> int | None:
    after = text[min(len(text), q.end + 1) : sents[j][1]].split("\n", 1)[0]
    if j + 1 >= len(sents) or re.search(r"\w", after):
        return None
    ntxt = text[sents[j + 1][0] : sents[j + 1][1]].lstrip(" \"”’'")
    tail = text[max(q.start, q.end - 2) : q.end + 2]
    same_par = "\n" not in text[q.end : sents[j + 1][0]]
    if same_par and (ntxt[:1].islower() or "," in tail or "?" in tail or "!" in tail):
        return j + 1
    return None


# ----------------------------------------------------------------------------- names


_HONORIFIC_NAME = re.compile(
    r"\b(?:" + "|".join(sorted((w.capitalize() for w in HONORIFICS), key=len, reverse=True)) + r")\.?\s+"
    r"((?:[A-Z][\w’'-]*[a-z][\w’'-]*\s)?[A-Z][\w’'-]*[a-z][\w’'-]*)"
)


def honorific_names(text: str, ents: list[Entity]) -> list[Entity]:
    """People the recogniser missed whose title says they are people ("Lord Browne", "Mrs
    Howard"): the name after an honorific, where no entity overlaps it."""
    out = []
    for m in _HONORIFIC_NAME.finditer(text):
        a, b = m.start(1), m.end(1)
        name = speaker_name(text[a:b])
        if not name or any(e.start < b and e.end > a for e in ents):
            continue
        b = a + text[a:b].find(name.split()[-1]) + len(name.split()[-1])
        out.append(Entity(a, b, text[a:b], "PERSON"))
    return out


_GLUED_POSSESSIVE = re.compile(r"^(.+?)['’]s\s+([A-Z][\w’'-]*)$")


def possessors_only(ents: list[Entity]) -> list[Entity]:
    """A person's name the recogniser ran over a possessive and one word ("Brown's Budget") is the
    possessor alone: the word after "'s" is a thing of theirs, unless the article names a person
    by it elsewhere ("Labour's Milburn", "Mr Milburn"). Else the Budget is a man wherever "he"
    follows Mr Brown."""
    lasts = {
        fold_case(e.text.split()[-1])
        for e in ents
        if e.label in PERSON_NAME_LABELS and e.text.split() and not _GLUED_POSSESSIVE.match(e.text)
    }
    out = []
    for e in ents:
        m = _GLUED_POSSESSIVE.match(e.text) if e.label in PERSON_NAME_LABELS else None
        if m and fold_case(m.group(2)) not in lasts:
            e = Entity(e.start, e.start + len(m.group(1)), m.group(1), e.label)
        out.append(e)
    return out


class ArticleNames:
    """The article's entities, for turning a mention into the fullest form of its name."""

    def __init__(self, text: str, ents: list[Entity], quotes: list[QuoteSpan]):
        self.text = text
        self.ents = sorted(ents, key=lambda e: e.start)
        self.inq = [any(q.start <= e.start < q.end for q in quotes) for e in self.ents]

    def at(self, s: int, e: int, labels: Collection[str] = NAME_LABELS) -> Entity | None:
        """The entity overlapping [s, e)."""
        for ent in self.ents:
            if ent.start < e and ent.end > s and ent.label in labels:
                return ent
        return None

    def fullest(self, ent: Entity, keep: Callable[[str], bool] | None = None) -> str:
        """The longest name of the article ending with ent's words (the nearest one before it
        first, one inside a quotation last): "Lopez" -> "Maria Lopez"; only names for which
        keep(name) holds, when given ("she": not "Bill Clinton")."""
        name = speaker_name(ent.text)
        if not name:
            return ent.text.strip()
        words = name.split()
        last = fold_case(words[-1])
        best, best_d = name, None
        for other, inq in zip(self.ents, self.inq):
            if other.label != ent.label and not (ent.label in PERSON_NAME_LABELS or other.label in PERSON_NAME_LABELS):
                continue
            cand = speaker_name(other.text)
            cw = cand.split()
            if len(cw) <= len(words) or fold_case(cw[-1]) != last:
                continue
            if "-" in cw or "–" in cw or (other.label != ent.label and not _reads_as_personal_name(cw)):
                continue  # "Best First Feature at Cannes - Nair" (a glued ORG) is not Nair's full name
            if [fold_case(w) for w in cw[-len(words) :]] != [fold_case(w) for w in words]:
                continue
            if keep is not None and not keep(cand):
                continue
            d = abs(other.start - ent.start) + (0 if other.start <= ent.start else 10**6) + (10**7 if inq else 0)
            if best_d is None or d < best_d:
                best, best_d = cand, d
        return best

    def latest_before(self, pos: int, labels: Collection[str], floor: int = 0) -> Entity | None:
        """The last entity of these labels in [floor, pos) outside quotations."""
        best = None
        for ent, inq in zip(self.ents, self.inq):
            if ent.start >= pos:
                break
            if ent.start >= floor and not inq and ent.label in labels and speaker_name(ent.text):
                best = ent
        return best


def _reads_as_personal_name(words: list[str]) -> bool:
    """Capitalised words, bar a name's particles ("Ursula von der Leyen"): a name of another label
    that the recogniser ran over a title or a dash is no one's full name."""
    return all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


@dataclass
class Context:
    """One article as the rules read it. `marked`: every span in quotation marks, titles of
    works included: words inside marks are never the attribution's."""

    text: str
    sents: list[Range]
    names: ArticleNames
    parsed: dict  # sentence index -> its spaCy Doc (pass 2)
    quotes: list[QuoteSpan]
    marked: list[Range]
    _regions: dict = field(default_factory=dict, repr=False)
    _genders: object = field(default=None, repr=False)

    @property
    def genders(self) -> Genders:
        """Each person's gender as the article shows it (attribution_gender.Genders), made once."""
        if self._genders is None:
            persons = [
                e for e, inq in zip(self.names.ents, self.names.inq) if e.label in PERSON_NAME_LABELS and not inq
            ]
            spans = [_Span(a, b) for a, b in self.marked]
            self._genders = Genders(self.text, self.sents, persons, self.names.fullest, spans)
        return self._genders

    def region(self, q: QuoteSpan) -> tuple[list[int], int | None, int | None]:
        """The quote's attribution region (see `region`), computed once."""
        key = (q.start, q.end)
        if key not in self._regions:
            self._regions[key] = region(self.text, self.sents, q, self.quotes)
        return self._regions[key]

    def inside(self, base: int) -> list[Range]:
        """The marked spans with their marks, in the offsets of the sentence starting at base."""
        return [(a - 1 - base, b + 1 - base) for a, b in self.marked]


# ----------------------------------------------------------------------------- parses


def according(tok: Token) -> bool:
    """ "according to" (the lemmatiser gives "according" or "accord")."""
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def is_speech(tok: Token) -> bool:
    """A speech verb (lexicon.SPEECH_LEMMAS, "put it", "pointed out") or "according to"."""
    if according(tok):
        return True
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lem = tok.lemma_.lower()
    if lem == "continue" and any(c.dep_ in ("xcomp", "dobj") for c in tok.children):
        return False  # "will continue to ...", "continued the talks": not speech
    if lem in SPEECH_LEMMAS:
        return True
    particles = SPEECH_WITH_PARTICLE.get(lem)
    return bool(particles) and any(c.lower_ in particles for c in tok.children)


def subject(tok: Token, inside: Collection[Range] = ()) -> tuple[Token | None, bool]:
    """(subject of a speech verb: own, or that of the clause it hangs from; True if borrowed)."""
    found = _subject_walk(tok, inside)
    if found is None:
        return None, False
    own = found.head == tok or (tok.dep_ == "relcl" and found == tok.head)
    return found, not own and not according(tok)


def _subject_walk(tok, inside=()):
    if according(tok):
        for c in tok.children:
            if c.lower_ == "to":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        return None
    seen = 0
    participle = comma_participle(tok)  # "..., saying": the reporter's (attribution_reporter_participle)
    if tok.tag_ == "VBG" and tok.dep_ == "advcl" and _noun_complement(tok.head):
        # "X rejected the allegation that Y had been sidelined, saying": the participle is X's, the
        # parser hung it on the clause inside the noun phrase
        tok = tok.head.head.head
    while tok is not None and seen < 6:
        seen += 1
        agent = _agent(tok)
        if (
            agent is not None
            and seen == 1
            and any(c.dep_ == "nsubjpass" for c in tok.children)
            and tok.lemma_.lower() not in _PASSIVE_SPEAKER_VERBS
        ):
            # "X's film has been attacked by critics": the critics speak, not X; but a verb joined
            # to a passive one shares its subject, not its agent ("X was joined on stage by Y and
            # joked", "X was booed by the crowd after telling them": X's; helper spk19w)
            return agent
        # a verb the parser gave two subjects ("said co-ordinator Peter Facey": "co" and "Facey"):
        # the name first
        for c in sorted(tok.children, key=lambda t: t.pos_ != "PROPN"):
            if c.dep_ in SUBJECT_DEPS and not any(a <= c.idx < b for a, b in inside):
                if c.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                    return name_before_who(c) or tok.head  # "George C Scott who said" (attribution_relative_who)
                if c.i > tok.i and c.pos_ == "PROPN" and tok.lemma_.lower() in INVERTED_SPEECH:
                    return _end_of_title(c)
                if seen > 1 and mute(c) and _climbs(tok):
                    break  # a clause's subject no one who speaks: the participle is the clause above's
                if (
                    participle
                    and seen > 1
                    and reported_clause(tok, is_speech, inside)
                    and not reporter_as_pronoun(c, tok)
                ):
                    break  # "X said Y will have to choose ..., saying": X's (attribution_reporter_participle)
                dateline, name = after_dateline(c)
                if dateline:  # "BERLIN (AP) - Paul Avery said" (attribution_datelines)
                    if name is None:
                        continue
                    return name
                return c
        else:
            c = None
        if c is not None:  # a mute subject borrowed: on to the clause above
            participle = participle and tok.dep_ in ("advcl", "xcomp")
            tok = tok.head
            continue
        # "said senior aide X" parsed with the name as an object or attribute after the verb
        if tok.lemma_.lower() in INVERTED_SPEECH:
            for c in tok.children:
                if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > tok.i and (c.pos_ == "PROPN" or c.ent_type_):
                    return c
        if agent is not None:
            return agent
        if tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            told = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
            if told is not None and not mute(told):
                return told  # "led 12 viewers to complain", "urged Mr X to say": the object speaks
        if _climbs(tok):
            if (tok.dep_ == "acl" or tok.dep_ == "relcl") and not (mute(tok.head) and _climbs(tok.head)):
                return tok.head
            participle = participle and tok.dep_ in ("advcl", "xcomp")
            tok = tok.head
            continue
        if tok.dep_ == "acomp" and _speaker_like(next((c for c in tok.head.children if c.dep_ == "nsubj"), None)):
            tok = tok.head  # "It was keen to point out", "he was quick to add": the copula's subject
            continue
        return None
    return None


def _speaker_like(subj: Token | None) -> bool:
    """A subject that may speak: a pronoun, a name, a noun for people or a body ("The EU ... . It
    was keen to point out"), not a thing ("The figures were hard to explain")."""
    return subj is not None and (subj.pos_ in ("PRON", "PROPN") or subj.lower_ in _SPEAKING_NOUNS)


# nouns for someone or something that may speak: people, bodies, the press, documents
_SPEAKING_NOUNS = HUMAN_NOUNS | TITLE_WORDS | ORG_WORDS | FIRM_NOUNS | PRESS_NOUNS | DOCUMENT_NOUNS | SAYING_THINGS


def mute(tok: Token) -> bool:
    """A common noun that names no one who speaks ("a winter break", "positive discrimination"):
    a speech participle hung on its clause ("Hodgson believes a winter break carries many
    advantages, explaining: ...", "argue against positive discrimination saying it is ...") is
    the words of the subject of the clause above."""
    low = tok.lower_
    return (
        tok.pos_ == "NOUN"
        and not tok.ent_type_
        and low not in _SPEAKING_NOUNS
        and low.rstrip("s") not in _SPEAKING_NOUNS
    )


def _climbs(tok: Token) -> bool:
    """The walk from tok may go on to a clause above it."""
    return tok.head is not tok and tok.dep_ in _CLIMB


# a mute object's clause ("... the X, saying") is reached only from a participle hung on X
_CLIMB = ("advcl", "xcomp", "conj", "acl", "pcomp", "ccomp", "relcl", "prep", "pobj", "dep", "dobj")


# Verbs whose passive subject is still the speaker ("he was quoted by Reuters as saying").
_PASSIVE_SPEAKER_VERBS = {"quote", "report", "cite", "hear", "overhear", "record"}


def _agent(tok: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase ("attacked by critics": critics)."""
    for c in tok.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _end_of_title(tok: Token) -> Token:
    """The last proper noun of the run of capitalised words that starts at an inverted speech
    verb's subject ("said Treasury Under Secretary John Taylor": Taylor): the words before the
    name are the speaker's title, whatever the parser hung on what."""
    doc, last, k = tok.doc, tok, tok.i + 1
    while k < len(doc):
        t = doc[k]  # "for" and "of" end it: "wrote Jane Porter for Harbour Weekly"
        if not (t.text[:1].isupper() and t.is_alpha) or "\n" in doc[k - 1].whitespace_:
            break
        if t.pos_ == "PROPN":
            last = t
        k += 1
    return last


def _noun_complement(tok: Token) -> bool:
    """A "that" clause completing a noun ("the allegation that ...", "claims that ...") whose noun
    hangs from a verb."""
    return (
        tok.dep_ == "acl"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        and tok.head.pos_ == "NOUN"
        and tok.head.head.pos_ in ("VERB", "AUX")
    )


def np_span(tok: Token) -> Range:
    """Character span (in the sentence doc) of the noun phrase headed by tok, left part only."""
    left = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "case") or c.pos_ in ("PROPN",):
            left = min(left, c.left_edge.i)
    for k in range(tok.i - 1, left - 1, -1):  # not across a paragraph break
        if "\n" in tok.doc[k].text:
            left = k + 1
            break
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "case") or (c.dep_ == "prep" and c.lower_ in ("of", "for")):
            right = max(right, c.right_edge.i)
    doc = tok.doc
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def first_word(doc: Doc, base: int, q: QuoteSpan) -> Token | None:
    """The quotation's first word in the parse of its sentence (which starts at base)."""
    return next((t for t in doc if q.start <= base + t.idx < q.end and not t.is_punct), None)


def human_noun(tok: Token) -> bool:
    """The noun names a person or a group of people (singular or plural)."""
    words = {tok.lemma_.lower(), tok.lower_}
    words |= {w[:-1] for w in list(words) if w.endswith("s")}
    return bool(words & HUMAN_NOUNS) or tok.pos_ == "PROPN" or tok.lower_ in PRONOUN_LABELS


def name_before(names: ArticleNames, doc: Doc, base: int, vpos: int) -> Entity | None:
    """The nearest name before a verb in its sentence that heads a noun phrase (a subject first)."""
    best = fallback = at_verb = None
    par = names.text.rfind("\n", 0, vpos) + 1  # in the verb's paragraph
    for ent, inq in zip(names.ents, names.inq):
        if ent.start < max(base, par) or ent.start >= vpos or inq or ent.label not in (PERSON_NAME_LABELS | {"ORG"}):
            continue
        toks = [t for t in doc if base + t.idx >= ent.start and base + t.idx < ent.end]
        if not toks:
            continue
        root = toks[-1]
        if root.dep_ in ("compound", "poss", "amod", "nmod"):
            continue
        if in_clause_of_its_own(root, vpos - base):
            if ent.label == "PERSON" and root.dep_ == "appos" and closes_at_verb(root, vpos - base):
                at_verb = ent  # "In a statement to the Times, her adviser, Jane Doe, said" (helper spk19w)
            continue
        if root.dep_ in SUBJECT_DEPS:
            best = ent
        fallback = ent
    return best or at_verb or fallback


def closes_at_verb(tok: Token, vidx: int) -> bool:
    """The phrase tok heads ends right before the verb at vidx, commas aside: a person named in
    apposition there is the speaker the parser left without a subject ("In a statement to the
    Times, her adviser, Jane Doe, said": Jane Doe, not the Times)."""
    verb = next((t for t in tok.doc if t.idx == vidx), None)
    end = tok.right_edge.i
    return verb is not None and tok.i <= end < verb.i and all(t.is_punct for t in tok.doc[end + 1 : verb.i])


def in_clause_of_its_own(tok: Token, vidx: int) -> bool:
    """The token is inside a relative or participle clause, or an appositive, that the verb at vidx
    is not in ("The actor, whose films include The Phantom Menace, said": not the Phantom Menace;
    "Jane Porter, the chief executive of the National Farmers Union, told": not the Union)."""
    verb = next((t for t in tok.doc if t.idx == vidx), None)
    above = set(verb.ancestors) | {verb} if verb is not None else set()
    return any(a.dep_ in ("relcl", "acl", "appos") and a not in above for a in tok.ancestors)


def main_subject(
    names: ArticleNames, doc: Doc, base: int, labels: Collection[str], proper: bool = False
) -> Entity | None:
    """The name that is the subject of a parsed sentence's main verb ("Former singer Paul Jones,
    who sang ..., said Charles was ...": Paul Jones); not a name written as a description ("the
    25-year-old Dubliner"). proper: a proper noun the recogniser missed counts too, as a
    person's name (the caller checks that it is one)."""
    par = doc.text.rstrip().rfind("\n") + 1  # its last paragraph (the splitter may run two together)
    for root in (t for t in doc if t.dep_ == "ROOT" and t.idx >= par):
        for c in root.children:
            if c.dep_ not in SUBJECT_DEPS or c.idx < par:
                continue
            if c.pos_ != "PROPN":  # "Ninth seed Nalbandian": the name in apposition
                c = next((a for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN"), c)
            ent = names.at(base + c.idx, base + c.idx + len(c), labels)
            if ent is not None and not (ent.start < base + c.idx and "\n" in names.text[ent.start : base + c.idx]):
                return None if a_description(names, ent, described(names.text, ent)) else ent
            if ent is None and proper and c.pos_ == "PROPN" and not any(d.dep_ == "det" for d in c.children):
                left = min(
                    [c] + [d for d in c.lefts if d.dep_ in NAME_PART_DEPS and d.pos_ == "PROPN"],
                    key=lambda t: t.i,
                )
                a, b = base + left.idx, base + c.idx + len(c)
                return Entity(a, b, names.text[a:b], "PERSON")
    # a paragraph the parser ran into the one before: the proper name it opens with
    toks = [t for t in doc if t.idx >= par and not t.is_space]
    lead = []
    for t in toks:
        if t.pos_ != "PROPN":
            break
        lead.append(t)
    if lead and len(toks) > len(lead) and toks[len(lead)].text in (",", "said", "says"):
        a, b = base + lead[0].idx, base + lead[-1].idx + len(lead[-1])
        ent = names.at(a, b, labels)
        if ent is not None:
            return ent
        if proper:
            return Entity(a, b, names.text[a:b], "PERSON")
    return None


_AFTER_POSSESSIVE = r"\b(?:" + "|".join(w for d in POSSESSIVE_DETERMINERS for w in (d, d.capitalize())) + r")\s+$"


def described(text: str, ent: Entity) -> bool:
    """A one-word name after an article, a description ("the 25-year-old Dubliner"), or right
    after a possessive, a word about a thing ("Kapranos and his Glasgow four-piece band")."""
    before = text[max(0, ent.start - 30) : ent.start]
    return len(ent.text.split()) == 1 and bool(
        re.search(r"\b(?:[Tt]he|an?)\s+(?:[\w-]+\s+)?$", before) or re.search(_AFTER_POSSESSIVE, before)
    )


def in_reported_clause(ent: Entity, pron: Token, base: int) -> bool:
    """The name is inside the words the pronoun's verb reports ("Mr Blair has the passion ..., he
    said"): a pronoun never stands for a name in its own verb's complement (the binding rule that
    keeps "he said Smith won" from meaning Smith said it)."""
    verb = pron.head
    if pron.dep_ not in SUBJECT_DEPS or verb is pron:
        return False
    for c in verb.children:
        if c.dep_ in CLAUSE_DEPS and c.i != pron.i:
            if any(ent.start <= base + t.idx < ent.end for t in c.subtree):
                return True
    return False


def subject_before(names: ArticleNames, pron: Token, base: int, labels: Collection[str]) -> Entity | None:
    """The latest name before a pronoun in its sentence that is the subject of its clause
    ("Greene went on to accuse Avery’s campaign of ... what he called": he is Greene)."""
    best = None
    doc = pron.doc
    for ent, inq in zip(names.ents, names.inq):
        if inq or ent.label not in labels or ent.start < base or ent.start >= base + pron.idx:
            continue
        if "\n" in names.text[ent.end : base + pron.idx] or in_reported_clause(ent, pron, base):
            continue
        toks = [t for t in doc if ent.start <= base + t.idx < ent.end]
        if toks and toks[-1].dep_ in SUBJECT_DEPS:
            best = ent
    return best


def closes_before_verb(text: str, q: QuoteSpan, vpos: int) -> bool:
    """The quote ends with a comma, "?" or "!" and its closing mark stands right before the speech
    verb at vpos ("“...,” admitted Kiely"): the verb's clause then names the speaker after it."""
    return bool(re.fullmatch(r"[”\"’']?[ \t]*", text[q.end : vpos])) and text[q.start : q.end].rstrip()[-1:] in (
        ",",
        "?",
        "!",
    )
