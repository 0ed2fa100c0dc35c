"""The real `dossier` command in a real terminal (tmux): what a user would see."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from ansi import colours, word_styles
from dossier.index.read import Reader
from tui_fixtures import SEEDS

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

DOSSIER = Path(sys.executable).parent / "dossier"


class Tmux:
    def __init__(
        self,
        command: list[str],
        width: int,
        height: int,
        env: dict[str, str] | None = None,
        unset: tuple[str, ...] = (),
    ) -> None:
        self.name = f"dossier-test-{uuid.uuid4().hex[:8]}"
        self.socket = self.name  # a server of its own: closing one never disturbs another
        environment = " ".join([*(f"-u {k}" for k in unset), *(f"{k}={v}" for k, v in (env or {}).items())])
        shell = " ".join(command)
        self._run(
            "new-session",
            "-d",
            "-s",
            self.name,
            "-x",
            str(width),
            "-y",
            str(height),
            f"env {environment} {shell}; echo EXITED $?; sleep 30",
        )

    def size(self) -> str:
        return self._run("display", "-p", "-t", self.name, "#{window_width}x#{window_height}").strip()

    def _run(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True, timeout=30
        ).stdout

    def send(self, *keys: str, literal: bool = False) -> None:
        self._run("send-keys", "-t", self.name, *(["-l"] if literal else []), *keys)

    def screen(self, escapes: bool = False) -> str:
        """The screen's text; with escapes, its colours and styles too (`capture-pane -e`)."""
        return self._run("capture-pane", "-p", *(["-e"] if escapes else []), "-t", self.name)

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear on the screen:\n{screen}")

    def wait_gone(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        screen = self.screen()
        while text in screen and time.monotonic() < deadline:
            time.sleep(0.1)
            screen = self.screen()
        assert text not in screen, f"{text!r} is still on the screen:\n{screen}"
        return screen

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


@pytest.fixture
def dossier_in_tmux(seeds_index):
    sessions = []

    def start(
        width: int = 100,
        height: int = 30,
        env: dict[str, str] | None = None,
        unset: tuple[str, ...] = ("NO_COLOR", "COLORTERM"),
    ) -> Tmux:
        session = Tmux([str(DOSSIER), "--corpus", str(SEEDS), "--index", str(seeds_index)], width, height, env, unset)
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.close()


def ushakov_answer(index: Path) -> tuple[int, int]:
    """What the explorer must show for "Ushakov", asked of the index: (articles, quotes)."""
    with Reader(index) as reader:
        return reader.search("Ushakov").total, len(reader.quotes(query="Ushakov", limit=300))


def test_search_open_and_quit_in_a_real_terminal(dossier_in_tmux, seeds_index):
    articles, quotes = ushakov_answer(seeds_index)
    started = time.monotonic()
    tmux = dossier_in_tmux(100, 30)
    screen = tmux.wait_for("articles indexed")
    first_screen = time.monotonic() - started
    assert tmux.size() == "100x30"
    print(f"first screen after {first_screen:.2f}s")
    assert "Results" in screen and "Actors" in screen and "Quotes" in screen

    tmux.send("Ushakov", literal=True)
    screen = tmux.wait_for(f"{articles} articles · {quotes} quotes")  # the answer, not the typed word
    assert f"Results ({articles})" in screen
    tmux.send("Enter")  # to the results
    tmux.send("Enter")  # open the first
    screen = tmux.wait_for("match 1/")
    assert "Source" in screen
    tmux.send("n")
    tmux.wait_for("match 2/")

    # (a pause after escape: a terminal reads "escape, key" typed at once as alt+key)
    tmux.send("Escape")
    time.sleep(0.3)
    tmux.send("?")
    screen = tmux.wait_for("Anywhere")
    assert "Keys" in screen
    tmux.send("Escape")
    tmux.wait_gone("Anywhere")
    tmux.send("q")
    screen = tmux.wait_for("EXITED 0")


def test_80x24_without_colour(dossier_in_tmux):
    tmux = dossier_in_tmux(80, 24, env={"NO_COLOR": "1"})
    screen = tmux.wait_for("articles indexed")
    assert tmux.size() == "80x24"
    # one pane at a time, every pane named in the strip with its count
    assert "Results 5" in screen and "Actors" in screen and "Quotes" in screen and "Source" in screen
    tmux.send('"peace', literal=True)
    screen = tmux.wait_for("Query error")
    assert "quotation mark" in screen
    drawn = colours(tmux.screen(escapes=True))
    assert drawn and all(c.is_grey for c in drawn), sorted({c for c in drawn if not c.is_grey}, key=str)[:5]
    tmux.send("BSpace")
    tmux.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
    tmux.send("Tab")  # to results
    tmux.send("Tab")  # to actors
    tmux.wait_for("Actors (")
    screen = tmux.wait_for("mentions")  # the pane drawn, not only its title
    assert "Results (" not in screen  # one pane at a time
    for line in screen.splitlines():
        assert len(line) <= 80
    drawn = colours(tmux.screen(escapes=True))
    assert all(c.is_grey for c in drawn), sorted({c for c in drawn if not c.is_grey}, key=str)[:5]
    tmux.send("q")
    tmux.wait_for("EXITED 0")


def test_the_same_screen_with_colour_has_hues(dossier_in_tmux):
    """The control of the test above: without NO_COLOR the capture shows colours with a hue, so
    that a screen without them means something."""
    tmux = dossier_in_tmux(80, 24, env={"TERM": "xterm-256color"})
    tmux.wait_for("articles indexed")
    assert any(not c.is_grey for c in colours(tmux.screen(escapes=True)))
    tmux.send("Tab")  # out of the search box, where q is typed
    tmux.wait_for("Open")  # the footer's keys for a list: the focus has moved (keys typed ahead of
    tmux.send("q")  # a focus change go to the widget that had the focus)
    tmux.wait_for("EXITED 0")


def test_16_colours(dossier_in_tmux, seeds_index):
    """A terminal of 16 colours (TERM=xterm-16color, no COLORTERM): only those 16 are used, more
    than black and white among them, the answer is shown, and the matched words stand out from the
    snippet around them."""
    articles, quotes = ushakov_answer(seeds_index)
    tmux = dossier_in_tmux(80, 24, env={"TERM": "xterm-16color"})
    tmux.wait_for("articles indexed")
    tmux.send("Ushakov", literal=True)
    tmux.wait_for(f"{articles} articles · {quotes} quotes")
    tmux.wait_for(f" Results {articles} ")
    screen = tmux.screen(escapes=True)
    drawn = colours(screen)
    assert drawn and all(c.is_16 for c in drawn), sorted({c for c in drawn if not c.is_16}, key=str)[:5]
    assert any(not c.is_grey for c in drawn)  # colours, not only greys
    matches = word_styles(screen, "Ushakov", skip_lines=1)  # (line 1 is the search box)
    assert matches and all(style not in others for style, others in matches), matches[:2]
    tmux.send("Enter")  # to the results (q in the search box is typed)
    tmux.wait_for("Open")  # the footer's keys for a list
    tmux.send("q")
    tmux.wait_for("EXITED 0")
