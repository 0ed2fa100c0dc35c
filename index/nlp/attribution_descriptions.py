"""Attribution's pass over descriptions: whom "the Kremlin aide", "the defender", "said the
American" or "the club" stand for (the last of attribution.PASSES).

A description becomes the person the article names with a title of those words, else the nearest
earlier speaker of the same sort, else an earlier speaker of the same description, else the person
(or organisation) in focus: the subject of the sentence before, or the one the article opens with.
A thing said to speak ("the FA statement") is the organisation named in it. What is left stays a
description, kept as words: never an actor's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..entities.names import drop_possessive, fold_case, plain, speaker_name
from ..lexicon import (
    ARTICLES,
    PLACE_OR_FACILITY_LABELS,
    SPEAKS_IN_DETERMINERS,
    SPEAKS_IN_VERBS,
    alternation,
    DOCUMENT_NOUNS,
    EXECUTIVE_HEADS,
    GENERIC_MODIFIERS,
    HUMAN_NOUNS,
    ANONYMOUS_HEADS,
    INDEFINITE_WORDS,
    FIRM_NOUNS,
    INSTITUTIONS,
    OFFICE_QUALIFIERS,
    OWN_WORDS_NOUNS,
    ORG_WORDS,
    PORTFOLIO_WORDS,
    POSITION_NOUNS,
    PERSON_ROLES,
    PERSON_TITLES_BEFORE,
    POSSESSIVE_DETERMINERS,
    PRESS_NOUNS,
    PUBLIC_BODY_HEADS,
    SEAT_HOLDER_TITLES,
    SEATS_OF_GOVERNMENT,
    TITLE_WORDS,
)
from .attribution_context import (
    PERSON_NAME_LABELS,
    Context,
    Entity,
    Found,
    main_subject,
    named,
    outside,
    sent_index,
    sentence_before,
)
from .attribution_appositive_roles import introduced_as_a_person
from .attribution_bodies import body_named_by_head
from .attribution_document_owner import document_owner
from .attribution_document_agents import maker_after
from .attribution_firms import org_subject_before
from .attribution_gender import gender_of_pronoun
from .attribution_lead_subject import named_opening_the_next
from .attribution_focus_pronoun import opens_its_sentence, person_behind_pronoun
from .attribution_focus_over_speaker import person_in_focus_instead
from .attribution_other_holders import another_holder_between
from .attribution_surnames import only_a_person, reads_as_a_name
from .attribution_someones_role import someone_elses
from .attribution_senders import sender_beside
from .attribution_recipients import author_named_in, without_recipient, written_for


def resolve_descriptions(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """A description ("the Kremlin aide") becomes the person the article names with a title of
    those words, else the nearest earlier speaker of the same sort (an institution, or a person),
    else an earlier speaker of the same description, else, for one person described ("the
    defender", "the American"), the person in focus (`person_in_focus`); otherwise it stays a
    description; "the club" or "the company" is the organisation the article opens with
    (`org_in_focus`). A thing said to speak ("a statement") is the organisation or person named in its
    words ("the FA statement"), else it stays a description. In order, so a description resolved here
    is a speaker for the later ones."""
    out = list(found)
    resolved: dict[str, tuple[int, Found]] = {}  # a definite description's words -> (where, whom)
    for n, f in enumerate(out):
        if f is None or f.how != "description" or not f.speaker:
            continue
        d = _Description.of(f.speaker or "", f.label == "NORP")
        key = " ".join(d.low)
        if not d.indefinite and key in resolved and f.start is not None:
            at, whom = resolved[key]
            # "the prime minister" again: the same person, a deputy prime minister between or not
            if not another_holder_between(ctx, at, f.start, d.low):  # (attribution_other_holders)
                out[n] = replace(whom, cue=f.cue)
                if f.end is not None:  # the next use goes on from this one
                    resolved[key] = (max(at, f.end), whom)
                continue
        out[n] = _resolve_one(ctx, out, n, f, d)
        if not d.indefinite and out[n].how == "name" and f.end is not None:
            resolved[key] = (f.end, out[n])
    return out


def _resolve_one(ctx: Context, out: list[Found | None], n: int, f: Found, d: "_Description") -> Found:
    """One description's speaker, as resolve_descriptions says (a name, or the description kept)."""
    closing = _closing_name(ctx, f)
    if closing is not None and not (d.thing and written_for(ctx, f, closing)):  # "the memo for Mr Heath"
        return named(closing, ctx.names.fullest(closing), f.cue)
    body = None if d.one_person or d.indefinite else body_named_by_head(ctx, f.start, d.text)
    if body is not None:  # "The festival praises" after "the Berlin Film Festival"
        return named(body, ctx.names.fullest(body), f.cue)
    if d.thing:
        ent = author_named_in(ctx, f)  # "the FA statement"; not "a memo for Mr Heath" (attribution_recipients)
        ent = ent or maker_after(ctx, f)  # "a survey published ... by X said" (attribution_document_agents)
        if ent is not None:
            return named(ent, ctx.names.fullest(ent), f.cue)
        ent = _org_of_initials(ctx, f)
        if ent is not None:
            return named(ent, ctx.names.fullest(ent), f.cue)
        earlier = _whose_thing(ctx, out, n, d)
        if earlier is not None:
            return replace(earlier, cue=f.cue)
        owner = _thing_named_before(ctx, f, d) or sender_beside(ctx, f) or _owner_by_pronoun(ctx, f, d)
        if owner is None and f.start is not None and re.match(r"the\b", d.text, re.IGNORECASE):
            owner = document_owner(ctx, f.start, d.head)  # "the report adds" (attribution_document_owner)
        if owner is not None:
            return named(owner, ctx.names.fullest(owner), f.cue)
    if not d.one_person and d.head in INSTITUTIONS | ORG_WORDS | FIRM_NOUNS | PRESS_NOUNS:
        ent = ctx.names.at(f.start, f.end, {"ORG"}) if f.start is not None else None
        if ent is not None:  # "the China Daily newspaper said": China Daily
            return named(ent, ctx.names.fullest(ent), f.cue)
    titled = (d.role or d.one_person) and not d.institution and not d.indefinite  # "a spokeswoman": unnamed
    best = _titled_person(ctx, f, d) if titled else None
    same = None
    # "His agent told": someone's agent, neither a speaker before nor the person in focus
    possessed = d.role and someone_elses(f.speaker or "")
    if best is None and (d.institution or d.role) and not d.indefinite and not d.specific and not possessed:
        best, same = _earlier_speaker(ctx, out, n, d)
        if best is not None and d.one_person and not d.institution:  # "Le Bon said ... . “...,” the singer said"
            last = max([best.end] + ([ctx.quotes[n - 1].end] if n else []))
            best = person_in_focus_instead(ctx, f, best, last) or best
    if best is None and same is None and d.one_person and not d.indefinite and not _proper_head(ctx, f):
        best = None if possessed else person_in_focus(ctx, f, d) or _speaker_just_quoted(ctx, out, n, f)
    if best is None and same is None and d.one_person and (not d.indefinite or _introduced_by_the_lead(ctx, f, d)):
        best = _named_after_the_lead(ctx, f)
    if best is None and same is None and d.head in FIRM_NOUNS and not d.indefinite and not d.specific:
        best = (org_subject_before(ctx, f.start) if f.start is not None else None) or org_in_focus(ctx, f)
    if best is None and same is None and not d.one_person:  # "A bookmaker has stopped ..." (attribution_lead_subject)
        best = named_opening_the_next(ctx, f, ctx.quotes[n])
    if best is not None and d.head in ANONYMOUS_HEADS:
        best = None  # "the source said": someone the reporter does not name, whoever is in focus
    if best is None and same is not None:
        return Found(f.cue, same.speaker, same.start, same.end, None, "description")
    if best is not None:
        name = ctx.names.fullest(best) if best.text and best in ctx.names.ents else best.text
        return Found(f.cue, speaker_name(name) or name, best.start, best.end, best.label, "name")
    words = re.sub(r"^(?:" + "|".join(ARTICLES) + r")\s+", "", d.text, flags=re.IGNORECASE)
    # After an article the capital is the word's own: "a Conservative spokeswoman", "A Top of the
    # Pops spokesperson" keep theirs.
    kept = replace(f, speaker=_common_case(words) if words == d.text else words, label=None)
    return without_recipient(ctx, kept) if d.thing else kept  # "telephone memo" (attribution_recipients)


def _closing_name(ctx: Context, f: Found) -> Entity | None:
    """The person's name a description ends with, whose title the rest is ("Labour's deputy
    minister for women Jacqui Smith", the parser having hung the name on "for"; "Gloucester
    director of rugby Nigel Melville"); after "a" or "an" only a name set off by a comma ("A
    spokesman for DLF Builders, Dr Vancheshwar,": "A close associate of former Yukos boss Mikhail
    Khodorkovsky" is someone else); never the last name of a list ("The star of Rain Man and
    Tootsie", "the Tory MP for Sleaford and North Hykeham"), nor a seat ("the Labour MP for
    Birkenhead": `_a_seat`)."""
    if f.start is None or f.end is None:
        return None
    indefinite = re.match(r"(?:a|an)\b", ctx.text[f.start : f.end], re.IGNORECASE)
    for ent in ctx.names.ents:
        if not (f.start < ent.start and ent.end <= f.end) or ent.label not in PERSON_NAME_LABELS:
            continue
        before = ctx.text[f.start : ent.start]
        if ctx.text[ent.end : f.end].strip(" ,") or re.search(r"(?:\band|&|\bor)\s*$", before):
            continue
        if indefinite and not before.rstrip().endswith(","):
            continue
        if _a_seat(before):
            continue
        return ent
    return None


_SEAT_AFTER = re.compile(r"\b(\w+)\s+for\s+.*$", re.IGNORECASE | re.DOTALL)


def _without_seat(desc: str) -> str:
    """A description without the seat its holder's title names ("the Labour MP for Birkenhead":
    "the Labour MP"), whose capitals are a place's, not the description's."""
    m = _SEAT_AFTER.search(desc)
    return desc[: m.start() + len(m.group(1))] if m and m.group(1).lower() in SEAT_HOLDER_TITLES else desc


_SEAT_BEFORE = re.compile(r"\b(\w+)\s+for\s+(?:the\s+)?$", re.IGNORECASE)


def _a_seat(before: str) -> bool:
    """The words before a name end with a seat holder's title and "for" ("the Labour MP for"):
    the name is the constituency the person sits for, which the recogniser may take for a
    person's name ("Birkenhead"), not the person described."""
    m = _SEAT_BEFORE.search(before)
    return m is not None and m.group(1).lower() in SEAT_HOLDER_TITLES


def _org_of_initials(ctx: Context, f: Found) -> Entity | None:
    """ "said an FA statement": the organisation the article names in full whose initials a word
    of the thing's description is ("The Football Association"), when the recogniser missed the
    initials themselves."""
    caps = {w.lower() for w in re.findall(r"\b[A-Z]{2,}\b", f.speaker or "")}
    for ent, inq in zip(ctx.names.ents, ctx.names.inq):
        if not inq and ent.label == "ORG" and caps & set(_initialisms(ent.text)):
            return ent
    return None


def _common_case(words: str) -> str:
    """A description with the capital of a sentence's start in lower case ("Officials" ->
    "officials"): its words are common nouns, not a name. Not a title written in capitals ("Prime
    Minister Tony Blair's official spokesman"; but "senior Russian officials")."""
    first, _, rest = words.partition(" ")
    low = first.lower()
    common = HUMAN_NOUNS | TITLE_WORDS | GENERIC_MODIFIERS
    second = rest.split(" ", 1)[0]
    if second[:1].isupper() and second.lower() in TITLE_WORDS:
        return words
    if first[:1].isupper() and first[1:].islower() and (low in common or (low.endswith("s") and low[:-1] in common)):
        return low + words[len(first) :]
    return words


def _whose_thing(ctx: Context, found: list[Found | None], n: int, d: "_Description") -> Found | None:
    """ "the statement said": the named speaker of an earlier quote whose sentence says it spoke
    in that thing ("In a statement, the club said"), the nearest first."""
    if not re.match(r"the\b", d.text, re.IGNORECASE):
        return None
    for m in range(n - 1, -1, -1):
        g = found[m]
        if g is None or g.how == "description" or not g.speaker:
            continue
        k = sent_index(ctx.sents, ctx.quotes[m].start)
        words = outside(ctx.text, *ctx.sents[k], ctx.quotes).lower()
        if re.search(
            r"\b(?:in|from|with)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+)?" + re.escape(d.head) + r"\b", words
        ):
            return g  # "in its statement", "In a written statement"
    return None


def _named_after_the_lead(ctx: Context, f: Found) -> Entity | None:
    """A person the article's first sentence only describes ("..., according to his former chief
    economic adviser") is the person the next sentence names first ("Formerly one of Mr Brown's
    closest aides, Ed Balls hinted ..."), the news lead's way; not anyone the lead names itself."""
    if f.start is None or len(ctx.sents) < 2 or sent_index(ctx.sents, f.start) != 0:
        return None
    s0, e0 = ctx.sents[0]
    s1, e1 = ctx.sents[1]
    lead = {
        fold_case(speaker_name(e.text).split()[-1])
        for e in ctx.names.ents
        if s0 <= e.start < e0 and speaker_name(e.text)
    }
    for ent, inq in zip(ctx.names.ents, ctx.names.inq):
        if ent.start < s1 or inq or ent.label not in PERSON_NAME_LABELS or not speaker_name(ent.text):
            continue
        if ent.start >= e1:
            return None
        if re.match(r"['’]s\b", ctx.text[ent.end : ent.end + 2]):
            continue  # "Mr Brown's closest aides": whose aide, not who
        return None if fold_case(speaker_name(ent.text).split()[-1]) in lead else ent
    return None


def _introduced_by_the_lead(ctx: Context, f: Found, d: "_Description") -> bool:
    """ "A senior Tory MP has criticised ...": the news lead's way of introducing the person its
    next sentence names; not a spokesman, whom articles leave unnamed."""
    return (
        f.start is not None
        and bool(ctx.sents)
        and f.start < ctx.sents[0][1]
        and d.head not in ("spokesman", "spokeswoman", "spokesperson")
    )


def _proper_head(ctx: Context, f: Found) -> bool:
    """The description's words after "the" are all capitalised and its head is no title written
    before a person's name ("The Scottish Executive said"): the name of an institution, not a
    person described ("the chancellor", "The Glasgow Kelvin MP", "The Home Secretary"), so not
    the person in focus."""
    if f.start is None or f.end is None:
        return False
    words = re.findall(r"[\w’'-]+", _without_seat(ctx.text[f.start : f.end]))
    words = [w for w in words if w.lower() not in ARTICLES and w.lower() not in ("of", "for", "and")]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    head = words[-1]
    return not head.isupper() and head.lower() not in PERSON_TITLES_BEFORE


def _thing_named_before(ctx: Context, f: Found, d: "_Description") -> Entity | None:
    """ "the report says": the organisation whose report the article named last before it ("A
    National Audit Office report ...", "the NAO's annual report"), when its name stands right
    before the word."""
    if f.start is None or not re.match(r"the\b", d.text, re.IGNORECASE) or d.head not in DOCUMENT_NOUNS:
        return None
    words = outside(ctx.text, 0, f.start, ctx.quotes)
    hits = list(re.finditer(r"\b" + re.escape(d.head) + r"\b", words, re.IGNORECASE))
    for hit in reversed(hits):  # the nearest mention of the thing that says whose it is
        at, end = hit.start(), hit.end()
        for ent, inq in zip(ctx.names.ents, ctx.names.inq):
            if inq or ent.label != "ORG":
                continue
            if at - 40 <= ent.end <= at and re.fullmatch(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?", ctx.text[ent.end : at]):
                return ent  # "A National Audit Office report", "the NAO's annual report"
            if at - 40 <= ent.end <= at and re.fullmatch(_SPEAKS_IN, ctx.text[ent.end : at]):
                return ent  # "Oxfam says in a report"
            if end <= ent.start <= end + 30 and re.fullmatch(
                r"\s+(?:by|from)\s+(?:the\s+)?", ctx.text[end : ent.start]
            ):
                return ent  # "a report by the World Bank"
    return None


def _owner_by_pronoun(ctx: Context, f: Found, d: "_Description") -> Entity | None:
    """ "His sales pitch adds: “...”", "Her lawsuit ... said": a thing made of its owner's words
    (lexicon.OWN_WORDS_NOUNS; not "Her housing plan promises") said to speak that "his" or "her"
    gives an owner is the owner's, the person in focus (the subject of the sentence before,
    "Mr Fisher describes himself as ...", as for "the defender": person_in_focus), when the
    article does not show that person of the other gender. Only a thing that opens its sentence,
    as its subject: further in, "his" is more often the sentence's own subject's ("Mr Livingstone
    says he is standing by his remarks which likened")."""
    m = re.match(r"(his|her)\b", d.text, re.IGNORECASE)
    if m is None or f.start is None or d.head not in OWN_WORDS_NOUNS or not opens_its_sentence(ctx, f.start):
        return None
    ent = person_in_focus(ctx, f, d)
    want = gender_of_pronoun(m.group(1).lower())
    if ent is None or ent.label not in PERSON_NAME_LABELS or ctx.genders.of(ent) not in (want, None):
        return None
    return ent


# "X says in a report", "X said in its annual report": X speaks in the thing
_SPEAKS_IN = (
    r"\s+" + alternation(SPEAKS_IN_VERBS) + r"\s+in\s+" + alternation(SPEAKS_IN_DETERMINERS) + r"\s+(?:[a-z-]+\s+)?"
)


def org_in_focus(ctx: Context, f: Found) -> Entity | None:
    """Whom "the club" or "the company" stands for: the organisation the article's first sentence
    opens with ("Manchester United's board has agreed ..."), when the description comes later."""
    if not ctx.sents or f.start is None or f.start < ctx.sents[0][1]:
        return None
    s0, e0 = ctx.sents[0]
    for ent, inq in zip(ctx.names.ents, ctx.names.inq):
        if ent.start >= e0 or inq:
            return None
        m = re.match(r"(?:['’]s)?\s+(\w+)", ctx.text[ent.end : ent.end + 20])
        firm_of = m is not None and m.group(1).lower() in FIRM_NOUNS  # "Manchester United's board"
        if ent.label in PERSON_NAME_LABELS | {"GPE", "NORP"} and not firm_of:
            return None  # a person or a country first: not an organisation's story
        if ent.label == "ORG" or firm_of:
            before = ctx.text[s0 : ent.start]
            return ent if len(before.split()) <= 3 and not re.search(r"[,;:]", before) else None
    return None


def _a_person_elsewhere(ctx: Context, ent: Entity) -> bool:
    """The article names a person with the same last word elsewhere (a proper noun the
    recogniser missed or mislabelled here: "Ninth seed Nalbandian")."""
    last = fold_case(ent.text.split()[-1])
    return any(
        e.label in PERSON_NAME_LABELS and speaker_name(e.text) and fold_case(speaker_name(e.text).split()[-1]) == last
        for e in ctx.names.ents
    )


def person_in_focus(ctx: Context, f: Found, d: "_Description") -> Entity | None:
    """Whom "the defender" or "the American" stands for when no title says: the person who is
    the subject of the sentence before (or whom its "he" or "she" subject stands for:
    attribution_focus_pronoun), else (for a description no more specific than a role,
    not a nationality) the person the article's first sentence opens with."""
    k = sent_index(ctx.sents, f.start)
    j = sentence_before(ctx.text, ctx.sents, k, ctx.quotes)
    doc = ctx.parsed.get(j) if j is not None else None
    if doc is not None:
        ent = main_subject(ctx.names, doc, ctx.sents[j][0], PERSON_NAME_LABELS, proper=True)
        ent = _person_inside(ctx, ent) if ent is not None and ent not in ctx.names.ents else ent
        if ent is None:  # "..., he said. The prime minister ridiculed": whom "he" stands for
            ent = person_behind_pronoun(ctx, j, f.start, f.end, d.low[:-1])
        if (
            ent is not None
            and ent.start < f.start
            and (
                ent in ctx.names.ents
                or _a_person_elsewhere(ctx, ent)
                or introduced_as_a_person(doc, ctx.sents[j][0], ent)  # "G Money, a presenter on"
            )
        ):
            return None if _named_in_its_sentence(ctx, f, ent) else ent
    if d.specific or d.nationality or not ctx.sents or k == 0:
        return None  # a nationality tells someone apart from the person the article is about
    s0, e0 = ctx.sents[0]
    for ent, inq in zip(ctx.names.ents, ctx.names.inq):
        if ent.start >= e0 or inq:
            break
        if ent.label in PERSON_NAME_LABELS:
            before = ctx.text[s0 : ent.start]
            if _named_in_its_sentence(ctx, f, ent):
                return None
            return ent if len(before.split()) <= 4 and not re.search(r"[,;:]", before) else None
    return None


def _person_inside(ctx: Context, ent: Entity) -> Entity:
    """The person's name the recogniser found inside a proper-noun subject it did not take whole
    ("Former welfare minister Frank Field MP criticised": Frank Field, the MP a title after his
    name); else the subject as it is."""
    inside = [e for e in ctx.names.ents if e.label in PERSON_NAME_LABELS and ent.start <= e.start and e.end <= ent.end]
    return inside[0] if len(inside) == 1 else ent


def _speaker_just_quoted(ctx: Context, out: list[Found | None], n: int, f: Found) -> Entity | None:
    """Whom "The 55-year-old Frenchman told" or "The attacking midfielder also claims" stands for
    when the reporter's words before it are only the cue of a quotation ("He said: “...” “...”"):
    the person that quotation gave its words to, who is in focus. Only a description that opens
    the reporter's words right after that quotation; a name or other words between say someone
    else may be meant."""
    if f.start is None or n == 0:
        return None
    m = n - 1
    g = out[m]
    prev = ctx.quotes[m]
    if g is None or g.how == "description" or g.start is None or prev.end > f.start:
        return None
    who = Entity(g.start, g.end, g.speaker, g.label)
    own_words = re.search(r"\b(?:I|I'm|I’m|me|my)\b", ctx.text[prev.start : prev.end])
    person = own_words or (only_a_person(f.speaker or "") and reads_as_a_name(ctx.text, g.speaker, g.start))
    if g.label not in PERSON_NAME_LABELS and not _a_person_elsewhere(ctx, who) and not person:
        return None  # an organisation's words ("we"), not one person's ("I"): no one person described
    between = ctx.text[prev.end : f.start]
    if g.cue and g.start is not None and prev.end <= g.start < f.start:
        between = between.replace(g.cue, "", 1)  # ', he said. ' after the quotation
    return None if re.search(r"[A-Za-z0-9]", between) else who


def _named_in_its_sentence(ctx: Context, f: Found, ent: Entity) -> bool:
    """The person is named after the description in its own sentence, outside quotations ("the
    chancellor said Mr Fallon was ..."): the description is someone else."""
    name = speaker_name(ent.text)
    if not name or f.end is None:
        return False
    k = sent_index(ctx.sents, f.start)
    rest = outside(ctx.text, f.end, max(f.end, ctx.sents[k][1]), ctx.quotes)
    return bool(re.search(r"\b" + re.escape(name.split()[-1]) + r"\b", rest))


_AGE = re.compile(r"\b\d+-year-old\b")


@dataclass(frozen=True)
class _Description:
    """What the words of a description say: its words (lower case, no articles or possessives),
    its head noun, and whether it is an institution, a person's role, someone new (indefinite),
    or more specific than a title (words no title in the article matched)."""

    text: str
    low: list[str]
    head: str
    institution: bool
    role: bool
    indefinite: bool
    specific: bool
    one_person: bool  # a person's title or role, or a nationality, in the singular
    nationality: bool
    thing: bool  # none of the nouns for people or institutions: "the report", "a statement"

    @classmethod
    def of(cls, desc: str, nationality: bool = False) -> "_Description":
        drop = ARTICLES + POSSESSIVE_DETERMINERS
        low = [drop_possessive(w).lower() for w in re.findall(r"[\w’']+", desc) if w.lower() not in drop]
        if "of" in low[1:]:  # "Archbishop of Canterbury": the title is the head
            low = low[: low.index("of", 1)]
        if "for" in low[1:] and low[low.index("for", 1) - 1] in SEAT_HOLDER_TITLES:
            low = low[: low.index("for", 1)]  # "the Labour MP for Birkenhead": the title is the head
        head = low[-1] if low else ""
        institution = head in INSTITUTIONS and head not in ("spokesman", "spokeswoman", "spokesperson")
        role = head in PERSON_ROLES or (head.endswith("s") and head[:-1] in PERSON_ROLES)
        if head.endswith("s") and not head.endswith("ss") and head[:-1] in PERSON_ROLES:
            role = False  # "officials said": several people, not one named earlier
        indefinite = bool(re.match(r"(?:" + "|".join(INDEFINITE_WORDS) + r")\b", desc, re.IGNORECASE))
        # an age says no more who it is than a role does ("said the 30-year-old"): not specific
        ageless = (
            [w for w in low[:-1] if not w.isdigit() and w not in ("year", "old")] if _AGE.search(desc) else low[:-1]
        )
        specific = not institution and any(w not in GENERIC_MODIFIERS for w in ageless)
        plural = head.endswith("s") and not head.endswith("ss") and (head[:-1] in HUMAN_NOUNS or nationality)
        one_person = not plural and (nationality or head in PERSON_ROLES | PERSON_TITLES_BEFORE | TITLE_WORDS)
        one_person = one_person and head not in INSTITUTIONS
        last = desc.strip().split()[-1].lower() if desc.strip() else ""
        if re.fullmatch(r"\d+-year-old", last) or last in POSITION_NOUNS or only_a_person(desc):
            one_person = True  # "said the 34-year-old", "the Gloucester fly-half", "the prop": one person
        words = {head, head[:-1] if head.endswith("s") else head}
        thing = bool(head) and not nationality and not (words & (HUMAN_NOUNS | TITLE_WORDS | ORG_WORDS))
        thing = thing and not one_person
        return cls(desc, low, head, institution, role, indefinite, specific, one_person, nationality, thing)


def _titled_person(ctx: Context, f: Found, d: _Description) -> Entity | None:
    """The person named before the description with a title sharing most of its words ("Kremlin
    aide Yuri Ushakov" for "the Kremlin aide"); the later one on a tie."""
    best = None
    for ent, inq in zip(ctx.names.ents, ctx.names.inq):
        if inq or ent.start >= f.start or not (ent.label in PERSON_NAME_LABELS or _full_name_of_a_person(ctx, ent)):
            continue
        # the words right before the name, not across another person's ("correspondent James
        # Hardy said Mr Brown": the title is Hardy's)
        lo = max([ent.start - 60] + [e.end for e in ctx.names.ents if e.end <= ent.start and e.label == "PERSON"])
        pre = re.split(r"[.;\n]", ctx.text[max(0, lo) : ent.start])[-1]
        title = {drop_possessive(w).lower() for w in _title_words(pre) + re.findall(r"[\w’']+", ent.text)}
        short = [w for w in _initialisms(d.text) if w in title]  # "the Scottish National Party's": "SNP's"
        score = sum(1 for w in d.low if w in title) + len(short) + (1 if d.head and d.head in title else 0)
        if d.specific and not short and not any(w in title for w in d.low[:-1] if w not in GENERIC_MODIFIERS):
            continue  # "the Glasgow Kelvin MP" is not any MP
        if (title & OFFICE_QUALIFIERS) - set(d.low):
            continue  # "shadow chancellor Oliver Letwin" is not "the chancellor"
        if score and (best is None or score >= best[0]):
            best = (score, ent)
    return best[1] if best else None


_SMALL_NAME_WORDS = {"of", "and", "for", "the", "&"}


def _initialisms(desc: str) -> list[str]:
    """The initials of each run of two or more capitalised words of a description, in lower case
    ("the Scottish National Party's leader": "snp"): a title elsewhere may give the organisation
    by its initials ("The SNP's Nicola Sturgeon")."""
    out, run = [], []
    for w in re.findall(r"[\w’'&]+", desc) + [""]:
        if w[:1].isupper() and w.lower() not in ARTICLES:
            run.append(w)
        elif w.lower() in _SMALL_NAME_WORDS and run and w.lower() not in ARTICLES:
            continue
        else:
            if len(run) >= 2:
                out.append("".join(x[0] for x in run).lower())
            run = []
    return out


def _full_name_of_a_person(ctx: Context, ent: Entity) -> bool:
    """A name of two or more words the recogniser took for an organisation or a place ("The SNP's
    Nicola Sturgeon") whose last word the article gives a person elsewhere ("Ms Sturgeon")."""
    words = speaker_name(ent.text).split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and _a_person_elsewhere(ctx, ent)


def _title_words(pre: str) -> list[str]:
    """The words of the title written right before a name: the run of capitalised words, title
    words and their small words that ends at the name ("BBC correspondent", "Harbour chief
    executive", "Putin's adviser,"), not the reporter's words before it ("The prime minister said
    Mr Bush": the title is "Mr")."""
    toks = re.findall(r"[\w’'-]+|,", pre)
    keep = TITLE_WORDS | GENERIC_MODIFIERS | PORTFOLIO_WORDS | OFFICE_QUALIFIERS | {"of", "the", "for", "and"}
    out: list[str] = []
    for tok in reversed(toks):
        low = drop_possessive(tok).lower()
        if tok != "," and not tok[:1].isupper() and not tok[:1].isdigit() and low not in keep and low == tok.lower():
            if not re.search(r"['’]s$", tok):
                break
        out.append(tok)
    return [t for t in reversed(out) if t != ","]


def _earlier_speaker(ctx: Context, found: list[Found | None], n: int, d: _Description):
    """(the nearest speaker of the same sort within 800 characters: before the quote for a
    person, before or after for an institution; an earlier quote's same description)."""
    quotes = ctx.quotes
    for m in list(range(n - 1, -1, -1)) + list(range(n + 1, len(found))):
        g = found[m]
        if (
            m < n
            and g is not None
            and g.how == "description"
            and g.speaker
            and drop_possessive(g.speaker.split()[-1]).lower() == d.head
        ):
            return None, g
        if g is None or g.how == "description" or g.start is None:
            continue
        until = min(
            quotes[n].start, found[n].start if found[n] is not None and found[n].start is not None else quotes[n].start
        )
        if m < n and not d.institution and _introduced_between(ctx, quotes[m].end, until, d.head):
            return None, None  # "A spokesman for X said ... . “...,” said the spokesman": not X's earlier speaker
        if (_institution_like(ctx.text, g) and not _a_person_mislabelled(ctx, g)) != d.institution:
            continue
        if d.institution and not _may_be_called(g, d.head):
            continue  # "The federation said ... . But the government said": not the federation
        if abs(quotes[m].start - quotes[n].start) > 800:
            continue
        if m > n and not d.institution:
            continue
        return Entity(g.start, g.end, g.speaker, g.label), None
    return None, None


def _may_be_called(g: Found, head: str) -> bool:
    """An institution a speaker named earlier may be called by this head noun: any, for a noun of
    no public body ("the company", "the party"); else when its name holds the noun ("the
    committee" for the Public Accounts Committee), it is a country or a city speaking through its
    government ("Russia said ... . The government added"), or both name a government's executive
    (lexicon.EXECUTIVE_HEADS, SEATS_OF_GOVERNMENT)."""
    if head not in PUBLIC_BODY_HEADS:
        return True
    words = {drop_possessive(w).lower() for w in re.findall(r"[\w’']+", g.speaker or "")}
    seat = plain(g.speaker or "").removeprefix("the ") in SEATS_OF_GOVERNMENT
    if head in EXECUTIVE_HEADS and (words & EXECUTIVE_HEADS or seat):
        return True  # "the Elysee Palace said ... . Mr Macron's administration said": one executive
    return head in words or g.label == "GPE"


def _introduced_between(ctx: Context, a: int, b: int, head: str) -> bool:
    """Someone described with this noun appears between a and b, outside quotations ("A
    spokesman for the Home Office said"): "the spokesman" after it is that person."""
    return bool(head) and bool(re.search(r"\b" + re.escape(head) + r"\b", outside(ctx.text, a, b, ctx.quotes), re.I))


def _a_person_mislabelled(ctx: Context, g: Found) -> bool:
    """A speaker NER took for a place whom the article names as a person ("Mr Mubanga, who
    insists ..., said", "Mubanga" a GPE, after "Martin Mubanga"): a person, never the
    institution "the US government" or "it" stands for."""
    if g.label not in PLACE_OR_FACILITY_LABELS or g.start is None or g.end is None:
        return False
    return _a_person_elsewhere(ctx, Entity(g.start, g.end, ctx.text[g.start : g.end], g.label))


def _institution_like(text: str, f: Found) -> bool:
    """An organisation rather than a person: by label, or a name written with "the" ("The Elysée")."""
    if f.label in ("ORG", "GPE", "NORP", "FAC", "LOC"):
        return True
    return bool(re.search(r"\b[Tt]he\s+$", text[max(0, f.start - 4) : f.start]))
