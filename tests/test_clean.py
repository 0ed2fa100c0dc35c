"""Cleaning: web junk lines are marked (kept in the text, not indexed); escape sequences and
control characters never reach what is stored."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.index.ingest.clean import blank_junk, decode_references, junk_ranges, readable, sanitize

ESC = "\x1b"


def junk_lines(text: str) -> list[str]:
    return [text[s:e] for s, e in junk_ranges(text)]


# -- junk marking ----------------------------------------------------------------------------

JUNK = [
    "READ MORE",
    "Read more",
    "Read more: Putin meets Witkoff in Moscow",
    "Read more »",
    "Advertisement",
    "ADVERTISEMENT",
    "Advertisement - Scroll to continue",
    "Story continues below advertisement",
    "Leave a comment",
    "Leave a reply",
    "Help us improve.",
    "Help us improve",
    "Share",
    "Share:",
    "Share this article",
    "Share this story on WhatsApp",
    "Share on Facebook",
    "Share via Email",
    "Tweet",
    "Email this article",
    "Print this page",
    "Copy link",
    "Subscribe",
    "Subscribe now",
    "Subscribe to our newsletter",
    "Sign up for our daily newsletter",
    "Sign up to receive our free newsletter",
    "Get our newsletter",
    "Already a subscriber? Log in",
    "Click here to subscribe",
    "Follow us on Twitter",
    "Related:",
    "Most read",
    "Continue reading",
]

NOT_JUNK = [
    "Readers said the advertisement was misleading.",
    "Read more about it here, the minister said, before leaving.",
    "Advertisement revenue fell sharply at the Kremlin-backed broadcaster last year, the company said.",
    "Share prices fell in Moscow on Monday.",
    "Subscribe today, Peskov said, was not his advice.",
    "Email servers were hacked, he said.",
    "He told reporters to leave a comment on the plan with his office before Friday.",
]


@pytest.mark.parametrize("line", JUNK)
def test_junk_line_is_marked(line):
    text = f"Peskov spoke.\n{line}\nUshakov spoke.\n"
    assert junk_lines(text) == [line]


@pytest.mark.parametrize("line", [f"  {JUNK[0]}  ", JUNK[4].lower()])
def test_junk_ignores_case_and_surrounding_space(line):
    assert junk_lines(f"Text.\n{line}\nMore.\n") == [line]


@pytest.mark.parametrize("line", NOT_JUNK)
def test_sentences_are_not_junk(line):
    assert junk_ranges(f"Peskov spoke.\n{line}\nUshakov spoke.\n") == []


def test_junk_inside_a_sentence_is_not_marked():
    assert junk_ranges("The Kremlin said: Advertisement is banned. Read more later.\n") == []


def test_a_run_of_blank_lines_keeps_one_and_marks_the_rest():
    text = "First paragraph.\n\n\n\n\nSecond paragraph.\n\nThird.\n"
    ranges = junk_ranges(text)
    assert len(ranges) == 1
    start, end = ranges[0]
    # What is left once the run is removed: paragraphs still separated by one blank line.
    assert text[:start] + text[end:] == "First paragraph.\n\nSecond paragraph.\n\nThird.\n"


def test_blank_lines_of_spaces_count_as_blank():
    text = "A.\n\n   \n\t\nB.\n"
    [(start, end)] = junk_ranges(text)
    assert text[:start] + text[end:] == "A.\n\nB.\n"


def test_blank_junk_keeps_offsets_and_removes_junk_words():
    text = "Peskov spoke.\nAdvertisement\nShare this article\nUshakov spoke.\n"
    blanked = blank_junk(text, junk_ranges(text))
    assert len(blanked) == len(text)
    assert blanked.count("\n") == text.count("\n")
    assert "Advertisement" not in blanked and "Share" not in blanked
    assert blanked.index("Ushakov") == text.index("Ushakov")


def test_an_overlong_line_is_never_junk():
    line = "Share " + "x" * 200
    assert junk_ranges(f"A.\n{line}\nB.\n") == []


# -- sanitising ------------------------------------------------------------------------------

HOSTILE = {
    "csi colour": (f"a {ESC}[31;1mred{ESC}[0m b", "a red b"),
    "csi cursor": (f"a{ESC}[2J{ESC}[H b", "a b"),
    "osc title bel": (f"a {ESC}]0;pwned title\x07b", "a b"),
    "osc title st": (f"a {ESC}]2;pwned title{ESC}\\b", "a b"),
    "osc 52 clipboard": (f"a {ESC}]52;c;cm0gLXJmIH4=\x07b", "a b"),
    "osc 8 hyperlink": (f"a {ESC}]8;;http://evil.example{ESC}\\link{ESC}]8;;{ESC}\\ b", "a link b"),
    "8-bit csi": ("a \x9b31mred b", "a red b"),
    "8-bit osc": ("a \x9d52;c;cm0=\x9cb", "a b"),
    "dcs": (f"a {ESC}Pq#0;2;0;0;0{ESC}\\b", "a b"),
    "unterminated osc": (f"a {ESC}]0;title never ends", "a "),
    "bidi override": ("a \u202eevil\u202c b", "a evil b"),
    "bidi isolates": ("a \u2066x\u2069 \u2067y\u2068z\u2069 b", "a x yz b"),
    "zero width space": ("Pu\u200btin", "Putin"),
    "word joiner and bom": ("a\u2060b\ufeffc", "abc"),
    "nul": ("a\x00b", "ab"),
    "bell and backspace": ("a\x07b\x08c", "abc"),
    "vertical tab and form feed": ("a\x0bb\x0cc", "abc"),
    "del and c1": ("a\x7fb\x85c", "abc"),
    "crlf and cr": ("a\r\nb\rc", "a\nb\nc"),
    # Lone controls are dropped alone: the text after them stays (issue 14, item 8).
    "lone 8-bit csi before a space": ("lone \x9b and", "lone  and"),
    "lone 8-bit csi before a word": ("c1\x9bname", "c1name"),
    "lone 8-bit csi before a one-letter word": ("lone \x9b a b", "lone  a b"),
    "lone 7-bit csi before a one-letter word": (f"lone {ESC}[ a b", "lone  a b"),
    "lone esc before a word": (f"lone {ESC}And more", "lone And more"),
    "lone esc before a capital P (not a dcs)": (f"a {ESC}President said.\nNext", "a President said.\nNext"),
    "lone 8-bit osc": ("a \x9d and rest\nnext", "a  and rest\nnext"),
    "unterminated osc ends with its line": (f"a {ESC}]0;title\nnext line", "a \nnext line"),
    "csi with a space after a parameter": (f"a{ESC}[2 qb", "ab"),
    "esc with an intermediate": (f"a{ESC}(Bb", "ab"),
    "esc 7": (f"a{ESC}7b", "ab"),
    # Invisible and direction marks (issue 14, item 8).
    "lrm rlm alm": ("a\u200eb\u200fc\u061cd", "abcd"),
    "soft hyphen": ("co\u00adoperation", "cooperation"),
    "invisible operators": ("a\u2061b\u2062c\u2063d\u2064e", "abcde"),
    "interlinear annotation": ("a\ufff9b\ufffac\ufffbd", "abcd"),
    "tag characters": ("a\U000e0001\U000e0061\U000e007fb", "ab"),
    "deprecated format characters": ("a\u206ab\u206fc", "abc"),
    "line and paragraph separators": ("a\u2028b\u2029c", "a\nb\n\nc"),
    "lone surrogates": ("cut \ud83d emoji \udc00", "cut \ufffd emoji \ufffd"),
}


@pytest.mark.parametrize("raw, clean", HOSTILE.values(), ids=HOSTILE.keys())
def test_sanitize(raw, clean):
    assert sanitize(raw) == clean


def test_sanitize_keeps_ordinary_text():
    text = "Zelenskyy — «Київ» 日本語 👩‍👩‍👧 tab\there [bold] 50% $x\nnext line"
    assert sanitize(text) == text  # ZWJ in the emoji, brackets, tabs and newlines stay


def test_sanitize_keeps_emoji_flags_and_variation_selectors():
    text = "🇺🇦 ❤️ 👍🏽 ‌ﻻ"  # regional indicators, VS16, a skin tone, ZWNJ
    assert sanitize(text) == text


def test_sanitize_leaves_nothing_that_starts_a_sequence():
    raw = "".join(r for r, _ in HOSTILE.values())
    out = sanitize(raw)
    assert ESC not in out and "\x9b" not in out and "\x9d" not in out and "\x07" not in out
    assert not any(0x80 <= ord(c) <= 0x9F or (ord(c) < 0x20 and c not in "\n\t") for c in out)


# -- through a real build: what is stored and what is indexed ----------------------------------

ARTICLE = (
    "Kremlin Says Talks Were Useful\n"
    "Peskov said the talks with the envoys were useful.\n"
    "Advertisement\n"
    "READ MORE\n"
    "Share this article\n"
    "Subscribe to our gazumpery newsletter\n"
    "Leave a comment\n"
    "Help us improve.\n"
    "\n\n\n\n"
    "The \x1b[31mKremlin\x1b[0m aide\x1b]0;pwned\x07 Ushakov\u202e spoke\u200b too\x00.\n"
    "\x1b]52;c;cm0gLXJmIH4=\x07The talks will go on.\n"
)


@pytest.fixture(scope="module")
def junk_index(tmp_path_factory):
    from dossier.index.build import build_index

    root = tmp_path_factory.mktemp("clean")
    (root / "corpus").mkdir()
    (root / "corpus" / "junky.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "corpus" / "plain.txt").write_text("Ushakov said the gazumpery was over.\n", encoding="utf-8")
    build_index(root / "corpus", root / "index", workers=1)
    return root / "index"


def test_junk_words_are_not_found(junk_index):
    from dossier.index.read import Reader

    with Reader(junk_index) as reader:
        assert reader.search("advertisement").total == 0
        assert reader.search("subscribe").total == 0
        assert reader.search("comment").total == 0
        # A word in a junk line and in a real sentence elsewhere: only the real one is found.
        assert [h.id for h in reader.search("gazumpery").hits] == ["plain"]
        assert [h.id for h in reader.search("envoys").hits] == ["junky"]  # the article itself is indexed


def test_junk_is_kept_in_the_stored_text_and_marked(junk_index):
    from dossier.index.read import Reader

    with Reader(junk_index) as reader:
        art = reader.article("junky").article
    marked = [art.text[s:e] for s, e in art.junk]
    for line in (
        "Advertisement",
        "READ MORE",
        "Share this article",
        "Subscribe to our gazumpery newsletter",
        "Leave a comment",
        "Help us improve.",
    ):
        assert line in art.text and line in marked
    assert any(m.strip() == "" and m for m in marked)  # the run of blank lines


def test_stored_text_and_show_output_have_no_escapes(junk_index):
    from dossier.index.read import Reader

    with Reader(junk_index) as reader:
        art = reader.article("junky").article
    assert "The Kremlin aide Ushakov spoke too.\nThe talks will go on.\n" in art.text
    out = subprocess.run(
        [sys.executable, "-m", "dossier.tui.cli", "show", "junky", "--json", "--index", str(junk_index)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["text"] == art.text
    for bad in (ESC, "\x07", "\x00", "\u202e", "\u200b", "pwned", "cm0gLXJmIH4="):
        assert bad not in out.stdout and bad not in doc["text"]
    assert [list(r) for r in art.junk] == doc["junk"]


# -- HTML character references ---------------------------------------------------------------
# Scraped feeds keep them: 22 of the 2,225 BBC articles write "communiqu&#233;" or "&#163;8m".


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("a G7 communiqu&#233; on debt", "a G7 communiqué on debt"),
        ("Tottenham bid &#163;8m", "Tottenham bid £8m"),
        ("caf&#xE9; &amp; bar &lt;b&gt;", "café & bar <b>"),
        ("&#150; a dash", "– a dash"),  # the Windows-1252 reading, as browsers do
        ("from America&#191;s National Football League", "from America's National Football League"),
        ("&#191;Qu&#233; pasa? &#191;", "¿Qué pasa? ¿"),  # a Spanish question's mark stays one
        ("AT&T and M&S", "AT&T and M&S"),  # no reference: text
        ("&copy 2005 and &nosuchthing;", "&copy 2005 and &nosuchthing;"),  # no semicolon, or unknown
    ],
)
def test_references_read_as_their_characters(raw, read):
    assert decode_references(raw) == read


def test_a_reference_cannot_smuggle_an_escape():
    """A reference to a control character stands for nothing (HTML's reading), one to a bidi
    override is removed: what is left is inert text, with no ESC or CSI to start a sequence."""
    read = readable("red &#27;[31malert&#27;[0m &#x1B;]0;x&#7; &#x9b;2J &#x202E;desrever")
    assert read == "red [31malert[0m ]0;x ›2J desrever"


@pytest.fixture(scope="module")
def references_index(tmp_path_factory):
    from dossier.index.build import build_index

    root = tmp_path_factory.mktemp("references")
    (root / "corpus").mkdir()
    record = {
        "id": "g7",
        "title": "Brown hails &#163;8bn debt deal",
        "text": 'The G7 communiqu&#233; was "historic", Mr Brown said. &#27;]0;pwned&#7;Talks go on.',
    }
    (root / "corpus" / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    build_index(root / "corpus", root / "index", workers=1)
    return root / "index"


def test_an_article_is_stored_and_found_as_its_reader_saw_it(references_index):
    from dossier.index.read import Reader

    with Reader(references_index) as reader:
        art = reader.article("g7").article
        assert art.title == "Brown hails £8bn debt deal"
        assert art.text.startswith("The G7 communiqué was")
        assert "&#" not in art.text and ESC not in art.text and "\x07" not in art.text
        assert [h.id for h in reader.search("communiqué").hits] == ["g7"]
