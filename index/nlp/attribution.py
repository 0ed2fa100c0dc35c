"""Attribution: who said each quotation, what words say so, and whether it is a full quote.

Works on the article's entities and sentences (pass 1) and on dependency parses of the few
sentences that need one (pass 2, chosen by `sentences_to_parse`).

For each quotation:
1. the attribution region: the sentences it touches, plus the next sentence when the quote ends
   its sentence and the attribution may follow ("...,” / senior aide X said"), plus the previous
   sentence when that one ends with a colon ("X said: / “...”");
2. the speech verb (or "according to") outside any quotation in that region: the lowest one that
   governs the quotation, else the nearest;
3. its subject (climbing from participles and relative clauses: "telling journalists, “...”");
4. the subject resolved to a name: an entity, an appositive name, a pronoun's antecedent (the
   latest person named before it), a description ("the Kremlin aide") matched to the person the
   article gave that title; a speaker named anywhere in the article is given at its fullest form.
Quotes with no attribution of their own inherit it from the quote they continue (the next
paragraph of the same quotation, or the next sentence of a speaker's run), or from the same
words attributed elsewhere in the article (a headline repeating a quote). Otherwise None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .quotes import QuoteSpan, find_quotes
from ..records import Range

SPEECH_LEMMAS = frozenset("""
say tell add state note warn argue ask reply explain insist write post declare announce claim
continue tweet report acknowledge admit recall suggest complain predict describe respond agree
deny urge stress emphasize emphasise concede comment remark conclude observe testify assert contend
maintain vow promise pledge boast joke quip muse charge accuse criticize criticise praise blast slam
caution lament answer counter retort interject shout yell chant sing whisper mutter inform confirm
reiterate repeat recount remind call label dub brand term write wonder exclaim proclaim question
tout thunder scoff sneer snap quote cite read predict caution advise concur reveal disclose
condemn denounce decry liken compare laud hail applaud dismiss deride mock ridicule scold chastise
rebuke lambaste attack rip blame demand threaten characterize characterise rate refer welcome
""".split())
# A cheap text test for the sentences worth parsing when no quote is near.
SPEECH_VERBS = re.compile(
    r"\b(said|says|say|told|tells|added|adds|stated|states|noted|notes|warned|warns|argued|"
    r"according to|asked|replied|explained|insisted|wrote|posted|declared|announced|claimed)\b",
    re.IGNORECASE,
)
PRONOUNS = {"he": "PERSON", "she": "PERSON", "i": "PERSON", "we": "ANY", "they": "ANY", "it": "ORG"}
RELATIVE = {"who", "which", "that", "whom"}
# Words of a name that are titles, not part of it.
TITLES = frozenset("""
mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary senator sen
gov governor rep representative congressman congresswoman mayor judge justice chancellor king
queen prince princess general gen col colonel capt captain lt sgt adm admiral pope rev reverend
father sheikh spokesman spokeswoman spokesperson aide adviser advisor envoy chief leader
ambassador premier chairman chairwoman chair director ceo candidate nominee former acting deputy
senior special foreign defence defense interior finance state u.s. us
""".split())
PERSON_NAME_LABELS = {"PERSON"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
# Nouns for people in a role: a description headed by one may stand for a person named earlier.
PERSON_ROLES = frozenset("""
aide adviser advisor spokesman spokeswoman spokesperson leader president minister official envoy
chief secretary senator governor candidate nominee director chairman chairwoman ambassador diplomat
negotiator source lawmaker congressman congresswoman representative analyst expert economist
professor attorney lawyer judge officer commander general manager executive strategist head
founder author critic supporter activist member owner ceo premier chancellor mayor king queen
prince host anchor correspondent editor columnist counterpart man woman politician tycoon
businessman businesswoman billionaire mogul veteran star actor actress singer player coach
""".split())
# Words before a role noun that do not make a description any more specific.
GENERIC_MODIFIERS = frozenset("""
senior top former chief deputy acting longtime veteran same new current then
""".split())
INSTITUTION = frozenset("""
presidency administration government ministry office campaign committee department agency party
company council commission house palace embassy court army military police service team
spokesman spokeswoman spokesperson
""".split())


# Nouns for people and groups of people (beyond the roles above): a description headed by one of
# these speaks for someone; one headed by anything else ("the letter", "the report") is a thing.
PEOPLE_NOUNS = frozenset("""
people person voter resident citizen protester demonstrator worker employee staffer student parent
teacher doctor nurse scientist researcher scholar historian pollster reporter journalist writer
commentator observer insider advocate opponent ally rival friend colleague partner relative wife
husband mother father son daughter sister brother family neighbor neighbour witness victim
republican democrat conservative liberal progressive lawyer prosecutor investigator police
group organization organisation union association coalition network newspaper paper outlet firm
bank board panel senate congress parliament court staff crowd audience fan supporter
""".split())


def _human_noun(tok) -> bool:
    """The noun names a person or a group of people (singular or plural)."""
    words = {tok.lemma_.lower(), tok.lower_}
    words |= {w[:-1] for w in list(words) if w.endswith("s")}
    return bool(words & (PERSON_ROLES | INSTITUTION | PEOPLE_NOUNS)) or tok.pos_ == "PROPN" or tok.lower_ in PRONOUNS


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


# ----------------------------------------------------------------------------- sentence choice

def _sent_index(sents: list[Range], pos: int) -> int:
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


def _outside(text: str, s: int, e: int, quotes: list[QuoteSpan]) -> str:
    """The text of [s, e) with every quotation (and its marks) blanked."""
    chars = list(text[s:e])
    for q in quotes:
        a, b = max(s, q.start - 1), min(e, q.end + 1)
        for k in range(a, b):
            chars[k - s] = " "
    return "".join(chars)


def _region(text: str, sents: list[Range], q: QuoteSpan,
            quotes: list[QuoteSpan] = ()) -> tuple[list[int], int | None, int | None]:
    """(sentences the quote touches, previous sentence to look at, next sentence to look at).

    The previous sentence is looked at when it ends with a colon or comma, and when the quote's
    own sentences have no words of the reporter's in its paragraph and that sentence is in the
    same paragraph ("..., Lopez said. “Quote.”": the speaker of the sentence before).
    """
    if not sents:
        return [], None, None
    i = _sent_index(sents, q.start)
    j = _sent_index(sents, max(q.start, q.end - 1))
    own = list(range(i, j + 1))
    prev = nxt = None
    before = text[sents[i][0]:q.start - 1].rsplit("\n", 1)[-1]
    if i > 0 and not before.strip(" \t\n\"“‘'(—–-"):
        ptxt = text[sents[i - 1][0]:sents[i - 1][1]].rstrip()
        if ptxt.endswith((":", ",")) or not ptxt:
            prev = i - 1
        elif q.continued is False and ptxt.endswith((":",)):
            prev = i - 1
        elif quotes and "\n" not in text[sents[i - 1][1]:q.start].rstrip() and not any(
                re.search(r"[A-Za-z]{2}", _own_words(text, sents[k], q, quotes)) for k in own):
            prev = i - 1
    after = text[min(len(text), q.end + 1):sents[j][1]].split("\n", 1)[0]
    if j + 1 < len(sents) and not re.search(r"\w", after):
        ntxt = text[sents[j + 1][0]:sents[j + 1][1]].lstrip(" \"”’'")
        tail = text[max(q.start, q.end - 2):q.end + 2]
        same_par = "\n" not in text[q.end:sents[j + 1][0]]
        if same_par and (ntxt[:1].islower() or "," in tail or "?" in tail or "!" in tail):
            nxt = j + 1
    return own, prev, nxt


def sentences_to_parse(text: str, sents: list[Range], quotes: list[QuoteSpan]) -> list[int]:
    """Indices of the sentences whose dependency parse attribution needs.

    Only sentences in a quotation's attribution region that have words outside the quotations:
    a sentence wholly inside a quotation has nothing to attribute with.
    """
    wanted: set[int] = set()
    for q in quotes:
        own, prev, nxt = _region(text, sents, q, quotes)
        for k in own + [x for x in (prev, nxt) if x is not None]:
            wanted.add(k)
    keep = []
    for k in sorted(wanted):
        s, e = sents[k]
        if re.search(r"[A-Za-z]{2}", _outside(text, s, e, quotes)):
            keep.append(k)
    return keep


# ----------------------------------------------------------------------------- names

_POSS = re.compile(r"(?:['’]s|['’])$")


def _clean_name(name: str) -> str:
    """A name without leading titles, descriptions in lower case, or a possessive."""
    name = re.sub(r"\s+", " ", name).strip(" ,.;:\"“”‘’'()")
    name = _POSS.sub("", name)
    words = name.split(" ")
    while len(words) > 1 and (words[0].lower().rstrip(".") in TITLES or words[0][:1].islower()
                              or _POSS.search(words[0])):
        words.pop(0)
    return " ".join(words).strip()


def _fold(s: str) -> str:
    return s.lower().replace("’", "'")


class _Names:
    """The article's entities, for turning a mention into the fullest form of its name."""

    def __init__(self, text: str, ents: list[Entity], quotes: list[QuoteSpan]):
        self.text = text
        self.ents = sorted(ents, key=lambda e: e.start)
        self.inq = [any(q.start <= e.start < q.end for q in quotes) for e in self.ents]

    def at(self, s: int, e: int, labels=NAME_LABELS) -> Entity | None:
        """The entity overlapping [s, e)."""
        for ent in self.ents:
            if ent.start < e and ent.end > s and ent.label in labels:
                return ent
        return None

    def fullest(self, ent: Entity) -> str:
        name = _clean_name(ent.text)
        if not name:
            return ent.text.strip()
        words = name.split()
        last = _fold(words[-1])
        best, best_d = name, None
        for other, inq in zip(self.ents, self.inq):
            if other.label != ent.label and not (ent.label in PERSON_NAME_LABELS or other.label in PERSON_NAME_LABELS):
                continue
            cand = _clean_name(other.text)
            cw = cand.split()
            if len(cw) <= len(words) or _fold(cw[-1]) != last:
                continue
            if [_fold(w) for w in cw[-len(words):]] != [_fold(w) for w in words]:
                continue
            d = abs(other.start - ent.start) + (0 if other.start <= ent.start else 10 ** 6) + (10 ** 7 if inq else 0)
            if best_d is None or d < best_d:
                best, best_d = cand, d
        return best

    def latest_before(self, pos: int, labels, floor: int = 0) -> Entity | None:
        best = None
        for ent, inq in zip(self.ents, self.inq):
            if ent.start >= pos:
                break
            if ent.start >= floor and not inq and ent.label in labels and _clean_name(ent.text):
                best = ent
        return best


# ----------------------------------------------------------------------------- parse helpers

def _according(tok) -> bool:
    """"according to" (the lemmatiser gives "according" or "accord")."""
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def _is_speech(tok) -> bool:
    if _according(tok):
        return True
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lem = tok.lemma_.lower()
    if lem == "continue" and any(c.dep_ in ("xcomp", "dobj") for c in tok.children):
        return False  # "will continue to ...", "continued the talks": not speech
    if lem in SPEECH_LEMMAS:
        return True
    if lem == "put" and any(c.lower_ == "it" for c in tok.children):
        return True
    if lem in ("point", "go") and any(c.lower_ in ("out", "on") for c in tok.children):
        return True
    return False


def _subject(tok, inside=()):
    """(subject of a speech verb: own, or that of the clause it hangs from; True if borrowed)."""
    first = tok
    found = _subject_walk(tok, inside)
    if found is None:
        return None, False
    return found, not (found.head == first or (first.dep_ == "relcl" and found == first.head)) and not _according(first)


def _subject_walk(tok, inside=()):
    if _according(tok):
        for c in tok.children:
            if c.lower_ == "to":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        return None
    seen = 0
    while tok is not None and seen < 6:
        seen += 1
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not any(a <= c.idx < b for a, b in inside):
                if c.lower_ in RELATIVE and tok.dep_ == "relcl":
                    return tok.head
                return c
        # "said senior aide X" parsed with the name as an object or attribute after the verb
        if tok.lemma_.lower() in ("say", "add", "write", "tweet", "continue"):
            for c in tok.children:
                if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > tok.i and (c.pos_ == "PROPN" or c.ent_type_):
                    return c
        for c in tok.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if tok.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp", "ccomp", "relcl", "prep", "pobj", "dep") and tok.head is not tok:
            if tok.dep_ == "acl" or tok.dep_ == "relcl":
                return tok.head
            tok = tok.head
            continue
        return None
    return None


def _np_span(tok):
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


# ----------------------------------------------------------------------------- attribution

@dataclass
class _Found:
    cue: str
    speaker: str | None
    start: int | None
    end: int | None
    label: str | None
    how: str  # "name", "pronoun", "description", "none"


def _kind(text: str, sents: list[Range], q: QuoteSpan) -> str:
    i = _sent_index(sents, q.start) if sents else 0
    s = sents[i][0] if sents else 0
    s = max(s, text.rfind("\n", 0, max(0, q.start - 1)) + 1)  # within the quote's paragraph
    before = text[s:q.start - 1].strip()
    body = text[q.start:q.end].strip()
    if not body:
        return "partial"
    first = body.lstrip("([…. ")[:1]
    capital = first.isupper() or first.isdigit()
    if not before or before.endswith((":",)) or q.continued:
        return "full" if capital or q.continued else "partial"
    if before.endswith(",") and capital:
        return "full"
    return "partial"


def attribute(text: str, sents: list[Range], ents: list[Entity], parsed: dict, quotes: list[QuoteSpan]) -> list[Attribution]:
    """Who said each quotation (None when the article does not say)."""
    names = _Names(text, ents, quotes)
    # Every span in marks, titles included: words inside marks are never the attribution's.
    marked = sorted({(qq.start, qq.end) for qq in quotes} | {(qq.start, qq.end) for qq in find_quotes(text, True)})
    found: list[_Found | None] = []
    for q in quotes:
        found.append(_attribute_one(text, sents, names, parsed, quotes, q, marked))
    _inherit(text, sents, quotes, found)
    _resolve_descriptions(text, names, quotes, found)
    out = []
    for q, f in zip(quotes, found):
        a = Attribution(q, _kind(text, sents, q))
        if f is not None:
            a.cue = f.cue
            if f.how != "none" and f.speaker:
                a.speaker, a.speaker_start, a.speaker_end, a.speaker_label = f.speaker, f.start, f.end, f.label
        out.append(a)
    return out


def _attribute_one(text, sents, names: _Names, parsed, quotes, q: QuoteSpan, marked=()) -> _Found | None:
    if not sents:
        return None
    own, prev, nxt = _region(text, sents, q, quotes)
    # A transcript label at the head of the quote: "PENCE: Well, ..."
    m = re.match(r"\s*([A-Z][A-Z.'\- ]{1,30}[A-Z]):\s", text[q.start:q.end])
    if m:
        return _Found(m.group(1) + ":", m.group(1).title(), q.start + m.start(1), q.start + m.end(1), "PERSON", "name")
    # A signature after the quote: "“...” ― Jane Doe"
    m = re.match(r"[”\"’']?\s*[―—–]+\s*([^\n]{2,80})", text[q.end:q.end + 90])
    if m:
        sig_s = q.end + m.start(1)
        for ent in names.ents:
            if sig_s <= ent.start < q.end + m.end(1) and ent.label in PERSON_NAME_LABELS | {"ORG"}:
                return _Found(text[q.end + m.start(0):ent.end].strip(" ”\"’'"), names.fullest(ent), ent.start, ent.end, ent.label, "name")
        sig = m.group(1).strip()
        if re.fullmatch(r"(?:[A-Z][\w.’'-]*\s?){1,4}", sig):
            return _Found(text[q.end + m.start(0):q.end + m.end(1)].strip(" ”\"’'"), sig, sig_s, sig_s + len(sig), "PERSON", "name")
    # A headline that opens with a name and a colon: "Name: Talks ‘Going Nowhere’"
    ls = text.rfind("\n", 0, q.start) + 1
    le = text.find("\n", q.end)
    line = text[ls:len(text) if le < 0 else le]
    m = re.match(r"\s*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*):\s", line)
    if m and ls + m.end() < q.start and len(line.split()) <= 20:
        a, b = ls + m.start(1), ls + m.end(1)
        ent = names.at(a, b, PERSON_NAME_LABELS | {"ORG"})
        if ent is not None and ent.start <= a + 1 and ent.end >= b - 1:
            return _Found(text[a:b] + ":", names.fullest(ent), ent.start, ent.end, ent.label, "name")
        if ent is None:  # a name the recogniser missed here but labelled elsewhere in the article
            last = _fold(text[a:b].split()[-1])
            for other, inq in zip(names.ents, names.inq):
                on = _clean_name(other.text)
                if other.label in PERSON_NAME_LABELS | {"ORG"} and on and _fold(on.split()[-1]) == last:
                    pseudo = Entity(a, b, text[a:b], other.label)
                    return _Found(text[a:b] + ":", names.fullest(pseudo), a, b, other.label, "name")
    candidates = []  # (priority, distance, token, sentence start)
    order = [(k, 0) for k in own] + ([(nxt, 1)] if nxt is not None else []) + ([(prev, 2)] if prev is not None else [])
    for k, where in order:
        doc = parsed.get(k)
        if doc is None:
            continue
        base = sents[k][0]
        inside = [(a - 1 - base, b + 1 - base) for a, b in marked or [(qq.start, qq.end) for qq in quotes]]
        qa, qb = q.start - base, q.end - base
        for tok in doc:
            if not _is_speech(tok):
                continue
            if any(a <= tok.idx < b for a, b in inside):
                continue
            if tok.lemma_.lower() in ("maintain", "continue", "repeat") and any(
                    c.dep_ == "dobj" and not any(a <= c.idx < b for a, b in inside) for c in tok.children):
                continue  # "maintains its claims", "repeated the mistake": not speech
            # Does the verb govern the quotation? (some token of the quote has it as an ancestor)
            governs = False
            for t in doc:
                if qa <= t.idx < qb:
                    if tok in t.ancestors:
                        governs = True
                    break
            if where == 0:
                dist = min(abs(tok.idx - qb), abs(tok.idx - qa))
            else:
                dist = 1000 + where
            according = _according(tok)
            prio = (0 if governs else 1) if where == 0 else 2
            if according:
                prio += 0.5
            lo, hi = sorted((base + tok.idx, q.start))
            if "\n" in text[lo:hi] or "\n" in text[min(q.end, base + tok.idx):max(q.end, base + tok.idx)]:
                # The verb is in another paragraph (the sentence splitter ran two together): it
                # attributes this quote only when its paragraph introduces it ("X said:").
                vpos = base + tok.idx
                if vpos > q.start or not text[vpos:q.start - 1].rstrip(" \t\n\"“‘'(—–-").endswith(":"):
                    continue
                prio += 3
            candidates.append((prio, dist, tok, base))
    candidates.sort(key=lambda c: (c[0], c[1]))
    fallback = None  # (prio, found): a thing said to speak ("the letter suggested")
    for prio, dist, tok, base in candidates:
        if fallback is not None and (tok.doc is not fallback[2].doc or tok not in fallback[2].ancestors):
            continue  # only a verb above the thing's verb ("X said the letter suggested")
        inside = [(a - 1 - base, b + 1 - base) for a, b in marked or [(qq.start, qq.end) for qq in quotes]]
        subj, borrowed = _subject(tok, inside)
        cross = subj is not None and "\n" in tok.doc.text[min(subj.idx, tok.idx):max(subj.idx, tok.idx)]
        if cross:
            subj, borrowed = None, True  # a subject in another paragraph (a dateline, a time)
        res = None
        if (subj is None or borrowed) and (cross or tok.tag_ not in ("VBG", "VBN")) and not _according(tok):
            # a finite verb the parser left without a subject: the name just before it
            vpos = base + tok.idx
            ent = _name_before(names, tok.doc, base, vpos)
            if ent is not None and not re.search(r"[.;!?]", text[ent.end:vpos]):
                res = _Found("", names.fullest(ent), ent.start, ent.end, ent.label, "name")
                subj = None
        if res is None and subj is not None:
            res = _resolve_subject(text, names, subj, base, q, quotes)
            if res is not None and res.how == "description" and not _according(tok):
                # the parser took a noun further left for the subject of "... ― Trump boasted"
                vpos = base + tok.idx
                ent = _name_before(names, tok.doc, base, vpos)
                if ent is not None and ent.start >= (res.end or 0) and re.fullmatch(r"\s*(?:\w+ly\s+)?", text[ent.end:vpos]):
                    res = _Found("", names.fullest(ent), ent.start, ent.end, ent.label, "name")
                    subj = None
        if res is None:
            continue
        if subj is None:
            res.cue = text[res.start:base + tok.idx + len(tok)] if base + tok.idx - res.start < 60 else tok.text
            return res
        if res is None:
            continue
        # The cue: from the subject to the verb (or the verb to the subject), short.
        a = min(subj.left_edge.idx if subj.i < tok.i else tok.idx, subj.idx, tok.idx)
        b = max(tok.idx + len(tok), subj.idx + len(subj))
        if _according(tok):
            b = subj.idx + len(subj)
            a = tok.idx
        doc = tok.doc
        for c in tok.children:  # particles and the addressee: "told reporters", "pointed out"
            if c.dep_ in ("prt",) and c.i > tok.i:
                b = max(b, c.idx + len(c))
        cue = doc.text[a:b]
        if "\n" in cue:  # keep the verb's paragraph
            vs = tok.idx - a
            cue = cue[cue.rfind("\n", 0, vs) + 1:]
            cue = cue.split("\n", 1)[0]
        if len(cue) > 120:
            cue = doc.text[tok.idx:tok.idx + len(tok)]
        res.cue = cue.strip()
        if res.how == "description" and not _human_noun(subj):
            # "X said the letter suggested “...”": a person's speech verb that also governs the
            # quote wins over a document's or a thing's
            if fallback is None:
                fallback = (prio, res, tok)
            continue
        return res
    if fallback is not None:
        return fallback[1]
    # "Name: ‘quote’" (a headline) — an entity followed by a colon just before the quote
    i = own[0]
    pre = text[sents[i][0]:q.start - 1]
    m = re.search(r"([^\n:]{2,60}):\s*$", pre)
    if m:
        ent = names.latest_before(sents[i][0] + m.end(1), PERSON_NAME_LABELS, floor=sents[i][0] + m.start(1))
        if ent is not None and ent.end >= sents[i][0] + m.end(1) - 1:
            return _Found(":", names.fullest(ent), ent.start, ent.end, ent.label, "name")
    return None


def _name_before(names: _Names, doc, base: int, vpos: int) -> Entity | None:
    """The nearest name before a verb in its sentence that heads a noun phrase (a subject first)."""
    best = fallback = None
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
        if root.dep_ in ("nsubj", "nsubjpass"):
            best = ent
        fallback = ent
    return best or fallback


def _subject_before(names: _Names, pron, base: int, labels) -> Entity | None:
    """The latest name before a pronoun in its sentence that is the subject of its clause
    ("Trump went on to accuse Clinton’s campaign of ... what he called": he is Trump)."""
    best = None
    doc = pron.doc
    for ent, inq in zip(names.ents, names.inq):
        if inq or ent.label not in labels or ent.start < base or ent.start >= base + pron.idx:
            continue
        if "\n" in names.text[ent.end:base + pron.idx]:
            continue
        toks = [t for t in doc if ent.start <= base + t.idx < ent.end]
        if toks and toks[-1].dep_ in ("nsubj", "nsubjpass"):
            best = ent
    return best


def _resolve_subject(text, names: _Names, subj, base: int, q: QuoteSpan, quotes) -> _Found | None:
    low = subj.lower_
    s0 = base + subj.idx
    if low in PRONOUNS:
        want = PRONOUNS[low]
        labels = PERSON_NAME_LABELS if want in ("PERSON", "ANY") else {"ORG", "GPE", "NORP"}
        if low == "i" or low == "we":
            return _Found("", None, None, None, None, "none") if False else None
        ent = _subject_before(names, subj, base, labels) or names.latest_before(s0, labels, floor=max(0, s0 - 1500))
        if ent is None and want == "PERSON":  # a person the recogniser labelled otherwise
            ent = names.latest_before(s0, {"FAC", "ORG", "NORP", "LOC"}, floor=max(0, s0 - 600))
            if ent is not None and (len(_clean_name(ent.text).split()) < 2
                                    or re.search(r"\b[Tt]he\s+$", text[max(0, ent.start - 4):ent.start])):
                ent = None
        if ent is None and want == "ANY":
            ent = names.latest_before(s0, {"ORG", "NORP", "GPE"}, floor=max(0, s0 - 1500))
        if ent is None:
            return None
        return _Found("", names.fullest(ent), ent.start, ent.end, ent.label, "pronoun")
    if low in RELATIVE:
        return None
    # the subject's own entity
    ent = names.at(base + subj.idx, base + subj.idx + len(subj))
    if ent is not None and not (q.start <= ent.start < q.end):
        return _Found("", names.fullest(ent), ent.start, ent.end, ent.label, "name")
    # an appositive name: "Putin's adviser, Yuri Ushakov, said"
    for c in subj.children:
        if c.dep_ == "appos":
            for t in c.subtree:
                e2 = names.at(base + t.idx, base + t.idx + len(t), PERSON_NAME_LABELS | {"ORG"})
                if e2 is not None:
                    return _Found("", names.fullest(e2), e2.start, e2.end, e2.label, "name")
    # a proper name the entity recogniser missed: "“...,” Lopez said"
    if subj.pos_ == "PROPN" and subj.dep_ not in ("compound",):
        left = subj
        while left.i > 0 and left.nbor(-1).pos_ == "PROPN" and left.nbor(-1).dep_ in ("compound", "flat"):
            left = left.nbor(-1)
        a, b = base + left.idx, base + subj.idx + len(subj)
        surface = text[a:b]
        if _clean_name(surface):
            the = bool(re.search(r"\b[Tt]he\s+$", text[max(0, a - 4):a]))
            last = _fold(_clean_name(surface).split()[-1])
            label = "ORG" if the else "PERSON"
            for ent in names.ents:
                if _clean_name(ent.text) and _fold(_clean_name(ent.text).split()[-1]) == last:
                    label = ent.label
                    break
            pseudo = Entity(a, b, surface, label)
            return _Found("", names.fullest(pseudo), a, b, label, "name")
    # a description: "the Kremlin aide", "the French presidency"
    a, b = _np_span(subj)
    desc = subj.doc.text[a:b].strip()
    if not re.search(r"[A-Za-z]", desc):
        return None
    return _Found("", desc, base + a, base + b, "DESC", "description")


def _norm_words(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def _own_words(text: str, sent: Range, q: QuoteSpan, quotes) -> str:
    """The words outside quotations in q's sentence, within q's paragraph."""
    s, e = sent
    ps = text.rfind("\n", 0, q.start) + 1
    pe = text.find("\n", q.end)
    pe = len(text) if pe < 0 else pe
    return _outside(text, max(s, ps), min(e, pe), quotes)


def _in_headline(text: str, q: QuoteSpan) -> bool:
    """The quote is in a headline: a short line without a final full stop."""
    ps = text.rfind("\n", 0, q.start) + 1
    pe = text.find("\n", q.end)
    line = text[ps:len(text) if pe < 0 else pe].strip()
    return len(line.split()) <= 16 and not line.endswith((".", "”", '"', "?", "!", ":"))


def _only_quotes(text: str, q: QuoteSpan, quotes) -> bool:
    """q's paragraph has no words outside quotation marks."""
    ps = text.rfind("\n", 0, q.start) + 1
    pe = text.find("\n", q.end)
    pe = len(text) if pe < 0 else pe
    return not re.search(r"[A-Za-z]", _outside(text, ps, pe, quotes))


def _inherit(text, sents, quotes, found) -> None:
    """Quotes with no attribution of their own take it from the quote they continue."""
    for n, q in enumerate(quotes):
        if found[n] is not None:
            continue
        src = None
        if n > 0:
            p = quotes[n - 1]
            between = text[p.end:q.start]
            pi = _sent_index(sents, max(p.start, p.end - 1)) if sents else 0  # where it ends
            qi = _sent_index(sents, q.start) if sents else 0
            if q.continued:
                src = n - 1
            # "“A,” X said. “B.”": the next sentence of the same speaker's run, in the same paragraph
            elif "\n" not in between and qi - pi <= 1 and not re.search(r"[A-Za-z]", _own_words(text, sents[qi], q, quotes)):
                src = n - 1
            # a paragraph that is only a quotation, right after a paragraph with a quote: the
            # same speaker goes on ("“A,” X said. / “B.”")
            elif re.fullmatch(r"[^\n]*\n\s*", between[:-1]) and _only_quotes(text, q, quotes):
                src = n - 1
        if src is not None and found[src] is not None:
            f = found[src]
            found[n] = _Found(f.cue, f.speaker, f.start, f.end, f.label, f.how)
    # A multi-paragraph quotation attributed only at its end: the earlier parts take it too.
    for n in range(len(quotes) - 1, 0, -1):
        if quotes[n].continued and found[n] is not None and found[n - 1] is None:
            f = found[n]
            found[n - 1] = _Found(f.cue, f.speaker, f.start, f.end, f.label, f.how)
    # The same words attributed elsewhere in the article (a headline repeating a quote).
    by_words = {}
    for n, q in enumerate(quotes):
        f = found[n]
        if f is not None and f.how in ("name", "pronoun") and not _in_headline(text, q):
            by_words.setdefault(_norm_words(text[q.start:q.end]), f)
    for n, q in enumerate(quotes):
        f = found[n]
        if f is None or f.how == "description" or _in_headline(text, q):
            g = by_words.get(_norm_words(text[q.start:q.end]))
            if g is not None and f is not None and g.start == f.start:
                continue
            if g is not None:
                found[n] = _Found(f.cue if f else g.cue, g.speaker, g.start, g.end, g.label, g.how)


def _institution_like(text: str, f: _Found) -> bool:
    """An organisation rather than a person: by label, or a name written with "the" ("The Elysée")."""
    if f.label in ("ORG", "GPE", "NORP", "FAC", "LOC"):
        return True
    return bool(re.search(r"\b[Tt]he\s+$", text[max(0, f.start - 4):f.start]))


def _resolve_descriptions(text, names: _Names, quotes, found) -> None:
    """A description ("the Kremlin aide") becomes the entity the article names with those words."""
    for n, f in enumerate(found):
        if f is None or f.how != "description":
            continue
        desc = f.speaker or ""
        words = [w for w in re.findall(r"[\w’']+", desc) if w.lower() not in ("the", "a", "an", "its", "his", "her", "their")]
        low = [_POSS.sub("", w).lower() for w in words]
        head = low[-1] if low else ""
        institution = head in INSTITUTION and head not in ("spokesman", "spokeswoman", "spokesperson")
        role = head in PERSON_ROLES or (head.endswith("s") and head[:-1] in PERSON_ROLES)
        if head.endswith("s") and not head.endswith("ss") and head[:-1] in PERSON_ROLES:
            role = False  # "officials said": several people, not one named earlier
        best = None
        if not (institution or role):
            pass
        elif not institution:
            # a person named with a title that shares the description's words: "Kremlin aide Yuri Ushakov"
            for ent, inq in zip(names.ents, names.inq):
                if ent.label not in PERSON_NAME_LABELS or inq or ent.start >= f.start:
                    continue
                pre = text[max(0, ent.start - 60):ent.start]
                pre = re.split(r"[.;\n]", pre)[-1]
                title = {_POSS.sub("", w).lower() for w in re.findall(r"[\w’']+", pre + " " + ent.text)}
                score = sum(1 for w in low if w in title)
                if head and head in title:
                    score += 1
                if score and (best is None or score >= best[0]):
                    best = (score, ent)
        # "a senior official", "one source": someone new, not a person named before
        indefinite = bool(re.match(r"(?:a|an|one|another|some|several|many|other|two|three)\b", desc, re.IGNORECASE))
        # "the New York businessman": words of its own that no title in the article matched
        specific = not institution and any(w not in GENERIC_MODIFIERS for w in low[:-1])
        same = None
        if best is None and (institution or role) and not indefinite and not specific:
            # the nearest earlier speaker of the same sort (a person, or an institution), or the
            # same description ("a senior official ... the official said")
            for m in list(range(n - 1, -1, -1)) + list(range(n + 1, len(found))):
                g = found[m]
                if (same is None and m < n and g is not None and g.how == "description" and g.speaker
                        and _POSS.sub("", g.speaker.split()[-1]).lower() == head):
                    same = g
                    break
                if g is None or g.how == "description" or g.start is None:
                    continue
                if _institution_like(text, g) != institution:
                    continue
                if abs(quotes[m].start - quotes[n].start) > 800:
                    continue
                if m > n and not institution:
                    continue
                best = (0, Entity(g.start, g.end, g.speaker, g.label))
                break
        if best is None and same is not None:
            found[n] = _Found(f.cue, same.speaker, same.start, same.end, None, "description")
        elif best is not None:
            ent = best[1]
            name = names.fullest(ent) if ent.text and ent in names.ents else ent.text
            found[n] = _Found(f.cue, _clean_name(name) or name, ent.start, ent.end, ent.label, "name")
        else:
            found[n] = _Found(f.cue, re.sub(r"^(?:the|a|an)\s+", "", desc, flags=re.IGNORECASE), f.start, f.end, None, "description")
