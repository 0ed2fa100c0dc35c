"""Round two (issue 14), the terminal: bytes that are not UTF-8 typed into the explorer, a crash
that must not exit 0, and a 20 MB article opened and quit. The real `dossier` in tmux."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from rel_helpers import ROOT, count, dossier_cmd

pytestmark = [
    pytest.mark.reliability,
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


class Tmux:
    """A command in a tmux server of its own; the shell prints `EXITED <status>` when it ends."""

    def __init__(self, command: list[str], width: int = 100, height: int = 30) -> None:
        self.name = f"dossier-r2-{uuid.uuid4().hex[:8]}"
        shell = f"{shlex.join(command)}; echo EXITED $?; sleep 120"
        self._run("new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), shell)

    def _run(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.name, *args], capture_output=True, text=True, check=True, timeout=30, cwd=ROOT
        ).stdout

    def keys(self, *keys: str) -> None:
        self._run("send-keys", "-t", self.name, *keys)

    def text(self, text: str) -> None:
        self._run("send-keys", "-t", self.name, "-l", text)

    def raw(self, data: bytes) -> None:
        """Bytes as the terminal would pass them on, whatever they are (`send-keys -H`)."""
        self._run("send-keys", "-t", self.name, "-H", *(f"{b:02x}" for b in data))

    def screen(self) -> str:
        return self._run("capture-pane", "-p", "-J", "-S", "-200", "-t", self.name)

    def wait_for(self, text: str, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear on the screen:\n{screen}")

    def exit_status(self, timeout: float = 60.0) -> int:
        screen = self.wait_for("EXITED ", timeout)
        return int(screen.rsplit("EXITED ", 1)[1].split()[0])

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.name, "kill-server"], capture_output=True)


@pytest.fixture
def tmux():
    sessions: list[Tmux] = []

    def start(command: list[str], width: int = 100, height: int = 30) -> Tmux:
        session = Tmux(command, width, height)
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.close()


def explorer(index_dir: Path) -> list[str]:
    # --corpus: the index's own (the seeds), so that it is up to date and no build starts.
    return dossier_cmd() + ["--corpus", str(ROOT / "seeds"), "--index", str(index_dir)]


def search_answer(index_dir: Path, query: str) -> str:
    """The status line the explorer shows for query, from the Reader itself."""
    from dossier.index.read import Reader

    with Reader(index_dir) as reader:
        total = reader.search(query).total
        quotes = len(reader.quotes(query=query, limit=500))
    return f"{total} article{'s' if total != 1 else ''} · {quotes} quote{'s' if quotes != 1 else ''}"


# --- 2. bytes that are not UTF-8 ------------------------------------------------------------------

BAD_BYTES = {
    "a lone lead byte, then a letter": b"\xe9x",
    "a Latin-1 word": "café ".encode("latin-1"),
    "a raw C1 CSI": b"\x9b",
    "a truncated emoji": "🙂".encode()[:3] + b" ",
    "a stray continuation byte": b"\x80\xbf",
}


def test_bytes_that_are_not_utf8_are_typed_not_a_crash(tmux, seeds_index):
    session = tmux(explorer(seeds_index))
    session.wait_for("articles indexed")
    for what, data in BAD_BYTES.items():
        session.raw(data)
        count("faults injected: undecodable bytes typed into the explorer")
    # What was typed is searched for (as U+FFFD where the bytes were bad): no article has it.
    screen = session.wait_for("Results (0)")
    assert "EXITED" not in screen and "Traceback" not in screen
    # Still answering: a real search, checked on its counts (not on the typed text).
    session.keys("Escape")  # clears the search
    session.wait_for("articles indexed")
    session.text("Ushakov")
    session.wait_for(search_answer(seeds_index, "Ushakov"))
    session.keys("Escape")
    session.wait_for("articles indexed")
    session.keys("Tab")  # out of the search box, so that q quits
    time.sleep(0.3)
    session.keys("q")
    assert session.exit_status() == 0


# A crash forced in the real explorer: in the driver's input thread (what invalid UTF-8 did before
# the guard, and what ended with exit status 0), or in a message handler.
CRASHING = textwrap.dedent("""
    import sys
    from textual import events
    from textual.drivers.linux_driver import LinuxDriver

    original = LinuxDriver.process_message

    def boom():
        raise RuntimeError("forced crash in a handler")

    def process_message(self, message):
        if isinstance(message, events.Key) and message.character == "\\u00a4":
            raise RuntimeError("forced crash in the input thread")
        if isinstance(message, events.Key) and message.character == "\\u00a7":
            self._app.call_later(boom)
            return
        original(self, message)

    LinuxDriver.process_message = process_message
    from dossier.tui.cli import main
    sys.exit(main(sys.argv[1:]))
""")


@pytest.mark.parametrize("key,where", [("\u00a4", "the input thread"), ("\u00a7", "a handler")])
def test_a_crash_never_exits_0(tmux, seeds_index, tmp_path, key, where):
    wrapper = tmp_path / "crashing.py"
    wrapper.write_text(CRASHING, encoding="utf-8")
    session = tmux([sys.executable, str(wrapper), *explorer(seeds_index)[len(dossier_cmd()) :]])
    session.wait_for("articles indexed")
    session.text(key)
    count("faults injected: crashes forced in the explorer")
    status = session.exit_status()
    assert f"forced crash in {where}" in session.screen()
    assert status != 0, f"a crash in {where} exited {status}"
