"""Helpers of the reliability suite (issue 5): corpora in tmp, the real `dossier` command in a
subprocess, the answers compared before and after each fault, and the counters (faults injected,
results compared, losses) that conftest.py prints at the end of the run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path


ROOT = Path(__file__).resolve().parents[2]
# The BBC News corpus lives beside the project (../shared/corpora), as for bench/corpus.py.
BBC = Path(os.environ.get("DOSSIER_BENCH_CORPUS", ROOT.parent / "shared" / "corpora" / "bbc-news.jsonl"))

# What the suite did, summed over the session and printed at the end (docs/RELIABILITY.md).
COUNTS: Counter = Counter()


def count(what: str, n: int = 1) -> None:
    COUNTS[what] += n


def dossier_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("dossier")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "dossier.tui.cli"]


def env() -> dict:
    e = {k: v for k, v in os.environ.items() if k != "DOSSIER_DEBUG"}
    e["PYTHONUNBUFFERED"] = "1"
    return e


def dossier(*args, timeout: float = 180) -> subprocess.CompletedProcess:
    """Run the real command; a hang fails the test (subprocess.TimeoutExpired)."""
    return subprocess.run(
        dossier_cmd() + [str(a) for a in args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env(),
        encoding="utf-8",
        errors="replace",
    )


def no_traceback(proc) -> None:
    out = (proc.stdout or "") + (proc.stderr or "")
    assert "Traceback" not in out, out[-3000:]


_BBC: list[dict] = []


def bbc_records(start: int, n: int) -> list[dict]:
    """n BBC articles from line `start` on, every 5th line (so all categories come), leaving
    out the texts the corpus holds twice (a build indexes a duplicate once). Without the BBC file
    the test fails, saying where it looked: the seeds are no stand-in (the comparisons before and
    after a fault need a corpus nobody on the project wrote, and more than five texts), and a skip
    would let `make test-e2e` pass without the killed builds ever run."""
    import pytest

    if not BBC.is_file():
        pytest.fail(
            f"BBC corpus not found at {BBC}: this test compares answers on it and cannot run without "
            "it (set DOSSIER_BENCH_CORPUS to the path of bbc-news.jsonl)",
            pytrace=False,
        )
    if not _BBC:
        records = [json.loads(line) for line in BBC.read_text(encoding="utf-8").splitlines() if line.strip()]
        seen = Counter(r["text"].strip() for r in records)
        _BBC.extend(r if seen[r["text"].strip()] == 1 else None for r in records)
    out = [r for r in _BBC[start::5] if r is not None][:n]
    assert len(out) == n, f"{BBC} holds {len(out)} usable records from line {start}, not {n}"
    return out


def write_bbc(folder: Path, records: list[dict]) -> list[str]:
    """Each record as `<id>.txt` (title line, blank line, text); returns the article ids."""
    folder.mkdir(parents=True, exist_ok=True)
    for r in records:
        (folder / f"{r['id']}.txt").write_text(f"{r['title']}\n\n{r['text']}\n", encoding="utf-8")
    return [r["id"] for r in records]


QUERIES = (
    "government",
    "profit OR sales",
    '"prime minister"',
    "film*",
    "actor:blair",
    "speaker:brown",
    "music AND award",
    "econom~",
)
QUOTE_QUERIES = (None, "said", "election")
SEED_QUERIES = ("Ushakov", "peace talks", "actor:zelensky", "speaker:peskov", "Kremlin OR Kyiv", "talk*")


def answers(reader, queries=QUERIES) -> dict:
    """What a user sees for a fixed set of queries: compared before and after each fault."""
    out: dict = {}
    for q in queries:
        r = reader.search(q, limit=50)
        out[("search", q)] = (r.total, [(h.id, h.title, h.snippet_text()) for h in r.hits])
    for q in QUOTE_QUERIES:
        out[("quotes", q)] = [(x.id, x.text, x.speaker) for x in reader.quotes(query=q, limit=200)]
    out[("actors",)] = [(a.id, a.name, a.mentions, tuple(a.articles)) for a in reader.actors(limit=40)]
    ids = reader.article_ids()
    out[("ids",)] = ids
    for aid in ids[:: max(1, len(ids) // 5)]:
        view = reader.article(aid)
        out[("article", aid)] = (view.article.text, len(view.mentions), len(view.quotes))
    return out


def consistent(reader) -> None:
    """The open index is one generation: its contents agree with the manifest's counts."""
    m = reader.manifest
    assert reader.search("", limit=None).total == m.articles
    assert len(reader.quotes()) == m.quotes
    assert len(reader.actors()) == m.actors


class StderrLines:
    """A build subprocess' stderr read in a thread: the progress records as they come."""

    def __init__(self, proc: subprocess.Popen):
        self.proc = proc
        self.lines: list[str] = []
        self.records: list[dict] = []
        self.cond = threading.Condition()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            with self.cond:
                self.lines.append(line)
                if line.startswith("{"):
                    try:
                        self.records.append(json.loads(line))
                    except ValueError:
                        pass
                self.cond.notify_all()
        with self.cond:
            self.cond.notify_all()

    def wait_for(self, pred, timeout: float = 120) -> dict | None:
        """The first progress record matching pred (None if the process ended first)."""
        deadline = time.monotonic() + timeout
        seen = 0
        with self.cond:
            while True:
                while seen < len(self.records):
                    rec = self.records[seen]
                    seen += 1
                    if pred(rec):
                        return rec
                if not self.thread.is_alive():
                    return None
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("no matching progress line")
                self.cond.wait(left)

    def text(self) -> str:
        self.thread.join(timeout=30)
        return "".join(self.lines)


def start_build(corpus: Path, index_dir: Path, *extra, wrapper: str | None = None) -> subprocess.Popen:
    """`dossier index build --progress-jsonl --workers 1` in a subprocess (optionally run under a
    fault-injecting wrapper script given as Python source)."""
    args = [
        "index",
        "build",
        "--corpus",
        str(corpus),
        "--index",
        str(index_dir),
        "--workers",
        "1",
        "--progress-jsonl",
        *map(str, extra),
    ]
    cmd = [sys.executable, "-c", wrapper, *args] if wrapper else dossier_cmd() + args
    return subprocess.Popen(
        cmd,
        cwd=ROOT,
        env=env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )


def screen_text(app) -> str:
    """The explorer's screen as plain text (what the terminal would show)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def message_text(app) -> str:
    """The line under the search box (counts, "No match", "Query error: ...")."""
    return str(app.screen.query_one("#message").render())


async def wait_until(pilot, app, condition, what, seconds: float = 60) -> None:
    """Pause until condition() holds; fail the test with what was awaited (a string, or a
    function giving one then) and the screen."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(
                f"waited {seconds:.0f} s for {what() if callable(what) else what}:\n{screen_text(app)}"
            )
        await pilot.pause(0.05)


async def index_opened(pilot, app, seconds: float = 60) -> None:
    """Wait until the explorer has opened its index (a worker does it after the first screen) and
    shows its first answer, the list of every article; fail the test if it never does."""
    from dossier.tui.widgets.lists import ResultList

    results = app.screen.query_one(ResultList)

    def opened() -> bool:
        if getattr(app, "open_error", None):
            raise AssertionError(f"the explorer could not open its index: {app.open_error}")
        return app.reader is not None and results.context.get("query") == "" and bool(results.records)

    await wait_until(pilot, app, opened, "the index to open and its articles to be listed", seconds)


async def search_for(pilot, app, query: str, seconds: float = 15) -> list[str]:
    """Type query into the explorer's search box and wait for its answer to be shown (the search is
    debounced and runs in a worker, so its time varies with load); the ids of the results."""
    from dossier.tui.widgets.lists import ResultList

    results = app.screen.query_one(ResultList)
    before = results.context
    # "/" focuses the search box from a pane; in the box it is typed: clear the box after it.
    await pilot.press("slash", "ctrl+a", "ctrl+k", *query, "enter")
    for _ in range(int(seconds / 0.1)):
        if results.context is not before and results.context.get("query") == query:
            return [h.id for h in results.records]
        await pilot.pause(0.1)
    raise AssertionError(f"no answer to {query!r} shown in {seconds} s:\n{screen_text(app)}")


def expected_answer(reader, query: str, limit: int = 100) -> tuple[str, object]:
    """What the explorer must show for query, asked of the index directly: ("hits", [ids]) or
    ("error", the message line)."""
    from dossier.index.read import QueryError

    try:
        return "hits", [h.id for h in reader.search(query, limit=limit).hits]
    except QueryError as err:
        return "error", f"Query error: {err}"


def shown_answer(app, query: str) -> tuple[str, object] | None:
    """The explorer's answer to query on screen: the result ids, or the "Query error" line."""
    from dossier.tui.widgets.lists import ResultList

    results = app.screen.query_one(ResultList)
    if message_text(app).startswith("Query error"):
        return "error", message_text(app)
    if results.context.get("query") == query:
        return "hits", [h.id for h in results.records]
    return None


async def answer_to(pilot, app, query: str, reader, seconds: float = 30) -> tuple[str, object]:
    """Type query into the search box (no enter) and wait until the screen shows the answer the
    index gives (reader: a Reader of the same index); fail the test if it never does. The box is
    emptied first and the empty query's answer awaited, so that a message left by an earlier
    query is never taken for this one's."""
    from dossier.tui.widgets.lists import ResultList

    results = app.screen.query_one(ResultList)
    await pilot.press("slash", "ctrl+a", "ctrl+k")
    await wait_until(
        pilot,
        app,
        lambda: results.context.get("query") == "" and "type to search" in message_text(app),
        "the answer to the emptied search box",
        seconds,
    )
    await pilot.press(*query)
    expected = expected_answer(reader, query)
    await wait_until(
        pilot,
        app,
        lambda: shown_answer(app, query) == expected,
        lambda: f"the answer to {query!r}: {expected!r} (shown: {shown_answer(app, query)!r})",
        seconds,
    )
    return expected
