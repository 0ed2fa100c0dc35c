"""How the twelve articles of annotations-speakers.txt were drawn (issue 10, session 8).

    python bench/gold/pick_speakers_sample.py

Politics and business articles of the BBC corpus, in corpus order, in neither set of the gold as
it stood before (the articles of annotations.txt) and holding at least two quoted spans; twelve of
them drawn with random.Random(1208).sample.
"""

from __future__ import annotations

import random
import re

from build_gold import HERE, load_corpus, quoted_spans


def main() -> None:
    corpus = load_corpus()
    before = set(re.findall(r"^article (\S+)", (HERE / "annotations.txt").read_text(), re.M))
    cands = [
        aid
        for aid, rec in corpus.items()
        if aid.startswith(("bbc-politics-", "bbc-business-"))
        and aid not in before
        and len(quoted_spans(rec["text"])) >= 2
    ]
    for aid in random.Random(1208).sample(cands, 12):
        print(aid, corpus[aid]["title"])


if __name__ == "__main__":
    main()
