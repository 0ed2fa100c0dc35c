"""`dossier timeline ACTOR`: an actor's articles, mentions and quotes per month (or day).

A command of its own rather than an option of `actors`: `actors` lists many actors and its
subcommands correct them (they write); a timeline reads one actor, has its own JSON shape, and
takes a name as well as an id. cli.py adds the parser and hands over an open Reader.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from .output import emit_csv, emit_json, shown
from .records import Actor

COMMANDS = ("timeline",)
FIELDS = ["period", "articles", "mentions", "quotes"]
BAR = 30  # the longest bar of the text output, in characters


def add_parsers(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    timeline = sub.add_parser("timeline", help="an actor's mentions and quotes per month (per day in a short corpus)")
    common(timeline)
    timeline.add_argument("actor", help="an actor's id (person:...) or one of their names")
    out = timeline.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="one JSON document on stdout")
    out.add_argument("--csv", action="store_true", help="CSV on stdout")


def find_actor(reader: Any, wanted: str) -> Actor | None:
    """The actor with this id, else the most mentioned one with this name (any spelling, any case)."""
    actor = reader.actor(wanted)
    if actor is not None:
        return actor
    name = wanted.strip().casefold()
    return next((a for a in reader.actors() if any(n.casefold() == name for n in [a.name, *a.aliases])), None)


def run(args: argparse.Namespace, reader: Any, fail: Callable[[str, int], Exception]) -> int:
    actor = find_actor(reader, args.actor)
    if actor is None:
        near = reader.suggest(args.actor)
        hint = f"; did you mean {near!r}?" if near and near.casefold() != args.actor.casefold() else ""
        raise fail(shown(f"no actor {args.actor!r} in the index{hint} (see dossier actors)"), 2)
    timeline = reader.timeline(actor.id)
    rows = [p.row() for p in timeline.periods]
    undated = timeline.undated
    if args.json:
        return emit_json({**timeline.row(), "name": actor.name})
    if args.csv:
        if undated.articles or undated.quotes:
            rows.append(undated.row())
        return emit_csv(FIELDS, [[r[k] for k in FIELDS] for r in rows])
    span = f"{timeline.first} to {timeline.last}" if rows else "no dated article"
    print(shown(f"{actor.name} ({actor.id}): per {timeline.unit}, {span}"))
    most = max([r["mentions"] for r in rows] + [1])
    for r in rows:
        bar = "█" * round(BAR * r["mentions"] / most)
        print(f"{r['period']:<10}  {bar:<{BAR}}  {_counts(r['mentions'], r['quotes'], r['articles'])}")
    if undated.articles or undated.quotes:
        print(f"{'undated':<10}  {'':<{BAR}}  {_counts(undated.mentions, undated.quotes, undated.articles)}")
    if not rows:
        print("the articles have no dates: a timeline needs them (front matter or a JSON `date`)", file=sys.stderr)
    return 0


def _counts(mentions: int, quotes: int, articles: int) -> str:
    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    return f"{n(mentions, 'mention')}, {n(quotes, 'quote')} ({n(articles, 'article')})"
