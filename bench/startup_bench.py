"""Start-up benchmark: the explorer on an existing index against a bare Textual app, alternating.

Each run starts the program in a fresh pseudo-terminal (120x36, TERM=xterm-256color), the way a
user starts it, and reads what it draws:
- "first screen": the search box's placeholder is drawn (the main screen is up, the input focused,
  keys are read from here on); for both programs;
- "loaded" (explorer only): the Results and Actors pane titles show their counts (the index is
  open, the empty search and the actor list are shown).
Then a search is typed ("election", enter) and its answer awaited; keys are typed one at a time
and the time until each letter is drawn is taken, first with nothing running, then while the
slowest kind of search runs in its worker; the peak RSS of the process (VmHWM) is read, and the
program quit (ctrl+q; killed if it does not end).

    python bench/startup_bench.py [--size 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from _common import DEFAULT_WORK, dossier_bin, median, row, say

import bigindex

ANSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1bP.*?\x1b\\|\x1b[@-Z\\-_]|\x1b.")
FIRST = "search: words"
LOADED = (re.compile(r"Results \(\d"), re.compile(r"Actors \(\d"))
ANSWERED = re.compile(r"\d+ articles? · \d+ quote")


class Pty:
    def __init__(self, cmd: list[str], cols: int = 120, rows: int = 36, env: dict | None = None):
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        e = dict(os.environ, TERM="xterm-256color", COLUMNS=str(cols), LINES=str(rows))
        e.pop("NO_COLOR", None)
        e.update(env or {})
        self.t0 = time.perf_counter()
        self.proc = subprocess.Popen(
            cmd, stdin=slave, stdout=slave, stderr=slave, env=e, start_new_session=True, close_fds=True
        )
        os.close(slave)
        self.raw = b""
        self.text = ""

    def pump(self, timeout: float) -> bool:
        r, _, _ = select.select([self.master], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.master, 1 << 16)
        except OSError:
            return False
        self.raw += data
        # Strip escapes from the whole stream (a sequence may straddle two reads).
        self.text = ANSI.sub("", self.raw.decode("utf-8", "replace"))
        return True

    def wait_for(self, found, timeout: float = 60.0) -> float | None:
        """Seconds since launch at which found(text) first held, else None."""
        end = time.perf_counter() + timeout
        mark = 0
        while time.perf_counter() < end:
            if found(self.text[max(0, mark - 200) :]):
                return time.perf_counter() - self.t0
            mark = len(self.text)
            if self.proc.poll() is not None:
                self.pump(0.05)
                if found(self.text):
                    return time.perf_counter() - self.t0
                return None
            self.pump(0.02)
        return None

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def peak_rss_mb(self, pid: int | None = None) -> float:
        try:
            with open(f"/proc/{pid or self.proc.pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return float("nan")

    def children_peak_rss_mb(self) -> float:
        """The summed VmHWM of the program's child processes (the explorer's search process)."""
        try:
            with open(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children") as fh:
                pids = [int(x) for x in fh.read().split()]
        except OSError:
            return 0.0
        return sum(self.peak_rss_mb(pid) for pid in pids)

    def close(self) -> None:
        try:
            self.send(b"\x11")  # ctrl+q
        except OSError:
            pass
        end = time.perf_counter() + 3
        while self.proc.poll() is None and time.perf_counter() < end:
            self.pump(0.05)
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(3)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        os.close(self.master)


def run_explorer(corpus: Path, index: Path) -> dict:
    p = Pty([dossier_bin(), "--corpus", str(corpus), "--index", str(index)])
    try:
        first = p.wait_for(lambda t: FIRST in t)
        loaded = p.wait_for(lambda t: all(r.search(p.text) for r in LOADED))
        mark = len(p.text)
        t = time.perf_counter()
        p.send(b"election")
        p.send(b"\r")
        answered = p.wait_for(lambda _t: ANSWERED.search(p.text[mark:]) is not None, 30)
        searched = time.perf_counter() - t if answered else None
        time.sleep(0.3)
        p.send(b"/")  # back to the search box (its text selected: the next key replaces it)
        time.sleep(0.3)
        idle = echoes(p, "QZXJ")  # keys while nothing runs
        time.sleep(0.5)
        p.send(b"\x01\x0b" + HEAVY.encode())  # ctrl+a ctrl+k: a new query, the slowest kind
        time.sleep(0.25)  # the debounce (0.2 s) lets its search start
        busy = echoes(p, "KVWY")  # keys while it runs in its worker
        time.sleep(0.3)
        rss = p.peak_rss_mb()
        child_rss = p.children_peak_rss_mb()
    finally:
        p.close()
    return {
        "first": first,
        "loaded": loaded,
        "search": searched,
        "rss": rss,
        "child_rss": child_rss,
        "idle": idle,
        "busy": busy,
    }


# The slowest query kind of bench/queries.py at 10,000 articles (a prefix of some 300 words),
# searched by the explorer while keys are typed: its worker holds the GIL in Whoosh's Python.
HEAVY = "st*"


def echoes(p: "Pty", keys: str) -> list[float]:
    """Seconds from sending each key to its letter appearing on the screen."""
    out = []
    for key in keys:
        mark = len(p.text)
        t = time.perf_counter()
        p.send(key.encode())
        seen = p.wait_for(lambda _t: key in p.text[mark:], 10)
        out.append(time.perf_counter() - t if seen else 10.0)
        time.sleep(0.03)
    return out


def run_bare() -> dict:
    p = Pty([sys.executable, str(Path(__file__).with_name("bare_app.py"))])
    try:
        first = p.wait_for(lambda t: FIRST in t)
        time.sleep(0.2)
        rss = p.peak_rss_mb()
    finally:
        p.close()
    return {"first": first, "rss": rss}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK)
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    corpus, index = bigindex.ensure_index(args.size, args.work, say)
    run_bare()  # warm the file cache for both
    run_explorer(corpus, index)
    ex, bare = [], []
    for k in range(args.runs):
        b = run_bare()
        e = run_explorer(corpus, index)
        bare.append(b)
        ex.append(e)
        say(
            f"  run {k + 1}: bare first screen {b['first']}, explorer first screen {e['first']}, "
            f"loaded {e['loaded']}, search {e['search']}, rss {e['rss']:.0f} MB"
        )
    ok = [(e, b) for e, b in zip(ex, bare) if e["first"] and b["first"]]
    if not ok:
        row("start-up", "no run reached its first screen", "", "FAIL")
        return
    ratios = [e["first"] / b["first"] for e, b in ok]
    bf = median([b["first"] for _, b in ok])
    ef = median([e["first"] for e, _ in ok])
    loaded = [e["loaded"] for e, _ in ok if e["loaded"]]
    row("start-up: bare Textual app, first screen", f"{bf:.2f} s", "", f"median of {len(ok)}")
    row(f"start-up {args.size:,}: explorer, first screen", f"{ef:.2f} s", "", f"median of {len(ok)}")
    r = median(ratios)
    row(
        f"start-up {args.size:,}: explorer/bare (first screen)",
        f"{r:.2f} (runs: {', '.join(f'{x:.2f}' for x in ratios)})",
        "<= 1.3",
        "PASS" if r <= 1.3 else "FAIL",
    )
    if loaded:
        lr = median([e["loaded"] / b["first"] for e, b in ok if e["loaded"]])
        row(
            f"start-up {args.size:,}: explorer, index loaded (results + actors shown)",
            f"{median(loaded):.2f} s ({lr:.2f} x bare first screen)",
            "",
            "",
        )
    searches = [e["search"] for e in ex if e["search"]]
    if searches:
        row(
            f"explorer {args.size:,}: typed search to answer shown",
            f"{median(searches) * 1000:.0f} ms",
            "",
            "includes the 0.2 s debounce only when enter does not cancel it",
        )
    idle = [x for e in ex for x in e["idle"]]
    busy = [x for e in ex for x in e["busy"]]
    row(
        f"explorer {args.size:,}: key to screen, idle",
        f"p50 {median(idle) * 1000:.0f} ms, max {max(idle) * 1000:.0f} ms",
        "",
        f"{len(idle)} keys",
    )
    row(
        f"explorer {args.size:,}: key to screen while '{HEAVY}' is searched",
        f"p50 {median(busy) * 1000:.0f} ms, max {max(busy) * 1000:.0f} ms",
        "responsive",
        "PASS" if max(busy) < 0.25 else "FAIL",
    )
    rss = max(e["rss"] + e["child_rss"] for e in ex)
    row(
        f"explorer {args.size:,}: peak memory (VmHWM, the explorer and its search process)",
        f"{rss:.0f} MB (explorer {max(e['rss'] for e in ex):.0f} MB, search process "
        f"{max(e['child_rss'] for e in ex):.0f} MB; bare app {max(b['rss'] for b in bare):.0f} MB)",
        "< 200 MB",
        "PASS" if rss < 200 else "FAIL",
    )


if __name__ == "__main__":
    main()
