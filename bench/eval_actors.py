"""Score dossier's actors and speakers against the hand-made BBC gold (bench/gold/).

    python bench/eval_actors.py [--set dev|heldout] [--json] [--errors N]
                                [--index DIR [--reuse]] [--workers N] [--model NAME]

Builds a real index (spaCy + Whoosh, as `dossier index build` does) of exactly the gold articles,
written to a corpus folder of their own as one JSON Lines file with the same ids, reads it back
through the read API and prints, against the gold:
- mention recall: gold mentions that a dossier mention with an actor overlaps;
- actor B-cubed precision / recall / F1 over the mentions found (clusters across articles);
- type accuracy: per gold actor, the type of the dossier actor that holds most of its mentions;
- wrongly merged people: pairs of distinct gold people in one dossier actor;
- speaker accuracy over the gold quotes dossier found: the speaker's actor must map to the gold
  speaker's cluster (a dossier actor maps to the gold actor that holds most of its found
  mentions); an unattributed quote is right only when the gold has no speaker;
and the errors behind each figure, so that an engineer sees what to fix.

The held-out set (`--set heldout`) is for checking a result, never for tuning (bench/gold/README.md).
`--index DIR` keeps the index (its corpus goes beside it, in DIR-corpus/); `--reuse` scores an
index already there without building: only right when the extraction code has not changed.
The scoring functions take plain records and are tested on hand-made data
(tests/test_eval_actors.py).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold"
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news.jsonl"
TARGETS = {
    "mention_recall": 0.95,
    "bcubed_f1": 0.98,
    "type_accuracy": 0.95,
    "wrongly_merged_people": 2,
    "speaker_accuracy": 0.90,
}
QUOTE_OVERLAP = 0.5  # share of the shorter span two quotes must share to be the same quote


# -- the system's side, as the read API gives it (records.Mention / Quote / Actor fit) -------------
@dataclass
class Found:
    """A gold mention and the dossier mention that covers it."""

    article: str
    start: int
    end: int
    surface: str
    gold: str  # gold actor key
    actor: str  # dossier actor id
    sys_surface: str
    sys_start: int = 0  # the dossier mention's span: one span over several names is "glued"
    sys_end: int = 0


@dataclass
class Report:
    articles: int = 0
    gold_mentions: int = 0
    found_mentions: int = 0
    mention_recall: float = 0.0
    bcubed_precision: float = 0.0
    bcubed_recall: float = 0.0
    bcubed_f1: float = 0.0
    gold_actors: int = 0
    typed_actors: int = 0  # gold actors with at least one mention found
    type_accuracy: float = 0.0
    type_accuracy_by_type: dict = field(default_factory=dict)  # gold type -> accuracy (judged)
    wrongly_merged_people: int = 0
    gold_quotes: int = 0
    found_quotes: int = 0
    speaker_accuracy: float = 0.0
    errors: dict = field(default_factory=dict)

    def figures(self) -> dict:
        d = asdict(self)
        d.pop("errors")
        return d


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def find_mentions(article: dict, mentions: list) -> tuple[list[Found], list[dict]]:
    """Each gold mention with the dossier mention (that has an actor) overlapping it most."""
    found, missed = [], []
    usable = [m for m in mentions if m.actor]
    for g in article["mentions"]:
        best = max(usable, key=lambda m: (overlap((m.start, m.end), (g["start"], g["end"])), -m.start), default=None)
        if best is None or overlap((best.start, best.end), (g["start"], g["end"])) == 0:
            missed.append({"article": article["id"], "surface": g["surface"], "gold": g["actor"], "start": g["start"]})
            continue
        found.append(
            Found(
                article["id"],
                g["start"],
                g["end"],
                g["surface"],
                g["actor"],
                best.actor,
                best.surface,
                best.start,
                best.end,
            )
        )
    return found, missed


def bcubed(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 of (system cluster, gold cluster) items."""
    if not pairs:
        return 0.0, 0.0, 0.0
    both = Counter(pairs)
    sys_size = Counter(s for s, _ in pairs)
    gold_size = Counter(g for _, g in pairs)
    p = sum(c * c / sys_size[s] for (s, _), c in both.items()) / len(pairs)
    r = sum(c * c / gold_size[g] for (_, g), c in both.items()) / len(pairs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def majority(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """For each first element, the second element it goes with most (ties: the smallest)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for a, b in pairs:
        counts[a][b] += 1
    return {a: min(c, key=lambda b: (-c[b], b)) for a, c in counts.items()}


def type_errors(found: list[Found], gold_types: dict[str, str], sys_types: dict[str, str]) -> tuple[int, list[dict]]:
    """(gold actors judged, the wrong ones): each gold actor takes the type of its main dossier actor."""
    main = majority([(f.gold, f.actor) for f in found])
    wrong = []
    for gold, actor in sorted(main.items()):
        if sys_types.get(actor) != gold_types[gold]:
            wrong.append(
                {"gold": gold, "gold_type": gold_types[gold], "actor": actor, "actor_type": sys_types.get(actor)}
            )
    return len(main), wrong


def merges(found: list[Found], gold_types: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """(pairs of distinct gold people in one dossier actor, every dossier actor holding several gold actors)."""
    held: dict[str, Counter] = defaultdict(Counter)
    surfaces: dict[tuple[str, str], set] = defaultdict(set)
    spans: dict[tuple[str, str], set] = defaultdict(set)
    for f in found:
        held[f.actor][f.gold] += 1
        surfaces[(f.actor, f.gold)].add(f.surface)
        spans[(f.actor, f.gold)].add((f.article, f.sys_start, f.sys_end))
    people, mixed = [], []
    for actor, golds in sorted(held.items()):
        if len(golds) < 2:
            continue
        mixed.append(
            {
                "actor": actor,
                "holds": {g: {"mentions": n, "surfaces": sorted(surfaces[(actor, g)])} for g, n in golds.most_common()},
            }
        )
        persons = sorted(g for g in golds if gold_types[g] == "person")
        for i, a in enumerate(persons):
            for b in persons[i + 1 :]:
                # glued: only because one dossier mention spans both names ("Clay, Flack (Edwards")
                glued = spans[(actor, a)] == spans[(actor, b)]
                people.append(
                    {
                        "actor": actor,
                        "people": [a, b],
                        "glued": glued,
                        "surfaces": [sorted(surfaces[(actor, a)]), sorted(surfaces[(actor, b)])],
                    }
                )
    return people, mixed


def splits(found: list[Found]) -> list[dict]:
    """Gold actors whose found mentions are spread over several dossier actors."""
    by_gold: dict[str, Counter] = defaultdict(Counter)
    for f in found:
        by_gold[f.gold][f.actor] += 1
    return [{"gold": g, "actors": dict(c.most_common())} for g, c in sorted(by_gold.items()) if len(c) > 1]


def quote_overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    return overlap(a, b) / max(1, min(a[1] - a[0], b[1] - b[0]))


def judge_speakers(
    article: dict, quotes: list, actor_to_gold: dict[str, str]
) -> tuple[int, int, list[dict], list[dict]]:
    """(quotes found, speakers right, speaker errors, quotes not found) for one article's gold quotes."""
    n_found = right = 0
    errors, missing = [], []
    for g in article["quotes"]:
        span = (g["start"], g["end"])
        best = max(quotes, key=lambda q: quote_overlap((q.start, q.end), span), default=None)
        if best is None or quote_overlap((best.start, best.end), span) < QUOTE_OVERLAP:
            missing.append({"article": article["id"], "text": g["text"][:70], "gold": g["speaker"]})
            continue
        n_found += 1
        accept = {g["speaker"], *g.get("also_accept", [])} - {None}
        if best.speaker_id is None:  # no actor: none at all, or a description ("the chancellor")
            ok, mapped = g["speaker"] is None, None
            kind = "a description, no actor" if best.speaker else "unattributed"
        else:
            mapped = actor_to_gold.get(best.speaker_id)
            ok = mapped is not None and mapped in accept
            kind = (
                "speaker is no gold actor"
                if mapped is None
                else "named, gold has none"
                if not accept
                else "wrong speaker"
            )
        right += ok
        if not ok:
            errors.append(
                {
                    "article": article["id"],
                    "text": g["text"][:70],
                    "gold": g["speaker"],
                    "accept": sorted(accept),
                    "speaker": best.speaker,
                    "speaker_id": best.speaker_id,
                    "maps_to": mapped,
                    "kind": kind,
                    "cue": best.cue,
                }
            )
    return n_found, right, errors, missing


def score(gold: list[dict], system: dict[str, tuple[list, list]], sys_types: dict[str, str]) -> Report:
    """The figures and their errors. system: article id -> (dossier mentions, dossier quotes);
    sys_types: dossier actor id -> type."""
    gold_types = {k: a["type"] for art in gold for k, a in art["actors"].items()}
    rep = Report(articles=len(gold))
    found: list[Found] = []
    missed: list[dict] = []
    for art in gold:
        mentions, _ = system.get(art["id"], ([], []))
        f, m = find_mentions(art, mentions)
        found += f
        missed += m
    rep.gold_mentions = sum(len(a["mentions"]) for a in gold)
    rep.found_mentions = len(found)
    rep.mention_recall = len(found) / rep.gold_mentions if rep.gold_mentions else 0.0
    rep.bcubed_precision, rep.bcubed_recall, rep.bcubed_f1 = bcubed([(f.actor, f.gold) for f in found])
    rep.gold_actors = len({m["actor"] for a in gold for m in a["mentions"]})
    rep.typed_actors, wrong_types = type_errors(found, gold_types, sys_types)
    rep.type_accuracy = 1 - len(wrong_types) / rep.typed_actors if rep.typed_actors else 0.0
    judged = Counter(gold_types[g] for g in {f.gold for f in found})
    wrong_by = Counter(t["gold_type"] for t in wrong_types)
    rep.type_accuracy_by_type = {t: round(1 - wrong_by[t] / n, 3) for t, n in sorted(judged.items())}
    people, mixed = merges(found, gold_types)
    rep.wrongly_merged_people = len(people)
    actor_to_gold = majority([(f.actor, f.gold) for f in found])
    speaker_errors, quotes_missing = [], []
    right = 0
    for art in gold:
        _, quotes = system.get(art["id"], ([], []))
        n, r, e, miss = judge_speakers(art, quotes, actor_to_gold)
        rep.found_quotes += n
        right += r
        speaker_errors += e
        quotes_missing += miss
    rep.gold_quotes = sum(len(a["quotes"]) for a in gold)
    rep.speaker_accuracy = right / rep.found_quotes if rep.found_quotes else 0.0
    rep.errors = {
        "missed_mentions": missed,
        "wrongly_merged_people": people,
        "merged": mixed,
        "split": splits(found),
        "types": wrong_types,
        "speakers": speaker_errors,
        "quotes_not_found": quotes_missing,
    }
    return rep


# -- building and reading the index ------------------------------------------------------------
def load_gold(which: str) -> list[dict]:
    path = GOLD / f"bbc_{which}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_corpus(gold: list[dict], folder: Path) -> dict[str, str]:
    """The gold articles, as the BBC corpus has them, in one JSON Lines file: id -> text (as the
    loader reads it, which is what the gold's offsets count in)."""
    from dossier.index.ingest.clean import decode_references

    wanted = {a["id"] for a in gold}
    if not CORPUS.exists():
        raise SystemExit(f"the BBC corpus is not at {CORPUS}: the gold's articles come from it")
    folder.mkdir(parents=True, exist_ok=True)
    texts = {}
    with CORPUS.open(encoding="utf-8") as src, (folder / "bbc.jsonl").open("w", encoding="utf-8") as out:
        for line in src:
            rec = json.loads(line)
            if rec["id"] in wanted:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                texts[rec["id"]] = decode_references(rec["text"])
    if set(texts) != wanted:
        raise SystemExit(f"articles of the gold missing from {CORPUS}: {sorted(wanted - set(texts))}")
    return texts


def read_system(index_dir: Path, gold: list[dict], texts: dict[str, str]) -> tuple[dict, dict, dict]:
    from dossier.index.read import Reader

    system, names = {}, {}
    with Reader(index_dir) as reader:
        types = {a.id: a.type for a in reader.actors()}
        names = {a.id: a.name for a in reader.actors()}
        for art in gold:
            view = reader.article(art["id"])
            if view is None:
                raise SystemExit(f"{art['id']} is not in the index at {index_dir}")
            if view.article.text != texts[art["id"]]:
                raise SystemExit(
                    f"{art['id']}: the indexed text differs from the corpus's; the gold's offsets would not hold"
                )
            system[art["id"]] = (view.mentions, view.quotes)
    return system, types, names


def build(corpus: Path, index_dir: Path, workers: int | None, model: str | None) -> float:
    from dossier.index.build import build_index

    t = time.perf_counter()
    build_index(corpus, index_dir, model=model, workers=workers, full=True)
    return time.perf_counter() - t


# -- printing ----------------------------------------------------------------------------------
def mark(name: str, value) -> str:
    target = TARGETS.get(name)
    if target is None:
        return ""
    ok = value <= target if name == "wrongly_merged_people" else value >= target
    want = f"<= {target}" if name == "wrongly_merged_people" else f">= {target}"
    return f"  target {want}: {'ok' if ok else 'BELOW'}"


def print_report(rep: Report, which: str, names: dict[str, str], limit: int) -> None:
    f = rep.figures()
    print(
        f"BBC {which} gold: {rep.articles} articles, {rep.gold_mentions} mentions of {rep.gold_actors} "
        f"actors, {rep.gold_quotes} quotes"
    )
    print(
        f"  mention_recall        {rep.mention_recall:.3f}  ({rep.found_mentions}/{rep.gold_mentions})"
        + mark("mention_recall", rep.mention_recall)
    )
    for k in ("bcubed_precision", "bcubed_recall", "bcubed_f1"):
        print(f"  {k:<21} {f[k]:.3f}" + mark(k, f[k]))
    print(
        f"  type_accuracy         {rep.type_accuracy:.3f}  (of {rep.typed_actors} gold actors found)"
        + mark("type_accuracy", rep.type_accuracy)
    )
    print("    by gold type: " + ", ".join(f"{t} {v:.3f}" for t, v in rep.type_accuracy_by_type.items()))
    print(
        f"  wrongly_merged_people {rep.wrongly_merged_people}"
        + mark("wrongly_merged_people", rep.wrongly_merged_people)
    )
    print(
        f"  speaker_accuracy      {rep.speaker_accuracy:.3f}  (of {rep.found_quotes} gold quotes found, "
        f"{rep.gold_quotes} in the gold)" + mark("speaker_accuracy", rep.speaker_accuracy)
    )
    e = rep.errors
    name = lambda a: f"{names.get(a, a)!r} [{a}]"  # noqa: E731
    print(f"\nerrors (first {limit} of each kind; --json has them all)")
    print(
        f"- missed mentions: {len(e['missed_mentions'])}; most missed forms: "
        + ", ".join(f"{s!r} x{n}" for s, n in Counter(m["surface"] for m in e["missed_mentions"]).most_common(limit))
    )
    glued = sum(m["glued"] for m in e["wrongly_merged_people"])
    print(
        f"- wrongly merged people: {len(e['wrongly_merged_people'])} pairs ({glued} only through one "
        "dossier mention glued over several names)"
    )
    for m in e["wrongly_merged_people"][:limit]:
        print(
            f"    {name(m['actor'])} holds {m['people'][0]} {m['surfaces'][0]} and {m['people'][1]} {m['surfaces'][1]}"
        )
    others = [m for m in e["merged"] if not any(p["actor"] == m["actor"] for p in e["wrongly_merged_people"])]
    print(f"- other merges (a dossier actor holding several gold actors): {len(others)}")
    for m in others[:limit]:
        print(
            f"    {name(m['actor'])} holds "
            + "; ".join(f"{g} {v['surfaces']} x{v['mentions']}" for g, v in m["holds"].items())
        )
    print(f"- split (a gold actor over several dossier actors): {len(e['split'])}")
    for s in sorted(e["split"], key=lambda s: -len(s["actors"]))[:limit]:
        print(f"    {s['gold']}: " + ", ".join(f"{name(a)} x{n}" for a, n in s["actors"].items()))
    kinds = Counter(f"{t['gold_type']} as {t['actor_type']}" for t in e["types"])
    print(f"- wrong types: {len(e['types'])} (" + ", ".join(f"{k} x{n}" for k, n in kinds.most_common()) + ")")
    for t in e["types"][:limit]:
        print(f"    {t['gold']} ({t['gold_type']}) is {name(t['actor'])}, typed {t['actor_type']}")
    kinds = Counter(s["kind"] for s in e["speakers"])
    print(f"- wrong speakers: {len(e['speakers'])} (" + ", ".join(f"{k} x{n}" for k, n in kinds.most_common()) + ")")
    for s in e["speakers"][:limit]:
        print(
            f"    {s['article']}: {s['text'][:50]!r}: gold {s['gold']}, dossier {s['speaker']!r}"
            f" [{s['speaker_id']}] -> {s['maps_to']}"
        )
    print(f"- gold quotes dossier did not find: {len(e['quotes_not_found'])}")
    for q in e["quotes_not_found"][:limit]:
        print(f"    {q['article']}: {q['text'][:60]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("dev", "heldout"), default="dev", dest="which")
    ap.add_argument("--json", action="store_true", help="one JSON document: figures, targets, errors")
    ap.add_argument("--errors", type=int, default=12, help="errors listed per kind (default 12)")
    ap.add_argument("--index", type=Path, help="keep the index here (its corpus in INDEX-corpus/)")
    ap.add_argument("--reuse", action="store_true", help="score the index at --index without building")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)
    if args.reuse and not args.index:
        ap.error("--reuse needs --index")
    gold = load_gold(args.which)
    tmp = None
    if args.index:
        index_dir = args.index.resolve()
    else:
        tmp = Path(tempfile.mkdtemp(prefix="dossier-eval-actors-"))
        index_dir = tmp / "index"
    corpus = Path(str(index_dir) + "-corpus")
    try:
        texts = write_corpus(gold, corpus)
        seconds = None
        if not (args.reuse and (index_dir / "manifest.json").exists()):
            seconds = build(corpus, index_dir, args.workers, args.model)
        system, types, names = read_system(index_dir, gold, texts)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    rep = score(gold, system, types)
    if args.json:
        json.dump(
            {
                "set": args.which,
                "figures": rep.figures(),
                "targets": TARGETS,
                "build_seconds": seconds,
                "errors": rep.errors,
            },
            sys.stdout,
            indent=1,
        )
        print()
    else:
        if seconds is not None:
            print(f"built an index of the {len(gold)} {args.which} articles in {seconds:.1f} s")
        print_report(rep, args.which, names, args.errors)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
