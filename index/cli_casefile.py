"""The headless commands of the case file and the comparison: `dossier compare`, `pin`, `unpin`,
`pins` (JSON, CSV or a Markdown report to paste into a draft).

Kept apart from cli.py, which holds the parser's core and the reading commands; cli.py adds these
parsers and hands them an open Reader.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any
from collections.abc import Callable

from .output import emit_csv, emit_json, shown

COMMANDS = ("compare", "pin", "unpin", "pins")
PIN_FIELDS = [
    "id",
    "kind",
    "ref",
    "state",
    "label",
    "speaker",
    "cue",
    "text",
    "article",
    "source",
    "date",
    "path",
    "start",
    "end",
    "note",
    "pinned_at",
]


def add_parsers(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add the case-file commands to the `dossier` parser's subcommands."""
    compare = sub.add_parser("compare", help="one quote across outlets: the same words elsewhere, and similar ones")
    common(compare)
    compare.add_argument("quote_id", help="a quote's id (ARTICLE#qN, as `dossier quotes --json` gives it)")
    compare.add_argument("--json", action="store_true", help="one JSON document on stdout")

    pin = sub.add_parser("pin", help="keep an article, quote or actor in this corpus' case file")
    common(pin)
    pin.add_argument("ref", help="an article id, a quote id (ARTICLE#qN) or an actor id (person:...)")
    pin.add_argument("--note", default="", help="a note kept with it")

    unpin = sub.add_parser("unpin", help="remove a pin from the case file")
    common(unpin)
    unpin.add_argument("pin_id", type=int, help="the pin's number (see dossier pins)")

    pins = sub.add_parser("pins", help="the case file: what was pinned, with notes, in your order")
    common(pins)
    out = pins.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="one JSON document on stdout")
    out.add_argument("--csv", action="store_true", help="CSV on stdout")
    out.add_argument("--markdown", action="store_true", help="a report with citations, to paste into a draft")
    pins.add_argument("--by-actor", action="store_true", help="(--markdown) quotes grouped by speaker")


def run(args: argparse.Namespace, reader: Any, index_dir: Path, fail: Callable[[str, int], Exception]) -> int:
    """Run one of COMMANDS; `fail(message, code)` makes the CLI's error (exit 2 for a bad id)."""
    from .casefile import CaseFile, CaseFileError

    if args.command == "compare":
        return _compare(args, reader, fail)
    try:
        case = CaseFile(index_dir)
    except CaseFileError as err:
        raise fail(str(err), 1) from None
    with case:
        if args.command == "pin":
            from .casefile import pin_from_index

            try:
                pin = pin_from_index(case, reader, args.ref, note=args.note)
            except KeyError:
                raise fail(
                    f"nothing with the id {args.ref!r} in the index (see dossier quotes/actors/search)", 2
                ) from None
            print(f"pinned {pin.id}: {pin.kind} {pin.ref}", file=sys.stderr)
            return 0
        if args.command == "unpin":
            try:
                case.unpin(args.pin_id)
            except KeyError:
                raise fail(f"no pin {args.pin_id} in the case file (see dossier pins)", 2) from None
            return 0
        return _pins(args, reader, case)


def _compare(args, reader, fail) -> int:
    from .compare import compare

    result = compare(reader, args.quote_id)
    if result is None:
        raise fail(f"no quote {args.quote_id!r} in the index (see dossier quotes --json)", 2)
    if args.json:
        return emit_json(result.to_dict())
    q = result.quote
    lines = [
        f"{q.quote.speaker or '(unattributed)'}: “{q.quote.text}”",
        f"  {q.title}  [{q.quote.article}]",
        f"\nthe same words in {len(result.same)} other article(s)",
    ]
    lines += [
        f"  {p.title}  [{p.quote.article}]  {' · '.join(x for x in (p.source, p.date) if x)}" for p in result.same
    ]
    lines.append(f"\nsimilar: {len(result.similar)}")
    lines += [
        f"  {score:.2f}  {p.quote.speaker or '(unattributed)'}: “{p.quote.text}”  [{p.quote.article}]"
        for p, score in result.similar
    ]
    print(shown("\n".join(lines)))
    return 0


def _pins(args, reader, case) -> int:
    from .casefile import iter_markdown, pin_states

    states = pin_states(case.pins(), reader)
    if args.markdown:
        for line in iter_markdown(states, by_actor=args.by_actor):
            print(shown(line))
        return 0
    rows = [{**pin.to_dict(), "state": state} for pin, state in states]
    if args.json:
        return emit_json(rows)
    if args.csv:
        return emit_csv(PIN_FIELDS, [[r[k] for k in PIN_FIELDS] for r in rows])
    if not rows:
        print("the case file is empty: dossier pin ID adds to it", file=sys.stderr)
    for r in rows:
        flag = "" if r["state"] == "ok" else f"  ({r['state']})"
        what = f"“{r['text']}” ({r['speaker'] or 'unattributed'})" if r["kind"] == "quote" else r["label"]
        print(shown(f"{r['id']:4d}  {r['kind']:<7} {what}{flag}" + (f"\n      note: {r['note']}" if r["note"] else "")))
    return 0
