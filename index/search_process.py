"""The explorer's searches, run in a process of their own so that none can slow its keys.

Whoosh is pure Python: a search holds the GIL for as long as it runs (`st*` over 10,000 articles
takes about a second), and in a thread of the explorer it shares that GIL with the thread that
reads keys and draws the screen. In a child process it has its own; the explorer's worker thread
only waits on a pipe. The child opens its own Reader of the same index and follows the
explorer's reader to each new build (the generation is sent with every request).
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Callable

from .forked import die_with_parent, sendable
from .records import Quote


OPEN_AFTER = 2.0  # seconds without a request before the child opens its Reader unasked


class SearchProcessLost(Exception):
    """The search process ended (killed, out of memory): the caller searches itself instead."""


class SearchProcess:
    """A child process (`python -m dossier.index.search_process`) that answers (search, quotes) requests
    one at a time, as pickles over its stdin and stdout; its stderr goes nowhere, because the
    explorer owns the terminal."""

    def __init__(self, index_dir: Path):
        self._process = subprocess.Popen(
            [sys.executable, "-m", "dossier.index.search_process", str(Path(index_dir).resolve()), str(os.getpid())],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            cwd=Path(__file__).resolve().parent.parent,
        )
        self._send = Connection(os.dup(self._process.stdin.fileno()), readable=False)
        self._recv = Connection(os.dup(self._process.stdout.fileno()), writable=False)
        self._process.stdin.close()
        self._process.stdout.close()
        self._lock = threading.Lock()

    @property
    def pid(self) -> int:
        return self._process.pid

    def alive(self) -> bool:
        return self._process.poll() is None

    def search(self, generation: str, query: str, actor_id: str | None, limit: int, quote_limit: int,
               wanted: Callable[[], bool] = lambda: True):
        """(SearchResult, quotes) of query, as Reader.search and Reader.quotes give them; None when
        `wanted()` turns false while an earlier request holds the process (a newer query came).
        Raises what the Reader raised (QueryError for a bad query), or SearchProcessLost."""
        with self._lock:
            if not wanted():
                return None
            try:
                self._send.send((generation, query, actor_id, limit, quote_limit))
                ok, value = self._recv.recv()
            except (EOFError, OSError) as err:
                raise SearchProcessLost(f"the search process ended ({type(err).__name__})") from None
        if not ok:
            raise value
        return value

    def close(self) -> None:
        try:
            self._send.send(None)
        except OSError:
            pass
        self._send.close()
        self._recv.close()
        try:
            self._process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=1)


def serve(index_dir: Path, requests: Connection, replies: Connection) -> None:
    """The child: answer requests until the pipe closes or None arrives."""
    from .read import Reader

    reader: Reader | None = None
    # The Reader is opened before the first query comes, so that it does not wait on it; but only
    # once the explorer has had OPEN_AFTER seconds to load its own lists, which this would slow
    # on two cores (the index loaded 0.5-1 s later at 10,000 articles when it opened at once).
    if not requests.poll(OPEN_AFTER):
        try:
            reader = Reader(index_dir)
        except Exception:
            pass  # opened again (and its error sent back) at the first request
    while True:
        try:
            request = requests.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        generation, query, actor_id, limit, quote_limit = request
        try:
            if reader is None:
                reader = Reader(index_dir)
            elif reader.manifest.generation != generation:
                reader.reopen()
            result = reader.search(query, limit=limit, actor_id=actor_id)
            quotes: list[Quote] = reader.quotes(query=query or None, actor_id=actor_id, limit=quote_limit)
            reply = (True, (result, quotes))
        except Exception as err:
            reply = (False, sendable(err))
        try:
            replies.send(reply)
        except OSError:
            return


def main(argv: list[str]) -> None:
    index_dir, parent = Path(argv[0]), int(argv[1])
    die_with_parent(parent)
    # The pipes are the requests and replies; fds 0 and 1 then point nowhere, so that nothing
    # printed by a library can end up inside a reply.
    requests = Connection(os.dup(0), writable=False)
    replies = Connection(os.dup(1), readable=False)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    serve(index_dir, requests, replies)


if __name__ == "__main__":
    main(sys.argv[1:])
