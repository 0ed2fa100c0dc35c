"""Loading: each format from real files on disk, titles, ids, recursion, duplicates, encodings.

The first tests read the corpus with `load_corpus` (no spaCy); the last ones build a real index of
a tiny corpus (real model, one worker) and read it back through the read API.
"""

from __future__ import annotations

import json

import pytest

from dossier.index.ingest.load import decode, front_matter, headline, iso_date, load_corpus
from helpers import write


def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


def by_id(loaded):
    return {a.id: a for a in loaded.articles}


BODY = "Kremlin spokesman Dmitry Peskov said the talks in Moscow were useful.\nThey will go on next week.\n"


# -- plain text ------------------------------------------------------------------------------


def test_txt_with_a_headline_first_line(tmp_path):
    write(tmp_path, "peace.txt", "Putin Did Not Reject U.S. Peace Plan, Russia Says\n\n" + BODY)
    art = by_id(load_corpus(tmp_path))["peace"]
    assert art.title == "Putin Did Not Reject U.S. Peace Plan, Russia Says"
    assert art.path == "peace.txt"
    assert art.source is None and art.date is None and art.url is None
    assert art.text.startswith("Putin Did Not Reject")  # the headline stays part of the text
    assert "Peskov" in art.text


def test_txt_without_a_headline_has_no_title(tmp_path):
    write(tmp_path, "plain.txt", BODY)
    art = by_id(load_corpus(tmp_path))["plain"]
    assert art.title is None
    assert art.text == BODY


@pytest.mark.parametrize(
    "first, title",
    [
        ("Will Putin meet Macron?", "Will Putin meet Macron?"),  # a question is a headline
        ("Talks stall in Miami", "Talks stall in Miami"),
        ("The talks stalled.", None),  # a final full stop: a sentence
        ("“We will not yield.”", None),  # a sentence inside quotes is still a sentence
        ("He said:", None),
        (" ".join(["word"] * 25), None),  # too long for a headline
    ],
)
def test_headline_rule(first, title):
    assert headline(first + "\n" + BODY) == title


def test_a_single_line_is_not_its_own_headline():
    assert headline("Talks stall in Miami") is None


def test_crlf_text_is_normalised(tmp_path):
    write(tmp_path, "dos.txt", b"Talks Stall\r\n\r\nPeskov said so.\r\nMore text.\r\n")
    art = by_id(load_corpus(tmp_path))["dos"]
    assert "\r" not in art.text
    assert art.title == "Talks Stall"


# -- Markdown ------------------------------------------------------------------------------

MD = """---
title: "Kremlin: talks were useful"
source: Reuters
date: 2025-12-07T09:30:00Z
url: https://example.com/kremlin-talks
tags:
  - russia
  - ukraine
---
Peskov said the talks were useful.
"""


def test_md_front_matter_fields(tmp_path):
    write(tmp_path, "news/kremlin.md", MD)
    loaded = load_corpus(tmp_path)
    art = by_id(loaded)["news/kremlin"]
    assert art.title == "Kremlin: talks were useful"  # quoted value with a colon in it
    assert art.source == "Reuters"
    assert art.date == "2025-12-07"
    assert art.url == "https://example.com/kremlin-talks"
    assert art.text == "Peskov said the talks were useful.\n"  # the front matter is not text
    assert loaded.problems == []  # a YAML list is not malformed front matter


def test_md_title_field_wins_over_a_headline(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: The Real Title\n---\nA Headline Looking Line\n" + BODY)
    assert by_id(load_corpus(tmp_path))["a"].title == "The Real Title"


def test_md_without_front_matter(tmp_path):
    write(tmp_path, "bare.md", BODY)
    loaded = load_corpus(tmp_path)
    art = by_id(loaded)["bare"]
    assert art.text == BODY and art.source is None
    assert loaded.problems == []


def test_md_front_matter_with_crlf_line_ends(tmp_path):
    write(tmp_path, "win.md", MD.replace("\n", "\r\n").encode("utf-8"))
    loaded = load_corpus(tmp_path)
    art = by_id(loaded)["win"]
    assert art.title == "Kremlin: talks were useful" and art.source == "Reuters"
    assert loaded.problems == []


def test_front_matter_keeps_good_fields_and_reports_bad_lines():
    fields, body, _, problem = front_matter("---\ntitle: Kept\nthis is not a field\nsource: AP\n---\nBody\n")
    assert fields == {"title": "Kept", "source": "AP"}
    assert body == "Body\n"
    assert "line 3" in problem and "this is not a field" in problem


def test_unclosed_front_matter_is_read_as_text():
    fields, body, _, problem = front_matter("---\ntitle: Never closed\nBody\n")
    assert fields == {}
    assert "never closed" in problem
    assert "Body" in body


# -- JSON Lines ----------------------------------------------------------------------------


def test_jsonl_records_with_and_without_id(tmp_path):
    write(
        tmp_path,
        "feed.jsonl",
        jsonl(
            {
                "id": "reuters-1",
                "title": "Talks in Miami",
                "source": "Reuters",
                "date": "2025-12-01",
                "url": "https://example.com/1",
                "text": "Witkoff met Umerov in Miami.",
            },
            {"text": "Second article without an id. It has no title either."},
            "",  # a blank line is not a record (and line numbers still count it)
            {"text": "Third: ids count file lines.", "title": "Third"},
        ),
    )
    loaded = load_corpus(tmp_path)
    arts = by_id(loaded)
    assert set(arts) == {"reuters-1", "feed:2", "feed:4"}
    first = arts["reuters-1"]
    assert (first.title, first.source, first.date, first.url) == (
        "Talks in Miami",
        "Reuters",
        "2025-12-01",
        "https://example.com/1",
    )
    assert first.text == "Witkoff met Umerov in Miami." and first.path == "feed.jsonl"
    assert arts["feed:2"].title is None and arts["feed:2"].source is None
    assert arts["feed:4"].title == "Third"
    assert loaded.problems == []


def test_jsonl_in_a_sub_folder_keeps_its_folder_in_generated_ids(tmp_path):
    write(tmp_path, "2025/dec/feed.jsonl", jsonl({"text": "One."}, {"text": "Two."}))
    assert set(by_id(load_corpus(tmp_path))) == {"2025/dec/feed:1", "2025/dec/feed:2"}


def test_jsonl_repeated_id_gets_a_line_id(tmp_path):
    write(tmp_path, "feed.jsonl", jsonl({"id": "x", "text": "One."}, {"id": "x", "text": "Two."}))
    loaded = load_corpus(tmp_path)
    assert set(by_id(loaded)) == {"x", "feed:2"}
    assert any(p.line == 2 and "'x'" in p.message and not p.skipped for p in loaded.problems)


def test_jsonl_headline_title_when_no_title_field(tmp_path):
    write(tmp_path, "feed.jsonl", jsonl({"text": "Talks Stall In Miami\nPeskov said so."}))
    assert by_id(load_corpus(tmp_path))["feed:1"].title == "Talks Stall In Miami"


# -- ids, recursion, files that are not articles ----------------------------------------------


def test_ids_are_relative_paths_without_extension_recursively(tmp_path):
    write(tmp_path, "top.txt", BODY)
    write(tmp_path, "a/b/c/deep.txt", BODY + "deep\n")
    write(tmp_path, "a/mid.md", BODY + "mid\n")
    write(tmp_path, "a/notes.csv", "not,an,article\n")  # other extensions are not read
    write(tmp_path, ".hidden/secret.txt", BODY + "hidden\n")  # hidden folders are skipped
    loaded = load_corpus(tmp_path)
    assert sorted(by_id(loaded)) == ["a/b/c/deep", "a/mid", "top"]
    assert by_id(loaded)["a/b/c/deep"].path == "a/b/c/deep.txt"


def test_same_stem_with_two_extensions_gets_distinct_ids(tmp_path):
    write(tmp_path, "story.txt", BODY)
    write(tmp_path, "story.md", "Another text altogether.\n")
    loaded = load_corpus(tmp_path)
    ids = sorted(by_id(loaded))
    assert len(ids) == 2 and len(set(ids)) == 2
    assert "story" in ids
    assert any("already used" in p.message for p in loaded.problems)


def test_names_with_spaces_and_non_ascii(tmp_path):
    write(tmp_path, "Зеленський заява/інтерв'ю 2025.txt", BODY)
    write(tmp_path, "café crème.md", "---\ntitle: Crème\n---\nLe café est servi.\n")
    arts = by_id(load_corpus(tmp_path))
    assert set(arts) == {"Зеленський заява/інтерв'ю 2025", "café crème"}
    assert arts["café crème"].title == "Crème"


# -- duplicates ----------------------------------------------------------------------------


def test_content_duplicates_are_loaded_once_and_reported(tmp_path):
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "sub/copy.txt", BODY)
    write(tmp_path, "feed.jsonl", jsonl({"text": "Unique."}, {"text": BODY}))
    loaded = load_corpus(tmp_path)
    assert sorted(by_id(loaded)) == ["a", "feed:1"]
    dups = sorted(str(p) for p in loaded.duplicates)
    assert len(dups) == 2
    assert any(d.startswith("sub/copy.txt: ") and "a.txt" in d for d in dups)
    assert any(d.startswith("feed.jsonl:2: ") and "a.txt" in d for d in dups)


def test_same_text_different_file_formats_is_a_duplicate(tmp_path):
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "b.md", "---\ntitle: Other title\n---\n" + BODY)
    loaded = load_corpus(tmp_path)
    assert len(loaded.articles) == 1 and len(loaded.duplicates) == 1


# -- metadata ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, iso",
    [
        ("2025-12-07", "2025-12-07"),
        ("2025-12-07T10:00:00+02:00", "2025-12-07"),
        ("2025-12", "2025-12"),
        ("2025", "2025"),
        (2025, "2025"),
        ("Sun, 07 Dec 2025 10:00:00 GMT", "2025-12-07"),
        ("7 December 2025", "2025-12-07"),
        ("December 7, 2025", "2025-12-07"),
        ("2025-13-01", None),
        ("2025-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_dates(raw, iso):
    assert iso_date(raw) == iso


def test_a_date_that_is_not_a_date_is_reported_and_ignored(tmp_path):
    write(tmp_path, "a.md", "---\ndate: last Tuesday\n---\nText.\n")
    loaded = load_corpus(tmp_path)
    assert loaded.articles[0].date is None
    assert any("last Tuesday" in p.message and not p.skipped for p in loaded.problems)


def test_metadata_with_escape_sequences_is_cleaned(tmp_path):
    write(
        tmp_path,
        "feed.jsonl",
        jsonl(
            {"title": "Evil\x1b]0;pwned\x07 Title\n", "source": "\x1b[31mRed\x1b[0m", "id": "e\u202e1", "text": "Body."}
        ),
    )
    art = load_corpus(tmp_path).articles[0]
    assert (art.id, art.title, art.source) == ("e1", "Evil Title", "Red")


def test_jsonl_lone_surrogates_are_replaced_with_a_note_per_record(tmp_path):
    write(
        tmp_path,
        "cut.jsonl",
        jsonl(
            '{"text": "Cut emoji \\ud83d here."}',
            {"text": "Fine."},
            '{"title": "T \\udc00", "url": "u\\ud800", "text": "Body \\udfff."}',
        ),
    )
    loaded = load_corpus(tmp_path)
    arts = by_id(loaded)
    assert arts["cut:1"].text == "Cut emoji \ufffd here." and arts["cut:2"].text == "Fine."
    assert (arts["cut:3"].title, arts["cut:3"].url, arts["cut:3"].text) == ("T \ufffd", "u\ufffd", "Body \ufffd.")
    assert [(p.line, p.skipped) for p in loaded.problems] == [(1, False), (3, False)]
    assert "'text'" in loaded.problems[0].message and "U+FFFD" in loaded.problems[0].message
    assert all(f"'{k}'" in loaded.problems[1].message for k in ("text", "title", "url"))


def test_one_failing_jsonl_record_is_skipped_with_its_line(tmp_path):
    huge = "1" + "0" * 5000  # int() refuses more than 4,300 digits: json.loads raises ValueError
    write(tmp_path, "big.jsonl", jsonl({"text": "Before."}, '{"text": "Huge.", "n": ' + huge + "}", {"text": "After."}))
    loaded = load_corpus(tmp_path)
    assert sorted(a.text for a in loaded.articles) == ["After.", "Before."]
    [p] = loaded.problems
    assert (p.path, p.line, p.skipped) == ("big.jsonl", 2, True) and "4300 digits" in p.message


def test_a_date_that_overflows_is_not_a_date(tmp_path):
    assert iso_date("Mon, 1 Jan 2020 00:00:00 +99999999999999") is None  # raised OverflowError
    write(tmp_path, "a.jsonl", jsonl({"text": "Body.", "date": "Mon, 1 Jan 2020 00:00:00 +99999999999999"}))
    loaded = load_corpus(tmp_path)
    assert [a.date for a in loaded.articles] == [None] and "not a date" in loaded.problems[0].message


def test_invisible_marks_leave_file_names_and_ids(tmp_path):
    write(tmp_path, "in\u200evis\u00adible\U000e0041.txt", BODY)
    write(tmp_path, "feed.jsonl", jsonl({"id": "r\u200f-\u20621", "title": "A\u061c title", "text": "Body."}))
    assert sorted(by_id(load_corpus(tmp_path))) == ["invisible", "r-1"]


def test_a_file_name_that_is_not_utf8_gets_a_printable_id(tmp_path):
    import os

    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text(BODY, encoding="utf-8")
    (tmp_path / os.fsdecode(b"caf\xe8.txt")).write_text(BODY + "More.\n", encoding="utf-8")
    loaded = load_corpus(tmp_path)
    assert sorted(by_id(loaded)) == ["caf\\xe8", "caf\\xe9"]
    assert all(a.path.encode("utf-8") for a in loaded.articles)


# -- symlinks and folders ----------------------------------------------------------------------


def test_symlinks_are_followed_only_inside_the_corpus(tmp_path):
    import os

    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    write(outside, "secret.txt", "Secret text outside.\n")
    write(corpus, ".store/inner.txt", BODY)
    os.symlink(".store/inner.txt", corpus / "inside.txt")
    os.symlink("../outside/secret.txt", corpus / "leak.txt")
    os.symlink(outside, corpus / "outdir")
    os.symlink("/etc/passwd", corpus / "passwd.txt")
    os.symlink("nowhere.txt", corpus / "dangling.txt")
    loaded = load_corpus(corpus)
    assert [a.id for a in loaded.articles] == ["inside"]
    notes = {p.path: p for p in loaded.problems}
    assert sorted(notes) == ["dangling.txt", "leak.txt", "outdir/", "passwd.txt"]
    assert all(notes[k].skipped for k in notes)
    assert notes["passwd.txt"].message == "a link to /etc/passwd, outside the corpus folder: not followed"
    assert "../outside/secret.txt" in notes["leak.txt"].message
    assert "cannot read" in notes["dangling.txt"].message


def test_a_link_that_leaves_after_the_scan_is_not_read(tmp_path):
    import os

    from dossier.index.ingest.walk import scan

    corpus = tmp_path / "corpus"
    write(corpus, "real.txt", BODY)
    write(tmp_path, "outside.txt", "Outside text.\n")
    os.symlink("real.txt", corpus / "link.txt")
    files = scan(corpus)
    os.remove(corpus / "link.txt")
    os.symlink("../outside.txt", corpus / "link.txt")
    loaded = load_corpus(corpus, files)
    assert [a.id for a in loaded.articles] == ["real"]
    assert [p.path for p in loaded.problems] == ["link.txt"] and "outside the corpus" in loaded.problems[0].message


# -- encodings -----------------------------------------------------------------------------


def test_utf8_bom_is_dropped(tmp_path):
    write(tmp_path, "bom.txt", b"\xef\xbb\xbfTalks Stall\nPeskov said so.\n")
    loaded = load_corpus(tmp_path)
    assert loaded.articles[0].title == "Talks Stall" and loaded.problems == []


def test_cp1252_is_decoded_with_a_note(tmp_path):
    text = "Le président Macron a parlé d’un “dialogue” à l’Élysée — déjà.\nSuite.\n"
    write(tmp_path, "fr.txt", text.encode("cp1252"))
    loaded = load_corpus(tmp_path)
    assert loaded.articles[0].text == text
    [note] = loaded.problems
    assert not note.skipped and note.path == "fr.txt" and "cp1252" in note.message and "not UTF-8" in note.message


def test_latin1_is_decoded_with_a_note(tmp_path):
    text = "Señor Muñoz habló en Zúrich sobre la reunión.\n"
    write(tmp_path, "es.txt", text.encode("latin-1"))
    loaded = load_corpus(tmp_path)
    assert loaded.articles[0].text == text
    assert "latin-1" in loaded.problems[0].message


@pytest.mark.parametrize(
    "text, codec",
    [
        ("Кремль заявил, что переговоры в Майами были полезными.", "cp1251"),
        ("Hello, UTF-16 without a byte order mark.", "utf-16-le"),
        ("Hello, UTF-16 with a byte order mark: Zürich.", "utf-16"),
    ],
)
def test_other_encodings_are_told(text, codec):
    decoded, note = decode(text.encode(codec))
    assert decoded == text and note


def test_utf8_with_stray_cp1252_bytes():
    data = "“Café” in UTF-8, then ".encode() + "café".encode("cp1252")
    text, note = decode(data)
    assert text == "“Café” in UTF-8, then café" and "cp1252" in note


def test_stray_nul_in_text_is_removed_not_a_binary_file(tmp_path):
    write(
        tmp_path, "nul.txt", b"Peskov said the talks\x00 were useful, and the talks will go on next week in Moscow.\n"
    )
    loaded = load_corpus(tmp_path)
    assert loaded.problems == []
    assert (
        loaded.articles[0].text == "Peskov said the talks were useful, and the talks will go on next week in Moscow.\n"
    )


def test_undecidable_bytes_are_skipped(tmp_path):
    import random

    rnd = random.Random(7)
    write(tmp_path, "noise.txt", bytes(rnd.randrange(0x80, 0x100) for _ in range(3000)))
    write(tmp_path, "good.txt", BODY)
    loaded = load_corpus(tmp_path)
    assert [a.id for a in loaded.articles] == ["good"]
    [p] = loaded.problems
    assert p.skipped and p.path == "noise.txt" and "encoding cannot be told" in p.message


# -- through a real build --------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A tiny mixed-format corpus indexed for real (spaCy, one worker)."""
    from dossier.index.build import build_index

    root = tmp_path_factory.mktemp("load-corpus")
    corpus = root / "corpus"
    write(corpus, "headline.txt", "Kremlin Welcomes Macron Call\n\nPeskov said the zanzibarite call was useful.\n")
    write(corpus, "nohead.txt", "Umerov said the quokkafish talks went well. They will go on.\n")
    write(corpus, "deep/er/wire.md", MD.replace("talks were useful.", "talks were useful for the pangolinade."))
    write(
        corpus,
        "feed.jsonl",
        jsonl(
            {
                "id": "r-1",
                "title": "Miami Talks",
                "source": "AP",
                "date": "2025-12-01",
                "text": "Witkoff met the axolotlian team.",
            },
            {"text": "An article about the okapiform delegation."},
        ),
    )
    write(corpus, "dup.txt", "Umerov said the quokkafish talks went well. They will go on.\n")
    index = root / "index"
    report = build_index(corpus, index, workers=1)
    return index, report


def test_build_reports_the_duplicate(built):
    _, report = built
    assert report.articles == 5
    # Files are read in path order: dup.txt comes first, nohead.txt is the duplicate.
    assert [str(p) for p in report.duplicates] == ["nohead.txt: same text as dup.txt (id 'dup'): indexed once"]


@pytest.mark.parametrize(
    "word, article",
    [
        ("zanzibarite", "headline"),
        ("pangolinade", "deep/er/wire"),
        ("axolotlian", "r-1"),
        ("okapiform", "feed:2"),
    ],
)
def test_each_format_is_searchable(built, word, article):
    from dossier.index.read import Reader

    with Reader(built[0]) as reader:
        result = reader.search(word)
        assert [h.id for h in result.hits] == [article]


def test_indexed_records_keep_titles_and_metadata(built):
    from dossier.index.read import Reader

    with Reader(built[0]) as reader:
        assert reader.article_ids() == sorted(["headline", "deep/er/wire", "r-1", "feed:2", "dup"])
        assert reader.article("headline").article.title == "Kremlin Welcomes Macron Call"
        md = reader.article("deep/er/wire").article
        assert (md.title, md.source, md.date, md.path) == (
            "Kremlin: talks were useful",
            "Reuters",
            "2025-12-07",
            "deep/er/wire.md",
        )
        r1 = reader.article("r-1").article
        assert (r1.title, r1.source, r1.date, r1.path) == ("Miami Talks", "AP", "2025-12-01", "feed.jsonl")
        assert reader.search("title:miami").hits[0].id == "r-1"
        assert reader.search("source:reuters").hits[0].id == "deep/er/wire"


def test_jsonl_id_that_a_file_already_has_gets_a_line_id(tmp_path):
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "feed.jsonl", jsonl({"id": "a", "text": "Other text."}))
    loaded = load_corpus(tmp_path)
    assert sorted(by_id(loaded)) == ["a", "feed:1"]
    [p] = loaded.problems
    assert (p.path, p.line, p.skipped) == ("feed.jsonl", 1, False) and "already used by a.txt" in p.message


def test_a_fifo_is_reported_not_read(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path, "good.txt", BODY)
    loaded = load_corpus(tmp_path)  # would block forever if the pipe were opened
    assert [a.id for a in loaded.articles] == ["good"]
    assert [str(p) for p in loaded.problems] == ["pipe.txt: not a regular file (a pipe, socket or device)"]
