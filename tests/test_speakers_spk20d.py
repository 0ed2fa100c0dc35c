"""Described speakers that stand for the person the article names (issue 10, session 20, helper
spk20d), with the real spaCy model: a description that opens the sentence after one whose "he" or
"she" subject is the person in focus is that person, its words before the head saying the person's
age, party, place or trade ("The 58-year-old US singer", "the Labour peer", "The legal assistant"),
and after a fronted phrase of time or place ("During the debate, the Labour peer ... said")
(attribution_focus_pronoun). Passages of the BBC corpus."""

from helpers import speaker_of

# bbc-politics-073
_DUBS = (
    "Lord Dubs agreed to withdraw his bill after its second reading in the House of Lords, but urged the "
    "government to think again at a later stage. \"We cannot forever say we don't want to change things because "
    'it is too difficult," he told peers. During the debate, the Labour peer and former minister said: "The '
    'monarchy should symbolise the values of this country."\n'
)

# bbc-entertainment-209
_AITKEN = (
    "Austin Aitken is taking action against NBC over its programme Fear Factor. He said watching the show caused "
    "his blood pressure to rise so high that he became dizzy and light-headed. The legal assistant said NBC was "
    '"sending the wrong message to viewers that cash can make or have people do just about anything beyond '
    'reasoning".\n'
)

# bbc-entertainment-317
_SMITH = (
    "Rock star Patti Smith has been made artistic director of this year's Meltdown festival, to be held at "
    "London's South Bank Centre in June.\n\n"
    'Smith has yet to decide the line-up for Meltdown, which begins on 11 June. "I want to touch on all aspects '
    'of our culture, perhaps with readings from Genet, and I have an idea for Jeremy Irons to read Proust," she '
    "said.\n\nThe 58-year-old US singer of Because the Night told The Observer newspaper that the festival would be "
    'her response to these "material, exploitative and greedy times". "It is important we explore the new, but we '
    'should also salute the best art there is, aesthetically and spiritually," she said.\n'
)


def test_a_party_word_and_a_fronted_phrase_leave_the_description_the_person_in_focus(pipes):
    # without the rule: "Labour peer", kept as a description (its party word told it apart, and
    # "During the debate," kept it from opening its sentence)
    assert speaker_of(pipes, _DUBS, "The monarchy") == "Dubs"


def test_a_trade_word_before_the_head_describes_the_person_in_focus(pipes):
    # without the rule: "legal assistant", kept as a description
    assert speaker_of(pipes, _AITKEN, "sending the wrong message") == "Austin Aitken"


def test_an_age_and_a_nationality_describe_the_person_in_focus(pipes):
    # without the rule: the description "58-year-old US singer of", whom "she" stands for
    assert speaker_of(pipes, _SMITH, "It is important") == "Patti Smith"
