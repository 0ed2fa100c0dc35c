"""What the recogniser's labels hid (issue 10, session 11, helper fresh8a), on real BBC passages of
bench/gold/annotations-fresh8a.txt and of dev articles with the same cause (and one PolNeAR passage
a rule must leave as it was), with the real spaCy model: a surname said alone that the small model
labels an organisation or a product (nlp/attribution_surnames.py); a body described by its name's
last word (nlp/attribution_bodies.py); a paragraph opening with a quotation after a paragraph of
reported speech (nlp/attribution_reported_paragraph.py); two people's surnames glued into one name
(entities/paired_surnames.py)."""

import pytest

from test_attribution_speakers import run


# bbc-sport-493 (cut to its first paragraph and the middle one)
CONNORS = (
    "These are the questions Jimmy Connors will be asking of Britain's brightest tennis hopes in the months, and "
    "possibly years, to come.\n\n"
    "Connors is not the first great name to offer his services to the LTA - his long-time rival John McEnroe has "
    "repeatedly done the same. But Connors is at pains to point out that his interest goes well beyond any "
    "publicity stunt, and he gave a glowing recommendation to the work of LTA performance director David Felgate "
    'and his team. "Britain has a different attitude, the right attitude, in taking the game forward and finding '
    "the next Wimbledon champion,\" said Connors. \"That's something you don't find every day. Everybody talks a "
    'good game but not everybody puts that into effect. "The impression I came away with after just seeing David '
    "and the other coaches for three days was one like I've never seen before, especially over here. \"This is not "
    "going to happen overnight, there are no miracle workers, but you're going in the right direction.\" The "
    "52-year-old's enthusiasm for the work going on in this country is in marked contrast to his relationship with "
    "tennis officials back in America. \"I've had discussions with the USTA (United States Tennis Association) over "
    'a number of years," he said. "That\'s where it (my input) ended."'
)


def test_he_is_the_man_whose_surname_the_recogniser_took_for_a_thing(pipes):
    # "said Connors": NER labels "Connors" an organisation or a product, "Jimmy Connors" a person;
    # "he said" then passed over him for David Felgate, the last name labelled a person
    got, _, _ = run(pipes, CONNORS)
    said = "I've had discussions with the USTA (United States Tennis Association) over a number of years,"
    assert got[said].speaker == "Jimmy Connors"
    assert got["That's where it (my input) ended."].speaker == "Jimmy Connors"


# bbc-sport-124 (its first two paragraphs)
FERDINAND = (
    "Rio Ferdinand has said he is unsure of Malcolm Glazer's motives after the American billionaire launched a new "
    "offer to buy Manchester United.\n\n"
    'The club have confirmed that the Glazer Family Partnership have submitted proposals of a third bid. "A lot '
    "of people want the club's interest to be with people who have grown up with the club and have got its "
    'interests at heart," said Ferdinand. "No one knows what this guy will be bringing to the table." The central '
    'defender added on BBC Radio Five Live: "We will have to wait and see what Glazer comes with. "I would like to '
    'see the situation resolved either way. "I think people are getting bored with him coming in and out of the news '
    'with new proposals. "The other stuff off the pitch takes the shine off what is going on the pitch."'
)


def test_a_players_position_right_after_his_quotation_is_him_whatever_his_label(pipes):
    # "said Ferdinand. “...” The central defender added": NER labels "Ferdinand" an organisation
    # (and "Rio Ferdinand" a place); a defender is one person, never a club, so he is the man
    # just quoted, not a speaker "central defender"
    got, _, _ = run(pipes, FERDINAND)
    assert got["We will have to wait and see what Glazer comes with."].speaker == "Ferdinand"
    assert got["The other stuff off the pitch takes the shine off what is going on the pitch."].speaker == "Ferdinand"


def test_a_clubs_name_read_as_a_person_makes_no_surname_a_person():
    # "Manchester United", which the small model labels a person, is no one's full name: "United"
    # stays an organisation; "Connors" beside "Jimmy Connors" becomes a person
    from dossier.index.nlp.attribution_context import Entity
    from dossier.index.nlp.attribution_surnames import surnames_of_people

    text = "Manchester United said United and Jimmy Connors said Connors, Connors's LTA"
    ents = [
        Entity(i, i + len(w), w, label)
        for w, label, i in [
            ("Manchester United", "PERSON", 0),
            ("United", "ORG", 23),
            ("Jimmy Connors", "PERSON", 34),
            ("Connors", "PRODUCT", 53),
            ("Connors", "ORG", 62),
            ("LTA", "ORG", 72),
        ]
    ]
    assert all(text[e.start : e.end] == e.text for e in ents)
    # a possessor ("Connors's") is left as labelled: "’s" may be a firm's
    assert [e.label for e in surnames_of_people(text, ents)] == ["PERSON", "ORG", "PERSON", "PERSON", "ORG", "ORG"]


def test_only_a_person_reads_positions_and_ages_not_clubs():
    from dossier.index.nlp.attribution_surnames import only_a_person

    assert only_a_person("The central defender")
    assert only_a_person("the 31-year-old")
    assert only_a_person("the Gloucester fly-half")
    assert not only_a_person("the club")
    assert not only_a_person("the Bhoys' boss")


# PolNeAR dev, wash-post_2016-09-25_federal-court-rules-against-ohio (its first paragraphs)
HUSTED = (
    "Federal court rules against Ohio's purges of voter rolls.\n\n"
    "A federal appeals court ruled Friday against Ohio's procedure for removing voters from state rolls, dealing a "
    "blow to Republican Secretary of State Jon Husted and handing a victory to voting rights advocates in a key "
    "presidential swing state.\n\n"
    "A three-judge panel of the U.S. Court of Appeals for the Sixth Circuit overruled a U.S. district court judge's "
    "decision that Husted was not violating any laws with the process he was using to take inactive voters off the "
    "rolls if they did not confirm their status. By a 2-to-1 vote, the court of appeals sent the case back to the "
    "district court.\n\n"
    "The dispute centers on Ohio's removal of perhaps tens of thousands of voters from registration lists because "
    "they did not respond to queries seeking to confirm their address and have not cast a ballot since 2008, in "
    'what is being criticized as a "use it or lose it" approach to voting.'
)


def test_a_surname_made_a_person_still_stops_they_from_reaching_a_body_further_back(pipes):
    # "Husted", labelled an organisation, is Jon Husted: "they" (the voters) still finds him
    # nearest and gives up, as before he was relabelled, and is not the Sixth Circuit court
    got, _, _ = run(pipes, HUSTED)
    assert got["use it or lose it"].speaker is None


# bbc-entertainment-102 (its first paragraph and the fourth)
FESTIVAL = (
    "Actor Daniel Day-Lewis is to be presented with an award for his career in film at the Berlin Film Festival.\n\n"
    "Day-Lewis has competed four times at the Berlin Film Festival, with films In The Name Of The Father (1994), "
    "The Crucible (1997), The Boxer (1998) and Martin Scorsese's Gangs Of New York (2003). The festival praises him "
    'for his "sensational start" with roles in My Beautiful Launderette and costume classic A Room With A View, and '
    'a "great number of celebrated roles" in subsequent productions.'
)


def test_a_body_described_by_its_names_last_word_is_the_body(pipes):
    # "The festival praises him for his “sensational start”": the Berlin Film Festival the article
    # named, not a speaker "festival"
    got, _, _ = run(pipes, FESTIVAL)
    assert got["sensational start"].speaker == "Berlin Film Festival"
    assert got["great number of celebrated roles"].speaker == "Berlin Film Festival"


# bbc-politics-410 (its second paragraph, and the sentence naming the committee)
COMMITTEE = (
    "Mr Sayeed was suspended from Parliament for two weeks last month after the Commons standards and privileges "
    'committee said his conduct had fallen "well below the standards expected". The Standards and Privileges '
    "Committee inquiry followed a newspaper report."
)


def test_a_committee_described_in_lower_case_is_the_one_named_after(pipes):
    # "the Commons standards and privileges committee said": the Standards and Privileges Committee
    # named after it (two words shared, its last word the description's head)
    got, _, _ = run(pipes, COMMITTEE)
    assert "Committee" in (got["well below the standards expected"].speaker or "")


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    from dossier.index.read import Reader
    from helpers import bbc_index

    with Reader(bbc_index(tmp_path_factory, "fresh8a", lambda r: r["id"] == "bbc-business-497")) as reader:
        actors = list(reader.actors())
        view = reader.article("bbc-business-497")
    return actors, view


def test_two_surnames_ner_glued_with_and_are_two_people(index):
    # bbc-business-497: "Royer and Elgindy used the FBI's crime-fighting tools" (NER: one
    # organisation) after "Jeffrey Royer" and "Anthony Elgindy": each surname joins its man, no
    # actor "Royer and Elgindy" holds both (entities/paired_surnames.py)
    actors, view = index
    assert not [a for a in actors if "Royer and Elgindy" in a.aliases]
    by_surface = {m.surface: m.actor for m in view.mentions}
    royer = next(a for a in actors if "Jeffrey Royer" in a.aliases)
    elgindy = next(a for a in actors if "Anthony Elgindy" in a.aliases)
    assert royer.type == elgindy.type == "person"
    assert by_surface["Royer"] == royer.id and by_surface["Elgindy"] == elgindy.id


# bbc-tech-137 (its second paragraph, then the fourth and fifth)
DONOFRIO = (
    "When history takes a look back at great inventions like the car and transistor, they were defining "
    "technologies which ultimately changed people's lives substantially. But, says Nick Donofrio, senior "
    'vice-president of technology and manufacturing at IBM, it was not "the thing" itself that actually improved '
    "people's lives.\n\n"
    "We are in a different phase now when it comes to technology, argues Mr Donofrio, Industry Week's 2003 "
    "Technology Leader of the Year. The hype and over-promise is over and now technology leaders have to "
    "demonstrate that things work, make sense, make a difference and life gets better as a result.\n\n"
    '"In the dotcom era, there was something that was jumping up in your face every five minutes. "Somebody had a '
    "new thing that would awe you. You weren't quite sure that it did anything, you weren't quite sure if you "
    "needed it, you weren't quite sure if it had value for it, but it was cool.\" But change and innovation in "
    "technology that people will see affecting their daily lives, he says, will come about slowly, subtlety, and "
    'in ways that will no longer be "in your face". It will creep in pervasively.'
)


def test_a_paragraph_opening_with_a_quotation_goes_on_from_the_reported_speech_before(pipes):
    # "..., argues Mr Donofrio, ... . The hype and over-promise is over ... ." then a paragraph
    # that opens with a quotation with no cue of its own: his, though the paragraph before ends
    # with a sentence that names no one (nlp/attribution_reported_paragraph.py)
    got, _, _ = run(pipes, DONOFRIO)
    opening = "In the dotcom era, there was something that was jumping up in your face every five minutes."
    assert got[opening].speaker == "Nick Donofrio"
    later = next(k for k in got if k.startswith("Somebody had a new thing"))
    assert got[later].speaker == "Nick Donofrio"
