"""`dossier index build`: runs the build with a progress display fit for where it runs.

A rich progress bar when stderr is a terminal, JSON lines for the explorer (--progress-jsonl),
and otherwise nothing but the summary. Skipped inputs are always listed on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .records import STAGE_NAMES
from .cli import EXIT_OK, CommandError

if TYPE_CHECKING:
    from .build import BuildReport
    from .nlp.analyse import Progress as OnProgress


def run_build(corpus: Path, index_dir: Path, args: argparse.Namespace) -> int:
    from .build import BuildError, build_index
    from .nlp.analyse import AnalysisError

    if args.workers is not None and args.workers < 1:
        raise CommandError("--workers must be at least 1", 2)

    def build(progress: OnProgress | None) -> BuildReport:
        return build_index(
            corpus,
            index_dir,
            args.model,
            args.workers,
            args.full,
            progress,
            cluster=args.cluster,
            corrections_file=args.corrections,
        )

    try:
        if args.progress_jsonl:
            report = build(_jsonl_progress)
        elif sys.stderr.isatty() and not args.quiet:
            report = _with_bar(build)
        else:
            report = build(None)
    except (BuildError, AnalysisError) as err:
        raise CommandError(str(err), err.code) from None

    for p in report.problems:
        print(f"skipped: {p}" if p.skipped else f"note: {p}", file=sys.stderr)
    if args.quiet and report.duplicates:
        print(f"{len(report.duplicates)} duplicate text(s) indexed once (without --quiet: the list)", file=sys.stderr)
    else:
        for p in report.duplicates:
            print(f"duplicate: {p}", file=sys.stderr)
    skipped = sum(p.skipped for p in report.problems)
    if args.progress_jsonl:
        _emit(
            {
                "finished": True,
                "articles": report.articles,
                "quotes": report.quotes,
                "actors": report.actors,
                "seconds": round(report.seconds, 3),
                "skipped": skipped,
                "unchanged": report.unchanged,
                "updated": report.updated,
                "corrected": report.corrected,
            }
        )
    elif report.unchanged:
        for line in report.skipped_before:
            print(f"skipped: {line}", file=sys.stderr)
        if not args.quiet:
            print(
                f"index is up to date: {report.articles} articles, {report.actors} actors, {report.quotes} quotes",
                file=sys.stderr,
            )
    elif not args.quiet:
        rate = f", {report.words / report.seconds:,.0f} words/s" if report.analysed and report.seconds else ""
        how = f"updated {report.updated} in place, " if report.updated else ""
        if report.corrected:
            how = f"{report.corrected} correction(s) applied in place, {how}"
        print(
            f"indexed {report.articles} articles ({how}{report.analysed} analysed, {report.reused} reused), "
            f"{report.actors} actors, {report.quotes} quotes in {report.seconds:.1f} s{rate}; "
            f"{skipped} input(s) skipped, {len(report.duplicates)} duplicate(s)",
            file=sys.stderr,
        )
    return EXIT_OK


def _emit(doc: dict) -> None:
    sys.stderr.write(json.dumps(doc) + "\n")
    sys.stderr.flush()


def _jsonl_progress(stage: str, done: int, total: int) -> None:
    _emit({"stage": stage, "done": done, "total": total})


def _with_bar(build: Callable[[OnProgress | None], BuildReport]) -> BuildReport:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    tasks: dict[str, int] = {}
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(STAGE_NAMES.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        return build(progress)
