"""Actors split or merged across an organisation's forms, on real BBC articles with the real model
(issue 10, session 10, split6). Each test names the rule it holds.

In the gold (dev), with what the words say:
entertainment-226: "The head of US TV network Fox", "Fox's prime-time audience": the network, which
  the corpus's votes made a person's surname (Liam Fox: "Mr Fox", "Dr Fox" in politics-011, -374).
business-187: "Riggs Bank will put money ...", "Riggs spokesman Mark Hendrix"; business-010: "Altria
  Group", "with Altria rising 5%": a company's first word before its trade's word. Not an owner's
  name before a product's (unannotated tech-134: "Microsoft Xbox"; tech-070: "Sky Plus"). Unannotated
  tech-102: "Delta Airlines", "Delta" (which NER takes for a place).
business-001 and tech-153: "AOL Europe" beside "AOL", "Nintendo Europe" beside "Nintendo"; sport-004:
  "IAAF Council" beside "IAAF": units named after their parents, which stay apart.
business-404: "the US Securities and Exchange Commission (SEC)"; business-001: "the US Securities
  Exchange Commission (SEC)": one commission, written with and without "and".
business-236: "the Association of Payment Clearing Services (Apacs)", "Apacs' figures"; sport-027:
  "European Athletics (EAA)": a short form in brackets, not the name's initials. Not a player's side
  after his name in a team sheet (unannotated sport-379: "K Gleeson (Leinster)"). sport-004: "The
  IAAF - athletics' world governing body"; sport-027: "the International Association of Athletics
  Federations' award": an acronym no article expands, the one name of the corpus it spells.
  Unannotated sport-476: "29 Taylor Dent (US)" (a ranking: his country, not his short form);
  sport-045: "the United States Anti-Doping Agency (USADA)", sport-039: "World Anti-Doping Agency
  (WADA)" (NER: "Doping Agency" in both; the brackets do not make the two agencies one).
tech-198: "the BBC World Service programme Go Digital", "on the World Service"; politics-122: "BBC
  Radio 4's Today programme", politics-160: "Radio 4's Today programme": a unit without its owner's
  acronym.
sport-420: "his RBS Six Nations debut", sport-353: "ahead of the RBS Six Nations" (NER: nothing, "Six"
  a number), the Six Nations that sport-292 names.
business-437: "British American Tobacco" and "Bat"; politics-076: "The Ministry of Defence", "the
  MoD's performance": initials written as a word.
tech-277: "The Motorsport Endeavour Club", "the Motorsport Endeavour stand"; unannotated
  entertainment-023: "La Fenice Theatre", "La Fenice": a name without its head word.
sport-352: "the RBS Six Nations Championship": the Six Nations of sport-292, under a sponsor's name.
"""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import picked_index

PICKS = (
    "bbc-entertainment-226",
    "bbc-politics-011",
    "bbc-politics-374",
    "bbc-business-187",
    "bbc-business-010",
    "bbc-tech-134",
    "bbc-tech-070",
    "bbc-sport-379",
    "bbc-tech-102",
    "bbc-tech-277",
    "bbc-entertainment-023",
    "bbc-sport-476",
    "bbc-sport-045",
    "bbc-sport-039",
    "bbc-business-001",
    "bbc-business-404",
    "bbc-business-236",
    "bbc-sport-027",
    "bbc-sport-004",
    "bbc-tech-153",
    "bbc-tech-198",
    "bbc-politics-122",
    "bbc-politics-160",
    "bbc-sport-420",
    "bbc-sport-353",
    "bbc-sport-292",
    "bbc-business-437",
    "bbc-politics-076",
    "bbc-sport-352",
)


index = picked_index("split6", PICKS)


@pytest.fixture(scope="module")
def actors(index):
    with Reader(index) as reader:
        return list(reader.actors())


def holder(actors, form: str, article: str):
    held = [a for a in actors if form in a.aliases and article in a.articles]
    assert len(held) >= 1, f"no actor has the alias {form!r} in {article}"
    return held


def test_a_word_its_article_cues_as_an_organisation_is_not_another_articles_person(actors):
    # "US TV network Fox": the network, not Liam Fox of the politics articles.
    fox = holder(actors, "Fox", "bbc-entertainment-226")
    assert all(a.type == "org" for a in fox)
    assert all("bbc-politics-011" not in a.articles for a in fox)
    liam = holder(actors, "Liam Fox", "bbc-politics-011")[0]
    assert liam.type == "person" and "Mr Fox" in liam.aliases


def test_a_companys_first_word_is_the_company(actors):
    (riggs,) = holder(actors, "Riggs", "bbc-business-187")
    assert "Riggs Bank" in riggs.aliases and riggs.type == "org"
    (altria,) = holder(actors, "Altria", "bbc-business-010")
    assert "Altria Group" in altria.aliases
    (delta,) = holder(actors, "Delta", "bbc-tech-102")
    assert "Delta Airlines" in delta.aliases
    # An owner's name before a product's is the owner, not the product.
    for owner, product, article in (
        ("Microsoft", "Microsoft Xbox", "bbc-tech-134"),
        ("Sky", "Sky Plus", "bbc-tech-070"),
    ):
        for a in holder(actors, owner, article):
            assert product not in a.aliases, (owner, a.aliases)


def test_a_unit_named_after_its_parent_stays_apart(actors):
    for parent, unit, article in (
        ("AOL", "AOL Europe", "bbc-business-001"),
        ("Nintendo", "Nintendo Europe", "bbc-tech-153"),
        ("IAAF", "IAAF Council", "bbc-sport-004"),
    ):
        (a,) = holder(actors, parent, article)
        assert unit not in a.aliases, (parent, a.aliases)


def test_a_name_with_and_without_its_and_is_one(actors):
    (sec,) = holder(actors, "Securities Exchange Commission", "bbc-business-001")
    assert "Securities and Exchange Commission" in sec.aliases
    assert "bbc-business-404" in sec.articles and "SEC" in sec.aliases


def test_a_short_form_in_brackets_after_an_organisation_is_that_organisation(actors):
    (apacs,) = holder(actors, "Apacs", "bbc-business-236")
    assert "Association of Payment Clearing Services" in apacs.aliases
    (eaa,) = holder(actors, "EAA", "bbc-sport-027")
    assert "European Athletics" in eaa.aliases
    for a in holder(actors, "Leinster", "bbc-sport-379"):
        assert "K Gleeson" not in a.aliases
    for a in holder(actors, "US", "bbc-sport-476"):
        assert "Taylor Dent" not in a.aliases
    (usada,) = holder(actors, "USADA", "bbc-sport-045")
    assert "WADA" not in usada.aliases


def test_a_unit_written_without_its_owners_acronym_is_the_unit(actors):
    (ws,) = holder(actors, "World Service", "bbc-tech-198")
    assert "BBC World Service" in ws.aliases
    (r4,) = holder(actors, "Radio 4", "bbc-politics-160")
    assert "BBC Radio 4" in r4.aliases and "bbc-politics-122" in r4.articles
    # The owner itself stays apart.
    (bbc,) = holder(actors, "BBC", "bbc-tech-198")
    assert "BBC World Service" not in bbc.aliases


def test_a_known_name_after_a_sponsors_name_nobody_labelled_is_found(index):
    with Reader(index) as reader:
        named = {m.actor for m in reader.article("bbc-sport-292").mentions if m.surface.endswith("Six Nations")}
        assert len(named) == 1
        for aid in ("bbc-sport-420", "bbc-sport-353"):
            found = [m for m in reader.article(aid).mentions if m.surface == "Six Nations"]
            assert found and found[0].actor in named, aid


def test_initials_written_as_a_word_are_the_name_they_spell(actors):
    (bat,) = holder(actors, "Bat", "bbc-business-437")
    assert "British American Tobacco" in bat.aliases
    (mod,) = holder(actors, "MoD", "bbc-politics-076")
    assert "Ministry of Defence" in mod.aliases


def test_an_event_under_a_sponsors_acronym_is_the_event(actors):
    (six,) = holder(actors, "RBS Six Nations Championship", "bbc-sport-352")
    assert "Six Nations" in six.aliases and "bbc-sport-292" in six.articles


def test_a_name_without_its_head_word_is_the_body_or_venue(actors):
    (club,) = holder(actors, "Motorsport Endeavour", "bbc-tech-277")
    assert "Motorsport Endeavour Club" in club.aliases
    (fenice,) = holder(actors, "La Fenice", "bbc-entertainment-023")
    assert "La Fenice Theatre" in fenice.aliases


def test_an_acronym_is_the_one_name_of_the_corpus_it_spells(actors):
    (iaaf,) = holder(actors, "IAAF", "bbc-sport-004")
    assert "International Association of Athletics Federations" in iaaf.aliases
    assert "IAAF Council" not in iaaf.aliases
