"""Round two of the reliability suite (issue 14), the index's items.

3. A crafted index must run nothing. Whoosh keeps pickles in its files (a table of contents holds
   the schema and the segment list): an index folder whose pickle names `os.system` must be
   reported as damaged (exit 3), and no command, no build, no explorer and no search process may
   run the payload, which here would create a marker file. The pickles on the search process's
   pipes are held to the same rule.
7. Damage inside a file (an overwrite of the same size) must give exit 3 with the rebuild
   command, never a raw error, and `index status` and a plain build must notice it through the
   checksums the manifest records.
"""

from __future__ import annotations

import io
import json
import os
import pickle
import random
import shutil
import sys
from pathlib import Path

import pytest

from dossier.index.paths import SEEDS
from dossier.index.read import IndexUnavailable, Reader

from rel_helpers import SEED_QUERIES, answers, count, dossier, no_traceback

pytestmark = pytest.mark.reliability

SHOW_ID = "000_3b6696d3e34a7f12"
READS = (
    ["search", "Ushakov", "--json"],
    ["search", "peace talks"],
    ["search", '"peace talks"'],
    ["search", "talk*"],
    ["search", "Ushakof~"],
    ["actors", "--json"],
    ["quotes", "--json"],
    ["quotes", "said"],
    ["show", SHOW_ID],
)


@pytest.fixture(scope="module")
def pristine(seeds_index):
    """The session's real index of seeds/ and the answers it gives (read-only: tests copy it)."""
    with Reader(seeds_index) as reader:
        return seeds_index, answers(reader, SEED_QUERIES)


def _copy(pristine, tmp_path) -> tuple[Path, Path]:
    ix = tmp_path / "index"
    shutil.copytree(pristine[0], ix)
    manifest = json.loads((ix / "manifest.json").read_text(encoding="utf-8"))
    return ix, ix / manifest["generation"]


def _current(ix: Path) -> str:
    return json.loads((ix / "manifest.json").read_text(encoding="utf-8"))["generation"]


def _payload(marker: Path) -> bytes:
    """A pickle that runs a shell command (creating marker) when it is unpickled."""
    return b"cos\nsystem\n(S'touch " + str(marker).encode() + b"'\ntR."


def _toc_parts(raw: bytes) -> tuple[int, int, int]:
    """Where a Whoosh table of contents holds its schema pickle (start, end) and its segment list."""
    from whoosh.filedb.structfile import StructFile

    f = StructFile(io.BytesIO(raw))
    for _ in range(3):
        f.read_varint()
    f.read_int()
    f.read_int()
    for _ in range(3):
        f.read_varint()
    start = f.tell()
    f.read_string()
    end = f.tell()
    f.read_int()
    f.read_int()
    return start, end, f.tell()


def _consistent(ix: Path, name: str) -> None:
    """What an attacker who hands over a folder can do: make the manifest agree with the files."""
    data = json.loads((ix / "manifest.json").read_text(encoding="utf-8"))
    path = ix / data["generation"] / name
    data["store_files"][name] = path.stat().st_size
    if name in data.get("store_sums", {}):
        from dossier.index.store import checksums

        data["store_sums"][name] = [path.stat().st_mtime_ns, checksums.sha256_file(path)]
    (ix / "manifest.json").write_text(json.dumps(data), encoding="utf-8")


def craft(ix: Path, gen: Path, marker: Path, where: str, index: str = "actors") -> None:
    """Put the payload in place of the schema or of the segment list of one table of contents."""
    from whoosh.util.varints import varint

    (toc,) = gen.glob(f"_{index}_*.toc")
    raw = toc.read_bytes()
    start, end, segments = _toc_parts(raw)
    payload = _payload(marker)
    toc.write_bytes(
        raw[:start] + varint(len(payload)) + payload + raw[end:] if where == "schema" else raw[:segments] + payload
    )
    _consistent(ix, toc.name)
    count("faults injected: crafted pickle")


WHERE = ["schema", "segments"]


@pytest.mark.parametrize("where", WHERE)
def test_a_crafted_index_runs_nothing_and_exits_3(pristine, tmp_path, where):
    ix, gen = _copy(pristine, tmp_path)
    marker = tmp_path / "PWNED"
    craft(ix, gen, marker, where)
    for args in READS[:1] + READS[5:]:
        proc = dossier(*args, "--index", ix, timeout=60)
        no_traceback(proc)
        assert not marker.exists(), f"{args} ran the payload"
        assert proc.returncode == 3, (args, proc.returncode, proc.stderr)
        assert proc.stdout == ""
        assert "damaged" in proc.stderr and str(ix) in proc.stderr and "dossier index build" in proc.stderr
        assert "os.system" in proc.stderr, proc.stderr  # says what it refused
    with pytest.raises(IndexUnavailable, match="damaged"):
        Reader(ix)
    assert not marker.exists()


def test_every_table_of_contents_is_guarded(pristine, tmp_path):
    """The payload in each of the three indexes, and in a build's check of the previous index."""
    for index in ("articles", "quotes", "actors"):
        ix, gen = _copy(pristine, tmp_path / index)
        marker = tmp_path / f"PWNED-{index}"
        craft(ix, gen, marker, "schema", index)
        with pytest.raises(IndexUnavailable, match="os.system"):
            Reader(ix)
        assert not marker.exists()


def test_a_plain_build_replaces_a_crafted_index_without_running_it(pristine, tmp_path):
    ix, gen = _copy(pristine, tmp_path)
    marker = tmp_path / "PWNED"
    craft(ix, gen, marker, "segments", "articles")
    proc = dossier("index", "build", "--corpus", SEEDS, "--index", ix, "--workers", "1", "--quiet")
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert not marker.exists()
    assert _current(ix) != gen.name  # a new generation replaced the crafted one
    with Reader(ix) as reader:
        assert answers(reader, SEED_QUERIES) == pristine[1]


def test_the_search_process_runs_nothing_from_a_crafted_index(pristine, tmp_path):
    from dossier.index.search_process import SearchProcess

    ix, gen = _copy(pristine, tmp_path)
    marker = tmp_path / "PWNED"
    craft(ix, gen, marker, "schema", "articles")
    process = SearchProcess(ix)  # the child opens the index itself
    try:
        with pytest.raises(IndexUnavailable, match="damaged"):
            process.search(gen.name, "Ushakov", None, 100, 300)
        assert process.alive()
    finally:
        process.close()
    assert not marker.exists()


async def test_the_explorer_runs_nothing_from_a_crafted_index(pristine, tmp_path):
    from dossier.tui.app import DossierApp
    from tui_fixtures import wait_for

    ix, gen = _copy(pristine, tmp_path)
    marker = tmp_path / "PWNED"
    craft(ix, gen, marker, "schema", "actors")
    app = DossierApp(ix, None, check_stale=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.open_error is not None, timeout=30)
        assert "damaged" in app.open_error and "os.system" in app.open_error
        assert app.reader is None and app.is_running
    assert not marker.exists()


def test_a_crafted_request_on_the_pipe_runs_nothing(pristine, tmp_path):
    """The child unpickles its requests with an allowlist: a payload ends it (the explorer then
    searches in a thread), and runs nothing."""
    from dossier.index.search_process import SearchProcess

    marker = tmp_path / "PWNED"
    process = SearchProcess(pristine[0])
    try:
        process._send.send_bytes(_payload(marker))
        process._process.wait(timeout=30)
    finally:
        process.close()
    assert not marker.exists()


def test_a_crafted_reply_on_the_pipe_runs_nothing(pristine, tmp_path):
    """The explorer's side unpickles replies with an allowlist of the read API's records: a reply
    naming os.system is refused, the search process counts as lost, nothing runs."""
    from multiprocessing.connection import Connection

    from dossier.index.search_process import SearchProcess, SearchProcessLost

    marker = tmp_path / "PWNED"
    process = SearchProcess(pristine[0])
    read_end, write_end = os.pipe()
    process._recv.close()
    process._recv = Connection(read_end, writable=False)
    replies = Connection(write_end, readable=False)
    try:
        replies.send_bytes(_payload(marker))
        with pytest.raises(SearchProcessLost, match="should not"):
            process.search("gen-x", "Ushakov", None, 100, 300)
    finally:
        replies.close()
        process.close()
    assert not marker.exists()


def test_replies_carry_the_read_apis_records(pristine):
    """What the allowlist must let through: results with hits and snippets, quotes, its errors."""
    from dossier.index.read import QueryError
    from dossier.index.search_process import REPLIES, encode, replyable

    def back_from(obj):
        return REPLIES(io.BytesIO(encode(obj))).load()

    with Reader(pristine[0]) as reader:
        reply = (1, "ok", (reader.search("Ushakov"), reader.quotes(query="said")))
        assert back_from(reply) == reply
    for err in (QueryError("bad"), IndexUnavailable("gone"), OSError(5, "I/O error"), KeyError("x")):
        back = back_from(replyable(err))
        assert type(back) is type(err) and back.args == err.args
    from whoosh.reading import ReaderClosed  # an error of Whoosh's crosses as a RuntimeError that names it

    back = back_from(replyable(ReaderClosed("closed")))
    assert isinstance(back, RuntimeError) and "ReaderClosed" in str(back)


def test_replies_cross_after_a_library_registers_exception_reducers():
    """distributed (the cluster's library) installs tblib's reducers for every exception class
    process-wide; a reply must still cross as the allowlist reads it, whatever was imported
    before. In a fresh process, so that the reducers stay out of this one."""
    import subprocess

    code = (
        "import io, tblib.pickling_support\n"
        "tblib.pickling_support.install()\n"
        "from dossier.index.read import QueryError\n"
        "from dossier.index.search_process import REPLIES, encode, replyable\n"
        "for err in (QueryError('bad'), OSError(5, 'I/O error'), KeyError('x')):\n"
        "    back = REPLIES(io.BytesIO(encode((1, 'error', replyable(err))))).load()[2]\n"
        "    assert type(back) is type(err) and back.args == err.args, back\n"
        "print('crossed')\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.strip() == "crossed", run.stderr[-2000:]


def test_no_module_of_whoosh_unpickles_freely(pristine):
    """After the store is imported and every kind of read has run, no module of Whoosh holds
    pickle's own load or loads (a new pickle reader after an upgrade of the pin fails here), and
    the old table of contents format, read with an unrestricted unpickler, is gone."""
    import whoosh.index

    with Reader(pristine[0]) as reader:
        answers(reader, SEED_QUERIES)
        reader.suggest("Ushakof")
        reader.match_ranges(SHOW_ID, "talk* Ushakof~")
    from dossier.index.store import safe_pickle, whoosh_fixes

    free = {pickle.load, pickle.loads}
    holders = [
        f"{name}.{attr}"
        for name, module in list(sys.modules.items())
        if name.startswith("whoosh")
        for attr, value in vars(module).items()
        if any(value is f for f in free)
        or value is pickle
        or (
            isinstance(value, type)
            and issubclass(value, pickle.Unpickler)
            and value.find_class not in (safe_pickle.Restricted.find_class, whoosh_fixes.refuse)
        )
    ]
    assert holders == []
    assert whoosh.index.toc_loaders == {}


# -- 7. damage inside a file ------------------------------------------------------------------


def _store_files(gen: Path) -> list[str]:
    return sorted(p.name for p in gen.iterdir() if p.stat().st_size > 0 and not p.name.endswith("_WRITELOCK"))


def overwrite(path: Path, at: int, n: int, rng: random.Random) -> None:
    """n bytes of path from `at` replaced by random ones: the same size, another content."""
    data = bytearray(path.read_bytes())
    n = min(n, len(data) - at)
    data[at : at + n] = bytes(rng.randrange(256) for _ in range(n))
    path.write_bytes(bytes(data))
    count("faults injected: same-size overwrite")


def _reads_of(reader: Reader) -> None:
    """Every kind of read the commands and the explorer make."""
    for q in ("Ushakov", "peace talks", '"peace talks"', "talk*", "Ushakof~", "*", "actor:zelensky"):
        for h in reader.search(q, limit=100).hits:
            h.snippet_text()
        reader.quotes(query=q)
    reader.quotes()
    reader.titles()
    for aid in reader.article_ids():
        reader.article(aid)
        reader.match_ranges(aid, "peace talk*")


def test_same_size_overwrites_answer_or_say_damaged(pristine, tmp_path):
    """Every store file overwritten at its start and in its middle (64 random bytes): the Reader
    answers, or raises IndexUnavailable with the rebuild command; never another error."""
    rng = random.Random(14)
    raw_errors = []
    for name in _store_files(Path(_copy(pristine, tmp_path / "probe")[1])):
        for where in ("start", "middle"):
            ix, gen = _copy(pristine, tmp_path / f"{name}-{where}")
            size = (gen / name).stat().st_size
            overwrite(gen / name, 0 if where == "start" else size // 2, 64, rng)
            try:
                with Reader(ix) as reader:
                    _reads_of(reader)
            except IndexUnavailable as err:
                assert "damaged" in str(err) and f"dossier index build --full --index {ix}" in str(err)
            except Exception as err:  # any error at all: what this test looks for
                raw_errors.append(f"{name} ({where}): {type(err).__name__}: {err}")
            shutil.rmtree(ix.parent)
    assert raw_errors == []


@pytest.mark.parametrize("kind", ["articles_*._stored.col", "quotes_*._stored.col", "quotes_*.pst"])
def test_commands_exit_3_on_an_overwritten_file(pristine, tmp_path, kind):
    """The files whose damage gave exit 1 ("Error -3 while decompressing", "Block tag error")."""
    ix, gen = _copy(pristine, tmp_path)
    (path,) = gen.glob(kind)
    overwrite(path, 0, 64, random.Random(7))
    codes = {}
    for args in READS:
        proc = dossier(*args, "--index", ix, timeout=60)
        no_traceback(proc)
        codes[" ".join(args)] = proc.returncode
        assert proc.returncode in (0, 3), (args, proc.stderr)
        if proc.returncode == 3:
            assert "damaged" in proc.stderr and path.name in proc.stderr and "dossier index build" in proc.stderr
            assert proc.stdout == "" and proc.stderr.count("\n") <= 2
    assert 3 in codes.values(), codes  # the damage was met


def test_status_finds_a_file_overwritten_in_place(pristine, tmp_path):
    ix, gen = _copy(pristine, tmp_path)
    proc = dossier("index", "status", "--index", ix, "--corpus", SEEDS)
    assert proc.returncode == 0 and "up to date" in proc.stdout, proc.stdout + proc.stderr
    (pst,) = gen.glob("articles_*.pst")
    overwrite(pst, pst.stat().st_size // 2, 16, random.Random(3))
    proc = dossier("index", "status", "--index", ix, "--corpus", SEEDS)
    no_traceback(proc)
    assert proc.returncode == 3
    assert "damaged" in proc.stderr and pst.name in proc.stderr and "dossier index build" in proc.stderr
    proc = dossier("index", "status", "--json", "--index", ix, "--corpus", SEEDS)
    doc = json.loads(proc.stdout)
    assert proc.returncode == 3 and doc["stale"] is True and pst.name in doc["error"]


def test_a_plain_build_repairs_a_file_overwritten_in_place(pristine, tmp_path):
    """Damage the Reader cannot see (it checks sizes only) is found by the build's checksums: the
    explorer's automatic build (a plain build when `is_stale`) repairs it."""
    from dossier.index.status import is_stale

    ix, gen = _copy(pristine, tmp_path)
    (pst,) = gen.glob("articles_*.pst")
    overwrite(pst, pst.stat().st_size // 2, 16, random.Random(3))
    assert is_stale(SEEDS, ix)
    proc = dossier("index", "build", "--corpus", SEEDS, "--index", ix, "--workers", "1")
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert "up to date" not in proc.stderr + proc.stdout
    assert _current(ix) != gen.name
    assert not is_stale(SEEDS, ix)
    with Reader(ix) as reader:
        assert answers(reader, SEED_QUERIES) == pristine[1]
    count("results compared after a damaged index was rebuilt", len(pristine[1]))


def test_checksums_hold_after_an_update_in_place(pristine, tmp_path):
    """An update in place hard-links the previous files and keeps their checksums: every recorded
    checksum is the file's (a full check), and an untouched index needs no hashing."""
    from dossier.index.store import checksums
    from dossier.index.store.manifest import read_manifest

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    ix = tmp_path / "index"
    proc = dossier("index", "build", "--corpus", corpus, "--index", ix, "--workers", "1", "--quiet")
    assert proc.returncode == 0, proc.stderr
    first = sorted(corpus.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nA new closing line about Ushakov.\n", encoding="utf-8")
    proc = dossier("index", "build", "--corpus", corpus, "--index", ix, "--workers", "1", "--quiet")
    assert proc.returncode == 0, proc.stderr
    m = read_manifest(ix)
    assert m.updated > 0  # it was an update in place
    gen = ix / m.generation
    assert (
        set(m.store_sums)
        == set(m.store_files)
        == set(_store_files(gen))
        | {p.name for p in gen.iterdir() if p.stat().st_size == 0 and not p.name.endswith("_WRITELOCK")}
    )
    assert checksums.changed(gen, m.store_sums, full=True) is None
