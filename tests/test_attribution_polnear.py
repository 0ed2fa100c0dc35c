"""Speakers on real US political news (issue 10): rules of the language found on PolNeAR dev
articles, with the real spaCy model.

The articles are read from ../shared/eval/polnear-dev at run time (its README: never copy them
into the package or its tests' fixtures); a test names an article and a gold quote by its offset,
runs attribution over the whole article as analyse.py does, and checks the speaker of the quote
found there. Without the data the tests are skipped.
"""

import json
from pathlib import Path

import pytest

from test_attribution_speakers import run

POLNEAR = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "polnear-dev"

pytestmark = pytest.mark.skipif(not (POLNEAR / "quotes_gold.jsonl").exists(), reason="no PolNeAR dev data")


def gold_quote(doc: str, start: int) -> dict:
    for line in (POLNEAR / "quotes_gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        if g["doc"].startswith(doc) and g["start"] == start:
            return g
    raise LookupError(f"no gold quote at {doc}@{start}")


_ARTICLES: dict[str, list] = {}


def attributions(pipes, text: str) -> list:
    """Every quote's attribution, as analyse.py makes them (sentences cut at paragraph breaks)."""
    from dossier.index.nlp.analyse import sentence_bounds
    from dossier.index.nlp.attribution import Entity, attribute, sentences_to_parse
    from dossier.index.nlp.quotes import find_quotes

    fast, parse = pipes
    doc = fast(text)
    sents = sentence_bounds(text, [(s.start_char, s.end_char) for s in doc.sents])
    ents = [Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]
    quotes = find_quotes(text)
    wanted = sentences_to_parse(text, sents, quotes)
    parsed = dict(zip(wanted, parse.pipe([text[slice(*sents[i])] for i in wanted])))
    return attribute(text, sents, ents, parsed, quotes)


def attributed(pipes, doc: str, start: int):
    """(the attribution of the quote found over the gold quote at doc@start, the gold quote)."""
    g = gold_quote(doc, start)
    if g["doc"] not in _ARTICLES:
        text = (POLNEAR / "articles" / f"{g['doc']}.txt").read_text(encoding="utf-8")
        _ARTICLES[g["doc"]] = attributions(pipes, text)
    found = [a for a in _ARTICLES[g["doc"]] if a.quote.start < g["end"] and a.quote.end > g["start"]]
    assert found, f"the quote at {doc}@{start} is not found"
    return found[0], g


def test_a_dash_before_a_clause_is_no_signature(pipes):
    # "... as being in the “suburbs of St. Petersburg” — a metaphor for the GOP’s abandonment":
    # the words after the dash are the reporter's, not a signature naming the GOP
    a, _ = attributed(pipes, "huff-post_2016-09-10_trump-s-east", 5142)
    assert a.speaker == "Newt Gingrich"
    # "... as a “con artist” ― just as he did with Romney in 2012": not Romney's words
    a, _ = attributed(pipes, "huff-post_2016-09-27_hillary-clinton-goes", 4484)
    assert a.speaker != "Mitt Romney"


def test_verbs_joined_by_and_share_their_subject(pipes):
    # "Though she called Wells Fargo’s behavior “outrageous” and called for compensation to be
    # “clawed back” ..., Clinton restricted comments ...": "called for" is hers, not Wells Fargo's
    # (a name in the possessive before the second verb), and so is the quote paragraph after it
    a, _ = attributed(pipes, "huff-post_2016-09-20_elizabeth-warren", 5149)
    assert a.speaker == "Hillary Clinton"
    a, g = attributed(pipes, "huff-post_2016-09-20_elizabeth-warren", 5295)
    assert a.speaker == "Hillary Clinton" and g["speaker"] == "Clinton"


def test_a_speech_verb_of_a_relative_clause_yields_to_the_main_clauses(pipes):
    # "The four “loopholes” he cited are “the ability to ...,” The Hill reported."
    a, g = attributed(pipes, "west-journal_2016-10-04_railing", 698)
    assert a.speaker == "Hill" and g["speaker"] == "The Hill"


def test_a_name_inside_an_appositive_is_not_the_speaker(pipes):
    # "Marc H. Morial, the chief executive of the National Urban League, forcefully told a young
    # woman who suggested that ... that “this is not the first generation ...”": the parser gives
    # "told" no subject; the name before it is Morial's, not the League inside his appositive
    a, _ = attributed(pipes, "nyt_2016-09-19_obama-sees", 6773)
    assert a.speaker == "Marc H. Morial"


def test_a_verb_the_parser_joined_to_a_passive_clause_keeps_its_own_name(pipes):
    # seed 000: "No details were immediately released ..., although Mr Dmitriev, ..., told Russian
    # media that Saturday’s talks were “constructive”": the parser hangs "told" on "released" as
    # a conjunct with no "and"; the passive's subject is not shared with it
    text = (
        "No details were immediately released about the substance of any of the meetings, although Mr "
        "Dmitriev, a former Wall Street banker who has become a key figure in Kremlin attempts to forge strong "
        "links with the Trump administration, told Russian media that Saturday’s talks were “constructive”."
    )
    got, _, _ = run(pipes, text)
    assert got["constructive"].speaker == "Dmitriev"


def test_a_verb_joined_to_a_reported_clause_is_not_given_that_clauses_subject(pipes):
    # bbc-politics-104: "Mrs Parker Bowles said the prince went down on one knee to propose and
    # added: “...”": the parser joins "added" to "went" (inside what she said); not the prince's
    text = (
        "On Thursday night, Prince Charles, 56, and Mrs Parker Bowles, 57, hosted a dinner at Windsor Castle, "
        "their first public appearance since announcing their engagement. Mrs Parker Bowles said the prince "
        'went down on one knee to propose and added: "I\'m just coming down to earth."'
    )
    got, _, _ = run(pipes, text)
    assert got["I'm just coming down to earth."].speaker == "Parker Bowles"


def test_a_thing_said_to_speak_is_its_makers_words(pipes):
    # "the Security Council issued a statement calling the overnight nuclear test “a clear
    # violation ...”": the Council's words, not a speaker named "statement"
    a, g = attributed(pipes, "wash-post_2016-09-10_outrage", 478)
    assert "Security Council" in a.speaker and g["speaker"] == "the Security Council"
    # "which prompted his wife and ... nominee Hillary Clinton to make a controversial comment that
    # egregiously described all young black men as “super predators.”"
    a, _ = attributed(pipes, "huff-post_2016-10-07_ava-duvernay", 3314)
    assert a.speaker == "Hillary Clinton"


def test_a_colon_introduces_the_words_of_its_sentences_subject(pipes):
    # "On July 6, 2015, Sanders made the following comment:" and the quotation's paragraph after it
    a, _ = attributed(pipes, "west-journal_2016-09-26_popular", 942)
    assert a.speaker == "Bernie Sanders"
    # "..., President Obama is rolling out a new and more personal campaign message: "It's about me.""
    a, _ = attributed(pipes, "nyt_2016-09-19_obama-sees", 422)
    assert a.speaker is not None and a.speaker.endswith("Obama")


def test_they_is_never_one_persons_name(pipes):
    # "Politifact then ruled that Trump’s statement ... is “true,” but in the course of their report
    # they could not resist pointing out ...": "they" is not Hillary Clinton (the last person named),
    # nor Trump (taken for an organisation in "Trump’s"); unattributed is better than wrong
    a, _ = attributed(pipes, "breitbart_2016-09-29_politifact", 1863)
    assert a.speaker is None
    # "The statement noted they had previously said ... . “In line with this commitment ...,” they
    # said": a body the article names (the Security Council)
    a, _ = attributed(pipes, "wash-post_2016-09-10_outrage", 703)
    assert a.speaker is not None and "Security Council" in a.speaker


def test_a_thing_owned_by_a_name_yields_to_the_speech_verb_above_it(pipes):
    # bbc-politics-374: "Dr Fox had said Labour's rule had been characterised by “lost trust and
    # failure to deliver”": Fox's words, not Labour's (the owner of the thing said to speak)
    text = (
        "Shadow foreign secretary Liam Fox spoke in Brighton. Earlier, Dr Fox had said Labour's rule had been "
        'characterised by "lost trust and failure to deliver".'
    )
    got, _, _ = run(pipes, text)
    assert got["lost trust and failure to deliver"].speaker == "Liam Fox"


def test_a_quotation_closed_by_a_mark_of_the_other_style_ends_there(pipes):
    # “Immunity deals should not be a requirement for cooperating with the FBI," Oversight Chairman
    # Jason Chaffetz (R-Utah) said in a statement, adding that the agreements were handed out "like
    # candy.": a curly opening closed by a straight mark; the reporter's words after it are not quoted
    a, g = attributed(pipes, "politico_2016-09-23_partisan-fireworks", 5009)
    assert (a.quote.start, a.quote.end) == (g["start"], g["end"])
    assert a.speaker == "Jason Chaffetz"
    a, _ = attributed(pipes, "politico_2016-09-23_partisan-fireworks", 5191)
    assert a.speaker == "Jason Chaffetz"


def test_mixed_marks_close_each_other_in_both_directions():
    from dossier.index.nlp.quotes import find_quotes

    text = '"We will win,” the senator said. “We will not," she added, "ever."'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["We will win,", "We will not,", "ever."]


def test_x_calls_y_as_a_quoted_name_without_a_speech_verb(pipes):
    # "In recent weeks, Reid has gone after Trump as a “human leech who will bleed the country” and
    # a “spoiled brat.”": Reid's names for Trump, though "go after" is no speech verb
    for start in (4777, 4824):
        a, _ = attributed(pipes, "huff-post_2016-09-27_hillary-clinton-goes", start)
        assert a.speaker == "Harry Reid"


def test_a_quote_inside_what_a_noun_of_saying_reports_is_its_owners(pipes):
    # "Politifact seized on Trump’s claim that there have been “thousands of shootings”"
    a, _ = attributed(pipes, "breitbart_2016-09-29_politifact", 1202)
    assert a.speaker == "Donald Trump"
    a, _ = attributed(pipes, "breitbart_2016-09-29_politifact", 196)
    assert a.speaker == "Donald Trump"


def test_a_headline_opening_with_a_name_and_a_verb_of_saying(pipes):
    # "Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting."
    a, _ = attributed(pipes, "huff-post_2016-09-20_hillary-clinton-speaks", 24)
    assert a.speaker == "Hillary Clinton"
    # "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’"
    a, _ = attributed(pipes, "huff-post_2016-09-20_elizabeth-warren", 43)
    assert a.speaker == "Elizabeth Warren"


def test_they_after_a_group_a_name_owns_is_that_names_camp(pipes):
    # "Clinton’s campaign is seeking to contrast her approach with what they call Republican Donald
    # Trump’s “self-centered message.”": her campaign, not the organisation named last (a town)
    a, g = attributed(pipes, "breitbart_2016-09-30_the-latest-trump-urges", 15548)
    assert a.speaker == "Hillary Clinton" and g["speaker"] == "Clinton’s campaign"


def test_a_quote_in_an_adverbial_clause_is_its_own_subjects(pipes):
    # "... and as Trump went on about “how the system is rigged,” and “wounded American families” and
    # “our own struggling citizens,” Melanie said yes, yes, yes": Trump's words, not Melanie's
    for start in (3193, 3225):
        a, _ = attributed(pipes, "breitbart_2016-10-02_washington-post", start)
        assert a.speaker == "Donald Trump"


def test_a_finding_reported_with_that_is_its_finders(pipes):
    # "A Government Accountability Office report released last year found that the agency could not
    # be sure that money used for the visas was not coming from “the drug trade, ...”"
    a, g = attributed(pipes, "nyt_2016-09-12_visa-program", 5378)
    assert a.speaker is not None and "Government Accountability Office" in a.speaker
