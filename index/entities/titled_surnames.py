"""A full name whose surname its article writes after "Mr", "Mrs", "Ms" or "Dr" is a person's,
whatever a firm's noun before the full name says.

"Leading British computer games maker Peter Molyneux has been made an OBE ... Mr Molyneux said"
(tech-100): "maker", a firm's noun ("chip maker Intel"), made "Peter Molyneux" an organisation
(evidence._ORG_BEFORE), and an organisation's cue outranks the votes of a name that no title ever
precedes (type_votes.vote_types). The article's own "Mr Molyneux" is the title the full name lacks:
a reader takes "games maker Peter Molyneux" for the man, and so does this rule. Only a name of two
or three words that opens with a common given name ("Peter"), so that a firm named after its
founder ("wine maker Robert Mondavi" beside "Mr Mondavi") is rarely met; there, the firm and the
man share the name in one article, and the man is what "Mr" makes of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import names as N

if TYPE_CHECKING:
    from .nodes import Node


def titled_by_surname(by_article: dict[str, list[Node]]) -> set[str]:
    """The keys of the full names (a given name first) whose surname their article writes alone
    with a personal title: names a title makes a person's, as if it preceded them."""
    keys: set[str] = set()
    for ns in by_article.values():
        titled = {N.fold(n.tokens[0]) for n in ns if n.personal and len(n.tokens) == 1}
        keys |= {
            n.key
            for n in ns
            if len(n.tokens) >= 2 and N.starts_with_given_name(n.name) and N.fold(n.tokens[-1]) in titled
        }
    return keys
