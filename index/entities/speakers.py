"""Speakers: each quote's speaker as an actor of the table (the last step of actors.py).

The mention that names the speaker gives its actor; else the speaker's name is looked up among
the article's names, then the corpus's, then the abbreviations and the parties' forms; a speaker named nowhere else who
looks like a name becomes an actor of their own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from . import names as N
from .appositive_speakers import appositive_subject
from ..lexicon import (
    DOCUMENT_NOUNS,
    HUMAN_NOUNS,
    MONTHS_AND_DAYS,
    NO_ONE_WORDS,
    PRESS_NOUNS,
    PRONOUN_LABELS,
    TITLE_WORDS,
)
from ..records import Actor, Mention, Quote


def resolve_quotes(
    quotes: dict[str, list[Quote]],
    mentions: dict[str, list[Mention]],
    table: dict[str, Actor],
    texts: dict[str, str] | None = None,
) -> dict[str, list[Quote]]:
    """New records of the quotes with their speakers as actors (`_speaker_actor`); the actors
    gain the articles they speak in, and `table` the actors made for speakers named nowhere else
    (with the article `texts`, never for a word the article writes in lower case too). "he said"
    is never an organisation's (`_a_pronoun_for_no_person`), and a nationality or a faith (a group
    actor) is never a speaker: "the Irishman said" stays a description of someone."""
    pools = _SpeakerPools(table)
    out: dict[str, list[Quote]] = {}
    for aid, qs in quotes.items():
        ms = mentions.get(aid, [])
        local = _local_names(ms, table)
        text = (texts or {}).get(aid, "")
        out[aid] = []
        for q in qs:
            actor_id = _speaker_actor(q, ms, local, pools, text) if q.speaker else None
            if actor_id is not None and table[actor_id].type == "group":
                actor_id = None  # "the Irishman said": a nationality describes one speaker, no group speaks
            if actor_id is not None and _a_pronoun_for_no_person(q, table[actor_id]):
                out[aid].append(replace(q, speaker=None, speaker_id=None, speaker_start=None, speaker_end=None))
                continue
            if actor_id is not None:
                out[aid].append(replace(q, speaker_id=actor_id, speaker=table[actor_id].name))
                table[actor_id].articles.append(aid)
            else:
                out[aid].append(replace(q, speaker_id=None))
    return out


def _a_pronoun_for_no_person(q: Quote, actor: Actor) -> bool:
    """ "he said" resolved to an organisation or a place (NER took "Bolton" or "St Helens" for a
    man in the attribution's sentence): the pronoun stands for a person, so the quote is nobody's
    rather than the club's. A person's name typed otherwise ("Ivan Ljubicic") keeps it."""
    subject = (q.cue or "").split()[:1]
    return (
        bool(subject)
        and PRONOUN_LABELS.get(subject[0].lower()) == "PERSON"
        and actor.type != "person"
        and not N.starts_with_given_name(actor.name)
    )


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
    by the actors made for speakers), and the actors' abbreviation and party keys (built on
    first need)."""

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
                for al in a.aliases:
                    pk = N.party_key(al)
                    if pk:
                        self._abbreviations["party:" + pk].add(a.id)
        return self._abbreviations.get(key)

    def new_actor(self, name: str, fk: str, typ: str) -> str:
        """The actor of a speaker named nowhere else (made once per name)."""
        base = f"{typ}:{N.slug(name)}"
        actor = self.table.get(base)
        if actor is None or actor.name != name:
            k, aid = 2, base
            while aid in self.table and self.table[aid].name != name:
                aid, k = f"{base}-{k}", k + 1
            actor = self.table.setdefault(aid, Actor(aid, name, typ, [name], 0, []))
        self.corpus[fk].add(actor.id)
        return actor.id


def _speaker_actor(
    q: Quote, ms: list[Mention], local: dict[str, set[str]], pools: _SpeakerPools, text: str = ""
) -> str | None:
    """The actor a quote's speaker is: the mention that names it, else the one actor its name is
    in the article, else in the corpus, else the one actor of its abbreviation; else, when it
    looks like a name, an actor of its own. A description ("Kremlin spokesman", "the defender")
    is nobody's actor: its last word is not a name's."""
    if q.speaker and q.speaker.split()[-1][:1].islower() and not _named_by_a_mention(q, ms):
        return None
    subject = appositive_subject(q, ms, pools.table, text)  # "X, chief economist with Y, told"
    if subject is not None:
        return subject.actor
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
        # "US" for the United States; "Lib Dems" for the party whatever form its actor has.
        party = N.party_key(cn.name)
        ab = "party:" + party if party else N.abbreviation_key(cn.name)
        ids = pools.abbreviation(ab) if ab else None
        if ids and len(ids) == 1:
            return next(iter(ids))
    typ = _new_speaker_type(cn.name, text) if cn.name and N.looks_like_name(cn.name) else None
    return pools.new_actor(cn.name, fk, typ) if typ else None


def _named_by_a_mention(q: Quote, ms: list[Mention]) -> bool:
    """A mention of an actor is exactly where the speaker is named: a name written in lower case
    ("the Commons science and technology committee": lower_case_bodies), not a description."""
    return any(m.actor and (m.start, m.end) == (q.speaker_start, q.speaker_end) for m in ms)


def _new_speaker_type(name: str, text: str) -> str | None:
    """The type of the actor made for a speaker named nowhere else; None when the words name
    no one: a description ("Salford MP", "Witnesses", "Research"), a day, a word such as "Some"
    or "Others", or one word the article writes in lower case too (capitalised where a
    sentence starts)."""
    if N.party_key(name):
        return "org"  # "Lib Dems", "Conservatives": a party, though its members are people
    words = name.split()
    last = N.bare(words[-1])
    singulars = {last, *N.singulars_of(last), last[:-2] if last.endswith("es") else last}
    if singulars & (TITLE_WORDS | HUMAN_NOUNS | DOCUMENT_NOUNS):  # "MPs", "Directors"
        return None
    if len(words) == 1 and (
        last in MONTHS_AND_DAYS
        or last in NO_ONE_WORDS
        or re.search(rf"\b{re.escape(last)}\b", text)
        or N.nationality_noun(name)  # "the 55-year-old Frenchman told": a description
    ):
        return None
    if N.has_org_word(name) or N.is_acronym(name) or last in PRESS_NOUNS:
        return "org"  # "Q Magazine", "RSPCA"
    return "person"
