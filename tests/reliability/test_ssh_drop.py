"""A dropped SSH session, played with tmux: the explorer runs on a pseudo-terminal that goes away
(as when sshd loses its client: the pty closes and the session gets SIGHUP). The explorer and any
build it started exit, with no traceback, and the index stays usable."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from dossier.index.paths import SEEDS
from dossier.index.read import Reader

from rel_helpers import ROOT, count

pytestmark = [
    pytest.mark.reliability,
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]
DOSSIER = Path(sys.executable).parent / "dossier"


def _tmux(socket: str, *args: str) -> str:
    return subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True, check=True, timeout=30).stdout


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def _children(pid: int) -> set[int]:
    kids: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids |= {int(k) for k in (task / "children").read_text().split()}
        except OSError:
            pass
    return kids


def _session(tmp_path: Path, args: list[str]):
    socket, name = f"dossier-rel-{os.getpid()}", f"drop-{uuid.uuid4().hex[:8]}"
    err = tmp_path / "terminal.log"  # everything the program writes to its terminal
    command = f"sleep 0.5; cd {ROOT} && exec env TERM=xterm-256color {DOSSIER} " + " ".join(f"'{a}'" for a in args)
    _tmux(socket, "new-session", "-d", "-s", name, "-x", "100", "-y", "30", command)
    _tmux(socket, "pipe-pane", "-o", "-t", name, f"cat >> {err}")
    pid = int(_tmux(socket, "display", "-p", "-t", name, "#{pane_pid}").strip())
    return socket, name, pid, err


def _wait_screen(socket, name, text, timeout=60.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux(socket, "capture-pane", "-p", "-t", name)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared:\n{screen}")


def _drop(socket: str, name: str, pids: set[int]) -> None:
    _tmux(socket, "kill-session", "-t", name)  # the pty closes: SIGHUP, as when ssh drops
    count("faults injected: dropped terminal session")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    left = [p for p in pids if _alive(p)]
    for p in left:
        os.kill(p, 9)
    try:
        _tmux(socket, "kill-server")
    except subprocess.CalledProcessError:
        pass
    assert not left, f"still running after the session dropped: {left}"


def test_dropped_session_while_browsing(seeds_index, tmp_path):
    with Reader(seeds_index) as reader:  # the answer the explorer must show (not the typed word)
        total = reader.search("Ushakov").total
        quotes = len(reader.quotes(query="Ushakov", limit=300))
    assert 0 < total < 5
    socket, name, pid, err = _session(tmp_path, ["--index", str(seeds_index), "--corpus", str(SEEDS)])
    try:
        _wait_screen(socket, name, "5 articles indexed")
        _tmux(socket, "send-keys", "-t", name, "-l", "Ushakov")
        screen = _wait_screen(socket, name, f"{total} articles · {quotes} quotes")
        assert f"Results ({total})" in screen
    finally:
        _drop(socket, name, {pid})
    log = err.read_text(errors="replace")
    assert log and "Traceback" not in log
    with Reader(seeds_index) as reader:
        assert reader.search("Ushakov").total >= 1


def test_dropped_session_while_the_explorer_builds(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    index_dir = tmp_path / "index"
    socket, name, pid, err = _session(tmp_path, ["--index", str(index_dir), "--corpus", str(corpus)])
    builds: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while not builds and time.monotonic() < deadline:  # the explorer's build subprocess
            builds = _children(pid)
            time.sleep(0.1)
        assert builds, "the explorer started no build"
        _wait_screen(socket, name, "Results")
        time.sleep(0.5)
    finally:
        _drop(socket, name, {pid} | builds)
    assert "Traceback" not in err.read_text(errors="replace")
    # Whatever the drop interrupted, the next build completes and the index answers.
    from rel_helpers import dossier

    proc = dossier("index", "build", "--corpus", corpus, "--index", index_dir, "--workers", "1", "--quiet")
    assert proc.returncode == 0, proc.stderr
    with Reader(index_dir) as reader:
        assert reader.search("Ushakov").total >= 1
