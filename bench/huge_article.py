"""A huge article in the source pane: how long opening it, G, a resize, n and N, and quitting take.

    python bench/huge_article.py                 # 0.01 (a long article), 1, 5 and 20 MB
    python bench/huge_article.py --sizes 1,5 --repeat 5   # in MB; the median of 5 runs
    python bench/huge_article.py --index DIR --query WORD   # the real explorer on an index whose
                                                 # biggest hit for WORD is the huge article

The articles are the bundled seeds' texts one after the other, over and over, to the size; their
marks are the seeds' own, from a real index of them (built once in --work with spaCy): every
copy has its junk and the matches of "Ushakov", and the copies in the first million characters
their mentions and quotes, as a build gives them (it analyses an article's first 1,000,000
characters: ANALYSIS_LIMIT in index/nlp/analyse.py). `--marks everywhere` gives every copy its
mentions and quotes (400,000 mentions in 20 MB). The pane is the real
SourceView in an app of its own (the explorer's .tcss), 120x40, headless under Pilot; each figure
is the time from the key (or call) to the frame drawn after it, in ms, wall (and CPU, which a busy
machine does not inflate); "!" marks a CPU time over 100 ms. "frame" is a frame with nothing to
do: what Pilot itself costs. "prepare" is `Shown.prepare()` (the text cut into blocks, the marks
sorted), which the explorer's article worker can run off the UI thread; "open" is then the pane's
own work (without a "prepare" figure, on older code, "open" is all of it). Run it on another commit's tui/ to compare (docs/RELIABILITY.md):
`PYTHONPATH=DIR python bench/huge_article.py` where DIR/dossier/tui and DIR/dossier/index hold it.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import gc
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import DEFAULT_WORK, ROOT, dossier_bin, machine  # noqa: E402

SEEDS = ROOT / "seeds"
QUERY = "Ushakov"
SLOW = 0.1  # seconds: what the explorer must stay under, whatever the article's size


def seeds_index(work: Path) -> Path:
    index = work / "seeds-index"
    if not (index / "manifest.json").exists():
        subprocess.run(
            [
                dossier_bin(),
                "index",
                "build",
                "--corpus",
                str(SEEDS),
                "--index",
                str(index),
                "--quiet",
                "--workers",
                "1",
            ],
            check=True,
        )
    return index


ANALYSED = 1_000_000  # index/nlp/analyse.py: ANALYSIS_LIMIT


def huge_shown(index: Path, megabytes: float, everywhere: bool = False):
    """A Shown of about megabytes of real text, with the marks the seeds' analysis gives it."""
    from dossier.index.read import Reader
    from dossier.tui.widgets.source import Shown, mention_type

    parts = []  # (text, junk, mentions, quotes, matches) of each seed article
    with Reader(index) as reader:
        for aid in reader.article_ids():
            view = reader.article(aid)
            parts.append(
                (
                    view.article.text,
                    [tuple(j) for j in view.article.junk],
                    [(m.start, m.end, mention_type(m)) for m in view.mentions],
                    [(q.start, q.end) for q in view.quotes],
                    [tuple(m) for m in reader.match_ranges(aid, QUERY)],
                )
            )
    shown = Shown(article_id=f"huge-{megabytes:g}mb")
    chunks: list[str] = []
    size, want = 0, int(megabytes * 1_000_000)
    while size < want:
        for text, junk, mentions, quotes, matches in parts:
            base = size
            chunks.append(text + "\n\n")
            size += len(text) + 2
            shown.junk += [(s + base, e + base) for s, e in junk]
            if everywhere or size <= ANALYSED:
                shown.mentions += [(s + base, e + base, k) for s, e, k in mentions]
                shown.quotes += [(s + base, e + base) for s, e in quotes]
            shown.matches += [(s + base, e + base) for s, e in matches]
    chunks.append("The final springbokian paragraph.\n")
    shown.text = "".join(chunks)
    return shown


async def timed(pilot, action) -> tuple[float, float]:
    """Seconds from the action to the frame drawn after it: wall time, and the process's CPU time
    (which the other processes of a busy machine do not inflate). A garbage collection first: one
    over the objects made before (the article's marks) would land on whichever action comes next."""
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    result = action()
    if asyncio.iscoroutine(result):
        await result
    await pilot.pause()
    await pilot.pause()
    return time.perf_counter() - t0, time.process_time() - c0


async def pane_figures(shown) -> dict[str, float]:
    from textual.app import App, ComposeResult

    import dossier.tui.app as tui_app
    from dossier.tui.widgets.source import SourceView

    class Pane(App):
        CSS_PATH = str(Path(tui_app.__file__).with_name("dossier.tcss"))

        def compose(self) -> ComposeResult:
            yield SourceView(id="source-view")

    figures: dict[str, tuple[float, float]] = {}
    app = Pane()
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.query_one(SourceView)
        view.focus()
        await pilot.pause()
        figures["frame"] = await timed(pilot, lambda: None)  # a frame with nothing to do: Pilot's cost
        if hasattr(shown, "prepare"):  # what the explorer's worker can do before it hands the article over
            gc.collect()
            t0, c0 = time.perf_counter(), time.process_time()
            shown.prepare()
            figures["prepare"] = time.perf_counter() - t0, time.process_time() - c0
        figures["open"] = await timed(pilot, lambda: view.show_article(shown))
        figures["G"] = await timed(pilot, lambda: pilot.press("G"))
        figures["resize"] = await timed(pilot, lambda: pilot.resize_terminal(100, 30))
        figures["n"] = await timed(pilot, lambda: pilot.press("n"))
        figures["N"] = await timed(pilot, lambda: pilot.press("N"))
        figures["g"] = await timed(pilot, lambda: pilot.press("g"))
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        app.exit()
    figures["quit"] = time.perf_counter() - t0, time.process_time() - c0
    return figures


async def explorer_figures(index: Path, query: str) -> dict[str, float]:
    """The real explorer on an index: search, open the first result, then the same keys."""
    from dossier.tui.app import DossierApp
    from dossier.tui.widgets.source import SourceView

    figures: dict[str, tuple[float, float]] = {}
    app = DossierApp(index, None, check_stale=False)
    async with app.run_test(size=(120, 40)) as pilot:
        while app.reader is None:
            await pilot.pause(0.05)
        await pilot.press("slash", *query, "enter")
        view = app.screen.query_one(SourceView)
        await pilot.pause(1.0)
        figures["frame"] = await timed(pilot, lambda: None)
        t0, c0 = time.perf_counter(), time.process_time()
        await pilot.press("enter")
        while not view.shown.article_id:
            await pilot.pause(0.01)
        await pilot.pause()
        figures["open"] = time.perf_counter() - t0, time.process_time() - c0
        figures["G"] = await timed(pilot, lambda: pilot.press("G"))
        figures["resize"] = await timed(pilot, lambda: pilot.resize_terminal(100, 30))
        figures["n"] = await timed(pilot, lambda: pilot.press("n"))
        figures["N"] = await timed(pilot, lambda: pilot.press("N"))
        figures["g"] = await timed(pilot, lambda: pilot.press("g"))
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        app.exit()
    figures["quit"] = time.perf_counter() - t0, time.process_time() - c0
    return figures


def show(label: str, figures: dict[str, tuple[float, float]]) -> None:
    """Wall ms (CPU ms) of each action; "!" when the CPU time alone is over SLOW."""
    cells = "  ".join(
        f"{k} {wall * 1000:.0f} ({cpu * 1000:.0f}){'!' if cpu > SLOW else ''}" for k, (wall, cpu) in figures.items()
    )
    print(f"{label:>8}  {cells}", flush=True)
    print(
        "ROW\t"
        + "\t".join([f"huge article {label}", *(f"{k} {wall * 1000:.0f} ms" for k, (wall, _cpu) in figures.items())])
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="0.01,1,5,20", help="article sizes in MB (default 0.01,1,5,20)")
    parser.add_argument(
        "--marks",
        choices=("analysed", "everywhere"),
        default="analysed",
        help="mentions and quotes in the first million characters (as a build gives "
        "them, the default), or in all of the text",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each size: the median is shown")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK)
    parser.add_argument("--index", type=Path, help="time the real explorer on this index instead")
    parser.add_argument("--query", default="springbokian", help="with --index: the search that finds it")
    args = parser.parse_args()

    import dossier.tui.widgets.source as source

    print(f"{machine()}\nSourceView from {source.__file__}", flush=True)
    if args.index:
        show("explorer", asyncio.run(explorer_figures(args.index, args.query)))
        return
    index = seeds_index(args.work)
    for mb in (float(s) for s in args.sizes.split(",")):
        shown = huge_shown(index, mb, everywhere=args.marks == "everywhere")
        label = f"{len(shown.text) / 1e6:.2g} MB"
        print(
            f"{label}: {len(shown.mentions):,} mentions, {len(shown.quotes):,} quotes, {len(shown.matches):,} matches",
            flush=True,
        )
        runs = [asyncio.run(pane_figures(dataclasses.replace(shown))) for i in range(args.repeat)]
        show(
            label,
            {k: (statistics.median(r[k][0] for r in runs), statistics.median(r[k][1] for r in runs)) for k in runs[0]},
        )


if __name__ == "__main__":
    main()
