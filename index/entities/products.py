"""Products: a console, a program or a gadget named like an actor is no actor.

"Mac Mini" (a person of 38 mentions on the BBC corpus), "Windows" (a place of 61), "Xbox",
"Firefox": NER labels products' names as people, places or firms, and the gold's conventions
(bench/gold/README.md) make them no mentions. The words around a name say "product": a firm's
name before it ("Microsoft's Xbox", "Apple's Mac Mini"), "its new X", "the X console", a version
after it ("Opera 8.0", "Windows XP"), a count sold ("sold 1.5 million Xboxes"), "copies of X",
"computers running X", what is used or caught ("the use of UWB", "infected by Cabir", "strains
of Cabir"), a kind after it ("the Cabir virus", "UWB technology", "Freeview set-top boxes"). A
firm is named in those ways too ("the Sony console"), but a firm also speaks, has a chief and
shares, and is named after "firm" or "company": a name whose product cues
are at least two, a sixth of its mentions or more and three times its firm's cues, is taken for a
product everywhere in the corpus (as works.py does with titles of works).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from . import names as N
from ..lexicon import (
    ARTICLES,
    EVENT_ALONE,
    FIRM_WORDS_AFTER,
    FIRM_WORDS_BEFORE,
    PLACE_NAMES,
    PRODUCT_COPY_WORDS,
    PRODUCT_COUNT_MULTITUDES,
    PRODUCT_COUNT_QUALIFIERS,
    PRODUCT_COUNT_UNITS,
    PRODUCT_KINDS,
    PRODUCT_MAKER_OWNERS,
    PRODUCT_MULTITUDES,
    PRODUCT_NEW_WORDS,
    PRODUCT_NOUNS,
    PRODUCT_OWN_DETERMINERS,
    PRODUCT_PEOPLE_OWNERS,
    PRODUCT_RUN_WORDS,
    PRODUCT_USE_WORDS,
    PRODUCT_VERBS,
    alternation,
    stop_words,
)

if TYPE_CHECKING:
    from .nodes import Node

_DET = r"\b" + alternation(ARTICLES) + r"\s+"
_NEW = alternation(PRODUCT_NEW_WORDS) + r"\s+"
_COUNT = (
    r"(?:"
    + alternation(PRODUCT_COUNT_QUALIFIERS, " ")
    + r"\s+)?(?:[\d.,]+\s*"
    + alternation(PRODUCT_COUNT_UNITS)
    + "?|"
    + "|".join(PRODUCT_COUNT_MULTITUDES)
    + r"|an?)\s+"
)
_BEFORE_CUES = (
    r"\b"
    + alternation(PRODUCT_MAKER_OWNERS)
    + r"\s+(?:own\s+)?"
    + _NEW
    + r"(?:[\w-]+\s+)?",  # "its new X", "its latest games console X"
    _DET + _NEW,  # "the new Xbox", "a portable PlayStation"
    r"\b" + alternation(PRODUCT_PEOPLE_OWNERS) + r"\s+",  # "his Mac Mini", "their Xbox": what people own
    r"\b" + alternation(PRODUCT_VERBS) + r"\s+" + _COUNT,  # "sold 1.5 million Xboxes"
    r"\b" + alternation(PRODUCT_MULTITUDES) + r"\s+of\s+",
    r"\b"
    + alternation(PRODUCT_COPY_WORDS)
    + r"\s+of\s+(?:the\s+)?",  # not "version of": "the Biblical version of Jesus' life"
    r"\b" + alternation(PRODUCT_RUN_WORDS) + r"\s+",  # "PCs running Windows"
)
_BEFORE = re.compile(r"(?:" + "|".join(_BEFORE_CUES) + r")$", re.I)
_NOUN_AFTER = re.compile(
    r"^(?:\s+\d+(?:\.\d+)*)?\s+(?:" + "|".join(sorted(PRODUCT_NOUNS, key=len, reverse=True)) + r")\b", re.I
)
# (helper wrk21) "the use of UWB", "infected by Cabir"; "the Cabir virus", "UWB technology".
_USE_BEFORE = re.compile(r"\b" + alternation(PRODUCT_USE_WORDS) + r"\s+$", re.I)
_KIND_AFTER = re.compile(r"^\s+" + alternation(PRODUCT_KINDS) + r"\b(?!\s+office)")  # not "the US box office"
_DET_BEFORE = re.compile(_DET + r"$", re.I)
_OWN_DET_BEFORE = re.compile(r"\b" + alternation(PRODUCT_OWN_DETERMINERS) + r"\s+$", re.I)
# "Opera 8.0", "Firefox 1.0", "Windows XP": a version's number after the name.
_VERSION_AFTER = re.compile(r"^\s+(?:\d+\.\d+(?:\.\d+)*|XP)\b")
_OWNER_GAP = re.compile(r"['’]s\s+(?:" + _NEW + r")?")
# What a firm is and does: "X's chief executive", "X said", "shares in X", "the firm X".
_FIRM_AFTER = re.compile(r"^(?:['’]s)?\s+" + alternation(FIRM_WORDS_AFTER) + r"\b")
_FIRM_BEFORE = re.compile(r"\b" + alternation(FIRM_WORDS_BEFORE) + r"\s+$", re.I)


def without_products(nodes: list[Node], texts: dict[str, str]) -> list[Node]:
    """The nodes that are not products' names (see the module's docstring)."""
    products = product_keys(nodes, texts)
    return [n for n in nodes if n.key not in products] if products else nodes


def product_keys(nodes: list[Node], texts: dict[str, str]) -> set[str]:
    """The keys of the names the words around them make products more than firms."""
    total, strong, weak, firm = cue_counts(nodes, texts)
    otherwise = {n.key for n in nodes if _named_otherwise(n.name)}
    products = {
        k
        for k, c in strong.items()
        if c + weak[k] >= 2 and 6 * (c + weak[k]) >= total[k] and c + weak[k] >= 3 * firm[k] and k not in otherwise
    }
    # A longer name NER calls a person's is one only a number makes a model's ("Xbox 2", not
    # "Mini Grey", the author, after the car "Mini").
    people = {n.key for n in nodes if n.mention.label == "PERSON"}
    return products | {
        k
        for k in total
        if k not in otherwise
        and not firm[k]
        and (_plural_of(k, products) or ((k not in people or k.split()[-1].isdigit()) and _extends(k, products)))
    }


def _extends(key: str, products: set[str]) -> bool:
    """A product's name and more words: its version, model or service ("Windows XP", "Xbox 2",
    "Xbox Live", "GameBoy Advance"), or its maker's name before it ("Microsoft Xbox"), a
    product's too."""
    words = key.split()
    return any(" ".join(words[:i]) in products or " ".join(words[i:]) in products for i in range(1, len(words)))


def _plural_of(key: str, products: set[str]) -> bool:
    """ "Xboxes", "Cells", "GameBoys": the plural of a product's name, many of the product."""
    return any(key.endswith(end) and key[: -len(end)] in products for end in ("s", "es"))


def cue_counts(nodes: list[Node], texts: dict[str, str]) -> tuple[Counter, Counter, Counter, Counter]:
    """Per key: its mentions, those a product's words surround (strong cues; weak: only an article
    before, "the Mac Mini", which "the Fed" has too), those a firm's or a person's do."""
    total: Counter = Counter()
    cued: Counter = Counter()
    weak: Counter = Counter()
    firm: Counter = Counter()
    owned: list[tuple[str, str]] = []  # (owner's key, owned name's key), judged once all are counted
    by_article: dict[str, list[Node]] = {}
    for n in nodes:
        by_article.setdefault(n.mention.article, []).append(n)
    for aid, ns in by_article.items():
        text = texts.get(aid)
        ends = {n.mention.end: n for n in ns}
        for n in ns:
            total[n.key] += 1
            if n.personal or n.person_cue or n.org_cue or n.club_cue:
                firm[n.key] += 1
                continue
            if not text:
                continue
            s, e = n.mention.start, n.mention.end
            before, after = text[max(0, s - 60) : s], text[e : e + 40]
            owner = _owner(n, text, ends)
            if _FIRM_AFTER.match(after) or _FIRM_BEFORE.search(before):
                firm[n.key] += 1
            elif _NOUN_AFTER.match(after) and (owner or _OWN_DET_BEFORE.search(before)):
                cued[n.key] += 1  # "the Xbox console", "Microsoft's Windows operating system"
            elif _KIND_AFTER.match(after):
                cued[n.key] += 1  # "the Cabir virus", "UWB technology"
            elif _modifier(after):
                continue  # "her Olympic title", "his Chelsea team-mates": the name qualifies a noun
            elif _BEFORE.search(before) or _USE_BEFORE.search(before) or _VERSION_AFTER.match(after):
                cued[n.key] += 1
            elif owner:
                owned.append((owner.key, n.key))
            elif _DET_BEFORE.search(before) and not N.is_acronym(n.name) and not _PLURAL.search(n.name):
                weak[n.key] += 1
    # An owner named nowhere else is part of a name ("Sadler's Wells"), no firm before a product.
    by_owner = Counter(o for o, _ in owned)
    for o, k in owned:
        if total[o] > by_owner[o]:
            cued[k] += 1
    return total, cued, weak, firm


def _owner(n: Node, text: str, ends: dict[int, Node]) -> Node | None:
    """A firm's name and "'s" right before ("Microsoft's Xbox", "Apple's new Mac Mini"): an
    organisation's mention before a name NER does not call a person's ("Microsoft's Bill Gates",
    "Chelsea's Robben")."""
    if n.mention.label == "PERSON" or N.starts_with_given_name(n.name):
        return None
    for gap in range(1, 12):
        owner = ends.get(n.mention.start - gap)
        if owner is None:
            continue
        if (
            owner.mention.label == "ORG"
            and not owner.personal
            and _OWNER_GAP.fullmatch(text[owner.mention.end : n.mention.start])
        ):
            return owner
        return None
    return None


def _modifier(after: str) -> bool:
    """A name that a common noun follows qualifies it ("his Olympic title"): no cue of its own."""
    m = _NEXT_WORD.match(after)
    return bool(m) and m.group(1) not in stop_words()


_PLURAL = re.compile(r"[^s]s$")  # "the Olympics", "the Grammys": events, bands, no products
_NEXT_WORD = re.compile(r"^\s+([a-z][\w-]*)")


def _named_otherwise(name: str) -> bool:
    """A place of the gazetteer, an event by its words, a party, a people or an organisation by its
    words: never a product."""
    plain = N.plain(name)
    return (
        plain in PLACE_NAMES
        or plain in EVENT_ALONE
        or N.kind_of_name(name) in ("event", "place")
        or bool(N.party_key(name))
        or N.looks_demonym(name)
        or N.has_org_word(name)  # "the IMF's European Department": a unit, named as one
    )
