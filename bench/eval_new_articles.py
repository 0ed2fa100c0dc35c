"""Score the dev index on a subset of the gold's articles: those annotated in one annotations file.

    python bench/eval_new_articles.py --index DIR [--file annotations-types.txt] [--errors N]

Why: the articles of bench/gold/annotations-types.txt were added to the dev set before any rule
was tuned on them; their figures alone, before and after, say how the rules carry to articles
nobody tuned to. Scores an index built by `bench/eval_actors.py --index DIR` (same code only):
the index holds every dev article, so cross-article merges are those of the whole dev set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eval_actors  # noqa: E402


def article_ids(source: Path) -> set[str]:
    text = source.read_text(encoding="utf-8")
    return set(re.findall(r"^article (\S+) dev\b", text, flags=re.M))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--file", default="annotations-types.txt")
    ap.add_argument("--errors", type=int, default=12)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    ids = article_ids(eval_actors.GOLD / args.file)
    gold = [a for a in eval_actors.load_gold("dev") if a["id"] in ids]
    index_dir = args.index.resolve()
    from dossier.index.ingest.clean import decode_references

    texts = {}
    with (Path(str(index_dir) + "-corpus") / "bbc.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in ids:
                texts[rec["id"]] = decode_references(rec["text"])
    system, types, names = eval_actors.read_system(index_dir, gold, texts)
    rep = eval_actors.score(gold, system, types)
    if args.json:
        json.dump({"articles": sorted(ids), "figures": rep.figures(), "errors": rep.errors}, sys.stdout, indent=1)
        print()
    else:
        eval_actors.print_report(rep, f"dev ({args.file} only)", names, args.errors)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
