"""Mention spans made to hold one name each, before actors are resolved (actors.py's step 0).

NER glues words onto names and names onto each other: "Tanzania Mr Brown", "Without Charles",
"Roddick 6-2 7-6", "Anthony became Lopez", "Clay, Flack (Edwards", "Wales v England". And it
misses names an honorific makes certain: "Lord Browne said", or "Scotland" in "Baroness
Scotland". `tidy_mentions` returns new records of an article's mentions:
- a span over several names is cut into one mention per name (at commas, brackets, "v", a
  lower-case word between two capitalised ones that is no connector of names, and an "and" before
  the span's first word again: "Duchy of Lancaster and Duchy of Cornwall");
- a span is cut at a dash between spaces ("... at Cannes - Nair"); a prefix joined to a name by a
  hyphen goes ("non-Champions League", "Non-European Union");
- words glued before a name go: a capitalised function word at its start ("Without"), the words
  before an honorific inside it ("Tanzania" of "Tanzania Mr Brown"), a party's form before a
  person's name, which is the party's mention ("Tory" of "Tory Dominic", party_members.py); scores and years after it go,
  and lower-case words after it ("United seemed home") but an organisation's ("Labour campaign");
- an honorific written just before a mention joins it, and the mention is a person's; so does a
  word after a one-word mention that the article names a person by alone ("Reese" + "Witherspoon");
- with the text, an honorific followed by capitalised words that no mention covers is a person's
  name NER missed; so are an acronym in brackets after its name, a party's form and a name
  coordinated with a mention (cued_names.py).
The records given are not changed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace

from .fixtures import fixture_line_sides, split_fixture_slashes
from .glued_firms import joined_firm_names
from .lower_case_bodies import lower_case_body_mentions
from .places_in_places import places_in_places
from .saint_names import with_place_head
from . import names as N
from .demonym_names import widened_demonyms
from .ordinal_dates import after_an_ordinal
from .paired_surnames import split_paired_surnames
from .party_members import party_word_off
from .possessors import split_possessors
from .role_opened_names import role_opened_names
from .web_domains import web_address_mentions
from .cued_names import (
    a_nationality_noun,
    bracketed_acronyms,
    club_nicknames,
    coordinated_names,
    event_words,
    given_name_before_surname,
    given_name_runs,
    not_a_given_names_name,
    headed_names,
    initialled_names,
    party_forms,
    split_listed_pairs,
    with_given_name_before,
    with_lower_case_head,
    without_plural_title,
)
from ..lexicon import (
    BODY_HEADS,
    CLUB_HEADS,
    CORPORATE_WORDS,
    EVENT_HEADS,
    GLUED_SPEECH_FORMS,
    INSTITUTIONS,
    IRREGULAR_DEMONYMS,
    LEAD_WORDS,
    LOWER_EVENT_HEADS,
    MILITARY_RANKS,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NAME_TITLES,
    NOT_NAMES,
    ORG_AFTER_NAME,
    PLACE_HEADS,
    PERSON_ROLES,
    PLACE_LABELS,
    PLACE_NAMES,
    PRESS_HEADS,
    SHORTENED_WORDS,
    REGNAL_NUMBERS,
    RACE_HEADS,
    SEE_TITLES,
    SOVEREIGNS,
    HONORIFICS,
    KNIGHTHOODS,
    NAME_SUFFIXES,
    TITLE_WORDS,
    TITLES_AFTER,
)
from ..records import Mention

_TOKEN = re.compile(r"\S+")
# The last words of names that NER may leave out of them.
NAME_HEADS = (EVENT_HEADS | CLUB_HEADS) - {"city", "games", "award", "conference"}
# Separators between two names inside one span; a line break too ("Derby v Wigan\n\nSunderland v
# Crystal Palace": NER glued "Wigan" to "Sunderland"): no name runs over one (a fixture line's
# slash is fixtures.split_fixture_slashes').
# A full stop after a word of three letters or more that is no short form, then a capital: a
# sentence's end NER ran over ("Jay-Z. Soul singer Stevie Wonder"); not an initial ("Donald J.
# Trump", "H.W."), "St. Paul" or a short form ("Warner Bros. Pictures").
_SHORT_FORMS = MILITARY_RANKS | NAME_TITLES | CORPORATE_WORDS | NAME_SUFFIXES | SHORTENED_WORDS
_SENTENCE_END = (
    r"(?<=[^\W\d_][\w’'\-]{2})"
    + "".join(rf"(?<!\b{w.capitalize()})(?<!\b{w})" for w in sorted(_SHORT_FORMS) if re.fullmatch(r"[a-z]{3,}", w))
    + r"\.\s+(?=[A-Z])"
)
_SEPARATOR = re.compile(r"\s*[,;()\[\]]\s*|\s+(?:v|vs|v\.|vs\.|[-–—])\s+|[ \t]*\n\s*|" + _SENTENCE_END)
# Lower-case words that join the words of one name ("Bank of England", "Bethnal Green and Bow");
# not "in" or "at", which put a name in a place: "Nationals in Santry", "Best First Feature at Cannes".
_CONNECTORS = NAME_PARTICLES | frozenset({"of", "and", "the", "for", "on", "upon", "&", "y", "-"})
_PREFIX = re.compile(r"(?i:" + "|".join(sorted(NAME_PREFIXES)) + r")-(?=[A-Z])")
_KEPT_AFTER = ORG_AFTER_NAME | CORPORATE_WORDS | NAME_PARTICLES | NAME_HEADS | PLACE_HEADS
_QUOTE_MARKS = "\"“”‘’'«»"
_SCORE = re.compile(r"\(?\d+[-–:]\d+\)?|(?:19|20)\d\d")
_HONORIFIC_NAME = re.compile(
    r"\b(?P<title>" + "|".join(sorted((t.capitalize() for t in NAME_TITLES), key=len, reverse=True)) + r")\.?\s+"
    r"(?P<name>[A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-]+|" + "|".join(sorted(NAME_PARTICLES)) + r"))*)"
)


def _cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit() or bool(_PREFIX.match(word)))


def _pieces(m: Mention) -> list[tuple[int, int]]:
    """(start, end) offsets, relative to the mention, of the names in its surface."""
    s = m.surface
    chunks, pos = [], 0
    for sep in _SEPARATOR.finditer(s):
        chunks.append((pos, sep.start()))
        pos = sep.end()
    chunks.append((pos, len(s)))
    out = []
    for cs, ce in chunks:
        toks = [(t.start() + cs, t.end() + cs) for t in _TOKEN.finditer(s[cs:ce])]
        run: list[tuple[int, int]] = []
        first_cap = next((s[a:b] for a, b in toks if _cap(s[a:b])), "")
        for i, (ts, te) in enumerate(toks):
            word = s[ts:te]
            glue = (
                word[:1].islower()
                and word.lower() not in _CONNECTORS
                and 0 < i < len(toks) - 1
                and any(_cap(s[a:b]) for a, b in toks[:i])
                and any(_cap(s[a:b]) for a, b in toks[i + 1 :])
            ) or (
                # "Duchy of Lancaster and Duchy of Cornwall": "and" before the name's first word again.
                word == "and" and 1 < i < len(toks) - 1 and s[slice(*toks[i + 1])] == first_cap
            )
            if glue:
                if run:
                    out.append(run)
                run = []
            else:
                run.append((ts, te))
        if run:
            out.append(run)
    return [_trim(s, run) for run in out if _trim(s, run) is not None]


def _trim(s: str, run: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The run of tokens without the words glued before and after the name, or None."""
    words = [s[a:b] for a, b in run]
    i, j = 0, len(run)
    # A lower-case word opening a piece that was cut out of a longer span ("so-called").
    while i < j and words[i][:1].islower() and words[i].lower() not in ("the",) and not _PREFIX.match(words[i]):
        i += 1
    # "Without Charles": a capitalised function word at the start.
    while j - i > 1 and words[i].lower() in LEAD_WORDS:
        i += 1
    # "Tanzania Mr Brown": the words before an honorific inside the name (not a surname that is
    # also a title before a suffix: "Martin Luther King Jnr").
    for k in range(j - 2, i, -1):
        if (
            N.bare(words[k]) in NAME_TITLES
            and words[k][:1].isupper()
            and _cap(words[k + 1])
            and N.bare(words[k + 1]) not in NAME_SUFFIXES
        ):
            i = k
            break
    while j - i > 1 and (
        _SCORE.fullmatch(words[j - 1].rstrip(",."))
        or (words[j - 1].isupper() and N.bare(words[j - 1]) in TITLES_AFTER)
        or words[j - 1] in ("and", "of", "the", "&")  # "Lil Jon and"
        or words[j - 1].lower() in GLUED_SPEECH_FORMS  # "Obama Says" of a headline
    ):
        j -= 1
    # "United seemed home", "Anthony duet": lower-case words after the name, but for an
    # organisation's ("Labour campaign", "Yukos plc") and a name's particles.
    while (
        j - i > 1
        and words[j - 1][:1].islower()
        and N.bare(words[j - 1]) not in _KEPT_AFTER
        and not _head_after_adjective(words[j - 2], words[j - 1])
    ):
        j -= 1
    if i >= j or not any(_cap(w) for w in words[i:j]):
        return None
    # "non-Champions League", "Non-European Union", "pro-Iraq": the prefix is no part of the name.
    prefix = _PREFIX.match(words[i])
    start, end = run[i][0] + (prefix.end() if prefix else 0), run[j - 1][1]
    # "“War On Drugs": quotation marks around a name are no part of it.
    start += len(s[start:end]) - len(s[start:end].lstrip(_QUOTE_MARKS))
    end -= len(s[start:end]) - len(s[start:end].rstrip(_QUOTE_MARKS))
    return (start, end) if start < end else None


# The endings of English adjectives of nations and kinds ("Olympic", "National", "European",
# "Scottish", "Chinese"): a name does not end on one.
_ADJECTIVE = re.compile(r"[A-Z][\w\-]*(?:ic|al|an|ish|ese)")


def _head_after_adjective(before: str, word: str) -> bool:
    """ "International Olympic committee": after a capitalised adjective, an institution's noun in
    lower case is the name's head, not a word NER glued on (NER wrote the name as the text did)."""
    return N.bare(word) in INSTITUTIONS and bool(_ADJECTIVE.fullmatch(before))


def tidy_mentions(aid: str, mentions: list[Mention], text: str | None) -> list[Mention]:
    """One article's mentions, each over one name (see the module doc), in offset order."""
    out: list[Mention] = []
    for m in mentions:
        m = _completed(m, text)
        pieces = _pieces(m)
        if len(pieces) == 1 and pieces[0] == (0, len(m.surface)):
            whole = [m]
        else:
            whole = [replace(m, start=m.start + a, end=m.start + b, surface=m.surface[a:b]) for a, b in pieces]
        whole = [part for piece in whole for part in party_word_off(piece)]  # "Tory Dominic" (party_members)
        out += [
            with_place_head(_with_head_word(_without_adjective_after(_with_honorific(piece, text), text), text), text)
            for piece in whole
            if not _names_no_one(piece)
            and not _inside_a_word(piece, text)
            and not a_nationality_noun(piece, text)
            and not after_an_ordinal(piece, text)  # "the 18th Century painting" (ordinal_dates.py)
        ]
    if text is not None:
        out = widened_demonyms(text, out)  # "the Spanish FA": NER cut the name at the nationality
        out = without_plural_title(out)
        out = split_listed_pairs(text, out)
        out = split_paired_surnames(text, out)  # "Royer and Elgindy": two men (paired_surnames)
        out = with_lower_case_head(text, out)
        out = lower_case_body_mentions(aid, text, out)  # "the Commons science and technology committee"
        out = joined_firm_names(text, out)  # "Sony" + "Ericsson": one firm (glued_firms.py)
        out = _joined_by_particle(text, out)
        out = _joined_by_for(text, out)
        out = _with_surname_after(text, out)
        out = _with_suffixed_surname(text, out)
        out = with_given_name_before(text, out)
        out += _titled_names(aid, text, out)
        out += role_opened_names(aid, text, out)  # "Boss Henk Addink blames" (role_opened_names.py)
        out += _known_places(aid, text, out)
        out += bracketed_acronyms(aid, text, out) + party_forms(aid, text, out)
        out += coordinated_names(aid, text, out)
        out += club_nicknames(aid, text, out)
        out += headed_names(aid, text, out)
        out += event_words(aid, text, out)
        out += given_name_runs(aid, text, out)
        out += places_in_places(aid, text, out)  # "Cottenham in Cambridgeshire", "Minety in Wiltshire"
        out += web_address_mentions(aid, text, out)  # "his napster.no site" (web_domains.py)
        out = split_fixture_slashes(text, out)  # "Luton v Hinckley/Brentford": two clubs
        out += fixture_line_sides(aid, text, out)  # "Arsenal v Stoke": a draw's line (fixtures.py)
        out = _list_members(aid, text, out)
        out += initialled_names(aid, text, out)  # after the lists: its bracket is no member
        # last: "Henry's Arsenal", "Mr Brown's Budget" (glued by NER or by a join above) are two
        out = split_possessors(text, out)  # the owner and the owned name (possessors.py)
    out = [_without_members_title(m) for m in out]
    surnames = {N.bare(m.surface.split()[-1]) for m in out if len(m.surface.split()) > 1}
    return sorted(
        (m for m in out if not _only_a_title(m, surnames) and not only_titles(m)), key=lambda x: (x.start, x.end)
    )


# A person's title or role, alone, names no one: "MPs", "the MEP", "Directors", "President". Not
# the titles that are how one person is named ("the Queen", "the Pope", "Lord"), nor a rank, which
# names things too ("Commodore" computers), nor a party's form.
_TITLES_ALONE = (TITLE_WORDS | PERSON_ROLES) - NAME_TITLES - SOVEREIGNS - MILITARY_RANKS


def _without_members_title(m: Mention) -> Mention:
    """ "Labour MPs", "Asian MPs": a party or a nationality before its members' title is the party
    or the nationality; the title goes."""
    words = m.surface.split()
    last = N.bare(words[-1]) if len(words) >= 2 else ""
    if not last.endswith("s") or not set(N.singulars_of(last)) & _TITLES_ALONE:
        return m
    rest = m.surface[: m.surface.rindex(words[-1])].rstrip()
    if not (N.party_key(rest) or N.looks_demonym(rest)):
        return m
    return replace(m, end=m.start + len(rest), surface=rest)


def _only_a_title(m: Mention, surnames: set[str]) -> bool:
    """A mention that is one title or role word, or its plural, and no surname of a person the
    article names in full ("Major" of John Major, "King" of Oona King stay), nor an acronym of no
    title ("RT", the broadcaster)."""
    words = m.surface.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) != 1 or N.party_key(m.surface):
        return False
    if N.is_acronym(words[0]) and N.bare(words[0]) not in TITLES_AFTER | PERSON_ROLES:
        return False  # "RT" is no "Rt" (Hon): only "MEP", "MSP", "CEO" are titles in capitals
    word = N.bare(re.sub(r"['’]s?$", "", words[0]))
    return word not in surnames and bool({word, *N.singulars_of(word)} & _TITLES_ALONE)


# Words a name made only of titles is written with: "the Rt Rev Dr", "Lord Chief Justice",
# "Chief Executive", "Jr" (NER's pieces of "the Rt Rev Dr Tom Wright", "Bruce L Castor Jr").
_TITLE_ONLY_WORDS = TITLE_WORDS | PERSON_ROLES | HONORIFICS | MILITARY_RANKS | NAME_SUFFIXES | {"of", "the"}
# Honorifics and suffixes that name no one alone: "Dr", "Mr", "Jr" (not "Lord", "Lady", "Sir",
# which name a peer or God, nor "the Queen": see _TITLES_ALONE)
_BEFORE_NAMES = HONORIFICS - {"lord", "lady", "president"}  # what follows one of these is a name
_HONORIFICS_ALONE = (_BEFORE_NAMES - KNIGHTHOODS) | NAME_SUFFIXES


def only_titles(m: Mention) -> bool:
    """A mention written only in titles, honorifics and name suffixes names no one: a job
    title without its holder's name is a description ("the Lord Chancellor", "Chief Executive":
    bench/gold/README.md), and "Dr" or "Jr" alone is NER's piece of a name it cut. Not a title
    used as a name ("Prince of Wales", names.is_title_name), nor "the Queen", "Lord" or an
    acronym ("MS")."""
    words = [N.bare(re.sub(r"['’]s?$", "", w)) for w in m.surface.split()]
    if not words or N.is_title_name(m.surface) or N.party_key(m.surface):
        return False
    if len(words) == 1:
        return not N.is_acronym(m.surface) and words[0].rstrip(".") in _HONORIFICS_ALONE
    named = [w for w in words if w not in ("of", "the")]
    for w, nxt in zip(named, named[1:]):
        if w in _BEFORE_NAMES and nxt not in HONORIFICS:
            return False  # "Mr King", "Dr Judge": an honorific is followed by a name
        if w in ("lord", "lady") and nxt in NAME_TITLES | SOVEREIGNS | MILITARY_RANKS:
            return False  # "Lord King", a peer; not "Lord Chancellor", a post
    return bool(named) and all(w in _TITLE_ONLY_WORDS for w in words)


def _inside_a_word(m: Mention, text: str | None) -> bool:
    """A span that starts after a letter or a digit of the same word: "GB" of "160GB", which NER
    labels a person."""
    return bool(text) and 0 < m.start <= len(text) and text[m.start - 1].isalnum()


def _names_no_one(m: Mention) -> bool:
    """ "GMT" (of "2300 GMT - 0100 GMT"), "the Budget", "pre-Budget": lexicon.NOT_NAMES."""
    return N.plain(N.clean_name(m.surface, m.label).name or m.surface) in NOT_NAMES


_SEGMENT = re.compile(r"[^.\n]+")
_ITEM = re.compile(r"[^,:;()]+")
_ITEM_NAME = re.compile(r"(?:[A-Z]\.? )?[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?(?= \d+(?: og)?$|$)")


_CAP_RUN = re.compile(r"[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)*")


def _known_places(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """A run of capitalised words that is a place of the gazetteer (lexicon.PLACE_NAMES) and that
    no mention covers: a place NER missed ("parts of Donetsk and Luhansk"). Not at a sentence's
    start, where a capital says nothing."""
    taken = [(m.start, m.end) for m in ms]
    found = []
    for run in _CAP_RUN.finditer(text):
        s, e = run.start(), run.end()
        if run.group().lower() not in PLACE_NAMES or N.starts_sentence(text, s):
            continue
        if re.search(r"[A-Z][\w’'\-]* (?:of|for|and) $", text[max(0, s - 30) : s]) and not _of_after_a_person(
            text, s, ms
        ):
            continue  # the end of a longer name: "Prince of Wales", "Bank of England"
        if any(a < e and s < b for a, b in taken):
            continue
        found.append(Mention(aid, s, e, run.group(), "GPE"))
    return found


def _of_after_a_person(text: str, s: int, ms: list[Mention]) -> bool:
    """ "Filippo Volandri of Italy": "of" right after a person's full name (NER's) says where they
    are from; no longer name ends with the place (people7)."""
    return any(m.label == "PERSON" and len(m.surface.split()) >= 2 and text[m.end : s] == " of " for m in ms)


def _list_members(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """The members of a list share their kind: in a list of names ("Carroll, Gary Neville,
    Ferdinand, Brown (Giggs 64), Keane") of which most are people's mentions, every name is a
    person's, those NER missed too, without the minute written after it ("Graham 86"). A list
    member before a colon is a heading ("Subs Not Used:"). Where an article has such a list (a
    team sheet), a line that holds nothing but two names or more is one too ("Subs Not Used:
    Cooper, Knight.", "Riggott 74, Graham 86.")."""
    ms = sorted(ms, key=lambda x: (x.start, x.end))
    starts = [m.start for m in ms]
    relabel: dict[int, Mention] = {}
    added: list[Mention] = []
    # The surnames of the people the article names in full: a list member that is one is a person.
    surnames = {m.surface.split()[-1] for m in ms if m.label == "PERSON" and len(m.surface.split()) >= 2}
    lists, short = [], []
    for seg in _SEGMENT.finditer(text):
        items = []
        for it in _ITEM.finditer(seg.group()):
            raw = it.group()
            s = seg.start() + it.start() + len(raw) - len(raw.lstrip())
            e = seg.start() + it.end() - (len(raw) - len(raw.rstrip()))
            if e <= s or text[e : e + 1] == ":" or text[e : e + 2] == " :":
                continue
            items.append((s, e))
        covered: list[list[int]] = []
        for s, e in items:
            i = bisect_left(starts, s)
            end = e + 1 if text[e : e + 1] == "." else e  # NER's "Bartlett 80." holds the full stop
            covered.append([k for k in range(i, len(ms)) if ms[k].start < e and ms[k].end <= end])
        if len(items) >= 3:
            labels = ["PERSON" if ms[ins[0]].surface in surnames else ms[ins[0]].label for ins in covered if ins]
            if 2 * len(labels) >= len(items) and Counter(labels).most_common(1)[0][0] == "PERSON":
                lists.append((items, covered))
                continue
        if len(items) >= 2 and _names_only_line(text, seg, items):
            short.append((items, covered))
    for items, covered in lists + (short if lists else []):
        for (s, e), inside in zip(items, covered):
            if inside:
                for k in inside:
                    minute = _MINUTE.search(ms[k].surface)
                    if minute and ms[k].start == s:
                        cut = minute.start()
                        relabel[k] = replace(ms[k], end=s + cut, surface=ms[k].surface[:cut], label="PERSON")
                    elif ms[k].label != "PERSON" and ms[k].start == s:
                        relabel[k] = replace(ms[k], label="PERSON")
                continue
            name = _ITEM_NAME.match(text[s:e])
            if name and any(N.names_nothing(w) for w in name.group().split()):
                continue  # "On Tuesday, Doherty and ...": a sentence's opening words, no member
            if name and not any(m.start < e and s < m.end for m in ms):
                added.append(Mention(aid, s, s + name.end(), name.group(), "PERSON"))
    return [relabel.get(k, m) for k, m in enumerate(ms)] + added


_MINUTE = re.compile(r"\s+\d{1,3}\.?$")


_HEADING = re.compile(r"\s*[A-Z][a-z]+(?: [A-Z][a-z]+)*:\s")


def _names_only_line(text: str, seg: re.Match, items: list[tuple[int, int]]) -> bool:
    """The segment is a line of its own (after a heading and its colon, if any), or a part of one
    that a heading and its colon open ("Subs Not Used: Ricardo, Bellion."), whose items are all
    names, those in brackets with a minute after them ("(Job 86)"; "(W Yorkshire)" is a place)."""
    line_start = text.rfind("\n", 0, seg.start()) + 1
    headed = _HEADING.match(seg.group()) is not None
    ends = text[seg.end() : seg.end() + 1] in ("", ".", "\n")
    if (text[line_start : seg.start()].strip() and not headed) or not ends:
        return False
    for s, e in items:
        name = _ITEM_NAME.match(text[s:e])
        if not name or name.end() == e - s and text[s - 1 : s] == "(" or not _ITEM_END.match(text[s + name.end() : e]):
            return False
    return True


_ITEM_END = re.compile(r"(?: \d+(?: og)?)?$")


_NEXT_WORD = re.compile(r" ([A-Z][\w’'\-]+)\b")
# NER stopped inside a name, after its "of" or "for": "the Office of the" + "Deputy Prime Minister".
_CUT_AFTER_CONNECTOR = re.compile(r"[A-Z][\w’'\-]*\s+(?:of|for)(?:\s+the)?$")
_REST_OF_NAME = re.compile(r"\s+[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of|and|for|the)(?=\s+[A-Z]|[\s’'.,;:)]|$))*")
_THE_REST_OF_NAME = re.compile(r"\s+the(?=\s+[A-Z])" + _REST_OF_NAME.pattern)
_PARTICLES_BETWEEN = re.compile(r" (?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r") ){1,2}")


def _completed(m: Mention, text: str | None) -> Mention:
    """A mention that ends with "of" or "for" (and "the") where capitalised words follow in the
    text: NER stopped inside the name ("the Office of the" + "Deputy Prime Minister")."""
    if text is None or text[m.start : m.end] != m.surface or not _CUT_AFTER_CONNECTOR.search(m.surface):
        return m
    rest = _REST_OF_NAME.match(text, m.end)
    if rest is None and not m.surface.endswith(" the"):
        rest = _THE_REST_OF_NAME.match(text, m.end)  # "the BBC Sports Personality of" + "the Year"
    if rest is None:
        return m
    end = m.end + len(rest.group().rstrip())
    while text[m.start : end].split()[-1] in ("of", "and", "for", "the"):
        end = m.start + len(text[m.start : end].rsplit(" ", 1)[0])
    return replace(m, end=end, surface=text[m.start : end])


def _joined_by_particle(text: str, ms: list[Mention]) -> list[Mention]:
    """Two mentions of a person's name written with a lower-case particle between them ("Sandra"
    + "den" + "Hamer"), one of them a person's by NER: one name, a person's."""
    ms = sorted(ms, key=lambda x: (x.start, x.end))
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and "PERSON" in (prev.label, m.label)
            and _cap(m.surface)
            and text[prev.start : prev.end] == prev.surface
            and _PARTICLES_BETWEEN.fullmatch(text[prev.end : m.start])
        ):
            out[-1] = replace(prev, end=m.end, surface=text[prev.start : m.end], label="PERSON")
            continue
        out.append(m)
    return out


_FOR_BETWEEN = re.compile(r" for (?:the )?")


def _joined_by_for(text: str, ms: list[Mention]) -> list[Mention]:
    """An institution's name and the name of what it is for, which NER cut in two ("the Court of
    Appeals" + "for the" + "District of Columbia"): one organisation's name, when the first begins
    with an institution's noun (a court, a commission, an office; `_institution_first`)."""
    ms = sorted(ms, key=lambda x: (x.start, x.end))
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == "ORG"
            and text[prev.start : prev.end] == prev.surface
            and _FOR_BETWEEN.fullmatch(text[prev.end : m.start])
            and _cap(re.sub(r"^the\s+", "", m.surface))
            and _institution_first(prev.surface)
        ):
            out[-1] = replace(prev, end=m.end, surface=text[prev.start : m.end], label="ORG")
            continue
        out.append(m)
    return out


def _institution_first(surface: str) -> bool:
    """ "the Court of Appeals", "US Court of Appeals": an institution's noun opens the name, after
    a country's abbreviation if any."""
    words = re.sub(r"(?i)^the\s+", "", surface).split()
    if words and N.abbreviation_key(words[0]) and len(words) > 1:
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and N.bare(words[0]) in INSTITUTIONS


def _with_surname_after(text: str, ms: list[Mention]) -> list[Mention]:
    """A one-word mention followed by a word that the article's people are named by alone
    ("Reese" + "Witherspoon", where NER found "Witherspoon" a person elsewhere and "Reese" a
    nationality), or a given name followed by a surname-shaped word ("Marat" + "Safin", NER's
    nationality; cued_names.given_name_before_surname): the two words are one person's name."""
    alone = {m.surface for m in ms if m.label == "PERSON" and " " not in m.surface.strip()}
    starts = {m.start for m in ms}
    out = []
    for m in ms:
        nxt = _NEXT_WORD.match(text, m.end)
        if (
            nxt
            and " " not in m.surface
            and _cap(m.surface)
            and (
                nxt.group(1) in alone
                or (
                    given_name_before_surname(m.surface, nxt.group(1))
                    and not not_a_given_names_name([m.surface, nxt.group(1)], text, nxt.end(1), m.label in PLACE_LABELS)
                )
            )
            and nxt.start(1) not in starts
        ):
            m = replace(m, end=nxt.end(1), surface=text[m.start : nxt.end(1)], label="PERSON")
        out.append(m)
    return out


_SUFFIX_WORDS = sorted(
    {s.rstrip(".").upper() if s.rstrip(".") in REGNAL_NUMBERS else s.rstrip(".").title() for s in NAME_SUFFIXES},
    key=len,
    reverse=True,
)
_SUFFIXED_SURNAME = re.compile(r" ([A-Z][\w'’-]+),? (?:" + "|".join(_SUFFIX_WORDS) + r")\b\.?")


def _with_suffixed_surname(text: str, ms: list[Mention]) -> list[Mention]:
    """A person's mention followed by a capitalised word and a suffix ("Bruce L" + "Castor Jr"):
    a suffix ends a name, so the word before it is the surname NER left out (the suffix alone
    names no one: only_titles)."""
    out = []
    for m in ms:
        after = _SUFFIXED_SURNAME.match(text, m.end) if m.label == "PERSON" else None
        if after and not any(o.start <= after.start(1) < o.end for o in ms):
            m = replace(m, end=after.end(), surface=text[m.start : after.end()])
        out.append(m)
    return out


def _with_honorific(m: Mention, text: str | None) -> Mention:
    """The mention widened over an honorific written just before it ("Baroness" + "Scotland"):
    then a person's; or over the word of a party's name NER left out ("Liberal" + "Democrat")."""
    if text is None or text[m.start : m.end] != m.surface:
        return m
    before = re.search(r"\b([A-Z][a-z]+)\.?\s$", text[max(0, m.start - 14) : m.start])
    if before and before.group(1).lower() in NAME_TITLES and _cap(m.surface):
        start = m.start - len(before.group(0))
        return replace(m, start=start, surface=text[start : m.end], label="PERSON")
    after = re.match(r"\s([A-Z][a-z]+)\b", text[m.end : m.end + 20])
    if after and N.bare(after.group(1)) in NAME_HEADS and N.bare(m.surface.split()[-1]) not in NAME_HEADS:
        # "Australian" + "Open", "Newcastle" + "United": NER stopped before the name's head word.
        end = m.end + after.end()
        return replace(m, end=end, surface=text[m.start : end], label="ORG")
    if before and N.is_party_form(before.group(0) + m.surface):
        start = m.start - len(before.group(0))
        return replace(m, start=start, surface=text[start : m.end])
    return m


_LOWER_NEXT = re.compile(r" [a-z]")


def _without_adjective_after(m: Mention, text: str | None) -> Mention:
    """ "the Tampa Bay Buccaneers American football team": a nationality's adjective that ends a
    name of three words or more and is followed by a lower-case noun qualifies that noun, not the
    name. (A name of two, "Anglo American", may end on one.)"""
    if text is None or text[m.start : m.end] != m.surface:
        return m
    words = m.surface.split()
    if len(words) < 3 or not _nationality(words[-1]) or not _LOWER_NEXT.match(text, m.end):
        return m
    end = m.start + len(m.surface.rsplit(" ", 1)[0])
    return replace(m, end=end, surface=text[m.start : end])


# Of one-word places: "Republic" is no nationality of "Republic of Ireland".
_PLACE_STEMS = frozenset(p[:k] for p in PLACE_NAMES if " " not in p for k in range(4, len(p) + 1))


def _nationality(word: str) -> bool:
    """A nationality's adjective: shaped like one and made from a gazetteer place's name
    ("American": America, "Chinese": China), not a name that only ends like one ("Lagan")."""
    if not N.looks_demonym(word):
        return False
    low = word.lower()
    if low in IRREGULAR_DEMONYMS:
        return True
    stem = re.sub(r"(?:ian|an|n|ish|ese|i|ic)$", "", low)
    return len(stem) >= 4 and stem in _PLACE_STEMS


_NEXT_ANY_WORD = re.compile(r" ([A-Za-z]+)\b")


def _with_head_word(m: Mention, text: str | None) -> Mention:
    """The mention widened over the head word of the name it begins, which NER left out: a race's
    in lower case after a place ("the London marathon"), an election's or a ceremony's after a name
    that is no place ("the European Parliament elections", "the Bafta awards"; not a country's:
    "the Iraq elections" are Iraq's), a governing body's after a nationality's word ("Scottish
    Executive"), a paper's after a place ("the Hollywood Reporter"). Then the name is an event's or
    an organisation's; the place, the body or the nation it names is no mention of its own."""
    if text is None or text[m.start : m.end] != m.surface or m.surface.endswith(("'s", "’s", "'", "’")):
        return m
    nxt = _NEXT_ANY_WORD.match(text, m.end)
    if nxt is None:
        return m
    word = nxt.group(1)
    if word in RACE_HEADS or (
        word in LOWER_EVENT_HEADS and m.label not in PLACE_LABELS and N.plain(m.surface) not in PLACE_NAMES
    ):
        label = "EVENT"
    elif m.label == "NORP" and word[:1].isupper() and word[1:].islower() and word.lower() in BODY_HEADS:
        label = "ORG"
    elif m.label in PLACE_LABELS and word[:1].isupper() and word[1:].islower() and word.lower() in PRESS_HEADS:
        label = "ORG"  # a paper named after its place: "the Hollywood" + "Reporter"
    else:
        return m
    return replace(m, end=nxt.end(1), surface=text[m.start : nxt.end(1)], label=label)


def _alternation(words) -> str:
    return "|".join(sorted((w.capitalize() for w in words), key=len, reverse=True))


# "the Queen" (no name after it), "Archbishop of Canterbury", "Duke of Edinburgh".
_TITLE_AS_NAME = re.compile(
    r"\bthe (?P<alone>" + _alternation(SOVEREIGNS) + r")\b(?! [A-Z]| of\b)"
    r"|\b(?P<see>(?:" + _alternation(SEE_TITLES) + r") of (?:the )?[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)*)"
)


def _titled_names(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """Honorific + capitalised words that no mention overlaps: a person NER missed; and a title
    used as a name ("the Queen", "the Archbishop of Canterbury")."""
    taken = [(m.start, m.end) for m in ms]
    found = []
    for hit in _TITLE_AS_NAME.finditer(text):
        group = "alone" if hit.group("alone") else "see"
        s, e = hit.start(group), hit.end(group)
        e = s + len(N.strip_possessive(text[s:e]))
        if any(a < e and s < b for a, b in taken):
            if group == "see":  # NER's "Canterbury" inside "Archbishop of Canterbury": the title names
                ms[:] = [m for m in ms if not (s <= m.start and m.end <= e)]
                taken = [(m.start, m.end) for m in ms]
            else:
                continue
        found.append(Mention(aid, s, e, text[s:e], "PERSON"))
        taken.append((s, e))
    for hit in _HONORIFIC_NAME.finditer(text):
        s, e = hit.start(), hit.end()
        name = hit.group("name")
        while name.split() and name.split()[-1] in NAME_PARTICLES:  # a particle cannot end it
            name = name.rsplit(" ", 1)[0]
            e = hit.start("name") + len(name)
        e = s + len(N.strip_possessive(text[s:e]))
        if any(a < e and s < b for a, b in taken):
            continue
        found.append(Mention(aid, s, e, text[s:e], "PERSON"))
        taken.append((s, e))
    return found


def split_country_prefix(mentions: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """ "US Congress", "US Federal Reserve": a country's abbreviation before a name that the
    corpus also writes alone is two mentions, the country and the institution ("US Airways",
    never written "Airways" alone, stays one), or before an institution's name ("the US Securities
    Exchange Commission"); "the" before them is neither's ("the US Congress")."""
    alone = {N.plain(N.clean_name(m.surface, m.label).name) for ms in mentions.values() for m in ms}
    out: dict[str, list[Mention]] = {}
    for aid, ms in mentions.items():
        new: list[Mention] = []
        for m in ms:
            lead = 4 if m.surface[:4].lower() == "the " else 0  # "the US Congress"
            first, _, rest = m.surface[lead:].partition(" ")
            if (
                rest
                and N.abbreviation_key(first)
                and _cap(rest)
                and (N.plain(N.clean_name(rest, m.label).name) in alone or _institution(rest))
            ):
                cut = lead + len(first) + 1
                label = "GPE" if N.abbreviation_key(first) in PLACE_NAMES else "ORG"  # "UN Security Council"
                new.append(
                    replace(m, start=m.start + lead, end=m.start + lead + len(first), surface=first, label=label)
                )
                new.append(replace(m, start=m.start + cut, surface=m.surface[cut:]))
            else:
                new.append(m)
        out[aid] = new
    return out


def _institution(rest: str) -> bool:
    """ "Securities Exchange Commission", "Security Council": a name of two words or more with an
    organisation's word, which a country's abbreviation before it is no part of (but "UK
    Independence Party": a party is named by its country; "US Airways Group", "US Steel Corp": a
    company's own words are no institution's)."""
    words = rest.split()
    return len(words) >= 2 and N.has_org_word(N.without_corporate_words(rest)) and N.bare(words[-1]) != "party"
