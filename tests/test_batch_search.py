"""`dossier search --from FILE` (issue 11, item 6): one query per line, each with the number of
articles and quotes it finds, as the single commands find them; a bad line is reported and the
others still run (exit 2)."""

from __future__ import annotations

import csv
import io
import json

from dossier.index.read import QueryError, Reader
from test_cli import dossier

QUERIES = ["Ushakov", "kremlin AND peace", '"peace talks"', "AND OR (", "zzzznothing", "Witkoff OR Dmitriev"]


def expected(index, query):
    with Reader(index) as r:
        try:
            return r.search(query, limit=1).total, len(r.quotes(query=query))
        except QueryError:
            return None


def test_each_line_is_counted_as_the_single_commands_count_it(seeds_index, tmp_path):
    path = tmp_path / "queries.txt"
    path.write_text("# names to check\n\n" + "\n".join(QUERIES) + "\n", encoding="utf-8")
    out = dossier("search", "--from", str(path), "--json", index=seeds_index)
    assert out.returncode == 2, out.stderr  # one query cannot be parsed
    rows = json.loads(out.stdout)
    assert [r["query"] for r in rows] == QUERIES and [r["line"] for r in rows] == list(range(3, 3 + len(QUERIES)))
    for row in rows:
        want = expected(seeds_index, row["query"])
        if want is None:
            assert row["error"] and row["articles"] is None, row
            assert f"{path}:{row['line']}: bad query" in out.stderr
        else:
            assert (row["articles"], row["quotes"]) == want and row["error"] is None, row
    assert any(r["articles"] for r in rows) and any(r["quotes"] for r in rows)

    table = dossier("search", "--from", str(path), "--csv", index=seeds_index)
    parsed = list(csv.DictReader(io.StringIO(table.stdout)))
    assert [p["query"] for p in parsed] == QUERIES
    assert [p["articles"] for p in parsed] == ["" if r["articles"] is None else str(r["articles"]) for r in rows]


def test_all_good_lines_exit_0_and_print_a_line_each(seeds_index, tmp_path):
    path = tmp_path / "q.txt"
    path.write_text("Ushakov\nzzzznothing\n", encoding="utf-8")
    out = dossier("search", "--from", str(path), index=seeds_index)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    articles, quotes = expected(seeds_index, "Ushakov")
    assert len(lines) == 2 and lines[0].split()[0] == str(articles) and lines[0].split()[2] == str(quotes)


def test_a_query_and_from_together_or_neither_is_a_usage_error(seeds_index, tmp_path):
    path = tmp_path / "q.txt"
    path.write_text("Ushakov\n", encoding="utf-8")
    for argv in (("search",), ("search", "Ushakov", "--from", str(path))):
        out = dossier(*argv, index=seeds_index)
        assert out.returncode == 2 and "--from FILE" in out.stderr and out.stdout == ""
    missing = dossier("search", "--from", str(tmp_path / "none.txt"), index=seeds_index)
    assert missing.returncode == 2 and "cannot read the queries" in missing.stderr
