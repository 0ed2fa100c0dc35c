"""Speakers of phrases quoted after a reported statement, one step further back than the sentence
right before (issue 10, session 21, helper spk21f; attribution_reported_fragment.py), on a real
index of BBC articles (real spaCy model): two sentences back over one that names no one, or in the
first sentence of the paragraph after the statement, a named source goes on speaking; a quotation
with its cue, a source with no name, a name given ("known as") or someone's possessive on the phrase leaves it
unattributed."""

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

PICKS = (
    "bbc-business-463",
    "bbc-tech-363",
    "bbc-politics-211",
    "bbc-politics-270",
    "bbc-tech-161",
    "bbc-politics-096",
    "bbc-tech-170",
    "bbc-politics-387",
)


@pytest.fixture(scope="module")
def views(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "fragment21", lambda r: r["id"] in PICKS)) as reader:
        return {aid: reader.article(aid) for aid in PICKS}


def _quote(view, words: str):
    return next(q for q in view.quotes if q.text.startswith(words))


@pytest.mark.parametrize(
    ("aid", "words", "source"),
    [
        # "Most areas of the US saw their economy continue to expand ..., the US Federal Reserve
        # said in its latest Beige Book report. / Of the 12 US regions it identifies for the study,
        # 11 showed stronger economic growth, with only the Cleveland area falling behind with a
        # “mixed” rating.": the paragraph after goes on with the Fed's report
        ("bbc-business-463", "mixed", "Federal Reserve"),
        # "It also said it expected to ship three million PSPs worldwide ... . / The machine's
        # European launch was put back “a few months” last week ...": "it" is Sony
        ("bbc-tech-363", "a few months", "Sony"),
        # "Lord Woolf said the current rules were not written down ... . But that situation could
        # change with new legal reforms. The issue had been “overlooked” when ...": two sentences
        # back, over one that names no one
        ("bbc-politics-211", "overlooked", "Woolf"),
    ],
)
def test_a_phrase_a_step_further_from_a_reported_statement_is_its_sources(views, aid, words, source):
    quote = _quote(views[aid], words)
    assert quote.speaker is not None and source in quote.speaker


@pytest.mark.parametrize(
    ("aid", "words"),
    [
        # '“The election is not going to be decided on what Robert Jackson did,” he added. And that
        # is certainly true. The election will be decided on “the economy stupid”.': the sentence
        # two back is a quotation with its cue, and the phrase after the reporter's comment is the
        # reporter's own
        ("bbc-politics-270", "the economy stupid"),
        # "... says Ian Pearson, BT's resident futurologist. / It's all part of what's known as a
        # “pervasive ambient world”": a name given, no one's words
        ("bbc-tech-161", "pervasive ambient world"),
        # "..., Tory leader Michael Howard has said. / The plan forms part of the party's “smaller
        # government bill”": the party's name for its bill, not Mr Howard's words
        ("bbc-politics-096", "smaller government bill"),
        # "The panel also insisted that casual gamers were not just women, ... . / Casual games like
        # poker, ... were “gender neutral”": the panel of experts has no name; a step further back
        # only a named source goes on speaking
        ("bbc-tech-170", "gender neutral"),
    ],
)
def test_a_quotation_a_name_given_or_a_possessed_phrase_stays_unattributed(views, aid, words):
    assert _quote(views[aid], words).speaker is None


def test_a_phrase_whose_sentence_speaks_has_no_sentence_further_back_parsed(views):
    # "The Lib Dems accused Mr Brown of ducking the issue of council tax rises. / Appearing together
    # at a Labour poster launch, the prime minister hailed his chancellor's “brilliant”
    # performance.": the phrase's sentence has its own verb of speaking, so the paragraph before's
    # last sentence is not parsed for this rule; parsed, it made "the prime minister" the subject
    # before it, "The Lib Dems" (taken for a person)
    speaker = _quote(views["bbc-politics-387"], "brilliant").speaker
    assert speaker is None or "Lib Dem" not in speaker


# Made-up articles for two guards of the step to the paragraph before that no BBC article tests
# (the BBC corpus has no such sentence; US news has both): "per" names a source in the phrase's
# own sentence, as "according to" does; and a document's subject ("the letter to the Trust
# says") is no named source, whoever the document names.
MADE_UP = {
    "per-source": "Club officials met on Monday to discuss the rules for the annual meeting.\n\n"
    "John Harlow, the chairman, said the vote would take place in the spring.\n\n"
    'A deputy may not vote "on any change to the standing orders", per the club\'s rules.',
    "document-subject": "The tenants' letter to the Harbour Trust says Mr Brandt ignored the repair "
    "schedule for two winters.\n\n"
    "The letter rests on a trust code that obliges landlords to act within "
    '"a reasonable and stated time".',
}


@pytest.fixture(scope="module")
def made_up(tmp_path_factory):
    import json

    from dossier.index.build import build_index
    from helpers import write

    root = tmp_path_factory.mktemp("fragment21-made-up")
    rows = [{"id": aid, "title": aid, "text": text} for aid, text in MADE_UP.items()]
    write(root, "corpus/news.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    build_index(root / "corpus", root / "index", workers=1)
    with Reader(root / "index") as reader:
        return {aid: reader.article(aid) for aid in MADE_UP}


@pytest.mark.parametrize(("aid", "words"), [("per-source", "on any change"), ("document-subject", "a reasonable")])
def test_a_source_of_its_own_or_a_document_subject_leaves_the_phrase_unattributed(made_up, aid, words):
    assert _quote(made_up[aid], words).speaker is None
