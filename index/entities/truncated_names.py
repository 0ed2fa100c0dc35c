"""A firm's long one-word name and its shortening in the same article: "Yuganskneftegas" then
"Yugansk" seven times (business-077). A one-word organisation's name that begins another one-word
organisation's name of the article, long enough not to be a common start (six letters or more:
not "South" of "Southampton"), is that organisation's short form when it is at most half of it and
the rest is small letters only: a long compound cut short; not a name within a name ("Gazprom" of
"Gazpromneft", a firm of its own; "Parma" of "Parmalat"; "AppleInsider", "Mercedes-Benz",
"Amazon.com"). grouping.group_others joins the pairs this module finds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import names as N
from ..lexicon import PLACE_NAMES

if TYPE_CHECKING:
    from .nodes import Corpus

# The shortest start of a name taken for its short form.
MIN_SHORT = 6


def truncations(corpus: Corpus) -> list[tuple[str, str]]:
    """(short form's cluster, long name's cluster) for each article's one-word organisation names
    that begin exactly one longer one-word organisation name of the same article."""
    pairs: list[tuple[str, str]] = []
    for _aid, ns in sorted(corpus.by_article.items()):
        # The short form may be voted a place (NER took "Yugansk" for one), the long name not.
        words = {
            n.name: (n.cluster, corpus.key_type[n.key])
            for n in ns
            if n.cluster.startswith("O:")
            and len(n.tokens) == 1
            and corpus.key_type[n.key] in ("org", "place")
            and n.name[:1].isupper()
            and not N.is_acronym(n.name)
            and N.plain(n.name) not in PLACE_NAMES
        }
        for short, (cluster, _typ) in words.items():
            if len(short) < MIN_SHORT:
                continue
            longer = [
                w
                for w, (_c, typ) in words.items()
                if typ == "org"
                and len(w) >= 2 * len(short)
                and w.startswith(short)
                and w[len(short) :].isalpha()
                and w[len(short) :].islower()
            ]
            if len(longer) == 1:
                pairs.append((cluster, words[longer[0]][0]))
    return pairs
