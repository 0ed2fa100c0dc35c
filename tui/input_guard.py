"""The explorer's guards around Textual's terminal driver: bad input bytes, and crashes that exit 0.

Textual 8.2.8 (the newest release; its issue #6456 is open) decodes the terminal's input with a
strict UTF-8 decoder in its input thread: one byte that is not UTF-8 (a Latin-1 "é" pasted,
`\\x9b` from a non-UTF-8 terminal) raises there, and the thread's handler calls `App.panic`, which
ends the app with a traceback and, since it sets no return code, exit status 0. The guard has the
driver decode with errors="replace" (the byte becomes U+FFFD, typed like any character), and
counts a panic as a crash: `run_guarded` returns 1 when the app panicked.
Remove the decoder half when a Textual release passes errors="replace" itself.
"""

from __future__ import annotations

import codecs
import functools
from collections.abc import Callable

from textual.app import App

EXIT_CRASHED = 1  # "other errors" in the exit codes of docs/DESIGN.md


def replacing_decoder(encoding: str) -> Callable[..., codecs.IncrementalDecoder]:
    """`codecs.getincrementaldecoder`, with undecodable bytes replaced instead of raised."""
    return functools.partial(codecs.getincrementaldecoder(encoding), errors="replace")


def install_input_guard() -> None:
    """Make Textual's terminal drivers (full screen and inline) decode input with replacement."""
    try:
        from textual.drivers import linux_driver, linux_inline_driver
    except ImportError:  # no termios (Windows): Textual's Windows driver reads text, not bytes
        return
    for module in (linux_driver, linux_inline_driver):
        # The drivers call the module's own name when their input thread starts. (Should a Textual
        # release decode elsewhere, tests/reliability/test_round2_terminal.py fails.)
        if hasattr(module, "getincrementaldecoder"):
            module.getincrementaldecoder = replacing_decoder


def run_guarded(run: Callable[..., int], *args: object) -> int:
    """run(*args) with the input guard installed; its exit code, or EXIT_CRASHED if the app panicked.

    `App.panic` (an exception in the driver's input thread, a renderable error) exits without a
    return code; an unhandled exception in a handler sets return code 1, which `run` returns.
    """
    install_input_guard()
    panics: list[App] = []
    original = App.panic

    def panic(app: App, *renderables) -> None:
        panics.append(app)
        original(app, *renderables)

    App.panic = panic  # type: ignore[method-assign]
    try:
        code = run(*args)
    finally:
        App.panic = original  # type: ignore[method-assign]
    return code or (EXIT_CRASHED if panics else 0)
