"""Attribution's quote rules: each a small function that decides who speaks one quote,
`rule(ctx, q) -> Found | None` (None lets the next rule try), tried in the order of attribution.py's
RULES.

The speech verb's rule and the subject rules that turn its subject into a name are in
attribution_speech_verbs.py; the article passes (a quote's speaker from the other quotes) in
attribution_passes.py; the pronoun rule (attribution_pronouns.py) and the pass over descriptions
(attribution_descriptions.py) have modules of their own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution_speech_noun_agents import agent_of_speech_noun
from ..entities.names import fold_case, speaker_name, starts_with_given_name
from ..lexicon import (
    PRONOUN_LABELS,
    SPEECH_LEMMAS,
    SPEECH_NOUNS,
    TITLE_WORDS,
    stop_words,
)
from .attribution_context import (
    SPEAKER_LABELS,
    PERSON_NAME_LABELS,
    Context,
    Entity,
    Found,
    in_headline,
    is_speech,
    main_subject,
    named,
    own_words,
    sent_index,
)
from .attribution_speech_verbs import resolve_subject
from .attribution_spoken_of import speaker_of_the_one_spoken_of
from .quotes import QuoteSpan, title_case


# ============================================================================= quote rules


def transcript_label(ctx: Context, q: QuoteSpan) -> Found | None:
    """A transcript's speaker label at the head of the quote: "PENCE: Well, ..."."""
    m = re.match(r"\s*([A-Z][A-Z.'\- ]{1,30}[A-Z]):\s", ctx.text[q.start : q.end])
    if m is None:
        return None
    return Found(m.group(1) + ":", m.group(1).title(), q.start + m.start(1), q.start + m.end(1), "PERSON", "name")


# a dash after the closing mark, or a line opening with a hyphen glued to a capital (a sign-off
# under a quotation of its own: "“...”\n-Michelle Marks, Philadelphia."; a spaced hyphen is the
# BBC's dash in running text), or a spaced one that opens a line holding a name alone ("“...”\n\n-
# Sanders.", the Washington Post's fact checks; not a list's "- Labour will cut taxes."), then the
# signature
_SIGNED = re.compile(
    r"[”\"’']?(?:\s*[―—–]+|[ \t]*\n\s*-(?=[A-Z])"
    r"|[ \t]*\n\s*-[ \t]+(?=(?:[A-Z][\w.’'-]*[ \t]?){1,4}(?:,[^\n]{1,40})?[ \t]*(?:\n|$)))\s*([^\n]{2,80})"
)


def signature(ctx: Context, q: QuoteSpan) -> Found | None:
    """A signature after the quote, "“...” ― Jane Doe", "“...”\n-Jane Doe, Leeds.": a name
    recognised in it, else its words when they are one to four capitalised words. A signature
    opens with its name (or "by" or a title): a dash before a clause ("“suburbs” — a metaphor for
    the party’s ...") signs nothing."""
    text = ctx.text
    m = _SIGNED.match(text[q.end : q.end + 90])
    if m is None:
        return None
    sig_s = q.end + m.start(1)
    for ent in ctx.names.ents:
        if sig_s <= ent.start < q.end + m.end(1) and ent.label in SPEAKER_LABELS:
            lead = re.findall(r"[\w’'-]+", text[sig_s : ent.start])
            if any(w[0].islower() and w.lower() not in TITLE_WORDS and w != "by" for w in lead):
                return None  # a clause after a dash ("— a metaphor for the GOP’s"): no signature
            return named(ent, ctx.names.fullest(ent), text[q.end + m.start(0) : ent.end].strip(" \t\n”\"’'"))
    sig = m.group(1).split(",")[0].strip()  # "Michelle Marks, Philadelphia.": the name before the place
    sig = re.sub(r"(?<=[a-z]{2})\.$", "", sig)  # "- Sanders.": not the full stop (but "Jr.")
    if re.fullmatch(r"(?:[A-Z][\w.’'-]*\s?){1,4}", sig):
        cue = text[q.end + m.start(0) : sig_s + len(sig)].strip(" \t\n”\"’'")
        return Found(cue, sig, sig_s, sig_s + len(sig), "PERSON", "name")
    return None


# The longest line read as a headline "Name: ...": Breitbart's run to 21 words and more ("Trump:
# Cruz Has ‘To Come a Long Way’ On Ethanol, He’s For Oil Because ‘Oil Pays Him a Lot of Money.’")
_HEADLINE_WORDS = 30


def headline_colon(ctx: Context, q: QuoteSpan) -> Found | None:
    """A headline that opens with a name and a colon: "Name: Talks ‘Going Nowhere’"; the name
    may be one the recogniser missed there but labelled elsewhere in the article. Titles and roles
    in the headline's capitals may come before the person's name (US news, session 18): "Dr. Jane
    Porter: Council Plan ‘Not Fit ...’", "NY Gov Smith: Budget Is ‘...’", "Senate Hopeful Anne
    Reid: Cut Taxes, ‘...’": the person whose name ends at the colon."""
    text, names = ctx.text, ctx.names
    ls = text.rfind("\n", 0, q.start) + 1
    le = text.find("\n", q.end)
    line = text[ls : len(text) if le < 0 else le]
    m = re.match(r"\s*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*):\s", line)
    if not (m and ls + m.end() < q.start and len(line.split()) <= _HEADLINE_WORDS):
        return None
    if re.search(r"[A-Z][\w.’'-]*:\s", text[ls + m.end() : q.start]):
        return None  # 'Clinton: "..." Bush: "..."': a line of several sources, each its own
    a, b = ls + m.start(1), ls + m.end(1)
    ent = names.at(a, b, SPEAKER_LABELS)
    if ent is not None:
        covers = ent.start <= a + 1 and ent.end >= b - 1
        if covers:
            return named(ent, names.fullest(ent), text[a:b] + ":")
        titled = _person_after_titles(ctx, a, b)
        return named(titled, names.fullest(titled), text[a:b] + ":") if titled is not None else None
    return _named_elsewhere(ctx, a, b, SPEAKER_LABELS, text[a:b] + ":")


def _named_elsewhere(
    ctx: Context, a: int, b: int, labels: frozenset[str] | set[str], cue: str, *, in_full: bool = False
) -> Found | None:
    """The words [a, b) of a headline, whose last one is the last word of a name the article
    labels elsewhere with one of `labels` (`in_full`: a name of two words or more): that name's
    bearer, whom the recogniser missed in the headline's capitals."""
    last = fold_case(ctx.text[a:b].split()[-1])
    for other in ctx.names.ents:
        on = speaker_name(other.text)
        if other.label in labels and on and (not in_full or len(on.split()) > 1) and fold_case(on.split()[-1]) == last:
            pseudo = Entity(a, b, ctx.text[a:b], other.label)
            return Found(cue, ctx.names.fullest(pseudo), a, b, other.label, "name")
    return None


def _person_after_titles(ctx: Context, a: int, b: int) -> Entity | None:
    """The person whose name ends a headline's opening words [a, b) before its colon, after words
    of title or role ("Dr.", "NY Gov", "Senate Hopeful"): a name of two words, or one after a
    title (in the entity or before it); none of the words a function word ("Health Minister On
    Jane Porter:" is the minister speaking of her, "Smith And Jones:" two people)."""
    for ent in ctx.names.ents:
        if ent.label in PERSON_NAME_LABELS and a < ent.start and b - 1 <= ent.end <= b:
            words = ctx.text[a : ent.end].split()
            name = (speaker_name(ent.text) or "").split()
            if not name or any(_function_word(w) for w in words):
                return None
            titled = len(words) > len(name) and words[-len(name) - 1].strip(".").lower() in TITLE_WORDS
            return ent if len(name) >= 2 or titled else None
    return None


def _function_word(word: str) -> bool:
    w = word.strip(".,").lower()
    return w in ("&", "vs", "v") or (w in stop_words() and w not in TITLE_WORDS)


def name_colon(ctx: Context, q: QuoteSpan) -> Found | None:
    """ "Name: ‘quote’" (a headline): a person named just before a colon that ends the text
    before the quote in its sentence. Where the recogniser saw no name there, a digest's source
    set off by a dash or opening its line ("... for Republican contests - Philip Bump: “...”"):
    words that open with a given name, a person's."""
    text = ctx.text
    i = ctx.region(q)[0][0]
    start = ctx.sents[i][0]
    m = re.search(r"([^\n:]{2,60}):\s*$", text[start : q.start - 1])
    if m is None:
        return None
    ent = ctx.names.latest_before(start + m.end(1), PERSON_NAME_LABELS, floor=start + m.start(1))
    if ent is not None and ent.end >= start + m.end(1) - 1:
        return named(ent, ctx.names.fullest(ent), ":")
    return _source_before_colon(ctx, start + m.start(1), start + m.end(1))


# a digest's source: capitalised words after a dash or a line's start, right before the colon
_SOURCE = re.compile(r"(?:^|\n|\s[-–—]\s)[ \t]*((?:[A-Z][\w.’'&-]*[ \t]+){0,3}[A-Z][\w.’'&-]*)$")


def _source_before_colon(ctx: Context, a: int, b: int) -> Found | None:
    """The person a digest names before a colon and a quotation, where the recogniser saw no
    name: capitalised words that open with a given name (names.starts_with_given_name)."""
    m = _SOURCE.search(ctx.text[max(0, a - 3) : b])
    if m is None or not starts_with_given_name(m.group(1)):
        return None
    return Found(":", m.group(1), b - len(m.group(1)), b, "PERSON", "name")


def as_characterisation(ctx: Context, q: QuoteSpan) -> Found | None:
    """ "X [verb] Y as “Z”" with no speech verb: Z is X's name for Y ("Reid has gone after Trump as
    a “human leech” and a “spoiled brat”", "Trump admires Putin as a “strong leader”"): the own
    subject of the verb that "as" hangs from, when it is a name (not a passive's: "Trump is
    painted as a “greedy Republican”" says nothing of who paints)."""
    own = ctx.region(q)[0]
    if not own or ctx.parsed.get(own[0]) is None:
        return None
    doc, base = ctx.parsed[own[0]], ctx.sents[own[0]][0]
    first = next((t for t in doc if q.start <= base + t.idx < q.end and t.is_alpha), None)
    if first is None:
        return None
    verb = None
    for a in first.ancestors:
        if a.lower_ == "as" and a.dep_ in ("prep", "mark") and base + a.idx < q.start:
            verb = a.head
            break
        if a.pos_ in ("VERB", "AUX") and not (a.dep_ == "pcomp" and a.head.lower_ == "as"):
            return None  # the quote is in a clause of its own ("as he said “...”")
    if verb is None or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    found = resolve_subject(ctx, q, subj, base) if subj is not None else None
    if found is None or found.how not in ("name", "pronoun"):
        return None
    return replace(found, cue=doc.text[subj.idx : verb.idx + len(verb)] if subj.i < verb.i else verb.text)


# Nouns of saying: "Trump’s claim that ...", "Clinton's remark that ..." (attribution_rules only).
def possessive_speech_noun(ctx: Context, q: QuoteSpan) -> Found | None:
    """ "X’s claim that there have been “dozens of closures”": the quote inside what a noun of
    saying (SPEECH_NOUNS) reports is the words of the name owning that noun; not across a speech
    verb of its own ("X’s claim that Y said “...”")."""
    own = ctx.region(q)[0]
    if not own or ctx.parsed.get(own[0]) is None:
        return None
    doc, base = ctx.parsed[own[0]], ctx.sents[own[0]][0]
    first = next((t for t in doc if q.start <= base + t.idx < q.end and t.is_alpha), None)
    if first is None:
        return None
    for a in first.ancestors:
        if q.start <= base + a.idx < q.end:
            continue
        if is_speech(a):
            return None
        if a.pos_ == "NOUN" and a.lower_ in SPEECH_NOUNS:
            owner = next((c for c in a.children if c.dep_ == "poss" and c.lower_ not in PRONOUN_LABELS), None)
            owner = owner or agent_of_speech_noun(a)  # "claims from Michael Howard that ..."
            found = resolve_subject(ctx, q, owner, base) if owner is not None else None
            if found is None or found.how != "name":
                return None
            start, end = (owner.idx, a.idx + len(a)) if owner.i < a.i else (a.idx, owner.idx + len(owner))
            return replace(found, cue=doc.text[start:end])
    return None


# Verbs of a headline that say someone spoke, beside the speech verbs ("Caldwell Hammers Bank Chief").
_HEADLINE_VERBS = frozenset("speak talk hammer grill torch bash lash".split())
# Verbs in -s or -ed that carry another verb ("has been accused of", "used to"): no headline's act.
_AUXILIARIES = frozenset("has is was does had needed used".split())


def headline_subject(ctx: Context, q: QuoteSpan) -> Found | None:
    """A headline (the article's first line, or a short line without a full stop) that opens with
    a person's name and a verb in the headline's present or past tense: under a verb of saying,
    "Ruth Caldwell Speaks ‘Directly To Farmers’ After ...", "Ruth Caldwell Hammers Bank Chief:
    ‘...’"; under another, a phrase of two words or more in a headline's capitals ("Sanders Pins
    The Rise Of ISIS On ‘Disastrous’ Invasion", session 25). The name may be a surname the
    recogniser missed in the capitals, of a person the article names in full."""
    text = ctx.text
    ls = text.rfind("\n", 0, q.start) + 1
    if text[:ls].strip() and not in_headline(text, q):
        return None
    m = re.match(r"\s*((?:[A-Z][\w.’'-]*\s+){1,3}?)([A-Za-z]+?)(e?s|ed)\s", text[ls : q.start])
    if m is None:
        return None
    a = ls + m.start(1)
    b = a + len(m.group(1).rstrip())
    verb = m.group(2).lower()
    if not (verb in SPEECH_LEMMAS or verb in _HEADLINE_VERBS) and not (
        len(re.findall(r"\w+", text[q.start : q.end])) > 1
        and (verb + m.group(3)).lower() not in _AUXILIARIES
        and title_case(re.findall(r"[\w’'-]+", text[ls : q.start]))
    ):
        # under another verb, a phrase of two words or more in a headline's capitals ("Sanders
        # Pins The Rise Of ISIS On ‘Disastrous’ Invasion"); not a first line written as a sentence
        # ("David Blunkett has been accused of using the “politics of confusion”")
        return None
    cue = text[a : ls + m.end(3)]
    ent = ctx.names.at(a, b, PERSON_NAME_LABELS)
    if ent is not None and ent.start <= a and ent.end >= b - 1:
        if ent.end > b:  # the recogniser glued the headline's verb on ("Donald Trump Makes")
            ent = Entity(ent.start, b, text[ent.start : b], ent.label)
        return named(ent, ctx.names.fullest(ent), cue)
    if ent is not None or not re.fullmatch(r"[A-Z][\w’'-]*", text[a:b]):
        return None
    # one word the recogniser missed in the headline's capitals: the surname of a person the
    # article names ("Trump Makes Campaign Announcement For Speech Against ‘Crooked Hillary Clinton.’")
    return _named_elsewhere(ctx, a, b, {"PERSON"}, cue, in_full=True)


def colon_intro(ctx: Context, q: QuoteSpan) -> Found | None:
    """A quotation a colon introduces, with no speech verb: the name that is the subject of the
    sentence the colon ends ("On July 6, Porter made the following comment:" and the quote's
    paragraph after it; "Mayor Greene is rolling out a new campaign message: “It's about
    you.”"). Not in a headline, whose Title Case the parser reads poorly."""
    text = ctx.text
    before = text[: q.start - 1].rstrip(" \t\n\"“‘'")
    if not before.endswith(":") or in_headline(text, q) or text.count("\n", len(before), q.start) > 2:
        return None
    k = sent_index(ctx.sents, len(before) - 1)
    doc = ctx.parsed.get(k)
    if doc is None:
        return None
    ent = main_subject(ctx.names, doc, ctx.sents[k][0], SPEAKER_LABELS)
    if ent is None or ent.start >= len(before) or ent.start < text.rfind("\n", 0, len(before)):
        return None
    return named(ent, ctx.names.fullest(ent), ":")


def subject_of_sentence_before(ctx: Context, q: QuoteSpan) -> Found | None:
    """A quotation that is a sentence of its own, with no words of the reporter's, right after a
    sentence of the same paragraph whose subject is a person: that person's ("Double try scorer
    Martyn Williams was keen not to talk about it. “We've got more self-belief.”")."""
    own, prev, _ = ctx.region(q)
    if (
        prev is None
        or not own
        or any(re.search(r"[A-Za-z]{2}", own_words(ctx.text, ctx.sents[k], q, ctx.quotes)) for k in own)
    ):
        return None
    ps, pe = ctx.sents[prev]
    if "\n" in ctx.text[ps : q.start].strip() or any(ps <= o.start < pe for o in ctx.quotes):
        return None  # another paragraph, or a sentence with quotations of its own
    doc = ctx.parsed.get(prev)
    ent = main_subject(ctx.names, doc, ps, PERSON_NAME_LABELS) if doc is not None else None
    if ent is None:
        return None
    # "X warned that Y needed ... . Y, 21, was ... . “It's his first year ...”": X's (attribution_spoken_of)
    ent = speaker_of_the_one_spoken_of(ctx, ent, prev, ctx.genders.of(ent) or "", [q]) or ent
    return named(ent, ctx.names.fullest(ent), "")
