"""Random queries (hypothesis): the read API and the `dossier search` command answer, or give a
clear parse error (QueryError / exit 2), and never raise anything else or print a traceback."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dossier.index.paths import SEEDS
from dossier.index.read import QueryError, Reader

from rel_helpers import count, dossier

pytestmark = pytest.mark.reliability

TOKENS = [
    '"',
    "(",
    ")",
    "*",
    "?",
    "~",
    "~2",
    "^",
    "^2",
    ":",
    "AND",
    "OR",
    "NOT",
    "ANDNOT",
    "ANDMAYBE",
    "TO",
    "[",
    "]",
    "{",
    "}",
    "'",
    "\\",
    "/",
    "+",
    "-",
    "!",
    "&&",
    "||",
    "<",
    ">",
    "=",
    "title:",
    "body:",
    "actor:",
    "speaker:",
    "source:",
    "date:",
    "text:",
    "id:",
    "record:",
    "nosuchfield:",
    "date:2025-12",
    "[a TO z]",
    "{a TO}",
    "actor:ushakov",
    "Ushakov",
    "peace",
    "talk*",
    "zelensk~",
    '"peace talks"',
    "*",
    "**",
    "?*",
    "NOT NOT",
    "()",
    '""',
    "''",
    "\u202e",
    "\u200b",
    "ü",
    "名前",
    "😀",
    "\t",
    "\n",
    " ",
]
words = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
structured = st.lists(st.one_of(st.sampled_from(TOKENS), words), max_size=10).map(
    lambda parts: "".join(p if i % 2 else p + " " for i, p in enumerate(parts))
)
queries = st.one_of(structured, st.text(max_size=40), st.text(st.sampled_from('"()*?~^:[]{}\\ -+!aO'), max_size=20))


@pytest.fixture(scope="module")
def reader(seeds_index):
    with Reader(seeds_index) as r:
        yield r


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(q=queries)
@example(q='date:"peace talks"')  # found by hypothesis: a phrase in a field without positions
@example(q="actor:* speaker:zel*")  # names looked up in the actors' aliases
@example(q="O~")  # found by hypothesis: a fuzzy word expands to text, not bytes
def test_read_api_answers_or_raises_query_error(reader, q):
    count("faults injected: random queries (read API)")
    try:
        result = reader.search(q, limit=5)
        assert result.total >= 0 and all(isinstance(h.snippet_text(), str) for h in result.hits)
    except QueryError as err:
        assert str(err)
    try:
        reader.quotes(query=q, limit=5)
    except QueryError as err:
        assert str(err)
    try:
        reader.match_ranges("003_7e505e72308bf6ca", q)
    except QueryError as err:
        assert str(err)
    reader.suggest(q)
    reader.quotes(speaker=q, limit=5)


@settings(max_examples=24, deadline=None, suppress_health_check=list(HealthCheck))
@given(q=queries.filter(lambda s: "\x00" not in s))
def test_search_command_answers_or_exits_2(seeds_index, q):
    count("faults injected: random queries (dossier search)")
    proc = dossier("search", "--json", "--index", seeds_index, "--corpus", SEEDS, "--", q, timeout=60)
    assert "Traceback" not in proc.stderr
    if proc.returncode == 0:
        doc = json.loads(proc.stdout)
        assert doc["query"] == q and isinstance(doc["hits"], list)
    else:
        assert proc.returncode == 2, (q, proc.returncode, proc.stderr)
        assert proc.stderr.startswith("dossier: bad query: ") and proc.stdout == "", proc.stderr
