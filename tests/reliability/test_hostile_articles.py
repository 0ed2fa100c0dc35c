"""Hostile and broken articles: markup, escape sequences, bidi and zero-width characters, a
100,000-character line, NUL bytes, encodings, a symlink loop, odd file names, a 20 MB article and
10,000 tiny files. In the index (stored text, `show --json`, snippets, human output) and in the
explorer they show as plain text or are reported, and nothing hangs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from dossier.index.read import Reader

from rel_helpers import (
    ROOT,
    answer_to,
    count,
    dossier,
    index_opened,
    message_text,
    no_traceback,
    screen_text,
    wait_until,
)

pytestmark = pytest.mark.reliability

MARKUP = (
    "[bold]loud[/bold] [@click=app.quit]quit now[/] [link=file:///etc/passwd]passwords[/link] "
    "[red on white]colour[/] :warning: [/]"
)
ESCAPES = (
    "\x1b[31mred\x1b[0m \x1b]0;PWNED-TITLE\x07 \x1b]52;c;ZWNobyBoYWNrZWQ=\x07 "
    "\x1b]8;;file:///etc/passwd\x1b\\linked\x1b]8;;\x1b\\ \x1b[2J\x1b[H \x9b31m \x07\x08"
)
BIDI = "\u202eevil\u202c \u2066isolate\u2069 pay\u200bpal \u2060joined\ufeff \u202d\u202a"
WORDS = "the minister said talks would go on in the capital after the vote".split()

# Articles: file name -> (bytes, marker word that must be found, or None when it may be reported)
ENCODED = {
    "enc-utf8-bom.txt": ("Déjà vu\n\nLe gnuesque président a parlé à l'Élysée.\n".encode("utf-8-sig"), "gnuesque"),
    "enc-utf16.txt": ("Utf sixteen\n\nThe dikdikish envoy arrived in Zürich.\n".encode("utf-16"), "dikdikish"),
    "enc-utf16le-nobom.txt": ("No mark\n\nThe elandine delegation met in Genève.\n".encode("utf-16-le"), "elandine"),
    "enc-latin1.txt": (
        "Été\n\nLe caribouesque ministre a parlé à Besançon, où il était.\n".encode("latin-1"),
        "caribouesque",
    ),
    "enc-cp1252.txt": (
        "Quotes\n\n“We won’t yield,” said the gerenukian mayor — finally.\n".encode("cp1252"),
        "gerenukian",
    ),
    "enc-koi8r.txt": (
        "Новости\n\nМинистр сказал, что переговоры продолжатся в Москве. Сайгаковый отчёт.\n".encode("koi8-r"),
        "сайгаковый",
    ),
    "enc-shiftjis.txt": ("ニュース\n\n首相は東京で記者会見を開き、交渉は続くと述べた。\n".encode("shift_jis"), None),
    "enc-gb18030.txt": ("新闻\n\n总理在北京表示，谈判将继续进行。\n".encode("gb18030"), None),
}


def _article(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    c = root / "corpus"
    c.mkdir()
    (c / "markup.txt").write_text(
        _article(
            "Markup [bold]headline[/bold] [@click=app.quit]x[/]",
            f'The zebrafinch report: {MARKUP}\n\n"[@click=app.quit]Stop it[/]," said Anna Example on Monday.',
        ),
        encoding="utf-8",
    )
    (c / "escapes.txt").write_text(
        _article("Escapes \x1b]0;TITLE-CHANGED\x07here", f"The ocelotine dispatch: {ESCAPES} done."), encoding="utf-8"
    )
    (c / "bidi.txt").write_text(
        _article("Bidi \u202eelttit\u202c", f"The quokkaish note: {BIDI} end."), encoding="utf-8"
    )
    line = " ".join(WORDS[i % len(WORDS)] for i in range(20_000))  # over 100,000 characters, one line
    assert len(line) >= 100_000
    (c / "longline.txt").write_text(_article("A very long line", line[:100_000] + " axolotlian"), encoding="utf-8")
    (c / "nul-few.txt").write_bytes(
        _article(
            "Nul bytes",
            "The pangolinid text has a NUL\x00 here and\x00 there, and more words around them to read as text.",
        ).encode()
    )
    (c / "nul-many.txt").write_bytes(b"\x00" * 500 + b"binary-ish")
    for name, (data, _) in ENCODED.items():
        (c / name).write_bytes(data)
    odd = c / "dir with spaces" / "Ünïcødé файл 名前 ‮rtl.txt"
    odd.parent.mkdir()
    odd.write_text(_article("Odd names", "The tarsierish story comes from a folder with spaces."), encoding="utf-8")
    (c / "evil\x1b]0;PWNED\x07name.txt").write_text(
        _article("Evil name", "The binturongish file has an escape sequence in its name."), encoding="utf-8"
    )
    (c / "evil\x1b[31mbinary.txt").write_bytes(b"\x00\x01\x02" * 200)  # reported: its name reaches stderr
    os.symlink(".", c / "loop")  # a folder loop
    os.symlink("b-link.txt", c / "a-link.txt")  # a file loop
    os.symlink("a-link.txt", c / "b-link.txt")
    index_dir = root / "index"
    proc = dossier("index", "build", "--corpus", c, "--index", index_dir, "--workers", "1", timeout=300)
    count("faults injected: hostile or broken articles", 17)
    return c, index_dir, proc


def _visible(s: str) -> str:
    return s.encode("unicode_escape").decode()[:400]


def _assert_inert(text: str) -> None:
    """No character that a terminal would act on or that would reorder or hide text."""
    for ch in text:
        cat = unicodedata.category(ch)
        assert not (cat == "Cc" and ch not in "\n\t"), f"control character {ch!r} in {_visible(text)}"
        assert ch not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u2060\ufeff", (
            f"bidi/zero-width {ch!r} in {_visible(text)}"
        )


def test_build_finishes_and_reports(hostile):
    c, index_dir, proc = hostile
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert "nul-many.txt" in proc.stderr  # a binary file is reported by name
    with Reader(index_dir) as reader:
        for marker in (
            "zebrafinch",
            "ocelotine",
            "quokkaish",
            "axolotlian",
            "pangolinid",
            "tarsierish",
            "binturongish",
        ):
            assert reader.search(marker).total == 1, marker


CODECS = {
    "enc-utf8-bom.txt": "utf-8-sig",
    "enc-utf16.txt": "utf-16",
    "enc-utf16le-nobom.txt": "utf-16-le",
    "enc-latin1.txt": "latin-1",
    "enc-cp1252.txt": "cp1252",
    "enc-koi8r.txt": "koi8-r",
    "enc-shiftjis.txt": "shift_jis",
    "enc-gb18030.txt": "gb18030",
}


@pytest.mark.parametrize("name", ENCODED)
def test_each_encoding_is_read_right_or_reported(hostile, name):
    from dossier.index.ingest.clean import sanitize

    _, index_dir, proc = hostile
    data, marker = ENCODED[name]
    with Reader(index_dir) as reader:
        view = reader.article(name.rsplit(".", 1)[0])
        if view is None:
            # Only an encoding that cannot be told apart (no marker word) may be skipped, and
            # then it is reported; UTF-16, Latin-1, cp1252, KOI8-R ... must be read.
            assert marker is None, f"{name} was skipped, not read: {proc.stderr}"
            assert f"skipped: {name}" in proc.stderr, proc.stderr
            return
        expected = sanitize(data.decode(CODECS[name])).lstrip("\ufeff")
        assert view.article.text.strip() == expected.strip(), _visible(view.article.text)
        if marker:
            assert reader.search(marker).total == 1
    count("results compared: encodings", 1)


def test_file_names_cannot_inject_escapes(hostile):
    c, index_dir, proc = hostile
    assert "\x1b" not in proc.stderr and "\x07" not in proc.stderr, _visible(proc.stderr)
    out = dossier("search", "binturongish", "--index", index_dir, "--corpus", c, timeout=60)
    assert out.returncode == 0
    assert "\x1b" not in out.stdout and "\x07" not in out.stdout, _visible(out.stdout)


def test_stored_text_and_show_json_are_inert(hostile):
    c, index_dir, _ = hostile
    with Reader(index_dir) as reader:
        ids = reader.article_ids()
        views = {aid: reader.article(aid) for aid in ids}
    checked = 0
    for aid, view in views.items():
        a = view.article
        for value in (
            a.title or "",
            a.text,
            a.source or "",
            *(m.surface for m in view.mentions),
            *(q.text for q in view.quotes),
            *(q.speaker or "" for q in view.quotes),
        ):
            _assert_inert(value)
            checked += 1
    count("results compared: stored fields checked for control characters", checked)
    markup = views["markup"].article
    assert "[@click=app.quit]quit now[/]" in markup.text and "[link=file:///etc/passwd]" in markup.text
    assert markup.title.startswith("Markup [bold]headline[/bold]")
    esc = views["escapes"].article
    assert "PWNED-TITLE" not in esc.text and "ZWNobyBoYWNrZWQ" not in esc.text  # OSC removed whole
    assert "red" in esc.text and "[31m" not in esc.text and "TITLE-CHANGED" not in (esc.title or "")
    assert "paypal" in views["bidi"].article.text
    assert len(views["longline"].article.text) > 100_000

    for aid in ("markup", "escapes", "bidi", "nul-few", "dir with spaces/Ünïcødé файл 名前 ‮rtl"):
        if aid not in views:
            continue
        proc = dossier("show", aid, "--json", "--index", index_dir, "--corpus", c, timeout=60)
        no_traceback(proc)
        assert proc.returncode == 0, (aid, proc.stderr)
        doc = json.loads(proc.stdout)
        assert doc["text"] == views[aid].article.text
        _assert_inert(doc["text"])
        plain = dossier("show", aid, "--index", index_dir, "--corpus", c, timeout=60)
        assert plain.returncode == 0 and "\x1b" not in plain.stdout and "\x07" not in plain.stdout


def test_snippets_are_plain_text(hostile):
    c, index_dir, _ = hostile
    for marker, expect in (
        ("zebrafinch", "[@click=app.quit]"),
        ("ocelotine", "red"),
        ("quokkaish", "paypal"),
        ("axolotlian", "[[axolotlian]]"),
    ):
        proc = dossier("search", marker, "--json", "--index", index_dir, "--corpus", c, timeout=60)
        no_traceback(proc)
        assert proc.returncode == 0, proc.stderr
        (hit,) = json.loads(proc.stdout)["hits"]
        _assert_inert(hit["snippet"])
        _assert_inert(hit["snippet_plain"])
        _assert_inert(hit["title"])
        # The text's own brackets are escaped in `snippet` (so [[ ]] are only matches) and as
        # written in `snippet_plain`; the match markers are in `snippet`.
        field = "snippet" if expect.startswith("[[") else "snippet_plain"
        assert expect in hit[field], hit[field]
        human = dossier("search", marker, "--index", index_dir, "--corpus", c, timeout=60)
        assert human.returncode == 0 and "\x1b" not in human.stdout
        count("results compared: snippets checked", 2)


def test_snippet_shows_a_match_far_into_a_long_article(hostile):
    c, index_dir, _ = hostile
    with Reader(index_dir) as reader:
        (hit,) = reader.search("axolotlian").hits
    assert "[[axolotlian]]" in hit.snippet_text(), hit.snippet_text()


def _live_styles(app) -> list:
    """Styles on screen that would act on a click or open a link."""
    found = []
    for strip in app.screen._compositor.render_strips():
        for seg in strip:
            style = seg.style
            if style is None:
                continue
            if style.link or any(k.startswith("@") and "quit" in str(v) for k, v in (style.meta or {}).items()):
                found.append((seg.text, style.link, style.meta))
    return found


def _region_text(app, widget) -> str:
    """What the terminal shows in widget's region (the screen's lines cut to it, by cells)."""
    region = widget.region
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.crop(region.x, region.right).text for strip in strips[region.y : region.bottom])


async def _search(pilot, app, words: str, results) -> None:
    """Search and go to the results (enter); wait until they answer these words."""
    await pilot.press("slash", "ctrl+a", "ctrl+k", *words, "enter")
    await wait_until(
        pilot,
        app,
        lambda: results.context.get("query") == words and app.focused is results,
        f"the results of {words!r}",
    )


async def test_explorer_shows_hostile_articles_as_plain_text(hostile):
    from dossier.tui.app import DossierApp
    from dossier.tui.widgets.lists import ResultList
    from dossier.tui.widgets.source import SourceView

    _, index_dir, _ = hostile
    app = DossierApp(index_dir, None, check_stale=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await index_opened(pilot, app)
        results = app.screen.query_one(ResultList)
        source = app.screen.query_one(SourceView)
        for marker, shown in (
            ("zebrafinch", "[@click=app.quit]"),
            ("ocelotine", "red"),
            ("quokkaish", "paypal"),
            ("axolotlian", "long line"),
            ("pangolinid", "NUL"),
            ("tarsierish", "Odd names"),
            ("binturongish", "Evil name"),
        ):
            await _search(pilot, app, marker, results)
            assert len(results.records) == 1, (marker, screen_text(app))
            aid = results.records[0].id
            await pilot.press("enter")  # open it in the source pane, at its one match
            await wait_until(
                pilot,
                app,
                lambda: (
                    source.shown.article_id == aid and app.focused is source and marker in _region_text(app, source)
                ),
                f"{aid} open at {marker!r}",
            )
            text = screen_text(app)
            _assert_inert(text)
            assert "PWNED-TITLE" not in text and "TITLE-CHANGED" not in text
            assert not _live_styles(app), (marker, _live_styles(app)[:3])
            # Scroll: the top (the first lines show), the end, the top, two lines down, the match.
            if marker == "axolotlian":  # its match is 100,000 characters in: opened far down
                assert source.scroll_y > 0, source.scroll_y
            await pilot.press("g")
            await wait_until(pilot, app, lambda: source.scroll_y == 0, f"{aid} at its top")
            top = _region_text(app, source)
            assert shown in top, (marker, top)
            _assert_inert(top)
            await pilot.press("G")
            await wait_until(pilot, app, lambda: source.scroll_y == source.max_scroll_y, f"{aid} at its end")
            last = source.shown.text.split()[-1]
            assert last in _region_text(app, source), (aid, last)
            await pilot.press("g", "j", "j")
            await wait_until(
                pilot, app, lambda: source.scroll_y == min(2, source.max_scroll_y), f"{aid} two lines from its top"
            )
            await pilot.press("n")
            await wait_until(
                pilot, app, lambda: source.current == 0 and marker in _region_text(app, source), f"{aid} at its match"
            )
            assert app.is_running, marker
            count("results compared: explorer screens checked", 1)
        # Clicking where the markup would have made a quit link does nothing.
        await _search(pilot, app, "zebrafinch", results)
        await pilot.press("enter")
        await wait_until(pilot, app, lambda: "quit now" in _region_text(app, source), "the markup article open")
        region = next((y for y, line in enumerate(screen_text(app).splitlines()) if "quit now" in line), None)
        assert region is not None
        line = screen_text(app).splitlines()[region]
        await pilot.click(offset=(line.index("quit now") + 2, region))
        # Markup typed as a query is a query, not markup: the index's answer is shown, as text.
        # (Its answer also shows that the click, handled before the keys, quit nothing.)
        query = "[@click=app.quit]x[/]"
        with Reader(index_dir) as reader:
            kind, ids = await answer_to(pilot, app, query, reader)
            suggestion = reader.search(query).suggestion
        assert kind == "hits" and ids == ["markup"]  # (answer_to checked them against the index)
        assert app.screen.query_one("#query").value == query
        assert "Markup [bold]headline[/bold]" in _region_text(app, results)  # its title, as text
        assert suggestion is None and message_text(app).startswith("1 article")
        assert not _live_styles(app) and app.is_running and app.title == "dossier"


LONG_WORD = """
import sys, time
sys.path.insert(0, {root!r})
from dossier.tui.widgets.text import wrap_offsets
text = "x" * 400_000
t = time.perf_counter()
lines = wrap_offsets(text, 60)
assert sum(e - s for s, e in lines) == len(text)
print(time.perf_counter() - t)
"""


def test_unbroken_long_line_wraps_without_freezing():
    try:
        proc = subprocess.run(
            [sys.executable, "-c", LONG_WORD.format(root=str(ROOT))], capture_output=True, text=True, timeout=8
        )
    except subprocess.TimeoutExpired:
        pytest.fail("wrapping a 400,000-character word took more than 8 s")
    assert proc.returncode == 0, proc.stderr
    assert float(proc.stdout) < 3.0, proc.stdout


def _big_article(path: Path, size: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("A twenty megabyte report\n\n")
        written, n = 0, 0
        para = " ".join(WORDS * 10) + ".\n\n"
        while written < size:
            fh.write(para)
            written += len(para)
            n += 1
        fh.write("The final springbokian paragraph.\n")


@pytest.mark.e2e
def test_20_mb_article_is_indexed_or_reported(tmp_path):
    c = tmp_path / "corpus"
    c.mkdir()
    _big_article(c / "huge.txt", 20_000_000)
    (c / "small.txt").write_text(_article("Small", "The klipspringer story is short."), encoding="utf-8")
    count("faults injected: hostile or broken articles")
    proc = dossier("index", "build", "--corpus", c, "--index", tmp_path / "index", "--workers", "1", timeout=240)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr[-2000:]
    with Reader(tmp_path / "index") as reader:
        assert reader.search("klipspringer").total == 1
        assert reader.search("springbokian").total == 1 or "huge.txt" in proc.stderr


@pytest.mark.e2e
def test_ten_thousand_tiny_files(tmp_path):
    c = tmp_path / "corpus"
    for d in range(10):
        (c / f"d{d}").mkdir(parents=True)
        for i in range(1000):
            (c / f"d{d}" / f"t{i:04d}.txt").write_text(
                f"Note {d}-{i}\n\nItem {d}-{i} was filed by clerk {'bcdfghjklm'[d]}{i % 13}.\n", encoding="utf-8"
            )
    count("faults injected: hostile or broken articles")
    proc = dossier(
        "index", "build", "--corpus", c, "--index", tmp_path / "index", "--workers", "2", "--quiet", timeout=400
    )
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr[-2000:]
    with Reader(tmp_path / "index") as reader:
        assert reader.manifest.articles == 10_000
        assert reader.search("", limit=None).total == 10_000
        assert reader.article("d7/t0999").article.title == "Note 7-999"
