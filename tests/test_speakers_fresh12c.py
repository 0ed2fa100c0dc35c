"""Speakers on dev articles, with the real spaCy model (issue 10, session 12, helper spk12c;
bench/gold/annotations-spk12c.txt and the dev errors it found); each text is a real BBC passage, cut
short where the case allows."""

from test_attribution_speakers import run


# bbc-politics-051
COMMITTEE = (
    "Divorced parents seeking access to their children are often disadvantaged by the legal system, MPs have "
    "said.\n\n"
    "The Constitutional Affairs Select Committee said parents with custody could exploit delays in the system to "
    "stop former partners gaining access. Courts should be used as a last resort, but where they are, their "
    "orders should be enforced more rigorously, MPs said. But they rejected the claim made by some campaign "
    "groups that there should be a legal presumption of equal access.\n\n"
    "Currently the presumption is that the interests of the child are paramount. \"An arbitrary 'template' "
    "imposed on all families, whatever the needs of the child, would relegate the welfare of individual children "
    'to a secondary position," the MPs said.\n\n'
    "They said the law should be changed to require family courts specifically to take account of the "
    "importance of sustaining the relationship between the child and the non-resident parent in contested "
    'cases. Delays in court hearings and the inability to effectively enforce court orders allowed "a new '
    "'status quo' arrangement for the children to become established by default\", they said."
)


def test_the_members_of_a_named_committee_speak_for_it(pipes):
    # "the MPs said" after "The Constitutional Affairs Select Committee said": the committee's
    # words, and the "they said" that go on from the MPs are its too
    got, _, _ = run(pipes, COMMITTEE)
    committee = "Constitutional Affairs Select Committee"
    assert _starting(got, "An arbitrary 'template'").speaker.removeprefix("The ") == committee
    assert _starting(got, "a new 'status quo'").speaker.removeprefix("The ") == committee


def _starting(got: dict, words: str):
    """The attribution of the quote that starts with these words."""
    return next(a for q, a in got.items() if q.startswith(words))


# bbc-politics-167 (not in the gold)
WARNED = (
    '"Irreversible environmental damage" will be caused by government plans to build more than one million '
    "homes in south-east England, MPs have warned.\n\n"
    '"Sustainable communities" were being promoted without a real understanding of what "sustainable" means, '
    "the Environmental Audit Committee said. It said issues like energy needs and transport were not properly "
    "addressed."
)


def test_the_members_in_the_lead_are_the_committee_named_next(pipes):
    # the lead's "MPs have warned" before the committee is named in the next sentence
    got, _, _ = run(pipes, WARNED)
    assert got["Irreversible environmental damage"].speaker.removeprefix("The ") == "Environmental Audit Committee"


# bbc-entertainment-357
DICAPRIO = (
    "He apologised for not being in London, joking: \"Unfortunately I'm stuck driving a car in LA at gunpoint "
    "and I can't get away.\" DiCaprio, who lost out on the best actor Bafta to Foxx, will face him again at the "
    "Academy Awards in two weeks' time.\n\n"
    "\"It's the first time I've come to the Baftas because it's the first time I've been nominated,\" he told "
    "reporters on the red carpet. \"I've appreciated British cinema for a long time and to be recognised like "
    'this is a special honour."'
)


def test_a_name_before_who_is_a_person_the_pronoun_can_stand_for(pipes):
    # the recogniser misses "DiCaprio"; ", who" says it is a person's name, so "he told" is his
    got, _, _ = run(pipes, "Best actor Jamie Foxx could not make the ceremony. " + DICAPRIO)
    assert _starting(got, "It's the first time I've come").speaker == "DiCaprio"
    assert _starting(got, "I've appreciated British cinema").speaker == "DiCaprio"


# bbc-sport-474
MAURESMO = (
    "Amelie Mauresmo and Maria Sharapova won their opening matches at the Tour Championships in Los Angeles.\n\n"
    "Mauresmo's win was her ninth in a row as she tries to overtake Lindsay Davenport for the number one spot. "
    "Mauresmo spent five weeks at number one after the US Open before injury ushered Davenport back in front. "
    '"Since then, I feel very confident on court and my game is there. I want to get the ranking back, but '
    "it's very different than before I was number one. \"It was an obsession, but now I take it in a relaxed "
    'way."'
)


def test_a_surname_the_recogniser_missed_is_the_subject_before_a_quotation(pipes):
    # "Mauresmo spent ..." (no entity on "Mauresmo") after "Amelie Mauresmo": the quotation that
    # follows the sentence about her, with no cue, is hers
    got, _, _ = run(pipes, MAURESMO)
    assert _starting(got, "Since then, I feel").speaker == "Amelie Mauresmo"
    assert _starting(got, "It was an obsession").speaker == "Amelie Mauresmo"


# bbc-sport-474
DEBUTANT = (
    "Amelie Mauresmo and Maria Sharapova won their opening matches at the Tour Championships in Los Angeles.\n\n"
    'Sharapova, who lost 6-2 6-2 to Kuznetsova in Beijing in September, said: "In Beijing, she was coming off '
    'such a big winning streak [14 matches] and she was unstoppable. "This time, it was important to start off '
    'well and put some pressure on her." The tournament debutant added: "I love it here. The atmosphere is '
    'great. "To be here where the Lakers play, you just feel that excitement. I love basketball."'
)


def test_a_newcomer_described_right_after_her_quotation_is_the_one_quoted(pipes):
    # "The tournament debutant added:" right after Sharapova's quotation: one person, hers
    got, _, _ = run(pipes, DEBUTANT)
    assert _starting(got, "I love it here").speaker == "Maria Sharapova"
