"""Speakers on the dev articles of bench/gold/annotations-fresh13d.txt (issue 10, session 13, helper
fresh13d), with the real spaCy model; each text is a real BBC passage, cut short where the case
allows."""

from test_attribution_speakers import run


# bbc-sport-337
PROP = (
    "Adam Jones says the Wales forwards are determined to set the perfect attacking platform for the backs by "
    "dominating the powerful France pack in Paris.\n\n"
    'The prop said: "If we get stuffed in the front five our backs have had it. "The mentality of the French is '
    "'scrum, scrum, scrum'. We will see how good France are and the scrum is the key. \"I just hope [the backs] "
    "carry on where they left off against Italy. It's just up to us in the forwards to win the ball and give them "
    'the opportunity."'
)


def test_a_players_position_describes_one_person(pipes):
    # "The prop said": a rugby position (a word of ONE_PERSON_HEADS, as "the defender") describes
    # one person, the person in focus (Adam Jones, the subject of the sentence before), not a thing
    # such as "the report"
    got, _, _ = run(pipes, PROP)
    said = [k for k in got if k.startswith(("If we get stuffed", "I just hope"))]
    assert len(said) == 2
    assert [got[k].speaker for k in said] == ["Adam Jones"] * 2
