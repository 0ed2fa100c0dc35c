"""Run every benchmark and print one table (what `make bench` runs).

    python bench/run_all.py            # --quick (the default): the build ratio on the 2,225
                                       # articles once, search at 2,225 and 10,000, 2-3 runs of
                                       # the rest (~5 minutes on 2 cores once the indexes exist;
                                       # the first run adds ~10 minutes to build the 2,225 and
                                       # 10,000 indexes)
    python bench/run_all.py --full     # the build ratio on all 2,225, search also at 50,000, more
                                       # runs (an hour or more; the 50,000 index takes 20-30 minutes
                                       # to write the first time, ~30 here)
    python bench/run_all.py --only search --sizes 2225,10000,50000

The corpora and indexes live in --work (default /tmp/dossier-bench, or $DOSSIER_BENCH_WORK) and
are reused by later runs; the first run builds the 2,225-article index with spaCy (a few minutes
on 2 cores) and the bigger ones from its annotations (bench/bigindex.py). The BBC corpus is read
from ../shared/corpora/bbc-news.jsonl (or $DOSSIER_BENCH_CORPUS).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import DEFAULT_WORK, machine  # noqa: E402


def run(script: str, args: list[str], rows: list[list[str]]) -> int:
    cmd = [sys.executable, str(HERE / script), *args]
    print(f"\n$ {' '.join(['python', 'bench/' + script, *args])}", flush=True)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("ROW\t"):
            parts = line.rstrip("\n").split("\t")[1:]
            parts += [""] * (4 - len(parts))
            rows.append(parts + [f"bench/{script} {' '.join(args)}".strip()])
            print("  " + " | ".join(p for p in parts if p), flush=True)
        else:
            print(line, end="", flush=True)
    return proc.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="the default: minutes")
    mode.add_argument("--full", action="store_true", help="search at 50,000 too, more runs")
    ap.add_argument("--sizes", help="search sizes, comma separated (overrides the mode's)")
    ap.add_argument("--only", choices=["build", "search", "startup"], action="append")
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK)
    args = ap.parse_args()

    sizes = args.sizes or ("2225,10000,50000" if args.full else "2225,10000")
    runs = "3" if args.full else "2"
    work = ["--work", str(args.work)]
    only = set(args.only or ["build", "search", "startup"])
    print(f"machine: {machine()}")
    print(f"work folder: {args.work}")
    if shutil.which("rg") is None:
        print("note: ripgrep is not installed (apt-get install -y ripgrep); its rows are skipped")
    rows: list[list[str]] = []
    t0 = time.perf_counter()
    failed = []
    build_args = (
        ["--size", "2225", "--repeat", "3", "--changed-runs", "5"]
        if args.full
        else ["--size", "2225", "--repeat", "1", "--changed-runs", "3"]
    )
    if "build" in only and run("build_bench.py", [*work, *build_args], rows):
        failed.append("build")
    if "search" in only and run("search_bench.py", [*work, "--sizes", sizes, "--passes", runs], rows):
        failed.append("search")
    if "startup" in only and run("startup_bench.py", [*work, "--runs", "5" if args.full else "3"], rows):
        failed.append("startup")

    print(f"\n{'figure':58} {'value':60} {'target':14} result")
    for name, value, target, note, _cmd in rows:
        print(f"{name:58} {value:60} {target:14} {note}")
    print(f"\nall benchmarks: {time.perf_counter() - t0:.0f} s" + (f"; failed: {', '.join(failed)}" if failed else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
