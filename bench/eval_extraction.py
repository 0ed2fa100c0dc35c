"""Score the extraction against gold data: quotes, speakers, and how actors' names group.

    python bench/eval_extraction.py [--workers N] [--skip-polnear] [--polnear DIR [--skip-seeds]]

Builds real indexes (spaCy + Whoosh, as `dossier index build` does) of ../shared/seeds and of
../shared/eval/polnear-dev/articles, reads them back through the read API and prints:
- seeds gold (articles 000-002): quote detection precision/recall/F1, speaker accuracy on the
  found quotes, actor coverage and B-cubed precision/recall/F1 of the grouping of name mentions;
- PolNeAR dev (84 articles, 825 quotes): quote detection P/R/F1 (matched by word overlap) and
  speaker accuracy where the gold speaker is a name (a shared name word, as its README says).
  12 of the 84 articles have no gold quote at all (PolNeAR annotated none there, though they quote
  people): `quote_precision_annotated` and `quote_f1_annotated` count only the other 72.
  `found_and_right`: the gold quotes whose speaker is a name that a found quote matches with the
  right speaker, over all those gold quotes. With -v the wrong speakers are listed by kind.
  `speaker_accuracy` judges every gold source that is not a pronoun, descriptions too ("the
  Florida senator", right only when a word is shared); `speaker_accuracy_names` and
  `found_and_right_names` only those the gold writes as a name (`gold_is_description` false).
`--polnear DIR` scores another set in the same format instead of the dev split: the halves of
PolNeAR's train split that bench/polnear_split.py writes (`tune` to read errors on, `check` to
measure on without reading them).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.index.build import build_index  # noqa: E402
from dossier.index.read import Reader  # noqa: E402

SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEEDS_GOLD = SHARED / "eval" / "seeds_dev_gold.json"
POLNEAR = SHARED / "eval" / "polnear-dev"
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "who", "said", "says"}
TITLES = {"mr", "mrs", "ms", "dr", "sen", "gov", "rep", "president", "the"}


def fold(s: str) -> str:
    s = re.sub(r"['’]s\b", "", s)  # possessives: "Clinton's campaign" names Clinton
    s = s.replace("’", "").replace("'", "")  # O'Neill and O’Neill are one name
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", s))


def words(s: str) -> set[str]:
    return set(fold(s).split())


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, inter) / max(1, min(a[1] - a[0], b[1] - b[0]))


def match(pred: list, gold: list, key_pred, key_gold, threshold: float = 0.5) -> list[tuple]:
    """Greedy one-to-one matching by span overlap (of the shorter span)."""
    pairs = sorted(
        ((overlap(key_pred(p), key_gold(g)), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p, used_g, out = set(), set(), []
    for score, i, j in pairs:
        if score < threshold:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((pred[i], gold[j]))
    return out


def speaker_names(reader: Reader, quote) -> set[str]:
    names = {fold(quote.speaker)} if quote.speaker else set()
    actor = reader.actor(quote.speaker_id) if quote.speaker_id else None
    if actor:
        names |= {fold(a) for a in actor.aliases} | {fold(actor.name)}
    return {n for n in names if n}


def eval_seeds(reader: Reader, verbose: bool) -> dict[str, float]:
    gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    docs = [k for k in gold if k != "cross_document"]
    forms: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for actor in gold[doc]["actors"]:
            forms[actor["canonical"]] |= {
                fold(f) for f in [actor["canonical"], *actor["name_forms"], *actor.get("also_accept", [])]
            }
    tp = n_pred = n_gold = right = 0
    cov_hit = cov_all = 0
    pred_cluster, gold_cluster = [], []
    for doc in docs:
        view = reader.article(doc)
        pred = view.quotes
        gq = gold[doc]["quotes"]
        pairs = match(pred, gq, lambda q: (q.start, q.end), lambda g: (g["start"], g["end"]))
        tp += len(pairs)
        n_pred += len(pred)
        n_gold += len(gq)
        for p, g in pairs:
            ok = (g["speaker"] is None and p.speaker is None) or (
                g["speaker"] is not None and bool(speaker_names(reader, p) & forms[g["speaker"]])
            )
            right += ok
            if verbose and not ok:
                print(f"  speaker {doc[:3]}: {p.speaker!r} for gold {g['speaker']!r}: {g['text'][:50]!r}")
        if verbose:
            matched = {id(p) for p, _ in pairs}
            gmatched = {id(g) for _, g in pairs}
            for p in pred:
                if id(p) not in matched:
                    print(f"  extra   {doc[:3]}: {p.text[:60]!r}")
            for g in gq:
                if id(g) not in gmatched:
                    print(f"  missed  {doc[:3]}: {g['text'][:60]!r}")
        for actor in gold[doc]["actors"]:
            if actor.get("optional"):
                continue
            for m in actor["mention_spans"]:
                cov_all += 1
                hit = next(
                    (
                        pm
                        for pm in view.mentions
                        if overlap((pm.start, pm.end), (m["start"], m["end"])) > 0 and pm.actor
                    ),
                    None,
                )
                if hit is None:
                    if verbose:
                        print(f"  uncovered {doc[:3]}: {m['surface']!r} ({actor['canonical']})")
                    continue
                cov_hit += 1
                pred_cluster.append(hit.actor)
                gold_cluster.append(actor["canonical"])
    p, r, f = prf(tp, n_pred, n_gold)
    bp, br, bf = bcubed(pred_cluster, gold_cluster)
    if verbose:
        print_mixed(pred_cluster, gold_cluster, "merged wrongly: {} holds {}")
        print_mixed(gold_cluster, pred_cluster, "split: {} is {}")
    return {
        "quote_precision": p,
        "quote_recall": r,
        "quote_f1": f,
        "speaker_accuracy": right / tp if tp else 0.0,
        "actor_coverage": cov_hit / cov_all if cov_all else 0.0,
        "bcubed_precision": bp,
        "bcubed_recall": br,
        "bcubed_f1": bf,
    }


def print_mixed(keys: list[str], values: list[str], message: str) -> None:
    """Each key that goes with more than one value (a wrong merge, or a split)."""
    groups: dict[str, set[str]] = defaultdict(set)
    for k, v in zip(keys, values):
        groups[k].add(v)
    for k, vs in groups.items():
        if len(vs) > 1:
            print("  " + message.format(k, sorted(vs)))


def bcubed(pred: list[str], gold: list[str]) -> tuple[float, float, float]:
    if not pred:
        return 0.0, 0.0, 0.0
    n = len(pred)
    p_sum = r_sum = 0.0
    for i in range(n):
        same_pred = [j for j in range(n) if pred[j] == pred[i]]
        same_gold = [j for j in range(n) if gold[j] == gold[i]]
        both = sum(1 for j in same_pred if gold[j] == gold[i])
        p_sum += both / len(same_pred)
        r_sum += both / len(same_gold)
    p, r = p_sum / n, r_sum / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


_PRONOUN_CUE = re.compile(r"\b(?:he|she|they|it|him|her|them)\b", re.IGNORECASE)


_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its"}
# where a description's head noun ends and its complement begins ("the former aide to President Bush")
_COMPLEMENT = re.compile(r"\s(?:of|to|for|with|at|in|on|from|who|which|that)\s|,|\(")


def gold_is_description(speaker: str) -> bool:
    """A gold source written as a description rather than a name: "the mayor", "his operatives",
    and with a proper adjective "the Florida senator", "the former top aide to President Bush"
    (a determiner, and a head noun in lower case before any complement). "The New York Times"
    and "the Daily News" end in a capitalised head and are names."""
    ws = [w for w in re.findall(r"[\w.’'-]+", speaker)]
    if not ws:
        return True
    if not any(w[:1].isupper() and fold(w) not in TITLES for w in ws[1:]) and (
        not ws[0][:1].isupper() or fold(ws[0]) in TITLES | _DETERMINERS
    ):
        return True
    head = re.findall(r"[\w.’'-]+", _COMPLEMENT.split(speaker.strip(), maxsplit=1)[0])
    return fold(ws[0]) in _DETERMINERS and len(head) > 1 and head[-1][:1].islower()


def error_kind(p, g: dict, ok: bool) -> str | None:
    """Why a found quote's speaker is wrong, by kind (None when right)."""
    if ok:
        return None
    if gold_is_description(g["speaker"]):
        return "gold is a description"
    if not p.speaker:
        return "unattributed where gold has a speaker"
    if p.cue and _PRONOUN_CUE.search(p.cue):
        return "a pronoun resolved wrong"
    if not re.search(r"[A-Z]", p.speaker) or re.match(r"(?i)(?:a|an|the|his|her|their)\s", p.speaker):
        return "a description"
    return "wrong person"


def eval_polnear(reader: Reader, verbose: bool, polnear: Path = POLNEAR) -> dict[str, float]:
    """PolNeAR dev: detection by word overlap, speakers where the gold names one (a shared name
    word), and quotes found and attributed right: gold quotes naming their speaker that a found
    quote matches with the right speaker, over all gold quotes naming their speaker."""
    gold = defaultdict(list)
    for line in (polnear / "quotes_gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold[g["doc"]].append(g)
    tp = n_pred = n_gold = judged = right = 0
    judged_names = right_names = 0  # where the gold source is a name, not a description
    n_named = 0  # gold quotes whose speaker is a name or a description (found or not)
    n_named_names = 0  # of those, the ones whose speaker is a name
    n_pred_annotated = 0  # quotes found in the articles PolNeAR annotated (12 of the 84 have no quote)
    kinds: dict[str, list[str]] = defaultdict(list)
    for doc in sorted(p.stem for p in (polnear / "articles").glob("*.txt")):
        view = reader.article(doc)
        pred = view.quotes if view else []
        gq = gold.get(doc, [])
        pairs = match(pred, gq, lambda q: (q.start, q.end), lambda g: (g["start"], g["end"]))
        tp += len(pairs)
        n_pred += len(pred)
        n_gold += len(gq)
        n_pred_annotated += len(pred) if gq else 0
        n_named += sum(1 for g in gq if _named_speaker(g))
        n_named_names += sum(1 for g in gq if _named_speaker(g) and not gold_is_description(g["speaker"]))
        for p, g in pairs:
            gw = _named_speaker(g)
            if not gw:
                if g["speaker"] is None and p.speaker:
                    kinds["attributed where gold has none"].append(f"{doc[:34]}: {p.speaker!r}: {g['quote'][:40]!r}")
                continue
            judged += 1
            names = set().union(*(set(n.split()) for n in speaker_names(reader, p))) if p.speaker else set()
            ok = bool(names & gw)
            right += ok
            if not gold_is_description(g["speaker"]):
                judged_names += 1
                right_names += ok
            kind = error_kind(p, g, ok)
            if kind:
                kinds[kind].append(f"{doc[:34]}: {p.speaker!r} (cue {p.cue!r}) for gold {g['speaker']!r}")
    if verbose:
        for kind, rows in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
            print(f"  {kind}: {len(rows)}")
            for row in rows:
                print(f"    {row}")
    p, r, f = prf(tp, n_pred, n_gold)
    pa, _, fa = prf(tp, n_pred_annotated, n_gold)
    return {
        "quote_precision": p,
        "quote_recall": r,
        "quote_f1": f,
        "quote_precision_annotated": pa,  # in the articles with at least one gold quote
        "quote_f1_annotated": fa,
        "speaker_accuracy": right / judged if judged else 0.0,
        "speakers_judged": judged,
        # PolNeAR's README: judge the speaker only where the gold writes a name; a gold "the
        # Florida senator" shares no word with a right "Marco Rubio" and counts wrong above
        "speaker_accuracy_names": right_names / judged_names if judged_names else 0.0,
        "speakers_named": judged_names,
        "found_and_right": right / n_named if n_named else 0.0,  # over gold quotes naming a speaker
        "gold_named": n_named,
        "found_and_right_names": right_names / n_named_names if n_named_names else 0.0,
        "gold_names": n_named_names,
    }


def _named_speaker(g: dict) -> set[str]:
    """The gold speaker's name words, empty where it is none or a pronoun (not judged)."""
    gw = words(g["speaker"] or "") - TITLES
    return set() if not gw or gw <= PRONOUNS else gw


TARGETS = {"quote_f1": 0.95, "speaker_accuracy": 0.95, "actor_coverage": 0.95, "bcubed_f1": 0.97}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--skip-polnear", action="store_true")
    ap.add_argument("--skip-seeds", action="store_true")
    ap.add_argument("--polnear", type=Path, default=POLNEAR, help="a PolNeAR set (default: the dev split)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_seeds:
            t = time.perf_counter()
            build_index(SEEDS, Path(tmp) / "seeds", workers=args.workers)
            print(f"seeds: built in {time.perf_counter() - t:.1f} s")
            with Reader(Path(tmp) / "seeds") as reader:
                seeds = eval_seeds(reader, args.verbose)
            print("seeds gold (000-002):")
            for k, v in seeds.items():
                target = TARGETS.get(k)
                mark = "" if target is None else ("  ok" if v >= target else f"  BELOW target {target}")
                print(f"  {k:<18} {v:.3f}{mark}")
        if not args.skip_polnear:
            name = args.polnear.name
            n_articles = len(list((args.polnear / "articles").glob("*.txt")))
            t = time.perf_counter()
            build_index(args.polnear / "articles", Path(tmp) / "polnear", workers=args.workers)
            print(f"{name}: built in {time.perf_counter() - t:.1f} s")
            with Reader(Path(tmp) / "polnear") as reader:
                pol = eval_polnear(reader, args.verbose, args.polnear)
            print(f"{name} ({n_articles} articles):")
            for k, v in pol.items():
                print(f"  {k:<18} {v:.3f}" if isinstance(v, float) else f"  {k:<18} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
