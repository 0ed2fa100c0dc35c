"""A wire story's dateline is not the speaker (attribution_datelines), and a participle after a
reported clause is the reporter's (attribution_reporter_participle) (issue 10, session 18, helper
spk18w), with the real spaCy model. BBC copy has no dateline: those sentences are made up, in the
style of wire copy (PolNeAR's text has no licence and is never copied here)."""

from helpers import bbc_text, speaker_of


def test_a_participle_after_a_reported_clause_is_the_reporters(pipes):
    # bbc-politics-402: "Work and pensions minister Alan Johnson said it was wrong to suggest the
    # chancellor would usurp Mr Milburn, adding they would “work as a team”": Johnson's, not the
    # chancellor's clause's
    text = bbc_text("bbc-politics-402")
    assert speaker_of(pipes, text, "work as a team") == "Alan Johnson"


def test_a_participle_hung_on_the_reported_clause_through_to(pipes):
    text = (
        "Row over hospital.\n\nA senior Labour organiser, Helen Marsh, said Peter Kendall will have to "
        'decide which plan he backs, saying: "Sooner or later he has to stand up and tell the town what '
        'he thinks."\n'
    )
    assert speaker_of(pipes, text, "Sooner or later") == "Helen Marsh"


def test_a_participle_whose_clause_a_quoted_verb_reports_stays_its_subjects(pipes):
    # the parser hangs "seem" on the "said" inside the quotation: not a reporter's clause
    text = (
        "Council leader unmoved.\n\nDiane Foster didn't seem especially pleased with the minister's answer "
        'on Monday, telling reporters, "Plenty of people said the minister should resign."\n'
    )
    assert speaker_of(pipes, text, "Plenty of people") == "Diane Foster"


def test_the_name_after_the_dateline_speaks(pipes):
    text = (
        "Avery on tariffs.\n\nBERLIN (AP) - Paul Avery said on Monday that the tariffs were "
        '"a serious mistake" and should be dropped.\n'
    )
    assert speaker_of(pipes, text, "a serious mistake") == "Paul Avery"
    text = (
        "Avery on tariffs.\n\nWashington (AFP) – Democrat Paul Avery has criticised the tariffs, saying "
        'that "loud threats" do more harm than good.\n'
    )
    assert speaker_of(pipes, text, "loud threats") == "Paul Avery"


def test_a_dash_in_a_senators_brackets_is_no_dateline(pipes):
    text = (
        "Caldwell on her rival.\n\nSen. Ruth Caldwell (D-Ore.) visited a radio station to discuss her "
        'remarks about her rival, James Porter, saying "on his best day" he would still be the wrong '
        "choice.\n"
    )
    assert speaker_of(pipes, text, "on his best day") == "Ruth Caldwell"


def test_a_participle_telling_a_pronoun_stays_the_reported_clauses(pipes):
    # bbc-business-059: "Scott Sullivan, has said that Mr Ebbers ordered accounting adjustments at
    # the firm, telling him to “hit our books”": Ebbers tells him (Sullivan)
    text = bbc_text("bbc-business-059")
    assert speaker_of(pipes, text, "hit our books") == "Bernie Ebbers"


def test_a_participle_after_many_reporters_and_he_is_theirs(pipes):
    # bbc-entertainment-185: "The show's producers defended Rock and confirmed that he would still be
    # presenting the Oscar ceremony, saying his comments were “humorous digs”": the producers'
    text = bbc_text("bbc-entertainment-185")
    assert speaker_of(pipes, text, "humorous digs") != "Chris Rock"
