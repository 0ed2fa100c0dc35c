"""`dossier search --from FILE`: many queries at once, each with how many articles and quotes it
finds (Datashare's most asked-for feature: a list of names or phrases checked against a corpus).

One query per line; blank lines and lines starting with `#` are skipped. A query that cannot be
parsed is reported on its row (and on stderr with its line) and the others still run; the exit
status is then 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .output import emit_csv, emit_json, shown

FIELDS = ["line", "query", "articles", "quotes", "error"]


def read_queries(path: Path) -> list[tuple[int, str]]:
    """(line number, query) of each query line of path (`-`: stdin)."""
    text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8", errors="replace")
    return [
        (i, line.strip())
        for i, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def batch_search(reader: Any, args: argparse.Namespace, error: type[Exception]) -> int:
    from .read import QueryError

    try:
        queries = read_queries(args.batch)
    except OSError as err:
        raise error(f"cannot read the queries in {args.batch}: {err.strerror}", 2) from None
    rows = []
    for line, query in queries:
        try:
            articles = reader.search(query, limit=1).total
            quotes = reader.count_quotes(query)
            rows.append({"line": line, "query": query, "articles": articles, "quotes": quotes, "error": None})
        except QueryError as err:
            rows.append({"line": line, "query": query, "articles": None, "quotes": None, "error": str(err)})
            print(shown(f"{args.batch}:{line}: bad query: {err}"), file=sys.stderr)
    failed = any(r["error"] for r in rows)
    if args.json:
        emit_json(rows)
    elif args.csv:
        emit_csv(FIELDS, [[r[k] for k in FIELDS] for r in rows])
    else:
        for r in rows:
            if r["error"] is None:
                print(shown(f"{r['articles']:7d} articles {r['quotes']:7d} quotes  {r['query']}"))
            else:
                print(shown(f"      - articles       - quotes  {r['query']}  (bad query: {r['error']})"))
    return 2 if failed else 0
