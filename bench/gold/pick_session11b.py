"""Session 11's second round of fresh samples (seeds 1501, 1502), drawn after the first round's
rules were merged: 8 articles each, with random.Random(seed) among the BBC articles in no
annotations file and not held out, no text twice. It gives those picks only without the files
they went to (annotations-fresh8a.txt, annotations-fresh8b.txt).

    cd bench/gold && python pick_session11b.py
"""

import json
import random
import re
import sys

sys.path.insert(0, ".")
from build_gold import HERE, load_corpus

corpus = load_corpus()
done = set()
for f in HERE.glob("annotations*.txt"):
    done |= set(re.findall(r"^article (\S+)", f.read_text(), re.M))
held = {json.loads(line)["id"] for line in open(HERE / "bbc_heldout.jsonl")}
texts = {corpus[a]["text"] for a in done | held}
pool = sorted(a for a in corpus if a not in done and a not in held and corpus[a]["text"] not in texts)
print(len(done), len(pool))
taken = set()
for name, seed in [("fresh8a", 1501), ("fresh8b", 1502)]:
    cands = [a for a in pool if a not in taken and corpus[a]["text"] not in {corpus[t]["text"] for t in taken}]
    pick = []
    for a in random.Random(seed).sample(cands, 12):
        if corpus[a]["text"] not in {corpus[p]["text"] for p in pick}:
            pick.append(a)
    pick = pick[:8]
    taken |= set(pick)
    print(name, seed, " ".join(pick))
