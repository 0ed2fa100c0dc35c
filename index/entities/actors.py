"""Actors: the people, organisations and places of the corpus, with name variants merged.

Input is every article's mentions and attributed quotes; output is a `Resolution`: the actor
table, and new records of the mentions (each with its `actor`) and of the quotes (each with its
`speaker`/`speaker_id` set to the canonical actor). The records given are not changed.

How names become actors:
1. Each mention's words are normalised (`names.clean_name`): titles, honorifics, a leading
   "the" and possessives go. A personal title ("Mr", "Kremlin spokesman") is evidence of a person.
   With the article texts (optional `texts`), the words around a mention add evidence: a title
   before it, a speech verb after it, "X administration" (an organisation, not the person X).
2. Each name's type is voted over the whole corpus: spaCy's labels, the evidence above, the
   name's own words (an organisation word makes an organisation), and a bare word that is the
   surname of a person named in full in the same article.
3. People: full names (two words or more) are grouped when their surnames and first names fold
   to the same transliteration key or are close (rapidfuzz), so "Volodymyr Zelensky" and
   "Volodymyr Zelenskiy" meet but "Boris Johnson" and "Dustin Johnson" do not. A bare surname
   joins the full name of the same article; failing that, the one person of the corpus with that
   surname (or the one who holds most of its mentions); failing that, the other bare uses of it.
4. Everything else is grouped by a key: abbreviations and their expansions (US / U.S. / United
   States), plural group words with their singular (Ukrainians / Ukrainian), an acronym with the
   multi-word name of the same article whose initials it is, transliteration folding.
5. The canonical name is the most frequent complete form (a full name for a person, the
   expansion for an abbreviation, the singular for a group); ties go to the form that is longer
   and then to the first in alphabetical order, so it is deterministic.
6. With the texts, an actor's names are also found where NER missed them in the articles that
   already mention it (the same capitalised words, not at the start of a sentence).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from itertools import accumulate

from rapidfuzz import fuzz, process

from . import names as N
from ..lexicon import MONTHS_AND_DAYS, ORG_AFTER_NAME, PERSON_TITLES_BEFORE, PLACE_PREPOSITIONS, ROLES_AFTER, \
    SPEECH_FORMS_AFTER_NAME
from ..records import Actor, Mention, Quote

TYPES = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place",
         "NORP": "group", "EVENT": "event"}
LABEL_OF_TYPE = {"person": "PERSON", "org": "ORG", "place": "GPE", "group": "NORP", "event": "EVENT"}
# When votes tie, the earlier type wins.
_TYPE_ORDER = ["group", "place", "org", "person", "event", "other"]

_SPEECH_AFTER = re.compile(r"^[’']?s?\s*,?\s*(?:" + "|".join(SPEECH_FORMS_AFTER_NAME) + r")\b")
_ORG_AFTER = re.compile(r"^\s+(" + "|".join(sorted(ORG_AFTER_NAME)) + r")\b")
_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(PLACE_PREPOSITIONS) + r")\s+(?:the\s+)?$")
_ROLE_AFTER = re.compile(r"^\s+([a-z]+)\b")
_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;]\s*[\"“”‘’']?\s*|\n\s*[\"“”‘’'\-–—•*]*\s*)$")


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


@dataclass
class _Node:
    """One mention, normalised."""
    mention: Mention
    name: str
    key: str                 # fold of the name (type votes and person grouping)
    tokens: list[str]        # the name's words without suffixes (Jr, III)
    votes: Counter = field(default_factory=Counter)
    personal: bool = False   # a personal title or a speech verb seen with it
    cluster: str = ""        # id of the group it ends in (internal)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic: the smaller key becomes the root.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def _first_names_compatible(a: str, b: str) -> bool:
    fa, fb = N.fold(a), N.fold(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    # An initial ("J. Smith") matches any first name with that letter.
    if (len(a.rstrip(".")) == 1 or len(b.rstrip(".")) == 1) and fa[0] == fb[0]:
        return True
    return min(len(fa), len(fb)) >= 4 and fa[0] == fb[0] and fuzz.ratio(fa, fb) >= 80


def _surnames_match(fa: str, fb: str) -> bool:
    if fa == fb:
        return True
    if min(len(fa), len(fb)) < 5 or fa[0] != fb[0]:
        return False
    return fuzz.ratio(fa, fb) >= 88


@dataclass
class Resolution:
    """What resolve_actors decides: the actors, and new records of every article's mentions
    (each with its actor; with the texts, the mentions NER missed are added, in offset order) and
    quotes (each with its canonical speaker and speaker_id). The records given are not changed."""
    actors: list[Actor]
    mentions: dict[str, list[Mention]]
    quotes: dict[str, list[Quote]]


def resolve_actors(mentions: dict[str, list[Mention]], quotes: dict[str, list[Quote]],
                   texts: dict[str, str] | None = None,
                   prior: dict[str, tuple[str, int]] | None = None) -> Resolution:
    """Group the mentions into actors; the quotes' speakers become the actors they name.

    `texts` (optional) maps article ids to the analysed text (junk blanked): with it, the
    words around mentions are used as evidence and missed mentions of known actors are found.
    `prior` maps folded names to a type and a number of votes from articles not given here (an
    incremental build's indexed actors).
    """
    texts = texts or {}
    corpus = _Corpus.of(mentions, quotes, texts, prior or {})
    uf = _UnionFind()
    _group_people(corpus, uf)
    _group_others(corpus, uf)

    clusters: dict[str, list[_Node]] = defaultdict(list)
    for node in corpus.nodes:
        clusters[uf.find(node.cluster)].append(node)
    actor_of_cluster = _make_actors(clusters)
    table = {a.id: a for a in actor_of_cluster.values()}
    resolved = {aid: [replace(n.mention, actor=actor_of_cluster[uf.find(n.cluster)].id)
                      for n in corpus.by_article.get(aid, ())] for aid in mentions}

    if texts:
        added: dict[str, list[Mention]] = defaultdict(list)
        for m, alias in _missed_mentions(resolved, texts, corpus.by_article, table):
            actor = table[m.actor]
            actor.mentions += 1
            if alias not in actor.aliases:
                actor.aliases.append(alias)
            added[m.article].append(m)
        for aid, ms in added.items():
            resolved[aid] = sorted(resolved[aid] + ms, key=lambda x: (x.start, x.end))

    spoken = _resolve_quotes(quotes, resolved, table)
    for a in table.values():
        a.articles = sorted(set(a.articles))
    return Resolution(sorted(table.values(), key=lambda a: (-a.mentions, a.name, a.id)), resolved, spoken)


@dataclass
class _Corpus:
    """The mentions normalised (`nodes`, also by article) and the type of each name key, voted
    over the whole corpus: what the grouping steps read. The nodes are resolve_actors' own
    working records: the steps write each node's cluster key."""
    nodes: list[_Node]
    by_article: dict[str, list[_Node]]
    key_type: dict[str, str]

    @classmethod
    def of(cls, mentions, quotes, texts, prior) -> "_Corpus":
        nodes: list[_Node] = []
        by_article: dict[str, list[_Node]] = defaultdict(list)
        for aid in sorted(mentions):
            for m in mentions[aid]:
                node = _make_node(m, texts.get(aid))
                if node.key in prior:
                    typ, votes = prior[node.key]
                    node.votes[typ] += votes
                nodes.append(node)
                by_article[aid].append(node)
        _speaker_votes(quotes, by_article)
        return cls(nodes, by_article, _vote_types(nodes, by_article))


def _speaker_votes(quotes, by_article) -> None:
    """Speakers named by a mention are evidence of a person (weak: organisations speak too)."""
    for aid, qs in quotes.items():
        for q in qs:
            if q.speaker_start is None:
                continue
            for node in by_article.get(aid, ()):
                if node.mention.start < (q.speaker_end or 0) and q.speaker_start < node.mention.end:
                    node.votes["person"] += 1


def _vote_types(nodes, by_article) -> dict[str, str]:
    """The type of each name key, voted over the corpus; then the surnames of full names in the
    same article vote for a person."""
    key_votes: dict[str, Counter] = defaultdict(Counter)
    for node in nodes:
        key_votes[node.key].update(node.votes)
    key_type = {k: _argmax(v) for k, v in key_votes.items()}
    for aid, ns in by_article.items():
        surnames = {N.fold(n.tokens[-1]) for n in ns
                    if len(n.tokens) >= 2 and key_type[n.key] == "person"}
        for n in ns:
            if len(n.tokens) == 1 and n.key in surnames and n.mention.label not in ("GPE", "LOC", "FAC"):
                key_votes[n.key]["person"] += 2
    return {k: _argmax(v) for k, v in key_votes.items()}


# -- normalising mentions ------------------------------------------------------------------

def _make_node(m: Mention, text: str | None) -> _Node:
    """One mention normalised, with its type votes: its label, its name's words and, with the
    text, the words around it. "the Trump administration" is one organisation: the node then
    holds a widened copy of the mention."""
    cn = N.clean_name(m.surface, m.label)
    name = cn.name or m.surface.strip()
    votes: Counter = Counter()
    votes[TYPES.get(m.label, "other")] += 1
    personal = cn.personal
    if text is not None:
        widened = _with_organisation_word(m, text, name)
        if widened is not None:
            m = widened
            name = N.clean_name(m.surface, "ORG").name or m.surface
            votes = Counter({"org": 3})
            cn = N.CleanName(name, None, False)
        else:
            titled, around = _words_around(m, text)
            personal = personal or titled
            votes.update(around)
    if cn.personal or personal:
        votes["person"] += 2
    if N.has_org_word(name):
        votes["org"] += 5
    elif m.label == "PERSON" and (N.has_connector(name) or re.match(r"(?i)the\s", m.surface.strip())):
        votes["org"] += 2
    if len(name) > 1 and N.looks_plural_demonym(name) and m.label == "NORP":
        votes["group"] += 1
    return _Node(m, name, N.fold(name) or name.lower(), N.name_tokens(name), votes,
                 personal=cn.personal or personal)


def _with_organisation_word(m: Mention, text: str, name: str) -> Mention | None:
    """The mention widened over the organisation word after it ("the Trump administration": an
    organisation, not the person), or None."""
    org = _ORG_AFTER.match(text[m.end:m.end + 40])
    if org and m.label in ("PERSON", "ORG") and not N.strip_possessive(m.surface) != m.surface.strip() \
            and len(name.split()) <= 3:
        end = m.end + org.end()
        return replace(m, end=end, surface=text[m.start:end], label="ORG")
    return None


def _words_around(m: Mention, text: str) -> tuple[bool, Counter]:
    """(a person's title before the mention, the type votes of the words around it: a speech verb
    after it, a preposition of place before it, a role word after it)."""
    after = text[m.end:m.end + 40]
    before = text[max(0, m.start - 40):m.start]
    votes: Counter = Counter()
    tb = _TITLE_BEFORE.search(before)
    titled = bool(tb and tb.group(1).lower() in PERSON_TITLES_BEFORE and not _PLACE_BEFORE.search(before))
    if _SPEECH_AFTER.match(after):
        votes["person"] += 1
    if _PLACE_BEFORE.search(before):
        votes["place"] += 1
    ra = _ROLE_AFTER.match(after)
    if ra and ra.group(1) in ROLES_AFTER:
        votes["org"] += 2
    return titled, votes


def _argmax(votes: Counter) -> str:
    if not votes:
        return "other"
    best = max(votes.values())
    for t in _TYPE_ORDER:
        if votes.get(t) == best:
            return t
    return "other"


# -- people ---------------------------------------------------------------------------------

def _group_people(corpus: _Corpus, uf: _UnionFind) -> None:
    """Full names grouped across the corpus; then each single name placed with a full name of
    its article, else the one person of the corpus with that surname, else a group of its own."""
    full = _full_names(corpus, uf)
    _join_full_names(full, uf)
    _place_single_names(corpus, _Surnames(corpus.nodes, uf), uf)


def _full_names(corpus: _Corpus, uf: _UnionFind) -> dict[str, tuple[str, str]]:
    """Each person's full name gets the key of its folded first and last words; {key: (first
    word, last word) as first written}."""
    full: dict[str, tuple[str, str]] = {}
    for node in corpus.nodes:
        if corpus.key_type[node.key] == "person" and len(node.tokens) >= 2:
            first, last = node.tokens[0], node.tokens[-1]
            ck = "P:" + N.fold(first) + "|" + N.fold(last)
            node.cluster = ck
            uf.find(ck)
            full.setdefault(ck, (first, last))
    return full


def _join_full_names(full: dict[str, tuple[str, str]], uf: _UnionFind) -> None:
    """Full names whose surnames match and whose first names are compatible are one person. Pairs
    are only tried between the same folded surname, or close ones found by rapidfuzz within the
    surnames of the same initial (not all pairs)."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for ck, (first, last) in sorted(full.items()):
        by_surname[N.fold(last)].append(ck)
    by_initial: dict[str, list[str]] = defaultdict(list)
    for sname in sorted(by_surname):
        by_initial[sname[:1]].append(sname)

    def join_compatible(group_a: list[str], group_b: list[str]) -> None:
        for a in group_a:
            for b in group_b:
                if a != b and _first_names_compatible(full[a][0], full[b][0]):
                    uf.union(a, b)

    for sname, group in by_surname.items():
        join_compatible(group, group)
        if len(sname) < 5:
            continue
        for other, _, _ in process.extract(sname, by_initial[sname[:1]], scorer=fuzz.ratio,
                                           score_cutoff=88, limit=None):
            if other > sname and _surnames_match(sname, other):
                join_compatible(group, by_surname[other])


class _Surnames:
    """The surnames of the corpus's full names: folded surname -> {person: mentions}."""

    def __init__(self, nodes: list[_Node], uf: _UnionFind):
        self.uf = uf
        self.index: dict[str, Counter] = defaultdict(Counter)
        for node in nodes:
            if node.cluster.startswith("P:"):
                self.index[N.fold(node.tokens[-1])][uf.find(node.cluster)] += 1
        self.by_initial: dict[str, list[str]] = defaultdict(list)
        for sname in sorted(self.index):
            self.by_initial[sname[:1]].append(sname)

    def person(self, fk: str) -> str | None:
        """The person a bare surname names across the corpus: the only one, or the one with four
        times the mentions of the next; a close spelling counts when it is the only one."""
        cands = self.index.get(fk)
        if not cands:
            # A transliteration the folding did not catch (close spelling).
            if len(fk) < 5:
                return None
            close = [c for c, _, _ in process.extract(fk, self.by_initial.get(fk[0], []),
                                                       scorer=fuzz.ratio, score_cutoff=88, limit=2)
                     if _surnames_match(fk, c)]
            if len(close) != 1:
                return None
            cands = self.index[close[0]]
        roots = Counter({self.uf.find(r): c for r, c in cands.items()})
        if len(roots) == 1:
            return next(iter(roots))
        (top, n1), (_, n2) = roots.most_common(2)
        return top if n1 >= 4 * n2 else None


def _place_single_names(corpus: _Corpus, surnames: _Surnames, uf: _UnionFind) -> None:
    """Single words: the full name of the same article, else the corpus's person, else a group
    of their own ("S:" and the folded word)."""
    for aid, ns in corpus.by_article.items():
        fulls = [n for n in ns if n.cluster.startswith("P:")]
        for node in ns:
            if node.cluster or len(node.tokens) != 1:
                continue
            same = _full_names_here(node, fulls, corpus.key_type)
            if same:
                node.cluster = _nearest(node, same, uf).cluster
                continue
            if corpus.key_type[node.key] != "person":
                continue
            fk = N.fold(node.tokens[0])
            node.cluster = surnames.person(fk) or "S:" + fk


def _full_names_here(node: _Node, fulls: list[_Node], key_type: dict[str, str]) -> list[_Node]:
    """The full names of the article that a single word is the surname of (the evidence it is a
    person's asked for depends on whether it is spelt as the full name spells it), else, for a
    person, those it is the first name of."""
    fk = N.fold(node.tokens[0])
    is_person = key_type[node.key] == "person"
    plain_tok = N.plain(node.tokens[0])
    same = [f for f in fulls if _surnames_match(fk, N.fold(f.tokens[-1]))
            and (node.personal or (
                node.mention.label == "PERSON" if N.plain(f.tokens[-1]) != plain_tok
                else is_person or node.mention.label in ("PERSON", "ORG", "NORP")))]
    if not same and is_person:
        same = [f for f in fulls if N.fold(f.tokens[0]) == fk]
    return same


def _nearest(node: _Node, same: list[_Node], uf: _UnionFind) -> _Node:
    """The full name a single word joins: any, when they are one person; else the nearest one
    named before it (the first after it when none is)."""
    if len({uf.find(f.cluster) for f in same}) == 1:
        return same[0]
    before = [f for f in same if f.mention.start < node.mention.start]
    return max(before, key=lambda f: f.mention.start) if before else min(same, key=lambda f: f.mention.start)


# -- everything else ------------------------------------------------------------------------

def _other_key(name: str, singulars: set[str], written: set[str] = frozenset()) -> str:
    ab = N.abbreviation_key(name)
    if ab:
        return ab
    p = N.plain(name)
    if p.startswith("the "):
        p = p[4:]
    if N.is_acronym(name) and name.capitalize() not in written:
        return "=" + p          # acronyms are spelt, not transliterated: EEF is not EFF
    for sing in N.singulars_of(p):
        if sing in singulars or (" " not in p and sing == p[:-1] and N.looks_plural_demonym(name)):
            p = sing
            break
    return N.fold(p) or p


def _group_others(corpus: _Corpus, uf: _UnionFind) -> None:
    """Everything else, by a key (`_other_key`); an acronym joins the multi-word name of the
    same article whose initials it is, when that is the only one of the corpus."""
    nodes, by_article = corpus.nodes, corpus.by_article
    singulars = {N.plain(n.name) for n in nodes}
    written = {n.name for n in nodes}
    for node in nodes:
        if not node.cluster:
            node.cluster = "O:" + _other_key(node.name, singulars, written)
            uf.find(node.cluster)
    # An acronym joins the multi-word name of the same article whose initials it is.
    longs_by_initials: dict[str, set[str]] = defaultdict(set)
    for node in nodes:
        if node.cluster.startswith("O:") and len(node.tokens) >= 2:
            ini = N.initials(node.name)
            if ini:
                longs_by_initials[ini].add(uf.find(node.cluster))
    for aid, ns in sorted(by_article.items()):
        for node in ns:
            if not node.cluster.startswith("O:") or not N.is_acronym(node.name):
                continue
            acr = node.name.replace(".", "")
            here = {uf.find(n.cluster) for n in ns if n.cluster.startswith("O:") and len(n.tokens) >= 2
                    and N.initials(n.name) == acr}
            if len(here) == 1 and len(longs_by_initials[acr]) == 1:
                uf.union(node.cluster, next(iter(here)))


# -- actors ---------------------------------------------------------------------------------

def _canonical(ns: list[_Node], typ: str) -> str:
    forms = Counter(n.name for n in ns)
    cands = list(forms)
    if typ == "person":
        multi = [f for f in cands if len(N.name_tokens(f)) >= 2]
        if multi:
            cands = multi
    else:
        plain_forms = {N.plain(f) for f in cands}
        expansions = [f for f in cands if N.plain(f) == N.abbreviation_key(f)]
        if expansions:
            cands = expansions
        good = [f for f in cands if not N.is_acronym(f) and not (f.isupper() and len(f) > 6)
                and not (f.endswith("s") and N.plain(f)[:-1] in plain_forms)]
        if good:
            cands = good
    # Surname spelling most used in the group (full and bare), for ties between spellings.
    last_counts = Counter(n.tokens[-1] for n in ns if n.tokens)

    def score(f: str):
        toks = N.name_tokens(f)
        return (-forms[f], -(last_counts[toks[-1]] if toks else 0), -len(f), f)
    return min(cands, key=score)


def _make_actors(clusters: dict[str, list[_Node]]) -> dict[str, Actor]:
    made: list[tuple[str, Actor]] = []
    for cid, ns in clusters.items():
        if cid.startswith(("P:", "S:")):
            typ = "person"
        else:
            votes: Counter = Counter()
            for n in ns:
                votes.update(n.votes)
            typ = _argmax(votes)
            if typ == "person" and not any(n.personal for n in ns) and len(ns) > 0:
                # Named like nobody's full name and never titled: keep the person label only
                # when spaCy says so more than anything else.
                labels = Counter(TYPES.get(n.mention.label, "other") for n in ns)
                typ = _argmax(labels)
        name = _canonical(ns, typ)
        aliases = Counter()
        for n in ns:
            aliases[n.name] += 1
            aliases[n.mention.surface.strip()] += 1
        actor = Actor(id="", name=name, type=typ,
                      aliases=[a for a, _ in sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0]))],
                      mentions=len(ns), articles=sorted({n.mention.article for n in ns}))
        made.append((cid, actor))
    made.sort(key=lambda ca: (-ca[1].mentions, ca[1].name, ca[0]))
    used: set[str] = set()
    out: dict[str, Actor] = {}
    for cid, actor in made:
        base = f"{actor.type}:{slug(actor.name)}"
        aid, k = base, 2
        while aid in used:
            aid, k = f"{base}-{k}", k + 1
        used.add(aid)
        actor.id = aid
        out[cid] = actor
    return out


# -- mentions NER missed --------------------------------------------------------------------

_CAP_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][\w]*(?:[’'][\w]+)*")


def _cap_runs(text: str):
    """Maximal runs of capitalised words joined by single spaces: (start, end)."""
    run_start = run_end = None
    for m in _CAP_WORD.finditer(text):
        if run_end is not None and text[run_end:m.start()] == " ":
            run_end = m.end()
            continue
        if run_start is not None:
            yield run_start, run_end
        run_start, run_end = m.start(), m.end()
    if run_start is not None:
        yield run_start, run_end


def _missed_mentions(resolved: dict[str, list[Mention]], texts: dict[str, str], by_article,
                     table: dict[str, Actor]) -> list[tuple[Mention, str]]:
    """The mentions NER missed of the actors an article already mentions: (the new mention, the
    name it was found under), by article and in text order."""
    found: list[tuple[Mention, str]] = []
    for aid, ns in by_article.items():
        text = texts.get(aid)
        if not text:
            continue
        names = _names_here(ns, resolved[aid], table)
        if names:
            found += _find_names(aid, text, names, resolved[aid], table)
    return found


def _names_here(ns: list[_Node], ms: list[Mention], table: dict[str, Actor]) -> dict[str, set[str]]:
    """The names of one article's actors (a person's surname too) that name one actor only."""
    names: dict[str, set[str]] = defaultdict(set)
    for n, m in zip(ns, ms):
        names[n.name].add(m.actor)
        a = table[m.actor]
        if a.type == "person" and len(n.tokens) >= 2:
            names[n.tokens[-1]].add(a.id)
    return {k: v for k, v in names.items() if len(v) == 1 and len(k) >= 2 and k.lower() not in MONTHS_AND_DAYS}


def _find_names(aid: str, text: str, names: dict[str, set[str]], ms: list[Mention],
                table: dict[str, Actor]) -> list[tuple[Mention, str]]:
    """The runs of capitalised words that overlap no mention and are one of names (a single word
    not at the start of a sentence, unless titled)."""
    taken = sorted((m.start, m.end) for m in ms)
    starts = [ts for ts, _ in taken]
    reach = list(accumulate((te for _, te in taken), max))  # the furthest end so far
    found = []
    for s, e in _cap_runs(text):
        before = bisect_left(starts, e)  # the mentions that start before this run ends
        if before and reach[before - 1] > s:  # one of them ends after it starts: overlap
            continue
        cn = N.clean_name(text[s:e], "PERSON")
        if cn.name not in names:
            continue
        start = s + text[s:e].rfind(cn.name) if cn.name in text[s:e] else s
        end = start + len(cn.name)
        single = " " not in cn.name
        if single and not cn.personal and _SENTENCE_START.search(text[max(0, start - 6):start]) \
                and start == s:
            continue
        actor = table[next(iter(names[cn.name]))]
        found.append((Mention(aid, start, end, text[start:end], LABEL_OF_TYPE.get(actor.type, "ORG"), actor.id),
                      cn.name))
    return found


# -- quotes ---------------------------------------------------------------------------------

def _resolve_quotes(quotes: dict[str, list[Quote]], mentions: dict[str, list[Mention]],
                    table: dict[str, Actor]) -> dict[str, list[Quote]]:
    """New records of the quotes with their speakers as actors (`_speaker_actor`); the actors
    gain the articles they speak in, and `table` the actors made for speakers named nowhere else."""
    pools = _SpeakerPools(table)
    out: dict[str, list[Quote]] = {}
    for aid, qs in quotes.items():
        ms = mentions.get(aid, [])
        local = _local_names(ms, table)
        out[aid] = []
        for q in qs:
            actor_id = _speaker_actor(q, ms, local, pools) if q.speaker else None
            if actor_id is not None:
                out[aid].append(replace(q, speaker_id=actor_id, speaker=table[actor_id].name))
                table[actor_id].articles.append(aid)
            else:
                out[aid].append(replace(q, speaker_id=None))
    return out


def _local_names(ms: list[Mention], table: dict[str, Actor]) -> dict[str, set[str]]:
    """An article's folded names (a person's surname too) -> the actors they name there."""
    local: dict[str, set[str]] = defaultdict(set)
    for m in ms:
        if m.actor:
            cn = N.clean_name(m.surface, m.label).name
            local[N.fold(cn)].add(m.actor)
            toks = N.name_tokens(cn)
            if table[m.actor].type == "person" and len(toks) >= 2:
                local[N.fold(toks[-1])].add(m.actor)
    return local


class _SpeakerPools:
    """The names speakers are looked up by across the corpus: folded aliases -> actor ids (grown
    by the actors made for speakers), and the actors' abbreviation keys (built on first need)."""

    def __init__(self, table: dict[str, Actor]):
        self.table = table
        self.corpus: dict[str, set[str]] = defaultdict(set)
        for a in table.values():
            for al in a.aliases:
                self.corpus[N.fold(N.clean_name(al, "PERSON").name)].add(a.id)
        self._abbreviations: dict[str, set[str]] | None = None

    def abbreviation(self, key: str) -> set[str] | None:
        if self._abbreviations is None:
            self._abbreviations = defaultdict(set)
            for a in self.table.values():
                ak = N.abbreviation_key(a.name)
                if ak:
                    self._abbreviations[ak].add(a.id)
        return self._abbreviations.get(key)

    def new_actor(self, name: str, fk: str) -> str:
        """The actor of a speaker named nowhere else (made once per name)."""
        typ = "org" if N.has_org_word(name) else "person"
        base = f"{typ}:{slug(name)}"
        actor = self.table.get(base)
        if actor is None or actor.name != name:
            k, aid = 2, base
            while aid in self.table and self.table[aid].name != name:
                aid, k = f"{base}-{k}", k + 1
            actor = self.table.setdefault(aid, Actor(aid, name, typ, [name], 0, []))
        self.corpus[fk].add(actor.id)
        return actor.id


def _speaker_actor(q: Quote, ms: list[Mention], local: dict[str, set[str]], pools: _SpeakerPools) -> str | None:
    """The actor a quote's speaker is: the mention that names it, else the one actor its name is
    in the article, else in the corpus, else the one actor of its abbreviation; else, when it
    looks like a name, an actor of its own."""
    if q.speaker_start is not None and q.speaker_end is not None:
        best, actor_id = 0, None
        for m in ms:
            ov = min(m.end, q.speaker_end) - max(m.start, q.speaker_start)
            if ov > best and m.actor:
                best, actor_id = ov, m.actor
        if actor_id is not None:
            return actor_id
    cn = N.clean_name(q.speaker, "PERSON")
    fk = N.fold(cn.name)
    for pool in (local, pools.corpus) if fk else ():  # an empty name matches nobody
        ids = pool.get(fk)
        if ids and len(ids) == 1:
            return next(iter(ids))
    if fk:
        ab = N.abbreviation_key(cn.name)
        ids = pools.abbreviation(ab) if ab else None
        if ids and len(ids) == 1:
            return next(iter(ids))
    if cn.name and N.looks_like_name(cn.name):
        return pools.new_actor(cn.name, fk)
    return None
