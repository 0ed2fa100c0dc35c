"""Speakers on dev articles (issue 10, session 14, helper spk14c), with the real spaCy model; each
text is a real BBC passage, cut short where the case allows."""

import pytest

from dossier.index.read import Reader
from helpers import bbc_index, speaker_of
from test_attribution_speakers import run


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
    assert speaker_of(pipes, LEWIS_FRANCIS, "The gold medal") == "Mark Lewis-Francis"


# bbc-business-504
DAVOS_SURVEY = (
    "In contrast, the Davos forum is dominated by business issues - from outsourcing to corporate leadership - "
    "with bosses of more than a fifth of the world's 500 largest companies scheduled to attend. A survey published "
    'on the eve of the conference by PricewaterhouseCoopers said four in ten business leaders were "very '
    'confident" that their companies would see sales rise in 2005.'
)

# bbc-tech-032
HSDPA_REPORT = (
    '"High-Speed Downlink Packet Access (HSDPA) - sometimes called Super 3G - will be vital for profitable services '
    'like mobile internet browsing and mobile video clips," according to a report published by UK-based research '
    "consultancy Analysys. A number of companies are developing the technology."
)


def test_a_document_speaks_for_the_maker_named_as_the_agent_after_it(pipes):
    # "a survey published ... by PricewaterhouseCoopers said", "according to a report published by
    # ... Analysys": the document's words are its maker's, named as the participle's agent
    got, _, _ = run(pipes, DAVOS_SURVEY)
    assert got["very confident"].speaker == "PricewaterhouseCoopers"
    assert speaker_of(pipes, HSDPA_REPORT, "High-Speed") == "Analysys"


# bbc-sport-264
ELLIS = (
    "Aston Villa boss David O'Leary signed a three-and-a-half year contract extension on Thursday, securing his "
    "future at the club until summer 2008.\n\n"
    "O'Leary's future was in question, but Villa chairman Doug Ellis said he was happy to secure the deal. "
    "\"David's record since his arrival in 2003 is excellent and he shares the board's amibitions in taking the "
    'club forward," he told.'
)


def test_a_subject_not_described_with_the_leaves_he_to_the_people_named_before(pipes):
    # "O'Leary's future" is no description of a person: "he" is Doug Ellis, who speaks in that
    # sentence, not the name the article opens with
    assert speaker_of(pipes, ELLIS, "David's record") == "Doug Ellis"


@pytest.fixture(scope="module")
def davos_actors(tmp_path_factory):
    index = bbc_index(tmp_path_factory, "davos", lambda r: r["id"] == "bbc-business-504")
    with Reader(index) as reader:
        return list(reader.actors())


def test_the_maker_of_a_document_that_speaks_stays_an_organisation(davos_actors):
    # PricewaterhouseCoopers, named once, as the maker of the survey that speaks: a named speaker
    # votes "person", a document's maker "org" (entities/document_makers)
    held = [a for a in davos_actors if "PricewaterhouseCoopers" in a.aliases]
    assert held and {a.type for a in held} == {"org"}


# bbc-business-504
WHO = (
    "The World Health Organisation (WHO) said 700,000 people in poor countries were on life-extending drugs - up "
    "from 440,000 six months earlier but amounting to only 12% of the 5.8 million who needed them. A $2bn "
    '"funding gap" still stood in the way of hitting the 2005 target, the WHO said.'
)


def test_an_initialism_as_subject_is_a_name_not_the_pronoun_who(pipes):
    # "the WHO said": the World Health Organisation, not the relative pronoun "who"
    got, _, _ = run(pipes, WHO)
    assert got["funding gap"].speaker in ("WHO", "World Health Organisation")
