"""`dossier`: the explorer when no subcommand is given, else a headless command.

The parser and the headless commands live in `dossier.index.cli`, which never imports textual;
this front door hands it the explorer, so neither side imports the other's heavy parts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dossier.index import cli


def run_explorer(index_dir: Path, corpus: Path) -> int:
    if not corpus.is_dir():  # said here, not in the explorer after its first screen
        raise cli.CommandError(
            f"corpus folder {corpus} does not exist or is not a folder (--corpus names a folder of articles)",
            cli.EXIT_USAGE,
        )
    if not (sys.stdin.isatty() and sys.stdout.isatty()):  # else it would write escapes into a pipe or file
        raise cli.CommandError(
            "the explorer needs a terminal; without one, use the headless commands: "
            "dossier search, actors, quotes, show, index build (see dossier --help)",
            cli.EXIT_USAGE,
        )
    from .app import run_app
    from .input_guard import run_guarded  # undecodable input typed, and crashes that exit 0

    return run_guarded(run_app, index_dir, corpus)


def main(argv: list[str] | None = None) -> int:
    return cli.main(argv, explorer=run_explorer)


if __name__ == "__main__":
    sys.exit(main())
