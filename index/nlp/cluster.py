"""The analysis on a Dask distributed cluster: `dossier index build --cluster ADDRESS`.

Users who outgrow one machine hand the analysis, which sets the build time, to a cluster they
already run. The seam is the one the forked workers use: a worker gets a batch of Articles and
returns their Annotations (analyse.analyse_batch, the same function on the same batches);
caching, resolving actors, grouping quotes and writing Whoosh stay on the machine that runs the
command. Faults are Dask's to handle (a lost worker's batches run again elsewhere); ours is to say
what went wrong in words a user can act on, naming the address, the worker and the model.

This module imports Dask; only a build given --cluster imports it (analyse.analyse).
"""

from __future__ import annotations

from typing import Any

import logging
import os
import threading
from concurrent.futures import CancelledError
from contextlib import contextmanager
from collections.abc import Iterator

import dask
from distributed import Client, KilledWorker, LocalCluster, WorkerPlugin, as_completed, get_worker

from .analyse import AnalysisError, Annotations, Progress, analyse_batch, batches_of, default_workers, loaded_pipelines
from .model import ModelNotFound, model_version, resolve_model
from ..records import Article

LOCAL = "local"  # --cluster local: a LocalCluster of --workers processes on this machine
CONNECT_TIMEOUT = 10  # seconds to reach a scheduler before saying it cannot be reached
WORKERS_TIMEOUT = 60  # seconds to wait for a scheduler's first worker
AHEAD = 3  # batches submitted per worker at a time: enough to keep it busy, not the whole corpus
PLUGIN = "dossier-model"

# Dask's defaults suit a long-lived cluster with a dashboard; a LocalCluster that only runs our
# batches, one CPU-bound task per worker for the length of a build, pays for them in CPU taken from
# spaCy (bench/cluster_profile.py, bench/cluster_bench.py: docs/SCALE.md has the figures).
LOCAL_CONFIG = {
    # A thread sampling the task's stack every 10 ms for the dashboard (we start none): each
    # sample takes the GIL from spaCy.
    "distributed.worker.profile.enabled": False,
    # glibc giving freed memory back to the OS whenever 64 kB are free at the top of the heap
    # (for Dask's memory accounting): the forked workers keep glibc's own behaviour, so do ours.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # The event loops' monitors (the scheduler, the nannies and the client share the build's
    # process): a tick 50 times a second in each, memory 10 and the system twice; once a second
    # (and the system every 5 s) is plenty for a build, and a worker's heartbeat is unchanged.
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    # Moving queued batches between workers that each run one at a time gains nothing; the
    # scheduler's look for batches to move runs 10 times a second.
    "distributed.scheduler.work-stealing": False,
}


class ClusterError(AnalysisError):
    """The cluster could not do the analysis; the message names what failed and where."""


class LoadModel(WorkerPlugin):
    """Loads the model once in each worker, as it joins; refuses a worker whose model is missing
    or not the version this machine records in the manifest (its annotations would differ)."""

    def __init__(self, model: str, version: str):
        self.model = model
        self.version = version

    def setup(self, worker: Any) -> None:
        try:
            resolve_model(self.model)
        except ModelNotFound as err:
            raise ClusterError(
                f"Dask worker {worker.address}: {err}; every worker needs the model this machine builds with"
            ) from None
        version = model_version(self.model)
        if version != self.version:
            raise ClusterError(
                f"Dask worker {worker.address} has spaCy pipeline {self.model} {version or '(unknown)'}, "
                f"this machine {self.version}: install the same version on both"
            )
        loaded_pipelines(self.model)


_ONE_AT_A_TIME = threading.Lock()  # a worker with several threads still runs one batch at a time


def run_batch(model: str, articles: list[Article]) -> list[Annotations]:
    """What a worker runs: analyse_batch, with an error that says where it happened."""
    with _ONE_AT_A_TIME:
        try:
            return analyse_batch(model, articles)
        except Exception as err:
            where = get_worker().address
            raise ClusterError(
                f"analysing articles {articles[0].id} .. {articles[-1].id} failed on Dask worker "
                f"{where}: {type(err).__name__}: {err}"
            ) from None


def analyse_on_cluster(
    articles: list[Article],
    model: str,
    address: str,
    workers: int | None = None,
    progress: Progress | None = None,
    batch_size: int = 16,
) -> list[Annotations]:
    """Annotations for each article, in order, analysed by the cluster's workers."""
    with _quiet(), _client(address, workers) as client:
        try:
            n_workers = _workers(client, address)
            try:
                _load_model(client, model)
                return _run(
                    client, batches_of(articles, n_workers, batch_size), model, n_workers, len(articles), progress
                )
            finally:
                _unload_model(client)
        except (CancelledError, OSError) as err:  # Dask cancels every future when the scheduler is lost
            raise ClusterError(
                f"lost the Dask scheduler at {address} during the analysis ({type(err).__name__}); "
                "the previous index is unchanged"
            ) from None


@contextmanager
def _quiet() -> Iterator[None]:
    """Dask's own log lines stay out of the build's stderr (a lost connection logs tracebacks from
    its background tasks): what failed is said once, by a ClusterError. DOSSIER_DEBUG keeps them."""
    if os.environ.get("DOSSIER_DEBUG"):
        yield
        return
    logging.disable(logging.CRITICAL)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


@contextmanager
def _client(address: str, workers: int | None) -> Iterator[Client]:
    """A client of the scheduler at address, or of a LocalCluster started here for "local"."""
    if address == LOCAL:
        with (
            dask.config.set(LOCAL_CONFIG),
            LocalCluster(
                n_workers=workers or default_workers(),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=logging.CRITICAL,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except ValueError as err:
        raise ClusterError(
            f"--cluster {address!r} is not a scheduler's address (tcp://host:8786, or local): {err}", code=2
        ) from None
    except (OSError, TimeoutError) as err:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({err}); the index is unchanged") from None
    try:
        yield client
    finally:
        try:
            client.close(timeout=CONNECT_TIMEOUT)
        except Exception:  # a scheduler already lost: nothing left to close politely
            pass


def _workers(client: Client, address: str) -> int:
    """How many workers the cluster has (waiting for a first one)."""
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
    except (TimeoutError, OSError) as err:
        raise ClusterError(
            f"the Dask scheduler at {address} has no workers (waited {WORKERS_TIMEOUT} s): "
            f"start some with `dask worker {address}`"
        ) from err
    return max(1, len(client.scheduler_info(n_workers=-1)["workers"]))


def _load_model(client: Client, model: str) -> None:
    """Load the model in every worker (and in those that join later); a worker that cannot
    fails here, before any article is sent, with its ClusterError."""
    client.register_plugin(LoadModel(model, model_version(model)), name=PLUGIN)


def _unload_model(client: Client) -> None:
    """Unregister the plugin, so that a worker joining the cluster later is not made to load our
    model (the workers keep it loaded: a next build starts at once)."""
    try:
        client.unregister_worker_plugin(PLUGIN)
    except Exception:  # the scheduler is gone, or the plugin never registered: nothing to undo
        pass


def _run(
    client: Client, batches: list[list[Article]], model: str, n_workers: int, total: int, progress: Progress | None
) -> list[Annotations]:
    """Submit the batches a few per worker at a time, gather them as they complete (progress per
    batch), and return their Annotations in article order."""
    results: list[list[Annotations] | None] = [None] * len(batches)
    index: dict[str, int] = {}
    queue = iter(range(len(batches)))
    done_articles = 0
    pending = as_completed()

    def submit_next() -> None:
        i = next(queue, None)
        if i is not None:
            future = client.submit(run_batch, model, batches[i], pure=False)
            index[future.key] = i
            pending.add(future)

    for _ in range(AHEAD * n_workers):
        submit_next()
    for future in pending:
        i = index.pop(future.key)
        results[i] = _result(future)
        future.release()
        done_articles += len(batches[i])
        if progress:
            progress("analysing", done_articles, total)
        submit_next()
    return [ann for batch in results for ann in batch or []]


def _result(future) -> list[Annotations]:
    try:
        return future.result()
    except KilledWorker as err:
        raise ClusterError(
            f"a batch of articles was lost with every Dask worker that ran it ({err}); see the workers' logs (memory?)"
        ) from None
