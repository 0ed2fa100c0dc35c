"""Mentions NER missed of the actors already found (step 6 of actors.py's module doc).

With the article texts, an actor's names are looked for where no mention covers them: the names
of the actors an article already mentions (a person's surname, an organisation's name without
"Group", a club's last word, a venue's first word: "the Lyric" of "Lyric Theatre"), the names of two words or more, and the acronyms, that name one
actor in the whole corpus, and the single words that name one organisation, place or event of
the corpus (or several, in an article that names one of them) and that no text writes in lower case. A single word at a sentence's start counts
only when the article never writes it in lower case (a capital there says nothing).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from . import names as N
from .club_first_words import club_first_word
from .works import written_titles
from ..lexicon import CLUB_HEADS, EVENT_HEADS, LEGISLATURE_WORDS, MONTHS_AND_DAYS, ORG_WORDS, PLACE_HEADS
from ..records import Actor, Mention

if TYPE_CHECKING:
    from .nodes import Node

LABEL_OF_TYPE = {"person": "PERSON", "org": "ORG", "place": "GPE", "group": "NORP", "event": "EVENT"}

# "T-Mobile", "Coca-Cola": capitalised parts joined by hyphens are one word.
_CAP_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][\w]*(?:[’'][\w]+)*(?:-[A-Z0-9][\w]*)*")


def _cap_runs(text: str):
    """Maximal runs of capitalised words joined by single spaces: (start, end)."""
    run_start = run_end = None
    for m in _CAP_WORD.finditer(text):
        if run_end is not None and text[run_end : m.start()] == " ":
            run_end = m.end()
            continue
        if run_start is not None:
            yield run_start, run_end
        run_start, run_end = m.start(), m.end()
    if run_start is not None:
        yield run_start, run_end


def missed_mentions(
    resolved: dict[str, list[Mention]],
    texts: dict[str, str],
    by_article: dict[str, list[Node]],
    table: dict[str, Actor],
    things: dict[str, list[Node]] | None = None,
) -> list[tuple[Mention, str]]:
    """The mentions NER missed of the actors an article already mentions: (the new mention, the
    name it was found under), by article and in text order. Not inside `things`, the titles of
    works and products each article writes (no actors): "Baghdad" of "The Liberace of Baghdad"."""
    found: list[tuple[Mention, str]] = []
    wanted = {**_corpus_words(by_article, resolved, texts, table), **_corpus_names(by_article, resolved)}
    wanted = _named_often_enough(wanted, by_article, texts)
    corpus_names = {k: v for k, v in wanted.items() if len(v) == 1}
    # A word several actors of the corpus are named by ("Saints": Southampton's, St Helens'), not
    # a town's (the town, its club, its radio station: which one only the words around it say).
    shared = {k: v for k, v in wanted.items() if len(v) > 1 and all(table[a].type != "place" for a in v)}
    legislatures = _legislatures(by_article, resolved)
    for aid, ns in by_article.items():
        text = texts.get(aid)
        if not text:
            continue
        here = {**_committees_legislatures(ns, legislatures), **_names_here(ns, resolved[aid], table)}
        names = {**corpus_names, **_one_named_here(shared, resolved[aid]), **here}
        if names:
            titles = written_titles(text, (things or {}).get(aid, ()))
            taken = resolved[aid] + [Mention(aid, s, e, text[s:e], "WORK_OF_ART") for s, e in titles]
            found += _find_names(aid, text, names, taken, table, here)
    return found


# A single word or an acronym is looked for across the corpus only when NER labelled at least this
# share of the places it is written: "Christmas", "DVD", "HIV" are labelled a few times among
# hundreds, "Premiership" and "Yukos" most of the time.
MIN_LABELLED_SHARE = 1 / 3
_CAP_TOKEN = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*")


def _named_often_enough(names: dict[str, set[str]], by_article, texts: dict[str, str]) -> dict[str, set[str]]:
    """The names without the single words and acronyms that NER labelled in too small a share
    (MIN_LABELLED_SHARE) of the places the corpus writes them: common words NER labels now and
    then, which looked for everywhere would become actors of hundreds of mentions."""
    single = {k for k in names if " " not in k}
    if not single:
        return names
    labelled: Counter = Counter(n.name for ns in by_article.values() for n in ns if n.name in single)
    written: Counter = Counter()
    for text in texts.values():
        written.update(w for w in _CAP_TOKEN.findall(text) if w in single)
    rare = {k for k in single if labelled[k] < MIN_LABELLED_SHARE * written[k]}
    return {k: v for k, v in names.items() if k not in rare}


def _one_named_here(shared: dict[str, set[str]], ms: list[Mention]) -> dict[str, set[str]]:
    """Of the single words the corpus gives several actors, those the article names one of (under
    any of its names): the word is that one's here."""
    actors = {m.actor for m in ms}
    out: dict[str, set[str]] = {}
    for word, ids in shared.items():
        mine = ids & actors
        if len(mine) == 1:
            out[word] = mine
    return out


def _corpus_names(by_article, resolved: dict[str, list[Mention]]) -> dict[str, set[str]]:
    """Names of two words or more, and acronyms, that name one actor in the whole corpus: found
    in any article ("Mavis Staples", "OFHEO"), where a single word would be a guess."""
    names: dict[str, set[str]] = defaultdict(set)
    for aid, ns in by_article.items():
        for n, m in zip(ns, resolved[aid]):
            if len(n.name.split()) >= 2 or (N.is_acronym(n.name) and len(n.name) >= 3):
                names[n.name].add(m.actor)
    return {k: v for k, v in names.items() if len(v) == 1 and N.looks_like_name(k)}


# The head words a venue is named without: "the Lyric" (Theatre), "Wembley" (Stadium).
VENUE_HEADS = frozenset({"theatre", "theater", "stadium", "arena"})
# How many mentions NER must have given a single word in the corpus before it is looked for where
# NER missed it: one may be NER's slip.
MIN_WORD_MENTIONS = 2
# The head words of names, which stand for a different name in each article that uses them alone.
GENERIC_HEADS = CLUB_HEADS | ORG_WORDS | PLACE_HEADS | EVENT_HEADS


def _corpus_words(
    by_article, resolved: dict[str, list[Mention]], texts: dict[str, str], table: dict[str, Actor]
) -> dict[str, set[str]]:
    """Single words that name organisations, places or events of the corpus (a person's surname is
    shared by others; a word of several actors is looked for only where the article names one of
    them, see _one_named_here), that NER found MIN_WORD_MENTIONS times and that no text
    of the corpus writes in lower case: a name wherever it is written ("Yuganskneftegaz",
    "Premiership", "Arsenal" at a sentence's start), where a word also written in lower case
    ("Bath", "Championship"), a word of a person's name ("Scott", "Holland"), a given name or a
    demonym ("Britons") would be a guess."""
    names: dict[str, set[str]] = defaultdict(set)
    counts: Counter = Counter()
    personal: set[str] = set()  # the words of people's names: "Scott", "Holland", "Washington"
    for aid, ns in by_article.items():
        for n, m in zip(ns, resolved[aid]):
            if table[m.actor].type == "person":
                personal.update(n.tokens)
            elif " " not in n.name and len(n.name) >= 4 and not N.is_acronym(n.name):
                names[n.name].add(m.actor)
                counts[n.name] += 1
    wanted = {
        k
        for k, v in names.items()
        if counts[k] >= MIN_WORD_MENTIONS
        and all(table[a].type in ("org", "place", "event") for a in v)
        and N.looks_like_name(k)
        and k.lower() not in MONTHS_AND_DAYS
        and N.bare(k) not in GENERIC_HEADS  # "City": Manchester City's here, the City of London's there
        and k not in personal
        and N.bare(k) not in N.GIVEN_NAMES
        and not N.looks_demonym(k)
        and not N.looks_plural_demonym(k)
    }
    if not wanted:
        return {}
    lower = {w.lower() for w in wanted}
    for text in texts.values():
        lower -= N.lower_case_words(text)
        if not lower:
            return {}
    return {k: names[k] for k in wanted if k.lower() in lower}


def _names_here(ns: list[Node], ms: list[Mention], table: dict[str, Actor]) -> dict[str, set[str]]:
    """The names of one article's actors (a person's surname too) that name one actor only."""
    names: dict[str, set[str]] = defaultdict(set)
    firsts: dict[str, set[str]] = defaultdict(set)
    for n, m in zip(ns, ms):
        names[n.name].add(m.actor)
        a = table[m.actor]
        if a.type == "person" and len(n.tokens) >= 2:
            names[n.tokens[-1]].add(a.id)
        elif a.type == "org" and len(n.tokens) >= 2:
            names[N.without_corporate_words(n.name)].add(a.id)  # "Menatep" of "Group Menatep"
            if N.bare(n.tokens[-1]) in CLUB_HEADS:
                names[n.tokens[-1]].add(a.id)  # "City" of "Manchester City"
            if first := club_first_word(n.tokens):
                firsts[first].add(a.id)  # "Real" of "Real Madrid" (club_first_words.py)
        if a.type in ("org", "place") and len(n.tokens) == 2 and N.bare(n.tokens[-1]) in VENUE_HEADS:
            if N.bare(n.tokens[0]) not in N.GIVEN_NAMES:
                names[n.tokens[0]].add(a.id)  # "the Lyric" of "Lyric Theatre", "Wembley" of "Wembley Stadium"
    for word, ids in firsts.items():  # a club's first word, where it names no actor of its own here
        if word not in names:
            names[word] = ids
    return {k: v for k, v in names.items() if len(v) == 1 and len(k) >= 2 and k.lower() not in MONTHS_AND_DAYS}


def _legislatures(by_article, resolved: dict[str, list[Mention]]) -> dict[str, set[str]]:
    """The actors the corpus gives each legislature's word written alone ("Commons", "Senate")."""
    actors: dict[str, set[str]] = defaultdict(set)
    for aid, ns in by_article.items():
        for n, m in zip(ns, resolved[aid]):
            if n.name in LEGISLATURE_WORDS:
                actors[n.name].add(m.actor)
    return actors


def _committees_legislatures(ns: list[Node], legislatures: dict[str, set[str]]) -> dict[str, set[str]]:
    """The legislature a committee's name opens with, written in lower case ("the Commons home
    affairs committee": lower_case_bodies.py makes it one mention, the committee's): the article
    names the legislature in it, and its bare uses ("a crucial Commons vote") are the legislature's,
    the one actor the corpus gives that word alone."""
    names: dict[str, set[str]] = {}
    for n in ns:
        words = n.name.split()
        first = N.strip_possessive(words[0])
        if len(words) >= 3 and words[-1] == "committee" and first in LEGISLATURE_WORDS:
            if len(legislatures.get(first, ())) == 1:
                names[first] = legislatures[first]
    return names


def _find_names(
    aid: str,
    text: str,
    names: dict[str, set[str]],
    ms: list[Mention],
    table: dict[str, Actor],
    here: dict[str, set[str]] | None = None,
) -> list[tuple[Mention, str]]:
    """The runs of capitalised words that overlap no mention and are one of names (a single word
    not at the start of a sentence, unless titled)."""
    # The runs are read where no mention is: "T-Mobile" of "Deutsche Telekom's T-Mobile", where
    # NER found the first name only.
    masked = list(text)
    for m in ms:
        masked[m.start : m.end] = "#" * (m.end - m.start)
    found = _names_with_small_words(aid, "".join(masked), here or {}, table)
    for m, _name in found:
        masked[m.start : m.end] = "#" * (m.end - m.start)
    for s, e in _cap_runs("".join(masked)):
        s = _after_dates(text, s, e)
        cn = N.clean_name(text[s:e], "PERSON")
        if cn.name not in names:
            s, e = _known_part(text, s, e, names)
            if s == e:
                continue
            cn = N.clean_name(text[s:e], "PERSON")
        start = s + text[s:e].rfind(cn.name) if cn.name in text[s:e] else s
        end = start + len(cn.name)
        single = " " not in cn.name
        if (
            single
            and not cn.personal
            and not N.is_acronym(cn.name)  # "BP said": an acronym is no capital of a sentence's start
            and N.starts_sentence(text, start)
            and start == s
            # A word the article also writes in lower case may be only a sentence's capital.
            and re.search(r"\b" + re.escape(cn.name.lower()) + r"\b", text)
        ):
            continue
        name = cn.name
        # "LG card's creditors" beside "LG Card": the lower-case word completes the other name.
        lower = re.match(r" ([a-z]+)\b", text[end : end + 30])
        if lower and f"{name} {lower.group(1).capitalize()}" in names:
            name, end = f"{name} {lower.group(1).capitalize()}", end + lower.end()
        actor = table[next(iter(names[name]))]
        found.append((Mention(aid, start, end, text[start:end], LABEL_OF_TYPE.get(actor.type, "ORG"), actor.id), name))
    return found


def _names_with_small_words(
    aid: str, blank: str, names: dict[str, set[str]], table: dict[str, Actor]
) -> list[tuple[Mention, str]]:
    """The article's own names written with a lower-case word inside ("Bank of Alexandria",
    "Banque du Caire"), where no mention is (`blank`: the text with the mentions blanked): the
    runs of capitalised words stop at "of", so they are looked for whole (people7)."""
    found: list[tuple[Mention, str]] = []
    longest_first = sorted(names, key=len, reverse=True)
    for name in longest_first:
        ids = names[name]
        if len(ids) != 1 or not any(w[:1].islower() for w in name.split()[1:-1]):
            continue
        for hit in re.finditer(r"(?<![\w’'#-])" + re.escape(name) + r"(?![\w’'#-])", blank):
            if any(m.start < hit.end() and hit.start() < m.end for m, _ in found):
                continue  # inside a longer name found first
            actor = table[next(iter(ids))]
            label = LABEL_OF_TYPE.get(actor.type, "ORG")
            found.append((Mention(aid, hit.start(), hit.end(), name, label, actor.id), name))
    return sorted(found, key=lambda f: f[0].start)


_DATE_WORD = re.compile(r"([A-Z][a-z]+)(?:[’']s)? ")


def _after_dates(text: str, s: int, e: int) -> int:
    """Where a run of capitalised words starts once the months and days before a name are cut
    off: "the April IMF meetings", "Sunday's Almeria half-marathon" (a date is no part of a name)."""
    while (hit := _DATE_WORD.match(text, s, e)) and hit.group(1).lower() in MONTHS_AND_DAYS:
        s = hit.end()
    return s


def _known_part(text: str, s: int, e: int, names: dict[str, set[str]]) -> tuple[int, int]:
    """The longest end of two words or more of a run of capitalised words that is a known name,
    after words the name is written with: "Six Nations" of "the RBS Six Nations" (a sponsor's
    name before an event's; NER read "Six" as a number). Not its start: "New York" of an unlabelled
    "New York Times" is no mention of the city. (s, s) when there is none."""
    words = [m.start() + s for m in re.finditer(r"\S+", text[s:e])]
    for ws in words[1:-1]:
        if N.clean_name(text[ws:e], "PERSON").name in names:
            return ws, e
    return s, s
