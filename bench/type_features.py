"""Would a learned type decision beat the hand-weighted votes? Measure it on the dev gold.

    python bench/type_features.py --index /tmp/learn16/dev [--folds 10] [--json OUT]

Reads a dev build made by `bench/eval_actors.py --index DIR` (its annotation cache, so spaCy is
not run again), resolves the actors again through index's own `resolve_actors` while keeping each
actor's nodes, and maps each dossier actor to the gold actor holding most of its found mentions
(as eval_actors does). For each mapped actor: a feature vector (`features`: the evidence
the rules already compute, and the rules' own decision) and the gold type. A multinomial logistic
regression (numpy, L2) is scored by cross-validation by article: an actor goes to the fold of its
first article, so an article's gold never trains the model that types it. Printed: the type
accuracy of the model and of the rules on the same gold actors (each gold actor judged by its main
dossier actor, as eval_actors does), per type, and both confusions. `--ceiling`: what the
features can tell apart at all (the regression scored on its own training rows; the rules'
errors whose exact feature vector more actors of another type share). `--gbm`: gradient-boosted
trees too (needs scikit-learn, which dossier does not depend on: `pip install scikit-learn`).

Session 16 (learn16), dev 406 articles, 2843 gold actors judged: rules 0.9518; the regression
with the rules' type among its features 0.9483-0.9522 (l2 0.1-100), without it 0.9472-0.9486;
trees 0.9458 / 0.9469; in-sample 0.9518. 79 of the rules' 137 errors have the very features of
more actors of the type the rules gave ("Konami", "Unicef", "Boavista": one mention, NER's
PERSON, one word, no cue, like 58 people). No go: the evidence, not its weighting, is short.
`--context N` adds the words around the mentions (those N actors or more have): it overfits
(scikit-learn's LogisticRegression, same folds: 0.9455 at C=0.03 with 216 words, 0.90 at C=1; the
numpy descent here is slow with hundreds of features).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import math
import re

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from dossier.index.entities import names as N  # noqa: E402
from dossier.index.lexicon import PLACE_NAMES  # noqa: E402

CLASSES = ["person", "org", "place", "event"]  # the gold's types


# -- the features: the evidence the rules compute, and the rules' decision ----------------------
VOTE_TYPES = ["group", "place", "org", "person", "event", "other"]
LABELS = ["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"]  # and one for any other label
CUES = ["personal", "org_cue", "club_cue", "spoke", "person_cue"]
KINDS = ["person", "org", "place", "event"]
RULE_TYPES = ["group", "place", "org", "person", "event", "other"]

FEATURE_NAMES = (
    [f"votes_{t}" for t in VOTE_TYPES]
    + [f"label_{lab}" for lab in [*LABELS, "other"]]
    + [f"share_{c}" for c in CUES]
    + [f"any_{c}" for c in CUES]
    + [
        "one_token",
        "two_tokens",
        "three_tokens_or_more",
        "given_name_first",
        "org_word",
        "gazetteer_place",
        "demonym_shape",
        "acronym",
        "share_with_the",
    ]
    + [f"kind_{k}" for k in KINDS]
    + ["log_mentions", "log_articles", "one_mention", "grouped_as_person"]
    + [f"rule_{t}" for t in RULE_TYPES]
)


def features(ns: list, cluster: str, rule_type: str, texts: dict[str, str] | None = None) -> list[float]:
    """The numbers the model reads of one actor: its nodes' summed votes (shares), NER's labels
    (shares), the cues (shares and any), its most written name's shape, its size, whether
    people.py grouped it as a person, and the rules' type (one-hot)."""
    n = max(1, len(ns))
    votes: Counter = Counter()
    for node in ns:
        votes.update({k: v for k, v in node.votes.items() if v > 0})
    total = sum(votes[t] for t in VOTE_TYPES) or 1
    labels = Counter(node.mention.label if node.mention.label in LABELS else "other" for node in ns)
    name = Counter(node.name for node in ns).most_common(1)[0][0] if ns else ""
    tokens = N.name_tokens(name) if name else []
    kind = N.kind_of_name(name) if name else None
    last = name.split()[-1] if name.split() else name
    out: list[float] = [votes[t] / total for t in VOTE_TYPES]
    out += [labels[lab] / n for lab in [*LABELS, "other"]]
    out += [sum(bool(getattr(node, c)) for node in ns) / n for c in CUES]
    out += [float(any(getattr(node, c) for node in ns)) for c in CUES]
    out += [
        float(len(tokens) == 1),
        float(len(tokens) == 2),
        float(len(tokens) >= 3),
        float(N.starts_with_given_name(name)),
        float(N.has_org_word(name)),
        float(N.plain(name) in PLACE_NAMES),
        float(N.looks_demonym(name) or N.looks_demonym(last) or N.looks_plural_demonym(name)),
        float(N.is_acronym(name)),
        sum(_after_the(node, texts or {}) for node in ns) / n,
    ]
    out += [float(kind == k) for k in KINDS]
    articles = len({node.mention.article for node in ns})
    out += [math.log1p(len(ns)), math.log1p(articles), float(len(ns) == 1), float(cluster.startswith(("P:", "S:")))]
    out += [float(rule_type == t) for t in RULE_TYPES]
    return out


def _after_the(node, texts: dict[str, str]) -> bool:
    """ "the" written before the name, or part of it: "the Grokster", "The Hague"."""
    if node.mention.surface.lower().startswith("the ") or node.name.startswith("The "):
        return True
    text = texts.get(node.mention.article, "")
    return text[max(0, node.mention.start - 4) : node.mention.start].lower() == "the "


# -- the dev data and the cross-validation ---------------------------------------------------------
def resolved_with_nodes(index_dir: Path):
    """(resolution, {actor id: (cluster id, nodes)}) of the dev corpus beside index_dir, from its
    annotation cache, through index's own resolve_actors."""
    from dossier.index.entities import actors as A
    from dossier.index.ingest.clean import blank_junk
    from dossier.index.ingest.load import load_corpus
    from dossier.index.nlp.analyse import Annotations

    corpus = Path(str(index_dir) + "-corpus")
    loaded = load_corpus(corpus)
    anns = {}
    for art in loaded.articles:
        path = index_dir / "annotations" / art.content_hash[:2] / f"{art.content_hash}.json"
        anns[art.id] = Annotations.from_dict(json.loads(path.read_text(encoding="utf-8")))
    texts = {a.id: blank_junk(a.text, a.junk) for a in loaded.articles}
    captured: dict[str, tuple[str, list]] = {}
    make = A._make_actors

    def keeping(clusters):
        out = make(clusters)
        for cid, actor in out.items():
            captured[actor.id] = (cid, clusters[cid])
        return out

    A._make_actors = keeping
    try:
        res = A.resolve_actors(
            {aid: a.mentions for aid, a in anns.items()}, {aid: a.quotes for aid, a in anns.items()}, texts=texts
        )
    finally:
        A._make_actors = make
    return res, captured, texts


def fold_of(article: str, k: int) -> int:
    return int(hashlib.sha1(article.encode()).hexdigest(), 16) % k


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def train(X: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 3000, lr: float = 0.5) -> np.ndarray:
    """Weights (features+1 x classes) of a multinomial logistic regression, by gradient descent on
    the mean log loss plus l2/n times the squared weights (the bias is not penalised)."""
    n, d = X.shape
    Xb = np.hstack([X, np.ones((n, 1))])
    Y = np.eye(len(CLASSES))[y]
    W = np.zeros((d + 1, len(CLASSES)))
    mask = np.ones_like(W)
    mask[-1] = 0
    for _ in range(iters):
        P = softmax(Xb @ W)
        grad = Xb.T @ (P - Y) / n + (l2 / n) * W * mask
        W -= lr * grad
    return W


def predict(W: np.ndarray, X: np.ndarray) -> np.ndarray:
    Xb = np.hstack([X, np.ones((X.shape[0], 1))])
    return (Xb @ W).argmax(axis=1)


def dataset(index_dir: Path):
    """(rows, gold judged): rows are mapped dossier actors with their features and gold type; gold
    judged maps each gold actor to its main dossier actor (eval_actors' type accuracy)."""
    from eval_actors import find_mentions, load_gold, majority

    gold = load_gold("dev")
    gold_types = {k: a["type"] for art in gold for k, a in art["actors"].items()}
    res, captured, texts = resolved_with_nodes(index_dir)
    found = []
    for art in gold:
        f, _ = find_mentions(art, res.mentions.get(art["id"], []))
        found += f
    actor_to_gold = majority([(f.actor, f.gold) for f in found])
    gold_main = majority([(f.gold, f.actor) for f in found])
    table = {a.id: a for a in res.actors}
    rows = {}
    for aid, g in actor_to_gold.items():
        if aid not in captured:
            continue
        cid, ns = captured[aid]
        actor = table[aid]
        rows[aid] = {
            "actor": aid,
            "gold": g,
            "gold_type": gold_types[g],
            "rule": actor.type,
            "x": features(ns, cid, actor.type, texts),
            "fold_article": min(actor.articles),
            "context": sorted(context_words(ns, texts)),
        }
    return rows, gold_main, gold_types, table


_WORD = re.compile(r"[A-Za-z]+")


def context_words(ns: list, texts: dict[str, str], before: int = 3, after: int = 2) -> set[str]:
    """The lower-cased words just before ("b:firm") and after ("a:said") the actor's mentions: the
    evidence the rules read only through their cue lists (an experiment beyond them, --context)."""
    out: set[str] = set()
    for node in ns:
        text = texts.get(node.mention.article, "")
        left = _WORD.findall(text[max(0, node.mention.start - 60) : node.mention.start])[-before:]
        right = _WORD.findall(text[node.mention.end : node.mention.end + 60])[:after]
        out |= {"b:" + w.lower() for w in left} | {"a:" + w.lower() for w in right}
    return out


def with_context(rows: dict, min_actors: int) -> None:
    """Each row's features and, for each context word at least min_actors actors have (counted
    without labels), whether this actor has it."""
    df = Counter(w for r in rows.values() for w in r["context"])
    vocab = sorted(w for w, c in df.items() if c >= min_actors)
    print(f"context words kept: {len(vocab)}")
    for r in rows.values():
        have = set(r["context"])
        r["x"] = r["x"] + [float(w in have) for w in vocab]


def confusion(pairs: list[tuple[str, str]]) -> str:
    c = Counter((g, p) for g, p in pairs if g != p)
    return ", ".join(f"{g}->{p} {n}" for (g, p), n in c.most_common())


def report(name: str, pairs: list[tuple[str, str]]) -> dict:
    by = defaultdict(lambda: [0, 0])
    for g, p in pairs:
        by[g][0] += 1
        by[g][1] += g == p
    acc = sum(g == p for g, p in pairs) / len(pairs)
    per = {t: round(r / n, 3) for t, (n, r) in sorted(by.items())}
    print(f"{name:<6} accuracy {acc:.4f} ({sum(g == p for g, p in pairs)}/{len(pairs)})  per type {per}")
    print(f"       errors: {confusion(pairs)}")
    return {"accuracy": acc, "per_type": per, "errors": len(pairs) - sum(g == p for g, p in pairs)}


def cross_validate(rows: dict, folds: int, l2: float, gbm: bool = False) -> dict[str, str]:
    """Out-of-fold prediction of each row's type."""
    ids = sorted(rows)
    X = np.array([rows[i]["x"] for i in ids], dtype=float)
    y = np.array([CLASSES.index(rows[i]["gold_type"]) for i in ids])
    fold = np.array([fold_of(rows[i]["fold_article"], folds) for i in ids])
    pred = {}
    for k in range(folds):
        tr, te = fold != k, fold == k
        mu, sd = X[tr].mean(axis=0), X[tr].std(axis=0) + 1e-6
        if gbm:
            from sklearn.ensemble import HistGradientBoostingClassifier

            clf = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0)
            clf.fit(X[tr], y[tr])
            got = clf.predict(X[te])
        else:
            W = train((X[tr] - mu) / sd, y[tr], l2=l2)
            got = predict(W, (X[te] - mu) / sd)
        for i, p in zip(np.array(ids)[te], got):
            pred[str(i)] = CLASSES[p]
    return pred


def ceiling(rows: dict, gold_main: dict, gold_types: dict, table: dict) -> None:
    """The most any model of these features could do: the regression fitted and scored on all the
    rows (no held-out fold), and the rules' errors whose feature vector is, exactly, that of more
    actors of the rules' (wrong) type than of their own: no decision over these numbers can fix
    them without breaking more."""
    ids = sorted(rows)
    X = np.array([rows[i]["x"] for i in ids], dtype=float)
    y = np.array([CLASSES.index(rows[i]["gold_type"]) for i in ids])
    mu, sd = X.mean(axis=0), X.std(axis=0) + 1e-6
    for l2 in (0.01, 1.0):
        pred = dict(zip(ids, (CLASSES[k] for k in predict(train((X - mu) / sd, y, l2=l2, iters=5000), (X - mu) / sd))))
        acc = sum(gold_types[g] == pred.get(a, table[a]["type"]) for g, a in gold_main.items()) / len(gold_main)
        print(f"in-sample regression l2={l2}: accuracy {acc:.4f}")
    buckets: dict[tuple, Counter] = defaultdict(Counter)
    for i in ids:
        buckets[tuple(rows[i]["x"])][rows[i]["gold_type"]] += 1
    errs = [(g, a) for g, a in sorted(gold_main.items()) if gold_types[g] != table[a]["type"]]
    stuck = [
        (g, a)
        for g, a in errs
        if a in rows
        and sum(buckets[tuple(rows[a]["x"])].values()) > 1
        and buckets[tuple(rows[a]["x"])].most_common(1)[0][0] != gold_types[g]
    ]
    print(f"rules' errors {len(errs)}; sharing their exact features with more actors of another type: {len(stuck)}")
    for g, a in stuck:
        print(
            f"    {g} {table[a]['name']!r}: rules {table[a]['type']}; same features: {dict(buckets[tuple(rows[a]['x'])])}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--l2", type=float, nargs="+", default=[1.0])
    ap.add_argument("--json", type=Path)
    ap.add_argument("--cache", action="store_true", help="reuse the features of the last run on this index")
    ap.add_argument("--drop", nargs="*", default=[], help="leave out the features whose names start so")
    ap.add_argument("--context", type=int, default=0, help="add the context words N actors or more have")
    ap.add_argument("--ceiling", action="store_true", help="what the features can tell apart at all (in-sample)")
    ap.add_argument("--gbm", action="store_true", help="also a gradient-boosted trees model (scikit-learn)")
    ap.add_argument("--errors", action="store_true", help="list the gold actors the model and the rules differ on")
    args = ap.parse_args(argv)
    cache = Path("/tmp") / f"type-features-{args.index.resolve().name}.json"
    if args.cache and cache.exists():
        d = json.loads(cache.read_text())
        rows, gold_main, gold_types, table = d["rows"], d["gold_main"], d["gold_types"], d["table"]
    else:
        rows, gold_main, gold_types, actors = dataset(args.index.resolve())
        table = {a: {"type": x.type, "name": x.name} for a, x in actors.items()}
        cache.write_text(json.dumps({"rows": rows, "gold_main": gold_main, "gold_types": gold_types, "table": table}))
    if args.drop:
        keep = [i for i, f in enumerate(FEATURE_NAMES) if not any(f.startswith(p) for p in args.drop)]
        for r in rows.values():
            r["x"] = [r["x"][i] for i in keep]
    if args.context:
        with_context(rows, args.context)
    print(f"{len(rows)} dossier actors mapped to a gold actor; {len(gold_main)} gold actors judged")
    judged = [(g, a) for g, a in sorted(gold_main.items())]
    rules = [(gold_types[g], table[a]["type"]) for g, a in judged]
    out = {"rules": report("rules", rules)}
    for l2 in args.l2:
        pred = cross_validate(rows, args.folds, l2)
        # a gold actor whose main dossier actor maps to another gold actor keeps the rules' type
        model = [(gold_types[g], pred.get(a, table[a]["type"])) for g, a in judged]
        out[f"model l2={l2}"] = report(f"l2={l2}", model)
        if args.errors:
            for (g, a), (gt, rt), (_, mt) in zip(judged, rules, model):
                if rt != mt:
                    mark = "model right" if mt == gt else "rules right" if rt == gt else "both wrong"
                    print(f"    {g} ({gt}) {table[a]['name']!r}: rules {rt}, model {mt}: {mark}")
    if args.ceiling:
        ceiling(rows, gold_main, gold_types, table)
    if args.gbm:
        pred = cross_validate(rows, args.folds, 0, gbm=True)
        out["gbm"] = report("gbm", [(gold_types[g], pred.get(a, table[a]["type"])) for g, a in judged])
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
