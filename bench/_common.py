"""Shared helpers of the benchmark scripts: running a measured process, percentiles, the machine."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_WORK = Path(os.environ.get("DOSSIER_BENCH_WORK", "/tmp/dossier-bench"))

for p in (str(HERE), str(ROOT)):
    if p not in sys.path:
        sys.path.insert(0, p)


def dossier_bin() -> str:
    exe = Path(sys.executable).with_name("dossier")
    return str(exe) if exe.exists() else "dossier"


@dataclass
class Measured:
    seconds: float
    returncode: int
    peak_rss_mb: float  # the largest single process of the tree (kernel's maxrss)
    tree_peak_mb: float  # the largest sum of RSS over the process and its children (sampled)
    cpu_seconds: float = 0.0  # user + system time of the process and the children it waited for


def _tree_rss_kb(root: int) -> int:
    """Sum of VmRSS of root and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as fh:
                ppid = kb = 0
                for line in fh:
                    if line.startswith("PPid:"):
                        ppid = int(line.split()[1])
                    elif line.startswith("VmRSS:"):
                        kb = int(line.split()[1])
        except OSError:
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = kb
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run_measured(cmd: list[str], env: dict | None = None, poll: float = 0.1, on_stderr=None, **kw) -> Measured:
    """Run cmd to its end: wall seconds, peak RSS of its largest process, sampled peak of its tree.
    on_stderr(seconds since start, line) gets each line of its stderr when given."""
    t0 = time.perf_counter()
    if on_stderr is not None:
        kw["stderr"] = subprocess.PIPE
        kw["text"] = True
    proc = subprocess.Popen(cmd, env=env, **kw)
    peak = [0]
    done = threading.Event()
    reader = None
    if on_stderr is not None:

        def read():
            for line in proc.stderr:
                on_stderr(time.perf_counter() - t0, line)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            done.wait(poll)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    done.set()
    t.join()
    if reader is not None:
        reader.join(5)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Measured(seconds, proc.returncode, usage.ru_maxrss / 1024, peak[0] / 1024, usage.ru_utime + usage.ru_stime)


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank, as latency reports usually give it)."""
    s = sorted(values)
    if not s:
        return float("nan")
    k = max(0, min(len(s) - 1, int(round(p / 100 * len(s) + 0.5)) - 1))
    return s[k]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        mem = 0
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB RAM, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, load average {load:.2f} at start"
    )


def row(name: str, value: str, target: str = "", note: str = "") -> None:
    """One printed figure: the line `run_all.py` collects into the table."""
    print(f"ROW\t{name}\t{value}\t{target}\t{note}", flush=True)


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)
