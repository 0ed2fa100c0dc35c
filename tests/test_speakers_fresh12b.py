"""Speakers on the dev articles of bench/gold/annotations-spk12b.txt (issue 10, session 12), with the
real spaCy model; each text is a real BBC passage, cut short where the case allows."""

from test_attribution_speakers import run


# bbc-politics-335
KENNEDY = (
    "Mr Kennedy said the British public felt let down by Labour on issues from Iraq to top-up fees and the "
    'Conservatives were not "asking the critical questions". And he said people were "highly sceptical" about '
    "Labour and Conservative promises on tax. But he brushed off Labour suggestions a vote for his party would "
    'mean letting the Tories in "by the back door". "If you look at the four previous parliamentary '
    "by-elections, the Liberal Democrats have demonstrated that, not only can we leapfrog the Conservatives where "
    "we start in a third place position, but we can go on to defeat the government. \"That's going to be the "
    'story, I think, of this coming general election."'
)


def test_brushing_off_a_claim_is_answering_it_in_words(pipes):
    # "he brushed off Labour suggestions ... “by the back door”" answers as "he dismissed" does:
    # the phrase is his, and the quotation after it goes on with his words
    got, _, _ = run(pipes, KENNEDY)
    assert got["by the back door"].speaker == "Kennedy"
    assert got["That's going to be the story, I think, of this coming general election."].speaker == "Kennedy"


# bbc-politics-102 (not in the gold)
GRUBBY = (
    "Prime Minister Tony Blair said it was time to draw a line under the controversy surrounding David "
    "Blunkett.\n\n"
    'Asked if Mr Blunkett could return to frontline politics at some point, he replied: "I have made my '
    'admiration for David very clear and it remains." The prime minister shrugged off claims from Conservative '
    'leader Michael Howard that he led a "grubby government".'
)


def test_a_phrase_of_a_claim_a_named_person_made_is_not_the_dismissers(pipes):
    # "shrugged off claims from Conservative leader Michael Howard that he led a “grubby
    # government”": Mr Howard's words, never the prime minister's
    got, _, _ = run(pipes, GRUBBY)
    assert got["grubby government"].speaker != "Tony Blair"


# bbc-politics-022
BLAIR = (
    "Mr Blair said abuses would be weeded out and chain migration, where families automatically get the right "
    "to settle with immigrant workers, would end. That would probably create a fall in the migrant numbers, he "
    "said. The prime minister ridiculed the Tory plans for asylum quotas and for processing all asylum claims "
    "overseas. He challenged the Tories on which country would house their processing centres - what he called a "
    '"fantasy island". Mr Howard read from a letter about the government\'s own plans.'
)


def test_a_description_after_a_he_subject_is_the_person_he_stands_for(pipes):
    # "..., he said. The prime minister ridiculed ... . He ... what he called": the reporter's
    # "he" keeps Mr Blair in focus, so "the prime minister" after it is he, not a speaker
    # called "prime minister"
    got, _, _ = run(pipes, BLAIR)
    assert got["fantasy island"].speaker == "Blair"


# bbc-politics-335 (the article's first sentence) and bbc-politics-404
TOUR = (
    "Liberal Democrat leader Charles Kennedy has begun a week-long tour to persuade voters they are the "
    '"real opposition".\n\n'
    "Mr Kennedy is visiting constituencies in Somerset and Hampshire on Monday."
)
KRUGER = (
    "Danny Kruger, who also works in the Tory research unit, had been due to take on Tony Blair in Sedgefield. He "
    "says his remark last week was misrepresented but he will not contest the election for fear of damaging the "
    'Conservative cause. Tory leader Michael Howard accepted his decision "with regret".'
)
# bbc-entertainment-364 (not in the gold): a term in marks under a verb of no view
PLAYS = (
    "Will Smith's first romantic comedy, Hitch, has topped the North American box office for a second "
    'weekend.\n\nSmith plays a New York "date doctor" who helps men woo women.'
)


def test_a_phrase_quoted_under_a_verb_of_voicing_a_view_is_the_subjects(pipes):
    # no speech verb: "to persuade voters they are the “real opposition”", "accepted his decision
    # “with regret”" mark the words of the person the sentence is about
    got, _, _ = run(pipes, TOUR)
    assert got["real opposition"].speaker == "Charles Kennedy"
    got, _, _ = run(pipes, KRUGER)
    assert got["with regret"].speaker == "Michael Howard"


def test_a_phrase_quoted_under_another_verb_stays_unattributed(pipes):
    # "Smith plays a New York “date doctor”": a term (a film role), not Smith's words
    got, _, _ = run(pipes, PLAYS)
    assert got["date doctor"].speaker is None


# bbc-entertainment-204 (not in the gold)
TROIANI = (
    "US comedian Bill Cosby will not face charges stemming from an allegation of sexual misconduct.\n\n"
    "Cosby's lawyer, Walter M Phillips Jr, said the comedian was pleased with the decision. \"He looks forward to "
    'moving on with his life," he said. District Attorney Bruce L Castor Jr, who was in charge of the case, said '
    "that detectives could find no evidence.\n\n"
    "He also said that the fact the woman waited a year before coming forward, and she had had further contact with "
    "Cosby during that time, were also factors in his decision. The unidentified woman's lawyer, Dolores M Troiani, "
    "said her client was likely to sue the comedian. \"I think that's the only avenue open to her. She felt, as we "
    "did, that it's a very strong case and she was telling the truth.\""
)


def test_a_description_named_in_apposition_is_not_the_person_a_he_before_it_stands_for(pipes):
    # "He also said ... . The unidentified woman's lawyer, Dolores M Troiani, said": the
    # description names someone else; never the man the "he" stands for
    got, _, _ = run(pipes, TROIANI)
    speaker = got[
        "I think that's the only avenue open to her. She felt, as we did, that it's a very strong case and she was telling the truth."
    ].speaker
    assert speaker is None or "Phillips" not in speaker and "Castor" not in speaker
