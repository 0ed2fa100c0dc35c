"""Speakers on unseen articles (issue 10, session 17, helper spk17), with the real spaCy model; each
text is a real BBC passage, cut short where the case allows.

- "the prime minister" again is the person it stood for before, a Deputy Prime Minister named
  between or not (attribution_other_holders).
- A "he said" whose quote speaks of a man as "he" and "his", after a sentence about that man
  which follows someone speaking of him ("X warned that Y needed ..."), is X's
  (attribution_spoken_of).
- A capitalised name with an age between commas after it ("And Edu, 26, added") is a person's,
  there and wherever else the article writes it (attribution_aged_names).
- "the youngster", "the teenager", "the legend" describe one person, never an organisation
  (lexicon.ONE_PERSON_HEADS): the person the sentence before is about.
"""

from test_attribution_speakers import run

# bbc-politics-218 (dev)
PRIME_MINISTER = (
    "Tony Blair has dismissed reports he told Gordon Brown he would quit before the next general election.\n\n"
    "\"You don't do deals over jobs like this,\" the prime minister told BBC One's Breakfast with Frost programme. "
    "According to a new book, Brown's Britain, Mr Blair went back on a pledge to make way for Mr Brown after "
    "Cabinet allies intervened in June 2004.\n\n"
    "It claims Tony Blair felt by November 2003 he had lost voters' trust because of the Iraq war and that he was "
    "no longer an asset to the Labour Party. And that at a dinner hosted by Deputy Prime Minister John Prescott he "
    'told Mr Brown of his intention to stand down. According to Mr Peston the prime minister said: "Help me to get '
    'through the year and I will then stand down." But he then changed his mind in June 2004, following '
    "intervention from allies in the Cabinet and the suspicion that the chancellor was deliberately manoeuvring "
    "against him, according to the book.\n\n"
    "There was speculation the pair were trying to outdo each other's response to the disaster. But the prime "
    'minister said he had discussed these claims with the chancellor and dismissed them as a "load of nonsense". '
    "Former welfare minister Frank Field MP said the prime minister should sack Mr Brown."
)


def test_a_deputy_prime_minister_between_is_no_other_prime_minister(pipes):
    got, _, _ = run(pipes, PRIME_MINISTER)
    assert got["You don't do deals over jobs like this,"].speaker == "Tony Blair"
    # John Prescott holds another office: "the prime minister" is still Mr Blair
    assert got["Help me to get through the year and I will then stand down."].speaker == "Tony Blair"
    # and again, the earlier "the prime minister said" no newcomer either
    assert got["load of nonsense"].speaker == "Tony Blair"


# bbc-sport-382 (dev)
DWYER = (
    "Marty Holah got the All Blacks onslaught under way with his fifth-minute try.\n\n"
    "After the match, Barbarians coach Bob Dwyer warned that South African flanker Schalk Burger needed a proper "
    "off-season break to maintain his standards. Burger, 21, was recently crowned player of the year by both his "
    "peers and the International Rugby Board, but has struggled for form in recent weeks. \"It's his first year at "
    "that level and he was phenomenal up until the end of the southern hemisphere season. \"I don't think he's "
    'played anywhere near that level on tour," he said.'
)


def test_he_who_speaks_of_him_is_the_one_who_spoke_of_him_before(pipes):
    got, _, _ = run(pipes, DWYER)
    assert got["I don't think he's played anywhere near that level on tour,"].speaker == "Bob Dwyer"
    # the quotation's first sentence, with no words of the reporter's, is his too, not Burger's
    first = [k for k in got if k.startswith("It's his first year")]
    assert [got[k].speaker for k in first] == ["Bob Dwyer"]


# bbc-sport-382's construction with the man of the sentence before speaking himself: he stays
SPEAKS_HIMSELF = (
    "After the match, Barbarians coach Bob Dwyer warned that South African flanker Schalk Burger needed a proper "
    "off-season break to maintain his standards. Burger, 21, said he had struggled for form in recent weeks. "
    '"I think he is right and I need a rest," he said.'
)


def test_he_who_is_spoken_of_and_speaks_himself_keeps_his_words(pipes):
    got, _, _ = run(pipes, SPEAKS_HIMSELF)
    assert got["I think he is right and I need a rest,"].speaker == "Schalk Burger"


# bbc-sport-211 (dev): the recogniser finds no "Edu" anywhere
EDU = (
    "Arsenal's Brazilian midfielder Edu has hit out at the club for stalling over offering him a new contract.\n\n"
    "Edu's deal expires next summer and he has been linked with Spanish trio Real Madrid, Barcelona and Valencia. "
    "He told BBC Sport: \"I'm not sure if I want to stay or not because the club have let the situation go on this "
    "far.\" Edu's brother and representative Amadeo Fensao has previously said that Arsenal's current offer to the "
    'midfielder was well short of what he was seeking. And Edu, 26, added: "My brother is due to come to London on '
    'Thursday."'
)


def test_a_name_with_an_age_after_it_is_a_persons(pipes):
    got, _, _ = run(pipes, EDU)
    assert got["My brother is due to come to London on Thursday."].speaker == "Edu"
    # and so is the same name before it, which "He told" goes back to
    assert (
        got["I'm not sure if I want to stay or not because the club have let the situation go on this far."].speaker
        == "Edu"
    )


# bbc-sport-296: "youngster" is a word for one person (lexicon.ONE_PERSON_HEADS)
YOUNGSTER = (
    '"We will go to Twickenham with a little fear and it\'ll give us a boost," said the French coach. He added: "We '
    'are never good enough when we are favourites." Meanwhile, Perpignan centre Jean-Philippe Granclaude is '
    'delighted to have received his first call-up to the France squad. "It\'s incredible," the youngster said. "I '
    'was not expecting it at all."'
)


def test_the_youngster_is_the_one_the_sentence_before_is_about(pipes):
    got, _, _ = run(pipes, YOUNGSTER)
    assert "Granclaude" in (got["It's incredible,"].speaker or "")
