"""Where pass 2's attribute ruler applies, found by table instead of by spaCy's Matcher.

`attribute_ruler` sets the coarse part of speech, the morphology and some lemmas from the tagger's
tags: in en_core_web_sm 179 rules, each a token or two tested by tag, lower-case form, dependency
or "is a space". spaCy finds where they apply with its Matcher, which tests every rule's first
token at every token: more CPU than the parser on the sentences dossier parses. Indexed by their
first token's tag or lower-case form, the rules that can start at a token are a dictionary lookup
away. Only `match` is replaced: the ruler keeps its rules, their order (a later rule overrides an
earlier one) and its own code that sets the attributes. `tests/test_ruler.py` checks that the
matches are spaCy's own; a pipeline with a rule this cannot read keeps the Matcher.
"""

from __future__ import annotations

from typing import Any

import re
from collections import defaultdict
from dataclasses import dataclass
from collections.abc import Callable

# What a rule may test: the token attributes of the small English pipelines' rules.
_ATTRS: dict[str, Callable] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "ORTH": lambda t: t.orth_,
    "TEXT": lambda t: t.orth_,
    "IS_SPACE": lambda t: t.is_space,
}


class Unsupported(Exception):
    """A rule uses something the table does not read (an operator, another attribute)."""


def _test(attr: str, spec) -> Callable[[object], bool]:
    if isinstance(spec, (str, bool)):
        return lambda value: value == spec
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, arg),) = spec.items()
        if op == "IN" and isinstance(arg, list):
            allowed = frozenset(arg)
            return lambda value: value in allowed
        if op == "NOT_IN" and isinstance(arg, list):
            banned = frozenset(arg)
            return lambda value: value not in banned
        if op == "REGEX" and isinstance(arg, str) and attr != "IS_SPACE":
            pattern = re.compile(arg)
            return lambda value: pattern.search(value) is not None
    raise Unsupported(f"{attr}: {spec!r}")


@dataclass(frozen=True)
class _Rule:
    key: int  # the ruler's own id of the rule: its position, what orders the matches
    match_id: int  # the string id the Matcher reports for it
    length: int  # tokens
    tests: tuple  # ((token offset, attribute index, test), ...)


class TableMatcher:
    """`AttributeRuler.match` by table: the same (rule, match id, start, end) tuples, sorted."""

    def __init__(self, ruler):
        self.names = list(_ATTRS)
        self.by_tag: dict[str, list[_Rule]] = defaultdict(list)
        self.by_lower: dict[str, list[_Rule]] = defaultdict(list)
        self.anywhere: list[_Rule] = []
        used: set[int] = set()
        for key, entry in enumerate(ruler.patterns):
            match_id = ruler.vocab.strings[str(key)]
            for pattern in entry["patterns"]:
                tests = tuple(test for offset, token in enumerate(pattern) for test in self._tests(offset, token))
                used.update(a for _, a, _ in tests)
                self._add(_Rule(key, match_id, len(pattern), tests), pattern[0])
        # Only the attributes some rule tests are read from the tokens.
        self.getters = [(a, _ATTRS[name]) for a, name in enumerate(self.names) if a in used]

    def _tests(self, offset: int, token: dict) -> list[tuple]:
        if not token:
            raise Unsupported("an empty token pattern")
        out = []
        for attr, spec in token.items():
            if attr.upper() not in _ATTRS:
                raise Unsupported(attr)
            out.append((offset, self.names.index(attr.upper()), _test(attr.upper(), spec)))
        return out

    def _add(self, rule: _Rule, first: dict) -> None:
        first = {k.upper(): v for k, v in first.items()}
        lower, tag = first.get("LOWER"), first.get("TAG")
        if isinstance(lower, str):
            self.by_lower[lower].append(rule)
        elif isinstance(lower, dict) and list(lower) == ["IN"]:
            for value in set(lower["IN"]):
                self.by_lower[value].append(rule)
        elif isinstance(tag, str):
            self.by_tag[tag].append(rule)
        elif isinstance(tag, dict) and list(tag) == ["IN"]:
            for value in set(tag["IN"]):
                self.by_tag[value].append(rule)
        else:
            self.anywhere.append(rule)

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        tokens = list(doc)
        columns: list[list] = [[] for _ in self.names]
        for a, get in self.getters:
            columns[a] = [get(t) for t in tokens]
        tags, lowers = columns[self.names.index("TAG")], columns[self.names.index("LOWER")]
        n = len(tokens)
        found = set()
        for start in range(n):
            for rules in (
                self.by_lower.get(lowers[start]) if lowers else None,
                self.by_tag.get(tags[start]) if tags else None,
                self.anywhere,
            ):
                if not rules:
                    continue
                for rule in rules:
                    end = start + rule.length
                    if end > n:
                        continue
                    for offset, a, test in rule.tests:
                        if not test(columns[a][start + offset]):
                            break
                    else:
                        found.add((rule.key, rule.match_id, start, end))
        return sorted(found)


def use_table(ruler: Any) -> bool:
    """Let `ruler` (a spaCy AttributeRuler) find its matches by table; False if it cannot."""
    try:
        table = TableMatcher(ruler)
    except Unsupported:
        return False
    ruler.match = table
    return True
