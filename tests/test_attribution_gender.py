"""Whom "he" and "she" stand for, with the real spaCy model: each person's gender as the article
shows it (attribution_gender.py), and the pronoun rules that use it."""

from dossier.index.nlp.attribution_context import Entity, honorific_names
from dossier.index.nlp.attribution_gender import given_name_gender, mention_gender

from test_attribution import run


def test_mention_gender_from_a_title_before_or_first_word():
    text = "Mrs Howard met Lord Browne and spokeswoman Jane Roe."
    at = {w: (text.index(w), text.index(w) + len(w)) for w in ("Howard", "Browne", "Jane Roe", "Mrs Howard")}
    assert mention_gender(text, *at["Howard"]) == "f"
    assert mention_gender(text, *at["Mrs Howard"]) == "f"
    assert mention_gender(text, *at["Browne"]) == "m"
    assert mention_gender(text, *at["Jane Roe"]) == "f"


def test_given_name_gender_needs_a_surname_too():
    assert given_name_gender("Alicia Keys") == "f"
    assert given_name_gender("Ray Charles") == "m"
    assert given_name_gender("Charles") is None  # one word: a surname as often as a given name
    assert given_name_gender("Zorblat Keys") is None


def test_she_passes_over_a_man_named_nearer(pipes):
    text = (
        "Singer Alicia Keys is to open the show with a song once performed by Ray Charles.\n"
        'Keys said she was "very excited", describing Charles as "an artist I admire". '
        '"I know that this is going to be a touching moment," she said.'
    )
    got, _, _ = run(pipes, text)
    assert got["I know that this is going to be a touching moment,"].speaker == "Alicia Keys"


def test_she_passes_over_the_man_who_is_the_subject_of_the_sentence_before(pipes):
    text = (
        "Singer Alicia Keys will open the show on Sunday.\n"
        "Ray Charles, who died last year, attended the same school. "
        '"I know that this is going to be a touching moment," she said.'
    )
    got, _, _ = run(pipes, text)
    assert got["I know that this is going to be a touching moment,"].speaker == "Alicia Keys"


def test_she_with_only_men_named_is_unattributed(pipes):
    text = 'Mr Tom Baker met Mr John Smith on Monday. "It went well," she said.'
    got, _, _ = run(pipes, text)
    assert got["It went well,"].speaker is None


def test_the_pronoun_votes_of_the_article_decide_a_gender(pipes):
    # neither name says a gender; the article's own "she" for Okafor does
    text = (
        "Dana Okafor met Jordan Dlamini in Lagos on Monday.\n"
        "Okafor said she would run the agency. Jordan Dlamini, who chairs the board, backed the plan. "
        '"We are ready," she said.'
    )
    got, _, _ = run(pipes, text)
    assert got["We are ready,"].speaker == "Dana Okafor"


def test_he_is_the_subject_of_the_sentence_before(pipes):
    text = (
        "The tributes came in for the late Ray Charles.\n"
        "Former singer Paul Jones, who sang on hits of the 1960s, said Charles was one of his heroes. "
        '"I am sure my own writing was influenced by him," he told the BBC.'
    )
    got, _, _ = run(pipes, text)
    assert got["I am sure my own writing was influenced by him,"].speaker == "Paul Jones"


def test_honorific_names_the_recogniser_missed():
    text = "Speaking on Tuesday, Lord Browne said profits rose. Mr Glazer's plan and Sir Paul McCartney too."
    ents = [Entity(text.index("Paul McCartney"), text.index("Paul McCartney") + 14, "Paul McCartney", "PERSON")]
    got = [e.text for e in honorific_names(text, ents)]
    assert got == ["Browne", "Glazer"]


def test_a_person_named_only_with_a_title_is_he(pipes):
    text = (
        "Oil giant BP has announced a rise in profits.\n"
        "However, Lord Browne rejected calls for a windfall tax, saying that in the North Sea it paid more tax. "
        'Asked about prices, he said: "The price of oil will be well supported."'
    )
    got, _, _ = run(pipes, text)
    assert got["The price of oil will be well supported."].speaker == "Browne"


def test_she_takes_the_woman_of_a_shared_surname_and_her_own_sentence_subject_first(pipes):
    text = (
        "Hillary Clinton spoke in Ohio. Michelle Obama was there with her husband.\n"
        "Former president Bill Clinton stayed home.\n"
        "Clinton told the audience that she believes in the policies, saying that “race still matters” in America."
    )
    got, _, _ = run(pipes, text)
    assert got["race still matters"].speaker == "Hillary Clinton"


def test_he_passes_over_a_name_written_as_a_description(pipes):
    text = (
        "Richard Dunne is ready to commit his future to the club.\n"
        "Boss Graeme Souness was impressed by Dunne's form. "
        "But the 25-year-old Dubliner underlined his intention to stay. "
        'He added: "I really enjoy it here."'
    )
    got, _, _ = run(pipes, text)
    assert got["I really enjoy it here."].speaker == "Richard Dunne"


def test_he_is_the_man_a_paragraph_run_into_the_sentence_before_opens_with(pipes):
    text = (
        'Mr Letwin told MPs: "He is spending so much because he is not getting value for money."\n\n'
        "Vincent Cable, for the Liberal Democrats, accused Mr Brown of ducking tough choices.\n\n"
        'He said: "Last week the prime minister gave us the politics of fear."'
    )
    got, _, _ = run(pipes, text)
    assert got["Last week the prime minister gave us the politics of fear."].speaker == "Vincent Cable"


def test_a_woman_named_by_her_given_name_alone_is_she(pipes):
    text = (
        "Hillary Clinton spoke in Ohio on Monday.\n"
        "In a living room in Pennsylvania, Melanie watched the speech with Kevin. "
        '"It is finished," she said.'
    )
    got, _, _ = run(pipes, text)
    assert got["It is finished,"].speaker == "Melanie"


def test_he_continued_is_whom_the_he_before_stood_for(pipes):
    text = (
        "Federal Reserve chairman Alan Greenspan gave a speech in honour of Adam Smith.\n"
        "Dr Greenspan said the world owed a debt to Smith, whose genius he compared to that of Mozart.\n"
        'He said the philosopher was a "towering contributor". "It is a fine place."\n'
        'He continued: "Smith reached far beyond the insights of his predecessors."'
    )
    got, _, _ = run(pipes, text)
    assert got["Smith reached far beyond the insights of his predecessors."].speaker == "Alan Greenspan"
