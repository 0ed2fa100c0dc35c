"""Exporting a list of the explorer to a file the user names, and a quote's citation.

The format follows the file's extension: `.csv` and `.json` are written by the headless
commands' writers (dossier.index.output: CSV cells that a spreadsheet would run as a formula get
a leading `'`, JSON escapes what a terminal would act on), `.md` is a report to paste into a
draft (the case file's is the one of `dossier pins --markdown`). Nothing here touches the screen:
the case work (tui/casework.py) runs it in a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dossier.index.output import emit_csv, emit_json, shown
from dossier.index.records import Actor, Quote
from dossier.index.results import HIT_FIELDS, Hit

FORMATS = {".csv": "csv", ".json": "json", ".md": "markdown", ".markdown": "markdown"}
KINDS = ("results", "quotes", "actors", "pins")

QUOTE_FIELDS = ["id", "article", "title", "text", "start", "end", "speaker", "speaker_id", "cue", "kind", "group"]
ACTOR_FIELDS = ["id", "name", "type", "aliases", "mentions", "articles"]
PIN_FIELDS = ["id", "kind", "ref", "state", "label", "speaker", "cue", "text", "article", "source", "date", "path"]
PIN_FIELDS += ["start", "end", "note", "pinned_at"]  # as `dossier pins --csv`


class ExportError(Exception):
    """The file cannot be written as asked (the message says why, and what to do)."""


@dataclass
class Table:
    """What a list exports: its rows as dicts, the CSV columns, and Markdown blocks."""

    header: list[str]
    rows: list[dict[str, Any]]
    markdown: list[str]


def target(name: str) -> tuple[Path, str]:
    """The file a name means (`~` expanded, relative to the working folder) and its format."""
    name = name.strip()
    if not name:
        raise ExportError("no file named")
    path = Path(name).expanduser()
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ExportError(f"{name!r}: end the name with .csv, .json or .md to say which format")
    if path.exists():
        raise ExportError(f"{str(path)!r} exists already: choose another name (nothing was overwritten)")
    if not path.parent.is_dir():
        raise ExportError(f"no folder {str(path.parent)!r}")
    return path, fmt


def hits_table(hits: list[Hit]) -> Table:
    rows = [h.row() for h in hits]
    md = ["# Results"]
    for r in rows:
        meta = ", ".join(str(x) for x in (r["source"], r["date"]) if x)
        md.append(f"\n- **{r['title']}**" + (f" ({meta})" if meta else "") + f" `{r['path']}`\n  {r['snippet']}")
    return Table(HIT_FIELDS, rows, md)


def quotes_table(quotes: list[Quote], titles: dict[str, str]) -> Table:
    rows = [{**q.public(), "title": titles.get(q.article)} for q in quotes]
    md = ["# Quotes"]
    for q in quotes:
        who = q.speaker or "unattributed"
        md.append(
            f"\n> “{q.text}”\n>\n> — {who}"
            + (f" ({q.cue})" if q.cue else "")
            + f"\n\nIn *{titles.get(q.article) or q.article}*"
            f" (`{q.article}`, characters {q.start}-{q.end})"
        )
    return Table(QUOTE_FIELDS, rows, md)


def actors_table(actors: list[Actor]) -> Table:
    rows = [
        {
            "id": a.id,
            "name": a.name,
            "type": a.type,
            "aliases": a.aliases,
            "mentions": a.mentions,
            "articles": a.articles,
        }
        for a in actors
    ]
    md = ["# Actors"]
    md += [f"\n- **{a.name}** ({a.type}): {a.mentions} mentions in {len(a.articles)} articles" for a in actors]
    return Table(ACTOR_FIELDS, rows, md)


def pins_table(pins: list[tuple[Any, str]]) -> Table:
    from dossier.index.casefile import iter_markdown

    rows = [{**pin.to_dict(), "state": state} for pin, state in pins]
    return Table(PIN_FIELDS, rows, list(iter_markdown(pins)))


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def write(table: Table, path: Path, fmt: str) -> None:
    """Write the table to path in fmt (created new: an existing file is never replaced)."""
    try:
        with path.open("x", encoding="utf-8", newline="" if fmt == "csv" else None) as out:
            if fmt == "csv":
                emit_csv(table.header, [[_csv_value(r.get(k)) for k in table.header] for r in table.rows], out)
            elif fmt == "json":
                emit_json(table.rows, out)
            else:
                for block in table.markdown:
                    out.write(shown(block) + "\n")
    except FileExistsError:
        raise ExportError(f"{str(path)!r} exists already: choose another name (nothing was overwritten)") from None
    except OSError as err:
        raise ExportError(f"cannot write {str(path)!r}: {err.strerror or err}") from None


def citation(quote: Quote, title: str | None, source: str | None, date: str | None, path: str | None) -> str:
    """A quote with what cites it, to paste into a draft."""
    who = quote.speaker or "unattributed"
    lines = [f"“{quote.text}”", f"— {who}" + (f" ({quote.cue})" if quote.cue else "")]
    where = ", ".join(x for x in (title or quote.article, source, date) if x)
    lines.append(where + (f" [{path}]" if path else "") + f" ({quote.id})")
    return "\n".join(lines)
