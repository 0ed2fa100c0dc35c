"""Names NER missed that the words beside them make certain (spans.py's last step).

- an acronym in brackets after a name whose initials it is: "the Special Immigration Appeals
  Commission (SIAC)", "the Office of Federal Housing Enterprise Oversight (OFHEO)": a name of
  the same kind (missed.py then finds its later uses, grouping joins it to the full name);
- a party's form (lexicon.PARTY_FORMS) written alone: "Conservative policies", "Labour MP
  Louise Ellman" (NER keeps the person and drops the party), never inside a longer capitalised
  name ("Democratic Republic of Congo");
- a name coordinated with a name: "Vodafone and T-Mobile", "Opel and Vauxhall", "Fitch and
  Moody's", "Franz Ferdinand, Travis and Snow Patrol": the members of "X and Y" or "X, Y" are of
  one kind, so a capitalised run beside a mention, joined to it by "and" or a comma, is a name
  of the mention's kind.
- a club's nickname (lexicon.CLUB_NICKNAMES) in an article that names its club ("Arsenal ...
  The Gunners travel to");
- a run of capitalised words that ends with a name's head word ("three Top Tiger Awards");
- a word that names an event alone ("in the Premiership", "a Grammy");
- a given name and one or two surname-shaped words that no mention touches ("Russian Nikolay
  Davydenko", "two other Russians, Igor Andreev and ..."): a person's name.
- an initial and a surname before a bracketed place, as a match report names its referee ("Ref:
  S Bennett (Kent)", "M Riley (W Yorkshire)."): the person, and the county when it is one.
Each function returns the new mentions; the mentions given are not changed (but
`with_given_name_before`, which returns them all, a mention widened over the given name NER left
out before it: "Talal" + "El Karkouri").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from . import names as N
from ..lexicon import (
    FIRM_NAME_HEADS,
    PLACE_LABELS,
    PLACE_PREPOSITIONS,
    ARTICLES,
    HONORIFICS,
    NAME_TITLES,
    CLUB_NICKNAMES,
    EVENT_ALONE,
    EVENT_HEADS,
    LEAD_WORDS,
    OFFICE_QUALIFIERS,
    PLACE_HEADS,
    PARTY_FORMS,
    PLACE_NAMES,
    TITLE_WORDS,
)
from ..records import Mention

# A capitalised word: "T-Mobile", "O2", "U2", "Moody's", "O'Herlihy".
_WORD = r"[A-Z][\w’']*(?:-[A-Z0-9][\w’']*)*"
_RUN = re.compile(_WORD + r"(?: " + _WORD + r")*")


def _only_a_sentences_capital(text: str, s: int, word: str) -> bool:
    """A word at a sentence's start that the article also writes in lower case: its capital
    says nothing."""
    return N.starts_sentence(text, s) and bool(re.search(r"\b" + re.escape(word.lower()) + r"\b", text))


def _free(s: int, e: int, ms: list[Mention]) -> bool:
    return not any(m.start < e and s < m.end for m in ms)


def bracketed_acronyms(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """ "X Y Z (XYZ)": the acronym in brackets after a name of two words or more whose
    initials it is, where no mention covers it."""
    found = []
    for m in ms:
        if text[m.start : m.end] != m.surface:
            continue
        hit = re.match(r" ?\(([A-Z][A-Z&]{1,7})\)", text[m.end : m.end + 12])
        if not hit:
            continue
        name = N.clean_name(m.surface, m.label).name
        if len(name.split()) < 2 or N.initials(name) != hit.group(1):
            continue
        s, e = m.end + hit.start(1), m.end + hit.end(1)
        if _free(s, e, ms):
            # Of the kind its name's head word says ("Consumer Electronics Show (CES)": an event).
            label = _LABEL_OF_KIND.get(N.kind_of_name(name) or "", m.label)
            found.append(Mention(aid, s, e, hit.group(1), label))
    return found


_LABEL_OF_KIND = {"person": "PERSON", "org": "ORG", "place": "GPE", "event": "EVENT"}
_PARTY = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            (" ".join(w.capitalize() for w in form.split()) for k, v in PARTY_FORMS.items() for form in [k, *v]),
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
# Capitalised words a party's form may have after it and stay a form alone: "Labour MP X".
_MEMBER_ACRONYMS = frozenset({"MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "AM", "AMs"})


def party_forms(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """A party's form that no mention covers and that is no part of a longer capitalised name
    (the word before it lower case or a prefix: "anti-Tory"; the word after it lower case, a member's acronym, or the
    start of a mention). At a sentence's start only when the article never writes it in lower
    case ("Labour costs" is labour)."""
    found = []
    starts = {m.start for m in ms}
    for hit in _PARTY.finditer(text):
        s, e = hit.span()
        if not _free(s, e, ms) or re.search(r"[A-Z][\w’'\-]*\s$|\w$", text[max(0, s - 30) : s]):
            continue
        nxt = re.match(r" (" + _WORD + r")", text[e:])
        if nxt and nxt.group(1) not in _MEMBER_ACRONYMS and e + 1 not in starts:
            continue
        if _only_a_sentences_capital(text, s, hit.group()):
            continue
        found.append(Mention(aid, s, e, hit.group(), "ORG"))
    return found


_JOINED_AFTER = re.compile(r",\s|\s+and\s|\s*&\s")
_JOINED_BEFORE = re.compile(r"(?:,|\band|&)\s$")
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT"})
# "X and Y", "X, Y", "X, Y and Z": what joins two members of a list of names.
_JOIN = re.compile(r", (?:and )?| and | & ")


def _name_like(run: str) -> bool:
    words = run.split()
    if not 1 <= len(words) <= 4 or len(run) < 2:
        return False
    if N.names_nothing(words[0]) or N.bare(words[0]) in ARTICLES:
        return False
    return not (len(words) == 1 and (N.looks_demonym(run) or run.isupper() and len(run) < 2))


def coordinated_names(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """A run of capitalised words that no mention covers, joined by "and" or a comma to a
    mention right before or after it: a name of that mention's kind. Not at a sentence's start
    (where a capital says nothing), nor a run that goes on into a lower-case word joined by a
    hyphen, nor capitalised function words, months, days or demonyms."""
    ms = sorted(ms, key=lambda m: m.start)
    starts = [m.start for m in ms]
    reach = list(accumulate((m.end for m in ms), max))  # reach[i]: the furthest end of ms[: i + 1]
    found: list[Mention] = []
    for run in _RUN.finditer(text):
        s, e = run.span()
        word = N.strip_possessive(run.group())
        e = s + len(word)
        i = bisect_left(starts, e)  # ms[:i] start before the run ends
        if not _name_like(word) or (i and reach[i - 1] > s) or (found and found[-1].end > s):
            continue  # a mention covers some of it
        if N.starts_sentence(text, s) or text[e : e + 1] == "-":
            continue
        # The mention right before it, else the one right after it, joined to it.
        before = ms[i - 1] if i and _JOIN.fullmatch(text[ms[i - 1].end : s]) else None
        after = ms[i] if i < len(ms) and _JOIN.fullmatch(text[e : ms[i].start]) else None
        anchor = before or after
        if anchor is None or anchor.label not in _NAME_LABELS:
            continue
        # A comma alone joins two names of a list only where the list goes on, on either side
        # ("U2, Usher, Norah Jones", "Weaver, Onuoha, Flood"): "Armando Falcon, OFHEO director"
        # is an apposition, "his song What'd I Say, Charles turned" a clause's end.
        if not re.search(r"\band\b|&", text[anchor.end : s] if anchor.end <= s else text[e : anchor.start]):
            if anchor.end <= s:  # the anchor, then the run: the list goes on after the run or before the anchor
                goes_on = _JOINED_AFTER.match(text, e) or _JOINED_BEFORE.search(
                    text[max(0, anchor.start - 6) : anchor.start]
                )
            else:  # the run, then the anchor
                goes_on = _JOINED_BEFORE.search(text[max(0, s - 6) : s]) or _JOINED_AFTER.match(text, anchor.end)
            # "Kirkcaldy, Fife": a place after a place and a comma is where it lies.
            if not goes_on and not (anchor.label in PLACE_LABELS and anchor.end <= s):
                continue
        found.append(Mention(aid, s, e, word, anchor.label))
    return found


_NICKNAME = re.compile(r"\b(?:" + "|".join(sorted((n.title() for n in CLUB_NICKNAMES), key=len, reverse=True)) + r")\b")


def club_nicknames(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """A club's nickname, capitalised ("The Gunners travel to"), in an article that writes its
    club's name ("Arsenal manager"): a name of that club, and so is every capitalised writing of
    the club's name that no mention covers (NER misses "Arsenal" at a sentence's start)."""
    found: list[Mention] = []
    for hit in _NICKNAME.finditer(text):
        s, e = hit.span()
        club = CLUB_NICKNAMES[hit.group().lower()].title()
        writings = [w.span() for w in re.finditer(r"\b" + re.escape(club) + r"\b", text)]
        if not writings or not _free(s, e, ms + found):
            continue
        found.append(Mention(aid, s, e, hit.group(), "ORG"))
        for ws, we in writings:
            if _free(ws, we, ms + found) and not _town_not_club(text, ws, we):
                found.append(Mention(aid, ws, we, club, "ORG"))
    return found


def _town_not_club(text: str, s: int, e: int) -> bool:
    """The town, not its club: after a preposition of place ("in Newcastle"), or the first word of
    a longer name ("Norwich Union")."""
    return bool(re.search(r"\b(?:" + "|".join(PLACE_PREPOSITIONS) + r")\s+$", text[max(0, s - 12) : s])) or bool(
        re.match(r"\s+[A-Z]", text[e : e + 2])
    )


# The last words that make a run of capitalised words a name of their kind: an event's ("Top Tiger
# Awards"), a place's ("Wollaton Park"), an organisation's of those that name nothing but
# organisations ("Hansard Society"). Not "Election(s)": "General Election"
# is a common noun capitalised; not "Government", "Cabinet", "Police": "Labour Government" is the
# party's.
_ORG_HEADS = frozenset(
    "university college council committee commission association federation foundation institute"
    " society trust corporation agency authority bureau fund union".split()
)
_NAME_HEADS = (EVENT_HEADS - {"election", "elections"}) | PLACE_HEADS | _ORG_HEADS | FIRM_NAME_HEADS
_HEADED_RUN = re.compile(r"(?:" + _WORD + r" )+" + _WORD + r"(?: (?:19|20)\d\d)?")


# Function words a name writes in lower case ("Bank of England") and a headline in Title Case
# capitalises ("Race To Secure Arms Fund").
_TITLE_CASE_WORDS = frozenset(
    w.capitalize() for w in ARTICLES + tuple("to of for as at in on with from by and or".split())
)


def headed_names(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """A run of two capitalised words or more that ends with a name's head word (lexicon
    EVENT_HEADS, PLACE_HEADS, a few organisations' words) and that no mention touches: a name NER
    missed ("three Top Tiger Awards", "the Hansard Society"), of the kind its head says. A
    capitalised function word, "The" or "Former" before it is no part of it; one inside it, or
    more than five words, make a headline in Title Case, no name."""
    found = []
    for run in _HEADED_RUN.finditer(text):
        s, e = run.span()
        words = run.group().split()
        while words and N.bare(words[0]) in LEAD_WORDS | OFFICE_QUALIFIERS | set(ARTICLES):
            s += len(words[0]) + 1
            words = words[1:]
        if re.fullmatch(r"(?:19|20)\d\d", words[-1] if words else ""):
            words = words[:-1]
        if len(words) < 2 or N.bare(words[-1]) not in _NAME_HEADS or not _free(s, e, ms):
            continue
        if len(words) > 5 or any(w in _TITLE_CASE_WORDS for w in words[1:]):
            continue  # a headline in Title Case: "Ukraine Wins Race To Secure Arms Fund"
        name = " ".join(words)
        kind = N.kind_of_name(name) or "org"
        found.append(Mention(aid, s, s + len(name), name, _LABEL_OF_KIND.get(kind, "ORG")))
    return found


_EVENT_WORD = re.compile(
    r"\b(?:" + "|".join(sorted((w.capitalize() for w in EVENT_ALONE), key=len, reverse=True)) + r")\b"
)


def event_words(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """A word that names an event alone (lexicon.EVENT_ALONE: "Premiership", "Oscar", "Grammy",
    "Olympic"), capitalised, that no mention covers: the event ("in the Premiership", "the Best
    Foreign Language Oscar"). At a sentence's start only when the article never writes it in
    lower case ("Premiership" is also a prime minister's term)."""
    found = []
    for hit in _EVENT_WORD.finditer(text):
        s, e = hit.span()
        if not _free(s, e, ms) or text[e : e + 1] == "-":
            continue
        if _only_a_sentences_capital(text, s, hit.group()):
            continue
        found.append(Mention(aid, s, e, hit.group(), "EVENT"))
    return found


# A surname-shaped word: capitalised, with a lower-case letter ("Davydenko", "McIlroy", "O'Neill",
# "Wright-Phillips"); not an acronym ("Jack FM").
_SURNAME_SHAPE = re.compile(r"[A-Z][\w’'-]*[a-z][\w’'-]*")


def given_name_before_surname(first: str, word: str) -> bool:
    """A given name (names.GIVEN_NAMES), then a surname-shaped word that says no other kind
    ("Marat Safin", not "Victoria Station"): one person's name, whatever NER made of the first."""
    name = f"{first} {word}"
    return (
        N.bare(first) in N.GIVEN_NAMES
        and bool(_SURNAME_SHAPE.fullmatch(word))
        and not N.names_nothing(word)
        and not (N.kind_of_name(name) or N.has_org_word(name) or N.looks_demonym(word))
    )


_CONTRACTION = re.compile(r"[A-Za-z]+['’](?:d|ll|ve|re|m|t)")
_GOES_ON = re.compile(r" [A-Z]")


def not_a_given_names_name(words: list[str], text: str, end: int, first_placed: bool = False) -> bool:
    """The guard of the given-name rules (given_name_runs, with_given_name_before,
    spans._with_surname_after): words after a given name that make no person's name of it: a place
    of the gazetteer ("Virginia" + "State", the first word too when NER labels it a place), a
    party's form ("Virginia Democrats"), an organisation's word ("Vic Wells Ballet"), a contraction
    ("Kevin I'd"); nor is a name cut that the text goes on with a capitalised word ("Martin Luther"
    of "Martin Luther King Jnr")."""
    rest = words[1:]
    return (
        (first_placed and N.plain(words[0]) in PLACE_NAMES)
        or any(N.plain(w) in PLACE_NAMES or N.party_key(w) or N.is_party_form(w) for w in rest)
        or N.has_org_word(" ".join(words))
        or any(_CONTRACTION.fullmatch(w) for w in words)
        or bool(_GOES_ON.match(text, end))
    )


def given_name_runs(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """A run of two or three capitalised words that no mention touches, whose first word is a
    given name (names.GIVEN_NAMES) and whose others are shaped like surnames: a person's name
    NER missed ("Igor Andreev", "Gunter Grass (Germany)"). The run is read with the mentions
    blanked, so a nationality NER found before it is no part of it ("Russian Nikolay Davydenko").
    Not a run that its own words make another kind's ("Victoria Station", "Jack Daniels Group"),
    nor one written on with a hyphen or a capitalised word that is no mention."""
    masked = list(text)
    for m in ms:
        masked[m.start : m.end] = "#" * (m.end - m.start)
    blank = "".join(masked)
    found = []
    for run in _RUN.finditer(blank):
        s, e = run.span()
        words = N.strip_possessive(run.group()).split()
        e = s + len(" ".join(words))
        if not 2 <= len(words) <= 3 or N.bare(words[0]) not in N.GIVEN_NAMES:
            continue
        if not all(_SURNAME_SHAPE.fullmatch(w) for w in words[1:]) or text[e : e + 1] == "-":
            continue
        if any(N.names_nothing(w) or N.bare(w) in ARTICLES for w in words[1:]):
            continue
        name = " ".join(words)
        if N.kind_of_name(name) or N.has_org_word(name) or N.looks_demonym(words[-1]):
            continue
        if not_a_given_names_name(words, text, e):
            continue
        found.append(Mention(aid, s, e, name, "PERSON"))
    return found


def with_given_name_before(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions (in offset order), each widened over a given name written just before it,
    whether no mention covers the given name or one of its own does, when the mention's words are
    shaped like a surname ("from Talal El Karkouri", NER: "Talal" and "El Karkouri", two places):
    one person's name. Not after another capitalised word ("Hotel Victoria" + ...), nor a
    mention its own words make another kind's ("Victoria" + "Station")."""
    out: list[Mention] = []
    for m in sorted(ms, key=lambda x: (x.start, x.end)):
        before = _GIVEN_BEFORE.search(text, max(0, m.start - 20), m.start)
        words = m.surface.split()
        prev = out[-1] if out else None
        own = prev is not None and before is not None and (prev.start, prev.end) == before.span(1)
        if (
            before is not None
            and text[m.start : m.end] == m.surface
            and N.bare(before.group(1)) in N.GIVEN_NAMES
            and 1 <= len(words) <= 2
            and all(_SURNAME_SHAPE.fullmatch(w) for w in words)
            and not _CAPITAL_BEFORE.search(text, max(0, before.start(1) - 30), before.start(1))
            and (own or prev is None or prev.end <= before.start(1))
            and not not_a_given_names_name([before.group(1), *words], text, m.end, own and prev.label in PLACE_LABELS)
        ):
            name = f"{before.group(1)} {m.surface}"
            if not (N.kind_of_name(name) or N.has_org_word(name) or N.looks_demonym(words[-1])):
                if own:
                    out.pop()
                m = Mention(m.article, before.start(1), m.end, text[before.start(1) : m.end], "PERSON")
        out.append(m)
    return out


_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'-]* $")


# "S Bennett (Kent)", "M. Riley (W Yorkshire)": an initial (not the words "A", "I"), a surname, a
# bracketed name without a comma; not after a capitalised word ("Abraham B Yehoshua (Israel)").
_INITIALLED = re.compile(
    r"(?<![\w.’'-])(?<![A-Z][\w’'-] )(?<![A-Z][\w’'-]{2} )([B-HJ-Z]\.? [A-Z][\w’'-]*[a-z][\w’'-]*)"
    r" \(([A-Z][^(),\n]{1,40})\)"
)
_COUNTY = re.compile(r"(?:[NSEW] )?[A-Z][a-z]+shire")


def initialled_names(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """An initial and a surname, then a bracketed name, that no mention touches: a person named
    as match reports name referees ("Ref: S Bennett (Kent)"); the bracketed name NER missed is
    their county, a place, when it is one of the gazetteer or a county's name in "-shire" ("Kent",
    "W Yorkshire"); not any capitalised word: a team sheet's club ("J Bonnaire (Bourgoin)", "P Waugh
    (Aus)") is no place, and a place's label would switch off its bracket's votes (brackets.py). The
    votes of its other mentions still decide its type."""
    found = []
    for hit in _INITIALLED.finditer(text):
        (s, e), (ps, pe) = hit.span(1), hit.span(2)
        if _CAPITAL_BEFORE.search(text, max(0, s - 30), s) or not _free(s, e, ms):
            continue
        found.append(Mention(aid, s, e, hit.group(1), "PERSON"))
        if _free(ps, pe, ms) and (hit.group(2).lower() in PLACE_NAMES or _COUNTY.fullmatch(hit.group(2))):
            found.append(Mention(aid, ps, pe, hit.group(2), "GPE"))
    return found


def without_plural_title(ms: list[Mention]) -> list[Mention]:
    """The mentions, each without a title word's plural that opens it before two capitalised
    words or more ("Singers Jennifer Lopez", at a sentence's start, where NER took the capital for
    the name's): a list's noun, as "singer" before one name is a title (names.clean_name), no part
    of the name. Only before a given name ("Queens Park Rangers", "Reporters Without Borders" keep
    their first word), and never an honorific ("Mrs Parker Bowles": "Mrs" is no plural of "Mr")."""
    out = []
    for m in ms:
        first, _, rest = m.surface.partition(" ")
        bare = N.bare(first)
        if (
            len(rest.split()) >= 2
            and bare.endswith("s")
            and bare[:-1] in TITLE_WORDS
            and bare not in HONORIFICS | NAME_TITLES
            and N.bare(rest.split()[0]) in N.GIVEN_NAMES
            and all(w[:1].isupper() for w in rest.split())
        ):
            start = m.start + len(first) + 1
            m = Mention(m.article, start, m.end, rest, m.label, m.actor)
        out.append(m)
    return out


def a_nationality_noun(m: Mention, text: str | None) -> bool:
    """ "the Welshman dragged", "The 55-year-old Frenchman told": a word for a person of a nation
    (names.nationality_noun) describes someone and names no one, as "the chancellor" does not,
    though NER labels it a person; not a paper's name ("The Scotsman")."""
    if not N.nationality_noun(m.surface):
        return False
    return text is None or not text[max(0, m.start - 4) : m.start] == "The "


_PAIR = re.compile(r"(" + _WORD + r"(?: " + _WORD + r")*) and (" + _WORD + r"(?: " + _WORD + r")*)")


def split_listed_pairs(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions, with "X and Y" cut in two where it ends a list of names ("the gap on Chelsea,
    Everton and Arsenal", NER: "Chelsea" and "Everton and Arsenal") and the article writes X or Y
    alone elsewhere ("four points behind Arsenal"): two names of the list, not a firm's one name
    ("Brown and Williamson", which no list holds)."""
    words = {m.surface for m in ms}
    ends = {m.end for m in ms}
    out: list[Mention] = []
    for m in ms:
        hit = _PAIR.fullmatch(m.surface)
        listed = text[m.start - 2 : m.start] == ", " and (m.start - 2) in ends
        if (
            hit
            and listed
            and text[m.start : m.end] == m.surface
            and {hit.group(1), hit.group(2)} & (words - {m.surface})
        ):
            (a, b), (c, d) = hit.span(1), hit.span(2)
            out.append(Mention(m.article, m.start + a, m.start + b, hit.group(1), m.label))
            out.append(Mention(m.article, m.start + c, m.start + d, hit.group(2), m.label))
            continue
        out.append(m)
    return out


_LOWER_WORD_AFTER = re.compile(r" ([a-z]+)\b")


def with_lower_case_head(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions, each widened over the lower-case word after it when the article names, as a
    mention of its own, the name that word capitalised completes ("given LG group until
    Wednesday" beside "LG Group", "LG Card"; NER: "LG"): the same name, written in lower case."""
    names = {m.surface for m in ms}
    out = []
    for m in ms:
        nxt = _LOWER_WORD_AFTER.match(text, m.end)
        if nxt and text[m.start : m.end] == m.surface and f"{m.surface} {nxt.group(1).capitalize()}" in names:
            m = Mention(m.article, m.start, nxt.end(1), text[m.start : nxt.end(1)], m.label, m.actor)
        out.append(m)
    return out
