"""Actors: the people, organisations and places of the corpus, with name variants merged.

Input is every article's mentions and attributed quotes; output is a `Resolution`: the actor
table, and new records of the mentions (each with its `actor`) and of the quotes (each with its
`speaker`/`speaker_id` set to the canonical actor). The records given are not changed.

How names become actors:
0. Each mention is made to hold one name (spans.py): glued lists and words cut off, an honorific
   before it joined to it; names NER missed that an honorific, a title ("the Queen"), a list of
   people or the gazetteer of places makes certain are added; "US Congress" is US and Congress.
   A word labelled only for a sentence's capital ("However"), or for a Title Case headline's that
   the article writes nowhere else ("Will Tell"), is dropped (sentence_capitals.py), and so is
   a given name after a determiner ("the Bill": determined_names.py).
1. Each mention's words are normalised (`names.clean_name`): titles, honorifics, a leading
   "the" and possessives go. A personal title ("Mr", "Kremlin spokesman") is evidence of a person;
   a rank title with one name ("Prince Charles", "Lord Browne") stays: a person's name of its own.
   With the article texts (optional `texts`), the words around a mention add evidence: a title
   before it, a speech verb after it, "X administration" (an organisation, not the person X), an
   organisation's noun before it ("oil firm Yukos"), what "X's ..." has ("X's murder").
2. Each name's type is voted over the whole corpus: spaCy's labels, the evidence above, the
   name's own words (its head word: "Davis Cup" an event, "Carnegie Hall" a place, "Manchester
   United" an organisation; a party's forms), the gazetteer (lexicon.PLACE_NAMES), and a bare word
   that is the surname of a person named in full in the same article. An organisation's noun
   before a name that no title ever precedes outranks NER's person label.
3. People (people.py): full names (two words or more) are grouped when their surnames and first
   names fold to the same transliteration key or are close (rapidfuzz), so "Volodymyr Zelensky"
   and "Volodymyr Zelenskiy" meet but "Boris Johnson" and "Dustin Johnson" do not; a full name
   whose surname others share too meets itself across articles only where they share another
   name (the banker Tim Howard is not the goalkeeper). A bare surname
   joins the full name of the same article, of the sex its honorific says ("Mrs Howard" is not
   Michael Howard); failing that, the one person of the corpus with that surname whom two articles
   name in full; failing that, the other bare uses of it.
4. Everything else is grouped by a key: abbreviations and their expansions (US / U.S. / United
   States), a party's forms (Tory / Tories / Conservatives), plural group words with their singular
   (Ukrainians / Ukrainian), a company with or without "Group", names that differ only by spaces,
   an acronym with the multi-word name of the same article whose initials it is (or that the
   article gives it in brackets: "Clearing Services (Apacs)"), an organisation's short form with
   its full name in the same article ("United", "Telegraph", "Riggs" of "Riggs Bank"), a unit
   with or without its owner's acronym ("World Service"), transliteration folding (grouping.py).
5. The canonical name is the most frequent complete form (a full name for a person, the
   expansion for an abbreviation, the singular for a group); ties go to the form that is longer
   and then to the first in alphabetical order, so it is deterministic.
6. With the texts, an actor's names are also found where NER missed them (missed.py).
7. Each quote's speaker becomes the actor it names (speakers.py).

Modules: spans.py, sentence_capitals.py, demonym_names.py and cued_names.py (step 0: names NER
missed that the words beside them make certain; fixtures.py: the sides of "Arsenal v Stoke";
glued_firms.py: "Sony" + "Ericsson" is one firm; role_opened_names.py: "Boss Henk Addink blames";
knighted_names.py: "Dame Julie" whatever NER's label;
demonym_titles.py: "Frenchman Arnaud Clement" is Arnaud Clement;
member_lists.py: "duo X and Y" are two people, no band), nodes.py with evidence.py, clause_cues.py,
role_cues.py and echoes.py (1: the words around each name and around its writings NER did not
label; subjects.py: "X have", "X, which"; brackets.py: "Player (Club)"; place_cues.py: "from
Pease Pottage, West Sussex"; fixtures.py: "Cardiff v Blackburn"; one_of_a_kind.py: "X, one of
Scotland's whisky firms"; org_lists.py: a list of organisations; leagues.py: "League One") and
works.py (titles of works are no actors), performer_words.py (1: "star Morrissey"; repeated_names.py:
"Duran Duran" is no person), type_votes.py (2),
people.py (3), grouping.py (4; name_variants.py: "Office for / of National Statistics";
firm_first_words.py: "Baikal" of "Baikal Finance Group";
national_sides.py: "the All Blacks" are New Zealand) and
place_cues.py (a town is a place where its article says so, whatever its club elsewhere) and
clubs_apart.py (a town is its club where its article's fixtures say so, whatever the town
elsewhere), then club_nicknames.py ("Boro", "Blues" of the one club its article names, once towns
and clubs are apart), this module (5 and the whole), missed.py (6), speakers.py (7), speaker_mentions.py (8: the names of speakers NER missed).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from . import names as N
from .club_nicknames import nickname_moves
from .clubs_apart import clubs_apart
from .decisions import add_votes, move_nodes
from .grouping import group_others, without_department
from .initials import with_initials
from .missed import missed_mentions
from .nodes import Corpus, Node, UnionFind
from .people import group_people
from .gazetteer_towns import gazetteer_town_moves
from .place_cues import towns_apart
from .town_mentions import town_mentions
from .determined_names import without_determined_given_names
from .sentence_capitals import without_headline_capitals, without_opening_words, without_sentence_capitals
from .spans import split_country_prefix, tidy_mentions
from .speakers import resolve_quotes
from .speaker_mentions import speaker_mentions
from .type_votes import actor_type
from ..lexicon import CLUB_HEADS, EVENT_HEADS, ORG_WORDS, PARTY_FORMS
from ..records import Actor, Mention, Quote


@dataclass
class Resolution:
    """What resolve_actors decides: the actors, and new records of every article's mentions
    (each with its actor; with the texts, the mentions NER missed are added, in offset order) and
    quotes (each with its canonical speaker and speaker_id). The records given are not changed."""

    actors: list[Actor]
    mentions: dict[str, list[Mention]]
    quotes: dict[str, list[Quote]]


def resolve_actors(
    mentions: dict[str, list[Mention]],
    quotes: dict[str, list[Quote]],
    texts: dict[str, str] | None = None,
    prior: dict[str, tuple[str, int]] | None = None,
) -> Resolution:
    """Group the mentions into actors; the quotes' speakers become the actors they name.

    `texts` (optional) maps article ids to the analysed text (junk blanked): with it, the
    words around mentions are used as evidence and missed mentions of known actors are found.
    `prior` maps folded names to a type and a number of votes from articles not given here (an
    incremental build's indexed actors).
    """
    texts = texts or {}
    mentions = split_country_prefix({aid: tidy_mentions(aid, ms, texts.get(aid)) for aid, ms in mentions.items()})
    mentions = without_opening_words(without_sentence_capitals(mentions, texts), texts)
    mentions = without_headline_capitals(mentions, texts)
    mentions = without_determined_given_names(mentions, texts)  # "the Bill": a bill, nobody's name
    mentions = with_initials(mentions, texts)  # "G Easterby, D Humphreys": a list keeps its initials
    corpus = Corpus.of(mentions, quotes, texts, prior or {})
    uf = UnionFind()
    group_people(corpus, uf)
    group_others(corpus, uf)
    gazetteer_votes, gazetteer_moves = gazetteer_town_moves(corpus, uf)  # "activists in Blackburn"
    add_votes(gazetteer_votes)
    move_nodes(gazetteer_moves, uf)
    move_nodes(towns_apart(corpus, uf), uf)
    town_votes, town_moves = town_mentions(corpus, uf)  # "the Birmingham athlete" beside "Birmingham boss"
    add_votes(town_votes)
    move_nodes(town_moves, uf)
    move_nodes(clubs_apart(corpus, uf), uf)  # "Cardiff v Blackburn": the club, not the city of the other articles
    move_nodes(nickname_moves(corpus, uf), uf)  # "Boro", "Blues" of Birmingham: once towns and clubs are apart

    clusters: dict[str, list[Node]] = defaultdict(list)
    for node in corpus.nodes:
        clusters[uf.find(node.cluster)].append(node)
    actor_of_cluster = _make_actors(clusters)
    table = {a.id: a for a in actor_of_cluster.values()}
    resolved = {
        aid: [replace(n.mention, actor=actor_of_cluster[uf.find(n.cluster)].id) for n in corpus.by_article.get(aid, ())]
        for aid in mentions
    }

    if texts:
        added: dict[str, list[Mention]] = defaultdict(list)
        for m, alias in missed_mentions(resolved, texts, corpus.by_article, table, corpus.things):
            actor = table[m.actor]
            actor.mentions += 1
            if alias not in actor.aliases:
                actor.aliases.append(alias)
            added[m.article].append(m)
        for aid, ms in added.items():
            resolved[aid] = sorted(resolved[aid] + ms, key=lambda x: (x.start, x.end))

    spoken = resolve_quotes(quotes, resolved, table, texts)
    for m in speaker_mentions(spoken, resolved, texts, table):  # "Lt Col Eric Schnaible ... told": NER saw no name
        table[m.actor].mentions += 1
        resolved[m.article] = sorted(resolved.get(m.article, []) + [m], key=lambda x: (x.start, x.end))
    for a in table.values():
        a.articles = sorted(set(a.articles))
    return Resolution(sorted(table.values(), key=lambda a: (-a.mentions, a.name, a.id)), resolved, spoken)


def _canonical(ns: list[Node], typ: str) -> str:
    forms = Counter(n.name for n in ns)
    cands = list(forms)
    if typ == "person":
        multi = [f for f in cands if len(N.name_tokens(f)) >= 2]
        if multi:
            cands = multi
        # "Rowan Williams", not "Archbishop of Canterbury": the person's own name before the
        # title used as one (people7).
        cands = [f for f in cands if not N.is_title_name(f)] or cands
        # "Chris Paterson", not the team sheets' "C Paterson": a given name before an initial.
        cands = [f for f in cands if len(N.name_tokens(f)[0].rstrip(".")) > 1] or cands
    else:
        plain_forms = {N.plain(f) for f in cands}
        # "Republican Party", not "Grand Old Party" (the words of "GOP"): a party the lexicon
        # knows goes by its own name with "Party", before any acronym's expansion.
        own = [f for f in cands if f.split()[-1] == "Party" and N.party_key(f) in PARTY_FORMS]
        if own:
            cands = own
        expansions = [f for f in cands if N.plain(f) == N.abbreviation_key(f)]
        if expansions:
            cands = expansions
        # "Disasters Emergency Committee" of "DEC", though "Dec" (BBC's style) is written more.
        spelt = [f for f in cands if any(N.is_acronym(g) and N.initials(f) == g.replace(".", "") for g in cands)]
        if spelt:
            cands = spelt
        # "BBC" of "BBC Sport" and "BBC News": the organisation, not one of its departments.
        bases = [f for f in cands if any(g != f and without_department(g, {f}) == f for g in cands)]
        if bases:
            cands = bases
        cands = _named_in_full(cands, typ)
        good = [
            f
            for f in cands
            if not N.is_acronym(f)
            and not (f.isupper() and len(f) > 6)
            and not _plural_of_a_form(f, plain_forms, typ)
            and not _acronym_with_a_word_before(f, cands)
        ]
        if good:
            cands = good
        # "United" of "Manchester United", "Commission" of "European Commission", "House" of
        # "House of Commons": the short form is not the name.
        longer = [
            f
            for f in cands
            if N.bare(f) not in CLUB_HEADS | ORG_WORDS
            or not any(g.endswith(" " + f) or g.startswith(f + " of ") for g in cands)
        ]
        cands = longer or cands
    # Surname spelling most used in the group (full and bare), for ties between spellings.
    last_counts = Counter(n.tokens[-1] for n in ns if n.tokens)

    def score(f: str):
        toks = N.name_tokens(f)
        return (-forms[f], -(last_counts[toks[-1]] if toks else 0), -len(f), f)

    return min(cands, key=score)


def _plural_of_a_form(f: str, plain_forms: set[str], typ: str) -> bool:
    """The form that is not the name, of a plural beside its singular: a group's name is its
    singular ("Ukrainian" of "Ukrainians"); an event's is its plural, since its singular is the
    prize or an adjective ("Oscars" not "Oscar", "Olympics" not "Olympic"). Others keep the form
    most written ("Rangers", "Sideways", "Liberal Democrats")."""
    p = N.plain(f)
    if typ == "event":
        return p + "s" in plain_forms
    return typ == "group" and f.endswith("s") and p[:-1] in plain_forms


def _acronym_with_a_word_before(f: str, cands: list[str]) -> bool:
    """ "Telco BT" beside "BT": a word NER glued before an acronym is no expansion of it."""
    return any(g != f and N.is_acronym(g) and f.endswith(" " + g) for g in cands)


def _named_in_full(cands: list[str], typ: str) -> list[str]:
    """A party by its name with "Party" ("Conservative Party", not "Tory"), else by its members'
    plural ("Liberal Democrats"); an event by the name with its head word ("Brit Awards", not
    "Brits"). Otherwise the candidates as they are."""
    if typ == "org" and any(N.party_key(f) for f in cands):
        full = [f for f in cands if f.split()[-1] == "Party"] or [f for f in cands if f.endswith("s")]
        return full or cands
    if typ == "event":
        full = [f for f in cands if len(f.split()) >= 2 and N.bare(f.split()[-1]) in EVENT_HEADS]
        return full or cands
    return cands


def _make_actors(clusters: dict[str, list[Node]]) -> dict[str, Actor]:
    made: list[tuple[str, Actor]] = []
    for cid, ns in clusters.items():
        typ = "person" if cid.startswith(("P:", "S:")) else actor_type(ns)
        name = _canonical(ns, typ)
        aliases = Counter()
        for n in ns:
            aliases[n.name] += 1
            aliases[n.mention.surface.strip()] += 1
        actor = Actor(
            id="",
            name=name,
            type=typ,
            aliases=[a for a, _ in sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0]))],
            mentions=len(ns),
            articles=sorted({n.mention.article for n in ns}),
        )
        made.append((cid, actor))
    made.sort(key=lambda ca: (-ca[1].mentions, ca[1].name, ca[0]))
    used: set[str] = set()
    out: dict[str, Actor] = {}
    for cid, actor in made:
        base = f"{actor.type}:{N.slug(actor.name)}"
        aid, k = base, 2
        while aid in used:
            aid, k = f"{base}-{k}", k + 1
        used.add(aid)
        actor.id = aid
        out[cid] = actor
    return out
