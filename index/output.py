"""What the headless commands write: JSON and CSV on stdout, text for a terminal.

Article text and file names are untrusted: nothing written here may carry what a terminal acts
on (escapes, C1 controls, bidi marks) or what a spreadsheet runs (a cell starting `=`).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from typing import Any, TextIO

from .ingest.clean import UNSAFE_CHARS

# A CSV cell that a spreadsheet would run as a formula (OWASP's list): written after a single quote.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What a terminal acts on or what hides text, and lone surrogates (a file name that is not UTF-8):
# written as escapes, in JSON as \uXXXX (a program reading it gets the characters back).
_UNSAFE = re.compile(f"[{UNSAFE_CHARS}\ud800-\udfff]")


def _json_escape(match: re.Match) -> str:
    data = match.group(0).encode("utf-16-le", "surrogatepass")
    return "".join(f"\\u{int.from_bytes(data[i : i + 2], 'little'):04x}" for i in range(0, len(data), 2))


def emit_json(doc: Any, out: TextIO | None = None) -> int:
    """One JSON document on stdout (or out: the explorer's export to a file); returns exit code 0."""
    out = out or sys.stdout
    out.write(_UNSAFE.sub(_json_escape, json.dumps(doc, ensure_ascii=False, indent=1)))
    out.write("\n")
    return 0


def shown(text: str) -> str:
    """Text for a terminal: what it would act on, or what hides text, as a visible escape."""
    return _UNSAFE.sub(lambda m: m.group(0).encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs as a formula."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def emit_csv(header: list[str], rows: list[list], out: TextIO | None = None) -> int:
    """CSV on stdout (or out), every cell neutralised; returns exit code 0."""
    w = csv.writer(out or sys.stdout)
    w.writerow(header)
    w.writerows([cell(v) for v in row] for row in rows)
    return 0
