"""Speakers on dev articles, with the real spaCy model (issue 10, session 14, helper spk14a;
bench/gold/annotations-spk14a.txt and the dev errors it found); each text is a real BBC passage, cut
short where the case allows."""

from test_attribution_speakers import run


def _starting(got: dict, words: str):
    """The attribution of the quote that starts with these words."""
    return next(a for q, a in got.items() if q.startswith(words))


# bbc-sport-206
ANELKA = (
    "Anelka, 25, is in talks over a contract extension beyond 2007 with City but is believed to fear his career "
    "will go stale if he stays at the club. The News of the World reports that Anelka told a French magazine: "
    '"I either decide to win titles or to have an easy life. "I think I will always choose football, if a great '
    'club makes me an offer." He added: "To win titles you need players who have the capability of doing so.'
)

# bbc-politics-303
MEMO = (
    "Hours later Sir Edward's hopes of a deal unravelled as Mr Thorpe's colleagues refused to support him. "
    '"Jeremy said he was encountering a rather embarrassing problem with his colleagues about the prime minister '
    'personally," reads a telephone memo for Mr Heath.\n\n'
    '"They feel they could not agree to serve as long as he is the prime minister. "Asked if this was his own '
    "view he said - no it was not, I am very close to Ted and thought he was by far the most able man we had and "
    'he would be perfectly happy to serve - it was only some of his colleagues who were being difficult." The '
    "following day, the stickling points had clearly become two-fold: Mr Thorpe's colleagues wanted electoral "
    "reform and Sir Edward's resignation."
)

# bbc-business-244
CHAMPION = (
    "Why the mismatch between the public perception and the market's response? \"The Aurora issue had been an "
    'ongoing one for some time," says Deutsche Bank\'s Simon Champion. "It was clearly a source of uncertainty for '
    'the company - it was a long cruise, after all."'
)

# bbc-politics-339
SPELMAN = (
    "The Conservatives claimed the plans would amount to an extra tax of up to £11,000 on every new house. "
    '"This is typical of Lib Dem hypocrisy," said Tory shadow local government secretary Caroline Spelman. "They '
    "claim that they want to help people on to the property ladder, but the small print of their policies reveal "
    'how they intend to price even more people out of the housing market."'
)

# bbc-entertainment-314, bbc-politics-199
SCOTT = (
    "Three people have refused Oscars, including actor George C Scott who said the whole thing was "
    '"demeaning". Writer Dudley Nichols refused his Academy Award in 1935 for his screenplay.'
)
JOWELL = (
    "Her call was backed by Culture, Media and Sport Secretary Tessa Jowell who said: \"You wouldn't let your child "
    "watch the Texas Chainsaw Massacre. You wouldn't let them go to a strip club. \"So you shouldn't let them play "
    'an 18-rated game."'
)


def test_the_verb_whose_object_stands_before_the_colon_hands_over_to_the_quote(pipes):
    # "The News of the World reports that Anelka told a French magazine: “...”": told's subject
    # speaks, not the paper that reports it, here and in the quoted sentence that goes on
    got, _, _ = run(pipes, ANELKA)
    first = _starting(got, "I either decide")
    assert first.speaker and "Anelka" in first.speaker
    assert _starting(got, "I think I will always").speaker == first.speaker


def test_the_name_a_document_was_written_for_does_not_speak_in_it(pipes):
    # "“...,” reads a telephone memo for Mr Heath": the memo's words, its writer unnamed; never
    # Heath's (for whom it was written), nor in the paragraphs that go on from it
    got, _, _ = run(pipes, MEMO)
    for words in ("Jeremy said he was", "They feel they", "Asked if this"):
        said = _starting(got, words)
        assert said.speaker_label is None  # a description kept as words ("telephone memo ..."), no name
        assert "Heath" not in (said.speaker or "") and "Edward" not in (said.speaker or "")


def test_an_organisations_person_speaks_though_the_recogniser_took_him_for_a_place(pipes):
    # "says Deutsche Bank's Simon Champion" (NER: "Simon Champion" a place): Champion speaks, not
    # the bank before him, as "Amnesty International UK" is the organisation's arm (attribution_arms)
    got, _, _ = run(pipes, CHAMPION)
    for words in ("The Aurora issue", "It was clearly"):
        assert _starting(got, words).speaker == "Simon Champion"


def test_a_long_lower_case_title_between_the_verb_and_the_name(pipes):
    # "“...,” said Tory shadow local government secretary Caroline Spelman." (the parser takes
    # "shadow" for a verb): she speaks, and in the quoted sentence that goes on
    got, _, _ = run(pipes, SPELMAN)
    for words in ("This is typical", "They claim that"):
        assert _starting(got, words).speaker == "Caroline Spelman"


def test_who_said_is_the_name_right_before_who(pipes):
    # "refused Oscars, including actor George C Scott who said ... “demeaning”" (the parser hangs
    # the clause on "Oscars"); "Culture, Media and Sport Secretary Tessa Jowell who said:" (on
    # "Culture"): the name right before "who" speaks
    got, _, _ = run(pipes, SCOTT)
    assert _starting(got, "demeaning").speaker == "George C Scott"
    got, _, _ = run(pipes, JOWELL)
    for words in ("You wouldn't let", "So you shouldn't"):
        assert _starting(got, words).speaker == "Tessa Jowell"
