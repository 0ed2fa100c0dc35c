"""Speakers and types on the dev articles of bench/gold/annotations-fresh8b.txt (issue 10, session
11, helper fresh8b), with the real spaCy model; each text is a real BBC passage, cut short where the
case allows, or the real article in a real index."""

import pytest

from dossier.index.read import Reader
from helpers import bbc_index, speaker_of
from test_attribution_speakers import run


# bbc-politics-266
KATWALA = (
    "Peers are debating proposals to change the rules governing the succession to the throne.\n\n"
    'The Fabian Society\'s Sundar Katwala said the change was "long overdue" and that he expected a "warm '
    "response\". The political reform group's general secretary told BBC Radio 4's Today Programme there were "
    'some "very out-dated features" at the heart of Britain\'s constitution.\n\n'
    '"In 1998 the government said in principle it supported the idea of ending gender discrimination." He '
    'pointed out that it was 30 years since the sex discrimination act. Mr Katwala added: "This is long overdue."'
)


def test_a_name_after_an_honorific_is_a_person_whatever_the_recogniser_said(pipes):
    # NER labels "Sundar Katwala" a building and "Mr Katwala" a place: "Mr" says he is a person,
    # so "The political reform group's general secretary" after the sentence he is the subject of
    # is him, not a description kept as words
    got, _, _ = run(pipes, KATWALA)
    assert got["very out-dated features"].speaker == "Sundar Katwala"
    in_1998 = "In 1998 the government said in principle it supported the idea of ending gender discrimination."
    assert got[in_1998].speaker == "Sundar Katwala"


def test_honorific_people_relabels_the_surname_only_after_an_honorific():
    from dossier.index.nlp.attribution_context import Entity
    from dossier.index.nlp.attribution_honorifics import honorific_people

    text = "Sundar Katwala spoke in Katwala Street. Mr Katwala added that Lord Dubs' Succession Bill is old."

    def ent(name: str, label: str, after: int = 0) -> Entity:
        at = text.index(name, after)
        return Entity(at, at + len(name), name, label)

    ents = [
        ent("Sundar Katwala", "FAC"),
        ent("Katwala Street", "FAC"),
        ent("Katwala", "GPE", text.index("Mr")),
        ent("Dubs' Succession", "ORG"),
    ]
    got = {e.text: e.label for e in honorific_people(text, ents)}
    # the street keeps its label; the bill after "Lord Dubs'" is no person
    assert got == {"Sundar Katwala": "PERSON", "Katwala Street": "FAC", "Katwala": "PERSON", "Dubs' Succession": "ORG"}


# bbc-politics-252
FIELD = (
    "Tony Blair promised Gordon Brown he would stand down before the next election, a new book about the "
    "chancellor claims.\n\n"
    "Former welfare minister Frank Field MP criticised the reported rivalry between the pair on GMTV's Sunday "
    'Programme.\n\n"What sort of model does it give to the nation when the two most important political leaders '
    'do nothing but fight it out together or use their aides to fight it out?" the Labour MP for Birkenhead asked. '
    "He said the prime minister should sack Mr Brown."
)


def test_the_mp_for_a_seat_is_the_person_in_focus_not_the_seat(pipes):
    # "the Labour MP for Birkenhead asked": Birkenhead (a person for NER) is the seat; the MP is
    # the subject of the sentence before, "Frank Field MP" (a title after the name)
    assert speaker_of(pipes, FIELD, "What sort of model") == "Frank Field"


# bbc-politics-065
LETTER = (
    "The government has written to two of the British men freed from Guantanamo Bay telling them they will not "
    "be allowed passports.\n\n"
    "It is only the 13th time the power has been used since 1947 - the last time was in 1976. The letter, from "
    'the Home Office, says: "I am writing to inform you that on the basis of the information which has come to '
    "light during your detention by the United States, the home secretary considered that there are strong "
    'grounds."\n\nThe Home Office said it could not comment on individual cases.'
)


def test_a_thing_that_speaks_is_the_organisation_it_is_from(pipes):
    # "The letter, from the Home Office, says:": the organisation the letter is from speaks
    # (attribution_senders.sender_beside), not a speaker "letter"
    assert speaker_of(pipes, LETTER, "I am writing") in ("Home Office", "the Home Office", "The Home Office")


# bbc-politics-065
AMNESTY = (
    "The Liberal Democrats have promised to raise the issue in Parliament.\n\n"
    'Amnesty International UK also questioned whether the decisions had been based on "torture evidence" '
    "obtained at Guantanamo Bay."
)


def test_a_country_ending_an_organisations_name_does_not_speak(pipes):
    # NER: "Amnesty International" and "UK"; the parser: "UK" heads the subject. The UK arm of
    # Amnesty questioned, not the country (attribution_arms.organisation_before)
    got, _, _ = run(pipes, AMNESTY)
    assert got["torture evidence"].speaker == "Amnesty International"


# bbc-politics-252
PESTON = (
    "Tony Blair promised Gordon Brown he would stand down before the next election, a new book about the "
    "chancellor claims.\n\n"
    "The book, serialised in the Sunday Telegraph, alleges that Mr Blair told the chancellor at a dinner hosted by "
    'deputy PM John Prescott in November 2003 of his intention to stand down. "At that stage he saw Gordon Brown '
    "and said, 'look you are the next most influential member of the government, I need your help to get through "
    'the next year," Mr Peston said. "I myself recognise that I\'m going to have to stand down before the '
    "election but help me to get through the year and I will then stand down.'\" But he changed his mind in June "
    "2004, following intervention from allies in the Cabinet and the suspicion that the chancellor was "
    "deliberately manoeuvring against him, the book claims."
)


def test_a_speech_verb_after_the_quote_with_a_clause_of_its_own_is_not_its_cue(pipes):
    # "“...stand down.'” But he changed his mind ..., the book claims": the book claims the clause
    # before its verb, it did not speak the quote (attribution_own_clause.reports_its_own_clause)
    got, _, _ = run(pipes, PESTON)
    key = next(k for k in got if k.startswith("I myself"))
    assert got[key].speaker in (None, "Robert Peston")
    assert got[key].cue != "the book claims"


# bbc-entertainment-102
FESTIVAL = (
    "Actor Daniel Day-Lewis is to be presented with an award for his career in film at the Berlin Film Festival.\n\n"
    "Day-Lewis has competed four times at the Berlin Film Festival, with films In The Name Of The Father (1994) and "
    'The Boxer (1998). The festival praises him for his "sensational start" with roles in My Beautiful Laundrette.'
)


def test_the_head_word_of_the_one_name_that_has_it_is_that_name(pipes):
    # "The festival praises him for his “sensational start”": the article's one Festival, not a
    # speaker kept as the words "festival" (attribution_bodies.body_named_by_head, which fresh8a
    # wrote for the same job beside fresh8b's rule: one rule kept)
    got, _, _ = run(pipes, FESTIVAL)
    assert got["sensational start"].speaker in ("Berlin Film Festival", "the Berlin Film Festival")


PICKS = ("bbc-sport-025", "bbc-entertainment-086", "bbc-politics-176")


# bbc-sport-025: "Double Olympic champion Hicham El Guerrouj ...", then "El Guerrouj achieved a
# lifetime ambition" (NER: an organisation): a surname opening with a particle, alone after the
# full name, is the man's (surname_tails.particle_surname_keys)
@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "fresh8b", lambda r: r["id"] in PICKS)) as reader:
        actors = list(reader.actors())
        view = reader.article("bbc-sport-025")
        politics = reader.article("bbc-politics-176")
    return actors, view, politics


def test_a_surname_with_a_particle_alone_is_the_persons(index):
    actors, view, _ = index
    held = [a for a in actors if "Hicham El Guerrouj" in a.aliases]
    assert len(held) == 1 and held[0].type == "person"
    assert [m.surface for m in view.mentions if m.actor == held[0].id].count("El Guerrouj") == 3


def test_a_word_ending_the_sentence_before_a_name_is_no_title(index):
    # bbc-entertainment-086: "Bookmakers predict Cate Blanchett will be named best supporting
    # actress. William Hill and Ladbrokes have given ...": "actress." ends a sentence, it is no
    # title of William Hill (a full stop after a title is an abbreviation's: "Dr.", "Mr."); so the
    # bookmaker's "William Hill spokesman" makes it an organisation
    actors, _, _ = index
    held = [a for a in actors if "William Hill" in a.aliases]
    assert len(held) == 1 and held[0].type == "org"


def test_an_abbreviated_title_with_a_full_stop_is_still_a_title():
    from dossier.index.entities.evidence import words_around
    from dossier.index.records import Mention

    text = "The plan was backed by Dr. Rowan Williams on Monday."
    at = text.index("Rowan")
    titled, _ = words_around(Mention("a", at, at + len("Rowan Williams"), "Rowan Williams", "PERSON"), text)
    assert titled


def test_a_lone_capitalised_word_in_or_around_a_place_by_in_is_a_place(index):
    # bbc-politics-176: "Two of the most controversial traveller sites - Cottenham in Cambridgeshire
    # and Minety in Wiltshire - remain embroiled" (NER: Cambridgeshire, and Minety by the list):
    # a town in its county (places_in_places)
    actors, _, politics = index
    by_surface = {m.surface: m.actor for m in politics.mentions}
    types = {a.id: a.type for a in actors}
    assert types[by_surface["Cottenham"]] == "place"
    assert types[by_surface["Wiltshire"]] == "place"


def test_a_broadcasters_word_after_a_name_makes_an_organisation(index):
    # bbc-entertainment-086: "X Factor judge Sharon Osbourne will present Sky television's live
    # coverage of the event" (NER: a person): only an organisation has "television" after its name
    # (lexicon ORG_ONLY_AFTER, fresh8b's block)
    actors, _, _ = index
    held = [a for a in actors if "Sky" in a.aliases]
    assert len(held) == 1 and held[0].type == "org"


def test_an_events_name_without_its_head_word_is_the_event(index):
    # bbc-sport-025: "the World Cross Country Championships in France", then "the World Cross
    # Country is an event which is also special to me" (NER: an organisation): the event without
    # its head word (lexicon DROPPED_EVENT_HEADS, grouping.join_without_head)
    actors, view, _ = index
    held = [a for a in actors if "World Cross Country Championships" in a.aliases]
    assert len(held) == 1
    assert "World Cross Country" in [m.surface.removeprefix("the ") for m in view.mentions if m.actor == held[0].id]


def test_a_run_of_capitals_ending_with_a_firms_head_word_is_an_organisation():
    # bbc-tech-269: "licensed from a US-based firm X1 Technologies"; bbc-business-383: "said Richard
    # Yamarone of Argus Research" (NER: nothing there): lexicon FIRM_NAME_HEADS, fresh8b's block
    from dossier.index.entities.cued_names import headed_names

    text = (
        'The desktop search technology has been licensed from a US-based firm X1 Technologies. "The markets are '
        'starting to fear a more aggressive Fed in 2005," said Richard Yamarone of Argus Research.'
    )
    got = {(m.surface, m.label) for m in headed_names("a", text, [])}
    assert {("X1 Technologies", "ORG"), ("Argus Research", "ORG")} <= got
