"""Actors: the people, organisations and places of the corpus, with name variants merged.

Input is every article's mentions and attributed quotes; output is the actor table, with each
mention's `actor` and each quote's `speaker`/`speaker_id` set to the canonical actor.

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
from dataclasses import dataclass, field
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


def resolve_actors(mentions: dict[str, list[Mention]], quotes: dict[str, list[Quote]],
                   texts: dict[str, str] | None = None,
                   prior: dict[str, tuple[str, int]] | None = None) -> list[Actor]:
    """Group the mentions into actors; set `Mention.actor`, `Quote.speaker` and `speaker_id`.

    `texts` (optional) maps article ids to the analysed text (junk blanked): with it, the
    words around mentions are used as evidence and missed mentions of known actors are added
    to `mentions` (in place, in offset order). `prior` maps folded names to a type and a number
    of votes from articles not given here (an incremental build's indexed actors).
    """
    texts = texts or {}
    prior = prior or {}
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

    # Speakers named by a mention are evidence of a person (weak: organisations speak too).
    for aid, qs in quotes.items():
        for q in qs:
            if q.speaker_start is None:
                continue
            for node in by_article.get(aid, ()):
                if node.mention.start < (q.speaker_end or 0) and q.speaker_start < node.mention.end:
                    node.votes["person"] += 1

    # Type of each name key, voted over the corpus; then surnames of full names in the same
    # article vote for a person.
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
    key_type = {k: _argmax(v) for k, v in key_votes.items()}

    uf = _UnionFind()
    _group_people(nodes, by_article, key_type, uf)
    _group_others(nodes, by_article, key_type, uf)

    # Clusters -> actors.
    clusters: dict[str, list[_Node]] = defaultdict(list)
    for node in nodes:
        clusters[uf.find(node.cluster)].append(node)
    actors = _make_actors(clusters)
    actor_of_cluster = {cid: a for cid, a in actors.items()}
    for cid, ns in clusters.items():
        for node in ns:
            node.mention.actor = actor_of_cluster[cid].id
    table = {a.id: a for a in actors.values()}

    if texts:
        _propagate(mentions, texts, by_article, table)

    _resolve_quotes(quotes, mentions, table)
    for a in table.values():
        a.articles = sorted(set(a.articles))
    return sorted(table.values(), key=lambda a: (-a.mentions, a.name, a.id))


# -- normalising mentions ------------------------------------------------------------------

def _make_node(m: Mention, text: str | None) -> _Node:
    cn = N.clean_name(m.surface, m.label)
    name = cn.name or m.surface.strip()
    votes: Counter = Counter()
    typ = TYPES.get(m.label, "other")
    votes[typ] += 1
    personal = cn.personal
    if text is not None:
        after = text[m.end:m.end + 40]
        before = text[max(0, m.start - 40):m.start]
        org = _ORG_AFTER.match(after)
        if org and m.label in ("PERSON", "ORG") and not N.strip_possessive(m.surface) != m.surface.strip() \
                and len(name.split()) <= 3:
            # "the Trump administration": an organisation, not the person.
            m.end += org.end()
            m.surface = text[m.start:m.end]
            m.label = "ORG"
            name = N.clean_name(m.surface, "ORG").name or m.surface
            votes = Counter({"org": 3})
            cn = N.CleanName(name, None, False)
        else:
            tb = _TITLE_BEFORE.search(before)
            if tb and tb.group(1).lower() in PERSON_TITLES_BEFORE and not _PLACE_BEFORE.search(before):
                personal = True
            if _SPEECH_AFTER.match(after):
                votes["person"] += 1
            if _PLACE_BEFORE.search(before):
                votes["place"] += 1
            ra = _ROLE_AFTER.match(after)
            if ra and ra.group(1) in ROLES_AFTER:
                votes["org"] += 2
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


def _argmax(votes: Counter) -> str:
    if not votes:
        return "other"
    best = max(votes.values())
    for t in _TYPE_ORDER:
        if votes.get(t) == best:
            return t
    return "other"


# -- people ---------------------------------------------------------------------------------

def _group_people(nodes, by_article, key_type, uf: _UnionFind) -> None:
    # Full names: one union-find key per folded (first, last); grouped across the corpus.
    full: dict[str, tuple[str, str]] = {}     # cluster key -> (first word, last word) as written
    for node in nodes:
        if key_type[node.key] == "person" and len(node.tokens) >= 2:
            first, last = node.tokens[0], node.tokens[-1]
            ck = "P:" + N.fold(first) + "|" + N.fold(last)
            node.cluster = ck
            uf.find(ck)
            full.setdefault(ck, (first, last))
    # Pairs are only tried between full names whose surnames match: the same folded surname, or
    # close ones found by rapidfuzz within the surnames of the same initial (not all pairs).
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

    # Surname index over the corpus: folded surname -> {full cluster root: mentions}.
    surname_index: dict[str, Counter] = defaultdict(Counter)
    for node in nodes:
        if node.cluster.startswith("P:"):
            surname_index[N.fold(node.tokens[-1])][uf.find(node.cluster)] += 1

    surnames_by_initial: dict[str, list[str]] = defaultdict(list)
    for sname in sorted(surname_index):
        surnames_by_initial[sname[:1]].append(sname)

    def corpus_person(fk: str) -> str | None:
        cands = surname_index.get(fk)
        if not cands:
            # A transliteration the folding did not catch (close spelling).
            if len(fk) < 5:
                return None
            close = [c for c, _, _ in process.extract(fk, surnames_by_initial.get(fk[0], []),
                                                       scorer=fuzz.ratio, score_cutoff=88, limit=2)
                     if _surnames_match(fk, c)]
            if len(close) != 1:
                return None
            cands = surname_index[close[0]]
        roots = Counter({uf.find(r): c for r, c in cands.items()})
        if len(roots) == 1:
            return next(iter(roots))
        (top, n1), (_, n2) = roots.most_common(2)
        return top if n1 >= 4 * n2 else None

    # Single words: the full name of the same article, else the corpus, else their own group.
    for aid, ns in by_article.items():
        fulls = [n for n in ns if n.cluster.startswith("P:")]
        for node in ns:
            if node.cluster or len(node.tokens) != 1:
                continue
            fk = N.fold(node.tokens[0])
            is_person = key_type[node.key] == "person"
            plain_tok = N.plain(node.tokens[0])
            same = [f for f in fulls if _surnames_match(fk, N.fold(f.tokens[-1]))
                    and (node.personal or (
                        node.mention.label == "PERSON" if N.plain(f.tokens[-1]) != plain_tok
                        else is_person or node.mention.label in ("PERSON", "ORG", "NORP")))]
            if not same and is_person:
                same = [f for f in fulls if N.fold(f.tokens[0]) == fk]
            if same:
                roots = {uf.find(f.cluster) for f in same}
                if len(roots) == 1:
                    node.cluster = same[0].cluster
                else:
                    # Several people share it here: the nearest one named before it.
                    before = [f for f in same if f.mention.start < node.mention.start]
                    near = max(before, key=lambda f: f.mention.start) if before else \
                        min(same, key=lambda f: f.mention.start)
                    node.cluster = near.cluster
                continue
            if not is_person:
                continue
            root = corpus_person(fk)
            node.cluster = root if root else "S:" + fk


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


def _group_others(nodes, by_article, key_type, uf: _UnionFind) -> None:
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


def _propagate(mentions, texts, by_article, table: dict[str, Actor]) -> None:
    for aid, ns in by_article.items():
        text = texts.get(aid)
        if not text:
            continue
        names: dict[str, set[str]] = defaultdict(set)
        for n in ns:
            names[n.name].add(n.mention.actor)
            a = table[n.mention.actor]
            if a.type == "person" and len(n.tokens) >= 2:
                names[n.tokens[-1]].add(a.id)
        names = {k: v for k, v in names.items() if len(v) == 1 and len(k) >= 2
                 and k.lower() not in MONTHS_AND_DAYS}
        if not names:
            continue
        taken = sorted((m.start, m.end) for m in mentions[aid])
        starts = [ts for ts, _ in taken]
        reach = list(accumulate((te for _, te in taken), max))  # the furthest end so far
        added = []
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
            m = Mention(aid, start, end, text[start:end], LABEL_OF_TYPE.get(actor.type, "ORG"), actor.id)
            added.append(m)
            actor.mentions += 1
            if cn.name not in actor.aliases:
                actor.aliases.append(cn.name)
        if added:
            mentions[aid].extend(added)
            mentions[aid].sort(key=lambda m: (m.start, m.end))


# -- quotes ---------------------------------------------------------------------------------

def _resolve_quotes(quotes, mentions, table: dict[str, Actor]) -> None:
    corpus: dict[str, set[str]] = defaultdict(set)
    for a in table.values():
        for al in a.aliases:
            cn = N.clean_name(al, "PERSON").name
            corpus[N.fold(cn)].add(a.id)
    by_abbreviation: dict[str, set[str]] | None = None  # built on first need
    for aid, qs in quotes.items():
        ms = mentions.get(aid, [])
        local: dict[str, set[str]] = defaultdict(set)
        for m in ms:
            if m.actor:
                cn = N.clean_name(m.surface, m.label).name
                local[N.fold(cn)].add(m.actor)
                toks = N.name_tokens(cn)
                if table[m.actor].type == "person" and len(toks) >= 2:
                    local[N.fold(toks[-1])].add(m.actor)
        for q in qs:
            if not q.speaker:
                q.speaker_id = None
                continue
            actor_id = None
            if q.speaker_start is not None and q.speaker_end is not None:
                best = 0
                for m in ms:
                    ov = min(m.end, q.speaker_end) - max(m.start, q.speaker_start)
                    if ov > best and m.actor:
                        best, actor_id = ov, m.actor
            if actor_id is None:
                cn = N.clean_name(q.speaker, "PERSON")
                fk = N.fold(cn.name)
                for pool in (local, corpus) if fk else ():  # an empty name matches nobody
                    ids = pool.get(fk)
                    if ids and len(ids) == 1:
                        actor_id = next(iter(ids))
                        break
                if actor_id is None and fk:
                    ab = N.abbreviation_key(cn.name)
                    if ab:
                        if by_abbreviation is None:
                            by_abbreviation = defaultdict(set)
                            for a in table.values():
                                key = N.abbreviation_key(a.name)
                                if key:
                                    by_abbreviation[key].add(a.id)
                        ids = by_abbreviation.get(ab)
                        if ids and len(ids) == 1:
                            actor_id = next(iter(ids))
                if actor_id is None and cn.name and N.looks_like_name(cn.name):
                    typ = "org" if N.has_org_word(cn.name) else "person"
                    base = f"{typ}:{slug(cn.name)}"
                    actor = table.get(base)
                    if actor is None or actor.name != cn.name:
                        k, aid2 = 2, base
                        while aid2 in table and table[aid2].name != cn.name:
                            aid2, k = f"{base}-{k}", k + 1
                        actor = table.setdefault(aid2, Actor(aid2, cn.name, typ, [cn.name], 0, []))
                    actor_id = actor.id
                    corpus[fk].add(actor_id)
            if actor_id is not None:
                q.speaker_id = actor_id
                q.speaker = table[actor_id].name
                table[actor_id].articles.append(aid)
            else:
                q.speaker_id = None
