"""Described speakers that stand for the person the article names (issue 10, session 20, helper
spk20d), with the real spaCy model: a description that opens the sentence after one whose "he" or
"she" subject is the person in focus is that person, its words before the head saying the person's
age, party, place or trade ("The 58-year-old US singer", "the Labour peer", "The legal assistant"),
and after a fronted phrase of time or place ("During the debate, the Labour peer ... said")
(attribution_focus_pronoun); the lead's indefinite subject is the name the next sentence opens with
("A bookmaker has stopped ...", attribution_lead_subject); a thing of its owner's words that "his" or
"her" gives an owner is that person's ("His sales pitch adds"). Passages of the BBC corpus, and one
written for the test."""

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


# bbc-entertainment-221
_BOOKMAKER = (
    'A bookmaker has stopped taking bets on Celebrity Big Brother after claiming "sensitive information" about '
    "the Channel 4 show had been leaked.\n\n"
    "William Hill made the move after four people tried to place bets on Friday's surprise double eviction.\n"
)

# bbc-tech-209
_FISHER = (
    "Andrew Fisher, from Omaha, Nebraska, said he would accept any brand name or logo.\n\n"
    'On the online auction, Mr Fisher describes himself as an "average American Joe, give or take". His sales '
    'pitch adds: "Take advantage of this radical advertising campaign and become a part of history."\n'
)


def test_the_leads_indefinite_subject_is_the_name_the_next_sentence_opens_with(pipes):
    # without the rule: "bookmaker", kept as a description (attribution_lead_subject)
    assert speaker_of(pipes, _BOOKMAKER, "sensitive information") == "William Hill"


def test_a_thing_his_or_her_gives_an_owner_is_the_person_in_focus(pipes):
    # without the rule: "His sales pitch", kept as a description
    assert speaker_of(pipes, _FISHER, "Take advantage") == "Andrew Fisher"


# bbc-tech-133
_ATTENDANT = (
    'A US airline attendant suspended over "inappropriate images" on her blog - web diary - says she has been '
    "fired.\n\nEllen Simonetti, known as Queen of the Sky, wrote an anonymous semi-fictional account of her life in "
    "the sky.\n"
)


def test_a_quotation_between_the_leads_subject_and_its_verb_stays_with_the_description(pipes):
    # the words the attendant is described by ("suspended over ..."), not hers: the rule leaves
    # them to the description rather than naming her
    assert speaker_of(pipes, _ATTENDANT, "inappropriate images") != "Ellen Simonetti"


# bbc-politics-075
_LIVINGSTONE = (
    'Ken Livingstone should "stick to his guns" and not apologise for his "Nazi" comment to a Jewish reporter, '
    "Tory MP Boris Johnson has insisted.\n\nMr Johnson also claimed Tony Blair's intervention in the row was \"an "
    'attempt to reassure Jewish voters". London mayor Mr Livingstone says he is "standing by" his remarks which '
    'likened an Evening Standard journalist to a "concentration camp guard".\n'
)


def test_a_thing_his_gives_an_owner_inside_its_sentence_is_not_the_person_before(pipes):
    # "his remarks" is Livingstone's, the subject of its own sentence, not Mr Johnson, the subject
    # of the sentence before: the rule takes only a thing that opens its sentence
    assert speaker_of(pipes, _LIVINGSTONE, "concentration camp guard") != "Boris Johnson"


def test_a_thing_not_made_of_words_is_not_its_owners_speech(pipes):
    # written for this test in the style of a campaign report: a plan is no one's words, and its
    # "her" does not make its promise Ms Lane's quotation (lexicon.OWN_WORDS_NOUNS)
    text = (
        "Sarah Lane toured three factories in Leeds on Monday.\n\nMs Lane spoke to workers at the last of "
        'them. Her housing plan promises "a fairer deal for families" within two years.\n'
    )
    assert speaker_of(pipes, text, "a fairer deal") != "Sarah Lane"
