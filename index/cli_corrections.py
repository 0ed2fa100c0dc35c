"""`dossier actors merge|split|rename|set-type|drop`: the user's corrections to the actors.

Each command checks that the actors it names are in the index, adds one correction at the end of
the corrections file (entities/corrections.py says its format) and brings the index up to date,
so that the change shows at once, in every command and in the explorer. Kept apart from cli.py,
which adds these parsers to `dossier actors`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any
from collections.abc import Callable

from .entities.corrections import ACTIONS, TYPES, Correction, CorrectionsError, form_key, load_corrections


def add_parsers(actors: argparse.ArgumentParser, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """The corrections as subcommands of `dossier actors` (which alone still lists the actors)."""
    sub = actors.add_subparsers(dest="correction", metavar="|".join(ACTIONS))

    def add(name: str, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help)
        common(p)
        p.add_argument(
            "--corrections",
            type=Path,
            help="the corrections file (default: the one the index was built with, else corrections.toml in the "
            "index folder)",
        )
        return p

    merge = add("merge", "make several actors one (the first id stays)")
    merge.add_argument("ids", nargs="+", metavar="ID", help="actor ids, as `dossier actors --json` gives them")
    split = add("split", "give some of an actor's names an actor of their own")
    split.add_argument("id", metavar="ID")
    split.add_argument("--alias", nargs="+", required=True, metavar="FORM", help="the forms that leave")
    rename = add("rename", "give an actor another name")
    rename.add_argument("id", metavar="ID")
    rename.add_argument("name", metavar="NAME")
    set_type = add("set-type", "say what an actor is (person, org, place, group, event)")
    set_type.add_argument("id", metavar="ID")
    set_type.add_argument("type", choices=TYPES, metavar="TYPE")
    drop = add("drop", "say that a name is not an actor (its mentions and quotes lose it)")
    drop.add_argument("id", metavar="ID")


def correction_of(args: argparse.Namespace) -> Correction:
    action = args.correction
    if action == "merge":
        return Correction("merge", tuple(args.ids))
    if action == "split":
        return Correction("split", (args.id,), forms=tuple(args.alias))
    if action == "rename":
        return Correction("rename", (args.id,), value=args.name.strip())
    if action == "set-type":
        return Correction("set-type", (args.id,), value=args.type)
    return Correction("drop", (args.id,))


def run(args: argparse.Namespace, reader: Any, index_dir: Path, error: type[Exception]) -> int:
    """Check, record and apply one correction; the summary on stdout."""
    from .build import BuildError, build_index
    from .entities.corrections import append_correction
    from .status import corrections_file
    from .store.manifest import read_manifest

    correction = correction_of(args)
    if correction.action == "merge" and len(set(correction.ids)) != len(correction.ids):
        raise error("merge names an actor twice", 2)
    if correction.action == "merge" and len(correction.ids) < 2:
        raise error("merge needs at least two actor ids", 2)
    if correction.action == "rename" and not correction.value:
        raise error("rename needs a name", 2)
    for aid in correction.ids:
        if reader.actor(aid) is None:
            raise error(f"no actor {aid!r} in the index at {index_dir}; `dossier actors --json` lists their ids", 2)
    if correction.action == "split":
        actor = reader.actor(correction.ids[0])
        known = {form_key(a) for a in actor.aliases}
        unknown = [f for f in correction.forms if form_key(f) not in known]
        if unknown:
            raise error(
                f"{actor.id} has no name {unknown[0]!r}; its names: {', '.join(actor.aliases[:12])}",
                2,
            )
    manifest = read_manifest(index_dir)
    path = args.corrections or corrections_file(index_dir, manifest)
    try:
        load_corrections(path)  # a broken file is named before a line is added to it
    except CorrectionsError as err:
        raise error(str(err), 2) from None
    append_correction(path, correction)
    try:
        report = build_index(Path(manifest.corpus), index_dir, model=manifest.model, corrections_file=path)
    except BuildError as err:
        raise error(f"{err} (the correction is kept in {path})", err.code) from None
    for p in report.problems:
        if not p.skipped and p.path == str(path):
            print(f"note: {p}", file=sys.stderr)
    print(
        f"{correction.describe()}: recorded in {path}; index updated: {report.actors} actors, "
        f"{report.quotes} quotes ({'in place, ' if report.corrected else ''}{report.seconds:.1f} s)"
    )
    return 0
