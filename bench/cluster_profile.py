"""Where the cluster's analysis time goes: each batch's wall and CPU seconds inside the task, on
the forked workers and on a Dask LocalCluster's workers, the same batches of the same articles.

The build's own figures (cluster_bench.py) include start-up and the client; this isolates the
task: if a batch costs more CPU on a Dask worker than in a forked child, the worker process is
slower (its environment, its threads); if it costs the same CPU but more wall, the time goes to
waiting (the GIL, the cores). `--variant` runs the cluster with a Dask setting changed.

    python bench/cluster_profile.py [--size 500] [--forked] [--variant NAME ...] [--cprofile]
    python bench/cluster_profile.py --idle [--variant dask dossier]   # an idle cluster's own CPU
"""

from __future__ import annotations

import argparse
import cProfile
import io
import multiprocessing
import os
import pickle
import pstats
import time
from pathlib import Path

from _common import DEFAULT_WORK, machine, median, say

from cluster_bench import make_corpus

from dossier.index.nlp.cluster import LOCAL_CONFIG


def timed_batch(model: str, articles: list, profile: bool = False) -> tuple[float, float, int, str, float]:
    """(wall s, this thread's CPU s, bytes of the pickled result, profile text, the process's CPU s
    meanwhile: its other threads included) of one batch."""
    from dossier.index.nlp.analyse import analyse_batch

    prof = cProfile.Profile() if profile else None
    t0, c0, p0 = time.perf_counter(), time.thread_time(), time.process_time()
    if prof:
        prof.enable()
    anns = analyse_batch(model, articles)
    if prof:
        prof.disable()
    wall, cpu, pcpu = time.perf_counter() - t0, time.thread_time() - c0, time.process_time() - p0
    text = ""
    if prof:
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(12)
        text = out.getvalue()
    return wall, cpu, len(pickle.dumps(anns)), text, pcpu


def _init(model: str) -> None:
    from dossier.index.nlp.analyse import loaded_pipelines

    loaded_pipelines(model)


def run_forked(model: str, batches: list, workers: int, profile: bool) -> list:
    from dossier.index.nlp.analyse import loaded_pipelines

    loaded_pipelines(model)
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers) as pool:
        return list(pool.starmap(timed_batch, [(model, b, profile) for b in batches]))


TRIM = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"
VARIANTS = {
    "dask": {},  # Dask's defaults
    "no-profile": {"distributed.worker.profile.enabled": False},
    "no-trim": {TRIM: None},
    "no-profile-no-trim": {"distributed.worker.profile.enabled": False, TRIM: None},
    "dossier": LOCAL_CONFIG,  # what --cluster local runs with
}


def run_cluster(model: str, batches: list, workers: int, variant: str, profile: bool) -> list:
    import dask
    from distributed import Client, LocalCluster

    with dask.config.set(VARIANTS[variant]):
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            ) as cluster,
            Client(cluster) as client,
        ):
            client.run(_init, model)
            futures = [client.submit(timed_batch, model, b, profile, pure=False) for b in batches]
            return client.gather(futures)


def idle_overhead(workers: int, variant: str, seconds: float = 30.0) -> tuple[float, float]:
    """Percent of a core used by an idle LocalCluster over `seconds`: (this process, which holds
    the scheduler, the nannies and the client as a build's does; its worker processes)."""
    import dask
    import psutil
    from distributed import Client, LocalCluster

    me = psutil.Process()

    def cpu() -> tuple[float, float]:
        kids = 0.0
        for c in me.children(recursive=True):
            try:
                kids += sum(c.cpu_times()[:2])
            except psutil.Error:
                pass
        return sum(me.cpu_times()[:2]), kids

    with dask.config.set(VARIANTS[variant]):
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
            ) as cluster,
            Client(cluster),
        ):
            time.sleep(3)
            (p0, k0), t0 = cpu(), time.perf_counter()
            time.sleep(seconds)
            (p1, k1), dt = cpu(), time.perf_counter() - t0
    return 100 * (p1 - p0) / dt, 100 * (k1 - k0) / dt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK)
    ap.add_argument("--size", type=int, default=500)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--variant", nargs="*", default=["dask", "dossier"], choices=sorted(VARIANTS))
    ap.add_argument("--forked", action="store_true", help="also run the forked workers (first)")
    ap.add_argument("--cprofile", action="store_true", help="print the profile of the slowest batch")
    ap.add_argument("--idle", action="store_true", help="only the CPU an idle LocalCluster uses, per variant")
    args = ap.parse_args()
    if args.idle:
        say(f"load: {os.getloadavg()}")
        for variant in args.variant:
            own, kids = idle_overhead(args.workers, variant)
            say(f"idle cluster[{variant}], % of a core: this process {own:.2f}, its workers {kids:.2f}")
        return

    from dossier.index.ingest.load import load_corpus
    from dossier.index.nlp.analyse import batches_of
    from dossier.index.nlp.model import resolve_model

    say(machine())
    say(f"load: {os.getloadavg()}")
    folder, words = make_corpus(args.size, args.work)
    articles = [a for a in load_corpus(folder).articles]
    model = resolve_model(None)
    batches = batches_of(articles, args.workers)
    say(f"{len(articles)} articles, {words:,} words, {len(batches)} batches of {len(batches[0])}")
    runs = [("forked", None)] if args.forked else []
    runs += [("cluster", v) for v in args.variant]
    for name, variant in runs:
        t0 = time.perf_counter()
        if name == "forked":
            res = run_forked(model, batches, args.workers, args.cprofile)
        else:
            res = run_cluster(model, batches, args.workers, variant, args.cprofile)
        total = time.perf_counter() - t0
        walls, cpus, sizes = [r[0] for r in res], [r[1] for r in res], [r[2] for r in res]
        label = name if variant is None else f"cluster[{variant}]"
        say(
            f"{label}: {total:.1f} s in all; tasks: wall sum {sum(walls):.1f} s (median {median(walls):.2f}), "
            f"CPU sum {sum(cpus):.1f} s (median {median(cpus):.2f}), process CPU {sum(r[4] for r in res):.1f} s, CPU/wall {sum(cpus) / sum(walls):.2f}; "
            f"results {sum(sizes) / 1e6:.1f} MB pickled; load {os.getloadavg()[0]:.1f}"
        )
        if args.cprofile:
            slow = max(res, key=lambda r: r[0])
            say(slow[3])


if __name__ == "__main__":
    main()
