"""Search benchmark: p50/p95 of query → first 20 hits with highlighted snippets, next to ripgrep.

For each size (2,225 / 10,000 / 50,000 articles; bench/bigindex.py makes the big indexes) the ~100
queries of bench/queries.py run through `dossier.index.read.Reader.search(query, limit=20)` in this process
(one Reader, opened once, as the explorer keeps it): one warm-up pass, then --passes timed passes.
Also timed: what the explorer's search worker asks per keystroke-pause (`search(limit=100)` then
`quotes(query, limit=300)`, tui/screens/main.py), and `rg -c -i` of the same words over the same
texts as .txt files (a fresh rg process per query, as a terminal user runs it).

    python bench/search_bench.py [--sizes 2225,10000,50000] [--passes 3]

ripgrep: `apt-get install -y ripgrep` (Debian/Ubuntu), `brew install ripgrep` (macOS).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import time
from pathlib import Path

from _common import DEFAULT_WORK, pct, row, say

import bigindex
from queries import queries

TARGETS = {10000: 0.100, 50000: 0.250}


def time_reader(index: Path, qs, passes: int, explorer: bool = False):
    from dossier.index.read import QueryError, Reader

    t0 = time.perf_counter()
    reader = Reader(index)
    open_s = time.perf_counter() - t0
    per_kind: dict[str, list[float]] = {}
    first: list[float] = []
    allt: list[float] = []
    cpu: list[float] = []
    for p in range(passes + 1):
        for kind, q, _ in qs:
            t = time.perf_counter()
            c = time.thread_time()
            try:
                if explorer:
                    reader.search(q, limit=100)
                    reader.quotes(query=q, limit=300)
                else:
                    res = reader.search(q, limit=20)
                    for h in res.hits:  # the snippet is built inside search; touch it anyway
                        h.snippet_text()
            except QueryError:
                pass
            dt = time.perf_counter() - t
            dc = time.thread_time() - c
            if p == 0:
                first.append(dt)
            else:
                allt.append(dt)
                cpu.append(dc)
                per_kind.setdefault(kind, []).append(dt)
    reader.close()
    return open_s, first, allt, per_kind, cpu


def time_rg(corpus: Path, qs, passes: int) -> list[float]:
    rg = shutil.which("rg")
    if rg is None:
        return []
    out = []
    for p in range(passes + 1):
        for _, _, pats in qs:
            cmd = [rg, "-c", "-i", "--no-messages"]
            for pat in pats:
                cmd += ["-e", pat]
            t = time.perf_counter()
            subprocess.run(cmd + [str(corpus)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if p:
                out.append(time.perf_counter() - t)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK)
    ap.add_argument("--sizes", default="2225,10000,50000")
    ap.add_argument("--passes", type=int, default=2, help="timed passes over the query list (default 2)")
    ap.add_argument("--no-explorer", action="store_true", help="skip the explorer-shaped timing")
    args = ap.parse_args()
    qs = queries()
    if shutil.which("rg") is None:
        say(
            "ripgrep not found: install it with `apt-get install -y ripgrep` (or `brew install ripgrep`); "
            "its rows are skipped"
        )
    for n in [int(s) for s in args.sizes.split(",") if s]:
        corpus, index = bigindex.ensure_index(n, args.work, say)
        open_s, first, allt, per_kind, cpu = time_reader(index, qs, args.passes)
        p50, p95 = pct(allt, 50), pct(allt, 95)
        target = TARGETS.get(n)
        verdict = "" if target is None else ("PASS" if p95 < target else "FAIL")
        row(
            f"search {n:,}: Reader.search 20 hits + snippets",
            f"p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {max(allt) * 1000:.0f} ms "
            f"(first pass p95 {pct(first, 95) * 1000:.0f} ms; Reader open {open_s * 1000:.0f} ms)",
            f"p95 < {target * 1000:.0f} ms" if target else "",
            verdict,
        )
        row(
            f"search {n:,}: the same, CPU time of the searching thread",
            f"p50 {pct(cpu, 50) * 1000:.0f} ms, p95 {pct(cpu, 95) * 1000:.0f} ms",
            "",
            "what an idle core would take; contention-proof",
        )
        kinds = ", ".join(f"{k} {pct(v, 50) * 1000:.0f}/{pct(v, 95) * 1000:.0f}" for k, v in per_kind.items())
        say(f"  by kind (p50/p95 ms): {kinds}")
        row(f"search {n:,}: by kind p50/p95 ms", kinds)
        if not args.no_explorer:
            _, _, ex, _, _ = time_reader(index, qs, 1, explorer=True)
            row(
                f"search {n:,}: explorer worker (search 100 + quotes 300)",
                f"p50 {pct(ex, 50) * 1000:.0f} ms, p95 {pct(ex, 95) * 1000:.0f} ms",
                "",
                "",
            )
        rgt = time_rg(corpus, qs, 1)
        if rgt:
            row(
                f"search {n:,}: rg -c -i over {n:,} .txt files",
                f"p50 {pct(rgt, 50) * 1000:.0f} ms, p95 {pct(rgt, 95) * 1000:.0f} ms",
                "",
                f"dossier/rg p50 {p50 / pct(rgt, 50):.2f}",
            )


if __name__ == "__main__":
    main()
