"""Long and expensive queries (issue 14, item 6): how long each takes, and how long the next query
waits behind one in the explorer's search process.

Each case asks what the explorer asks per query (`Reader.search(q, limit=100)` then
`Reader.quotes(query=q, limit=300)`) on one Reader opened once, and prints the seconds, or
"refused" with the reason when the Reader refuses it (QueryError). A case still running after
--cap seconds is stopped and printed as "> cap". The last case is the explorer's: a query pasted
into the search process (`dossier.index.search_process`), then "government" typed 0.3 s later: the
seconds until the answer to "Ushakov" arrives.

    python bench/long_queries.py [--index DIR] [--cap 150] [--cases 1,2,3,4,5,6,7,p]

Without --index it builds (once) an index of the bundled seeds under $DOSSIER_BENCH_WORK.
"""

from __future__ import annotations

import argparse
import random
import signal
import threading
import time
from pathlib import Path

from _common import DEFAULT_WORK, ROOT, machine, row, say


class Capped(BaseException):  # not an Exception: the Reader's handlers must not catch it
    pass


def _alarm(signum, frame):
    raise Capped()


def words_of(reader, n_chars: int, seed: int = 1) -> str:
    """n_chars of the index's own article text, word by word (what a paste of articles gives)."""
    texts = []
    for aid in reader.article_ids()[:20]:
        texts.append(reader.article(aid).article.text)
    words = " ".join(texts).split()
    rng = random.Random(seed)
    out, size = [], 0
    while size < n_chars:
        w = "".join(ch for ch in rng.choice(words) if ch.isalnum())
        if w:
            out.append(w)
            size += len(w) + 1
    return " ".join(out)[:n_chars]


def misspelt(text: str, seed: int = 3) -> str:
    """Each word of text with one letter changed: words the index lacks, each asking "did you mean"."""
    rng = random.Random(seed)
    out = []
    for w in text.split():
        i = rng.randrange(len(w))
        out.append(w[:i] + rng.choice("qxzjk") + w[i + 1 :])
    return " ".join(out)


def cases(reader) -> list[tuple[str, str]]:
    fuzzy = " ".join(f"{w}~2" for w in ("govermnent", "ecomony", "minsiter", "electoin", "marekts", "presdient"))
    return [
        ("5,000 characters of article words", words_of(reader, 5_000)),
        ("10,000 characters of article words", words_of(reader, 10_000, seed=2)),
        ("5,000 characters of misspelt words", misspelt(words_of(reader, 5_000, seed=4))),
        ("one 100,000-character word", "a" * 100_000),
        ("six word~2 terms", fuzzy),
        ("1,000 characters of article words (the limit)", words_of(reader, 1_000, seed=5)),
        ("1,000 characters of misspelt words (the limit)", misspelt(words_of(reader, 1_000, seed=6))),
    ]


def time_case(reader, query: str, cap: float) -> str:
    """What the explorer asks, stage by stage: the search (with its "did you mean"), then the quotes."""
    from dossier.index.read import QueryError

    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, cap)
    parts = []
    try:
        for stage, ask in (
            ("search", lambda: reader.search(query, limit=100)),
            ("quotes", lambda: reader.quotes(query=query, limit=300)),
        ):
            t0, c0 = time.perf_counter(), time.process_time()
            # wall and CPU: the machine is shared, CPU seconds vary less with its load
            took = lambda: f"{time.perf_counter() - t0:.2f} s ({time.process_time() - c0:.2f} s CPU)"  # noqa: E731
            try:
                ask()
                parts.append(f"{stage} {took()}")
            except QueryError as err:
                parts.append(f"{stage} refused in {took()}: {str(err)[:50]}")
    except Capped:
        parts.append(f"{stage} > {cap:.0f} s (stopped)")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return "; ".join(parts)


def next_after_paste(index: Path, paste: str, cap: float) -> str:
    """Seconds from typing "government" (0.3 s after the paste was sent) to its answer."""
    from dossier.index.read import Reader
    from dossier.index.search_process import SearchProcess

    with Reader(index) as reader:
        generation = reader.manifest.generation
    process = SearchProcess(index)
    try:
        process.search(generation, "", None, 100, 300)  # opened and warm, as in the explorer
        latest = [0]

        def ask(seq: int, query: str, out: dict) -> None:
            try:
                out[seq] = process.search(generation, query, None, 100, 300, wanted=lambda: latest[0] == seq)
            except Exception as err:  # noqa: BLE001 (printed)
                out[seq] = err

        answers: dict = {}
        latest[0] = 1
        first = threading.Thread(target=ask, args=(1, paste, answers), daemon=True)
        first.start()
        time.sleep(0.3)
        latest[0] = 2
        t0 = time.perf_counter()
        second = threading.Thread(target=ask, args=(2, "government", answers), daemon=True)
        second.start()
        second.join(cap)
        if second.is_alive():
            return f"> {cap:.0f} s"
        took = time.perf_counter() - t0
        answer = answers.get(2)
        total = answer[0].total if isinstance(answer, tuple) else answer
        return f"{took:.2f} s (answer: {total} articles)"
    finally:
        process.close()


def seeds_index(work: Path) -> Path:
    import subprocess
    import sys

    index = work / "index-seeds"
    subprocess.run(
        [
            str(Path(sys.executable).with_name("dossier")),
            "index",
            "build",
            "--corpus",
            str(ROOT / "seeds"),
            "--index",
            str(index),
            "--quiet",
            "--workers",
            "1",
        ],
        check=True,
    )
    return index


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", type=Path, help="an index to query (default: the seeds, built once)")
    ap.add_argument("--cap", type=float, default=150.0, help="seconds after which a case is stopped")
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK)
    ap.add_argument("--cases", default="1,2,3,4,5,6,7,p", help="which cases to run, by number (p: the paste)")
    args = ap.parse_args()
    wanted = set(args.cases.split(","))
    from dossier.index.read import Reader

    index = args.index or seeds_index(args.work)
    say(f"# long queries on {index}\n# {machine()}")
    with Reader(index) as reader:
        say(f"# {reader.manifest.articles} articles")
        todo = cases(reader)
        for n, (name, query) in enumerate(todo, 1):
            if str(n) in wanted:
                row(name, time_case(reader, query, args.cap))
    if "p" in wanted:
        row("next query after a 5,000-character paste (search process)", next_after_paste(index, todo[0][1], args.cap))


if __name__ == "__main__":
    main()
