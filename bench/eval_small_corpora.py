"""The dev gold scored as a held-out sample is: in corpora of a few articles, each its own index.

    python bench/eval_small_corpora.py [--size 10] [--errors N] [--json]

A held-out sample of ten articles is indexed alone, so the votes a name's type gets across the
corpus, and the full names that place its bare surname, come from those ten articles only; on
the 92 dev articles indexed together they come from all of them. This script splits the dev set
(never the held-out one) into groups of `--size` articles in their order, builds an index of
each, and scores them pooled (`eval_actors.score`, each group's actor ids kept apart), so the
rules can be judged in the conditions a held-out sample is checked in.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from eval_actors import TARGETS, build, load_gold, print_report, read_system, score, write_corpus


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=10, help="articles per corpus (default 10)")
    ap.add_argument("--errors", type=int, default=12, help="errors listed per kind (default 12)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    gold = load_gold("dev")
    system, types, names = {}, {}, {}
    tmp = Path(tempfile.mkdtemp(prefix="dossier-eval-small-"))
    try:
        for n, start in enumerate(range(0, len(gold), args.size)):
            part = gold[start : start + args.size]
            corpus, index = tmp / f"c{n}", tmp / f"i{n}"
            texts = write_corpus(part, corpus)
            build(corpus, index, 1, None)
            s, t, names_n = read_system(index, part, texts)
            tag = f"#{n}"  # one group's actor is not another's
            for aid, (mentions, quotes) in s.items():
                system[aid] = (
                    [replace(m, actor=m.actor + tag if m.actor else m.actor) for m in mentions],
                    [replace(q, speaker_id=q.speaker_id + tag if q.speaker_id else q.speaker_id) for q in quotes],
                )
            types.update({k + tag: v for k, v in t.items()})
            names.update({k + tag: v for k, v in names_n.items()})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rep = score(gold, system, types)
    if args.json:
        json.dump({"size": args.size, "figures": rep.figures(), "targets": TARGETS, "errors": rep.errors}, sys.stdout)
        print()
    else:
        print(f"the {len(gold)} dev articles in corpora of {args.size}, each indexed alone")
        print_report(rep, f"dev in corpora of {args.size}", names, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
