"""Scrolling to the end of a 2,000-row list in the real explorer (issue 11's "lists that reach the end").

The results and quotes lists hold a first page (100 results, 300 quotes) and ask for the next
one (`RecordList.MoreWanted`) when the cursor comes near their end; the page is read by the
explorer's search process and its rows added in chunks. This script opens the real app
(`DossierApp` under Textual's `App.run_test`, headless, 120x36) on the BBC feed's index, with
the empty query (every article, every quote), focuses a list and presses `pagedown` (or `end`)
until the cursor is on row 2,000. Each press is timed until its rows are there (the cursor
moved, no page asked for and not yet come, every row held drawn as an option): p50, p95 and max
per press, the presses that waited for a page apart, and the whole way down.

    python bench/scroll_bench.py [--index DIR] [--rows 2000] [--work DIR]

Without --index it uses (or builds once, with spaCy) the BBC feed's index that
bench/compare_bench.py and bench/feed_update_bench.py use. Run it with `nice -n 10` on a shared
machine, and say so beside the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path

from _common import DEFAULT_WORK, dossier_bin, pct

from feed_update_bench import base_index


async def until(pilot, condition, timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the list did not settle")
        await pilot.pause(0.002)


async def scroll(index: Path, pane: str, key: str, rows_wanted: int) -> dict:
    from dossier.tui.app import DossierApp
    from dossier.tui.widgets.lists import QuoteList, ResultList

    app = DossierApp(index, None, check_stale=False)
    kind = ResultList if pane == "results" else QuoteList
    async with app.run_test(size=(120, 36)) as pilot:
        rows = app.screen.query_one(kind)
        await until(pilot, lambda: rows.records and rows.total is not None and not rows._filling)
        target = min(rows_wanted, rows.total) - 1
        app.screen.focus_pane(pane)
        await until(pilot, lambda: app.focused is rows)
        presses: list[tuple[float, bool]] = []  # (seconds, waited for a page)
        start = time.perf_counter()
        while (rows.highlighted or 0) < target:
            before, held = rows.highlighted or 0, len(rows.records)
            t = time.perf_counter()
            await pilot.press(key)

            def settled() -> bool:
                return (
                    ((rows.highlighted or 0) != before or len(rows.records) > held)  # at the last row held, a
                    and not rows._asked  # press waits for the page the cursor asked for, then moves no more
                    and not rows._filling
                    and rows.option_count >= len(rows.records)
                )

            try:
                await until(pilot, settled)
            except TimeoutError:
                state = f"row {rows.highlighted}, {len(rows.records)} held of {rows.total}, {rows.option_count} drawn"
                raise TimeoutError(f"{pane}: `{key}` did not settle ({state}, asked {rows._asked})") from None
            presses.append((time.perf_counter() - t, len(rows.records) > held))
        whole = time.perf_counter() - start
        return {"presses": presses, "whole": whole, "held": len(rows.records), "total": rows.total}


def report(pane: str, key: str, got: dict, rows: int) -> None:
    all_ = [s for s, _ in got["presses"]]
    paged = [s for s, loaded in got["presses"] if loaded]
    print(
        f"  {pane}, `{key}` to row {min(rows, got['total']):,}: "
        f"{len(all_)} presses in {got['whole']:.2f} s; per press p50 {pct(all_, 50) * 1000:.0f} ms, "
        f"p95 {pct(all_, 95) * 1000:.0f} ms, max {max(all_) * 1000:.0f} ms"
    )
    if paged:
        print(
            f"    the {len(paged)} presses that loaded a page: p50 {pct(paged, 50) * 1000:.0f} ms, "
            f"max {max(paged) * 1000:.0f} ms ({got['held']:,} of {got['total']:,} rows held at the end)"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", type=Path, help="an index with 2,000 articles or more")
    ap.add_argument("--rows", type=int, default=2000)
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK / "compare")
    ap.add_argument("--panes", nargs="+", default=["results", "quotes"], choices=["results", "quotes"])
    ap.add_argument("--keys", nargs="+", default=["pagedown", "end"], choices=["pagedown", "end"])
    args = ap.parse_args()
    index = args.index or base_index(args.work, dossier_bin())
    print(f"index {index}")
    for pane in args.panes:
        for key in args.keys:
            report(pane, key, asyncio.run(scroll(index, pane, key, args.rows)), args.rows)


if __name__ == "__main__":
    main()
