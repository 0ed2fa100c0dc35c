"""Round two (issue 14), hostile input: lone surrogates and a 5,000-digit number in JSON Lines,
invisible and direction marks, lone ESC and CSI, control characters in file names, a folder that
cannot be read, spreadsheet formulas in CSV cells, bad --limit and --speaker values, the
explorer started without a terminal, and symlinks that leave the corpus.

One real build (`dossier index build`, one worker) reads a corpus holding all of the input
attacks; the command-line attacks run on the seeds' index. Each test names its item of issue 14.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from dossier.index.read import Reader

from rel_helpers import ROOT, count, dossier, dossier_cmd, env, no_traceback

pytestmark = pytest.mark.reliability

# Characters that hide, reorder or fake text (item 8), each given by its code point.
INVISIBLE = {
    "LRM": "\u200e",
    "RLM": "\u200f",
    "ALM": "\u061c",
    "LINE SEPARATOR": "\u2028",
    "PARAGRAPH SEPARATOR": "\u2029",
    "TAG LATIN SMALL LETTER A": "\U000e0061",
    "LANGUAGE TAG": "\U000e0001",
    "INTERLINEAR ANCHOR": "\ufff9",
    "INTERLINEAR SEPARATOR": "\ufffa",
    "INTERLINEAR TERMINATOR": "\ufffb",
    "FUNCTION APPLICATION": "\u2061",
    "INVISIBLE TIMES": "\u2062",
    "INVISIBLE SEPARATOR": "\u2063",
    "INVISIBLE PLUS": "\u2064",
    "SOFT HYPHEN": "\u00ad",
}
# What a terminal acts on or what hides text: C0 (but newline and tab), DEL, C1, bidi controls,
# zero-width and the invisible marks above, lone surrogates.
UNSAFE = (
    set(INVISIBLE.values())
    | {chr(c) for c in range(0x20) if chr(c) not in "\n\t"}
    | {chr(c) for c in range(0x7F, 0xA0)}
    | set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u2060\ufeff")
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _unsafe_in(text: str) -> list[str]:
    return sorted(
        {
            f"U+{ord(ch):04X}"
            for ch in text
            if ch in UNSAFE or 0xE0000 <= ord(ch) <= 0xE007F or 0xD800 <= ord(ch) <= 0xDFFF
        }
    )


def _jsonl(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _without_dac_override() -> list[str] | None:
    """A command prefix under which root obeys file permissions (tests run as root, and root reads
    a folder of mode 000 otherwise): drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH. [] when not
    root; None when root cannot drop them here."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"]
    probe = subprocess.run(prefix + ["true"], capture_output=True)
    return prefix if probe.returncode == 0 else None


@pytest.fixture(scope="module")
def attacked(tmp_path_factory):
    """One corpus holding every input attack, built once by the real command."""
    root = tmp_path_factory.mktemp("round2-input")
    c = root / "corpus"
    c.mkdir()
    (c / "plain.txt").write_text("Plain news\n\nThe aardvarkian report is ordinary.\n", encoding="utf-8")

    # Item 1: lone surrogates, as a scraper writes a cut emoji (JSON escapes, valid JSON).
    (c / "cut.jsonl").write_text(
        _jsonl(
            '{"text": "The bonoboish line is fine."}',
            '{"text": "The caracalish scraper cut an emoji \\ud83d"}',
            '{"title": "Cut \\udc00 title", "text": "The dugongish title is broken."}',
            '{"source": "Src \\ud800", "text": "The echidnian source is broken."}',
            '{"url": "https://news.example/\\udfff", "text": "The fossaish url is broken."}',
            '{"id": "id-\\ud800", "text": "The gharialish id is broken."}',
        ),
        encoding="utf-8",
    )

    # Item 5: a 5,000-digit number in one record.
    (c / "big.jsonl").write_text(
        _jsonl(
            '{"text": "The hyraxian record comes before."}',
            '{"text": "The ibisian record holds a huge number.", "count": 1' + "0" * 5000 + "}",
            '{"text": "The jacanaish record comes after."}',
        ),
        encoding="utf-8",
    )

    # Item 8: invisible marks in the text and in a file name (the article id), lone ESC and CSI.
    marks = "".join(ch for ch in INVISIBLE.values() if ch not in "\u2028\u2029")
    (c / "in\u200evis\u00adible\U000e0041\u2063.txt").write_text(
        f"Invisible{INVISIBLE['LRM']} marks\n\nThe kinkajou{marks}ish note: co\u00adoperation "
        f"\u200fright\u200e and {INVISIBLE['TAG LATIN SMALL LETTER A']}tagged.\u2028A new line."
        f"\u2029A new paragraph.\n",
        encoding="utf-8",
    )
    (c / "lone.txt").write_text(
        "Lone controls\n\nThe lemurine text has a lone \x9b and a lone \x1bAnd more, "
        "and a lone \x1bPresident said so.\n",
        encoding="utf-8",
    )

    # Found on the way: a file name that is not UTF-8 (bytes from a Latin-1 system) failed the build.
    (c / os.fsdecode(b"caf\xe9.txt")).write_text(
        "Latin name\n\nThe rheaish file has a Latin-1 name.\n", encoding="utf-8"
    )

    # Item 11: cells a spreadsheet would run as formulas.
    (c / "formulas.jsonl").write_text(
        _jsonl(
            json.dumps(
                {
                    "id": "-minus",
                    "title": '=HYPERLINK("http://evil.example","click me")',
                    "source": "@SUM(1+1)",
                    "text": 'The margayish article quotes a formula. "=SUM(A1:A9) is all it takes," said Anna Example.',
                }
            )
        ),
        encoding="utf-8",
    )

    # Item 14: symlinks that leave the corpus (a file, /etc/passwd, a folder) and one that stays.
    outside = root / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret\n\nThe numbatish secret lives outside the corpus.\n", encoding="utf-8")
    os.symlink("../outside/secret.txt", c / "leak.txt")
    os.symlink("/etc/passwd", c / "passwd.txt")
    os.symlink(outside, c / "outdir")
    (c / ".store").mkdir()
    (c / ".store" / "inner.txt").write_text("Inner\n\nThe ocelotish text is linked from inside.\n", encoding="utf-8")
    os.symlink(".store/inner.txt", c / "inside.txt")

    # Item 10: a folder that cannot be read (mode 000; root must lose CAP_DAC_OVERRIDE to feel it).
    locked = c / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text("Hidden\n\nThe pikaish text sits in a locked folder.\n", encoding="utf-8")
    locked.chmod(0)
    prefix = _without_dac_override()
    if prefix is not None:
        probe = subprocess.run(prefix + ["ls", str(locked)], capture_output=True)
        assert probe.returncode != 0, "the locked folder is readable: the test would prove nothing"

    index_dir = root / "index"
    cmd = (
        (prefix or [])
        + dossier_cmd()
        + ["index", "build", "--corpus", str(c), "--index", str(index_dir), "--workers", "1"]
    )
    proc = subprocess.run(
        cmd, capture_output=True, text=True, timeout=300, cwd=ROOT, env=env(), encoding="utf-8", errors="replace"
    )
    locked.chmod(0o755)
    count("faults injected: round 2 hostile input", 14)
    yield c, index_dir, proc, prefix is not None


def _run(index_dir: Path, *args) -> subprocess.CompletedProcess:
    proc = dossier(*args, "--index", index_dir, timeout=120)
    no_traceback(proc)
    return proc


def test_the_build_survives_every_input_attack(attacked):
    _, index_dir, proc, _ = attacked
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr[-3000:]
    with Reader(index_dir) as reader:
        for marker in ("aardvarkian", "bonoboish", "hyraxian", "jacanaish", "margayish", "ocelotish", "lemurine"):
            assert reader.search(marker).total == 1, marker


def test_lone_surrogates_are_replaced_with_a_note_and_every_command_works(attacked):
    """Item 1."""
    c, index_dir, proc, _ = attacked
    assert proc.returncode == 0, proc.stderr[-3000:]
    for line, field in ((2, "text"), (3, "title"), (4, "source"), (5, "url"), (6, "id")):
        notes = [x for x in proc.stderr.splitlines() if x.startswith(f"note: cut.jsonl:{line}: ")]
        assert notes and field in notes[0] and "U+FFFD" in notes[0], (line, proc.stderr)
    with Reader(index_dir) as reader:
        ids = {aid: reader.article(aid).article for aid in reader.article_ids() if aid.startswith(("cut", "id-"))}
    assert sorted(ids) == ["cut:1", "cut:2", "cut:3", "cut:4", "cut:5", "id-\ufffd"]
    assert ids["cut:2"].text.endswith("emoji \ufffd")
    assert ids["cut:3"].title == "Cut \ufffd title"
    assert ids["cut:4"].source == "Src \ufffd" and ids["cut:5"].url == "https://news.example/\ufffd"

    everything = _run(index_dir, "search", "*", "--json", "--limit", "100")
    assert everything.returncode == 0, everything.stderr
    assert {h["id"] for h in json.loads(everything.stdout)["hits"]} >= set(ids)
    table = _run(index_dir, "search", "*", "--csv", "--limit", "100")
    assert table.returncode == 0, table.stderr
    assert len(list(csv.DictReader(io.StringIO(table.stdout)))) == json.loads(everything.stdout)["total"]
    for aid in ids:
        shown = _run(index_dir, "show", aid, "--json")
        assert shown.returncode == 0, (aid, shown.stderr)
        assert json.loads(shown.stdout)["title"] == ids[aid].title
        assert _run(index_dir, "show", aid).returncode == 0
    count("results compared: round 2 surrogates", 5 + 2 + 2 * len(ids))


def test_one_bad_record_is_skipped_with_a_note_never_the_build(attacked):
    """Item 5."""
    _, index_dir, proc, _ = attacked
    assert proc.returncode == 0, proc.stderr[-3000:]
    [note] = [x for x in proc.stderr.splitlines() if "big.jsonl:2" in x]
    assert note.startswith("skipped: big.jsonl:2: ") and "4300 digits" in note, note
    with Reader(index_dir) as reader:
        assert [reader.search(w).total for w in ("hyraxian", "ibisian", "jacanaish")] == [1, 0, 1]
        assert reader.manifest.skipped and any(s.startswith("big.jsonl:2:") for s in reader.manifest.skipped)


def test_invisible_marks_and_lone_controls_never_reach_the_output(attacked):
    """Item 8."""
    _, index_dir, proc, _ = attacked
    with Reader(index_dir) as reader:
        assert "invisible" in reader.article_ids(), reader.article_ids()
        view = reader.article("invisible")
        assert reader.search("kinkajouish").total == 1 and reader.search("cooperation").total == 1
        lone = reader.article("lone").article.text
    assert view.article.title == "Invisible marks"
    assert "lone  and a lone And more, and a lone President said so." in lone, lone
    for args in (
        ("show", "invisible", "--json"),
        ("show", "invisible"),
        ("show", "lone"),
        ("search", "kinkajouish", "--json"),
        ("search", "kinkajouish", "--csv"),
        ("search", "lemurine"),
    ):
        out = _run(index_dir, *args)
        assert out.returncode == 0, (args, out.stderr)
        assert not _unsafe_in(out.stdout), (args, _unsafe_in(out.stdout))
    doc = json.loads(_run(index_dir, "show", "invisible", "--json").stdout)
    assert "cooperation right and tagged.\nA new line.\n\nA new paragraph." in doc["text"], doc["text"]
    assert not _unsafe_in(proc.stderr), _unsafe_in(proc.stderr)
    count("results compared: round 2 invisible marks", 9)


def test_a_file_name_that_is_not_utf8_is_indexed_under_a_printable_id(attacked):
    """Found while testing items 1 and 9: a name with a Latin-1 byte failed the whole build
    (UnicodeEncodeError, naming no file)."""
    c, index_dir, proc, _ = attacked
    assert proc.returncode == 0, proc.stderr[-3000:]
    with Reader(index_dir) as reader:
        assert [h.id for h in reader.search("rheaish").hits] == ["caf\\xe9"]
    shown = _run(index_dir, "show", "caf\\xe9", "--json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["path"] == "caf\\xe9.txt"
    status = _run(index_dir, "index", "status", "--json", "--corpus", c)
    assert status.returncode == 0 and "caf\\xe9.txt" not in json.loads(status.stdout)["added"]


def test_status_json_escapes_control_and_bidi_characters_in_file_names(attacked):
    """Item 9: the names reach the JSON (a program reading it gets them back), but as escapes."""
    c, index_dir, _, _ = attacked
    names = ["c1\x9bname.txt", "bidi\u202eevil\u2066.txt", "mark\u200ename\u2028.txt"]
    for name in names:
        (c / name).write_text("New\n\nThe quollish file has a hostile name.\n", encoding="utf-8")
    try:
        out = _run(index_dir, "index", "status", "--json", "--corpus", c)
        assert out.returncode == 0, out.stderr
        assert not _unsafe_in(out.stdout), _unsafe_in(out.stdout)
        added = set(json.loads(out.stdout)["added"])
        assert added - {"locked/hidden.txt"} == set(names), added  # the locked folder is open again
        human = _run(index_dir, "index", "status", "--corpus", c)
        assert human.returncode == 0 and not _unsafe_in(human.stdout + human.stderr)
    finally:
        for name in names:
            (c / name).unlink()
    count("results compared: round 2 status names", 2)


def test_an_unreadable_folder_is_reported_by_its_path(attacked):
    """Item 10. As root, the build runs without CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH (setpriv),
    so the folder of mode 000 really cannot be read."""
    _, index_dir, proc, could_lock = attacked
    if not could_lock:
        pytest.skip("running as root and setpriv cannot drop CAP_DAC_OVERRIDE here")
    lines = [x for x in proc.stderr.splitlines() if x.startswith("skipped: locked")]
    assert lines and "cannot read" in lines[0] and "Permission denied" in lines[0], proc.stderr
    with Reader(index_dir) as reader:
        assert reader.search("pikaish").total == 0
        assert any(s.startswith("locked/") for s in reader.manifest.skipped)


def test_csv_cells_cannot_run_as_formulas(attacked):
    """Item 11 (OWASP CSV injection: a cell starting with = + - @ tab or CR gets a leading ')."""
    _, index_dir, _, _ = attacked
    rows = []
    for args in (("search", "margayish", "--csv"), ("quotes", "--csv", "--limit", "500"), ("actors", "--csv")):
        out = _run(index_dir, *args)
        assert out.returncode == 0, (args, out.stderr)
        rows.append(list(csv.reader(io.StringIO(out.stdout))))
    for table in rows:
        for row in table:
            assert not any(cell.startswith(FORMULA_STARTS) for cell in row), row
    [hit] = rows[0][1:]
    assert hit[:3] == ["'-minus", '\'=HYPERLINK("http://evil.example","click me")', "'@SUM(1+1)"], hit
    quoted = [r for r in rows[1][1:] if r[1] == "'-minus"]
    assert quoted and quoted[0][2].startswith("'=SUM(A1:A9)"), quoted
    # JSON is data, not a spreadsheet: it keeps the values as they are.
    doc = json.loads(_run(index_dir, "search", "margayish", "--json").stdout)
    assert doc["hits"][0]["id"] == "-minus" and doc["hits"][0]["title"].startswith("=HYPERLINK")
    count("results compared: round 2 csv", 3)


def test_symlinks_are_followed_only_inside_the_corpus(attacked):
    """Item 14."""
    c, index_dir, proc, _ = attacked
    for name in ("leak.txt", "passwd.txt", "outdir/"):
        lines = [x for x in proc.stderr.splitlines() if x.startswith(f"skipped: {name}: ")]
        assert lines and "outside the corpus" in lines[0], (name, proc.stderr)
    with Reader(index_dir) as reader:
        assert reader.search("numbatish").total == 0
        assert reader.article("passwd") is None and reader.article("leak") is None
        assert reader.search("root").total == 0
        assert [h.id for h in reader.search("ocelotish").hits] == ["inside"]
    # The links are seen the same way by `index status`: neither new nor changed since the build.
    status = _run(index_dir, "index", "status", "--json", "--corpus", c)
    assert status.returncode == 0, status.stderr
    doc = json.loads(status.stdout)
    assert not {"leak.txt", "passwd.txt", "outdir/", "inside.txt"} & set(doc["added"] + doc["changed"]), doc


# -- the command line, on the seeds' index ----------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("search", "peace", "--limit", "0"),
        ("search", "peace", "--limit", "-1"),
        ("actors", "--limit", "0"),
        ("actors", "--limit", "-1"),
        ("quotes", "--limit", "0"),
        ("quotes", "--limit", "-1"),
    ],
)
def test_bad_limits_exit_2_with_a_plain_message(seeds_index, args):
    """Item 12."""
    out = _run(seeds_index, *args)
    assert out.returncode == 2, (out.returncode, out.stdout[:300], out.stderr)
    assert out.stdout == "" and "--limit" in out.stderr and "at least 1" in out.stderr, out.stderr
    count("faults injected: round 2 command line")


def test_a_thousand_word_speaker_is_refused_plainly(seeds_index):
    """Item 12: a 1,000-word --speaker ran Whoosh out of stack (exit 1, RecursionError)."""
    out = _run(seeds_index, "quotes", "--speaker", " ".join(["Putin"] * 1000))
    assert out.returncode == 2, (out.returncode, out.stderr)
    assert out.stdout == "" and "--speaker" in out.stderr and "Error" not in out.stderr, out.stderr
    short = _run(seeds_index, "quotes", "--speaker", "Ushakov", "--json")
    assert short.returncode == 0 and json.loads(short.stdout)
    count("faults injected: round 2 command line")


def test_the_explorer_without_a_terminal_says_so(seeds_index):
    """Item 13: stdout a pipe (and no terminal on stdin): no escapes, a message, exit 2."""
    proc = subprocess.run(
        dossier_cmd() + ["--corpus", str(ROOT / "seeds"), "--index", str(seeds_index)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env(),
        encoding="utf-8",
        errors="replace",
    )
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-500:])
    assert proc.stdout == "" and "\x1b" not in proc.stderr, proc.stderr[-500:]
    assert "terminal" in proc.stderr and "dossier search" in proc.stderr, proc.stderr
    count("faults injected: round 2 command line")


def test_the_explorer_refuses_a_corpus_that_is_not_a_folder(tmp_path, seeds_index):
    """A --corpus that does not exist is said before the explorer starts (it opened and failed
    there), with exit 2; the same for a file given as the corpus."""
    afile = tmp_path / "article.txt"
    afile.write_text("Not a folder.\n")
    for corpus in (tmp_path / "nonexistent", afile):
        proc = subprocess.run(
            dossier_cmd() + ["--corpus", str(corpus), "--index", str(tmp_path / "index")],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
            env=env(),
        )
        assert proc.returncode == 2, (proc.returncode, proc.stderr[-500:])
        assert f"corpus folder {corpus} does not exist or is not a folder" in proc.stderr, proc.stderr
        assert proc.stdout == "" and not (tmp_path / "index").exists()
    count("faults injected: round 2 command line")
