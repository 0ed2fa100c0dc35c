"""Speakers of phrases quoted in the reporter's sentence about what a person thinks or believes
(issue 10, session 15, helper scare15; attribution_subject_fragment.py), with the real spaCy
model; each text is a real BBC passage."""

from test_attribution_speakers import run


# bbc-tech-323
WONG = (
    "Mr Wong says the application is still very much in its infancy and is only useful for reading images that "
    'have been created digitally. "If I took a random picture and scanned it and then used my software to '
    "recognise it, it wouldn't work that well.\"\n\n"
    'Mr Wong has been blind from the age of seven and he thinks that having a "colour memory" makes the software '
    'more useful than it would be to a scientist who had never had any vision. "As the notes increase in pitch I '
    "know the colour's getting redder and redder, and in my mind's eye a patch of red appears.\" The colour to "
    "music software has not yet been made available commercially."
)


def test_a_phrase_under_what_a_named_person_thinks_is_his(pipes):
    # "Mr Wong ... he thinks that having a “colour memory” makes ...": the phrase is the view of
    # the person who thinks it (a verb of thinking, lexicon.FRAGMENT_OWNER_VERBS)
    got, _, _ = run(pipes, WONG)
    assert got["colour memory"].speaker == "Wong"


# bbc-tech-283
PURUSHOTMA = (
    "But instead of fearing computer games, Ravi Purushotma believes that educationalists, particularly language "
    'teachers should embrace games. "One goal would be to break what I believe to be the false assumption that '
    'learning and play are inherently oppositional," he said. He believes that the "phenomenal ability" of games '
    "such as The Sims and others to capture the interest of adolescent audiences is ripe for exploitation."
)


def test_a_phrase_under_what_he_believes_is_the_antecedents(pipes):
    # "He believes that the “phenomenal ability” of games ...": "he" is Ravi Purushotma, whose
    # view the phrase is (a verb of reported thought, lexicon.REPORTING_LEMMAS)
    got, _, _ = run(pipes, PURUSHOTMA)
    assert got["phenomenal ability"].speaker == "Ravi Purushotma"


# bbc-business-226
SKINNER = (
    "McDonalds has also been taking steps to improve its junk food reputation, revamping its menu and providing "
    "clients with health-related products such as pedometers. As well as burgers like the Big Mac and Quarter "
    "Pounder with Cheese, the company now sells healthier options such as salads and fresh fruit. Chief executive "
    'Jim Skinner attributed an 8.3% increase in January worldwide sales to the "vitality of our menu", among other '
    "things."
)


def test_a_phrase_a_person_attributes_something_to_is_his(pipes):
    # "Jim Skinner attributed an 8.3% increase ... to the “vitality of our menu”": the reason given
    # is his view (a verb of giving a reason, lexicon.FRAGMENT_OWNER_VERBS)
    got, _, _ = run(pipes, SKINNER)
    assert got["vitality of our menu"].speaker == "Jim Skinner"


# bbc-tech-087
ALLAN = (
    "As inappropriate net content, most obviously pornography viewed by children, continues to dominate the "
    "headlines, internet regulation remains a political issue said MP Richard Allan, Liberal Democrat spokesman "
    'on IT. Mr Allan thinks that the answer could lie somewhere between the cries of "impossible to regulate" '
    'and "just apply offline laws online". In fact, instead of seeing regulation brought online, the future could '
    "bring an end to regulation as we know it for all TV content."
)


def test_a_phrase_a_noun_names_under_what_he_thinks_is_no_ones(pipes):
    # "Mr Allan thinks ... between the cries of “impossible to regulate”": the cries' words, the
    # people's who cry them, not his; unattributed being better than wrong
    got, _, _ = run(pipes, ALLAN)
    assert got["impossible to regulate"].speaker is None
