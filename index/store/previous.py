"""The previous generation, as an incremental build asks about it.

An incremental build changes a few articles of an index it does not rewrite: it asks the current
generation which articles came from the changed files, what those articles mentioned and who
they quoted, which indexed actors bear a name, and which indexed quotes hold the same words.
Every question is a term lookup in the Whoosh indexes, so its cost does not grow with the corpus.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from whoosh.query import Phrase, Term

from ..records import Actor, Article, Mention, Quote
from .whoosh_store import ACTORS, open_generation, split_ident


@dataclass
class Whole:
    """Every record of a generation, as a full build held them before writing: what corrections
    appended since that build are applied to."""

    articles: list[Article]  # in corpus order
    mentions: dict[str, list[Mention]]
    quotes: dict[str, list[Quote]]  # per article, in the article's order
    actors: list[Actor]
    keys: dict[str, bytes]  # article id -> corpus key
    quote_keys: dict[str, bytes]  # quote id -> corpus key


@dataclass
class Removed:
    """What one indexed article contributed to the actors: taken away when it changes or goes."""

    id: str
    mentions: Counter = field(default_factory=Counter)  # actor id -> mentions in the article
    speakers: set[str] = field(default_factory=set)  # actor ids quoted in the article
    content_hash: str = ""
    groups: set[str] = field(default_factory=set)  # the groups of its quotes


class PreviousIndex:
    """Read access to a generation for the incremental build (closed with `close`)."""

    def __init__(self, folder: Path):
        self._ix = open_generation(folder)
        self._s = {name: ix.searcher() for name, ix in self._ix.items()}
        self._names = ACTORS["aliases"].analyzer

    def close(self) -> None:
        for s in self._s.values():
            s.close()

    def __enter__(self) -> "PreviousIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- articles --------------------------------------------------------------------------
    def records_of(self, paths: set[str]) -> dict[str, tuple[bytes, bytes]]:
        """The indexed articles of these corpus files: id -> (the digest of what it was indexed
        from (whoosh_store.article_sig), its corpus key), read from columns: no stored record is
        unpickled, so a file of 50,000 records is compared in a fraction of a second."""
        s = self._s["articles"]
        reader = s.reader()
        idents, keys = reader.column_reader("ident"), reader.column_reader("key")
        out = {}
        for path in sorted(paths):
            docnums = list(s.docs_for_query(Term("path", path)))
            if len(docnums) * 4 > reader.doc_count_all():
                # Most of the index (a big feed): the columns read through are twice as fast.
                wanted = set(docnums)
                for docnum, (ident, key) in enumerate(zip(idents, keys)):
                    if docnum in wanted:
                        aid, sig = split_ident(ident)
                        out[aid] = (sig, key)
                continue
            for docnum in docnums:
                aid, sig = split_ident(idents[docnum])
                out[aid] = (sig, keys[docnum])
        return out

    def articles_with_ids(self, ids: set[str]) -> list[Removed]:
        """These indexed articles, with what they contributed to the actors."""
        out = []
        for aid in sorted(ids):
            fields = self._s["articles"].document(id=aid)
            if fields is None:
                continue
            rec = json.loads(fields["record"])
            r = Removed(rec["id"], content_hash=rec.get("content_hash", ""))
            r.mentions.update(m["actor"] for m in rec.get("mentions", []) if m.get("actor"))
            for q in self._s["quotes"].documents(article=rec["id"]):
                quote = json.loads(q["record"])
                if quote.get("speaker_id"):
                    r.speakers.add(quote["speaker_id"])
                if quote.get("group"):
                    r.groups.add(quote["group"])
            out.append(r)
        return out

    def has_article(self, article_id: str) -> bool:
        return self._s["articles"].document_number(id=article_id) is not None

    def has_text(self, content_hash: str) -> str | None:
        """The id of an indexed article with this content hash, if any."""
        fields = next(iter(self._s["articles"].documents(hash=content_hash)), None)
        return fields["id"] if fields else None

    def whole(self) -> Whole:
        """Every article, mention, quote and actor of the generation (read from the stored
        records: seconds for 10,000 articles, against minutes to resolve and write them again)."""
        s = self._s["articles"]
        keys_column = s.reader().column_reader("key")
        articles, mentions, keys = [], {}, {}
        for docnum, fields in s.reader().iter_docs():
            rec = json.loads(fields["record"])
            mentions[rec["id"]] = [Mention(**m) for m in rec.pop("mentions", [])]
            rec["junk"] = [tuple(j) for j in rec["junk"]]
            articles.append(Article(**rec))
            keys[rec["id"]] = keys_column[docnum]
        articles.sort(key=lambda a: keys[a.id])
        s = self._s["quotes"]
        keys_column = s.reader().column_reader("key")
        placed: list[tuple[bytes, Quote]] = []
        for docnum, fields in s.reader().iter_docs():
            placed.append((keys_column[docnum], Quote(**json.loads(fields["record"]))))
        placed.sort(key=lambda kq: kq[0])
        quotes: dict[str, list[Quote]] = {a.id: [] for a in articles}
        for _key, q in placed:
            quotes.setdefault(q.article, []).append(q)
        actors = [Actor(**json.loads(f["record"])) for _n, f in self._s["actors"].reader().iter_docs()]
        return Whole(articles, mentions, quotes, actors, keys, {q.id: k for k, q in placed})

    # -- actors ----------------------------------------------------------------------------
    def actor(self, actor_id: str) -> Actor | None:
        fields = self._s["actors"].document(id=actor_id)
        return Actor(**json.loads(fields["record"])) if fields else None

    def actors_named(self, name: str) -> list[Actor]:
        """Indexed actors with these words, in this order, among their aliases."""
        words = [t.text for t in self._names(name)]
        if not words:
            return []
        q = Term("aliases", words[0]) if len(words) == 1 else Phrase("aliases", words)
        s = self._s["actors"]
        return [Actor(**json.loads(s.stored_fields(n)["record"])) for n in s.docs_for_query(q)]

    # -- quotes ----------------------------------------------------------------------------
    def quotes_with_norm(self, norm: str) -> list[tuple[str, str]]:
        """(text, group) of the indexed quotes whose normalised words have this digest."""
        return self._quote_groups(Term("norm", norm))

    def quotes_of_speaker(self, speaker_id: str, limit: int) -> list[tuple[str, str]]:
        """Those of one speaker: at most limit (a prolific speaker's are not all read)."""
        return self._quote_groups(Term("speaker_id", speaker_id), limit)

    def quotes_in_group(self, group: str) -> list[tuple[Quote, bytes]]:
        """The indexed quotes of a group, each with its corpus key."""
        s = self._s["quotes"]
        keys = s.reader().column_reader("key")
        return [
            (Quote(**json.loads(s.stored_fields(n)["record"])), keys[n]) for n in s.docs_for_query(Term("group", group))
        ]

    def _quote_groups(self, q, limit: int | None = None) -> list[tuple[str, str]]:
        s = self._s["quotes"]
        out = []
        for n in sorted(s.docs_for_query(q))[:limit]:
            rec = json.loads(s.stored_fields(n)["record"])
            out.append((rec["text"], rec["group"]))
        return out
