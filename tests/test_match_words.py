"""The source pane's matches (Reader.match_ranges) are found without analysing the whole article
(a 20 MB article took 6 s of CPU before it could open at its match, issue 14 item 4): the words
found must be exactly those a whole analysis finds, on real text."""

from __future__ import annotations

import random

from dossier.index.paths import SEEDS
from dossier.index.read import matching_words
from dossier.index.store.whoosh_store import ARTICLES
from reliability.rel_helpers import bbc_records

ANALYZER = ARTICLES["body"].analyzer


def whole(text: str, wanted: set[str]) -> list[tuple[int, int]]:
    return [(t.startchar, t.endchar) for t in ANALYZER(text, chars=True, mode="query") if t.text in wanted]


def texts() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return seeds + [r["text"] for r in bbc_records(0, 60)] + ["U.S. and u.s. e.g. A.B.C\tword\u00a0words 3.5bn £1.13bn"]


def test_the_words_found_are_those_of_a_whole_analysis():
    rng = random.Random(7)
    checked = 0
    for text in texts():
        stems = sorted({t.text for t in ANALYZER(text, mode="query")})
        for size in (1, 2, 5):
            for _ in range(8):
                wanted = set(rng.sample(stems, min(size, len(stems))))
                assert matching_words(text, wanted, ANALYZER) == whole(text, wanted), sorted(wanted)
                checked += 1
        # every stem of the article at once
        assert matching_words(text, set(stems), ANALYZER) == whole(text, set(stems))
    assert checked > 1000


def test_words_not_in_the_text_find_nothing():
    assert matching_words("Peace talks in Geneva.", {"moscow", "kremlin"}, ANALYZER) == []
    assert matching_words("", {"peac"}, ANALYZER) == []
    assert matching_words("Peace talks", set(), ANALYZER) == []
