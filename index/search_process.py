"""The explorer's searches, run in a process of their own so that none can slow its keys.

Whoosh is pure Python: a search holds the GIL for as long as it runs (`st*` over 10,000 articles
takes about a second), and in a thread of the explorer it shares that GIL with the thread that
reads keys and draws the screen. In a child process it has its own; the explorer's worker thread
only waits on a pipe. The child opens its own Reader of the same index and follows the
explorer's reader to each new build (the generation is sent with every request).

A newer query always wins: requests are numbered, and between the stages of a query (parse,
search, snippets, "did you mean", quotes) the child looks at its pipe; when a newer request is
there it drops the older one's work and says so, and the caller of the older one gets None, as
when `wanted()` turns false. Both sides unpickle with an allowlist (store/safe_pickle.py): the
requests are plain data, the replies the read API's records and errors, and nothing read from an
index can make either side run code.
"""

from __future__ import annotations

import io
import itertools
import os
import pickle
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from collections.abc import Callable

from .forked import die_with_parent
from .records import Quote
from .results import SearchResult
from .store import safe_pickle


OPEN_AFTER = 2.0  # seconds without a request before the child opens its Reader unasked

# What crosses the pipes: requests are tuples of text and numbers; replies the read API's records
# (results.py, records.py) and the errors it raises, builtin or its own.
REQUESTS = safe_pickle.unpickler(safe_pickle.Allowed())
REPLIES = safe_pickle.unpickler(
    safe_pickle.Allowed(classes=("dossier.index.results", "dossier.index.records"), exceptions=True)
)
_OK, _ERROR, _STOPPED = "ok", "error", "stopped"


class SearchProcessLost(Exception):
    """The search process ended (killed, out of memory): the caller searches itself instead."""


def encode(obj) -> bytes:
    """obj as it crosses a pipe: pickled by each class's own reduction, never by the reducers a
    library registers process-wide with copyreg (distributed installs tblib's for every exception,
    which the allowlist refuses on the other side)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {}
    pickler.dump(obj)
    return buffer.getvalue()


def _send(conn: Connection, obj) -> None:
    conn.send_bytes(encode(obj))


def _receive(conn: Connection, unpickler: type[safe_pickle.Restricted]):
    """The next object on conn, unpickled with only what `unpickler` allows (UnsafePickle else)."""
    return unpickler(io.BytesIO(conn.recv_bytes())).load()


class SearchProcess:
    """A child process (`python -m dossier.index.search_process`) that answers (search, quotes) requests
    one at a time, as pickles over its stdin and stdout; its stderr goes nowhere, because the
    explorer owns the terminal."""

    def __init__(self, index_dir: Path):
        self._process = subprocess.Popen(
            [sys.executable, "-m", "dossier.index.search_process", str(Path(index_dir).resolve()), str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=Path(__file__).resolve().parent.parent,
        )
        self._send = Connection(os.dup(self._process.stdin.fileno()), readable=False)
        self._recv = Connection(os.dup(self._process.stdout.fileno()), writable=False)
        self._process.stdin.close()
        self._process.stdout.close()
        self._send_lock = threading.Lock()
        self._numbers = itertools.count(1)
        # Replies come in the order of the requests; whichever caller waits reads the pipe and
        # files each reply under its number for the caller it belongs to.
        self._replies: dict[int, tuple] = {}
        self._reading = False
        self._lost: str | None = None
        self._cond = threading.Condition()

    @property
    def pid(self) -> int:
        return self._process.pid

    def alive(self) -> bool:
        return self._process.poll() is None

    def search(
        self,
        generation: str,
        query: str,
        actor_id: str | None,
        limit: int,
        quote_limit: int,
        wanted: Callable[[], bool] = lambda: True,
    ) -> tuple[SearchResult, list[Quote]] | None:
        """(SearchResult, quotes) of query, as Reader.search and Reader.quotes give them; None when
        `wanted()` is false before it is sent, or when a newer query sent meanwhile made the
        process drop it. Raises what the Reader raised (QueryError for a bad query), or
        SearchProcessLost."""
        with self._send_lock:
            if not wanted():
                return None
            number = next(self._numbers)
            try:
                _send(self._send, (number, generation, query, actor_id, limit, quote_limit))
            except OSError as err:
                raise SearchProcessLost(f"the search process ended ({type(err).__name__})") from None
        status, value = self._await(number)
        if status == _STOPPED:
            return None
        if status == _ERROR:
            raise value
        return value

    def _await(self, number: int) -> tuple:
        with self._cond:
            while number not in self._replies:
                if self._lost:
                    raise SearchProcessLost(self._lost)
                if self._reading:
                    self._cond.wait()
                    continue
                self._reading = True
                self._cond.release()
                try:
                    got, status, value = _receive(self._recv, REPLIES)
                    self._replies[got] = (status, value)
                except (EOFError, OSError) as err:
                    self._lost = f"the search process ended ({type(err).__name__})"
                except (pickle.UnpicklingError, ValueError, TypeError) as err:
                    self._lost = f"the search process sent what it should not ({err})"
                    self._process.kill()
                finally:
                    self._cond.acquire()
                    self._reading = False
                    self._cond.notify_all()
            return self._replies.pop(number)

    def close(self) -> None:
        try:
            _send(self._send, None)
        except OSError:
            pass
        self._send.close()
        self._recv.close()
        try:
            self._process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=1)


def replyable(err: BaseException) -> BaseException:
    """err as the parent may unpickle it: the read API's own errors and builtin ones as they are,
    anything else (an error of Whoosh's) as a RuntimeError that says what it was."""
    kind = type(err)
    if kind.__module__ in ("builtins", "dossier.index.results"):
        try:
            pickle.loads(encode(err))
            return err
        except Exception:
            pass
    return RuntimeError(f"{kind.__name__}: {err}")


def serve(index_dir: Path, requests: Connection, replies: Connection) -> None:
    """The child: answer requests until the pipe closes or None arrives."""
    from .read import Reader, Stopped

    reader: Reader | None = None
    # The Reader is opened before the first query comes, so that it does not wait on it; but only
    # once the explorer has had OPEN_AFTER seconds to load its own lists, which this would slow
    # on two cores (the index loaded 0.5-1 s later at 10,000 articles when it opened at once).
    if not requests.poll(OPEN_AFTER):
        try:
            reader = Reader(index_dir)
        except Exception:
            pass  # opened again (and its error sent back) at the first request
    newer = requests.poll  # a request waiting on the pipe is newer than the one at hand
    while True:
        try:
            request = _receive(requests, REQUESTS)
        except (EOFError, OSError, pickle.UnpicklingError, ValueError):
            return
        if not (isinstance(request, tuple) and len(request) == 6):
            return  # None: the explorer is closing (anything else: not from it)
        number, generation, query, actor_id, limit, quote_limit = request
        try:
            if newer():
                raise Stopped()
            if reader is None:
                reader = Reader(index_dir)
            elif reader.manifest.generation != generation:
                reader.reopen()
            result = reader.search(query, limit=limit, actor_id=actor_id, stop=newer)
            quotes: list[Quote] = reader.quotes(query=query or None, actor_id=actor_id, limit=quote_limit, stop=newer)
            reply = (number, _OK, (result, quotes))
        except Stopped:
            reply = (number, _STOPPED, None)
        except Exception as err:
            reply = (number, _ERROR, replyable(err))
        try:
            _send(replies, reply)
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
