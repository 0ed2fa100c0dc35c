"""Name normalisation: titles, possessives, transliteration folding, abbreviations."""
from __future__ import annotations

import pytest

from dossier.index.entities.names import abbreviation_key, clean_name, fold, initials, is_acronym


@pytest.mark.parametrize("surface, label, name", [
    ("Mr Volkov", "PERSON", "Volkov"),
    ("Mrs Hallam", "ORG", "Hallam"),
    ("Dr. Ines Baptista", "PERSON", "Ines Baptista"),
    ("President Marta Lindqvist", "PERSON", "Marta Lindqvist"),
    ("Kremlin spokesman Ivan Petrov", "PERSON", "Ivan Petrov"),
    ("senior Kremlin aide Ivan Petrov", "PERSON", "Ivan Petrov"),
    ("Russian envoy Oleg Smirnov", "PERSON", "Oleg Smirnov"),
    ("US special envoy Mark Dalton", "PERSON", "Mark Dalton"),
    ("Secretary of State Jane Roe", "PERSON", "Jane Roe"),
    ("former Labour leader Tom Ashby", "PERSON", "Tom Ashby"),
    ("Petrov’s", "PERSON", "Petrov"),
    ("Britain's", "GPE", "Britain"),
    ("the Hallam administration", "ORG", "Hallam administration"),
    ("The United Nations", "ORG", "United Nations"),
    ("General Motors", "ORG", "General Motors"),
    ("Prince Edward Island", "GPE", "Prince Edward Island"),
    ("Wales 13-12", "GPE", "Wales"),
    ("Ruud van Dijkstra", "PERSON", "Ruud van Dijkstra"),
])
def test_clean_name(surface, label, name):
    assert clean_name(surface, label).name == name


def test_clean_name_reports_titles():
    cn = clean_name("Kremlin spokesman Ivan Petrov")
    assert cn.personal and cn.title == "Kremlin spokesman"
    assert not clean_name("Ivan Petrov").personal


@pytest.mark.parametrize("variants", [
    ["Zelensky", "Zelenskiy", "Zelenskyy"],
    ["Witkoff", "Witkov", "Vitkov"],
    ["Dmitriev", "Dmitriyev"],
    ["Sergei", "Sergey"],
    ["Mykhailo", "Mikhailo"],
])
def test_fold_meets_transliterations(variants):
    assert len({fold(v) for v in variants}) == 1


@pytest.mark.parametrize("a, b", [("Johnson", "Johnston"), ("Ukraine", "Ukrainian"),
                                  ("Radio 1", "Radio 4"), ("Austria", "Australia")])
def test_fold_keeps_different_names_apart(a, b):
    assert fold(a) != fold(b)


@pytest.mark.parametrize("forms", [
    ["US", "U.S.", "United States", "the United States", "USA"],
    ["UK", "U.K.", "United Kingdom"],
    ["UN", "U.N.", "United Nations"],
    ["EU", "European Union", "the European Union"],
])
def test_abbreviations_share_a_key(forms):
    keys = {abbreviation_key(f) for f in forms}
    assert len(keys) == 1 and None not in keys


def test_abbreviation_key_is_none_for_other_names():
    assert abbreviation_key("Usman") is None and abbreviation_key("Ukraine") is None


def test_initials_and_acronyms():
    assert initials("International Monetary Fund") == "IMF"
    assert initials("Fund") == ""
    assert is_acronym("N.A.T.O.") and is_acronym("IMF") and not is_acronym("Moscow")
