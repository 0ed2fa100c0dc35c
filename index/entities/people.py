"""People: a corpus's person names grouped into people (step 3 of actors.py's module doc).

Full names (two words or more) are grouped when their surnames and first names fold to the same
transliteration key or are close (rapidfuzz), so "Volodymyr Zelensky" and "Volodymyr Zelenskiy"
meet but "Boris Johnson" and "Dustin Johnson" do not; an initial ("S Williams") joins the
full names it fits only when they are one person; one full name whose surname the corpus
gives to others too is one person only across articles that share another name (two Tim
Howards, a banker's and a goalkeeper's, keep apart). "Mrs Parker Bowles" joins the longer full
name that ends with her surname; a title used as a name joins the full name beside it ("the
Archbishop of Canterbury, Dr Rowan Williams"). A bare surname joins the full name of the same
article whose sex does not contradict its honorific (the sexes come from the honorifics the
corpus gives each person and each first name); failing that, the one person of the corpus with
that surname (or the one who holds most of its mentions) whom two articles name in full: a shared
surname alone does not make Des Browne Gordon Brown; failing that, the other bare uses of it.
"""

from __future__ import annotations

import re

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from . import names as N
from .surname_links import most_linked
from .surname_referents import already_named
from ..lexicon import PLACE_NAMES, PLACE_OR_FACILITY_LABELS, REGNAL_NUMBERS, TITLE_WORDS

if TYPE_CHECKING:
    from .nodes import Corpus, Node, UnionFind


def group_people(corpus: Corpus, uf: UnionFind) -> None:
    """Full names grouped across the corpus; then each single name placed with a full name of
    its article, else the one person of the corpus with that surname, else a group of its own."""
    full = _full_names(corpus, uf)
    articles_of: dict[str, set[str]] = defaultdict(set)  # where each is written in two words
    for node in corpus.nodes:
        if node.cluster in full and len(node.tokens) == 2:
            articles_of[node.cluster].add(node.mention.article)
    _join_full_names(full, uf, articles_of)
    _join_double_surnames(corpus, uf)
    _join_titles_in_apposition(corpus, uf)
    _place_single_names(corpus, _Surnames(corpus.nodes, uf, _names_of(corpus), corpus.key_type), uf)


def _full_names(corpus: Corpus, uf: UnionFind) -> dict[str, tuple[str, str]]:
    """Each person's full name gets the key of its folded first and last words; when the corpus
    gives its surname to other people too ("Tim Howard", "Michael Howard"), the articles that write
    it are one person only where they are linked (`_linked_articles`). {key: (first word, last
    word) as first written}."""
    full: dict[str, tuple[str, str]] = {}
    by_key: dict[str, list[Node]] = defaultdict(list)
    for node in corpus.nodes:
        if corpus.key_type[node.key] == "person" and len(node.tokens) >= 2:
            first, last = node.tokens[0], node.tokens[-1]
            by_key["P:" + N.fold(first) + "|" + N.fold(last)].append(node)
    names_of = _names_of(corpus)
    firsts_of: dict[str, set[str]] = defaultdict(set)  # surname -> the first names it is written with
    for ck in by_key:
        first_key, last_key = ck[2:].split("|", 1)
        firsts_of[last_key].add(first_key)
    for ck, nodes in by_key.items():
        first, last = nodes[0].tokens[0], nodes[0].tokens[-1]
        own = {n.key for n in nodes} | {N.fold(first), N.fold(last)}
        articles = sorted({n.mention.article for n in nodes})
        if len(firsts_of[N.fold(last)]) < 2:
            part = dict.fromkeys(articles, 0)  # a surname only one person has: one person
        else:
            part = _linked_articles(articles, names_of, own)
        for node in nodes:
            node.cluster = ck if not part[node.mention.article] else f"{ck}#{part[node.mention.article]}"
            uf.find(node.cluster)
            full.setdefault(node.cluster, (node.tokens[0], node.tokens[-1]))
    return full


def _names_of(corpus: Corpus) -> dict[str, set[str]]:
    """The name keys each article writes, the titles of works and products too: the company a
    name keeps."""
    return {aid: {n.key for n in ns + corpus.things.get(aid, [])} for aid, ns in corpus.by_article.items()}


def _linked_articles(articles: list[str], names_of: dict[str, set[str]], own: set[str]) -> dict[str, int]:
    """The articles that write one full name, in groups: two articles are linked when they also
    share another name (the goalkeeper Tim Howard's articles name Manchester United, the banker's
    Fannie Mae); {article: its group's number, 0 for the first article's group}. A full name alone
    is no evidence that two articles mean one person; the company it keeps is."""
    parent = {a: a for a in articles}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    holders: dict[str, list[str]] = defaultdict(list)
    for aid in articles:
        for key in names_of.get(aid, ()):
            if key not in own:
                holders[key].append(aid)
    for arts in holders.values():
        for other in arts[1:]:
            ra, rb = find(arts[0]), find(other)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    numbers: dict[str, int] = {}
    for aid in articles:  # in order: the first article's group is 0
        numbers.setdefault(find(aid), len(numbers))
    return {aid: numbers[find(aid)] for aid in articles}


def _join_full_names(full: dict[str, tuple[str, str]], uf: UnionFind, articles_of: dict[str, set[str]]) -> None:
    """Full names whose surnames match and whose first names are compatible are one person. Pairs
    are only tried between the same folded surname, or close ones found by rapidfuzz within the
    surnames of the same initial (not all pairs). `articles_of`: the articles of each full name's
    cluster."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for ck, (_first, last) in sorted(full.items()):
        by_surname[N.fold(last)].append(ck)
    by_initial: dict[str, list[str]] = defaultdict(list)
    for sname in sorted(by_surname):
        by_initial[sname[:1]].append(sname)

    # An initial ("S Williams") fits every first name of its letter: it joins the full names it
    # fits only when they are one person, or it would make Shane, Serena and Sonny Bill Williams one.
    initials: dict[str, set[str]] = defaultdict(set)

    def join_compatible(group_a: list[str], group_b: list[str]) -> None:
        for a in group_a:
            for b in group_b:
                # One full name in articles that share no other name stays apart (_full_names).
                if a.split("#")[0] == b.split("#")[0] or not _first_names_compatible(full[a][0], full[b][0]):
                    continue
                a_initial, b_initial = _is_initial(full[a][0]), _is_initial(full[b][0])
                if a_initial and not b_initial:
                    initials[a].add(b)
                elif b_initial and not a_initial:
                    initials[b].add(a)
                else:
                    uf.union(a, b)

    for sname, group in by_surname.items():
        join_compatible(group, group)
        if len(sname) < 5:
            continue
        for other, _, _ in process.extract(
            sname, by_initial[sname[:1]], scorer=fuzz.ratio, score_cutoff=88, limit=None
        ):
            if other > sname and _surnames_match(sname, other):
                join_compatible(group, by_surname[other])
    for ck, fits in sorted(initials.items()):
        people = {uf.find(f) for f in fits}
        if len(people) > 1:
            # Of the people its initial fits, the one its own articles name in full: a team
            # sheet's "M Davies (Gloucester)" below a report's "Mefin Davies plays at hooker"
            # (Mark and Mervyn Davies are the corpus's too, never beside it). In two words: a
            # middle word may be a double surname's ("Chris Rhys Jones" is "Rhys Jones" in the
            # sheet that lists "C Jones", another player).
            people = {uf.find(f) for f in fits if articles_of.get(f, set()) & articles_of.get(ck, set())}
        if len(people) == 1:
            uf.union(ck, people.pop())


# The gazetteer's places as name keys (folded).
_PLACE_KEYS = frozenset(N.fold(p) for p in PLACE_NAMES)

# How many articles must name a person in full before a bare surname elsewhere, with no evidence
# of its own that it names a person, is taken for them.
MIN_ARTICLES_FOR_SURNAME = 2


def _join_double_surnames(corpus: Corpus, uf: UnionFind) -> None:
    """ "Mrs Parker Bowles" beside "Camilla Parker Bowles", "Christian Andersen's fairy tales"
    beside "Hans Christian Andersen": two words are the end of the one longer full name of the
    article that ends with them (a double surname, a name without its first given name)."""
    for _aid, ns in corpus.by_article.items():
        fulls = [n for n in ns if n.cluster.startswith("P:")]
        for node in fulls:
            if len(node.tokens) != 2:
                continue
            tail = [N.fold(t) for t in node.tokens]
            longer = {
                uf.find(f.cluster) for f in fulls if len(f.tokens) > 2 and [N.fold(t) for t in f.tokens[-2:]] == tail
            }
            if len(longer) == 1:
                uf.union(node.cluster, longer.pop())


def _join_titles_in_apposition(corpus: Corpus, uf: UnionFind) -> None:
    """ "The Archbishop of Canterbury, Dr Rowan Williams," (or the other way round): a title used
    as a name and a person's full name side by side, set off by a comma, are one person."""
    for aid, ns in corpus.by_article.items():
        text = corpus.texts.get(aid)
        if not text:
            continue
        ordered = sorted(ns, key=lambda n: n.mention.start)
        for a, b in zip(ordered, ordered[1:]):
            if text[a.mention.end : b.mention.start] not in (", ", ", the "):
                continue
            for title, person in ((a, b), (b, a)):
                if N.is_title_name(title.name) and person.cluster.startswith("P:"):
                    title.cluster = title.cluster or "T:" + N.fold(title.name)
                    uf.union(title.cluster, person.cluster)


class _Surnames:
    """The surnames of the corpus's full names: folded surname -> {person: mentions}."""

    def __init__(self, nodes: list[Node], uf: UnionFind, names_of: dict[str, set[str]], key_type: dict[str, str]):
        self.uf = uf
        self.names_of = names_of
        self.key_type = key_type
        self.index: dict[str, Counter] = defaultdict(Counter)
        self.articles: dict[str, set[str]] = defaultdict(set)  # person -> articles naming them in full
        self.own: dict[str, set[str]] = defaultdict(set)  # person -> the keys of their full names
        for node in nodes:
            if node.cluster.startswith("P:"):
                self.index[N.fold(node.tokens[-1])][uf.find(node.cluster)] += 1
                self.articles[uf.find(node.cluster)].add(node.mention.article)
                self.own[uf.find(node.cluster)].add(node.key)
        self.by_initial: dict[str, list[str]] = defaultdict(list)
        for sname in sorted(self.index):
            self.by_initial[sname[:1]].append(sname)

    def person(self, fk: str, evidence: bool = False, article: str = "") -> str | None:
        """The person a bare surname names across the corpus: the only one, or the one with four
        times the mentions of the next; a close spelling counts when it is the only one. Without
        evidence that the word is a person's, it must be someone the corpus names in full often,
        or in an article that shares another name with this one ("Silvestre" of a Manchester
        United team sheet, Mikael Silvestre of another United article)."""
        cands = self.index.get(fk)
        if not cands:
            # A transliteration the folding did not catch (close spelling).
            if len(fk) < 5:
                return None
            close = [
                c
                for c, _, _ in process.extract(
                    fk, self.by_initial.get(fk[0], []), scorer=fuzz.ratio, score_cutoff=88, limit=2
                )
                if _surnames_match(fk, c)
            ]
            if len(close) != 1:
                return None
            cands = self.index[close[0]]
        roots = Counter({self.uf.find(r): c for r, c in cands.items()})
        if len(roots) == 1:
            top = next(iter(roots))
        else:
            (top, n1), (_, n2) = roots.most_common(2)
            if n1 < 4 * n2:
                return None
            if not evidence:
                # The person named most often, unless another of the surname keeps this
                # article's company better (surname_links): "Howard" of a United team sheet.
                top = most_linked({r: self._shared(r, fk, article) for r in roots}, top)
        # A surname alone is evidence enough only of someone the corpus names in full often, and
        # whom nobody else of the corpus shares it with: "Howard" of a Manchester United team
        # sheet is not Michael Howard, however often politics articles name him.
        if evidence or (len(roots) == 1 and len(self.articles[top]) >= MIN_ARTICLES_FOR_SURNAME):
            return top
        return top if self._linked(top, fk, article) else None

    def spelt_apart(self, fk: str, same: list[Node]) -> list[Node]:
        """The full names a single word may join, less those whose surname is only close to it by
        a consonant when the word is itself the surname of a full name of the corpus: a surname of
        its own ("Horan" beside Shane Horgan is Marcus Horan's, whom the corpus names). A
        misspelling keeps the consonants ("Anderson" of Hans Christian Andersen)."""
        if fk not in self.index:
            return same
        return [f for f in same if _consonants(fk) == _consonants(N.fold(f.tokens[-1])) or not _close(fk, f.tokens[-1])]

    def _linked(self, person: str, fk: str, article: str) -> bool:
        """An article that names the person in full shares another name with this article."""
        return self._shared(person, fk, article) > 0

    def _shared(self, person: str, fk: str, article: str) -> int:
        """The most names one article that names the person in full shares with this article (not
        a country or a big city: nearly every article shares one, "US", "London"; nor a bare
        surname, which other people have: Wes Brown's "Brown" links no article to Gordon Brown's)."""
        own = self.own[person] | {fk}
        here = {
            k
            for k in self.names_of.get(article, set()) - own
            if k not in _PLACE_KEYS
            and not N.abbreviation_key(k)
            and not (" " not in k and self.key_type.get(k) == "person")
        }
        return max((len(here & self.names_of.get(a, set())) for a in self.articles[person]), default=0)


def _place_single_names(corpus: Corpus, surnames: _Surnames, uf: UnionFind) -> None:
    """Single words: the full name of the same article, else the corpus's person, else a group
    of their own ("S:" and the folded word). An honorific's sex ("Mr", "Mrs") keeps a bare
    surname from a person of the other sex: "Mrs Howard" is not Michael Howard, whom the same
    article calls "Mr Howard"."""
    sex_of, first_sex = _sexes(corpus, uf)
    later: list[Node] = []
    for _aid, ns in corpus.by_article.items():
        fulls = [n for n in ns if n.cluster.startswith("P:")]
        majority = _majority_sex(ns, fulls, corpus.key_type, uf, sex_of, first_sex)
        named: dict[str, str] = {}  # a surname used alone -> the person it named first (surname_referents)
        for node in sorted(ns, key=lambda n: n.mention.start):
            if node.cluster or len(node.tokens) != 1:
                continue
            if _regnal(node):
                node.cluster = "R:" + N.fold(node.name)  # "King Edward III" is nobody's surname
                continue
            same = surnames.spelt_apart(N.fold(node.tokens[0]), _full_names_here(node, fulls, corpus.key_type))
            if node.sex:
                same = [f for f in same if majority.get(uf.find(f.cluster), node.sex) == node.sex]
            if same:
                said = node.sex + "|" + N.fold(node.tokens[0])
                earlier = already_named(said, {uf.find(f.cluster) for f in same}, named)
                node.cluster = earlier or _nearest(node, same, uf).cluster
                named.setdefault(said, uf.find(node.cluster))
                continue
            if corpus.key_type[node.key] != "person" or _an_organisation_here(node, ns):
                continue
            later.append(node)
    for node in later:
        fk = N.fold(node.tokens[0])
        # A surname alone takes a person named in full elsewhere when it speaks or is titled
        # there, or when two articles name that person in full ("Martin" of a team sheet does not).
        found = surnames.person(fk, evidence=node.personal or node.spoke, article=node.mention.article)
        if found and node.sex and _sex(sex_of[uf.find(found)]) not in ("", node.sex):
            found = None
        if found:
            node.cluster = found
        elif node.sex and _full_names_here(
            node, [n for n in corpus.by_article[node.mention.article] if n.cluster.startswith("P:")], corpus.key_type
        ):
            node.cluster = "H:" + node.sex + "|" + fk  # "Mrs Howard" beside "Mr Howard"'s full name
            node.name = N.clean_name(node.mention.surface, "PERSON").title.split()[-1] + " " + node.name
        else:
            node.cluster = "S:" + fk


def _an_organisation_here(node: Node, ns: list[Node]) -> bool:
    """The article writes the word as an organisation's name ("US TV network Fox", "Fox's
    schedules") and never as a person's (no title, speech verb or person's cue there): it is not
    the person another article names with that surname (Liam Fox), whatever the corpus votes for
    the word."""
    same = [n for n in ns if n.key == node.key]
    return any(n.org_cue for n in same) and not any(n.personal or n.spoke or n.person_cue for n in same)


def _sexes(corpus: Corpus, uf: UnionFind) -> tuple[dict[str, Counter], dict[str, Counter]]:
    """The sexes the honorifics say, of each person (root) and of each first name, from the
    full names written with one ("Mrs Sandra Howard") and from the articles where a surname
    takes honorifics of one sex only and names one person in full."""
    sex_of: dict[str, Counter] = defaultdict(Counter)
    first_sex: dict[str, Counter] = defaultdict(Counter)
    for _aid, ns in corpus.by_article.items():
        fulls = [n for n in ns if n.cluster.startswith("P:")]
        votes: dict[str, Counter] = defaultdict(Counter)
        for node in ns:
            if node.sex and node.cluster.startswith("P:"):
                votes[uf.find(node.cluster)][node.sex] += 3
            elif node.sex and not node.cluster and len(node.tokens) == 1:
                here = {uf.find(f.cluster) for f in _full_names_here(node, fulls, corpus.key_type)}
                if len(here) == 1:
                    votes[here.pop()][node.sex] += 1
        for f in fulls:
            v = votes.get(uf.find(f.cluster))
            if v and len(v) == 1:
                sex_of[uf.find(f.cluster)].update(v)
                first_sex[N.fold(f.tokens[0])].update(v)
    return sex_of, first_sex


def _sex(votes: Counter) -> str:
    if not votes:
        return ""
    (top, n1), *rest = votes.most_common(2)
    return top if not rest or n1 > rest[0][1] else ""


def _majority_sex(ns: list[Node], fulls: list[Node], key_type, uf: UnionFind, sex_of, first_sex) -> dict[str, str]:
    """The sex of each person named in full in one article: their honorifics in the corpus,
    else their first name's, else the honorific their surname takes most often here."""
    out: dict[str, str] = {}
    by_person: dict[str, Counter] = defaultdict(Counter)
    for node in ns:
        if node.sex and not node.cluster and len(node.tokens) == 1:
            for f in _full_names_here(node, fulls, key_type):
                by_person[uf.find(f.cluster)][node.sex] += 1
    for f in fulls:
        root = uf.find(f.cluster)
        out[root] = _sex(sex_of[root]) or _sex(first_sex[N.fold(f.tokens[0])]) or _sex(by_person[root])
    return {k: v for k, v in out.items() if v}


def _full_names_here(node: Node, fulls: list[Node], key_type: dict[str, str]) -> list[Node]:
    """The full names of the article that a single word is the surname of (the evidence it is a
    person's asked for depends on whether it is spelt as the full name spells it), else, for a
    person, those it is the first name of."""
    fk = N.fold(node.tokens[0])
    is_person = key_type[node.key] == "person"
    plain_tok = N.plain(node.tokens[0])
    same = [
        f
        for f in fulls
        if _surnames_match(fk, N.fold(f.tokens[-1]))
        and (
            node.personal
            or (
                node.mention.label == "PERSON"
                if N.plain(f.tokens[-1]) != plain_tok
                else is_person or node.mention.label in ("PERSON", "ORG", "NORP")
            )
        )
    ]
    if not same and (is_person or node.mention.label == "PERSON"):
        # "Montieth" beside "David Monteith", "Hassall" beside "Brian Hassell": the article's own
        # misspelling of the surname of a full name it gives (one letter off, long names only).
        same = [f for f in fulls if _misspelt(node.tokens[0], f.tokens[-1])]
    if not same and (is_person or _a_given_name_alone(node)):
        # A first name alone, written as the full name writes it: "Jenifer" (a singer known by it)
        # is not Jennifer Lopez, though the two fold alike; "Haile" of Haile Gebrselassie is
        # his, whatever NER's label, unless it is a place or a firm by its words.
        same = [
            f
            for f in fulls
            if N.fold(f.tokens[0]) == fk
            and N.plain(f.tokens[0]) == plain_tok
            and not any(N.bare(t) in TITLE_WORDS for t in f.tokens[1:])
        ]
        if len({N.fold(f.tokens[-1]) for f in same}) > 1:
            return []  # "Scott" beside Scott Gray and Scott MacLeod: whose is not said
    return same


def _a_given_name_alone(node: Node) -> bool:
    """A one-word name that may be the first name of a longer name it opens: a given name
    (names.GIVEN_NAMES) that NER does not call a nationality or a place, no party's form, and no
    place nor firm (_no_place_nor_firm). Not any word: "Yahoo" is not Yahoo Messenger's, "Labour"
    not Labour MPs', "Palestinian" not the Palestinian Economic Crisis' (BBC: 111 mentions moved to
    48 new people, some 85 wrongly, when NER's organisation and nationality labels let any through).
    """
    word = node.tokens[0]
    return (
        N.bare(word) in N.GIVEN_NAMES
        and node.mention.label not in ("NORP", "GPE", "LOC")
        and not (N.party_key(word) or N.is_party_form(word))
        and _no_place_nor_firm(node)
    )


def _no_place_nor_firm(node: Node) -> bool:
    """A word that nothing says is a place (NER's place label, the gazetteer) or an organisation
    (an organisation's noun before it): it may be a person's first name used alone."""
    return (
        node.mention.label not in PLACE_OR_FACILITY_LABELS
        and N.plain(node.tokens[0]) not in PLACE_NAMES
        and not node.org_cue
        and not node.club_cue
    )


def _regnal(node: Node) -> bool:
    """A given name with a regnal number ("Edward III", "Pope John Paul II" has two words): a
    monarch's or a pope's name, never a surname to join a full name by ("Gareth Edwards")."""
    words = node.name.split()
    return len(words) == 2 and len(node.tokens) == 1 and words[-1].lower() in REGNAL_NUMBERS


def _consonants(word: str) -> str:
    """A word's consonants, in order: what two spellings of one name share."""
    return re.sub(r"[aeiouy]", "", word)


def _close(fk: str, surname: str) -> bool:
    """A folded word close to a surname but not it: a match of the fuzzy kinds only."""
    return _surnames_match(fk, N.fold(surname)) or _misspelt(fk, surname)


def _misspelt(word: str, surname: str) -> bool:
    """Two long words of the same initial one edit apart (a letter changed, added, dropped, or two
    swapped): within one article, a misspelt surname."""
    a, b = N.plain(word), N.plain(surname)
    return min(len(a), len(b)) >= 7 and a[0] == b[0] and a != b and DamerauLevenshtein.distance(a, b) == 1


def _nearest(node: Node, same: list[Node], uf: UnionFind) -> Node:
    """The full name a single word joins: any, when they are one person; else the nearest one
    named before it (the first after it when none is)."""
    if len({uf.find(f.cluster) for f in same}) == 1:
        return same[0]
    before = [f for f in same if f.mention.start < node.mention.start]
    return max(before, key=lambda f: f.mention.start) if before else min(same, key=lambda f: f.mention.start)


def _is_initial(first: str) -> bool:
    return len(first.rstrip(".")) == 1


def _first_names_compatible(a: str, b: str) -> bool:
    """The same first name: folded alike, an initial of it, or close (rapidfuzz) both as folded
    and as written: "Willian" / "William", "Kisrty" / "Kirsty", but not "Robin" / "Robbie",
    which fold to "robin" / "robi"."""
    fa, fb = N.fold(a), N.fold(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    # An initial ("J. Smith") matches any first name with that letter.
    if (_is_initial(a) or _is_initial(b)) and fa[0] == fb[0]:
        return True
    if min(len(fa), len(fb)) < 4 or fa[0] != fb[0]:
        return False
    return fuzz.ratio(fa, fb) >= 80 and fuzz.ratio(N.plain(a), N.plain(b)) >= 80


def _surnames_match(fa: str, fb: str) -> bool:
    """Two folded surnames are one: equal, or long, of the same initial and close (rapidfuzz)."""
    if fa == fb:
        return True
    if min(len(fa), len(fb)) < 5 or fa[0] != fb[0]:
        return False
    return fuzz.ratio(fa, fb) >= 88
