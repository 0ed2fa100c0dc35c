"""Speakers on dev articles, with the real spaCy model (issue 10, session 13, helper spk13a;
bench/gold/annotations-spk13a.txt and the dev errors it found); each text is a real BBC passage, cut
short where the case allows."""

import pytest

from test_attribution_speakers import run


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


BOURN = (
    'Auditor General Sir John Bourn said: "Higher levels of literacy and numeracy will benefit England both '
    'socially and economically. "More people will have the opportunity to live richer lives." In 2001, the '
    "government launched the Get On scheme - aimed at reducing illiteracy and innumeracy. Sir John said "
    '"substantial progress" had been made since, adding that this was "only the beginning". The government and '
    'its partners would "need to be creative and responsive". Some £3.7bn will be spent on implementing the '
    "programme by 2006."
)


def test_reported_speech_goes_on_in_a_backshifted_sentence(pipes):
    # "Sir John said ... . The government and its partners would “...”": his reported speech goes on
    got, _, _ = run(pipes, BOURN)
    said = _starting(got, "only the beginning")
    assert said.speaker and "John" in said.speaker
    assert _starting(got, "need to be creative").speaker == said.speaker


def test_the_report_a_news_lead_introduces_is_the_body_the_next_sentence_names(pipes):
    # "..., a report says. / The National Audit Office praised ...": "the report" later is the
    # office's, not Sir John Bourn's (quoted between) by proximity
    got, _, _ = run(pipes, LITERACY)
    for words in ("more than half", "at frequent intervals"):
        assert _starting(got, words).speaker.removeprefix("The ") == "National Audit Office"
    assert _starting(got, "Higher levels").speaker == "John Bourn"


# bbc-business-271
ARSENAL = (
    "Arsenal vice-chairman David Dein has said the club may consider seeking a full listing for its shares on "
    "the London Stock Exchange.\n\n"
    '"Listing would be one option, but we are flexible and no decisions have been made on that issue yet. "We '
    "want to be in the best financial health - maybe clubs can do it (listing), Manchester United have been a "
    'success."\n\n'
    "Mr Dein said that, although television money and coverage had driven the English game forward in the past 10 "
    "years, he feared there might now be too many games being shown. Since the formation of the Premier League in "
    'season 1992/93, Premiership clubs have seen their income from television soar. "Television has been the '
    "driving force over the past 10 years... but we must constantly improve if we want to remain as the world's "
    'leading league competition. "We must monitor the quality of the product and ensure attendances do not '
    'decline, and we must balance that with the quantity of exposure on TV too. "I think we have practically '
    'reached saturation point... sometimes I think less is more."'
)


def test_a_quotation_goes_on_from_reported_speech_across_a_sentence_of_background(pipes):
    # "Mr Dein said that ... he feared ... . Since ..., Premiership clubs have seen ... . “...”":
    # the quotation, in the reported sentence's paragraph, is Mr Dein's, and so are its next parts
    got, _, _ = run(pipes, ARSENAL)
    for words in ("Television has been", "We must monitor", "I think we have"):
        assert _starting(got, words).speaker == "David Dein"


# bbc-politics-016
COMMITTEE = (
    "A national body designed to tackle skills shortages in key subjects should be set up, a committee of MPs "
    "has said.\n\n"
    'There was an "absolute crisis" in the recruitment of statisticians and other social science experts, the '
    'Commons science and technology committee added. "Major problems" are expected over the next 10 years as the '
    "social science workforce continues to age, it said. The committee was reporting on the work, strategy and "
    "spending plans of the Economic Social Research Council.\n\n"
    "The council aims to promote and support strategic research for social science postgraduates and provide "
    "social scientists to meet the needs of the country. In its report on the council's work the committee said: "
    '"We are deeply concerned by the skills shortages afflicting, in particular, the qualitative branches of '
    'social sciences." A national "strategic capabilities fund" to address shortages in key areas should be set '
    "up in response, the committee added."
)


@pytest.fixture(scope="module")
def committee_index(tmp_path_factory):
    from dossier.index.read import Reader

    from helpers import bbc_index

    with Reader(bbc_index(tmp_path_factory, "lower-case-committee", lambda r: r["id"] == "bbc-politics-016")) as r:
        yield r


def test_a_committee_named_in_lower_case_speaks_under_its_name(committee_index):
    # "the Commons science and technology committee added", "it said", "the committee said": one
    # body's words, though its name is written in lower case (no description left without actor)
    reader = committee_index
    for words in ("absolute crisis", "Major problems", "We are deeply", "strategic capabilities fund"):
        quote = next(q for q in reader.quotes() if q.text.startswith(words))
        assert quote.speaker_id is not None
        actor = reader.actor(quote.speaker_id)
        assert actor.name.lower() == "commons science and technology committee" and actor.type == "org"


def test_a_committee_in_lower_case_is_a_mention_of_one_organisation():
    # the mention is the whole name, not "Commons" inside it; "a Commons committee", "the Commons
    # select committee" and "the Lords said the committee" name no one committee
    from dossier.index.entities.lower_case_bodies import lower_case_bodies

    spans = lower_case_bodies(COMMITTEE)
    assert [COMMITTEE[s:e] for s, e in spans] == ["Commons science and technology committee"]
    for text in (
        "a Commons committee said",
        "the Commons select committee said",
        "the Lords said the committee would",
        # named in capitals too (bbc-politics-410): the recogniser's name is kept
        "after the Commons standards and privileges committee said. The Standards and Privileges Committee inquiry",
    ):
        assert lower_case_bodies(text) == []
