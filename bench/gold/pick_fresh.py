"""Draw fresh samples for annotation: for each NAME=SEED[:quotes] argument, 8 articles drawn
with random.Random(SEED) among the BBC articles in no annotations file and not held out, no text
twice (":quotes" keeps to articles with two quoted spans or more, for speaker work). Earlier
sessions' draws are in pick_session11.py and pick_session11b.py; session 12 drew

    cd bench/gold && python pick_fresh.py spk12a=1601:quotes spk12b=1602:quotes typ12a=1603 typ12b=1604

and, after those four were merged, spk12c=1701:quotes typ12c=1702 mrg12=1703:quotes. Session 13 drew

    cd bench/gold && python pick_fresh.py spk13a=1801:quotes spk13b=1802:quotes typ13a=1803 typ13b=1804

and, after those four were merged, fresh13c=1901 fresh13d=1902:quotes. Session 14 drew

    cd bench/gold && python pick_fresh.py spk14a=2001:quotes spk14b=2002:quotes typ14a=2003 \
        typ14b=2004 fresh14e=2005 fresh14f=2006:quotes

(fresh14e and fresh14f only measure: no rule was written with them in view) and, after the first
four were merged, spk14c=2101:quotes typ14c=2102 rec14d=2103.
Session 15 drew

    cd bench/gold && python pick_fresh.py spk15a=2201:quotes spk15b=2202:quotes typ15a=2203 \
        typ15b=2204 fresh15e=2205 fresh15f=2206:quotes

(fresh15e and fresh15f only measure, and stay out of main until the session's end).
Session 16 drew

    cd bench/gold && ../../.venv/bin/python pick_fresh.py fresh16e=2305 fresh16f=2306:quotes

(both only measure, and stay out of main until the session's end; the rule writers of session 16
annotated nothing and worked on dev's errors).
Session 17 drew

    cd bench/gold && ../../.venv/bin/python pick_fresh.py fresh17e=2405 fresh17f=2406:quotes

(both only measure, as session 16's).
A draw is reproducible only before its picks are annotated (they then leave the pool).
Run it with the project's venv (`../../.venv/bin/python pick_fresh.py ...`): the corpus is read as
dossier's loader reads it (build_gold.load_corpus).
"""

import json
import random
import re
import sys

sys.path.insert(0, ".")
from build_gold import HERE, load_corpus, quoted_spans


def main(args: list[str]) -> None:
    corpus = load_corpus()
    done = set()
    for f in HERE.glob("annotations*.txt"):
        done |= set(re.findall(r"^article (\S+)", f.read_text(), re.M))
    held = {json.loads(line)["id"] for line in open(HERE / "bbc_heldout.jsonl")}  # ids only, to leave them out
    seen = {corpus[a]["text"] for a in done | held}
    pool = sorted(a for a in corpus if a not in done and a not in held and corpus[a]["text"] not in seen)
    print(len(done), len(held), len(pool))
    for arg in args:
        name, _, spec = arg.partition("=")
        seed, _, need = spec.partition(":")
        cands = [a for a in pool if corpus[a]["text"] not in seen]
        if need == "quotes":
            cands = [a for a in cands if len(quoted_spans(corpus[a]["text"])) >= 2]
        pick = []
        for a in random.Random(int(seed)).sample(cands, 12):
            if corpus[a]["text"] not in seen:
                seen.add(corpus[a]["text"])
                pick.append(a)
            if len(pick) == 8:
                break
        print(name, seed, " ".join(pick))
        for a in pick:
            print("  ", a, len(corpus[a]["text"]), corpus[a]["title"])


if __name__ == "__main__":
    main(sys.argv[1:])
