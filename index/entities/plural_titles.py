"""A title in the plural over a list of names: each name of the list is a person's.

"Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell", "urging Lord Justices Clarke
and Rix": one title ("Lords", "Justices", "Messrs"; lexicon.PLURAL_PERSON_TITLES) stands before
two names or more, written as a list ("X, Y and Z", "X and Y"), and titles each of them. NER
labels the bare surnames after the first anything ("Steyn", "Hope": organisations), and nothing
else around them says a person: a title said once for all of them is the cue. The list must end
with "and" and a name, so that "the Lords Tony Blair addressed" is no list.
"""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import PLURAL_PERSON_TITLES, alternation
from ..records import Mention

TITLE_VOTES = 3  # more than NER's label and a speech verb's vote together
_NAME = r"[A-Z][\w'’-]+"
_TITLED_LIST = re.compile(
    r"(?<![\w-])" + alternation(PLURAL_PERSON_TITLES) + rf"\s+({_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})"
)
_REACH = 160  # characters either side of the mention read for the list


def under_a_plural_title(m: Mention, text: str) -> bool:
    """Whether the mention is one of the names of a list a plural title stands before."""
    lo = max(0, m.start - _REACH)
    for hit in _TITLED_LIST.finditer(text, lo, min(len(text), m.end + _REACH)):
        if hit.start(1) <= m.start and m.end <= hit.end(1):
            return True
    return False


def plural_title_votes(m: Mention, text: str) -> Counter:
    """A person's votes for a name a plural title stands over."""
    return Counter({"person": TITLE_VOTES}) if under_a_plural_title(m, text) else Counter()
