"""A wire story's dateline is not the speaker (attribution_datelines), and a participle after a
reported clause is the reporter's (attribution_reporter_participle) (issue 10, session 18, helper
spk18w), with the real spaCy model. BBC copy has no dateline: those sentences are written in the
style of the wire copy PolNeAR holds."""

from helpers import bbc_text, speaker_of


def test_a_participle_after_a_reported_clause_is_the_reporters(pipes):
    # bbc-politics-402: "Work and pensions minister Alan Johnson said it was wrong to suggest the
    # chancellor would usurp Mr Milburn, adding they would “work as a team”": Johnson's, not the
    # chancellor's clause's
    text = bbc_text("bbc-politics-402")
    assert speaker_of(pipes, text, "work as a team") == "Alan Johnson"


def test_a_participle_hung_on_the_reported_clause_through_to(pipes):
    text = (
        "Row over adviser.\n\nA senior Conservative strategist, Tom Baldwin, said Gordon Brown will have "
        'to choose whose side he is on, saying: "At some point he is going to have to come out and say '
        'where he stands."\n'
    )
    assert speaker_of(pipes, text, "At some point") == "Tom Baldwin"


def test_a_participle_whose_clause_a_quoted_verb_reports_stays_its_subjects(pipes):
    # the parser hangs "seem" on the "said" inside the quotation: not a reporter's clause
    text = (
        "Mayor unmoved.\n\nKaren Weaver didn't seem particularly impressed with the minister's comments on "
        'Tuesday, telling reporters, "A lot of people said the governor should step down."\n'
    )
    assert speaker_of(pipes, text, "A lot of people") == "Karen Weaver"


def test_the_name_after_the_dateline_speaks(pipes):
    text = (
        "Trump doubts Cameron ties.\n\nLONDON (Reuters) - Donald Trump said he was unlikely to have a good "
        'relationship with David Cameron because the British prime minister called him "divisive, stupid '
        'and wrong".\n'
    )
    assert speaker_of(pipes, text, "divisive") == "Donald Trump"
    text = (
        "Clinton swipes at Trump over Brexit.\n\nWashington (AFP) – Democrat Hillary Clinton has taken a "
        'swipe at Republican rival Donald Trump\'s stance on Brexit, saying that "bombastic comments" do '
        "more harm than good.\n"
    )
    assert speaker_of(pipes, text, "bombastic") == "Hillary Clinton"


def test_a_dash_in_a_senators_brackets_is_no_dateline(pipes):
    text = (
        "Sanders on Clinton.\n\nSen. Bernie Sanders (I-Vt.) visited NBC's Today to discuss his remarks "
        'about his rival, Hillary Clinton, saying "on her worst day" she would be a better president.\n'
    )
    assert speaker_of(pipes, text, "on her worst day") == "Bernie Sanders"


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
