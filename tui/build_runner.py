"""Builds the index in a subprocess and reports its progress.

The explorer never imports spaCy: a build is `dossier index build ... --progress-jsonl` in a child
Python, whose stderr carries one JSON object per line: `{"stage": ..., "done": N, "total": M}`
while it works and `{"finished": true, ...}` at the end. Anything else on stderr is a message,
kept for the report when the build fails (without the command's "dossier: " prefix: the
explorer is dossier).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable

# The child runs `dossier.index.cli.main` imported by its name. (`python -m dossier.index.cli` would
# run a second copy of that module as __main__, whose `except CommandError` misses the errors the
# build raises with the imported copy's class: they were shown as "dossier: CommandError: ..."
# and exited 1 instead of their own code.)
CHILD = "import sys; from dossier.index.cli import main; sys.exit(main(sys.argv[1:]))"
PREFIX = "dossier: "


@dataclass
class Progress:
    stage: str
    done: int
    total: int

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


@dataclass
class Outcome:
    ok: bool
    code: int
    summary: dict = field(default_factory=dict)  # the "finished" record
    message: str = ""  # the last lines of stderr that were not progress
    cancelled: bool = False


def build_command(corpus: Path, index_dir: Path) -> list[str]:
    return [
        sys.executable,
        "-c",
        CHILD,
        "index",
        "build",
        "--corpus",
        str(corpus),
        "--index",
        str(index_dir),
        "--progress-jsonl",
    ]


def parse_line(line: str) -> Progress | dict | None:
    """A progress record, the finished record, or None for a plain message."""
    line = line.strip()
    if not line.startswith("{"):
        return None
    try:
        data = json.loads(line)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    if data.get("finished"):
        return data
    if "stage" in data:
        try:
            return Progress(str(data["stage"]), int(data.get("done", 0)), int(data.get("total", 0)))
        except (TypeError, ValueError):
            return None
    return None


def run_build(
    corpus: Path,
    index_dir: Path,
    on_progress: Callable[[Progress], None],
    cancelled: Callable[[], bool] = lambda: False,
    min_interval: float = 0.05,
    command: list[str] | None = None,
    on_start: Callable[[subprocess.Popen], None] | None = None,
) -> Outcome:
    """Run a build to its end (in a worker thread); progress faster than min_interval collapses."""
    env = dict(os.environ)
    env.setdefault("PYTHONUNBUFFERED", "1")
    proc = subprocess.Popen(
        command or build_command(corpus, index_dir),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
    )
    if on_start is not None:
        on_start(proc)  # so that the caller can stop it (the app does when it quits)
    messages: list[str] = []
    summary: dict = {}
    last_sent = 0.0
    last_stage = None
    pending: Progress | None = None
    assert proc.stderr is not None
    try:
        for line in proc.stderr:
            if cancelled():
                proc.terminate()
                proc.wait(timeout=10)
                return Outcome(False, proc.returncode or 1, message="cancelled", cancelled=True)
            record = parse_line(line)
            if isinstance(record, Progress):
                now = time.monotonic()
                if record.stage != last_stage or now - last_sent >= min_interval or record.done >= record.total:
                    on_progress(record)
                    last_sent, last_stage, pending = now, record.stage, None
                else:
                    pending = record
            elif isinstance(record, dict):
                summary = record
            elif line.strip():
                messages.append(line.rstrip().removeprefix(PREFIX))
                del messages[:-20]
        if pending is not None:
            on_progress(pending)
        code = proc.wait()
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    return Outcome(code == 0, code, summary, "\n".join(messages[-6:]))
