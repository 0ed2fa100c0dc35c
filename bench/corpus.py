"""Corpus maker: N articles from the BBC News corpus (2,225 real articles), as JSONL or .txt files.

Beyond 2,225 the articles repeat with new ids. dossier indexes a text once (content duplicates are
dropped), so every repeat gets a unique last line ("(Repeat 3 of bbc-business-001.)") that makes
its text, and so its content hash, new, and leaves every offset of the original text unchanged. Such repeats are new texts to the build: they are analysed
again (see bench/bigindex.py for how the 10,000 and 50,000 search indexes reuse the analysis).

    python bench/corpus.py 10000 /tmp/corpus-10k            # a folder of .txt files
    python bench/corpus.py 10000 /tmp/c10k.jsonl --jsonl    # one JSON Lines file

Never write the output inside the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = Path(
    os.environ.get("DOSSIER_BENCH_CORPUS", HERE.parent.parent / "shared" / "corpora" / "bbc-news.jsonl")
)


def source_path() -> Path:
    for p in (DEFAULT_SOURCE, Path("/work/shared/corpora/bbc-news.jsonl")):
        if p.is_file():
            return p
    sys.exit(f"BBC corpus not found at {DEFAULT_SOURCE}; set DOSSIER_BENCH_CORPUS to bbc-news.jsonl")


def load_source(path: Path | None = None) -> list[dict]:
    with open(path or source_path(), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def repeat_suffix(k: int, base_id: str) -> str:
    """The line that makes repeat k (k >= 1) of an article a new text."""
    return f"\n\n(Repeat {k} of {base_id}.)"


def articles(n: int, source: list[dict] | None = None):
    """Yield n article dicts {id, title, text, ...}: the source in order, then repeats."""
    src = source if source is not None else load_source()
    for i in range(n):
        base = src[i % len(src)]
        k = i // len(src)
        if k == 0:
            yield dict(base)
        else:
            rec = dict(base)
            rec["id"] = f"{base['id']}-r{k}"
            rec["text"] = base["text"].rstrip() + repeat_suffix(k, base["id"])
            yield rec


def _inside_repo(path: Path) -> bool:
    try:
        path.resolve().relative_to(HERE.parent)
        return True
    except ValueError:
        return False


def write_txt(n: int, folder: Path, source: list[dict] | None = None) -> Path:
    """A folder of .txt files (title line, blank line, text), in subfolders of 1,000."""
    if _inside_repo(folder):
        sys.exit(f"refusing to write a corpus inside the repository: {folder}")
    folder.mkdir(parents=True, exist_ok=True)
    for i, rec in enumerate(articles(n, source)):
        sub = folder / f"part{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        body = f"{rec['title']}\n\n{rec['text']}\n" if rec.get("title") else rec["text"] + "\n"
        (sub / f"{rec['id']}.txt").write_text(body, encoding="utf-8")
    return folder


def write_jsonl(n: int, path: Path, source: list[dict] | None = None) -> Path:
    if _inside_repo(path):
        sys.exit(f"refusing to write a corpus inside the repository: {path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for rec in articles(n, source):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out", type=Path, help="output folder (.txt files) or .jsonl file with --jsonl")
    ap.add_argument("--jsonl", action="store_true", help="write one JSON Lines file")
    args = ap.parse_args()
    if args.jsonl:
        write_jsonl(args.n, args.out)
    else:
        write_txt(args.n, args.out)
    words = sum(len(r["text"].split()) for r in articles(args.n))
    print(f"wrote {args.n} articles ({words:,} words) to {args.out}")


if __name__ == "__main__":
    main()
