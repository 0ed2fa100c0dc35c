"""An actor's name is the one a reader would look it up by: real BBC articles, the real model.

Seen in the 2,225 BBC articles' actors lists: the Conservatives listed as "Tory", the Liberal
Democrats as "Liberal Democrat", the Oscars as "Oscar" (the statuette), the Olympics as "Olympic"
(an adjective), the Brit Awards as "Brit", and BT as "Telco BT" (a word NER glued before it)."""

from __future__ import annotations

import pytest

from dossier.index.entities.actors import resolve_actors
from dossier.index.read import Reader
from helpers import bbc_index, mentions_at as _mentions, picked_index

# The first articles that write each pair of forms (the singular and the plural, the short form
# and the full name).
PICKS = ("bbc-entertainment-039", "bbc-entertainment-041")  # "Oscars" and "Oscar"
PICKS += ("bbc-entertainment-121", "bbc-entertainment-314")  # "Brit Award(s)", "Academy Award(s)"
PICKS += ("bbc-politics-081", "bbc-politics-096")  # "Tory", "Tories", "Conservative Party"
PICKS += ("bbc-politics-001", "bbc-politics-007")  # "Lib Dems", "Liberal Democrat(s)"
PICKS += ("bbc-entertainment-189", "bbc-sport-003")  # "Olympics", "Olympic"


index = picked_index("canonical", PICKS)


@pytest.fixture(scope="module")
def actors(index):
    with Reader(index) as reader:
        return list(reader.actors())


def _holding(actors, form: str):
    held = [a for a in actors if form in a.aliases]
    assert len(held) == 1, (form, [(a.name, a.aliases) for a in held])
    return held[0]


@pytest.mark.parametrize(
    ("forms", "name"),
    [
        # an event by its plural (the singular is the prize), or by its full name: the Oscars are
        # the Academy Awards (lexicon.NAME_ALIASES, mrg12)
        (("Oscar", "Oscars", "Academy Awards"), "Academy Awards"),
        (("Olympic", "Olympics"), "Olympics"),
        (("Brit Award", "Brit Awards"), "Brit Awards"),  # by the name with its head word
        (("Academy Award", "Academy Awards"), "Academy Awards"),
    ],
)
def test_an_event_is_named_by_its_plural_or_its_full_name(actors, forms, name):
    held = {_holding(actors, f).id for f in forms}
    assert len(held) == 1
    assert _holding(actors, forms[0]).name == name


def test_a_party_is_named_by_its_name_with_party(actors):
    tories = _holding(actors, "Tories")
    assert {"Tory", "Conservative Party"} <= set(tories.aliases)
    assert tories.name == "Conservative Party"


def test_a_party_without_that_form_is_named_by_its_members_plural(actors):
    lib_dems = _holding(actors, "Liberal Democrat")
    assert "Liberal Democrats" in lib_dems.aliases and lib_dems.name == "Liberal Democrats"


def test_a_known_party_goes_by_its_own_name_not_its_nicknames_letters():
    # US news writes the Republicans as "GOP", the letters of "Grand Old Party": the actor of
    # PolNeAR's 422-article tune half was listed third as "Grand Old Party" (acronym rule).
    text = "The Republican Party met. The GOP, the Grand Old Party, chose. Republican Party leaders agreed. The GOP said so."
    forms = [
        ("Republican Party", "ORG"),
        ("GOP", "ORG"),
        ("Grand Old Party", "ORG"),
        ("Republican Party", "ORG"),
        ("GOP", "ORG"),
    ]
    (gop,) = resolve_actors({"a": _mentions("a", text, forms)}, {}, {"a": text}).actors
    assert set(gop.aliases) == {"Republican Party", "GOP", "Grand Old Party"} and gop.name == "Republican Party"


def test_a_word_glued_before_an_acronym_is_no_expansion_of_it():
    # As NER read bbc-tech-097: "Telco BT stepped in ..." and then "BT" alone.
    text = "Telco BT stepped in to help. BT said it would pay. BT shares rose."
    mentions = {"a": _mentions("a", text, [("Telco BT", "ORG"), ("BT", "ORG"), ("BT", "ORG")])}
    (bt,) = resolve_actors(mentions, {}, {"a": text}).actors
    assert set(bt.aliases) == {"Telco BT", "BT"} and bt.name == "BT"


def test_an_acronyms_expansion_names_it_though_a_title_case_form_is_written_more():
    # The BBC writes acronyms in title case ("Nato"), so "DEC" meets "Dec" (NER's organisation of
    # "Dec 2004" elsewhere): the actor is still named by the words its article spells out.
    a = "Gifts went to the Disasters Emergency Committee (DEC), which said it was grateful."
    b = "Dec said it was pleased. Dec will say more. Dec thanked donors."
    mentions = {
        "a": _mentions("a", a, [("Disasters Emergency Committee", "ORG"), ("DEC", "ORG")]),
        "b": _mentions("b", b, [("Dec", "ORG"), ("Dec", "ORG"), ("Dec", "ORG")]),
    }
    (dec,) = [x for x in resolve_actors(mentions, {}, {"a": a, "b": b}).actors if "DEC" in x.aliases]
    assert "Dec" in dec.aliases and dec.name == "Disasters Emergency Committee"


def test_a_group_is_still_named_by_its_singular(actors):
    americans = [a for a in actors if "Americans" in a.aliases]
    assert all(a.name == "American" for a in americans)


# Match reports' team sheets write "C Paterson" more often than the text writes "Chris Paterson".
TEAM_SHEETS = ("bbc-sport-295", "bbc-sport-311", "bbc-sport-322")


def test_a_person_is_named_with_a_given_name_not_an_initial(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "canonical-initials", lambda r: r["id"] in TEAM_SHEETS)) as reader:
        held = [a for a in reader.actors() if "C Paterson" in a.aliases]
    assert len(held) == 1 and "Chris Paterson" in held[0].aliases, [(a.name, a.aliases) for a in held]
    assert held[0].name == "Chris Paterson"
