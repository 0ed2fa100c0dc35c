"""What "one of" in apposition after a name says of it: "Glenmorangie, one of Scotland's premier
whisky firms," is a firm; "Ronaldo, one of the world's best players," a person; "Valencia, one of
Spain's biggest cities," a place. The plural noun that ends the phrase is a kind
(lexicon.KIND_NOUNS), the type of every one of its members. NER calls firms people often, and
nothing else in the article may say otherwise (evidence._ORG_NOUN_COMMA_AFTER reads the head of
an apposition, which after "one of" is "one")."""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import KIND_NOUNS, ONE_OF_CLAUSE_WORDS, ONE_OF_LEAD_WORDS, alternation
from ..records import Mention

# ", one of Scotland's premier whisky firms," : up to five words, then the kind noun, then the
# phrase's end or a relative clause.
_ONE_OF_AFTER = re.compile(
    r"^[’']?,\s+(?:" + alternation(ONE_OF_LEAD_WORDS) + r"\s+)?one\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?([a-z]+)"
    r"(?=\s*[,.;:)]|\s*$|\s+" + alternation(ONE_OF_CLAUSE_WORDS) + r"\b)"
)


def one_of_a_kind_votes(m: Mention, text: str) -> Counter:
    """The kind's type, twice, when "one of ... <kind>" follows the name in apposition."""
    one_of = _ONE_OF_AFTER.match(text[m.end : m.end + 90])
    kind = KIND_NOUNS.get(one_of.group(1)) if one_of else None
    return Counter({kind: 2}) if kind else Counter()
