"""Work beside the build in forked processes that end with it.

A forked child starts at once with everything the parent holds (a loaded spaCy model, the
build's records) without pickling any of it. Each child dies with its parent, so a build killed
with -9 leaves no process behind holding hundreds of megabytes.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from typing import Any, Generic, TypeVar
from collections.abc import Callable

T = TypeVar("T")


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def die_with_parent(parent: int) -> None:
    """Make this child process end when `parent` does (Linux: PR_SET_PDEATHSIG)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


class Forked(Generic[T]):
    """fn(*args) running in a forked child; `result()` waits for what it returned (or raised)."""

    def __init__(self, fn: Callable[..., T], *args: Any):
        ctx = multiprocessing.get_context("fork")
        self._receive, send = ctx.Pipe(duplex=False)
        self._process = ctx.Process(target=_run, args=(send, os.getpid(), fn, args), daemon=True)
        self._process.start()
        send.close()

    def result(self) -> T:
        try:
            ok, value = self._receive.recv()
        except EOFError:
            self._process.join()
            raise RuntimeError(f"a build process ended without an answer (exit {self._process.exitcode})") from None
        finally:
            self._receive.close()
        self._process.join()
        if not ok:
            raise value
        return value

    def stop(self) -> None:
        """End the child now (the caller gave up on its result)."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receive.close()


def _run(send, parent: int, fn: Callable, args: tuple) -> None:
    die_with_parent(parent)
    try:
        answer = (True, fn(*args))
    except BaseException as err:  # sent to the parent, which raises it
        answer = (False, sendable(err))
    send.send(answer)
    send.close()


def sendable(err: BaseException) -> BaseException:
    """err, or a RuntimeError that says what it was when err cannot cross a pipe (not picklable)."""
    import pickle

    try:
        pickle.loads(pickle.dumps(err))
        return err
    except Exception:
        return RuntimeError(f"{type(err).__name__}: {err}")
