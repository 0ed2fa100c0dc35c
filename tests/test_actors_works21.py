"""Titles of works and names of technologies that the words around them give away, on real BBC
articles with the real model (helper wrk21, session 21).

Seen at the top of the 2,225 BBC articles' actor lists: "Aviator" an organisation of 54 mentions,
"Closer" a place of 12 (a film: "his supporting role in Closer"), "Cabir" a place of 11 (a phone
virus), "Linux" a place of 27, "Ultra Wideband" and "R&B" (a genre) organisations of 27,
"Jailhouse Rock" (a song) a place of 11. The names beside them (a
director, the G7, the firms behind the technologies) are still actors."""

from __future__ import annotations

from helpers import bbc_text, picked_actors, picked_seen

# The Aviator: "The Aviator's four producers" (entertainment-039), "The Aviator, a film biography
# of Howard Hughes" (049); one "movie The Aviator" alone is too few of its mentions.
AVIATOR = ("bbc-entertainment-039", "bbc-entertainment-049")
# Closer: "his supporting role in Closer", "supporting roles in Closer" (and "the number two,
# Closer" in a box office chart, uncued).
CLOSER = ("bbc-entertainment-064", "bbc-entertainment-323", "bbc-entertainment-354", "bbc-entertainment-340")
# "the Cabir virus", "new strains of Cabir"; "the use of UWB", "UWB technology"; "customers using
# Linux", "Linux use".
TECH = ("bbc-tech-116", "bbc-tech-290", "bbc-tech-275", "bbc-tech-343", "bbc-tech-012", "bbc-tech-331")
# "hip-hop, R&B, garage" (entertainment-256), "old soul and R&B hits" (259), "an R&B and dance
# music fan" (284): a genre; "the re-release of hit song Jailhouse Rock" (112).
MUSIC = ("bbc-entertainment-256", "bbc-entertainment-259", "bbc-entertainment-284", "bbc-entertainment-112")
# Still actors: "using G7 backing" (the name qualifies a noun), "starred in Jean-Pierre Jeunet's A
# Very Long Engagement" (the director's possessive), "director Spike Lee, starring in seven Lee
# films including Jungle Fever" (a person starring, no credit of a work).
# Stan Lee (entertainment-298) makes "Lee" a surname of two people: one full name is then one
# person only across articles that share another name.
KEPT = ("bbc-business-241", "bbc-entertainment-045", "bbc-entertainment-043", "bbc-entertainment-044")
KEPT += ("bbc-entertainment-052", "bbc-entertainment-298")

actors = picked_actors("works21", AVIATOR + CLOSER + TECH + MUSIC + KEPT)


def _named(actors, alias: str) -> list[str]:
    return [a.type for a in actors if alias in a.aliases]


def test_a_title_its_producers_credits_and_apposition_give_away(actors):
    assert _named(actors, "Aviator") == [] and _named(actors, "The Aviator") == []


def test_a_title_a_supporting_role_is_in(actors):
    assert _named(actors, "Closer") == []


def test_a_virus_named_before_its_kind(actors):
    assert _named(actors, "Cabir") == []


def test_technologies_used_and_named_before_technology(actors):
    assert _named(actors, "UWB") == []
    assert _named(actors, "Linux") == []


def test_a_genre_listed_among_genres(actors):
    # What is left is the one mention NER calls a person's ("use hip hop and R&B"), which no list
    # makes a title (a person's name listed among genres keeps its mention).
    assert "org" not in _named(actors, "R&B")


def test_a_song_named_after_its_noun(actors):
    assert _named(actors, "Jailhouse Rock") == []


def test_the_firms_behind_them_are_still_organisations(actors):
    assert _named(actors, "Intel") == ["org"]
    assert _named(actors, "IBM") == ["org"]


def test_a_name_that_qualifies_a_noun_after_using_stays(actors):
    # "using G7 backing so the money could be borrowed": the G7 backs, no technology is used.
    assert _named(actors, "G7") == ["org"]


def test_a_director_before_his_film_stays_an_actor(actors):
    # "She starred in Jean-Pierre Jeunet's A Very Long Engagement": the possessive is the
    # director's, the title comes after it. (Its type, a place, is another matter.)
    assert _named(actors, "Jean-Pierre Jeunet") != []


def test_a_title_among_the_films_a_director_made(actors):
    # "seven Lee films including Jungle Fever", "more than 25 films, including Jungle Fever".
    assert _named(actors, "Jungle Fever") == []


def test_a_person_starring_in_films_stays_one_person(actors):
    # "Jungle Fever" (a title: "Lee films including Jungle Fever") is dropped, but the articles
    # that name it are still one director's: the company a name keeps counts titles too.
    assert [a.type for a in actors if a.name == "Spike Lee"] == ["person"]


# "The Liberace of Baghdad" (a documentary: "Forty-two films will debut at Sundance, including The
# Liberace of Baghdad") in entertainment-101 and 336; "Baghdad is under ..." a place in 029.
LIBERACE = ("bbc-entertainment-101", "bbc-entertainment-336", "bbc-entertainment-029")
seen = picked_seen("works21b", LIBERACE)


def test_no_name_is_found_inside_a_dropped_title(seen):
    actors, mentions = seen
    assert [a.type for a in actors.values() if "Liberace of Baghdad" in a.aliases] == []
    baghdad = [i for i, a in actors.items() if a.name == "Baghdad"]
    assert baghdad, "Baghdad is a place of entertainment-029"
    inside = [m.surface for aid in LIBERACE[:2] for m in mentions[aid] if m.actor in baghdad]
    assert inside == []


# "Controversial biopic Kinsey, starring Liam Neeson as sex researcher Alfred Kinsey"
# (entertainment-040): the film's title is the person's surname.
KINSEY = ("bbc-entertainment-040", "bbc-entertainment-035")
seen_kinsey = picked_seen("works21c", KINSEY)


def test_a_dropped_title_is_no_missed_mention_of_the_person_it_is_named_after(seen_kinsey):
    actors, mentions = seen_kinsey
    text = bbc_text("bbc-entertainment-040")
    film = text.index("biopic Kinsey") + len("biopic ")
    held = [m for m in mentions["bbc-entertainment-040"] if m.start <= film < m.end]
    assert [actors[m.actor].name for m in held if m.actor] == []
    assert [a.type for a in actors.values() if a.name == "Alfred Kinsey"] == ["person"]


def test_starring_in_after_a_name_is_no_credit_of_a_work():
    # "director Spike Lee, starring in seven Lee films": the person before stars; "Closer,
    # starring Jude Law and Julia Roberts" (entertainment-035) credits the work before.
    from dossier.index.entities.works import _WORK_AFTER

    lee = bbc_text("bbc-entertainment-043")
    closer = bbc_text("bbc-entertainment-035")
    assert not _WORK_AFTER.match(lee[lee.index("Spike Lee, starring") + len("Spike Lee") :])
    assert _WORK_AFTER.match(closer[closer.index("Closer, starring") + len("Closer") :])
