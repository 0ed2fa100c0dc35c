"""The case file: what a journalist keeps from a corpus (pinned articles, quotes and actors with
notes), saved searches and the search history.

One SQLite file beside the index (`casefile.sqlite3` in the index folder; builds replace only the
`gen-*` folders, so it survives every rebuild). A pin keeps its own copy of what was pinned (text,
label, offsets, the article's content hash): when a later build changes or drops the article, the
pin says so and still shows what was kept. WAL, so the explorer and a headless command can use it
at once; the schema carries a version, and opening an older file migrates it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, UTC
from pathlib import Path
from typing import Any, Literal
from collections.abc import Iterator

from .records import ACTOR_TYPES

SCHEMA_VERSION = 1
FILE_NAME = "casefile.sqlite3"
HISTORY_KEPT = 500  # searches remembered; older ones are forgotten

Kind = Literal["article", "quote", "actor"]
KINDS: tuple[str, ...] = ("article", "quote", "actor")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pins (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('article', 'quote', 'actor')),
    ref TEXT NOT NULL,            -- the article, quote or actor id
    article TEXT,                 -- the article it is in (a quote's, an article's own)
    label TEXT NOT NULL,          -- the article's title (articles, quotes), the actor's name
    source TEXT, date TEXT, path TEXT, -- the article's, for citations
    text TEXT NOT NULL DEFAULT '',-- the quote's words, or the article's first lines
    start INTEGER, "end" INTEGER, -- where in the article (quotes)
    speaker TEXT, cue TEXT,       -- a quote's attribution, as pinned
    content_hash TEXT,            -- the article's text when pinned: a change shows
    note TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL,       -- the user's order
    pinned_at TEXT NOT NULL,
    UNIQUE (kind, ref)
);
CREATE TABLE IF NOT EXISTS searches (
    name TEXT PRIMARY KEY,
    query TEXT NOT NULL,
    actor TEXT,
    saved_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY,
    query TEXT NOT NULL,
    at TEXT NOT NULL
);
"""


class CaseFileError(Exception):
    """The case file cannot be opened or is of a newer version than this program."""


@dataclass
class Pin:
    id: int
    kind: str
    ref: str
    article: str | None
    label: str
    source: str | None
    date: str | None
    path: str | None
    text: str
    start: int | None
    end: int | None
    speaker: str | None
    cue: str | None
    content_hash: str | None
    note: str
    position: float
    pinned_at: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class SavedSearch:
    name: str
    query: str
    actor: str | None
    saved_at: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class CaseFile:
    """The case file of one index folder. Use as a context manager, or close() it."""

    def __init__(self, index_dir: Path):
        self.path = Path(index_dir) / FILE_NAME
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._migrate()
        except sqlite3.DatabaseError as err:
            raise CaseFileError(f"the case file {self.path} cannot be opened ({err})") from None

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise CaseFileError(f"the case file {self.path} is of a newer dossier (schema {version})")
        if version < SCHEMA_VERSION:
            # executescript commits on its own; the tables are created only if missing, so a
            # second process doing the same at the same time is harmless.
            self._db.executescript(f"BEGIN IMMEDIATE;{_SCHEMA}PRAGMA user_version={SCHEMA_VERSION};COMMIT;")

    def _transaction(self):
        db = self._db

        class _Tx:
            def __enter__(self_inner):
                db.execute("BEGIN IMMEDIATE")

            def __exit__(self_inner, exc_type, *_):
                db.execute("ROLLBACK" if exc_type else "COMMIT")

        return _Tx()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "CaseFile":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- pins -------------------------------------------------------------------------------
    def pin(
        self,
        kind: str,
        ref: str,
        label: str,
        *,
        article: str | None = None,
        source: str | None = None,
        date: str | None = None,
        path: str | None = None,
        text: str = "",
        start: int | None = None,
        end: int | None = None,
        speaker: str | None = None,
        cue: str | None = None,
        content_hash: str | None = None,
        note: str = "",
    ) -> Pin:
        """Keep an item (at the end of the user's order); pinning it again updates its note only
        if one is given, and keeps its place."""
        if kind not in KINDS:
            raise ValueError(f"cannot pin a {kind!r}: one of {', '.join(KINDS)}")
        with self._transaction():
            row = self._db.execute("SELECT id FROM pins WHERE kind=? AND ref=?", (kind, ref)).fetchone()
            if row is None:
                last = self._db.execute("SELECT COALESCE(MAX(position), 0) FROM pins").fetchone()[0]
                cur = self._db.execute(
                    'INSERT INTO pins (kind, ref, article, label, source, date, path, text, start, "end", speaker, cue,'
                    " content_hash, note, position, pinned_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        kind,
                        ref,
                        article,
                        label,
                        source,
                        date,
                        path,
                        text,
                        start,
                        end,
                        speaker,
                        cue,
                        content_hash,
                        note,
                        last + 1,
                        _now(),
                    ),
                )
                pin_id = cur.lastrowid
            else:
                pin_id = row["id"]
                if note:
                    self._db.execute("UPDATE pins SET note=? WHERE id=?", (note, pin_id))
        return self.get(pin_id)

    def get(self, pin_id: int) -> Pin:
        row = self._db.execute("SELECT * FROM pins WHERE id=?", (pin_id,)).fetchone()
        if row is None:
            raise KeyError(pin_id)
        return Pin(**dict(row))

    def pins(self) -> list[Pin]:
        """Every pin, in the user's order."""
        return [Pin(**dict(r)) for r in self._db.execute("SELECT * FROM pins ORDER BY position, id")]

    def annotate(self, pin_id: int, note: str) -> None:
        self._update(pin_id, "UPDATE pins SET note=? WHERE id=?", (note, pin_id))

    def unpin(self, pin_id: int) -> None:
        self._update(pin_id, "DELETE FROM pins WHERE id=?", (pin_id,))

    def move(self, pin_id: int, step: int) -> None:
        """Move a pin `step` places up (negative) or down (positive) in the user's order."""
        order = [p.id for p in self.pins()]
        if pin_id not in order:
            raise KeyError(pin_id)
        i = order.index(pin_id)
        j = max(0, min(len(order) - 1, i + step))
        order.insert(j, order.pop(i))
        with self._transaction():
            for position, pid in enumerate(order, start=1):
                self._db.execute("UPDATE pins SET position=? WHERE id=?", (position, pid))

    def _update(self, pin_id: int, sql: str, args: tuple) -> None:
        with self._transaction():
            if self._db.execute(sql, args).rowcount == 0:
                raise KeyError(pin_id)

    # -- searches ---------------------------------------------------------------------------
    def save_search(self, name: str, query: str, actor: str | None = None) -> None:
        with self._transaction():
            self._db.execute("INSERT OR REPLACE INTO searches VALUES (?,?,?,?)", (name, query, actor, _now()))

    def searches(self) -> list[SavedSearch]:
        return [SavedSearch(**dict(r)) for r in self._db.execute("SELECT * FROM searches ORDER BY name")]

    def forget_search(self, name: str) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM searches WHERE name=?", (name,))

    def remember(self, query: str) -> None:
        """Add a query to the history (a repeat of the last one is not added again)."""
        query = query.strip()
        if not query:
            return
        with self._transaction():
            last = self._db.execute("SELECT query FROM history ORDER BY id DESC LIMIT 1").fetchone()
            if last is None or last["query"] != query:
                self._db.execute("INSERT INTO history (query, at) VALUES (?,?)", (query, _now()))
            self._db.execute("DELETE FROM history WHERE id <= (SELECT MAX(id) FROM history) - ?", (HISTORY_KEPT,))

    def history(self, limit: int = 100) -> list[str]:
        """The latest queries, newest first."""
        return [r["query"] for r in self._db.execute("SELECT query FROM history ORDER BY id DESC LIMIT ?", (limit,))]


def pin_state(pin: Pin, current_hash: str | None, exists: bool) -> str:
    """'ok', 'changed' (its article's text is not what was pinned) or 'gone' (no longer indexed)."""
    if not exists:
        return "gone"
    if pin.content_hash and current_hash and pin.content_hash != current_hash:
        return "changed"
    return "ok"


def iter_markdown(pins: list[tuple[Pin, str]], by_actor: bool = False) -> Iterator[str]:
    """A report to paste into a draft: each quote with speaker, cue, article and place, each note.
    `pins` are (pin, state) pairs in the user's order; by_actor groups quotes by their speaker.
    Blocks are separated by one blank line."""
    yield "# Case file"
    groups: dict[str, list[tuple[Pin, str]]] = {}
    for pin, state in pins:
        key = (pin.speaker or "Unattributed") if by_actor and pin.kind == "quote" else ""
        groups.setdefault(key, []).append((pin, state))
    for key, items in groups.items():
        if key:
            yield f"\n## {key}"
        for pin, state in items:
            yield "\n" + _markdown_item(pin, state)


def _markdown_item(pin: Pin, state: str) -> str:
    warn = {
        "changed": " *(the article changed since this was pinned)*",
        "gone": " *(the article is no longer in the index)*",
    }.get(state, "")
    lines: list[str]
    if pin.kind == "quote":
        who = pin.speaker or "unattributed"
        lines = [f"> “{pin.text}”", ">", f"> — {who}" + (f" ({pin.cue})" if pin.cue else "")]
        where = ", ".join(x for x in (pin.source, pin.date, pin.path and f"`{pin.path}`") if x)
        lines.append(
            f"\nIn *{pin.label}*"
            + (f", {where}" if where else "")
            + f" (`{pin.article}`, characters {pin.start}-{pin.end}){warn}"
        )
    elif pin.kind == "article":
        lines = [f"- Article: **{pin.label}** (`{pin.ref}`){warn}"]
    else:
        lines = [f"- Actor: **{pin.label}** (`{pin.ref}`){warn}"]
    if pin.note:
        lines.append(f"\nNote: {pin.note}")
    return "\n".join(lines)


# -- pins from the index -------------------------------------------------------------------------
def kind_of(ref: str) -> str:
    """What an id names: `ARTICLE#qN` a quote, `type:slug` an actor, anything else an article."""
    if "#q" in ref:
        return "quote"
    head, sep, _ = ref.partition(":")
    if sep and head in ACTOR_TYPES:
        return "actor"
    return "article"


def pin_from_index(case: CaseFile, reader: Any, ref: str, note: str = "") -> Pin:
    """Pin the article, quote or actor with this id, copying what it is now (KeyError if unknown)."""
    kind = kind_of(ref)
    if kind == "actor":
        actor = reader.actor(ref)
        if actor is None:
            raise KeyError(ref)
        return case.pin("actor", ref, actor.name, note=note)
    article_id = ref.rpartition("#")[0] if kind == "quote" else ref
    view = reader.article(article_id)
    if view is None:
        raise KeyError(ref)
    art = view.article
    title = art.title or reader.titles().get(art.id) or art.id
    cite = dict(article=art.id, source=art.source, date=art.date, path=art.path, content_hash=art.content_hash)
    if kind == "article":
        return case.pin("article", ref, title, text=art.text[:300], note=note, **cite)
    quote = next((q for q in view.quotes if q.id == ref), None)
    if quote is None:
        raise KeyError(ref)
    return case.pin(
        "quote",
        ref,
        title,
        text=quote.text,
        start=quote.start,
        end=quote.end,
        speaker=quote.speaker,
        cue=quote.cue,
        note=note,
        **cite,
    )


def pin_states(pins: list[Pin], reader: Any) -> list[tuple[Pin, str]]:
    """Each pin with its state against the index as it is now ('ok', 'changed', 'gone')."""
    out = []
    for pin in pins:
        if pin.kind == "actor":
            out.append((pin, "ok" if reader.actor(pin.ref) is not None else "gone"))
            continue
        view = reader.article(pin.article or pin.ref)
        current = view.article.content_hash if view is not None else None
        exists = view is not None and (pin.kind != "quote" or any(q.id == pin.ref for q in view.quotes))
        out.append((pin, pin_state(pin, current, exists)))
    return out
