"""Actor types and clusters on real BBC articles with the real model (issue 10, session 12,
helper typ12a): the causes of the type and cluster errors seen on typ12a's 8 fresh articles.
Each test names the rule it holds; without the rule the type or the actor is what NER or the
rules before said, which is wrong in these sentences.

sport-205 (an FA Cup third-round draw): "Plymouth v Everton", "Ipswich v Bolton" (NER: people),
"Cardiff v Blackburn", "Birmingham v Leeds" (the towns' actors); "Derby v Wigan\\n\\nSunderland v
Crystal Palace" (one name "Wigan Sunderland"); "Arsenal v Stoke" (no mention at all); "Man Utd v
Exeter" beside "Manchester United" (two actors). entertainment-237: "the fatal 2003 shooting of
two teenage girls in Birmingham" (the city, which stays a place, as in sport-071 and tech-277: the
three make the town's actor a place, out of which the draw's club must go). sport-205 also: "League
One leaders Luton", "Championship sides" (organisations). politics-020: "he wrote in the Times
Educational Supplement" (a place). sport-205's "Cardiff v Blackburn", "Hartlepool v Boston": the
gazetteer's cities (places). tech-338: "Sony Ericsson just released its Walkman branded mobile phone"
(NER: "Sony", an organisation, and "Ericsson", a person). business-005: "Glenmorangie, one of
Scotland's premier whisky firms" (a person); "snack food chains such as Dunkin' Donuts and
Baskin-Robbins" (a person and a place). business-389: "the big four state banks - Banque Misr,
National Bank of Egypt, Banque du Caire and" (Banque Misr: a person). tech-052: "the Electronic
Entertainment Expo (E3) in Los Angeles", "E3 concentrates on" (an organisation of its own).
"""

from __future__ import annotations


from helpers import held_at, picked_seen

PICKS = (
    "bbc-sport-205",
    "bbc-entertainment-237",
    "bbc-sport-071",
    "bbc-tech-277",
    "bbc-politics-020",
    "bbc-tech-338",
    "bbc-business-005",
    "bbc-business-389",
    "bbc-tech-052",
)


seen = picked_seen("fresh12a", PICKS)


def test_a_side_of_a_fixture_ner_took_for_a_person_is_a_club(seen):
    # fixtures.fixture_side + a_club_not_a_person: "Plymouth v Everton", "Ipswich v Bolton".
    for written, name in (("Plymouth v Everton", "Everton"), ("Ipswich v Bolton", "Bolton")):
        actor, _ = held_at(seen, "bbc-sport-205", written, name)
        assert actor.type == "org", (name, actor)


def test_a_town_in_a_fixture_is_its_club_and_the_city_elsewhere_stays_a_place(seen):
    # clubs_apart: "Birmingham v Leeds" is Birmingham City; "girls in Birmingham" the city.
    club, _ = held_at(seen, "bbc-sport-205", "Birmingham v Leeds", "Birmingham")
    city, _ = held_at(seen, "bbc-entertainment-237", "girls in Birmingham", "Birmingham")
    assert club.type == "org" and city.type == "place" and club.id != city.id


def test_a_line_holding_only_a_fixture_names_both_sides(seen):
    # fixtures.fixture_line_sides: NER saw nothing in "Arsenal v Stoke" nor "Leicester v Blackpool".
    for written, name in (("Arsenal v Stoke", "Arsenal"), ("Leicester v Blackpool", "Leicester")):
        actor, m = held_at(seen, "bbc-sport-205", written, name)
        assert m.surface == name and actor.type == "org"


def test_no_name_runs_over_a_line_break_or_a_slash(seen):
    # spans._SEPARATOR: "Derby v Wigan\n\nSunderland v Crystal Palace"; fixtures.split_fixture_slashes:
    # "Luton v Hinckley/Brentford".
    _, mentions = seen
    assert not [m.surface for m in mentions["bbc-sport-205"] if "\n" in m.surface or "/" in m.surface]
    _, m = held_at(seen, "bbc-sport-205", "Wigan\n\nSunderland", "Sunderland")
    assert m.surface == "Sunderland"


def test_a_contracted_club_name_is_the_club_named_in_full(seen):
    # fixtures.a_contraction (grouping): "Man Utd v Exeter" beside "holders Manchester United".
    short, _ = held_at(seen, "bbc-sport-205", "Man Utd v Exeter", "Man Utd")
    full, _ = held_at(seen, "bbc-sport-205", "holders Manchester United", "Manchester United")
    assert short.id == full.id


def test_a_division_named_by_its_number_is_a_competition(seen):
    # leagues.numbered_division: "League One leaders Luton" ("League": an organisation's word).
    actor, _ = held_at(seen, "bbc-sport-205", "League One leaders", "League One")
    assert actor.type == "event"


def test_the_championship_alone_is_a_competition(seen):
    # lexicon EVENT_ALONE (typ12a): "difficult away games against Championship sides".
    actor, _ = held_at(seen, "bbc-sport-205", "against Championship sides", "Championship")
    assert actor.type == "event"


def test_a_supplement_is_a_paper(seen):
    # lexicon PRESS_HEADS (typ12a): "he wrote in the Times Educational Supplement".
    actor, _ = held_at(seen, "bbc-politics-020", "Times Educational Supplement", "Times Educational Supplement")
    assert actor.type == "org"


def test_a_gazetteers_city_against_a_club_is_a_club(seen):
    # fixtures.against_a_club: the other side no place of the gazetteer ("Wales v England" stays).
    for written, name in (("Cardiff v Blackburn", "Cardiff"), ("Hartlepool v Boston", "Boston")):
        actor, _ = held_at(seen, "bbc-sport-205", written, name)
        assert actor.type == "org", (name, actor)


def test_a_firms_name_ner_cut_in_two_is_one_firm(seen):
    # glued_firms.joined_firm_names: "Sony" (ORG) + "Ericsson" (PERSON), one space between.
    actor, m = held_at(seen, "bbc-tech-338", "Sony Ericsson just", "Ericsson")
    assert m.surface == "Sony Ericsson" and actor.type == "org"


def test_one_of_a_kind_in_apposition_is_of_that_kind(seen):
    # one_of_a_kind: "Glenmorangie, one of Scotland's premier whisky firms, but lost out".
    actor, _ = held_at(seen, "bbc-business-005", "Glenmorangie, one of", "Glenmorangie")
    assert actor.type == "org"


def test_the_members_of_a_list_of_chains_are_firms(seen):
    # lexicon KIND_NOUNS (typ12a): "snack food chains such as Dunkin' Donuts and Baskin-Robbins".
    actor, _ = held_at(seen, "bbc-business-005", "and Baskin-Robbins", "Baskin-Robbins")
    assert actor.type == "org"


def test_a_member_of_a_list_of_organisations_is_one(seen):
    # org_lists.org_list_votes: "Banque Misr, National Bank of Egypt, Banque du Caire and Bank of
    # Alexandria" (NER: Banque Misr a person; nothing says a person).
    actor, _ = held_at(seen, "bbc-business-389", "Banque Misr, National", "Banque Misr")
    assert actor.type == "org"


def test_an_events_short_form_in_brackets_is_the_event(seen):
    # grouping._bracketed_after (typ12a: an event's name too): "the Electronic Entertainment Expo (E3)".
    full, _ = held_at(seen, "bbc-tech-052", "Electronic Entertainment Expo (E3)", "Electronic Entertainment Expo")
    short, _ = held_at(seen, "bbc-tech-052", "E3 concentrates", "E3")
    assert short.id == full.id and full.type == "event"
